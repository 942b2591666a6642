"""Examiner set ``blind109``: five agencies, files ``*_dg.*``, written blind to the cleaner.

Three German-speaking services write English or French exports of the route events they
follow (Balkan, eastern and central Mediterranean, Belarus-Poland and Channel routes), and
two Spanish-language offices write the Darién / US-Mexico and Spanish events. Each source
keeps its own header wording, date styles, country names, legal references and
placeholders; the tables below are this module's own. A reader's guide:

``bpold_muenchen_dg.csv`` -- Bundespolizeidirektion München (German Federal Police, Munich
    directorate), liaison digest of the Italian and Polish events it follows, and second
    reports of Balkan and eastern Mediterranean events. English values under bilingual
    German / English headers (``Az. / File ref.``, ``Tatzeit / Date of detection``,
    ``Anz. TV / No. of suspects``). cp1252, ``;`` delimiter, CRLF. Dates day-first with
    dots (``14.03.2022``, ``4.3.2022``, ``14.03.22``), now and then ISO; partial dates
    ``03/2022``, ``March 2022``, ``Q1/2022``, ``1st qtr. 2022``. Offences by German law
    (``§ 96 AufenthG``, ``§§ 96, 97 AufenthG``, ``§ 232 StGB``, ``§ 232a StGB`` for
    forced prostitution, ``§ 232b StGB`` for forced labour). Counts with a dot as
    thousands separator (``1.250``); ``k. A.`` / ``n/k`` / ``unknown`` for a count not
    known; ``none`` / ``nil`` / ``keine`` for no suspect. Age ``UMA`` (unaccompanied
    minors), ``18+``, ``<18``. Nationalities as names, demonyms, ISO3 codes, upper case,
    some mojibake; transit as names or ISO2 codes (``TR-BG-RS``). One location column,
    decimal commas with hemisphere letters (``45,12345 N / 15,87654 E``) or degrees and
    decimal minutes (``N 45° 07,407' E 015° 52,593'``). Re-sends a few rows.
``lpd_burgenland_dg.xlsx`` -- Landespolizeidirektion Burgenland, Landeskriminalamt
    (Austria), Balkan-route and eastern Mediterranean events (and second reports of
    Belarus-Poland ones). English with Austrian terms (``GZ``, ``Aufgriff``,
    ``Schlepperei``, ``UMF`` for unaccompanied minors). XLSX: dates as real Excel dates,
    as bare Excel serial numbers (``44634``) or as text (``14.03.2022``,
    ``14 Mar 2022``); partial ``March 2022``, ``03/2022``, ``Q3 2022``,
    ``3rd quarter 2022``. Offences ``§ 114 FPG`` (smuggling), ``§ 104a StGB``
    (trafficking), ``§ 217 StGB`` (cross-border prostitution trafficking). Counts as
    numbers, ``n.k.`` / ``not established`` when not known. Latitude and longitude as
    numbers, some as degrees-minutes-seconds text.
``cgfr_bale_dg.jsonl`` -- Swiss Grenzwachtkorps / Corps des gardes-frontière, Région I
    Bâle: French digest of the Channel (France / United Kingdom) events, of any event no
    other source covers, and second reports of Italian and western Mediterranean ones.
    JSON lines, UTF-8, French keys (``no_dossier``, ``date_constat``, ``nb_personnes``).
    Dates as ISO timestamps with the Swiss offset (``2022-03-14T09:35:00+01:00``), Swiss
    dotted dates, French month names (``14 mars 2022``); partial ``mars 2022``,
    ``2022-03``, ``T1 2022``, ``1er trimestre 2022``. Offences by Swiss, French or UK law
    (``art. 116 LEI``, ``L823-1 CESEDA``, ``L622-1 CESEDA``, ``art. 225-4-1 CP``,
    ``s. 25 Immigration Act 1971``), ``TEH`` for trafficking. Counts as numbers or text,
    large ones with the Swiss apostrophe (``1'250``, ``1’250``); ``inconnu`` / ``n.c.`` /
    ``indéterminé``; ``aucun`` / ``néant`` for no suspect; ``MNA`` for unaccompanied
    minors. Positions as signed decimals, nautical degrees and decimal minutes or
    degrees-minutes-seconds. Re-sends a few lines.
``csn_panama_dg.csv`` -- Consejo de Seguridad Nacional de Panamá, analysis desk: Darién and
    US-Mexico border events. Spanish; UTF-16 with BOM, tab-delimited (Excel "Unicode
    text"). Dates ``14/03/2022``, ``14-mar-2022``, ``14 de marzo de 2022``, ISO; partial
    ``marzo 2022``, ``mar-2022``, Roman-numeral quarters (``I trimestre 2022``,
    ``III trim. 2022``), ``T3-2022``. Offences ``TIM`` (tráfico ilícito de migrantes),
    ``art. 456-F CP``, ``art. 456-A CP`` / ``Ley 79 de 2011`` (trata), ``8 USC 1324``,
    ``18 USC 1591``. Counts with comma thousands (``1,250``), ``s/d`` / ``ND`` /
    ``no determinado``; ``NNA`` for children; ``Rep. Bolivariana de Venezuela``,
    ``EE. UU.``. Coordinates in Google style: degrees-minutes-seconds
    (``8°16'35.2"N 77°48'12.0"W``) or signed decimals.
``bka_vb_madrid_dg.csv`` -- BKA liaison officer (Verbindungsbeamter) Madrid: table of Spanish
    events as received from the Spanish counterparts (and second reports of the Romanian
    network's Italian events), in Spanish. UTF-8 without BOM, ``|`` delimiter. Dates
    ``14/03/2022``, ``14-03-2022``, ``14/03/22``, ``14 mar. 2022``; partial
    ``marzo de 2022``, ``03/2022``, ``1T/2022``, ``1.er trimestre 2022``,
    ``primer trimestre 2022``. Offences ``art. 318 bis CP`` (favorecimiento de la
    inmigración ilegal), ``art. 177 bis CP`` / ``TSH`` (trata). Counts with a dot as
    thousands separator; ``MENA`` for unaccompanied minors; ``patera``, ``cayuco``,
    ``salto de valla``; ``Guinea Conakry``, ``Costa de Marfil``; some mojibake.
    Latitude and longitude in two columns with decimal commas, or degrees-minutes-seconds
    with ``O`` (oeste) for west.

Every source writes an empty row (CSV), a note row and a total row; bad rows (no date,
impossible or future date, negative or unreadable count) are planted by
:mod:`trendlib.samples._examiner`.
"""

