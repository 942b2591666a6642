"""Examiner sample set ``blind181`` (files ``*_ga.*``): Adriatic–Ionian desks and two partners.

Five sources that never wrote for trendlib before, each with its own working language,
file format and habits:

``sac_dcpc_it_ga.xlsx``
    Italy, Ministero dell'Interno, Direzione Centrale della Polizia Criminale, Servizio per
    l'Analisi Criminale (interforce). An English workbook kept by Italian analysts: real
    Excel dates with a few typed ones, offences by article of Italian law (``Art. 12 TUI``,
    ``Art. 601 c.p.``), Italian words left in (``barchino``, ``caporalato``, ``MSNA``,
    ``n.d.``, Italian country names), sea positions in degrees and decimal minutes.
    First reports the events detected in Italy.
``carinska_uprava_hr_ga.csv``
    Croatia, Carinska uprava (Customs Administration), enforcement sector: mobile units at
    Bajakovo and on the green border, scanner teams in the Adriatic ferry ports. English
    with Croatian words, Excel "Unicode text" export: UTF-16 with BOM, tab-delimited;
    ISO alpha-2 codes, routes as ``TR-BG-RS-BA``, Croatian dates ``17.05.2023.``, GPS cells
    ``N45.15123 E15.74123``, ``Ž`` for women. First reports the events detected in Croatia.
``gsacp_gr_ga.csv``
    Greece, Ministry of Citizen Protection, General Secretariat for Anti-Crime Policy,
    writing in French for the international unit (UTF-8 with BOM, ``,``): Greek law
    articles, ``T2 2023`` quarters and ISO numeric country codes left from the quarterly
    statistical returns, a few Greek-script country names, coordinates as pasted from a
    map (decimal or degrees-minutes-seconds). First
    reports the events detected in Greece.
``ansa_latina_ga.jsonl``
    ANSA Latina, the Spanish-language service of the Italian news agency ANSA: a JSON
    lines feed of its migration desk with ISO dates (some with local time and offset),
    plural demonyms (``venezolanos``), ``EE.UU.``, ``coyotaje``, ``NNA``, transit countries
    and linked offences as JSON arrays and a ``lat,lon`` geo point. First reports the
    events detected in Panama and the United States; re-sends some items.
``maeci_dgit_ga.csv``
    Italy, Ministero degli Affari Esteri, Direzione Generale per gli Italiani all'Estero e
    le Politiche Migratorie: the digest of the embassies' telegrams, in French, cp1252,
    ``;``. Day-first dates in four ways plus a few Excel serials, ``small boat`` and
    ``poids lourd``, Italian country names now and then, and country names garbled by a
    UTF-8 -> cp1252 round trip. The compilation: first reports every other event.

Every cell is written from the true event; the expected value is what a careful analyst
reads from that cell (``unknown`` or nothing where the cell says "not known" or is blank).
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["SOURCES", "make_blind181"]

_Rng = np.random.Generator

_SAC = "sac_dcpc_it"
_HR = "carinska_uprava_hr"
_GR = "gsacp_gr"
_ANSA = "ansa_latina"
_MAECI = "maeci_dgit"

#: The five sources, in the order their submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_SAC,
        filename="sac_dcpc_it_ga.xlsx",
        ref="SAC/{year}/{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Prot. no.",
            "event_date": "Date of fact",
            "crime_type": "Offence",
            "exploitation": "Type of exploitation",
            "n_persons": "No. persons involved",
            "n_suspects": "No. suspects (arrested/reported)",
            "gender": "Sex",
            "age_group": "Adults/Minors",
            "nationality": "Citizenship",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "detection_country": "Country of detection",
            "transit_countries": "Transit countries",
            "transport_mode": "Means of transport",
            "lat": "Lat.",
            "lon": "Long.",
            "linked_offences": "Connected offences",
        },
        note="Source: SDI/SSD interforce database - provisional data, to be consolidated",
        total="TOTAL",
        bad_count=("decine", "various", "numerous"),
        repeats=True,
    ),
    ExaminerSource(
        source=_HR,
        filename="carinska_uprava_hr_ga.csv",
        ref="410-05/{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Case No.",
            "event_date": "Date of detection",
            "crime_type": "Offence type",
            "exploitation": "Exploitation",
            "n_persons": "No. of migrants",
            "n_suspects": "Facilitators apprehended",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality (ISO)",
            "origin_country": "Country of origin (ISO)",
            "destination_country": "Destination (ISO)",
            "detection_country": "Detected in",
            "transit_countries": "Route (ISO)",
            "transport_mode": "Conveyance",
            "coordinates": "GPS",
            "linked_offences": "Other offences",
        },
        note="Napomena / Note: preliminary data, mobile units and port scanner teams",
        total="UKUPNO / TOTAL",
        bad_count=("several", "više", "group"),
        repeats=False,
    ),
    ExaminerSource(
        source=_GR,
        filename="gsacp_gr_ga.csv",
        ref="{seq:04d}/{year}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="fr",
        headers={
            "source_ref": "N° de protocole",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de personnes",
            "n_suspects": "Nombre d'auteurs interpellés",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="Données provisoires - relevés trimestriels des services, extraction du",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "quelques dizaines"),
        repeats=False,
    ),
    ExaminerSource(
        source=_ANSA,
        filename="ansa_latina_ga.jsonl",
        ref="{yy:02d}ALT{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "id_despacho",
            "event_date": "fecha",
            "crime_type": "delito",
            "exploitation": "tipo_explotacion",
            "n_persons": "personas",
            "n_suspects": "detenidos",
            "gender": "sexo",
            "age_group": "edad",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "detection_country": "pais_deteccion",
            "transit_countries": "paises_transito",
            "transport_mode": "medio",
            "coordinates": "geo",
            "linked_offences": "delitos_conexos",
        },
        note=None,
        total="TOTAL_PERIODO",
        bad_count=("decenas", "varios", "un centenar largo"),
        repeats=True,
    ),
    ExaminerSource(
        source=_MAECI,
        filename="maeci_dgit_ga.csv",
        ref="TLG-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "Réf. télégramme",
            "event_date": "Date de l'événement",
            "crime_type": "Type d'infraction",
            "exploitation": "Exploitation",
            "n_persons": "Personnes",
            "n_suspects": "Passeurs/auteurs arrêtés",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays (poste)",
            "transit_countries": "Transit",
            "transport_mode": "Moyen",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions liées",
        },
        note="NB : synthèse des télégrammes des postes, non exhaustive - mise à jour du",
        total="Total",
        bad_count=("plusieurs", "plusieurs dizaines"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
#: Italian country names (the two Italian desks leave some in).
_ITALIAN = {
    "AFG": "Afghanistan", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladesh",
    "BGR": "Bulgaria", "BIH": "Bosnia-Erzegovina", "BLR": "Bielorussia", "CHN": "Cina",
    "CIV": "Costa d'Avorio", "CMR": "Camerun", "COL": "Colombia", "DEU": "Germania",
    "DZA": "Algeria", "ECU": "Ecuador", "EGY": "Egitto", "ERI": "Eritrea", "ESP": "Spagna",
    "FRA": "Francia", "GBR": "Regno Unito", "GIN": "Guinea", "GMB": "Gambia",
    "GRC": "Grecia", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croazia", "HTI": "Haiti",
    "HUN": "Ungheria", "IRN": "Iran", "IRQ": "Iraq", "ITA": "Italia", "LBY": "Libia",
    "MAR": "Marocco", "MEX": "Messico", "MKD": "Macedonia del Nord", "MLI": "Mali",
    "MRT": "Mauritania", "NER": "Niger", "NGA": "Nigeria", "PAK": "Pakistan", "PAN": "Panama",
    "POL": "Polonia", "ROU": "Romania", "RUS": "Russia", "SEN": "Senegal", "SRB": "Serbia",
    "SYR": "Siria", "TUN": "Tunisia", "TUR": "Turchia", "USA": "Stati Uniti",
    "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
#: Croatian names of the Balkan-route countries (customs officers' own words).
_CROATIAN = {
    "AFG": "Afganistan", "SYR": "Sirija", "PAK": "Pakistan", "MAR": "Maroko",
    "TUR": "Turska", "BGR": "Bugarska", "SRB": "Srbija", "BIH": "Bosna i Hercegovina",
    "GRC": "Grčka", "MKD": "Sjeverna Makedonija", "DEU": "Njemačka", "AUT": "Austrija",
    "ITA": "Italija", "HRV": "Hrvatska",
}  # fmt: skip
#: Greek names of the Eastern Mediterranean countries (left in by the Greek desk).
_GREEK = {
    "SYR": "Συρία", "AFG": "Αφγανιστάν", "IRQ": "Ιράκ", "PAK": "Πακιστάν",
    "CMR": "Καμερούν", "TUR": "Τουρκία", "IRN": "Ιράν", "GRC": "Ελλάδα",
    "DEU": "Γερμανία", "AUT": "Αυστρία",
}  # fmt: skip
#: English nationality adjectives the Italian analysts write under "Citizenship".
_DEMONYM_EN = {
    "TUN": "Tunisian", "EGY": "Egyptian", "BGD": "Bangladeshi", "CIV": "Ivorian",
    "GIN": "Guinean", "SYR": "Syrian", "ERI": "Eritrean", "PAK": "Pakistani",
    "NGA": "Nigerian", "ROU": "Romanian", "AFG": "Afghan", "MAR": "Moroccan",
    "TUR": "Turkish",
}  # fmt: skip
#: Spanish plural demonyms of the wire's stories ("45 venezolanos").
_DEMONYM_ES = {
    "VEN": "venezolanos", "ECU": "ecuatorianos", "HTI": "haitianos", "COL": "colombianos",
    "CHN": "chinos", "MEX": "mexicanos", "GTM": "guatemaltecos", "HND": "hondureños",
    "TUN": "tunecinos", "EGY": "egipcios", "BGD": "bangladesíes", "CIV": "marfileños",
    "GIN": "guineanos", "SYR": "sirios", "ERI": "eritreos", "PAK": "pakistaníes",
    "SEN": "senegaleses", "MLI": "malienses", "MAR": "marroquíes", "GMB": "gambianos",
    "DZA": "argelinos", "AFG": "afganos", "IRN": "iraníes", "IRQ": "iraquíes",
    "ALB": "albaneses", "VNM": "vietnamitas", "YEM": "yemeníes",
}  # fmt: skip
#: Short forms the Spanish wire uses.
_ALIAS_ES = {"USA": ("EE.UU.", "EEUU"), "GBR": ("Gran Bretaña",)}

#: Country styles of each source (style -> weight).
_COUNTRY_STYLES: dict[str, dict[str, float]] = {
    _SAC: {"name": 0.62, "it": 0.12, "iso3": 0.05, "upper": 0.06, "demonym": 0.08,
           "typo": 0.04, "spaced": 0.03},
    _HR: {"iso2": 0.62, "iso3": 0.1, "name": 0.16, "hr": 0.07, "lower_iso2": 0.05},
    _GR: {"name": 0.66, "upper": 0.07, "iso3": 0.05, "numeric": 0.04, "el": 0.06,
          "typo": 0.05, "en": 0.07},
    _ANSA: {"name": 0.6, "demonym": 0.14, "iso3": 0.05, "alias": 0.06, "typo": 0.05,
            "lower": 0.05, "noaccent": 0.05},
    _MAECI: {"name": 0.66, "it": 0.09, "iso2": 0.05, "upper": 0.06, "mojibake": 0.07,
             "typo": 0.04, "noaccent": 0.03},
}  # fmt: skip

#: Crime-type words of each source: canonical -> (word, weight) pairs.
_CRIME: dict[str, dict[str, tuple[tuple[str, float], ...]]] = {
    _SAC: {
        "smuggling": (
            ("Art. 12 TUI (smuggling of migrants)", 0.45),
            ("Smuggling of migrants", 0.25),
            ("aiding and abetting illegal immigration", 0.15),
            ("Art. 12 D.Lgs. 286/98", 0.15),
        ),
        "trafficking": (
            ("Art. 601 c.p. (trafficking in persons)", 0.4),
            ("Trafficking in human beings", 0.3),
            ("THB", 0.15),
            ("Art. 600-601 c.p.", 0.15),
        ),
        "both": (("Art. 601 c.p. + Art. 12 TUI", 0.6), ("THB and smuggling", 0.4)),
    },
    _HR: {
        "smuggling": (
            ("Smuggling of migrants", 0.6),
            ("Facilitation of illegal entry", 0.2),
            ("krijumčarenje migranata", 0.2),
        ),
        "trafficking": (("Trafficking in human beings", 0.7), ("trgovanje ljudima", 0.3)),
        "both": (("Smuggling + THB", 0.6), ("THB / smuggling", 0.4)),
    },
    _GR: {
        "smuggling": (
            ("Trafic de migrants", 0.5),
            ("Trafic illicite de migrants (art. 30 L. 4251/2014)", 0.3),
            ("Aide à l'entrée irrégulière", 0.2),
        ),
        "trafficking": (
            ("Traite des êtres humains", 0.6),
            ("Traite des êtres humains (art. 323A CP)", 0.3),
            ("TEH", 0.1),
        ),
        "both": (("Traite + trafic de migrants", 0.6), ("TEH et trafic", 0.4)),
    },
    _ANSA: {
        "smuggling": (("tráfico de migrantes", 0.6), ("tráfico ilícito de migrantes", 0.4)),
        "trafficking": (("trata de personas", 0.75), ("trata", 0.25)),
        "both": (("trata y tráfico de migrantes", 1.0),),
    },
    _MAECI: {
        "smuggling": (
            ("trafic de migrants", 0.6),
            ("aide à l'entrée irrégulière", 0.25),
            ("passeurs (trafic de migrants)", 0.15),
        ),
        "trafficking": (("traite des êtres humains", 0.7), ("traite des personnes", 0.3)),
        "both": (("traite et trafic de migrants", 1.0),),
    },
}
#: The Latin American word for smuggling, used by the wire on the Americas' corridors.
_COYOTAJE = "coyotaje"
#: The UK word for trafficking, used by the embassy in London.
_MODERN_SLAVERY = "esclavage moderne (modern slavery)"

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _SAC: {
        "sexual": ("sexual exploitation", "forced prostitution"),
        "forced_labour": ("labour exploitation (caporalato)", "labour exploitation",
                          "forced labour"),
        "forced_criminality": ("forced criminal activities", "forced drug dealing"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    _HR: {
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("criminal activities",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    _GR: {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    _ANSA: {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("delincuencia forzada",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    _MAECI: {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("exploitation par le travail", "servitude domestique"),
        "forced_criminality": ("criminalité forcée", "culture de cannabis (criminalité forcée)"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}  # fmt: skip

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _SAC: {"male": ("M", "male"), "female": ("F", "female"), "mixed": ("M/F", "mixed")},
    _HR: {"male": ("M",), "female": ("Ž", "F"), "mixed": ("M+Ž", "M/F")},
    _GR: {"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte", "H/F")},
    _ANSA: {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    _MAECI: {
        "male": ("hommes", "masculin"),
        "female": ("femmes", "féminin"),
        "mixed": ("mixte", "hommes et femmes"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _SAC: {
        "adult": ("adults", "adults", "maggiorenni"),
        "child": ("minors", "MSNA", "minori"),
        "mixed": ("adults + minors", "mixed"),
    },
    _HR: {"adult": ("adult", "18+"), "child": ("minor", "UAM"), "mixed": ("adults+minors",)},
    _GR: {
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "MNA (mineurs non accompagnés)"),
        "mixed": ("mixte", "adultes et mineurs"),
    },
    _ANSA: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "NNA"),
        "mixed": ("mixto", "adultos y menores"),
    },
    _MAECI: {"adult": ("adultes",), "child": ("mineurs",), "mixed": ("mixte",)},
}
#: Transport words: source -> mode -> corridor-neutral words, plus corridor-specific ones.
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _SAC: {
        "sea": ("sea", "boat", "barchino", "fishing boat", "rubber dinghy"),
        "land": ("land", "car", "lorry", "train"),
        "air": ("air", "flight"),
    },
    _HR: {
        "sea": ("vessel",),
        "land": ("truck", "lorry (TIR)", "van", "car", "on foot", "kamion"),
        "air": ("aircraft",),
    },
    _GR: {
        "sea": ("embarcation pneumatique", "maritime", "bateau"),
        "land": ("terrestre", "à pied", "véhicule", "camion"),
        "air": ("aérien",),
    },
    _ANSA: {
        "sea": ("marítimo", "lancha", "embarcación neumática"),
        "land": ("terrestre", "a pie", "camión", "vehículo"),
        "air": ("aéreo", "avión"),
    },
    _MAECI: {
        "sea": ("small boat", "embarcation", "maritime", "pneumatique"),
        "land": ("terrestre", "poids lourd", "camion", "à pied"),
        "air": ("aérien", "avion"),
    },
}
_TRANSPORT_BY_CORRIDOR: dict[tuple[str, str, str], tuple[str, ...]] = {
    (_SAC, "cmed", "sea"): ("sailing boat", "barchino", "fishing boat"),
    (_ANSA, "watl", "sea"): ("cayuco",),
    (_ANSA, "wmed", "sea"): ("patera", "neumática"),
    (_ANSA, "wmed", "land"): ("salto de valla", "a pie"),
    (_ANSA, "us_mex", "land"): ("tráiler", "a pie", "vehículo"),
    (_ANSA, "darien", "land"): ("a pie", "a pie por la selva"),
    (_GR, "emed", "sea"): ("embarcation pneumatique", "canot pneumatique"),
}
_OFFENCES: dict[str, dict[str, str]] = {
    _SAC: {
        "document_fraud": "forgery of documents",
        "corruption": "corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "drug trafficking",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    _HR: {
        "document_fraud": "forged documents",
        "corruption": "bribery",
        "money_laundering": "money laundering",
        "illicit_goods": "tobacco smuggling",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    _GR: {
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    _ANSA: {
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "lavado de dinero",
        "illicit_goods": "narcotráfico",
        "cybercrime": "ciberdelito",
        "terrorism": "terrorismo",
    },
    _MAECI: {
        "document_fraud": "fraude documentaire",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
}
_OFFENCE_SEP = {_SAC: "; ", _HR: ", ", _GR: " / ", _MAECI: " + "}
_TRANSIT_SEP: dict[str, tuple[str, ...]] = {
    _SAC: (" - ", ", "),
    _HR: ("-", " > "),
    _GR: (", ", " / "),
    _MAECI: (", ", " - "),
}
#: What each source writes when a value is not known.
_UNKNOWN = {_SAC: "n.d.", _HR: "unknown", _GR: "inconnu", _ANSA: "s/d", _MAECI: "n.c."}
_UNKNOWN_EXPL = {
    _SAC: "n.d.",
    _HR: "unknown",
    _GR: "non précisée",
    _ANSA: "sin especificar",
    _MAECI: "non précisé",
}
_ZERO = {
    _SAC: ("none", "nessuno"),
    _HR: ("none", "nil"),
    _GR: ("aucun", "néant"),
    _ANSA: ("ninguno", "sin detenidos"),
    _MAECI: ("aucun",),
}
#: A word some sources write for a direct journey (no transit country).
_DIRECT = {_SAC: "none (direct)", _GR: "aucun (direct)", _MAECI: "direct"}

_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_OFFSET = {"PAN": "-05:00", "USA": "-06:00", "GBR": "+00:00"}  # wire's local-time offsets


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    """Draw a key of ``weights`` with probability proportional to its weight."""
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _pick_pairs(rng: _Rng, pairs: tuple[tuple[str, float], ...]) -> str:
    """Draw the word of one of ``(word, weight)`` pairs."""
    return _pick(rng, dict(pairs))


def _text(ev: Mapping[str, object], key: str) -> str | None:
    """Return a text field of the event, None if missing."""
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: Mapping[str, object], key: str) -> int | None:
    """Return a count field of the event, None if missing."""
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: Mapping[str, object], key: str) -> float | None:
    """Return a float field of the event, None if missing."""
    value = ev.get(key)
    return None if value is None else float(value)  # type: ignore[arg-type]


def _plain(text: str) -> str:
    """Drop accents (``Panamá`` -> ``Panama``), as a hurried typist does."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _typo(text: str, rng: _Rng) -> str:
    """Drop or swap one letter in the middle of a name of seven letters or more."""
    if len(text) < 7 or not text.isalpha():
        return text
    i = len(text) // 2
    if rng.random() < 0.5:
        return text[:i] + text[i + 1 :]
    if text[i] == text[i + 1]:
        return text[:i] + text[i + 1 :]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _name(src: ExaminerSource, iso: str) -> str:
    """Return the source's plain name of a country (in its working language)."""
    en, fr, es = COUNTRIES[iso][1], COUNTRIES[iso][2], COUNTRIES[iso][3]
    return {"en": en, "fr": fr, "es": es}[src.language]


