"""Examiner set ``blind88`` (files ``*_cl.*``): five donor / international-programme files.

A held-out set written by an examiner who did not see the cleaner, from five sources that
no earlier set uses: monitoring data of donor-funded programmes and international bodies
(a US-funded regional security programme, an EU border-fund log-frame, a Council of Europe
fact-finding annex, an Ibero-American observatory and an NGO-run analysis hub). Each
source has its own headers, date styles, code lists and placeholders, described below as a
reader's guide. The rows, the cross-source duplicates, the bad rows and the exact repeats
are laid out by :mod:`trendlib.samples._examiner`.

Sources
-------
``inl_carsi_pa`` -- ``inl_carsi_pa_cl.csv``
    Case tracker of an implementing partner of the US State Department's INL / CARSI
    regional security programme in Panama (Spanish). Excel "Texto Unicode" export:
    **UTF-16 with BOM, tab-delimited**. Reports every event detected in Panama. Dates
    day-first (``14/01/2023``, ``14/01/2023 0:00`` with Excel's midnight, ``4-ene-2023``,
    ``14 de enero de 2023``), a few month-only (``enero 2023``, ``ene-2023``,
    ``01/2023``) and quarter-only (``I trimestre 2023``, ``T1-2023``) dates. Crime type
    in UNODC / Central American jargon: ``TIM`` (tráfico ilícito de migrantes), ``TdP``
    (trata de personas, some citing Panama's Ley 79 de 2011), ``TdP / TIM``. Counts with
    Panama's comma thousands (``1,234``), ``aprox. 40``, ``s/d`` / ``N/D`` placeholders;
    suspects ``ninguno`` / ``sin aprehendidos`` for zero. Age ``NNA`` (niños, niñas y
    adolescentes) for children. Latitude / longitude in two columns, decimal point or
    degrees-minutes-seconds (``8°27'04.3"N``), ``s/c`` (sin coordenadas). An extra
    ``Observaciones`` free-text column. Empty row, note row, ``TOTAL GENERAL`` row.
``eu_bmvi_logframe`` -- ``eu_bmvi_logframe_cl.xlsx``
    Means-of-verification register annexed to the log-frame of an EU BMVI-funded
    (Border Management and Visa Instrument) project (English). Reports every event
    detected in Greece, Croatia and Poland. Member State column in **EU (Eurostat)
    country codes**: ``EL`` for Greece, ``UK`` for the United Kingdom, else ISO alpha-2,
    sometimes the English name. Dates are real Excel dates, Excel serial numbers
    (``44940``), text ``14.01.2023`` / ``14 Jan 2023``, month-only ``Jan 2023`` and
    quarter-only ``Q1 2023`` / ``2023-Q1`` (reporting periods). Crime area in EMPACT
    wording: ``Facilitation of illegal immigration (FII)``, ``THB``, ``THB / FII``.
    Counts numeric or text (``1,234``, ``approx. 40``, ``n/k``, ``TBC``); suspects
    ``nil`` / ``none``. Coordinates in two decimal-degree columns, a few as ``37.0423 N``
    text or ``n/a``. No transit column; an extra ``Output`` column naming the log-frame
    output. Note row and ``Total`` row; no empty row (spreadsheet).
``coe_rssg`` -- ``coe_rssg_cl.csv``
    Annex of incidents and interceptions reported to a Council of Europe fact-finding
    mission of the Special Representative of the Secretary General on migration and
    refugees (French). **cp1252, ``;``**, CRLF. Reports every event detected in France
    and Italy. Dates ``14/01/2023``, ``14 janvier 2023``, ``14 janv. 2023``,
    ``14.01.2023``, ``1er mars 2023``; month-only ``janvier 2023`` and quarter-only
    ``1er trimestre 2023`` / ``T2 2023``. Crime type in French legal wording, with the
    national article (``art. L. 823-1 CESEDA``, ``art. 225-4-1 C. pén.``,
    ``art. 12 D.lgs. 286/1998``, ``art. 601 c.p. italien``), ``TEH``. Counts with a
    (non-breaking) space for thousands (``1 234``), ``environ 40``, spelled-out small
    numbers (``trois``), ``n.c.`` / ``inconnu``; suspects ``aucun`` / ``néant``.
    Nationalities as French demonyms agreeing with the sex (``syrienne``), some mojibake
    (``SÃ©nÃ©gal``). One coordinates column: ``36,5012 / 12,6034`` (decimal comma),
    ``lat. 36,5012 - long. 12,6034`` or ``N 36°30'04.2" E 12°36'12.0"``. Empty row, note
    row, ``TOTAL GÉNÉRAL`` row.
``observalatrata`` -- ``observalatrata_cl.csv``
    Case register of an Ibero-American trafficking and smuggling observatory (Spanish,
    Spain's wording). **UTF-8 (no BOM), ``|``**. Reports the events detected in Spain and
    every event no other source reports first, and re-sends a few rows. Dates ISO
    (``2023-01-14``), ``14/01/2023``, ``14-01-2023``; month-only ``2023-01`` /
    ``enero de 2023``; quarter-only ``2023T1`` (INE style) / ``1.er trimestre de 2023``.
    Crime type by Spanish Penal Code article (``art. 318 bis CP``, ``art. 177 bis CP``,
    ``arts. 177 bis y 318 bis CP``) or words (``TSH``, ``trata de seres humanos``).
    Counts with Spain's point thousands (``1.234``); ``s.d.`` / ``sin datos``; suspects
    ``ninguno``. Latitude / longitude in two columns with a decimal comma (``28,1234``)
    or ``28° 07' 24.5'' N`` / ``15° 31' 00.8'' O`` (oeste). Some mojibake
    (``AfganistÃ¡n``). Empty row, note row, ``Total`` row.
``tahub`` -- ``tahub_cl.jsonl``
    Export of an NGO-run Traffik Analysis Hub style incident platform (English, JSON
    lines, UTF-8). Reports every event detected in the United Kingdom and the United
    States, and re-sends a few records. ISO dates, ISO timestamps (``...T00:00:00Z``),
    ``2023-01`` month-only and ``2023-Q1`` quarter-only dates. Countries as ISO alpha-2
    (``GB``, ``US``), transit route as ``TR > BG > RS``. Crime type in words or by
    statute (``Immigration Act 1971 s.25``, ``Modern Slavery Act 2015 s.2``,
    ``8 U.S.C. § 1324``, ``18 U.S.C. § 1591``). Counts are JSON numbers, text
    (``approx 40``) or null; suspects ``none``. The place is a WKT point in **longitude,
    latitude** order (``POINT (-106.48501 31.76190)``). No note row, a ``TOTAL`` record.

Every source gives crime type, exploitation, counts, sex, age group, nationality,
detection country, transport and a place; the log-frame omits transit countries.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["BLIND88_SOURCES", "Blind88Source", "make_blind88"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind88Source(ExaminerSource):
    """A ``blind88`` source: the shared fields plus how often it writes partial dates.

    Attributes
    ----------
    month_share : float
        Share of rows (not in a duplicate pair) dated to the month only.
    quarter_share : float
        Share of rows (not in a duplicate pair) dated to the quarter only.
    coords_missing : float
        Share of rows with no place written.
    """

    month_share: float
    quarter_share: float
    coords_missing: float


_CARSI = Blind88Source(
    source="inl_carsi_pa",
    filename="inl_carsi_pa_cl.csv",
    ref="INL-PA-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "N° Caso",
        "event_date": "Fecha del hecho (dd/mm/aaaa)",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. personas (migrantes/víctimas)",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino final declarado",
        "detection_country": "País del hecho",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
        "_remarks": "Observaciones",
    },
    note="Nota: cifras preliminares, sujetas a validación por las autoridades nacionales",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso", "decenas"),
    repeats=False,
    month_share=0.04,
    quarter_share=0.02,
    coords_missing=0.06,
)
_BMVI = Blind88Source(
    source="eu_bmvi_logframe",
    filename="eu_bmvi_logframe_cl.xlsx",
    ref="MoV-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "MoV ref.",
        "_output": "Output",
        "event_date": "Date of event (dd/mm/yyyy)",
        "detection_country": "MS",
        "crime_type": "Crime area",
        "exploitation": "THB - form of exploitation",
        "n_persons": "No. of irregular migrants / victims",
        "n_suspects": "No. of facilitators / suspects",
        "gender": "Sex (M/F/mixed)",
        "age_group": "Adult / Minor",
        "nationality": "Nationality (main)",
        "origin_country": "Country of departure",
        "destination_country": "Intended destination",
        "transport_mode": "Means of transport",
        "lat": "Lat (DD, WGS84)",
        "lon": "Long (DD, WGS84)",
        "linked_offences": "Associated crimes",
    },
    note="Note: figures provisional, pending verification against national authority reports",
    total="Total",
    bad_count=("several", "a group", "dozens"),
    repeats=False,
    month_share=0.07,
    quarter_share=0.04,
    coords_missing=0.1,
)
_COE = Blind88Source(
    source="coe_rssg",
    filename="coe_rssg_cl.csv",
    ref="RSSG/{year}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. annexe",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nombre de personnes (victimes / migrants)",
        "n_suspects": "Auteurs présumés interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité(s)",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination déclarée",
        "detection_country": "État concerné",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées (WGS 84)",
        "linked_offences": "Infractions connexes",
    },
    note="N.B. : données communiquées par les autorités nationales, non vérifiées par le "
    "Secrétariat",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "quelques dizaines"),
    repeats=False,
    month_share=0.06,
    quarter_share=0.03,
    coords_missing=0.12,
)
_OLT = Blind88Source(
    source="observalatrata",
    filename="observalatrata_cl.csv",
    ref="OLT-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "ID registro",
        "event_date": "Fecha",
        "crime_type": "Tipo penal",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Nº de víctimas / personas objeto de tráfico",
        "n_suspects": "Nº de presuntos autores",
        "gender": "Sexo de las víctimas",
        "age_group": "Edad (mayor/menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Vía de entrada",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Otros delitos asociados",
    },
    note="Nota: registro elaborado a partir de fuentes abiertas y datos oficiales; "
    "cifras provisionales",
    total="Total",
    bad_count=("varias", "un grupo", "decenas"),
    repeats=True,
    month_share=0.07,
    quarter_share=0.03,
    coords_missing=0.15,
)
_TAHUB = Blind88Source(
    source="tahub",
    filename="tahub_cl.jsonl",
    ref="TAH-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "incident_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_arrested",
        "gender": "victim_gender",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "incident_country",
        "transit_countries": "transit_route",
        "transport_mode": "transport",
        "coordinates": "geom",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "large group"),
    repeats=True,
    month_share=0.05,
    quarter_share=0.02,
    coords_missing=0.08,
)

#: The five sources of the ``blind88`` set, in the order of their submissions.
BLIND88_SOURCES: tuple[Blind88Source, ...] = (_CARSI, _BMVI, _COE, _OLT, _TAHUB)

_PRIMARY = {
    "PAN": "inl_carsi_pa",
    "GRC": "eu_bmvi_logframe",
    "HRV": "eu_bmvi_logframe",
    "POL": "eu_bmvi_logframe",
    "FRA": "coe_rssg",
    "ITA": "coe_rssg",
    "GBR": "tahub",
    "USA": "tahub",
}
_SECONDARY = {
    ("darien", "PAN"): "observalatrata",
    ("us_mex", "USA"): "observalatrata",
    ("channel", "FRA"): "tahub",
    ("channel", "GBR"): "coe_rssg",
    ("thb_vnm_gbr", "GBR"): "coe_rssg",
    ("cmed", "ITA"): "eu_bmvi_logframe",
    ("thb_nga_ita", "ITA"): "tahub",
    ("emed", "GRC"): "coe_rssg",
    ("wbal", "HRV"): "coe_rssg",
    ("blr_pol", "POL"): "tahub",
    ("watl", "ESP"): "coe_rssg",
    ("wmed", "ESP"): "eu_bmvi_logframe",
    ("thb_rou_esp", "ESP"): "tahub",
    ("thb_rou_esp", "ITA"): "eu_bmvi_logframe",
}

# --------------------------------------------------------------------------------------
# Wording tables (Spanish, French, English)
# --------------------------------------------------------------------------------------
_LANG = {"es": 0, "fr": 1, "en": 2}

#: ISO alpha-3 -> country names (es, fr, en); the first of each is the usual one.
_COUNTRY: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "VEN": (("Venezuela", "Rep. Bolivariana de Venezuela"), ("Venezuela",), ("Venezuela",)),
    "SYR": (("Siria", "República Árabe Siria"), ("Syrie",), ("Syria", "Syrian Arab Republic")),
    "AFG": (("Afganistán",), ("Afghanistan",), ("Afghanistan",)),
    "MEX": (("México",), ("Mexique",), ("Mexico",)),
    "IRQ": (("Irak", "Iraq"), ("Irak",), ("Iraq",)),
    "ECU": (("Ecuador",), ("Équateur",), ("Ecuador",)),
    "MAR": (("Marruecos",), ("Maroc",), ("Morocco",)),
    "MLI": (("Malí",), ("Mali",), ("Mali",)),
    "GIN": (("Guinea (Conakry)", "Guinea-Conakry"), ("Guinée", "Guinée-Conakry"), ("Guinea",)),
    "CIV": (("Costa de Marfil", "Côte d'Ivoire"), ("Côte d'Ivoire",), ("Côte d'Ivoire",)),
    "TUN": (("Túnez",), ("Tunisie",), ("Tunisia",)),
    "SEN": (("Senegal",), ("Sénégal",), ("Senegal",)),
    "NGA": (("Nigeria",), ("Nigeria",), ("Nigeria",)),
    "VNM": (("Vietnam",), ("Viêt Nam", "Vietnam"), ("Viet Nam", "Vietnam")),
    "PAK": (("Pakistán",), ("Pakistan",), ("Pakistan",)),
    "HND": (("Honduras",), ("Honduras",), ("Honduras",)),
    "ROU": (("Rumanía", "Rumania"), ("Roumanie",), ("Romania",)),
    "HTI": (("Haití",), ("Haïti",), ("Haiti",)),
    "EGY": (("Egipto",), ("Égypte",), ("Egypt",)),
    "ERI": (("Eritrea",), ("Érythrée",), ("Eritrea",)),
    "DZA": (("Argelia",), ("Algérie",), ("Algeria",)),
    "GTM": (("Guatemala",), ("Guatemala",), ("Guatemala",)),
    "IRN": (("Irán",), ("Iran",), ("Iran", "Iran (Islamic Republic of)")),
    "BGD": (("Bangladés", "Bangladesh"), ("Bangladesh",), ("Bangladesh",)),
    "ALB": (("Albania",), ("Albanie",), ("Albania",)),
    "COL": (("Colombia",), ("Colombie",), ("Colombia",)),
    "GMB": (("Gambia",), ("Gambie",), ("The Gambia", "Gambia")),
    "CHN": (("China",), ("Chine",), ("China",)),
    "TUR": (("Turquía",), ("Turquie",), ("Türkiye", "Turkey")),
    "CMR": (("Camerún",), ("Cameroun",), ("Cameroon",)),
    "YEM": (("Yemen",), ("Yémen",), ("Yemen",)),
    "USA": (("Estados Unidos", "EE. UU."), ("États-Unis",), ("United States", "USA")),
    "DEU": (("Alemania",), ("Allemagne",), ("Germany",)),
    "ESP": (("España",), ("Espagne",), ("Spain",)),
    "ITA": (("Italia",), ("Italie",), ("Italy",)),
    "GBR": (("Reino Unido",), ("Royaume-Uni",), ("United Kingdom", "UK")),
    "FRA": (("Francia",), ("France",), ("France",)),
    "GRC": (("Grecia",), ("Grèce",), ("Greece",)),
    "AUT": (("Austria",), ("Autriche",), ("Austria",)),
    "POL": (("Polonia",), ("Pologne",), ("Poland",)),
    "PAN": (("Panamá", "Rep. de Panamá"), ("Panama",), ("Panama",)),
    "HRV": (("Croacia",), ("Croatie",), ("Croatia",)),
    "LBY": (("Libia",), ("Libye",), ("Libya",)),
    "MRT": (("Mauritania",), ("Mauritanie",), ("Mauritania",)),
    "BGR": (("Bulgaria",), ("Bulgarie",), ("Bulgaria",)),
    "SRB": (("Serbia",), ("Serbie",), ("Serbia",)),
    "BIH": (("Bosnia y Herzegovina",), ("Bosnie-Herzégovine",), ("Bosnia and Herzegovina",)),
    "NER": (("Níger",), ("Niger",), ("Niger",)),
    "RUS": (("Rusia",), ("Russie",), ("Russia", "Russian Federation")),
    "BLR": (("Bielorrusia",), ("Biélorussie",), ("Belarus",)),
    "HUN": (("Hungría",), ("Hongrie",), ("Hungary",)),
    "MKD": (("Macedonia del Norte",), ("Macédoine du Nord",), ("North Macedonia",)),
}

#: ISO alpha-3 -> demonym (es masculine, fr masculine, en); "" where the name is used.
_DEMONYM: dict[str, tuple[str, str, str]] = {
    "VEN": ("venezolano", "vénézuélien", "Venezuelan"),
    "SYR": ("sirio", "syrien", "Syrian"),
    "AFG": ("afgano", "afghan", "Afghan"),
    "MEX": ("mexicano", "mexicain", "Mexican"),
    "IRQ": ("iraquí", "irakien", "Iraqi"),
    "ECU": ("ecuatoriano", "équatorien", "Ecuadorian"),
    "MAR": ("marroquí", "marocain", "Moroccan"),
    "MLI": ("maliense", "malien", "Malian"),
    "GIN": ("", "guinéen", "Guinean"),
    "CIV": ("marfileño", "ivoirien", "Ivorian"),
    "TUN": ("tunecino", "tunisien", "Tunisian"),
    "SEN": ("senegalés", "sénégalais", "Senegalese"),
    "NGA": ("nigeriano", "nigérian", "Nigerian"),
    "VNM": ("vietnamita", "vietnamien", "Vietnamese"),
    "PAK": ("pakistaní", "pakistanais", "Pakistani"),
    "HND": ("hondureño", "hondurien", "Honduran"),
    "ROU": ("rumano", "roumain", "Romanian"),
    "HTI": ("haitiano", "haïtien", "Haitian"),
    "EGY": ("egipcio", "égyptien", "Egyptian"),
    "ERI": ("eritreo", "érythréen", "Eritrean"),
    "DZA": ("argelino", "algérien", "Algerian"),
    "GTM": ("guatemalteco", "guatémaltèque", "Guatemalan"),
    "IRN": ("iraní", "iranien", "Iranian"),
    "BGD": ("bangladesí", "bangladais", "Bangladeshi"),
    "ALB": ("albanés", "albanais", "Albanian"),
    "COL": ("colombiano", "colombien", "Colombian"),
    "GMB": ("gambiano", "gambien", "Gambian"),
    "CHN": ("chino", "chinois", "Chinese"),
    "TUR": ("turco", "turc", "Turkish"),
    "CMR": ("camerunés", "camerounais", "Cameroonian"),
    "YEM": ("yemení", "yéménite", "Yemeni"),
}

#: EU (Eurostat) country codes that differ from ISO alpha-2.
_EU_CODE = {"GRC": "EL", "GBR": "UK"}

_CRIME_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "inl_carsi_pa": {
        "smuggling": ("TIM", "Tráfico ilícito de migrantes", "Tráfico de migrantes", "T.I.M."),
        "trafficking": ("TdP", "Trata de personas", "Trata de personas (Ley 79 de 2011)"),
        "both": ("TdP / TIM", "Trata de personas y tráfico ilícito de migrantes", "TIM + TdP"),
    },
    "eu_bmvi_logframe": {
        "smuggling": (
            "Facilitation of illegal immigration (FII)",
            "FII",
            "Migrant smuggling",
            "Facilitation of unauthorised entry",
        ),
        "trafficking": ("THB", "Trafficking in human beings", "THB (Dir. 2011/36/EU)"),
        "both": ("THB / FII", "THB + migrant smuggling", "FII & THB"),
    },
    "coe_rssg": {
        "smuggling": (
            "Trafic illicite de migrants",
            "aide à l'entrée irrégulière",
            "trafic de migrants",
        ),
        "trafficking": ("Traite des êtres humains", "TEH", "traite des personnes"),
        "both": (
            "TEH + trafic de migrants",
            "Traite et trafic illicite de migrants",
            "trafic de migrants ; traite des êtres humains",
        ),
    },
    "observalatrata": {
        "smuggling": ("tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
        "trafficking": ("trata de seres humanos", "TSH", "Trata de personas"),
        "both": ("trata + tráfico de migrantes", "TSH y tráfico ilícito de migrantes"),
    },
    "tahub": {
        "smuggling": ("Human smuggling", "people smuggling", "migrant smuggling"),
        "trafficking": ("Human trafficking", "human trafficking", "trafficking in persons"),
        "both": ("trafficking & smuggling", "Human trafficking; people smuggling"),
    },
}

#: Statutes by (source, detection country, crime type): a share of rows cite the law.
_STATUTES: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("coe_rssg", "FRA", "smuggling"): (
        "aide à l'entrée et au séjour irréguliers (art. L. 823-1 CESEDA)",
        "art. L. 823-1 CESEDA",
    ),
    ("coe_rssg", "FRA", "trafficking"): ("traite des êtres humains (art. 225-4-1 C. pén.)",),
    ("coe_rssg", "ITA", "smuggling"): (
        "favoreggiamento dell'immigrazione clandestina (art. 12 D.lgs. 286/1998)",
        "trafic de migrants (art. 12 D.lgs. 286/1998)",
    ),
    ("coe_rssg", "ITA", "trafficking"): ("traite (art. 601 c.p. italien)",),
    ("observalatrata", "ESP", "smuggling"): (
        "art. 318 bis CP",
        "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
    ),
    ("observalatrata", "ESP", "trafficking"): ("art. 177 bis CP", "Trata (177 bis CP)"),
    ("observalatrata", "ESP", "both"): ("arts. 177 bis y 318 bis CP",),
    ("tahub", "GBR", "smuggling"): ("Immigration Act 1971 s.25", "s.25 IA 1971"),
    ("tahub", "GBR", "trafficking"): ("Modern Slavery Act 2015 s.2", "MSA 2015 s.2"),
    ("tahub", "USA", "smuggling"): ("8 U.S.C. § 1324", "alien smuggling (8 USC 1324)"),
}

_EXPLOIT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("explotación sexual", "sexual", "Explotación sexual comercial"),
        "forced_labour": ("explotación laboral", "trabajo forzoso", "laboral"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra", "otras formas de explotación"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme"),
    },
    "en": {
        "sexual": ("sexual exploitation", "Sexual", "sexual"),
        "forced_labour": ("forced labour", "labour exploitation", "Forced labor"),
        "forced_criminality": ("forced criminality", "criminal exploitation"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "Other form"),
    },
}
#: Exploitation cell of a smuggling row (None: empty).
_NO_EXPLOIT: dict[str, tuple[str | None, ...]] = {
    "es": (None, None, None, "No aplica", "N/A"),
    "fr": (None, None, None, "s.o.", "sans objet"),
    "en": (None, None, None, "N/A", "n/a"),
}

_GENDER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "female": ("Mujeres", "femenino", "F", "mujeres"),
        "male": ("Hombres", "masculino", "H", "hombres"),
        "mixed": ("Mixto", "ambos sexos", "hombres y mujeres", "mixto"),
        "female1": ("Mujer", "femenino", "F"),
        "male1": ("Hombre", "masculino", "H"),
    },
    "fr": {
        "female": ("femmes", "F", "féminin"),
        "male": ("hommes", "H", "masculin"),
        "mixed": ("mixte", "hommes et femmes", "H et F"),
        "female1": ("femme", "F", "féminin"),
        "male1": ("homme", "H", "masculin"),
    },
    "en": {
        "female": ("female", "F", "women"),
        "male": ("male", "M", "men"),
        "mixed": ("mixed", "M+F", "both sexes"),
        "female1": ("female", "F"),
        "male1": ("male", "M"),
    },
}

_AGE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "child": ("NNA", "menores", "menor de edad", "Menores de edad"),
        "adult": ("adultos", "mayores de edad", "Adultos"),
        "mixed": ("mixto", "adultos y menores", "adultos y NNA"),
        "child1": ("NNA", "menor", "menor de edad"),
        "adult1": ("adulto", "mayor de edad"),
    },
    "fr": {
        "child": ("mineurs", "MNA", "mineurs"),
        "adult": ("majeurs", "adultes"),
        "mixed": ("mixte", "majeurs et mineurs"),
        "child1": ("mineur", "MNA"),
        "adult1": ("majeur", "adulte"),
    },
    "en": {
        "child": ("minor", "child", "U18", "minors"),
        "adult": ("adult", "18+", "adults"),
        "mixed": ("mixed", "adults & minors"),
        "child1": ("minor", "child", "U18"),
        "adult1": ("adult", "18+"),
    },
}
_NA_WORDS = {
    "es": ("no consta", "N/D", "sin dato"),
    "fr": ("inconnu", "n.c.", "non renseigné"),
    "en": ("unknown", "not recorded", "n/k"),
}

_TRANSPORT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "inl_carsi_pa": {
        "sea": ("marítimo", "lancha", "embarcación", "vía marítima"),
        "land": ("terrestre", "a pie", "a pie (sendero)", "autobús", "vía terrestre"),
        "air": ("aéreo", "vuelo comercial", "vía aérea"),
    },
    "observalatrata": {
        "sea": ("marítima", "patera", "cayuco", "embarcación neumática", "vía marítima"),
        "land": ("terrestre", "camión", "vehículo particular", "a pie", "autobús"),
        "air": ("aérea", "vuelo comercial", "aeropuerto"),
    },
    "coe_rssg": {
        "sea": ("maritime", "embarcation", "small boat", "bateau pneumatique", "voie maritime"),
        "land": ("routier", "poids lourd", "à pied", "véhicule léger", "voie terrestre"),
        "air": ("aérien", "vol commercial", "voie aérienne"),
    },
    "eu_bmvi_logframe": {
        "sea": ("sea", "boat", "rubber dinghy", "maritime"),
        "land": ("land", "on foot", "vehicle", "lorry", "green border (on foot)"),
        "air": ("air", "flight", "commercial flight"),
    },
    "tahub": {
        "sea": ("sea", "small boat", "boat", "RHIB"),
        "land": ("land", "vehicle", "HGV", "on foot", "car"),
        "air": ("air", "flight"),
    },
}

_LINKED_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "document_fraud": ("falsificación de documentos", "uso de documento falso"),
        "corruption": ("corrupción", "cohecho"),
        "money_laundering": ("blanqueo de capitales", "lavado de activos"),
        "illicit_goods": ("contrabando", "mercancía ilícita"),
        "cybercrime": ("delito informático", "ciberdelito"),
        "terrorism": ("terrorismo",),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux et usage de faux"),
        "corruption": ("corruption", "corruption d'agent public"),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering", "laundering of proceeds"),
        "illicit_goods": ("contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_LINK_JOIN = {
    "inl_carsi_pa": (", ", " / "),
    "observalatrata": ("; ", ", "),
    "coe_rssg": (", ", " + "),
    "eu_bmvi_logframe": ("; ", ", "),
    "tahub": ("; ",),
}
_TRANSIT_JOIN = {
    "inl_carsi_pa": (" - ", ", ", " > "),
    "observalatrata": (", ", " > ", " / "),
    "coe_rssg": (", ", " > ", " puis "),
    "tahub": (" > ",),
}
_NO_TRANSIT: dict[str, tuple[str | None, ...]] = {
    "inl_carsi_pa": (None, None, "directo"),
    "observalatrata": (None, None, "ninguno"),
    "coe_rssg": (None, None, "aucun"),
    "tahub": (None,),
}

_COUNT_PLACEHOLDER = {
    "inl_carsi_pa": ("s/d", "N/D", "sin dato"),
    "observalatrata": ("s.d.", "sin datos", "desconocido"),
    "coe_rssg": ("n.c.", "inconnu", "nd"),
    "eu_bmvi_logframe": ("n/k", "TBC", "unknown"),
    "tahub": ("unknown",),
}
_SUSPECT_ZERO = {
    "inl_carsi_pa": ("ninguno", "sin aprehendidos", "Ninguno"),
    "observalatrata": ("ninguno", "ninguno"),
    "coe_rssg": ("aucun", "néant"),
    "eu_bmvi_logframe": ("nil", "none"),
    "tahub": ("none",),
}
_SUSPECT_PLACEHOLDER = {
    "inl_carsi_pa": ("s/d", "por determinar"),
    "observalatrata": ("s.d.", "desconocido"),
    "coe_rssg": ("inconnu", "n.c."),
    "eu_bmvi_logframe": ("n/k", "unknown"),
    "tahub": ("unknown",),
}
_APPROX = {
    "inl_carsi_pa": ("aprox. {n}", "{n} aprox."),
    "observalatrata": ("aprox. {n}", "unos {n}"),
    "coe_rssg": ("environ {n}", "~{n}", "env. {n}"),
    "eu_bmvi_logframe": ("approx. {n}", "c. {n}"),
    "tahub": ("approx {n}", "~{n}"),
}
_FR_NUMBERS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_NAT_UNKNOWN = {
    "inl_carsi_pa": ("no determinada", "s/d"),
    "observalatrata": ("desconocida",),
    "coe_rssg": ("inconnue", "non déterminée"),
    "eu_bmvi_logframe": ("unknown", "n/k"),
    "tahub": ("unknown",),
}
_COORD_PLACEHOLDER = {
    "inl_carsi_pa": "s/c",
    "observalatrata": "s.d.",
    "coe_rssg": "non communiquées",
    "eu_bmvi_logframe": "n/a",
    "tahub": "",
}
_REMARKS = (
    None,
    None,
    "Caso remitido al Ministerio Público",
    "Atención humanitaria en ERM",
    "Intercepción en sendero",
    "Informe policial adjunto",
    "Pendiente de verificación",
)
_OUTPUTS = (
    "Output 2.1 - Joint patrols",
    "Output 2.2 - Surveillance equipment",
    "Output 2.3 - Investigations supported",
    "Output 3.1 - Victim identification & referral",
)

_MES = (
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
_MES3 = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
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
_MOIS_ABR = (
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
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``Panamá`` -> ``Panama``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _fem(word: str, lang: str) -> str:
    """Feminine of a Spanish or French demonym (``sirio`` -> ``siria``)."""
    if lang == "es":
        if word.endswith("o"):
            return word[:-1] + "a"
        if word.endswith("és"):
            return word[:-2] + "esa"
        return word
    if word.endswith("en"):
        return word + "ne"
    if word == "turc":
        return "turque"
    if word.endswith("e"):
        return word
    return word + "e"


def _country(code: str, src: Blind88Source, rng: _Rng, tags: list[str]) -> str:
    """Write a country as the source does (a name in its language, sometimes noisy)."""
    names = _COUNTRY.get(code)
    if names is None:  # a code outside the tables: the English name or the code
        return code
    text = choice(rng, names[_LANG[src.language]])
    return _noisy(text, src, rng, tags)


def _noisy(text: str, src: Blind88Source, rng: _Rng, tags: list[str]) -> str:
    """Sometimes drop accents, change case or garble the text as a clerk's file does."""
    r = rng.random()
    if r < 0.06 and _plain(text) != text:
        tags.append("no_accents")
        return _plain(text)
    if r < 0.1:
        tags.append("case_space")
        return f" {text.upper()}" if rng.random() < 0.5 else f"{text.lower()} "
    if r < 0.13 and src.source in ("coe_rssg", "observalatrata"):
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    if not fits(text, src):
        tags.append("no_accents")
        return _plain(text)
    return text


