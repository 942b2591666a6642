"""Examiner sample set ``blind131`` (files ``*_ec.*``): desks of Central Asia and the Caucasus.

Five sources that send THB and migrant-smuggling records from the Caucasus and Central Asia
towards the EU, each in its own working language and export tool:

``uz_aelm_london_ec.csv``
    Agency for External Labour Migration of Uzbekistan, representative office in London.
    English, the spreadsheet saved as "Unicode text" (UTF-16 with BOM, tab-delimited);
    UK day-first dates (``17/05/2023``, ``17 May 2023``, ``17-May-23``, month only
    ``May 2023``); a few small counts in words, suspects "none"/"nil"; no
    coordinates; a case-status column; the file was re-sent (exact repeats).
``mcs_armenie_paris_ec.csv``
    Migration and Citizenship Service of Armenia (Ministry of Internal Affairs),
    correspondent at the embassy in Paris. French, cp1252, ``;``, CRLF; dates
    ``17/05/2023``, ``17.05.2023``, ``1er mai 2023`` and quarters ``T2 2023``; decimal
    commas in latitude and longitude; country names pasted from UTF-8 mails (mojibake).
``dmx_azerbaiyan_madrid_ec.xlsx``
    State Migration Service of Azerbaijan (DMX), desk in Madrid. Spanish, a few headers
    bilingual Azerbaijani / Spanish; real Excel dates, some text ``17.05.2023``, some
    lost-format serial numbers and month-only ``mayo 2023``; ISO alpha-2/alpha-3 codes
    among the names; one ``lat / lon`` cell with decimal commas.
``psg_georgia_intl_ec.csv``
    Prosecutor's Office of Georgia, International Cooperation Department. English, UTF-8
    with BOM, ``,``; the offence as an article of the Criminal Code of Georgia with its
    words (``Art. 143¹``, ``Art. 344¹``), linked offences as other articles charged;
    ``17.05.2023`` and ISO dates, quarters ``Q2 2023``; places in degrees, minutes and
    seconds (``N41°06'12'' E026°12'00''``).
``caricc_almaty_ec.jsonl``
    Central Asian Regional Information and Coordination Centre (Almaty), the compilation
    of what the member states' liaison officers pass on: JSON lines from its database
    with code words (``THB``, ``SOM``), ISO alpha-3 codes, citizenship as OKSM numeric
    codes (the ISO numeric ones, ``"004"``), transit countries and related offences as
    JSON arrays, ISO dates and month-only ``2023-05``; re-sent records.

The truth expects what a careful analyst reads from each cell: a partial date the start
of its month or quarter, a "not known" count or a "not applicable" word nothing (or
``unknown``), a degree-minute-second place its decimal value.
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = [
    "AELM",
    "CARICC",
    "DESKS",
    "DMX",
    "EXAMINER",
    "MCS",
    "PSG",
    "Desk",
    "country_cell",
    "make_blind131",
]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """One desk of the ``blind131`` set: the shared source fields plus its wording.

    Attributes
    ----------
    style : str
        Key of the desk's way of writing dates, counts and places.
    names : mapping
        ISO alpha-3 -> (usual country name, aliases...) in the desk's language.
    words : mapping
        Column -> canonical value -> the desk's words for it (first = the usual one).
    country_mix : tuple of (str, float)
        How country cells are written (``name``, ``alias``, ``upper``, ``lower``,
        ``iso2``, ``iso3``, ``typo``, ``mojibake``, ``spaced``) and how often.
    transit_sep : str
        Separator of the transit countries.
    offence_sep : str
        Separator of the linked offences.
    count_placeholders : tuple of str
        Words for "number not known" in a count cell.
    zero_words : tuple of str
        Words for "no suspect".
    na_words : tuple of str
        Words for "not applicable / not recorded" in age and transport cells.
    gender_blank : tuple of str
        Words for "sex not stated".
    thousands : tuple of str
        Thousands separators of large counts.
    """

    style: str
    names: Mapping[str, tuple[str, ...]]
    words: _Words
    country_mix: tuple[tuple[str, float], ...]
    transit_sep: str
    offence_sep: str
    count_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    na_words: tuple[str, ...]
    gender_blank: tuple[str, ...]
    thousands: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country names (own wording; the first name is the usual one)
# --------------------------------------------------------------------------------------
_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia & Herzegovina", "BiH"),
    "BLR": ("Belarus", "Belorussia"),
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
    "GBR": ("United Kingdom", "UK", "Great Britain"),
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
    "MKD": ("North Macedonia", "Macedonia"),
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
    "USA": ("United States", "USA", "United States of America"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam", "Viet Nam"),
    "YEM": ("Yemen",),
}
#: The Georgian prosecutors write "Turkey" (the name of their neighbour in their files).
_EN_GE: dict[str, tuple[str, ...]] = {**_EN, "TUR": ("Turkey", "Türkiye")}
_FR: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghanistan",),
    "ALB": ("Albanie",),
    "AUT": ("Autriche",),
    "BGD": ("Bangladesh",),
    "BGR": ("Bulgarie",),
    "BIH": ("Bosnie-Herzégovine", "Bosnie"),
    "BLR": ("Biélorussie", "Bélarus"),
    "CHN": ("Chine",),
    "CIV": ("Côte d’Ivoire", "Côte d'Ivoire"),
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
    "USA": ("États-Unis", "USA"),
    "VEN": ("Venezuela",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "YEM": ("Yémen",),
}
_ES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistán",),
    "ALB": ("Albania",),
    "AUT": ("Austria",),
    "BGD": ("Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria",),
    "BIH": ("Bosnia y Herzegovina", "Bosnia"),
    "BLR": ("Bielorrusia", "Belarús"),
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
    "ROU": ("Rumanía", "Rumania"),
    "RUS": ("Rusia",),
    "SEN": ("Senegal",),
    "SRB": ("Serbia",),
    "SYR": ("Siria",),
    "TUN": ("Túnez",),
    "TUR": ("Turquía",),
    "USA": ("Estados Unidos", "EE. UU.", "EEUU"),
    "VEN": ("Venezuela",),
    "VNM": ("Vietnam",),
    "YEM": ("Yemen",),
}

# --------------------------------------------------------------------------------------
# Value words
# --------------------------------------------------------------------------------------
_WORDS_AELM: _Words = {
    "crime_type": {
        "trafficking": ("Human trafficking", "Trafficking in persons", "TIP"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
        "both": ("Trafficking & smuggling", "TIP / smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activity", "Criminal exploitation"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other form", "Other"),
    },
    "gender": {
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "child": ("Under 18", "Minor"),
        "adult": ("18+", "Adult"),
        "mixed": ("Mixed ages", "Adults & minors"),
    },
    "transport_mode": {
        "land": ("Land", "Road", "Lorry"),
        "sea": ("Sea", "Boat", "Small boat"),
        "air": ("Air", "Flight"),
    },
    "linked_offences": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "status": {
        "": ("Open", "Closed", "Pending", "Referred to partners"),
    },
}
_WORDS_MCS: _Words = {
    "crime_type": {
        "trafficking": ("traite des personnes", "traite des êtres humains", "TEH"),
        "smuggling": (
            "trafic illicite de migrants",
            "aide à l'entrée et au séjour irréguliers",
            "filière d'immigration irrégulière",
        ),
        "both": ("traite + trafic de migrants", "TEH / trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    "gender": {
        "female": ("femmes", "F"),
        "male": ("hommes", "H"),
        "mixed": ("mixte", "H/F"),
    },
    "age_group": {
        "child": ("mineurs", "mineur"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "land": ("terrestre", "voie routière"),
        "sea": ("maritime", "embarcation"),
        "air": ("aérien", "voie aérienne"),
    },
    "linked_offences": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_WORDS_DMX: _Words = {
    "crime_type": {
        "trafficking": ("trata de personas", "trata de seres humanos"),
        "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
        "both": ("trata y tráfico",),
    },
    "exploitation": {
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "gender": {
        "female": ("mujeres", "mujer"),
        "male": ("hombres", "varón"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "age_group": {
        "child": ("menores", "menor de edad"),
        "adult": ("adultos", "mayores de edad"),
        "mixed": ("mixto", "adultos y menores"),
    },
    "transport_mode": {
        "land": ("terrestre", "por carretera"),
        "sea": ("marítimo", "embarcación", "patera"),
        "air": ("aéreo", "avión"),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
_WORDS_PSG: _Words = {
    "crime_type": {
        "trafficking": ("Art. 143¹ – trafficking in human beings", "Art.143-1 (THB)"),
        "smuggling": (
            "Art. 344¹ – organising illegal border crossing",
            "Art.344-1 (migrant smuggling)",
        ),
        "both": ("Art. 143¹ + 344¹ (THB and migrant smuggling)",),
    },
    "exploitation": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("involvement in criminal activity",),
        "organ_removal": ("removal of organs",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "gender": {
        "female": ("female",),
        "male": ("male",),
        "mixed": ("mixed", "male/female"),
    },
    "age_group": {
        "child": ("minor", "juvenile"),
        "adult": ("adult",),
        "mixed": ("adults and minors",),
    },
    "transport_mode": {
        "land": ("by land", "motor vehicle"),
        "sea": ("by sea", "vessel"),
        "air": ("by air", "aircraft"),
    },
    "linked_offences": {
        "document_fraud": ("Art. 362 (forged documents)",),
        "corruption": ("Art. 338 (bribe-taking)", "Art. 339 (bribe-giving)"),
        "money_laundering": ("Art. 194 (money laundering)",),
        "illicit_goods": ("Art. 260 (narcotics)",),
        "cybercrime": ("Art. 284 (computer crime)",),
        "terrorism": ("Art. 323 (terrorist act)",),
    },
}
_WORDS_CARICC: _Words = {
    "crime_type": {"trafficking": ("THB",), "smuggling": ("SOM",), "both": ("THB+SOM",)},
    "exploitation": {
        "sexual": ("SEXUAL",),
        "forced_labour": ("LABOUR",),
        "forced_criminality": ("CRIMINAL",),
        "organ_removal": ("ORGANS",),
        "forced_marriage": ("MARRIAGE",),
        "other": ("OTHER",),
    },
    "gender": {"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
    "age_group": {"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
    "transport_mode": {"land": ("LAND",), "sea": ("SEA",), "air": ("AIR",)},
    "linked_offences": {
        "document_fraud": ("DOC_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("DRUGS",),
        "cybercrime": ("CYBER",),
        "terrorism": ("TERRORISM",),
    },
}

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
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
AELM = Desk(
    source="uz_aelm_london_ec",
    filename="uz_aelm_london_ec.csv",
    ref="AELM-LDN/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "AELM case no.",
        "event_date": "Date identified",
        "crime_type": "Case category",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "Suspected perpetrators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Citizenship",
        "origin_country": "Country of departure",
        "transit_countries": "Route (transit)",
        "destination_country": "Final destination",
        "detection_country": "Country where identified",
        "transport_mode": "Travel mode",
        "linked_offences": "Associated offences",
        "status": "Case status",
    },
    note="Note: provisional figures, compiled from information shared by UK partners",
    total="Total",
    bad_count=("several", "a group", "many"),
    repeats=True,
    style="aelm",
    names=_EN,
    words=_WORDS_AELM,
    country_mix=(("name", 0.8), ("alias", 0.08), ("upper", 0.05), ("typo", 0.04), ("spaced", 0.03)),
    transit_sep=" > ",
    offence_sep=", ",
    count_placeholders=("n/k", "unknown", "not known"),
    zero_words=("none", "nil"),
    na_words=("n/a", "not recorded"),
    gender_blank=("not stated", ""),
    thousands=(",",),
)
MCS = Desk(
    source="mcs_armenie_paris_ec",
    filename="mcs_armenie_paris_ec.csv",
    ref="MCS-PAR-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Nota : données provisoires transmises par les autorités françaises",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    style="mcs",
    names=_FR,
    words=_WORDS_MCS,
    country_mix=(
        ("name", 0.74),
        ("mojibake", 0.1),
        ("upper", 0.07),
        ("alias", 0.04),
        ("typo", 0.03),
        ("spaced", 0.02),
    ),
    transit_sep=" / ",
    offence_sep=", ",
    count_placeholders=("inconnu", "NC"),
    zero_words=("aucun", "néant"),
    na_words=("non renseigné", "s.o."),
    gender_blank=("non précisé", ""),
    thousands=("\u00a0", " "),
)
DMX = Desk(
    source="dmx_azerbaiyan_madrid_ec",
    filename="dmx_azerbaiyan_madrid_ec.xlsx",
    ref="DMX/MAD/{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Qeydiyyat № / Nº registro",
        "event_date": "Tarix / Fecha del hecho",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Vətəndaşlıq / Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat / lon)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos facilitados por las autoridades españolas, provisionales",
    total="TOTAL",
    bad_count=("varios", "grupo", "numerosos"),
    repeats=False,
    style="dmx",
    names=_ES,
    words=_WORDS_DMX,
    country_mix=(
        ("name", 0.74),
        ("iso2", 0.08),
        ("iso3", 0.05),
        ("alias", 0.05),
        ("lower", 0.05),
        ("typo", 0.03),
    ),
    transit_sep="; ",
    offence_sep="; ",
    count_placeholders=("s/d", "sin datos"),
    zero_words=("ninguno",),
    na_words=("no consta", "n/c"),
    gender_blank=("no consta",),
    thousands=(".",),
)
PSG = Desk(
    source="psg_georgia_intl_ec",
    filename="psg_georgia_intl_ec.csv",
    ref="PSG/IC/{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Criminal case #",
        "event_date": "Date of offence",
        "crime_type": "Article (CCG)",
        "exploitation": "Purpose of exploitation",
        "n_persons": "Victims/migrants",
        "n_suspects": "Accused persons",
        "gender": "Victim sex",
        "age_group": "Victim age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Intended destination",
        "detection_country": "Country of detection",
        "transport_mode": "Means of transport",
        "coordinates": "Place of detection (GPS)",
        "linked_offences": "Other articles charged",
    },
    note="Note: data as transmitted to foreign counterparts; investigations ongoing",
    total="TOTAL",
    bad_count=("several", "multiple", "group"),
    repeats=False,
    style="psg",
    names=_EN_GE,
    words=_WORDS_PSG,
    country_mix=(("name", 0.8), ("iso3", 0.1), ("alias", 0.06), ("lower", 0.04)),
    transit_sep=" -> ",
    offence_sep="; ",
    count_placeholders=("not established",),
    zero_words=("none",),
    na_words=("n/a",),
    gender_blank=("not established",),
    thousands=(" ",),
)
CARICC = Desk(
    source="caricc_almaty_ec",
    filename="caricc_almaty_ec.jsonl",
    ref="CARICC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "record_no",
        "event_date": "incident_date",
        "crime_type": "offence_code",
        "exploitation": "exploitation_type",
        "n_persons": "persons_total",
        "n_suspects": "suspects_total",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "citizenship_oksm",
        "origin_country": "origin_iso",
        "transit_countries": "transit_iso",
        "destination_country": "destination_iso",
        "detection_country": "detection_state_iso",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
    style="caricc",
    names=_EN,
    words=_WORDS_CARICC,
    country_mix=(("iso3", 1.0),),
    transit_sep="",
    offence_sep="",
    count_placeholders=(),
    zero_words=(),
    na_words=("N/A",),
    gender_blank=(),
    thousands=(),
)
#: The five desks, in the order of the submissions.
DESKS: tuple[Desk, ...] = (AELM, MCS, DMX, PSG, CARICC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _swap_typo(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (a slip of the keyboard)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _draw(rng: _Rng, mix: tuple[tuple[str, float], ...]) -> str:
    r = rng.random() * sum(p for _, p in mix)
    for key, p in mix:
        if r < p:
            return key
        r -= p
    return mix[-1][0]


def _case_noise(text: str, rng: _Rng, tags: list[str], col: str, rate: float = 0.03) -> str:
    if rng.random() >= rate:
        return text
    k = int(rng.integers(3))
    out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
    if out != text:
        tags.append(f"case:{col}")
    return out


def _word(src: Desk, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    forms = src.words[col][value]
    text = forms[0] if len(forms) == 1 or rng.random() < 0.65 else choice(rng, forms[1:])
    if src.style == "caricc":
        return text
    return _case_noise(text, rng, tags, col)


def country_cell(src: Desk, iso: str, rng: _Rng, col: str, tags: list[str]) -> str:
    """Write one country as the desk does.

    Parameters
    ----------
    src : Desk
        The desk.
    iso : str
        ISO 3166-1 alpha-3 code of the country.
    rng : numpy.random.Generator
        Generator of the style.
    col : str
        Canonical column (for the messiness tags).
    tags : list of str
        Messiness tags of the row, appended to.

    Returns
    -------
    str
        The cell.

    Examples
    --------
    >>> tags: list[str] = []
    >>> country_cell(CARICC, "AFG", np.random.default_rng(0), "nationality", tags) in (
    ...     "004", "AFG")
    True
    >>> country_cell(CARICC, "AFG", np.random.default_rng(0), "origin_country", tags)
    'AFG'
    """
    if src.style == "caricc":
        if col == "nationality" and rng.random() < 0.85:
            tags.append("numeric:nationality")
            return iso_codes(iso)[1]  # OKSM = ISO numeric, zero-padded
        return iso
    names = src.names[iso]
    name = names[0]
    style = _draw(rng, src.country_mix)
    if style == "alias" and len(names) > 1:
        text = choice(rng, names[1:])
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "typo":
        text = _swap_typo(name)
    elif style == "mojibake":
        garbled = mojibake(name)
        text = garbled if garbled is not None and fits(garbled, src) else name
    elif style == "spaced":
        text = f"  {name} "
    else:
        text = name
    if text != name or style in ("iso2", "iso3"):
        tags.append(f"{style}:{col}")
    return text


def _date_cell(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of a good date in the desk's style."""
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    r = rng.random()
    m = ts.month - 1
    if src.style == "aelm":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{MONTHS[m]} {ts.year}", month, "month"
        r = rng.random()
        if r < 0.6:
            text = ts.strftime("%d/%m/%Y")
        elif r < 0.8:
            text = f"{ts.day} {MONTHS[m]} {ts.year}"
        elif r < 0.9:
            text = f"{ts.day}-{MONTHS[m][:3]}-{ts.year % 100:02d}"
        else:
            text = ts.strftime("%d/%m/%y")
        return text, ts, "day"
    if src.style == "mcs":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        r = rng.random()
        if r < 0.6:
            text = ts.strftime("%d/%m/%Y")
        elif r < 0.87:
            text = ts.strftime("%d.%m.%Y")
        else:
            day = "1er" if ts.day == 1 else str(ts.day)
            text = f"{day} {_MOIS[m]} {ts.year}"
        return text, ts, "day"
    if src.style == "dmx":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{_MESES[m]} {ts.year}", month, "month"
        r = rng.random()
        if r < 0.72:
            return ts.to_pydatetime(), ts, "day"
        if r < 0.92:
            return ts.strftime("%d.%m.%Y"), ts, "day"
        if r < 0.97:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src.style == "psg":
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter"
        r = rng.random()
        if r < 0.58:
            text = ts.strftime("%d.%m.%Y")
        elif r < 0.9:
            text = ts.strftime("%Y-%m-%d")
        else:
            text = f"{ts.day} {MONTHS[m]} {ts.year}"
        return text, ts, "day"
    # caricc
    if partial_ok and r < 0.06:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), month, "month"
    if rng.random() < 0.12:
        return ts.strftime("%Y-%m-%dT00:00:00"), ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _write_day(src: Desk, ts: pd.Timestamp) -> object:
    """Write a full date in the desk's usual style (note rows, future dates)."""
    if src.style in ("aelm", "mcs"):
        return ts.strftime("%d/%m/%Y")
    if src.style == "dmx":
        return ts.to_pydatetime()
    if src.style == "psg":
        return ts.strftime("%d.%m.%Y")
    return ts.strftime("%Y-%m-%d")


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: none, impossible, or a year typed ten on."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # 2023 typed 2033: a slip of one digit, in the future
        return _write_day(src, ts.replace(year=ts.year + 10, day=min(ts.day, 28)))
    day, month = choice(rng, ("30-02", "31-04", "31-06", "31-02")).split("-")
    if src.style in ("aelm", "mcs"):
        return f"{day}/{month}/{ts.year}"
    if src.style in ("dmx", "psg"):
        return f"{day}.{month}.{ts.year}"
    return f"{ts.year}-{month}-{day}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    return _write_day(src, last)


