"""Examiner set ``blind60``: five prosecutors', courts' and ministries' case files (``*_bj.*``).

A held-out sample set written by an examiner who never read the cleaner. The five
sources are prosecution services, a court documentation centre and a network of justice
ministries. Each writes its case registers as such a body would: its own headers (with
legal articles, units and formats in them), date styles, country wording, legal
references for the offence, transport jargon, placeholders and number formats. The
shared row machinery of :mod:`trendlib.samples._examiner` decides which source reports
which event, which rows are cross-source duplicates, bad rows, garbage rows and repeats.

Reader's guide
--------------
``junalco_parquet_paris_bj.csv`` -- Parquet de Paris, JUNALCO (French national court for
    organised crime). French, **cp1252**, ``;``, CRLF. First reporter of events detected
    in France (the Channel); second reporter of Channel events detected in the UK.
    Headers of a parquet case-tracking sheet (``N° Parquet``, ``Date des faits``,
    ``Nb MEC (mis en cause)`` ...). Dates ``14/03/2022``, ``14/03/22``, ``le 14 mars
    2022``, ``1er mars 2022``, ``14.03.2022``; partial ``courant mars 2022``, ``mars
    2022``, ``03/2022``, ``1er trimestre 2022``, ``T1 2022``. Offence written as the
    qualification with its article: ``art. 225-4-1 C. pén.`` (trafficking, ``TEH``) and
    ``art. L.622-1`` / ``L.823-1 CESEDA`` (smuggling; the article number changed with the
    recodification of 1 May 2021, and the file follows it). Nationalities as French
    demonyms agreeing with the victims' sex (``érythréenne``), names, capitals or ISO
    codes; a few cells pasted from a UTF-8 tool show mojibake (``SÃ©nÃ©gal``);
    destination ``Angleterre`` for the UK. Counts ``1 234`` with a (non-breaking) space,
    ``12 pers.``; ``n.c.`` / ``NC`` / ``inconnu`` for unknown; ``néant`` / ``aucun`` for
    no suspect. One coordinates column: DMS ``50°57'32" N, 1°51'10" E``, decimal comma
    ``50,95889 / 1,85278`` or nautical degrees and decimal minutes ``N 50°57,532' E
    001°51,170'``; ``non géolocalisé`` when unknown. Empty, note and total rows.
``parquet_federal_be_bj.csv`` -- Belgian federal prosecutor's office (parquet fédéral),
    export of its case database through Excel's "Unicode text": French values under
    **bilingual French/Dutch headers** (``Prévention / Tenlastelegging``), **UTF-16**
    with BOM, **tab**-delimited. First reporter of events detected in the UK (networks
    run from Belgium); second reporter of Channel events detected in France, Nigerian
    trafficking detected in Italy and Western Balkans events. In Belgian law *traite des
    êtres humains* (art. 433quinquies C.P., *mensenhandel*) is trafficking while *trafic
    d'êtres humains* (art. 77bis of the Aliens Act of 15.12.1980, *mensensmokkel*) is
    **smuggling**; every such cell carries the Dutch word or the article. Labour
    exploitation as *exploitation économique* with its sector (``horeca``,
    ``construction``). Dates ``14/03/2022``, ``14-03-2022``, ``14.03.2022``, ``14 mars
    2022``; partial ``03/2022``, ``mars 2022``, ``1er trim. 2022``, ``T1/2022``. Counts
    ``1.234`` (dot thousands); ``inconnu / onbekend``. Latitude and longitude columns
    with decimal commas. Sexes ``M``/``F``/``M/F``; minors ``MENA``. Re-sends a few rows.
``om_landelijk_parket_bj.csv`` -- Netherlands Public Prosecution Service (Openbaar
    Ministerie, Landelijk Parket), English case digest for its joint-investigation-team
    partners. English, **UTF-8 with BOM**, ``,``. Reports every event not detected in
    France, the UK, Spain, Panama or the US (Italy, Greece, Croatia, Poland), and again
    Vietnamese trafficking detected in the UK and Romanian trafficking detected in Spain.
    Parket numbers ``10/960123-22``; offence by Dutch Criminal Code article (``Art. 197a
    Sr`` smuggling, ``Art. 273f Sr`` trafficking, also as ``DCC``, ``mensensmokkel``).
    Dates day-first as the header says (``dd-mm-yyyy``: ``14-03-2022``), ``14 March
    2022``, ``14 Mar 2022``, ISO; partial ``March 2022``, ``Q1 2022``, ``1st quarter
    2022``. UN-style country names (``Syrian Arab Republic``, ``Iran (Islamic Republic
    of)``, ``Türkiye``, ``Viet Nam``), demonyms, ISO3 codes; transit routes as
    ``TUR-BGR-SRB``. Counts ``1,234``; ``unknown`` / ``n/k``; ``none`` / ``nil``;
    ``UAM`` for unaccompanied minors. Coordinates in one column, decimal
    ``39.20123, 26.30045``, hemisphere letters ``39.2012 N, 26.3005 E`` or degrees and
    decimal minutes ``N 39°12.074' E 026°18.027'``.
``cgpj_cendoj_sentencias_bj.xlsx`` -- Spain's General Council of the Judiciary (CGPJ),
    extract from its judgments documentation centre (CENDOJ), one row per set of facts
    judged. Spanish, XLSX. First reporter of events detected in Spain; second reporter of
    Romanian trafficking detected in Italy. Reference ``ECLI:ES:AP:2022:123``. Dates as
    real Excel dates, bare Excel serial numbers (``44634``), ``14/03/2022`` or ``14 de
    marzo de 2022``; partial ``marzo de 2022``, ``03/2022``, ``primer trimestre de
    2022``, ``2022T1``. Offence by Penal Code article: ``art. 318 bis CP`` (smuggling:
    *delito contra los derechos de los ciudadanos extranjeros*) and ``art. 177 bis CP``
    (trafficking; with the letter of its paragraph 1 for the purpose when written,
    ``177 bis 1 b)`` = sexual). Sex coded ``H``/``M``/``Ambos`` (*hombre*, *mujer*, as
    the header's legend says: ``M`` is women here), ``varones``; ``MENA``, ``menores``.
    Counts as numbers, ``1.234`` text, ``34 ocupantes``; ``no consta`` / ``s/d``;
    ``ninguno``. Spanish demonyms (``marroquí``, ``guineana``). Transport ``patera``,
    ``cayuco``, ``neumática``, ``oculto en los bajos de un camión``. No coordinates
    (judgments give none).
``iberred_comjib_bj.jsonl`` -- IberRed, the Ibero-American network for international
    legal cooperation of the Conference of Ministers of Justice (COMJIB): register of
    cooperation requests. Spanish keys, JSON lines (UTF-8). First reporter of events
    detected in Panama and the United States. Dates ISO ``2022-03-14``,
    ``2022-03-14T00:00:00``, ``14/03/2022``, ``14-mar-2022``; partial ``2022-03``,
    ``marzo 2022``, ``I trimestre 2022`` (Roman numerals), ``T1-2022``. Countries as
    ISO alpha-2 (``PA``, ``US``, ``VE``), Latin American names (``Estados Unidos de
    América``) and demonyms. Offences ``Tráfico ilícito de migrantes`` (``TIM``),
    ``Trata de personas``; ``lavado de activos`` for money laundering. Age ``NNA``
    (*niñas, niños y adolescentes*) for minors. Counts as JSON numbers or
    ``1,234`` (Latin American thousands comma); ``ND`` / ``s/d`` / ``sin dato``.
    Latitude and longitude as numbers or DMS text (``8°14'38"N``, ``77°47'54"W``, or
    ``O`` for *oeste*).
    Re-sends a few records.

Every value is written so that an analyst reading it knows the clean value without doubt,
and the truth (``expected``) records exactly that value: a partial date its first day
and precision, a placeholder no value, a coordinate the point as written.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, cast

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

__all__ = ["BLIND60_SOURCES", "make_blind60"]

_Rng = np.random.Generator
_Opt = tuple[str | None, ...]

#: Record fields of the expected row (the truth's event fields).
_FIELDS = (
    "event_date",
    "date_precision",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
)
_RECODIFICATION = pd.Timestamp("2021-05-01")  # CESEDA L.622-1 became L.823-1
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
JUNALCO = ExaminerSource(
    source="parquet_paris_junalco",
    filename="junalco_parquet_paris_bj.csv",
    ref="JNL {yy:02d}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° Parquet",
        "event_date": "Date des faits",
        "crime_type": "Qualification principale (texte)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb MEC (mis en cause)",
        "gender": "Sexe victimes",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de constatation",
        "transit_countries": "Itinéraire (pays de transit)",
        "transport_mode": "Vecteur",
        "coordinates": "Lieu d'interpellation (coord. GPS)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction Cassiopée - données provisoires, non consolidées (usage interne)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreuses personnes", "un groupe"),
    repeats=False,
)
BELGIAN = ExaminerSource(
    source="parquet_federal_be",
    filename="parquet_federal_be_bj.csv",
    ref="FD.35.98.{seq}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° notice / Notitienummer",
        "event_date": "Date des faits / Datum feiten",
        "crime_type": "Prévention / Tenlastelegging",
        "exploitation": "Secteur d'exploitation / Uitbuitingssector",
        "n_persons": "Nbre de personnes / Aantal personen",
        "n_suspects": "Nbre de suspects / Aantal verdachten",
        "gender": "Sexe / Geslacht",
        "age_group": "Majeur-Mineur / Meerderjarig-Minderjarig",
        "nationality": "Nationalité / Nationaliteit",
        "origin_country": "Pays d'origine / Land van herkomst",
        "destination_country": "Pays de destination / Land van bestemming",
        "detection_country": "Pays de constatation / Land van vaststelling",
        "transit_countries": "Pays de transit / Transitlanden",
        "transport_mode": "Moyen de transport / Vervoermiddel",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Préventions connexes / Samenhangende feiten",
    },
    note="Source : MaCH - situation au dernier jour ouvrable / Bron: MaCH",
    total="TOTAL / TOTAAL",
    bad_count=("plusieurs / meerdere", "groupe", "nombreux"),
    repeats=True,
)
DUTCH = ExaminerSource(
    source="om_landelijk_parket_nl",
    filename="om_landelijk_parket_bj.csv",
    ref="10/96{seq:04d}-{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Parket no.",
        "event_date": "Date of offence (dd-mm-yyyy)",
        "crime_type": "Offence (Sr article)",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of victims / smuggled persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex (M/F/mixed)",
        "age_group": "Adult / minor",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where detected",
        "transit_countries": "Route (transit countries)",
        "transport_mode": "Modus (transport)",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Note: provisional figures, OM registration (COMPAS), extracted for JIT partners",
    total="Grand total",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
)
CGPJ = ExaminerSource(
    source="cgpj_cendoj_es",
    filename="cgpj_cendoj_sentencias_bj.xlsx",
    ref="ECLI:ES:AP:{year}:{seq}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "ECLI",
        "event_date": "Fecha de los hechos",
        "crime_type": "Delito (precepto CP)",
        "exploitation": "Finalidad de la trata",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº acusados",
        "gender": "Sexo víctimas (H/M/Ambos)",
        "age_group": "Edad víctimas (mayores/menores)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de los hechos",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: CENDOJ. Extracción provisional de resoluciones; datos no definitivos",
    total="TOTAL",
    bad_count=("varios", "un grupo", "numerosos"),
    repeats=False,
)
IBERRED = ExaminerSource(
    source="iberred_comjib",
    filename="iberred_comjib_bj.jsonl",
    ref="IBR-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_solicitud",
        "event_date": "fecha_hechos",
        "crime_type": "tipo_delictivo",
        "exploitation": "modalidad_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_imputados",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_hechos",
        "transit_countries": "paises_transito",
        "transport_mode": "via",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo", "numerosos"),
    repeats=True,
)

#: The five sources of the set, in the order of the submissions.
BLIND60_SOURCES: tuple[ExaminerSource, ...] = (JUNALCO, BELGIAN, DUTCH, CGPJ, IBERRED)

_PRIMARY = {
    "FRA": JUNALCO.source,
    "GBR": BELGIAN.source,
    "ESP": CGPJ.source,
    "PAN": IBERRED.source,
    "USA": IBERRED.source,
}
_SECONDARY = {
    ("channel", "FRA"): BELGIAN.source,
    ("channel", "GBR"): JUNALCO.source,
    ("thb_vnm_gbr", "GBR"): DUTCH.source,
    ("thb_nga_ita", "ITA"): BELGIAN.source,
    ("thb_rou_esp", "ESP"): DUTCH.source,
    ("thb_rou_esp", "ITA"): CGPJ.source,
    ("wbal", "HRV"): BELGIAN.source,
}

# --------------------------------------------------------------------------------------
# Country wording (this examiner's own tables)
# --------------------------------------------------------------------------------------
_FR_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d'Ivoire",),
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
    "GIN": ("Guinée", "Guinée (Conakry)"),
    "GMB": ("Gambie",),
    "GRC": ("Grèce",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatie",),
    "HTI": ("Haïti",),
    "HUN": ("Hongrie",),
    "IRN": ("Iran",),
    "IRQ": ("Irak", "Iraq"),
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
    "RUS": ("Russie", "Fédération de Russie"),
    "SEN": ("Sénégal",),
    "SRB": ("Serbie",),
    "SYR": ("Syrie",),
    "TUN": ("Tunisie",),
    "TUR": ("Turquie",),
    "USA": ("États-Unis", "Etats-Unis"),
    "VEN": ("Venezuela", "Vénézuéla"),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
#: French demonyms: (masculine, feminine).
_FR_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_ES_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia-Herzegovina",),
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
    "MLI": ("Malí", "Mali"),
    "MRT": ("Mauritania",),
    "NER": ("Níger",),
    "NGA": ("Nigeria",),
    "PAK": ("Pakistán",),
    "PAN": ("Panamá",),
    "POL": ("Polonia",),
    "ROU": ("Rumanía",),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU."),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
#: Latin American spellings that differ from Spain's (IberRed's staff).
_LATAM_COUNTRY: dict[str, tuple[str, ...]] = {
    "USA": ("Estados Unidos de América", "Estados Unidos", "EUA"),
    "ROU": ("Rumania",),
    "BGD": ("Bangladesh",),
}
#: Spanish demonyms: (masculine, feminine).
_ES_DEMONYM: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GIN": ("guineano", "guineana"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
_EN_COUNTRY: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China",),
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
    "GBR": ("United Kingdom", "UK"),
    "GIN": ("Guinea", "Guinea (Conakry)"),
    "GMB": ("Gambia", "The Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran", "Iran (Islamic Republic of)"),
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
    "TUR": ("Türkiye", "Turkey"),
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Viet Nam", "Vietnam"),
    "YEM": ("Yemen",),
}
_EN_DEMONYM: dict[str, str] = {
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

# --------------------------------------------------------------------------------------
# Months and quarters
# --------------------------------------------------------------------------------------
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
_ES_MON = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_FR_QUARTER = ("1er", "2e", "3e", "4e")
_ES_QUARTER = ("primer", "segundo", "tercer", "cuarto")
_ROMAN = ("I", "II", "III", "IV")
_EN_QUARTER = ("1st", "2nd", "3rd", "4th")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, options: _Opt) -> str | None:
    """Draw one of ``options`` (which may hold None) uniformly."""
    return options[int(rng.integers(len(options)))]


def _as_int(value: object) -> int:
    return int(cast(int, value))


def _as_float(value: object) -> float:
    return float(cast(float, value))


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    """First day of the day, month or quarter of ``ts``."""
    if precision == "month":
        return ts.to_period("M").start_time
    if precision == "quarter":
        return ts.to_period("Q").start_time
    return ts.normalize()


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _dms(value: float, pos: str, neg: str) -> tuple[int, int, int, str, float]:
    """Degrees, minutes, whole seconds, hemisphere and the value they give."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    sign = -1.0 if value < 0 else 1.0
    return deg, mins, secs, (neg if value < 0 else pos), sign * (deg + mins / 60 + secs / 3600)


