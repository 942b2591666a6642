"""Examiner set ``blind347`` (files ``*_mk.*``): online-harm and cyber reporting desks.

Five desks that meet trafficking and smuggling through the internet (smuggling offered on
social media, online recruitment of victims, scam-compound forced criminality, money-mule
accounts opened in victims' names) and log the interception or detection each report was
tied to. Each writes its own export, in its own words:

``acyma_17cyber_mk.csv``
    France's 17Cyber platform (GIP ACYMA / Cybermalveillance.gouv.fr, with police and
    gendarmerie operators): French, cp1252, ``;``, CRLF. Day-first dates, some with the
    ticket's time, a few as ``mai 2023`` or ``T2 2023``; nationality as the French
    adjective (``AFGHANE``); ``Angleterre`` for the United Kingdom; decimal commas;
    ``néant`` suspects, ``NC`` counts; some tickets keyed in the UTF-8 web form come out
    garbled in the cp1252 export (``Ã‰rythrÃ©e``, ``Aide Ã  l'entrÃ©e``). Reports the
    events detected in France.
``incibe_017_mk.xlsx``
    Spain's INCIBE ``017`` helpline (*Tu Ayuda en Ciberseguridad*): Spanish XLSX. Real
    Excel dates, some typed as text ``17/05/2023``, some left as serial numbers, a few as
    ``mayo de 2023`` or the INE quarter ``2023T2``; Spanish names, some without accents
    or with a slip; ``MENA`` for minors; counts ``1.234``. Reports Spain's events.
``cifas_intel_mk.csv``
    Cifas (the UK fraud-prevention service) intelligence referrals: English, an Excel
    "Unicode text" export (UTF-16 with BOM, tab-delimited). UK terms (*Modern Slavery*,
    *Organised Immigration Crime*, *Criminal Exploitation*, *Money mule activity*,
    ``Age disputed``, ``Nil``, ``TBC``); nationality as the English adjective; routes
    joined by ``>``. Reports the United Kingdom's events.
``teprotejo_co_mk.csv``
    Te Protejo (Colombia's online reporting line, Red PaPaz): Spanish, UTF-8 with BOM,
    ``,``. Year-first dates, or timestamps at UTC-5; ``NNA`` for minors; *lavado de
    activos*; one ``Coordenadas`` cell (``0, 0`` when the geocoder failed). Reports the
    Darién crossings detected in Panama.
``atii_osint_mk.jsonl``
    The Anti-Human Trafficking Intelligence Initiative's OSINT feed: English JSON lines,
    ISO alpha-2 codes (a few alpha-3 or ISO numeric), ISO dates, ``2023-05`` and
    ``2023-Q2``. The compilation: every event no desk above reports (Italy, Greece,
    Croatia, Poland, the United States).

The truth expects what a careful analyst reads from each cell: a placeholder count
(``NC``, ``s/d``, ``TBC``) keeps the record with no count, a vague one (``plusieurs``,
``10+``) is a bad count; an "unknown" word gives ``unknown`` (age group, transport mode,
gender, exploitation) or nothing (nationality); ``0, 0`` coordinates give none.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

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

__all__ = ["BLIND347", "SOURCES", "make_blind347"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

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
_MONTHS_EN = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# Nationality adjectives as each desk writes them (French: feminine, agreeing with
# "nationalité"; Spanish: feminine, agreeing with "nacionalidad").
_DEMONYM_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
_DEMONYM_EN = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
_DEMONYM_ES = {
    "CHN": "china",
    "COL": "colombiana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "VEN": "venezolana",
}


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the set: the shared source fields plus its own wording.

    Attributes
    ----------
    words : mapping
        Column -> canonical word (or ``"unknown"``) -> the desk's words, usual one first.
    zero : tuple of str
        Words the desk writes for "no suspect".
    no_count : tuple of str
        Placeholders for a count of persons not known.
    no_suspects : tuple of str
        Placeholders for a count of suspects not known.
    direct : tuple of str
        Words for "no transit country" (a blank cell otherwise).
    platforms : tuple of str
        Values of the desk's own column on where the advert or contact was seen.
    transit_sep : str
        Separator of the transit countries.
    offence_sep : str
        Separator of the linked offences.
    thousands : str
        Thousands separator of a large count written as text.
    """

    words: _Words
    zero: tuple[str, ...]
    no_count: tuple[str, ...]
    no_suspects: tuple[str, ...]
    direct: tuple[str, ...]
    platforms: tuple[str, ...]
    transit_sep: str
    offence_sep: str
    thousands: str


