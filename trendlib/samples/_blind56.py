"""Examiner set ``blind56``: five European liaison desks (files ``*_bf.*``).

A reader's guide to the five submissions. Each is written the way the agency's liaison
desk would send a digest of cases to a partner; every cell is one a competent analyst
reads to a single clean value, which the truth records.

``kripos_no_bf.csv`` — Norway, Kripos (National Criminal Investigation Service), NCB
    Oslo liaison desk. English, **UTF-16** (Excel "Unicode text" export, with BOM),
    **tab**-delimited. Reports the United Kingdom's cases and, as the compiling desk,
    every country no other desk covers (United States, Panama). Header of the date says
    ``(dd.mm.yyyy)`` but the column mixes ``03.02.2022``, ``3 Feb 2022`` and ISO dates;
    partial dates ``Feb 2022``, ``02.2022``, ``Q1 2022``, ``Q1-2022``. Offences with the
    law of the detecting country (``MSA 2015 s.2``, ``IA 1971 s.25``,
    ``18 U.S.C. § 1591``, ``8 U.S.C. § 1324``) or EU jargon (``THB``, ``SoM``,
    ``THB + SoM``). Nationalities as demonyms, English names (``UK``, ``Türkiye``,
    ``Viet Nam``, ``Ivory Coast``) or ISO alpha-2 codes; transit routes as
    ``Turkey > Bulgaria > Serbia``, ``TR-BG-RS`` or ``via Libya``. Counts with a
    (no-break) space as thousands separator, sometimes ``12 persons``; ``nil``/``none``
    for no suspect, ``n/k`` for unknown. One position column, decimal ``lat, lon`` or
    degrees and decimal minutes with hemisphere letters (``N 36°12.345' E 015°33.210'``).
    Re-sends some rows.
``ppa_ee_bf.xlsx`` — Estonia, Police and Border Guard Board (PPA), International
    Cooperation Bureau. English values under **bilingual Estonian/English headers**
    (``Kuupäev / Date``), XLSX. Reports Poland and Croatia. Dates as real Excel dates,
    as bare Excel serial numbers (``44621``) or typed text ``12.03.2022``; partial
    ``03.2022``, ``March 2022``, ``Q1/2022``, ``2022 Q1``. Offences by Estonian Penal
    Code paragraph (``KarS § 133`` trafficking, ``§ 259`` conveyance of aliens), often
    bare. Countries as ISO alpha-3 codes or English names; some values bilingual
    (``naine / female``, ``alaealine / minor``). Counts as numbers, a few as text
    (``1 250``, ``12 isikut``). Latitude and longitude in two numeric columns, a few typed
    with a decimal comma (``59,43702``).
``surete_mc_bf.csv`` — Monaco, Direction de la Sûreté Publique (Division de police
    judiciaire). French, **cp1252**, ``;``-delimited, CRLF. Reports France and Italy.
    Dates ``12/03/2022``, ``12 mars 2022``, ``1er mars 2022``, ``12/03/22``,
    ``12.03.2022``; partial ``mars 2022``, ``03/2022``, ``1er trimestre 2022``,
    ``T1 2022``, ``2e trim. 2022``. Offences with French law (``art. 225-4-1 CP``; aid to
    irregular entry under ``art. L.622-1 CESEDA`` before May 2021, ``L.823-1`` after) or
    Italian law for Italian cases (``art. 601 c.p.``, ``art. 12 D.Lgs. 286/1998``, once in
    Italian: ``favoreggiamento dell'immigrazione clandestina``). French country names and
    demonyms (``syrienne``, ``AFGHANISTAN``). Counts with a no-break space as thousands
    separator, ``NC``/``inconnu`` unknown, ``néant``/``aucun`` for no suspect,
    ``3 interpellés``. Latitude and longitude with a decimal comma. A place column.
``policia_ad_bf.jsonl`` — Andorra, Policia d'Andorra, international cooperation unit.
    Spanish, JSON lines (UTF-8, non-ASCII as is) with Spanish snake-case keys. Reports
    Spain. Dates ISO, ``12/03/2022``, ``12 de marzo de 2022``, ``12-mar-2022``; partial
    ``marzo de 2022``, ``2022-03``, ``primer trimestre de 2022``, ``2022T1``. Offences
    with Spanish Criminal Code articles (``art. 177 bis CP``, ``318 bis``, ``TSH``).
    Spanish country names and gendered demonyms, some garbled UTF-8 read as cp1252
    (``AfganistÃ¡n``); ``H``/``V`` and ``M`` (mujer) for sex, ``MENA`` for minors. Counts
    mostly JSON numbers, some text (``1.234``, ``12 personas``, ``s/d``). Coordinates as
    one string, decimal or degrees-minutes-seconds with Spanish ``O`` (oeste) for west.
``asp_al_bf.csv`` — Albania, State Police (Policia e Shtetit), Border and Migration
    Department. English, UTF-8 without BOM, ``|``-delimited. Reports Greece. Offence and
    form of exploitation in **one column** with Albanian Criminal Code articles
    (``art. 110/a`` trafficking of adults, ``128/b`` of minors, ``298`` assisting illegal
    border crossing). Dates ``12/03/2022``, ``12.03.2022``, ``12-Mar-2022``,
    ``12 March 2022``; partial ``March 2022``, ``03/2022``, ``Q1 2022``,
    ``1st quarter 2022``. Counts with comma thousands (``1,234``), ``12 pax``. No transit
    or linked-offence columns. GPS as ``lat,long``. Re-sends some rows.

Second reports: the Channel, Western Balkan, Eastern Mediterranean, Belarus-Poland and
Atlantic/Mediterranean events of one desk are sometimes reported again by another desk
(dates a day off, written that desk's way, sometimes with one field left blank).
"""

from __future__ import annotations

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

