"""The examiner's held-out sample set ``blind178`` (files ``*_fx.*``).

Five desks of the southern Caribbean and of Venezuela's sea exits, each writing its
register the way it really keeps it:

``tt_ctu_fx.csv``
    Trinidad and Tobago, Ministry of National Security, Counter Trafficking Unit (CTU).
    English, an Excel "CSV" export: cp1252, ``,``, CRLF; day-first dates
    (``17/05/2023``, ``17-May-2023``), "TIP" / "SOM" words, nationalities as demonyms
    ("Venezuelan"), "Nil" suspects, counts written "Two (2)", "pirogue" for a boat,
    transit countries joined by `` / ``; no coordinates. Re-sends some rows.
``kustwacht_cg_fx.xlsx``
    Dutch Caribbean Coast Guard (Kustwacht Caribisch Gebied), Curaçao; English working
    language; a workbook with real date cells, some Dutch-style text dates
    (``17-05-2023``) and pasted Excel serials; ISO alpha-2 codes beside names; positions
    in degrees and decimal minutes (``39°12.345'N 026°18.050'E``); "approx. 45" counts.
``mp_ve_dcdo_fx.csv``
    Ministerio Público de Venezuela, Dirección contra la Delincuencia Organizada.
    Spanish, UTF-8 from LibreOffice (Canaima), ``;``; ``17/05/2023`` and
    ``17 de mayo de 2023``, ``II trimestre 2023``; "NNA" for children, "peñero" for a
    boat, "legitimación de capitales", ``1.250`` thousands, decimal-comma coordinates,
    "s/f" for a missing date, and mojibake (``PanamÃ¡``) from a Windows step.
``asi_caracas_fx.csv``
    Attaché de sécurité intérieure, Ambassade de France à Caracas (French liaison).
    French, Excel "Texte Unicode": UTF-16 with BOM, tab-separated; ``17/05/2023``,
    ``1er mai 2023``, ``T2 2023``; nationalities as French adjectives ("afghane"),
    "mis en cause" and "néant", "N.C." counts, ``1 250`` thousands, decimal commas.
``rss_asoc_fx.jsonl``
    Regional Security System, Asset Sharing Operations Centre (Barbados): the regional
    compilation. English keys, JSON lines from its platform: ISO alpha-3 codes (some
    alpha-2 and numeric ones from partner feeds), ISO dates (``2023-05``, ``2023-Q2``
    when only the period is known), transit countries and offences as JSON arrays,
    ``null`` for what is not known, ``0, 0`` positions from a blank GPS field. Re-sends
    some rows.
"""

from __future__ import annotations

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND178", "SOURCES", "make_blind178"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

_TT = "tt_ctu"
_KW = "kustwacht_cg"
_VE = "mp_ve_dcdo"
_FR = "asi_caracas"
_RSS = "rss_asoc"

