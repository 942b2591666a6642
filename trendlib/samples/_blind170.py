"""Examiner sample set ``blind170`` (files ``*_fp.*``): desks of the Croatian–Slovenian zone.

Five desks of the Croatian–Slovenian border zone and the liaison officers posted there.

The five sources, each written the way that desk exports its case or incident list:

``nkc_zagreb_fp.csv``
    Croatian National Coordination Centre for border surveillance (Nacionalni koordinacijski
    centar, Zagreb), the EUROSUR node that logs every detection on the Croatian border
    (Cetingrad on the Bosnian border, Bajakovo on the Serbian one). An Excel "Unicode text"
    export: UTF-16 with BOM, tab-delimited, bilingual Croatian / English headers, English
    values, Croatian dates with the trailing dot (``17.05.2023.``, sometimes with the time),
    decimal-comma coordinates in two columns, transit routes ``Turkey - Bulgaria - Serbia -
    BiH``, nationalities as demonyms (``Afghan``) or names. The file was sent twice and
    merged, so a few rows come again.
``ssi_ambafrance_zagreb_fp.xlsx``
    Service de sécurité intérieure of the French Embassy in Zagreb (regional for Croatia,
    Slovenia and Bosnia and Herzegovina): its "tableau de suivi des filières", in French.
    French cases with a Balkan link (Calais, Dunkirk) and second reports of Croatian
    detections. Real Excel dates, a few typed as ``mai 2023`` or ``T2 2023``; nationalities
    as French adjectives (``afghane``); GPS in degrees, minutes, seconds in one cell;
    counts ``NC`` when the partner did not say.
``agregaduria_interior_zagreb_fp.csv``
    Agregaduría de Interior of the Spanish Embassy in Zagreb, sharing Spanish cases
    (Ceuta, Melilla, Almería, the Canaries, Huelva) with its partners: cp1252, ``;``,
    CRLF, Spanish values, ``dd/mm/aaaa`` dates with ``mayo 2023`` / ``2º trimestre 2023``
    for late reports, thousands with a dot (``1.250``), decimal-comma coordinates, country
    names often in capitals and a few garbled (``EspaÃ±a``: UTF-8 pasted into cp1252).
``eu_ilo_westbalkans_fp.csv``
    The EU Immigration Liaison Officers' network for the Western Balkans: its joint
    situational report on the upstream Greek arrivals. UTF-8 with BOM, ``,``, English,
    ``7 May 2023`` dates (``May 2023`` or ``Q2 2023`` when only the period is known),
    ISO alpha-3 nationalities, routes ``IRN → TUR``, counts as ``45 pax``.
``ncb_ljubljana_fp.jsonl``
    Interpol NCB Ljubljana (Slovenian police, international police cooperation division):
    the compilation of partners' diffusions from everywhere else (Italy, Poland, the United
    Kingdom, Panama, the United States) and second reports of Greek, French and Spanish
    cases. JSON lines, ISO alpha-2 codes (a few alpha-3 or numeric), ISO dates (``2023-05``
    when only the month is known, a few Excel serials left by a converter), ``gps`` pairs.

Every written row is described in the truth: what a careful analyst would read from it.
A cell that says the value is not known (``NC``, ``s/d``, ``n/k``, ``nepoznato /
unknown``) gives no value; a count written as a word that is not a number (``plusieurs``,
``varios``, ``several``) makes the row a bad row.
"""

from __future__ import annotations

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

