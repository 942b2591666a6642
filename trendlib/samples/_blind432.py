"""Examiner set ``blind432`` (files ``*_pr.*``): five dairy-sector desks and a risk feed.

Dairy processors and milk collectors keep farm-labour compliance and transport-security
logs: their tanker drivers cross the Channel and the US-Mexico border, their milk
comes from farms where smuggled milkers may be held in debt bondage. Each desk logs
the incidents of its own area in its own working language and tool:

``arla_uk_msl`` (``arla_uk_msl_pr.csv``)
    Arla Foods UK, modern-slavery lead and transport security. English, CSV saved
    by Excel as "CSV UTF-8" (UTF-8 with BOM, ``,``). UK day-first dates
    (``17/05/2023``, ``17 May 2023``, ``17-May-23``; ``May 2023``, ``Q2 2023``),
    nationalities as demonyms (``Vietnamese``, ``Afghani``, ``Iraqi Kurd``; a bare
    ``Kurdish`` names no state), ``UK``/``GB`` for the country, routes joined by
    ``>``, counts as words for small groups, ``nil`` suspects, one
    ``lat, long`` cell.
``sodiaal_conformite`` (``sodiaal_conformite_pr.csv``)
    Sodiaal Union (collecte laitière), conformité sociale et sûreté transport.
    French, cp1252, ``;``, CRLF. ``jj/mm/aaaa`` dates (also two-digit years and
    ``17 mai 2023``; ``mai 2023``, ``T2 2023``, ``2e trimestre 2023``), nationalities
    as French adjectives (``érythréenne``), a batch of rows pasted from a UTF-8
    partner file (mojibake), ``aucun``/``néant`` suspects, ``NC`` counts, decimal
    commas in two coordinate columns, transit countries joined by ``/``.
``capsa_cumplimiento`` (``capsa_cumplimiento_pr.csv``)
    Capsa Food (Central Lechera Asturiana), seguridad corporativa y cumplimiento.
    Spanish, Excel "Texto Unicode" (UTF-16 with BOM, tab). Spanish penal-code wording
    (``Art. 177 bis CP`` trafficking, ``Art. 318 bis CP`` smuggling), ``Sexo (V/M)``
    (``V`` = varón, ``M`` = mujer), ``MENA`` minors, upper-case country names and
    ISO3 codes, ``1.234`` thousands, day-first dates with ``/`` or ``-`` and a few
    ``aaaa/mm/dd`` ones (``mayo de 2023``, ``05/2023``, ``T2 2023``), coordinates in
    degrees-minutes-seconds with ``O`` (oeste) for west, or as a decimal pair.
``lala_seguridad`` (``lala_seguridad_pr.xlsx``)
    Grupo Lala (Comarca Lagunera), seguridad patrimonial / cadena de suministro
    (C-TPAT). Mexican Spanish, XLSX. Real Excel dates, some text dates with a time,
    a few Excel serial numbers (a column formatted "General"), ``tráfico de
    personas`` for smuggling (Mexican law's word) and ``trata de personas`` for
    trafficking, ``NNA`` minors, ``EUA`` for the United States, ``sin dato``.
``everstream_alerts`` (``everstream_alerts_pr.jsonl``)
    Everstream Analytics supply-chain risk alerts (the compilation: every event no
    desk above covers). English JSON lines from the API: ISO-8601 timestamps in UTC,
    numbers as numbers, ``null`` for unknowns, UN country names for nationality,
    ISO alpha-2 codes, the incident country as its UN M49 code, transit as ISO2
    codes joined by ``;``, ``0.0, 0.0`` when the geocoder failed.

Every cell is written the way a careful analyst reads it back: where one cannot
(``Kurdish``, ``n/k``, a blank), the truth expects nothing (or ``unknown``) and the
row's messiness tags say why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from trendlib.errors import DataContractError
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

__all__ = ["COUNTRY_WORDS", "SOURCES", "STYLES", "SourceStyle", "make_blind432"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish, English demonym, French adjective)
# --------------------------------------------------------------------------------------
#: Country names and demonyms the five sources write, by ISO alpha-3 code.
COUNTRY_WORDS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afghane"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanaise"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "autrichienne"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladaise"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "bulgare"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnienne",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "biélorusse"),
    "CHN": ("China", "Chine", "China", "Chinese", "chinoise"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Ivorian", "ivoirienne"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerounaise"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombienne"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "allemande"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "algérienne"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "équatorienne"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "égyptienne"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "érythréenne"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "espagnole"),
    "FRA": ("France", "France", "Francia", "French", "française"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "britannique"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guinéenne"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambienne"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "grecque"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatémaltèque"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondurienne"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croate"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haïtienne"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "hongroise"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iranienne"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "irakienne"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italienne"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libyenne"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marocaine"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicaine"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macédonienne",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "malienne"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritanienne"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigérienne"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian", "nigériane"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistanaise"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panaméenne"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polonaise"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "roumaine"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "russe"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "sénégalaise"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbe"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "syrienne"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunisienne"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turque"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American", "américaine"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "vénézuélienne"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamienne"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yéménite"),
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2}

#: The UN's names, as a risk feed built on UN reference data writes nationalities.
_UN_NAMES = {
    "SYR": "Syrian Arab Republic",
    "IRN": "Iran (Islamic Republic of)",
    "VNM": "Viet Nam",
    "TUR": "Türkiye",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "RUS": "Russian Federation",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "USA": "United States of America",
    "MKD": "North Macedonia",
    "BIH": "Bosnia and Herzegovina",
    "CIV": "Côte d'Ivoire",
    "GMB": "Gambia (Republic of The)",
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
_MONTH_NAMES = {"en": MONTHS, "fr": _MONTHS_FR, "es": _MONTHS_ES}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# How each source writes
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SourceStyle:
    """How one source writes its cells (the wording beside :class:`ExaminerSource`).

    Attributes
    ----------
    day : mapping
        Day-precision date style -> weight (see :func:`_date_text`).
    month, quarter : tuple of str
        Month- and quarter-precision date styles the clerk uses.
    partial : float
        Share of rows dated by month or quarter only (when the row may be).
    nationality, country, detection : mapping
        Style of the nationality, the other country cells and the detection country ->
        weight (``name``, ``upper``, ``lower``, ``iso2``, ``iso3``, ``alias``, ``typo``,
        ``demonym``, ``un``, ``m49``).
    words : mapping
        Column -> canonical word -> the source's wordings (first = the usual one).
    unknown : tuple of str
        What the clerk writes for "not known" in a text cell (``""`` = a blank).
    not_applicable : tuple of str
        The exploitation cell of a pure smuggling row.
    direct : tuple of str
        The transit cell of a direct journey.
    count_unknown : tuple of str
        A count cell saying the count is not known (empty tuple: a ``null``).
    zero : tuple of str
        Words for "no suspect".
    number_words : tuple of str
        Words for 1, 2, 3, ... used for small counts (empty: never).
    thousands : str
        Thousands separator of counts >= 1000 (``""``: none).
    suffix : str
        Unit the clerk sometimes adds after a count.
    transit_sep, offence_sep : str
        Separators of the transit countries and of the linked offences.
    coords : str
        ``pair`` (one ``lat, lon`` cell), ``fr_comma`` (two cells, decimal comma),
        ``dms_es`` (degrees-minutes-seconds, ``O`` for west, or a decimal pair),
        ``sheet`` (two numeric cells) or ``json`` (two JSON numbers).
    case_rate : float
        Share of text cells whose case or spacing is changed.
    mojibake_rate : float
        Share of rows pasted from a UTF-8 file read as cp1252.
    aliases, nat_aliases : mapping
        ISO alpha-3 -> other names of the country, and of its nationals.
    typos : mapping
        ISO alpha-3 -> a misspelling the clerk makes.
    kurdish : float
        Share of Iraqi, Iranian and Syrian nationals logged as ``Kurdish`` (no state).
    """

    day: Mapping[str, float]
    month: tuple[str, ...]
    quarter: tuple[str, ...]
    partial: float
    nationality: Mapping[str, float]
    country: Mapping[str, float]
    detection: Mapping[str, float]
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    direct: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    number_words: tuple[str, ...]
    thousands: str
    suffix: str
    transit_sep: str
    offence_sep: str
    coords: str
    case_rate: float
    mojibake_rate: float
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    nat_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    typos: Mapping[str, str] = field(default_factory=dict)
    kurdish: float = 0.0


def _src(
    source: str,
    ext: str,
    ref: str,
    encoding: str,
    delimiter: str | None,
    language: str,
    headers: dict[str, str],
    note: str | None,
    total: str,
    bad_count: tuple[str, ...],
    repeats: bool,
) -> ExaminerSource:
    return ExaminerSource(
        source=source,
        filename=f"{source}_pr.{ext}",
        ref=ref,
        format=ext,
        encoding=encoding,
        delimiter=delimiter,
        language=language,
        headers=headers,
        note=note,
        total=total,
        bad_count=bad_count,
        repeats=repeats,
    )


_ARLA = _src(
    "arla_uk_msl",
    "csv",
    "AFUK-MS-{year}-{seq:04d}",
    "utf-8-sig",
    ",",
    "en",
    {
        "source_ref": "Log Ref",
        "event_date": "Date of Incident",
        "crime_type": "Concern Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspects (No.)",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "detection_country": "Country (Location)",
        "transit_countries": "Known Route (transit)",
        "transport_mode": "Method",
        "coordinates": "Location (Lat, Long)",
        "linked_offences": "Associated Offences",
    },
    "Note: figures provisional pending NRM outcomes - do not circulate",
    "TOTAL",
    ("several", "multiple", "a group"),
    True,
)
_SODIAAL = _src(
    "sodiaal_conformite",
    "csv",
    "CS{yy:02d}-{seq:04d}",
    "cp1252",
    ";",
    "fr",
    {
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    "NB : extraction provisoire, données non consolidées (service conformité)",
    "Total général",
    ("plusieurs", "un groupe", "nombreux"),
    False,
)
_CAPSA = _src(
    "capsa_cumplimiento",
    "csv",
    "EXP-{seq:04d}/{year}",
    "utf-16",
    "\t",
    "es",
    {
        "source_ref": "Nº Expediente",
        "event_date": "Fecha hechos",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo (V/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transit_countries": "Países tránsito",
        "transport_mode": "Medio transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    "Nota: datos provisionales pendientes de validación por Seguridad Corporativa",
    "TOTAL",
    ("varios", "un grupo", "numerosos"),
    False,
)
_LALA = _src(
    "lala_seguridad",
    "xlsx",
    "SP-LAG-{year}-{seq:05d}",
    "utf-8",
    None,
    "es",
    {
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de incidente",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Personas localizadas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos relacionados",
    },
    "Nota: información preliminar, sujeta a validación",
    "Total",
    ("varios", "grupo"),
    True,
)
_EVERSTREAM = _src(
    "everstream_alerts",
    "jsonl",
    "EVS-{year}{seq:06d}",
    "utf-8",
    None,
    "en",
    {
        "source_ref": "alert_id",
        "event_date": "event_time_utc",
        "crime_type": "risk_category",
        "exploitation": "exploitation_type",
        "n_persons": "people_affected",
        "n_suspects": "suspects_detained",
        "gender": "gender",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country_iso2",
        "detection_country": "incident_country_m49",
        "transit_countries": "transit_iso2",
        "transport_mode": "transport_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_risks",
    },
    None,
    "_summary",
    ("multiple", "dozens"),
    False,
)

#: The five sources, in the order :func:`make_blind432` returns them.
SOURCES: tuple[ExaminerSource, ...] = (_ARLA, _SODIAAL, _CAPSA, _LALA, _EVERSTREAM)

_EN_DIRECT = ("Direct", "")
STYLES: dict[str, SourceStyle] = {
    "arla_uk_msl": SourceStyle(
        day={"dmy": 0.6, "long": 0.22, "dmon_yy": 0.18},
        month=("month_name",),
        quarter=("quarter_q",),
        partial=0.06,
        nationality={"demonym": 0.7, "name": 0.15, "typo": 0.05, "alias": 0.1},
        country={"name": 0.75, "alias": 0.1, "typo": 0.05, "upper": 0.1},
        detection={"alias": 0.55, "name": 0.25, "iso2": 0.2},
        words={
            "crime_type": {
                "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
                "smuggling": (
                    "Clandestine entry",
                    "People smuggling",
                    "Facilitation (illegal entry)",
                ),
                "both": ("Smuggling & trafficking", "MSHT + facilitation"),
            },
            "exploitation": {
                "forced_labour": ("Labour exploitation", "Forced labour", "Debt bondage"),
                "sexual": ("Sexual exploitation",),
                "forced_criminality": ("Criminal exploitation", "Forced criminality"),
                "organ_removal": ("Organ harvesting",),
                "forced_marriage": ("Forced marriage",),
                "other": ("Other",),
            },
            "gender": {
                "female": ("Female", "F", "Women"),
                "male": ("Male", "M", "Men"),
                "mixed": ("Mixed", "Male & female"),
            },
            "age_group": {
                "child": ("Minor", "Child", "U18", "Under 18"),
                "adult": ("Adult", "18+", "Adults"),
                "mixed": ("Adults & minors", "Mixed ages"),
            },
            "transport_mode": {
                "sea": ("Small boat", "RHIB", "Dinghy"),
                "land": ("HGV", "Lorry", "Milk tanker", "Van"),
                "air": ("Flight", "Air"),
            },
            "linked_offences": {
                "document_fraud": ("Document fraud", "False ID"),
                "corruption": ("Bribery",),
                "money_laundering": ("Money laundering",),
                "illicit_goods": ("Drugs", "Cannabis cultivation"),
                "cybercrime": ("Cyber-enabled fraud",),
                "terrorism": ("Terrorism",),
            },
        },
        unknown=("Unknown", "n/k", "Not known", ""),
        not_applicable=("N/A", "", ""),
        direct=_EN_DIRECT,
        count_unknown=("TBC", "not known", "n/k"),
        zero=("nil", "none"),
        number_words=("one", "two", "three"),
        thousands=",",
        suffix="",
        transit_sep=" > ",
        offence_sep="; ",
        coords="pair",
        case_rate=0.06,
        mojibake_rate=0.0,
        aliases={"GBR": ("UK", "U.K."), "VNM": ("Viet Nam",)},
        nat_aliases={"AFG": ("Afghani",), "IRQ": ("Iraqi Kurd",)},
        typos={
            "AFG": "Afghanisatn",
            "ERI": "Eritria",
            "VNM": "Veitnam",
            "ALB": "Albnia",
            "SYR": "Sryia",
            "IRN": "Irann",
            "IRQ": "Irak",
            "DEU": "Germnay",
            "CHN": "Chian",
        },
        kurdish=0.12,
    ),
    "sodiaal_conformite": SourceStyle(
        day={"dmy": 0.75, "dmy2": 0.12, "long": 0.13},
        month=("month_name",),
        quarter=("quarter_t", "quarter_fr"),
        partial=0.06,
        nationality={"demonym": 0.65, "name": 0.2, "upper": 0.1, "typo": 0.05},
        country={"name": 0.7, "upper": 0.2, "typo": 0.05, "alias": 0.05},
        detection={"name": 0.7, "upper": 0.2, "alias": 0.1},
        words={
            "crime_type": {
                "trafficking": ("Traite des êtres humains", "TEH", "Traite (TEH)"),
                "smuggling": (
                    "Aide à l'entrée irrégulière",
                    "Trafic de migrants",
                    "Passage clandestin",
                ),
                "both": ("TEH et aide à l'entrée irrégulière", "Traite + trafic de migrants"),
            },
            "exploitation": {
                "forced_labour": (
                    "Exploitation par le travail",
                    "Servitude pour dettes",
                    "Travail forcé",
                ),
                "sexual": ("Exploitation sexuelle", "Proxénétisme"),
                "forced_criminality": ("Contrainte à commettre des délits",),
                "organ_removal": ("Prélèvement d'organes",),
                "forced_marriage": ("Mariage forcé",),
                "other": ("Autre",),
            },
            "gender": {
                "female": ("F", "Femmes", "féminin"),
                "male": ("H", "Hommes", "masculin"),
                "mixed": ("Mixte", "H/F"),
            },
            "age_group": {
                "child": ("Mineur(s)", "MNA", "mineurs"),
                "adult": ("Majeur(s)", "majeurs", "adultes"),
                "mixed": ("Majeurs et mineurs", "mixte"),
            },
            "transport_mode": {
                "sea": ("Small boat", "Embarcation", "Bateau pneumatique"),
                "land": ("Poids lourd", "PL", "Camion-citerne", "Véhicule léger"),
                "air": ("Aérien", "Avion"),
            },
            "linked_offences": {
                "document_fraud": ("Faux documents", "Fraude documentaire"),
                "corruption": ("Corruption",),
                "money_laundering": ("Blanchiment",),
                "illicit_goods": ("Stupéfiants",),
                "cybercrime": ("Cybercriminalité",),
                "terrorism": ("Terrorisme",),
            },
        },
        unknown=("inconnu", "NR", "non renseigné", ""),
        not_applicable=("sans objet", "", ""),
        direct=("aucun", ""),
        count_unknown=("NC", "non connu"),
        zero=("aucun", "néant"),
        number_words=("un", "deux", "trois"),
        thousands="\u00a0",
        suffix=" pers.",
        transit_sep=" / ",
        offence_sep=", ",
        coords="fr_comma",
        case_rate=0.05,
        mojibake_rate=0.1,
        aliases={"GBR": ("Grande-Bretagne", "Royaume Uni"), "VNM": ("Vietnam",), "CIV": ("RCI",)},
        typos={
            "AFG": "Afganistan",
            "ERI": "Erythree",
            "IRQ": "Iraq",
            "VNM": "Viet-Nam",
            "ALB": "Albannie",
            "IRN": "Irann",
            "SYR": "Syire",
        },
    ),
    "capsa_cumplimiento": SourceStyle(
        day={"dmy": 0.6, "dmy_dash": 0.2, "ymd_slash": 0.1, "long": 0.1},
        month=("month_name", "month_num"),
        quarter=("quarter_t", "quarter_es"),
        partial=0.05,
        nationality={"upper": 0.55, "name": 0.25, "iso3": 0.15, "typo": 0.05},
        country={"upper": 0.5, "name": 0.35, "iso3": 0.1, "typo": 0.05},
        detection={"upper": 0.6, "name": 0.3, "iso3": 0.1},
        words={
            "crime_type": {
                "trafficking": ("Trata de seres humanos", "Art. 177 bis CP", "TSH"),
                "smuggling": (
                    "Favorecimiento de la inmigración irregular",
                    "Art. 318 bis CP",
                    "Tráfico ilícito de migrantes",
                ),
                "both": ("Trata y tráfico de migrantes", "Arts. 177 bis y 318 bis CP"),
            },
            "exploitation": {
                "forced_labour": ("Laboral", "Explotación laboral", "Servidumbre por deudas"),
                "sexual": ("Explotación sexual", "Sexual"),
                "forced_criminality": ("Actividades delictivas",),
                "organ_removal": ("Extracción de órganos",),
                "forced_marriage": ("Matrimonio forzado",),
                "other": ("Otras",),
            },
            "gender": {
                "female": ("Mujer", "M", "Mujeres"),
                "male": ("Varón", "V", "Hombres"),
                "mixed": ("Ambos sexos", "V y M"),
            },
            "age_group": {
                "child": ("Menores", "MENA", "Menor de edad"),
                "adult": ("Mayores de edad", "Adultos"),
                "mixed": ("Adultos y menores", "Mixto"),
            },
            "transport_mode": {
                "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
                "land": ("Camión", "Furgoneta", "Cisterna", "Terrestre"),
                "air": ("Avión", "Aéreo"),
            },
            "linked_offences": {
                "document_fraud": ("Falsedad documental",),
                "corruption": ("Cohecho",),
                "money_laundering": ("Blanqueo de capitales",),
                "illicit_goods": ("Tráfico de drogas", "Contra la salud pública (drogas)"),
                "cybercrime": ("Ciberdelito",),
                "terrorism": ("Terrorismo",),
            },
        },
        unknown=("Desconocido", "No consta", "s/d", ""),
        not_applicable=("No procede", "", ""),
        direct=("Directo", ""),
        count_unknown=("s/d", "no consta"),
        zero=("ninguno",),
        number_words=(),
        thousands=".",
        suffix="",
        transit_sep=" - ",
        offence_sep=" / ",
        coords="dms_es",
        case_rate=0.04,
        mojibake_rate=0.0,
        aliases={"GIN": ("Guinea Conakry",), "ROU": ("Rumania",), "GBR": ("Gran Bretaña",)},
        typos={
            "MAR": "Maruecos",
            "SEN": "Senegall",
            "MRT": "Mauritnia",
            "DZA": "Argelía",
            "CIV": "Costa Marfil",
            "GMB": "Gambía",
        },
    ),
    "lala_seguridad": SourceStyle(
        day={"excel": 0.72, "dmy_time": 0.18, "serial": 0.1},
        month=("month_name",),
        quarter=("quarter_t",),
        partial=0.04,
        nationality={"name": 0.6, "upper": 0.2, "iso3": 0.1, "typo": 0.1},
        country={"name": 0.65, "upper": 0.2, "alias": 0.1, "typo": 0.05},
        detection={"alias": 0.6, "name": 0.3, "upper": 0.1},
        words={
            "crime_type": {
                "trafficking": ("Trata de personas", "Trata"),
                "smuggling": (
                    "Tráfico de personas",
                    "Tráfico de indocumentados",
                    "Tráfico de migrantes (polleros)",
                ),
                "both": ("Trata y tráfico de personas",),
            },
            "exploitation": {
                "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
                "sexual": ("Explotación sexual",),
                "forced_criminality": ("Actividades delictivas",),
                "organ_removal": ("Tráfico de órganos",),
                "forced_marriage": ("Matrimonio forzoso",),
                "other": ("Otra",),
            },
            "gender": {
                "female": ("Femenino", "Mujer", "Mujeres"),
                "male": ("Masculino", "Hombre", "Hombres"),
                "mixed": ("Mixto", "Hombres y mujeres"),
            },
            "age_group": {
                "child": ("NNA", "Menores de edad", "Menor"),
                "adult": ("Adultos", "Mayores de edad"),
                "mixed": ("Adultos y NNA", "Mixto"),
            },
            "transport_mode": {
                "land": ("Tractocamión", "Caja seca", "Pipa", "Vehículo particular", "A pie"),
                "sea": ("Embarcación", "Lancha"),
                "air": ("Vía aérea", "Avión"),
            },
            "linked_offences": {
                "document_fraud": ("Falsificación de documentos",),
                "corruption": ("Cohecho",),
                "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
                "illicit_goods": ("Narcóticos", "Contrabando"),
                "cybercrime": ("Delitos informáticos",),
                "terrorism": ("Terrorismo",),
            },
        },
        unknown=("Sin dato", "S/D", "N/D", ""),
        not_applicable=("N/A", "", ""),
        direct=("",),
        count_unknown=("sin dato", "S/D"),
        zero=("ninguno", "sin detenidos"),
        number_words=(),
        thousands="",
        suffix=" personas",
        transit_sep=", ",
        offence_sep=", ",
        coords="sheet",
        case_rate=0.04,
        mojibake_rate=0.0,
        aliases={"USA": ("EUA", "E.U.A.", "EE.UU."), "MEX": ("Méx.",)},
        typos={"HND": "Hondruas", "GTM": "Guatemal", "VEN": "Venezuala", "ECU": "Ecudor"},
    ),
    "everstream_alerts": SourceStyle(
        day={"iso_z": 0.75, "iso": 0.25},
        month=(),
        quarter=(),
        partial=0.0,
        nationality={"un": 0.8, "name": 0.2},
        country={"iso2": 1.0},
        detection={"m49": 1.0},
        words={
            "crime_type": {
                "trafficking": ("Human Trafficking",),
                "smuggling": ("Migrant Smuggling",),
                "both": ("Human Trafficking; Migrant Smuggling",),
            },
            "exploitation": {
                "forced_labour": ("forced labor",),
                "sexual": ("sexual exploitation",),
                "forced_criminality": ("forced criminality",),
                "organ_removal": ("organ removal",),
                "forced_marriage": ("forced marriage",),
                "other": ("other",),
            },
            "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
            "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
            "transport_mode": {"sea": ("maritime",), "land": ("land",), "air": ("air",)},
            "linked_offences": {
                "document_fraud": ("document fraud",),
                "corruption": ("corruption",),
                "money_laundering": ("money laundering",),
                "illicit_goods": ("illicit goods", "drug trafficking"),
                "cybercrime": ("cybercrime",),
                "terrorism": ("terrorism",),
            },
        },
        unknown=("",),
        not_applicable=("",),
        direct=("",),
        count_unknown=(),
        zero=(),
        number_words=(),
        thousands="",
        suffix="",
        transit_sep=";",
        offence_sep="; ",
        coords="json",
        case_rate=0.0,
        mojibake_rate=0.0,
    ),
}

# Who first reports an event: the desk of its detection country, else the risk feed.
_PRIMARY = {
    "GBR": "arla_uk_msl",
    "FRA": "sodiaal_conformite",
    "ESP": "capsa_cumplimiento",
    "USA": "lala_seguridad",
}
_COMPILATION = "everstream_alerts"
# Who may report it again: the desk across the Channel, the risk feed for the sea and
# land arrivals it also tracks, the Spanish desk for the Romanian network in Italy.
_SECONDARY = {
    ("channel", "FRA"): "arla_uk_msl",
    ("channel", "GBR"): "sodiaal_conformite",
    ("thb_vnm_gbr", "GBR"): "everstream_alerts",
    ("watl", "ESP"): "everstream_alerts",
    ("wmed", "ESP"): "everstream_alerts",
    ("thb_rou_esp", "ESP"): "everstream_alerts",
    ("thb_rou_esp", "ITA"): "capsa_cumplimiento",
    ("us_mex", "USA"): "everstream_alerts",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _date_text(style: str, ts: pd.Timestamp, lang: str, rng: _Rng) -> object:
    """Write ``ts`` in one of the date styles (a cell: text, datetime or int)."""
    month = _MONTH_NAMES[lang][ts.month - 1]
    q = (ts.month - 1) // 3 + 1
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_z":
        hh, mm, ss = int(rng.integers(7, 19)), int(rng.integers(0, 60)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:{ss:02d}Z"
    if style == "dmy_time":
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}"
    if style == "long":
        de = " de " if lang == "es" else " "
        return f"{ts.day}{de}{month}{de}{ts.year}"
    if style == "dmon_yy":
        return f"{ts.day:02d}-{month[:3]}-{ts.year % 100:02d}"
    if style == "excel":
        return dt.datetime(ts.year, ts.month, ts.day)
    if style == "serial":
        return _serial(ts)
    if style == "month_name":
        return f"{month} de {ts.year}" if lang == "es" else f"{month} {ts.year}"
    if style == "month_num":
        return ts.strftime("%m/%Y")
    if style == "quarter_q":
        return f"Q{q} {ts.year}"
    if style == "quarter_t":
        return f"T{q} {ts.year}"
    if style == "quarter_fr":
        return f"{q}{'er' if q == 1 else 'e'} trimestre {ts.year}"
    if style == "quarter_es":
        return f"{q}.º trimestre {ts.year}"
    raise DataContractError(f"unknown date style {style!r} in the blind432 set.")


def _case(text: str, rng: _Rng) -> str:
    kind = int(rng.integers(0, 3))
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _country(
    st: SourceStyle, lang: str, iso: str, style: str, rng: _Rng, *, nationals: bool = False
) -> tuple[str, str | None]:
    """Write one country in ``style``; return (cell, the style shown or None if plain)."""
    if iso not in COUNTRY_WORDS:
        raise DataContractError(f"no wording for country {iso!r} in the blind432 set.")
    row = COUNTRY_WORDS[iso]
    name = row[_LANG_COL[lang]]
    if style == "demonym":
        return (row[3] if lang == "en" else row[4]), "demonym"
    if style == "upper":
        return name.upper(), "upper"
    if style == "lower":
        return name.lower(), "lower"
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "m49":
        return iso_codes(iso)[1], "m49"
    if style == "un":
        return _UN_NAMES.get(iso, row[0]), ("un" if iso in _UN_NAMES else None)
    aliases = st.nat_aliases if nationals else st.aliases
    if style == "alias" and iso in aliases:
        return choice(rng, aliases[iso]), "alias"
    if style == "typo" and iso in st.typos:
        return st.typos[iso], "typo"
    return name, None


@dataclass
class _Row:
    """One row being written: its cells, expected values and tags."""

    src: ExaminerSource
    st: SourceStyle
    rng: _Rng
    cells: dict[str, object] = field(default_factory=dict)
    exp: dict[str, object] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)

    def has(self, col: str) -> bool:
        return col in self.src.headers

    def word(self, col: str, value: str) -> str:
        forms = self.st.words[col][value]
        r = self.rng.random()
        if r < 0.6 or len(forms) == 1:
            return forms[0]
        return forms[1 + int((r - 0.6) / 0.4 * (len(forms) - 1)) % (len(forms) - 1)]

    def unknown(self) -> str | None:
        text = choice(self.rng, self.st.unknown)
        return text or None

    def text(self, col: str, text: str | None, noisy: bool = True) -> None:
        if text is not None and noisy and self.rng.random() < self.st.case_rate:
            changed = _case(text, self.rng)
            if changed != text:
                self.tags.append(f"case:{col}")
                text = changed
        self.cells[col] = text

    def count(self, col: str, n: int) -> object:
        """Write a count as the source does (text in CSV, a number elsewhere)."""
        st, fmt = self.st, self.src.format
        if st.number_words and 1 <= n <= len(st.number_words) and self.rng.random() < 0.15:
            self.tags.append(f"count_word:{col}")
            return st.number_words[n - 1]
        if n >= 1000 and st.thousands and fmt == "csv":
            self.tags.append(f"thousands:{col}")
            return f"{n // 1000}{st.thousands}{n % 1000:03d}"
        if st.suffix and col == "n_persons" and self.rng.random() < 0.07:
            self.tags.append(f"count_suffix:{col}")
            return f"{n}{st.suffix}"
        return str(n) if fmt == "csv" else n


def _write_date(row: _Row, ts: pd.Timestamp, partial_ok: bool) -> None:
    st, rng, lang = row.st, row.rng, row.src.language
    if partial_ok and st.partial and rng.random() < st.partial:
        if rng.random() < 0.4:
            row.cells["event_date"] = _date_text(choice(rng, st.quarter), ts, lang, rng)
            row.exp["event_date"] = ts.to_period("Q").start_time
            row.exp["date_precision"] = "quarter"
        else:
            row.cells["event_date"] = _date_text(choice(rng, st.month), ts, lang, rng)
            row.exp["event_date"] = ts.to_period("M").start_time
            row.exp["date_precision"] = "month"
        row.tags.append("partial_date")
        return
    style = _weighted(rng, st.day)
    row.cells["event_date"] = _date_text(style, ts, lang, rng)
    row.exp["event_date"] = ts.normalize()
    row.exp["date_precision"] = "day"
    if style in ("serial", "dmy_time", "iso_z", "dmy2", "ymd_slash", "long", "dmon_yy"):
        row.tags.append(f"date_{style}")


def _write_vocab(row: _Row, ev: Mapping[str, object], forced_blank: str | None) -> None:
    rng, st = row.rng, row.st
    crime = str(ev["crime_type"])
    row.text("crime_type", row.word("crime_type", crime))
    row.exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: nothing to say, or "not applicable"
        cell = choice(rng, st.not_applicable)
        row.cells["exploitation"] = cell or None
        row.exp["exploitation"] = None
    elif rng.random() < 0.04:
        row.cells["exploitation"] = row.unknown()
        row.exp["exploitation"] = "unknown"
        row.tags.append("unknown:exploitation")
    else:
        row.text("exploitation", row.word("exploitation", str(expl)))
        row.exp["exploitation"] = expl
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        row.cells["gender"] = None if forced_blank == "gender" else row.unknown()
        row.exp["gender"] = "unknown"
        row.tags.append("blank_gender")
    else:
        row.text("gender", row.word("gender", gender))
        row.exp["gender"] = gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            row.cells[col] = row.unknown()
            row.exp[col] = "unknown"
            row.tags.append(f"na_word:{col}")
        else:
            row.text(col, row.word(col, value))
            row.exp[col] = value


def _write_counts(row: _Row, ev: Mapping[str, object], forced_blank: str | None) -> None:
    rng, st = row.rng, row.st
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:  # the clerk did not know the count yet
        row.cells["n_persons"] = choice(rng, st.count_unknown) if st.count_unknown else None
        row.exp["n_persons"] = None
        row.tags.append("count_placeholder")
    else:
        row.cells["n_persons"] = row.count("n_persons", n)
        row.exp["n_persons"] = n
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or r < 0.04:
        row.cells["n_suspects"] = None
        row.exp["n_suspects"] = None
        row.tags.append("blank_n_suspects")
    elif r < 0.07 and st.count_unknown:
        row.cells["n_suspects"] = choice(rng, st.count_unknown)
        row.exp["n_suspects"] = None
        row.tags.append("suspects_placeholder")
    elif s == 0 and st.zero and rng.random() < 0.5:
        row.cells["n_suspects"] = choice(rng, st.zero)
        row.exp["n_suspects"] = 0
        row.tags.append("zero_word")
    else:
        row.cells["n_suspects"] = row.count("n_suspects", s)
        row.exp["n_suspects"] = s


def _write_countries(row: _Row, ev: Mapping[str, object], forced_blank: str | None) -> None:
    rng, st, lang = row.rng, row.st, row.src.language
    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.03:
        row.cells["nationality"] = None if forced_blank == "nationality" else row.unknown()
        row.exp["nationality"] = None
        row.tags.append("blank_nationality")
    elif st.kurdish and nat in ("IRQ", "IRN", "SYR") and rng.random() < st.kurdish:
        # an ethnicity, not a state: a careful analyst cannot tell which country
        row.text("nationality", "Kurdish")
        row.exp["nationality"] = None
        row.tags.extend(["kurdish", "blank_nationality"])
    else:
        cell, shown = _country(st, lang, nat, _weighted(rng, st.nationality), rng, nationals=True)
        if shown:
            row.tags.append(f"{shown}:nationality")
        row.text("nationality", cell, noisy=shown not in ("iso2", "iso3", "m49"))
        row.exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        if not row.has(col):
            row.exp[col] = None
            continue
        if iso is None or rng.random() < 0.03:
            row.cells[col] = row.unknown() if iso is not None else None
            row.exp[col] = None
            row.tags.append(f"blank_{col}")
            continue
        cell, shown = _country(st, lang, str(iso), _weighted(rng, st.country), rng)
        if shown:
            row.tags.append(f"{shown}:{col}")
        row.text(col, cell, noisy=shown not in ("iso2", "iso3", "m49"))
        row.exp[col] = iso
    det = str(ev["detection_country"])
    if forced_blank == "detection_country" or rng.random() < 0.01:
        row.cells["detection_country"] = None
        row.exp["detection_country"] = None
        row.tags.append("blank_detection_country")
    else:
        cell, shown = _country(st, lang, det, _weighted(rng, st.detection), rng)
        if shown:
            row.tags.append(f"{shown}:detection_country")
        row.text("detection_country", cell, noisy=shown not in ("iso2", "iso3", "m49"))
        row.exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cell = choice(rng, st.direct)
        row.cells["transit_countries"] = cell or None
        row.exp["transit_countries"] = None
        if cell:
            row.tags.append("direct_word")
    elif rng.random() < 0.03:
        row.cells["transit_countries"] = None
        row.exp["transit_countries"] = None
        row.tags.append("blank_transit_countries")
    else:
        style = _weighted(rng, st.country)
        parts = [_country(st, lang, iso, style, rng) for iso in str(transit).split("|")]
        if any(shown for _, shown in parts):
            row.tags.append(f"{style}:transit_countries")
        row.cells["transit_countries"] = st.transit_sep.join(p for p, _ in parts)
        row.exp["transit_countries"] = transit


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths, decimal comma); return text and its value."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}º {minutes:02d}' {sec10 // 10:02d},{sec10 % 10}'' {hemi}"
    read = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, read


def _write_place(row: _Row, ev: Mapping[str, object], forced_blank: str | None) -> None:
    rng, st = row.rng, row.st
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    keys = ("coordinates",) if row.has("coordinates") else ("lat", "lon")
    r = rng.random()
    if forced_blank == "coordinates" or r < 0.04:
        for k in keys:
            row.cells[k] = None
        row.exp["lat"] = row.exp["lon"] = None
        row.tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        return
    if st.coords == "json" and r < 0.06:  # the geocoder gave up: (0, 0)
        row.cells["lat"], row.cells["lon"] = 0.0, 0.0
        row.exp["lat"] = row.exp["lon"] = None
        row.tags.append("coords_placeholder")
        return
    if st.coords == "pair":
        digits = 5 if rng.random() < 0.7 else 4
        la, lo = round(lat, digits), round(lon, digits)
        sep = ", " if rng.random() < 0.8 else ","
        row.cells["coordinates"] = f"{la:.{digits}f}{sep}{lo:.{digits}f}"
    elif st.coords == "fr_comma":
        la, lo = round(lat, 5), round(lon, 5)
        row.cells["lat"] = f"{la:.5f}".replace(".", ",")
        row.cells["lon"] = f"{lo:.5f}".replace(".", ",")
        row.tags.append("decimal_comma")
    elif st.coords == "dms_es":
        if rng.random() < 0.65:
            t_lat, la = _dms(lat, "N", "S")
            t_lon, lo = _dms(lon, "E", "O")
            row.cells["coordinates"] = f"{t_lat} {t_lon}"
            row.tags.append("coords_dms")
        else:
            la, lo = round(lat, 5), round(lon, 5)
            row.cells["coordinates"] = f"{la:.5f}, {lo:.5f}"
    elif st.coords == "sheet":
        la, lo = round(lat, 5), round(lon, 5)
        if rng.random() < 0.1:
            row.cells["lat"], row.cells["lon"] = f"{la:.5f}", f"{lo:.5f}"
            row.tags.append("coords_text")
        else:
            row.cells["lat"], row.cells["lon"] = la, lo
    else:  # json numbers
        la, lo = round(lat, 4), round(lon, 4)
        row.cells["lat"], row.cells["lon"] = la, lo
    row.exp["lat"], row.exp["lon"] = round(la, 6), round(lo, 6)


def _write_offences(row: _Row, ev: Mapping[str, object]) -> None:
    offences = ev["linked_offences"]
    if not row.has("linked_offences"):
        row.exp["linked_offences"] = None
        return
    row.exp["linked_offences"] = offences
    if offences is None:
        row.cells["linked_offences"] = None
        return
    words = [row.word("linked_offences", o) for o in str(offences).split("|")]
    row.text("linked_offences", row.st.offence_sep.join(words))


def _garble(row: _Row) -> None:
    """Rows pasted from a partner's UTF-8 file into the cp1252 register (mojibake)."""
    done = False
    for key, value in row.cells.items():
        if key in ("event_date", "source_ref") or not isinstance(value, str):
            continue
        bad = mojibake(value)
        if bad is not None and fits(bad, row.src):
            row.cells[key] = bad
            row.tags.append(f"mojibake:{key}")
            done = True
    if done:
        row.tags.append("mojibake")


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    row = _Row(src, STYLES[src.source], rng)
    _write_date(row, pd.Timestamp(ev["event_date"]), partial_ok)  # type: ignore[arg-type]
    _write_vocab(row, ev, forced_blank)
    _write_counts(row, ev, forced_blank)
    _write_countries(row, ev, forced_blank)
    _write_place(row, ev, forced_blank)
    _write_offences(row, ev)
    if row.st.mojibake_rate and rng.random() < row.st.mojibake_rate:
        _garble(row)
    for key, value in row.cells.items():  # every CSV cell must fit the file's encoding
        if isinstance(value, str) and not fits(value, src):
            raise DataContractError(f"{value!r} ({key}) does not fit {src.encoding}.")
    return row.cells, row.exp, row.tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible, or a year typed wrong."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # "2023" typed "2123"
        later = ts.replace(year=ts.year + 100)
        if src.format == "xlsx":
            return dt.datetime(later.year, later.month, later.day)
        if src.format == "jsonl":
            return f"{later.strftime('%Y-%m-%d')}T10:00:00Z"
        return later.strftime("%d/%m/%Y")
    y = ts.year
    if src.format == "jsonl":
        return choice(rng, (f"{y}-02-30T09:00:00Z", f"{y}-13-{ts.day:02d}T09:00:00Z"))
    if src.source == "capsa_cumplimiento":
        return choice(rng, (f"31-04-{y}", f"31/06/{y}", f"00/{ts.month:02d}/{y}"))
    return choice(rng, (f"31/02/{y}", f"{ts.day:02d}/13/{y}", f"30/02/{y}"))


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date a clerk puts on the note row: the day of the extraction."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_COMPILATION,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=432,
    blank_share=0.35,
)


