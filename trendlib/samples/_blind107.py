"""Examiner variant ``blind107``: five Asian, Gulf, North African and Pacific liaison files.

A held-out sample set written without looking at the cleaner. Each file is the digest
an agency's liaison desk keeps of the smuggling and trafficking detections its partner
services share with it, in the agency's own wording and layout (files ``*_de.*``). The
shared row machinery is :mod:`trendlib.samples._examiner`; the wording is all here.

Reader's guide
--------------
``hkpf_liaison_de.csv``: Hong Kong Police Force, Liaison Bureau (overseas liaison desk
    in London), first reporter of the United Kingdom and France (Channel, Viet Nam to
    the UK). English, UTF-8 with BOM, ``,``. Bilingual headers, English then Chinese
    (``Nationality 國籍``); the date header says ``dd/mm/yyyy`` and the cells are
    day-first with or without zero padding (``07/03/2023``, ``7/3/2023``, ``7 Mar 2023``,
    ``07.03.2023``), a month alone as ``xx/03/2023`` or ``Mar 2023``. The case nature
    quotes UK law (``s.25 IA 1971``, ``s.2 MSA 2015``) or French law (``CESEDA
    L.823-1``, ``art. 225-4-1 Code pénal``) by the country of detection. Counts with
    thousands commas, ``Unk.``/``N/K`` for a count not known, ``12 (incl. 3 juv.)``;
    suspects ``Nil``; ``IIs`` (illegal immigrants) in the count header; Chinese
    nationals as ``PRC``; ages ``Juvenile``; positions as decimal pairs or degrees and
    decimal minutes (``51°07.676'N 001°18.807'E``), ``Not recorded``; transit ``Turkey >
    Germany > France`` or ``Direct``. Re-sends a few rows (exact repeats). Note row
    ("Remarks: ...") and ``Grand Total`` row.
``ica_sg_de.xlsx``: Singapore Immigration & Checkpoints Authority, Intelligence
    Division, foreign-counterpart digest: every other detection (Italy, Croatia, Poland).
    English, one sheet. Dates mostly real Excel dates, some Excel serial numbers left as
    numbers (``45000``), some text (``15-Mar-2023``, ``15/03/2023``); months ``Mar-2023``,
    quarters ``Q3 2022``/``3Q 2022``/``2022 Q3``. Offences quoting Italian (``Art. 12
    D.Lgs. 286/1998``, ``Art. 601 c.p.``), Croatian (``Art. 326 KZ``, ``Art. 106 KZ``) or
    Polish (``Art. 264 §3 KK``, ``Art. 189a KK``) law, or ``SOM``/``THB``. Counts as
    numbers, some as text (``1,204``), ``NA`` when not known, ``Pax`` in the header;
    suspects ``Nil``; ages ``Below 18``; transit lists broken over lines inside a cell;
    latitude and longitude in two numeric columns. Note row and ``TOTAL`` row.
``rop_cg_de.jsonl``: Royal Oman Police, Coast Guard, maritime liaison feed; first reporter
    of Greece. English keys (``incident_date``, ``no_of_persons``, ``facilitators_arrested``
    ...). ISO dates, some as local timestamps (``2023-03-15T08:40:00+04:00``) or compact
    (``20230315``); months ``2023-03``, quarters ``2023-Q1``. Offences as upper-case codes
    (``MIGRANT_SMUGGLING``) or Gulf wording (``smuggling of infiltrators``), Greek law
    (``Law 4251/2014 art. 29``, ``PC art. 323A``). Countries as ISO alpha-2 codes or
    names; counts as numbers or strings, ``unknown``; suspects ``none``; positions in the
    seafarers' ``36 52.274N 027 10.087E`` or as decimal pairs. No note; a ``SUMMARY`` record
    with the total.
``marine_royale_de.csv``: Royal Moroccan Navy (Marine Royale), operations centre,
    liaison digest with the Spanish services; first reporter of Spain. French, cp1252,
    ``;``, CRLF. Dates ``15/03/2023``, ``15/03/23``, ``15 mars 2023``, ``15-03-2023``; months
    ``mars 2023``/``03/2023``; quarters ``T1 2023``/``1er trimestre 2023``. Qualifications
    under Moroccan law (``art. 52 loi 02-03``, ``loi 27-14``) or the Spanish penal code
    (``art. 318 bis``, ``art. 177 bis``). Counts with spaces (or no-break spaces) as
    thousands separators, ``n.c.``/``inconnu``, ``45 (dont 6 femmes)``; suspects
    ``néant``/``aucun``; sexes ``H``/``F``/``H/F``; minors ``MNA``; ``patera``, ``zodiac``;
    positions with decimal commas (``35,88672 / -5,31811``) or degrees-minutes-seconds
    with ``O`` for west; French demonyms, some garbled as UTF-8 read as cp1252 (``sÃ©nÃ©
    galaise``). Note row (``NB : ...``) and ``TOTAL GÉNÉRAL`` row.
``coguar_ec_de.csv``: Ecuadorian Navy Coast Guard Command (COGUAR), intelligence
    directorate, digest of its attachés' reports; first reporter of Panama and the
    United States. Spanish, UTF-16 (with BOM), tab-delimited. Dates ``15/03/2023``,
    ``15/3/2023``, ``15-mar-2023``, ``15 de marzo de 2023``, ``2023-03-15``; months
    ``marzo 2023``/``mar-2023``; quarters ``II trimestre 2023``/``2do trimestre 2023``;
    ``s/f`` when there is no date. Offences under the COIP (``Art. 213 COIP``, ``Art. 91
    COIP``) or US law (``8 U.S.C. § 1324``); counts with dots as thousands separators,
    ``s/d``/``N/D``; suspects ``ninguno``; ages ``NNA``; ``No aplica``; positions as
    decimal pairs or ``N 8°25'03.1" O 77°56'10.4"``; ``S/C`` for no position; a few names
    garbled as UTF-8 read as cp1252 before the export (``MÃ©xico``). Re-sends a few rows.
    Note row and ``TOTAL`` row.

Every written value is one a human analyst reads unambiguously to the clean value the
truth expects; a row's ``messiness`` tags say what it left out or wrote oddly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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

__all__ = ["BLIND107_SOURCES", "make_blind107"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

_HK = "hkpf_liaison_de"
_SG = "ica_sg_de"
_OM = "rop_cg_de"
_MA = "marine_royale_de"
_EC = "coguar_ec_de"

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
#: The five sources, in the order their submissions are returned.
BLIND107_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_HK,
        filename=f"{_HK}.csv",
        ref="LB(OL) {seq:04d}/{yy:02d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "LB Ref. No. 檔案編號",
            "event_date": "Date of Occurrence 發生日期 (dd/mm/yyyy)",
            "detection_country": "Country of Interception 截獲國家",
            "coordinates": "Location (Lat / Long) 位置",
            "crime_type": "Nature of Case 案件性質",
            "exploitation": "Form of Exploitation 剝削形式",
            "n_persons": "No. of IIs / Victims 人數",
            "n_suspects": "No. of Suspects 疑犯人數",
            "gender": "Sex 性別",
            "age_group": "Age Group 年齡組別",
            "nationality": "Nationality 國籍",
            "origin_country": "Country of Origin 原居國家",
            "transit_countries": "Transit Route 途經國家",
            "destination_country": "Intended Destination 目的地",
            "transport_mode": "Mode of Conveyance 交通工具",
            "linked_offences": "Related Offences 相關罪行",
        },
        note="Remarks: provisional figures, subject to confirmation by UK/FR counterparts",
        total="Grand Total",
        bad_count=("Several", "Multiple", "Numerous"),
        repeats=True,
    ),
    ExaminerSource(
        source=_SG,
        filename=f"{_SG}.xlsx",
        ref="ICA/ID/FL/{year}/{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "ICA Ref",
            "event_date": "Date Detected",
            "crime_type": "Offence",
            "exploitation": "Exploitation Type",
            "n_persons": "No. of Pax",
            "n_suspects": "Suspects Arrested",
            "gender": "Gender",
            "age_group": "Age Cat.",
            "nationality": "Nationality (Main)",
            "origin_country": "Origin",
            "destination_country": "Destination",
            "detection_country": "Detected In",
            "transit_countries": "Transit Via",
            "transport_mode": "Mode of Travel",
            "lat": "Lat (DD)",
            "lon": "Long (DD)",
            "linked_offences": "Other Offences",
        },
        note="Note: compiled from foreign counterpart reports - RESTRICTED, not for onward release",
        total="TOTAL",
        bad_count=("several", "MANY"),
        repeats=False,
    ),
    ExaminerSource(
        source=_OM,
        filename=f"{_OM}.jsonl",
        ref="ROPCG-MSC-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_no",
            "event_date": "incident_date",
            "detection_country": "interception_country",
            "coordinates": "position",
            "crime_type": "offence_category",
            "exploitation": "exploitation_form",
            "n_persons": "no_of_persons",
            "n_suspects": "facilitators_arrested",
            "gender": "gender",
            "age_group": "age_category",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_states",
            "destination_country": "final_destination",
            "transport_mode": "conveyance",
            "linked_offences": "associated_offences",
        },
        note=None,
        total="SUMMARY",
        bad_count=("multiple", "several"),
        repeats=False,
    ),
    ExaminerSource(
        source=_MA,
        filename=f"{_MA}.csv",
        ref="{seq:04d}/MR/CO/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° Réf.",
            "event_date": "Date de l'interception",
            "detection_country": "Pays (lieu d'interception)",
            "coordinates": "Position (lat. / long.)",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nbre candidats / victimes",
            "n_suspects": "Nbre passeurs interpellés",
            "gender": "Sexe",
            "age_group": "Majeurs / Mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination présumée",
            "transport_mode": "Moyen",
            "linked_offences": "Infractions connexes",
        },
        note="NB : chiffres provisoires – Centre des opérations de la Marine Royale",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux"),
        repeats=False,
    ),
    ExaminerSource(
        source=_EC,
        filename=f"{_EC}.csv",
        ref="COGUAR-DIGEIN-{year}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Nro. Parte",
            "event_date": "Fecha evento",
            "crime_type": "Delito (tipificación)",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Cant. migrantes / víctimas",
            "n_suspects": "Presuntos infractores",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "transit_countries": "Países tránsito",
            "destination_country": "País destino",
            "detection_country": "País donde se detecta",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas (Lat/Long)",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: información preliminar, sujeta a validación por las agregadurías",
        total="TOTAL",
        bad_count=("varios", "numerosos"),
        repeats=True,
    ),
)

_PRIMARY = {"GBR": _HK, "FRA": _HK, "GRC": _OM, "ESP": _MA, "PAN": _EC, "USA": _EC}
_SECONDARY = {
    ("channel", "FRA"): _SG,
    ("channel", "GBR"): _SG,
    ("thb_vnm_gbr", "GBR"): _SG,
    ("cmed", "ITA"): _OM,
    ("thb_nga_ita", "ITA"): _HK,
    ("thb_rou_esp", "ITA"): _MA,
    ("wmed", "ESP"): _OM,
    ("watl", "ESP"): _OM,
    ("thb_rou_esp", "ESP"): _SG,
    ("emed", "GRC"): _SG,
    ("wbal", "HRV"): _HK,
    ("blr_pol", "POL"): _HK,
    ("darien", "PAN"): _SG,
    ("us_mex", "USA"): _HK,
}

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
        "BLR": ("Belarus",),
        "CHN": ("China", "People's Republic of China"),
        "CIV": ("Côte d'Ivoire", "Ivory Coast"),
        "CMR": ("Cameroon",),
        "COL": ("Colombia",),
        "DEU": ("Germany",),
        "DZA": ("Algeria",),
        "ECU": ("Ecuador",),
        "EGY": ("Egypt",),
        "ERI": ("Eritrea",),
        "ESP": ("Spain",),
        "FRA": ("France",),
        "GBR": ("United Kingdom", "UK", "U.K."),
        "GIN": ("Guinea", "Guinea-Conakry"),
        "GMB": ("Gambia", "The Gambia"),
        "GRC": ("Greece",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croatia",),
        "HTI": ("Haiti",),
        "HUN": ("Hungary",),
        "IRN": ("Iran", "Islamic Republic of Iran"),
        "IRQ": ("Iraq",),
        "ITA": ("Italy",),
        "LBY": ("Libya",),
        "MAR": ("Morocco",),
        "MEX": ("Mexico",),
        "MKD": ("North Macedonia",),
        "MLI": ("Mali",),
        "MRT": ("Mauritania",),
        "NER": ("Niger",),
        "NGA": ("Nigeria",),
        "PAK": ("Pakistan",),
        "PAN": ("Panama",),
        "POL": ("Poland",),
        "ROU": ("Romania",),
        "RUS": ("Russia", "Russian Federation"),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Syria", "Syrian Arab Republic"),
        "TUN": ("Tunisia",),
        "TUR": ("Turkey", "Türkiye"),
        "USA": ("United States", "USA", "U.S.A."),
        "VEN": ("Venezuela",),
        "VNM": ("Viet Nam", "Vietnam"),
        "YEM": ("Yemen",),
    },
    "fr": {
        "AFG": ("Afghanistan",),
        "ALB": ("Albanie",),
        "AUT": ("Autriche",),
        "BGD": ("Bangladesh",),
        "BGR": ("Bulgarie",),
        "BIH": ("Bosnie-Herzégovine",),
        "BLR": ("Biélorussie", "Bélarus"),
        "CHN": ("Chine",),
        "CIV": ("Côte d'Ivoire", "Côte-d'Ivoire"),
        "CMR": ("Cameroun",),
        "COL": ("Colombie",),
        "DEU": ("Allemagne",),
        "DZA": ("Algérie",),
        "ECU": ("Équateur", "Equateur"),
        "EGY": ("Égypte", "Egypte"),
        "ERI": ("Érythrée", "Erythrée"),
        "ESP": ("Espagne",),
        "FRA": ("France",),
        "GBR": ("Royaume-Uni", "Grande-Bretagne"),
        "GIN": ("Guinée", "Guinée-Conakry"),
        "GMB": ("Gambie",),
        "GRC": ("Grèce",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croatie",),
        "HTI": ("Haïti",),
        "HUN": ("Hongrie",),
        "IRN": ("Iran",),
        "IRQ": ("Irak",),
        "ITA": ("Italie",),
        "LBY": ("Libye",),
        "MAR": ("Maroc",),
        "MEX": ("Mexique",),
        "MKD": ("Macédoine du Nord",),
        "MLI": ("Mali",),
        "MRT": ("Mauritanie",),
        "NER": ("Niger",),
        "NGA": ("Nigeria", "Nigéria"),
        "PAK": ("Pakistan",),
        "PAN": ("Panama",),
        "POL": ("Pologne",),
        "ROU": ("Roumanie",),
        "RUS": ("Russie",),
        "SEN": ("Sénégal",),
        "SRB": ("Serbie",),
        "SYR": ("Syrie",),
        "TUN": ("Tunisie",),
        "TUR": ("Turquie",),
        "USA": ("États-Unis", "Etats-Unis"),
        "VEN": ("Venezuela", "Vénézuela"),
        "VNM": ("Viêt Nam", "Vietnam"),
        "YEM": ("Yémen",),
    },
    "es": {
        "AFG": ("Afganistán",),
        "ALB": ("Albania",),
        "AUT": ("Austria",),
        "BGD": ("Bangladés", "Bangladesh"),
        "BGR": ("Bulgaria",),
        "BIH": ("Bosnia y Herzegovina",),
        "BLR": ("Bielorrusia",),
        "CHN": ("China",),
        "CIV": ("Costa de Marfil",),
        "CMR": ("Camerún",),
        "COL": ("Colombia",),
        "DEU": ("Alemania",),
        "DZA": ("Argelia",),
        "ECU": ("Ecuador",),
        "EGY": ("Egipto",),
        "ERI": ("Eritrea",),
        "ESP": ("España",),
        "FRA": ("Francia",),
        "GBR": ("Reino Unido",),
        "GIN": ("Guinea", "Guinea Conakry"),
        "GMB": ("Gambia",),
        "GRC": ("Grecia",),
        "GTM": ("Guatemala",),
        "HND": ("Honduras",),
        "HRV": ("Croacia",),
        "HTI": ("Haití",),
        "HUN": ("Hungría",),
        "IRN": ("Irán",),
        "IRQ": ("Irak",),
        "ITA": ("Italia",),
        "LBY": ("Libia",),
        "MAR": ("Marruecos",),
        "MEX": ("México",),
        "MKD": ("Macedonia del Norte",),
        "MLI": ("Malí",),
        "MRT": ("Mauritania",),
        "NER": ("Níger",),
        "NGA": ("Nigeria",),
        "PAK": ("Pakistán",),
        "PAN": ("Panamá",),
        "POL": ("Polonia",),
        "ROU": ("Rumania", "Rumanía"),
        "RUS": ("Rusia",),
        "SEN": ("Senegal",),
        "SRB": ("Serbia",),
        "SYR": ("Siria",),
        "TUN": ("Túnez",),
        "TUR": ("Turquía",),
        "USA": ("Estados Unidos", "EE.UU.", "EEUU"),
        "VEN": ("Venezuela",),
        "VNM": ("Vietnam",),
        "YEM": ("Yemen",),
    },
}

_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "AFG": ("Afghan",),
        "ALB": ("Albanian",),
        "BGD": ("Bangladeshi",),
        "CHN": ("Chinese",),
        "CIV": ("Ivorian",),
        "CMR": ("Cameroonian",),
        "COL": ("Colombian",),
        "DZA": ("Algerian",),
        "ECU": ("Ecuadorian",),
        "EGY": ("Egyptian",),
        "ERI": ("Eritrean",),
        "GIN": ("Guinean",),
        "GMB": ("Gambian",),
        "GTM": ("Guatemalan",),
        "HND": ("Honduran",),
        "HTI": ("Haitian",),
        "IRN": ("Iranian",),
        "IRQ": ("Iraqi",),
        "MAR": ("Moroccan",),
        "MEX": ("Mexican",),
        "MLI": ("Malian",),
        "NGA": ("Nigerian",),
        "PAK": ("Pakistani",),
        "ROU": ("Romanian",),
        "SEN": ("Senegalese",),
        "SYR": ("Syrian",),
        "TUN": ("Tunisian",),
        "TUR": ("Turkish",),
        "VEN": ("Venezuelan",),
        "VNM": ("Vietnamese",),
        "YEM": ("Yemeni",),
    },
    "fr": {
        "AFG": ("afghane", "afghan"),
        "ALB": ("albanaise", "albanais"),
        "BGD": ("bangladaise", "bangladais"),
        "CHN": ("chinoise", "chinois"),
        "CIV": ("ivoirienne", "ivoirien"),
        "CMR": ("camerounaise", "camerounais"),
        "COL": ("colombienne", "colombien"),
        "DZA": ("algérienne", "algérien"),
        "ECU": ("équatorienne", "équatorien"),
        "EGY": ("égyptienne", "égyptien"),
        "ERI": ("érythréenne", "érythréen"),
        "GIN": ("guinéenne", "guinéen"),
        "GMB": ("gambienne", "gambien"),
        "GTM": ("guatémaltèque",),
        "HND": ("hondurienne", "hondurien"),
        "HTI": ("haïtienne", "haïtien"),
        "IRN": ("iranienne", "iranien"),
        "IRQ": ("irakienne", "irakien"),
        "MAR": ("marocaine", "marocain"),
        "MEX": ("mexicaine", "mexicain"),
        "MLI": ("malienne", "malien"),
        "NGA": ("nigériane", "nigérian"),
        "PAK": ("pakistanaise", "pakistanais"),
        "ROU": ("roumaine", "roumain"),
        "SEN": ("sénégalaise", "sénégalais"),
        "SYR": ("syrienne", "syrien"),
        "TUN": ("tunisienne", "tunisien"),
        "TUR": ("turque", "turc"),
        "VEN": ("vénézuélienne", "vénézuélien"),
        "VNM": ("vietnamienne", "vietnamien"),
        "YEM": ("yéménite",),
    },
    "es": {
        "AFG": ("afgana", "afgano"),
        "ALB": ("albanesa", "albanés"),
        "BGD": ("bangladesí",),
        "CHN": ("china", "chino"),
        "CIV": ("marfileña", "marfileño"),
        "CMR": ("camerunesa", "camerunés"),
        "COL": ("colombiana", "colombiano"),
        "DZA": ("argelina", "argelino"),
        "ECU": ("ecuatoriana", "ecuatoriano"),
        "EGY": ("egipcia", "egipcio"),
        "ERI": ("eritrea", "eritreo"),
        "GIN": ("guineana", "guineano"),
        "GMB": ("gambiana", "gambiano"),
        "GTM": ("guatemalteca", "guatemalteco"),
        "HND": ("hondureña", "hondureño"),
        "HTI": ("haitiana", "haitiano"),
        "IRN": ("iraní",),
        "IRQ": ("iraquí",),
        "MAR": ("marroquí",),
        "MEX": ("mexicana", "mexicano"),
        "MLI": ("maliense",),
        "NGA": ("nigeriana", "nigeriano"),
        "PAK": ("pakistaní",),
        "ROU": ("rumana", "rumano"),
        "SEN": ("senegalesa", "senegalés"),
        "SYR": ("siria", "sirio"),
        "TUN": ("tunecina", "tunecino"),
        "TUR": ("turca", "turco"),
        "VEN": ("venezolana", "venezolano"),
        "VNM": ("vietnamita",),
        "YEM": ("yemení",),
    },
}

#: Misspellings a clerk makes, still read at a glance (by language, for demonyms).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {"AFG": "Afghani", "ERI": "Eritrian", "IRQ": "Iraqui", "VNM": "Vietnamise"},
    "fr": {"GIN": "guinnéenne", "SEN": "senegalaise", "ERI": "erythréenne", "MAR": "marrocaine"},
    "es": {"VEN": "venesolana", "HTI": "aitiana", "ECU": "ecuatoriano/a", "COL": "colombiana/o"},
}

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
_MON_ES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _p(rng: _Rng, prob: float) -> bool:
    return bool(rng.random() < prob)


def _name(lang: str, code: str, rng: _Rng) -> str:
    names = _NAMES[lang].get(code)
    if not names:  # not in the tables: the code, as a clerk would leave it
        return code
    return names[0] if len(names) == 1 or _p(rng, 0.6) else choice(rng, names[1:])


def _demonym(lang: str, code: str, rng: _Rng) -> str:
    words = _DEMONYMS[lang].get(code)
    return choice(rng, words) if words else _name(lang, code, rng)


def _garble(src: ExaminerSource, text: str, rng: _Rng, tags: list[str], prob: float) -> str:
    """Sometimes write ``text`` as UTF-8 read as cp1252 (if it changes and fits)."""
    if not _p(rng, prob):
        return text
    bad = mojibake(text)
    if bad is None or not fits(bad, src):
        return text
    tags.append("mojibake")
    return bad


def _ddm(value: float, nd: int) -> tuple[int, float]:
    """Degrees and decimal minutes of ``abs(value)``, minutes rounded to ``nd`` decimals."""
    v = abs(value)
    deg = int(v)
    minutes = round((v - deg) * 60, nd)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return deg, minutes


def _dms(value: float, nd: int) -> tuple[int, int, float]:
    """Degrees, minutes and seconds of ``abs(value)``, seconds rounded to ``nd`` decimals."""
    v = abs(value)
    deg = int(v)
    rest = (v - deg) * 60
    minutes = int(rest)
    sec = round((rest - minutes) * 60, nd)
    if sec >= 60:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    return deg, minutes, sec


def _from_ddm(value: float, deg: int, minutes: float) -> float:
    return round(float(np.sign(value) or 1.0) * (deg + minutes / 60), 7)


def _from_dms(value: float, deg: int, minutes: int, sec: float) -> float:
    return round(float(np.sign(value) or 1.0) * (deg + minutes / 60 + sec / 3600), 7)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _bad_day(ts: pd.Timestamp) -> int:
    """Return a day the month of ``ts`` lacks (the 30th of February, the 31st of April)."""
    if ts.month == 2:
        return 30
    if ts.month in (4, 6, 9, 11):
        return 31
    return 32


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


# --------------------------------------------------------------------------------------
# Dates, one writer per source: (cell, expected date, precision, tag)
# --------------------------------------------------------------------------------------
_DateOut = tuple[object, pd.Timestamp, str, str | None]


def _day_hk(ts: pd.Timestamp, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.6:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if r < 0.8:
        return f"{ts.day}/{ts.month}/{ts.year}"
    if r < 0.95:
        return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}"
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"


def _date_hk(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    if partial_ok and _p(rng, 0.07):
        cell = (
            f"xx/{ts.month:02d}/{ts.year}"
            if _p(rng, 0.5)
            else f"{MONTHS[ts.month - 1][:3]} {ts.year}"
        )
        return cell, _month_start(ts), "month", "month_only"
    return _day_hk(ts, rng), ts, "day", None


def _day_sg(ts: pd.Timestamp, rng: _Rng) -> tuple[object, str | None]:
    r = rng.random()
    if r < 0.65:
        return dt.datetime(ts.year, ts.month, ts.day), None
    if r < 0.77:
        return _excel_serial(ts), "excel_serial"
    if r < 0.9:
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year}", "text_date"
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", "text_date"


def _date_sg(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.05:
        mon = MONTHS[ts.month - 1]
        cell = f"{mon[:3]}-{ts.year}" if _p(rng, 0.6) else f"{mon} {ts.year}"
        return cell, _month_start(ts), "month", "month_only"
    if partial_ok and r < 0.1:
        q = _quarter(ts)
        cell = choice(rng, (f"Q{q} {ts.year}", f"{q}Q {ts.year}", f"{ts.year} Q{q}"))
        return cell, _quarter_start(ts), "quarter", "quarter_only"
    day_cell, tag = _day_sg(ts, rng)
    return day_cell, ts, "day", tag


def _day_om(ts: pd.Timestamp, rng: _Rng) -> tuple[str, str | None]:
    r = rng.random()
    if r < 0.6:
        return ts.strftime("%Y-%m-%d"), None
    if r < 0.9:
        hour, minute = int(rng.integers(6, 20)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00+04:00", "timestamp"
    return ts.strftime("%Y%m%d"), "compact_date"


def _date_om(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{ts.year}-{ts.month:02d}", _month_start(ts), "month", "month_only"
    if partial_ok and r < 0.09:
        return f"{ts.year}-Q{_quarter(ts)}", _quarter_start(ts), "quarter", "quarter_only"
    cell, tag = _day_om(ts, rng)
    return cell, ts, "day", tag


def _day_ma(ts: pd.Timestamp, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.55:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if r < 0.7:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
    if r < 0.85:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
    if r < 0.95:
        return f"{ts.day:02d}-{ts.month:02d}-{ts.year}"
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"


def _date_ma(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.06:
        cell = choice(
            rng,
            (
                f"{_MONTHS_FR[ts.month - 1]} {ts.year}",
                f"{_MONTHS_FR[ts.month - 1].capitalize()} {ts.year}",
                f"{ts.month:02d}/{ts.year}",
            ),
        )
        return cell, _month_start(ts), "month", "month_only"
    if partial_ok and r < 0.1:
        q = _quarter(ts)
        nth = "1er" if q == 1 else f"{q}e"
        cell = choice(rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}"))
        return cell, _quarter_start(ts), "quarter", "quarter_only"
    return _day_ma(ts, rng), ts, "day", None


def _day_ec(ts: pd.Timestamp, rng: _Rng) -> str:
    r = rng.random()
    if r < 0.5:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if r < 0.65:
        return f"{ts.day}/{ts.month}/{ts.year}"
    if r < 0.8:
        return f"{ts.day:02d}-{_MON_ES[ts.month - 1]}-{ts.year}"
    if r < 0.9:
        return f"{ts.day} de {_MONTHS_ES[ts.month - 1]} de {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _date_ec(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = rng.random()
    if partial_ok and r < 0.05:
        cell = choice(
            rng,
            (f"{_MONTHS_ES[ts.month - 1]} {ts.year}", f"{_MON_ES[ts.month - 1]}-{ts.year}"),
        )
        return cell, _month_start(ts), "month", "month_only"
    if partial_ok and r < 0.1:
        q = _quarter(ts)
        nth = ("1er", "2do", "3er", "4to")[q - 1]
        cell = choice(rng, (f"{_ROMAN[q - 1]} trimestre {ts.year}", f"{nth} trimestre {ts.year}"))
        return cell, _quarter_start(ts), "quarter", "quarter_only"
    return _day_ec(ts, rng), ts, "day", None


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateOut]] = {
    _HK: _date_hk,
    _SG: _date_sg,
    _OM: _date_om,
    _MA: _date_ma,
    _EC: _date_ec,
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine, the source's way."""
    name = src.source
    if kind == "no_date":
        empty: dict[str, tuple[str, ...]] = {
            _HK: ("",),
            _SG: ("",),
            _OM: ("",),
            _MA: ("", "non précisée"),
            _EC: ("", "s/f"),
        }
        word = choice(rng, empty[name])
        return word or None
    if kind == "future_date":
        later = ts.replace(year=ts.year + 100)
        if name == _SG:
            return dt.datetime(later.year, later.month, later.day)
        if name == _OM:
            return later.strftime("%Y-%m-%d")
        return f"{later.day:02d}/{later.month:02d}/{later.year}"
    day = _bad_day(ts)
    if name == _SG:
        return f"{day}-{MONTHS[ts.month - 1][:3]}-{ts.year}"
    if name == _OM:
        return f"{ts.year}-{ts.month:02d}-{day}"
    return f"{day}/{ts.month:02d}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date on the note row: the day the digest was extracted."""
    day = last + pd.Timedelta(days=3)
    if src.source == _SG:
        return dt.datetime(day.year, day.month, day.day)
    if src.source == _OM:
        return day.strftime("%Y-%m-%d")
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# --------------------------------------------------------------------------------------
# Crime type and exploitation
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {
    _HK: {
        ("smuggling", "GBR"): (
            "Assisting unlawful immigration (s.25 IA 1971)",
            "Facilitation - s.25 Immigration Act 1971",
            "People smuggling",
        ),
        ("trafficking", "GBR"): (
            "Human trafficking (s.2 MSA 2015)",
            "Trafficking in persons",
            "Human trafficking",
        ),
        ("both", "GBR"): (
            "s.25 IA 1971 & s.2 MSA 2015",
            "People smuggling & human trafficking",
        ),
        ("smuggling", "FRA"): (
            "Aiding illegal entry (CESEDA L.823-1)",
            "People smuggling",
            "Human smuggling",
        ),
        ("trafficking", "FRA"): (
            "Trafficking in human beings (art. 225-4-1 Code pénal)",
            "Human trafficking",
        ),
        ("both", "FRA"): ("People smuggling & human trafficking", "Smuggling + TIP"),
        ("smuggling", ""): ("People smuggling", "Human smuggling", "Smuggling of migrants"),
        ("trafficking", ""): ("Human trafficking", "Trafficking in persons (TIP)"),
        ("both", ""): ("Smuggling + TIP", "People smuggling & human trafficking"),
    },
    _SG: {
        ("smuggling", "ITA"): (
            "Aiding illegal immigration (Art. 12 D.Lgs. 286/1998)",
            "Migrant smuggling",
            "SOM",
        ),
        ("trafficking", "ITA"): ("Trafficking in persons (Art. 601 c.p.)", "THB"),
        ("both", "ITA"): ("SOM + THB", "Art. 12 D.Lgs. 286/1998 & Art. 601 c.p."),
        ("smuggling", "HRV"): ("Illegal entry facilitation (Art. 326 KZ)", "Migrant smuggling"),
        ("trafficking", "HRV"): ("Trafficking in human beings (Art. 106 KZ)", "THB"),
        ("both", "HRV"): ("SOM + THB", "Art. 326 KZ & Art. 106 KZ"),
        ("smuggling", "POL"): (
            "Organising illegal border crossing (Art. 264 §3 KK)",
            "Migrant smuggling",
        ),
        ("trafficking", "POL"): ("Human trafficking (Art. 189a KK)", "THB"),
        ("both", "POL"): ("SOM + THB", "Art. 264 §3 KK & Art. 189a KK"),
        ("smuggling", ""): ("Migrant smuggling", "SOM", "Smuggling of migrants"),
        ("trafficking", ""): ("Human trafficking", "THB", "Trafficking in persons"),
        ("both", ""): ("SOM + THB", "Smuggling & trafficking"),
    },
    _OM: {
        ("smuggling", "GRC"): (
            "MIGRANT_SMUGGLING",
            "smuggling of infiltrators",
            "migrant smuggling (Law 4251/2014 art. 29)",
        ),
        ("trafficking", "GRC"): ("HUMAN_TRAFFICKING", "human trafficking (PC art. 323A)"),
        ("both", "GRC"): ("SMUGGLING_AND_TRAFFICKING", "smuggling of infiltrators + trafficking"),
        ("smuggling", ""): ("MIGRANT_SMUGGLING", "smuggling of infiltrators"),
        ("trafficking", ""): ("HUMAN_TRAFFICKING", "human trafficking"),
        ("both", ""): ("SMUGGLING_AND_TRAFFICKING", "human trafficking & migrant smuggling"),
    },
    _MA: {
        ("smuggling", "ESP"): (
            "Émigration clandestine organisée (art. 52 loi 02-03)",
            "Trafic de migrants",
            "Aide à l'entrée irrégulière (art. 318 bis CP espagnol)",
            "trafic de migrants - réseau de passeurs",
        ),
        ("trafficking", "ESP"): (
            "Traite des êtres humains (loi 27-14)",
            "TEH (art. 177 bis CP espagnol)",
            "traite des êtres humains",
        ),
        ("both", "ESP"): (
            "TEH + trafic de migrants (lois 27-14 / 02-03)",
            "Traite et trafic de migrants",
        ),
        ("smuggling", ""): ("Trafic de migrants", "Émigration clandestine organisée"),
        ("trafficking", ""): ("Traite des êtres humains", "TEH"),
        ("both", ""): ("Traite et trafic de migrants",),
    },
    _EC: {
        ("smuggling", "USA"): (
            "Tráfico ilícito de migrantes (8 U.S.C. § 1324)",
            "Tráfico ilícito de migrantes",
            "TIM",
        ),
        ("trafficking", "USA"): ("Trata de personas (TVPA)", "Trata de personas"),
        ("both", "USA"): ("Trata de personas y tráfico ilícito de migrantes",),
        ("smuggling", ""): (
            "Tráfico ilícito de migrantes (Art. 213 COIP)",
            "Tráfico ilícito de migrantes",
            "TIM",
        ),
        ("trafficking", ""): ("Trata de personas (Art. 91 COIP)", "Trata de personas"),
        ("both", ""): (
            "Trata de personas y tráfico ilícito de migrantes",
            "TIM + trata (Arts. 213 y 91 COIP)",
        ),
    },
}

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _HK: {
        "sexual": ("Sexual exploitation", "Sexual exploitation (brothel)"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis farm)"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    _SG: {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour"),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Others",),
    },
    _OM: {
        "sexual": ("SEXUAL_EXPLOITATION", "sexual exploitation"),
        "forced_labour": ("FORCED_LABOUR", "forced labour"),
        "forced_criminality": ("FORCED_CRIMINAL_ACTIVITY",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "other": ("OTHER",),
    },
    _MA: {
        "sexual": ("exploitation sexuelle", "Exploitation sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre forme", "autre"),
    },
    _EC: {
        "sexual": ("explotación sexual", "Explotación sexual"),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra", "otras formas"),
    },
}
#: What a source writes in the exploitation cell of a pure smuggling case ("" = blank).
_NO_EXPLOITATION = {
    _HK: ("", "", "N/A"),
    _SG: ("", "NA"),
    _OM: ("", "NOT_APPLICABLE"),
    _MA: ("", "", "sans objet"),
    _EC: ("", "No aplica", "N/A"),
}


