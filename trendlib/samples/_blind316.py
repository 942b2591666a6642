"""Examiner set ``blind316`` (files ``*_lf.*``): five bodies of the scrap-metal trade.

Scrap-metal dealers' licensing and recycling-yard enforcement bring exploited scrap
collectors, workers found in yards and migrants hidden in scrap loads to light. Five
bodies of that trade, none used before in this project, send their logs:

``bmra_compliance``
    British Metals Recycling Association, compliance desk (UK), English, XLSX: real
    Excel dates mixed with typed ones and a few serials, nationality written as the
    demonym (``Vietnamese``), the UK nations as the country (``England``, ``Scotland``),
    "Facilitation (s.25 IA 1971)" for smuggling, ``nil`` suspects, ``n/k`` for unknown.
``federec_surete``
    FEDEREC, cellule sûreté of the French recycling federation, French, CSV cp1252
    with ``;``: day-first dates, ``mai 2023`` and ``T2 2023``, nationality as the
    French adjective (``érythréenne``), some country names garbled by a UTF-8 paste
    (``Ã©rythrÃ©enne``), one GPS cell in decimal-comma pairs or degrees-minutes-seconds.
``fer_chatarra``
    FER, Federación Española de la Recuperación y el Reciclaje (Spain), Spanish,
    Excel "Unicode text" export: UTF-16 with a BOM, tab-delimited; ``V``/``M`` for
    varón/mujer, ``MENA`` for unaccompanied minors, thousands with a dot, decimal
    commas, ``2023T2`` quarters (the INE style), ``s/f`` for no date.
``rema_scraptheft``
    ReMA (Recycled Materials Association, formerly ISRI), ScrapTheftAlert desk (US),
    English, CSV UTF-8 with ``,``: month-first dates (``05/17/2023``), the place as
    ``City, ST``, ``Alien smuggling``, ``UAC`` and ``Family units``, one GPS cell.
``bir_brussels``
    Bureau of International Recycling, Brussels: the compilation of its member
    federations' reports (Italy, Greece, Croatia, Poland, Panama and any other),
    JSON lines with English keys, ISO alpha-3 codes (some alpha-2 or numeric),
    ISO dates, ``2023-05`` months and ``2023-Q2`` quarters.

The truth expects what a careful analyst reads in each cell: a month or quarter is the
first day of it; a count or a field the cell leaves unknown is missing (``unknown`` in
vocabulary columns); an unreadable count or date makes a bad row.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
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

__all__ = ["SOURCES", "ScrapSource", "make_blind316"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class ScrapSource(ExaminerSource):
    """A source of the set, with the key of its way of writing.

    Attributes
    ----------
    style : str
        ``"bmra"``, ``"federec"``, ``"fer"``, ``"rema"`` or ``"bir"``: which word
        tables and cell writers the source uses.
    """

    style: str


# --------------------------------------------------------------------------------------
# The agencies' words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "bmra": {
        "trafficking": ("Modern slavery", "Modern slavery (MSA 2015)", "Human trafficking"),
        "smuggling": ("Facilitation (s.25 IA 1971)", "People smuggling", "Facilitation"),
        "both": ("Modern slavery + facilitation", "MSA & s.25"),
    },
    "federec": {
        "trafficking": ("traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "aide à l'entrée irrégulière",
            "trafic de migrants",
            "aide à l'entrée et au séjour irréguliers",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
    },
    "fer": {
        "trafficking": ("Trata de seres humanos", "Trata (art. 177 bis CP)", "TSH"),
        "smuggling": (
            "Inmigración ilegal (art. 318 bis CP)",
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración irregular",
        ),
        "both": ("Trata + 318 bis", "Trata y tráfico de migrantes"),
    },
    "rema": {
        "trafficking": ("Human trafficking", "Trafficking"),
        "smuggling": ("Human smuggling", "Alien smuggling"),
        "both": ("Smuggling/Trafficking", "Human smuggling & trafficking"),
    },
    "bir": {
        "trafficking": ("trafficking in human beings", "THB"),
        "smuggling": ("migrant smuggling", "SoM"),
        "both": ("THB + SoM", "THB/SoM"),
    },
}

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "bmra": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "federec": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    "fer": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras", "Otra finalidad"),
    },
    "rema": {
        "sexual": ("Sex", "Sex trafficking"),
        "forced_labour": ("Labor", "Labor trafficking"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "bir": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "bmra": {"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed", "M & F")},
    "federec": {
        "female": ("F", "femme(s)"),
        "male": ("H", "homme(s)"),
        "mixed": ("mixte", "H et F"),
    },
    # Spanish forms: V = varón (male), M = mujer (female)
    "fer": {"female": ("Mujer", "M"), "male": ("Varón", "V"), "mixed": ("Ambos sexos", "V y M")},
    "rema": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed", "Both")},
    "bir": {"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
}

_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "bmra": {
        "adult": ("Adult", "18+"),
        "child": ("Minor", "Under 18", "U18"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "federec": {
        "adult": ("majeurs", "majeur"),
        "child": ("mineurs", "mineur", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "fer": {
        "adult": ("Adulto", "Mayor de edad"),
        "child": ("Menor", "Menor de edad", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "rema": {
        "adult": ("Adult",),
        "child": ("Juvenile", "UAC", "Minor"),
        "mixed": ("Adults & juveniles", "Family units"),
    },
    "bir": {"adult": ("adult",), "child": ("minor", "child"), "mixed": ("mixed", "adults+minors")},
}

_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "bmra": {
        "sea": ("Small boat", "RHIB", "Sea"),
        "land": ("Lorry/HGV", "Van", "Vehicle"),
        "air": ("Air", "Flight"),
    },
    "federec": {
        "sea": ("small boat", "embarcation", "voie maritime"),
        "land": ("poids lourd", "camion", "voie routière"),
        "air": ("voie aérienne", "avion"),
    },
    "fer": {
        "sea": ("Embarcación", "Marítimo"),
        "land": ("Terrestre", "Vehículo", "A pie"),
        "air": ("Aérea", "Avión"),
    },
    "rema": {
        "sea": ("Boat", "Vessel"),
        "land": ("Vehicle", "On foot", "Tractor-trailer"),
        "air": ("Aircraft", "Commercial flight"),
    },
    "bir": {"sea": ("sea", "maritime"), "land": ("land", "road"), "air": ("air",)},
}
#: The FER's boats by corridor: cayucos on the Atlantic, pateras and toy boats at Ceuta.
_FER_BOATS = {
    "watl": ("Cayuco", "Cayuco", "Patera"),
    "wmed": ("Patera", "Neumática", "Embarcación"),
}

_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "bmra": {
        "document_fraud": ("False documents", "Forged ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Cyber-enabled crime",),
        "terrorism": ("Terrorism",),
    },
    "federec": {
        "document_fraud": ("faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "fer": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "rema": {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Narcotics",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "bir": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {"bmra": "; ", "federec": ", ", "fer": " y ", "rema": "; ", "bir": ", "}
_TRANSIT_SEP = {"federec": ", ", "fer": " - ", "rema": "; ", "bir": " > "}

#: What a clerk writes for "not known" in a vocabulary or country cell.
_NA_WORD = {
    "bmra": ("n/k", "Not recorded"),
    "federec": ("non renseigné", "NR", "inconnu"),
    "fer": ("no consta", "desconocido"),
    "rema": ("Unknown", "UNK"),
    "bir": ("unknown",),
}
#: A count cell saying the count is not known (the record stays, with no count).
_COUNT_PLACEHOLDER = {
    "bmra": ("n/k", "not known"),
    "federec": ("NC", "inconnu"),
    "fer": ("s/d", "desconocido"),
    "rema": ("Unknown", "UNK"),
    "bir": ("unknown",),
}
#: An unreadable count of persons (a bad row).
_BAD_COUNT = {
    "bmra": ("several", "a group", "multiple"),
    "federec": ("plusieurs", "une dizaine", "groupe"),
    "fer": ("varios", "un grupo", "numerosos"),
    "rema": ("multiple", "several", "group"),
    "bir": ("several", "many"),
}
#: Zero suspects written as a word.
_ZERO = {
    "bmra": ("nil", "none", "Nil"),
    "federec": ("aucun", "néant"),
    "fer": ("ninguno", "sin detenidos"),
    "rema": ("None", "none"),
}
_THOUSANDS = {"bmra": ",", "federec": "\u00a0", "fer": ".", "rema": ","}

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

# Nationality as the UK writes it (demonym) and as French police write it (adjective).
_DEMONYM_EN = {
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
_ADJ_FR = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
# Common aliases of each working language (a careful analyst reads them at once).
_ALIAS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"GBR": ("Angleterre", "Grande-Bretagne"), "USA": ("USA",), "CIV": ("Côte-d'Ivoire",)},
    "es": {
        "GBR": ("Gran Bretaña",),
        "USA": ("EE. UU.", "EEUU"),
        "ROU": ("Rumania",),
        "NLD": ("Holanda",),
    },
    "en": {"USA": ("US",), "GBR": ("UK",), "TUR": ("Turkey",), "CIV": ("Ivory Coast",)},
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: Where each hotspot lies, as the BMRA writes the UK nation and ReMA the place.
_UK_NATION = {"Glasgow": "Scotland"}
_US_PLACE = {
    "Nogales (Sonora/Arizona)": ("Nogales, AZ", "Nogales AZ"),
    "Sasabe": ("Sasabe, AZ",),
    "El Paso": ("El Paso, TX", "El Paso TX"),
    "Rio Grande Valley": ("McAllen, TX", "Hidalgo County, TX", "Brownsville, TX"),
    "Darién gap": ("Darien Gap, Panama",),
    "Bajo Chiquito": ("Bajo Chiquito, Panama",),
    "Lajas Blancas": ("Lajas Blancas, Panama",),
}


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
SOURCES: tuple[ScrapSource, ...] = (
    ScrapSource(
        source="bmra_compliance",
        filename="bmra_compliance_lf.xlsx",
        ref="BMRA-C/{yy:02d}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "BMRA ref",
            "event_date": "Date of visit / incident",
            "crime_type": "Offence category",
            "exploitation": "Exploitation type",
            "n_persons": "No. of persons",
            "n_suspects": "Suspects arrested",
            "gender": "Sex",
            "age_group": "Age band",
            "nationality": "Nationality",
            "detection_country": "Country",
            "transport_mode": "Method of travel",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Other offences noted",
        },
        note="Note: provisional - compiled from member yard returns, not police-verified",
        total="TOTAL",
        bad_count=_BAD_COUNT["bmra"],
        repeats=False,
        style="bmra",
    ),
    ScrapSource(
        source="federec_surete",
        filename="federec_surete_lf.csv",
        ref="FED-{year}-{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° signalement",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de personnes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays des faits",
            "transit_countries": "Pays traversés",
            "transport_mode": "Mode de transport",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="Remarque : données provisoires, remontées des adhérents (sites de recyclage)",
        total="Total général",
        bad_count=_BAD_COUNT["federec"],
        repeats=True,
        style="federec",
    ),
    ScrapSource(
        source="fer_chatarra",
        filename="fer_chatarra_lf.csv",
        ref="{seq:04d}/{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº víctimas / migrantes",
            "n_suspects": "Nº detenidos / investigados",
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
        note="Nota: datos provisionales facilitados por las empresas asociadas",
        total="TOTAL",
        bad_count=_BAD_COUNT["fer"],
        repeats=False,
        style="fer",
    ),
    ScrapSource(
        source="rema_scraptheft",
        filename="rema_scraptheft_lf.csv",
        ref="STA-{year}-{seq:06d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Alert ID",
            "event_date": "Incident Date",
            "crime_type": "Incident Type",
            "exploitation": "Trafficking Type",
            "n_persons": "Persons Encountered",
            "n_suspects": "Suspects Arrested",
            "gender": "Gender",
            "age_group": "Age Group",
            "nationality": "Citizenship",
            "origin_country": "Country of Origin",
            "detection_country": "Incident Location",
            "transit_countries": "Countries Transited",
            "transport_mode": "Conveyance",
            "coordinates": "GPS (Lat, Long)",
            "linked_offences": "Related Offenses",
        },
        note="NOTE: alerts are posted by members and law enforcement; not verified",
        total="Grand Total",
        bad_count=_BAD_COUNT["rema"],
        repeats=True,
        style="rema",
    ),
    ScrapSource(
        source="bir_brussels",
        filename="bir_brussels_lf.jsonl",
        ref="BIR/{year}/{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "date",
            "crime_type": "offence",
            "exploitation": "exploitation_form",
            "n_persons": "persons",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "country",
            "transit_countries": "transit",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=_BAD_COUNT["bir"],
        repeats=False,
        style="bir",
    ),
)

_BY_NAME = {s.source: s for s in SOURCES}

# Detection country -> the body first reporting its events; the BIR compiles the rest.
_PRIMARY = {
    "GBR": "bmra_compliance",
    "FRA": "federec_surete",
    "ESP": "fer_chatarra",
    "USA": "rema_scraptheft",
}
_COMPILATION = "bir_brussels"
# (corridor, detection country) -> the body that may report the event a second time:
# the Channel from both shores, loads bound for France or Spain, the BIR's digests.
_SECONDARY = {
    ("channel", "FRA"): "bmra_compliance",
    ("channel", "GBR"): "federec_surete",
    ("thb_vnm_gbr", "GBR"): "federec_surete",
    ("wmed", "ESP"): "federec_surete",
    ("thb_rou_esp", "ITA"): "fer_chatarra",
    ("thb_nga_ita", "ITA"): "fer_chatarra",
    ("thb_rou_esp", "ESP"): "bir_brussels",
    ("watl", "ESP"): "bir_brussels",
    ("us_mex", "USA"): "bir_brussels",
    ("darien", "PAN"): "rema_scraptheft",
}


# --------------------------------------------------------------------------------------
# Cell writers
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop accents (Spanish clerks' capitals: ``ESPAÑA`` stays, ``MALÍ`` -> ``MALI``)."""
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def _noise(text: str, rng: _Rng, rate: float, tags: list[str], col: str) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate or len(text) < 3:
        return text
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f" {text}", f"{text}  ")[kind]
    if out != text:
        tags.append(f"case:{col}")
    return out