def make_blind432(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind432`` sources do (files ``*_pr.*``).

    Arla Foods UK's modern-slavery desk (GBR), Sodiaal's conformité sociale (FRA),
    Capsa Food's seguridad corporativa (ESP) and Grupo Lala's seguridad patrimonial
    (USA) first report the events of their detection country; Everstream's risk
    feed reports every other one. About 4 % of the events are reported a second
    time (the desk across the Channel, the risk feed, the Spanish desk for the
    Romanian network in Italy); Arla and Lala re-send a few rows; every kind of
    bad row is planted.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``arla_uk_msl_pr.csv`` (English, UTF-8 with BOM, ``,``),
        ``sodiaal_conformite_pr.csv`` (French, cp1252, ``;``),
        ``capsa_cumplimiento_pr.csv`` (Spanish, UTF-16, tab),
        ``lala_seguridad_pr.xlsx`` (Mexican Spanish) and
        ``everstream_alerts_pr.jsonl`` (English, UTF-8), with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind432(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['arla_uk_msl_pr.csv', 'sodiaal_conformite_pr.csv', 'capsa_cumplimiento_pr.csv',
     'lala_seguridad_pr.xlsx', 'everstream_alerts_pr.jsonl']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº Expediente', 'Fecha hechos', 'Tipo penal']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
