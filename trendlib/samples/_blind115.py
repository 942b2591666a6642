"""Examiner sample set ``blind115``: five humanitarian and civil-society trackers (``*_dm.*``).

A held-out set written without looking at the cleaner. Five sources that monitor mixed
movements (three in French, one in Spanish, one in English) each keep their own incident
sheet; every cell below is one a competent analyst reads to a single clean value. The rows
come from :mod:`trendlib.samples._examiner`; this module keeps the wording. A source cites
a law only for the events it governs (the country of detection, or Tunisia or Haiti among
the persons' nationality, origin and transit countries); otherwise it writes plain words.

Sources
-------
``ftdes_migration_dm.csv``
    Forum tunisien pour les droits économiques et sociaux (FTDES), département migration,
    Tunis/Sfax: its log of crossings from Tunisia and Libya that reached or were stopped
    off Italy (first reporter of every event detected in Italy; second reporter of some
    Western-Mediterranean events). French, **cp1252**, ``;``, CRLF. Header
    ``Date (jj/mm/aaaa)`` but the clerks also write ``3 juil. 2022``, ``1er août 2022``,
    ``03/07/22``, ``03-07-2022``, a month (``juillet 2022``, ``07/2022``) or a quarter
    (``T3 2022``, ``3e trimestre 2022``); no date is ``s.d.``. Crimes in Maghreb and Italian
    jargon: ``harga organisée``, ``passage clandestin``, ``aide à l'émigration clandestine
    (loi 2004-6)``, ``favoreggiamento (art. 12 TUI)``, ``traite (LO 2016-61)``, ``tratta –
    art. 601 c.p.``. Counts with a no-break space as thousands separator (``1 250``) or a
    unit (``23 pers.``); ``n.c.`` for not known; suspects ``aucun`` / ``néant``. Sex ``H`` /
    ``F`` / ``H/F``, age ``+18`` / ``-18`` / ``MNA``. Nationalities as feminine demonyms
    (``ivoirienne``), masculine plurals (``Guinéens``), names (``Guinée-Conakry``, ``RCI``)
    or ISO alpha-2. Transit ``Niger > Libye``; position in degrees and decimal minutes
    (``35°30,7'N 012°36,1'E``, ``W`` or ``O`` for west) or decimal degrees with commas
    (``35,5123 / 12,6012``). An extra ``Lieu`` column (Lampedusa, Pozzallo ...). A note row,
    an empty row and ``TOTAL GÉNÉRAL``.
``caminando_fronteras_dm.csv``
    Caminando Fronteras (Tánger/Madrid), its monitoring of boats and alerts on the Atlantic
    and Alborán routes (first reporter of every event detected in Spain). Spanish,
    **UTF-16** (with BOM), **tab**-delimited, as Excel saves "Texto Unicode". Dates mostly
    day-first with a two-digit year (``03/07/22``), also ``3 de julio de 2022``, months
    (``julio de 2022``, ``ago. 2022``), quarters (``2º trimestre 2022``, ``T2-2022``,
    ``segundo trimestre de 2022``); no date is ``s/f``. Crimes as Spanish Penal Code
    articles (``art. 318 bis CP`` = smuggling, ``art. 177 bis CP`` = trafficking) or words
    (``inmigración clandestina``, ``trata de seres humanos``, ``TSH``). Counts with a dot as
    thousands separator (``1.250``) or ``54 ocupantes``; ``s/d`` for not known. Boats as
    ``patera``, ``cayuco``, ``neumática``; fence jumps (``salto de valla``) are land.
    Latitude and longitude in two columns with decimal commas; west longitudes negative or
    with ``O`` (oeste). Age ``MENA`` for unaccompanied minors. Note row, empty row, ``TOTAL``.
``hope_border_dm.jsonl``
    Hope Border Institute (El Paso), its border-monitoring incident log (first reporter of
    every event detected in the United States; second reporter of some Darién events).
    English JSON lines. Dates ISO, **US month-first** (``7/3/2022`` = 3 July 2022),
    ``July 3, 2022`` or ``03-Jul-2022``; months ``July 2022`` / ``2022-07``; quarters
    ``Q3 2022`` / ``2022-Q3`` / ``3rd quarter 2022``. Offences as US Code citations
    (``8 U.S.C. § 1324`` = smuggling; ``TVPA violation`` = trafficking). Counts are JSON
    numbers, text with a comma thousands separator (``"1,250"``, Darién re-reports only) or
    ``unk``. US border
    terms: ``UAC`` (unaccompanied child), ``family unit`` / ``FMUA`` (adults with children),
    ``SA`` (single adult); ``tractor-trailer``, ``panga``. Coordinates as numbers, or text
    with a hemisphere letter (``106.4850 W``). A ``location`` key (Border Patrol sector or
    place). No note row; a ``TOTAL`` record; the file is re-sent with exact repeats.
``garr_haiti_dm.xlsx``
    Groupe d'appui aux rapatriés et réfugiés (GARR, Port-au-Prince), its tracker of incidents
    on the Darién route (first reporter of every event detected in Panama; second reporter
    of some US-border events). French XLSX. Dates as real Excel dates, as **Excel serial
    numbers** left in General-format cells (``44745``), as text ``03/07/2022`` or
    ``3 juillet 2022``; months ``Juillet 2022``; quarters ``3e trim. 2022`` / ``T3-2022``.
    Counts as numbers (text ``1 250`` now and then); ``ND`` for not known. Panamanian and
    Haitian law cited beside the words (``traite (loi CL/2014-0010)``, ``art. 456 CP
    Panamá``). Nationalities mostly masculine plurals (``Vénézuéliens``, ``Haïtiens``) or
    ISO alpha-3. Latitude and longitude as numbers or as degrees-minutes-seconds text with
    ``O`` for west (``77°49'03"O``). Note row, ``Total``.
``migreurop_dm.csv``
    Migreurop (Paris), the Euro-African network's observatory of border incidents, compiled
    from press and member NGOs (first reporter of every other event: Greece, Croatia, Poland,
    France, United Kingdom; second reporter of some Italian and Spanish events). French,
    **UTF-8** (no BOM), ``|``-delimited. Dates ISO, ``03.07.2022``, ``3 juil. 2022`` or
    ``03/07/2022``; months ``07/2022`` / ``juil. 2022`` / ``2022-07``; quarters ``2022-T3`` /
    ``T3/2022``; no date is ``date inconnue``. Offences cited by the law of the country of
    detection (``art. L823-1 CESEDA``, ``s.25 Immigration Act 1971``, ``art. 225-4-1 CP``,
    ``Modern Slavery Act 2015``, ``passeurs – art. 30 loi 4251/2014``, ``passeurs – art. 264
    § 3 k.k.``, ``TEH``). The rare counts in thousands (Mediterranean arrivals it
    re-reports) with a narrow no-break space (``1 250``); ``NR`` for not known. ``small
    boat`` for Channel crossings. Some cells pasted from a badly decoded export (mojibake:
    ``Ã‰rythrÃ©e``). GPS as ``37.1234, 26.5432`` or ``N 37.1234 E 26.5432``,
    often missing (``non géolocalisé``). Note row, empty row, ``Total période``; the file is
    re-sent with exact repeats.
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

__all__ = ["BLIND115_SOURCES", "make_blind115"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_FTDES = "ftdes_migration_dm"
_CF = "caminando_fronteras_dm"
_HOPE = "hope_border_dm"
_GARR = "garr_haiti_dm"
_MGR = "migreurop_dm"

#: The five sources of the set, in the order their submissions are returned.
BLIND115_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_FTDES,
        filename=f"{_FTDES}.csv",
        ref="FTDES/MIG/{year}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date (jj/mm/aaaa)",
            "place": "Lieu (débarquement / interception)",
            "detection_country": "Pays de détection",
            "crime_type": "Qualification des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "gender": "Sexe",
            "age_group": "Âge (maj./min.)",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination finale",
            "transport_mode": "Moyen de transport",
            "coordinates": "Position GPS (lat / long)",
            "n_suspects": "Passeurs identifiés",
            "linked_offences": "Infractions connexes",
        },
        note="NB : chiffres provisoires ; sources : témoignages, familles, presse (à recouper)",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs dizaines", "nombreux"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CF,
        filename=f"{_CF}.csv",
        ref="CF{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Nº alerta",
            "event_date": "Fecha (dd/mm/aa)",
            "detection_country": "País de llegada / interceptación",
            "transport_mode": "Tipo de embarcación / medio",
            "n_persons": "Nº ocupantes",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad(es)",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "Destino final",
            "crime_type": "Delito (CP)",
            "exploitation": "Fin de explotación",
            "n_suspects": "Patrones / organizadores",
            "lat": "Latitud (N)",
            "lon": "Longitud",
            "linked_offences": "Otros delitos",
        },
        note="Nota: datos en revisión; no incluye alertas sin confirmar",
        total="TOTAL",
        bad_count=("varias decenas", "numerosos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_HOPE,
        filename=f"{_HOPE}.jsonl",
        ref="HBI-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "date_encountered",
            "location": "location",
            "detection_country": "country",
            "crime_type": "offense",
            "exploitation": "exploitation_type",
            "n_persons": "people_involved",
            "n_suspects": "facilitators",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "citizenship",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_route",
            "destination_country": "intended_destination",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lng",
            "linked_offences": "associated_offenses",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "dozens"),
        repeats=True,
    ),
    ExaminerSource(
        source=_GARR,
        filename=f"{_GARR}.xlsx",
        ref="GARR-PA-{yy:02d}/{seq:03d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "No. dossier",
            "event_date": "Date de l'évènement",
            "detection_country": "Pays (lieu de l'interception)",
            "nationality": "Nationalité",
            "gender": "Sexe",
            "age_group": "Tranche d'âge",
            "n_persons": "Nombre de personnes",
            "crime_type": "Type d'infraction",
            "exploitation": "Type d'exploitation",
            "n_suspects": "Nombre de passeurs / trafiquants",
            "origin_country": "Pays d'origine",
            "transit_countries": "Itinéraire (pays traversés)",
            "destination_country": "Pays de destination",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Autres infractions",
        },
        note="Source : partenaires terrain (Darién) – données non consolidées",
        total="Total",
        bad_count=("plusieurs", "beaucoup"),
        repeats=False,
    ),
    ExaminerSource(
        source=_MGR,
        filename=f"{_MGR}.csv",
        ref="MGR-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter="|",
        language="fr",
        headers={
            "source_ref": "Réf.",
            "event_date": "Date des faits",
            "detection_country": "Pays",
            "crime_type": "Qualification",
            "exploitation": "Exploitation",
            "n_persons": "Personnes concernées",
            "n_suspects": "Passeurs interpellés",
            "gender": "Genre",
            "age_group": "Âge",
            "nationality": "Nationalité(s)",
            "origin_country": "Origine",
            "destination_country": "Destination",
            "transit_countries": "Route (pays de transit)",
            "transport_mode": "Mode",
            "coordinates": "Coordonnées GPS (lat, lon)",
            "linked_offences": "Délits associés",
        },
        note="Compilation à partir de sources ouvertes (presse, ONG membres) — mise à jour",
        total="Total période",
        bad_count=("plusieurs", "des dizaines"),
        repeats=True,
    ),
)

# --------------------------------------------------------------------------------------
# Countries: ISO alpha-3 -> (French name, feminine demonym, masculine plural),
# (Spanish name, feminine demonym, masculine plural), (English name, demonym)
# --------------------------------------------------------------------------------------
_FR: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "afghane", "Afghans"),
    "ALB": ("Albanie", "albanaise", "Albanais"),
    "AUT": ("Autriche", "autrichienne", "Autrichiens"),
    "BGD": ("Bangladesh", "bangladaise", "Bangladais"),
    "BGR": ("Bulgarie", "bulgare", "Bulgares"),
    "BIH": ("Bosnie-Herzégovine", "bosnienne", "Bosniens"),
    "BLR": ("Biélorussie", "biélorusse", "Biélorusses"),
    "CHN": ("Chine", "chinoise", "Chinois"),
    "CIV": ("Côte d'Ivoire", "ivoirienne", "Ivoiriens"),
    "CMR": ("Cameroun", "camerounaise", "Camerounais"),
    "COL": ("Colombie", "colombienne", "Colombiens"),
    "DEU": ("Allemagne", "allemande", "Allemands"),
    "DZA": ("Algérie", "algérienne", "Algériens"),
    "ECU": ("Équateur", "équatorienne", "Équatoriens"),
    "EGY": ("Égypte", "égyptienne", "Égyptiens"),
    "ERI": ("Érythrée", "érythréenne", "Érythréens"),
    "ESP": ("Espagne", "espagnole", "Espagnols"),
    "FRA": ("France", "française", "Français"),
    "GBR": ("Royaume-Uni", "britannique", "Britanniques"),
    "GIN": ("Guinée", "guinéenne", "Guinéens"),
    "GMB": ("Gambie", "gambienne", "Gambiens"),
    "GRC": ("Grèce", "grecque", "Grecs"),
    "GTM": ("Guatemala", "guatémaltèque", "Guatémaltèques"),
    "HND": ("Honduras", "hondurienne", "Honduriens"),
    "HRV": ("Croatie", "croate", "Croates"),
    "HTI": ("Haïti", "haïtienne", "Haïtiens"),
    "HUN": ("Hongrie", "hongroise", "Hongrois"),
    "IRN": ("Iran", "iranienne", "Iraniens"),
    "IRQ": ("Irak", "irakienne", "Irakiens"),
    "ITA": ("Italie", "italienne", "Italiens"),
    "LBY": ("Libye", "libyenne", "Libyens"),
    "MAR": ("Maroc", "marocaine", "Marocains"),
    "MEX": ("Mexique", "mexicaine", "Mexicains"),
    "MKD": ("Macédoine du Nord", "macédonienne", "Macédoniens"),
    "MLI": ("Mali", "malienne", "Maliens"),
    "MRT": ("Mauritanie", "mauritanienne", "Mauritaniens"),
    "NER": ("Niger", "nigérienne", "Nigériens"),
    "NGA": ("Nigeria", "nigériane", "Nigérians"),
    "PAK": ("Pakistan", "pakistanaise", "Pakistanais"),
    "PAN": ("Panama", "panaméenne", "Panaméens"),
    "POL": ("Pologne", "polonaise", "Polonais"),
    "ROU": ("Roumanie", "roumaine", "Roumains"),
    "RUS": ("Russie", "russe", "Russes"),
    "SEN": ("Sénégal", "sénégalaise", "Sénégalais"),
    "SRB": ("Serbie", "serbe", "Serbes"),
    "SYR": ("Syrie", "syrienne", "Syriens"),
    "TUN": ("Tunisie", "tunisienne", "Tunisiens"),
    "TUR": ("Turquie", "turque", "Turcs"),
    "USA": ("États-Unis", "américaine", "Américains"),
    "VEN": ("Venezuela", "vénézuélienne", "Vénézuéliens"),
    "VNM": ("Viêt Nam", "vietnamienne", "Vietnamiens"),
    "YEM": ("Yémen", "yéménite", "Yéménites"),
}
_ES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afganistán", "afgana", "afganos"),
    "ALB": ("Albania", "albanesa", "albaneses"),
    "AUT": ("Austria", "austriaca", "austriacos"),
    "BGD": ("Bangladés", "bangladesí", "bangladesíes"),
    "BGR": ("Bulgaria", "búlgara", "búlgaros"),
    "BIH": ("Bosnia y Herzegovina", "bosnia", "bosnios"),
    "BLR": ("Bielorrusia", "bielorrusa", "bielorrusos"),
    "CHN": ("China", "china", "chinos"),
    "CIV": ("Costa de Marfil", "marfileña", "marfileños"),
    "CMR": ("Camerún", "camerunesa", "cameruneses"),
    "COL": ("Colombia", "colombiana", "colombianos"),
    "DEU": ("Alemania", "alemana", "alemanes"),
    "DZA": ("Argelia", "argelina", "argelinos"),
    "ECU": ("Ecuador", "ecuatoriana", "ecuatorianos"),
    "EGY": ("Egipto", "egipcia", "egipcios"),
    "ERI": ("Eritrea", "eritrea", "eritreos"),
    "ESP": ("España", "española", "españoles"),
    "FRA": ("Francia", "francesa", "franceses"),
    "GBR": ("Reino Unido", "británica", "británicos"),
    "GIN": ("Guinea", "guineana", "guineanos"),
    "GMB": ("Gambia", "gambiana", "gambianos"),
    "GRC": ("Grecia", "griega", "griegos"),
    "GTM": ("Guatemala", "guatemalteca", "guatemaltecos"),
    "HND": ("Honduras", "hondureña", "hondureños"),
    "HRV": ("Croacia", "croata", "croatas"),
    "HTI": ("Haití", "haitiana", "haitianos"),
    "HUN": ("Hungría", "húngara", "húngaros"),
    "IRN": ("Irán", "iraní", "iraníes"),
    "IRQ": ("Irak", "iraquí", "iraquíes"),
    "ITA": ("Italia", "italiana", "italianos"),
    "LBY": ("Libia", "libia", "libios"),
    "MAR": ("Marruecos", "marroquí", "marroquíes"),
    "MEX": ("México", "mexicana", "mexicanos"),
    "MKD": ("Macedonia del Norte", "macedonia", "macedonios"),
    "MLI": ("Malí", "maliense", "malienses"),
    "MRT": ("Mauritania", "mauritana", "mauritanos"),
    "NER": ("Níger", "nigerina", "nigerinos"),
    "NGA": ("Nigeria", "nigeriana", "nigerianos"),
    "PAK": ("Pakistán", "pakistaní", "pakistaníes"),
    "PAN": ("Panamá", "panameña", "panameños"),
    "POL": ("Polonia", "polaca", "polacos"),
    "ROU": ("Rumanía", "rumana", "rumanos"),
    "RUS": ("Rusia", "rusa", "rusos"),
    "SEN": ("Senegal", "senegalesa", "senegaleses"),
    "SRB": ("Serbia", "serbia", "serbios"),
    "SYR": ("Siria", "siria", "sirios"),
    "TUN": ("Túnez", "tunecina", "tunecinos"),
    "TUR": ("Turquía", "turca", "turcos"),
    "USA": ("Estados Unidos", "estadounidense", "estadounidenses"),
    "VEN": ("Venezuela", "venezolana", "venezolanos"),
    "VNM": ("Vietnam", "vietnamita", "vietnamitas"),
    "YEM": ("Yemen", "yemení", "yemeníes"),
}
_EN: dict[str, tuple[str, str]] = {
    "AFG": ("Afghanistan", "Afghan"),
    "ALB": ("Albania", "Albanian"),
    "AUT": ("Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Belarusian"),
    "CHN": ("China", "Chinese"),
    "CIV": ("Côte d'Ivoire", "Ivorian"),
    "CMR": ("Cameroon", "Cameroonian"),
    "COL": ("Colombia", "Colombian"),
    "DEU": ("Germany", "German"),
    "DZA": ("Algeria", "Algerian"),
    "ECU": ("Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Egyptian"),
    "ERI": ("Eritrea", "Eritrean"),
    "ESP": ("Spain", "Spanish"),
    "FRA": ("France", "French"),
    "GBR": ("United Kingdom", "British"),
    "GIN": ("Guinea", "Guinean"),
    "GMB": ("The Gambia", "Gambian"),
    "GRC": ("Greece", "Greek"),
    "GTM": ("Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatian"),
    "HTI": ("Haiti", "Haitian"),
    "HUN": ("Hungary", "Hungarian"),
    "IRN": ("Iran", "Iranian"),
    "IRQ": ("Iraq", "Iraqi"),
    "ITA": ("Italy", "Italian"),
    "LBY": ("Libya", "Libyan"),
    "MAR": ("Morocco", "Moroccan"),
    "MEX": ("Mexico", "Mexican"),
    "MKD": ("North Macedonia", "Macedonian"),
    "MLI": ("Mali", "Malian"),
    "MRT": ("Mauritania", "Mauritanian"),
    "NER": ("Niger", "Nigerien"),
    "NGA": ("Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistani"),
    "PAN": ("Panama", "Panamanian"),
    "POL": ("Poland", "Polish"),
    "ROU": ("Romania", "Romanian"),
    "RUS": ("Russia", "Russian"),
    "SEN": ("Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbian"),
    "SYR": ("Syria", "Syrian"),
    "TUN": ("Tunisia", "Tunisian"),
    "TUR": ("Türkiye", "Turkish"),
    "USA": ("United States", "American"),
    "VEN": ("Venezuela", "Venezuelan"),
    "VNM": ("Viet Nam", "Vietnamese"),
    "YEM": ("Yemen", "Yemeni"),
}
#: Each source's own names for some countries (read by any analyst of the region).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    _FTDES: {"GIN": ("Guinée-Conakry",), "CIV": ("RCI", "Côte-d'Ivoire"), "ITA": ("Italie",)},
    _CF: {"GIN": ("Guinea Conakry", "Guinea-Conakry"), "MAR": ("Marruecos",)},
    _HOPE: {
        "CIV": ("Ivory Coast",),
        "USA": ("U.S.", "US", "United States of America"),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "GBR": ("UK",),
    },
    _GARR: {"HTI": ("Haïti",), "PAN": ("Panamá",), "USA": ("USA",)},
    _MGR: {"GBR": ("Royaume-Uni", "RU"), "GRC": ("Grèce",), "BLR": ("Bélarus",)},
}
#: Words for a nationality nobody recorded (the record keeps no nationality).
_NAT_UNKNOWN: dict[str, tuple[str, ...]] = {
    _FTDES: ("inconnue", "n.c."),
    _CF: ("s/d", "no consta"),
    _HOPE: ("unk", "unknown"),
    _GARR: ("ND", "non déterminée"),
    _MGR: ("NR", "indéterminée"),
}

# --------------------------------------------------------------------------------------
# Value words
# --------------------------------------------------------------------------------------
#: Plain words for the crime, any source may write them for any event.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _FTDES: {
        "smuggling": (
            "harga organisée",
            "passage clandestin",
            "trafic illicite de migrants",
            "Trafic de migrants",
        ),
        "trafficking": ("traite des personnes", "traite des êtres humains", "TEH"),
        "both": (
            "traite + trafic de migrants",
            "trafic de migrants et traite",
            "harga organisée et traite",
        ),
    },
    _CF: {
        "smuggling": (
            "inmigración clandestina",
            "tráfico de migrantes",
            "favorecimiento de la inmigración irregular",
        ),
        "trafficking": ("trata de seres humanos", "TSH", "trata de personas"),
        "both": ("trata y tráfico de migrantes", "trata + inmigración clandestina"),
    },
    _HOPE: {
        "smuggling": ("alien smuggling", "human smuggling", "bringing in and harboring aliens"),
        "trafficking": ("human trafficking", "trafficking in persons", "TIP case"),
        "both": ("smuggling and trafficking", "smuggling / trafficking (both)"),
    },
    _GARR: {
        "smuggling": (
            "trafic illicite de migrants",
            "trafic de migrants",
            "passage irrégulier organisé par des coyotes",
        ),
        "trafficking": ("traite des personnes", "Traite de personnes"),
        "both": ("traite et trafic illicite de migrants", "trafic + traite"),
    },
}
#: Legal references a source cites: (when it applies, crime -> words). The condition is
#: (detection country, or None for any) and (a country among nationality, origin and
#: transit, or None for any): a law is cited only for the events it governs.
_CRIME_LAW: dict[str, tuple[tuple[str | None, str | None, dict[str, tuple[str, ...]]], ...]] = {
    _FTDES: (
        (
            "ITA",
            None,
            {
                "smuggling": ("favoreggiamento (art. 12 TUI)",),
                "trafficking": ("tratta – art. 601 c.p.",),
                "both": ("art. 12 TUI + art. 601 c.p.",),
            },
        ),
        (
            None,
            "TUN",
            {
                "smuggling": ("aide à l'émigration clandestine (loi 2004-6)",),
                "trafficking": ("traite (LO 2016-61)",),
            },
        ),
    ),
    _CF: (
        (
            "ESP",
            None,
            {
                "smuggling": ("art. 318 bis CP", "318 bis"),
                "trafficking": ("trata (art. 177 bis CP)",),
                "both": ("art. 177 bis y 318 bis CP",),
            },
        ),
    ),
    _HOPE: (
        (
            "USA",
            None,
            {
                "smuggling": ("8 U.S.C. § 1324", "smuggling (8 USC 1324)"),
                "trafficking": ("TVPA violation",),
                "both": ("8 USC 1324 + TVPA",),
            },
        ),
    ),
    _GARR: (
        ("PAN", None, {"smuggling": ("trafic de migrants (art. 456 CP Panamá)",)}),
        (None, "HTI", {"trafficking": ("traite (loi CL/2014-0010)",)}),
    ),
}
#: Migreurop cites the law of the country where the facts were detected.
_MGR_LAW: dict[str, dict[str, tuple[str, ...]]] = {
    "smuggling": {
        "FRA": ("art. L823-1 CESEDA", "aide à l'entrée irrégulière (L823-1 CESEDA)"),
        "GBR": ("s.25 Immigration Act 1971", "facilitation (s.25 Immigration Act 1971)"),
        "GRC": ("passeurs – art. 30 loi 4251/2014",),
        "POL": ("passeurs – art. 264 § 3 k.k.",),
        "HRV": ("passeurs – art. 326 KZ (Croatie)",),
        "ITA": ("favoreggiamento – art. 12 TUI",),
        "ESP": ("art. 318 bis CP (Espagne)",),
    },
    "trafficking": {
        "FRA": ("art. 225-4-1 CP", "TEH (art. 225-4-1 CP)"),
        "GBR": ("Modern Slavery Act 2015", "esclavage moderne (MSA 2015)"),
        "GRC": ("traite – art. 323A CP grec",),
        "POL": ("traite – art. 189a k.k.",),
        "HRV": ("traite – art. 106 KZ (Croatie)",),
        "ITA": ("tratta – art. 601 c.p.",),
        "ESP": ("trata – art. 177 bis CP",),
    },
}
_MGR_WORDS: dict[str, tuple[str, ...]] = {
    "smuggling": ("réseau de passeurs", "trafic de migrants", "aide au passage"),
    "trafficking": ("traite des êtres humains", "TEH", "traite"),
    "both": ("traite et trafic de migrants", "TEH + aide au passage", "passeurs et traite"),
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    "es": {
        "sexual": ("explotación sexual", "prostitución forzada"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otras formas"),
    },
    "en": {
        "sexual": ("sex", "sexual exploitation", "commercial sex"),
        "forced_labour": ("labor", "forced labor", "labor trafficking"),
        "forced_criminality": ("forced criminality", "compelled criminal activity"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}
#: The exploitation cell of a pure smuggling row ("" = left empty).
_EXPL_NA: dict[str, tuple[str, ...]] = {
    _FTDES: ("", "", "sans objet"),
    _CF: ("", "no procede"),
    _HOPE: ("", "n/a", "N/A"),
    _GARR: ("", "N/A"),
    _MGR: ("", "s.o."),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _FTDES: {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
        "one_male": ("H", "homme"),
        "one_female": ("F", "femme"),
        "unknown": ("n.c.",),
    },
    _CF: {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "hombres y mujeres"),
        "one_male": ("hombre", "varón"),
        "one_female": ("mujer",),
        "unknown": ("s/d",),
    },
    _HOPE: {
        "male": ("M", "male", "Male"),
        "female": ("F", "female"),
        "mixed": ("mixed", "M/F", "both"),
        "one_male": ("M", "male"),
        "one_female": ("F", "female"),
        "unknown": ("unk",),
    },
    _GARR: {
        "male": ("Masculin", "M", "Hommes"),
        "female": ("Féminin", "F", "Femmes"),
        "mixed": ("Mixte", "M/F"),
        "one_male": ("Masculin", "M"),
        "one_female": ("Féminin", "F"),
        "unknown": ("ND",),
    },
    _MGR: {
        "male": ("hommes", "hommes seuls", "masculin"),
        "female": ("femmes", "féminin"),
        "mixed": ("mixte", "groupe mixte", "femmes et hommes"),
        "one_male": ("homme", "masculin"),
        "one_female": ("femme", "féminin"),
        "unknown": ("NR",),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _FTDES: {
        "adult": ("majeurs", "adultes", "+18"),
        "child": ("mineurs", "MNA", "-18"),
        "mixed": ("adultes et mineurs", "majeurs + mineurs"),
        "one_adult": ("majeur", "+18"),
        "one_child": ("mineur", "MNA"),
        "unknown": ("n.c.", "non précisé"),
    },
    _CF: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA", "menores no acompañados"),
        "mixed": ("adultos y menores", "mixto (con menores)"),
        "one_adult": ("adulto", "mayor de edad"),
        "one_child": ("menor", "MENA"),
        "unknown": ("s/d", "no consta"),
    },
    _HOPE: {
        "adult": ("adult", "adults", "single adults"),
        "child": ("UAC", "minors", "juveniles"),
        "mixed": ("family unit", "FMUA", "adults + minors"),
        "one_adult": ("adult", "SA"),
        "one_child": ("UAC", "minor"),
        "unknown": ("unk", "n/a"),
    },
    _GARR: {
        "adult": ("Adultes", "adultes"),
        "child": ("Enfants", "mineurs", "mineurs non accompagnés"),
        "mixed": ("Adultes + enfants", "familles avec enfants"),
        "one_adult": ("Adulte",),
        "one_child": ("Enfant", "mineur non accompagné"),
        "unknown": ("ND", "non précisé"),
    },
    _MGR: {
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "mineurs isolés"),
        "mixed": ("adultes dont mineurs", "adultes et mineurs"),
        "one_adult": ("adulte", "majeur"),
        "one_child": ("mineur", "mineur isolé"),
        "unknown": ("NR", "inconnu"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _FTDES: {
        "sea": (
            "embarcation de fortune",
            "bateau de pêche",
            "barque en fer",
            "zodiac",
            "voie maritime",
        ),
        "land": ("voie terrestre", "camion", "à pied", "par la route"),
        "air": ("avion", "vol commercial", "voie aérienne"),
        "unknown": ("n.c.",),
    },
    _CF: {
        "sea": ("patera", "cayuco", "neumática", "lancha", "vía marítima"),
        "land": ("a pie", "bajos de camión", "terrestre", "autobús", "vehículo"),
        "air": ("avión", "vía aérea", "vuelo comercial"),
        "unknown": ("s/d",),
    },
    _HOPE: {
        "sea": ("boat", "vessel", "maritime", "panga"),
        "land": ("on foot", "tractor-trailer", "vehicle", "pickup truck", "land"),
        "air": ("commercial flight", "air"),
        "unknown": ("unk", "n/a"),
    },
    _GARR: {
        "sea": ("bateau", "embarcation", "lancha (bateau)"),
        "land": ("à pied", "à pied (jungle)", "voie terrestre", "bus"),
        "air": ("avion", "voie aérienne"),
        "unknown": ("ND",),
    },
    _MGR: {
        "sea": ("small boat", "bateau pneumatique", "embarcation", "canot"),
        "land": ("camion", "poids lourd", "à pied", "voiture", "train"),
        "air": ("avion", "voie aérienne"),
        "unknown": ("NR", "inconnu"),
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "en": {
        "document_fraud": ("document fraud", "fraudulent documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_LINKED_JOIN: dict[str, tuple[str, ...]] = {
    _FTDES: (" + ", ", "),
    _CF: (", ", " y "),
    _HOPE: ("; ", ", "),
    _GARR: (" / ", ", "),
    _MGR: (", ", " + "),
}
_LINKED_NONE: dict[str, tuple[str, ...]] = {
    _FTDES: ("", "", "néant"),
    _CF: ("", "ninguno"),
    _HOPE: ("", "none"),
    _GARR: ("",),
    _MGR: ("", "néant"),
}
_TRANSIT_NONE: dict[str, tuple[str, ...]] = {
    _FTDES: ("", "direct"),
    _CF: ("", "directo"),
    _HOPE: ("", "direct", "n/a"),
    _GARR: ("",),
    _MGR: ("", "aucun"),
}
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    _FTDES: ("n.c.", "inconnu"),
    _CF: ("s/d", "sin datos"),
    _HOPE: ("unk", "unknown"),
    _GARR: ("ND", "non déterminé"),
    _MGR: ("NR", "inconnu"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    _FTDES: ("aucun", "néant"),
    _CF: ("ninguno", "ninguno identificado"),
    _HOPE: ("none",),
    _GARR: ("aucun",),
    _MGR: ("néant", "aucun"),
}
_NO_DATE: dict[str, tuple[str | None, ...]] = {
    _FTDES: (None, "s.d."),
    _CF: (None, "s/f"),
    _HOPE: (None, "n.d."),
    _GARR: (None,),
    _MGR: (None, "date inconnue"),
}
_COORD_UNKNOWN: dict[str, str] = {
    _FTDES: "n.c.",
    _CF: "s/d",
    _HOPE: "unk",
    _GARR: "ND",
    _MGR: "non géolocalisé",
}
#: Place names of the truth's hotspots as FTDES (French) and Hope Border (English) write them.
_PLACE_FR = {"Palermo": "Palerme", "Torino": "Turin", "Dunkirk/Gravelines": "Dunkerque"}
_PLACE_EN = {
    "Rio Grande Valley": "Rio Grande Valley Sector, TX",
    "El Paso": "El Paso Sector, TX",
    "Nogales (Sonora/Arizona)": "Nogales, AZ (Tucson Sector)",
    "Sasabe": "Sasabe, AZ (Tucson Sector)",
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
_FR_ABBR = (
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
_ES_ABBR = (
    "ene.",
    "feb.",
    "mar.",
    "abr.",
    "may.",
    "jun.",
    "jul.",
    "ago.",
    "sept.",
    "oct.",
    "nov.",
    "dic.",
)
_ES_ORDINAL = ("primer", "segundo", "tercer", "cuarto")
_EN_ORDINAL = ("1st", "2nd", "3rd", "4th")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    """Return a truth count (numpy or Python integer) as an int."""
    return int(str(value))


def _float(value: object) -> float:
    """Return a truth coordinate as a float."""
    return float(str(value))


def _pick(rng: _Rng, weights: dict[str, float]) -> str:
    """Draw a key of ``weights`` with probability proportional to its weight."""
    keys = list(weights)
    p = np.array(list(weights.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def _text(value: object) -> str | None:
    """Return ``value`` as a cell: ``""`` becomes an empty cell."""
    return None if value is None or value == "" else str(value)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the first day of the quarter of ``ts``."""
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _fr_day(ts: pd.Timestamp) -> str:
    """Return the French day number (``1er`` for the first)."""
    return "1er" if ts.day == 1 else str(ts.day)


