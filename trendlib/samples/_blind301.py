"""Examiner sample set ``blind301`` (files ``*_kq.*``): football bodies' integrity desks.

Five football bodies that see young players (and, around them, other migrants) moved
through fake trials, unlicensed agents and smuggling routes send what their
safeguarding, integrity and agents' licensing units logged. Each writes the true events
(:func:`trendlib.samples.make_truth`) the way such a unit exports its case log:

``fff_agents_sportifs_kq.csv``
    Fédération Française de Football, commission fédérale des agents sportifs (with the
    integrity desk): French, cp1252, ``;``, CRLF; dates ``17/05/2023`` (some ``17/05/23``,
    ``mai 2023``, ``T2 2023``); French country names, some upper case, unaccented,
    ISO alpha-2, a few letters swapped and UTF-8 names misread as cp1252 (mojibake) where
    regional leagues' exports were pasted in; youth categories (``U15``, ``U17``,
    ``seniors``) as age group; ``sans objet`` for the exploitation of smuggling cases;
    decimal-comma latitude and longitude; counts with a no-break space as thousands
    separator. First reports of the events detected in France.
``the_fa_safeguarding_kq.csv``
    The Football Association's safeguarding and agents' regulation team: English, UTF-8
    with BOM, ``,``; dates ``17/05/2023`` or ``17 May 2023`` (some ``May 2023``,
    ``Q2 2023``); nationality as demonyms (``Afghan``, ``Vietnamese``); aliases (``UK``,
    ``Turkey``, ``Ivory Coast``); transit routes ``Libya > Tunisia``; ``U18`` / ``18+``
    age bands; one ``lat, long`` cell; a ``Referral Source`` column (partner federation,
    police, club welfare officer). First reports of the events detected in the United
    Kingdom and, as the compilation of partner associations' referrals (FIGC, HFF, HNS,
    PZPN), of every event no other source reports first.
``rfef_integridad_kq.xlsx``
    Real Federación Española de Fútbol, integrity department: Spanish workbook with real
    Excel dates (some text ``17/05/2023``, ``mayo 2023``, ``2º trimestre 2023``); FIFA
    trigrams for nationality and origin (``ALG``, ``GUI``, ``GAM``, ``MTN``) beside
    Spanish names; Spanish legal wording (``318 bis``, ``177 bis``); ``cadete``,
    ``infantil``, ``sénior`` categories; numbers as numbers (a few coordinates typed as
    decimal-comma text). First reports of the events detected in Spain.
``fmf_integridad_kq.jsonl``
    Federación Mexicana de Fútbol, integrity unit's web platform: JSON lines, UTF-8,
    Spanish keys; ISO dates and date-times (some ``2023-05``); ISO alpha-2 codes and
    Mexican names (``EUA``, ``EE.UU.``); ``sexo`` as ``H`` (hombre) / ``M`` (mujer);
    ``NNA`` (niñas, niños y adolescentes) for minors; ``probables responsables``; numbers
    as JSON numbers, ``null`` when not known. First reports of the events detected in the
    United States (Mexican and Central American youths taken north).
``fepafut_kq.csv``
    Federación Panameña de Fútbol: Excel "Unicode text" export, UTF-16 with BOM, tab
    separated, Spanish; dates ``17/05/2023``, ``17-may-2023`` or a bare Excel serial
    number where the column lost its format; nationality as Spanish demonyms agreeing in
    gender (``venezolana``, ``haitianos``); ``1,250`` (Panamanian thousands comma);
    coordinates as a decimal pair or as degrees-minutes-seconds
    (``8°30'04.4"N 77°30'11.6"W``); some rows sent twice (exact repeats). First
    reports of the events detected in Panama.

A share of the events is reported a second time by another body (the channel by both
sides, the western routes to Spain by the FFF, the Darién by the FMF, ...). Every
source has its note, total and (CSV) empty rows, and a few rows that must be quarantined
(no date, an impossible or mistyped future date, a negative or unreadable count). The
truth expects what a careful analyst reads in each cell: a placeholder such as ``NC``,
``s/d`` or ``n/k`` is a blank (count, nationality, origin) or ``unknown`` (gender, age
group, transport, exploitation of a trafficking case); an unreadable count (``plusieurs``)
quarantines the row.
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
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND301", "SOURCES", "KqSource", "make_blind301"]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

#: FIFA trigrams that differ from the ISO alpha-3 code (none of them is an ISO code).
_FIFA = {
    "DZA": "ALG",
    "GIN": "GUI",
    "GMB": "GAM",
    "MRT": "MTN",
    "DEU": "GER",
    "BGD": "BAN",
    "GRC": "GRE",
    "HRV": "CRO",
    "BGR": "BUL",
    "VNM": "VIE",
    "HTI": "HAI",
    "NER": "NIG",
    "GTM": "GUA",
    "HND": "HON",
}
_ALIASES = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "USA": ("USA", "US"),
        "BIH": ("Bosnia",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
        "CIV": ("Côte-d'Ivoire",),
    },
    "es": {
        "USA": ("EUA", "EE.UU."),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
    },
}
_DEMONYMS_EN = {
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
    "GIN": "Guinean (Conakry)",
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
#: Spanish demonym stems: stem + "o"/"a" (+ "s"), or a fixed pair (masculine, feminine).
_DEMONYMS_ES: dict[str, tuple[str, str]] = {
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
    "MEX": ("mexicano", "mexicana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
}
_NAME_COL = {"en": 1, "fr": 2, "es": 3}
_PLAIN = str.maketrans("áàâäéèêëíìîïóòôöúùûüçñÁÉÍÓÚÇÑ’", "aaaaeeeeiiiioooouuuucnAEIOUCN'")


@dataclass(frozen=True)
class KqSource(ExaminerSource):
    """A source of ``blind301``: the shared fields plus how the unit writes its cells.

    Attributes
    ----------
    dates : mapping
        Date style -> weight (styles of :func:`_date_cell`).
    countries : mapping
        Country style -> weight (``name``, ``upper``, ``plain``, ``iso2``, ``iso3``,
        ``alias``, ``mojibake``, ``swap``, ``fifa``, ``demonym``).
    nationality : mapping
        Country style -> weight for the nationality column.
    words : mapping
        Column -> canonical value -> the unit's words for it.
    unknown : tuple of str
        What the unit writes for a value it does not know.
    zero : tuple of str
        Words for "no suspect".
    transit_sep : str
        Separator of the transit countries.
    offence_sep : str
        Separator of the linked offences.
    coords : str
        ``fr_cols``, ``en_pair``, ``xl_cols``, ``json_cols`` or ``pa_pair``.
    thousands : str
        Thousands separator of counts >= 1000 written as text (``""``: none).
    count_words : tuple of str
        Number words for 1 to 10 (empty: the unit writes digits only).
    transit_none : tuple of str
        What the unit writes for a direct journey (``()``: leaves the cell blank).
    placeholders : tuple of str
        What the unit writes for a count of persons it does not know.
    """

    dates: Mapping[str, float]
    countries: Mapping[str, float]
    nationality: Mapping[str, float]
    words: Mapping[str, _Words]
    unknown: tuple[str, ...]
    zero: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    coords: str
    thousands: str
    count_words: tuple[str, ...]
    transit_none: tuple[str, ...]
    placeholders: tuple[str, ...]


# --------------------------------------------------------------------------------------
# The units' words
# --------------------------------------------------------------------------------------
_FR_WORDS: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("traite des êtres humains", "TEH", "traite des êtres humains (mineur)"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "AESI",
            "trafic de migrants",
            "filière d'immigration irrégulière",
        ),
        "both": ("TEH + AESI", "traite et aide à l'entrée irrégulière"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
        "_na": ("sans objet", "SO", ""),
    },
    "gender": {
        "male": ("M", "masculin", "hommes"),
        "female": ("F", "féminin", "femmes"),
        "mixed": ("mixte", "M/F"),
    },
    "age_group": {
        "child": ("U17", "U15", "mineurs", "mineur", "U13"),
        "adult": ("seniors", "majeurs", "Seniors"),
        "mixed": ("mixte (mineurs + majeurs)", "U17 + seniors"),
        "_na": ("non renseigné", "NR"),
    },
    "transport_mode": {
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("poids lourd", "camion", "véhicule léger", "à pied"),
        "air": ("avion", "voie aérienne"),
        "_na": ("non renseigné",),
    },
    "linked_offences": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
        "_none": ("néant",),
    },
}
_EN_WORDS: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
        "smuggling": ("Facilitation (illegal entry)", "People smuggling", "Facilitation"),
        "both": ("MSHT & facilitation", "Trafficking + smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (county lines)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "_na": ("N/A", "", "n/a"),
    },
    "gender": {
        "male": ("Male", "M", "male"),
        "female": ("Female", "F", "female"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "child": ("U18", "Under 18", "Child"),
        "adult": ("18+", "Adult", "Adults"),
        "mixed": ("Mixed (U18 & 18+)", "Adults & children"),
        "_na": ("Not recorded",),
    },
    "transport_mode": {
        "sea": ("Small boat", "RHIB", "Dinghy"),
        "land": ("HGV", "Lorry", "Car", "Van", "On foot"),
        "air": ("Flight", "Air"),
        "_na": ("Not recorded", "N/K"),
    },
    "linked_offences": {
        "document_fraud": ("false documents", "document fraud"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
        "_none": (),
    },
}
_ES_WORDS: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("trata de seres humanos", "trata (art. 177 bis CP)", "TSH"),
        "smuggling": (
            "favorecimiento de la inmigración ilegal",
            "delito contra los derechos de los ciudadanos extranjeros (318 bis)",
            "tráfico ilícito de migrantes",
        ),
        "both": ("trata + 318 bis", "trata y tráfico"),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras", "otra finalidad"),
        "_na": ("",),
    },
    "gender": {
        "male": ("Hombre", "Masculino", "Varones"),
        "female": ("Mujer", "Femenino"),
        "mixed": ("Mixto", "Ambos"),
    },
    "age_group": {
        "child": ("menores", "cadete", "infantil", "menor de edad"),
        "adult": ("mayores de edad", "sénior", "adultos"),
        "mixed": ("mixto", "menores y adultos"),
        "_na": ("sin determinar",),
    },
    "transport_mode": {
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("vehículo", "a pie", "autobús", "furgoneta", "vehículo (doble fondo)"),
        "air": ("avión", "vuelo comercial"),
        "_na": ("sin determinar",),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
        "_none": (),
    },
}
_MX_WORDS: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("trata de personas", "Trata de personas"),
        "smuggling": ("tráfico de migrantes", "tráfico de indocumentados"),
        "both": ("trata y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("utilización en actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzoso",),
        "other": ("otra",),
        "_na": ("no aplica", "N/A"),
    },
    "gender": {
        "male": ("H", "Hombres", "hombre"),
        "female": ("M", "Mujeres", "mujer"),
        "mixed": ("Ambos sexos", "H y M"),
    },
    "age_group": {
        "child": ("NNA", "menores de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("NNA y adultos", "mixto"),
        "_na": ("no especificado",),
    },
    "transport_mode": {
        "land": ("tractocamión", "caja seca", "a pie", "vehículo particular", "autobús"),
        "sea": ("lancha", "marítimo"),
        "air": ("aéreo", "vuelo comercial"),
        "_na": ("no especificado",),
    },
    "linked_offences": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("cohecho",),
        "money_laundering": ("operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("narcomenudeo", "contra la salud"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
        "_none": (),
    },
}
_PA_WORDS: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
        "_na": ("N/A", ""),
    },
    "gender": {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto",),
    },
    "age_group": {
        "child": ("Menor de edad", "Menores"),
        "adult": ("Adulto", "Adultos", "Mayor de edad"),
        "mixed": ("Mixto", "Adultos y menores"),
        "_na": ("sin dato",),
    },
    "transport_mode": {
        "land": ("a pie (selva)", "terrestre", "a pie"),
        "sea": ("lancha", "marítimo"),
        "air": ("aéreo",),
        "_na": ("sin dato",),
    },
    "linked_offences": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
        "_none": (),
    },
}

_FR_PLACEHOLDERS: tuple[str, ...] = ("NC", "inconnu")
_FR_BAD_COUNT: tuple[str, ...] = ("plusieurs", "une dizaine", "groupe")
_EN_PLACEHOLDERS: tuple[str, ...] = ("n/k", "Unknown", "TBC")
_EN_BAD_COUNT: tuple[str, ...] = ("several", "a group", "multiple")
_ES_PLACEHOLDERS: tuple[str, ...] = ("s/d", "desconocido")
_ES_BAD_COUNT: tuple[str, ...] = ("varios", "un grupo", "indeterminado")
_MX_PLACEHOLDERS: tuple[str, ...] = ()
_MX_BAD_COUNT: tuple[str, ...] = ("varios", "por determinar")
_PA_PLACEHOLDERS: tuple[str, ...] = ("sin dato", "N/D")
_PA_BAD_COUNT: tuple[str, ...] = ("varios", "grupo")

_FR_NUMBERS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ES_NUMBERS = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")

SOURCES: tuple[KqSource, ...] = (
    KqSource(
        source="fff_agents_sportifs",
        filename="fff_agents_sportifs_kq.csv",
        ref="CFAS-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° signalement",
            "event_date": "Date des faits",
            "crime_type": "Qualification retenue",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de personnes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Catégorie d'âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Mode de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction SI agents sportifs – données non consolidées, diffusion restreinte",
        total="TOTAL",
        bad_count=_FR_BAD_COUNT,
        placeholders=_FR_PLACEHOLDERS,
        repeats=False,
        dates={"dmy": 0.8, "dmy2": 0.08, "month_fr": 0.07, "quarter_fr": 0.05},
        countries={
            "name": 0.62,
            "upper": 0.12,
            "plain": 0.08,
            "iso2": 0.04,
            "alias": 0.03,
            "mojibake": 0.07,
            "swap": 0.04,
        },
        nationality={
            "name": 0.62,
            "upper": 0.12,
            "plain": 0.08,
            "iso2": 0.04,
            "mojibake": 0.1,
            "swap": 0.04,
        },
        words=_FR_WORDS,
        unknown=("NC", "inconnu", "non renseigné"),
        zero=("aucun", "néant"),
        transit_sep=" / ",
        offence_sep=", ",
        coords="fr_cols",
        thousands="\u00a0",
        count_words=_FR_NUMBERS,
        transit_none=("direct", "sans"),
    ),
    KqSource(
        source="the_fa_safeguarding",
        filename="the_fa_safeguarding_kq.csv",
        ref="SG{yy:02d}/{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case Ref",
            "event_date": "Date Identified",
            "referral": "Referral Source",
            "crime_type": "Concern Type",
            "exploitation": "Exploitation Category",
            "n_persons": "No. of Individuals",
            "n_suspects": "Alleged Perpetrators",
            "gender": "Sex",
            "age_group": "Age Band",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Country Identified",
            "transit_countries": "Transit Route",
            "transport_mode": "Method of Travel",
            "coordinates": "Location (lat, long)",
            "linked_offences": "Associated Offences",
        },
        note="Data correct as at the date shown; not for onward disclosure outside The FA",
        total="Total",
        bad_count=_EN_BAD_COUNT,
        placeholders=_EN_PLACEHOLDERS,
        repeats=False,
        dates={"dmy": 0.6, "long_en": 0.25, "month_en": 0.08, "quarter_en": 0.07},
        countries={"name": 0.62, "alias": 0.15, "iso3": 0.1, "upper": 0.05, "lower": 0.04},
        nationality={"demonym": 0.6, "name": 0.25, "iso3": 0.1, "lower": 0.05},
        words=_EN_WORDS,
        unknown=("n/k", "Unknown", "Not known"),
        zero=("None", "Nil"),
        transit_sep=" > ",
        offence_sep="; ",
        coords="en_pair",
        thousands=",",
        count_words=_EN_NUMBERS,
        transit_none=("Direct",),
    ),
    KqSource(
        source="rfef_integridad",
        filename="rfef_integridad_kq.xlsx",
        ref="INT/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Expediente",
            "event_date": "Fecha de los hechos",
            "crime_type": "Tipo delictivo",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº de personas",
            "n_suspects": "Nº de investigados",
            "gender": "Sexo",
            "age_group": "Categoría",
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
        note="Fuente: Departamento de Integridad RFEF. Datos provisionales",
        total="TOTAL GENERAL",
        bad_count=_ES_BAD_COUNT,
        placeholders=_ES_PLACEHOLDERS,
        repeats=False,
        dates={"xl": 0.75, "dmy": 0.12, "month_es": 0.08, "quarter_es": 0.05},
        countries={"name": 0.6, "plain": 0.2, "upper": 0.1, "alias": 0.1},
        nationality={"fifa": 0.35, "name": 0.45, "plain": 0.12, "upper": 0.08},
        words=_ES_WORDS,
        unknown=("s/d", "desconocido", "sin datos"),
        zero=("ninguno",),
        transit_sep=", ",
        offence_sep="; ",
        coords="xl_cols",
        thousands=".",
        count_words=(),
        transit_none=(),
    ),
    KqSource(
        source="fmf_integridad",
        filename="fmf_integridad_kq.jsonl",
        ref="FMF-INT-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "folio",
            "event_date": "fecha_hechos",
            "crime_type": "tipo_delito",
            "exploitation": "modalidad_explotacion",
            "n_persons": "num_personas",
            "n_suspects": "num_probables_responsables",
            "gender": "sexo",
            "age_group": "grupo_edad",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "detection_country": "pais_deteccion",
            "transit_countries": "paises_transito",
            "transport_mode": "medio_transporte",
            "lat": "latitud",
            "lon": "longitud",
            "linked_offences": "delitos_vinculados",
        },
        note=None,
        total="TOTAL",
        bad_count=_MX_BAD_COUNT,
        placeholders=_MX_PLACEHOLDERS,
        repeats=False,
        dates={"iso": 0.6, "iso_dt": 0.33, "month_iso": 0.07},
        countries={"iso2": 0.4, "name": 0.35, "plain": 0.15, "alias": 0.1},
        nationality={"iso2": 0.4, "name": 0.4, "plain": 0.2},
        words=_MX_WORDS,
        unknown=("no especificado",),
        zero=(),
        transit_sep=", ",
        offence_sep=", ",
        coords="json_cols",
        thousands="",
        count_words=(),
        transit_none=(),
    ),
    KqSource(
        source="fepafut",
        filename="fepafut_kq.csv",
        ref="FPF-{seq:03d}-{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. Caso",
            "event_date": "Fecha de detección",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Cantidad de aprehendidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de procedencia",
            "destination_country": "Destino final",
            "detection_country": "País donde se detectó",
            "transit_countries": "Ruta (países de tránsito)",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas",
            "linked_offences": "Otros delitos",
        },
        note="Nota: cifras sujetas a verificación con SENAFRONT",
        total="TOTAL",
        bad_count=_PA_BAD_COUNT,
        placeholders=_PA_PLACEHOLDERS,
        repeats=True,
        dates={"dmy": 0.75, "serial": 0.15, "dmy_mon_es": 0.1},
        countries={"name": 0.65, "upper": 0.2, "plain": 0.15},
        nationality={"demonym": 0.45, "name": 0.35, "upper": 0.12, "plain": 0.08},
        words=_PA_WORDS,
        unknown=("sin dato", "N/D"),
        zero=("ninguno", "0 (cero)"),
        transit_sep=" - ",
        offence_sep=", ",
        coords="pa_pair",
        thousands=",",
        count_words=_ES_NUMBERS,
        transit_none=("directo",),
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _swap(text: str) -> str | None:
    """Two middle letters swapped (names of 7+ letters), or None."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _demonym(src: KqSource, iso: str, gender: str, n: int) -> str | None:
    if src.language == "en":
        return _DEMONYMS_EN.get(iso)
    pair = _DEMONYMS_ES.get(iso)
    if pair is None:
        return None
    word = pair[1] if gender == "female" else pair[0]
    return word + "s" if n > 1 else word


