"""Examiner sample set ``blind326``: hospital and clinical safeguarding exports (files ``*_lp.*``).

Five health-side sources that see trafficked or smuggled people as patients or clients,
each writing its export its own way:

``chb_umj_boulogne_lp.csv``
    Centre hospitalier de Boulogne-sur-Mer, unité médico-judiciaire (UMJ): the examinations
    made on police requisition after Channel interceptions. French, cp1252, ``;``, CRLF;
    date and hour of the taking in charge (``17/05/2023 14:35``); nationality written as
    the adjective the form asks for (``afghane``, ``érythréen``); the destination the
    patient declared (``Angleterre``); transit countries joined by `` - ``; no
    coordinates; a ``Service requérant`` column naming the requesting police unit.
``helen_bamber_fdn_lp.xlsx``
    Helen Bamber Foundation (UK clinical charity for survivors of trafficking): its
    case-management export. English (UK); real Excel dates with a few typed as text
    (``17 May 2023``, ``17/05/2023``); UK words (``Modern slavery``, ``Cannabis
    cultivation``, ``Under 18``, ``Lorry``); nationality as ``Afghan``, ``Vietnamese``;
    the country identified in as ``England`` or ``Scotland``; journeys joined by `` > ``;
    related offences joined by ``; ``.
``ccaes_sanidad_lp.csv``
    Spain's Centro de Coordinación de Alertas y Emergencias Sanitarias, compiling the
    notifications of hospital social-work units (UTS) of the arrival and agricultural
    provinces. Spanish, UTF-16 with BOM, tab-delimited (Excel's "Texto Unicode"); dates
    ``17/05/2023`` or ``17-may-2023``; ``Varón``/``Mujer``; ``Cayuco``, ``Patera``,
    ``Salto de valla``; thousands with ``.``; the place of detection (the rescue position
    for boats) as decimal degrees with a decimal comma or as degrees and decimal minutes
    (``28º 06,1' N``).
``hospital_yaviza_lp.csv``
    Hospital de Yaviza (Darién, Panama), social-work register. Spanish (Panama), UTF-8,
    ``,``; dates ``17/05/2023``, ``17/05/23`` or as bare Excel serial numbers; ``NNA``
    (niños, niñas y adolescentes); ``EE.UU.``; route ``Ecuador-Colombia``; some rows pasted
    from a mis-decoded export (mojibake: ``HaitÃ­``); a few rows sent twice (exact
    repeats); ``s/d`` where a count is not known.
``phr_case_log_lp.jsonl``
    Physicians for Human Rights, the compilation of cases documented by its clinicians and
    partners on the other borders (US–Mexico, Mediterranean, Balkans, Poland) and again
    for Darién and the Canaries. English (US), JSON lines; ISO dates, or only the month
    (``2023-05``) or quarter (``Q2 2023``) when that is all the survivor could say; ISO
    codes for countries; transit route and related offences as JSON arrays; ``lat`` and
    ``lng`` keys.

Every value a careful analyst could not read (``non évaluée``, ``Age disputed``,
``Pendiente de determinación de edad``, ``s/d``) is expected as unknown or blank in the
truth, with its tag.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND326", "SOURCES", "Agency", "make_blind326"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_ES_MON = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_PARTIAL = {"month": "month", "month_en": "month", "quarter": "quarter"}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_CASE_RATE = 0.04


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One health-side source of the set and its own way of writing.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words (first = the usual one). Keys
        ``crime_type``, ``exploitation``, ``gender`` (one person), ``gender_group``
        (several), ``age_group``, ``transport_mode`` and, if written,
        ``linked_offences``.
    na : mapping
        Column -> the agency's words for "not known" / "not applicable": ``exploitation``,
        ``gender``, ``age_group``, ``transport_mode``, ``nationality``, ``n_suspects``,
        ``n_persons`` (empty: never), ``zero`` (no suspect), ``no_exploitation`` (a
        smuggling row), ``direct`` (no transit country).
    styles : mapping
        Country column -> style -> weight. Styles: ``name``, ``upper``, ``demonym``,
        ``typo``, ``iso3``, ``iso2``, ``alias``, ``local``.
    dates : mapping
        Date style -> weight (see :func:`_date_form`).
    transit_sep : str
        Separator of transit countries; ``"list"`` for a JSON array.
    offence_sep : str
        Separator of related offences; ``"list"`` for a JSON array.
    coords : str or None
        ``"es"`` (decimal comma or degrees and minutes), ``"json"`` (floats) or None.
    thousands : str or None
        Thousands separator written in large counts.
    na_rate : float
        Share of cells written with a "not known" word.
    mojibake_rate : float
        Share of rows pasted from a mis-decoded export.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    na: Mapping[str, tuple[str, ...]]
    styles: Mapping[str, Mapping[str, float]]
    dates: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    coords: str | None
    thousands: str | None
    na_rate: float
    mojibake_rate: float


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
#: Nationality adjectives: language -> ISO3 -> (masculine, feminine).
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "AFG": ("afghan", "afghane"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
    },
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "ALB": ("Albanian", "Albanian"),
        "ERI": ("Eritrean", "Eritrean"),
        "SYR": ("Syrian", "Syrian"),
        "VNM": ("Vietnamese", "Vietnamese"),
    },
    "es": {
        "MAR": ("marroquí", "marroquí"),
        "DZA": ("argelino", "argelina"),
        "MLI": ("maliense", "maliense"),
        "SEN": ("senegalés", "senegalesa"),
        "GMB": ("gambiano", "gambiana"),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
        "VEN": ("venezolano", "venezolana"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
    },
}

#: Source -> ISO3 -> the agency's own names of a country (``local`` style).
_LOCAL: dict[str, dict[str, tuple[str, ...]]] = {
    "chb_umj_boulogne": {"GBR": ("Angleterre", "Angleterre", "UK", "Grande-Bretagne")},
    "helen_bamber_fdn": {"GBR": ("UK", "England"), "VNM": ("Vietnam",)},
    "ccaes_sanidad": {},
    "hospital_yaviza": {"USA": ("EE.UU.", "EEUU", "USA"), "PAN": ("PANAMA",)},
    "phr_case_log": {},
}

_UMJ_SERVICE = {
    "Calais": ("PAF Coquelles", "PAF Calais", "Commissariat de Calais"),
    "Dunkirk/Gravelines": ("Gendarmerie Gravelines", "PAF Dunkerque", "BT Grande-Synthe"),
}
_UTS = {
    "Ceuta": "UTS H.U. de Ceuta",
    "Melilla": "UTS Hospital Comarcal de Melilla",
    "Almería": "UTS H.U. Torrecárdenas (Almería)",
    "Gran Canaria": "UTS H.U. Insular de Gran Canaria",
    "Tenerife": "UTS H.U. Ntra. Sra. de Candelaria",
    "El Hierro": "UTS Hospital Insular Ntra. Sra. de los Reyes",
    "Lanzarote": "UTS H.U. Dr. José Molina Orosa",
    "Huelva": "UTS H.U. Juan Ramón Jiménez (Huelva)",
    "Almería (El Ejido)": "UTS Hospital de Poniente (El Ejido)",
}
_YAVIZA_PLACE = {
    "Darién gap": ("Tapón del Darién", "Selva - Darién"),
    "Bajo Chiquito": ("Bajo Chiquito",),
    "Lajas Blancas": ("ETRM Lajas Blancas", "Lajas Blancas"),
}
_HBF_ROUTE = (
    "NRM - police",
    "NRM - Home Office",
    "GP referral",
    "Solicitor",
    "Local authority",
    "Self-referral",
)
_PHR_BY = ("PHR Asylum Network clinician", "partner clinic", "PHR field investigator")

UMJ = Agency(
    source="chb_umj_boulogne",
    filename="chb_umj_boulogne_lp.csv",
    ref="UMJ-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° réquisition",
        "event_date": "Date/heure prise en charge",
        "_service": "Service requérant",
        "crime_type": "Infraction visée",
        "exploitation": "Exploitation suspectée",
        "n_persons": "Nb personnes examinées",
        "n_suspects": "Passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de prise en charge",
        "transport_mode": "Mode d'arrivée",
    },
    note="Données provisoires – extraction logiciel UMJ, ne pas diffuser",
    total="TOTAL",
    bad_count=("#VALEUR!", "plusieurs", "cf. rapport"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution contrainte"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {"female": ("F", "Femme"), "male": ("M", "Homme"), "mixed": ("mixte",)},
        "gender_group": {
            "female": ("femmes", "F"),
            "male": ("hommes", "M"),
            "mixed": ("groupe mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur", "MNA", "mineurs"),
            "adult": ("majeur", "majeurs", "adulte"),
            "mixed": ("majeurs et mineurs", "familles avec enfants"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation pneumatique", "bateau"),
            "land": ("camion", "poids lourd", "véhicule"),
            "air": ("avion",),
        },
    },
    na={
        "exploitation": ("non évaluée", "à préciser"),
        "gender": ("non précisé",),
        "age_group": ("âge contesté", "détermination d'âge en cours"),
        "transport_mode": ("non précisé",),
        "nationality": ("non déclarée", "inconnue"),
        "n_suspects": ("NC",),
        "n_persons": (),
        "zero": ("aucun", "0 (aucun)"),
        "no_exploitation": (),
        "direct": (),
    },
    styles={
        "nationality": {"demonym": 0.6, "name": 0.3, "upper": 0.05, "typo": 0.05},
        "origin_country": {"name": 0.9, "upper": 0.05, "typo": 0.05},
        "destination_country": {"name": 0.35, "local": 0.65},
        "detection_country": {"name": 0.9, "iso2": 0.1},
        "transit_countries": {"name": 0.95, "typo": 0.05},
    },
    dates={"dmy_hm": 0.7, "dmy": 0.3},
    transit_sep=" - ",
    offence_sep="",
    coords=None,
    thousands="\u00a0",
    na_rate=0.03,
    mojibake_rate=0.0,
)

HBF = Agency(
    source="helen_bamber_fdn",
    filename="helen_bamber_fdn_lp.xlsx",
    ref="HBF{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Client ref",
        "event_date": "Date identified",
        "_route": "Referral route",
        "crime_type": "Presenting issue",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "n_suspects": "Perpetrators known",
        "gender": "Gender",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Journey (countries in order)",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transport_mode": "Mode of entry",
        "linked_offences": "Related offences",
    },
    note="Data provisional - not for onward sharing without client consent",
    total="Total",
    bad_count=("several", "see notes", "#VALUE!"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("Smuggled", "People smuggling"),
            "trafficking": ("Modern slavery", "Human trafficking"),
            "both": ("Smuggled + trafficked", "Trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Domestic servitude", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Cannabis cultivation"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"female": ("Female", "F", "Woman"), "male": ("Male", "M", "Man")},
        "gender_group": {
            "female": ("Female", "Women"),
            "male": ("Male", "Men"),
            "mixed": ("Mixed", "Mixed group"),
        },
        "age_group": {
            "child": ("Under 18", "Child", "U18"),
            "adult": ("18+", "Adult"),
            "mixed": ("Adults and children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs (cannabis)", "Drug supply"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    na={
        "exploitation": ("Not yet disclosed", "Unclear"),
        "gender": ("Not recorded",),
        "age_group": ("Age disputed", "Not known"),
        "transport_mode": ("Not known",),
        "nationality": ("Not disclosed", "Unknown"),
        "n_suspects": ("Unknown", "Not known"),
        "n_persons": (),
        "zero": ("None identified", "None"),
        "no_exploitation": ("N/A",),
        "direct": (),
    },
    styles={
        "nationality": {"demonym": 0.5, "name": 0.4, "local": 0.05, "typo": 0.05},
        "origin_country": {"name": 0.9, "local": 0.05, "typo": 0.05},
        "destination_country": {"local": 0.7, "name": 0.3},
        "detection_country": {"local": 0.75, "name": 0.25},
        "transit_countries": {"name": 0.95, "typo": 0.05},
    },
    dates={"xl": 0.8, "long_en": 0.1, "dmy": 0.1},
    transit_sep=" > ",
    offence_sep="; ",
    coords=None,
    thousands=None,
    na_rate=0.03,
    mojibake_rate=0.0,
)

CCAES = Agency(
    source="ccaes_sanidad",
    filename="ccaes_sanidad_lp.csv",
    ref="{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº notificación",
        "event_date": "Fecha de atención",
        "_unit": "Unidad notificante",
        "crime_type": "Sospecha",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas atendidas",
        "n_suspects": "Nº presuntos tratantes/patrones",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Vía de llegada",
        "lat": "Latitud (lugar de detección)",
        "lon": "Longitud (lugar de detección)",
    },
    note="Datos provisionales. Fuente: Unidades de Trabajo Social hospitalarias",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "varios", "ver informe"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
            ),
            "trafficking": ("Trata de seres humanos", "Posible víctima de trata", "TSH"),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados", "Servidumbre doméstica"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otros fines",),
        },
        "gender": {"female": ("Mujer",), "male": ("Varón", "Hombre")},
        "gender_group": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Varones", "Hombres"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menor", "Menor extranjero no acompañado"),
            "adult": ("Adulto", "Mayor de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Marítima", "Neumática"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aérea", "Avión"),
        },
    },
    na={
        "exploitation": ("No consta", "Sin determinar"),
        "gender": ("No consta",),
        "age_group": ("Pendiente de determinación de edad", "No consta"),
        "transport_mode": ("No consta",),
        "nationality": ("No consta", "Indocumentado"),
        "n_suspects": ("no consta",),
        "n_persons": (),
        "zero": ("ninguno", "0 (ninguno)"),
        "no_exploitation": ("No procede",),
        "direct": ("Directa",),
    },
    styles={
        "nationality": {"name": 0.7, "upper": 0.15, "demonym": 0.1, "typo": 0.05},
        "origin_country": {"name": 0.8, "upper": 0.15, "typo": 0.05},
        "destination_country": {"name": 0.8, "upper": 0.2},
        "detection_country": {"name": 0.85, "upper": 0.15},
        "transit_countries": {"name": 0.9, "upper": 0.1},
    },
    dates={"dmy": 0.8, "es_mon": 0.2},
    transit_sep=", ",
    offence_sep="",
    coords="es",
    thousands=".",
    na_rate=0.03,
    mojibake_rate=0.0,
)

YAVIZA = Agency(
    source="hospital_yaviza",
    filename="hospital_yaviza_lp.csv",
    ref="TS-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha de atención",
        "_place": "Comunidad / punto de recepción",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Guías/coyotes identificados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países)",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transport_mode": "Medio de desplazamiento",
    },
    note="Pendiente de validación por Trabajo Social",
    total="TOTAL",
    bad_count=("varios", "#¡VALOR!", "grupo"),
    repeats=True,
    words={
        "crime_type": {
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "trafficking": ("Trata de personas", "Posible trata de personas"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otra",),
        },
        "gender": {"female": ("Femenino", "F"), "male": ("Masculino", "M")},
        "gender_group": {
            "female": ("Femenino",),
            "male": ("Masculino",),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("NNA", "Menor de edad"),
            "adult": ("Adulto", "Adultos"),
            "mixed": ("Adultos y NNA", "Familia con NNA"),
        },
        "transport_mode": {
            "land": ("A pie", "Caminando (selva)", "Terrestre"),
            "sea": ("Marítimo",),
            "air": ("Aéreo",),
        },
    },
    na={
        "exploitation": ("N/D",),
        "gender": ("N/D",),
        "age_group": ("N/D",),
        "transport_mode": ("N/D",),
        "nationality": ("S/D", "N/D"),
        "n_suspects": ("s/d",),
        "n_persons": ("s/d",),
        "zero": ("ninguno", "0"),
        "no_exploitation": (),
        "direct": (),
    },
    styles={
        "nationality": {"demonym": 0.5, "name": 0.45, "typo": 0.05},
        "origin_country": {"name": 0.9, "upper": 0.05, "typo": 0.05},
        "destination_country": {"local": 0.6, "name": 0.4},
        "detection_country": {"name": 0.8, "local": 0.2},
        "transit_countries": {"name": 1.0},
    },
    dates={"dmy": 0.75, "serial": 0.15, "dmy2": 0.1},
    transit_sep="-",
    offence_sep="",
    coords=None,
    thousands=",",
    na_rate=0.03,
    mojibake_rate=0.12,
)

PHR = Agency(
    source="phr_case_log",
    filename="phr_case_log_lp.jsonl",
    ref="PHR-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "violation_type",
        "exploitation": "exploitation_form",
        "n_persons": "persons_affected",
        "n_suspects": "perpetrators_count",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "incident_country",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "associated_offences",
        "_by": "documented_by",
    },
    note=None,
    total="TOTAL",
    bad_count=("many", "see narrative", "dozens"),
    repeats=False,
    words={
        "crime_type": {
            "smuggling": ("migrant smuggling", "smuggling"),
            "trafficking": ("human trafficking", "trafficking"),
            "both": ("smuggling and trafficking", "trafficking/smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation", "sex trafficking"),
            "forced_labour": ("labor trafficking", "forced labor"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female", "F"), "male": ("male", "M")},
        "gender_group": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {
            "child": ("minor", "child", "unaccompanied minor"),
            "adult": ("adult",),
            "mixed": ("adults and minors", "mixed"),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "on foot", "vehicle"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "forged documents"),
            "corruption": ("corruption", "bribery of officials"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na={
        "exploitation": ("undetermined",),
        "gender": ("unknown",),
        "age_group": ("not assessed",),
        "transport_mode": ("not reported",),
        "nationality": ("unknown",),
        "n_suspects": ("unknown",),
        "n_persons": ("unknown", "not reported"),
        "zero": ("none",),
        "no_exploitation": (),
        "direct": (),
    },
    styles={
        "nationality": {"iso3": 0.6, "name": 0.4},
        "origin_country": {"iso3": 0.6, "name": 0.4},
        "destination_country": {"iso3": 0.5, "name": 0.4, "alias": 0.1},
        "detection_country": {"iso2": 0.5, "name": 0.5},
        "transit_countries": {"iso3": 0.7, "name": 0.3},
    },
    dates={"iso": 0.72, "month": 0.12, "month_en": 0.04, "quarter": 0.12},
    transit_sep="list",
    offence_sep="list",
    coords="json",
    thousands=None,
    na_rate=0.03,
    mojibake_rate=0.0,
)

#: The five sources, in the order :func:`make_blind326` returns their submissions.
SOURCES: tuple[Agency, ...] = (UMJ, HBF, CCAES, YAVIZA, PHR)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Draw the usual word (first) most of the time, another one otherwise."""
    if len(options) == 1 or rng.random() < 0.6:
        return options[0]
    return choice(rng, options)