def _grouped(n: int, sep: str) -> str:
    """Return ``n`` with ``sep`` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


def _excel_serial(ts: pd.Timestamp) -> int:
    """Return the Excel (1900 system) serial number of a day."""
    return int((ts.normalize() - _EXCEL_EPOCH).days)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a full date the source's way."""
    name, m, y = src.source, ts.month, ts.year
    if name == _FTDES:
        style = _pick(rng, {"slash": 0.6, "yy": 0.1, "abbr": 0.12, "long": 0.12, "dash": 0.06})
        return {
            "slash": ts.strftime("%d/%m/%Y"),
            "yy": ts.strftime("%d/%m/%y"),
            "abbr": f"{ts.day} {_FR_ABBR[m - 1]} {y}",
            "long": f"{_fr_day(ts)} {_FR_MONTHS[m - 1]} {y}",
            "dash": ts.strftime("%d-%m-%Y"),
        }[style]
    if name == _CF:
        style = _pick(rng, {"yy": 0.55, "slash": 0.2, "long": 0.15, "dash": 0.1})
        return {
            "yy": ts.strftime("%d/%m/%y"),
            "slash": ts.strftime("%d/%m/%Y"),
            "long": f"{ts.day} de {_ES_MONTHS[m - 1]} de {y}",
            "dash": ts.strftime("%d-%m-%Y"),
        }[style]
    if name == _HOPE:
        style = _pick(rng, {"iso": 0.45, "us": 0.3, "long": 0.15, "dmy": 0.1})
        return {
            "iso": ts.strftime("%Y-%m-%d"),
            "us": f"{m}/{ts.day}/{y}",
            "long": f"{MONTHS[m - 1]} {ts.day}, {y}",
            "dmy": f"{ts.day:02d}-{MONTHS[m - 1][:3]}-{y}",
        }[style]
    if name == _GARR:
        style = _pick(rng, {"date": 0.5, "serial": 0.25, "slash": 0.15, "long": 0.1})
        if style == "date":
            return dt.datetime(y, m, ts.day)
        if style == "serial":
            return _excel_serial(ts)
        if style == "slash":
            return ts.strftime("%d/%m/%Y")
        return f"{_fr_day(ts)} {_FR_MONTHS[m - 1]} {y}"
    style = _pick(rng, {"iso": 0.4, "dot": 0.2, "abbr": 0.2, "slash": 0.2})
    return {
        "iso": ts.strftime("%Y-%m-%d"),
        "dot": ts.strftime("%d.%m.%Y"),
        "abbr": f"{ts.day} {_FR_ABBR[m - 1]} {y}",
        "slash": ts.strftime("%d/%m/%Y"),
    }[style]


