"""Examiner sample set ``blind213`` (files ``*_hg.*``): student-visa and integrity desks.

Five agencies that meet irregular migration through the student-visa, identity-fraud and
reception systems of the United Kingdom, France, Spain and Canada, each writing its own
export the way its tools and clerks do:

``ukvi_sponsor_compliance_hg.csv``
    UK Visas and Immigration, Sponsor Compliance (student sponsors) with Immigration
    Enforcement referrals; English; CSV, UTF-8 with BOM (Excel "CSV UTF-8"), ``,``.
    Day-first dates (``17/05/2023``, ``17 May 2023``, some ``May 2023``), demonyms as
    nationality (``Vietnamese``), UK legal wording (``Facilitation (s.25 IA 1971)``,
    ``MSHT``, NRM exploitation types), ``Nil`` suspects, ``Age disputed``, routes joined
    by ``>``, one ``Lat/Long`` cell.
``mlfdi_interieur_hg.xlsx``
    Ministère de l'Intérieur, Mission de lutte contre la fraude documentaire et à
    l'identité (student-visa and identity fraud); French; XLSX with real Excel dates and
    numbers, some dates typed as text. French legal wording (``AESI``, ``TEH``,
    ``contrainte à commettre des délits``), nationality as the feminine adjective
    (``afghane``), ``Angleterre`` for the United Kingdom, ``MNA``, ``néant``.
``dgahi_inclusion_hg.csv``
    Ministerio de Inclusión, Dirección General de Atención Humanitaria e Inclusión Social
    de la Inmigración (arrivals and reception); Spanish; CSV, cp1252, ``;``, CRLF.
    Uppercase names without accents (``PAKISTAN``), ``GUINEA CONAKRY``, ``1.250``,
    ``s/d``, ``H``/``M`` (hombre/mujer), ``MENA``, decimal-comma coordinates.
``gac_accbp_hg.jsonl``
    Global Affairs Canada, Anti-Crime Capacity Building Program (Americas desk, migrant
    smuggling prevention); English keys with some bilingual values; JSON lines, UTF-8.
    ISO dates, ``2023-05`` and ``2023-Q2``; ISO alpha-2 (some numeric) codes; transit
    and linked offences as JSON arrays; numbers as JSON numbers, ``null`` when unknown.
``ihemi_veille_hg.csv``
    Institut des hautes études du ministère de l'Intérieur, open-source watch (the
    compilation: every event no national desk reports); French; Excel "Texte Unicode"
    (UTF-16 with BOM, tab). ``T2 2023``, ``mai 2023``, Excel serials, NBSP thousands,
    degree-minute-second places, ``n.c.``, mojibake pasted from web pages.

The rules the truth follows (what a careful analyst reads from each cell) are written
next to each writer below.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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

__all__ = ["SOURCES", "make_blind213"]

_Rng = np.random.Generator
#: What a writer returns: (cell, expected value, tags).
_Cell = tuple[object, object, list[str]]

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish, English demonym, French nationality
# (feminine adjective, as in "nationalité : afghane"), Spanish adjective)
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afghane", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanaise", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "autrichienne", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladaise", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "bulgare", "búlgara"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnienne",
        "bosnia",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "biélorusse", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "Chinese", "chinoise", "china"),
    "CIV": (
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "Costa de Marfil",
        "Ivorian",
        "ivoirienne",
        "marfileña",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombienne", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "allemande", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "érythréenne", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "espagnole", "española"),
    "FRA": ("France", "France", "Francia", "French", "française", "francesa"),
    "GBR": (
        "United Kingdom",
        "Royaume-Uni",
        "Reino Unido",
        "British",
        "britannique",
        "británica",
    ),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambienne", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "grecque", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondurienne", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croate", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haïtienne", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "hongroise", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "irakienne", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italienne", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libyenne", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicaine", "mexicana"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macédonienne",
        "macedonia",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "malienne", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritanienne", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigérienne", "nigerina"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistanaise", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panaméenne", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polonaise", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "roumaine", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "russe", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "sénégalaise", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbe", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "syrienne", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turque", "turca"),
    "USA": (
        "United States",
        "États-Unis",
        "Estados Unidos",
        "American",
        "américaine",
        "estadounidense",
    ),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yéménite", "yemení"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Names each desk commonly uses instead of the plain one (all unambiguous to its readers).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "ukvi": {
        "GBR": ("UK", "Great Britain"),
        "CIV": ("Ivory Coast",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "USA": ("USA",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "mlfdi": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "CIV": ("RCI",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
    },
    "dgahi": {
        "GIN": ("Guinea Conakry",),
        "USA": ("EE.UU.",),
        "GBR": ("Gran Bretaña",),
        "BIH": ("Bosnia",),
        "CIV": ("Costa Marfil",),
    },
    "ihemi": {
        "GBR": ("Grande-Bretagne",),
        "MKD": ("Macédoine",),
        "BIH": ("Bosnie",),
        "TUR": ("Türkiye",),
        "BLR": ("Bélarus",),
    },
}

# Small typing slips, one per country at most, still readable.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albnia",
        "VNM": "Veitnam",
        "PAK": "Pakistn",
        "IRQ": "Iraqq",
        "FRA": "Frnace",
        "TUR": "Turky",
    },
    "fr": {
        "AFG": "Afganistan",
        "DZA": "Algerie",
        "IRQ": "Irack",
        "ITA": "Itallie",
        "GRC": "Gréce",
        "SYR": "Syire",
        "ERI": "Erythrée",
        "PAK": "Pakistant",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senegall",
        "DZA": "Argeliaa",
        "GMB": "Ganbia",
        "ESP": "Espana",
        "MLI": "Mali",
        "CIV": "Costa de Marfll",
        "ROU": "Rumania",
    },
}


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _upper_plain(text: str) -> str:
    """Uppercase without accents but with Ñ, as Spanish registry systems print names."""
    out = []
    for ch in text.upper():
        if ch == "Ñ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def _pick(rng: _Rng, options: list[tuple[float, str, str | None]]) -> tuple[str, str]:
    """Draw one ``(weight, tag, text)`` option among those with a text; return (text, tag)."""
    live = [(w, t, x) for w, t, x in options if x is not None]
    weights = np.array([w for w, _, _ in live], dtype=float)
    k = int(rng.choice(len(live), p=weights / weights.sum()))
    return str(live[k][2]), live[k][1]


def _alias(desk: str, iso: str) -> str | None:
    names = _ALIASES.get(desk, {}).get(iso)
    return names[0] if names else None


def _alias_any(desk: str, iso: str, rng: _Rng) -> str | None:
    names = _ALIASES.get(desk, {}).get(iso)
    return choice(rng, names) if names else None


def _word(rng: _Rng, forms: tuple[str, ...], *, noise: float = 0.0) -> tuple[str, list[str]]:
    """Write the usual form (first) 60 % of the time, another otherwise; some case noise."""
    if len(forms) == 1 or rng.random() < 0.6:
        text = forms[0]
    else:
        text = choice(rng, forms[1:])
    tags: list[str] = []
    if noise and rng.random() < noise:
        if rng.random() < 0.5:
            text, tag = text.upper(), "case"
        else:
            text, tag = f" {text} " if rng.random() < 0.5 else f"{text} ", "spacing"
        tags.append(tag)
    return text, tags


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A blind213 source: the shared fields plus the desk's wording tables.

    Attributes
    ----------
    desk : str
        Short key of the desk's writers (``ukvi``, ``mlfdi``, ``dgahi``, ``gac``, ``ihemi``).
    crime : dict
        Crime type -> words.
    exploitation : dict
        Form of exploitation -> words.
    no_exploitation : tuple
        What the desk writes in the exploitation cell of a pure smuggling case.
    gender, age, mode : dict
        Canonical word -> the desk's words.
    offences : dict
        Linked offence -> words.
    offence_seps : tuple of str
        Separators of several linked offences (unused in JSON, which writes a list).
    noise : float
        Share of vocabulary cells with stray case or spaces.
    """

    desk: str
    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    offence_seps: tuple[str, ...]
    noise: float


