"""Examiner set ``blind104``: five labour-migration desks write the events (files ``*_db.*``).

A hundred-and-fourth examiner's held-out set, written without looking at the cleaner.
The five sources are labour-migration regulators and a labour-exploitation police office
that keep case registers on trafficking and smuggling; three write in English, one in
French and one in Spanish. A reader's guide, one source at a time:

``dmw_mwpb_db.csv`` -- Philippines, Department of Migrant Workers (DMW), Migrant Workers
    Protection Bureau, Anti-Illegal Recruitment Branch; the consolidation of the Migrant
    Workers Offices' (MWO) case reports. English, UTF-8 with BOM, ``,``. Dates are written
    the American way, **month first**, as its header says (``Date of Interception
    (mm/dd/yyyy)``: ``03/05/2022`` or ``3/5/2022`` is 5 March), or ``March 5, 2022``,
    ``05-Mar-2022``; partial dates ``March 2022``, ``Q1 2022``, ``1st Qtr 2022``. Counts in
    Philippine legal style now and then (``Five (5)``), thousands with a comma
    (``1,245``), ``approx. 40``; placeholders ``TBD``, ``Unknown``, ``to be verified``;
    no respondents ``None``. Crime types cite RA 9208 as amended by RA 10364
    (trafficking); ``Male & Female``/``Both`` for a mixed group; ``18 & above``;
    demonyms for nationality, a few typos (``Afganistan``, ``Columbia``) and a little
    mojibake from a re-encoded MWO export (``TÃ¼rkiye``); the place of
    interception sometimes named before its country (``Lampedusa, Italy``); GPS as
    decimal degrees (``28.46321, -16.25178``) or degrees-minutes-seconds with hemisphere
    letters; related offences joined by ``;``. The compilation source (every detection
    country no other desk covers: Spain, the USA, Croatia, Poland). Re-sends some rows.
``dofe_nepal_db.xlsx`` -- Nepal, Department of Foreign Employment (DoFE), complaint and
    investigation registry. English with bilingual Nepali/English headers
    (``मिति / Date (A.D.)``, ``राष्ट्रियता / Nationality``). Dates are real Excel dates,
    bare Excel serial numbers (``44625``), ``2022/03/05`` (year first) or
    ``05 Mar 2022``; partial ``Mar-2022``, ``2022 Q1``. Counts are numbers, a few
    ``1,245`` texts; ``Nil`` suspects, ``Not known`` for an unknown count; case types
    cite the Human Trafficking and Transportation (Control) Act 2064; ``By Road``,
    ``By Air``; ``M/F`` for a mixed group; destination sometimes an ISO alpha-2 code
    (``GB``); transit countries joined by arrows; latitude and longitude in two numeric
    columns. Reports Great Britain and Greece.
``nea_kenya_db.jsonl`` -- Kenya, National Employment Authority (NEA), labour-migration
    desk incident log (an API export). English, UTF-8, JSON lines with snake-case keys.
    Dates **day first** (``05/03/2022``, ``5/3/2022``), ``5th March 2022`` or ISO;
    partial ``March, 2022`` and quarters as month ranges (``Jan-Mar 2022``). Counts are
    JSON numbers or texts (``1,245``, ``not known``, ``TBC``); ``nil`` suspects.
    Nationality as demonym, name or ISO alpha-3 code; transit routes as ISO alpha-3
    codes or names joined by ``>``; ``gps`` with hemisphere letters
    (``45.18014N, 15.75852E``) or plain ``lat,lon``. Offence categories cite the
    Counter-Trafficking in Persons Act 2010. Reports Italy. Re-posts some records.
``oclti_fr_db.csv`` -- France, Office central de lutte contre le travail illégal (OCLTI,
    Gendarmerie nationale), extraction of its procedures. French, cp1252, ``;``, CRLF.
    Dates ``05/03/2022``, ``05/03/22``, ``5 mars 2022``, ``1er mars 2022``; partial
    ``mars 2022``, ``03/2022``, ``T1 2022``, ``1er trimestre 2022``. Qualifications cite
    the Code pénal (art. 225-4-1, traite) and the CESEDA (art. L. 823-1, aide à l'entrée
    et au séjour irréguliers); ``Nb MEC`` (mis en cause) with ``néant``; ``NC`` for an
    unknown count; thousands with a space; ``H``/``F``/``Mixte``; ``MNA`` (unaccompanied
    minors) and ``Majeurs``; nationality as a feminine adjective (``syrienne``,
    ``nigériane``); a little UTF-8 mojibake (``SÃ©nÃ©gal``) and ``Lybie``; coordinates
    in two columns with decimal commas (``50,95123``) or degrees and decimal minutes
    (``50° 57,074' N``, ``0° 07,200' O``). Reports France.
``mitradel_pa_db.csv`` -- Panama, Ministerio de Trabajo y Desarrollo Laboral (MITRADEL),
    Dirección de Migración Laboral, case register. Spanish, UTF-16 (with BOM), tab
    (Excel's "Unicode text"). Dates ``05/03/2022``, ``05/03/2022 0:00``, ``5-mar-2022``,
    ``5 de marzo de 2022``; partial ``marzo 2022``, ``03/2022``, ``I trimestre 2022``,
    ``primer trimestre de 2022``. Thousands with a dot (``1.245``); ``s/d``, ``N/D``,
    ``por determinar`` for an unknown count, ``ninguno`` suspects; ``Ley 79 de 2011``;
    ``NNA`` (niñas, niños y adolescentes) for children; nationality as an adjective,
    often upper case (``VENEZOLANA``); coordinates ``8.51234, -77.89123`` or
    degrees-minutes-seconds with ``O`` (oeste) for west. Reports Panama.

Every source writes a note row (but the JSON log), a total row and, in CSV, an empty row;
the machinery of :mod:`trendlib.samples._examiner` lays out the rows, plants the bad rows
(no date, an impossible date such as 30 February, a future date with the year's middle
digits swapped, a negative count, a count such as ``several``) and the duplicates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

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

__all__ = ["BLIND104_SOURCES", "Blind104Source", "make_blind104"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind104Source(ExaminerSource):
    """A source of the ``blind104`` set: the shared fields plus the key of its wording.

    Attributes
    ----------
    style : str
        Key of the source's wording tables (``"dmw"``, ``"dofe"``, ``"nea"``,
        ``"oclti"``, ``"mitradel"``).
    """

    style: str


#: The five sources, in the order the submissions are returned.
BLIND104_SOURCES: tuple[Blind104Source, ...] = (
    Blind104Source(
        source="dmw_mwpb_db",
        filename="dmw_mwpb_db.csv",
        ref="AIRB-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case Control No.",
            "event_date": "Date of Interception (mm/dd/yyyy)",
            "detection_country": "Country of Interception",
            "crime_type": "Nature of Case",
            "exploitation": "Form of Exploitation",
            "n_persons": "No. of Victims/Migrants",
            "n_suspects": "No. of Respondents",
            "gender": "Sex",
            "age_group": "Age Bracket",
            "nationality": "Nationality",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "transit_countries": "Transit Point/s",
            "transport_mode": "Mode of Travel",
            "coordinates": "GPS Coordinates",
            "linked_offences": "Related Offenses",
        },
        note="Note: consolidated from MWO reports; figures subject to validation by MWPB",
        total="GRAND TOTAL",
        bad_count=("several", "many", "a number of"),
        repeats=True,
        style="dmw",
    ),
    Blind104Source(
        source="dofe_nepal_db",
        filename="dofe_nepal_db.xlsx",
        ref="DoFE/INV/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "दर्ता नं. / Regd. No.",
            "event_date": "मिति / Date (A.D.)",
            "crime_type": "Case Type",
            "exploitation": "Nature of Exploitation",
            "nationality": "राष्ट्रियता / Nationality",
            "gender": "लिङ्ग / Gender",
            "age_group": "Age Group",
            "n_persons": "Victims/Persons (No.)",
            "n_suspects": "Accused (No.)",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Countries (in order)",
            "destination_country": "Destination Country",
            "detection_country": "Country Where Detected",
            "transport_mode": "Mode (Air/Land/Sea)",
            "lat": "Latitude (DD)",
            "lon": "Longitude (DD)",
            "linked_offences": "Other Offences",
        },
        note="Source: DoFE complaint & investigation registry, provisional",
        total="Total",
        bad_count=("Many", "Several"),
        repeats=False,
        style="dofe",
    ),
    Blind104Source(
        source="nea_kenya_db",
        filename="nea_kenya_db.jsonl",
        ref="NEA/LMD/{yy:02d}/{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_no",
            "event_date": "date_of_incident",
            "crime_type": "offence_category",
            "exploitation": "exploitation_type",
            "n_persons": "no_of_persons",
            "n_suspects": "no_of_suspects",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_route",
            "destination_country": "destination",
            "detection_country": "country_detected",
            "transport_mode": "means_of_travel",
            "coordinates": "gps",
            "linked_offences": "other_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "a group", "many"),
        repeats=True,
        style="nea",
    ),
    Blind104Source(
        source="oclti_fr_db",
        filename="oclti_fr_db.csv",
        ref="{seq:05d}/{year}/OCLTI",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° procédure",
            "event_date": "Date des faits",
            "crime_type": "Qualification pénale",
            "exploitation": "Finalité de l'exploitation",
            "n_persons": "Nb victimes / étrangers",
            "n_suspects": "Nb MEC",
            "gender": "Sexe",
            "age_group": "Maj./Min.",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Vecteur",
            "lat": "Latitude (WGS84)",
            "lon": "Longitude (WGS84)",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données provisoires, extraction LRP-GN / OCLTI",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux"),
        repeats=False,
        style="oclti",
    ),
    Blind104Source(
        source="mitradel_pa_db",
        filename="mitradel_pa_db.csv",
        ref="DML-{seq:04d}-{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "N.º de expediente",
            "event_date": "Fecha del hecho (dd/mm/aaaa)",
            "detection_country": "País donde se detectó",
            "crime_type": "Tipo de delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cant. de personas",
            "n_suspects": "Cant. de presuntos responsables",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas (lat., long.)",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares sujetas a revisión (DML-MITRADEL)",
        total="TOTAL GENERAL",
        bad_count=("varios", "muchos", "un grupo"),
        repeats=False,
        style="mitradel",
    ),
)

# --------------------------------------------------------------------------------------
# Countries: English names | demonym, French names | nationality (feminine adjective, as
# after "nationalité"), Spanish names | nationality (masculine|feminine). "|" separates
# variants a clerk may write.
# --------------------------------------------------------------------------------------
_COUNTRIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghan", "Afghanistan", "afghane", "Afganistán", "afgano|afgana"),
    "ALB": ("Albania", "Albanian", "Albanie", "albanaise", "Albania", "albanés|albanesa"),
    "AUT": ("Austria", "Austrian", "Autriche", "autrichienne", "Austria", "austriaco|austriaca"),
    "BGD": ("Bangladesh", "Bangladeshi", "Bangladesh", "bangladaise", "Bangladés", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarian", "Bulgarie", "bulgare", "Bulgaria", "búlgaro|búlgara"),
    "BIH": (
        "Bosnia and Herzegovina|BiH",
        "Bosnian",
        "Bosnie-Herzégovine",
        "bosnienne",
        "Bosnia y Herzegovina",
        "bosnio|bosnia",
    ),
    "BLR": (
        "Belarus",
        "Belarusian",
        "Biélorussie|Bélarus",
        "biélorusse",
        "Bielorrusia",
        "bielorruso|bielorrusa",
    ),
    "CHN": ("China|PR China", "Chinese", "Chine", "chinoise", "China", "chino|china"),
    "CIV": (
        "Côte d'Ivoire|Ivory Coast",
        "Ivorian",
        "Côte d'Ivoire",
        "ivoirienne",
        "Costa de Marfil",
        "marfileño|marfileña",
    ),
    "CMR": ("Cameroon", "Cameroonian", "Cameroun", "camerounaise", "Camerún", "camerunés"),
    "COL": (
        "Colombia",
        "Colombian",
        "Colombie",
        "colombienne",
        "Colombia",
        "colombiano|colombiana",
    ),
    "DEU": ("Germany", "German", "Allemagne", "allemande", "Alemania", "alemán|alemana"),
    "DZA": ("Algeria", "Algerian", "Algérie", "algérienne", "Argelia", "argelino|argelina"),
    "ECU": ("Ecuador", "Ecuadorian", "Équateur", "équatorienne", "Ecuador", "ecuatoriano"),
    "EGY": ("Egypt", "Egyptian", "Égypte", "égyptienne", "Egipto", "egipcio|egipcia"),
    "ERI": ("Eritrea", "Eritrean", "Érythrée", "érythréenne", "Eritrea", "eritreo|eritrea"),
    "ESP": ("Spain", "Spanish", "Espagne", "espagnole", "España", "español|española"),
    "FRA": ("France", "French", "France", "française", "Francia", "francés|francesa"),
    "GBR": (
        "United Kingdom|UK|U.K.",
        "British",
        "Royaume-Uni",
        "britannique",
        "Reino Unido",
        "británico|británica",
    ),
    "GIN": (
        "Guinea|Guinea (Conakry)",
        "Guinean",
        "Guinée|Guinée (Conakry)",
        "guinéenne",
        "Guinea|Guinea-Conakri",
        "guineano|guineana",
    ),
    "GMB": ("Gambia|The Gambia", "Gambian", "Gambie", "gambienne", "Gambia", "gambiano"),
    "GRC": ("Greece", "Greek", "Grèce", "grecque", "Grecia", "griego|griega"),
    "GTM": (
        "Guatemala",
        "Guatemalan",
        "Guatemala",
        "guatémaltèque",
        "Guatemala",
        "guatemalteco|guatemalteca",
    ),
    "HND": ("Honduras", "Honduran", "Honduras", "hondurienne", "Honduras", "hondureño|hondureña"),
    "HRV": ("Croatia", "Croatian", "Croatie", "croate", "Croacia", "croata"),
    "HTI": ("Haiti", "Haitian", "Haïti", "haïtienne", "Haití", "haitiano|haitiana"),
    "HUN": ("Hungary", "Hungarian", "Hongrie", "hongroise", "Hungría", "húngaro|húngara"),
    "IRN": ("Iran", "Iranian", "Iran", "iranienne", "Irán", "iraní"),
    "IRQ": ("Iraq", "Iraqi", "Irak", "irakienne", "Irak", "iraquí"),
    "ITA": ("Italy", "Italian", "Italie", "italienne", "Italia", "italiano|italiana"),
    "LBY": ("Libya", "Libyan", "Libye", "libyenne", "Libia", "libio"),
    "MAR": ("Morocco", "Moroccan", "Maroc", "marocaine", "Marruecos", "marroquí"),
    "MEX": ("Mexico", "Mexican", "Mexique", "mexicaine", "México", "mexicano|mexicana"),
    "MKD": (
        "North Macedonia",
        "North Macedonian",
        "Macédoine du Nord",
        "macédonienne",
        "Macedonia del Norte",
        "macedonio",
    ),
    "MLI": ("Mali", "Malian", "Mali", "malienne", "Malí", "maliense"),
    "MRT": ("Mauritania", "Mauritanian", "Mauritanie", "mauritanienne", "Mauritania", "mauritano"),
    "NER": ("Niger", "Nigerien", "Niger", "nigérienne", "Níger", "nigerino|nigerina"),
    "NGA": ("Nigeria", "Nigerian", "Nigeria", "nigériane", "Nigeria", "nigeriano|nigeriana"),
    "PAK": ("Pakistan", "Pakistani", "Pakistan", "pakistanaise", "Pakistán", "pakistaní"),
    "PAN": ("Panama", "Panamanian", "Panama", "panaméenne", "Panamá", "panameño|panameña"),
    "POL": ("Poland", "Polish", "Pologne", "polonaise", "Polonia", "polaco|polaca"),
    "ROU": ("Romania", "Romanian", "Roumanie", "roumaine", "Rumania|Rumanía", "rumano|rumana"),
    "RUS": ("Russia|Russian Federation", "Russian", "Russie", "russe", "Rusia", "ruso|rusa"),
    "SEN": ("Senegal", "Senegalese", "Sénégal", "sénégalaise", "Senegal", "senegalés|senegalesa"),
    "SRB": ("Serbia", "Serbian", "Serbie", "serbe", "Serbia", "serbio"),
    "SYR": ("Syria|Syrian Arab Republic", "Syrian", "Syrie", "syrienne", "Siria", "sirio|siria"),
    "TUN": ("Tunisia", "Tunisian", "Tunisie", "tunisienne", "Túnez", "tunecino|tunecina"),
    "TUR": ("Turkey|Türkiye", "Turkish", "Turquie", "turque", "Turquía", "turco|turca"),
    "USA": (
        "USA|United States|U.S.A.",
        "American",
        "États-Unis",
        "américaine",
        "Estados Unidos|EE. UU.",
        "estadounidense",
    ),
    "VEN": ("Venezuela", "Venezuelan", "Venezuela", "vénézuélienne", "Venezuela", "venezolano"),
    "VNM": (
        "Vietnam|Viet Nam",
        "Vietnamese",
        "Viêt Nam|Vietnam",
        "vietnamienne",
        "Vietnam",
        "vietnamita",
    ),
    "YEM": ("Yemen", "Yemeni", "Yémen", "yéménite", "Yemen", "yemení"),
}
#: Misspellings a clerk makes, by language (each read without doubt as its country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "VEN": "Venezuala",
        "BGD": "Bangaldesh",
        "MAR": "Morrocco",
        "ERI": "Eritria",
        "PAK": "Pakisthan",
        "GTM": "Guatamala",
        "COL": "Columbia",
        "TUN": "Tunesia",
    },
    "fr": {"LBY": "Lybie", "AFG": "Afganistan", "ERI": "Erythrée", "GIN": "Guinnée"},
    "es": {"VEN": "Venezula", "AFG": "Afganistan", "HTI": "Haiti", "LBY": "Lybia"},
}
_LANG_COL = {"en": 0, "fr": 2, "es": 4}


def _names(code: str, lang: str) -> tuple[str, ...]:
    row = _COUNTRIES.get(code)
    if row is None:  # a code outside the tables: its ISO English name, or the code
        country = pycountry.countries.get(alpha_3=code)
        name = str(country.name) if country is not None and lang == "en" else code
        return (name,)
    return tuple(row[_LANG_COL[lang]].split("|"))


def _demonyms(code: str, lang: str) -> tuple[str, ...]:
    row = _COUNTRIES.get(code)
    if row is None:
        return _names(code, lang)
    return tuple(row[_LANG_COL[lang] + 1].split("|"))


# --------------------------------------------------------------------------------------
# Wording of the vocabulary fields, by source
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str, ...]  # written for a smuggling row ("" = blank)
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    na: tuple[str, ...]  # "not applicable" in the age or transport column
    linked: dict[str, tuple[str, ...]]
    linked_join: tuple[str, ...]
    transit_join: tuple[str, ...]
    no_transit: tuple[str, ...]
    zero: tuple[str, ...]  # no suspects
    unknown_count: tuple[str, ...]
    no_coords: tuple[str, ...]


_WORDING: dict[str, _Wording] = {
    "dmw": _Wording(
        crime={
            "trafficking": (
                "TIP (RA 9208, as amended by RA 10364)",
                "Trafficking in Persons",
                "Qualified Trafficking (Sec. 6, RA 9208 as amended)",
                "TIP - RA 10364",
            ),
            "smuggling": ("Migrant Smuggling", "Smuggling of Migrants", "Human smuggling"),
            "both": (
                "TIP & Migrant Smuggling",
                "Migrant smuggling / TIP (RA 10364)",
                "Smuggling and trafficking",
            ),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Prostitution", "Sexual"),
            "forced_labour": ("Forced labor", "Labor exploitation", "Forced labor / debt bondage"),
            "forced_criminality": ("Forced criminality", "Forced to commit crimes"),
            "organ_removal": ("Organ removal", "Removal/sale of organs"),
            "forced_marriage": ("Forced marriage",),
            "other": ("Others", "Other forms"),
        },
        no_exploitation=("", "", "N/A"),
        gender={
            "male": ("Male", "M", "male"),
            "female": ("Female", "F"),
            "mixed": ("Male & Female", "Both", "Mixed"),
        },
        age={
            "child": ("Minor", "Minors", "Below 18"),
            "adult": ("Adult", "18 & above", "Adults"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        transport={
            "sea": ("Sea", "By sea", "Seaborne (boat)"),
            "land": ("Land", "Overland", "By land (vehicle)"),
            "air": ("Air", "By air", "Commercial flight"),
        },
        na=("N/A", "n/a"),
        linked={
            "document_fraud": ("Falsified documents", "Fake passport/visa", "Document fraud"),
            "corruption": ("Bribery", "Corruption of public officials"),
            "money_laundering": ("Money laundering (RA 9160)", "Money laundering"),
            "illicit_goods": ("Contraband", "Smuggled goods"),
            "cybercrime": ("Cybercrime (RA 10175)", "Online scam"),
            "terrorism": ("Terrorism-related",),
        },
        linked_join=("; ", "; ", " & "),
        transit_join=(" > ", ", ", " - "),
        no_transit=("", "", "None"),
        zero=("None", "none"),
        unknown_count=("TBD", "Unknown", "to be verified"),
        no_coords=("N/A", "not available"),
    ),
    "dofe": _Wording(
        crime={
            "trafficking": (
                "Human Trafficking (HTTCA 2064)",
                "Human trafficking & transportation",
                "HT - Sec. 4 HTTCA 2007",
                "Trafficking in persons",
            ),
            "smuggling": ("Migrant smuggling", "Smuggling of migrants", "Smuggling"),
            "both": ("HT + Smuggling", "Trafficking & smuggling"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Forced labour", "Labour exploitation"),
            "forced_criminality": ("Forced criminal acts", "Forced criminality"),
            "organ_removal": ("Organ extraction (kidney)", "Organ removal"),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        no_exploitation=("", "N/A"),
        gender={
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Both", "M/F", "Male/Female"),
        },
        age={
            "child": ("Child (below 18)", "Child", "Minor"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adult/Child", "Adult & child"),
        },
        transport={
            "sea": ("By Sea", "Sea", "Sea (boat)"),
            "land": ("By Road", "Land", "Overland"),
            "air": ("By Air", "Air", "Flight"),
        },
        na=("N/A",),
        linked={
            "document_fraud": ("Fake documents", "Document forgery"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering", "Hundi / money laundering"),
            "illicit_goods": ("Contraband goods", "Contraband"),
            "cybercrime": ("Online fraud", "Cybercrime"),
            "terrorism": ("Terrorism",),
        },
        linked_join=(", ",),
        transit_join=(" → ", ", ", " - "),
        no_transit=("", "None"),
        zero=("Nil",),
        unknown_count=("Not known", "Unknown"),
        no_coords=("N/A",),
    ),
    "nea": _Wording(
        crime={
            "trafficking": (
                "Trafficking in persons (CTiP Act 2010, s.3)",
                "TIP",
                "Human trafficking",
            ),
            "smuggling": ("Smuggling of migrants", "Migrant smuggling", "smuggling"),
            "both": ("TIP and smuggling of migrants", "Trafficking + smuggling"),
        },
        exploitation={
            "sexual": ("sexual exploitation", "commercial sexual exploitation"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminal activity", "forced criminality"),
            "organ_removal": ("organ harvesting", "removal of organs"),
            "forced_marriage": ("forced marriage", "servile marriage"),
            "other": ("other",),
        },
        no_exploitation=("", "n/a"),
        gender={
            "male": ("male", "Male", "M"),
            "female": ("female", "Female", "F"),
            "mixed": ("mixed", "male & female", "Mixed"),
        },
        age={
            "child": ("minor", "child", "children"),
            "adult": ("adult", "adults"),
            "mixed": ("adults and minors", "mixed ages"),
        },
        transport={
            "sea": ("sea", "boat", "by sea"),
            "land": ("road", "by road", "land"),
            "air": ("air", "flight", "by air"),
        },
        na=("n/a", "not applicable"),
        linked={
            "document_fraud": ("forged documents", "document fraud"),
            "corruption": ("corruption", "bribery"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "contraband"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        linked_join=(", ", "; "),
        transit_join=(" > ", ">", ", "),
        no_transit=("",),
        zero=("nil", "none"),
        unknown_count=("not known", "unknown", "TBC"),
        no_coords=("unknown",),
    ),
    "oclti": _Wording(
        crime={
            "trafficking": (
                "Traite des êtres humains (art. 225-4-1 CP)",
                "TEH",
                "Traite des êtres humains",
                "TEH - art. 225-4-1 C. pén.",
            ),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers (art. L. 823-1 CESEDA)",
                "Aide à l'entrée irrégulière d'étrangers",
                "Filière d'immigration irrégulière (L. 823-1 CESEDA)",
            ),
            "both": (
                "TEH + aide à l'entrée irrégulière",
                "Traite des êtres humains et aide au séjour irrégulier",
                "TEH / L. 823-1 CESEDA",
            ),
        },
        exploitation={
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre", "Autres formes"),
        },
        no_exploitation=("", "", "Sans objet"),
        gender={
            "male": ("H", "Hommes", "Masculin"),
            "female": ("F", "Femmes", "Féminin"),
            "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        },
        age={
            "child": ("Mineur(s)", "MNA", "Mineurs"),
            "adult": ("Majeur(s)", "Majeurs"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        transport={
            "sea": ("Maritime", "Voie maritime", "Small boat"),
            "land": ("Terrestre", "Poids lourd", "Voie routière"),
            "air": ("Aérien", "Voie aérienne", "Avion"),
        },
        na=("Sans objet", "s.o."),
        linked={
            "document_fraud": (
                "Faux documents (art. 441-1 CP)",
                "Fraude documentaire",
                "Usage de faux",
            ),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
            "illicit_goods": ("Contrebande", "Marchandises de contrebande"),
            "cybercrime": ("Cybercriminalité", "Escroquerie en ligne"),
            "terrorism": ("Terrorisme",),
        },
        linked_join=(" ; ", " + "),
        transit_join=(", ", " / ", " puis "),
        no_transit=("", "", "Néant"),
        zero=("néant", "aucun", "Néant"),
        unknown_count=("NC", "inconnu", "non déterminé"),
        no_coords=("NC", "non renseigné"),
    ),
    "mitradel": _Wording(
        crime={
            "trafficking": (
                "Trata de personas (Ley 79 de 2011)",
                "Trata de personas",
                "TRATA DE PERSONAS",
            ),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Tráfico de migrantes",
                "TRÁFICO ILÍCITO DE MIGRANTES (Código Penal)",
            ),
            "both": (
                "Trata de personas y tráfico de migrantes",
                "Trata / tráfico ilícito de migrantes",
            ),
        },
        exploitation={
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": (
                "Actividades delictivas forzadas",
                "Comisión forzada de delitos",
            ),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
            "other": ("Otra", "Otras formas"),
        },
        no_exploitation=("", "", "No aplica"),
        gender={
            "male": ("Masculino", "Hombres", "MASCULINO"),
            "female": ("Femenino", "Mujeres", "FEMENINO"),
            "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
        },
        age={
            "child": ("NNA", "Menor de edad", "Menores"),
            "adult": ("Adulto", "Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        transport={
            "sea": ("Marítimo", "Lancha", "Vía marítima"),
            "land": ("Terrestre", "A pie", "Bus", "Vía terrestre"),
            "air": ("Aéreo", "Vuelo comercial", "Vía aérea"),
        },
        na=("No aplica", "N/A"),
        linked={
            "document_fraud": ("Falsificación de documentos", "Documentos falsos"),
            "corruption": ("Corrupción de servidores públicos", "Cohecho"),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contrabando", "Mercancía ilícita"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        linked_join=(", ", "; "),
        transit_join=(", ", " / ", " - "),
        no_transit=("", "", "Ninguno"),
        zero=("ninguno", "Ninguno"),
        unknown_count=("s/d", "N/D", "por determinar", "desconocido"),
        no_coords=("s/d", "sin coordenadas"),
    ),
}

_NUMBER_WORDS = (
    "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen "
    "Fifteen Sixteen Seventeen Eighteen Nineteen Twenty"
).split()
_MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_ORD_EN = ("1st", "2nd", "3rd", "4th")
_ORD_ES = ("primer", "segundo", "tercer", "cuarto")
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _int(value: object) -> int:
    return int(str(value))


def _th(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _en_day(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _day_text(src: Blind104Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, list[str]]:
    """Return a full date as the source writes it, with its tags."""
    st, r = src.style, rng.random()
    d, m, y = ts.day, ts.month, ts.year
    if st == "dmw":
        if r < 0.6:
            return f"{m:02d}/{d:02d}/{y}", ["month_first"]
        if r < 0.72:
            return f"{m}/{d}/{y}", ["month_first"]
        if r < 0.92:
            return f"{MONTHS[m - 1]} {d}, {y}", ["month_name"]
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", ["month_name"]
    if st == "dofe":
        if r < 0.5:
            return dt.datetime(y, m, d), ["excel_date"]
        if r < 0.7:
            return int((ts.normalize() - _EXCEL_EPOCH).days), ["excel_serial"]
        if r < 0.85:
            return f"{y}/{m:02d}/{d:02d}", ["year_first"]
        return f"{d:02d} {MONTHS[m - 1][:3]} {y}", ["month_name"]
    if st == "nea":
        if r < 0.45:
            return f"{d:02d}/{m:02d}/{y}", ["day_first"]
        if r < 0.55:
            return f"{d}/{m}/{y}", ["day_first"]
        if r < 0.75:
            return f"{_en_day(d)} {MONTHS[m - 1]} {y}", ["month_name"]
        return ts.strftime("%Y-%m-%d"), ["iso_date"]
    if st == "oclti":
        if r < 0.6:
            return f"{d:02d}/{m:02d}/{y}", ["day_first"]
        if r < 0.8:
            day = "1er" if d == 1 else str(d)
            return f"{day} {_MONTHS_FR[m - 1]} {y}", ["month_name"]
        return f"{d:02d}/{m:02d}/{y % 100:02d}", ["two_digit_year"]
    if r < 0.55:
        return f"{d:02d}/{m:02d}/{y}", ["day_first"]
    if r < 0.7:
        return f"{d:02d}/{m:02d}/{y} 0:00", ["date_time"]
    if r < 0.85:
        return f"{d}-{_MONTHS_ES[m - 1][:3]}-{y}", ["month_name"]
    return f"{d} de {_MONTHS_ES[m - 1]} de {y}", ["month_name"]


def _month_text(src: Blind104Source, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    options = {
        "dmw": (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]}. {y}"),
        "dofe": (f"{MONTHS[m - 1][:3]}-{y}", f"{y} {MONTHS[m - 1]}"),
        "nea": (f"{MONTHS[m - 1]}, {y}", f"{MONTHS[m - 1][:3]} {y}"),
        "oclti": (f"{_MONTHS_FR[m - 1]} {y}", f"{m:02d}/{y}"),
        "mitradel": (f"{_MONTHS_ES[m - 1]} {y}", f"{m:02d}/{y}", f"{_MONTHS_ES[m - 1]} de {y}"),
    }[src.style]
    return choice(rng, options)


def _quarter_text(src: Blind104Source, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = ts.quarter, ts.year
    first, last = MONTHS[3 * q - 3], MONTHS[3 * q - 1]
    options = {
        "dmw": (f"Q{q} {y}", f"{_ORD_EN[q - 1]} Qtr {y}", f"{_ORD_EN[q - 1]} Quarter {y}"),
        "dofe": (f"{y} Q{q}", f"Q{q}/{y}"),
        "nea": (f"{first[:3]}-{last[:3]} {y}", f"{first}–{last} {y}"),
        "oclti": (f"T{q} {y}", f"{'1er' if q == 1 else f'{q}e'} trimestre {y}"),
        "mitradel": (f"{_ROMAN[q - 1]} trimestre {y}", f"{_ORD_ES[q - 1]} trimestre de {y}"),
    }[src.style]
    return choice(rng, options)


def _date(
    src: Blind104Source, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event's date."""
    r = rng.random()
    if partial_ok and r < 0.05:
        return _month_text(src, ts, rng), ts.to_period("M").start_time, "month", ["partial_month"]
    if partial_ok and r < 0.075:
        start = ts.to_period("Q").start_time
        return _quarter_text(src, ts, rng), start, "quarter", ["partial_quarter"]
    cell, tags = _day_text(src, ts, rng)
    return cell, ts, "day", tags


