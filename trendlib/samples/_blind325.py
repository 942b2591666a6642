"""Examiner sample set ``blind325`` (files ``*_lo.*``): coach operators and a road-police network.

Five agencies that have not written a sample set before, written the way their exports
look, without reference to the cleaner:

``nx_vcs_security_lo.csv``
    National Express / Victoria Coach Station security control room (London). English,
    UTF-8 with BOM, ``,``. UK incident-log wording (MSHT, OIC), day-first dates with an
    occasional time or ``17-May-2023``, nationalities as demonyms (``Vietnamese``), the
    country detected written ``England``/``Scotland``/``UK``, one ``GPS (lat, long)`` cell
    (``0.00000, 0.00000`` when the tracker had no fix), ``nil`` suspects, ``TBC`` counts.
    It re-sends some of its rows.
``bercy_seine_surete_lo.csv``
    Gare routière Paris-Bercy Seine, poste central de sûreté (with the UK-bound coach lines
    checked at the Calais juxtaposed controls). French, cp1252, ``;``. Main-courante
    wording (``Aide à l'ESI``, ``TEH``), upper-case country names often without accents
    (``ERYTHREE``), nationalities as adjectives (``afghan``), ``néant`` suspects, counts
    ``N/C``, dates ``17/05/2023``, ``17/05/23`` or ``17 mai 2023``, decimal-comma
    coordinates, a note row from the log software.
``tufesa_seguridad_lo.csv``
    Tufesa, security department of the Sonora–Arizona–Texas cross-border coach lines.
    Mexican Spanish (``tráfico de personas`` = smuggling, ``trata`` = trafficking,
    ``EUA`` for the United States, ``operaciones con recursos de procedencia ilícita``),
    an Excel "Unicode text" export: UTF-16 with BOM, tab-separated; dates month-first as
    the US-side ticketing system writes them (``05/17/2023``), GPS as ``N31.34120
    W110.93800`` (sometimes longitude first, the letters telling which is which).
``albrook_tta_seguridad_lo.xlsx``
    Terminal de Transporte de Albrook (Panamá), security department. Spanish, XLSX: real
    Excel dates, some typed as text or left as serial numbers; ``NNA`` for minors,
    ``EE.UU.``; a batch of rows pasted from a mis-decoded CSV (``HaitÃ­``); counts as
    numbers or typed text ``1,250``.
``roadpol_truck_bus_lo.jsonl``
    ROADPOL (European Roads Policing Network) results of its Truck & Bus operations and
    joint action days, compiled from national contributions: the compilation source for
    every event no primary source reports. English keys, ISO codes (alpha-3, alpha-2,
    sometimes numeric) mixed with national names (``Hrvatska``, ``Polska``), ISO dates,
    ``17.05.2023`` from some contributors, month or quarter only from others; counts of
    Spanish and Italian contributions with ``.`` thousands separators.

The truth says what a careful analyst reads from each cell: a cell saying the value is
not known is expected as missing (or ``unknown`` for vocabulary columns), a readable
alias, code, demonym, typo or mis-decoded name as its country, a partial date as the
first day of its month or quarter.
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

__all__ = ["SOURCES", "CoachSource", "make_blind325"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True, kw_only=True)
class CoachSource(ExaminerSource):
    """A source of this set: the shared fields plus the agency's own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word -> the agency's forms (the first is the usual one).
    unknown : tuple of str
        Words the agency writes for a value it does not know.
    na_words : tuple of str
        Words for "not applicable / not recorded" in the age and transport columns.
    zero_words : tuple of str
        Words for "no suspect".
    count_unknown : tuple of str
        Count cells saying the number is not known yet.
    no_transit : tuple of str
        Words for a direct journey (no transit country); ``""`` = blank cell.
    dates : mapping
        Date style -> weight.
    names : mapping
        ISO alpha-3 -> the agency's own names of the country (first = usual).
    demonyms : mapping
        ISO alpha-3 -> nationality adjective the agency writes.
    typos : mapping
        ISO alpha-3 -> a misspelling the agency's staff make.
    styles : mapping
        Country style -> weight, among ``name``, ``upper``, ``iso2``, ``iso3``, ``typo``.
    demonym_share : float
        Share of nationality cells written as an adjective.
    transit_sep : tuple of str
        Separators of transit-country lists.
    offence_sep : tuple of str
        Separators of linked-offence lists.
    thousands : tuple of str
        Thousands separators of large counts.
    coords : str
        Coordinate style: ``pair``, ``comma``, ``hemisphere``, ``number`` or ``json``.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    zero_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    no_transit: tuple[str, ...]
    dates: Mapping[str, float]
    names: Mapping[str, tuple[str, ...]]
    demonyms: Mapping[str, str]
    typos: Mapping[str, str]
    styles: Mapping[str, float]
    demonym_share: float
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    thousands: tuple[str, ...]
    coords: str