def _ddm(value: float, pos: str, neg: str) -> tuple[int, float, str, float]:
    """Degrees, decimal minutes (3 decimals), hemisphere and the value they give."""
    total = round(abs(value) * 60_000)
    deg, rest = divmod(total, 60_000)
    mins = rest / 1000
    sign = -1.0 if value < 0 else 1.0
    return deg, mins, (neg if value < 0 else pos), sign * (deg + mins / 60)


def _name(rng: _Rng, code: str, table: dict[str, tuple[str, ...]]) -> str:
    options = table.get(code)
    return choice(rng, options) if options else code


def _join(parts: list[str], sep: str) -> str:
    return sep.join(parts)


# --------------------------------------------------------------------------------------
# Styles: how each source writes a field
# --------------------------------------------------------------------------------------
class _Style:
    """How one source writes the fields of an event (words, dates, numbers, places)."""

    partial_rate = 0.07
    exploitation: ClassVar[dict[str, tuple[str, ...]]] = {}
    no_exploitation: _Opt = (None,)
    gender_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    age_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    age_na: tuple[str, ...] = ("n/a",)
    transport_words: ClassVar[dict[str, tuple[str, ...]]] = {}
    transport_na: tuple[str, ...] = ("n/a",)
    offence_words: ClassVar[dict[str, tuple[str, ...]]] = {}
    offence_seps: tuple[str, ...] = (", ",)
    no_offence: _Opt = (None,)
    no_transit: _Opt = (None,)
    coords_placeholder: tuple[str, ...] = ("unknown",)

    def date(self, rng: _Rng, ts: pd.Timestamp, precision: str) -> object:
        """Return the date cell of ``ts`` at ``precision``."""
        raise NotImplementedError

    def crime(self, rng: _Rng, crime: str, ts: pd.Timestamp, expl: str | None) -> str:
        """Return the offence cell."""
        raise NotImplementedError

    def persons(self, rng: _Rng, n: int) -> tuple[object, int | None, list[str]]:
        """Return the count cell, its expected value and tags."""
        raise NotImplementedError

    def suspects(self, rng: _Rng, k: int) -> tuple[object, int | None, list[str]]:
        """Return the suspects cell, its expected value and tags."""
        raise NotImplementedError

    def country(self, rng: _Rng, code: str, role: str, female: bool) -> tuple[str, list[str]]:
        """Return a country cell for ``role`` (nationality, origin, destination, detection)."""
        raise NotImplementedError

    def transit(self, rng: _Rng, codes: list[str]) -> str:
        """Return the transit cell of a non-empty route."""
        raise NotImplementedError

    def coords(
        self, rng: _Rng, lat: float, lon: float
    ) -> tuple[dict[str, object], float | None, float | None, list[str]]:
        """Return the coordinate cells, the expected point and tags."""
        raise NotImplementedError

    def transport(self, rng: _Rng, mode: str, corridor: str) -> str:
        """Return the transport cell of a known mode."""
        return choice(rng, self.transport_words[mode])


