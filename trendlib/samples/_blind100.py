"""Examiner sample set ``blind100``: five NGO and international case logs (files ``*_cx.*``).

Written by an examiner who had not seen the cleaner, from what these organisations' own
registers, spreadsheets and exports look like. The shared row machinery (which source
reports which event, duplicates, bad rows, garbage rows, exact repeats) is
:mod:`trendlib.samples._examiner`; this module keeps only the wording. A reader's guide:

``stopthetraffik_tahub_cx.jsonl`` -- STOP THE TRAFFIK, Traffik Analysis Hub (English)
    JSON lines from the hub's incident API, UTF-8, snake_case keys. The compilation
    source: first reports of Italy, the United Kingdom, Panama (and any other detection
    country), second reports of most Spanish, Greek, Croatian, Polish, US and French
    events. Dates ISO (``2022-06-14``), ISO with a time and ``Z``, or ``14 Jun 2022``;
    partial dates ``2022-06`` (month) and ``2022-Q2`` (quarter). Crime category in the
    hub's taxonomy (``Migrant smuggling``, ``THB``, ``THB + SOM``); counts as JSON
    numbers, as text (``"1,250"``) or ``"unknown"``; suspects ``"none"``; nationality
    and incident country as ISO alpha-2 (``GB``, sometimes lower case, ``UK`` for the
    United Kingdom); origin and destination as UN/English names (``Viet Nam``,
    ``Türkiye``, ``Syrian Arab Republic``), a few garbled as mojibake; transit as
    alpha-2 codes in order (``NE > LY``); location as WKT ``POINT (lon lat)``;
    associated crimes ``;``-joined. Notes and a TOTAL record; some records are sent
    twice (API page overlap).
``medicos_del_mundo_cx.csv`` -- Médicos del Mundo España, intervention register (Spanish)
    cp1252, ``;``, CRLF. First reports of Spain, second reports of Romanian and
    Nigerian trafficking cases found in Italy. Dates day first (``14/06/2022``, ``14-06-22``,
    ``14-jun-2022``, ``14 de junio de 2022``); partial dates ``junio 2022``,
    ``06/2022``, ``2º trim. 2022``, ``T2-2022``. Crime type by Criminal Code article
    (``art. 318 bis CP`` smuggling, ``art. 177 bis CP`` trafficking, both). Sex ``H``
    (hombre) / ``M`` (mujer) under the header ``Sexo (H/M)``; age ``MENA``, ``NNA``;
    nationality as Spanish demonyms agreeing with the group's sex (``senegalesa``),
    sometimes upper case, sometimes mojibake (``senegalÃ©s``); counts with ``.``
    thousands (``1.204``), ``s/d`` for unknown, ``ninguno`` for no suspect;
    coordinates in one cell as DMS with ``º`` and ``O`` (oeste) for west, or decimal
    comma (``27,7551 / -15,5671``); boats as ``cayuco``, ``patera``, ``neumática``;
    a ``Dispositivo`` (programme) column. Note row and TOTAL row.
``hrf_border_tracker_cx.csv`` -- Human Rights First, border incident tracker (English, US)
    UTF-8 without BOM, ``,``. First reports of the United States, second reports of
    Darién (Panama) events. Dates month first as the header says (``Date of Incident
    (MM/DD/YYYY)``: ``06/14/2022``, ``6/14/2022``), or ``Jun 14, 2022``; partial dates
    ``June 2022``, ``06/2022``, ``Q2 2022``, ``Apr-Jun 2022``. Offense by US statute
    (``8 U.S.C. § 1324`` smuggling, ``18 U.S.C. § 1591`` sex trafficking, § 1589 forced
    labor); age ``UAC``, ``Family unit``; counts ``1,320``, ``unk``; suspects
    ``None``; latitude and longitude in two columns, sometimes with hemisphere letters
    (``110.9533 W``); transit as a quoted comma list; a ``Location (City, State)``
    column (``Nogales, AZ``). Note row, TOTAL row; some rows pasted twice.
``bvmn_testimonies_cx.xlsx`` -- Border Violence Monitoring Network, testimony sheet (English)
    A shared spreadsheet's export. First reports of Croatia, Greece and Poland. Dates
    as real date cells, dotted text (``14.06.2022``), bare Excel serial numbers
    (``44726``) or ``14 June 2022``; month partial dates ``June 2022``, ``06.2022``.
    Group size as numbers, ``approx. 25``/``~25`` or ``n/k``; age as a range
    (``19-34`` adults, ``15-17`` minors, ``9-41`` mixed) or words; nationality as a
    country name or demonym; route as ``Turkey-Bulgaria-Serbia-BiH``; GPS in one cell,
    decimal ``lat, lon`` or Google Maps DMS (``45°08'34.5"N 15°44'21.6"E``); extra
    ``Location`` and ``Pushed back to`` columns. Note row and Total row.
``secours_catholique_calais_cx.csv`` -- Secours Catholique–Caritas France, Calais (French)
    Excel "Unicode text": UTF-16 with BOM, tab-delimited. First reports of France,
    second reports of UK Channel arrivals and Vietnamese cases. Dates ``14/06/2022``,
    ``14/06/22``, ``14 juin 2022``, ``mardi 14 juin 2022``; partial dates ``juin 2022``,
    ``06/2022``, ``T2 2022``, ``2e trimestre 2022``. Offence by article: CESEDA
    ``L622-1`` (before 1 May 2021) or ``L823-1`` for smuggling, ``225-4-1`` Code pénal
    for trafficking (``TEH``); sex ``H``/``F``/``H/F``; age ``majeurs``, ``MNA``;
    French demonyms agreeing with sex (``érythréenne``; ``nigérian`` is Nigeria);
    counts with a narrow no-break space (``1 250``), ``NC``, ``?``; suspects
    ``aucun``; latitude/longitude with decimal commas or DMS per column; a ``Lieu``
    column. Note row and TOTAL row.

Every value is one an analyst reads unambiguously; ``expected`` holds that reading.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pycountry

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

__all__ = ["BLIND100_SOURCES", "make_blind100"]

_Rng = np.random.Generator
_Tags = dict[str, list[str]]
_Out = tuple[dict[str, object], dict[str, object], _Tags]

_TAHUB = "stopthetraffik_tahub_cx"
_MDM = "medicos_del_mundo_cx"
_HRF = "hrf_border_tracker_cx"
_BVMN = "bvmn_testimonies_cx"
_SC = "secours_catholique_calais_cx"

#: The variant's five sources, in the order the submissions are returned.
BLIND100_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_TAHUB,
        filename=f"{_TAHUB}.jsonl",
        ref="TAH-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_ref",
            "event_date": "incident_date",
            "crime_type": "crime_category",
            "exploitation": "exploitation_type",
            "n_persons": "persons_affected",
            "n_suspects": "suspects_count",
            "gender": "gender_profile",
            "age_group": "age_profile",
            "nationality": "nationality_iso2",
            "origin_country": "country_of_origin",
            "destination_country": "country_of_destination",
            "detection_country": "incident_country_iso2",
            "transit_countries": "transit_iso2",
            "transport_mode": "transport_mode",
            "coordinates": "geom_wkt",
            "linked_offences": "associated_crimes",
            "place": "location_name",
        },
        note="Export note: partner-submitted figures, subject to hub verification",
        total="TOTAL",
        bad_count=("several", "multiple", "a group"),
        repeats=True,
    ),
    ExaminerSource(
        source=_MDM,
        filename=f"{_MDM}.csv",
        ref="EXP {seq:04d}/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "Nº Expte.",
            "event_date": "Fecha detección",
            "place": "Dispositivo",
            "crime_type": "Tipo delito (CP)",
            "exploitation": "Fin de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo (H/M)",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "transit_countries": "Países tránsito",
            "destination_country": "País destino declarado",
            "detection_country": "País",
            "transport_mode": "Medio transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Otros delitos",
        },
        note="Nota: extracción provisional, datos sujetos a revisión",
        total="TOTAL",
        bad_count=("varios", "numerosos", "un grupo"),
        repeats=False,
    ),
    ExaminerSource(
        source=_HRF,
        filename=f"{_HRF}.csv",
        ref="HRF-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident ID",
            "event_date": "Date of Incident (MM/DD/YYYY)",
            "place": "Location (City, State)",
            "detection_country": "Country Where Incident Occurred",
            "crime_type": "Offense Category / Statute",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Migrants / Victims",
            "n_suspects": "No. of Perpetrators",
            "gender": "Sex",
            "age_group": "Age Group",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "transit_countries": "Countries Transited",
            "destination_country": "Intended Destination",
            "transport_mode": "Mode of Travel",
            "lat": "Lat (dec. deg.)",
            "lon": "Long (dec. deg.)",
            "linked_offences": "Related Offenses",
        },
        note="Note: compiled from media reports and partner referrals; not exhaustive",
        total="TOTAL",
        bad_count=("multiple", "several", "dozens"),
        repeats=True,
    ),
    ExaminerSource(
        source=_BVMN,
        filename=f"{_BVMN}.xlsx",
        ref="T{yy:02d}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Testimony code",
            "event_date": "Date of incident",
            "place": "Location",
            "detection_country": "Apprehended in",
            "pushback": "Pushed back to",
            "n_persons": "Group size",
            "gender": "Gender",
            "age_group": "Age range",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route (countries)",
            "destination_country": "Intended destination",
            "transport_mode": "Transport",
            "crime_type": "Smuggling / trafficking",
            "exploitation": "Exploitation (if THB)",
            "n_suspects": "Smugglers / facilitators (no.)",
            "coordinates": "GPS",
        },
        note="Note: testimonies anonymised; group sizes as reported by respondents",
        total="Total",
        bad_count=("large group", "many", "several"),
        repeats=False,
    ),
    ExaminerSource(
        source=_SC,
        filename=f"{_SC}.csv",
        ref="SC62/{year}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date des faits",
            "place": "Lieu",
            "detection_country": "Pays des faits",
            "crime_type": "Qualification pénale",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de personnes",
            "n_suspects": "Nb d'auteurs présumés (passeurs)",
            "gender": "Sexe (H/F)",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays traversés",
            "destination_country": "Pays de destination",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
        },
        note="Données issues des maraudes et permanences, non exhaustives",
        total="TOTAL",
        bad_count=("plusieurs", "nombreux", "un groupe"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "BGD": ("Bangladesh",),
    "CHN": ("China", "PR China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "GMB": ("Gambia", "The Gambia"),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haiti",),
    "IRN": ("Iran", "Iran (Islamic Republic of)"),
    "IRQ": ("Iraq",),
    "MAR": ("Morocco",),
    "MEX": ("Mexico",),
    "MLI": ("Mali",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistan",),
    "ROU": ("Romania",),
    "SEN": ("Senegal",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "TUN": ("Tunisia",),
    "TUR": ("Türkiye", "Turkey"),
    "VEN": ("Venezuela", "Venezuela (Bolivarian Republic of)"),
    "VNM": ("Viet Nam", "Vietnam"),
    "YEM": ("Yemen",),
    "AUT": ("Austria",),
    "DEU": ("Germany",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "GRC": ("Greece",),
    "ITA": ("Italy",),
    "POL": ("Poland",),
    "USA": ("United States", "USA", "United States of America"),
    "HRV": ("Croatia",),
    "PAN": ("Panama",),
    "BLR": ("Belarus",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "BiH"),
    "HUN": ("Hungary",),
    "LBY": ("Libya",),
    "MKD": ("North Macedonia",),
    "MRT": ("Mauritania",),
    "NER": ("Niger",),
    "RUS": ("Russia", "Russian Federation"),
    "SRB": ("Serbia",),
}
_EN_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
_ES_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "BGD": ("Bangladés", "Bangladesh"),
    "CHN": ("China",),
    "CIV": ("Costa de Marfil",),
    "CMR": ("Camerún",),
    "COL": ("Colombia",),
    "DZA": ("Argelia",),
    "ECU": ("Ecuador",),
    "EGY": ("Egipto",),
    "ERI": ("Eritrea",),
    "GIN": ("Guinea Conakry", "Guinea"),
    "GMB": ("Gambia",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haití",),
    "IRN": ("Irán",),
    "IRQ": ("Irak", "Iraq"),
    "MAR": ("Marruecos",),
    "MEX": ("México",),
    "MLI": ("Malí", "Mali"),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "ROU": ("Rumanía", "Rumania"),
    "SEN": ("Senegal",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
    "AUT": ("Austria",),
    "DEU": ("Alemania",),
    "ESP": ("España",),
    "FRA": ("Francia",),
    "GBR": ("Reino Unido",),
    "GRC": ("Grecia",),
    "ITA": ("Italia",),
    "POL": ("Polonia",),
    "USA": ("Estados Unidos", "EE. UU."),
    "HRV": ("Croacia",),
    "PAN": ("Panamá",),
    "BLR": ("Bielorrusia",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina",),
    "HUN": ("Hungría",),
    "LBY": ("Libia",),
    "MKD": ("Macedonia del Norte",),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "RUS": ("Rusia",),
    "SRB": ("Serbia",),
}
#: Spanish demonyms (masculine, feminine).
_ES_DEMONYMS: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
_FR_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "BGD": ("Bangladesh",),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
    "CMR": ("Cameroun",),
    "COL": ("Colombie",),
    "DZA": ("Algérie",),
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "GMB": ("Gambie",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HTI": ("Haïti",),
    "IRN": ("Iran",),
    "IRQ": ("Irak",),
    "MAR": ("Maroc",),
    "MEX": ("Mexique",),
    "MLI": ("Mali",),
    "NGA": ("Nigeria", "Nigéria"),
    "PAK": ("Pakistan",),
    "ROU": ("Roumanie",),
    "SEN": ("Sénégal",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
    "AUT": ("Autriche",),
    "DEU": ("Allemagne",),
    "ESP": ("Espagne",),
    "FRA": ("France",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "GRC": ("Grèce",),
    "ITA": ("Italie",),
    "POL": ("Pologne",),
    "USA": ("États-Unis",),
    "HRV": ("Croatie",),
    "PAN": ("Panama",),
    "BLR": ("Biélorussie", "Bélarus"),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "HUN": ("Hongrie",),
    "LBY": ("Libye",),
    "MKD": ("Macédoine du Nord",),
    "MRT": ("Mauritanie",),
    "NER": ("Niger",),
    "RUS": ("Russie",),
    "SRB": ("Serbie",),
}
#: French demonyms (masculine, feminine); ``nigérian`` is Nigeria, ``nigérien`` Niger.
_FR_DEMONYMS: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_NAMES = {"en": _EN_NAMES, "es": _ES_NAMES, "fr": _FR_NAMES}


def _name(code: str, lang: str, rng: _Rng, *, first: bool = False) -> str:
    """Return a country's name in ``lang``: a variant, or the first (official) one."""
    names = _NAMES[lang].get(code)
    if names is None:  # a code outside the tables: English name, else the ISO code
        country = pycountry.countries.get(alpha_3=code)
        return str(country.name) if (country is not None and lang == "en") else code
    return names[0] if first else choice(rng, names)


