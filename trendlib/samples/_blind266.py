"""Examiner sample set ``blind266`` (files ``*_jh.*``): education child-protection leads.

Five sources the cleaner has never seen, most of them the child-protection side of
education authorities, who flag pupils found trafficked or smuggled, and one
international network that compiles what no primary source reports:

``kcc_education_safeguarding_jh.csv``
    Kent County Council, Education Safeguarding Service (England): a CPOMS incident-log
    export, English, UTF-8 with BOM, ``,``; UK day-first dates with the time of the
    log entry, demonyms for nationality ("Afghan", "Iraqi Kurdish"), UK safeguarding
    words ("CCE", "CSE", "UASC", "Age disputed"), journeys joined by ``>``.
``ac_lille_ssfe_jh.csv``
    Académie de Lille, service social en faveur des élèves (DSDEN du Pas-de-Calais):
    French, cp1252, ``;``; ``jj/mm/aaaa`` dates with month names and ``T1 2023``
    quarters when the day is not known, feminine demonyms ("afghane"), "MNA", counts
    with their noun ("41 personnes"), decimal-comma coordinates and some UTF-8 text
    pasted in and garbled (``Ã‰rythrÃ©e``).
``meduca_darien_jh.csv``
    Ministerio de Educación de Panamá (MEDUCA), Dirección Regional de Educación de
    Darién: Excel "Texto Unicode" export, UTF-16 with tabs; Spanish, ``d/m/aaaa``
    dates without zero padding, "NNA" for children, "M"/"F" for masculino/femenino,
    thousands with a comma, GPS points in degrees-minutes-seconds with ``O`` (oeste).
``sec_sonora_convivencia_jh.xlsx``
    Secretaría de Educación y Cultura de Sonora, Unidad de Protección y Convivencia
    Escolar (Mexico): Excel workbook, Spanish, many cells in capitals without accents;
    real Excel dates, serials and typed dates; Mexican legal wording ("tráfico de
    indocumentados", "ORPI", "contra la salud"); "H"/"M" for hombre/mujer; now and
    then a west longitude typed without its minus sign.
``missing_children_europe_jh.jsonl``
    Missing Children Europe (Brussels), the compilation of its member hotlines: JSON
    lines with platform codes, ISO alpha-3 (sometimes numeric) countries, EU country
    codes for the reporting country ("EL", "UK"), arrays for the transit route and
    the linked offences, ISO dates, ``2023-05`` and ``2023-Q2`` partial dates.

Each written cell is what a careful analyst would read: an ambiguous nationality
("Kurdish") or a "not known" word expects nothing, an age "disputed" or a mode "not
known" expects ``unknown``, a month or quarter expects its first day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "Wording", "make_blind266"]

_Rng = np.random.Generator
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
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
_PLAIN = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUNaeiouun")


@dataclass(frozen=True)
class Wording:
    """How one agency words its values.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (first = the usual one).
    unknown : mapping
        Column -> the agency's words for "not known" (or "not applicable").
    names : mapping
        ISO alpha-3 -> the agency's usual name of the country (overrides the table).
    aliases : mapping
        ISO alpha-3 -> other names the agency uses.
    demonyms : mapping
        ISO alpha-3 -> nationality adjectives the agency writes.
    typos : mapping
        ISO alpha-3 -> a misspelling seen in the agency's files.
    ambiguous : mapping
        ISO alpha-3 -> a nationality word that does not name one country ("Kurdish").
    transit_seps : tuple of str
        Separators of the transit list, in the order of preference.
    rates : mapping
        Name of a habit -> share of the cells that show it.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: Mapping[str, tuple[str, ...]]
    names: Mapping[str, str] = field(default_factory=dict)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    typos: Mapping[str, str] = field(default_factory=dict)
    ambiguous: Mapping[str, str] = field(default_factory=dict)
    transit_seps: tuple[str, ...] = (", ",)
    rates: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """An :class:`ExaminerSource` with its agency's wording.

    Attributes
    ----------
    wording : Wording
        Words, country names and habit rates of the agency.
    """

    wording: Wording


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_KCC = Agency(
    source="kcc_education_safeguarding_jh",
    filename="kcc_education_safeguarding_jh.csv",
    ref="ESS/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "CPOMS Ref",
        "event_date": "Date/Time of Incident",
        "crime_type": "Concern Type",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Persons Involved",
        "n_suspects": "No. of Alleged Perpetrators",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Identified",
        "transit_countries": "Journey Route",
        "transport_mode": "Means of Travel",
        "linked_offences": "Linked Concerns",
    },
    note="Report generated from CPOMS - provisional figures, not for onward disclosure",
    total="Total",
    bad_count=("several", "a group"),
    repeats=True,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("Child trafficking", "Modern slavery / trafficking", "Trafficked"),
                "smuggling": ("People smuggling", "Smuggled", "Smuggled into UK"),
                "both": ("Trafficked and smuggled", "Smuggling & trafficking"),
            },
            "exploitation": {
                "sexual": ("CSE", "Child sexual exploitation", "Sexual exploitation"),
                "forced_labour": ("Labour exploitation", "Forced labour"),
                "forced_criminality": ("CCE", "Criminal exploitation (cannabis cultivation)"),
                "organ_removal": ("Organ harvesting",),
                "forced_marriage": ("Forced marriage",),
                "other": ("Other",),
                "": ("N/A", "", "n/a"),
            },
            "gender": {
                "male": ("Male", "M"),
                "female": ("Female", "F"),
                "mixed": ("Mixed", "Male & female"),
            },
            "gender_child": {
                "male": ("Male", "Boys", "M"),
                "female": ("Female", "Girls", "F"),
                "mixed": ("Mixed", "Boys and girls"),
            },
            "age_group": {
                "child": ("Under 18", "U18", "UASC (under 18)"),
                "adult": ("18+", "Adult"),
                "mixed": ("Mixed (adults & CYP)", "Adults and children"),
            },
            "transport_mode": {
                "sea": ("Small boat", "Boat", "Sea"),
                "land": ("Lorry", "HGV", "Road"),
                "air": ("Flight", "Air"),
            },
            "linked_offences": {
                "document_fraud": ("False documents", "Fake ID"),
                "corruption": ("Bribery",),
                "money_laundering": ("Money laundering",),
                "illicit_goods": ("Cannabis cultivation", "Drugs"),
                "cybercrime": ("Online exploitation",),
                "terrorism": ("Terrorism",),
            },
            "n_suspects": {"0": ("None", "none", "Nil")},
        },
        unknown={
            "n_persons": ("Not known", "TBC"),
            "n_suspects": ("Not known", "Unknown"),
            "gender": ("Not recorded", "Unknown"),
            "age_group": ("Age disputed", "Age assessment pending"),
            "transport_mode": ("Not known",),
            "nationality": ("Not known",),
        },
        names={"VNM": "Vietnam", "TUR": "Turkey", "CIV": "Ivory Coast", "USA": "USA"},
        aliases={"GBR": ("UK", "England", "Great Britain"), "VNM": ("Viet Nam",)},
        demonyms={
            "AFG": ("Afghan",),
            "IRN": ("Iranian",),
            "IRQ": ("Iraqi", "Iraqi Kurdish"),
            "ALB": ("Albanian",),
            "ERI": ("Eritrean",),
            "SYR": ("Syrian",),
            "VNM": ("Vietnamese",),
        },
        typos={
            "AFG": "Afghanstan",
            "ERI": "Erithrea",
            "VNM": "Veitnam",
            "ALB": "Albainia",
            "IRN": "Irann",
            "DEU": "Gemany",
            "GBR": "Untied Kingdom",
            "POL": "Polland",
            "RUS": "Russsia",
        },
        ambiguous={"IRQ": "Kurdish", "IRN": "Kurdish", "SYR": "Kurdish"},
        transit_seps=(" > ", " - "),
        rates={
            "demonym": 0.75,
            "alias": 0.3,
            "typo": 0.03,
            "case": 0.04,
            "ambiguous": 0.12,
            "count_placeholder": 0.015,
            "suspects_placeholder": 0.05,
            "zero_word": 0.5,
            "gender_unknown": 0.02,
            "age_na": 0.04,
            "transport_na": 0.02,
            "nationality_unknown": 0.01,
        },
    ),
)

