"""Examiner sample set ``blind185`` (files ``*_ge.*``): the Italy–Slovenia–Croatia end of the route.

Five desks of the north-eastern Adriatic and of two foreign liaison posts in Rome, none
used by an earlier set, each writing the way its office does:

``zpf_trieste_ge.csv``
    Polizia di Stato, Zona Polizia di Frontiera (Trieste): the national landing and
    detection picture kept for the Italian side of the trilateral (IT–SI–HR) joint
    patrols. English headers with Italian legal references (``art. 12 TUI``,
    ``art. 601 c.p.``), a few Italian country names and ``MSNA``; Italian-locale Excel
    CSV: cp1252, ``;``, CRLF, decimal commas in ``Lat``/``Long``, ``dd/mm/yyyy`` dates,
    ``n.d.`` for a count not known. Re-sends a few rows.
``pcc_dolga_vas_ge.csv``
    The quadrilateral law-enforcement cooperation centre Dolga vas (Slovenia, Austria,
    Croatia, Hungary): Croatian detections on the Balkan route, exchanged in English.
    Excel "Unicode text" export: UTF-16 with BOM, tab-delimited; dotted day-first dates
    (``17.05.2023``, ``17.5.2023``, ``17.05.2023.``); demonyms (``Afghan``), ISO alpha-2
    codes, ``Hrvatska``, ``BiH``; routes as ``TR-BG-RS-BA``; GPS in one cell, decimal or
    degrees-minutes-seconds.
``pccsee_secretariat_ge.jsonl``
    The Police Cooperation Convention for Southeast Europe secretariat (Ljubljana): the
    compilation, an English overview of what partners and open sources report elsewhere
    (Greece, Poland, the Channel, Darién, the US–Mexico border). ISO alpha-3 codes mostly,
    partner wording and mojibake pasted from partners' files, ISO dates, months
    (``2023-05``), quarters (``Q2 2023``) and ``17 May 2023``; ``approx. 40``,
    ``1,250``. Re-sends a few items.
``ssi_rome_ge.xlsx``
    Service de sécurité intérieure, Ambassade de France en Italie: French detections
    shared with Italian partners, Italian landings and Dover arrivals relayed to Paris.
    French; real Excel dates, a few typed dates, ``mai 2023``, ``T2 2023`` and bare
    serial numbers; ``1 250``; ``MNA``; ``aucun``; coordinates as numbers or typed with
    a decimal comma.
``consejeria_interior_roma_ge.csv``
    Consejería de Interior, Embajada de España en Italia: Spanish detections relayed to
    Italian partners and Italian trafficking cases of the Nigerian and Romanian networks
    (also active in Spain) relayed to Madrid. Spanish; UTF-8 with BOM, ``,``;
    ``dd/mm/yyyy``, ``mayo de 2023``, ``T2 2023``, a few Excel serials; ``1.250``;
    ``V``/``M`` for men/women, ``MENA``, ``patera``, ``salto de valla``; sea positions
    in nautical degrees and decimal minutes.

The truth expects what a careful analyst reads from each cell: a count written as a
word of not knowing (``n.d.``, ``unknown``, ``NC``, ``s/d``) is kept with no count; a
vague quantity (``several``, ``plusieurs``, ``decenas``) is a bad count; a "not
applicable" age or transport word is ``unknown``; a month or a quarter gives the first
day with its precision; coordinates are the ones written (rounded or in DMS).
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND185", "SOURCES", "make_blind185"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_ZPF = ExaminerSource(
    source="zpf_trieste",
    filename="zpf_trieste_ge.csv",
    ref="ZPF.TS/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Prot. n°",
        "event_date": "Date of event",
        "detection_country": "Country of detection",
        "crime_type": "Offence",
        "exploitation": "Exploitation",
        "n_persons": "N° migrants / victims",
        "n_suspects": "Facilitators (arrested/reported)",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality (prevalent)",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Intended destination",
        "transport_mode": "Means of transport",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Related offences",
    },
    note="N.B. provisional data - Cruscotto statistico giornaliero, not for publication",
    total="TOTALE / TOTAL",
    bad_count=("several", "dozens", "a group"),
    repeats=True,
)
_PCC = ExaminerSource(
    source="pcc_dolga_vas",
    filename="pcc_dolga_vas_ge.csv",
    ref="PCC-DV-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "PCC ref.",
        "event_date": "Date",
        "detection_country": "Country",
        "coordinates": "GPS",
        "crime_type": "Criminal offence",
        "exploitation": "Form of exploitation",
        "n_persons": "Irregular migrants",
        "n_suspects": "Smugglers",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Route",
        "destination_country": "Destination",
        "transport_mode": "Mode",
        "linked_offences": "Other offences",
    },
    note="Data exchanged under the Dolga vas PCC agreement - not for onward transmission",
    total="Total / Skupaj",
    bad_count=("group", "several", "more persons"),
    repeats=False,
)
_SEE = ExaminerSource(
    source="pccsee_secretariat",
    filename="pccsee_secretariat_ge.jsonl",
    ref="PCCSEE-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "item_id",
        "event_date": "date",
        "crime_type": "offence",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "citizenship",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "linked_crimes",
    },
    note="NOTE: compiled from partner and open sources, not verified by the Secretariat",
    total="TOTAL",
    bad_count=("dozens", "hundreds", "several"),
    repeats=True,
)
_SSI = ExaminerSource(
    source="ssi_rome",
    filename="ssi_rome_ge.xlsx",
    ref="SSI-ROM/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "Réf. SSI",
        "event_date": "Date des faits",
        "detection_country": "Pays de constatation",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb migrants / victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "transport_mode": "Vecteur",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Source : remontées des partenaires et DNPAF - chiffres provisoires",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
)
_CIR = ExaminerSource(
    source="consejeria_interior_roma",
    filename="consejeria_interior_roma_ge.csv",
    ref="CIR-{seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha",
        "detection_country": "País detección",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio",
        "coordinates": "Posición",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por la Secretaría de Estado de Seguridad",
    total="TOTAL",
    bad_count=("varios", "decenas", "un grupo"),
    repeats=False,
)

#: The variant's sources, in the order the submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (_ZPF, _PCC, _SEE, _SSI, _CIR)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
# Italian names a Trieste clerk types now and then in the English export.
_ITALIAN = {
    "EGY": "Egitto",
    "CIV": "Costa d'Avorio",
    "SYR": "Siria",
    "CMR": "Camerun",
    "MAR": "Marocco",
    "LBY": "Libia",
    "TUR": "Turchia",
    "DEU": "Germania",
    "FRA": "Francia",
    "ESP": "Spagna",
    "HRV": "Croazia",
    "GRC": "Grecia",
    "HUN": "Ungheria",
    "ITA": "Italia",
    "TUN": "Tunisia",
    "AUT": "Austria",
}
# Names the region's police write in English where the UN names differ.
_OWN_NAMES = {
    "zpf_trieste": {"TUR": "Turkey", "CIV": "Ivory Coast"},
    "pcc_dolga_vas": {"TUR": "Turkey"},
}
# English demonyms written in a "citizenship" column.
_DEMONYM = {
    "AFG": "Afghan",
    "SYR": "Syrian",
    "PAK": "Pakistani",
    "MAR": "Moroccan",
    "TUR": "Turkish",
    "IRQ": "Iraqi",
    "IRN": "Iranian",
    "BGD": "Bangladeshi",
    "TUN": "Tunisian",
    "EGY": "Egyptian",
    "DZA": "Algerian",
}
# Usual short forms of the region's police and of compilers.
_ALIAS_EN = {
    "BIH": "BiH",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "GBR": "UK",
    "USA": "USA",
    "VNM": "Vietnam",
    "MKD": "Macedonia",
    "HRV": "Hrvatska",
}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "zpf_trieste": {
        "smuggling": (
            "Aiding illegal immigration (art. 12 TUI)",
            "Smuggling of migrants",
            "art. 12 D.Lgs. 286/98",
        ),
        "trafficking": (
            "Trafficking in human beings (art. 601 c.p.)",
            "THB",
            "art. 601 c.p.",
        ),
        "both": ("art. 12 TUI + art. 601 c.p.", "Smuggling + THB"),
    },
    "pcc_dolga_vas": {
        "smuggling": (
            "Smuggling of migrants",
            "Illegal entry facilitation (Art. 326 CC)",
            "migrant smuggling",
        ),
        "trafficking": ("Trafficking in human beings (Art. 106 CC)", "THB"),
        "both": ("THB + smuggling of migrants",),
    },
    "pccsee_secretariat": {
        "smuggling": ("migrant smuggling", "SoM", "smuggling of migrants"),
        "trafficking": ("THB", "trafficking in human beings"),
        "both": ("THB/SoM", "trafficking and smuggling"),
    },
    "ssi_rome": {
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "trafic de migrants",
            "filière d'immigration irrégulière",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    "consejeria_interior_roma": {
        "smuggling": (
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración irregular",
            "inmigración ilegal (art. 318 bis CP)",
        ),
        "trafficking": ("trata de seres humanos (art. 177 bis CP)", "TSH", "trata"),
        "both": ("trata + tráfico de migrantes",),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "zpf_trieste": {
        "sexual": ("Sexual exploitation", "prostitution"),
        "forced_labour": ("Labour exploitation (caporalato)", "Labour exploitation"),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other forms",),
    },
    "pcc_dolga_vas": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "pccsee_secretariat": {
        "sexual": ("sexual", "sexual exploitation"),
        "forced_labour": ("labour", "forced labour"),
        "forced_criminality": ("forced criminality", "criminal activities"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "ssi_rome": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "consejeria_interior_roma": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "zpf_trieste": {"male": ("M",), "female": ("F",), "mixed": ("M/F",)},
    "pcc_dolga_vas": {
        "male": ("male", "men"),
        "female": ("female", "women"),
        "mixed": ("mixed",),
    },
    "pccsee_secretariat": {"male": ("M",), "female": ("F",), "mixed": ("mixed", "M/F")},
    "ssi_rome": {"male": ("H", "hommes"), "female": ("F", "femmes"), "mixed": ("mixte",)},
    "consejeria_interior_roma": {
        "male": ("hombres", "V"),
        "female": ("mujeres", "M"),
        "mixed": ("ambos sexos", "mixto"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "zpf_trieste": {
        "adult": ("Adults",),
        "child": ("Minors", "MSNA (unaccompanied minors)"),
        "mixed": ("Adults + minors",),
    },
    "pcc_dolga_vas": {
        "adult": ("adults",),
        "child": ("minors", "UAM"),
        "mixed": ("adults and minors",),
    },
    "pccsee_secretariat": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    "ssi_rome": {
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
    },
    "consejeria_interior_roma": {
        "adult": ("adultos",),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores",),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "zpf_trieste": {
        "sea": ("Sea (landing)", "Boat"),
        "land": ("Land", "Vehicle", "On foot"),
        "air": ("Air", "Flight"),
    },
    "pcc_dolga_vas": {
        "sea": ("boat",),
        "land": ("on foot", "car", "truck", "van"),
        "air": ("plane",),
    },
    "pccsee_secretariat": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
    "ssi_rome": {
        "sea": ("maritime", "small boat", "embarcation"),
        "land": ("routier", "poids lourd", "à pied"),
        "air": ("aérien",),
    },
    "consejeria_interior_roma": {
        "sea": ("patera", "cayuco", "embarcación neumática"),
        "land": ("terrestre", "vehículo", "salto de valla"),
        "air": ("aéreo", "vuelo"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "zpf_trieste": {
        "document_fraud": ("false documents", "forged documents (art. 497-bis c.p.)"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "pcc_dolga_vas": {
        "document_fraud": ("document forgery",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "pccsee_secretariat": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "drug trafficking"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "ssi_rome": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "consejeria_interior_roma": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}
_VOCAB = {
    "crime_type": _CRIME,
    "exploitation": _EXPLOITATION,
    "gender": _GENDER,
    "age_group": _AGE,
    "transport_mode": _MODE,
}
# Words for "not known" (count kept, no value) and "none" (zero), and "not applicable".
_UNKNOWN_COUNT = {
    "zpf_trieste": ("n.d.",),
    "pcc_dolga_vas": ("unknown",),
    "pccsee_secretariat": ("unknown",),
    "ssi_rome": ("NC", "inconnu"),
    "consejeria_interior_roma": ("s/d", "sin determinar"),
}
_ZERO = {
    "zpf_trieste": ("none",),
    "pcc_dolga_vas": ("none", "nil"),
    "pccsee_secretariat": ("none",),
    "ssi_rome": ("aucun",),
    "consejeria_interior_roma": ("ninguno",),
}
_NOT_APPLICABLE = {"pccsee_secretariat": "n/a", "consejeria_interior_roma": "no consta"}
_TRANSIT_SEP = {
    "zpf_trieste": (" - ",),
    "pcc_dolga_vas": ("-", ", "),
    "pccsee_secretariat": (" > ", ">"),
    "ssi_rome": (", ", " / "),
    "consejeria_interior_roma": (" - ", "/"),
}
_OFFENCE_SEP = {
    "zpf_trieste": ", ",
    "pcc_dolga_vas": ", ",
    "pccsee_secretariat": "; ",
    "ssi_rome": " + ",
    "consejeria_interior_roma": ", ",
}
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


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Return the usual word (the first) 65 % of the time, another one otherwise."""
    if len(options) == 1 or rng.random() < 0.65:
        return options[0]
    return choice(rng, options[1:])


