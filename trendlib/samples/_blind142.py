"""Examiner sample set ``blind142`` (files ``*_en.*``): Hispaniola and its partners.

Five agencies that work on the Dominican Republic–Haiti side of the Caribbean send what
they hold on the events of the truth:

``pett_rd_en.xlsx``
    Procuraduría Especializada contra el Tráfico Ilícito de Migrantes y la Trata de
    Personas (PETT, Procuraduría General de la República Dominicana): its register of
    international judicial cooperation (Spain and Italy). Spanish, an Excel workbook with
    real date cells (a few typed as text), nationalities as demonyms (``haitiano``,
    ``rumana`` ...), the Dominican law's wording (``Trata de personas``,
    ``NNA``, ``lavado de activos``, ``crímenes de alta tecnología``), no coordinates.
``citim_rd_en.csv``
    Comisión Interinstitucional contra la Trata de Personas y el Tráfico Ilícito de
    Migrantes (CITIM): the compilation of what the Dominican missions abroad report.
    Spanish, cp1252, ``,`` delimiter (Dominican locale: decimal point, comma thousands),
    some country names garbled by a UTF-8 copy (mojibake), month (``05/2023``) and
    quarter (``T2 2023``) dates, a few ISO numeric codes.
``sjm_haiti_en.csv``
    Service Jésuite aux Migrants Haïti: its monitoring of Haitians and others crossing
    the Darién. French, UTF-8 with BOM, ``;`` delimiter, Google-Maps coordinates (decimal
    pairs or degrees-minutes-seconds), French demonyms, ``aucun`` for no smuggler.
``dhs_attache_sdq_en.jsonl``
    DHS Attaché office, U.S. Embassy Santo Domingo: encounters on the U.S. southwest
    border shared with its hosts, and Darién data it relays. English JSON lines, U.S.
    month-first dates, CBP words (``Alien Smuggling``, ``UAC``, ``Family Unit``),
    upper-case country names, routes such as ``GUATEMALA > MEXICO`` or ``GT > MX``,
    related offences as a JSON list.
``ssi_pap_en.csv``
    Service de sécurité intérieure, Ambassade de France à Port-au-Prince: French
    detections (Channel) passed on to its partners. French, UTF-16 with tab delimiter
    (Excel's "Texte Unicode"), French police wording (``TEH``, ``AESI``,
    ``Small boat``, ``néant``), decimal commas, ``Angleterre`` for the United Kingdom.

Every cell is written the way a careful analyst would read it back; where a cell does
not say a value (``N/D``, ``n.c.``, ``UNK``), the truth expects none (or ``unknown``).
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND142", "SOURCES", "Source", "make_blind142"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

_MONTHS = {
    "es": (
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
    ),
    "fr": (
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
    ),
}

#: Spanish demonyms (as a Dominican register writes a nationality).
_DEMONYM_ES: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
#: French demonyms (masculine, feminine).
_DEMONYM_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_DEMONYMS = {"es": _DEMONYM_ES, "fr": _DEMONYM_FR}

#: Names each language's clerks use beside the official one.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "USA": ("U.S.", "USA"),
        "GBR": ("UK",),
        "VNM": ("VIETNAM",),
        "TUR": ("TURKEY",),
        "CIV": ("IVORY COAST",),
        "SYR": ("SYRIAN ARAB REPUBLIC",),
    },
    "fr": {
        "USA": ("USA", "Etats-Unis d'Amérique"),
        "GBR": ("Angleterre",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("Inglaterra",),
        "VNM": ("Vietnam",),
        "ROU": ("Rumania",),
    },
}


@dataclass(frozen=True)
class Source(ExaminerSource):
    """One agency of the set: the shared fields plus how it words and lays out a cell.

    Attributes
    ----------
    styles : dict
        Style of a country cell -> weight (``name``, ``upper``, ``plain`` (no accents),
        ``alias``, ``typo``, ``iso2``, ``iso3``, ``mojibake``).
    demonym : float
        Share of nationality cells written as a demonym.
    numeric_share : float
        Share of detection-country cells written as an ISO numeric code.
    words : dict
        Column -> canonical value -> the agency's words for it.
    unknown : tuple of str
        What the agency writes when a value is not known.
    not_applicable : tuple of str or None
        What it writes as exploitation of a pure smuggling case (None: a blank).
    direct : tuple of str or None
        What it writes as transit of a direct journey.
    transit_sep : str
        Separator of its transit lists.
    offence_sep : tuple of str
        Separators of its linked offences (``"list"``: a JSON list).
    dates : dict
        Date style -> weight (see :func:`_date_cell`).
    coords : str
        ``"none"``, ``"dot"``, ``"comma"``, ``"pair"`` (Google Maps) or ``"number"``.
    thousands : tuple of str
        Thousands separators of large counts (empty: never).
    zero_words : tuple of str
        Words for no suspect.
    count_unknown : tuple of str
        Words for a count the agency does not know.
    no_place : tuple of str
        Text written when no position was taken (``None``: a blank).
    """

    styles: dict[str, float]
    demonym: float
    numeric_share: float
    words: dict[str, dict[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str | None, ...]
    direct: tuple[str | None, ...]
    transit_sep: str
    offence_sep: tuple[str, ...]
    dates: dict[str, float]
    coords: str
    thousands: tuple[str, ...]
    zero_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    no_place: tuple[str | None, ...]


_SUSPECT_HEADER = "n_suspects"

PETT = Source(
    source="pett_rd_en",
    filename="pett_rd_en.xlsx",
    ref="PETT-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. de expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo penal",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Víctimas / migrantes",
        "n_suspects": "Imputados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Vía",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares, sujetos a revisión (Depto. de Cooperación Internacional)",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    styles={"name": 0.76, "upper": 0.08, "plain": 0.06, "typo": 0.04, "alias": 0.03, "iso3": 0.03},
    demonym=0.6,
    numeric_share=0.0,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata de Personas"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico ilícito de migrantes", "Trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
            "other": ("Otra", "Otras formas de explotación"),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menor de edad", "NNA"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítima", "Embarcación", "Yola"),
            "land": ("Terrestre",),
            "air": ("Aérea", "Vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos", "uso de documentos falsos"),
            "corruption": ("soborno", "corrupción"),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("crímenes de alta tecnología",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("N/D", "No determinado", "Desconocido"),
    not_applicable=("No aplica", "No aplica", None),
    direct=(None, "Directo", "Ninguno"),
    transit_sep=" - ",
    offence_sep=(", ", " y "),
    dates={"excel": 0.8, "dmy": 0.12, "month_es": 0.08},
    coords="none",
    thousands=(),
    zero_words=("Ninguno", "ninguno"),
    count_unknown=("por determinar", "N/D"),
    no_place=(None,),
)

CITIM = Source(
    source="citim_rd_en",
    filename="citim_rd_en.csv",
    ref="CITIM/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Tratantes / traficantes",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "Origen",
        "destination_country": "Destino",
        "detection_country": "País de detección",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos vinculados",
    },
    note="Fuente: informes de las misiones diplomáticas; cifras preliminares",
    total="Total",
    bad_count=("varios", "#¡REF!"),
    repeats=True,
    styles={
        "name": 0.55,
        "upper": 0.2,
        "mojibake": 0.1,
        "iso2": 0.08,
        "typo": 0.03,
        "alias": 0.02,
        "plain": 0.02,
    },
    demonym=0.0,
    numeric_share=0.05,
    words={
        "crime_type": {
            "trafficking": ("Trata", "TRATA DE PERSONAS"),
            "smuggling": ("Tráfico", "Tráfico ilícito"),
            "both": ("Trata/Tráfico", "Trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Explotación sexual"),
            "forced_labour": ("Laboral", "Trabajo forzoso"),
            "forced_criminality": ("Delictiva", "Actividades delictivas"),
            "organ_removal": ("Órganos",),
            "forced_marriage": ("Matrimonio servil",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Hombres", "Hombre"),
            "mixed": ("Ambos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "NNA"),
            "adult": ("Adultos",),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Marítimo",),
            "land": ("Terrestre",),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos",),
            "corruption": ("corrupción",),
            "money_laundering": ("lavado",),
            "illicit_goods": ("drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=("s/d", "N/D", "Sin dato"),
    not_applicable=(None,),
    direct=(None,),
    transit_sep=" / ",
    offence_sep=("/",),
    dates={"dmy": 0.7, "month_num": 0.15, "quarter_t": 0.15},
    coords="dot",
    thousands=(",",),
    zero_words=("0",),
    count_unknown=("s/d", "N/D"),
    no_place=(None,),
)

SJM = Source(
    source="sjm_haiti_en",
    filename="sjm_haiti_en.csv",
    ref="SJM-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date de l'événement",
        "crime_type": "Type de cas",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de passeurs",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Note : données collectées par les équipes de terrain, à vérifier",
    total="TOTAL",
    bad_count=("#VALEUR!", "12 ou 15"),
    repeats=True,
    styles={"name": 0.7, "plain": 0.12, "alias": 0.06, "typo": 0.04, "upper": 0.04, "iso3": 0.04},
    demonym=0.5,
    numeric_share=0.0,
    words={
        "crime_type": {
            "trafficking": ("Traite des personnes", "Traite"),
            "smuggling": ("Trafic illicite de migrants", "Trafic de migrants"),
            "both": ("Traite et trafic",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Criminalité forcée",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femmes", "F"),
            "male": ("Hommes", "H"),
            "mixed": ("Mixte", "H/F"),
        },
        "age_group": {
            "child": ("Mineurs", "Enfants", "MNA"),
            "adult": ("Adultes",),
            "mixed": ("Adultes et enfants", "Familles"),
        },
        "transport_mode": {
            "land": ("À pied", "Terrestre", "Bus"),
            "sea": ("Bateau", "Pirogue"),
            "air": ("Avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("inconnu", "N/D", "?"),
    not_applicable=(None, "N/A"),
    direct=(None, "direct"),
    transit_sep=", ",
    offence_sep=(", ",),
    dates={"dmy": 0.7, "long_fr": 0.2, "month_fr": 0.1},
    coords="pair",
    thousands=(" ", "\u00a0"),
    zero_words=("aucun", "Aucun"),
    count_unknown=("non déterminé", "inconnu"),
    no_place=(None, "pas de signal GPS"),
)

DHS = Source(
    source="dhs_attache_sdq_en",
    filename="dhs_attache_sdq_en.jsonl",
    ref="SDQ-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_number",
        "event_date": "encounter_date",
        "crime_type": "case_category",
        "exploitation": "trafficking_type",
        "n_persons": "persons_encountered",
        "n_suspects": "facilitators_arrested",
        "gender": "sex",
        "age_group": "demographic",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "apprehension_country",
        "transit_countries": "transit_route",
        "transport_mode": "mode_of_entry",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="GRAND TOTAL",
    bad_count=("12-15", "10 to 20"),
    repeats=False,
    styles={"upper": 0.7, "iso2": 0.12, "name": 0.1, "iso3": 0.05, "alias": 0.03},
    demonym=0.0,
    numeric_share=0.0,
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "HT"),
            "smuggling": ("Alien Smuggling", "Human Smuggling"),
            "both": ("Smuggling/Trafficking", "HS/HT"),
        },
        "exploitation": {
            "sexual": ("Sex Trafficking",),
            "forced_labour": ("Labor Trafficking", "Forced Labor"),
            "forced_criminality": ("Forced Criminal Activity",),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("M/F", "Mixed"),
        },
        "age_group": {
            "child": ("UAC", "Juvenile"),
            "adult": ("Single Adult", "Adult"),
            "mixed": ("Family Unit", "Adults and juveniles"),
        },
        "transport_mode": {
            "land": ("Land", "On foot", "Vehicle"),
            "sea": ("Maritime", "Vessel"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "fraudulent documents"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("narcotics",),
            "cybercrime": ("cyber",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("UNK", "Unknown"),
    not_applicable=(None,),
    direct=(None,),
    transit_sep=" > ",
    offence_sep=("list",),
    dates={"mdy": 0.5, "iso": 0.3, "iso_dt": 0.2},
    coords="number",
    thousands=(),
    zero_words=("none", "None"),
    count_unknown=("UNK", "unknown"),
    no_place=(None,),
)

SSI = Source(
    source="ssi_pap_en",
    filename="ssi_pap_en.csv",
    ref="SSI-PAP/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. SSI",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Itinéraire (transit)",
        "transport_mode": "Mode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="NB : chiffres transmis par les services français, diffusion restreinte",
    total="Total général",
    bad_count=("15 ou 20", "#VALEUR!"),
    repeats=False,
    styles={"name": 0.7, "iso3": 0.08, "upper": 0.08, "alias": 0.07, "typo": 0.04, "plain": 0.03},
    demonym=0.5,
    numeric_share=0.0,
    words={
        "crime_type": {
            "trafficking": ("TEH", "Traite des êtres humains"),
            "smuggling": ("Aide à l'entrée irrégulière", "AESI", "Trafic de migrants"),
            "both": ("TEH / trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("F", "Femme(s)"),
            "male": ("H", "Homme(s)"),
            "mixed": ("Mixte", "H+F"),
        },
        "age_group": {
            "child": ("Mineur(s)", "MNA"),
            "adult": ("Majeur(s)",),
            "mixed": ("Majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Maritime", "Embarcation"),
            "land": ("Poids lourd", "Routier", "Terrestre"),
            "air": ("Aérien",),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=("n.c.", "inconnu"),
    not_applicable=("Sans objet", None),
    direct=(None,),
    transit_sep=" > ",
    offence_sep=(" + ",),
    dates={"dmy": 0.6, "dmy2": 0.25, "quarter_t": 0.1, "month_fr": 0.05},
    coords="comma",
    thousands=("\u202f", " "),
    zero_words=("néant", "Néant"),
    count_unknown=("n.c.",),
    no_place=(None, "n.c."),
)

#: The five sources, in the order :func:`make_blind142` returns them.
SOURCES: tuple[Source, ...] = (PETT, CITIM, SJM, DHS, SSI)

_DAY_STYLES = ("excel", "dmy", "dmy2", "iso", "mdy", "iso_dt", "long_fr")
_PARTIAL = {"month_es": "month", "month_fr": "month", "month_num": "month", "quarter_t": "quarter"}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``Haïti`` -> ``Haiti``)."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    name = str(COUNTRIES[iso][_LANG_COL[lang]])
    return name.upper() if lang == "en" else name


def _country(
    src: Source, iso: str, col: str, rng: _Rng, *, female: bool = False
) -> tuple[str, list[str]]:
    """Write one country cell of ``col``; return (text, tags)."""
    lang = src.language
    if col == "nationality" and iso in _DEMONYMS.get(lang, {}) and rng.random() < src.demonym:
        word = _DEMONYMS[lang][iso][1 if female else 0]
        return (word.capitalize() if rng.random() < 0.3 else word), ["demonym:nationality"]
    if col == "detection_country" and src.numeric_share and rng.random() < src.numeric_share:
        return iso_codes(iso)[1], ["iso_numeric:detection_country"]
    keys = list(src.styles)
    w = np.array([src.styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    name = _name(iso, lang)
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "plain":
        text = _plain(name)
    elif style == "alias" and iso in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "typo":
        text = _typo(name)
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "mojibake":
        text = mojibake(name) or name
    if not fits(text, src):
        text = _plain(name)
    return text, ([f"{style}:{col}"] if text != name else [])


def _word(src: Source, col: str, value: str, rng: _Rng) -> str:
    forms = src.words[col][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.6 else choice(rng, forms[1:])


def _noisy(text: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Change the case or spacing of a few cells (the meaning stays)."""
    if rng.random() >= 0.05:
        return text
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    if out != text:
        tags.append(f"case:{col}")
    return out