def _crime(src: str, crime: str, detected: str, rng: _Rng) -> str:
    table = _CRIME[src]
    words = table.get((crime, detected)) or table[(crime, "")]
    return choice(rng, words)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_CountOut = tuple[object, int | None, str | None]


def _count(src: ExaminerSource, n: int, ev: dict[str, object], rng: _Rng) -> _CountOut:
    """Persons cell, expected count, tag."""
    name = src.source
    r = rng.random()
    if r < 0.02:
        words = {
            _HK: ("Unk.", "N/K"),
            _SG: ("NA", "N.A."),
            _OM: ("unknown", "not reported"),
            _MA: ("inconnu", "n.c."),
            _EC: ("s/d", "N/D"),
        }[name]
        return choice(rng, words), None, "count_placeholder"
    if name == _HK:
        if n >= 1000 and _p(rng, 0.8):
            return f"{n:,}", n, "thousands_sep"
        if r < 0.06 and ev["age_group"] == "mixed" and n >= 3:
            k = int(rng.integers(1, n))
            return f"{n} (incl. {k} juv.)", n, "count_note"
        return str(n), n, None
    if name == _SG:
        if n >= 1000 and _p(rng, 0.5):
            return f"{n:,}", n, "thousands_sep"
        if r < 0.1:
            return str(n), n, "number_as_text"
        return n, n, None
    if name == _OM:
        return (str(n), n, "number_as_text") if r < 0.15 else (n, n, None)
    if name == _MA:
        if n >= 1000:
            sep = "\u00a0" if _p(rng, 0.5) else " "
            return f"{n:,}".replace(",", sep), n, "thousands_sep"
        if r < 0.06 and ev["gender"] == "mixed" and n >= 3:
            k = int(rng.integers(1, n))
            return f"{n} (dont {k} femmes)", n, "count_note"
        return str(n), n, None
    if n >= 1000:
        return f"{n:,}".replace(",", "."), n, "thousands_sep"
    if r < 0.06:
        return f"{n} personas", n, "count_unit"
    return str(n), n, None


