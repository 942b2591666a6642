"""Seventieth examiner's held-out sample set (variant ``"blind70"``, files ``*_bt.*``).

Five liaison sources of the overseas French territories, the Indian Ocean and the
Pacific, each relaying the incidents that reach its desk through police cooperation
channels, written the way the agency writes its own returns. None of the wording below
was taken from the cleaner or from another examiner's set.

``dzpaf_soi_reunion_bt.csv``
    Direction zonale de la police aux frontières Sud océan Indien (La Réunion).
    French, **cp1252**, ``;``, CRLF. A "fiche de signalement" export of the liaison cell
    (detection countries France, Greece, Croatia). Headers with abbreviations and units
    (``N° procédure``, ``Nb MEC``, ``Maj./Min.``, ``Lat. (°)``). Dates day-first
    ``14/03/2022``, ``14/03/22``, ``1er mars 2022`` / ``lundi 14 mars 2022``, with the
    hour (``14/03/2022 à 05h40``); partial dates ``mars 2022``, ``03/2022``,
    ``T1 2022``, ``1er trimestre 2022``. Crime type as the legal qualification with its
    article (``art. 225-4-1 C. pén.`` for trafficking, ``L.823-1 CESEDA`` for aiding
    irregular entry), or the short ``TEH``; "sans objet" in the exploitation column of
    smuggling rows. Nationalities as capitalised feminine demonyms (``AFGHANE``),
    French names or ISO codes; place of detection as ``Lesbos (Grèce)`` or a country.
    Counts with a (no-break) space as thousands separator, ``n.c.`` / ``NR`` for an
    unknown count, ``néant`` for no suspect. Latitude and longitude in two columns with
    decimal commas, some written in degrees, minutes and seconds. Transit as
    ``Turquie > Bulgarie > Serbie``. Re-sends a few rows. Note row and ``TOTAL
    GÉNÉRAL``.
``comgend_nc_bt.jsonl``
    Gendarmerie nationale, COMGEND Nouvelle-Calédonie (SR Nouméa, cellule coopération).
    French, UTF-8 JSON lines (detection country Italy). Snake-case keys of an LRPGN
    extract (``date_faits``, ``libelle_infraction``, ``nb_mis_en_cause``). Upper-case,
    unaccented offence labels (``AIDE A L'ENTREE IRREGULIERE D'UN ETRANGER``). ISO
    dates, some with a time, a few French ``14/03/2022``; partial ``2022-03``,
    ``2022-T1`` and ``T1 2022``. Counts as JSON numbers or strings; ``NC`` for an
    unknown count, ``aucun`` for no suspect. Nationalities as ISO alpha-3 codes or
    French names. One ``position`` field in degrees and decimal minutes with decimal
    commas (``N 35°30,123' E 012°36,456'``), a few in plain decimal degrees.
``spf_seychelles_tip_bt.xlsx``
    Seychelles Police Force, Trafficking in Persons Unit.
    English, XLSX (detection countries United Kingdom, Poland). Occurrence-book numbers
    (``OB 123/22``). Real Excel dates, some left as serial numbers, some typed as text
    (``14th March 2022``, ``14-Mar-22``, ``14.03.2022``); partial ``Mar 2022``,
    ``Q1 2022``. Offence with its Act (``PTIP Act 2014``), ``N/A`` exploitation for
    smuggling. Counts as numbers or ``1,250``; ``unk.`` / ``not known``; ``nil`` for
    no suspect. Demonyms (``Afghan``), names or codes. Latitude / longitude as numbers,
    a few typed with a hemisphere letter (``51.1234N``, ``1.3456E``). A ``Remarks``
    column, mostly empty.
``tonga_police_tcu_bt.csv``
    Tonga Police, Transnational Crime Unit (PTCN return).
    English, **UTF-16** (BOM), tab-separated (detection country United States).
    References ``TCU/TO/2022/012``. Dates day-first ``14/03/2022``, ``14 Mar 2022``,
    ``Mon 14/03/2022``, ISO; partial ``Mar-2022``, ``March 2022``, ``Q1/2022``, ``1st
    qtr 2022``. Offence with ``CTTOC Act 2013``. Counts ``1,250``; ``unknown`` / ``not
    stated``. Nationality as ISO alpha-3 or English name. One ``GPS (lat, long)``
    column, decimal (``31.33421, -110.94532``) or with hemispheres (``31.33421N
    110.94532W``). No linked-offence column. Re-sends a few rows.
``sermig_chile_bt.csv``
    Servicio Nacional de Migraciones de Chile (SERMIG), Unidad de Análisis.
    Spanish, **UTF-8 with BOM**, ``|`` (detection countries Spain, Panama). Folio
    numbers (``SERMIG-DF-2022-000123``). Dates Chilean day-first with hyphens
    ``14-03-2022``, also ``14/03/2022``, ``14 de marzo de 2022``, ``14-mar-2022``, ISO;
    partial ``marzo de 2022``, ``mar-2022``, ``I trimestre 2022``, ``1er trimestre
    2022``. Crime type by Ley 20.507 article (``art. 411 bis`` smuggling, ``art. 411
    quáter`` trafficking). Counts with ``.`` thousands (``1.250``), ``s/i`` / ``sin
    dato``; ``ninguno`` for no suspect. Nationalities as Spanish demonyms
    (``venezolana``), names or codes, a few garbled UTF-8 read as cp1252 (``HaitÃ­``).
    ``NNA`` for minors. Latitude / longitude with decimal commas, some in DMS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND70_SOURCES", "make_blind70"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An examiner source plus the key of its own way of writing cells."""

    style: str = ""


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_REUNION = _Source(
    source="dzpaf_soi_reunion",
    filename="dzpaf_soi_reunion_bt.csv",
    ref="DZPAF974-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "event_date": "Date des faits (jj/mm/aaaa)",
        "crime_type": "Qualification (texte visé)",
        "exploitation": "Finalité d'exploitation (TEH)",
        "n_persons": "Nb pers. (victimes / migrants)",
        "n_suspects": "Nb MEC",
        "gender": "Sexe (H/F)",
        "age_group": "Maj./Min.",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Lieu de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Vecteur",
        "lat": "Lat. (°)",
        "lon": "Long. (°)",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction provisoire cellule veille filières – données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "quelques-uns", "nombreux"),
    repeats=True,
    style="reunion",
)
_CALEDONIA = _Source(
    source="comgend_nc",
    filename="comgend_nc_bt.jsonl",
    ref="NC-SR-{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "num_procedure",
        "event_date": "date_faits",
        "crime_type": "libelle_infraction",
        "exploitation": "finalite",
        "n_persons": "nb_victimes_migrants",
        "n_suspects": "nb_mis_en_cause",
        "gender": "sexe",
        "age_group": "tranche_age",
        "nationality": "nationalite",
        "origin_country": "pays_provenance",
        "destination_country": "pays_destination",
        "detection_country": "pays_interception",
        "transit_countries": "itineraire_transit",
        "transport_mode": "mode_transport",
        "coordinates": "position",
        "linked_offences": "infractions_liees",
    },
    note="EXPORT LRPGN - LOT PROVISOIRE",
    total="TOTAL",
    bad_count=("PLUSIEURS", "QUELQUES-UNS"),
    repeats=False,
    style="caledonia",
)
_SEYCHELLES = _Source(
    source="spf_seychelles_tip",
    filename="spf_seychelles_tip_bt.xlsx",
    ref="OB {seq}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "OB No.",
        "event_date": "Date of Occurrence",
        "crime_type": "Offence",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Suspects",
        "gender": "Sex (M/F/Mixed)",
        "age_group": "Age Cat.",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Route",
        "transport_mode": "Mode of Transport",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Linked Offences",
        "remarks": "Remarks",
    },
    note="Source: SPF TIP Unit returns - figures subject to revision",
    total="Grand Total",
    bad_count=("several", "a few", "#VALUE!"),
    repeats=False,
    style="seychelles",
)
_TONGA = _Source(
    source="tonga_police_tcu",
    filename="tonga_police_tcu_bt.csv",
    ref="TCU/TO/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "TCU Ref",
        "event_date": "Incident date",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "Persons (no.)",
        "n_suspects": "Suspects (no.)",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality (ISO)",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "detection_country": "Detected in",
        "transit_countries": "Transit",
        "transport_mode": "Conveyance",
        "coordinates": "GPS (lat, long)",
    },
    note="PTCN return - provisional, not for onward dissemination",
    total="TOTAL",
    bad_count=("several", "numerous", "a number of"),
    repeats=True,
    style="tonga",
)
_CHILE = _Source(
    source="sermig_chile",
    filename="sermig_chile_bt.csv",
    ref="SERMIG-DF-{year}-{seq:06d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "N° Folio",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito (Ley 20.507)",
        "exploitation": "Fin de explotación",
        "n_persons": "N° personas",
        "n_suspects": "N° imputados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a validación",
    total="Total general",
    bad_count=("varios", "algunos", "numerosos"),
    repeats=False,
    style="chile",
)

