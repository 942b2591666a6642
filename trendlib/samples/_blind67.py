"""Examiner sample set ``blind67``: five liaison digests, files ``*_bq.*``.

A held-out set written independently of the cleaner, with the shared machinery of
:mod:`trendlib.samples._examiner`. Each source is an agency's own digest of the cases
its desk was notified of, written the way that agency writes. A reader's guide:

``dha_inspectorate_bq.csv`` -- South Africa, Department of Home Affairs, Immigration
    Services (Inspectorate), liaison desk at South Africa House, London. English,
    ``cp1252``, ``;`` delimiter (an en-ZA Excel export), CRLF. Reports the events
    detected in the United Kingdom, and some Channel and Nigeria-Italy ones a second
    time. Dates the South African way, ``2023/03/12`` (SANS 8601 short date), also
    ``12 March 2023``, ``12-Mar-2023`` and ISO; partial dates ``March 2023``,
    ``2023/03``, ``Q1 2023``, ``2023 Q1``. Offences cite the UK charge or the South
    African act (``MSA 2015 s2``, ``s25 IA 1971`` facilitation, ``PACOTIP Act 7/2013
    s4``); the count column says "Victims / Illegal Foreigners" (the Immigration Act's
    term); en-ZA numbers (``1 250`` with a space, coordinates with a decimal comma in
    two columns); ``Nil`` for no suspect, ``N/K`` for not known; nationalities as
    demonyms or the DHA movement-control ISO alpha-3 code; undated rows ``N/K``.
``rop_dgpr_bq.xlsx`` -- Royal Oman Police, Directorate General of Passports and
    Residence, foreign liaison digest. English values under bilingual English / Arabic
    headers (``Date / التاريخ``). Reports the events detected in Greece, Croatia and
    Poland, and some Central and Western Mediterranean ones a second time. Dates as real
    Excel dates, bare Excel serial numbers (``44927``), text ``12-03-2023`` (day
    first) or ``12 Mar 2023``; partial ``Mar-2023``, ``Q2 2022``. Gulf English wording:
    "smuggling of infiltrators", "Afghani", formal state names ("Hellenic Republic",
    "Syrian Arab Republic", "Islamic Republic of Iran"), RD 126/2008 (Oman's
    anti-trafficking law); counts as numbers or text with a unit (``23 persons``),
    ``Nil`` suspects; one location column in degrees and decimal minutes
    (``N 37° 12.345' E 026° 10.123'``). Re-sent: some rows appear twice at the end.
``gardecotes_dj_bq.csv`` -- Djibouti Coast Guard (Garde-Côtes djiboutiens), cellule de
    veille migratoire: relevé of partner (MRCC) notifications. French, UTF-16 (Excel
    "texte Unicode"), tab delimiter. Reports the events detected in Italy and France,
    and some Channel (UK side), Eastern Mediterranean and Atlantic ones a second time.
    Dates ``12/03/2023``, ``12 mars 2023``, ``12-mars-23``, ``12/03/23``; partial
    ``mars 2023``, ``T1 2023``, ``1er trimestre 2023``. "TEH" / "TIM" (loi
    n°133/AN/16) for trafficking and smuggling; feminine nationality adjectives
    (``nigériane`` for Nigeria, ``nigérienne`` for Niger), a few in mojibake
    (``Ã©rythrÃ©enne``); ``néant`` for no suspect, ``NC`` for not known; thousands with
    a no-break space; transit ``Niger puis Libye``; one position column in degrees,
    minutes and seconds or decimal-comma degrees with hemisphere letters.
``sisme_mercosur_bq.jsonl`` -- MERCOSUR security information exchange system (SISME),
    extract of the partner notifications. Spanish (Rioplatense) keys and values, UTF-8
    JSON lines. Reports the events detected in Panama and the United States. Dates ISO
    (``2023-03-12``, sometimes with ``T00:00:00``), ``12/03/2023`` or ``12-03-2023``;
    partial ``2023-03``, ``2023T1`` (INE style), ``1er trimestre 2023``. Law references
    of the region (``Ley 26.364`` trata, ``art. 116 Ley 25.871`` / ``Ley 18.250 art. 77``
    tráfico ilícito de migrantes); ISO alpha-2 codes (``VE``, ``PA``) beside names;
    counts as JSON numbers or text (``1.250`` with a thousands dot, ``s/d`` not known,
    ``ninguno`` no suspect); ``NNA`` for children; coordinates as JSON numbers or text
    with a decimal comma. Re-sent: the export repeats a few lines.
``elpaccto_bq.csv`` -- EL PAcCTO (EU-Latin America programme against organised crime,
    FIIAPP, Madrid), case fiches of its focal points. Spanish (Spain), ``latin-1``,
    ``,`` delimiter. Reports the events detected in Spain and every country the others
    do not cover, and some Darién, US-Mexico and Romania-Italy ones a second time. Dates
    ``12/03/2023``, ``12-mar-2023``, ``12 de marzo de 2023``, ``12/3/23``; partial
    ``marzo de 2023``, ``1T 2023``, ``primer trimestre de 2023``; ``s/f`` for an undated
    row. Penal code articles (``art. 177 bis CP`` trata, ``art. 318 bis CP`` delito contra
    los derechos de los ciudadanos extranjeros); ``patera`` / ``cayuco``; ``MENA`` for
    unaccompanied minors; nationalities as upper-case country names (``MARRUECOS``) or
    adjectives; ``1.250`` thousands; coordinates in degrees, minutes and seconds with
    ``O`` (oeste) for west, or decimal-comma pairs.

Every value written is one an analyst reads unambiguously to the expected clean value
recorded in the truth (messiness tags name what was planted).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND67_SOURCES", "make_blind67"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An examiner source with the key of its writing style (``dha``, ``rop`` ...)."""

    style: str


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_DHA = _Source(
    source="dha_inspectorate_bq",
    filename="dha_inspectorate_bq.csv",
    ref="DHA/INSP/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case Ref No.",
        "event_date": "Date of Detection (YYYY/MM/DD)",
        "crime_type": "Offence (Act & Section)",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Victims / Illegal Foreigners",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex",
        "age_group": "Adult / Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Detected",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Conveyance",
        "lat": "Latitude (dec. deg)",
        "lon": "Longitude (dec. deg)",
        "linked_offences": "Related Offences",
    },
    note="NB: figures provisional – subject to verification by UK partners",
    total="TOTAL",
    bad_count=("Several", "Multiple", "Group"),
    repeats=False,
    style="dha",
)
_ROP = _Source(
    source="rop_dgpr_bq",
    filename="rop_dgpr_bq.xlsx",
    ref="ROP/DGPR/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Ref. No. / الرقم المرجعي",
        "event_date": "Date / التاريخ",
        "crime_type": "Crime Type / نوع الجريمة",
        "exploitation": "Exploitation / نوع الاستغلال",
        "n_persons": "No. of Persons / عدد الأشخاص",
        "n_suspects": "No. of Accused / عدد المتهمين",
        "gender": "Gender / الجنس",
        "age_group": "Age Category / الفئة العمرية",
        "nationality": "Nationality / الجنسية",
        "origin_country": "Country of Origin / بلد المنشأ",
        "destination_country": "Destination / الوجهة",
        "detection_country": "Country of Seizure / بلد الضبط",
        "transit_countries": "Transit Countries / دول العبور",
        "transport_mode": "Means of Transport / وسيلة النقل",
        "coordinates": "Location (GPS) / الموقع",
        "linked_offences": "Associated Offences / جرائم مرتبطة",
    },
    note="Compiled from partner notifications - subject to revision",
    total="Total / المجموع",
    bad_count=("Several", "Many", "Group"),
    repeats=True,
    style="rop",
)
_GCD = _Source(
    source="gardecotes_dj_bq",
    filename="gardecotes_dj_bq.csv",
    ref="{seq:04d}/GCD/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° de procès-verbal",
        "event_date": "Date de l'interception",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes (victimes/migrants)",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position (lat. / long.)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires transmises par les partenaires (MRCC)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="gcd",
)
_SISME = _Source(
    source="sisme_mercosur_bq",
    filename="sisme_mercosur_bq.jsonl",
    ref="SISME-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "nro_registro",
        "event_date": "fecha_hecho",
        "crime_type": "figura_penal",
        "exploitation": "finalidad_explotacion",
        "n_persons": "cantidad_personas",
        "n_suspects": "cantidad_imputados",
        "gender": "sexo",
        "age_group": "franja_etaria",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL PERSONAS",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=True,
    style="sisme",
)
_EP = _Source(
    source="elpaccto_bq",
    filename="elpaccto_bq.csv",
    ref="EP-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="latin-1",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Nº ficha",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo penal (CP)",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº detenidos/investigados",
        "gender": "Sexo",
        "age_group": "Edad (mayor/menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de intervención",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales remitidos por los puntos focales",
    total="TOTAL",
    bad_count=("varios", "numerosos", "decenas"),
    repeats=False,
    style="ep",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND67_SOURCES: tuple[_Source, ...] = (_DHA, _ROP, _GCD, _SISME, _EP)

_PRIMARY = {
    "GBR": _DHA.source,
    "GRC": _ROP.source,
    "HRV": _ROP.source,
    "POL": _ROP.source,
    "ITA": _GCD.source,
    "FRA": _GCD.source,
    "PAN": _SISME.source,
    "USA": _SISME.source,
}
_SECONDARY = {
    ("channel", "FRA"): _DHA.source,
    ("thb_nga_ita", "ITA"): _DHA.source,
    ("cmed", "ITA"): _ROP.source,
    ("wmed", "ESP"): _ROP.source,
    ("channel", "GBR"): _GCD.source,
    ("emed", "GRC"): _GCD.source,
    ("watl", "ESP"): _GCD.source,
    ("darien", "PAN"): _EP.source,
    ("us_mex", "USA"): _EP.source,
    ("thb_rou_esp", "ITA"): _EP.source,
}

# --------------------------------------------------------------------------------------
# Country wording: code -> (names, adjectives)
# --------------------------------------------------------------------------------------
_Names = tuple[tuple[str, ...], tuple[str, ...]]
_EN: dict[str, _Names] = {
    "AFG": (("Afghanistan",), ("Afghan",)),
    "ALB": (("Albania",), ("Albanian",)),
    "AUT": (("Austria",), ("Austrian",)),
    "BGD": (("Bangladesh",), ("Bangladeshi",)),
    "BGR": (("Bulgaria",), ("Bulgarian",)),
    "BIH": (("Bosnia and Herzegovina", "Bosnia-Herzegovina"), ("Bosnian",)),
    "BLR": (("Belarus",), ("Belarusian",)),
    "CHN": (("China", "People's Republic of China"), ("Chinese",)),
    "CIV": (("Ivory Coast", "Cote d'Ivoire"), ("Ivorian",)),
    "CMR": (("Cameroon",), ("Cameroonian",)),
    "COL": (("Colombia",), ("Colombian",)),
    "DEU": (("Germany",), ("German",)),
    "DZA": (("Algeria",), ("Algerian",)),
    "ECU": (("Ecuador",), ("Ecuadorian",)),
    "EGY": (("Egypt",), ("Egyptian",)),
    "ERI": (("Eritrea",), ("Eritrean",)),
    "ESP": (("Spain",), ("Spanish",)),
    "FRA": (("France",), ("French",)),
    "GBR": (("United Kingdom", "UK", "Great Britain"), ("British",)),
    "GIN": (("Guinea", "Guinea-Conakry"), ("Guinean",)),
    "GMB": (("The Gambia", "Gambia"), ("Gambian",)),
    "GRC": (("Greece",), ("Greek",)),
    "GTM": (("Guatemala",), ("Guatemalan",)),
    "HND": (("Honduras",), ("Honduran",)),
    "HRV": (("Croatia",), ("Croatian",)),
    "HTI": (("Haiti",), ("Haitian",)),
    "HUN": (("Hungary",), ("Hungarian",)),
    "IRN": (("Iran",), ("Iranian",)),
    "IRQ": (("Iraq",), ("Iraqi",)),
    "ITA": (("Italy",), ("Italian",)),
    "LBY": (("Libya",), ("Libyan",)),
    "MAR": (("Morocco",), ("Moroccan",)),
    "MEX": (("Mexico",), ("Mexican",)),
    "MKD": (("North Macedonia",), ("North Macedonian",)),
    "MLI": (("Mali",), ("Malian",)),
    "MRT": (("Mauritania",), ("Mauritanian",)),
    "NER": (("Niger",), ("Nigerien",)),
    "NGA": (("Nigeria",), ("Nigerian",)),
    "PAK": (("Pakistan",), ("Pakistani",)),
    "PAN": (("Panama",), ("Panamanian",)),
    "POL": (("Poland",), ("Polish",)),
    "ROU": (("Romania",), ("Romanian",)),
    "RUS": (("Russia", "Russian Federation"), ("Russian",)),
    "SEN": (("Senegal",), ("Senegalese",)),
    "SRB": (("Serbia",), ("Serbian",)),
    "SYR": (("Syria",), ("Syrian",)),
    "TUN": (("Tunisia",), ("Tunisian",)),
    "TUR": (("Turkey", "Türkiye"), ("Turkish",)),
    "USA": (("United States", "USA"), ("American",)),
    "VEN": (("Venezuela",), ("Venezuelan",)),
    "VNM": (("Vietnam", "Viet Nam"), ("Vietnamese",)),
    "YEM": (("Yemen",), ("Yemeni",)),
}
#: Gulf English of the ROP digest, where it differs from the plain English table.
_GULF: dict[str, _Names] = {
    "AFG": (("Afghanistan", "Islamic Republic of Afghanistan"), ("Afghani",)),
    "CIV": (("Cote d'Ivoire", "Republic of Cote d'Ivoire"), ("Ivorian",)),
    "DEU": (("Germany", "Federal Republic of Germany"), ("German",)),
    "GRC": (("Greece", "Hellenic Republic"), ("Greek",)),
    "HRV": (("Croatia", "Republic of Croatia"), ("Croatian",)),
    "IRN": (("Iran", "Islamic Republic of Iran"), ("Iranian",)),
    "IRQ": (("Iraq", "Republic of Iraq"), ("Iraqi",)),
    "POL": (("Poland", "Republic of Poland"), ("Polish",)),
    "SYR": (("Syria", "Syrian Arab Republic"), ("Syrian",)),
    "TUR": (("Turkey", "Republic of Türkiye"), ("Turkish",)),
    "YEM": (("Yemen", "Republic of Yemen"), ("Yemeni",)),
}
_FR: dict[str, _Names] = {
    "AFG": (("Afghanistan",), ("afghane",)),
    "ALB": (("Albanie",), ("albanaise",)),
    "AUT": (("Autriche",), ("autrichienne",)),
    "BGD": (("Bangladesh",), ("bangladaise",)),
    "BGR": (("Bulgarie",), ("bulgare",)),
    "BIH": (("Bosnie-Herzégovine",), ("bosnienne",)),
    "BLR": (("Biélorussie", "Bélarus"), ("biélorusse",)),
    "CHN": (("Chine",), ("chinoise",)),
    "CIV": (("Côte d'Ivoire",), ("ivoirienne",)),
    "CMR": (("Cameroun",), ("camerounaise",)),
    "COL": (("Colombie",), ("colombienne",)),
    "DEU": (("Allemagne",), ("allemande",)),
    "DZA": (("Algérie",), ("algérienne",)),
    "ECU": (("Équateur",), ("équatorienne",)),
    "EGY": (("Égypte",), ("égyptienne",)),
    "ERI": (("Érythrée",), ("érythréenne",)),
    "ESP": (("Espagne",), ("espagnole",)),
    "FRA": (("France",), ("française",)),
    "GBR": (("Royaume-Uni", "Grande-Bretagne"), ("britannique",)),
    "GIN": (("Guinée", "Guinée-Conakry"), ("guinéenne",)),
    "GMB": (("Gambie",), ("gambienne",)),
    "GRC": (("Grèce",), ("grecque",)),
    "GTM": (("Guatemala",), ("guatémaltèque",)),
    "HND": (("Honduras",), ("hondurienne",)),
    "HRV": (("Croatie",), ("croate",)),
    "HTI": (("Haïti",), ("haïtienne",)),
    "HUN": (("Hongrie",), ("hongroise",)),
    "IRN": (("Iran",), ("iranienne",)),
    "IRQ": (("Irak",), ("irakienne",)),
    "ITA": (("Italie",), ("italienne",)),
    "LBY": (("Libye",), ("libyenne",)),
    "MAR": (("Maroc",), ("marocaine",)),
    "MEX": (("Mexique",), ("mexicaine",)),
    "MKD": (("Macédoine du Nord",), ("macédonienne",)),
    "MLI": (("Mali",), ("malienne",)),
    "MRT": (("Mauritanie",), ("mauritanienne",)),
    "NER": (("Niger",), ("nigérienne",)),
    "NGA": (("Nigeria",), ("nigériane",)),
    "PAK": (("Pakistan",), ("pakistanaise",)),
    "PAN": (("Panama",), ("panaméenne",)),
    "POL": (("Pologne",), ("polonaise",)),
    "ROU": (("Roumanie",), ("roumaine",)),
    "RUS": (("Russie",), ("russe",)),
    "SEN": (("Sénégal",), ("sénégalaise",)),
    "SRB": (("Serbie",), ("serbe",)),
    "SYR": (("Syrie",), ("syrienne",)),
    "TUN": (("Tunisie",), ("tunisienne",)),
    "TUR": (("Turquie",), ("turque",)),
    "USA": (("États-Unis",), ("américaine",)),
    "VEN": (("Venezuela",), ("vénézuélienne",)),
    "VNM": (("Viêt Nam", "Vietnam"), ("vietnamienne",)),
    "YEM": (("Yémen",), ("yéménite",)),
}
_ES: dict[str, _Names] = {
    "AFG": (("Afganistán",), ("afgano",)),
    "ALB": (("Albania",), ("albanés",)),
    "AUT": (("Austria",), ("austriaco",)),
    "BGD": (("Bangladés", "Bangladesh"), ("bangladesí",)),
    "BGR": (("Bulgaria",), ("búlgaro",)),
    "BIH": (("Bosnia y Herzegovina",), ("bosnio",)),
    "BLR": (("Bielorrusia",), ("bielorruso",)),
    "CHN": (("China", "República Popular China"), ("chino",)),
    "CIV": (("Costa de Marfil",), ("marfileño",)),
    "CMR": (("Camerún",), ("camerunés",)),
    "COL": (("Colombia",), ("colombiano",)),
    "DEU": (("Alemania",), ("alemán",)),
    "DZA": (("Argelia",), ("argelino",)),
    "ECU": (("Ecuador",), ("ecuatoriano",)),
    "EGY": (("Egipto",), ("egipcio",)),
    "ERI": (("Eritrea",), ("eritreo",)),
    "ESP": (("España",), ("español",)),
    "FRA": (("Francia",), ("francés",)),
    "GBR": (("Reino Unido",), ("británico",)),
    "GIN": (("Guinea Conakry", "República de Guinea"), ("guineano (Conakry)",)),
    "GMB": (("Gambia",), ("gambiano",)),
    "GRC": (("Grecia",), ("griego",)),
    "GTM": (("Guatemala",), ("guatemalteco",)),
    "HND": (("Honduras",), ("hondureño",)),
    "HRV": (("Croacia",), ("croata",)),
    "HTI": (("Haití",), ("haitiano",)),
    "HUN": (("Hungría",), ("húngaro",)),
    "IRN": (("Irán",), ("iraní",)),
    "IRQ": (("Irak",), ("iraquí",)),
    "ITA": (("Italia",), ("italiano",)),
    "LBY": (("Libia",), ("libio",)),
    "MAR": (("Marruecos",), ("marroquí",)),
    "MEX": (("México",), ("mexicano",)),
    "MKD": (("Macedonia del Norte",), ("macedonio",)),
    "MLI": (("Malí",), ("maliense",)),
    "MRT": (("Mauritania",), ("mauritano",)),
    "NER": (("Níger",), ("nigerino",)),
    "NGA": (("Nigeria",), ("nigeriano",)),
    "PAK": (("Pakistán",), ("pakistaní",)),
    "PAN": (("Panamá",), ("panameño",)),
    "POL": (("Polonia",), ("polaco",)),
    "ROU": (("Rumanía",), ("rumano",)),
    "RUS": (("Rusia",), ("ruso",)),
    "SEN": (("Senegal",), ("senegalés",)),
    "SRB": (("Serbia",), ("serbio",)),
    "SYR": (("Siria",), ("sirio",)),
    "TUN": (("Túnez",), ("tunecino",)),
    "TUR": (("Turquía",), ("turco",)),
    "USA": (("Estados Unidos", "EE. UU."), ("estadounidense",)),
    "VEN": (("Venezuela", "República Bolivariana de Venezuela"), ("venezolano",)),
    "VNM": (("Vietnam",), ("vietnamita",)),
    "YEM": (("Yemen",), ("yemení",)),
}

# --------------------------------------------------------------------------------------
# Value wording, by style
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "dha": {
        "trafficking": (
            "Human trafficking (MSA 2015 s2)",
            "TIP – PACOTIP Act 7/2013 s4",
            "Trafficking in persons",
            "MSA 2015 s.2 trafficking",
        ),
        "smuggling": (
            "Facilitation – s25 IA 1971",
            "Assisting unlawful immigration (s25 Immigration Act 1971)",
            "People smuggling",
            "Facilitation of illegal entry (s.25)",
        ),
        "both": (
            "MSA s2 trafficking + s25 IA 1971 facilitation",
            "Trafficking & smuggling",
            "TIP (PACOTIP s4) and facilitation (s25)",
        ),
    },
    "rop": {
        "trafficking": (
            "Human Trafficking (RD 126/2008)",
            "Trafficking in Persons",
            "Human trafficking",
        ),
        "smuggling": (
            "Smuggling of infiltrators",
            "Migrant smuggling",
            "Smuggling of Migrants",
        ),
        "both": (
            "Human trafficking & smuggling of infiltrators",
            "Trafficking in persons / migrant smuggling",
        ),
    },
    "gcd": {
        "trafficking": (
            "Traite des êtres humains",
            "TEH (loi n°133/AN/16)",
            "Traite des personnes",
        ),
        "smuggling": (
            "Trafic illicite de migrants",
            "TIM (loi n°133/AN/16)",
            "Trafic de migrants (passeurs)",
        ),
        "both": (
            "TEH et trafic illicite de migrants",
            "Traite + trafic de migrants",
        ),
    },
    "sisme": {
        "trafficking": (
            "Trata de personas (Ley 26.364)",
            "Trata de personas",
            "Trata de personas - Ley 19.643",
        ),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico ilegal de personas (art. 116 Ley 25.871)",
            "Tráfico de personas - Ley 18.250 art. 77",
        ),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "Trata + tráfico de migrantes",
        ),
    },
    "ep": {
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Art. 177 bis CP",
            "TSH - 177 bis",
        ),
        "smuggling": (
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "Art. 318 bis CP",
            "Favorecimiento de la inmigración ilegal (318 bis)",
        ),
        "both": (
            "Arts. 177 bis y 318 bis CP",
            "TSH (177 bis) + 318 bis CP",
        ),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "dha": {
        "sexual": ("Sexual exploitation", "Sexual", "Commercial sexual exploitation"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Removal of body parts",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other form"),
    },
    "rop": {
        "sexual": ("Sexual exploitation", "Forced prostitution"),
        "forced_labour": ("Forced labour", "Forced Labour"),
        "forced_criminality": ("Exploitation in criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gcd": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    "sisme": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("comisión forzada de delitos",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra",),
    },
    "ep": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("realización de actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas", "otra"),
    },
}
#: What a source writes under exploitation for a pure smuggling case ("" = blank).
_NO_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "dha": ("", "", "N/A"),
    "rop": ("", "-"),
    "gcd": ("", "sans objet"),
    "sisme": ("", "no aplica"),
    "ep": ("", "no procede"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "dha": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("M & F", "Mixed"),
    },
    "rop": {
        "male": ("Male", "Males"),
        "female": ("Female", "Females"),
        "mixed": ("Males and Females", "Male/Female"),
    },
    "gcd": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    "sisme": {
        "male": ("masculino", "varones"),
        "female": ("femenino", "mujeres"),
        "mixed": ("mixto", "ambos sexos"),
    },
    "ep": {
        "male": ("hombres", "varón"),
        "female": ("mujeres", "mujer"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "dha": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "Child"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    "rop": {
        "adult": ("Adult", "Adults"),
        "child": ("Juvenile", "Juveniles", "Minor"),
        "mixed": ("Adults & Juveniles", "Adults and minors"),
    },
    "gcd": {
        "adult": ("majeur(s)", "majeurs"),
        "child": ("mineur(s)", "mineurs"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "sisme": {
        "adult": ("mayores", "adultos"),
        "child": ("menores", "NNA"),
        "mixed": ("mayores y menores", "adultos y NNA"),
    },
    "ep": {
        "adult": ("mayores de edad", "adultos"),
        "child": ("menores", "MENA"),
        "mixed": ("mayores y menores", "adultos y menores"),
    },
}
#: "Not recorded" words of the age and transport columns (the clean value is unknown).
_NA_WORD: dict[str, tuple[str, ...]] = {
    "dha": ("Not recorded", "N/K"),
    "rop": ("N/A", "Not available"),
    "gcd": ("non renseigné",),
    "sisme": ("no consta", "sin dato"),
    "ep": ("no consta",),
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "dha": {
        "sea": ("Small boat", "Sea (small boat)", "Vessel"),
        "land": ("Road (HGV/lorry)", "Motor vehicle", "Land"),
        "air": ("Air", "Aircraft"),
    },
    "rop": {
        "sea": ("Boat", "By sea (dinghy)", "Sea"),
        "land": ("On foot", "Vehicle", "Land"),
        "air": ("Air", "Flight"),
    },
    "gcd": {
        "sea": ("embarcation", "voie maritime", "canot pneumatique", "boutre"),
        "land": ("voie terrestre", "camion", "véhicule"),
        "air": ("voie aérienne", "avion"),
    },
    "sisme": {
        "sea": ("marítimo", "embarcación"),
        "land": ("terrestre", "a pie", "ómnibus", "vehículo"),
        "air": ("aéreo",),
    },
    "ep": {
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("terrestre", "camión", "vehículo"),
        "air": ("aéreo", "vuelo comercial"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "dha": {
        "document_fraud": ("Fraudulent documents", "Forged passports"),
        "corruption": ("Bribery/corruption",),
        "money_laundering": ("Money laundering (POCA)", "Money laundering"),
        "illicit_goods": ("Contraband",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "rop": {
        "document_fraud": ("Forgery of documents",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Smuggling of goods",),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    "gcd": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "sisme": {
        "document_fraud": ("falsificación documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    "ep": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
_OFFENCE_JOIN = {"dha": "; ", "rop": ", ", "gcd": " / ", "sisme": ", ", "ep": " / "}
#: Count cells that say "not known" (the record is kept, with no count).
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "dha": ("N/K", "Unknown"),
    "rop": ("Not known", "Unknown"),
    "gcd": ("NC", "inconnu"),
    "sisme": ("s/d", "sin datos"),
    "ep": ("s/d", "desconocido"),
}
#: Suspect cells saying "none" (zero).
_ZERO: dict[str, tuple[str, ...]] = {
    "dha": ("Nil", "NIL"),
    "rop": ("Nil",),
    "gcd": ("néant", "aucun"),
    "sisme": ("ninguno",),
    "ep": ("ninguno", "sin detenidos"),
}
_UNIT = {"rop": ("persons", "infiltrators", "pax")}
_THOUSANDS = {"dha": " ", "rop": ",", "gcd": "\u00a0", "sisme": ".", "ep": "."}

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
#: French Excel month abbreviations (format ``jj-mmm-aa``).
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _date(src: _Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str, str]:
    """Return (cell, precision, tag) of an event date as the source writes it."""
    st = src.style
    r = rng.random()
    q = (ts.month - 1) // 3 + 1
    mon = ts.month - 1
    if partial_ok and r < 0.04:
        month = {
            "dha": (f"{MONTHS[mon]} {ts.year}", f"{ts.year}/{ts.month:02d}"),
            "rop": (f"{MONTHS[mon][:3]}-{ts.year}",),
            "gcd": (f"{_FR_MONTHS[mon]} {ts.year}",),
            "sisme": (f"{ts.year}-{ts.month:02d}",),
            "ep": (f"{_ES_MONTHS[mon]} de {ts.year}", f"{_ES_MONTHS[mon]} {ts.year}"),
        }[st]
        return choice(rng, month), "month", "date_month"
    if partial_ok and r < 0.065:
        first = "1er" if q == 1 else f"{q}e"
        ordinal = ("primer", "segundo", "tercer", "cuarto")[q - 1]
        quarter = {
            "dha": (f"Q{q} {ts.year}", f"{ts.year} Q{q}"),
            "rop": (f"Q{q} {ts.year}",),
            "gcd": (f"T{q} {ts.year}", f"{first} trimestre {ts.year}"),
            "sisme": (f"{ts.year}T{q}", f"{ordinal} trimestre {ts.year}"),
            "ep": (f"{q}T {ts.year}", f"{ordinal} trimestre de {ts.year}"),
        }[st]
        return choice(rng, quarter), "quarter", "date_quarter"
    k = int(rng.integers(100))
    d, m, y = ts.day, ts.month, ts.year
    if st == "dha":
        if k < 60:
            return f"{y}/{m:02d}/{d:02d}", "day", "date_ymd_slash"
        if k < 75:
            return f"{d} {MONTHS[mon]} {y}", "day", "date_month_name"
        if k < 88:
            return f"{d:02d}-{MONTHS[mon][:3]}-{y}", "day", "date_month_abbr"
        return f"{y}-{m:02d}-{d:02d}", "day", "date_iso"
    if st == "rop":
        if k < 55:
            return ts.to_pydatetime(), "day", "date_excel"
        if k < 75:
            return int((ts - _EXCEL_EPOCH).days), "day", "date_excel_serial"
        if k < 90:
            return f"{d:02d}-{m:02d}-{y}", "day", "date_dmy_text"
        return f"{d} {MONTHS[mon][:3]} {y}", "day", "date_month_abbr"
    if st == "gcd":
        if k < 50:
            return f"{d:02d}/{m:02d}/{y}", "day", "date_dmy"
        if k < 72:
            return f"{d} {_FR_MONTHS[mon]} {y}", "day", "date_month_name"
        if k < 86:
            return f"{d:02d}-{_FR_ABBR[mon]}-{y % 100:02d}", "day", "date_abbr"
        return f"{d:02d}/{m:02d}/{y % 100:02d}", "day", "date_dmy_2digit"
    if st == "sisme":
        if k < 50:
            return f"{y}-{m:02d}-{d:02d}", "day", "date_iso"
        if k < 62:
            return f"{y}-{m:02d}-{d:02d}T00:00:00", "day", "date_iso_time"
        if k < 85:
            return f"{d:02d}/{m:02d}/{y}", "day", "date_dmy"
        return f"{d:02d}-{m:02d}-{y}", "day", "date_dmy_dash"
    if k < 45:
        return f"{d:02d}/{m:02d}/{y}", "day", "date_dmy"
    if k < 62:
        return f"{d:02d}-{_ES_MONTHS[mon][:3]}-{y}", "day", "date_abbr"
    if k < 82:
        return f"{d} de {_ES_MONTHS[mon]} de {y}", "day", "date_month_name"
    return f"{d}/{m}/{y % 100:02d}", "day", "date_dmy_short"


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    st = src.style
    if kind == "no_date":
        blank = {"dha": ("", "N/K"), "ep": ("", "s/f")}.get(st, ("",))
        cell = choice(rng, blank)
        return cell or None
    y = ts.year
    if kind == "bad_date":
        return {
            "dha": f"{y}/02/30",
            "rop": f"31-04-{y}",
            "gcd": choice(rng, (f"30 février {y}", f"31/06/{y}")),
            "sisme": f"{y}-13-{ts.day:02d}",
            "ep": choice(rng, (f"31/11/{y}", f"31 de septiembre de {y}")),
        }[st]
    # a slipped key in the year: 2023 -> 2033 or 2123
    ahead = int(choice(rng, ("10", "100")))
    fut = pd.Timestamp(year=y + ahead, month=ts.month, day=min(ts.day, 28))
    return _plain_day(src, fut)


def _plain_day(src: _Source, ts: pd.Timestamp) -> object:
    """Write a day the source's most common way."""
    d, m, y = ts.day, ts.month, ts.year
    return {
        "dha": f"{y}/{m:02d}/{d:02d}",
        "rop": f"{d:02d}-{m:02d}-{y}",
        "gcd": f"{d:02d}/{m:02d}/{y}",
        "sisme": f"{y}-{m:02d}-{d:02d}",
        "ep": f"{d:02d}/{m:02d}/{y}",
    }[src.style]


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Date on the note row: the digest's closing date."""
    if src.style == "rop":
        return last.to_pydatetime()
    return _plain_day(src, last)


def _names(src: _Source, code: str) -> _Names:
    if src.style == "rop":
        return _GULF.get(code) or _EN.get(code) or ((code,), (code,))
    table = {"dha": _EN, "gcd": _FR, "sisme": _ES, "ep": _ES}[src.style]
    return table.get(code) or ((code,), (code,))


def _fit(src: _Source, text: str, code: str) -> str:
    return text if fits(text, src) else code


def _country(src: _Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country cell (origin, destination, detection) in the source's words."""
    names, _ = _names(src, code)
    r = rng.random()
    st = src.style
    if st == "sisme" and r < 0.4:
        tags.append("country_alpha2")
        return iso_codes(code)[0]
    if st == "gcd" and r < 0.12:
        tags.append("country_alpha2")
        return iso_codes(code)[0]
    if st == "dha" and r < 0.15:
        tags.append("country_alpha3")
        return code
    text = choice(rng, names)
    if st == "ep" and r < 0.5:
        text = text.upper()
        tags.append("country_upper")
    return _fit(src, text, code)


def _nationality(src: _Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality cell: an adjective, a country name or a code."""
    names, adjectives = _names(src, code)
    r = rng.random()
    st = src.style
    if st == "dha":
        if r < 0.3:
            tags.append("nationality_alpha3")
            return code
        return choice(rng, adjectives)
    if st == "rop":
        return choice(rng, adjectives) if r < 0.8 else choice(rng, names)
    if st == "gcd":
        text = choice(rng, adjectives)
        garbled = mojibake(text)
        if garbled is not None and r < 0.12:
            tags.append("mojibake")
            return garbled
        return text
    if st == "sisme":
        if r < 0.45:
            tags.append("nationality_alpha2")
            return iso_codes(code)[0]
        return choice(rng, adjectives) if r < 0.75 else choice(rng, names)
    if r < 0.55:
        tags.append("nationality_upper_country")
        return _fit(src, choice(rng, names).upper(), code)
    return _fit(src, choice(rng, adjectives), code)


def _transit(src: _Source, value: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Transit countries in order, joined the source's way."""
    if value is None:
        return None
    codes = value.split("|")
    st = src.style
    if st == "sisme" and rng.random() < 0.5:
        tags.append("transit_alpha2")
        return ",".join(iso_codes(c)[0] for c in codes)
    names = [choice(rng, _names(src, c)[0]) for c in codes]
    names = [_fit(src, n, c) for n, c in zip(names, codes, strict=True)]
    if len(names) == 1:
        return names[0]
    if st == "dha":
        return choice(rng, (" - ", " > ")).join(names)
    if st == "rop":
        return choice(rng, (", ", " - ")).join(names)
    if st == "gcd":
        if rng.random() < 0.5:
            tags.append("transit_puis")
            return " puis ".join(names)
        return ", ".join(names)
    if st == "ep" and not any(" y " in n for n in names):
        tags.append("transit_y")
        return ", ".join(names[:-1]) + " y " + names[-1]
    return " - ".join(names)


def _count(src: _Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Persons count cell and its clean value."""
    st = src.style
    r = rng.random()
    if r < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[st]), None
    numeric = src.format != "csv"
    if n >= 1000 and r < (0.5 if numeric else 0.75):
        tags.append("thousands_sep")
        sep = _THOUSANDS[st]
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    if st == "rop" and r < 0.08:
        tags.append("count_with_unit")
        return f"{n} {choice(rng, _UNIT['rop'])}", n
    if st == "sisme" and r < 0.1:
        tags.append("count_as_text")
        return str(n), n
    return (n if numeric else str(n)), n


def _suspects(src: _Source, n: int | None, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Suspects count cell and its clean value."""
    st = src.style
    if n is None:
        return None, None
    if rng.random() < 0.025:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[st]), None
    if n == 0 and rng.random() < 0.6:
        tags.append("zero_word")
        return choice(rng, _ZERO[st]), 0
    return (n if src.format != "csv" else str(n)), n


def _hemi(value: float, pos: str, neg: str) -> str:
    return pos if value >= 0 else neg


def _dms(value: float) -> tuple[int, int, int, float]:
    total = round(abs(value) * 3600)
    return total // 3600, (total % 3600) // 60, total % 60, total / 3600


def _ddm(value: float) -> tuple[int, float, float]:
    deg = int(abs(value))
    minutes = round((abs(value) - deg) * 60, 3)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return deg, minutes, deg + minutes / 60


def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells (``lat``/``lon`` or ``coordinates``) and their clean values."""
    st = src.style
    if rng.random() < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    if st == "dha":
        a, b = round(lat, 4), round(lon, 4)
        tags.append("coords_decimal_comma")
        return {"lat": f"{a:.4f}".replace(".", ","), "lon": f"{b:.4f}".replace(".", ",")}, a, b
    if st == "sisme":
        a, b = round(lat, 5), round(lon, 5)
        if rng.random() < 0.2:
            tags.append("coords_decimal_comma")
            return {"lat": f"{a:.5f}".replace(".", ","), "lon": f"{b:.5f}".replace(".", ",")}, a, b
        return {"lat": a, "lon": b}, a, b
    if st == "rop":
        d1, m1, v1 = _ddm(lat)
        d2, m2, v2 = _ddm(lon)
        la, lo = _hemi(lat, "N", "S"), _hemi(lon, "E", "W")
        tags.append("coords_ddm")
        text = f"{la} {d1:02d}° {m1:06.3f}' {lo} {d2:03d}° {m2:06.3f}'"
        return {"coordinates": text}, (v1 if lat >= 0 else -v1), (v2 if lon >= 0 else -v2)
    west = "O" if st == "ep" else "W"
    if rng.random() < 0.3:
        a, b = round(lat, 4), round(lon, 4)
        tags.append("coords_decimal_comma")
        if st == "gcd":
            text = (
                f"{abs(a):.4f} {_hemi(a, 'N', 'S')} / {abs(b):.4f} {_hemi(b, 'E', 'W')}"
            ).replace(".", ",")
        else:
            text = f"{a:.4f} / {b:.4f}".replace(".", ",")
        return {"coordinates": text}, a, b
    d1, m1, s1, v1 = _dms(lat)
    d2, m2, s2, v2 = _dms(lon)
    deg = "º" if st == "ep" else "°"
    tags.append("coords_dms")
    text = (
        f"{d1}{deg} {m1:02d}' {s1:02d}\" {_hemi(lat, 'N', 'S')} "
        f"{d2:03d}{deg} {m2:02d}' {s2:02d}\" {_hemi(lon, 'E', west)}"
    )
    if st == "ep" and lon < 0:
        tags.append("coords_oeste")
    return {"coordinates": text}, (v1 if lat >= 0 else -v1), (v2 if lon >= 0 else -v2)


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    st = src.style
    tags: list[str] = []
    exp: dict[str, object] = dict.fromkeys(EVENT_FIELDS)
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], prec, tag = _date(src, ts, rng, partial_ok)
    tags.append(tag)
    exp["date_precision"] = prec
    period = {"day": "D", "month": "M", "quarter": "Q"}[prec]
    exp["event_date"] = ts if prec == "day" else ts.to_period(period).start_time

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[st][crime])
    exp["crime_type"] = crime
    form = ev["exploitation"]
    if form is None:
        cells["exploitation"] = choice(rng, _NO_EXPLOITATION[st]) or None
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[st][str(form)])
        exp["exploitation"] = form

    cells["n_persons"], exp["n_persons"] = _count(src, int(cast("int", ev["n_persons"])), rng, tags)
    sus = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if sus is None else int(cast("int", sus)),
        rng,
        tags,
    )

    gender = str(ev["gender"])
    cells["gender"] = choice(rng, _GENDER[st][gender])
    exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORD[st]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[st][age]), age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if code is None:
            continue
        if col == "nationality":
            cells[col] = _nationality(src, str(code), rng, tags)
        else:
            cells[col] = _country(src, str(code), rng, tags)
        exp[col] = code
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _NA_WORD[st]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _TRANSPORT[st][mode]), mode

    coord_cells, exp["lat"], exp["lon"] = _coords(
        src,
        float(cast("float", ev["lat"])),
        float(cast("float", ev["lon"])),
        rng,
        tags,
    )
    cells.update(coord_cells)

    offences = ev["linked_offences"]
    if offences is not None:
        words = [choice(rng, _OFFENCES[st][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = _OFFENCE_JOIN[st].join(words)
        exp["linked_offences"] = offences

    if forced_blank is not None:
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                cells.pop(key, None)
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            cells["gender"] = None
            exp["gender"] = "unknown"
        else:
            cells[forced_blank] = None
            exp[forced_blank] = None
    return cells, exp, tags


_EXAMINER: Examiner[_Source] = Examiner(
    sources=BLIND67_SOURCES,
    primary=_PRIMARY,
    compilation=_EP.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=6767,
    blank_share=0.3,
)


def make_blind67(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind67`` examiner set (files ``*_bq.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dha_inspectorate_bq.csv`` (English, cp1252, ``;``), ``rop_dgpr_bq.xlsx``
        (English values, English / Arabic headers), ``gardecotes_dj_bq.csv`` (French,
        UTF-16, tab), ``sisme_mercosur_bq.jsonl`` (Spanish, UTF-8) and
        ``elpaccto_bq.csv`` (Spanish, latin-1, ``,``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind67(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dha_inspectorate_bq.csv', 'rop_dgpr_bq.xlsx', 'gardecotes_dj_bq.csv',
     'sisme_mercosur_bq.jsonl', 'elpaccto_bq.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
