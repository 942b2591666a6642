"""Examiner variant ``blind146``: five sources around Podlasie, Brandenburg and Berlin (``*_er.*``).

The five agencies are written without looking at the cleaner; each writes the way it
really exports its records:

``po_bialystok_er.xlsx``
    Regional Prosecutor's Office in Białystok (Prokuratura Okręgowa w Białymstoku): an
    English register of proceedings prepared for foreign partners (Eurojust, joint
    investigation teams). Offences by article of the Polish Penal Code (``Art. 264 § 3
    PC``: organising an illegal border crossing; ``Art. 189a § 1 PC``: trafficking in human
    beings), Polish country names left in by the clerk (``Irak``, ``Afganistan``,
    ``Niemcy``, ``Białoruś``), dates as Excel dates, ``dd.mm.yyyy`` text or a bare serial
    number where a cell lost its format. First reports of the events detected in Poland.
``poph_podlasie_er.jsonl``
    Podlaskie Ochotnicze Pogotowie Humanitarne (POPH), the volunteer humanitarian and
    medical emergency service in the Podlasie forest: its intervention log as JSON lines,
    English keys, demonyms (``Iraqi Kurdish``), GPS as a decimal pair or as degrees,
    minutes and seconds copied from a map, or ``withheld``. No offence, no suspects: the
    volunteers help people, they do not investigate. Second reports of the Belarus–Poland
    border events.
``gasim_potsdam_er.csv``
    Gemeinsames Analyse- und Strategiezentrum illegale Migration (GASIM), Potsdam: an
    English extract with German words left in (``Schleusung``, ``Lkw``, ``m/w``,
    ``keine``), ISO alpha-3 or German country names, decimal commas, saved by Excel as
    "Unicode text" (UTF-16, tab-delimited). Second reports of Western Balkans and Channel
    events it learns of through partners.
``dpa_es_er.csv``
    Deutsche Presse-Agentur, Spanish-language service (dpa en español): an incident log
    kept from its wires, Spanish words (``tráfico de migrantes``, ``trata de personas``,
    ``cayuco``), demonyms, small counts in words (``tres``), thousands with a dot, long
    dates (``17 de mayo de 2023``), UTF-8 with BOM, ``;``. First reports of Spain, Panama
    and the United States.
``cmb_berlin_er.csv``
    Centre Marc Bloch (Berlin), a Franco-German research centre: its French research base
    of border incidents, compiled from press, NGO and official releases, cp1252 with ``;``
    (French Excel), decimal commas, dates ``dd/mm/yyyy`` with month or quarter only for
    incidents known from monthly reports (``mai 2023``, ``T2 2023``), mojibake where a
    name was pasted from a UTF-8 page. The compilation: first reports of every other event.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND146", "SOURCES", "make_blind146"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Source -> canonical value -> the agency's words for it (the usual one first).
_Words = dict[str, dict[str, tuple[str, ...]]]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_PROSECUTOR = ExaminerSource(
    source="po_bialystok",
    filename="po_bialystok_er.xlsx",
    ref="PO I Ds {seq}.{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case file no.",
        "event_date": "Date of offence",
        "crime_type": "Offence (legal qualification)",
        "exploitation": "Form of exploitation",
        "n_persons": "Foreigners involved",
        "n_suspects": "Suspects charged",
        "gender": "Sex",
        "age_group": "Adults / minors",
        "nationality": "Citizenship",
        "detection_country": "Member State",
        "transit_countries": "Transit countries",
        "destination_country": "Intended destination",
        "transport_mode": "Modus operandi / means of transport",
        "linked_offences": "Concurrent offences",
    },
    note="Prepared by PO Białystok for Eurojust – data as of the date shown, not final",
    total="Total",
    bad_count=("kilkanaście", "several", "kilka"),
    repeats=False,
)
_POPH = ExaminerSource(
    source="poph_podlasie",
    filename="poph_podlasie_er.jsonl",
    ref="POPH-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "intervention_id",
        "event_date": "date",
        "n_persons": "people_in_group",
        "gender": "gender",
        "age_group": "age",
        "nationality": "nationalities",
        "detection_country": "country",
        "transit_countries": "came_via",
        "destination_country": "wants_to_go",
        "coordinates": "gps",
        "needs": "needs",
    },
    note=None,
    total="SUMMARY",
    bad_count=("a lot", "big group"),
    repeats=False,
)
_GASIM = ExaminerSource(
    source="gasim_potsdam",
    filename="gasim_potsdam_er.csv",
    ref="GASIM {year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Ref. (Az.)",
        "event_date": "Date of detection",
        "crime_type": "Phenomenon",
        "n_persons": "Persons (Geschleuste)",
        "n_suspects": "Facilitators (Schleuser)",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality (StA)",
        "detection_country": "Country of detection",
        "transit_countries": "Route",
        "destination_country": "Destination",
        "transport_mode": "Modus",
        "lat": "Lat",
        "lon": "Lon",
        "linked_offences": "Linked offences",
    },
    note="Source: GASIM situation picture (Lagebild), status as of the date shown",
    total="Sum (Summe)",
    bad_count=("mehrere", "several"),
    repeats=False,
)
_DPA = ExaminerSource(
    source="dpa_es",
    filename="dpa_es_er.csv",
    ref="dpa/es/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Id despacho",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino",
        "detection_country": "País",
        "transport_mode": "Medio",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: elaborado a partir de despachos de dpa; cifras provisionales",
    total="TOTAL",
    bad_count=("decenas", "varios", "un centenar largo"),
    repeats=True,
)
_CMB = ExaminerSource(
    source="cmb_berlin",
    filename="cmb_berlin_er.csv",
    ref="CMB-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "info_source": "Source de l'information",
    },
    note="Base FRONTIÈRES-UE – extraction provisoire, à ne pas diffuser",
    total="Total général",
    bad_count=("plusieurs", "une dizaine", "des dizaines"),
    repeats=True,
)

#: The variant's sources, in the order :func:`make_blind146` returns them.
SOURCES: tuple[ExaminerSource, ...] = (_PROSECUTOR, _POPH, _GASIM, _DPA, _CMB)


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weighted: Mapping[str, float]) -> str:
    """Draw a key of ``weighted`` with probability proportional to its weight."""
    keys = list(weighted)
    w = np.array(list(weighted.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _name(iso: str, lang: str) -> str:
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


def _swap(text: str) -> str | None:
    """Two letters in the middle of a 6+ letter name swapped (a typing slip), or None."""
    if len(text) < 6:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


_PL_NAMES = {
    "IRQ": "Irak",
    "AFG": "Afganistan",
    "YEM": "Jemen",
    "RUS": "Rosja",
    "BLR": "Białoruś",
    "DEU": "Niemcy",
    "POL": "Polska",
}
_DE_NAMES = {
    "AFG": "Afghanistan",
    "SYR": "Syrien",
    "PAK": "Pakistan",
    "MAR": "Marokko",
    "TUR": "Türkei",
    "IRQ": "Irak",
    "IRN": "Iran",
    "CMR": "Kamerun",
    "ERI": "Eritrea",
    "ALB": "Albanien",
    "VNM": "Vietnam",
    "BGR": "Bulgarien",
    "SRB": "Serbien",
    "BIH": "Bosnien und Herzegowina",
    "GRC": "Griechenland",
    "MKD": "Nordmazedonien",
    "DEU": "Deutschland",
    "AUT": "Österreich",
    "ITA": "Italien",
    "HRV": "Kroatien",
    "FRA": "Frankreich",
    "GBR": "Großbritannien",
}
_EN_DEMONYMS = {
    "IRQ": ("Iraqi", "Iraqi Kurdish", "Kurdish (Iraq)"),
    "SYR": ("Syrian",),
    "AFG": ("Afghan",),
    "YEM": ("Yemeni",),
}
_ES_DEMONYMS = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
    "NGA": "nigeriana",
    "TUN": "tunecina",
    "EGY": "egipcia",
    "BGD": "bangladesí",
    "SYR": "siria",
    "PAK": "pakistaní",
    "AFG": "afgana",
    "IRQ": "iraquí",
}
_ES_ALIASES = {"USA": ("EE.UU.", "EEUU"), "GBR": ("Gran Bretaña",), "CIV": ("Costa de Marfil",)}
_FR_ALIASES = {
    "GBR": ("Angleterre", "Grande-Bretagne"),
    "CIV": ("Côte d'Ivoire",),
    "VNM": ("Vietnam",),
    "BIH": ("Bosnie",),
    "MKD": ("Macédoine",),
}

_UNKNOWN_COUNTRY = {
    "po_bialystok": ("unknown", "not established"),
    "poph_podlasie": ("unknown", "not asked"),
    "gasim_potsdam": ("unk.", "ungeklärt"),
    "dpa_es": ("no consta", "desconocida"),
    "cmb_berlin": ("inconnue", "non renseigné"),
}
_UNKNOWN_WORD = {
    "po_bialystok": ("not established",),
    "poph_podlasie": ("unknown", "?"),
    "gasim_potsdam": ("unk.",),
    "dpa_es": ("no consta", "sin datos"),
    "cmb_berlin": ("non renseigné", "inconnu"),
}


def _country(src: str, iso: str, col: str, rng: _Rng) -> tuple[str, str | None]:
    """Write one country as the source does; return (cell, tag of the visible habit)."""
    r = rng.random()
    if src == "po_bialystok":
        if col == "detection_country":
            return choice(rng, ("Poland", "Poland", "Poland", "PL", "POLAND")), None
        if iso in _PL_NAMES and r < 0.3:
            return _PL_NAMES[iso], "polish_name"
        if r < 0.38:
            return _name(iso, "en").upper(), "case"
        return _name(iso, "en"), None
    if src == "poph_podlasie":
        if col == "detection_country":
            return ("PL", "iso2") if r < 0.8 else ("Poland", None)
        if col == "nationality" and iso in _EN_DEMONYMS and r < 0.75:
            return choice(rng, _EN_DEMONYMS[iso]), "demonym"
        if col == "destination_country" and iso == "POL":
            return choice(rng, ("asylum in Poland", "Poland", "stay in PL")), "phrase"
        if col == "destination_country" and r < 0.25:
            return COUNTRIES[iso][0], "iso2"
        return _name(iso, "en"), None
    if src == "gasim_potsdam":
        if r < 0.65:
            return iso, "iso3"
        if iso in _DE_NAMES and r < 0.93:
            return _DE_NAMES[iso], "german_name"
        return _name(iso, "en"), None
    if src == "dpa_es":
        if col == "nationality" and iso in _ES_DEMONYMS and r < 0.4:
            return _ES_DEMONYMS[iso], "demonym"
        r = rng.random()  # a second draw: the demonym took the first
        if iso in _ES_ALIASES and r < 0.5:
            return choice(rng, _ES_ALIASES[iso]), "alias"
        if r < 0.06:
            return _name(iso, "es").upper(), "case"
        if r < 0.12:
            plain = (
                _name(iso, "es")
                .replace("á", "a")
                .replace("é", "e")
                .replace("í", "i")
                .replace("ó", "o")
                .replace("ú", "u")
            )
            if plain != _name(iso, "es"):
                return plain, "no_accent"
        return _name(iso, "es"), None
    # cmb_berlin: French names, typed or pasted by research assistants
    name = _name(iso, "fr")
    if iso in _FR_ALIASES and r < 0.35:
        return choice(rng, _FR_ALIASES[iso]), "alias"
    if r < 0.1:
        bad = mojibake(name)
        if bad is not None and fits(bad, _CMB):
            return bad, "mojibake"
    elif r < 0.15:
        typo = _swap(name)
        if typo is not None:
            return typo, "typo"
    elif r < 0.2:
        return name.upper(), "case"
    elif r < 0.23:
        return f" {name}", "case"
    return name, None


def _country_cell(
    src: str, iso: object, col: str, rng: _Rng, tags: list[str], *, unknown_rate: float = 0.02
) -> tuple[str | None, str | None]:
    """Return (cell, expected ISO3) of one country column; tag blanks and habits."""
    if iso is None:
        return None, None
    r = rng.random()
    if col != "detection_country" and r < unknown_rate:
        tags.append(f"unknown_word:{col}")
        return choice(rng, _UNKNOWN_COUNTRY[src]), None
    text, habit = _country(src, str(iso), col, rng)
    if habit is not None:
        tags.append(f"{habit}:{col}")
    return text, str(iso)


def _transit_cell(
    src: str, value: object, rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    """Write an ordered ``A|B`` transit list with the source's separator."""
    if value is None:
        return None, None
    codes = str(value).split("|")
    if src == "po_bialystok":
        sep = choice(rng, (" – ", ", "))
        names = [_country(src, c, "transit_countries", rng)[0] for c in codes]
    elif src == "poph_podlasie":
        sep = choice(rng, (" > ", ", "))
        names = [_name(c, "en") for c in codes]
        if len(codes) == 1 and rng.random() < 0.4:
            tags.append("phrase:transit_countries")
            return f"via {names[0]}", str(value)
    elif src == "gasim_potsdam":
        if rng.random() < 0.7:
            sep, names = "-", codes
        else:
            sep = " > "
            names = [_DE_NAMES.get(c, _name(c, "en")) for c in codes]
    else:  # cmb_berlin
        sep = choice(rng, (" / ", " - ", ", "))
        names = [_country(src, c, "transit_countries", rng)[0] for c in codes]
    if len(codes) > 1:
        tags.append("list:transit_countries")
    return sep.join(names), str(value)