from __future__ import annotations

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

__all__ = ["BLIND109_SOURCES", "make_blind109"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_BPOLD = "bpold_muenchen_dg"
_LPD = "lpd_burgenland_dg"
_GWK = "cgfr_bale_dg"
_CSN = "csn_panama_dg"
_BKA = "bka_vb_madrid_dg"

BLIND109_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_BPOLD,
        filename="bpold_muenchen_dg.csv",
        ref="BPOLD M-ST3 {seq:05d}/{yy:02d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="en",
        headers={
            "source_ref": "Az. / File ref.",
            "event_date": "Tatzeit / Date of detection",
            "crime_type": "Delikt / Offence (legal basis)",
            "exploitation": "Ausbeutungsform / Form of exploitation",
            "n_persons": "Anz. Geschleuste/Opfer / No. of persons",
            "n_suspects": "Anz. TV / No. of suspects",
            "gender": "Geschlecht / Sex",
            "age_group": "Alter / Age group",
            "nationality": "StA / Nationality",
            "origin_country": "Herkunftsstaat / Country of origin",
            "transit_countries": "Transitstaaten / Transit (in order)",
            "destination_country": "Zielstaat / Destination",
            "detection_country": "Feststellungsstaat / Country of detection",
            "transport_mode": "Beförderungsmittel / Means of transport",
            "coordinates": "Tatort WGS84 / Location (lat / lon)",
            "linked_offences": "Begleitdelikte / Related offences",
        },
        note="Hinweis / note: vorläufige Daten, provisional data - not for release",
        total="Summe / Total",
        bad_count=("several", "mehrere", "group"),
        repeats=True,
    ),
    ExaminerSource(
        source=_LPD,
        filename="lpd_burgenland_dg.xlsx",
        ref="LKA-B/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "GZ (Ref. no.)",
            "event_date": "Date of apprehension (Aufgriff)",
            "crime_type": "Offence (FPG/StGB)",
            "exploitation": "Exploitation",
            "n_persons": "Persons smuggled / victims",
            "n_suspects": "Smugglers / suspects",
            "gender": "Sex",
            "age_group": "Age",
            "nationality": "Citizenship",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "detection_country": "Country of apprehension",
            "transit_countries": "Route (transit countries)",
            "transport_mode": "Mode of travel",
            "lat": "Lat (WGS84, dec. deg.)",
            "lon": "Long (WGS84, dec. deg.)",
            "linked_offences": "Other offences",
        },
        note="Note: LKA Bgld evaluation, data as of export - subject to change",
        total="TOTAL (Σ)",
        bad_count=("several", "a group", "numerous"),
        repeats=False,
    ),
    ExaminerSource(
        source=_GWK,
        filename="cgfr_bale_dg.jsonl",
        ref="GWK-R1-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "no_dossier",
            "event_date": "date_constat",
            "crime_type": "infraction",
            "exploitation": "forme_exploitation",
            "n_persons": "nb_personnes",
            "n_suspects": "nb_passeurs_suspects",
            "gender": "sexe",
            "age_group": "classe_age",
            "nationality": "nationalite",
            "origin_country": "pays_provenance",
            "destination_country": "pays_destination",
            "detection_country": "pays_constatation",
            "transit_countries": "pays_transit",
            "transport_mode": "moyen_transport",
            "coordinates": "position_wgs84",
            "linked_offences": "infractions_connexes",
        },
        note="Remarque : données provisoires, état de la base Cgfr Région I",
        total="Total général",
        bad_count=("plusieurs", "groupe", "nombreux"),
        repeats=True,
    ),
    ExaminerSource(
        source=_CSN,
        filename="csn_panama_dg.csv",
        ref="CSN-DA-{year}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "N° de caso",
            "event_date": "Fecha del hecho",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cant. migrantes / víctimas",
            "n_suspects": "Cant. aprehendidos",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de procedencia",
            "destination_country": "País de destino",
            "detection_country": "País del hecho",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas (GMS / decimales)",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares sujetas a revisión",
        total="TOTAL GENERAL",
        bad_count=("varios", "grupo", "numerosos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_BKA,
        filename="bka_vb_madrid_dg.csv",
        ref="VB-MAD/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-8",
        delimiter="|",
        language="es",
        headers={
            "source_ref": "Nº atestado / Ref. VB",
            "event_date": "Fecha hechos",
            "crime_type": "Tipología penal",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas (víctimas / migrantes)",
            "n_suspects": "Nº detenidos / investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "transit_countries": "Países tránsito",
            "destination_country": "País destino",
            "detection_country": "País intervención",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos",
        },
        note="Nota: datos facilitados por las contrapartes, pendientes de validación",
        total="Total",
        bad_count=("varios", "un grupo", "numerosas"),
        repeats=False,
    ),
)
_BY_NAME = {s.source: s for s in BLIND109_SOURCES}

#: Detection country -> the source that first reports its events.
_PRIMARY = {
    "ITA": _BPOLD,
    "POL": _BPOLD,
    "GRC": _LPD,
    "HRV": _LPD,
    "FRA": _GWK,
    "GBR": _GWK,
    "PAN": _CSN,
    "USA": _CSN,
    "ESP": _BKA,
}
#: (corridor, detection country) -> the source that may report the event again.
_SECONDARY = {
    ("wbal", "HRV"): _BPOLD,
    ("emed", "GRC"): _BPOLD,
    ("blr_pol", "POL"): _LPD,
    ("cmed", "ITA"): _GWK,
    ("thb_nga_ita", "ITA"): _GWK,
    ("wmed", "ESP"): _GWK,
    ("thb_rou_esp", "ITA"): _BKA,
    ("thb_rou_esp", "ESP"): _BPOLD,
}