def _case(text: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Change case or spacing of a few cells (the meaning stays); tag ``case:<col>``."""
    if rng.random() >= _CASE_RATE:
        return text
    kind = int(rng.integers(4))
    out = (
        text.upper()
        if kind == 0
        else text.lower()
        if kind == 1
        else f" {text}  "
        if kind == 2
        else f"{text} "
    )
    if out != text:
        tags.append("case:" + col)
    return out


def _typo(text: str) -> str | None:
    """Two letters in the middle of a name of six letters or more swapped, else None."""
    if len(text) < 6:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _s(ev: Mapping[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _country(
    src: Agency, iso: str, col: str, ev: Mapping[str, object], rng: _Rng, style: str
) -> tuple[str, str | None]:
    """Write one ISO3 country the agency's way; return (cell, tag or None)."""
    name = str(COUNTRIES[iso][_LANG_COL[src.language]])
    if style == "name":
        return name, None
    if style == "upper":
        return name.upper(), "upper:" + col
    if style == "iso3":
        return iso, "iso3:" + col
    if style == "iso2":
        return str(COUNTRIES[iso][0]), "iso2:" + col
    if style == "alias":
        aliases = COUNTRIES[iso][4]
        return (str(aliases[0]), "alias:" + col) if aliases else (name, None)
    if style == "typo":
        typo = _typo(name)
        return (typo, "typo:" + col) if typo else (name, None)
    if style == "demonym":
        forms = _DEMONYMS[src.language].get(iso)
        if forms is None:
            return name, None
        if src.language == "fr":  # "nationalité afghane": the form's noun is feminine
            return (forms[1] if rng.random() < 0.7 else forms[0]), "demonym:" + col
        return (forms[1] if ev.get("gender") == "female" else forms[0]), "demonym:" + col
    # "local": the agency's own name of the country
    if src.source == "helen_bamber_fdn" and col == "detection_country" and iso == "GBR":
        scotland = ev.get("hotspot") == "Glasgow"
        return ("Scotland" if scotland else choice(rng, ("England", "UK"))), "local:" + col
    local = _LOCAL[src.source].get(iso)
    return (choice(rng, local), "local:" + col) if local else (name, None)


def _date_form(src: Agency, ts: pd.Timestamp, key: str, rng: _Rng) -> object:
    """Write a date in one of the agency's styles."""
    m = ts.month - 1
    if key == "dmy_hm":
        return f"{ts:%d/%m/%Y} {int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"
    if key == "dmy":
        return ts.strftime("%d/%m/%Y")
    if key == "dmy2":
        return ts.strftime("%d/%m/%y")
    if key == "xl":
        return ts.to_pydatetime()
    if key == "long_en":
        return f"{ts.day} {MONTHS[m]} {ts.year}"
    if key == "es_mon":
        return f"{ts.day:02d}-{_ES_MON[m]}-{ts.year}"
    if key == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if key == "month":
        return ts.strftime("%Y-%m")
    if key == "month_en":
        return f"{MONTHS[m]} {ts.year}"
    if key == "quarter":
        return f"Q{ts.quarter} {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _main_day_style(src: Agency) -> str:
    return next(k for k in src.dates if k not in _PARTIAL and k != "serial")


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be kept: blank, impossible, or a year typed wrong."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        impossible = {
            "chb_umj_boulogne": f"30/02/{ts.year} 00:00",
            "helen_bamber_fdn": f"31/02/{ts.year}",
            "ccaes_sanidad": f"31/04/{ts.year}",
            "hospital_yaviza": f"00/{ts.month:02d}/{ts.year}",
            "phr_case_log": f"{ts.year}-02-30",
        }
        return impossible[src.source]
    # future_date: the year typed with two digits swapped (2022 -> 2202)
    digits = str(ts.year)
    year = int(digits[0] + digits[2] + digits[1] + digits[3])
    future = pd.Timestamp(year=year, month=ts.month, day=min(ts.day, 28))
    return _date_form(src, future, _main_day_style(src), rng)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the export written on the note row, in the agency's usual style."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _dm(value: float, pos: str, neg: str) -> str:
    """Degrees and decimal minutes with a decimal comma: ``28º 06,1' N``."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    return f"{deg}º {rest // 10:02d},{rest % 10}' {hemi}"


def _extra(src: Agency, ev: Mapping[str, object], rng: _Rng) -> dict[str, object]:
    """Fill the agency's columns outside the record frame (who asked, where, who wrote)."""
    hotspot = str(ev.get("hotspot") or "")
    if src.source == "chb_umj_boulogne":
        return {"_service": choice(rng, _UMJ_SERVICE.get(hotspot, ("PAF Calais",)))}
    if src.source == "helen_bamber_fdn":
        return {"_route": choice(rng, _HBF_ROUTE)}
    if src.source == "ccaes_sanidad":
        return {"_unit": _UTS.get(hotspot, "UTS")}
    if src.source == "hospital_yaviza":
        return {"_place": choice(rng, _YAVIZA_PLACE.get(hotspot, ("Yaviza",)))}
    return {"_by": choice(rng, _PHR_BY)}