def _iso2(code: str, *, eu: bool = False) -> str:
    """ISO alpha-2 of an alpha-3 code, or the EU (Eurostat) code when ``eu``."""
    if eu and code in _EU_CODE:
        return _EU_CODE[code]
    return iso_codes(code)[0]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _day_text(src: Blind88Source, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date in one of the source's styles."""
    r = rng.random()
    d, m, y = ts.day, ts.month, ts.year
    if src.source == "inl_carsi_pa":
        if r < 0.6:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.72:
            tags.append("excel_midnight")
            return f"{d:02d}/{m:02d}/{y} 0:00"
        if r < 0.86:
            tags.append("month_abbrev")
            return f"{d}-{_MES3[m - 1]}-{y}"
        tags.append("month_name")
        return f"{d} de {_MES[m - 1]} de {y}"
    if src.source == "coe_rssg":
        if r < 0.55:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.75:
            tags.append("month_name")
            day = "1er" if d == 1 else str(d)
            return f"{day} {_MOIS[m - 1]} {y}"
        if r < 0.87:
            tags.append("month_abbrev")
            return f"{d} {_MOIS_ABR[m - 1]} {y}"
        tags.append("dotted_date")
        return f"{d:02d}.{m:02d}.{y}"
    if src.source == "observalatrata":
        if r < 0.5:
            return f"{y}-{m:02d}-{d:02d}"
        if r < 0.8:
            return f"{d:02d}/{m:02d}/{y}"
        return f"{d:02d}-{m:02d}-{y}"
    if src.source == "eu_bmvi_logframe":
        if r < 0.6:
            tags.append("excel_date")
            return ts.to_pydatetime()
        if r < 0.75:
            tags.append("excel_serial")
            return int((ts.normalize() - _EXCEL_EPOCH).days)
        if r < 0.87:
            tags.append("dotted_date")
            return f"{d:02d}.{m:02d}.{y}"
        tags.append("month_abbrev")
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    # tahub
    if r < 0.65:
        return f"{y}-{m:02d}-{d:02d}"
    tags.append("iso_timestamp")
    if r < 0.85:
        return f"{y}-{m:02d}-{d:02d}T00:00:00Z"
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    return f"{y}-{m:02d}-{d:02d}T{hour:02d}:{minute:02d}:00Z"


def _month_text(src: Blind88Source, ts: pd.Timestamp, rng: _Rng) -> str:
    m, y = ts.month, ts.year
    r = rng.random()
    if src.source == "inl_carsi_pa":
        return choice(rng, (f"{_MES[m - 1]} {y}", f"{_MES3[m - 1]}-{y}", f"{m:02d}/{y}"))
    if src.source == "coe_rssg":
        return f"{_MOIS[m - 1]} {y}" if r < 0.7 else f"{_MOIS_ABR[m - 1]} {y}"
    if src.source == "observalatrata":
        return f"{y}-{m:02d}" if r < 0.6 else f"{_MES[m - 1]} de {y}"
    if src.source == "eu_bmvi_logframe":
        return f"{MONTHS[m - 1][:3]} {y}" if r < 0.7 else f"{MONTHS[m - 1]} {y}"
    return f"{y}-{m:02d}"


def _quarter_text(src: Blind88Source, ts: pd.Timestamp, rng: _Rng) -> str:
    q, y = _quarter(ts), ts.year
    if src.source == "inl_carsi_pa":
        return choice(rng, (f"{_ROMAN[q - 1]} trimestre {y}", f"T{q}-{y}"))
    if src.source == "coe_rssg":
        nth = "1er" if q == 1 else f"{q}e"
        return choice(rng, (f"{nth} trimestre {y}", f"T{q} {y}", f"{nth} trim. {y}"))
    if src.source == "observalatrata":
        nth = {1: "1.er", 2: "2.º", 3: "3.er", 4: "4.º"}[q]
        return choice(rng, (f"{y}T{q}", f"{nth} trimestre de {y}"))
    if src.source == "eu_bmvi_logframe":
        return choice(rng, (f"Q{q} {y}", f"{y}-Q{q}"))
    return f"{y}-Q{q}"


def _date(
    src: Blind88Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    r = rng.random()
    if partial_ok and r < src.quarter_share:
        tags.append("quarter_date")
        start = ts.to_period("Q").start_time
        return _quarter_text(src, ts, rng), start, "quarter"
    if partial_ok and r < src.quarter_share + src.month_share:
        tags.append("month_date")
        return _month_text(src, ts, rng), ts.to_period("M").start_time, "month"
    return _day_text(src, ts, rng, tags), ts.normalize(), "day"


def _bad_date(src: Blind88Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell to quarantine: missing, impossible or in the future."""
    y = ts.year
    if kind == "no_date":
        if rng.random() < 0.7:
            return None
        return {
            "inl_carsi_pa": "s/f",
            "coe_rssg": "date inconnue",
            "observalatrata": "sin fecha",
            "eu_bmvi_logframe": "n/k",
            "tahub": None,
        }[src.source]
    if kind == "bad_date":
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        feb = 30 if leap else 29
        return {
            "inl_carsi_pa": choice(rng, (f"31/02/{y}", f"{ts.day:02d}/13/{y}")),
            "coe_rssg": choice(rng, (f"31 juin {y}", f"30/02/{y}")),
            "observalatrata": choice(rng, (f"{y}-02-30", f"{y}-13-{ts.day:02d}")),
            "eu_bmvi_logframe": f"{feb}/02/{y}",
            "tahub": choice(rng, (f"{y}-02-31", f"{y}-00-{ts.day:02d}")),
        }[src.source]
    future = ts.replace(year=y + 10) if not (ts.month == 2 and ts.day == 29) else ts
    return _day_text(src, future, rng, [])


def _note_date(src: Blind88Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the day of its extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.source == "eu_bmvi_logframe":
        return day.to_pydatetime()
    if src.source == "observalatrata":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
def _thousands(n: int, src: Blind88Source) -> str:
    text = f"{n:,}"
    if src.source == "observalatrata":
        return text.replace(",", ".")
    if src.source == "coe_rssg":
        return text.replace(",", "\xa0")
    return text


def _persons(
    src: Blind88Source, n: int | None, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return (count cell, expected count)."""
    numeric = src.format != "csv"
    if n is None:
        return None, None
    r = rng.random()
    if r < 0.03:
        tags.append("count_placeholder")
        if src.source == "tahub" and rng.random() < 0.5:
            return None, None
        return choice(rng, _COUNT_PLACEHOLDER[src.source]), None
    if r < 0.08 and n >= 5:
        tags.append("approx")
        return choice(rng, _APPROX[src.source]).format(n=_thousands(n, src)), n
    if n >= 1000:
        if numeric and rng.random() < 0.6:
            return n, n
        tags.append("thousands")
        return _thousands(n, src), n
    if src.source == "coe_rssg" and n < 10 and r < 0.2:
        tags.append("count_word")
        return _FR_NUMBERS[n], n
    return (n if numeric else str(n)), n


def _suspects(
    src: Blind88Source, n: int | None, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    numeric = src.format != "csv"
    if n is None:
        return None, None
    r = rng.random()
    if r < 0.04:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECT_PLACEHOLDER[src.source]), None
    if n == 0 and r < 0.45:
        tags.append("zero_word")
        return choice(rng, _SUSPECT_ZERO[src.source]), 0
    if src.source == "coe_rssg" and 0 < n < 10 and r < 0.15:
        tags.append("count_word")
        return _FR_NUMBERS[n], n
    return (n if numeric else str(n)), n


# --------------------------------------------------------------------------------------
# Categories and places
# --------------------------------------------------------------------------------------
def _crime(src: Blind88Source, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    crime = str(ev["crime_type"])
    key = (src.source, str(ev["detection_country"]), crime)
    if key in _STATUTES and rng.random() < 0.35:
        tags.append("legal_ref")
        return choice(rng, _STATUTES[key])
    if src.source == "tahub" and crime == "trafficking" and str(ev["detection_country"]) == "USA":
        statute = {"sexual": "18 U.S.C. § 1591", "forced_labour": "18 U.S.C. § 1589"}
        expl = str(ev["exploitation"])
        if expl in statute and rng.random() < 0.35:
            tags.append("legal_ref")
            return statute[expl]
    return choice(rng, _CRIME_WORDS[src.source][crime])


def _nationality(
    src: Blind88Source, code: str | None, gender: str, rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    if code is None:
        return None, None
    if rng.random() < 0.015:
        tags.append("nat_placeholder")
        tags.append("blank_nationality")
        return choice(rng, _NAT_UNKNOWN[src.source]), None
    lang = src.language
    r = rng.random()
    if src.source == "tahub" or src.source == "eu_bmvi_logframe":
        if r < 0.15:
            tags.append("iso_code")
            return (iso_codes(code)[0] if src.source == "tahub" else code), code
        if r < 0.6 and code in _DEMONYM:
            return _noisy(_DEMONYM[code][2], src, rng, tags), code
        return _country(code, src, rng, tags), code
    if src.source == "inl_carsi_pa" and r < 0.12:
        tags.append("iso_code")
        return code, code
    demonym = _DEMONYM.get(code, ("", "", ""))[_LANG[lang]]
    if demonym and r < 0.65:
        word = _fem(demonym, lang) if gender == "female" else demonym
        if lang == "es" and gender == "mixed" and word.endswith("o") and rng.random() < 0.5:
            word += "s"
        return _noisy(word, src, rng, tags), code
    return _country(code, src, rng, tags), code


def _place_country(src: Blind88Source, code: str | None, rng: _Rng, tags: list[str]) -> str | None:
    """Write an origin, destination or detection country as the source does."""
    if code is None:
        return None
    if src.source == "tahub":
        return _iso2(code)
    if src.source == "eu_bmvi_logframe":
        if rng.random() < 0.8:
            return _iso2(code, eu=True)
        return _country(code, src, rng, tags)
    return _country(code, src, rng, tags)


def _transit(
    src: Blind88Source, value: str | None, rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    if value is None:
        options = _NO_TRANSIT.get(src.source, (None,))
        return options[int(rng.integers(len(options)))], None
    codes = value.split("|")
    if src.source == "tahub":
        return " > ".join(_iso2(c) for c in codes), value
    join = choice(rng, _TRANSIT_JOIN[src.source])
    return join.join(_country(c, src, rng, tags) for c in codes), value


def _linked(src: Blind88Source, value: str | None, rng: _Rng) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    words = _LINKED_WORDS[src.language]
    parts = [choice(rng, words[k]) for k in value.split("|")]
    return choice(rng, _LINK_JOIN[src.source]).join(parts), value


def _word_of(table: dict[str, tuple[str, ...]], key: str, single: bool, rng: _Rng) -> str:
    return choice(rng, table[f"{key}1"] if single and f"{key}1" in table else table[key])


def _dms(value: float, hemis: str, *, spaced: bool) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds: (text, the value it denotes)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    mins, tsec = divmod(rest, 600)
    sign = 1.0 if value >= 0 else -1.0
    hemi = hemis[0] if value >= 0 else hemis[1]
    back = sign * (deg + mins / 60 + tsec / 36000)
    if spaced:
        return f"{deg}° {mins:02d}' {tsec / 10:04.1f}'' {hemi}", back
    return f"{deg}°{mins:02d}'{tsec / 10:04.1f}\"{hemi}", back


def _coords(
    src: Blind88Source, lat: float | None, lon: float | None, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon)."""
    key = "coordinates" if "coordinates" in src.headers else None
    if lat is None or lon is None or rng.random() < src.coords_missing:
        if rng.random() < 0.3 and _COORD_PLACEHOLDER[src.source]:
            tags.append("coords_placeholder")
            text = _COORD_PLACEHOLDER[src.source]
            return ({key: text} if key else {"lat": text, "lon": None}), None, None
        tags.append("coords_missing")
        return {}, None, None
    r = rng.random()
    if src.source == "inl_carsi_pa":
        if r < 0.8:
            la, lo = round(lat, 5), round(lon, 5)
            return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
        tags.append("dms")
        tla, la = _dms(lat, "NS", spaced=False)
        tlo, lo = _dms(lon, "EW", spaced=False)
        return {"lat": tla, "lon": tlo}, la, lo
    if src.source == "observalatrata":
        if r < 0.8:
            la, lo = round(lat, 4), round(lon, 4)
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
                (la),
                lo,
            )
        tags.append("dms")
        tla, la = _dms(lat, "NS", spaced=True)
        tlo, lo = _dms(lon, "EO", spaced=True)
        return {"lat": tla, "lon": tlo}, la, lo
    if src.source == "coe_rssg":
        if r < 0.75:
            la, lo = round(lat, 4), round(lon, 4)
            a, b = f"{la:.4f}".replace(".", ","), f"{lo:.4f}".replace(".", ",")
            tags.append("decimal_comma")
            text = f"{a} / {b}" if r < 0.5 else f"lat. {a} - long. {b}"
            return {"coordinates": text}, la, lo
        tags.append("dms")
        tla, la = _dms(lat, "NS", spaced=False)
        tlo, lo = _dms(lon, "EO", spaced=False)
        # written hemisphere first, as on a nautical chart: N 36°30'04.2" E 12°36'12.0"
        tla = tla[-1] + " " + tla[:-1]
        tlo = tlo[-1] + " " + tlo[:-1]
        return {"coordinates": f"{tla} {tlo}"}, la, lo
    if src.source == "eu_bmvi_logframe":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.9:
            return {"lat": la, "lon": lo}, la, lo
        tags.append("hemisphere_text")
        la4, lo4 = round(lat, 4), round(lon, 4)
        ns = "N" if la4 >= 0 else "S"
        ew = "E" if lo4 >= 0 else "W"
        return {"lat": f"{abs(la4):.4f} {ns}", "lon": f"{abs(lo4):.4f} {ew}"}, la4, lo4
    # tahub: WKT, longitude first
    la, lo = round(lat, 5), round(lon, 5)
    tags.append("wkt_point")
    return {"coordinates": f"POINT ({lo:.5f} {la:.5f})"}, la, lo


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _render(
    src: Blind88Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    lang = src.language
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = _crime(src, ev, rng, tags)
    exp["crime_type"] = crime
    expl = _str_or_none(ev["exploitation"])
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = choice(rng, [w or "" for w in _NO_EXPLOIT[lang]]) or None
        exp["exploitation"] = None if crime == "smuggling" else expl
    else:
        cells["exploitation"] = choice(rng, _EXPLOIT_WORDS[lang][expl])
        exp["exploitation"] = expl
    n = ev["n_persons"]
    n_int = None if n is None else int(n)  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n_int, rng, tags)
    s = ev["n_suspects"]
    s_int = None if s is None else int(s)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, s_int, rng, tags)
    single = n_int == 1
    gender = str(ev["gender"])
    cells["gender"] = _word_of(_GENDER_WORDS[lang], gender, single, rng)
    exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        tags.append("na_word")
        cells["age_group"] = choice(rng, _NA_WORDS[lang])
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = _word_of(_AGE_WORDS[lang], age, single, rng)
        exp["age_group"] = age
    cells["nationality"], exp["nationality"] = _nationality(
        src, _str_or_none(ev["nationality"]), gender, rng, tags
    )
    for col in ("origin_country", "destination_country", "detection_country"):
        code = _str_or_none(ev[col])
        cells[col] = _place_country(src, code, rng, tags)
        exp[col] = code
    if "transit_countries" in src.headers:
        cells["transit_countries"], exp["transit_countries"] = _transit(
            src, _str_or_none(ev["transit_countries"]), rng, tags
        )
    else:
        exp["transit_countries"] = None
    mode = str(ev["transport_mode"])
    if rng.random() < 0.025:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, _NA_WORDS[lang])
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = choice(rng, _TRANSPORT_WORDS[src.source][mode])
        exp["transport_mode"] = mode
    lat = ev["lat"]
    lon = ev["lon"]
    place, exp["lat"], exp["lon"] = _coords(
        src,
        None if lat is None else float(lat),  # type: ignore[arg-type]
        None if lon is None else float(lon),  # type: ignore[arg-type]
        rng,
        tags,
    )
    cells.update(place)
    cells["linked_offences"], exp["linked_offences"] = _linked(
        src, _str_or_none(ev["linked_offences"]), rng
    )
    if "_remarks" in src.headers:
        cells["_remarks"] = choice(rng, [r or "" for r in _REMARKS]) or None
    if "_output" in src.headers:
        cells["_output"] = choice(rng, _OUTPUTS)
    if forced_blank is not None:
        if forced_blank == "n_suspects":  # the blank replaces the word written
            tags[:] = [t for t in tags if t not in ("zero_word", "suspects_placeholder")]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for col in ("coordinates", "lat", "lon"):
                cells.pop(col, None)
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            cells["gender"] = None
            exp["gender"] = "unknown"
        else:
            cells[forced_blank] = None
            exp[forced_blank] = None
    return cells, exp, tags


_EXAMINER: Examiner[Blind88Source] = Examiner(
    sources=BLIND88_SOURCES,
    primary=_PRIMARY,
    compilation="observalatrata",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=8808,
    blank_share=0.5,
)


def make_blind88(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind88`` set's five submissions (``*_cl.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``inl_carsi_pa_cl.csv``, ``eu_bmvi_logframe_cl.xlsx``, ``coe_rssg_cl.csv``,
        ``observalatrata_cl.csv`` and ``tahub_cl.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind88(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['inl_carsi_pa_cl.csv', 'eu_bmvi_logframe_cl.xlsx', 'coe_rssg_cl.csv',
     'observalatrata_cl.csv', 'tahub_cl.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