def _coords_gap(
    rng: _Rng, style: _Style, keys: tuple[str, ...]
) -> tuple[dict[str, object], list[str]] | None:
    """Sometimes no coordinates: a placeholder or empty cells; else None."""
    r = rng.random()
    if r < 0.02:
        word = choice(rng, style.coords_placeholder)
        return dict.fromkeys(keys, word), ["coords_placeholder"]
    if r < 0.05:
        return dict.fromkeys(keys), ["coords_missing"]
    return None


class _Junalco(_Style):
    """Parquet de Paris, JUNALCO: French prosecutors' case-tracking sheet (cp1252)."""

    exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("exploitation sexuelle", "proxénétisme / prostitution", "prostitution"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
    }
    no_exploitation: _Opt = (None, None, None, "sans objet", "-")
    gender_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "male": (("homme", "H", "masculin"), ("hommes", "H", "masculin")),
        "female": (("femme", "F", "féminin"), ("femmes", "F", "féminin")),
        "mixed": (("mixte",), ("mixte", "H/F", "hommes et femmes")),
    }
    age_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "adult": (("majeur", "majeure"), ("majeurs", "adultes", "majeur(s)")),
        "child": (("mineur", "MNA"), ("mineurs", "MNA", "mineurs non accompagnés")),
        "mixed": (("mixte",), ("majeurs et mineurs", "mixte")),
    }
    age_na: tuple[str, ...] = ("non renseigné",)
    transport_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "sea": (
            "small boat",
            "embarcation pneumatique",
            "traversée maritime (small boat)",
            "bateau",
            "voie maritime",
        ),
        "land": ("poids lourd", "camion (PL)", "véhicule léger", "camionnette", "voie terrestre"),
        "air": ("voie aérienne", "vol commercial", "avion"),
    }
    transport_na: tuple[str, ...] = ("non renseigné",)
    offence_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "document_fraud": ("faux et usage de faux", "fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    }
    offence_seps: tuple[str, ...] = (" ; ", " + ", ", ")
    no_offence: _Opt = (None, None, None, "néant")
    no_transit: _Opt = (None, None, None, "direct")
    coords_placeholder: tuple[str, ...] = ("non géolocalisé", "inconnu")

    def date(self, rng: _Rng, ts: pd.Timestamp, precision: str) -> object:
        """Date des faits."""
        month = _FR_MONTHS[ts.month - 1]
        if precision == "month":
            return choice(rng, (f"courant {month} {ts.year}", f"{month} {ts.year}", f"{ts:%m/%Y}"))
        if precision == "quarter":
            q = _quarter(ts)
            return choice(rng, (f"{_FR_QUARTER[q - 1]} trimestre {ts.year}", f"T{q} {ts.year}"))
        day = "1er" if ts.day == 1 else str(ts.day)
        r = rng.random()
        if r < 0.55:
            return f"{ts:%d/%m/%Y}"
        if r < 0.70:
            return f"{ts:%d/%m/%y}"
        if r < 0.82:
            return f"{day} {month} {ts.year}"
        if r < 0.92:
            return f"le {day} {month} {ts.year}"
        return f"{ts:%d.%m.%Y}"

    def crime(self, rng: _Rng, crime: str, ts: pd.Timestamp, expl: str | None) -> str:
        """Qualification with its article (the CESEDA article of the date)."""
        art, aggr = ("L.823-1", "L.823-3") if ts >= _RECODIFICATION else ("L.622-1", "L.622-5")
        if crime == "smuggling":
            return choice(
                rng,
                (
                    f"Aide à l'entrée irrégulière d'étrangers (art. {art} CESEDA)",
                    f"Aide à l'entrée, à la circulation et au séjour irréguliers - art. {art} "
                    "CESEDA",
                    f"Aide au séjour irrégulier en bande organisée ({aggr} CESEDA)",
                    "Aide à l'entrée irrégulière (CESEDA)",
                ),
            )
        if crime == "trafficking":
            return choice(
                rng,
                (
                    "Traite des êtres humains (art. 225-4-1 C. pén.)",
                    "TEH",
                    "Traite des êtres humains aggravée (art. 225-4-2 CP)",
                    "Traite des êtres humains en bande organisée (225-4-3 CP)",
                ),
            )
        return choice(
            rng,
            (
                f"TEH + aide à l'entrée irrégulière (225-4-1 CP / {art} CESEDA)",
                "Traite des êtres humains ; aide au séjour irrégulier",
                f"Traite des êtres humains et aide à l'entrée irrégulière ({art} CESEDA)",
            ),
        )

    def persons(self, rng: _Rng, n: int) -> tuple[object, int | None, list[str]]:
        """Nb victimes / migrants."""
        r = rng.random()
        if r < 0.02:
            return choice(rng, ("n.c.", "NC", "inconnu")), None, ["count_placeholder"]
        if n >= 1000:
            return _thousands(n, choice(rng, ("\xa0", " ", ""))), n, ["thousands"]
        if r < 0.05:
            return f"{n} pers.", n, ["count_unit"]
        return str(n), n, []

    def suspects(self, rng: _Rng, k: int) -> tuple[object, int | None, list[str]]:
        """Nb MEC."""
        if rng.random() < 0.025:
            return choice(rng, ("inconnu", "n.c.")), None, ["suspects_placeholder"]
        if k == 0 and rng.random() < 0.35:
            return choice(rng, ("néant", "aucun")), 0, ["zero_word"]
        return str(k), k, []

    def country(self, rng: _Rng, code: str, role: str, female: bool) -> tuple[str, list[str]]:
        """French names, demonyms, capitals, a few mojibake cells."""
        tags: list[str] = []
        r = rng.random()
        if role == "nationality" and code in _FR_DEMONYM and r < 0.5:
            text = _FR_DEMONYM[code][1 if female else 0]
            tags.append("demonym")
        elif role == "destination" and code == "GBR" and r < 0.4:
            text = choice(rng, ("Angleterre", "UK"))
        elif role == "detection" and r < 0.15:
            text = iso_codes(code)[0]
            tags.append("iso2")
        else:
            text = _name(rng, code, _FR_COUNTRY)
        if rng.random() < 0.1:
            text = text.upper()
            tags.append("upper")
        if role in ("nationality", "origin") and rng.random() < 0.04:
            garbled = mojibake(text)
            if garbled is not None and fits(garbled, JUNALCO):
                text = garbled
                tags.append("mojibake")
        return text, tags

    def transit(self, rng: _Rng, codes: list[str]) -> str:
        """Itinéraire: names joined, sometimes ``via``."""
        names = [_name(rng, c, _FR_COUNTRY) for c in codes]
        if len(names) == 1 and rng.random() < 0.3:
            return f"via {names[0]}"
        return _join(names, choice(rng, (" > ", ", ", " - ")))

    def coords(
        self, rng: _Rng, lat: float, lon: float
    ) -> tuple[dict[str, object], float | None, float | None, list[str]]:
        """One column: DMS, decimal comma or nautical degrees and decimal minutes."""
        gap = _coords_gap(rng, self, ("coordinates",))
        if gap is not None:
            return gap[0], None, None, gap[1]
        r = rng.random()
        if r < 0.4:
            d1, m1, s1, h1, v1 = _dms(lat, "N", "S")
            d2, m2, s2, h2, v2 = _dms(lon, "E", "O")
            text = f"{d1}°{m1:02d}'{s1:02d}\" {h1}, {d2}°{m2:02d}'{s2:02d}\" {h2}"
            return {"coordinates": text}, v1, v2, ["coords_dms"]
        if r < 0.75:
            la, lo = round(lat, 5), round(lon, 5)
            text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
            return {"coordinates": text}, la, lo, ["decimal_comma"]
        d1, mm1, h1, v1 = _ddm(lat, "N", "S")
        d2, mm2, h2, v2 = _ddm(lon, "E", "O")
        text = f"{h1} {d1:02d}°{mm1:06.3f}' {h2} {d2:03d}°{mm2:06.3f}'".replace(".", ",")
        return {"coordinates": text}, v1, v2, ["coords_ddm"]


class _Belgian(_Style):
    """Belgian federal prosecutor: bilingual headers, French values, UTF-16 tab export."""

    exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("exploitation sexuelle", "exploitation sexuelle (prostitution)"),
        "forced_labour": (
            "exploitation économique - horeca",
            "exploitation économique (construction)",
            "exploitation économique - agriculture",
            "exploitation économique - nettoyage",
            "exploitation économique",
        ),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre un crime ou un délit"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    }
    no_exploitation: _Opt = (None, None, "n.a.")
    gender_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "male": (("M", "masculin"), ("M", "masculin")),
        "female": (("F", "féminin"), ("F", "féminin")),
        "mixed": (("M/F",), ("M/F", "mixte", "M+F")),
    }
    age_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "adult": (("majeur", "adulte"), ("majeurs", "adultes")),
        "child": (("mineur", "MENA"), ("mineurs", "MENA")),
        "mixed": (("mixte",), ("majeurs et mineurs", "mixte")),
    }
    age_na: tuple[str, ...] = ("n.a.",)
    transport_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "sea": ("bateau", "voie maritime", "embarcation pneumatique"),
        "land": ("camion", "camionnette", "voiture", "voie terrestre", "train"),
        "air": ("avion", "voie aérienne"),
    }
    transport_na: tuple[str, ...] = ("n.a.",)
    offence_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "document_fraud": ("faux en écritures (art. 193 C.P.)", "usage de faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment (art. 505 C.P.)", "blanchiment"),
        "illicit_goods": ("contrebande", "trafic de stupéfiants"),
        "cybercrime": ("criminalité informatique",),
        "terrorism": ("terrorisme",),
    }
    offence_seps: tuple[str, ...] = (" / ", " ; ")
    no_offence: _Opt = (None,)
    no_transit: _Opt = (None, None, "néant")
    coords_placeholder: tuple[str, ...] = ("inconnu", "n.a.")

    def date(self, rng: _Rng, ts: pd.Timestamp, precision: str) -> object:
        """Date des faits / Datum feiten."""
        if precision == "month":
            return choice(rng, (f"{ts:%m/%Y}", f"{_FR_MONTHS[ts.month - 1]} {ts.year}"))
        if precision == "quarter":
            q = _quarter(ts)
            return choice(rng, (f"{_FR_QUARTER[q - 1]} trim. {ts.year}", f"T{q}/{ts.year}"))
        r = rng.random()
        if r < 0.5:
            return f"{ts:%d/%m/%Y}"
        if r < 0.7:
            return f"{ts:%d-%m-%Y}"
        if r < 0.87:
            return f"{ts:%d.%m.%Y}"
        return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"

    def crime(self, rng: _Rng, crime: str, ts: pd.Timestamp, expl: str | None) -> str:
        """Prévention: traite (433quinquies) vs trafic (77bis), with the Dutch word."""
        if crime == "smuggling":
            return choice(
                rng,
                (
                    "Trafic d'êtres humains / Mensensmokkel",
                    "Trafic d'êtres humains (art. 77bis L. 15.12.1980)",
                    "Art. 77bis loi du 15/12/1980 (trafic d'êtres humains)",
                    "Mensensmokkel / trafic des êtres humains (art. 77bis)",
                ),
            )
        if crime == "trafficking":
            return choice(
                rng,
                (
                    "Traite des êtres humains / Mensenhandel",
                    "Traite des êtres humains (art. 433quinquies C.P.)",
                    "Art. 433quinquies Code pénal (traite)",
                    "Mensenhandel / traite des êtres humains",
                ),
            )
        return choice(
            rng,
            (
                "Traite et trafic d'êtres humains / Mensenhandel en mensensmokkel",
                "Art. 433quinquies C.P. (traite) + art. 77bis L. 15.12.1980 (trafic)",
                "Traite des êtres humains et trafic d'êtres humains (433quinquies C.P. ; 77bis)",
            ),
        )

    def persons(self, rng: _Rng, n: int) -> tuple[object, int | None, list[str]]:
        """Nbre de personnes: dot thousands."""
        if rng.random() < 0.02:
            return choice(rng, ("inconnu / onbekend", "inconnu")), None, ["count_placeholder"]
        if n >= 1000:
            return _thousands(n, choice(rng, (".", ".", " "))), n, ["thousands"]
        return str(n), n, []

    def suspects(self, rng: _Rng, k: int) -> tuple[object, int | None, list[str]]:
        """Nbre de suspects."""
        if rng.random() < 0.025:
            return "inconnu", None, ["suspects_placeholder"]
        if k == 0 and rng.random() < 0.3:
            return choice(rng, ("néant", "aucun")), 0, ["zero_word"]
        return str(k), k, []

    def country(self, rng: _Rng, code: str, role: str, female: bool) -> tuple[str, list[str]]:
        """French names and demonyms (Belgian usage)."""
        if role == "nationality" and code in _FR_DEMONYM and rng.random() < 0.4:
            return _FR_DEMONYM[code][1 if female else 0], ["demonym"]
        if role == "detection" and rng.random() < 0.2:
            return iso_codes(code)[0], ["iso2"]
        return _name(rng, code, _FR_COUNTRY), []

    def transit(self, rng: _Rng, codes: list[str]) -> str:
        """Pays de transit."""
        names = [_name(rng, c, _FR_COUNTRY) for c in codes]
        return _join(names, choice(rng, (" / ", ", ")))

    def coords(
        self, rng: _Rng, lat: float, lon: float
    ) -> tuple[dict[str, object], float | None, float | None, list[str]]:
        """Latitude and longitude columns with decimal commas."""
        gap = _coords_gap(rng, self, ("lat", "lon"))
        if gap is not None:
            return gap[0], None, None, gap[1]
        digits = 5 if rng.random() < 0.6 else 4
        la, lo = round(lat, digits), round(lon, digits)
        cells: dict[str, object] = {
            "lat": f"{la:.{digits}f}".replace(".", ","),
            "lon": f"{lo:.{digits}f}".replace(".", ","),
        }
        return cells, la, lo, ["decimal_comma"]


