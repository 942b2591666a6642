"""Examiner variant ``blind233`` (files ``*_ia.*``): anti-corruption and oversight bodies.

Five bodies that investigate officials bribed by smugglers and traffickers send the cases
they opened, each in its own tool and words:

``fiscalia_anticorrupcion_ia.xlsx``
    Spain's Fiscalía contra la Corrupción y la Criminalidad Organizada: an Excel register
    of its *diligencias*, in Spanish; real Excel dates beside typed ``17/05/2023`` texts,
    bare serial numbers and ``05/2023`` months; offences by Penal Code article
    (``art. 318 bis CP``, ``art. 177 bis CP``); nationalities as demonyms
    (``marroquí``); ``No consta`` for what the file does not record; coordinates as
    numbers, some typed as text with a decimal comma. First report of events in Spain.
``igpn_ia.csv``
    France's Inspection générale de la Police nationale: its case tool's export, cp1252,
    ``;``, CRLF; French words (``aide à l'entrée et au séjour irréguliers``, ``small
    boat``, ``néant``), day-first dates with some ``mai 2023`` and ``T2 2023``; decimal
    commas; some names pasted from a UTF-8 mail (``Ã‰rythrÃ©e``); the extraction is sent
    twice in part (exact repeats). First report of events in France.
``iopc_ia.csv``
    The UK's Independent Office for Police Conduct: UTF-8 with BOM, ``,``; British English
    (``Facilitation (s.25 IA 1971)``, ``Modern slavery (MSA 2015)``, ``TBC``); dates
    ``17 May 2023``, ``17/05/2023`` or ``17-May-2023``; ``1,250``; small counts in words;
    one ``lat, long`` cell. First report of events in the United Kingdom.
``antai_ia.csv``
    Panama's Autoridad Nacional de Transparencia y Acceso a la Información: an Excel
    "Unicode text" export (UTF-16 with BOM, tab-separated); Spanish of Panama (``NNA``,
    ``EE.UU.``, ``1,250`` with a comma for thousands); dates ``17/5/2023``; GPS positions
    in degrees, minutes and seconds. First report of events in Panama.
``globe_network_ia.jsonl``
    The GlobE Network secretariat (UNODC's network of anti-corruption law-enforcement
    authorities), compiling its members' notifications: JSON lines, English, UN country
    names (``Iran (Islamic Republic of)``), ISO alpha-3 and M49 numeric codes, ISO dates
    with some ``2023-05`` months and ``Q2 2023`` quarters, ``0, 0`` for a position not
    given. First report of every other event (Italy, Greece, Croatia, Poland, the US).

Every cell is one a careful analyst reads without doubt; what cannot be read is planted as
a bad row (quarantined) or as a blank/unknown, and the truth says so.
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["SOURCES", "make_blind233"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")  # day 0 of Excel's serial dates

# --------------------------------------------------------------------------------------
# Country wording: iso3 -> (English, French, Spanish, UN official English)
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
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil", "Côte d'Ivoire"),
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
    "GMB": ("The Gambia", "Gambie", "Gambia", "Gambia"),
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
_EN, _FR, _ES, _UN = 0, 1, 2, 3

# Demonyms as each agency writes a nationality (a person's, so the singular).
_DEMONYMS_ES = {
    "MAR": "marroquí",
    "DZA": "argelino",
    "SEN": "senegalés",
    "MLI": "maliense",
    "GIN": "guineano",
    "GMB": "gambiano",
    "CIV": "marfileño",
    "ROU": "rumano",
    "NGA": "nigeriano",
    "SYR": "sirio",
    "AFG": "afgano",
    "PAK": "pakistaní",
    "TUR": "turco",
    "IRQ": "iraquí",
    "IRN": "iraní",
    "ALB": "albanés",
    "ERI": "eritreo",
    "VNM": "vietnamita",
    "TUN": "tunecino",
    "EGY": "egipcio",
    "BGD": "bangladesí",
    "VEN": "venezolano",
    "ECU": "ecuatoriano",
    "HTI": "haitiano",
    "COL": "colombiano",
    "CHN": "chino",
    "MEX": "mexicano",
    "GTM": "guatemalteco",
    "HND": "hondureño",
}
_DEMONYMS_FR = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "MAR": "marocaine",
    "DZA": "algérienne",
    "TUN": "tunisienne",
    "SEN": "sénégalaise",
    "GIN": "guinéenne",
    "CIV": "ivoirienne",
    "MLI": "malienne",
    "ROU": "roumaine",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "EGY": "égyptienne",
}
_DEMONYMS_EN = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
    "ROU": "Romanian",
    "NGA": "Nigerian",
    "MAR": "Moroccan",
    "DZA": "Algerian",
    "SEN": "Senegalese",
    "PAK": "Pakistani",
}
# Slips of the keyboard, one per country an agency often types (never another country).
_TYPOS_ES = {
    "MAR": "Marrucos",
    "DZA": "Argeria",
    "SEN": "Senega",
    "GIN": "Guinae",
    "ROU": "Rumnía",
    "VEN": "Venezeula",
    "HTI": "Hatí",
    "ECU": "Ecudor",
    "COL": "Colonbia",
    "MRT": "Mauritaina",
}
_TYPOS_FR = {
    "AFG": "Afganistan",
    "IRQ": "Irack",
    "ERI": "Erythré",
    "ALB": "Albannie",
    "SYR": "Syire",
    "FRA": "Frnace",
    "DEU": "Allemagn",
}
_TYPOS_EN = {
    "AFG": "Afganistan",
    "IRN": "Irann",
    "ALB": "Albainia",
    "ERI": "Eritria",
    "VNM": "Veitnam",
    "SYR": "Syira",
    "GBR": "United Kingdon",
}
_ALIASES_EN = {
    "GBR": ("UK", "Great Britain"),
    "VNM": ("Viet Nam",),
    "CIV": ("Côte d'Ivoire",),
    "TUR": ("Türkiye",),
    "USA": ("USA", "US"),
}
_ALIASES_ES = {
    "USA": ("EE.UU.", "EEUU", "EE. UU."),
    "ROU": ("Rumania",),
    "GIN": ("Guinea Conakry",),
    "CIV": ("Costa Marfil",),
}
_ALIASES_FR = {"GBR": ("Angleterre", "UK"), "VNM": ("Vietnam",), "IRN": ("Iran",)}

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
_MONTHS_EN = (
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
_MONTHS = {"es": _MONTHS_ES, "fr": _MONTHS_FR, "en": _MONTHS_EN}
# Days that do not exist, for the bad dates (never a month 13: that reads as a swap).
_NO_SUCH_DAY = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))
_EN_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}

Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, eq=False)
class Agency(ExaminerSource):
    """One oversight body of ``blind233``: the shared fields plus its own wording.

    Attributes
    ----------
    names : int
        Column of the country-name table (0 English, 1 French, 2 Spanish, 3 UN English).
    country_styles : tuple of (str, float)
        Ways of writing a country and their weights: ``name``, ``upper``, ``lower``,
        ``iso3``, ``iso2``, ``m49``, ``alias``, ``typo``, ``demonym`` (nationality only),
        ``un`` and ``mojibake``.
    demonyms, typos, aliases : mapping
        The agency's demonyms, slips and other names of countries, by ISO alpha-3 code.
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the agency's words for it.
    one_person : mapping
        Gender and age words written when the record is about one person.
    mode_by_corridor : mapping
        ``(corridor, mode)`` -> the words used on that corridor (``cayuco``, ``a pie``).
    unknown, na_words, zero_words, count_unknown, bad_words_smuggling : tuple of str
        Words for a value not known (nationality, gender), for "not recorded" (age,
        transport), for no suspect at all, for a count not known, and for "not
        applicable" in the exploitation cell of a smuggling case.
    direct : tuple of str
        Words written in the transit cell of a direct route (besides a blank).
    transit_seps, offence_seps : tuple of str
        Separators of the transit and linked-offence lists.
    date_styles, partial_styles : tuple of (str, float)
        Day-precise and partial (month, quarter) date styles and their weights.
    partial_share : float
        Share of records (not in a duplicate pair) dated by month or quarter only.
    coords : str
        ``"xlsx"``, ``"comma"``, ``"pair"``, ``"dms"`` or ``"json"``.
    thousands : str
        Thousands separator of counts written as text (``""``: none).
    mojibake_rate, case_rate, space_rate : float
        Shares of text cells garbled, re-cased, or padded with spaces.
    """

    names: int
    country_styles: tuple[tuple[str, float], ...]
    demonyms: Mapping[str, str]
    typos: Mapping[str, str]
    aliases: Mapping[str, tuple[str, ...]]
    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    mode: Words
    offences: Words
    one_person: Mapping[str, Words]
    mode_by_corridor: Mapping[tuple[str, str], tuple[str, ...]]
    unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    zero_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    na_smuggling: tuple[str, ...]
    direct: tuple[str, ...]
    transit_seps: tuple[str, ...]
    offence_seps: tuple[str, ...]
    date_styles: tuple[tuple[str, float], ...]
    partial_styles: tuple[tuple[str, float], ...]
    partial_share: float
    coords: str
    thousands: str
    mojibake_rate: float
    case_rate: float
    space_rate: float


def _headers(*pairs: tuple[str, str]) -> dict[str, str]:
    return dict(pairs)


_FISCALIA = Agency(
    source="fiscalia_anticorrupcion_ia",
    filename="fiscalia_anticorrupcion_ia.xlsx",
    ref="DIP {seq}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers=_headers(
        ("source_ref", "Nº Diligencias"),
        ("event_date", "Fecha hechos"),
        ("crime_type", "Tipo penal"),
        ("exploitation", "Finalidad de explotación"),
        ("n_persons", "Nº víctimas / migrantes"),
        ("n_suspects", "Nº investigados"),
        ("gender", "Sexo"),
        ("age_group", "Edad"),
        ("nationality", "Nacionalidad"),
        ("origin_country", "País de origen"),
        ("transit_countries", "Países de tránsito"),
        ("destination_country", "País de destino"),
        ("detection_country", "País de los hechos"),
        ("transport_mode", "Medio de transporte"),
        ("lat", "Latitud"),
        ("lon", "Longitud"),
        ("linked_offences", "Delitos conexos"),
    ),
    note="Nota: datos provisionales del registro de diligencias; pendiente de revisión",
    total="TOTAL",
    bad_count=("varios", "decenas", "numerosos"),
    repeats=False,
    names=_ES,
    country_styles=(
        ("name", 0.62),
        ("upper", 0.18),
        ("demonym", 0.12),
        ("typo", 0.04),
        ("alias", 0.04),
    ),
    demonyms=_DEMONYMS_ES,
    typos=_TYPOS_ES,
    aliases=_ALIASES_ES,
    crime={
        "smuggling": (
            "Art. 318 bis CP",
            "Delito contra los derechos de los ciudadanos extranjeros",
            "art. 318 bis C.P.",
        ),
        "trafficking": ("Art. 177 bis CP", "Trata de seres humanos", "trata de seres humanos"),
        "both": ("Arts. 177 bis y 318 bis CP", "Trata de seres humanos y art. 318 bis CP"),
    },
    exploitation={
        "sexual": ("explotación sexual", "explotación sexual (incl. pornografía)"),
        "forced_labour": ("explotación laboral", "trabajos o servicios forzados"),
        "forced_criminality": ("realización de actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas de explotación",),
    },
    gender={"male": ("Hombres", "Varones"), "female": ("Mujeres",), "mixed": ("Ambos sexos",)},
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores de edad", "Menores"),
        "mixed": ("Mayores y menores",),
    },
    mode={
        "sea": ("Marítimo", "embarcación neumática"),
        "land": ("Terrestre", "vehículo"),
        "air": ("Aéreo", "vía aérea"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    one_person={
        "gender": {"male": ("Varón", "Hombre"), "female": ("Mujer",)},
        "age": {"adult": ("Mayor de edad",), "child": ("Menor de edad", "Menor")},
    },
    mode_by_corridor={
        ("watl", "sea"): ("cayuco", "neumática", "Marítimo"),
        ("wmed", "sea"): ("patera", "embarcación neumática", "moto de agua"),
        ("wmed", "land"): ("a pie", "oculto en vehículo", "Terrestre"),
        ("thb_rou_esp", "land"): ("autobús", "furgoneta", "Terrestre"),
        ("thb_rou_esp", "air"): ("vuelo", "Aéreo"),
    },
    unknown=("No consta",),
    na_words=("No consta",),
    zero_words=("ninguno", "sin investigados"),
    count_unknown=("No consta", "sin determinar"),
    na_smuggling=(),
    direct=("directo", "ruta directa"),
    transit_seps=(" - ", ", "),
    offence_seps=("; ", ", "),
    date_styles=(("xl_date", 0.72), ("dmy", 0.16), ("xl_serial", 0.12)),
    partial_styles=(("month_num", 1.0),),
    partial_share=0.05,
    coords="xlsx",
    thousands=".",
    mojibake_rate=0.0,
    case_rate=0.04,
    space_rate=0.04,
)

_IGPN = Agency(
    source="igpn_ia",
    filename="igpn_ia.csv",
    ref="IGPN-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers=_headers(
        ("source_ref", "N° saisine"),
        ("event_date", "Date des faits"),
        ("detection_country", "Pays de constatation"),
        ("crime_type", "Qualification"),
        ("exploitation", "Forme d'exploitation"),
        ("n_persons", "Nb personnes concernées"),
        ("n_suspects", "Nb mis en cause"),
        ("gender", "Sexe"),
        ("age_group", "Majeur / mineur"),
        ("nationality", "Nationalité"),
        ("origin_country", "Pays d'origine"),
        ("transit_countries", "Pays de transit"),
        ("destination_country", "Pays de destination"),
        ("transport_mode", "Mode de passage"),
        ("lat", "Latitude"),
        ("lon", "Longitude"),
        ("linked_offences", "Infractions connexes"),
    ),
    note="Extraction provisoire - données non consolidées",
    total="Total",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=True,
    names=_FR,
    country_styles=(
        ("name", 0.55),
        ("upper", 0.15),
        ("demonym", 0.12),
        ("iso3", 0.06),
        ("mojibake", 0.06),
        ("typo", 0.03),
        ("alias", 0.03),
    ),
    demonyms=_DEMONYMS_FR,
    typos=_TYPOS_FR,
    aliases=_ALIASES_FR,
    crime={
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "aide à l'entrée irrégulière (L.823-1 CESEDA)",
            "Aide au séjour irrégulier",
        ),
        "trafficking": ("traite des êtres humains", "TEH (art. 225-4-1 CP)"),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et aide au séjour irrégulier"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "conditions de travail indignes"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme d'exploitation",),
    },
    gender={"male": ("Hommes",), "female": ("Femmes",), "mixed": ("Mixte", "Hommes et femmes")},
    age={
        "adult": ("Majeurs",),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    mode={
        "sea": ("small boat", "embarcation pneumatique", "voie maritime"),
        "land": ("poids lourd", "véhicule léger", "voie terrestre"),
        "air": ("voie aérienne",),
    },
    offences={
        "document_fraud": ("faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    one_person={
        "gender": {"male": ("Homme",), "female": ("Femme",)},
        "age": {"adult": ("Majeur",), "child": ("Mineur", "MNA")},
    },
    mode_by_corridor={},
    unknown=("inconnue", "N/C"),
    na_words=("N/C", "non renseigné"),
    zero_words=("néant", "aucun"),
    count_unknown=("N/C", "inconnu"),
    na_smuggling=("sans objet",),
    direct=("direct",),
    transit_seps=(" / ", ", "),
    offence_seps=(" + ", ", "),
    date_styles=(("dmy", 0.88), ("dmy_short", 0.12)),
    partial_styles=(("month_name", 0.6), ("quarter_t", 0.4)),
    partial_share=0.07,
    coords="comma",
    thousands="\u00a0",
    mojibake_rate=0.08,
    case_rate=0.05,
    space_rate=0.05,
)

_IOPC = Agency(
    source="iopc_ia",
    filename="iopc_ia.csv",
    ref="{year}/{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers=_headers(
        ("source_ref", "IOPC reference"),
        ("event_date", "Date of incident"),
        ("crime_type", "Offence category"),
        ("exploitation", "Exploitation type"),
        ("n_persons", "No. of people (victims/migrants)"),
        ("n_suspects", "Suspects identified"),
        ("gender", "Sex"),
        ("age_group", "Adult/Child"),
        ("nationality", "Nationality"),
        ("origin_country", "Country of origin"),
        ("transit_countries", "Route (transit countries)"),
        ("destination_country", "Intended destination"),
        ("detection_country", "Country of detection"),
        ("transport_mode", "Method of entry"),
        ("coordinates", "Location (lat, long)"),
        ("linked_offences", "Associated offences"),
    ),
    note="Data correct as at extraction; figures are subject to change",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=False,
    names=_EN,
    country_styles=(
        ("name", 0.6),
        ("demonym", 0.15),
        ("alias", 0.1),
        ("upper", 0.06),
        ("lower", 0.04),
        ("typo", 0.05),
    ),
    demonyms=_DEMONYMS_EN,
    typos=_TYPOS_EN,
    aliases=_ALIASES_EN,
    crime={
        "smuggling": ("Facilitation (s.25 IA 1971)", "People smuggling"),
        "trafficking": ("Modern slavery (MSA 2015)", "Human trafficking"),
        "both": ("Modern slavery / facilitation", "Human trafficking and people smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed",)},
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Child", "Minor"),
        "mixed": ("Adults and children", "Mixed"),
    },
    mode={
        "sea": ("Small boat", "Boat"),
        "land": ("HGV", "Lorry", "Car"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    one_person={
        "gender": {"male": ("Male", "M"), "female": ("Female", "F")},
        "age": {"adult": ("Adult",), "child": ("Child", "Minor")},
    },
    mode_by_corridor={("thb_vnm_gbr", "land"): ("Lorry", "Car", "Coach")},
    unknown=("Not known",),
    na_words=("Not known", "Not recorded"),
    zero_words=("None", "Nil"),
    count_unknown=("TBC", "Not known"),
    na_smuggling=(),
    direct=("Direct",),
    transit_seps=(" > ", "; "),
    offence_seps=(", ", "; "),
    date_styles=(("long_en", 0.6), ("dmy", 0.25), ("dmon_en", 0.15)),
    partial_styles=(("month_name", 1.0),),
    partial_share=0.05,
    coords="pair",
    thousands=",",
    mojibake_rate=0.0,
    case_rate=0.04,
    space_rate=0.03,
)

_ANTAI = Agency(
    source="antai_ia",
    filename="antai_ia.csv",
    ref="ANTAI-DEN-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers=_headers(
        ("source_ref", "No. Expediente"),
        ("event_date", "Fecha del hecho"),
        ("crime_type", "Tipo de delito"),
        ("exploitation", "Tipo de explotación"),
        ("nationality", "Nacionalidad"),
        ("origin_country", "País de origen"),
        ("transit_countries", "Ruta (países de tránsito)"),
        ("destination_country", "Destino final"),
        ("detection_country", "País del hecho"),
        ("n_persons", "Cantidad de personas"),
        ("n_suspects", "Implicados"),
        ("gender", "Sexo"),
        ("age_group", "Grupo etario"),
        ("transport_mode", "Medio"),
        ("coordinates", "Coordenadas GPS"),
        ("linked_offences", "Otros delitos"),
    ),
    note="Nota: información sujeta a verificación",
    total="Total general",
    bad_count=("varios", "grupo numeroso", "un grupo"),
    repeats=False,
    names=_ES,
    country_styles=(
        ("name", 0.58),
        ("upper", 0.16),
        ("demonym", 0.14),
        ("alias", 0.08),
        ("typo", 0.04),
    ),
    demonyms=_DEMONYMS_ES,
    typos=_TYPOS_ES,
    aliases=_ALIASES_ES,
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    gender={
        "male": ("Masculino",),
        "female": ("Femenino",),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "adult": ("Adultos",),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={"land": ("Terrestre",), "sea": ("Marítimo", "lancha"), "air": ("Aéreo",)},
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    one_person={
        "gender": {"male": ("Masculino",), "female": ("Femenino",)},
        "age": {"adult": ("Adulto",), "child": ("NNA", "Menor de edad")},
    },
    mode_by_corridor={("darien", "land"): ("Terrestre", "a pie (selva)", "caminando")},
    unknown=("N/D", "sin dato"),
    na_words=("N/D",),
    zero_words=("ninguno",),
    count_unknown=("N/D", "sin dato"),
    na_smuggling=(),
    direct=(),
    transit_seps=(" / ", ", "),
    offence_seps=(", ", " y "),
    date_styles=(("dmy", 0.45), ("dmy_nopad", 0.4), ("dmy_time", 0.15)),
    partial_styles=(("month_name", 1.0),),
    partial_share=0.04,
    coords="dms",
    thousands=",",
    mojibake_rate=0.0,
    case_rate=0.05,
    space_rate=0.04,
)

_GLOBE = Agency(
    source="globe_network_ia",
    filename="globe_network_ia.jsonl",
    ref="GLOBE/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        ("source_ref", "case_id"),
        ("event_date", "date_of_offence"),
        ("detection_country", "country_of_offence"),
        ("crime_type", "offence_type"),
        ("exploitation", "exploitation_form"),
        ("n_persons", "persons_involved"),
        ("n_suspects", "suspects_count"),
        ("gender", "sex"),
        ("age_group", "age_category"),
        ("nationality", "nationality"),
        ("origin_country", "country_of_origin"),
        ("transit_countries", "transit_countries"),
        ("destination_country", "country_of_destination"),
        ("transport_mode", "mode_of_transport"),
        ("lat", "latitude"),
        ("lon", "longitude"),
        ("linked_offences", "related_offences"),
    ),
    note=None,
    total="TOTAL (all notifications)",
    bad_count=("several", "numerous", "dozens"),
    repeats=True,
    names=_UN,
    country_styles=(("un", 0.58), ("iso3", 0.3), ("m49", 0.12)),
    demonyms={},
    typos={},
    aliases={},
    crime={
        "smuggling": ("Smuggling of migrants", "SOM"),
        "trafficking": ("Trafficking in persons", "TIP"),
        "both": ("TIP and SOM", "Trafficking in persons; smuggling of migrants"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminal activity",),
        "organ_removal": ("removal of organs",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed group", "male and female")},
    age={
        "adult": ("adult", "adults"),
        "child": ("minor", "children"),
        "mixed": ("adults and minors",),
    },
    mode={"sea": ("sea", "maritime"), "land": ("land", "overland"), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption", "bribery of public officials"),
        "money_laundering": ("money-laundering",),
        "illicit_goods": ("drug trafficking", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    one_person={
        "gender": {"male": ("male",), "female": ("female",)},
        "age": {"adult": ("adult",), "child": ("minor",)},
    },
    mode_by_corridor={},
    unknown=("unknown", "not reported"),
    na_words=("not reported",),
    zero_words=(),
    count_unknown=("unknown", "not reported"),
    na_smuggling=(),
    direct=("none",),
    transit_seps=("; ", ", "),
    offence_seps=("; ",),
    date_styles=(("iso", 0.88), ("ymd_slash", 0.12)),
    partial_styles=(("month_iso", 0.5), ("quarter_q", 0.5)),
    partial_share=0.1,
    coords="json",
    thousands="",
    mojibake_rate=0.0,
    case_rate=0.02,
    space_rate=0.0,
)

#: The five sources of ``blind233``, in the order their submissions are returned.
SOURCES: tuple[Agency, ...] = (_FISCALIA, _IGPN, _IOPC, _ANTAI, _GLOBE)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _tidy(src: Agency, text: str, rng: _Rng, tags: list[str]) -> str:
    """Re-case or pad a text cell now and then, as a clerk's typing does."""
    if rng.random() < src.case_rate:
        text = text.upper() if rng.random() < 0.6 else text.lower()
        tags.append("case")
    if rng.random() < src.space_rate:
        text = choice(rng, (" ", "  ")) + text if rng.random() < 0.5 else text + " "
        tags.append("spacing")
    return text