def _suspects(src: ExaminerSource, k: int, rng: _Rng) -> _CountOut:
    """Suspects cell, expected count, tag."""
    name = src.source
    if _p(rng, 0.02):
        word = {_HK: "Unk.", _SG: "NA", _OM: "unknown", _MA: "n.c.", _EC: "s/d"}[name]
        return word, None, "suspects_placeholder"
    numeric = name in (_SG, _OM)
    if k == 0:
        zero = {
            _HK: ("Nil", "NIL"),
            _SG: ("Nil", "NIL"),
            _OM: ("none",),
            _MA: ("néant", "aucun"),
            _EC: ("ninguno", "0 (cero)"),
        }[name]
        if _p(rng, 0.45):
            return choice(rng, zero), 0, "zero_word"
        return (0 if numeric else "0"), 0, None
    return (k if numeric else str(k)), k, None


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _HK: {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("M & F", "Both sexes")},
    _SG: {"male": ("Male", "MALE"), "female": ("Female", "FEMALE"), "mixed": ("Male & Female",)},
    _OM: {"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed", "male/female")},
    _MA: {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("H/F", "mixte", "hommes et femmes"),
    },
    _EC: {
        "male": ("Masculino", "hombres"),
        "female": ("Femenino", "mujeres"),
        "mixed": ("Mixto", "ambos sexos"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _HK: {
        "adult": ("Adult", "Adults"),
        "child": ("Juvenile", "Minor", "U18"),
        "mixed": ("Adults & juveniles", "Mixed (adult/minor)"),
        "na": ("N/A",),
    },
    _SG: {
        "adult": ("Adult", "18 & above"),
        "child": ("Minor", "Below 18"),
        "mixed": ("Adult & Minor", "Mixed"),
        "na": ("Not stated",),
    },
    _OM: {
        "adult": ("ADULT", "adult"),
        "child": ("MINOR", "minor"),
        "mixed": ("MIXED", "adults_and_minors"),
        "na": ("n/a",),
    },
    _MA: {
        "adult": ("majeurs", "adultes", "majeur"),
        "child": ("mineurs", "MNA", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "na": ("non renseigné", "N.R."),
    },
    _EC: {
        "adult": ("adultos", "Adultos"),
        "child": ("menores", "NNA"),
        "mixed": ("adultos y NNA", "mixto"),
        "na": ("No aplica", "N/A"),
    },
}


def _nationality(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> object:
    lang = src.language
    name = src.source
    r = rng.random()
    if name == _HK and code == "CHN" and r < 0.7:
        return "PRC"
    if name == _OM:
        return iso_codes(code)[0] if r < 0.5 else _name("en", code, rng)
    if r < 0.03 and code in _TYPOS[lang]:
        tags.append("typo")
        return _TYPOS[lang][code]
    if r < 0.08 and name in (_SG, _HK):
        tags.append("iso3")
        return code
    if name == _SG and r < 0.15:
        return _demonym(lang, code, rng).upper()
    if name == _EC and r < 0.2:
        return _name(lang, code, rng)  # the country written for the nationality
    word = _demonym(lang, code, rng)
    return _garble(src, word, rng, tags, 0.05)


def _place(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country people come from, go to or pass through."""
    lang = src.language
    if src.source == _OM:
        return iso_codes(code)[0] if _p(rng, 0.4) else _name("en", code, rng)
    if src.source == _SG and _p(rng, 0.1):
        return _name(lang, code, rng).upper()
    return _garble(src, _name(lang, code, rng), rng, tags, 0.04)


def _detected(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> str:
    name = src.source
    r = rng.random()
    if name == _HK and code == "GBR":
        return choice(rng, ("UK", "United Kingdom", "U.K.", "UK"))
    if name == _OM:
        return iso_codes(code)[0] if r < 0.6 else _name("en", code, rng).upper()
    if name == _SG and r < 0.2:
        return iso_codes(code)[0]
    if name == _MA and code == "ESP" and r < 0.15:
        return choice(rng, ("Royaume d'Espagne", "ESP", "Esp."))
    if name == _EC and code == "USA":
        return choice(rng, ("EE.UU.", "Estados Unidos", "EEUU", "Estados Unidos de América"))
    return _place(src, code, rng, tags)


_TRANSIT_JOIN = {
    _HK: (" > ", ", "),
    _SG: ("; ", "\n", ", "),
    _OM: (",",),
    _MA: (", ", " / ", " – "),
    _EC: (", ", " - "),
}
_NO_TRANSIT = {
    _HK: ("", "", "Direct"),
    _SG: ("", "Nil"),
    _OM: ("",),
    _MA: ("", "", "direct"),
    _EC: ("", "directo", "ninguno"),
}


def _transit(src: ExaminerSource, codes: str | None, rng: _Rng, tags: list[str]) -> object:
    name = src.source
    if codes is None:
        word = choice(rng, _NO_TRANSIT[name])
        if word:
            tags.append("no_transit_word")
        return word or None
    parts = codes.split("|")
    if name == _OM:
        if _p(rng, 0.6):
            return ",".join(iso_codes(c)[0] for c in parts)
        return " -> ".join(_name("en", c, rng) for c in parts)
    sep = choice(rng, _TRANSIT_JOIN[name])
    words = [_place(src, c, rng, tags) for c in parts]
    if name == _EC and len(words) > 1 and _p(rng, 0.3):
        return ", ".join(words[:-1]) + " y " + words[-1]
    if name == _SG and sep == "\n":
        tags.append("line_breaks")
    return sep.join(words)


# --------------------------------------------------------------------------------------
# Transport, place and linked offences
# --------------------------------------------------------------------------------------
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    _HK: {
        "sea": ("Small boat", "Small boat (RHIB)", "Dinghy", "Sea"),
        "land": ("Lorry", "HGV", "Vehicle", "On foot", "Coach", "Land"),
        "air": ("Air", "Flight", "Air (commercial flight)"),
        "na": ("N/A",),
    },
    _SG: {
        "sea": ("Sea", "Boat", "Vessel", "Fishing boat"),
        "land": ("Land", "Truck", "Car", "On foot"),
        "air": ("Air", "Flight"),
        "na": ("Not stated",),
    },
    _OM: {
        "sea": ("SEA", "vessel", "inflatable boat", "speedboat"),
        "land": ("LAND", "vehicle", "truck", "on foot"),
        "air": ("AIR", "aircraft"),
        "na": ("n/a",),
    },
    _MA: {
        "sea": ("embarcation pneumatique", "patera", "zodiac", "bateau de pêche", "voie maritime"),
        "land": ("voie terrestre", "camion", "véhicule", "à pied"),
        "air": ("avion", "voie aérienne"),
        "na": ("non renseigné",),
    },
    _EC: {
        "sea": ("marítimo", "lancha", "bote", "embarcación"),
        "land": ("terrestre", "a pie", "bus", "camión", "tráiler"),
        "air": ("aéreo", "vuelo comercial"),
        "na": ("No aplica",),
    },
}

_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    _HK: {
        "document_fraud": ("False travel documents", "Document fraud"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering", "Money laundering (POCA)"),
        "illicit_goods": ("Controlled drugs", "Contraband tobacco", "Illicit goods"),
        "cybercrime": ("Cyber-enabled crime",),
        "terrorism": ("Terrorism-related",),
    },
    _SG: {
        "document_fraud": ("Document fraud", "Forged passports"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Smuggling of goods", "Drug trafficking"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    _OM: {
        "document_fraud": ("forged passports", "DOCUMENT_FRAUD"),
        "corruption": ("bribery of officials", "CORRUPTION"),
        "money_laundering": ("money laundering", "MONEY_LAUNDERING"),
        "illicit_goods": ("drug trafficking", "ILLICIT_GOODS"),
        "cybercrime": ("cyber crime", "CYBERCRIME"),
        "terrorism": ("terrorism", "TERRORISM"),
    },
    _MA: {
        "document_fraud": ("faux et usage de faux", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment de capitaux", "blanchiment"),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _EC: {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_JOIN = {
    _HK: ("; ", " / "),
    _SG: (", ", "\n"),
    _OM: (", ",),
    _MA: (" + ", ", "),
    _EC: ("; ", " / "),
}
_NO_OFFENCE = {
    _HK: ("", "", "", "Nil"),
    _SG: ("",),
    _OM: ("",),
    _MA: ("",),
    _EC: ("", "", "ninguno"),
}


def _offences(src: ExaminerSource, codes: str | None, rng: _Rng) -> object:
    name = src.source
    if codes is None:
        return choice(rng, _NO_OFFENCE[name]) or None
    words = [choice(rng, _OFFENCES[name][c]) for c in codes.split("|")]
    return choice(rng, _OFFENCE_JOIN[name]).join(words)


_NO_PLACE = {
    _HK: ("Not recorded",),
    _OM: ("position not reported",),
    _MA: ("non relevée",),
    _EC: ("S/C", "sin coordenadas"),
}


def _position(src: ExaminerSource, lat: float, lon: float, rng: _Rng) -> tuple[str, float, float]:
    """Position cell and the point it says."""
    name = src.source
    r = rng.random()
    if name == _HK:
        if r < 0.55:
            return f"{lat:.5f}, {lon:.5f}", lat, lon
        (ad, am), (od, om) = _ddm(lat, 3), _ddm(lon, 3)
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        cell = f"{ad:02d}°{am:06.3f}'{ns} {od:03d}°{om:06.3f}'{ew}"
        return cell, _from_ddm(lat, ad, am), _from_ddm(lon, od, om)
    if name == _OM:
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        if r < 0.5:
            (ad, am), (od, om) = _ddm(lat, 3), _ddm(lon, 3)
            cell = f"{ad:02d} {am:06.3f}{ns} {od:03d} {om:06.3f}{ew}"
            return cell, _from_ddm(lat, ad, am), _from_ddm(lon, od, om)
        if r < 0.75:
            return f"{abs(lat):.5f}{ns} {abs(lon):.5f}{ew}", lat, lon
        return f"{lat:.5f},{lon:.5f}", lat, lon
    if name == _MA:
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        if r < 0.5:
            cell = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
            return cell, lat, lon
        if r < 0.8:
            (ad, am, asec), (od, om, osec) = _dms(lat, 1), _dms(lon, 1)
            cell = f"{ad}°{am:02d}'{asec:04.1f}\"{ns} {od}°{om:02d}'{osec:04.1f}\"{ew}"
            return (
                cell.replace(".", ","),
                _from_dms(lat, ad, am, asec),
                _from_dms(lon, od, om, osec),
            )
        (ad, am2), (od, om2) = _ddm(lat, 3), _ddm(lon, 3)
        cell = f"{ns} {ad:02d}°{am2:06.3f}' / {ew} {od:03d}°{om2:06.3f}'".replace(".", ",")
        return cell, _from_ddm(lat, ad, am2), _from_ddm(lon, od, om2)
    # Ecuador
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
    if r < 0.5:
        return f"{lat:.5f}, {lon:.5f}", lat, lon
    if r < 0.8:
        (ad, am, asec), (od, om, osec) = _dms(lat, 1), _dms(lon, 1)
        cell = f"{ns} {ad}°{am:02d}'{asec:04.1f}\" {ew} {od}°{om:02d}'{osec:04.1f}\""
        return cell, _from_dms(lat, ad, am, asec), _from_dms(lon, od, om, osec)
    (ad, am2), (od, om2) = _ddm(lat, 3), _ddm(lon, 3)
    ew = "W" if lon < 0 else "E"
    cell = f"{ad}°{am2:06.3f}'{ns} {od}°{om2:06.3f}'{ew}"
    return cell, _from_ddm(lat, ad, am2), _from_ddm(lon, od, om2)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    name = src.source
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {}

    date_cell, day, precision, tag = _DATES[name](ts, rng, partial_ok)
    cells["event_date"] = date_cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    detected = str(ev["detection_country"])
    cells["crime_type"] = _crime(name, crime, detected, rng)
    exp["crime_type"] = crime
    if crime == "smuggling":
        cells["exploitation"] = choice(rng, _NO_EXPLOITATION[name]) or None
        exp["exploitation"] = None
    else:
        form = str(ev["exploitation"])
        cells["exploitation"] = choice(rng, _EXPLOITATION[name][form])
        exp["exploitation"] = form

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], tag = _count(src, n, ev, rng)
    if tag:
        tags.append(tag)

    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        k = int(ev["n_suspects"])  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"], tag = _suspects(src, k, rng)
        if tag:
            tags.append(tag)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[name][gender])
        exp["gender"] = gender

    age = str(ev["age_group"])
    if _p(rng, 0.012):
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[name]["na"]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[name][age]), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, nat, rng, tags)
        exp["nationality"] = nat

    origin = str(ev["origin_country"])
    cells["origin_country"] = _place(src, origin, rng, tags)
    exp["origin_country"] = origin
    dest = str(ev["destination_country"])
    cells["destination_country"] = _place(src, dest, rng, tags)
    exp["destination_country"] = dest

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _detected(src, detected, rng, tags)
        exp["detection_country"] = detected

    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if _p(rng, 0.01):
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _MODE[name]["na"]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _MODE[name][mode]), mode

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif r < 0.03:
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    elif r < 0.05 and name in _NO_PLACE:
        exp["lat"], exp["lon"] = None, None
        cells["coordinates"] = choice(rng, _NO_PLACE[name])
        tags.append("coords_placeholder")
    elif name == _SG:
        cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
        exp["lat"], exp["lon"] = lat, lon
    else:
        cells["coordinates"], exp["lat"], exp["lon"] = _position(src, lat, lon, rng)

    links = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, None if links is None else str(links), rng)
    exp["linked_offences"] = links

    if src.format == "csv":  # a CSV file holds text only
        cells = {k: (None if v is None else str(v)) for k, v in cells.items()}
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND107_SOURCES,
    primary=_PRIMARY,
    compilation=_SG,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=107_107,
    blank_share=0.5,
)


def make_blind107(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind107`` examiner set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``hkpf_liaison_de.csv``, ``ica_sg_de.xlsx``, ``rop_cg_de.jsonl``,
        ``marine_royale_de.csv`` and ``coguar_ec_de.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind107(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['hkpf_liaison_de.csv', 'ica_sg_de.xlsx', 'rop_cg_de.jsonl', 'marine_royale_de.csv',
     'coguar_ec_de.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