def _country(
    src: KqSource,
    iso: str,
    rng: _Rng,
    *,
    style: str | None = None,
    gender: str = "mixed",
    n: int = 1,
) -> tuple[str, str | None]:
    """One country as the unit writes it; returns (cell, tag of the visible quirk)."""
    row = COUNTRIES[iso]
    name = str(row[_NAME_COL[src.language]])
    style = style or _pick(rng, src.countries)
    out: str | None
    if style == "name":
        out = name
    elif style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "plain":
        out = name.translate(_PLAIN)
    elif style == "iso2":
        out = str(row[0])
    elif style == "iso3":
        out = iso
    elif style == "alias":
        aliases = _ALIASES[src.language].get(iso)
        out = choice(rng, aliases) if aliases else None
    elif style == "mojibake":
        out = mojibake(name)
    elif style == "swap":
        out = _swap(name)
    elif style == "fifa":
        out = _FIFA.get(iso, iso)
    else:  # demonym
        out = _demonym(src, iso, gender, n)
    if out is None or not fits(out, src):
        return name, None
    return out, (None if out == name else style)


def _date_cell(
    src: KqSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write the event date; return (cell, expected date, precision, tag)."""
    styles = dict(src.dates)
    if not partial_ok:
        styles = {k: v for k, v in styles.items() if not k.startswith(("month", "quarter"))}
    style = _pick(rng, styles)
    m = ts.month - 1
    if style.startswith("month"):
        first = ts.to_period("M").start_time
        text = {
            "month_fr": f"{_FR_MONTHS[m]} {ts.year}",
            "month_en": f"{_EN_MONTHS[m]} {ts.year}",
            "month_es": f"{_ES_MONTHS[m]} {ts.year}",
            "month_iso": ts.strftime("%Y-%m"),
        }[style]
        return text, first, "month", "partial_date"
    if style.startswith("quarter"):
        first = ts.to_period("Q").start_time
        q = ts.quarter
        text = {
            "quarter_fr": (
                f"T{q} {ts.year}"
                if rng.random() < 0.7
                else f"{q}{'er' if q == 1 else 'e'} trimestre {ts.year}"
            ),
            "quarter_en": f"Q{q} {ts.year}",
            "quarter_es": f"{q}º trimestre {ts.year}" if rng.random() < 0.6 else f"{q}T {ts.year}",
        }[style]
        return text, first, "quarter", "partial_date"
    day = ts.normalize()
    cell: object
    tag: str | None = None
    if style == "dmy":
        cell = day.strftime("%d/%m/%Y")
    elif style == "dmy2":
        cell = day.strftime("%d/%m/%y")
    elif style == "long_en":
        cell = f"{day.day} {_EN_MONTHS[m]} {day.year}"
        tag = "long_date"
    elif style == "xl":
        cell = day.to_pydatetime()
    elif style == "serial":
        cell = str((day - _EXCEL_EPOCH).days)
        tag = "excel_serial"
    elif style == "iso":
        cell = day.strftime("%Y-%m-%d")
    elif style == "iso_dt":
        hh, mm = int(rng.integers(6, 20)), int(rng.integers(0, 60))
        cell = day.strftime("%Y-%m-%d") + f"T{hh:02d}:{mm:02d}:00"
        tag = "iso_datetime"
    else:  # dmy_mon_es
        cell = f"{day.day:02d}-{_ES_MONTHS[m][:3]}-{day.year}"
        tag = "month_abbrev"
    return cell, day, "day", tag


def _word(src: KqSource, col: str, value: str, rng: _Rng) -> str:
    words = src.words[col][value]
    return words[0] if rng.random() < 0.6 or len(words) == 1 else choice(rng, words[1:])


def _case(text: str, rng: _Rng, rate: float = 0.05) -> tuple[str, bool]:
    if not text or rng.random() >= rate:
        return text, False
    k = int(rng.integers(0, 3))
    out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
    return out, out != text


def _count_cell(src: KqSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons (digits, a number word or thousands)."""
    if src.count_words and 1 <= n <= 10 and rng.random() < 0.08:
        return src.count_words[n - 1], "count_word"
    if n >= 1000 and src.thousands and (src.format != "xlsx" or rng.random() < 0.3):
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", "thousands"
    if src.format in ("xlsx", "jsonl"):
        return n, None
    return str(n), None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 1)
    if sec >= 60.0:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    back = deg + minutes / 60 + sec / 3600
    hemi = pos if value >= 0 else neg
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}", round(back if value >= 0 else -back, 6)