_17CYBER_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des êtres humains (TEH)"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Aide à l'entrée irrégulière",
            "Filière d'immigration clandestine",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et aide au séjour irrégulier"),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme / exploitation sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": (
            "Contrainte à commettre des délits",
            "Contrainte à commettre des escroqueries en ligne",
        ),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre forme d'exploitation",),
        "unknown": ("Non déterminée", "À préciser"),
    },
    "gender": {
        "female": ("Féminin", "F", "Femmes"),
        "male": ("Masculin", "M", "Hommes"),
        "mixed": ("Mixte", "Hommes et femmes"),
        "unknown": ("Non renseigné", "Inconnu"),
    },
    "age_group": {
        "adult": ("Majeur(s)", "Adultes"),
        "child": ("Mineur(s)", "MNA"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("Âge inconnu", "Non renseigné"),
    },
    "transport_mode": {
        "sea": ("Small boat", "Embarcation", "Voie maritime"),
        "land": ("Poids lourd", "Voie routière", "Camion"),
        "air": ("Voie aérienne", "Avion"),
        "unknown": ("Inconnu", "Non renseigné"),
    },
    "linked_offences": {
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants",),
        "cybercrime": ("Cybercriminalité", "Escroquerie en ligne"),
        "terrorism": ("Terrorisme",),
    },
    "nationality": {"unknown": ("Inconnue", "Non renseignée")},
}

_INCIBE_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
        ),
        "both": ("Trata y tráfico ilícito de migrantes", "TSH + tráfico de migrantes"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": (
            "Criminalidad forzada",
            "Obligados a cometer ciberestafas",
        ),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas de explotación",),
        "unknown": ("Sin determinar", "No consta"),
    },
    "gender": {
        "female": ("Mujer", "Femenino"),
        "male": ("Hombre", "Varón", "Masculino"),
        "mixed": ("Mixto", "Hombres y mujeres"),
        "unknown": ("No consta",),
    },
    "age_group": {
        "adult": ("Mayor de edad", "Adultos"),
        "child": ("Menor de edad", "Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
        "unknown": ("No consta", "Sin determinar"),
    },
    "transport_mode": {
        "sea": ("Marítimo", "Patera", "Cayuco", "Neumática"),
        "land": ("Terrestre", "Vehículo", "A pie (vallado)"),
        "air": ("Aéreo", "Avión"),
        "unknown": ("No consta",),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia", "Estafa informática"),
        "terrorism": ("Terrorismo",),
    },
    "nationality": {"unknown": ("No consta", "Desconocida")},
}

