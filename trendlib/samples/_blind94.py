"""Examiner sample set ``blind94`` (files ``*_cr.*``): five West African and other services.

A reader's guide to the five submissions. Every value is written as the agency writes it,
and the expected clean value of each row is recorded in ``truth_rows.csv``.

``hassmar_sn_cr.csv``: Senegal, HASSMAR (Haute Autorité chargée de la Coordination de la
Sécurité maritime), cellule de veille "pirogues"
    French; cp1252; ``;`` delimiter; CRLF line ends. It first reports the events detected
    in Spain (Canaries, Ceuta, Melilla, Andalusia), as notified by Spanish partners. Dates are
    day-first: ``15/03/2022``, ``15/03/22``, ``1er mars 2022`` (French ordinal for the 1st),
    ``05 févr. 2022``, and month-only ``mars 2022`` / ``03/2022``. The offence cites Senegal's
    law 2005-06 (art. 1 trafficking, art. 4 organising clandestine emigration, i.e.
    smuggling). Counts may say ``87 PAX`` or ``87 (dont 12 mineurs)``; thousands with a space
    or a no-break space; ``ND`` / ``inconnu`` for an unknown count; ``néant`` for no suspect,
    ``NC`` when the number of suspects is not given. Sex ``H`` / ``F`` / ``H/F`` / ``Mixte``;
    age ``Majeurs`` / ``Mineurs`` / ``MNA``. Nationalities as French demonyms, some in capitals
    without accents (``SENEGALAISE``), a few UTF-8 cells garbled by a cp1252 copy
    (``SÃ©nÃ©galaise``). Countries by French name, the landing place in brackets
    (``Espagne (El Hierro)``). Transit ``Mauritanie - Maroc`` or ``Néant`` / ``Direct``.
    Position in degrees and decimal minutes with a decimal comma, West written ``W`` or the
    French ``O`` (``27°45,20'N - 015°36,13'O``); ``Non communiquée`` when not given. No column
    for linked offences. Note row, empty row and ``TOTAL GÉNÉRAL`` row.

``dst_ci_cr.xlsx``: Côte d'Ivoire, Direction de la Surveillance du Territoire (DST), cellule
migrations irrégulières, file of reports received through liaison officers
    French; XLSX; bilingual French / English headers in capitals, two of them broken over
    two lines inside the cell, with units (``LATITUDE (°)``). It first reports the events
    detected in Italy and Greece. Dates are Excel dates, bare Excel serial numbers
    (``44635``), text ``15/03/2022``, ``15 MARS 2022``, month ``MARS 2022`` and quarter
    ``1ER TRIMESTRE 2022`` / ``T1 2022``. Offences cite Ivorian law 2016-1111 (trafficking)
    and 2018-571 (smuggling of migrants). Values mostly in capitals without accents
    (``GUINEENNE``, ``GRECE``, ``NIGERIANE`` for Nigeria), some ISO alpha-2 nationalities;
    ``NEANT`` for no suspect or no transit; ``N.D.`` / ``NR`` for an unknown count;
    ``#VALEUR!`` in a count is unreadable. Coordinates in two decimal columns, a few as text
    with a decimal comma. Note row and ``TOTAL`` row; some rows re-sent (the monthly sheets
    were pasted together).

``dpf_bf_cr.jsonl``: Burkina Faso, Police nationale, Direction de la Police des Frontières
(DPF), export of its border-management application (partner notifications)
    JSON lines with French snake-case keys. It first reports every event detected
    elsewhere than the other sources' countries (Croatia, Poland) and is the second reporter
    of many Mediterranean and Channel events. ISO dates (``2022-03-15``), date-times
    (``2022-03-15T14:05:00``), compact ``20220315``, month ``2022-03`` and quarter ``2022-T1``.
    Enumerated values (``trafic_illicite_migrants``, ``travail_force``, ``masculin``,
    ``terrestre``); countries as ISO alpha-2 codes (``NE``, ``LY``), some alpha-3 or French
    names; transit ``NE>LY``; location as WKT ``POINT(lon lat)``, some with ``SRID=4326;``;
    unknown counts as ``null``; a ``TOTAL`` object last.

``gid_gm_cr.csv``: The Gambia, Gambia Immigration Department (GID), Intelligence and
Investigations Unit
    English; UTF-8 with BOM; ``,`` delimiter. It first reports the events detected in the
    United Kingdom and France and is the second reporter of Atlantic (Canaries) landings and
    of Nigerian trafficking into Italy. British day-first dates ``05/03/2022``, ``5-Mar-22``,
    ``5th March 2022``, ``05.03.2022``, month ``March 2022`` and quarter ``Q1 2022``. Offences
    ``SOM``, ``Trafficking in persons (TIP Act 2007)``, ``TIP & SOM``,
    ``Aiding irregular migration``. Counts with comma thousands; ``N/K`` (not known); ``Nil``
    for no suspect arrested. English demonyms; ``UK``; the Atlantic boats are pirogues;
    transit ``via Niger, Libya`` or ``Niger > Libya``; coordinates ``51.12790, 1.31340`` or
    ``51.1279N 1.3134E``. Note row, empty row and ``GRAND TOTAL`` row.

``digici_gt_cr.csv``: Guatemala, Dirección General de Inteligencia Civil (DIGICI), regional
digest on migrant smuggling
    Spanish; UTF-16 with BOM (Excel "Unicode text"); tab delimiter. It first reports the
    events detected in Panama and the United States. Dates ``15/03/2022``,
    ``5 de marzo de 2022``, ``05-mar-2022``, ``2022/03/15``, month ``marzo 2022`` and quarter
    ``I trimestre 2022``. Offences ``Tráfico ilícito de migrantes``, ``Coyotaje``,
    ``Trata de personas (art. 202 Ter CP)``. ``S/D`` (sin dato) for unknown counts,
    ``ninguno`` for no suspect; ``NNA`` (niñas, niños y adolescentes) for children. Countries
    in Spanish (``EE. UU.``, ``EUA``), nationalities as Spanish demonyms; coordinates decimal
    or degrees-minutes-seconds with ``O`` (oeste) for West. Note row, empty row and
    ``TOTAL GENERAL`` row; some rows re-sent.
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND94_SOURCES", "Blind94Source", "make_blind94"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind94Source(ExaminerSource):
    """A source of the ``blind94`` set: the shared fields plus the writer it uses.

    Attributes
    ----------
    style : str
        Key of the source's writer (``"hassmar"``, ``"dst"``, ``"dpf"``, ``"gid"``,
        ``"digici"``).
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
# code | French name | English name | Spanish name
_NAME_TABLE = """
AFG|Afghanistan|Afghanistan|Afganistán
ALB|Albanie|Albania|Albania
AUT|Autriche|Austria|Austria
BGD|Bangladesh|Bangladesh|Bangladés
BGR|Bulgarie|Bulgaria|Bulgaria
BIH|Bosnie-Herzégovine|Bosnia and Herzegovina|Bosnia y Herzegovina
BLR|Biélorussie|Belarus|Bielorrusia
CHN|Chine|China|China
CIV|Côte d'Ivoire|Côte d'Ivoire|Costa de Marfil
CMR|Cameroun|Cameroon|Camerún
COL|Colombie|Colombia|Colombia
DEU|Allemagne|Germany|Alemania
DZA|Algérie|Algeria|Argelia
ECU|Équateur|Ecuador|Ecuador
EGY|Égypte|Egypt|Egipto
ERI|Érythrée|Eritrea|Eritrea
ESP|Espagne|Spain|España
FRA|France|France|Francia
GBR|Royaume-Uni|United Kingdom|Reino Unido
GIN|Guinée|Guinea|Guinea
GMB|Gambie|The Gambia|Gambia
GRC|Grèce|Greece|Grecia
GTM|Guatemala|Guatemala|Guatemala
HND|Honduras|Honduras|Honduras
HRV|Croatie|Croatia|Croacia
HTI|Haïti|Haiti|Haití
HUN|Hongrie|Hungary|Hungría
IRN|Iran|Iran|Irán
IRQ|Irak|Iraq|Irak
ITA|Italie|Italy|Italia
LBY|Libye|Libya|Libia
MAR|Maroc|Morocco|Marruecos
MEX|Mexique|Mexico|México
MKD|Macédoine du Nord|North Macedonia|Macedonia del Norte
MLI|Mali|Mali|Malí
MRT|Mauritanie|Mauritania|Mauritania
NER|Niger|Niger|Níger
NGA|Nigeria|Nigeria|Nigeria
PAK|Pakistan|Pakistan|Pakistán
PAN|Panama|Panama|Panamá
POL|Pologne|Poland|Polonia
ROU|Roumanie|Romania|Rumania
RUS|Russie|Russia|Rusia
SEN|Sénégal|Senegal|Senegal
SRB|Serbie|Serbia|Serbia
SYR|Syrie|Syria|Siria
TUN|Tunisie|Tunisia|Túnez
TUR|Turquie|Turkey|Turquía
USA|États-Unis|United States|Estados Unidos
VEN|Venezuela|Venezuela|Venezuela
VNM|Viêt Nam|Vietnam|Vietnam
YEM|Yémen|Yemen|Yemen
"""
# code | French demonym (fem.) | (masc.) | English demonym | Spanish demonym (fem.) | (masc.)
_DEMONYM_TABLE = """
AFG|afghane|afghan|Afghan|afgana|afgano
ALB|albanaise|albanais|Albanian|albanesa|albanés
AUT|autrichienne|autrichien|Austrian|austriaca|austriaco
BGD|bangladaise|bangladais|Bangladeshi|bangladesí|bangladesí
BGR|bulgare|bulgare|Bulgarian|búlgara|búlgaro
BIH|bosnienne|bosnien|Bosnian|bosnia|bosnio
BLR|biélorusse|biélorusse|Belarusian|bielorrusa|bielorruso
CHN|chinoise|chinois|Chinese|china|chino
CIV|ivoirienne|ivoirien|Ivorian|marfileña|marfileño
CMR|camerounaise|camerounais|Cameroonian|camerunesa|camerunés
COL|colombienne|colombien|Colombian|colombiana|colombiano
DEU|allemande|allemand|German|alemana|alemán
DZA|algérienne|algérien|Algerian|argelina|argelino
ECU|équatorienne|équatorien|Ecuadorian|ecuatoriana|ecuatoriano
EGY|égyptienne|égyptien|Egyptian|egipcia|egipcio
ERI|érythréenne|érythréen|Eritrean|eritrea|eritreo
ESP|espagnole|espagnol|Spanish|española|español
FRA|française|français|French|francesa|francés
GBR|britannique|britannique|British|británica|británico
GIN|guinéenne|guinéen|Guinean|guineana|guineano
GMB|gambienne|gambien|Gambian|gambiana|gambiano
GRC|grecque|grec|Greek|griega|griego
GTM|guatémaltèque|guatémaltèque|Guatemalan|guatemalteca|guatemalteco
HND|hondurienne|hondurien|Honduran|hondureña|hondureño
HRV|croate|croate|Croatian|croata|croata
HTI|haïtienne|haïtien|Haitian|haitiana|haitiano
HUN|hongroise|hongrois|Hungarian|húngara|húngaro
IRN|iranienne|iranien|Iranian|iraní|iraní
IRQ|irakienne|irakien|Iraqi|iraquí|iraquí
ITA|italienne|italien|Italian|italiana|italiano
LBY|libyenne|libyen|Libyan|libia|libio
MAR|marocaine|marocain|Moroccan|marroquí|marroquí
MEX|mexicaine|mexicain|Mexican|mexicana|mexicano
MKD|macédonienne|macédonien|Macedonian|macedonia|macedonio
MLI|malienne|malien|Malian|maliense|maliense
MRT|mauritanienne|mauritanien|Mauritanian|mauritana|mauritano
NER|nigérienne|nigérien|Nigerien|nigerina|nigerino
NGA|nigériane|nigérian|Nigerian|nigeriana|nigeriano
PAK|pakistanaise|pakistanais|Pakistani|pakistaní|pakistaní
PAN|panaméenne|panaméen|Panamanian|panameña|panameño
POL|polonaise|polonais|Polish|polaca|polaco
ROU|roumaine|roumain|Romanian|rumana|rumano
RUS|russe|russe|Russian|rusa|ruso
SEN|sénégalaise|sénégalais|Senegalese|senegalesa|senegalés
SRB|serbe|serbe|Serbian|serbia|serbio
SYR|syrienne|syrien|Syrian|siria|sirio
TUN|tunisienne|tunisien|Tunisian|tunecina|tunecino
TUR|turque|turc|Turkish|turca|turco
USA|américaine|américain|American|estadounidense|estadounidense
VEN|vénézuélienne|vénézuélien|Venezuelan|venezolana|venezolano
VNM|vietnamienne|vietnamien|Vietnamese|vietnamita|vietnamita
YEM|yéménite|yéménite|Yemeni|yemení|yemení
"""
_NAMES = [line.split("|") for line in _NAME_TABLE.strip().splitlines()]
_DEMONYMS = [line.split("|") for line in _DEMONYM_TABLE.strip().splitlines()]
_FR_NAME = {r[0]: r[1] for r in _NAMES}
_EN_NAME = {r[0]: r[2] for r in _NAMES}
_ES_NAME = {r[0]: r[3] for r in _NAMES}
_FR_DEM_F = {r[0]: r[1] for r in _DEMONYMS}
_FR_DEM_M = {r[0]: r[2] for r in _DEMONYMS}
_EN_DEM = {r[0]: r[3] for r in _DEMONYMS}
_ES_DEM_F = {r[0]: r[4] for r in _DEMONYMS}
_ES_DEM_M = {r[0]: r[5] for r in _DEMONYMS}

