"""Examiner sample set ``blind110``: five Caribbean liaison desks (files ``*_dh.*``).

A held-out set written without looking at the cleaner. Five services of the French,
Spanish and English-speaking Caribbean keep watch sheets on the smuggling and trafficking
cases that reach them through liaison channels (the truth's detection countries are in
Europe and the Americas), each in its own words, codes and file habits. The shared row
machinery is :mod:`trendlib.samples._examiner`; everything written in a cell is decided
here. A reader's guide, source by source:

``cesfront_do_dh.csv`` -- Dominican CESFRONT (Cuerpo Especializado de Seguridad Fronteriza
    Terrestre), intelligence section J-2: its regional watch sheet on the Darién crossing
    (events detected in Panama). Spanish, UTF-8 with BOM, ``,`` delimiter. Headers such as
    ``Fecha del Hecho``, ``Cant. Personas``, ``Presuntos Responsables Aprehendidos``,
    ``Coordenadas GPS`` and a free ``Observaciones`` column. Dates ``dd/mm/aaaa``,
    ``d/m/aaaa``, ``14-ago-2022``, ``14 de agosto del 2022``, ``14/08/22``; partial dates
    ``agosto 2022``, ``ago-2022``, ``08/2022``, quarters ``II trimestre 2022`` or
    ``2do trimestre 2022``. Counts with the Dominican thousands comma (``1,234``, quoted by
    the CSV) or a trailing noun (``35 migrantes``); ``S/D`` and ``N/D`` for unknown;
    ``Ninguno`` for no suspect. ``TIM`` for tráfico ilícito de migrantes. Nationalities as
    feminine demonyms (``Haitiana``), names or ISO alpha-3 codes, some in capitals, some
    garbled by a double UTF-8 decoding (``PanamÃ¡``). Coordinates in degrees, minutes and
    seconds with ``O`` (oeste) for west, or decimal pairs, or ``Lat: .. Lon: ..``. Transit
    routes joined with ``-`` or ``>``; ``Directo`` when there was none. Re-sends a few rows.

``minint_cu_dh.xlsx`` -- Cuban MININT liaison office (Consejería de Interior) in Madrid:
    cases in Spain and, as second reports, Cuban-relevant events at the US-Mexico border.
    Spanish workbook. Dates as real Excel dates, as bare Excel serial numbers (``44787``)
    or as text (``14/8/2022``, ``14-08-2022``), partial ``agosto/2022``, ``ago. 2022``,
    ``III trim. 2022``. Spanish Penal Code articles for the offence (``art. 318 bis CP``,
    ``art. 177 bis CP``, ``TSH``). ``Ciudadanía`` holds names, masculine demonyms or ISO
    codes. Counts are numbers, or text such as ``40 (aprox.)``, ``s/d``, ``no precisado``.
    Latitude and longitude in two columns: numbers, decimal-comma text, or text with a
    hemisphere letter (``15,4321 O``). Land crossings at Ceuta and Melilla may read
    ``Salto de valla``, at the US border ``Cruce por el río Bravo``.

``ice_sanjuan_dh.jsonl`` -- US ICE desk in San Juan, Puerto Rico (HSI/ERO liaison feed):
    events in the United States and the United Kingdom. English JSON lines. Dates
    ``MM/DD/YYYY``, ISO, ISO with a midnight time, ``Aug 14, 2022``, ``14AUG2022``; partial
    ``2022-08``, ``Aug 2022``, ``Q3 2022``, ``2022-Q3``. Violations by US Code section
    (``8 U.S.C. § 1324``, ``18 U.S.C. § 1591``, ``§ 1589``, ``§ 1590``) or, for British
    cases, UK statutes (``Immigration Act 1971 s.25``, ``Modern Slavery Act 2015 s.2``). Citizenship
    as ISO alpha-2 codes, names or demonyms. Age categories in CBP words (``UAC``,
    ``FMUA``, ``Single adults``) for US events, ``UASC`` for British ones; land travel in
    Border Patrol words (``Land - between POEs``, ``POV``, ``Tractor-trailer``) or British
    ones (``Lorry``, ``HGV``). Transit countries as a JSON array of names or codes.
    Coordinates as JSON numbers or strings with ``N``/``W``. ``UNK`` for unknown.
    Re-sends a few records.

``comgend_martinique_dh.csv`` -- Gendarmerie nationale, Commandement de la gendarmerie de
    Martinique (COMGEND), intelligence cell: cases in France and Italy. French, cp1252,
    ``;`` delimiter, CRLF. Gendarmerie headers (``N° procédure``, ``Nb MEC`` for *mis en
    cause*, ``Vecteur`` for the means of transport, ``Maj/Min``). Dates ``jj/mm/aaaa``,
    ``jj/mm/aa``, ``14 août 2022``, ``14.08.2022``, ``lun. 14/08/2022``; partial
    ``août 2022``, ``08/2022``, ``T3 2022``, ``3e trimestre 2022``. Offences by article
    (``art. L.823-1 CESEDA``, before May 2021 ``L.622-1``; ``art. 225-4-1 C. pén.``,
    ``TEH``), Italian articles for some Italian cases. ``néant`` for no suspect; ``NC``
    for unknown counts; thousands with a (no-break) space. Coordinates as decimal-comma
    pairs ``50,9581 / 1,8523`` or GPS degrees and decimal minutes
    ``N 50°57,486' E 001°51,138'`` (``O`` for west). A ``Lieu des faits`` place column.
    The means of transport as a *vecteur* (``vecteur maritime``, ``small boat`` in the
    Channel, ``PL`` / ``VL`` for lorries and cars).

``prefecture_saint_martin_dh.csv`` -- Préfecture de Saint-Barthélemy et Saint-Martin,
    coordination cell on irregular migration: a compilation of everything the others do
    not report (Greece, Poland, Croatia) plus second reports on the Central Mediterranean.
    Bilingual French/English headers (``Nationalité / Nationality``), values mostly French
    with English ones mixed in. UTF-16 with BOM, tab delimiter (Excel's "Unicode text").
    Dates ``jj/mm/aaaa``, ISO, ``14 Aug 2022``, ``14-août-22``; partial ``08/2022``,
    ``août 2022``, ``Q3 2022``, ``3e trim. 2022``. ``NR`` (non renseigné) for unknown;
    ``aucun / none`` for no suspect. Latitude and longitude in two columns whose headers
    give the hemisphere, as decimals, decimal-comma text or degrees-minutes-seconds. No
    linked-offence column. Transit routes joined with ``,`` or ``→``.

Every source writes a note row (except the JSON feed), a total row and some bad rows;
the CSV files hold an empty row. Every written value reads unambiguously to its expected
clean value for an analyst who knows the agency's conventions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

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

__all__ = ["BLIND110_SOURCES", "Blind110Source", "make_blind110"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind110Source(ExaminerSource):
    """A source of the ``blind110`` set: the shared description plus its writing style.

    Attributes
    ----------
    style : str
        Which agency's habits the renderer follows: ``"cesfront"``, ``"minint"``,
        ``"ice"``, ``"comgend"`` or ``"prefecture"``.
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_CESFRONT = Blind110Source(
    source="cesfront_do",
    filename="cesfront_do_dh.csv",
    ref="CESFRONT-J2-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. Reporte",
        "event_date": "Fecha del Hecho",
        "detection_country": "País del Hecho",
        "crime_type": "Tipo de Delito",
        "exploitation": "Fin de Explotación",
        "n_persons": "Cant. Personas",
        "gender": "Sexo",
        "age_group": "Grupo Etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de Procedencia",
        "transit_countries": "Ruta (Países de Tránsito)",
        "destination_country": "País de Destino",
        "transport_mode": "Medio",
        "n_suspects": "Presuntos Responsables Aprehendidos",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos Conexos",
        "remarks": "Observaciones",
    },
    note="Nota: datos preliminares sujetos a verificación del J-2 CESFRONT",
    total="TOTAL GENERAL",
    bad_count=("varios", "múltiples", "numerosos"),
    repeats=True,
    style="cesfront",
)
_MININT = Blind110Source(
    source="minint_cu",
    filename="minint_cu_dh.xlsx",
    ref="EXP-{seq:03d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. Expediente",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Total migrantes/víctimas",
        "n_suspects": "Organizadores detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Ciudadanía",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "detection_country": "País de detección",
        "transport_mode": "Vía",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información recibida por canal de enlace; no incluye casos judicializados",
    total="Total",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
    style="minint",
)
_ICE = Blind110Source(
    source="ice_sanjuan",
    filename="ice_sanjuan_dh.jsonl",
    ref="SJU-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_number",
        "event_date": "encounter_date",
        "detection_country": "encounter_country",
        "place": "aor_location",
        "crime_type": "violation",
        "exploitation": "trafficking_type",
        "n_persons": "persons_encountered",
        "n_suspects": "facilitators_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_countries",
        "destination_country": "intended_destination",
        "transport_mode": "conveyance",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_charges",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several", "numerous"),
    repeats=True,
    style="ice",
)
_COMGEND = Blind110Source(
    source="comgend_martinique",
    filename="comgend_martinique_dh.csv",
    ref="{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "place": "Lieu des faits",
        "detection_country": "Pays",
        "crime_type": "Qualification",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb MEC",
        "gender": "Sexe",
        "age_group": "Maj/Min",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "transport_mode": "Vecteur",
        "coordinates": "Coord. GPS (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, non consolidées (cellule renseignement COMGEND MQ)",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="comgend",
)
_PREFECTURE = Blind110Source(
    source="prefecture_saint_martin",
    filename="prefecture_saint_martin_dh.csv",
    ref="PSM-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. / Ref.",
        "event_date": "Date",
        "detection_country": "Pays / Country",
        "crime_type": "Infraction / Offence",
        "exploitation": "Exploitation",
        "n_persons": "Nb personnes / Persons",
        "n_suspects": "Passeurs-auteurs / Facilitators",
        "gender": "Sexe / Sex",
        "age_group": "Âge / Age",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Provenance / Origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "transport_mode": "Moyen / Means",
        "lat": "Lat. N (°)",
        "lon": "Long. E (°)",
    },
    note="Mise à jour / Updated : données provisoires / provisional data",
    total="TOTAL / TOTAL",
    bad_count=("plusieurs / several", "nombreux", "plusieurs"),
    repeats=False,
    style="prefecture",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND110_SOURCES: tuple[Blind110Source, ...] = (
    _CESFRONT,
    _MININT,
    _ICE,
    _COMGEND,
    _PREFECTURE,
)

