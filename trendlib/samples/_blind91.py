"""Examiner sample set ``blind91``: five sources written as these agencies write (``*_co.*``).

A held-out set for measuring how the cleaner generalises to wording it was never tuned on.
The shared row machinery (which source reports which event, duplicates, bad rows, garbage
rows, exact repeats) is :mod:`trendlib.samples._examiner`; this module keeps the wording of
its five sources. Reader's guide, source by source:

``cgae_extranjeria`` -- ``abogacia_extranjeria_co.xlsx`` (Spanish; XLSX sheet)
    Register of the Spanish lawyers' duty service for foreigners (Consejo General de la
    Abogacía Española, turno de oficio de extranjería): one row per assistance given to the
    people of a *patera*/*cayuco* arrival or to trafficking victims, merged from the bar
    associations (extra column ``Colegio``: ``ICA Las Palmas``, ``ICA Almería`` ...). First
    reports of every event detected in Spain. Dates are mostly real Excel dates, some bare
    Excel serial numbers (``44927``) and some text (``07/03/2023``, ``7-mar-2023``); a few
    rows copied from older summaries give only a month (``marzo 2023``, ``03/2023``) or a
    quarter (``1T 2023``, ``1.er trimestre 2023``). Crime type as penal-code articles
    (``art. 318 bis CP`` smuggling, ``177 bis CP`` trafficking, both) and the aim of the
    exploitation in its own column (``No procede`` for smuggling). Sex coded ``H``/``M``
    (hombre/mujer: ``M`` is a woman here), ``MENA`` for unaccompanied minors, age
    ``pendiente determinación`` when the age test is pending. Nationalities as Spanish
    names, demonyms (``marroquí``, ``guineana``) or ISO alpha-2 codes. Large counts as text
    with a dot for thousands (``1.204``); ``s/d`` or ``no consta`` when unknown;
    ``ninguno`` detained. No coordinates. Re-sent rows (the same assistance merged twice).

``sinaproc_darien`` -- ``sinaproc_darien_co.csv`` (Spanish; latin-1, ``|``)
    Panama's civil-protection service (SINAPROC), Darién provincial office: upper-case
    export of its incident system. First reports of every event detected in Panama. Dates
    ``14/02/2023``, ``14/02/2023 06:30`` and the Oracle style ``14-FEB-23``, a few in words
    (``14 DE FEBRERO DE 2023``) and month-only rows (``FEBRERO 2023``). Crime type and aim
    of the exploitation in one cell (``TRATA DE PERSONAS - EXPLOTACIÓN LABORAL``,
    ``TRÁFICO ILÍCITO DE MIGRANTES (COYOTAJE)``), sometimes without accents. Sex ``M``/``F``
    (``M`` = masculino here), ``NNA`` (niños, niñas y adolescentes) for minors, nationality
    as upper-case names or demonyms (``VENEZOLANOS``, ``HAITIANA``), origin country and
    destination (``EE.UU.``), commas for thousands (``1,250``), ``S/D`` / ``N/D`` unknowns,
    coordinates in degrees-minutes-seconds (``8°25'12.3"N 77°52'03.1"W``), GPS
    degrees-decimal-minutes (``N08 25.205 W077 52.051``) or decimal degrees; guides
    detained by SENAFRONT as suspects; ``LAVADO DE DINERO`` for money laundering.

``swbsc_sheriffs`` -- ``swbsc_incidents_co.csv`` (English; UTF-16 with BOM, tab)
    Southwestern Border Sheriffs' Coalition incident roll-up, an Excel "Unicode text"
    export, one row per incident from its member offices (column ``Reporting Agency``).
    First reports of every event detected in the USA. Dates month first as the header says
    (``03/14/2023``, ``3/14/23``), ``Mar 14, 2023``, ISO; a few month (``March 2023``) or
    quarter (``Q1 2023``) roll-ups. Offence with statute (``8 USC 1324``, ``Tex. Penal Code
    20.05``, ``A.R.S. 13-2319``, ``20A.02``), exploitation ``Labor``/``Sex``/``N/A``; sex
    ``M``/``F``/``M/F``; ``Juvenile``/``UAC`` for minors; nationality as names, demonyms or
    ISO alpha-3 codes; destination as a US city and state (``Houston, TX``); counts with
    comma thousands, ``unk``/``TBD`` unknowns, ``none`` arrested; latitude and longitude in
    decimal degrees, some longitudes written ``110.94301 W``. Re-sent rows (an agency's
    incidents re-submitted in a later roll-up).

``crs_zone_nord`` -- ``crs_littoral_nord_co.csv`` (French; cp1252, ``;``)
    Compagnies républicaines de sécurité, zone Nord, coastal mission log (main courante,
    ``N° MCI``). First reports of every event detected in France; it also logs some
    crossings that reached the United Kingdom (``Pays: Royaume-Uni``). Dates ``14/03/2023``,
    ``14/03/23``, ``14.03.2023``, ``14 mars 2023``, with the weekday (``mardi 14 mars
    2023``), a few ``mars 2023`` or ``T1 2023``. Qualification by article (``L.622-1
    CESEDA`` before May 2021, ``L.823-1 CESEDA`` after; ``225-4-1 CP`` trafficking),
    ``sans objet`` exploitation for smuggling; sex ``H``/``F``, ``MNA`` minors; feminine
    nationality adjectives (``afghane``, ``érythréenne``), a few UTF-8 values garbled into
    cp1252 (``Ã©rythrÃ©enne``); ``NC`` unknown counts, ``néant`` arrested; positions with
    decimal commas (``50,96123 / 1,85210``) or maritime degrees-decimal-minutes
    (``N 50°57,674' E 001°51,126'``).

``efe_documentacion`` -- ``efe_sucesos_migracion_co.jsonl`` (Spanish; JSON lines, UTF-8)
    News agency documentation desk: a register of migration incidents built from the
    agency's dispatches. First reports of every event detected in Italy, Greece, Croatia,
    Poland and the United Kingdom, and a second report of some events first reported by
    the other four sources (a day apart at most). Dates ISO (``2023-03-14``), ISO with time
    and offset (``2023-03-14T10:25:00+01:00``, daytime so the day never changes), in words
    (``14 de marzo de 2023``) or ``14/3/2023``; some ``marzo de 2023`` or ``primer
    trimestre de 2023``. Crime type and exploitation in one phrase (``trata de personas con
    fines de explotación sexual``, ``tráfico de migrantes``); plural demonyms (``sirios``);
    counts as JSON numbers, some as text (``1.204``, ``sin cifrar``); ``ninguno`` detained;
    latitude and longitude as JSON numbers (null when not geotagged).

Every value is one a competent analyst reads to the recorded expected value; a cell that
says nothing (a placeholder, a "not applicable" word) expects nothing (or ``unknown``).
"""

from __future__ import annotations

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

__all__ = ["BLIND91_SOURCES", "make_blind91"]