class _Dutch(_Style):
    """Dutch OM, English JIT digest (UTF-8 with BOM)."""

    exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("sexual exploitation", "sexual", "prostitution"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("criminal exploitation", "forced criminality"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other exploitation"),
    }
    no_exploitation: _Opt = (None, None, "n/a", "not applicable")
    gender_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "male": (("M", "male"), ("M", "male", "men")),
        "female": (("F", "female"), ("F", "female", "women")),
        "mixed": (("mixed",), ("mixed", "M/F", "men and women")),
    }
    age_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "adult": (("adult", "18+"), ("adults", "adult", "18+")),
        "child": (("minor", "UAM"), ("minors", "UAM", "under 18")),
        "mixed": (("mixed",), ("adults and minors", "mixed")),
    }
    age_na: tuple[str, ...] = ("n/a",)
    transport_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "sea": ("rubber dinghy", "small boat", "fishing vessel", "sailing yacht", "by sea"),
        "land": ("lorry", "HGV", "van", "car", "on foot", "by land", "train"),
        "air": ("commercial flight", "by air", "plane"),
    }
    transport_na: tuple[str, ...] = ("n/a",)
    offence_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "document_fraud": ("document fraud (Art. 225 Sr)", "forgery of documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering (Art. 420bis Sr)", "money laundering"),
        "illicit_goods": ("drugs trafficking", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorist offence",),
    }
    offence_seps: tuple[str, ...] = ("; ", " & ")
    no_offence: _Opt = (None, None, "none")
    no_transit: _Opt = (None, None, "direct")
    coords_placeholder: tuple[str, ...] = ("unknown", "n/k")

    def date(self, rng: _Rng, ts: pd.Timestamp, precision: str) -> object:
        """Date of offence (dd-mm-yyyy as the header says, or written out)."""
        month = MONTHS[ts.month - 1]
        if precision == "month":
            return choice(rng, (f"{month} {ts.year}", f"{month[:3]}-{ts.year}"))
        if precision == "quarter":
            q = _quarter(ts)
            return choice(
                rng,
                (f"Q{q} {ts.year}", f"{ts.year} Q{q}", f"{_EN_QUARTER[q - 1]} quarter {ts.year}"),
            )
        r = rng.random()
        if r < 0.45:
            return f"{ts:%d-%m-%Y}"
        if r < 0.7:
            return f"{ts.day} {month} {ts.year}"
        if r < 0.85:
            return f"{ts.day} {month[:3]} {ts.year}"
        return f"{ts:%Y-%m-%d}"

    def crime(self, rng: _Rng, crime: str, ts: pd.Timestamp, expl: str | None) -> str:
        """Offence by Dutch Criminal Code article."""
        if crime == "smuggling":
            return choice(
                rng,
                (
                    "Human smuggling (Art. 197a Sr)",
                    "Art. 197a DCC - people smuggling",
                    "mensensmokkel (197a Sr)",
                    "Migrant smuggling, art. 197a Sr",
                ),
            )
        if crime == "trafficking":
            return choice(
                rng,
                (
                    "Human trafficking (Art. 273f Sr)",
                    "Art. 273f DCC - trafficking in human beings",
                    "mensenhandel (273f Sr)",
                    "THB, art. 273f Sr",
                ),
            )
        return choice(
            rng,
            (
                "Art. 197a + 273f Sr (smuggling and trafficking)",
                "Human trafficking & smuggling (273f / 197a Sr)",
                "mensenhandel en mensensmokkel (273f, 197a Sr)",
            ),
        )

    def persons(self, rng: _Rng, n: int) -> tuple[object, int | None, list[str]]:
        """No. of victims / smuggled persons."""
        if rng.random() < 0.02:
            return choice(rng, ("unknown", "n/k", "not known")), None, ["count_placeholder"]
        if n >= 1000 and rng.random() < 0.7:
            return _thousands(n, ","), n, ["thousands"]
        return str(n), n, []

    def suspects(self, rng: _Rng, k: int) -> tuple[object, int | None, list[str]]:
        """No. of suspects."""
        if rng.random() < 0.025:
            return choice(rng, ("unknown", "n/k")), None, ["suspects_placeholder"]
        if k == 0 and rng.random() < 0.35:
            return choice(rng, ("none", "nil")), 0, ["zero_word"]
        return str(k), k, []

    def country(self, rng: _Rng, code: str, role: str, female: bool) -> tuple[str, list[str]]:
        """UN-style names, demonyms, ISO3 codes."""
        r = rng.random()
        if role == "nationality" and code in _EN_DEMONYM and r < 0.45:
            return _EN_DEMONYM[code], ["demonym"]
        if r > 0.88:
            return code, ["iso3"]
        return _name(rng, code, _EN_COUNTRY), []

    def transit(self, rng: _Rng, codes: list[str]) -> str:
        """Route: ISO3 codes with dashes or names."""
        if rng.random() < 0.35:
            return "-".join(codes)
        names = [_name(rng, c, _EN_COUNTRY) for c in codes]
        return _join(names, choice(rng, (", ", " > ")))

    def coords(
        self, rng: _Rng, lat: float, lon: float
    ) -> tuple[dict[str, object], float | None, float | None, list[str]]:
        """Location (lat, long): decimal, hemisphere letters or degrees and minutes."""
        gap = _coords_gap(rng, self, ("coordinates",))
        if gap is not None:
            return gap[0], None, None, gap[1]
        r = rng.random()
        if r < 0.45:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
        if r < 0.7:
            la, lo = round(lat, 4), round(lon, 4)
            h1 = "N" if la >= 0 else "S"
            h2 = "E" if lo >= 0 else "W"
            text = f"{abs(la):.4f} {h1}, {abs(lo):.4f} {h2}"
            return {"coordinates": text}, la, lo, ["hemisphere"]
        d1, mm1, h1, v1 = _ddm(lat, "N", "S")
        d2, mm2, h2, v2 = _ddm(lon, "E", "W")
        text = f"{h1} {d1:02d}°{mm1:06.3f}' {h2} {d2:03d}°{mm2:06.3f}'"
        return {"coordinates": text}, v1, v2, ["coords_ddm"]


