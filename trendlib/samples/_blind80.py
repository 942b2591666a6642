"""Examiner sample set ``blind80``: five humanitarian, health and shelter sources (``*_cd.*``).

A held-out set written independently of the cleaner, from five actors that meet migrants
and possible victims of trafficking rather than police forces: a hospital unit in Calais,
a Spanish refugee-aid NGO, a Jesuit shelter on the Arizona border, a Jewish
refugee-aid NGO in Panama and a Jesuit European digest. Each keeps its own header
wording, value words, date styles and coordinate styles; every value written is one an
analyst reads unambiguously, and the expected clean value of each row is recorded in the
truth. A reader's guide to the five files:

``pass_calais_cd.csv`` - PASS & SMUR, Centre hospitalier de Calais (French)
    The hospital's *Permanence d'accès aux soins de santé* (PASS) and mobile emergency
    unit (SMUR) register of exiled persons taken in charge ("PEC") on the coast. cp1252,
    ``;`` delimiter, CRLF line ends. Dates day-first ``12/03/2022``, often with the time
    of the call (``12/03/2022 14h35``), two-digit years, French month names
    (``1er mars 2022``), rare month-only (``mars 2022``, ``03/2022``) and quarter
    (``T1 2022``, ``1er trimestre 2022``) entries. Crime context as a social worker
    writes it, with CESEDA / Code pénal articles (``art. L823-1 CESEDA``,
    ``TEH (art. 225-4-1 CP)``). Nationalities mostly as French demonyms in the person's
    gender (``érythréenne``), destination ``Angleterre`` / ``UK``, routes ``Libye >
    Italie``. Persons ``41 pers.`` or ``12 (dont 3 mineurs)``; ``NC`` / ``inconnu``
    unknowns, ``néant`` / ``aucun`` for no smuggler. SMUR GPS fixes in four styles:
    decimal comma ``50,95812 / 1,84931``, CROSS-style degrees and decimal minutes
    ``N 50°57.486' E 001°50.958'``, degrees-minutes-seconds and plain decimals;
    ``non relevé`` when no fix. A little mojibake (UTF-8 pasted into the cp1252 export).
    No linked-offence column.
``cear_acogida_cd.xlsx`` - CEAR, Programa de Atención Humanitaria (Spanish)
    The Spanish refugee-aid commission's intake sheet at arrival points (Canaries,
    Andalusia, Ceuta, Melilla). Real Excel dates (some with a time), lost formats that
    leave Excel serial numbers (``44631``), text dates ``12/03/2022`` and ``12-mar-2022``,
    month-only ``marzo de 2022`` / ``mar-2022``, quarters ``T1/2022``, ``primer trimestre
    de 2022``. Crime types with Código Penal articles (``art. 318 bis CP``, ``TSH (art. 177
    bis CP)``), ``cayuco`` / ``patera`` / ``salto de valla``, ``MENA`` for
    unaccompanied minors, ``Guinea Conakry``. Latitude and longitude in two columns:
    numbers, decimal-comma text, or degrees-minutes-seconds with ``O`` (oeste) for west.
    ``s/d`` / ``sin datos`` unknowns, Excel errors ``#¡VALOR!`` as unreadable counts. The
    sheet was re-sent with some rows repeated.
``kino_nogales_cd.csv`` - Kino Border Initiative, Nogales (English, bilingual headers)
    The shelter's intake survey of people expelled after apprehension in the United
    States, exported by Excel as "Unicode text": UTF-16 with BOM, tab-delimited. Headers
    bilingual (``Apprehension date (mm/dd/yyyy) / Fecha``). Dates US month-first
    ``3/12/2022``, ``03/12/22``, ``Mar 12, 2022``, ISO, month-only ``March 2022`` and
    ``3/2022``, quarters ``Q1 2022``. US wording: ``UAC`` (unaccompanied child),
    ``Family unit`` (adults with children), ``8 USC 1324`` smuggling, ``TVPA``
    trafficking, ``DK`` (don't know) survey answers, destinations as US cities
    (``Houston, TX``). No coordinates (the place of apprehension is not geocoded).
``hias_panama_cd.csv`` - HIAS Panamá, protection monitoring (Spanish)
    HIAS's protection log at the Darién reception stations (Bajo Chiquito, Lajas
    Blancas) and its cases referred from the Mexico-United States border. UTF-8, ``|``
    delimiter. Dates ``12/03/2022``, ``2/3/2022``, ISO, ``12 de marzo de 2022``, month-only
    ``marzo 2022``, quarters in Roman numerals ``III trim. 2022``. Panamanian number
    style: thousands with a comma (``3,163`` persons). ``NNA`` (niños, niñas y
    adolescentes), ``Ley 79 de 2011`` for trafficking, ``lavado de dinero``. Coordinates
    ``8.65331, -77.96752``, ``Lat: 8.6533 / Long: -77.9675`` or DMS with N/W; ``s/c``
    when missing. Some mojibake (``PanamÃ¡``) from a double-encoded export.
``jrs_europe_cd.jsonl`` - JRS Europe regional accompaniment digest (English)
    The Jesuit Refugee Service's digest of incidents reported by its country offices
    (Italy, Greece, Croatia, Poland, United Kingdom, and second reports from France and
    Spain); one JSON object a line, snake_case keys. Dates ISO, ISO with a UTC offset,
    ``12 Mar 2022``, dotted European ``12.03.2022``, month ``2022-03`` / ``March 2022``,
    quarters ``2022-Q1``. Countries as ISO alpha-2 codes (``IT``, ``UK``), names or
    demonyms; routes ``TR > BG > RS``. Offence with the national article
    (``art. 12 TUI``, ``s.25 Immigration Act 1971``, ``art. 601 c.p.``, ``art. 264 §3
    KK``), ``UASC``, ``cannabis cultivation`` for forced criminality. Counts as JSON
    numbers, strings, ``52 POB`` (persons on board) for sea rescues, or null. Sea
    positions in degrees and decimal minutes (``35°30.12'N 012°36.05'E``), land ones in
    decimals. Re-sent entries repeat some rows.

The shared machinery (:mod:`trendlib.samples._examiner`) chooses which source reports
which event, plants the cross-source duplicates, bad rows, garbage rows and exact
repeats, and assembles the submissions.
"""

from __future__ import annotations

import unicodedata

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

__all__ = ["BLIND80_SOURCES", "make_blind80"]

