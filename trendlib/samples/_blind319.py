"""Examiner sample set ``blind319`` (files ``*_li.*``): mountain-border shelters and guides.

Five agencies that meet people crossing borders on foot, in the mountains or in the
jungle, each writing its log the way its own volunteers or officers keep it:

``tous_migrants_li.csv``
    Tous Migrants (Briançon, Hautes-Alpes), the French citizens' network behind the
    mountain *maraudes* at Montgenèvre and the *veille* it shares with partner
    associations on the Franco-Italian border and on the Channel coast. French, a
    spreadsheet saved by French Excel as "CSV (séparateur : point-virgule)": cp1252,
    ``;``, CRLF. Day-first dates (``17/05/2023``, a few ``17/05/23``), a month only when
    the person could not say the day (``mai 2023``); nationalities often as adjectives
    (``afghane``); the route as ``Libye > Italie``; decimal commas in the GPS columns;
    part of the text pasted from a UTF-8 web form (mojibake such as ``Ã‰rythrÃ©e``); a
    few small groups counted in words (``trois``). Primary source for France and Italy;
    second reports of Channel crossings landed in Dover and of Balkan-route pushbacks in
    Croatia.
``irungo_harrera_sarea_li.csv``
    Irungo Harrera Sarea, the Irun welcome network at the Bidasoa crossing (Pyrenees),
    logging people in transit and where and when they first reached Spain. Spanish with
    Basque-Spanish bilingual headers (``Data / Fecha``) and the odd Basque word
    (``Espainia``, ``Frantzia``); a Google Sheets export in the Spanish locale: UTF-8
    without BOM, ``,``. Dates ``7/5/2023`` (day first, no zero padding), a few month-only
    cells (``mayo 2023``) and Excel serials where a cell lost its date format
    (``45053``); ``H``/``M`` for *hombre*/*mujer*; nationalities as adjectives
    (``marroquí``); ``Guinea Conakry``; no GPS. Primary source for Spain.
``no_more_deaths_li.csv``
    No More Deaths / No Más Muertes (Tucson, Arizona), humanitarian aid in the
    Baboquivari and Tumacácori mountains, compiling its volunteers' and partners'
    field reports along the border. US English, Excel "CSV UTF-8": UTF-8 with BOM,
    ``,``. US dates month first (``5/17/2023``), a few ``May 2023``; ``UAC`` and
    ``Family unit``; smugglers counted as ``# Guides``; GPS as decimal pairs or
    Garmin degrees and decimal minutes (``N31 28.807 W111 32.413``); thousands
    commas. Primary source for the United States.
``guias_comunitarios_darien_li.xlsx``
    Red de Guías Comunitarios del Darién (Bajo Chiquito, Lajas Blancas), Emberá and
    Darién community trail guides logging the groups they meet on the trail with a
    KoBoToolbox form; the coordinator's XLSX export (question labels as headers, real
    Excel dates, numbers as numbers, the geopoint split into ``_latitude`` and
    ``_longitude``, ``0``/``0`` when the phone had no fix, re-sent submissions).
    Spanish (Panama): nationalities as feminine adjectives (``venezolana``),
    ``NNA`` for children. Primary source for Panama.
``safe_passage_li.jsonl``
    Safe Passage International (London), whose casework and partner reports cover the
    Channel, Greece, the Balkans and the Poland–Belarus border; a JSON-lines dump of
    its case-management system. British English, UTF-8; ISO dates, month and quarter
    (``Q2 2023``) when a partner only gave the period; ``UASC``; ``domestic
    servitude``; the route as a JSON list of countries; ISO alpha-3 codes beside
    names. The compilation: it first reports every event no other source does
    (United Kingdom, Greece, Croatia, Poland) and second-reports Calais crossings.

What a careful analyst reads from each cell is the truth: a placeholder count
(``NC``, ``s/d``, ``unk``, ``not recorded``) is no count, ``aucun``/``ninguno``/
``none`` is zero suspects, a "not known" word in a vocabulary column is ``unknown``,
``0``/``0`` coordinates are no place. Rows an analyst cannot date (no date, 30 February,
a year typed ten years ahead) or count (``plusieurs``, ``varios``, a negative number)
are quarantined, with the notes, totals and empty rows of the spreadsheets.
"""

