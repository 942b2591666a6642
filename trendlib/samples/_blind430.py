"""Examiner sample set ``blind430``: the cocoa and confectionery sector's due-diligence desks.

Five desks of chocolate and confectionery makers and cocoa producers that log forced and
child labour, trafficking and smuggling they meet in their supply and logistics chains,
each the way its own tool exports it (files ``*_pp.*``):

``fdf_confectionery_msl_pp.jsonl``
    The UK confectionery makers' modern-slavery leads network (Food and Drink Federation),
    English. JSON lines from its case platform: camelCase keys, ISO dates (a few platform
    time stamps, month-only ``2023-05`` and ``Q2 2023`` digest entries), nationality as a
    demonym (``Vietnamese``, ``Iraqi Kurd``), ``England``/``Scotland`` for the country,
    transit route and linked offences as JSON arrays, ``TBC`` for an unknown count. Besides
    the UK it shares its members' European alerts (Italy, Greece, Croatia, Poland): it is
    the compilation source.
``syndicat_chocolat_vigilance_pp.csv``
    France's chocolate makers' devoir de vigilance cell (Syndicat du Chocolat), French,
    cp1252, ``;``, CRLF. ``dd/mm/yyyy`` dates (a few ``dd/mm/yy``, ``17 mai 2023``,
    ``mai 2023``, ``T2 2023``), decimal commas, ``H``/``F``, ``MNA``, ``Angleterre``,
    country names pasted from a UTF-8 file (mojibake), case and spacing slips.
``produlce_cumplimiento_pp.xlsx``
    Spain's confectionery and turrón makers' compliance desk (Produlce), Spanish. Real
    Excel dates and numbers mixed with text dates, ``H``/``M`` (hombre/mujer), ``MENA``,
    articles of the Código Penal as crime words, gentilicios, maritime positions in
    degrees and decimal minutes (``28º 06,2' N``).
``chocolateras_oax_tab_ctpat_pp.csv``
    The CTPAT supply-chain security desk of Oaxaca and Tabasco chocolate makers, Mexican
    Spanish, Excel "Unicode text" (UTF-16, tabs). Trailers searched at the US border:
    ``tráfico de personas`` (smuggling in Mexican law), ``NNA``, ``EUA``, ISO3 codes,
    ``12 personas``, a few dates left as Excel serials (``45063``), GPS pairs ``lat,lon``
    (a few written ``lon,lat``).
``cocabo_ddhh_pp.csv``
    The human-rights desk of the Bocas del Toro cacao cooperative (COCABO), which also
    gathers the reports of the Emberá cacao growers of Darién it buys from on the
    migrants crossing their land. A KoBoToolbox form export re-saved from Excel: UTF-8
    with BOM, ``,``, Panama's month-first dates (``05/17/2023``), Kobo geopoints
    ``lat lon altitude accuracy``, select-multiple answers joined by spaces.

The truth says what a careful analyst reads from each cell; the messiness tags of each
row (``truth_rows.csv``) name what was planted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

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
from trendlib.samples._render import _MONTHS

__all__ = ["DESKS", "Desk", "make_blind430"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]

# --------------------------------------------------------------------------------------
# Country wording of this set (its own tables: the samples must not lean on the cleaner)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
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
    "GMB": ("Gambia", "Gambie", "Gambia"),
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
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
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Nationality words: English demonym, French and Spanish adjective (feminine, as a form's
#: "nationalité"/"nacionalidad" takes it).
_DEMONYMS: dict[str, dict[str, str]] = {
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
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "NGA": "nigériane",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "es": {
        "CIV": "marfileña",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "GIN": "guineana",
        "GMB": "gambiana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "MAR": "marroquí",
        "MEX": "mexicana",
        "MLI": "maliense",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "VEN": "venezolana",
    },
}

#: Other names a desk of that language uses for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "MKD": ("Macedonia",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "VNM": ("Vietnam",),
        "CIV": ("RCI",),
    },
    "es": {
        "USA": ("EUA", "EE. UU."),
        "ROU": ("Rumania",),
        "VNM": ("Viet Nam",),
    },
}

#: Small slips of the pen a careful reader still reads (missing accents included).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "VNM": "Vietman",
        "BGD": "Bangaldesh",
        "EGY": "Egpyt",
        "TUN": "Tunisa",
        "MAR": "Morroco",
        "PAK": "Pakisatn",
        "ROU": "Romainia",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "IRQ": "Iraq",
        "ALB": "Albannie",
        "GBR": "Royaume Uni",
    },
    "es": {
        "MAR": "Marrucos",
        "SEN": "Senagal",
        "MLI": "Mali",
        "HTI": "Haiti",
        "MEX": "Mexico",
        "VEN": "Venezula",
        "GTM": "Guatemla",
        "HND": "Hondura",
        "ECU": "Ecudor",
        "ESP": "Espana",
        "PAN": "Panama",
    },
}


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


# --------------------------------------------------------------------------------------
# The desks
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    day_styles : tuple of (str, float)
        Date styles of a row that gives the day, with their weights.
    partial_styles : tuple of (str, float)
        Month-only or quarter-only styles, with their weights (empty: always the day).
    partial_share : float
        Share of the rows (not a second report) written with a partial date.
    words : mapping
        Column -> canonical word -> the desk's words for it (the first the usual one).
    unknown : mapping
        Column -> the desk's words for "not known" in that column.
    unknown_rate : float
        Share of the vocabulary and nationality cells the desk leaves "not known".
    nat_styles, place_styles : tuple of (str, float)
        How nationality, and the other country cells, are written, with weights.
    transit_sep : str
        Separator of the transit countries (``"[]"``: a JSON array).
    offence_sep : str
        Separator of the linked offences (``"[]"``: a JSON array).
    numeric : bool
        Whether counts are numbers (XLSX, JSON) rather than text.
    count_placeholders, suspect_placeholders, zero_words : tuple of str
        Words for an unknown count of persons, of suspects, and for "no suspect".
    count_unit : tuple of str
        Singular and plural unit some count cells carry (``("persona", "personas")``).
    coords : str
        ``"json"``, ``"comma"`` (decimal commas), ``"xlsx"`` (numbers, text, degrees and
        decimal minutes), ``"pair"`` (``lat,lon``) or ``"kobo"`` (``lat lon alt acc``).
    coord_missing : str or None
        What a cell without a position holds (None: it is left empty).
    case_rate : float
        Share of the word cells with a case or spacing slip.
    expl_na : str or None
        What the exploitation cell of a smuggling row holds.
    """

    day_styles: _Weights = ()
    partial_styles: _Weights = ()
    partial_share: float = 0.0
    words: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    unknown_rate: float = 0.03
    nat_styles: _Weights = (("name", 1.0),)
    place_styles: _Weights = (("name", 1.0),)
    transit_sep: str = ", "
    offence_sep: str = ", "
    numeric: bool = False
    count_placeholders: tuple[str, ...] = ()
    suspect_placeholders: tuple[str, ...] = ()
    zero_words: tuple[str, ...] = ()
    count_unit: tuple[str, ...] = ()
    coords: str = "json"
    coord_missing: str | None = None
    case_rate: float = 0.0
    expl_na: str | None = None