#: The five sources of the set, in the order their submissions are returned.
BLIND70_SOURCES: tuple[_Source, ...] = (_REUNION, _CALEDONIA, _SEYCHELLES, _TONGA, _CHILE)

_PRIMARY = {
    "FRA": _REUNION.source,
    "GRC": _REUNION.source,
    "HRV": _REUNION.source,
    "ITA": _CALEDONIA.source,
    "GBR": _SEYCHELLES.source,
    "POL": _SEYCHELLES.source,
    "USA": _TONGA.source,
    "ESP": _CHILE.source,
    "PAN": _CHILE.source,
}
_SECONDARY = {
    ("channel", "FRA"): _SEYCHELLES.source,
    ("channel", "GBR"): _REUNION.source,
    ("cmed", "ITA"): _REUNION.source,
    ("emed", "GRC"): _CALEDONIA.source,
    ("wbal", "HRV"): _SEYCHELLES.source,
    ("blr_pol", "POL"): _REUNION.source,
    ("thb_vnm_gbr", "GBR"): _CALEDONIA.source,
    ("thb_nga_ita", "ITA"): _SEYCHELLES.source,
    ("us_mex", "USA"): _CHILE.source,
    ("darien", "PAN"): _TONGA.source,
    ("watl", "ESP"): _REUNION.source,
    ("wmed", "ESP"): _CALEDONIA.source,
    ("thb_rou_esp", "ESP"): _CALEDONIA.source,
    ("thb_rou_esp", "ITA"): _CHILE.source,
}

