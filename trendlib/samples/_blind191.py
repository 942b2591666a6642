"""Examiner variant ``blind191``: five private-sector reporters (files ``*_gk.*``).

Companies and NGOs that pass suspicions of migrant smuggling and trafficking in human
beings to the police, each exporting its own incident or referral log:

``cmacgm_surete_gk.csv``
    CMA CGM group security (Direction Sûreté Groupe, Marseille; its ships, terminals and
    CEVA Logistics trucks). French, cp1252, ``;``, CRLF. Dates ``17/05/2023 14:35`` (day
    first), a few ``05/2023`` or ``T2 2023``; ship's positions in degrees and decimal
    minutes with a decimal comma (``35°30,7'N 012°36,0'E``), land positions as a decimal
    comma pair; nationality as the French adjective (``érythréenne``), some ISO alpha-2
    codes, some mojibake from a UTF-8 tool; counts ``1 200``, ``env. 45``, ``NC``.
``balearia_proteccion_gk.xlsx``
    Baleària (ferry company, Strait of Gibraltar, Alborán and Canary lines), company
    security officer's incident sheet. Spanish. Real Excel dates (some with the hour),
    a few typed ``17/05/2023`` or ``mayo 2023``; nationality as a demonym agreeing with
    the sex (``senegalesa``); ``H``/``M`` = hombre/mujer; ``MENA``; ``cayuco``/``patera``;
    numeric latitude and longitude, some typed with a decimal comma.
``tat_tips_gk.jsonl``
    Truckers Against Trafficking (US NGO; tips from truck and bus drivers). English,
    UTF-8 JSON lines, camelCase keys. US dates ``5/17/2023`` (month first throughout),
    ``May 17, 2023``; vehicle types as the mode (``Tractor-trailer``); route countries
    and related crimes as JSON arrays; small counts sometimes in words; re-exported
    tips (exact repeats).
``banistmo_cumplimiento_gk.csv``
    Banistmo (Panamanian bank), compliance office's log of suspicious-operation reports
    (ROS). Spanish; Excel "Unicode text" export: UTF-16 with BOM, tab-delimited. Dates
    ``17/05/2023`` or ``17-may-2023``, quarters as ``II trimestre 2023``; core-banking
    country cells (``VE - VENEZUELA``, upper case, no accents, padded); ``M``/``F`` =
    masculino/femenino; ``NNA`` (children); US-style thousands ``1,250``; AML wording of
    the linked offences (``delitos precedentes``); no coordinates.
``revolut_fincrime_gk.csv``
    Revolut (fintech), financial-crime referrals; the compilation of every event no other
    source reports first. English, UTF-8 with BOM, ``,``. ISO dates and timestamps,
    ``2023-05`` months; ISO alpha-2 country codes, ``UK``; ``lat,lon`` pairs.

What a careful analyst cannot read is planted on purpose and described in the truth:
``NC``/``sin determinar``/``unknown`` counts keep the row with no count (tag
``count_placeholder``), vague counts (``plusieurs``) and unreadable or impossible dates
are bad rows, unknown words give ``unknown`` (tags ``blank_gender``, ``na_word``,
``unknown_exploitation``) or no value (``blank_nationality``, ``blank_destination``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND191", "SOURCES", "make_blind191"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_DateOut = tuple[object, pd.Timestamp, str, list[str]]

# --------------------------------------------------------------------------------------
# Countries: the names each agency writes (own tables, not the default profiles')
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
    "CIV": ("Côte d'Ivoire", "Côte d’Ivoire", "Costa de Marfil"),
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
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: French adjective of nationality, feminine ("nationalité érythréenne").
_FR_NATIONALITY: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
#: Spanish demonym (masculine, feminine) of the nationalities landing in Spain.
_ES_DEMONYM: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
#: English demonyms a US tip-line writes.
_EN_DEMONYM: dict[str, str] = {
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
}
#: Aliases in common use, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("US", "USA", "U.S."),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syria",),
        "IRN": ("Iran",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "GBR": ("Gran Bretaña",),
    },
    "fr": {"GBR": ("Angleterre",), "CIV": ("Côte-d'Ivoire",)},
}


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _no_accents(text: str) -> str:
    """Strip accents as a core-banking system does (``Panamá`` -> ``Panama``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typo(text: str) -> str | None:
    """Drop one inner letter of a name of seven letters or more (``Marruecos`` -> ``Marrecos``).

    Examples
    --------
    >>> _typo("Afghanistan"), _typo("Mali")
    ('Afghaistan', None)
    """
    if len(text) < 7 or not text.isalpha():
        return None
    i = len(text) // 2
    return text[:i] + text[i + 1 :]


# --------------------------------------------------------------------------------------
# Word tables (canonical word -> the agency's words; the first is its usual one)
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class _Wording:
    """How one agency words its vocabulary cells."""

    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str | None, ...]  # written for pure smuggling (None = blank)
    unknown_exploitation: str
    gender: _Words
    unknown_gender: str
    age: _Words
    unknown: str  # "not known" word of age, transport, countries
    transport: _Words
    offences: _Words
    offence_sep: str
    no_offence: tuple[str | None, ...]
    transit_sep: str
    direct: tuple[str | None, ...]  # written when there is no transit country
    count_unknown: str
    suspects_unknown: str
    zero: str | None  # word for no suspect