def _demonym(code: str, lang: str, female: bool, rng: _Rng) -> str:
    """Return a nationality adjective, or the country's name when the table has none."""
    if lang == "en":
        word = _EN_DEMONYMS.get(code)
    else:
        pair = (_ES_DEMONYMS if lang == "es" else _FR_DEMONYMS).get(code)
        word = None if pair is None else pair[1 if female else 0]
    return word if word is not None else _name(code, lang, rng, first=True)


def _alpha2(code: str) -> str:
    return iso_codes(code)[0]


# --------------------------------------------------------------------------------------
# Shared wording helpers
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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_EN_ABBR = tuple(m[:3] for m in MONTHS)
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_QUARTER_MONTHS = ("Jan-Mar", "Apr-Jun", "Jul-Sep", "Oct-Dec")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Truth's linked offences, in the order a source lists them.
_OFFENCE_ORDER = (
    "document_fraud",
    "corruption",
    "money_laundering",
    "illicit_goods",
    "cybercrime",
    "terrorism",
)


def _tag(tags: _Tags, field: str, *names: str) -> None:
    tags.setdefault(field, []).extend(names)


def _text(value: object) -> str | None:
    """Return a truth value as text, None if missing."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return str(value)


def _int(value: object) -> int:
    return int(float(str(value)))


def _float(value: object) -> float:
    return float(str(value))


def _codes(value: object) -> list[str]:
    text = _text(value)
    return [] if text is None else text.split("|")


def _truth_values(ev: dict[str, object], *, linked: bool) -> dict[str, object]:
    """Return the event's values a source writes as they are (before placeholders)."""
    return {
        "crime_type": _text(ev["crime_type"]),
        "exploitation": _text(ev["exploitation"]),
        "n_persons": _int(ev["n_persons"]),
        "n_suspects": _int(ev["n_suspects"]),
        "gender": _text(ev["gender"]),
        "age_group": _text(ev["age_group"]),
        "nationality": _text(ev["nationality"]),
        "origin_country": _text(ev["origin_country"]),
        "destination_country": _text(ev["destination_country"]),
        "detection_country": _text(ev["detection_country"]),
        "transit_countries": _text(ev["transit_countries"]),
        "transport_mode": _text(ev["transport_mode"]),
        "lat": None,
        "lon": None,
        "linked_offences": _text(ev["linked_offences"]) if linked else None,
    }


