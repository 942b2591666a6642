"""Examiner sample set ``blind195`` (files ``*_go.*``): the Indian consular network.

Five agencies that meet the "donkey route" (the irregular journeys from India's Punjab
and Gujarat, and from Nepal, to the United States and the United Kingdom) write the true
events the way their desks keep their registers:

``hci_london_go.csv``
    High Commission of India, London, Consular Wing (welfare and detention notifications
    from the Home Office). English, UTF-8 with BOM, ``,``. Dates ``7 May 2023`` or
    ``07.05.2023``; demonyms for nationality (``Afghan``, ``Iraqi``); counts ``12 Nos.``;
    ``Nil`` for none; ``N.A.`` for not applicable; coordinates as one ``lat, lon`` cell;
    transit countries joined by ``, `` and ``Direct`` when there is none. Re-sends some
    rows (exact repeats).
``ambinde_paris_go.csv``
    Ambassade de l'Inde en France, section consulaire (avis consulaires of the police aux
    frontières). French, cp1252, ``;``, CRLF. Dates ``07/05/2023`` or ``7 mai 2023``,
    months ``mai 2023``, quarters ``T2 2023``; nationality as the feminine adjective
    (``nationalité afghane``); ``néant`` / ``aucun`` for none; decimal-comma coordinates;
    transit joined by `` / ``; UTF-8 text pasted into the cp1252 register (mojibake).
``embindia_panama_go.xlsx``
    Embajada de la India en Panamá, sección consular (lists of the Estaciones Temporales de
    Recepción Migratoria). Spanish. Real Excel dates, a few day numbers (Excel serials)
    and ``dd/mm/aaaa`` text; ISO alpha-2 codes and gentilicios for nationality; ``NNA``
    for minors; ``s/d`` for unknown counts; coordinates in degrees, minutes and seconds.
``eoi_washington_go.csv``
    Embassy of India, Washington D.C., Consular Wing (CBP/ICE consular notifications).
    English, UTF-16 with BOM, tab-delimited (Excel's "Unicode Text"). US month-first
    dates ``05/17/2023`` (one order in the whole file) and ISO dates; upper-case country
    names and ISO alpha-2 codes as in DHS systems; DHS demographics (``SA`` single adults,
    ``FMUA`` family units, ``UAC`` unaccompanied children); transit ``GT > MX``.
``punjab_police_nri_go.jsonl``
    Punjab Police, NRI Affairs Wing (complaints of families and MEA references on
    relatives stranded abroad), the compilation: every event no mission above reports
    first. JSON lines of its portal: ISO numeric nationality codes (``"004"``), dates
    ``17.05.2023`` or ``2023/05/17``, quarters ``Q2 2023``, ``hawala`` for money
    laundering, ``Bonded labour``. Re-sends some rows (exact repeats).

The truth expects what a careful analyst reads from each cell: partial dates give the first
day of their month or quarter, "not known" counts give no count, ``Nil`` gives zero, a
``N.A.`` age group or mode gives ``unknown``, a blank or ``N.A.`` place gives no point.
"""

from __future__ import annotations

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "Agency", "Wording", "make_blind195"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# iso3 -> (English demonym, French feminine adjective, Spanish feminine gentilicio):
# "Nationality: Afghan", "nationalité afghane", "nacionalidad afgana".
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

# Common English short names a desk writes (no archaic or ambiguous ones).
_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K.", "Great Britain"),
    "USA": ("USA", "U.S.A.", "US"),
    "TUR": ("Turkey",),
    "VNM": ("Vietnam",),
    "BIH": ("Bosnia",),
    "MKD": ("Macedonia",),
    "RUS": ("Russian Federation",),
    "CIV": ("Ivory Coast",),
    "SYR": ("Syrian Arab Republic",),
    "GMB": ("The Gambia",),
}


@dataclass(frozen=True)
class Wording:
    """How one agency words its cells.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : dict
        Canonical word -> the agency's words for it.
    no_exploitation : tuple of str
        Written in the exploitation cell of a pure smuggling case (read as nothing).
    na : tuple of str
        "Not applicable / not available" words of the age group and mode cells.
    offence_sep, transit_sep : str
        Separators of the linked offences and of the ordered transit countries.
    no_offence, direct : tuple of str
        Written when there is no linked offence / no transit country.
    count_unknown : tuple of str
        A count that is not known (the record keeps no count).
    zero : tuple of str
        Words for "none" in the suspects cell.
    dates : str
        Date style key (``uk``, ``fr``, ``pa``, ``us``, ``pb``).
    coords : str
        Coordinate style key (``pair``, ``comma``, ``dms``, ``plain``, ``json``).
    coords_unknown : tuple of str
        A place that is not known.
    """

    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str, ...]
    gender: _Words
    age: _Words
    mode: _Words
    na: tuple[str, ...]
    offences: _Words
    offence_sep: str
    no_offence: tuple[str, ...]
    transit_sep: str
    direct: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    dates: str
    coords: str
    coords_unknown: tuple[str, ...]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """An :class:`ExaminerSource` with the agency's :class:`Wording`."""

    words: Wording