def _country(
    src: ExaminerSource, iso: str, style: str, rng: _Rng, *, nationality: bool
) -> tuple[str, str | None]:
    """Write one ISO alpha-3 country in a style; return (cell, tag of the style or None)."""
    name = _name(src, iso)
    alpha2, numeric = iso_codes(iso)
    forms: dict[str, str | None] = {
        "name": name,
        "en": COUNTRIES[iso][1],
        "it": _ITALIAN.get(iso),
        "hr": _CROATIAN.get(iso),
        "el": _GREEK.get(iso),
        "iso2": alpha2,
        "lower_iso2": alpha2.lower(),
        "iso3": iso,
        "numeric": numeric,
        "upper": name.upper(),
        "lower": name.lower(),
        "spaced": f"  {name} ",
        "noaccent": _plain(name),
        "typo": _typo(name, rng),
        "mojibake": mojibake(name),
        "demonym": (
            (_DEMONYM_EN if src.language == "en" else _DEMONYM_ES).get(iso) if nationality else None
        ),
        "alias": choice(rng, _ALIAS_ES[iso]) if iso in _ALIAS_ES else None,
    }
    text = forms.get(style)
    if text is None or text == name or not fits(text, src):
        return name, None
    return text, f"{style}"


def _join_transit(src: ExaminerSource, codes: list[str], rng: _Rng) -> tuple[object, list[str]]:
    """Write an ordered transit list the source's way; return (cell, tags)."""
    tags: list[str] = []
    if src.source == _HR:  # customs write the route as ISO alpha-2 codes
        parts = [iso_codes(c)[0] for c in codes]
        tags.append("iso2:transit_countries")
        return choice(rng, _TRANSIT_SEP[_HR]).join(parts), tags
    style = _pick(rng, _COUNTRY_STYLES[src.source])
    parts = []
    for code in codes:
        text, tag = _country(src, code, style, rng, nationality=False)
        parts.append(text.strip())
        if tag is not None:
            tags.append(f"{tag}:transit_countries")
    tags = sorted(set(tags))
    if src.source == _ANSA:  # the feed holds lists as JSON arrays
        tags.append("json_array:transit_countries")
        return parts, tags
    return choice(rng, _TRANSIT_SEP[src.source]).join(parts), tags