def _precision(rng: _Rng, partial_ok: bool, month: float, quarter: float) -> str:
    """Draw how precisely a row gives its date: ``day``, ``month`` or ``quarter``."""
    u = rng.random()
    if not partial_ok:
        return "day"
    if u < quarter:
        return "quarter"
    if u < quarter + month:
        return "month"
    return "day"


def _set_date(exp: dict[str, object], ts: pd.Timestamp, prec: str) -> None:
    if prec == "month":
        day = ts.to_period("M").start_time
    elif prec == "quarter":
        day = ts.to_period("Q").start_time
    else:
        day = ts.normalize()
    exp["event_date"] = day
    exp["date_precision"] = prec


def _dms(value: float, decimals: int) -> tuple[int, int, str, float]:
    """Degrees, minutes, seconds text and the unsigned value they give back."""
    scale = 10**decimals
    units = round(abs(value) * 3600 * scale)  # in 1/scale seconds
    deg, rest = divmod(units, 3600 * scale)
    mins, secs = divmod(rest, 60 * scale)
    sec_text = f"{secs / scale:0{3 + decimals if decimals else 2}.{decimals}f}"
    back = deg + mins / 60 + secs / scale / 3600
    return int(deg), int(mins), sec_text, back


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _offences(codes: list[str], words: dict[str, tuple[str, ...]], rng: _Rng) -> list[str]:
    ordered = [c for c in _OFFENCE_ORDER if c in codes]
    return [choice(rng, words[c]) for c in ordered]


