"""Examiner sample set ``blind433`` (files ``*_ps.*``): childcare and domestic-work desks.

Five safeguarding desks of the childcare and domestic-work sector, none used before in
trendlib's sample sets, report the true events the way their own tools write them:

``norland_agency_ps.csv``
    Norland Agency (Bath, United Kingdom), the nanny agency's safeguarding lead: a
    concern log kept in Excel and saved as "Unicode text", so UTF-16 with a BOM and
    tab-separated. English; dates ``7 May 2023`` (a few ``07-May-23`` or ``07/05/2023``,
    some ``May 2023`` only); nationalities as demonyms (``Vietnamese``); the country
    identified in often written ``England`` or ``Scotland``; ``nil`` suspects; routes
    joined by ``" > "``; one ``Lat/long`` cell.
``kangourou_kids_ps.csv``
    Kangourou Kids (France), the garde d'enfants à domicile network's cellule
    signalements: cp1252, ``;``, CRLF. French; dates ``17/05/2023`` with ``mai 2023`` and
    ``T2 2023``; nationalities as adjectives (``afghan``), capitals without accents
    (``ERYTHREE``); large counts with a no-break space (``1 250``); decimal commas in split
    latitude and longitude. Re-sends some rows.
``interdomicilio_ps.xlsx``
    Interdomicilio (Madrid), the domestic-staff and nanny agency's protección desk: an
    Excel book. Spanish; real Excel dates with a few Excel serial numbers and typed
    ``17/05/2023`` texts, some ``mayo 2023``; ISO alpha-2 codes beside Spanish names
    (often without accents); numeric counts and coordinates.
``sintradomes_pa_ps.csv``
    SINTRADOMES (Panama), the domestic workers' union's case register: UTF-8, ``,``.
    Spanish (Panama); ISO dates ``2023-05-17`` (a few ``2023/05/17``, some ``2023-05``);
    feminine nationality adjectives (``venezolana``); ``NNA`` for minors; large counts
    as ``1,250``; some cells garbled as UTF-8 read as cp1252 (``PanamÃ¡``).
``ina_nanny_alerts_ps.jsonl``
    International Nanny Association (United States), the member alerts feed: JSON lines.
    US English; month-first dates ``05/17/2023`` (some ISO, ``Q2 2023`` or ``May 2023``);
    ``Sex Trafficking`` / ``Labor Trafficking`` / ``Alien Smuggling``; ISO alpha-2 codes
    and US names; transit countries as a JSON array. Reports what no desk above does
    (Italy, Greece, Croatia, Poland, the United States). Re-sends some rows.

The truth expects what a careful analyst reads from each cell: a demonym is the
country, ``England`` is GBR, ``nil`` or ``aucun`` suspects is 0, ``Not known`` /
``NC`` / ``s/d`` is no value, a ``directo`` route has no transit country, a month or a
quarter dates the event to its first day, and an impossible calendar date is a bad row.
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

__all__ = ["SOURCES", "Desk", "make_blind433"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

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

# Nationality written as a demonym: English, French (masculine) and Spanish (feminine,
# as a union of domestic workers, most of them women, writes it).
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afgana"),
    "ALB": ("Albanian", "albanais", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "CHN": ("Chinese", "chinois", "china"),
    "CIV": ("Ivorian", "ivoirien", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombiana"),
    "DZA": ("Algerian", "algérien", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guineana"),
    "GMB": ("Gambian", "gambien", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haitiana"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "IRQ": ("Iraqi", "irakien", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicana"),
    "MLI": ("Malian", "malien", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní"),
    "ROU": ("Romanian", "roumain", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "senegalesa"),
    "SYR": ("Syrian", "syrien", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunecina"),
    "TUR": ("Turkish", "turc", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
# Names an English-writing desk uses beside the short name (no foreign endonyms).
_ALIASES: dict[str, str] = {
    "BIH": "Bosnia",
    "CIV": "Ivory Coast",
    "GBR": "UK",
    "GMB": "The Gambia",
    "MKD": "Macedonia",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TUR": "Turkey",
    "USA": "USA",
    "VNM": "Vietnam",
}
_LANG = {"en": 0, "fr": 1, "es": 2}
_NAME_COL = {"en": 1, "fr": 2, "es": 3}
_ACCENTS = str.maketrans(
    {a: b for a, b in zip("áéíóúàèâêîôûäëïöüçñ’", "aeiouaeaeiouaeioucn'", strict=True)}
    | {a: b for a, b in zip("ÁÉÍÓÚÀÈÂÊÎÔÛÄËÏÖÜÇÑ", "AEIOUAEAEIOUAEIOUCN", strict=True)}
)


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A safeguarding desk of ``blind433``: the shared source fields plus its wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the desk's words for it (first = the usual one).
    na_words : tuple of str
        What the desk writes for an age group or a travel mode it does not know.
    expl_na : tuple of str
        What it writes, now and then, in the exploitation cell of a smuggling case.
    expl_unknown : tuple of str
        What it writes for a form of exploitation not yet established.
    count_unknown : tuple of str
        What it writes for a count it does not know.
    zero : tuple of str
        What it writes for no suspect.
    direct : tuple of str
        What it writes, now and then, for a route with no transit country.
    unknown_country : tuple of str
        What it writes for a nationality it does not know.
    transit_sep : str or None
        Separator of transit countries (None: a JSON array).
    offence_sep : str
        Separator of linked offences.
    styles : tuple of (str, float)
        How it writes a country: ``name``, ``upper``, ``upper_plain`` (capitals without
        accents), ``plain`` (no accents), ``lower``, ``alias``, ``typo``, ``iso2``,
        ``iso3``, ``mojibake`` and their weights.
    demonym_rate : float
        Share of nationalities written as a demonym.
    dates : str
        The desk's date writer (a key of the writers below).
    coords : str
        ``"pair"`` (one ``lat, lon`` cell), ``"split_comma"`` (two cells, decimal comma)
        or ``"split_num"`` (two numbers).
    digits : int
        Decimals of the written coordinates.
    thousands : str or None
        Thousands separator of large counts in a text file (None: numbers are written
        as numbers).
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    na_words: tuple[str, ...]
    expl_na: tuple[str, ...]
    expl_unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    direct: tuple[str, ...]
    unknown_country: tuple[str, ...]
    transit_sep: str | None
    offence_sep: str
    styles: tuple[tuple[str, float], ...]
    demonym_rate: float
    dates: str
    coords: str
    digits: int
    thousands: str | None


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
NORLAND = Desk(
    source="norland_agency",
    filename="norland_agency_ps.csv",
    ref="SG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Concern ref",
        "event_date": "Date identified",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people affected",
        "n_suspects": "No. of alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transit_countries": "Route (countries passed through)",
        "transport_mode": "Mode of travel",
        "coordinates": "Lat/long",
        "linked_offences": "Other offences flagged",
    },
    note="Note: extract for DSL review - NRM outcomes still pending",
    total="Total",
    bad_count=("several", "a group", "tbc (large group)"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / THB"),
        "smuggling": ("People smuggling", "Smuggling (clandestine entry)"),
        "both": ("Trafficking & smuggling", "Modern slavery + smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Domestic servitude", "Labour exploitation"),
        "forced_criminality": (
            "Criminal exploitation",
            "Criminal exploitation (cannabis cultivation)",
        ),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Under 18", "Child"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "Boat", "Ferry"),
        "land": ("Lorry", "HGV", "Car", "Coach"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("False documents", "Fake ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    na_words=("Not known",),
    expl_na=("N/A",),
    expl_unknown=("Not yet known",),
    count_unknown=("Not known", "n/k"),
    zero=("nil", "None"),
    direct=("Direct",),
    unknown_country=("Not known",),
    transit_sep=" > ",
    offence_sep="; ",
    styles=(("name", 0.72), ("alias", 0.12), ("upper", 0.06), ("lower", 0.05), ("typo", 0.05)),
    demonym_rate=0.8,
    dates="uk",
    coords="pair",
    digits=5,
    thousands=",",
)

KANGOUROU = Desk(
    source="kangourou_kids",
    filename="kangourou_kids_ps.csv",
    ref="SIG-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de repérage",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction cellule signalements - données provisoires, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "trafic de migrants",
            "filière d'immigration irrégulière",
        ),
        "both": ("traite + aide à l'entrée irrégulière", "TEH et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("servitude domestique", "travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "female": ("F", "féminin", "femmes"),
        "male": ("H", "masculin", "hommes"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "child": ("mineur", "mineurs"),
        "adult": ("majeur", "majeurs"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("small boat", "embarcation", "bateau"),
        "land": ("poids lourd", "camion", "véhicule léger", "à pied"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    na_words=("non précisé", "NC"),
    expl_na=("sans objet",),
    expl_unknown=("à déterminer",),
    count_unknown=("NC", "inconnu"),
    zero=("aucun", "néant"),
    direct=("direct", "aucun"),
    unknown_country=("inconnue", "NC"),
    transit_sep=", ",
    offence_sep=" + ",
    styles=(("name", 0.62), ("upper_plain", 0.18), ("upper", 0.06), ("iso3", 0.1), ("plain", 0.04)),
    demonym_rate=0.7,
    dates="fr",
    coords="split_comma",
    digits=5,
    thousands="\u00a0",
)

INTERDOMICILIO = Desk(
    source="interdomicilio",
    filename="interdomicilio_ps.xlsx",
    ref="{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendiente de revisión por el departamento de protección",
    total="Total general",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=False,
    crime={
        "trafficking": ("trata de seres humanos", "trata"),
        "smuggling": ("favorecimiento de la inmigración ilegal", "tráfico de migrantes"),
        "both": ("trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("servidumbre doméstica", "explotación laboral"),
        "forced_criminality": ("obligación a delinquir", "actividades delictivas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={
        "female": ("mujer", "mujeres"),
        "male": ("hombre", "hombres"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "child": ("menor", "menores"),
        "adult": ("adulto", "adultos"),
        "mixed": ("adultos y menores",),
    },
    mode={
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("autobús", "camión", "vehículo", "a pie"),
        "air": ("avión", "vía aérea"),
    },
    offences={
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    na_words=("s/d",),
    expl_na=("no aplica",),
    expl_unknown=("por determinar",),
    count_unknown=("s/d", "sin datos"),
    zero=("ninguno",),
    direct=("directo",),
    unknown_country=("s/d",),
    transit_sep=" - ",
    offence_sep=", ",
    styles=(("name", 0.6), ("plain", 0.12), ("upper", 0.1), ("iso2", 0.18)),
    demonym_rate=0.0,
    dates="es_xlsx",
    coords="split_num",
    digits=5,
    thousands=None,
)

SINTRADOMES = Desk(
    source="sintradomes_pa",
    filename="sintradomes_pa_ps.csv",
    ref="ST-{seq:03d}-{yy:02d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de paso)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: registro de casos de la secretaría, datos por confirmar",
    total="TOTAL",
    bad_count=("varias", "grupo grande", "muchas"),
    repeats=False,
    crime={
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("trata y tráfico", "trata de personas y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("trabajo doméstico forzoso", "explotación laboral"),
        "forced_criminality": ("obligación a cometer delitos",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil", "matrimonio forzado"),
        "other": ("otra",),
    },
    gender={
        "female": ("femenino", "mujer"),
        "male": ("masculino", "hombre"),
        "mixed": ("mixto", "ambos sexos"),
    },
    age={
        "child": ("NNA", "menor de edad"),
        "adult": ("mayor de edad", "adulto"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    mode={
        "sea": ("lancha", "vía marítima"),
        "land": ("a pie", "terrestre", "bus"),
        "air": ("vía aérea", "avión"),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    na_words=("no indica",),
    expl_na=("no aplica",),
    expl_unknown=("por establecer",),
    count_unknown=("sin dato", "no indica"),
    zero=("ninguno",),
    direct=("directo",),
    unknown_country=("no indica",),
    transit_sep=" / ",
    offence_sep=", ",
    styles=(("name", 0.62), ("mojibake", 0.12), ("upper", 0.1), ("plain", 0.16)),
    demonym_rate=0.7,
    dates="pa",
    coords="pair",
    digits=4,
    thousands=",",
)

INA = Desk(
    source="ina_nanny_alerts",
    filename="ina_nanny_alerts_ps.jsonl",
    ref="INA-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Report ID",
        "event_date": "Incident Date",
        "crime_type": "Case Type",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Destination Country",
        "detection_country": "Location Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offenses",
    },
    note=None,
    total="Total",
    bad_count=("multiple", "large group", "dozens"),
    repeats=True,
    crime={
        "trafficking": ("Human Trafficking",),
        "smuggling": ("Human Smuggling", "Alien Smuggling"),
        "both": ("Trafficking/Smuggling",),
    },
    exploitation={
        "sexual": ("Commercial sex", "Sexual exploitation"),
        "forced_labour": ("Domestic servitude", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Both"),
    },
    age={
        "child": ("Minor", "Juvenile"),
        "adult": ("Adult",),
        "mixed": ("Adults and minors", "Mixed"),
    },
    mode={
        "sea": ("Boat", "Maritime"),
        "land": ("Vehicle", "Tractor-trailer", "On foot"),
        "air": ("Commercial flight", "Air"),
    },
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    na_words=("Unknown",),
    expl_na=("N/A",),
    expl_unknown=("Under review",),
    count_unknown=("unknown",),
    zero=("none",),
    direct=(),
    unknown_country=("Unknown",),
    transit_sep=None,
    offence_sep="; ",
    styles=(("iso2", 0.5), ("name", 0.3), ("alias", 0.15), ("upper", 0.05)),
    demonym_rate=0.0,
    dates="us",
    coords="split_num",
    digits=4,
    thousands=None,
)

#: The five desks, in the order :func:`make_blind433` returns them.
SOURCES: tuple[Desk, ...] = (NORLAND, KANGOUROU, INTERDOMICILIO, SINTRADOMES, INA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    return text.translate(_ACCENTS)


def _country(src: Desk, iso: str, rng: _Rng, *, nationality: bool = False) -> tuple[str, str]:
    """Write one ISO alpha-3 code the desk's way; return (text, tag or "")."""
    row = COUNTRIES[iso]
    name = str(row[_NAME_COL[src.language]])
    if nationality and iso in _DEMONYMS and rng.random() < src.demonym_rate:
        word = _DEMONYMS[iso][_LANG[src.language]]
        if src.source == "kangourou_kids" and rng.random() < 0.25:
            return _plain(word).upper(), "demonym"
        return word, "demonym"
    styles = tuple(s for s, _ in src.styles)
    weights = np.array([w for _, w in src.styles], dtype=float)
    style = styles[int(rng.choice(len(styles), p=weights / weights.sum()))]
    forms: dict[str, str | None] = {
        "name": name,
        "upper": name.upper(),
        "upper_plain": _plain(name).upper(),
        "plain": _plain(name),
        "lower": name.lower(),
        "alias": _ALIASES.get(iso) if src.language == "en" else None,
        "typo": row[5] if src.language == "en" else None,
        "iso2": iso_codes(iso)[0],
        "iso3": iso,
        "mojibake": mojibake(name),
    }
    text = forms[style]
    if text is None or text == name or not fits(text, src):
        return name, ""
    return text, style