from __future__ import annotations

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

__all__ = ["BLIND319", "SOURCES", "make_blind319"]

_Rng = np.random.Generator
_Cells = dict[str, object]

_TOUS = "tous_migrants_li"
_IRUN = "irungo_harrera_sarea_li"
_NMD = "no_more_deaths_li"
_DARIEN = "guias_comunitarios_darien_li"
_SAFE = "safe_passage_li"

#: The five sources, in the order the submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_TOUS,
        filename=f"{_TOUS}.csv",
        ref="TM-{yy:02d}-{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date",
            "crime_type": "Type de faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination souhaitée",
            "detection_country": "Pays (lieu des faits)",
            "transit_countries": "Parcours",
            "transport_mode": "Moyen de passage",
            "lat": "GPS lat.",
            "lon": "GPS long.",
            "linked_offences": "Autres infractions",
        },
        note="Remarque : tableau tenu par les bénévoles, chiffres non consolidés",
        total="TOTAL",
        bad_count=("plusieurs", "groupe", "nombreux"),
        repeats=False,
    ),
    ExaminerSource(
        source=_IRUN,
        filename=f"{_IRUN}.csv",
        ref="{seq}/{year}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Zk. / Nº",
            "event_date": "Data / Fecha",
            "crime_type": "Delitua / Delito",
            "exploitation": "Esplotazioa / Explotación",
            "n_persons": "Pertsonak / Personas",
            "n_suspects": "Pasatzaileak / Pasadores",
            "gender": "Sexua / Sexo",
            "age_group": "Adina / Edad",
            "nationality": "Herritartasuna / Nacionalidad",
            "origin_country": "Jatorria / País de origen",
            "destination_country": "Helmuga / Destino",
            "detection_country": "Iritsiera / País de llegada",
            "transit_countries": "Ibilbidea / Ruta",
            "transport_mode": "Garraioa / Medio",
            "linked_offences": "Beste delituak / Otros delitos",
        },
        note="Oharra / Nota: datos provisionales de la red, sin consolidar",
        total="GUZTIRA / TOTAL",
        bad_count=("varios", "muchos", "grupo"),
        repeats=True,
    ),
    ExaminerSource(
        source=_NMD,
        filename=f"{_NMD}.csv",
        ref="NMD-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Report #",
            "event_date": "Date",
            "crime_type": "Incident type",
            "exploitation": "Exploitation",
            "n_persons": "Group size",
            "n_suspects": "# Guides",
            "gender": "Sex",
            "age_group": "Ages",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Destination",
            "detection_country": "Country",
            "transit_countries": "Route (countries)",
            "transport_mode": "Travel mode",
            "coordinates": "GPS",
            "linked_offences": "Other offenses",
        },
        note="Note: compiled from volunteer field reports; not exhaustive",
        total="TOTAL",
        bad_count=("several", "large group", "lots"),
        repeats=False,
    ),
    ExaminerSource(
        source=_DARIEN,
        filename=f"{_DARIEN}.xlsx",
        ref="GCD{yy:02d}-{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Código de registro",
            "event_date": "Fecha del encuentro",
            "crime_type": "Tipo de caso",
            "exploitation": "Tipo de explotación (si aplica)",
            "n_persons": "¿Cuántas personas en el grupo?",
            "n_suspects": "¿Cuántos coyotes o guías acompañaban al grupo?",
            "gender": "Composición del grupo por sexo",
            "age_group": "Composición del grupo por edad",
            "nationality": "Nacionalidad principal del grupo",
            "origin_country": "País de origen",
            "destination_country": "Destino declarado",
            "detection_country": "País",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de desplazamiento",
            "lat": "_Ubicación GPS_latitude",
            "lon": "_Ubicación GPS_longitude",
            "linked_offences": "Otros delitos observados",
        },
        note=None,
        total="TOTAL",
        bad_count=("muchos", "grupo grande"),
        repeats=True,
    ),
    ExaminerSource(
        source=_SAFE,
        filename=f"{_SAFE}.jsonl",
        ref="SPI/{year}/{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_ref",
            "event_date": "incident_date",
            "crime_type": "case_type",
            "exploitation": "exploitation_type",
            "n_persons": "people_count",
            "n_suspects": "facilitators_count",
            "gender": "sex",
            "age_group": "age_band",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "destination_country": "intended_destination",
            "detection_country": "country_of_incident",
            "transit_countries": "route",
            "transport_mode": "travel_method",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "other_offences",
        },
        note=None,
        total="TOTAL (all cases)",
        bad_count=("dozens", "several"),
        repeats=False,
    ),
)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
#: source -> column -> canonical word -> written words (the first the usual one).
_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    _TOUS: {
        "crime_type": {
            "smuggling": ("trafic de migrants", "passeurs", "aide à l'entrée irrégulière"),
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "both": ("traite + trafic de migrants", "passeurs / traite"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("H", "hommes", "masculin"),
            "female": ("F", "femmes"),
            "mixed": ("H/F", "mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA", "mineurs isolés"),
            "mixed": ("adultes et mineurs", "majeurs + mineurs"),
        },
        "transport_mode": {
            "sea": ("bateau", "small boat", "embarcation"),
            "land": ("à pied", "camion", "voiture", "train"),
            "air": ("avion",),
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
    _IRUN: {
        "crime_type": {
            "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes", "TIM"),
            "trafficking": ("trata", "trata de seres humanos", "TSH"),
            "both": ("trata y tráfico", "tráfico + trata"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "sexual"),
            "forced_labour": ("explotación laboral", "laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "male": ("H", "hombre", "hombres"),
            "female": ("M", "mujer", "mujeres"),
            "mixed": ("H y M", "mixto"),
        },
        "age_group": {
            "adult": ("adultos", "adulto", "mayor de edad"),
            "child": ("menores", "MENA", "menor"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "lancha"),
            "land": ("a pie", "saltando la valla", "autobús", "coche"),
            "air": ("avión",),
        },
        "linked_offences": {
            "document_fraud": ("documentos falsos", "falsedad documental"),
            "corruption": ("corrupción",),
            "money_laundering": ("blanqueo",),
            "illicit_goods": ("droga", "hachís"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    _NMD: {
        "crime_type": {
            "smuggling": ("Smuggling", "Human smuggling", "smuggling"),
            "trafficking": ("Trafficking", "Human trafficking"),
            "both": ("Smuggling/trafficking", "Smuggling + trafficking"),
        },
        "exploitation": {
            "sexual": ("Sex trafficking", "Sexual"),
            "forced_labour": ("Forced labor", "Labor trafficking"),
            "forced_criminality": ("Forced drug packing", "Forced criminal activity"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("M", "Male", "men"),
            "female": ("F", "Female", "women"),
            "mixed": ("M/F", "Mixed"),
        },
        "age_group": {
            "adult": ("Adults", "Adult", "18+"),
            "child": ("Minor", "UAC", "Juveniles"),
            "mixed": ("Family unit", "Adults + minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Boat",),
            "land": ("On foot", "walking", "vehicle", "Land"),
            "air": ("Air",),
        },
        "linked_offences": {
            "document_fraud": ("fake documents", "document fraud"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "narcotics"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    _DARIEN: {
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Solo hombres",),
            "female": ("Solo mujeres",),
            "mixed": ("Hombres y mujeres",),
        },
        "age_group": {
            "adult": ("Solo adultos",),
            "child": ("Solo NNA",),
            "mixed": ("Adultos con NNA",),
        },
        "transport_mode": {
            "sea": ("Lancha",),
            "land": ("A pie", "Caminando"),
            "air": ("Avioneta",),
        },
        "linked_offences": {
            "document_fraud": ("Documentos falsos",),
            "corruption": ("Soborno",),
            "money_laundering": ("Lavado de dinero",),
            "illicit_goods": ("Drogas",),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    _SAFE: {
        "crime_type": {
            "smuggling": ("people smuggling", "smuggling", "facilitation"),
            "trafficking": ("trafficking", "modern slavery", "THB"),
            "both": ("trafficking and smuggling", "smuggling/THB"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation", "domestic servitude"),
            "forced_criminality": ("criminal exploitation",),
            "organ_removal": ("organ harvesting",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("male", "M"),
            "female": ("female", "F"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "adult": ("adult", "adults"),
            "child": ("child", "UASC", "minor"),
            "mixed": ("mixed", "adults and children"),
        },
        "transport_mode": {
            "sea": ("small boat", "dinghy", "boat"),
            "land": ("lorry", "on foot", "car", "train"),
            "air": ("flight",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud", "false documents"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "illicit goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}

#: Nationality adjectives (the way case workers write "nationalité afghane").
_DEMONYMS: dict[str, dict[str, str]] = {
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "DZA": "algérienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VNM": "vietnamienne",
    },
    "es": {
        "CIV": "marfileño",
        "DZA": "argelino",
        "GMB": "gambiano",
        "MAR": "marroquí",
        "MLI": "maliense",
        "ROU": "rumano",
        "SEN": "senegalés",
    },
    "es_pa": {
        "CHN": "china",
        "COL": "colombiana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "VEN": "venezolana",
    },
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ECU": "Ecuadorian",
        "ERI": "Eritrean",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MEX": "Mexican",
        "PAK": "Pakistani",
        "SYR": "Syrian",
        "VEN": "Venezuelan",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
}

#: Names an agency uses instead of the table's, by source (all read the same way).
_OWN_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    _TOUS: {"GBR": ("Royaume-Uni", "Angleterre", "UK"), "CIV": ("Côte d'Ivoire",)},
    _IRUN: {
        "GIN": ("Guinea Conakry", "Guinea"),
        "CIV": ("Costa de Marfil", "C. Marfil"),
        "ESP": ("España", "Estado español", "Espainia"),
        "FRA": ("Francia", "Frantzia"),
    },
    _NMD: {"USA": ("US", "USA", "United States", "U.S.")},
    _DARIEN: {"USA": ("Estados Unidos", "EE.UU.", "EEUU")},
    _SAFE: {"GBR": ("UK", "United Kingdom"), "TUR": ("Turkey", "Türkiye")},
}

_UNKNOWN_NAT = {
    _TOUS: ("inconnue", "?"),
    _IRUN: ("s/d", "desconocida"),
    _NMD: ("unk", "unknown"),
    _DARIEN: ("No sabe",),
    _SAFE: ("unknown", "not recorded"),
}
_COUNT_PLACEHOLDER = {
    _TOUS: ("NC", "non compté"),
    _IRUN: ("s/d", "¿?"),
    _NMD: ("unk", "?"),
    _DARIEN: (),
    _SAFE: ("not recorded",),
}
_SUSPECT_PLACEHOLDER = {
    _TOUS: ("?", "NC"),
    _IRUN: ("s/d",),
    _NMD: ("unk",),
    _DARIEN: (),
    _SAFE: ("unknown",),
}
_ZERO_WORD = {_TOUS: "aucun", _IRUN: "ninguno", _NMD: "none", _DARIEN: "", _SAFE: "none"}
_NA_WORD = {
    _TOUS: ("non renseigné",),
    _IRUN: ("no consta",),
    _NMD: ("n/a",),
    _DARIEN: (),
    _SAFE: ("not known",),
}
_TRANSIT_SEP = {
    _TOUS: (" > ", " > ", " - "),
    _IRUN: (" - ", ", "),
    _NMD: (" > ", ", "),
    _DARIEN: (", ",),
    _SAFE: (),
}
_OFFENCE_SEP = {_TOUS: " / ", _IRUN: ", ", _NMD: "; ", _DARIEN: ", ", _SAFE: "; "}
_FR_NUMBERS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_MONTHS_EN = tuple(_MONTHS["en"])
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    col = {"en": 1, "fr": 2, "es": 3}[lang]
    return str(COUNTRIES[iso][col])


def _country(src: ExaminerSource, iso: str, rng: _Rng, *, nationality: bool) -> tuple[str, str]:
    """Write a country the source's way; return (cell, tag or "")."""
    lang = src.language
    own = _OWN_NAMES[src.source].get(iso)
    if own:  # the agency's usual name most of the time, its other names now and then
        name = own[0] if len(own) == 1 or rng.random() < 0.6 else choice(rng, own[1:])
    else:
        name = _name(iso, lang)
    tag = "own_name" if own and name != _name(iso, lang) else ""
    r = rng.random()
    if nationality:
        table = _DEMONYMS["es_pa" if src.source == _DARIEN else lang]
        share = {_TOUS: 0.35, _IRUN: 0.4, _NMD: 0.5, _DARIEN: 0.6, _SAFE: 0.3}[src.source]
        if iso in table and r < share:
            return table[iso], "demonym"
        r = rng.random()
    if src.source == _SAFE and r < 0.3:
        return iso, "iso3"
    if src.source == _TOUS and r < 0.06:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    if src.source in (_TOUS, _NMD, _IRUN) and r > 0.97:
        typo = str(COUNTRIES[iso][5])
        if typo != name and src.language == "en":
            return typo, "typo"
        if len(name) >= 6 and name.isalpha():  # a slipped letter in a long name
            i = len(name) // 2
            return name[: i - 1] + name[i] + name[i - 1] + name[i + 1 :], "typo"
    if r > 0.92:
        return (name.upper() if r > 0.96 else name.lower()), "case"
    return name, tag


def _word(src: ExaminerSource, col: str, value: str, rng: _Rng) -> str:
    words = _WORDS[src.source][col][value]
    return words[0] if rng.random() < 0.6 or len(words) == 1 else choice(rng, words[1:])


def _day(src: ExaminerSource, ts: pd.Timestamp) -> str:
    """Write a day the source's usual way (as text)."""
    if src.source == _TOUS:
        return ts.strftime("%d/%m/%Y")
    if src.source == _IRUN:
        return f"{ts.day}/{ts.month}/{ts.year}"
    if src.source == _NMD:
        return f"{ts.month}/{ts.day}/{ts.year}"
    return ts.strftime("%Y-%m-%d")


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write an event's date; return (cell, expected date, precision, tags)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if src.source == _TOUS:
        if partial_ok and r < 0.07:
            return f"{_MONTHS['fr'][m]} {ts.year}", month, "month", ["partial_date"]
        if r > 0.92:
            return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
        return _day(src, ts), ts, "day", []
    if src.source == _IRUN:
        if partial_ok and r < 0.07:
            word = (
                f"{_MONTHS['es'][m]} {ts.year}" if r < 0.04 else f"{_MONTHS['es'][m]} de {ts.year}"
            )
            return word, month, "month", ["partial_date"]
        if r > 0.96:
            serial = (ts - _EXCEL_EPOCH).days
            return str(serial), ts, "day", ["excel_serial"]
        return _day(src, ts), ts, "day", ["day_first_no_padding"]
    if src.source == _NMD:
        if partial_ok and r < 0.06:
            return f"{_MONTHS_EN[m]} {ts.year}", month, "month", ["partial_date"]
        return _day(src, ts), ts, "day", ["month_first_date"]
    if src.source == _DARIEN:
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    # Safe Passage: ISO days, a month or a quarter when a partner gave only the period
    if partial_ok and r < 0.06:
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
    if partial_ok and r < 0.12:
        cell = f"{_MONTHS_EN[m]} {ts.year}" if r < 0.09 else ts.strftime("%Y-%m")
        return cell, month, "month", ["partial_date"]
    return _day(src, ts), ts, "day", []


def _count(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons (no placeholder)."""
    if src.format == "xlsx":
        return int(n), []
    if src.format == "jsonl":
        return (int(n), []) if rng.random() < 0.85 else (str(n), ["count_as_text"])
    if src.source == _TOUS and n <= 10 and rng.random() < 0.05:
        return _FR_NUMBERS[n - 1], ["count_word"]
    if n >= 1000:
        sep = {_TOUS: "\u00a0", _IRUN: ".", _NMD: ","}[src.source]
        if src.source == _TOUS and rng.random() < 0.5:
            sep = " "
        return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
    return str(n), []


def _ddm(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = (a - deg) * 60
    return f"{hemi}{deg} {minutes:06.3f}"


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, *, blank: bool
) -> tuple[_Cells, float | None, float | None, list[str]]:
    """Write a place; return (cells, expected lat, expected lon, tags)."""
    if src.source == _IRUN:  # the shelter keeps no GPS
        return {}, None, None, ["coords_missing"]
    if blank:
        return {}, None, None, ["blank_coordinates"]
    r = rng.random()
    if src.source == _TOUS:
        if r < 0.4:  # only the maraudes carry a GPS
            return {}, None, None, ["coords_missing"]
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
            ["decimal_comma"],
        )
    if src.source == _NMD:
        if r < 0.05:
            return {}, None, None, ["coords_missing"]
        if r < 0.3:
            cell = f"{_ddm(lat, 'N', 'S')} {_ddm(lon, 'E', 'W')}"
            return {"coordinates": cell}, lat, lon, ["coords_ddm"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, ["coords_pair"]
    if src.source == _DARIEN:
        if r < 0.07:
            return {}, None, None, ["coords_missing"]
        if r < 0.09:  # the phone had no fix
            return {"lat": 0, "lon": 0}, None, None, ["coords_placeholder"]
        return {"lat": round(lat, 6), "lon": round(lon, 6)}, lat, lon, []
    if r < 0.1:
        return {}, None, None, ["coords_missing"]
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon, []


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event the way ``src`` writes it: (cells, expected values, tags)."""
    name = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    cells: _Cells = {}
    exp: dict[str, object] = {}

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _word(src, "exploitation", str(expl), rng)
    exp["exploitation"] = expl

    # Counts: persons, then suspects (facilitators, guides, "passeurs").
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if _COUNT_PLACEHOLDER[name] and r < 0.015:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDER[name])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tags += t
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif _SUSPECT_PLACEHOLDER[name] and r < 0.03:
        cells["n_suspects"] = choice(rng, _SUSPECT_PLACEHOLDER[name])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and _ZERO_WORD[name] and r < 0.35:
        cells["n_suspects"] = _ZERO_WORD[name]
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    # Sex and age of the group.
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender
    age = str(ev["age_group"])
    r = rng.random()
    if _NA_WORD[name] and r < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORD[name]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = _word(src, "age_group", age, rng), age

    # Countries.
    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif r < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, _UNKNOWN_NAT[name]), None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t1 = _country(src, nat, rng, nationality=True)
        exp["nationality"] = nat
        if t1:
            tags.append(f"{t1}:nationality")
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col], t1 = _country(src, iso, rng, nationality=False)
        exp[col] = iso
        if t1:
            tags.append(f"{t1}:{col}")
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t1 = _country(src, det, rng, nationality=False)
        exp["detection_country"] = det
        if t1:
            tags.append(f"{t1}:detection_country")
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        cells["transit_countries"] = None
    else:
        names = [_country(src, c, rng, nationality=False)[0] for c in str(transit).split("|")]
        if name == _SAFE:
            cells["transit_countries"] = names  # a JSON list, in the order travelled
            tags.append("transit_list")
        else:
            cells["transit_countries"] = choice(rng, _TRANSIT_SEP[name]).join(names)

    # Means of travel.
    mode = str(ev["transport_mode"])
    r = rng.random()
    if _NA_WORD[name] and r < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _NA_WORD[name]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(src, "transport_mode", mode, rng)
        exp["transport_mode"] = mode

    # Place.
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    place, exp["lat"], exp["lon"], t = _coords(
        src, lat, lon, rng, blank=forced_blank == "coordinates"
    )
    cells.update(place)
    tags += t

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    cells["linked_offences"] = (
        None
        if offences is None
        else _OFFENCE_SEP[name].join(
            _word(src, "linked_offences", o, rng) for o in str(offences).split("|")
        )
    )

    # A few hand-typed cells in capitals or with stray spaces (the meaning stays).
    if src.format == "csv" and rng.random() < 0.06:
        col = choice(rng, ("crime_type", "gender", "transport_mode", "age_group"))
        value = cells[col]
        if isinstance(value, str) and value:
            cells[col] = value.upper() if rng.random() < 0.5 else f" {value}  "
            tags.append(f"case:{col}")
    for key, value in cells.items():  # what cp1252 cannot hold is written plainly
        if isinstance(value, str) and not fits(value, src):
            cells[key] = value.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row an analyst cannot date."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day that does not exist
        day = choice(rng, ("30/02", "31/02", "31/04", "31/06", "31/09", "31/11"))
        d, m = (int(x) for x in day.split("/"))
        if src.source == _TOUS:
            return f"{d:02d}/{m:02d}/{ts.year}"
        if src.source == _IRUN:
            return f"{d}/{m}/{ts.year}"
        if src.source == _NMD:
            return f"{m}/{d}/{ts.year}"
        return f"{ts.year}-{m:02d}-{d:02d}"
    future = ts.replace(year=ts.year + 10)  # the decade key slipped: 2023 -> 2033
    if src.format == "xlsx":
        return future.to_pydatetime()
    return _day(src, future)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date on the source's note row (the day of its last row)."""
    return _day(src, last)


#: The variant: five sources and how each writes.
BLIND319: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"FRA": _TOUS, "ITA": _TOUS, "ESP": _IRUN, "USA": _NMD, "PAN": _DARIEN},
    compilation=_SAFE,
    secondary={
        ("channel", "FRA"): _SAFE,
        ("channel", "GBR"): _TOUS,
        ("wbal", "HRV"): _TOUS,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=319_031,
    blank_share=0.3,
)


def make_blind319(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind319`` sources' submissions (files ``*_li.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same cells.

    Returns
    -------
    list of Submission
        ``tous_migrants_li.csv`` (French, cp1252, ``;``),
        ``irungo_harrera_sarea_li.csv`` (Spanish and Basque, UTF-8, ``,``),
        ``no_more_deaths_li.csv`` (US English, UTF-8 with BOM, ``,``),
        ``guias_comunitarios_darien_li.xlsx`` (Spanish, KoBoToolbox export) and
        ``safe_passage_li.jsonl`` (British English, UTF-8), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind319(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['tous_migrants_li.csv', 'irungo_harrera_sarea_li.csv', 'no_more_deaths_li.csv',
     'guias_comunitarios_darien_li.xlsx', 'safe_passage_li.jsonl']
    >>> subs[1].frame.columns[:2].tolist()
    ['Zk. / Nº', 'Data / Fecha']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND319, truth, seed=seed)
