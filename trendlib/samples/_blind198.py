"""Examiner sample set ``blind198`` (files ``*_gr.*``): city, rail and child-protection desks.

Five agencies that meet trafficking for forced criminality and forced begging of children
and adults in Western Europe's cities, and the smuggling that brings the victims there,
each writing its own export the way its own tool does:

``met_msce_gr.csv``
    Metropolitan Police Service (London), Modern Slavery and Child Exploitation unit:
    its tracker exported by SQL Server Reporting Services, so UTF-16 with a byte-order
    mark, ``,``-delimited; English; Crime Reference Numbers; UK day-first dates and
    "7 May 2023"; nationalities as demonyms ("Vietnamese"); offences named by their
    Acts ("Facilitation (IA 1971 s.25)"); "Nil" suspects, "NK" for not known, "Age
    disputed"; one ``lat, long`` column where ``0, 0`` means no location.
``suge_nord_gr.csv``
    SNCF Sûreté ferroviaire (SUGE), Nord zone (Lille, Calais-Fréthun, Dunkerque), the
    French railway security service: cp1252, ``;``, CRLF; French; ``dd/mm/yyyy`` with
    the hour of the fact, ``mm/yyyy`` and ``T2 2023`` roll-ups; nationalities as French
    adjectives ("afghane"), "Angleterre" for the United Kingdom; "MNA" for an
    unaccompanied minor; decimal-comma latitude and longitude; "aucun", "NC", "ND".
``diaconia_es_gr.xlsx``
    Diaconía España, the NGO's anti-trafficking programme (victims of sexual, labour
    and criminal exploitation and forced begging), its case sheet: real Excel dates, a
    few typed ones or shown as Excel serials, ``T2-2023`` and "mayo de 2023"; Spanish;
    nationalities as adjectives ("senegalesa"), names pasted from a UTF-8 export read
    as cp1252 ("PakistÃ¡n"); "TSH" for trata; sex ``H``/``M``; coordinates in degrees,
    minutes and seconds with ``O`` for west.
``plan_intl_americas_gr.csv``
    Plan International's protection monitoring of children on the move (Darién and the
    US–Mexico border), a KoboToolbox export saved again from a Spanish Excel: UTF-8
    with a BOM, ``;``; Spanish labels; dates re-saved day-first by Excel beside the
    Kobo timestamps (with their offset) it left as text; Kobo geopoints ``lat lon
    altitude accuracy``; "NNA", "NS/NR", the ``_id`` and ``_submission_time`` columns
    Kobo adds.
``mce_network_gr.jsonl``
    Missing Children Europe (Brussels), the network of the 116 000 hotlines: the
    secretariat's compilation of its members' cases in Italy, Greece, Croatia and
    Poland (and a few it also relays from Spain and the United Kingdom); JSON lines,
    English keys; ISO dates, ``2023/05/17``, UTC timestamps, ``2023-05`` and
    ``2023-Q2``; reporting country as ISO alpha-2, nationality ISO alpha-3 or English,
    a few origins as ISO numeric codes; routes joined by ``→``; linked offences as a
    JSON array; the member organisation that reported.

The truth expects what a careful analyst reads in each cell: a word saying "not known"
is no value (a count placeholder keeps the record), "Nil", "aucun" and "ninguno" are
zero suspects, an "age disputed" or "no consta" age is ``unknown``, ``0, 0`` is no
location. Vague counts ("several", "plusieurs"), impossible and far-future dates are
bad rows; each file has its total row, the CSV files an empty row, four a note row.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["SOURCES", "Agency", "make_blind198"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Country words of this set: English, French and Spanish names, then the adjectives of
# nationality (English; French and Spanish in the feminine, agreeing with "nationalité"
# and "nacionalidad").
# --------------------------------------------------------------------------------------
_C: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afghane", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanaise", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "autrichienne", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladaise", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "bulgare", "búlgara"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnienne",
        "bosnia",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "biélorusse", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "Chinese", "chinoise", "china"),
    "CIV": (
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "Costa de Marfil",
        "Ivorian",
        "ivoirienne",
        "marfileña",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombienne", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "allemande", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "érythréenne", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "espagnole", "española"),
    "FRA": ("France", "France", "Francia", "French", "française", "francesa"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "britannique", "británica"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambienne", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "grecque", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondurienne", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croate", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haïtienne", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "hongroise", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "irakienne", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italienne", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libyenne", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicaine", "mexicana"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macédonienne",
        "macedonia",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "malienne", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritanienne", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigérienne", "nigerina"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistanaise", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panaméenne", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polonaise", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "roumaine", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "russe", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "sénégalaise", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbe", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "syrienne", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turque", "turca"),
    "USA": (
        "United States",
        "États-Unis",
        "Estados Unidos",
        "American",
        "américaine",
        "estadounidense",
    ),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yéménite", "yemení"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
#: Other names the agencies use for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK",),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {"GBR": ("Angleterre", "RU"), "USA": ("USA",)},
    "es": {"USA": ("EE. UU.", "EEUU"), "GBR": ("Gran Bretaña",)},
}

#: Member organisations of the network, by the country whose cases they report.
_MEMBERS = {
    "ITA": "SOS Il Telefono Azzurro",
    "GRC": "The Smile of the Child",
    "HRV": "Centre for Missing and Exploited Children (Osijek)",
    "POL": "ITAKA Foundation",
    "ESP": "Fundación ANAR",
    "GBR": "Missing People",
    "FRA": "116 000 Enfants Disparus",
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """An agency of this set: the shared fields plus its own words.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the agency's words for it (``crime_type``,
        ``exploitation``, ``gender``, ``age_group``, ``transport_mode``,
        ``linked_offences``).
    blank : mapping
        What the agency writes for "not known" (``n_persons``, ``n_suspects``,
        ``gender``, ``nationality``, ``exploitation``), "not applicable"
        (``na``: age group, transport mode), zero suspects (``zero``) and the
        exploitation of a pure smuggling case (``no_exploitation``).
    offence_sep : tuple of str
        Separators between linked offences.
    transit_sep : tuple of str
        Separators between transit countries (in travel order).
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    blank: Mapping[str, tuple[str, ...]]
    offence_sep: tuple[str, ...]
    transit_sep: tuple[str, ...]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