_Rng = np.random.Generator

PASS = "pass_calais_cd"
CEAR = "cear_acogida_cd"
KBI = "kino_nogales_cd"
HIAS = "hias_panama_cd"
JRS = "jrs_europe_cd"

#: The five sources of the set, in the order the submissions are returned.
BLIND80_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=PASS,
        filename="pass_calais_cd.csv",
        ref="PASS-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° PEC",
            "event_date": "Date/heure PEC",
            "crime_type": "Contexte (signalement)",
            "exploitation": "Forme d'exploitation (si TEH)",
            "n_persons": "Nb pers. prises en charge",
            "n_suspects": "Nb passeurs/exploiteurs signalés",
            "gender": "Sexe",
            "age_group": "Majeur / Mineur",
            "nationality": "Nationalité déclarée",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination souhaitée",
            "detection_country": "Pays de PEC",
            "transit_countries": "Parcours (pays traversés)",
            "transport_mode": "Mode d'arrivée",
            "coordinates": "Coord. GPS (SMUR)",
        },
        note="NB : extraction partielle du registre PASS/SMUR - données non consolidées (DIM)",
        total="TOTAL PÉRIODE",
        bad_count=("#VALEUR!", "#REF!", "#DIV/0!"),
        repeats=False,
    ),
    ExaminerSource(
        source=CEAR,
        filename="cear_acogida_cd.xlsx",
        ref="CEAR/{year}/{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha llegada / detección",
            "crime_type": "Tipología delictiva",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad (tramo)",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino final",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de llegada",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Otros delitos conexos",
        },
        note="Nota: datos provisionales pendientes de validación por la Coordinación",
        total="TOTAL GENERAL",
        bad_count=("#¡VALOR!", "#¡REF!", "#¿NOMBRE?"),
        repeats=True,
    ),
    ExaminerSource(
        source=KBI,
        filename="kino_nogales_cd.csv",
        ref="NOG-{yy:02d}-{seq:05d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Intake # / Núm.",
            "event_date": "Apprehension date (mm/dd/yyyy) / Fecha",
            "crime_type": "Case type / Tipo de caso",
            "exploitation": "Trafficking type / Tipo de trata",
            "n_persons": "Group size / Tamaño del grupo",
            "n_suspects": "Guides (coyotes) / Guías",
            "gender": "Sex / Sexo",
            "age_group": "Age cat. / Edad",
            "nationality": "Nationality / Nacionalidad",
            "origin_country": "Country of origin / País de origen",
            "destination_country": "Intended destination / Destino",
            "detection_country": "Country of apprehension / País de detención",
            "transit_countries": "Countries crossed / Países de tránsito",
            "transport_mode": "How they crossed / Medio",
            "linked_offences": "Other crimes reported / Otros delitos",
        },
        note="Note: entered by volunteers from intake interviews; not verified",
        total="TOTAL",
        bad_count=("#VALUE!", "#REF!", "#NAME?"),
        repeats=False,
    ),
    ExaminerSource(
        source=HIAS,
        filename="hias_panama_cd.csv",
        ref="HIAS-PA-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter="|",
        language="es",
        headers={
            "source_ref": "Código de caso",
            "event_date": "Fecha del evento",
            "crime_type": "Tipo de caso (trata/tráfico)",
            "exploitation": "Modalidad de explotación",
            "n_persons": "Personas (total del grupo)",
            "n_suspects": "Presuntos tratantes/traficantes",
            "gender": "Género",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "Destino previsto",
            "detection_country": "País donde ocurrió",
            "transit_countries": "Ruta (países de tránsito)",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas (lat, long)",
            "linked_offences": "Delitos asociados",
        },
        note="Nota: cifras preliminares, no incluye casos referidos por otras agencias",
        total="Total general",
        bad_count=("#¡VALOR!", "#¡REF!", "#¡DIV/0!"),
        repeats=False,
    ),
    ExaminerSource(
        source=JRS,
        filename="jrs_europe_cd.jsonl",
        ref="JRS-EU/{year}/{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "incident_date",
            "crime_type": "offence_category",
            "exploitation": "exploitation_form",
            "n_persons": "persons_concerned",
            "n_suspects": "alleged_facilitators",
            "gender": "gender",
            "age_group": "age_profile",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "destination_country": "intended_destination",
            "detection_country": "country_of_incident",
            "transit_countries": "transit_route",
            "transport_mode": "means_of_travel",
            "coordinates": "position",
            "linked_offences": "related_offences",
        },
        note="Digest compiled from country office reports; figures subject to revision",
        total="TOTAL",
        bad_count=("dozens", "multiple", "a few"),
        repeats=True,
    ),
)

