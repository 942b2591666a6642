"""Examiner sample set ``blind145`` (files ``*_eq.*``): Nordic agencies and their desks.

Five sources from the Nordic countries, each writing the way its own tool and staff do:

``kustbevakningen_eq.jsonl``
    Swedish Coast Guard (Kustbevakningen), incident log of its assets deployed to
    Frontex joint operations (Poseidon in Greece, Themis in Italy, Hera in the Canaries).
    English, UTF-8 JSON lines: ISO date-times in UTC, ISO alpha-3 nationalities (``XXX``
    when the nationality is not established, as on travel documents), the host member
    state as ISO alpha-2, the transit route as a JSON array, boat types for the means of
    transport, positions in degrees and decimal minutes.
``krp_ol_paris_eq.csv``
    Finnish National Bureau of Investigation (Keskusrikospoliisi, KRP), police liaison
    officer at the Embassy of Finland in Paris, covering France and the United Kingdom
    for the Channel; the table is shared with the French services, so it is in French.
    cp1252, ``;``, day-first dates (a month or quarter when only that is known),
    nationalities as French adjectives, decimal-comma coordinates, ``aucun`` for no
    suspect, ``NC`` (non communiqué) for a count not given.
``pu_enlace_madrid_eq.csv``
    Norwegian National Police Immigration Service (Politiets utlendingsenhet, PU),
    liaison desk at the Embassy of Norway in Madrid, in Spanish. UTF-8 with BOM (Excel's
    "CSV UTF-8"), ``;``, day-first dates, crime types as Spanish Penal Code articles
    (``318 bis`` smuggling, ``177 bis`` trafficking), sex as ``H``/``M`` (hombre/mujer),
    ``MENA`` for unaccompanied minors, positions in degrees, minutes and seconds with
    ``O`` (oeste) for west, and some country names garbled by a past encoding slip
    (``AfganistÃ¡n``).
``nrc_panama_eq.csv``
    Norwegian Refugee Council (Consejo Noruego para Refugiados), Panama office,
    protection monitoring at the migrant reception stations of Darién: a KoBoToolbox
    export in Spanish. UTF-8, ``,``, ISO dates, question labels as headers, ``NS/NR``
    (no sabe / no responde) for unanswered questions, ``NNA`` for children, GPS points
    as ``lat lon altitude accuracy``, the ``_submission_time`` meta column; a few
    submissions were synced twice (exact repeats).
``migrationsverket_omvarld_eq.xlsx``
    Swedish Migration Agency (Migrationsverket), horizon-scanning (omvärldsbevakning)
    compilation of route incidents from open sources, in English: every event no other
    source reports, and some that others do. Real Excel dates, with text dates, a few
    Excel serial numbers and month or quarter periods for figures published by period;
    English names, ISO codes and common aliases; a few positions with latitude and
    longitude swapped; rows pasted twice (exact repeats).

The truth expects what a careful analyst reads in each cell: a code or an adjective is
the country it names, a boat type is the sea, ``NS/NR`` or ``n/k`` is an unknown count
(kept, with no count), ``several`` is an unreadable one (quarantined), a month or a
quarter starts on its first day.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND145", "SOURCES", "make_blind145"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_Out = tuple[dict[str, object], dict[str, object], list[str]]

_MONTHS = {
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

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
KUST = ExaminerSource(
    source="kustbevakningen",
    filename="kustbevakningen_eq.jsonl",
    ref="SE-KBV/FX/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "detected_utc",
        "asset": "asset",
        "crime_type": "case_type",
        "exploitation": "thb_purpose",
        "n_persons": "persons_intercepted",
        "n_suspects": "facilitators_apprehended",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality_claimed",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "host_member_state",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_transport",
        "coordinates": "position",
        "linked_offences": "other_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("several", "multiple"),
    repeats=False,
)
KRP = ExaminerSource(
    source="krp_ol_paris",
    filename="krp_ol_paris_eq.csv",
    ref="FI-OL-PAR/{year}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. OL",
        "event_date": "Date des faits",
        "service": "Service saisi",
        "crime_type": "Qualification",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb de personnes (victimes/migrants)",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires, non consolidés (OL Paris)",
    total="TOTAL",
    bad_count=("plusieurs", "plusieurs dizaines"),
    repeats=False,
)
PU = ExaminerSource(
    source="pu_enlace_madrid",
    filename="pu_enlace_madrid_eq.csv",
    ref="NO-PU/MAD/{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Ref.",
        "event_date": "Fecha del hecho",
        "unit": "Unidad actuante",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=False,
)
NRC = ExaminerSource(
    source="nrc_panama",
    filename="nrc_panama_eq.csv",
    ref="PA-DAR-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código de caso",
        "event_date": "Fecha de llegada a la ERM",
        "detection_country": "País",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino final",
        "n_persons": "¿Cuántas personas componen el grupo?",
        "gender": "Composición del grupo por sexo",
        "age_group": "Composición del grupo por edad",
        "transport_mode": "Medio de transporte",
        "crime_type": "Tipo de situación identificada",
        "exploitation": "Tipo de explotación",
        "n_suspects": "¿Cuántos guías o coyotes acompañaban al grupo?",
        "linked_offences": "Otros delitos observados",
        "coordinates": "Ubicación (GPS)",
        "submission_time": "_submission_time",
    },
    note=None,
    total="Total",
    bad_count=("varias familias", "grupo grande"),
    repeats=True,
)
OMV = ExaminerSource(
    source="migrationsverket_omvarld",
    filename="migrationsverket_omvarld_eq.xlsx",
    ref="OMV-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Entry",
        "event_date": "Date",
        "crime_type": "Incident type",
        "exploitation": "Exploitation",
        "n_persons": "Persons",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit",
        "transport_mode": "Mode",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Related offences",
        "reported_by": "Source (open)",
    },
    note="Compiled from open sources; figures not verified.",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=True,
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (KUST, KRP, PU, NRC, OMV)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# canonical word -> the source's words (first = the usual one)
_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    "kustbevakningen": {
        "smuggling": ("Migrant smuggling", "Facilitation of illegal immigration", "FII"),
        "trafficking": ("THB", "Trafficking in human beings"),
        "both": ("FII + THB", "Migrant smuggling; THB"),
    },
    "krp_ol_paris": {
        "smuggling": (
            "aide à l'entrée irrégulière",
            "filière d'immigration irrégulière",
            "trafic de migrants",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH et aide à l'entrée irrégulière", "traite + trafic de migrants"),
    },
    "pu_enlace_madrid": {
        "smuggling": (
            "Art. 318 bis CP",
            "favorecimiento de la inmigración ilegal",
            "tráfico ilícito de migrantes",
        ),
        "trafficking": ("Art. 177 bis CP", "trata de seres humanos", "TSH"),
        "both": ("Arts. 177 bis y 318 bis CP", "trata y tráfico de migrantes"),
    },
    "nrc_panama": {
        "smuggling": ("Tráfico ilícito de migrantes",),
        "trafficking": ("Indicios de trata de personas",),
        "both": ("Tráfico y trata de personas",),
    },
    "migrationsverket_omvarld": {
        "smuggling": ("Smuggling", "Migrant smuggling"),
        "trafficking": ("THB", "Human trafficking"),
        "both": ("THB/Smuggling",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "kustbevakningen": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation",),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
        "unknown": ("not established",),
    },
    "krp_ol_paris": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
        "unknown": ("non déterminée",),
    },
    "pu_enlace_madrid": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras",),
        "unknown": ("sin determinar",),
    },
    "nrc_panama": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso",),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otro",),
        "unknown": ("NS/NR",),
    },
    "migrationsverket_omvarld": {
        "sexual": ("Sexual",),
        "forced_labour": ("Labour",),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
}
_GENDER: dict[str, _Words] = {
    "kustbevakningen": {"male": ("M",), "female": ("F",), "mixed": ("Mixed", "M/F")},
    "krp_ol_paris": {
        "male": ("H", "hommes"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F"),
    },
    "pu_enlace_madrid": {
        "male": ("H", "hombres"),
        "female": ("M", "mujeres"),
        "mixed": ("mixto", "H y M"),
    },
    "nrc_panama": {
        "male": ("Solo hombres",),
        "female": ("Solo mujeres",),
        "mixed": ("Mixto",),
    },
    "migrationsverket_omvarld": {
        "male": ("Male",),
        "female": ("Female",),
        "mixed": ("Mixed",),
    },
}
_AGE: dict[str, _Words] = {
    "kustbevakningen": {
        "adult": ("Adults",),
        "child": ("Minors", "UAM"),
        "mixed": ("Mixed (incl. minors)",),
        "unknown": ("n/a",),
    },
    "krp_ol_paris": {
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs",),
        "unknown": ("non renseigné",),
    },
    "pu_enlace_madrid": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores",),
        "unknown": ("no consta",),
    },
    "nrc_panama": {
        "adult": ("Solo adultos",),
        "child": ("Solo NNA",),
        "mixed": ("Adultos y NNA",),
        "unknown": ("NS/NR",),
    },
    "migrationsverket_omvarld": {
        "adult": ("Adult",),
        "child": ("Child",),
        "mixed": ("Mixed",),
        "unknown": ("n/a",),
    },
}
_MODE: dict[str, _Words] = {
    "kustbevakningen": {
        "sea": ("Rubber boat", "Wooden boat", "Sailing boat", "Speedboat", "Fishing vessel"),
        "land": ("Land (on foot)", "Vehicle"),
        "air": ("Air",),
        "unknown": ("n/a",),
    },
    "krp_ol_paris": {
        "sea": ("small boat", "embarcation", "traversée maritime"),
        "land": ("poids lourd", "camion", "véhicule léger"),
        "air": ("voie aérienne", "avion"),
        "unknown": ("non renseigné",),
    },
    "pu_enlace_madrid": {
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("terrestre", "vehículo", "a pie"),
        "air": ("aéreo", "vuelo comercial"),
        "unknown": ("no consta",),
    },
    "nrc_panama": {
        "land": ("A pie",),
        "sea": ("Lancha",),
        "air": ("Avión",),
        "unknown": ("NS/NR",),
    },
    "migrationsverket_omvarld": {
        "sea": ("Sea",),
        "land": ("Land",),
        "air": ("Air",),
        "unknown": ("n/a",),
    },
}
_OFFENCES: dict[str, _Words] = {
    "kustbevakningen": {
        "document_fraud": ("Document fraud",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "krp_ol_paris": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "pu_enlace_madrid": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "nrc_panama": {
        "document_fraud": ("Documentos falsos",),
        "corruption": ("Corrupción",),
        "money_laundering": ("Lavado de dinero",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Delitos cibernéticos",),
        "terrorism": ("Terrorismo",),
    },
    "migrationsverket_omvarld": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {
    "kustbevakningen": "",  # a JSON array
    "krp_ol_paris": ", ",
    "pu_enlace_madrid": " y ",
    "nrc_panama": " ",  # KoBo select_multiple: labels joined by a space
    "migrationsverket_omvarld": "; ",
}

#: French nationality adjectives (feminine, after "de nationalité") of the Channel desk.
_FR_ADJECTIVES = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: English aliases a compiler copies from press releases.
_EN_ALIASES = {
    "CIV": "Ivory Coast",
    "GBR": "UK",
    "RUS": "Russian Federation",
    "SYR": "Syrian Arab Republic",
    "TUR": "Turkey",
    "USA": "US",
    "VNM": "Vietnam",
    "BIH": "Bosnia",
    "MKD": "Macedonia",
    "COD": "DR Congo",
}
_ES_ALIASES = {"USA": "EE.UU.", "GBR": "Gran Bretaña", "VNM": "Viet Nam"}
_FR_ALIASES = {"GBR": "Grande-Bretagne", "CIV": "Côte d'Ivoire", "VNM": "Vietnam"}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Place the desk or compiler names as the unit in charge or the open source quoted.
#: Hotspot of the event -> the unit in charge (or the asset that saw it), as written.
_KRP_SERVICE = {
    "Calais": ("DZPAF Pas-de-Calais", "BMR Calais", "OCRIEST"),
    "Dunkirk/Gravelines": ("GGD 59 (gendarmerie)", "DZPAF Nord", "OCRIEST"),
    "Dover": ("Border Force", "Kent Police"),
    "London": ("Metropolitan Police", "NCA"),
    "Birmingham": ("West Midlands Police", "NCA"),
    "Glasgow": ("Police Scotland",),
}
_PU_UNIT = {
    "Ceuta": ("Guardia Civil Ceuta", "Jefatura Superior de Ceuta"),
    "Melilla": ("Guardia Civil Melilla", "UCRIF Melilla"),
    "Almería": ("UCRIF Almería", "Guardia Civil Almería"),
    "Almería (El Ejido)": ("Guardia Civil El Ejido", "UCRIF Almería"),
    "Huelva": ("Guardia Civil Huelva", "UCRIF Huelva"),
    "Gran Canaria": ("UCRIF Canarias", "Guardia Civil Las Palmas"),
    "Lanzarote": ("UCRIF Canarias", "Guardia Civil Lanzarote"),
    "Tenerife": ("UCRIF Canarias", "Guardia Civil Tenerife"),
    "El Hierro": ("Guardia Civil El Hierro", "UCRIF Canarias"),
}
_OMV_SOURCE = {
    "ITA": ("ANSA", "Italian MoI dashboard", "Guardia Costiera"),
    "HRV": ("MUP Croatia", "Jutarnji list"),
    "POL": ("Straż Graniczna", "Polish Border Guard (X)"),
    "USA": ("CBP press release", "US DOJ", "Border Report"),
    "GRC": ("Hellenic Coast Guard", "Kathimerini"),
    "FRA": ("Préfecture maritime Manche", "La Voix du Nord"),
    "GBR": ("Home Office", "BBC"),
    "ESP": ("Salvamento Marítimo", "Ministerio del Interior"),
    "PAN": ("SNM Panamá", "La Prensa (PA)"),
}
_KUST_ASSET = {
    "Lesbos": ("KBV 001 Poseidon", "KBV 503 (FWA)"),
    "Samos": ("KBV 314", "KBV 503 (FWA)"),
    "Evros": ("JORA land sector",),
    "Lampedusa": ("KBV 001 Poseidon", "KBV 502 (FWA)"),
    "Pozzallo": ("KBV 001 Poseidon",),
    "Crotone": ("KBV 502 (FWA)",),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _str(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float:
    return float(ev[key])  # type: ignore[arg-type]


def _plain(text: str) -> str:
    """Drop the accents (``Érythrée`` -> ``Erythree``)."""
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of 7+ letters (a small typo)."""
    i = len(text) // 2
    if len(text) < 7 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(
    iso: str, lang: str, rng: _Rng, styles: dict[str, float], col: str, tags: list[str]
) -> str:
    """Write one country the way a source does; tag what a reader must see through.

    ``styles`` maps a style (``name``, ``upper``, ``lower``, ``iso3``, ``iso2``, ``num``,
    ``alias``, ``plain``, ``typo``, ``mojibake``, ``spaced``, ``adjective``) to its share.
    """
    keys = list(styles)
    w = np.array([styles[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    name = _name(iso, lang)
    alpha2, numeric = iso_codes(iso)
    aliases = {"en": _EN_ALIASES, "fr": _FR_ALIASES, "es": _ES_ALIASES}[lang]
    out = name
    if style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "iso3":
        out = iso
    elif style == "iso2":
        out = alpha2
    elif style == "num":
        out = numeric
    elif style == "alias" and iso in aliases:
        out = aliases[iso]
    elif style == "plain":
        out = _plain(name)
    elif style == "typo":
        out = _swap(name)
    elif style == "mojibake":
        out = mojibake(name) or name
    elif style == "spaced":
        out = f"{name}  " if len(name) % 2 else f" {name}"
    elif style == "adjective" and iso in _FR_ADJECTIVES:
        out = _FR_ADJECTIVES[iso]
    if out != name:
        kind = "case" if style in ("upper", "lower", "spaced") else style
        tags.append(f"{kind}:{col}")
    return out


def _pick(rng: _Rng, words: _Words, key: str) -> str:
    """Return the usual word 70 % of the time, another variant otherwise."""
    forms = words[key]
    if len(forms) == 1 or rng.random() < 0.7:
        return forms[0]
    return choice(rng, forms[1:])


def _offences(src: ExaminerSource, value: str | None, rng: _Rng) -> object:
    if value is None:
        return None
    words = [_pick(rng, _OFFENCES[src.source], o) for o in value.split("|")]
    if src.format == "jsonl":
        return words
    return _OFFENCE_SEP[src.source].join(words)


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes, as a ship's log writes a position."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return f"{deg:0{width}d}°{minutes:05.2f}'{hemi}"


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and whole seconds (``2°27'36"O``)."""
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{hemi}"


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _base(ev: dict[str, object]) -> dict[str, object]:
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    exp["event_date"] = ev["event_date"]
    exp["date_precision"] = "day"
    return exp


def _blank(exp: dict[str, object], cells: _Cells, tags: list[str], field: str | None) -> None:
    """Leave blank the field a second report does not give (see :func:`make_examined`)."""
    if field is None:
        return
    tags.append(f"blank_{field}")
    if field == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            cells[key] = None
        exp["lat"] = exp["lon"] = None
    elif field == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells[field] = None
        exp[field] = None


def _vocab(
    src: ExaminerSource,
    ev: dict[str, object],
    exp: dict[str, object],
    cells: _Cells,
    tags: list[str],
    rng: _Rng,
    rates: dict[str, float],
) -> None:
    """Crime type, exploitation, sex, age and mode in the source's words.

    ``rates`` gives the share of an unknown word for ``exploitation``, ``age_group`` and
    ``transport_mode`` (the expected value is then ``unknown``).
    """
    s = src.source
    crime = str(ev["crime_type"])
    cells["crime_type"] = _pick(rng, _CRIME[s], crime)
    expl = _str(ev, "exploitation")
    if expl is None:
        cells["exploitation"] = None
    elif rng.random() < rates.get("exploitation", 0.0):
        words = _EXPLOITATION[s]
        cells["exploitation"] = words["unknown"][0] if "unknown" in words else None
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _pick(rng, _EXPLOITATION[s], expl)
    cells["gender"] = _pick(rng, _GENDER[s], str(ev["gender"]))
    for col, table in (("age_group", _AGE), ("transport_mode", _MODE)):
        value = str(ev[col])
        if rng.random() < rates.get(col, 0.0):
            cells[col] = table[s]["unknown"][0]
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _pick(rng, table[s], value)


# --------------------------------------------------------------------------------------
# Each source's way of writing an event
# --------------------------------------------------------------------------------------
_Writer = Callable[
    [ExaminerSource, dict[str, object], dict[str, object], _Cells, list[str], _Rng, bool],
    None,
]


def _kust(
    src: ExaminerSource,
    ev: dict[str, object],
    exp: dict[str, object],
    cells: _Cells,
    tags: list[str],
    rng: _Rng,
    partial_ok: bool,
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    det = str(ev["detection_country"])
    if rng.random() < 0.9:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        cells["event_date"] = f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00Z"
    else:
        cells["event_date"] = f"{ts:%Y-%m-%d}"
    cells["asset"] = choice(rng, _KUST_ASSET.get(str(ev["hotspot"]), ("KBV 501 (FWA)",)))
    _vocab(src, ev, exp, cells, tags, rng, {"exploitation": 0.15, "age_group": 0.03})
    n = _int(ev, "n_persons")
    if rng.random() < 0.015:
        cells["n_persons"] = "n/k"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = n
    sus = _int(ev, "n_suspects")
    if rng.random() < 0.04:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"] = sus
    nat = str(ev["nationality"])
    if rng.random() < 0.03:
        cells["nationality"] = "XXX"  # nationality not established (ICAO 9303 code)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(
            nat, "en", rng, {"iso3": 0.88, "name": 0.08, "iso2": 0.04}, "nationality", tags
        )
    cells["origin_country"] = _country(
        str(ev["origin_country"]), "en", rng, {"iso3": 0.9, "name": 0.1}, "origin_country", tags
    )
    cells["destination_country"] = _country(
        str(ev["destination_country"]),
        "en",
        rng,
        {"name": 0.6, "iso3": 0.35, "alias": 0.05},
        "destination_country",
        tags,
    )
    cells["detection_country"] = _country(
        det, "en", rng, {"iso2": 0.85, "name": 0.15}, "detection_country", tags
    )
    transit = _str(ev, "transit_countries")
    cells["transit_countries"] = transit.split("|") if transit else None
    r = rng.random()
    if r < 0.03:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.06:
        cells["coordinates"] = "not recorded"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        lat, lon = _float(ev, "lat"), _float(ev, "lon")
        cells["coordinates"] = f"{_ddm(lat, 'N', 'S', 2)} {_ddm(lon, 'E', 'W', 3)}"
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"), rng)


def _krp_date(ts: pd.Timestamp, rng: _Rng, partial_ok: bool, exp: dict[str, object]) -> str:
    r = rng.random()
    if partial_ok and r < 0.05:
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}"
    if partial_ok and r < 0.075:
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        return f"T{ts.quarter} {ts.year}"
    return f"{ts:%d/%m/%y}" if r > 0.88 else f"{ts:%d/%m/%Y}"


def _krp(
    src: ExaminerSource,
    ev: dict[str, object],
    exp: dict[str, object],
    cells: _Cells,
    tags: list[str],
    rng: _Rng,
    partial_ok: bool,
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    det = str(ev["detection_country"])
    cells["event_date"] = _krp_date(ts, rng, partial_ok, exp)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    cells["service"] = choice(rng, _KRP_SERVICE.get(str(ev["hotspot"]), ("OCRIEST",)))
    _vocab(
        src,
        ev,
        exp,
        cells,
        tags,
        rng,
        {"exploitation": 0.08, "age_group": 0.02, "transport_mode": 0.02},
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, ("NC", "non communiqué"))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, "\u00a0")
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = str(n)
    sus = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = "inconnu"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif sus == 0 and r < 0.4:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(sus)
    nat = str(ev["nationality"])
    cells["nationality"] = _country(
        nat,
        "fr",
        rng,
        {"adjective": 0.6, "name": 0.25, "upper": 0.1, "plain": 0.05},
        "nationality",
        tags,
    )
    styles = {"name": 0.78, "upper": 0.1, "plain": 0.06, "typo": 0.04, "spaced": 0.02}
    for col in ("origin_country", "destination_country"):
        cells[col] = _country(str(ev[col]), "fr", rng, styles, col, tags)
    cells["detection_country"] = _country(
        det, "fr", rng, {"name": 0.85, "upper": 0.1, "alias": 0.05}, "detection_country", tags
    )
    transit = _str(ev, "transit_countries")
    cells["transit_countries"] = (
        " > ".join(_name(c, "fr") for c in transit.split("|")) if transit else None
    )
    if rng.random() < 0.06:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"] = f"{_float(ev, 'lat'):.5f}".replace(".", ",")
        cells["lon"] = f"{_float(ev, 'lon'):.5f}".replace(".", ",")
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"), rng)


def _pu(
    src: ExaminerSource,
    ev: dict[str, object],
    exp: dict[str, object],
    cells: _Cells,
    tags: list[str],
    rng: _Rng,
    partial_ok: bool,
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    det = str(ev["detection_country"])
    r = rng.random()
    if partial_ok and r < 0.03:
        cells["event_date"] = f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("partial_date")
    elif r > 0.85:
        cells["event_date"] = f"{ts.day}/{ts.month}/{ts.year}"
    else:
        cells["event_date"] = f"{ts:%d/%m/%Y}"
    unit = ("Carabinieri (vía enlace)", "Squadra Mobile (vía SCO)")  # the Italian branch
    cells["unit"] = choice(rng, _PU_UNIT.get(str(ev["hotspot"]), unit))
    _vocab(
        src,
        ev,
        exp,
        cells,
        tags,
        rng,
        {"exploitation": 0.08, "age_group": 0.02, "transport_mode": 0.015},
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = "s/d"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, ".")
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = str(n)
    sus = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = "s/d"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif sus == 0 and r < 0.35:
        cells["n_suspects"] = "ninguno"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(sus)
    styles = {"name": 0.75, "upper": 0.08, "mojibake": 0.1, "typo": 0.04, "spaced": 0.03}
    for col in ("nationality", "origin_country", "destination_country"):
        cells[col] = _country(str(ev[col]), "es", rng, styles, col, tags)
    cells["detection_country"] = _country(
        det, "es", rng, {"name": 0.8, "upper": 0.1, "mojibake": 0.1}, "detection_country", tags
    )
    transit = _str(ev, "transit_countries")
    if transit:
        names = [
            _country(c, "es", rng, {"name": 0.9, "mojibake": 0.1}, "transit", tags)
            for c in transit.split("|")
        ]
        cells["transit_countries"] = " - ".join(names)
    else:
        cells["transit_countries"] = None
    if rng.random() < 0.05:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = _float(ev, "lat"), _float(ev, "lon")
        cells["coordinates"] = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"), rng)


def _nrc(
    src: ExaminerSource,
    ev: dict[str, object],
    exp: dict[str, object],
    cells: _Cells,
    tags: list[str],
    rng: _Rng,
    partial_ok: bool,
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"] = f"{ts:%Y-%m-%d}"
    sub = ts + pd.Timedelta(days=int(rng.integers(0, 3)), seconds=int(rng.integers(0, 86400)))
    cells["submission_time"] = f"{sub:%Y-%m-%dT%H:%M:%S}"
    _vocab(src, ev, exp, cells, tags, rng, {"exploitation": 0.08, "age_group": 0.02})
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = "NS/NR"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = str(n)
    sus = _int(ev, "n_suspects")
    if rng.random() < 0.04:
        cells["n_suspects"] = "NS/NR"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif sus == 0:
        cells["n_suspects"] = "Ninguno"  # a select_one question: Ninguno, 1, 2, ...
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(sus)
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        cells[col] = _name(str(ev[col]), "es")
    transit = _str(ev, "transit_countries")
    cells["transit_countries"] = (
        ", ".join(_name(c, "es") for c in transit.split("|")) if transit else None
    )
    if rng.random() < 0.05:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        alt = round(float(rng.uniform(5, 250)), 1)
        acc = round(float(rng.uniform(3, 30)), 1)
        cells["coordinates"] = f"{_float(ev, 'lat')} {_float(ev, 'lon')} {alt} {acc}"
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"), rng)


def _omv(
    src: ExaminerSource,
    ev: dict[str, object],
    exp: dict[str, object],
    cells: _Cells,
    tags: list[str],
    rng: _Rng,
    partial_ok: bool,
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    det = str(ev["detection_country"])
    r = rng.random()
    if partial_ok and r < 0.05:
        cells["event_date"] = f"{ts:%Y-%m}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("partial_date")
    elif partial_ok and r < 0.08:
        cells["event_date"] = f"Q{ts.quarter} {ts.year}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("partial_date")
    elif r > 0.9:
        cells["event_date"] = f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
    elif r > 0.87:  # a date pasted into a cell formatted as a number: the Excel serial
        cells["event_date"] = int((ts.normalize() - pd.Timestamp("1899-12-30")).days)
        tags.append("excel_serial")
    else:
        cells["event_date"] = ts.to_pydatetime()
    cells["reported_by"] = choice(rng, _OMV_SOURCE.get(det, ("Frontex",)))
    _vocab(
        src,
        ev,
        exp,
        cells,
        tags,
        rng,
        {"exploitation": 0.1, "age_group": 0.03, "transport_mode": 0.02},
    )
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = "n/k"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and rng.random() < 0.5:
        cells["n_persons"] = _thousands(n, ",")
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = n
    sus = _int(ev, "n_suspects")
    r = rng.random()
    if r < 0.1:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif sus == 0 and r < 0.4:
        cells["n_suspects"] = "none"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = sus
    styles = {"name": 0.7, "iso3": 0.14, "alias": 0.06, "typo": 0.05, "lower": 0.05}
    for col in ("nationality", "origin_country", "destination_country"):
        cells[col] = _country(str(ev[col]), "en", rng, styles, col, tags)
    cells["detection_country"] = _country(
        det, "en", rng, {"name": 0.85, "iso2": 0.1, "alias": 0.05}, "detection_country", tags
    )
    transit = _str(ev, "transit_countries")
    cells["transit_countries"] = (
        ", ".join(_name(c, "en") for c in transit.split("|")) if transit else None
    )
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    r = rng.random()
    if r < 0.05:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.08 and abs(lon) > 90:  # pasted the wrong way round: a latitude beyond 90
        cells["lat"], cells["lon"] = round(lon, 4), round(lat, 4)
        tags.append("coords_swapped")
    else:
        cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
    cells["linked_offences"] = _offences(src, _str(ev, "linked_offences"), rng)


_WRITERS: dict[str, _Writer] = {
    KUST.source: _kust,
    KRP.source: _krp,
    PU.source: _pu,
    NRC.source: _nrc,
    OMV.source: _omv,
}


def _fit(src: ExaminerSource, value: object) -> object:
    """Keep a text cell writable in a CSV file's encoding (drop what cp1252 lacks)."""
    if not isinstance(value, str) or src.format != "csv":
        return value
    try:
        value.encode(src.encoding)
    except UnicodeEncodeError:
        return _plain(value).encode(src.encoding, "replace").decode(src.encoding)
    return value


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    exp = _base(ev)
    cells: _Cells = {}
    tags: list[str] = []
    _WRITERS[src.source](src, ev, exp, cells, tags, rng, partial_ok)
    _blank(exp, cells, tags, forced_blank)
    if exp["crime_type"] in ("trafficking", "both") and exp["exploitation"] is None:
        exp["exploitation"] = "unknown"
    return {k: _fit(src, v) for k, v in cells.items()}, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with two digits of its year swapped (2023 -> 2203): a future date."""
    text = str(ts.year)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return ts.replace(year=int(text[:1] + text[2] + text[1] + text[3]), day=day)


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "future_date":
        fut = _future(ts)
        if src is KUST:
            return f"{fut:%Y-%m-%d}T{int(rng.integers(0, 24)):02d}:00:00Z"
        if src is NRC:
            return f"{fut:%Y-%m-%d}"
        if src is OMV:
            return fut.to_pydatetime()
        return f"{fut:%d/%m/%Y}"
    # an impossible day
    if src is KUST:
        return f"{ts.year}-02-30T{int(rng.integers(0, 24)):02d}:00:00Z"
    if src is NRC:
        return f"{ts.year}-02-30"
    if src is OMV:
        return f"31 April {ts.year}"
    if src is PU:
        return f"31/06/{ts.year}"
    return f"30/02/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    if src is OMV:
        return last.to_pydatetime()
    if src in (KUST, NRC):
        return f"{last:%Y-%m-%d}"
    return f"{last:%d/%m/%Y}"


#: The variant: which source first reports an event, which may report it again.
BLIND145: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GRC": KUST.source,
        "FRA": KRP.source,
        "GBR": KRP.source,
        "ESP": PU.source,
        "PAN": NRC.source,
    },
    compilation=OMV.source,
    secondary={
        ("cmed", "ITA"): KUST.source,  # Frontex JO Themis
        ("watl", "ESP"): KUST.source,  # Frontex JO Hera
        ("emed", "GRC"): OMV.source,
        ("channel", "FRA"): OMV.source,
        ("channel", "GBR"): OMV.source,
        ("thb_vnm_gbr", "GBR"): OMV.source,
        ("wmed", "ESP"): OMV.source,
        ("thb_rou_esp", "ESP"): OMV.source,
        ("thb_rou_esp", "ITA"): PU.source,  # a Spanish case with an Italian branch
        ("thb_nga_ita", "ITA"): PU.source,
        ("darien", "PAN"): OMV.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=145,
    blank_share=0.25,
)


def make_blind145(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five Nordic sources of ``blind145`` write them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``kustbevakningen_eq.jsonl`` (Swedish Coast Guard, English, UTF-8),
        ``krp_ol_paris_eq.csv`` (Finnish police liaison in Paris, French, cp1252, ``;``),
        ``pu_enlace_madrid_eq.csv`` (Norwegian police immigration liaison in Madrid,
        Spanish, UTF-8 with BOM, ``;``), ``nrc_panama_eq.csv`` (Norwegian Refugee
        Council, KoBo export, Spanish, UTF-8, ``,``) and
        ``migrationsverket_omvarld_eq.xlsx`` (Swedish Migration Agency compilation,
        English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind145(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['kustbevakningen_eq.jsonl', 'krp_ol_paris_eq.csv', 'pu_enlace_madrid_eq.csv',
     'nrc_panama_eq.csv', 'migrationsverket_omvarld_eq.xlsx']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-8-sig', ';'), ('utf-8', ',')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº Ref.', 'Fecha del hecho', 'Unidad actuante']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND145, truth, seed=seed)
