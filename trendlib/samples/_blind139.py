"""Examiner sample set ``blind139`` (files ``*_ek.*``): Gulf of Guinea maritime desks.

Five desks that work on the sea routes out of the Gulf of Guinea's ports (Lagos, Cotonou,
Lomé, Abidjan, Dakar) and on the routes those people take on to Europe and the Americas.
Each one writes its own export, in its own words:

``capitania_las_palmas_ek.csv``
    Capitanía Marítima de Las Palmas (Spain's maritime administration at the end of the
    Atlantic route; stowaways and cayucos from West African ports). Spanish, cp1252,
    ``;``, CRLF; ``dd/mm/aaaa`` dates; positions in degrees and decimal minutes with a
    decimal comma (``28º 06,2' N - 015º 24,0' W``); nationalities as names or demonyms
    (``marroquí``); ``H``/``M`` for hombre/mujer; ``MENA`` for unaccompanied minors;
    country names partly mojibake (pasted from a UTF-8 web form).
``nimasa_ek.xlsx``
    Nigerian Maritime Administration and Safety Agency, Maritime Guard Command desk
    (Lagos). English workbook: real Excel dates, a few typed day-first dates, ordinal dates
    (``17th May, 2023``), serial numbers where a cell lost its date format; counts of
    suspects in words (``Two (2)``, ``Nil``); Nigerian demonyms.
``mdat_gog_ek.csv``
    Maritime Domain Awareness for Trade - Gulf of Guinea (the Royal Navy / Marine
    nationale desk in Brest). English, UTF-8, ``,``; ``17 May 2023`` dates; positions as
    ``51°07.2'N 001°19.2'E``; ``approx. 45`` counts, ``UNK`` for not known.
``cresmao_ek.csv``
    Centre Régional de Sécurité Maritime de l'Afrique de l'Ouest (Abidjan). French, saved
    from Excel as "Texte Unicode": UTF-16 with BOM, tab-delimited; ``jj/mm/aaaa`` and
    ``17 mai 2023`` dates, ``T2 2023`` quarters; decimal commas; ``1 234`` counts;
    ``RCI`` for Côte d'Ivoire; ``néant`` for no suspect.
``icc_yaounde_ek.jsonl``
    Interregional Coordination Centre of the Yaoundé Code of Conduct (YARIS platform
    export). English keys, values typed by English- and French-speaking officers; ISO
    alpha-3 codes (``XXX`` for an unknown nationality, as on travel documents), the place
    of the incident as an M49 numeric code, ISO dates and date-times, ``;``-joined transit
    codes. The compilation: it reports every event no other desk reports first.

The truth says what a careful analyst reads from each cell: a word for "not known"
expects nothing (counts, nationality) or ``unknown`` (vocabularies), a month or quarter
expects its first day with that precision, a position in degrees and minutes expects its
decimal degrees.
"""

from __future__ import annotations

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND139", "SOURCES", "Desk", "make_blind139"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

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