#: The five sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_TT,
        filename="tt_ctu_fx.csv",
        ref="CTU/{year}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "CTU Ref No.",
            "event_date": "Date of Incident",
            "crime_type": "Offence Category",
            "exploitation": "Form of Exploitation",
            "n_persons": "No. of Victims/Migrants",
            "n_suspects": "No. of Suspects",
            "gender": "Sex",
            "age_group": "Adult/Minor",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Route",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Detection",
            "transport_mode": "Mode of Travel",
            "linked_offences": "Related Offences",
        },
        note="Figures provisional – subject to verification by the CTU",
        total="TOTAL",
        bad_count=("several", "see remarks", "group"),
        repeats=True,
    ),
    ExaminerSource(
        source=_KW,
        filename="kustwacht_cg_fx.xlsx",
        ref="KW-{yy:02d}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Incident #",
            "event_date": "Date (UTC)",
            "crime_type": "Category",
            "exploitation": "Exploitation type",
            "n_persons": "No. persons",
            "n_suspects": "Suspects (crew/facilitators)",
            "gender": "Gender",
            "age_group": "Age cat.",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "transit_countries": "Via",
            "destination_country": "Destination",
            "detection_country": "Country (AOR)",
            "transport_mode": "Means",
            "coordinates": "Position",
            "linked_offences": "Assoc. offences",
        },
        note="Data as of",
        total="Grand Total",
        bad_count=("multiple", "see narrative", "TBC by partner"),
        repeats=False,
    ),
    ExaminerSource(
        source=_VE,
        filename="mp_ve_dcdo_fx.csv",
        ref="MP-{seq:05d}-{year}",
        format="csv",
        encoding="utf-8",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "N° Expediente",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipo de delito",
            "exploitation": "Finalidad de explotación",
            "n_persons": "N° de víctimas / migrantes",
            "n_suspects": "N° de imputados",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País donde se detectó",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares sujetas a revisión",
        total="Total general",
        bad_count=("varios", "ver observaciones", "grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=_FR,
        filename="asi_caracas_fx.csv",
        ref="ASI-CCS/{year}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "Réf. ASI",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb victimes/migrants",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeurs/mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="NB : renseignements transmis par les services partenaires, ne pas diffuser",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "voir PV", "groupe"),
        repeats=False,
    ),
    ExaminerSource(
        source=_RSS,
        filename="rss_asoc_fx.jsonl",
        ref="ASOC-{yy:02d}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "date_of_event",
            "crime_type": "crime_category",
            "exploitation": "exploitation_form",
            "n_persons": "persons",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age_bracket",
            "nationality": "nationality_iso",
            "origin_country": "origin",
            "transit_countries": "transit",
            "destination_country": "destination",
            "detection_country": "country_of_detection",
            "transport_mode": "conveyance",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "associated_offences",
        },
        note=None,
        total="TOTAL (all records)",
        bad_count=("multiple", "unk-group", "see report"),
        repeats=True,
    ),
)
_BY = {s.source: s for s in SOURCES}

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
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
_ROMAN = ("I", "II", "III", "IV")