class _Cgpj(_Style):
    """CGPJ / CENDOJ judgments extract (XLSX, Spanish)."""

    exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("explotación sexual", "explotación sexual (prostitución)"),
        "forced_labour": ("trabajos o servicios forzados", "explotación laboral"),
        "forced_criminality": ("realización de actividades delictivas", "actividades delictivas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras", "otras formas de explotación"),
    }
    no_exploitation: _Opt = (None, None, "no procede")
    gender_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "male": (("H", "hombre", "varón"), ("H", "hombres", "varones")),
        "female": (("M", "mujer"), ("M", "mujeres")),
        "mixed": (("Ambos",), ("Ambos", "ambos sexos", "H y M")),
    }
    age_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "adult": (("mayor de edad", "adulto"), ("mayores de edad", "adultos")),
        "child": (("menor de edad", "MENA"), ("menores", "menores de edad", "MENA")),
        "mixed": (("ambos",), ("menores y adultos", "ambos")),
    }
    age_na: tuple[str, ...] = ("no aplica",)
    transport_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "sea": ("patera", "cayuco", "embarcación neumática", "neumática", "lancha"),
        "land": (
            "vehículo",
            "camión",
            "a pie",
            "autobús",
            "vía terrestre",
            "oculto en los bajos de un camión",
        ),
        "air": ("vuelo comercial", "avión", "vía aérea"),
    }
    transport_na: tuple[str, ...] = ("no consta",)
    offence_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "document_fraud": ("falsedad documental", "falsificación de documento oficial"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo (art. 301 CP)"),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    }
    offence_seps: tuple[str, ...] = (", ", "; ")
    no_offence: _Opt = (None, None, None, "no constan")
    no_transit: _Opt = (None, None, "directo")
    #: Letter of paragraph 1 of art. 177 bis CP giving the purpose of the trafficking.
    _letter: ClassVar[dict[str, str]] = {
        "forced_labour": "a",
        "sexual": "b",
        "forced_criminality": "c",
        "organ_removal": "d",
        "forced_marriage": "e",
    }

    def date(self, rng: _Rng, ts: pd.Timestamp, precision: str) -> object:
        """Real Excel dates, Excel serials, text dates, partial dates."""
        month = _ES_MONTHS[ts.month - 1]
        if precision == "month":
            return choice(rng, (f"{month} de {ts.year}", f"{ts:%m/%Y}"))
        if precision == "quarter":
            q = _quarter(ts)
            return choice(rng, (f"{_ES_QUARTER[q - 1]} trimestre de {ts.year}", f"{ts.year}T{q}"))
        r = rng.random()
        day = ts.normalize()
        if r < 0.6:
            return day.to_pydatetime()
        if r < 0.7:
            return int((day - _EXCEL_EPOCH).days)
        if r < 0.85:
            return f"{ts:%d/%m/%Y}"
        return f"{ts.day} de {month} de {ts.year}"

    def crime(self, rng: _Rng, crime: str, ts: pd.Timestamp, expl: str | None) -> str:
        """Delito by Penal Code article (318 bis, 177 bis)."""
        if crime == "smuggling":
            return choice(
                rng,
                (
                    "Art. 318 bis CP",
                    "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                    "Favorecimiento de la inmigración ilegal (art. 318 bis 1 CP)",
                    "art. 318 bis 1 y 3 CP",
                ),
            )
        if crime == "trafficking":
            options = [
                "Trata de seres humanos (art. 177 bis CP)",
                "Art. 177 bis CP",
                "Delito de trata de seres humanos",
            ]
            letter = self._letter.get(expl or "")
            if letter is not None:
                options.append(f"art. 177 bis 1 {letter}) CP")
            return choice(rng, options)
        return choice(
            rng,
            (
                "Arts. 177 bis y 318 bis CP",
                "Trata de seres humanos en concurso con delito contra los derechos de los "
                "ciudadanos extranjeros",
                "Trata de seres humanos (177 bis) y favorecimiento de la inmigración ilegal "
                "(318 bis)",
            ),
        )

    def persons(self, rng: _Rng, n: int) -> tuple[object, int | None, list[str]]:
        """Numbers in the sheet, some as text."""
        r = rng.random()
        if r < 0.02:
            return choice(rng, ("no consta", "s/d")), None, ["count_placeholder"]
        if n >= 1000 and r < 0.6:
            return _thousands(n, "."), n, ["thousands"]
        if r < 0.06:
            return f"{n} ocupantes" if n > 1 else "1 ocupante", n, ["count_unit"]
        return n, n, []

    def suspects(self, rng: _Rng, k: int) -> tuple[object, int | None, list[str]]:
        """Nº acusados."""
        if rng.random() < 0.025:
            return "no consta", None, ["suspects_placeholder"]
        if k == 0 and rng.random() < 0.3:
            return "ninguno", 0, ["zero_word"]
        return k, k, []

    def country(self, rng: _Rng, code: str, role: str, female: bool) -> tuple[str, list[str]]:
        """Spanish names and demonyms."""
        if role == "nationality" and code in _ES_DEMONYM and rng.random() < 0.55:
            return _ES_DEMONYM[code][1 if female else 0], ["demonym"]
        return _name(rng, code, _ES_COUNTRY), []

    def transit(self, rng: _Rng, codes: list[str]) -> str:
        """Names, the last joined with ``y``."""
        names = [_name(rng, c, _ES_COUNTRY) for c in codes]
        if len(names) > 1 and rng.random() < 0.5 and not any(" y " in n for n in names):
            return ", ".join(names[:-1]) + " y " + names[-1]
        return _join(names, choice(rng, (", ", " - ")))

    def coords(
        self, rng: _Rng, lat: float, lon: float
    ) -> tuple[dict[str, object], float | None, float | None, list[str]]:
        """Judgments give no coordinates."""
        return {}, None, None, ["coords_missing"]


class _IberRed(_Style):
    """IberRed / COMJIB cooperation-request register (JSON lines, Latin American usage)."""

    exploitation: ClassVar[dict[str, tuple[str, ...]]] = {
        "sexual": ("explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("trabajo forzoso", "explotación laboral", "trabajos forzados"),
        "forced_criminality": (
            "actividades delictivas forzadas",
            "explotación en actividades delictivas",
        ),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra", "otros fines de explotación"),
    }
    no_exploitation: _Opt = (None, None, "no aplica")
    gender_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "male": (("masculino", "hombre"), ("masculino", "hombres")),
        "female": (("femenino", "mujer"), ("femenino", "mujeres")),
        "mixed": (("mixto",), ("mixto", "ambos sexos")),
    }
    age_words: ClassVar[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
        "adult": (("adulto", "mayor de edad"), ("adultos", "mayores de edad")),
        "child": (
            ("NNA", "menor de edad"),
            ("NNA", "menores de edad", "niñas, niños y adolescentes"),
        ),
        "mixed": (("mixto",), ("adultos y NNA", "mixto")),
    }
    age_na: tuple[str, ...] = ("no aplica",)
    transport_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "sea": ("marítima", "vía marítima", "lancha", "embarcación"),
        "land": ("terrestre", "vía terrestre", "a pie"),
        "air": ("aérea", "vía aérea", "vuelo comercial"),
    }
    #: Land words of one corridor: the Darién jungle is crossed on foot, the US border
    #: also in trucks and cars.
    land_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "darien": ("a pie por la selva", "a pie (selva del Darién)"),
        "us_mex": ("tractocamión", "vehículo particular", "autobús", "a pie (desierto)"),
    }
    transport_na: tuple[str, ...] = ("no aplica",)
    offence_words: ClassVar[dict[str, tuple[str, ...]]] = {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("lavado de activos", "lavado de dinero"),
        "illicit_goods": ("contrabando", "narcotráfico"),
        "cybercrime": ("delitos cibernéticos",),
        "terrorism": ("terrorismo",),
    }
    offence_seps: tuple[str, ...] = (", ", " / ")
    no_offence: _Opt = (None,)
    no_transit: _Opt = (None,)
    coords_placeholder: tuple[str, ...] = ("sin dato", "ND")

    def date(self, rng: _Rng, ts: pd.Timestamp, precision: str) -> object:
        """ISO dates, day-first text, partial ISO months, Roman quarters."""
        if precision == "month":
            return choice(rng, (f"{ts:%Y-%m}", f"{_ES_MONTHS[ts.month - 1]} {ts.year}"))
        if precision == "quarter":
            q = _quarter(ts)
            return choice(rng, (f"{_ROMAN[q - 1]} trimestre {ts.year}", f"T{q}-{ts.year}"))
        r = rng.random()
        if r < 0.5:
            return f"{ts:%Y-%m-%d}"
        if r < 0.65:
            return f"{ts:%Y-%m-%d}T00:00:00"
        if r < 0.9:
            return f"{ts:%d/%m/%Y}"
        return f"{ts.day:02d}-{_ES_MON[ts.month - 1]}-{ts.year}"

    def crime(self, rng: _Rng, crime: str, ts: pd.Timestamp, expl: str | None) -> str:
        """Tipo delictivo in the Palermo protocols' words."""
        if crime == "smuggling":
            return choice(
                rng,
                (
                    "Tráfico ilícito de migrantes",
                    "Tráfico ilícito de migrantes (TIM)",
                    "TIM",
                    "Tráfico de migrantes",
                    "Delito de tráfico ilícito de migrantes",
                ),
            )
        if crime == "trafficking":
            return choice(
                rng,
                (
                    "Trata de personas",
                    "Trata de personas con fines de explotación",
                    "Delito de trata",
                ),
            )
        return choice(
            rng,
            (
                "Trata de personas y tráfico ilícito de migrantes",
                "Trata de personas / TIM",
                "Tráfico ilícito de migrantes y trata de personas",
            ),
        )

    def persons(self, rng: _Rng, n: int) -> tuple[object, int | None, list[str]]:
        """JSON numbers; Latin American thousands comma in text."""
        if rng.random() < 0.02:
            return choice(rng, ("ND", "s/d", "sin dato")), None, ["count_placeholder"]
        if n >= 1000 and rng.random() < 0.6:
            return _thousands(n, ","), n, ["thousands"]
        if rng.random() < 0.1:
            return str(n), n, ["count_text"]
        return n, n, []

    def suspects(self, rng: _Rng, k: int) -> tuple[object, int | None, list[str]]:
        """Num imputados."""
        if rng.random() < 0.025:
            return choice(rng, ("ND", "sin dato")), None, ["suspects_placeholder"]
        if k == 0 and rng.random() < 0.3:
            return choice(rng, ("ninguno", "sin imputados")), 0, ["zero_word"]
        return k, k, []

    def country(self, rng: _Rng, code: str, role: str, female: bool) -> tuple[str, list[str]]:
        """ISO alpha-2, Latin American names and demonyms."""
        r = rng.random()
        if role == "detection" and r < 0.6:
            return iso_codes(code)[0], ["iso2"]
        if role == "nationality" and code in _ES_DEMONYM and r < 0.45:
            return _ES_DEMONYM[code][1 if female else 0], ["demonym"]
        if r > 0.8:
            return iso_codes(code)[0], ["iso2"]
        if code in _LATAM_COUNTRY:
            return choice(rng, _LATAM_COUNTRY[code]), []
        return _name(rng, code, _ES_COUNTRY), []

    def transit(self, rng: _Rng, codes: list[str]) -> str:
        """ISO alpha-2 lists or names."""
        if rng.random() < 0.4:
            return ", ".join(iso_codes(c)[0] for c in codes)
        names = [_name(rng, c, _ES_COUNTRY | _LATAM_COUNTRY) for c in codes]
        return _join(names, choice(rng, (" - ", " / ")))

    def transport(self, rng: _Rng, mode: str, corridor: str) -> str:
        """Vía, with the land words of the corridor."""
        words = self.transport_words[mode]
        if mode == "land":
            words = (*words, *self.land_words.get(corridor, ()))
        return choice(rng, words)

    def coords(
        self, rng: _Rng, lat: float, lon: float
    ) -> tuple[dict[str, object], float | None, float | None, list[str]]:
        """JSON numbers or DMS text."""
        gap = _coords_gap(rng, self, ("lat", "lon"))
        if gap is not None:
            return gap[0], None, None, gap[1]
        if rng.random() < 0.7:
            la, lo = round(lat, 5), round(lon, 5)
            return {"lat": la, "lon": lo}, la, lo, []
        d1, m1, s1, h1, v1 = _dms(lat, "N", "S")
        d2, m2, s2, h2, v2 = _dms(lon, "E", "O" if rng.random() < 0.3 else "W")
        cells: dict[str, object] = {
            "lat": f"{d1}°{m1:02d}'{s1:02d}\"{h1}",
            "lon": f"{d2}°{m2:02d}'{s2:02d}\"{h2}",
        }
        return cells, v1, v2, ["coords_dms"]