_UKVI = _Source(
    source="ukvi_sponsor_compliance_hg",
    filename="ukvi_sponsor_compliance_hg.csv",
    ref="SCU-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Referral ID",
        "event_date": "Date of encounter",
        "crime_type": "Referral type",
        "exploitation": "NRM exploitation type",
        "n_persons": "No. of individuals",
        "n_suspects": "Suspected facilitators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Encounter country",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "Method of entry",
        "coordinates": "Lat/Long",
        "linked_offences": "Associated offences",
        "status": "Immigration status at encounter",
    },
    note="Management information only - not quality assured, not for publication",
    total="Grand Total",
    bad_count=("several", "multiple", "a number of"),
    repeats=False,
    desk="ukvi",
    crime={
        "smuggling": ("Facilitation (s.25 IA 1971)", "Facilitation", "s25 facilitation"),
        "trafficking": ("Modern slavery / human trafficking", "MSHT", "Human trafficking"),
        "both": ("Facilitation & MSHT", "Facilitation + modern slavery"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Labour", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, None, "N/A"),
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male & female", "M/F"),
    },
    age={
        "child": ("Minor", "U18", "Child"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed ages"),
    },
    mode={
        "sea": ("Small boat", "RHIB", "Boat"),
        "land": ("HGV", "Lorry", "Clandestine (lorry)", "Land"),
        "air": ("Air", "Scheduled flight", "Flight"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "illicit_goods": ("Drugs", "Controlled drugs"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_seps=("; ", "; ", " / "),
    noise=0.05,
)

_MLFDI = _Source(
    source="mlfdi_interieur_hg",
    filename="mlfdi_interieur_hg.xlsx",
    ref="MLFDI-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° de fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "status": "Titre / visa présenté",
    },
    note="Données provisoires - extraction MLFDI, ne pas diffuser",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "quelques-uns"),
    repeats=False,
    desk="mlfdi",
    crime={
        "smuggling": (
            "aide à l'entrée et au séjour irréguliers",
            "AESI",
            "filière d'immigration irrégulière",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH + AESI", "traite et aide au séjour irrégulier"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("sans objet", None),
    gender={
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "child": ("mineur(s)", "MNA", "mineurs"),
        "adult": ("majeur(s)", "majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("small boat", "embarcation", "maritime"),
        "land": ("poids lourd", "camion", "voie terrestre"),
        "air": ("voie aérienne", "avion", "aérien"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "faux et usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de stupéfiants", "stupéfiants"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_seps=(", ", " ; "),
    noise=0.03,
)

_DGAHI = _Source(
    source="dgahi_inclusion_hg",
    filename="dgahi_inclusion_hg.csv",
    ref="AH-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha llegada/detección",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales sujetos a revisión",
    total="TOTAL GENERAL",
    bad_count=("varios", "decenas", "muchos"),
    repeats=True,
    desk="dgahi",
    crime={
        "smuggling": (
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración irregular",
            "tráfico de migrantes",
        ),
        "trafficking": ("trata de seres humanos", "TSH", "trata"),
        "both": ("trata y tráfico", "TSH + tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    no_exploitation=("no procede", None, "N/P"),
    gender={
        "male": ("hombres", "H", "varones"),
        "female": ("mujeres", "M", "mujer"),
        "mixed": ("mixto", "hombres y mujeres", "H y M"),
    },
    age={
        "child": ("menores", "MENA", "menor"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    mode={
        "sea": ("embarcación", "marítima"),
        "land": ("terrestre", "vehículo"),
        "air": ("aérea", "avión"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    offence_seps=(" / ", ", "),
    noise=0.05,
)

_GAC = _Source(
    source="gac_accbp_hg",
    filename="gac_accbp_hg.jsonl",
    ref="ACCBP-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination_country",
        "detection_country": "country_of_incident",
        "transit_countries": "transit_countries",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
        "mission": "reporting_mission",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens"),
    repeats=True,
    desk="gac",
    crime={
        "smuggling": ("migrant smuggling", "Migrant smuggling / Passage de clandestins"),
        "trafficking": ("human trafficking", "Trafficking in persons / Traite de personnes"),
        "both": ("smuggling and trafficking", "smuggling + TIP"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=(None,),
    gender={"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed", "mixed group")},
    age={
        "child": ("minor", "child"),
        "adult": ("adult",),
        "mixed": ("mixed", "adults and minors"),
    },
    mode={
        "land": ("land", "overland", "on foot", "bus"),
        "sea": ("sea", "boat", "maritime"),
        "air": ("air", "commercial flight"),
    },
    offences={
        "document_fraud": ("document fraud", "fraudulent documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_seps=(),
    noise=0.0,
)

_IHEMI = _Source(
    source="ihemi_veille_hg",
    filename="ihemi_veille_hg.csv",
    ref="VEILLE-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. veille",
        "event_date": "Date / période",
        "crime_type": "Phénomène",
        "exploitation": "Exploitation",
        "n_persons": "Personnes concernées",
        "n_suspects": "Passeurs / auteurs interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité principale",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Itinéraire (transit)",
        "transport_mode": "Vecteur",
        "coordinates": "Lieu (coordonnées)",
        "linked_offences": "Infractions associées",
        "origin_info": "Origine de l'information",
    },
    note="Sources ouvertes - informations non recoupées",
    total="Total",
    bad_count=("plusieurs dizaines", "quelques-uns", "nombreux"),
    repeats=False,
    desk="ihemi",
    crime={
        "smuggling": ("trafic de migrants", "filière d'immigration clandestine", "passeurs"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite et trafic de migrants", "TEH / trafic de migrants"),
    },
    exploitation={
        "sexual": ("sexuelle", "prostitution forcée"),
        "forced_labour": ("par le travail", "travail forcé"),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=("—", None),
    gender={
        "male": ("hommes", "masculin"),
        "female": ("femmes", "féminin"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "child": ("mineurs", "enfants"),
        "adult": ("adultes", "majeurs"),
        "mixed": ("adultes et mineurs", "mixte"),
    },
    mode={
        "sea": ("maritime", "embarcation", "bateau"),
        "land": ("terrestre", "camion", "à pied"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("trafic de stupéfiants", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_seps=(" ; ",),
    noise=0.04,
)

_ALL: tuple[_Source, ...] = (_UKVI, _MLFDI, _DGAHI, _GAC, _IHEMI)
#: Source names of the set, in the order of :func:`make_blind213`'s submissions.
SOURCES: tuple[str, ...] = tuple(s.source for s in _ALL)

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
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Dates: (cell, expected day, precision, tag). A month or quarter is read as its first
# day; a second report of a duplicated event always gives the day (partial_ok False).
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _date_cell(
    src: _Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    r = rng.random()
    q = (ts.month - 1) // 3 + 1
    if src.desk == "ukvi":  # Excel UK locale: day first throughout
        if partial_ok and r < 0.05:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
        if r < 0.20:
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day", "date_long"
        if r < 0.26:
            return ts.strftime("%d/%m/%y"), ts, "day", "date_dmy_short"
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"
    if src.desk == "mlfdi":  # Excel dates, some typed as text by the clerk
        if partial_ok and r < 0.04:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
        if partial_ok and r < 0.06:
            return f"T{q} {ts.year}", _quarter_start(ts), "quarter", "date_quarter"
        if r < 0.18:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        return ts.to_pydatetime(), ts, "day", "date_excel"
    if src.desk == "dgahi":  # dd/mm/yyyy, sometimes without zeros or with dashes
        if partial_ok and r < 0.03:
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
        if r < 0.13:
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day", "date_dmy_nozero"
        if r < 0.23:
            return ts.strftime("%d-%m-%Y"), ts, "day", "date_dmy_dash"
        return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"
    if src.desk == "gac":  # ISO 8601 from the platform; partial dates kept partial
        if partial_ok and r < 0.06:
            return ts.strftime("%Y-%m"), _month_start(ts), "month", "date_month"
        if partial_ok and r < 0.09:
            return f"{ts.year}-Q{q}", _quarter_start(ts), "quarter", "date_quarter"
        return ts.strftime("%Y-%m-%d"), ts, "day", "date_iso"
    # ihemi: a watch sheet mixing pasted dates, periods and lost date formats
    if partial_ok and r < 0.05:
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", _month_start(ts), "month", "date_month"
    if partial_ok and r < 0.09:
        return f"T{q} {ts.year}", _quarter_start(ts), "quarter", "date_quarter"
    if r < 0.14:
        return str((ts - _EXCEL_EPOCH).days), ts, "day", "date_serial"
    if r < 0.26:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", "date_long"
    return ts.strftime("%d/%m/%Y"), ts, "day", "date_dmy"


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot use: blank, impossible, a century ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.desk == "gac":
            return f"{ts.year}-02-30"
        day_month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09"))
        return f"{day_month}/{ts.year}"
    future = ts + pd.DateOffset(years=100)
    if src.desk == "gac":
        return future.strftime("%Y-%m-%d")
    if src.desk == "mlfdi":
        return future.to_pydatetime()
    return future.strftime("%d/%m/%Y")


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    if src.desk == "mlfdi":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts. A "not known" word keeps the record with no count (count_placeholder); a
# vague amount ("several") is a bad count, planted by the machinery.
# --------------------------------------------------------------------------------------
_COUNT_UNKNOWN = {
    "ukvi": ("Unknown", "Not known", "N/K"),
    "mlfdi": ("NC", "inconnu"),
    "dgahi": ("s/d", "desconocido"),
    "ihemi": ("n.c.", "non communiqué"),
}
_FR_NUMBERS = ("un", "deux", "trois", "quatre", "cinq")
_ZERO_WORDS = {
    "ukvi": ("Nil", "None"),
    "mlfdi": ("néant",),
    "dgahi": ("ninguno",),
    "ihemi": ("aucun",),
}


def _persons_cell(src: _Source, n: int, rng: _Rng) -> _Cell:
    r = rng.random()
    if r < 0.02:
        if src.desk == "gac":
            return None, None, ["count_placeholder", "count_null"]
        return choice(rng, _COUNT_UNKNOWN[src.desk]), None, ["count_placeholder"]
    if src.desk == "gac":
        return n, n, []
    if src.desk == "mlfdi":
        if n >= 1000 and rng.random() < 0.5:  # typed by hand, French thousands
            return f"{n:,}".replace(",", "\u00a0"), n, ["thousands_nbsp"]
        return n, n, []
    if n >= 1000:
        sep = {"ukvi": ",", "dgahi": ".", "ihemi": "\u00a0"}[src.desk]
        return f"{n:,}".replace(",", sep), n, ["thousands_sep"]
    if src.desk == "ukvi" and r < 0.05 and n >= 10:
        return f"approx. {n}", n, ["count_approx"]
    return str(n), n, []


def _suspects_cell(src: _Source, n: int, rng: _Rng, forced: bool) -> _Cell:
    if forced:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if src.desk == "gac":
        if r < 0.03:
            return None, None, ["blank_n_suspects"]
        return n, n, []
    if r < 0.015:
        return choice(rng, _COUNT_UNKNOWN[src.desk]), None, ["suspects_placeholder"]
    if src.desk == "ihemi" and 1 <= n <= len(_FR_NUMBERS) and rng.random() < 0.15:
        return _FR_NUMBERS[n - 1], n, ["count_word"]  # as the press article wrote it
    if n == 0 and rng.random() < 0.45:
        return choice(rng, _ZERO_WORDS[src.desk]), 0, ["zero_word"]
    if src.desk == "mlfdi":
        return n, n, []
    return str(n), n, []


# --------------------------------------------------------------------------------------
# Places. Expected: the point as written (its rounding), or nothing when left out.
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    read = deg + minutes / 60 + seconds / 3600
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{hemi}", read if value >= 0 else -read


def _place_cells(
    src: _Source, lat: float, lon: float, rng: _Rng, forced: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    missing_rate = {"ukvi": 0.07, "mlfdi": 0.06, "dgahi": 0.10, "gac": 0.05, "ihemi": 0.04}
    if forced:
        return {}, None, None, ["blank_coordinates"]
    if rng.random() < missing_rate[src.desk]:
        return {}, None, None, ["coords_missing"]
    if src.desk == "ukvi":
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, []
    if src.desk == "mlfdi":
        la, lo = round(lat, 5), round(lon, 5)
        if rng.random() < 0.2:  # pasted as text with the French decimal comma
            cells: dict[str, object] = {
                "lat": f"{la:.5f}".replace(".", ","),
                "lon": f"{lo:.5f}".replace(".", ","),
            }
            return cells, la, lo, ["decimal_comma"]
        return {"lat": la, "lon": lo}, la, lo, []
    if src.desk == "dgahi":
        la, lo = round(lat, 4), round(lon, 4)
        cells = {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}
        return cells, la, lo, ["decimal_comma"]
    if src.desk == "gac":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo, []
    if rng.random() < 0.3:  # ihemi: copied from a map page in degrees, minutes, seconds
        ns, la_read = _dms(lat, "N", "S")
        ew, lo_read = _dms(lon, "E", "O")
        return {"coordinates": f"{ns} {ew}"}, la_read, lo_read, ["coords_dms"]
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []


# --------------------------------------------------------------------------------------
# Countries. Expected: the ISO alpha-3 code of the country named, whatever the form.
# --------------------------------------------------------------------------------------
def _country(src: _Source, iso: str, rng: _Rng, *, nationality: bool) -> tuple[object, str]:
    lang = src.language
    name = _name(iso, lang)
    typo = _TYPOS[lang].get(iso)
    if src.desk == "ukvi":
        if nationality:
            text, tag = _pick(
                rng,
                [
                    (0.55, "demonym", _NAMES[iso][3]),
                    (0.33, "name", name),
                    (0.04, "alias", _alias(src.desk, iso)),
                    (0.03, "typo", typo),
                    (0.03, "lower", _NAMES[iso][3].lower()),
                    (0.02, "iso3", iso),
                ],
            )
        else:
            text, tag = _pick(
                rng,
                [
                    (0.70, "name", name),
                    (0.20, "alias", _alias_any(src.desk, iso, rng)),
                    (0.04, "upper", name.upper()),
                    (0.03, "typo", typo),
                    (0.03, "iso3", iso),
                ],
            )
        return text, tag
    if src.desk == "mlfdi":
        if nationality:
            return _pick(
                rng,
                [
                    (0.60, "adjective", _NAMES[iso][4]),
                    (0.28, "upper", name.upper()),
                    (0.08, "name", name),
                    (0.04, "typo", typo),
                ],
            )
        return _pick(
            rng,
            [
                (0.40, "upper", name.upper()),
                (0.42, "name", name),
                (0.12, "alias", _alias_any(src.desk, iso, rng)),
                (0.03, "iso2", iso_codes(iso)[0]),
                (0.03, "typo", typo),
            ],
        )
    if src.desk == "dgahi":
        alias = _alias(src.desk, iso)
        options: list[tuple[float, str, str | None]] = [
            (0.55, "upper_noaccent", _upper_plain(alias or name)),
            (0.25, "name", name),
            (0.08, "alias", alias),
            (0.04, "typo", typo),
        ]
        if nationality:
            options.append((0.20, "adjective", _NAMES[iso][5]))
        text, tag = _pick(rng, options)
        if not fits(text, src):  # every Spanish name fits cp1252; kept as a guard
            text, tag = _upper_plain(name), "upper_noaccent"
        return text, tag
    if src.desk == "gac":
        alpha2, numeric = iso_codes(iso)
        if nationality:
            return _pick(rng, [(0.6, "name", name), (0.4, "iso2", alpha2)])
        return _pick(
            rng, [(0.78, "iso2", alpha2), (0.14, "name", name), (0.08, "iso_numeric", numeric)]
        )
    # ihemi: French names pasted from articles, some codes, some mojibake
    return _pick(
        rng,
        [
            (0.72, "name", name),
            (0.08, "iso3", iso),
            (0.06, "alias", _alias(src.desk, iso)),
            (0.08, "mojibake", mojibake(name)),
            (0.03, "typo", typo),
            (0.03, "lower", name.lower()),
        ],
    )


def _transit(src: _Source, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Transit countries in travel order, with the desk's separator (JSON: a list)."""
    if value is None:
        if src.desk == "ukvi" and rng.random() < 0.4:
            return "Direct", ["transit_direct_word"]
        if src.desk == "gac":
            return [], []
        return None, []
    codes = str(value).split("|")
    if src.desk == "gac":
        return [iso_codes(c)[0] for c in codes], ["transit_list"]
    parts = []
    tags: list[str] = []
    for c in codes:
        text, tag = _country(src, c, rng, nationality=False)
        parts.append(str(text))
        if tag != "name":
            tags.append(f"transit_{tag}")
    seps = {
        "ukvi": (" > ", " > ", ", "),
        "mlfdi": (" - ", ", "),
        "dgahi": (", ", " - "),
        "ihemi": (" > ", " / "),
    }[src.desk]
    return choice(rng, seps).join(parts), tags


def _offences(src: _Source, value: object, rng: _Rng) -> object:
    if value is None:
        return [] if src.desk == "gac" else None
    words = [_word(rng, src.offences[o])[0] for o in str(value).split("|")]
    if src.desk == "gac":
        return words
    return choice(rng, src.offence_seps).join(words)


# --------------------------------------------------------------------------------------
# One event as one desk writes it
# --------------------------------------------------------------------------------------
_STATUS = {  # (smuggling, trafficking) -> the desk's own status words, by crime
    "ukvi": (
        ("Irregular entrant", "Irregular entrant", "Irregular entrant", "Student visa holder"),
        (
            "Overstayer (Student)",
            "Student visa holder",
            "Sponsor licence revoked - student curtailed",
            "Visitor",
            "Skilled Worker",
            "Irregular entrant",
        ),
    ),
    "mlfdi": (
        ("aucun", "aucun", "aucun", "visa C", "passeport usurpé"),
        (
            "VLS-TS étudiant",
            "visa long séjour étudiant (contrefait)",
            "titre de séjour étudiant expiré",
            "visa C",
            "aucun",
        ),
    ),
}
_MISSION = {"PAN": ("Panama", "Bogotá"), "USA": ("Mexico City", "Washington", "Guatemala City")}
_INFO = {
    "ITA": ("ANSA", "Avvenire", "partenaire"),
    "GRC": ("ekathimerini", "partenaire"),
    "HRV": ("Jutarnji list", "Index.hr", "partenaire"),
    "POL": ("Gazeta Wyborcza", "Straż Graniczna (communiqué)"),
}


def _mode(src: _Source, ev: dict[str, object], rng: _Rng) -> tuple[str, list[str]]:
    mode = str(ev["transport_mode"])
    forms = src.mode[mode]
    if src.desk == "dgahi":  # the arrival's own words, by route
        corridor = str(ev["corridor"])
        if mode == "sea" and corridor == "watl":
            forms = ("cayuco", "embarcación")
        elif mode == "sea" and corridor == "wmed":
            forms = ("patera", "neumática", "embarcación")
        elif mode == "land" and corridor == "wmed":
            forms = ("salto de valla", "terrestre", "a pie")
        elif mode == "land" and corridor == "thb_rou_esp":
            forms = ("autobús", "terrestre", "vehículo")
    return _word(rng, forms, noise=src.noise)


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, precision, tag = _date_cell(src, ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"], t = _word(rng, src.crime[crime], noise=src.noise)
    exp["crime_type"] = crime
    tags += t
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.no_exploitation[int(rng.integers(len(src.no_exploitation)))]
        exp["exploitation"] = None
    else:
        cells["exploitation"], t = _word(rng, src.exploitation[str(expl)], noise=src.noise)
        exp["exploitation"] = str(expl)
        tags += t

    cells["n_persons"], exp["n_persons"], t = _persons_cell(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects_cell(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        forced_blank == "n_suspects",
    )
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        word, t = _word(rng, src.gender[gender], noise=src.noise)
        if src.desk == "dgahi" and word in ("H", "M", "H y M"):
            t.append("sex_letter_es")  # H = hombre, M = mujer in a Spanish form
        cells["gender"], exp["gender"] = word, gender
        tags += t

    age = str(ev["age_group"])
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.desk == "ukvi" and persons == 1 and age in ("child", "adult") and rng.random() < 0.1:
        cells["age_group"], exp["age_group"] = "Age disputed", "unknown"
        tags.append("na_word")
    elif src.desk in ("mlfdi", "dgahi", "ihemi") and rng.random() < 0.012:
        na = {"mlfdi": "non déterminé", "dgahi": "sin determinar", "ihemi": "non précisé"}
        cells["age_group"], exp["age_group"] = na[src.desk], "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], t = _word(rng, src.age[age], noise=src.noise)
        exp["age_group"] = age
        tags += t

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif src.desk in ("ukvi", "mlfdi") and rng.random() < 0.012:
        cells["nationality"] = "Not known" if src.desk == "ukvi" else "indéterminée"
        exp["nationality"] = None
        tags += ["blank_nationality", "nationality_unknown_word"]
    else:
        cells["nationality"], tag = _country(src, nat, rng, nationality=True)
        exp["nationality"] = nat
        tags.append(f"nationality_{tag}")
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        cells[col], tag = _country(src, iso, rng, nationality=False)
        exp[col] = iso
        if tag != "name":
            tags.append(f"{col}_{tag}")
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], tag = _country(src, det, rng, nationality=False)
        exp["detection_country"] = det
        if tag != "name":
            tags.append(f"detection_{tag}")

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    mode = str(ev["transport_mode"])
    if src.desk == "ukvi" and rng.random() < 0.01:
        cells["transport_mode"], exp["transport_mode"] = "Not recorded", "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], t = _mode(src, ev, rng)
        exp["transport_mode"] = mode
        tags += t

    place, exp["lat"], exp["lon"], t = _place_cells(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    tags += t

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    if src.desk in _STATUS:
        cells["status"] = choice(rng, _STATUS[src.desk][crime != "smuggling"])
    elif src.desk == "gac":
        cells["mission"] = choice(rng, _MISSION.get(det, ("Ottawa (HQ)",)))
    else:
        cells["origin_info"] = choice(rng, _INFO.get(det, ("presse", "partenaire")))
    return cells, exp, tags


_EXAMINER: Examiner[_Source] = Examiner(
    sources=_ALL,
    primary={
        "GBR": _UKVI.source,
        "FRA": _MLFDI.source,
        "ESP": _DGAHI.source,
        "USA": _GAC.source,
        "PAN": _GAC.source,
    },
    compilation=_IHEMI.source,
    secondary={
        ("channel", "FRA"): _UKVI.source,
        ("channel", "GBR"): _MLFDI.source,
        ("thb_vnm_gbr", "GBR"): _MLFDI.source,
        ("cmed", "ITA"): _MLFDI.source,
        ("thb_nga_ita", "ITA"): _MLFDI.source,
        ("watl", "ESP"): _IHEMI.source,
        ("wmed", "ESP"): _IHEMI.source,
        ("thb_rou_esp", "ESP"): _IHEMI.source,
        ("darien", "PAN"): _IHEMI.source,
        ("us_mex", "USA"): _IHEMI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=213_0213,
    blank_share=0.3,
)


def make_blind213(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five ``blind213`` desks would send them.

    Great Britain's events go to UKVI Sponsor Compliance, France's to the MLFDI, Spain's
    to the DGAHI, those of the United States and Panama to Global Affairs Canada's
    ACCBP desk, and every other one to the IHEMI open-source watch (the compilation).
    About 4 % of events are sent again by a second desk (dates up to a day off, some
    with one field left blank), some rows must be quarantined (no, impossible or future
    date, negative or vague count; blank, note and total rows), and the DGAHI and GAC
    files re-send a few rows unchanged.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``ukvi_sponsor_compliance_hg.csv``, ``mlfdi_interieur_hg.xlsx``,
        ``dgahi_inclusion_hg.csv``, ``gac_accbp_hg.jsonl`` and ``ihemi_veille_hg.csv``,
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind213(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ukvi_sponsor_compliance_hg.csv', 'mlfdi_interieur_hg.xlsx', 'dgahi_inclusion_hg.csv',
     'gac_accbp_hg.jsonl', 'ihemi_veille_hg.csv']
    >>> [(s.encoding, s.delimiter) for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    [('utf-8-sig', ','), ('utf-8', None), ('cp1252', ';'), ('utf-8', None),
     ('utf-16', '\t')]
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº expediente', 'Fecha llegada/detección', 'Tipología delictiva']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