__all__ = ["BLIND170", "SOURCES", "Desk", "make_blind170"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: names (English, French, Spanish), nationality words, aliases and typos
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name, as these desks write them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Nationality words: English demonyms, French adjectives (feminine, as in "nationalité
#: afghane"), Spanish adjectives (feminine, as in "nacionalidad marroquí").
_NATIONALITY: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CMR": "Cameroonian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MAR": "Moroccan",
        "PAK": "Pakistani",
        "SYR": "Syrian",
        "TUN": "Tunisian",
        "TUR": "Turkish",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "BGD": "bangladaise",
        "CHN": "chinoise",
        "CIV": "ivoirienne",
        "CMR": "camerounaise",
        "COL": "colombienne",
        "DZA": "algérienne",
        "ECU": "équatorienne",
        "EGY": "égyptienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "GMB": "gambienne",
        "GTM": "guatémaltèque",
        "HND": "hondurienne",
        "HTI": "haïtienne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MEX": "mexicaine",
        "MLI": "malienne",
        "NGA": "nigériane",
        "PAK": "pakistanaise",
        "ROU": "roumaine",
        "SEN": "sénégalaise",
        "SYR": "syrienne",
        "TUN": "tunisienne",
        "TUR": "turque",
        "VEN": "vénézuélienne",
        "VNM": "vietnamienne",
        "YEM": "yéménite",
    },
    "es": {
        "CIV": "marfileña",
        "DZA": "argelina",
        "GIN": "guineana",
        "GMB": "gambiana",
        "MAR": "marroquí",
        "MLI": "maliense",
        "ROU": "rumana",
        "SEN": "senegalesa",
    },
}

#: Common other names, by language.
_ALIASES: dict[str, dict[str, str]] = {
    "en": {
        "BIH": "BiH",
        "CIV": "Ivory Coast",
        "GBR": "UK",
        "IRN": "Iran (Islamic Republic of)",
        "MKD": "N. Macedonia",
        "RUS": "Russian Federation",
        "SYR": "Syrian Arab Republic",
        "TUR": "Türkiye",
        "USA": "USA",
        "VNM": "Viet Nam",
    },
    "fr": {"BIH": "Bosnie", "GBR": "Royaume Uni", "VNM": "Vietnam"},
    "es": {"BIH": "Bosnia", "GBR": "R. Unido", "USA": "EE. UU."},
}