def _transport_words(src: Agency, ev: Mapping[str, object], mode: str) -> tuple[str, ...]:
    """Return the words of a transport mode; the Spanish units name the boat or fence."""
    words = src.words["transport_mode"][mode]
    if src.source != "ccaes_sanidad":
        return words
    corridor, hotspot = ev.get("corridor"), ev.get("hotspot")
    if mode == "sea" and corridor == "watl":
        return ("Cayuco", "Neumática", "Marítima")
    if mode == "sea" and corridor == "wmed":
        return ("Patera", "Neumática", "Marítima")
    if mode == "land" and hotspot in ("Ceuta", "Melilla"):
        return ("Salto de valla", "Terrestre")
    if mode == "land" and corridor == "thb_rou_esp":
        return ("Terrestre (autobús)", "Terrestre")
    return words


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
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
    na, words = src.na, src.words
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    group = n_persons > 1

    # date
    key = _draw(rng, src.dates)
    if key in _PARTIAL and not partial_ok:
        key = _main_day_style(src)
    cells["event_date"] = _date_form(src, ts, key, rng)
    precision = _PARTIAL.get(key, "day")
    exp["date_precision"] = precision
    exp["event_date"] = (
        ts.to_period("M").start_time
        if precision == "month"
        else ts.to_period("Q").start_time
        if precision == "quarter"
        else ts.normalize()
    )
    if precision != "day":
        tags.append("partial_date")
    elif key == "serial":
        tags.append("excel_serial")
    elif key in ("long_en", "es_mon", "dmy2"):
        tags.append("text_date:" + key)
    elif key == "dmy_hm":
        tags.append("date_with_time")

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(_word(rng, words["crime_type"][crime]), rng, tags, "crime_type")
    exp["crime_type"] = crime
    expl = _s(ev, "exploitation")
    if expl is None:
        no_expl = na["no_exploitation"]
        cells["exploitation"] = choice(rng, no_expl) if no_expl and rng.random() < 0.5 else None
        exp["exploitation"] = None
    elif rng.random() < src.na_rate:
        cells["exploitation"] = choice(rng, na["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _case(
            _word(rng, words["exploitation"][expl]), rng, tags, "exploitation"
        )
        exp["exploitation"] = expl

    # persons
    placeholders = na["n_persons"]
    if placeholders and partial_ok and rng.random() < 0.025:
        cells["n_persons"] = choice(rng, placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n_persons >= 1000 and src.thousands and rng.random() < 0.7:
        cells["n_persons"] = f"{n_persons:,}".replace(",", src.thousands)
        exp["n_persons"] = n_persons
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = str(n_persons) if src.format == "csv" else n_persons
        exp["n_persons"] = n_persons

    # suspects
    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < src.na_rate:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, na["n_suspects"]), None
        tags.append("suspects_placeholder")
    elif n_suspects == 0 and rng.random() < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, na["zero"]), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(n_suspects) if src.format == "csv" else n_suspects
        exp["n_suspects"] = n_suspects

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < src.na_rate / 2:
        blank = forced_blank == "gender"
        cells["gender"] = None if blank else choice(rng, na["gender"])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        table = words["gender_group"] if group else words["gender"]
        cells["gender"] = _case(_word(rng, table[gender]), rng, tags, "gender")
        exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < src.na_rate:
            cells[col] = choice(rng, na[col])
            exp[col] = "unknown"
            tags.append("na_word:" + col)
        else:
            options = (
                _transport_words(src, ev, value) if col == "transport_mode" else words[col][value]
            )
            cells[col] = _case(_word(rng, options), rng, tags, col)
            exp[col] = value

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = _s(ev, col)
        if iso is None or forced_blank == col:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append("blank_" + col)
            continue
        if col == "nationality" and rng.random() < src.na_rate:
            cells[col], exp[col] = choice(rng, na["nationality"]), None
            tags.append("blank_nationality")
            continue
        text, tag = _country(src, iso, col, ev, rng, _draw(rng, src.styles[col]))
        if tag is not None:
            tags.append(tag)
        cells[col] = text if tag and tag.startswith("iso") else _case(text, rng, tags, col)
        exp[col] = iso
    transit = _s(ev, "transit_countries")
    exp["transit_countries"] = transit
    if transit is None:
        direct = na["direct"]
        cells["transit_countries"] = choice(rng, direct) if direct and rng.random() < 0.3 else None
    else:
        style = _draw(rng, src.styles["transit_countries"])
        isos = transit.split("|")
        slip = int(rng.integers(len(isos)))  # a typo hits one name of the list, not all
        parts = []
        for k, iso in enumerate(isos):
            each = "name" if style == "typo" and k != slip else style
            text, tag = _country(src, iso, "transit_countries", ev, rng, each)
            parts.append(text)
            if tag is not None and tag not in tags:
                tags.append(tag)
        joined: object = parts if src.transit_sep == "list" else src.transit_sep.join(parts)
        cells["transit_countries"] = joined

    # coordinates
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = None, None
    if src.coords is None:
        tags.append("coords_missing")
        if forced_blank == "coordinates":
            tags.append("blank_coordinates")
    elif forced_blank == "coordinates":
        cells["lat"], cells["lon"] = None, None
        tags.append("blank_coordinates")
    elif rng.random() < 0.07:
        cells["lat"], cells["lon"] = None, None
        tags.append("coords_missing")
    else:
        exp["lat"], exp["lon"] = lat, lon
        if src.coords == "json":
            cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
        elif rng.random() < 0.25:
            cells["lat"], cells["lon"] = _dm(lat, "N", "S"), _dm(lon, "E", "W")
            tags.append("dm_coords")
        else:
            cells["lat"] = f"{lat:.5f}".replace(".", ",")
            cells["lon"] = f"{lon:.5f}".replace(".", ",")

    # related offences
    offences = _s(ev, "linked_offences")
    if "linked_offences" in has:
        exp["linked_offences"] = offences
        if offences is None:
            empty: object = [] if src.offence_sep == "list" and rng.random() < 0.5 else None
            cells["linked_offences"] = empty
        else:
            table = words["linked_offences"]
            named = [_word(rng, table[o]) for o in offences.split("|")]
            sep = src.offence_sep
            cells["linked_offences"] = named if sep == "list" else sep.join(named)
    else:
        exp["linked_offences"] = None

    cells.update(_extra(src, ev, rng))
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        changed = False
        for name, cell in cells.items():
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None:
                cells[name], changed = garbled, True
        if changed:
            tags.append("mojibake")
    return cells, exp, tags


