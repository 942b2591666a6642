"""Examiner sample set ``blind440``: library and community-centre safeguarding desks.

Five sources that meet exploited and smuggled migrants when they come in for help (a
computer, a phone charge, a French class, a form to fill in) and log what they are told:

``libraries_connected_safeguarding_pz.csv``
    Libraries Connected's safeguarding leads network (public library services of England,
    Wales and Northern Ireland): English, UTF-8 with BOM, ``,``; dates "17 May 2023" or
    17/05/2023, "May 2023", "Q2 2023"; nationalities as given ("Eritrean"); routes
    joined by ``" > "``; no coordinates (a library logs no GPS point).
``fcsf_signalements_pz.csv``
    Fédération des centres sociaux et socioculturels de France, signalements of the
    centres of the Channel coast (and of the Roya valley): French, cp1252, ``;``,
    CRLF; dates 17/05/2023 or 17/05/23, "mai 2023", "T2 2023"; nationalities as
    adjectives ("érythréen"), "Angleterre" for the United Kingdom; decimal commas;
    re-sends some rows.
``ccb_bibliotecas_inclusion_pz.xlsx``
    Consejo de Cooperación Bibliotecaria, working group on libraries and social inclusion
    (Spain's public libraries, compiled from the regions' sheets): Spanish, real Excel
    dates plus typed ones, "05/2023", "T2 2023"; mojibake in cells pasted from the
    regions' CSV files; counts and coordinates as numbers or typed text.
``micultura_casas_cultura_pa_pz.csv``
    Ministerio de Cultura de Panamá, Dirección de Bibliotecas y casas de la cultura (the
    Darién): Spanish, saved by Excel as "Unicode text" (UTF-16 with BOM, tab-delimited);
    dates 17/5/2023 and "mayo-2023"; upper-case names, "NNA" for children; coordinates
    as a "lat, long" pair.
``bibliotheques_sans_frontieres_pz.jsonl``
    Bibliothèques Sans Frontières' field monitoring form (Ideas Box sites in Italy,
    Greece, the Balkans, Poland, the Americas), exported from a KoBo-style server: French
    keys and choice names, ISO codes, ISO dates and "2023-05", geopoints ``"lat lon alt
    acc"``; the compilation source: it reports every event no other desk reports first;
    re-sent submissions.

The machinery shared by examiner sets is :mod:`trendlib.samples._examiner`; this module
only says how each desk writes a cell.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND440", "SOURCES", "Desk", "make_blind440"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries as these desks write them (hand-written: no library's table, no cleaner's)
# --------------------------------------------------------------------------------------
#: iso3 -> (English, French, Spanish) name.
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
#: What people say for the United Kingdom when they mean where they want to go.
_ENGLAND = frozenset({"England", "Angleterre", "Inglaterra"})

#: Other names a desk writes for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "England"),
        "USA": ("United States", "US"),
        "CIV": ("Côte d'Ivoire",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "BIH": ("Bosnia",),
        "IRQ": ("Iraq (Kurdistan region)",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK", "Grande-Bretagne"),
        "USA": ("USA",),
        "BLR": ("Bélarus",),
        "IRQ": ("Irak (Kurdistan)",),
        "VNM": ("Viêt Nam",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "GBR": ("Inglaterra",),
        "BGD": ("Bangladesh",),
    },
}

#: Nationalities as adjectives or demonyms, by language (how a form's "nationality" reads).
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghan",),
        "ALB": ("Albanian",),
        "ERI": ("Eritrean",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "SYR": ("Syrian",),
        "VNM": ("Vietnamese",),
        "CHN": ("Chinese",),
        "ROU": ("Romanian",),
        "NGA": ("Nigerian",),
        "PAK": ("Pakistani",),
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
        "SEN": ("sénégalais",),
        "MLI": ("malien",),
        "MAR": ("marocain",),
        "DZA": ("algérien",),
        "GIN": ("guinéen",),
        "GMB": ("gambien",),
        "CIV": ("ivoirien",),
        "TUN": ("tunisien",),
        "EGY": ("égyptien",),
        "BGD": ("bangladais",),
        "PAK": ("pakistanais",),
        "NGA": ("nigérian", "nigériane"),
        "ROU": ("roumain", "roumaine"),
    },
    "es": {
        "MAR": ("marroquí",),
        "DZA": ("argelino", "argelina"),
        "SEN": ("senegalés", "senegalesa"),
        "MLI": ("maliense",),
        "GIN": ("guineano", "guineana"),
        "GMB": ("gambiano",),
        "CIV": ("marfileño", "marfileña"),
        "ROU": ("rumano", "rumana"),
        "NGA": ("nigeriana", "nigeriano"),
        "VEN": ("venezolano", "venezolana"),
        "ECU": ("ecuatoriano", "ecuatoriana"),
        "HTI": ("haitiano", "haitiana"),
        "COL": ("colombiano", "colombiana"),
        "CHN": ("chino", "china"),
    },
}

#: Small slips of the keyboard, one per country a desk often types (its own, not a table's).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanisatn",
        "ALB": "Albaina",
        "ERI": "Eritea",
        "SYR": "Sirya",
        "VNM": "Veitnam",
        "IRN": "Irann",
        "FRA": "Frnce",
    },
    "fr": {
        "AFG": "Afganistan",
        "GIN": "Guinnée",
        "ERI": "Erythrée",
        "SYR": "Syire",
        "SEN": "Sénagal",
        "ITA": "Itallie",
    },
    "es": {
        "MAR": "Marrueco",
        "CIV": "Costa Marfil",
        "VEN": "Venezuel",
        "ECU": "Ecuado",
        "SEN": "Senega",
        "DZA": "Argeila",
        "COL": "Colomiba",
    },
}

_NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
    "fr": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once"),
}
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

Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the set: the shared source fields plus how it writes each cell.

    Attributes
    ----------
    day_styles : tuple of str
        Ways of writing a full date (keys of :func:`_day_cell`), drawn uniformly.
    month_share, quarter_share : float
        Shares of the rows (not paired with another report) dated by month or quarter.
    country_style : dict
        Style -> weight: ``name``, ``upper``, ``alias``, ``typo``, ``demonym``
        (nationality only), ``iso3``, ``iso2``, ``no_accent``.
    transit_sep, offence_sep : str
        Separators of the transit-country list and of the linked offences.
    direct_words : tuple of str
        Words written for "no transit country" (empty: a blank cell).
    coords : str
        ``none``, ``latlon_comma`` (two cells, decimal comma), ``latlon_xlsx`` (two
        cells, numbers or typed text), ``pair`` (``"lat, lon"``) or ``geopoint``.
    words : dict
        Column -> canonical word -> the desk's words.
    not_applicable : str or None
        What the desk writes as exploitation of a pure smuggling case (None: blank).
    na_words : tuple of str
        "Not known / not applicable" words of age group and transport mode.
    count_words : bool
        Whether staff sometimes type small counts as words.
    count_unknown : tuple of str
        Written when the number of people is not known (the record stays).
    zero_words, suspects_unknown : tuple of str
        Written for no suspect, and for an unknown number of suspects.
    thousands : str
        Thousands separator of large counts (empty: none).
    numbers_as_numbers : bool
        Whether counts are stored as numbers (XLSX) instead of text.
    codes_by_row : bool
        Whether the country style is drawn once per row (a form's code list: one form
        version writes ISO alpha-3, an older one alpha-2) instead of once per cell.
    pasted_share : float
        Share of rows pasted from a file read in the wrong encoding (mojibake in every
        accented cell of the row).
    """

    day_styles: tuple[str, ...]
    month_share: float
    quarter_share: float
    country_style: dict[str, float]
    transit_sep: str
    offence_sep: str
    direct_words: tuple[str, ...]
    coords: str
    words: dict[str, Words]
    not_applicable: str | None
    na_words: tuple[str, ...]
    count_words: bool
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    thousands: str
    numbers_as_numbers: bool
    codes_by_row: bool = False
    pasted_share: float = 0.0


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_UK = Desk(
    source="libraries_connected_safeguarding",
    filename="libraries_connected_safeguarding_pz.csv",
    ref="SG/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Concern ref",
        "event_date": "Date of concern",
        "crime_type": "Type of concern",
        "exploitation": "Exploitation type (if MS/HT)",
        "n_persons": "No. of people",
        "n_suspects": "No. of alleged exploiters/facilitators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality (as given)",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries passed through)",
        "destination_country": "Intended destination",
        "detection_country": "Country where encountered",
        "transport_mode": "How they travelled",
        "linked_offences": "Other concerns flagged",
    },
    note="Note: anonymised referrals logged by branch library staff; not verified by police",
    total="Total people",
    bad_count=("several", "a family", "a group of lads"),
    repeats=False,
    day_styles=("long", "long", "long", "slash"),
    month_share=0.04,
    quarter_share=0.02,
    country_style={"name": 0.7, "alias": 0.12, "demonym": 0.12, "typo": 0.03, "upper": 0.03},
    transit_sep=" > ",
    offence_sep="; ",
    direct_words=("Direct", "None"),
    coords="none",
    words={
        "crime_type": {
            "trafficking": ("Modern slavery / trafficking", "Suspected trafficking"),
            "smuggling": ("People smuggling", "Smuggled (paid to travel)"),
            "both": ("Smuggled then exploited", "Smuggling & trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation",),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other (see notes)",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed group", "M & F"),
        },
        "age_group": {
            "child": ("Under 18", "Child"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & under-18s",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "Car / van", "On foot"),
            "air": ("Plane",),
        },
        "linked_offences": {
            "document_fraud": ("Fake documents",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Online grooming/recruitment",),
            "terrorism": ("Terrorism",),
        },
        "gender_unknown": {"unknown": ("Not recorded",)},
    },
    not_applicable="N/A",
    na_words=("Not known", "N/K"),
    count_words=True,
    count_unknown=("not known", "?"),
    zero_words=("none", "None"),
    suspects_unknown=("not known",),
    thousands=",",
    numbers_as_numbers=False,
)