_PRIMARY = {
    "PAN": "cesfront_do",
    "ESP": "minint_cu",
    "USA": "ice_sanjuan",
    "GBR": "ice_sanjuan",
    "FRA": "comgend_martinique",
    "ITA": "comgend_martinique",
}
_COMPILATION = "prefecture_saint_martin"
_SECONDARY = {
    ("darien", "PAN"): "ice_sanjuan",
    ("us_mex", "USA"): "minint_cu",
    ("channel", "FRA"): "ice_sanjuan",
    ("channel", "GBR"): "comgend_martinique",
    ("cmed", "ITA"): "prefecture_saint_martin",
    ("watl", "ESP"): "comgend_martinique",
    ("emed", "GRC"): "comgend_martinique",
    ("wbal", "HRV"): "minint_cu",
    ("thb_rou_esp", "ESP"): "comgend_martinique",
    ("thb_nga_ita", "ITA"): "prefecture_saint_martin",
}


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
class _Country(NamedTuple):
    es: str
    es_m: str
    es_f: str
    fr: str
    fr_m: str
    fr_f: str
    en: str
    en_dem: str


#: ISO alpha-3 | es name | es masc. | es fem. | fr name | fr masc. | fr fem.
_ES_FR_TABLE = """
AFG|Afganistán|afgano|afgana|Afghanistan|afghan|afghane
ALB|Albania|albanés|albanesa|Albanie|albanais|albanaise
AUT|Austria|austriaco|austriaca|Autriche|autrichien|autrichienne
BGD|Bangladés|bangladesí|bangladesí|Bangladesh|bangladais|bangladaise
BGR|Bulgaria|búlgaro|búlgara|Bulgarie|bulgare|bulgare
BIH|Bosnia y Herzegovina|bosnio|bosnia|Bosnie-Herzégovine|bosnien|bosnienne
BLR|Bielorrusia|bielorruso|bielorrusa|Biélorussie|biélorusse|biélorusse
CHN|China|chino|china|Chine|chinois|chinoise
CIV|Costa de Marfil|marfileño|marfileña|Côte d'Ivoire|ivoirien|ivoirienne
CMR|Camerún|camerunés|camerunesa|Cameroun|camerounais|camerounaise
COL|Colombia|colombiano|colombiana|Colombie|colombien|colombienne
DEU|Alemania|alemán|alemana|Allemagne|allemand|allemande
DZA|Argelia|argelino|argelina|Algérie|algérien|algérienne
ECU|Ecuador|ecuatoriano|ecuatoriana|Équateur|équatorien|équatorienne
EGY|Egipto|egipcio|egipcia|Égypte|égyptien|égyptienne
ERI|Eritrea|eritreo|eritrea|Érythrée|érythréen|érythréenne
ESP|España|español|española|Espagne|espagnol|espagnole
FRA|Francia|francés|francesa|France|français|française
GBR|Reino Unido|británico|británica|Royaume-Uni|britannique|britannique
GIN|Guinea|guineano|guineana|Guinée|guinéen|guinéenne
GMB|Gambia|gambiano|gambiana|Gambie|gambien|gambienne
GRC|Grecia|griego|griega|Grèce|grec|grecque
GTM|Guatemala|guatemalteco|guatemalteca|Guatemala|guatémaltèque|guatémaltèque
HND|Honduras|hondureño|hondureña|Honduras|hondurien|hondurienne
HRV|Croacia|croata|croata|Croatie|croate|croate
HTI|Haití|haitiano|haitiana|Haïti|haïtien|haïtienne
HUN|Hungría|húngaro|húngara|Hongrie|hongrois|hongroise
IRN|Irán|iraní|iraní|Iran|iranien|iranienne
IRQ|Irak|iraquí|iraquí|Irak|irakien|irakienne
ITA|Italia|italiano|italiana|Italie|italien|italienne
LBY|Libia|libio|libia|Libye|libyen|libyenne
MAR|Marruecos|marroquí|marroquí|Maroc|marocain|marocaine
MEX|México|mexicano|mexicana|Mexique|mexicain|mexicaine
MKD|Macedonia del Norte|macedonio|macedonia|Macédoine du Nord|macédonien|macédonienne
MLI|Malí|maliense|maliense|Mali|malien|malienne
MRT|Mauritania|mauritano|mauritana|Mauritanie|mauritanien|mauritanienne
NER|Níger|nigerino|nigerina|Niger|nigérien|nigérienne
NGA|Nigeria|nigeriano|nigeriana|Nigéria|nigérian|nigériane
PAK|Pakistán|pakistaní|pakistaní|Pakistan|pakistanais|pakistanaise
PAN|Panamá|panameño|panameña|Panama|panaméen|panaméenne
POL|Polonia|polaco|polaca|Pologne|polonais|polonaise
ROU|Rumanía|rumano|rumana|Roumanie|roumain|roumaine
RUS|Rusia|ruso|rusa|Russie|russe|russe
SEN|Senegal|senegalés|senegalesa|Sénégal|sénégalais|sénégalaise
SRB|Serbia|serbio|serbia|Serbie|serbe|serbe
SYR|Siria|sirio|siria|Syrie|syrien|syrienne
TUN|Túnez|tunecino|tunecina|Tunisie|tunisien|tunisienne
TUR|Turquía|turco|turca|Turquie|turc|turque
USA|Estados Unidos|estadounidense|estadounidense|États-Unis|américain|américaine
VEN|Venezuela|venezolano|venezolana|Venezuela|vénézuélien|vénézuélienne
VNM|Vietnam|vietnamita|vietnamita|Viêt Nam|vietnamien|vietnamienne
YEM|Yemen|yemení|yemení|Yémen|yéménite|yéménite
"""
#: ISO alpha-3 | en name | en demonym
_EN_TABLE = """
AFG|Afghanistan|Afghan
ALB|Albania|Albanian
AUT|Austria|Austrian
BGD|Bangladesh|Bangladeshi
BGR|Bulgaria|Bulgarian
BIH|Bosnia and Herzegovina|Bosnian
BLR|Belarus|Belarusian
CHN|China|Chinese
CIV|Côte d'Ivoire|Ivorian
CMR|Cameroon|Cameroonian
COL|Colombia|Colombian
DEU|Germany|German
DZA|Algeria|Algerian
ECU|Ecuador|Ecuadorian
EGY|Egypt|Egyptian
ERI|Eritrea|Eritrean
ESP|Spain|Spanish
FRA|France|French
GBR|United Kingdom|British
GIN|Guinea|Guinean
GMB|The Gambia|Gambian
GRC|Greece|Greek
GTM|Guatemala|Guatemalan
HND|Honduras|Honduran
HRV|Croatia|Croatian
HTI|Haiti|Haitian
HUN|Hungary|Hungarian
IRN|Iran|Iranian
IRQ|Iraq|Iraqi
ITA|Italy|Italian
LBY|Libya|Libyan
MAR|Morocco|Moroccan
MEX|Mexico|Mexican
MKD|North Macedonia|Macedonian
MLI|Mali|Malian
MRT|Mauritania|Mauritanian
NER|Niger|Nigerien
NGA|Nigeria|Nigerian
PAK|Pakistan|Pakistani
PAN|Panama|Panamanian
POL|Poland|Polish
ROU|Romania|Romanian
RUS|Russia|Russian
SEN|Senegal|Senegalese
SRB|Serbia|Serbian
SYR|Syria|Syrian
TUN|Tunisia|Tunisian
TUR|Türkiye|Turkish
USA|United States|American
VEN|Venezuela|Venezuelan
VNM|Vietnam|Vietnamese
YEM|Yemen|Yemeni
"""
_EN_ROWS = {r.split("|")[0]: r.split("|")[1:] for r in _EN_TABLE.strip().splitlines()}
_COUNTRIES: dict[str, _Country] = {
    r.split("|")[0]: _Country(*r.split("|")[1:], *_EN_ROWS[r.split("|")[0]])
    for r in _ES_FR_TABLE.strip().splitlines()
}