def _month_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a month (no day) the source's way."""
    m, y = ts.month, ts.year
    options = {
        _FTDES: (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
        _CF: (f"{_ES_MONTHS[m - 1]} de {y}", f"{_ES_ABBR[m - 1]} {y}", f"{_ES_MONTHS[m - 1]} {y}"),
        _HOPE: (f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}", f"{MONTHS[m - 1][:3]} {y}"),
        _GARR: (f"{_FR_MONTHS[m - 1].capitalize()} {y}", f"{_FR_MONTHS[m - 1]} {y}"),
        _MGR: (f"{m:02d}/{y}", f"{_FR_ABBR[m - 1]} {y}", f"{y}-{m:02d}"),
    }[src.source]
    return choice(rng, options)


def _quarter_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a quarter the source's way."""
    q, y = (ts.month - 1) // 3 + 1, ts.year
    fr_nth = "1er" if q == 1 else f"{q}e"
    options = {
        _FTDES: (f"T{q} {y}", f"{fr_nth} trimestre {y}"),
        _CF: (f"{q}º trimestre {y}", f"T{q}-{y}", f"{_ES_ORDINAL[q - 1]} trimestre de {y}"),
        _HOPE: (f"Q{q} {y}", f"{y}-Q{q}", f"{_EN_ORDINAL[q - 1]} quarter {y}"),
        _GARR: (f"{fr_nth} trim. {y}", f"T{q}-{y}"),
        _MGR: (f"{y}-T{q}", f"T{q}/{y}"),
    }[src.source]
    return choice(rng, options)


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected day, precision, tag) of an event's date."""
    r = rng.random()
    if partial_ok and r < 0.045:
        return _month_cell(src, ts, rng), ts.to_period("M").start_time, "month", "month_date"
    if partial_ok and r < 0.075:
        return _quarter_cell(src, ts, rng), _quarter_start(ts), "quarter", "quarter_date"
    cell = _day_cell(src, ts, rng)
    tag = "excel_serial" if isinstance(cell, int) else "day_date"
    return cell, ts.normalize(), "day", tag


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine (none, impossible or in the future)."""
    name, y = src.source, ts.year
    if kind == "no_date":
        return choice(rng, [v or "" for v in _NO_DATE[name]]) or None
    if kind == "bad_date":
        options = {
            _FTDES: (f"31/02/{y}", f"30/02/{y}", f"00/{ts.month:02d}/{y}", f"{ts.day:02d}/13/{y}"),
            _CF: (f"31/02/{y % 100:02d}", f"30/02/{y % 100:02d}", f"31/04/{y % 100:02d}"),
            _HOPE: (f"2/30/{y}", f"{y}-02-30", f"13/45/{y}"),
            _GARR: (f"31/02/{y}", f"30 février {y}"),
            _MGR: (f"{y}-02-30", f"31.04.{y}", f"31/06/{y}"),
        }[name]
        return choice(rng, options)
    future = ts + pd.DateOffset(years=10)  # a keying slip: 2032 for 2022
    if name == _GARR:
        return dt.datetime(future.year, future.month, future.day)
    if name == _CF:
        return future.strftime("%d/%m/%y")
    if name == _HOPE:
        return future.strftime("%Y-%m-%d")
    if name == _MGR:
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the source's note row."""
    if src.source == _GARR:
        return dt.datetime(last.year, last.month, last.day)
    if src.source == _CF:
        return last.strftime("%d/%m/%y")
    if src.source in (_HOPE, _MGR):
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country_name(src: ExaminerSource, code: str) -> str:
    """Return the country's name in the source's language."""
    if src.language == "fr":
        return _FR[code][0]
    if src.language == "es":
        return _ES[code][0]
    return _EN[code][0]


