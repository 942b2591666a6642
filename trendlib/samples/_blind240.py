"""Examiner sample set ``blind240`` (files ``*_ih.*``): humanitarian cash programmes.

Five agencies that run or coordinate cash and voucher assistance (CVA) and pass on what
their protection staff learn from recipients (smuggling debts, exploitation) write the
true events their own way:

``pma_rbp_tbm_ih.xlsx``
    WFP's Regional Bureau in Panama (Programa Mundial de Alimentos, transferencias de
    base monetaria), protection-referral log kept in Excel, Spanish. Real Excel dates,
    a few typed dates and a few bare serial numbers; Spanish names or ISO alpha-3 codes
    (its registration platform's lists); numeric latitude and longitude of the reception
    station for the events it saw in Panama. Reports the Darién events first and some
    US-Mexico events a second time (its cash programme in northern Mexico).
``cruz_roja_mx_tem_ih.csv``
    Mexican Red Cross (Cruz Roja Mexicana), cash programme for migrants at the northern
    border, Spanish, cp1252 (Excel "CSV delimitado por comas" on a Spanish Windows),
    ``,`` and CRLF. Nationalities as Mexican demonyms ("Hondureña"), capitals without
    accents ("MEXICO"), "NNA" for children, Mexican legal names of linked offences
    ("Delitos contra la salud"), "S/F" for an undated case, month-only dates ("mayo
    2023") when the person only recalls the month, no coordinates. Re-sends a few rows.
``hellenic_rc_cva_ih.csv``
    Hellenic Red Cross cash and RFL desk, English, an Excel "Unicode text" export
    (UTF-16 with BOM, tab-delimited). Nationalities as English demonyms ("Afghan"),
    "UASC" for unaccompanied children, "Türkiye" instead of "Turkey" from mid-2022,
    transit routes joined by ``>``, one "GPS" column ``lat, lon``.
``cesvi_it_cva_ih.jsonl``
    CESVI (Italian NGO) protection monitoring of cash recipients in Italy, a
    KoboToolbox export as JSON lines: English keys, choice codes as values
    (``thb_smuggling``, ``labour_exploitation``, ``dont_know``), ISO alpha-3 codes,
    space-separated select-multiple lists, ISO dates and Kobo geopoints
    (``"lat lon alt accuracy"``).
``acf_veille_protection_ih.csv``
    Action contre la Faim, protection watch of its headquarters in Paris (compilation of
    field returns and open sources), French, UTF-8 with BOM, ``;``. French dates
    ("1er juin 2023", "T2 2023"), decimal commas, narrow no-break spaces in thousands,
    "MNA" for unaccompanied minors, "small boat" for Channel crossings, and mojibake in
    country names pasted from partners' exports. Reports every event no other agency
    reports first, and some Darién, Aegean and Italian events a second time.

The truth expects what a careful analyst reads in each cell: demonyms, codes, typos and
mojibake as the country they name; "NNA"/"UASC"/"MNA" as children; a month or quarter
only as its first day with that precision; "unknown"-type words as unknown (age group,
transport mode, gender, exploitation) or as nothing (countries, counts).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND240_SOURCES", "make_blind240"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Countries, as these agencies write them
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
    "GMB": ("Gambia", "Gambie", "Gambia"),
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
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
#: Nationalities as the Hellenic Red Cross caseworkers write them (English demonyms).
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "PAK": "Pakistani",
    "CMR": "Cameroonian",
    "IRN": "Iranian",
    "TUR": "Turkish",
    "MAR": "Moroccan",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "YEM": "Yemeni",
    "BGD": "Bangladeshi",
    "TUN": "Tunisian",
    "NGA": "Nigerian",
}
#: Nationalities as Mexican Red Cross staff write them ("nacionalidad" is feminine).
_DEMONYM_ES: dict[str, str] = {
    "MEX": "Mexicana",
    "GTM": "Guatemalteca",
    "HND": "Hondureña",
    "VEN": "Venezolana",
    "ECU": "Ecuatoriana",
    "COL": "Colombiana",
    "HTI": "Haitiana",
    "CHN": "China",
}
#: Small slips of the Mexican Red Cross keyboards.
_TYPO_ES: dict[str, str] = {
    "GTM": "Guatemla",
    "HND": "Hondruas",
    "VEN": "Venezuala",
    "ECU": "Ecaudor",
    "MEX": "Mexíco",
    "USA": "Estados Unidso",
}
#: Small slips of the ACF watch desk.
_TYPO_FR: dict[str, str] = {
    "AFG": "Afghanstan",
    "TUN": "Tunsie",
    "MAR": "Marroc",
    "GIN": "Guinnée",
    "SEN": "Sénagal",
    "IRQ": "Irack",
    "ALB": "Albannie",
    "SYR": "Syire",
}


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Src(ExaminerSource):
    """A source of this set: the shared fields plus the key of its way of writing."""

    style: str


_PMA = _Src(
    source="pma_rbp_tbm",
    filename="pma_rbp_tbm_ih.xlsx",
    ref="RBP/PROT/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N.º de caso",
        "event_date": "Fecha del incidente",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "N.º de personas",
        "n_suspects": "N.º presuntos tratantes/traficantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
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
    note="Nota: cifras preliminares, sujetas a verificación del equipo de protección",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo familiar"),
    repeats=False,
    style="pma",
)
_CRM = _Src(
    source="cruz_roja_mx_tem",
    filename="cruz_roja_mx_tem_ih.csv",
    ref="CRM-TEM-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: información preliminar, sujeta a cambios",
    total="TOTAL",
    bad_count=("varios", "familia"),
    repeats=True,
    style="crm",
)
_HRC = _Src(
    source="hellenic_rc_cva",
    filename="hellenic_rc_cva_ih.csv",
    ref="HRC/CVA/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of incident",
        "crime_type": "Case type",
        "exploitation": "Form of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of facilitators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transit_countries": "Transit route",
        "transport_mode": "Means of travel",
        "coordinates": "GPS",
        "linked_offences": "Other offences",
    },
    note="Note: referrals from cash distribution sites; figures not verified",
    total="Total",
    bad_count=("several", "family"),
    repeats=False,
    style="hrc",
)
_CESVI = _Src(
    source="cesvi_it_cva",
    filename="cesvi_it_cva_ih.jsonl",
    ref="IT-PRT-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "exploitation_type",
        "n_persons": "n_individuals",
        "n_suspects": "n_facilitators",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "country_origin",
        "destination_country": "country_destination",
        "detection_country": "country_incident",
        "transit_countries": "transit_countries",
        "transport_mode": "travel_mode",
        "coordinates": "gps",
        "linked_offences": "other_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=False,
    style="cesvi",
)
_ACF = _Src(
    source="acf_veille_protection",
    filename="acf_veille_protection_ih.csv",
    ref="VP{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. veille",
        "event_date": "Date de l'incident",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de passeurs / trafiquants présumés",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Veille non exhaustive : sources ouvertes et remontées des équipes terrain",
    total="TOTAL",
    bad_count=("plusieurs", "une famille"),
    repeats=False,
    style="acf",
)

#: The five sources of the set, in the order :func:`make_blind240` returns them.
BLIND240_SOURCES: tuple[ExaminerSource, ...] = (_PMA, _CRM, _HRC, _CESVI, _ACF)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Wording:
    """One agency's words for the vocabulary columns and its "not known" words."""

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    offence_sep: str
    transit_sep: str
    unknown: tuple[str, ...]  # exploitation, gender, age group, transport mode
    no_nationality: tuple[str, ...]
    no_suspects: tuple[str, ...]
    no_persons: tuple[str, ...]
    zero: tuple[str, ...]
    case_rate: float