_LONDON = Wording(
    crime={
        "smuggling": ("Human smuggling", "Illegal entry (facilitated)", "Smuggling"),
        "trafficking": ("Human trafficking", "Trafficking (modern slavery)"),
        "both": ("Trafficking & smuggling", "Smuggling + trafficking"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("N.A.", ""),
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    mode={
        "sea": ("By sea (small boat)", "Small boat", "Sea"),
        "land": ("Lorry/HGV", "By road", "Land"),
        "air": ("By air", "Air"),
    },
    na=("N.A.",),
    offences={
        "document_fraud": ("Document fraud", "Forged passport"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    no_offence=("", "Nil"),
    transit_sep=", ",
    direct=("Direct", ""),
    count_unknown=("Not known", "N.K."),
    zero=("Nil",),
    dates="uk",
    coords="pair",
    coords_unknown=("N.A.",),
)

_PARIS = Wording(
    crime={
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "aide à l'entrée irrégulière",
            "trafic de migrants",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("",),
    gender={
        "male": ("hommes", "masculin", "H"),
        "female": ("femmes", "féminin", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("maritime", "embarcation (small boat)", "mer"),
        "land": ("routier", "poids lourd", "terrestre"),
        "air": ("aérien", "avion"),
    },
    na=("non renseigné",),
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    no_offence=("", "néant"),
    transit_sep=" / ",
    direct=("",),
    count_unknown=("NC", "non communiqué"),
    zero=("néant", "aucun"),
    dates="fr",
    coords="comma",
    coords_unknown=("",),
)

_PANAMA = Wording(
    crime={
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "trafficking": ("trata de personas",),
        "both": ("trata y tráfico", "trata de personas / tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio servil",),
        "other": ("otra",),
    },
    no_exploitation=("no aplica", ""),
    gender={
        "male": ("masculino", "hombres"),
        "female": ("femenino", "mujeres"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    mode={
        "land": ("terrestre", "a pie (selva)", "terrestre / a pie"),
        "sea": ("marítimo", "lancha"),
        "air": ("aéreo",),
    },
    na=("no aplica",),
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción", "soborno"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas",),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    no_offence=("", "ninguno"),
    transit_sep=" - ",
    direct=("",),
    count_unknown=("s/d", "por determinar"),
    zero=("ninguno",),
    dates="pa",
    coords="dms",
    coords_unknown=("s/d",),
)

_WASHINGTON = Wording(
    crime={
        "smuggling": ("Alien smuggling (8 USC 1324)", "Alien smuggling"),
        "trafficking": ("Human trafficking (TVPA)", "Human trafficking"),
        "both": ("Smuggling/Trafficking",),
    },
    exploitation={
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("",),
    gender={"male": ("M",), "female": ("F",), "mixed": ("M/F",)},
    age={"adult": ("SA", "Adult"), "child": ("UAC",), "mixed": ("FMUA",)},
    mode={"land": ("Land", "On foot", "Vehicle"), "sea": ("Maritime",), "air": ("Air",)},
    na=("N/A",),
    offences={
        "document_fraud": ("Fraudulent docs",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cyber",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="/",
    no_offence=("",),
    transit_sep=" > ",
    direct=("",),
    count_unknown=("UNK",),
    zero=("None", "0"),
    dates="us",
    coords="plain",
    coords_unknown=("N/A",),
)

_PUNJAB = Wording(
    crime={
        "smuggling": ("Illegal migration (dunki)", "Human smuggling"),
        "trafficking": ("Human trafficking (Sec 370 IPC)", "Human trafficking"),
        "both": ("Trafficking + smuggling",),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Bonded labour", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ trade",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=("N.A.", ""),
    gender={"male": ("Male",), "female": ("Female",), "mixed": ("Both", "Male/Female")},
    age={"adult": ("Adult",), "child": ("Minor",), "mixed": ("Adult + minor",)},
    mode={
        "sea": ("Sea route", "Boat"),
        "land": ("Land route", "By road"),
        "air": ("Air route", "By air"),
    },
    na=("N.A.",),
    offences={
        "document_fraud": ("Forged passport/visa", "Document forgery"),
        "corruption": ("Corruption",),
        "money_laundering": ("Hawala", "Money laundering"),
        "illicit_goods": ("Narcotics (NDPS)",),
        "cybercrime": ("Cyber fraud",),
        "terrorism": ("Terrorism (UAPA)",),
    },
    offence_sep=", ",
    no_offence=("",),
    transit_sep="-",
    direct=("", "Direct"),
    count_unknown=("Not available",),
    zero=("Nil",),
    dates="pb",
    coords="json",
    coords_unknown=(),
)

_HEADERS_LONDON = {
    "source_ref": "File No.",
    "event_date": "Date of apprehension",
    "crime_type": "Nature of case",
    "exploitation": "Form of exploitation",
    "n_persons": "No. of persons",
    "n_suspects": "No. of agents/facilitators",
    "gender": "Gender",
    "age_group": "Age category",
    "nationality": "Nationality",
    "origin_country": "Country of origin",
    "destination_country": "Intended destination",
    "detection_country": "Country where apprehended",
    "transit_countries": "Route (countries transited)",
    "transport_mode": "Mode of travel",
    "coordinates": "Location (lat, long)",
    "linked_offences": "Other offences",
}
_HEADERS_PARIS = {
    "source_ref": "N° dossier",
    "event_date": "Date de l'interpellation",
    "crime_type": "Nature de l'affaire",
    "exploitation": "Forme d'exploitation",
    "n_persons": "Nombre de personnes",
    "n_suspects": "Nombre de passeurs",
    "gender": "Sexe",
    "age_group": "Majeurs / mineurs",
    "nationality": "Nationalité",
    "origin_country": "Pays d'origine",
    "destination_country": "Pays de destination",
    "detection_country": "Pays d'interpellation",
    "transit_countries": "Pays de transit",
    "transport_mode": "Mode de transport",
    "lat": "Latitude",
    "lon": "Longitude",
    "linked_offences": "Infractions connexes",
}
_HEADERS_PANAMA = {
    "source_ref": "No. de expediente",
    "event_date": "Fecha del evento",
    "crime_type": "Tipo de delito",
    "exploitation": "Fin de explotación",
    "n_persons": "Cantidad de personas",
    "n_suspects": "Presuntos traficantes",
    "gender": "Sexo",
    "age_group": "Grupo etario",
    "nationality": "Nacionalidad",
    "origin_country": "País de origen",
    "destination_country": "País de destino",
    "detection_country": "País de detección",
    "transit_countries": "Países de tránsito",
    "transport_mode": "Medio de transporte",
    "coordinates": "Coordenadas",
    "linked_offences": "Delitos conexos",
}
_HEADERS_WASHINGTON = {
    "source_ref": "Case Ref",
    "event_date": "Apprehension Date",
    "crime_type": "Offense Category",
    "exploitation": "Type of Exploitation",
    "n_persons": "Total Aliens",
    "n_suspects": "Smugglers/Guides",
    "gender": "Sex",
    "age_group": "Demographic",
    "nationality": "Citizenship",
    "origin_country": "Country of Origin",
    "destination_country": "Intended Destination",
    "detection_country": "Apprehension Country",
    "transit_countries": "Transit Countries",
    "transport_mode": "Mode",
    "lat": "Latitude",
    "lon": "Longitude",
    "linked_offences": "Associated Offenses",
}
_HEADERS_PUNJAB = {
    "source_ref": "complaint_no",
    "event_date": "incident_date",
    "crime_type": "case_category",
    "exploitation": "exploitation_type",
    "n_persons": "persons_involved",
    "n_suspects": "accused_agents",
    "gender": "gender",
    "age_group": "age_category",
    "nationality": "nationality_code",
    "origin_country": "origin_country",
    "destination_country": "destination_country",
    "detection_country": "apprehension_country",
    "transit_countries": "transit_route",
    "transport_mode": "travel_mode",
    "lat": "latitude",
    "lon": "longitude",
    "linked_offences": "other_offences",
}

#: The five agencies, in the order their submissions are returned.
SOURCES: tuple[Agency, ...] = (
    Agency(
        "hci_london",
        "hci_london_go.csv",
        "HCI/CONS/{seq:04d}/{yy:02d}",
        "csv",
        "utf-8-sig",
        ",",
        "en",
        _HEADERS_LONDON,
        "Note: figures provisional, subject to confirmation by Home Office",
        "Total",
        ("several", "a group", "many"),
        True,
        _LONDON,
    ),
    Agency(
        "ambinde_paris",
        "ambinde_paris_go.csv",
        "AMBINDE/CONS/{year}-{seq:04d}",
        "csv",
        "cp1252",
        ";",
        "fr",
        _HEADERS_PARIS,
        "NB : données provisoires, à confirmer par la DCPAF",
        "TOTAL GÉNÉRAL",
        ("plusieurs", "un groupe", "nombreux"),
        False,
        _PARIS,
    ),
    Agency(
        "embindia_panama",
        "embindia_panama_go.xlsx",
        "EIP-SC-{seq:04d}-{year}",
        "xlsx",
        "utf-8",
        None,
        "es",
        _HEADERS_PANAMA,
        "Nota: cifras preliminares sujetas a confirmación del SNM",
        "TOTAL",
        ("varios", "grupo", "múltiples"),
        False,
        _PANAMA,
    ),
    Agency(
        "eoi_washington",
        "eoi_washington_go.csv",
        "EOI/WAS/DTN/{year}/{seq:04d}",
        "csv",
        "utf-16",
        "\t",
        "en",
        _HEADERS_WASHINGTON,
        "Note: compiled from CBP/ICE consular notifications",
        "Grand Total",
        ("multiple", "several", "large group"),
        False,
        _WASHINGTON,
    ),
    Agency(
        "punjab_police_nri",
        "punjab_police_nri_go.jsonl",
        "NRI/{year}/{seq:05d}",
        "jsonl",
        "utf-8",
        None,
        "en",
        _HEADERS_PUNJAB,
        None,
        "TOTAL",
        ("many", "several", "group of youths"),
        True,
        _PUNJAB,
    ),
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _swap(text: str, rng: _Rng) -> str:
    """Swap two neighbouring inner letters (a slip of the keyboard)."""
    if len(text) < 5:
        return text
    i = int(rng.integers(1, len(text) - 2))
    if not (text[i].isalpha() and text[i + 1].isalpha()) or text[i] == text[i + 1]:
        return text
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _plain(text: str) -> str:
    """Drop the accents of Spanish names (``México`` -> ``Mexico``)."""
    table = str.maketrans("áéíóúÁÉÍÓÚñ", "aeiouAEIOUn")
    return text.translate(table)


def _country(src: Agency, iso: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write one country as the agency does; return (cell, tags)."""
    _, en, fr, es, _, en_typo = COUNTRIES[iso]
    alpha2, numeric = iso_codes(iso)
    r = float(rng.random())
    aliases = _ALIASES.get(iso, ())
    if src.source == "hci_london":
        if col == "nationality" and iso in _DEMONYMS and r < 0.75:
            text, tag = _DEMONYMS[iso][0], "demonym"
        elif aliases and r > 0.9:
            text, tag = choice(rng, aliases), "alias"
        elif r > 0.86:
            text, tag = en_typo, "typo"
        else:
            text, tag = en, "name"
        if rng.random() < 0.03:
            text, tag = text.lower(), tag + ";case"
        return text, [tag]
    if src.source == "ambinde_paris":
        if col == "nationality" and iso in _DEMONYMS and r < 0.8:
            return _DEMONYMS[iso][1], ["demonym"]
        if r > 0.93:
            return iso, ["iso3"]
        if r > 0.9:
            typo = _swap(fr, rng)
            return typo, ["typo" if typo != fr else "name"]
        return fr, ["name"]
    if src.source == "embindia_panama":
        if col == "nationality":
            if iso in _DEMONYMS and r < 0.55:
                return _DEMONYMS[iso][2], ["demonym"]
            if r < 0.8:
                return alpha2, ["iso2"]
            return es, ["name"]
        if r > 0.94:
            return alpha2, ["iso2"]
        if r > 0.91:
            typo = _swap(es, rng)
            return typo, ["typo" if typo != es else "name"]
        if r > 0.84 and _plain(es) != es:
            return _plain(es), ["no_accents"]
        return es, ["name"]
    if src.source == "eoi_washington":
        if iso == "USA" and col != "transit_countries":
            return choice(rng, ("USA", "U.S.", "UNITED STATES", "US")), ["alias"]
        if col in ("nationality", "transit_countries") or r < 0.3:
            return alpha2, ["iso2"]
        return en.upper(), ["upper"]
    # punjab_police_nri: the portal's nationality drop-down stores the ISO numeric code;
    # older entries were typed in by hand.
    if col == "nationality":
        return (numeric, ["numeric"]) if r < 0.85 else (en, ["name"])
    if aliases and r > 0.92:
        return choice(rng, aliases), ["alias"]
    if r > 0.88:
        return en_typo, ["typo"]
    if r > 0.86:
        return iso, ["iso3"]
    return en, ["name"]


def _quarter_text(src: Agency, ts: pd.Timestamp) -> str:
    return f"T{ts.quarter} {ts.year}" if src.words.dates == "fr" else f"Q{ts.quarter} {ts.year}"


def _month_text(src: Agency, ts: pd.Timestamp) -> str:
    style = src.words.dates
    if style == "uk":
        return f"{_MONTHS_EN[ts.month - 1]} {ts.year}"
    if style == "fr":
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if style == "pa":
        return f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
    if style == "us":
        return ts.strftime("%Y-%m")
    return ts.strftime("%m/%Y")


def _day_cell(src: Agency, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date in one of the agency's styles; return (cell, tag)."""
    style = src.words.dates
    r = float(rng.random())
    if style == "uk":
        if r < 0.7:
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", "date_long"
        return ts.strftime("%d.%m.%Y"), "date_dotted"
    if style == "fr":
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}", "date_long"
    if style == "pa":
        if r < 0.75:
            return ts.to_pydatetime(), "excel_date"
        if r < 0.87:
            return int((ts.normalize() - _EXCEL_EPOCH).days), "excel_serial"
        return ts.strftime("%d/%m/%Y"), "date_text"
    if style == "us":
        if r < 0.85:
            return ts.strftime("%m/%d/%Y"), "month_first"
        return ts.strftime("%Y-%m-%d"), "date_iso"
    if r < 0.6:
        return ts.strftime("%d.%m.%Y"), "date_dotted"
    return ts.strftime("%Y/%m/%d"), "date_ymd"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible, or ten years ahead."""
    if kind == "no_date":
        return None
    style = src.words.dates
    if kind == "future_date":  # a slip of one digit: 2023 -> 2033
        cell, _ = _day_cell(src, ts.replace(year=ts.year + 10), rng)
        return cell
    day = choice(rng, ("30", "31"))
    if style == "uk":
        return f"{day} Feb {ts.year}"
    if style == "us":
        return f"02/{day}/{ts.year}"
    if style == "pb":
        return f"{day}.02.{ts.year}"
    return f"{day}/02/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the note row: the day of the last case, in the agency's main style."""
    style = src.words.dates
    if style == "uk":
        return f"{last.day} {_MONTHS_EN[last.month - 1]} {last.year}"
    if style == "pa":
        return last.to_pydatetime()
    if style == "us":
        return last.strftime("%m/%d/%Y")
    if style == "pb":
        return last.strftime("%d.%m.%Y")
    return last.strftime("%d/%m/%Y")


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write the number of persons; return (cell, tags)."""
    style = src.words.dates
    if style == "uk":
        if n >= 1000:
            return f"{n:,}", ["thousands"]
        if rng.random() < 0.12:
            return f"{n} Nos.", ["count_suffix"]
        return str(n), []
    if style == "fr":
        if n >= 1000:
            return f"{n:,}".replace(",", "\u00a0"), ["thousands"]
        return str(n), []
    if style == "pa":
        if n >= 1000 and rng.random() < 0.5:
            return f"{n:,}".replace(",", "."), ["thousands"]
        if rng.random() < 0.06:
            return f"{n} personas", ["count_suffix"]
        return n, []
    if style == "us":
        return str(n), []
    return (n, []) if rng.random() < 0.8 else (str(n), ["count_text"])


def _number(src: Agency, n: int) -> object:
    """Return a plain count as the file holds it (text in CSV, number elsewhere)."""
    return str(n) if src.format == "csv" else n


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _coords(src: Agency, lat: float, lon: float) -> dict[str, object]:
    style = src.words.coords
    if style == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if style == "comma":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if style == "dms":
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
    if style == "plain":
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}
    return {"lat": round(lat, 4), "lon": round(lon, 4)}


def _no_coords(src: Agency, word: str | None) -> dict[str, object]:
    if src.words.coords in ("pair", "dms"):
        return {"coordinates": word}
    return {"lat": word, "lon": word}


_MOJIBAKE_COLUMNS = (
    "crime_type",
    "exploitation",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "linked_offences",
)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    w = src.words
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # Date: the day, or (first reports only) the month or quarter the desk was told.
    r = float(rng.random())
    quarters = w.dates in ("fr", "pb")
    if partial_ok and r < 0.05:
        cells["event_date"] = _month_text(src, ts)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("month_only")
    elif partial_ok and quarters and r < 0.08:
        cells["event_date"] = _quarter_text(src, ts)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("quarter_only")
    else:
        cells["event_date"], tag = _day_cell(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, w.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, w.no_exploitation) or None
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(expl)])
    exp["exploitation"] = expl

    # Persons: a number as the desk writes it, or "not known".
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = choice(rng, w.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], ctags = _count(src, n, rng)
        exp["n_persons"] = n
        tags += ctags

    sus = ev["n_suspects"]
    exp["n_suspects"] = sus
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif sus is not None and int(sus) == 0 and rng.random() < 0.6:  # type: ignore[call-overload]
        word = choice(rng, w.zero)
        cells["n_suspects"] = word if word != "0" or src.format == "csv" else 0
        tags.append("zero_word" if not word.isdigit() else "zero")
    elif rng.random() < 0.02:
        cells["n_suspects"] = choice(rng, w.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = None if sus is None else _number(src, int(sus))  # type: ignore[call-overload]

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, w.gender[gender]), gender

    for col, words in (("age_group", w.age), ("transport_mode", w.mode)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, w.na), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = choice(rng, words[value]), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        text, ctags = _country(src, str(iso), col, rng)
        cells[col], exp[col] = text, iso
        tags += [f"{col}:{t}" for t in ctags]

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, w.direct) or None
        if cells["transit_countries"]:
            tags.append("transit_direct")
    else:
        parts = [_country(src, c, "transit_countries", rng)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = w.transit_sep.join(parts)
        tags.append("transit_list")
    exp["transit_countries"] = transit

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, w.no_offence) or None
    else:
        names = [choice(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = w.offence_sep.join(names)
    exp["linked_offences"] = offences

    lat, lon = ev["lat"], ev["lon"]
    r = float(rng.random())
    if forced_blank == "coordinates" or lat is None or lon is None:
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.04:
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.06 and w.coords_unknown and any(w.coords_unknown):
        cells.update(_no_coords(src, choice(rng, w.coords_unknown)))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells.update(_coords(src, float(lat), float(lon)))  # type: ignore[arg-type]
        exp["lat"], exp["lon"] = float(lat), float(lon)  # type: ignore[arg-type]
        tags.append(f"coords_{w.coords}")

    # The Paris register takes in text pasted from UTF-8 mails (é -> Ã©).
    if src.source == "ambinde_paris" and rng.random() < 0.12:
        garbled = False
        for col in _MOJIBAKE_COLUMNS:
            cell = cells.get(col)
            if isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None and fits(bad, src):
                    cells[col] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    # London's desk leaves stray spaces around a few words.
    if src.source == "hci_london" and rng.random() < 0.05:
        for col in ("gender", "transport_mode"):
            cell = cells.get(col)
            if isinstance(cell, str):
                cells[col] = f" {cell}  "
        tags.append("spaces")
    return cells, exp, tags


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "hci_london",
        "FRA": "ambinde_paris",
        "PAN": "embindia_panama",
        "USA": "eoi_washington",
    },
    compilation="punjab_police_nri",
    secondary={
        ("channel", "FRA"): "hci_london",
        ("channel", "GBR"): "ambinde_paris",
        ("darien", "PAN"): "punjab_police_nri",
        ("us_mex", "USA"): "punjab_police_nri",
        ("wbal", "HRV"): "ambinde_paris",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=195,
    blank_share=0.35,
)


def make_blind195(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the ``blind195`` set.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``hci_london_go.csv``, ``ambinde_paris_go.csv``, ``embindia_panama_go.xlsx``,
        ``eoi_washington_go.csv`` and ``punjab_police_nri_go.jsonl``, with their expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind195(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hci_london_go.csv', 'ambinde_paris_go.csv', 'embindia_panama_go.xlsx',
     'eoi_washington_go.csv', 'punjab_police_nri_go.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[3].frame.columns[:3].tolist()
    ['Case Ref', 'Apprehension Date', 'Offense Category']
    >>> all(len(s.frame) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
