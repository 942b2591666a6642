"""Examiner set ``blind89``: five Italian, Greek, Spanish and Panamanian sources (``*_cm.*``).

A held-out sample set written independently of the cleaner, from five agencies none of
the earlier sets used. It is written with the shared machinery of
:mod:`trendlib.samples._examiner`; this module keeps only its own wording. A reader's
guide to the five files:

``dnaa_sidna_cm.csv`` - Italy's Direzione Nazionale Antimafia e Antiterrorismo (DNAA),
    an extract of the SIDNA/SIDDA register of the district anti-mafia offices, sent to
    partners in English. cp1252, ``;``, CRLF. First reports the events detected in Italy;
    second reports of Romanian trafficking cases detected in Spain and of Balkan-route
    cases detected in Croatia (Trieste investigations). Headers in English with Italian
    legal words (``RGNR no.``, ``Suspects (indagati)``); references ``RGNR 153/2022``.
    Dates day-first ``dd/mm/yyyy`` (some ``dd.mm.yyyy``, ``12 June 2022``, the Italian
    Excel style ``12-giu-22``, a few ISO); month (``June 2022``, ``06/2022``) and quarter
    (``Q2 2022``, ``2nd quarter 2022``) dates. Offences as legal articles (``art. 12
    D.Lgs. 286/98`` or ``TUI`` for smuggling, ``art. 601 c.p.`` for trafficking);
    exploitation ``labour (caporalato)``; counts with Italian thousands dots (``1.243``),
    ``n.d.`` for not known, ``none`` for no suspects; ages ``MSNA`` (unaccompanied
    minors); some country names in Italian (``Costa d'Avorio``, ``Egitto``) and the
    curly apostrophe of ``Côte d’Ivoire``; one coordinates column in degrees, minutes and
    seconds (``37°30'12"N 12°36'05"E``), decimal degrees or decimal commas with N/E
    letters; a note row (extraction caveat) and a ``TOTAL`` row.

``hcg_lesvos_cm.xlsx`` - Hellenic Coast Guard, Central Port Authority of Mytilene
    (North Aegean; its log also carries the Hellenic Police Evros land apprehensions it
    is copied on), English, upper case. First reports the events detected in Greece.
    Dates are real Excel date-times with the hour of the interception, some Excel serial
    numbers, some text ``dd.mm.yyyy`` or ``dd/mm/yyyy HH:MM``; month (``JUN 2022``) and
    quarter (``Q2/2022``) dates; future dates typed with the year's digits swapped.
    Counts are numbers, some ``approx. 45`` or ``45 (incl. 12 minors)``; sex and age as
    words or breakdowns (``31M / 14F``, ``ADULTS 30 / MINORS 15``); nationalities upper
    case, some demonyms (``AFGHAN``), ISO codes or typos (``AFGANISTAN``); ``TÜRKIYE``
    beside ``TURKEY``; offences ``SMUGGLING (ART. 29 L.4251/2014)``, ``THB (ART. 323A
    PC)``; positions in degrees and decimal minutes (``39°14.350'N 026°35.120'E``).
    Re-sends some rows (exact repeats).

``scip_liaison_cm.jsonl`` - Servizio per la Cooperazione Internazionale di Polizia
    (SCIP, Rome), bulletin for the French-speaking partners, French keys
    (``date_des_faits``, ``nb_mis_en_cause``, ``pays_constatation``...). UTF-8 JSON
    lines. First reports every event detected outside Italy, Greece, Spain and Panama
    (Channel, Western Balkans, Belarus-Poland, US-Mexico), and reports a second time
    Central Mediterranean, Nigerian trafficking, Eastern Mediterranean, Darién, Western
    Mediterranean and Atlantic events. Dates ISO, ``12/03/2022`` or ``1er mars 2022``; month
    (``mars 2022``) and quarter (``T1 2022``, ``2e trimestre 2022``) dates. Counts as
    numbers or text with a (narrow) no-break space for thousands; ``NC``/``inconnu``
    for not known, ``aucun`` for no suspect; ``TEH`` (traite des êtres humains),
    ``trafic illicite de migrants``, ``aide à l'entrée et au séjour irréguliers``;
    feminine demonyms (``afghane``), ISO codes, upper case without accents and a few
    mojibake names (``Ã‰rythrÃ©e``); ``UK`` for the United Kingdom; latitude and
    longitude as numbers or text with a decimal comma. A ``TOTAL GÉNÉRAL`` line, no
    note.

``esperto_madrid_cm.csv`` - the Italian Interior Ministry's security attaché (Esperto
    per la Sicurezza) at the Italian embassy in Madrid, table shared with the Spanish
    partners, in Spanish. UTF-16 (Excel "Unicode text"), tab-separated. First reports
    the events detected in Spain; second reports of the Romanian trafficking cases
    detected in Italy. Dates ``12/03/2022``, ``12-03-2022``, ``12/03/22``, ``12 de marzo
    de 2022``, ``12-mar-2022``; month (``marzo de 2022``) and quarter (``1T 2022``,
    ``2.º trimestre de 2022``) dates. ``Sexo (H/M)``: ``H`` hombres, ``M`` mujeres;
    ``MENA`` for unaccompanied minors; offences ``art. 318 bis CP`` / ``art. 177 bis
    CP``, ``TSH``; ``patera``, ``cayuco``, ``salto de valla``; latitude and longitude
    with decimal commas and ``N``/``O`` (oeste) letters, signed, or in degrees with the
    ordinal sign (``27º45'38"N``); ``s/d`` for not known, ``ninguno`` for no suspect;
    thousands dots. A note row and a ``TOTAL`` row.

``pn_darien_cm.csv`` - Policía Nacional de Panamá, Zona Policial de Darién, Spanish.
    UTF-8 with BOM, ``,``. First reports the events detected in Panama. Dates day-first
    without zero padding (``5/3/2022``), ISO or long (``sábado, 12 de marzo de 2022``);
    month (``marzo/2022``) and quarter with Roman numerals (``II trimestre 2022``)
    dates. ``Sexo (M/F)``: ``M`` masculino, ``F`` femenino; ``NNA`` (niños, niñas y
    adolescentes) for minors; ``TIM`` / ``TdP``; counts with US-style thousands commas
    (``1,243``, quoted); ``sin dato`` / ``N/D`` for not known; coordinates as Google
    Maps writes them (``8°25'19.6"N 77°33'48.2"W`` or ``8.42211, -77.56339``). A note
    row and a ``Total general`` row; re-sends some rows (exact repeats).

Every written value reads to one clean value for a competent analyst (a header legend
says what ``M`` stands for); the expected values are those, not guesses.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
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

__all__ = ["BLIND89_SOURCES", "make_blind89"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_DNAA = "dnaa_sidna"
_HCG = "hcg_lesvos"
_SCIP = "scip_liaison"
_ESPERTO = "esperto_madrid"
_DARIEN = "pn_darien"

#: The five sources, in the order :func:`make_blind89` returns their submissions.
BLIND89_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_DNAA,
        filename="dnaa_sidna_cm.csv",
        ref="RGNR {seq}/{year}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="en",
        headers={
            "source_ref": "RGNR no.",
            "event_date": "Date of fact",
            "crime_type": "Offence (legal qualification)",
            "exploitation": "Purpose of exploitation",
            "n_persons": "No. of migrants/victims",
            "n_suspects": "Suspects (indagati)",
            "gender": "Sex",
            "age_group": "Age group",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Final destination",
            "detection_country": "State of detection",
            "transit_countries": "Transit route",
            "transport_mode": "Means of transport",
            "coordinates": "Place coordinates (WGS84)",
            "linked_offences": "Connected offences",
        },
        note="N.B.: extraction from SIDDA/SIDNA - data subject to verification by the DDA",
        total="TOTAL",
        bad_count=("several", "various", "numerous"),
        repeats=False,
    ),
    ExaminerSource(
        source=_HCG,
        filename="hcg_lesvos_cm.xlsx",
        ref="ΚΛΜ/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "CASE FILE No",
            "event_date": "DATE/TIME OF INCIDENT",
            "crime_type": "OFFENCE",
            "exploitation": "TYPE OF EXPLOITATION",
            "n_persons": "No OF PERSONS (TCN)",
            "n_suspects": "ARRESTED SMUGGLERS/TRAFFICKERS",
            "gender": "SEX",
            "age_group": "AGE CATEGORY",
            "nationality": "NATIONALITY (DECLARED)",
            "origin_country": "COUNTRY OF ORIGIN",
            "destination_country": "INTENDED DESTINATION",
            "detection_country": "COUNTRY",
            "transit_countries": "ROUTE (TRANSIT)",
            "transport_mode": "MEANS",
            "coordinates": "POSITION (LAT / LONG)",
            "linked_offences": "OTHER OFFENCES",
        },
        note="PROVISIONAL DATA - INCIDENTS UNDER PRELIMINARY INVESTIGATION",
        total="TOTAL",
        bad_count=("SEVERAL", "MANY", "MULTIPLE"),
        repeats=True,
    ),
    ExaminerSource(
        source=_SCIP,
        filename="scip_liaison_cm.jsonl",
        ref="SCIP-{yy:02d}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "ref_dossier",
            "event_date": "date_des_faits",
            "crime_type": "qualification",
            "exploitation": "forme_exploitation",
            "n_persons": "nb_personnes",
            "n_suspects": "nb_mis_en_cause",
            "gender": "sexe",
            "age_group": "tranche_age",
            "nationality": "nationalite",
            "origin_country": "pays_origine",
            "destination_country": "pays_destination",
            "detection_country": "pays_constatation",
            "transit_countries": "pays_transit",
            "transport_mode": "moyen_transport",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "infractions_connexes",
        },
        note=None,
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux", "multiples"),
        repeats=False,
    ),
    ExaminerSource(
        source=_ESPERTO,
        filename="esperto_madrid_cm.csv",
        ref="ES-IT/{year}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Nº Ref.",
            "event_date": "Fecha hechos",
            "crime_type": "Tipología delictiva",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas (víctimas/migrantes)",
            "n_suspects": "Nº detenidos/investigados",
            "gender": "Sexo (H/M)",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos conexos",
        },
        note="Nota: datos facilitados por las autoridades españolas, pendientes de validación",
        total="TOTAL",
        bad_count=("varios", "numerosos", "decenas"),
        repeats=False,
    ),
    ExaminerSource(
        source=_DARIEN,
        filename="pn_darien_cm.csv",
        ref="ZPD-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "No. Caso",
            "event_date": "Fecha",
            "crime_type": "Delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cant. personas",
            "n_suspects": "Aprehendidos",
            "gender": "Sexo (M/F)",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "Destino final",
            "detection_country": "País (detección)",
            "transit_countries": "Ruta / tránsito",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares sujetas a verificación",
        total="Total general",
        bad_count=("varios", "múltiples", "grupo"),
        repeats=True,
    ),
)
_BY_NAME = {s.source: s for s in BLIND89_SOURCES}

#: Detection country -> the source that first reports its events.
_PRIMARY = {"ITA": _DNAA, "GRC": _HCG, "ESP": _ESPERTO, "PAN": _DARIEN}
#: (corridor, detection country) -> the source that may report it a second time.
_SECONDARY = {
    ("cmed", "ITA"): _SCIP,
    ("thb_nga_ita", "ITA"): _SCIP,
    ("emed", "GRC"): _SCIP,
    ("darien", "PAN"): _SCIP,
    ("watl", "ESP"): _SCIP,
    ("wmed", "ESP"): _SCIP,
    ("thb_rou_esp", "ITA"): _ESPERTO,
    ("thb_rou_esp", "ESP"): _DNAA,
    ("wbal", "HRV"): _DNAA,
}

# --------------------------------------------------------------------------------------
# Countries: code -> English, English demonym, French, French demonym (feminine, as in
# "nationalité ..."), Spanish, Spanish demonym (feminine, "nacionalidad ..."), Italian.
# Alternatives are separated by "|".
# --------------------------------------------------------------------------------------
_COUNTRIES: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "AFG": (
        "Afghanistan",
        "Afghan",
        "Afghanistan",
        "afghane",
        "Afganistán",
        "afgana",
        "Afghanistan",
    ),
    "ALB": ("Albania", "Albanian", "Albanie", "albanaise", "Albania", "albanesa", "Albania"),
    "AUT": ("Austria", "Austrian", "Autriche", "autrichienne", "Austria", "austriaca", "Austria"),
    "BGD": (
        "Bangladesh",
        "Bangladeshi",
        "Bangladesh",
        "bangladaise",
        "Bangladés|Bangladesh",
        "bangladesí",
        "Bangladesh",
    ),
    "BGR": ("Bulgaria", "Bulgarian", "Bulgarie", "bulgare", "Bulgaria", "búlgara", "Bulgaria"),
    "BIH": (
        "Bosnia and Herzegovina|Bosnia-Herzegovina",
        "Bosnian",
        "Bosnie-Herzégovine",
        "bosnienne",
        "Bosnia y Herzegovina",
        "bosnia",
        "Bosnia-Erzegovina",
    ),
    "BLR": (
        "Belarus",
        "Belarusian",
        "Biélorussie|Bélarus",
        "biélorusse",
        "Bielorrusia",
        "bielorrusa",
        "Bielorussia",
    ),
    "CHN": ("China", "Chinese", "Chine", "chinoise", "China", "china", "Cina"),
    "CIV": (
        "Côte d'Ivoire|Ivory Coast|Côte d’Ivoire",
        "Ivorian",
        "Côte d'Ivoire",
        "ivoirienne",
        "Costa de Marfil",
        "marfileña",
        "Costa d’Avorio|Costa d'Avorio",
    ),
    "CMR": (
        "Cameroon",
        "Cameroonian",
        "Cameroun",
        "camerounaise",
        "Camerún",
        "camerunesa",
        "Camerun",
    ),
    "COL": (
        "Colombia",
        "Colombian",
        "Colombie",
        "colombienne",
        "Colombia",
        "colombiana",
        "Colombia",
    ),
    "DEU": ("Germany", "German", "Allemagne", "allemande", "Alemania", "alemana", "Germania"),
    "DZA": ("Algeria", "Algerian", "Algérie", "algérienne", "Argelia", "argelina", "Algeria"),
    "ECU": (
        "Ecuador",
        "Ecuadorian",
        "Équateur",
        "équatorienne",
        "Ecuador",
        "ecuatoriana",
        "Ecuador",
    ),
    "EGY": ("Egypt", "Egyptian", "Égypte", "égyptienne", "Egipto", "egipcia", "Egitto"),
    "ERI": ("Eritrea", "Eritrean", "Érythrée", "érythréenne", "Eritrea", "eritrea", "Eritrea"),
    "ESP": ("Spain", "Spanish", "Espagne", "espagnole", "España", "española", "Spagna"),
    "FRA": ("France", "French", "France", "française", "Francia", "francesa", "Francia"),
    "GBR": (
        "United Kingdom|UK",
        "British",
        "Royaume-Uni|Grande-Bretagne",
        "britannique",
        "Reino Unido",
        "británica",
        "Regno Unito",
    ),
    "GIN": ("Guinea", "Guinean", "Guinée", "guinéenne", "Guinea", "guineana", "Guinea"),
    "GMB": ("Gambia|The Gambia", "Gambian", "Gambie", "gambienne", "Gambia", "gambiana", "Gambia"),
    "GRC": ("Greece", "Greek", "Grèce", "grecque", "Grecia", "griega", "Grecia"),
    "GTM": (
        "Guatemala",
        "Guatemalan",
        "Guatemala",
        "guatémaltèque",
        "Guatemala",
        "guatemalteca",
        "Guatemala",
    ),
    "HND": ("Honduras", "Honduran", "Honduras", "hondurienne", "Honduras", "hondureña", "Honduras"),
    "HRV": ("Croatia", "Croatian", "Croatie", "croate", "Croacia", "croata", "Croazia"),
    "HTI": ("Haiti", "Haitian", "Haïti", "haïtienne", "Haití", "haitiana", "Haiti"),
    "HUN": ("Hungary", "Hungarian", "Hongrie", "hongroise", "Hungría", "húngara", "Ungheria"),
    "IRN": ("Iran", "Iranian", "Iran", "iranienne", "Irán", "iraní", "Iran"),
    "IRQ": ("Iraq", "Iraqi", "Irak", "irakienne", "Irak", "iraquí", "Iraq"),
    "ITA": ("Italy", "Italian", "Italie", "italienne", "Italia", "italiana", "Italia"),
    "LBY": ("Libya", "Libyan", "Libye", "libyenne", "Libia", "libia", "Libia"),
    "MAR": ("Morocco", "Moroccan", "Maroc", "marocaine", "Marruecos", "marroquí", "Marocco"),
    "MEX": ("Mexico", "Mexican", "Mexique", "mexicaine", "México", "mexicana", "Messico"),
    "MKD": (
        "North Macedonia",
        "Macedonian",
        "Macédoine du Nord",
        "macédonienne",
        "Macedonia del Norte",
        "macedonia",
        "Macedonia del Nord",
    ),
    "MLI": ("Mali", "Malian", "Mali", "malienne", "Malí", "maliense", "Mali"),
    "MRT": (
        "Mauritania",
        "Mauritanian",
        "Mauritanie",
        "mauritanienne",
        "Mauritania",
        "mauritana",
        "Mauritania",
    ),
    "NER": ("Niger", "Nigerien", "Niger", "nigérienne", "Níger", "nigerina", "Niger"),
    "NGA": (
        "Nigeria",
        "Nigerian",
        "Nigeria|Nigéria",
        "nigériane",
        "Nigeria",
        "nigeriana",
        "Nigeria",
    ),
    "PAK": (
        "Pakistan",
        "Pakistani",
        "Pakistan",
        "pakistanaise",
        "Pakistán",
        "pakistaní",
        "Pakistan",
    ),
    "PAN": ("Panama", "Panamanian", "Panama", "panaméenne", "Panamá", "panameña", "Panama"),
    "POL": ("Poland", "Polish", "Pologne", "polonaise", "Polonia", "polaca", "Polonia"),
    "ROU": ("Romania", "Romanian", "Roumanie", "roumaine", "Rumanía|Rumania", "rumana", "Romania"),
    "RUS": ("Russia|Russian Federation", "Russian", "Russie", "russe", "Rusia", "rusa", "Russia"),
    "SEN": ("Senegal", "Senegalese", "Sénégal", "sénégalaise", "Senegal", "senegalesa", "Senegal"),
    "SRB": ("Serbia", "Serbian", "Serbie", "serbe", "Serbia", "serbia", "Serbia"),
    "SYR": ("Syria", "Syrian", "Syrie", "syrienne", "Siria", "siria", "Siria"),
    "TUN": ("Tunisia", "Tunisian", "Tunisie", "tunisienne", "Túnez", "tunecina", "Tunisia"),
    "TUR": ("Turkey|Türkiye", "Turkish", "Turquie", "turque", "Turquía", "turca", "Turchia"),
    "USA": (
        "United States|USA|US",
        "American",
        "États-Unis|USA",
        "américaine",
        "Estados Unidos|EE. UU.|EEUU",
        "estadounidense",
        "Stati Uniti",
    ),
    "VEN": (
        "Venezuela",
        "Venezuelan",
        "Venezuela",
        "vénézuélienne",
        "Venezuela",
        "venezolana",
        "Venezuela",
    ),
    "VNM": (
        "Vietnam|Viet Nam",
        "Vietnamese",
        "Viêt Nam|Vietnam",
        "vietnamienne",
        "Vietnam",
        "vietnamita",
        "Vietnam",
    ),
    "YEM": ("Yemen", "Yemeni", "Yémen", "yéménite", "Yemen", "yemení", "Yemen"),
}
_COL = {"en": 0, "en_dem": 1, "fr": 2, "fr_dem": 3, "es": 4, "es_dem": 5, "it": 6}
#: Upper-case spellings the Mytilene log uses beside the English names (typos included).
_HCG_TYPOS = {
    "AFG": ("AFGANISTAN",),
    "PAK": ("PAKISTANI",),
    "SYR": ("SYRIAN ARAB REP.",),
    "CMR": ("CAMEROUN",),
    "IRQ": ("IRAK",),
}


def _country(code: str, key: str, rng: _Rng) -> str:
    """Name (or demonym) of a country in one language; the ISO code if not tabled."""
    row = _COUNTRIES.get(code)
    if row is None:  # a code the truth does not use today: write it as an ISO code
        return code
    return choice(rng, row[_COL[key]].split("|"))


def _strip_accents(text: str) -> str:
    """Drop diacritics (``Érythrée`` -> ``Erythree``), as an upper-case typist does."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _garble(text: str) -> str | None:
    """Return a mojibake of ``text`` that stays visible (no soft hyphen, no control byte)."""
    bad = mojibake(text)
    if bad is None or any(unicodedata.category(c) in ("Cc", "Cf") for c in bad):
        return None
    return bad