_CRIME = {
    "po_bialystok": {
        "smuggling": {
            "Art. 264 § 3 PC (organising illegal border crossing)": 6,
            "Art. 264 §3 PC – facilitating illegal crossing of the border": 3,
            "art. 264 § 3 kk": 1,
        },
        "trafficking": {
            "Art. 189a § 1 PC (trafficking in human beings)": 7,
            "Art. 189a PC – THB": 3,
        },
        "both": {
            "Art. 189a § 1 PC and Art. 264 § 3 PC (THB + illegal crossing)": 1,
            "Art. 264 § 3 PC in conj. with Art. 189a § 1 PC": 1,
        },
    },
    "gasim_potsdam": {
        "smuggling": {"smuggling": 5, "Schleusung (smuggling)": 3, "facilitation": 1},
        "trafficking": {"THB": 2, "Menschenhandel (THB)": 1},
        "both": {"smuggling / THB": 1, "Schleusung + Menschenhandel": 1},
    },
    "dpa_es": {
        "smuggling": {
            "tráfico de migrantes": 5,
            "tráfico ilícito de migrantes": 2,
            "favorecimiento de la inmigración irregular": 2,
        },
        "trafficking": {"trata de personas": 3, "trata de seres humanos": 2},
        "both": {"trata y tráfico de personas": 1, "trata y tráfico de migrantes": 1},
    },
    "cmb_berlin": {
        "smuggling": {
            "aide à l'entrée irrégulière": 4,
            "trafic de migrants": 4,
            "passage clandestin": 1,
        },
        "trafficking": {"traite des êtres humains": 3, "TEH": 1},
        "both": {"TEH + trafic de migrants": 1, "traite et aide à l'entrée irrégulière": 1},
    },
}
_EXPLOITATION = {
    "po_bialystok": {
        "sexual": ("sexual exploitation", "sexual exploitation (prostitution)"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminal activity", "forced to commit offences"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "dpa_es": {
        "sexual": ("explotación sexual", "prostitución forzada"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "obligados a delinquir"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otras formas"),
    },
    "cmb_berlin": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
_GENDER: _Words = {
    "po_bialystok": {
        "male": ("male", "men", "M"),
        "female": ("female", "women", "F"),
        "mixed": ("male and female", "M/F", "mixed"),
    },
    "poph_podlasie": {
        "male": ("men", "male", "men only"),
        "female": ("women", "F"),
        "mixed": ("men & women", "mixed"),
    },
    "gasim_potsdam": {
        "male": ("male", "m"),
        "female": ("female", "w"),
        "mixed": ("mixed", "m/w"),
    },
    "dpa_es": {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "cmb_berlin": {
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
}
_AGE: _Words = {
    "po_bialystok": {
        "adult": ("adults", "adult"),
        "child": ("minors", "minor(s)"),
        "mixed": ("adults and minors", "incl. minors"),
    },
    "poph_podlasie": {
        "adult": ("adults",),
        "child": ("minors only", "children"),
        "mixed": ("adults + children", "with children"),
    },
    "gasim_potsdam": {
        "adult": ("adult", "adults"),
        "child": ("minor", "UM (unaccompanied minors)"),
        "mixed": ("adults+minors",),
    },
    "dpa_es": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores no acompañados"),
        "mixed": ("adultos y menores",),
    },
    "cmb_berlin": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("mixte", "majeurs et mineurs"),
    },
}
_TRANSPORT: _Words = {
    "po_bialystok": {
        "land": ("on foot (green border)", "passenger car", "van", "on foot"),
        "sea": ("boat",),
        "air": ("flight",),
    },
    "gasim_potsdam": {
        "land": ("on foot", "Lkw (truck)", "Pkw (car)", "train"),
        "sea": ("boat", "dinghy (Schlauchboot)"),
        "air": ("air", "flight"),
    },
    "dpa_es": {
        "sea": ("cayuco", "patera", "neumática", "embarcación"),
        "land": ("a pie", "camión", "vehículo", "por tierra"),
        "air": ("avión", "vía aérea"),
    },
    "cmb_berlin": {
        "sea": ("embarcation", "bateau pneumatique", "mer"),
        "land": ("route", "camion", "à pied", "voiture"),
        "air": ("avion", "aérien"),
    },
}
_OFFENCES = {
    "po_bialystok": {
        "document_fraud": ("Art. 270 § 1 PC (forgery of documents)", "document forgery"),
        "corruption": ("Art. 229 PC (bribery)", "bribery of an official"),
        "money_laundering": ("Art. 299 PC (money laundering)",),
        "illicit_goods": ("smuggling of goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "gasim_potsdam": {
        "document_fraud": ("document fraud (Urkundenfälschung)", "forged documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs (BtM)", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "dpa_es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "cmb_berlin": {
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_OFFENCE_SEP = {"po_bialystok": "; ", "gasim_potsdam": ", ", "dpa_es": " y ", "cmb_berlin": " + "}
_ZERO_WORDS = {
    "po_bialystok": ("none",),
    "gasim_potsdam": ("keine", "none"),
    "dpa_es": ("ninguno", "sin detenidos"),
    "cmb_berlin": ("aucun", "néant"),
}
_SUSPECTS_UNKNOWN = {
    "gasim_potsdam": ("unk.",),
    "dpa_es": ("sin datos",),
    "cmb_berlin": ("inconnu", "n.c."),
}
_COUNT_UNKNOWN = {
    "poph_podlasie": ("unknown", "not counted"),
    "dpa_es": ("sin precisar",),
    "cmb_berlin": ("n.c.",),
}
_ES_NUMBERS = (
    "una",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
)
_NEEDS = ("hypothermia", "food, water", "none", "wounds (razor wire)", "dry clothes", "evacuation")
_INFO = ("presse", "ONG", "Frontex (communiqué)", "autorités nationales", "HCR")


def _vocab(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word most of the time, another of the agency's words otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _noise(text: str, rng: _Rng, rate: float, tags: list[str], col: str) -> str:
    """Change case or spacing of a few cells (the meaning stays)."""
    if rng.random() >= rate:
        return text
    tags.append(f"case:{col}")
    k = int(rng.integers(3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)


def _date_cell(
    src: str, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event date as the source writes it."""
    r = rng.random()
    if src == "po_bialystok":
        if r < 0.7:
            return ts.to_pydatetime(), ts, "day"
        if r < 0.9:
            tags.append("text_date")
            return ts.strftime("%d.%m.%Y"), ts, "day"
        tags.append("excel_serial")
        return int((ts - _EXCEL_EPOCH).days), ts, "day"
    if src == "poph_podlasie":
        if r < 0.75:
            minute = int(rng.integers(0, 24 * 60))
            return f"{ts:%Y-%m-%d}T{minute // 60:02d}:{minute % 60:02d}", ts, "day"
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if src == "gasim_potsdam":
        return ts.strftime("%d.%m.%Y"), ts, "day"
    if src == "dpa_es":
        months = _MONTHS["es"]
        if partial_ok and r < 0.08:
            tags.append("partial_date")
            return f"{months[ts.month - 1]} de {ts.year}", _month_start(ts), "month"
        if r < 0.55:
            return f"{ts.day} de {months[ts.month - 1]} de {ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    # cmb_berlin
    if partial_ok and r < 0.07:
        tags.append("partial_date")
        return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", _month_start(ts), "month"
    if partial_ok and r < 0.13:
        tags.append("partial_date")
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter"
    if r < 0.23:
        return ts.strftime("%d/%m/%y"), ts, "day"
    if r < 0.3:
        return f"{ts.day} {_MONTHS['fr'][ts.month - 1]} {ts.year}", ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.source == "po_bialystok":
            return f"31.02.{ts.year}"
        if src.source == "poph_podlasie":
            return f"{ts.year}-02-30T10:15"
        if src.source == "gasim_potsdam":
            return f"32.{ts.month:02d}.{ts.year}"
        if src.source == "dpa_es":
            return f"30 de febrero de {ts.year}"
        return f"31/02/{ts.year}"
    future = ts.replace(year=ts.year + 100)  # the century key slipped: 2023 -> 2123
    if src.source == "po_bialystok":
        return future.to_pydatetime()
    if src.source == "poph_podlasie":
        return future.strftime("%Y-%m-%d")
    if src.source == "gasim_potsdam":
        return future.strftime("%d.%m.%Y")
    if src.source == "dpa_es":
        return f"{future.day} de {_MONTHS['es'][future.month - 1]} de {future.year}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day after its last row)."""
    day = last + pd.Timedelta(days=1)
    if src.source == "po_bialystok":
        return day.to_pydatetime()
    if src.source == "poph_podlasie":
        return day.strftime("%Y-%m-%d")
    if src.source == "gasim_potsdam":
        return day.strftime("%d.%m.%Y")
    if src.source == "dpa_es":
        return f"{day.day} de {_MONTHS['es'][day.month - 1]} de {day.year}"
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons_cell(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, object]:
    """Return (cell, expected count) of the number of persons."""
    r = rng.random()
    if src.source in _COUNT_UNKNOWN and r < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.source]), None
    if src.format == "xlsx":
        return n, n
    if src.source == "poph_podlasie":
        return (n, n) if r < 0.85 else (str(n), n)
    if src.source == "dpa_es":
        if n <= 10 and r < 0.3:
            tags.append("count_word")
            return _ES_NUMBERS[n - 1], n
        if n >= 1000 and r < 0.8:
            tags.append("thousands:n_persons")
            return f"{n // 1000}.{n % 1000:03d}", n
    if src.source == "cmb_berlin" and n >= 1000 and r < 0.8:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{choice(rng, (' ', chr(0xA0)))}{n % 1000:03d}", n
    if src.source == "gasim_potsdam" and n >= 1000 and r < 0.5:
        tags.append("thousands:n_persons")
        return f"{n // 1000}.{n % 1000:03d}", n
    return str(n), n


def _suspects_cell(
    src: ExaminerSource, n: object, rng: _Rng, tags: list[str]
) -> tuple[object, object]:
    """Return (cell, expected count) of the number of suspects."""
    if n is None:
        return None, None
    k = int(n)  # type: ignore[call-overload]
    r = rng.random()
    if src.source in _SUSPECTS_UNKNOWN and r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_UNKNOWN[src.source]), None
    if src.source != "po_bialystok" and 0.03 <= r < 0.06:
        tags.append("blank_n_suspects")
        return None, None
    if k == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORDS[src.source]), 0
    return (k if src.format == "xlsx" else str(k)), k


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (0.1") of a coordinate, and the value they say."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 1)
    if sec >= 60:
        sec, minutes = 0.0, minutes + 1
    if minutes >= 60:
        minutes, deg = 0, deg + 1
    said = deg + minutes / 60 + sec / 3600
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}", said if value >= 0 else -said


def _comma(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _place_cells(
    src: ExaminerSource,
    lat: object,
    lon: object,
    rng: _Rng,
    tags: list[str],
    blank: bool,
) -> tuple[dict[str, object], object, object]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    if lat is None or lon is None or blank:
        if blank:
            tags.append("blank_coordinates")
        return {}, None, None
    y, x = float(lat), float(lon)  # type: ignore[arg-type]
    r = rng.random()
    if src.source == "poph_podlasie":
        if r < 0.1:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("withheld", "not shared"))}, None, None
        if r < 0.3:
            tags.append("coords_dms")
            t_lat, e_lat = _dms(y, "N", "S")
            t_lon, e_lon = _dms(x, "E", "W")
            return {"coordinates": f"{t_lat} {t_lon}"}, round(e_lat, 6), round(e_lon, 6)
        return {"coordinates": f"{y:.5f}, {x:.5f}"}, round(y, 5), round(x, 5)
    decimals = 5 if src.source == "gasim_potsdam" else 4
    if r < 0.08:
        tags.append("coords_missing")
        return {}, None, None
    e_lat, e_lon = round(y, decimals), round(x, decimals)
    if src.source == "cmb_berlin" and r > 0.98:
        tags.append("coords_swapped")  # plain to see: the point falls far from the country
        return {"lat": _comma(e_lon, decimals), "lon": _comma(e_lat, decimals)}, e_lat, e_lon
    return {"lat": _comma(e_lat, decimals), "lon": _comma(e_lon, decimals)}, e_lat, e_lon


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    s = src.source
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        s, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    if "crime_type" in has:
        text = _pick(rng, _CRIME[s][crime])
        cells["crime_type"] = _noise(text, rng, 0.04, tags, "crime_type")
        exp["crime_type"] = crime
    else:
        exp["crime_type"] = "unknown"
    thb = exp["crime_type"] in ("trafficking", "both")
    expl = ev.get("exploitation")
    if "exploitation" in has and expl is not None and thb:
        if rng.random() < 0.06:
            tags.append("blank_exploitation")
            exp["exploitation"] = "unknown"
        else:
            cells["exploitation"] = _vocab(rng, _EXPLOITATION[s][str(expl)])
            exp["exploitation"] = str(expl)
    else:
        exp["exploitation"] = "unknown" if thb else None

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons_cell(src, persons, rng, tags)
    if "n_suspects" in has and forced_blank != "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = _suspects_cell(src, ev["n_suspects"], rng, tags)
    else:
        exp["n_suspects"] = None
        if "n_suspects" in has:
            tags.append("blank_n_suspects")

    vocab: tuple[tuple[str, _Words], ...] = (
        ("gender", _GENDER),
        ("age_group", _AGE),
        ("transport_mode", _TRANSPORT),
    )
    for col, table in vocab:
        value = str(ev[col])
        if col not in has:
            exp[col] = "unknown"
            continue
        if col == "gender" and forced_blank == "gender":
            tags.append("blank_gender")
            exp[col] = "unknown"
            continue
        r = rng.random()
        if r < 0.02:
            tags.append(f"blank_{col}")
            exp[col] = "unknown"
        elif r < 0.035:
            tags.append(f"unknown_word:{col}")
            cells[col] = choice(rng, _UNKNOWN_WORD[s])
            exp[col] = "unknown"
        else:
            cells[col] = _noise(_vocab(rng, table[s][value]), rng, 0.04, tags, col)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        if col not in has:
            exp[col] = None
            continue
        if forced_blank == col:
            tags.append(f"blank_{col}")
            exp[col] = None
            continue
        if col != "detection_country" and rng.random() < 0.03:
            tags.append(f"blank_{col}")
            exp[col] = None
            continue
        cells[col], exp[col] = _country_cell(s, ev[col], col, rng, tags)

    if "transit_countries" in has:
        cells["transit_countries"], exp["transit_countries"] = _transit_cell(
            s, ev["transit_countries"], rng, tags
        )
    else:
        exp["transit_countries"] = None

    if "lat" in has or "coordinates" in has:
        place, exp["lat"], exp["lon"] = _place_cells(
            src, ev["lat"], ev["lon"], rng, tags, forced_blank == "coordinates"
        )
        cells.update(place)
    else:
        exp["lat"] = exp["lon"] = None

    offences = ev.get("linked_offences")
    if "linked_offences" in has and offences is not None:
        words = [_vocab(rng, _OFFENCES[s][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[s].join(words)
        exp["linked_offences"] = str(offences)
    else:
        exp["linked_offences"] = None

    if s == "poph_podlasie":
        cells["needs"] = choice(rng, _NEEDS)
    elif s == "cmb_berlin":
        cells["info_source"] = choice(rng, _INFO)
    return cells, exp, tags


#: The variant: sources, who first reports which detection country, who reports again.
BLIND146: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"POL": "po_bialystok", "ESP": "dpa_es", "PAN": "dpa_es", "USA": "dpa_es"},
    compilation="cmb_berlin",
    secondary={
        ("blr_pol", "POL"): "poph_podlasie",
        ("wbal", "HRV"): "gasim_potsdam",
        ("channel", "FRA"): "gasim_potsdam",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=146,
    blank_share=0.35,
)


def make_blind146(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind146`` submissions (files ``*_er.*``).

    The Białystok prosecutor's office first reports the events detected in Poland, the
    Spanish service of dpa those of Spain, Panama and the United States, and the Centre
    Marc Bloch's research base every other one; POPH's volunteers report some Belarus–
    Poland border events a second time, GASIM some Western Balkans and Channel events.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``po_bialystok_er.xlsx`` (English), ``poph_podlasie_er.jsonl`` (English, UTF-8),
        ``gasim_potsdam_er.csv`` (English with German words, UTF-16, tab),
        ``dpa_es_er.csv`` (Spanish, UTF-8 with BOM, ``;``) and ``cmb_berlin_er.csv``
        (French, cp1252, ``;``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind146(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['po_bialystok_er.xlsx', 'poph_podlasie_er.jsonl', 'gasim_potsdam_er.csv',
     'dpa_es_er.csv', 'cmb_berlin_er.csv']
    >>> subs[2].encoding, subs[2].delimiter, subs[4].encoding
    ('utf-16', '\t', 'cp1252')
    >>> subs[0].frame.columns[:3].tolist()
    ['Case file no.', 'Date of offence', 'Offence (legal qualification)']
    >>> all((s.expected["event_id"].notna()).any() for s in subs)
    True
    """
    return make_examined(BLIND146, truth, seed=seed)
