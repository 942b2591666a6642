"""Examiner set ``blind147`` (files ``*_es.*``): the Darién-to-US route seen from Central America.

Five sources that have not been used before in this project. Their exports are written the
way each one really keeps them:

``insight_crime_es.jsonl``
    InSight Crime's human-smuggling incident tracker (an English open-source monitor of
    organised crime in the Americas), exported from its database API: UTF-8 JSON lines,
    snake_case keys, ISO dates (some with a midnight time, some only "May 2023" when the
    press release gave no day), demonyms for nationalities ("Guatemalan"), "U.S.",
    spelled-out small numbers of arrests ("two", "none"), ``;``-separated transit routes,
    numeric coordinates. Some lines come twice (overlapping API pages). It first reports
    the events detected in the United States.
``acnudh_ropan_es.xlsx``
    The OHCHR Regional Office for Central America (Oficina Regional del ACNUDH, Panama
    City), monitoring log of the Darién crossing: Spanish spreadsheet with real Excel
    dates, some dates typed as text or left as serial numbers, "mayo de 2023" when only
    the month is known, nationalities as feminine gentilicios ("venezolana"), "NNA"
    (niñas, niños y adolescentes) for children, one "Coordenadas (GPS)" cell holding
    decimal degrees or degrees-minutes-seconds with "O" for west. It first reports the
    events detected in Panama.
``amc_igc_veille_es.csv``
    Global Affairs Canada's international crime desk (Affaires mondiales Canada,
    Direction de la criminalité internationale, watch list kept for Canada's work in the
    Puebla Process and with its partners): French (Canadian usage: "passage de
    clandestins", "traite de personnes", "recyclage des produits de la criminalité",
    "s.o." for not applicable, "n.d." for not available, "R.-U.", "É.-U."), saved by
    Excel as Unicode text: UTF-16 with BOM, tab-delimited. ISO dates, "17 mai 2023" and
    "1er mai 2023", "mai 2023", "T2 2023" when compiled from quarterly reports; decimal
    commas in coordinates, spaces in thousands, ISO alpha-3 codes pasted beside French
    names. It compiles every event no primary source reports (the European routes).
``conadeh_hn_es.csv``
    Honduras's national human-rights commissioner (CONADEH), mobile monitoring units at
    Danlí and Trojes interviewing migrants in transit about their Darién crossing: UTF-8
    with BOM, ``;``-delimited, day-first dates (``dd/mm/yyyy`` or ``d/m/yy``), masculine
    gentilicios, "1,250" thousands in Central American style, two-decimal coordinates
    when the place could be placed, and rows pasted from a mis-decoded import
    (mojibake: "TrÃ¡fico", "PanamÃ¡"). It reports Darién events a second time.
``mp_gt_fctp_es.csv``
    Guatemala's Public Prosecutor's Office, Fiscalía contra la Trata de Personas (cases
    worked with U.S. partners on groups smuggled through Guatemala and Mexico): cp1252,
    ``,``-delimited, CRLF, "MP001-2023-00012" case numbers, day-first dates, Guatemalan
    legal words ("sindicados", "agraviados", "lavado de dinero u otros activos"),
    capitalised country names, ISO alpha-2 codes and "EE. UU.". It reports US-border
    events a second time.

The truth expects what a careful analyst reads in each cell: a placeholder count
("undisclosed", "s/d", "n.d.") is no count, a "none"/"ninguno"/"aucun" suspect cell is
zero, a "not applicable" word ("n/a", "No determinado", "s.o.") is ``unknown``, a blank
sex is ``unknown``, a month or quarter alone is the first day of that month or quarter
with its precision, and coordinates are the written values.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pycountry

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind147"]

_Rng = np.random.Generator

_INSIGHT = "insight_crime"
_ACNUDH = "acnudh_ropan"
_AMC = "amc_igc_veille"
_CONADEH = "conadeh_hn"
_MPGT = "mp_gt_fctp"

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_MESES = (
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
_MOIS = (
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

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_INSIGHT,
        filename="insight_crime_es.jsonl",
        ref="IC-HS-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "incident_date",
            "crime_type": "crime_category",
            "exploitation": "exploitation_type",
            "n_persons": "migrants_or_victims",
            "n_suspects": "suspects_arrested",
            "gender": "sex",
            "age_group": "age_bracket",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "destination_country": "intended_destination",
            "detection_country": "country",
            "transit_countries": "transit_route",
            "transport_mode": "transport_method",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "related_crimes",
        },
        note=None,
        total="TOTAL",
        bad_count=("dozens", "several", "a large group"),
        repeats=True,
    ),
    ExaminerSource(
        source=_ACNUDH,
        filename="acnudh_ropan_es.xlsx",
        ref="ROCA-DAR-{year}-{seq:03d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "N.º de registro",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipo de hecho",
            "exploitation": "Forma de explotación",
            "n_persons": "Personas afectadas",
            "n_suspects": "Presuntos responsables",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País del hecho",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas (GPS)",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: información preliminar, sujeta a verificación",
        total="TOTAL",
        bad_count=("varios", "decenas", "grupo numeroso"),
        repeats=False,
    ),
    ExaminerSource(
        source=_AMC,
        filename="amc_igc_veille_es.csv",
        ref="IGC-{year}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "No de fiche",
            "event_date": "Date de l'événement",
            "crime_type": "Type d'infraction",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nbre de personnes",
            "n_suspects": "Nbre de suspects",
            "gender": "Sexe",
            "age_group": "Groupe d'âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays d'interception",
            "transit_countries": "Pays de transit",
            "transport_mode": "Mode de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Remarque : compilation de sources ouvertes et de partenaires, non vérifiée",
        total="Total général",
        bad_count=("plusieurs", "quelques dizaines", "nombreux"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CONADEH,
        filename="conadeh_hn_es.csv",
        ref="CONADEH-UM-{seq:04d}-{year}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Correlativo",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipo de caso",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Cantidad de victimarios",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de procedencia",
            "destination_country": "País de destino",
            "detection_country": "País donde ocurrió",
            "transit_countries": "Ruta (países)",
            "transport_mode": "Medio utilizado",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos",
        },
        note="Nota: información basada en testimonios recogidos por las unidades móviles",
        total="TOTAL",
        bad_count=("varios", "muchos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_MPGT,
        filename="mp_gt_fctp_es.csv",
        ref="MP001-{year}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "No. Caso MP",
            "event_date": "Fecha de los hechos",
            "crime_type": "Delito",
            "exploitation": "Fin de explotación",
            "n_persons": "No. agraviados/migrantes",
            "n_suspects": "No. sindicados",
            "gender": "Sexo",
            "age_group": "Rango de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: casos en etapa de investigación, datos sujetos a cambio",
        total="TOTAL GENERAL",
        bad_count=("varios", "indeterminado"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    _INSIGHT: {
        "smuggling": ("Human smuggling", "Alien smuggling", "human smuggling"),
        "trafficking": ("Human trafficking", "human trafficking"),
        "both": ("Smuggling/trafficking", "Human smuggling and trafficking"),
    },
    _ACNUDH: {
        "smuggling": ("Tráfico ilícito de migrantes",),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas y tráfico ilícito de migrantes",),
    },
    _AMC: {
        "smuggling": ("passage de clandestins", "Passage de clandestins"),
        "trafficking": ("traite de personnes", "Traite de personnes"),
        "both": ("traite de personnes et passage de clandestins", "traite / passage"),
    },
    _CONADEH: {
        "smuggling": ("Tráfico ilícito de personas", "Tráfico de personas"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata y tráfico",),
    },
    _MPGT: {
        "smuggling": ("TRÁFICO ILÍCITO DE MIGRANTES", "Tráfico ilícito de migrantes"),
        "trafficking": ("TRATA DE PERSONAS", "Trata de personas"),
        "both": ("TRATA DE PERSONAS / TRÁFICO ILÍCITO",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    _INSIGHT: {
        "sexual": ("sexual exploitation", "commercial sexual exploitation"),
        "forced_labour": ("forced labor", "labor exploitation"),
        "forced_criminality": ("forced criminality", "forced criminal activity"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    _ACNUDH: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio o unión forzada",),
        "other": ("Otra",),
    },
    _AMC: {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    _CONADEH: {
        "sexual": ("Explotación sexual comercial", "Explotación sexual"),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    _MPGT: {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos o servicios forzados",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Unión de hecho forzada",),
        "other": ("Otra",),
    },
}
#: What a pure smuggling row says in the exploitation cell ("" = left blank).
_NO_EXPLOITATION: dict[str, tuple[str, ...]] = {
    _INSIGHT: ("", "", "n/a"),
    _ACNUDH: ("No aplica", "", ""),
    _AMC: ("", "s.o."),
    _CONADEH: ("", "No aplica"),
    _MPGT: ("", "N/A"),
}
_GENDER: dict[str, _Words] = {
    _INSIGHT: {
        "male": ("male", "men", "M"),
        "female": ("female", "women", "F"),
        "mixed": ("mixed", "men and women"),
    },
    _ACNUDH: {
        "male": ("Hombres",),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    _AMC: {
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    _CONADEH: {
        "male": ("Masculino",),
        "female": ("Femenino",),
        "mixed": ("Ambos",),
    },
    _MPGT: {
        "male": ("MASCULINO", "M"),
        "female": ("FEMENINO", "F"),
        "mixed": ("AMBOS SEXOS",),
    },
}
_AGE: dict[str, _Words] = {
    _INSIGHT: {
        "adult": ("adults", "adult"),
        "child": ("minors", "unaccompanied minors"),
        "mixed": ("adults and minors", "families"),
    },
    _ACNUDH: {
        "adult": ("Adultos",),
        "child": ("NNA",),
        "mixed": ("Adultos y NNA",),
    },
    _AMC: {
        "adult": ("adultes",),
        "child": ("mineurs", "enfants"),
        "mixed": ("adultes et mineurs",),
    },
    _CONADEH: {
        "adult": ("Adulto", "Adultos"),
        "child": ("Menor de edad", "NNA"),
        "mixed": ("Adultos y menores",),
    },
    _MPGT: {
        "adult": ("MAYORES DE EDAD", "Mayores de edad"),
        "child": ("MENORES DE EDAD", "Menores de edad"),
        "mixed": ("MAYORES Y MENORES",),
    },
}
_MODE: dict[str, _Words] = {
    _INSIGHT: {
        "land": ("land", "tractor-trailer", "on foot", "vehicle"),
        "sea": ("maritime", "boat"),
        "air": ("air", "commercial flight"),
    },
    _ACNUDH: {
        "land": ("Terrestre", "A pie (selva)", "A pie"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    _AMC: {
        "land": ("terrestre", "camion", "à pied"),
        "sea": ("maritime", "embarcation pneumatique", "petite embarcation"),
        "air": ("aérien", "vol commercial"),
    },
    _CONADEH: {
        "land": ("Terrestre", "A pie", "Bus"),
        "sea": ("Lancha", "Marítimo"),
        "air": ("Aéreo",),
    },
    _MPGT: {
        "land": ("TERRESTRE", "Tráiler", "Vehículo"),
        "sea": ("MARÍTIMO",),
        "air": ("AÉREO",),
    },
}
#: "Not applicable / not determined": an analyst reads ``unknown``.
_NA_WORD: dict[str, tuple[str, ...]] = {
    _INSIGHT: ("n/a", "not reported"),
    _ACNUDH: ("No determinado", "N/D"),
    _AMC: ("s.o.", "inconnu"),
    _CONADEH: ("N/D", "No sabe"),
    _MPGT: ("SE DESCONOCE", "N/D"),
}
_OFFENCES: dict[str, _Words] = {
    _INSIGHT: {
        "document_fraud": ("document fraud", "fraudulent documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug smuggling", "narcotics"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    _ACNUDH: {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Delitos cibernéticos",),
        "terrorism": ("Terrorismo",),
    },
    _AMC: {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("recyclage des produits de la criminalité", "blanchiment d'argent"),
        "illicit_goods": ("stupéfiants", "drogues"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _CONADEH: {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("cohecho",),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("narcotráfico",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    _MPGT: {
        "document_fraud": ("USO DE DOCUMENTOS FALSIFICADOS",),
        "corruption": ("COHECHO PASIVO", "COHECHO ACTIVO"),
        "money_laundering": ("LAVADO DE DINERO U OTROS ACTIVOS",),
        "illicit_goods": ("NARCOTRÁFICO",),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    },
}
_OFFENCE_SEP = {_INSIGHT: ", ", _ACNUDH: "; ", _AMC: "; ", _CONADEH: ", ", _MPGT: " / "}
_TRANSIT_SEP = {_INSIGHT: "; ", _ACNUDH: " - ", _AMC: ", ", _CONADEH: " / ", _MPGT: ", "}
#: What a direct journey says in the transit cell ("" = left blank).
_NO_TRANSIT: dict[str, tuple[str, ...]] = {
    _INSIGHT: ("", "", "direct"),
    _ACNUDH: ("", "Ninguno"),
    _AMC: ("", "", "aucun"),
    _CONADEH: ("", "Directo"),
    _MPGT: ("", "NINGUNO"),
}
#: A count cell saying "not known": no count.
_COUNT_PLACEHOLDER: dict[str, tuple[str, ...]] = {
    _INSIGHT: ("undisclosed", "unknown"),
    _ACNUDH: ("s/d", "Sin dato"),
    _AMC: ("n.d.", "inconnu"),
    _CONADEH: ("S/D", "No sabe"),
    _MPGT: ("SIN DATO", "S/D"),
}
#: A suspects cell saying "none": zero.
_ZERO_WORDS: dict[str, tuple[str, ...]] = {
    _INSIGHT: ("none", "None reported"),
    _ACNUDH: ("Ninguno",),
    _AMC: ("aucun", "aucun suspect"),
    _CONADEH: ("Ninguno",),
    _MPGT: ("NINGUNO", "SIN SINDICADOS"),
}
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# Country wording -----------------------------------------------------------------------
_DEMONYM_EN = {
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "SLV": "Salvadoran",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
    "HTI": "Haitian",
    "COL": "Colombian",
    "CHN": "Chinese",
}
#: ISO alpha-3 -> (masculine, feminine) gentilicio.
_GENTILICIO = {
    "MEX": ("mexicano", "mexicana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
}
#: Small slips of the pen seen in hand-kept Spanish sheets.
_TYPO_ES = {
    "VEN": "Venezula",
    "ECU": "Equador",
    "COL": "Colonbia",
    "HTI": "Hiatí",
    "GTM": "Guatelama",
    "HND": "Hondura",
    "PAN": "Panama",
}
#: Canadian French names that differ from the common table.
_FR_CA = {"VNM": "Vietnam", "CIV": "Côte d'Ivoire", "USA": "États-Unis", "GBR": "Royaume-Uni"}
_FR_ABBR = {"GBR": "R.-U.", "USA": "É.-U."}
_US_EN = ("U.S.", "United States", "U.S.", "USA")
_US_ES = ("Estados Unidos", "EE. UU.", "EEUU")


def _name(code: str, lang: str) -> str:
    """Return the country's name in ``lang`` from the fixed table (pycountry otherwise)."""
    row = COUNTRIES.get(code)
    if row is not None:
        return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])
    country = pycountry.countries.get(alpha_3=code)
    return str(country.name) if country is not None else code