_LILLE = Agency(
    source="ac_lille_ssfe_jh",
    filename="ac_lille_ssfe_jh.csv",
    ref="SSFE-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb d'auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination envisagée",
        "detection_country": "Pays de repérage",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="Extraction provisoire - données non consolidées (DSDEN 62)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe"),
    repeats=False,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
                "smuggling": (
                    "Trafic de migrants",
                    "Passage (passeurs)",
                    "Aide à l'entrée irrégulière",
                ),
                "both": ("Traite et trafic de migrants", "TEH + passeurs"),
            },
            "exploitation": {
                "sexual": ("Exploitation sexuelle", "Prostitution de mineur"),
                "forced_labour": ("Travail forcé", "Exploitation par le travail"),
                "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
                "organ_removal": ("Prélèvement d'organes",),
                "forced_marriage": ("Mariage forcé",),
                "other": ("Autre",),
                "": ("", "Sans objet", "SO"),
            },
            "gender": {
                "male": ("Masculin", "M"),
                "female": ("Féminin", "F"),
                "mixed": ("Mixte", "Hommes et femmes"),
            },
            "gender_child": {
                "male": ("Garçon(s)", "Masculin"),
                "female": ("Fille(s)", "Féminin"),
                "mixed": ("Filles et garçons", "Mixte"),
            },
            "age_group": {
                "child": ("Mineur(s)", "MNA", "Mineur non accompagné"),
                "adult": ("Majeur(s)", "Adultes"),
                "mixed": ("Majeurs et mineurs", "Mixte"),
            },
            "transport_mode": {
                "sea": ("Maritime", "Small boat", "Embarcation"),
                "land": ("Routier", "Camion (PL)", "À pied"),
                "air": ("Aérien", "Avion"),
            },
            "n_suspects": {"0": ("aucun", "Aucun")},
        },
        unknown={
            "n_persons": ("inconnu", "NC", "non renseigné"),
            "n_suspects": ("inconnu", "NC"),
            "gender": ("Non renseigné",),
            "age_group": ("Âge en cours d'évaluation", "Minorité contestée"),
            "transport_mode": ("Non renseigné", "?"),
            "nationality": ("Non renseignée", "Inconnue"),
        },
        names={"VNM": "Vietnam", "CIV": "Côte d'Ivoire"},
        aliases={
            "GBR": ("Angleterre", "Royaume Uni", "RU"),
            "VNM": ("Viêt Nam",),
            "DEU": ("Allemagne (RFA)",),
        },
        demonyms={
            "AFG": ("afghane",),
            "IRN": ("iranienne",),
            "IRQ": ("irakienne",),
            "ALB": ("albanaise",),
            "ERI": ("érythréenne",),
            "SYR": ("syrienne",),
            "VNM": ("vietnamienne",),
        },
        typos={
            "AFG": "Afganistan",
            "IRQ": "Irack",
            "ALB": "Albannie",
            "ERI": "Erithrée",
            "GBR": "Royaune-Uni",
            "DEU": "Allemange",
            "IRN": "Irann",
        },
        ambiguous={"IRQ": "kurde", "IRN": "kurde", "SYR": "kurde"},
        transit_seps=(" / ", ", "),
        rates={
            "demonym": 0.5,
            "alias": 0.25,
            "typo": 0.03,
            "case": 0.06,
            "mojibake": 0.15,
            "ambiguous": 0.1,
            "count_placeholder": 0.015,
            "count_words": 0.1,
            "suspects_placeholder": 0.06,
            "zero_word": 0.4,
            "gender_unknown": 0.03,
            "age_na": 0.04,
            "transport_na": 0.03,
            "nationality_unknown": 0.015,
            "coords_missing": 0.35,
        },
    ),
)