#: Other names a clerk uses for some countries, by language.
_ALT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GIN": ("Guinée (Conakry)", "Guinée-Conakry"),
        "BLR": ("Bélarus",),
        "USA": ("USA",),
        "GBR": ("Angleterre (R.-U.)",),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnie",),
    },
    "en": {
        "GBR": ("UK", "U.K."),
        "USA": ("USA", "U.S."),
        "CIV": ("Ivory Coast",),
        "GIN": ("Guinea (Conakry)", "Guinea-Conakry"),
        "GMB": ("Gambia",),
        "VNM": ("Viet Nam",),
        "BIH": ("BiH",),
        "MKD": ("N. Macedonia",),
        "TUR": ("Türkiye",),
    },
    "es": {
        "USA": ("EE. UU.", "EE.UU.", "EUA", "Estados Unidos de América"),
        "GIN": ("Guinea Conakry",),
        "MEX": ("Mexico",),
        "PAN": ("Panama",),
        "HTI": ("Haiti",),
    },
}

#: Light misspellings a competent reader still reads at once, by language and code.
_TYPOS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "ITA": ("Itallie",),
        "MAR": ("Marroc",),
        "GIN": ("Guinnée",),
        "TUN": ("Tunisi",),
        "SEN": ("Sénagal",),
        "ESP": ("Espagnes",),
    },
    "en": {
        "SEN": ("Senegalease",),
        "GMB": ("Gambien",),
        "VNM": ("Vietnamise",),
        "GBR": ("Unted Kingdom",),
        "ALB": ("Albanain",),
    },
    "es": {
        "VEN": ("venezolano/a", "venezuelana"),
        "ECU": ("ecuatoriano/a",),
        "HTI": ("haitiano/a",),
        "COL": ("colombiano/a",),
    },
}

#: Places (truth hotspots) as a clerk of each language names them.
_PLACES: dict[str, dict[str, str]] = {
    "fr": {
        "Darién gap": "Darién",
        "Dunkirk/Gravelines": "Dunkerque/Gravelines",
        "Dover": "Douvres",
        "London": "Londres",
        "Torino": "Turin",
        "Rio Grande Valley": "vallée du Rio Grande",
        "Lesbos": "Lesbos",
        "Evros": "Évros",
    },
    "en": {"Torino": "Turin", "Darién gap": "Darién Gap"},
    "es": {
        "Darién gap": "Tapón del Darién",
        "Bajo Chiquito": "Bajo Chiquito, Darién",
        "Lajas Blancas": "Lajas Blancas, Darién",
        "Dunkirk/Gravelines": "Dunkerque/Gravelines",
        "London": "Londres",
        "Rio Grande Valley": "Valle del Río Grande, TX",
        "El Paso": "El Paso, TX",
        "Sasabe": "Sasabe, AZ",
        "Nogales": "Nogales, AZ",
        "Torino": "Turín",
    },
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
_FR_MONTHS_ABBR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
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
_ES_MONTHS_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)
_ROMAN = ("I", "II", "III", "IV")
_ES_QUARTER_WORD = ("primer", "segundo", "tercer", "cuarto")
_EN_QUARTER_WORD = ("1st", "2nd", "3rd", "4th")