# --------------------------------------------------------------------------------------
# Value words by source (canonical value -> spellings)
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _DNAA: {
        "smuggling": (
            "Aiding illegal immigration (art. 12 D.Lgs. 286/98)",
            "Smuggling of migrants - art. 12 TUI",
            "art. 12 c.3 TUI (smuggling)",
            "Migrant smuggling",
            "Favoreggiamento immigrazione clandestina (art. 12 TUI)",
        ),
        "trafficking": (
            "Trafficking in human beings (art. 601 c.p.)",
            "THB - art. 601 c.p.",
            "Trafficking in persons",
            "Slavery and trafficking (artt. 600, 601 c.p.)",
        ),
        "both": (
            "Art. 12 TUI + art. 601 c.p.",
            "Smuggling and THB (art. 12 D.Lgs. 286/98; art. 601 c.p.)",
            "Migrant smuggling + trafficking in persons",
        ),
    },
    _HCG: {
        "smuggling": (
            "MIGRANT SMUGGLING",
            "SMUGGLING (ART. 29 L.4251/2014)",
            "FACILITATION OF ILLEGAL ENTRY",
            "ILLEGAL ENTRY - SMUGGLING",
        ),
        "trafficking": ("HUMAN TRAFFICKING", "THB (ART. 323A PC)", "TRAFFICKING IN HUMAN BEINGS"),
        "both": ("SMUGGLING & THB", "SMUGGLING / HUMAN TRAFFICKING (ART. 29 L.4251/14 & 323A PC)"),
    },
    _SCIP: {
        "smuggling": (
            "trafic illicite de migrants",
            "aide à l'entrée et au séjour irréguliers",
            "filière d'immigration irrégulière (passeurs)",
            "trafic de migrants",
        ),
        "trafficking": ("traite des êtres humains", "TEH", "traite des personnes"),
        "both": (
            "TEH et trafic de migrants",
            "traite des êtres humains + aide à l'entrée irrégulière",
        ),
    },
    _ESPERTO: {
        "smuggling": (
            "Inmigración ilegal (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
            "Art. 318 bis CP",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "TSH",
            "Trata de personas",
            "Art. 177 bis CP",
        ),
        "both": (
            "TSH + art. 318 bis CP",
            "Trata y tráfico ilícito de migrantes (arts. 177 bis y 318 bis CP)",
        ),
    },
    _DARIEN: {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
        "trafficking": (
            "Trata de personas",
            "TdP (trata de personas)",
            "Trata de personas con fines de explotación",
        ),
        "both": ("Trata de personas y tráfico de migrantes", "TIM / Trata de personas"),
    },
}