#: The examiner's variant: sources, routing and writers.
BLIND326: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": UMJ.source,
        "GBR": HBF.source,
        "ESP": CCAES.source,
        "PAN": YAVIZA.source,
    },
    compilation=PHR.source,
    secondary={
        ("channel", "FRA"): HBF.source,
        ("darien", "PAN"): PHR.source,
        ("watl", "ESP"): PHR.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=326,
    blank_share=0.3,
)


def make_blind326(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind326`` set: five health-side sources.

    The UMJ of Boulogne-sur-Mer reports the events detected in France, the Helen Bamber
    Foundation those in the United Kingdom, Spain's CCAES (from hospital social-work
    units) those in Spain and the Hospital de Yaviza those in Panama; Physicians for Human
    Rights compiles every other event (US–Mexico, Mediterranean, Balkans, Poland) and
    reports again some Darién and Canary Islands events, as the Helen Bamber Foundation
    does for some Channel events detected in France.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``chb_umj_boulogne_lp.csv``, ``helen_bamber_fdn_lp.xlsx``,
        ``ccaes_sanidad_lp.csv``, ``hospital_yaviza_lp.csv`` and
        ``phr_case_log_lp.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind326(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['chb_umj_boulogne_lp.csv', 'helen_bamber_fdn_lp.xlsx', 'ccaes_sanidad_lp.csv',
     'hospital_yaviza_lp.csv', 'phr_case_log_lp.jsonl']
    >>> subs[0].encoding, subs[0].delimiter, subs[2].encoding
    ('cp1252', ';', 'utf-16')
    >>> subs[0].frame.columns[:3].tolist()
    ['N° réquisition', 'Date/heure prise en charge', 'Service requérant']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND326, truth, seed=seed)