def _date_cell(src: Source, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a date in one of the agency's styles."""
    if style == "excel":
        return ts.to_pydatetime()
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "mdy":
        return ts.strftime("%m/%d/%Y")
    if style == "iso_dt":
        return (
            ts.strftime("%Y-%m-%d")
            + f"T{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}:00"
        )
    if style == "long_fr":
        return f"{ts.day} {_MONTHS['fr'][ts.month - 1]} {ts.year}"
    if style == "month_es":
        return f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
    if style == "month_fr":
        return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}"
    if style == "month_num":
        return ts.strftime("%m/%Y")
    return f"T{ts.quarter} {ts.year}"  # quarter_t


def _main_style(src: Source) -> str:
    return max(src.dates, key=lambda k: src.dates[k])


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    sec = round(((v - deg) * 60 - minutes) * 60, 1)
    if sec >= 60:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}"


def _coords(src: Source, lat: float, lon: float, rng: _Rng) -> dict[str, object]:
    if src.coords == "pair":
        if rng.random() < 0.25:
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if src.coords == "number":
        return {"lat": round(lat, 4), "lon": round(lon, 4)}
    digits = 4 if src.coords == "dot" else 5
    t_lat, t_lon = f"{lat:.{digits}f}", f"{lon:.{digits}f}"
    if src.coords == "comma":
        t_lat, t_lon = t_lat.replace(".", ","), t_lon.replace(".", ",")
    return {"lat": t_lat, "lon": t_lon}