def _country(src: ExaminerSource, code: str, rng: _Rng, *, person: bool) -> tuple[str, list[str]]:
    """Write one country as the source does; ``person`` for a nationality cell."""
    r = rng.random()
    s = src.source
    if s == _INSIGHT:
        if person and code in _DEMONYM_EN and r < 0.7:
            return _DEMONYM_EN[code], ["demonym"]
        if code == "USA":
            text = choice(rng, _US_EN)
            return text, ([] if text == "United States" else ["alias"])
        return _name(code, "en"), []
    if s == _ACNUDH:
        if person and code in _GENTILICIO and r < 0.55:
            return _GENTILICIO[code][1], ["gentilicio"]
        if code in _TYPO_ES and r > 0.97:
            return _TYPO_ES[code], ["typo"]
        name = _name(code, "es")
        if r > 0.88:
            return name.upper(), ["case"]
        return name, []
    if s == _AMC:
        if r < 0.25:
            return code, ["iso3"]
        if code in _FR_ABBR and r < 0.5:
            return _FR_ABBR[code], ["alias"]
        name = _FR_CA.get(code) or _name(code, "fr")
        if r > 0.96:
            return f" {name} ", ["spacing"]
        return name, []
    if s == _CONADEH:
        if person and code in _GENTILICIO and r < 0.6:
            return _GENTILICIO[code][0], ["gentilicio"]
        if code in _TYPO_ES and r > 0.97:
            return _TYPO_ES[code], ["typo"]
        if code == "USA":
            return choice(rng, _US_ES), ["alias"]
        return _name(code, "es"), []
    # Guatemala's prosecutors: capitals, ISO alpha-2 codes, "EE. UU."
    if person and code in _GENTILICIO and r < 0.4:
        return _GENTILICIO[code][0].upper(), ["gentilicio", "case"]
    if r < 0.6:
        return iso_codes(code)[0], ["iso2"]
    if code == "USA":
        return choice(rng, _US_ES).upper(), ["alias"]
    return _name(code, "es").upper(), ["case"]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _first_of(ts: pd.Timestamp, unit: str) -> pd.Timestamp:
    return ts.to_period(unit).start_time


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of a well-written date."""
    r = rng.random()
    s = src.source
    day = ts.normalize()
    if s == _INSIGHT:
        if partial_ok and r < 0.07:
            return f"{MONTHS[ts.month - 1]} {ts.year}", _first_of(ts, "M"), "month", ["month"]
        if r < 0.2:
            return ts.strftime("%Y-%m-%dT00:00:00"), day, "day", ["iso_datetime"]
        return ts.strftime("%Y-%m-%d"), day, "day", []
    if s == _ACNUDH:
        if partial_ok and r < 0.06:
            sep = choice(rng, (" de ", " "))
            cell = f"{_MESES[ts.month - 1]}{sep}{ts.year}"
            return cell, _first_of(ts, "M"), "month", ["month"]
        if r < 0.14:
            return int((day - _EXCEL_EPOCH).days), day, "day", ["excel_serial"]
        if r < 0.3:
            return ts.strftime("%d/%m/%Y"), day, "day", ["text_date"]
        return day.to_pydatetime(), day, "day", []
    if s == _AMC:
        if partial_ok and r < 0.05:
            return f"T{ts.quarter} {ts.year}", _first_of(ts, "Q"), "quarter", ["quarter"]
        if partial_ok and r < 0.1:
            if rng.random() < 0.5:
                return ts.strftime("%Y-%m"), _first_of(ts, "M"), "month", ["month"]
            return f"{_MOIS[ts.month - 1]} {ts.year}", _first_of(ts, "M"), "month", ["month"]
        if r < 0.35:
            d = "1er" if ts.day == 1 else str(ts.day)
            return f"{d} {_MOIS[ts.month - 1]} {ts.year}", day, "day", ["long_date"]
        return ts.strftime("%Y-%m-%d"), day, "day", []
    if s == _CONADEH:
        if r < 0.25:
            return f"{ts.day}/{ts.month}/{ts.year % 100:02d}", day, "day", ["short_year"]
        return ts.strftime("%d/%m/%Y"), day, "day", []
    if r < 0.2:
        return ts.strftime("%d-%m-%Y"), day, "day", ["dash_date"]
    return ts.strftime("%d/%m/%Y"), day, "day", []


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (``no_date``, ``bad_date``, ``future_date``).

    The future dates are the clerk's transposed year (2023 typed 2203).
    """
    if kind == "no_date":
        return None if src.format != "csv" or rng.random() < 0.5 else ""
    future_year = 2200 + ts.year % 100
    if src.source in (_INSIGHT, _AMC):
        if kind == "bad_date":
            return f"{ts.year}-02-30"
        return f"{future_year}-{ts.month:02d}-{ts.day:02d}"
    if kind == "bad_date":
        return f"30/02/{ts.year}"
    if src.format == "xlsx":
        return dt.datetime(future_year, ts.month, ts.day)
    return f"{ts.day:02d}/{ts.month:02d}/{future_year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row."""
    if src.format == "xlsx":
        return last.normalize().to_pydatetime()
    if src.source == _AMC:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    if rng.random() < 0.025:
        return choice(rng, _COUNT_PLACEHOLDER[src.source]), None, ["count_placeholder"]
    s = src.source
    if src.format != "csv":
        return n, n, []
    if n >= 1000:
        if s == _AMC:
            sep = choice(rng, ("\u202f", "\u00a0", " "))
            return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands_sep"]
        return f"{n:,}", n, ["thousands_comma"]
    return str(n), n, []


