"""Examiner sample set ``blind322`` (files ``*_ll.*``): fishing ports and fish processing.

Five sources never used before in this project, all from the fishing sector's labour
compliance side, each writing its file the way that desk works:

``seafish_rfp``
    Seafish, Responsible Fishing Ports scheme (UK), compliance desk. English CSV,
    UTF-8 with BOM, ``,``. Day-first dates (``17/05/2023``, ``17 May 2023``,
    ``17-May-23``), nationalities mostly as demonyms (``Vietnamese``), positions in
    degrees and decimal minutes as a skipper gives them (``51°07.4'N 001°19.2'E``),
    routes joined by ``" > "``, UK categories (``Modern slavery``, ``Facilitation``).
``criee_boulogne``
    Criée de Boulogne-sur-Mer (fish auction hall), cellule conformité sociale.
    French CSV, cp1252, ``;``, CRLF. Auction-log date-times (``17/05/2023 05:42``),
    decimal commas, nationalities sometimes as adjectives (``afghan``), some rows pasted
    from a UTF-8 extract (mojibake), ``néant`` for no suspect.
``cepesca``
    Confederación Española de Pesca, área de cumplimiento social. Spanish XLSX: real
    Excel dates, some typed as text or left as serial numbers, Spanish penal-code
    wording (``art. 177 bis``, ``art. 318 bis``), ISO alpha-3 flag codes.
``arap_vacamonte``
    Autoridad de los Recursos Acuáticos de Panamá, Puerto Pesquero de Vacamonte.
    Spanish tab-separated text in UTF-16 (a Windows "Unicode text" export), capital
    headers, upper-case names, ``17-may-2023`` dates, ``NNA`` for children, counts with
    a unit (``12 migrantes``), ``1,250`` thousands, hemisphere letters (``77.5002 O``).
``ejf_fisheries``
    Environmental Justice Foundation, fisheries abuse incident log (the compilation of
    what no port desk reports). English JSON lines: ISO codes, ISO dates with month-only
    (``2023-05``) and quarter-only (``Q2 2023``) items, JSON numbers, ``null`` when a
    value is not known.

Every cell is written as that desk would write it, and the expected value is what a
careful analyst reads from it; a cell such a reader could not read is blank or
``unknown`` in the truth on purpose (tagged ``blank_*``, ``na_word``, ``*_placeholder``).
"""

from __future__ import annotations

