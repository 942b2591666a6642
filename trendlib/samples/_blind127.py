"""Examiner sample set ``blind127`` (files ``*_dy.*``): Irish, Northern Irish and liaison desks.

Five agencies that never wrote a sample set before, each writing the way it really does:

``psni_mshtu_dy.csv``
    Police Service of Northern Ireland, Organised Crime Branch, Modern Slavery and Human
    Trafficking Unit (Belfast): its UK-wide tasking log of the Great Britain cases it is
    notified of, plus the Channel crossings French partners report. English, a CSV saved
    by Excel in cp1252 with ``,`` and CRLF; UK police wording (``OIC`` for smuggling,
    ``PVoT``, ``Nil`` suspects, ``N/K``), nationalities as demonyms (``Afghan``,
    ``Vietnamese``; ``Kurdish`` is an ethnicity, so no nationality is read from it), the
    place as ``England`` / ``Scotland``, routes joined by `` > ``, dates ``17/05/2023``
    or ``17-May-2023``, one ``Lat/Long`` cell. Re-sends a few of its rows.
``garda_hticu_dy.jsonl``
    An Garda Síochána, Human Trafficking Investigation and Co-ordination Unit (Dublin):
    its log of partner notifications (Europol, Interpol, EMPACT THB, HSI) -- the
    compilation source, for the events no other desk reports. English JSON lines, ISO
    dates or month / quarter only (``2023-05``, ``Q2 2023``), counts as numbers, ISO
    alpha-2 codes beside names, the Irish Illegal Immigrants (Trafficking) Act 2000 for
    smuggling, one ``geo_point`` text.
``ssi_ambafrance_irlande_dy.csv``
    Service de sécurité intérieure, Ambassade de France en Irlande: French cases relayed
    from the DCPAF (Calais, Dunkirk; crossings to the UK and Spanish cases bound for
    France). French, UTF-8 with BOM, ``;``; ``AESI`` / ``TEH``, ``mis en cause``,
    ``néant``, ``NC``, nationalities as French adjectives (``afghane``), ``MNA`` for an
    unaccompanied minor, decimal commas, thousands with a non-breaking space, ``T2 2023``.
``consejeria_interior_londres_dy.xlsx``
    Consejería de Interior, Embajada de España en Londres (accredited to Ireland): Spanish
    cases from the Comisaría General de Extranjería y Fronteras and Nigerian networks
    working between Italy and Spain. Spanish workbook: real dates, some lost to serial
    numbers, a few typed as text; Criminal Code articles (``177 bis``, ``318 bis``),
    ``patera`` / ``cayuco``, ``no consta``, coordinates in degrees, minutes and seconds
    with decimal commas; some rows pasted from a misread UTF-8 export (mojibake).
``ponal_agregaduria_londres_dy.csv``
    Policía Nacional de Colombia, Agregaduría de Policía ante el Reino Unido e Irlanda:
    Darién cases from Colombian--Panamanian cooperation. Spanish (Colombian), a tab-
    separated UTF-16 text saved by Excel; country names upper case without accents, ``NNA``
    for minors, ``EE.UU.``, counts with a ``.`` thousands separator, decimal commas.

Every row's expected values are what a careful analyst reads from its cells; where a
cell does not say (``N/K``, ``Not recorded``, ``Kurdish``, a blank), the truth expects
no value or ``unknown`` and the row carries a tag saying so.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND127", "SOURCES", "Desk", "make_blind127"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
#: ISO3 -> (English as Irish and UK officers write it, French, Spanish).
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
    "USA": ("USA", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names an officer of that language writes for the same country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("United States", "US"),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "CIV": ("Côte d'Ivoire",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Islamic Republic of Iran",),
        "GIN": ("Guinea-Conakry",),
        "MKD": ("Macedonia",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK"),
        "USA": ("USA",),
        "BLR": ("Bélarus",),
        "VNM": ("Viêt Nam",),
        "GIN": ("Guinée-Conakry",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("R. Unido",),
        "GIN": ("Guinea Conakry",),
        "BLR": ("Belarús",),
    },
}

#: Nationality adjectives: English, French (feminine, after "nationalité"), Spanish
#: (feminine, after "nacionalidad").
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
#: Colombian police records: the nationality in capitals, masculine.
_CO_NATIONALITY = {
    "VEN": "VENEZOLANO",
    "ECU": "ECUATORIANO",
    "HTI": "HAITIANO",
    "COL": "COLOMBIANO",
    "CHN": "CHINO",
}
#: PSNI: Great Britain places by hotspot (a careful analyst reads both as GBR).
_GB_NATION = {"Glasgow": "Scotland"}


def _strip_accents(text: str) -> str:
    """Return ``text`` without accents (``MÉXICO`` -> ``MEXICO``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more.

    Examples
    --------
    >>> _typo("Afghanistan"), _typo("Mali")
    ('Afghnaistan', 'Mali')
    """
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


# --------------------------------------------------------------------------------------
# The desks
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One agency of ``blind127``: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the desk's words (first = the usual one), for
        ``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``transport_mode`` and ``linked_offences``.
    not_applicable : tuple of str
        What the desk writes as the exploitation of a smuggling case (``""`` = blank).
    not_recorded : tuple of str
        "Not recorded" words for an age group or a transport mode (read as unknown).
    no_gender : tuple of str
        What it writes when the sex is not recorded (``""`` = blank).
    count_unknown : tuple of str
        "Not known" words of a count cell (the record stays, with no count).
    zero_words : tuple of str
        Words for no suspects.
    country_styles : mapping
        Style (``name``, ``upper``, ``alias``, ``iso2``, ``iso3``, ``typo``, ``plain``)
        -> share of country cells.
    nationality_styles : mapping
        Style (``demonym``, ``name``, ``upper``, ``iso2``, ``co``) -> share of
        nationality cells.
    transit_sep, offence_sep : str
        Separators of the transit and linked-offence lists.
    date_styles : mapping
        Date style -> share of the dated rows.
    partial : mapping
        ``month`` / ``quarter`` -> share of the rows dated to a month or quarter only.
    coord_style : str
        ``pair`` (``lat, lon``), ``geo`` (``lat,lon``), ``comma`` (two cells with
        decimal commas) or ``dms`` (degrees, minutes, seconds in one cell).
    thousands : str
        Thousands separator of a count written as text (``""``: none).
    mojibake_rate : float
        Share of rows pasted from a UTF-8 export read as cp1252.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_applicable: tuple[str, ...]
    not_recorded: tuple[str, ...]
    no_gender: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    country_styles: Mapping[str, float]
    nationality_styles: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    date_styles: Mapping[str, float]
    partial: Mapping[str, float]
    coord_style: str
    thousands: str
    mojibake_rate: float


_PSNI = Desk(
    source="psni_mshtu",
    filename="psni_mshtu_dy.csv",
    ref="MSHTU-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Occurrence Ref",
        "event_date": "Date of Occurrence",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons (PVoT/Migrants)",
        "n_suspects": "No. of Suspects",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Route (via)",
        "destination_country": "Intended Destination",
        "detection_country": "Location (Country)",
        "transport_mode": "Method of Travel",
        "coordinates": "Lat/Long",
        "linked_offences": "Associated Offences",
    },
    note="OFFICIAL-SENSITIVE - figures provisional, subject to validation",
    total="Total",
    bad_count=("Several", "Multiple"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern Slavery/Human Trafficking", "MSHT", "Human Trafficking"),
            "smuggling": (
                "Organised Immigration Crime",
                "OIC - Facilitation",
                "Assisting unlawful immigration (s.25 IA 1971)",
            ),
            "both": ("MSHT & OIC", "OIC / MSHT"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Labour"),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Male & Female", "Mixed"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Child", "U18"),
            "mixed": ("Adults & Children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB", "Small boat (dinghy)"),
            "land": ("HGV concealment", "Lorry", "Vehicle"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Possession of false ID documents", "Document fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering (POCA)",),
            "illicit_goods": ("Cannabis cultivation", "Drugs supply"),
            "cybercrime": ("Cyber-enabled",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=("", "N/A"),
    not_recorded=("Not recorded", "N/K"),
    no_gender=("", "Not stated"),
    count_unknown=("N/K", "Unknown"),
    zero_words=("Nil", "None"),
    country_styles={"name": 0.86, "alias": 0.06, "typo": 0.04, "upper": 0.04},
    nationality_styles={"demonym": 0.85, "name": 0.15},
    transit_sep=" > ",
    offence_sep="; ",
    date_styles={"dmy": 0.8, "dmonY": 0.2},
    partial={},
    coord_style="pair",
    thousands=",",
    mojibake_rate=0.0,
)

_GARDA = Desk(
    source="garda_hticu",
    filename="garda_hticu_dy.jsonl",
    ref="HTICU/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "hticu_ref",
        "event_date": "date_of_detection",
        "crime_type": "crime_category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_count",
        "n_suspects": "suspects_count",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "main_nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "country_detected",
        "transport_mode": "transport",
        "coordinates": "geo_point",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "a group"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Human Trafficking", "THB", "Trafficking in Human Beings"),
            "smuggling": (
                "Migrant Smuggling",
                "Facilitation of illegal entry",
                "Illegal Immigrants (Trafficking) Act 2000, s.2",
            ),
            "both": ("THB / Smuggling", "Trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Forced labour"),
            "forced_criminality": ("Forced criminality", "Criminal activities"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "male"),
            "female": ("Female", "female"),
            "mixed": ("Mixed", "Male/Female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Unaccompanied minor"),
            "mixed": ("Adults and minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Road"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    not_applicable=("",),
    not_recorded=("N/A", "Not known"),
    no_gender=("", "Not known"),
    count_unknown=("not known", "unknown"),
    zero_words=("none",),
    country_styles={"name": 0.7, "iso2": 0.16, "iso3": 0.06, "alias": 0.05, "upper": 0.03},
    nationality_styles={"name": 0.75, "iso2": 0.15, "demonym": 0.1},
    transit_sep=", ",
    offence_sep=", ",
    date_styles={"iso": 1.0},
    partial={"month": 0.06, "quarter": 0.03},
    coord_style="geo",
    thousands="",
    mojibake_rate=0.0,
)

_SSI = Desk(
    source="ssi_ambafrance_irlande",
    filename="ssi_ambafrance_irlande_dy.csv",
    ref="SSI-IE/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays de transit)",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interpellation",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données DCPAF transmises pour information - ne pas diffuser",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("TEH", "traite des êtres humains"),
            "smuggling": (
                "AESI",
                "aide à l'entrée et au séjour irréguliers",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + AESI", "traite et AESI"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "H"),
            "female": ("femmes", "F"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "adult": ("majeurs", "majeur"),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("poids lourd", "routier", "à pied"),
            "air": ("aérien", "avion"),
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
    not_applicable=("", "sans objet"),
    not_recorded=("non renseigné", "NR"),
    no_gender=("", "non renseigné"),
    count_unknown=("NC", "inconnu"),
    zero_words=("néant", "aucun"),
    country_styles={"name": 0.82, "upper": 0.1, "alias": 0.04, "typo": 0.04},
    nationality_styles={"demonym": 0.75, "upper": 0.25},
    transit_sep=" - ",
    offence_sep=" + ",
    date_styles={"dmy": 1.0},
    partial={"month": 0.05, "quarter": 0.04},
    coord_style="comma",
    thousands="\u00a0",
    mojibake_rate=0.0,
)

_CONSEJERIA = Desk(
    source="consejeria_interior_londres",
    filename="consejeria_interior_londres_dy.xlsx",
    ref="CIL-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Ref. Consejería",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por la CGEF",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata de seres humanos"),
            "smuggling": (
                "Inmigración irregular (art. 318 bis CP)",
                "Favorecimiento de la inmigración irregular",
                "Delito contra los derechos de los ciudadanos extranjeros",
            ),
            "both": ("Trata + inmigración irregular (177 bis y 318 bis)", "Trata y tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "male": ("varones", "hombres"),
            "female": ("mujeres",),
            "mixed": ("ambos sexos", "mixto"),
        },
        "age_group": {
            "adult": ("mayores de edad", "adultos"),
            "child": ("menores", "menores no acompañados"),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación neumática"),
            "land": ("terrestre", "vehículo", "autobús"),
            "air": ("aérea", "vuelo comercial"),
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
    not_applicable=("", "no procede"),
    not_recorded=("no consta",),
    no_gender=("", "no consta"),
    count_unknown=("no consta", "s/d"),
    zero_words=("ninguno",),
    country_styles={"name": 0.86, "upper": 0.05, "iso3": 0.05, "typo": 0.04},
    nationality_styles={"demonym": 0.6, "name": 0.4},
    transit_sep=" / ",
    offence_sep=", ",
    date_styles={"excel": 0.8, "serial": 0.12, "dmy": 0.08},
    partial={},
    coord_style="dms",
    thousands="",
    mojibake_rate=0.1,
)

_PONAL = Desk(
    source="ponal_agregaduria_londres",
    filename="ponal_agregaduria_londres_dy.csv",
    ref="NUNC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Noticia Criminal",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Finalidad",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Indiciados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "País de destino",
        "detection_country": "País donde se detecta",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Conductas asociadas",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas (art. 188A C.P.)", "Trata de personas"),
            "smuggling": ("Tráfico de migrantes (art. 188 C.P.)", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados",),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        "gender": {
            "male": ("masculino", "hombres"),
            "female": ("femenino", "mujeres"),
            "mixed": ("mixto",),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("NNA",),
            "mixed": ("adultos y NNA",),
        },
        "transport_mode": {
            "sea": ("marítimo", "lancha"),
            "land": ("terrestre", "a pie (selva)", "terrestre - trocha"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsedad en documento público",),
            "corruption": ("cohecho",),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("tráfico de estupefacientes",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    not_applicable=("No aplica", ""),
    not_recorded=("sin información", "S.I."),
    no_gender=("", "sin información"),
    count_unknown=("sin dato", "S.D."),
    zero_words=("ninguno", "cero"),
    country_styles={"co": 0.88, "name": 0.12},
    nationality_styles={"co": 0.85, "upper": 0.15},
    transit_sep=" - ",
    offence_sep="; ",
    date_styles={"dmy": 0.75, "ymd": 0.25},
    partial={},
    coord_style="comma",
    thousands=".",
    mojibake_rate=0.0,
)

#: The five desks, in the order the submissions are returned.
SOURCES: tuple[Desk, ...] = (_PSNI, _GARDA, _SSI, _CONSEJERIA, _PONAL)

# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _pick(rng: _Rng, shares: Mapping[str, float]) -> str:
    keys = list(shares)
    w = np.array([shares[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: Desk, column: str, value: str, rng: _Rng) -> str:
    """Return the desk's word for a canonical value (the usual one two times in three)."""
    forms = src.words[column][value]
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


def _country(src: Desk, iso: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Write one country the desk's way; tag what a reader must see through."""
    name = _NAMES[iso][_LANG[src.language]]
    style = _pick(rng, src.country_styles)
    if style == "co":  # Colombian police systems: capitals, no accents
        return _strip_accents(name).upper()
    if style == "upper":
        return name.upper()
    if style == "iso2":
        tags.append(f"iso2:{col}")
        return iso_codes(iso)[0]
    if style == "iso3":
        tags.append(f"iso3:{col}")
        return iso
    if style == "alias":
        aliases = _ALIASES[src.language].get(iso)
        if aliases:
            tags.append(f"alias:{col}")
            return choice(rng, aliases)
        return name
    if style == "typo":
        out = _typo(name)
        if out != name:
            tags.append(f"typo:{col}")
        return out
    return name


def _nationality(src: Desk, iso: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality: an adjective, a name or a code, the desk's way."""
    style = _pick(rng, src.nationality_styles)
    lang = _LANG[src.language]
    if style == "demonym" and iso in _DEMONYMS:
        tags.append("demonym:nationality")
        return _DEMONYMS[iso][lang]
    if style == "co":
        if iso in _CO_NATIONALITY:
            tags.append("demonym:nationality")
            return _CO_NATIONALITY[iso]
        return _strip_accents(_NAMES[iso][lang]).upper()
    if style == "upper":
        return _NAMES[iso][lang].upper()
    if style == "iso2":
        tags.append("iso2:nationality")
        return iso_codes(iso)[0]
    return _NAMES[iso][lang]


def _date_cell(
    src: Desk, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the date of an event; return (cell, expected date, precision)."""
    if partial_ok and src.partial:
        r = rng.random()
        month_share = src.partial.get("month", 0.0)
        quarter_share = src.partial.get("quarter", 0.0)
        if r < month_share:
            tags.append("partial_date")
            start = ts.to_period("M").start_time
            if src.language == "fr":
                return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", start, "month"
            return ts.strftime("%Y-%m"), start, "month"
        if r < month_share + quarter_share:
            tags.append("partial_date")
            start = ts.to_period("Q").start_time
            word = "T" if src.language == "fr" else "Q"
            return f"{word}{ts.quarter} {ts.year}", start, "quarter"
    style = _pick(rng, src.date_styles)
    if style == "excel":
        return ts.to_pydatetime(), ts, "day"
    if style == "serial":
        tags.append("excel_serial")
        return int((ts - _EXCEL_EPOCH).days), ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "ymd":
        return ts.strftime("%Y/%m/%d"), ts, "day"
    if style == "dmonY":
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", ts, "day"
    if src.format == "xlsx":
        tags.append("date_as_text")
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _count_cell(src: Desk, n: int, tags: list[str], col: str) -> object:
    """Write a count: a number in a workbook or JSON, text (maybe with thousands) in CSV."""
    if src.format != "csv":
        return int(n)
    if n >= 1000 and src.thousands:
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n)


def _dms(value: float, positive: str, negative: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths, decimal comma); return (text, value read)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    hemi = positive if value >= 0 else negative
    text = f"{deg}º{minutes:02d}'{sec10 // 10:02d},{sec10 % 10}\" {hemi}"
    read = tenths / 36000
    return text, read if value >= 0 else -read


def _coordinates(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str], cells: dict[str, object]
) -> tuple[float | None, float | None]:
    """Write the place; return the expected (lat, lon)."""
    if src.coord_style == "pair":
        if rng.random() < 0.02:  # the officer had no fix
            cells["coordinates"] = choice(rng, ("N/K", "Not known"))
            tags.append("coords_placeholder")
            return None, None
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        return lat, lon
    if src.coord_style == "geo":
        cells["coordinates"] = f"{lat:.5f},{lon:.5f}"
        return lat, lon
    if src.coord_style == "dms":
        lat_text, lat_read = _dms(lat, "N", "S")
        lon_text, lon_read = _dms(lon, "E", "W")
        cells["coordinates"] = f"{lat_text} {lon_text}"
        tags.append("coords_dms")
        return round(lat_read, 6), round(lon_read, 6)
    cells["lat"] = f"{lat:.5f}".replace(".", ",")
    cells["lon"] = f"{lon:.5f}".replace(".", ",")
    tags.append("decimal_comma")
    return lat, lon


def _case(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a cell (the meaning stays)."""
    kind = int(rng.integers(4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    if kind == 2:
        return f" {text}"
    return f"{text}  "


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    if "(" in str(cells["crime_type"]) or "s.2" in str(cells["crime_type"]):
        tags.append("legal_reference:crime_type")
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:  # a count the desk did not know
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, n_persons, tags, "n_persons")
        exp["n_persons"] = n_persons

    n_suspects = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or n_suspects is None or r < 0.02:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.035:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(n_suspects) == 0 and rng.random() < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero_words)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_cell(src, int(n_suspects), tags, "n_suspects")  # type: ignore[call-overload]
        exp["n_suspects"] = int(n_suspects)  # type: ignore[call-overload]

    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = choice(rng, src.no_gender) or None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = ev["gender"]
    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.not_recorded)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, col, str(ev[col]), rng)
            exp[col] = ev[col]

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif src.source == "psni_mshtu" and nat in ("IRQ", "IRN", "SYR") and rng.random() < 0.06:
        # an ethnicity, not a nationality: Iraqi, Iranian or Syrian Kurds alike
        cells["nationality"] = "Kurdish"
        exp["nationality"] = None
        tags.append("ethnicity_not_nationality;blank_nationality")
    else:
        cells["nationality"] = _nationality(src, nat, rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col] = _country(src, iso, rng, tags, col)
        exp[col] = iso
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    elif src.source == "psni_mshtu" and det == "GBR" and rng.random() < 0.6:
        cells["detection_country"] = _GB_NATION.get(str(ev["hotspot"]), "England")
        exp["detection_country"] = det
        tags.append("home_nation:detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, tags, "detection_country")
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        direct = {"en": ("", "", "Direct"), "fr": ("", "direct"), "es": ("", "directo")}
        cells["transit_countries"] = choice(rng, direct[src.language]) or None
        if cells["transit_countries"]:
            tags.append("direct_word:transit_countries")
        exp["transit_countries"] = None
    else:
        parts = [_country(src, p, rng, tags, "transit_countries") for p in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = transit
    tags[:] = list(dict.fromkeys(tags))  # one tag per kind, in order

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        exp["lat"], exp["lon"] = _coordinates(src, lat, lon, rng, tags, cells)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        cells["linked_offences"] = src.offence_sep.join(
            _word(src, "linked_offences", o, rng) for o in str(offences).split("|")
        )
    exp["linked_offences"] = offences

    for col in ("crime_type", "gender", "age_group", "transport_mode", "origin_country"):
        value = cells.get(col)
        if isinstance(value, str) and value and rng.random() < 0.03:
            cells[col] = _case(value, rng)
            tags.append(f"case:{col}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = False
        for col, value in cells.items():
            bad = mojibake(value) if isinstance(value, str) else None
            if bad is not None:
                cells[col] = bad
                garbled = True
        if garbled:
            tags.append("mojibake")
    for col, value in cells.items():  # what the file's encoding cannot hold
        if isinstance(value, str) and not fits(value, src):
            cells[col] = value.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row that must be quarantined, the desk's way."""
    if kind == "no_date":
        return None if src.format != "csv" else choice(rng, ("", " "))
    if kind == "bad_date":  # a day that does not exist in that month
        day = {2: 30, 4: 31, 6: 31, 9: 31, 11: 31}
        month = int(choice(rng, tuple(str(m) for m in day)))
        if src.format == "jsonl":
            return f"{ts.year}-{month:02d}-{day[month]}"
        if src.source.startswith("ponal") and rng.random() < 0.5:
            return f"{ts.year}/{month:02d}/{day[month]}"
        return f"{day[month]}/{month:02d}/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # the decade mis-keyed: 2023 -> 2033
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


#: The variant: primary desks by detection country, the compilation, second reports.
BLIND127: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "psni_mshtu",
        "FRA": "ssi_ambafrance_irlande",
        "ESP": "consejeria_interior_londres",
        "PAN": "ponal_agregaduria_londres",
    },
    compilation="garda_hticu",
    secondary={
        ("channel", "FRA"): "psni_mshtu",
        ("channel", "GBR"): "ssi_ambafrance_irlande",
        ("wmed", "ESP"): "ssi_ambafrance_irlande",
        ("thb_vnm_gbr", "GBR"): "garda_hticu",
        ("thb_rou_esp", "ESP"): "garda_hticu",
        ("thb_nga_ita", "ITA"): "consejeria_interior_londres",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=127_027,
    blank_share=0.3,
)


def make_blind127(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind127`` desks do (files ``*_dy.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``psni_mshtu_dy.csv`` (English, cp1252, ``,``), ``garda_hticu_dy.jsonl``
        (English, the compilation), ``ssi_ambafrance_irlande_dy.csv`` (French, UTF-8
        with BOM, ``;``), ``consejeria_interior_londres_dy.xlsx`` (Spanish) and
        ``ponal_agregaduria_londres_dy.csv`` (Spanish, UTF-16, tab), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind127(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['psni_mshtu_dy.csv', 'garda_hticu_dy.jsonl', 'ssi_ambafrance_irlande_dy.csv',
     'consejeria_interior_londres_dy.xlsx', 'ponal_agregaduria_londres_dy.csv']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° de fiche', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND127, truth, seed=seed)