# Nationalities as a police form writes them: English demonyms, French adjectives
# (feminine, agreeing with "nationalité").
_DEMONYM_EN = {
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
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
# Names each desk uses instead of the table's (the usage of 2021-2023).
_NAME_EN = {"TUR": "Turkey", "VNM": "Vietnam", "CIV": "Ivory Coast", "USA": "USA"}
_NAME_ES = {"VNM": "Vietnam", "USA": "EE.UU.", "CIV": "Costa de Marfil"}
_ALIAS_EN = {
    "GBR": ("UK", "U.K.", "Great Britain"),
    "USA": ("United States", "U.S.A.", "US"),
    "SYR": ("Syrian Arab Republic",),
    "IRN": ("Iran (Islamic Republic of)",),
    "RUS": ("Russian Federation",),
    "MKD": ("Macedonia",),
    "BIH": ("Bosnia",),
}
_ALIAS_ES = {
    "USA": ("Estados Unidos", "EEUU", "Estados Unidos de América"),
    "GBR": ("Reino Unido",),
    "ESP": ("España",),
    "CHN": ("República Popular China",),
}
_TYPO_EN = {
    "AFG": "Afghanisthan",
    "VEN": "Venezula",
    "COL": "Columbia",
    "ERI": "Eritria",
    "ALB": "Albenia",
    "VNM": "Veitnam",
    "GBR": "United Kindom",
    "SYR": "Syrai",
    "GRC": "Greese",
    "ITA": "Itlay",
    "DEU": "Germnay",
    "IRQ": "Iraque",
}
_TYPO_ES = {
    "VEN": "Venezula",
    "COL": "Colonbia",
    "HTI": "Hiati",
    "ECU": "Ecuardor",
    "MAR": "Marueccos",
    "SEN": "Senegall",
    "PAN": "Panamà",
    "USA": "Estado Unidos",
}
_TYPO_FR = {
    "AFG": "Afghanistant",
    "ERI": "Erythrée",
    "GBR": "Royaume Uni",
    "IRQ": "Iraq",
    "SYR": "Syrie ",
    "DEU": "Allemangne",
}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _TT: {
        "trafficking": ("TIP", "Trafficking in Persons"),
        "smuggling": ("SOM", "Smuggling of Migrants"),
        "both": ("TIP / SOM",),
    },
    _KW: {
        "trafficking": ("Human trafficking",),
        "smuggling": ("Human smuggling", "Migrant smuggling"),
        "both": ("Smuggling + trafficking",),
    },
    _VE: {
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    _FR: {
        "trafficking": ("TEH", "traite des êtres humains"),
        "smuggling": ("trafic de migrants", "aide à l'entrée irrégulière (filière)"),
        "both": ("TEH + trafic de migrants",),
    },
    _RSS: {
        "trafficking": ("TIP",),
        "smuggling": ("SOM",),
        "both": ("TIP/SOM",),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("Sexual exploitation", "Commercial sexual exploitation"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "es": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
_RSS_EXPLOIT = {
    "sexual": "SEXUAL",
    "forced_labour": "LABOUR",
    "forced_criminality": "FORCED_CRIMINALITY",
    "organ_removal": "ORGAN_REMOVAL",
    "forced_marriage": "FORCED_MARRIAGE",
    "other": "OTHER",
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _TT: {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "M/F")},
    _KW: {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    _VE: {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    _FR: {"male": ("H", "hommes"), "female": ("F", "femmes"), "mixed": ("mixte", "H/F")},
    _RSS: {"male": ("M",), "female": ("F",), "mixed": ("MIXED",)},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _TT: {"adult": ("Adult",), "child": ("Minor",), "mixed": ("Adults & minors",)},
    _KW: {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    _VE: {
        "adult": ("Adulto", "Mayor de edad"),
        "child": ("NNA", "Menor de edad"),
        "mixed": ("Adultos y NNA",),
    },
    _FR: {
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    _RSS: {"adult": ("ADULT",), "child": ("CHILD",), "mixed": ("MIXED",)},
}
_AGE_NA = {_TT: "n/k", _KW: "unk", _VE: "s/d", _FR: "N.C.", _RSS: "UNKNOWN"}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    _TT: {
        "sea": ("Sea", "Vessel", "Pirogue"),
        "land": ("Land", "Overland", "Vehicle"),
        "air": ("Air", "Commercial flight"),
    },
    _KW: {
        "sea": ("Vessel", "Go-fast", "Small boat"),
        "land": ("Land",),
        "air": ("Aircraft",),
    },
    _VE: {
        "sea": ("Marítimo", "Peñero", "Lancha"),
        "land": ("Terrestre", "A pie"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    _FR: {
        "sea": ("maritime", "embarcation", "bateau pneumatique"),
        "land": ("terrestre", "poids lourd", "à pied"),
        "air": ("aérien",),
    },
    _RSS: {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
}
_MODE_NA = {_TT: "n/k", _KW: "unk", _VE: "s/d", _FR: "N.C.", _RSS: "UNKNOWN"}
_OFFENCE = {
    _TT: {
        "document_fraud": "Fraudulent documents",
        "corruption": "Corruption",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drug trafficking",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    _KW: {
        "document_fraud": "document fraud",
        "corruption": "bribery",
        "money_laundering": "money laundering",
        "illicit_goods": "contraband",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    _VE: {
        "document_fraud": "Falsificación de documentos",
        "corruption": "Corrupción",
        "money_laundering": "Legitimación de capitales",
        "illicit_goods": "Tráfico de drogas",
        "cybercrime": "Delitos informáticos",
        "terrorism": "Terrorismo",
    },
    _FR: {
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    _RSS: {
        "document_fraud": "DOC_FRAUD",
        "corruption": "CORRUPTION",
        "money_laundering": "ML",
        "illicit_goods": "DRUGS",
        "cybercrime": "CYBER",
        "terrorism": "TERRORISM",
    },
}
_OFFENCE_SEP = {_TT: "; ", _KW: ", ", _VE: " / ", _FR: ", "}
_TRANSIT_SEP = {_TT: " / ", _KW: ", ", _VE: " - ", _FR: " ; "}
_DIRECT = {_TT: ("", "Direct"), _KW: ("", "direct"), _VE: ("", "Directo"), _FR: ("", "direct")}
_WORDS_EN = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine")
_COUNT_NK = {
    _TT: ("Unknown", "n/k", "TBD"),
    _KW: ("unk",),
    _VE: ("por determinar", "s/d"),
    _FR: ("N.C.", "inconnu"),
}
_ZERO = {_TT: "Nil", _KW: "none", _VE: "ninguno", _FR: "néant"}
_SUSPECT_NK = {_TT: "n/k", _KW: "unk", _VE: "s/d", _FR: "N.C."}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    """Return the country's plain name in ``lang`` (the desk's own usage first)."""
    row = COUNTRIES[iso]
    if lang == "en":
        return _NAME_EN.get(iso, row[1])
    if lang == "es":
        return _NAME_ES.get(iso, row[3])
    return row[2]


def _country(src: ExaminerSource, iso: str, rng: _Rng, *, nationality: bool) -> tuple[str, str]:
    """Write one country as the desk does; return (cell, tag or "")."""
    r = rng.random()
    s = src.source
    if s == _TT:
        if nationality and iso in _DEMONYM_EN and r < 0.55:
            text = _DEMONYM_EN[iso]
            return (text.upper(), "demonym;upper") if rng.random() < 0.1 else (text, "demonym")
        if r < 0.62 and iso in _ALIAS_EN:
            return choice(rng, _ALIAS_EN[iso]), "alias"
        if r < 0.66 and iso in _TYPO_EN:
            return _TYPO_EN[iso], "typo"
        if r < 0.72:
            return _name(iso, "en").upper(), "upper"
        if r < 0.75:
            return f" {_name(iso, 'en')} ", "spacing"
        return _name(iso, "en"), ""
    if s == _KW:
        if r < 0.25:
            return iso_codes(iso)[0], "iso2"
        if r < 0.33:
            return iso, "iso3"
        if r < 0.36 and iso in _TYPO_EN:
            return _TYPO_EN[iso], "typo"
        if r < 0.40 and iso in _ALIAS_EN:
            return choice(rng, _ALIAS_EN[iso]), "alias"
        return _name(iso, "en"), ""
    if s == _VE:
        if r < 0.08 and iso in _ALIAS_ES:
            return choice(rng, _ALIAS_ES[iso]), "alias"
        if r < 0.12 and iso in _TYPO_ES:
            return _TYPO_ES[iso], "typo"
        if r < 0.20:
            return _name(iso, "es").upper(), "upper"
        if r < 0.24:
            return iso, "iso3"
        return _name(iso, "es"), ""
    if s == _FR:
        if nationality and iso in _DEMONYM_FR and r < 0.5:
            return _DEMONYM_FR[iso], "demonym"
        if r < 0.62:
            return _name(iso, "fr").upper(), "upper"
        if r < 0.66 and iso in _TYPO_FR:
            return _TYPO_FR[iso], "typo"
        return _name(iso, "fr"), ""
    # the regional platform: alpha-3, with partner feeds in alpha-2 or numeric codes
    if r < 0.08:
        return iso_codes(iso)[0], "iso2"
    if r < 0.12:
        return iso_codes(iso)[1], "iso_numeric"
    return iso, "iso3"


def _date_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool) -> _Out:
    """Write the event date; return (cells, expected date fields, tags)."""
    s = src.source
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if partial_ok and r < 0.015 and s != _KW:
        quarter = {
            _TT: f"Q{ts.quarter} {ts.year}",
            _VE: f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}",
            _FR: f"T{ts.quarter} {ts.year}",
            _RSS: f"{ts.year}-Q{ts.quarter}",
        }[s]
        exp = {"event_date": quarter_start, "date_precision": "quarter"}
        return {"event_date": quarter}, exp, ["date_quarter"]
    if partial_ok and r < 0.045:
        month = {
            _TT: f"{_EN_MONTHS[ts.month - 1]} {ts.year}",
            _KW: f"{_EN_MONTHS[ts.month - 1]} {ts.year}",
            _VE: f"{_ES_MONTHS[ts.month - 1]} {ts.year}",
            _FR: f"{_FR_MONTHS[ts.month - 1]} {ts.year}",
            _RSS: ts.strftime("%Y-%m"),
        }[s]
        exp = {"event_date": month_start, "date_precision": "month"}
        return {"event_date": month}, exp, ["date_month"]
    exp = {"event_date": ts.normalize(), "date_precision": "day"}
    r = rng.random()
    cell: object
    tag = "date_dmy"
    if s == _TT:
        if r < 0.2:
            cell, tag = f"{ts.day:02d}-{_EN_MONTHS[ts.month - 1][:3]}-{ts.year}", "date_dmony"
        else:
            cell = ts.strftime("%d/%m/%Y")
    elif s == _KW:
        if r < 0.08:
            serial = int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
            cell, tag = serial, "excel_serial"
        elif r < 0.2:
            cell, tag = ts.strftime("%d-%m-%Y"), "date_text_dmy"
        else:
            cell, tag = ts.normalize().to_pydatetime(), "excel_date"
    elif s == _VE:
        if r < 0.1:
            cell, tag = f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", "date_long"
        else:
            cell = ts.strftime("%d/%m/%Y")
    elif s == _FR:
        if r < 0.15:
            day = "1er" if ts.day == 1 else str(ts.day)
            cell, tag = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", "date_long"
        else:
            cell = ts.strftime("%d/%m/%Y")
    else:
        if r < 0.1:
            cell, tag = ts.strftime("%Y/%m/%d"), "date_ymd_slash"
        else:
            cell, tag = ts.strftime("%Y-%m-%d"), "date_iso"
    return {"event_date": cell}, exp, [tag]


def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write the count of persons; return (cell, expected count, tag)."""
    s = src.source
    r = rng.random()
    if s == _RSS:
        if r < 0.02:
            return None, None, "count_placeholder"
        return n, n, ""
    if r < 0.02:
        return choice(rng, _COUNT_NK[s]), None, "count_placeholder"
    if s == _TT:
        if n < 10 and r < 0.15:
            return f"{_WORDS_EN[n]} ({n})", n, "count_word"
        return (f"{n:,}", n, "thousands") if n >= 1000 else (str(n), n, "")
    if s == _KW:
        if n >= 20 and r < 0.08:
            return f"approx. {n}", n, "approx_count"
        return n, n, ""
    if s == _VE:
        return (f"{n:,}".replace(",", "."), n, "thousands") if n >= 1000 else (str(n), n, "")
    return (f"{n:,}".replace(",", "\u00a0"), n, "thousands") if n >= 1000 else (str(n), n, "")


def _suspects(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write the count of suspects; return (cell, expected count, tag)."""
    s = src.source
    r = rng.random()
    if s == _RSS:
        return (None, None, "suspects_placeholder") if r < 0.05 else (n, n, "")
    if r < 0.04:
        return _SUSPECT_NK[s], None, "suspects_placeholder"
    if n == 0 and r < 0.6:
        return _ZERO[s], 0, "zero_word"
    return (n if s == _KW else str(n)), n, ""


def _vocab(
    table: dict[str, tuple[str, ...]], value: str, rng: _Rng, na: str | None
) -> tuple[str, str, str]:
    """Write a vocabulary word; a "not known" word now and then (``na``)."""
    if na is not None and rng.random() < 0.02:
        return na, "unknown", "na_word"
    return choice(rng, table[value]), value, ""


def _coords(src: ExaminerSource, lat: float, lon: float, rng: _Rng) -> _Out:
    """Write the place of detection the desk's way."""
    s = src.source
    if s == _TT:  # the unit's register has no position
        return {}, {"lat": None, "lon": None}, ["coords_missing"]
    if s == _KW:
        if rng.random() < 0.03:
            return {"coordinates": None}, {"lat": None, "lon": None}, ["coords_missing"]
        parts = []
        values = []
        for value, width, hemi in ((lat, 2, "NS"), (lon, 3, "EW")):
            total = round(abs(value) * 60, 3)
            deg = int(total // 60)
            minutes = total - deg * 60
            parts.append(f"{deg:0{width}d}°{minutes:06.3f}'{hemi[0] if value >= 0 else hemi[1]}")
            values.append((1 if value >= 0 else -1) * total / 60)
        exp: dict[str, object] = {"lat": values[0], "lon": values[1]}
        return {"coordinates": " ".join(parts)}, exp, ["coords_ddm"]
    if s in (_VE, _FR):
        if rng.random() < 0.04:
            return {"lat": None, "lon": None}, {"lat": None, "lon": None}, ["coords_missing"]
        digits = 5 if s == _VE else 4
        la, lo = round(lat, digits), round(lon, digits)
        cells: dict[str, object] = {
            "lat": f"{la:.{digits}f}".replace(".", ","),
            "lon": f"{lo:.{digits}f}".replace(".", ","),
        }
        return cells, {"lat": la, "lon": lo}, ["decimal_comma"]
    r = rng.random()
    if r < 0.03:
        return {"lat": None, "lon": None}, {"lat": None, "lon": None}, ["coords_missing"]
    if r < 0.05:  # a blank GPS field exported as 0, 0
        return {"lat": 0.0, "lon": 0.0}, {"lat": None, "lon": None}, ["coords_placeholder"]
    return {"lat": lat, "lon": lon}, {"lat": lat, "lon": lon}, []


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does; return (cells, expected, tags)."""
    s = src.source
    lang = src.language
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells, exp, tags = _date_cell(src, ts, rng, partial_ok=partial_ok)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[s][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    exp["exploitation"] = expl
    if expl is None:
        if s == _VE and rng.random() < 0.3:
            cells["exploitation"] = "No aplica"
            tags.append("na_exploitation")
        else:
            cells["exploitation"] = None
    elif s == _RSS:
        cells["exploitation"] = _RSS_EXPLOIT[str(expl)]
    else:
        cells["exploitation"] = choice(rng, _EXPLOIT[lang][str(expl)])

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], tag = _persons(src, n, rng)
    tags.append(tag)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], tag = _suspects(src, k, rng)
    tags.append(tag)

    cells["gender"], exp["gender"], _ = _vocab(_GENDER[s], str(ev["gender"]), rng, None)
    cells["age_group"], exp["age_group"], tag = _vocab(
        _AGE[s], str(ev["age_group"]), rng, _AGE_NA[s]
    )
    tags.append(tag)
    cells["transport_mode"], exp["transport_mode"], tag = _vocab(
        _MODE[s], str(ev["transport_mode"]), rng, _MODE_NA[s]
    )
    tags.append(tag)

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        text, tag = _country(src, iso, rng, nationality=col == "nationality")
        cells[col] = text
        exp[col] = iso
        tags.append(tag)

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    codes = str(transit).split("|") if transit is not None else []
    if s == _RSS:
        cells["transit_countries"] = codes or None
    elif codes:
        names = [_country(src, c, rng, nationality=False)[0].strip() for c in codes]
        cells["transit_countries"] = _TRANSIT_SEP[s].join(names)
        tags.append("transit_list")
    else:
        cells["transit_countries"] = choice(rng, _DIRECT[s]) or None

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_OFFENCE[s][o] for o in str(offences).split("|")]
        cells["linked_offences"] = words if s == _RSS else _OFFENCE_SEP[s].join(words)

    place, where, tag_list = _coords(src, float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
    cells.update(place)
    exp.update(where)
    tags.extend(tag_list)

    if s == _VE:  # a Windows step garbled some of the UTF-8 text
        for col in ("crime_type", "exploitation", "nationality", "origin_country", "gender"):
            value = cells.get(col)
            if isinstance(value, str) and rng.random() < 0.08:
                garbled = mojibake(value)
                if garbled is not None:
                    cells[col] = garbled
                    tags.append("mojibake")

    if forced_blank is not None:
        tags = _blank(forced_blank, cells, exp, tags)
    return cells, exp, [t for t in ";".join(tags).split(";") if t]


def _blank(
    field: str, cells: dict[str, object], exp: dict[str, object], tags: list[str]
) -> list[str]:
    """Leave ``field`` blank in a second report; return the tags."""
    if field == "coordinates":
        for col in ("coordinates", "lat", "lon"):
            if col in cells:
                cells[col] = None
        exp["lat"] = exp["lon"] = None
        drop: tuple[str, ...] = ("coords_ddm", "decimal_comma", "coords_placeholder")
    else:
        cells[field] = None
        exp[field] = "unknown" if field == "gender" else None
        drop = ("zero_word", "suspects_placeholder") if field == "n_suspects" else ()
    return [t for t in tags if t not in drop] + [f"blank_{field}"]


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (no, impossible or future date)."""
    s = src.source
    if kind == "no_date":
        return "s/f" if s == _VE and rng.random() < 0.5 else None
    if kind == "bad_date":
        impossible = {
            _TT: f"30/02/{ts.year}",
            _KW: f"31-04-{ts.year}",
            _VE: f"31/06/{ts.year}",
            _FR: f"30/02/{ts.year}",
            _RSS: f"{ts.year}-02-30",
        }
        return impossible[s]
    # a slip of the keys: 2023 typed 2203
    year = str(ts.year)
    typed = int(year[0] + year[2] + year[1] + year[3])
    typed = typed if typed > ts.year + 100 else ts.year + 200  # e.g. 2000 stays 2000
    future = ts.replace(year=typed, day=min(ts.day, 28) if ts.month == 2 else ts.day)
    if s == _KW:
        return future.to_pydatetime()
    if s == _RSS:
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.source == _KW:
        return day.normalize().to_pydatetime()
    return day.strftime("%d/%m/%Y")


#: The variant: sources, who first reports which detection country, who reports again.
BLIND178: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _TT,
        "ITA": _KW,
        "GRC": _KW,
        "PAN": _VE,
        "ESP": _VE,
        "FRA": _FR,
        "HRV": _FR,
        "POL": _FR,
    },
    compilation=_RSS,
    secondary={
        ("channel", "FRA"): _TT,
        ("channel", "GBR"): _FR,
        ("thb_vnm_gbr", "GBR"): _RSS,
        ("darien", "PAN"): _RSS,
        ("us_mex", "USA"): _VE,
        ("cmed", "ITA"): _FR,
        ("thb_nga_ita", "ITA"): _FR,
        ("thb_rou_esp", "ESP"): _FR,
        ("thb_rou_esp", "ITA"): _FR,
        ("watl", "ESP"): _KW,
        ("wmed", "ESP"): _FR,
        ("emed", "GRC"): _RSS,
        ("wbal", "HRV"): _RSS,
        ("blr_pol", "POL"): _RSS,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=178_017,
    blank_share=0.3,
)


def make_blind178(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of ``blind178`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``tt_ctu_fx.csv`` (English, cp1252, ``,``), ``kustwacht_cg_fx.xlsx`` (English),
        ``mp_ve_dcdo_fx.csv`` (Spanish, UTF-8, ``;``), ``asi_caracas_fx.csv`` (French,
        UTF-16, tab) and ``rss_asoc_fx.jsonl`` (English keys, ISO codes), each with the
        expected clean value of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind178(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['tt_ctu_fx.csv', 'kustwacht_cg_fx.xlsx', 'mp_ve_dcdo_fx.csv', 'asi_caracas_fx.csv',
     'rss_asoc_fx.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° Expediente', 'Fecha del hecho', 'Tipo de delito']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND178, truth, seed=seed)