def _noise(text: str, rng: _Rng, rate: float, tags: list[str]) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text
    tags.append("case_space")
    kind = int(rng.integers(3))
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _typo(name: str) -> str | None:
    """Swap two letters in the middle of a name of 6+ letters (None if it cannot)."""
    if len(name) < 6:
        return None
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return None
    return name[: i - 1] + b + a + name[i + 1 :]


def _name(iso: str, lang: str, source: str = "") -> str:
    """Return the country's name in ``lang``, as the source spells it."""
    return _OWN_NAMES.get(source, {}).get(iso) or str(COUNTRIES[iso][_LANG_COL[lang]])


#: Country forms each source uses, with weights: column group -> form -> weight.
_COUNTRY_STYLE: dict[str, dict[str, dict[str, float]]] = {
    "zpf_trieste": {
        "people": {"name": 0.74, "italian": 0.1, "upper": 0.08, "typo": 0.05, "iso2": 0.03},
        "place": {"name": 0.8, "italian": 0.1, "iso2": 0.1},
    },
    "pcc_dolga_vas": {
        "people": {"name": 0.5, "demonym": 0.25, "iso2": 0.15, "typo": 0.05, "alias": 0.05},
        "place": {"name": 0.45, "iso2": 0.35, "alias": 0.2},
    },
    "pccsee_secretariat": {
        "people": {"iso3": 0.68, "name": 0.14, "partner": 0.08, "mojibake": 0.07, "iso2": 0.03},
        "place": {"iso3": 0.75, "name": 0.1, "partner": 0.07, "mojibake": 0.05, "alias": 0.03},
    },
    "ssi_rome": {
        "people": {"name": 0.8, "upper": 0.1, "typo": 0.05, "iso3": 0.05},
        "place": {"name": 0.85, "upper": 0.1, "iso2": 0.05},
    },
    "consejeria_interior_roma": {
        "people": {"name": 0.78, "upper": 0.1, "typo": 0.06, "iso3": 0.06},
        "place": {"name": 0.85, "upper": 0.1, "iso2": 0.05},
    },
}


