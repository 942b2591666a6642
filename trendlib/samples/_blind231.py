"""Examiner sample set ``blind231`` (files ``*_hy.*``): emergency social services and shelters.

Five agencies that meet homeless and destitute migrants in the street, on the emergency
social line or at night shelters and reception stations, note the indicators of
trafficking and smuggling they see, and refer the people on. Each writes its own export,
in its own language and with its own tool:

``siao62_115_hy.csv``
    SIAO du Pas-de-Calais (115 and the littoral outreach teams, "maraudes"), French.
    An SI-SIAO extract saved from Excel: cp1252, ``;``, CRLF. Day-first dates, some with
    the time of the 115 call, a few months only (``mai 2023``); nationalities as French
    adjectives (``Afghane``, ``érythréen``); ``Angleterre`` for the United Kingdom;
    ``small boat``; GPS of the outreach point with decimal commas; ``NC`` (non connu)
    and ``aucun``; number words for small groups; a note and a total row.
``samur_social_madrid_hy.xlsx``
    SAMUR Social (Ayuntamiento de Madrid), Spanish. People attended in Madrid after
    their arrival on the coasts or their escape from the farms; the workbook holds the
    date and place of arrival or detection (Excel date cells, some typed as text, a
    few months only), ``H``/``M`` (hombre/mujer) and ``Varón``, Spanish adjectives of
    nationality (``marroquí``, ``rumana``), ``patera``, ``cayuco``, ``salto de valla``,
    ``MENA``; no coordinates, the place as text; ``s/d`` (sin datos); rows pasted twice.
``feantsa_hy.xlsx``
    FEANTSA (European Federation of National Organisations Working with the Homeless,
    Brussels), English: a compilation of its members' returns (Italy, Greece, Croatia,
    Poland, the United Kingdom, and a few cases French and Spanish members also sent to
    their national services). Mixed date cells and texts, months and quarters
    (``Q2 2023``), EU codes (``EL`` for Greece, ``UK``), demonyms, codes, typos and
    mojibake from members' files, ``n/k``, ``lat, long`` pairs.
``oc_homeless_elpaso_hy.csv``
    Opportunity Center for the Homeless (El Paso, Texas), English: the intake log of
    the migrant shelter with its trafficking screening. UTF-8 with BOM, ``,``; US
    month-first dates (``5/17/2023``, ``May 17, 2023``); ``UAC``, ``Family unit``,
    ``coyote``; the Border Patrol sector as text, no coordinates; rows appended twice.
``mides_panama_hy.jsonl``
    Ministerio de Desarrollo Social de Panamá (social workers at the Darién reception
    stations), Spanish: a KoboToolbox export, one JSON object per submission, keys with
    their group paths, choice names as values (``trata_personas``, ``nna``,
    ``falsedad_documental drogas``), country choices by name or, in the form's second
    version, by ISO alpha-3 code, and the Kobo geopoint ``lat lon altitude accuracy``.

The truth says what a careful analyst reads in each cell: an adjective of nationality is
the country, ``Angleterre`` and ``UK`` are the United Kingdom, ``EL`` is Greece, ``M`` in
the Madrid file is a woman, a US date is month-first, a count written ``NC``, ``s/d`` or
``n/k`` is not known (the record stays, with no count), ``plusieurs`` or ``varios`` is no
count at all (the row is quarantined), an exploitation written ``sans objet`` or ``N/A``
on a smuggling case is no exploitation.
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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind231"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Source231(ExaminerSource):
    """A source of ``blind231``: the shared fields plus the agency's writing style.

    Attributes
    ----------
    style : str
        Which writer renders its rows: ``"siao"``, ``"samur"``, ``"feantsa"``,
        ``"elpaso"`` or ``"kobo"``.
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_SIAO = Source231(
    source="siao62_115",
    filename="siao62_115_hy.csv",
    ref="FV{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du signalement",
        "place": "Lieu de repérage",
        "crime_type": "Motif du signalement",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb passeurs / exploiteurs signalés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination souhaitée",
        "detection_country": "Pays",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de passage",
        "lat": "Latitude (GPS maraude)",
        "lon": "Longitude (GPS maraude)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction SI-SIAO – données provisoires, usage interne",
    total="Total général",
    bad_count=("plusieurs", "groupe", "beaucoup"),
    repeats=False,
    style="siao",
)
_SAMUR = Source231(
    source="samur_social_madrid",
    filename="samur_social_madrid_hy.xlsx",
    ref="SS/{year}/{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº intervención",
        "event_date": "Fecha de llegada / detección",
        "place": "Lugar de llegada / detección",
        "detection_country": "País de detección",
        "crime_type": "Situación detectada",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos tratantes / pasadores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino previsto",
        "transport_mode": "Vía de entrada",
        "linked_offences": "Otros delitos asociados",
    },
    note="Nota: datos provisionales pendientes de validación por el Departamento de Samur Social",
    total="Total general",
    bad_count=("varios", "grupo", "sin contar"),
    repeats=True,
    style="samur",
)
_FEANTSA = Source231(
    source="feantsa",
    filename="feantsa_hy.xlsx",
    ref="FEA-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "place": "Member organisation",
        "detection_country": "Country",
        "event_date": "Date identified",
        "crime_type": "Concern",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspected exploiters / facilitators",
        "gender": "Gender",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Intended destination",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Associated offences",
    },
    note="Note: compiled from member returns; figures provisional, not for publication",
    total="TOTAL",
    bad_count=("several", "a group", "tbc"),
    repeats=False,
    style="feantsa",
)
_ELPASO = Source231(
    source="oc_homeless_elpaso",
    filename="oc_homeless_elpaso_hy.csv",
    ref="OC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Intake #",
        "event_date": "Date of encounter",
        "place": "Border Patrol sector",
        "n_persons": "# in group",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Country of citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Countries transited",
        "destination_country": "Final destination",
        "detection_country": "Country of encounter",
        "transport_mode": "Mode of entry",
        "crime_type": "Screening outcome",
        "exploitation": "Type of trafficking",
        "n_suspects": "Smugglers / traffickers identified",
        "linked_offences": "Other offenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "group", "lots"),
    repeats=True,
    style="elpaso",
)
_KOBO = Source231(
    source="mides_panama",
    filename="mides_panama_hy.jsonl",
    ref="DRN-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "grupo_caso/codigo_caso",
        "event_date": "grupo_caso/fecha_deteccion",
        "place": "grupo_ubicacion/punto_atencion",
        "coordinates": "grupo_ubicacion/gps",
        "crime_type": "grupo_caso/tipo_caso",
        "exploitation": "grupo_caso/forma_explotacion",
        "linked_offences": "grupo_caso/delitos_conexos",
        "n_persons": "grupo_personas/total_personas",
        "n_suspects": "grupo_personas/presuntos_tratantes_traficantes",
        "gender": "grupo_personas/sexo",
        "age_group": "grupo_personas/grupo_etario",
        "nationality": "grupo_personas/nacionalidad",
        "origin_country": "grupo_ruta/pais_origen",
        "transit_countries": "grupo_ruta/paises_transito",
        "destination_country": "grupo_ruta/pais_destino",
        "detection_country": "grupo_ruta/pais_deteccion",
        "transport_mode": "grupo_ruta/medio_transporte",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo grande", "no_contado"),
    repeats=False,
    style="kobo",
)