_UK = Desk(
    source="fdf_confectionery_msl",
    filename="fdf_confectionery_msl_pp.jsonl",
    ref="MSL-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "dateIdentified",
        "detection_country": "countryIdentified",
        "crime_type": "offenceCategory",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "gender": "sex",
        "age_group": "ageBand",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitRoute",
        "destination_country": "intendedDestination",
        "transport_mode": "travelMethod",
        "n_suspects": "suspectsIdentified",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "linkedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "a number"),
    repeats=False,
    day_styles=(("iso", 0.85), ("iso_z", 0.1), ("d_month_y", 0.05)),
    partial_styles=(("month_iso", 0.6), ("q_en", 0.4)),
    partial_share=0.1,
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "Modern slavery", "MS/HT"),
            "smuggling": ("People smuggling", "Organised immigration crime", "OIC"),
            "both": ("Smuggling & trafficking", "OIC / MS"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "child_labour": ("Child labour",),
            "cannabis": ("Cannabis cultivation",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "M/F", "Males & females"),
        },
        "age_group": {
            "child": ("Minor", "Child", "U18"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "RHIB"),
            "land": ("HGV", "Lorry", "Car", "On foot"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false documents"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "illicit goods"),
            "cybercrime": ("cyber-enabled", "cybercrime"),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": ("To be determined", "TBD"),
        "gender": ("Not known",),
        "age_group": ("Not recorded",),
        "transport_mode": ("Not recorded",),
        "nationality": ("Not known", "Unknown"),
    },
    unknown_rate=0.03,
    nat_styles=(("demonym", 0.8), ("name", 0.12), ("kurd", 0.04), ("typo", 0.04)),
    place_styles=(("name", 0.8), ("alias", 0.08), ("iso2", 0.08), ("typo", 0.04)),
    transit_sep="[]",
    offence_sep="[]",
    numeric=True,
    count_placeholders=("TBC", "unknown"),
    suspect_placeholders=("unknown", "n/k"),
    zero_words=("none",),
    coords="json",
)