_WORDING: dict[str, _Wording] = {
    "pma": _Wording(
        crime={
            "trafficking": ("Trata de personas", "TdP"),
            "smuggling": ("Tráfico ilícito de migrantes", "TIM"),
            "both": ("Trata y tráfico", "TdP / TIM"),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otra",),
        },
        gender={
            "male": ("Hombres", "Masculino"),
            "female": ("Mujeres", "Femenino"),
            "mixed": ("Mixto",),
        },
        age={
            "adult": ("Adultos",),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        transport={
            "land": ("Terrestre", "A pie"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        offences={
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=", ",
        transit_sep=" - ",
        unknown=("s/d", "No determinado"),
        no_nationality=("s/d",),
        no_suspects=("s/d",),
        no_persons=("s/d",),
        zero=(),
        case_rate=0.02,
    ),
    "crm": _Wording(
        crime={
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico de migrantes", "Trata/Tráfico"),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Obligar a cometer delitos",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otro",),
        },
        gender={
            "male": ("Hombre", "Masculino"),
            "female": ("Mujer", "Femenino"),
            "mixed": ("Hombres y mujeres", "Grupo mixto"),
        },
        age={
            "adult": ("Adulto", "Adultos"),
            "child": ("NNA", "Menor de edad"),
            "mixed": ("Adultos y NNA",),
        },
        transport={
            "land": ("Terrestre", "Tráiler", "Autobús", "A pie"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo", "Avión"),
        },
        offences={
            "document_fraud": ("Uso de documentos falsos",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("Delitos contra la salud", "Narcomenudeo"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=" / ",
        transit_sep=", ",
        unknown=("Se desconoce", "N/D"),
        no_nationality=("Se desconoce", "N/D"),
        no_suspects=("N/D", "Se desconoce"),
        no_persons=("N/D", "Sin dato"),
        zero=("ninguno", "Ninguno"),
        case_rate=0.06,
    ),
    "hrc": _Wording(
        crime={
            "trafficking": ("Trafficking", "THB"),
            "smuggling": ("Smuggling", "Smuggling of migrants"),
            "both": ("Smuggling & THB", "Smuggling / trafficking"),
        },
        exploitation={
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={"male": ("M",), "female": ("F",), "mixed": ("Mixed", "M/F")},
        age={
            "adult": ("Adult",),
            "child": ("Minor", "UASC"),
            "mixed": ("Mixed", "Family with children"),
        },
        transport={
            "sea": ("Sea", "Sea (dinghy)"),
            "land": ("Land", "On foot"),
            "air": ("Air",),
        },
        offences={
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        transit_sep=" > ",
        unknown=("n/k", "Not determined"),
        no_nationality=("Unknown", "Undocumented, n/k"),
        no_suspects=("unk", "n/k"),
        no_persons=("unk",),
        zero=("none", "None"),
        case_rate=0.02,
    ),
    "cesvi": _Wording(
        crime={
            "trafficking": ("thb",),
            "smuggling": ("smuggling",),
            "both": ("thb_smuggling",),
        },
        exploitation={
            "sexual": ("sexual_exploitation",),
            "forced_labour": ("labour_exploitation",),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
        transport={"sea": ("sea",), "land": ("land",), "air": ("air",)},
        offences={
            "document_fraud": ("doc_fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep=" ",
        transit_sep=" ",
        unknown=("dont_know",),
        no_nationality=(),  # a Kobo question skipped: null
        no_suspects=(),
        no_persons=(),
        zero=(),
        case_rate=0.0,
    ),
    "acf": _Wording(
        crime={
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": ("trafic illicite de migrants", "trafic de migrants"),
            "both": ("traite + trafic", "TEH et trafic de migrants"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        gender={
            "male": ("hommes",),
            "female": ("femmes",),
            "mixed": ("mixte", "hommes et femmes"),
        },
        age={"adult": ("majeurs", "adultes"), "child": ("mineurs", "MNA"), "mixed": ("mixte",)},
        transport={
            "sea": ("voie maritime", "embarcation"),
            "land": ("voie terrestre", "camion"),
            "air": ("voie aérienne",),
        },
        offences={
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=" + ",
        transit_sep=" / ",
        unknown=("n.c.", "non précisé"),
        no_nationality=("inconnue", "n.c."),
        no_suspects=("inconnu", "n.c."),
        no_persons=("n.c.",),
        zero=("aucun",),
        case_rate=0.04,
    ),
}
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: From this day the Hellenic Red Cross writes "Türkiye" (the UN's name from June 2022).
_TURKIYE_FROM = pd.Timestamp("2022-06-01")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Pick the usual word (two thirds of the time) or one of its variants."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _case(text: str, rate: float, rng: _Rng) -> tuple[str, bool]:
    """Change the case or spacing of ``text`` with probability ``rate``."""
    if rate <= 0 or rng.random() >= rate:
        return text, False
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}  ", f"{text} ")[kind]
    return out, out != text


def _str(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(str(value))


def _float(ev: dict[str, object], key: str) -> float:
    return float(str(ev[key]))


def _country(src: _Src, code: str, col: str, ts: pd.Timestamp, rng: _Rng) -> tuple[str, str]:
    """Write one country as the source does; return (text, tag or "")."""
    en, fr, es = _NAMES[code]
    r = float(rng.random())
    if src.style == "cesvi":
        return code, ""
    if src.style == "pma":  # its registration lists use ISO alpha-3 codes
        if r < 0.25:
            return code, f"iso3:{col}"
        if code == "USA" and r < 0.5:
            return "EE. UU.", f"alias:{col}"
        return es, ""
    if src.style == "crm":
        if col == "nationality" and code in _DEMONYM_ES and r < 0.6:
            return _DEMONYM_ES[code], f"demonym:{col}"
        if code == "USA" and r < 0.75:
            return choice(rng, ("EUA", "EE.UU.", "USA")), f"alias:{col}"
        if code in _TYPO_ES and r > 0.96:
            return _TYPO_ES[code], f"typo:{col}"
        if r > 0.88:  # capitals without accents, as on Mexican forms
            plain = es.upper().translate(str.maketrans("ÁÉÍÓÚ", "AEIOU"))
            return plain, f"upper:{col}"
        return es, ""
    if src.style == "hrc":
        if col == "nationality" and code in _DEMONYM_EN and r < 0.8:
            return _DEMONYM_EN[code], f"demonym:{col}"
        if code == "TUR" and ts >= _TURKIYE_FROM and r < 0.85:
            return "Türkiye", f"alias:{col}"
        return en, ""
    # acf: French names, some pasted with their encoding broken, a few slips
    broken = mojibake(fr)
    if broken is not None and r < 0.07:
        return broken, f"mojibake:{col}"
    if code in _TYPO_FR and r > 0.97:
        return _TYPO_FR[code], f"typo:{col}"
    return fr, ""


def _date(
    src: _Src, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the event date as the source does; return (cell, day, precision, tag)."""
    r = float(rng.random())
    month_start = ts.to_period("M").start_time
    day_first = ts.strftime("%d/%m/%Y")
    if src.style == "pma":
        if r < 0.05:  # a pasted column kept as numbers: the Excel serial
            return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
        if r < 0.15:  # typed as text
            return day_first, ts, "day", "text_date"
        return ts.to_pydatetime(), ts, "day", ""
    if src.style == "crm":
        if partial_ok and r < 0.08:
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month_start, "month", "partial_date"
        return day_first, ts, "day", ""
    if src.style == "hrc":
        if partial_ok and r < 0.05:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month_start, "month", "partial_date"
        return day_first, ts, "day", ""
    if src.style == "cesvi":
        if partial_ok and r < 0.06:
            return ts.strftime("%Y-%m"), month_start, "month", "partial_date"
        return ts.strftime("%Y-%m-%d"), ts, "day", ""
    # acf
    if partial_ok and r < 0.08:
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month_start, "month", "partial_date"
    if partial_ok and r < 0.16:
        quarter = ts.to_period("Q").start_time
        return f"T{ts.quarter} {ts.year}", quarter, "quarter", "partial_date"
    if r < 0.42:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", "long_date"
    return day_first, ts, "day", ""


def _count(src: _Src, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count of persons as the source does; return (cell, tag)."""
    if src.format != "csv":
        return n, ""
    if n >= 1000:
        if src.style == "acf":
            sep = choice(rng, ("\u202f", "\u00a0"))
            return f"{n // 1000}{sep}{n % 1000:03d}", "thousands:n_persons"
        if src.style in ("hrc", "crm"):
            return f"{n // 1000},{n % 1000:03d}", "thousands:n_persons"
    return str(n), ""


def _place(
    src: _Src, ev: dict[str, object], rng: _Rng
) -> tuple[_Cells, float | None, float | None, str]:
    """Write where the event was seen, as the source does; return (cells, lat, lon, tag)."""
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    seen = str(ev["detection_country"])
    r = float(rng.random())
    if src.style == "crm":  # its log has no place column
        return {}, None, None, "coords_missing"
    if src.style == "pma":  # GPS of its stations in Panama only
        if seen != "PAN" or r < 0.03:
            return {}, None, None, "coords_missing"
        return {"lat": lat, "lon": lon}, lat, lon, ""
    if src.style == "hrc":  # distribution sites in Greece only
        if seen != "GRC" or r < 0.05:
            return {}, None, None, "coords_missing"
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, ""
    if src.style == "cesvi":
        if r < 0.06:
            return {}, None, None, "coords_missing"
        return {"coordinates": f"{lat} {lon} 0 0"}, lat, lon, "geopoint"
    # acf: press and field returns often give no place
    if r < 0.35:
        return {}, None, None, "coords_missing"
    la, lo = round(lat, 4), round(lon, 4)
    t_lat, t_lon = f"{la:.4f}".replace(".", ","), f"{lo:.4f}".replace(".", ",")
    if r > 0.985:  # latitude and longitude pasted the wrong way round
        return {"lat": t_lon, "lon": t_lat}, la, lo, "coords_swapped"
    return {"lat": t_lat, "lon": t_lon}, la, lo, "decimal_comma"


def _render(
    src: _Src,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    words = _WORDING[src.style]
    ts = pd.Timestamp(str(ev["event_date"]))
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []

    def note(tag: str) -> None:
        if tag:
            tags.append(tag)

    def vocab(col: str, text: str) -> str:
        out, changed = _case(text, words.case_rate, rng)
        if changed:
            tags.append(f"case:{col}")
        return out

    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date(
        src, ts, rng, partial_ok
    )
    note(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = vocab("crime_type", _word(rng, words.crime[crime]))
    exp["crime_type"] = crime

    expl = _str(ev, "exploitation")
    if expl is None:  # pure smuggling: the column is left empty
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, words.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = vocab("exploitation", _word(rng, words.exploitation[expl]))
        exp["exploitation"] = expl

    persons = _int(ev, "n_persons") or 0
    if words.no_persons and rng.random() < 0.008:
        cells["n_persons"], exp["n_persons"] = choice(rng, words.no_persons), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _count(src, persons, rng)
        exp["n_persons"] = persons
        note(tag)

    suspects = _int(ev, "n_suspects")
    r = float(rng.random())
    if forced_blank == "n_suspects" or suspects is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        placeholder = choice(rng, words.no_suspects) if words.no_suspects else None
        cells["n_suspects"], exp["n_suspects"] = placeholder, None
        tags.append("suspects_placeholder")
    elif suspects == 0 and words.zero and r < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, words.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = suspects if src.format != "csv" else str(suspects)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, words.unknown), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = vocab("gender", _word(rng, words.gender[gender])), gender

    for col, table in (("age_group", words.age), ("transport_mode", words.transport)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, words.unknown), "unknown"
            tags.append("na_word")
            continue
        if src.style == "acf" and col == "transport_mode" and value == "sea":
            text = "small boat" if ev["corridor"] == "channel" and rng.random() < 0.6 else ""
            text = text or _word(rng, table[value])
        else:
            text = _word(rng, table[value])
        cells[col], exp[col] = vocab(col, text), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = _str(ev, col)
        if code is None or forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        r = float(rng.random())
        if col == "nationality" and r < 0.02:
            unknown = choice(rng, words.no_nationality) if words.no_nationality else None
            cells[col], exp[col] = unknown, None
            tags.append("blank_nationality")
            continue
        if col == "destination_country" and src.style == "hrc" and r < 0.04:
            cells[col], exp[col] = choice(rng, ("n/k", "Unknown")), None  # not yet decided
            tags.append("blank_destination_country")
            continue
        text, tag = _country(src, code, col, ts, rng)
        note(tag)
        cells[col] = vocab(col, text) if src.style in ("crm", "acf") else text
        exp[col] = code

    transit = _str(ev, "transit_countries")
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = None
    else:
        parts = []
        for code in transit.split("|"):
            text, tag = _country(src, code, "transit_countries", ts, rng)
            note(tag)
            parts.append(text)
        cells["transit_countries"] = words.transit_sep.join(parts)

    place, lat, lon, tag = _place(src, ev, rng)
    if forced_blank == "coordinates":
        place, lat, lon, tag = {}, None, None, "blank_coordinates"
    cells.update(place)
    exp["lat"], exp["lon"] = lat, lon
    note(tag)

    offences = _str(ev, "linked_offences")
    exp["linked_offences"] = offences
    cells["linked_offences"] = (
        None
        if offences is None
        else words.offence_sep.join(_word(rng, words.offences[o]) for o in offences.split("|"))
    )
    return cells, exp, tags


def _bad_date(src: _Src, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        if src.style == "crm" and rng.random() < 0.5:
            return "S/F"  # "sin fecha": the form's box for an undated case
        return None
    if kind == "future_date":  # the decade mistyped
        ahead = ts.replace(year=ts.year + 10)
        if src.style == "pma":
            return ahead.to_pydatetime()
        if src.style == "cesvi":
            return ahead.strftime("%Y-%m-%d")
        return ahead.strftime("%d/%m/%Y")
    # an impossible day of the event's month
    day = 30 if ts.month == 2 else 31 if ts.month in (4, 6, 9, 11) else 32
    if src.style == "cesvi":
        return f"{ts.year}-{ts.month:02d}-{day}"
    return f"{day}/{ts.month:02d}/{ts.year}"


def _note_date(src: _Src, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the day of its extraction)."""
    if src.style == "pma":
        return last.to_pydatetime()
    if src.style == "acf":
        day = "1er" if last.day == 1 else str(last.day)
        return f"{day} {_MONTHS_FR[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[_Src] = Examiner(
    sources=(_PMA, _CRM, _HRC, _CESVI, _ACF),
    primary={
        "PAN": _PMA.source,
        "USA": _CRM.source,
        "GRC": _HRC.source,
        "ITA": _CESVI.source,
    },
    compilation=_ACF.source,
    secondary={
        ("darien", "PAN"): _ACF.source,  # ACF Colombia's cash teams in Urabá
        ("us_mex", "USA"): _PMA.source,  # WFP's cash programme in northern Mexico
        ("emed", "GRC"): _ACF.source,
        ("cmed", "ITA"): _ACF.source,
        ("thb_nga_ita", "ITA"): _ACF.source,
        ("thb_rou_esp", "ITA"): _ACF.source,
        ("wbal", "HRV"): _HRC.source,  # tracing requests of people who left Greece
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=240,
    blank_share=0.3,
)


def make_blind240(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five cash-programme agencies of ``blind240`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pma_rbp_tbm_ih.xlsx`` (Spanish), ``cruz_roja_mx_tem_ih.csv`` (Spanish, cp1252,
        ``,``), ``hellenic_rc_cva_ih.csv`` (English, UTF-16, tab),
        ``cesvi_it_cva_ih.jsonl`` (English Kobo keys) and
        ``acf_veille_protection_ih.csv`` (French, UTF-8 with BOM, ``;``), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind240(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pma_rbp_tbm_ih.xlsx', 'cruz_roja_mx_tem_ih.csv', 'hellenic_rc_cva_ih.csv',
     'cesvi_it_cva_ih.jsonl', 'acf_veille_protection_ih.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8-sig']
    >>> subs[4].frame.columns[:3].tolist()
    ['Réf. veille', "Date de l'incident", 'Qualification']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