def _coords(
    src: KqSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write the location cells; return (cells, expected lat, expected lon, tag)."""
    r = rng.random()
    if r < 0.05:
        return {}, None, None, "coords_missing"
    if src.coords == "fr_cols":
        dp = 5 if rng.random() < 0.8 else 4
        la, lo = round(lat, dp), round(lon, dp)
        cells: dict[str, object] = {
            "lat": f"{la:.{dp}f}".replace(".", ","),
            "lon": f"{lo:.{dp}f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if src.coords == "en_pair":
        if r < 0.08:
            return (
                {"coordinates": choice(rng, ("N/K", "not recorded"))},
                None,
                None,
                ("coords_placeholder"),
            )
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None
    if src.coords == "xl_cols":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.15:
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
                "decimal_comma",
            )
        return {"lat": la, "lon": lo}, la, lo, None
    if src.coords == "json_cols":
        la, lo = round(lat, 6), round(lon, 6)
        return {"lat": la, "lon": lo}, la, lo, None
    # pa_pair: a decimal pair, or degrees-minutes-seconds read off a handheld GPS
    if r < 0.09:
        return {"coordinates": "sin GPS"}, None, None, "coords_placeholder"
    if r < 0.45:
        t_lat, e_lat = _dms(lat, "N", "S")
        t_lon, e_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon, "dms"
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None


def _referral(iso: str | None, rng: _Rng) -> str:
    partner = {
        "ITA": "FIGC (Italy)",
        "GRC": "Hellenic FF",
        "HRV": "HNS (Croatia)",
        "POL": "PZPN (Poland)",
        "ESP": "RFEF",
        "FRA": "FFF",
        "PAN": "FEPAFUT",
        "USA": "US Soccer",
    }
    if iso in partner:
        return partner[iso]
    return choice(rng, ("County FA", "Police referral", "Club Welfare Officer", "NSPCC helpline"))


def _render(
    src: KqSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str | None, col: str | None = None) -> None:
        if name:
            tags.append(f"{name}:{col}" if col else name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok
    )
    tag(t)

    crime = str(ev["crime_type"])
    text, changed = _case(_word(src, "crime_type", crime, rng), rng)
    cells["crime_type"] = text
    exp["crime_type"] = crime
    tag("case" if changed else None, "crime_type")

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the unit writes its "not applicable" word or nothing
        na = choice(rng, src.words["exploitation"]["_na"])
        cells["exploitation"] = na or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tag("unknown_word", "exploitation")
    else:
        text, changed = _case(_word(src, "exploitation", str(expl), rng), rng)
        cells["exploitation"] = text
        exp["exploitation"] = str(expl)
        tag("case" if changed else None, "exploitation")

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    placeholders = src.placeholders
    if placeholders and rng.random() < 0.015:
        cells["n_persons"] = choice(rng, placeholders)
        exp["n_persons"] = None
        tag("count_placeholder")
    elif src.format == "jsonl" and rng.random() < 0.015:
        cells["n_persons"] = None  # the platform's field was left empty
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count_cell(src, n, rng)
        exp["n_persons"] = n
        tag(t, "n_persons")

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"] = None if src.format == "jsonl" else choice(rng, src.unknown)
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif k == 0 and src.zero and r < 0.4:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tag("zero_word")
    else:
        cells["n_suspects"] = k if src.format in ("xlsx", "jsonl") else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        text, changed = _case(_word(src, "gender", gender, rng), rng, 0.03)
        cells["gender"] = text
        exp["gender"] = gender
        tag("case" if changed else None, "gender")

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.words[col]["_na"])
            exp[col] = "unknown"
            tag("na_word", col)
        else:
            word = _word(src, col, value, rng)
            if src.source == "rfef_integridad" and ev["corridor"] == "wmed" and value == "land":
                word = choice(rng, ("salto de valla", word))  # the fences of Ceuta and Melilla
            text, changed = _case(word, rng, 0.04)
            cells[col] = text
            exp[col] = value
            tag("case" if changed else None, col)

    persons = max(n, 1)
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tag("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"] = choice(rng, src.unknown)
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        style = _pick(rng, src.nationality)
        text, t = _country(src, nat, rng, style=style, gender=gender, n=persons)
        cells["nationality"] = text
        exp["nationality"] = nat
        tag(t, "nationality")

    origin = str(ev["origin_country"])
    if rng.random() < 0.03:
        cells["origin_country"] = None if rng.random() < 0.5 else choice(rng, src.unknown)
        exp["origin_country"] = None
        tag("blank_origin")
    else:
        fifa = "fifa" in src.nationality and rng.random() < 0.25  # registration trigram
        cells["origin_country"], t = _country(src, origin, rng, style="fifa" if fifa else None)
        exp["origin_country"] = origin
        tag(t, "origin_country")

    dest = str(ev["destination_country"])
    cells["destination_country"], t = _country(src, dest, rng)
    exp["destination_country"] = dest
    tag(t, "destination_country")

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _country(src, det, rng)
        exp["detection_country"] = det
        tag(t, "detection_country")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, src.transit_none) if src.transit_none else None
        exp["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, rng)
            parts.append(text)
            tag(t, "transit_countries")
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    else:
        c_cells, exp["lat"], exp["lon"], t = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(c_cells)
        tag(t)

    offences = ev["linked_offences"]
    if offences is None:
        none_words = src.words["linked_offences"]["_none"]
        cells["linked_offences"] = (
            choice(rng, none_words) if none_words and rng.random() < 0.3 else None
        )
        exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(offences)

    if "referral" in src.headers:
        cells["referral"] = _referral(str(ev["detection_country"]), rng)
    return cells, exp, tags


def _bad_date(src: KqSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: empty, impossible, or a year mistyped."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        month = choice(rng, ("02", "04", "06", "09", "11"))
        day = "31" if month != "02" else choice(rng, ("30", "31"))
        if src.format == "jsonl":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=ts.year + 100)  # 2023 typed as 2123
    if src.format == "xlsx":  # Excel turns the typed day into a real (future) date
        return future.normalize().to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: KqSource, last: pd.Timestamp) -> object:
    """Return the date on the unit's note row: the day after its last event."""
    day = last.normalize() + pd.Timedelta(days=1)
    return day.to_pydatetime() if src.format == "xlsx" else day.strftime("%d/%m/%Y")


#: The variant: who first reports which detection country, and who may report again.
BLIND301: Examiner[KqSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "fff_agents_sportifs",
        "GBR": "the_fa_safeguarding",
        "ESP": "rfef_integridad",
        "USA": "fmf_integridad",
        "PAN": "fepafut",
    },
    compilation="the_fa_safeguarding",
    secondary={
        ("channel", "FRA"): "the_fa_safeguarding",
        ("channel", "GBR"): "fff_agents_sportifs",
        ("thb_vnm_gbr", "GBR"): "fff_agents_sportifs",
        ("watl", "ESP"): "fff_agents_sportifs",
        ("wmed", "ESP"): "fff_agents_sportifs",
        ("thb_rou_esp", "ESP"): "the_fa_safeguarding",
        ("thb_rou_esp", "ITA"): "rfef_integridad",
        ("thb_nga_ita", "ITA"): "fff_agents_sportifs",
        ("darien", "PAN"): "fmf_integridad",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=301,
    blank_share=0.3,
)


def make_blind301(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five football bodies of ``blind301`` send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``fff_agents_sportifs_kq.csv``, ``the_fa_safeguarding_kq.csv``,
        ``rfef_integridad_kq.xlsx``, ``fmf_integridad_kq.jsonl`` and ``fepafut_kq.csv``,
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind301(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fff_agents_sportifs_kq.csv', 'the_fa_safeguarding_kq.csv',
     'rfef_integridad_kq.xlsx', 'fmf_integridad_kq.jsonl', 'fepafut_kq.csv']
    >>> [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND301, truth, seed=seed)