# --------------------------------------------------------------------------------------
# Countries: names, demonyms (masculine), alternative names, typos
# --------------------------------------------------------------------------------------
#: code -> (French name, Spanish name, English name)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afganistán", "Afghanistan"),
    "ALB": ("Albanie", "Albania", "Albania"),
    "AUT": ("Autriche", "Austria", "Austria"),
    "BEL": ("Belgique", "Bélgica", "Belgium"),
    "BGD": ("Bangladesh", "Bangladés", "Bangladesh"),
    "BGR": ("Bulgarie", "Bulgaria", "Bulgaria"),
    "BIH": ("Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnia and Herzegovina"),
    "BLR": ("Biélorussie", "Bielorrusia", "Belarus"),
    "CHN": ("Chine", "China", "China"),
    "CIV": ("Côte d'Ivoire", "Costa de Marfil", "Côte d'Ivoire"),
    "CMR": ("Cameroun", "Camerún", "Cameroon"),
    "COL": ("Colombie", "Colombia", "Colombia"),
    "DEU": ("Allemagne", "Alemania", "Germany"),
    "DZA": ("Algérie", "Argelia", "Algeria"),
    "ECU": ("Équateur", "Ecuador", "Ecuador"),
    "EGY": ("Égypte", "Egipto", "Egypt"),
    "ERI": ("Érythrée", "Eritrea", "Eritrea"),
    "ESP": ("Espagne", "España", "Spain"),
    "FRA": ("France", "Francia", "France"),
    "GBR": ("Royaume-Uni", "Reino Unido", "United Kingdom"),
    "GIN": ("Guinée", "Guinea", "Guinea"),
    "GMB": ("Gambie", "Gambia", "The Gambia"),
    "GRC": ("Grèce", "Grecia", "Greece"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatie", "Croacia", "Croatia"),
    "HTI": ("Haïti", "Haití", "Haiti"),
    "HUN": ("Hongrie", "Hungría", "Hungary"),
    "IRN": ("Iran", "Irán", "Iran"),
    "IRQ": ("Irak", "Irak", "Iraq"),
    "ITA": ("Italie", "Italia", "Italy"),
    "LBY": ("Libye", "Libia", "Libya"),
    "MAR": ("Maroc", "Marruecos", "Morocco"),
    "MEX": ("Mexique", "México", "Mexico"),
    "MKD": ("Macédoine du Nord", "Macedonia del Norte", "North Macedonia"),
    "MLI": ("Mali", "Malí", "Mali"),
    "MRT": ("Mauritanie", "Mauritania", "Mauritania"),
    "NER": ("Niger", "Níger", "Niger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistán", "Pakistan"),
    "PAN": ("Panama", "Panamá", "Panama"),
    "POL": ("Pologne", "Polonia", "Poland"),
    "ROU": ("Roumanie", "Rumanía", "Romania"),
    "RUS": ("Russie", "Rusia", "Russia"),
    "SEN": ("Sénégal", "Senegal", "Senegal"),
    "SRB": ("Serbie", "Serbia", "Serbia"),
    "SYR": ("Syrie", "Siria", "Syria"),
    "TUN": ("Tunisie", "Túnez", "Tunisia"),
    "TUR": ("Turquie", "Turquía", "Türkiye"),
    "USA": ("États-Unis", "Estados Unidos", "United States"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viêt Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yémen", "Yemen", "Yemen"),
}
#: code -> (French demonym, Spanish demonym, English demonym), masculine singular
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("afghan", "afgano", "Afghan"),
    "ALB": ("albanais", "albanés", "Albanian"),
    "BGD": ("bangladais", "bangladesí", "Bangladeshi"),
    "CHN": ("chinois", "chino", "Chinese"),
    "CIV": ("ivoirien", "marfileño", "Ivorian"),
    "CMR": ("camerounais", "camerunés", "Cameroonian"),
    "COL": ("colombien", "colombiano", "Colombian"),
    "DZA": ("algérien", "argelino", "Algerian"),
    "ECU": ("équatorien", "ecuatoriano", "Ecuadorian"),
    "EGY": ("égyptien", "egipcio", "Egyptian"),
    "ERI": ("érythréen", "eritreo", "Eritrean"),
    "GIN": ("guinéen", "guineano", "Guinean"),
    "GMB": ("gambien", "gambiano", "Gambian"),
    "GTM": ("guatémaltèque", "guatemalteco", "Guatemalan"),
    "HND": ("hondurien", "hondureño", "Honduran"),
    "HTI": ("haïtien", "haitiano", "Haitian"),
    "IRN": ("iranien", "iraní", "Iranian"),
    "IRQ": ("irakien", "iraquí", "Iraqi"),
    "MAR": ("marocain", "marroquí", "Moroccan"),
    "MEX": ("mexicain", "mexicano", "Mexican"),
    "MLI": ("malien", "maliense", "Malian"),
    "NGA": ("nigérian", "nigeriano", "Nigerian"),
    "PAK": ("pakistanais", "pakistaní", "Pakistani"),
    "ROU": ("roumain", "rumano", "Romanian"),
    "SEN": ("sénégalais", "senegalés", "Senegalese"),
    "SYR": ("syrien", "sirio", "Syrian"),
    "TUN": ("tunisien", "tunecino", "Tunisian"),
    "TUR": ("turc", "turco", "Turkish"),
    "VEN": ("vénézuélien", "venezolano", "Venezuelan"),
    "VNM": ("vietnamien", "vietnamita", "Vietnamese"),
    "YEM": ("yéménite", "yemení", "Yemeni"),
}
#: Other names an agency uses, by language.
_ALT_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "GBR": ("Angleterre", "UK", "Royaume Uni", "GB"),
        "IRQ": ("Irak (Kurdistan)", "Iraq"),
        "VNM": ("Vietnam",),
        "DEU": ("Allemagne (RFA)",),
        "BIH": ("Bosnie",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU", "Estados Unidos de América"),
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "CIV": ("Côte d'Ivoire",),
        "GBR": ("Reino Unido (Inglaterra)",),
        "CHN": ("República Popular China",),
        "VEN": ("Venezuela (Rep. Bolivariana de)",),
    },
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US", "U.S."),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "TUR": ("Turkey",),
        "IRQ": ("Iraq (KRI)",),
        "BIH": ("BiH",),
        "MKD": ("N. Macedonia",),
    },
}
#: Typos an analyst still reads, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "fr": {"AFG": "Afganistan", "ERI": "Erythree", "SYR": "Syrye", "ALB": "Albannie"},
    "es": {"VEN": "Venezula", "ECU": "Ecuado", "HTI": "Haiti", "COL": "Columbia"},
    "en": {"VEN": "Venezuala", "GTM": "Guatamala", "HND": "Hondouras", "AFG": "Afganistan"},
}
_LANG = {"fr": 0, "es": 1, "en": 2}


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``Érythrée`` -> ``Erythree``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(code: str, lang: str) -> str:
    """Return the country's name in ``lang`` (the ISO code if the table lacks it)."""
    names = _NAMES.get(code)
    return names[_LANG[lang]] if names else code


def _feminine(word: str, lang: str) -> str:
    """Return the feminine of a French or Spanish demonym."""
    if lang == "fr":
        if word.endswith("en"):
            return word + "ne"
        if word == "turc":
            return "turque"
        return word if word.endswith("e") else word + "e"
    if lang == "es":
        if word.endswith("o"):
            return word[:-1] + "a"
        if word.endswith("és"):
            return word[:-2] + "esa"
        return word
    return word


def _demonym(code: str, lang: str, gender: object) -> str | None:
    """Return the demonym in ``lang`` (feminine for a woman or women), or None."""
    dem = _DEMONYMS.get(code)
    if dem is None:
        return None
    word = dem[_LANG[lang]]
    return _feminine(word, lang) if gender == "female" else word