def _case_noise(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a cell (the meaning stays)."""
    k = int(rng.integers(3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_text(src: ExaminerSource, ts: pd.Timestamp, style: str) -> object:
    """Write a day in one of the source's styles."""
    fr_month = _FR_MONTHS[ts.month - 1]
    forms: dict[str, object] = {
        "excel": ts.to_pydatetime(),
        "dmy": ts.strftime("%d/%m/%Y"),
        "dmy2": ts.strftime("%d/%m/%y"),
        "hr": ts.strftime("%d.%m.%Y."),
        "hr_short": f"{ts.day}.{ts.month}.{ts.year}.",
        "hr_nodot": ts.strftime("%d.%m.%Y"),
        "long_fr": f"{ts.day} {fr_month} {ts.year}",
        "long_es": f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}",
        "iso": ts.strftime("%Y-%m-%d"),
        "serial": str((ts - _EXCEL_EPOCH).days),
    }
    return forms[style]


_DAY_STYLES: dict[str, dict[str, float]] = {
    _SAC: {"excel": 0.82, "dmy": 0.18},
    _HR: {"hr": 0.7, "hr_short": 0.2, "hr_nodot": 0.1},
    _GR: {"dmy": 0.8, "long_fr": 0.2},
    _ANSA: {"iso": 0.74, "stamp": 0.13, "long_es": 0.13},
    _MAECI: {"dmy": 0.62, "dmy2": 0.15, "long_fr": 0.15, "serial": 0.08},
}
#: Share of rows written with a partial date (month or quarter), when the event allows.
_PARTIAL: dict[str, dict[str, float]] = {
    _SAC: {"month": 0.05},
    _HR: {},
    _GR: {"quarter": 0.07, "month": 0.04},
    _ANSA: {"month": 0.05},
    _MAECI: {"month": 0.05},
}


