"""Examiner sample set ``blind229`` (files ``*_hw.*``): coach operators and a press desk.

Five sources that trendlib has not read before, written by an examiner who never saw the
cleaner. Three are the security desks of long-distance coach operators, which log the
smuggled groups and trafficked passengers found on their coaches, at their terminals and
at the checkpoints their lines cross; one is a coach operator's desk that also carries
the groups of the Spanish humanitarian-reception programme from the landing points; the
fifth is a French-language press-monitoring desk that compiles everything else.

``greyhound_security_hw.csv``
    Greyhound Lines (FlixBus North America), Corporate Security: Border Patrol boardings
    and smuggling incidents at its Arizona and Texas terminals (events detected in the
    USA). English, UTF-8, ``,``; US month-first dates (``05/17/2023``, ``5/17/2023``,
    ``May 17, 2023``); nationalities as demonyms (``Guatemalan``) and now and then
    Border Patrol's ``OTM`` ("other than Mexican", which names no country: nationality
    unknown); ``UNK`` counts; one ``Lat/Long`` cell, sometimes the GPS null fix
    ``0.00000, 0.00000`` (no place) or longitude first (out of range, read back).
``tica_bus_seguridad_hw.xlsx``
    Tica Bus, Departamento de Seguridad (Panamá): groups leaving the Darién reception
    stations and checkpoints on its coaches (events detected in Panama). Spanish, XLSX:
    real Excel dates, bare Excel serials and ``dd/mm/yyyy`` text; ``NNA`` (niños, niñas
    y adolescentes) for children; demonyms; ``EE.UU.``; counts as numbers or as text
    with a thousands comma (``1,250``); Excel's ``#¡VALOR!`` in an unreadable count.
``flixbus_security_hw.jsonl``
    FlixBus (Flix SE) Security Operations Center, Munich: incidents on its Balkan and
    Polish lines (events detected in Croatia and Poland). English keys, JSON lines;
    ISO 8601 timestamps with the local offset; ISO alpha-2 country codes; the transit
    route as ``TR > BG > RS``; ``lat``/``lng``, sometimes the GPS null fix ``0, 0``.
``alsa_seguridad_hw.csv``
    ALSA, Dirección de Seguridad Corporativa: groups carried from the landing points
    (Ceuta, Melilla, Almería, the Canaries) under the humanitarian-reception programme,
    and labour- and sex-trafficking cases among passengers to Huelva and Almería (events
    detected in Spain). Spanish, cp1252, ``;``, day-first dates; ``H``/``M`` (hombre,
    mujer) for the sex; ``MENA`` for minors; thousands with a dot (``1.250``); decimal
    commas in the coordinates; a share of country names garbled by a UTF-8 export read
    as cp1252 (``TÃºnez``).
``rfi_veille_migrations_hw.csv``
    RFI (Radio France Internationale), cellule de veille migrations: a compilation of
    press and wire reports (events detected in Italy, Greece, France and the United
    Kingdom, and second reports of others). French, UTF-16 with BOM, tab-delimited (an
    Excel "Unicode text" export); dates as ``17/05/2023``, ``1er mai 2023``, month or
    quarter only (``mai 2023``, ``T2 2023``); counts with a narrow no-break space as
    thousands separator, small counts in words (``trois``), ``plusieurs`` (unreadable)
    and ``non précisé`` (not known); coordinates as ``50,95123 ; 1,85234``.

The truth expects what a careful analyst reads in each cell: a word that says "not
known" expects no value (``unknown`` in a vocabulary column), a garbled or misspelt but
readable name expects its country, and a cell that cannot be read is a bad row.
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._render import swap_typo
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND229", "SOURCES", "HwSource", "make_blind229"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
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
_FR_NUMBERS: tuple[str, ...] = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six")
_FR_NUMBERS = (*_FR_NUMBERS, "sept", "huit", "neuf", "dix")


@dataclass(frozen=True)
class HwSource(ExaminerSource):
    """A source of ``blind229``: the shared fields plus the agency's own words.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : dict
        Design word -> the agency's words for it (the first is the usual one).
    not_applicable : tuple of str
        What the agency writes in the exploitation cell of a smuggling case.
    unknown : tuple of str
        What it writes for a value it does not know.
    placeholder : tuple of str
        What it writes for a count it does not know (the record stays, with no count).
    zero : tuple of str
        Its words for "no suspects".
    demonyms : dict
        ISO alpha-3 -> the nationality adjective it writes.
    aliases : dict
        ISO alpha-3 -> another name it uses (``EE.UU.``, ``Angleterre``).
    styles : dict
        Column -> (style -> weight) of its country cells.
    transit_sep : tuple of str
        Separators of its transit lists.
    offence_sep : tuple of str
        Separators of its linked offences.
    places : dict
        Truth hotspot -> its name for the place.
    case_rate : float
        Share of its text cells typed with another case or stray spaces.
    """

    crime: _Words = field(default_factory=dict)
    exploitation: _Words = field(default_factory=dict)
    gender: _Words = field(default_factory=dict)
    age: _Words = field(default_factory=dict)
    mode: _Words = field(default_factory=dict)
    offences: _Words = field(default_factory=dict)
    not_applicable: tuple[str | None, ...] = (None,)
    unknown: tuple[str, ...] = ("unknown",)
    placeholder: tuple[str, ...] = ("unknown",)
    zero: tuple[str, ...] = ("none",)
    demonyms: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    styles: dict[str, dict[str, float]] = field(default_factory=dict)
    transit_sep: tuple[str, ...] = (", ",)
    offence_sep: tuple[str, ...] = (", ",)
    places: dict[str, tuple[str, ...]] = field(default_factory=dict)
    case_rate: float = 0.0


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_GREYHOUND = HwSource(
    source="greyhound_security",
    filename="greyhound_security_hw.csv",
    ref="GLS-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Incident Date",
        "place": "Terminal / Location",
        "detection_country": "Country",
        "crime_type": "Incident Type",
        "exploitation": "Trafficking Type",
        "n_persons": "# Pax Involved",
        "n_suspects": "# Suspects (Smugglers)",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination Country",
        "transport_mode": "Conveyance",
        "coordinates": "Lat/Long",
        "linked_offences": "Related Offenses",
    },
    note="NOTE: extract from GL Security incident system - figures subject to revision",
    total="TOTAL",
    bad_count=("multiple", "see narrative", "several"),
    repeats=True,
    crime={
        "smuggling": ("Human Smuggling", "Alien Smuggling", "Smuggling"),
        "trafficking": ("Human Trafficking", "Trafficking"),
        "both": ("Smuggling/Trafficking", "Human Smuggling & Trafficking"),
    },
    exploitation={
        "sexual": ("Sex Trafficking", "Commercial sex"),
        "forced_labour": ("Labor Trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("M/F", "Mixed")},
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Juvenile", "Minor", "UAC"),
        "mixed": ("Adults & Juveniles", "Family unit"),
    },
    mode={
        "land": ("Bus", "Motorcoach", "Bus", "On foot", "Private vehicle"),
        "sea": ("Boat",),
        "air": ("Air",),
    },
    offences={
        "document_fraud": ("Fraudulent documents", "Fake ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    not_applicable=(None, "N/A"),
    unknown=("UNK", "Unknown"),
    placeholder=("UNK", "Unknown", "TBD"),
    zero=("None", "NONE"),
    demonyms={
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
        "COL": "Colombian",
        "HTI": "Haitian",
        "CHN": "Chinese",
        "SLV": "Salvadoran",
    },
    aliases={"USA": "U.S."},
    styles={
        "nationality": {"demonym": 0.6, "name": 0.2, "upper": 0.15, "typo": 0.05},
        "origin_country": {"name": 0.8, "upper": 0.15, "typo": 0.05},
        "destination_country": {"iso3": 0.6, "name": 0.25, "alias": 0.15},
        "detection_country": {"iso3": 0.6, "iso2": 0.2, "name": 0.2},
    },
    offence_sep=(" / ", "; "),
    places={
        "Nogales (Sonora/Arizona)": ("Nogales, AZ", "Tucson, AZ"),
        "Sasabe": ("Tucson, AZ", "SR-286 checkpoint (Sasabe)"),
        "El Paso": ("El Paso, TX",),
        "Rio Grande Valley": ("McAllen, TX", "Harlingen, TX", "Brownsville, TX"),
    },
)

_TICA = HwSource(
    source="tica_bus_seguridad",
    filename="tica_bus_seguridad_hw.xlsx",
    ref="TB-PA-{seq:04d}-{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° Reporte",
        "event_date": "Fecha",
        "place": "Punto de control / Terminal",
        "detection_country": "País",
        "crime_type": "Tipo de caso",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. migrantes",
        "n_suspects": "Presuntos traficantes/tratantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar, sujeta a verificación con el SNM",
    total="TOTAL GENERAL",
    bad_count=("varios", "#¡VALOR!", "grupo"),
    repeats=False,
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas", "Trata"),
        "both": ("Trata y tráfico", "Trata de personas / tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
        "other": ("Otra",),
    },
    gender={
        "male": ("Masculino", "M"),
        "female": ("Femenino", "F"),
        "mixed": ("Mixto", "M y F"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad", "Menores"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "land": ("Terrestre", "Bus", "Autobús", "A pie"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos", "Cohecho"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    not_applicable=("No aplica", None),
    unknown=("Sin información", "S/I"),
    placeholder=("Por determinar", "s/d"),
    zero=("Ninguno", "ninguno"),
    demonyms={
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
    aliases={"USA": "EE.UU."},
    styles={
        "nationality": {"name": 0.5, "demonym": 0.3, "upper": 0.1, "iso3": 0.05, "plain": 0.05},
        "origin_country": {"name": 0.8, "plain": 0.1, "upper": 0.1},
        "destination_country": {"name": 0.45, "alias": 0.35, "iso3": 0.2},
        "detection_country": {"name": 0.6, "upper": 0.2, "iso2": 0.1, "plain": 0.1},
        "transit_countries": {"name": 0.85, "plain": 0.15},
    },
    transit_sep=(" - ", ", "),
    offence_sep=(", ",),
    places={
        "Darién gap": ("Puesto de control Metetí", "Yaviza", "Puesto de control Agua Fría"),
        "Bajo Chiquito": ("Bajo Chiquito", "ETRM San Vicente"),
        "Lajas Blancas": ("ETRM Lajas Blancas",),
    },
)

_FLIX = HwSource(
    source="flixbus_security",
    filename="flixbus_security_hw.jsonl",
    ref="SOC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "place": "stop_or_segment",
        "detection_country": "country",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "pax_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "transit_countries": "route_transit",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "group"),
    repeats=True,
    crime={
        "smuggling": ("Migrant smuggling", "Irregular migration - smuggling"),
        "trafficking": ("Human trafficking", "THB (suspected)"),
        "both": ("Smuggling + THB",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={
        "adult": ("adult", "18+"),
        "child": ("minor", "child", "U18"),
        "mixed": ("adults+minors", "mixed"),
    },
    mode={
        "land": ("bus", "coach", "on foot", "car"),
        "sea": ("boat",),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    not_applicable=(None,),
    unknown=("unknown",),
    placeholder=("unknown", "tbc"),
    zero=("none",),
    styles={
        "nationality": {"iso2": 0.85, "name": 0.15},
        "origin_country": {"iso2": 0.9, "name": 0.1},
        "destination_country": {"iso2": 1.0},
        "detection_country": {"iso2": 1.0},
        "transit_countries": {"iso2": 1.0},
    },
    transit_sep=(" > ",),
    offence_sep=("; ",),
    places={
        "Cetingrad (BIH–HRV border)": ("Bihać - Zagreb segment", "Slunj stop"),
        "Bajakovo (SRB–HRV border)": ("Bajakovo BCP", "Beograd - Zagreb segment"),
        "Kuźnica": ("Kuźnica", "Białystok bus station"),
        "Białowieża": ("Hajnówka stop", "Białystok bus station"),
        "Michałowo": ("Michałowo", "Białystok bus station"),
    },
)

_ALSA = HwSource(
    source="alsa_seguridad",
    filename="alsa_seguridad_hw.csv",
    ref="ALSA/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Incidencia",
        "event_date": "Fecha",
        "place": "Estación / Punto",
        "detection_country": "País detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales - Dirección de Seguridad Corporativa",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=True,
    crime={
        "smuggling": (
            "Favorecimiento de la inmigración irregular",
            "Tráfico de inmigrantes",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("Trata + favorecimiento inmigración irregular",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "male": ("Varones", "H", "Hombres"),
        "female": ("Mujeres", "M"),
        "mixed": ("Mixto", "H y M", "Ambos sexos"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA", "Menor"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "sea": ("Marítimo", "Patera", "Cayuco", "Neumática"),
        "land": ("Terrestre", "Autobús", "Furgoneta"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    not_applicable=(None,),
    unknown=("No consta", "Desconocido"),
    placeholder=("s/d", "sin determinar"),
    zero=("ninguno", "Ninguno"),
    demonyms={
        "MAR": "marroquí",
        "DZA": "argelina",
        "GIN": "guineana",
        "MLI": "maliense",
        "SEN": "senegalesa",
        "GMB": "gambiana",
        "CIV": "marfileña",
        "ROU": "rumana",
    },
    styles={
        "nationality": {
            "name": 0.4,
            "upper": 0.3,
            "demonym": 0.12,
            "mojibake": 0.08,
            "typo": 0.05,
            "plain": 0.05,
        },
        "origin_country": {"name": 0.5, "upper": 0.35, "mojibake": 0.08, "typo": 0.07},
        "destination_country": {"name": 0.55, "upper": 0.35, "mojibake": 0.1},
        "detection_country": {"name": 0.5, "upper": 0.4, "iso2": 0.1},
        "transit_countries": {"name": 0.6, "upper": 0.3, "mojibake": 0.1},
    },
    transit_sep=(" / ", " - "),
    offence_sep=(" / ", ", "),
    places={
        "Ceuta": ("Ceuta (CETI)", "Ceuta"),
        "Melilla": ("Melilla (CETI)", "Melilla"),
        "Almería": ("Almería - Puerto", "Estación Almería"),
        "Gran Canaria": ("Arguineguín", "Las Palmas - San Telmo"),
        "Tenerife": ("Los Cristianos",),
        "El Hierro": ("La Restinga",),
        "Lanzarote": ("Arrecife",),
        "Huelva": ("Estación Huelva", "Lepe", "Moguer"),
        "Almería (El Ejido)": ("El Ejido",),
    },
    case_rate=0.06,
)

_RFI = HwSource(
    source="rfi_veille_migrations",
    filename="rfi_veille_migrations_hw.csv",
    ref="VM-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. veille",
        "event_date": "Date des faits",
        "place": "Lieu",
        "detection_country": "Pays",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Passeurs / suspects interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité(s)",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées (lat ; long)",
        "linked_offences": "Infractions connexes",
        "media": "Média",
    },
    note="NB : recensement non exhaustif établi d'après la presse et les dépêches",
    total="Total",
    bad_count=("plusieurs", "de nombreux", "nombreux"),
    repeats=False,
    crime={
        "smuggling": (
            "trafic de migrants",
            "aide à l'entrée et au séjour irréguliers",
            "filière de passage",
        ),
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "both": ("traite et trafic de migrants",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("hommes", "masculin"),
        "female": ("femmes", "féminin"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "MNA", "enfants"),
        "mixed": ("adultes et mineurs", "mixte"),
    },
    mode={
        "sea": ("embarcation", "small boat", "bateau pneumatique", "voie maritime"),
        "land": ("voie terrestre", "camion", "autocar", "à pied"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    not_applicable=(None, "sans objet"),
    unknown=("non précisé", "NC"),
    placeholder=("non précisé", "NC"),
    zero=("aucun",),
    demonyms={
        "AFG": "afghane",
        "SYR": "syrienne",
        "IRQ": "irakienne",
        "IRN": "iranienne",
        "ERI": "érythréenne",
        "ALB": "albanaise",
        "VNM": "vietnamienne",
        "TUN": "tunisienne",
        "EGY": "égyptienne",
        "BGD": "bangladaise",
        "CIV": "ivoirienne",
        "GIN": "guinéenne",
        "PAK": "pakistanaise",
        "NGA": "nigériane",
        "CMR": "camerounaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "MAR": "marocaine",
        "DZA": "algérienne",
        "MLI": "malienne",
        "VEN": "vénézuélienne",
        "MEX": "mexicaine",
        "TUR": "turque",
    },
    aliases={"GBR": "Angleterre", "USA": "USA"},
    styles={
        "nationality": {"name": 0.55, "demonym": 0.25, "lower": 0.08, "iso3": 0.06, "typo": 0.06},
        "origin_country": {"name": 0.85, "lower": 0.1, "typo": 0.05},
        "destination_country": {"name": 0.75, "alias": 0.2, "lower": 0.05},
        "detection_country": {"name": 0.9, "upper": 0.1},
        "transit_countries": {"name": 0.9, "lower": 0.1},
    },
    transit_sep=(", ", " puis "),
    offence_sep=(" ; ", ", "),
    places={
        "Lampedusa": ("Lampedusa",),
        "Pozzallo": ("Pozzallo (Sicile)",),
        "Crotone": ("Crotone (Calabre)",),
        "Lesbos": ("Lesbos", "Mytilène"),
        "Samos": ("Samos",),
        "Evros": ("Évros",),
        "Calais": ("Calais", "Sangatte"),
        "Dunkirk/Gravelines": ("Gravelines", "Dunkerque"),
        "Dover": ("Douvres",),
        "London": ("Londres",),
        "Castel Volturno": ("Castel Volturno (Campanie)",),
        "Torino": ("Turin",),
        "Palermo": ("Palerme",),
        "Latina (Agro Pontino)": ("Latina (Latium)",),
        "Birmingham": ("Birmingham",),
        "Glasgow": ("Glasgow",),
        "Nogales (Sonora/Arizona)": ("Nogales (Arizona)",),
        "Sasabe": ("Sasabe (Arizona)",),
        "El Paso": ("El Paso (Texas)",),
        "Rio Grande Valley": ("vallée du Rio Grande (Texas)",),
        "Darién gap": ("jungle du Darién",),
        "Bajo Chiquito": ("Bajo Chiquito (Darién)",),
        "Lajas Blancas": ("Lajas Blancas (Darién)",),
        "Cetingrad (BIH–HRV border)": ("Cetingrad (frontière bosno-croate)",),
        "Bajakovo (SRB–HRV border)": ("Bajakovo (frontière serbo-croate)",),
        "Gran Canaria": ("Grande Canarie",),
        "Almería (El Ejido)": ("El Ejido (Almería)",),
    },
    case_rate=0.05,
)

#: The five sources of ``blind229``, in the order of the submissions.
SOURCES: tuple[HwSource, ...] = (_GREYHOUND, _TICA, _FLIX, _ALSA, _RFI)

_MEDIA = {
    "ITA": ("ANSA", "AFP", "Reuters"),
    "GRC": ("Kathimerini", "AFP", "ERT"),
    "FRA": ("La Voix du Nord", "AFP", "France Bleu Nord"),
    "GBR": ("BBC", "The Guardian", "PA Media"),
    "ESP": ("EFE", "El País", "Europa Press"),
    "USA": ("AP", "AFP"),
    "PAN": ("AFP", "La Prensa (Panamá)", "EFE"),
    "HRV": ("HINA", "AFP"),
    "POL": ("PAP", "AFP"),
}


# --------------------------------------------------------------------------------------
# Writing one row
# --------------------------------------------------------------------------------------
class _Row:
    """Cells, expected values and tags of one row being written."""

    def __init__(self, src: HwSource, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.ev = ev
        self.rng = rng
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {}
        self.tags: list[str] = []

    def roll(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def pick(self, options: tuple[str, ...]) -> str:
        return choice(self.rng, options)

    def weighted(self, weights: dict[str, float]) -> str:
        keys = list(weights)
        w = np.array([weights[k] for k in keys], dtype=float)
        return keys[int(self.rng.choice(len(keys), p=w / w.sum()))]

    def noisy(self, col: str, text: str) -> str:
        """Another case or stray spaces now and then (the meaning stays)."""
        if not self.roll(self.src.case_rate):
            return text
        kind = int(self.rng.integers(0, 3))
        out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
        if out != text:
            self.tags.append(f"case:{col}")
        return out


def _plain(text: str) -> str:
    """``text`` without its accents (``Panamá`` -> ``Panama``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country_text(row: _Row, col: str, iso: str, style: str) -> str:
    """Write one ISO alpha-3 code in ``style``; tag what a reader has to undo."""
    src = row.src
    name = _name(iso, src.language)
    if style == "iso2":
        text = iso_codes(iso)[0]
        text = "UK" if text == "GB" and src.format == "jsonl" else text
    elif style == "iso3":
        text = iso
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "plain":
        text = _plain(name)
    elif style == "demonym":
        text = src.demonyms.get(iso, name)
    elif style == "alias":
        text = src.aliases.get(iso, name)
    elif style == "typo":
        text = str(COUNTRIES[iso][5]) if src.language == "en" else swap_typo(name)
    elif style == "mojibake":
        text = mojibake(name) or name
    else:
        text = name
    if not fits(text, src):
        text, style = _plain(name), "plain"
    if text != name or style in ("iso2", "iso3"):
        row.tags.append(f"{style}:{col}")
    return text


def _country(row: _Row, col: str, *, unknown_rate: float = 0.0) -> None:
    iso = row.ev[col]
    if iso is None:
        row.cells[col], row.exp[col] = None, None
        return
    if row.roll(unknown_rate):  # the agency did not know it
        row.cells[col], row.exp[col] = row.pick(row.src.unknown), None
        row.tags.append(f"unknown:{col}")
        return
    style = row.weighted(row.src.styles[col])
    text = _country_text(row, col, str(iso), style)
    row.cells[col] = text if style in ("iso2", "iso3") else row.noisy(col, text)
    row.exp[col] = iso


def _transit(row: _Row) -> None:
    value = row.ev["transit_countries"]
    row.exp["transit_countries"] = value
    if value is None:
        row.cells["transit_countries"] = None
        return
    style = row.weighted(row.src.styles["transit_countries"])
    parts = [_country_text(row, "transit_countries", c, style) for c in str(value).split("|")]
    sep = row.pick(row.src.transit_sep)
    if sep == " puis " and len(parts) == 1:
        sep = ", "
    row.cells["transit_countries"] = sep.join(parts)


def _vocab(row: _Row, col: str, words: dict[str, tuple[str, ...]], value: str) -> None:
    forms = words[value]
    usual = forms[0]
    text = usual if row.roll(0.6) or len(forms) == 1 else row.pick(forms[1:])
    row.cells[col] = row.noisy(col, text)
    row.exp[col] = value


def _exploitation(row: _Row) -> None:
    value = row.ev["exploitation"]
    if value is None:  # a smuggling case: the agency leaves it blank or "not applicable"
        words = [w for w in row.src.not_applicable if w is not None]
        row.cells["exploitation"] = row.pick(tuple(words)) if words and row.roll(0.5) else None
        row.exp["exploitation"] = None
        return
    if row.roll(0.04):
        row.cells["exploitation"] = row.pick(row.src.unknown)
        row.exp["exploitation"] = "unknown"
        row.tags.append("unknown:exploitation")
        return
    _vocab(row, "exploitation", row.src.exploitation, str(value))


def _na_vocab(row: _Row, col: str, words: dict[str, tuple[str, ...]], rate: float) -> None:
    """Age group or transport mode; now and then a word saying "not known"."""
    if row.roll(rate):
        row.cells[col] = row.pick(row.src.unknown)
        row.exp[col] = "unknown"
        row.tags.append(f"na_word:{col}")
        return
    _vocab(row, col, words, str(row.ev[col]))


def _offences(row: _Row) -> None:
    value = row.ev["linked_offences"]
    row.exp["linked_offences"] = value
    if value is None:
        row.cells["linked_offences"] = None
        return
    words = []
    for offence in str(value).split("|"):
        forms = row.src.offences[offence]
        words.append(forms[0] if row.roll(0.6) else row.pick(forms))
    row.cells["linked_offences"] = row.pick(row.src.offence_sep).join(words)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _thousands(n: int, src: HwSource, rng: _Rng) -> str:
    if src.source == "alsa_seguridad":
        return f"{n:,}".replace(",", ".")
    if src.source == "rfi_veille_migrations":
        sep = choice(rng, ("\u202f", "\u00a0", " "))
        return f"{n:,}".replace(",", sep)
    return f"{n:,}"


def _persons(row: _Row) -> None:
    src, n = row.src, int(row.ev["n_persons"])  # type: ignore[call-overload]
    row.exp["n_persons"] = n
    if row.roll(0.025):
        row.cells["n_persons"] = row.pick(src.placeholder)
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
        return
    if n >= 1000 and (src.format == "csv" or row.roll(0.5)):
        row.cells["n_persons"] = _thousands(n, src, row.rng)
        row.tags.append("thousands:n_persons")
        return
    if src.source == "rfi_veille_migrations" and n <= 10 and row.roll(0.12):
        row.cells["n_persons"] = _FR_NUMBERS[n]
        row.tags.append("count_word")
        return
    if src.format == "csv":
        row.cells["n_persons"] = str(n)
    elif src.format == "jsonl" and row.roll(0.1):
        row.cells["n_persons"] = str(n)  # the app's free-text field
    else:
        row.cells["n_persons"] = n


def _suspects(row: _Row, forced_blank: str | None) -> None:
    src, n = row.src, int(row.ev["n_suspects"])  # type: ignore[call-overload]
    row.exp["n_suspects"] = n
    if forced_blank == "n_suspects":
        row.cells["n_suspects"], row.exp["n_suspects"] = None, None
        row.tags.append("blank_n_suspects")
    elif row.roll(0.03):
        row.cells["n_suspects"], row.exp["n_suspects"] = row.pick(src.placeholder), None
        row.tags.append("suspects_placeholder")
    elif n == 0 and row.roll(0.4):
        row.cells["n_suspects"] = row.pick(src.zero)
        row.tags.append("zero_word")
    else:
        row.cells["n_suspects"] = str(n) if src.format == "csv" else n


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _us(ts: pd.Timestamp, style: str) -> str:
    if style == "long":
        return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}"
    if style == "short":
        return f"{ts.month}/{ts.day}/{ts.year}"
    return ts.strftime("%m/%d/%Y")