# --------------------------------------------------------------------------------------
# The agencies' wording
# --------------------------------------------------------------------------------------
_NX = CoachSource(
    source="nx_vcs_security",
    filename="nx_vcs_security_lo.csv",
    ref="VCS/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Date/Time Reported",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects (No.)",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "transit_countries": "Route Via",
        "detection_country": "Location (Country)",
        "transport_mode": "Mode",
        "coordinates": "GPS (lat, long)",
        "linked_offences": "Linked Offences",
    },
    note="Shift handover - log checked by duty manager, no further entries",
    total="TOTAL",
    bad_count=("several", "a group", "#VALUE!"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery / Human Trafficking", "MSHT", "Human trafficking"),
            "smuggling": (
                "Organised Immigration Crime",
                "OIC - people smuggling",
                "Facilitated clandestine entry",
            ),
            "both": ("MSHT + OIC", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Under 18", "Minor", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Coach", "Lorry / HGV", "On foot"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Forged passport"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Unknown", "Not recorded", "not known"),
    na_words=("N/A", "n/a", "Not recorded"),
    zero_words=("none", "nil", "None"),
    count_unknown=("TBC", "unknown", "not known"),
    no_transit=("", "Direct"),
    dates={"dmy": 0.7, "dmy_time": 0.2, "d-mon-y": 0.1},
    names={
        "GBR": ("UK", "United Kingdom"),
        "VNM": ("Vietnam", "Viet Nam"),
        "IRN": ("Iran",),
        "SYR": ("Syria",),
        "TUR": ("Turkey", "Türkiye"),
        "USA": ("USA",),
        "RUS": ("Russia",),
        "CHN": ("China",),
    },
    demonyms={
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "SDN": "Sudanese",
    },
    typos={
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "IRQ": "Irak",
        "ALB": "Albainia",
        "VNM": "Veitnam",
        "FRA": "Frnace",
    },
    styles={"name": 0.9, "upper": 0.05, "typo": 0.05},
    demonym_share=0.6,
    transit_sep=(", ", " > "),
    offence_sep=("; ", " / "),
    thousands=(",",),
    coords="pair",
)