def _suspects(
    src: ExaminerSource, k: int | None, rng: _Rng, forced: bool
) -> tuple[object, int | None, list[str]]:
    if forced:
        return None, None, ["blank_n_suspects"]
    if k is None:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.04:
        return choice(rng, _COUNT_PLACEHOLDER[src.source]), None, ["suspects_placeholder"]
    if k == 0 and r < 0.5:
        word = choice(rng, _ZERO_WORDS[src.source])
        return word, 0, ["zero_word"]
    if src.source == _INSIGHT and 1 <= k <= 9 and r < 0.3:
        return _EN_NUMBERS[k - 1], k, ["count_word"]
    if src.format == "csv":
        return str(k), k, []
    return k, k, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (0.1") as an OHCHR field officer's GPS shows them."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}"
    back = tenths / 36000
    return text, back if value >= 0 else -back


def _place(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, forced: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of the event's location."""
    combined = "coordinates" in src.headers
    empty: dict[str, object] = {"coordinates": None} if combined else {"lat": None, "lon": None}
    if forced:
        return empty, None, None, ["blank_coordinates"]
    missing = {_INSIGHT: 0.08, _ACNUDH: 0.1, _AMC: 0.08, _CONADEH: 0.5, _MPGT: 0.3}
    if rng.random() < missing[src.source]:
        return empty, None, None, ["coords_missing"]
    s = src.source
    if s == _INSIGHT:
        a, b = round(lat, 4), round(lon, 4)
        return {"lat": a, "lon": b}, a, b, []
    if s == _ACNUDH:
        if rng.random() < 0.17:
            ta, a = _dms(lat, "N", "S")
            tb, b = _dms(lon, "E", "O")
            return {"coordinates": f"{ta} {tb}"}, a, b, ["dms"]
        a, b = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{a:.5f}, {b:.5f}"}, a, b, []
    if s == _AMC:
        a, b = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{a:.4f}".replace(".", ","),
            "lon": f"{b:.4f}".replace(".", ","),
        }
        return cells, a, b, ["decimal_comma"]
    if s == _CONADEH:
        a, b = round(lat, 2), round(lon, 2)
        return {"lat": f"{a:.2f}", "lon": f"{b:.2f}"}, a, b, ["coarse_coords"]
    a, b = round(lat, 4), round(lon, 4)
    return {"coordinates": f"{a:.4f},{b:.4f}"}, a, b, []


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    s = src.source
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, prec, t = _date(src, ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, prec
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[s][crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, _NO_EXPLOITATION[s]) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[s][str(expl)])
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    k = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, k, rng, forced_blank == "n_suspects")
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[s][gender]), gender

    for col, words in (("age_group", _AGE[s]), ("transport_mode", _MODE[s])):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, _NA_WORD[s]), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = choice(rng, words[value]), value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, _NA_WORD[s]), None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _country(src, nat, rng, person=True)
        exp["nationality"] = nat
        tags += t

    for col in ("origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        if col == "detection_country" and forced_blank == "detection_country":
            cells[col], exp[col] = None, None
            tags.append("blank_detection_country")
            continue
        cells[col], t = _country(src, code, rng, person=False)
        exp[col] = code
        tags += t

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, _NO_TRANSIT[s]) or None
        exp["transit_countries"] = None
    else:
        parts = []
        for code in str(transit).split("|"):
            text, t = _country(src, code, rng, person=False)
            parts.append(text.strip())
            tags += t
        cells["transit_countries"] = _TRANSIT_SEP[s].join(parts)
        exp["transit_countries"] = str(transit)
        tags.append("transit_list")

    place, lat, lon, t = _place(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    exp["lat"], exp["lon"] = lat, lon
    tags += t

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        said = [choice(rng, _OFFENCES[s][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[s].join(said)
        exp["linked_offences"] = str(offences)

    if s == _CONADEH and rng.random() < 0.25:  # rows pasted from a mis-decoded import
        hit = False
        for col, written in cells.items():
            if isinstance(written, str):
                garbled = mojibake(written)
                if garbled is not None:
                    cells[col], hit = garbled, True
        if hit:
            tags.append("mojibake")
    return cells, exp, sorted(set(tags), key=tags.index)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"USA": _INSIGHT, "PAN": _ACNUDH},
    compilation=_AMC,
    secondary={("darien", "PAN"): _CONADEH, ("us_mex", "USA"): _MPGT},
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=147,
    blank_share=0.3,
)


def make_blind147(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind147`` submissions (files ``*_es.*``).

    InSight Crime's tracker first reports the events detected in the United States, the
    OHCHR Regional Office in Panama those detected in Panama, and Global Affairs
    Canada's international crime desk every other event; Honduras's CONADEH reports
    some Darién events a second time and Guatemala's prosecutors some US-border events.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``insight_crime_es.jsonl``, ``acnudh_ropan_es.xlsx``, ``amc_igc_veille_es.csv``,
        ``conadeh_hn_es.csv`` and ``mp_gt_fctp_es.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind147(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['insight_crime_es.jsonl', 'acnudh_ropan_es.xlsx', 'amc_igc_veille_es.csv',
     'conadeh_hn_es.csv', 'mp_gt_fctp_es.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'utf-16', 'utf-8-sig', 'cp1252']
    >>> subs[2].frame.columns[:3].tolist()
    ['No de fiche', "Date de l'événement", "Type d'infraction"]
    >>> all((s.expected["event_id"].notna()).any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