_Rng = np.random.Generator
_Out = tuple[dict[str, object], dict[str, object], list[str]]

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_CGAE = ExaminerSource(
    source="cgae_extranjeria",
    filename="abogacia_extranjeria_co.xlsx",
    ref="ASL/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº asistencia",
        "x_colegio": "Colegio",
        "event_date": "Fecha llegada/detención",
        "detection_country": "País",
        "crime_type": "Tipo penal (CP)",
        "exploitation": "Finalidad explotación (art. 177 bis)",
        "n_persons": "Nº personas asistidas",
        "n_suspects": "Detenidos (patrón/captadores)",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino manifestado",
        "transport_mode": "Medio de llegada",
        "linked_offences": "Otros delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por los Colegios",
    total="TOTAL ASISTENCIAS",
    bad_count=("varios", "numerosos", "decenas"),
    repeats=True,
)
_SINAPROC = ExaminerSource(
    source="sinaproc_darien",
    filename="sinaproc_darien_co.csv",
    ref="DAR-{seq:04d}-{yy:02d}",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "N° INFORME",
        "event_date": "FECHA",
        "x_lugar": "LUGAR / COMUNIDAD",
        "detection_country": "PAÍS",
        "crime_type": "TIPO DE CASO",
        "n_persons": "CANT. PERSONAS",
        "n_suspects": "GUÍAS/COYOTES APREHENDIDOS (SENAFRONT)",
        "gender": "SEXO (M/F)",
        "age_group": "GRUPO ETARIO",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS DE ORIGEN",
        "transit_countries": "TRÁNSITO",
        "destination_country": "DESTINO",
        "transport_mode": "MEDIO",
        "coordinates": "COORDENADAS (GPS)",
        "linked_offences": "DELITOS CONEXOS",
    },
    note="NOTA: CIFRAS PRELIMINARES SUJETAS A VERIFICACIÓN CON SNM Y SENAFRONT",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "GRUPO NUMEROSO", "DECENAS"),
    repeats=False,
)
_SHERIFFS = ExaminerSource(
    source="swbsc_sheriffs",
    filename="swbsc_incidents_co.csv",
    ref="SBSC-{yy:02d}-{seq:06d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Incident #",
        "x_agency": "Reporting Agency",
        "event_date": "Incident Date (MM/DD/YYYY)",
        "detection_country": "Country",
        "crime_type": "Offense / Statute",
        "exploitation": "Exploitation Type",
        "n_persons": "# Smuggled / Victims",
        "n_suspects": "# Arrested",
        "gender": "Sex",
        "age_group": "Adult/Juv",
        "nationality": "Nationality",
        "transit_countries": "Transit Countries",
        "destination_country": "Final Destination",
        "transport_mode": "Method",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "linked_offences": "Add'l Charges",
    },
    note="Note: compiled from member agency submissions - subject to revision",
    total="Grand Total",
    bad_count=("several", "multiple", "numerous"),
    repeats=True,
)
_CRS = ExaminerSource(
    source="crs_zone_nord",
    filename="crs_littoral_nord_co.csv",
    ref="{seq:06d}/{year}/CRS-N",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° MCI",
        "event_date": "Date des faits",
        "x_secteur": "Secteur",
        "detection_country": "Pays",
        "crime_type": "Qualification pénale",
        "exploitation": "Finalité (TEH)",
        "n_persons": "Nb personnes",
        "n_suspects": "Passeurs interpellés",
        "gender": "Sexe (H/F)",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité (déclarée)",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "transport_mode": "Mode",
        "coordinates": "Position (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction MCI provisoire - diffusion restreinte",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=False,
)
_EFE = ExaminerSource(
    source="efe_documentacion",
    filename="efe_sucesos_migracion_co.jsonl",
    ref="DOC-EFE-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_doc",
        "event_date": "fecha_suceso",
        "detection_country": "pais",
        "x_lugar": "lugar",
        "crime_type": "delito",
        "n_persons": "personas",
        "n_suspects": "detenidos",
        "gender": "sexo",
        "age_group": "edad",
        "nationality": "nacionalidad",
        "transit_countries": "ruta_transito",
        "transport_mode": "medio",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "otros_delitos",
    },
    note=None,
    total="TOTAL REGISTROS",
    bad_count=("centenares", "decenas", "varios"),
    repeats=False,
)

#: The five sources of the set, in the order their submissions are returned.
BLIND91_SOURCES: tuple[ExaminerSource, ...] = (_CGAE, _SINAPROC, _SHERIFFS, _CRS, _EFE)

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (Spanish name, demonym m. sg., demonym m. pl., demonym f. sg.).
_ES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afganistán", "afgano", "afganos", "afgana"),
    "ALB": ("Albania", "albanés", "albaneses", "albanesa"),
    "BGD": ("Bangladés", "bangladesí", "bangladesíes", "bangladesí"),
    "CHN": ("China", "chino", "chinos", "china"),
    "CIV": ("Costa de Marfil", "marfileño", "marfileños", "marfileña"),
    "CMR": ("Camerún", "camerunés", "cameruneses", "camerunesa"),
    "COL": ("Colombia", "colombiano", "colombianos", "colombiana"),
    "DZA": ("Argelia", "argelino", "argelinos", "argelina"),
    "ECU": ("Ecuador", "ecuatoriano", "ecuatorianos", "ecuatoriana"),
    "EGY": ("Egipto", "egipcio", "egipcios", "egipcia"),
    "ERI": ("Eritrea", "eritreo", "eritreos", "eritrea"),
    "GIN": ("Guinea", "guineano", "guineanos", "guineana"),
    "GMB": ("Gambia", "gambiano", "gambianos", "gambiana"),
    "GTM": ("Guatemala", "guatemalteco", "guatemaltecos", "guatemalteca"),
    "HND": ("Honduras", "hondureño", "hondureños", "hondureña"),
    "HTI": ("Haití", "haitiano", "haitianos", "haitiana"),
    "IRN": ("Irán", "iraní", "iraníes", "iraní"),
    "IRQ": ("Irak", "iraquí", "iraquíes", "iraquí"),
    "MAR": ("Marruecos", "marroquí", "marroquíes", "marroquí"),
    "MEX": ("México", "mexicano", "mexicanos", "mexicana"),
    "MLI": ("Malí", "maliense", "malienses", "maliense"),
    "NGA": ("Nigeria", "nigeriano", "nigerianos", "nigeriana"),
    "PAK": ("Pakistán", "pakistaní", "pakistaníes", "pakistaní"),
    "ROU": ("Rumanía", "rumano", "rumanos", "rumana"),
    "SEN": ("Senegal", "senegalés", "senegaleses", "senegalesa"),
    "SYR": ("Siria", "sirio", "sirios", "siria"),
    "TUN": ("Túnez", "tunecino", "tunecinos", "tunecina"),
    "TUR": ("Turquía", "turco", "turcos", "turca"),
    "VEN": ("Venezuela", "venezolano", "venezolanos", "venezolana"),
    "VNM": ("Vietnam", "vietnamita", "vietnamitas", "vietnamita"),
    "YEM": ("Yemen", "yemení", "yemeníes", "yemení"),
    "AUT": ("Austria", "austriaco", "austriacos", "austriaca"),
    "DEU": ("Alemania", "alemán", "alemanes", "alemana"),
    "ESP": ("España", "español", "españoles", "española"),
    "FRA": ("Francia", "francés", "franceses", "francesa"),
    "GBR": ("Reino Unido", "británico", "británicos", "británica"),
    "GRC": ("Grecia", "griego", "griegos", "griega"),
    "ITA": ("Italia", "italiano", "italianos", "italiana"),
    "POL": ("Polonia", "polaco", "polacos", "polaca"),
    "USA": ("Estados Unidos", "estadounidense", "estadounidenses", "estadounidense"),
    "BLR": ("Bielorrusia", "bielorruso", "bielorrusos", "bielorrusa"),
    "RUS": ("Rusia", "ruso", "rusos", "rusa"),
    "HUN": ("Hungría", "húngaro", "húngaros", "húngara"),
    "LBY": ("Libia", "libio", "libios", "libia"),
    "MRT": ("Mauritania", "mauritano", "mauritanos", "mauritana"),
    "NER": ("Níger", "nigerino", "nigerinos", "nigerina"),
    "BGR": ("Bulgaria", "búlgaro", "búlgaros", "búlgara"),
    "SRB": ("Serbia", "serbio", "serbios", "serbia"),
    "BIH": ("Bosnia y Herzegovina", "bosnio", "bosnios", "bosnia"),
    "MKD": ("Macedonia del Norte", "macedonio", "macedonios", "macedonia"),
    "HRV": ("Croacia", "croata", "croatas", "croata"),
    "PAN": ("Panamá", "panameño", "panameños", "panameña"),
}
#: Other Spanish spellings of a few names, used now and then.
_ES_ALT: dict[str, tuple[str, ...]] = {
    "BGD": ("Bangladesh",),
    "GIN": ("Guinea Conakry", "Guinea-Conakri"),
    "IRQ": ("Iraq",),
    "ROU": ("Rumania",),
    "VNM": ("Viet Nam",),
    "USA": ("EE. UU.", "EE.UU.", "EEUU"),
    "GBR": ("R. Unido",),
    "CIV": ("Côte d'Ivoire",),
}
#: ISO alpha-3 -> (French name, masculine adjective, feminine adjective).
_FR: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "afghan", "afghane"),
    "ALB": ("Albanie", "albanais", "albanaise"),
    "BGD": ("Bangladesh", "bangladais", "bangladaise"),
    "CHN": ("Chine", "chinois", "chinoise"),
    "CIV": ("Côte d'Ivoire", "ivoirien", "ivoirienne"),
    "CMR": ("Cameroun", "camerounais", "camerounaise"),
    "COL": ("Colombie", "colombien", "colombienne"),
    "DZA": ("Algérie", "algérien", "algérienne"),
    "ECU": ("Équateur", "équatorien", "équatorienne"),
    "EGY": ("Égypte", "égyptien", "égyptienne"),
    "ERI": ("Érythrée", "érythréen", "érythréenne"),
    "GIN": ("Guinée", "guinéen", "guinéenne"),
    "GMB": ("Gambie", "gambien", "gambienne"),
    "GTM": ("Guatemala", "guatémaltèque", "guatémaltèque"),
    "HND": ("Honduras", "hondurien", "hondurienne"),
    "HTI": ("Haïti", "haïtien", "haïtienne"),
    "IRN": ("Iran", "iranien", "iranienne"),
    "IRQ": ("Irak", "irakien", "irakienne"),
    "MAR": ("Maroc", "marocain", "marocaine"),
    "MEX": ("Mexique", "mexicain", "mexicaine"),
    "MLI": ("Mali", "malien", "malienne"),
    "NGA": ("Nigeria", "nigérian", "nigériane"),
    "PAK": ("Pakistan", "pakistanais", "pakistanaise"),
    "ROU": ("Roumanie", "roumain", "roumaine"),
    "SEN": ("Sénégal", "sénégalais", "sénégalaise"),
    "SYR": ("Syrie", "syrien", "syrienne"),
    "TUN": ("Tunisie", "tunisien", "tunisienne"),
    "TUR": ("Turquie", "turc", "turque"),
    "VEN": ("Venezuela", "vénézuélien", "vénézuélienne"),
    "VNM": ("Viêt Nam", "vietnamien", "vietnamienne"),
    "YEM": ("Yémen", "yéménite", "yéménite"),
    "AUT": ("Autriche", "autrichien", "autrichienne"),
    "DEU": ("Allemagne", "allemand", "allemande"),
    "ESP": ("Espagne", "espagnol", "espagnole"),
    "FRA": ("France", "français", "française"),
    "GBR": ("Royaume-Uni", "britannique", "britannique"),
    "GRC": ("Grèce", "grec", "grecque"),
    "ITA": ("Italie", "italien", "italienne"),
    "POL": ("Pologne", "polonais", "polonaise"),
    "USA": ("États-Unis", "américain", "américaine"),
    "BLR": ("Biélorussie", "biélorusse", "biélorusse"),
    "RUS": ("Russie", "russe", "russe"),
    "HUN": ("Hongrie", "hongrois", "hongroise"),
    "LBY": ("Libye", "libyen", "libyenne"),
    "MRT": ("Mauritanie", "mauritanien", "mauritanienne"),
    "NER": ("Niger", "nigérien", "nigérienne"),
    "BGR": ("Bulgarie", "bulgare", "bulgare"),
    "SRB": ("Serbie", "serbe", "serbe"),
    "BIH": ("Bosnie-Herzégovine", "bosnien", "bosnienne"),
    "MKD": ("Macédoine du Nord", "macédonien", "macédonienne"),
    "HRV": ("Croatie", "croate", "croate"),
    "PAN": ("Panama", "panaméen", "panaméenne"),
}
#: ISO alpha-3 -> (English name, demonym).
_EN: dict[str, tuple[str, str]] = {
    "AFG": ("Afghanistan", "Afghan"),
    "ALB": ("Albania", "Albanian"),
    "BGD": ("Bangladesh", "Bangladeshi"),
    "CHN": ("China", "Chinese"),
    "CIV": ("Ivory Coast", "Ivorian"),
    "CMR": ("Cameroon", "Cameroonian"),
    "COL": ("Colombia", "Colombian"),
    "DZA": ("Algeria", "Algerian"),
    "ECU": ("Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Egyptian"),
    "ERI": ("Eritrea", "Eritrean"),
    "GIN": ("Guinea", "Guinean"),
    "GMB": ("Gambia", "Gambian"),
    "GTM": ("Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduran"),
    "HTI": ("Haiti", "Haitian"),
    "IRN": ("Iran", "Iranian"),
    "IRQ": ("Iraq", "Iraqi"),
    "MAR": ("Morocco", "Moroccan"),
    "MEX": ("Mexico", "Mexican"),
    "MLI": ("Mali", "Malian"),
    "NGA": ("Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistani"),
    "ROU": ("Romania", "Romanian"),
    "SEN": ("Senegal", "Senegalese"),
    "SYR": ("Syria", "Syrian"),
    "TUN": ("Tunisia", "Tunisian"),
    "TUR": ("Turkey", "Turkish"),
    "VEN": ("Venezuela", "Venezuelan"),
    "VNM": ("Vietnam", "Vietnamese"),
    "YEM": ("Yemen", "Yemeni"),
    "AUT": ("Austria", "Austrian"),
    "DEU": ("Germany", "German"),
    "ESP": ("Spain", "Spanish"),
    "FRA": ("France", "French"),
    "GBR": ("United Kingdom", "British"),
    "GRC": ("Greece", "Greek"),
    "ITA": ("Italy", "Italian"),
    "POL": ("Poland", "Polish"),
    "USA": ("United States", "American"),
    "BLR": ("Belarus", "Belarusian"),
    "RUS": ("Russia", "Russian"),
    "HUN": ("Hungary", "Hungarian"),
    "LBY": ("Libya", "Libyan"),
    "MRT": ("Mauritania", "Mauritanian"),
    "NER": ("Niger", "Nigerien"),
    "BGR": ("Bulgaria", "Bulgarian"),
    "SRB": ("Serbia", "Serbian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnian"),
    "MKD": ("North Macedonia", "Macedonian"),
    "HRV": ("Croatia", "Croatian"),
    "PAN": ("Panama", "Panamanian"),
}

