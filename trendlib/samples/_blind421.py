"""Examiner sample set ``blind421`` (files ``*_pg.*``): lift and escalator security desks.

Five sources no other set uses, each writing the way its desk writes:

``leia_safety_desk_pg.csv``
    The UK Lift and Escalator Industry Association's member incident desk (English,
    UTF-8 with BOM, ``,``): people found in lift shafts, motor rooms and escalator pits
    at Dover and in UK cities, and exploited workers. Dates "17 May 2023" or
    "17/05/2023", demonyms ("Vietnamese", "Iraqi Kurd"), one "lat, long" cell,
    transit countries joined by ``" > "``, "None"/"Nil" for no facilitator,
    "approx. 40" counts.
``federation_ascenseurs_surete_pg.csv``
    The sûreté cell of France's Fédération des Ascenseurs (French, cp1252, ``;``,
    CRLF): ascensoristes' reports from the Calais and Dunkirk port and station lifts.
    Dates ``dd/mm/yyyy`` (a few ``dd/mm/yy``, "mai 2023", "T2 2023"), feminine
    nationality adjectives ("érythréenne"), "Angleterre" for the United Kingdom,
    decimal commas, mojibake left by a UTF-8 web form pasted into the export.
``feeda_seguridad_pg.xlsx``
    The security desk of FEEDA, the Spanish lift companies' federation (Spanish,
    Excel): real Excel dates, some typed ``dd/mm/yyyy`` or ``mm/yyyy``; "patera",
    "cayuco", "salto de valla"; "MENA"; counts with ``.`` thousands.
``ascensores_panama_seguridad_pg.csv``
    The security desk of Panama's lift companies (Spanish, UTF-16 tab-separated, as
    Excel's "Texto Unicode" saves): Darién reception-station reports, dates
    ``dd/mm/yyyy`` with a few Excel serials, "NNA" for minors, GPS coordinates as a
    decimal pair or in degrees, minutes and seconds.
``elevator_world_tracker_pg.jsonl``
    A lift trade journal's incident tracker compiled from news and member reports
    (English, JSON lines): the events no desk above covers (Italy, Greece, Croatia,
    Poland, United States) and second reports of some of theirs. ISO dates (some with
    a time, "2023-05" or "Q2 2023"), ISO alpha-2 codes, transit and offences as JSON
    arrays, geocoded points rounded to three decimals, ``0, 0`` when not geocoded.

The truth expects what a careful analyst reads in each cell: a demonym is the
country, "approx. 40" is 40, a degree-minute-second point is that point; an
ambiguous nationality ("Kurdish"), a "not known" word or an empty cell expects
nothing (``unknown`` in the vocabulary columns), and every such cell is tagged.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = [
    "EXAMINER",
    "SOURCES",
    "PgSource",
    "coordinate_cells",
    "country_cell",
    "date_cell",
    "make_blind421",
]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: names (en, fr, es), nationality words (en, fr feminine, es feminine) and
# the common other names and slips each language's clerks write.
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("The Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
#: Other names a clerk of each language writes for a country (all unambiguous).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "IRQ": ("Iraqi Kurdistan", "Kurdistan Region of Iraq"),
        "BIH": ("Bosnia",),
        "CHN": ("PRC",),
        "MKD": ("N. Macedonia",),
    },
    "fr": {
        "GBR": ("Angleterre", "RU"),
        "USA": ("USA",),
        "DEU": ("RFA",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "USA"),
        "GBR": ("Gran Bretaña",),
        "PAN": ("Rep. de Panamá",),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CIV": ("Côte d'Ivoire",),
    },
}
#: Slips of the keyboard seen in each language's files (a reader still knows the country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanistn",
        "ERI": "Eritria",
        "VNM": "Veitnam",
        "ALB": "Albnia",
        "IRN": "Iarn",
        "SYR": "Syira",
        "FRA": "Frnace",
        "DEU": "Gemany",
        "ITA": "Itlay",
        "GRC": "Greeece",
        "NGA": "Nigieria",
        "MEX": "Mexcio",
    },
    "fr": {
        "AFG": "Afghanistant",
        "ERI": "Erythrée",
        "IRQ": "Irack",
        "ALB": "Albannie",
        "SYR": "Syire",
        "DEU": "Allemangne",
        "GBR": "Royaume Unis",
    },
    "es": {
        "MAR": "Marrueco",
        "DZA": "Argelía",
        "SEN": "Seneg al",
        "MLI": "Mali ",
        "VEN": "Venezuel",
        "COL": "Colmbia",
        "ECU": "Equador",
        "HTI": "Haiti",
        "ROU": "Rumania",
        "GIN": "Guinea Conakry",
    },
}
#: Channel nationalities a UK engineer may record only as "Kurdish" (no country).
_KURDISH = ("IRQ", "IRN", "SYR", "TUR")
_LANG = {"en": 0, "fr": 1, "es": 2}
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
_MONTH_STYLES = ("month_en", "month_fr", "month_es", "month_num", "month_iso")
_QUARTER_STYLES = ("quarter_t", "quarter_q")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class PgSource(ExaminerSource):
    """One desk of the ``blind421`` set: the shared fields plus its own wording.

    Attributes
    ----------
    dates : mapping
        Date style -> weight; the first style is the desk's usual one (see
        :func:`date_cell`).
    nationality_style, place_style, detection_style : mapping
        Country style (``name``, ``demonym``, ``alias``, ``iso2``, ``iso3``, ``num``,
        ``typo``) -> weight, for the nationality, the origin/destination/transit
        countries and the detection country.
    words : mapping
        Column -> canonical word -> the desk's words for it (first = usual).
    by_corridor : mapping
        Corridor -> transport mode -> the words used on that corridor instead.
    na_exploitation : tuple
        What the desk writes in the exploitation column of a smuggling case (``""``:
        nothing).
    unknown : mapping
        Column -> the desk's "not known" words (also ``n_persons``, ``n_suspects``).
    zero : tuple of str
        Words for "no suspect".
    transit_sep, offence_sep : str
        Separators of the transit countries and linked offences (``"[]"``: a JSON
        array).
    coords : str
        ``pair`` ("lat, long"), ``comma`` (two columns, decimal commas), ``sheet``
        (two numeric columns, some typed with commas), ``gps`` (a pair or degrees,
        minutes, seconds) or ``geocoded`` (numbers, three decimals).
    thousands : str
        Thousands separator of counts of 1,000 or more (``""``: none).
    sites : tuple of str
        Where the engineers found the persons (a column of the desk's own).
    direct : tuple of str
        Words for "no transit country" (``""``: nothing).
    missing_coords, case_rate, mojibake_rate, approx_rate : float
        Shares of rows with no point, of cells with changed case or spacing, of
        cells garbled by a UTF-8/cp1252 mix-up, of counts written "approx. N".
    """

    dates: Mapping[str, float]
    nationality_style: Mapping[str, float]
    place_style: Mapping[str, float]
    detection_style: Mapping[str, float]
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    by_corridor: Mapping[str, Mapping[str, tuple[str, ...]]]
    na_exploitation: tuple[str, ...]
    unknown: Mapping[str, tuple[str, ...]]
    zero: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    coords: str
    thousands: str
    sites: tuple[str, ...]
    direct: tuple[str, ...]
    missing_coords: float
    case_rate: float
    mojibake_rate: float
    approx_rate: float


_LEIA = "leia_safety_desk"
_FA = "federation_ascenseurs_surete"
_FEEDA = "feeda_seguridad"
_PA = "ascensores_panama_seguridad"
_EWT = "elevator_world_tracker"

SOURCES: tuple[PgSource, ...] = (
    PgSource(
        source=_LEIA,
        filename=f"{_LEIA}_pg.csv",
        ref="LEIA/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident Ref",
            "event_date": "Date of Incident",
            "site": "Site Type",
            "crime_type": "Incident Category",
            "exploitation": "Type of Exploitation",
            "n_persons": "No. of Persons Found",
            "n_suspects": "Suspected Facilitators",
            "gender": "Sex",
            "age_group": "Adult / Minor",
            "nationality": "Nationality (as stated)",
            "origin_country": "Country of Origin",
            "transit_countries": "Route / Transit Countries",
            "detection_country": "Country",
            "transport_mode": "Method of Entry",
            "coordinates": "Location (Lat, Long)",
            "linked_offences": "Other Offences Noted",
        },
        note="Figures provisional - compiled from member company engineer reports",
        total="TOTAL",
        bad_count=("several", "Multiple", "a group"),
        repeats=True,
        dates={"long_en": 0.6, "dmy": 0.35, "month_en": 0.05},
        nationality_style={"demonym": 0.62, "name": 0.25, "alias": 0.06, "typo": 0.07},
        place_style={"name": 0.84, "alias": 0.1, "typo": 0.06},
        detection_style={"alias": 0.5, "name": 0.3, "iso2": 0.2},
        words={
            "crime_type": {
                "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
                "smuggling": (
                    "People smuggling",
                    "Facilitated illegal entry",
                    "Clandestine entry (facilitated)",
                ),
                "both": ("Smuggling + modern slavery", "People smuggling / trafficking"),
            },
            "exploitation": {
                "sexual": ("Sexual exploitation", "Sexual"),
                "forced_labour": ("Labour exploitation", "Forced labour"),
                "forced_criminality": ("Criminal exploitation", "Cannabis cultivation"),
                "organ_removal": ("Organ harvesting",),
                "forced_marriage": ("Forced marriage",),
                "other": ("Other",),
            },
            "gender": {
                "male": ("Male", "M", "Males"),
                "female": ("Female", "F", "Females"),
                "mixed": ("Mixed", "Male & female"),
            },
            "age_group": {
                "adult": ("Adult", "Adults", "18+"),
                "child": ("Minor", "Child", "U18"),
                "mixed": ("Adults & minors", "Mixed"),
            },
            "transport_mode": {
                "sea": ("Small boat", "Dinghy", "RHIB"),
                "land": ("HGV", "Lorry", "Car", "Van"),
                "air": ("Flight", "Air"),
            },
            "linked_offences": {
                "document_fraud": ("False documents", "Forged ID"),
                "corruption": ("Bribery",),
                "money_laundering": ("Money laundering",),
                "illicit_goods": ("Drugs", "Cannabis"),
                "cybercrime": ("Cyber-enabled",),
                "terrorism": ("Terrorism",),
            },
        },
        by_corridor={},
        na_exploitation=("", "", "N/A"),
        unknown={
            "exploitation": ("Not known", "TBC"),
            "gender": ("Not known",),
            "age_group": ("N/K", "Not known"),
            "transport_mode": ("N/K",),
            "nationality": ("Not known", "N/K"),
            "n_persons": ("Not known", "N/K"),
            "n_suspects": ("Not known", "N/K"),
        },
        zero=("None", "Nil"),
        transit_sep=" > ",
        offence_sep="; ",
        coords="pair",
        thousands=",",
        sites=("Lift shaft", "Lift motor room", "Escalator pit", "Goods lift car", "Lift pit"),
        direct=("", "", "Direct"),
        missing_coords=0.1,
        case_rate=0.03,
        mojibake_rate=0.0,
        approx_rate=0.04,
    ),
    PgSource(
        source=_FA,
        filename=f"{_FA}_pg.csv",
        ref="FA-SUR-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date du constat",
            "site": "Lieu d'intervention",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs présumés",
            "gender": "Sexe",
            "age_group": "Majeur/Mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination déclarée",
            "transit_countries": "Pays traversés",
            "detection_country": "Pays du constat",
            "transport_mode": "Mode d'arrivée",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires - extraction de l'outil de gestion sûreté",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "groupe"),
        repeats=False,
        dates={"dmy": 0.82, "dmy2": 0.08, "month_fr": 0.05, "quarter_t": 0.05},
        nationality_style={"demonym": 0.6, "name": 0.25, "iso3": 0.1, "typo": 0.05},
        place_style={"name": 0.88, "alias": 0.07, "typo": 0.05},
        detection_style={"name": 0.7, "iso2": 0.2, "iso3": 0.1},
        words={
            "crime_type": {
                "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
                "smuggling": (
                    "Trafic de migrants",
                    "Aide à l'entrée irrégulière",
                    "Filière d'immigration irrégulière",
                ),
                "both": ("TEH + trafic de migrants", "Traite et trafic de migrants"),
            },
            "exploitation": {
                "sexual": ("Exploitation sexuelle", "Proxénétisme"),
                "forced_labour": ("Travail forcé", "Exploitation par le travail"),
                "forced_criminality": ("Contrainte à commettre des délits",),
                "organ_removal": ("Prélèvement d'organes",),
                "forced_marriage": ("Mariage forcé",),
                "other": ("Autre",),
            },
            "gender": {
                "male": ("Hommes", "H", "Masculin"),
                "female": ("Femmes", "F", "Féminin"),
                "mixed": ("Mixte", "H/F"),
            },
            "age_group": {
                "adult": ("Majeurs", "Majeur", "Adultes"),
                "child": ("Mineurs", "MNA", "Mineur"),
                "mixed": ("Majeurs et mineurs", "Mixte"),
            },
            "transport_mode": {
                "sea": ("Small boat", "Embarcation", "Bateau pneumatique"),
                "land": ("Poids lourd", "PL", "Camion", "Véhicule léger"),
                "air": ("Avion", "Aérien"),
            },
            "linked_offences": {
                "document_fraud": ("Faux documents", "Fraude documentaire"),
                "corruption": ("Corruption",),
                "money_laundering": ("Blanchiment",),
                "illicit_goods": ("Stupéfiants",),
                "cybercrime": ("Cybercriminalité",),
                "terrorism": ("Terrorisme",),
            },
        },
        by_corridor={},
        na_exploitation=("", "Sans objet"),
        unknown={
            "exploitation": ("Non déterminée", "NC"),
            "gender": ("NR",),
            "age_group": ("NR", "Non renseigné"),
            "transport_mode": ("NR",),
            "nationality": ("Inconnue", "NR"),
            "n_persons": ("NC", "inconnu"),
            "n_suspects": ("NC",),
        },
        zero=("aucun", "néant"),
        transit_sep=" - ",
        offence_sep=", ",
        coords="comma",
        thousands="\u00a0",
        sites=(
            "Gaine d'ascenseur",
            "Local machinerie",
            "Cuvette",
            "Cabine",
            "Local technique",
        ),
        direct=("",),
        missing_coords=0.05,
        case_rate=0.05,
        mojibake_rate=0.08,
        approx_rate=0.0,
    ),
    PgSource(
        source=_FEEDA,
        filename=f"{_FEEDA}_pg.xlsx",
        ref="{seq:05d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº registro",
            "event_date": "Fecha del hecho",
            "detection_country": "País",
            "site": "Tipo de instalación",
            "crime_type": "Tipología delictiva",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Presuntos responsables",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio de llegada",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales, comunicados por las empresas asociadas",
        total="TOTAL",
        bad_count=("varios", "un grupo"),
        repeats=False,
        dates={"xl": 0.78, "dmy": 0.14, "month_num": 0.08},
        nationality_style={"demonym": 0.5, "name": 0.36, "iso2": 0.09, "typo": 0.05},
        place_style={"name": 0.9, "iso2": 0.06, "typo": 0.04},
        detection_style={"name": 0.8, "iso2": 0.1, "iso3": 0.1},
        words={
            "crime_type": {
                "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
                "smuggling": (
                    "Tráfico ilícito de migrantes",
                    "Favorecimiento de la inmigración ilegal",
                    "Tráfico de migrantes",
                ),
                "both": ("Trata y tráfico de migrantes", "TSH / tráfico de migrantes"),
            },
            "exploitation": {
                "sexual": ("Explotación sexual",),
                "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
                "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
                "organ_removal": ("Extracción de órganos",),
                "forced_marriage": ("Matrimonio forzado",),
                "other": ("Otras",),
            },
            "gender": {
                "male": ("Varones", "Hombres"),
                "female": ("Mujeres",),
                "mixed": ("Mixto", "Ambos sexos"),
            },
            "age_group": {
                "adult": ("Adultos", "Mayores de edad"),
                "child": ("Menores", "MENA"),
                "mixed": ("Adultos y menores", "Mixto"),
            },
            "transport_mode": {
                "sea": ("Embarcación", "Patera", "Neumática"),
                "land": ("A pie", "Vehículo"),
                "air": ("Avión", "Vía aérea"),
            },
            "linked_offences": {
                "document_fraud": ("Falsedad documental",),
                "corruption": ("Cohecho",),
                "money_laundering": ("Blanqueo de capitales",),
                "illicit_goods": ("Tráfico de drogas", "Contrabando"),
                "cybercrime": ("Ciberdelito",),
                "terrorism": ("Terrorismo",),
            },
        },
        by_corridor={
            "watl": {"sea": ("Cayuco", "Embarcación", "Neumática")},
            "wmed": {
                "sea": ("Patera", "Neumática", "Embarcación"),
                "land": ("Salto de valla", "A pie", "Oculto en vehículo"),
            },
            "thb_rou_esp": {"land": ("Autobús", "Furgoneta", "Vehículo particular")},
        },
        na_exploitation=("", "No procede"),
        unknown={
            "exploitation": ("Sin determinar", "s/d"),
            "gender": ("s/d",),
            "age_group": ("s/d",),
            "transport_mode": ("s/d",),
            "nationality": ("s/d", "Desconocida"),
            "n_persons": ("s/d", "sin determinar"),
            "n_suspects": ("s/d",),
        },
        zero=("ninguno", "Ninguno"),
        transit_sep=" / ",
        offence_sep=" / ",
        coords="sheet",
        thousands=".",
        sites=("Hueco del ascensor", "Cuarto de máquinas", "Foso", "Cabina", "Escalera mecánica"),
        direct=("",),
        missing_coords=0.05,
        case_rate=0.02,
        mojibake_rate=0.0,
        approx_rate=0.0,
    ),
    PgSource(
        source=_PA,
        filename=f"{_PA}_pg.csv",
        ref="ASC-PA-{yy:02d}-{seq:03d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. de caso",
            "event_date": "Fecha",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Cantidad de sospechosos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de procedencia",
            "transit_countries": "Tránsito",
            "destination_country": "Destino final",
            "detection_country": "País",
            "transport_mode": "Medio de desplazamiento",
            "coordinates": "Coordenadas GPS",
            "site": "Sitio",
        },
        note="Nota: datos preliminares sujetos a verificación",
        total="Total",
        bad_count=("varios", "grupo familiar"),
        repeats=False,
        dates={"dmy": 0.8, "dmy_dash": 0.08, "serial": 0.08, "month_es": 0.04},
        nationality_style={"demonym": 0.6, "name": 0.25, "iso3": 0.1, "typo": 0.05},
        place_style={"name": 0.8, "alias": 0.15, "typo": 0.05},
        detection_style={"name": 0.6, "iso2": 0.2, "iso3": 0.2},
        words={
            "crime_type": {
                "trafficking": ("Trata de personas",),
                "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
                "both": ("Trata de personas y tráfico de migrantes",),
            },
            "exploitation": {
                "sexual": ("Explotación sexual",),
                "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
                "forced_criminality": ("Actividades delictivas forzadas",),
                "organ_removal": ("Extracción de órganos",),
                "forced_marriage": ("Matrimonio forzado",),
                "other": ("Otra",),
            },
            "gender": {
                "male": ("Masculino", "M"),
                "female": ("Femenino", "F"),
                "mixed": ("Mixto",),
            },
            "age_group": {
                "adult": ("Adultos", "Mayores de edad"),
                "child": ("NNA", "Menores"),
                "mixed": ("Adultos y NNA", "Mixto"),
            },
            "transport_mode": {
                "land": ("A pie", "Caminando", "Terrestre"),
                "sea": ("Lancha", "Marítimo"),
                "air": ("Aéreo",),
            },
        },
        by_corridor={},
        na_exploitation=("N/A", ""),
        unknown={
            "exploitation": ("N/D",),
            "gender": ("N/D",),
            "age_group": ("N/D",),
            "transport_mode": ("N/D",),
            "nationality": ("N/D",),
            "n_persons": ("N/D",),
            "n_suspects": ("N/D",),
        },
        zero=("ninguno", "Ninguno"),
        transit_sep=", ",
        offence_sep=", ",
        coords="gps",
        thousands=",",
        sites=(
            "Estación de Recepción Migratoria",
            "Cuarto de máquinas",
            "Ducto del ascensor",
            "Albergue",
        ),
        direct=("",),
        missing_coords=0.03,
        case_rate=0.04,
        mojibake_rate=0.0,
        approx_rate=0.0,
    ),
    PgSource(
        source=_EWT,
        filename=f"{_EWT}_pg.jsonl",
        ref="EWT-{year}{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "item_id",
            "event_date": "incident_date",
            "detection_country": "country",
            "crime_type": "category",
            "exploitation": "exploitation_type",
            "n_persons": "persons_found",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "transit_countries": "route_via",
            "transport_mode": "conveyance",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "related_offences",
            "site": "site",
        },
        note=None,
        total="TOTAL",
        bad_count=("dozens", "several"),
        repeats=False,
        dates={"iso": 0.74, "iso_dt": 0.16, "month_iso": 0.05, "quarter_q": 0.05},
        nationality_style={"name": 0.6, "iso2": 0.3, "demonym": 0.1},
        place_style={"iso2": 0.6, "name": 0.4},
        detection_style={"iso2": 0.8, "name": 0.15, "num": 0.05},
        words={
            "crime_type": {
                "trafficking": ("trafficking", "human trafficking"),
                "smuggling": ("smuggling", "migrant smuggling"),
                "both": ("trafficking/smuggling",),
            },
            "exploitation": {
                "sexual": ("sexual",),
                "forced_labour": ("labour", "forced labour"),
                "forced_criminality": ("forced criminality",),
                "organ_removal": ("organ removal",),
                "forced_marriage": ("forced marriage",),
                "other": ("other",),
            },
            "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
            "age_group": {
                "adult": ("adult", "adults"),
                "child": ("minor", "children"),
                "mixed": ("mixed",),
            },
            "transport_mode": {
                "sea": ("boat", "sea"),
                "land": ("truck", "on foot", "vehicle"),
                "air": ("air", "flight"),
            },
            "linked_offences": {
                "document_fraud": ("document fraud",),
                "corruption": ("corruption",),
                "money_laundering": ("money laundering",),
                "illicit_goods": ("drugs",),
                "cybercrime": ("cybercrime",),
                "terrorism": ("terrorism",),
            },
        },
        by_corridor={
            "us_mex": {"land": ("tractor-trailer", "on foot", "vehicle")},
            "wbal": {"land": ("truck", "van", "on foot")},
            "blr_pol": {"land": ("on foot",)},
            "cmed": {"sea": ("boat", "fishing boat", "sea")},
            "emed": {"sea": ("dinghy", "boat"), "land": ("on foot", "vehicle")},
        },
        na_exploitation=("",),
        unknown={
            "exploitation": ("unspecified",),
            "gender": ("unspecified",),
            "age_group": ("unspecified",),
            "transport_mode": ("unspecified",),
            "nationality": ("unspecified",),
            "n_persons": ("unknown",),
            "n_suspects": ("unknown",),
        },
        zero=("none",),
        transit_sep="[]",
        offence_sep="[]",
        coords="geocoded",
        thousands="",
        sites=("lift shaft", "machine room", "escalator", "construction site", "port terminal"),
        direct=("",),
        missing_coords=0.05,
        case_rate=0.0,
        mojibake_rate=0.0,
        approx_rate=0.0,
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, variants: tuple[str, ...]) -> str:
    """Draw the usual word (the first) 60 % of the time, another variant otherwise."""
    if len(variants) == 1 or rng.random() < 0.6:
        return variants[0]
    return choice(rng, variants[1:])


def date_cell(style: str, ts: pd.Timestamp) -> tuple[object, pd.Timestamp, str]:
    """Write a date in a desk's style; return (cell, date read from it, precision).

    Parameters
    ----------
    style : str
        ``dmy`` (17/05/2023), ``dmy2`` (17/05/23), ``dmy_dash`` (17-05-2023),
        ``long_en`` (17 May 2023), ``iso`` (2023-05-17), ``iso_dt``
        (2023-05-17T14:32:00Z), ``xl`` (an Excel date), ``serial`` (Excel's day
        number), ``month_en`` (May 2023), ``month_fr`` (mai 2023), ``month_es``
        (mayo de 2023), ``month_num`` (05/2023), ``month_iso`` (2023-05),
        ``quarter_t`` (T2 2023) or ``quarter_q`` (Q2 2023).
    ts : Timestamp
        The day.

    Returns
    -------
    tuple
        The cell, the date a reader takes from it (the first day of a month or
        quarter) and its precision (``day``, ``month`` or ``quarter``).

    Examples
    --------
    >>> date_cell("long_en", pd.Timestamp("2023-05-07"))[0]
    '7 May 2023'
    >>> cell, day, precision = date_cell("quarter_t", pd.Timestamp("2023-05-17"))
    >>> cell, str(day.date()), precision
    ('T2 2023', '2023-04-01', 'quarter')
    >>> date_cell("serial", pd.Timestamp("2023-05-17"))[0]
    '45063'
    """
    m = ts.month - 1
    if style in _MONTH_STYLES:
        cells = {
            "month_en": f"{MONTHS[m]} {ts.year}",
            "month_fr": f"{_MONTHS_FR[m]} {ts.year}",
            "month_es": f"{_MONTHS_ES[m]} de {ts.year}",
            "month_num": f"{ts.month:02d}/{ts.year}",
            "month_iso": f"{ts.year}-{ts.month:02d}",
        }
        return cells[style], ts.to_period("M").start_time, "month"
    if style in _QUARTER_STYLES:
        cell = f"T{ts.quarter} {ts.year}" if style == "quarter_t" else f"Q{ts.quarter} {ts.year}"
        return cell, ts.to_period("Q").start_time, "quarter"
    day = ts.normalize()
    out: object
    if style == "dmy":
        out = day.strftime("%d/%m/%Y")
    elif style == "dmy2":
        out = day.strftime("%d/%m/%y")
    elif style == "dmy_dash":
        out = day.strftime("%d-%m-%Y")
    elif style == "long_en":
        out = f"{day.day} {MONTHS[m]} {day.year}"
    elif style == "iso":
        out = day.strftime("%Y-%m-%d")
    elif style == "iso_dt":  # the time the item was logged, in UTC
        out = day.strftime("%Y-%m-%d") + f"T{(day.day * 5) % 24:02d}:{(day.day * 13) % 60:02d}:00Z"
    elif style == "xl":
        out = day.to_pydatetime()
    elif style == "serial":
        out = str((day - _EXCEL_EPOCH).days)
    else:
        raise ValueError(f"unknown date style {style!r}")
    return out, day, "day"


def _main_style(src: PgSource) -> str:
    return next(iter(src.dates))


def _typed_date(src: PgSource, year: int, month: int, day: int) -> str:
    """Type a day in the desk's usual style, even one that does not exist (31 June)."""
    style = _main_style(src)
    if style == "long_en":
        return f"{day} {MONTHS[month - 1]} {year}"
    if style in ("iso", "iso_dt"):
        return f"{year}-{month:02d}-{day:02d}"
    if style == "dmy_dash":
        return f"{day:02d}-{month:02d}-{year}"
    return f"{day:02d}/{month:02d}/{year}"  # dmy, and dates typed as text in a sheet


def _bad_date(src: PgSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: none, impossible, or a decade ahead."""
    if kind == "no_date":
        words = {"fr": ("", "inconnue"), "en": ("",), "es": ("",)}[src.language]
        word = choice(rng, words)
        return word or None
    if kind == "bad_date":
        month, day = [(2, 29), (2, 30), (4, 31), (6, 31), (9, 31), (11, 31)][int(rng.integers(6))]
        return _typed_date(src, ts.year, month, day)
    future = ts.replace(year=ts.year + 10)  # a slip of the decade key: 2023 -> 2033
    cell, _, _ = date_cell(_main_style(src), future)
    return cell


def _note_date(src: PgSource, last: pd.Timestamp) -> object:
    """Write the extraction date the desk puts on its note row."""
    cell, _, _ = date_cell(_main_style(src), last + pd.Timedelta(days=3))
    return cell


def country_cell(src: PgSource, iso: str, style: str) -> tuple[str, str]:
    """Write a country in a style of the desk; return (cell, style actually written).

    Parameters
    ----------
    src : PgSource
        The desk (its language picks the names).
    iso : str
        ISO alpha-3 code.
    style : str
        ``name``, ``demonym``, ``alias``, ``typo``, ``iso2``, ``iso3`` or ``num``; a
        demonym, alias or typo the desk has none of falls back to the name.

    Returns
    -------
    tuple of str
        The cell and its style.

    Examples
    --------
    >>> fr = _BY_NAME["federation_ascenseurs_surete"]
    >>> country_cell(fr, "ERI", "demonym")
    ('érythréenne', 'demonym')
    >>> country_cell(fr, "FRA", "demonym")
    ('France', 'name')
    >>> country_cell(_BY_NAME["elevator_world_tracker"], "ITA", "num")
    ('380', 'num')
    """
    lang = _LANG[src.language]
    if style == "demonym" and iso in _DEMONYMS:
        return _DEMONYMS[iso][lang], style
    if style == "alias" and iso in _ALIASES[src.language]:
        return _ALIASES[src.language][iso][0], style
    if style == "typo" and iso in _TYPOS[src.language]:
        return _TYPOS[src.language][iso], style
    if style in ("iso2", "num"):
        alpha2, numeric = iso_codes(iso)
        return (alpha2 if style == "iso2" else numeric), style
    if style == "iso3":
        return iso, style
    return _NAMES[iso][lang], "name"


def _country(src: PgSource, iso: str, weights: Mapping[str, float], rng: _Rng) -> tuple[str, str]:
    style = _weighted(rng, weights)
    if style == "alias" and iso in _ALIASES[src.language]:
        return choice(rng, _ALIASES[src.language][iso]), "alias"
    return country_cell(src, iso, style)


def _noise(src: PgSource, text: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Garble (UTF-8 read as cp1252) or change the case/spacing of a few cells."""
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append(f"mojibake:{col}")
            return garbled
    if src.case_rate and rng.random() < src.case_rate:
        kind = int(rng.integers(3))
        tags.append(f"case:{col}")
        return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    return text


def _count(src: PgSource, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count as the desk does: a number, with thousands separators when large."""
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return n if src.format != "csv" else str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 1)
    if sec >= 60:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}"


def _dms_value(text: str) -> float:
    deg, rest = text.split("°")
    minutes, rest = rest.split("'")
    sec = rest.rstrip('"NSEW').rstrip('"')
    value = int(deg) + int(minutes) / 60 + float(sec) / 3600
    return -value if text.endswith(("S", "W")) else value


def coordinate_cells(
    src: PgSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Write a point the desk's way; return (cells, lat read, lon read, tag).

    Parameters
    ----------
    src : PgSource
        The desk; its ``coords`` style decides the cells.
    lat, lon : float
        The true point (WGS84 degrees).
    rng : numpy.random.Generator
        Generator of the desk's occasional other way of writing it.

    Returns
    -------
    cells : dict
        ``{"coordinates": ...}`` or ``{"lat": ..., "lon": ...}``.
    lat, lon : float or None
        The point a reader takes from the cells (the written rounding or the
        degrees, minutes and seconds); None for the tracker's ``0, 0``.
    tag : str or None
        Messiness tag of the cells, if any.

    Examples
    --------
    >>> print(_dms(8.50123, "N", "S"), _dms(-77.50123, "E", "W"))
    8°30'04.4"N 77°30'04.4"W
    >>> round(_dms_value(_dms(-77.50123, "E", "W")), 4)
    -77.5012
    """
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, None
    if src.coords == "comma":
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return dict(cells), lat, lon, None
    if src.coords == "sheet":
        if rng.random() < 0.15:  # typed by hand, Spanish decimal comma
            cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
            return dict(cells), lat, lon, "coords_text"
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, None
    if src.coords == "gps":
        if rng.random() < 0.35:  # read off a hand-held GPS
            a, b = _dms(lat, "N", "S"), _dms(lon, "E", "W")
            return {"coordinates": f"{a} {b}"}, _dms_value(a), _dms_value(b), "coords_dms"
        return {"coordinates": f"{lat:.6f}, {lon:.6f}"}, lat, lon, None
    if rng.random() < 0.03:  # not geocoded: the tracker's 0, 0
        return {"lat": 0.0, "lon": 0.0}, None, None, "coords_placeholder"
    glat, glon = round(lat, 3), round(lon, 3)
    return {"lat": glat, "lon": glon}, glat, glon, "coords_geocoded"


# --------------------------------------------------------------------------------------
# One event as one desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: PgSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    has = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    words = src.words
    corridor = str(ev["corridor"])

    # date
    style = _weighted(rng, src.dates)
    if not partial_ok and (style in _MONTH_STYLES or style in _QUARTER_STYLES):
        style = _main_style(src)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision = date_cell(style, ts)
    exp["event_date"], exp["date_precision"] = day, precision
    if precision != "day":
        tags.append("partial_date")
    if style in ("serial", "iso_dt", "dmy2"):
        tags.append(f"date_{style}")

    if "site" in has:
        cells["site"] = choice(rng, src.sites)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(
        src, _word(rng, words["crime_type"][crime]), "crime_type", rng, tags
    )
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    thb = crime in ("trafficking", "both")
    if expl is None:
        na = choice(rng, src.na_exploitation)
        cells["exploitation"] = na or None
        exp["exploitation"] = "unknown" if thb else None
    elif rng.random() < 0.04:
        word = choice(rng, ("", *src.unknown["exploitation"]))
        cells["exploitation"] = word or None
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _noise(
            src, _word(rng, words["exploitation"][str(expl)]), "exploitation", rng, tags
        )
        exp["exploitation"] = expl

    # persons and suspects
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.015:
        cells["n_persons"] = choice(rng, src.unknown["n_persons"])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif r < 0.015 + src.approx_rate and n >= 10:
        cells["n_persons"] = choice(rng, (f"approx. {n}", f"c.{n}", f"approx {n}"))
        exp["n_persons"] = n
        tags.append("approx_count")
    else:
        cells["n_persons"] = _count(src, n, rng, tags, "n_persons")
        exp["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.06:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown["n_suspects"]), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, k, rng, tags, "n_suspects")
        exp["n_suspects"] = k

    # sex and age
    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.unknown["gender"]), "unknown"
        tags.extend(["blank_gender", "unknown_word:gender"])
    else:
        cells["gender"] = _noise(src, _word(rng, words["gender"][gender]), "gender", rng, tags)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown["age_group"]), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _noise(
            src, _word(rng, words["age_group"][age]), "age_group", rng, tags
        )
        exp["age_group"] = age

    # countries
    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality" or r < 0.02:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif r < 0.03:
        cells["nationality"] = choice(rng, src.unknown["nationality"])
        exp["nationality"] = None
        tags.extend(["blank_nationality", "unknown_word:nationality"])
    elif src.source == _LEIA and nat in _KURDISH and r < 0.08:
        # the engineer wrote down what the person said: an ethnicity, not a country
        cells["nationality"], exp["nationality"] = "Kurdish", None
        tags.extend(["blank_nationality", "ambiguous:nationality"])
    else:
        if src.source == _LEIA and nat == "IRQ" and r < 0.15:
            text, shown = "Iraqi Kurd", "demonym"
        else:
            text, shown = _country(src, nat, src.nationality_style, rng)
        cells["nationality"] = _noise(src, text, "nationality", rng, tags)
        exp["nationality"] = nat
        if shown != "name":
            tags.append(f"{shown}:nationality")

    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if col not in has:
            exp[col] = None
            continue
        if iso is None or rng.random() < 0.04:
            cells[col], exp[col] = None, None
            if iso is not None:
                tags.append(f"empty:{col}")
            continue
        text, shown = _country(src, str(iso), src.place_style, rng)
        cells[col] = _noise(src, text, col, rng, tags)
        exp[col] = iso
        if shown != "name":
            tags.append(f"{shown}:{col}")

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text, shown = _country(src, det, src.detection_style, rng)
        cells["detection_country"] = text
        exp["detection_country"] = det
        if shown != "name":
            tags.append(f"{shown}:detection_country")

    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, src.direct)
        cells["transit_countries"] = word or None
        exp["transit_countries"] = None
        if word:
            tags.append("direct_word")
    elif rng.random() < 0.05:
        cells["transit_countries"], exp["transit_countries"] = None, None
        tags.append("empty:transit_countries")
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, shown = _country(src, iso, src.place_style, rng)
            if shown == "typo":
                tags.append("typo:transit_countries")
            parts.append(text)
        if src.transit_sep == "[]":
            cells["transit_countries"] = parts
        else:
            joined = src.transit_sep.join(parts)
            cells["transit_countries"] = _noise(src, joined, "transit_countries", rng, tags)
        exp["transit_countries"] = transit

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, src.unknown["transport_mode"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        variants = src.by_corridor.get(corridor, {}).get(mode) or words["transport_mode"][mode]
        cells["transport_mode"] = _noise(src, _word(rng, variants), "transport_mode", rng, tags)
        exp["transport_mode"] = mode

    # place of detection
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < src.missing_coords:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        point, exp["lat"], exp["lon"], tag = coordinate_cells(src, lat, lon, rng)
        cells.update(point)
        if tag:
            tags.append(tag)

    # linked offences
    offences = ev["linked_offences"]
    if "linked_offences" not in has or offences is None:
        exp["linked_offences"] = None
    else:
        names = [_word(rng, words["linked_offences"][o]) for o in str(offences).split("|")]
        if src.offence_sep == "[]":
            cells["linked_offences"] = names
        else:
            cells["linked_offences"] = src.offence_sep.join(names)
        exp["linked_offences"] = offences
    return cells, exp, tags


#: The ``blind421`` variant: who reports which event, and how each desk writes.
EXAMINER: Examiner[PgSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _LEIA, "FRA": _FA, "ESP": _FEEDA, "PAN": _PA},
    compilation=_EWT,
    secondary={
        ("channel", "FRA"): _LEIA,  # Calais/Dunkirk lifts, heard of again at Dover
        ("channel", "GBR"): _FA,  # Dover finds the French side had logged
        ("thb_vnm_gbr", "GBR"): _EWT,
        ("watl", "ESP"): _EWT,
        ("wmed", "ESP"): _EWT,
        ("thb_rou_esp", "ESP"): _EWT,
        ("darien", "PAN"): _EWT,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=421,
    blank_share=0.5,
)


def make_blind421(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five lift-industry desks of ``blind421`` would.

    Events found in the United Kingdom, France, Spain and Panama go to the UK, French,
    Spanish and Panamanian lift desks; the trade journal's tracker reports the rest
    (Italy, Greece, Croatia, Poland, United States) and a second report of some
    Channel, Spanish, Panamanian and UK events, as the two Channel desks do of each
    other's. See the module docstring for each desk's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``leia_safety_desk_pg.csv``, ``federation_ascenseurs_surete_pg.csv``,
        ``feeda_seguridad_pg.xlsx``, ``ascensores_panama_seguridad_pg.csv`` and
        ``elevator_world_tracker_pg.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind421(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['leia_safety_desk_pg.csv', 'federation_ascenseurs_surete_pg.csv',
     'feeda_seguridad_pg.xlsx', 'ascensores_panama_seguridad_pg.csv',
     'elevator_world_tracker_pg.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', "Lieu d'intervention"]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