_CIFAS_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Modern Slavery", "MSHT", "Human Trafficking"),
        "smuggling": ("Organised Immigration Crime", "OIC", "People Smuggling"),
        "both": ("MSHT / OIC", "Modern Slavery + OIC"),
    },
    "exploitation": {
        "sexual": ("Sexual Exploitation", "Sexual"),
        "forced_labour": ("Labour Exploitation", "Forced Labour"),
        "forced_criminality": ("Criminal Exploitation", "Forced Criminality (fraud)"),
        "organ_removal": ("Organ Harvesting",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
        "unknown": ("Not Specified", "Unknown"),
    },
    "gender": {
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & Female"),
        "unknown": ("Not recorded", "Unknown"),
    },
    "age_group": {
        "adult": ("Adult", "18+"),
        "child": ("Child", "Minor", "U18"),
        "mixed": ("Adult & Child", "Mixed ages"),
        "unknown": ("Not recorded", "Unknown"),
    },
    "transport_mode": {
        "sea": ("Small boat", "RHIB", "Maritime"),
        "land": ("HGV", "Lorry", "Vehicle"),
        "air": ("Air", "Flight"),
        "unknown": ("Not known",),
    },
    "linked_offences": {
        "document_fraud": ("False identity", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money mule activity", "Money laundering"),
        "illicit_goods": ("Cannabis cultivation", "Drugs"),
        "cybercrime": ("Cyber-enabled fraud",),
        "terrorism": ("Terrorism",),
    },
    "nationality": {"unknown": ("Unknown", "Not recorded")},
}

_TEPROTEJO_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Obligación a cometer delitos",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra",),
        "unknown": ("Sin información",),
    },
    "gender": {
        "female": ("Femenino",),
        "male": ("Masculino",),
        "mixed": ("Mixto", "Hombres y mujeres"),
        "unknown": ("Sin información",),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Niños, niñas y adolescentes"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "unknown": ("Sin información",),
    },
    "transport_mode": {
        "land": ("Terrestre", "A pie (trocha)"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
        "unknown": ("Sin información",),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad en documento",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Tráfico de estupefacientes",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    "nationality": {"unknown": ("Sin información",)},
}

_ATII_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("human trafficking", "trafficking"),
        "smuggling": ("migrant smuggling", "smuggling"),
        "both": ("trafficking+smuggling", "smuggling/trafficking nexus"),
    },
    "exploitation": {
        "sexual": ("sexual exploitation", "sex trafficking"),
        "forced_labour": ("labor exploitation", "forced labor"),
        "forced_criminality": ("forced criminality", "forced scamming"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "unknown": ("unspecified",),
    },
    "gender": {
        "female": ("female", "women"),
        "male": ("male", "men"),
        "mixed": ("mixed",),
        "unknown": ("unknown",),
    },
    "age_group": {
        "adult": ("adult", "adults"),
        "child": ("minor", "minors"),
        "mixed": ("mixed", "adults+minors"),
        "unknown": ("unknown",),
    },
    "transport_mode": {
        "sea": ("maritime", "boat"),
        "land": ("land", "overland"),
        "air": ("air",),
        "unknown": ("unknown",),
    },
    "linked_offences": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cyber-enabled crime",),
        "terrorism": ("terrorism",),
    },
    "nationality": {"unknown": ("unknown",)},
}

