"""Examiner set ``blind96``: five justice files, mostly French-speaking (files ``*_ct.*``).

A held-out sample set written from courts, prosecutors and a justice-cooperation office
that no other set uses, each the way its clerks really keep their registers. The cleaner
was not tuned on any of this wording. Reader's guide, one source at a time:

``parquet_gap_ct.csv`` -- Parquet de Gap (tribunal judiciaire de Gap, Hautes-Alpes)
    French; **cp1252**, ``;``, CRLF line ends (a Cassiopée extraction opened and saved
    in Excel). Reports the events detected in Italy (the Montgenèvre route). Dates
    ``dd/mm/yyyy``, ``dd/mm/yy`` and written out (``1er mars 2022``); partial dates as
    ``mars 2022``, ``03/2022``, the legal ``courant mars 2022`` and quarters (``2e
    trimestre 2022``, ``T2 2022``). The offence is the charge with its article: the
    CESEDA smuggling article is ``L.622-1`` before 1 May 2021 and ``L.823-1``/``L.823-3``
    after its recodification; trafficking is ``225-4-1 C. pén.``, sometimes in the
    all-capitals NATINF wording without accents. Counts with a no-break-space thousands
    separator (``1 250``), ``n.c.``/``inconnu`` for unknown, ``néant``/``aucun`` for no
    suspect. Nationalities as feminine demonyms (``marocaine``), country names, capitals
    without accents, ``(se disant)`` claimed nationalities and a few UTF-8-read-as-cp1252
    values (``sÃ©nÃ©galaise``). Age ``MNA`` (unaccompanied minors); transport
    ``VL``/``PL`` (light/heavy vehicle). Coordinates in one cell: DMS (``44°53'47"N
    6°38'12"E``), degrees and decimal minutes with a decimal comma, or decimal degrees
    with a comma (``43,78667 / 7,50139``); ``non géolocalisé``. A service column.
    Re-sent rows; note, total and empty rows.

``tpi_bruxelles_ct.csv`` -- Tribunal de première instance francophone de Bruxelles
    Belgian French; **UTF-16** (with BOM), **tab** delimited (Excel's "Unicode text"),
    bilingual French / Dutch headers (``Date des faits / Datum feiten``), French values.
    Reports the events detected in France and the United Kingdom. Belgian law words:
    ``prévention`` (charge), ``prévenus`` (accused); *trafic d'êtres humains* (art. 77bis
    of the 15 December 1980 aliens act) is **smuggling**, *traite* (art. 433quinquies
    C.p.) is trafficking; ``exploitation économique`` is labour exploitation. Notice
    numbers ``BR.43.L3.000123/22``. Dates ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yy``;
    months ``05/2022``, ``mai 2022``, ``courant mai 2022``. ``?``/``inconnu`` for an
    unknown count, ``aucun`` prévenu. Nationality as country names, masculine
    demonyms or ISO alpha-2 codes; ``MENA`` (unaccompanied minors). Latitude and longitude
    in two columns with a decimal comma. Note (``MaCH`` extraction), total and empty rows.

``mp_geneve_ct.xlsx`` -- Ministère public de la République et canton de Genève
    French (Swiss usage); **XLSX**. Reports the events detected in Greece, Croatia and
    Poland (procedures and requests for mutual assistance of the Balkan and eastern
    routes). Procedure numbers ``P/12345/2022``. Dates as real Excel dates, Swiss text
    dates ``dd.mm.yyyy``, bare Excel serial numbers and written-out dates; months
    ``06.2022``/``juin 2022``, quarters ``2e trimestre 2022``/``T2 2022``. Charges under
    art. 116 LEI (smuggling) and art. 182 CP (trafficking). Counts as numbers; the rare
    big one (a Central Mediterranean landing) as text with the Swiss apostrophe
    (``1'250``). ``RMNA`` (unaccompanied asylum-seeking minors). Transit as ISO alpha-3
    codes joined by hyphens (``TUR-BGR-SRB-BIH``) or names. Latitude/longitude as
    numbers. A column of the requesting foreign authority. Note and total rows.

``ts_sala_penal_ct.csv`` -- Tribunal Supremo, Sala de lo Penal (Sala Segunda), Spain
    Spanish; **latin-1**, ``|`` delimited (a case-register export). Reports the events
    detected in Spain (appeals in cassation from the provincial courts named in a
    column). Charges under art. 318 bis CP (offence against the rights of foreign
    citizens = smuggling) and 177 bis CP (trata = trafficking). Dates ``dd/mm/yyyy``,
    ``d-m-yyyy``, ``12 de marzo de 2022``; partial ``marzo de 2022``, ``03/2022``, ``en
    fecha indeterminada de marzo de 2022``, ``1T 2022``, ``primer trimestre de 2022``.
    Dot thousands (``1.250``), ``no consta``/``s/d`` unknown, ``ninguno`` for zero. Sex
    ``H``/``M`` (hombre/mujer), ``varones``, ``ambos``; ``MENA``. Transport ``patera``,
    ``cayuco``, ``neumática``, ``moto acuática``, the fence jump at Ceuta/Melilla.
    Coordinates in one cell: DMS with the ordinal sign and ``O`` (oeste) for west
    (``28º 05' 33'' N, 15º 24' 55'' O``), degrees and decimal minutes, or decimals. A few
    mojibake values. Note, total and empty rows.

``opdat_ct.jsonl`` -- US DOJ Criminal Division, OPDAT (resident legal advisors)
    English; **JSON lines**, UTF-8, snake_case keys. Reports the events detected in the
    United States and Panama, and any event no other source covers. Dates mostly
    **month first** ``MM/DD/YYYY``, also ISO and ``March 4, 2022``; partial ``March
    2022``, ``2022-03``, ``Q1 2022``, ``2022-Q1``. Charges under 8 U.S.C. § 1324 and the
    18 U.S.C. TVPA sections, or host-nation wording. Counts as numbers or text with a
    comma separator (``"1,250"``), ``UNK``/``TBD``. Citizenship as names, demonyms, ISO
    alpha-2 or alpha-3 codes; ``UAC`` (unaccompanied alien child); conveyance ``panga``,
    ``tractor-trailer``, ``on foot``. Coordinates in one key: signed decimals, hemisphere
    letters or DMS. A case-status key. Re-sent rows; a total record.

Second reports (cross-source duplicates, dated up to a day off, some leaving one field
blank): Geneva reports Central Mediterranean landings and Romanian trafficking found in
Spain again; Brussels the Nigerian trafficking found in Italy and the Western
Mediterranean crossings; the Supremo the Romanian trafficking found in Italy; Gap the
Western Balkan and Channel events; OPDAT the Eastern Mediterranean ones. Every source
also carries the bad dates and counts and the garbage rows the shared machinery plants;
every value written reads unambiguously to the expected clean value of the truth.
"""

from __future__ import annotations

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND96_SOURCES", "make_blind96"]

_Rng = np.random.Generator