_FR = Desk(
    source="fcsf_signalements",
    filename="fcsf_signalements_pz.csv",
    ref="CS{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date de repérage",
        "crime_type": "Type de situation",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes concernées",
        "n_suspects": "Nb d'auteurs présumés (passeurs/exploiteurs)",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination souhaitée",
        "detection_country": "Pays de repérage",
        "transport_mode": "Mode de déplacement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Autres infractions signalées",
    },
    note="Attention : données non consolidées (remontées des centres sociaux du littoral)",
    total="Total général",
    bad_count=("plusieurs", "une famille", "un groupe"),
    repeats=True,
    day_styles=("slash", "slash", "slash", "slash_yy"),
    month_share=0.04,
    quarter_share=0.04,
    country_style={
        "name": 0.6,
        "demonym": 0.2,
        "alias": 0.07,
        "upper": 0.05,
        "no_accent": 0.05,
        "typo": 0.03,
    },
    transit_sep=", ",
    offence_sep=" / ",
    direct_words=(),
    coords="latlon_comma",
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "Suspicion de traite", "TEH"),
            "smuggling": ("Trafic de migrants", "Passage (passeurs)", "Aide au passage"),
            "both": ("Passage puis exploitation", "Traite + trafic"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "female": ("Femme", "Femmes", "F"),
            "male": ("Homme", "Hommes", "H"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineur", "MNA", "Mineurs"),
            "adult": ("Majeur", "Adultes"),
            "mixed": ("Adultes et enfants", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Bateau", "Embarcation"),
            "land": ("Camion", "Voiture", "À pied"),
            "air": ("Avion",),
        },
        "linked_offences": {
            "document_fraud": ("Faux papiers",),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
        "gender_unknown": {"unknown": ("NSP",)},
    },
    not_applicable=None,
    na_words=("NSP", "Ne sait pas"),
    count_words=True,
    count_unknown=("inconnu", "NC"),
    zero_words=("aucun", "Aucun"),
    suspects_unknown=("inconnu",),
    thousands="\u00a0",
    numbers_as_numbers=False,
)

_ES = Desk(
    source="ccb_bibliotecas_inclusion",
    filename="ccb_bibliotecas_inclusion_pz.xlsx",
    ref="{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha de detección",
        "crime_type": "Tipo de situación",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detecta",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos asociados",
    },
    note="Nota: datos provisionales remitidos por las bibliotecas de las CC. AA.",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo familiar"),
    repeats=False,
    day_styles=("excel", "excel", "excel", "excel", "excel", "slash"),
    month_share=0.04,
    quarter_share=0.02,
    country_style={
        "name": 0.62,
        "demonym": 0.15,
        "alias": 0.05,
        "upper": 0.06,
        "typo": 0.04,
    },
    transit_sep=" - ",
    offence_sep=", ",
    direct_words=("Directo", "Sin tránsito"),
    coords="latlon_xlsx",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "Posible trata"),
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menor", "Menores"),
            "adult": ("Adulto", "Adultos"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática"),
            "land": ("Vía terrestre", "A pie", "Camión"),
            "air": ("Avión",),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo",),
            "illicit_goods": ("Tráfico de drogas",),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
        "gender_unknown": {"unknown": ("No consta",)},
    },
    not_applicable="No procede",
    na_words=("No consta",),
    count_words=False,
    count_unknown=("s/d",),
    zero_words=("ninguno",),
    suspects_unknown=("desconocido",),
    thousands=".",
    numbers_as_numbers=True,
    pasted_share=0.06,
)