# --------------------------------------------------------------------------------------
# STOP THE TRAFFIK — Traffik Analysis Hub (JSON lines, English)
# --------------------------------------------------------------------------------------
_TAHUB_CRIME = {
    "smuggling": ("Migrant smuggling", "Smuggling of migrants", "SOM", "Migrant Smuggling"),
    "trafficking": ("Human trafficking", "Trafficking in persons", "THB", "Human Trafficking"),
    "both": ("Human trafficking; Migrant smuggling", "THB + SOM", "Trafficking & smuggling"),
}
_TAHUB_EXPL = {
    "sexual": ("Sexual exploitation", "Commercial sexual exploitation"),
    "forced_labour": ("Labour exploitation", "Forced labour"),
    "forced_criminality": ("Criminal exploitation", "Forced criminality"),
    "forced_marriage": ("Forced marriage",),
    "organ_removal": ("Organ harvesting", "Organ removal"),
    "other": ("Other form of exploitation",),
}
_TAHUB_GENDER = {
    "male": ("Male", "M", "Men"),
    "female": ("Female", "F", "Women"),
    "mixed": ("Mixed", "Male/Female", "M+F"),
}
_TAHUB_AGE = {
    "adult": ("Adult", "Adults (18+)"),
    "child": ("Minor", "Child (under 18)", "Children"),
    "mixed": ("Adults & children", "Mixed ages"),
}
_TAHUB_MODE = {
    "sea": ("Sea", "Maritime", "Boat"),
    "land": ("Land", "Road", "Overland"),
    "air": ("Air", "Flight"),
}
_TAHUB_OFFENCES = {
    "document_fraud": ("Document fraud", "Forged documents"),
    "corruption": ("Corruption/bribery",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Illicit goods trafficking", "Drug trafficking"),
    "cybercrime": ("Cybercrime", "Cyber-enabled crime"),
    "terrorism": ("Terrorism",),
}
_TAHUB_PLACE = {
    "Lampedusa": "Lampedusa (AG)",
    "Pozzallo": "Pozzallo (RG)",
    "Crotone": "Crotone (KR)",
    "Castel Volturno": "Castel Volturno (CE)",
    "Palermo": "Palermo",
    "Torino": "Turin",
    "Latina (Agro Pontino)": "Agro Pontino, Latina",
    "Dover": "Dover, Kent",
    "London": "London",
    "Birmingham": "Birmingham",
    "Glasgow": "Glasgow",
    "Darién gap": "Darién Gap",
    "Lajas Blancas": "Lajas Blancas, Darién",
    "Bajo Chiquito": "Bajo Chiquito, Darién",
}


def _tahub(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    cells: dict[str, object] = {}
    exp = _truth_values(ev, linked=True)
    tags: _Tags = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    prec = _precision(rng, partial_ok, month=0.06, quarter=0.04)
    u = rng.random()
    if prec == "month":
        cells["event_date"] = f"{ts.year}-{ts.month:02d}"
        _tag(tags, "event_date", "date_month")
    elif prec == "quarter":
        cells["event_date"] = f"{ts.year}-Q{ts.quarter}"
        _tag(tags, "event_date", "date_quarter")
    elif u < 0.6:
        cells["event_date"] = ts.strftime("%Y-%m-%d")
        _tag(tags, "event_date", "date_iso")
    elif u < 0.85:
        cells["event_date"] = ts.strftime("%Y-%m-%dT00:00:00Z")
        _tag(tags, "event_date", "date_iso_time")
    else:
        cells["event_date"] = f"{ts.day:02d} {_EN_ABBR[ts.month - 1]} {ts.year}"
        _tag(tags, "event_date", "date_text")
    _set_date(exp, ts, prec)

    crime = str(exp["crime_type"])
    cells["crime_type"] = choice(rng, _TAHUB_CRIME[crime])
    expl = exp["exploitation"]
    if expl is not None:
        cells["exploitation"] = choice(rng, _TAHUB_EXPL[str(expl)])
    elif rng.random() < 0.4:
        cells["exploitation"] = choice(rng, ("N/A", "Not applicable"))
        _tag(tags, "exploitation", "na_exploitation")

    n = _int(ev["n_persons"])
    u = rng.random()
    if u < 0.03:
        cells["n_persons"] = choice(rng, ("unknown", "not stated"))
        exp["n_persons"] = None
        _tag(tags, "n_persons", "count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, ",")
        _tag(tags, "n_persons", "count_thousands")
    elif u < 0.15:
        cells["n_persons"] = str(n)
        _tag(tags, "n_persons", "count_as_text")
    else:
        cells["n_persons"] = n

    k = _int(ev["n_suspects"])
    u = rng.random()
    if u < 0.03:
        cells["n_suspects"] = "unknown"
        exp["n_suspects"] = None
        _tag(tags, "n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.4:
        cells["n_suspects"] = "none"
        _tag(tags, "n_suspects", "zero_word")
    else:
        cells["n_suspects"] = k

    cells["gender"] = choice(rng, _TAHUB_GENDER[str(exp["gender"])])
    if rng.random() < 0.02:
        cells["age_group"] = "Not recorded"
        exp["age_group"] = "unknown"
        _tag(tags, "age_group", "na_word")
    else:
        cells["age_group"] = choice(rng, _TAHUB_AGE[str(exp["age_group"])])

    nat = _alpha2(str(exp["nationality"]))
    if rng.random() < 0.08:
        nat = nat.lower()
        _tag(tags, "nationality", "alpha2_lower")
    cells["nationality"] = nat
    _tag(tags, "nationality", "alpha2")

    origin = _name(str(exp["origin_country"]), "en", rng)
    garbled = mojibake(origin) if rng.random() < 0.3 else None
    if garbled is not None:
        origin = garbled
        _tag(tags, "origin_country", "mojibake")
    cells["origin_country"] = origin
    cells["destination_country"] = _name(str(exp["destination_country"]), "en", rng)

    det = str(exp["detection_country"])
    if det == "GBR" and rng.random() < 0.3:
        cells["detection_country"] = "UK"
        _tag(tags, "detection_country", "uk_not_iso")
    else:
        cells["detection_country"] = _alpha2(det)
    _tag(tags, "detection_country", "alpha2")

    transit = _codes(exp["transit_countries"])
    if transit:
        cells["transit_countries"] = " > ".join(_alpha2(c) for c in transit)
        _tag(tags, "transit_countries", "alpha2_chain")

    if rng.random() < 0.02:
        cells["transport_mode"] = "Not recorded"
        exp["transport_mode"] = "unknown"
        _tag(tags, "transport_mode", "na_word")
    else:
        cells["transport_mode"] = choice(rng, _TAHUB_MODE[str(exp["transport_mode"])])

    lat, lon = round(_float(ev["lat"]), 5), round(_float(ev["lon"]), 5)
    if rng.random() < 0.04:
        _tag(tags, "coordinates", "coords_missing")
    else:
        cells["coordinates"] = f"POINT ({lon:.5f} {lat:.5f})"
        exp["lat"], exp["lon"] = lat, lon
        _tag(tags, "coordinates", "coords_wkt")

    offences = _offences(_codes(exp["linked_offences"]), _TAHUB_OFFENCES, rng)
    if offences:
        cells["linked_offences"] = "; ".join(offences)
    elif rng.random() < 0.1:
        cells["linked_offences"] = "None"
    hotspot = str(ev["hotspot"])
    cells["place"] = _TAHUB_PLACE.get(hotspot, hotspot)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Médicos del Mundo España (CSV cp1252 ``;``, Spanish)
# --------------------------------------------------------------------------------------
_MDM_CRIME = {
    "smuggling": (
        "Favorecimiento inmigración ilegal (art. 318 bis CP)",
        "art. 318 bis CP",
        "Tráfico ilícito de migrantes",
    ),
    "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "art. 177 bis CP", "TSH"),
    "both": (
        "Trata + tráfico (arts. 177 bis y 318 bis CP)",
        "177 bis / 318 bis CP",
        "TSH y favorecimiento inmigración ilegal",
    ),
}
_MDM_EXPL = {
    "sexual": ("Explotación sexual", "sexual"),
    "forced_labour": ("Explotación laboral", "Trabajos forzados"),
    "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
    "forced_marriage": ("Matrimonio forzado",),
    "organ_removal": ("Extracción de órganos",),
    "other": ("Otras formas de explotación",),
}
_MDM_GENDER = {
    "male": ("H", "Hombre", "Varón", "hombres"),
    "female": ("M", "Mujer", "mujeres"),
    "mixed": ("Ambos", "H/M", "Mixto"),
}
_MDM_AGE = {
    "adult": ("Adulto", "Mayor de edad", "adultos"),
    "child": ("Menor", "MENA", "NNA"),
    "mixed": ("Adultos y menores", "Mixto (adultos y menores)"),
}
_MDM_MODE = {
    "sea": ("Cayuco", "Patera", "Neumática", "Embarcación", "Lancha"),
    "land": ("Terrestre", "A pie", "Vehículo", "Autobús", "Furgoneta"),
    "air": ("Avión", "Vía aérea", "Aéreo"),
}
_MDM_OFFENCES = {
    "document_fraud": ("Falsedad documental",),
    "corruption": ("Cohecho",),
    "money_laundering": ("Blanqueo de capitales",),
    "illicit_goods": ("Tráfico de drogas", "Contrabando"),
    "cybercrime": ("Ciberdelincuencia",),
    "terrorism": ("Terrorismo",),
}
_MDM_PLACE = {
    "El Hierro": "UM El Hierro (La Restinga)",
    "Gran Canaria": "UM Gran Canaria (Arguineguín)",
    "Tenerife": "UM Tenerife",
    "Lanzarote": "UM Lanzarote",
    "Almería": "Almería - puerto",
    "Almería (El Ejido)": "Almería - El Ejido (asentamientos)",
    "Huelva": "Huelva - asentamientos",
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Latina (Agro Pontino)": "Derivación Italia (Latina)",
    "Torino": "Derivación Italia (Turín)",
}


def _mdm_coords(lat: float, lon: float, rng: _Rng) -> tuple[str, float, float, str]:
    if rng.random() < 0.5:
        d1, m1, s1, b1 = _dms(lat, 0)
        d2, m2, s2, b2 = _dms(lon, 0)
        ns = "N" if lat >= 0 else "S"
        eo = "E" if lon >= 0 else "O"
        text = f"{d1}º{m1:02d}'{s1}''{ns} {d2}º{m2:02d}'{s2}''{eo}"
        return (
            text,
            round(b1 if lat >= 0 else -b1, 6),
            round(b2 if lon >= 0 else -b2, 6),
            "coords_dms",
        )
    la, lo = round(lat, 4), round(lon, 4)
    text = f"{la:.4f} / {lo:.4f}".replace(".", ",")
    return text, la, lo, "coords_decimal_comma"


def _mdm(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    cells: dict[str, object] = {}
    exp = _truth_values(ev, linked=True)
    tags: _Tags = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    prec = _precision(rng, partial_ok, month=0.06, quarter=0.03)
    u = rng.random()
    if prec == "month":
        cells["event_date"] = (
            f"{_ES_MONTHS[ts.month - 1]} {ts.year}" if u < 0.5 else f"{ts.month:02d}/{ts.year}"
        )
        _tag(tags, "event_date", "date_month")
    elif prec == "quarter":
        cells["event_date"] = (
            f"{ts.quarter}º trim. {ts.year}" if u < 0.5 else f"T{ts.quarter}-{ts.year}"
        )
        _tag(tags, "event_date", "date_quarter")
    elif u < 0.55:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        _tag(tags, "event_date", "date_dayfirst")
    elif u < 0.7:
        cells["event_date"] = ts.strftime("%d-%m-%y")
        _tag(tags, "event_date", "date_two_digit_year")
    elif u < 0.85:
        cells["event_date"] = f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
        _tag(tags, "event_date", "date_month_abbr")
    else:
        cells["event_date"] = f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
        _tag(tags, "event_date", "date_text")
    _set_date(exp, ts, prec)

    cells["crime_type"] = choice(rng, _MDM_CRIME[str(exp["crime_type"])])
    _tag(tags, "crime_type", "legal_ref")
    expl = exp["exploitation"]
    if expl is not None:
        cells["exploitation"] = choice(rng, _MDM_EXPL[str(expl)])
    else:
        u = rng.random()
        if u < 0.4:
            cells["exploitation"] = "No procede"
        elif u < 0.6:
            cells["exploitation"] = "—"

    n = _int(ev["n_persons"])
    if rng.random() < 0.03:
        cells["n_persons"] = choice(rng, ("s/d", "desconocido"))
        exp["n_persons"] = None
        _tag(tags, "n_persons", "count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, ".")
        _tag(tags, "n_persons", "count_thousands")
    else:
        cells["n_persons"] = str(n)

    k = _int(ev["n_suspects"])
    u = rng.random()
    if u < 0.03:
        cells["n_suspects"] = "s/d"
        exp["n_suspects"] = None
        _tag(tags, "n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.45:
        cells["n_suspects"] = "ninguno"
        _tag(tags, "n_suspects", "zero_word")
    else:
        cells["n_suspects"] = str(k)

    gender = str(exp["gender"])
    cells["gender"] = choice(rng, _MDM_GENDER[gender])
    _tag(tags, "gender", "sex_initial_es")
    if rng.random() < 0.02:
        cells["age_group"] = "No consta"
        exp["age_group"] = "unknown"
        _tag(tags, "age_group", "na_word")
    else:
        cells["age_group"] = choice(rng, _MDM_AGE[str(exp["age_group"])])

    code = str(exp["nationality"])
    u = rng.random()
    if u < 0.25:
        nat = _name(code, "es", rng)
        _tag(tags, "nationality", "country_name")
    else:
        nat = _demonym(code, "es", gender == "female", rng)
        _tag(tags, "nationality", "demonym")
        garbled = mojibake(nat) if u > 0.88 else None
        if garbled is not None and fits(garbled, src):
            nat = garbled
            _tag(tags, "nationality", "mojibake")
        elif u < 0.35:
            nat = nat.upper()
            _tag(tags, "nationality", "upper_case")
    cells["nationality"] = nat
    origin = _name(str(exp["origin_country"]), "es", rng)
    cells["origin_country"] = origin.upper() if rng.random() < 0.1 else origin
    cells["destination_country"] = _name(str(exp["destination_country"]), "es", rng)
    det = _name(str(exp["detection_country"]), "es", rng, first=True)
    cells["detection_country"] = det.upper() if rng.random() < 0.2 else det

    transit = _codes(exp["transit_countries"])
    if transit:
        cells["transit_countries"] = " - ".join(_name(c, "es", rng) for c in transit)
    elif rng.random() < 0.4:
        cells["transit_countries"] = "Directo"
        _tag(tags, "transit_countries", "direct_word")

    if rng.random() < 0.02:
        cells["transport_mode"] = "No consta"
        exp["transport_mode"] = "unknown"
        _tag(tags, "transport_mode", "na_word")
    else:
        cells["transport_mode"] = choice(rng, _MDM_MODE[str(exp["transport_mode"])])

    u = rng.random()
    if u < 0.04:
        cells["coordinates"] = "s/d"
        _tag(tags, "coordinates", "coords_placeholder")
    elif u < 0.09:
        _tag(tags, "coordinates", "coords_missing")
    else:
        text, la, lo, how = _mdm_coords(_float(ev["lat"]), _float(ev["lon"]), rng)
        cells["coordinates"] = text
        exp["lat"], exp["lon"] = la, lo
        _tag(tags, "coordinates", how)

    offences = _offences(_codes(exp["linked_offences"]), _MDM_OFFENCES, rng)
    if len(offences) > 1:
        cells["linked_offences"] = ", ".join(offences[:-1]) + " y " + offences[-1]
    elif offences:
        cells["linked_offences"] = offences[0]
    elif rng.random() < 0.3:
        cells["linked_offences"] = "No"
    hotspot = str(ev["hotspot"])
    place = _MDM_PLACE.get(hotspot, "Madrid - Programa Trata")
    cells["place"] = place if fits(place, src) else None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Human Rights First — border incident tracker (CSV UTF-8 ``,``, US English)
# --------------------------------------------------------------------------------------
_HRF_SMUGGLING = ("Smuggling (8 U.S.C. § 1324)", "Alien smuggling", "8 USC 1324")
_HRF_TRAFFICKING = {
    "sexual": ("Sex trafficking (18 U.S.C. § 1591)", "Sex trafficking"),
    "forced_labour": ("Forced labor (18 U.S.C. § 1589)", "Labor trafficking"),
}
_HRF_TRAFFICKING_OTHER = ("Human trafficking (18 U.S.C. § 1590)", "Human trafficking (TVPA)")
_HRF_EXPL = {
    "sexual": ("Sex", "Sexual"),
    "forced_labour": ("Labor", "Forced labor"),
    "forced_criminality": ("Forced criminal activity",),
    "forced_marriage": ("Forced marriage",),
    "organ_removal": ("Organ removal",),
    "other": ("Other",),
}
_HRF_GENDER = {
    "male": ("M", "Male"),
    "female": ("F", "Female"),
    "mixed": ("M/F", "Mixed"),
}
_HRF_AGE = {
    "adult": ("Adult", "Adults"),
    "child": ("UAC", "Minor", "Minor(s)"),
    "mixed": ("Family unit", "Adults & minors"),
}
_HRF_MODE = {
    "land": ("On foot", "Vehicle", "Tractor-trailer", "Pickup truck", "Walked across"),
    "sea": ("Boat", "Maritime (panga)"),
    "air": ("Commercial flight", "Air"),
}
_HRF_OFFENCES = {
    "document_fraud": ("Document fraud", "Fraudulent documents"),
    "corruption": ("Bribery", "Official corruption"),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drug smuggling", "Narcotics"),
    "cybercrime": ("Cybercrime",),
    "terrorism": ("Terrorism",),
}
_HRF_PLACE = {
    "Nogales (Sonora/Arizona)": ("Nogales, AZ",),
    "Sasabe": ("Sasabe, AZ",),
    "El Paso": ("El Paso, TX",),
    "Rio Grande Valley": ("McAllen, TX", "Rio Grande City, TX"),
    "Darién gap": ("Darién Gap, Panama",),
    "Lajas Blancas": ("Lajas Blancas, Darién",),
    "Bajo Chiquito": ("Bajo Chiquito, Darién",),
}


def _hrf_crime(crime: str, expl: str | None, rng: _Rng) -> str:
    if crime == "smuggling":
        return choice(rng, _HRF_SMUGGLING)
    thb = choice(rng, _HRF_TRAFFICKING.get(str(expl), _HRF_TRAFFICKING_OTHER))
    if crime == "both":
        return f"{choice(rng, ('Smuggling (8 U.S.C. § 1324)', 'Alien smuggling'))} + {thb}"
    return thb


def _hrf(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    cells: dict[str, object] = {}
    exp = _truth_values(ev, linked=True)
    tags: _Tags = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    prec = _precision(rng, partial_ok, month=0.05, quarter=0.04)
    u = rng.random()
    if prec == "month":
        cells["event_date"] = (
            f"{MONTHS[ts.month - 1]} {ts.year}" if u < 0.5 else f"{ts.month:02d}/{ts.year}"
        )
        _tag(tags, "event_date", "date_month")
    elif prec == "quarter":
        cells["event_date"] = (
            f"Q{ts.quarter} {ts.year}"
            if u < 0.5
            else f"{_QUARTER_MONTHS[ts.quarter - 1]} {ts.year}"
        )
        _tag(tags, "event_date", "date_quarter")
    elif u < 0.55:
        cells["event_date"] = ts.strftime("%m/%d/%Y")
        _tag(tags, "event_date", "date_month_first")
    elif u < 0.75:
        cells["event_date"] = f"{ts.month}/{ts.day}/{ts.year}"
        _tag(tags, "event_date", "date_month_first", "no_leading_zero")
    elif u < 0.9:
        cells["event_date"] = f"{_EN_ABBR[ts.month - 1]} {ts.day}, {ts.year}"
        _tag(tags, "event_date", "date_text")
    else:
        cells["event_date"] = f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}"
        _tag(tags, "event_date", "date_text")
    _set_date(exp, ts, prec)

    expl = exp["exploitation"]
    cells["crime_type"] = _hrf_crime(str(exp["crime_type"]), _text(expl), rng)
    _tag(tags, "crime_type", "legal_ref")
    if expl is not None:
        cells["exploitation"] = choice(rng, _HRF_EXPL[str(expl)])
    elif rng.random() < 0.5:
        cells["exploitation"] = "N/A"

    n = _int(ev["n_persons"])
    if rng.random() < 0.03:
        cells["n_persons"] = choice(rng, ("unk", "Unknown"))
        exp["n_persons"] = None
        _tag(tags, "n_persons", "count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, ",")
        _tag(tags, "n_persons", "count_thousands")
    else:
        cells["n_persons"] = str(n)

    k = _int(ev["n_suspects"])
    u = rng.random()
    if u < 0.03:
        cells["n_suspects"] = "unk"
        exp["n_suspects"] = None
        _tag(tags, "n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.35:
        cells["n_suspects"] = "None"
        _tag(tags, "n_suspects", "zero_word")
    else:
        cells["n_suspects"] = str(k)

    cells["gender"] = choice(rng, _HRF_GENDER[str(exp["gender"])])
    if rng.random() < 0.02:
        cells["age_group"] = "N/A"
        exp["age_group"] = "unknown"
        _tag(tags, "age_group", "na_word")
    else:
        cells["age_group"] = choice(rng, _HRF_AGE[str(exp["age_group"])])

    code = str(exp["nationality"])
    if rng.random() < 0.85:
        cells["nationality"] = _demonym(code, "en", False, rng)
        _tag(tags, "nationality", "demonym")
    else:
        cells["nationality"] = _short_name(code, rng)
        _tag(tags, "nationality", "country_name")
    cells["origin_country"] = _short_name(str(exp["origin_country"]), rng)
    dest = str(exp["destination_country"])
    cells["destination_country"] = (
        choice(rng, ("United States", "U.S.", "USA")) if dest == "USA" else _short_name(dest, rng)
    )
    det = str(exp["detection_country"])
    cells["detection_country"] = (
        choice(rng, ("United States", "USA", "U.S.")) if det == "USA" else _short_name(det, rng)
    )

    transit = _codes(exp["transit_countries"])
    if transit:
        sep = ", " if rng.random() < 0.7 else "; "
        cells["transit_countries"] = sep.join(_short_name(c, rng) for c in transit)
    elif rng.random() < 0.3:
        cells["transit_countries"] = "None (direct)"
        _tag(tags, "transit_countries", "direct_word")

    if rng.random() < 0.02:
        cells["transport_mode"] = "Unknown"
        exp["transport_mode"] = "unknown"
        _tag(tags, "transport_mode", "na_word")
    else:
        cells["transport_mode"] = choice(rng, _HRF_MODE[str(exp["transport_mode"])])

    lat, lon = round(_float(ev["lat"]), 4), round(_float(ev["lon"]), 4)
    u = rng.random()
    if u < 0.02:
        cells["lat"] = cells["lon"] = "N/A"
        _tag(tags, "coordinates", "coords_placeholder")
    elif u < 0.05:
        _tag(tags, "coordinates", "coords_missing")
    else:
        exp["lat"], exp["lon"] = lat, lon
        if u < 0.25:
            cells["lat"] = f"{abs(lat):.4f} {'N' if lat >= 0 else 'S'}"
            cells["lon"] = f"{abs(lon):.4f} {'E' if lon >= 0 else 'W'}"
            _tag(tags, "coordinates", "coords_hemisphere")
        else:
            cells["lat"], cells["lon"] = f"{lat:.4f}", f"{lon:.4f}"
            _tag(tags, "coordinates", "coords_decimal")

    offences = _offences(_codes(exp["linked_offences"]), _HRF_OFFENCES, rng)
    if offences:
        cells["linked_offences"] = "; ".join(offences)
    hotspot = str(ev["hotspot"])
    cells["place"] = choice(rng, _HRF_PLACE.get(hotspot, (hotspot,)))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Border Violence Monitoring Network — testimony sheet (XLSX, English)
# --------------------------------------------------------------------------------------
_BVMN_CRIME = {
    "smuggling": ("smuggling", "SoM", "smuggled (paid)"),
    "trafficking": ("trafficking", "THB"),
    "both": ("SoM + THB", "smuggling & trafficking"),
}
_BVMN_EXPL = {
    "sexual": ("sexual",),
    "forced_labour": ("labour", "forced labour"),
    "forced_criminality": ("forced criminality",),
    "forced_marriage": ("forced marriage",),
    "organ_removal": ("organ removal",),
    "other": ("other",),
}
_BVMN_GENDER = {
    "male": ("men", "male"),
    "female": ("women", "female"),
    "mixed": ("men, women", "mixed"),
}
_BVMN_MODE = {
    "land": ("on foot", "walking", "car", "van", "truck", "train", "bus"),
    "sea": ("boat", "dinghy", "rubber boat"),
    "air": ("plane", "flight"),
}
_BVMN_PLACE = {
    "Cetingrad (BIH–HRV border)": (
        ("near Cetingrad", "Cetingrad"),
        ("Bosnia and Herzegovina", "BiH"),
    ),
    "Bajakovo (SRB–HRV border)": (("Bajakovo", "near Bajakovo"), ("Serbia",)),
    "Evros": (("Evros region", "Evros river area"), ("Turkey", "Türkiye")),
    "Lesbos": (("Lesvos", "Lesvos (north coast)"), ("Turkey", "Türkiye")),
    "Samos": (("Samos",), ("Turkey", "Türkiye")),
    "Kuźnica": (("Kuźnica",), ("Belarus",)),
    "Białowieża": (("Białowieża forest",), ("Belarus",)),
    "Michałowo": (("Michałowo",), ("Belarus",)),
}


def _short_name(code: str, rng: _Rng) -> str:
    """Return a country's everyday English name (``BiH``, ``Iran``), as a volunteer types it."""
    names = [n for n in _EN_NAMES.get(code, ()) if "(" not in n and " of" not in n]
    return choice(rng, names) if names else _name(code, "en", rng, first=True)


def _age_range(age: str, n_persons: int, rng: _Rng) -> str:
    """Return an age or an age range as BVMN volunteers note it."""
    if n_persons == 1:
        return str(int(rng.integers(18, 46)) if age == "adult" else int(rng.integers(13, 18)))
    if age == "adult":
        lo = int(rng.integers(18, 29))
        return f"{lo}-{lo + int(rng.integers(3, 26))}"
    if age == "child":
        lo = int(rng.integers(9, 16))
        return f"{lo}-{int(rng.integers(lo + 1, 18))}"
    return f"{int(rng.integers(3, 17))}-{int(rng.integers(19, 56))}"


def _bvmn(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    cells: dict[str, object] = {}
    exp = _truth_values(ev, linked=False)
    tags: _Tags = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    prec = _precision(rng, partial_ok, month=0.07, quarter=0.0)
    u = rng.random()
    if prec == "month":
        cells["event_date"] = (
            f"{MONTHS[ts.month - 1]} {ts.year}" if u < 0.6 else f"{ts.month:02d}.{ts.year}"
        )
        _tag(tags, "event_date", "date_month")
    elif u < 0.55:
        cells["event_date"] = ts.normalize().to_pydatetime()
        _tag(tags, "event_date", "date_cell")
    elif u < 0.75:
        cells["event_date"] = ts.strftime("%d.%m.%Y")
        _tag(tags, "event_date", "date_dotted")
    elif u < 0.85:
        cells["event_date"] = int((ts.normalize() - _EXCEL_EPOCH).days)
        _tag(tags, "event_date", "excel_serial")
    else:
        cells["event_date"] = f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
        _tag(tags, "event_date", "date_text")
    _set_date(exp, ts, prec)

    cells["crime_type"] = choice(rng, _BVMN_CRIME[str(exp["crime_type"])])
    expl = exp["exploitation"]
    if expl is not None:
        cells["exploitation"] = choice(rng, _BVMN_EXPL[str(expl)])
    elif rng.random() < 0.3:
        cells["exploitation"] = "-"

    n = _int(ev["n_persons"])
    u = rng.random()
    if u < 0.03:
        cells["n_persons"] = choice(rng, ("n/k", "unknown"))
        exp["n_persons"] = None
        _tag(tags, "n_persons", "count_placeholder")
    elif u < 0.08 and 5 <= n < 1000:
        cells["n_persons"] = choice(rng, (f"approx. {n}", f"~{n}", f"c. {n}"))
        _tag(tags, "n_persons", "approx_count")
    else:
        cells["n_persons"] = n

    k = _int(ev["n_suspects"])
    u = rng.random()
    if u < 0.03:
        cells["n_suspects"] = "unknown"
        exp["n_suspects"] = None
        _tag(tags, "n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.5:
        cells["n_suspects"] = "none"
        _tag(tags, "n_suspects", "zero_word")
    else:
        cells["n_suspects"] = k

    cells["gender"] = choice(rng, _BVMN_GENDER[str(exp["gender"])])
    age = str(exp["age_group"])
    u = rng.random()
    if u < 0.02:
        cells["age_group"] = "n/k"
        exp["age_group"] = "unknown"
        _tag(tags, "age_group", "na_word")
    elif u < 0.7:
        cells["age_group"] = _age_range(age, n, rng)
        _tag(tags, "age_group", "age_range")
    else:
        words = {
            "adult": ("adults", "adult"),
            "child": ("minors", "UAM", "minor"),
            "mixed": ("adults + minors", "families"),
        }
        cells["age_group"] = choice(rng, words[age])

    code = str(exp["nationality"])
    if rng.random() < 0.6:
        cells["nationality"] = _short_name(code, rng)
        _tag(tags, "nationality", "country_name")
    else:
        cells["nationality"] = _demonym(code, "en", False, rng)
        _tag(tags, "nationality", "demonym")
    cells["origin_country"] = _short_name(str(exp["origin_country"]), rng)
    cells["destination_country"] = _short_name(str(exp["destination_country"]), rng)
    det = str(exp["detection_country"])
    if rng.random() < 0.1:
        cells["detection_country"] = _alpha2(det)
        _tag(tags, "detection_country", "alpha2")
    else:
        cells["detection_country"] = _name(det, "en", rng, first=True)

    transit = _codes(exp["transit_countries"])
    if transit:
        sep = "-" if rng.random() < 0.6 else " → "
        cells["transit_countries"] = sep.join(_short_name(c, rng) for c in transit)
    elif rng.random() < 0.3:
        cells["transit_countries"] = "direct"
        _tag(tags, "transit_countries", "direct_word")

    if rng.random() < 0.02:
        cells["transport_mode"] = "n/k"
        exp["transport_mode"] = "unknown"
        _tag(tags, "transport_mode", "na_word")
    else:
        cells["transport_mode"] = choice(rng, _BVMN_MODE[str(exp["transport_mode"])])

    lat, lon = _float(ev["lat"]), _float(ev["lon"])
    u = rng.random()
    if u < 0.06:
        _tag(tags, "coordinates", "coords_missing")
    elif u < 0.4:
        d1, m1, s1, b1 = _dms(lat, 1)
        d2, m2, s2, b2 = _dms(lon, 1)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        cells["coordinates"] = f"{d1}°{m1:02d}'{s1}\"{ns} {d2}°{m2:02d}'{s2}\"{ew}"
        exp["lat"] = round(b1 if lat >= 0 else -b1, 6)
        exp["lon"] = round(b2 if lon >= 0 else -b2, 6)
        _tag(tags, "coordinates", "coords_dms")
    else:
        la, lo = round(lat, 5), round(lon, 5)
        cells["coordinates"] = f"{la:.5f}, {lo:.5f}"
        exp["lat"], exp["lon"] = la, lo
        _tag(tags, "coordinates", "coords_pair")

    hotspot = str(ev["hotspot"])
    places = _BVMN_PLACE.get(hotspot)
    if places is not None:
        cells["place"] = choice(rng, places[0])
        cells["pushback"] = choice(rng, places[1])
    else:
        cells["place"] = hotspot
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Secours Catholique – Caritas France, Calais (CSV UTF-16 tab, French)
# --------------------------------------------------------------------------------------
_CESEDA_RECAST = pd.Timestamp("2021-05-01")  # L622-1 became L823-1 on 1 May 2021
_SC_TRAFFICKING = ("Traite des êtres humains (art. 225-4-1 C. pén.)", "TEH", "Traite (225-4-1 CP)")
_SC_EXPL = {
    "sexual": ("exploitation sexuelle", "prostitution forcée"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits",),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre forme d'exploitation",),
}
_SC_GENDER = {
    "male": ("H", "hommes", "homme"),
    "female": ("F", "femmes", "femme"),
    "mixed": ("H/F", "mixte", "hommes et femmes"),
}
_SC_AGE = {
    "adult": ("majeurs", "majeur(s)", "adultes"),
    "child": ("mineurs", "MNA", "mineur(s)"),
    "mixed": ("majeurs et mineurs", "familles (adultes + enfants)"),
}
_SC_MODE = {
    "sea": ("small boat", "bateau pneumatique", "embarcation"),
    "land": ("camion", "poids lourd", "à pied", "voiture", "train"),
    "air": ("avion", "voie aérienne"),
}
_SC_PLACE = {
    "Calais": ("Calais", "Calais (plage)", "Sangatte"),
    "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Grande-Synthe"),
    "Dover": ("Douvres",),
    "London": ("Londres",),
    "Birmingham": ("Birmingham",),
    "Glasgow": ("Glasgow",),
}


def _sc_smuggling(ts: pd.Timestamp, rng: _Rng) -> str:
    article = "L622-1" if ts < _CESEDA_RECAST else "L823-1"
    return choice(
        rng,
        (
            f"Aide à l'entrée irrégulière (art. {article} CESEDA)",
            f"Aide au séjour irrégulier ({article} CESEDA)",
            "Trafic de migrants",
        ),
    )


def _sc_coord(value: float, axis: str, rng: _Rng) -> tuple[str, float, str]:
    if rng.random() < 0.8:
        v = round(value, 4)
        return f"{v:.4f}".replace(".", ","), v, "coords_decimal_comma"
    d, m, sec, back = _dms(value, 1)
    if axis == "lat":
        hemi = "N" if value >= 0 else "S"
    else:
        hemi = "E" if value >= 0 else "O"  # O (ouest) for west, as French maps write it
    text = f"{d}°{m:02d}'{sec.replace('.', ',')}\" {hemi}"
    return text, round(back if value >= 0 else -back, 6), "coords_dms"


def _sc(src: ExaminerSource, ev: dict[str, object], rng: _Rng, partial_ok: bool) -> _Out:
    cells: dict[str, object] = {}
    exp = _truth_values(ev, linked=False)
    tags: _Tags = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    prec = _precision(rng, partial_ok, month=0.06, quarter=0.04)
    u = rng.random()
    if prec == "month":
        cells["event_date"] = (
            f"{_FR_MONTHS[ts.month - 1]} {ts.year}" if u < 0.5 else f"{ts.month:02d}/{ts.year}"
        )
        _tag(tags, "event_date", "date_month")
    elif prec == "quarter":
        rank = "1er" if ts.quarter == 1 else f"{ts.quarter}e"
        cells["event_date"] = (
            f"T{ts.quarter} {ts.year}" if u < 0.5 else f"{rank} trimestre {ts.year}"
        )
        _tag(tags, "event_date", "date_quarter")
    elif u < 0.55:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        _tag(tags, "event_date", "date_dayfirst")
    elif u < 0.7:
        cells["event_date"] = ts.strftime("%d/%m/%y")
        _tag(tags, "event_date", "date_two_digit_year")
    elif u < 0.9:
        day = "1er" if ts.day == 1 else str(ts.day)
        cells["event_date"] = f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        _tag(tags, "event_date", "date_text")
    else:
        cells["event_date"] = (
            f"{_FR_DAYS[ts.day_of_week]} {ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        )
        _tag(tags, "event_date", "date_weekday")
    _set_date(exp, ts, prec)

    crime = str(exp["crime_type"])
    if crime == "smuggling":
        cells["crime_type"] = _sc_smuggling(ts, rng)
    elif crime == "trafficking":
        cells["crime_type"] = choice(rng, _SC_TRAFFICKING)
    else:
        cells["crime_type"] = choice(
            rng, ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants")
        )
    _tag(tags, "crime_type", "legal_ref")
    expl = exp["exploitation"]
    if expl is not None:
        cells["exploitation"] = choice(rng, _SC_EXPL[str(expl)])
    elif rng.random() < 0.5:
        cells["exploitation"] = choice(rng, ("sans objet", "-"))

    n = _int(ev["n_persons"])
    if rng.random() < 0.04:
        cells["n_persons"] = choice(rng, ("NC", "inconnu", "?"))
        exp["n_persons"] = None
        _tag(tags, "n_persons", "count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, choice(rng, ("\u202f", "\xa0", " ")))
        _tag(tags, "n_persons", "count_thousands")
    else:
        cells["n_persons"] = str(n)

    k = _int(ev["n_suspects"])
    u = rng.random()
    if u < 0.04:
        cells["n_suspects"] = "NC"
        exp["n_suspects"] = None
        _tag(tags, "n_suspects", "suspects_placeholder")
    elif k == 0 and u < 0.5:
        cells["n_suspects"] = "aucun"
        _tag(tags, "n_suspects", "zero_word")
    else:
        cells["n_suspects"] = str(k)

    gender = str(exp["gender"])
    cells["gender"] = choice(rng, _SC_GENDER[gender])
    if rng.random() < 0.02:
        cells["age_group"] = "non renseigné"
        exp["age_group"] = "unknown"
        _tag(tags, "age_group", "na_word")
    else:
        cells["age_group"] = choice(rng, _SC_AGE[str(exp["age_group"])])

    code = str(exp["nationality"])
    if rng.random() < 0.8:
        cells["nationality"] = _demonym(code, "fr", gender == "female", rng)
        _tag(tags, "nationality", "demonym")
    else:
        cells["nationality"] = _name(code, "fr", rng)
        _tag(tags, "nationality", "country_name")
    cells["origin_country"] = _name(str(exp["origin_country"]), "fr", rng)
    dest = str(exp["destination_country"])
    if dest == "GBR" and rng.random() < 0.4:
        cells["destination_country"] = choice(rng, ("Angleterre", "UK"))
        _tag(tags, "destination_country", "england_for_uk")
    else:
        cells["destination_country"] = _name(dest, "fr", rng)
    cells["detection_country"] = _name(str(exp["detection_country"]), "fr", rng, first=True)

    transit = _codes(exp["transit_countries"])
    if transit:
        sep = ", " if rng.random() < 0.6 else " > "
        cells["transit_countries"] = sep.join(_name(c, "fr", rng) for c in transit)
    elif rng.random() < 0.3:
        cells["transit_countries"] = "direct"
        _tag(tags, "transit_countries", "direct_word")

    if rng.random() < 0.02:
        cells["transport_mode"] = "non renseigné"
        exp["transport_mode"] = "unknown"
        _tag(tags, "transport_mode", "na_word")
    else:
        cells["transport_mode"] = choice(rng, _SC_MODE[str(exp["transport_mode"])])

    u = rng.random()
    if u < 0.03:
        cells["lat"] = cells["lon"] = "NC"
        _tag(tags, "coordinates", "coords_placeholder")
    elif u < 0.06:
        _tag(tags, "coordinates", "coords_missing")
    else:
        cells["lat"], exp["lat"], how = _sc_coord(_float(ev["lat"]), "lat", rng)
        cells["lon"], exp["lon"], how2 = _sc_coord(_float(ev["lon"]), "lon", rng)
        _tag(tags, "coordinates", *sorted({how, how2}))

    hotspot = str(ev["hotspot"])
    cells["place"] = choice(rng, _SC_PLACE.get(hotspot, (hotspot,)))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS: dict[str, Callable[[ExaminerSource, dict[str, object], _Rng, bool], _Out]] = {
    _TAHUB: _tahub,
    _MDM: _mdm,
    _HRF: _hrf,
    _BVMN: _bvmn,
    _SC: _sc,
}
#: Cells a forced blank empties, by blanked field (a place names the country too).
_BLANKED_CELLS = {
    "coordinates": ("coordinates", "lat", "lon"),
    "detection_country": ("detection_country", "place", "pushback"),
    "nationality": ("nationality",),
    "n_suspects": ("n_suspects",),
    "gender": ("gender",),
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells, exp, tags = _RENDERERS[src.source](src, ev, rng, partial_ok)
    if forced_blank is not None:
        for cell in _BLANKED_CELLS[forced_blank]:
            cells.pop(cell, None)
        tags[forced_blank] = [f"blank_{forced_blank}"]
        if forced_blank == "coordinates":
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            exp["gender"] = "unknown"
        else:
            exp[forced_blank] = None
    flat = [t for field_tags in tags.values() for t in field_tags]
    return cells, exp, flat


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    name = src.source
    if kind == "no_date":
        words = {
            _MDM: ("s/f", "sin fecha"),
            _HRF: ("Unknown", "unk"),
            _BVMN: ("n/k",),
            _SC: ("date inconnue", "NC"),
        }.get(name)
        return None if words is None or rng.random() < 0.5 else choice(rng, words)
    year = ts.year
    if kind == "bad_date":  # 30 February, or 31 of a thirty-day month
        m, day = (2, 30) if rng.random() < 0.5 else (int(choice(rng, ("4", "6", "9", "11"))), 31)
        if name == _TAHUB:
            return f"{year}-{m:02d}-{day:02d}"
        if name == _HRF:
            return f"{m:02d}/{day:02d}/{year}"
        if name == _BVMN:
            return f"{day:02d}.{m:02d}.{year}"
        return f"{day:02d}/{m:02d}/{year}"
    future = ts.replace(year=year + 200)  # a slipped digit: 2022 -> 2222
    if name == _TAHUB:
        return future.strftime("%Y-%m-%d")
    if name == _HRF:
        return future.strftime("%m/%d/%Y")
    if name == _BVMN:
        return future.strftime("%d.%m.%Y")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on a source's note row: the day of its last row."""
    if src.source == _TAHUB:
        return last.strftime("%Y-%m-%d")
    if src.source == _HRF:
        return last.strftime("%m/%d/%Y")
    if src.source == _BVMN:
        return last.normalize().to_pydatetime()
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND100_SOURCES,
    primary={
        "ITA": _TAHUB,
        "GBR": _TAHUB,
        "PAN": _TAHUB,
        "ESP": _MDM,
        "USA": _HRF,
        "HRV": _BVMN,
        "GRC": _BVMN,
        "POL": _BVMN,
        "FRA": _SC,
    },
    compilation=_TAHUB,
    secondary={
        ("channel", "GBR"): _SC,
        ("thb_vnm_gbr", "GBR"): _SC,
        ("channel", "FRA"): _TAHUB,
        ("thb_rou_esp", "ITA"): _MDM,
        ("thb_nga_ita", "ITA"): _MDM,  # Nigerian women moved on from Italy to Spain
        ("watl", "ESP"): _TAHUB,
        ("wmed", "ESP"): _TAHUB,
        ("thb_rou_esp", "ESP"): _TAHUB,
        ("us_mex", "USA"): _TAHUB,
        ("darien", "PAN"): _HRF,
        ("wbal", "HRV"): _TAHUB,
        ("emed", "GRC"): _TAHUB,
        ("blr_pol", "POL"): _TAHUB,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=100_100,
    blank_share=0.3,
)


def make_blind100(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind100`` examiner set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND100_SOURCES`, in that order, with the expected
        clean value of every written row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind100(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['stopthetraffik_tahub_cx.jsonl', 'medicos_del_mundo_cx.csv',
     'hrf_border_tracker_cx.csv', 'bvmn_testimonies_cx.xlsx',
     'secours_catholique_calais_cx.csv']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