import unicodedata
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "Agency", "make_blind322"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

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
_MES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of ``blind322`` with its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the desk's words (first = the usual one).
    na_words : tuple of str
        Written in an age-group or transport cell that says "not known / not applicable".
    unknown_words : tuple of str
        Written for a count, nationality or sex that is not known.
    zero_words : tuple of str
        Written for "no suspect".
    transit_sep : str
        Separator of the transit countries.
    offence_sep : str
        Separator of the linked offences (``" y "``: Spanish list, ``"a, b y c"``).
    direct : tuple of str
        Written in the transit cell of a direct journey (``""`` = left blank).
    date_style : str
        Key of the desk's date writer.
    country_style : mapping
        Style of a country cell -> weight.
    coord_style : str
        ``"ddm"``, ``"comma"``, ``"xlsx"``, ``"hemisphere"`` or ``"json"``.
    case_rate : float
        Share of word cells typed in another case or with stray spaces.
    """

    words: _Words
    na_words: tuple[str, ...]
    unknown_words: tuple[str, ...]
    zero_words: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    direct: tuple[str, ...]
    date_style: str
    country_style: Mapping[str, float]
    coord_style: str
    case_rate: float


# --------------------------------------------------------------------------------------
# Country wording of the desks
# --------------------------------------------------------------------------------------
_DEMONYM_EN = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "AUT": "Austrian",
    "BGD": "Bangladeshi",
    "BGR": "Bulgarian",
    "BIH": "Bosnian",
    "BLR": "Belarusian",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DEU": "German",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "ESP": "Spanish",
    "FRA": "French",
    "GBR": "British",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GRC": "Greek",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HRV": "Croatian",
    "HTI": "Haitian",
    "HUN": "Hungarian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ITA": "Italian",
    "LBY": "Libyan",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "MRT": "Mauritanian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "POL": "Polish",
    "ROU": "Romanian",
    "RUS": "Russian",
    "SEN": "Senegalese",
    "SRB": "Serbian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
# How a French clerk fills "Nationalité" (masculine adjective), for the Channel nationalities.
_DEMONYM_FR = {
    "AFG": "afghan",
    "ALB": "albanais",
    "ERI": "érythréen",
    "IRN": "iranien",
    "IRQ": "irakien",
    "SYR": "syrien",
    "VNM": "vietnamien",
}
_ALIAS = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "MKD": ("Macedonia",),
        "RUS": ("Russian Federation",),
        "IRN": ("Iran (Islamic Republic of)",),
        "SYR": ("Syrian Arab Republic",),
        "CHN": ("PRC",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "CIV": ("Côte d'Ivoire",),
        "TUR": ("Turquie",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("Rep. Popular China",),
    },
}
# Small slips of the keyboard that a reader still reads at once.
_TYPO = {
    "en": {
        "AFG": "Afganistan",
        "ALB": "Albainia",
        "ERI": "Eritera",
        "SYR": "Syrai",
        "VNM": "Veitnam",
        "IRN": "Irann",
        "FRA": "Fance",
        "GBR": "Untied Kingdom",
        "DEU": "Gemany",
        "EGY": "Eygpt",
        "PAK": "Pakisatn",
        "NGA": "Nigeira",
    },
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albannie",
        "ERI": "Erythrèe",
        "IRQ": "Iraq",
        "VNM": "Vietman",
        "GBR": "Royaune-Uni",
        "FRA": "Frnace",
        "DEU": "Allemagen",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Equador",
        "COL": "Columbia",
        "HTI": "Hiatí",
        "USA": "Estado Unidos",
        "MEX": "Mexíco",
        "SEN": "Senegla",
        "MAR": "Marrueco",
        "DZA": "Argelía",
        "GIN": "Guiena",
        "GMB": "Ganbia",
        "ESP": "Espana",
        "FRA": "Francía",
        "ITA": "Itaila",
        "ROU": "Rumaina",
        "MLI": "Malì",
    },
}


def _plain(text: str) -> str:
    """Drop the accents (``Panamá`` -> ``Panama``), as a keyboard without them types."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("’", "'")


def _country_form(iso: str, lang: str, style: str, col: str) -> str | None:
    """Return ``iso`` written in ``style``, or None if the style has no form for it."""
    name = str(COUNTRIES[iso][_LANG_COL[lang]]) if iso in COUNTRIES else iso
    if style == "name":
        return name
    if style == "upper":
        return _plain(name).upper() if lang == "es" else name.upper()
    if style == "lower":
        return name.lower()
    if style == "plain":
        out = _plain(name)
        return out if out != name else None
    if style == "iso3":
        return iso
    if style == "iso2":
        return iso_codes(iso)[0]
    if style == "alias":
        forms = _ALIAS[lang].get(iso)
        return forms[0] if forms else None
    if style == "alias2":
        forms = _ALIAS[lang].get(iso)
        return forms[-1] if forms else None
    if style == "typo":
        return _TYPO[lang].get(iso)
    if style == "demonym" and col == "nationality":
        table = _DEMONYM_EN if lang == "en" else _DEMONYM_FR if lang == "fr" else {}
        return table.get(iso)
    return None


def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(
    src: Agency, iso: str, col: str, rng: _Rng, tags: list[str], style: str | None = None
) -> str:
    """Write one country as the desk does (in ``style`` if given); tag the visible style."""
    style = style or _weighted(rng, src.country_style)
    if col != "nationality" and style == "demonym":
        style = "name"
    if src.source == "ejf_fisheries":  # the log's *_iso fields hold codes
        if col == "transit_countries":
            style = "iso3"
        elif col in ("nationality", "detection_country"):
            style = "iso2" if rng.random() < 0.1 else "iso3"
    text = _country_form(iso, src.language, style, col)
    if text is None or not fits(text, src):
        text, style = str(COUNTRIES[iso][_LANG_COL[src.language]]), "name"
    if style != "name":
        tags.append(f"{style}:{col}")
    return text


