"""Examiner variant ``blind197`` (files ``*_gq.*``): Albanian networks to the United Kingdom.

Five sources that watch the Channel route and its neighbours, each writing the way its
office does:

``sous_prefecture_dunkerque_gq.xlsx``
    Sous-préfecture de Dunkerque, cellule « pression migratoire littoral » (French). An
    Excel follow-up table of the events on the Nord / Pas-de-Calais coast: real Excel
    dates (some typed as text, some only « mai 2023 » or « T2 2023 »), the commune with
    its département number instead of a country, nationalities as feminine adjectives
    (« afghane »), « Angleterre » for the United Kingdom, « small boat » / « taxi-boat » /
    « PL » for the means, « néant » for no smuggler arrested, « NC » for a count not
    given, GPS points with decimal commas. No origin or transit column. First reporter
    of every event detected in France.
``ses_gabinete_coordinacion_gq.csv``
    Secretaría de Estado de Seguridad, Gabinete de Coordinación y Estudios (Spanish). A
    cp1252 CSV with ``;`` and CRLF, as Excel writes it on a Spanish Windows: dates
    ``dd/mm/aaaa`` (a few ``dd/mm/aa``, pasted Excel serials, « mayo de 2023 »,
    « T2 2023 »), the province or island instead of a country, legal articles as the
    crime type (« art. 318 bis CP »), nationalities as gentilicios (« marroquí »,
    « subsahariana » when not established), ``H`` / ``M`` (hombre / mujer), ``.`` as
    thousands separator, sea positions in degrees and decimal minutes, and some UTF-8
    text pasted into the cp1252 export (mojibake). First reporter of every event
    detected in Spain; re-sends a few rows.
``sibylline_intel_gq.jsonl``
    A London strategic-risk intelligence desk's event feed (English, JSON lines from its
    API): ISO dates and timestamps, ISO alpha-2 country codes, demonyms for nationality,
    routes joined by `` > ``, UK wording (« Modern slavery », « Lorry/HGV »), ``null``
    where a value is not known. The compilation: first reporter of every event detected
    elsewhere (the United Kingdom, Italy, Greece, Croatia, Poland, Panama, the United
    States); its paginated export repeats a few records.
``spak_bkh_al_gq.csv``
    Albania's Special Prosecution Office / National Bureau of Investigation (SPAK/BKH),
    sharing with its UK partners under a joint investigation (English with Albanian):
    UTF-8 with BOM, ``,``, bilingual headers (« Date (Data) »), dates ``dd.mm.yyyy``,
    offences by article of the Albanian Criminal Code, some country names in Albanian
    (« Mbretëria e Bashkuar »), « gomone » for the dinghies, no coordinates. Reports
    again Channel events detected in France, where the networks it prosecutes launch
    their boats and load their lorries.
``pjf_bruxelles_gq.csv``
    Police judiciaire fédérale de Bruxelles, section traite et trafic des êtres humains
    (Belgian French). An ISLP extract saved by Excel as « Texte Unicode »: UTF-16 with
    BOM, tab-separated. Belgian legal wording: « trafic d'êtres humains (art. 77bis) » is
    smuggling, « traite des êtres humains (art. 433quinquies) » trafficking,
    « exploitation économique » forced labour; PV numbers as references, ISO alpha-3
    codes beside French names, « MENA » for unaccompanied minors, GPS points written
    ``N 50.95123 E 1.85341``. Reports again Channel crossings detected in the United
    Kingdom and Vietnamese trafficking cases detected there (its networks move people
    and lorries through Belgium).

The truth says what a careful analyst reads in each cell: a commune or province is its
country, an adjective or demonym its nationality, an approximate count (« env. 45 ») the
count, a word for "not known" nothing (``unknown`` for a category), a zero word 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["EXAMINER", "SOURCES", "make_blind197"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

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

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
DUNKERQUE = ExaminerSource(
    source="sous_prefecture_dunkerque",
    filename="sous_prefecture_dunkerque_gq.xlsx",
    ref="SPD-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "detection_country": "Commune / lieu",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "destination_country": "Destination",
        "transport_mode": "Mode opératoire",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note=(
        "NB : données provisoires arrêtées par la cellule migrants de la "
        "sous-préfecture, sous réserve de consolidation — diffusion restreinte"
    ),
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs dizaines", "groupe important"),
    repeats=False,
)
SES = ExaminerSource(
    source="ses_gabinete_coordinacion",
    filename="ses_gabinete_coordinacion_gq.csv",
    ref="GCE/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha hecho",
        "detection_country": "Provincia",
        "crime_type": "Tipología penal",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "coordinates": "Posición",
        "linked_offences": "Delitos conexos",
    },
    note=(
        "Nota: datos provisionales, sujetos a revisión. Fuente: Gabinete de Coordinación y Estudios"
    ),
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=True,
)
SIBYLLINE = ExaminerSource(
    source="sibylline_intel",
    filename="sibylline_intel_gq.jsonl",
    ref="SIB-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "ref",
        "event_date": "occurred",
        "detection_country": "country_code",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "arrests",
        "gender": "sex",
        "age_group": "age_profile",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "transit_countries": "route",
        "transport_mode": "mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "multiple", "several dozen"),
    repeats=True,
)
SPAK = ExaminerSource(
    source="spak_bkh_al",
    filename="spak_bkh_al_gq.csv",
    ref="SPAK-{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Ref. No (Nr. Ref.)",
        "event_date": "Date (Data)",
        "crime_type": "Offence (Vepra penale)",
        "exploitation": "Form of exploitation (Forma e shfrytëzimit)",
        "n_persons": "Persons (Persona)",
        "n_suspects": "Arrested (Të arrestuar)",
        "gender": "Sex (Gjinia)",
        "age_group": "Age (Mosha)",
        "nationality": "Nationality (Shtetësia)",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "transit_countries": "Route / transit",
        "transport_mode": "Means (Mjeti)",
        "linked_offences": "Related offences",
    },
    note="Note / Shënim: preliminary data shared under the JIT agreement, not for onward use",
    total="TOTAL / GJITHSEJ",
    bad_count=("disa / several",),
    repeats=False,
)
PJF = ExaminerSource(
    source="pjf_bruxelles",
    filename="pjf_bruxelles_gq.csv",
    ref="BR.21.L7.{seq:06d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "crime_type": "Prévention",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nbre victimes/personnes",
        "n_suspects": "Auteurs",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coord. WGS84",
        "linked_offences": "Infractions connexes",
    },
    note="Remarque : extraction ISLP, données non consolidées — usage policier exclusif",
    total="Total général",
    bad_count=("plusieurs",),
    repeats=False,
)
#: The variant's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (DUNKERQUE, SES, SIBYLLINE, SPAK, PJF)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
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
# The other English names an English-language desk uses, and its usual slips.
_ALIAS_EN = {
    "CHN": "PRC",
    "CIV": "Ivory Coast",
    "GIN": "Guinea-Conakry",
    "GMB": "The Gambia",
    "SYR": "Syrian Arab Republic",
    "TUR": "Turkey",
    "VNM": "Vietnam",
}
_TYPO_EN = {
    "AFG": "Afganistan",
    "BGD": "Bangladseh",
    "COL": "Columbia",
    "ERI": "Eritria",
    "GTM": "Guatamala",
    "NGA": "Nigeira",
    "PAK": "Pakistn",
    "VEN": "Venezuala",
}
# Nationalité (feminine): « nationalité afghane ».
_ADJ_FR = {
    "AFG": ("afghane", "afgane"),
    "ALB": ("albanaise", "albannaise"),
    "ERI": ("érythréenne", "erythreenne"),
    "IRN": ("iranienne", "iranniene"),
    "IRQ": ("irakienne", "irakiene"),
    "SYR": ("syrienne", "syriene"),
    "VNM": ("vietnamienne", "vietnamiene"),
}
# Nacionalidad (feminine): « nacionalidad marroquí ».
_ADJ_ES = {
    "CIV": ("marfileña", "marfileña"),
    "DZA": ("argelina", "argelina"),
    "GIN": ("guineana", "guineana"),
    "GMB": ("gambiana", "gambiana"),
    "MAR": ("marroquí", "marroqui"),
    "MLI": ("maliense", "maliense"),
    "ROU": ("rumana", "rumana"),
    "SEN": ("senegalesa", "senegalesa"),
}
_SUBSAHARAN = ("CIV", "GIN", "GMB", "MLI", "SEN")
# CLDR's Albanian names of the countries the Albanian desk writes in its own language.
_ALBANIAN = {
    "AFG": "Afganistan",
    "ALB": "Shqipëri",
    "DEU": "Gjermani",
    "ERI": "Eritre",
    "FRA": "Francë",
    "GBR": "Mbretëria e Bashkuar",
    "IRN": "Iran",
    "IRQ": "Irak",
    "SYR": "Siri",
    "VNM": "Vietnam",
}
# Communes of the Nord / Pas-de-Calais coast: (name, département, lat, lon).
_COMMUNES = (
    ("Wissant", "62", 50.885, 1.662),
    ("Sangatte", "62", 50.945, 1.754),
    ("Coquelles", "62", 50.927, 1.800),
    ("Calais", "62", 50.951, 1.858),
    ("Marck", "62", 50.949, 1.949),
    ("Oye-Plage", "62", 50.977, 2.043),
    ("Gravelines", "59", 50.986, 2.128),
    ("Loon-Plage", "59", 50.993, 2.217),
    ("Grande-Synthe", "59", 51.013, 2.303),
    ("Dunkerque", "59", 51.034, 2.377),
)
# Province (and, for the Canaries, the island) of the Spanish hotspots.
_PROVINCIA = {
    "Ceuta": ("Ceuta", None),
    "Melilla": ("Melilla", None),
    "Almería": ("Almería", None),
    "Almería (El Ejido)": ("Almería", "El Ejido (Almería)"),
    "Huelva": ("Huelva", None),
    "Gran Canaria": ("Las Palmas", "Gran Canaria"),
    "Lanzarote": ("Las Palmas", "Lanzarote"),
    "Tenerife": ("Santa Cruz de Tenerife", "Tenerife"),
    "El Hierro": ("Santa Cruz de Tenerife", "El Hierro"),
}

_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    "sous_prefecture_dunkerque": {
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "AESI",
            "Aide à l'entrée/séjour irréguliers (art. L.823-1 CESEDA)",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "TEH / AESI"),
    },
    "ses_gabinete_coordinacion": {
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Inmigración ilegal (318 bis)",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH (177 bis)"),
        "both": ("TSH + favorecimiento inmigración ilegal (177 bis / 318 bis)",),
    },
    "sibylline_intel": {
        "smuggling": ("Migrant smuggling", "People smuggling", "Facilitation of illegal entry"),
        "trafficking": ("Human trafficking", "Trafficking in persons"),
        "both": ("Smuggling / trafficking", "People smuggling; human trafficking"),
    },
    "spak_bkh_al": {
        "smuggling": (
            "Illegal crossing of the border, facilitation (Art. 298 CC)",
            "Smuggling of migrants",
        ),
        "trafficking": ("Trafficking in persons (Art. 110/a CC)",),
        "both": ("Art. 298 + Art. 110/a CC (smuggling and trafficking)",),
    },
    "pjf_bruxelles": {
        "smuggling": (
            "Trafic d'êtres humains (art. 77bis)",
            "Trafic d'êtres humains — art. 77bis loi du 15.12.1980",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 433quinquies)",
            "Traite des êtres humains",
        ),
        "both": ("Traite + trafic (art. 433quinquies / 77bis)",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "be": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("exploitation économique",),
        "forced_criminality": ("commission forcée d'infractions",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "es": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "en": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "al": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality (cannabis cultivation)", "forced criminality"),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}
_GENDER: dict[str, _Words] = {
    "sous_prefecture_dunkerque": {
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F"),
    },
    "ses_gabinete_coordinacion": {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("ambos sexos", "mixto"),
    },
    "sibylline_intel": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    "spak_bkh_al": {"male": ("M",), "female": ("F",), "mixed": ("M/F",)},
    "pjf_bruxelles": {
        "male": ("masculin", "M"),
        "female": ("féminin", "F"),
        "mixed": ("mixte",),
    },
}
_AGE: dict[str, _Words] = {
    "sous_prefecture_dunkerque": {
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "familles"),
    },
    "ses_gabinete_coordinacion": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores",),
    },
    "sibylline_intel": {
        "adult": ("adult",),
        "child": ("minor", "unaccompanied minors"),
        "mixed": ("mixed",),
    },
    "spak_bkh_al": {"adult": ("adult",), "child": ("minor",), "mixed": ("adults and minors",)},
    "pjf_bruxelles": {
        "adult": ("majeur(s)",),
        "child": ("mineur(s)", "MENA"),
        "mixed": ("majeurs et mineurs",),
    },
}
_OFFENCES: dict[str, _Words] = {
    "fr": {
        "document_fraud": ("usage de faux documents", "faux documents administratifs"),
        "money_laundering": ("blanchiment",),
        "corruption": ("corruption",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "be": {
        "document_fraud": ("faux et usage de faux",),
        "money_laundering": ("blanchiment",),
        "corruption": ("corruption",),
        "illicit_goods": ("stupéfiants (culture de cannabis)", "stupéfiants"),
        "cybercrime": ("criminalité informatique",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental",),
        "money_laundering": ("blanqueo de capitales",),
        "corruption": ("cohecho",),
        "illicit_goods": ("contra la salud pública", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "en": {
        "document_fraud": ("document fraud",),
        "money_laundering": ("money laundering",),
        "corruption": ("bribery", "corruption"),
        "illicit_goods": ("drugs", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "al": {
        "document_fraud": ("forgery of documents (Art. 189)",),
        "money_laundering": ("money laundering (Art. 287)",),
        "corruption": ("corruption",),
        "illicit_goods": ("narcotics (Art. 283)",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_LANG = {
    "sous_prefecture_dunkerque": ("fr", " ; "),
    "ses_gabinete_coordinacion": ("es", " / "),
    "sibylline_intel": ("en", ", "),
    "spak_bkh_al": ("al", "; "),
    "pjf_bruxelles": ("be", ", "),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Draw the usual word (60 %) or one of its variants."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _case(rng: _Rng, text: str, rate: float) -> str:
    """Change the case or spacing of ``rate`` of the cells (the meaning stays)."""
    if rng.random() >= rate:
        return text
    kind = int(rng.integers(3))
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _expected(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    """Return the event's own values: what a row writing every field well expects."""
    exp = {f: ev.get(f) for f in EVENT_FIELDS}
    exp["event_date"] = ts
    exp["date_precision"] = "day"
    return exp


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _impossible_day(ts: pd.Timestamp) -> tuple[int, int]:
    """Return a day and month no calendar has (day 0, 31 of a 30-day month, 30 February)."""
    if ts.day % 2 == 0:
        return 0, ts.month
    if ts.month in (4, 6, 9, 11):
        return 31, ts.month
    return 30, 2


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _en_country(rng: _Rng, iso: str, tags: list[str], col: str) -> str:
    """Write an English country name as the desk does (a few usual aliases and typos)."""
    r = rng.random()
    if r < 0.1 and iso in _ALIAS_EN:
        tags.append(f"alias:{col}")
        return _ALIAS_EN[iso]
    if 0.1 <= r < 0.13 and iso in _TYPO_EN:
        tags.append(f"typo:{col}")
        return _TYPO_EN[iso]
    return _name(iso, "en")