#: Demonyms (nationality cells), Spanish and English. Guinea has none: ``guineano`` and
#: ``Guinean`` also name Equatorial Guinea and Guinea-Bissau, so its name is written.
_DEMONYMS: dict[str, dict[str, str]] = {
    "es": {
        "TUN": "tunecino",
        "EGY": "egipcio",
        "BGD": "bangladesí",
        "CIV": "marfileño",
        "SYR": "sirio",
        "ERI": "eritreo",
        "PAK": "pakistaní",
        "AFG": "afgano",
        "IRQ": "iraquí",
        "CMR": "camerunés",
        "MAR": "marroquí",
        "DZA": "argelino",
        "MLI": "maliense",
        "SEN": "senegalés",
        "GMB": "gambiano",
        "TUR": "turco",
        "YEM": "yemení",
        "ALB": "albanés",
        "IRN": "iraní",
        "VNM": "vietnamita",
        "VEN": "venezolano",
        "ECU": "ecuatoriano",
        "HTI": "haitiano",
        "COL": "colombiano",
        "CHN": "chino",
        "MEX": "mexicano",
        "GTM": "guatemalteco",
        "HND": "hondureño",
        "NGA": "nigeriano",
        "ROU": "rumano",
    },
    "en": {
        "TUN": "Tunisian",
        "EGY": "Egyptian",
        "BGD": "Bangladeshi",
        "CIV": "Ivorian",
        "SYR": "Syrian",
        "ERI": "Eritrean",
        "PAK": "Pakistani",
        "AFG": "Afghan",
        "IRQ": "Iraqi",
        "CMR": "Cameroonian",
        "MAR": "Moroccan",
        "DZA": "Algerian",
        "MLI": "Malian",
        "SEN": "Senegalese",
        "GMB": "Gambian",
        "TUR": "Turkish",
        "YEM": "Yemeni",
        "ALB": "Albanian",
        "IRN": "Iranian",
        "VNM": "Vietnamese",
        "VEN": "Venezuelan",
        "ECU": "Ecuadorian",
        "HTI": "Haitian",
        "COL": "Colombian",
        "CHN": "Chinese",
        "MEX": "Mexican",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "NGA": "Nigerian",
        "ROU": "Romanian",
    },
}

#: Names the desks use beside the usual one (an analyst of the region reads them at once).
_ALIASES: dict[str, dict[str, str]] = {
    "en": {
        "CIV": "Ivory Coast",
        "GBR": "UK",
        "TUR": "Turkey",
        "VNM": "Vietnam",
        "SYR": "Syrian Arab Republic",
        "USA": "USA",
        "GIN": "Guinea-Conakry",
        "GMB": "The Gambia",
        "RUS": "Russian Federation",
    },
    "fr": {
        "CIV": "RCI",
        "GIN": "Guinée-Conakry",
        "GBR": "Grande-Bretagne",
        "USA": "USA",
    },
    "es": {"GIN": "Guinea Conakry", "GBR": "Gran Bretaña", "USA": "EE. UU."},
}