#: Other names an agency gives a country, by language.
_ALT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "SYR": ("Rep. Árabe Siria",),
        "IRN": ("Rep. Islámica de Irán",),
        "USA": ("EE.UU.", "EEUU", "EE. UU."),
        "PAN": ("Rep. de Panamá",),
        "CHN": ("Rep. Popular China",),
        "VNM": ("Viet Nam",),
        "BGD": ("Bangladesh",),
        "MEX": ("Méjico",),
        "DOM": ("Rep. Dominicana",),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
    },
    "fr": {
        "USA": ("USA", "EUA"),
        "GBR": ("R.-U.", "Royaume Uni", "Grande-Bretagne"),
        "GIN": ("Guinée-Conakry", "Guinée (Conakry)"),
        "CIV": ("RCI",),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnie",),
        "SYR": ("République arabe syrienne",),
        "NGA": ("Nigeria",),
    },
    "en": {
        "USA": ("U.S.", "USA", "US"),
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Viet Nam",),
        "TUR": ("Turkey",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
        "GMB": ("Gambia",),
    },
}


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``Panamá`` -> ``Panama``)."""
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _typo(text: str, rng: _Rng) -> str | None:
    """Swap two adjacent inner letters of a long name (``Venezuela`` -> ``Venezeula``)."""
    if len(text) < 7 or not text.isalpha():
        return None
    i = int(rng.integers(2, len(text) - 3))
    out = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return out if out != text else None


def _name(code: str, lang: str) -> str:
    row = _COUNTRIES.get(code)
    if row is None:  # a code outside the tables: agencies write the ISO code itself
        return code
    return {"es": row.es, "fr": row.fr, "en": row.en}[lang]


def _alt(code: str, lang: str, rng: _Rng) -> str:
    alts = _ALT_NAMES[lang].get(code)
    return choice(rng, alts) if alts else _name(code, lang)


def _demonym(code: str, lang: str, rng: _Rng, *, feminine: bool) -> str:
    row = _COUNTRIES.get(code)
    if row is None:
        return code
    if lang == "es":
        return row.es_f if feminine else row.es_m
    if lang == "fr":
        return row.fr_f if feminine else row.fr_m
    return row.en_dem


def _country(src: Blind110Source, code: str, role: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write one country as the source does; ``role`` is the column it stands in."""
    st = src.style
    u = rng.random()
    tags: list[str] = []
    if st == "cesfront":
        if role == "nationality":
            if u < 0.45:
                text, tags = _demonym(code, "es", rng, feminine=True).title(), ["demonym"]
            elif u < 0.80:
                text = _name(code, "es")
            elif u < 0.90:
                text, tags = code, ["iso3"]
            else:
                text, tags = _alt(code, "es", rng), ["alt_name"]
        elif role == "detection" and code == "PAN" and u < 0.35:
            text, tags = choice(rng, ("Panamá (Darién)", "Panamá – Darién", "PANAMÁ")), ["place"]
        elif u < 0.82:
            text = _name(code, "es")
        elif u < 0.92:
            text, tags = _alt(code, "es", rng), ["alt_name"]
        else:
            text, tags = code, ["iso3"]
        if rng.random() < 0.12:
            text, tags = text.upper(), [*tags, "upper"]
        if rng.random() < 0.06:
            garbled = mojibake(text)
            if garbled is not None:
                text, tags = garbled, [*tags, "mojibake"]
    elif st == "minint":
        if role == "nationality" and u < 0.3:
            text, tags = _demonym(code, "es", rng, feminine=False), ["demonym"]
        elif u < 0.75:
            text = _name(code, "es")
        elif u < 0.85:
            text, tags = _alt(code, "es", rng), ["alt_name"]
        else:
            text, tags = code, ["iso3"]
    elif st == "ice":
        if role == "nationality":
            if u < 0.4:
                text, tags = iso_codes(code)[0], ["iso2"]
            elif u < 0.75:
                text = _name(code, "en")
            elif u < 0.9:
                text, tags = _demonym(code, "en", rng, feminine=False), ["demonym"]
            else:
                text, tags = _alt(code, "en", rng), ["alt_name"]
        elif u < 0.6:
            text = _name(code, "en")
        elif u < 0.8:
            text, tags = _alt(code, "en", rng), ["alt_name"]
        elif u < 0.9:
            text, tags = code, ["iso3"]
        else:
            text, tags = _name(code, "en").upper(), ["upper"]
    elif st == "comgend":
        if role == "nationality":
            if u < 0.40:
                text, tags = _demonym(code, "fr", rng, feminine=True), ["demonym"]
            elif u < 0.55:
                text = _demonym(code, "fr", rng, feminine=False).capitalize()
                tags = ["demonym"]
            elif u < 0.85:
                text = _name(code, "fr")
            else:
                text, tags = code, ["iso3"]
        elif u < 0.8:
            text = _name(code, "fr")
        elif u < 0.9:
            text, tags = _alt(code, "fr", rng), ["alt_name"]
        else:
            text, tags = _name(code, "fr").upper(), ["upper"]
    else:  # prefecture: French and English side by side
        if role == "nationality":
            if u < 0.4:
                text, tags = _demonym(code, "fr", rng, feminine=True), ["demonym"]
            elif u < 0.7:
                text, tags = _demonym(code, "en", rng, feminine=False), ["demonym", "english"]
            elif u < 0.9:
                text = _name(code, "fr")
            else:
                text, tags = code, ["iso3"]
        elif u < 0.55:
            text = _name(code, "fr")
        elif u < 0.8:
            text, tags = _name(code, "en"), ["english"]
        elif u < 0.9:
            fr_name, en_name = _name(code, "fr"), _name(code, "en")
            text = f"{fr_name} / {en_name}" if fr_name != en_name else fr_name
            tags = ["bilingual"]
        else:
            text, tags = code, ["iso3"]
    if rng.random() < 0.03 and tags == []:
        bent = _typo(text, rng) if rng.random() < 0.5 else _strip_accents(text)
        if bent is not None and bent != text:
            text, tags = bent, ["typo"]
    return _fit(text, src), tags