def _garble(src: Agency, text: str, rng: _Rng, tags: list[str]) -> str:
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _word(src: Agency, words: Words, key: str, rng: _Rng, tags: list[str]) -> str:
    text = choice(rng, words[key])
    return _tidy(src, _garble(src, text, rng, tags), rng, tags)


def _country(
    src: Agency, code: str, rng: _Rng, tags: list[str], *, nationality: bool = False
) -> str:
    """Write one country as the agency does (a demonym only for a nationality)."""
    names = _NAMES.get(code)
    name = names[src.names] if names is not None else code
    style = _weighted(rng, src.country_styles)
    text = name
    if style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso3":
        text = code
    elif style == "iso2":
        text = iso_codes(code)[0]
    elif style == "m49":
        text = iso_codes(code)[1]
    elif style == "un" and names is not None:
        text = names[_UN]
    elif style == "alias" and code in src.aliases:
        text = choice(rng, src.aliases[code])
    elif style == "typo" and code in src.typos:
        text = src.typos[code]
    elif style == "demonym" and nationality and code in src.demonyms:
        text = src.demonyms[code]
    elif style == "mojibake":
        bad = mojibake(name)
        text = bad if bad is not None and fits(bad, src) else name
    un_name = style == "un" and names is not None and text != names[_EN]
    if text != name or style in ("iso3", "iso2", "m49") or un_name:
        tags.append(f"country_{style}")
    if style not in ("iso3", "iso2", "m49"):
        text = _tidy(src, text, rng, tags)
    return text