def _noise(src: ExaminerSource, text: str, rng: _Rng, tags: list[str]) -> str:
    """Now and then garble, upper-case or pad a word, as the sources' clerks do."""
    r = rng.random()
    if src.source == _MGR and r < 0.06:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    if r > 0.95:
        tags.append("case_space")
        return f" {text.upper()} " if src.format == "csv" else text.upper()
    return text


def _country(
    src: ExaminerSource, code: str, rng: _Rng, tags: list[str], *, nationality: bool = False
) -> str:
    """Write one country (or a nationality) the source's way."""
    alpha2, _ = iso_codes(code)
    aliases = _ALIASES[src.source].get(code, ())
    if nationality:
        weights = {
            _FTDES: {"fem": 0.4, "plural": 0.25, "name": 0.2, "alpha2": 0.1, "alias": 0.05},
            _CF: {"fem": 0.4, "plural": 0.2, "name": 0.3, "alpha2": 0.05, "alias": 0.05},
            _HOPE: {"dem": 0.55, "name": 0.25, "alpha2": 0.15, "alpha3": 0.05},
            _GARR: {"plural": 0.45, "fem": 0.2, "name": 0.2, "alpha3": 0.15},
            _MGR: {"name": 0.45, "plural": 0.25, "fem": 0.1, "alpha3": 0.2},
        }[src.source]
    else:
        weights = {
            _FTDES: {"name": 0.8, "alpha2": 0.1, "alias": 0.1},
            _CF: {"name": 0.85, "alpha2": 0.1, "alias": 0.05},
            _HOPE: {"name": 0.7, "alpha2": 0.1, "alpha3": 0.1, "alias": 0.1},
            _GARR: {"name": 0.8, "alpha3": 0.15, "alias": 0.05},
            _MGR: {"name": 0.75, "alpha3": 0.2, "alias": 0.05},
        }[src.source]
    style = _pick(rng, weights)
    if style == "alias" and not aliases:
        style = "name"
    if style == "alpha2":
        tags.append("iso_code")
        return alpha2
    if style == "alpha3":
        tags.append("iso_code")
        return code
    if style == "alias":
        tags.append("country_alias")
        return choice(rng, aliases)
    if style == "name":
        tags.append("country_name")
        return _noise(src, _country_name(src, code), rng, tags)
    tags.append("demonym")
    if src.language == "en":
        word = _EN[code][1]
    else:
        table = _FR if src.language == "fr" else _ES
        word = table[code][1] if style == "fem" else table[code][2]
        if style == "fem" and src.language == "es" and rng.random() < 0.3:
            word = word.capitalize()
    return _noise(src, word, rng, tags)


