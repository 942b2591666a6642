"""Examiner sample set ``blind276`` (files ``*_jr.*``): parliamentary and ombudsman annexes.

Five bodies that publish case annexes on trafficking in human beings and the smuggling of
migrants, each in its own working language and with its own export tool:

``hasc_uk_jr.csv``
    UK House of Commons Home Affairs Committee, case log annexed to written evidence of an
    inquiry into Channel crossings and modern slavery (English, UTF-8 with BOM, ``,``).
    Home Office words (*Organised immigration crime*, *Modern slavery*, *UASC*, *HGV*),
    demonyms as nationalities, ``17/05/2023`` or ``17 May 2023``, ``Germany > France``.
``an_commission_enquete_jr.csv``
    Assemblée nationale, annex of a *commission d'enquête* on migrations (French, cp1252,
    ``;``, CRLF). Legal wording (*TEH (art. 225-4-1 CP)*, *aide à l'entrée irrégulière
    (art. L. 823-1 CESEDA)*), feminine demonyms (*afghane*), ``1er mai 2023``, decimal
    commas, *Angleterre* for the United Kingdom, some UTF-8 text pasted in as mojibake.
``congreso_interior_jr.xlsx``
    Congreso de los Diputados, annex to the Government's answer to a written question of the
    Comisión de Interior (Spanish, XLSX). Criminal-code wording (*art. 177 bis*, *318 bis*),
    *Patera*, *Cayuco*, *Salto de valla*, Excel dates, some serial numbers and text dates,
    Salvamento Marítimo positions in degrees and decimal minutes (``28º 06,2' N``).
``asamblea_pa_jr.csv``
    Asamblea Nacional de Panamá, Comisión de Gobierno, annex on the Darién flows with
    figures of the migration service (Spanish, Excel "Unicode text": UTF-16, tab). Country
    names in capitals without accents, *NNA*, ``1,250`` counts, ``8.50123, -77.50321``.
``sr_migrants_hrc_jr.jsonl``
    UN Special Rapporteur on the human rights of migrants, communications annex exported
    from the communications database (English, JSON lines). UN country names (*Iran
    (Islamic Republic of)*), ISO alpha-3 and M49 numeric codes, ISO dates and ``2023-05``.

The set is written by :func:`make_blind276` on top of
:func:`trendlib.samples._examiner.make_examined`; every cell is written as the body would
write it and the truth expects what a careful analyst reads from it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
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

__all__ = ["SOURCES", "Agency", "make_blind276"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]

# --------------------------------------------------------------------------------------
# Country names (hand-written: the set must not lean on the cleaner's tables)
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
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}

#: ISO alpha-3 -> (English, French feminine, Spanish feminine) nationality adjective.
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

_LANG = {"en": 0, "fr": 1, "es": 2}

_MONTH_NAMES: dict[str, tuple[str, ...]] = {
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

_VOCAB_COLUMNS = ("crime_type", "exploitation", "gender", "age_group", "transport_mode")
_COUNTRY_COLUMNS = ("nationality", "origin_country", "destination_country", "detection_country")


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One body of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    dates : tuple of (str, float)
        Styles of a full date (``"dmy"``, ``"long"``, ``"iso"``, ``"dash"``, ``"excel"``,
        ``"serial"``) and their weights.
    month_rate, quarter_rate : float
        Shares of rows (outside duplicated events) dated by month or quarter only.
    countries : mapping
        Country column (and ``"transit_countries"``) -> weighted styles (``"name"``,
        ``"upper"``, ``"plain_upper"``, ``"demonym"``, ``"alias"``, ``"iso2"``, ``"iso3"``,
        ``"m49"``, ``"typo"``, ``"mojibake"``).
    names : mapping
        ISO alpha-3 -> the body's own name of a country, where it differs from the table.
    aliases : mapping
        ISO alpha-3 -> other names the body uses.
    words : mapping
        Vocabulary column (and ``"linked_offences"``) -> canonical word -> the body's words.
    unknown : mapping
        Column -> the body's words for "not known" in it.
    not_applicable : tuple of str
        What the body writes as form of exploitation of a pure smuggling case.
    direct : tuple of str
        What the body writes as transit of a direct journey (``""`` = blank).
    no_offence : tuple of str
        What the body writes when no other offence is linked (``""`` = blank).
    count_unknown : tuple of str
        Count cells meaning "not known" (the record stays, with no count).
    zero : tuple of str
        Words for no suspect.
    thousands : tuple of str
        Thousands separators of the body's counts (plain digits in XLSX and JSON).
    transit_sep, offence_sep : tuple of str
        Separators of the transit list and of the linked offences.
    coords : str
        ``"dot4"``, ``"comma5"``, ``"dmm"`` (XLSX numbers or degrees and decimal minutes),
        ``"pair"`` (``lat, lon`` in one cell) or ``"json3"``.
    coord_unknown : tuple of str
        Placeholder written in a coordinate cell with no position.
    case_rate : float
        Share of text cells typed in another case or with stray spaces.
    mojibake_rate : float
        Share of rows pasted in from a UTF-8 file read as cp1252 (every text cell but the
        date garbled: ``Ã‰rythrÃ©e``).
    """

    dates: _Weights = ()
    month_rate: float = 0.0
    quarter_rate: float = 0.0
    countries: Mapping[str, _Weights] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    words: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    unknown: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    not_applicable: tuple[str, ...] = ("",)
    direct: tuple[str, ...] = ("",)
    no_offence: tuple[str, ...] = ("",)
    count_unknown: tuple[str, ...] = ()
    zero: tuple[str, ...] = ()
    thousands: tuple[str, ...] = ()
    transit_sep: tuple[str, ...] = (", ",)
    offence_sep: tuple[str, ...] = (", ",)
    coords: str = "dot4"
    coord_unknown: tuple[str, ...] = ()
    case_rate: float = 0.05
    mojibake_rate: float = 0.0