#: The five desks, in the order the submissions are returned.
SOURCES: tuple[Desk, ...] = (
    Desk(
        source="acyma_17cyber",
        filename="acyma_17cyber_mk.csv",
        ref="17C-{year}-{seq:06d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° signalement",
            "event_date": "Date des faits",
            "platform": "Plateforme signalée",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb victimes / personnes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode de passage",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires – extraction 17Cyber, diffusion restreinte",
        total="TOTAL",
        bad_count=("plusieurs", "une dizaine", "nombreux"),
        repeats=False,
        words=_17CYBER_WORDS,
        zero=("néant", "aucun"),
        no_count=("NC", "non communiqué"),
        no_suspects=("NC", "inconnu"),
        direct=("Aucun",),
        platforms=("TikTok", "Facebook", "Snapchat", "Telegram", "WhatsApp", "Instagram"),
        transit_sep=" / ",
        offence_sep=", ",
        thousands="\u00a0",
    ),
    Desk(
        source="incibe_017",
        filename="incibe_017_mk.xlsx",
        ref="017/{year}/{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº caso",
            "event_date": "Fecha del hecho",
            "platform": "Canal de contacto",
            "crime_type": "Tipología",
            "exploitation": "Tipo de explotación",
            "n_persons": "Nº víctimas / personas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País donde se detecta",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Datos provisionales. Extracción del servicio 017 (INCIBE). Uso restringido.",
        total="Total general",
        bad_count=("varios", "numerosos", "más de una decena"),
        repeats=False,
        words=_INCIBE_WORDS,
        zero=("Ninguno",),
        no_count=("s/d", "No consta"),
        no_suspects=("No consta",),
        direct=("Directo",),
        platforms=("Teléfono 017", "WhatsApp 017", "Telegram 017", "Formulario web", "Chat"),
        transit_sep=", ",
        offence_sep=" / ",
        thousands=".",
    ),
    Desk(
        source="cifas_intel",
        filename="cifas_intel_mk.csv",
        ref="CIF{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Case Ref",
            "event_date": "Date of Detection",
            "platform": "Filing Member Sector",
            "crime_type": "Offence Category",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Individuals",
            "n_suspects": "No. of Suspects",
            "gender": "Sex",
            "age_group": "Age Band",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Route",
            "destination_country": "Intended Destination",
            "detection_country": "Country Detected",
            "transport_mode": "Travel Method",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Linked Offending",
        },
        note="Provisional extract - not for onward disclosure without Cifas consent",
        total="Total",
        bad_count=("Several", "Multiple", "10+"),
        repeats=True,
        words=_CIFAS_WORDS,
        zero=("Nil",),
        no_count=("TBC", "Unknown"),
        no_suspects=("TBC", "Unk"),
        direct=("Direct",),
        platforms=("Bank", "Building society", "Telecoms", "Online retailer", "Fintech / e-money"),
        transit_sep=" > ",
        offence_sep=" / ",
        thousands=",",
    ),
    Desk(
        source="teprotejo_co",
        filename="teprotejo_co_mk.csv",
        ref="TP-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Radicado",
            "event_date": "Fecha del hecho",
            "platform": "Red social reportada",
            "crime_type": "Delito",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Número de personas",
            "n_suspects": "Número de presuntos responsables",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País donde se detectó",
            "transport_mode": "Medio de desplazamiento",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos asociados",
        },
        note="Corte de información – datos preliminares Te Protejo Colombia",
        total="TOTAL",
        bad_count=("varios", "un grupo"),
        repeats=True,
        words=_TEPROTEJO_WORDS,
        zero=("Ninguno",),
        no_count=("Sin dato",),
        no_suspects=("Sin dato",),
        direct=(),
        platforms=("TikTok", "Facebook", "WhatsApp", "Instagram", "YouTube", "Telegram"),
        transit_sep=" - ",
        offence_sep=", ",
        thousands=".",
    ),
    Desk(
        source="atii_osint",
        filename="atii_osint_mk.jsonl",
        ref="ATII-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "detected_on",
            "platform": "platform",
            "crime_type": "category",
            "exploitation": "exploitation",
            "n_persons": "persons",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "transit_countries": "transit",
            "destination_country": "destination",
            "detection_country": "country_detected",
            "transport_mode": "mode",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "linked_offences",
        },
        note=None,
        total="TOTAL (all incidents)",
        bad_count=("dozens", "several", "multiple"),
        repeats=False,
        words=_ATII_WORDS,
        zero=(),
        no_count=("unknown",),
        no_suspects=(),
        direct=("direct",),
        platforms=("Telegram", "Facebook", "TikTok", "X/Twitter", "Instagram", "WhatsApp"),
        transit_sep=", ",
        offence_sep=", ",
        thousands=",",
    ),
)


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word (60 %) or one of the others."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _no_accent(text: str) -> str:
    """Return ``text`` without its accents (``Malí`` -> ``Mali``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _slip(text: str) -> str:
    """Swap two letters in the middle of a long name (``Marruecos`` -> ``Marreucos``)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _case(text: str, rng: _Rng) -> str:
    """Return the same word in another case or with stray spaces."""
    k = int(rng.integers(4))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  " if k == 2 else text