def _swapped_year(ts: pd.Timestamp) -> dt.datetime:
    """Return the date with the year's middle digits swapped (2021 -> 2201), in the future."""
    y = str(ts.year)
    year = int(y[0] + y[2] + y[1] + y[3])
    if year <= ts.year + 1:
        year = ts.year + 100
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return dt.datetime(year, ts.month, day)


def _bad_date(src: Blind104Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    st, y, d = src.style, ts.year, ts.day
    if kind == "bad_date":
        options = {
            "dmw": (f"02/30/{y}", f"February 30, {y}", f"13/{d:02d}/{y}"),
            "dofe": (f"{y}/02/30", f"31-Apr-{y}", f"{y}/13/{d:02d}"),
            "nea": (f"30/02/{y}", f"31st April {y}", f"{d:02d}/13/{y}"),
            "oclti": (f"30/02/{y}", f"31 avril {y}", f"{d:02d}/13/{y}"),
            "mitradel": (f"31/02/{y}", f"30 de febrero de {y}", f"{d:02d}/14/{y}"),
        }[st]
        return choice(rng, options)
    fut = _swapped_year(ts)
    if st == "dofe":
        return fut
    if st == "dmw":
        return fut.strftime("%m/%d/%Y")
    if st == "nea":
        return fut.strftime("%Y-%m-%d")
    return fut.strftime("%d/%m/%Y")


def _note_date(src: Blind104Source, last: pd.Timestamp) -> object:
    """Return the date written on the note row (the extraction's last day)."""
    if src.style == "dofe":
        return dt.datetime(last.year, last.month, last.day)
    if src.style == "dmw":
        return last.strftime("%m/%d/%Y")
    return last.strftime("%d/%m/%Y")


def _count(
    src: Blind104Source, n: int, rng: _Rng, w: _Wording
) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected, tags) of the count of persons."""
    st, r = src.style, rng.random()
    if r < 0.025:
        return choice(rng, w.unknown_count), None, ["count_placeholder"]
    if st == "dmw":
        if n >= 1000 and r < 0.9:
            return _th(n, ","), n, ["thousands"]
        if n <= 20 and r < 0.14:
            return f"{_NUMBER_WORDS[n]} ({n})", n, ["number_words"]
        if n >= 10 and r < 0.06:
            return f"approx. {n}", n, ["approx_count"]
        return str(n), n, []
    if st == "dofe":
        if n >= 1000 and r < 0.5:
            return _th(n, ","), n, ["thousands", "count_text"]
        return n, n, []
    if st == "nea":
        if n >= 1000 and r < 0.6:
            return _th(n, ","), n, ["thousands", "count_text"]
        if r < 0.25:
            return str(n), n, ["count_text"]
        return n, n, []
    if st == "oclti":
        if n >= 1000:
            return _th(n, choice(rng, (" ", "\u00a0"))), n, ["thousands"]
        return str(n), n, []
    if n >= 1000 and r < 0.6:
        return _th(n, "."), n, ["thousands"]
    return str(n), n, []


def _suspects(
    src: Blind104Source, n: int, rng: _Rng, w: _Wording
) -> tuple[object, int | None, list[str]]:
    """Return (cell, expected, tags) of the count of suspects."""
    numeric = src.format != "csv"
    r = rng.random()
    if r < 0.02:
        return choice(rng, w.unknown_count), None, ["suspects_placeholder"]
    if r < 0.035:
        return None, None, ["blank_n_suspects"]
    if n == 0 and r < 0.55:
        return choice(rng, w.zero), 0, ["zero_word"]
    if src.style == "dmw" and 0 < n <= 20 and r < 0.15:
        return f"{_NUMBER_WORDS[n]} ({n})", n, ["number_words"]
    return (n if numeric else str(n)), n, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    tenths = round(abs(value) * 36000)
    deg, rem = divmod(tenths, 36000)
    minutes, sec10 = divmod(rem, 600)
    hemi = pos if value >= 0 else neg
    back = tenths / 36000 * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}", round(back, 6)


def _dmm_fr(value: float, pos: str, neg: str) -> tuple[str, float]:
    thousandths = round(abs(value) * 60000)
    deg, rem = divmod(thousandths, 60000)
    hemi = pos if value >= 0 else neg
    back = thousandths / 60000 * (1 if value >= 0 else -1)
    return f"{deg}° {rem / 1000:06.3f}' {hemi}".replace(".", ","), round(back, 6)


def _coords(
    src: Blind104Source, lat: float, lon: float, rng: _Rng, w: _Wording
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Return (cells, expected lat, expected lon, tags) of the place of detection."""
    st, r = src.style, rng.random()
    split = "lat" in src.headers
    if r < 0.08:
        cells: dict[str, object] = {"lat": None, "lon": None} if split else {"coordinates": None}
        return cells, None, None, ["coords_missing"]
    if r < 0.105:
        word = choice(rng, w.no_coords)
        cells = {"lat": word, "lon": word} if split else {"coordinates": word}
        return cells, None, None, ["coords_placeholder"]
    if st == "dofe":
        if r < 0.2:
            return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, lat, lon, ["coords_text"]
        return {"lat": lat, "lon": lon}, lat, lon, []
    if st == "oclti":
        if r < 0.35:
            tlat, blat = _dmm_fr(lat, "N", "S")
            tlon, blon = _dmm_fr(lon, "E", "O")
            return {"lat": tlat, "lon": tlon}, blat, blon, ["dmm"]
        text_lat, text_lon = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
        return {"lat": text_lat, "lon": text_lon}, lat, lon, ["decimal_comma"]
    if st == "nea":
        if r < 0.6:
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            text = f"{abs(lat):.5f}{ns}, {abs(lon):.5f}{ew}"
            return {"coordinates": text}, lat, lon, ["hemisphere"]
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, lat, lon, []
    west = "O" if st == "mitradel" else "W"
    if r < 0.4:
        tlat, blat = _dms(lat, "N", "S")
        tlon, blon = _dms(lon, "E", west)
        return {"coordinates": f"{tlat} {tlon}"}, blat, blon, ["dms"]
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []


def _country(src: Blind104Source, code: str, rng: _Rng, *, role: str) -> tuple[str, list[str]]:
    """Return a country (``role``: ``"nationality"`` or another column) as written."""
    st, lang, r = src.style, src.language, rng.random()
    tags: list[str] = []
    typo = _TYPOS[lang].get(code)
    if typo is not None and r < 0.04:
        return typo, ["typo"]
    if role == "nationality":
        if st == "nea" and r < 0.3:
            return code, ["iso3"]
        share = {"dmw": 0.75, "dofe": 0.6, "nea": 0.8, "oclti": 0.7, "mitradel": 0.85}[st]
        if r < share:
            text, tags = choice(rng, _demonyms(code, lang)), ["demonym"]
        else:
            text = choice(rng, _names(code, lang))
    elif st == "dofe" and role == "destination" and r < 0.2:
        return iso_codes(code)[0], ["iso2"]
    elif st == "nea" and r < 0.25:
        return code, ["iso3"]
    else:
        text = choice(rng, _names(code, lang))
    if st == "mitradel" and rng.random() < 0.4:
        text, tags = text.upper(), [*tags, "upper_case"]
    elif st == "oclti":
        if role == "nationality" and rng.random() < 0.2:
            text, tags = text.upper(), [*tags, "upper_case"]
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src) and rng.random() < 0.15:
            text, tags = garbled, [*tags, "mojibake"]
    elif st == "dmw":
        if rng.random() < 0.05:
            text, tags = text.upper(), [*tags, "upper_case"]
        garbled = mojibake(text)  # a UTF-8 MWO export read once as Windows text
        if garbled is not None and rng.random() < 0.1:
            text, tags = garbled, [*tags, "mojibake"]
    return text, tags