MET = Agency(
    source="met_msce_gr",
    filename="met_msce_gr.csv",
    ref="52{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "CRN",
        "event_date": "Date of Encounter",
        "crime_type": "Offence Classification",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Encountered",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Encounter",
        "transit_countries": "Transit Route",
        "transport_mode": "Method of Travel",
        "coordinates": "Location (Lat, Long)",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE: extract from the MSCE tracker, figures provisional",
    total="Total",
    bad_count=("several", "multiple", "a number"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Human trafficking (MSA 2015 s.2)", "Modern slavery - trafficking"),
            "smuggling": ("Facilitation (IA 1971 s.25)", "Assisting unlawful immigration"),
            "both": ("Trafficking & facilitation", "MSA s.2 + IA s.25"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Labour - nail bar", "Labour - car wash"),
            "forced_criminality": (
                "Criminal exploitation - cannabis cultivation",
                "Criminal exploitation - shoplifting",
                "Criminal exploitation - county lines",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other (forced begging)", "Other"),
        },
        "gender": {
            "female": ("Female", "F", "Females"),
            "male": ("Male", "M", "Males"),
            "mixed": ("Mixed", "Male & Female", "Mixed group"),
        },
        "age_group": {
            "child": ("Child", "Under 18", "U18"),
            "adult": ("Adult", "18+", "Adults"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB", "Boat"),
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering (POCA)",),
            "illicit_goods": ("Drugs (cannabis production)", "Drugs supply"),
            "cybercrime": ("Computer misuse",),
            "terrorism": ("Terrorism",),
        },
    },
    blank={
        "n_persons": ("Not known", "NK"),
        "n_suspects": ("NK",),
        "zero": ("Nil",),
        "gender": ("Not recorded",),
        "nationality": ("Not known",),
        "exploitation": ("Not known",),
        "na": ("Age disputed",),
        "na_mode": ("N/K",),
        "no_exploitation": ("N/A", ""),
    },
    offence_sep=("; ",),
    transit_sep=(", ",),
)

SUGE = Agency(
    source="suge_nord_gr",
    filename="suge_nord_gr.csv",
    ref="FT{yy:02d}-{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fait",
        "event_date": "Date/heure du fait",
        "crime_type": "Qualification",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de déplacement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Source : main courante SUGE zone Nord - données non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Aide à l'entrée et au séjour irréguliers",
                "Aide au passage irrégulier",
            ),
            "both": ("TEH + aide à l'entrée irrégulière",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": (
                "contrainte à commettre des délits",
                "vols sous contrainte (pickpockets)",
            ),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre (mendicité forcée)", "autre"),
        },
        "gender": {
            "female": ("F", "femme(s)", "féminin"),
            "male": ("H", "homme(s)", "masculin"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "child": ("mineur(s)", "MNA", "mineur"),
            "adult": ("majeur(s)", "adulte(s)", "majeur"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("poids lourd", "train de fret", "ferroviaire", "routier"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    blank={
        "n_persons": ("NC", "inconnu"),
        "n_suspects": ("ND",),
        "zero": ("aucun",),
        "gender": ("NR",),
        "nationality": ("inconnue",),
        "exploitation": ("non précisée",),
        "na": ("non déterminé",),
        "na_mode": ("indéterminé",),
        "no_exploitation": ("sans objet", ""),
    },
    offence_sep=(" + ", ", "),
    transit_sep=(" / ",),
)

DIACONIA = Agency(
    source="diaconia_es_gr",
    filename="diaconia_es_gr.xlsx",
    ref="DIA/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales. Programa de atención a víctimas de trata",
    total="TOTAL",
    bad_count=("varios", "varias"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración ilegal",
            ),
            "both": ("Trata y tráfico", "TSH + tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": (
                "actividades delictivas",
                "explotación para actividades delictivas (hurtos)",
            ),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras (mendicidad forzada)", "otras formas"),
        },
        "gender": {
            "female": ("Mujer", "Mujeres", "M"),
            "male": ("Hombre", "Hombres", "H"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menor", "Menores", "Menor no acompañado"),
            "adult": ("Adulto/a", "Adultos", "Mayor de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("a pie", "autobús", "vehículo", "terrestre"),
            "air": ("avión", "aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    blank={
        "n_persons": ("s/d", "desconocido"),
        "n_suspects": ("s/d",),
        "zero": ("ninguno",),
        "gender": ("No consta",),
        "nationality": ("No consta",),
        "exploitation": ("sin determinar",),
        "na": ("No consta",),
        "na_mode": ("No consta",),
        "no_exploitation": ("",),
    },
    offence_sep=(", ", "; "),
    transit_sep=(" - ",),
)

PLAN = Agency(
    source="plan_intl_americas_gr",
    filename="plan_intl_americas_gr.csv",
    ref="PLN-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "kobo_id": "_id",
        "source_ref": "Código de caso",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Número de personas",
        "n_suspects": "Número de presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se identificó",
        "transit_countries": "Países de tránsito (en orden)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Ubicación GPS",
        "linked_offences": "Delitos asociados",
        "submission_time": "_submission_time",
    },
    note="Fuente: monitoreo de protección (KoboToolbox), datos sin validar",
    total="Total",
    bad_count=("varios", "muchos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas (reclutamiento)",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio o unión forzada",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujeres / niñas", "Femenino"),
            "male": ("Hombres / niños", "Masculino"),
            "mixed": ("Grupo mixto",),
        },
        "age_group": {
            "child": ("NNA", "Niñas, niños y adolescentes"),
            "adult": ("Personas adultas", "Adultos"),
            "mixed": ("Adultos y NNA",),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("Terrestre", "A pie", "Bus"),
            "air": ("Avión",),
        },
        "linked_offences": {
            "document_fraud": ("Documentos falsos",),
            "corruption": ("Corrupción / soborno",),
            "money_laundering": ("Lavado de dinero",),
            "illicit_goods": ("Narcotráfico", "Tráfico de drogas"),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    blank={
        "n_persons": ("NS/NR",),
        "n_suspects": ("NS/NR",),
        "zero": ("Ninguno",),
        "gender": ("NS/NR",),
        "nationality": ("NS/NR",),
        "exploitation": ("NS/NR",),
        "na": ("NS/NR",),
        "na_mode": ("NS/NR",),
        "no_exploitation": ("",),
    },
    offence_sep=(", ",),
    transit_sep=(", ",),
)

MCE = Agency(
    source="mce_network_gr",
    filename="mce_network_gr.jsonl",
    ref="MCE-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "member": "member_org",
        "crime_type": "case_category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "detection_country": "reporting_country",
        "transit_countries": "route",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trafficking", "THB"),
            "smuggling": ("smuggling", "SoM"),
            "both": ("trafficking/smuggling", "THB + SoM"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality", "forced pickpocketing"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other", "other - begging"),
        },
        "gender": {
            "female": ("female", "F"),
            "male": ("male", "M"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "child": ("minor", "UAM", "child"),
            "adult": ("adult",),
            "mixed": ("mixed",),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "truck", "on foot"),
            "air": ("air", "plane"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("online exploitation",),
            "terrorism": ("terrorism",),
        },
    },
    blank={
        "n_persons": ("unknown",),
        "n_suspects": ("unknown",),
        "zero": ("none",),
        "gender": ("unknown",),
        "nationality": ("unknown",),
        "exploitation": ("unknown",),
        "na": ("not recorded",),
        "na_mode": ("not recorded",),
        "no_exploitation": ("",),
    },
    offence_sep=(),
    transit_sep=(" → ", " > "),
)

#: The set's agencies, in the order :func:`make_blind198` returns their submissions.
SOURCES: tuple[Agency, ...] = (MET, SUGE, DIACONIA, PLAN, MCE)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_KOBO_OFFSET = {"PAN": "-05:00", "USA": "-07:00"}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _date(
    src: Agency, ts: pd.Timestamp, country: str, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write an event date the agency's way: (cell, expected day, precision, tags)."""
    r = float(rng.random())
    month = (_month_start(ts), "month", ["partial_date"])
    quarter = (_quarter_start(ts), "quarter", ["partial_date"])
    day = (ts, "day", list[str]())
    if src is MET:
        if partial_ok and r < 0.06:
            return (f"{MONTHS[ts.month - 1]} {ts.year}", *month)
        if r < 0.3:
            return (f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", *day)
        return (ts.strftime("%d/%m/%Y"), *day)
    if src is SUGE:
        if partial_ok and r < 0.05:
            return (ts.strftime("%m/%Y"), *month)
        if partial_ok and r < 0.09:
            return (f"T{ts.quarter} {ts.year}", *quarter)
        if r < 0.4:
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return (f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}", *day)
        return (ts.strftime("%d/%m/%Y"), *day)
    if src is DIACONIA:
        if partial_ok and r < 0.04:
            return (f"{_MESES[ts.month - 1]} de {ts.year}", *month)
        if partial_ok and r < 0.07:
            return (f"T{ts.quarter}-{ts.year}", *quarter)
        if r < 0.22:
            return (ts.strftime("%d/%m/%Y"), *day)
        if r < 0.27:  # a cell formatted as a number: the Excel serial of the day
            return (int((ts - _EXCEL_EPOCH).days), *day)
        return (ts.to_pydatetime(), *day)
    if src is PLAN:
        # Excel re-read Kobo's ISO dates as dates and saved them day-first; the
        # timestamps with an offset it could not read stay as Kobo wrote them.
        if r < 0.3:
            clock = f"{int(rng.integers(6, 19)):02d}:{int(rng.integers(0, 60)):02d}"
            offset = _KOBO_OFFSET.get(country, "-05:00")
            return (f"{ts.strftime('%Y-%m-%d')}T{clock}:00.000{offset}", *day)
        return (ts.strftime("%d/%m/%Y"), *day)
    # the network's feed: each member's system writes its own ISO-like form
    if partial_ok and r < 0.05:
        return (ts.strftime("%Y-%m"), *month)
    if partial_ok and r < 0.1:
        return (f"{ts.year}-Q{ts.quarter}", *quarter)
    if r < 0.35:
        return (ts.strftime("%Y-%m-%dT00:00:00Z"), *day)
    if r < 0.45:
        return (ts.strftime("%Y/%m/%d"), *day)
    return (ts.strftime("%Y-%m-%d"), *day)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: blank, impossible (30/31 February) or ten years on."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = 30 + int(rng.integers(0, 2))
        if src is MCE:
            return f"{ts.year}-02-{day}"
        return f"{day}/02/{ts.year}"
    later = ts + pd.DateOffset(years=10)  # a slipped digit: 2023 -> 2033
    if src is MCE:
        return later.strftime("%Y-%m-%d")
    if src is DIACONIA:
        return later.to_pydatetime()
    return later.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (the day of its last row)."""
    if src is DIACONIA:
        return last.to_pydatetime()
    if src is MCE:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _typo(text: str) -> str:
    """Drop one inner letter of a name of 7+ letters (``Afghanistan`` -> ``Afghaistan``)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    return text[:i] + text[i + 1 :] if text[i].isalpha() else text


def _noise(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a cell (the meaning stays)."""
    k = int(rng.integers(0, 3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


def _country(src: Agency, iso: str, col: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write one ISO alpha-3 country the agency's way; return (cell, tags)."""
    lang = _LANG[src.language]
    row = _C[iso]
    name = row[lang]
    aliases = _ALIASES[src.language].get(iso, ())
    r = float(rng.random())
    nat = col == "nationality"
    if src is MET:
        if nat and r < 0.7:
            return row[3], ["demonym:" + col]
        if col in ("destination_country", "detection_country") and aliases and r < 0.6:
            return aliases[0], ["alias:" + col]
        if r > 0.97:
            return _noise(name, rng), ["case:" + col]
        return name, []
    if src is SUGE:
        if nat and r < 0.6:
            return row[4], ["demonym:" + col]
        if r < 0.12:
            return iso, ["iso3:" + col]
        if col == "destination_country" and iso == "GBR" and r < 0.7:
            return "Angleterre", ["alias:" + col]
        if r > 0.96:
            return _typo(name), ["typo:" + col]
        if r > 0.92:
            return name.upper(), ["case:" + col]
        return name, []
    if src is DIACONIA:
        text, tags = (row[5], ["demonym:" + col]) if nat and r < 0.55 else (name, [])
        if col != "detection_country" and float(rng.random()) < 0.1:
            garbled = mojibake(text)
            if garbled is not None:
                return garbled, [*tags, "mojibake:" + col]
        if float(rng.random()) < 0.04:
            return _noise(text, rng), [*tags, "case:" + col]
        return text, tags
    if src is PLAN:
        if aliases and r < 0.4:
            return aliases[0], ["alias:" + col]
        if r > 0.97:
            return _noise(name, rng), ["case:" + col]
        return name, []
    # the network's feed: codes from the members' systems, English names otherwise
    if col == "detection_country":
        return iso_codes(iso)[0], ["iso2:" + col]
    if col == "origin_country" and r < 0.06:  # a member's register keeps UN M49 codes
        return iso_codes(iso)[1], ["numeric:" + col]
    if r < 0.5:
        return iso, ["iso3:" + col]
    if r < 0.6:
        return name.lower(), ["case:" + col]
    if aliases and r < 0.75:
        return aliases[0], ["alias:" + col]
    return name, []


def _transit(src: Agency, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Write the ``|``-joined transit countries, in travel order."""
    if value is None:
        return None, []
    sep = choice(rng, src.transit_sep)
    parts: list[str] = []
    tags: list[str] = []
    for iso in str(value).split("|"):
        text, t = _country(src, iso, "transit_countries", rng)
        parts.append(str(text).strip())
        tags += t
    return sep.join(parts), sorted(set(tags))


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    words = src.words[col][value]
    return words[0] if float(rng.random()) < 0.6 else choice(rng, words)


def _offences(src: Agency, value: object, rng: _Rng) -> object:
    if value is None:
        return None
    words = [_word(src, "linked_offences", v, rng) for v in str(value).split("|")]
    if src is MCE:
        return words  # a JSON array
    return choice(rng, src.offence_sep).join(words)


def _count(src: Agency, n: int) -> object:
    """Write a count: a number in a spreadsheet or JSON, text in a CSV."""
    if src.format != "csv":
        return n
    if n < 1000:
        return str(n)
    sep = {"en": ",", "fr": "\u00a0", "es": "."}[src.language]
    return f"{n // 1000}{sep}{n % 1000:03d}"


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths) of a coordinate, and the value it reads as."""
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{pos if value >= 0 else neg}"
    read = (deg + minutes / 60 + tenths / 36000) * (1 if value >= 0 else -1)
    return text, read


def _place(src: Agency, lat: float, lon: float, rng: _Rng) -> tuple[_Cells, object, object, str]:
    """Write the location; return (cells, expected lat, expected lon, tag)."""
    r = float(rng.random())
    if src is MET:
        if r < 0.04:
            return {"coordinates": None}, None, None, "coords_missing"
        if r < 0.05:
            return {"coordinates": "0, 0"}, None, None, "coords_placeholder"
        digits = 4 if r > 0.8 else 5
        la, lo = round(lat, digits), round(lon, digits)
        return {"coordinates": f"{la:.{digits}f}, {lo:.{digits}f}"}, la, lo, ""
    if src is SUGE:
        if r < 0.1:
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        cells: _Cells = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, round(lat, 5), round(lon, 5), "decimal_comma"
    if src is DIACONIA:
        if r < 0.08:
            return {"coordinates": None}, None, None, "coords_missing"
        if r < 0.3:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), ""
        t_lat, r_lat = _dms(lat, "N", "S")
        t_lon, r_lon = _dms(lon, "E", "O")
        return {"coordinates": f"{t_lat} {t_lon}"}, r_lat, r_lon, "coords_dms"
    if src is PLAN:
        if r < 0.05:
            return {"coordinates": None}, None, None, "coords_missing"
        alt = round(float(rng.uniform(0, 300)), 1)
        acc = round(float(rng.uniform(3, 20)), 1)
        return {"coordinates": f"{lat} {lon} {alt} {acc}"}, lat, lon, "kobo_geopoint"
    if r < 0.1:
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    return {"lat": lat, "lon": lon}, lat, lon, ""


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    detection = str(ev["detection_country"])
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, detection, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.blank["no_exploitation"]) or None
        exp["exploitation"] = None
    elif float(rng.random()) < 0.03:
        cells["exploitation"] = choice(rng, src.blank["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    # persons: a number, or a word saying it is not known (the record stays, no count)
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if float(rng.random()) < 0.02:
        cells["n_persons"] = choice(rng, src.blank["n_persons"])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        exp["n_persons"] = n
        if n >= 1000 and src.format == "csv":
            tags.append("thousands:n_persons")

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, src.blank["n_suspects"])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"] = choice(rng, src.blank["zero"])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif float(rng.random()) < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.blank["gender"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    for col, na in (("age_group", "na"), ("transport_mode", "na_mode")):
        value = str(ev[col])
        if float(rng.random()) < 0.025:
            cells[col], exp[col] = choice(rng, src.blank[na]), "unknown"
            tags.append("na_word")
        else:
            text = _word(src, col, value, rng)
            if float(rng.random()) < 0.04:
                text = _noise(text, rng)
                tags.append("case:" + col)
            cells[col], exp[col] = text, value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append("blank_" + col)
        elif iso is None:
            cells[col], exp[col] = None, None
        elif col == "nationality" and float(rng.random()) < 0.02:
            cells[col], exp[col] = choice(rng, src.blank["nationality"]), None
            tags.append("blank_nationality")
        else:
            cells[col], t = _country(src, str(iso), col, rng)
            exp[col] = iso
            tags += t

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    if forced_blank == "coordinates":
        none: _Cells = {"coordinates": None} if "coordinates" in src.headers else {}
        cells.update(none or {"lat": None, "lon": None})
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], tag = _place(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        if tag:
            tags.append(tag)

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    if src is PLAN:
        cells["kobo_id"] = str(100_000_000 + int(rng.integers(0, 9_000_000)))
        later = ts + pd.Timedelta(days=int(rng.integers(0, 4)), hours=int(rng.integers(8, 20)))
        cells["submission_time"] = later.strftime("%Y-%m-%dT%H:%M:%S")
    elif src is MCE:
        cells["member"] = _MEMBERS.get(detection, "Missing Children Europe")
    return cells, exp, tags


_PRIMARY: dict[str, str] = {
    "GBR": MET.source,
    "FRA": SUGE.source,
    "ESP": DIACONIA.source,
    "PAN": PLAN.source,
    "USA": PLAN.source,
}
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): MET.source,  # Calais departures of the people met in London
    ("channel", "GBR"): MCE.source,  # relayed by Missing People
    ("thb_vnm_gbr", "GBR"): MCE.source,
    ("wmed", "ESP"): MCE.source,  # relayed by Fundación ANAR
    ("watl", "ESP"): MCE.source,
    ("thb_rou_esp", "ESP"): MCE.source,
    ("thb_rou_esp", "ITA"): DIACONIA.source,  # victims moved on to Spain
    ("thb_nga_ita", "ITA"): DIACONIA.source,
}

_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=MCE.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=198,
    blank_share=0.35,
)


def make_blind198(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind198`` agencies' submissions.

    The Metropolitan Police's modern-slavery unit first reports the events met in the
    United Kingdom, the SNCF railway security service those in France, Diaconía España
    those in Spain and Plan International those in Panama and the United States; Missing
    Children Europe compiles its members' reports of every other event (Italy, Greece,
    Croatia, Poland). Some events are reported a second time: Calais departures by the
    Metropolitan Police, Spanish and British cases relayed by the network, Italian
    victims moved on to Spain by Diaconía.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``met_msce_gr.csv`` (English, UTF-16, ``,``), ``suge_nord_gr.csv`` (French,
        cp1252, ``;``), ``diaconia_es_gr.xlsx`` (Spanish), ``plan_intl_americas_gr.csv``
        (Spanish, UTF-8 with BOM, ``;``) and ``mce_network_gr.jsonl`` (English), each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind198(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['met_msce_gr.csv', 'suge_nord_gr.csv', 'diaconia_es_gr.xlsx',
     'plan_intl_americas_gr.csv', 'mce_network_gr.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-16', 'cp1252', 'utf-8', 'utf-8-sig', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fait', 'Date/heure du fait', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