GAP = "parquet_gap"
BRUXELLES = "tpi_bruxelles"
GENEVE = "mp_geneve"
SUPREMO = "ts_sala_penal"
OPDAT = "opdat"

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
#: The five sources, in the order the submissions are returned.
BLIND96_SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=GAP,
        filename="parquet_gap_ct.csv",
        ref="{yy:02d}.{seq:06d}.GAP",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° parquet",
            "event_date": "Date des faits",
            "crime_type": "Qualification principale",
            "exploitation": "Finalité de l'exploitation",
            "n_persons": "Nb étrangers / victimes",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays de départ",
            "destination_country": "Destination déclarée",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays traversés",
            "transport_mode": "Moyen de transport",
            "coordinates": "Coord. GPS lieu d'interpellation",
            "linked_offences": "Infractions connexes",
            "x_service": "Service enquêteur",
        },
        note="Extraction Cassiopée - données provisoires, non consolidées",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux", "#VALEUR!"),
        repeats=True,
    ),
    ExaminerSource(
        source=BRUXELLES,
        filename="tpi_bruxelles_ct.csv",
        ref="BR.43.L3.{seq:06d}/{yy:02d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={  # the Brussels prosecution's bilingual (French / Dutch) extraction
            "source_ref": "N° de notice / Notitienummer",
            "event_date": "Date des faits / Datum feiten",
            "crime_type": "Prévention / Tenlastelegging",
            "exploitation": "Type d'exploitation / Soort uitbuiting",
            "n_persons": "Nombre de personnes (victimes/migrants) / Aantal personen",
            "n_suspects": "Nombre de prévenus / Aantal beklaagden",
            "gender": "Sexe / Geslacht",
            "age_group": "Majeur ou mineur / Meerderjarig of minderjarig",
            "nationality": "Nationalité / Nationaliteit",
            "origin_country": "Pays d'origine / Land van herkomst",
            "destination_country": "Pays de destination / Land van bestemming",
            "detection_country": "Pays d'interception / Land van onderschepping",
            "transit_countries": "Pays de transit / Transitlanden",
            "transport_mode": "Moyen de transport / Vervoermiddel",
            "lat": "Latitude (° déc.) / Breedtegraad",
            "lon": "Longitude (° déc.) / Lengtegraad",
            "linked_offences": "Préventions connexes / Samenhangende tenlasteleggingen",
        },
        note="Source : extraction MaCH du greffe correctionnel - chiffres provisoires",
        total="Total",
        bad_count=("plusieurs", "#VALEUR!"),
        repeats=False,
    ),
    ExaminerSource(
        source=GENEVE,
        filename="mp_geneve_ct.xlsx",
        ref="P/{seq:05d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "N° de procédure",
            "event_date": "Date des faits",
            "crime_type": "Infraction",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Personnes concernées (nb)",
            "n_suspects": "Prévenus (nb)",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays de provenance",
            "destination_country": "Pays de destination",
            "detection_country": "État de constatation",
            "transit_countries": "Itinéraire (pays de transit)",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude WGS84 (°)",
            "lon": "Longitude WGS84 (°)",
            "linked_offences": "Infractions connexes",
            "x_authority": "Autorité étrangère (entraide)",
        },
        note="Remarque : état des données en fin de mois, sous réserve de mise à jour",
        total="Total",
        bad_count=("plusieurs", "nombreuses", "#VALEUR!"),
        repeats=False,
    ),
    ExaminerSource(
        source=SUPREMO,
        filename="ts_sala_penal_ct.csv",
        ref="REC {seq:05d}/{year}",
        format="csv",
        encoding="latin-1",
        delimiter="|",
        language="es",
        headers={
            "source_ref": "Nº Recurso",
            "event_date": "Fecha de los hechos",
            "crime_type": "Delito",
            "exploitation": "Finalidad de la explotación",
            "n_persons": "Nº víctimas / migrantes",
            "n_suspects": "Nº acusados",
            "gender": "Sexo",
            "age_group": "Mayor / menor de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de interceptación",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas (lugar de interceptación)",
            "linked_offences": "Delitos conexos",
            "x_court": "Órgano de procedencia",
        },
        note="Nota: datos extraídos del registro de la Sala, pendientes de revisión",
        total="TOTAL",
        bad_count=("varios", "numerosos", "#¡VALOR!"),
        repeats=False,
    ),
    ExaminerSource(
        source=OPDAT,
        filename="opdat_ct.jsonl",
        ref="OPDAT-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_number",
            "event_date": "incident_date",
            "crime_type": "offense",
            "exploitation": "exploitation_type",
            "n_persons": "persons_smuggled_or_trafficked",
            "n_suspects": "defendants",
            "gender": "sex",
            "age_group": "age_category",
            "nationality": "citizenship",
            "origin_country": "country_of_origin",
            "destination_country": "intended_destination",
            "detection_country": "country_of_interdiction",
            "transit_countries": "transit_countries",
            "transport_mode": "conveyance",
            "coordinates": "geo_location",
            "linked_offences": "related_offenses",
            "x_status": "case_status",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "multiple", "#VALUE!"),
        repeats=True,
    ),
)
_BY_NAME = {s.source: s for s in BLIND96_SOURCES}

# --------------------------------------------------------------------------------------
# Words
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

# code: (French names, French demonym (feminine), Spanish names, Spanish demonym,
#        English names, English demonym); the first name is the usual one.
_Country = tuple[tuple[str, ...], str, tuple[str, ...], str, tuple[str, ...], str]
_COUNTRIES: dict[str, _Country] = {
    "AFG": (("Afghanistan",), "afghane", ("Afganistán",), "afgano", ("Afghanistan",), "Afghan"),
    "ALB": (("Albanie",), "albanaise", ("Albania",), "albanés", ("Albania",), "Albanian"),
    "AUT": (("Autriche",), "autrichienne", ("Austria",), "austriaco", ("Austria",), "Austrian"),
    "BGD": (
        ("Bangladesh",),
        "bangladaise",
        ("Bangladés", "Bangladesh"),
        "bangladesí",
        ("Bangladesh",),
        "Bangladeshi",
    ),
    "BGR": (("Bulgarie",), "bulgare", ("Bulgaria",), "búlgaro", ("Bulgaria",), "Bulgarian"),
    "BIH": (
        ("Bosnie-Herzégovine", "Bosnie"),
        "bosnienne",
        ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
        "bosnio",
        ("Bosnia and Herzegovina", "Bosnia"),
        "Bosnian",
    ),
    "BLR": (
        ("Biélorussie", "Bélarus"),
        "biélorusse",
        ("Bielorrusia",),
        "bielorruso",
        ("Belarus",),
        "Belarusian",
    ),
    "CHN": (("Chine",), "chinoise", ("China",), "chino", ("China",), "Chinese"),
    "CIV": (
        ("Côte d'Ivoire",),
        "ivoirienne",
        ("Costa de Marfil",),
        "marfileño",
        ("Côte d'Ivoire", "Ivory Coast"),
        "Ivorian",
    ),
    "CMR": (("Cameroun",), "camerounaise", ("Camerún",), "camerunés", ("Cameroon",), "Cameroonian"),
    "COL": (("Colombie",), "colombienne", ("Colombia",), "colombiano", ("Colombia",), "Colombian"),
    "DEU": (("Allemagne",), "allemande", ("Alemania",), "alemán", ("Germany",), "German"),
    "DZA": (("Algérie",), "algérienne", ("Argelia",), "argelino", ("Algeria",), "Algerian"),
    "ECU": (("Équateur",), "équatorienne", ("Ecuador",), "ecuatoriano", ("Ecuador",), "Ecuadorian"),
    "EGY": (("Égypte",), "égyptienne", ("Egipto",), "egipcio", ("Egypt",), "Egyptian"),
    "ERI": (("Érythrée",), "érythréenne", ("Eritrea",), "eritreo", ("Eritrea",), "Eritrean"),
    "ESP": (("Espagne",), "espagnole", ("España",), "español", ("Spain",), "Spanish"),
    "FRA": (("France",), "française", ("Francia",), "francés", ("France",), "French"),
    "GBR": (
        ("Royaume-Uni", "Angleterre", "Grande-Bretagne"),
        "britannique",
        ("Reino Unido", "Gran Bretaña"),
        "británico",
        ("United Kingdom", "UK", "Great Britain"),
        "British",
    ),
    "GIN": (
        ("Guinée", "Guinée-Conakry"),
        "guinéenne",
        ("Guinea", "Guinea Conakry"),
        "guineano",
        ("Guinea", "Guinea-Conakry"),
        "Guinean",
    ),
    "GMB": (("Gambie",), "gambienne", ("Gambia",), "gambiano", ("The Gambia", "Gambia"), "Gambian"),
    "GRC": (("Grèce",), "grecque", ("Grecia",), "griego", ("Greece",), "Greek"),
    "GTM": (
        ("Guatemala",),
        "guatémaltèque",
        ("Guatemala",),
        "guatemalteco",
        ("Guatemala",),
        "Guatemalan",
    ),
    "HND": (("Honduras",), "hondurienne", ("Honduras",), "hondureño", ("Honduras",), "Honduran"),
    "HRV": (("Croatie",), "croate", ("Croacia",), "croata", ("Croatia",), "Croatian"),
    "HTI": (("Haïti",), "haïtienne", ("Haití",), "haitiano", ("Haiti",), "Haitian"),
    "HUN": (("Hongrie",), "hongroise", ("Hungría",), "húngaro", ("Hungary",), "Hungarian"),
    "IRN": (("Iran",), "iranienne", ("Irán",), "iraní", ("Iran",), "Iranian"),
    "IRQ": (("Irak", "Iraq"), "irakienne", ("Irak",), "iraquí", ("Iraq",), "Iraqi"),
    "ITA": (("Italie",), "italienne", ("Italia",), "italiano", ("Italy",), "Italian"),
    "LBY": (("Libye",), "libyenne", ("Libia",), "libio", ("Libya",), "Libyan"),
    "MAR": (("Maroc",), "marocaine", ("Marruecos",), "marroquí", ("Morocco",), "Moroccan"),
    "MEX": (("Mexique",), "mexicaine", ("México", "Méjico"), "mexicano", ("Mexico",), "Mexican"),
    "MKD": (
        ("Macédoine du Nord",),
        "macédonienne",
        ("Macedonia del Norte",),
        "macedonio",
        ("North Macedonia",),
        "Macedonian",
    ),
    "MLI": (("Mali",), "malienne", ("Malí", "Mali"), "maliense", ("Mali",), "Malian"),
    "MRT": (
        ("Mauritanie",),
        "mauritanienne",
        ("Mauritania",),
        "mauritano",
        ("Mauritania",),
        "Mauritanian",
    ),
    "NER": (("Niger",), "nigérienne", ("Níger",), "nigerino", ("Niger",), "Nigerien"),
    "NGA": (("Nigeria",), "nigériane", ("Nigeria",), "nigeriano", ("Nigeria",), "Nigerian"),
    "PAK": (("Pakistan",), "pakistanaise", ("Pakistán",), "pakistaní", ("Pakistan",), "Pakistani"),
    "PAN": (("Panama",), "panaméenne", ("Panamá",), "panameño", ("Panama",), "Panamanian"),
    "POL": (("Pologne",), "polonaise", ("Polonia",), "polaco", ("Poland",), "Polish"),
    "ROU": (("Roumanie",), "roumaine", ("Rumanía", "Rumania"), "rumano", ("Romania",), "Romanian"),
    "RUS": (("Russie",), "russe", ("Rusia",), "ruso", ("Russia",), "Russian"),
    "SEN": (("Sénégal",), "sénégalaise", ("Senegal",), "senegalés", ("Senegal",), "Senegalese"),
    "SRB": (("Serbie",), "serbe", ("Serbia",), "serbio", ("Serbia",), "Serbian"),
    "SYR": (("Syrie",), "syrienne", ("Siria",), "sirio", ("Syria",), "Syrian"),
    "TUN": (("Tunisie",), "tunisienne", ("Túnez",), "tunecino", ("Tunisia",), "Tunisian"),
    "TUR": (("Turquie",), "turque", ("Turquía",), "turco", ("Türkiye", "Turkey"), "Turkish"),
    "USA": (
        ("États-Unis", "USA"),
        "américaine",
        ("Estados Unidos", "EE. UU.", "EEUU"),
        "estadounidense",
        ("United States", "USA", "U.S."),
        "American",
    ),
    "VEN": (
        ("Venezuela",),
        "vénézuélienne",
        ("Venezuela",),
        "venezolano",
        ("Venezuela",),
        "Venezuelan",
    ),
    "VNM": (
        ("Viêt Nam", "Vietnam"),
        "vietnamienne",
        ("Vietnam",),
        "vietnamita",
        ("Vietnam", "Viet Nam"),
        "Vietnamese",
    ),
    "YEM": (("Yémen",), "yéménite", ("Yemen",), "yemení", ("Yemen",), "Yemeni"),
}
_LANG_SLOT = {"fr": 0, "es": 2, "en": 4}