def _transit(
    src: Blind104Source, value: str | None, rng: _Rng, w: _Wording
) -> tuple[str | None, list[str]]:
    if value is None:
        word = choice(rng, w.no_transit)
        return (word or None), (["transit_none_word"] if word else [])
    join = choice(rng, w.transit_join)
    parts: list[str] = []
    tags: list[str] = []
    for code in value.split("|"):
        text, t = _country(src, code, rng, role="transit")
        parts.append(text)
        tags += t
    return join.join(parts), ["transit_list", *sorted(set(tags))]


def _detection(
    src: Blind104Source, code: str, hotspot: str | None, rng: _Rng
) -> tuple[str, list[str]]:
    text, tags = _country(src, code, rng, role="detection")
    plain = hotspot is not None and "border" not in hotspot and "/" not in hotspot
    if src.style in ("dmw", "nea") and plain and text != code and rng.random() < 0.15:
        return f"{hotspot}, {text}", [*tags, "place_country"]
    return text, tags


# --------------------------------------------------------------------------------------
# One event, one row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind104Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _WORDING[src.style]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, w.crime[crime])
    exp["crime_type"] = crime
    if any(ch.isdigit() for ch in str(cells["crime_type"])):
        tags.append("legal_ref")
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, w.no_exploitation) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], t = _count(src, _int(ev["n_persons"]), rng, w)
    tags += t
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, _int(ev["n_suspects"]), rng, w)
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or (forced_blank is None and rng.random() < 0.01):
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, w.gender[gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"], exp["age_group"] = choice(rng, w.na), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, w.age[age]), age

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _country(src, str(nat), rng, role="nationality")
        exp["nationality"] = str(nat)
        tags += t
    for col, role in (("origin_country", "origin"), ("destination_country", "destination")):
        code = ev[col]
        if code is None:
            cells[col], exp[col] = None, None
        else:
            cells[col], t = _country(src, str(code), rng, role=role)
            exp[col] = str(code)
            tags += t
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        hotspot = ev.get("hotspot")
        cells["detection_country"], t = _detection(
            src, str(det), None if hotspot is None else str(hotspot), rng
        )
        exp["detection_country"] = str(det)
        tags += t

    transit = ev["transit_countries"]
    cells["transit_countries"], t = _transit(src, None if transit is None else str(transit), rng, w)
    exp["transit_countries"] = None if transit is None else str(transit)
    tags += t

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.na), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.transport[mode]), mode

    lat, lon = ev["lat"], ev["lon"]
    if forced_blank == "coordinates" or lat is None or lon is None:
        keys = ("lat", "lon") if "lat" in src.headers else ("coordinates",)
        cells.update(dict.fromkeys(keys))
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        got, exp["lat"], exp["lon"], t = _coords(src, float(str(lat)), float(str(lon)), rng, w)
        cells.update(got)
        tags += t

    linked = ev["linked_offences"]
    if linked is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        words = [choice(rng, w.linked[o]) for o in str(linked).split("|")]
        cells["linked_offences"] = choice(rng, w.linked_join).join(words)
        exp["linked_offences"] = str(linked)
        tags.append("linked_words")

    for key, value in cells.items():  # an empty word is a blank cell
        if value == "":
            cells[key] = None
    return cells, exp, sorted(set(tags), key=tags.index)


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: Detection country -> the desk that first reports its events (the rest: DMW).
_PRIMARY = {
    "GBR": "dofe_nepal_db",
    "GRC": "dofe_nepal_db",
    "ITA": "nea_kenya_db",
    "FRA": "oclti_fr_db",
    "PAN": "mitradel_pa_db",
}
#: (corridor, detection country) -> the desk that may report the event a second time.
_SECONDARY = {
    ("channel", "FRA"): "dofe_nepal_db",
    ("channel", "GBR"): "oclti_fr_db",
    ("thb_vnm_gbr", "GBR"): "oclti_fr_db",
    ("cmed", "ITA"): "dmw_mwpb_db",
    ("thb_nga_ita", "ITA"): "dmw_mwpb_db",
    ("thb_rou_esp", "ITA"): "oclti_fr_db",
    ("darien", "PAN"): "dmw_mwpb_db",
    ("us_mex", "USA"): "mitradel_pa_db",
    ("watl", "ESP"): "oclti_fr_db",
    ("wmed", "ESP"): "oclti_fr_db",
    ("thb_rou_esp", "ESP"): "mitradel_pa_db",
    ("emed", "GRC"): "nea_kenya_db",
    ("wbal", "HRV"): "dofe_nepal_db",
    ("blr_pol", "POL"): "nea_kenya_db",
}
_EXAMINER: Examiner[Blind104Source] = Examiner(
    sources=BLIND104_SOURCES,
    primary=_PRIMARY,
    compilation="dmw_mwpb_db",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=104_104,
    blank_share=0.35,
)


def make_blind104(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind104`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dmw_mwpb_db.csv``, ``dofe_nepal_db.xlsx``, ``nea_kenya_db.jsonl``,
        ``oclti_fr_db.csv`` and ``mitradel_pa_db.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind104(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dmw_mwpb_db.csv', 'dofe_nepal_db.xlsx', 'nea_kenya_db.jsonl', 'oclti_fr_db.csv',
     'mitradel_pa_db.csv']
    >>> sorted({s.language for s in subs})
    ['en', 'es', 'fr']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