#: Small slips of the keyboard an analyst still reads at a glance.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ALB": "Albnia",
        "AUT": "Austira",
        "BGD": "Bangaldesh",
        "DEU": "Germay",
        "EGY": "Egpyt",
        "ERI": "Eritera",
        "MAR": "Morrocco",
        "PAK": "Pakisatn",
        "SYR": "Syira",
        "TUN": "Tunisa",
        "TUR": "Turky",
    },
    "fr": {
        "AFG": "Afghanisthan",
        "ALB": "Albannie",
        "DEU": "Allemange",
        "ERI": "Erythrée",
        "IRQ": "Irack",
        "IRN": "Irann",
        "SYR": "Syrye",
    },
    "es": {
        "CIV": "Costa de Marfíl",
        "DZA": "Argelía",
        "ESP": "Espana",
        "GIN": "Guniea",
        "GMB": "Ganbia",
        "MAR": "Marrueco",
        "ROU": "Rumania",
        "SEN": "Senegál",
    },
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

Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the ``blind170`` set: the shared fields and its own wording.

    Attributes
    ----------
    dates : str
        Date style: ``"hr"`` (``17.05.2023.``), ``"fr_xlsx"`` (Excel dates), ``"es"``
        (``17/05/2023``), ``"en_long"`` (``17 May 2023``) or ``"iso"`` (``2023-05-17``).
    crime, exploitation, gender, age, transport, offences : dict
        Canonical word -> the desk's own words for it.
    offence_sep : str
        Separator of linked offences.
    names : str
        ``"en"``, ``"fr"``, ``"es"`` (country names) or ``"codes"`` (ISO codes).
    nationality_styles, country_styles : tuple of (style, weight)
        How the desk writes a nationality, and the other countries.
    detection : tuple of (style, weight)
        How it writes the country of detection.
    transit_sep : str
        Separator of the transit countries, in the order travelled.
    direct : tuple of str
        Words for "no transit" (``""`` = a blank cell).
    count_unknown, suspects_unknown, nationality_unknown, na_words, zero_words : tuple
        Placeholders: a count not known, suspects not known, a nationality not known,
        an age group or transport mode not known, and "no suspect".
    coords : str
        ``"comma_cols"``, ``"dms"``, ``"comma_cols4"``, ``"dot_cols"`` or ``"pair"``.
    thousands : str
        Thousands separator of large counts (``""``: none).
    pax_share : float
        Share of counts written with ``pax`` after the number.
    unknown_share : float
        Share of counts the desk was not told (written with :attr:`count_unknown`).
    transport_by_corridor : dict
        Corridor -> transport words that replace :attr:`transport` there (a ``cayuco``
        reaches the Canaries, a ``patera`` crosses the Strait).
    """

    dates: str
    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    transport: Words
    offences: Words
    offence_sep: str
    names: str
    nationality_styles: tuple[tuple[str, float], ...]
    country_styles: tuple[tuple[str, float], ...]
    detection: tuple[tuple[str, float], ...]
    transit_sep: str
    direct: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    nationality_unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    zero_words: tuple[str, ...]
    coords: str
    thousands: str
    pax_share: float
    unknown_share: float
    transport_by_corridor: dict[str, Words]


_EXPL_EN: Words = {
    "sexual": ("sexual exploitation", "sexual"),
    "forced_labour": ("labour exploitation", "forced labour"),
    "forced_criminality": ("forced criminality", "exploitation of criminal activities"),
    "organ_removal": ("removal of organs",),
    "forced_marriage": ("forced marriage",),
    "other": ("other",),
}
_OFF_EN: Words = {
    "document_fraud": ("document fraud", "forged documents"),
    "corruption": ("corruption", "bribery"),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drugs", "contraband"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}

NKC = Desk(
    source="nkc_zagreb",
    filename="nkc_zagreb_fp.csv",
    ref="NKC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Broj događaja / Incident no.",
        "event_date": "Datum / Date",
        "crime_type": "Vrsta događaja / Incident type",
        "exploitation": "Oblik iskorištavanja / Form of exploitation",
        "n_persons": "Broj migranata / No. of migrants",
        "n_suspects": "Broj krijumčara / No. of smugglers",
        "gender": "Spol / Sex",
        "age_group": "Dob / Age",
        "nationality": "Državljanstvo / Citizenship",
        "origin_country": "Zemlja podrijetla / Country of origin",
        "destination_country": "Odredište / Intended destination",
        "detection_country": "Država / State",
        "transit_countries": "Tranzitne zemlje / Transit countries",
        "transport_mode": "Način kretanja / Mode of movement",
        "lat": "Geo. širina / Latitude N",
        "lon": "Geo. dužina / Longitude E",
        "linked_offences": "Povezana kaznena djela / Related offences",
    },
    note="Napomena / Note: podaci su privremeni / provisional data, status as of",
    total="UKUPNO / TOTAL",
    bad_count=("several", "group", "više / several"),
    repeats=True,
    dates="hr",
    crime={
        "smuggling": (
            "Smuggling of migrants (Art. 326 CC)",
            "Facilitation of illegal entry (Art. 326 CC)",
        ),
        "trafficking": ("Trafficking in human beings (Art. 106 CC)",),
        "both": ("THB + smuggling (Art. 106/326 CC)",),
    },
    exploitation=_EXPL_EN,
    gender={"male": ("M", "male"), "female": ("F", "female"), "mixed": ("M+F", "mixed")},
    age={
        "adult": ("adults", "adult"),
        "child": ("minors", "minor (UAM)"),
        "mixed": ("adults + minors",),
    },
    transport={
        "land": ("on foot", "passenger car", "van", "truck"),
        "sea": ("boat",),
        "air": ("air",),
    },
    offences=_OFF_EN,
    offence_sep="; ",
    names="en",
    nationality_styles=(("name", 0.55), ("demonym", 0.3), ("typo", 0.07), ("upper", 0.08)),
    country_styles=(("name", 0.9), ("typo", 0.05), ("upper", 0.05)),
    detection=(("iso2", 0.7), ("name", 0.3)),
    transit_sep=" - ",
    direct=("",),
    count_unknown=("nepoznato / unknown", "unknown"),
    suspects_unknown=("unknown",),
    nationality_unknown=("unknown", "nepoznato / unknown"),
    na_words=("unknown", "nepoznato / unknown"),
    zero_words=("none",),
    coords="comma_cols",
    thousands="",
    pax_share=0.0,
    unknown_share=0.02,
    transport_by_corridor={},
)

SSI = Desk(
    source="ssi_ambafrance_zagreb",
    filename="ssi_ambafrance_zagreb_fp.xlsx",
    ref="SSI-ZAG/{year}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "Réf. fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb migrants / victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination finale",
        "detection_country": "Pays de constatation",
        "transit_countries": "Itinéraire (transit)",
        "transport_mode": "Vecteur",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="NB : tableau non exhaustif, données déclaratives des services partenaires",
    total="TOTAL",
    bad_count=("plusieurs", "groupe"),
    repeats=False,
    dates="fr_xlsx",
    crime={
        "smuggling": ("aide à l'entrée irrégulière (AESI)", "trafic de migrants"),
        "trafficking": ("traite des êtres humains (TEH)", "TEH"),
        "both": ("TEH + AESI",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    gender={
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation pneumatique"),
        "land": ("poids lourd", "véhicule léger", "à pied"),
        "air": ("voie aérienne", "avion"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" / ",
    names="fr",
    nationality_styles=(("adjective", 0.65), ("name", 0.23), ("typo", 0.06), ("upper", 0.06)),
    country_styles=(("name", 0.88), ("typo", 0.06), ("upper", 0.06)),
    detection=(("name", 1.0),),
    transit_sep=" > ",
    direct=("",),
    count_unknown=("NC", "inconnu"),
    suspects_unknown=("NC",),
    nationality_unknown=("inconnue", "indéterminée"),
    na_words=("non déterminé", "inconnu"),
    zero_words=("aucun", "néant"),
    coords="dms",
    thousands="",
    pax_share=0.0,
    unknown_share=0.06,
    transport_by_corridor={
        "channel": {"land": ("poids lourd", "véhicule léger")},
        "wbal": {"land": ("à pied", "véhicule léger", "poids lourd")},
    },
)

AGR = Desk(
    source="agregaduria_interior_zagreb",
    filename="agregaduria_interior_zagreb_fp.csv",
    ref="AI-ZGB {seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Registro",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por los servicios homólogos",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo"),
    repeats=False,
    dates="es",
    crime={
        "smuggling": (
            "Inmigración ilegal (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH"),
        "both": ("Trata + inmigración ilegal",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={
        "male": ("varones", "hombres", "V"),
        "female": ("mujeres", "M"),
        "mixed": ("ambos sexos", "mixto"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
    },
    transport={
        "sea": ("embarcación", "embarcación neumática"),
        "land": ("vehículo", "camión", "a pie"),
        "air": ("avión", "vía aérea"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    names="es",
    nationality_styles=(
        ("name", 0.5),
        ("upper", 0.3),
        ("adjective", 0.1),
        ("mojibake", 0.06),
        ("typo", 0.04),
    ),
    country_styles=(("name", 0.55), ("upper", 0.35), ("mojibake", 0.06), ("typo", 0.04)),
    detection=(("name", 0.5), ("upper", 0.4), ("mojibake", 0.1)),
    transit_sep=", ",
    direct=("", "directo"),
    count_unknown=("s/d", "sin determinar"),
    suspects_unknown=("s/d",),
    nationality_unknown=("desconocida", "no consta"),
    na_words=("no consta", "desconocido"),
    zero_words=("ninguno",),
    coords="comma_cols4",
    thousands=".",
    pax_share=0.0,
    unknown_share=0.02,
    transport_by_corridor={
        "watl": {"sea": ("cayuco", "neumática", "embarcación")},
        "wmed": {
            "sea": ("patera", "embarcación neumática"),
            "land": ("a pie", "salto de valla", "oculto en vehículo"),
        },
        "thb_rou_esp": {"land": ("vehículo", "autobús", "furgoneta")},
    },
)

ILO = Desk(
    source="eu_ilo_westbalkans",
    filename="eu_ilo_westbalkans_fp.csv",
    ref="WB-ILO-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Report ID",
        "event_date": "Date",
        "crime_type": "Category",
        "exploitation": "Exploitation type",
        "n_persons": "Persons",
        "n_suspects": "Facilitators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Final destination",
        "detection_country": "Detected in",
        "transit_countries": "Route (transit)",
        "transport_mode": "Means",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Other offences",
    },
    note="Note: figures provisional, subject to revision by network members",
    total="Total",
    bad_count=("several", "large group"),
    repeats=False,
    dates="en_long",
    crime={
        "smuggling": ("Migrant smuggling", "Facilitation"),
        "trafficking": ("THB",),
        "both": ("Mixed THB/SoM",),
    },
    exploitation=_EXPL_EN,
    gender={"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed",)},
    age={"adult": ("adult", "18+"), "child": ("minor", "U18"), "mixed": ("mixed",)},
    transport={
        "sea": ("boat", "dinghy", "sea"),
        "land": ("on foot", "vehicle", "land"),
        "air": ("air",),
    },
    offences=_OFF_EN,
    offence_sep="; ",
    names="en",
    nationality_styles=(("iso3", 0.35), ("name", 0.52), ("typo", 0.06), ("alias", 0.07)),
    country_styles=(("name", 0.88), ("alias", 0.06), ("typo", 0.06)),
    detection=(("name", 1.0),),
    transit_sep=" → ",
    direct=("", "direct"),
    count_unknown=("n/k",),
    suspects_unknown=("n/k",),
    nationality_unknown=("n/k",),
    na_words=("n/k", "not known"),
    zero_words=("nil",),
    coords="dot_cols",
    thousands=",",
    pax_share=0.12,
    unknown_share=0.03,
    transport_by_corridor={},
)

NCB = Desk(
    source="ncb_ljubljana",
    filename="ncb_ljubljana_fp.jsonl",
    ref="SI-NCB/{year}/{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_no",
        "event_date": "date_of_event",
        "crime_type": "offence",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_countries",
        "transport_mode": "transport",
        "coordinates": "gps",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several",),
    repeats=True,
    dates="iso",
    crime={
        "smuggling": ("SOM", "Smuggling of migrants"),
        "trafficking": ("THB",),
        "both": ("THB+SOM",),
    },
    exploitation={k: tuple(w.upper() for w in v[:1]) for k, v in _EXPL_EN.items()},
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={"adult": ("ADULT",), "child": ("CHILD",), "mixed": ("MIXED",)},
    transport={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    offences={k: tuple(w.upper() for w in v[:1]) for k, v in _OFF_EN.items()},
    offence_sep=", ",
    names="codes",
    nationality_styles=(("iso2", 0.8), ("iso3", 0.12), ("numeric", 0.08)),
    country_styles=(("iso2", 0.9), ("iso3", 0.1)),
    detection=(("iso2", 1.0),),
    transit_sep=",",
    direct=("",),
    count_unknown=("unknown",),
    suspects_unknown=("unknown",),
    nationality_unknown=("",),
    na_words=("UNKNOWN",),
    zero_words=(),
    coords="pair",
    thousands="",
    pax_share=0.0,
    unknown_share=0.015,
    transport_by_corridor={},
)

#: The five desks, in the order their submissions are returned.
SOURCES: tuple[Desk, ...] = (NKC, SSI, AGR, ILO, NCB)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick_style(rng: _Rng, styles: tuple[tuple[str, float], ...]) -> str:
    w = np.array([s[1] for s in styles], dtype=float)
    return styles[int(rng.choice(len(styles), p=w / w.sum()))][0]


def _country(src: Desk, code: str, style: str) -> tuple[str, str | None]:
    """Write one country the desk's way; return (text, tag or None)."""
    if style in ("iso2", "iso3", "numeric"):
        a2, num = iso_codes(code)
        text = {"iso2": a2, "iso3": code, "numeric": num}[style]
        return text, None if src.names == "codes" and style == "iso2" else style
    lang = src.names if src.names in _LANG else "en"
    name = _NAMES[code][_LANG[lang]]
    if style == "demonym" or style == "adjective":
        word = _NATIONALITY[lang].get(code)
        return (word, "demonym") if word else (name, None)
    if style == "alias":
        word = _ALIASES[lang].get(code)
        return (word, "alias") if word else (name, None)
    if style == "typo":
        word = _TYPOS[lang].get(code)
        return (word, "typo") if word else (name, None)
    if style == "upper":
        return name.upper(), "case"
    if style == "mojibake":
        word = mojibake(name)
        return (word, "mojibake") if word and fits(word, src) else (name, None)
    return name, None