_STYLES: dict[str, _Style] = {
    JUNALCO.source: _Junalco(),
    BELGIAN.source: _Belgian(),
    DUTCH.source: _Dutch(),
    CGPJ.source: _Cgpj(),
    IBERRED.source: _IberRed(),
}


# --------------------------------------------------------------------------------------
# Rendering one event
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style = _STYLES[src.source]
    ts = pd.Timestamp(cast(pd.Timestamp, ev["event_date"]))
    exp: dict[str, object] = {f: ev.get(f) for f in _FIELDS}
    cells: dict[str, object] = {}
    tags: list[str] = []

    precision = "day"
    if partial_ok and rng.random() < style.partial_rate:
        precision = "month" if rng.random() < 0.6 else "quarter"
        tags.append(f"partial_{precision}")
    cells["event_date"] = style.date(rng, ts, precision)
    exp["event_date"] = _start(ts, precision)
    exp["date_precision"] = precision

    crime = str(ev["crime_type"])
    expl = None if ev.get("exploitation") is None else str(ev["exploitation"])
    cells["crime_type"] = style.crime(rng, crime, ts, expl)
    cells["exploitation"] = (
        _pick(rng, style.no_exploitation) if expl is None else choice(rng, style.exploitation[expl])
    )

    n = _as_int(ev["n_persons"])
    cells["n_persons"], exp["n_persons"], more = style.persons(rng, n)
    tags += more
    cells["n_suspects"], exp["n_suspects"], more = style.suspects(rng, _as_int(ev["n_suspects"]))
    tags += more

    gender = str(ev["gender"])
    one, several = style.gender_words[gender]
    cells["gender"] = choice(rng, one if n == 1 else several)
    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"] = choice(rng, style.age_na)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        one, several = style.age_words[age]
        cells["age_group"] = choice(rng, one if n == 1 else several)

    female = gender == "female"
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        code = ev.get(col)
        if code is None:
            cells[col] = None
            continue
        cells[col], more = style.country(rng, str(code), role, female)
        tags += more

    transit = ev.get("transit_countries")
    if transit is None:
        cells["transit_countries"] = _pick(rng, style.no_transit)
    else:
        cells["transit_countries"] = style.transit(rng, str(transit).split("|"))

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, style.transport_na)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = style.transport(rng, mode, str(ev["corridor"]))

    coords, exp["lat"], exp["lon"], more = style.coords(
        rng, _as_float(ev["lat"]), _as_float(ev["lon"])
    )
    cells.update(coords)
    tags += more

    offences = ev.get("linked_offences")
    if offences is None:
        cells["linked_offences"] = _pick(rng, style.no_offence)
    else:
        words = [choice(rng, style.offence_words[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _join(words, choice(rng, style.offence_seps))

    if forced_blank is not None:
        _blank(src, forced_blank, cells, exp, tags)
    for col, value in cells.items():  # every cell must go into the file's encoding
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{src.filename}: {col} cell {value!r} does not fit {src.encoding}")
    return cells, exp, tags


def _blank(
    src: ExaminerSource,
    field: str,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Leave blank the field a second report omits; expect no value (gender: unknown)."""
    tags.append(f"blank_{field}")
    if field == "coordinates":
        for key in ("coordinates", "lat", "lon"):
            if key in src.headers:
                cells[key] = None
        exp["lat"] = exp["lon"] = None
    elif field == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells[field] = None
        exp[field] = None


# --------------------------------------------------------------------------------------
# Bad dates and note rows
# --------------------------------------------------------------------------------------
def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine (no, impossible or future date)."""
    y = ts.year
    future = ts.replace(year=y + 10, day=min(ts.day, 28))
    if src is CGPJ:
        if kind == "no_date":
            return _pick(rng, (None, None, "s/f", "no consta"))
        if kind == "bad_date":
            return choice(rng, (f"31/02/{y}", f"30 de febrero de {y}", f"31/04/{y}"))
        return future.to_pydatetime() if rng.random() < 0.5 else f"{future:%d/%m/%Y}"
    if src is IBERRED:
        if kind == "no_date":
            return _pick(rng, (None, None, "s/f"))
        if kind == "bad_date":
            return choice(rng, (f"{y}-02-30", f"{y}-13-{ts.day:02d}", f"31/06/{y}"))
        return f"{future:%Y-%m-%d}"
    if src is DUTCH:
        if kind == "no_date":
            return _pick(rng, (None, None, "unknown"))
        if kind == "bad_date":
            return choice(rng, (f"31-02-{y}", f"{y}-02-30", f"31-04-{y}"))
        return f"{future:%d-%m-%Y}"
    sep = "/" if src is JUNALCO else choice(rng, ("/", "-", "."))
    if kind == "no_date":
        return _pick(rng, (None, None, "inconnue"))
    if kind == "bad_date":
        return choice(rng, (f"31{sep}02{sep}{y}", f"30{sep}02{sep}{y}", f"31{sep}06{sep}{y}"))
    return f"{future:%d}{sep}{future:%m}{sep}{future.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the extraction date written on the source's note row."""
    if src is CGPJ:
        return dt.datetime(last.year, last.month, last.day)
    if src is DUTCH:
        return f"{last:%d-%m-%Y}"
    if src is IBERRED:
        return f"{last:%Y-%m-%d}"
    return f"{last:%d/%m/%Y}"


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND60_SOURCES,
    primary=_PRIMARY,
    compilation=DUTCH.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6060,
    blank_share=0.35,
)


def make_blind60(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind60`` examiner set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``junalco_parquet_paris_bj.csv`` (French, cp1252, ``;``),
        ``parquet_federal_be_bj.csv`` (French values, bilingual headers, UTF-16, tab),
        ``om_landelijk_parket_bj.csv`` (English, UTF-8 with BOM, ``,``),
        ``cgpj_cendoj_sentencias_bj.xlsx`` (Spanish) and ``iberred_comjib_bj.jsonl``
        (Spanish keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind60(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['junalco_parquet_paris_bj.csv', 'parquet_federal_be_bj.csv',
     'om_landelijk_parket_bj.csv', 'cgpj_cendoj_sentencias_bj.xlsx',
     'iberred_comjib_bj.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