_BERCY = CoachSource(
    source="bercy_seine_surete",
    filename="bercy_seine_surete_lo.csv",
    ref="MC-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "transit_countries": "Pays de transit",
        "detection_country": "Pays de constatation",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction logiciel main courante - données provisoires, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "#VALEUR!"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "Aide à l'ESI",
                "Filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide à l'ESI", "TEH / ESI"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("Hommes", "H", "masculin"),
            "female": ("Femmes", "F", "féminin"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "child": ("Mineurs", "MNA", "mineur"),
            "adult": ("Majeurs", "adultes"),
            "mixed": ("Majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("embarcation", "small boat", "maritime"),
            "land": ("autocar", "poids lourd", "à pied"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("N/C", "inconnu", "non renseigné"),
    na_words=("sans objet", "N/C"),
    zero_words=("néant", "aucun"),
    count_unknown=("N/C", "inconnu", "non communiqué"),
    no_transit=("", "direct"),
    dates={"dmy": 0.75, "dmy2": 0.15, "long": 0.1},
    names={
        "GBR": ("Royaume-Uni", "Angleterre"),
        "VNM": ("Vietnam", "Viêt Nam"),
        "DEU": ("Allemagne",),
    },
    demonyms={
        "AFG": "afghan",
        "ALB": "albanais",
        "ERI": "érythréen",
        "IRN": "iranien",
        "IRQ": "irakien",
        "SYR": "syrien",
        "VNM": "vietnamien",
    },
    typos={"AFG": "Afganistan", "ERI": "Erythrée", "IRQ": "Iraq", "ALB": "Albanei"},
    styles={"name": 0.62, "upper": 0.33, "typo": 0.05},
    demonym_share=0.4,
    transit_sep=(" / ", ", "),
    offence_sep=(" + ", ", "),
    thousands=("\u00a0", " "),
    coords="comma",
)

_TUFESA = CoachSource(
    source="tufesa_seguridad",
    filename="tufesa_seguridad_lo.csv",
    ref="TUF-SEG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
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
        "destination_country": "Destino",
        "transit_countries": "Países de tránsito",
        "detection_country": "País de detección",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos relacionados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "un grupo", "#¡VALOR!"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de personas", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otro",),
        },
        "gender": {
            "male": ("Masculino", "Hombres"),
            "female": ("Femenino", "Mujeres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menores", "Menores no acompañados"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Familias"),
        },
        "transport_mode": {
            "land": ("Autobús", "Terrestre", "A pie"),
            "sea": ("Lancha",),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documento falso", "documentos falsos"),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("narcóticos", "contrabando"),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("s/d", "se desconoce"),
    na_words=("N/A", "s/d"),
    zero_words=("ninguno", "Ninguno"),
    count_unknown=("s/d", "se desconoce"),
    no_transit=("", "directo"),
    dates={"mdy": 0.8, "mdy_time": 0.2},
    names={
        "USA": ("EUA", "Estados Unidos", "E.U.A.", "USA"),
        "MEX": ("México", "Mexico"),
        "GTM": ("Guatemala",),
    },
    demonyms={
        "MEX": "mexicano",
        "GTM": "guatemalteco",
        "HND": "hondureño",
        "VEN": "venezolano",
        "ECU": "ecuatoriano",
    },
    typos={"GTM": "Guatemla", "HND": "Hondura", "VEN": "Venezuala", "ECU": "Equador"},
    styles={"name": 0.8, "iso2": 0.12, "upper": 0.05, "typo": 0.03},
    demonym_share=0.35,
    transit_sep=(", ",),
    offence_sep=(", ",),
    thousands=(",",),
    coords="hemisphere",
)

_ALBROOK = CoachSource(
    source="albrook_tta_seguridad",
    filename="albrook_tta_seguridad_lo.xlsx",
    ref="TTA-{seq:05d}-{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de reporte",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Género",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Ruta (tránsito)",
        "detection_country": "País",
        "transport_mode": "Transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares sujetas a verificación",
    total="Total general",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino", "Hombres"),
            "female": ("Femenino", "Mujeres"),
            "mixed": ("Mixto", "Grupo mixto"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos",),
            "mixed": ("Adultos y NNA", "Grupo familiar"),
        },
        "transport_mode": {
            "land": ("Terrestre", "Bus", "Caminando"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción de servidores públicos",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contrabando", "Drogas"),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("N/D", "Desconocido"),
    na_words=("N/D", "No aplica"),
    zero_words=("ninguno", "no hay"),
    count_unknown=("N/D", "por confirmar"),
    no_transit=("", "Directo"),
    dates={"excel": 0.8, "dmy_text": 0.15, "serial": 0.05},
    names={
        "USA": ("Estados Unidos", "EE.UU."),
        "CHN": ("China", "R.P. China"),
        "PAN": ("Panamá",),
        "MEX": ("México",),
    },
    demonyms={
        "VEN": "venezolano",
        "ECU": "ecuatoriano",
        "HTI": "haitiano",
        "COL": "colombiano",
        "CHN": "chino",
    },
    typos={"VEN": "Venezula", "HTI": "Hayti", "ECU": "Ecudor", "COL": "Columbia"},
    styles={"name": 0.8, "iso3": 0.1, "upper": 0.07, "typo": 0.03},
    demonym_share=0.3,
    transit_sep=(" - ",),
    offence_sep=(" / ",),
    thousands=(",",),
    coords="number",
)

_ROADPOL = CoachSource(
    source="roadpol_truck_bus",
    filename="roadpol_truck_bus_lo.jsonl",
    ref="RP-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "date",
        "crime_type": "offence",
        "exploitation": "exploitation_form",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "transit_countries": "transit_route",
        "detection_country": "reporting_country",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL (all national contributions)",
    bad_count=("multiple", "group", "see narrative"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("THB", "Trafficking in human beings"),
            "smuggling": ("Migrant smuggling", "Facilitation of illegal immigration"),
            "both": ("THB + migrant smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminal activities",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea", "boat"), "land": ("road", "land"), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("unknown", "n/a"),
    na_words=("n/a", "not reported"),
    zero_words=("none",),
    count_unknown=("not reported", "n/a"),
    no_transit=("",),
    dates={"iso": 0.8, "dotted": 0.1, "month": 0.06, "quarter": 0.04},
    names={
        "GBR": ("United Kingdom",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
    },
    demonyms={},
    typos={},
    styles={"iso3": 0.6, "iso2": 0.2, "name": 0.2},
    demonym_share=0.0,
    transit_sep=("-", ">"),
    offence_sep=("; ",),
    thousands=(".",),
    coords="json",
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[CoachSource, ...] = (_NX, _BERCY, _TUFESA, _ALBROOK, _ROADPOL)

#: How a national ROADPOL contributor names its own country.
_NATIONAL_NAMES = {
    "ITA": "Italia",
    "GRC": "Hellas",
    "HRV": "Hrvatska",
    "POL": "Polska",
    "ESP": "España",
    "FRA": "France",
    "GBR": "United Kingdom",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain_upper(text: str) -> str:
    """Upper-case without accents, as French records often write country names."""
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if not unicodedata.combining(c)).upper()


def _word(src: CoachSource, column: str, value: str, rng: _Rng) -> str:
    forms = src.words[column][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.65 else choice(rng, forms[1:])


def _case(text: str, rng: _Rng, rate: float = 0.05) -> tuple[str, bool]:
    r = rng.random()
    if r >= rate:
        return text, False
    k = int(rng.integers(3))
    out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
    return out, out != text


def _country(
    src: CoachSource, iso: str, rng: _Rng, *, demonym: bool = False
) -> tuple[str, str | None]:
    """Write a country as the agency does; return (text, messiness kind or None)."""
    if demonym and iso in src.demonyms and rng.random() < src.demonym_share:
        text = src.demonyms[iso]
        if src.language == "fr" and rng.random() < 0.4:
            return text.upper(), "demonym"
        return text, "demonym"
    names = src.names.get(iso) or (str(COUNTRIES[iso][_LANG_COL[src.language]]),)
    name = names[0] if len(names) == 1 or rng.random() < 0.7 else choice(rng, names[1:])
    weights = np.array(list(src.styles.values()), dtype=float)
    style = str(list(src.styles)[int(rng.choice(len(weights), p=weights / weights.sum()))])
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "typo" and iso in src.typos:
        return src.typos[iso], "typo"
    if style == "upper":
        upper = _plain_upper(name) if src.language == "fr" and rng.random() < 0.6 else name.upper()
        return upper, "case"
    return name, ("alias" if name != names[0] else None)


def _coach_count(src: CoachSource, n: int, ev: Mapping[str, object]) -> tuple[object, bool]:
    """Write a count of persons; return (cell, whether a thousands separator is used)."""
    if n >= 1000:
        if src.source == "roadpol_truck_bus":
            if ev.get("detection_country") in ("ESP", "ITA"):
                return f"{n // 1000}.{n % 1000:03d}", True
            return n, False
        if src.format == "xlsx":
            return (f"{n // 1000},{n % 1000:03d}", True) if n % 3 == 0 else (n, False)
        return f"{n // 1000}{src.thousands[n % len(src.thousands)]}{n % 1000:03d}", True
    return (n if src.format != "csv" else str(n)), False


def _date_cell(src: CoachSource, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a day in one of the agency's styles."""
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy_time":
        return ts.strftime("%d/%m/%Y") + f" {int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}"
    if style == "d-mon-y":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "long":
        return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    if style == "mdy":
        return ts.strftime("%m/%d/%Y")
    if style == "mdy_time":
        return ts.strftime("%m/%d/%Y") + f" {int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "dmy_text":
        return ts.strftime("%d/%m/%Y")
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "dotted":
        return ts.strftime("%d.%m.%Y")
    if style == "month":
        return ts.strftime("%Y-%m")
    if style == "quarter":
        return f"{ts.year}-Q{ts.quarter}" if rng.random() < 0.5 else f"Q{ts.quarter} {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _pick_style(src: CoachSource, rng: _Rng, *, partial_ok: bool) -> str:
    styles = [s for s in src.dates if partial_ok or s not in ("month", "quarter")]
    w = np.array([src.dates[s] for s in styles], dtype=float)
    return styles[int(rng.choice(len(styles), p=w / w.sum()))]


def _bad_date(src: CoachSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be a record's date: blank, impossible or years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the decade key slipped: 2023 typed 2033
        ahead = ts.replace(year=ts.year + 10, day=min(ts.day, 28))
        return _date_cell(src, ahead, _pick_style(src, rng, partial_ok=False), rng)
    y = ts.year
    if src.source == "nx_vcs_security":
        return choice(rng, (f"31/02/{y}", f"31/09/{y}", f"{ts.day:02d}/13/{y}"))
    if src.source == "bercy_seine_surete":
        return choice(rng, (f"30/02/{y}", f"31/11/{y}", f"31/06/{y}"))
    if src.source == "tufesa_seguridad":
        return choice(rng, (f"02/30/{y}", f"13/45/{y}", f"{ts.month:02d}/00/{y}"))
    if src.source == "albrook_tta_seguridad":
        return choice(rng, (f"31/04/{y}", f"00/{ts.month:02d}/{y}", f"31/11/{y}"))
    return choice(rng, (f"{y}-02-30", f"{y}-13-{ts.day:02d}", f"{y}-04-31"))


def _note_date(src: CoachSource, last: pd.Timestamp) -> object:
    """Write the date of the note row: the log's extraction, after its last entry."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "tufesa_seguridad":
        return day.strftime("%m/%d/%Y")
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _coords(
    src: CoachSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write a location; return (cells, expected lat, expected lon, tag)."""
    r = rng.random()
    if src.coords == "pair":
        if r < 0.06:
            return {"coordinates": None}, None, None, "coords_missing"
        if r < 0.075:  # the tracker had no fix
            return {"coordinates": "0.00000, 0.00000"}, None, None, "coords_placeholder"
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, None
    if src.coords == "comma":
        if r < 0.05:
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        la, lo = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, None
    if src.coords == "hemisphere":
        if r < 0.05:
            return {"coordinates": None}, None, None, "coords_missing"
        la, lo = round(lat, 5), round(lon, 5)
        ns = f"{'N' if la >= 0 else 'S'}{abs(la):.5f}"
        ew = f"{'E' if lo >= 0 else 'W'}{abs(lo):.5f}"
        if r < 0.09:  # device set to longitude first: the letters still say which is which
            return {"coordinates": f"{ew} {ns}"}, la, lo, "coords_swapped"
        return {"coordinates": f"{ns} {ew}"}, la, lo, None
    if src.coords == "number":
        if r < 0.05:
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.15:  # typed as text
            return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, "coords_text"
        return {"lat": la, "lon": lo}, la, lo, None
    if r < 0.1:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, None


def _blank(src: CoachSource, rng: _Rng, words: tuple[str, ...]) -> object:
    """Write a cell saying nothing: blank, or one of the agency's words for it."""
    if rng.random() < 0.5:
        return None
    return choice(rng, words)


def _render(
    src: CoachSource,
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
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    style = _pick_style(src, rng, partial_ok=partial_ok)
    cells["event_date"] = _date_cell(src, ts, style, rng)
    if style == "month":
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif style == "quarter":
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    else:
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        tags.append(f"date:{style}")

    # crime type and exploitation
    crime = str(ev["crime_type"])
    text, changed = _case(_word(src, "crime_type", crime, rng), rng)
    cells["crime_type"], exp["crime_type"] = text, crime
    if changed:
        tags.append("case:crime_type")
    expl = ev.get("exploitation")
    if expl is None:  # pure smuggling: the column is left empty or marked not applicable
        cells["exploitation"] = None if rng.random() < 0.8 else choice(rng, src.na_words)
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = _blank(src, rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], big = _coach_count(src, n, ev)
        exp["n_persons"] = n
        if big:
            tags.append("thousands:n_persons")
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = _blank(src, rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.04:
        cells["gender"] = None if forced_blank == "gender" else _blank(src, rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        text, changed = _case(_word(src, "gender", gender, rng), rng)
        cells["gender"], exp["gender"] = text, gender
        if changed:
            tags.append("case:gender")
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.035:
            cells[col], exp[col] = _blank(src, rng, src.na_words), "unknown"
            tags.append(f"na_word:{col}")
        else:
            text, changed = _case(_word(src, col, value, rng), rng)
            cells[col], exp[col] = text, value
            if changed:
                tags.append(f"case:{col}")

    # countries
    nat = ev.get("nationality")
    if nat is None or forced_blank == "nationality" or rng.random() < 0.03:
        cells["nationality"] = (
            None if forced_blank == "nationality" else _blank(src, rng, src.unknown)
        )
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        text, kind = _country(src, str(nat), rng, demonym=True)
        cells["nationality"], exp["nationality"] = text, nat
        if kind:
            tags.append(f"{kind}:nationality")
    for col in ("origin_country", "destination_country"):
        iso = ev.get(col)
        if iso is None or rng.random() < 0.04:
            cells[col], exp[col] = _blank(src, rng, src.unknown), None
            tags.append(f"unknown:{col}")
        else:
            text, kind = _country(src, str(iso), rng)
            cells[col], exp[col] = text, iso
            if kind:
                tags.append(f"{kind}:{col}")
    transit = ev.get("transit_countries")
    if transit is None:
        word = choice(rng, src.no_transit)
        cells["transit_countries"], exp["transit_countries"] = (word or None), None
    elif rng.random() < 0.03:  # the route was not asked
        cells["transit_countries"], exp["transit_countries"] = None, None
        tags.append("blank_transit")
    else:
        codes = str(transit).split("|")
        if src.format == "jsonl":
            parts = list(codes)
        else:
            parts = [_country(src, c, rng)[0] for c in codes]
        cells["transit_countries"] = choice(rng, src.transit_sep).join(parts)
        exp["transit_countries"] = transit
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], exp["detection_country"] = _detected(src, det, ev, rng, tags)

    # place
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        cols = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        cells.update(dict.fromkeys(cols))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], tag = _coords(src, lat, lon, rng)
        cells.update(place)
        if tag:
            tags.append(tag)

    # linked offences
    off = ev.get("linked_offences")
    if off is None:
        cells["linked_offences"] = (
            None
            if rng.random() < 0.85
            else choice(rng, src.zero_words[:1] if src.language != "fr" else ("néant",))
        )
        exp["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(off).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(words)
        exp["linked_offences"] = off

    # a batch of Albrook rows pasted from a mis-decoded CSV export
    if src.source == "albrook_tta_seguridad" and rng.random() < 0.06:
        hit = False
        for col, cell in list(cells.items()):
            if isinstance(cell, str) and col != "source_ref":
                garbled = mojibake(cell)
                if garbled is not None:
                    cells[col], hit = garbled, True
        if hit:
            tags.append("mojibake")
    for col, cell in cells.items():  # the cp1252 file cannot hold every character
        if isinstance(cell, str) and not fits(cell, src):
            cells[col] = cell.encode(src.encoding, "replace").decode(src.encoding)
            tags.append(f"replaced:{col}")
    return cells, exp, tags


def _detected(
    src: CoachSource, iso: str, ev: Mapping[str, object], rng: _Rng, tags: list[str]
) -> tuple[str, str]:
    """Write the country of detection the agency's way; return (cell, expected code)."""
    if src.source == "nx_vcs_security" and iso == "GBR":
        if rng.random() < 0.5:
            region = "Scotland" if float(ev["lat"]) > 55 else "England"  # type: ignore[arg-type]
            tags.append("region:detection_country")
            return region, iso
        return choice(rng, ("UK", "United Kingdom")), iso
    if src.source == "roadpol_truck_bus":
        r = rng.random()
        if r < 0.55:
            return iso, iso
        if r < 0.75:
            tags.append("iso2:detection_country")
            return iso_codes(iso)[0], iso
        if r < 0.82:
            tags.append("numeric:detection_country")
            return iso_codes(iso)[1], iso
        tags.append("national_name:detection_country")
        return _NATIONAL_NAMES.get(iso, iso), iso
    text, kind = _country(src, iso, rng)
    if kind:
        tags.append(f"{kind}:detection_country")
    return text, iso


_EXAMINER: Examiner[CoachSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "nx_vcs_security",
        "FRA": "bercy_seine_surete",
        "USA": "tufesa_seguridad",
        "PAN": "albrook_tta_seguridad",
    },
    compilation="roadpol_truck_bus",
    secondary={
        # UK-bound coaches checked at the Calais juxtaposed controls: logged in London too
        ("channel", "FRA"): "nx_vcs_security",
        # arrivals at Dover also in the ROADPOL returns of the UK contribution
        ("channel", "GBR"): "roadpol_truck_bus",
        # Vietnamese victims who boarded London coaches at Bercy
        ("thb_vnm_gbr", "GBR"): "bercy_seine_surete",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=325,
    blank_share=0.3,
)


def make_blind325(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of the ``blind325`` set would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``nx_vcs_security_lo.csv`` (English, UTF-8 with BOM, ``,``),
        ``bercy_seine_surete_lo.csv`` (French, cp1252, ``;``),
        ``tufesa_seguridad_lo.csv`` (Spanish, UTF-16, tab),
        ``albrook_tta_seguridad_lo.xlsx`` (Spanish) and
        ``roadpol_truck_bus_lo.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind325(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nx_vcs_security_lo.csv', 'bercy_seine_surete_lo.csv', 'tufesa_seguridad_lo.csv',
     'albrook_tta_seguridad_lo.xlsx', 'roadpol_truck_bus_lo.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° main courante', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