def _fr_long(ts: pd.Timestamp) -> str:
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_MOIS[ts.month - 1]} {ts.year}"


def _offset(ts: pd.Timestamp) -> str:
    return "+02:00" if 4 <= ts.month <= 10 else "+01:00"  # CEST / CET, to the month


def _date(row: _Row, ts: pd.Timestamp, *, partial_ok: bool) -> None:
    """Write the event's date the agency's way; month or quarter only in the press desk."""
    src, rng = row.src, row.rng
    row.exp["event_date"], row.exp["date_precision"] = ts, "day"
    name = src.source
    cell: object
    if name == "greyhound_security":
        style = row.weighted({"pad": 0.7, "short": 0.15, "long": 0.15})
        cell = _us(ts, style)
        row.tags.append("us_date")
    elif name == "tica_bus_seguridad":
        style = row.weighted({"excel": 0.7, "serial": 0.1, "text": 0.2})
        if style == "excel":
            cell = ts.to_pydatetime()
        elif style == "serial":
            cell = int((ts - _EXCEL_EPOCH).days)
            row.tags.append("excel_serial")
        else:
            cell = ts.strftime("%d/%m/%Y")
    elif name == "flixbus_security":
        if row.roll(0.7):
            hour, minute = int(rng.integers(6, 22)), int(rng.integers(0, 60))
            cell = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00{_offset(ts)}"
            row.tags.append("iso_datetime")
        else:
            cell = ts.strftime("%Y-%m-%d")
    elif name == "alsa_seguridad":
        fmt = row.weighted({"%d/%m/%Y": 0.8, "%d/%m/%y": 0.1, "%d-%m-%Y": 0.1})
        cell = ts.strftime(fmt)
    else:
        weights = {"num": 0.55, "long": 0.25, "month": 0.13, "quarter": 0.07}
        if not partial_ok:
            weights = {"num": 0.65, "long": 0.35}
        style = row.weighted(weights)
        if style == "num":
            cell = ts.strftime("%d/%m/%Y")
        elif style == "long":
            cell = _fr_long(ts)
        elif style == "month":
            cell = f"{_MOIS[ts.month - 1]} {ts.year}"
            row.exp["event_date"] = ts.to_period("M").start_time
            row.exp["date_precision"] = "month"
            row.tags.append("partial_date")
        else:
            cell = f"T{ts.quarter} {ts.year}"
            row.exp["event_date"] = ts.to_period("Q").start_time
            row.exp["date_precision"] = "quarter"
            row.tags.append("partial_date")
    row.cells["event_date"] = cell