def _pick_form(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(src: ExaminerSource, iso: str, column: str, rng: _Rng) -> tuple[str, str]:
    """Write one ISO alpha-3 code as the source does; return (cell, messiness tag)."""
    group = "people" if column in ("nationality", "origin_country") else "place"
    form = _pick_form(rng, _COUNTRY_STYLE[src.source][group])
    lang = src.language
    name = _name(iso, lang, src.source)
    text: str | None
    if form == "name":
        text = name
    elif form == "upper":
        text = name.upper()
    elif form == "iso2":
        text = iso_codes(iso)[0]
    elif form == "iso3":
        text = iso
    elif form == "italian":
        text = _ITALIAN.get(iso)
    elif form == "demonym":
        text = _DEMONYM.get(iso) if column == "nationality" else None
    elif form == "alias":
        text = _ALIAS_EN.get(iso)
    elif form == "typo":
        text = _typo(name)
    elif form == "partner":  # a partner's own wording, copied as sent
        text = _name(iso, "es") if iso in ("PAN", "USA", "MEX", "COL", "ECU", "HTI") else None
        text = text or _name(iso, "fr")
    else:  # mojibake: a partner's UTF-8 file pasted through a cp1252 tool
        text = mojibake(_name(iso, "es")) or mojibake(_name(iso, "fr")) or mojibake(name)
    if text is None or not fits(text, src) or (text == name and form not in ("name", "upper")):
        return name, ""
    return text, "" if form == "name" else f"country_{form}"


def _transit(src: ExaminerSource, codes: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write an ordered ``A|B`` transit list with the source's separator."""
    parts = codes.split("|")
    sep = choice(rng, _TRANSIT_SEP[src.source])
    tags: list[str] = []
    if src.source == "pcc_dolga_vas" and sep == "-":  # TR-BG-RS-BA
        words = [iso_codes(c)[0] for c in parts]
        tags.append("transit_iso2")
    elif src.source == "pcc_dolga_vas":
        words = [_ALIAS_EN["BIH"] if c == "BIH" else _name(c, "en", src.source) for c in parts]
    elif src.source == "pccsee_secretariat":
        words = parts
        tags.append("transit_iso3")
    else:
        words = []
        for c in parts:
            cell, tag = _country(src, c, "transit_countries", rng)
            words.append(cell)
            if tag:
                tags.append(tag)
    if len(parts) > 1:
        tags.append("transit_list")
    return sep.join(words), tags


def _vocab(src: ExaminerSource, column: str, value: str, rng: _Rng, tags: list[str]) -> str:
    words = _VOCAB[column][src.source][value]
    text = _word(rng, words)
    if text != words[0]:
        tags.append(f"{column}_variant")
    return _noise(text, rng, 0.04, tags)


def _offences(src: ExaminerSource, value: str, rng: _Rng) -> str:
    table = _OFFENCES[src.source]
    return _OFFENCE_SEP[src.source].join(_word(rng, table[v]) for v in value.split("|"))


def _excel_serial(day: pd.Timestamp) -> int:
    return int((day.normalize() - _EXCEL_EPOCH).days)


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the event's date; return (cell, expected date, precision, tag)."""
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    q = ts.quarter
    if src.source == "zpf_trieste":
        return ts.strftime("%d/%m/%Y"), ts, "day", ""
    if src.source == "pcc_dolga_vas":
        if r < 0.7:
            return ts.strftime("%d.%m.%Y"), ts, "day", "date_dotted"
        if r < 0.9:
            return f"{ts.day}.{ts.month}.{ts.year}", ts, "day", "date_dotted_unpadded"
        return ts.strftime("%d.%m.%Y."), ts, "day", "date_trailing_dot"
    if src.source == "pccsee_secretariat":
        if partial_ok and r < 0.1:
            return ts.strftime("%Y-%m"), month_start, "month", "date_month"
        if partial_ok and r < 0.15:
            return f"Q{q} {ts.year}", quarter_start, "quarter", "date_quarter"
        if r < 0.32:
            return f"{ts.day} {_EN_MONTHS[ts.month - 1]} {ts.year}", ts, "day", "date_long"
        return ts.strftime("%Y-%m-%d"), ts, "day", ""
    if src.source == "ssi_rome":
        if partial_ok and r < 0.08:
            month = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
            return month, month_start, "month", "date_month_name"
        if partial_ok and r < 0.13:
            return f"T{q} {ts.year}", quarter_start, "quarter", "date_quarter"
        if r < 0.25:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        if r < 0.3:
            return _excel_serial(ts), ts, "day", "date_serial"
        return ts.to_pydatetime(), ts, "day", ""
    # consejeria_interior_roma
    if partial_ok and r < 0.08:
        month = f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
        return month, month_start, "month", "date_month_name"
    if partial_ok and r < 0.12:
        return f"T{q} {ts.year}", quarter_start, "quarter", "date_quarter"
    if r < 0.17:
        return str(_excel_serial(ts)), ts, "day", "date_serial"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of one digit of the year: 2023 -> 2033
        day = ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)
        if src.source == "ssi_rome":
            return day.to_pydatetime()
        if src.source == "pccsee_secretariat":
            return day.strftime("%Y-%m-%d")
        if src.source == "pcc_dolga_vas":
            return day.strftime("%d.%m.%Y")
        return day.strftime("%d/%m/%Y")
    y, m = ts.year, ts.month
    day_of = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11"))
    d, mm = day_of.split("/")
    if src.source == "pccsee_secretariat":
        return f"{y}-{mm}-{d}"
    if src.source == "pcc_dolga_vas":
        return f"{d}.{mm}.{y}"
    if rng.random() < 0.3:  # a month number above twelve
        return f"{ts.day:02d}/{m + 12:02d}/{y}"
    return f"{d}/{mm}/{y}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last row)."""
    if src.source == "ssi_rome":
        return last.to_pydatetime()
    if src.source == "pccsee_secretariat":
        return last.strftime("%Y-%m-%d")
    if src.source == "pcc_dolga_vas":
        return last.strftime("%d.%m.%Y")
    return last.strftime("%d/%m/%Y")


def _count(
    src: ExaminerSource, n: int, rng: _Rng, *, suspects: bool
) -> tuple[object, int | None, str]:
    """Write a count of persons or suspects; return (cell, expected, tag)."""
    csv = src.format == "csv"
    r = rng.random()
    if r < 0.025:  # the desk did not know the figure: record kept, no count
        word = choice(rng, _UNKNOWN_COUNT[src.source])
        return word, None, "suspects_placeholder" if suspects else "count_placeholder"
    if suspects and n == 0 and r < 0.35:
        return choice(rng, _ZERO[src.source]), 0, "zero_word"
    if not suspects and n >= 1000 and r < 0.6:
        if src.source == "pccsee_secretariat":
            return f"{n // 1000},{n % 1000:03d}", n, "thousands_sep"
        if src.source == "ssi_rome":
            return f"{n // 1000}\u00a0{n % 1000:03d}", n, "thousands_sep"
        if src.source == "consejeria_interior_roma":
            return f"{n // 1000}.{n % 1000:03d}", n, "thousands_sep"
    if not suspects and src.source == "pccsee_secretariat" and n >= 10 and r < 0.08:
        return f"approx. {n}", n, "count_approx"
    return (str(n) if csv else n), n, ""


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (one decimal); return (text, value read back)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}", back


