"""Examiner sample set ``blind339`` (files ``*_mc.*``): forest and protected-area agencies.

Five sources that meet trafficked and smuggled persons on forest routes, dunes, natural
parks and jungle trails, each writing its own export the way such a body keeps its log:

``ofb_hauts_de_france`` (``ofb_hauts_de_france_mc.csv``)
    Office français de la biodiversité, direction régionale Hauts-de-France: its
    environmental inspectors patrol the dunes and woods of the Côte d'Opale, where camps
    and small-boat launches are met. French, cp1252, ``;``; day-first dates (a few month
    or quarter only), nationalities as French adjectives (``afghane``), decimal-comma
    coordinates, ``H``/``F``/``H/F``, ``MNA``, counts with a space as thousands separator,
    and some UTF-8 names read as cp1252 (``Ã‰rythrÃ©e``) from a re-saved extraction.
``aeaf_agentes_forestales`` (``aeaf_agentes_forestales_mc.xlsx``)
    Agentes forestales y medioambientales of the Spanish regions, compiled by their
    national association: landings on coastal natural areas, fence crossings through the
    Ceuta and Melilla hills, seasonal-worker camps in the Huelva pine woods. Spanish,
    XLSX; real Excel dates, some typed ``dd/mm/aaaa`` text and bare serial numbers,
    ``H``/``M`` (hombre/mujer), ``MENA``, degrees-minutes-seconds with ``O`` for west,
    ``contra la salud pública`` for drug offences.
``ancon_darien`` (``ancon_darien_mc.csv``)
    Asociación Nacional para la Conservación de la Naturaleza (ANCON), park guards in
    Darién: migrant groups met on jungle trails. Spanish (Panama), UTF-8, ``,``;
    ``dd/mm/aaaa`` dates, some with the tablet's time, nationalities as demonyms
    (``venezolanos``), ``NNA``, ``EE.UU.``, ``1,250`` thousands, a GPS pair in one cell
    or ``Sin señal GPS``.
``europarc_rangers`` (``europarc_rangers_mc.csv``)
    Incident returns of rangers in protected areas (Białowieża, Plitvice, Dadia,
    Lampedusa, Circeo ...), compiled by the EUROPARC Federation secretariat. English,
    Excel "Unicode text" (UTF-16, tab) saved as ``.csv``; ``17 May 2023`` and
    ``17/05/2023`` dates, small counts in words, English demonyms (``Afghan``), routes
    joined by ``>``.
``eia_incident_log`` (``eia_incident_log_mc.jsonl``)
    The Environmental Investigation Agency's (London and Washington) open-source incident
    log on forest-linked exploitation and smuggling; the compilation: it reports what no
    other source does (the United Kingdom and the United States) and many second reports.
    English, JSON lines; ISO dates (some month or quarter only), ISO alpha-3 codes and UN
    country names (``Iran (Islamic Republic of)``), numbers as JSON numbers, nulls.

Every cell is written as such an agency writes it; the truth expects what a careful
analyst reads from it. Cells that such an analyst cannot read (``Kurde``, ``Sub-Saharan``
for a nationality, ``Sin señal GPS``, ``n/k``) expect no value (or ``unknown``) and say
so in the row's messiness tags.
"""

from __future__ import annotations

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

