"""Examiner sample set ``blind390`` (files ``*_ob.*``): faith-based anti-trafficking networks.

Five church networks that meet trafficked and smuggled people in parishes, shelters and
welcome points, each writing its records its own way:

``clewer_initiative_ob.xlsx``
    The Clewer Initiative (Church of England): concerns logged by diocesan modern slavery
    champions and through its Safe Car Wash app. English; a workbook whose date column
    mixes real Excel dates, bare serial numbers and dates typed as text; "modern slavery"
    wording, demonyms ("Vietnamese"), "England" or "Scotland" for the country, routes as
    ``China > Russia > Poland``, app coordinates when the concern came through the app.
    Primary for the United Kingdom; second reports of Channel events met in France.
``snpmpi_cef_ob.csv``
    Service national de la pastorale des migrants et des personnes itinérantes
    (Conférence des évêques de France), compiling the diocesan reports of Arras and Lille.
    French, cp1252, ``;``; day-first dates, a few months ("mai 2022") or quarters
    ("T2 2022"); "Angleterre" for the wished destination, "MNA" for unaccompanied minors,
    "aucun" for no smuggler, some country names garbled (UTF-8 pasted into the cp1252
    sheet); no coordinates. Re-sent rows. Primary for France; second reports of Channel
    events that ended in Dover.
``migrantes_con_derechos_ob.csv``
    Red Migrantes con Derechos (Cáritas, CONFER, Justicia y Paz, Sector Social de la
    Compañía de Jesús), from the diocesan delegaciones de migraciones of the southern
    border. Spanish, UTF-16 "Texto Unicode" saved from Excel, tab-delimited; Spanish
    demonyms ("senegalesa"), H/M for hombre/mujer, "MENA", dotted thousands, number words,
    decimal-comma coordinates when the landing point is known. Primary for Spain.
``vicariato_darien_ob.csv``
    Vicariato Apostólico de Darién (Pastoral de Movilidad Humana, Metetí): a KoboToolbox
    export. Spanish labels, UTF-8, ``,``; ISO dates from the date widget, Kobo geopoints
    ("lat lon altitude accuracy"), "NS/NR" answers and re-synced duplicate submissions.
    Primary for Panama.
``coatnet_ob.jsonl``
    COATNET (Christian Organisations Against Trafficking in Human Beings network, hosted by
    Caritas Internationalis): the members' case database as JSON lines. English snake-case
    keys and codes, ISO alpha-2 (``UK`` for the United Kingdom), UN M49 numeric code of the
    country of identification, transit countries and linked crimes as JSON arrays, ISO and
    partial dates (``2022-05``, ``2022-Q2``). Reports every event no national network does
    (Italy, Greece, Croatia, Poland, the United States) and second reports from its members
    in the United Kingdom, Spain and Panama.
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

__all__ = ["EXAMINER", "SOURCES", "ParishSource", "make_blind390"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class ParishSource(ExaminerSource):
    """A faith-based network's file: the shared fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column (``crime_type``, ``exploitation``, ``gender``, ``age_group``,
        ``linked_offences``) -> design word -> the network's words for it;
        ``gender_group`` and ``age_group_group``, where given, are the words for a group
        of several people.
    not_applicable : str or None
        What the network writes as exploitation on a pure smuggling row (None: blank).
    not_known : tuple of str
        Its words for "not known" (age group, transport mode, nationality, counts).
    zero : tuple of str
        Its words for "no suspect".
    offence_sep : str
        Separator between linked offences.
    transit_sep : str
        Separator between transit countries.
    direct : str or None
        What it writes for a route with no transit country (None: blank).
    places : mapping
        Hotspot of the truth -> the network's place cell (diocese, delegation, point).
    """

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    not_applicable: str | None
    not_known: tuple[str, ...]
    zero: tuple[str, ...]
    offence_sep: str
    transit_sep: str
    direct: str | None
    places: Mapping[str, str]


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_EN_NAME = {iso: row[1] for iso, row in COUNTRIES.items()} | {
    "CIV": "Ivory Coast",
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "GBR": "United Kingdom",
    "USA": "USA",
    "SYR": "Syria",
    "RUS": "Russia",
}
_EN_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "DZA": "Algerian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
_FR_NAME = {iso: row[2] for iso, row in COUNTRIES.items()} | {
    "VNM": "Vietnam",
    "CIV": "Côte d'Ivoire",
    "GBR": "Royaume-Uni",
}
_ES_NAME = {iso: row[3] for iso, row in COUNTRIES.items()} | {"CIV": "Costa de Marfil"}
#: Spanish demonyms (masculine, feminine).
_ES_DEMONYM = {
    "AFG": ("afgano", "afgana"),
    "BGD": ("bangladesí", "bangladesí"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "DZA": ("argelino", "argelina"),
    "EGY": ("egipcio", "egipcia"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "MAR": ("marroquí", "marroquí"),
    "MLI": ("maliense", "maliense"),
    "MRT": ("mauritano", "mauritana"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
}
#: Every name written anywhere: a typo must not turn one country into another.
_ALL_NAMES = {
    n.lower() for table in (_EN_NAME, _FR_NAME, _ES_NAME, _EN_DEMONYM) for n in table.values()
} | {n.lower() for pair in _ES_DEMONYM.values() for n in pair}


def _typo(text: str, rng: _Rng) -> str | None:
    """Drop or swap one inner letter of a long one-word name; None if it would not read."""
    if len(text) < 6 or not text.isalpha():
        return None
    i = int(rng.integers(2, len(text) - 2))
    if rng.random() < 0.5:
        out = text[:i] + text[i + 1 :]
    else:
        out = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return None if out == text or out.lower() in _ALL_NAMES else out


# --------------------------------------------------------------------------------------
# The five networks
# --------------------------------------------------------------------------------------
_EN_NUMBERS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)
_FR_NUMBERS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_ES_NUMBERS = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")
_ES_MONTH_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
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

CLEWER = ParishSource(
    source="clewer_initiative",
    filename="clewer_initiative_ob.xlsx",
    ref="CLW-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Concern ID",
        "event_date": "Date of encounter",
        "place": "Diocese",
        "detection_country": "Country encountered in",
        "crime_type": "Concern type",
        "exploitation": "Type of exploitation",
        "n_persons": "Number of people",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries passed through)",
        "destination_country": "Intended destination",
        "transport_mode": "How they travelled",
        "n_suspects": "Suspected exploiters/facilitators",
        "linked_offences": "Other crimes noted",
        "lat": "Latitude",
        "lon": "Longitude",
    },
    note="Provisional - concerns logged by diocesan Modern Slavery Champions, not verified",
    total="Total people",
    bad_count=("several", "a few", "lots"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Modern slavery / trafficking", "Human trafficking"),
            "smuggling": ("People smuggling", "Smuggling"),
            "both": ("Modern slavery & smuggling", "Trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual exploitation (brothel)"),
            "forced_labour": (
                "Labour exploitation",
                "Labour exploitation (car wash)",
                "Labour exploitation (nail bar)",
            ),
            "forced_criminality": (
                "Criminal exploitation",
                "Criminal exploitation (cannabis cultivation)",
            ),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {"male": ("Male", "M"), "female": ("Female", "F")},
        "gender_group": {
            "male": ("Male", "Men", "M"),
            "female": ("Female", "Women", "F"),
            "mixed": ("Male & female", "Mixed"),
        },
        "age_group": {"adult": ("Adult", "18+"), "child": ("Under 18", "Child", "Minor")},
        "age_group_group": {
            "adult": ("Adults", "Adult", "18+"),
            "child": ("Under 18", "Children", "Minors"),
            "mixed": ("Adults & children", "Family with children"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "fake ID"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "drugs (cannabis)"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    not_applicable="N/A",
    not_known=("not known", "Not known"),
    zero=("none", "None identified"),
    offence_sep="; ",
    transit_sep=" > ",
    direct="Direct",
    places={
        "Dover": "Canterbury",
        "London": "London",
        "Birmingham": "Birmingham",
        "Glasgow": "Glasgow & Galloway (SEC)",
        "Calais": "Diocese in Europe",
        "Dunkirk/Gravelines": "Diocese in Europe",
    },
)

SNPMPI = ParishSource(
    source="snpmpi_cef",
    filename="snpmpi_cef_ob.csv",
    ref="PM{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "place": "Diocèse",
        "town": "Lieu",
        "detection_country": "Pays d'interception",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination souhaitée",
        "transport_mode": "Moyen de passage",
        "n_suspects": "Nb passeurs / exploiteurs",
        "linked_offences": "Autres infractions",
    },
    note="Données transmises par les diocèses, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "traite", "TEH"),
            "smuggling": ("Trafic de migrants (passeurs)", "passeurs", "aide au passage"),
            "both": ("Traite + passeurs", "traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("H", "homme(s)"),
            "female": ("F", "femme(s)"),
            "mixed": ("H/F", "mixte"),
        },
        "age_group": {
            "adult": ("majeur(s)", "adulte(s)"),
            "child": ("mineur(s)", "MNA"),
            "mixed": ("majeurs et mineurs", "famille(s) avec enfants"),
        },
        "linked_offences": {
            "document_fraud": ("faux papiers", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "drogue"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    not_applicable="sans objet",
    not_known=("NR", "non connu"),
    zero=("aucun", "0"),
    offence_sep=", ",
    transit_sep=", ",
    direct=None,
    places={
        "Calais": "Arras",
        "Dunkirk/Gravelines": "Lille",
        "Dover": "Arras",
    },
)

MIGRANTES = ParishSource(
    source="migrantes_con_derechos",
    filename="migrantes_con_derechos_ob.csv",
    ref="MCD/{seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha",
        "place": "Delegación diocesana",
        "detection_country": "País de detección",
        "crime_type": "Tipo de caso",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de llegada",
        "n_suspects": "Nº presuntos tratantes / patrones",
        "linked_offences": "Otros delitos",
        "lat": "Latitud",
        "lon": "Longitud",
    },
    note="Nota: datos provisionales facilitados por las delegaciones diocesanas",
    total="TOTAL",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "Favorecimiento de la inmigración irregular",
            ),
            "both": ("Trata y tráfico", "Trata + tráfico de migrantes"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Laboral (campo)"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {"male": ("Hombre", "H"), "female": ("Mujer", "M")},
        "gender_group": {
            "male": ("Hombres", "H"),
            "female": ("Mujeres", "M"),
            "mixed": ("Mixto", "H y M"),
        },
        "age_group": {"adult": ("Adulto", "Mayor de edad"), "child": ("Menor", "MENA")},
        "age_group_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "MENA"),
            "mixed": ("Adultos y menores", "Familias con menores"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental", "documentación falsa"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("drogas", "hachís"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    not_applicable="No procede",
    not_known=("s/d", "desconocido"),
    zero=("ninguno", "0"),
    offence_sep=", ",
    transit_sep=" / ",
    direct="directo",
    places={
        "Ceuta": "Cádiz y Ceuta",
        "Melilla": "Málaga (Melilla)",
        "Almería": "Almería",
        "Almería (El Ejido)": "Almería",
        "Gran Canaria": "Canarias",
        "Lanzarote": "Canarias",
        "Tenerife": "Tenerife",
        "El Hierro": "Tenerife",
        "Huelva": "Huelva",
    },
)

VICARIATO = ParishSource(
    source="vicariato_darien",
    filename="vicariato_darien_ob.csv",
    ref="DAR-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código de registro",
        "event_date": "Fecha del encuentro",
        "place": "Punto de atención",
        "detection_country": "País",
        "crime_type": "Tipo de situación",
        "exploitation": "Tipo de explotación",
        "n_persons": "Número de personas en el grupo",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "transport_mode": "Medio de desplazamiento",
        "n_suspects": "Número de guías/coyotes",
        "linked_offences": "Otros delitos observados",
        "coordinates": "Ubicación GPS",
    },
    note=None,
    total="TOTAL PERSONAS",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes",),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado o servil",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Hombre(s)",),
            "female": ("Mujer(es)",),
            "mixed": ("Grupo mixto",),
        },
        "age_group": {
            "adult": ("Adulto(s)",),
            "child": ("Menor(es) de edad",),
            "mixed": ("Grupo familiar con menores",),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos",),
            "corruption": ("soborno",),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("drogas", "contrabando"),
            "cybercrime": ("delito cibernético",),
            "terrorism": ("terrorismo",),
        },
    },
    not_applicable=None,
    not_known=("NS/NR",),
    zero=("0",),
    offence_sep=", ",
    transit_sep=" - ",
    direct=None,
    places={
        "Darién gap": "Selva (ruta Darién)",
        "Bajo Chiquito": "Bajo Chiquito",
        "Lajas Blancas": "ETRM Lajas Blancas",
    },
)

COATNET = ParishSource(
    source="coatnet",
    filename="coatnet_ob.jsonl",
    ref="CN-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "date_identified",
        "place": "member_org",
        "town": "location",
        "detection_country": "country_m49",
        "crime_type": "crime",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality_iso2",
        "origin_country": "origin_iso2",
        "destination_country": "destination_iso2",
        "transit_countries": "transit_iso2",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "linked_crimes",
    },
    note="export note: records shared by member organisations, provisional",
    total="TOTAL",
    bad_count=("several", "many", "a few"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trafficking",),
            "smuggling": ("smuggling",),
            "both": ("trafficking_and_smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("criminal_activities",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"male": ("M",), "female": ("F",), "mixed": ("mixed",)},
        "age_group": {"adult": ("adults",), "child": ("minors",), "mixed": ("adults_and_minors",)},
        "linked_offences": {
            "document_fraud": ("document_fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("illicit_goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    not_applicable=None,
    not_known=("unknown",),
    zero=("0",),
    offence_sep="",
    transit_sep="",
    direct=None,
    places={},
)

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[ParishSource, ...] = (CLEWER, SNPMPI, MIGRANTES, VICARIATO, COATNET)

#: COATNET member that shared the record, by country of identification.
_MEMBER = {
    "ITA": "Caritas Italiana",
    "GRC": "Caritas Hellas",
    "HRV": "Caritas Croatia",
    "POL": "Caritas Polska",
    "USA": "Catholic Charities USA",
    "GBR": "Caritas Bakhita House",
    "ESP": "Cáritas Española",
    "PAN": "Cáritas Panamá",
    "FRA": "Secours Catholique",
}
#: Share of rows giving coordinates (app, landing point, Kobo geopoint, database).
_COORD_SHARE = {
    CLEWER.source: 0.5,
    MIGRANTES.source: 0.55,
    VICARIATO.source: 0.85,
    COATNET.source: 0.8,
}
#: Town written by the French dioceses, by hotspot.
_FR_TOWNS = {
    "Calais": ("Calais", "Calais (plage)", "Marck"),
    "Dunkirk/Gravelines": ("Grande-Synthe", "Loon-Plage", "Gravelines"),
    "Dover": ("Douvres",),
}


# --------------------------------------------------------------------------------------
# Writing one cell
# --------------------------------------------------------------------------------------
def _text(ev: Mapping[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: Mapping[str, object], key: str) -> int:
    return int(ev[key])  # type: ignore[call-overload]


def _country(
    src: ParishSource,
    iso: str,
    role: str,
    ev: Mapping[str, object],
    rng: _Rng,
    tags: list[str],
) -> object:
    """Write one country as the network does; ``role`` is the column it goes in."""
    if src is COATNET:
        if role == "detection_country":
            tags.append("m49")
            return iso_codes(iso)[1]
        if iso == "GBR" and rng.random() < 0.5:
            tags.append("alias")
            return "UK"
        return iso_codes(iso)[0]
    if src is VICARIATO:  # Kobo labels of a select list: always the same words
        return _ES_NAME[iso]
    if src is CLEWER:
        if role == "detection_country" and iso == "GBR":
            tags.append("uk_nation")
            if ev.get("hotspot") == "Glasgow":
                return "Scotland"
            return "England" if rng.random() < 0.7 else "UK"
        if role == "destination_country" and iso == "GBR":
            return choice(rng, ("UK", "United Kingdom", "UK"))
        if role == "nationality" and iso in _EN_DEMONYM and rng.random() < 0.6:
            tags.append("demonym")
            return _EN_DEMONYM[iso]
        name = _EN_NAME[iso]
    elif src is SNPMPI:
        if iso == "GBR" and role in ("destination_country", "detection_country"):
            r = rng.random()
            if r < 0.5:
                tags.append("alias")
                return "Angleterre"
            return "Royaume-Uni" if r < 0.85 else "UK"
        name = _FR_NAME[iso]
    else:  # Migrantes con Derechos
        if role == "nationality" and iso in _ES_DEMONYM and rng.random() < 0.5:
            tags.append("demonym")
            masc, fem = _ES_DEMONYM[iso]
            return fem if ev.get("gender") == "female" else masc
        name = _ES_NAME[iso]
    r = rng.random()
    if r < 0.03:
        typo = _typo(name, rng)
        if typo is not None:
            tags.append("country_typo")
            return typo
    elif r < 0.09 and src is SNPMPI:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    elif r < 0.17:
        if src is SNPMPI:
            tags.append("upper_case")
            return name.upper()
        if src is MIGRANTES:
            tags.append("lower_case")
            return name.lower()
    return name


def _date(
    src: ParishSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event date as the network writes it."""
    day = ts.normalize()
    month = day.to_period("M").start_time
    quarter = day.to_period("Q").start_time
    q = (day.month - 1) // 3 + 1
    partial = partial_ok and rng.random() < 0.06
    if src is CLEWER:
        if partial:
            tags.append("month_only")
            return f"{MONTHS[day.month - 1]} {day.year}", month, "month"
        r = rng.random()
        if r < 0.70:
            tags.append("excel_date")
            return day.to_pydatetime(), day, "day"
        if r < 0.82:
            tags.append("excel_serial")
            return int((day - _EXCEL_EPOCH).days), day, "day"
        if r < 0.94:
            tags.append("text_date")
            return day.strftime("%d/%m/%Y"), day, "day"
        tags.append("long_date")
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}", day, "day"
    if src is SNPMPI:
        if partial:
            if rng.random() < 0.5:
                tags.append("month_only")
                return f"{_FR_MONTHS[day.month - 1]} {day.year}", month, "month"
            tags.append("quarter_only")
            return f"T{q} {day.year}", quarter, "quarter"
        if rng.random() < 0.12:
            tags.append("two_digit_year")
            return day.strftime("%d/%m/%y"), day, "day"
        return day.strftime("%d/%m/%Y"), day, "day"
    if src is MIGRANTES:
        if partial:
            if rng.random() < 0.5:
                tags.append("month_only")
                return f"{_ES_MONTHS[day.month - 1]} {day.year}", month, "month"
            tags.append("quarter_only")
            return f"{q}º trimestre {day.year}", quarter, "quarter"
        r = rng.random()
        if r < 0.65:
            return day.strftime("%d/%m/%Y"), day, "day"
        if r < 0.85:
            tags.append("month_abbr")
            return f"{day.day:02d}-{_ES_MONTH_ABBR[day.month - 1]}-{day.year % 100:02d}", day, "day"
        tags.append("long_date")
        return f"{day.day} de {_ES_MONTHS[day.month - 1]} de {day.year}", day, "day"
    if src is COATNET and partial:
        if rng.random() < 0.5:
            tags.append("month_only")
            return day.strftime("%Y-%m"), month, "month"
        tags.append("quarter_only")
        return f"{day.year}-Q{q}", quarter, "quarter"
    tags.append("iso_date")
    return day.strftime("%Y-%m-%d"), day, "day"


