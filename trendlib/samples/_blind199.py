"""Examiner sample set ``blind199`` (files ``*_gs.*``): vice, NGO, press-desk and naval sources.

Five agencies never used before in this project, each writing its export the way its
own tool and working language would:

``met_msce_gs.xlsx``
    Metropolitan Police Service, Central Specialist Crime, Modern Slavery & Child
    Exploitation Unit (London): an XLSX extract of its crime-recording system, in English.
    CRIS-style reference numbers, real Excel dates (some typed as ``dd/mm/yyyy hh:mm`` text,
    a few only ``May 2023``), offences written as the statute (``MSA 2015 s.2``,
    ``IA 1971 s.25``), nationalities as demonyms (``Vietnamese``), ``Nil`` and ``TBC``
    counts, decimal latitude and longitude as numbers. First reports of the UK's events.
``proyecto_esperanza_gs.csv``
    Proyecto Esperanza (Adoratrices, Madrid), the NGO's case database exported to CSV by
    Spanish Excel: cp1252, ``;``, Spanish headers. Articles of the Código Penal
    (``177 bis``, ``318 bis``), nationalities often as singular demonyms agreeing with the
    sex of the persons (``rumana``, ``senegalés``), ``dd/mm/yyyy`` and ``dd/mm/yy``
    dates, ``mayo de 2023`` when only the month is known, ``1.234`` thousands,
    ``sin determinar`` counts, upper-case cells of the old Access forms. First reports of
    Spain's events.
``fondation_scelles_gs.csv``
    Fondation Scelles, CRIDES documentation centre (Paris): its press-monitoring base saved
    by Excel as "Texte Unicode": UTF-16 with BOM, tab-separated, in French. Dates as the
    press writes them (``1er mai 2023``, ``17 mai 2023``) or ``17/05/2023``, ``mai 2023``,
    ``2e trimestre 2023``; small counts in words (``trois``), thousands with a narrow
    no-break space; ``Angleterre`` and ``Grande-Bretagne`` for the United Kingdom. First
    reports of France's events.
``eunavfor_irini_gs.jsonl``
    EUNAVFOR MED operation IRINI (Rome), information-gathering desk: JSON lines from its
    reporting tool, in English. NATO date-time groups (``171430ZMAY23``) or ISO date-times,
    ISO alpha-3 country codes and upper-case names, ``POB`` counts, ``NIL``/``UNK``,
    positions in degrees and decimal minutes (``3530.2N 01236.4E``). First reports of
    Italy's events.
``oxfam_intermon_gs.xlsx``
    Oxfam Intermón (Barcelona), protection-monitoring compilation of the Oxfam
    confederation and its partners (KoBoToolbox export plus rows pasted from partners'
    CSV files), in Spanish: ISO dates, Excel dates, ``2023-05`` and ``T2 2023``, KoBo
    geopoints (``lat lon alt precision``), ``NNA`` for children, ``lavado de activos``;
    the pasted rows carry UTF-8 read as cp1252 (``PanamÃ¡``), ISO alpha-2 or numeric
    country codes, day-first dates and decimal commas. First reports of every other event
    (Greece, Croatia, Poland, Panama, the United States).

Every cell is written so that a careful analyst reads one value from it; where a cell says
"not known" or "not applicable" the truth expects nothing (or ``unknown``) and the row's
messiness tags say so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
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

__all__ = ["BLIND199", "SOURCES", "make_blind199"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish, English demonym, Spanish demonym (m), (f))
# --------------------------------------------------------------------------------------
_COUNTRY: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afgano", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanés", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "austriaco", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladesí", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "búlgaro", "búlgara"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnio",
        "bosnia",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "bielorruso", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "Chinese", "chino", "china"),
    "CIV": (
        "Ivory Coast",
        "Côte d'Ivoire",
        "Costa de Marfil",
        "Ivorian",
        "marfileño",
        "marfileña",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerunés", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombiano", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "alemán", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "argelino", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "egipcio", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "eritreo", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "español", "española"),
    "FRA": ("France", "France", "Francia", "French", "francés", "francesa"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "británico", "británica"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guineano", "guineana"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambiano", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "griego", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatemalteco", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondureño", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croata", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haitiano", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "húngaro", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iraní", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "iraquí", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italiano", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libio", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marroquí", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicano", "mexicana"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macedonio",
        "macedonia",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "maliense", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritano", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigerino", "nigerina"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian", "nigeriano", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistaní", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panameño", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polaco", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "rumano", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "ruso", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "senegalés", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbio", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "sirio", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunecino", "tunecina"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turco", "turca"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American", "estadounidense", ""),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "venezolano", "venezolana"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam", "Vietnamese", "vietnamita", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yemení", "yemení"),
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2}
#: Other names an agency of that language writes for a country (read the same).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "USA": ("USA",),
        "VNM": ("Viêt Nam",),
        "BLR": ("Bélarus",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "GBR": ("Gran Bretaña",),
        "USA": ("EE. UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "BGD": ("Bangladesh",),
        "ROU": ("Rumania",),
    },
}
#: Small slips of the pen (one letter), per language; read the same.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "IRQ": "Irak",
        "VNM": "Veitnam",
        "ALB": "Albainia",
        "SYR": "Sryia",
    },
    "fr": {
        "AFG": "Afghanisatn",
        "ERI": "Erythrée",
        "SYR": "Syire",
        "TUN": "Tunsie",
        "ROU": "Roumaine",
        "NGA": "Nigéria",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senagal",
        "ROU": "Rumaina",
        "VEN": "Venzuela",
        "COL": "Colomiba",
        "DZA": "Argelía",
    },
}
_ACCENTS = str.maketrans("áéíóúñÁÉÍÓÚÑèêëïîôûçÈÊÉÏÎÔÛÇüÜ", "aeiounAEIOUNeeeiioucEEEIIOUCuU")


def _name(iso: str, lang: str) -> str:
    row = _COUNTRY.get(iso)
    if row is None:  # the truth's countries are all in the table
        raise DataContractError(
            f"country {iso!r} of the truth has no name in the blind199 table; add it to "
            "trendlib.samples._blind199._COUNTRY."
        )
    return row[_LANG_COL[lang]]


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Blind199Source(ExaminerSource):
    """A ``blind199`` source: the shared fields plus its own words and habits.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles of the source and their weights (see :func:`_date_cell`).
    crime, exploitation, gender, age, transport, offences : dict
        Canonical word -> the agency's words for it.
    unknown : tuple of str
        Words the agency writes for "not known".
    na : tuple of str
        Words it writes for "not applicable" (exploitation of a smuggling case, an age
        group or a way of travel it does not record).
    count_unknown : tuple of str
        Count cells saying the number is not known.
    zero : tuple of str
        Words it writes for no suspect.
    direct : tuple of str
        Words it writes for a journey without transit country (empty when it leaves the
        cell blank).
    transit_sep, offence_sep : tuple of str
        Separators of its lists.
    country_styles : tuple of (str, float)
        How it writes a country: ``name``, ``upper``, ``demonym``, ``iso3``, ``iso2``,
        ``numeric``, ``alias``, ``typo``, ``plain`` (accents dropped).
    detection : tuple of (str, float)
        How it writes the country of detection (``alias1``: its first alias, ``UK``).
    coords : str
        ``"none"``, ``"decimal"`` (two number cells), ``"dm"`` (degrees and decimal
        minutes in one cell) or ``"geopoint"`` (KoBo ``lat lon alt precision``).
    case_rate : float
        Share of text cells in upper case or with stray spaces.
    """

    dates: tuple[tuple[str, float], ...]
    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    na: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    direct: tuple[str, ...]
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    country_styles: tuple[tuple[str, float], ...]
    detection: tuple[tuple[str, float], ...]
    coords: str
    case_rate: float


_MET = Blind199Source(
    source="met_msce_gs",
    filename="met_msce_gs.xlsx",
    ref="44{seq:05d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "CRIS Number",
        "event_date": "Date Committed",
        "crime_type": "Offence",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "No. of Suspects",
        "gender": "Victim Gender",
        "age_group": "Victim Age Band",
        "nationality": "Victim Nationality",
        "origin_country": "Country of Origin",
        "detection_country": "Country",
        "transit_countries": "Route (Countries Transited)",
        "transport_mode": "Method of Entry / Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Linked Offences",
    },
    note="OFFICIAL-SENSITIVE - extract from CONNECT, figures subject to change",
    total="TOTAL",
    bad_count=("Multiple", "Several", "Large group"),
    repeats=False,
    dates=(("excel", 0.72), ("dmy_hm", 0.18), ("month_en", 0.1)),
    crime={
        "trafficking": (
            "Modern Slavery Act 2015 s.2 - Human Trafficking",
            "MSA 2015 s.2",
            "Human Trafficking (MSA s.2)",
        ),
        "smuggling": (
            "Immigration Act 1971 s.25 - Assisting Unlawful Immigration",
            "IA 1971 s.25",
            "Facilitation (s.25 IA 1971)",
        ),
        "both": ("MSA 2015 s.2 & IA 1971 s.25", "Human Trafficking + s.25 Facilitation"),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation (cannabis cultivation)"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & Female"),
    },
    age={
        "child": ("Child (U18)", "U18", "Child"),
        "adult": ("Adult", "Adult (18+)"),
        "mixed": ("Adult & Child", "Mixed"),
    },
    transport={
        "sea": ("Small boat", "RHIB / small boat", "Ferry (foot passenger)"),
        "land": ("HGV (concealed)", "Lorry", "Vehicle - concealed"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Fraud (false ID documents)", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "illicit_goods": ("Drugs - cannabis", "Drugs offences"),
        "cybercrime": ("Computer misuse",),
        "terrorism": ("Terrorism",),
    },
    unknown=("Not stated", "Unknown", "NK"),
    na=("N/A", "Not applicable"),
    count_unknown=("TBC", "Unknown"),
    zero=("Nil", "None"),
    direct=(),
    transit_sep=(", ", " > "),
    offence_sep=("; ", " / "),
    country_styles=(("demonym", 0.7), ("name", 0.18), ("iso3", 0.06), ("typo", 0.06)),
    detection=(("alias1", 0.82), ("name", 0.18)),
    coords="decimal",
    case_rate=0.04,
)

_ESPERANZA = Blind199Source(
    source="proyecto_esperanza_gs",
    filename="proyecto_esperanza_gs.csv",
    ref="PE/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha detección",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de la explotación",
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
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales a fecha de extracción de la base de casos",
    total="TOTAL PERSONAS",
    bad_count=("varias", "numerosas", "un grupo"),
    repeats=True,
    dates=(("dmy", 0.72), ("dmy2", 0.16), ("mes_es", 0.12)),
    crime={
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
            "177 bis",
        ),
        "smuggling": (
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Tráfico ilícito de migrantes",
            "318 bis",
        ),
        "both": ("Trata (177 bis) y 318 bis", "Trata y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Explotación para delinquir"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres"),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "child": ("Menor de edad", "Menores"),
        "adult": ("Mayor de edad", "Adultos"),
        "mixed": ("Mayores y menores", "Adultos y menores"),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("Vía terrestre", "Autobús", "Furgoneta"),
        "air": ("Avión", "Vía aérea"),
    },
    offences={
        "document_fraud": ("Falsedad documental", "Documentación falsa"),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo", "Blanqueo de capitales"),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("Sin datos", "NS/NC", "Desconocido"),
    na=("No procede",),
    count_unknown=("sin determinar", "s/d"),
    zero=("ninguno", "0 (ninguno)"),
    direct=("Directo",),
    transit_sep=(" - ", ", "),
    offence_sep=(", ", " y "),
    country_styles=(
        ("name", 0.5),
        ("demonym", 0.3),
        ("upper", 0.1),
        ("alias", 0.04),
        ("typo", 0.03),
        ("plain", 0.03),
    ),
    detection=(("name", 0.85), ("upper", 0.15)),
    coords="none",
    case_rate=0.06,
)

_SCELLES = Blind199Source(
    source="fondation_scelles_gs",
    filename="fondation_scelles_gs.csv",
    ref="CRIDES-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. CRIDES",
        "event_date": "Date des faits",
        "crime_type": "Infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de victimes / migrants",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "linked_offences": "Infractions connexes",
    },
    note="Source : revue de presse du CRIDES, données non exhaustives",
    total="Total",
    bad_count=("plusieurs", "des dizaines", "un groupe"),
    repeats=False,
    dates=(("dmy", 0.44), ("long_fr", 0.4), ("mois_fr", 0.1), ("trim_fr", 0.06)),
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "filière d'immigration clandestine",
        ),
        "both": ("traite et trafic de migrants", "TEH + aide au séjour irrégulier"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("délinquance forcée", "contrainte à commettre des délits"),
        "organ_removal": ("trafic d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    gender={
        "female": ("femmes", "femme", "F"),
        "male": ("hommes", "homme", "H"),
        "mixed": ("hommes et femmes", "mixte"),
    },
    age={
        "child": ("mineurs", "mineur(e)s"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "adultes et enfants"),
    },
    transport={
        "sea": ("small boat", "embarcation de fortune", "canot pneumatique"),
        "land": ("camion", "poids lourd", "voie terrestre"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown=("non précisé", "NC", "inconnu"),
    na=("sans objet",),
    count_unknown=("non précisé", "nombre inconnu"),
    zero=("aucun",),
    direct=(),
    transit_sep=(", ", " / "),
    offence_sep=(" ; ", ", "),
    country_styles=(("name", 0.82), ("alias", 0.08), ("typo", 0.05), ("plain", 0.05)),
    detection=(("name", 1.0),),
    coords="none",
    case_rate=0.05,
)

_IRINI = Blind199Source(
    source="eunavfor_irini_gs",
    filename="eunavfor_irini_gs.jsonl",
    ref="IRINI/{year}/IG-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "report_id",
        "event_date": "dtg",
        "crime_type": "assessed_activity",
        "exploitation": "exploitation_type",
        "n_persons": "pob",
        "n_suspects": "suspected_facilitators",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "nationality",
        "destination_country": "intended_destination",
        "detection_country": "country",
        "transit_countries": "route",
        "transport_mode": "conveyance",
        "coordinates": "position",
        "linked_offences": "associated_crime",
    },
    note=None,
    total="SUMMARY",
    bad_count=("MULTIPLE", "LARGE GROUP"),
    repeats=False,
    dates=(("dtg", 0.74), ("iso_z", 0.26)),
    crime={
        "trafficking": ("THB", "TRAFFICKING IN HUMAN BEINGS"),
        "smuggling": ("SOM", "MIGRANT SMUGGLING"),
        "both": ("SOM/THB", "MIGRANT SMUGGLING + THB"),
    },
    exploitation={
        "sexual": ("SEXUAL",),
        "forced_labour": ("LABOUR",),
        "forced_criminality": ("CRIMINAL ACTIVITIES",),
        "organ_removal": ("ORGAN REMOVAL",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "other": ("OTHER",),
    },
    gender={"female": ("F",), "male": ("M",), "mixed": ("MIX", "M/F")},
    age={"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("ADULT+MINOR",)},
    transport={
        "sea": ("WOODEN BOAT", "RUBBER BOAT", "FISHING VESSEL"),
        "land": ("OVERLAND", "VEHICLE"),
        "air": ("AIR",),
    },
    offences={
        "document_fraud": ("DOC FRAUD",),
        "corruption": ("BRIBERY",),
        "money_laundering": ("MONEY LAUNDERING",),
        "illicit_goods": ("FUEL SMUGGLING", "DRUGS"),
        "cybercrime": ("CYBER",),
        "terrorism": ("TERRORISM",),
    },
    unknown=("UNK",),
    na=("N/A",),
    count_unknown=("UNK",),
    zero=("NIL",),
    direct=("DIRECT",),
    transit_sep=("/",),
    offence_sep=("/",),
    country_styles=(("iso3", 0.78), ("upper", 0.22)),
    detection=(("iso3", 1.0),),
    coords="dm",
    case_rate=0.0,
)

_OXFAM = Blind199Source(
    source="oxfam_intermon_gs",
    filename="oxfam_intermon_gs.xlsx",
    ref="OXI-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "ID registro",
        "event_date": "Fecha del incidente",
        "crime_type": "Tipo de incidente",
        "exploitation": "Tipo de explotación",
        "n_persons": "Número de personas afectadas",
        "n_suspects": "Número de presuntos perpetradores",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino (declarado)",
        "detection_country": "País del incidente",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Ubicación GPS",
        "linked_offences": "Delitos asociados",
    },
    note="Fuente: monitoreo de protección de Oxfam y organizaciones socias, datos sin verificar",
    total="Total",
    bad_count=("varias", "muchas", "grupo grande"),
    repeats=True,
    dates=(("iso", 0.58), ("excel", 0.2), ("month_iso", 0.13), ("trim_es", 0.09)),
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico", "Tráfico de migrantes y trata"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas", "Reclutamiento para delinquir"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
        "other": ("Otro",),
    },
    gender={
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Mujeres y hombres"),
    },
    age={
        "child": ("NNA", "Niños, niñas y adolescentes"),
        "adult": ("Adultos", "Personas adultas"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "land": ("Terrestre", "A pie", "Bus"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Documentos falsos",),
        "corruption": ("Soborno", "Corrupción de funcionarios"),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    unknown=("No sabe", "Sin información"),
    na=("No aplica",),
    count_unknown=("No se sabe", "Sin información"),
    zero=("Ninguno",),
    direct=(),
    transit_sep=("; ", ", "),
    offence_sep=("; ",),
    country_styles=(("name", 0.86), ("upper", 0.06), ("alias", 0.04), ("plain", 0.04)),
    detection=(("name", 0.93), ("upper", 0.07)),
    coords="geopoint",
    case_rate=0.04,
)

#: The set's sources, in the order :func:`make_blind199` returns them.
SOURCES: tuple[Blind199Source, ...] = (_MET, _ESPERANZA, _SCELLES, _IRINI, _OXFAM)

# Oxfam rows pasted from partners' CSV files (mojibake, codes, day-first dates, commas).
_PASTED_SHARE = 0.18
_FR_SMALL = (
    "zéro",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
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
_PARTIAL = {"month_en": "month", "mes_es": "month", "mois_fr": "month", "month_iso": "month"}
_PARTIAL |= {"trim_fr": "quarter", "trim_es": "quarter"}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _dtg(ts: pd.Timestamp, hh: int, mm: int) -> str:
    return f"{ts.day:02d}{hh:02d}{mm:02d}Z{_MONTHS_EN[ts.month - 1][:3].upper()}{ts.year % 100:02d}"


def _day_text(src: Blind199Source, ts: pd.Timestamp, style: str, rng: _Rng) -> object:
    """Write a full date in ``style`` (one of the source's day styles)."""
    hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    if style == "excel":
        return ts.to_pydatetime()
    if style == "dmy_hm":
        return f"{ts.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if style == "dtg":
        return _dtg(ts, hh, mm)
    if style == "iso_z":
        return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}Z"
    return ts.strftime("%Y-%m-%d")  # "iso"