_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    _DNAA: {
        "sexual": ("sexual exploitation", "prostitution", "sexual"),
        "forced_labour": ("labour exploitation", "forced labour", "labour (caporalato)"),
        "forced_criminality": ("forced criminal activities", "forced criminality"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other forms"),
        "": ("", "n/a", "-"),
    },
    _HCG: {
        "sexual": ("SEXUAL", "SEXUAL EXPLOITATION"),
        "forced_labour": ("LABOUR", "FORCED LABOUR"),
        "forced_criminality": ("FORCED CRIMINALITY", "FORCED CRIMINAL ACTIVITY"),
        "organ_removal": ("ORGAN REMOVAL",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "other": ("OTHER",),
        "": ("", "N/A"),
    },
    _SCIP: {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
        "": ("", "sans objet"),
    },
    _ESPERTO: {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "realización de actividades delictivas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras", "otras formas"),
        "": ("", "no procede"),
    },
    _DARIEN: {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otras formas de explotación"),
        "": ("", "N/A"),
    },
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _DNAA: {
        "male": ("M", "male", "males"),
        "female": ("F", "female", "females"),
        "mixed": ("M/F", "mixed", "M+F"),
    },
    _HCG: {
        "male": ("MALE", "MALES", "M"),
        "female": ("FEMALE", "FEMALES", "F"),
        "mixed": ("MIXED", "M/F"),
    },
    _SCIP: {
        "male": ("masculin", "hommes", "H"),
        "female": ("féminin", "femmes", "F"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    _ESPERTO: {
        "male": ("H", "hombres", "varones"),
        "female": ("M", "mujeres"),
        "mixed": ("H/M", "ambos", "mixto"),
    },
    _DARIEN: {
        "male": ("M", "masculino"),
        "female": ("F", "femenino"),
        "mixed": ("M/F", "mixto", "ambos sexos"),
    },
}

_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _DNAA: {
        "adult": ("adults", "adult", "of age"),
        "child": ("minors", "minor", "minors (MSNA)", "MSNA"),
        "mixed": ("adults and minors", "mixed", "adults + minors"),
        "unknown": ("n.d.",),
    },
    _HCG: {
        "adult": ("ADULTS", "ADULT"),
        "child": ("MINORS", "UAM", "MINOR"),
        "mixed": ("ADULTS & MINORS", "MIXED"),
        "unknown": ("N/K",),
    },
    _SCIP: {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA", "mineurs non accompagnés"),
        "mixed": ("mixte", "majeurs et mineurs"),
        "unknown": ("NR", "non renseigné"),
    },
    _ESPERTO: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA", "menores de edad"),
        "mixed": ("adultos y menores", "mixto"),
        "unknown": ("no consta",),
    },
    _DARIEN: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores de edad"),
        "mixed": ("adultos y NNA", "mixto"),
        "unknown": ("sin dato",),
    },
}