def _date_cell(
    src: ExaminerSource, ev: Mapping[str, object], rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event's date; return (cell, expected date, precision, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    r = rng.random()
    if partial_ok:
        edge = 0.0
        for kind, share in _PARTIAL[src.source].items():
            edge += share
            if r < edge:
                return _partial(src, ts, kind)
    style = _pick(rng, _DAY_STYLES[src.source])
    tags: list[str] = []
    if style == "stamp":  # a wire time stamp in the place's local time (daytime)
        offset = _OFFSET.get(str(ev.get("detection_country")), "+02:00")
        hour, minute = 8 + int(rng.integers(9)), int(rng.integers(60))
        cell: object = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00{offset}"
        tags.append("datetime")
    else:
        cell = _day_text(src, ts, style)
        if style == "serial":
            tags.append("excel_serial")
        elif style != "excel":
            tags.append(f"date_{style}")
    return cell, ts.normalize(), "day", tags


def _partial(
    src: ExaminerSource, ts: pd.Timestamp, kind: str
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write a month or a quarter the source's way."""
    if kind == "quarter":
        start = ts.to_period("Q").start_time
        return f"T{ts.quarter} {ts.year}", start, "quarter", ["partial_date"]
    start = ts.to_period("M").start_time
    if src.source == _SAC:
        cell = ts.strftime("%m/%Y")
    elif src.source == _ANSA:
        cell = ts.strftime("%Y-%m")
    else:
        cell = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
    return cell, start, "month", ["partial_date"]


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a missing, impossible or future date the source's way."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        forms = {
            _SAC: f"31/02/{ts.year}",
            _HR: f"{ts.day:02d}.13.{ts.year}.",
            _GR: f"30/02/{ts.year}",
            _ANSA: f"{ts.year}-02-30",
            _MAECI: f"31/02/{ts.year % 100:02d}",
        }
        return forms[src.source]
    future = ts + pd.DateOffset(years=10)  # a slip of the decade digit
    style = next(iter(_DAY_STYLES[src.source]))
    return _day_text(src, future, style)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last row)."""
    style = next(iter(_DAY_STYLES[src.source]))
    return _day_text(src, last.normalize(), style)


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count_cell(src: ExaminerSource, value: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons; big ones with the source's thousands separator."""
    if src.format == "xlsx":
        return value, []
    if value >= 1000:
        if src.source == _GR:
            sep = choice(rng, ("\u202f", "\u00a0", " "))
        elif src.source == _MAECI:
            sep = " "
        elif src.source == _ANSA:
            sep = "."
        else:
            sep = ""
        if sep:
            return f"{value // 1000}{sep}{value % 1000:03d}", ["thousands:n_persons"]
    if src.format == "jsonl":
        return value, []
    return str(value), []