def _vocab(src: Desk, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    """Return a vocabulary word of the desk, now and then in another case."""
    word = _word(rng, src.words[col][value])
    if rng.random() < 0.05:
        noisy = _case(word, rng)
        if noisy != word:
            tags.append(f"case:{col}")
            word = noisy
    return word


def _number(src: Desk, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count as the desk does: a number (XLSX, JSON) or text, thousands grouped."""
    if n >= 1000 and rng.random() < 0.6:
        tags.append("thousands")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    return str(n) if src.format == "csv" else n


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _clock(rng: _Rng) -> str:
    """Return a time of the working day (06:00-18:59), as a desk's ticket stamps it."""
    return f"{int(rng.integers(6, 19)):02d}:{int(rng.integers(60)):02d}"


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event's date."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if src.source == "acyma_17cyber":
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{_MONTHS_FR[m]} {ts.year}", month, "month"
        if partial_ok and r < 0.07:
            tags.append("partial_date")
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        if r < 0.27:
            tags.append("datetime")
            return f"{ts:%d/%m/%Y} {_clock(rng)}", ts, "day"
        return f"{ts:%d/%m/%Y}", ts, "day"
    if src.source == "incibe_017":
        if partial_ok and r < 0.03:
            tags.append("partial_date")
            return f"{_MONTHS_ES[m]} de {ts.year}", month, "month"
        if partial_ok and r < 0.06:
            tags.append("partial_date")
            return f"{ts.year}T{ts.quarter}", quarter, "quarter"
        if r < 0.16:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        if r < 0.28:
            tags.append("text_date")
            return f"{ts:%d/%m/%Y}", ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if src.source == "cifas_intel":
        if partial_ok and r < 0.06:
            tags.append("partial_date")
            return f"{_MONTHS_EN[m]} {ts.year}", month, "month"
        if r < 0.36:
            tags.append("long_date")
            return f"{ts.day} {_MONTHS_EN[m]} {ts.year}", ts, "day"
        return f"{ts:%d/%m/%Y}", ts, "day"
    if src.source == "teprotejo_co":
        if r < 0.45:
            tags.append("datetime")
            return f"{ts:%Y-%m-%d}T{_clock(rng)}:00-05:00", ts, "day"
        return f"{ts:%Y/%m/%d}", ts, "day"
    # atii_osint
    if partial_ok and r < 0.06:
        tags.append("partial_date")
        return f"{ts:%Y-%m}", month, "month"
    if partial_ok and r < 0.11:
        tags.append("partial_date")
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter"
    if r < 0.26:
        tags.append("datetime")
        return f"{ts:%Y-%m-%d}T{_clock(rng)}:00Z", ts, "day"
    return f"{ts:%Y-%m-%d}", ts, "day"


def _in_style(src: Desk, ts: pd.Timestamp, text: str | None = None) -> object:
    """Write a day in the desk's plain style (``text``, if given, is written instead)."""
    if src.source in ("acyma_17cyber", "cifas_intel"):
        return text or f"{ts:%d/%m/%Y}"
    if src.source == "incibe_017":
        return text or ts.to_pydatetime()
    if src.source == "teprotejo_co":
        return text or f"{ts:%Y/%m/%d}"
    return text or f"{ts:%Y-%m-%d}"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a bad row: blank, impossible, or with a slipped year."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        k = int(rng.integers(3))
        day, mon = (31, 2) if k == 0 else (ts.day, 13) if k == 1 else (0, ts.month)
        if src.source in ("teprotejo_co", "atii_osint"):
            sep = "/" if src.source == "teprotejo_co" else "-"
            return f"{ts.year}{sep}{mon:02d}{sep}{day:02d}"
        return f"{day:02d}/{mon:02d}/{ts.year}"
    # future_date: the year's two middle digits swapped (2023 -> 2203)
    y = str(ts.year)
    future = ts.replace(year=int(y[0] + y[2] + y[1] + y[3]))
    return _in_style(src, future)


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the extraction date of the note row (a few days after the last event)."""
    return _in_style(src, last + pd.Timedelta(days=6))


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(src: Desk, code: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """One country as the desk writes it in column ``col``."""
    row = COUNTRIES[code]
    alpha2, numeric = iso_codes(code)
    r = rng.random()
    if src.source == "acyma_17cyber":
        name = row[2]
        if col == "nationality" and code in _DEMONYM_FR and r < 0.55:
            tags.append("demonym:nationality")
            adj = _DEMONYM_FR[code]
            return adj.upper() if rng.random() < 0.5 else adj
        if code == "GBR" and r < 0.3:
            tags.append(f"alias:{col}")
            return choice(rng, ("Angleterre", "Royaume Uni", "UK"))
        garbled = mojibake(name)
        if garbled is not None and r > 0.93:
            tags.append(f"mojibake:{col}")
            return garbled
        if r > 0.88:
            return name.upper()
        if r > 0.85:
            tags.append(f"iso2:{col}")
            return alpha2
        return name
    if src.source == "incibe_017":
        name = row[3]
        aliases = {"GIN": "Guinea Conakry", "GBR": "R. Unido", "USA": "EE. UU."}
        if code in aliases and r < 0.2:
            tags.append(f"alias:{col}")
            return aliases[code]
        if r > 0.96 and _slip(name) != name:
            tags.append(f"typo:{col}")
            return _slip(name)
        if r > 0.84 and _no_accent(name) != name:
            tags.append(f"no_accent:{col}")
            return _no_accent(name)
        if r > 0.76:
            return name.upper()
        return name
    if src.source == "cifas_intel":
        name = row[1]
        if col == "nationality" and code in _DEMONYM_EN and r < 0.7:
            tags.append("demonym:nationality")
            return _DEMONYM_EN[code]
        if code == "GBR" and r < 0.6:
            tags.append(f"alias:{col}")
            return "UK"
        if code == "VNM" and r < 0.5:
            tags.append(f"alias:{col}")
            return "Vietnam"
        if r > 0.9:
            tags.append(f"iso3:{col}")
            return code
        return name
    if src.source == "teprotejo_co":
        name = row[3]
        if col == "nationality" and code in _DEMONYM_ES and r < 0.35:
            tags.append("demonym:nationality")
            return _DEMONYM_ES[code].upper() if rng.random() < 0.4 else _DEMONYM_ES[code]
        if code == "USA" and r < 0.5:
            tags.append(f"alias:{col}")
            return choice(rng, ("EE. UU.", "EEUU", "USA"))
        if r > 0.9 and _no_accent(name) != name:
            tags.append(f"no_accent:{col}")
            return _no_accent(name)
        if r > 0.75:
            return name.upper()
        return name
    # atii_osint: codes, as an OSINT feed keeps them
    if r < 0.75:
        tags.append(f"iso2:{col}")
        return alpha2
    if r < 0.85:
        tags.append(f"iso3:{col}")
        return code
    if r < 0.9 and col != "transit_countries":
        tags.append(f"iso_numeric:{col}")
        return numeric
    return row[1]


def _transit(src: Desk, value: object, rng: _Rng, tags: list[str]) -> str | None:
    """Transit countries in order, joined by the desk's separator."""
    if value is None:
        if src.direct and rng.random() < 0.3:
            tags.append("transit_word")
            return choice(rng, src.direct)
        return None
    if src.source == "atii_osint":
        codes = str(value).split("|")
        return src.transit_sep.join(iso_codes(c)[0] for c in codes)
    parts = [_country(src, c, "transit_countries", rng, tags) for c in str(value).split("|")]
    return src.transit_sep.join(p.strip() for p in parts)


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _coords(
    src: Desk, ev: dict[str, object], rng: _Rng, blank: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the event's place."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    combined = "coordinates" in src.headers
    empty: dict[str, object] = {"coordinates": None} if combined else {"lat": None, "lon": None}
    if blank:
        tags.append("blank_coordinates")
        return empty, None, None
    r = rng.random()
    gone = {"acyma_17cyber": 0.1, "incibe_017": 0.1, "cifas_intel": 0.12}.get(src.source, 0.08)
    if r < gone:
        tags.append("coords_missing")
        return empty, None, None
    comma: dict[str, object] = {
        "lat": f"{lat:.5f}".replace(".", ","),
        "lon": f"{lon:.5f}".replace(".", ","),
    }
    if src.source == "acyma_17cyber":
        return comma, lat, lon
    if src.source == "incibe_017":
        if r > 0.94:  # typed as text in a Spanish Excel
            tags.append("decimal_comma")
            return comma, lat, lon
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    if src.source == "cifas_intel":
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon
    if src.source == "teprotejo_co":
        if r > 0.97:
            tags.append("coords_placeholder")
            return {"coordinates": "0, 0"}, None, None
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, lat, lon


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    cells["platform"] = choice(rng, src.platforms)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.04:
        cells["exploitation"] = _word(rng, src.words["exploitation"]["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("exploitation_unknown")
    else:
        cells["exploitation"] = _vocab(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.no_count)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _number(src, persons, rng, tags)
        exp["n_persons"] = persons

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        if src.no_suspects:
            cells["n_suspects"] = choice(rng, src.no_suspects)
            tags.append("suspects_placeholder")
        else:
            cells["n_suspects"] = None
            tags.append("blank_n_suspects")
        exp["n_suspects"] = None
    elif suspects == 0 and src.zero and r < 0.5:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _number(src, suspects, rng, tags)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"] = _word(rng, src.words["gender"]["unknown"])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _vocab(src, "gender", gender, rng, tags)
        exp["gender"] = gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:
            unknown = src.words[col]["unknown"]
            if col == "age_group" and src.source == "cifas_intel" and persons == 1:
                unknown = ("Age disputed",)  # one person whose age the Home Office disputes
            cells[col] = _word(rng, unknown)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _vocab(src, col, value, rng, tags)
            exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"] = _word(rng, src.words["nationality"]["unknown"])
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, nat, "nationality", rng, tags)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = _country(src, code, col, rng, tags)
        exp[col] = code

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, "detection_country", rng, tags)
        exp["detection_country"] = det

    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    place, exp["lat"], exp["lon"] = _coords(src, ev, rng, forced_blank == "coordinates", tags)
    cells.update(place)

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        words = [_word(rng, src.words["linked_offences"][o]) for o in str(off).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = off
    if src.source == "acyma_17cyber" and rng.random() < 0.06:
        # a ticket keyed in the web form (UTF-8) whose text the cp1252 export garbled
        for col, cell in cells.items():
            if not isinstance(cell, str) or col in ("event_date", "n_persons", "n_suspects"):
                continue
            garbled = mojibake(cell)
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


#: The set: routing of the events to the desks and their way of writing.
BLIND347: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "acyma_17cyber",
        "ESP": "incibe_017",
        "GBR": "cifas_intel",
        "PAN": "teprotejo_co",
    },
    compilation="atii_osint",
    secondary={
        ("channel", "FRA"): "cifas_intel",
        ("channel", "GBR"): "acyma_17cyber",
        ("thb_vnm_gbr", "GBR"): "atii_osint",
        ("darien", "PAN"): "atii_osint",
        ("watl", "ESP"): "atii_osint",
        ("wmed", "ESP"): "atii_osint",
        ("thb_rou_esp", "ESP"): "atii_osint",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=347,
    blank_share=0.5,
)


def make_blind347(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of the ``blind347`` set write them.

    France's 17Cyber platform (French CSV, cp1252, ``;``), Spain's INCIBE 017 helpline
    (Spanish XLSX), Cifas intelligence referrals (English, UTF-16 tab-delimited text),
    Te Protejo Colombia (Spanish CSV, UTF-8 with BOM, ``,``) and the ATII OSINT feed
    (English JSON lines, the compilation of every other event). About 4 % of the events
    are reported a second time by another desk, 1.5 % become rows to quarantine, and
    Cifas and Te Protejo re-send a few rows unchanged.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind347(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['acyma_17cyber_mk.csv', 'incibe_017_mk.xlsx', 'cifas_intel_mk.csv',
     'teprotejo_co_mk.csv', 'atii_osint_mk.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Plateforme signalée']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND347, truth, seed=seed)