_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _DNAA: {
        "sea": ("boat", "fishing boat", "rubber dinghy", "iron boat", "sailing boat", "by sea"),
        "land": ("car", "van", "truck", "by land", "train"),
        "air": ("flight", "by air"),
        "unknown": ("n.d.",),
    },
    _HCG: {
        "sea": ("RUBBER BOAT", "DINGHY", "SPEEDBOAT", "SAILING YACHT", "WOODEN BOAT"),
        "land": ("ON FOOT", "VEHICLE", "TRUCK", "LAND"),
        "air": ("AIR", "FLIGHT"),
        "unknown": ("N/K",),
    },
    _SCIP: {
        "sea": ("small boat", "embarcation", "canot pneumatique", "voie maritime", "bateau"),
        "land": ("poids lourd", "camion", "véhicule léger", "à pied", "voie terrestre", "train"),
        "air": ("voie aérienne", "avion", "vol commercial"),
        "unknown": ("NR",),
    },
    _ESPERTO: {
        "sea": ("patera", "cayuco", "neumática", "embarcación", "lancha"),
        "land": ("vehículo", "camión", "a pie", "vía terrestre"),
        "air": ("vía aérea", "avión"),
        "unknown": ("no consta",),
    },
    _DARIEN: {
        "sea": ("lancha", "embarcación", "marítimo"),
        "land": ("a pie", "caminando (selva)", "terrestre", "por tierra"),
        "air": ("aéreo", "vuelo"),
        "unknown": ("sin dato",),
    },
}