# --------------------------------------------------------------------------------------
# Countries: names, demonyms (masculine, feminine) in the three languages
# --------------------------------------------------------------------------------------
_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Belarus",),
    "CHN": ("China", "PR China"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Cameroon",),
    "COL": ("Colombia",),
    "DEU": ("Germany", "Fed. Rep. of Germany"),
    "DZA": ("Algeria",),
    "ECU": ("Ecuador",),
    "EGY": ("Egypt",),
    "ERI": ("Eritrea",),
    "ESP": ("Spain",),
    "FRA": ("France",),
    "GBR": ("United Kingdom", "UK", "Great Britain"),
    "GIN": ("Guinea", "Guinea (Conakry)"),
    "GMB": ("Gambia", "The Gambia"),
    "GRC": ("Greece",),
    "GTM": ("Guatemala",),
    "HND": ("Honduras",),
    "HRV": ("Croatia",),
    "HTI": ("Haiti",),
    "HUN": ("Hungary",),
    "IRN": ("Iran",),
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
    "SYR": ("Syria",),
    "TUN": ("Tunisia",),
    "TUR": ("Turkey", "Türkiye"),
    "USA": ("United States", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
_EN_DEM: dict[str, str] = {
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
_FR: dict[str, tuple[str, ...]] = {
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
    "ECU": ("Équateur",),
    "EGY": ("Égypte",),
    "ERI": ("Érythrée",),
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
    "NGA": ("Nigeria",),
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
    "USA": ("États-Unis",),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
_FR_DEM: dict[str, tuple[str, str]] = {
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
_ES: dict[str, tuple[str, ...]] = {
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
    "ROU": ("Rumanía",),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU."),
    "VEN": ("Venezuela", "Rep. Bolivariana de Venezuela"),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}
_ES_DEM: dict[str, tuple[str, str]] = {
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
_NAMES = {"en": _EN, "fr": _FR, "es": _ES}

# --------------------------------------------------------------------------------------
# Value words, per source
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
_EN_ABBR = tuple(m[:3] for m in MONTHS)
_ROMAN = ("I", "II", "III", "IV")
_EN_ORD = ("1st", "2nd", "3rd", "4th")
_ES_ORD = ("primer", "segundo", "tercer", "cuarto")

#: Offence wording: source -> crime type -> options (``{s}``-free), plus the sections that
#: name one form of exploitation (used only when the event's form is that one).
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _BPOLD: {
        "smuggling": (
            "§ 96 AufenthG",
            "Smuggling of migrants (§ 96 AufenthG)",
            "§§ 96, 97 AufenthG - commercial smuggling",
            "Einschleusen von Ausländern (smuggling)",
            "migrant smuggling",
            "facilitation of unauthorised entry",
        ),
        "trafficking": (
            "THB (§ 232 StGB)",
            "Human trafficking",
            "§ 232 StGB",
            "Menschenhandel / trafficking in human beings",
        ),
        "both": (
            "§ 96 AufenthG + § 232 StGB",
            "Smuggling and THB",
            "THB / migrant smuggling (§§ 232 StGB, 96 AufenthG)",
        ),
    },
    _LPD: {
        "smuggling": (
            "§ 114 FPG",
            "Schlepperei (§ 114 FPG)",
            "people smuggling",
            "smuggling of persons § 114 FPG",
            "aggravated smuggling (§ 114 Abs 3 FPG)",
        ),
        "trafficking": (
            "§ 104a StGB",
            "trafficking in human beings (§ 104a StGB)",
            "human trafficking",
        ),
        "both": (
            "§ 114 FPG / § 104a StGB",
            "smuggling & human trafficking",
        ),
    },
    _GWK: {
        "smuggling": (
            "trafic de migrants",
            "aide à l'entrée illégale (art. 116 LEI)",
            "art. 116 LEI",
            "passeurs / trafic de migrants",
        ),
        "trafficking": (
            "traite des êtres humains",
            "TEH",
            "traite d'êtres humains (art. 182 CP)",
        ),
        "both": (
            "traite + trafic de migrants",
            "TEH et aide à l'entrée illégale",
        ),
    },
    _CSN: {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "TIM",
            "tráfico de migrantes",
        ),
        "trafficking": (
            "Trata de personas",
            "TdP",
            "trata de personas",
        ),
        "both": (
            "TIM y trata de personas",
            "trata / tráfico ilícito de migrantes",
        ),
    },
    _BKA: {
        "smuggling": (
            "Art. 318 bis CP",
            "favorecimiento de la inmigración ilegal (318 bis CP)",
            "delito contra los derechos de los ciudadanos extranjeros",
            "tráfico ilícito de migrantes",
            "inmigración ilegal (art. 318 bis)",
        ),
        "trafficking": (
            "Art. 177 bis CP",
            "trata de seres humanos",
            "TSH (177 bis CP)",
        ),
        "both": (
            "177 bis y 318 bis CP",
            "TSH + favorecimiento de la inmigración ilegal",
        ),
    },
}
#: Offence wording tied to the country of detection (the law of the place), per source.
_CRIME_AT: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {
    (_GWK, "FRA"): {
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers (L823-1 CESEDA)",
            "art. L622-1 CESEDA",
        ),
        "trafficking": ("traite (art. 225-4-1 CP)",),
    },
    (_GWK, "GBR"): {
        "smuggling": ("facilitation (s. 25 Immigration Act 1971)",),
        "trafficking": ("traite (Modern Slavery Act 2015)",),
    },
    (_CSN, "PAN"): {
        "smuggling": ("tráfico ilícito de migrantes (art. 456-F CP)", "Art. 456-F C.P."),
        "trafficking": ("trata de personas (art. 456-A CP)", "Ley 79 de 2011 (trata)"),
    },
    (_CSN, "USA"): {
        "smuggling": ("tráfico de migrantes (8 USC 1324)", "8 U.S.C. § 1324"),
    },
}
#: Sections naming a form of exploitation: (source, form) -> trafficking wording.
_CRIME_FORM: dict[tuple[str, str], tuple[str, ...]] = {
    (_BPOLD, "sexual"): ("§ 232a StGB (forced prostitution)",),
    (_BPOLD, "forced_labour"): ("§ 232b StGB (forced labour)",),
    (_LPD, "sexual"): ("§ 217 StGB (cross-border prostitution trafficking)",),
    (_CSN, "sexual"): ("trata con fines sexuales (18 USC 1591)",),
}

_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("sexual exploitation", "sexual", "forced prostitution", "sex. exploitation"),
        "forced_labour": ("labour exploitation", "forced labour", "labour"),
        "forced_criminality": (
            "forced criminality",
            "exploitation in criminal activities",
            "forced criminal activity",
        ),
        "organ_removal": ("organ removal", "removal of organs"),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other form of exploitation"),
    },
    "fr": {
        "sexual": (
            "exploitation sexuelle",
            "prostitution forcée",
            "exploitation de la prostitution",
        ),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual", "prostitución forzada"),
        "forced_labour": ("explotación laboral", "trabajos forzados", "laboral"),
        "forced_criminality": (
            "actividades delictivas",
            "explotación para actividades delictivas",
            "criminalidad forzada",
        ),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otras formas de explotación"),
    },
}
#: Exploitation cell of a pure smuggling row: blank or a "not applicable" word.
_NO_EXPLOIT: dict[str, tuple[str, ...]] = {
    _BPOLD: ("", "", "n/a", "-"),
    _LPD: ("", "", "n/a"),
    _GWK: ("", "sans objet", ""),
    _CSN: ("", "N/A", "no aplica"),
    _BKA: ("", "", "no procede", "—"),
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _BPOLD: {
        "male": ("male", "m", "M", "males"),
        "female": ("female", "f", "F", "females"),
        "mixed": ("mixed", "m/f", "male/female", "M+F"),
    },
    _LPD: {
        "male": ("male", "M", "men"),
        "female": ("female", "F", "women"),
        "mixed": ("mixed", "M/F", "m+f"),
    },
    _GWK: {
        "male": ("masculin", "H", "hommes"),
        "female": ("féminin", "F", "femmes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    _CSN: {
        "male": ("masculino", "masc.", "hombres"),
        "female": ("femenino", "fem.", "mujeres"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
    _BKA: {
        "male": ("varones", "hombre", "masculino"),
        "female": ("mujeres", "mujer", "femenino"),
        "mixed": ("mixto", "ambos", "varones y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _BPOLD: {
        "adult": ("adult", "adults", "18+"),
        "child": ("minor", "minors", "UMA (unaccompanied minors)", "<18"),
        "mixed": ("mixed", "adults + minors", "adults/minors"),
    },
    _LPD: {
        "adult": ("adult", "adults", "of age"),
        "child": ("minor", "UMF", "juveniles"),
        "mixed": ("mixed", "adults and minors", "adults + juveniles"),
    },
    _GWK: {
        "adult": ("majeur", "majeurs", "adultes"),
        "child": ("mineur", "mineurs", "MNA"),
        "mixed": ("mixte", "majeurs et mineurs", "adultes + mineurs"),
    },
    _CSN: {
        "adult": ("adultos", "mayores de edad", "adulto"),
        "child": ("NNA", "menores de edad", "menor"),
        "mixed": ("mixto", "adultos y NNA", "adultos y menores"),
    },
    _BKA: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA", "menor de edad"),
        "mixed": ("mixto", "adultos y menores"),
    },
}
#: "Not recorded / not applicable" words of the age and transport columns.
_NA_WORD: dict[str, tuple[str, ...]] = {
    _BPOLD: ("n/a", "not recorded"),
    _LPD: ("n/a", "not recorded"),
    _GWK: ("non renseigné", "n.r."),
    _CSN: ("no consta", "N/D"),
    _BKA: ("no consta", "sin datos"),
}

_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _BPOLD: {
        "land": ("car", "by car", "van", "HGV/lorry", "on foot", "train", "bus", "land"),
        "sea": ("boat", "rubber dinghy", "sailing yacht", "sea"),
        "air": ("air", "flight", "by air"),
    },
    _LPD: {
        "land": ("car", "van", "lorry", "on foot", "train", "taxi"),
        "sea": ("boat", "dinghy", "sea crossing"),
        "air": ("plane", "air"),
    },
    _GWK: {
        "land": ("terrestre", "véhicule", "poids lourd", "à pied", "train", "autocar"),
        "sea": ("maritime", "small boat", "embarcation pneumatique", "bateau"),
        "air": ("aérien", "vol", "avion"),
    },
    _CSN: {
        "land": ("terrestre", "a pie", "caminando (selva)", "bus", "vehículo", "camión"),
        "sea": ("marítimo", "lancha", "embarcación"),
        "air": ("aéreo", "vuelo"),
    },
    _BKA: {
        "land": ("terrestre", "vehículo", "a pie", "autobús", "camión (oculto)"),
        "sea": ("patera", "neumática", "embarcación", "marítimo", "moto de agua"),
        "air": ("aéreo", "avión", "vuelo"),
    },
}
#: Boats of the Atlantic route, in the Spanish liaison table.
_ATLANTIC_BOATS = ("cayuco", "cayuco", "neumática", "embarcación")
#: Land entries at the Ceuta and Melilla fences, in the Spanish liaison table.
_FENCE_ENTRIES = ("salto de valla", "salto de valla", "vehículo (doble fondo)", "a pie")

_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    _BPOLD: {
        "document_fraud": ("document forgery (§ 267 StGB)", "forged documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering (§ 261 StGB)", "money laundering"),
        "illicit_goods": ("drugs (BtMG)", "contraband cigarettes"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    _LPD: {
        "document_fraud": ("document fraud", "false documents (§ 223 StGB)"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering (§ 165 StGB)", "money laundering"),
        "illicit_goods": ("drug trafficking (SMG)", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    _GWK: {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _CSN: {
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("corrupción de servidores públicos", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    _BKA: {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}
_NO_OFFENCE: dict[str, tuple[str, ...]] = {
    _BPOLD: ("", "", "none", "-"),
    _LPD: ("", "", "none"),
    _GWK: ("", "néant", ""),
    _CSN: ("", "ninguno", ""),
    _BKA: ("", "", "ninguno"),
}
_OFFENCE_JOIN: dict[str, tuple[str, ...]] = {
    _BPOLD: (" + ", ", "),
    _LPD: (", ", " / "),
    _GWK: (", ", " + "),
    _CSN: (", ", " y "),
    _BKA: (", ", " y "),
}
_TRANSIT_SEP: dict[str, tuple[str, ...]] = {
    _BPOLD: (" - ", ", "),
    _LPD: (", ", " / "),
    _GWK: (", ", " > "),
    _CSN: (" - ", ", "),
    _BKA: (", ", ", "),
}
_NO_TRANSIT: dict[str, tuple[str, ...]] = {
    _BPOLD: ("", "-", "none"),
    _LPD: ("", "none"),
    _GWK: ("", "aucun"),
    _CSN: ("", "ninguno"),
    _BKA: ("", "—"),
}

#: Count written when the number of persons is not known, per source.
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    _BPOLD: ("unknown", "n/k", "k. A."),
    _LPD: ("unknown", "n.k.", "not established"),
    _GWK: ("inconnu", "n.c.", "indéterminé"),
    _CSN: ("s/d", "ND", "no determinado"),
    _BKA: ("desconocido", "sin determinar", "s/d"),
}
_SUSPECTS_UNKNOWN: dict[str, tuple[str, ...]] = {
    _BPOLD: ("unknown", "n/k"),
    _LPD: ("unknown", "n.k."),
    _GWK: ("inconnu", "n.c."),
    _CSN: ("s/d", "ND"),
    _BKA: ("desconocido", "s/d"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    _BPOLD: ("none", "nil", "keine"),
    _LPD: ("none", "nil"),
    _GWK: ("aucun", "néant"),
    _CSN: ("ninguno", "sin aprehendidos"),
    _BKA: ("ninguno", "sin detenidos"),
}
_NO_PLACE: dict[str, tuple[str, ...]] = {
    _BPOLD: ("k. A.", "unknown"),
    _LPD: ("n.k.",),
    _GWK: ("non géolocalisé",),
    _CSN: ("sin coordenadas",),
    _BKA: ("no consta",),
}

#: (share of month-only dates, share of quarter-only dates) of first reports.
_PARTIAL: dict[str, tuple[float, float]] = {
    _BPOLD: (0.04, 0.02),
    _LPD: (0.05, 0.025),
    _GWK: (0.04, 0.02),
    _CSN: (0.05, 0.025),
    _BKA: (0.03, 0.02),
}


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    """Draw a key of ``options`` with the given weights."""
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _fit(rng: _Rng, src: ExaminerSource, options: tuple[str, ...]) -> str:
    """Draw one of the options the source's file can hold."""
    ok = tuple(o for o in options if fits(o, src))
    return choice(rng, ok or ("?",))


def _grouped(value: int, sep: str) -> str:
    """``1250`` -> ``1<sep>250``."""
    return f"{value:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _precision(src: ExaminerSource, rng: _Rng, partial_ok: bool) -> str:
    u = float(rng.random())
    p_month, p_quarter = _PARTIAL[src.source]
    if not partial_ok:
        return "day"
    if u < p_quarter:
        return "quarter"
    if u < p_quarter + p_month:
        return "month"
    return "day"


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _date_bpold(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> object:
    if prec == "month":
        tags.append("date_month")
        style = _weighted(rng, (("slash", 0.6), ("name", 0.4)))
        return (
            f"{ts.month:02d}/{ts.year}" if style == "slash" else f"{MONTHS[ts.month - 1]} {ts.year}"
        )
    if prec == "quarter":
        tags.append("date_quarter")
        q = _quarter(ts)
        if rng.random() < 0.6:
            return f"Q{q}/{ts.year}"
        return f"{_EN_ORD[q - 1]} qtr. {ts.year}"
    style = _weighted(rng, (("dot", 0.6), ("short", 0.15), ("yy", 0.15), ("iso", 0.1)))
    tags.append(f"date_{style}")
    if style == "dot":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    if style == "short":
        return f"{ts.day}.{ts.month}.{ts.year}"
    if style == "yy":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year % 100:02d}"
    return ts.strftime("%Y-%m-%d")


def _date_lpd(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> object:
    if prec == "month":
        tags.append("date_month")
        if rng.random() < 0.5:
            return f"{MONTHS[ts.month - 1]} {ts.year}"
        return f"{ts.month:02d}/{ts.year}"
    if prec == "quarter":
        tags.append("date_quarter")
        q = _quarter(ts)
        return f"Q{q} {ts.year}" if rng.random() < 0.5 else f"{_EN_ORD[q - 1]} quarter {ts.year}"
    style = _weighted(rng, (("excel", 0.55), ("serial", 0.2), ("text", 0.15), ("words", 0.1)))
    tags.append(f"date_{style}")
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "text":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    return f"{ts.day} {_EN_ABBR[ts.month - 1]} {ts.year}"


def _date_gwk(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> object:
    if prec == "month":
        tags.append("date_month")
        style = _weighted(rng, (("name", 0.5), ("iso", 0.3), ("dot", 0.2)))
        if style == "name":
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        if style == "iso":
            return f"{ts.year}-{ts.month:02d}"
        return f"{ts.month:02d}.{ts.year}"
    if prec == "quarter":
        tags.append("date_quarter")
        q = _quarter(ts)
        if rng.random() < 0.5:
            return f"T{q} {ts.year}"
        return f"{'1er' if q == 1 else f'{q}e'} trimestre {ts.year}"
    style = _weighted(rng, (("iso_offset", 0.5), ("dot", 0.25), ("words", 0.15), ("iso", 0.1)))
    tags.append(f"date_{style}")
    if style == "iso_offset":  # a local time of day, with the Swiss offset of that day
        minute = int(rng.integers(6 * 60, 22 * 60))
        local = (ts.normalize() + pd.Timedelta(minutes=minute)).tz_localize("Europe/Zurich")
        return local.isoformat()
    if style == "dot":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    if style == "words":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _date_csn(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> object:
    if prec == "month":
        tags.append("date_month")
        style = _weighted(rng, (("name", 0.45), ("abbr", 0.3), ("slash", 0.25)))
        if style == "name":
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}"
        if style == "abbr":
            return f"{_ES_ABBR[ts.month - 1]}-{ts.year}"
        return f"{ts.month:02d}/{ts.year}"
    if prec == "quarter":
        tags.append("date_quarter")
        q = _quarter(ts)
        style = _weighted(rng, (("roman", 0.45), ("roman_abbr", 0.3), ("t", 0.25)))
        if style == "roman":
            return f"{_ROMAN[q - 1]} trimestre {ts.year}"
        if style == "roman_abbr":
            return f"{_ROMAN[q - 1]} trim. {ts.year}"
        return f"T{q}-{ts.year}"
    style = _weighted(rng, (("slash", 0.5), ("abbr", 0.2), ("words", 0.15), ("iso", 0.15)))
    tags.append(f"date_{style}")
    if style == "slash":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if style == "abbr":
        return f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year}"
    if style == "words":
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _date_bka(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> object:
    if prec == "month":
        tags.append("date_month")
        if rng.random() < 0.6:
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}"
        return f"{ts.month:02d}/{ts.year}"
    if prec == "quarter":
        tags.append("date_quarter")
        q = _quarter(ts)
        style = _weighted(rng, (("nt", 0.4), ("ord", 0.3), ("words", 0.3)))
        if style == "nt":
            return f"{q}T/{ts.year}"
        if style == "ord":
            return f"{q}.{'er' if q in (1, 3) else 'º'} trimestre {ts.year}"
        return f"{_ES_ORD[q - 1]} trimestre {ts.year}"
    style = _weighted(rng, (("slash", 0.55), ("dash", 0.15), ("yy", 0.15), ("abbr", 0.15)))
    tags.append(f"date_{style}")
    if style == "slash":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if style == "dash":
        return f"{ts.day:02d}-{ts.month:02d}-{ts.year}"
    if style == "yy":
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
    return f"{ts.day} {_ES_ABBR[ts.month - 1]}. {ts.year}"


_DATE = {_BPOLD: _date_bpold, _LPD: _date_lpd, _GWK: _date_gwk, _CSN: _date_csn, _BKA: _date_bka}


def _day_text(src: ExaminerSource, day: int, month: int, year: int) -> str:
    """Write a day the source's usual way (for impossible and future dates)."""
    if src.source in (_BPOLD, _LPD):
        return f"{day:02d}.{month:02d}.{year}"
    if src.source == _GWK:
        return f"{year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{year}"


_NO_DATE: dict[str, tuple[str | None, ...]] = {
    _BPOLD: (None, None, "k. A.", "unknown"),
    _LPD: (None, None, "n.k."),
    _GWK: (None, None, "date inconnue"),
    _CSN: (None, None, "s/f"),
    _BKA: (None, None, "sin fecha"),
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return an empty, impossible or future date, as the source's clerk types it."""
    if kind == "no_date":
        options = _NO_DATE[src.source]
        return options[int(rng.integers(len(options)))]
    if kind == "bad_date":
        day, month = [(30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11), (12, 13)][
            int(rng.integers(7))
        ]
        return _day_text(src, day, month, ts.year)
    # future: the year's middle digits swapped (2022 -> 2202) or a decade off
    text = str(ts.year)
    year = int(text[0] + text[2] + text[1] + text[3]) if rng.random() < 0.5 else ts.year + 10
    if year <= 2030:
        year = ts.year + 10
    return _day_text(src, ts.day, ts.month, year)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the "as at" date of a source's note row."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return _day_text(src, last.day, last.month, last.year)


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _name(src: ExaminerSource, code: str, rng: _Rng) -> str:
    names = _NAMES[src.language].get(code)
    if not names:
        return code
    return _fit(rng, src, names)


def _demonym(src: ExaminerSource, code: str, gender: str) -> str | None:
    if src.language == "en":
        return _EN_DEM.get(code)
    table = _FR_DEM if src.language == "fr" else _ES_DEM
    pair = table.get(code)
    if pair is None:
        return None
    return pair[1] if gender == "female" else pair[0]


def _garble(src: ExaminerSource, text: str, rng: _Rng, tags: list[str], share: float) -> str:
    """Now and then, a UTF-8 name read as cp1252 (only in the sources that do it)."""
    if src.source not in (_BPOLD, _BKA) or rng.random() >= share:
        return text
    bad = mojibake(text)
    if bad is None or not fits(bad, src):
        return text
    tags.append("mojibake")
    return bad


def _nationality(src: ExaminerSource, code: str, gender: str, rng: _Rng, tags: list[str]) -> str:
    style = _weighted(
        rng,
        {
            _BPOLD: (("name", 0.5), ("demonym", 0.25), ("iso3", 0.15), ("upper", 0.1)),
            _LPD: (("name", 0.45), ("demonym", 0.3), ("iso3", 0.1), ("both", 0.15)),
            _GWK: (("name", 0.45), ("demonym", 0.4), ("iso2", 0.15)),
            _CSN: (("name", 0.4), ("demonym", 0.35), ("iso3", 0.15), ("upper", 0.1)),
            _BKA: (("name", 0.35), ("demonym", 0.5), ("iso3", 0.15)),
        }[src.source],
    )
    if style == "demonym":
        dem = _demonym(src, code, gender)
        if dem is not None and fits(dem, src):
            tags.append("demonym")
            return _garble(src, dem, rng, tags, 0.04)
        style = "name"
    if style == "iso3":
        tags.append("country_code")
        return code
    if style == "iso2":
        tags.append("country_code")
        return iso_codes(code)[0]
    name = _name(src, code, rng)
    if style == "upper":
        tags.append("upper_case")
        return name.upper()
    if style == "both":
        return f"{name} ({code})"
    return _garble(src, name, rng, tags, 0.04)


def _country(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> str:
    u = float(rng.random())
    if u < 0.12:
        tags.append("country_code")
        return code if src.source in (_CSN, _BKA, _LPD) else iso_codes(code)[0]
    return _garble(src, _name(src, code, rng), rng, tags, 0.03)


def _transit(src: ExaminerSource, value: object, rng: _Rng, tags: list[str]) -> str:
    if value is None:
        return choice(rng, _NO_TRANSIT[src.source])
    codes = str(value).split("|")
    if src.source in (_BPOLD, _LPD) and rng.random() < 0.3:
        tags.append("transit_iso2")
        sep = "-" if src.source == _BPOLD else "/"
        return sep.join(iso_codes(c)[0] for c in codes)
    names = [_name(src, c, rng) for c in codes]
    out = choice(rng, _TRANSIT_SEP[src.source]).join(names)
    if src.source == _BKA and len(names) > 1 and rng.random() < 0.5:
        out = ", ".join(names[:-1]) + " y " + names[-1]
    return out


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, decimals: int = 1) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds (rounded) of ``|value|`` and the value they denote."""
    a = abs(value)
    d = int(a)
    minutes = (a - d) * 60
    m = int(minutes)
    s = round((minutes - m) * 60, decimals)
    if s >= 60:
        s, m = 0.0, m + 1
    if m >= 60:
        m, d = 0, d + 1
    back = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return d, m, s, round(back, 7)


def _ddm(value: float, decimals: int = 3) -> tuple[int, float, float]:
    """Degrees and decimal minutes (rounded) of ``|value|`` and the value they denote."""
    a = abs(value)
    d = int(a)
    m = round((a - d) * 60, decimals)
    if m >= 60:
        m, d = 0.0, d + 1
    back = (d + m / 60) * (1 if value >= 0 else -1)
    return d, m, round(back, 7)


def _hemi(value: float, lat: bool, west: str = "W") -> str:
    if lat:
        return "N" if value >= 0 else "S"
    return "E" if value >= 0 else west


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float, float]:
    """Cells of the source's location column(s) and the point they denote."""
    s = src.source
    if s == _BPOLD:
        style = _weighted(rng, (("comma", 0.55), ("ddm", 0.3), ("dot", 0.15)))
        tags.append(f"coords_{style}")
        if style == "comma":
            text = (
                f"{abs(lat):.5f} {_hemi(lat, True)} / {abs(lon):.5f} {_hemi(lon, False)}"
            ).replace(".", ",")
            return {"coordinates": text}, round(lat, 5), round(lon, 5)
        if style == "ddm":
            d1, m1, b1 = _ddm(lat)
            d2, m2, b2 = _ddm(lon)
            text = (
                f"{_hemi(lat, True)} {d1:02d}° {m1:06.3f}' "
                f"{_hemi(lon, False)} {d2:03d}° {m2:06.3f}'"
            )
            return {"coordinates": text.replace(".", ",")}, b1, b2
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if s == _LPD:
        if rng.random() < 0.12:
            tags.append("coords_dms")
            d1, m1, s1, b1 = _dms(lat)
            d2, m2, s2, b2 = _dms(lon)
            return (
                {
                    "lat": f"{d1}°{m1:02d}'{s1:04.1f}\"{_hemi(lat, True)}",
                    "lon": f"{d2}°{m2:02d}'{s2:04.1f}\"{_hemi(lon, False)}",
                },
                b1,
                b2,
            )
        digits = 5 if rng.random() < 0.7 else 4
        tags.append("coords_number")
        return (
            {"lat": round(lat, digits), "lon": round(lon, digits)},
            round(lat, digits),
            round(lon, digits),
        )
    if s == _GWK:
        style = _weighted(rng, (("decimal", 0.5), ("ddm", 0.3), ("dms", 0.2)))
        tags.append(f"coords_{style}")
        if style == "decimal":
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
        if style == "ddm":
            d1, m1, b1 = _ddm(lat)
            d2, m2, b2 = _ddm(lon)
            text = (
                f"{_hemi(lat, True)} {d1:02d}°{m1:06.3f}' {_hemi(lon, False)} {d2:03d}°{m2:06.3f}'"
            )
            return {"coordinates": text}, b1, b2
        d1, mi1, s1, b1 = _dms(lat)
        d2, mi2, s2, b2 = _dms(lon)
        text = (
            f"{d1}°{mi1:02d}'{s1:04.1f}\"{_hemi(lat, True)} "
            f"{d2}°{mi2:02d}'{s2:04.1f}\"{_hemi(lon, False)}"
        )
        return {"coordinates": text}, b1, b2
    if s == _CSN:
        if rng.random() < 0.6:
            tags.append("coords_dms")
            d1, mi1, s1, b1 = _dms(lat)
            d2, mi2, s2, b2 = _dms(lon)
            text = (
                f"{d1}°{mi1:02d}'{s1:04.1f}\"{_hemi(lat, True)} "
                f"{d2}°{mi2:02d}'{s2:04.1f}\"{_hemi(lon, False)}"
            )
            return {"coordinates": text}, b1, b2
        tags.append("coords_decimal")
        return {"coordinates": f"{lat:.6f}, {lon:.6f}"}, round(lat, 6), round(lon, 6)
    # _BKA: two columns, decimal commas or DMS with O for oeste
    if rng.random() < 0.25:
        tags.append("coords_dms_oeste")
        d1, mi1, s1, b1 = _dms(lat)
        d2, mi2, s2, b2 = _dms(lon)
        lat_text = f"{d1}°{mi1:02d}'{s1:04.1f}\" {_hemi(lat, True)}".replace(".", ",")
        lon_text = f"{d2}°{mi2:02d}'{s2:04.1f}\" {_hemi(lon, False, 'O')}".replace(".", ",")
        return {"lat": lat_text, "lon": lon_text}, b1, b2
    tags.append("coords_decimal_comma")
    return (
        {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
        round(lat, 5),
        round(lon, 5),
    )


def _no_coords(src: ExaminerSource, text: str | None) -> dict[str, object]:
    if "coordinates" in src.headers:
        return {"coordinates": text}
    return {"lat": text, "lon": text}


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _crime(src: ExaminerSource, crime: str, form: str | None, det: str, rng: _Rng) -> str:
    options = list(_CRIME[src.source][crime])
    local = _CRIME_AT.get((src.source, det), {}).get(crime, ())
    options += list(local) * 2
    if crime == "trafficking" and form is not None and (src.source != _CSN or det == "USA"):
        options += list(_CRIME_FORM.get((src.source, form), ()))  # US law only for US events
    return _fit(rng, src, tuple(options))


def _count(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write the number of persons the source's way (placeholders are drawn apart)."""
    s = src.source
    if s == _LPD:
        return n
    if s == _GWK:
        if n >= 1000:
            tags.append("count_thousands")
            return _grouped(n, choice(rng, ("'", "'", "’")))
        return n if rng.random() < 0.8 else str(n)
    if n >= 1000:
        tags.append("count_thousands")
        return _grouped(n, "," if s == _CSN else ".")
    return str(n)


def _number(src: ExaminerSource, n: int) -> object:
    return n if src.format != "csv" else str(n)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    s = src.source
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    crime = str(ev["crime_type"])
    form = None if ev["exploitation"] is None else str(ev["exploitation"])
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    gender = str(ev["gender"])
    age = str(ev["age_group"])
    nat = str(ev["nationality"])
    det = str(ev["detection_country"])
    mode = str(ev["transport_mode"])
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    exp: dict[str, object] = {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": crime,
        "exploitation": form,
        "n_persons": n_persons,
        "n_suspects": n_suspects,
        "gender": gender,
        "age_group": age,
        "nationality": nat,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": det,
        "transit_countries": ev["transit_countries"],
        "transport_mode": mode,
        "lat": lat,
        "lon": lon,
        "linked_offences": ev["linked_offences"],
    }
    cells: dict[str, object] = {}

    # date
    prec = _precision(src, rng, partial_ok)
    cells["event_date"] = _DATE[s](ts, prec, rng, tags)
    if prec == "month":
        exp["event_date"] = ts.to_period("M").start_time
    elif prec == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
    exp["date_precision"] = prec

    # offence and form of exploitation
    cells["crime_type"] = _crime(src, crime, form, det, rng)
    if any(k in str(cells["crime_type"]) for k in ("§", "art.", "Art.", "CP", "USC", "U.S.C.")):
        tags.append("legal_ref")
    if form is None:
        cells["exploitation"] = choice(rng, _NO_EXPLOIT[s]) or None
    else:
        cells["exploitation"] = _fit(rng, src, _EXPLOIT[src.language][form])

    # counts
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[s])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n_persons, rng, tags)
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = choice(rng, _SUSPECTS_UNKNOWN[s])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif n_suspects == 0 and rng.random() < 0.35:
        cells["n_suspects"] = choice(rng, _ZERO[s])
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _number(src, n_suspects)

    # people
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[s][gender])
    if rng.random() < 0.015:
        cells["age_group"] = choice(rng, _NA_WORD[s])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[s][age])
        if cells["age_group"] in ("UMA (unaccompanied minors)", "UMF", "MNA", "NNA", "MENA"):
            tags.append("age_jargon")
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, nat, gender, rng, tags)

    # places
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, tags)
    cells["destination_country"] = _country(src, str(ev["destination_country"]), rng, tags)
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags) or None
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, tags)

    # transport
    if rng.random() < 0.012:
        cells["transport_mode"] = choice(rng, _NA_WORD[s])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif s == _BKA and mode == "sea" and ev["corridor"] == "watl":
        cells["transport_mode"] = choice(rng, _ATLANTIC_BOATS)
    elif s == _BKA and mode == "land" and ev["hotspot"] in ("Ceuta", "Melilla"):
        cells["transport_mode"] = choice(rng, _FENCE_ENTRIES)
    else:
        cells["transport_mode"] = _fit(rng, src, _TRANSPORT[s][mode])

    # location
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        if rng.random() < 0.5:
            cells.update(_no_coords(src, choice(rng, _NO_PLACE[s])))
            tags.append("coords_placeholder")
        else:
            cells.update(_no_coords(src, None))
            tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
    else:
        written, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
        cells.update(written)

    # linked offences
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, _NO_OFFENCE[s]) or None
    else:
        words = [_fit(rng, src, _OFFENCE[s][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, _OFFENCE_JOIN[s]).join(words)

    for key, value in cells.items():  # every text cell must fit the file's encoding
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{src.filename}: cell {key}={value!r} does not fit {src.encoding}")
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND109_SOURCES,
    primary=_PRIMARY,
    compilation=_GWK,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=109_109,
    blank_share=0.3,
)


def make_blind109(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind109`` examiner set (files ``*_dg.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``bpold_muenchen_dg.csv`` (English, cp1252, ``;``),
        ``lpd_burgenland_dg.xlsx`` (English), ``cgfr_bale_dg.jsonl`` (French, UTF-8),
        ``csn_panama_dg.csv`` (Spanish, UTF-16, tab) and ``bka_vb_madrid_dg.csv``
        (Spanish, UTF-8, ``|``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind109(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bpold_muenchen_dg.csv', 'lpd_burgenland_dg.xlsx', 'cgfr_bale_dg.jsonl',
     'csn_panama_dg.csv', 'bka_vb_madrid_dg.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