def _fit(text: str, src: Blind110Source) -> str:
    """Return ``text``, without accents if the source's encoding cannot hold it."""
    if fits(text, src):
        return text
    plain = _strip_accents(text)
    return plain if fits(plain, src) else plain.encode("ascii", "replace").decode()


def _transit(src: Blind110Source, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Write the ordered transit countries (``None`` when the route had none)."""
    codes = str(value).split("|") if value else []
    st = src.style
    if not codes:
        empty: dict[str, tuple[object, ...]] = {
            "cesfront": ("Directo", "N/A", "", "Directo"),
            "minint": (None, "ninguno", "—"),
            "ice": (None, []),
            "comgend": ("néant", None, "-"),
            "prefecture": (None, "-", "aucun / none"),
        }
        cell = empty[st][int(rng.integers(len(empty[st])))]
        return (cell if cell != "" else None), ["no_transit"]
    names = [_country(src, c, "transit", rng)[0] for c in codes]
    if st == "ice":
        if rng.random() < 0.3:
            return list(codes), ["transit_codes", "json_array"]
        return names, ["json_array"]
    seps = {
        "cesfront": (" - ", " > ", ", "),
        "minint": ("; ", " / ", " – "),
        "comgend": (", ", " > ", " - "),
        "prefecture": (", ", " → "),
    }[st]
    return _fit(choice(rng, seps).join(names), src), []


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
_FR_ABBR = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
    "nov.", "déc.",
)  # fmt: skip
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_FR_DAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_ROMAN = ("I", "II", "III", "IV")
_ES_ORD = ("1er", "2do", "3er", "4to")
_FR_ORD = ("1er", "2e", "3e", "4e")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _serial(ts: pd.Timestamp) -> int:
    """Excel's serial day number of ``ts``."""
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day_cell(src: Blind110Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, list[str]]:
    """Write a full date as the source does."""
    d, m, y = ts.day, ts.month, ts.year
    u = rng.random()
    st = src.style
    if st == "cesfront":
        if u < 0.55:
            return f"{d:02d}/{m:02d}/{y}", []
        if u < 0.70:
            return f"{d}/{m}/{y}", ["short_date"]
        if u < 0.85:
            return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", ["month_abbr"]
        if u < 0.95:
            return f"{d} de {_ES_MONTHS[m - 1]} del {y}", ["month_name"]
        return f"{d:02d}/{m:02d}/{y % 100:02d}", ["two_digit_year"]
    if st == "minint":
        if u < 0.45:
            return ts.to_pydatetime(), ["excel_date"]
        if u < 0.65:
            return _serial(ts), ["excel_serial"]
        if u < 0.85:
            return f"{d}/{m}/{y}", ["text_date"]
        return f"{d:02d}-{m:02d}-{y}", ["text_date"]
    if st == "ice":
        if u < 0.40:
            return f"{m:02d}/{d:02d}/{y}", ["us_date"]
        if u < 0.65:
            return ts.strftime("%Y-%m-%d"), []
        if u < 0.78:
            return ts.strftime("%Y-%m-%dT00:00:00"), ["iso_time"]
        if u < 0.92:
            return f"{_EN_MONTHS[m - 1][:3]} {d}, {y}", ["month_name"]
        return f"{d:02d}{_EN_MONTHS[m - 1][:3].upper()}{y}", ["military_date"]
    if st == "comgend":
        if u < 0.50:
            return f"{d:02d}/{m:02d}/{y}", []
        if u < 0.65:
            return f"{d:02d}/{m:02d}/{y % 100:02d}", ["two_digit_year"]
        if u < 0.80:
            day = "1er" if d == 1 else str(d)
            return f"{day} {_FR_MONTHS[m - 1]} {y}", ["month_name"]
        if u < 0.90:
            return f"{d:02d}.{m:02d}.{y}", ["dotted_date"]
        return f"{_FR_DAYS[ts.weekday()]} {d:02d}/{m:02d}/{y}", ["weekday"]
    # prefecture
    if u < 0.60:
        return f"{d:02d}/{m:02d}/{y}", []
    if u < 0.80:
        return ts.strftime("%Y-%m-%d"), ["iso_date"]
    if u < 0.90:
        return f"{d} {_EN_MONTHS[m - 1][:3]} {y}", ["english", "month_name"]
    return f"{d:02d}-{_FR_ABBR[m - 1].rstrip('.')}-{y % 100:02d}", ["month_abbr"]


def _month_cell(src: Blind110Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a month-precision date as the source does."""
    m, y = ts.month, ts.year
    opts = {
        "cesfront": (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_ABBR[m - 1]}-{y}", f"{m:02d}/{y}"),
        "minint": (f"{_ES_MONTHS[m - 1]}/{y}", f"{_ES_ABBR[m - 1]}. {y}"),
        "ice": (f"{y}-{m:02d}", f"{_EN_MONTHS[m - 1][:3]} {y}", f"{_EN_MONTHS[m - 1]} {y}"),
        "comgend": (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
        "prefecture": (f"{m:02d}/{y}", f"{_FR_MONTHS[m - 1]} {y}"),
    }[src.style]
    return choice(rng, opts)


def _quarter_cell(src: Blind110Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a quarter-precision date as the source does."""
    q, y = (ts.month - 1) // 3, ts.year
    opts = {
        "cesfront": (f"{_ROMAN[q]} trimestre {y}", f"{_ES_ORD[q]} trimestre {y}"),
        "minint": (f"{_ROMAN[q]} trim. {y}", f"{_ES_ORD[q]} trimestre/{y}"),
        "ice": (f"Q{q + 1} {y}", f"{y}-Q{q + 1}"),
        "comgend": (f"T{q + 1} {y}", f"{_FR_ORD[q]} trimestre {y}"),
        "prefecture": (f"Q{q + 1} {y}", f"{_FR_ORD[q]} trim. {y}"),
    }[src.style]
    return choice(rng, opts)


_PARTIAL_RATE = {"cesfront": 0.06, "minint": 0.08, "ice": 0.05, "comgend": 0.06, "prefecture": 0.1}


def _date(
    src: Blind110Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of the event's date."""
    if partial_ok and rng.random() < _PARTIAL_RATE[src.style]:
        if rng.random() < 0.65:
            start = ts.to_period("M").start_time
            return _month_cell(src, ts, rng), start, "month", ["partial_date"]
        start = ts.to_period("Q").start_time
        return _quarter_cell(src, ts, rng), start, "quarter", ["quarter_date"]
    cell, tags = _day_cell(src, ts, rng)
    return cell, ts.normalize(), "day", tags


def _bad_date(src: Blind110Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date the row must be quarantined for (none, impossible or in the future)."""
    st = src.style
    y = ts.year
    if kind == "no_date":
        words = {
            "cesfront": ("S/F", "sin fecha"),
            "minint": ("s/f",),
            "ice": ("UNK",),
            "comgend": ("date inconnue", "NC"),
            "prefecture": ("NR",),
        }[st]
        return choice(rng, words) if rng.random() < 0.3 else None
    if kind == "bad_date":
        if st == "ice":
            return choice(rng, (f"02/30/{y}", f"04/31/{y}", f"13/14/{y}"))
        if st == "prefecture" and rng.random() < 0.5:
            return f"{y}-02-30"
        if st == "minint" and rng.random() < 0.5:
            return f"31/4/{y}"
        if st == "comgend" and rng.random() < 0.5:
            return f"31 juin {y}"
        return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"{ts.day:02d}/13/{y}"))
    # future_date: the year typed with two digits swapped (2022 -> 2202)
    digits = str(y)
    year = int(digits[0] + digits[2] + digits[1] + digits[3])
    if year <= y:  # a year such as 2111: type it a century on instead
        year = y + 100
    future = datetime(year, ts.month, 28 if (ts.month, ts.day) == (2, 29) else ts.day)
    if st == "minint":
        return future
    if st == "ice":
        return f"{future.month:02d}/{future.day:02d}/{future.year}"
    if st == "prefecture" and rng.random() < 0.5:
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind110Source, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day after the source's last event."""
    day = last + pd.Timedelta(days=1)
    if src.style == "minint":
        return day.to_pydatetime()
    if src.style == "ice":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Categories
# --------------------------------------------------------------------------------------
def _crime(src: Blind110Source, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    """Write the offence: words, acronyms or legal articles of the agency's country."""
    crime = str(ev["crime_type"])
    det = str(ev["detection_country"])
    expl = ev["exploitation"]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    st = src.style
    u = rng.random()
    legal: tuple[str, ...]
    words: tuple[str, ...]
    if st == "cesfront":
        words = {
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "TIM",
                "Tráfico Ilícito de Migrantes",
                "Tráfico de migrantes",
            ),
            "trafficking": ("Trata de personas", "Trata de Personas", "Trata"),
            "both": (
                "Trata de personas y tráfico ilícito de migrantes",
                "TIM / Trata",
                "Tráfico ilícito y trata de personas",
            ),
        }[crime]
        return choice(rng, words), []
    if st == "minint":
        if det == "ESP" and u < 0.45:
            legal = {
                "smuggling": ("Art. 318 bis CP", "Inmigración ilegal (art. 318 bis CP)"),
                "trafficking": ("Art. 177 bis CP", "Trata de seres humanos (art. 177 bis CP)"),
                "both": ("Arts. 177 bis y 318 bis CP", "TSH + inmigración ilegal (318 bis CP)"),
            }[crime]
            return choice(rng, legal), ["legal_ref"]
        words = {
            "smuggling": (
                "Tráfico ilegal de migrantes",
                "Inmigración clandestina",
                "Favorecimiento de la inmigración ilegal",
            ),
            "trafficking": ("Trata de seres humanos", "TSH", "Trata de personas"),
            "both": ("Trata de seres humanos e inmigración ilegal", "TSH y tráfico de migrantes"),
        }[crime]
        return choice(rng, words), []
    if st == "ice":
        if det == "USA" and u < 0.55:
            sec = {"sexual": "18 U.S.C. § 1591", "forced_labour": "18 U.S.C. § 1589"}.get(
                str(expl), "18 U.S.C. § 1590"
            )
            legal = {
                "smuggling": ("8 U.S.C. § 1324", "8 USC 1324 - Bringing in and harboring aliens"),
                "trafficking": (sec, f"{sec.replace('U.S.C. § ', 'USC ')} (human trafficking)"),
                "both": (
                    f"8 U.S.C. § 1324; {sec}",
                    f"8 USC 1324 / {sec.replace('U.S.C. § ', 'USC ')}",
                ),
            }[crime]
            return choice(rng, legal), ["legal_ref"]
        if det == "GBR" and u < 0.45:
            legal = {
                "smuggling": ("Immigration Act 1971 s.25", "Facilitation - IA 1971 s25"),
                "trafficking": ("Modern Slavery Act 2015 s.2", "MSA 2015 s2 (human trafficking)"),
                "both": ("IA 1971 s25 + MSA 2015 s2",),
            }[crime]
            return choice(rng, legal), ["legal_ref"]
        words = {
            "smuggling": ("Human Smuggling", "Alien Smuggling", "Migrant smuggling"),
            "trafficking": ("Human Trafficking", "HT", "Trafficking in persons"),
            "both": ("Human trafficking & smuggling", "HT / human smuggling"),
        }[crime]
        return choice(rng, words), []
    if st == "comgend":
        if det == "FRA" and u < 0.5:
            cese = "L.622-1" if ts < pd.Timestamp("2021-05-01") else "L.823-1"
            legal = {
                "smuggling": (
                    f"Aide à l'entrée irrégulière (art. {cese} CESEDA)",
                    f"art. {cese} CESEDA",
                ),
                "trafficking": ("TEH (art. 225-4-1 C. pén.)", "art. 225-4-1 CP"),
                "both": (f"225-4-1 CP + {cese} CESEDA", f"TEH et aide à l'entrée irr. ({cese})"),
            }[crime]
            return choice(rng, legal), ["legal_ref"]
        if det == "ITA" and u < 0.25:
            legal = {
                "smuggling": ("Aide à l'entrée irrégulière (art. 12 D.Lgs. 286/1998, IT)",),
                "trafficking": ("Traite des êtres humains (art. 601 c.p. italien)",),
                "both": ("TEH (art. 601 c.p. it.) + aide à l'entrée irrégulière (art. 12 TUI)",),
            }[crime]
            return choice(rng, legal), ["legal_ref"]
        words = {
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Aide à l'entrée et au séjour irréguliers",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        }[crime]
        return choice(rng, words), []
    words = {
        "smuggling": (
            "Trafic de migrants",
            "Migrant smuggling",
            "Aide à l'entrée irrégulière",
            "SoM",
        ),
        "trafficking": ("Traite des êtres humains", "Human trafficking", "Traite / Trafficking"),
        "both": ("Traite + trafic de migrants", "THB + SoM"),
    }[crime]
    return choice(rng, words), []


_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("Explotación sexual", "Sexual", "Prostitución forzada"),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso", "Laboral"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra finalidad", "Otras formas de explotación"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme d'exploitation", "autre"),
    },
    "en": {
        "sexual": ("Sex trafficking", "Sexual exploitation", "Sex"),
        "forced_labour": ("Labor trafficking", "Forced labor", "Labor"),
        "forced_criminality": ("Forced criminality", "Compelled criminal activity"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
_NOT_TRAFFICKING: dict[str, tuple[object, ...]] = {
    "cesfront": ("", "No aplica", "N/A"),
    "minint": (None, "—", "no procede"),
    "ice": (None, "N/A"),
    "comgend": ("", "s.o.", "sans objet"),
    "prefecture": ("", "s.o. / n.a.", ""),
}


def _exploitation(
    src: Blind110Source, ev: dict[str, object], rng: _Rng
) -> tuple[object, object, list[str]]:
    """Return (cell, expected, tags) of the exploitation form (none for smuggling)."""
    expl = ev["exploitation"]
    if ev["crime_type"] == "smuggling" or expl is None:
        cell = _choice_obj(rng, _NOT_TRAFFICKING[src.style])
        return (cell if cell != "" else None), None, []
    lang = "en" if src.style == "ice" else src.language
    if src.style == "prefecture" and rng.random() < 0.3:
        lang = "en"
    text = choice(rng, _EXPLOITATION[lang][str(expl)])
    return _fit(text, src), expl, []


def _choice_obj(rng: _Rng, options: Sequence[object]) -> object:
    """Draw one of ``options`` (any objects, ``None`` included) uniformly."""
    return options[int(rng.integers(len(options)))]


_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "cesfront": {
        "male": ("Masculino", "Masc.", "Hombres", "Varones"),
        "female": ("Femenino", "Fem.", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        "unknown": ("S/D", "No determinado"),
    },
    "minint": {
        "male": ("masculino", "masc.", "hombres"),
        "female": ("femenino", "fem.", "mujeres"),
        "mixed": ("ambos", "ambos sexos", "mixto"),
        "unknown": ("no precisado", "s/d"),
    },
    "ice": {
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female", "Females"),
        "mixed": ("Mixed", "M/F", "Both"),
        "unknown": ("UNK", "Unknown"),
    },
    "comgend": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
        "unknown": ("NC", "inconnu"),
    },
    "prefecture": {
        "male": ("Hommes / Men", "H", "Male", "hommes"),
        "female": ("Femmes / Women", "F", "Female", "femmes"),
        "mixed": ("Mixte / Mixed", "H+F", "mixte"),
        "unknown": ("NR", "inconnu / unknown"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "cesfront": {
        "adult": ("Adultos", "Mayores de edad", "Adulto"),
        "child": ("Menores", "NNA", "Menores de edad"),
        "mixed": ("Mixto", "Adultos y NNA", "Adultos y menores"),
        "na": ("No aplica", "S/D"),
    },
    "minint": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menores de edad"),
        "mixed": ("adultos y menores", "mixto"),
        "na": ("no precisado",),
    },
    "ice": {
        "adult": ("Adult", "Single adults", "Adults"),
        "child": ("Minor", "UAC", "Juvenile"),
        "mixed": ("Mixed", "FMUA", "Adults & minors"),
        "na": ("UNK", "N/A"),
    },
    "comgend": {
        "adult": ("majeurs", "adultes", "majeur"),
        "child": ("mineurs", "MNA", "mineur(s)"),
        "mixed": ("mixte", "majeurs et mineurs", "maj. + min."),
        "na": ("sans objet", "NC"),
    },
    "prefecture": {
        "adult": ("Adultes / Adults", "majeurs", "Adults"),
        "child": ("Mineurs / Minors", "mineurs", "MNA"),
        "mixed": ("Mixte / Mixed", "majeurs et mineurs"),
        "na": ("NR", "s.o."),
    },
}


#: Age words of the ICE desk outside the United States (CBP's categories are American).
_ICE_AGE_ABROAD: dict[str, tuple[str, ...]] = {
    "adult": ("Adult", "Adults"),
    "child": ("Minor", "Juvenile", "UASC"),
    "mixed": ("Mixed", "Adults & minors"),
    "na": ("UNK", "N/A"),
}


def _age_table(src: Blind110Source, ev: dict[str, object]) -> dict[str, tuple[str, ...]]:
    """Return the source's age words; the ICE desk keeps CBP's words for US events."""
    if src.style == "ice" and ev["detection_country"] != "USA":
        return _ICE_AGE_ABROAD
    return _AGE[src.style]


def _vocab_cell(
    src: Blind110Source, table: dict[str, tuple[str, ...]], value: str, rng: _Rng
) -> str:
    text = choice(rng, table[value])
    if src.style == "cesfront" and rng.random() < 0.12:
        text = text.upper()
    return _fit(text, src)


_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "cesfront": {
        "sea": ("Marítimo", "Lancha", "Embarcación", "Vía marítima"),
        "land": ("Terrestre", "A pie", "Caminando (selva)", "Vía terrestre"),
        "air": ("Aéreo", "Vía aérea", "Vuelo comercial"),
        "na": ("No aplica", "S/D"),
    },
    "minint": {
        "sea": ("Marítima", "Cayuco", "Patera", "Embarcación neumática"),
        "land": ("Terrestre", "Vehículo", "Por tierra"),
        "air": ("Aérea", "Avión", "Vuelo regular"),
        "na": ("no precisada",),
    },
    "ice": {
        "sea": ("Maritime", "Vessel", "Boat", "Sea"),
        "land": ("Land", "Vehicle", "On foot"),
        "air": ("Air", "Commercial flight", "Aircraft"),
        "na": ("UNK", "N/A"),
    },
    "comgend": {
        "sea": ("maritime", "vecteur maritime", "small boat", "embarcation pneumatique"),
        "land": ("terrestre", "PL", "poids lourd", "VL", "à pied"),
        "air": ("aérien", "vecteur aérien", "vol commercial"),
        "na": ("sans objet", "NC"),
    },
    "prefecture": {
        "sea": ("Mer / Sea", "maritime", "bateau", "Boat"),
        "land": ("Terre / Land", "terrestre", "à pied", "Land"),
        "air": ("Air", "aérien", "avion"),
        "na": ("NR", "s.o."),
    },
}

#: Words for travel over land that only fit some places.
_LAND_BY_PLACE: dict[tuple[str, str], tuple[str, ...]] = {
    ("ice", "USA"): (
        "Land",
        "Vehicle",
        "Pedestrian",
        "Land - between POEs",
        "Tractor-trailer",
        "POV",
    ),
    ("ice", "GBR"): ("Land", "Lorry", "HGV", "Vehicle"),
    ("ice", "FRA"): ("Land", "Lorry", "Vehicle"),
    ("minint", "USA"): ("Terrestre", "A pie", "Vehículo", "Cruce por el río Bravo"),
}
_FENCE = ("Ceuta", "Melilla")


def _transport_table(src: Blind110Source, ev: dict[str, object]) -> dict[str, tuple[str, ...]]:
    """Return the source's transport words, with land words that fit the event's place."""
    table = _TRANSPORT[src.style]
    land = _LAND_BY_PLACE.get((src.style, str(ev["detection_country"])))
    if src.style == "minint" and ev["hotspot"] in _FENCE:
        land = (*table["land"], "Salto de valla", "Salto de valla")
    out = table if land is None else {**table, "land": land}
    if src.style == "comgend" and ev["detection_country"] not in ("FRA", "GBR"):
        # "small boat" is the Channel's word; elsewhere the gendarmes write otherwise
        sea = tuple(w for w in table["sea"] if w != "small boat")
        out = {**out, "sea": (*sea, "embarcation de fortune")}
    return out


_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "cesfront": {
        "document_fraud": ("Falsificación de documentos", "Uso de documentos falsos"),
        "corruption": ("Soborno", "Corrupción"),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delitos de alta tecnología",),
        "terrorism": ("Terrorismo",),
        "none": ("", "Ninguno", "N/A"),
    },
    "minint": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
        "none": ("", "ninguno"),
    },
    "ice": {
        "document_fraud": ("Document fraud", "18 USC 1546 (visa/document fraud)"),
        "corruption": ("Bribery", "Public corruption"),
        "money_laundering": ("Money laundering", "18 USC 1956 (money laundering)"),
        "illicit_goods": ("Contraband", "Narcotics"),
        "cybercrime": ("Cyber-enabled crime",),
        "terrorism": ("Terrorism",),
        "none": ("", "None"),
    },
    "comgend": {
        "document_fraud": ("fraude documentaire", "faux et usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
        "none": ("", "néant"),
    },
}


def _linked(src: Blind110Source, value: object, rng: _Rng) -> tuple[object, object]:
    """Return (cell, expected) of the linked offences."""
    table = _LINKED[src.style]
    if not value:
        cell = _choice_obj(rng, table["none"])
        if src.style == "ice" and cell == "":
            return [], None
        return (cell if cell != "" else None), None
    words = [choice(rng, table[k]) for k in str(value).split("|")]
    if src.style == "ice":
        return words, value
    sep = {"cesfront": " / ", "minint": "; ", "comgend": ", "}[src.style]
    return _fit(sep.join(words), src), value


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_COUNT_PLACEHOLDER = {
    "cesfront": ("S/D", "N/D", "Desconocido"),
    "minint": ("s/d", "no precisado"),
    "ice": ("UNK", "TBD"),
    "comgend": ("NC", "n.c.", "inconnu"),
    "prefecture": ("NR", "inconnu / unknown"),
}
_ZERO_WORD = {
    "cesfront": ("Ninguno", "Ninguno"),
    "minint": ("ninguno",),
    "ice": ("none", "None"),
    "comgend": ("néant", "aucun"),
    "prefecture": ("aucun / none", "néant"),
}


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons(src: Blind110Source, n: int, rng: _Rng) -> tuple[object, object, list[str]]:
    """Return (cell, expected, tags) of the count of persons."""
    st = src.style
    if rng.random() < 0.025:
        return choice(rng, _COUNT_PLACEHOLDER[st]), None, ["count_placeholder"]
    u = rng.random()
    if st == "cesfront":
        if n >= 1000:
            return f"{n:,}", n, ["thousands_sep"]
        if u < 0.08:
            return f"{n} {'migrantes' if n > 1 else 'migrante'}", n, ["count_noun"]
        return str(n), n, []
    if st == "minint":
        if u < 0.05:
            return f"{n} (aprox.)", n, ["count_note"]
        if u < 0.1:
            return f"{n} personas" if n > 1 else "1 persona", n, ["count_noun"]
        return n, n, []
    if st == "ice":
        if n >= 1000 and u < 0.7:
            return f"{n:,}", n, ["thousands_sep"]
        if u < 0.15:
            return str(n), n, ["count_text"]
        return n, n, []
    if st == "comgend":
        if n >= 1000:
            sep = "\u00a0" if u < 0.5 else " "
            return _thousands(n, sep), n, ["thousands_sep"]
        return str(n), n, []
    if n >= 1000 and u < 0.6:
        return _thousands(n, " "), n, ["thousands_sep"]
    return str(n), n, []


def _suspects(src: Blind110Source, n: int, rng: _Rng) -> tuple[object, object, list[str]]:
    """Return (cell, expected, tags) of the count of suspects."""
    st = src.style
    if rng.random() < 0.03:
        return choice(rng, _COUNT_PLACEHOLDER[st]), None, ["suspects_placeholder"]
    if n == 0 and rng.random() < 0.45:
        return choice(rng, _ZERO_WORD[st]), 0, ["zero_word"]
    if st in ("minint", "ice"):
        return n, n, []
    return str(n), n, []


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds with a hemisphere letter."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    mins, sec10 = divmod(rest, 600)
    text = f"{deg}°{mins:02d}'{sec10 / 10:04.1f}\"{pos if sign > 0 else neg}"
    return text, sign * (deg + mins / 60 + sec10 / 36000)


def _ddm(value: float, pos: str, neg: str, width: int, dec: str) -> tuple[str, float]:
    """GPS style ``N 50°57,486'``: hemisphere, degrees, minutes to a thousandth."""
    sign = 1.0 if value >= 0 else -1.0
    thous = round(abs(value) * 60000)
    deg, rest = divmod(thous, 60000)
    mins = f"{rest / 1000:06.3f}".replace(".", dec)
    text = f"{pos if sign > 0 else neg} {deg:0{width}d}°{mins}'"
    return text, sign * (deg + rest / 60000)


def _dec(value: float, places: int, dec: str = ".") -> tuple[str, float]:
    v = round(value, places)
    return f"{v:.{places}f}".replace(".", dec), v


def _coordinates(
    src: Blind110Source, lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, object, object, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of the place of detection."""
    st = src.style
    if rng.random() < 0.04:
        if st in ("cesfront", "comgend"):
            word = choice(rng, ("S/D", "N/D") if st == "cesfront" else ("NC", "non relevé"))
            return {"coordinates": word}, None, None, ["coords_placeholder"]
        return {}, None, None, ["coords_missing"]
    u = rng.random()
    if st == "cesfront":
        if u < 0.5:
            (a, la), (b, lo) = _dms(lat, "N", "S"), _dms(lon, "E", "O")
            return {"coordinates": f"{a}, {b}"}, la, lo, ["dms"]
        if u < 0.85:
            (a, la), (b, lo) = _dec(lat, 5), _dec(lon, 5)
            return {"coordinates": f"{a}, {b}"}, la, lo, []
        (a, la), (b, lo) = _dec(lat, 4), _dec(lon, 4)
        return {"coordinates": f"Lat: {a} Lon: {b}"}, la, lo, ["labelled_coords"]
    if st == "comgend":
        if u < 0.5:
            (a, la), (b, lo) = _dec(lat, 4, ","), _dec(lon, 4, ",")
            return {"coordinates": f"{a} / {b}"}, la, lo, ["decimal_comma"]
        if u < 0.85:
            (a, la), (b, lo) = _ddm(lat, "N", "S", 2, ","), _ddm(lon, "E", "O", 3, ",")
            return {"coordinates": f"{a} {b}"}, la, lo, ["ddm"]
        (a, la), (b, lo) = _dec(lat, 5), _dec(lon, 5)
        return {"coordinates": f"{a}, {b}"}, la, lo, []
    if st == "minint":
        if u < 0.6:
            la, lo = round(lat, 5), round(lon, 5)
            return {"lat": la, "lon": lo}, la, lo, []
        if u < 0.85:
            (a, la), (b, lo) = _dec(lat, 4, ","), _dec(lon, 4, ",")
            return {"lat": a, "lon": b}, la, lo, ["decimal_comma"]
        (a, la), (b, lo) = _dec(abs(lat), 4, ","), _dec(abs(lon), 4, ",")
        la, lo = (la if lat >= 0 else -la), (lo if lon >= 0 else -lo)
        return (
            {"lat": f"{a} {'N' if lat >= 0 else 'S'}", "lon": f"{b} {'E' if lon >= 0 else 'O'}"},
            la,
            lo,
            ["hemisphere_letter"],
        )
    if st == "ice":
        if u < 0.7:
            la, lo = round(lat, 5), round(lon, 5)
            return {"lat": la, "lon": lo}, la, lo, []
        (a, la), (b, lo) = _dec(abs(lat), 4), _dec(abs(lon), 4)
        la, lo = (la if lat >= 0 else -la), (lo if lon >= 0 else -lo)
        return (
            {"lat": f"{a}{'N' if lat >= 0 else 'S'}", "lon": f"{b}{'E' if lon >= 0 else 'W'}"},
            la,
            lo,
            ["hemisphere_letter"],
        )
    # prefecture: the headers say N and E (every place it reports lies north and east)
    if u < 0.5:
        (a, la), (b, lo) = _dec(lat, 4), _dec(lon, 4)
        return {"lat": a, "lon": b}, la, lo, []
    if u < 0.8:
        (a, la), (b, lo) = _dec(lat, 4, ","), _dec(lon, 4, ",")
        return {"lat": a, "lon": b}, la, lo, ["decimal_comma"]
    (a, la), (b, lo) = _dms(lat, "N", "S"), _dms(lon, "E", "W")
    return {"lat": a, "lon": b}, la, lo, ["dms"]


_REMARKS = (
    "Caso en seguimiento",
    "Informe remitido al J-2",
    "Ver anexo fotográfico",
    "Coordinado con SENAFRONT",
    "Sin novedad",
)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind110Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], day, prec, t = _date(src, ts, rng, partial_ok=partial_ok)
    exp["event_date"], exp["date_precision"] = day, prec
    tags += t

    cells["crime_type"], t = _crime(src, ev, rng)
    exp["crime_type"] = ev["crime_type"]
    tags += t

    cells["exploitation"], exp["exploitation"], t = _exploitation(src, ev, rng)
    tags += t

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n_persons, rng)
    tags += t

    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        n_sus = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, n_sus, rng)
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.015:
        word = choice(rng, _GENDER[src.style]["unknown"])
        cells["gender"] = None if forced_blank == "gender" and rng.random() < 0.6 else word
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _vocab_cell(src, _GENDER[src.style], gender, rng)
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"] = _vocab_cell(src, _AGE[src.style], "na", rng)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab_cell(src, _age_table(src, ev), age, rng)
        exp["age_group"] = age

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.01:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _country(src, nat, "nationality", rng)
        exp["nationality"] = nat
        tags += t

    for col, role in (("origin_country", "origin"), ("destination_country", "destination")):
        code = str(ev[col])
        cells[col], t = _country(src, code, role, rng)
        exp[col] = code
        tags += t

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t = _country(src, det, "detection", rng)
        exp["detection_country"] = det
        tags += t
        if "place" in src.headers:
            cells["place"] = _fit(str(ev["hotspot"]), src)

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = _vocab_cell(src, _TRANSPORT[src.style], "na", rng)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _vocab_cell(src, _transport_table(src, ev), mode, rng)
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        place, exp["lat"], exp["lon"], t = _coordinates(src, lat, lon, rng)
        cells.update(place)
        tags += t

    if "linked_offences" in src.headers:
        cells["linked_offences"], exp["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    else:
        exp["linked_offences"] = None

    if "remarks" in src.headers and rng.random() < 0.2:
        cells["remarks"] = choice(rng, _REMARKS)
    return cells, exp, tags


_EXAMINER: Examiner[Blind110Source] = Examiner(
    sources=BLIND110_SOURCES,
    primary=_PRIMARY,
    compilation=_COMPILATION,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=110_804,
    blank_share=0.35,
)


def make_blind110(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind110`` set's five submissions (``*_dh.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``cesfront_do_dh.csv``, ``minint_cu_dh.xlsx``, ``ice_sanjuan_dh.jsonl``,
        ``comgend_martinique_dh.csv`` and ``prefecture_saint_martin_dh.csv``, each with
        the truth's description of every row it holds.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind110(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cesfront_do_dh.csv', 'minint_cu_dh.xlsx', 'ice_sanjuan_dh.jsonl',
     'comgend_martinique_dh.csv', 'prefecture_saint_martin_dh.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