_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    _DNAA: {
        "document_fraud": (
            "document forgery (art. 497-bis c.p.)",
            "false documents",
            "document fraud",
        ),
        "money_laundering": ("money laundering (art. 648-bis c.p.)", "money laundering"),
        "corruption": ("corruption", "bribery of public officials"),
        "illicit_goods": ("contraband", "illicit goods trafficking"),
        "cybercrime": ("cybercrime", "online recruitment (cybercrime)"),
        "terrorism": ("terrorism",),
    },
    _HCG: {
        "document_fraud": ("FORGED DOCUMENTS", "FALSE PASSPORTS", "DOCUMENT FRAUD"),
        "money_laundering": ("MONEY LAUNDERING",),
        "corruption": ("BRIBERY", "CORRUPTION"),
        "illicit_goods": ("CONTRABAND",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    _SCIP: {
        "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "corruption": ("corruption",),
        "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _ESPERTO: {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "money_laundering": ("blanqueo de capitales",),
        "corruption": ("cohecho", "corrupción"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delitos informáticos", "ciberdelincuencia"),
        "terrorism": ("terrorismo",),
    },
    _DARIEN: {
        "document_fraud": ("documentos falsos", "falsificación de documentos"),
        "money_laundering": ("blanqueo de capitales",),
        "corruption": ("corrupción de servidores públicos",),
        "illicit_goods": ("contrabando", "contrabando de mercancías"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_SEP = {
    _DNAA: ("; ", " + "),
    _HCG: (" / ", ", "),
    _SCIP: (", ", " ; "),
    _ESPERTO: (", ", " y "),
    _DARIEN: (", ", "; "),
}

_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_IT_ABBR = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")
_ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _str(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _int(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _float(ev: dict[str, object], key: str) -> float | None:
    value = ev.get(key)
    return None if value is None else float(value)  # type: ignore[arg-type]


def _thousands(n: int, sep: str) -> str:
    """``1243`` -> ``1.243`` (with ``sep``); below a thousand the plain number."""
    return f"{n:,}".replace(",", sep)


def _swap_year(year: int) -> int:
    """Return the year typed with its 2nd and 3rd digits swapped (2023 -> 2203)."""
    text = str(year)
    return int(text[0] + text[2] + text[1] + text[3])


def _impossible(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int]:
    """Return a day and month that make no date in either order (31/04, 30/02...)."""
    pairs = [(31, 4), (31, 6), (31, 9), (31, 11), (30, 2), (0, 5), (32, 1)]
    if ts.year % 4:
        pairs.append((29, 2))
    day, month = pairs[int(rng.integers(len(pairs)))]
    return day, month


def _dms(value: float, sec_digits: int) -> tuple[int, int, float, float]:
    """Degrees, minutes and seconds of ``abs(value)``; last item the value they give back."""
    scale = 10**sec_digits
    units = round(abs(value) * 3600 * scale)
    deg, rest = divmod(units, 3600 * scale)
    minutes, secs = divmod(rest, 60 * scale)
    back = units / (3600 * scale)
    return int(deg), int(minutes), secs / scale, back if value >= 0 else -back


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (three decimals) of ``abs(value)``; then the value back."""
    units = round(abs(value) * 60_000)
    deg, rest = divmod(units, 60_000)
    back = units / 60_000
    return int(deg), rest / 1000, back if value >= 0 else -back


def _hemi(value: float, pos: str, neg: str) -> str:
    return pos if value >= 0 else neg


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    r = rng.random()
    if partial_ok and r < p_month:
        return "month"
    if partial_ok and r < p_month + p_quarter:
        return "quarter"
    return "day"


def _partial(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    return ts.to_period("M" if precision == "month" else "Q").start_time


def _date_dnaa(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> str:
    if precision == "month":
        return choice(rng, (f"{MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}"))
    if precision == "quarter":
        q = ts.quarter
        nth = ("1st", "2nd", "3rd", "4th")[q - 1]
        return choice(rng, (f"Q{q} {ts.year}", f"{nth} quarter {ts.year}"))
    r = rng.random()
    if r < 0.70:
        return ts.strftime("%d/%m/%Y")
    if r < 0.80:
        return ts.strftime("%d.%m.%Y")
    if r < 0.90:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if r < 0.97:
        tags.append("italian_month")
        return f"{ts.day:02d}-{_IT_ABBR[ts.month - 1]}-{ts.year % 100:02d}"
    return ts.strftime("%Y-%m-%d")


def _date_hcg(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> object:
    if precision == "month":
        return choice(
            rng, (f"{MONTHS[ts.month - 1][:3].upper()} {ts.year}", f"{ts.month:02d}.{ts.year}")
        )
    if precision == "quarter":
        return f"Q{ts.quarter}/{ts.year}"
    r = rng.random()
    hour, minute = int(rng.integers(0, 24)), int(rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))
    if r < 0.60:
        tags.append("datetime")
        return dt.datetime(ts.year, ts.month, ts.day, hour, minute)
    if r < 0.75:
        return dt.datetime(ts.year, ts.month, ts.day)
    if r < 0.85:
        tags.append("excel_serial")
        return int((ts - _EXCEL_EPOCH).days)
    if r < 0.95:
        return ts.strftime("%d.%m.%Y")
    return f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}"


def _date_scip(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> str:
    if precision == "month":
        return choice(rng, (f"{_FR_MONTHS[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}"))
    if precision == "quarter":
        q = ts.quarter
        nth = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"T{q} {ts.year}", f"{nth} trimestre {ts.year}"))
    r = rng.random()
    if r < 0.50:
        return ts.strftime("%Y-%m-%d")
    if r < 0.80:
        return ts.strftime("%d/%m/%Y")
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _date_esperto(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> str:
    if precision == "month":
        name = _ES_MONTHS[ts.month - 1]
        return choice(rng, (f"{name} {ts.year}", f"{name} de {ts.year}"))
    if precision == "quarter":
        q = ts.quarter
        nth = ("1.er", "2.º", "3.er", "4.º")[q - 1]
        return choice(rng, (f"{q}T {ts.year}", f"{nth} trimestre de {ts.year}"))
    r = rng.random()
    if r < 0.60:
        return ts.strftime("%d/%m/%Y")
    if r < 0.70:
        return ts.strftime("%d-%m-%Y")
    if r < 0.80:
        return ts.strftime("%d/%m/%y")
    if r < 0.95:
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    return f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year}"


def _date_darien(ts: pd.Timestamp, precision: str, rng: _Rng, tags: list[str]) -> str:
    if precision == "month":
        name = _ES_MONTHS[ts.month - 1]
        return choice(rng, (f"{name}/{ts.year}", f"{name} {ts.year}"))
    if precision == "quarter":
        return f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}"
    r = rng.random()
    if r < 0.50:
        return f"{ts.day}/{ts.month}/{ts.year}"
    if r < 0.75:
        return ts.strftime("%Y-%m-%d")
    if r < 0.90:
        tags.append("long_date")
        return f"{_ES_DAYS[ts.weekday()]}, {ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    return ts.strftime("%d/%m/%Y")


_DATE: dict[str, Callable[[pd.Timestamp, str, _Rng, list[str]], object]] = {
    _DNAA: _date_dnaa,
    _HCG: _date_hcg,
    _SCIP: _date_scip,
    _ESPERTO: _date_esperto,
    _DARIEN: _date_darien,
}
#: Share of month and quarter dates by source (only outside duplicated pairs).
_PARTIAL = {
    _DNAA: (0.04, 0.02),
    _HCG: (0.03, 0.02),
    _SCIP: (0.05, 0.02),
    _ESPERTO: (0.04, 0.02),
    _DARIEN: (0.04, 0.03),
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: blank, impossible or typed in the future."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        day, month = _impossible(ts, rng)
        if name == _HCG:
            return f"{day:02d}.{month:02d}.{ts.year}"
        if name == _SCIP:
            return f"{ts.year}-{month:02d}-{day:02d}"
        if name == _DARIEN:
            return f"{day}/{month}/{ts.year}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    year = _swap_year(ts.year)  # "future_date"
    if name == _HCG:
        return dt.datetime(year, ts.month, min(ts.day, 28), 12, 0)
    if name == _SCIP:
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    if name == _DARIEN:
        return f"{ts.day}/{ts.month}/{year}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row (the extraction date), the source's way."""
    if src.source == _HCG:
        return dt.datetime(last.year, last.month, last.day)
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Field writers
# --------------------------------------------------------------------------------------
def _nationality(name: str, code: str | None, rng: _Rng, tags: list[str]) -> tuple[str, str | None]:
    """Cell and expected code of the nationality column."""
    if code is None:
        return "", None
    r = rng.random()
    if name == _DNAA:
        if r < 0.07:
            tags.append("italian_name")
            return _country(code, "it", rng), code
        return _country(code, "en" if r < 0.65 else "en_dem", rng), code
    if name == _HCG:
        if r < 0.08 and code in _HCG_TYPOS:
            tags.append("typo")
            return choice(rng, _HCG_TYPOS[code]), code
        if r < 0.14:
            tags.append("iso3")
            return code, code
        return _country(code, "en" if r < 0.6 else "en_dem", rng).upper(), code
    if name == _SCIP:
        if r < 0.10:
            tags.append("iso3")
            return code, code
        text = _country(code, "fr_dem" if r < 0.65 else "fr", rng)
        if r > 0.96:
            garbled = _garble(text)
            if garbled is not None:
                tags.append("mojibake")
                return garbled, code
        if r > 0.90:
            tags.append("upper_noaccent")
            return _strip_accents(text).upper(), code
        return text, code
    if name == _ESPERTO:
        return _country(code, "es_dem" if r < 0.6 else "es", rng), code
    # Darién
    if r < 0.06:
        tags.append("iso2")
        return iso_codes(code)[0], code
    text = _country(code, "es_dem" if r < 0.7 else "es", rng)
    return (text.upper() if r > 0.9 else text), code


def _place(name: str, code: str, rng: _Rng, tags: list[str]) -> str:
    """Return a country name (origin, destination, detection, transit) the source's way."""
    r = rng.random()
    if name == _DNAA:
        if r < 0.07:
            tags.append("italian_name")
            return _country(code, "it", rng)
        text = _country(code, "en", rng)
        return text.upper() if r > 0.92 else text
    if name == _HCG:
        if r < 0.05:
            return iso_codes(code)[0]
        return _country(code, "en", rng).upper()
    if name == _SCIP:
        if r < 0.06:
            tags.append("iso2")
            alpha2 = iso_codes(code)[0]
            return "UK" if alpha2 == "GB" else alpha2
        text = _country(code, "fr", rng)
        if r > 0.97:
            garbled = _garble(text)
            if garbled is not None:
                tags.append("mojibake")
                return garbled
        return _strip_accents(text).upper() if r > 0.92 else text
    if name == _ESPERTO:
        text = _country(code, "es", rng)
        return text.upper() if r > 0.9 else text
    if r < 0.05:
        return iso_codes(code)[0]
    return _country(code, "es", rng)


def _transit(name: str, codes: str | None, rng: _Rng, tags: list[str]) -> str | None:
    if codes is None:
        blanks = {
            _DNAA: ("", "", "-"),
            _HCG: ("", "N/A"),
            _SCIP: (None, None, "aucun"),
            _ESPERTO: ("", "directo", "—"),
            _DARIEN: ("", ""),
        }[name]
        cell = choice(rng, [b or "" for b in blanks])
        return cell or None
    seps = {
        _DNAA: (" - ", " > "),
        _HCG: (" - ", " > "),
        _SCIP: (", ", " > ", " – "),
        _ESPERTO: (", ", " - "),
        _DARIEN: (" - ", ", "),
    }[name]
    sep = choice(rng, seps)
    return sep.join(_place(name, c, rng, tags) for c in codes.split("|"))


def _count(
    name: str, n: int, rng: _Rng, tags: list[str], age: str | None
) -> tuple[object, int | None]:
    """Cell and expected value of the persons count."""
    placeholders = {
        _DNAA: ("n.d.", "unknown"),
        _HCG: ("N/K", "UNKNOWN"),
        _SCIP: ("NC", "inconnu"),
        _ESPERTO: ("s/d", "desconocido"),
        _DARIEN: ("sin dato", "N/D"),
    }[name]
    r = rng.random()
    if r < 0.015:
        tags.append("count_placeholder")
        return choice(rng, placeholders), None
    if name == _HCG:
        if r < 0.05:
            tags.append("approx_count")
            return choice(rng, (f"approx. {n}", f"~{n}", f"APPROX {n}")), n
        if r < 0.12 and age == "mixed" and n >= 3:
            tags.append("count_note")
            minors = int(rng.integers(1, n))
            return f"{n} (incl. {minors} minors)", n
        return n, n
    if name == _SCIP:
        if n >= 1000 and r < 0.8:
            tags.append("thousands")
            return _thousands(n, choice(rng, ("\u202f", "\u00a0", " "))), n
        return (n if r < 0.85 else str(n)), n
    sep = {_DNAA: ".", _ESPERTO: ".", _DARIEN: ","}[name]
    if n >= 1000 and r < 0.85:
        tags.append("thousands")
        return _thousands(n, sep), n
    return str(n), n


def _suspects(name: str, k: int | None, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    words = {
        _DNAA: (("none", "nil"), ("n.d.",)),
        _HCG: (("NIL", "NONE"), ("N/K",)),
        _SCIP: (("aucun",), ("inconnu", "NC")),
        _ESPERTO: (("ninguno",), ("s/d",)),
        _DARIEN: (("ninguno", "ninguno"), ("sin dato",)),
    }[name]
    if k is None:
        return None, None
    r = rng.random()
    if k == 0 and r < 0.4:
        tags.append("zero_word")
        return choice(rng, words[0]), 0
    if r > 0.97:
        tags.append("suspects_placeholder")
        return choice(rng, words[1]), None
    return (k if name in (_HCG, _SCIP) else str(k)), k


def _gender(name: str, value: str, n: int, rng: _Rng, tags: list[str]) -> tuple[str, str]:
    if name == _HCG and rng.random() < 0.15 and n >= 2:
        tags.append("sex_breakdown")
        if value == "mixed":
            men = int(rng.integers(1, n))
            return f"{men}M / {n - men}F", value
        return (f"{n}M" if value == "male" else f"{n}F"), value
    if rng.random() < 0.01:
        tags.append("blank_gender")
        return choice(rng, ("", "N/K") if name == _HCG else ("",)), "unknown"
    return choice(rng, _GENDER[name][value]), value


def _age(name: str, value: str, n: int, rng: _Rng, tags: list[str]) -> tuple[str, str]:
    r = rng.random()
    if r < 0.01:
        tags.append("na_word")
        return choice(rng, _AGE[name]["unknown"]), "unknown"
    if name == _HCG and value == "mixed" and r < 0.10 and n >= 2:
        tags.append("age_breakdown")
        minors = int(rng.integers(1, n))
        return f"ADULTS {n - minors} / MINORS {minors}", value
    return choice(rng, _AGE[name][value]), value


def _transport(
    name: str, value: str, hotspot: str | None, rng: _Rng, tags: list[str]
) -> tuple[str, str]:
    if rng.random() < 0.01:
        tags.append("na_word")
        return choice(rng, _TRANSPORT[name]["unknown"]), "unknown"
    if (
        name == _ESPERTO
        and value == "land"
        and hotspot in ("Ceuta", "Melilla")
        and rng.random() < 0.4
    ):
        tags.append("fence")
        return "salto de valla", value
    if name == _HCG and value == "land" and hotspot == "Evros" and rng.random() < 0.3:
        return "ON FOOT (EVROS)", value
    return choice(rng, _TRANSPORT[name][value]), value


def _offences(name: str, value: str | None, rng: _Rng) -> str | None:
    if value is None:
        if name == _DNAA:  # the register writes a dash now and then
            return choice(rng, ("", "", "-")) or None
        return None
    words = [choice(rng, _OFFENCES[name][o]) for o in value.split("|")]
    order = rng.permutation(len(words))
    return choice(rng, _OFFENCE_SEP[name]).join(words[i] for i in order)


def _coords(
    name: str, lat: float | None, lon: float | None, rng: _Rng, tags: list[str]
) -> tuple[_Cells, float | None, float | None]:
    """Coordinate cells (one combined or two columns) and the values they give back."""
    combined = "coordinates" in _BY_NAME[name].headers

    def empty(value: object) -> tuple[_Cells, None, None]:
        if combined:
            return {"coordinates": value}, None, None
        return {"lat": value, "lon": value}, None, None

    if lat is None or lon is None:
        tags.append("coords_missing")
        return empty(None)
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return empty(None)
    if r < 0.07:
        tags.append("coords_placeholder")
        word = {_DNAA: "n.d.", _HCG: "N/K", _SCIP: "NC", _ESPERTO: "s/d", _DARIEN: "sin dato"}[name]
        return empty(word)
    s = rng.random()
    if name == _DNAA:
        if s < 0.45:
            tags.append("dms")
            d1, m1, s1, la = _dms(lat, 0)
            d2, m2, s2, lo = _dms(lon, 0)
            text = (
                f"{d1}°{m1:02d}'{int(s1):02d}\"{_hemi(lat, 'N', 'S')} "
                f"{d2}°{m2:02d}'{int(s2):02d}\"{_hemi(lon, 'E', 'W')}"
            )
            return {"coordinates": text}, la, lo
        if s < 0.75:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
        tags.append("decimal_comma")
        la, lo = round(lat, 4), round(lon, 4)
        text = (
            f"{abs(la):.4f}".replace(".", ",")
            + f" {_hemi(la, 'N', 'S')} / "
            + f"{abs(lo):.4f}".replace(".", ",")
            + f" {_hemi(lo, 'E', 'W')}"
        )
        return {"coordinates": text}, la, lo
    if name == _HCG:
        g1, dm1, la = _ddm(lat)
        g2, dm2, lo = _ddm(lon)
        h1, h2 = _hemi(lat, "N", "S"), _hemi(lon, "E", "W")
        tags.append("ddm")
        if s < 0.75:
            return {"coordinates": f"{g1:02d}°{dm1:06.3f}'{h1} {g2:03d}°{dm2:06.3f}'{h2}"}, la, lo
        if s < 0.90:
            return {"coordinates": f"{g1:02d} {dm1:06.3f} {h1} - {g2:03d} {dm2:06.3f} {h2}"}, la, lo
        tags.remove("ddm")
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if name == _SCIP:
        la, lo = round(lat, 5), round(lon, 5)
        if s < 0.75:
            return {"lat": la, "lon": lo}, la, lo
        tags.append("decimal_comma")
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if name == _ESPERTO:
        if s < 0.50:
            tags.append("decimal_comma")
            la, lo = round(lat, 5), round(lon, 5)
            return (
                {
                    "lat": f"{abs(la):.5f}".replace(".", ",") + f" {_hemi(la, 'N', 'S')}",
                    "lon": f"{abs(lo):.5f}".replace(".", ",") + f" {_hemi(lo, 'E', 'O')}",
                },
                la,
                lo,
            )
        if s < 0.85:
            tags.append("decimal_comma")
            la, lo = round(lat, 5), round(lon, 5)
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        tags.append("dms")
        d1, m1, s1, la = _dms(lat, 0)
        d2, m2, s2, lo = _dms(lon, 0)
        return (
            {
                "lat": f"{d1}º{m1:02d}'{int(s1):02d}\"{_hemi(lat, 'N', 'S')}",
                "lon": f"{d2}º{m2:02d}'{int(s2):02d}\"{_hemi(lon, 'E', 'O')}",
            },
            la,
            lo,
        )
    # Darién: as Google Maps writes a point
    if s < 0.40:
        tags.append("dms")
        d1, m1, s1, la = _dms(lat, 1)
        d2, m2, s2, lo = _dms(lon, 1)
        text = (
            f"{d1}°{m1}'{s1:.1f}\"{_hemi(lat, 'N', 'S')} {d2}°{m2}'{s2:.1f}\"{_hemi(lon, 'E', 'W')}"
        )
        return {"coordinates": text}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
_FORCED_TAGS = {
    "n_suspects": ("zero_word", "suspects_placeholder"),
    "gender": ("sex_breakdown", "blank_gender"),
    "nationality": ("italian_name", "typo", "iso3", "mojibake", "upper_noaccent", "iso2"),
    "coordinates": ("coords_missing", "coords_placeholder", "dms", "ddm", "decimal_comma"),
    "detection_country": (),
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    name = src.source
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    precision = _precision(rng, partial_ok, *_PARTIAL[name])
    cells: _Cells = {"event_date": _DATE[name](ts, precision, rng, tags)}
    day = ts if precision == "day" else _partial(ts, precision)
    if precision != "day":
        tags.append(f"partial_{precision}")

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[name][crime])
    expl = _str(ev, "exploitation")
    cells["exploitation"] = choice(rng, _EXPLOIT[name][expl or ""]) or None

    n = _int(ev, "n_persons") or 0
    age_true = str(ev["age_group"])
    cells["n_persons"], n_exp = _count(name, n, rng, tags, age_true)
    cells["n_suspects"], k_exp = _suspects(name, _int(ev, "n_suspects"), rng, tags)
    cells["gender"], gender = _gender(name, str(ev["gender"]), n, rng, tags)
    cells["age_group"], age = _age(name, age_true, n, rng, tags)
    cells["nationality"], nat = _nationality(name, _str(ev, "nationality"), rng, tags)
    origin = _str(ev, "origin_country")
    dest = _str(ev, "destination_country")
    detect = _str(ev, "detection_country")
    cells["origin_country"] = _place(name, origin, rng, tags) if origin else None
    cells["destination_country"] = _place(name, dest, rng, tags) if dest else None
    cells["detection_country"] = _place(name, detect, rng, tags) if detect else None
    if name == _SCIP and detect and rng.random() < 0.01:
        tags.append("blank_detection_country")
        cells["detection_country"] = None
        detect = None
    if name == _DNAA and rng.random() < 0.01:
        tags.append("blank_nationality")
        cells["nationality"], nat = choice(rng, ("n.d.", "undetermined")), None
    cells["transit_countries"] = _transit(name, _str(ev, "transit_countries"), rng, tags)
    cells["transport_mode"], mode = _transport(
        name, str(ev["transport_mode"]), _str(ev, "hotspot"), rng, tags
    )
    coord_cells, lat, lon = _coords(name, _float(ev, "lat"), _float(ev, "lon"), rng, tags)
    cells.update(coord_cells)
    cells["linked_offences"] = _offences(name, _str(ev, "linked_offences"), rng)

    expected: _Cells = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": n_exp,
        "n_suspects": k_exp,
        "gender": gender,
        "age_group": age,
        "nationality": nat,
        "origin_country": origin,
        "destination_country": dest,
        "detection_country": detect,
        "transit_countries": _str(ev, "transit_countries"),
        "transport_mode": mode,
        "lat": None if lat is None else round(lat, 6),
        "lon": None if lon is None else round(lon, 6),
        "linked_offences": _str(ev, "linked_offences"),
    }
    if forced_blank is not None:
        tags = [t for t in tags if t not in _FORCED_TAGS[forced_blank]]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                if key in cells:
                    cells[key] = None
            expected["lat"] = expected["lon"] = None
        else:
            cells[forced_blank] = None
            expected[forced_blank] = "unknown" if forced_blank == "gender" else None
    for key, value in cells.items():  # a CSV's encoding must hold every cell
        if isinstance(value, str) and not fits(value, src):
            cells[key] = _strip_accents(value)
    return cells, expected, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND89_SOURCES,
    primary=_PRIMARY,
    compilation=_SCIP,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=89_089,
    blank_share=0.35,
)


def make_blind89(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind89`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``dnaa_sidna_cm.csv``, ``hcg_lesvos_cm.xlsx``, ``scip_liaison_cm.jsonl``,
        ``esperto_madrid_cm.csv`` and ``pn_darien_cm.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind89(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dnaa_sidna_cm.csv', 'hcg_lesvos_cm.xlsx', 'scip_liaison_cm.jsonl',
     'esperto_madrid_cm.csv', 'pn_darien_cm.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