def _points(value: float, decimals: int) -> float:
    return round(float(value), decimals)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (« 36º49,8'N »); return the text and the value it means."""
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    text = f"{deg:0{width}d}º{rest // 10:02d},{rest % 10}'{pos if value >= 0 else neg}"
    return text, (1 if value >= 0 else -1) * tenths / 600


def _offences(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str | None:
    raw = ev.get("linked_offences")
    if raw is None:
        return None
    lang, sep = _OFFENCE_LANG[src.source]
    return sep.join(_word(rng, _OFFENCES[lang][o]) for o in str(raw).split("|"))


def _crime(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    return _word(rng, _CRIME[src.source][str(ev["crime_type"])])


def _exploitation(ev: dict[str, object], lang: str, rng: _Rng) -> str | None:
    form = ev.get("exploitation")
    return None if form is None else _word(rng, _EXPLOITATION[lang][str(form)])


def _count(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _suspects(
    rng: _Rng,
    ev: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
    *,
    zero: str | None,
    unknown: str | None,
    as_text: bool,
) -> object:
    """Write the suspects cell: a number, a word for none, or a word for not known."""
    n = _count(ev["n_suspects"])
    r = rng.random()
    if unknown is not None and r < 0.03:
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return unknown
    if n == 0 and zero is not None and r < 0.45:
        tags.append("zero_word")
        return zero
    return str(n) if as_text else n


def _gender(
    src: ExaminerSource, ev: dict[str, object], exp: dict[str, object], rng: _Rng, na: str
) -> object:
    """Write the gender cell; a few say it is not known."""
    if rng.random() < 0.03:
        exp["gender"] = "unknown"
        return na
    return _word(rng, _GENDER[src.source][str(ev["gender"])])


def _blank(forced: str | None, cells: _Cells, exp: dict[str, object], tags: list[str]) -> list[str]:
    """Leave blank the field a second report does not give; drop that field's other tags."""
    if forced is None:
        return tags
    gone: tuple[str, ...]
    if forced == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            if key in cells:
                cells[key] = None
        exp["lat"] = exp["lon"] = None
        gone = ("coords_",)
    else:
        cells[forced] = None
        exp[forced] = "unknown" if forced == "gender" else None
        gone = (
            ("zero_word", "suspects_placeholder")
            if forced == "n_suspects"
            else (f":{forced}", f"_{forced}")
        )
    kept = [t for t in tags if not any(g in t for g in gone)]
    return [*kept, f"blank_{forced}"]


# --------------------------------------------------------------------------------------
# One writer per source
# --------------------------------------------------------------------------------------
def _commune(lat: float, lon: float) -> tuple[str, str]:
    best = min(_COMMUNES, key=lambda c: (c[2] - lat) ** 2 + ((c[3] - lon) * 0.63) ** 2)
    return best[0], best[1]


def _dunkerque(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, *, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Sous-préfecture de Dunkerque: an Excel follow-up table in French."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    exp["origin_country"] = exp["transit_countries"] = None  # no such columns
    tags: list[str] = []
    cells: _Cells = {}

    r = rng.random()
    if partial_ok and r < 0.04:
        cells["event_date"] = f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif partial_ok and r < 0.065:
        cells["event_date"] = f"T{ts.quarter} {ts.year}"
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    elif r < 0.88:
        cells["event_date"] = ts.to_pydatetime()
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("date_as_text")

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    name, dept = _commune(lat, lon)
    sea = ev["transport_mode"] == "sea"
    place = f"{name} ({dept})"
    cells["detection_country"] = f"au large de {place}" if sea and rng.random() < 0.25 else place
    tags.append("place_name:detection_country")

    cells["crime_type"] = _crime(src, ev, rng)
    cells["exploitation"] = _exploitation(ev, "fr", rng)

    n = _count(ev["n_persons"])
    r = rng.random()
    if r < 0.03:
        cells["n_persons"] = "NC"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif r < 0.07 and n >= 20:
        cells["n_persons"] = f"env. {n}"
        tags.append("approx_count")
    else:
        cells["n_persons"] = n
    cells["n_suspects"] = _suspects(rng, ev, exp, tags, zero="néant", unknown="NC", as_text=False)

    cells["gender"] = _gender(src, ev, exp, rng, "non renseigné")
    if exp["gender"] == "unknown" and ev["gender"] != "unknown":
        tags.append("blank_gender")
    if rng.random() < 0.03:
        cells["age_group"] = "n.d."
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _AGE[src.source][str(ev["age_group"])])

    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.03:
        cells["nationality"] = "indéterminée"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        plain, typo = _ADJ_FR[nat]
        text = typo if r < 0.08 else plain
        if r < 0.08:
            tags.append("typo:nationality")
        cased = _case(rng, text, 0.08)
        if cased != text:
            tags.append("case:nationality")
        cells["nationality"] = cased

    r = rng.random()
    cells["destination_country"] = (
        "Royaume-Uni" if r < 0.5 else "Angleterre" if r < 0.8 else "UK"
    )  # the Channel route ends in the United Kingdom
    if r >= 0.5:
        tags.append("alias:destination_country")

    if rng.random() < 0.03:
        cells["transport_mode"] = "n.d."
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif sea:
        cells["transport_mode"] = _word(rng, ("small boat", "embarcation pneumatique", "taxi-boat"))
    else:
        cells["transport_mode"] = _word(rng, ("poids lourd", "PL", "camion"))

    if rng.random() < 0.04:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        wlat, wlon = _points(lat, 5), _points(lon, 5)
        cells["coordinates"] = f"{wlat:.5f} ; {wlon:.5f}".replace(".", ",")
        exp["lat"], exp["lon"] = wlat, wlon
    cells["linked_offences"] = _offences(src, ev, rng)
    return cells, exp, tags


def _ses(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, *, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Gabinete de Coordinación y Estudios (SES): a cp1252 CSV in Spanish."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}

    r = rng.random()
    if partial_ok and r < 0.035:
        cells["event_date"] = f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif partial_ok and r < 0.055:
        cells["event_date"] = f"T{ts.quarter} {ts.year}"
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    elif r < 0.08:
        cells["event_date"] = str(_excel_serial(ts))
        tags.append("excel_serial")
    elif r < 0.13:
        cells["event_date"] = ts.strftime("%d/%m/%y")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")

    provincia, isla = _PROVINCIA[str(ev["hotspot"])]
    cells["detection_country"] = isla if isla is not None and rng.random() < 0.3 else provincia
    tags.append("place_name:detection_country")

    cells["crime_type"] = _crime(src, ev, rng)
    cells["exploitation"] = _exploitation(ev, "es", rng)

    n = _count(ev["n_persons"])
    r = rng.random()
    if r < 0.02:
        cells["n_persons"] = "sin cuantificar"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and r < 0.85:
        cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = str(n)
    cells["n_suspects"] = _suspects(rng, ev, exp, tags, zero="ninguno", unknown="s/d", as_text=True)

    gender = str(ev["gender"])
    r = rng.random()
    if r < 0.03:
        cells["gender"] = "no consta"
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif r < 0.18:
        cells["gender"] = {"male": "H", "female": "M", "mixed": "H/M"}[gender]
        tags.append("letter:gender")
    else:
        cells["gender"] = _word(rng, _GENDER[src.source][gender])
    if rng.random() < 0.03:
        cells["age_group"] = "no consta"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _AGE[src.source][str(ev["age_group"])])

    nat = str(ev["nationality"])
    r = rng.random()
    if r < 0.035:
        cells["nationality"] = "subsahariana" if nat in _SUBSAHARAN else "desconocida"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        plain, typo = _ADJ_ES[nat]
        cells["nationality"] = typo if r < 0.1 else plain
        if r < 0.1 and typo != plain:
            tags.append("typo:nationality")
    cells["origin_country"] = _name(str(ev["origin_country"]), "es")
    cells["destination_country"] = _name(str(ev["destination_country"]), "es")
    transit = ev.get("transit_countries")
    cells["transit_countries"] = (
        None if transit is None else " - ".join(_name(c, "es") for c in str(transit).split("|"))
    )

    mode = str(ev["transport_mode"])
    hotspot = str(ev["hotspot"])
    if rng.random() < 0.03:
        cells["transport_mode"] = "no consta"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif mode == "sea":
        boats = ("cayuco", "neumática") if ev["corridor"] == "watl" else ("patera", "neumática")
        cells["transport_mode"] = _word(rng, (*boats, "embarcación"))
    elif mode == "air":
        cells["transport_mode"] = _word(rng, ("vuelo", "aérea"))
    elif hotspot in ("Ceuta", "Melilla"):
        cells["transport_mode"] = _word(rng, ("salto de valla", "oculto en vehículo"))
    elif ev["corridor"] == "thb_rou_esp":
        cells["transport_mode"] = _word(rng, ("autobús", "vehículo particular"))
    else:
        cells["transport_mode"] = _word(rng, ("oculto en vehículo", "terrestre"))

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if rng.random() < 0.03:
        cells["coordinates"] = "s/c"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    elif mode == "sea":  # positions at sea in degrees and decimal minutes
        tlat, vlat = _ddm(lat, "N", "S", 2)
        tlon, vlon = _ddm(lon, "E", "W", 3)
        cells["coordinates"] = f"{tlat} {tlon}"
        exp["lat"], exp["lon"] = vlat, vlon
        tags.append("coords_ddm")
    else:
        wlat, wlon = _points(lat, 5), _points(lon, 5)
        cells["coordinates"] = f"{wlat:.5f} / {wlon:.5f}".replace(".", ",")
        exp["lat"], exp["lon"] = wlat, wlon
    cells["linked_offences"] = _offences(src, ev, rng)

    # Text pasted from a UTF-8 system into the cp1252 export.
    for col in ("nationality", "origin_country", "transit_countries", "exploitation"):
        text = cells.get(col)
        if isinstance(text, str) and rng.random() < 0.05:
            garbled = mojibake(text)
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _sibylline(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, *, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write the risk-intelligence desk's API feed: JSON lines in English."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}

    r = rng.random()
    if partial_ok and r < 0.04:
        cells["event_date"] = ts.strftime("%Y-%m")
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_date")
    elif partial_ok and r < 0.06:
        cells["event_date"] = f"{ts.year}-Q{ts.quarter}"
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_date")
    elif r < 0.55:
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        cells["event_date"] = ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z"
        tags.append("timestamp")
    else:
        cells["event_date"] = ts.strftime("%Y-%m-%d")

    det = str(ev["detection_country"])
    cells["detection_country"] = COUNTRIES[det][0]
    tags.append("iso2:detection_country")

    crime = str(ev["crime_type"])
    if crime == "trafficking" and det == "GBR" and rng.random() < 0.4:
        cells["crime_type"] = "Modern slavery"  # the UK's word for it
    else:
        cells["crime_type"] = _crime(src, ev, rng)
    form = ev.get("exploitation")
    if form == "forced_criminality" and ev["corridor"] == "thb_vnm_gbr" and rng.random() < 0.5:
        cells["exploitation"] = "Criminal exploitation (cannabis cultivation)"
    else:
        cells["exploitation"] = _exploitation(ev, "en", rng)

    if rng.random() < 0.03:
        cells["n_persons"] = None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(ev["n_persons"])
    if rng.random() < 0.05:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = _count(ev["n_suspects"])

    cells["gender"] = _gender(src, ev, exp, rng, "unknown")
    if exp["gender"] == "unknown":
        tags.append("blank_gender")
    if rng.random() < 0.03:
        cells["age_group"] = "unknown"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(rng, _AGE[src.source][str(ev["age_group"])])

    if rng.random() < 0.03:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _DEMONYM_EN[str(ev["nationality"])]
        tags.append("demonym:nationality")
    cells["origin_country"] = _en_country(rng, str(ev["origin_country"]), tags, "origin_country")
    dest = str(ev["destination_country"])
    cells["destination_country"] = (
        {"GBR": "UK", "USA": "US"}.get(dest, _name(dest, "en"))
        if rng.random() < 0.5
        else _name(dest, "en")
    )
    transit = ev.get("transit_countries")
    cells["transit_countries"] = (
        None if transit is None else " > ".join(_name(c, "en") for c in str(transit).split("|"))
    )

    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"] = "Unknown"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif mode == "sea":
        cells["transport_mode"] = "Small boat" if ev["corridor"] == "channel" else "Maritime"
    elif mode == "air":
        cells["transport_mode"] = "Air"
    elif det == "GBR":
        cells["transport_mode"] = _word(rng, ("Lorry/HGV", "Vehicle"))
    else:
        cells["transport_mode"] = _word(rng, ("Overland", "On foot", "Vehicle"))

    if rng.random() < 0.04:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        wlat = _points(ev["lat"], 4)  # type: ignore[arg-type]
        wlon = _points(ev["lon"], 4)  # type: ignore[arg-type]
        cells["lat"], cells["lon"] = wlat, wlon
        exp["lat"], exp["lon"] = wlat, wlon
    cells["linked_offences"] = _offences(src, ev, rng)
    return cells, exp, tags


def _spak(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, *, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    """SPAK / BKH (Albania): a UTF-8 CSV in English with Albanian words."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    exp["lat"] = exp["lon"] = None  # no place is recorded
    tags: list[str] = ["coords_missing"]
    cells: _Cells = {}

    if rng.random() < 0.15:
        cells["event_date"] = f"{ts.day}.{ts.month}.{ts.year}"  # no leading zeros
    else:
        cells["event_date"] = ts.strftime("%d.%m.%Y")

    def country(iso: str, col: str) -> str:
        if iso in _ALBANIAN and rng.random() < 0.15:
            tags.append(f"albanian:{col}")
            return _ALBANIAN[iso]
        if iso == "GBR" and rng.random() < 0.5:
            return "UK"
        return _name(iso, "en")

    cells["detection_country"] = country(str(ev["detection_country"]), "detection_country")
    cells["crime_type"] = _crime(src, ev, rng)
    cells["exploitation"] = _exploitation(ev, "al", rng)
    cells["n_persons"] = str(_count(ev["n_persons"]))
    cells["n_suspects"] = _suspects(rng, ev, exp, tags, zero=None, unknown="n/a", as_text=True)
    cells["gender"] = _gender(src, ev, exp, rng, "n/a")
    if exp["gender"] == "unknown":
        tags.append("blank_gender")
    cells["age_group"] = _word(rng, _AGE[src.source][str(ev["age_group"])])

    nat = str(ev["nationality"])
    if nat == "ALB" and rng.random() < 0.35:
        cells["nationality"] = "shqiptar"
        tags.append("albanian:nationality")
    else:
        cells["nationality"] = _DEMONYM_EN[nat]
        tags.append("demonym:nationality")
    cells["origin_country"] = country(str(ev["origin_country"]), "origin_country")
    cells["destination_country"] = country(str(ev["destination_country"]), "destination_country")
    transit = ev.get("transit_countries")
    cells["transit_countries"] = (
        None
        if transit is None
        else " - ".join(country(c, "transit_countries") for c in str(transit).split("|"))
    )
    mode = str(ev["transport_mode"])
    if mode == "sea":
        cells["transport_mode"] = _word(rng, ("small boat", "gomone (dinghy)"))
    elif mode == "air":
        cells["transport_mode"] = "flight"
    else:
        cells["transport_mode"] = _word(rng, ("truck (kamion)", "lorry"))
    cells["linked_offences"] = _offences(src, ev, rng)
    return cells, exp, tags


def _pjf(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, *, partial_ok: bool
) -> tuple[_Cells, dict[str, object], list[str]]:
    """PJF Bruxelles: an ISLP extract in Belgian French, saved as Unicode text."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: _Cells = {"event_date": ts.strftime("%d/%m/%Y")}

    def country(iso: str, col: str) -> str:
        if rng.random() < 0.2:
            tags.append(f"iso3:{col}")
            return iso
        return _name(iso, "fr")

    cells["detection_country"] = country(str(ev["detection_country"]), "detection_country")
    cells["crime_type"] = _crime(src, ev, rng)
    tags.append("legal_wording:crime_type")
    cells["exploitation"] = _exploitation(ev, "be", rng)
    cells["n_persons"] = str(_count(ev["n_persons"]))
    cells["n_suspects"] = _suspects(
        rng, ev, exp, tags, zero="néant", unknown="inconnu", as_text=True
    )
    cells["gender"] = _gender(src, ev, exp, rng, "inconnu")
    if exp["gender"] == "unknown":
        tags.append("blank_gender")
    cells["age_group"] = _word(rng, _AGE[src.source][str(ev["age_group"])])
    cells["nationality"] = country(str(ev["nationality"]), "nationality")
    cells["origin_country"] = country(str(ev["origin_country"]), "origin_country")
    cells["destination_country"] = country(str(ev["destination_country"]), "destination_country")
    transit = ev.get("transit_countries")
    cells["transit_countries"] = (
        None if transit is None else " - ".join(_name(c, "fr") for c in str(transit).split("|"))
    )
    mode = str(ev["transport_mode"])
    if mode == "sea":
        cells["transport_mode"] = _word(rng, ("small boat", "embarcation"))
    elif mode == "air":
        cells["transport_mode"] = _word(rng, ("avion", "vol commercial"))
    else:
        cells["transport_mode"] = _word(rng, ("camion", "poids lourd", "voiture"))
    if rng.random() < 0.04:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        wlat = _points(ev["lat"], 5)  # type: ignore[arg-type]
        wlon = _points(ev["lon"], 5)  # type: ignore[arg-type]
        ns, ew = ("N" if wlat >= 0 else "S"), ("E" if wlon >= 0 else "W")
        cells["coordinates"] = f"{ns} {abs(wlat):.5f} {ew} {abs(wlon):.5f}"
        exp["lat"], exp["lon"] = wlat, wlon
        tags.append("coords_hemisphere")
    cells["linked_offences"] = _offences(src, ev, rng)
    for col in ("nationality", "crime_type"):
        text = cells[col]
        if isinstance(text, str):
            cased = _case(rng, text, 0.06)
            if cased != text:
                cells[col] = cased
                tags.append(f"case:{col}")
    return cells, exp, tags


_WRITERS = {
    DUNKERQUE.source: _dunkerque,
    SES.source: _ses,
    SIBYLLINE.source: _sibylline,
    SPAK.source: _spak,
    PJF.source: _pjf,
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
    cells, exp, tags = _WRITERS[src.source](src, ev, rng, partial_ok=partial_ok)
    tags = _blank(forced_blank, cells, exp, tags)
    return cells, exp, tags


def _write_date(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a day in the source's usual style."""
    if src.format == "xlsx":
        return ts.to_pydatetime()
    if src.format == "jsonl":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d.%m.%Y" if src.source == SPAK.source else "%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of the year, ten years ahead
        return _write_date(src, ts + pd.DateOffset(years=10))
    day, month = _impossible_day(ts)
    if src.format == "jsonl":
        return "0000-00-00" if rng.random() < 0.5 else f"{ts.year}-{month:02d}-{day:02d}"
    sep = "." if src.source == SPAK.source else "/"
    return f"{day:02d}{sep}{month:02d}{sep}{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date on the note row: the day the table was drawn up."""
    return _write_date(src, last + pd.Timedelta(days=6))


#: The variant: sources, who reports which event first and again, and how cells are written.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"FRA": DUNKERQUE.source, "ESP": SES.source},
    compilation=SIBYLLINE.source,
    secondary={
        ("channel", "FRA"): SPAK.source,
        ("channel", "GBR"): PJF.source,
        ("thb_vnm_gbr", "GBR"): PJF.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=197_0197,
    blank_share=0.3,
)


def make_blind197(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind197`` submissions (files ``*_gq.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        The Sous-préfecture de Dunkerque (XLSX, French), the SES Gabinete de Coordinación
        (CSV cp1252, Spanish), the Sibylline feed (JSON lines, English), SPAK/BKH Albania
        (CSV UTF-8 with BOM, English with Albanian) and PJF Bruxelles (CSV UTF-16, tab,
        Belgian French), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind197(make_truth(seed=197, n_events=300), seed=197)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sous_prefecture_dunkerque_gq.xlsx', 'ses_gabinete_coordinacion_gq.csv',
     'sibylline_intel_gq.jsonl', 'spak_bkh_al_gq.csv', 'pjf_bruxelles_gq.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-8-sig', 'utf-16']
    >>> all((s.expected["expected_status"] != "quarantine").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
