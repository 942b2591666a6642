"""Examiner sample set ``blind136`` (files ``*_eh.*``): Asia-Pacific liaison desks.

Five desks of Asia-Pacific governments posted in Europe and the Americas forward the
host country's detections to their capitals, each in its own working language and with
its own tools:

``vn_baoho_london_eh.csv``
    Embassy of Viet Nam in the United Kingdom, consular section (citizen protection,
    *bảo hộ công dân*). English headers glossed in Vietnamese, an Excel "Unicode text"
    export: UTF-16 with its byte-order mark, tab-delimited. Day-first dates, a few
    "17 May 2023" and month-only "May 2023"; English country names with Vietnamese and
    UK-nation spellings ("Việt Nam", "Scotland"); transit joined by arrows; counts up to
    five sometimes in words; no coordinates, a place name instead.
``cn_jingwu_paris_eh.xlsx``
    Police liaison office (*jingwu*) of the Embassy of the People's Republic of China in
    France, writing for its French partners: French headers and words, a spreadsheet with
    real Excel dates, some day-first text dates, some bare serial numbers and month-only
    "mai 2023"; "néant" for no suspect, "sans objet" for the exploitation of a smuggling
    case; numeric coordinates, some typed as text with a decimal comma.
``kbri_madrid_eh.csv``
    Embassy of the Republic of Indonesia in Madrid (KBRI Madrid), protection of nationals
    (*pelindungan WNI*): Spanish headers and words with Indonesian ones mixed in (the
    reference "No. Surat", a "Keterangan" remarks column, "TPPO", Indonesian country
    names), a Spanish Excel CSV: cp1252, ``;``, CRLF; day-first dates, "17-may-2023",
    "mayo 2023" and quarters "T2 2023"; decimal-comma coordinates; thousands with a dot;
    some cells pasted from a UTF-8 page (mojibake); some rows sent twice.
``embachina_panama_eh.csv``
    Consular section of the Embassy of the People's Republic of China in Panama: Spanish
    headers and words with Chinese glosses ("国籍", "偷渡", "中国"), UTF-8 with a BOM,
    ``,``; dates year first ("2023/05/17", month-only "2023-05"); a coordinates pair,
    sometimes in degrees, minutes and seconds; thousands with a comma.
``dfa_oumwa_eh.jsonl``
    Office of the Undersecretary for Migrant Workers' Affairs of the Philippine
    Department of Foreign Affairs (Manila), compiling its posts' reports (Rome, Athens,
    Warsaw, Los Angeles, Madrid, ...): the compilation, a JSON lines export of its case
    system with English keys, ISO alpha-2 codes beside names, "May 17, 2023", ISO dates
    and quarters "Q2 2023", numeric coordinates; some records re-exported twice.

Every cell is written as the desk would write it and the expected clean value is what a
careful analyst reads from it; where a cell says nothing (a placeholder, a blank), the
truth expects nothing (or ``unknown`` for a vocabulary column).
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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["DESKS", "EXAMINER", "Desk", "country_cell", "make_blind136"]

_Rng = np.random.Generator
_EXCEL_EPOCH = dt.date(1899, 12, 30)
#: Date styles that give only a month or a quarter.
_PARTIAL = {"mon_y_en": "month", "mois_fr": "month", "mes_es": "month", "ym": "month"}
_PARTIAL_Q = {"trim_es": "quarter", "q_en": "quarter"}
_NUMBERS_EN = ("one", "two", "three", "four", "five")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One liaison desk: the shared source description plus its own wording.

    Attributes
    ----------
    words : dict
        Column -> canonical word -> the desk's spellings (``crime_type``,
        ``exploitation``, ``gender``, ``age_group``, ``transport_mode``,
        ``linked_offences``).
    sea_words, land_words : dict
        Corridor -> the desk's words for its sea or land crossings (override ``words``).
    na_words : tuple of str
        What the desk writes when the age group or the means of travel is not known.
    count_placeholders : tuple of str
        What it writes when the number of persons is not known.
    zero_words : tuple of str
        What it writes for "no suspect".
    names : str
        Language of its country names (``"en"``, ``"fr"``, ``"es"``).
    local : dict
        ISO alpha-3 -> the desk's own spellings (its language, aliases, abbreviations).
    code_share : float
        Share of country cells written as ISO alpha-2 codes.
    local_share : float
        Share of country cells written in the desk's own spelling, where it has one.
    mojibake_share : float
        Share of text cells pasted from a UTF-8 page into a cp1252 file.
    case_share : float
        Share of text cells with odd case or spacing.
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked offences.
    date_styles : dict
        Date style -> weight (see :func:`_date_cell`).
    coords : str
        ``"place"`` (a place name, no coordinates), ``"xlsx"``, ``"comma"``,
        ``"pair"`` or ``"json"``.
    not_applicable : str or None
        What it writes as the exploitation of a pure smuggling case.
    direct : str or None
        What it writes as the transit of a direct journey.
    """

    words: dict[str, dict[str, tuple[str, ...]]]
    sea_words: dict[str, tuple[str, ...]]
    land_words: dict[str, tuple[str, ...]]
    na_words: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    names: str
    local: dict[str, tuple[str, ...]]
    code_share: float
    local_share: float
    mojibake_share: float
    case_share: float
    transit_sep: str
    offence_sep: str
    date_styles: dict[str, float]
    coords: str
    not_applicable: str | None
    direct: str | None


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
VN_LONDON = Desk(
    source="vn_baoho_london",
    filename="vn_baoho_london_eh.csv",
    ref="BHCD/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No. (Số hồ sơ)",
        "event_date": "Date detected (Ngày phát hiện)",
        "detection_country": "Country (Nước phát hiện)",
        "place": "Location (Địa điểm)",
        "crime_type": "Case type (Loại vụ việc)",
        "exploitation": "Exploitation (Hình thức bóc lột)",
        "n_persons": "No. of persons (Số người)",
        "gender": "Sex (Giới tính)",
        "age_group": "Age (Độ tuổi)",
        "nationality": "Nationality (Quốc tịch)",
        "origin_country": "Departed from (Nước xuất phát)",
        "transit_countries": "Transit (Quá cảnh)",
        "destination_country": "Intended destination (Nước đến)",
        "transport_mode": "Means (Phương tiện)",
        "n_suspects": "Suspects (Đối tượng)",
        "linked_offences": "Other offences (Tội danh khác)",
    },
    note="Note: figures shared by UK partners, provisional (Số liệu tạm thời)",
    total="TOTAL (Tổng cộng)",
    bad_count=("several", "a group", "many"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "Trafficking (mua bán người)", "THB"),
            "smuggling": ("People smuggling", "Smuggling", "Facilitated illegal entry"),
            "both": ("Trafficking & smuggling", "THB / smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Forced prostitution"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation (cannabis farm)", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "Male (Nam)"),
            "female": ("Female", "F", "Female (Nữ)"),
            "mixed": ("Mixed", "M/F", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "18+", "Adults"),
            "child": ("Minor", "Child", "U18"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "Overland", "HGV"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false passport"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs (cannabis)", "drug production"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    sea_words={"channel": ("Small boat", "Dinghy", "Small boat crossing")},
    land_words={"channel": ("Lorry", "HGV", "Lorry (hidden)")},
    na_words=("n/k", "Unknown"),
    count_placeholders=("n/k", "TBC"),
    zero_words=("nil", "no suspect"),
    names="en",
    local={
        "VNM": ("Việt Nam", "Vietnam", "VN"),
        "GBR": ("UK", "U.K."),
        "CHN": ("China (Trung Quốc)", "PRC"),
        "RUS": ("Russia", "Nga (Russia)"),
        "DEU": ("Germany",),
        "FRA": ("France (Pháp)",),
        "POL": ("Poland (Ba Lan)",),
        "IRN": ("Iran",),
        "TUR": ("Turkey",),
    },
    code_share=0.0,
    local_share=0.35,
    mojibake_share=0.0,
    case_share=0.04,
    transit_sep=" → ",
    offence_sep=", ",
    date_styles={"dmy": 0.8, "d_mon_y_en": 0.14, "mon_y_en": 0.06},
    coords="place",
    not_applicable=None,
    direct=None,
)

CN_PARIS = Desk(
    source="cn_jingwu_paris",
    filename="cn_jingwu_paris_eh.xlsx",
    ref="JW-PAR-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° de fiche",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'affaire",
        "exploitation": "Forme d'exploitation",
        "nationality": "Nationalité",
        "n_persons": "Nb personnes",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "n_suspects": "Nb mis en cause",
        "origin_country": "Pays de départ",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "detection_country": "Pays d'interpellation",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires transmises par les partenaires français",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Filière d'immigration irrégulière",
            ),
            "both": ("TEH et trafic de migrants", "Traite + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "masculin", "H"),
            "female": ("femmes", "féminin", "F"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA", "mineur"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("voie maritime", "embarcation"),
            "land": ("voie terrestre", "poids lourd", "véhicule"),
            "air": ("voie aérienne", "avion"),
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
    sea_words={"channel": ("small boat", "embarcation légère", "traversée en small boat")},
    land_words={"channel": ("poids lourd", "dissimulation en PL", "camion")},
    na_words=("N.C.", "inconnu"),
    count_placeholders=("N.C.", "inconnu"),
    zero_words=("néant", "aucun"),
    names="fr",
    local={
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "VNM": ("Vietnam", "Viêt-Nam"),
        "ERI": ("Erythrée",),
        "CHN": ("Chine (中国)", "RPC"),
        "IRQ": ("Irak", "Iraq"),
    },
    code_share=0.05,
    local_share=0.2,
    mojibake_share=0.0,
    case_share=0.05,
    transit_sep=" / ",
    offence_sep=" ; ",
    date_styles={"xl": 0.78, "dmy": 0.1, "serial": 0.06, "mois_fr": 0.06},
    coords="xlsx",
    not_applicable="sans objet",
    direct=None,
)

KBRI_MADRID = Desk(
    source="kbri_madrid",
    filename="kbri_madrid_eh.csv",
    ref="{seq:03d}/PWNI/KBRI-MAD/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "No. Surat / Ref.",
        "event_date": "Fecha del hecho",
        "detection_country": "País de detección",
        "crime_type": "Delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
        "remarks": "Keterangan",
    },
    note="Catatan: datos provisionales facilitados por el Ministerio del Interior",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata (TPPO)", "TSH"),
            "smuggling": (
                "Tráfico de migrantes",
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito (penyelundupan)",
            ),
            "both": ("Trata y tráfico", "TSH + tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("delincuencia forzada", "actividades delictivas forzadas"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "male": ("hombres", "varones"),
            "female": ("mujeres", "mujer"),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "menor de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("marítimo", "embarcación"),
            "land": ("terrestre", "vehículo"),
            "air": ("aéreo", "vuelo"),
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
    sea_words={
        "watl": ("cayuco", "neumática", "cayuco (kapal)"),
        "wmed": ("patera", "neumática", "moto de agua"),
    },
    land_words={"wmed": ("salto de valla", "terrestre", "paso fronterizo")},
    na_words=("s/d", "desconocido"),
    count_placeholders=("s/d", "pendiente"),
    zero_words=("ninguno", "0 (nihil)"),
    names="es",
    local={
        "MAR": ("Maroko",),
        "DZA": ("Aljazair", "Argelia"),
        "ESP": ("Spanyol",),
        "CIV": ("Pantai Gading",),
        "FRA": ("Prancis",),
        "HUN": ("Hongaria",),
        "ROU": ("Rumania", "Rumanía"),
        "MRT": ("Mauritania",),
    },
    code_share=0.0,
    local_share=0.08,
    mojibake_share=0.07,
    case_share=0.05,
    transit_sep=" - ",
    offence_sep=" / ",
    date_styles={"dmy": 0.74, "d_mes_y": 0.14, "mes_es": 0.06, "trim_es": 0.06},
    coords="comma",
    not_applicable=None,
    direct=None,
)

CN_PANAMA = Desk(
    source="embachina_panama",
    filename="embachina_panama_eh.csv",
    ref="({year})领保字第{seq:04d}号",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Expediente",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Explotación",
        "n_persons": "Cantidad de personas",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad / 国籍",
        "origin_country": "País de procedencia",
        "transit_countries": "Tránsito",
        "destination_country": "Destino declarado",
        "detection_country": "País",
        "coordinates": "Coordenadas",
        "transport_mode": "Modalidad",
        "n_suspects": "Presuntos traficantes",
        "linked_offences": "Otros delitos",
    },
    note="Nota: cifras preliminares / 初步数据",
    total="Total / 合计",
    bad_count=("varios", "grupo grande", "muchos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "Tráfico de migrantes (偷渡)",
            ),
            "both": ("Trata y tráfico de migrantes", "Trata / tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
            "other": ("otra",),
        },
        "gender": {
            "male": ("masculino", "hombres"),
            "female": ("femenino", "mujeres"),
            "mixed": ("mixto", "ambos"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("NNA", "menores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("terrestre", "a pie"),
            "air": ("aéreo", "vuelo"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contrabando", "drogas"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
    },
    sea_words={},
    land_words={"darien": ("a pie", "a pie (selva)", "terrestre", "caminando")},
    na_words=("sin dato", "N/D"),
    count_placeholders=("sin dato", "por confirmar"),
    zero_words=("ninguno",),
    names="es",
    local={
        "CHN": ("China (中国)", "RPC", "R.P. China"),
        "USA": ("EE.UU.", "EEUU"),
        "PAN": ("Panamá",),
        "VEN": ("Venezuela",),
        "HTI": ("Haití", "Haiti"),
    },
    code_share=0.0,
    local_share=0.3,
    mojibake_share=0.0,
    case_share=0.05,
    transit_sep=" > ",
    offence_sep="; ",
    date_styles={"ymd_slash": 0.9, "ym": 0.1},
    coords="pair",
    not_applicable=None,
    direct=None,
)

DFA_OUMWA = Desk(
    source="dfa_oumwa",
    filename="dfa_oumwa_eh.jsonl",
    ref="OUMWA-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "post": "reporting_post",
        "event_date": "incident_date",
        "detection_country": "host_country",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "no_of_persons",
        "n_suspects": "no_of_suspects",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "destination",
        "transport_mode": "mode_of_travel",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="GRAND TOTAL",
    bad_count=("multiple", "several", "TBD group"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("TIP", "Trafficking in persons", "Human trafficking"),
            "smuggling": ("Migrant smuggling", "Human smuggling"),
            "both": ("TIP / smuggling", "Trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Forced labor", "Labor trafficking"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Others",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Child"),
            "mixed": ("Adult & minor", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Overland"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "fake documents"),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    sea_words={},
    land_words={},
    na_words=("Unknown", "Not indicated"),
    count_placeholders=("Unknown", "Not indicated"),
    zero_words=("Nil",),
    names="en",
    local={
        "TUR": ("Turkey",),
        "USA": ("USA", "U.S.A."),
        "CIV": ("Ivory Coast",),
        "VNM": ("Vietnam",),
        "SYR": ("Syria",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
    },
    code_share=0.25,
    local_share=0.3,
    mojibake_share=0.0,
    case_share=0.03,
    transit_sep=", ",
    offence_sep="; ",
    date_styles={"mdy_en": 0.58, "iso": 0.32, "q_en": 0.05, "mon_y_en": 0.05},
    coords="json",
    not_applicable=None,
    direct="Direct",
)

#: The five desks, in the order their submissions are returned.
DESKS: tuple[Desk, ...] = (VN_LONDON, CN_PARIS, KBRI_MADRID, CN_PANAMA, DFA_OUMWA)

#: The Philippine post that sent each host country's report to the compilation.
_POSTS: dict[str, tuple[str, ...]] = {
    "ITA": ("PE Rome", "PCG Milan"),
    "GRC": ("PE Athens",),
    "HRV": ("PE Budapest",),
    "POL": ("PE Warsaw",),
    "USA": ("PE Washington D.C.", "PCG Los Angeles"),
    "ESP": ("PE Madrid",),
    "PAN": ("PE Mexico City",),
}
#: How the London desk writes a place.
_PLACES: dict[str, tuple[str, ...]] = {
    "Dover": ("Dover, Kent", "Dover"),
    "London": ("London",),
    "Birmingham": ("Birmingham",),
    "Glasgow": ("Glasgow",),
    "Calais": ("Calais (France)", "Calais"),
    "Dunkirk/Gravelines": ("Dunkirk", "Gravelines"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _case(src: Desk, text: str, rng: _Rng, tags: list[str]) -> str:
    """Give ``text`` odd case or spacing for ``src.case_share`` of the cells."""
    if rng.random() >= src.case_share:
        return text
    tags.append("case_noise")
    kind = int(rng.integers(3))
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _garble(src: Desk, text: str, rng: _Rng, tags: list[str]) -> str:
    """Paste ``text`` from a UTF-8 page for ``src.mojibake_share`` of the cells."""
    if src.mojibake_share and rng.random() < src.mojibake_share:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _word(src: Desk, column: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write a vocabulary value in the desk's words."""
    text = choice(rng, src.words[column][value])
    return _case(src, _garble(src, text, rng, tags), rng, tags)


def country_cell(
    src: Desk, code: str, rng: _Rng, tags: list[str], *, nationality: bool = False
) -> str:
    """Write a country as the desk does: its name, own spelling, code, typo or alias.

    Parameters
    ----------
    src : Desk
        The desk.
    code : str
        ISO alpha-3 code of the country.
    rng : numpy.random.Generator
        Generator of the draws.
    tags : list of str
        Messiness tags of the row, extended in place.
    nationality : bool, default=False
        Whether the cell is a person's nationality (a demonym may stand for the country).

    Returns
    -------
    str
        The cell.

    Examples
    --------
    >>> cell = country_cell(KBRI_MADRID, "MAR", np.random.default_rng(3), [])
    >>> cell in ("Marruecos", "Maroko", "MARRUECOS", "marruecos", " Marruecos  ", "Morroco")
    True
    """
    iso2, en, fr, es, aliases, typo = COUNTRIES[code]
    name = {"en": en, "fr": fr, "es": es}[src.names]
    local = src.local.get(code, ())
    r = rng.random()
    # a French desk would not write "RU" (read "Royaume-Uni" in France) for Russia
    if r < src.code_share and not (src.names == "fr" and iso2 == "RU"):
        tags.append("country_iso2")
        return iso2
    r -= src.code_share
    if local and r < src.local_share:
        tags.append("country_local")
        return _case(src, choice(rng, local), rng, tags)
    if rng.random() < 0.02:
        tags.append("country_typo")
        return typo
    # "Afghan" is what a clerk writes for a person, not for a country of departure
    names = [a for a in aliases if a != "Afghan" or nationality]
    if src.names == "en" and names and rng.random() < 0.1:
        tags.append("country_alias")
        return choice(rng, names)
    return _case(src, _garble(src, name, rng, tags), rng, tags)


def _detection_cell(src: Desk, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Write the country of detection; the London desk names the UK nation it lies in."""
    code = str(ev["detection_country"])
    if src is VN_LONDON and code == "GBR":
        spot = str(ev["hotspot"])
        if spot == "Glasgow" and rng.random() < 0.6:
            tags.append("country_nation")
            return "Scotland"
        if spot in ("London", "Birmingham", "Dover") and rng.random() < 0.15:
            tags.append("country_nation")
            return "England"
    return country_cell(src, code, rng, tags)


def _serial(day: pd.Timestamp) -> int:
    return (day.date() - _EXCEL_EPOCH).days


def _date_cell(src: Desk, day: pd.Timestamp, style: str) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, date read from it, precision) for a date style of the desk."""
    m = day.month - 1
    month_start = day.to_period("M").start_time
    if style == "dmy":
        return day.strftime("%d/%m/%Y"), day, "day"
    if style == "d_mon_y_en":
        return f"{day.day} {MONTHS[m]} {day.year}", day, "day"
    if style == "mon_y_en":
        return f"{MONTHS[m]} {day.year}", month_start, "month"
    if style == "xl":
        return day.to_pydatetime(), day, "day"
    if style == "serial":
        return _serial(day), day, "day"
    if style == "mois_fr":
        return f"{_MONTHS['fr'][m]} {day.year}", month_start, "month"
    if style == "d_mes_y":
        return f"{day.day:02d}-{_MONTHS['es'][m][:3]}-{day.year}", day, "day"
    if style == "mes_es":
        return f"{_MONTHS['es'][m]} {day.year}", month_start, "month"
    if style == "trim_es":
        return f"T{day.quarter} {day.year}", day.to_period("Q").start_time, "quarter"
    if style == "ymd_slash":
        return day.strftime("%Y/%m/%d"), day, "day"
    if style == "ym":
        return day.strftime("%Y-%m"), month_start, "month"
    if style == "mdy_en":
        return f"{MONTHS[m]} {day.day}, {day.year}", day, "day"
    if style == "iso":
        return day.strftime("%Y-%m-%d"), day, "day"
    # "q_en"
    return f"Q{day.quarter} {day.year}", day.to_period("Q").start_time, "quarter"


def _date(
    src: Desk, day: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    styles = {
        k: w
        for k, w in src.date_styles.items()
        if partial_ok or (k not in _PARTIAL and k not in _PARTIAL_Q)
    }
    keys = list(styles)
    p = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=p / p.sum()))]
    if style in _PARTIAL or style in _PARTIAL_Q:
        tags.append("date_" + (_PARTIAL.get(style) or _PARTIAL_Q[style]))
    elif style not in ("dmy", "xl", "ymd_slash", "mdy_en"):
        tags.append("date_" + style)
    return _date_cell(src, day, style)


def _number(src: Desk, value: int) -> object:
    """Write a plain count: text in a CSV file, a number in a spreadsheet or JSON record."""
    return str(value) if src.format == "csv" else value


def _persons(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the number of persons; return (cell, count read from it)."""
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, src.count_placeholders), None
    if n >= 1000 and rng.random() < 0.6:
        tags.append("count_thousands")
        if src is KBRI_MADRID:
            return f"{n // 1000}.{n % 1000:03d}", n
        if src is CN_PARIS:
            return f"{n // 1000}\u202f{n % 1000:03d}", n
        return f"{n:,}", n
    if src is VN_LONDON and n <= 5 and rng.random() < 0.15:
        tags.append("count_word")
        return _NUMBERS_EN[n - 1], n
    return _number(src, n), n


def _suspects(
    src: Desk, k: int, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    """Write the number of suspects; return (cell, count read from it)."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_placeholders), None
    if k == 0 and rng.random() < 0.45:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    return _number(src, k), k


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths) of ``value``; return (text, value read)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    read = deg + minutes / 60 + sec10 / 36000
    return text, round(read if value >= 0 else -read, 6)


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, lat read, lon read)."""
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    r = rng.random()
    if src.coords == "xlsx":
        if r < 0.03:
            tags.append("coords_missing")
            return {}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.15:
            tags.append("coords_text_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                (la),
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo
    if src.coords == "comma":
        if r < 0.03:
            tags.append("coords_missing")
            return {}, None, None
        if r < 0.06:
            tags.append("coords_placeholder")
            return {"lat": "s/c", "lon": "s/c"}, None, None
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}, la, lo
    if src.coords == "pair":
        if r < 0.03:
            tags.append("coords_placeholder")
            return {"coordinates": "sin coordenadas"}, None, None
        if r < 0.13:
            tags.append("coords_dms")
            t_lat, la = _dms(lat, "N", "S")
            t_lon, lo = _dms(lon, "E", "W")
            return {"coordinates": f"{t_lat} {t_lon}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    # "json"
    if r < 0.08:
        tags.append("coords_missing")
        return {}, None, None
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo


def _transport(src: Desk, ev: dict[str, object], rng: _Rng, tags: list[str]) -> tuple[str, str]:
    """Write the means of travel; return (cell, mode read from it)."""
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        tags.append("na_word")
        return choice(rng, src.na_words), "unknown"
    corridor = str(ev["corridor"])
    special = src.sea_words if mode == "sea" else src.land_words if mode == "land" else {}
    if corridor in special:
        text = choice(rng, special[corridor])
        return _case(src, _garble(src, text, rng, tags), rng, tags), mode
    return _word(src, "transport_mode", mode, rng, tags), mode


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    day = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, day, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.not_applicable
        if src.not_applicable is not None:
            tags.append("exploitation_not_applicable")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
    exp["exploitation"] = expl
    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        forced_blank == "n_suspects",
    )
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, src.na_words), "unknown"
    else:
        age = str(ev["age_group"])
        cells["age_group"], exp["age_group"] = _word(src, "age_group", age, rng, tags), age
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        nat = str(ev["nationality"])
        cells["nationality"] = country_cell(src, nat, rng, tags, nationality=True)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        cells[col] = country_cell(src, str(ev[col]), rng, tags)
        exp[col] = ev[col]
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _detection_cell(src, ev, rng, tags)
        exp["detection_country"] = ev["detection_country"]
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = src.direct
    else:
        parts = [country_cell(src, c, rng, tags) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
    exp["transit_countries"] = transit
    cells["transport_mode"], exp["transport_mode"] = _transport(src, ev, rng, tags)
    blank_place = forced_blank in ("coordinates", "detection_country")
    if src.coords == "place":
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        spot = str(ev["hotspot"])
        cells["place"] = None if blank_place else choice(rng, _PLACES.get(spot, (spot,)))
        exp["lat"], exp["lon"] = None, None
    else:
        where, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
            forced_blank == "coordinates",
        )
        cells.update(where)
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences
    if "post" in src.headers:
        code = str(ev["detection_country"])
        cells["post"] = choice(rng, _POSTS.get(code, ("DFA Home Office",)))
    if "remarks" in src.headers and rng.random() < 0.3:
        cells["remarks"] = choice(
            rng,
            (
                "Sumber: Policía Nacional",
                "Sumber: Guardia Civil",
                "Sumber: Salvamento Marítimo",
                "Info Delegación del Gobierno",
            ),
        )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and notes
# --------------------------------------------------------------------------------------
def _later(day: pd.Timestamp, years: int) -> pd.Timestamp:
    """Return the same day ``years`` later (the 28th for a 29 February)."""
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


def _bad_date(src: Desk, day: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        wrong = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11"))
        d, m = int(wrong[:2]), int(wrong[3:])
        if src.format == "jsonl":
            return f"{MONTHS[m - 1]} {d}, {day.year}"
        if src is CN_PANAMA:
            return f"{day.year}/{m:02d}/{d}"
        return f"{wrong}/{day.year}"
    future = _later(day, 10)
    cell, _, _ = _date_cell(src, future, next(iter(src.date_styles)))
    return cell


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day of its extraction."""
    cell, _, _ = _date_cell(src, last, next(iter(src.date_styles)))
    return cell


EXAMINER: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary={
        "GBR": VN_LONDON.source,
        "FRA": CN_PARIS.source,
        "ESP": KBRI_MADRID.source,
        "PAN": CN_PANAMA.source,
    },
    compilation=DFA_OUMWA.source,
    secondary={
        ("channel", "FRA"): VN_LONDON.source,
        ("channel", "GBR"): CN_PARIS.source,
        ("thb_vnm_gbr", "GBR"): CN_PARIS.source,
        ("watl", "ESP"): DFA_OUMWA.source,
        ("wmed", "ESP"): DFA_OUMWA.source,
        ("thb_rou_esp", "ESP"): DFA_OUMWA.source,
        ("darien", "PAN"): DFA_OUMWA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=136_136,
    blank_share=0.3,
)


def make_blind136(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five liaison desks of ``blind136`` send them.

    The London, Paris, Madrid and Panama desks report the detections of their host
    country (the United Kingdom, France, Spain and Panama); the Philippine DFA
    compilation reports the rest (Italy, Greece, Croatia, Poland, the United States) from
    its posts' reports, and reports again some Spanish and Panamanian events its posts
    also sent. The London desk reports again some French Channel detections, the Paris
    desk some British ones.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``vn_baoho_london_eh.csv``, ``cn_jingwu_paris_eh.xlsx``, ``kbri_madrid_eh.csv``,
        ``embachina_panama_eh.csv`` and ``dfa_oumwa_eh.jsonl``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind136(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['vn_baoho_london_eh.csv', 'cn_jingwu_paris_eh.xlsx', 'kbri_madrid_eh.csv',
     'embachina_panama_eh.csv', 'dfa_oumwa_eh.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[::2]]
    [('utf-16', '\t'), ('cp1252', ';'), ('utf-8', None)]
    >>> subs[2].frame.columns[:3].tolist()
    ['No. Surat / Ref.', 'Fecha del hecho', 'País de detección']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
