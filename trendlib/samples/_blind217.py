"""Examiner sample set ``blind217``: border shelters, a Calais association, a news desk, ACLED.

Five sources never used before in this project, each writing its export the way it does:

``annunciation_house_hk.csv``
    Annunciation House, the El Paso (Texas) house of hospitality that receives asylum
    seekers released by CBP. English, cp1252 (a Windows Excel "CSV" save), ``,``; US
    month-first dates (``5/17/2023``), nationality often as a demonym (``Venezuelan``),
    some names typed in Spanish by bilingual volunteers and garbled by the old intake
    database (``MÃ©xico``), numbers in words for small groups, ``Family unit`` and
    ``UAC`` for ages. First reports the events detected in the United States (the
    guests' apprehension by the Border Patrol) and again some Darién crossings.
``casa_migrante_juarez_hk.xlsx``
    Casa del Migrante of the Diocese of Ciudad Juárez (Chihuahua), from the guests'
    testimonies. Spanish (Mexican usage: ``tráfico de personas`` = smuggling, ``trata``
    = trafficking, ``H``/``M`` = hombre/mujer, ``NNA`` for minors, ``EUA``); dates as
    real Excel dates, typed day-first text, stray Excel serial numbers and, when the
    guest only recalls the month, ``mayo 2023``. First reports the Darién (Panama)
    events and again some US apprehensions.
``salam_npdc_hk.csv``
    Salam Nord/Pas-de-Calais, the association serving meals and running patrols on the
    Calais and Dunkirk coast. French, UTF-8 with BOM, ``;``; day-first dates, Google
    Maps coordinates (decimal pair or degrees-minutes-seconds) or typed by hand with
    decimal commas (``50,95123 / 1,85341``), ``small boat`` in English among French
    words, ``Angleterre`` for the United Kingdom, approximate counts (``env. 40``).
    First reports the events detected in France.
``elpais_datos_hk.csv``
    The data desk of the newspaper El País (Madrid): its table of migrant arrivals and
    trafficking operations in Spain, saved from Excel as "Unicode text" (UTF-16, tab)
    and renamed ``.csv``. Spanish; dates ``17/05/2023`` or ``17 de mayo de 2023``,
    ``2.º trimestre de 2023`` for operations dated by quarter; ``cayuco``, ``patera``;
    ``.`` as thousands separator; some nationalities as ISO alpha-2 codes from Interior's
    tables. First reports the events detected in Spain and again some Italian ones.
``acled_migration_hk.jsonl``
    An export of the ACLED (Armed Conflict Location & Event Data) API filtered and coded
    for migrant smuggling and trafficking events: the compilation. English, UTF-8, one
    JSON object a line with every value a string (as the API gives them), ISO dates,
    the event country as ACLED's numeric ISO code (``"380"``), coordinates with four
    decimals, citizenship as names or ISO alpha-3 codes, trafficking cases taken from
    quarterly statistics dated ``Q2 2023``. Pages of the API overlap, so a few events
    come twice (exact repeats). First reports every event no other source does (Italy,
    Greece, Croatia, Poland, the United Kingdom) and again some Channel and Spanish ones.

The truth expects what a careful analyst reads from each cell: a demonym or a
gentilicio is its country, ``Family unit`` mixed ages, ``H``/``M`` in the Mexican
shelter man/woman, a month-only date the first of the month, an approximate count its
number, ``unknown``-like words nothing (count, suspects, nationality) or ``unknown``
(vocabularies), and a row with no readable date or count is quarantined.
"""

from __future__ import annotations

from dataclasses import dataclass
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
from trendlib.schema import EVENT_FIELDS