# --------------------------------------------------------------------------------------
# Wording tables
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (French name, French demonym (f.), Spanish name, Spanish demonym (f.),
#: English name, English demonym).
_COUNTRIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "afghane", "Afganistán", "afgana", "Afghanistan", "Afghan"),
    "ALB": ("Albanie", "albanaise", "Albania", "albanesa", "Albania", "Albanian"),
    "AUT": ("Autriche", "autrichienne", "Austria", "austriaca", "Austria", "Austrian"),
    "BGD": ("Bangladesh", "bangladaise", "Bangladés", "bangladesí", "Bangladesh", "Bangladeshi"),
    "BGR": ("Bulgarie", "bulgare", "Bulgaria", "búlgara", "Bulgaria", "Bulgarian"),
    "BIH": (
        "Bosnie-Herzégovine",
        "bosnienne",
        "Bosnia y Herzegovina",
        "bosnia",
        "Bosnia and Herzegovina",
        "Bosnian",
    ),
    "BLR": ("Biélorussie", "biélorusse", "Bielorrusia", "bielorrusa", "Belarus", "Belarusian"),
    "CHN": ("Chine", "chinoise", "China", "china", "China", "Chinese"),
    "CIV": (
        "Côte d'Ivoire",
        "ivoirienne",
        "Costa de Marfil",
        "marfileña",
        "Ivory Coast",
        "Ivorian",
    ),
    "CMR": ("Cameroun", "camerounaise", "Camerún", "camerunesa", "Cameroon", "Cameroonian"),
    "COL": ("Colombie", "colombienne", "Colombia", "colombiana", "Colombia", "Colombian"),
    "DEU": ("Allemagne", "allemande", "Alemania", "alemana", "Germany", "German"),
    "DZA": ("Algérie", "algérienne", "Argelia", "argelina", "Algeria", "Algerian"),
    "ECU": ("Équateur", "équatorienne", "Ecuador", "ecuatoriana", "Ecuador", "Ecuadorian"),
    "EGY": ("Égypte", "égyptienne", "Egipto", "egipcia", "Egypt", "Egyptian"),
    "ERI": ("Érythrée", "érythréenne", "Eritrea", "eritrea", "Eritrea", "Eritrean"),
    "ESP": ("Espagne", "espagnole", "España", "española", "Spain", "Spanish"),
    "FRA": ("France", "française", "Francia", "francesa", "France", "French"),
    "GBR": ("Royaume-Uni", "britannique", "Reino Unido", "británica", "United Kingdom", "British"),
    "GIN": ("Guinée", "guinéenne", "Guinea", "guineana", "Guinea", "Guinean"),
    "GMB": ("Gambie", "gambienne", "Gambia", "gambiana", "The Gambia", "Gambian"),
    "GRC": ("Grèce", "grecque", "Grecia", "griega", "Greece", "Greek"),
    "GTM": ("Guatemala", "guatémaltèque", "Guatemala", "guatemalteca", "Guatemala", "Guatemalan"),
    "HND": ("Honduras", "hondurienne", "Honduras", "hondureña", "Honduras", "Honduran"),
    "HRV": ("Croatie", "croate", "Croacia", "croata", "Croatia", "Croatian"),
    "HTI": ("Haïti", "haïtienne", "Haití", "haitiana", "Haiti", "Haitian"),
    "HUN": ("Hongrie", "hongroise", "Hungría", "húngara", "Hungary", "Hungarian"),
    "IRN": ("Iran", "iranienne", "Irán", "iraní", "Iran", "Iranian"),
    "IRQ": ("Irak", "irakienne", "Irak", "iraquí", "Iraq", "Iraqi"),
    "ITA": ("Italie", "italienne", "Italia", "italiana", "Italy", "Italian"),
    "LBY": ("Libye", "libyenne", "Libia", "libia", "Libya", "Libyan"),
    "MAR": ("Maroc", "marocaine", "Marruecos", "marroquí", "Morocco", "Moroccan"),
    "MEX": ("Mexique", "mexicaine", "México", "mexicana", "Mexico", "Mexican"),
    "MKD": (
        "Macédoine du Nord",
        "macédonienne",
        "Macedonia del Norte",
        "macedonia",
        "North Macedonia",
        "Macedonian",
    ),
    "MLI": ("Mali", "malienne", "Malí", "maliense", "Mali", "Malian"),
    "MRT": ("Mauritanie", "mauritanienne", "Mauritania", "mauritana", "Mauritania", "Mauritanian"),
    "NER": ("Niger", "nigérienne", "Níger", "nigerina", "Niger", "Nigerien"),
    "NGA": ("Nigeria", "nigériane", "Nigeria", "nigeriana", "Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "pakistanaise", "Pakistán", "pakistaní", "Pakistan", "Pakistani"),
    "PAN": ("Panama", "panaméenne", "Panamá", "panameña", "Panama", "Panamanian"),
    "POL": ("Pologne", "polonaise", "Polonia", "polaca", "Poland", "Polish"),
    "ROU": ("Roumanie", "roumaine", "Rumania", "rumana", "Romania", "Romanian"),
    "RUS": ("Russie", "russe", "Rusia", "rusa", "Russia", "Russian"),
    "SEN": ("Sénégal", "sénégalaise", "Senegal", "senegalesa", "Senegal", "Senegalese"),
    "SRB": ("Serbie", "serbe", "Serbia", "serbia", "Serbia", "Serbian"),
    "SYR": ("Syrie", "syrienne", "Siria", "siria", "Syria", "Syrian"),
    "TUN": ("Tunisie", "tunisienne", "Túnez", "tunecina", "Tunisia", "Tunisian"),
    "TUR": ("Turquie", "turque", "Turquía", "turca", "Türkiye", "Turkish"),
    "USA": ("États-Unis", "américaine", "Estados Unidos", "estadounidense", "USA", "American"),
    "VEN": ("Venezuela", "vénézuélienne", "Venezuela", "venezolana", "Venezuela", "Venezuelan"),
    "VNM": ("Viêt Nam", "vietnamienne", "Vietnam", "vietnamita", "Viet Nam", "Vietnamese"),
    "YEM": ("Yémen", "yéménite", "Yemen", "yemení", "Yemen", "Yemeni"),
}
_NAME_AT = {"fr": 0, "es": 2, "en": 4}
_DEMONYM_AT = {"fr": 1, "es": 3, "en": 5}

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
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_EN_MONTHS = (
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
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ROMAN = ("I", "II", "III", "IV")

#: Crime-type wording by style and crime type.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "reunion": {
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            "Aide à l'entrée et au séjour irréguliers – L823-1 CESEDA",
            "Aide à l'entrée irrégulière en bande organisée (L.823-3 CESEDA)",
            "Filière d'immigration irrégulière (L.823-1 CESEDA)",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 C. pén.)",
            "TEH – art. 225-4-1 CP",
            "Traite des êtres humains aggravée (art. 225-4-2 C. pén.)",
        ),
        "both": (
            "TEH + aide à l'entrée irrégulière (225-4-1 CP / L.823-1 CESEDA)",
            "Traite des êtres humains et aide à l'entrée irrégulière",
        ),
    },
    "caledonia": {
        "smuggling": (
            "AIDE A L'ENTREE IRREGULIERE D'UN ETRANGER",
            "AIDE A L'ENTREE, A LA CIRCULATION OU AU SEJOUR IRREGULIERS D'UN ETRANGER",
            "TRAFIC ILLICITE DE MIGRANTS",
        ),
        "trafficking": (
            "TRAITE DES ETRES HUMAINS",
            "TRAITE D'ETRE HUMAIN A L'EGARD D'UN MINEUR",
        ),
        "both": (
            "TRAITE DES ETRES HUMAINS ET AIDE A L'ENTREE IRREGULIERE",
            "TEH / TRAFIC ILLICITE DE MIGRANTS",
        ),
    },
    "seychelles": {
        "smuggling": (
            "Smuggling of migrants",
            "Migrant smuggling (Immigration Decree)",
            "People smuggling",
        ),
        "trafficking": (
            "Trafficking in Persons (PTIP Act 2014)",
            "TIP - PTIP Act 2014",
            "Trafficking in persons",
        ),
        "both": (
            "TIP & migrant smuggling",
            "Trafficking in persons / smuggling of migrants",
        ),
    },
    "tonga": {
        "smuggling": (
            "People smuggling (CTTOC Act 2013)",
            "People smuggling",
            "Smuggling of migrants - CTTOC Act 2013",
        ),
        "trafficking": (
            "Trafficking in persons (CTTOC Act 2013)",
            "Human trafficking",
            "TIP",
        ),
        "both": (
            "People smuggling & trafficking in persons",
            "TIP / people smuggling (CTTOC Act 2013)",
        ),
    },
    "chile": {
        "smuggling": (
            "Tráfico de migrantes (art. 411 bis CP)",
            "Tráfico ilícito de migrantes",
            "art. 411 bis CP - tráfico de migrantes",
        ),
        "trafficking": (
            "Trata de personas (art. 411 quáter CP)",
            "Trata de personas",
            "art. 411 quáter CP - trata de personas",
        ),
        "both": (
            "Trata de personas y tráfico de migrantes",
            "Tráfico de migrantes + trata de personas (arts. 411 bis y 411 quáter CP)",
        ),
    },
}