# --------------------------------------------------------------------------------------
# Words of each desk
# --------------------------------------------------------------------------------------
_SEAFISH_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Modern slavery", "MSHT", "Human trafficking"),
        "smuggling": ("Facilitation", "Organised immigration crime", "People smuggling"),
        "both": ("MS + facilitation", "Trafficking & smuggling"),
    },
    "exploitation": {
        "forced_labour": ("Labour", "Labour exploitation"),
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Male", "M", "All male"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "adult": ("Adult", "18+", "Adults"),
        "child": ("Under 18", "Minor", "Child"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    "transport_mode": {
        "sea": ("Fishing vessel", "Small boat", "Vessel", "RHIB"),
        "land": ("HGV", "Road", "Van"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("document fraud", "false ID"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "illicit goods"),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorism",),
    },
}
_CRIEE_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("TEH", "traite des êtres humains", "traite"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "trafic de migrants",
            "filière d'immigration irrégulière",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    "exploitation": {
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "sexual": ("exploitation sexuelle",),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes"),
        "mixed": ("H/F", "mixte"),
    },
    "age_group": {
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "mineur", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("small boat", "embarcation", "navire de pêche", "bateau"),
        "land": ("poids lourd", "camion", "véhicule léger"),
        "air": ("aérien", "avion"),
    },
    "linked_offences": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_CEPESCA_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
        "smuggling": (
            "Favorecimiento inmigración ilegal (art. 318 bis CP)",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
    },
    "exploitation": {
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "sexual": ("Explotación sexual",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "gender": {
        "male": ("Varones", "Hombres"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Mixto", "Adultos y menores"),
    },
    "transport_mode": {
        "sea": ("Patera", "Cayuco", "Embarcación pesquera", "Neumática"),
        "land": ("Terrestre", "Vehículo", "Camión"),
        "air": ("Aéreo", "Avión"),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}
_ARAP_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    "exploitation": {
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "sexual": ("Explotación sexual comercial", "Explotación sexual"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    "gender": {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "transport_mode": {
        "land": ("A pie", "Terrestre", "Bus"),
        "sea": ("Lancha", "Marítimo", "Embarcación pesquera"),
        "air": ("Aéreo",),
    },
    "linked_offences": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}
_EJF_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("trafficking", "human trafficking"),
        "smuggling": ("smuggling", "migrant smuggling"),
        "both": ("trafficking+smuggling",),
    },
    "exploitation": {
        "forced_labour": ("forced labour",),
        "sexual": ("sexual exploitation",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    "age_group": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    "transport_mode": {
        "sea": ("fishing vessel", "boat", "vessel"),
        "land": ("road", "on foot", "truck"),
        "air": ("flight",),
    },
    "linked_offences": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}

#: The five sources of ``blind322``, in the order the submissions are returned.
AGENCIES: tuple[Agency, ...] = (
    Agency(
        source="seafish_rfp",
        filename="seafish_rfp_ll.csv",
        ref="RFP-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "RFP ref",
            "event_date": "Date of incident",
            "detection_country": "Country",
            "coordinates": "Position (lat/long)",
            "crime_type": "Concern category",
            "exploitation": "Exploitation type",
            "n_persons": "No. of persons",
            "n_suspects": "No. of suspects",
            "gender": "Sex",
            "age_group": "Age band",
            "nationality": "Nationality ",
            "origin_country": "Country of origin",
            "transit_countries": "Route (transit)",
            "destination_country": "Intended destination",
            "transport_mode": "Mode of arrival",
            "linked_offences": "Other offences",
        },
        note="Provisional – figures subject to change (RFP compliance desk)",
        total="TOTAL",
        bad_count=("several", "multiple"),
        repeats=True,
        words=_SEAFISH_WORDS,
        na_words=("N/A", "Not known"),
        unknown_words=("n/k", "Unknown"),
        zero_words=("None", "nil"),
        transit_sep=" > ",
        offence_sep="; ",
        direct=("Direct", ""),
        date_style="uk",
        country_style={"name": 0.66, "upper": 0.08, "alias": 0.12, "typo": 0.03, "demonym": 0.5},
        coord_style="ddm",
        case_rate=0.05,
    ),
    Agency(
        source="criee_boulogne",
        filename="criee_boulogne_ll.csv",
        ref="CB{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date constat",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur/Mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays du constat",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Extraction provisoire – cellule conformité sociale de la criée",
        total="TOTAL",
        bad_count=("plusieurs", "nombreux"),
        repeats=False,
        words=_CRIEE_WORDS,
        na_words=("NC", "sans objet"),
        unknown_words=("NC", "inconnu"),
        zero_words=("néant", "aucun"),
        transit_sep=", ",
        offence_sep=" / ",
        direct=("", "direct"),
        date_style="fr",
        country_style={
            "name": 0.62,
            "upper": 0.12,
            "plain": 0.1,
            "alias": 0.06,
            "typo": 0.04,
            "iso2": 0.03,
            "demonym": 0.3,
        },
        coord_style="comma",
        case_rate=0.05,
    ),
    Agency(
        source="cepesca",
        filename="cepesca_ll.xlsx",
        ref="CS-{seq:05d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha",
            "detection_country": "País de detección",
            "crime_type": "Tipo delictivo",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País destino",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Datos provisionales – Área de Cumplimiento Social",
        total="TOTAL GENERAL",
        bad_count=("varios", "numerosos"),
        repeats=True,
        words=_CEPESCA_WORDS,
        na_words=("No consta", "N/A"),
        unknown_words=("s/d", "No consta"),
        zero_words=("ninguno",),
        transit_sep=" - ",
        offence_sep=", ",
        direct=("Directo", ""),
        date_style="es_xlsx",
        country_style={
            "name": 0.64,
            "upper": 0.1,
            "lower": 0.04,
            "plain": 0.07,
            "iso3": 0.09,
            "typo": 0.02,
            "alias": 0.02,
        },
        coord_style="xlsx",
        case_rate=0.0,
    ),
    Agency(
        source="arap_vacamonte",
        filename="arap_vacamonte_ll.csv",
        ref="ARAP-VAC-{year}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "NO. INFORME",
            "event_date": "FECHA DEL HECHO",
            "detection_country": "PAIS",
            "crime_type": "DELITO",
            "exploitation": "TIPO DE EXPLOTACION",
            "n_persons": "CANTIDAD DE PERSONAS",
            "n_suspects": "APREHENDIDOS",
            "gender": "SEXO",
            "age_group": "GRUPO ETARIO",
            "nationality": "NACIONALIDAD",
            "origin_country": "PROCEDENCIA",
            "transit_countries": "RUTA (PAISES DE TRANSITO)",
            "destination_country": "DESTINO DECLARADO",
            "transport_mode": "MEDIO DE TRANSPORTE",
            "lat": "LATITUD",
            "lon": "LONGITUD",
            "linked_offences": "OTROS DELITOS",
        },
        note="Información preliminar sujeta a verificación",
        total="Total",
        bad_count=("varios", "VARIOS"),
        repeats=False,
        words=_ARAP_WORDS,
        na_words=("N/A", "S/D"),
        unknown_words=("S/D", "sin dato"),
        zero_words=("ninguno", "NINGUNO"),
        transit_sep="/",
        offence_sep=" y ",
        direct=("", "Directo"),
        date_style="pa",
        country_style={
            "name": 0.45,
            "upper": 0.35,
            "plain": 0.06,
            "alias": 0.05,
            "iso3": 0.05,
            "typo": 0.02,
        },
        coord_style="hemisphere",
        case_rate=0.04,
    ),
    Agency(
        source="ejf_fisheries",
        filename="ejf_fisheries_ll.jsonl",
        ref="EJF-{year}{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "date",
            "detection_country": "country_iso",
            "crime_type": "category",
            "exploitation": "abuse_type",
            "n_persons": "persons_affected",
            "n_suspects": "perpetrators",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality_iso",
            "origin_country": "origin",
            "transit_countries": "transit",
            "destination_country": "destination",
            "transport_mode": "conveyance",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "associated_crimes",
        },
        note=None,
        total="SUMMARY",
        bad_count=("several", "dozens"),
        repeats=False,
        words=_EJF_WORDS,
        na_words=("unknown",),
        unknown_words=("unknown",),
        zero_words=(),
        transit_sep="; ",
        offence_sep="; ",
        direct=("",),
        date_style="iso",
        country_style={"name": 0.7, "iso3": 0.3},
        coord_style="json",
        case_rate=0.0,
    ),
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    """Return the desk's word for a canonical value: the usual one 60 %, another otherwise."""
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _noisy(src: Agency, text: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Retype a word cell in another case or with stray spaces, at the desk's rate."""
    if not text or rng.random() >= src.case_rate:
        return text
    kind = int(rng.integers(4))
    out = [text.upper(), text.lower(), f" {text}", f"{text}  "][kind]
    if out != text:
        tags.append(f"case:{col}")
    return out


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date in the desk's style; return (cell, expected date, precision)."""
    r = float(rng.random())
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    m = ts.month - 1
    style = src.date_style
    if style == "uk":
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{MONTHS[m]} {ts.year}", month_start, "month"
        if r < 0.72:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.9:
            return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day"
        return f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year % 100:02d}", ts, "day"
    if style == "fr":
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{_MOIS[m]} {ts.year}", month_start, "month"
        if r < 0.62:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.9:  # the auction log's clock: the catch is landed before dawn
            hour, minute = 3 + int(rng.integers(5)), int(rng.integers(60))
            tags.append("datetime")
            return f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}", ts, "day"
        return ts.strftime("%d/%m/%y"), ts, "day"
    if style == "es_xlsx":
        if partial_ok and r < 0.03:
            tags.append("partial_date")
            return f"{_MESES[m]} de {ts.year}", month_start, "month"
        if r < 0.76:
            tags.append("excel_date")
            return ts.to_pydatetime(), ts, "day"
        if r < 0.88:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.94:
            tags.append("serial_date")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        return ts.strftime("%d-%m-%Y"), ts, "day"
    if style == "pa":
        if r < 0.6:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.9:
            return f"{ts.day:02d}-{_MES_ABBR[m]}-{ts.year}", ts, "day"
        return ts.strftime("%d/%m/%y"), ts, "day"
    # iso: the compilation's log, with items known only to the month or the quarter
    if partial_ok and r < 0.09:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), month_start, "month"
    if partial_ok and r < 0.13:
        tags.append("partial_date")
        return f"Q{ts.quarter} {ts.year}", quarter_start, "quarter"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no reader can use: blank, a day that does not exist, or a future one."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the decade key slipped: 2023 -> 2033
        fut = ts.replace(year=ts.year + 10) if not (ts.month == 2 and ts.day == 29) else ts
        if fut == ts:
            fut = pd.Timestamp(year=ts.year + 10, month=2, day=28)
        if src.date_style == "es_xlsx":
            return fut.to_pydatetime()
        if src.date_style == "iso":
            return fut.strftime("%Y-%m-%d")
        return fut.strftime("%d/%m/%Y")
    month, day = [(2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)][int(rng.integers(6))]
    if src.date_style == "iso":
        return f"{ts.year}-{month:02d}-{day:02d}"
    if src.date_style == "pa":
        return f"{day:02d}-{_MES_ABBR[month - 1]}-{ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the extraction date of the desk's note row (a week after its last row)."""
    day = last + pd.Timedelta(days=7)
    if src.date_style == "es_xlsx":
        return day.to_pydatetime()
    if src.date_style == "iso":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _count(src: Agency, n: int, rng: _Rng, tags: list[str], *, persons: bool) -> object:
    """Write a count of persons or suspects in the desk's style."""
    if src.format == "jsonl":
        return n
    if n >= 1000:
        tags.append("thousands")
        hi, lo = divmod(n, 1000)
        if src.source == "criee_boulogne":
            return f"{hi}\u00a0{lo:03d}"
        if src.source == "cepesca":
            return f"{hi}.{lo:03d}" if rng.random() < 0.5 else n
        return f"{hi},{lo:03d}"
    if src.format == "xlsx":
        return n
    if persons and src.source == "arap_vacamonte" and rng.random() < 0.12:
        tags.append("count_unit")
        return f"{n} migrantes"
    return str(n)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``51°07.4'N``) and the value they say."""
    tenths = round(abs(value) * 600)
    deg, rest = divmod(tenths, 600)
    sign = 1.0 if value >= 0 else -1.0
    return f"{deg:0{width}d}°{rest / 10:04.1f}'{pos if value >= 0 else neg}", sign * tenths / 600


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float]:
    """Write the position in the desk's style; return (cells, lat read, lon read)."""
    style = src.coord_style
    if style == "ddm":
        t_lat, r_lat = _ddm(lat, "N", "S", 2)
        t_lon, r_lon = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, r_lat, r_lon
    if style == "comma":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            round(lat, 5),
            round(lon, 5),
        )
    if style == "hemisphere":
        r_lat, r_lon = round(lat, 4), round(lon, 4)
        return (
            {
                "lat": f"{abs(r_lat):.4f} {'N' if lat >= 0 else 'S'}",
                "lon": f"{abs(r_lon):.4f} {'E' if lon >= 0 else 'O'}",
            },
            r_lat,
            r_lon,
        )
    if style == "xlsx" and rng.random() < 0.1:  # typed in as text with a decimal comma
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            round(lat, 5),
            round(lon, 5),
        )
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)