#: The five sources of ``blind231``, in the order of the submissions.
SOURCES: tuple[Source231, ...] = (_SIAO, _SAMUR, _FEANTSA, _ELPASO, _KOBO)

# Detection country -> the agency that first reports its events; FEANTSA compiles the rest.
_PRIMARY = {
    "FRA": "siao62_115",
    "ESP": "samur_social_madrid",
    "USA": "oc_homeless_elpaso",
    "PAN": "mides_panama",
}
# French and Spanish members also send FEANTSA some of the cases their national services
# saw: those come a second time, in English.
_SECONDARY = {
    ("channel", "FRA"): "feantsa",
    ("wmed", "ESP"): "feantsa",
    ("watl", "ESP"): "feantsa",
    ("thb_rou_esp", "ESP"): "feantsa",
}

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, _Words] = {
    "siao": {
        "trafficking": (
            "suspicion de traite",
            "victime potentielle de traite",
            "indicateurs de traite (TEH)",
        ),
        "smuggling": ("passeur / aide au passage", "trafic de migrants", "paiement d'un passeur"),
        "both": ("traite et trafic de migrants", "passeur + indicateurs de traite"),
    },
    "samur": {
        "trafficking": ("Indicios de trata", "Posible víctima de trata", "TSH"),
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes", "pago a pasador"),
        "both": ("Trata y tráfico", "Tráfico de migrantes con indicios de trata"),
    },
    "feantsa": {
        "trafficking": ("Human trafficking", "THB", "Trafficking"),
        "smuggling": ("Migrant smuggling", "Smuggling", "SOM"),
        "both": ("Trafficking and smuggling", "THB/SOM"),
    },
    "elpaso": {
        "trafficking": ("Human trafficking", "Trafficking - screened positive"),
        "smuggling": ("Smuggling", "Smuggled (paid coyote)", "Coyote"),
        "both": ("Smuggling + trafficking", "Smuggling/Trafficking"),
    },
    "kobo": {
        "trafficking": ("trata_personas",),
        "smuggling": ("trafico_migrantes",),
        "both": ("trata_y_trafico",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "siao": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
        "unknown": ("non renseigné", "NSP"),
        "na": ("sans objet", "/"),
    },
    "samur": {
        "sexual": ("Explotación sexual", "sexual"),
        "forced_labour": ("Explotación laboral", "laboral"),
        "forced_criminality": ("Actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
        "unknown": ("No consta", "Sin determinar"),
        "na": ("No procede",),
    },
    "feantsa": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Forced labour", "Labour exploitation"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not known", "n/k"),
        "na": ("N/A", "n/a"),
    },
    "elpaso": {
        "sexual": ("Sex trafficking", "Sex"),
        "forced_labour": ("Labor trafficking", "Labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Unknown", "Not disclosed"),
        "na": ("N/A",),
    },
    "kobo": {
        "sexual": ("explotacion_sexual",),
        "forced_labour": ("trabajo_forzoso",),
        "forced_criminality": ("actividades_delictivas_forzadas",),
        "organ_removal": ("extraccion_organos",),
        "forced_marriage": ("matrimonio_forzado",),
        "other": ("otra",),
        "unknown": ("no_sabe",),
        "na": (),
    },
}
_GENDER: dict[str, _Words] = {
    "siao": {
        "female": ("F", "Femme", "femmes"),
        "male": ("H", "Homme", "hommes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "samur": {
        "female": ("Mujer", "M", "mujeres"),
        "male": ("Hombre", "Varón", "H"),
        "mixed": ("Mixto", "hombres y mujeres"),
    },
    "feantsa": {
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Men and women"),
    },
    "elpaso": {
        "female": ("F", "Female"),
        "male": ("M", "Male"),
        "mixed": ("Mixed", "M/F"),
    },
    "kobo": {"female": ("mujer",), "male": ("hombre",), "mixed": ("mixto",)},
}
_AGE: dict[str, _Words] = {
    "siao": {
        "child": ("mineur", "MNA", "mineurs"),
        "adult": ("majeur", "adulte", "majeurs"),
        "mixed": ("majeurs et mineurs", "famille avec enfants"),
        "na": ("NR", "âge non renseigné"),
    },
    "samur": {
        "child": ("Menor", "MENA", "menor no acompañado"),
        "adult": ("Adulto", "Mayor de edad", "adultos"),
        "mixed": ("Adultos y menores", "Familia con menores"),
        "na": ("No consta",),
    },
    "feantsa": {
        "child": ("Minor", "Child", "UASC"),
        "adult": ("Adult", "18+", "Adults"),
        "mixed": ("Mixed", "Adults and minors"),
        "na": ("Not recorded", "n/k"),
    },
    "elpaso": {
        "child": ("Minor", "UAC", "Child"),
        "adult": ("Adult", "Adults", "18+"),
        "mixed": ("Family unit", "Adults w/ children"),
        "na": ("Unknown",),
    },
    "kobo": {
        "child": ("nna",),
        "adult": ("adulto",),
        "mixed": ("adultos_y_nna",),
        "na": ("no_sabe",),
    },
}
_TRANSPORT: dict[str, _Words] = {
    "siao": {
        "sea": ("small boat", "bateau", "embarcation", "zodiac"),
        "land": ("camion", "poids lourd", "à pied"),
        "air": ("avion",),
        "na": ("NR",),
    },
    "samur": {
        "sea": ("Patera", "Cayuco", "Neumática", "Marítima"),
        "land": ("Terrestre", "Autobús", "A pie"),
        "air": ("Aérea", "Avión"),
        "na": ("No consta",),
    },
    "feantsa": {
        "sea": ("Sea", "Boat", "Small boat", "Dinghy"),
        "land": ("Land", "Lorry", "On foot", "Truck"),
        "air": ("Air", "Flight"),
        "na": ("n/k", "Not recorded"),
    },
    "elpaso": {
        "land": ("On foot", "Land", "Vehicle", "Walked"),
        "sea": ("Boat",),
        "air": ("Air",),
        "na": ("Unknown",),
    },
    "kobo": {
        "land": ("terrestre", "a_pie"),
        "sea": ("maritimo",),
        "air": ("aereo",),
        "na": ("no_sabe",),
    },
}
_OFFENCES: dict[str, _Words] = {
    "siao": {
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "samur": {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "feantsa": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "elpaso": {
        "document_fraud": ("fraudulent documents", "fake ID"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "narcotics"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "kobo": {
        "document_fraud": ("falsedad_documental",),
        "corruption": ("corrupcion",),
        "money_laundering": ("blanqueo_capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_SEPS = {
    "siao": (", ", " + "),
    "samur": ("; ", ", "),
    "feantsa": ("; ",),
    "elpaso": (", ",),
    "kobo": (" ",),  # a Kobo select_multiple: choice names joined by spaces
}
_TRANSIT_SEPS = {
    "siao": (" > ", " - "),
    "samur": (" - ", ", "),
    "feantsa": (", ", " / "),
    "elpaso": (", ", " > "),
    "kobo": (", ", " - "),
}

# Nationality adjectives: iso3 -> (masculine, feminine).
_FR_ADJ: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "ALB": ("albanais", "albanaise"),
    "ERI": ("érythréen", "érythréenne"),
    "SYR": ("syrien", "syrienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "SDN": ("soudanais", "soudanaise"),
}
_ES_ADJ: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano (Conakry)", "guineana (Conakry)"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
_EN_ADJ: dict[str, str] = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "IRQ": "Iraqi",
    "IRN": "Iranian",
    "PAK": "Pakistani",
    "BGD": "Bangladeshi",
    "TUN": "Tunisian",
    "EGY": "Egyptian",
    "CIV": "Ivorian",
    "ERI": "Eritrean",
    "CMR": "Cameroonian",
    "MAR": "Moroccan",
    "TUR": "Turkish",
    "YEM": "Yemeni",
    "ALB": "Albanian",
    "VNM": "Vietnamese",
    "NGA": "Nigerian",
    "ROU": "Romanian",
    "DZA": "Algerian",
    "MLI": "Malian",
    "SEN": "Senegalese",
    "GMB": "Gambian",
}
# Kobo choice names of the first form version (the second one uses ISO alpha-3 codes).
_KOBO_COUNTRY = {
    "VEN": "venezuela",
    "ECU": "ecuador",
    "HTI": "haiti",
    "COL": "colombia",
    "CHN": "china",
    "USA": "estados_unidos",
    "MEX": "mexico",
    "PAN": "panama",
}
# Misspellings a French or Spanish clerk makes (English ones come from the shared table).
_TYPOS: dict[str, dict[str, str]] = {
    "siao": {
        "AFG": "Afganistan",
        "IRQ": "Irack",
        "ALB": "Albani",
        "ERI": "Erythree",
        "SYR": "Syrei",
        "IRN": "Irann",
        "GBR": "Royaume Uni",
        "FRA": "Frnace",
        "DEU": "Allemagen",
        "VNM": "Viet-nam",
    },
    "samur": {
        "ESP": "Espana",
        "MAR": "Marrueco",
        "DZA": "Argelía",
        "SEN": "Senegall",
        "GIN": "Guinéa",
        "GMB": "Gambía",
        "CIV": "Costa Marfil",
        "MRT": "Mauritana",
        "ROU": "Rumaina",
        "FRA": "Fancia",
        "ITA": "Italía",
        "HUN": "Hungria",
        "AUT": "Autria",
    },
}
_UNKNOWN_COUNTRY = {
    "siao": ("inconnue", "NSP", "non renseignée"),
    "samur": ("No consta", "desconocida", "s/d"),
    "feantsa": ("n/k", "Unknown"),
    "elpaso": ("Unknown", "Declined to state"),
    "kobo": ("no_sabe",),
}
_ZERO = {
    "siao": ("aucun",),
    "samur": ("ninguno",),
    "feantsa": ("none", "None"),
    "elpaso": ("none", "None"),
}
_NOT_KNOWN = {"siao": ("NC",), "samur": ("s/d",), "feantsa": ("n/k",), "elpaso": ("Unknown",)}
_FR_NUMBERS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq"}
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
_ES_MONTHS = (
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
# Places as each agency names them, by the truth's hotspot.
_PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    "siao": {
        "Calais": ("Calais", "Calais - zone Virval", "Coquelles"),
        "Dunkirk/Gravelines": ("Loon-Plage", "Grande-Synthe", "Gravelines"),
    },
    "samur": {
        "Ceuta": ("Ceuta",),
        "Melilla": ("Melilla",),
        "Almería": ("Almería", "Almería (puerto)"),
        "Gran Canaria": ("Arguineguín (Gran Canaria)", "Gran Canaria"),
        "Tenerife": ("Tenerife", "Los Cristianos (Tenerife)"),
        "El Hierro": ("El Hierro", "La Restinga (El Hierro)"),
        "Lanzarote": ("Lanzarote", "Arrecife (Lanzarote)"),
        "Huelva": ("Huelva", "Lepe (Huelva)", "Moguer (Huelva)"),
        "Almería (El Ejido)": ("El Ejido (Almería)",),
    },
    "elpaso": {
        "Nogales (Sonora/Arizona)": ("Tucson",),
        "Sasabe": ("Tucson",),
        "El Paso": ("El Paso",),
        "Rio Grande Valley": ("Rio Grande Valley", "RGV"),
    },
    "kobo": {
        "Darién gap": ("comunidad_canaan_membrillo", "sendero_darien"),
        "Bajo Chiquito": ("bajo_chiquito",),
        "Lajas Blancas": ("erm_lajas_blancas",),
    },
}
_MEMBERS = {
    "ITA": ("fio.PSD (IT)", "Caritas Italiana"),
    "GRC": ("Praksis (EL)", "Klimaka (EL)"),
    "HRV": ("Croatian Network for the Homeless (HR)",),
    "POL": ("Pomorskie Forum (PL)", "BARKA Foundation (PL)"),
    "GBR": ("Homeless Link (UK)", "Crisis (UK)"),
    "FRA": ("Fédération des acteurs de la solidarité (FR)",),
    "ESP": ("HOGAR SÍ (ES)", "Provivienda (ES)"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _txt(value: object) -> str | None:
    return None if value is None else str(value)


def _word(words: _Words, key: str, rng: _Rng) -> str:
    """Return the usual word (the first) six times in ten, another variant otherwise."""
    forms = words[key]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _noise(text: str, rng: _Rng, rate: float, tags: list[str], col: str) -> str:
    """Change the case or spacing of a typed cell now and then (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(4))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    if kind == 3:
        out = f"{text} "
    if out != text:
        tags.append(f"case:{col}")
    return out


def _country(src: Source231, iso: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Write a country as the agency does in a country column (not nationality)."""
    iso2, en, fr, es, aliases, typo = COUNTRIES[iso]
    r = rng.random()
    if src.style == "kobo":
        if r < 0.75 and iso in _KOBO_COUNTRY:
            return _KOBO_COUNTRY[iso]
        tags.append(f"iso3:{col}")
        return iso
    if src.style == "siao":
        if iso == "GBR" and r < 0.4:
            tags.append(f"alias:{col}")
            return choice(rng, ("Angleterre", "UK"))
        if r < 0.06 and iso in _TYPOS["siao"]:
            tags.append(f"typo:{col}")
            return _TYPOS["siao"][iso]
        if r < 0.2 and col == "detection_country":  # the country box of the form
            tags.append(f"iso2:{col}")
            return iso2
        return _noise(fr, rng, 0.08, tags, col)
    if src.style == "samur":
        if iso == "ROU" and r < 0.35:
            tags.append(f"alias:{col}")
            return "Rumania"
        if iso == "GIN" and r < 0.5:
            tags.append(f"alias:{col}")
            return "Guinea Conakry"
        if r < 0.05 and iso in _TYPOS["samur"]:
            tags.append(f"typo:{col}")
            return _TYPOS["samur"][iso]
        if r < 0.09:
            tags.append(f"iso3:{col}")
            return iso
        return _noise(es, rng, 0.05, tags, col)
    if src.style == "elpaso":
        if iso == "USA":
            return choice(rng, ("USA", "US", "United States", "U.S."))
        if r < 0.15 and es != en:
            tags.append(f"spanish:{col}")
            return es
        if r < 0.21:
            tags.append(f"typo:{col}")
            return typo
        return _noise(en, rng, 0.06, tags, col)
    # feantsa: members' returns, names or codes, now and then garbled or misspelt
    if iso == "GBR" and r < 0.45:
        tags.append(f"alias:{col}")
        return "UK"
    if iso == "GRC" and r < 0.35:
        tags.append(f"eu_code:{col}")
        return "EL"
    if r < 0.2:
        tags.append(f"iso2:{col}")
        return iso2
    if r < 0.28 and aliases and iso != "USA":
        tags.append(f"alias:{col}")
        return aliases[0]
    if r < 0.33:
        garbled = mojibake(en)
        if garbled is not None:
            tags.append(f"mojibake:{col}")
            return garbled
    if r < 0.37:
        tags.append(f"typo:{col}")
        return typo
    return _noise(en, rng, 0.06, tags, col)


def _nationality(src: Source231, iso: str, female: bool, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality as the agency does (adjectives where it writes them)."""
    r = rng.random()
    if src.style == "siao" and iso in _FR_ADJ and r < 0.65:
        tags.append("adjective:nationality")
        adj = _FR_ADJ[iso][1 if female else 0]
        adj = adj.capitalize() if rng.random() < 0.5 else adj
        return _noise(adj, rng, 0.08, tags, "nationality")
    if src.style == "samur" and iso in _ES_ADJ and r < 0.6:
        tags.append("adjective:nationality")
        return _ES_ADJ[iso][1 if female else 0]
    if src.style == "feantsa" and iso in _EN_ADJ and r < 0.45:
        tags.append("adjective:nationality")
        return _EN_ADJ[iso]
    return _country(src, iso, rng, tags, "nationality")


def _date(src: Source231, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str, str]:
    """Return (cell, precision, tag) of the event date in the agency's style."""
    r = rng.random()
    partial = partial_ok and rng.random() < 0.1
    m = ts.month - 1
    if src.style == "siao":
        if partial and r < 0.5:
            return f"{_FR_MONTHS[m]} {ts.year}", "month", "partial_date"
        if r < 0.14:
            hhmm = f"{int(rng.integers(0, 24)):02d}:{int(rng.integers(0, 60)):02d}"
            return f"{ts:%d/%m/%Y} {hhmm}", "day", "call_time"
        return f"{ts:%d/%m/%Y}", "day", ""
    if src.style == "samur":
        if partial and r < 0.5:
            return f"{_ES_MONTHS[m]} {ts.year}", "month", "partial_date"
        if r < 0.1:
            return f"{ts:%d/%m/%Y}", "day", "date_as_text"
        if r < 0.15:
            return f"{ts:%d/%m/%y}", "day", "date_as_text"
        return ts.to_pydatetime(), "day", "excel_date"
    if src.style == "feantsa":
        if partial:
            if r < 0.35:
                return f"Q{ts.quarter} {ts.year}", "quarter", "partial_date"
            if r < 0.7:
                return f"{MONTHS[m]} {ts.year}", "month", "partial_date"
            return f"{ts:%Y-%m}", "month", "partial_date"
        if r < 0.5:
            return ts.to_pydatetime(), "day", "excel_date"
        if r < 0.68:
            return f"{ts.day} {MONTHS[m]} {ts.year}", "day", "long_date"
        if r < 0.85:
            return f"{ts:%Y-%m-%d}", "day", ""
        return f"{ts:%d/%m/%Y}", "day", ""
    if src.style == "elpaso":
        if r < 0.5:
            return f"{ts:%m/%d/%Y}", "day", "us_date"
        if r < 0.88:
            return f"{ts.month}/{ts.day}/{ts.year}", "day", "us_date"
        return f"{MONTHS[m]} {ts.day}, {ts.year}", "day", "long_date"
    # kobo: the date widget, or the submission's own time stamp
    if r < 0.88:
        return f"{ts:%Y-%m-%d}", "day", ""
    hms = (
        f"{int(rng.integers(6, 19)):02d}:{int(rng.integers(0, 60)):02d}:{int(rng.integers(60)):02d}"
    )
    return f"{ts:%Y-%m-%d}T{hms}.000-05:00", "day", "kobo_timestamp"


def _persons(src: Source231, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons in the row."""
    r = rng.random()
    if src.style in _NOT_KNOWN and r < 0.015:
        tags.append("count_placeholder")
        return choice(rng, _NOT_KNOWN[src.style]), None
    if src.style == "siao":
        if n in _FR_NUMBERS and r < 0.08:
            tags.append("count_word")
            return _FR_NUMBERS[n], n
        if r < 0.12:
            tags.append("count_unit")
            return f"{n} pers.", n
        return str(n), n
    if src.style in ("samur", "feantsa"):
        if n >= 1000 and r < 0.6:
            tags.append("thousands:n_persons")
            sep = "." if src.style == "samur" else ","
            return f"{n // 1000}{sep}{n % 1000:03d}", n
        return n, n
    return str(n), n


def _suspects(
    src: Source231, n: int | None, rng: _Rng, tags: list[str], forced: bool
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the suspects."""
    if n is None:
        return None, None
    if forced:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if src.style == "kobo":
        if r < 0.06:  # not answered: the key is null
            tags.append("blank_n_suspects")
            return None, None
        return str(n), n
    if r < 0.06:
        tags.append("suspects_placeholder")
        return choice(rng, _NOT_KNOWN[src.style]), None
    if n == 0 and r < 0.45:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.style]), 0
    if src.format == "xlsx":
        return n, n
    return str(n), n


def _transit(src: Source231, value: str | None, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        return None
    sep = choice(rng, _TRANSIT_SEPS[src.style])
    if src.style == "kobo":  # a free-text question: the social worker types the names
        return sep.join(COUNTRIES[c][3] for c in value.split("|"))
    return sep.join(_country(src, c, rng, tags, "transit_countries") for c in value.split("|"))


def _offences(src: Source231, value: str | None, rng: _Rng) -> str | None:
    if value is None:
        return None
    sep = choice(rng, _OFFENCE_SEPS[src.style])
    return sep.join(_word(_OFFENCES[src.style], o, rng) for o in value.split("|"))


def _coordinates(
    src: Source231,
    lat: float,
    lon: float,
    rng: _Rng,
    tags: list[str],
    forced: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    if src.style in ("samur", "elpaso"):  # the place as text only
        tags.append("coords_missing")
        if forced:
            tags.append("blank_coordinates")
        return {}, None, None
    if forced:
        tags.append("blank_coordinates")
        return {}, None, None
    missing = {"siao": 0.08, "feantsa": 0.25, "kobo": 0.05}[src.style]
    if rng.random() < missing:
        tags.append("coords_missing")
        return {}, None, None
    if src.style == "siao":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if src.style == "feantsa":
        tags.append("coords_pair")
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, round(lat, 4), round(lon, 4)
    alt = float(rng.integers(5, 120)) + round(float(rng.random()), 1)
    acc = round(3 + 20 * float(rng.random()), 1)
    tags.append("kobo_geopoint")
    return {"coordinates": f"{lat:.5f} {lon:.5f} {alt:.1f} {acc:.1f}"}, lat, lon


def _render(
    src: Source231,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    style = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], precision, dtag = _date(src, ts, rng, partial_ok)
    if dtag:
        tags.append(dtag)
    exp["date_precision"] = precision
    period = {"day": "D", "month": "M", "quarter": "Q"}[precision]
    exp["event_date"] = ts if precision == "day" else ts.to_period(period).start_time

    crime = str(ev["crime_type"])
    typed = 0.0 if style == "kobo" else 0.04  # Kobo writes choice names, nobody types them
    cells["crime_type"] = _noise(_word(_CRIME[style], crime, rng), rng, typed, tags, "crime_type")
    exp["crime_type"] = crime

    expl = _txt(ev["exploitation"])
    words = _EXPLOITATION[style]
    if expl is None:  # pure smuggling: left empty, or "not applicable"
        exp["exploitation"] = None
        if words["na"] and rng.random() < 0.15:
            cells["exploitation"] = choice(rng, words["na"])
            tags.append("na_exploitation")
    elif rng.random() < 0.06:
        exp["exploitation"] = "unknown"
        if rng.random() < 0.5:
            cells["exploitation"] = choice(rng, words["unknown"])
            tags.append("unknown:exploitation")
        else:
            tags.append("empty:exploitation")
    else:
        exp["exploitation"] = expl
        cells["exploitation"] = _word(words, expl, rng)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    sus = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if sus is None else int(sus),  # type: ignore[call-overload]
        rng,
        tags,
        forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _word(_GENDER[style], gender, rng)
        exp["gender"] = gender

    for col, table in (("age_group", _AGE), ("transport_mode", _TRANSPORT)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, table[style]["na"])
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            words_col = table[style]
            if col == "transport_mode" and style == "samur":
                words_col = _samur_transport(str(ev["hotspot"]), str(ev["corridor"]))
            cells[col] = _word(words_col, value, rng)
            exp[col] = value

    nat = _txt(ev["nationality"])
    if nat is None or forced_blank == "nationality":
        exp["nationality"] = None
        if nat is not None:
            tags.append("blank_nationality")
    elif rng.random() < 0.025:
        cells["nationality"] = choice(rng, _UNKNOWN_COUNTRY[style])
        exp["nationality"] = None
        tags += ["unknown:nationality", "blank_nationality"]
    else:
        cells["nationality"] = _nationality(src, nat, gender == "female", rng, tags)
        exp["nationality"] = nat

    origin = _txt(ev["origin_country"])
    if origin is not None and rng.random() < 0.03:
        cells["origin_country"] = choice(rng, _UNKNOWN_COUNTRY[style])
        exp["origin_country"] = None
        tags.append("unknown:origin_country")
    else:
        exp["origin_country"] = origin
        if origin is not None:
            cells["origin_country"] = _country(src, origin, rng, tags, "origin_country")

    dest = _txt(ev["destination_country"])
    exp["destination_country"] = dest
    if dest is not None:
        cells["destination_country"] = _country(src, dest, rng, tags, "destination_country")

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, tags, "detection_country")
        exp["detection_country"] = det

    transit = _txt(ev["transit_countries"])
    cells["transit_countries"] = _transit(src, transit, rng, tags)
    exp["transit_countries"] = transit

    coords, exp["lat"], exp["lon"] = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(coords)

    offences = _txt(ev["linked_offences"])
    cells["linked_offences"] = _offences(src, offences, rng)
    exp["linked_offences"] = offences

    hotspot = str(ev["hotspot"])
    if style == "feantsa":
        cells["place"] = choice(rng, _MEMBERS.get(det, ("FEANTSA secretariat",)))
    elif hotspot in _PLACES[style]:
        cells["place"] = choice(rng, _PLACES[style][hotspot])

    if src.format == "csv":  # text the file's encoding cannot hold falls back to ASCII
        for key, cell in cells.items():
            if isinstance(cell, str) and not fits(cell, src):
                cells[key] = cell.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


def _samur_transport(hotspot: str, corridor: str) -> _Words:
    """SAMUR Social's words for the way in, by where the person arrived."""
    words = dict(_TRANSPORT["samur"])
    if corridor == "watl":
        words["sea"] = ("Cayuco", "cayuco", "Marítima")
    elif corridor == "wmed":
        words["sea"] = ("Patera", "Neumática", "Marítima")
    if hotspot in ("Ceuta", "Melilla"):
        words["land"] = ("Salto de valla", "Terrestre", "A pie (frontera)")
    elif corridor == "thb_rou_esp":
        words["land"] = ("Autobús", "Terrestre", "Furgoneta")
    return words


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: Source231, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that cannot be used: none, impossible, or far in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = (31, 2) if rng.random() < 0.5 else (31, int(choice(rng, ("4", "6", "9"))))
        if src.style == "elpaso":
            return f"{month}/{day}/{ts.year}"
        if src.style in ("feantsa", "kobo"):
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    # future_date: the year mistyped ten years on
    later = ts.replace(day=min(ts.day, 28), year=ts.year + 10)
    if src.format == "xlsx":
        return later.to_pydatetime()
    if src.style == "elpaso":
        return f"{later.month}/{later.day}/{later.year}"
    if src.style == "kobo":
        return f"{later:%Y-%m-%d}"
    return f"{later:%d/%m/%Y}"


def _note_date(src: Source231, last: pd.Timestamp) -> object:
    """Return the date of the note row: the day of the extract, after the last row."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return f"{day:%d/%m/%Y}"


_EXAMINER: Examiner[Source231] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="feantsa",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=231_231,
    blank_share=0.3,
)


def make_blind231(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind231`` agencies would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``siao62_115_hy.csv`` (French, cp1252, ``;``), ``samur_social_madrid_hy.xlsx``
        (Spanish), ``feantsa_hy.xlsx`` (English, the compilation),
        ``oc_homeless_elpaso_hy.csv`` (English, UTF-8 with BOM, ``,``) and
        ``mides_panama_hy.jsonl`` (Spanish KoboToolbox export), each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind231(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['siao62_115_hy.csv', 'samur_social_madrid_hy.xlsx', 'feantsa_hy.xlsx',
     'oc_homeless_elpaso_hy.csv', 'mides_panama_hy.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs if s.format == "csv"]
    [('cp1252', ';'), ('utf-8-sig', ',')]
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date du signalement', 'Lieu de repérage']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