#: Linked offences, by language: canonical word -> ways of writing it.
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("Faux et usage de faux", "Fraude documentaire", "Faux documents"),
        "corruption": ("Corruption", "Corruption d'agent public"),
        "money_laundering": ("Blanchiment de capitaux", "Blanchiment d'argent"),
        "illicit_goods": ("Contrebande", "Trafic de stupéfiants", "Marchandises illicites"),
        "cybercrime": ("Cybercriminalité", "Escroquerie en ligne"),
        "terrorism": ("Terrorisme", "Association de malfaiteurs terroriste"),
    },
    "fr_code": {
        "document_fraud": ("faux_documents", "fraude_documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("marchandises_illicites", "contrebande"),
        "cybercrime": ("cybercriminalite",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("Document fraud", "Forged documents", "False passports"),
        "corruption": ("Corruption", "Bribery of officials"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Drug trafficking", "Illicit goods"),
        "cybercrime": ("Cybercrime", "Online fraud"),
        "terrorism": ("Terrorism",),
    },
    "es": {
        "document_fraud": ("Falsificación de documentos", "Uso de documentos falsos"),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Lavado de dinero", "Lavado de dinero u otros activos"),
        "illicit_goods": ("Contrabando", "Narcotráfico"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Drop the accents of French and Spanish letters (``Sénégal`` -> ``Senegal``)."""
    table = str.maketrans(
        "àâäáéèêëíìîïóòôöúùûüçñÀÂÄÁÉÈÊËÍÌÎÏÓÒÔÖÚÙÛÜÇÑ",
        "aaaaeeeeiiiioooouuuucnAAAAEEEEIIIIOOOOUUUUCN",
    )
    return text.translate(table)


def _upper(text: str) -> str:
    """Capitals without accents, as many West African registers type them."""
    return _strip_accents(text).upper()


def _name(lang: str, code: str) -> str:
    """Country name of ``code`` in ``lang`` (pycountry's English name if not tabled)."""
    table = {"fr": _FR_NAME, "en": _EN_NAME, "es": _ES_NAME}[lang]
    if code in table:
        return table[code]
    return code  # a code outside the tables is written as the ISO code itself


def _place(lang: str, hotspot: object) -> str | None:
    """Return the detection place as a clerk of ``lang`` names it, or None."""
    if not isinstance(hotspot, str) or not hotspot:
        return None
    place = _PLACES[lang].get(hotspot)
    if place is None:
        base = hotspot.split(" (")[0]
        place = _PLACES[lang].get(base, base)
    return place


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _impossible_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a (day, month) no calendar has: 31 of a 30-day month, or 30 February."""
    if rng.random() < 0.3:
        return 30, 2
    return 31, int(choice(rng, ("4", "6", "9", "11")))


def _future_year(ts: pd.Timestamp) -> int:
    """Return the year typed with its second digit slipped (2022 -> 2122)."""
    return ts.year + 100


def _or_none(rng: _Rng, options: tuple[str, ...]) -> str | None:
    """Return None (an empty cell) or one of ``options``, all equally likely."""
    pick = int(rng.integers(len(options) + 1))
    return None if pick == len(options) else options[pick]


def _offence_words(lang: str, value: object, rng: _Rng) -> list[str]:
    if not isinstance(value, str) or not value:
        return []
    return [choice(rng, _OFFENCES[lang][o]) for o in value.split("|")]


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (decimal comma), and the value it reads back as."""
    hemi = pos if value >= 0 else neg
    whole = abs(value)
    deg = int(whole)
    minutes = round((whole - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{deg:0{width}d}°{minutes:05.2f}'".replace(".", ",") + hemi
    back = (deg + minutes / 60) * (1 if value >= 0 else -1)
    return text, round(back, 6)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (one decimal), and the value it reads back as."""
    hemi = pos if value >= 0 else neg
    whole = abs(value)
    deg = int(whole)
    rest = (whole - deg) * 60
    minutes = int(rest)
    seconds = round((rest - minutes) * 60, 1)
    if seconds >= 60:
        minutes, seconds = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    text = f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"
    back = (deg + minutes / 60 + seconds / 3600) * (1 if value >= 0 else -1)
    return text, round(back, 6)


# --------------------------------------------------------------------------------------
# Writers: one per source
# --------------------------------------------------------------------------------------
class _Writer:
    """How one source writes each field; :meth:`row` assembles a row.

    Each ``write_*`` method returns the cell and the expected clean value, and appends
    its messiness tags to ``tags``.
    """

    lang = "fr"
    has_offences = True

    def row(
        self,
        src: Blind94Source,
        ev: dict[str, object],
        rng: _Rng,
        *,
        partial_ok: bool,
        forced_blank: str | None,
    ) -> tuple[_Cells, _Cells, list[str]]:
        """Return (cells by canonical column, expected clean values, messiness tags)."""
        tags: list[str] = []
        cells: _Cells = {}
        exp: _Cells = {}
        ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
        cells["event_date"], day, prec = self.write_date(ts, rng, partial_ok, tags)
        exp["event_date"] = day
        exp["date_precision"] = prec
        crime = str(ev["crime_type"])
        cells["crime_type"] = self.write_crime(crime, rng, tags)
        exp["crime_type"] = crime
        expl = ev["exploitation"] if crime != "smuggling" else None
        cells["exploitation"] = self.write_exploitation(expl, rng, tags)
        exp["exploitation"] = expl
        n = int(ev["n_persons"])  # type: ignore[call-overload]
        cells["n_persons"], exp["n_persons"] = self.write_persons(n, ev, rng, tags)
        if forced_blank == "n_suspects":
            cells["n_suspects"], exp["n_suspects"] = self.blank_cell("n_suspects", rng), None
            tags.append("blank_n_suspects")
        else:
            k = int(ev["n_suspects"])  # type: ignore[call-overload]
            cells["n_suspects"], exp["n_suspects"] = self.write_suspects(k, ev, rng, tags)
        if forced_blank == "gender":
            cells["gender"], exp["gender"] = self.blank_cell("gender", rng), "unknown"
            tags.append("blank_gender")
        else:
            cells["gender"] = self.write_gender(str(ev["gender"]), n, rng, tags)
            exp["gender"] = ev["gender"]
        cells["age_group"], exp["age_group"] = self.write_age(str(ev["age_group"]), n, rng, tags)
        if forced_blank == "nationality":
            cells["nationality"], exp["nationality"] = self.blank_cell("nationality", rng), None
            tags.append("blank_nationality")
        else:
            cells["nationality"] = self.write_nationality(str(ev["nationality"]), rng, tags)
            exp["nationality"] = ev["nationality"]
        for col in ("origin_country", "destination_country"):
            cells[col] = self.write_country(str(ev[col]), None, rng, tags)
            exp[col] = ev[col]
        if forced_blank == "detection_country":
            cells["detection_country"] = self.blank_cell("detection_country", rng)
            exp["detection_country"] = None
            tags.append("blank_detection_country")
        else:
            place = _place(self.lang, ev.get("hotspot"))
            cells["detection_country"] = self.write_country(
                str(ev["detection_country"]), place, rng, tags
            )
            exp["detection_country"] = ev["detection_country"]
        transit = ev["transit_countries"]
        codes = str(transit).split("|") if isinstance(transit, str) and transit else []
        cells["transit_countries"] = self.write_transit(codes, rng, tags)
        exp["transit_countries"] = "|".join(codes) or None
        cells["transport_mode"], exp["transport_mode"] = self.write_transport(
            str(ev["transport_mode"]), ev, rng, tags
        )
        if forced_blank == "coordinates":
            coord_cells = self.blank_coordinates()
            lat: float | None = None
            lon: float | None = None
            tags.append("blank_coordinates")
        else:
            coord_cells, lat, lon = self.write_coordinates(
                float(ev["lat"]),  # type: ignore[arg-type]
                float(ev["lon"]),  # type: ignore[arg-type]
                rng,
                tags,
            )
        cells.update(coord_cells)
        exp["lat"], exp["lon"] = lat, lon
        if self.has_offences:
            cells["linked_offences"] = self.write_offences(ev["linked_offences"], rng, tags)
            exp["linked_offences"] = ev["linked_offences"]
        else:
            exp["linked_offences"] = None
            tags.append("no_offence_column")
        return cells, exp, tags

    # the methods below are overridden by each source's writer
    def write_date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        """Date cell, expected day and precision."""
        return ts.strftime("%d/%m/%Y"), ts, "day"

    def write_crime(self, crime: str, rng: _Rng, tags: list[str]) -> object:
        """Crime-type cell."""
        raise NotImplementedError

    def write_exploitation(self, expl: object, rng: _Rng, tags: list[str]) -> object:
        """Exploitation cell (``expl`` None for pure smuggling)."""
        raise NotImplementedError

    def write_persons(
        self, n: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-persons cell and expected count."""
        raise NotImplementedError

    def write_suspects(
        self, k: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-suspects cell and expected count."""
        raise NotImplementedError

    def write_gender(self, gender: str, n: int, rng: _Rng, tags: list[str]) -> object:
        """Gender cell."""
        raise NotImplementedError

    def write_age(self, age: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        """Age-group cell and expected word."""
        raise NotImplementedError

    def write_nationality(self, code: str, rng: _Rng, tags: list[str]) -> object:
        """Nationality cell."""
        raise NotImplementedError

    def write_country(self, code: str, place: str | None, rng: _Rng, tags: list[str]) -> object:
        """Country cell (``place`` given for the detection country)."""
        raise NotImplementedError

    def write_transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        """Transit cell, the countries in order."""
        raise NotImplementedError

    def write_transport(
        self, mode: str, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, str]:
        """Transport cell and expected word."""
        raise NotImplementedError

    def write_coordinates(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        """Coordinate cells and the expected latitude and longitude."""
        raise NotImplementedError

    def blank_coordinates(self) -> _Cells:
        """Coordinate cells left blank."""
        return {"coordinates": None}

    def write_offences(self, value: object, rng: _Rng, tags: list[str]) -> object:
        """Linked-offences cell."""
        raise NotImplementedError

    def blank_cell(self, column: str, rng: _Rng) -> object:
        """Return the cell of a field left blank in a second report."""
        return None

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Date cell of a row to quarantine (kind ``no_date``, ``bad_date``, ``future_date``)."""
        raise NotImplementedError

    def note_date(self, last: pd.Timestamp) -> object:
        """Date written on the note row."""
        return last.strftime("%d/%m/%Y")


class _Hassmar(_Writer):
    """Senegal, HASSMAR: French, cp1252, ``;``."""

    lang = "fr"
    has_offences = False

    def write_date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        """Date cell, expected day and precision."""
        r = rng.random()
        if partial_ok and r < 0.07:
            tags.append("partial_month")
            month = _FR_MONTHS[ts.month - 1]
            text = choice(
                rng, (f"{month} {ts.year}", f"{month.capitalize()} {ts.year}", ts.strftime("%m/%Y"))
            )
            return text, _month_start(ts), "month"
        if r < 0.55:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.68:
            tags.append("two_digit_year")
            return ts.strftime("%d/%m/%y"), ts, "day"
        if r < 0.84:
            tags.append("month_name")
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        tags.append("month_abbr")
        return f"{ts.day:02d} {_FR_MONTHS_ABBR[ts.month - 1]} {ts.year}", ts, "day"

    def write_crime(self, crime: str, rng: _Rng, tags: list[str]) -> object:
        """Crime-type cell."""
        words = {
            "smuggling": (
                "Trafic illicite de migrants",
                "Organisation d'émigration clandestine (art. 4 loi 2005-06)",
                "Trafic de migrants (art. 4 L. 2005-06)",
                "trafic de migrants",
            ),
            "trafficking": (
                "Traite des personnes (art. 1 loi 2005-06)",
                "Traite de personnes",
                "TRAITE DES PERSONNES",
            ),
            "both": (
                "Traite des personnes + trafic de migrants",
                "Trafic de migrants et traite des personnes (L. 2005-06)",
            ),
        }[crime]
        text = choice(rng, words)
        if "art." in text:
            tags.append("law_article")
        return text

    def write_exploitation(self, expl: object, rng: _Rng, tags: list[str]) -> object:
        """Exploitation cell (``expl`` None for pure smuggling)."""
        if expl is None:
            return choice(rng, ("", "Sans objet", "-"))
        words = {
            "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre", "Autre forme d'exploitation"),
        }[str(expl)]
        return choice(rng, words)

    def write_persons(
        self, n: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-persons cell and expected count."""
        r = rng.random()
        if r < 0.03:
            tags.append("count_placeholder")
            return choice(rng, ("ND", "inconnu", "Non dénombré")), None
        if n >= 1000:
            tags.append("thousands_sep")
            return _thousands(n, choice(rng, (" ", "\xa0"))), n
        if r < 0.09 and ev["age_group"] == "mixed" and n >= 3:
            tags.append("count_annotation")
            minors = int(rng.integers(1, n))
            return f"{n} (dont {minors} mineur{'s' if minors > 1 else ''})", n
        if r < 0.16:
            tags.append("count_unit")
            return f"{n} {choice(rng, ('PAX', 'pax', 'pers.'))}", n
        return str(n), n

    def write_suspects(
        self, k: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-suspects cell and expected count."""
        r = rng.random()
        if r < 0.04:
            tags.append("suspects_placeholder")
            return choice(rng, ("NC", "non communiqué")), None
        if k == 0 and r < 0.6:
            tags.append("zero_word")
            return choice(rng, ("néant", "Néant", "NEANT")), 0
        if k == 1 and r < 0.3 and ev["transport_mode"] == "sea":
            tags.append("count_unit")
            return "1 (capitaine)", 1
        return str(k), k

    def write_gender(self, gender: str, n: int, rng: _Rng, tags: list[str]) -> object:
        """Gender cell."""
        if n == 1:
            words: dict[str, tuple[str, ...]] = {"male": ("H", "Homme"), "female": ("F", "Femme")}
        else:
            words = {
                "male": ("H", "Hommes", "Masculin"),
                "female": ("F", "Femmes", "Féminin"),
                "mixed": ("Mixte", "H/F", "Hommes et femmes"),
            }
        return choice(rng, words[gender])

    def write_age(self, age: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        """Age-group cell and expected word."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return choice(rng, ("Non précisé", "N/A")), "unknown"
        if n == 1:
            words: dict[str, tuple[str, ...]] = {
                "adult": ("Majeur", "Adulte"),
                "child": ("Mineur", "MNA"),
            }
        else:
            words = {
                "adult": ("Majeurs", "Adultes"),
                "child": ("Mineurs", "Mineurs non accompagnés"),
                "mixed": ("Majeurs et mineurs", "Adultes + mineurs", "Mixte"),
            }
        return choice(rng, words[age]), age

    def _garble(self, text: str, rng: _Rng, tags: list[str]) -> str:
        r = rng.random()
        if r < 0.04:
            bad = mojibake(text)
            if bad is not None:
                tags.append("mojibake")
                return bad
        if r < 0.16:
            tags.append("uppercase")
            return _upper(text)
        return text

    def write_nationality(self, code: str, rng: _Rng, tags: list[str]) -> object:
        """Nationality cell."""
        if code not in _FR_DEM_F:
            tags.append("iso3")
            return code
        r = rng.random()
        if r < 0.08:
            tags.append("country_for_nationality")
            return self._garble(_FR_NAME[code], rng, tags)
        word = _FR_DEM_F[code] if r < 0.6 else _FR_DEM_M[code]
        tags.append("demonym")
        return self._garble(word.capitalize(), rng, tags)

    def write_country(self, code: str, place: str | None, rng: _Rng, tags: list[str]) -> object:
        """Country cell (``place`` given for the detection country)."""
        r = rng.random()
        alt = _ALT_NAMES["fr"].get(code, ())
        typo = _TYPOS["fr"].get(code, ())
        if alt and r < 0.15:
            name = choice(rng, alt)
        elif typo and 0.96 < r:
            tags.append("typo")
            name = choice(rng, typo)
        else:
            name = _name("fr", code)
        name = self._garble(name, rng, tags)
        if place is not None and fits(place, _HASSMAR) and rng.random() < 0.4:
            tags.append("place_in_country")
            return f"{name} ({place})"
        return name

    def write_transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        """Transit cell, the countries in order."""
        if not codes:
            return choice(rng, ("", "Néant", "Direct"))
        sep = choice(rng, (" - ", " / ", ", "))
        return sep.join(_name("fr", c) for c in codes)

    def write_transport(
        self, mode: str, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, str]:
        """Transport cell and expected word."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return "Non précisé", "unknown"
        if mode == "sea" and ev["corridor"] == "watl":  # the Atlantic route: pirogues
            return choice(rng, ("Pirogue", "Maritime (pirogue)", "Voie maritime")), mode
        words = {
            "sea": ("Voie maritime", "Embarcation pneumatique", "Maritime (zodiac)"),
            "land": ("Voie terrestre", "Terrestre", "Véhicule (route)"),
            "air": ("Voie aérienne", "Aérien (vol commercial)"),
        }[mode]
        return choice(rng, words), mode

    def write_coordinates(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        """Coordinate cells and the expected latitude and longitude."""
        r = rng.random()
        if r < 0.04:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("Non communiquée", "NC"))}, None, None
        if r < 0.08:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        tags.append("ddm")
        lat_text, lat_back = _ddm(lat, "N", "S", 2)
        west = choice(rng, ("W", "O"))
        if west == "O":
            tags.append("west_o")
        lon_text, lon_back = _ddm(lon, "E", west, 3)
        text = choice(rng, (f"{lat_text} - {lon_text}", f"{lat_text} {lon_text}"))
        return {"coordinates": text}, lat_back, lon_back

    def blank_cell(self, column: str, rng: _Rng) -> object:
        """Return the cell of a field left blank in a second report."""
        return choice(rng, ("", "ND")) if column != "gender" else ""

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Date cell of a row to quarantine."""
        if kind == "no_date":
            return choice(rng, ("", "", "s.d."))
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{day:02d}/{month:02d}/{ts.year}"
        return f"{ts.day:02d}/{ts.month:02d}/{_future_year(ts)}"


class _Dst(_Writer):
    """Côte d'Ivoire, DST: French, XLSX, capitals."""

    lang = "fr"

    def write_date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        """Date cell, expected day and precision."""
        r = rng.random()
        if partial_ok and r < 0.04:
            tags.append("partial_month")
            return f"{_upper(_FR_MONTHS[ts.month - 1])} {ts.year}", _month_start(ts), "month"
        if partial_ok and r < 0.08:
            tags.append("partial_quarter")
            q = _quarter(ts)
            text = choice(
                rng,
                (
                    f"{'1ER' if q == 1 else f'{q}E'} TRIMESTRE {ts.year}",
                    f"T{q} {ts.year}",
                    f"{q}{'er' if q == 1 else 'e'} trimestre {ts.year}",
                ),
            )
            return text, _quarter_start(ts), "quarter"
        if r < 0.58:
            tags.append("excel_date")
            return ts.to_pydatetime(), ts, "day"
        if r < 0.72:
            tags.append("excel_serial")
            return _excel_serial(ts), ts, "day"
        if r < 0.88:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("month_name")
        return f"{ts.day:02d} {_upper(_FR_MONTHS[ts.month - 1])} {ts.year}", ts, "day"

    def write_crime(self, crime: str, rng: _Rng, tags: list[str]) -> object:
        """Crime-type cell."""
        words = {
            "smuggling": (
                "TRAFIC ILLICITE DE MIGRANTS",
                "TRAFIC ILLICITE DE MIGRANTS (LOI N°2018-571)",
                "Trafic illicite de migrants",
            ),
            "trafficking": (
                "TRAITE DES PERSONNES",
                "TRAITE DES PERSONNES (LOI N°2016-1111)",
                "Traite des personnes",
            ),
            "both": (
                "TRAITE DES PERSONNES ET TRAFIC ILLICITE DE MIGRANTS",
                "TRAITE + TRAFIC ILLICITE DE MIGRANTS",
            ),
        }[crime]
        text = choice(rng, words)
        if "LOI" in text:
            tags.append("law_article")
        return text

    def write_exploitation(self, expl: object, rng: _Rng, tags: list[str]) -> object:
        """Exploitation cell (``expl`` None for pure smuggling)."""
        if expl is None:
            return _or_none(rng, ("NEANT", "SANS OBJET"))
        words = {
            "sexual": ("EXPLOITATION SEXUELLE", "PROSTITUTION"),
            "forced_labour": ("TRAVAIL FORCE", "EXPLOITATION ECONOMIQUE (TRAVAIL)"),
            "forced_criminality": ("CONTRAINTE A COMMETTRE DES DELITS",),
            "organ_removal": ("PRELEVEMENT D'ORGANES",),
            "forced_marriage": ("MARIAGE FORCE",),
            "other": ("AUTRE",),
        }[str(expl)]
        return choice(rng, words)

    def write_persons(
        self, n: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-persons cell and expected count."""
        r = rng.random()
        if r < 0.03:
            tags.append("count_placeholder")
            return choice(rng, ("N.D.", "NR", "INDETERMINE")), None
        if n >= 1000 and r < 0.6:
            tags.append("thousands_sep")
            return _thousands(n, choice(rng, (" ", "."))), n
        if r < 0.1:
            tags.append("count_as_text")
            return str(n), n
        return n, n

    def write_suspects(
        self, k: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-suspects cell and expected count."""
        r = rng.random()
        if r < 0.04:
            tags.append("suspects_placeholder")
            return choice(rng, ("INCONNU", "NR")), None
        if k == 0 and r < 0.5:
            tags.append("zero_word")
            return choice(rng, ("NEANT", "AUCUN")), 0
        return k, k

    def write_gender(self, gender: str, n: int, rng: _Rng, tags: list[str]) -> object:
        """Gender cell."""
        words = {
            "male": ("M", "MASCULIN"),
            "female": ("F", "FEMININ"),
            "mixed": ("M/F", "MIXTE", "M ET F"),
        }[gender]
        return choice(rng, words)

    def write_age(self, age: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        """Age-group cell and expected word."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return "NON RENSEIGNE", "unknown"
        words = {
            "adult": ("MAJEUR", "MAJEURS", "ADULTE"),
            "child": ("MINEUR", "MINEURS", "ENFANT(S)"),
            "mixed": ("MAJEURS ET MINEURS", "MIXTE", "ADULTES ET ENFANTS"),
        }[age]
        return choice(rng, words), age

    def write_nationality(self, code: str, rng: _Rng, tags: list[str]) -> object:
        """Nationality cell."""
        r = rng.random()
        if r < 0.08 or code not in _FR_DEM_F:
            tags.append("iso2")
            return iso_codes(code)[0]
        tags.append("demonym")
        if r < 0.2:
            return _FR_DEM_F[code].capitalize()
        tags.append("uppercase")
        return _upper(_FR_DEM_F[code])

    def write_country(self, code: str, place: str | None, rng: _Rng, tags: list[str]) -> object:
        """Country cell (``place`` given for the detection country)."""
        typo = _TYPOS["fr"].get(code, ())
        if typo and rng.random() < 0.04:
            tags.append("typo")
            name = choice(rng, typo)
        else:
            name = _name("fr", code)
        text = _upper(name)
        if place is not None and rng.random() < 0.5:
            tags.append("place_in_country")
            return f"{text} / {_upper(place)}"
        return text

    def write_transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        """Transit cell, the countries in order."""
        if not codes:
            return _or_none(rng, ("NEANT",))
        return " - ".join(_upper(_name("fr", c)) for c in codes)

    def write_transport(
        self, mode: str, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, str]:
        """Transport cell and expected word."""
        words = {
            "sea": ("MARITIME", "VOIE MARITIME", "EMBARCATION DE FORTUNE", "BARQUE"),
            "land": ("TERRESTRE", "VOIE TERRESTRE", "CAMION", "AUTOBUS"),
            "air": ("AERIENNE", "VOIE AERIENNE", "VOL COMMERCIAL"),
        }[mode]
        return choice(rng, words), mode

    def write_coordinates(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        """Coordinate cells and the expected latitude and longitude."""
        r = rng.random()
        if r < 0.05:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.17:
            tags.append("decimal_comma")
            cells: _Cells = {
                "lat": f"{la:.5f}".replace(".", ","),
                "lon": f"{lo:.5f}".replace(".", ","),
            }
            return cells, la, lo
        return {"lat": la, "lon": lo}, la, lo

    def blank_coordinates(self) -> _Cells:
        """Coordinate cells left blank."""
        return {"lat": None, "lon": None}

    def write_offences(self, value: object, rng: _Rng, tags: list[str]) -> object:
        """Linked-offences cell."""
        words = _offence_words("fr", value, rng)
        if not words:
            return _or_none(rng, ("NEANT",))
        return ", ".join(_upper(w) for w in words)

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Date cell of a row to quarantine."""
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{day:02d}/{month:02d}/{ts.year}"
        return dt.datetime(_future_year(ts), ts.month, min(ts.day, 28))

    def note_date(self, last: pd.Timestamp) -> object:
        """Date written on the note row."""
        return last.to_pydatetime()


class _Dpf(_Writer):
    """Burkina Faso, DPF: JSON lines from an application, French keys and enumerations."""

    lang = "fr"

    def write_date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        """Date cell, expected day and precision."""
        r = rng.random()
        if partial_ok and r < 0.05:
            tags.append("partial_month")
            return ts.strftime("%Y-%m"), _month_start(ts), "month"
        if partial_ok and r < 0.09:
            tags.append("partial_quarter")
            return f"{ts.year}-T{_quarter(ts)}", _quarter_start(ts), "quarter"
        if r < 0.6:
            return ts.strftime("%Y-%m-%d"), ts, "day"
        if r < 0.85:
            tags.append("datetime")
            hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00", ts, "day"
        tags.append("compact_date")
        return ts.strftime("%Y%m%d"), ts, "day"

    def write_crime(self, crime: str, rng: _Rng, tags: list[str]) -> object:
        """Crime-type cell."""
        return {
            "smuggling": "trafic_illicite_migrants",
            "trafficking": "traite_personnes",
            "both": "traite_et_trafic_migrants",
        }[crime]

    def write_exploitation(self, expl: object, rng: _Rng, tags: list[str]) -> object:
        """Exploitation cell (``expl`` None for pure smuggling)."""
        if expl is None:
            return None
        return {
            "sexual": "exploitation_sexuelle",
            "forced_labour": "travail_force",
            "forced_criminality": "criminalite_forcee",
            "organ_removal": "prelevement_organes",
            "forced_marriage": "mariage_force",
            "other": "autre",
        }[str(expl)]

    def write_persons(
        self, n: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-persons cell and expected count."""
        r = rng.random()
        if r < 0.03:
            tags.append("count_placeholder")
            return None, None
        if r < 0.12:
            tags.append("count_as_text")
            return str(n), n
        return n, n

    def write_suspects(
        self, k: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-suspects cell and expected count."""
        r = rng.random()
        if r < 0.05:
            tags.append("suspects_placeholder")
            return None, None
        if k == 0 and r < 0.3:
            tags.append("zero_word")
            return "aucun", 0
        return k, k

    def write_gender(self, gender: str, n: int, rng: _Rng, tags: list[str]) -> object:
        """Gender cell."""
        return {"male": "masculin", "female": "feminin", "mixed": "mixte"}[gender]

    def write_age(self, age: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        """Age-group cell and expected word."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return "non_renseigne", "unknown"
        return {"adult": "majeur", "child": "mineur", "mixed": "mixte"}[age], age

    def _code(self, code: str, rng: _Rng, tags: list[str]) -> str:
        r = rng.random()
        if r < 0.65:
            tags.append("iso2")
            return iso_codes(code)[0]
        if r < 0.92:
            tags.append("iso3")
            return code
        tags.append("country_name")
        return _name("fr", code)

    def write_nationality(self, code: str, rng: _Rng, tags: list[str]) -> object:
        """Nationality cell."""
        return self._code(code, rng, tags)

    def write_country(self, code: str, place: str | None, rng: _Rng, tags: list[str]) -> object:
        """Country cell (``place`` is not written by the application)."""
        return self._code(code, rng, tags)

    def write_transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        """Transit cell, the countries in order."""
        if not codes:
            return None
        tags.append("iso2")
        return ">".join(iso_codes(c)[0] for c in codes)

    def write_transport(
        self, mode: str, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, str]:
        """Transport cell and expected word."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return "non_renseigne", "unknown"
        return {"sea": "maritime", "land": "terrestre", "air": "aerien"}[mode], mode

    def write_coordinates(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        """Coordinate cells and the expected latitude and longitude."""
        r = rng.random()
        if r < 0.06:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        tags.append("wkt")
        point = f"POINT({lo:.5f} {la:.5f})"
        if r < 0.3:
            point = "SRID=4326;" + point
        return {"coordinates": point}, la, lo

    def write_offences(self, value: object, rng: _Rng, tags: list[str]) -> object:
        """Linked-offences cell."""
        words = _offence_words("fr_code", value, rng)
        return ",".join(words) if words else None

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Date cell of a row to quarantine."""
        if kind == "no_date":
            return None
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{_future_year(ts)}-{ts.month:02d}-{ts.day:02d}"

    def note_date(self, last: pd.Timestamp) -> object:
        """Date written on the note row (the application writes none)."""
        return last.strftime("%Y-%m-%d")


class _Gid(_Writer):
    """The Gambia, GID: English, UTF-8 with BOM, ``,``."""

    lang = "en"

    def write_date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        """Date cell, expected day and precision."""
        r = rng.random()
        if partial_ok and r < 0.04:
            tags.append("partial_month")
            month = MONTHS[ts.month - 1]
            return (
                choice(rng, (f"{month} {ts.year}", f"{month[:3]}-{ts.year}")),
                (_month_start(ts)),
                "month",
            )
        if partial_ok and r < 0.08:
            tags.append("partial_quarter")
            q = _quarter(ts)
            text = choice(rng, (f"Q{q} {ts.year}", f"{_EN_QUARTER_WORD[q - 1]} Qtr {ts.year}"))
            return text, _quarter_start(ts), "quarter"
        if r < 0.5:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.66:
            tags.append("month_abbr")
            return f"{ts.day}-{MONTHS[ts.month - 1][:3]}-{ts.strftime('%y')}", ts, "day"
        if r < 0.84:
            tags.append("month_name")
            d = ts.day
            suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return f"{d}{suffix} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        tags.append("dotted_date")
        return ts.strftime("%d.%m.%Y"), ts, "day"

    def write_crime(self, crime: str, rng: _Rng, tags: list[str]) -> object:
        """Crime-type cell."""
        words = {
            "smuggling": (
                "SOM",
                "Smuggling of migrants",
                "Migrant smuggling",
                "Aiding irregular migration",
            ),
            "trafficking": ("TIP", "Trafficking in persons (TIP Act 2007)", "Human trafficking"),
            "both": ("TIP & SOM", "Trafficking and smuggling of migrants"),
        }[crime]
        text = choice(rng, words)
        if "Act" in text:
            tags.append("law_article")
        return text

    def write_exploitation(self, expl: object, rng: _Rng, tags: list[str]) -> object:
        """Exploitation cell (``expl`` None for pure smuggling)."""
        if expl is None:
            return choice(rng, ("", "N/A"))
        words = {
            "sexual": ("Sexual exploitation", "Forced prostitution"),
            "forced_labour": ("Forced labour", "Labour exploitation"),
            "forced_criminality": ("Forced criminality", "Criminal exploitation"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        }[str(expl)]
        return choice(rng, words)

    def write_persons(
        self, n: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-persons cell and expected count."""
        r = rng.random()
        if r < 0.03:
            tags.append("count_placeholder")
            return choice(rng, ("N/K", "Unknown", "not known")), None
        if n >= 1000:
            tags.append("thousands_sep")
            return _thousands(n, ","), n
        return str(n), n

    def write_suspects(
        self, k: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-suspects cell and expected count."""
        r = rng.random()
        if r < 0.04:
            tags.append("suspects_placeholder")
            return "N/K", None
        if k == 0 and r < 0.6:
            tags.append("zero_word")
            return choice(rng, ("Nil", "NIL", "nil")), 0
        return str(k), k

    def write_gender(self, gender: str, n: int, rng: _Rng, tags: list[str]) -> object:
        """Gender cell."""
        words = {
            "male": ("Male", "M", "Males"),
            "female": ("Female", "F", "Females"),
            "mixed": ("Mixed", "Both sexes", "Male & female"),
        }[gender]
        return choice(rng, words)

    def write_age(self, age: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        """Age-group cell and expected word."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return "N/A", "unknown"
        words = {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "Child", "Under 18"),
            "mixed": ("Adults & minors", "Mixed"),
        }[age]
        return choice(rng, words), age

    def write_nationality(self, code: str, rng: _Rng, tags: list[str]) -> object:
        """Nationality cell."""
        r = rng.random()
        if code not in _EN_DEM:
            return code
        if r < 0.1:
            tags.append("country_for_nationality")
            return _EN_NAME[code]
        typo = _TYPOS["en"].get(code, ())
        if typo and r < 0.14:
            tags.append("typo")
            return choice(rng, typo)
        tags.append("demonym")
        return _EN_DEM[code] if r < 0.9 else _EN_DEM[code].upper()

    def write_country(self, code: str, place: str | None, rng: _Rng, tags: list[str]) -> object:
        """Country cell (``place`` given for the detection country)."""
        alt = _ALT_NAMES["en"].get(code, ())
        name = choice(rng, alt) if alt and rng.random() < 0.4 else _name("en", code)
        if place is not None and rng.random() < 0.4:
            tags.append("place_in_country")
            return choice(rng, (f"{name} ({place})", f"{place}, {name}"))
        return name

    def write_transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        """Transit cell, the countries in order."""
        if not codes:
            return choice(rng, ("", "Direct", "None"))
        names = [_name("en", c) for c in codes]
        r = rng.random()
        if r < 0.35:
            return "via " + ", ".join(names)
        if r < 0.7:
            return " > ".join(names)
        return " - ".join(names)

    def write_transport(
        self, mode: str, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, str]:
        """Transport cell and expected word."""
        if mode == "sea" and ev["corridor"] == "watl":  # the Atlantic route: pirogues
            return choice(rng, ("Sea", "Canoe (pirogue)", "Boat (pirogue)")), mode
        words = {
            "sea": ("Sea", "Boat", "Small boat", "Dinghy"),
            "land": ("Land", "By road", "Lorry", "Overland"),
            "air": ("Air", "By air", "Flight"),
        }[mode]
        return choice(rng, words), mode

    def write_coordinates(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        """Coordinate cells and the expected latitude and longitude."""
        r = rng.random()
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"coordinates": "N/A"}, None, None
        if r < 0.7:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
        tags.append("hemisphere_letters")
        la, lo = round(lat, 4), round(lon, 4)
        ns = "N" if la >= 0 else "S"
        ew = "E" if lo >= 0 else "W"
        return {"coordinates": f"{abs(la):.4f}{ns} {abs(lo):.4f}{ew}"}, la, lo

    def write_offences(self, value: object, rng: _Rng, tags: list[str]) -> object:
        """Linked-offences cell."""
        words = _offence_words("en", value, rng)
        return "; ".join(words) if words else ""

    def blank_cell(self, column: str, rng: _Rng) -> object:
        """Return the cell of a field left blank in a second report."""
        return choice(rng, ("", "N/K")) if column in ("nationality", "n_suspects") else ""

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Date cell of a row to quarantine."""
        if kind == "no_date":
            return choice(rng, ("", "", "N/K"))
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{day:02d}/{month:02d}/{ts.year}"
        return f"{ts.day:02d}/{ts.month:02d}/{_future_year(ts)}"


class _Digici(_Writer):
    """Guatemala, DIGICI: Spanish, UTF-16, tab."""

    lang = "es"

    def write_date(
        self, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
    ) -> tuple[object, pd.Timestamp, str]:
        """Date cell, expected day and precision."""
        r = rng.random()
        if partial_ok and r < 0.04:
            tags.append("partial_month")
            month = _ES_MONTHS[ts.month - 1]
            return (
                choice(rng, (f"{month} {ts.year}", f"{month}/{ts.year}")),
                (_month_start(ts)),
                "month",
            )
        if partial_ok and r < 0.07:
            tags.append("partial_quarter")
            q = _quarter(ts)
            text = choice(
                rng,
                (
                    f"{_ROMAN[q - 1]} trimestre {ts.year}",
                    f"{_ES_QUARTER_WORD[q - 1]} trimestre {ts.year}",
                ),
            )
            return text, _quarter_start(ts), "quarter"
        if r < 0.5:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.67:
            tags.append("month_name")
            return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}", ts, "day"
        if r < 0.85:
            tags.append("month_abbr")
            return f"{ts.day:02d}-{_ES_MONTHS_ABBR[ts.month - 1]}-{ts.year}", ts, "day"
        tags.append("year_first")
        return ts.strftime("%Y/%m/%d"), ts, "day"

    def write_crime(self, crime: str, rng: _Rng, tags: list[str]) -> object:
        """Crime-type cell."""
        words = {
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico ilícito de personas migrantes",
                "Coyotaje",
                "TRÁFICO ILÍCITO DE MIGRANTES",
            ),
            "trafficking": ("Trata de personas (art. 202 Ter CP)", "Trata de personas"),
            "both": (
                "Trata de personas y tráfico ilícito de migrantes",
                "Trata / tráfico ilícito de migrantes",
            ),
        }[crime]
        text = choice(rng, words)
        if "art." in text:
            tags.append("law_article")
        if text == "Coyotaje":
            tags.append("jargon")
        return text

    def write_exploitation(self, expl: object, rng: _Rng, tags: list[str]) -> object:
        """Exploitation cell (``expl`` None for pure smuggling)."""
        if expl is None:
            return choice(rng, ("No aplica", "", "N/A"))
        words = {
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Trabajos forzados", "Explotación laboral"),
            "forced_criminality": ("Reclutamiento para actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        }[str(expl)]
        return choice(rng, words)

    def write_persons(
        self, n: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-persons cell and expected count."""
        r = rng.random()
        if r < 0.03:
            tags.append("count_placeholder")
            return choice(rng, ("S/D", "sin dato", "desconocido")), None
        if n >= 1000:
            tags.append("thousands_sep")
            return _thousands(n, ","), n
        return str(n), n

    def write_suspects(
        self, k: int, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, int | None]:
        """Count-of-suspects cell and expected count."""
        r = rng.random()
        if r < 0.04:
            tags.append("suspects_placeholder")
            return choice(rng, ("S/D", "desconocido")), None
        if k == 0 and r < 0.55:
            tags.append("zero_word")
            return choice(rng, ("ninguno", "Ninguno")), 0
        return str(k), k

    def write_gender(self, gender: str, n: int, rng: _Rng, tags: list[str]) -> object:
        """Gender cell."""
        if n == 1:
            words: dict[str, tuple[str, ...]] = {
                "male": ("Masculino", "Hombre"),
                "female": ("Femenino", "Mujer"),
            }
        else:
            words = {
                "male": ("Masculino", "Hombres"),
                "female": ("Femenino", "Mujeres"),
                "mixed": ("Mixto", "Hombres y mujeres", "Ambos sexos"),
            }
        return choice(rng, words[gender])

    def write_age(self, age: str, n: int, rng: _Rng, tags: list[str]) -> tuple[object, str]:
        """Age-group cell and expected word."""
        if rng.random() < 0.02:
            tags.append("na_word")
            return "No aplica", "unknown"
        if n == 1:
            words: dict[str, tuple[str, ...]] = {
                "adult": ("Adulto", "Mayor de edad"),
                "child": ("Menor de edad", "NNA"),
            }
        else:
            words = {
                "adult": ("Adultos", "Mayores de edad"),
                "child": ("Menores de edad", "NNA"),
                "mixed": ("Adultos y NNA", "Mixto", "Adultos y menores"),
            }
        text = choice(rng, words[age])
        if "NNA" in text:
            tags.append("jargon")
        return text, age

    def write_nationality(self, code: str, rng: _Rng, tags: list[str]) -> object:
        """Nationality cell."""
        if code not in _ES_DEM_F:
            return code
        r = rng.random()
        typo = _TYPOS["es"].get(code, ())
        if typo and r < 0.06:
            tags.append("typo")
            return choice(rng, typo)
        if r < 0.12:
            tags.append("country_for_nationality")
            return _ES_NAME[code]
        tags.append("demonym")
        word = _ES_DEM_F[code] if r < 0.6 else _ES_DEM_M[code]
        if r > 0.88:
            tags.append("uppercase")
            return word.upper()
        return word.capitalize() if r < 0.8 else word

    def write_country(self, code: str, place: str | None, rng: _Rng, tags: list[str]) -> object:
        """Country cell (``place`` given for the detection country)."""
        alt = _ALT_NAMES["es"].get(code, ())
        name = choice(rng, alt) if alt and rng.random() < 0.35 else _name("es", code)
        if place is not None and rng.random() < 0.45:
            tags.append("place_in_country")
            return f"{name} ({place})"
        return name

    def write_transit(self, codes: list[str], rng: _Rng, tags: list[str]) -> object:
        """Transit cell, the countries in order."""
        if not codes:
            return choice(rng, ("", "Ninguno", "Directo"))
        names = [_name("es", c) for c in codes]
        if len(names) == 2 and rng.random() < 0.3:
            return f"{names[0]} y {names[1]}"
        return choice(rng, (" - ", ", ", " / ")).join(names)

    def write_transport(
        self, mode: str, ev: dict[str, object], rng: _Rng, tags: list[str]
    ) -> tuple[object, str]:
        """Transport cell and expected word."""
        if mode == "land" and ev["corridor"] == "darien":  # the jungle is crossed on foot
            return choice(rng, ("A pie", "Terrestre", "A pie (selva)")), mode
        words = {
            "sea": ("Marítimo", "Lancha", "Embarcación"),
            "land": ("Terrestre", "A pie", "Autobús", "Tráiler", "Vehículo particular"),
            "air": ("Aéreo", "Vuelo comercial"),
        }[mode]
        return choice(rng, words), mode

    def write_coordinates(
        self, lat: float, lon: float, rng: _Rng, tags: list[str]
    ) -> tuple[_Cells, float | None, float | None]:
        """Coordinate cells and the expected latitude and longitude."""
        r = rng.random()
        if r < 0.06:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        if r < 0.6:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
        tags.append("dms")
        lat_text, la = _dms(lat, "N", "S")
        west = choice(rng, ("O", "W"))
        if west == "O":
            tags.append("west_o")
        lon_text, lo = _dms(lon, "E", west)
        return {"coordinates": f"{lat_text} {lon_text}"}, la, lo

    def write_offences(self, value: object, rng: _Rng, tags: list[str]) -> object:
        """Linked-offences cell."""
        words = _offence_words("es", value, rng)
        return " / ".join(words) if words else ""

    def blank_cell(self, column: str, rng: _Rng) -> object:
        """Return the cell of a field left blank in a second report."""
        return choice(rng, ("", "S/D")) if column in ("nationality", "n_suspects") else ""

    def bad_date(self, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
        """Date cell of a row to quarantine."""
        if kind == "no_date":
            return choice(rng, ("", "", "S/F"))
        if kind == "bad_date":
            day, month = _impossible_day(ts, rng)
            return f"{day:02d}/{month:02d}/{ts.year}"
        return f"{ts.day:02d}/{ts.month:02d}/{_future_year(ts)}"


_WRITERS: dict[str, _Writer] = {
    "hassmar": _Hassmar(),
    "dst": _Dst(),
    "dpf": _Dpf(),
    "gid": _Gid(),
    "digici": _Digici(),
}


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_HASSMAR = Blind94Source(
    source="hassmar_sn",
    filename="hassmar_sn_cr.csv",
    ref="{seq:04d}/HASSMAR/CVP/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date interception / débarquement",
        "crime_type": "Qualification (infraction)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre PAX (migrants / victimes)",
        "n_suspects": "Nbre passeurs / capitaines interpellés",
        "gender": "Sexe",
        "age_group": "Catégorie d'âge (maj./min.)",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination finale déclarée",
        "detection_country": "Pays d'interception / débarquement",
        "transit_countries": "Pays de transit (escales)",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position (lat. / long., DDM)",
    },
    note="NB : chiffres provisoires, à confirmer par Salvamento Marítimo / attaché de sécurité",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "une pirogue pleine"),
    repeats=False,
    style="hassmar",
)
_DST = Blind94Source(
    source="dst_ci",
    filename="dst_ci_cr.xlsx",
    ref="{seq:04d}/DST/CMI/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° DOSSIER / FILE No.",
        "event_date": "DATE DES FAITS / DATE OF FACTS",
        "crime_type": "NATURE DE L'INFRACTION / OFFENCE",
        "exploitation": "TYPE D'EXPLOITATION / TYPE OF EXPLOITATION",
        "n_persons": "NOMBRE DE PERSONNES (VICTIMES OU MIGRANTS) / No. OF PERSONS",
        "n_suspects": "NBRE MIS EN CAUSE /\nSUSPECTS",
        "gender": "SEXE (M/F) / SEX",
        "age_group": "MAJEUR-MINEUR / ADULT-MINOR",
        "nationality": "NATIONALITE / NATIONALITY",
        "origin_country": "PAYS D'ORIGINE / COUNTRY OF ORIGIN",
        "destination_country": "PAYS DE DESTINATION / DESTINATION",
        "detection_country": "LIEU D'INTERPELLATION (PAYS / VILLE) /\nPLACE OF INTERCEPTION",
        "transit_countries": "ITINERAIRE (PAYS DE TRANSIT) / TRANSIT COUNTRIES",
        "transport_mode": "MODE DE TRANSPORT / MEANS OF TRANSPORT",
        "lat": "LATITUDE (°)",
        "lon": "LONGITUDE (°)",
        "linked_offences": "INFRACTIONS CONNEXES / RELATED OFFENCES",
    },
    note="Source : DST / OLI Rome et Athènes - données à consolider avec le BCN Abidjan",
    total="TOTAL",
    bad_count=("#VALEUR!", "PLUSIEURS", "#REF!"),
    repeats=True,
    style="dst",
)
_DPF = Blind94Source(
    source="dpf_bf",
    filename="dpf_bf_cr.jsonl",
    ref="BF-DPF-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "num_signalement",
        "event_date": "date_faits",
        "crime_type": "infraction",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_suspects",
        "gender": "sexe",
        "age_group": "tranche_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_detection",
        "transit_countries": "pays_transit",
        "transport_mode": "moyen_transport",
        "coordinates": "geom",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "groupe"),
    repeats=False,
    style="dpf",
)
_GID = Blind94Source(
    source="gid_gm",
    filename="gid_gm_cr.csv",
    ref="GID/IIU/{year}/{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref.",
        "event_date": "Date of Interception",
        "crime_type": "Offence (TIP/SOM)",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Persons (Victims/Migrants)",
        "n_suspects": "No. of Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Intercepted",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Travel",
        "coordinates": "GPS (Lat, Long)",
        "linked_offences": "Related Offences",
    },
    note="Note: figures subject to verification by the Intelligence & Investigations Unit",
    total="GRAND TOTAL",
    bad_count=("several", "a group", "#VALUE!"),
    repeats=False,
    style="gid",
)
_DIGICI = Blind94Source(
    source="digici_gt",
    filename="digici_gt_cr.csv",
    ref="DIGICI-TIM-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Correlativo",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito (tipificación)",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. personas migrantes / víctimas",
        "n_suspects": "Cant. presuntos tratantes / coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat/long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar, sujeta a verificación con las fuentes",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo", "#¡VALOR!"),
    repeats=True,
    style="digici",
)

#: The five sources of the ``blind94`` set, in the order their submissions are returned.
BLIND94_SOURCES: tuple[Blind94Source, ...] = (_HASSMAR, _DST, _DPF, _GID, _DIGICI)

_PRIMARY = {
    "ESP": "hassmar_sn",
    "ITA": "dst_ci",
    "GRC": "dst_ci",
    "GBR": "gid_gm",
    "FRA": "gid_gm",
    "PAN": "digici_gt",
    "USA": "digici_gt",
}
_SECONDARY = {
    ("watl", "ESP"): "gid_gm",
    ("wmed", "ESP"): "dpf_bf",
    ("cmed", "ITA"): "dpf_bf",
    ("thb_nga_ita", "ITA"): "gid_gm",
    ("emed", "GRC"): "dpf_bf",
    ("channel", "FRA"): "dpf_bf",
    ("channel", "GBR"): "dpf_bf",
    ("wbal", "HRV"): "dst_ci",
}


def _render(
    src: Blind94Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    return _WRITERS[src.style].row(src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)


def _bad_date(src: Blind94Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    return _WRITERS[src.style].bad_date(ts, kind, rng)


def _note_date(src: Blind94Source, last: pd.Timestamp) -> object:
    return _WRITERS[src.style].note_date(last)


_EXAMINER: Examiner[Blind94Source] = Examiner(
    sources=BLIND94_SOURCES,
    primary=_PRIMARY,
    compilation="dpf_bf",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=94,
    blank_share=0.35,
)


def make_blind94(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind94`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``hassmar_sn_cr.csv`` (French, cp1252, ``;``), ``dst_ci_cr.xlsx`` (French),
        ``dpf_bf_cr.jsonl`` (French keys), ``gid_gm_cr.csv`` (English, UTF-8 with BOM,
        ``,``) and ``digici_gt_cr.csv`` (Spanish, UTF-16, tab), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind94(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hassmar_sn_cr.csv', 'dst_ci_cr.xlsx', 'dpf_bf_cr.jsonl', 'gid_gm_cr.csv',
     'digici_gt_cr.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