def _join(src: Agency, parts: list[str], sep: str) -> str:
    if sep == " y " and len(parts) > 1:  # a Spanish list: "a, b y c"
        return ", ".join(parts[:-1]) + " y " + parts[-1]
    return sep.join(parts)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    unknown_cell = None if src.format == "jsonl" else choice(rng, src.unknown_words)

    crime = str(ev["crime_type"])
    exp["crime_type"] = crime
    cells["crime_type"] = _noisy(src, _word(src, "crime_type", crime, rng), rng, tags, "crime")

    expl = ev["exploitation"]
    if expl is None:  # smuggling: the form cell is left blank or says "not applicable"
        exp["exploitation"] = None
        use_na = src.format != "jsonl" and rng.random() < 0.3
        cells["exploitation"] = choice(rng, src.na_words) if use_na else None
    elif rng.random() < 0.04:  # form not yet established when the desk wrote the row
        exp["exploitation"] = "unknown"
        cells["exploitation"] = None if rng.random() < 0.5 else unknown_cell
        tags.append("blank_exploitation")
    else:
        exp["exploitation"] = str(expl)
        word = _word(src, "exploitation", str(expl), rng)
        cells["exploitation"] = _noisy(src, word, rng, tags, "exploitation")

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        exp["n_persons"] = None
        cells["n_persons"] = unknown_cell
        tags.append("count_placeholder")
    else:
        exp["n_persons"] = n
        cells["n_persons"] = _count(src, n, rng, tags, persons=True)

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects" or r < 0.02:
        exp["n_suspects"] = None
        cells["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.045 and src.format != "jsonl":
        exp["n_suspects"] = None
        cells["n_suspects"] = choice(rng, src.unknown_words)
        tags.append("suspects_placeholder")
    else:
        exp["n_suspects"] = k
        if k == 0 and src.zero_words and rng.random() < 0.4:
            cells["n_suspects"] = choice(rng, src.zero_words)
            tags.append("zero_word")
        else:
            cells["n_suspects"] = _count(src, k, rng, tags, persons=False)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        exp["gender"] = "unknown"
        cells["gender"] = None if forced_blank == "gender" or rng.random() < 0.5 else unknown_cell
        if src.format == "jsonl" and forced_blank != "gender":
            cells["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        exp["gender"] = gender
        cells["gender"] = _noisy(src, _word(src, "gender", gender, rng), rng, tags, "gender")

    for col, rate in (("age_group", 0.03), ("transport_mode", 0.02)):
        value = str(ev[col])
        if rng.random() < rate:
            exp[col] = "unknown"
            cells[col] = choice(rng, src.na_words)
            tags.append("na_word")
        else:
            exp[col] = value
            cells[col] = _noisy(src, _word(src, col, value, rng), rng, tags, col)

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.02:
        exp["nationality"] = None
        cells["nationality"] = (
            None if forced_blank == "nationality" or rng.random() < 0.5 else unknown_cell
        )
        tags.append("blank_nationality")
    else:
        exp["nationality"] = nat
        cells["nationality"] = _noisy(
            src, _country(src, nat, "nationality", rng, tags), rng, tags, "nationality"
        )
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        exp[col] = iso
        cells[col] = _noisy(src, _country(src, iso, col, rng, tags), rng, tags, col)
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        cells["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        exp["detection_country"] = det
        cells["detection_country"] = _country(src, det, "detection_country", rng, tags)

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        word = choice(rng, src.direct)
        cells["transit_countries"] = word or None
    else:
        style = _weighted(rng, src.country_style)  # one hand types the whole route
        parts = [
            _country(src, c, "transit_countries", rng, tags, style) for c in str(transit).split("|")
        ]
        cells["transit_countries"] = _join(src, parts, src.transit_sep)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = float(rng.random())
    coord_cols = ("coordinates",) if src.coord_style == "ddm" else ("lat", "lon")
    if forced_blank == "coordinates" or r < 0.05:
        exp["lat"] = exp["lon"] = None
        for c in coord_cols:
            cells[c] = None
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
    elif r < 0.06 and src.format != "jsonl":
        exp["lat"] = exp["lon"] = None
        word = choice(rng, src.unknown_words)
        for c in coord_cols:
            cells[c] = word
        tags.append("coords_placeholder")
    else:
        written, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng)
        cells.update(written)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = _join(src, words, src.offence_sep)

    if src.source == "criee_boulogne" and rng.random() < 0.06:
        # a row pasted in from the harbour office's UTF-8 extract, read as cp1252
        garbled = False
        for col, cell in list(cells.items()):
            if col in ("event_date", "source_ref") or not isinstance(cell, str):
                continue
            bad = mojibake(cell)
            if bad is not None and fits(bad, src):
                cells[col] = bad
                garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, list(dict.fromkeys(tags))


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": "seafish_rfp",
        "FRA": "criee_boulogne",
        "ESP": "cepesca",
        "PAN": "arap_vacamonte",
    },
    compilation="ejf_fisheries",
    secondary={
        ("channel", "FRA"): "seafish_rfp",  # boats met off Calais land their crews at Dover
        ("channel", "GBR"): "criee_boulogne",  # the Boulogne fleet hears of Dover landings
        ("thb_vnm_gbr", "GBR"): "ejf_fisheries",
        ("darien", "PAN"): "ejf_fisheries",
        ("watl", "ESP"): "ejf_fisheries",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=322,
    blank_share=0.3,
)


def make_blind322(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five fishing-sector desks of ``blind322`` would.

    Each event is first reported by the desk of its detection country (Seafish for the
    United Kingdom, the Boulogne criée for France, CEPESCA for Spain, ARAP Vacamonte for
    Panama) or else by the EJF incident log; about 4 % are reported a second time by
    another desk, a day apart at most. Bad rows, a note, a total and (in CSV) an empty
    row are planted in each file; Seafish and CEPESCA re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``seafish_rfp_ll.csv``, ``criee_boulogne_ll.csv``, ``cepesca_ll.xlsx``,
        ``arap_vacamonte_ll.csv`` and ``ejf_fisheries_ll.jsonl``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind322(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['seafish_rfp_ll.csv', 'criee_boulogne_ll.csv', 'cepesca_ll.xlsx',
     'arap_vacamonte_ll.csv', 'ejf_fisheries_ll.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['NO. INFORME', 'FECHA DEL HECHO', 'PAIS']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