__all__ = ["BLIND339", "SOURCES", "make_blind339"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Source339(ExaminerSource):
    """A source of the ``blind339`` set: :class:`ExaminerSource` plus its extra column.

    Attributes
    ----------
    place : str or None
        Header of the free-text place column (commune, region, sector, protected area),
        written beside the canonical columns; None if the source has none.
    """

    place: str | None = None


OFB = "ofb_hauts_de_france"
AEAF = "aeaf_agentes_forestales"
ANCON = "ancon_darien"
EUROPARC = "europarc_rangers"
EIA = "eia_incident_log"

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish, UN English name)
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghanistan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgaria"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnia and Herzegovina",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarus"),
    "CHN": ("China", "Chine", "China", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Côte d'Ivoire"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroon"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Germany"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algeria"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egypt"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spain"),
    "FRA": ("France", "France", "Francia", "France"),
    "GBR": (
        "United Kingdom",
        "Royaume-Uni",
        "Reino Unido",
        "United Kingdom of Great Britain and Northern Ireland",
    ),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greece"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatia"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haiti"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungary"),
    "IRN": ("Iran", "Iran", "Irán", "Iran (Islamic Republic of)"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraq"),
    "ITA": ("Italy", "Italie", "Italia", "Italy"),
    "LBY": ("Libya", "Libye", "Libia", "Libya"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Morocco"),
    "MEX": ("Mexico", "Mexique", "México", "Mexico"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "North Macedonia"),
    "MLI": ("Mali", "Mali", "Malí", "Mali"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger", "Niger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistan"),
    "PAN": ("Panama", "Panama", "Panamá", "Panama"),
    "POL": ("Poland", "Pologne", "Polonia", "Poland"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romania"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian Federation"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian Arab Republic"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisia"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Türkiye"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "United States of America"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela (Bolivarian Republic of)"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Viet Nam"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names an agency uses for a country (read without doubt by an analyst).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "CIV": ("Côte-d'Ivoire",),
        "GIN": ("Guinée-Conakry",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "DEU": ("Alemania (RFA)",),
    },
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "MKD": ("Macedonia",),
    },
}

#: French nationality adjectives (a French form says "nationalité : afghane").
_FR_ADJ = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "EGY": "égyptienne",
}
#: Spanish (Panama) nationality demonyms, singular and plural.
_ES_DEMONYM = {
    "VEN": ("venezolana", "venezolanos"),
    "ECU": ("ecuatoriana", "ecuatorianos"),
    "HTI": ("haitiana", "haitianos"),
    "COL": ("colombiana", "colombianos"),
    "CHN": ("china", "chinos"),
}
#: English demonyms.
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "DZA": "Algerian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
#: Words that name a group, not a nationality: an analyst cannot give the country.
_VAGUE: dict[str, dict[str, str]] = {
    OFB: {"IRQ": "Kurde", "IRN": "Kurde", "SYR": "Kurde", "TUR": "Kurde"},
    AEAF: {
        **dict.fromkeys(("SEN", "MLI", "GMB", "GIN", "CIV", "CMR"), "Subsahariano"),
        **dict.fromkeys(("MAR", "DZA", "TUN"), "Magrebí"),
    },
    EUROPARC: {
        **dict.fromkeys(("IRQ", "IRN", "SYR", "TUR"), "Kurdish"),
        **dict.fromkeys(("CIV", "GIN", "CMR", "ERI", "NGA", "SEN", "MLI", "GMB"), "Sub-Saharan"),
    },
}


def _typo(name: str) -> str:
    """Drop one letter in the middle of a long name (``Afghanistan`` -> ``Afghaistan``).

    Parameters
    ----------
    name : str
        A country name.

    Returns
    -------
    str
        The name with a letter left out (unchanged if shorter than 7 letters or if the
        letter is not a plain letter).

    Examples
    --------
    >>> _typo("Afghanistan"), _typo("Mali")
    ('Afghaistan', 'Mali')
    """
    i = len(name) // 2
    if len(name) < 7 or not name[i].isalpha():
        return name
    return name[:i] + name[i + 1 :]


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Wording:
    """How one source words its vocabulary cells."""

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    offence_sep: str
    transit_sep: str
    unknown: str  # the word for "not known" in a category cell
    count_unknown: str | None  # the word for a count that is not known (None: blank)
    zero: tuple[str, ...]  # words for no suspect
    female_one: str | None = None  # singular word for one woman (Spanish forms)
    male_one: str | None = None


_WORDS: dict[str, _Wording] = {
    OFB: _Wording(
        crime={
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide à l'entrée et au séjour irréguliers",
                "ECSI",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et ECSI"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        gender={
            "female": ("F", "femmes", "féminin"),
            "male": ("H", "hommes", "masculin"),
            "mixed": ("H/F", "mixte", "hommes et femmes"),
        },
        age={
            "child": ("mineurs", "MNA", "mineur"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        mode={
            "sea": ("embarcation", "small boat", "maritime", "bateau pneumatique"),
            "land": ("à pied", "camion", "PL", "véhicule léger"),
            "air": ("aérien", "avion"),
        },
        offences={
            "document_fraud": ("faux documents", "usage de faux", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=", ",
        transit_sep=" / ",
        unknown="indéterminé",
        count_unknown="N.C.",
        zero=("aucun", "néant"),
    ),
    AEAF: _Wording(
        crime={
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
                "Tráfico de migrantes",
            ),
            "trafficking": ("Trata de seres humanos", "TSH", "Trata de personas"),
            "both": ("Trata y tráfico de migrantes", "TSH + tráfico"),
        },
        exploitation={
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Laboral"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
        },
        gender={
            "female": ("Mujeres", "M"),
            "male": ("Hombres", "H", "Varones"),
            "mixed": ("Mixto", "H/M", "Hombres y mujeres"),
        },
        age={
            "child": ("Menores", "MENA", "Menores no acompañados"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        mode={
            "sea": ("Patera", "Neumática", "Embarcación"),
            "land": ("A pie", "Salto de valla", "Vehículo"),
            "air": ("Avión", "Vuelo"),
        },
        offences={
            "document_fraud": ("falsedad documental", "falsificación de documentos"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales", "blanqueo"),
            "illicit_goods": ("contra la salud pública", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=" / ",
        transit_sep=", ",
        unknown="Sin determinar",
        count_unknown="s/d",
        zero=("ninguno", "0"),
        female_one="Mujer",
        male_one="Hombre",
    ),
    ANCON: _Wording(
        crime={
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico",),
        },
        exploitation={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        gender={
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        age={
            "child": ("NNA", "Menores"),
            "adult": ("Adultos",),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        mode={
            "sea": ("Marítimo", "Lancha"),
            "land": ("A pie", "Caminando", "Terrestre"),
            "air": ("Aéreo",),
        },
        offences={
            "document_fraud": ("documentos falsos",),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=", ",
        transit_sep=" - ",
        unknown="N/D",
        count_unknown="N/D",
        zero=("ninguno", "0"),
        female_one="Femenino",
        male_one="Masculino",
    ),
    EUROPARC: _Wording(
        crime={
            "smuggling": ("Migrant smuggling", "People smuggling", "Smuggling"),
            "trafficking": ("Human trafficking", "THB", "Trafficking"),
            "both": ("Trafficking & smuggling", "THB/smuggling"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminality", "Criminal exploitation"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "M/F", "Men & women"),
        },
        age={
            "child": ("Minors", "UASC", "Children"),
            "adult": ("Adults", "Adult"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        mode={
            "sea": ("Boat", "Dinghy", "Sea", "Rubber boat"),
            "land": ("On foot", "Vehicle", "Walking", "Lorry"),
            "air": ("Flight", "Air"),
        },
        offences={
            "document_fraud": ("document fraud", "forged documents"),
            "corruption": ("corruption", "bribery"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "smuggled goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="; ",
        transit_sep=" > ",
        unknown="Not known",
        count_unknown="n/k",
        zero=("none", "nil", "0"),
    ),
    EIA: _Wording(
        crime={
            "smuggling": ("migrant smuggling", "smuggling of migrants"),
            "trafficking": ("human trafficking", "trafficking in persons"),
            "both": ("trafficking and smuggling",),
        },
        exploitation={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour", "forced labor"),
            "forced_criminality": ("forced criminality", "forced criminality (cannabis)"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        gender={"female": ("female", "women"), "male": ("male", "men"), "mixed": ("mixed",)},
        age={
            "child": ("children", "minors"),
            "adult": ("adults",),
            "mixed": ("adults and children", "mixed"),
        },
        mode={
            "sea": ("sea", "boat", "small boat"),
            "land": ("land", "overland", "on foot", "truck"),
            "air": ("air", "flight"),
        },
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "cannabis cultivation"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep=", ",
        transit_sep=", ",
        unknown="unknown",
        count_unknown=None,
        zero=("0",),
    ),
}

#: Spanish sea and land words by corridor (a cayuco is an Atlantic boat, a fence is Ceuta's).
_AEAF_MODE = {
    ("watl", "sea"): ("Cayuco", "Cayuco", "Embarcación"),
    ("wmed", "sea"): ("Patera", "Neumática", "Moto acuática"),
    ("wmed", "land"): ("Salto de valla", "A pie", "Oculto en vehículo"),
    ("thb_rou_esp", "land"): ("Furgoneta", "Autobús", "Vehículo particular"),
    ("thb_rou_esp", "air"): ("Avión", "Vuelo"),
}

_EN_NUMBERS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_MONTHS = {
    "en": (
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
}

#: Place words of each source, by the truth's hotspot.
_PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    OFB: {
        "Calais": ("Calais", "Sangatte", "Marck", "Blériot-Plage", "Wimereux"),
        "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Grande-Synthe", "Dunkerque"),
    },
    AEAF: {
        "Ceuta": ("Ceuta",),
        "Melilla": ("Melilla",),
        "Almería": ("Andalucía",),
        "Gran Canaria": ("Canarias",),
        "Tenerife": ("Canarias",),
        "El Hierro": ("Canarias",),
        "Lanzarote": ("Canarias",),
        "Huelva": ("Andalucía",),
        "Almería (El Ejido)": ("Andalucía",),
    },
    ANCON: {
        "Darién gap": ("Sendero Tuira", "Río Chucunaque", "Cerro Tacarcuna"),
        "Bajo Chiquito": ("Bajo Chiquito",),
        "Lajas Blancas": ("Lajas Blancas",),
    },
    EUROPARC: {
        "Lampedusa": ("Riserva Naturale Isola di Lampedusa",),
        "Pozzallo": ("Riserva Pantani della Sicilia Sud-Orientale",),
        "Crotone": ("AMP Capo Rizzuto",),
        "Lesbos": ("Lesvos Petrified Forest Geopark",),
        "Samos": ("Samos Natura 2000 site",),
        "Evros": ("Dadia-Lefkimi-Soufli Forest NP", "Evros Delta NP"),
        "Cetingrad (BIH–HRV border)": ("Plitvice Lakes NP buffer zone",),
        "Bajakovo (SRB–HRV border)": ("Spačva forest",),
        "Kuźnica": ("Puszcza Knyszyńska",),
        "Białowieża": ("Białowieża NP",),
        "Michałowo": ("Puszcza Knyszyńska",),
        "Castel Volturno": ("Riserva Foce Volturno",),
        "Torino": ("Parco del Po torinese",),
        "Palermo": ("Riserva Monte Pellegrino",),
        "Latina (Agro Pontino)": ("Parco Nazionale del Circeo",),
        "Huelva": ("Doñana NP",),
        "Almería (El Ejido)": ("Cabo de Gata-Níjar NP",),
        "Almería": ("Cabo de Gata-Níjar NP",),
        "Ceuta": ("Ceuta (García Aldave)",),
        "Melilla": ("Melilla",),
    },
    EIA: {},
}


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
def _headers(*pairs: tuple[str, str]) -> dict[str, str]:
    return dict(pairs)


SOURCES: tuple[Source339, ...] = (
    Source339(
        source=OFB,
        filename=f"{OFB}_mc.csv",
        ref="DRHDF/{year}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers=_headers(
            ("source_ref", "N° fiche"),
            ("event_date", "Date du constat"),
            ("place", "Commune"),
            ("crime_type", "Qualification"),
            ("exploitation", "Forme d'exploitation"),
            ("n_persons", "Nb personnes"),
            ("n_suspects", "Nb mis en cause"),
            ("gender", "Sexe"),
            ("age_group", "Majeurs/mineurs"),
            ("nationality", "Nationalité déclarée"),
            ("origin_country", "Pays d'origine"),
            ("transit_countries", "Pays traversés"),
            ("destination_country", "Destination déclarée"),
            ("detection_country", "Pays du constat"),
            ("transport_mode", "Mode de déplacement"),
            ("lat", "Latitude (WGS84)"),
            ("lon", "Longitude (WGS84)"),
            ("linked_offences", "Infractions connexes"),
        ),
        note="Extraction OSCEAN - données non consolidées, ne pas diffuser",
        total="TOTAL",
        bad_count=("plusieurs", "un groupe"),
        repeats=False,
        place="Commune",
    ),
    Source339(
        source=AEAF,
        filename=f"{AEAF}_mc.xlsx",
        ref="AF-{year}-{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers=_headers(
            ("source_ref", "Nº actuación"),
            ("event_date", "Fecha"),
            ("place", "Comunidad Autónoma"),
            ("detection_country", "País"),
            ("crime_type", "Tipo de hecho"),
            ("exploitation", "Tipo de explotación"),
            ("n_persons", "Nº personas"),
            ("n_suspects", "Nº presuntos autores"),
            ("gender", "Sexo"),
            ("age_group", "Edad"),
            ("nationality", "Nacionalidad"),
            ("origin_country", "País de origen"),
            ("transit_countries", "Países de tránsito"),
            ("destination_country", "País de destino"),
            ("transport_mode", "Medio"),
            ("coordinates", "Coordenadas (GMS)"),
            ("linked_offences", "Otros delitos"),
        ),
        note="Datos provisionales pendientes de validación por las CCAA",
        total="TOTAL",
        bad_count=("varios", "grupo numeroso"),
        repeats=False,
        place="Comunidad Autónoma",
    ),
    Source339(
        source=ANCON,
        filename=f"{ANCON}_mc.csv",
        ref="DAR-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="es",
        headers=_headers(
            ("source_ref", "No. Reporte"),
            ("event_date", "Fecha"),
            ("place", "Sector"),
            ("detection_country", "País"),
            ("crime_type", "Tipo de caso"),
            ("exploitation", "Forma de explotación"),
            ("n_persons", "Cantidad de personas"),
            ("n_suspects", "Guías / coyotes"),
            ("gender", "Sexo"),
            ("age_group", "Grupo de edad"),
            ("nationality", "Nacionalidad"),
            ("origin_country", "País de origen"),
            ("transit_countries", "Ruta (países de paso)"),
            ("destination_country", "Destino"),
            ("transport_mode", "Desplazamiento"),
            ("coordinates", "Coordenadas GPS"),
            ("linked_offences", "Delitos asociados"),
        ),
        note="Nota: registros sujetos a verificación",
        total="TOTAL",
        bad_count=("varios", "grupo grande"),
        repeats=True,
        place="Sector",
    ),
    Source339(
        source=EUROPARC,
        filename=f"{EUROPARC}_mc.csv",
        ref="ERN{yy:02d}{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers=_headers(
            ("source_ref", "Ref"),
            ("event_date", "Date"),
            ("place", "Protected area"),
            ("detection_country", "Country"),
            ("crime_type", "Incident type"),
            ("exploitation", "Exploitation type"),
            ("n_persons", "No. of people"),
            ("n_suspects", "No. of facilitators"),
            ("gender", "Sex"),
            ("age_group", "Age"),
            ("nationality", "Nationality"),
            ("origin_country", "Country of origin"),
            ("transit_countries", "Route (transit)"),
            ("destination_country", "Intended destination"),
            ("transport_mode", "Means of travel"),
            ("lat", "Lat"),
            ("lon", "Long"),
            ("linked_offences", "Other offences"),
        ),
        note="Compiled from member park returns - figures provisional",
        total="Total",
        bad_count=("several", "a group"),
        repeats=True,
        place="Protected area",
    ),
    Source339(
        source=EIA,
        filename=f"{EIA}_mc.jsonl",
        ref="EIA-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers=_headers(
            ("source_ref", "incident_id"),
            ("event_date", "incident_date"),
            ("detection_country", "country"),
            ("place", "location"),
            ("crime_type", "category"),
            ("exploitation", "exploitation_type"),
            ("n_persons", "persons"),
            ("n_suspects", "suspects"),
            ("gender", "sex"),
            ("age_group", "age"),
            ("nationality", "nationality"),
            ("origin_country", "origin"),
            ("transit_countries", "transit"),
            ("destination_country", "destination"),
            ("transport_mode", "mode"),
            ("lat", "latitude"),
            ("lon", "longitude"),
            ("linked_offences", "related_crimes"),
        ),
        note=None,
        total="TOTAL",
        bad_count=("several", "dozens"),
        repeats=False,
        place="location",
    ),
)
_BY_NAME = {s.source: s for s in SOURCES}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _str(v: object) -> str | None:
    return None if v is None else str(v)


def _int(v: object) -> int | None:
    return None if v is None else int(v)  # type: ignore[call-overload]


def _case(rng: _Rng, text: str, tags: list[str], col: str, rate: float = 0.05) -> str:
    """Change the case or spacing of a word cell now and then (the meaning stays)."""
    r = rng.random()
    if r >= rate:
        return text
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    if out != text:
        tags.append(f"case:{col}")
    return out


def _word(rng: _Rng, words: _Words, value: str, tags: list[str], col: str) -> str:
    """Return the agency's word for a canonical value (its usual word most of the time)."""
    forms = words[value]
    text = forms[0] if (len(forms) == 1 or rng.random() < 0.6) else choice(rng, forms[1:])
    return _case(rng, text, tags, col)


def _date_forms(src: Source339, ts: pd.Timestamp) -> dict[str, object]:
    """Every way the source writes a day, a month or a quarter."""
    lang = src.language
    month = _MONTHS[lang][ts.month - 1]
    serial = int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
    return {
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy_time": ts.strftime("%d/%m/%Y") + f" {6 + ts.day % 12:02d}:{ts.day * 7 % 60:02d}",
        "long": f"{ts.day} {month} {ts.year}",
        "iso": ts.strftime("%Y-%m-%d"),
        "iso_z": ts.strftime("%Y-%m-%d") + "T00:00:00Z",
        "excel": ts.to_pydatetime(),
        "serial": serial,
        "month_name": f"{month} de {ts.year}" if lang == "es" else f"{month} {ts.year}",
        "month_num": ts.strftime("%m/%Y"),
        "month_iso": ts.strftime("%Y-%m"),
        "quarter_t": f"T{ts.quarter} {ts.year}",
        "quarter_q": f"Q{ts.quarter} {ts.year}",
        "quarter_iso": f"{ts.year}-Q{ts.quarter}",
    }


#: Date styles of each source, with their weights; styles of month or quarter last.
_DATE_STYLES: dict[str, dict[str, float]] = {
    OFB: {"dmy": 0.91, "month_name": 0.04, "month_num": 0.03, "quarter_t": 0.02},
    AEAF: {"excel": 0.75, "dmy": 0.1, "serial": 0.06, "month_name": 0.06, "quarter_t": 0.03},
    ANCON: {"dmy": 0.72, "dmy_time": 0.23, "month_name": 0.05},
    EUROPARC: {"long": 0.48, "dmy": 0.4, "month_name": 0.08, "quarter_q": 0.04},
    EIA: {"iso": 0.78, "iso_z": 0.06, "month_iso": 0.11, "quarter_iso": 0.05},
}


def _date(
    src: Source339, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the day as the source does; return (cell, expected date, precision, tags)."""
    styles = _DATE_STYLES[src.source]
    keys = list(styles)
    w = np.array(list(styles.values()))
    key = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    if not partial_ok and (key.startswith("month") or key.startswith("quarter")):
        key = keys[0]
    cell = _date_forms(src, ts)[key]
    tags: list[str] = [] if key == keys[0] else [f"date_{key}"]
    if key.startswith("month"):
        return cell, ts.to_period("M").start_time, "month", [*tags, "partial_date"]
    if key.startswith("quarter"):
        return cell, ts.to_period("Q").start_time, "quarter", [*tags, "partial_date"]
    return cell, ts.normalize(), "day", tags


#: Country styles of each source: style -> weight ("demonym" and "vague" on nationality).
_COUNTRY_STYLES: dict[str, dict[str, float]] = {
    OFB: {
        "name": 0.70,
        "upper": 0.07,
        "iso3": 0.05,
        "alias": 0.04,
        "mojibake": 0.07,
        "typo": 0.02,
        "demonym": 0.30,
        "vague": 0.03,
    },
    AEAF: {
        "name": 0.78,
        "upper": 0.08,
        "iso2": 0.07,
        "alias": 0.02,
        "typo": 0.03,
        "vague": 0.04,
    },
    ANCON: {"name": 0.85, "upper": 0.1, "alias": 0.05, "demonym": 0.75},
    EUROPARC: {
        "name": 0.72,
        "iso3": 0.1,
        "upper": 0.05,
        "alias": 0.06,
        "typo": 0.03,
        "demonym": 0.25,
        "vague": 0.04,
    },
    EIA: {"iso3": 0.55, "un": 0.3, "name": 0.12, "alias": 0.03},
}


def _country_form(src: Source339, iso: str, style: str, *, plural: bool) -> str | None:
    """One country written in one style, or None if the style has no form for it."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    if style == "name":
        return name
    if style == "upper":
        return name.upper()
    if style == "iso3":
        return iso
    if style == "iso2":
        return iso_codes(iso)[0]
    if style == "un":
        return _NAMES[iso][3]
    if style == "alias":
        forms = _ALIASES[lang].get(iso, ())
        return forms[0] if forms else None
    if style == "typo":
        out = _typo(name)
        return out if out != name else None
    if style == "mojibake":
        return mojibake(name)
    if style == "demonym":
        if lang == "fr":
            return _FR_ADJ.get(iso)
        if lang == "es":
            pair = _ES_DEMONYM.get(iso)
            return None if pair is None else pair[1 if plural else 0]
        return _EN_DEMONYM.get(iso)
    if style == "vague":
        return _VAGUE.get(src.source, {}).get(iso)
    return None


def _country(
    src: Source339, iso: str, rng: _Rng, col: str, tags: list[str], *, plural: bool = False
) -> tuple[str, str | None]:
    """Write one country cell; return (cell, expected ISO3 code or None)."""
    styles = dict(_COUNTRY_STYLES[src.source])
    if col != "nationality":
        styles.pop("demonym", None)
        styles.pop("vague", None)
    if col == "detection_country":
        styles.pop("typo", None)
        styles.pop("mojibake", None)
    keys = list(styles)
    w = np.array(list(styles.values()))
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    text = _country_form(src, iso, style, plural=plural)
    if text is None or not fits(text, src):
        style, text = "name", _NAMES[iso][_LANG[src.language]]
    if style == "vague":
        tags.append(f"vague:{col}")
        tags.append(f"blank_{col}")
        return text, None
    if style != "name":
        tags.append(f"{style}:{col}")
    if style not in ("iso3", "iso2", "mojibake"):
        text = _case(rng, text, tags, col, rate=0.03)
    return text, iso


def _transit(src: Source339, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write an ordered ``A|B`` transit list with the source's separator."""
    style = "name"
    r = rng.random()
    if src.source == EIA:
        style = "iso3" if r < 0.7 else "name"
    elif src.source == EUROPARC and r < 0.3:
        style = "iso3"
    elif src.source == AEAF and r < 0.05:
        style = "iso2"
    elif src.source == OFB and r < 0.05:
        style = "upper"
    parts = []
    for iso in value.split("|"):
        text = _country_form(src, iso, style, plural=False)
        parts.append(text if text is not None else _NAMES[iso][_LANG[src.language]])
    if style != "name":
        tags.append(f"{style}:transit_countries")
    return _WORDS[src.source].transit_sep.join(parts)


def _thousands(n: int, sep: str) -> str:
    return f"{n // 1000}{sep}{n % 1000:03d}"


def _persons(src: Source339, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    words = _WORDS[src.source]
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        return words.count_unknown, None
    if src.format != "csv":
        return n, n
    if n >= 1000 and rng.random() < 0.7:
        sep = {OFB: choice(rng, (" ", "\u00a0")), ANCON: ",", EUROPARC: ","}[src.source]
        tags.append("thousands:n_persons")
        return _thousands(n, sep), n
    if src.source == EUROPARC and n <= 12 and rng.random() < 0.15:
        tags.append("count_word")
        word = _EN_NUMBERS[n - 1]
        return (word.capitalize() if rng.random() < 0.3 else word), n
    return str(n), n


def _suspects(
    src: Source339, n: int | None, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Write the count of suspects; return (cell, expected count)."""
    words = _WORDS[src.source]
    if n is None or blank:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.04:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.07 and words.count_unknown is not None:
        tags.append("suspects_placeholder")
        return words.count_unknown, None
    if n == 0 and len(words.zero) > 1 and rng.random() < 0.5:
        word = choice(rng, words.zero)
        if word != "0":
            tags.append("zero_word")
            return _case(rng, word, tags, "n_suspects"), 0
    return (n if src.format != "csv" else str(n)), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and whole seconds, Spanish style; return (text, value read)."""
    a = abs(value)
    d = int(a)
    m = int((a - d) * 60)
    s = round((a - d - m / 60) * 3600)
    if s == 60:
        m, s = m + 1, 0
    if m == 60:
        d, m = d + 1, 0
    read = round(d + m / 60 + s / 3600, 5)
    hemi = pos if value >= 0 else neg
    return f"{d}º{m:02d}'{s:02d}\" {hemi}", (read if value >= 0 else -read)


def _coords(
    src: Source339, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    r = rng.random()
    if blank or r < 0.05:
        tags.append("blank_coordinates" if blank else "coords_missing")
        return {}, None, None
    if src.source == OFB:
        la, lo = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
        )
    if src.source == AEAF:
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", "O" if rng.random() < 0.85 else "W")
        tags.append("dms_coordinates")
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo
    if src.source == ANCON:
        if r < 0.08:
            tags.append("coords_placeholder")
            return {"coordinates": "Sin señal GPS"}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    la, lo = round(lat, 4), round(lon, 4)
    if src.source == EUROPARC:
        return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo
    return {"lat": la, "lon": lo}, la, lo


def _mode_words(src: Source339, corridor: str, mode: str) -> tuple[str, ...]:
    if src.source == AEAF and (corridor, mode) in _AEAF_MODE:
        return _AEAF_MODE[(corridor, mode)]
    return _WORDS[src.source].mode[mode]


def _render(
    src: Source339,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    words = _WORDS[src.source]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])
    n = _int(ev["n_persons"]) or 0
    plural = n != 1

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t
    places = _PLACES[src.source].get(str(ev["hotspot"]))
    if places:
        cells["place"] = choice(rng, places)
    elif src.source == EIA:
        cells["place"] = str(ev["hotspot"])

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, words.crime, crime, tags, "crime_type")
    exp["crime_type"] = crime

    expl = _str(ev["exploitation"])
    exp["exploitation"] = expl
    if expl is not None:
        if rng.random() < 0.05:
            cells["exploitation"] = words.unknown
            exp["exploitation"] = "unknown"
            tags.append("unknown:exploitation")
        else:
            cells["exploitation"] = _word(rng, words.exploitation, expl, tags, "exploitation")

    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, _int(ev["n_suspects"]), rng, tags, blank=forced_blank == "n_suspects"
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    elif rng.random() < 0.03:
        tags.append("blank_gender")
        cells["gender"] = None if src.source == EIA else words.unknown
        exp["gender"] = "unknown"
    else:
        if not plural and gender == "female" and words.female_one:
            cells["gender"] = words.female_one
        elif not plural and gender == "male" and words.male_one:
            cells["gender"] = words.male_one
        else:
            cells["gender"] = _word(rng, words.gender, gender, tags, "gender")
        exp["gender"] = gender

    for col, vocab in (("age_group", words.age), ("transport_mode", words.mode)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = words.unknown
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
            continue
        if col == "transport_mode":
            vocab = {**vocab, value: _mode_words(src, corridor, value)}
        cells[col] = _word(rng, vocab, value, tags, col)
        exp[col] = value

    nat = _str(ev["nationality"])
    exp["nationality"] = nat
    if nat is not None:
        if forced_blank == "nationality":
            tags.append("blank_nationality")
            exp["nationality"] = None
        elif rng.random() < 0.02:
            tags.append("blank_nationality")
            cells["nationality"] = None if src.source == EIA else words.unknown
            exp["nationality"] = None
        else:
            cells["nationality"], exp["nationality"] = _country(
                src, nat, rng, "nationality", tags, plural=plural
            )
    for col in ("origin_country", "destination_country"):
        named = _str(ev[col])
        exp[col] = named
        if named is None:
            continue
        if rng.random() < 0.03:
            tags.append(f"blank_{col}")
            exp[col] = None
            continue
        cells[col], exp[col] = _country(src, named, rng, col, tags)
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        exp["detection_country"] = None
    else:
        cells["detection_country"], exp["detection_country"] = _country(
            src, det, rng, "detection_country", tags
        )
    transit = _str(ev["transit_countries"])
    exp["transit_countries"] = transit
    if transit is not None:
        cells["transit_countries"] = _transit(src, transit, rng, tags)

    spot, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(spot)

    offences = _str(ev["linked_offences"])
    exp["linked_offences"] = offences
    if offences is not None:
        parts = [
            _word(rng, words.offences, o, tags, "linked_offences") for o in offences.split("|")
        ]
        cells["linked_offences"] = words.offence_sep.join(parts)
    if src.source == OFB and rng.random() < 0.06:
        # rows pasted in from a UTF-8 extraction that Excel opened as cp1252
        for key, cell in cells.items():
            garbled = mojibake(cell) if isinstance(cell, str) and key != "event_date" else None
            if garbled is not None and fits(garbled, src):
                cells[key] = garbled
                tags.append(f"mojibake:{key}")
    return cells, exp, tags


def _bad_date(src: Source339, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return {OFB: None, AEAF: None, ANCON: "S/F", EUROPARC: "n/k", EIA: None}[src.source]
    if kind == "bad_date":  # a day the month does not have
        day = 30 if ts.month == 2 else 31 if ts.month in (4, 6, 9, 11) else 32
        if src.source == EUROPARC:
            return f"{day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
        if src.source == EIA:
            return f"{ts.year}-{ts.month:02d}-{day}"
        return f"{day}/{ts.month:02d}/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # a slip of one digit in the year
    cell = _date_forms(src, future)[next(iter(_DATE_STYLES[src.source]))]
    return cell


def _note_date(src: Source339, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its extraction)."""
    day = last + pd.Timedelta(days=9)
    return _date_forms(src, day)[next(iter(_DATE_STYLES[src.source]))]


#: The variant: who reports which event first, who reports it again.
BLIND339: Examiner[Source339] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": OFB,
        "ESP": AEAF,
        "PAN": ANCON,
        "ITA": EUROPARC,
        "GRC": EUROPARC,
        "HRV": EUROPARC,
        "POL": EUROPARC,
    },
    compilation=EIA,
    secondary={
        ("channel", "FRA"): EIA,
        ("cmed", "ITA"): EIA,
        ("emed", "GRC"): EIA,
        ("wbal", "HRV"): EIA,
        ("blr_pol", "POL"): EIA,
        ("thb_nga_ita", "ITA"): EIA,
        ("thb_rou_esp", "ITA"): EIA,
        ("thb_rou_esp", "ESP"): EUROPARC,
        ("wmed", "ESP"): EUROPARC,
        ("watl", "ESP"): EIA,
        ("darien", "PAN"): EIA,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=339_017,
    blank_share=0.3,
)


def make_blind339(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five forest and protected-area sources of ``blind339``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``ofb_hauts_de_france_mc.csv`` (French, cp1252, ``;``),
        ``aeaf_agentes_forestales_mc.xlsx`` (Spanish),
        ``ancon_darien_mc.csv`` (Spanish, UTF-8, ``,``),
        ``europarc_rangers_mc.csv`` (English, UTF-16, tab) and
        ``eia_incident_log_mc.jsonl`` (English, the compilation), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind339(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ofb_hauts_de_france_mc.csv', 'aeaf_agentes_forestales_mc.xlsx',
     'ancon_darien_mc.csv', 'europarc_rangers_mc.csv', 'eia_incident_log_mc.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Commune']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(BLIND339, truth, seed=seed)