_FR = Desk(
    source="syndicat_chocolat_vigilance",
    filename="syndicat_chocolat_vigilance_pp.csv",
    ref="SCV{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° alerte",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires, extraction de la cellule vigilance",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    day_styles=(("dmy", 0.82), ("dmy2", 0.12), ("d_mois_y", 0.06)),
    partial_styles=(("mois_y", 0.5), ("t_fr", 0.5)),
    partial_share=0.06,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "trafic de migrants",
                "filière de passage",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
            "child_labour": ("travail des enfants",),
        },
        "gender": {
            "female": ("F", "femmes", "féminin"),
            "male": ("H", "hommes", "masculin"),
            "mixed": ("H/F", "mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "mineur", "MNA"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau", "maritime"),
            "land": ("poids lourd", "PL", "camion", "voiture", "à pied"),
            "air": ("avion", "aérien"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown={
        "exploitation": ("à déterminer",),
        "gender": ("non précisé", "NC"),
        "age_group": ("non renseigné",),
        "transport_mode": ("non renseigné",),
        "nationality": ("inconnue", "NC"),
    },
    unknown_rate=0.04,
    nat_styles=(
        ("name", 0.55),
        ("demonym", 0.25),
        ("iso3", 0.06),
        ("mojibake", 0.06),
        ("typo", 0.04),
        ("upper", 0.04),
    ),
    place_styles=(
        ("name", 0.78),
        ("alias", 0.1),
        ("mojibake", 0.06),
        ("typo", 0.03),
        ("upper", 0.03),
    ),
    transit_sep=", ",
    offence_sep=" / ",
    count_placeholders=("NC", "inconnu"),
    suspect_placeholders=("NC",),
    zero_words=("aucun", "néant"),
    coords="comma",
    case_rate=0.06,
)

_ES = Desk(
    source="produlce_cumplimiento",
    filename="produlce_cumplimiento_pp.xlsx",
    ref="PRD/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "detection_country": "País",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales pendientes de validación por el comité de cumplimiento",
    total="TOTAL",
    bad_count=("varios", "algunos"),
    repeats=False,
    day_styles=(("excel", 0.75), ("dmy", 0.17), ("dmy_dash", 0.08)),
    partial_styles=(("mes_y", 0.5), ("month_slash", 0.2), ("t_es", 0.3)),
    partial_share=0.07,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
            "smuggling": (
                "Inmigración ilegal (art. 318 bis CP)",
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
            ),
            "both": ("Trata y tráfico de migrantes", "177 bis + 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
            "child_labour": ("trabajo infantil",),
        },
        "gender": {
            "female": ("mujeres", "M", "mujer"),
            "male": ("hombres", "H", "varones"),
            "mixed": ("mixto", "H/M", "ambos sexos"),
        },
        "age_group": {
            "child": ("menores", "menor de edad", "MENA"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("terrestre", "vehículo", "camión", "a pie"),
            "air": ("aéreo", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contra la salud pública",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("por determinar",),
        "gender": ("no consta",),
        "age_group": ("no consta",),
        "transport_mode": ("no consta",),
        "nationality": ("no consta", "desconocida"),
    },
    unknown_rate=0.03,
    nat_styles=(("demonym", 0.5), ("name", 0.42), ("typo", 0.05), ("upper", 0.03)),
    place_styles=(("name", 0.9), ("typo", 0.06), ("upper", 0.04)),
    transit_sep=" / ",
    offence_sep=", ",
    numeric=True,
    count_placeholders=("s/d", "desconocido"),
    suspect_placeholders=("s/d",),
    zero_words=("ninguno",),
    coords="xlsx",
    coord_missing="s/d",
    expl_na="no aplica",
)

_MX = Desk(
    source="chocolateras_oax_tab_ctpat",
    filename="chocolateras_oax_tab_ctpat_pp.csv",
    ref="CTPAT-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "detection_country": "País de detección",
        "crime_type": "Tipo de incidente",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "Origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar, sujeta a confirmación de CBP",
    total="TOTAL",
    bad_count=("varios", "muchos"),
    repeats=True,
    day_styles=(("dmy", 0.78), ("d_mmm_y", 0.17), ("serial", 0.05)),
    partial_styles=(("mes_y", 1.0),),
    partial_share=0.04,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de personas", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzoso",),
            "other": ("otra",),
            "child_labour": ("trabajo infantil",),
        },
        "gender": {
            "female": ("mujeres", "femenino"),
            "male": ("hombres", "masculino"),
            "mixed": ("ambos", "mixto"),
        },
        "age_group": {
            "child": ("NNA", "menores"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("tráiler", "caja seca", "tractocamión", "camioneta", "a pie"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("uso de documentos falsos",),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("sin dato",),
        "gender": ("no especificado",),
        "age_group": ("sin dato",),
        "transport_mode": ("sin dato",),
        "nationality": ("sin dato", "N/D"),
    },
    unknown_rate=0.04,
    nat_styles=(("demonym", 0.55), ("name", 0.25), ("iso3", 0.12), ("typo", 0.05), ("lower", 0.03)),
    place_styles=(("name", 0.7), ("alias", 0.15), ("iso3", 0.1), ("typo", 0.05)),
    transit_sep=", ",
    offence_sep="; ",
    count_placeholders=("sin dato", "N/D"),
    suspect_placeholders=("N/D",),
    zero_words=("ninguno", "cero"),
    count_unit=("persona", "personas"),
    coords="pair",
    coord_missing="sin GPS",
    case_rate=0.05,
)

_PA = Desk(
    source="cocabo_ddhh",
    filename="cocabo_ddhh_pp.csv",
    ref="COCABO-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código de caso",
        "event_date": "Fecha del hecho",
        "detection_country": "País",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Número de personas",
        "n_suspects": "Número de presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Ubicación GPS",
        "linked_offences": "Otros delitos observados",
    },
    note=None,
    total="Total personas",
    bad_count=("varios",),
    repeats=False,
    day_styles=(("mdy", 1.0),),
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de migrantes",),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Sexual",),
            "forced_labour": ("Laboral",),
            "forced_criminality": ("Delictiva",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
            "child_labour": ("Trabajo infantil",),
        },
        "gender": {"female": ("Mujeres",), "male": ("Hombres",), "mixed": ("Mixto",)},
        "age_group": {
            "child": ("Niños, niñas y adolescentes",),
            "adult": ("Adultos",),
            "mixed": ("Mixto",),
        },
        "transport_mode": {
            "sea": ("Lancha",),
            "land": ("A pie", "Terrestre"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Documentos falsos",),
            "corruption": ("Soborno",),
            "money_laundering": ("Lavado de dinero",),
            "illicit_goods": ("Narcotráfico",),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown={
        "exploitation": ("No sabe / No responde",),
        "gender": ("No sabe / No responde",),
        "age_group": ("No sabe / No responde",),
        "transport_mode": ("No sabe / No responde",),
        "nationality": ("No sabe / No responde",),
    },
    unknown_rate=0.03,
    transit_sep=" ",
    offence_sep=" ",
    coords="kobo",
)

#: The set's desks, in the order their submissions are returned.
DESKS: tuple[Desk, ...] = (_UK, _FR, _ES, _MX, _PA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: _Weights) -> str:
    keys = [k for k, _ in weights]
    w = np.array([v for _, v in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(desk: Desk, col: str, value: str, rng: _Rng) -> str:
    forms = desk.words[col][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.6 else choice(rng, forms[1:])


def _case(desk: Desk, text: str, col: str, rng: _Rng, tags: list[str]) -> str:
    if desk.case_rate and rng.random() < desk.case_rate:
        kind = int(rng.integers(3))
        slipped = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
        if slipped != text:
            tags.append(f"case:{col}")
            return slipped
    return text


def _country(
    desk: Desk, iso: str, col: str, rng: _Rng, tags: list[str], ev: dict[str, object]
) -> str:
    """Write one country the desk's way; tag what a reader must see through."""
    lang = desk.language
    name = _name(iso, lang)
    if col == "detection_country" and iso == "GBR" and desk is _UK and rng.random() < 0.6:
        tags.append("subnational:detection_country")  # the UK desk writes the nation
        return "Scotland" if "Glasgow" in str(ev.get("hotspot")) else "England"
    style = _weighted(rng, desk.nat_styles if col == "nationality" else desk.place_styles)
    text = name
    if style == "demonym":
        text = _DEMONYMS[lang].get(iso, name)
    elif style == "kurd" and iso in ("IRQ", "IRN"):
        text = "Iraqi Kurd" if iso == "IRQ" else "Iranian Kurd"
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "alias":
        text = choice(rng, _ALIASES[lang][iso]) if iso in _ALIASES[lang] else name
    elif style == "typo":
        text = _TYPOS[lang].get(iso, name)
    elif style == "mojibake":
        text = mojibake(name) or name
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    if not fits(text, desk):
        text = name
    if text != name:
        tags.append(f"{style}:{col}")
    return text


def _countries_list(
    desk: Desk, value: object, col: str, rng: _Rng, tags: list[str], ev: dict[str, object]
) -> object:
    if value is None:
        return None
    parts = [_country(desk, iso, col, rng, tags, ev) for iso in str(value).split("|")]
    if desk.transit_sep == "[]":
        return parts
    return desk.transit_sep.join(parts)  # in order; Kobo's select_multiple joins by spaces


def _date_cell(style: str, ts: pd.Timestamp) -> object:
    m = ts.month - 1
    forms: dict[str, object] = {
        "iso": ts.strftime("%Y-%m-%d"),
        "iso_z": ts.strftime("%Y-%m-%dT00:00:00Z"),
        "d_month_y": f"{ts.day} {MONTHS[m]} {ts.year}",
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy2": ts.strftime("%d/%m/%y"),
        "dmy_dash": ts.strftime("%d-%m-%Y"),
        "mdy": ts.strftime("%m/%d/%Y"),
        "d_mois_y": f"{ts.day} {_MONTHS['fr'][m]} {ts.year}",
        "d_mmm_y": f"{ts.day:02d}-{_MONTHS['es'][m][:3]}-{ts.year}",
        "excel": datetime(ts.year, ts.month, ts.day),
        "serial": str((ts.normalize() - pd.Timestamp("1899-12-30")).days),
        "month_iso": ts.strftime("%Y-%m"),
        "mois_y": f"{_MONTHS['fr'][m]} {ts.year}",
        "mes_y": f"{_MONTHS['es'][m]} {ts.year}",
        "month_slash": ts.strftime("%m/%Y"),
        "q_en": f"Q{ts.quarter} {ts.year}",
        "t_fr": f"T{ts.quarter} {ts.year}",
        "t_es": f"T{ts.quarter} {ts.year}",
    }
    return forms[style]


_QUARTER_STYLES = ("q_en", "t_fr", "t_es")


def _date(
    desk: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    if partial_ok and desk.partial_styles and rng.random() < desk.partial_share:
        style = _weighted(rng, desk.partial_styles)
        tags.append("partial_date")
        if style in _QUARTER_STYLES:
            return _date_cell(style, ts), ts.to_period("Q").start_time, "quarter"
        return _date_cell(style, ts), ts.to_period("M").start_time, "month"
    style = _weighted(rng, desk.day_styles)
    if style in ("dmy2", "iso_z", "mdy", "d_mmm_y", "d_month_y", "d_mois_y", "serial"):
        tags.append(f"date_style:{style}")
    if style == "excel":
        tags.append("excel_date")
    return _date_cell(style, ts), ts.normalize(), "day"


def _persons(desk: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    if desk.count_placeholders and rng.random() < 0.02:
        tags.append("count_placeholder")
        return choice(rng, desk.count_placeholders), None
    kobo = desk.coords == "kobo"  # a Kobo integer field: plain digits
    if (
        n >= 1000
        and desk.language != "en"
        and not kobo
        and (not desk.numeric or rng.random() < 0.5)
    ):
        sep = {"fr": "\u00a0", "es": "." if desk is _ES else ","}[desk.language]
        tags.append("thousands:n_persons")
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    if desk.count_unit and rng.random() < 0.2:
        tags.append("count_unit")
        return f"{n} {desk.count_unit[0] if n == 1 else desk.count_unit[1]}", n
    return (n if desk.numeric else str(n)), n


def _suspects(
    desk: Desk, s: int, rng: _Rng, forced_blank: str | None, tags: list[str]
) -> tuple[object, int | None]:
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.05:
        tags.append("blank_n_suspects")
        return None, None
    if desk.suspect_placeholders and r < 0.08:
        tags.append("suspects_placeholder")
        return choice(rng, desk.suspect_placeholders), None
    if s == 0 and desk.zero_words and rng.random() < 0.3:
        tags.append("zero_word")
        return choice(rng, desk.zero_words), 0
    return (s if desk.numeric else str(s)), s


def _dm(value: float, pos: str, neg: str, width: int) -> str:
    """Write degrees and decimal minutes as a Spanish maritime report does."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    return f"{deg:0{width}d}º {rest // 10:02d},{rest % 10}' {hemi}"


def _coords(
    desk: Desk, ev: dict[str, object], rng: _Rng, forced_blank: str | None, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    keys = ("coordinates",) if desk.coords in ("pair", "kobo") else ("lat", "lon")
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        return dict.fromkeys(keys), None, None
    r = rng.random()
    if r < 0.06:
        if desk.coord_missing is not None and rng.random() < 0.5:
            tags.append("coords_placeholder")
            return dict.fromkeys(keys, desk.coord_missing), None, None
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    la, lo = round(lat, 5), round(lon, 5)
    if desk.coords == "json":
        return {"lat": la, "lon": lo}, la, lo
    if desk.coords == "comma":
        tags.append("decimal_comma")
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if desk.coords == "xlsx":
        if ev.get("transport_mode") == "sea" and rng.random() < 0.35:
            tags.append("degrees_minutes")
            cell_lat, cell_lon = _dm(lat, "N", "S", 2), _dm(lon, "E", "W", 3)
            return (
                {"lat": cell_lat, "lon": cell_lon},
                _read_dm(cell_lat),
                _read_dm(cell_lon),
            )
        if rng.random() < 0.15:
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo
    if desk.coords == "pair":
        if rng.random() < 0.03:  # longitude first: -110 cannot be a latitude
            tags.append("coords_swapped")
            return {"coordinates": f"{lo:.5f},{la:.5f}"}, la, lo
        return {"coordinates": f"{la:.5f},{lo:.5f}"}, la, lo
    # kobo geopoint: latitude longitude altitude accuracy
    alt = round(float(rng.uniform(5, 180)), 1)
    acc = round(float(rng.uniform(3, 25)), 1)
    tags.append("geopoint")
    return {"coordinates": f"{la:.5f} {lo:.5f} {alt} {acc}"}, la, lo


def _read_dm(cell: str) -> float:
    """Read back a cell of :func:`_dm` as a careful analyst does."""
    deg, rest = cell.split("º ")
    minutes, hemi = rest.split("' ")
    value = int(deg) + float(minutes.replace(",", ".")) / 60
    return round(-value if hemi in ("S", "W") else value, 6)


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    desk = src
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        desk, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(
        desk, _word(desk, "crime_type", crime, rng), "crime_type", rng, tags
    )
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = desk.expl_na, None
    elif rng.random() < desk.unknown_rate:
        cells["exploitation"] = choice(rng, desk.unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        key = str(expl)
        if key == "forced_labour" and ev["age_group"] == "child" and rng.random() < 0.5:
            key = "child_labour"  # a child's forced labour, as the cocoa sector names it
            tags.append("child_labour_word")
        elif (
            key == "forced_criminality"
            and ev["nationality"] == "VNM"
            and "cannabis" in (desk.words["exploitation"])
        ):
            key = "cannabis" if rng.random() < 0.5 else key
            if key == "cannabis":
                tags.append("cannabis_word")
        word = _word(desk, "exploitation", key, rng)
        cells["exploitation"] = _case(desk, word, "exploitation", rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(desk, n, rng, tags)
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(desk, s, rng, forced_blank, tags)

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < desk.unknown_rate:
        cells["gender"], exp["gender"] = choice(rng, desk.unknown["gender"]), "unknown"
        tags.append("blank_gender")
    else:
        word = _word(desk, "gender", str(ev["gender"]), rng)
        cells["gender"], exp["gender"] = _case(desk, word, "gender", rng, tags), ev["gender"]

    for col in ("age_group", "transport_mode"):
        if rng.random() < desk.unknown_rate:
            cells[col], exp[col] = choice(rng, desk.unknown[col]), "unknown"
            tags.append(f"na_word:{col}")
        else:
            word = _word(desk, col, str(ev[col]), rng)
            cells[col], exp[col] = _case(desk, word, col, rng, tags), ev[col]

    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < desk.unknown_rate:
        cells["nationality"], exp["nationality"] = choice(rng, desk.unknown["nationality"]), None
        tags.append("blank_nationality")
    else:
        iso = str(ev["nationality"])
        cells["nationality"] = _country(desk, iso, "nationality", rng, tags, ev)
        exp["nationality"] = iso

    for col in ("origin_country", "destination_country"):
        cells[col] = _country(desk, str(ev[col]), col, rng, tags, ev)
        exp[col] = ev[col]
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        iso = str(ev["detection_country"])
        cells["detection_country"] = _country(desk, iso, "detection_country", rng, tags, ev)
        exp["detection_country"] = iso
    cells["transit_countries"] = _countries_list(
        desk, ev["transit_countries"], "transit_countries", rng, tags, ev
    )
    exp["transit_countries"] = ev["transit_countries"]

    coord_cells, exp["lat"], exp["lon"] = _coords(desk, ev, rng, forced_blank, tags)
    cells.update(coord_cells)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(desk, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = (
            words if desk.offence_sep == "[]" else desk.offence_sep.join(words)
        )
    exp["linked_offences"] = offences
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that cannot be used: empty, impossible, or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        # the 31st of a 30-day month (or of February), else a thirteenth month
        day, month = (31, ts.month) if ts.month in (2, 4, 6, 9, 11) else (ts.day, 13)
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day:02d}"
        if src is _PA:
            return f"{month:02d}/{day:02d}/{ts.year}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    ahead = ts + pd.DateOffset(years=10)  # 2023 keyed as 2033
    if src.format == "xlsx":
        return datetime(ahead.year, ahead.month, ahead.day)
    return _date_cell(src.day_styles[0][0], ahead)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the extraction date written on a note row: days after the last row."""
    day = last + pd.Timedelta(days=5)
    if src.format == "xlsx":
        return datetime(day.year, day.month, day.day)
    return _date_cell(src.day_styles[0][0], day)


_EXAMINER: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary={
        "GBR": _UK.source,
        "FRA": _FR.source,
        "ESP": _ES.source,
        "USA": _MX.source,
        "PAN": _PA.source,
    },
    compilation=_UK.source,
    secondary={
        ("channel", "FRA"): _UK.source,
        ("channel", "GBR"): _FR.source,
        ("thb_vnm_gbr", "GBR"): _FR.source,
        ("thb_nga_ita", "ITA"): _FR.source,
        ("thb_rou_esp", "ITA"): _ES.source,
        ("thb_rou_esp", "ESP"): _UK.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=430,
    blank_share=0.35,
)


def make_blind430(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five cocoa and confectionery desks of ``blind430``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        The UK leads' JSON lines, the French cp1252 CSV, the Spanish XLSX, the Mexican
        UTF-16 tab-separated CSV and the Panamanian Kobo CSV, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind430(make_truth(seed=5, n_events=300), seed=5)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fdf_confectionery_msl_pp.jsonl', 'syndicat_chocolat_vigilance_pp.csv',
     'produlce_cumplimiento_pp.xlsx', 'chocolateras_oax_tab_ctpat_pp.csv',
     'cocabo_ddhh_pp.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-16', 'utf-8-sig']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° alerte', 'Date du constat', 'Qualification']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