_HASC = Agency(
    source="hasc_uk_jr",
    filename="hasc_uk_jr.csv",
    ref="HAC/OIC/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Date of detection",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "n_suspects": "Suspects arrested",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit route",
        "transport_mode": "Method of entry",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Associated offences",
    },
    note="Note: figures supplied to the Committee by the Home Office; provisional, "
    "subject to revision",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=False,
    dates=(("dmy", 0.65), ("long", 0.35)),
    month_rate=0.05,
    quarter_rate=0.03,
    countries={
        "nationality": (
            ("demonym", 0.62),
            ("name", 0.12),
            ("iso3", 0.14),
            ("typo", 0.04),
            ("upper", 0.04),
            ("alias", 0.04),
        ),
        "origin_country": (("name", 0.72), ("iso3", 0.14), ("alias", 0.09), ("typo", 0.05)),
        "destination_country": (("name", 0.55), ("alias", 0.35), ("iso3", 0.1)),
        "detection_country": (("name", 0.45), ("alias", 0.45), ("iso2", 0.1)),
        "transit_countries": (("name", 0.85), ("iso3", 0.15)),
    },
    aliases={
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "CIV": ("Côte d'Ivoire",),
        "VNM": ("Viet Nam",),
        "IRQ": ("Iraq (KRI)",),
        "ERI": ("State of Eritrea",),
        "DEU": ("Deutschland",),
    },
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking (MSA 2015 s.2)", "MSHT"),
            "smuggling": (
                "Organised immigration crime",
                "Facilitation (s.25 IA 1971)",
                "People smuggling",
                "OIC",
            ),
            "both": ("OIC and modern slavery", "Smuggling and trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal (cannabis cultivation)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male and female"),
        },
        "age_group": {
            "child": ("Minor", "Child", "UASC", "Under 18"),
            "adult": ("Adult", "Adults", "18+"),
            "mixed": ("Adults and minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Small boat (RHIB)", "Maritime"),
            "land": ("HGV", "Lorry", "Clandestine entry (vehicle)", "Car"),
            "air": ("Air", "Flight (inbound)"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false ID documents"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "controlled drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": ("Not recorded", "Unknown"),
        "gender": ("Not stated", "Unknown"),
        "age_group": ("Not known", "N/A"),
        "transport_mode": ("Not known", "Unknown"),
        "country": ("Not known", "Unknown", "n/k"),
        "n_suspects": ("n/k", "not known"),
    },
    not_applicable=("N/A", "", "n/a"),
    direct=("Direct", ""),
    no_offence=("", "None"),
    count_unknown=("not known", "n/k"),
    zero=("none", "nil", "None"),
    thousands=(",",),
    transit_sep=(" > ", " > ", ", "),
    offence_sep=("; ", ", "),
    coords="dot4",
    coord_unknown=("n/k",),
)