def _count_text(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons as the agency does (a number in XLSX and JSON lines)."""
    if src.format == "jsonl":
        return n
    if src.format == "xlsx":
        if n >= 1000 and rng.random() < 0.5:  # typed as text, Spanish thousands dot
            tags.append("thousands")
            return f"{n:,}".replace(",", ".")
        return n
    if src.language == "en" and n in _EN_NUMBERS and rng.random() < 0.15:
        tags.append("count_word")
        return _EN_NUMBERS[n]
    if n >= 1000 and src.thousands:
        tags.append("thousands")
        return f"{n:,}".replace(",", src.thousands)
    return str(n)


def _number(src: Agency, n: int) -> object:
    return n if src.format in ("xlsx", "jsonl") else str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    hem = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{hem}"


def _coords(src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]) -> dict[str, object]:
    """Return the location cells of a row, keyed ``lat``/``lon`` or ``coordinates``."""
    if src.coords == "xlsx":
        if rng.random() < 0.1:  # typed as text with a decimal comma
            tags.append("coords_text")
            return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return {"lat": round(lat, 5), "lon": round(lon, 5)}
    if src.coords == "comma":
        tags.append("decimal_comma")
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if src.coords == "dms":
        tags.append("coords_dms")
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
    return {"lat": round(lat, 4), "lon": round(lon, 4)}


def _no_coords(src: Agency, *, placeholder: bool) -> dict[str, object]:
    if src.coords in ("pair", "dms"):
        return {"coordinates": None}
    if placeholder:
        return {"lat": 0.0, "lon": 0.0} if src.format != "csv" else {"lat": "0", "lon": "0"}
    return {"lat": None, "lon": None}


def _date_text(src: Agency, ts: pd.Timestamp, style: str) -> object:
    """Write a day (or its month or quarter) in one of the agency's styles."""
    m = _MONTHS[src.language][ts.month - 1]
    forms: dict[str, object] = {
        "xl_date": ts.to_pydatetime(),
        "xl_serial": int((ts.normalize() - _EPOCH).days),
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy_short": ts.strftime("%d/%m/%y"),
        "dmy_nopad": f"{ts.day}/{ts.month}/{ts.year}",
        "dmy_time": ts.strftime("%d/%m/%Y") + " 00:00:00",
        "long_en": f"{ts.day} {m} {ts.year}",
        "dmon_en": f"{ts.day:02d}-{m[:3]}-{ts.year}",
        "iso": ts.strftime("%Y-%m-%d"),
        "ymd_slash": ts.strftime("%Y/%m/%d"),
        "month_num": ts.strftime("%m/%Y"),
        "month_iso": ts.strftime("%Y-%m"),
        "month_name": f"{m} {ts.year}",
        "quarter_t": f"T{ts.quarter} {ts.year}",
        "quarter_q": f"Q{ts.quarter} {ts.year}",
    }
    return forms[style]


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event's date."""
    if partial_ok and rng.random() < src.partial_share:
        style = _weighted(rng, src.partial_styles)
        tags.append(f"date_{style}")
        if style.startswith("quarter"):
            return _date_text(src, ts, style), ts.to_period("Q").start_time, "quarter"
        return _date_text(src, ts, style), ts.to_period("M").start_time, "month"
    style = _weighted(rng, src.date_styles)
    tags.append(f"date_{style}")
    return _date_text(src, ts, style), ts.normalize(), "day"


def _day_style(src: Agency) -> str:
    """Return the agency's usual day-precise style (its first)."""
    return src.date_styles[0][0]


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: blank, a day that does not exist, a future year."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # one wrong digit of the year: 2023 -> 2033
        day = ts.replace(day=min(ts.day, 28), year=ts.year + 10) if ts.month == 2 else ts
        day = day.replace(year=ts.year + 10)
        return _date_text(src, day, _day_style(src))
    month, day_no = _NO_SUCH_DAY[int(rng.integers(len(_NO_SUCH_DAY)))]
    m = _MONTHS[src.language][month - 1]
    style = _day_style(src)
    if style in ("iso", "ymd_slash"):
        return f"{ts.year}-{month:02d}-{day_no:02d}"
    if style == "long_en":
        return f"{day_no} {m} {ts.year}"
    return f"{day_no:02d}/{month:02d}/{ts.year}"  # an Excel register keeps it as text


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the note row's extraction date: a fortnight after the last case."""
    return _date_text(src, last + pd.Timedelta(days=14), _day_style(src))


def _listing(src: Agency, codes: str, rng: _Rng, tags: list[str], *, countries: bool) -> str:
    """Join a ``|`` list (transit countries or offences) the agency's way, in order."""
    seps = src.transit_seps if countries else src.offence_seps
    sep = choice(rng, seps)
    if countries:
        parts = [_country(src, c, rng, tags) for c in codes.split("|")]
    else:
        parts = [_word(src, src.offences, c, rng, tags) for c in codes.split("|")]
    return sep.join(p.strip() for p in parts)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], day, precision = _date(src, ts, rng, partial_ok, tags)
    corridor = str(ev["corridor"])
    crime = str(ev["crime_type"])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": ev["exploitation"],
        "n_persons": n,
        "n_suspects": suspects,
        "gender": ev["gender"],
        "age_group": ev["age_group"],
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "transport_mode": ev["transport_mode"],
        "lat": ev["lat"],
        "lon": ev["lon"],
        "linked_offences": ev["linked_offences"],
    }
    cells["crime_type"] = _word(src, src.crime, crime, rng, tags)

    # exploitation: given for a trafficking case, empty (or "not applicable") otherwise
    if ev["exploitation"] is not None:
        cells["exploitation"] = _word(src, src.exploitation, str(ev["exploitation"]), rng, tags)
    elif src.na_smuggling and rng.random() < 0.3:
        cells["exploitation"] = choice(rng, src.na_smuggling)
        tags.append("exploitation_na_word")
    else:
        cells["exploitation"] = None

    # persons
    if partial_ok and rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_text(src, n, rng, tags)

    # suspects
    r = rng.random()
    if forced_blank == "n_suspects" or (partial_ok and r < 0.03):
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif partial_ok and r < 0.05:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and src.zero_words and rng.random() < 0.3:
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _number(src, suspects)

    # gender and age: one person's words when the case is about one person
    gender = str(ev["gender"])
    one = n == 1
    r = rng.random()
    if forced_blank == "gender" or (partial_ok and r < 0.03):
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif partial_ok and r < 0.045:
        cells["gender"] = choice(rng, src.unknown)
        exp["gender"] = "unknown"
        tags += ["blank_gender", "unknown_word"]
    else:
        words = (
            src.one_person["gender"] if one and gender in src.one_person["gender"] else src.gender
        )
        cells["gender"] = _word(src, words, gender, rng, tags)
    age = str(ev["age_group"])
    if partial_ok and rng.random() < 0.02:
        cells["age_group"] = choice(rng, src.na_words)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        words = src.one_person["age"] if one and age in src.one_person["age"] else src.age
        cells["age_group"] = _word(src, words, age, rng, tags)

    # countries
    nat = ev["nationality"]
    r = rng.random()
    if forced_blank == "nationality" or (partial_ok and r < 0.025):
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif partial_ok and r < 0.035:
        cells["nationality"] = choice(rng, src.unknown)
        exp["nationality"] = None
        tags += ["blank_nationality", "unknown_word"]
    else:
        cells["nationality"] = _country(src, str(nat), rng, tags, nationality=True)
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, tags)
    cells["destination_country"] = _country(src, str(ev["destination_country"]), rng, tags)
    if forced_blank == "detection_country" or (partial_ok and rng.random() < 0.01):
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(ev["detection_country"]), rng, tags)
    transit = ev["transit_countries"]
    if transit is None:
        if src.direct and rng.random() < 0.4:
            cells["transit_countries"] = choice(rng, src.direct)
            tags.append("transit_direct_word")
        else:
            cells["transit_countries"] = None
    else:
        cells["transit_countries"] = _listing(src, str(transit), rng, tags, countries=True)

    # transport
    mode = str(ev["transport_mode"])
    if partial_ok and rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, src.na_words)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        words = src.mode
        if (corridor, mode) in src.mode_by_corridor:
            words = {mode: src.mode_by_corridor[(corridor, mode)]}
        cells["transport_mode"] = _word(src, words, mode, rng, tags)

    # location
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, placeholder=False))
        tags.append("blank_coordinates")
        exp["lat"] = exp["lon"] = None
    elif partial_ok and r < 0.04:
        cells.update(_no_coords(src, placeholder=False))
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
    elif partial_ok and src.coords == "json" and r < 0.06:
        cells.update(_no_coords(src, placeholder=True))
        tags.append("coords_placeholder")
        exp["lat"] = exp["lon"] = None
    else:
        cells.update(_coords(src, float(ev["lat"]), float(ev["lon"]), rng, tags))  # type: ignore[arg-type]

    offences = ev["linked_offences"]
    cells["linked_offences"] = (
        None if offences is None else _listing(src, str(offences), rng, tags, countries=False)
    )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": _FISCALIA.source,
        "FRA": _IGPN.source,
        "GBR": _IOPC.source,
        "PAN": _ANTAI.source,
    },
    compilation=_GLOBE.source,
    secondary={
        ("channel", "FRA"): _IOPC.source,
        ("channel", "GBR"): _IGPN.source,
        ("thb_vnm_gbr", "GBR"): _IGPN.source,
        ("watl", "ESP"): _GLOBE.source,
        ("wmed", "ESP"): _GLOBE.source,
        ("thb_rou_esp", "ESP"): _GLOBE.source,
        ("thb_rou_esp", "ITA"): _FISCALIA.source,
        ("thb_nga_ita", "ITA"): _FISCALIA.source,
        ("darien", "PAN"): _GLOBE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=233,
    blank_share=0.3,
)


def make_blind233(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five oversight bodies of ``blind233`` send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES` (Spain's anti-corruption prosecutor, France's
        IGPN, the UK's IOPC, Panama's ANTAI, the GlobE Network's compilation), each with
        its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind233(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['fiscalia_anticorrupcion_ia.xlsx', 'igpn_ia.csv', 'iopc_ia.csv', 'antai_ia.csv',
     'globe_network_ia.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8-sig', ','), ('utf-16', '\t')]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