def _transit(src: Desk, value: str) -> str:
    parts = value.split("|")
    if src.names == "codes":
        return src.transit_sep.join(iso_codes(c)[0] for c in parts)
    if src.source == ILO.source:
        return src.transit_sep.join(parts)  # the network writes routes in ISO alpha-3
    lang = _LANG[src.names]
    words = []
    for c in parts:
        alias = _ALIASES[src.names].get(c) if c in ("BIH", "MKD") else None
        words.append(alias if alias and src.source == NKC.source else _NAMES[c][lang])
    return src.transit_sep.join(words)


def _count(src: Desk, n: int, rng: _Rng, tags: list[str]) -> object:
    if src.thousands and n >= 1000:
        tags.append("thousands:n_persons")
        return f"{n:,}".replace(",", src.thousands)
    if src.pax_share and rng.random() < src.pax_share:
        tags.append("count_word")
        return f"{n} pax"
    return n if src.format != "csv" else str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}"


def _coords(src: Desk, lat: float, lon: float) -> dict[str, object]:
    if src.coords == "dms":
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
    if src.coords == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if src.coords == "comma_cols":
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if src.coords == "comma_cols4":
        return {"lat": f"{lat:.4f}".replace(".", ","), "lon": f"{lon:.4f}".replace(".", ",")}
    return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _day_text(src: Desk, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write a full date the desk's way."""
    if src.dates == "hr":
        r = rng.random()
        if r < 0.72:
            return ts.strftime("%d.%m.%Y.")
        if r < 0.85:
            return ts.strftime("%d.%m.%Y")
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%d.%m.%Y.')} {hour:02d}:{minute:02d}"
    if src.dates == "fr_xlsx":
        return ts.to_pydatetime() if rng.random() < 0.96 else ts.strftime("%d/%m/%Y")
    if src.dates == "es":
        return ts.strftime("%d/%m/%Y")
    if src.dates == "en_long":
        return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
    if rng.random() < 0.05:
        return int((ts.normalize() - _EXCEL_EPOCH).days)  # a converter left the serial
    return ts.strftime("%Y-%m-%d")


def _partial_text(src: Desk, ts: pd.Timestamp, quarter: bool) -> str:
    q = (ts.month - 1) // 3 + 1
    if src.dates == "fr_xlsx":
        return f"T{q} {ts.year}" if quarter else f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
    if src.dates == "es":
        return f"{q}º trimestre {ts.year}" if quarter else f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
    if src.dates == "en_long":
        return f"Q{q} {ts.year}" if quarter else f"{_MONTHS_EN[ts.month - 1]} {ts.year}"
    return f"{ts.year}-{ts.month:02d}"  # iso: the NCB gives the month only, never a quarter


#: Share of rows dated to the month only, and to the quarter only, by date style.
_PARTIAL = {
    "hr": (0.0, 0.0),
    "fr_xlsx": (0.07, 0.05),
    "es": (0.05, 0.04),
    "en_long": (0.08, 0.07),
    "iso": (0.07, 0.0),
}


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    month, quarter = _PARTIAL[src.dates]
    r = rng.random()
    if partial_ok and r < month:
        return _partial_text(src, ts, False), ts.to_period("M").start_time, "month"
    if partial_ok and r < month + quarter:
        return _partial_text(src, ts, True), _quarter_start(ts), "quarter"
    return _day_text(src, ts, rng), ts.normalize(), "day"


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date typed ten years ahead (``2033`` for ``2023``): one digit slipped."""
    day = 28 if (ts.month, ts.day) == (2, 29) else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        fut = _future(ts)
        if src.dates == "hr":
            return fut.strftime("%d.%m.%Y.")
        if src.dates == "fr_xlsx":
            return fut.to_pydatetime()
        if src.dates == "es":
            return fut.strftime("%d/%m/%Y")
        if src.dates == "en_long":
            return f"{fut.day} {_MONTHS_EN[fut.month - 1]} {fut.year}"
        return fut.strftime("%Y-%m-%d")
    day, month = (31, 2) if rng.random() < 0.5 else (31, choice(rng, ("4", "6", "9", "11")))
    m = int(month)
    if src.dates == "hr":
        return f"{day:02d}.{m:02d}.{ts.year}."
    if src.dates in ("fr_xlsx", "es"):
        return f"{day:02d}/{m:02d}/{ts.year}"
    if src.dates == "en_long":
        return f"{day} {_MONTHS_EN[m - 1]} {ts.year}"
    return f"{ts.year}-{m:02d}-{day:02d}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date on the desk's note row: the day of its last case."""
    if src.dates == "fr_xlsx":
        return last.to_pydatetime()
    if src.dates == "hr":
        return last.strftime("%d.%m.%Y.")
    if src.dates == "es":
        return last.strftime("%d/%m/%Y")
    if src.dates == "en_long":
        return f"{last.day} {_MONTHS_EN[last.month - 1]} {last.year}"
    return last.strftime("%Y-%m-%d")


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(src, ts, rng, partial_ok)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    elif isinstance(cells["event_date"], int):
        tags.append("excel_serial")

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else choice(rng, src.exploitation[str(expl)])
    exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < src.unknown_share:
        cells["n_persons"] = choice(rng, src.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.suspects_unknown), None
        tags.append("suspects_placeholder")
    elif s == 0 and src.zero_words and r < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = s if src.format != "csv" else str(s)
        exp["n_suspects"] = s

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, src.gender[gender]), gender

    transport = {**src.transport, **src.transport_by_corridor.get(str(ev["corridor"]), {})}
    for col, words in (("age_group", src.age), ("transport_mode", transport)):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = choice(rng, words[value]), value

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.03:
        word = choice(rng, src.nationality_unknown)
        cells["nationality"], exp["nationality"] = word or None, None
        tags.append("blank_nationality")
    else:
        text, tag = _country(src, nat, _pick_style(rng, src.nationality_styles))
        cells["nationality"], exp["nationality"] = text, nat
        if tag:
            tags.append(f"{tag}:nationality")

    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        text, tag = _country(src, code, _pick_style(rng, src.country_styles))
        cells[col], exp[col] = text, code
        if tag:
            tags.append(f"{tag}:{col}")

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text, tag = _country(src, det, _pick_style(rng, src.detection))
        cells["detection_country"], exp["detection_country"] = text, det
        if tag and tag != "iso2":
            tags.append(f"{tag}:detection_country")

    transit = ev["transit_countries"]
    if transit is None:
        word = choice(rng, src.direct)
        cells["transit_countries"] = word or None
        if word:
            tags.append("direct_word")
    else:
        cells["transit_countries"] = _transit(src, str(transit))
    exp["transit_countries"] = transit

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.03:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif src.coords == "pair" and r < 0.045:
        cells["coordinates"] = "0.00000, 0.00000"  # the system's default for "no fix"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells.update(_coords(src, lat, lon))
        exp["lat"], exp["lon"] = lat, lon

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        named = [choice(rng, src.offences[o]) for o in str(off).split("|")]
        cells["linked_offences"] = src.offence_sep.join(named)
    exp["linked_offences"] = off
    return cells, exp, tags


