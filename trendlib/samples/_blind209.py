"""Examiner set ``blind209`` (files ``*_hc.*``): five agencies of the scam-compound field.

The examiner wrote this set without reading the cleaner. Its five agencies work on
trafficking into forced criminality (the cyber-scam compounds of Myanmar, Cambodia
and Laos) and on the migration routes their nationals also take. Each one reports the
true events of its area in its own words:

``dgie_ci_veille_hc.csv``
    Côte d'Ivoire, Direction générale des Ivoiriens de l'extérieur, cellule de veille
    et de gestion de crise (consular crisis cell: repatriations, families' alerts,
    landings in Italy). French, cp1252, ``;``. Dates ``17/05/2023`` (a few ``1er mai
    2023`` or ``mai 2023``), nationalities as feminine demonyms (``Ivoirienne``), ``RCI``
    and ``Guinée Conakry``, accents dropped, some country names garbled (UTF-8 pasted
    into a cp1252 sheet), maritime positions in degrees and decimal minutes
    (``35°30.07'N - 012°36.20'E``), ``ND`` for "not available", ``néant`` for no suspect.
``hfj_ima_uk_hc.xlsx``
    Hope for Justice (UK), Independent Modern Slavery Advocates, Salesforce report.
    English. Excel dates (a few typed ``17/05/2023`` or ``May 2023``), UK case types
    (``Modern Slavery``, ``Organised Immigration Crime``/``OIC``), NRM exploitation
    types, ``England``/``Scotland``/``UK`` for the United Kingdom, ``Age disputed``,
    ``None identified``, routes joined by ``>``, postcode-level coordinates.
``hrc_incident_tracker_hc.jsonl``
    Humanity Research Consultancy, incident tracker (compilation of what no other of
    these agencies reports). English, UTF-8 JSON lines. ISO dates, ``2023-05`` and
    ``2023-Q2`` for incidents known only by month or quarter, ISO alpha-2 codes for the
    place and the route, English demonyms (``Syrian``), ``direct`` for no transit,
    re-ingested duplicates.
``fundacion_esperanza_co_hc.xlsx``
    Fundación Esperanza (Colombia), case register. Spanish. Excel dates, a few Excel
    serial numbers and typed dates, ``II trimestre de 2023``, Colombian legal words
    (``Trata de personas``, ``finalidad de explotación``, ``NNA`` for children,
    ``Lavado de activos``), thousands with a dot (``1.250``), decimal commas.
``colibri_familias_hc.csv``
    Colibrí Center for Human Rights (Tucson), families' missing-person reports.
    Spanish, UTF-16 (Excel "Unicode text"), tab. US month-first dates
    (``05/17/2023``), ``EE.UU.``/``EUA``, coordinates as one ``lat, lon`` cell, no
    suspects, exploitation or linked-offence columns.
"""

from __future__ import annotations

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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind209"]

