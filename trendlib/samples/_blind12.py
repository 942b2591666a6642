"""A twelfth examiner's held-out sample set (variant ``blind12``, files ``*_n.*``).

Written from the examiner's own knowledge of how these agencies write, without looking
at the cleaner's tables. Five sources, none of them used by an earlier sample set:

``fgr_mexico_n.xlsx`` / Fiscalía General de la República (Mexico, UEITMPO)
    Spanish (Mexican legal wording: *tráfico de personas* / *tráfico de indocumentados*
    for smuggling, *trata de personas* for trafficking, *NNA* for children,
    *tractocamión*, *operaciones con recursos de procedencia ilícita*), XLSX. Dates are
    real Excel dates, some typed as text (``15/03/2022``, ``15/MAR/2022``), a few
    partial (``marzo de 2022``, ``primer trimestre de 2022``); counts are numbers, some
    typed with a thousands comma (``1,234``) or as ``S/D``; nationalities as feminine
    demonyms (``hondureña``); latitude and longitude in two numeric columns. Reports
    the events detected in the United States and Panama.
``police_federale_be_n.csv`` / Belgian Federal Police (DJSOC, central THB service)
    Bilingual French/Dutch headers (``Date des faits / Datum feiten``) with French
    values (*trafic d'êtres humains* = smuggling, *traite* / ``TEH`` = trafficking,
    *exploitation économique*, ``MENA``, ``néant``), cp1252, ``;``, dates
    ``dd/mm/yyyy`` or ``dd/mm/yy``, month-only ``03/2022``, counts with a dot
    thousands separator (``1.234``), coordinates in one cell either as decimal commas
    ``51,03440 / 2,37680`` or as degrees-minutes-seconds, some mojibake. Reports the
    events detected in France and the United Kingdom.
``garde_nationale_tn_n.csv`` / Tunisian National Guard (maritime guard, liaison export)
    French (*organisation de franchissement clandestin des frontières*, *traite des
    personnes*, *embarcation métallique*), UTF-8 with BOM, ``,``; dates ``dd/mm/yyyy``,
    some with the time of interception, some written out (``15 mars 2022``), partial
    ``mars 2022`` and ``1er trimestre 2022``; country names often in capitals
    (``GUINÉE-CONAKRY``); latitude and longitude as degrees and decimal minutes with a
    decimal comma (``35°30,215'N``) or decimal degrees with a comma. Reports the events
    detected in Italy.
``hellenic_police_n.csv`` / Hellenic Police HQ (Aliens Division), in English
    English, latin-1, tab-delimited; dates ``dd.mm.yyyy``, ``d/m/yyyy`` or
    ``15-Mar-22``, month-only ``March 2022``; Greek legal references in the offence
    (``L.4251/2014``, ``art. 323A PC``); counts with a thousands comma, ``approx.``,
    ``unknown``; ``UAM`` for children; positions as degrees and decimal minutes
    (``39°06.512'N 26°33.215'E``, sometimes longitude first) or decimal degrees.
    Reports the events detected in Greece, and second reports of the Western Balkans.
``eurojust_casework_n.jsonl`` / Eurojust-style casework extract
    English JSON lines with camelCase keys; ISO dates, month ``2022-03`` and quarter
    ``2022-Q1``; EU convention country codes (``EL`` for Greece, ``UK`` for the United
    Kingdom) beside English names; transit countries and connected crime areas as JSON
    arrays; ``n/k`` for not known. Compiles every other event (Spain, Poland, Croatia)
    and second reports of the Channel, Central and Eastern Mediterranean cases.

Every source writes the bad rows :mod:`trendlib.samples._examiner` plants (no,
impossible or future date, negative or unreadable count) plus a note and a total row;
the Hellenic and Eurojust files re-send some rows as exact repeats.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND12_SOURCES", "Blind12Source", "make_blind12"]

_Rng = np.random.Generator
_Opts = tuple[str, ...]


@dataclass(frozen=True)
class Blind12Source(ExaminerSource):
    """A ``blind12`` source: the shared fields plus the key of its wording.

    Attributes
    ----------
    style : str
        Key of the source's wording and cell styles: ``"mx"`` (FGR Mexico), ``"be"``
        (Belgian Federal Police), ``"tn"`` (Tunisian National Guard), ``"gr"``
        (Hellenic Police) or ``"ej"`` (Eurojust-style extract).
    """

    style: str = "ej"


# --------------------------------------------------------------------------------------
# Countries, as each language writes them (first = the usual form)
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, _Opts] = {
    "AFG": ("Afghanistan", "Afganistan"),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina", "BiH"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("Gambia", "The Gambia"),
    "GRC": ("Greece", "Hellas"),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran", "Iran (Islamic Rep.)"),
    "IRQ": ("Iraq",),
    "ITA": ("Italy",),
    "LBY": ("Libya",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MKD": ("North Macedonia", "N. Macedonia"),
    "MLI": ("Mali",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Poland",),
    "ROU": ("Romania",),
    "RUS": ("Russia", "Russian Federation"),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Türkiye", "Turkey"),
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYMS: dict[str, _Opts] = {
    "AFG": ("Afghan", "Afghani"),
    "ALB": ("Albanian",),
    "BGD": ("Bangladeshi",),
    "CHN": ("Chinese",),
    "CIV": ("Ivorian",),
    "CMR": ("Cameroonian",),
    "COL": ("Colombian",),
    "DZA": ("Algerian",),
    "ECU": ("Ecuadorian",),
    "EGY": ("Egyptian",),
    "ERI": ("Eritrean",),
    "GIN": ("Guinean",),
    "GMB": ("Gambian",),
    "GTM": ("Guatemalan",),
    "HND": ("Honduran",),
    "HTI": ("Haitian",),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi",),
    "MAR": ("Moroccan",),
    "MEX": ("Mexican",),
    "MLI": ("Malian",),
    "NGA": ("Nigerian",),
    "PAK": ("Pakistani",),
    "ROU": ("Romanian",),
    "SEN": ("Senegalese",),
    "SYR": ("Syrian",),
    "TUN": ("Tunisian",),
    "TUR": ("Turkish",),
    "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",),
}
_FR_NAMES: dict[str, _Opts] = {
    "AFG": ("Afghanistan", "Afganistan"),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine", "Bosnie"),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DEU": ("Allemagne",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur", "Equateur"),
    "EGY": ("Égypte", "Egypte"),
    "ERI": ("Érythrée", "Erythrée"),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne", "Angleterre"),
    "GIN": ("Guinée", "Guinée-Conakry", "Guinée Conakry"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti", "Haiti"),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak", "Iraq"),
    "ITA": ("Italie",),
    "LBY": ("Libye",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MKD": ("Macédoine du Nord", "Macédoine"),
    "MLI": ("Mali",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "NGA": ("Nigéria", "Nigeria"),
    "PAK": ("Pakistan",),
    "PAN": ("Panama",),
    "POL": ("Pologne",),
    "ROU": ("Roumanie",),
    "RUS": ("Russie", "Fédération de Russie"),
    "SEN": ("Sénégal", "Senegal"),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "Etats-Unis"),
    "VEN": ("Venezuela", "Vénézuela"),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
_FR_DEMONYMS: dict[str, _Opts] = {
    "AFG": ("afghane",),
    "ALB": ("albanaise",),
    "BGD": ("bangladaise", "bangladeshi"),
    "CHN": ("chinoise",),
    "CIV": ("ivoirienne",),
    "CMR": ("camerounaise",),
    "COL": ("colombienne",),
    "DZA": ("algérienne",),
    "ECU": ("équatorienne",),
    "EGY": ("égyptienne",),
    "ERI": ("érythréenne", "érythréene"),
    "GIN": ("guinéenne",),
    "GMB": ("gambienne",),
    "GTM": ("guatémaltèque",),
    "HND": ("hondurienne",),
    "HTI": ("haïtienne",),
    "IRN": ("iranienne",),
    "IRQ": ("irakienne",),
    "MAR": ("marocaine",),
    "MEX": ("mexicaine",),
    "MLI": ("malienne",),
    "NGA": ("nigériane",),
    "PAK": ("pakistanaise",),
    "ROU": ("roumaine",),
    "SEN": ("sénégalaise",),
    "SYR": ("syrienne",),
    "TUN": ("tunisienne",),
    "TUR": ("turque",),
    "VEN": ("vénézuélienne",),
    "VNM": ("vietnamienne",),
    "YEM": ("yéménite",),
}
_ES_NAMES: dict[str, _Opts] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "BLR": ("Bielorrusia",),
    "CHN": ("China", "Rep. Popular China"),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DEU": ("Alemania",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GIN": ("Guinea", "Guinea Conakri"),
    "GMB": ("Gambia",),
    "GRC": ("Grecia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras", "Hondura"),
    "HRV": ("Croacia",),
    "HTI": ("Haití", "Haiti"),
    "HUN": ("Hungría",),
    "IRN": ("Irán",),
    "IRQ": ("Irak",),
    "ITA": ("Italia",),
    "LBY": ("Libia",),
    "MAR": ("Marruecos",),
    "MEX": ("México", "Mexico"),
    "MKD": ("Macedonia del Norte",),
    "MLI": ("Malí",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá", "Panama"),
    "POL": ("Polonia",),
    "ROU": ("Rumania", "Rumanía"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EUA", "EE. UU.", "Estados Unidos de América"),
    "VEN": ("Venezuela", "Rep. Bolivariana de Venezuela"),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEMONYMS: dict[str, _Opts] = {
    "AFG": ("afgana",),
    "ALB": ("albanesa",),
    "BGD": ("bangladesí",),
    "CHN": ("china",),
    "CIV": ("marfileña",),
    "CMR": ("camerunesa",),
    "COL": ("colombiana", "colombiano"),
    "DZA": ("argelina",),
    "ECU": ("ecuatoriana", "ecuatoriano"),
    "EGY": ("egipcia",),
    "ERI": ("eritrea",),
    "GIN": ("guineana",),
    "GMB": ("gambiana",),
    "GTM": ("guatemalteca", "guatemalteco"),
    "HND": ("hondureña", "hondureño", "hondurena"),
    "HTI": ("haitiana", "haitiano"),
    "IRN": ("iraní",),
    "IRQ": ("iraquí",),
    "MAR": ("marroquí",),
    "MEX": ("mexicana", "mexicano"),
    "MLI": ("maliense",),
    "NGA": ("nigeriana",),
    "PAK": ("pakistaní",),
    "ROU": ("rumana",),
    "SEN": ("senegalesa",),
    "SYR": ("siria",),
    "TUN": ("tunecina",),
    "TUR": ("turca",),
    "VEN": ("venezolana", "venezolano"),
    "VNM": ("vietnamita",),
    "YEM": ("yemení",),
}
#: ISO alpha-2 codes as EU bodies write them (Greece ``EL``, United Kingdom ``UK``).
_EU_CODES = {"GRC": "EL", "GBR": "UK"}


# --------------------------------------------------------------------------------------
# Wording of each source
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one source writes the vocabulary fields (first option = the usual word)."""

    names: dict[str, _Opts]
    demonyms: dict[str, _Opts]
    crime: dict[str, _Opts]
    exploitation: dict[str, _Opts]
    no_exploitation: _Opts
    gender: dict[str, _Opts]
    age: dict[str, _Opts]
    mode: dict[str, dict[str, _Opts]]  # mode -> corridor (or "") -> words
    na_word: _Opts
    offences: dict[str, _Opts]
    no_offence: _Opts
    no_transit: _Opts
    zero_word: _Opts
    count_placeholder: _Opts
    suspects_placeholder: _Opts
    coords_placeholder: _Opts