# Words of each source, by the clean value they stand for.
_Words = dict[str, tuple[str, ...]]

_EXPLOITATION: dict[str, _Words] = {
    GAP: {
        "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution"),
        "forced_labour": (
            "travail forcé",
            "exploitation par le travail",
            "conditions de travail contraires à la dignité",
        ),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre finalité"),
    },
    BRUXELLES: {
        "sexual": ("exploitation sexuelle", "exploitation de la prostitution"),
        "forced_labour": (
            "exploitation économique",
            "travail dans des conditions contraires à la dignité humaine",
        ),
        "forced_criminality": ("contrainte à commettre un crime ou un délit",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    GENEVE: {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("exploitation du travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des infractions",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    SUPREMO: {
        "sexual": ("explotación sexual", "prostitución coactiva"),
        "forced_labour": ("explotación laboral", "trabajos o servicios forzados"),
        "forced_criminality": ("realización de actividades delictivas",),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra",),
    },
    OPDAT: {
        "sexual": ("sex trafficking", "commercial sex"),
        "forced_labour": ("labor trafficking", "forced labor"),
        "forced_criminality": ("forced criminality", "compelled criminal activity"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
}
# What a smuggling row writes in the exploitation column (nothing applies).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    GAP: (None, None, None, "sans objet", "-"),
    BRUXELLES: (None, None, "/"),
    GENEVE: (None,),
    SUPREMO: (None, None, "no procede"),
    OPDAT: (None, None, "N/A"),
}

_GENDER: dict[str, _Words] = {
    GAP: {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("H/F", "mixte", "hommes et femmes"),
    },
    BRUXELLES: {
        "male": ("M", "masculin"),
        "female": ("F", "féminin"),
        "mixed": ("M/F", "mixte"),
    },
    GENEVE: {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H et F"),
    },
    SUPREMO: {
        "male": ("H", "hombres", "varones"),
        "female": ("M", "mujeres"),
        "mixed": ("ambos", "mixto", "H y M"),
    },
    OPDAT: {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M/F"),
    },
}
# A lone person: singular words.
_GENDER_ONE: dict[str, _Words] = {
    GAP: {"male": ("H", "homme", "masculin"), "female": ("F", "femme", "féminin")},
    GENEVE: {"male": ("H", "homme"), "female": ("F", "femme")},
    SUPREMO: {"male": ("H", "hombre", "varón"), "female": ("M", "mujer")},
}
_GENDER_UNKNOWN: dict[str, tuple[str, ...]] = {
    GAP: ("non précisé",),
    BRUXELLES: ("inconnu",),
    GENEVE: ("inconnu",),
    SUPREMO: ("no consta",),
    OPDAT: ("UNK", "unknown"),
}

_AGE: dict[str, _Words] = {
    GAP: {
        "adult": ("majeurs", "majeur(s)", "adultes"),
        "child": ("mineurs", "mineur(s)", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte (dont MNA)"),
    },
    BRUXELLES: {
        "adult": ("majeurs", "majeur(s)"),
        "child": ("mineurs", "MENA"),
        "mixed": ("majeurs et mineurs", "majeurs + mineurs"),
    },
    GENEVE: {
        "adult": ("adultes", "adulte(s)", "majeurs"),
        "child": ("mineurs", "RMNA"),
        "mixed": ("adultes et mineurs",),
    },
    SUPREMO: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA", "menores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    OPDAT: {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors"),
        "mixed": ("Adults and minors", "Mixed"),
    },
}
_AGE_ONE: dict[str, _Words] = {
    GAP: {"adult": ("majeur", "adulte"), "child": ("mineur", "MNA")},
    BRUXELLES: {"adult": ("majeur",), "child": ("mineur", "MENA")},
    GENEVE: {"adult": ("adulte", "majeur"), "child": ("mineur", "RMNA")},
    SUPREMO: {"adult": ("adulto", "mayor de edad"), "child": ("menor", "MENA")},
    OPDAT: {"adult": ("Adult",), "child": ("Minor",)},
}
_AGE_UNKNOWN: dict[str, tuple[str, ...]] = {
    GAP: ("non déterminé",),
    BRUXELLES: ("inconnu",),
    GENEVE: ("indéterminé",),
    SUPREMO: ("no consta",),
    OPDAT: ("N/A", "UNK"),
}

_TRANSPORT: dict[str, _Words] = {
    GAP: {
        "sea": ("embarcation", "bateau de pêche", "canot pneumatique", "voie maritime"),
        "land": ("véhicule léger", "VL", "poids lourd", "PL", "train", "à pied", "autocar"),
        "air": ("avion", "voie aérienne", "vol commercial"),
    },
    BRUXELLES: {
        "sea": ("small boat", "bateau pneumatique", "embarcation de fortune", "voie maritime"),
        "land": ("camion", "poids lourd (remorque)", "voiture", "camionnette", "Eurostar", "bus"),
        "air": ("avion", "vol commercial"),
    },
    GENEVE: {
        "sea": ("embarcation", "bateau", "voie maritime"),
        "land": ("véhicule", "camion", "voie terrestre", "à pied", "train", "fourgon"),
        "air": ("avion", "voie aérienne"),
    },
    SUPREMO: {
        "sea": ("patera", "neumática", "embarcación neumática", "vía marítima", "lancha"),
        "land": ("vehículo", "camión", "a pie", "autobús", "vía terrestre"),
        "air": ("vía aérea", "avión"),
    },
    OPDAT: {
        "sea": ("boat", "panga", "maritime", "go-fast vessel"),
        "land": ("vehicle", "tractor-trailer", "on foot", "pickup truck", "bus", "land"),
        "air": ("air", "commercial flight"),
    },
}
_TRANSPORT_UNKNOWN: dict[str, tuple[str, ...]] = {
    GAP: ("indéterminé", "non renseigné"),
    BRUXELLES: ("inconnu",),
    GENEVE: ("indéterminé",),
    SUPREMO: ("no consta",),
    OPDAT: ("UNK",),
}

_LINKED: dict[str, _Words] = {
    GAP: {
        "document_fraud": ("faux documents", "usage de faux document administratif"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    BRUXELLES: {
        "document_fraud": ("faux et usage de faux", "faux documents d'identité"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de marchandises illicites",),
        "cybercrime": ("criminalité informatique",),
        "terrorism": ("terrorisme",),
    },
    GENEVE: {
        "document_fraud": ("faux dans les titres", "faux dans les certificats"),
        "corruption": ("corruption d'agents publics étrangers", "corruption"),
        "money_laundering": ("blanchiment d'argent (art. 305bis CP)", "blanchiment d'argent"),
        "illicit_goods": ("marchandises illicites", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    SUPREMO: {
        "document_fraud": ("falsedad documental", "falsificación de documentos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delito informático", "ciberdelito"),
        "terrorism": ("terrorismo",),
    },
    OPDAT: {
        "document_fraud": ("document fraud", "fraudulent documents (18 U.S.C. § 1546)"),
        "corruption": ("bribery", "public corruption"),
        "money_laundering": ("money laundering", "money laundering (18 U.S.C. § 1956)"),
        "illicit_goods": ("contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_LINK_JOIN: dict[str, tuple[str, ...]] = {
    GAP: (" ; ", " + "),
    BRUXELLES: (" / ",),
    GENEVE: ("; ",),
    SUPREMO: (", ", " y "),
    OPDAT: ("; ",),
}

_PLACEHOLDER_COUNT: dict[str, tuple[str, ...]] = {
    GAP: ("n.c.", "inconnu", "non renseigné"),
    BRUXELLES: ("?", "inconnu"),
    GENEVE: ("inconnu", "indéterminé"),
    SUPREMO: ("no consta", "s/d", "desconocido"),
    OPDAT: ("UNK", "unknown", "TBD"),
}
_ZERO_WORDS: dict[str, tuple[str, ...]] = {
    GAP: ("néant", "aucun"),
    BRUXELLES: ("aucun",),
    GENEVE: ("aucun",),
    SUPREMO: ("ninguno",),
    OPDAT: ("none",),
}
_THOUSANDS = {GAP: "\xa0", BRUXELLES: ".", GENEVE: "'", SUPREMO: ".", OPDAT: ","}

_GAP_SERVICES = (
    "DDPAF 05",
    "BMR Montgenèvre",
    "PAF Montgenèvre",
    "Section de recherches de Grenoble",
    "GGD 05",
    "BR Briançon",
)
_GENEVE_AUTHORITY = {
    "GRC": ("Parquet d'Athènes", "Parquet du Pirée", "Parquet de Mytilène"),
    "HRV": ("USKOK Zagreb", "Parquet de comté de Karlovac"),
    "POL": ("Parquet régional de Białystok", "Prokuratura Krajowa (Varsovie)"),
    "ITA": ("Procura di Agrigento", "Procura di Catania (DDA)", "Procura di Palermo"),
    "ESP": ("Fiscalía Provincial de Almería", "Fiscalía Provincial de Huelva"),
}
_SUPREMO_COURT = {
    "Gran Canaria": "AP Las Palmas, Sección 1.ª",
    "Lanzarote": "AP Las Palmas, Sección 6.ª",
    "Tenerife": "AP Santa Cruz de Tenerife, Sección 2.ª",
    "El Hierro": "AP Santa Cruz de Tenerife, Sección 5.ª",
    "Almería": "AP Almería, Sección 3.ª",
    "Almería (El Ejido)": "AP Almería, Sección 2.ª",
    "Huelva": "AP Huelva, Sección 1.ª",
    "Ceuta": "AP Cádiz, Sección 6.ª (Ceuta)",
    "Melilla": "AP Málaga, Sección 7.ª (Melilla)",
}
_OPDAT_STATUS = ("Under investigation", "Indicted", "Convicted", "Plea agreement", "Pending trial")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
class _Row:
    """Cells, expected values and messiness tags (by field) of one written row."""

    def __init__(self, ev: dict[str, object]) -> None:
        self.cells: dict[str, object] = {}
        self.exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
        self.exp["date_precision"] = "day"
        self.exp["lat"] = self.exp["lon"] = None  # set by the writer of the coordinates
        self.tags: dict[str, list[str]] = {}

    def put(self, field: str, cell: object, *tags: str) -> None:
        """Write a cell and note its tags."""
        self.cells[field] = cell
        if tags:
            self.tags.setdefault(field, []).extend(tags)

    def flat_tags(self) -> list[str]:
        """Return the tags in field order, each once."""
        out: list[str] = []
        for values in self.tags.values():
            out.extend(t for t in values if t not in out)
        return out


def _strip_accents(text: str) -> str:
    """Return ``text`` without its diacritics (``Érythrée`` -> ``Erythree``)."""
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _caps(text: str) -> str:
    """Return ``text`` in capitals without accents, as old registers write it."""
    return _strip_accents(text).upper()


def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    """Draw a key of ``options`` with the weights given beside it."""
    keys = [k for k, _ in options]
    w = np.array([p for _, p in options], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _name(code: str, lang: str, rng: _Rng, *, alt: float = 0.2) -> str:
    """Return a country's name in ``lang`` (another usual name with probability ``alt``)."""
    entry = _COUNTRIES.get(code)
    if entry is None:
        return code
    names = entry[_LANG_SLOT[lang]]
    assert isinstance(names, tuple)
    if len(names) > 1 and rng.random() < alt:
        return choice(rng, names[1:])
    return names[0]


def _demonym(code: str, lang: str) -> str:
    """Return a country's demonym in ``lang`` (French feminine, Spanish masculine)."""
    entry = _COUNTRIES.get(code)
    if entry is None:
        return code
    value = entry[_LANG_SLOT[lang] + 1]
    assert isinstance(value, str)
    return value


def _fr_day(ts: pd.Timestamp) -> str:
    """``1er mars 2022``, ``3 mars 2022``."""
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _later(ts: pd.Timestamp, years: int) -> pd.Timestamp:
    """Return the same day ``years`` later (28 February for a 29 February)."""
    try:
        return ts.replace(year=ts.year + years)
    except ValueError:
        return ts.replace(year=ts.year + years, day=28)


def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes, seconds (rounded) of ``abs(value)`` and the value they give."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return int(deg), int(minutes), int(seconds), total / 3600


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (three decimals) of ``abs(value)`` and their value."""
    thousandths = round(abs(value) * 60_000)
    deg, rest = divmod(thousandths, 60_000)
    return int(deg), rest / 1000, thousandths / 60_000


def _signed(value: float, magnitude: float) -> float:
    return round(magnitude if value >= 0 else -magnitude, 6)


def _comma(value: float, decimals: int) -> str:
    """Write a number with a decimal comma."""
    return f"{value:.{decimals}f}".replace(".", ",")


# --------------------------------------------------------------------------------------
# Fields shared by the sources (each with the source's words)
# --------------------------------------------------------------------------------------
def _crime_and_exploitation(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    row: _Row,
    charges: dict[str, tuple[str, ...]],
) -> None:
    crime = str(ev["crime_type"])
    row.put("crime_type", choice(rng, charges[crime]), "legal_ref")
    form = ev["exploitation"]
    if form is None:
        words = _NO_EXPLOITATION[src.source]
        row.put("exploitation", words[int(rng.integers(len(words)))])
    else:
        row.put("exploitation", choice(rng, _EXPLOITATION[src.source][str(form)]))


def _persons(src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row) -> None:
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    number = src.format != "csv"
    if rng.random() < 0.025:
        row.put("n_persons", choice(rng, _PLACEHOLDER_COUNT[src.source]), "count_placeholder")
        row.exp["n_persons"] = None
    elif n >= 1000 and rng.random() < 0.75:
        row.put("n_persons", f"{n:,}".replace(",", _THOUSANDS[src.source]), "thousands_sep")
    else:
        row.put("n_persons", n if number else str(n))


def _suspects(src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row) -> None:
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    number = src.format != "csv"
    if rng.random() < 0.03:
        row.put("n_suspects", choice(rng, _PLACEHOLDER_COUNT[src.source]), "suspects_placeholder")
        row.exp["n_suspects"] = None
    elif k == 0 and rng.random() < 0.35:
        row.put("n_suspects", choice(rng, _ZERO_WORDS[src.source]), "zero_word")
    else:
        row.put("n_suspects", k if number else str(k))


def _people(src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row) -> None:
    """Sex and age group, singular words for a lone person, a few unknowns."""
    one = int(ev["n_persons"]) == 1  # type: ignore[call-overload]
    gender, age = str(ev["gender"]), str(ev["age_group"])
    if rng.random() < 0.012:
        row.put("gender", choice(rng, _GENDER_UNKNOWN[src.source]), "blank_gender")
        row.exp["gender"] = "unknown"
    else:
        single = _GENDER_ONE.get(src.source, {})
        words = single[gender] if one and gender in single else _GENDER[src.source][gender]
        row.put("gender", choice(rng, words))
    if rng.random() < 0.02:
        row.put("age_group", choice(rng, _AGE_UNKNOWN[src.source]), "na_word")
        row.exp["age_group"] = "unknown"
    else:
        single = _AGE_ONE.get(src.source, {})
        words = single[age] if one and age in single else _AGE[src.source][age]
        row.put("age_group", choice(rng, words))


def _transport(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, extra: _Words | None = None
) -> None:
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        row.put("transport_mode", choice(rng, _TRANSPORT_UNKNOWN[src.source]), "na_word")
        row.exp["transport_mode"] = "unknown"
        return
    words = _TRANSPORT[src.source][mode]
    if extra and mode in extra and rng.random() < 0.6:
        words = extra[mode]
    row.put("transport_mode", choice(rng, words))


def _linked(src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row) -> None:
    value = ev["linked_offences"]
    if value is None:
        row.put("linked_offences", None)
        return
    words = [choice(rng, _LINKED[src.source][o]) for o in str(value).split("|")]
    sep = choice(rng, _LINK_JOIN[src.source])
    if sep == " y " and len(words) > 2:  # "a, b y c"
        row.put("linked_offences", ", ".join(words[:-1]) + " y " + words[-1])
    else:
        row.put("linked_offences", sep.join(words))


def _transit(ev: dict[str, object], rng: _Rng, row: _Row, lang: str, seps: tuple[str, ...]) -> None:
    value = ev["transit_countries"]
    if value is None:
        row.put("transit_countries", None)
        return
    codes = str(value).split("|")
    names = [_name(c, lang, rng, alt=0.0) for c in codes]
    sep = choice(rng, seps)
    if sep == " y " and len(names) > 2:
        row.put("transit_countries", ", ".join(names[:-1]) + " y " + names[-1])
    else:
        row.put("transit_countries", sep.join(names))


# --------------------------------------------------------------------------------------
# Parquet de Gap (fr, cp1252, ;)
# --------------------------------------------------------------------------------------
def _gap_date(ts: pd.Timestamp, rng: _Rng, row: _Row, partial_ok: bool) -> None:
    r = rng.random()
    mois = _FR_MONTHS[ts.month - 1]
    if partial_ok and r < 0.05:
        cell = choice(
            rng, (f"{mois} {ts.year}", f"{ts.month:02d}/{ts.year}", f"courant {mois} {ts.year}")
        )
        row.put("event_date", cell, "month_only")
        row.exp["event_date"], row.exp["date_precision"] = _month_start(ts), "month"
    elif partial_ok and r < 0.075:
        q = (ts.month - 1) // 3 + 1
        cell = choice(
            rng, (f"{'1er' if q == 1 else f'{q}e'} trimestre {ts.year}", f"T{q} {ts.year}")
        )
        row.put("event_date", cell, "quarter")
        row.exp["event_date"], row.exp["date_precision"] = _quarter_start(ts), "quarter"
    else:
        style = _weighted(rng, (("dmy", 0.7), ("long", 0.15), ("dmy2", 0.15)))
        if style == "dmy":
            row.put("event_date", ts.strftime("%d/%m/%Y"))
        elif style == "long":
            row.put("event_date", _fr_day(ts), "month_name")
        else:
            row.put("event_date", ts.strftime("%d/%m/%y"), "two_digit_year")


def _gap_charges(ts: pd.Timestamp) -> dict[str, tuple[str, ...]]:
    # The CESEDA was recodified on 1 May 2021: L.622-1 / L.622-5 became L.823-1 / L.823-3.
    smug: tuple[str, ...]
    both: tuple[str, ...]
    if ts < pd.Timestamp("2021-05-01"):
        smug = (
            "Aide à l'entrée irrégulière d'un étranger (art. L.622-1 CESEDA)",
            "AIDE A L'ENTREE, A LA CIRCULATION OU AU SEJOUR IRREGULIERS D'UN ETRANGER",
            "Aide à l'entrée irrégulière en bande organisée (art. L.622-5 CESEDA)",
        )
        both = (
            "Traite des êtres humains (225-4-1 CP) et aide à l'entrée irrégulière (L.622-1 CESEDA)",
            "TEH + AIDE AU SEJOUR IRREGULIER D'UN ETRANGER",
        )
    else:
        smug = (
            "Aide à l'entrée irrégulière d'un étranger (art. L.823-1 CESEDA)",
            "AIDE A L'ENTREE, A LA CIRCULATION OU AU SEJOUR IRREGULIERS D'UN ETRANGER",
            "Aide à l'entrée et à la circulation irrégulières en bande organisée (L.823-3 CESEDA)",
            "Passeur - aide à l'entrée irrégulière (L.823-1 CESEDA)",
        )
        both = (
            "Traite des êtres humains (225-4-1 CP) et aide à l'entrée irrégulière (L.823-1 CESEDA)",
            "TEH + AIDE AU SEJOUR IRREGULIER D'UN ETRANGER",
            "Traite des êtres humains ; aide à l'entrée et à la circulation irrégulières",
        )
    traf = (
        "Traite des êtres humains (art. 225-4-1 C. pén.)",
        "TRAITE D'ETRE HUMAIN",
        "Traite des êtres humains aggravée (art. 225-4-2 CP)",
        "TEH en bande organisée (art. 225-4-3 CP)",
    )
    return {"smuggling": smug, "trafficking": traf, "both": both}


def _gap_country(code: str, rng: _Rng, *, nationality: bool) -> tuple[str, list[str]]:
    if nationality:
        style = _weighted(
            rng, (("dem", 0.5), ("name", 0.2), ("caps", 0.15), ("claimed", 0.08), ("moji", 0.07))
        )
        dem = _demonym(code, "fr")
        if style == "name":
            return _name(code, "fr", rng), ["country_name"]
        if style == "caps":
            return _caps(dem), ["caps"]
        if style == "claimed":
            return f"{dem} (se disant)", ["claimed_nationality"]
        if style == "moji":
            garbled = mojibake(dem)
            return (garbled, ["mojibake"]) if garbled else (dem, ["demonym"])
        return dem, ["demonym"]
    name = _name(code, "fr", rng)
    return (_caps(name), ["caps"]) if rng.random() < 0.15 else (name, [])


def _gap_coordinates(ev: dict[str, object], rng: _Rng, row: _Row) -> None:
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.04:
        row.put("coordinates", None, "coords_missing")
    elif r < 0.07:
        row.put("coordinates", "non géolocalisé", "coords_placeholder")
    elif r < 0.55:
        d1, m1, s1, v1 = _dms(lat)
        d2, m2, s2, v2 = _dms(lon)
        ns, eo = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        row.put("coordinates", f"{d1}°{m1:02d}'{s1:02d}\"{ns} {d2}°{m2:02d}'{s2:02d}\"{eo}", "dms")
        row.exp["lat"], row.exp["lon"] = _signed(lat, v1), _signed(lon, v2)
    elif r < 0.7:
        d1, mm1, v1 = _ddm(lat)
        d2, mm2, v2 = _ddm(lon)
        ns, eo = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
        cell = f"{ns} {d1}° {_comma(mm1, 3)}' {eo} {d2:03d}° {_comma(mm2, 3)}'"
        row.put("coordinates", cell, "ddm")
        row.exp["lat"], row.exp["lon"] = _signed(lat, v1), _signed(lon, v2)
    else:
        la, lo = round(lat, 5), round(lon, 5)
        row.put("coordinates", f"{_comma(la, 5)} / {_comma(lo, 5)}", "decimal_comma")
        row.exp["lat"], row.exp["lon"] = la, lo


def _render_gap(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    _gap_date(ts, rng, row, partial_ok)
    _crime_and_exploitation(src, ev, rng, row, _gap_charges(ts))
    _persons(src, ev, rng, row)
    _suspects(src, ev, rng, row)
    _people(src, ev, rng, row)
    nat, tags = _gap_country(str(ev["nationality"]), rng, nationality=True)
    row.put("nationality", nat, *tags)
    for col in ("origin_country", "destination_country", "detection_country"):
        text, tags = _gap_country(str(ev[col]), rng, nationality=False)
        row.put(col, text, *tags)
    _transit(ev, rng, row, "fr", (", ", " > ", " - "))
    _transport(src, ev, rng, row)
    _gap_coordinates(ev, rng, row)
    _linked(src, ev, rng, row)
    row.put("x_service", choice(rng, _GAP_SERVICES))


# --------------------------------------------------------------------------------------
# Tribunal de première instance francophone de Bruxelles (fr-BE, UTF-16, tab)
# --------------------------------------------------------------------------------------
_BRUXELLES_CHARGES: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "Trafic d'êtres humains (art. 77bis loi du 15.12.1980)",
        "Art. 77bis L. 15/12/1980 - trafic d'êtres humains",
        "TRAFIC D'ETRES HUMAINS - ART. 77BIS LOI 15.12.1980",
        "Trafic de migrants (art. 77bis loi 15.12.1980)",
    ),
    "trafficking": (
        "Traite des êtres humains (art. 433quinquies C. pén.)",
        "TEH - art. 433quinquies Cp",
        "Traite des êtres humains avec circonstances aggravantes (art. 433septies C.p.)",
    ),
    "both": (
        "Traite (art. 433quinquies C.p.) et trafic (art. 77bis L. 15.12.1980) d'êtres humains",
        "TEH + trafic d'êtres humains (433quinquies Cp / 77bis loi 1980)",
    ),
}


def _render_bruxelles(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    mois = _FR_MONTHS[ts.month - 1]
    if partial_ok and rng.random() < 0.06:
        cell = choice(
            rng, (f"{ts.month:02d}/{ts.year}", f"{mois} {ts.year}", f"courant {mois} {ts.year}")
        )
        row.put("event_date", cell, "month_only")
        row.exp["event_date"], row.exp["date_precision"] = _month_start(ts), "month"
    else:
        style = _weighted(rng, (("slash", 0.6), ("dash", 0.2), ("dot2", 0.2)))
        fmt = {"slash": "%d/%m/%Y", "dash": "%d-%m-%Y", "dot2": "%d.%m.%y"}[style]
        row.put("event_date", ts.strftime(fmt), *(["two_digit_year"] if style == "dot2" else []))
    _crime_and_exploitation(src, ev, rng, row, _BRUXELLES_CHARGES)
    _persons(src, ev, rng, row)
    _suspects(src, ev, rng, row)
    _people(src, ev, rng, row)
    code = str(ev["nationality"])
    style = _weighted(rng, (("name", 0.5), ("dem", 0.3), ("iso2", 0.2)))
    if style == "iso2":
        row.put("nationality", iso_codes(code)[0], "iso2")
    elif style == "dem":
        # Belgian registers write the masculine form: drop the feminine ending.
        row.put("nationality", _masculine_fr(_demonym(code, "fr")), "demonym")
    else:
        row.put("nationality", _name(code, "fr", rng), "country_name")
    row.put("origin_country", _name(str(ev["origin_country"]), "fr", rng))
    row.put("destination_country", _name(str(ev["destination_country"]), "fr", rng, alt=0.3))
    det = str(ev["detection_country"])
    if rng.random() < 0.25:
        two = iso_codes(det)[0]
        row.put("detection_country", "UK" if two == "GB" and rng.random() < 0.5 else two, "iso2")
    else:
        row.put("detection_country", _name(det, "fr", rng, alt=0.0))
    _transit(ev, rng, row, "fr", (" / ", ", "))
    _transport(src, ev, rng, row)
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.05:
        row.put("lat", None, "coords_missing")
        row.put("lon", None)
    elif r < 0.08:
        row.put("lat", "n.d.", "coords_placeholder")
        row.put("lon", "n.d.")
    else:
        la, lo = round(lat, 5), round(lon, 5)
        row.put("lat", _comma(la, 5), "decimal_comma")
        row.put("lon", _comma(lo, 5))
        row.exp["lat"], row.exp["lon"] = la, lo
    _linked(src, ev, rng, row)


_FR_MASCULINE = {
    "afghane": "afghan",
    "albanaise": "albanais",
    "algérienne": "algérien",
    "bangladaise": "bangladais",
    "camerounaise": "camerounais",
    "chinoise": "chinois",
    "colombienne": "colombien",
    "égyptienne": "égyptien",
    "érythréenne": "érythréen",
    "équatorienne": "équatorien",
    "gambienne": "gambien",
    "guinéenne": "guinéen",
    "guatémaltèque": "guatémaltèque",
    "haïtienne": "haïtien",
    "hondurienne": "hondurien",
    "iranienne": "iranien",
    "irakienne": "irakien",
    "ivoirienne": "ivoirien",
    "malienne": "malien",
    "marocaine": "marocain",
    "mexicaine": "mexicain",
    "nigériane": "nigérian",
    "pakistanaise": "pakistanais",
    "roumaine": "roumain",
    "sénégalaise": "sénégalais",
    "syrienne": "syrien",
    "tunisienne": "tunisien",
    "vénézuélienne": "vénézuélien",
    "vietnamienne": "vietnamien",
}


def _masculine_fr(demonym: str) -> str:
    """Return the masculine form of a French demonym (``marocaine`` -> ``marocain``)."""
    return _FR_MASCULINE.get(demonym, demonym)


# --------------------------------------------------------------------------------------
# Ministère public genevois (fr-CH, XLSX)
# --------------------------------------------------------------------------------------
_GENEVE_CHARGES: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "Incitation à l'entrée, à la sortie ou au séjour illégaux (art. 116 LEI)",
        "Art. 116 al. 3 LEI - trafic de migrants en bande",
        "Trafic de migrants (art. 116 LEI)",
    ),
    "trafficking": (
        "Traite d'êtres humains (art. 182 CP)",
        "Art. 182 CP - traite d'êtres humains",
        "TEH (art. 182 CP)",
    ),
    "both": (
        "Traite d'êtres humains (art. 182 CP) et incitation à l'entrée illégale (art. 116 LEI)",
        "Art. 182 CP / art. 116 LEI",
    ),
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _geneve_date(ts: pd.Timestamp, rng: _Rng, row: _Row, partial_ok: bool) -> None:
    r = rng.random()
    if partial_ok and r < 0.05:
        cell = choice(rng, (f"{ts.month:02d}.{ts.year}", f"{_FR_MONTHS[ts.month - 1]} {ts.year}"))
        row.put("event_date", cell, "month_only")
        row.exp["event_date"], row.exp["date_precision"] = _month_start(ts), "month"
    elif partial_ok and r < 0.08:
        q = (ts.month - 1) // 3 + 1
        cell = choice(
            rng, (f"{'1er' if q == 1 else f'{q}e'} trimestre {ts.year}", f"T{q} {ts.year}")
        )
        row.put("event_date", cell, "quarter")
        row.exp["event_date"], row.exp["date_precision"] = _quarter_start(ts), "quarter"
    else:
        style = _weighted(rng, (("excel", 0.55), ("dot", 0.25), ("serial", 0.1), ("long", 0.1)))
        if style == "excel":
            row.put("event_date", ts.to_pydatetime(), "excel_date")
        elif style == "dot":
            row.put("event_date", ts.strftime("%d.%m.%Y"), "swiss_date")
        elif style == "serial":
            row.put("event_date", int((ts - _EXCEL_EPOCH).days), "excel_serial")
        else:
            row.put("event_date", _fr_day(ts), "month_name")


def _render_geneve(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    _geneve_date(ts, rng, row, partial_ok)
    _crime_and_exploitation(src, ev, rng, row, _GENEVE_CHARGES)
    _persons(src, ev, rng, row)
    _suspects(src, ev, rng, row)
    _people(src, ev, rng, row)
    code = str(ev["nationality"])
    style = _weighted(rng, (("dem", 0.5), ("name", 0.3), ("iso3", 0.2)))
    if style == "iso3":
        row.put("nationality", code, "iso3")
    elif style == "name":
        row.put("nationality", _name(code, "fr", rng), "country_name")
    else:
        row.put("nationality", _demonym(code, "fr"), "demonym")
    origin = str(ev["origin_country"])
    row.put("origin_country", origin if rng.random() < 0.2 else _name(origin, "fr", rng))
    row.put("destination_country", _name(str(ev["destination_country"]), "fr", rng))
    row.put("detection_country", _name(str(ev["detection_country"]), "fr", rng))
    if ev["transit_countries"] is not None and rng.random() < 0.4:
        row.put("transit_countries", str(ev["transit_countries"]).replace("|", "-"), "iso3")
    else:
        _transit(ev, rng, row, "fr", (", ",))
    _transport(src, ev, rng, row)
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    if r < 0.05:
        row.put("lat", None, "coords_missing")
        row.put("lon", None)
    elif r < 0.07:
        row.put("lat", "inconnu", "coords_placeholder")
        row.put("lon", "inconnu")
    else:
        la, lo = round(lat, 5), round(lon, 5)
        row.put("lat", la)
        row.put("lon", lo)
        row.exp["lat"], row.exp["lon"] = la, lo
    _linked(src, ev, rng, row)
    det = str(ev["detection_country"])
    row.put(
        "x_authority", choice(rng, _GENEVE_AUTHORITY.get(det, ("Office fédéral de la justice",)))
    )


# --------------------------------------------------------------------------------------
# Tribunal Supremo, Sala Segunda (es, latin-1, |)
# --------------------------------------------------------------------------------------
_SUPREMO_CHARGES: dict[str, tuple[str, ...]] = {
    "smuggling": (
        "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
        "318 bis CP - inmigración ilegal",
        "Favorecimiento de la inmigración ilegal (art. 318 bis.1 CP)",
        "Contra los derechos de los ciudadanos extranjeros",
    ),
    "trafficking": (
        "Trata de seres humanos (art. 177 bis CP)",
        "TSH - art. 177 bis CP",
        "Trata de seres humanos",
    ),
    "both": (
        "Trata de seres humanos (177 bis) y contra los derechos de los ciudadanos extranjeros "
        "(318 bis)",
        "177 bis + 318 bis CP",
    ),
}
_SUPREMO_TRANSPORT_BY_SPOT: dict[str, _Words] = {
    "Gran Canaria": {"sea": ("cayuco", "neumática")},
    "Tenerife": {"sea": ("cayuco",)},
    "El Hierro": {"sea": ("cayuco",)},
    "Lanzarote": {"sea": ("neumática", "patera")},
    "Ceuta": {
        "sea": ("moto acuática", "a nado hasta la playa del Tarajal"),
        "land": ("salto de la valla",),
    },
    "Melilla": {"land": ("salto de la valla", "vehículo (dobles fondos)")},
    "Almería": {"sea": ("patera",)},
    "Huelva": {"sea": ("patera",)},
}


def _supremo_date(ts: pd.Timestamp, rng: _Rng, row: _Row, partial_ok: bool) -> None:
    r = rng.random()
    mes = _ES_MONTHS[ts.month - 1]
    if partial_ok and r < 0.05:
        cell = choice(
            rng,
            (
                f"{mes} de {ts.year}",
                f"{ts.month:02d}/{ts.year}",
                f"en fecha indeterminada de {mes} de {ts.year}",
            ),
        )
        row.put("event_date", cell, "month_only")
        row.exp["event_date"], row.exp["date_precision"] = _month_start(ts), "month"
    elif partial_ok and r < 0.075:
        q = (ts.month - 1) // 3 + 1
        ordinal = ("primer", "segundo", "tercer", "cuarto")[q - 1]
        cell = choice(rng, (f"{q}T {ts.year}", f"{ordinal} trimestre de {ts.year}"))
        row.put("event_date", cell, "quarter")
        row.exp["event_date"], row.exp["date_precision"] = _quarter_start(ts), "quarter"
    else:
        style = _weighted(rng, (("slash", 0.6), ("dash", 0.15), ("long", 0.25)))
        if style == "slash":
            row.put("event_date", ts.strftime("%d/%m/%Y"))
        elif style == "dash":
            row.put("event_date", f"{ts.day}-{ts.month}-{ts.year}")
        else:
            row.put("event_date", f"{ts.day} de {mes} de {ts.year}", "month_name")


def _supremo_coordinates(ev: dict[str, object], rng: _Rng, row: _Row) -> None:
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    ns, eo = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "O")
    r = rng.random()
    if r < 0.04:
        row.put("coordinates", None, "coords_missing")
    elif r < 0.07:
        row.put("coordinates", "sin coordenadas", "coords_placeholder")
    elif r < 0.55:
        d1, m1, s1, v1 = _dms(lat)
        d2, m2, s2, v2 = _dms(lon)
        cell = f"{d1}º {m1:02d}' {s1:02d}'' {ns}, {d2}º {m2:02d}' {s2:02d}'' {eo}"
        row.put("coordinates", cell, "dms")
        row.exp["lat"], row.exp["lon"] = _signed(lat, v1), _signed(lon, v2)
    elif r < 0.75:
        d1, mm1, v1 = _ddm(lat)
        d2, mm2, v2 = _ddm(lon)
        cell = f"{ns} {d1}º {_comma(mm1, 3)}' {eo} {d2:03d}º {_comma(mm2, 3)}'"
        row.put("coordinates", cell, "ddm")
        row.exp["lat"], row.exp["lon"] = _signed(lat, v1), _signed(lon, v2)
    else:
        la, lo = round(lat, 5), round(lon, 5)
        row.put("coordinates", f"{la:.5f}, {lo:.5f}", "decimal")
        row.exp["lat"], row.exp["lon"] = la, lo


def _supremo_country(code: str, rng: _Rng, *, nationality: bool) -> tuple[str, list[str]]:
    if nationality:
        style = _weighted(rng, (("dem", 0.55), ("name", 0.2), ("caps", 0.15), ("moji", 0.1)))
        dem = _demonym(code, "es")
        if style == "name":
            return _name(code, "es", rng), ["country_name"]
        if style == "caps":
            return _caps(dem), ["caps"]
        if style == "moji":
            garbled = mojibake(dem)
            if garbled is not None and _latin1(garbled):
                return garbled, ["mojibake"]
        return dem, ["demonym"]
    name = _name(code, "es", rng)
    return (_caps(name), ["caps"]) if rng.random() < 0.1 else (name, [])


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _render_supremo(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    _supremo_date(ts, rng, row, partial_ok)
    _crime_and_exploitation(src, ev, rng, row, _SUPREMO_CHARGES)
    _persons(src, ev, rng, row)
    _suspects(src, ev, rng, row)
    _people(src, ev, rng, row)
    nat, tags = _supremo_country(str(ev["nationality"]), rng, nationality=True)
    row.put("nationality", nat, *tags)
    for col in ("origin_country", "destination_country", "detection_country"):
        text, tags = _supremo_country(str(ev[col]), rng, nationality=False)
        row.put(col, text, *tags)
    _transit(ev, rng, row, "es", (", ", " y ", " - "))
    spot = str(ev.get("hotspot") or "")
    _transport(src, ev, rng, row, _SUPREMO_TRANSPORT_BY_SPOT.get(spot))
    _supremo_coordinates(ev, rng, row)
    _linked(src, ev, rng, row)
    row.put("x_court", _SUPREMO_COURT.get(spot, "AP Madrid, Sección 15.ª"))


# --------------------------------------------------------------------------------------
# US DOJ OPDAT (en, JSON lines)
# --------------------------------------------------------------------------------------
def _opdat_charges(ev: dict[str, object]) -> dict[str, tuple[str, ...]]:
    us = ev["detection_country"] == "USA"
    form = ev["exploitation"]
    if us:
        smug: tuple[str, ...] = (
            "8 U.S.C. § 1324 - Alien Smuggling",
            "Bringing in and harboring certain aliens (8 USC 1324)",
            "8 USC 1324(a)(1)(A)(ii) - transportation of illegal aliens",
            "Human smuggling",
        )
        if form == "sexual":
            traf: tuple[str, ...] = ("18 U.S.C. § 1591 - Sex Trafficking", "Human trafficking")
        elif form == "forced_labour":
            traf = ("18 U.S.C. § 1589 - Forced Labor", "Human trafficking")
        else:
            traf = ("Human trafficking (TVPA)", "Trafficking in persons")
        both: tuple[str, ...] = (
            "Alien smuggling (8 USC 1324) and human trafficking",
            "Human smuggling + TIP",
        )
    else:
        smug = (
            "Migrant smuggling",
            "Smuggling of migrants (host-nation charge)",
            "Human smuggling",
        )
        traf = ("Trafficking in persons (TIP)", "Human trafficking")
        both = ("Migrant smuggling and trafficking in persons", "Human smuggling + TIP")
    return {"smuggling": smug, "trafficking": traf, "both": both}


def _opdat_date(ts: pd.Timestamp, rng: _Rng, row: _Row, partial_ok: bool) -> None:
    r = rng.random()
    if partial_ok and r < 0.05:
        cell = choice(rng, (f"{MONTHS[ts.month - 1]} {ts.year}", f"{ts.year}-{ts.month:02d}"))
        row.put("event_date", cell, "month_only")
        row.exp["event_date"], row.exp["date_precision"] = _month_start(ts), "month"
    elif partial_ok and r < 0.08:
        q = (ts.month - 1) // 3 + 1
        row.put("event_date", choice(rng, (f"Q{q} {ts.year}", f"{ts.year}-Q{q}")), "quarter")
        row.exp["event_date"], row.exp["date_precision"] = _quarter_start(ts), "quarter"
    else:
        style = _weighted(rng, (("us", 0.6), ("iso", 0.25), ("long", 0.15)))
        if style == "us":
            row.put("event_date", ts.strftime("%m/%d/%Y"), "month_first")
        elif style == "iso":
            row.put("event_date", ts.strftime("%Y-%m-%d"))
        else:
            row.put("event_date", f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", "month_name")


def _opdat_country(code: str, rng: _Rng, *, nationality: bool) -> tuple[str, list[str]]:
    if nationality:
        style = _weighted(rng, (("name", 0.35), ("dem", 0.35), ("iso3", 0.2), ("iso2", 0.1)))
    else:
        style = _weighted(rng, (("name", 0.8), ("iso3", 0.15), ("iso2", 0.05)))
    if style == "dem":
        return _demonym(code, "en"), ["demonym"]
    if style == "iso3":
        return code, ["iso3"]
    if style == "iso2":
        return iso_codes(code)[0], ["iso2"]
    return _name(code, "en", rng), []


def _opdat_coordinates(ev: dict[str, object], rng: _Rng, row: _Row) -> None:
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    r = rng.random()
    if r < 0.05:
        row.put("coordinates", None, "coords_missing")
    elif r < 0.07:
        row.put("coordinates", "not geolocated", "coords_placeholder")
    elif r < 0.55:
        la, lo = round(lat, 5), round(lon, 5)
        row.put("coordinates", f"{la:.5f}, {lo:.5f}", "decimal")
        row.exp["lat"], row.exp["lon"] = la, lo
    elif r < 0.8:
        la, lo = round(abs(lat), 4), round(abs(lon), 4)
        row.put("coordinates", f"{la:.4f}{ns} {lo:.4f}{ew}", "hemisphere")
        row.exp["lat"], row.exp["lon"] = _signed(lat, la), _signed(lon, lo)
    else:
        d1, m1, s1, v1 = _dms(lat)
        d2, m2, s2, v2 = _dms(lon)
        row.put("coordinates", f"{d1}°{m1:02d}'{s1:02d}\"{ns} {d2}°{m2:02d}'{s2:02d}\"{ew}", "dms")
        row.exp["lat"], row.exp["lon"] = _signed(lat, v1), _signed(lon, v2)


def _render_opdat(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, row: _Row, partial_ok: bool
) -> None:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    _opdat_date(ts, rng, row, partial_ok)
    _crime_and_exploitation(src, ev, rng, row, _opdat_charges(ev))
    _persons(src, ev, rng, row)
    _suspects(src, ev, rng, row)
    _people(src, ev, rng, row)
    if ev["detection_country"] == "USA" and row.exp["age_group"] == "child" and rng.random() < 0.5:
        row.put("age_group", "UAC", "uac")  # unaccompanied alien child
    nat, tags = _opdat_country(str(ev["nationality"]), rng, nationality=True)
    row.put("nationality", nat, *tags)
    for col in ("origin_country", "destination_country"):
        text, tags = _opdat_country(str(ev[col]), rng, nationality=False)
        row.put(col, text, *tags)
    det = str(ev["detection_country"])
    if det == "PAN" and rng.random() < 0.2:
        row.put("detection_country", "Republic of Panama")
    else:
        text, tags = _opdat_country(det, rng, nationality=False)
        row.put("detection_country", text, *tags)
    _transit(ev, rng, row, "en", (", ", " > ", "; "))
    extra: _Words | None = None
    if ev["corridor"] == "darien":
        extra = {"land": ("on foot (jungle trail)", "on foot")}
    _transport(src, ev, rng, row, extra)
    _opdat_coordinates(ev, rng, row)
    _linked(src, ev, rng, row)
    row.put("x_status", choice(rng, _OPDAT_STATUS))


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_Style = Callable[[ExaminerSource, dict[str, object], _Rng, _Row, bool], None]
_STYLES: dict[str, _Style] = {
    GAP: _render_gap,
    BRUXELLES: _render_bruxelles,
    GENEVE: _render_geneve,
    SUPREMO: _render_supremo,
    OPDAT: _render_opdat,
}


def _blank(src: ExaminerSource, row: _Row, field: str) -> None:
    """Leave ``field`` blank, as a second report may; the truth then expects nothing."""
    if field == "coordinates":
        if "coordinates" in src.headers:
            row.cells["coordinates"] = None
        else:
            row.cells["lat"] = row.cells["lon"] = None
        row.exp["lat"] = row.exp["lon"] = None
    else:
        row.cells[field] = None
        row.exp[field] = "unknown" if field == "gender" else None
    row.tags[field] = [f"blank_{field}"]


def _fit(src: ExaminerSource, row: _Row) -> None:
    """Write a text the file's encoding cannot hold without its accents (same meaning)."""
    for key, cell in row.cells.items():
        if isinstance(cell, str) and not fits(cell, src):
            plain = _strip_accents(cell)
            row.cells[key] = plain if fits(plain, src) else plain.encode("ascii", "ignore").decode()


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    row = _Row(ev)
    _STYLES[src.source](src, ev, rng, row, partial_ok)
    if forced_blank is not None:
        _blank(src, row, forced_blank)
    _fit(src, row)
    return row.cells, row.exp, row.flat_tags()


def _day_text(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a day in the source's usual way (an Excel date in the workbook)."""
    if src.source == GENEVE:
        return ts.to_pydatetime()
    if src.source == OPDAT:
        return ts.strftime("%m/%d/%Y")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of the year's tens digit
        return _day_text(src, _later(ts, 10))
    y = ts.year
    impossible = {
        GAP: (f"30/02/{y}", f"31/04/{y}"),
        BRUXELLES: (f"31-02-{y}", f"31/06/{y}"),
        GENEVE: (f"31.02.{y}", f"31.09.{y}"),
        SUPREMO: (f"31/02/{y}", f"30 de febrero de {y}"),
        OPDAT: (f"02/30/{y}", f"{y}-02-30"),
    }
    return choice(rng, impossible[src.source])


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of a note row: the day of the extraction (the source's last day)."""
    return _day_text(src, last)


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND96_SOURCES,
    primary={
        "ITA": GAP,
        "FRA": BRUXELLES,
        "GBR": BRUXELLES,
        "GRC": GENEVE,
        "HRV": GENEVE,
        "POL": GENEVE,
        "ESP": SUPREMO,
        "USA": OPDAT,
        "PAN": OPDAT,
    },
    compilation=OPDAT,
    secondary={
        ("cmed", "ITA"): GENEVE,
        ("thb_nga_ita", "ITA"): BRUXELLES,
        ("thb_rou_esp", "ITA"): SUPREMO,
        ("emed", "GRC"): OPDAT,
        ("wbal", "HRV"): GAP,
        ("channel", "FRA"): GAP,
        ("wmed", "ESP"): BRUXELLES,
        ("thb_rou_esp", "ESP"): GENEVE,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=9696,
    blank_share=0.4,
)


def make_blind96(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind96`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``parquet_gap_ct.csv`` (French, cp1252, ``;``), ``tpi_bruxelles_ct.csv``
        (Belgian French, UTF-16, tab), ``mp_geneve_ct.xlsx`` (Swiss French),
        ``ts_sala_penal_ct.csv`` (Spanish, latin-1, ``|``) and ``opdat_ct.jsonl``
        (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind96(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['parquet_gap_ct.csv', 'tpi_bruxelles_ct.csv', 'mp_geneve_ct.xlsx',
     'ts_sala_penal_ct.csv', 'opdat_ct.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