_MEDUCA = Agency(
    source="meduca_darien_jh",
    filename="meduca_darien_jh.csv",
    ref="DRED-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N° de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de caso",
        "exploitation": "Fin de explotación",
        "n_persons": "Total de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas GPS",
    },
    note="Nota: cifras preliminares, sujetas a revisión por la Dirección Regional",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=True,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("Trata de personas", "Trata"),
                "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
                "both": ("Trata y tráfico de migrantes", "Trata / tráfico"),
            },
            "exploitation": {
                "sexual": ("Explotación sexual", "Explotación sexual comercial"),
                "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
                "forced_criminality": ("Actividades delictivas forzadas",),
                "organ_removal": ("Extracción de órganos",),
                "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
                "other": ("Otra",),
                "": ("", "No aplica", "N/A"),
            },
            "gender": {
                "male": ("Masculino", "M", "Hombres"),
                "female": ("Femenino", "F", "Mujeres"),
                "mixed": ("Mixto", "Ambos sexos"),
            },
            "age_group": {
                "child": ("NNA", "Menores de edad"),
                "adult": ("Adultos", "Mayores de edad"),
                "mixed": ("Adultos y NNA", "Grupo familiar"),
            },
            "transport_mode": {
                "land": ("Terrestre", "A pie (selva)", "Caminando"),
                "sea": ("Marítimo", "Lancha"),
                "air": ("Aéreo",),
            },
            "n_suspects": {"0": ("ninguno", "Ninguno")},
        },
        unknown={
            "n_persons": ("sin dato", "N/D"),
            "n_suspects": ("sin dato", "N/D"),
            "gender": ("Sin dato",),
            "age_group": ("Sin dato", "Por determinar"),
            "transport_mode": ("Sin dato",),
            "nationality": ("Sin documento", "Sin dato"),
        },
        names={"USA": "Estados Unidos", "PAN": "Panamá"},
        aliases={
            "USA": ("EE.UU.", "USA"),
            "VEN": ("Rep. Bolivariana de Venezuela",),
            "PAN": ("Panama", "PANAMÁ"),
            "CHN": ("Rep. Popular China",),
        },
        demonyms={
            "VEN": ("venezolana", "Venezolana"),
            "ECU": ("ecuatoriana",),
            "HTI": ("haitiana",),
            "COL": ("colombiana",),
            "CHN": ("china",),
        },
        typos={"VEN": "Venzuela", "ECU": "Equador", "HTI": "Haity", "COL": "Colomba"},
        transit_seps=(" - ", ", "),
        rates={
            "demonym": 0.5,
            "alias": 0.15,
            "iso2": 0.05,
            "typo": 0.03,
            "case": 0.05,
            "count_placeholder": 0.01,
            "suspects_placeholder": 0.08,
            "zero_word": 0.5,
            "gender_unknown": 0.02,
            "age_na": 0.02,
            "transport_na": 0.015,
            "nationality_unknown": 0.02,
            "coords_missing": 0.1,
            "coords_placeholder": 0.03,
        },
    ),
)