_MX = _Wording(
    names=_ES_NAMES,
    demonyms=_ES_DEMONYMS,
    crime={
        "smuggling": (
            "Tráfico de personas",
            "Tráfico de indocumentados",
            "Tráfico de personas (art. 159 LM)",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de personas", "Trata de personas (LGPSEDMTP)", "TRATA DE PERSONAS"),
        "both": (
            "Trata de personas y tráfico de indocumentados",
            "Trata y tráfico de personas",
        ),
    },
    exploitation={
        "sexual": (
            "Explotación sexual",
            "Prostitución ajena u otras formas de explotación sexual",
        ),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Utilización de personas en actividades delictivas",),
        "organ_removal": ("Tráfico de órganos, tejidos y células",),
        "forced_marriage": ("Matrimonio forzoso o servil",),
        "other": ("Otra modalidad", "Otras"),
    },
    no_exploitation=("", "", "No aplica"),
    gender={
        "male": ("Hombre", "Hombres", "H"),
        "female": ("Mujer", "Mujeres"),
        "mixed": ("Ambos", "Hombres y mujeres", "Mixto"),
    },
    age={
        "adult": ("Mayor de edad", "Adultos"),
        "child": ("Menor de edad", "NNA", "Menores"),
        "mixed": ("Adultos y NNA", "Mixto (mayores y menores)"),
    },
    mode={
        "land": {
            "": ("Terrestre",),
            "us_mex": ("Terrestre", "Tractocamión", "Vehículo particular", "A pie"),
            "darien": ("Terrestre", "A pie", "A pie (selva)"),
        },
        "sea": {"": ("Marítimo", "Embarcación", "Lancha")},
        "air": {"": ("Aéreo", "Vía aérea")},
    },
    na_word=("S/D", "Sin dato"),
    offences={
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho",),
        "money_laundering": (
            "Operaciones con recursos de procedencia ilícita",
            "Lavado de dinero",
        ),
        "illicit_goods": ("Contrabando", "Tráfico de armas"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    no_offence=("", "", "Ninguno"),
    no_transit=("", "Ninguno"),
    zero_word=("Ninguno", "0"),
    count_placeholder=("S/D", "Se desconoce"),
    suspects_placeholder=("S/D", "Se desconoce"),
    coords_placeholder=(),
)

_BE = _Wording(
    names=_FR_NAMES,
    demonyms=_FR_DEMONYMS,
    crime={
        "smuggling": (
            "Trafic d'êtres humains",
            "Trafic des êtres humains (art. 77bis)",
            "trafic d'EH",
        ),
        "trafficking": (
            "Traite des êtres humains",
            "TEH",
            "Traite des êtres humains (art. 433quinquies)",
        ),
        "both": ("Traite et trafic d'êtres humains", "TEH + trafic d'êtres humains"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "exploitation de la prostitution"),
        "forced_labour": ("exploitation économique", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("", "", "/"),
    gender={
        "male": ("masculin", "H", "hommes"),
        "female": ("féminin", "F", "femmes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "adult": ("majeur", "majeurs"),
        "child": ("mineur", "MENA", "mineurs"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": {"": ("small boat", "embarcation pneumatique", "voie maritime", "bateau")},
        "land": {"": ("camion", "poids lourd", "voiture", "voie terrestre")},
        "air": {"": ("avion", "voie aérienne")},
    },
    na_word=("non renseigné",),
    offences={
        "document_fraud": ("faux et usage de faux", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
        "cybercrime": ("criminalité informatique",),
        "terrorism": ("terrorisme",),
    },
    no_offence=("", "", "néant"),
    no_transit=("", "néant"),
    zero_word=("néant", "0"),
    count_placeholder=("inconnu", "non communiqué"),
    suspects_placeholder=("inconnu",),
    coords_placeholder=("non localisé",),
)

_TN = _Wording(
    names=_FR_NAMES,
    demonyms=_FR_DEMONYMS,
    crime={
        "smuggling": (
            "Organisation de franchissement clandestin des frontières",
            "Trafic illicite de migrants",
            "Aide à l'émigration clandestine",
        ),
        "trafficking": ("Traite des personnes", "Traite des êtres humains"),
        "both": ("Traite des personnes et trafic de migrants",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail ou services forcés", "travail forcé"),
        "forced_criminality": ("exploitation dans des activités criminelles",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    no_exploitation=("", "-"),
    gender={
        "male": ("hommes", "masculin"),
        "female": ("femmes", "féminin"),
        "mixed": ("hommes et femmes", "mixte"),
    },
    age={
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "enfants"),
        "mixed": ("adultes et mineurs", "mixte"),
    },
    mode={
        "sea": {"": ("embarcation", "embarcation métallique", "barque", "voie maritime")},
        "land": {"": ("voie terrestre", "véhicule")},
        "air": {"": ("voie aérienne", "avion")},
    },
    na_word=("non précisé",),
    offences={
        "document_fraud": ("falsification de documents",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    no_offence=("", "néant"),
    no_transit=("", "néant", "départ direct"),
    zero_word=("aucun", "néant", "0"),
    count_placeholder=("non déterminé", "inconnu"),
    suspects_placeholder=("indéterminé",),
    coords_placeholder=(),
)

_GR = _Wording(
    names=_EN_NAMES,
    demonyms=_EN_DEMONYMS,
    crime={
        "smuggling": (
            "Migrant smuggling",
            "Smuggling of migrants (L.4251/2014 art.29)",
            "Facilitation of illegal entry",
        ),
        "trafficking": ("Human trafficking", "Trafficking in human beings (art. 323A PC)"),
        "both": ("Smuggling & trafficking", "THB / migrant smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Exploitation in criminal activities", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("", "N/A"),
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "UAM", "Minors"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    mode={
        "sea": {"": ("By sea", "Sea (rubber dinghy)", "Speedboat")},
        "land": {"": ("Land border", "On foot", "By land (truck)")},
        "air": {"": ("Air", "Flight")},
    },
    na_word=("not recorded",),
    offences={
        "document_fraud": ("Document fraud", "Forged documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Smuggling of goods"),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    no_offence=("", "none"),
    no_transit=("", "none", "direct"),
    zero_word=("nil", "none", "0"),
    count_placeholder=("unknown", "not known"),
    suspects_placeholder=("unknown",),
    coords_placeholder=("not recorded",),
)

_EJ = _Wording(
    names=_EN_NAMES,
    demonyms=_EN_DEMONYMS,
    crime={
        "smuggling": ("Migrant smuggling",),
        "trafficking": ("Trafficking in human beings", "THB"),
        "both": ("Trafficking in human beings; Migrant smuggling", "THB + migrant smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation",),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Removal of organs",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other forms of exploitation",),
    },
    no_exploitation=("",),
    gender={
        "male": ("male",),
        "female": ("female",),
        "mixed": ("both", "male and female"),
    },
    age={
        "adult": ("adult",),
        "child": ("minor",),
        "mixed": ("adults and minors",),
    },
    mode={
        "sea": {"": ("Sea route", "sea")},
        "land": {"": ("Land route", "land")},
        "air": {"": ("Air route", "air")},
    },
    na_word=("n/a",),
    offences={
        "document_fraud": ("Forgery of administrative documents",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit trafficking in goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    no_offence=("",),
    no_transit=("",),
    zero_word=("none",),
    count_placeholder=("n/k",),
    suspects_placeholder=("n/k",),
    coords_placeholder=(),
)

_WORDING: dict[str, _Wording] = {"mx": _MX, "be": _BE, "tn": _TN, "gr": _GR, "ej": _EJ}

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
_ES_MON = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
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
_ES_QUARTERS = ("primer", "segundo", "tercer", "cuarto")
_FR_QUARTERS = ("1er", "2e", "3e", "4e")

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_FGR = Blind12Source(
    source="fgr_mexico_n",
    filename="fgr_mexico_n.xlsx",
    ref="FED/FEMDH/UEITMPO/{seq:07d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Carpeta de investigación",
        "event_date": "Fecha de los hechos",
        "detection_country": "País de los hechos",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Núm. de víctimas / personas migrantes",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a validación por la Unidad de Análisis",
    total="Total general",
    bad_count=("#¡REF!", "ver anexo", "#¡VALOR!"),
    repeats=False,
    style="mx",
)
_BELGIUM = Blind12Source(
    source="police_federale_be_n",
    filename="police_federale_be_n.csv",
    ref="BG.55.L7.{seq:06d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV / PV-nummer",
        "event_date": "Date des faits / Datum feiten",
        "crime_type": "Qualification / Kwalificatie",
        "exploitation": "Forme d'exploitation / Uitbuitingsvorm",
        "n_persons": "Nombre de personnes / Aantal personen",
        "n_suspects": "Nombre d'auteurs / Aantal daders",
        "gender": "Sexe / Geslacht",
        "age_group": "Majeur-Mineur / Meerderjarig-Minderjarig",
        "nationality": "Nationalité / Nationaliteit",
        "origin_country": "Pays d'origine / Land van herkomst",
        "transit_countries": "Pays de transit / Transitlanden",
        "destination_country": "Pays de destination / Land van bestemming",
        "detection_country": "Pays des faits / Land van de feiten",
        "transport_mode": "Moyen de transport / Vervoermiddel",
        "coordinates": "Coordonnées GPS / GPS-coördinaten",
        "linked_offences": "Infractions connexes / Samenhangende misdrijven",
    },
    note="Données provisoires - extraction BNG / Voorlopige cijfers - extractie ANG",
    total="TOTAL / TOTAAL",
    bad_count=("voir PV", "cf. annexe", "#REF!"),
    repeats=False,
    style="be",
)
_TUNISIA = Blind12Source(
    source="garde_nationale_tn_n",
    filename="garde_nationale_tn_n.csv",
    ref="GN-DGGC/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="fr",
    headers={
        "source_ref": "Réf. procès-verbal",
        "event_date": "Date de l'interception",
        "crime_type": "Nature de l'affaire",
        "exploitation": "Type d'exploitation",
        "nationality": "Nationalité",
        "n_persons": "Nbre de migrants/victimes",
        "n_suspects": "Nbre de passeurs/suspects",
        "gender": "Sexe",
        "age_group": "Catégorie d'âge",
        "origin_country": "Pays d'origine",
        "transit_countries": "Itinéraire (pays de transit)",
        "destination_country": "Destination",
        "detection_country": "Pays de détection",
        "transport_mode": "Moyen",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions liées",
    },
    note="N.B. : données arrêtées à la date d'extraction, sous réserve de mise à jour",
    total="Total général",
    bad_count=("voir rapport", "#VALEUR!"),
    repeats=False,
    style="tn",
)
_HELLENIC = Blind12Source(
    source="hellenic_police_n",
    filename="hellenic_police_n.csv",
    ref="DAA-{seq:05d}/{yy:02d}",
    format="csv",
    encoding="latin-1",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of arrest/detection",
        "detection_country": "Country of detection",
        "crime_type": "Offence",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons (migrants/victims)",
        "n_suspects": "Arrested perpetrators",
        "nationality": "Citizenship",
        "gender": "Gender",
        "age_group": "Adult/Minor",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Final destination",
        "transport_mode": "Means of entry",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Related offences",
    },
    note="Provisional data - subject to revision (Hellenic Police HQ, Aliens Division)",
    total="Grand Total",
    bad_count=("see att. report", "#REF!"),
    repeats=True,
    style="gr",
)
_EUROJUST = Blind12Source(
    source="eurojust_casework_n",
    filename="eurojust_casework_n.jsonl",
    ref="EJ-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseId",
        "event_date": "dateOfFacts",
        "crime_type": "crimeArea",
        "exploitation": "exploitationType",
        "n_persons": "numberOfVictimsOrMigrants",
        "n_suspects": "numberOfSuspects",
        "gender": "victimSex",
        "age_group": "victimAgeCategory",
        "nationality": "victimNationality",
        "origin_country": "countryOfOrigin",
        "transit_countries": "transitCountries",
        "destination_country": "countryOfDestination",
        "detection_country": "countryOfDetection",
        "transport_mode": "modusOperandiTransport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "connectedCrimeAreas",
    },
    note="Extract for strategic analysis only - figures not validated by National Desks",
    total="TOTAL",
    bad_count=("see case file", "tbc"),
    repeats=True,
    style="ej",
)

#: The five sources of ``blind12``, in the order the submissions are returned.
BLIND12_SOURCES: tuple[Blind12Source, ...] = (_FGR, _BELGIUM, _TUNISIA, _HELLENIC, _EUROJUST)

_PRIMARY = {
    "USA": _FGR.source,
    "PAN": _FGR.source,
    "FRA": _BELGIUM.source,
    "GBR": _BELGIUM.source,
    "ITA": _TUNISIA.source,
    "GRC": _HELLENIC.source,
}
_SECONDARY = {
    ("channel", "FRA"): _EUROJUST.source,
    ("channel", "GBR"): _EUROJUST.source,
    ("thb_vnm_gbr", "GBR"): _EUROJUST.source,
    ("cmed", "ITA"): _EUROJUST.source,
    ("thb_nga_ita", "ITA"): _EUROJUST.source,
    ("emed", "GRC"): _EUROJUST.source,
    ("wbal", "HRV"): _HELLENIC.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, src: Blind12Source, options: _Opts, usual: float = 0.75) -> str:
    """Draw the usual (first) option with probability ``usual``, else any that fits."""
    ok = tuple(o for o in options if fits(o, src)) or (options[0],)
    if len(ok) == 1 or rng.random() < usual:
        return ok[0]
    return choice(rng, ok)


def _blank(text: str) -> str | None:
    return text or None


def _country(
    rng: _Rng, src: Blind12Source, code: str, tags: list[str], *, people: bool = False
) -> object:
    """Write one country cell (a nationality when ``people``) as the source does."""
    words = _WORDING[src.style]
    names = words.names.get(code, (code,))
    demonyms = words.demonyms.get(code, names)
    r = rng.random()
    if src.style == "ej":
        if r < 0.45 or (code in _EU_CODES and r < 0.85):
            tags.append("iso2")
            return _EU_CODES.get(code) or iso_codes(code)[0]
        return _pick(rng, src, demonyms if people and r < 0.6 else names)
    if people:
        if src.style == "gr" and r < 0.08:
            tags.append("iso3")
            return code
        if src.style == "be" and r < 0.05:
            tags.append("iso3")
            return code
        text = _pick(rng, src, demonyms if r < 0.65 else names)
    else:
        if src.style == "be" and code in ("FRA", "GBR") and r < 0.1:
            tags.append("iso2")
            return iso_codes(code)[0]
        text = _pick(rng, src, names)
    if src.style == "tn" and rng.random() < 0.35:
        text = text.upper()
        tags.append("upper")
    elif src.style == "mx" and people and rng.random() < 0.15:
        text = text.upper()
        tags.append("upper")
    if src.style in ("be", "tn") and rng.random() < 0.06:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return text


def _date(
    src: Blind12Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event date."""
    r = rng.random()
    month = ts.month - 1
    quarter = (ts.month - 1) // 3
    share = 0.03 if src.style == "be" else 0.045  # the Belgian file has no quarters
    if partial_ok and r < share:
        if src.style in ("mx", "tn", "ej") and r < 0.018:
            tags.append("partial_quarter")
            cell = {
                "mx": f"{_ES_QUARTERS[quarter]} trimestre de {ts.year}",
                "tn": f"{_FR_QUARTERS[quarter]} trimestre {ts.year}",
                "ej": f"{ts.year}-Q{quarter + 1}",
            }[src.style]
            return cell, ts.to_period("Q").start_time, "quarter"
        tags.append("partial_month")
        cell = {
            "mx": f"{_ES_MONTHS[month]} de {ts.year}",
            "be": f"{ts.month:02d}/{ts.year}",
            "tn": f"{_FR_MONTHS[month]} {ts.year}",
            "gr": f"{_EN_MONTHS[month]} {ts.year}",
            "ej": f"{ts.year}-{ts.month:02d}",
        }[src.style]
        return cell, ts.to_period("M").start_time, "month"
    day = ts.normalize()
    r = rng.random()
    if src.style == "mx":
        if r < 0.8:
            return dt.datetime(ts.year, ts.month, ts.day), day, "day"
        if r < 0.92:
            tags.append("date_text")
            return ts.strftime("%d/%m/%Y"), day, "day"
        tags.append("date_text_month")
        return f"{ts.day:02d}/{_ES_MON[month]}/{ts.year}", day, "day"
    if src.style == "be":
        if r < 0.72:
            return ts.strftime("%d/%m/%Y"), day, "day"
        if r < 0.9:
            tags.append("two_digit_year")
            return ts.strftime("%d/%m/%y"), day, "day"
        return ts.strftime("%d-%m-%Y"), day, "day"
    if src.style == "tn":
        if r < 0.6:
            return ts.strftime("%d/%m/%Y"), day, "day"
        if r < 0.85:
            tags.append("time_of_day")
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 12)) * 5
            return f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}", day, "day"
        tags.append("date_words")
        return f"{ts.day} {_FR_MONTHS[month]} {ts.year}", day, "day"
    if src.style == "gr":
        if r < 0.6:
            return ts.strftime("%d.%m.%Y"), day, "day"
        if r < 0.85:
            return f"{ts.day}/{ts.month}/{ts.year}", day, "day"
        tags.append("date_mon_abbr")
        return f"{ts.day:02d}-{_EN_MONTHS[month][:3]}-{ts.year % 100:02d}", day, "day"
    if r < 0.88:
        return ts.strftime("%Y-%m-%d"), day, "day"
    tags.append("iso_timestamp")
    return ts.strftime("%Y-%m-%dT00:00:00"), day, "day"


def _bad_date(src: Blind12Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        if src.style == "mx" and rng.random() < 0.5:
            return "Sin fecha"
        return None
    if kind == "bad_date":
        return {
            "mx": f"31/02/{ts.year}",
            "be": f"30/02/{ts.year}",
            "tn": f"31/04/{ts.year}",
            "gr": f"32.{ts.month:02d}.{ts.year}",
            "ej": f"{ts.year}-02-30",
        }[src.style]
    future = ts.replace(year=ts.year + 10)  # a typed year such as 2032 for 2022
    if src.style == "mx":
        return dt.datetime(future.year, future.month, future.day)
    return {
        "be": future.strftime("%d/%m/%Y"),
        "tn": future.strftime("%d/%m/%Y"),
        "gr": future.strftime("%d.%m.%Y"),
        "ej": future.strftime("%Y-%m-%d"),
    }[src.style]


def _note_date(src: Blind12Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the extraction date)."""
    day = last + pd.Timedelta(days=3)
    if src.style == "mx":
        return dt.datetime(day.year, day.month, day.day)
    if src.style == "gr":
        return day.strftime("%d.%m.%Y")
    if src.style == "ej":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _count(src: Blind12Source, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons as the source does."""
    if n >= 1000 and src.style != "ej" and rng.random() < 0.8:
        tags.append("thousands")
        text = {
            "mx": f"{n:,}",
            "be": f"{n:,}".replace(",", choice(rng, (".", " "))),
            "tn": f"{n:,}".replace(",", " "),
            "gr": f"{n:,}",
        }[src.style]
        return text
    if src.style == "gr" and n >= 10 and rng.random() < 0.02:
        tags.append("approx_count")
        return f"approx. {n}"
    return n if src.format != "csv" else str(n)


def _suspects(
    src: Blind12Source, n: int, rng: _Rng, tags: list[str], words: _Wording
) -> tuple[object, int | None]:
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return _pick(rng, src, words.suspects_placeholder), None
    if n == 0 and rng.random() < 0.35:
        word = _pick(rng, src, words.zero_word, usual=0.8)
        if word != "0":
            tags.append("zero_word")
            return word, 0
    return (n if src.format != "csv" else str(n)), n


def _ddm(x: float, pos: str, neg: str, comma: bool) -> tuple[str, float]:
    """Degrees and decimal minutes (``39°06.512'N``) and the value it stands for."""
    total = round(abs(x) * 60000)  # thousandths of a minute
    deg, rem = divmod(total, 60000)
    minutes = rem / 1000
    text = f"{deg}°{minutes:06.3f}'{pos if x >= 0 else neg}"
    value = (deg + minutes / 60) * (1 if x >= 0 else -1)
    return (text.replace(".", ",") if comma else text), value


def _dms(x: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (``51°02'03.8"N``) and the value it stands for."""
    total = round(abs(x) * 36000)  # tenths of a second
    deg, rem = divmod(total, 36000)
    minutes, tenths = divmod(rem, 600)
    text = f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{pos if x >= 0 else neg}"
    value = (deg + minutes / 60 + tenths / 36000) * (1 if x >= 0 else -1)
    return text, value


def _comma(x: float) -> str:
    return f"{x:.5f}".replace(".", ",")


def _coords(
    src: Blind12Source, lat: float, lon: float, rng: _Rng, tags: list[str], words: _Wording
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the coordinate cells and the expected (lat, lon)."""
    r = rng.random()
    missing = r < 0.05
    if missing:
        if words.coords_placeholder and r < 0.02:
            tags.append("coords_placeholder")
            text = _pick(rng, src, words.coords_placeholder)
            if "coordinates" in src.headers:
                return {"coordinates": text}, None, None
            return {"lat": text, "lon": text}, None, None
        tags.append("coords_missing")
        return {}, None, None
    r = rng.random()
    if src.style in ("mx", "ej"):
        return {"lat": float(lat), "lon": float(lon)}, lat, lon
    if src.style == "be":
        if r < 0.72:
            return {"coordinates": f"{_comma(lat)} / {_comma(lon)}"}, lat, lon
        tags.append("dms")
        la, la_v = _dms(lat, "N", "S")
        lo, lo_v = _dms(lon, "E", "W")
        return {"coordinates": f"{la} {lo}"}, la_v, lo_v
    if src.style == "tn":
        if r < 0.65:
            tags.append("ddm")
            la, la_v = _ddm(lat, "N", "S", comma=True)
            lo, lo_v = _ddm(lon, "E", "W", comma=True)
            return {"lat": la, "lon": lo}, la_v, lo_v
        tags.append("decimal_comma")
        return {"lat": _comma(lat), "lon": _comma(lon)}, lat, lon
    # Hellenic Police: one position cell
    if r < 0.6:
        tags.append("ddm")
        la, la_v = _ddm(lat, "N", "S", comma=False)
        lo, lo_v = _ddm(lon, "E", "W", comma=False)
        if rng.random() < 0.12:
            tags.append("lon_first")
            return {"coordinates": f"{lo} {la}"}, la_v, lo_v
        return {"coordinates": f"{la} {lo}"}, la_v, lo_v
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon


def _transit(
    src: Blind12Source, value: str | None, rng: _Rng, tags: list[str], words: _Wording
) -> object:
    if value is None:
        if src.style == "ej":
            return [] if rng.random() < 0.5 else None
        return _blank(_pick(rng, src, words.no_transit, usual=0.6))
    codes = value.split("|")
    if src.style == "ej":
        tags.append("json_list")
        return [
            str(_EU_CODES.get(c) or iso_codes(c)[0]) if rng.random() < 0.5 else words.names[c][0]
            for c in codes
        ]
    names = [str(_country(rng, src, c, tags)) for c in codes]
    if src.style == "mx":
        if len(names) > 1 and rng.random() < 0.35:
            return ", ".join(names[:-1]) + " y " + names[-1]
        return ", ".join(names)
    sep = {"be": " - ", "tn": " / ", "gr": ", "}[src.style]
    return sep.join(names)


def _offences(
    src: Blind12Source, value: str | None, rng: _Rng, words: _Wording
) -> tuple[object, str | None]:
    if value is None:
        if src.style == "ej":
            return ([] if rng.random() < 0.5 else None), None
        return _blank(_pick(rng, src, words.no_offence, usual=0.5)), None
    parts = [_pick(rng, src, words.offences[o]) for o in value.split("|")]
    if src.style == "ej":
        return parts, value
    sep = {"mx": "; ", "be": ", ", "tn": " ; ", "gr": "; "}[src.style]
    return sep.join(parts), value


def _render(
    src: Blind12Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    words = _WORDING[src.style]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = _pick(rng, src, words.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _blank(_pick(rng, src, words.no_exploitation, usual=0.6))
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _pick(rng, src, words.exploitation[str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    # A count written as "not known" keeps the record; planted only on rows of a
    # duplicated event, which the shared machinery never turns into a bad row.
    if not partial_ok and rng.random() < 0.12:
        tags.append("count_placeholder")
        cells["n_persons"] = _pick(rng, src, words.count_placeholder)
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, k, rng, tags, words)

    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"] = _pick(rng, src, words.gender[str(ev["gender"])], usual=0.6)
        exp["gender"] = ev["gender"]
    age, mode = str(ev["age_group"]), str(ev["transport_mode"])
    by_corridor = words.mode[mode]  # some transport words belong to one corridor
    for col, value, options in (
        ("age_group", age, words.age[age]),
        ("transport_mode", mode, by_corridor.get(str(ev["corridor"]), by_corridor[""])),
    ):
        if rng.random() < 0.015:
            tags.append("na_word")
            cells[col] = _pick(rng, src, words.na_word)
            exp[col] = "unknown"
        else:
            cells[col] = _pick(rng, src, options, usual=0.55)
            exp[col] = value

    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    else:
        cells["nationality"] = _country(rng, src, str(ev["nationality"]), tags, people=True)
        exp["nationality"] = ev["nationality"]
    for col in ("origin_country", "destination_country"):
        cells[col] = _country(rng, src, str(ev[col]), tags)
        exp[col] = ev[col]
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(rng, src, str(ev["detection_country"]), tags)
        exp["detection_country"] = ev["detection_country"]
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(
        src, None if transit is None else str(transit), rng, tags, words
    )
    exp["transit_countries"] = transit

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        coord_cells, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags, words)
        cells.update(coord_cells)
    offences = ev["linked_offences"]
    cells["linked_offences"], exp["linked_offences"] = _offences(
        src, None if offences is None else str(offences), rng, words
    )
    return cells, exp, tags


_EXAMINER: Examiner[Blind12Source] = Examiner(
    sources=BLIND12_SOURCES,
    primary=_PRIMARY,
    compilation=_EUROJUST.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1212,
    blank_share=0.35,
)


def make_blind12(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind12`` submissions (files ``*_n.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``fgr_mexico_n.xlsx``, ``police_federale_be_n.csv``,
        ``garde_nationale_tn_n.csv``, ``hellenic_police_n.csv`` and
        ``eurojust_casework_n.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind12(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fgr_mexico_n.xlsx', 'police_federale_be_n.csv', 'garde_nationale_tn_n.csv',
     'hellenic_police_n.csv', 'eurojust_casework_n.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