def _count(src: Source, n: int, rng: _Rng, tags: list[str]) -> object:
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    return str(n)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    styles = {k: v for k, v in src.dates.items() if partial_ok or k in _DAY_STYLES}
    keys = list(styles)
    w = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    cells["event_date"] = _date_cell(src, ts, style, rng)
    precision = _PARTIAL.get(style, "day")
    if precision == "month":
        day = ts.to_period("M").start_time
        tags.append("partial_date")
    elif precision == "quarter":
        day = ts.to_period("Q").start_time
        tags.append("partial_date")
    else:
        day = ts

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _noisy(_word(src, "crime_type", crime, rng), rng, "crime_type", tags)
    expl = ev["exploitation"]
    exp_expl: str | None = None
    if expl is None:
        cells["exploitation"] = choice(rng, [str(x) for x in src.not_applicable if x] or [""])
        if (None in src.not_applicable and rng.random() < 0.5) or not cells["exploitation"]:
            cells["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown)
        exp_expl = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _noisy(
            _word(src, "exploitation", str(expl), rng), rng, "exploitation", tags
        )
        exp_expl = str(expl)

    # counts
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    exp_persons: int | None = n_persons
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp_persons = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n_persons, rng, tags)
    n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp_sus: int | None = n_sus
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp_sus = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp_sus = None
        tags.append("suspects_placeholder")
    elif n_sus == 0 and rng.random() < 0.5 and src.zero_words != ("0",):
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = n_sus if src.format != "csv" else str(n_sus)

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp_gender = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noisy(_word(src, "gender", gender, rng), rng, "gender", tags)
        exp_gender = gender
    exp_vocab: dict[str, str] = {}
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.unknown)
            exp_vocab[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _noisy(_word(src, col, value, rng), rng, col, tags)
            exp_vocab[col] = value

    # countries
    exp_country: dict[str, str | None] = {}
    female = gender == "female"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None or forced_blank == col:
            cells[col] = None
            exp_country[col] = None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        if col in ("origin_country", "destination_country") and rng.random() < 0.02:
            cells[col] = choice(rng, src.unknown)
            exp_country[col] = None
            tags.append(f"unknown:{col}")
            continue
        text, ctags = _country(src, str(iso), col, rng, female=female)
        cells[col] = _noisy(text, rng, col, tags)
        tags.extend(ctags)
        exp_country[col] = str(iso)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, [str(x) for x in src.direct if x] or [""])
        if (None in src.direct and rng.random() < 0.6) or not cells["transit_countries"]:
            cells["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, ctags = _country(src, iso, "transit_countries", rng)
            parts.append(text)
            tags.extend(ctags)
        cells["transit_countries"] = src.transit_sep.join(parts)

    # place
    lat, lon = ev["lat"], ev["lon"]
    exp_lat: float | None = float(lat)  # type: ignore[arg-type]
    exp_lon: float | None = float(lon)  # type: ignore[arg-type]
    if src.coords == "none":
        exp_lat = exp_lon = None
        tags.append("coords_missing")
    elif forced_blank == "coordinates":
        exp_lat = exp_lon = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        text_place = choice(rng, [str(x) for x in src.no_place if x] or [""])
        if text_place and rng.random() < 0.5:
            key = "coordinates" if src.coords == "pair" else "lat"
            cells[key] = text_place
            if key == "lat":
                cells["lon"] = text_place
            tags.append("coords_placeholder")
        else:
            tags.append("coords_missing")
        exp_lat = exp_lon = None
    else:
        cells.update(_coords(src, float(lat), float(lon), rng))  # type: ignore[arg-type]

    # linked offences, in the order the case file lists them
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = [] if src.offence_sep == ("list",) else None
        if src.offence_sep == ("list",) and rng.random() < 0.5:
            cells["linked_offences"] = None
    else:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        if src.offence_sep == ("list",):
            cells["linked_offences"] = words
        elif len(words) > 1 and " y " in src.offence_sep and rng.random() < 0.5:
            cells["linked_offences"] = ", ".join(words[:-1]) + " y " + words[-1]
        else:
            cells["linked_offences"] = choice(rng, src.offence_sep[:1]).join(words)

    exp: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": exp_expl,
        "n_persons": exp_persons,
        "n_suspects": exp_sus,
        "gender": exp_gender,
        "age_group": exp_vocab["age_group"],
        "nationality": exp_country["nationality"],
        "origin_country": exp_country["origin_country"],
        "destination_country": exp_country["destination_country"],
        "detection_country": exp_country["detection_country"],
        "transit_countries": transit,
        "transport_mode": exp_vocab["transport_mode"],
        "lat": exp_lat,
        "lon": exp_lon,
        "linked_offences": offences,
    }
    return cells, exp, tags