_PA = Desk(
    source="micultura_casas_cultura_pa",
    filename="micultura_casas_cultura_pa_pz.csv",
    ref="MC-BIB-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de presuntos tratantes/coyotes",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de paso)",
        "destination_country": "Destino final",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar de las casas de la cultura de Darién",
    total="TOTAL",
    bad_count=("varios", "grupo"),
    repeats=False,
    day_styles=("dmy_nopad",),
    month_share=0.05,
    quarter_share=0.0,
    country_style={"upper": 0.55, "name": 0.2, "demonym": 0.15, "no_accent": 0.05, "typo": 0.05},
    transit_sep=" / ",
    offence_sep="; ",
    direct_words=(),
    coords="pair",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Obligado a delinquir",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino", "F"),
            "male": ("Masculino", "M"),
            "mixed": ("Mixto",),
        },
        "age_group": {
            "child": ("NNA", "Menor de edad"),
            "adult": ("Adulto", "Adultos"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("Terrestre", "A pie (selva)", "Caminando"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Documentos falsos",),
            "corruption": ("Soborno",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Drogas",),
            "cybercrime": ("Delito cibernético",),
            "terrorism": ("Terrorismo",),
        },
        "gender_unknown": {"unknown": ("Sin dato",)},
    },
    not_applicable=None,
    na_words=("N/D", "Sin dato"),
    count_words=True,
    count_unknown=("N/D",),
    zero_words=("ninguno", "Ninguno"),
    suspects_unknown=("N/D",),
    thousands=",",
    numbers_as_numbers=False,
)

_BSF = Desk(
    source="bibliotheques_sans_frontieres",
    filename="bibliotheques_sans_frontieres_pz.jsonl",
    ref="BSF-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "numero_fiche",
        "event_date": "date_observation",
        "crime_type": "type_situation",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_auteurs",
        "gender": "sexe",
        "age_group": "age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "transit_countries": "pays_transit",
        "destination_country": "pays_destination",
        "detection_country": "pays_observation",
        "transport_mode": "moyen_transport",
        "coordinates": "geolocalisation",
        "linked_offences": "infractions_liees",
    },
    note=None,
    total="total",
    bad_count=("plusieurs",),
    repeats=True,
    day_styles=("iso",),
    month_share=0.05,
    quarter_share=0.0,
    country_style={"iso3": 0.85, "iso2": 0.15},
    transit_sep=";",
    offence_sep=" ",
    direct_words=(),
    coords="geopoint",
    words={
        "crime_type": {
            "trafficking": ("traite",),
            "smuggling": ("trafic_migrants",),
            "both": ("traite_et_trafic",),
        },
        "exploitation": {
            "sexual": ("exploitation_sexuelle",),
            "forced_labour": ("travail_force",),
            "forced_criminality": ("criminalite_forcee",),
            "organ_removal": ("prelevement_organes",),
            "forced_marriage": ("mariage_force",),
            "other": ("autre",),
        },
        "gender": {"female": ("femme",), "male": ("homme",), "mixed": ("mixte",)},
        "age_group": {"child": ("mineur",), "adult": ("adulte",), "mixed": ("mixte",)},
        "transport_mode": {
            "sea": ("maritime",),
            "land": ("terrestre",),
            "air": ("aerien",),
        },
        "linked_offences": {
            "document_fraud": ("fraude_documentaire",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("produits_illicites",),
            "cybercrime": ("cybercriminalite",),
            "terrorism": ("terrorisme",),
        },
        "gender_unknown": {"unknown": ("ne_sait_pas",)},
    },
    not_applicable=None,
    na_words=("ne_sait_pas",),
    count_words=False,
    count_unknown=(),
    zero_words=(),
    suspects_unknown=("ne_sait_pas",),
    thousands="",
    numbers_as_numbers=False,
    codes_by_row=True,
)

#: The set's five desks, in the order :func:`make_blind440` returns their submissions.
SOURCES: tuple[Desk, ...] = (_UK, _FR, _ES, _PA, _BSF)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _ascii(text: str) -> str:
    """Drop the accents, as a clerk typing on a keyboard without them does."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _fit(text: str, src: Desk) -> str:
    return text if fits(text, src) else _ascii(text)


def _style(src: Desk, rng: _Rng, *, nationality: bool = False) -> str:
    """Draw one of the desk's country styles (a demonym only for a nationality)."""
    styles = dict(src.country_style)
    if not nationality:
        styles.pop("demonym", None)
    keys = list(styles)
    weights = np.array([styles[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=weights / weights.sum()))]


def _country(
    src: Desk,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    nationality: bool = False,
    row_style: str | None = None,
    place: bool = False,
) -> str:
    """Write one ISO alpha-3 country the desk's way (tags say which way, once).

    ``row_style`` is the style of a desk that codes its countries by row; one cell in
    25 is then the country's name typed in the form's "other, specify" box. A ``place``
    (where the people were met) is never given the loose "England" for the whole
    United Kingdom: Glasgow is not in England.
    """
    lang = src.language
    name = _NAMES[code][_LANG[lang]]
    if row_style is None:
        style = _style(src, rng, nationality=nationality)
    else:
        style = "name" if rng.random() < 0.04 else row_style
        if style == "name":
            tags.append("country_typed_name")
    out = name
    if style == "alias" and code in _ALIASES[lang]:
        aliases = [a for a in _ALIASES[lang][code] if not (place and a in _ENGLAND)]
        out = choice(rng, aliases) if aliases else name
    elif style == "demonym" and code in _DEMONYMS[lang]:
        out = choice(rng, _DEMONYMS[lang][code])
        if src.country_style.get("upper", 0) > 0.3:
            out = out.upper()
    elif style == "typo" and code in _TYPOS[lang]:
        out = _TYPOS[lang][code]
    elif style == "upper":
        out = name.upper()
    elif style == "no_accent":
        out = _ascii(name)
    elif style == "iso3":
        out = code
    elif style == "iso2":
        out = iso_codes(code)[0]
    else:
        style = "name"
    if out == name and style not in ("name", "upper"):
        style = "name"
    if style != "name" and f"country_{style}" not in tags:
        tags.append(f"country_{style}")
    return _fit(out, src)


def _word(src: Desk, column: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write a vocabulary value in the desk's words, now and then in other case or spacing."""
    text = choice(rng, src.words[column][value])
    r = rng.random()
    if src.format != "jsonl" and r < 0.03:
        text = text.upper() if rng.random() < 0.5 else text.lower()
        tags.append("case")
    elif src.format != "jsonl" and r < 0.05:
        text = f" {text} " if rng.random() < 0.5 else f"{text} "
        tags.append("spaces")
    return _fit(text, src)


def _day_cell(src: Desk, ts: pd.Timestamp, style: str) -> object:
    if style == "long":
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if style == "slash":
        return ts.strftime("%d/%m/%Y")
    if style == "slash_yy":
        return ts.strftime("%d/%m/%y")
    if style == "excel":
        return ts.to_pydatetime()
    if style == "dmy_nopad":
        return f"{ts.day}/{ts.month}/{ts.year}"
    return ts.strftime("%Y-%m-%d")


def _month_cell(src: Desk, ts: pd.Timestamp) -> str:
    if src.source == _UK.source:
        return f"{MONTHS[ts.month - 1]} {ts.year}"
    if src.source == _FR.source:
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if src.source == _ES.source:
        return f"{ts.month:02d}/{ts.year}"
    if src.source == _PA.source:
        return f"{_MONTHS_ES[ts.month - 1]}-{ts.year}"
    return f"{ts.year}-{ts.month:02d}"


def _quarter_cell(src: Desk, ts: pd.Timestamp) -> str:
    if src.language == "en":
        return f"Q{ts.quarter} {ts.year}"
    return f"T{ts.quarter} {ts.year}"


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    r = rng.random()
    if partial_ok and r < src.month_share:
        tags.append("month_only")
        return _month_cell(src, ts), ts.to_period("M").start_time, "month"
    if partial_ok and r < src.month_share + src.quarter_share:
        tags.append("quarter_only")
        return _quarter_cell(src, ts), ts.to_period("Q").start_time, "quarter"
    style = choice(rng, src.day_styles)
    if style not in ("excel", "iso"):
        tags.append(f"date_{style}")
    return _day_cell(src, ts, style), ts.normalize(), "day"


def _count(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    r = rng.random()
    if src.count_unknown and r < 0.012:
        tags.append("count_placeholder")
        return choice(rng, src.count_unknown), None
    if src.count_words and 2 <= n <= 11 and r < 0.15:
        tags.append("count_word")
        return _NUMBER_WORDS[src.language][n - 2], n
    if src.thousands and n >= 1000:
        if src.numbers_as_numbers and rng.random() < 0.7:
            return n, n
        tags.append("thousands_sep")
        return f"{n:,}".replace(",", src.thousands), n
    return (n if src.numbers_as_numbers else str(n)), n  # JSONL: a form server's strings


def _suspects(
    src: Desk, s: int, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if s == 0 and src.zero_words and r < 0.4:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    if src.suspects_unknown and r > 0.975:
        tags.append("suspects_placeholder")
        return choice(rng, src.suspects_unknown), None
    return (s if src.numbers_as_numbers else str(s)), s


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    if src.coords == "none":
        tags.append("coords_missing")
        return {}, None, None
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    r = rng.random()
    if r < 0.03:
        tags.append("coords_missing")
        return {}, None, None
    if src.coords == "pair":
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"coordinates": "N/D"}, None, None
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src.coords == "geopoint":
        alt = round(float(rng.uniform(0, 40)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        return {"coordinates": f"{lat:.5f} {lon:.5f} {alt} {acc}"}, lat, lon
    if src.coords == "latlon_comma":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    # latlon_xlsx: numbers, or text typed with a decimal comma
    if r < 0.2:
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    row = _style(src, rng) if src.codes_by_row else None
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _count(
        src,
        int(ev["n_persons"]),  # type: ignore[call-overload]
        rng,
        tags,
    )
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.01:
        cells["gender"] = choice(rng, src.words["gender_unknown"]["unknown"])
        exp["gender"] = "unknown"
        tags.extend(["blank_gender", "unknown_word"])
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(nat), rng, tags, nationality=True, row_style=row)
        exp["nationality"] = str(nat)
    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = None if code is None else _country(src, str(code), rng, tags, row_style=row)
        exp[col] = None if code is None else str(code)
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(det), rng, tags, row_style=row, place=True)
        exp["detection_country"] = str(det)

    transit = ev["transit_countries"]
    if transit is None:
        if src.direct_words and rng.random() < 0.4:
            cells["transit_countries"] = choice(rng, src.direct_words)
            tags.append("direct_word")
        else:
            cells["transit_countries"] = None
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        cells["transit_countries"] = src.transit_sep.join(
            _country(src, c, rng, tags, row_style=row) for c in codes
        )
        exp["transit_countries"] = str(transit)
        if len(codes) > 1:
            tags.append("transit_list")

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        names = str(offences).split("|")
        cells["linked_offences"] = src.offence_sep.join(
            _word(src, "linked_offences", o, rng, tags) for o in names
        )
        exp["linked_offences"] = str(offences)

    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(place)
    if src.pasted_share and rng.random() < src.pasted_share:
        # a region's CSV (UTF-8) opened as Windows-1252, then pasted into the sheet
        garbled = {k: mojibake(v) for k, v in cells.items() if isinstance(v, str)}
        hit = {k: v for k, v in garbled.items() if v is not None}
        if hit:
            cells.update(hit)
            tags.append("mojibake")
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no reader can take: blank, impossible (30 February), or 10 years on."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the year keyed one decade on
        style = "excel" if src.format == "xlsx" else choice(rng, src.day_styles)
        if style == "slash_yy":
            style = "slash"
        ahead = ts.replace(day=min(ts.day, 28)) if ts.month == 2 else ts
        return _day_cell(src, ahead.replace(year=ts.year + 10), style)
    year = ts.year
    if src.source == _UK.source:
        return choice(rng, (f"30 February {year}", f"31 June {year}", f"31/04/{year}"))
    if src.source == _FR.source:
        return choice(rng, (f"30/02/{year}", f"31/06/{year}", f"00/{ts.month:02d}/{year}"))
    if src.source == _ES.source:
        return choice(rng, (f"30/02/{year}", f"31/04/{year}"))
    if src.source == _PA.source:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return choice(rng, (f"31/6/{year}", f"{30 if leap else 29}/2/{year}"))
    return f"{year}-02-30"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of a desk's note row: the day of its last row, in its style."""
    return _day_cell(src, last, src.day_styles[0])


#: The variant: five desks, who reports first, who reports again.
BLIND440: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={"GBR": _UK.source, "FRA": _FR.source, "ESP": _ES.source, "PAN": _PA.source},
    compilation=_BSF.source,
    secondary={
        ("channel", "FRA"): _UK.source,  # told at a Kent library after the crossing
        ("channel", "GBR"): _FR.source,  # the centre social had met them in Calais
        ("thb_vnm_gbr", "GBR"): _FR.source,
        ("wmed", "ESP"): _FR.source,
        ("watl", "ESP"): _FR.source,
        ("cmed", "ITA"): _FR.source,  # Roya valley centres, on the way to France
        ("thb_nga_ita", "ITA"): _ES.source,
        ("thb_rou_esp", "ITA"): _ES.source,
        ("darien", "PAN"): _BSF.source,
        ("emed", "GRC"): _UK.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=440,
    blank_share=0.3,
)


def make_blind440(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five library and community-centre desks of ``blind440``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``libraries_connected_safeguarding_pz.csv`` (English, UTF-8 with BOM, ``,``),
        ``fcsf_signalements_pz.csv`` (French, cp1252, ``;``),
        ``ccb_bibliotecas_inclusion_pz.xlsx`` (Spanish),
        ``micultura_casas_cultura_pa_pz.csv`` (Spanish, UTF-16, tab) and
        ``bibliotheques_sans_frontieres_pz.jsonl`` (French keys, ISO codes), each with
        its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind440(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['libraries_connected_safeguarding_pz.csv', 'fcsf_signalements_pz.csv',
     'ccb_bibliotecas_inclusion_pz.xlsx', 'micultura_casas_cultura_pa_pz.csv',
     'bibliotheques_sans_frontieres_pz.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:2].tolist()
    ['N° fiche', 'Date de repérage']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND440, truth, seed=seed)