#: Spanish month names and the upper-case abbreviations of an Oracle ``DD-MON-RR`` date.
_MESES = (
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
_MES_ABR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MOIS = (
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
_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_TRIM_ES = ("primer", "segundo", "tercer", "cuarto")
_ACCENTS = str.maketrans("ÁÉÍÓÚÜáéíóúü", "AEIOUUaeiouu")

# --------------------------------------------------------------------------------------
# Value wording, by source
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_GENDER: dict[str, _Words] = {
    "cgae_extranjeria": {
        "male": ("H", "H", "Hombres", "varones"),
        "female": ("M", "M", "Mujeres", "mujer"),
        "mixed": ("Mixto", "H y M", "H/M", "Ambos sexos"),
    },
    "sinaproc_darien": {
        "male": ("M", "M", "MASCULINO", "HOMBRES"),
        "female": ("F", "F", "FEMENINO", "MUJERES"),
        "mixed": ("MIXTO", "M/F", "AMBOS SEXOS", "M Y F"),
    },
    "swbsc_sheriffs": {
        "male": ("M", "Male", "M", "male"),
        "female": ("F", "Female", "F"),
        "mixed": ("M/F", "Mixed", "Both", "M & F"),
    },
    "crs_zone_nord": {
        "male": ("H", "H", "hommes", "masculin"),
        "female": ("F", "F", "femmes", "féminin"),
        "mixed": ("H/F", "mixte", "hommes et femmes", "H+F"),
    },
    "efe_documentacion": {
        "male": ("hombres", "varones", "hombres"),
        "female": ("mujeres", "mujeres"),
        "mixed": ("hombres y mujeres", "mixto", "ambos sexos"),
    },
}
_GENDER_ONE: dict[str, _Words] = {  # a single person, where the source says so
    "cgae_extranjeria": {"male": ("H", "varón"), "female": ("M", "mujer")},
    "sinaproc_darien": {"male": ("M", "MASCULINO"), "female": ("F", "FEMENINO")},
    "swbsc_sheriffs": {"male": ("M", "Male"), "female": ("F", "Female")},
    "crs_zone_nord": {"male": ("H", "homme"), "female": ("F", "femme")},
    "efe_documentacion": {"male": ("hombre", "varón"), "female": ("mujer",)},
}
_AGE: dict[str, _Words] = {
    "cgae_extranjeria": {
        "adult": ("Adultos", "Mayores de edad", "+18", "adulto/s"),
        "child": ("Menores", "MENA", "Menor no acompañado", "<18"),
        "mixed": ("Adultos y menores", "Mixto", "Adultos + MENA"),
    },
    "sinaproc_darien": {
        "adult": ("ADULTOS", "MAYORES DE EDAD", "ADULTOS"),
        "child": ("NNA", "MENORES DE EDAD", "NIÑOS, NIÑAS Y ADOLESCENTES"),
        "mixed": ("ADULTOS Y NNA", "MIXTO", "ADULTOS Y MENORES"),
    },
    "swbsc_sheriffs": {
        "adult": ("Adult", "Adults", "ADULT"),
        "child": ("Juvenile", "Minor", "UAC", "Juv"),
        "mixed": ("Adult & Juvenile", "Mixed", "Adults/Juveniles"),
    },
    "crs_zone_nord": {
        "adult": ("majeurs", "adultes", "majeur(s)"),
        "child": ("mineurs", "MNA", "mineur(s)"),
        "mixed": ("majeurs et mineurs", "mixte", "majeurs + mineurs"),
    },
    "efe_documentacion": {
        "adult": ("adultos", "adultos", "mayores de edad"),
        "child": ("menores", "niños", "menores de edad"),
        "mixed": ("adultos y menores", "adultos y niños", "mixto"),
    },
}
_AGE_NA: dict[str, tuple[str, ...]] = {
    "cgae_extranjeria": ("Pendiente determinación edad", "no consta"),
    "sinaproc_darien": ("NO REGISTRADO", "N/D"),
    "swbsc_sheriffs": ("Unk", "Unknown"),
    "crs_zone_nord": ("non déterminé", "NC"),
    "efe_documentacion": ("sin precisar", "no consta"),
}
_MODE: dict[str, _Words] = {
    "cgae_extranjeria": {
        "sea": ("Patera", "Cayuco", "Neumática", "embarcación neumática (zodiac)", "patera"),
        "land": (
            "Salto de valla",
            "Oculto en vehículo",
            "Bajos de camión",
            "Autobús (línea regular)",
            "Furgoneta",
        ),
        "air": ("Avión", "Vía aérea", "Vuelo regular"),
    },
    "sinaproc_darien": {
        "land": ("A PIE", "A PIE (SELVA)", "TERRESTRE", "CAMINANDO", "BUS (TRASLADO ERM)"),
        "sea": ("LANCHA", "VÍA MARÍTIMA", "EMBARCACIÓN (COSTA CARIBE)", "BOTE - VÍA MARÍTIMA"),
        "air": ("AÉREO", "VUELO"),
    },
    "swbsc_sheriffs": {
        "land": ("On foot", "Vehicle", "Load vehicle", "Tractor-trailer", "Freight train", "POV"),
        "sea": ("Boat", "Vessel", "Maritime"),
        "air": ("Commercial flight", "Aircraft", "Air"),
    },
    "crs_zone_nord": {
        "sea": ("small boat", "embarcation pneumatique", "canot pneumatique", "bateau", "SB"),
        "land": ("poids lourd", "PL (remorque)", "véhicule léger", "à pied", "camion"),
        "air": ("avion", "voie aérienne"),
    },
    "efe_documentacion": {
        "sea": ("patera", "neumática", "pesquero", "velero", "lancha", "barco"),
        "land": ("a pie", "camión", "furgoneta", "coche", "tren"),
        "air": ("avión", "vuelo comercial"),
    },
}
_MODE_NA: dict[str, tuple[str, ...]] = {
    "cgae_extranjeria": ("no consta", "—"),
    "sinaproc_darien": ("NO DETERMINADO",),
    "swbsc_sheriffs": ("Unk", "N/A"),
    "crs_zone_nord": ("non renseigné", "NR"),
    "efe_documentacion": ("sin especificar",),
}
_COUNT_NA: dict[str, tuple[str, ...]] = {
    "cgae_extranjeria": ("s/d", "no consta", "pendiente"),
    "sinaproc_darien": ("S/D", "N/D", "POR DETERMINAR"),
    "swbsc_sheriffs": ("unk", "UNK", "TBD"),
    "crs_zone_nord": ("NC", "inconnu", "n.c."),
    "efe_documentacion": ("sin cifrar", "sin determinar"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    "cgae_extranjeria": ("ninguno", "Ninguno", "ningún detenido"),
    "sinaproc_darien": ("NINGUNO", "NO HUBO"),
    "swbsc_sheriffs": ("none", "None", "no arrests"),
    "crs_zone_nord": ("néant", "aucun", "NEANT"),
    "efe_documentacion": ("ninguno", "sin detenidos"),
}
_SUSPECTS_NA: dict[str, tuple[str, ...]] = {
    "cgae_extranjeria": ("s/d", "no consta"),
    "sinaproc_darien": ("N/D", "S/D"),
    "swbsc_sheriffs": ("unk", "pending"),
    "crs_zone_nord": ("NC", "inconnu"),
    "efe_documentacion": ("sin datos", "no precisado"),
}
_COORDS_NA: dict[str, tuple[str, ...]] = {
    "sinaproc_darien": ("S/C", "SIN COORDENADAS"),
    "swbsc_sheriffs": ("N/A", "unk"),
    "crs_zone_nord": ("non relevée", "NC"),
}
#: Linked offences, by language.
_OFFENCES: dict[str, _Words] = {
    "es": {
        "document_fraud": (
            "falsedad documental",
            "falsificación de documentos",
            "uso de pasaporte falso",
        ),
        "corruption": ("cohecho", "corrupción de funcionario"),
        "money_laundering": ("blanqueo de capitales", "blanqueo (art. 301 CP)"),
        "illicit_goods": ("contrabando", "contrabando de tabaco"),
        "cybercrime": ("ciberdelito", "delito informático"),
        "terrorism": ("terrorismo",),
    },
    "es_pa": {
        "document_fraud": ("FALSIFICACIÓN DE DOCUMENTOS", "DOCUMENTOS FALSOS"),
        "corruption": ("CORRUPCIÓN DE SERVIDORES PÚBLICOS", "COHECHO"),
        "money_laundering": ("LAVADO DE DINERO", "BLANQUEO DE CAPITALES"),
        "illicit_goods": ("CONTRABANDO", "CONTRABANDO DE MERCANCÍAS"),
        "cybercrime": ("DELITO INFORMÁTICO",),
        "terrorism": ("TERRORISMO",),
    },
    "en": {
        "document_fraud": ("Document fraud", "Fraudulent docs (18 USC 1546)", "False ID"),
        "corruption": ("Bribery of public official", "Public corruption"),
        "money_laundering": ("Money laundering (18 USC 1956)", "Money laundering"),
        "illicit_goods": ("Contraband", "Contraband smuggling"),
        "cybercrime": ("Computer crime", "Cybercrime"),
        "terrorism": ("Terrorism", "Material support to terrorists"),
    },
    "fr": {
        "document_fraud": ("faux et usage de faux", "fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "contrebande de marchandises"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es_efe": {
        "document_fraud": ("falsificación de documentos", "documentación falsa"),
        "corruption": ("corrupción", "soborno a funcionarios"),
        "money_laundering": ("blanqueo de capitales", "blanqueo de dinero"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
}
_NO_OFFENCE: dict[str, tuple[str, ...]] = {
    "cgae_extranjeria": ("", "", "ninguno"),
    "sinaproc_darien": ("", "", "NINGUNO"),
    "swbsc_sheriffs": ("", "", "None"),
    "crs_zone_nord": ("", "", "néant"),
    "efe_documentacion": ("",),
}
_JOIN: dict[str, tuple[str, ...]] = {
    "cgae_extranjeria": ("; ", " y ", ", "),
    "sinaproc_darien": (" / ", " Y ", ", "),
    "swbsc_sheriffs": ("; ", ", ", " + "),
    "crs_zone_nord": (" + ", " ; ", ", "),
    "efe_documentacion": (", ", " y "),
}

#: Exploitation wording (Spanish register column, Panama cell suffix, US column, French
#: column, news phrase).
_EXPL_CGAE: _Words = {
    "sexual": ("Explotación sexual", "sexual", "explot. sexual (prostitución)"),
    "forced_labour": ("Explotación laboral", "laboral", "trabajos forzados"),
    "forced_criminality": ("Actividades delictivas", "realización de actividades delictivas"),
    "forced_marriage": ("Matrimonio forzado",),
    "organ_removal": ("Extracción de órganos",),
    "other": ("Otras finalidades", "otra"),
}
_EXPL_PA: _Words = {
    "sexual": ("EXPLOTACIÓN SEXUAL", "FINES DE EXPLOTACIÓN SEXUAL"),
    "forced_labour": ("EXPLOTACIÓN LABORAL", "TRABAJO FORZOSO"),
    "forced_criminality": ("COMISIÓN FORZADA DE DELITOS", "ACTIVIDADES DELICTIVAS FORZADAS"),
    "forced_marriage": ("MATRIMONIO FORZADO",),
    "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
    "other": ("OTRAS FORMAS DE EXPLOTACIÓN",),
}
_EXPL_US: _Words = {
    "sexual": ("Sex", "Commercial sex", "Sexual"),
    "forced_labour": ("Labor", "Forced labor"),
    "forced_criminality": ("Forced criminality", "Compelled criminal activity"),
    "forced_marriage": ("Forced marriage",),
    "organ_removal": ("Organ removal",),
    "other": ("Other",),
}
_EXPL_FR: _Words = {
    "sexual": ("exploitation sexuelle", "proxénétisme", "sexuelle"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits",),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre", "autre forme d'exploitation"),
}
_EXPL_EFE: _Words = {
    "sexual": ("con fines de explotación sexual", "para su explotación sexual"),
    "forced_labour": ("con fines de explotación laboral", "para trabajos forzados"),
    "forced_criminality": ("para obligarlas a delinquir", "con fines de criminalidad forzada"),
    "forced_marriage": ("con fines de matrimonio forzado",),
    "organ_removal": ("para extracción de órganos",),
    "other": ("con otros fines de explotación",),
}
_NO_EXPL: dict[str, tuple[str, ...]] = {
    "cgae_extranjeria": ("No procede", "—", "", "N/A"),
    "swbsc_sheriffs": ("N/A", "", "n/a"),
    "crs_zone_nord": ("sans objet", "", "/"),
}

# Places: the truth's hotspot -> how a source names where it happened.
_COLEGIO = {
    "Gran Canaria": "ICA Las Palmas",
    "Lanzarote": "ICA Lanzarote",
    "Tenerife": "ICA Santa Cruz de Tenerife",
    "El Hierro": "ICA Santa Cruz de Tenerife",
    "Almería": "ICA Almería",
    "Almería (El Ejido)": "ICA Almería",
    "Ceuta": "ICA Ceuta",
    "Melilla": "ICA Melilla",
    "Huelva": "ICA Huelva",
}
_LUGAR_PA = {
    "Lajas Blancas": ("ERM LAJAS BLANCAS", "LAJAS BLANCAS, METETÍ"),
    "Bajo Chiquito": ("BAJO CHIQUITO", "BAJO CHIQUITO (EMBERÁ)"),
    "Darién gap": ("YAVIZA", "CANAAN MEMBRILLO", "PUERTO OBALDÍA", "TAPÓN DEL DARIÉN"),
}
_AGENCY = {
    "Nogales (Sonora/Arizona)": ("Santa Cruz County SO (AZ)",),
    "Sasabe": ("Pima County SD (AZ)",),
    "El Paso": ("El Paso County SO (TX)",),
    "Rio Grande Valley": ("Hidalgo County SO (TX)", "Starr County SO (TX)"),
}
#: Offence wording of a US member office, by its state: (smuggling, trafficking, both).
_STATUTES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "TX": (
        (
            "Human smuggling",
            "Alien smuggling - 8 USC 1324",
            "Smuggling of persons (Tex. Penal Code 20.05)",
            "PC 20.05 Smuggling of persons",
        ),
        (
            "Human trafficking",
            "Trafficking of persons (Tex. Penal Code 20A.02)",
            "Human trafficking (TVPA)",
        ),
        (
            "Human smuggling + human trafficking",
            "Smuggling of persons / trafficking of persons (PC 20.05, 20A.02)",
            "Alien smuggling (8 USC 1324) & human trafficking",
        ),
    ),
    "AZ": (
        (
            "Human smuggling",
            "Alien smuggling - 8 USC 1324",
            "Smuggling - A.R.S. 13-2319",
            "ARS 13-2319 human smuggling",
        ),
        ("Human trafficking", "Human trafficking (TVPA)", "Trafficking of persons"),
        (
            "Human smuggling + human trafficking",
            "Smuggling (A.R.S. 13-2319) & human trafficking",
            "Alien smuggling (8 USC 1324) & human trafficking",
        ),
    ),
}
_SECTEUR = {
    "Calais": ("Calais", "Sangatte / Blériot-Plage"),
    "Dunkirk/Gravelines": ("Gravelines", "Dunkerque", "Loon-Plage"),
    "Dover": ("Douvres (arrivée UK)",),
}
_LUGAR_EFE = {
    "Lampedusa": "Lampedusa (Sicilia)",
    "Pozzallo": "Pozzallo (Sicilia)",
    "Crotone": "Crotone (Calabria)",
    "Lesbos": "isla de Lesbos",
    "Samos": "isla de Samos",
    "Evros": "río Evros",
    "Cetingrad (BIH–HRV border)": "Cetingrad, frontera con Bosnia",
    "Bajakovo (SRB–HRV border)": "Bajakovo, frontera con Serbia",
    "Kuźnica": "Kuźnica, frontera con Bielorrusia",
    "Białowieża": "bosque de Białowieża",
    "Michałowo": "Michałowo",
    "Dover": "Dover",
    "London": "Londres",
    "Birmingham": "Birmingham",
    "Glasgow": "Glasgow",
    "Castel Volturno": "Castel Volturno (Caserta)",
    "Palermo": "Palermo",
    "Torino": "Turín",
    "Latina (Agro Pontino)": "Latina (Agro Pontino)",
    "Darién gap": "selva del Darién",
    "Lajas Blancas": "Lajas Blancas (Darién)",
    "Bajo Chiquito": "Bajo Chiquito (Darién)",
    "Gran Canaria": "Arguineguín (Gran Canaria)",
    "El Hierro": "La Restinga (El Hierro)",
    "Lanzarote": "Arrecife (Lanzarote)",
    "Tenerife": "Los Cristianos (Tenerife)",
    "Almería": "costa de Almería",
    "Almería (El Ejido)": "El Ejido (Almería)",
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Huelva": "Huelva",
    "Nogales (Sonora/Arizona)": "Nogales (Arizona)",
    "Sasabe": "Sasabe (Arizona)",
    "El Paso": "El Paso (Texas)",
    "Rio Grande Valley": "valle del río Bravo (Texas)",
    "Calais": "Calais",
    "Dunkirk/Gravelines": "Gravelines (Dunkerque)",
}
_US_CITIES = (
    "Houston, TX",
    "Phoenix, AZ",
    "Dallas, TX",
    "Los Angeles, CA",
    "Chicago, IL",
    "San Antonio, TX",
    "Atlanta, GA",
)


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _str(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float:
    return float(ev[key])  # type: ignore[arg-type]


def _fitting(rng: _Rng, options: tuple[str, ...], src: ExaminerSource) -> str:
    """Draw one of ``options`` that the source's file can hold."""
    ok = tuple(o for o in options if fits(o, src))
    return choice(rng, ok or tuple(o.translate(_ACCENTS) for o in options))


def _es_name(code: str, rng: _Rng) -> str:
    if code in _ES_ALT and rng.random() < 0.3:
        return choice(rng, _ES_ALT[code])
    return _ES[code][0] if code in _ES else code


def _fr_name(code: str) -> str:
    return _FR[code][0] if code in _FR else code


def _en_name(code: str) -> str:
    return _EN[code][0] if code in _EN else code


def _alpha2(code: str) -> str:
    return iso_codes(code)[0]


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _expected(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    """Return the event's values as the expected clean row, before a source leaves any out."""
    return {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": _str(ev, "crime_type"),
        "exploitation": _str(ev, "exploitation"),
        "n_persons": _int(ev, "n_persons"),
        "n_suspects": _int(ev, "n_suspects"),
        "gender": _str(ev, "gender"),
        "age_group": _str(ev, "age_group"),
        "nationality": _str(ev, "nationality"),
        "origin_country": None,
        "destination_country": None,
        "detection_country": _str(ev, "detection_country"),
        "transit_countries": _str(ev, "transit_countries"),
        "transport_mode": _str(ev, "transport_mode"),
        "lat": None,
        "lon": None,
        "linked_offences": _str(ev, "linked_offences"),
    }


def _dms(value: float, pos: str, neg: str, *, sep: str = ".") -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth: (text, value it reads as)."""
    sign = -1.0 if value < 0 else 1.0
    tenths = round(abs(value) * 36000)  # tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    sec = f"{sec10 // 10:02d}{sep}{sec10 % 10}"
    hemi = neg if sign < 0 else pos
    return f"{deg}°{minutes:02d}'{sec}\"{hemi}", sign * tenths / 36000


def _ddm(value: float, *, sep: str = ".") -> tuple[int, str, float]:
    """Degrees and decimal minutes to a thousandth: (degrees, minutes text, value read)."""
    thousandths = round(abs(value) * 60000)
    deg, rest = divmod(thousandths, 60000)
    minutes = f"{rest // 1000:02d}{sep}{rest % 1000:03d}"
    read = (-1.0 if value < 0 else 1.0) * thousandths / 60000
    return deg, minutes, read


# --------------------------------------------------------------------------------------
# Pieces shared by the renderers
# --------------------------------------------------------------------------------------
def _persons(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: dict[str, object], tags: list[str]
) -> object:
    """Return the persons cell (str in CSV; int, text or placeholder elsewhere)."""
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        exp["n_persons"] = None
        tags.append("count_placeholder")
        return choice(rng, _COUNT_NA[src.source])
    sep = {"cgae_extranjeria": ".", "sinaproc_darien": ",", "swbsc_sheriffs": ","}.get(
        src.source, "."
    )
    if src.source == "crs_zone_nord":
        sep = choice(rng, (" ", "\u00a0"))
    if n >= 1000 and rng.random() < 0.8:
        tags.append("thousands_separator")
        return _thousands(n, sep)
    if src.format == "csv":
        return str(n)
    if src.format == "jsonl" and rng.random() < 0.1:
        return str(n)
    return n


def _suspects(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    exp: dict[str, object],
    tags: list[str],
    forced_blank: str | None,
) -> object:
    k = _int(ev, "n_suspects")
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
        return None
    if k is None:
        return None
    if rng.random() < 0.02:
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_NA[src.source])
    if k == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.source])
    return str(k) if src.format == "csv" else k


def _gender(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    exp: dict[str, object],
    tags: list[str],
    forced_blank: str | None,
) -> str | None:
    g = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.01:
        exp["gender"] = "unknown"
        tags.append("blank_gender")
        return None
    if ev["n_persons"] == 1 and g in _GENDER_ONE[src.source] and rng.random() < 0.5:
        return _fitting(rng, _GENDER_ONE[src.source][g], src)
    return _fitting(rng, _GENDER[src.source][g], src)


def _age(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: dict[str, object], tags: list[str]
) -> str:
    if rng.random() < 0.02:
        exp["age_group"] = "unknown"
        tags.append("na_word")
        return _fitting(rng, _AGE_NA[src.source], src)
    return _fitting(rng, _AGE[src.source][str(ev["age_group"])], src)


def _mode(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, exp: dict[str, object], tags: list[str]
) -> str:
    if rng.random() < 0.015:
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
        return _fitting(rng, _MODE_NA[src.source], src)
    return _fitting(rng, _MODE[src.source][str(ev["transport_mode"])], src)


def _offences(src: ExaminerSource, ev: dict[str, object], rng: _Rng, lang: str) -> str | None:
    value = _str(ev, "linked_offences")
    if value is None:
        word = choice(rng, _NO_OFFENCE[src.source])
        return word or None
    words = [_fitting(rng, _OFFENCES[lang][o], src) for o in value.split("|")]
    return choice(rng, _JOIN[src.source]).join(words)


def _transit(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, name: Callable[[str], str]
) -> str | None:
    value = _str(ev, "transit_countries")
    if value is None:
        return None
    seps = {
        "cgae_extranjeria": (" - ", ", ", " / "),
        "sinaproc_darien": (" - ", ", ", " / "),
        "swbsc_sheriffs": (", ", " > ", " / "),
        "crs_zone_nord": (", ", " - ", " > "),
        "efe_documentacion": (", ", " → ", " y "),
    }[src.source]
    names = [name(c) for c in value.split("|")]
    sep = choice(rng, seps)
    if sep == " y " and len(names) > 1:
        return ", ".join(names[:-1]) + " y " + names[-1]
    return sep.join(names)


def _blank_detection(exp: dict[str, object], tags: list[str], forced_blank: str | None) -> bool:
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
        return True
    return False


def _blank_nationality(exp: dict[str, object], tags: list[str], forced_blank: str | None) -> bool:
    if forced_blank == "nationality":
        exp["nationality"] = None
        tags.append("blank_nationality")
        return True
    return False


def _partial(
    rng: _Rng, ts: pd.Timestamp, exp: dict[str, object], *, month: float, quarter: float
) -> str | None:
    """Choose a partial date (``"month"``/``"quarter"``) and set the expected date."""
    draw = rng.random()
    if draw < quarter:
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        return "quarter"
    if draw < quarter + month:
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        return "month"
    return None


# --------------------------------------------------------------------------------------
# CGAE: Spanish lawyers' register (XLSX)
# --------------------------------------------------------------------------------------
def _cgae_day(ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    draw = rng.random()
    if draw < 0.62:
        return ts.to_pydatetime()
    if draw < 0.77:
        tags.append("excel_serial")
        return int((ts - pd.Timestamp("1899-12-30")).days)
    if draw < 0.92:
        tags.append("date_text")
        return ts.strftime("%d/%m/%Y")
    tags.append("date_text_abbr")
    return f"{ts.day}-{_MES_ABR[ts.month - 1]}-{ts.year}"


def _render_cgae(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = ["coords_missing"]
    cells: dict[str, object] = {"x_colegio": _COLEGIO.get(str(ev.get("hotspot")), "ICA Madrid")}
    kind = _partial(rng, ts, exp, month=0.035, quarter=0.03) if partial_ok else None
    if kind == "quarter":
        q = ts.quarter
        cells["event_date"] = choice(rng, (f"{q}T {ts.year}", f"{q}.er trimestre {ts.year}"))
        if q != 1:
            cells["event_date"] = choice(rng, (f"{q}T {ts.year}", f"{q}º trimestre {ts.year}"))
        tags.append("date_quarter")
    elif kind == "month":
        cells["event_date"] = choice(
            rng, (f"{_MESES[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}")
        )
        tags.append("date_month")
    else:
        cells["event_date"] = _cgae_day(ts, rng, tags)
    if not _blank_detection(exp, tags, forced_blank):
        cells["detection_country"] = choice(rng, ("España", "España", "ESPAÑA", "ES"))
    crime = str(ev["crime_type"])
    if crime == "smuggling":
        cells["crime_type"] = choice(
            rng,
            (
                "Art. 318 bis CP",
                "318 bis CP - favorecimiento de la inmigración ilegal",
                "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis)",
                "DD.PP. art. 318 bis.1 CP (patrón)",
            ),
        )
        cells["exploitation"] = choice(rng, _NO_EXPL[src.source]) or None
    else:
        if crime == "trafficking":
            cells["crime_type"] = choice(
                rng,
                (
                    "Art. 177 bis CP (trata de seres humanos)",
                    "Trata de seres humanos",
                    "TSH - art. 177 bis CP",
                ),
            )
        else:
            cells["crime_type"] = choice(
                rng,
                (
                    "Arts. 177 bis y 318 bis CP",
                    "Trata de seres humanos + favorecimiento de la inmigración ilegal",
                    "TSH (177 bis) / 318 bis CP",
                ),
            )
        cells["exploitation"] = choice(rng, _EXPL_CGAE[str(ev["exploitation"])])
    cells["n_persons"] = _persons(src, ev, rng, exp, tags)
    cells["n_suspects"] = _suspects(src, ev, rng, exp, tags, forced_blank)
    cells["gender"] = _gender(src, ev, rng, exp, tags, forced_blank)
    cells["age_group"] = _age(src, ev, rng, exp, tags)
    nat = str(ev["nationality"])
    if not _blank_nationality(exp, tags, forced_blank):
        draw = rng.random()
        if draw < 0.4:
            cells["nationality"] = _es_name(nat, rng)
        elif draw < 0.6:
            cells["nationality"] = _ES[nat][1]
        elif draw < 0.8:
            cells["nationality"] = _ES[nat][3]  # "nacionalidad marroquí / guineana"
        elif draw < 0.9:
            cells["nationality"] = _alpha2(nat)
            tags.append("iso2_code")
        else:
            cells["nationality"] = _ES[nat][0].upper()
    cells["transit_countries"] = _transit(src, ev, rng, lambda c: _es_name(c, rng))
    dest = _str(ev, "destination_country")
    if dest is not None:
        cells["destination_country"] = choice(
            rng, (_es_name(dest, rng), f"{_es_name(dest, rng)} (manifiesta)")
        )
        exp["destination_country"] = dest
    cells["transport_mode"] = _mode(src, ev, rng, exp, tags)
    cells["linked_offences"] = _offences(src, ev, rng, "es")
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# SINAPROC Darién (CSV latin-1, |)
# --------------------------------------------------------------------------------------
def _sinaproc_coords(ev: dict[str, object], rng: _Rng, exp: dict[str, object]) -> str:
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    draw = rng.random()
    if draw < 0.45:
        lat_t, lat_r = _dms(lat, "N", "S")
        lon_t, lon_r = _dms(lon, "E", "W")
        text = f"{lat_t} {lon_t}"
    elif draw < 0.75:
        dlat, mlat, lat_r = _ddm(lat)
        dlon, mlon, lon_r = _ddm(lon)
        ns = "S" if lat < 0 else "N"
        ew = "W" if lon < 0 else "E"
        text = f"{ns}{dlat:02d} {mlat} {ew}{dlon:03d} {mlon}"
    else:
        lat_r, lon_r = round(lat, 5), round(lon, 5)
        text = f"{lat_r:.5f}, {lon_r:.5f}"
    exp["lat"], exp["lon"] = lat_r, lon_r
    return text


def _render_sinaproc(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}
    hotspot = str(ev.get("hotspot"))
    cells["x_lugar"] = _fitting(rng, _LUGAR_PA.get(hotspot, ("DARIÉN",)), src)
    kind = _partial(rng, ts, exp, month=0.04, quarter=0.0) if partial_ok else None
    if kind == "month":
        cells["event_date"] = f"{_MESES[ts.month - 1].upper()} {ts.year}"
        tags.append("date_month")
    else:
        draw = rng.random()
        if draw < 0.55:
            cells["event_date"] = ts.strftime("%d/%m/%Y")
        elif draw < 0.72:
            hour = int(rng.integers(5, 19))
            minute = int(rng.integers(0, 12)) * 5
            cells["event_date"] = f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}"
            tags.append("date_time")
        elif draw < 0.9:
            cells["event_date"] = (
                f"{ts.day:02d}-{_MES_ABR[ts.month - 1].upper()}-{ts.year % 100:02d}"
            )
            tags.append("date_oracle")
        else:
            cells["event_date"] = f"{ts.day} DE {_MESES[ts.month - 1].upper()} DE {ts.year}"
            tags.append("date_words")
    if not _blank_detection(exp, tags, forced_blank):
        cells["detection_country"] = choice(rng, ("PANAMÁ", "PANAMA", "REPÚBLICA DE PANAMÁ"))
    crime = str(ev["crime_type"])
    smug = choice(
        rng,
        (
            "TRÁFICO ILÍCITO DE MIGRANTES",
            "TRAFICO ILICITO DE MIGRANTES",
            "TRÁFICO DE MIGRANTES (COYOTAJE)",
            "Tráfico ilícito de migrantes",
        ),
    )
    if crime == "smuggling":
        cells["crime_type"] = smug
    else:
        expl = choice(rng, _EXPL_PA[str(ev["exploitation"])])
        if crime == "trafficking":
            text = f"TRATA DE PERSONAS - {expl}"
        else:
            text = f"TRÁFICO DE MIGRANTES Y TRATA DE PERSONAS ({expl})"
        if rng.random() < 0.25:
            text = text.translate(_ACCENTS)
            tags.append("no_accents")
        cells["crime_type"] = text
    cells["n_persons"] = _persons(src, ev, rng, exp, tags)
    cells["n_suspects"] = _suspects(src, ev, rng, exp, tags, forced_blank)
    cells["gender"] = _gender(src, ev, rng, exp, tags, forced_blank)
    cells["age_group"] = _age(src, ev, rng, exp, tags)
    nat = str(ev["nationality"])
    if not _blank_nationality(exp, tags, forced_blank):
        draw = rng.random()
        if draw < 0.45:
            cells["nationality"] = _ES[nat][0].upper()
        elif draw < 0.7:
            cells["nationality"] = _ES[nat][2].upper()
        elif draw < 0.85:
            cells["nationality"] = _ES[nat][3].upper()  # "nacionalidad venezolana"
        else:
            cells["nationality"] = _ES[nat][0].upper().translate(_ACCENTS)
            tags.append("no_accents")
    origin = _str(ev, "origin_country")
    if origin is not None:
        cells["origin_country"] = _es_name(origin, rng).upper()
        exp["origin_country"] = origin
    cells["transit_countries"] = _transit(src, ev, rng, lambda c: _es_name(c, rng).upper())
    dest = _str(ev, "destination_country")
    if dest is not None:
        words = {"USA": ("EE.UU.", "ESTADOS UNIDOS", "EEUU", "USA"), "MEX": ("MÉXICO", "MEXICO")}
        cells["destination_country"] = choice(rng, words.get(dest, (_es_name(dest, rng).upper(),)))
        exp["destination_country"] = dest
    cells["transport_mode"] = _mode(src, ev, rng, exp, tags)
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        tags.append("coords_placeholder")
        cells["coordinates"] = choice(rng, _COORDS_NA[src.source])
    elif rng.random() < 0.03:
        tags.append("coords_missing")
    else:
        cells["coordinates"] = _sinaproc_coords(ev, rng, exp)
    cells["linked_offences"] = _offences(src, ev, rng, "es_pa")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Southwestern Border Sheriffs' Coalition (CSV UTF-16, tab)
# --------------------------------------------------------------------------------------
def _render_sheriffs(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}
    agency = choice(rng, _AGENCY.get(str(ev.get("hotspot")), ("Cochise County SO (AZ)",)))
    cells["x_agency"] = agency
    smuggling, trafficking, both = _STATUTES[agency[-3:-1]]
    kind = _partial(rng, ts, exp, month=0.02, quarter=0.015) if partial_ok else None
    if kind == "quarter":
        cells["event_date"] = choice(
            rng,
            (f"Q{ts.quarter} {ts.year}", f"{ts.year} Q{ts.quarter}", f"Qtr {ts.quarter}/{ts.year}"),
        )
        tags.append("date_quarter")
    elif kind == "month":
        cells["event_date"] = choice(
            rng, (f"{MONTHS[ts.month - 1]} {ts.year}", f"{MONTHS[ts.month - 1][:3]} {ts.year}")
        )
        tags.append("date_month")
    else:
        draw = rng.random()
        if draw < 0.6:
            cells["event_date"] = ts.strftime("%m/%d/%Y")
        elif draw < 0.75:
            cells["event_date"] = f"{ts.month}/{ts.day}/{ts.year % 100:02d}"
            tags.append("date_short_year")
        elif draw < 0.9:
            cells["event_date"] = f"{MONTHS[ts.month - 1][:3]} {ts.day}, {ts.year}"
            tags.append("date_words")
        else:
            cells["event_date"] = ts.strftime("%Y-%m-%d")
            tags.append("date_iso")
    if not _blank_detection(exp, tags, forced_blank):
        cells["detection_country"] = choice(rng, ("US", "USA", "U.S.", "United States"))
    crime = str(ev["crime_type"])
    if crime == "smuggling":
        cells["crime_type"] = choice(rng, smuggling)
        cells["exploitation"] = choice(rng, _NO_EXPL[src.source]) or None
    else:
        cells["crime_type"] = choice(rng, trafficking if crime == "trafficking" else both)
        cells["exploitation"] = choice(rng, _EXPL_US[str(ev["exploitation"])])
    cells["n_persons"] = _persons(src, ev, rng, exp, tags)
    cells["n_suspects"] = _suspects(src, ev, rng, exp, tags, forced_blank)
    cells["gender"] = _gender(src, ev, rng, exp, tags, forced_blank)
    cells["age_group"] = _age(src, ev, rng, exp, tags)
    nat = str(ev["nationality"])
    if not _blank_nationality(exp, tags, forced_blank):
        draw = rng.random()
        if draw < 0.35:
            cells["nationality"] = _EN[nat][1]
        elif draw < 0.6:
            cells["nationality"] = _EN[nat][0]
        elif draw < 0.8:
            cells["nationality"] = nat
            tags.append("iso3_code")
        elif draw < 0.9:
            cells["nationality"] = _EN[nat][0].upper()
        else:
            cells["nationality"] = f"{_EN[nat][1]} national"
    cells["transit_countries"] = _transit(src, ev, rng, _en_name)
    dest = _str(ev, "destination_country")
    if dest is not None:
        if dest == "USA":
            cells["destination_country"] = choice(rng, (*_US_CITIES, "USA", "US interior"))
        else:
            cells["destination_country"] = _en_name(dest)
        exp["destination_country"] = dest
    cells["transport_mode"] = _mode(src, ev, rng, exp, tags)
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        tags.append("coords_placeholder")
        word = choice(rng, _COORDS_NA[src.source])
        cells["lat"], cells["lon"] = word, word
    else:
        lat, lon = round(_float(ev, "lat"), 5), round(_float(ev, "lon"), 5)
        cells["lat"] = f"{lat:.5f}"
        if lon < 0 and rng.random() < 0.12:
            cells["lon"] = f"{abs(lon):.5f} W"
            tags.append("lon_hemisphere_letter")
        else:
            cells["lon"] = f"{lon:.5f}"
        exp["lat"], exp["lon"] = lat, lon
    cells["linked_offences"] = _offences(src, ev, rng, "en")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# CRS zone Nord (CSV cp1252, ;)
# --------------------------------------------------------------------------------------
def _crs_coords(ev: dict[str, object], rng: _Rng, exp: dict[str, object]) -> str:
    lat, lon = _float(ev, "lat"), _float(ev, "lon")
    if rng.random() < 0.55:
        lat_r, lon_r = round(lat, 5), round(lon, 5)
        text = f"{lat_r:.5f} / {lon_r:.5f}".replace(".", ",")
    else:
        dlat, mlat, lat_r = _ddm(lat, sep=",")
        dlon, mlon, lon_r = _ddm(lon, sep=",")
        ns = "S" if lat < 0 else "N"
        ew = "W" if lon < 0 else "E"
        text = f"{ns} {dlat:02d}°{mlat}' {ew} {dlon:03d}°{mlon}'"
    exp["lat"], exp["lon"] = lat_r, lon_r
    return text


def _render_crs(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}
    cells["x_secteur"] = choice(rng, _SECTEUR.get(str(ev.get("hotspot")), ("Boulogne-sur-Mer",)))
    kind = _partial(rng, ts, exp, month=0.03, quarter=0.02) if partial_ok else None
    if kind == "quarter":
        cells["event_date"] = choice(
            rng,
            (
                f"T{ts.quarter} {ts.year}",
                f"{ts.quarter}{'er' if ts.quarter == 1 else 'e'} trimestre {ts.year}",
            ),
        )
        tags.append("date_quarter")
    elif kind == "month":
        cells["event_date"] = f"{_MOIS[ts.month - 1]} {ts.year}"
        tags.append("date_month")
    else:
        draw = rng.random()
        if draw < 0.5:
            cells["event_date"] = ts.strftime("%d/%m/%Y")
        elif draw < 0.65:
            cells["event_date"] = ts.strftime("%d/%m/%y")
            tags.append("date_short_year")
        elif draw < 0.75:
            cells["event_date"] = ts.strftime("%d.%m.%Y")
        elif draw < 0.9:
            day = "1er" if ts.day == 1 else str(ts.day)
            cells["event_date"] = f"{day} {_MOIS[ts.month - 1]} {ts.year}"
            tags.append("date_words")
        else:
            cells["event_date"] = (
                f"{_JOURS[ts.day_of_week]} {ts.day} {_MOIS[ts.month - 1]} {ts.year}"
            )
            tags.append("date_weekday")
    det = str(ev["detection_country"])
    if not _blank_detection(exp, tags, forced_blank):
        words = {
            "FRA": ("France", "FRANCE", "FR"),
            "GBR": ("Royaume-Uni", "R-U", "UK", "Royaume-Uni (arrivée)"),
        }
        cells["detection_country"] = choice(rng, words.get(det, (_fr_name(det),)))
    crime = str(ev["crime_type"])
    article = "L.622-1" if ts < pd.Timestamp("2021-05-01") else "L.823-1"
    if crime == "smuggling":
        cells["crime_type"] = choice(
            rng,
            (
                f"Aide à l'entrée irrégulière (art. {article} CESEDA)",
                "Aide à l'entrée et au séjour irréguliers en bande organisée",
                f"AEI - {article} CESEDA",
                "Aide au passage (entrée irrégulière au R-U)",
            ),
        )
        cells["exploitation"] = choice(rng, _NO_EXPL[src.source]) or None
    else:
        if crime == "trafficking":
            cells["crime_type"] = choice(
                rng,
                ("Traite des êtres humains (art. 225-4-1 CP)", "TEH", "Traite des êtres humains"),
            )
        else:
            cells["crime_type"] = choice(
                rng,
                (
                    f"TEH + aide à l'entrée irrégulière ({article} CESEDA)",
                    "Traite des êtres humains et aide à l'entrée irrégulière",
                    "225-4-1 CP / aide à l'entrée irrégulière",
                ),
            )
        cells["exploitation"] = choice(rng, _EXPL_FR[str(ev["exploitation"])])
    cells["n_persons"] = _persons(src, ev, rng, exp, tags)
    cells["n_suspects"] = _suspects(src, ev, rng, exp, tags, forced_blank)
    cells["gender"] = _gender(src, ev, rng, exp, tags, forced_blank)
    cells["age_group"] = _age(src, ev, rng, exp, tags)
    nat = str(ev["nationality"])
    if not _blank_nationality(exp, tags, forced_blank):
        draw = rng.random()
        if draw < 0.4:
            word = _FR[nat][2]
        elif draw < 0.6:
            word = _FR[nat][1]
        elif draw < 0.8:
            word = _FR[nat][0]
        else:
            word = nat
            tags.append("iso3_code")
        garbled = mojibake(word)
        if garbled is not None and rng.random() < 0.12 and fits(garbled, src):
            word = garbled
            tags.append("mojibake")
        cells["nationality"] = word
    cells["transit_countries"] = _transit(src, ev, rng, _fr_name)
    dest = _str(ev, "destination_country")
    if dest is not None:
        words = {"GBR": ("Royaume-Uni", "UK", "Angleterre", "R-U", "GB")}
        cells["destination_country"] = choice(rng, words.get(dest, (_fr_name(dest),)))
        exp["destination_country"] = dest
    cells["transport_mode"] = _mode(src, ev, rng, exp, tags)
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        tags.append("coords_placeholder")
        cells["coordinates"] = choice(rng, _COORDS_NA[src.source])
    else:
        cells["coordinates"] = _crs_coords(ev, rng, exp)
    cells["linked_offences"] = _offences(src, ev, rng, "fr")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# EFE documentation desk (JSONL)
# --------------------------------------------------------------------------------------
def _render_efe(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}
    hotspot = str(ev.get("hotspot"))
    cells["x_lugar"] = _LUGAR_EFE.get(hotspot, hotspot)
    kind = _partial(rng, ts, exp, month=0.04, quarter=0.03) if partial_ok else None
    if kind == "quarter":
        cells["event_date"] = f"{_TRIM_ES[ts.quarter - 1]} trimestre de {ts.year}"
        tags.append("date_quarter")
    elif kind == "month":
        cells["event_date"] = f"{_MESES[ts.month - 1]} de {ts.year}"
        tags.append("date_month")
    else:
        draw = rng.random()
        if draw < 0.5:
            cells["event_date"] = ts.strftime("%Y-%m-%d")
        elif draw < 0.7:
            offset = "+02:00" if 4 <= ts.month <= 10 else "+01:00"
            hour = int(rng.integers(8, 20))
            minute = int(rng.integers(0, 60))
            cells["event_date"] = f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00{offset}"
            tags.append("date_iso_time")
        elif draw < 0.9:
            cells["event_date"] = f"{ts.day} de {_MESES[ts.month - 1]} de {ts.year}"
            tags.append("date_words")
        else:
            cells["event_date"] = f"{ts.day}/{ts.month}/{ts.year}"
            tags.append("date_day_first")
    det = str(ev["detection_country"])
    if not _blank_detection(exp, tags, forced_blank):
        cells["detection_country"] = _es_name(det, rng)
    crime = str(ev["crime_type"])
    if crime == "smuggling":
        cells["crime_type"] = choice(
            rng,
            (
                "tráfico de migrantes",
                "tráfico ilícito de migrantes",
                "red de tráfico de migrantes",
                "favorecimiento de la inmigración irregular",
            ),
        )
    else:
        expl = choice(rng, _EXPL_EFE[str(ev["exploitation"])])
        if crime == "trafficking":
            head = choice(rng, ("trata de personas", "trata de seres humanos"))
        else:
            head = choice(
                rng, ("tráfico de migrantes y trata", "tráfico de migrantes y trata de personas")
            )
        cells["crime_type"] = f"{head} {expl}"
    cells["n_persons"] = _persons(src, ev, rng, exp, tags)
    cells["n_suspects"] = _suspects(src, ev, rng, exp, tags, forced_blank)
    cells["gender"] = _gender(src, ev, rng, exp, tags, forced_blank)
    cells["age_group"] = _age(src, ev, rng, exp, tags)
    nat = str(ev["nationality"])
    if not _blank_nationality(exp, tags, forced_blank):
        if ev["n_persons"] == 1:
            cells["nationality"] = _ES[nat][1] if ev["gender"] != "female" else _ES[nat][3]
        elif rng.random() < 0.65:
            cells["nationality"] = _ES[nat][2]
        else:
            cells["nationality"] = _es_name(nat, rng)
    cells["transit_countries"] = _transit(src, ev, rng, lambda c: _es_name(c, rng))
    cells["transport_mode"] = _mode(src, ev, rng, exp, tags)
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif rng.random() < 0.05:
        tags.append("coords_missing")
    else:
        lat, lon = round(_float(ev, "lat"), 4), round(_float(ev, "lon"), 4)
        cells["lat"], cells["lon"] = lat, lon
        exp["lat"], exp["lon"] = lat, lon
    cells["linked_offences"] = _offences(src, ev, rng, "es_efe")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_RENDERERS = {
    _CGAE.source: _render_cgae,
    _SINAPROC.source: _render_sinaproc,
    _SHERIFFS.source: _render_sheriffs,
    _CRS.source: _render_crs,
    _EFE.source: _render_efe,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> _Out:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    return _RENDERERS[src.source](src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a day and month that do not exist in ``ts``'s year (30 Feb, 31 Apr, ...)."""
    options = [(30, 2), (31, 4), (31, 6), (31, 9), (31, 11)]
    if ts.year % 4 != 0:
        options.append((29, 2))
    day, month = options[int(rng.integers(len(options)))]
    return day, month


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: missing, impossible, or a typo in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        fut = ts.replace(year=ts.year + 10, day=min(ts.day, 28))
        return _day_cell(src, fut)
    day, month = _impossible(ts, rng)
    if src.source == "swbsc_sheriffs":
        return f"{month:02d}/{day:02d}/{ts.year}"
    if src.source == "efe_documentacion":
        if rng.random() < 0.5:
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day} de {_MESES[month - 1]} de {ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _day_cell(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Return a full date in the source's commonest style."""
    if src.source == "cgae_extranjeria":
        return ts.to_pydatetime()
    if src.source == "swbsc_sheriffs":
        return ts.strftime("%m/%d/%Y")
    if src.source == "efe_documentacion":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date a source writes on its note row (the day of its last row)."""
    return _day_cell(src, last)


_PRIMARY = {
    "ESP": _CGAE.source,
    "PAN": _SINAPROC.source,
    "USA": _SHERIFFS.source,
    "FRA": _CRS.source,
}
_SECONDARY = {
    ("watl", "ESP"): _EFE.source,
    ("wmed", "ESP"): _EFE.source,
    ("thb_rou_esp", "ESP"): _EFE.source,
    ("darien", "PAN"): _EFE.source,
    ("us_mex", "USA"): _EFE.source,
    ("channel", "FRA"): _EFE.source,
    ("channel", "GBR"): _CRS.source,
}

_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND91_SOURCES,
    primary=_PRIMARY,
    compilation=_EFE.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=9191,
    blank_share=0.3,
)


def make_blind91(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind91`` examiner set (files ``*_co.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND91_SOURCES`, in that order: the Spanish lawyers'
        register (XLSX), SINAPROC Darién (CSV, latin-1, ``|``), the border sheriffs'
        roll-up (CSV, UTF-16, tab), the CRS coastal log (CSV, cp1252, ``;``) and the news
        agency's register (JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind91(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['abogacia_extranjeria_co.xlsx', 'sinaproc_darien_co.csv', 'swbsc_incidents_co.csv',
     'crs_littoral_nord_co.csv', 'efe_sucesos_migracion_co.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