def _persons(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the number of persons."""
    if src.style == "caricc":
        return n, n
    if src.count_placeholders and rng.random() < 0.015:
        tags.append("count_placeholder")
        return choice(rng, src.count_placeholders), None
    if n >= 1000 and src.thousands and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}", n
    if src.style == "aelm" and n <= 10 and rng.random() < 0.04:
        tags.append("count_word")
        return _EN_NUMBERS[n - 1], n
    return (n if src.format == "xlsx" else str(n)), n


def _suspects(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the number of suspects."""
    if src.style == "caricc":
        return n, n
    if rng.random() < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_placeholders), None
    if n == 0 and src.zero_words and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    return (n if src.format == "xlsx" else str(n)), n


def _dms(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees, minutes and whole seconds (``N41°06'12''``) and the value they say."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    sign = 1.0 if value >= 0 else -1.0
    read = sign * (deg + minutes / 60 + seconds / 3600)
    hemi = pos if value >= 0 else neg
    return f"{hemi}{deg:0{width}d}°{minutes:02d}'{seconds:02d}''", round(read, 6)


def _comma(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _place(
    src: Desk, lat: float, lon: float, rng: _Rng, blank: bool, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    if src.style == "aelm":  # a labour-migration office keeps no coordinates
        tags.append("coords_missing")
        return {}, None, None
    gap = {"mcs": 0.04, "dmx": 0.05, "psg": 0.1, "caricc": 0.03}[src.style]
    if blank or rng.random() < gap:
        if not blank:
            tags.append("coords_missing")
        return {}, None, None
    if src.style == "mcs":
        if rng.random() < 0.01:
            tags.append("coords_placeholder")
            return {"lat": "NC", "lon": "NC"}, None, None
        tags.append("decimal_comma")
        return (
            {"lat": _comma(lat, 5), "lon": _comma(lon, 5)},
            round(lat, 5),
            round(lon, 5),
        )
    if src.style == "dmx":
        tags.append("decimal_comma")
        cell = f"{_comma(lat, 4)} / {_comma(lon, 4)}"
        return {"coordinates": cell}, round(lat, 4), round(lon, 4)
    if src.style == "psg":
        tags.append("dms")
        t_lat, r_lat = _dms(lat, "N", "S", 2)
        t_lon, r_lon = _dms(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, r_lat, r_lon
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4)


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = (
        None if expl is None else _word(src, "exploitation", str(expl), rng, tags)
    )
    exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n_persons, rng, tags)
    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_suspects, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender" or (src.gender_blank and rng.random() < 0.01):
        blank_words = src.gender_blank or ("",)
        word = choice(rng, blank_words) if forced_blank != "gender" else ""
        cells["gender"], exp["gender"] = (word or None), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if src.na_words and rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col], exp[col] = country_cell(src, str(iso), rng, col, tags), iso

    transit = ev["transit_countries"]
    parts = [] if transit is None else str(transit).split("|")
    if src.style == "caricc":
        cells["transit_countries"] = parts  # a JSON array, empty when direct
    elif parts:
        written = []
        for iso in parts:
            names = src.names[iso]
            alias = len(names) > 1 and rng.random() < 0.1
            written.append(choice(rng, names[1:]) if alias else names[0])
        cells["transit_countries"] = src.transit_sep.join(written)
    else:
        cells["transit_countries"] = None
    exp["transit_countries"] = transit

    place, exp["lat"], exp["lon"] = _place(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
        tags,
    )
    cells.update(place)
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")

    offences = ev["linked_offences"]
    kinds = [] if offences is None else str(offences).split("|")
    if src.style == "caricc":
        cells["linked_offences"] = [src.words["linked_offences"][k][0] for k in kinds]
    elif kinds:
        words = [_word(src, "linked_offences", k, rng, tags) for k in kinds]
        cells["linked_offences"] = src.offence_sep.join(words)
    else:
        cells["linked_offences"] = None
    exp["linked_offences"] = offences

    if "status" in src.headers:
        cells["status"] = choice(rng, src.words["status"][""])
    return cells, exp, tags


#: The variant: who reports what first, who re-reports it, and how each desk writes.
EXAMINER: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary={
        "GBR": AELM.source,
        "FRA": MCS.source,
        "ESP": DMX.source,
        "GRC": PSG.source,
        "HRV": PSG.source,
    },
    compilation=CARICC.source,
    secondary={
        ("channel", "FRA"): AELM.source,
        ("channel", "GBR"): MCS.source,
        ("thb_vnm_gbr", "GBR"): MCS.source,
        ("wmed", "ESP"): MCS.source,
        ("watl", "ESP"): MCS.source,
        ("emed", "GRC"): CARICC.source,
        ("wbal", "HRV"): CARICC.source,
        ("blr_pol", "POL"): PSG.source,
        ("thb_rou_esp", "ITA"): DMX.source,
        ("darien", "PAN"): DMX.source,
        ("us_mex", "USA"): DMX.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1310413,
    blank_share=0.3,
)


def make_blind131(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind131`` desks' submissions (files ``*_ec.*``).

    Events detected in the United Kingdom are first reported by the Uzbek labour-migration
    office in London, in France by the Armenian migration service's correspondent in
    Paris, in Spain by the Azerbaijani migration desk in Madrid, in Greece and Croatia by
    the Georgian prosecutors' international department; CARICC's compilation reports all
    the others. Some events are reported a second time by another desk (a day apart,
    written its own way), some rows must be quarantined, and two desks re-send rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``uz_aelm_london_ec.csv`` (English, UTF-16, tab), ``mcs_armenie_paris_ec.csv``
        (French, cp1252, ``;``), ``dmx_azerbaiyan_madrid_ec.xlsx`` (Spanish),
        ``psg_georgia_intl_ec.csv`` (English, UTF-8 with BOM, ``,``) and
        ``caricc_almaty_ec.jsonl`` (English keys, codes), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind131(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['uz_aelm_london_ec.csv', 'mcs_armenie_paris_ec.csv', 'dmx_azerbaiyan_madrid_ec.xlsx',
     'psg_georgia_intl_ec.csv', 'caricc_almaty_ec.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-16', 'cp1252', 'utf-8', 'utf-8-sig', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