def _swap_letters(text: str) -> str:
    """Two letters of the middle swapped (a typing slip), for names of 7+ letters."""
    i = len(text) // 2
    if len(text) < 7 or not (text[i - 1].isalpha() and text[i].isalpha()) or text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    if iso in COUNTRIES:
        return str(COUNTRIES[iso][_LANG_COL[lang]])
    return iso


def _country(
    src: ScrapSource, iso: str, rng: _Rng, tags: list[str], col: str, *, role: str = "place"
) -> str:
    """Write one ISO alpha-3 country the way the source writes it."""
    st = src.style
    alpha2, numeric = iso_codes(iso)
    r = rng.random()
    if st == "bir":
        if r < 0.78:
            return iso
        tags.append(f"{'iso2' if r < 0.9 else 'numeric'}:{col}")
        return alpha2 if r < 0.9 else numeric
    if st == "bmra":
        if role == "nationality" and iso in _DEMONYM_EN:
            text = _DEMONYM_EN[iso] if r < 0.88 else _name(iso, "en")
        else:
            text = _name(iso, "en")
        return _noise(text, rng, 0.05, tags, col)
    if st == "federec":
        if role == "nationality" and iso in _ADJ_FR and r < 0.6:
            text = _ADJ_FR[iso]
        elif r < 0.9:
            aliases = _ALIAS["fr"].get(iso, ())
            text = choice(rng, aliases) if aliases and rng.random() < 0.15 else _name(iso, "fr")
        else:
            tags.append(f"iso2:{col}")
            return alpha2
        return _noise(text, rng, 0.05, tags, col)
    if st == "fer":
        name = _name(iso, "es")
        aliases = _ALIAS["es"].get(iso, ())
        if r < 0.45:
            return _plain(name).upper()
        if r < 0.85:
            if aliases and rng.random() < 0.3:
                tags.append(f"alias:{col}")
                return choice(rng, aliases)
            return _noise(name, rng, 0.05, tags, col)
        if r < 0.94:
            tags.append(f"iso2:{col}")
            return alpha2
        typo = _swap_letters(name)
        if typo != name:
            tags.append(f"typo:{col}")
        return typo
    # rema: citizenship in capitals as the US forms have it, some alpha-2 codes
    name = _name(iso, "en")
    if r < 0.6:
        return name.upper()
    if r < 0.85:
        aliases = _ALIAS["en"].get(iso, ())
        return choice(rng, aliases) if aliases and rng.random() < 0.3 else name
    tags.append(f"iso2:{col}")
    return alpha2