_SONORA = Agency(
    source="sec_sonora_convivencia_jh",
    filename="sec_sonora_convivencia_jh.xlsx",
    ref="SEC-UPCE/{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha de detección",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Núm. de personas",
        "n_suspects": "Núm. de probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
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
    note="NOTA: información preliminar, sujeta a validación",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("Trata de personas", "Trata"),
                "smuggling": ("Tráfico de personas", "Tráfico de indocumentados"),
                "both": ("Trata y tráfico de personas",),
            },
            "exploitation": {
                "sexual": ("Explotación sexual", "Prostitución ajena"),
                "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
                "forced_criminality": ("Utilización de menores en actividades delictivas",),
                "organ_removal": ("Tráfico de órganos",),
                "forced_marriage": ("Matrimonio forzoso o servil",),
                "other": ("Otra",),
                "": ("", "NO APLICA"),
            },
            "gender": {
                "male": ("Hombre", "H", "Masculino"),
                "female": ("Mujer", "M", "Femenino"),
                "mixed": ("Mixto", "H y M"),
            },
            "age_group": {
                "child": ("Menor de edad", "NNA"),
                "adult": ("Adulto", "Mayor de edad"),
                "mixed": ("Mixto (adultos y menores)",),
            },
            "transport_mode": {
                "land": ("Terrestre", "A pie", "Tráiler", "Autobús"),
                "sea": ("Marítimo",),
                "air": ("Aéreo",),
            },
            "linked_offences": {
                "document_fraud": ("Uso de documento falso", "Falsificación de documentos"),
                "corruption": ("Cohecho",),
                "money_laundering": ("Operaciones con recursos de procedencia ilícita", "ORPI"),
                "illicit_goods": ("Contra la salud", "Narcomenudeo"),
                "cybercrime": ("Delitos informáticos",),
                "terrorism": ("Terrorismo",),
            },
            "n_suspects": {"0": ("NINGUNO", "Ninguno")},
        },
        unknown={
            "n_persons": ("SE DESCONOCE", "S/D"),
            "n_suspects": ("SE DESCONOCE", "S/D"),
            "gender": ("SE DESCONOCE",),
            "age_group": ("SE DESCONOCE",),
            "transport_mode": ("SE DESCONOCE",),
            "nationality": ("SE DESCONOCE",),
        },
        names={"USA": "Estados Unidos"},
        aliases={"USA": ("EUA", "E.U.A.", "EE. UU."), "MEX": ("Mexico",)},
        demonyms={
            "MEX": ("Mexicana",),
            "GTM": ("Guatemalteca",),
            "HND": ("Hondureña",),
            "VEN": ("Venezolana",),
            "ECU": ("Ecuatoriana",),
        },
        typos={"GTM": "Guatamala", "HND": "Hondruas", "MEX": "Mejico", "VEN": "Venezuel"},
        transit_seps=(", ", " y "),
        rates={
            "demonym": 0.6,
            "alias": 0.3,
            "typo": 0.03,
            "upper": 0.4,
            "count_placeholder": 0.015,
            "suspects_placeholder": 0.06,
            "zero_word": 0.3,
            "gender_unknown": 0.02,
            "age_na": 0.02,
            "transport_na": 0.02,
            "nationality_unknown": 0.015,
            "coords_missing": 0.2,
            "coords_sign_lost": 0.06,
        },
    ),
)