#: Which desk first reports the events of each detection country (the NCB compiles the
#: rest), and which desk may report an event a second time.
BLIND170: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={"HRV": NKC.source, "FRA": SSI.source, "ESP": AGR.source, "GRC": ILO.source},
    compilation=NCB.source,
    secondary={
        ("wbal", "HRV"): SSI.source,
        ("emed", "GRC"): NCB.source,
        ("channel", "FRA"): NCB.source,
        ("thb_rou_esp", "ESP"): NCB.source,
        ("wmed", "ESP"): NCB.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=170_2024,
    blank_share=0.45,
)


def make_blind170(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind170`` desks would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``nkc_zagreb_fp.csv`` (UTF-16, tab, English with Croatian header words),
        ``ssi_ambafrance_zagreb_fp.xlsx`` (French),
        ``agregaduria_interior_zagreb_fp.csv`` (cp1252, ``;``, Spanish),
        ``eu_ilo_westbalkans_fp.csv`` (UTF-8 with BOM, ``,``, English) and
        ``ncb_ljubljana_fp.jsonl`` (English keys, ISO codes), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind170(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nkc_zagreb_fp.csv', 'ssi_ambafrance_zagreb_fp.xlsx',
     'agregaduria_interior_zagreb_fp.csv', 'eu_ilo_westbalkans_fp.csv',
     'ncb_ljubljana_fp.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-16', 'utf-8', 'cp1252', 'utf-8-sig', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[0].frame.columns[1]
    'Datum / Date'
    """
    return make_examined(BLIND170, truth, seed=seed)