def _nautical(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes, Spanish maritime style; return (text, value read)."""
    hemi = pos if value >= 0 else neg
    hundredths = round(abs(value) * 6000)
    deg, rest = divmod(hundredths, 6000)
    back = (deg + rest / 6000) * (1 if value >= 0 else -1)
    minutes = f"{rest // 100:02d},{rest % 100:02d}"
    return f"{deg:0{width}d}º {minutes}' {hemi}", back


def _coords(
    src: ExaminerSource, lat: float, lon: float, mode: str | None, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Write the place; return (cells, expected lat, expected lon, tag)."""
    if rng.random() < 0.05:
        return {}, None, None, "coords_missing"
    if src.source == "zpf_trieste":
        la, lo = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{la:.4f}".replace(".", ","),
            "lon": f"{lo:.4f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if src.source == "pcc_dolga_vas":
        if rng.random() < 0.25:
            tlat, la = _dms(lat, "N", "S")
            tlon, lo = _dms(lon, "E", "W")
            return {"coordinates": f"{tlat} {tlon}"}, la, lo, "coords_dms"
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, "coords_pair"
    if src.source == "pccsee_secretariat":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo, ""
    if src.source == "ssi_rome":
        la, lo = round(lat, 4), round(lon, 4)
        if rng.random() < 0.15:
            cells = {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}
            return cells, la, lo, "decimal_comma"
        return {"lat": la, "lon": lo}, la, lo, ""
    # consejeria_interior_roma: sea positions as a ship gives them, land ones decimal
    if mode == "sea":
        tlat, la = _nautical(lat, "N", "S", 2)
        tlon, lo = _nautical(lon, "E", "W", 3)
        return {"coordinates": f"{tlat} {tlon}"}, la, lo, "coords_nautical"
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, "coords_pair"


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    cells: dict[str, object] = {}
    tags: list[str] = []

    def tag(name: str) -> None:
        if name:
            tags.append(name)

    cell, day, precision, t = _date(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"], exp["date_precision"] = day, precision
    tag(t)

    for col in ("crime_type", "gender", "age_group", "transport_mode"):
        value = str(ev[col])
        if col in ("age_group", "transport_mode") and src.source in _NOT_APPLICABLE:
            if rng.random() < 0.02:  # "not applicable": nothing to read
                cells[col] = _NOT_APPLICABLE[src.source]
                exp[col] = "unknown"
                tag("na_word")
                continue
        cells[col] = _vocab(src, col, value, rng, tags)
    if src.source == "consejeria_interior_roma" and cells["gender"] in ("V", "M"):
        tag("sex_letter_es")  # V = varón (man), M = mujer (woman)
    if ev.get("exploitation") is not None:
        cells["exploitation"] = _vocab(src, "exploitation", str(ev["exploitation"]), rng, tags)
    elif src.source == "zpf_trieste":
        cells["exploitation"] = "-"  # smuggling only: nothing to write
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tag("blank_gender")

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _count(src, n_persons, rng, suspects=False)
    tag(t)
    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"], t = _count(src, n_suspects, rng, suspects=True)
    if forced_blank == "n_suspects":  # the second report leaves the cell empty
        cells["n_suspects"], exp["n_suspects"], t = None, None, "blank_n_suspects"
    tag(t)

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev.get(col)
        if iso is None:
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tag(f"blank_{col}")
            continue
        cells[col], t = _country(src, str(iso), col, rng)
        tag(t)
    if ev.get("transit_countries") is not None:
        cells["transit_countries"], ts_tags = _transit(src, str(ev["transit_countries"]), rng)
        tags.extend(ts_tags)
    if ev.get("linked_offences") is not None:
        cells["linked_offences"] = _offences(src, str(ev["linked_offences"]), rng)

    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        place, la, lo, t = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            str(ev.get("transport_mode")),
            rng,
        )
        cells.update(place)
        exp["lat"], exp["lon"] = la, lo
        tag(t)
    return cells, exp, tags


#: The variant: who first reports each detection country, who may report it again.
BLIND185: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "zpf_trieste",
        "HRV": "pcc_dolga_vas",
        "FRA": "ssi_rome",
        "ESP": "consejeria_interior_roma",
    },
    compilation="pccsee_secretariat",
    secondary={
        ("cmed", "ITA"): "ssi_rome",
        ("thb_nga_ita", "ITA"): "consejeria_interior_roma",
        ("channel", "GBR"): "ssi_rome",
        ("thb_rou_esp", "ITA"): "consejeria_interior_roma",
        ("wbal", "HRV"): "zpf_trieste",
        ("channel", "FRA"): "pccsee_secretariat",
        ("watl", "ESP"): "pccsee_secretariat",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=185_0185,
    blank_share=0.3,
)


def make_blind185(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind185`` submissions (files ``*_ge.*``).

    Italian events are first reported by the frontier police in Trieste, Croatian ones
    by the Dolga vas police cooperation centre, French ones by the French security
    attaché in Rome, Spanish ones by the Spanish interior counsellor in Rome, and all
    others by the PCC SEE secretariat's compilation; about 4 % are reported a second
    time by another desk (a day apart at most, in its own wording).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``zpf_trieste_ge.csv``, ``pcc_dolga_vas_ge.csv``,
        ``pccsee_secretariat_ge.jsonl``, ``ssi_rome_ge.xlsx`` and
        ``consejeria_interior_roma_ge.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind185(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['zpf_trieste_ge.csv', 'pcc_dolga_vas_ge.csv', 'pccsee_secretariat_ge.jsonl',
     'ssi_rome_ge.xlsx', 'consejeria_interior_roma_ge.csv']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('cp1252', ';'), ('utf-16', '\t')]
    >>> subs[1].frame.columns[:4].tolist()
    ['PCC ref.', 'Date', 'Country', 'GPS']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND185, truth, seed=seed)