def _detection(src: ScrapSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Write the detection country: a UK nation, a US place, or the country."""
    iso = str(ev["detection_country"])
    hotspot = str(ev.get("hotspot") or "")
    if src.style == "bmra" and iso == "GBR":
        r = rng.random()
        if r < 0.5:
            return _UK_NATION.get(hotspot, "England")
        return "UK" if r < 0.8 else "United Kingdom"
    if src.style == "rema" and hotspot in _US_PLACE:
        tags.append("place:detection_country")
        return choice(rng, _US_PLACE[hotspot])
    if src.style == "federec" and iso == "FRA":
        return choice(rng, ("France", "France", "FRANCE", "FR"))
    if src.style == "fer" and iso == "ESP":
        return choice(rng, ("España", "ESPAÑA", "ESPAÑA", "ES"))
    return _country(src, iso, rng, tags, "detection_country")


def _word(
    src: ScrapSource, table: dict[str, dict[str, tuple[str, ...]]], value: str, rng: _Rng
) -> str:
    forms = table[src.style][value]
    return forms[0] if rng.random() < 0.6 else choice(rng, forms)


def _count(src: ScrapSource, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count: a number in XLSX and JSON lines (some typed as text), else text."""
    if n >= 1000 and src.style in _THOUSANDS and rng.random() < 0.7:
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{_THOUSANDS[src.style]}{n % 1000:03d}"
    if src.format == "csv":
        return str(n)
    if src.style == "bmra" and rng.random() < 0.08:  # typed into a text-formatted cell
        return str(n)
    return n


def _date_day(src: ScrapSource, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a whole day in the source's styles (one day/month order per file)."""
    r = rng.random()
    st = src.style
    if st == "bmra":
        if r < 0.72:
            return dt.datetime(ts.year, ts.month, ts.day)
        if r < 0.86:
            return ts.strftime("%d/%m/%Y")
        if r < 0.95:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
        return int((ts.normalize() - _EXCEL_EPOCH).days)  # a General-formatted cell
    if st == "federec":
        return ts.strftime("%d/%m/%Y") if r < 0.9 else ts.strftime("%d/%m/%y")
    if st == "fer":
        return ts.strftime("%d/%m/%Y") if r < 0.85 else ts.strftime("%d-%m-%Y")
    if st == "rema":
        return ts.strftime("%m/%d/%Y") if r < 0.85 else f"{ts.month}/{ts.day}/{ts.year}"
    return ts.strftime("%Y-%m-%d") if r < 0.93 else ts.strftime("%Y-%m-%dT00:00:00Z")


def _date(
    src: ScrapSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event's date."""
    st = src.style
    share = {"bmra": 0.05, "federec": 0.07, "fer": 0.08, "rema": 0.04, "bir": 0.1}[st]
    if partial_ok and rng.random() < share:
        quarter = st != "rema" and rng.random() < 0.4
        tags.append("partial_date")
        month_start = ts.to_period("M").start_time
        quarter_start = ts.to_period("Q").start_time
        if quarter:
            cell = {
                "bmra": f"Q{ts.quarter} {ts.year}",
                "federec": f"T{ts.quarter} {ts.year}",
                "fer": f"{ts.year}T{ts.quarter}",
                "bir": f"{ts.year}-Q{ts.quarter}",
            }[st]
            return cell, quarter_start, "quarter"
        cell = {
            "bmra": f"{MONTHS[ts.month - 1]} {ts.year}",
            "federec": f"{_FR_MONTHS[ts.month - 1]} {ts.year}",
            "fer": f"{_ES_MONTHS[ts.month - 1]} {ts.year}"
            if rng.random() < 0.6
            else ts.strftime("%m/%Y"),
            "rema": f"{MONTHS[ts.month - 1]} {ts.year}",
            "bir": ts.strftime("%Y-%m"),
        }[st]
        return cell, month_start, "month"
    return _date_day(src, ts, rng), ts.normalize(), "day"


def _future_year(year: int) -> int:
    """Return a mistyped year lying in the future: two digits swapped, or a century slip."""
    text = str(year)
    swapped = int(text[:2] + text[3] + text[2])
    return swapped if swapped > 2026 else year + 100


def _bad_date(src: ScrapSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: none, impossible, or in the future."""
    st = src.style
    if kind == "no_date":
        if st == "fer" and rng.random() < 0.35:
            return "s/f"  # "sin fecha"
        return None
    if kind == "bad_date":
        dd, mm = choice(rng, ("30/02", "31/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if st == "rema":
            return f"{mm}/{dd}/{ts.year}"
        if st == "bir":
            return f"{ts.year}-{mm}-{dd}"
        return f"{dd}/{mm}/{ts.year}"
    year = _future_year(ts.year)
    day = min(ts.day, 28)
    if st == "bmra":
        return dt.datetime(year, ts.month, day)
    if st == "rema":
        return f"{ts.month:02d}/{day:02d}/{year}"
    if st == "bir":
        return f"{year}-{ts.month:02d}-{day:02d}"
    return f"{day:02d}/{ts.month:02d}/{year}"


def _note_date(src: ScrapSource, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the extract, a week after the last row."""
    day = last + pd.Timedelta(days=7)
    if src.style == "bmra":
        return dt.datetime(day.year, day.month, day.day)
    if src.style == "rema":
        return day.strftime("%m/%d/%Y")
    if src.style == "bir":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (to a tenth), and the value they say."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    said = (deg + minutes / 60 + sec / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{pos if value >= 0 else neg}", said


def _coords(
    src: ScrapSource,
    ev: dict[str, object],
    rng: _Rng,
    tags: list[str],
    blank: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return the cells and the expected lat and lon."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    two = "coordinates" in src.headers
    none: dict[str, object] = {"coordinates": None} if two else {"lat": None, "lon": None}
    if blank:
        tags.append("blank_coordinates")
        return none, None, None
    r = rng.random()
    if r < 0.05:
        tags.append("coords_missing")
        return none, None, None
    st = src.style
    la, lo = round(lat, 5), round(lon, 5)
    if st == "bmra":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    if st == "bir":
        return {"lat": la, "lon": lo}, la, lo
    if st == "fer":
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if st == "federec":
        if r < 0.25:
            t_lat, e_lat = _dms(lat, "N", "S")
            t_lon, e_lon = _dms(lon, "E", "O")  # French: O = ouest
            tags.append("coords_dms")
            return {"coordinates": f"{t_lat} {t_lon}"}, round(e_lat, 6), round(e_lon, 6)
        text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
        return {"coordinates": text}, la, lo
    # rema: one "lat, long" cell; a few placeholders and a few pairs typed the wrong way
    if r < 0.08:
        tags.append("coords_placeholder")
        return {"coordinates": choice(rng, ("N/A", "0, 0", "TBD"))}, None, None
    if abs(lon) > 90 and r < 0.11:  # a longitude beyond 90 cannot be a latitude
        tags.append("coords_swapped")
        return {"coordinates": f"{lo:.5f}, {la:.5f}"}, la, lo
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo


def _render(
    src: ScrapSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    st = src.style
    has = set(src.headers)
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(_word(src, _CRIME, crime, rng), rng, 0.05, tags, "crime_type")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.06:  # a trafficking case whose form is not written down
        tags.append("unknown:exploitation")
        cells["exploitation"] = choice(rng, _NA_WORD[st]) if rng.random() < 0.5 else None
        exp["exploitation"] = "unknown"
    else:
        text = _word(src, _EXPLOITATION, str(expl), rng)
        cells["exploitation"] = _noise(text, rng, 0.05, tags, "exploitation")
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        cells["n_persons"], exp["n_persons"] = choice(rng, _COUNT_PLACEHOLDER[st]), None
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n, rng, tags, "n_persons"), n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif r < 0.04:
        tags.append("suspects_placeholder")
        word = None if st == "bir" else choice(rng, _COUNT_PLACEHOLDER[st])
        cells["n_suspects"], exp["n_suspects"] = word, None
    elif k == 0 and st in _ZERO and r < 0.5:
        tags.append("zero_word")
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _ZERO[st]), 0
    else:
        cells["n_suspects"], exp["n_suspects"] = _count(src, k, rng, tags, "n_suspects"), k

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        tags.append("blank_gender")
        unknown = forced_blank != "gender" and rng.random() < 0.5
        cells["gender"] = choice(rng, _NA_WORD[st]) if unknown else None
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _noise(_word(src, _GENDER, gender, rng), rng, 0.04, tags, "gender")
        exp["gender"] = gender

    for col, table in (("age_group", _AGE), ("transport_mode", _TRANSPORT)):
        value = str(ev[col])
        if rng.random() < 0.025:
            tags.append("na_word")
            cells[col] = choice(rng, _NA_WORD[st]) if rng.random() < 0.6 else None
            exp[col] = "unknown"
            continue
        corridor = str(ev["corridor"])
        if st == "fer" and col == "transport_mode" and value == "sea" and corridor in _FER_BOATS:
            text = choice(rng, _FER_BOATS[corridor])
        elif st == "rema" and col == "transport_mode" and corridor == "darien":
            text = "On foot"  # the Darién is crossed on foot
        else:
            text = _word(src, table, value, rng)
        cells[col] = _noise(text, rng, 0.05, tags, col)
        exp[col] = value

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.03:
        tags.append("blank_nationality")
        unknown = forced_blank != "nationality" and rng.random() < 0.4
        cells["nationality"] = choice(rng, _NA_WORD[st]) if unknown else None
        exp["nationality"] = None
    else:
        cells["nationality"] = _country(src, nat, rng, tags, "nationality", role="nationality")
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        place = ev[col]
        if col not in has or place is None:
            cells[col], exp[col] = None, None
        elif rng.random() < 0.04:
            tags.append(f"empty:{col}")
            cells[col], exp[col] = None, None
        else:
            cells[col], exp[col] = _country(src, str(place), rng, tags, col), place

    transit = ev["transit_countries"]
    if "transit_countries" not in has or transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    elif rng.random() < 0.05:
        tags.append("empty:transit_countries")
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = [
            _country(src, iso, rng, tags, "transit_countries") for iso in str(transit).split("|")
        ]
        cells["transit_countries"] = _TRANSIT_SEP[st].join(parts)
        exp["transit_countries"] = transit

    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _detection(src, ev, rng, tags)
        exp["detection_country"] = ev["detection_country"]

    spot, exp["lat"], exp["lon"] = _coords(src, ev, rng, tags, forced_blank == "coordinates")
    cells.update(spot)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(src, _OFFENCES, o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_SEP[st].join(words)
    exp["linked_offences"] = offences

    # Some FEDEREC rows were pasted from members' UTF-8 web form into the cp1252 sheet:
    # every accented letter of the row comes out garbled (``Érythrée`` -> ``Ã‰rythrÃ©e``).
    pasted = st == "federec" and rng.random() < 0.12
    for col, cell in cells.items():
        if not isinstance(cell, str):
            continue
        garbled = mojibake(cell) if pasted and col != "coordinates" else None
        if garbled is not None and fits(garbled, src):
            tags.append(f"mojibake:{col}")
            cells[col] = garbled
        elif not fits(cell, src):  # the cp1252 file cannot hold every character
            cells[col] = _plain(cell)
    return cells, exp, tags


_EXAMINER: Examiner[ScrapSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_COMPILATION,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=316,
    blank_share=0.35,
)


def make_blind316(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five scrap-metal bodies of set ``blind316`` send them.

    The British Metals Recycling Association (UK, XLSX), FEDEREC's cellule sûreté
    (France, CSV cp1252 ``;``), the FER (Spain, UTF-16 tab-delimited text), ReMA's
    ScrapTheftAlert desk (US, CSV UTF-8 ``,``, month-first dates) and the Bureau of
    International Recycling (Brussels, JSON lines, the compilation of every other
    event). Each event is first reported by the body of its detection country (the
    BIR for Italy, Greece, Croatia, Poland and Panama); about 4 % are reported again
    by a second body, a day apart at most; bad rows of every kind, a note row, a total
    row, an empty row in the CSV files and exact repeats in two files complete the set.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        The five submissions, in the order of :data:`SOURCES`, each with its expected
        rows (``truth_rows.csv``).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind316(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bmra_compliance_lf.xlsx', 'federec_surete_lf.csv', 'fer_chatarra_lf.csv',
     'rema_scraptheft_lf.csv', 'bir_brussels_lf.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[1:4]]
    [('cp1252', ';'), ('utf-16', '\t'), ('utf-8', ',')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº expediente', 'Fecha del hecho', 'Tipología']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