_MCE = Agency(
    source="missing_children_europe_jh",
    filename="missing_children_europe_jh.jsonl",
    ref="MCE-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "exploitation_form",
        "n_persons": "persons_concerned",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "reporting_country",
        "transit_countries": "transit_route",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("many", "several"),
    repeats=False,
    wording=Wording(
        words={
            "crime_type": {
                "trafficking": ("THB",),
                "smuggling": ("SMUGGLING",),
                "both": ("THB_SMUGGLING",),
            },
            "exploitation": {
                "sexual": ("SEXUAL_EXPLOITATION",),
                "forced_labour": ("LABOUR_EXPLOITATION",),
                "forced_criminality": ("FORCED_CRIMINALITY",),
                "organ_removal": ("ORGAN_REMOVAL",),
                "forced_marriage": ("FORCED_MARRIAGE",),
                "other": ("OTHER",),
            },
            "gender": {"male": ("M",), "female": ("F",), "mixed": ("MIXED",)},
            "age_group": {"child": ("MINOR", "UAM"), "adult": ("ADULT",), "mixed": ("MIXED",)},
            "transport_mode": {"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
            "linked_offences": {
                "document_fraud": ("DOC_FRAUD",),
                "corruption": ("CORRUPTION",),
                "money_laundering": ("MONEY_LAUNDERING",),
                "illicit_goods": ("DRUGS",),
                "cybercrime": ("CYBER",),
                "terrorism": ("TERRORISM",),
            },
        },
        unknown={
            "gender": ("UNKNOWN",),
            "age_group": ("AGE_UNDETERMINED",),
            "transport_mode": ("UNKNOWN",),
        },
        rates={
            "name": 0.08,
            "numeric": 0.05,
            "eu_code": 0.6,
            "count_placeholder": 0.01,
            "suspects_placeholder": 0.08,
            "gender_unknown": 0.02,
            "age_na": 0.03,
            "transport_na": 0.01,
            "nationality_unknown": 0.02,
            "coords_missing": 0.15,
        },
    ),
)

#: The set's five sources, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (_KCC, _LILLE, _MEDUCA, _SONORA, _MCE)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(src: Agency, column: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (the usual one 60 % of the time)."""
    forms = src.wording.words[column][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _unknown(src: Agency, column: str, rng: _Rng) -> str:
    return choice(rng, src.wording.unknown[column])


def _rate(src: Agency, habit: str) -> float:
    return src.wording.rates.get(habit, 0.0)


def _base_name(src: Agency, iso: str) -> str:
    if iso in src.wording.names:
        return src.wording.names[iso]
    return str(COUNTRIES[iso][_LANG_COL[src.language]])


def _styled(src: Agency, text: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Capitals, stray spaces or garbled UTF-8, as the agency's clerks leave them."""
    if _rate(src, "upper") and rng.random() < _rate(src, "upper"):
        return text.upper().translate(_PLAIN)  # Mexican forms: capitals, no accents
    garbled = mojibake(text) if _rate(src, "mojibake") else None
    if garbled is not None and rng.random() < _rate(src, "mojibake") and fits(garbled, src):
        tags.append(f"mojibake:{col}")
        return garbled
    if rng.random() < _rate(src, "case"):
        tags.append(f"case:{col}")
        kind = int(rng.integers(3))
        return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    return text


def _country(src: Agency, iso: str, col: str, rng: _Rng, tags: list[str]) -> object:
    """One country as the agency writes it (a name, a demonym, an alias or a code)."""
    w = src.wording
    if src.format == "jsonl":  # the compilation platform stores codes
        r = rng.random()
        if col == "detection_country":
            alpha2 = iso_codes(iso)[0]
            eu = {"GR": "EL", "GB": "UK"}.get(alpha2)
            if eu is not None and rng.random() < _rate(src, "eu_code"):
                tags.append(f"eu_code:{col}")
                return eu
            return alpha2
        if r < _rate(src, "numeric"):
            tags.append(f"numeric_code:{col}")
            return iso_codes(iso)[1]
        if r < _rate(src, "numeric") + _rate(src, "name"):
            return str(COUNTRIES[iso][1])
        return iso
    r = rng.random()
    text = _base_name(src, iso)
    if col == "nationality" and iso in w.demonyms and r < _rate(src, "demonym"):
        text = choice(rng, w.demonyms[iso])
        tags.append("demonym:nationality")
    elif iso in w.aliases and r < _rate(src, "alias"):
        text = choice(rng, w.aliases[iso])
        tags.append(f"alias:{col}")
    elif iso in w.typos and rng.random() < _rate(src, "typo") * 3:
        text = w.typos[iso]
        tags.append(f"typo:{col}")
    elif rng.random() < _rate(src, "iso2"):
        text = iso_codes(iso)[0]
        tags.append(f"iso2:{col}")
    return _styled(src, text, rng, tags, col)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return the date cell, the date it means and its precision."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if src is _KCC:
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{MONTHS[m]} {ts.year}", month, "month"
        if r < 0.6:
            clock = f"{int(rng.integers(8, 17)):02d}:{int(rng.integers(60)):02d}"
            return f"{ts:%d/%m/%Y} {clock}", ts, "day"
        if r < 0.9:
            return f"{ts:%d/%m/%Y}", ts, "day"
        tags.append("long_date")
        return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day"
    if src is _LILLE:
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{_MOIS[m]} {ts.year}", month, "month"
        if partial_ok and r < 0.08:
            tags.append("partial_date")
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        if r < 0.88:
            return f"{ts:%d/%m/%Y}", ts, "day"
        return f"{ts:%d/%m/%y}", ts, "day"
    if src is _MEDUCA:
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{_MESES[m]} {ts.year}", month, "month"
        if r < 0.85:
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day"
        return f"{ts:%d/%m/%Y}", ts, "day"
    if src is _SONORA:
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{_MESES[m].upper()} DE {ts.year}", month, "month"
        if r < 0.65:
            return ts.to_pydatetime(), ts, "day"
        if r < 0.75:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        if r < 0.93:
            tags.append("text_date")
            return f"{ts:%d/%m/%Y}", ts, "day"
        tags.append("text_date")
        return f"{ts.day:02d}-{_MES_ABBR[m].upper()}-{ts.year}", ts, "day"
    # the compilation platform: ISO dates
    if partial_ok and r < 0.04:
        tags.append("partial_date")
        return f"{ts:%Y-%m}", month, "month"
    if partial_ok and r < 0.08:
        tags.append("partial_date")
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter"
    if r < 0.85:
        return f"{ts:%Y-%m-%d}", ts, "day"
    return f"{ts:%Y-%m-%d}T00:00:00Z", ts, "day"


def _number(src: Agency, value: int) -> object:
    return value if src.format != "csv" else str(value)


def _persons(src: Agency, n: int, ev: dict[str, object], rng: _Rng, tags: list[str]) -> object:
    if n >= 1000:
        tags.append("thousands:n_persons")
        if src is _MEDUCA:
            return f"{n // 1000},{n % 1000:03d}"
        if src is _LILLE:
            return f"{n // 1000} {n % 1000:03d}"
        return _number(src, n)
    if src is _LILLE and n <= 60 and rng.random() < _rate(src, "count_words"):
        tags.append("count_words")  # "3 mineurs", "41 personnes"
        noun = "mineur" if ev["age_group"] == "child" else "personne"
        return f"{n} {noun}{'s' if n > 1 else ''}"
    return _number(src, n)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{hemi}"


def _coordinates(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    forced_blank: str | None,
    tags: list[str],
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells and the point they mean."""
    has_pair = "coordinates" in src.headers
    if not has_pair and "lat" not in src.headers:
        tags.append("coords_missing")
        return {}, None, None
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        return {}, None, None
    r = rng.random()
    if r < _rate(src, "coords_missing"):
        tags.append("coords_missing")
        return {}, None, None
    if r < _rate(src, "coords_missing") + _rate(src, "coords_placeholder"):
        tags.append("coords_placeholder")
        return {"coordinates": "Sin coordenadas"}, None, None
    if has_pair:  # MEDUCA: degrees, minutes, seconds, O = oeste
        tags.append("coords_dms")
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"}, lat, lon
    if src is _LILLE:
        tags.append("decimal_comma")
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return dict(cells), lat, lon
    if src is _SONORA:
        w_lon = round(lon, 6)
        if rng.random() < _rate(src, "coords_sign_lost"):
            tags.append("coords_sign_lost")  # west longitude written without its sign
            w_lon = abs(w_lon)
        return {"lat": round(lat, 6), "lon": w_lon}, lat, lon
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, lat, lon


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    jsonl = src.format == "jsonl"

    def styled(text: str, col: str) -> str:
        return text if jsonl else _styled(src, text, rng, tags, col)

    crime = str(ev["crime_type"])
    cells["crime_type"] = styled(_word(src, "crime_type", crime, rng), "crime_type")
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = None if jsonl else _word(src, "exploitation", "", rng) or None
    else:
        cells["exploitation"] = styled(_word(src, "exploitation", str(expl), rng), "exploitation")
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < _rate(src, "count_placeholder"):
        tags.append("count_placeholder")
        cells["n_persons"] = None if jsonl else _unknown(src, "n_persons", rng)
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _persons(src, n, ev, rng, tags)
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif r < _rate(src, "suspects_placeholder"):
        tags.append("suspects_placeholder")
        cells["n_suspects"] = None if jsonl else _unknown(src, "n_suspects", rng)
        exp["n_suspects"] = None
    elif k == 0 and rng.random() < _rate(src, "zero_word"):
        tags.append("zero_word")
        cells["n_suspects"] = _word(src, "n_suspects", "0", rng)
        exp["n_suspects"] = 0
    else:
        cells["n_suspects"], exp["n_suspects"] = _number(src, k), k

    gender, age, mode = str(ev["gender"]), str(ev["age_group"]), str(ev["transport_mode"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < _rate(src, "gender_unknown"):
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = _unknown(src, "gender", rng), "unknown"
    else:
        child = age == "child" and "gender_child" in src.wording.words
        table = "gender_child" if child else "gender"
        cells["gender"], exp["gender"] = styled(_word(src, table, gender, rng), "gender"), gender
    for col, value, habit in (
        ("age_group", age, "age_na"),
        ("transport_mode", mode, "transport_na"),
    ):
        if rng.random() < _rate(src, habit):
            tags.append(f"na_word:{col}")
            cells[col], exp[col] = _unknown(src, col, rng), "unknown"
        else:
            cells[col], exp[col] = styled(_word(src, col, value, rng), col), value

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif nat in src.wording.ambiguous and r < _rate(src, "ambiguous"):
        tags.append("blank_nationality")  # "Kurdish" names no one country
        cells["nationality"] = styled(src.wording.ambiguous[nat], "nationality")
        exp["nationality"] = None
    elif r > 1 - _rate(src, "nationality_unknown"):
        tags.append("blank_nationality")
        cells["nationality"] = None if jsonl else _unknown(src, "nationality", rng)
        exp["nationality"] = None
    else:
        cells["nationality"] = _country(src, nat, "nationality", rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col], exp[col] = _country(src, iso, col, rng, tags), iso
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, det, "detection_country", rng, tags)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = None
    else:
        parts = [_country(src, p, "transit_countries", rng, tags) for p in str(transit).split("|")]
        if jsonl:
            cells["transit_countries"] = parts
        else:
            sep = src.wording.transit_seps[0 if rng.random() < 0.8 else -1]
            cells["transit_countries"] = sep.join(str(p) for p in parts)

    place, exp["lat"], exp["lon"] = _coordinates(src, ev, rng, forced_blank, tags)
    cells.update(place)

    offences = ev["linked_offences"]
    if "linked_offences" in src.headers:
        exp["linked_offences"] = offences
        if offences is not None:
            words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
            cells["linked_offences"] = (
                words if jsonl else ("; " if src is _KCC else ", ").join(words)
            )
    else:
        exp["linked_offences"] = None
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that cannot be used: empty, impossible or decades ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        y = ts.year
        if src is _KCC:
            return f"31/02/{y} {int(rng.integers(8, 17)):02d}:00"
        if src is _LILLE:
            return f"{choice(rng, ('30/02', '31/04', '31/11'))}/{y}"
        if src is _MEDUCA:
            return f"31/6/{y}"
        if src is _SONORA:
            return f"31/11/{y}"
        return f"{y}-02-30"
    later = pd.Timestamp(year=ts.year + 10, month=ts.month, day=min(ts.day, 28))
    if src is _SONORA:
        return later.to_pydatetime()
    if src is _MEDUCA:
        return f"{later.day}/{later.month}/{later.year}"
    if src is _MCE:
        return f"{later:%Y-%m-%d}"
    return f"{later:%d/%m/%Y}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the extraction date of the note row, a few days after the last event."""
    day = last + pd.Timedelta(days=3)
    if src is _KCC:
        return f"{day:%d/%m/%Y} 09:15"
    if src is _MEDUCA:
        return f"{day.day}/{day.month}/{day.year}"
    if src is _SONORA:
        return day.to_pydatetime()
    return f"{day:%d/%m/%Y}"


#: The variant: who reports which event first, and who may report it again.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": _KCC.source,
        "FRA": _LILLE.source,
        "PAN": _MEDUCA.source,
        "USA": _SONORA.source,
    },
    compilation=_MCE.source,
    secondary={
        ("channel", "FRA"): _KCC.source,
        ("channel", "GBR"): _LILLE.source,
        ("thb_vnm_gbr", "GBR"): _MCE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=266,
    blank_share=0.3,
)


def make_blind266(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind266`` submissions (files ``*_jh.*``).

    Kent's education safeguarding log reports the events detected in the United
    Kingdom, the Académie de Lille those detected in France, MEDUCA Darién those in
    Panama, Sonora's education secretariat those in the United States, and Missing
    Children Europe compiles every other event. Channel crossings and Vietnamese
    children in the United Kingdom are sometimes reported by a second source.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        In the order of :data:`AGENCIES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind266(make_truth(seed=2, n_events=300), seed=2)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['kcc_education_safeguarding_jh.csv', 'ac_lille_ssfe_jh.csv', 'meduca_darien_jh.csv',
     'sec_sonora_convivencia_jh.xlsx', 'missing_children_europe_jh.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