def _noisy(text: str, src: ExaminerSource, rng: _Rng, tags: list[str]) -> str:
    """Sometimes upper-case, strip accents, pad or garble ``text`` as clerks do."""
    r = rng.random()
    if r < 0.06:
        tags.append("upper")
        return text.upper()
    if r < 0.10:
        plain = _strip_accents(text)
        if plain != text:
            tags.append("no_accents")
            return plain
    elif r < 0.13:
        tags.append("padded")
        return f" {text}  "
    elif r < 0.16 and src.source in (PASS, HIAS):
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return text


def _country(code: str, src: ExaminerSource, rng: _Rng, tags: list[str]) -> str:
    """Write one country as the source does: a name, another name, a typo or a code."""
    lang = src.language
    r = rng.random()
    alts = _ALT_NAMES[lang].get(code, ())
    if src.source == JRS and r < 0.4:
        a2, _ = iso_codes(code)
        tags.append("iso2")
        return "UK" if a2 == "GB" and rng.random() < 0.5 else a2
    if src.source == CEAR and r < 0.06:
        tags.append("iso3")
        return code
    if alts and r < 0.55 and rng.random() < 0.45:
        tags.append("alt_name")
        return choice(rng, alts)
    typo = _TYPOS[lang].get(code)
    if typo is not None and rng.random() < 0.08:
        tags.append("typo")
        return typo
    text = _name(code, lang)
    if not fits(text, src):
        text = _strip_accents(text)
    return _noisy(text, src, rng, tags)