def _uk_nation(hotspot: object) -> str:
    return "Scotland" if "Glasgow" in str(hotspot) else "England"


def _detection(src: Desk, ev: dict[str, object], rng: _Rng) -> tuple[str, str]:
    iso = str(ev["detection_country"])
    if src.source == "norland_agency" and iso == "GBR" and rng.random() < 0.45:
        return _uk_nation(ev["hotspot"]), "uk_nation"
    if src.source == "ina_nanny_alerts" and iso == "USA":
        return choice(rng, ("US", "USA", "United States")), "us_name"
    return _country(src, iso, rng)


def _count(src: Desk, n: int) -> object:
    """Write a count the desk's way: a number in XLSX/JSON, text in CSV."""
    if src.format != "csv":
        return n
    if src.thousands and n >= 1000:
        return f"{n:,}".replace(",", src.thousands)
    return str(n)


def _day_text(src: Desk, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date the desk's way; return (cell, tag)."""
    m = ts.month - 1
    r = rng.random()
    if src.dates == "uk":
        if r < 0.72:
            return f"{ts.day} {MONTHS[m]} {ts.year}", "long_date"
        if r < 0.85:
            return f"{ts.day:02d}-{MONTHS[m][:3]}-{ts.year % 100:02d}", "dd_mmm_yy"
        return ts.strftime("%d/%m/%Y"), "day_first"
    if src.dates == "fr":
        return ts.strftime("%d/%m/%Y"), "day_first"
    if src.dates == "es_xlsx":
        if r < 0.8:
            return ts.to_pydatetime(), "excel_date"
        if r < 0.9:
            return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"
        return ts.strftime("%d/%m/%Y"), "text_date"
    if src.dates == "pa":
        if r < 0.85:
            return ts.strftime("%Y-%m-%d"), "iso_date"
        return ts.strftime("%Y/%m/%d"), "ymd_slash"
    if r < 0.9:  # "us"
        return ts.strftime("%m/%d/%Y"), "us_date"
    return ts.strftime("%Y-%m-%d"), "iso_date"


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the event date; return (cell, expected date, precision, tag)."""
    r = rng.random()
    m = ts.month - 1
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if partial_ok and r < 0.05:
        text = {
            "uk": f"{MONTHS[m]} {ts.year}",
            "fr": f"{_MONTHS_FR[m]} {ts.year}",
            "es_xlsx": f"{_MONTHS_ES[m]} {ts.year}",
            "pa": ts.strftime("%Y-%m"),
            "us": f"{MONTHS[m]} {ts.year}",
        }[src.dates]
        return text, month, "month", "month_only"
    if partial_ok and r < 0.08 and src.dates in ("fr", "us"):
        text = f"T{ts.quarter} {ts.year}" if src.dates == "fr" else f"Q{ts.quarter} {ts.year}"
        return text, quarter, "quarter", "quarter_only"
    cell, tag = _day_text(src, ts, rng)
    return cell, ts.normalize(), "day", tag


def _coords(
    src: Desk, ev: dict[str, object], rng: _Rng, cells: dict[str, object], blank: bool
) -> tuple[float | None, float | None, str]:
    """Write the place; return (expected lat, expected lon, tag)."""
    lat_key, lon_key = ("coordinates", "coordinates") if src.coords == "pair" else ("lat", "lon")
    r = rng.random()
    if blank or ev["lat"] is None:
        return None, None, "blank_coordinates" if blank else "coords_missing"
    if r < 0.04:
        return None, None, "coords_missing"
    if r < 0.055:
        word = {"en": "not recorded", "fr": "NC", "es": "s/d"}[src.language]
        if src.source == "sintradomes_pa":
            word = "no indica"
        cells[lat_key] = word
        if lon_key != lat_key:
            cells[lon_key] = word
        return None, None, "coords_placeholder"
    lat = round(float(ev["lat"]), src.digits)  # type: ignore[arg-type]
    lon = round(float(ev["lon"]), src.digits)  # type: ignore[arg-type]
    if src.coords == "pair":
        cells["coordinates"] = f"{lat:.{src.digits}f}, {lon:.{src.digits}f}"
        return lat, lon, "coords_pair"
    if src.coords == "split_comma":
        cells["lat"] = f"{lat:.{src.digits}f}".replace(".", ",")
        cells["lon"] = f"{lon:.{src.digits}f}".replace(".", ",")
        return lat, lon, "decimal_comma"
    cells["lat"], cells["lon"] = lat, lon
    return lat, lon, ""


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str) -> None:
        if name:
            tags.append(name)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tag(t)

    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    words = src.crime[crime]
    named = False  # a US "Sex/Labor Trafficking" case type names the form itself
    if src.source == "ina_nanny_alerts" and crime == "trafficking":
        us = {"sexual": ("Sex Trafficking",), "forced_labour": ("Labor Trafficking",)}
        named = str(expl) in us
        words = us.get(str(expl), words)
    cells["crime_type"] = choice(rng, words)
    exp["crime_type"] = crime

    r = rng.random()
    if expl is None:
        exp["exploitation"] = None
        if r < 0.3:
            cells["exploitation"] = choice(rng, src.expl_na)
            tag("expl_na_word")
    elif r < 0.02 and not named:
        cells["exploitation"] = choice(rng, src.expl_unknown)
        exp["exploitation"] = "unknown"
        tag("expl_unknown")
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        exp["n_persons"] = n
        if n >= 1000 and src.thousands:
            tag("thousands")

    sus = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or sus is None:
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    elif r < 0.02:
        cells["n_suspects"] = choice(rng, src.count_unknown)
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif int(sus) == 0 and r < 0.45:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tag("zero_word")
    else:
        cells["n_suspects"] = _count(src, int(sus))  # type: ignore[call-overload]
        exp["n_suspects"] = int(sus)  # type: ignore[call-overload]

    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = choice(rng, src.gender[str(ev["gender"])])
        exp["gender"] = str(ev["gender"])

    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, src.na_words)
        exp["age_group"] = "unknown"
        tag("na_word")
    else:
        cells["age_group"] = choice(rng, src.age[str(ev["age_group"])])
        exp["age_group"] = str(ev["age_group"])

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        exp["nationality"] = None
        tag("blank_nationality")
    elif rng.random() < 0.01:
        cells["nationality"] = choice(rng, src.unknown_country)
        exp["nationality"] = None
        tag("blank_nationality")
        tag("unknown_word")
    else:
        cells["nationality"], t = _country(src, nat, rng, nationality=True)
        exp["nationality"] = nat
        tag(t)

    for col in ("origin_country", "destination_country"):
        cells[col], t = _country(src, str(ev[col]), rng)
        exp[col] = str(ev[col])
        tag(t)

    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _detection(src, ev, rng)
        exp["detection_country"] = str(ev["detection_country"])
        tag(t)

    transit = ev["transit_countries"]
    if transit is None:
        exp["transit_countries"] = None
        if src.direct and rng.random() < 0.35:
            cells["transit_countries"] = choice(rng, src.direct)
            tag("direct_word")
    else:
        codes = str(transit).split("|")
        if src.transit_sep is None:  # a JSON array of alpha-2 codes
            cells["transit_countries"] = [iso_codes(c)[0] for c in codes]
            tag("transit_array")
        else:
            parts = []
            for c in codes:
                text, t = _country(src, c, rng)
                parts.append(text)
                tag(t)
            cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, src.na_words)
        exp["transport_mode"] = "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = choice(rng, src.mode[str(ev["transport_mode"])])
        exp["transport_mode"] = str(ev["transport_mode"])

    exp["lat"], exp["lon"], t = _coords(src, ev, rng, cells, forced_blank == "coordinates")
    tag(t)

    offences = ev["linked_offences"]
    if offences is None:
        exp["linked_offences"] = None
    else:
        names = str(offences).split("|")
        cells["linked_offences"] = src.offence_sep.join(choice(rng, src.offences[o]) for o in names)
        exp["linked_offences"] = str(offences)
    return cells, exp, sorted(set(tags), key=tags.index)


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int, int]:
    """Return a day that does not exist in the event's year: (year, month, day)."""
    month = int(rng.choice([2, 4, 6, 9, 11]))
    return ts.year, month, 30 if month == 2 else 31


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: none, an impossible day, or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the year mistyped ten years ahead (2023 -> 2033)
        later = ts.replace(year=ts.year + 10, day=min(ts.day, 28 if ts.month == 2 else 31))
        if src.dates == "es_xlsx":
            return later.to_pydatetime()
        if src.dates == "uk":
            return f"{later.day} {MONTHS[later.month - 1]} {later.year}"
        if src.dates == "fr":
            return later.strftime("%d/%m/%Y")
        if src.dates == "pa":
            return later.strftime("%Y-%m-%d")
        return later.strftime("%m/%d/%Y")
    year, month, day = _impossible(ts, rng)
    if src.dates == "uk":
        return f"{day} {MONTHS[month - 1]} {year}"
    if src.dates in ("fr", "es_xlsx"):
        return f"{day:02d}/{month:02d}/{year}"
    if src.dates == "pa":
        return f"{year}-{month:02d}-{day:02d}"
    return f"{month:02d}/{day:02d}/{year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date written on the note row: the extract's, after the last case."""
    day = last.normalize() + pd.Timedelta(days=4)
    if src.dates == "es_xlsx":
        return day.to_pydatetime()
    if src.dates == "uk":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if src.dates == "fr":
        return day.strftime("%d/%m/%Y")
    if src.dates == "pa":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%m/%d/%Y")


#: Detection country -> the desk that first reports its events.
_PRIMARY = {
    "GBR": NORLAND.source,
    "FRA": KANGOUROU.source,
    "ESP": INTERDOMICILIO.source,
    "PAN": SINTRADOMES.source,
}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): NORLAND.source,
    ("channel", "GBR"): KANGOUROU.source,
    ("thb_vnm_gbr", "GBR"): INA.source,
    ("thb_nga_ita", "ITA"): KANGOUROU.source,
    ("thb_rou_esp", "ITA"): INTERDOMICILIO.source,
    ("thb_rou_esp", "ESP"): KANGOUROU.source,
    ("wmed", "ESP"): KANGOUROU.source,
    ("darien", "PAN"): INA.source,
}

_EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=INA.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=433_001,
    blank_share=0.3,
)


def make_blind433(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five childcare and domestic-work desks of ``blind433``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``norland_agency_ps.csv`` (English, UTF-16, tab),
        ``kangourou_kids_ps.csv`` (French, cp1252, ``;``),
        ``interdomicilio_ps.xlsx`` (Spanish), ``sintradomes_pa_ps.csv`` (Spanish, UTF-8,
        ``,``) and ``ina_nanny_alerts_ps.jsonl`` (US English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind433(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['norland_agency_ps.csv', 'kangourou_kids_ps.csv', 'interdomicilio_ps.xlsx',
     'sintradomes_pa_ps.csv', 'ina_nanny_alerts_ps.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