_CMA = _Wording(
    crime={
        "smuggling": (
            "Trafic de migrants",
            "Trafic illicite de migrants",
            "Aide à l'entrée irrégulière",
        ),
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "both": ("Traite + trafic de migrants", "TEH / trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre",),
    },
    no_exploitation=(None, "Sans objet"),
    unknown_exploitation="Non déterminée",
    gender={
        "female": ("F", "Femmes"),
        "male": ("H", "Hommes"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    unknown_gender="NC",
    age={
        "adult": ("Majeurs", "Majeur(s)"),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs + mineurs", "Mixte"),
    },
    unknown="NC",
    transport={
        "sea": ("Maritime", "Embarcation"),
        "land": ("Terrestre", "Poids lourd (PL)", "Camion"),
        "air": ("Aérien",),
    },
    offences={
        "document_fraud": ("Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants", "Contrebande"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_sep=" / ",
    no_offence=(None, None, "Néant"),
    transit_sep=" > ",
    direct=(None,),
    count_unknown="NC",
    suspects_unknown="NC",
    zero="aucun",
)
_BALEARIA = _Wording(
    crime={
        "smuggling": (
            "Tráfico de migrantes",
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
        ),
        "trafficking": ("Trata de seres humanos", "Indicios de trata", "TSH"),
        "both": ("Trata y tráfico", "Tráfico de migrantes con indicios de trata"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras",),
    },
    no_exploitation=(None,),
    unknown_exploitation="Sin determinar",
    gender={
        "female": ("Mujeres", "M", "Mujer"),
        "male": ("Hombres", "H", "Varones"),
        "mixed": ("Ambos sexos", "Mixto", "H/M"),
    },
    unknown_gender="s/d",
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    unknown="s/d",
    transport={  # sea words depend on the route (see _balearia_transport)
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre",),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando", "Hachís"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=", ",
    no_offence=(None,),
    transit_sep=" - ",
    direct=(None, "Directo"),
    count_unknown="sin determinar",
    suspects_unknown="s/d",
    zero="ninguno",
)
_TAT = _Wording(
    crime={
        "smuggling": ("Human smuggling", "Smuggling"),
        "trafficking": ("Human trafficking", "Trafficking"),
        "both": ("Smuggling / trafficking", "Trafficking & smuggling"),
    },
    exploitation={
        "sexual": ("Sex", "Commercial sex"),
        "forced_labour": ("Labor",),
        "forced_criminality": ("Forced criminal activity",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    no_exploitation=(None,),
    unknown_exploitation="Unknown",
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Both", "Male & female")},
    unknown_gender="Unknown",
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Juvenile"),
        "mixed": ("Adults & minors",),
    },
    unknown="Unknown",
    transport={
        "land": ("Tractor-trailer", "Box truck", "Passenger vehicle", "Bus", "On foot"),
        "sea": ("Boat",),
        "air": ("Commercial flight",),
    },
    offences={
        "document_fraud": ("Document fraud", "Fake IDs"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug smuggling", "Narcotics"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="",  # a JSON array
    no_offence=(None,),
    transit_sep="",  # a JSON array
    direct=(None,),
    count_unknown="unknown",
    suspects_unknown="unknown",
    zero=None,
)
_BANISTMO = _Wording(
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas / tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra",),
    },
    no_exploitation=("No aplica",),
    unknown_exploitation="No determinado",
    gender={
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "Ambos"),
    },
    unknown_gender="No determinado",
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    unknown="No determinado",
    transport={
        "land": ("Terrestre", "A pie", "Terrestre (selva)"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Financiamiento del terrorismo",),
    },
    offence_sep="; ",
    no_offence=(None,),
    transit_sep=" / ",
    direct=(None,),
    count_unknown="N/D",
    suspects_unknown="N/D",
    zero="ninguno",
)
_REVOLUT = _Wording(
    crime={
        "smuggling": ("Migrant smuggling", "People smuggling"),
        "trafficking": ("Human trafficking", "Modern slavery"),
        "both": ("Human trafficking; migrant smuggling",),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    no_exploitation=(None,),
    unknown_exploitation="Not determined",
    gender={"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed",)},
    unknown_gender="Not known",
    age={
        "adult": ("Adult", "18+"),
        "child": ("Child", "Under 18"),
        "mixed": ("Adult & child", "Mixed"),
    },
    unknown="Not known",
    transport={
        "sea": ("Small boat", "Sea"),
        "land": ("Lorry", "Car", "On foot", "Land"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud", "False ID"),
        "corruption": ("Bribery & corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorist financing",),
    },
    offence_sep="; ",
    no_offence=(None,),
    transit_sep=", ",
    direct=(None,),
    count_unknown="Not known",
    suspects_unknown="Not known",
    zero=None,
)


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word (the first) 60 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_CMA_SRC = ExaminerSource(
    source="cmacgm_surete_gk",
    filename="cmacgm_surete_gk.csv",
    ref="SUR-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. incident",
        "event_date": "Date/heure de l'événement",
        "detection_country": "Pays (escale / zone)",
        "coordinates": "Position",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays de transit)",
        "destination_country": "Destination présumée",
        "transport_mode": "Vecteur",
        "n_suspects": "Nb passeurs / suspects",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction SIRIUS – données provisoires – diffusion restreinte (DSG)",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "cf. rapport"),
    repeats=False,
)
_BALEARIA_SRC = ExaminerSource(
    source="balearia_proteccion_gk",
    filename="balearia_proteccion_gk.xlsx",
    ref="PP-{seq:04d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº parte",
        "event_date": "Fecha",
        "crime_type": "Tipo de incidente",
        "exploitation": "Finalidad (explotación)",
        "n_persons": "Nº personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Tránsito",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales – pendiente de validación por el CSO",
    total="Total general",
    bad_count=("varios", "numerosos", "ver parte"),
    repeats=False,
)
_TAT_SRC = ExaminerSource(
    source="tat_tips_gk",
    filename="tat_tips_gk.jsonl",
    ref="TAT-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "tipNumber",
        "event_date": "incidentDate",
        "crime_type": "tipCategory",
        "exploitation": "exploitationType",
        "n_persons": "victimCount",
        "n_suspects": "suspectCount",
        "gender": "victimSex",
        "age_group": "victimAge",
        "nationality": "victimNationality",
        "origin_country": "originCountry",
        "destination_country": "destinationCountry",
        "detection_country": "incidentCountry",
        "transit_countries": "routeCountries",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedCrimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "a few", "multiple"),
    repeats=True,
)
_BANISTMO_SRC = ExaminerSource(
    source="banistmo_cumplimiento_gk",
    filename="banistmo_cumplimiento_gk.csv",
    ref="ROS-{year}-{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N° ROS",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. implicados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transport_mode": "Medio de transporte",
        "linked_offences": "Delitos precedentes",
    },
    note="Información confidencial – Ley 23 de 2015 (uso exclusivo UAF)",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso", "ver narrativa"),
    repeats=False,
)
_REVOLUT_SRC = ExaminerSource(
    source="revolut_fincrime_gk",
    filename="revolut_fincrime_gk.csv",
    ref="FC-{year}{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case reference",
        "event_date": "Activity date",
        "crime_type": "Typology",
        "exploitation": "Exploitation type",
        "n_persons": "Persons involved",
        "n_suspects": "Subjects",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination country",
        "detection_country": "Location country",
        "transit_countries": "Transit countries",
        "transport_mode": "Travel mode",
        "coordinates": "Geo (lat,lon)",
        "linked_offences": "Linked typologies",
    },
    note="Generated from FinCrime case management – internal use only",
    total="Total",
    bad_count=("multiple", "see narrative", "several"),
    repeats=False,
)

#: The five sources, in the order of the returned submissions.
SOURCES: tuple[ExaminerSource, ...] = (
    _CMA_SRC,
    _BALEARIA_SRC,
    _TAT_SRC,
    _BANISTMO_SRC,
    _REVOLUT_SRC,
)
_WORDING: dict[str, _Wording] = {
    _CMA_SRC.source: _CMA,
    _BALEARIA_SRC.source: _BALEARIA,
    _TAT_SRC.source: _TAT,
    _BANISTMO_SRC.source: _BANISTMO,
    _REVOLUT_SRC.source: _REVOLUT,
}

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_ES_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EN_MONTHS = (
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
_ROMAN = ("I", "II", "III", "IV")


def _hour(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _month(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * (ts.quarter - 1) + 1, 1)


def _date_cma(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:
        return f"{ts.month:02d}/{ts.year}", _month(ts), "month", ["partial_date"]
    if partial_ok and r < 0.05:
        return f"T{ts.quarter} {ts.year}", _quarter(ts), "quarter", ["partial_date"]
    if r < 0.7:
        h, m = _hour(rng)
        return f"{ts:%d/%m/%Y} {h:02d}:{m:02d}", ts, "day", ["datetime"]
    return f"{ts:%d/%m/%Y}", ts, "day", []


def _date_balearia(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", ["partial_date"]
    if r < 0.6:
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if r < 0.85:
        h, m = _hour(rng)
        return datetime(ts.year, ts.month, ts.day, h, m), ts, "day", ["excel_date", "datetime"]
    return f"{ts:%d/%m/%Y}", ts, "day", ["text_date"]


def _date_tat(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.03:
        return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", ["partial_date"]
    if r < 0.75:
        tags = ["us_date"] + (["day_le_12"] if ts.day <= 12 and ts.day != ts.month else [])
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", tags
    return f"{_EN_MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day", ["long_date"]


def _date_banistmo(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.025:
        text = f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}"
        return text, _quarter(ts), "quarter", ["partial_date"]
    if partial_ok and r < 0.045:
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", ["partial_date"]
    if r < 0.7:
        return f"{ts:%d/%m/%Y}", ts, "day", []
    return f"{ts.day:02d}-{_ES_SHORT[ts.month - 1]}-{ts.year}", ts, "day", ["short_date"]


def _date_revolut(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{ts:%Y-%m}", _month(ts), "month", ["partial_date"]
    if r < 0.55:
        return f"{ts:%Y-%m-%d}", ts, "day", []
    h, m = _hour(rng)
    s = int(rng.integers(0, 60))
    return f"{ts:%Y-%m-%d} {h:02d}:{m:02d}:{s:02d}", ts, "day", ["datetime"]


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateOut]] = {
    _CMA_SRC.source: _date_cma,
    _BALEARIA_SRC.source: _date_balearia,
    _TAT_SRC.source: _date_tat,
    _BANISTMO_SRC.source: _date_banistmo,
    _REVOLUT_SRC.source: _date_revolut,
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date the careful analyst cannot use (kind of :data:`BAD_KINDS`)."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of the decade key: 2023 -> 2033
        fut = ts + pd.DateOffset(years=10)
        if src.source == _BALEARIA_SRC.source:
            return fut.to_pydatetime()
        return {
            _CMA_SRC.source: f"{fut:%d/%m/%Y}",
            _TAT_SRC.source: f"{fut.month}/{fut.day}/{fut.year}",
            _BANISTMO_SRC.source: f"{fut:%d/%m/%Y}",
        }.get(src.source, f"{fut:%Y-%m-%d}")
    impossible = f"{31 if ts.month in (2, 4, 6, 9, 11) else 32}/{ts.month:02d}/{ts.year}"
    words = {
        _CMA_SRC.source: ("à préciser", impossible),
        _BALEARIA_SRC.source: ("pte. confirmar", impossible),
        _TAT_SRC.source: ("TBD", f"{ts.month}/{32}/{ts.year}"),
        _BANISTMO_SRC.source: ("ver narrativa", impossible),
        _REVOLUT_SRC.source: ("see case notes", f"{ts.year}-{ts.month:02d}-32"),
    }[src.source]
    return choice(rng, words)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date of the note row: the extraction a few days after the last event."""
    day = last + pd.Timedelta(days=4)
    if src.source == _BALEARIA_SRC.source:
        return day.to_pydatetime()
    if src.source == _REVOLUT_SRC.source:
        return f"{day:%Y-%m-%d}"
    return f"{day:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# Countries as each agency writes them
# --------------------------------------------------------------------------------------
_CountryOut = tuple[str, list[str]]


def _country_cma(iso: str, rng: _Rng, col: str) -> _CountryOut:
    name = _name(iso, "fr")
    r = rng.random()
    if r < 0.08:
        return iso_codes(iso)[0], ["iso2"]
    if r < 0.13 and (bad := mojibake(name)) is not None:
        return bad, ["mojibake"]
    if r < 0.16 and (typo := _typo(name)) is not None:
        return typo, ["typo"]
    if r < 0.2 and iso in _ALIASES["fr"]:
        return _ALIASES["fr"][iso][0], ["alias"]
    if r < 0.25:
        return name.upper(), ["case"]
    return name, []


def _nationality_cma(iso: str, ev: dict[str, object], rng: _Rng) -> _CountryOut:
    adj = _FR_NATIONALITY.get(iso)
    if adj is None or rng.random() < 0.35:
        return _country_cma(iso, rng, "nationality")
    if rng.random() < 0.07 and (bad := mojibake(adj)) is not None:
        return bad, ["adjective", "mojibake"]
    return (adj.capitalize() if rng.random() < 0.5 else adj), ["adjective"]


def _detection_cma(iso: str, rng: _Rng) -> _CountryOut:
    if rng.random() < 0.5:
        return iso_codes(iso)[0], ["iso2"]
    return _name(iso, "fr"), []


def _country_balearia(iso: str, rng: _Rng, col: str) -> _CountryOut:
    name = _name(iso, "es")
    r = rng.random()
    if r < 0.05:
        return iso_codes(iso)[0], ["iso2"]
    if r < 0.08 and (typo := _typo(name)) is not None:
        return typo, ["typo"]
    if r < 0.14 and iso in _ALIASES["es"]:
        return choice(rng, _ALIASES["es"][iso]), ["alias"]
    if r < 0.5:
        return name.upper(), ["upper"]
    return name, []


def _nationality_balearia(iso: str, ev: dict[str, object], rng: _Rng) -> _CountryOut:
    forms = _ES_DEMONYM.get(iso)
    if forms is None or rng.random() < 0.3:
        return _country_balearia(iso, rng, "nationality")
    word = forms[1] if ev["gender"] == "female" else forms[0]
    return (word.upper() if rng.random() < 0.3 else word), ["demonym"]


def _detection_balearia(iso: str, rng: _Rng) -> _CountryOut:
    r = rng.random()
    if r < 0.2:
        return iso_codes(iso)[0], ["iso2"]
    name = _name(iso, "es")
    return (name.upper(), ["upper"]) if r < 0.6 else (name, [])


def _country_tat(iso: str, rng: _Rng, col: str) -> _CountryOut:
    name = _name(iso, "en")
    r = rng.random()
    if r < 0.12 and iso in _ALIASES["en"]:
        return choice(rng, _ALIASES["en"][iso]), ["alias"]
    if r < 0.16 and (typo := _typo(name)) is not None:
        return typo, ["typo"]
    if r < 0.24:
        return name.upper(), ["case"]
    if r < 0.3:
        return name.lower(), ["case"]
    return name, []


def _nationality_tat(iso: str, ev: dict[str, object], rng: _Rng) -> _CountryOut:
    dem = _EN_DEMONYM.get(iso)
    if dem is not None and rng.random() < 0.5:
        return dem, ["demonym"]
    return _country_tat(iso, rng, "nationality")


def _detection_tat(iso: str, rng: _Rng) -> _CountryOut:
    if iso == "USA":
        word = choice(rng, ("US", "USA", "United States", "US"))
        return word, ([] if word == "United States" else ["alias"])
    return _country_tat(iso, rng, "detection_country")


def _banistmo_name(iso: str) -> str:
    return _no_accents(_name(iso, "es")).upper()


def _country_banistmo(iso: str, rng: _Rng, col: str) -> _CountryOut:
    r = rng.random()
    tags: list[str] = []
    if col == "destination_country" and iso == "USA" and r < 0.4:
        text, tags = choice(rng, ("EE.UU.", "EEUU")), ["alias"]
    elif r < 0.1:
        text, tags = iso_codes(iso)[0], ["iso2"]
    else:
        text = _banistmo_name(iso)
    if rng.random() < 0.15:  # a CHAR(20) field of the core system, padded with blanks
        text, tags = f"{text:<20}", [*tags, "padded"]
    return text, tags


def _nationality_banistmo(iso: str, ev: dict[str, object], rng: _Rng) -> _CountryOut:
    if rng.random() < 0.65:  # the lookup's code and label
        return f"{iso_codes(iso)[0]} - {_banistmo_name(iso)}", ["code_label"]
    return _country_banistmo(iso, rng, "nationality")


def _detection_banistmo(iso: str, rng: _Rng) -> _CountryOut:
    r = rng.random()
    if r < 0.3:
        return iso_codes(iso)[0], ["iso2"]
    if r < 0.45:
        return _name(iso, "es"), []
    return _banistmo_name(iso), []


def _country_revolut(iso: str, rng: _Rng, col: str) -> _CountryOut:
    r = rng.random()
    if r < 0.6:
        return iso_codes(iso)[0], ["iso2"]
    if r < 0.75 and iso in _ALIASES["en"]:
        return _ALIASES["en"][iso][0], ["alias"]
    return _name(iso, "en"), []


def _nationality_revolut(iso: str, ev: dict[str, object], rng: _Rng) -> _CountryOut:
    return _country_revolut(iso, rng, "nationality")


def _detection_revolut(iso: str, rng: _Rng) -> _CountryOut:
    if iso == "GBR" and rng.random() < 0.5:
        return "UK", ["alias"]
    return _country_revolut(iso, rng, "detection_country")


_CountryFn = Callable[[str, _Rng, str], _CountryOut]
_NatFn = Callable[[str, dict[str, object], _Rng], _CountryOut]
_DetFn = Callable[[str, _Rng], _CountryOut]
_COUNTRY: dict[str, tuple[_CountryFn, _NatFn, _DetFn]] = {
    _CMA_SRC.source: (_country_cma, _nationality_cma, _detection_cma),
    _BALEARIA_SRC.source: (_country_balearia, _nationality_balearia, _detection_balearia),
    _TAT_SRC.source: (_country_tat, _nationality_tat, _detection_tat),
    _BANISTMO_SRC.source: (_country_banistmo, _nationality_banistmo, _detection_banistmo),
    _REVOLUT_SRC.source: (_country_revolut, _nationality_revolut, _detection_revolut),
}

# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons; return (cell, expected count, tags)."""
    words = _WORDING[src.source]
    r = rng.random()
    if r < 0.015:
        return words.count_unknown, None, ["count_placeholder"]
    name = src.source
    if name == _CMA_SRC.source:
        if n >= 1000:
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands"]
        if n >= 10 and r < 0.05:
            return f"env. {n}", n, ["approx_count"]
        return str(n), n, []
    if name == _BALEARIA_SRC.source:
        return n, n, []
    if name == _TAT_SRC.source:
        if n < 10 and r < 0.15:
            return _EN_NUMBERS[n], n, ["count_word"]
        return (str(n), n, ["count_text"]) if r < 0.25 else (n, n, [])
    if name == _BANISTMO_SRC.source:
        if n >= 1000:
            return f"{n:,}", n, ["thousands"]
        if n >= 10 and r < 0.05:
            return f"aprox. {n}", n, ["approx_count"]
        return str(n), n, []
    return str(n), n, []


def _suspects(
    src: ExaminerSource, k: int, rng: _Rng, forced: bool
) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects; return (cell, expected count, tags)."""
    words = _WORDING[src.source]
    if forced:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.04:
        return words.suspects_unknown, None, ["suspects_placeholder"]
    if k == 0 and words.zero is not None and r < 0.4:
        return words.zero, 0, ["zero_word"]
    if src.format == "csv":
        return str(k), k, []
    return k, k, []


# --------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------
def _dm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma; return (text, value read)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    text = f"{deg:0{width}d}°{rest // 10:02d},{rest % 10}'{hemi}"
    read = deg + rest / 600
    return text, round(read if value >= 0 else -read, 5)


def _coords(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, forced: bool
) -> tuple[_Cells, float | None, float | None, list[str]]:
    """Write the place; return (cells, expected lat, expected lon, tags)."""
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    name = src.source
    if name == _BANISTMO_SRC.source:  # a bank's log has no place of detection
        return {}, None, None, ["coords_missing"]
    if forced:
        return {}, None, None, ["blank_coordinates"]
    r = rng.random()
    if name == _CMA_SRC.source:
        if r < 0.03:
            return {"coordinates": "NC"}, None, None, ["coords_placeholder"]
        if r < 0.06:
            return {}, None, None, ["coords_missing"]
        if ev["transport_mode"] == "sea":
            t_lat, v_lat = _dm(lat, "N", "S", 2)
            t_lon, v_lon = _dm(lon, "E", "W", 3)
            return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon, ["coords_dm"]
        a, b = round(lat, 5), round(lon, 5)
        text = f"{a:.5f} / {b:.5f}".replace(".", ",")
        return {"coordinates": text}, a, b, ["coords_comma"]
    if name == _BALEARIA_SRC.source:
        if r < 0.06:
            return {}, None, None, ["coords_missing"]
        a, b = round(lat, 4), round(lon, 4)
        if r < 0.16:
            cells: _Cells = {
                "lat": f"{a:.4f}".replace(".", ","),
                "lon": f"{b:.4f}".replace(".", ","),
            }
            return cells, a, b, ["coords_text"]
        return {"lat": a, "lon": b}, a, b, []
    if name == _TAT_SRC.source:
        if r < 0.08:
            return {}, None, None, ["coords_missing"]
        a, b = round(lat, 6), round(lon, 6)
        return {"lat": a, "lon": b}, a, b, []
    if r < 0.1:
        return {}, None, None, ["coords_missing"]
    a, b = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{a:.5f},{b:.5f}"}, a, b, ["coords_pair"]


def _transport(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> tuple[str, str, list[str]]:
    """Write the mode; return (cell, expected mode, tags)."""
    words = _WORDING[src.source]
    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        return words.unknown, "unknown", ["na_word"]
    corridor = ev["corridor"]
    if src.source == _BALEARIA_SRC.source and corridor in ("watl", "wmed"):
        local = {  # the craft of the Atlantic route, the Strait's boats and stowaways
            ("watl", "sea"): ("Cayuco", "Marítimo"),
            ("wmed", "sea"): ("Patera", "Neumática", "Marítimo"),
            ("wmed", "land"): ("Terrestre", "Oculto en vehículo", "Bajos de camión"),
        }.get((str(corridor), mode))
        if local is not None:
            return _word(rng, local), mode, []
    if src.source == _CMA_SRC.source and corridor == "channel" and mode == "sea":
        return _word(rng, ("Small boat", "Embarcation", "Maritime")), mode, ["small_boat"]
    if src.source == _TAT_SRC.source:
        return choice(rng, words.transport[mode]), mode, ["vehicle_type"]
    return _word(rng, words.transport[mode]), mode, []


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    words = _WORDING[src.source]
    country, nationality, detection = _COUNTRY[src.source]
    is_json = src.format == "jsonl"
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    tags: list[str] = []
    exp: dict[str, object] = {}

    cell, day, precision, t = _DATES[src.source](ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(rng, words.crime[crime]), crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = _choice_none(rng, words.no_exploitation), None
    elif rng.random() < 0.04:
        cells["exploitation"], exp["exploitation"] = words.unknown_exploitation, "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _word(rng, words.exploitation[str(expl)])
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"], t = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, k, rng, forced_blank == "n_suspects")
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = words.unknown_gender, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(rng, words.gender[gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = words.unknown, "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(rng, words.age[age]), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = words.unknown, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = nationality(nat, ev, rng)
        exp["nationality"] = nat
        tags += [f"{x}:nationality" for x in t]

    origin = str(ev["origin_country"])
    cells["origin_country"], t = country(origin, rng, "origin_country")
    exp["origin_country"] = origin
    tags += [f"{x}:origin_country" for x in t]

    dest = str(ev["destination_country"])
    if rng.random() < 0.04:  # "destination not known" is common in these logs
        cells["destination_country"], exp["destination_country"] = words.unknown, None
        tags.append("blank_destination")
    else:
        cells["destination_country"], t = country(dest, rng, "destination_country")
        exp["destination_country"] = dest
        tags += [f"{x}:destination_country" for x in t]

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t = detection(det, rng)
        exp["detection_country"] = det
        tags += [f"{x}:detection_country" for x in t]

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = _choice_none(rng, words.direct)
        if cells["transit_countries"] is not None:
            tags.append("direct_word")
    else:
        parts = [country(c, rng, "transit_countries")[0] for c in str(transit).split("|")]
        if is_json:
            cells["transit_countries"] = parts
            tags.append("json_list")
        else:
            cells["transit_countries"] = words.transit_sep.join(parts)

    cells["transport_mode"], exp["transport_mode"], t = _transport(src, ev, rng)
    tags += t

    place, exp["lat"], exp["lon"], t = _coords(src, ev, rng, forced_blank == "coordinates")
    cells.update(place)
    tags += t

    off = ev["linked_offences"]
    exp["linked_offences"] = off
    if off is None:
        cells["linked_offences"] = _choice_none(rng, words.no_offence)
        if cells["linked_offences"] is not None:
            tags.append("none_word")
    else:
        written = [_word(rng, words.offences[o]) for o in str(off).split("|")]
        cells["linked_offences"] = written if is_json else words.offence_sep.join(written)
    return cells, exp, tags


def _choice_none(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (``None`` = a blank cell) uniformly.

    Parameters
    ----------
    rng : numpy.random.Generator
        Generator of the draw.
    options : tuple of str or None
        Non-empty choices.

    Returns
    -------
    str or None
        The option drawn.

    Examples
    --------
    >>> _choice_none(np.random.default_rng(0), (None,)) is None
    True
    """
    return options[int(rng.integers(len(options)))]


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: The variant: who reports first and who reports again.
BLIND191: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": _CMA_SRC.source,  # Dunkirk terminal, ships in the Strait of Dover
        "ITA": _CMA_SRC.source,  # merchant ships' rescues landed in Italy
        "GRC": _CMA_SRC.source,  # Aegean feeder lines, CEVA trucks at Evros
        "ESP": _BALEARIA_SRC.source,
        "USA": _TAT_SRC.source,
        "PAN": _BANISTMO_SRC.source,
    },
    compilation=_REVOLUT_SRC.source,  # UK, Croatia, Poland and anything else
    secondary={
        ("channel", "FRA"): _REVOLUT_SRC.source,  # payments for the crossing
        ("channel", "GBR"): _CMA_SRC.source,  # ships in the Strait sight the boats
        ("thb_vnm_gbr", "GBR"): _CMA_SRC.source,  # containers and trailers via Dunkirk
        ("watl", "ESP"): _CMA_SRC.source,  # merchant ships meet the cayucos
        ("wmed", "ESP"): _CMA_SRC.source,  # Algeciras terminal
        ("wbal", "HRV"): _CMA_SRC.source,  # CEVA trucks at Bajakovo
        ("blr_pol", "POL"): _CMA_SRC.source,  # CEVA trucks at Kuźnica
        ("thb_nga_ita", "ITA"): _REVOLUT_SRC.source,  # the madams' payments
        ("thb_rou_esp", "ESP"): _REVOLUT_SRC.source,  # victims' accounts opened for them
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=191_191,
    blank_share=0.35,
)


def make_blind191(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind191`` private-sector submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``cmacgm_surete_gk.csv`` (French, cp1252, ``;``), ``balearia_proteccion_gk.xlsx``
        (Spanish), ``tat_tips_gk.jsonl`` (English, UTF-8), ``banistmo_cumplimiento_gk.csv``
        (Spanish, UTF-16, tab) and ``revolut_fincrime_gk.csv`` (English, UTF-8 with BOM,
        ``,``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind191(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cmacgm_surete_gk.csv', 'balearia_proteccion_gk.xlsx', 'tat_tips_gk.jsonl',
     'banistmo_cumplimiento_gk.csv', 'revolut_fincrime_gk.csv']
    >>> subs[3].encoding, subs[3].delimiter
    ('utf-16', '\t')
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND191, truth, seed=seed)