_ASSEMBLEE = Agency(
    source="an_commission_enquete_jr",
    filename="an_commission_enquete_jr.csv",
    ref="CE-MIG-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données transmises à la commission par la DGEF et la DCPAF, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    dates=(("dmy", 0.8), ("long", 0.2)),
    month_rate=0.05,
    quarter_rate=0.04,
    countries={
        "nationality": (
            ("demonym", 0.7),
            ("name", 0.15),
            ("upper", 0.07),
            ("typo", 0.04),
            ("iso2", 0.04),
        ),
        "origin_country": (("name", 0.8), ("upper", 0.1), ("typo", 0.05), ("iso3", 0.05)),
        "destination_country": (("name", 0.55), ("alias", 0.35), ("upper", 0.1)),
        "detection_country": (("name", 0.82), ("iso2", 0.18)),
        "transit_countries": (("name", 0.9), ("iso2", 0.1)),
    },
    names={"VNM": "Viêt Nam", "USA": "États-Unis"},
    aliases={
        "GBR": ("Angleterre", "Grande-Bretagne", "R.-U."),
        "USA": ("USA",),
        "DEU": ("RFA",),
        "CIV": ("Côte-d'Ivoire",),
    },
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH (art. 225-4-1 CP)", "Traite"),
            "smuggling": (
                "Aide à l'entrée irrégulière (art. L. 823-1 CESEDA)",
                "Aide à l'entrée et au séjour irréguliers",
                "Trafic de migrants (passeurs)",
            ),
            "both": ("TEH et aide à l'entrée irrégulière", "Traite + trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme / prostitution"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre forme",),
        },
        "gender": {
            "female": ("Femmes", "F"),
            "male": ("Hommes", "H"),
            "mixed": ("Mixte", "Hommes et femmes", "H/F"),
        },
        "age_group": {
            "child": ("Mineurs", "MNA", "Mineur(s)"),
            "adult": ("Majeurs", "Adultes"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation", "Voie maritime"),
            "land": ("Poids lourd", "Véhicule léger", "Voie routière"),
            "air": ("Voie aérienne", "Avion"),
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
    unknown={
        "exploitation": ("Non déterminée", "NC"),
        "gender": ("Non renseigné", "NC"),
        "age_group": ("Non déterminé", "NC"),
        "transport_mode": ("Non déterminé",),
        "country": ("Inconnu", "Non renseigné", "NC"),
        "n_suspects": ("non communiqué", "NC"),
    },
    not_applicable=("Sans objet", "", "-"),
    direct=("", "Direct"),
    no_offence=("", "Néant"),
    count_unknown=("non déterminé", "inconnu"),
    zero=("néant", "aucun"),
    thousands=(" ", "\u00a0"),
    transit_sep=(" - ", ", "),
    offence_sep=(" / ", " + "),
    coords="comma5",
    coord_unknown=("non géolocalisé",),
    mojibake_rate=0.08,
)

_CONGRESO = Agency(
    source="congreso_interior_jr",
    filename="congreso_interior_jr.xlsx",
    ref="RP-{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Víctimas / migrantes",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por la Secretaría de Estado de Seguridad",
    total="Total general",
    bad_count=("varios", "numerosos"),
    repeats=True,
    dates=(("excel", 0.72), ("serial", 0.1), ("dmy", 0.18)),
    month_rate=0.04,
    quarter_rate=0.03,
    countries={
        "nationality": (("demonym", 0.5), ("name", 0.4), ("typo", 0.05), ("upper", 0.05)),
        "origin_country": (("name", 0.85), ("upper", 0.08), ("typo", 0.04), ("iso3", 0.03)),
        "destination_country": (("name", 0.82), ("alias", 0.18)),
        "detection_country": (("name", 0.9), ("iso2", 0.1)),
        "transit_countries": (("name", 1.0),),
    },
    aliases={
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "DEU": ("RFA",),
        "TUR": ("Turquia",),
    },
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH", "Trata"),
            "smuggling": (
                "Contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                "Inmigración ilegal",
                "Favorecimiento de la inmigración irregular",
            ),
            "both": ("Arts. 177 bis y 318 bis CP", "Trata e inmigración ilegal"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Laboral"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras finalidades",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Varones", "Hombres", "Varón"),
            "mixed": ("Ambos sexos", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("Menores", "Menores de edad", "Menor no acompañado"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Embarcación", "Neumática"),
            "land": ("Vía terrestre", "Vehículo"),
            "air": ("Vía aérea", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contra la salud pública", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("Sin determinar", "No consta"),
        "gender": ("No consta",),
        "age_group": ("No consta",),
        "transport_mode": ("No consta",),
        "country": ("No consta", "Desconocido"),
        "n_suspects": ("No consta",),
    },
    not_applicable=("No procede", ""),
    direct=("", "Directo"),
    no_offence=("", "Ninguno"),
    count_unknown=("Sin determinar", "No consta"),
    zero=("Ninguno",),
    thousands=(),
    transit_sep=(", ", " / "),
    offence_sep=(", ", " y "),
    coords="dmm",
    coord_unknown=("Sin posición",),
)

_ASAMBLEA = Agency(
    source="asamblea_pa_jr",
    filename="asamblea_pa_jr.csv",
    ref="AN-CGJ-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Ruta de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares suministradas por el SNM y SENAFRONT",
    total="TOTAL",
    bad_count=("varios", "grupo"),
    repeats=True,
    dates=(("dmy", 0.9), ("dash", 0.1)),
    month_rate=0.05,
    quarter_rate=0.0,
    countries={
        "nationality": (("plain_upper", 0.78), ("name", 0.14), ("typo", 0.04), ("iso3", 0.04)),
        "origin_country": (("plain_upper", 0.85), ("name", 0.15)),
        "destination_country": (("plain_upper", 0.55), ("alias", 0.45)),
        "detection_country": (("plain_upper", 0.9), ("iso2", 0.1)),
        "transit_countries": (("plain_upper", 1.0),),
    },
    aliases={"USA": ("EE.UU.", "E.U.A."), "CHN": ("REP. POPULAR CHINA",)},
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual comercial"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades ilícitas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio servil",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino",),
            "male": ("Masculino",),
            "mixed": ("Mixto", "Masculino y femenino"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos", "Adulto"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown={
        "exploitation": ("Sin dato",),
        "gender": ("Sin dato", "S/D"),
        "age_group": ("Sin dato",),
        "transport_mode": ("Sin dato",),
        "country": ("SIN DATO", "S/D"),
        "n_suspects": ("S/D",),
    },
    not_applicable=("N/A", ""),
    direct=("", "DIRECTO"),
    no_offence=("",),
    count_unknown=("S/D", "Sin dato"),
    zero=("Ninguno", "0"),
    thousands=(",",),
    transit_sep=(" - ", "-"),
    offence_sep=(", ",),
    coords="pair",
    coord_unknown=("S/D",),
)

_RAPPORTEUR = Agency(
    source="sr_migrants_hrc_jr",
    filename="sr_migrants_hrc_jr.jsonl",
    ref="SRM/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "communication_ref",
        "event_date": "incident_date",
        "crime_type": "violation",
        "exploitation": "form_of_exploitation",
        "n_persons": "persons_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "detection_country": "state_concerned",
        "transit_countries": "transit_states",
        "transport_mode": "means_of_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "a large group"),
    repeats=False,
    dates=(("iso", 1.0),),
    month_rate=0.06,
    quarter_rate=0.03,
    countries={
        "nationality": (("name", 0.55), ("iso3", 0.35), ("demonym", 0.1)),
        "origin_country": (("name", 0.5), ("iso3", 0.3), ("m49", 0.2)),
        "destination_country": (("name", 0.8), ("iso3", 0.2)),
        "detection_country": (("name", 0.7), ("iso3", 0.3)),
        "transit_countries": (("iso3", 0.5), ("name", 0.5)),
    },
    names={
        "IRN": "Iran (Islamic Republic of)",
        "SYR": "Syrian Arab Republic",
        "VEN": "Venezuela (Bolivarian Republic of)",
        "USA": "United States of America",
        "TUR": "Türkiye",
        "VNM": "Viet Nam",
        "CIV": "Côte d'Ivoire",
        "RUS": "Russian Federation",
        "GBR": "United Kingdom of Great Britain and Northern Ireland",
    },
    words={
        "crime_type": {
            "trafficking": ("trafficking in persons",),
            "smuggling": ("smuggling of migrants",),
            "both": ("smuggling of migrants and trafficking in persons",),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour",),
            "forced_criminality": ("forced criminal activities",),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("other forms of exploitation",),
        },
        "gender": {
            "female": ("female", "women"),
            "male": ("male", "men"),
            "mixed": ("mixed", "men and women"),
        },
        "age_group": {
            "child": ("children", "unaccompanied children"),
            "adult": ("adults",),
            "mixed": ("adults and children",),
        },
        "transport_mode": {
            "sea": ("by sea", "sea"),
            "land": ("overland", "land"),
            "air": ("by air", "air"),
        },
        "linked_offences": {
            "document_fraud": ("use of fraudulent travel documents",),
            "corruption": ("corruption of officials",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("trafficking in illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": ("not specified",),
        "gender": ("not specified",),
        "age_group": ("not specified",),
        "transport_mode": ("not specified",),
        "country": ("not specified", "unknown"),
        "n_suspects": ("unknown",),
    },
    not_applicable=("",),
    direct=("",),
    no_offence=("",),
    count_unknown=("unknown", "not specified"),
    zero=("none",),
    thousands=(),
    transit_sep=(", ",),
    offence_sep=("; ",),
    coords="json3",
    coord_unknown=(),
    case_rate=0.01,  # picked from the database's lists, typed only now and then
)

#: The set's five bodies, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_HASC, _ASSEMBLEE, _CONGRESO, _ASAMBLEA, _RAPPORTEUR)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: _Weights) -> str:
    keys = [k for k, _ in weights]
    w = np.array([v for _, v in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _plain(text: str) -> str:
    """Drop accents: ``PANAMÁ`` -> ``PANAMA``."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _typo(name: str) -> str | None:
    """Swap two letters in the middle of a name of 6+ letters (``Eritrea`` -> ``Erirtea``)."""
    if len(name) < 6:
        return None
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return name[: i - 1] + b + a + name[i + 1 :]


def _name(src: Agency, iso: str) -> str:
    if iso in src.names:
        return src.names[iso]
    try:
        return _NAMES[iso][_LANG[src.language]]
    except KeyError as err:
        raise DataContractError(f"no name of country {iso!r} in the blind276 table.") from err


def _styled(src: Agency, iso: str, style: str, rng: _Rng) -> str | None:
    """Write one country in ``style``; None if the style gives nothing new."""
    name = _name(src, iso)
    text: str | None = None
    if style == "upper":
        text = name.upper()
    elif style == "plain_upper":
        text = _plain(name).upper()
    elif style == "demonym" and iso in _DEMONYMS:
        text = _DEMONYMS[iso][_LANG[src.language]]
    elif style == "alias" and iso in src.aliases:
        text = choice(rng, src.aliases[iso])
    elif style in ("iso2", "m49"):
        alpha2, numeric = iso_codes(iso)
        text = alpha2 if style == "iso2" else numeric
    elif style == "iso3":
        text = iso
    elif style == "typo":
        text = _typo(name)
    elif style == "mojibake":
        text = mojibake(name)
        if text is not None and not fits(text, src):
            text = None
    return None if text == name else text


def _country(src: Agency, iso: str, col: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country as the body does; return (cell, messiness tag or None)."""
    style = _draw(rng, src.countries[col])
    text = _styled(src, iso, style, rng)
    if text is None:
        return _name(src, iso), None
    return text, f"{style}:{col}"


def _case(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change case or spacing of a cell now and then (the meaning stays)."""
    if not text or rng.random() >= rate:
        return text, False
    kind = int(rng.integers(4))
    out = (
        text.upper()
        if kind == 0
        else text.lower()
        if kind == 1
        else f" {text}"
        if kind == 2
        else f"{text}  "
    )
    return out, out != text


def _count(src: Agency, n: int, rng: _Rng) -> object:
    """Write a count as the body does: a number in XLSX and JSON, text in CSV."""
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    return str(n)


def _long_date(src: Agency, ts: pd.Timestamp) -> str:
    month = _MONTH_NAMES[src.language][ts.month - 1]
    if src.language == "fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {month} {ts.year}"
    if src.language == "es":
        return f"{ts.day} de {month} de {ts.year}"
    return f"{ts.day} {month} {ts.year}"


def _full_date(src: Agency, ts: pd.Timestamp, style: str) -> object:
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "dash":
        return ts.strftime("%d-%m-%Y")
    if style == "long":
        return _long_date(src, ts)
    return ts.strftime("%d/%m/%Y")


def _month_date(src: Agency, ts: pd.Timestamp) -> str:
    if src.format == "jsonl":
        return ts.strftime("%Y-%m")
    return f"{_MONTH_NAMES[src.language][ts.month - 1]} {ts.year}"


def _quarter_date(src: Agency, ts: pd.Timestamp) -> str:
    if src.language == "fr":
        return f"T{ts.quarter} {ts.year}"
    if src.language == "es":
        return f"{ts.quarter}º trimestre {ts.year}"
    return f"Q{ts.quarter} {ts.year}"


def _dmm(value: float, positive: str, negative: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``28º 06,2' N``) and the value they say."""
    hemi = positive if value >= 0 else negative
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    minutes = rest / 10
    text = f"{deg:0{width}d}º {minutes:04.1f}' {hemi}".replace(".", ",")
    said = (deg + minutes / 60) * (1 if value >= 0 else -1)
    return text, said


def _coordinates(
    src: Agency, ev: dict[str, object], rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place; return (cells, expected lat, expected lon, tags)."""
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    keys = ("coordinates",) if src.coords == "pair" else ("lat", "lon")
    if blank:
        return dict.fromkeys(keys), None, None, ["blank_coordinates"]
    r = rng.random()
    if r < 0.04:
        return dict.fromkeys(keys), None, None, ["coords_missing"]
    if r < 0.06 and src.coord_unknown:
        word = choice(rng, src.coord_unknown)
        return dict.fromkeys(keys, word), None, None, ["coords_placeholder"]
    if src.coords == "pair":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    if src.coords == "comma5":
        la, lo = round(lat, 5), round(lon, 5)
        cells = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
        return dict(cells), la, lo, ["decimal_comma:coordinates"]
    if src.coords == "json3":
        la, lo = round(lat, 3), round(lon, 3)
        return {"lat": la, "lon": lo}, la, lo, []
    if src.coords == "dmm":
        at_sea = ev["transport_mode"] == "sea"
        if at_sea and rng.random() < 0.65:  # Salvamento Marítimo's position of the rescue
            t_lat, la = _dmm(lat, "N", "S", 2)
            t_lon, lo = _dmm(lon, "E", "W", 3)
            return {"lat": t_lat, "lon": t_lon}, la, lo, ["dmm:coordinates"]
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo, []
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo, []


def _vocab(src: Agency, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.words[col][value])


def _join(src: Agency, col: str, parts: list[str], rng: _Rng) -> str:
    seps = src.transit_sep if col == "transit_countries" else src.offence_sep
    sep = choice(rng, seps)
    if sep == " y " and len(parts) > 2:  # "a, b y c", as a Spanish clerk lists them
        return ", ".join(parts[:-1]) + " y " + parts[-1]
    return sep.join(parts)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it; return (cells, expected, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    unknown = src.unknown

    # the date: a day, or (outside duplicated events) only the month or quarter
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok and r < src.month_rate:
        cells["event_date"] = _month_date(src, ts)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif partial_ok and r < src.month_rate + src.quarter_rate:
        cells["event_date"] = _quarter_date(src, ts)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    else:
        style = _draw(rng, src.dates)
        cells["event_date"] = _full_date(src, ts, style)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if style in ("serial", "long", "dash"):
            tags.append(f"date_{style}")

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = _vocab(src, "exploitation", str(expl), rng)
        exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif r < 0.05 and src.source == "hasc_uk_jr" and n >= 20:
        cells["n_persons"] = f"{choice(rng, ('approx.', 'c.'))} {n}"
        exp["n_persons"] = n
        tags.append("approx_count")
    else:
        cells["n_persons"] = _count(src, n, rng)
        exp["n_persons"] = n
        if n >= 1000 and isinstance(cells["n_persons"], str) and not cells["n_persons"].isdigit():
            tags.append("thousands:n_persons")
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = choice(rng, unknown["n_suspects"])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.4:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, k, rng)
        exp["n_suspects"] = k

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, unknown["gender"]), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _vocab(src, "gender", gender, rng), gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col], exp[col] = choice(rng, unknown[col]), "unknown"
            tags.append("na_word")
            continue
        word = _vocab(src, col, value, rng)
        if col == "transport_mode" and src.source == "congreso_interior_jr":
            hotspot = str(ev.get("hotspot") or "")
            if value == "sea" and ev["corridor"] == "watl":
                word = choice(rng, ("Cayuco", "Cayuco", "Neumática"))
            elif value == "sea" and rng.random() < 0.6:
                word = "Patera"
            elif value == "land" and hotspot in ("Ceuta", "Melilla") and rng.random() < 0.7:
                word = "Salto de valla"
        cells[col], exp[col] = word, value

    # countries
    for col in _COUNTRY_COLUMNS:
        iso = ev[col]
        blankable = col != "detection_country"
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if blankable and rng.random() < (0.05 if col == "destination_country" else 0.03):
            blank_word = choice(rng, unknown["country"]) if rng.random() < 0.6 else None
            cells[col], exp[col] = blank_word, None
            tags.append(f"blank_{col}")
            continue
        text, tag = _country(src, str(iso), col, rng)
        cells[col], exp[col] = text, iso
        if tag:
            tags.append(tag)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, src.direct) or None
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        style = _draw(rng, src.countries["transit_countries"])
        styled = [_styled(src, c, style, rng) for c in codes]
        parts = [t if t is not None else _name(src, c) for t, c in zip(styled, codes, strict=True)]
        cells["transit_countries"] = _join(src, "transit_countries", parts, rng)
        exp["transit_countries"] = transit
        if any(t is not None for t in styled):
            tags.append(f"{style}:transit_countries")

    # place and linked offences
    coord_cells, exp["lat"], exp["lon"], coord_tags = _coordinates(
        src, ev, rng, forced_blank == "coordinates"
    )
    cells.update(coord_cells)
    tags += coord_tags
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, src.no_offence) or None
        exp["linked_offences"] = None
    else:
        words = [_vocab(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = _join(src, "linked_offences", words, rng)
        exp["linked_offences"] = offences

    # a clerk's case and spacing, now and then
    for col in (*_VOCAB_COLUMNS, *_COUNTRY_COLUMNS):
        cell = cells.get(col)
        if isinstance(cell, str) and cell:
            out, changed = _case(cell, rng, src.case_rate)
            if changed:
                cells[col] = out
                tags.append(f"case:{col}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = []
        for col in (*_VOCAB_COLUMNS, *_COUNTRY_COLUMNS, "transit_countries", "linked_offences"):
            cell = cells.get(col)
            garbled_text = mojibake(cell) if isinstance(cell, str) else None
            if garbled_text is not None and fits(garbled_text, src):
                cells[col] = garbled_text
                garbled.append(f"mojibake:{col}")
        tags += garbled
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible or far in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "32/01")).split("/")
        if src.format == "jsonl":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=2100 + ts.year % 100)  # "21" typed for "20"
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.format == "jsonl":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day the extract was made."""
    day = last + pd.Timedelta(days=14)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "hasc_uk_jr",
        "FRA": "an_commission_enquete_jr",
        "ESP": "congreso_interior_jr",
        "PAN": "asamblea_pa_jr",
    },
    compilation="sr_migrants_hrc_jr",
    secondary={
        ("channel", "FRA"): "hasc_uk_jr",
        ("channel", "GBR"): "an_commission_enquete_jr",
        ("thb_vnm_gbr", "GBR"): "an_commission_enquete_jr",
        ("watl", "ESP"): "sr_migrants_hrc_jr",
        ("wmed", "ESP"): "sr_migrants_hrc_jr",
        ("thb_rou_esp", "ESP"): "sr_migrants_hrc_jr",
        ("thb_rou_esp", "ITA"): "congreso_interior_jr",
        ("thb_nga_ita", "ITA"): "congreso_interior_jr",
        ("darien", "PAN"): "sr_migrants_hrc_jr",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=276_2760,
    blank_share=0.3,
)


def make_blind276(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind276`` set (files ``*_jr.*``).

    Events detected in the United Kingdom go to the Home Affairs Committee's case log, in
    France to the Assemblée nationale's commission d'enquête, in Spain to the Congreso's
    annex and in Panama to the Asamblea Nacional's annex; the UN Special Rapporteur on the
    human rights of migrants reports every other event (Italy, Greece, Croatia, Poland,
    United States). Some Channel, Atlantic, Western Mediterranean, Darién and trafficking
    events are reported a second time by another body.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        The five submissions of :data:`SOURCES`, in that order, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind276(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hasc_uk_jr.csv', 'an_commission_enquete_jr.csv', 'congreso_interior_jr.xlsx',
     'asamblea_pa_jr.csv', 'sr_migrants_hrc_jr.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° de fiche', 'Date des faits', 'Qualification retenue']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