__all__ = ["BLIND56_SOURCES", "Blind56Source", "make_blind56"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Blind56Source(ExaminerSource):
    """A ``blind56`` source: the shared fields plus the desk's writing style.

    Attributes
    ----------
    style : str
        Key of the desk's way of writing (``"kripos"``, ``"ppa"``, ``"surete"``,
        ``"policia"``, ``"asp"``).
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_KRIPOS = Blind56Source(
    source="kripos_no_bf",
    filename="kripos_no_bf.csv",
    ref="NCB-OSL/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Kripos ref.",
        "event_date": "Date of detection (dd.mm.yyyy)",
        "crime_type": "Offence",
        "exploitation": "Form of exploitation",
        "n_persons": "Persons (no.)",
        "n_suspects": "Suspects arrested",
        "gender": "Sex",
        "age_group": "Age cat.",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Detected in",
        "transit_countries": "Transit route",
        "transport_mode": "Means of transport",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Related offences",
    },
    note="NB: provisional figures – NCB Oslo liaison digest, restricted",
    total="Total",
    bad_count=("several", "see annex", "many"),
    repeats=True,
    style="kripos",
)
_PPA = Blind56Source(
    source="ppa_ee_bf",
    filename="ppa_ee_bf.xlsx",
    ref="{yy:02d}2305{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Kriminaalasja nr / Case no.",
        "event_date": "Kuupäev / Date",
        "crime_type": "Paragrahv / Offence (KarS)",
        "exploitation": "Ärakasutamise vorm / Form of exploitation",
        "n_persons": "Isikuid / Persons",
        "n_suspects": "Kahtlustatavaid / Suspects",
        "gender": "Sugu / Sex",
        "age_group": "Vanus / Age",
        "nationality": "Kodakondsus / Citizenship",
        "origin_country": "Lähteriik / Country of departure",
        "destination_country": "Sihtriik / Destination",
        "detection_country": "Avastamisriik / Country of detection",
        "transit_countries": "Transiitriigid / Transit",
        "transport_mode": "Transpordiliik / Transport",
        "lat": "Laius / Lat (°N)",
        "lon": "Pikkus / Lon (°E)",
    },
    note="Märkus / Note: preliminary data, subject to change",
    total="KOKKU / TOTAL",
    bad_count=("mitu / several", "see annex", "several"),
    repeats=False,
    style="ppa",
)
_SURETE = Blind56Source(
    source="surete_mc_bf",
    filename="surete_mc_bf.csv",
    ref="DSP/DPJ/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes/migrants",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination finale",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "place": "Lieu",
        "lat": "Latitude (°)",
        "lon": "Longitude (°)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires – extraction DSP/DPJ, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "voir PV", "nombreux"),
    repeats=False,
    style="surete",
)
_POLICIA = Blind56Source(
    source="policia_ad_bf",
    filename="policia_ad_bf.jsonl",
    ref="PA-{seq:05d}/{yy:02d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "num_atestado",
        "event_date": "fecha_hechos",
        "crime_type": "tipo_penal",
        "exploitation": "finalidad_explotacion",
        "n_persons": "n_victimas_o_migrantes",
        "n_suspects": "detenidos",
        "gender": "sexo",
        "age_group": "edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "coordinates": "coordenadas",
        "linked_offences": "delitos_conexos",
    },
    note="Nota: datos provisionales, pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "ver anexo", "numerosos"),
    repeats=False,
    style="policia",
)
_ASP = Blind56Source(
    source="asp_al_bf",
    filename="asp_al_bf.csv",
    ref="DKM-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date",
        "crime_type": "Offence / exploitation (CC RA)",
        "n_persons": "No. of persons",
        "n_suspects": "Suspects (arrested)",
        "gender": "Gender",
        "age_group": "Adult/Minor",
        "nationality": "Citizenship",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "place": "Location",
        "transport_mode": "Transport",
        "coordinates": "GPS (lat,long)",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "group", "see report"),
    repeats=True,
    style="asp",
)

#: The variant's sources, in the order their submissions are returned.
BLIND56_SOURCES: tuple[Blind56Source, ...] = (_KRIPOS, _PPA, _SURETE, _POLICIA, _ASP)

_PRIMARY = {
    "GBR": "kripos_no_bf",
    "POL": "ppa_ee_bf",
    "HRV": "ppa_ee_bf",
    "FRA": "surete_mc_bf",
    "ITA": "surete_mc_bf",
    "ESP": "policia_ad_bf",
    "GRC": "asp_al_bf",
}
_COMPILATION = "kripos_no_bf"
_SECONDARY = {
    ("channel", "FRA"): "kripos_no_bf",
    ("channel", "GBR"): "surete_mc_bf",
    ("thb_vnm_gbr", "GBR"): "surete_mc_bf",
    ("cmed", "ITA"): "policia_ad_bf",
    ("thb_nga_ita", "ITA"): "kripos_no_bf",
    ("thb_rou_esp", "ESP"): "surete_mc_bf",
    ("thb_rou_esp", "ITA"): "policia_ad_bf",
    ("wmed", "ESP"): "surete_mc_bf",
    ("watl", "ESP"): "kripos_no_bf",
    ("emed", "GRC"): "ppa_ee_bf",
    ("wbal", "HRV"): "asp_al_bf",
    ("blr_pol", "POL"): "kripos_no_bf",
    ("darien", "PAN"): "policia_ad_bf",
    ("us_mex", "USA"): "policia_ad_bf",
}

# --------------------------------------------------------------------------------------
# Countries: English name, demonym; French name, demonyms (m, f); Spanish name, (m, f)
# --------------------------------------------------------------------------------------
#: code|English name|demonym|French name|demonym (m)|(f)|Spanish name|demonym (m)|(f)
_COUNTRY_TABLE = """
AFG|Afghanistan|Afghan|Afghanistan|afghan|afghane|Afganistán|afgano|afgana
ALB|Albania|Albanian|Albanie|albanais|albanaise|Albania|albanés|albanesa
AUT|Austria|Austrian|Autriche|autrichien|autrichienne|Austria|austriaco|austriaca
BGD|Bangladesh|Bangladeshi|Bangladesh|bangladais|bangladaise|Bangladés|bangladesí|bangladesí
BGR|Bulgaria|Bulgarian|Bulgarie|bulgare|bulgare|Bulgaria|búlgaro|búlgara
BIH|Bosnia and Herzegovina|Bosnian|Bosnie-Herzégovine|bosnien|bosnienne|Bosnia y Herzegovina|bosnio|bosnia
BLR|Belarus|Belarusian|Biélorussie|biélorusse|biélorusse|Bielorrusia|bielorruso|bielorrusa
CHN|China|Chinese|Chine|chinois|chinoise|China|chino|china
CIV|Côte d'Ivoire|Ivorian|Côte d'Ivoire|ivoirien|ivoirienne|Costa de Marfil|marfileño|marfileña
CMR|Cameroon|Cameroonian|Cameroun|camerounais|camerounaise|Camerún|camerunés|camerunesa
COL|Colombia|Colombian|Colombie|colombien|colombienne|Colombia|colombiano|colombiana
DEU|Germany|German|Allemagne|allemand|allemande|Alemania|alemán|alemana
DZA|Algeria|Algerian|Algérie|algérien|algérienne|Argelia|argelino|argelina
ECU|Ecuador|Ecuadorian|Équateur|équatorien|équatorienne|Ecuador|ecuatoriano|ecuatoriana
EGY|Egypt|Egyptian|Égypte|égyptien|égyptienne|Egipto|egipcio|egipcia
ERI|Eritrea|Eritrean|Érythrée|érythréen|érythréenne|Eritrea|eritreo|eritrea
ESP|Spain|Spanish|Espagne|espagnol|espagnole|España|español|española
FRA|France|French|France|français|française|Francia|francés|francesa
GBR|United Kingdom|British|Royaume-Uni|britannique|britannique|Reino Unido|británico|británica
GIN|Guinea|Guinean|Guinée|guinéen|guinéenne|Guinea|guineano|guineana
GMB|Gambia|Gambian|Gambie|gambien|gambienne|Gambia|gambiano|gambiana
GRC|Greece|Greek|Grèce|grec|grecque|Grecia|griego|griega
GTM|Guatemala|Guatemalan|Guatemala|guatémaltèque|guatémaltèque|Guatemala|guatemalteco|guatemalteca
HND|Honduras|Honduran|Honduras|hondurien|hondurienne|Honduras|hondureño|hondureña
HRV|Croatia|Croatian|Croatie|croate|croate|Croacia|croata|croata
HTI|Haiti|Haitian|Haïti|haïtien|haïtienne|Haití|haitiano|haitiana
HUN|Hungary|Hungarian|Hongrie|hongrois|hongroise|Hungría|húngaro|húngara
IRN|Iran|Iranian|Iran|iranien|iranienne|Irán|iraní|iraní
IRQ|Iraq|Iraqi|Irak|irakien|irakienne|Irak|iraquí|iraquí
ITA|Italy|Italian|Italie|italien|italienne|Italia|italiano|italiana
LBY|Libya|Libyan|Libye|libyen|libyenne|Libia|libio|libia
MAR|Morocco|Moroccan|Maroc|marocain|marocaine|Marruecos|marroquí|marroquí
MEX|Mexico|Mexican|Mexique|mexicain|mexicaine|México|mexicano|mexicana
MKD|North Macedonia|North Macedonian|Macédoine du Nord|macédonien|macédonienne|Macedonia del Norte|macedonio|macedonia
MLI|Mali|Malian|Mali|malien|malienne|Malí|maliense|maliense
MRT|Mauritania|Mauritanian|Mauritanie|mauritanien|mauritanienne|Mauritania|mauritano|mauritana
NER|Niger|Nigerien|Niger|nigérien|nigérienne|Níger|nigerino|nigerina
NGA|Nigeria|Nigerian|Nigeria|nigérian|nigériane|Nigeria|nigeriano|nigeriana
PAK|Pakistan|Pakistani|Pakistan|pakistanais|pakistanaise|Pakistán|pakistaní|pakistaní
PAN|Panama|Panamanian|Panama|panaméen|panaméenne|Panamá|panameño|panameña
POL|Poland|Polish|Pologne|polonais|polonaise|Polonia|polaco|polaca
ROU|Romania|Romanian|Roumanie|roumain|roumaine|Rumanía|rumano|rumana
RUS|Russia|Russian|Russie|russe|russe|Rusia|ruso|rusa
SEN|Senegal|Senegalese|Sénégal|sénégalais|sénégalaise|Senegal|senegalés|senegalesa
SRB|Serbia|Serbian|Serbie|serbe|serbe|Serbia|serbio|serbia
SYR|Syria|Syrian|Syrie|syrien|syrienne|Siria|sirio|siria
TUN|Tunisia|Tunisian|Tunisie|tunisien|tunisienne|Túnez|tunecino|tunecina
TUR|Turkey|Turkish|Turquie|turc|turque|Turquía|turco|turca
USA|United States|American|États-Unis|américain|américaine|Estados Unidos|estadounidense|estadounidense
VEN|Venezuela|Venezuelan|Venezuela|vénézuélien|vénézuélienne|Venezuela|venezolano|venezolana
VNM|Vietnam|Vietnamese|Viêt Nam|vietnamien|vietnamienne|Vietnam|vietnamita|vietnamita
YEM|Yemen|Yemeni|Yémen|yéménite|yéménite|Yemen|yemení|yemení
"""  # noqa: E501
_COUNTRIES: dict[str, tuple[str, ...]] = {
    line.split("|")[0]: tuple(line.split("|")[1:]) for line in _COUNTRY_TABLE.strip().splitlines()
}
#: Other English names a desk writes for a country.
_EN_ALT: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "Great Britain", "United Kingdom"),
    "USA": ("USA", "US", "United States of America"),
    "TUR": ("Türkiye", "Turkey"),
    "VNM": ("Viet Nam", "Vietnam"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire"),
    "SYR": ("Syrian Arab Republic", "Syria"),
    "RUS": ("Russian Federation", "Russia"),
    "BIH": ("BiH", "Bosnia-Herzegovina"),
    "IRN": ("Iran (Islamic Republic of)", "Iran"),
    "GIN": ("Guinea-Conakry", "Guinea"),
    "MKD": ("N. Macedonia", "North Macedonia"),
    "GMB": ("The Gambia", "Gambia"),
}
_FR_ALT: dict[str, tuple[str, ...]] = {
    "GIN": ("Guinée-Conakry", "Guinée"),
    "VNM": ("Vietnam", "Viêt Nam"),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "USA": ("États-Unis", "USA"),
    "BIH": ("Bosnie", "Bosnie-Herzégovine"),
}
_ES_ALT: dict[str, tuple[str, ...]] = {
    "USA": ("EE. UU.", "EEUU", "Estados Unidos"),
    "GBR": ("Reino Unido", "Gran Bretaña"),
    "CIV": ("Costa de Marfil", "Côte d'Ivoire"),
    "TUR": ("Turquía", "Türkiye"),
}
_PPA_EE: dict[str, str] = {  # Estonian names the PPA desk writes beside the English one
    "POL": "Poola",
    "HRV": "Horvaatia",
    "GRC": "Kreeka",
    "SYR": "Süüria",
    "AFG": "Afganistan",
    "IRQ": "Iraak",
    "TUR": "Türgi",
}


def _row(code: str) -> tuple[str, ...]:
    known = _COUNTRIES.get(code)
    if known is not None:
        return known
    alpha2, _ = iso_codes(code)  # a code outside the table: its ISO alpha-2 code everywhere
    return (alpha2,) * 8


def _fold(text: str) -> str:
    """Drop accents (``Białowieża`` -> ``Bialowieza``) for a file whose code page lacks them."""
    table = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O"})
    decomposed = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _country(
    src: Blind56Source, code: str, rng: _Rng, tags: list[str], *, demonym: bool, female: bool
) -> str:
    """Write one country (a nationality when ``demonym``) the desk's way."""
    en, en_dem, fr, fr_m, fr_f, es, es_m, es_f = _row(code)
    r = rng.random()
    if src.style == "kripos":
        if demonym and r < 0.5:
            tags.append("demonym")
            return en_dem
        if r < 0.82:
            return choice(rng, _EN_ALT.get(code, (en,)))
        tags.append("iso2")
        return iso_codes(code)[0]
    if src.style == "ppa":
        if r < 0.45:
            tags.append("iso3")
            return code
        if code in _PPA_EE and r < 0.6:
            tags.append("bilingual_value")
            return f"{_PPA_EE[code]} / {en}"
        return choice(rng, _EN_ALT.get(code, (en,)))
    if src.style == "surete":
        if demonym and r < 0.6:
            tags.append("demonym")
            word = fr_f if female else fr_m
            return word if rng.random() < 0.7 else word.upper()
        name = choice(rng, _FR_ALT.get(code, (fr,)))
        if r > 0.88:
            tags.append("upper_case")
            return name.upper()
        return name
    if src.style == "policia":
        if demonym and r < 0.5:
            tags.append("demonym")
            text = es_f if female else es_m
        else:
            text = choice(rng, _ES_ALT.get(code, (es,)))
        garbled = mojibake(text)
        if garbled is not None and rng.random() < 0.1:
            tags.append("mojibake")
            return garbled
        return text
    # asp
    if demonym and r < 0.3:
        tags.append("demonym")
        return en_dem
    if r < 0.4:
        tags.append("iso3")
        return code
    name = choice(rng, _EN_ALT.get(code, (en,)))
    if r > 0.85:
        tags.append("upper_case")
        return name.upper()
    return name


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ES_ORDINAL = ("primer", "segundo", "tercer", "cuarto")
_EN_ORDINAL = ("1st", "2nd", "3rd", "4th")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _day_text(style: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date the desk's way (a cell; an Excel date for the PPA desk)."""
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if style == "kripos":
        if r < 0.6:
            return f"{d:02d}.{m:02d}.{y}"
        if r < 0.8:
            tags.append("date_month_name")
            return f"{d} {MONTHS[m - 1][:3]} {y}"
        tags.append("date_iso")
        return ts.strftime("%Y-%m-%d")
    if style == "ppa":
        if r < 0.7:
            return ts.to_pydatetime()
        if r < 0.82:
            tags.append("excel_serial")
            return int((ts.normalize() - _EXCEL_EPOCH).days)
        tags.append("date_text")
        return f"{d:02d}.{m:02d}.{y}"
    if style == "surete":
        if r < 0.55:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            tags.append("date_month_name")
            return f"{'1er' if d == 1 else d} {_FR_MONTHS[m - 1]} {y}"
        if r < 0.85:
            tags.append("date_two_digit_year")
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        return f"{d:02d}.{m:02d}.{y}"
    if style == "policia":
        if r < 0.5:
            tags.append("date_iso")
            return ts.strftime("%Y-%m-%d")
        if r < 0.75:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.9:
            tags.append("date_month_name")
            return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
        tags.append("date_month_name")
        return f"{d:02d}-{_ES_ABBR[m - 1]}-{y}"
    # asp
    if r < 0.5:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.7:
        return f"{d:02d}.{m:02d}.{y}"
    tags.append("date_month_name")
    if r < 0.9:
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}"
    return f"{d} {MONTHS[m - 1]} {y}"


def _month_text(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    options = {
        "kripos": (f"{MONTHS[m - 1][:3]} {y}", f"{m:02d}.{y}"),
        "ppa": (f"{m:02d}.{y}", f"{MONTHS[m - 1]} {y}"),
        "surete": (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
        "policia": (
            f"{_ES_MONTHS[m - 1]} de {y}",
            f"{y}-{m:02d}",
            f"{_ES_MONTHS[m - 1].capitalize()} {y}",
        ),
        "asp": (f"{MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
    }[style]
    return choice(rng, options)


def _quarter_text(style: str, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = (ts.month - 1) // 3 + 1, ts.year
    fr_ord = "1er" if q == 1 else f"{q}e"
    options = {
        "kripos": (f"Q{q} {y}", f"Q{q}-{y}"),
        "ppa": (f"Q{q}/{y}", f"{y} Q{q}"),
        "surete": (f"{fr_ord} trimestre {y}", f"T{q} {y}", f"{fr_ord} trim. {y}"),
        "policia": (f"{_ES_ORDINAL[q - 1]} trimestre de {y}", f"{y}T{q}"),
        "asp": (f"Q{q} {y}", f"{_EN_ORDINAL[q - 1]} quarter {y}"),
    }[style]
    return choice(rng, options)


def _date(
    src: Blind56Source, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected day, expected precision)."""
    if partial_ok and rng.random() < 0.08:
        if rng.random() < 0.65:
            tags.append("partial_month")
            return _month_text(src.style, ts, rng), ts.to_period("M").start_time, "month"
        tags.append("partial_quarter")
        return _quarter_text(src.style, ts, rng), ts.to_period("Q").start_time, "quarter"
    return _day_text(src.style, ts, rng, tags), ts.normalize(), "day"


_NO_DATE_WORD = {
    "kripos": "n/k",
    "ppa": "unknown",
    "surete": "inconnue",
    "policia": "sin fecha",
    "asp": "unknown",
}
# (day, month) pairs that no calendar has
_IMPOSSIBLE = ((31, 2), (30, 2), (31, 4), (31, 6), (31, 9), (31, 11), (32, 1), (15, 13))


def _bad_date(src: Blind56Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: none, impossible, or a typed future year."""
    if kind == "no_date":
        return _NO_DATE_WORD[src.style] if rng.random() < 0.3 else None
    if kind == "future_date":  # "21" typed for "20": 2022 -> 2122
        future = ts.replace(year=2100 + ts.year % 100)
        if src.style == "ppa":
            return future.to_pydatetime()
        return _day_text(src.style, future, rng, [])
    d, m = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
    y = ts.year
    if src.style == "surete" and m <= 12 and rng.random() < 0.4:
        return f"{d} {_FR_MONTHS[m - 1]} {y}"
    if src.style == "policia" and rng.random() < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    if src.style == "asp" and m <= 12 and rng.random() < 0.4:
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}"
    sep = {"kripos": ".", "ppa": ".", "surete": "/", "policia": "/", "asp": "/"}[src.style]
    return f"{d:02d}{sep}{m:02d}{sep}{y}"


def _note_date(src: Blind56Source, last: pd.Timestamp) -> object:
    """Return the extraction date written on the desk's note row."""
    day = last + pd.Timedelta(days=4)
    if src.style == "ppa":
        return day.to_pydatetime()
    if src.style == "policia":
        return day.strftime("%Y-%m-%d")
    if src.style == "kripos":
        return day.strftime("%d.%m.%Y")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Offences, exploitation, linked offences
# --------------------------------------------------------------------------------------
_EXPL_EN: dict[str, tuple[str, ...]] = {
    "sexual": ("Sexual exploitation", "Sexual", "Forced prostitution"),
    "forced_labour": ("Labour exploitation", "Forced labour", "Labour"),
    "forced_criminality": ("Forced criminality", "Criminal exploitation"),
    "organ_removal": ("Organ removal", "Removal of organs"),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other", "Other forms"),
}
_EXPL_PPA_EE: dict[str, str] = {
    "sexual": "seksuaalne ärakasutamine / sexual exploitation",
    "forced_labour": "sunnitöö / forced labour",
}
_EXPL_FR: dict[str, tuple[str, ...]] = {
    "sexual": ("exploitation sexuelle", "prostitution forcée", "Exploitation sexuelle"),
    "forced_labour": ("travail forcé", "exploitation par le travail", "Travail forcé"),
    "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre", "autre forme d'exploitation"),
}
_EXPL_ES: dict[str, tuple[str, ...]] = {
    "sexual": ("explotación sexual", "prostitución forzada", "Explotación sexual"),
    "forced_labour": ("explotación laboral", "trabajos forzados", "Explotación laboral"),
    "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otras formas", "otra"),
}
_EXPL_ASP = {
    "sexual": ("sexual exploitation", "sexual"),
    "forced_labour": ("labour exploitation", "forced labour"),
    "forced_criminality": ("forced criminality", "forced criminality (pickpocketing)"),
    "organ_removal": ("organ removal",),
    "forced_marriage": ("forced marriage",),
    "other": ("other exploitation",),
}
_NO_EXPL = {
    "kripos": ("", "N/A", "–"),
    "ppa": ("", "N/A"),
    "surete": ("", "sans objet", "-"),
    "policia": ("", "no aplica", "-"),
}


def _offence_kripos(ev: _Cells, rng: _Rng, tags: list[str]) -> str:
    crime, expl, det = ev["crime_type"], ev["exploitation"], ev["detection_country"]
    thb: tuple[str, ...]
    som: tuple[str, ...]
    both: tuple[str, ...]
    if det == "GBR":
        tags.append("legal_ref")
        thb = ("Human trafficking (MSA 2015 s.2)", "MSA 2015 s.2 – human trafficking")
        som = ("Assisting unlawful immigration (IA 1971 s.25)", "IA 1971 s.25 – facilitation")
        both = ("Human trafficking + facilitation (MSA s.2 / IA 1971 s.25)",)
    elif det == "USA":
        tags.append("legal_ref")
        us_thb = {
            "sexual": "Sex trafficking (18 U.S.C. § 1591)",
            "forced_labour": "Forced labor (18 U.S.C. § 1589)",
        }
        thb = (us_thb.get(str(expl), "Trafficking in persons (TVPA)"),)
        som = ("Alien smuggling (8 U.S.C. § 1324)", "8 USC 1324 – alien smuggling")
        both = ("Trafficking in persons + alien smuggling (8 U.S.C. § 1324)",)
    else:
        thb = ("Trafficking in human beings", "THB", "Human trafficking")
        som = ("Migrant smuggling", "SoM", "People smuggling")
        both = ("THB + SoM", "Human trafficking and migrant smuggling")
    table = {"trafficking": thb, "smuggling": som, "both": both}
    return choice(rng, table[str(crime)])


def _offence_ppa(ev: _Cells, rng: _Rng, tags: list[str]) -> str:
    crime = str(ev["crime_type"])
    table = {
        "trafficking": ("KarS § 133 (inimkaubandus / THB)", "§ 133", "Human trafficking (§ 133)"),
        "smuggling": ("KarS § 259 (illegal conveyance of aliens)", "§ 259", "Migrant smuggling"),
        "both": ("§ 133, § 259", "THB + migrant smuggling (§§ 133, 259)"),
    }
    text = choice(rng, table[crime])
    if text.startswith("§"):
        tags.append("bare_article")
    return text


def _offence_surete(ev: _Cells, rng: _Rng, tags: list[str]) -> str:
    crime, det = str(ev["crime_type"]), ev["detection_country"]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    if det == "FRA":
        tags.append("legal_ref")
        art = "L.622-1" if ts < pd.Timestamp("2021-05-01") else "L.823-1"
        thb: tuple[str, ...] = (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH – art. 225-4-1 C. pén.",
        )
        som: tuple[str, ...] = (
            f"Aide à l'entrée et au séjour irréguliers (art. {art} CESEDA)",
            f"Aide à l'entrée irrégulière – {art} CESEDA",
        )
        both: tuple[str, ...] = (f"TEH (225-4-1 CP) + aide à l'entrée irrégulière ({art} CESEDA)",)
    elif det == "ITA":
        tags.append("legal_ref")
        thb = ("Traite des êtres humains (art. 601 c.p. italien)", "TEH – art. 601 CP it.")
        som = (
            "Aide à l'immigration clandestine (art. 12 D.Lgs. 286/1998)",
            "Favoreggiamento dell'immigrazione clandestina (art. 12 TUI)",
        )
        both = ("Traite (art. 601 c.p.) et aide à l'immigration clandestine (art. 12 TUI)",)
    else:
        thb = ("Traite des êtres humains", "TEH")
        som = ("Trafic de migrants", "Aide à l'entrée irrégulière")
        both = ("TEH + trafic de migrants", "Traite et trafic de migrants")
    table = {"trafficking": thb, "smuggling": som, "both": both}
    return choice(rng, table[crime])


def _offence_policia(ev: _Cells, rng: _Rng, tags: list[str]) -> str:
    crime, det = str(ev["crime_type"]), ev["detection_country"]
    if det == "ESP":
        tags.append("legal_ref")
        table = {
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "177 bis CP", "TSH"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
                "Art. 318 bis CP",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata (177 bis) y tráfico de migrantes (318 bis)", "TSH + 318 bis CP"),
        }
    else:
        table = {
            "trafficking": ("Trata de seres humanos", "Trata de personas"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes", "TSH + tráfico de migrantes"),
        }
    return choice(rng, table[crime])


def _offence_asp(ev: _Cells, rng: _Rng, tags: list[str]) -> str:
    """Offence and form of exploitation in one cell, with Albanian Criminal Code articles."""
    crime, expl = str(ev["crime_type"]), ev["exploitation"]
    tags.append("combined_offence")
    art = "128/b" if ev["age_group"] == "child" else "110/a"
    if crime == "smuggling":
        return choice(
            rng,
            (
                "Assisting illegal border crossing (art. 298 CC)",
                "Smuggling of migrants",
                "Art. 298 KP – illegal crossing facilitation",
            ),
        )
    form = choice(rng, _EXPL_ASP[str(expl)])
    if crime == "trafficking":
        return choice(rng, (f"Trafficking – {form} (art. {art} CC)", f"Art. {art} KP ({form})"))
    return f"Trafficking ({form}) + smuggling (arts. {art} & 298)"


_OFFENCE = {
    "kripos": _offence_kripos,
    "ppa": _offence_ppa,
    "surete": _offence_surete,
    "policia": _offence_policia,
    "asp": _offence_asp,
}


def _exploitation(
    src: Blind56Source, expl: object, ev_country: object, rng: _Rng, tags: list[str]
) -> str | None:
    if expl is None:
        word = choice(rng, _NO_EXPL[src.style])
        if word:
            tags.append("exploitation_na")
        return word or None
    key = str(expl)
    if src.style == "ppa" and key in _EXPL_PPA_EE and rng.random() < 0.35:
        tags.append("bilingual_value")
        return _EXPL_PPA_EE[key]
    table = {"surete": _EXPL_FR, "policia": _EXPL_ES}.get(src.style, _EXPL_EN)
    if src.style == "kripos" and key == "forced_criminality" and rng.random() < 0.4:
        if ev_country == "GBR":  # the UK's Vietnamese cannabis farms
            return "Forced criminality (cannabis cultivation)"
    return choice(rng, table[key])


_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("document fraud", "forged documents", "false passports"),
        "corruption": ("corruption", "bribery of officials"),
        "money_laundering": ("money laundering", "laundering of proceeds"),
        "illicit_goods": ("illicit goods", "contraband cigarettes"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism", "terrorism-related"),
    },
    "fr": {
        "document_fraud": (
            "fraude documentaire",
            "faux documents",
            "usage de faux (art. 441-1 CP)",
        ),
        "corruption": ("corruption", "corruption d'agent public"),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando", "mercancías ilícitas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}
_NO_LINKED = {"en": ("", "none"), "fr": ("", "néant"), "es": ("", "ninguno")}


def _linked(src: Blind56Source, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        word = choice(rng, _NO_LINKED[src.language])
        return word or None
    words = [choice(rng, _LINKED[src.language][k]) for k in str(value).split("|")]
    if len(words) > 1:
        tags.append("linked_list")
    sep = choice(rng, (", ", " + ", " / "))
    return sep.join(words)


# --------------------------------------------------------------------------------------
# People, transport, transit
# --------------------------------------------------------------------------------------
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "kripos": {
        "male": ("Male", "M", "male"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M/F", "M+F"),
    },
    "ppa": {
        "male": ("male", "mees / male", "Male"),
        "female": ("female", "naine / female", "Female"),
        "mixed": ("mixed", "M+F"),
    },
    "surete": {
        "male": ("Homme", "H", "masculin"),
        "female": ("Femme", "F", "féminin"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    "policia": {
        "male": ("hombre", "H", "V", "masculino"),
        "female": ("mujer", "M", "femenino"),
        "mixed": ("mixto", "H y M", "ambos sexos"),
    },
    "asp": {"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "M & F")},
}
_GENDER_PLURAL: dict[str, dict[str, tuple[str, ...]]] = {
    "kripos": {"male": ("Males",), "female": ("Females",)},
    "surete": {"male": ("Hommes",), "female": ("Femmes",)},
    "policia": {"male": ("hombres", "varones"), "female": ("mujeres",)},
    "asp": {"male": ("Men",), "female": ("Women",)},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "kripos": {
        "adult": ("Adult", "18+", "Adults"),
        "child": ("Minor", "Child", "<18", "UAM"),
        "mixed": ("Mixed", "Adults and minors"),
    },
    "ppa": {
        "adult": ("adult", "täisealine / adult"),
        "child": ("minor", "alaealine / minor"),
        "mixed": ("mixed", "adults and minors"),
    },
    "surete": {
        "adult": ("Majeur", "Adulte", "majeur"),
        "child": ("Mineur", "MNA", "mineur"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    "policia": {
        "adult": ("adulto", "mayor de edad", "adultos"),
        "child": ("menor", "MENA", "menores"),
        "mixed": ("mixto", "adultos y menores"),
    },
    "asp": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Child"),
        "mixed": ("Mixed", "Adults & minors"),
    },
}
_NA_WORD = {
    "kripos": ("not recorded", "n.r."),
    "ppa": ("not recorded",),
    "surete": ("non renseigné", "NR"),
    "policia": ("no consta",),
    "asp": ("not recorded", "N/R"),
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sea": ("Boat", "Sea", "dinghy", "RHIB", "fishing vessel", "maritime"),
        "land": ("Land", "lorry", "car", "on foot", "bus", "road"),
        "air": ("Air", "flight", "commercial flight"),
    },
    "fr": {
        "sea": ("maritime", "embarcation", "bateau pneumatique", "voie maritime"),
        "land": ("terrestre", "poids lourd", "véhicule léger", "à pied", "voie routière"),
        "air": ("aérien", "voie aérienne", "avion"),
    },
    "es": {
        "sea": ("marítimo", "patera", "cayuco", "neumática", "embarcación"),
        "land": ("terrestre", "camión", "vehículo", "a pie", "autobús"),
        "air": ("aéreo", "vuelo comercial", "avión"),
    },
}
_FR_PLACES = {
    "London": "Londres",
    "Dunkirk/Gravelines": "Dunkerque/Gravelines",
    "Torino": "Turin",
    "Seville": "Séville",
}
_NO_TRANSIT = {
    "kripos": ("", "direct", "None"),
    "ppa": ("",),
    "surete": ("", "néant", "direct"),
    "policia": ("", "ninguno", "directo"),
}


def _word(
    table: dict[str, tuple[str, ...]], value: str, rng: _Rng, src: Blind56Source, tags: list[str]
) -> str:
    """Return a value word, folded if the file's code page lacks its accents."""
    word = choice(rng, table[value])
    if not fits(word, src):
        word = _fold(word)
    if " / " in word:
        tags.append("bilingual_value")
    return word


def _transit(src: Blind56Source, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        word = choice(rng, _NO_TRANSIT[src.style])
        if word:
            tags.append("direct_word")
        return word or None
    codes = str(value).split("|")
    r = rng.random()
    if src.style == "kripos":
        names = [choice(rng, _EN_ALT.get(c, (_row(c)[0],))) for c in codes]
        if r < 0.6:
            return " > ".join(names)
        if r < 0.85:
            tags.append("iso2")
            return "-".join(iso_codes(c)[0] for c in codes)
        return "via " + ", ".join(names)
    if src.style == "ppa":
        if r < 0.5:
            tags.append("iso3")
            return ", ".join(codes)
        return " – ".join(_row(c)[0] for c in codes)
    if src.style == "surete":
        names = [_row(c)[2] for c in codes]
        if r < 0.5:
            return ", ".join(names)
        if r < 0.8:
            return " > ".join(names)
        return "via " + ", ".join(names)
    names = [_row(c)[5] for c in codes]  # policia
    return choice(rng, (", ", " - ", " / ")).join(names)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_COUNT_UNKNOWN = {
    "kripos": ("n/k", "unk.", "not known"),
    "ppa": ("unknown", "teadmata / unknown"),
    "surete": ("NC", "inconnu", "non communiqué"),
    "policia": ("s/d", "desconocido", "sin datos"),
    "asp": ("N/K", "unknown", "TBD"),
}
_ZERO_WORD = {
    "kripos": ("nil", "none"),
    "ppa": ("none", "puudub / none"),
    "surete": ("néant", "aucun"),
    "policia": ("ninguno", "sin detenidos"),
    "asp": ("none", "nil"),
}


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons(src: Blind56Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the count of persons: (cell, expected)."""
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.style]), None
    r = rng.random()
    style = src.style
    if n >= 1000:
        tags.append("thousands_sep")
        sep = {
            "kripos": choice(rng, ("\u00a0", " ")),
            "ppa": " ",
            "surete": choice(rng, ("\u00a0", " ")),
            "policia": ".",
            "asp": ",",
        }[style]
        if style in ("ppa", "policia") and r < 0.5:
            return n, n
        return _group(n, sep), n
    if r < 0.1:
        tags.append("count_unit")
        unit = {
            "kripos": "persons" if n > 1 else "person",
            "ppa": "isikut" if n > 1 else "isik",
            "surete": "pers.",
            "policia": "personas" if n > 1 else "persona",
            "asp": "pax",
        }[style]
        return f"{n} {unit}", n
    if style in ("ppa", "policia"):
        return n, n
    return str(n), n


def _suspects(
    src: Blind56Source, k: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Return the count of suspects: (cell, expected)."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.style]), None
    numeric = src.style in ("ppa", "policia")
    if k == 0:
        if rng.random() < 0.45:
            tags.append("zero_word")
            return choice(rng, _ZERO_WORD[src.style]), 0
        return (0 if numeric else "0"), 0
    if src.style == "surete" and rng.random() < 0.15:
        tags.append("count_unit")
        return f"{k} interpellé{'s' if k > 1 else ''}", k
    if src.style == "policia" and rng.random() < 0.1:
        tags.append("count_unit")
        return f"{k} detenido{'s' if k > 1 else ''}", k
    return (k if numeric else str(k)), k


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    tenths = round(abs(value) * 36000)
    d, rem = divmod(tenths, 36000)
    m, s10 = divmod(rem, 600)
    hemi = pos if value >= 0 else neg
    return f"{d}°{m:02d}'{s10 / 10:04.1f}\"{hemi}", (1 if value >= 0 else -1) * tenths / 36000


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    units = round(abs(value) * 60000)
    d, rem = divmod(units, 60000)
    hemi = pos if value >= 0 else neg
    text = f"{hemi} {d:0{width}d}°{rem / 1000:06.3f}'"
    return text, (1 if value >= 0 else -1) * units / 60000


_COORD_PLACEHOLDER = {"kripos": "n/a", "ppa": "-", "surete": "NC", "policia": "s/d", "asp": "-"}


def _coordinates(
    src: Blind56Source, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[_Cells, float | None, float | None]:
    """Coordinate cells (by canonical column) and the expected (lat, lon)."""
    pair = "coordinates" in src.headers
    if blank or rng.random() < 0.03:
        if blank:
            tags.append("blank_coordinates")
            cell = None
        elif rng.random() < 0.5:
            tags.append("coords_placeholder")
            cell = _COORD_PLACEHOLDER[src.style]
        else:
            tags.append("coords_missing")
            cell = None
        if pair:
            return {"coordinates": cell}, None, None
        return {"lat": cell, "lon": cell}, None, None
    r = rng.random()
    style = src.style
    if style == "kripos":
        if r < 0.7:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
        tags.append("coords_ddm")
        la, elat = _ddm(lat, "N", "S", 2)
        lo, elon = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{la} {lo}"}, elat, elon
    if style == "ppa":
        if r < 0.85:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
        tags.append("coords_comma")
        cells: _Cells = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, round(lat, 5), round(lon, 5)
    if style == "surete":
        tags.append("coords_comma")
        cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
        return cells, round(lat, 5), round(lon, 5)
    if style == "policia":
        if r < 0.5:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
        tags.append("coords_dms")
        west = "O" if rng.random() < 0.6 else "W"
        la, elat = _dms(lat, "N", "S")
        lo, elon = _dms(lon, "E", west)
        if lon < 0 and west == "O":
            tags.append("west_oeste")
        return {"coordinates": f"{la} {lo}"}, elat, elon
    return {"coordinates": f"{lat:.5f},{lon:.5f}"}, round(lat, 5), round(lon, 5)  # asp


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind56Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected clean values, tags).

    Parameters
    ----------
    src : Blind56Source
        The desk.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the wording.
    partial_ok : bool
        Whether the date may be written as a month or a quarter.
    forced_blank : str or None
        Field a second report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``"coordinates"`` for a one-column position).
    expected : dict
        Expected clean value of every record field.
    tags : list of str
        Messiness tags.
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    heads = src.headers
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    female = ev["gender"] == "female"

    date_cell, day, precision = _date(src, ts, rng, tags, partial_ok=partial_ok)
    cells["event_date"] = date_cell
    cells["crime_type"] = _OFFENCE[src.style](ev, rng, tags)
    if "exploitation" in heads:
        cells["exploitation"] = _exploitation(
            src, ev["exploitation"], ev["detection_country"], rng, tags
        )

    n_cell, n_exp = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_persons"] = n_cell
    k_cell, k_exp = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        blank=forced_blank == "n_suspects",
    )
    cells["n_suspects"] = k_cell

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"] = None
        gender_exp = "unknown"
    else:
        plural = _GENDER_PLURAL.get(src.style, {}).get(gender)
        if plural and int(ev["n_persons"]) > 1 and rng.random() < 0.3:  # type: ignore[call-overload]
            cells["gender"] = choice(rng, plural)
        else:
            cells["gender"] = _word(_GENDER[src.style], gender, rng, src, tags)
        gender_exp = gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"] = choice(rng, _NA_WORD[src.style])
        age_exp = "unknown"
    else:
        cells["age_group"] = _word(_AGE[src.style], age, rng, src, tags)
        age_exp = age

    nationality = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"] = None
        nat_exp: str | None = None
    else:
        cells["nationality"] = _country(src, nationality, rng, tags, demonym=True, female=female)
        nat_exp = nationality

    origin = ev["origin_country"]
    origin_exp = None
    if "origin_country" in heads and origin is not None:
        cells["origin_country"] = _country(src, str(origin), rng, tags, demonym=False, female=False)
        origin_exp = str(origin)
    dest = ev["destination_country"]
    dest_exp = None
    if "destination_country" in heads and dest is not None:
        cells["destination_country"] = _country(
            src, str(dest), rng, tags, demonym=False, female=False
        )
        dest_exp = str(dest)
    detection = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"] = None
        det_exp: str | None = None
    else:
        cells["detection_country"] = _country(
            src, detection, rng, tags, demonym=False, female=False
        )
        det_exp = detection

    transit_exp = None
    if "transit_countries" in heads:
        cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
        transit_exp = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, _NA_WORD[src.style])
        mode_exp = "unknown"
    else:
        cells["transport_mode"] = _word(_TRANSPORT[src.language], mode, rng, src, tags)
        mode_exp = mode

    if "place" in heads and det_exp is not None:  # a blanked country leaves no place either
        place = str(ev["hotspot"])
        if src.language == "fr":
            place = _FR_PLACES.get(place, place)
        cells["place"] = place if fits(place, src) else _fold(place)

    coord_cells, lat_exp, lon_exp = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(coord_cells)

    linked_exp = None
    if "linked_offences" in heads:
        cells["linked_offences"] = _linked(src, ev["linked_offences"], rng, tags)
        linked_exp = ev["linked_offences"]

    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": n_exp,
        "n_suspects": k_exp,
        "gender": gender_exp,
        "age_group": age_exp,
        "nationality": nat_exp,
        "origin_country": origin_exp,
        "destination_country": dest_exp,
        "detection_country": det_exp,
        "transit_countries": transit_exp,
        "transport_mode": mode_exp,
        "lat": lat_exp,
        "lon": lon_exp,
        "linked_offences": linked_exp,
    }
    return cells, expected, tags


_EXAMINER: Examiner[Blind56Source] = Examiner(
    sources=BLIND56_SOURCES,
    primary=_PRIMARY,
    compilation=_COMPILATION,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=56_561,
    blank_share=0.35,
)


def make_blind56(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind56`` submissions of five liaison desks.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``kripos_no_bf.csv``, ``ppa_ee_bf.xlsx``, ``surete_mc_bf.csv``,
        ``policia_ad_bf.jsonl`` and ``asp_al_bf.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind56(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['kripos_no_bf.csv', 'ppa_ee_bf.xlsx', 'surete_mc_bf.csv', 'policia_ad_bf.jsonl',
     'asp_al_bf.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