def _year_typo(year: int) -> int:
    """Return a year keyed with two digits swapped: 2023 -> 2203 (far in the future)."""
    s = str(year)
    return int(s[0] + s[2] + s[1] + s[3])


def _bad_date(src: Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: blank, impossible or keyed into the far future."""
    if kind == "no_date":
        return None
    main = _main_style(src)
    if kind == "bad_date":
        y = ts.year
        if main == "mdy":
            return choice(rng, (f"02/30/{y}", f"02/31/{y}"))
        if main == "iso":
            return f"{y}-02-30"
        if src.language == "fr" and main == "dmy" and rng.random() < 0.5:
            return f"31 juin {y}"
        return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"31/04/{y}"))
    day = min(ts.day, 28)
    future = pd.Timestamp(year=_year_typo(ts.year), month=ts.month, day=day)
    return _date_cell(src, future, main, rng)


def _note_date(src: Source, last: pd.Timestamp) -> object:
    """Return the date of a note row: the extraction day, in the agency's usual style."""
    return _date_cell(src, last, _main_style(src), np.random.default_rng(0))


#: The variant: sources, routing of the events and the agencies' ways of writing.
BLIND142: Examiner[Source] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": PETT.source,
        "ITA": PETT.source,
        "PAN": SJM.source,
        "USA": DHS.source,
        "FRA": SSI.source,
        "GBR": SSI.source,
    },
    compilation=CITIM.source,
    secondary={
        ("darien", "PAN"): DHS.source,
        ("channel", "FRA"): CITIM.source,
        ("channel", "GBR"): CITIM.source,
        ("thb_vnm_gbr", "GBR"): CITIM.source,
        ("thb_rou_esp", "ESP"): CITIM.source,
        ("thb_rou_esp", "ITA"): CITIM.source,
        ("thb_nga_ita", "ITA"): CITIM.source,
        ("watl", "ESP"): CITIM.source,
        ("cmed", "ITA"): CITIM.source,
        ("wbal", "HRV"): SSI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=142,
    blank_share=0.3,
)


def make_blind142(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five Hispaniola-side agencies of ``blind142`` do.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pett_rd_en.xlsx``, ``citim_rd_en.csv``, ``sjm_haiti_en.csv``,
        ``dhs_attache_sdq_en.jsonl`` and ``ssi_pap_en.csv``, each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind142(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pett_rd_en.xlsx', 'citim_rd_en.csv', 'sjm_haiti_en.csv',
     'dhs_attache_sdq_en.jsonl', 'ssi_pap_en.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8-sig', 'utf-8', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['Código', 'Fecha', 'Delito']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(BLIND142, truth, seed=seed)