def _dms(value: float, positive: str, negative: str, *, width: int) -> tuple[str, float]:
    """Degrees, minutes and seconds to one decimal; return (text, value it reads as)."""
    hemi = positive if value >= 0 else negative
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    text = f"{deg:0{width}d}°{minutes:02d}'{sec / 10:04.1f}\"{hemi}"
    read = (deg + minutes / 60 + sec / 36000) * (1 if value >= 0 else -1)
    return text, round(read, 7)


def _dm(value: float, positive: str, negative: str, *, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (seafarers' style); return (text, value it reads as)."""
    hemi = positive if value >= 0 else negative
    thousandths = round(abs(value) * 60000)
    deg, rest = divmod(thousandths, 60000)
    text = f"{deg:0{width}d}°{rest / 1000:06.3f}'{hemi}"
    read = (deg + rest / 60000) * (1 if value >= 0 else -1)
    return text, round(read, 7)


def _coordinates(
    src: ExaminerSource, ev: Mapping[str, object], rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, expected lon, tags)."""
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    keys = ("lat", "lon") if "lat" in src.headers else ("coordinates",)
    empty: dict[str, object] = dict.fromkeys(keys)
    if blank:
        return empty, None, None, ["blank_coordinates"]
    if lat is None or lon is None:
        return empty, None, None, ["coords_missing"]
    missing = {_SAC: 0.02, _HR: 0.08, _GR: 0.06, _ANSA: 0.12, _MAECI: 0.1}[src.source]
    r = rng.random()
    if r < missing:
        return empty, None, None, ["coords_missing"]
    r = rng.random()
    if src.source == _SAC:
        if ev.get("transport_mode") == "sea" and r < 0.15:
            t_lat, e_lat = _dm(lat, "N", "S", width=2)
            t_lon, e_lon = _dm(lon, "E", "W", width=3)
            return {"lat": t_lat, "lon": t_lon}, e_lat, e_lon, ["coords_dm"]
        if r < 0.25:
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                lat,
                lon,
                ["coords_decimal_comma"],
            )
        return {"lat": lat, "lon": lon}, lat, lon, []
    if src.source == _HR:
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        if r < 0.85:
            cell = f"{ns}{abs(lat):.5f} {ew}{abs(lon):.5f}"
            return {"coordinates": cell}, lat, lon, ["coords_gps_prefix"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if src.source == _GR:
        if r < 0.22:
            t_lat, e_lat = _dms(lat, "N", "S", width=1)
            t_lon, e_lon = _dms(lon, "E", "W", width=1)
            return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon, ["coords_dms"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if src.source == _ANSA:
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, lat, lon, []
    cells: dict[str, object] = {
        "lat": f"{lat:.5f}".replace(".", ","),
        "lon": f"{lon:.5f}".replace(".", ","),
    }
    return cells, lat, lon, ["coords_decimal_comma"]


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _vocab(src: ExaminerSource, table: Mapping[str, tuple[str, ...]], value: str, rng: _Rng) -> str:
    """Return the usual word (60 %) or one of its variants."""
    words = table[value]
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    name = src.source
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    noisy = name in (_SAC, _GR, _MAECI)  # hand-typed sheets: case and spacing slips

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ev, rng, partial_ok=partial_ok
    )
    tags += t

    corridor = str(ev["corridor"])
    crime = str(ev["crime_type"])
    word = _pick_pairs(rng, _CRIME[name][crime])
    if name == _ANSA and crime == "smuggling" and corridor in ("us_mex", "darien"):
        if rng.random() < 0.25:
            word, tags = _COYOTAJE, [*tags, "jargon:crime_type"]
    if name == _MAECI and crime == "trafficking" and ev.get("detection_country") == "GBR":
        if rng.random() < 0.4:
            word, tags = _MODERN_SLAVERY, [*tags, "jargon:crime_type"]
    if noisy and rng.random() < 0.04:
        word, tags = _case_noise(word, rng), [*tags, "case:crime_type"]
    cells["crime_type"], exp["crime_type"] = word, crime

    expl = _text(ev, "exploitation")
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.05:
        cells["exploitation"], exp["exploitation"] = _UNKNOWN_EXPL[name], "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _vocab(src, _EXPLOITATION[name], expl, rng)
        exp["exploitation"] = expl

    persons = _int(ev, "n_persons")
    if persons is None or rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = _UNKNOWN[name], None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count_cell(src, persons, rng)
        exp["n_persons"] = persons
        tags += t

    suspects = _int(ev, "n_suspects")
    r = rng.random()
    if forced_blank == "n_suspects" or suspects is None or r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = _UNKNOWN[name], None
        tags.append("suspects_placeholder")
    elif suspects == 0 and rng.random() < 0.35:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _ZERO[name]), 0
        tags.append("zero_word")
    else:
        numeric = src.format in ("xlsx", "jsonl")
        cells["n_suspects"] = suspects if numeric else str(suspects)
        exp["n_suspects"] = suspects

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.035:
        cells["gender"], exp["gender"] = _UNKNOWN[name], "unknown"
        tags += ["blank_gender", "unknown_word:gender"]
    else:
        word = _vocab(src, _GENDER[name], gender, rng)
        if noisy and rng.random() < 0.03:
            word, tags = _case_noise(word, rng), [*tags, "case:gender"]
        cells["gender"], exp["gender"] = word, gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = _UNKNOWN[name], "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"], exp["age_group"] = _vocab(src, _AGE[name], age, rng), age

    styles = _COUNTRY_STYLES[name]
    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality" or r < 0.015:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif r < 0.025:
        cells["nationality"], exp["nationality"] = _UNKNOWN[name], None
        tags += ["blank_nationality", "unknown_word:nationality"]
    else:
        text, tag = _country(src, nat, _pick(rng, styles), rng, nationality=True)
        cells["nationality"], exp["nationality"] = text, nat
        tags += [f"{tag}:nationality"] if tag else []
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        text, tag = _country(src, iso, _pick(rng, styles), rng, nationality=False)
        cells[col], exp[col] = text, iso
        tags += [f"{tag}:{col}"] if tag else []
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text, tag = _country(src, det, _pick(rng, styles), rng, nationality=False)
        cells["detection_country"], exp["detection_country"] = text, det
        tags += [f"{tag}:detection_country"] if tag else []

    transit = _text(ev, "transit_countries")
    exp["transit_countries"] = transit
    if transit is None:
        direct = _DIRECT.get(name)
        if direct is not None and rng.random() < 0.3:
            cells["transit_countries"] = direct
            tags.append("direct_word")
        else:
            cells["transit_countries"] = None
    else:
        cells["transit_countries"], t = _join_transit(src, transit.split("|"), rng)
        tags += t

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = _UNKNOWN[name], "unknown"
        tags.append("na_word:transport_mode")
    else:
        special = _TRANSPORT_BY_CORRIDOR.get((name, corridor, mode))
        if special is not None and rng.random() < 0.5:
            word = choice(rng, special)
        else:
            word = _vocab(src, _TRANSPORT[name], mode, rng)
        if noisy and rng.random() < 0.03:
            word, tags = _case_noise(word, rng), [*tags, "case:transport_mode"]
        cells["transport_mode"], exp["transport_mode"] = word, mode

    coords, exp["lat"], exp["lon"], t = _coordinates(
        src, ev, rng, blank=forced_blank == "coordinates"
    )
    cells.update(coords)
    tags += t

    offences = _text(ev, "linked_offences")
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_OFFENCES[name][o] for o in offences.split("|")]
        if name == _ANSA:
            cells["linked_offences"] = words
            tags.append("json_array:linked_offences")
        else:
            cells["linked_offences"] = _OFFENCE_SEP[name].join(words)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"ITA": _SAC, "HRV": _HR, "GRC": _GR, "PAN": _ANSA, "USA": _ANSA},
    compilation=_MAECI,
    secondary={
        ("cmed", "ITA"): _ANSA,  # the wire runs the Lampedusa landings
        ("thb_nga_ita", "ITA"): _MAECI,  # the embassy in Abuja follows the Nigerian cases
        ("thb_rou_esp", "ITA"): _MAECI,
        ("emed", "GRC"): _MAECI,  # the embassy in Athens
        ("wbal", "HRV"): _SAC,  # the Italian-Slovenian-Croatian joint patrols
        ("thb_rou_esp", "ESP"): _SAC,  # joint investigations with Spain
        ("watl", "ESP"): _ANSA,
        ("wmed", "ESP"): _ANSA,
        ("channel", "FRA"): _ANSA,
        ("channel", "GBR"): _ANSA,
        ("darien", "PAN"): _MAECI,  # the embassies in Panama and Washington
        ("us_mex", "USA"): _MAECI,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=181,
    blank_share=0.3,
)


def make_blind181(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind181`` examiner set (files ``*_ga.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sac_dcpc_it_ga.xlsx`` (Italian analysts' English workbook),
        ``carinska_uprava_hr_ga.csv`` (Croatian customs, English, UTF-16, tab),
        ``gsacp_gr_ga.csv`` (Greek anti-crime secretariat, French, UTF-8 with BOM, ``,``),
        ``ansa_latina_ga.jsonl`` (Spanish-language wire feed) and ``maeci_dgit_ga.csv``
        (Italian foreign ministry digest, French, cp1252, ``;``), each with its expected
        rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind181(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sac_dcpc_it_ga.xlsx', 'carinska_uprava_hr_ga.csv', 'gsacp_gr_ga.csv',
     'ansa_latina_ga.jsonl', 'maeci_dgit_ga.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-16', 'utf-8-sig', 'utf-8', 'cp1252']
    >>> subs[1].frame.columns[:3].tolist()
    ['Case No.', 'Date of detection', 'Offence type']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