def _partial_text(ts: pd.Timestamp, style: str) -> str:
    m = ts.month - 1
    if style == "month_en":
        return f"{_MONTHS_EN[m]} {ts.year}"
    if style == "mes_es":
        return f"{_MONTHS_ES[m]} de {ts.year}"
    if style == "mois_fr":
        return f"{_MONTHS_FR[m]} {ts.year}"
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "trim_fr":
        return f"{ts.quarter}{'er' if ts.quarter == 1 else 'e'} trimestre {ts.year}"
    return f"T{ts.quarter} {ts.year}"  # "trim_es"


def _date_cell(
    src: Blind199Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, pasted: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of the event's date."""
    style = _weighted(rng, src.dates)
    if pasted:  # a partner's CSV: day-first text
        style = "dmy"
    if style in _PARTIAL and not partial_ok:
        style = next(s for s, _ in src.dates if s not in _PARTIAL)
    if style in _PARTIAL:
        prec = _PARTIAL[style]
        start = ts.to_period("M" if prec == "month" else "Q").start_time
        return _partial_text(ts, style), start, prec, ["partial_date"]
    return _day_text(src, ts, style, rng), ts.normalize(), "day", [f"date_{style}"]


def _bad_date(src: Blind199Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=ts.year + 10)
        day_style = next(s for s, _ in src.dates if s not in _PARTIAL)
        return _day_text(src, later, day_style, rng)
    # an impossible day: the 30th of February or the 32nd of the month
    mon = ts.month
    if src.source == _IRINI.source:
        hour = int(rng.integers(0, 24))
        return f"32{hour:02d}00Z{_MONTHS_EN[mon - 1][:3].upper()}{ts.year % 100:02d}"
    if src.source == _SCELLES.source:
        return f"30 février {ts.year}"
    if src.source == _OXFAM.source:
        return f"{ts.year}-02-30"
    return f"32/{mon:02d}/{ts.year}"


def _note_date(src: Blind199Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.format == "jsonl":
        return _dtg(day, 23, 59)
    return day.strftime("%d/%m/%Y")


def _case(src: Blind199Source, text: str, rng: _Rng) -> str:
    if rng.random() >= src.case_rate:
        return text
    k = int(rng.integers(0, 3))
    return text.upper() if k == 0 else f" {text}  " if k == 1 else f"{text} "


def _country(
    src: Blind199Source,
    iso: str,
    rng: _Rng,
    *,
    column: str,
    female: bool,
    style: str | None,
    tags: list[str],
    case: bool = True,
) -> str:
    """Write one country the way the source does; tag what a reader must undo.

    ``style`` forces the way of writing (a pasted row, a transit list); None draws the
    source's own (its ``detection`` styles for the country of detection).
    """
    lang = src.language
    name = _name(iso, lang)
    if style is None:
        styles = src.detection if column == "detection_country" else src.country_styles
        style = _weighted(rng, styles)
    if style == "demonym" and column != "nationality":
        style = "name"
    if style == "alias1" and iso in _ALIASES[lang]:
        tags.append(f"alias:{column}")
        return _ALIASES[lang][iso][0]
    if style == "demonym":
        row = _COUNTRY[iso]
        text = row[3] if lang == "en" else (row[5] if female and row[5] else row[4])
        tags.append(f"demonym:{column}")
        return text
    if style == "iso3":
        tags.append(f"iso3:{column}")
        return iso
    if style == "iso2":
        tags.append(f"iso2:{column}")
        return iso_codes(iso)[0]
    if style == "numeric":
        tags.append(f"numeric:{column}")
        return iso_codes(iso)[1]
    if style == "upper":
        return name.upper()
    if style == "alias" and iso in _ALIASES[lang]:
        tags.append(f"alias:{column}")
        return choice(rng, _ALIASES[lang][iso])
    if style == "typo" and iso in _TYPOS[lang]:
        tags.append(f"typo:{column}")
        return _TYPOS[lang][iso]
    if style == "plain" and name.translate(_ACCENTS) != name:
        tags.append(f"typo:{column}")
        return name.translate(_ACCENTS)
    return _case(src, name, rng) if case else name


def _count(src: Blind199Source, n: int, rng: _Rng, *, pasted: bool, persons: bool = True) -> object:
    """Write a count (of persons, or of suspects) the way the source does."""
    if src.source == _SCELLES.source and 1 <= n <= 10 and rng.random() < 0.6:
        # the press writes small numbers in words ("une" victime, "un" passeur)
        return _FR_SMALL[n] if persons or n != 1 else "un"
    if n >= 1000:
        if src.language == "fr":
            return f"{n // 1000}\u202f{n % 1000:03d}"
        if src.language == "es" and (src.format == "csv" or pasted):
            return f"{n // 1000}.{n % 1000:03d}"
    if src.format == "csv":
        return str(n)
    if pasted:
        return str(n)
    return n


def _dm(value: float, *, lat: bool) -> str:
    hemi = ("N" if value >= 0 else "S") if lat else ("E" if value >= 0 else "W")
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 1)
    if minutes >= 60.0:
        deg, minutes = deg + 1, 0.0
    width = 2 if lat else 3
    return f"{deg:0{width}d}{minutes:04.1f}{hemi}"


def _coords(
    src: Blind199Source,
    lat: float,
    lon: float,
    rng: _Rng,
    *,
    pasted: bool,
    blank: bool,
    tags: list[str],
) -> tuple[dict[str, object], float | None, float | None]:
    """Cells and expected values of the place of detection."""
    if src.coords == "none":
        tags.append("coords_missing")
        return {}, None, None
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    if rng.random() < 0.05:  # no fix recorded
        tags.append("coords_missing")
        return {}, None, None
    if src.coords == "decimal":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    if src.coords == "dm":
        tags.append("coords_dm")
        cell = f"{_dm(lat, lat=True)} {_dm(lon, lat=False)}"
        return {"coordinates": cell}, lat, lon
    if pasted:
        tags.append("decimal_comma:coordinates")
        cell = f"{lat:.5f}".replace(".", ",") + " / " + f"{lon:.5f}".replace(".", ",")
        return {"coordinates": cell}, lat, lon
    alt = round(float(rng.normal(40, 15)), 1)
    acc = round(float(rng.uniform(3, 25)), 1)
    tags.append("geopoint")
    return {"coordinates": f"{lat:.6f} {lon:.6f} {alt} {acc}"}, lat, lon


def _render(
    src: Blind199Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    pasted = src.source == _OXFAM.source and rng.random() < _PASTED_SHARE
    if pasted:
        tags.append("pasted_row")
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok=partial_ok, pasted=pasted
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(src, choice(rng, src.crime[crime]), rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.na) if rng.random() < 0.35 else None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _case(src, choice(rng, src.exploitation[str(expl)]), rng)
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, pasted=pasted)
        exp["n_persons"] = n
        if isinstance(cells["n_persons"], str) and not cells["n_persons"].isdigit():
            tags.append("count_text")

    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif s == 0 and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    elif r > 0.97:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
        tags.append("suspects_placeholder")
    elif r > 0.95:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"] = _count(src, s, rng, pasted=pasted, persons=False)
        exp["n_suspects"] = s
        if src.source == _SCELLES.source and isinstance(cells["n_suspects"], str):
            if not cells["n_suspects"].isdigit():
                tags.append("count_text")

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _case(src, choice(rng, src.gender[gender]), rng)
        exp["gender"] = gender
    female = gender == "female"

    for col, words in (("age_group", src.age), ("transport_mode", src.transport)):
        val = str(ev[col])
        if rng.random() < 0.025:
            cells[col] = choice(rng, src.na + src.unknown)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _case(src, choice(rng, words[val]), rng)
            exp[col] = val

    # a pasted partner row writes every country one way: codes (alpha-2 or numeric) or names
    row_style = _weighted(rng, (("iso2", 0.4), ("numeric", 0.3), ("name", 0.3))) if pasted else None
    if row_style is not None:
        tags.append(f"pasted_{row_style}")
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has or iso is None:
            exp[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col != "detection_country" and rng.random() < 0.03:
            word = choice(rng, src.unknown) if rng.random() < 0.6 else None
            cells[col], exp[col] = word, None
            tags.append("blank_nationality" if col == "nationality" else f"empty:{col}")
            continue
        cells[col] = _country(
            src, str(iso), rng, column=col, female=female, style=row_style, tags=tags
        )
        exp[col] = iso

    transit = ev["transit_countries"]
    if "transit_countries" not in has:
        exp["transit_countries"] = None
    elif transit is None:
        cells["transit_countries"] = choice(rng, src.direct) if src.direct else None
        exp["transit_countries"] = None
    else:
        isos = str(transit).split("|")
        style = row_style or _weighted(rng, src.country_styles)
        odd = int(rng.integers(len(isos)))  # a slip or an alias touches one name of the list
        parts = [
            _country(
                src,
                c,
                rng,
                column="transit_countries",
                female=False,
                style=style if style not in ("typo", "plain", "alias") or k == odd else "name",
                tags=tags,
                case=False,
            )
            for k, c in enumerate(isos)
        ]
        cells["transit_countries"] = _case(src, choice(rng, src.transit_sep).join(parts), rng)
        exp["transit_countries"] = transit

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    pos, exp["lat"], exp["lon"] = _coords(
        src, lat, lon, rng, pasted=pasted, blank=forced_blank == "coordinates", tags=tags
    )
    cells.update(pos)
    if forced_blank == "coordinates" and "blank_coordinates" not in tags:
        tags.append("blank_coordinates")

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        said = [choice(rng, src.offences[o]) for o in str(off).split("|")]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(said)
    exp["linked_offences"] = off

    if pasted:  # the partner's UTF-8 file was opened as cp1252 before it was pasted
        garbled = False
        for key, cell in cells.items():
            if isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None:
                    cells[key], garbled = bad, True
        if garbled:
            tags.append("mojibake")
    for key, cell in cells.items():  # a cp1252 file cannot hold every character
        if isinstance(cell, str) and not fits(cell, src):
            cells[key] = cell.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


#: The variant: its sources, who first reports what, and how each writes a cell.
BLIND199: Examiner[Blind199Source] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": _MET.source,
        "ESP": _ESPERANZA.source,
        "FRA": _SCELLES.source,
        "ITA": _IRINI.source,
    },
    compilation=_OXFAM.source,
    secondary={
        ("channel", "FRA"): _MET.source,
        ("channel", "GBR"): _SCELLES.source,
        ("thb_vnm_gbr", "GBR"): _SCELLES.source,
        ("thb_rou_esp", "ESP"): _SCELLES.source,
        ("watl", "ESP"): _OXFAM.source,
        ("wmed", "ESP"): _OXFAM.source,
        ("cmed", "ITA"): _OXFAM.source,
        ("thb_nga_ita", "ITA"): _ESPERANZA.source,
        ("thb_rou_esp", "ITA"): _ESPERANZA.source,
        ("emed", "GRC"): _SCELLES.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=199,
    blank_share=0.3,
)


def make_blind199(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind199`` submissions (files ``*_gs.*``).

    The Metropolitan Police's modern-slavery unit (XLSX, English) first reports the
    United Kingdom's events, Proyecto Esperanza (CSV cp1252 ``;``, Spanish) Spain's, the
    Fondation Scelles' press desk (CSV UTF-16 tab, French) France's, operation IRINI
    (JSON lines, English) Italy's and Oxfam Intermón's protection monitoring (XLSX,
    Spanish) every other event. About 4 % of the events are reported a second time by
    another source, some rows are bad (no, impossible or future date; negative or
    unreadable count), each file has its garbage rows and two re-send some rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output, or holds a country
        the set has no name for.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind199(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['met_msce_gs.xlsx', 'proyecto_esperanza_gs.csv', 'fondation_scelles_gs.csv',
     'eunavfor_irini_gs.jsonl', 'oxfam_intermon_gs.xlsx']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND199, truth, seed=seed)