def _transit(src: ExaminerSource, value: object, rng: _Rng, tags: list[str]) -> str | None:
    """Write the ordered transit countries the source's way."""
    if value is None:
        return _text(choice(rng, _TRANSIT_NONE[src.source]))
    codes = str(value).split("|")
    if src.source == _MGR and rng.random() < 0.3:
        tags.append("iso_route")
        return "-".join(codes)
    if src.source == _HOPE and rng.random() < 0.25:
        tags.append("iso_route")
        return " > ".join(iso_codes(c)[0] for c in codes)
    names = [_country_name(src, c) for c in codes]
    if len(names) > 1 and src.source == _CF and rng.random() < 0.5:
        return ", ".join(names[:-1]) + " y " + names[-1]
    sep = {
        _FTDES: (" > ", ", ", " puis "),
        _CF: (" - ", ", "),
        _HOPE: (", ", " > "),
        _GARR: (" → ", ", "),
        _MGR: (" – ", " > "),
    }[src.source]
    return choice(rng, sep).join(names)


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _persons(
    src: ExaminerSource, n: int, mode: str, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons of an event."""
    name = src.source
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[name]), None
    big = n >= 1000
    if big:
        tags.append("thousands_sep")
    if name == _FTDES:
        if big:
            return choice(rng, (_grouped(n, "\xa0"), _grouped(n, "\xa0"), str(n))), n
        unit = "personne" if n == 1 else "personnes"
        return choice(rng, (str(n), str(n), str(n), f"{n} pers.", f"{n} {unit}")), n
    if name == _CF:
        if big:
            return choice(rng, (_grouped(n, "."), _grouped(n, "."), str(n))), n
        if mode == "sea" and n > 1:  # the occupants of a boat
            return choice(rng, (str(n), str(n), str(n), f"{n} ocupantes")), n
        return str(n), n
    if name == _HOPE:
        if big and rng.random() < 0.5:
            return _grouped(n, ","), n
        return n, n
    if name == _GARR:
        if big and rng.random() < 0.4:
            return _grouped(n, " "), n
        return n, n
    if big:
        return choice(rng, (_grouped(n, "\u202f"), _grouped(n, " "), str(n))), n
    return str(n), n


def _suspects(
    src: ExaminerSource, n: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the suspects of an event."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    if rng.random() < 0.04:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[src.source]), None
    if n == 0 and rng.random() < 0.6:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.source]), 0
    if src.format == "csv":
        return str(n), n
    return n, n


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a comma (``35°30,7'N``) and the value it says."""
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 1)
    if minutes >= 60.0:
        deg, minutes = deg + 1, 0.0
    hemi = pos if value >= 0 else neg
    text = f"{deg:0{width}d}°{minutes:04.1f}'{hemi}".replace(".", ",")
    said = deg + minutes / 60
    return text, round(said if value >= 0 else -said, 6)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and whole seconds (``8°25'12"N``) and the value it says."""
    a = abs(value)
    total = round(a * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    hemi = pos if value >= 0 else neg
    said = deg + minutes / 60 + seconds / 3600
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{hemi}", round(said if value >= 0 else -said, 6)


def _coords(
    src: ExaminerSource,
    lat: float,
    lon: float,
    rng: _Rng,
    tags: list[str],
    *,
    blank: bool,
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells by column, expected lat, expected lon) of an event's position."""
    name = src.source
    combined = "coordinates" in src.headers
    if blank:
        tags.append("blank_coordinates")
        return ({"coordinates": None} if combined else {"lat": None, "lon": None}), None, None
    missing = {_FTDES: 0.06, _CF: 0.04, _HOPE: 0.05, _GARR: 0.05, _MGR: 0.2}[name]
    r = rng.random()
    if r < missing:
        if rng.random() < 0.4:
            tags.append("coords_placeholder")
            word = _COORD_UNKNOWN[name]
            cells: dict[str, object] = (
                {"coordinates": word} if combined else {"lat": word, "lon": word}
            )
        else:
            tags.append("coords_missing")
            cells = {"coordinates": None} if combined else {"lat": None, "lon": None}
        return cells, None, None
    if name == _FTDES:
        if rng.random() < 0.5:
            tags.append("coords_ddm")
            west = choice(rng, ("W", "W", "O"))
            lat_t, la = _ddm(lat, "N", "S", 2)
            lon_t, lo = _ddm(lon, "E", west, 3)
            return {"coordinates": f"{lat_t} {lon_t}"}, la, lo
        la, lo = round(lat, 4), round(lon, 4)
        text = f"{la:.4f} / {lo:.4f}".replace(".", ",")
        return {"coordinates": text}, la, lo
    if name == _CF:
        la, lo = round(lat, 5), round(lon, 5)
        lat_t = f"{la:.5f}".replace(".", ",")
        if lo < 0 and rng.random() < 0.3:
            tags.append("coords_hemisphere")
            lon_t = f"{abs(lo):.5f} O".replace(".", ",")
        else:
            lon_t = f"{lo:.5f}".replace(".", ",")
        return {"lat": lat_t, "lon": lon_t}, la, lo
    if name == _HOPE:
        if rng.random() < 0.2:
            tags.append("coords_hemisphere")
            la, lo = round(lat, 4), round(lon, 4)
            ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
            return {"lat": f"{abs(la):.4f} {ns}", "lon": f"{abs(lo):.4f} {ew}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo
    if name == _GARR:
        if rng.random() < 0.25:
            tags.append("coords_dms")
            lat_t, la = _dms(lat, "N", "S")
            lon_t, lo = _dms(lon, "E", "O")
            return {"lat": lat_t, "lon": lon_t}, la, lo
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    la, lo = round(lat, 4), round(lon, 4)
    if rng.random() < 0.35:
        tags.append("coords_hemisphere")
        ns, ew = ("N" if la >= 0 else "S"), ("E" if lo >= 0 else "W")
        return {"coordinates": f"{ns} {abs(la):.4f} {ew} {abs(lo):.4f}"}, la, lo
    return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _crime(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Write the crime type the source's way."""
    crime = str(ev["crime_type"])
    if src.source != _MGR:
        involved = {
            ev["nationality"],
            ev["origin_country"],
            *str(ev["transit_countries"]).split("|"),
        }
        laws = [
            word
            for det, country, words in _CRIME_LAW[src.source]
            if det in (None, ev["detection_country"]) and country in (None, *involved)
            for word in words.get(crime, ())
        ]
        if laws and rng.random() < 0.4:
            tags.append("legal_reference")
            return choice(rng, laws)
        return _noise(src, choice(rng, _CRIME[src.source][crime]), rng, tags)
    det = str(ev["detection_country"])
    if crime != "both" and rng.random() < 0.6:
        cited = _MGR_LAW[crime].get(det)
        if cited:
            tags.append("legal_reference")
            return choice(rng, cited)
    return choice(rng, _MGR_WORDS[crime])


def _gender(
    src: ExaminerSource, gender: str, n: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[str | None, str]:
    """Return (cell, expected) of the persons' sex."""
    words = _GENDER[src.source]
    if blank:
        tags.append("blank_gender")
        return None, "unknown"
    if rng.random() < 0.02:
        tags.append("blank_gender")
        return choice(rng, words["unknown"]), "unknown"
    key = f"one_{gender}" if n == 1 and gender in ("male", "female") else gender
    return choice(rng, words[key]), gender


def _age(src: ExaminerSource, age: str, n: int, rng: _Rng, tags: list[str]) -> tuple[str, str]:
    """Return (cell, expected) of the persons' age group."""
    words = _AGE[src.source]
    if rng.random() < 0.025:
        tags.append("na_word")
        return choice(rng, words["unknown"]), "unknown"
    key = f"one_{age}" if n == 1 and age in ("adult", "child") else age
    return choice(rng, words[key]), age


def _transport(
    src: ExaminerSource, mode: str, hotspot: str, rng: _Rng, tags: list[str]
) -> tuple[str, str]:
    """Return (cell, expected) of the transport mode."""
    words = _TRANSPORT[src.source]
    if rng.random() < 0.025:
        tags.append("na_word")
        return choice(rng, words["unknown"]), "unknown"
    if src.source == _CF and mode == "land" and hotspot in ("Ceuta", "Melilla"):
        return choice(rng, ("salto de valla", "salto de valla", "a pie")), mode
    return choice(rng, words[mode]), mode


def _linked(src: ExaminerSource, value: object, rng: _Rng) -> str | None:
    """Write the linked offences in the truth's order, the source's way."""
    if value is None:
        return _text(choice(rng, _LINKED_NONE[src.source]))
    words = _LINKED[src.language]
    parts = [choice(rng, words[o]) for o in str(value).split("|")]
    return choice(rng, _LINKED_JOIN[src.source]).join(parts)


def _place(src: ExaminerSource, hotspot: str) -> str | None:
    """Write the hotspot in the source's extra place column."""
    if src.source == _FTDES:
        text = _PLACE_FR.get(hotspot, hotspot)
        return text if fits(text, src) else None
    return _PLACE_EN.get(hotspot, hotspot)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(str(ev["event_date"]))
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags.append(tag)

    n = _int(ev["n_persons"])
    cells["crime_type"] = _crime(src, ev, rng, tags)
    exp["crime_type"] = ev["crime_type"]
    if ev["exploitation"] is None:
        cells["exploitation"] = _text(choice(rng, _EXPL_NA[src.source]))
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPL[src.language][str(ev["exploitation"])])
        exp["exploitation"] = ev["exploitation"]

    cells["n_persons"], exp["n_persons"] = _persons(src, n, str(ev["transport_mode"]), rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, _int(ev["n_suspects"]), rng, tags, blank=forced_blank == "n_suspects"
    )
    cells["gender"], exp["gender"] = _gender(
        src, str(ev["gender"]), n, rng, tags, blank=forced_blank == "gender"
    )
    cells["age_group"], exp["age_group"] = _age(src, str(ev["age_group"]), n, rng, tags)

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif rng.random() < 0.02:
        tags.append("blank_nationality")
        cells["nationality"] = choice(rng, _NAT_UNKNOWN[src.source])
        exp["nationality"] = None
    else:
        cells["nationality"] = _country(src, nat, rng, tags, nationality=True)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        cells[col] = _country(src, str(ev[col]), rng, tags)
        exp[col] = ev[col]
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, str(ev["detection_country"]), rng, tags)
        exp["detection_country"] = ev["detection_country"]
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    hotspot = str(ev["hotspot"])
    cells["transport_mode"], exp["transport_mode"] = _transport(
        src, str(ev["transport_mode"]), hotspot, rng, tags
    )
    coord_cells, exp["lat"], exp["lon"] = _coords(
        src,
        _float(ev["lat"]),
        _float(ev["lon"]),
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(coord_cells)
    cells["linked_offences"] = _linked(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    if "place" in src.headers:
        cells["place"] = _place(src, hotspot)
    if "location" in src.headers:
        cells["location"] = _place(src, hotspot)

    if src.format == "csv":  # a CSV cell is text (or empty)
        cells = {k: (None if v is None else str(v)) for k, v in cells.items()}
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Routing:
    """Which source first reports, and which may report again, each event."""

    primary: dict[str, str]
    secondary: dict[tuple[str, str], str]


_ROUTING = _Routing(
    primary={"ITA": _FTDES, "ESP": _CF, "USA": _HOPE, "PAN": _GARR},
    secondary={
        ("cmed", "ITA"): _MGR,
        ("thb_nga_ita", "ITA"): _MGR,
        ("thb_rou_esp", "ITA"): _MGR,
        ("watl", "ESP"): _MGR,
        ("thb_rou_esp", "ESP"): _MGR,
        ("wmed", "ESP"): _FTDES,
        ("darien", "PAN"): _HOPE,
        ("us_mex", "USA"): _GARR,
    },
)

_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND115_SOURCES,
    primary=_ROUTING.primary,
    compilation=_MGR,
    secondary=_ROUTING.secondary,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=115,
    blank_share=0.35,
)


def make_blind115(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind115`` set: five trackers' files ``*_dm.*``.

    FTDES (French, cp1252, ``;``) first reports the events detected in Italy, Caminando
    Fronteras (Spanish, UTF-16, tab) those in Spain, Hope Border Institute (English, JSON
    lines) those in the United States, GARR (French, XLSX) those in Panama and Migreurop
    (French, UTF-8, ``|``) all the others; some events are reported a second time by
    another of them. See the module docstring for each source's wording.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND115_SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind115(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ftdes_migration_dm.csv', 'caminando_fronteras_dm.csv', 'hope_border_dm.jsonl',
     'garr_haiti_dm.xlsx', 'migreurop_dm.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