_BAD_DAYS = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))


def _bad_date(src: HwSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a bad row: blank, a day that does not exist, a mistyped year."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        late = ts.replace(year=ts.year + 10)  # "2033" typed for "2023"
        if src.format == "xlsx":
            return late.to_pydatetime()
        if src.format == "jsonl":
            return late.strftime("%Y-%m-%d")
        if src.source == "greyhound_security":
            return _us(late, "pad")
        return late.strftime("%d/%m/%Y")
    month, day = _BAD_DAYS[int(rng.integers(len(_BAD_DAYS)))]
    if src.source == "greyhound_security":
        return f"{month:02d}/{day}/{ts.year}"
    if src.format == "jsonl":
        return f"{ts.year}-{month:02d}-{day}"
    if src.source == "rfi_veille_migrations" and month == 2:
        return f"{day} février {ts.year}"
    return f"{day}/{month:02d}/{ts.year}"


def _note_date(src: HwSource, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day after the last event (the extract)."""
    day = last + pd.Timedelta(days=1)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "greyhound_security":
        return _us(day, "pad")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------
def _coordinates(row: _Row, forced_blank: str | None) -> None:
    src = row.src
    lat, lon = float(row.ev["lat"]), float(row.ev["lon"])  # type: ignore[arg-type]
    row.exp["lat"], row.exp["lon"] = lat, lon
    pair = "coordinates" in src.headers
    gone = forced_blank == "coordinates"
    if gone:
        row.tags.append("blank_coordinates")
    elif row.roll(0.06):
        gone = True
        row.tags.append("coords_missing")
    elif src.source in ("greyhound_security", "flixbus_security") and row.roll(0.025):
        row.exp["lat"], row.exp["lon"] = None, None  # the GPS null fix: no place
        row.tags.append("coords_placeholder")
        if pair:
            row.cells["coordinates"] = "0.00000, 0.00000"
        else:
            row.cells["lat"], row.cells["lon"] = 0.0, 0.0
        return
    if gone:
        row.exp["lat"], row.exp["lon"] = None, None
        if pair:
            row.cells["coordinates"] = None
        else:
            row.cells["lat"], row.cells["lon"] = None, None
        return
    name = src.source
    if name == "greyhound_security":
        if row.roll(0.03):  # longitude first: out of range as a latitude, read back
            row.cells["coordinates"] = f"{lon:.5f}, {lat:.5f}"
            row.tags.append("coords_swapped")
        else:
            row.cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
    elif name == "rfi_veille_migrations":
        row.cells["coordinates"] = f"{lat:.5f} ; {lon:.5f}".replace(".", ",")
        row.tags.append("decimal_comma")
    elif name == "alsa_seguridad":
        row.cells["lat"] = f"{lat:.5f}".replace(".", ",")
        row.cells["lon"] = f"{lon:.5f}".replace(".", ",")
        row.tags.append("decimal_comma")
    else:
        row.cells["lat"], row.cells["lon"] = round(lat, 5), round(lon, 5)


def _place(row: _Row) -> None:
    hotspot = str(row.ev.get("hotspot") or "")
    options = row.src.places.get(hotspot, (hotspot,))
    row.cells["place"] = row.pick(options) if hotspot else None
    if "media" in row.src.headers:
        row.cells["media"] = row.pick(_MEDIA.get(str(row.ev["detection_country"]), ("AFP",)))


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: HwSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    row = _Row(src, ev, rng)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    _date(row, ts, partial_ok=partial_ok)
    _place(row)
    _vocab(row, "crime_type", src.crime, str(ev["crime_type"]))
    _exploitation(row)
    _persons(row)
    _suspects(row, forced_blank)

    # sex: only a second report leaves it blank (then "unknown")
    if forced_blank == "gender":
        row.cells["gender"], row.exp["gender"] = None, "unknown"
        row.tags.append("blank_gender")
    else:
        _vocab(row, "gender", src.gender, str(ev["gender"]))
    _na_vocab(row, "age_group", src.age, 0.03)
    _na_vocab(row, "transport_mode", src.mode, 0.02)

    # nationality: blank in a second report, OTM at the US desk, "not known" elsewhere
    nat = ev["nationality"]
    if forced_blank == "nationality":
        row.cells["nationality"], row.exp["nationality"] = None, None
        row.tags.append("blank_nationality")
    elif src.source == "greyhound_security" and nat != "MEX" and row.roll(0.04):
        row.cells["nationality"], row.exp["nationality"] = "OTM", None
        row.tags.append("otm;blank_nationality")
    elif src.source != "greyhound_security" and row.roll(0.02):
        row.cells["nationality"], row.exp["nationality"] = row.pick(src.unknown), None
        row.tags.append("unknown:nationality;blank_nationality")
    else:
        _country(row, "nationality")
    _country(row, "origin_country", unknown_rate=0.03 if src.format == "csv" else 0.0)
    _country(row, "destination_country")
    if forced_blank == "detection_country":
        row.cells["detection_country"], row.exp["detection_country"] = None, None
        row.tags.append("blank_detection_country")
    else:
        _country(row, "detection_country")
    if "transit_countries" in src.headers:
        _transit(row)
    else:  # the US desk does not record the route
        row.exp["transit_countries"] = None
    _coordinates(row, forced_blank)
    _offences(row)
    return row.cells, row.exp, row.tags


_PRIMARY = {
    "USA": "greyhound_security",
    "PAN": "tica_bus_seguridad",
    "HRV": "flixbus_security",
    "POL": "flixbus_security",
    "ESP": "alsa_seguridad",
}
_SECONDARY = {
    ("us_mex", "USA"): "rfi_veille_migrations",
    ("darien", "PAN"): "rfi_veille_migrations",
    ("wbal", "HRV"): "rfi_veille_migrations",
    ("blr_pol", "POL"): "rfi_veille_migrations",
    ("wmed", "ESP"): "rfi_veille_migrations",
    ("watl", "ESP"): "rfi_veille_migrations",
    ("thb_rou_esp", "ESP"): "rfi_veille_migrations",
}

#: The examiner variant: sources, routing and the way each source writes a row.
BLIND229: Examiner[HwSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="rfi_veille_migrations",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=229_2291,
    blank_share=0.35,
)


def make_blind229(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind229`` submissions (files ``*_hw.*``).

    Greyhound's security desk reports the events detected in the USA, Tica Bus's those
    in Panama, FlixBus's those in Croatia and Poland, ALSA's those in Spain, and RFI's
    press-monitoring desk every other event; about 4 % of the events are reported a
    second time by another of them (dates a day apart, a field sometimes left blank).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        Greyhound (CSV), Tica Bus (XLSX), FlixBus (JSON lines), ALSA (CSV) and RFI
        (CSV), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind229(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['greyhound_security_hw.csv', 'tica_bus_seguridad_hw.xlsx',
     'flixbus_security_hw.jsonl', 'alsa_seguridad_hw.csv', 'rfi_veille_migrations_hw.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'utf-8', 'cp1252', 'utf-16']
    >>> subs[3].frame.columns[:3].tolist()
    ['Nº Incidencia', 'Fecha', 'Estación / Punto']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(BLIND229, truth, seed=seed)