#: Exploitation wording by language.
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "en": {
        "sexual": ("sexual exploitation", "Sexual", "commercial sexual exploitation"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminal activity", "forced criminality"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "other (specify in remarks)"),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual", "prostitución forzada"),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otros fines"),
    },
}
#: What a smuggling row shows in the exploitation column (nothing to exploit).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "reunion": ("", "", "", "sans objet"),
    "caledonia": (None,),
    "seychelles": ("N/A", "", ""),
    "tonga": ("", "", "n/a"),
    "chile": ("", "", "no aplica"),
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "reunion": {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H et F", "hommes et femmes"),
    },
    "caledonia": {
        "male": ("MASCULIN", "M"),
        "female": ("FEMININ", "F"),
        "mixed": ("MIXTE",),
    },
    "seychelles": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "M & F"),
    },
    "tonga": {
        "male": ("male", "Male", "M"),
        "female": ("female", "Female", "F"),
        "mixed": ("mixed", "male & female"),
    },
    "chile": {
        "male": ("masculino", "hombres", "Masculino"),
        "female": ("femenino", "mujeres", "Femenino"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "reunion": {
        "adult": ("majeurs", "maj.", "adultes"),
        "child": ("mineurs", "min.", "MNA"),
        "mixed": ("majeurs et mineurs", "maj. + min."),
    },
    "caledonia": {
        "adult": ("MAJEUR", "ADULTE"),
        "child": ("MINEUR",),
        "mixed": ("MAJEURS ET MINEURS", "MIXTE (MAJEURS/MINEURS)"),
    },
    "seychelles": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Child", "Juvenile"),
        "mixed": ("Adult & minor", "Mixed"),
    },
    "tonga": {
        "adult": ("adult", "18+"),
        "child": ("child", "under 18", "minor"),
        "mixed": ("adults and children", "mixed"),
    },
    "chile": {
        "adult": ("adultos", "mayores de edad", "adulto"),
        "child": ("NNA", "menores de edad", "menor"),
        "mixed": ("adultos y NNA", "mixto"),
    },
}
#: A word saying the field was not filled in (read as ``unknown``).
_NA_WORD = {
    "reunion": ("non précisé", "non renseigné"),
    "caledonia": ("NON RENSEIGNE",),
    "seychelles": ("N/K", "not recorded"),
    "tonga": ("not stated", "n/k"),
    "chile": ("no consta", "sin información"),
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "reunion": {
        "sea": ("maritime", "embarcation pneumatique", "small boat", "navire de pêche"),
        "land": ("routier", "poids lourd", "à pied", "véhicule léger", "train"),
        "air": ("aérien", "vol commercial"),
    },
    "caledonia": {
        "sea": ("MARITIME", "EMBARCATION"),
        "land": ("TERRESTRE", "ROUTIER"),
        "air": ("AERIEN",),
    },
    "seychelles": {
        "sea": ("By sea", "Vessel", "Small boat", "Dinghy"),
        "land": ("Road", "Lorry", "On foot", "By land"),
        "air": ("Air", "Flight"),
    },
    "tonga": {
        "sea": ("sea", "boat", "vessel (panga)"),
        "land": ("land", "vehicle", "on foot", "tractor-trailer"),
        "air": ("air", "commercial flight"),
    },
    "chile": {
        "sea": ("marítimo", "embarcación", "cayuco", "patera", "lancha"),
        "land": ("terrestre", "a pie", "bus", "camión"),
        "air": ("aéreo", "vuelo comercial"),
    },
}
_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("faux et usage de faux", "fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("trafic de stupéfiants", "contrebande de tabac"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("forged documents", "document fraud"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering", "ML"),
        "illicit_goods": ("drug trafficking", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "es": {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de activos", "blanqueo de capitales"),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
}
_COUNT_PLACEHOLDER = {
    "reunion": ("n.c.", "NR", "inconnu"),
    "caledonia": ("NC", "INCONNU"),
    "seychelles": ("unk.", "not known"),
    "tonga": ("unknown", "not stated"),
    "chile": ("s/i", "sin dato", "S/D"),
}
_ZERO = {
    "reunion": ("néant", "aucun"),
    "caledonia": ("AUCUN", "NEANT"),
    "seychelles": ("nil", "none"),
    "tonga": ("nil", "none"),
    "chile": ("ninguno", "sin imputados"),
}
_NO_TRANSIT: dict[str, tuple[str | None, ...]] = {
    "reunion": ("", "", "direct"),
    "caledonia": (None, "DIRECT"),
    "seychelles": ("", "", "direct"),
    "tonga": ("", "direct"),
    "chile": ("", "", "directo"),
}
_COORDS_PLACEHOLDER = {
    "reunion": "n.c.",
    "caledonia": "NON GEOLOCALISE",
    "seychelles": "N/K",
    "tonga": "not recorded",
    "chile": "sin coordenadas",
}
_REMARKS = (
    "Info via INTERPOL NCB Victoria",
    "Joint op. with partner agency",
    "Victims referred to shelter",
    "Case file with AG's Office",
)
_PLACE_OK = re.compile(r"^[^()/]+$")
_SERIAL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cell writers
# --------------------------------------------------------------------------------------
def _country(src: _Source, code: str, rng: _Rng, *, demonym: bool) -> tuple[str, str | None]:
    """Write a country as the source does; return (cell, tag)."""
    row = _COUNTRIES.get(code)
    lang = src.language
    if row is None:  # a code outside the table: the ISO code is what any clerk would type
        return code, None
    name, dem = row[_NAME_AT[lang]], row[_DEMONYM_AT[lang]]
    r = rng.random()
    style = src.style
    text: str
    tag: str | None = None
    if style == "reunion":
        if demonym:
            text = dem.upper() if r < 0.55 else (name if r < 0.85 else code)
        else:
            text = name if r < 0.8 else code
    elif style == "caledonia":
        text = code if r < 0.6 else name.upper() if r < 0.8 else name
    elif style == "seychelles":
        if demonym:
            text = dem if r < 0.6 else (name if r < 0.85 else code)
        else:
            text = name if r < 0.85 else code
    elif style == "tonga":
        text = code if r < 0.7 else name
    else:  # chile
        if demonym:
            text = dem if r < 0.55 else (name if r < 0.85 else code)
        else:
            text = name if r < 0.85 else code
        if rng.random() < 0.06:
            garbled = mojibake(text)
            if garbled is not None:
                text, tag = garbled, "mojibake"
    if not fits(text, src):
        text = code
    return text, tag


def _place(src: _Source, code: str, hotspot: object, rng: _Rng) -> tuple[str, str | None]:
    """Réunion's place of detection: ``Lesbos (Grèce)`` or the country."""
    spot = str(hotspot) if hotspot is not None else ""
    name = _COUNTRIES[code][0] if code in _COUNTRIES else code
    if spot and _PLACE_OK.match(spot) and rng.random() < 0.35:
        text = f"{spot} ({name})"
        if fits(text, src):
            return text, "place_name"
    return _country(src, code, rng, demonym=False)


def _transit(src: _Source, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Write the ordered transit countries."""
    if value is None:
        none = _pick(rng, _NO_TRANSIT[src.style])
        return (_blank(src) if none in (None, "") else none), []
    codes = str(value).split("|")
    tags: list[str] = []
    parts = []
    for c in codes:
        text, tag = _country(src, c, rng, demonym=False)
        parts.append(text)
        if tag:
            tags.append(tag)
    sep = {
        "reunion": (" > ", " - ", ", "),
        "caledonia": (" / ", " > "),
        "seychelles": (" – ", " > ", ", "),
        "tonga": ("/", " - ", ", "),
        "chile": (" – ", " - ", ", "),
    }[src.style]
    return choice(rng, sep).join(parts), tags


def _thousands(n: int, src: _Source, rng: _Rng) -> tuple[str, str | None]:
    """Write a count with the source's thousands separator when it has four digits."""
    if n < 1000:
        return str(n), None
    head, tail = divmod(n, 1000)
    if src.style == "reunion":
        sep = choice(rng, (" ", "\xa0", ""))
    elif src.style == "caledonia":
        sep = choice(rng, (" ", ""))
    else:
        sep = "." if src.style == "chile" else ","
    if sep == "":
        return str(n), None
    return f"{head}{sep}{tail:03d}", "thousands"


def _persons(src: _Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons; return (cell, expected, tags)."""
    if rng.random() < 0.03:
        return choice(rng, _COUNT_PLACEHOLDER[src.style]), None, ["count_placeholder"]
    text, tag = _thousands(n, src, rng)
    tags = [tag] if tag else []
    if src.format == "xlsx" and tag is None:
        return n, n, tags
    if src.format == "jsonl" and tag is None and rng.random() < 0.8:
        return n, n, tags
    if src.style == "reunion" and rng.random() < 0.05:
        return f"{text} pers.", n, [*tags, "unit_suffix"]
    return text, n, tags


def _suspects(src: _Source, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects; return (cell, expected, tags)."""
    r = rng.random()
    if r < 0.03:
        return choice(rng, _COUNT_PLACEHOLDER[src.style]), None, ["suspects_placeholder"]
    if n == 0 and r < 0.45:
        return choice(rng, _ZERO[src.style]), 0, ["zero_word"]
    if src.format in ("xlsx", "jsonl"):
        return n, n, []
    return str(n), n, []


def _pick(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (which may hold None) uniformly."""
    return options[int(rng.integers(len(options)))]


def _two_digits(value: int) -> str:
    return f"{value:02d}"


def _date_day(src: _Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str | None]:
    """Write a full date; return (cell, tag)."""
    d, m, y = ts.day, ts.month, ts.year
    dd, mm = _two_digits(d), _two_digits(m)
    r = rng.random()
    style = src.style
    if style == "reunion":
        if r < 0.62:
            return f"{dd}/{mm}/{y}", None
        if r < 0.74:
            return f"{dd}/{mm}/{y % 100:02d}", "two_digit_year"
        if r < 0.88:
            day = "1er" if d == 1 else str(d)
            text = f"{day} {_FR_MONTHS[m - 1]} {y}"
            if rng.random() < 0.4:
                text = f"{_FR_DAYS[ts.weekday()]} {text}"
            return text, "month_name"
        hh, mi = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{dd}/{mm}/{y} à {hh:02d}h{mi:02d}", "with_time"
    if style == "caledonia":
        if r < 0.7:
            return f"{y}-{mm}-{dd}", None
        if r < 0.9:
            hh, mi = int(rng.integers(0, 24)), int(rng.integers(0, 60))
            return f"{y}-{mm}-{dd}T{hh:02d}:{mi:02d}:00", "with_time"
        return f"{dd}/{mm}/{y}", "day_first"
    if style == "seychelles":
        if r < 0.7:
            return ts.to_pydatetime(), None
        if r < 0.8:
            return int((ts - _SERIAL_EPOCH).days), "excel_serial"
        if r < 0.88:
            suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return f"{d}{suffix} {_EN_MONTHS[m - 1]} {y}", "month_name"
        if r < 0.95:
            return f"{dd}-{_EN_MONTHS[m - 1][:3]}-{y % 100:02d}", "month_name"
        return f"{dd}.{mm}.{y}", "day_first"
    if style == "tonga":
        if r < 0.6:
            return f"{dd}/{mm}/{y}", None
        if r < 0.75:
            return f"{d} {_EN_MONTHS[m - 1][:3]} {y}", "month_name"
        if r < 0.87:
            return f"{y}-{mm}-{dd}", "iso"
        return f"{_EN_DAYS[ts.weekday()]} {dd}/{mm}/{y}", "weekday"
    # chile
    if r < 0.6:
        return f"{dd}-{mm}-{y}", None
    if r < 0.75:
        return f"{dd}/{mm}/{y}", None
    if r < 0.85:
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}", "month_name"
    if r < 0.95:
        return f"{dd}-{_ES_MONTHS[m - 1][:3]}-{y}", "month_name"
    return f"{y}-{mm}-{dd}", "iso"


def _date_month(src: _Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a month-only date."""
    m, y = ts.month, ts.year
    style = src.style
    if style == "reunion":
        return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
    if style == "caledonia":
        return choice(rng, (f"{y}-{m:02d}", f"{_FR_MONTHS[m - 1].upper()} {y}"))
    if style == "seychelles":
        return choice(rng, (f"{_EN_MONTHS[m - 1][:3]} {y}", f"{_EN_MONTHS[m - 1]} {y}"))
    if style == "tonga":
        return choice(rng, (f"{_EN_MONTHS[m - 1][:3]}-{y}", f"{_EN_MONTHS[m - 1]} {y}"))
    return choice(rng, (f"{_ES_MONTHS[m - 1]} de {y}", f"{_ES_MONTHS[m - 1][:3]}-{y}"))


def _date_quarter(src: _Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a quarter-only date."""
    q, y = ts.quarter, ts.year
    style = src.style
    if style == "reunion":
        first = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"T{q} {y}", f"{first} trimestre {y}"))
    if style == "caledonia":
        return choice(rng, (f"{y}-T{q}", f"T{q} {y}"))
    if style == "seychelles":
        return choice(rng, (f"Q{q} {y}", f"{y} Q{q}"))
    if style == "tonga":
        nth = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}[q]
        return choice(rng, (f"Q{q}/{y}", f"{nth} qtr {y}"))
    first = {1: "1er", 2: "2°", 3: "3er", 4: "4°"}[q]
    return choice(rng, (f"{_ROMAN[q - 1]} trimestre {y}", f"{first} trimestre {y}"))


def _dms(value: float, pos: str, neg: str, *, comma: bool) -> tuple[str, float]:
    """Degrees, minutes and seconds (tenths) with a hemisphere letter; return (text, value)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    sec = f"{sec10 / 10:.1f}"
    if comma:
        sec = sec.replace(".", ",")
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec}\" {pos if value >= 0 else neg}", back


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Hemisphere, degrees and decimal minutes (French commas); return (text, value)."""
    thousandths = round(abs(value) * 60000)
    deg, rest = divmod(thousandths, 60000)
    minutes = rest / 1000
    back = (deg + minutes / 60) * (1 if value >= 0 else -1)
    text = f"{pos if value >= 0 else neg} {deg:0{width}d}°{minutes:06.3f}'".replace(".", ",")
    return text, back


def _coordinates(
    src: _Source, lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, list[str]]:
    """Write the point of detection; return (cells, lat, lon, tags)."""
    if rng.random() < 0.02:
        word = _COORDS_PLACEHOLDER[src.style]
        if "coordinates" in src.headers:
            return {"coordinates": word}, None, None, ["coords_placeholder"]
        return {"lat": word, "lon": word}, None, None, ["coords_placeholder"]
    style = src.style
    r = rng.random()
    if style == "reunion":
        if r < 0.8:
            la, lo = round(lat, 5), round(lon, 5)
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
                ["decimal_comma"],
            )
        lat_t, la = _dms(lat, "N", "S", comma=True)
        lon_t, lo = _dms(lon, "E", "O", comma=True)
        return {"lat": lat_t, "lon": lon_t}, la, lo, ["dms"]
    if style == "caledonia":
        if r < 0.75:
            lat_t, la = _ddm(lat, "N", "S", 2)
            lon_t, lo = _ddm(lon, "E", "O", 3)
            return {"coordinates": f"{lat_t} {lon_t}"}, la, lo, ["ddm"]
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    if style == "seychelles":
        la, lo = round(lat, 4), round(lon, 4)
        if r < 0.85:
            return {"lat": la, "lon": lo}, la, lo, []
        lat_t = f"{abs(la):.4f}{'N' if la >= 0 else 'S'}"
        lon_t = f"{abs(lo):.4f}{'E' if lo >= 0 else 'W'}"
        return {"lat": lat_t, "lon": lon_t}, la, lo, ["hemisphere"]
    if style == "tonga":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.7:
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
        text = f"{abs(la):.5f}{'N' if la >= 0 else 'S'} {abs(lo):.5f}{'E' if lo >= 0 else 'W'}"
        return {"coordinates": text}, la, lo, ["hemisphere"]
    # chile
    if r < 0.8:
        la, lo = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
            ["decimal_comma"],
        )
    comma = bool(rng.random() < 0.5)
    lat_t, la = _dms(lat, "N", "S", comma=comma)
    lon_t, lo = _dms(lon, "E", "O", comma=comma)
    return {"lat": lat_t, "lon": lon_t}, la, lo, ["dms"]


def _linked(src: _Source, value: object, rng: _Rng) -> object:
    """Write the linked offences in the source's words."""
    if value is None:
        return None if src.format != "csv" else ""
    words = _LINKED[src.language]
    parts = [choice(rng, words[k]) for k in str(value).split("|")]
    sep = {"reunion": " + ", "caledonia": "; ", "seychelles": "; ", "chile": ", "}[src.style]
    return sep.join(parts)


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _blank(src: _Source) -> object:
    return "" if src.format == "csv" else None


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    style, lang = src.style, src.language
    cells: _Cells = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    r = rng.random()
    if partial_ok and r < 0.05:
        cells["event_date"] = _date_month(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("M").start_time, "month"
        tags.append("partial_month")
    elif partial_ok and r < 0.08:
        cells["event_date"] = _date_quarter(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.to_period("Q").start_time, "quarter"
        tags.append("partial_quarter")
    else:
        cell, tag = _date_day(src, ts, rng)
        cells["event_date"] = cell
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
        if tag:
            tags.append(tag)

    # crime type and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[style][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _pick(rng, _NO_EXPLOITATION[style])
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[lang][str(expl)])
        if style == "caledonia":
            cells["exploitation"] = str(cells["exploitation"]).upper()
        exp["exploitation"] = str(expl)

    # counts
    cell, value, count_tags = _persons(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = cell, value
    tags += count_tags
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = _blank(src), None
        tags.append("blank_n_suspects")
    else:
        cell, value, count_tags = _suspects(src, int(ev["n_suspects"]), rng)  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = cell, value
        tags += count_tags

    # gender and age
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = _blank(src), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[style][str(ev["gender"])])
        exp["gender"] = ev["gender"]
    if rng.random() < 0.015:
        cells["age_group"], exp["age_group"] = choice(rng, _NA_WORD[style]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[style][str(ev["age_group"])])
        exp["age_group"] = ev["age_group"]

    # countries
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = _blank(src), None
        tags.append("blank_nationality")
    else:
        text, tag = _country(src, str(ev["nationality"]), rng, demonym=True)
        cells["nationality"], exp["nationality"] = text, ev["nationality"]
        tags += [tag] if tag else []
    for col in ("origin_country", "destination_country"):
        text, tag = _country(src, str(ev[col]), rng, demonym=False)
        cells[col], exp[col] = text, ev[col]
        tags += [tag] if tag else []
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = _blank(src), None
        tags.append("blank_detection_country")
    else:
        code = str(ev["detection_country"])
        if style == "reunion":
            text, tag = _place(src, code, ev.get("hotspot"), rng)
        else:
            text, tag = _country(src, code, rng, demonym=False)
        cells["detection_country"], exp["detection_country"] = text, code
        tags += [tag] if tag else []
    transit, transit_tags = _transit(src, ev["transit_countries"], rng)
    cells["transit_countries"], exp["transit_countries"] = transit, ev["transit_countries"]
    tags += transit_tags

    # transport
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _NA_WORD[style]), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, _TRANSPORT[style][str(ev["transport_mode"])])
        exp["transport_mode"] = ev["transport_mode"]

    # place
    if forced_blank == "coordinates":
        if "coordinates" in src.headers:
            cells["coordinates"] = _blank(src)
        else:
            cells["lat"] = cells["lon"] = _blank(src)
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        coord_cells, la, lo, coord_tags = _coordinates(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(coord_cells)
        exp["lat"], exp["lon"] = la, lo
        tags += coord_tags

    # linked offences and remarks
    if "linked_offences" in src.headers:
        cells["linked_offences"] = _linked(src, ev["linked_offences"], rng)
        exp["linked_offences"] = ev["linked_offences"]
    else:
        exp["linked_offences"] = None
    if "remarks" in src.headers and rng.random() < 0.12:
        cells["remarks"] = choice(rng, _REMARKS)
    return cells, exp, tags


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return _blank(src)
    style = src.style
    if kind == "bad_date":
        y = ts.year
        if style == "reunion":
            return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"{ts.day:02d}/13/{y}"))
        if style == "caledonia":
            return choice(rng, (f"{y}-02-30", f"{y}-14-{ts.day:02d}"))
        if style == "seychelles":
            return choice(rng, (f"31st February {y}", f"31.04.{y}"))
        if style == "tonga":
            return choice(rng, (f"31/02/{y}", f"00/{ts.month:02d}/{y}"))
        return choice(rng, (f"30-02-{y}", f"32-{ts.month:02d}-{y}"))
    future = ts.replace(year=ts.year + 10, day=min(ts.day, 28) if ts.month == 2 else ts.day)
    if style == "seychelles":
        return future.to_pydatetime()
    # the source's plain four-digit-year style: a typo in the year, not a 19xx date
    return {
        "reunion": future.strftime("%d/%m/%Y"),
        "caledonia": future.strftime("%Y-%m-%d"),
        "tonga": future.strftime("%d/%m/%Y"),
    }.get(style, future.strftime("%d-%m-%Y"))


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of the extract)."""
    if src.style == "seychelles":
        return last.to_pydatetime()
    if src.style == "caledonia":
        return last.strftime("%Y-%m-%d")
    if src.style == "chile":
        return last.strftime("%d-%m-%Y")
    return last.strftime("%d/%m/%Y")


_EXAM: Examiner[_Source] = Examiner(
    sources=BLIND70_SOURCES,
    primary=_PRIMARY,
    compilation=_REUNION.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=7070,
    blank_share=0.4,
)


def make_blind70(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the seventieth examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND70_SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` is not the output of :func:`trendlib.samples.make_truth`.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind70(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dzpaf_soi_reunion_bt.csv', 'comgend_nc_bt.jsonl', 'spf_seychelles_tip_bt.xlsx',
     'tonga_police_tcu_bt.csv', 'sermig_chile_bt.csv']
    """
    return make_examined(_EXAM, truth, seed=seed)