_CRIME = "crime_type"
_EXPL = "exploitation"
_GENDER = "gender"
_AGE = "age_group"
_MODE = "transport_mode"
_OFF = "linked_offences"


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of ``blind139``: the shared source fields and the desk's own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical value -> the desk's words for it (first = the usual one).
    unknown : tuple of str
        Words for a value not known (gender, form of exploitation).
    nat_unknown : tuple of str
        Words for a nationality not known.
    na : tuple of str
        Words for "not recorded" in the age and transport columns (expect ``unknown``).
    not_applicable : tuple of str
        Words in the exploitation cell of a smuggling case (``""`` = left blank).
    zero : tuple of str
        Words for "no suspect".
    placeholder : tuple of str
        Words for a count not known (the record stays, with no count).
    country_styles : mapping
        Style -> weight: ``name``, ``upper``, ``lower``, ``iso3``, ``iso2``, ``alias``,
        ``demonym`` (nationality only), ``typo``, ``mojibake``.
    transit_sep : str
        Separator of the transit countries, in route order.
    offence_sep : str
        Separator of the linked offences.
    dates : mapping
        Full-date style -> weight.
    month_style, quarter_style : str or None
        How the desk writes a date known to the month or quarter only.
    coords : str
        ``dm_es``, ``dm_en`` (one position cell), ``num`` or ``comma`` (two cells).
    thousands : str or None
        Thousands separator of large counts.
    case_rate : float
        Share of text cells typed in another case or with stray spaces.
    mode_words : mapping
        Corridor -> transport mode -> the desk's words for it there (a cayuco sails the
        Atlantic, a fence is jumped at Ceuta); ``words`` otherwise.
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str, ...]
    nat_unknown: tuple[str, ...]
    na: tuple[str, ...]
    not_applicable: tuple[str, ...]
    zero: tuple[str, ...]
    placeholder: tuple[str, ...]
    country_styles: Mapping[str, float]
    transit_sep: str
    offence_sep: str
    dates: Mapping[str, float]
    month_style: str | None
    quarter_style: str | None
    coords: str
    thousands: str | None
    case_rate: float
    mode_words: Mapping[str, Mapping[str, tuple[str, ...]]]


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_CAPITANIA = Desk(
    source="capitania_las_palmas",
    filename="capitania_las_palmas_ek.csv",
    ref="LP/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha",
        "crime_type": "Tipo de hecho",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "coordinates": "Posición",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validación por la DG de la Marina Mercante",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    words={
        _CRIME: {
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Tráfico ilícito de migrantes",
                "TIM",
            ),
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "both": ("TSH y TIM", "Trata y tráfico de migrantes"),
        },
        _EXPL: {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
        },
        _GENDER: {
            "male": ("Hombres", "H", "Varones"),
            "female": ("Mujeres", "M"),
            "mixed": ("Mixto", "H y M", "Ambos sexos"),
        },
        _AGE: {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "MENA"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        _MODE: {
            "sea": ("Embarcación", "Marítimo"),
            "land": ("Terrestre", "Vehículo"),
            "air": ("Aéreo", "Avión"),
        },
        _OFF: {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("No consta", "Desconocido"),
    nat_unknown=("No consta", "Desconocida", "Sin determinar"),
    na=("No consta", "S/D"),
    not_applicable=("", "", "No procede"),
    zero=("ninguno", "0"),
    placeholder=("S/D", "Sin datos"),
    country_styles={
        "name": 0.62,
        "upper": 0.15,
        "demonym": 0.1,
        "lower": 0.03,
        "typo": 0.04,
        "mojibake": 0.06,
    },
    transit_sep=" - ",
    offence_sep=", ",
    dates={"dmy": 0.86, "dmy2": 0.1, "dmy_dash": 0.04},
    month_style="month_es",
    quarter_style=None,
    coords="dm_es",
    thousands=".",
    case_rate=0.06,
    mode_words={
        "watl": {"sea": ("Cayuco", "Neumática", "Buque mercante (polizón)")},
        "wmed": {
            "sea": ("Patera", "Neumática", "Moto acuática"),
            "land": ("Salto de valla", "Vehículo (ocultos)", "Terrestre"),
        },
        "thb_rou_esp": {"land": ("Terrestre", "Autobús", "Vehículo particular")},
    },
)

_NIMASA = Desk(
    source="nimasa",
    filename="nimasa_ek.xlsx",
    ref="NIMASA/MGC/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Ref. No.",
        "event_date": "Date of Incident",
        "crime_type": "Nature of Offence",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Country of Destination",
        "detection_country": "Country of Interception",
        "transit_countries": "Transit Route",
        "transport_mode": "Means of Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="NB: Figures are provisional and subject to verification by the Maritime Guard Command",
    total="GRAND TOTAL",
    bad_count=("Several", "Many", "A group"),
    repeats=True,
    words={
        _CRIME: {
            "smuggling": ("Migrant Smuggling", "Smuggling of Migrants", "SOM"),
            "trafficking": ("Human Trafficking", "Trafficking in Persons", "TIP"),
            "both": ("Human Trafficking/Migrant Smuggling", "TIP & SOM"),
        },
        _EXPL: {
            "sexual": ("Sexual Exploitation", "Prostitution"),
            "forced_labour": ("Forced Labour", "Labour Exploitation"),
            "forced_criminality": ("Forced Criminality",),
            "organ_removal": ("Organ Harvesting",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Others",),
        },
        _GENDER: {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Male & Female", "Both Sexes"),
        },
        _AGE: {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Minors", "Under 18"),
            "mixed": ("Adults & Minors",),
        },
        _MODE: {
            "sea": ("Sea", "Boat"),
            "land": ("Land", "Road"),
            "air": ("Air", "By Air"),
        },
        _OFF: {
            "document_fraud": ("Forged Documents", "Document Fraud"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money Laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not Stated", "Unknown"),
    nat_unknown=("Not Stated", "Unknown"),
    na=("Not Stated",),
    not_applicable=("N/A", ""),
    zero=("Nil", "Nil", "None"),
    placeholder=("Not Stated", "Unknown"),
    country_styles={
        "name": 0.6,
        "demonym": 0.15,
        "upper": 0.1,
        "iso3": 0.05,
        "alias": 0.05,
        "typo": 0.05,
    },
    transit_sep="/",
    offence_sep=" & ",
    dates={"excel": 0.75, "dmy": 0.1, "ordinal": 0.08, "serial": 0.07},
    month_style="month_en_comma",
    quarter_style="q_en",
    coords="num",
    thousands=None,
    case_rate=0.03,
    mode_words={"watl": {"sea": ("Sea", "Boat", "Vessel (Stowaway)")}},
)

_MDAT = Desk(
    source="mdat_gog",
    filename="mdat_gog_ek.csv",
    ref="MDAT-GOG/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No",
        "event_date": "Date",
        "crime_type": "Incident Type",
        "n_persons": "Persons",
        "n_suspects": "Suspects Detained",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality (main)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Location (Country)",
        "transit_countries": "Route",
        "transport_mode": "Conveyance",
        "coordinates": "Position",
    },
    note=None,
    total="Total",
    bad_count=("Several", "Multiple"),
    repeats=False,
    words={
        _CRIME: {
            "smuggling": ("Migrant smuggling", "People smuggling"),
            "trafficking": ("Human trafficking", "THB"),
            "both": ("Smuggling / THB",),
        },
        _GENDER: {"male": ("Male",), "female": ("Female",), "mixed": ("Mixed",)},
        _AGE: {"adult": ("Adults",), "child": ("Minors",), "mixed": ("Mixed",)},
        _MODE: {
            "sea": ("Small boat", "RHIB"),
            "land": ("Vehicle", "HGV"),
            "air": ("Aircraft",),
        },
    },
    unknown=("UNK",),
    nat_unknown=("UNK",),
    na=("UNK",),
    not_applicable=("",),
    zero=("Nil", "0", "0"),
    placeholder=("UNK",),
    country_styles={"name": 0.75, "upper": 0.15, "iso3": 0.1},
    transit_sep=" > ",
    offence_sep=", ",
    dates={"long_en": 1.0},
    month_style="month_en",
    quarter_style="q_en",
    coords="dm_en",
    thousands=",",
    case_rate=0.03,
    mode_words={
        "emed": {"sea": ("Small boat", "RHIB", "Fishing vessel"), "land": ("On foot", "Vehicle")},
        "thb_vnm_gbr": {"sea": ("Ferry (RoRo)",)},
    },
)

_CRESMAO = Desk(
    source="cresmao",
    filename="cresmao_ek.csv",
    ref="CRESMAO-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
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
    note="NB : chiffres provisoires, à consolider avec les centres de zone (CMC)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    words={
        _CRIME: {
            "smuggling": ("Trafic illicite de migrants", "Trafic de migrants", "TIM"),
            "trafficking": ("Traite des personnes", "Traite des êtres humains", "TdP"),
            "both": ("Traite et trafic de migrants",),
        },
        _EXPL: {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Travail forcé", "Exploitation économique"),
            "forced_criminality": ("Criminalité forcée",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        _GENDER: {
            "male": ("Masculin", "H"),
            "female": ("Féminin", "F"),
            "mixed": ("Mixte", "H/F"),
        },
        _AGE: {
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs",),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        _MODE: {
            "sea": ("Maritime", "Embarcation pneumatique"),
            "land": ("Terrestre", "Camion", "Véhicule"),
            "air": ("Aérien",),
        },
        _OFF: {
            "document_fraud": ("Faux documents",),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment de capitaux",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    unknown=("N/C", "Non précisé"),
    nat_unknown=("N/C", "Inconnue"),
    na=("N/C",),
    not_applicable=("", "Sans objet"),
    zero=("néant", "0"),
    placeholder=("N/C", "inconnu"),
    country_styles={
        "name": 0.65,
        "upper": 0.12,
        "iso2": 0.1,
        "alias": 0.04,
        "lower": 0.05,
        "typo": 0.04,
    },
    transit_sep=", ",
    offence_sep=" ; ",
    dates={"dmy": 0.82, "long_fr": 0.18},
    month_style="month_fr",
    quarter_style="t_fr",
    coords="comma",
    thousands="\u00a0",
    case_rate=0.05,
    mode_words={"watl": {"sea": ("Pirogue", "Maritime", "Embarcation pneumatique")}},
)

_ICC = Desk(
    source="icc_yaounde",
    filename="icc_yaounde_ek.jsonl",
    ref="YARIS-ICC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_ref",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_apprehended",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "nationality_iso3",
        "origin_country": "origin_iso3",
        "destination_country": "destination_iso3",
        "detection_country": "incident_state_m49",
        "transit_countries": "transit_iso3",
        "transport_mode": "means",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "plusieurs"),
    repeats=False,
    words={
        # officers of both working languages type into the same platform
        _CRIME: {
            "smuggling": ("Smuggling of migrants", "Trafic illicite de migrants"),
            "trafficking": ("Trafficking in persons", "Traite des personnes"),
            "both": ("TIP/SOM", "Traite / trafic"),
        },
        _EXPL: {
            "sexual": ("Sexual exploitation", "Exploitation sexuelle"),
            "forced_labour": ("Forced labour", "Travail forcé"),
            "forced_criminality": ("Forced criminality", "Criminalité forcée"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage", "Mariage forcé"),
            "other": ("Other", "Autre"),
        },
        _GENDER: {
            "male": ("M", "Male"),
            "female": ("F", "Female"),
            "mixed": ("Mixed", "Mixte"),
        },
        _AGE: {
            "adult": ("Adult", "Adulte"),
            "child": ("Minor", "Mineur"),
            "mixed": ("Mixed", "Mixte"),
        },
        _MODE: {
            "sea": ("Sea", "Maritime"),
            "land": ("Land", "Terrestre"),
            "air": ("Air", "Aérien"),
        },
        _OFF: {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("Unknown", "Inconnu"),
    nat_unknown=("XXX",),
    na=("Not recorded",),
    not_applicable=("",),
    zero=(),
    placeholder=(),
    country_styles={"iso3": 1.0},
    transit_sep=";",
    offence_sep="; ",
    dates={"iso": 0.7, "iso_dt": 0.3},
    month_style="ym",
    quarter_style=None,
    coords="num",
    thousands=None,
    case_rate=0.0,
    mode_words={},
)

#: The five desks, in the order :func:`make_blind139` returns their submissions.
SOURCES: tuple[Desk, ...] = (_CAPITANIA, _NIMASA, _MDAT, _CRESMAO, _ICC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(src: Desk, col: str, value: str, rng: _Rng) -> str:
    """Return the desk's word for a canonical value: the usual one 60 %, else a variant."""
    return _word_in(src.words, col, value, rng)


def _word_in(
    words: Mapping[str, Mapping[str, tuple[str, ...]]], col: str, value: str, rng: _Rng
) -> str:
    """Return a word of ``words[col][value]``: the first one 60 %, another otherwise."""
    forms = words[col][value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _typo(text: str) -> str:
    """Swap the two middle letters of a name of 6+ letters (``Senegal`` -> ``Seengal``)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _case(text: str, src: Desk, rng: _Rng, col: str, tags: list[str]) -> str:
    """Type a text cell in another case or with stray spaces, at the desk's rate."""
    if src.case_rate <= 0 or rng.random() >= src.case_rate:
        return text
    kind = int(rng.integers(3))
    tags.append(f"case:{col}")
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _country(src: Desk, iso: str, style: str) -> tuple[str, str | None]:
    """Write one ISO3 country in ``style``; return (text, tag of the visible style)."""
    row = COUNTRIES[iso]
    lang = src.language
    name = str(row[_LANG_COL[lang]])
    if lang == "en" and iso == "CIV":  # typed on an English keyboard
        name = "Cote d'Ivoire"
    if style == "upper":
        return name.upper(), None
    if style == "lower":
        return name.lower(), None
    if style == "iso3":
        return iso, "iso3"
    if style == "iso2":
        return row[0], "iso2"
    if style == "alias" and iso in _ALIASES[lang]:
        return _ALIASES[lang][iso], "alias"
    if style == "demonym" and iso in _DEMONYMS.get(lang, {}):
        return _DEMONYMS[lang][iso], "demonym"
    if style == "typo":
        typo = str(row[5]) if lang == "en" else _typo(name)
        if typo != name:
            return typo, "typo"
    if style == "mojibake":
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    return name, None


def _country_cell(
    src: Desk, iso: str, rng: _Rng, col: str, tags: list[str], *, demonym: bool = False
) -> str:
    styles = {k: v for k, v in src.country_styles.items() if demonym or k != "demonym"}
    text, tag = _country(src, iso, _weighted(rng, styles))
    if tag is not None:
        tags.append(f"{tag}:{col}")
    return _case(text, src, rng, col, tags)


def _detection_cell(src: Desk, ev: Mapping[str, object], rng: _Rng, tags: list[str]) -> str:
    iso = str(ev["detection_country"])
    if src.source == "icc_yaounde":  # the platform stores the state as its M49 code
        tags.append("m49:detection_country")
        return iso_codes(iso)[1]
    if src.source == "capitania_las_palmas" and iso == "ESP":
        lat = ev["lat"]
        canary = isinstance(lat, float) and lat < 30.5
        if canary and rng.random() < 0.5:
            tags.append("region:detection_country")
            return "España (Canarias)"
        return "ESPAÑA" if rng.random() < 0.25 else "España"
    return _country_cell(src, iso, rng, "detection_country", tags)


def _transit_cell(src: Desk, value: str, rng: _Rng, tags: list[str]) -> str:
    """Write ``A|B`` transit codes in route order, one style per cell."""
    styles = {k: v for k, v in src.country_styles.items() if k not in ("demonym", "mojibake")}
    style = _weighted(rng, styles)
    parts = []
    for iso in value.split("|"):
        text, tag = _country(src, iso, style)
        if tag == "typo":
            tags.append("typo:transit_countries")
        parts.append(text)
    return src.transit_sep.join(parts)


def _date_text(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    m = ts.month - 1
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_dt":
        return (
            ts.strftime("%Y-%m-%d")
            + f"T{int(rng.integers(24)):02d}:{int(rng.integers(60)):02d}:00Z"
        )
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "ordinal":
        suffix = "th" if 11 <= ts.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(ts.day % 10, "th")
        return f"{ts.day}{suffix} {MONTHS[m]}, {ts.year}"
    if style == "long_en":
        return f"{ts.day:02d} {MONTHS[m]} {ts.year}"
    if style == "long_fr":
        return f"{ts.day} {_MONTHS_FR[m]} {ts.year}"
    if style == "month_es":
        return f"{_MONTHS_ES[m]} {ts.year}"
    if style == "month_en":
        return f"{MONTHS[m]} {ts.year}"
    if style == "month_en_comma":
        return f"{MONTHS[m]}, {ts.year}"
    if style == "month_fr":
        return f"{_MONTHS_FR[m]} {ts.year}"
    if style == "ym":
        return ts.strftime("%Y-%m")
    if style == "q_en":
        return f"Q{ts.quarter} {ts.year}"
    if style == "t_fr":
        return f"T{ts.quarter} {ts.year}"
    raise KeyError(style)  # pragma: no cover - the styles above are the only ones used


def _date_cell(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    r = rng.random()
    if partial_ok and src.month_style is not None and r < 0.04:
        tags.append("partial_date")
        return _date_text(src.month_style, ts, rng), ts.to_period("M").start_time, "month"
    if partial_ok and src.quarter_style is not None and 0.04 <= r < 0.06:
        tags.append("partial_date")
        return _date_text(src.quarter_style, ts, rng), ts.to_period("Q").start_time, "quarter"
    style = _weighted(rng, src.dates)
    if style in ("ordinal", "serial", "dmy2", "iso_dt"):
        tags.append(f"date:{style}")
    return _date_text(style, ts, rng), ts.normalize(), "day"


def _dm(value: float, pos: str, neg: str, width: int, mark: str, comma: bool) -> tuple[str, float]:
    """Degrees and decimal minutes of one coordinate; return (text, decimal degrees read)."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 1)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    read = (deg + minutes / 60) * (1 if value >= 0 else -1)
    mins = f"{minutes:04.1f}"
    if comma:
        mins = mins.replace(".", ",")
    hemi = pos if value >= 0 else neg
    if comma:  # Spanish charts: 28º 06,2' N
        return f"{deg:0{width}d}{mark} {mins}' {hemi}", read
    return f"{deg:0{width}d}{mark}{mins}'{hemi}", read


def _coord_cells(src: Desk, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    """Write a position in the desk's style; return (cells, expected lat, expected lon)."""
    if src.coords == "dm_es":
        t_lat, r_lat = _dm(lat, "N", "S", 2, "º", True)
        t_lon, r_lon = _dm(lon, "E", "W", 3, "º", True)
        return {"coordinates": f"{t_lat} - {t_lon}"}, r_lat, r_lon
    if src.coords == "dm_en":
        t_lat, r_lat = _dm(lat, "N", "S", 2, "°", False)
        t_lon, r_lon = _dm(lon, "E", "W", 3, "°", False)
        return {"coordinates": f"{t_lat} {t_lon}"}, r_lat, r_lon
    r_lat, r_lon = round(lat, 5), round(lon, 5)
    if src.coords == "comma":
        return (
            {"lat": f"{r_lat:.5f}".replace(".", ","), "lon": f"{r_lon:.5f}".replace(".", ",")},
            r_lat,
            r_lon,
        )
    return {"lat": r_lat, "lon": r_lon}, r_lat, r_lon


_NUMBER_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")


def _persons_cell(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    r = rng.random()
    if src.placeholder and r < 0.015:
        tags.append("count_placeholder")
        return choice(rng, src.placeholder), None
    if n >= 1000 and src.thousands is not None and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", n
    if src.source == "mdat_gog" and n >= 5 and r > 0.92:
        tags.append("approx_count")
        return f"approx. {n}", n
    return (n if src.format != "csv" else str(n)), n


def _suspects_cell(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of suspects; return (cell, expected count)."""
    r = rng.random()
    if r < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if src.placeholder and r < 0.06:
        tags.append("suspects_placeholder")
        return choice(rng, src.placeholder), None
    if n == 0 and src.zero:
        word = choice(rng, src.zero)
        if word != "0":
            tags.append("zero_word")
            return word, 0
    if src.source == "nimasa" and 1 <= n <= len(_NUMBER_WORDS) and rng.random() < 0.2:
        tags.append("count_words")  # Nigerian officialese: "Two (2)"
        return f"{_NUMBER_WORDS[n - 1]} ({n})", n
    return (n if src.format != "csv" else str(n)), n


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    has = set(src.headers)
    cells: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    date_cell, day, precision = _date_cell(src, ts, rng, partial_ok, tags)
    cells["event_date"] = date_cell
    exp: dict[str, object] = {"event_date": day, "date_precision": precision}

    crime = str(ev["crime_type"])
    cells["crime_type"] = _case(_word(src, _CRIME, crime, rng), src, rng, _CRIME, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    thb = crime in ("trafficking", "both")
    if "exploitation" not in has:
        exp["exploitation"] = "unknown" if thb else None
    elif expl is None:  # pure smuggling: nothing to exploit
        word = choice(rng, src.not_applicable)
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        word = _word(src, _EXPL, str(expl), rng)
        cells["exploitation"] = _case(word, src, rng, _EXPL, tags)
        exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons_cell(src, persons, rng, tags)
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects_cell(src, suspects, rng, tags)

    gender = str(ev["gender"])
    r = rng.random()
    if r < 0.02:
        cells["gender"] = choice(rng, src.unknown) if r < 0.012 else None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _case(_word(src, _GENDER, gender, rng), src, rng, _GENDER, tags)
        exp["gender"] = gender

    for col in (_AGE, _MODE):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = choice(rng, src.na)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            there = src.mode_words.get(str(ev["corridor"]), {}) if col == _MODE else {}
            table = {col: there} if value in there else src.words
            cells[col] = _case(_word_in(table, col, value, rng), src, rng, col, tags)
            exp[col] = value

    nat = str(ev["nationality"])
    if rng.random() < 0.02:
        cells["nationality"] = choice(rng, src.nat_unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country_cell(src, nat, rng, "nationality", tags, demonym=True)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        cells[col] = _country_cell(src, str(ev[col]), rng, col, tags)
        exp[col] = ev[col]
    cells["detection_country"] = _detection_cell(src, ev, rng, tags)
    exp["detection_country"] = ev["detection_country"]

    transit = ev["transit_countries"]
    if "transit_countries" not in has:
        exp["transit_countries"] = None
    else:
        cells["transit_countries"] = (
            _transit_cell(src, str(transit), rng, tags) if transit is not None else None
        )
        exp["transit_countries"] = transit

    if rng.random() < 0.04:
        tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
    else:
        coords, exp["lat"], exp["lon"] = _coord_cells(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
        )
        cells.update(coords)

    offences = ev["linked_offences"]
    if "linked_offences" not in has:
        exp["linked_offences"] = None
    else:
        if offences is not None:
            words = [_word(src, _OFF, o, rng) for o in str(offences).split("|")]
            cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = offences

    if forced_blank is not None:  # a second report that leaves one field out
        if forced_blank == "n_suspects":  # the word written before is gone with the cell
            tags[:] = [t for t in tags if t not in ("zero_word", "count_words")]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                cells.pop(key, None)
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: blank, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # 31 February, 30 February or a 13th month
        day = 30 + int(rng.integers(2))
        if src.source == "icc_yaounde":
            return f"{ts.year}-02-{day}"
        if src.source == "mdat_gog":
            return f"{day} February {ts.year}"
        if src.source == "cresmao" and rng.random() < 0.5:
            return f"{day} février {ts.year}"
        return f"{day}/02/{ts.year}"
    future = ts + pd.DateOffset(years=10)  # the decade keyed wrongly
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.source == "icc_yaounde":
        return future.strftime("%Y-%m-%d")
    if src.source == "mdat_gog":
        return f"{future.day:02d} {MONTHS[future.month - 1]} {future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row: the day of the extraction."""
    day = last + pd.Timedelta(days=7)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


#: The variant: who reports what first, and who reports it again.
BLIND139: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": "capitania_las_palmas",
        "ITA": "nimasa",
        "GBR": "mdat_gog",
        "FRA": "cresmao",
    },
    compilation="icc_yaounde",
    secondary={
        ("cmed", "ITA"): "icc_yaounde",
        ("thb_nga_ita", "ITA"): "icc_yaounde",
        ("watl", "ESP"): "cresmao",
        ("channel", "FRA"): "mdat_gog",
        ("emed", "GRC"): "mdat_gog",
        ("channel", "GBR"): "cresmao",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=139,
    blank_share=0.3,
)


def make_blind139(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five Gulf of Guinea maritime desks of ``blind139``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``capitania_las_palmas_ek.csv`` (Spanish, cp1252, ``;``), ``nimasa_ek.xlsx``
        (English), ``mdat_gog_ek.csv`` (English, UTF-8, ``,``), ``cresmao_ek.csv``
        (French, UTF-16, tab) and ``icc_yaounde_ek.jsonl`` (English keys, ISO codes),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind139(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['capitania_las_palmas_ek.csv', 'nimasa_ek.xlsx', 'mdat_gog_ek.csv', 'cresmao_ek.csv',
     'icc_yaounde_ek.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['Nº Expediente', 'Fecha', 'Tipo de hecho']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND139, truth, seed=seed)