__all__ = ["SOURCES", "make_blind217"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country names (hand-written: the set must not depend on a library's current names)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) names.
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
#: Other names a clerk of that language writes for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US", "U.S."),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "BIH": ("Bosnia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "VNM": ("Vietnam",),
        "DEU": ("Allemagne (RFA)",),
        "CIV": ("Cote d'Ivoire",),
    },
    "es": {
        "USA": ("EUA", "EE.UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "VNM": ("Viet Nam",),
        "TUR": ("Turquia",),
    },
}
#: English demonyms the El Paso intake volunteers write for a nationality.
_DEMONYMS: dict[str, str] = {
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
    "HTI": "Haitian",
    "COL": "Colombian",
    "CHN": "Chinese",
}
#: Spanish gentilicios (masculine, feminine) of the Juárez shelter.
_GENTILICIOS: dict[str, tuple[str, str]] = {
    "MEX": ("mexicano", "mexicana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
}
_ACCENTS = str.maketrans("áéíóúÁÉÍÓÚñÑüÜçÇèÈêÊëËïÏôÔ", "aeiouAEIOUnNuUcCeEeEeEiIoO")


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


# --------------------------------------------------------------------------------------
# The agencies' wording
# --------------------------------------------------------------------------------------
Words = dict[str, dict[str, tuple[str, ...]]]


@dataclass(frozen=True)
class _Wording:
    """How one agency words its values (beyond the machinery's source fields)."""

    vocab: Words  # column -> canonical word -> written words (first = the usual one)
    na: tuple[str, ...]  # "not applicable / not stated" in age or transport cells
    unknown: tuple[str, ...]  # "not known" in count, suspects or country cells
    zero: tuple[str, ...]  # no suspects, in words
    smuggling_expl: tuple[str, ...]  # the exploitation cell of a pure smuggling row
    transit_sep: str
    offence_sep: str
    # country style -> weight: name, upper, lower, plain (no accents), alias, typo, iso3,
    # iso2, demonym, spanish (a Spanish name in an English file), moji (garbled Spanish)
    styles: dict[str, float]


_ANNUNCIATION = _Wording(
    vocab={
        "crime_type": {
            "smuggling": ("Smuggling", "Smuggled (coyote)", "smuggling - paid guide"),
            "trafficking": ("Trafficking", "Human trafficking", "Trafficking victim"),
            "both": ("Smuggling + trafficking", "Smuggled then trafficked"),
        },
        "exploitation": {
            "sexual": ("Sex", "Sexual exploitation", "forced prostitution"),
            "forced_labour": ("Labor", "Forced labor", "labor trafficking"),
            "forced_criminality": ("Forced criminal activity", "forced to commit crimes"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
            "unknown": ("Unknown", "unk"),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Men & women", "M/F"),
        },
        "age_group": {
            "child": ("Minor", "Minors", "UAC"),
            "adult": ("Adult", "Adults", "18+"),
            "mixed": ("Family unit", "Adults + minors", "Mixed"),
        },
        "transport_mode": {
            "land": ("On foot", "Walked", "Vehicle", "Tractor-trailer"),
            "sea": ("Boat", "By sea"),
            "air": ("Flight", "Plane"),
        },
        "linked_offences": {
            "document_fraud": ("fake papers", "false documents"),
            "corruption": ("bribes to officials", "bribery"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "carrying drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na=("N/A", "n/a"),
    unknown=("unk", "unknown", "?"),
    zero=("none", "None", "no guide"),
    smuggling_expl=("", "", "N/A"),
    transit_sep=" > ",
    offence_sep=", ",
    styles={"name": 50, "upper": 8, "demonym": 22, "spanish": 8, "moji": 6, "typo": 4, "alias": 2},
)

_JUAREZ = _Wording(
    vocab={
        "crime_type": {
            "smuggling": ("Tráfico de personas", "Pollero/coyote", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas", "Trata"),
            "both": ("Trata y tráfico", "Tráfico y trata de personas"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Trabajo forzado", "Explotación laboral"),
            "forced_criminality": (
                "Reclutamiento para delinquir",
                "Actividades ilícitas forzadas",
            ),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
            "unknown": ("Se desconoce", "s/d"),
        },
        "gender": {
            "female": ("Mujer", "Mujeres", "M"),
            "male": ("Hombre", "Hombres", "H"),
            "mixed": ("Mixto", "Hombres y mujeres", "H y M"),
        },
        "age_group": {
            "child": ("Menor", "Menores", "NNA"),
            "adult": ("Adulto", "Adultos", "Mayor de edad"),
            "mixed": ("Adultos y NNA", "Mixto", "Familia con menores"),
        },
        "transport_mode": {
            "land": ("A pie", "Caminando", "Terrestre", "Autobús"),
            "sea": ("Lancha", "Marítimo"),
            "air": ("Avión", "Aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos", "falsificación de documentos"),
            "corruption": ("mordida a policías", "soborno a autoridades"),
            "money_laundering": (
                "lavado de dinero",
                "operaciones con recursos de procedencia ilícita",
            ),
            "illicit_goods": ("narcóticos", "drogas"),
            "cybercrime": ("delito cibernético",),
            "terrorism": ("terrorismo",),
        },
    },
    na=("No aplica", "N/A"),
    unknown=("se desconoce", "s/d", "?"),
    zero=("ninguno", "Ninguno", "0 (ninguno)"),
    smuggling_expl=("", "", "No aplica"),
    transit_sep=" - ",
    offence_sep=" / ",
    styles={"name": 55, "upper_plain": 18, "lower": 4, "demonym": 16, "typo": 5, "alias": 2},
)

_SALAM = _Wording(
    vocab={
        "crime_type": {
            "smuggling": ("passage (passeurs)", "passeurs", "trafic de migrants"),
            "trafficking": ("traite", "traite des êtres humains", "TEH"),
            "both": ("passeurs + traite", "traite et trafic"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
            "unknown": ("inconnue", "NC"),
        },
        "gender": {
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte", "hommes et femmes", "H/F"),
        },
        "age_group": {
            "child": ("mineurs", "MNA", "enfants"),
            "adult": ("adultes", "majeurs"),
            "mixed": ("adultes + mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "bateau", "zodiac"),
            "land": ("camion", "poids lourd", "à pied"),
            "air": ("avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux papiers", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "stups"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    na=("s.o.", "sans objet"),
    unknown=("inconnu", "NC", "?"),
    zero=("aucun", "0 (aucun)"),
    smuggling_expl=("", "", "-"),
    transit_sep=", ",
    offence_sep=" + ",
    styles={"name": 70, "lower": 10, "upper": 5, "alias": 8, "typo": 5},
)

_ELPAIS = _Wording(
    vocab={
        "crime_type": {
            "smuggling": (
                "Tráfico de migrantes",
                "Favorecimiento de la inmigración ilegal",
                "tráfico ilícito de migrantes",
            ),
            "trafficking": ("Trata de seres humanos", "Trata"),
            "both": ("Trata y tráfico de migrantes", "Trata + favorecimiento"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "forced_criminality": ("obligadas a delinquir", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
            "unknown": ("no consta", "sin especificar"),
        },
        "gender": {
            "female": ("mujeres", "mujer"),
            "male": ("hombres", "varones"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menores", "menores no acompañados"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("cayuco", "patera", "neumática", "embarcación"),
            "land": ("terrestre", "salto de la valla", "vehículo"),
            "air": ("avión", "vía aérea"),
        },
        "linked_offences": {},
    },
    na=("n/d", "no consta"),
    unknown=("sin cifra", "s/d", "desconocido"),
    zero=("ninguno", "sin detenidos"),
    smuggling_expl=("", "", "-"),
    transit_sep=" / ",
    offence_sep=", ",
    styles={"name": 68, "plain": 10, "iso2": 9, "alias": 6, "typo": 5, "upper": 2},
)

_ACLED = _Wording(
    vocab={
        "crime_type": {
            "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
            "trafficking": ("Human trafficking", "Trafficking in persons"),
            "both": ("Trafficking/smuggling", "Smuggling and trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sex trafficking"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Forced criminality", "Criminal exploitation"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other exploitation",),
            "unknown": ("Not specified",),
        },
        "gender": {
            "female": ("Female", "Women"),
            "male": ("Male", "Men"),
            "mixed": ("Mixed", "Men and women"),
        },
        "age_group": {
            "child": ("Children", "Minors"),
            "adult": ("Adults",),
            "mixed": ("Mixed", "Adults and children"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Overland", "Vehicle"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking", "illicit goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na=("Not specified",),
    unknown=("unknown", "Unknown"),
    zero=("none", "0 (none)"),
    smuggling_expl=("", ""),
    transit_sep="; ",
    offence_sep="; ",
    styles={"name": 72, "iso3": 20, "alias": 8},
)

_WORDING: dict[str, _Wording] = {
    "annunciation_house": _ANNUNCIATION,
    "casa_migrante_juarez": _JUAREZ,
    "salam_npdc": _SALAM,
    "elpais_datos": _ELPAIS,
    "acled_migration": _ACLED,
}

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source="annunciation_house",
        filename="annunciation_house_hk.csv",
        ref="AH-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case #",
            "event_date": "Apprehension date",
            "nationality": "Nationality",
            "crime_type": "Smuggled / trafficked?",
            "exploitation": "If trafficked - type",
            "n_persons": "# in group",
            "n_suspects": "# guides/coyotes",
            "gender": "Group sex",
            "age_group": "Ages",
            "origin_country": "Country of origin",
            "transit_countries": "Countries crossed",
            "detection_country": "Country apprehended",
            "destination_country": "Final destination",
            "transport_mode": "How crossed",
            "linked_offences": "Other crimes reported",
        },
        note="Entered by volunteers from guest intake - not verified",
        total="TOTAL",
        bad_count=("several", "many", "a lot"),
        repeats=False,
    ),
    ExaminerSource(
        source="casa_migrante_juarez",
        filename="casa_migrante_juarez_hk.xlsx",
        ref="CMJ-{year}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Folio",
            "event_date": "Fecha del hecho",
            "detection_country": "País donde ocurrió",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Personas en el grupo",
            "n_suspects": "Polleros / tratantes",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Ruta (países)",
            "destination_country": "Destino final",
            "transport_mode": "Medio de transporte",
            "linked_offences": "Otros delitos",
        },
        note="Nota: datos capturados por voluntarios a partir de testimonios, sujetos a revisión",
        total="Total general",
        bad_count=("varios", "muchos", "un grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source="salam_npdc",
        filename="salam_npdc_hk.csv",
        ref="{year}/{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date",
            "detection_country": "Pays",
            "coordinates": "Coordonnées GPS",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de personnes",
            "n_suspects": "Passeurs (nb)",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "transit_countries": "Pays traversés",
            "destination_country": "Destination",
            "transport_mode": "Moyen de passage",
            "linked_offences": "Autres infractions",
        },
        note="NB : chiffres issus des maraudes, non exhaustifs",
        total="TOTAL",
        bad_count=("plusieurs", "nombreux", "beaucoup"),
        repeats=False,
    ),
    ExaminerSource(
        source="elpais_datos",
        filename="elpais_datos_hk.csv",
        ref="EP-{year}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "ID",
            "event_date": "Fecha",
            "detection_country": "País",
            "crime_type": "Delito",
            "exploitation": "Explotación",
            "n_persons": "Personas",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Tránsito",
            "destination_country": "Destino",
            "transport_mode": "Medio",
        },
        note="Fuente: elaboración propia con datos de Interior, Salvamento Marítimo y prensa",
        total="Total",
        bad_count=("decenas", "varios", "cientos"),
        repeats=False,
    ),
    ExaminerSource(
        source="acled_migration",
        filename="acled_migration_hk.jsonl",
        ref="MIG{yy:02d}{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "event_id_cnty",
            "event_date": "event_date",
            "crime_type": "sub_event_type",
            "exploitation": "exploitation_type",
            "n_persons": "persons_involved",
            "n_suspects": "perpetrators_arrested",
            "gender": "victims_sex",
            "age_group": "victims_age",
            "nationality": "citizenship",
            "origin_country": "origin_country",
            "destination_country": "destination_country",
            "transit_countries": "transit",
            "detection_country": "iso",
            "lat": "latitude",
            "lon": "longitude",
            "transport_mode": "transport",
            "linked_offences": "associated_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("dozens", "several", "hundreds"),
        repeats=True,
    ),
)

_PRIMARY = {
    "USA": "annunciation_house",
    "PAN": "casa_migrante_juarez",
    "FRA": "salam_npdc",
    "ESP": "elpais_datos",
}
_SECONDARY = {
    ("darien", "PAN"): "annunciation_house",  # guests tell of their Darién crossing
    ("us_mex", "USA"): "casa_migrante_juarez",  # guests returned after apprehension
    ("channel", "FRA"): "acled_migration",
    ("watl", "ESP"): "acled_migration",
    ("wmed", "ESP"): "acled_migration",
    ("cmed", "ITA"): "elpais_datos",  # the paper covers the large Lampedusa landings
    ("thb_rou_esp", "ITA"): "elpais_datos",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(
    src: ExaminerSource,
    iso: str,
    rng: _Rng,
    *,
    nationality: bool = False,
    female: bool = False,
) -> tuple[str, str | None]:
    """Write one country the agency's way; return (cell, tag or None)."""
    words = _WORDING[src.source]
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    styles = dict(words.styles)
    if not nationality:
        styles.pop("demonym", None)
    style = _weighted(rng, styles)
    out: str = name
    tag: str | None = None
    if style == "upper":
        out, tag = name.upper(), "country_case"
    elif style == "upper_plain":
        out, tag = name.upper().translate(_ACCENTS), "country_case"
    elif style == "lower":
        out, tag = name.lower(), "country_case"
    elif style == "plain":
        out, tag = name.translate(_ACCENTS), "country_accents"
    elif style == "alias" and iso in _ALIASES[lang]:
        out, tag = choice(rng, _ALIASES[lang][iso]), "country_alias"
    elif style == "typo":
        out = _typo(name)
        tag = "country_typo" if out != name else None
    elif style == "iso3":
        out, tag = iso, "country_iso3"
    elif style == "iso2":
        out, tag = iso_codes(iso)[0], "country_iso2"
    elif style == "demonym" and src.source == "annunciation_house" and iso in _DEMONYMS:
        out, tag = _DEMONYMS[iso], "country_demonym"
    elif style == "demonym" and iso in _GENTILICIOS:
        pair = _GENTILICIOS[iso]
        out, tag = (pair[1] if female else pair[0]), "country_demonym"
        if rng.random() < 0.5:
            out = out.capitalize()
    elif style in ("spanish", "moji"):
        spanish = _NAMES[iso][2]
        out, tag = spanish, "country_spanish"
        garbled = mojibake(spanish) if style == "moji" else None
        if garbled is not None:
            out, tag = garbled, "mojibake"
    if not fits(out, src):  # a cp1252 file cannot hold every character
        out, tag = name.translate(_ACCENTS), None
    return out, tag


def _word(src: ExaminerSource, column: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (the usual one 65 % of the time)."""
    forms = _WORDING[src.source].vocab[column][value]
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _count(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of persons the agency's way; return (cell, tag or None)."""
    r = rng.random()
    if src.source == "annunciation_house":
        if 1 < n < 10 and r < 0.08:
            return _EN_NUMBERS[n], "count_word"
        if n >= 1000:
            return _thousands(n, ","), "count_thousands"
        return str(n), None
    if src.source == "casa_migrante_juarez":
        if r < 0.08:
            return f"{n} personas" if n != 1 else "1 persona", "count_text"
        if r < 0.13 and n >= 10:
            return f"aprox. {n}", "count_approx"
        return n, None
    if src.source == "salam_npdc":
        if r < 0.06 and n >= 10:
            return choice(rng, ("env. ", "~", "environ ")) + str(n), "count_approx"
        if n >= 1000:
            return _thousands(n, choice(rng, ("\u00a0", " ", "\u202f"))), "count_thousands"
        return str(n), None
    if src.source == "elpais_datos":
        if n >= 1000:
            return _thousands(n, "."), "count_thousands"
        return str(n), None
    return str(n), None


def _suspects(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Write a count of suspects; zero sometimes as a word."""
    words = _WORDING[src.source]
    if n == 0 and rng.random() < 0.4:
        return choice(rng, words.zero), "zero_word"
    if src.format == "xlsx":
        return n, None
    return str(n), None


def _day_cell(src: ExaminerSource, day: pd.Timestamp, rng: _Rng) -> tuple[object, str | None]:
    """Write a full date the agency's way."""
    r = rng.random()
    if src.source == "annunciation_house":
        if r < 0.12:
            return f"{day.month:02d}/{day.day:02d}/{day.year}", "date_us_padded"
        return f"{day.month}/{day.day}/{day.year}", "date_us"
    if src.source == "casa_migrante_juarez":
        if r < 0.68:
            return day.to_pydatetime(), "date_excel"
        if r < 0.9:
            return day.strftime("%d/%m/%Y"), "date_text_dmy"
        serial = int((day - pd.Timestamp("1899-12-30")).days)
        return serial, "date_serial"
    if src.source == "salam_npdc":
        if r < 0.18:
            return day.strftime("%d/%m/%y"), "date_dmy_short"
        return day.strftime("%d/%m/%Y"), "date_dmy"
    if src.source == "elpais_datos":
        if r < 0.3:
            month = _ES_MONTHS[day.month - 1]
            return f"{day.day} de {month} de {day.year}", "date_long_es"
        return day.strftime("%d/%m/%Y"), "date_dmy"
    return day.strftime("%Y-%m-%d"), "date_iso"


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


def _date(
    src: ExaminerSource, ev: dict[str, object], day: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write the event date; return (cell, expected day, precision, tag)."""
    r = rng.random()
    month_start = day.to_period("M").start_time
    quarter_start = day.to_period("Q").start_time
    trafficking = ev["crime_type"] != "smuggling"
    if partial_ok:
        if src.source == "annunciation_house" and r < 0.03:
            return f"{MONTHS[day.month - 1]} {day.year}", month_start, "month", "date_month"
        if src.source == "casa_migrante_juarez" and r < 0.06:  # the guest recalls the month
            month = _ES_MONTHS[day.month - 1]
            cell = f"{month} {day.year}" if r < 0.03 else f"{month.capitalize()} de {day.year}"
            return cell, month_start, "month", "date_month"
        if src.source == "salam_npdc" and r < 0.03:
            return f"{_FR_MONTHS[day.month - 1]} {day.year}", month_start, "month", "date_month"
        if src.source == "elpais_datos":
            if trafficking and r < 0.2:
                cell = f"{day.quarter}.º trimestre de {day.year}"
                return cell, quarter_start, "quarter", "date_quarter"
            if r < 0.03:
                month = _ES_MONTHS[day.month - 1]
                return f"{month} de {day.year}", month_start, "month", "date_month"
        if src.source == "acled_migration":
            if trafficking and r < 0.3:  # cases taken from quarterly statistics
                return f"Q{day.quarter} {day.year}", quarter_start, "quarter", "date_quarter"
            if r < 0.04:
                return day.strftime("%Y-%m"), month_start, "month", "date_month"
    written, tag = _day_cell(src, day, rng)
    return written, day, "day", tag


def _coordinates(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, cells: dict[str, object]
) -> tuple[float | None, float | None, str]:
    """Write the place into ``cells``; return (expected lat, expected lon, tag)."""
    r = rng.random()
    if src.source == "salam_npdc":
        if r < 0.03:
            return None, None, "coords_missing"
        if r < 0.06:
            cells["coordinates"] = choice(rng, ("non relevé", "?", "plage"))
            return None, None, "coords_placeholder"
        if r < 0.16:
            cells["coordinates"] = f"{_dms(lat, 'NS')} {_dms(lon, 'EW')}"
            return _dms_value(lat), _dms_value(lon), "coords_dms"
        if r < 0.28:  # typed by hand on a French keyboard
            cells["coordinates"] = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
            return round(lat, 5), round(lon, 5), "coords_decimal_comma"
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        return round(lat, 5), round(lon, 5), "coords_pair"
    if src.source == "acled_migration":
        cells["lat"] = f"{lat:.4f}"
        cells["lon"] = f"{lon:.4f}"
        return round(lat, 4), round(lon, 4), "coords_4dp"
    return None, None, "coords_missing"


def _dms_parts(value: float) -> tuple[int, int, float]:
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 1)
    if sec >= 60:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    return deg, minutes, sec


def _dms(value: float, hemi: str) -> str:
    deg, minutes, sec = _dms_parts(value)
    side = hemi[0] if value >= 0 else hemi[1]
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{side}"


def _dms_value(value: float) -> float:
    deg, minutes, sec = _dms_parts(value)
    out = deg + minutes / 60 + sec / 3600
    return round(out if value >= 0 else -out, 6)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    words = _WORDING[src.source]
    cols = src.headers
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    tags: list[str] = []

    def tag(name: str | None) -> None:
        if name:
            tags.append(name)

    day = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ev, day, rng, partial_ok
    )
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, words.smuggling_expl) or None
    elif rng.random() < 0.05:
        cells["exploitation"] = _word(src, "exploitation", "unknown", rng)
        exp["exploitation"] = "unknown"
        tag("exploitation_unknown")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, words.unknown)
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tag(t)

    sus = ev["n_suspects"]
    if forced_blank == "n_suspects":
        tag("blank_n_suspects")
    elif sus is None:
        tag("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, words.unknown)
        tag("suspects_placeholder")
    else:
        cells["n_suspects"], t = _suspects(src, int(sus), rng)  # type: ignore[call-overload]
        exp["n_suspects"] = int(sus)  # type: ignore[call-overload]
        tag(t)

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.015:
        exp["gender"] = "unknown"
        tag("blank_gender")
    elif r < 0.025:
        cells["gender"] = choice(rng, words.unknown)
        exp["gender"] = "unknown"
        tag("blank_gender")
        tag("gender_unknown_word")
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender
        if src.source == "casa_migrante_juarez" and cells["gender"] in ("H", "M"):
            tag("gender_h_m")

    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.02:
            cells[col] = choice(rng, words.na)
            exp[col] = "unknown"
            tag("na_word")
        else:
            cells[col] = _word(src, col, str(ev[col]), rng)
            exp[col] = str(ev[col])
            if cells[col] in ("Family unit", "UAC", "NNA", "MNA"):
                tag("age_acronym")

    female = gender == "female"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tag("blank_nationality")
    elif rng.random() < 0.01:
        cells["nationality"] = choice(rng, words.unknown)
        tag("blank_nationality")
    else:
        cells["nationality"], t = _country(src, nat, rng, nationality=True, female=female)
        exp["nationality"] = nat
        tag(t)

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tag("blank_detection_country")
    elif src.source == "acled_migration":
        cells["detection_country"] = iso_codes(det)[1]
        exp["detection_country"] = det
        tag("country_numeric")
    else:
        cells["detection_country"], t = _country(src, det, rng)
        exp["detection_country"] = det
        tag(t)

    for col in ("origin_country", "destination_country"):
        if col not in cols:
            continue
        cells[col], t = _country(src, str(ev[col]), rng)
        exp[col] = str(ev[col])
        tag(t)

    transit = ev["transit_countries"]
    if transit is not None and "transit_countries" in cols:
        names = [_country(src, c, rng)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = words.transit_sep.join(names)
        exp["transit_countries"] = str(transit)
        tag("transit_list")

    offences = ev["linked_offences"]
    if offences is not None and "linked_offences" in cols:
        parts = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = words.offence_sep.join(parts)
        exp["linked_offences"] = str(offences)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        tag("blank_coordinates")
    else:
        exp["lat"], exp["lon"], t = _coordinates(src, lat, lon, rng, cells)
        tag(t)
    # cp1252 cannot hold some words; the agency's tool writes them without accents
    for key, value in cells.items():
        if isinstance(value, str) and not fits(value, src):
            cells[key] = value.translate(_ACCENTS)
    return {k: v for k, v in cells.items() if v is not None}, exp, tags


# --------------------------------------------------------------------------------------
# Bad rows and note rows
# --------------------------------------------------------------------------------------
_IMPOSSIBLE = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        blanks: dict[str, tuple[str, ...]] = {
            "annunciation_house": ("", "", "unk"),
            "casa_migrante_juarez": ("", "s/f"),
            "salam_npdc": ("", "", "?"),
            "elpais_datos": ("", "sin fecha"),
            "acled_migration": ("",),
        }
        return choice(rng, blanks[src.source]) or None
    if kind == "bad_date":
        month, dd = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        y = ts.year
        if src.source == "annunciation_house":
            return f"{month}/{dd}/{y}"
        if src.source == "acled_migration":
            return f"{y}-{month:02d}-{dd:02d}"
        return f"{dd:02d}/{month:02d}/{y}"
    future = ts.replace(year=ts.year + 10)  # a slip of the key: 2033 for 2023
    if src.source == "casa_migrante_juarez":
        return future.to_pydatetime()
    cell, _ = _day_cell(src, future, rng)
    if isinstance(cell, (datetime, int)):  # pragma: no cover - only the XLSX writes these
        return future.strftime("%d/%m/%Y")
    return cell


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row (its last day)."""
    if src.source == "annunciation_house":
        return f"{last.month}/{last.day}/{last.year}"
    if src.source == "casa_migrante_juarez":
        return last.to_pydatetime()
    if src.source == "acled_migration":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="acled_migration",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=217,
    blank_share=0.3,
)


def make_blind217(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind217`` submissions (files ``*_hk.*``).

    Annunciation House (El Paso, English CSV in cp1252) first reports the events detected
    in the United States; the Casa del Migrante of Ciudad Juárez (Spanish XLSX) those of
    Panama (the Darién crossing its guests tell of); Salam Nord/Pas-de-Calais (French CSV,
    UTF-8 with BOM, ``;``) those of France; the El País data desk (Spanish, UTF-16
    tab-separated ``.csv``) those of Spain; an ACLED API export coded for smuggling and
    trafficking (English JSON lines) every other event. Some events are reported a
    second time by another source, a share of rows must be quarantined, and the ACLED
    export repeats a few of its own lines.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind217(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['annunciation_house_hk.csv', 'casa_migrante_juarez_hk.xlsx', 'salam_npdc_hk.csv',
     'elpais_datos_hk.csv', 'acled_migration_hk.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:4].tolist()
    ['N° fiche', 'Date', 'Pays', 'Coordonnées GPS']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