def _persons(src: ParishSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the number of persons."""
    r = rng.random()
    if src is VICARIATO:
        return str(n), n
    if src is COATNET:
        if r < 0.02:
            tags.append("count_placeholder")
            return None, None
        return n, n
    if r < 0.03:
        tags.append("count_placeholder")
        return choice(rng, src.not_known), None
    numbers = {"en": _EN_NUMBERS, "fr": _FR_NUMBERS, "es": _ES_NUMBERS}[src.language]
    if n <= len(numbers) and r < 0.15:
        tags.append("number_word")
        return numbers[n - 1], n
    if n >= 1000 and src is not CLEWER:
        tags.append("thousands_sep")
        sep = "." if src is MIGRANTES else choice(rng, ("\u00a0", " "))
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    return (n if src.format == "xlsx" else str(n)), n


def _suspects(
    src: ParishSource, k: int, rng: _Rng, forced: str | None, tags: list[str]
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the number of suspects."""
    if forced == "n_suspects":
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.04:
        tags.append("suspects_placeholder")
        if src is COATNET:
            return None, None
        return choice(rng, src.not_known), None
    if k == 0 and src.zero != ("0",) and r < 0.55:
        word = choice(rng, src.zero)
        if word != "0":
            tags.append("zero_word")
        return word, 0
    return (k if src.format in ("xlsx", "jsonl") else str(k)), k


def _transport(src: ParishSource, ev: Mapping[str, object], rng: _Rng) -> str:
    """Return the network's word for the event's transport mode."""
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    hotspot = str(ev.get("hotspot"))
    if src is COATNET:
        return mode
    options: dict[str, tuple[str, ...]]
    if src is CLEWER:
        options = {
            "sea": ("Small boat", "Boat") if corridor == "channel" else ("Boat",),
            "land": ("Lorry", "Hidden in lorry") if corridor == "channel" else ("Lorry", "Car"),
            "air": ("Flight", "Plane"),
        }
    elif src is SNPMPI:
        options = {
            "sea": ("small boat", "bateau", "embarcation"),
            "land": ("camion", "poids lourd", "voiture"),
            "air": ("avion",),
        }
    elif src is VICARIATO:
        options = {
            "land": ("A pie (selva)", "Caminando", "Terrestre"),
            "sea": ("Lancha",),
            "air": ("Avión",),
        }
    else:
        if corridor == "watl":
            sea: tuple[str, ...] = ("cayuco", "embarcación")
        elif corridor == "wmed":
            sea = ("patera", "neumática", "embarcación")
        else:
            sea = ("marítimo",)
        if hotspot in ("Ceuta", "Melilla"):
            land: tuple[str, ...] = ("a pie (valla)", "oculto en vehículo", "paso fronterizo a pie")
        elif corridor == "thb_rou_esp":
            land = ("autobús", "furgoneta", "coche particular")
        else:
            land = ("terrestre", "oculto en vehículo")
        options = {"sea": sea, "land": land, "air": ("avión", "vuelo")}
    return choice(rng, options[mode])


def _render(
    src: ParishSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )
    hotspot = str(ev.get("hotspot"))
    detection = str(ev["detection_country"])
    if src is COATNET:
        cells["place"] = _MEMBER.get(detection, "Caritas")
        cells["town"] = hotspot
    else:
        cells["place"] = src.places.get(hotspot)
        if src is SNPMPI:
            cells["town"] = choice(rng, _FR_TOWNS.get(hotspot, (hotspot,)))

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = _text(ev, "exploitation")
    if expl is None:
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, src.words["exploitation"][expl])
        exp["exploitation"] = expl

    # counts
    cells["n_persons"], exp["n_persons"] = _persons(src, _int(ev, "n_persons"), rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, _int(ev, "n_suspects"), rng, forced_blank, tags
    )

    # gender and age group
    group = _int(ev, "n_persons") > 1
    gender_words = src.words.get("gender_group", src.words["gender"]) if group else None
    gender_words = gender_words or src.words["gender"]
    age_words = src.words.get("age_group_group", src.words["age_group"]) if group else None
    age_words = age_words or src.words["age_group"]
    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"], exp["gender"] = choice(rng, gender_words[gender]), gender
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, src.not_known), "unknown"
    else:
        cells["age_group"], exp["age_group"] = choice(rng, age_words[age]), age

    # countries
    nat = _text(ev, "nationality")
    if forced_blank == "nationality" or nat is None:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.02:
        tags.append("blank_nationality")
        unknown = None if src is COATNET else choice(rng, src.not_known)
        cells["nationality"], exp["nationality"] = unknown, None
    else:
        cells["nationality"] = _country(src, nat, "nationality", ev, rng, tags)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col] = _country(src, iso, col, ev, rng, tags)
        exp[col] = iso
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, detection, "detection_country", ev, rng, tags)
        exp["detection_country"] = detection
    transit = _text(ev, "transit_countries")
    steps = transit.split("|") if transit else []
    if src is COATNET:
        cells["transit_countries"] = [iso_codes(c)[0] for c in steps]
        tags.append("json_list")
    elif steps:
        names = [_country(src, c, "transit_countries", ev, rng, tags) for c in steps]
        cells["transit_countries"] = src.transit_sep.join(str(n) for n in names)
    else:
        cells["transit_countries"] = src.direct
        if src.direct is not None:
            tags.append("direct_word")
    exp["transit_countries"] = transit

    # transport mode
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.not_known), "unknown"
    else:
        cells["transport_mode"] = _transport(src, ev, rng)
        exp["transport_mode"] = str(ev["transport_mode"])

    # linked offences, in the truth's order
    offences = _text(ev, "linked_offences")
    kinds = offences.split("|") if offences else []
    words = [choice(rng, src.words["linked_offences"][k]) for k in kinds]
    if src is COATNET:
        cells["linked_offences"] = words
    else:
        cells["linked_offences"] = src.offence_sep.join(words) if words else None
    exp["linked_offences"] = offences

    # where: app, landing point, Kobo geopoint or database coordinates
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    share = _COORD_SHARE.get(src.source, 0.0)
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    elif rng.random() >= share:
        tags.append("coords_missing")
        exp["lat"], exp["lon"] = None, None
    elif src is VICARIATO:
        alt = round(float(rng.uniform(5, 120)), 1)
        acc = round(float(rng.uniform(3, 25)), 1)
        cells["coordinates"] = f"{lat:.6f} {lon:.6f} {alt} {acc}"
        tags.append("geopoint")
        exp["lat"], exp["lon"] = round(lat, 6), round(lon, 6)
    elif src is MIGRANTES:
        cells["lat"] = f"{lat:.4f}".replace(".", ",")
        cells["lon"] = f"{lon:.4f}".replace(".", ",")
        tags.append("decimal_comma")
        exp["lat"], exp["lon"] = round(lat, 4), round(lon, 4)
    else:
        digits = 4 if src is CLEWER else 3
        cells["lat"], cells["lon"] = round(lat, digits), round(lon, digits)
        exp["lat"], exp["lon"] = round(lat, digits), round(lon, digits)
    if src is SNPMPI and rng.random() < 0.1:  # a row pasted from the dioceses' UTF-8 form
        for key, value in cells.items():
            is_text = isinstance(value, str) and key not in ("n_persons", "n_suspects")
            garbled = mojibake(value) if is_text and isinstance(value, str) else None
            if garbled is not None and fits(garbled, src):
                cells[key] = garbled
                if "mojibake" not in tags:
                    tags.append("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad rows and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: ParishSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have, in the network's style
        if src is CLEWER:
            return f"31/02/{ts.year}"
        if src is SNPMPI:
            return f"31/04/{ts.year}"
        if src is MIGRANTES:
            return f"31/06/{ts.year}"
        return f"{ts.year}-02-30"
    # future: the year mistyped ten years ahead
    day = ts.normalize()
    future = day.replace(year=day.year + 10, day=min(day.day, 28))
    if src is CLEWER:
        return future.to_pydatetime()
    if src is SNPMPI or src is MIGRANTES:
        return future.strftime("%d/%m/%Y")
    return future.strftime("%Y-%m-%d")


def _note_date(src: ParishSource, last: pd.Timestamp) -> object:
    """Return the date written on the network's note row (the date of its last row)."""
    if src is CLEWER:
        return last.normalize().to_pydatetime()
    if src is COATNET:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The set: primary network by country of detection, COATNET for the rest, and which
#: network may report an event a second time.
EXAMINER: Examiner[ParishSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": CLEWER.source,
        "FRA": SNPMPI.source,
        "ESP": MIGRANTES.source,
        "PAN": VICARIATO.source,
    },
    compilation=COATNET.source,
    secondary={
        ("channel", "FRA"): CLEWER.source,
        ("channel", "GBR"): SNPMPI.source,
        ("thb_vnm_gbr", "GBR"): COATNET.source,
        ("thb_rou_esp", "ESP"): COATNET.source,
        ("watl", "ESP"): COATNET.source,
        ("darien", "PAN"): COATNET.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=390,
    blank_share=0.35,
)


def make_blind390(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five faith-based networks of set ``blind390``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``clewer_initiative_ob.xlsx`` (English), ``snpmpi_cef_ob.csv`` (French, cp1252,
        ``;``), ``migrantes_con_derechos_ob.csv`` (Spanish, UTF-16, tab),
        ``vicariato_darien_ob.csv`` (Spanish Kobo export, UTF-8, ``,``) and
        ``coatnet_ob.jsonl`` (English keys and codes), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind390(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['clewer_initiative_ob.xlsx', 'snpmpi_cef_ob.csv', 'migrantes_con_derechos_ob.csv',
     'vicariato_darien_ob.csv', 'coatnet_ob.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Diocèse']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