_Rng = np.random.Generator
_HFJ_SOURCE = "hfj_ima_uk_hc"
Words = dict[str, tuple[str, ...]]

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
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Names each agency writes where they differ from the shared table.
_NAME_FIX: dict[str, dict[str, str]] = {
    "fr": {"CIV": "Côte d'Ivoire", "VNM": "Vietnam"},
    "en": {"CIV": "Côte d'Ivoire", "VNM": "Vietnam"},
    "es": {},
}
#: Demonyms (feminine in French and Spanish: "nationalité ivoirienne", "nacionalidad
#: venezolana"), for the nationalities of the routes.
_DEMONYM: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "Afghane",
        "ALB": "Albanaise",
        "BGD": "Bangladaise",
        "CHN": "Chinoise",
        "CIV": "Ivoirienne",
        "CMR": "Camerounaise",
        "COL": "Colombienne",
        "DZA": "Algérienne",
        "ECU": "Équatorienne",
        "EGY": "Égyptienne",
        "ERI": "Érythréenne",
        "GIN": "Guinéenne",
        "GMB": "Gambienne",
        "GTM": "Guatémaltèque",
        "HND": "Hondurienne",
        "HTI": "Haïtienne",
        "IRN": "Iranienne",
        "IRQ": "Irakienne",
        "MAR": "Marocaine",
        "MEX": "Mexicaine",
        "MLI": "Malienne",
        "NGA": "Nigériane",
        "PAK": "Pakistanaise",
        "ROU": "Roumaine",
        "SEN": "Sénégalaise",
        "SYR": "Syrienne",
        "TUN": "Tunisienne",
        "TUR": "Turque",
        "VEN": "Vénézuélienne",
        "VNM": "Vietnamienne",
        "YEM": "Yéménite",
    },
    "en": {
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
    },
    "es": {
        "AFG": "afgana",
        "ALB": "albanesa",
        "BGD": "bangladesí",
        "CHN": "china",
        "CIV": "marfileña",
        "CMR": "camerunesa",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "EGY": "egipcia",
        "ERI": "eritrea",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "HTI": "haitiana",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "PAK": "pakistaní",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "SYR": "siria",
        "TUN": "tunecina",
        "TUR": "turca",
        "VEN": "venezolana",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
}
#: Small slips of the pen each agency makes in a few frequent names.
_SLIPS: dict[str, dict[str, str]] = {
    "dgie_ci_veille_hc": {
        "LBY": "Lybie",
        "EGY": "Egypte",
        "ERI": "Erythrée",
        "TUN": "Tunisi",
        "SEN": "Senegal",
        "ITA": "Itale",
        "ESP": "Espange",
        "GIN": "Guinnée",
        "MRT": "Mauritani",
    },
    "hfj_ima_uk_hc": {"VNM": "Veitnam", "ALB": "Albnia", "ERI": "Eritria", "IRQ": "Irak"},
    "hrc_incident_tracker_hc": {"AFG": "Afganistan", "PAK": "Pakistn", "SYR": "Syira"},
    "fundacion_esperanza_co_hc": {
        "VEN": "Venezula",
        "ECU": "Ecudor",
        "HTI": "Haiti",
        "PAN": "Panama",
        "COL": "Colomia",
    },
    "colibri_familias_hc": {"MEX": "Mexico", "GTM": "Guatemla", "HND": "Hondurass"},
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    words : dict
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode``, ``linked_offences``) -> canonical word -> written forms
        (the first is the usual one).
    not_applicable : str or None
        What the exploitation cell says for a pure smuggling case.
    unknown : tuple of str
        Words meaning "not known" (vocabulary columns and nationality).
    count_unknown : tuple of str
        Count cells meaning "not known" (the record is kept, with no count).
    zero : tuple of str
        Words for "no suspect" (empty: the count is written as a number).
    transit_sep : str
        Separator of the transit-country list.
    offence_sep : str
        Separator of the linked offences.
    """

    words: dict[str, Words]
    not_applicable: str | None
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    transit_sep: str
    offence_sep: str


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_DGIE = Agency(
    source="dgie_ci_veille_hc",
    filename="dgie_ci_veille_hc.csv",
    ref="DGIE/CVGC/{seq:04d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre de personnes concernées",
        "n_suspects": "Nbre de passeurs / trafiquants interpellés",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception / de constat",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position (source MRCC)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires transmises par les ambassades, sous réserve de vérification",
    total="TOTAL GENERAL",
    bad_count=("plusieurs", "nombreux", "une embarcation"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Traite des personnes", "TRAITE DES PERSONNES", "traite de personnes"),
            "smuggling": ("Trafic illicite de migrants", "TIM", "trafic de migrants"),
            "both": ("Traite des personnes et TIM", "Traite / Trafic illicite de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "travaux forcés"),
            "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme d'exploitation",),
        },
        "gender": {
            "male": ("Masculin", "Hommes"),
            "female": ("Féminin", "Femmes"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs", "Enfants"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Voie maritime", "Embarcation de fortune", "Pirogue"),
            "land": ("Voie terrestre", "Route"),
            "air": ("Voie aérienne", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux et usage de faux",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment de capitaux",),
            "illicit_goods": ("trafic de stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    not_applicable=None,
    unknown=("ND", "non précisé"),
    count_unknown=("ND", "non déterminé"),
    zero=("néant", "Néant"),
    transit_sep=" / ",
    offence_sep=", ",
)

_HFJ = Agency(
    source="hfj_ima_uk_hc",
    filename="hfj_ima_uk_hc.xlsx",
    ref="C-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case Number",
        "event_date": "Date Identified",
        "crime_type": "Case Type",
        "exploitation": "Exploitation Type (NRM)",
        "n_persons": "No. of Potential Victims",
        "n_suspects": "No. of Suspected Exploiters",
        "gender": "Gender",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Identified",
        "transit_countries": "Route (Transit Countries)",
        "transport_mode": "Mode of Travel",
        "lat": "Location Latitude",
        "lon": "Location Longitude",
        "linked_offences": "Related Offences",
    },
    note="Report generated from Salesforce - figures are live and subject to change",
    total="Grand Total",
    bad_count=("Multiple", "several"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery", "Human Trafficking"),
            "smuggling": ("Organised Immigration Crime", "OIC", "People smuggling"),
            "both": ("Modern Slavery / OIC", "Trafficking & smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Mixed group"),
        },
        "age_group": {
            "adult": ("Adult", "Adult (18+)"),
            "child": ("Minor", "Child (under 18)"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs offences", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable="N/A",
    unknown=("Not known", "Not recorded"),
    count_unknown=("Not known",),
    zero=("None identified", "None"),
    transit_sep=" > ",
    offence_sep="; ",
)

_HRC = Agency(
    source="hrc_incident_tracker_hc",
    filename="hrc_incident_tracker_hc.jsonl",
    ref="HRC-INC-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Incident ID",
        "event_date": "Incident date",
        "crime_type": "Crime category",
        "exploitation": "Exploitation",
        "n_persons": "People affected",
        "n_suspects": "Suspects arrested",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "detection_country": "Country of incident",
        "transit_countries": "Transit route",
        "transport_mode": "Travel mode",
        "lat": "Lat",
        "lon": "Lng",
        "linked_offences": "Related crimes",
    },
    note=None,
    total="SUMMARY",
    bad_count=("dozens", "several", "a group"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("human trafficking", "trafficking"),
            "smuggling": ("migrant smuggling", "smuggling"),
            "both": ("trafficking + smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour",),
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
            "child": ("minors", "children"),
            "mixed": ("adults and minors", "mixed"),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "truck", "on foot"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    not_applicable=None,
    unknown=("unspecified",),
    count_unknown=("unknown",),
    zero=(),
    transit_sep=", ",
    offence_sep=", ",
)

_FE = Agency(
    source="fundacion_esperanza_co_hc",
    filename="fundacion_esperanza_co_hc.xlsx",
    ref="FE-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Código del caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "N° de víctimas / migrantes",
        "n_suspects": "N° de presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se identificó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar, sujeta a verificación por el área jurídica",
    total="Total general",
    bad_count=("varios", "un grupo", "decenas"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes", "Trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Prostitución ajena"),
            "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio servil",),
            "other": ("Otras formas de explotación",),
        },
        "gender": {
            "male": ("Hombres", "Masculino"),
            "female": ("Mujeres", "Femenino"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental", "Falsedad en documento"),
            "corruption": ("Cohecho",),
            "money_laundering": ("Lavado de activos",),
            "illicit_goods": ("Tráfico de estupefacientes",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    not_applicable="No aplica",
    unknown=("Sin información", "S.I."),
    count_unknown=("Sin dato",),
    zero=("Ninguno",),
    transit_sep=" - ",
    offence_sep=" / ",
)

_COLIBRI = Agency(
    source="colibri_familias_hc",
    filename="colibri_familias_hc.csv",
    ref="CC-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de reporte",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de caso",
        "n_persons": "Personas en el grupo",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde ocurrió",
        "transit_countries": "Ruta (países de paso)",
        "transport_mode": "Cómo viajaba",
        "coordinates": "Coordenadas (última ubicación)",
    },
    note="Nota: reportes de familiares, sin verificar con autoridades",
    total="TOTAL",
    bad_count=("varios", "muchos"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Tráfico de migrantes (coyote)", "Cruce con coyote"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico de migrantes",),
        },
        "gender": {
            "male": ("Masculino", "Hombre"),
            "female": ("Femenino", "Mujer"),
            "mixed": ("Mixto",),
        },
        "age_group": {
            "adult": ("Adulto", "Adultos"),
            "child": ("Menor", "Menores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "land": ("A pie", "Vehículo", "Tráiler"),
            "sea": ("Lancha",),
            "air": ("Avión",),
        },
    },
    not_applicable=None,
    unknown=("No especificado", "no sabe"),
    count_unknown=("No se sabe",),
    zero=(),
    transit_sep=", ",
    offence_sep=", ",
)

#: The five agencies, in the order :func:`make_blind209` returns their submissions.
AGENCIES: tuple[Agency, ...] = (_DGIE, _HFJ, _HRC, _FE, _COLIBRI)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (the usual one 70 % of the time)."""
    forms = src.words[col][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.7 else choice(rng, forms[1:])


def _name(iso: str, lang: str) -> str:
    return _NAME_FIX[lang].get(iso, str(COUNTRIES[iso][_LANG_COL[lang]]))


def _country(src: Agency, iso: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write one country the agency's way; return the cell and its tags."""
    lang = src.language
    r = rng.random()
    name = _name(iso, lang)
    slip = _SLIPS[src.source].get(iso)
    demonym = _DEMONYM[lang].get(iso) if col == "nationality" else None
    if src.source == "dgie_ci_veille_hc":
        if demonym is not None and r < 0.8:
            return demonym, [f"demonym:{col}"]
        if iso == "CIV" and r < 0.9:
            return "RCI", [f"alias:{col}"]
        if iso == "GIN" and r < 0.9:
            return "Guinée Conakry", [f"alias:{col}"]
        if r > 0.95:
            garbled = mojibake(name)
            if garbled is not None and fits(garbled, src):
                return garbled, [f"mojibake:{col}"]
        if slip is not None and r > 0.91:
            return slip, [f"typo:{col}"]
        if r > 0.86:
            return name.upper(), [f"case:{col}"]
        return name, []
    if src.source == "hfj_ima_uk_hc":
        if col == "detection_country" and iso == "GBR":
            return choice(rng, ("United Kingdom", "UK", "England")), [f"alias:{col}"]
        if demonym is not None and r < 0.15:
            return demonym, [f"demonym:{col}"]
        if iso == "GBR" and r < 0.5:
            return "UK", [f"alias:{col}"]
        if slip is not None and r > 0.93:
            return slip, [f"typo:{col}"]
        return name, []
    if src.source == "hrc_incident_tracker_hc":
        if col == "detection_country" or (col == "destination_country" and r < 0.5):
            return iso_codes(iso)[0], [f"iso2:{col}"]
        if demonym is not None and r < 0.65:
            return demonym, [f"demonym:{col}"]
        if slip is not None and r > 0.93:
            return slip, [f"typo:{col}"]
        if iso == "TUR":
            return "Turkey", [f"alias:{col}"]
        return name, []
    if src.source == "fundacion_esperanza_co_hc":
        if demonym is not None and r < 0.7:
            cell = demonym.capitalize() if rng.random() < 0.6 else demonym
            return cell, [f"demonym:{col}"]
        if iso == "USA" and r < 0.4:
            return "EE. UU.", [f"alias:{col}"]
        if slip is not None and r > 0.9:
            return slip, [f"typo:{col}"]
        if r > 0.96:
            return f"  {name} ", [f"case:{col}"]
        return name, []
    # Colibrí
    if iso == "USA":
        return choice(rng, ("EE.UU.", "EUA", "Estados Unidos")), [f"alias:{col}"]
    if demonym is not None and r < 0.5:
        return demonym, [f"demonym:{col}"]
    if slip is not None and r > 0.9:
        return slip, [f"typo:{col}"]
    return name, []


def _transit(src: Agency, value: str | None, rng: _Rng) -> tuple[str | None, list[str]]:
    """Write the ordered transit list (None: direct route)."""
    if value is None:
        if src.source == "hrc_incident_tracker_hc" and rng.random() < 0.4:
            return "direct", ["transit_direct_word"]
        return None, []
    parts: list[str] = []
    tags: list[str] = []
    for iso in value.split("|"):
        if src.source == "hrc_incident_tracker_hc":
            parts.append(iso_codes(iso)[0])
            continue
        cell, t = _country(src, iso, "transit_countries", rng)
        parts.append(cell.strip())
        tags += [x for x in t if x not in tags]
    return src.transit_sep.join(parts), tags


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if src.source == "dgie_ci_veille_hc":
        if partial_ok and r < 0.06:
            return f"{_MOIS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.14:
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_MOIS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.source == "hfj_ima_uk_hc":
        if partial_ok and r < 0.05:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.15:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if src.source == "hrc_incident_tracker_hc":
        if partial_ok and r < 0.04:
            return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
        if partial_ok and r < 0.08:
            return f"{ts.year}-Q{ts.quarter}", quarter, "quarter", ["partial_date"]
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    if src.source == "fundacion_esperanza_co_hc":
        if partial_ok and r < 0.04:
            return f"{_MESES[ts.month - 1]} de {ts.year}", month, "month", ["partial_date"]
        if partial_ok and r < 0.08:
            text = f"{_ROMAN[ts.quarter - 1]} trimestre de {ts.year}"
            return text, quarter, "quarter", ["partial_date"]
        if r < 0.18:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        if r < 0.28:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    # Colibrí: a US office, month first
    if partial_ok and r < 0.08:
        return f"{_MESES[ts.month - 1]} de {ts.year}", month, "month", ["partial_date"]
    return ts.strftime("%m/%d/%Y"), ts, "day", ["month_first"]


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes, as a maritime report writes them; and their value."""
    hemi = pos if value >= 0 else neg
    hundredths = round(abs(value) * 6000)  # hundredths of a minute
    deg, rest = divmod(hundredths, 6000)
    text = f"{deg:0{width}d}°{rest // 100:02d}.{rest % 100:02d}'{hemi}"
    back = (deg + rest / 6000) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _coords(
    src: Agency, ev: dict[str, object], rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place; return (cells, expected lat, expected lon, tags)."""
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    key = "coordinates" if "coordinates" in src.headers else "lat"
    r = rng.random()
    if blank:
        return {}, None, None, ["blank_coordinates"]
    if src.source == "dgie_ci_veille_hc":
        # positions come from the rescue centres' reports: sea events only
        at_sea = ev["corridor"] in ("cmed", "wmed", "watl") and ev["transport_mode"] == "sea"
        if not at_sea or r < 0.1:
            return {}, None, None, ["coords_missing"]
        t_lat, e_lat = _ddm(lat, "N", "S", 2)
        t_lon, e_lon = _ddm(lon, "E", "W", 3)
        return {key: f"{t_lat} - {t_lon}"}, e_lat, e_lon, ["coords_ddm"]
    if src.source == "hfj_ima_uk_hc":
        if r < 0.3:
            return {}, None, None, ["coords_missing"]
        e_lat, e_lon = round(lat, 3), round(lon, 3)
        return {"lat": e_lat, "lon": e_lon}, e_lat, e_lon, []
    if src.source == "hrc_incident_tracker_hc":
        if r < 0.12:
            return {}, None, None, ["coords_missing"]
        e_lat, e_lon = round(lat, 4), round(lon, 4)
        return {"lat": e_lat, "lon": e_lon}, e_lat, e_lon, []
    if src.source == "fundacion_esperanza_co_hc":
        if r < 0.1:
            return {}, None, None, ["coords_missing"]
        e_lat, e_lon = round(lat, 4), round(lon, 4)
        if r < 0.3:  # typed in a Colombian-locale sheet: text with a decimal comma
            cells: dict[str, object] = {
                "lat": f"{e_lat:.4f}".replace(".", ","),
                "lon": f"{e_lon:.4f}".replace(".", ","),
            }
            return cells, e_lat, e_lon, ["decimal_comma:coordinates"]
        return {"lat": e_lat, "lon": e_lon}, e_lat, e_lon, []
    if r < 0.15:
        return {}, None, None, ["coords_missing"]
    e_lat, e_lon = round(lat, 5), round(lon, 5)
    return {key: f"{e_lat:.5f}, {e_lon:.5f}"}, e_lat, e_lon, ["coords_pair"]


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write the number of persons as the agency does (no placeholder)."""
    if n >= 1000 and src.source == "dgie_ci_veille_hc" and rng.random() < 0.7:
        sep = choice(rng, (" ", "\u00a0"))
        return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
    if n >= 1000 and src.source == "fundacion_esperanza_co_hc" and rng.random() < 0.7:
        return f"{n // 1000}.{n % 1000:03d}", ["thousands:n_persons"]
    if src.format == "csv":
        return str(n), []
    return n, []


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    has = set(src.headers)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if "exploitation" not in has:
        exp["exploitation"] = "unknown" if crime in ("trafficking", "both") else None
    elif expl is None:
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tags += t

    sus = ev["n_suspects"]
    r = rng.random()
    if "n_suspects" not in has or forced_blank == "n_suspects" or sus is None:
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif int(sus) == 0 and src.zero and r < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    elif r > 0.97:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif src.source == "hrc_incident_tracker_hc" and r > 0.9:
        exp["n_suspects"] = None  # the press item does not say: the field is left empty
        tags.append("blank_n_suspects")
    else:
        count = int(sus)  # type: ignore[call-overload]
        cells["n_suspects"] = str(count) if src.format == "csv" else count
        exp["n_suspects"] = count

    gender = str(ev["gender"])
    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        words = src.unknown
        if col == "age_group" and src.source == "hfj_ima_uk_hc":
            words = ("Age disputed", "Not known")
        if rng.random() < 0.025:
            cells[col] = choice(rng, words)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, col, value, rng)
            exp[col] = value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"] = choice(rng, src.unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _country(src, str(nat), "nationality", rng)
        exp["nationality"] = nat
        tags += t
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        exp[col] = iso
        if iso is not None:
            cells[col], t = _country(src, str(iso), col, rng)
            tags += t
    det = ev["detection_country"]
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    elif src.source == _HFJ_SOURCE and ev["hotspot"] == "Glasgow" and rng.random() < 0.7:
        cells["detection_country"] = "Scotland"  # the advocate names the nation of the UK
        exp["detection_country"] = det
        tags.append("alias:detection_country")
    else:
        cells["detection_country"], t = _country(src, str(det), "detection_country", rng)
        exp["detection_country"] = det
        tags += t
    transit = ev["transit_countries"]
    cells["transit_countries"], t = _transit(src, None if transit is None else str(transit), rng)
    exp["transit_countries"] = transit
    tags += t

    place, exp["lat"], exp["lon"], t = _coords(src, ev, rng, forced_blank == "coordinates")
    cells.update(place)
    tags += t

    off = ev["linked_offences"]
    if "linked_offences" not in has:
        exp["linked_offences"] = None
    else:
        exp["linked_offences"] = off
        if off is not None:
            cells["linked_offences"] = src.offence_sep.join(
                _word(src, "linked_offences", o, rng) for o in str(off).split("|")
            )
    return cells, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date ten years on (a slip of the decade digit: 2031 for 2021)."""
    try:
        return ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        return ts.replace(year=ts.year + 10, day=28)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (blank, impossible or future)."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            "dgie_ci_veille_hc": f"31/02/{ts.year}",
            "hfj_ima_uk_hc": f"30/02/{ts.year}",
            "hrc_incident_tracker_hc": f"{ts.year}-02-30",
            "fundacion_esperanza_co_hc": f"31/04/{ts.year}",
            "colibri_familias_hc": f"02/30/{ts.year}",
        }[src.source]
    return _day_cell(src, _future(ts))


def _day_cell(src: Agency, ts: pd.Timestamp) -> object:
    """Return a full date in the agency's usual style."""
    if src.format == "xlsx":
        return ts.to_pydatetime()
    if src.source == "hrc_incident_tracker_hc":
        return ts.strftime("%Y-%m-%d")
    if src.source == "colibri_familias_hc":
        return ts.strftime("%m/%d/%Y")
    return ts.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the extraction, after the last event."""
    day = last + pd.Timedelta(days=3)
    return day.to_pydatetime() if src.format == "xlsx" else _day_cell(src, day)


#: Where each detection country's events are first reported; the tracker takes the rest.
_PRIMARY = {
    "ITA": _DGIE.source,
    "GBR": _HFJ.source,
    "PAN": _FE.source,
    "USA": _COLIBRI.source,
}
#: Who reports an event a second time.
_SECONDARY = {
    ("cmed", "ITA"): _HRC.source,
    ("thb_nga_ita", "ITA"): _HRC.source,
    ("thb_rou_esp", "ITA"): _HRC.source,
    ("channel", "GBR"): _HRC.source,
    ("thb_vnm_gbr", "GBR"): _HRC.source,
    ("channel", "FRA"): _HFJ.source,
    ("watl", "ESP"): _DGIE.source,
    ("wmed", "ESP"): _DGIE.source,
    ("thb_rou_esp", "ESP"): _FE.source,
    ("darien", "PAN"): _HRC.source,
    ("us_mex", "USA"): _HRC.source,
}

#: The variant, as the shared machinery reads it.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation=_HRC.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=209,
    blank_share=0.3,
)


def make_blind209(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of examiner set ``blind209``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dgie_ci_veille_hc.csv`` (French, cp1252, ``;``), ``hfj_ima_uk_hc.xlsx``
        (English), ``hrc_incident_tracker_hc.jsonl`` (English, UTF-8),
        ``fundacion_esperanza_co_hc.xlsx`` (Spanish) and ``colibri_familias_hc.csv``
        (Spanish, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind209(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dgie_ci_veille_hc.csv', 'hfj_ima_uk_hc.xlsx', 'hrc_incident_tracker_hc.jsonl',
     'fundacion_esperanza_co_hc.xlsx', 'colibri_familias_hc.csv']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Nature des faits']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