def _nationality(
    code: str, src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> str:
    """Write the nationality: a demonym or a country name, by the source's habit."""
    share = {PASS: 0.7, CEAR: 0.25, KBI: 0.55, HIAS: 0.35, JRS: 0.2}[src.source]
    if rng.random() < share:
        dem = _demonym(code, src.language, ev["gender"])
        if src.source == KBI and dem is not None and rng.random() < 0.15:
            # a volunteer wrote the Spanish word
            dem = _DEMONYMS[code][1]
            dem = _feminine(dem, "es") if ev["gender"] == "female" else dem
        if dem is not None:
            tags.append("demonym")
            if src.language != "en" and rng.random() < 0.2:
                dem = dem.capitalize()
            return _noisy(dem, src, rng, tags)
    return _country(code, src, rng, tags)


# --------------------------------------------------------------------------------------
# Words of each source
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    PASS: {
        "smuggling": (
            "aide à l'entrée irrégulière (art. L823-1 CESEDA)",
            "trafic de migrants",
            "passeurs",
            "passage organisé (passeurs)",
            "aide au passage irrégulier",
        ),
        "trafficking": (
            "TEH (art. 225-4-1 CP)",
            "traite des êtres humains",
            "victime présumée de traite",
            "suspicion de TEH",
        ),
        "both": (
            "TEH + passeurs",
            "traite et trafic de migrants",
            "225-4-1 CP + L823-1 CESEDA",
        ),
    },
    CEAR: {
        "smuggling": (
            "tráfico ilícito de migrantes",
            "art. 318 bis CP",
            "favorecimiento de la inmigración irregular (318 bis)",
            "Tráfico de personas migrantes",
        ),
        "trafficking": (
            "trata de seres humanos",
            "TSH (art. 177 bis CP)",
            "posible víctima de trata",
            "Trata de personas",
        ),
        "both": ("trata y tráfico", "177 bis + 318 bis CP", "TSH y tráfico ilícito"),
    },
    KBI: {
        "smuggling": (
            "Smuggling",
            "human smuggling (8 USC 1324)",
            "smuggled (coyote)",
            "Smuggling - paid guide",
        ),
        "trafficking": (
            "Trafficking",
            "human trafficking (TVPA)",
            "trafficking victim",
            "Trafficking (T-visa referral)",
        ),
        "both": ("Smuggling + trafficking", "smuggled then trafficked", "both (smug./traff.)"),
    },
    HIAS: {
        "smuggling": (
            "tráfico ilícito de migrantes",
            "tráfico de migrantes (coyotaje)",
            "Tráfico de migrantes",
        ),
        "trafficking": (
            "trata de personas",
            "trata (Ley 79 de 2011)",
            "posible víctima de trata",
        ),
        "both": ("trata y tráfico", "tráfico + trata de personas"),
    },
    JRS: {
        "smuggling": (
            "smuggling of migrants (SoM)",
            "SoM",
            "facilitation of irregular entry",
            "migrant smuggling",
        ),
        "trafficking": (
            "THB",
            "trafficking in human beings",
            "human trafficking",
        ),
        "both": ("THB + SoM", "smuggling and trafficking", "SoM/THB"),
    },
}
#: JRS offices cite their national article: detection country -> crime -> wording.
_JRS_LAW: dict[str, dict[str, str]] = {
    "ITA": {"smuggling": "smuggling (art. 12 TUI)", "trafficking": "trafficking (art. 601 c.p.)"},
    "GBR": {
        "smuggling": "facilitation (s.25 Immigration Act 1971)",
        "trafficking": "human trafficking (MSA 2015 s.2)",
    },
    "POL": {"smuggling": "organising illegal crossing (art. 264 §3 KK)"},
    "HRV": {"smuggling": "smuggling (art. 326 KZ)"},
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution forcée", "sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual", "Explotación sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados", "laboral"),
        "forced_criminality": ("criminalidad forzada", "actividades delictivas forzadas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas", "otra"),
    },
    "en": {
        "sexual": ("sexual exploitation", "sex trafficking", "sexual"),
        "forced_labour": ("forced labour", "labour exploitation", "labor trafficking"),
        "forced_criminality": ("forced criminality", "forced criminal activity"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other form"),
    },
}
#: The shelter in Arizona writes American English (TVPA wording).
_KBI_EXPLOIT: dict[str, tuple[str, ...]] = {
    "sexual": ("sex trafficking", "sexual exploitation", "commercial sex"),
    "forced_labour": ("labor trafficking", "forced labor"),
    "forced_criminality": ("forced criminal activity", "forced criminality"),
    "organ_removal": ("organ removal",),
    "forced_marriage": ("forced marriage",),
    "other": ("other", "other (specify)"),
}
_NO_EXPLOIT: dict[str, tuple[str, ...]] = {
    PASS: ("", "", "sans objet", "-"),
    CEAR: ("", "", "no procede", "N/A"),
    KBI: ("", "", "N/A"),
    HIAS: ("", "", "no aplica", "—"),
    JRS: ("", "n/a"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    PASS: {
        "male": ("H", "H", "homme(s)", "masculin"),
        "female": ("F", "F", "femme(s)", "féminin"),
        "mixed": ("mixte", "H + F", "hommes et femmes"),
    },
    CEAR: {
        "male": ("hombre", "varón", "Hombres", "masculino"),
        "female": ("mujer", "Mujeres", "femenino"),
        "mixed": ("mixto", "ambos sexos", "hombres y mujeres"),
    },
    KBI: {
        "male": ("Male", "M", "male"),
        "female": ("Female", "F", "female"),
        "mixed": ("Mixed", "M & F", "mixed group"),
    },
    HIAS: {
        "male": ("Masculino", "masc.", "hombre"),
        "female": ("Femenino", "fem.", "mujer"),
        "mixed": ("Mixto", "ambos", "hombres y mujeres"),
    },
    JRS: {
        "male": ("male", "men", "male"),
        "female": ("female", "women", "female"),
        "mixed": ("mixed", "men & women", "mixed"),
    },
}
_GENDER_UNKNOWN: dict[str, tuple[str, ...]] = {
    PASS: ("NR", "non renseigné"),
    CEAR: ("s/d", "no consta"),
    KBI: ("DK", "unknown"),
    HIAS: ("s/i", "no registrado"),
    JRS: ("unknown", "not recorded"),
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    PASS: {
        "adult": ("majeur(s)", "adulte", "majeur"),
        "child": ("mineur(s)", "MNA", "mineur isolé"),
        "mixed": ("familles", "mixte", "adultes + mineurs"),
    },
    CEAR: {
        "adult": ("adulto", "mayor de edad", "+18"),
        "child": ("menor", "MENA", "menores de edad"),
        "mixed": ("mixto", "adultos y menores", "unidades familiares"),
    },
    KBI: {
        "adult": ("Adult", "18+", "adult"),
        "child": ("Minor", "UAC", "minor"),
        "mixed": ("Family unit", "Mixed", "adults w/ children"),
    },
    HIAS: {
        "adult": ("adulto", "18+", "Adultos"),
        "child": ("NNA", "menor de edad", "niñez"),
        "mixed": ("mixto", "familias", "adultos con NNA"),
    },
    JRS: {
        "adult": ("adults", "adult"),
        "child": ("minors", "UASC", "children"),
        "mixed": ("mixed", "families", "adults and children"),
    },
}
_NA_WORD: dict[str, tuple[str, ...]] = {
    PASS: ("non renseigné", "NR", "?"),
    CEAR: ("s/d", "no consta", "desconocido"),
    KBI: ("DK", "unknown", "N/A"),
    HIAS: ("s/i", "sin dato", "no se sabe"),
    JRS: ("unknown", "not known"),
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    PASS: {
        "sea": ("small boat", "bateau pneumatique", "embarcation", "traversée maritime"),
        "land": ("camion (PL)", "poids lourd", "voiture", "à pied", "terrestre"),
        "air": ("avion", "aérien", "vol"),
    },
    CEAR: {
        "sea": ("cayuco", "patera", "neumática", "embarcación", "vía marítima"),
        "land": ("salto de valla", "vehículo (doble fondo)", "camión", "terrestre", "a pie"),
        "air": ("vía aérea", "avión", "aeropuerto"),
    },
    KBI: {
        "sea": ("boat", "by sea"),
        "land": ("On foot", "walked (desert)", "vehicle", "tractor-trailer", "pick-up truck"),
        "air": ("flight", "air"),
    },
    HIAS: {
        "sea": ("lancha", "bote", "marítimo"),
        "land": ("a pie (selva)", "caminando", "terrestre", "autobús"),
        "air": ("aéreo", "avión", "vuelo"),
    },
    JRS: {
        "sea": ("rubber boat", "wooden boat", "fishing boat", "sea", "dinghy"),
        "land": ("on foot", "lorry", "truck", "car", "train", "land"),
        "air": ("flight", "air"),
    },
}
#: HIAS's words for crossings of the Mexico-United States border (no jungle there).
_HIAS_BORDER_MODE: dict[str, tuple[str, ...]] = {
    "land": ("a pie (desierto)", "caminando", "vehículo", "tráiler"),
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    CEAR: {
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    KBI: {
        "document_fraud": ("fake documents", "document fraud"),
        "corruption": ("bribery of officials", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug smuggling", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    HIAS: {
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("soborno", "corrupción"),
        "money_laundering": ("lavado de dinero", "blanqueo de capitales"),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    JRS: {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP: dict[str, tuple[str, ...]] = {
    CEAR: (", ", " y ", " / "),
    KBI: (", ", "; ", " + "),
    HIAS: (", ", " y "),
    JRS: (", ", "; "),
}
_NO_OFFENCE: dict[str, tuple[str, ...]] = {
    CEAR: ("", "", "ninguno"),
    KBI: ("", "", "none"),
    HIAS: ("", "", "ninguno"),
    JRS: ("", "none"),
}
_TRANSIT_SEP: dict[str, tuple[str, ...]] = {
    PASS: (" > ", " - ", ", "),
    CEAR: (", ", " - ", " / "),
    KBI: (", ", " -> "),
    HIAS: (" - ", " → ", ", "),
    JRS: (" > ", ", "),
}
_NO_TRANSIT: dict[str, tuple[str, ...]] = {
    PASS: ("", "direct"),
    CEAR: ("", "directo"),
    KBI: ("", "none"),
    HIAS: ("", "directo"),
    JRS: ("", "direct"),
}
_ZERO: dict[str, tuple[str, ...]] = {
    PASS: ("néant", "aucun"),
    CEAR: ("ninguno", "ningún autor"),
    KBI: ("none", "no guide"),
    HIAS: ("ninguno", "ningún tratante"),
    JRS: ("none", "nil"),
}
_UNKNOWN_COUNT: dict[str, tuple[str, ...]] = {
    PASS: ("inconnu", "NC", "nb non connu"),
    CEAR: ("s/d", "sin datos", "desconocido"),
    KBI: ("unknown", "DK", "unk."),
    HIAS: ("s/i", "ND", "sin dato"),
    JRS: ("unknown", "not reported"),
}
_NO_NATIONALITY: dict[str, tuple[str, ...]] = {
    PASS: ("non déclarée", "inconnue"),
    CEAR: ("no consta", "desconocida"),
    KBI: ("DK", "unknown"),
    HIAS: ("sin documento / no declara", "s/i"),
    JRS: ("unknown", "undetermined"),
}
_US_CITIES = ("Houston, TX", "Phoenix, AZ", "Los Angeles, CA", "Chicago, IL", "New York, NY")
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _partial(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str] | None:
    """Maybe write only the month or the quarter; return (cell, precision) or None."""
    month_share, quarter_share = {
        PASS: (0.03, 0.015),
        CEAR: (0.05, 0.025),
        KBI: (0.05, 0.02),
        HIAS: (0.04, 0.025),
        JRS: (0.06, 0.04),
    }[src.source]
    r = rng.random()
    m, y, q = ts.month, ts.year, _quarter(ts)
    if r < month_share:
        cells = {
            PASS: (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
            CEAR: (f"{_ES_MONTHS[m - 1]} de {y}", f"{_ES_ABBR[m - 1]}-{y}"),
            KBI: (f"{MONTHS[m - 1]} {y}", f"{m}/{y}"),
            HIAS: (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_MONTHS[m - 1].capitalize()} de {y}"),
            JRS: (f"{y}-{m:02d}", f"{MONTHS[m - 1]} {y}"),
        }[src.source]
        return choice(rng, cells), "month"
    if r < month_share + quarter_share:
        first = "1er" if q == 1 else f"{q}e"
        ordinal = ("primer", "segundo", "tercer", "cuarto")[q - 1]
        cells = {
            PASS: (f"T{q} {y}", f"{first} trimestre {y}"),
            CEAR: (f"T{q}/{y}", f"{ordinal} trimestre de {y}"),
            KBI: (f"Q{q} {y}", f"{y} Q{q}"),
            HIAS: (f"{_ROMAN[q - 1]} trim. {y}", f"T{q} {y}"),
            JRS: (f"{y}-Q{q}", f"Q{q} {y}"),
        }[src.source]
        return choice(rng, cells), "quarter"
    return None


def _day_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date as the source does."""
    d, m, y = ts.day, ts.month, ts.year
    hour, minute = int(rng.integers(7, 21)), int(rng.integers(0, 60))
    r = rng.random()
    if src.source == PASS:
        if r < 0.55:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.75:
            tags.append("time_of_day")
            return f"{d:02d}/{m:02d}/{y} {hour:02d}h{minute:02d}"
        if r < 0.88:
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        tags.append("month_name")
        day = "1er" if d == 1 else str(d)
        return f"{day} {_FR_MONTHS[m - 1]} {y}"
    if src.source == CEAR:
        if r < 0.5:
            tags.append("excel_datetime")
            return ts.to_pydatetime()
        if r < 0.6:
            tags.append("excel_datetime")
            return (ts + pd.Timedelta(hours=hour, minutes=minute)).to_pydatetime()
        if r < 0.7:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days)
        if r < 0.88:
            tags.append("text_date")
            return f"{d:02d}/{m:02d}/{y}"
        tags.append("month_name")
        return f"{d}-{_ES_ABBR[m - 1]}-{y}"
    if src.source == KBI:
        tags.append("us_date")
        if r < 0.6:
            return f"{m}/{d}/{y}"
        if r < 0.78:
            return f"{m:02d}/{d:02d}/{y % 100:02d}"
        if r < 0.92:
            tags.append("month_name")
            return f"{MONTHS[m - 1][:3]} {d}, {y}"
        return f"{y}-{m:02d}-{d:02d}"
    if src.source == HIAS:
        if r < 0.5:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.65:
            return f"{d}/{m}/{y}"
        if r < 0.78:
            return f"{y}-{m:02d}-{d:02d}"
        tags.append("month_name")
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    # JRS
    if r < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.62:
        tags.append("iso_offset")
        offset = "+01:00" if m in (1, 2, 3, 11, 12) else "+02:00"
        return f"{y}-{m:02d}-{d:02d}T{hour:02d}:{minute:02d}:00{offset}"
    if r < 0.82:
        tags.append("month_name")
        return f"{d:02d} {MONTHS[m - 1][:3]} {y}"
    tags.append("dotted_date")
    return f"{d:02d}.{m:02d}.{y}"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a missing, impossible or future date in the source's style."""
    if kind == "no_date":
        words = {PASS: "date inconnue", CEAR: "s/f", KBI: "unknown", HIAS: "sin fecha"}
        word = words.get(src.source)
        return word if word is not None and rng.random() < 0.35 else None
    if kind == "bad_date":
        mm = int(choice(rng, ("2", "4", "6", "9", "11")))
        dd, yy = (30 if mm == 2 else 31), ts.year
        return {
            PASS: f"{dd}/{mm:02d}/{yy}",
            CEAR: f"{dd}/{mm:02d}/{yy}",
            KBI: f"{mm}/{dd}/{yy}",
            HIAS: f"{dd}/{mm:02d}/{yy}",
            JRS: f"{yy}-{mm:02d}-{dd}",
        }[src.source]
    # future: a slip of the keyboard on the year (2022 -> 2122; 2023 -> 2032)
    digits = str(ts.year)
    swapped = int(digits[:2] + digits[3] + digits[2])
    year = swapped if swapped > 2030 and rng.random() < 0.5 else ts.year + 100
    fut = (ts.replace(day=28) if ts.month == 2 and ts.day == 29 else ts).replace(year=year)
    if src.source == CEAR:
        return fut.to_pydatetime()
    d, m, y = fut.day, fut.month, fut.year
    return {
        PASS: f"{d:02d}/{m:02d}/{y}",
        KBI: f"{m}/{d}/{y}",
        HIAS: f"{d:02d}/{m:02d}/{y}",
        JRS: f"{y}-{m:02d}-{d:02d}",
    }[src.source]


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date on the source's note row (its extraction date, after the last row)."""
    day = last + pd.Timedelta(days=3)
    if src.source == CEAR:
        return day.to_pydatetime()
    if src.source == KBI:
        return f"{day.month}/{day.day}/{day.year}"
    if src.source == JRS:
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _thousands(n: int, src: ExaminerSource, rng: _Rng) -> str:
    """Write a count of 1000 or more with the source's thousands separator."""
    text = f"{n:,}"
    if src.source == PASS:
        return text.replace(",", choice(rng, ("\u00a0", " ")))
    if src.source == CEAR:
        return text.replace(",", ".")
    return text  # KBI, JRS and HIAS (Panama writes 3,163) use a comma


def _persons(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return (cell, expected) for the number of persons."""
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.025:
        tags.append("count_placeholder")
        if src.source == JRS and rng.random() < 0.5:
            return None, None
        return choice(rng, _UNKNOWN_COUNT[src.source]), None
    if n >= 1000 and rng.random() < 0.7:
        tags.append("thousands_sep")
        return _thousands(n, src, rng), n
    if src.source == PASS:
        if r < 0.08:
            tags.append("count_unit")
            return f"{n} pers.", n
        if r < 0.13 and ev["age_group"] == "mixed" and n > 3:
            tags.append("count_note")
            return f"{n} (dont {int(rng.integers(1, min(n, 8)))} mineurs)", n
        return str(n), n
    if src.source == CEAR:
        if r < 0.06:
            tags.append("count_unit")
            return f"{n} personas", n
        if r < 0.1:
            tags.append("count_text")
            return str(n), n
        return n, n
    if src.source == JRS:
        if r < 0.06 and ev["transport_mode"] == "sea":
            tags.append("count_unit")
            return f"{n} POB", n
        if r < 0.1:
            return str(n), n
        return n, n
    return str(n), n


def _suspects(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return (cell, expected) for the number of suspects."""
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    numeric = src.format != "csv"
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _UNKNOWN_COUNT[src.source]), None
    if k == 0 and rng.random() < 0.45:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.source]), 0
    return (k if numeric else str(k)), k


def _dms(value: float, pos: str, neg: str, *, sec_digits: int) -> tuple[str, str, float]:
    """Degrees, minutes and seconds: (text without hemisphere, hemisphere, value meant)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    mins_f = (a - deg) * 60
    mins = int(mins_f)
    sec = round((mins_f - mins) * 60, sec_digits)
    if sec >= 60:
        sec, mins = 0.0, mins + 1
    if mins >= 60:
        mins, deg = 0, deg + 1
    sec_text = f"{sec:0{3 + sec_digits}.{sec_digits}f}" if sec_digits else f"{int(sec):02d}"
    meant = deg + mins / 60 + float(sec_text) / 3600
    return f"{deg}°{mins:02d}'{sec_text}\"", hemi, meant if value >= 0 else -meant


def _ddm(value: float, pos: str, neg: str, *, width: int, digits: int) -> tuple[str, str, float]:
    """Degrees and decimal minutes (maritime style): (text, hemisphere, value meant)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    mins = round((a - deg) * 60, digits)
    if mins >= 60:
        mins, deg = 0.0, deg + 1
    mins_text = f"{mins:0{3 + digits}.{digits}f}"
    meant = deg + float(mins_text) / 60
    return f"{deg:0{width}d}°{mins_text}'", hemi, meant if value >= 0 else -meant


def _coordinates(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of the event."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if src.source == KBI:
        tags.append("coords_missing")
        return {}, None, None
    if r < 0.07:
        tags.append("coords_missing")
        return {}, None, None
    if r < 0.10 and src.source in (PASS, CEAR, HIAS):
        tags.append("coords_placeholder")
        word = {PASS: "non relevé", CEAR: "s/d", HIAS: "s/c"}[src.source]
        if src.source == CEAR:
            return {"lat": word, "lon": word}, None, None
        return {"coordinates": word}, None, None
    s = rng.random()
    if src.source == PASS:
        if s < 0.35:
            tags.append("decimal_comma")
            la, lo = round(lat, 5), round(lon, 5)
            text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
            return {"coordinates": text}, la, lo
        if s < 0.6:
            tags.append("ddm")
            t1, h1, la = _ddm(lat, "N", "S", width=2, digits=3)
            t2, h2, lo = _ddm(lon, "E", "W", width=3, digits=3)
            return {"coordinates": f"{h1} {t1} {h2} {t2}"}, la, lo
        if s < 0.8:
            tags.append("dms")
            t1, h1, la = _dms(lat, "N", "S", sec_digits=1)
            t2, h2, lo = _dms(lon, "E", "W", sec_digits=1)
            return {"coordinates": f"{t1}{h1} {t2}{h2}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.source == CEAR:
        if s < 0.6:
            la, lo = round(lat, 4), round(lon, 4)
            return {"lat": la, "lon": lo}, la, lo
        if s < 0.85:
            tags.append("decimal_comma")
            la, lo = round(lat, 4), round(lon, 4)
            return (
                {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
                la,
                lo,
            )
        tags.append("dms")
        t1, h1, la = _dms(lat, "N", "S", sec_digits=0)
        t2, h2, lo = _dms(lon, "E", "O", sec_digits=0)
        if h2 == "O":
            tags.append("west_letter")
        return {"lat": f"{t1} {h1}", "lon": f"{t2} {h2}"}, la, lo
    if src.source == HIAS:
        if s < 0.55:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
        if s < 0.78:
            la, lo = round(lat, 4), round(lon, 4)
            return {"coordinates": f"Lat: {la:.4f} / Long: {lo:.4f}"}, la, lo
        tags.append("dms")
        t1, h1, la = _dms(lat, "N", "S", sec_digits=0)
        t2, h2, lo = _dms(lon, "E", "W", sec_digits=0)
        return {"coordinates": f"{t1}{h1}, {t2}{h2}"}, la, lo
    # JRS: sea positions as a rescue log gives them, land ones in decimals
    if ev["transport_mode"] == "sea" and s < 0.75:
        tags.append("ddm")
        t1, h1, la = _ddm(lat, "N", "S", width=2, digits=2)
        t2, h2, lo = _ddm(lon, "E", "W", width=3, digits=2)
        return {"coordinates": f"{t1}{h1} {t2}{h2}"}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _crime(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    crime = str(ev["crime_type"])
    if src.source == JRS:
        law = _JRS_LAW.get(str(ev["detection_country"]), {}).get(crime)
        if law is not None and rng.random() < 0.4:
            tags.append("legal_ref")
            return law
    word = choice(rng, _CRIME[src.source][crime])
    if any(ch.isdigit() for ch in word):
        tags.append("legal_ref")
    return word


def _transit(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    codes = str(ev["transit_countries"]).split("|") if ev["transit_countries"] else []
    if not codes:
        return choice(rng, _NO_TRANSIT[src.source])
    sep = choice(rng, _TRANSIT_SEP[src.source])
    if src.source == JRS and rng.random() < 0.5:
        tags.append("iso2")
        return sep.join(iso_codes(c)[0] for c in codes)
    parts = []
    for c in codes:
        text = _name(c, src.language)
        parts.append(text if fits(text, src) else _strip_accents(text))
    return sep.join(parts)


def _offences(src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> str:
    value = ev["linked_offences"]
    if not value:
        return choice(rng, _NO_OFFENCE[src.source])
    words = [choice(rng, _OFFENCES[src.source][o]) for o in str(value).split("|")]
    return choice(rng, _OFFENCE_SEP[src.source]).join(words)


def _destination(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    code = str(ev["destination_country"])
    if src.source == KBI and code == "USA" and rng.random() < 0.3:
        tags.append("us_city")
        return choice(rng, _US_CITIES)
    if src.source == HIAS and code == "USA" and rng.random() < 0.15:
        tags.append("alt_name")
        return choice(rng, ("EE.UU. (Nueva York)", "EE.UU. (Florida)", "USA"))
    return _country(code, src, rng, tags)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": ev["n_persons"],
        "n_suspects": ev["n_suspects"],
        "gender": ev["gender"],
        "age_group": ev["age_group"],
        "nationality": ev["nationality"],
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": ev["detection_country"],
        "transit_countries": ev["transit_countries"],
        "transport_mode": ev["transport_mode"],
        "lat": None,
        "lon": None,
        "linked_offences": ev["linked_offences"] if "linked_offences" in src.headers else None,
    }

    # date
    part = _partial(src, ts, rng) if partial_ok else None
    if part is not None:
        cells["event_date"], precision = part
        tags.append(f"partial_{precision}")
        period = "M" if precision == "month" else "Q"
        exp["event_date"] = ts.to_period(period).start_time
        exp["date_precision"] = precision
    else:
        cells["event_date"] = _day_cell(src, ts, rng, tags)

    # crime and exploitation
    cells["crime_type"] = _crime(src, ev, rng, tags)
    if ev["exploitation"] is None:
        cells["exploitation"] = choice(rng, _NO_EXPLOIT[src.source]) or None
    else:
        form = str(ev["exploitation"])
        if (
            form == "forced_criminality"
            and src.source == JRS
            and ev["destination_country"] == "GBR"
        ):
            cells["exploitation"] = choice(rng, ("cannabis cultivation", "forced criminality"))
        elif src.source == KBI:
            cells["exploitation"] = choice(rng, _KBI_EXPLOIT[form])
        else:
            cells["exploitation"] = choice(rng, _EXPLOIT[src.language][form])

    # counts
    cells["n_persons"], exp["n_persons"] = _persons(src, ev, rng, tags)
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        exp["n_suspects"] = None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, ev, rng, tags)

    # gender and age
    if forced_blank == "gender":
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    elif rng.random() < 0.015:
        tags.append("blank_gender")
        cells["gender"] = choice(rng, _GENDER_UNKNOWN[src.source])
        exp["gender"] = "unknown"
    else:
        cells["gender"] = choice(rng, _GENDER[src.source][str(ev["gender"])])
    if rng.random() < 0.015:
        tags.append("na_word")
        cells["age_group"] = choice(rng, _NA_WORD[src.source])
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = choice(rng, _AGE[src.source][str(ev["age_group"])])
        if cells["age_group"] in ("UAC", "UASC", "MENA", "MNA", "NNA", "Family unit"):
            tags.append("acronym_age")

    # countries
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        exp["nationality"] = None
    elif rng.random() < 0.015:
        tags.append("blank_nationality")
        cells["nationality"] = choice(rng, _NO_NATIONALITY[src.source])
        exp["nationality"] = None
    else:
        cells["nationality"] = _nationality(str(ev["nationality"]), src, ev, rng, tags)
    cells["origin_country"] = _country(str(ev["origin_country"]), src, rng, tags)
    cells["destination_country"] = _destination(src, ev, rng, tags)
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        exp["detection_country"] = None
    else:
        det = str(ev["detection_country"])
        if src.source == HIAS and det == "PAN" and rng.random() < 0.2:
            cells["detection_country"] = "Darién, Panamá"
        else:
            cells["detection_country"] = _country(det, src, rng, tags)
    cells["transit_countries"] = _transit(src, ev, rng, tags) or None

    # transport
    if rng.random() < 0.012:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, _NA_WORD[src.source])
        exp["transport_mode"] = "unknown"
    else:
        words = _MODE[src.source][str(ev["transport_mode"])]
        if src.source == HIAS and ev["detection_country"] != "PAN":
            words = _HIAS_BORDER_MODE.get(str(ev["transport_mode"]), words)
        cells["transport_mode"] = choice(rng, words)

    # place
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    else:
        coords, exp["lat"], exp["lon"] = _coordinates(src, ev, rng, tags)
        cells.update(coords)

    if "linked_offences" in src.headers:
        cells["linked_offences"] = _offences(src, ev, rng) or None

    # a CSV cell must fit the file's encoding
    for key, value in cells.items():
        if isinstance(value, str) and not fits(value, src):
            cells[key] = _strip_accents(value)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND80_SOURCES,
    primary={"FRA": PASS, "ESP": CEAR, "USA": KBI, "PAN": HIAS},
    compilation=JRS,
    secondary={
        ("channel", "FRA"): JRS,
        ("watl", "ESP"): JRS,
        ("wmed", "ESP"): JRS,
        ("thb_rou_esp", "ESP"): JRS,
        ("us_mex", "USA"): HIAS,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=8080,
    blank_share=0.35,
)


def make_blind80(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind80`` set's five submissions.

    Events detected in France go first to the Calais hospital register (PASS/SMUR), in
    Spain to CEAR, in the United States to the Kino Border Initiative, in Panama to HIAS
    Panamá, and all others (Italy, Greece, Croatia, Poland, United Kingdom) to the JRS
    Europe digest. JRS reports a share of the French and Spanish events a second time,
    and HIAS (through its offices on the Mexico-United States border) some United States
    ones.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``pass_calais_cd.csv``, ``cear_acogida_cd.xlsx``, ``kino_nogales_cd.csv``,
        ``hias_panama_cd.csv`` and ``jrs_europe_cd.jsonl``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind80(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pass_calais_cd.csv', 'cear_acogida_cd.xlsx', 'kino_nogales_cd.csv',
     'hias_panama_cd.csv', 'jrs_europe_cd.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
