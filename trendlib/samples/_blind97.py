"""Examiner sample set ``blind97`` (files ``*_cu.*``): five agencies, written blind.

A held-out set written without looking at the cleaner. Each source writes the true
events the way that agency's export looks: its own headers, date styles, country
spellings, legal references, count placeholders and coordinates. The shared row
machinery (which source reports which event, cross-source duplicates, bad rows,
garbage rows, exact repeats) is :mod:`trendlib.samples._examiner`'s.

Reader's guide to the five sources
----------------------------------
``sfa_bih_cu.csv`` -- Bosnia and Herzegovina, Service for Foreigners' Affairs (SFA,
    *Služba za poslove sa strancima*), field-centre case list on readmissions and the
    Balkan route. English, **UTF-16** (with BOM), **tab**-delimited ("Unicode Text"
    export of a spreadsheet). First reports events detected in Croatia and Greece.
    Dates day-first with dots (``14.03.2022``, ``14.03.2022.`` with the Bosnian
    trailing dot, unpadded ``4.3.2022``), Roman-numeral months (``14.III.2022``),
    some ISO; partial dates ``03.2022``, ``March 2022``, ``Q1 2022``,
    ``I quarter 2022``. Offences cited by article of the Criminal Code of BiH
    (Art. 186 trafficking in persons, Art. 189 smuggling of persons). Citizenship as
    English names, demonyms, ISO alpha-3 codes or the database's local spelling
    (``Avganistan``, ``Maroko``, ``Sirija``). Transit written ``Türkiye – Bulgaria -
    Serbia`` or ``TUR-BGR-SRB`` (``BiH`` for Bosnia and Herzegovina). One GPS column:
    ``44.96863, 15.56143``, ``N44.9686 E15.5614`` or degrees-minutes-seconds.
    Counts with comma thousands (``1,250``); placeholders ``unknown``, ``unk.``,
    ``n/k``; zero facilitators as ``none``/``nil``. A free-text ``Remarks`` column.
    Note and ``TOTAL`` rows; some rows re-sent.
``guam_vlec_cu.jsonl`` -- GUAM (Georgia, Ukraine, Azerbaijan, Moldova) Virtual Law
    Enforcement Centre, partner-notification exchange feed. English snake_case keys,
    JSON lines (UTF-8). The compilation source: first reports every event of a
    country no other source covers (Italy, Poland, the United Kingdom) and
    re-reports some Balkan-route and Channel events. Dates ISO (``2022-03-14``),
    ISO with a local time and offset (``2022-03-14T09:40:00+02:00``), basic ISO
    (``20220314``); partial ``2022-03`` and ``2022-Q1``. Offence categories as enum
    words (``MIGRANT_SMUGGLING``, ``HUMAN_TRAFFICKING``) or plain English. Citizenship
    mostly ISO alpha-3; countries mostly ISO alpha-2 with the EU's ``EL`` for Greece
    and ``UK`` for the United Kingdom; transit as alpha-2 lists (``TR>BG>RS``).
    Counts are JSON numbers (a few strings); an unknown count is ``null`` or
    ``"unknown"``. ``lat``/``lon`` as numbers (``null`` when missing). No note row.
``gendarmerie_nord_cu.csv`` -- Gendarmerie nationale, Groupement de gendarmerie
    départementale du Nord (GGD 59, Dunkerque/Gravelines sector), procedure list.
    French, **cp1252**, ``;``, CRLF. First reports events detected in France and
    re-reports some UK-side Channel detections. Dates ``14/03/2022``, ``14/03/22``,
    ``14 mars 2022``, ``lundi 14 mars 2022``, ``1er mars 2022``; partial ``mars
    2022``, ``03/2022``, ``1er trimestre 2022``, ``T2 2022``. Offences by law article:
    aide à l'entrée irrégulière under art. L622-1 CESEDA before 1 May 2021 and art.
    L823-1 CESEDA after the recodification; traite under art. 225-4-1 du code pénal.
    Nationality as feminine/masculine demonyms (``érythréenne``, ``afghan``), a few
    garbled by a UTF-8 paste (``Ã©rythrÃ©enne``). ``Nb mis en cause (MEC)`` with
    ``néant``/``aucun`` for zero. Counts with a (no-break) space as thousands
    separator and sometimes a unit (``12 pers.``); ``NC`` when unknown. Latitude and
    longitude in two columns with a decimal comma, or DMS with ``O`` (ouest).
``obsica_sica_cu.xlsx`` -- SICA General Secretariat, Observatorio e Índice de
    Seguridad Democrática (OBSICA), regional register. Spanish, XLSX. First reports
    events detected in Panama and the United States. Dates as real Excel dates, bare
    Excel serial numbers (``44634``) or text (``14/03/2022``, ``14 de marzo de 2022``,
    ``14-mar-2022``); partial ``marzo 2022``, ``03/2022``, ``mar-2022``,
    ``I trimestre 2022``, ``primer trimestre 2022``. Offences as words, sometimes with
    the law (``Ley 79 de 2011`` in Panama, ``8 U.S.C. § 1324`` in the United States).
    Countries in Spanish (``EE. UU.``, ``Rep. Bolivariana de Venezuela``), demonyms
    (``venezolana``), ``NNA`` for minors. Counts are numbers, some text with a
    thousands dot (``1.250``) or ``s/d``. Coordinates as numbers, some as text with a
    decimal comma; ``sin coordenadas`` when missing.
``gc_fronteras_cu.csv`` -- Guardia Civil, Jefatura Fiscal y de Fronteras, list of
    *atestados*. Spanish in capitals, **UTF-8 with BOM**, ``|``-delimited system dump.
    First reports events detected in Spain and re-reports some Central Mediterranean
    events seen by its assets deployed in Italy. Dates ``14/03/2022``, ``14-03-2022``,
    ``14/03/22``, ``4/3/2022``; partial ``MARZO 2022``, ``MARZO DE 2022``,
    ``1T 2022``, ``1ER TRIMESTRE 2022``. Offences by article of the Código Penal
    (art. 318 bis, art. 177 bis). ``SEXO (V/M)`` (varón/mujer), ``MENA`` for minors,
    masculine plural demonyms (``MARROQUÍES``). Counts with a thousands dot, ``S/D``
    when unknown; ``NINGUNO``/``SIN DETENIDOS`` for zero arrested. One coordinate
    column in degrees-minutes-seconds with the ordinal sign and ``O`` for west
    (``35º53'15"N 005º18'29"O``), some decimal. A ``LUGAR HECHOS`` place column. Note
    and ``TOTAL GENERAL`` rows; some rows re-sent.

Every value is one a competent analyst reads unambiguously; the truth records that
reading (a placeholder count expects no count, a zero word expects 0, a partial date
expects the start of its month or quarter, a "not applicable" age or transport word
expects ``unknown``).
"""

from __future__ import annotations

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

__all__ = ["BLIND97_SOURCES", "make_blind97"]

_Rng = np.random.Generator
_Out = tuple[object, object, list[str]]


@dataclass(frozen=True)
class Blind97Source(ExaminerSource):
    """A source of this set: the shared fields plus the key of its house style.

    Attributes
    ----------
    style : str
        ``"sfa"``, ``"vlec"``, ``"ggd"``, ``"obsica"`` or ``"gcf"``.
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SFA = Blind97Source(
    source="sfa_bih_cu",
    filename="sfa_bih_cu.csv",
    ref="SFA-TK-{seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of apprehension",
        "detection_country": "Country of apprehension",
        "crime_type": "Criminal offence (CC BiH)",
        "exploitation": "Purpose of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects (facilitators)",
        "gender": "Sex (M/F)",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Transit route",
        "destination_country": "Country of intended destination",
        "transport_mode": "Means of transport",
        "coordinates": "GPS coordinates (WGS84)",
        "linked_offences": "Related criminal offences",
        "remarks": "Remarks",
    },
    note="Note: provisional data of SFA field centres, subject to verification",
    total="TOTAL",
    bad_count=("several", "a group", "many", "numerous"),
    repeats=True,
    style="sfa",
)
_VLEC = Blind97Source(
    source="guam_vlec_cu",
    filename="guam_vlec_cu.jsonl",
    ref="VLEC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "msg_ref",
        "event_date": "incident_date",
        "detection_country": "incident_country",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_cat",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "transit_countries": "transit_iso2",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple", "group"),
    repeats=False,
    style="vlec",
)
_GGD = Blind97Source(
    source="gendarmerie_nord_cu",
    filename="gendarmerie_nord_cu.csv",
    ref="05917/{seq:05d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "crime_type": "Qualification des faits",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nb étrangers / victimes",
        "n_suspects": "Nb mis en cause (MEC)",
        "gender": "Sexe (H/F)",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (°)",
        "lon": "Longitude (°)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction provisoire, données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "nombreux", "quelques-uns"),
    repeats=False,
    style="ggd",
)
_OBSICA = Blind97Source(
    source="obsica_sica_cu",
    filename="obsica_sica_cu.xlsx",
    ref="SICA-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Cód. registro",
        "event_date": "Fecha del hecho (dd/mm/aaaa)",
        "detection_country": "País donde se detectó",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas (víctimas / migrantes)",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Rango de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud (grados dec.)",
        "lon": "Longitud (grados dec.)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a validación por los países",
    total="Total",
    bad_count=("varios", "grupo", "numerosos", "algunos"),
    repeats=False,
    style="obsica",
)
_GCF = Blind97Source(
    source="gc_fronteras_cu",
    filename="gc_fronteras_cu.csv",
    ref="ATST {seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "Nº ATESTADO",
        "event_date": "FECHA HECHOS",
        "place": "LUGAR HECHOS",
        "detection_country": "PAÍS INTERVENCIÓN",
        "crime_type": "TIPO PENAL",
        "exploitation": "FINALIDAD EXPLOTACIÓN",
        "n_persons": "Nº INMIGRANTES / VÍCTIMAS",
        "n_suspects": "DETENIDOS",
        "gender": "SEXO (V/M)",
        "age_group": "EDAD (ADULTO/MENOR)",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS ORIGEN",
        "transit_countries": "PAÍSES TRÁNSITO",
        "destination_country": "PAÍS DESTINO",
        "transport_mode": "MEDIO EMPLEADO",
        "coordinates": "COORDENADAS (GMS)",
        "linked_offences": "OTROS DELITOS",
    },
    note="NOTA: DATOS PROVISIONALES SUJETOS A REVISIÓN",
    total="TOTAL GENERAL",
    bad_count=("VARIOS", "GRUPO", "NUMEROSOS"),
    repeats=True,
    style="gcf",
)

#: The set's sources, in the order their submissions are returned.
BLIND97_SOURCES: tuple[Blind97Source, ...] = (_SFA, _VLEC, _GGD, _OBSICA, _GCF)

# --------------------------------------------------------------------------------------
# Country wording: code -> (English, French, Spanish) names; demonyms the same way
# --------------------------------------------------------------------------------------
_LANG = {"en": 0, "fr": 1, "es": 2}
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghanistan",), ("Afghanistan",), ("Afganistán",)),
    "ALB": (("Albania",), ("Albanie",), ("Albania",)),
    "AUT": (("Austria",), ("Autriche",), ("Austria",)),
    "BGD": (("Bangladesh",), ("Bangladesh",), ("Bangladés", "Bangladesh")),
    "BGR": (("Bulgaria",), ("Bulgarie",), ("Bulgaria",)),
    "BIH": (("Bosnia and Herzegovina", "BiH"), ("Bosnie-Herzégovine",), ("Bosnia y Herzegovina",)),
    "BLR": (("Belarus",), ("Biélorussie", "Bélarus"), ("Bielorrusia",)),
    "CHN": (("China", "PR China"), ("Chine",), ("China", "RP China")),
    "CIV": (("Côte d'Ivoire", "Ivory Coast"), ("Côte d'Ivoire",), ("Costa de Marfil",)),
    "CMR": (("Cameroon",), ("Cameroun",), ("Camerún",)),
    "COL": (("Colombia",), ("Colombie",), ("Colombia",)),
    "DEU": (("Germany",), ("Allemagne",), ("Alemania",)),
    "DZA": (("Algeria",), ("Algérie",), ("Argelia",)),
    "ECU": (("Ecuador",), ("Équateur",), ("Ecuador",)),
    "EGY": (("Egypt",), ("Égypte",), ("Egipto",)),
    "ERI": (("Eritrea",), ("Érythrée",), ("Eritrea",)),
    "ESP": (("Spain",), ("Espagne",), ("España",)),
    "FRA": (("France",), ("France",), ("Francia",)),
    "GBR": (
        ("United Kingdom", "UK", "Great Britain"),
        ("Royaume-Uni", "Grande-Bretagne", "Angleterre"),
        ("Reino Unido",),
    ),
    "GIN": (("Guinea", "Guinea (Conakry)"), ("Guinée", "Guinée Conakry"), ("Guinea Conakry",)),
    "GMB": (("Gambia", "The Gambia"), ("Gambie",), ("Gambia",)),
    "GRC": (("Greece", "Hellenic Republic"), ("Grèce",), ("Grecia",)),
    "GTM": (("Guatemala",), ("Guatemala",), ("Guatemala",)),
    "HND": (("Honduras",), ("Honduras",), ("Honduras",)),
    "HRV": (("Croatia", "Republic of Croatia"), ("Croatie",), ("Croacia",)),
    "HTI": (("Haiti",), ("Haïti",), ("Haití",)),
    "HUN": (("Hungary",), ("Hongrie",), ("Hungría",)),
    "IRN": (("Iran", "Islamic Republic of Iran"), ("Iran",), ("Irán",)),
    "IRQ": (("Iraq",), ("Irak",), ("Irak", "Iraq")),
    "ITA": (("Italy",), ("Italie",), ("Italia",)),
    "LBY": (("Libya",), ("Libye",), ("Libia",)),
    "MAR": (("Morocco",), ("Maroc",), ("Marruecos",)),
    "MEX": (("Mexico",), ("Mexique",), ("México",)),
    "MKD": (("North Macedonia",), ("Macédoine du Nord",), ("Macedonia del Norte",)),
    "MLI": (("Mali",), ("Mali",), ("Malí", "Mali")),
    "MRT": (("Mauritania",), ("Mauritanie",), ("Mauritania",)),
    "NER": (("Niger",), ("Niger",), ("Níger",)),
    "NGA": (("Nigeria",), ("Nigeria",), ("Nigeria",)),
    "PAK": (("Pakistan",), ("Pakistan",), ("Pakistán",)),
    "PAN": (("Panama",), ("Panama",), ("Panamá",)),
    "POL": (("Poland",), ("Pologne",), ("Polonia",)),
    "ROU": (("Romania",), ("Roumanie",), ("Rumanía", "Rumania")),
    "RUS": (("Russia", "Russian Federation"), ("Russie",), ("Rusia",)),
    "SEN": (("Senegal",), ("Sénégal",), ("Senegal",)),
    "SRB": (("Serbia",), ("Serbie",), ("Serbia",)),
    "SYR": (("Syria", "Syrian Arab Republic"), ("Syrie",), ("Siria",)),
    "TUN": (("Tunisia",), ("Tunisie",), ("Túnez",)),
    "TUR": (("Türkiye", "Turkey"), ("Turquie",), ("Turquía",)),
    "USA": (("United States", "USA"), ("États-Unis",), ("Estados Unidos", "EE. UU.", "EEUU")),
    "VEN": (("Venezuela",), ("Venezuela",), ("Venezuela", "Rep. Bolivariana de Venezuela")),
    "VNM": (("Viet Nam", "Vietnam"), ("Vietnam", "Viêt Nam"), ("Vietnam",)),
    "YEM": (("Yemen",), ("Yémen",), ("Yemen",)),
}
_DEMONYMS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghan",), ("afghane", "afghan"), ("afgana", "afgano")),
    "ALB": (("Albanian",), ("albanaise", "albanais"), ("albanesa",)),
    "BGD": (("Bangladeshi",), ("bangladaise",), ("bangladesí",)),
    "CHN": (("Chinese",), ("chinoise", "chinois"), ("china",)),
    "CIV": (("Ivorian",), ("ivoirienne", "ivoirien"), ("marfileña", "marfileño")),
    "CMR": (("Cameroonian",), ("camerounaise",), ("camerunesa",)),
    "COL": (("Colombian",), ("colombienne",), ("colombiana", "colombiano")),
    "DZA": (("Algerian",), ("algérienne", "algérien"), ("argelina", "argelino")),
    "ECU": (("Ecuadorian",), ("équatorienne",), ("ecuatoriana", "ecuatoriano")),
    "EGY": (("Egyptian",), ("égyptienne", "égyptien"), ("egipcia", "egipcio")),
    "ERI": (("Eritrean",), ("érythréenne", "érythréen"), ("eritrea", "eritreo")),
    "GIN": (("Guinean",), ("guinéenne", "guinéen"), ("guineana", "guineano")),
    "GMB": (("Gambian",), ("gambienne",), ("gambiana", "gambiano")),
    "GTM": (("Guatemalan",), ("guatémaltèque",), ("guatemalteca", "guatemalteco")),
    "HND": (("Honduran",), ("hondurienne",), ("hondureña", "hondureño")),
    "HTI": (("Haitian",), ("haïtienne", "haïtien"), ("haitiana", "haitiano")),
    "IRN": (("Iranian",), ("iranienne", "iranien"), ("iraní",)),
    "IRQ": (("Iraqi",), ("irakienne", "irakien"), ("iraquí",)),
    "MAR": (("Moroccan",), ("marocaine", "marocain"), ("marroquí",)),
    "MEX": (("Mexican",), ("mexicaine",), ("mexicana", "mexicano")),
    "MLI": (("Malian",), ("malienne", "malien"), ("maliense",)),
    "NGA": (("Nigerian",), ("nigériane", "nigérian"), ("nigeriana", "nigeriano")),
    "PAK": (("Pakistani",), ("pakistanaise", "pakistanais"), ("pakistaní",)),
    "ROU": (("Romanian",), ("roumaine", "roumain"), ("rumana", "rumano")),
    "SEN": (("Senegalese",), ("sénégalaise", "sénégalais"), ("senegalesa", "senegalés")),
    "SYR": (("Syrian",), ("syrienne", "syrien"), ("siria", "sirio")),
    "TUN": (("Tunisian",), ("tunisienne", "tunisien"), ("tunecina", "tunecino")),
    "TUR": (("Turkish",), ("turque",), ("turca", "turco")),
    "VEN": (("Venezuelan",), ("vénézuélienne",), ("venezolana", "venezolano")),
    "VNM": (("Vietnamese",), ("vietnamienne", "vietnamien"), ("vietnamita",)),
    "YEM": (("Yemeni",), ("yéménite",), ("yemení",)),
}
# The SFA database keeps a few citizenships in the local (Bosnian) spelling.
_BS_LOCAL = {"AFG": "Avganistan", "MAR": "Maroko", "SYR": "Sirija", "IRQ": "Irak"}
# Guardia Civil lists write the group's citizenship as a masculine plural.
_ES_PLURAL = {
    "MAR": "MARROQUÍES",
    "DZA": "ARGELINOS",
    "SEN": "SENEGALESES",
    "MLI": "MALIENSES",
    "GIN": "GUINEANOS",
    "CIV": "MARFILEÑOS",
    "GMB": "GAMBIANOS",
    "ROU": "RUMANOS",
    "NGA": "NIGERIANOS",
    "TUN": "TUNECINOS",
    "EGY": "EGIPCIOS",
    "PAK": "PAKISTANÍES",
    "SYR": "SIRIOS",
    "ERI": "ERITREOS",
    "BGD": "BANGLADESÍES",
}

# --------------------------------------------------------------------------------------
# Value wording by house style
# --------------------------------------------------------------------------------------
_W = dict[str, tuple[str, ...]]

_CRIME: dict[str, _W] = {
    "sfa": {
        "smuggling": (
            "Smuggling of persons (Art. 189 CC BiH)",
            "Art. 189 CC BiH - smuggling of persons",
            "Smuggling of migrants",
            "People smuggling (Art. 189)",
            "Organised smuggling of persons (Art. 189a CC BiH)",
        ),
        "trafficking": (
            "Trafficking in persons (Art. 186 CC BiH)",
            "Art. 186 CC BiH - trafficking in persons",
            "Human trafficking",
            "THB (Art. 186)",
        ),
        "both": (
            "Art. 186 + Art. 189 CC BiH (trafficking and smuggling)",
            "Trafficking in persons and smuggling of persons",
            "THB / smuggling of migrants",
        ),
    },
    "vlec": {
        "smuggling": (
            "MIGRANT_SMUGGLING",
            "MIGRANT_SMUGGLING",
            "migrant smuggling",
            "facilitation of illegal border crossing",
        ),
        "trafficking": ("HUMAN_TRAFFICKING", "HUMAN_TRAFFICKING", "trafficking in human beings"),
        "both": ("HUMAN_TRAFFICKING;MIGRANT_SMUGGLING", "THB + migrant smuggling"),
    },
    "ggd": {
        "smuggling": (
            "Aide à l'entrée irrégulière d'un étranger (art. {ceseda} CESEDA)",
            "Aide à l'entrée, à la circulation ou au séjour irréguliers (art. {ceseda} CESEDA)",
            "Aide à l'entrée irrégulière en bande organisée",
            "Art. {ceseda} CESEDA - aide au passage",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "Traite d'êtres humains",
            "TEH - art. 225-4-1 code pénal",
        ),
        "both": (
            "Traite des êtres humains (225-4-1 CP) et aide à l'entrée irrégulière "
            "({ceseda} CESEDA)",
            "TEH + aide à l'entrée et au séjour irréguliers",
        ),
    },
    "obsica": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de personas", "Trata de personas"),
        "both": (
            "Trata de personas y tráfico de migrantes",
            "Trata y tráfico ilícito de migrantes",
        ),
    },
    "gcf": {
        "smuggling": (
            "ART. 318 BIS CP",
            "FAVORECIMIENTO INMIGRACIÓN IRREGULAR (ART. 318 BIS CP)",
            "DELITO CONTRA LOS DERECHOS DE LOS CIUDADANOS EXTRANJEROS (318 BIS)",
            "TRÁFICO ILÍCITO DE MIGRANTES (318 BIS CP)",
        ),
        "trafficking": (
            "TRATA DE SERES HUMANOS (ART. 177 BIS CP)",
            "TSH - ART. 177 BIS CP",
            "TRATA DE SERES HUMANOS",
        ),
        "both": (
            "ARTS. 177 BIS Y 318 BIS CP",
            "TRATA DE SERES HUMANOS E INMIGRACIÓN IRREGULAR (177 BIS / 318 BIS)",
        ),
    },
}
# The observatory cites the law of the country where the event took place.
_OBSICA_LAW: dict[tuple[str, str], tuple[str, ...]] = {
    ("smuggling", "USA"): ("Tráfico de migrantes (8 U.S.C. § 1324)",),
    ("trafficking", "PAN"): ("Trata de personas (Ley 79 de 2011)",),
    ("both", "PAN"): ("Trata de personas (Ley 79 de 2011) y tráfico de migrantes",),
}

_EXPLOIT: dict[str, _W] = {
    "sfa": {
        "sexual": ("sexual exploitation", "sexual", "forced prostitution"),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminal activities", "exploitation in criminal activities"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("removal of organs",),
        "other": ("other", "other forms of exploitation"),
    },
    "vlec": {
        "sexual": ("SEXUAL", "sexual exploitation"),
        "forced_labour": ("LABOUR", "forced labour"),
        "forced_criminality": ("FORCED_CRIMINALITY", "forced criminality"),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "other": ("OTHER",),
    },
    "ggd": {
        "sexual": ("exploitation sexuelle", "proxénétisme / exploitation sexuelle"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "obsica": {
        "sexual": ("Explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otra", "Otras formas de explotación"),
    },
    "gcf": {
        "sexual": ("EXPLOTACIÓN SEXUAL", "SEXUAL"),
        "forced_labour": ("EXPLOTACIÓN LABORAL", "LABORAL"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS", "COMISIÓN DE DELITOS"),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "other": ("OTRAS",),
    },
}
# Written in the exploitation column of a smuggling row ("" = left empty).
_EXPLOIT_NONE: _W = {
    "sfa": ("", "", "N/A", "n/a"),
    "vlec": ("", "", "NOT_APPLICABLE"),
    "ggd": ("", "", "sans objet", "SO"),
    "obsica": ("", "No aplica", "N/A"),
    "gcf": ("", "", "NO PROCEDE"),
}

_GENDER: dict[str, _W] = {
    "sfa": {"male": ("M", "M", "male", "men"), "female": ("F", "F", "female", "women"),
            "mixed": ("M+F", "mixed", "men and women")},
    "vlec": {"male": ("male", "M"), "female": ("female", "F"), "mixed": ("mixed", "M+F")},
    "ggd": {"male": ("H", "homme(s)", "masculin"), "female": ("F", "femme(s)", "féminin"),
            "mixed": ("H/F", "mixte", "hommes et femmes")},
    "obsica": {"male": ("Hombre", "Hombres", "Masculino"),
               "female": ("Mujer", "Mujeres", "Femenino"),
               "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres")},
    "gcf": {"male": ("V", "VARONES", "VARÓN"), "female": ("M", "MUJERES", "MUJER"),
            "mixed": ("V/M", "AMBOS", "MIXTO")},
}  # fmt: skip
_AGE: dict[str, _W] = {
    "sfa": {"adult": ("adult", "adults", "18+"), "child": ("minor", "minors", "UAM"),
            "mixed": ("adults + minors", "mixed", "adults and minors")},
    "vlec": {"adult": ("ADULT", "adult"), "child": ("MINOR", "minor"),
             "mixed": ("MIXED", "adults and minors")},
    "ggd": {"adult": ("majeur", "majeurs", "adulte(s)"), "child": ("mineur", "mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte", "familles avec enfants")},
    "obsica": {"adult": ("Adultos", "Adulto", "Mayor de edad"),
               "child": ("Menores de edad", "Menor", "NNA"),
               "mixed": ("Adultos y menores", "Mixto", "Adultos y NNA")},
    "gcf": {"adult": ("ADULTOS", "MAYORES DE EDAD"), "child": ("MENORES", "MENA", "MENOR"),
            "mixed": ("ADULTOS Y MENORES", "MIXTO")},
}  # fmt: skip
# "Not applicable / not recorded" words of the age and transport columns.
_NA_WORD: _W = {
    "sfa": ("n/a", "not recorded"),
    "vlec": ("NOT_RECORDED", "n/a"),
    "ggd": ("NR", "non renseigné"),
    "obsica": ("N/D", "Sin dato"),
    "gcf": ("S/D", "NO CONSTA"),
}
_MODE: dict[str, _W] = {
    "sfa": {"land": ("on foot", "on foot", "car", "van", "truck", "taxi", "train"),
            "sea": ("rubber boat", "dinghy", "boat", "speedboat", "sailing boat"),
            "air": ("flight", "plane", "air (commercial flight)")},
    "vlec": {"land": ("LAND", "road", "on foot", "rail"), "sea": ("SEA", "maritime", "boat"),
             "air": ("AIR", "by air")},
    "ggd": {"land": ("poids lourd", "PL", "camion", "véhicule léger", "à pied", "autocar"),
            "sea": ("small boat", "small boat", "embarcation", "canot pneumatique", "bateau"),
            "air": ("avion", "voie aérienne")},
    "obsica": {"land": ("Terrestre", "A pie", "Autobús", "Vehículo particular", "Camión"),
               "sea": ("Marítimo", "Lancha", "Embarcación"),
               "air": ("Aéreo", "Vuelo comercial")},
    "gcf": {"land": ("VEHÍCULO", "CAMIÓN", "AUTOBÚS", "TERRESTRE"),
            "sea": ("PATERA", "CAYUCO", "NEUMÁTICA", "EMBARCACIÓN", "MARÍTIMO"),
            "air": ("AÉREO", "VUELO COMERCIAL")},
}  # fmt: skip
# At Ceuta and Melilla a land crossing is a fence jump or a car hiding place.
_GCF_LAND_ENCLAVE = ("SALTO DE VALLA", "OCULTOS EN VEHÍCULO", "PASO FRONTERIZO (VEHÍCULO)")

_COUNT_UNKNOWN: _W = {
    "sfa": ("unknown", "unk.", "n/k"),
    "vlec": ("unknown",),
    "ggd": ("NC", "inconnu", "non connu"),
    "obsica": ("s/d", "Sin dato", "N/D"),
    "gcf": ("S/D", "DESCONOCIDO", "SIN DETERMINAR"),
}
_SUSPECTS_ZERO: _W = {
    "sfa": ("none", "nil", "none identified"),
    "vlec": ("none",),
    "ggd": ("néant", "aucun", "néant"),
    "obsica": ("Ninguno", "Sin detenidos"),
    "gcf": ("NINGUNO", "SIN DETENIDOS"),
}
_SUSPECTS_UNKNOWN: _W = {
    "sfa": ("unknown", "n/k"),
    "vlec": ("unknown",),
    "ggd": ("inconnu", "NR"),
    "obsica": ("s/d", "Desconocido"),
    "gcf": ("S/D", "DESCONOCIDO"),
}
_NAT_UNKNOWN: _W = {
    "sfa": ("unknown", "undocumented - unknown"),
    "vlec": ("UNK",),
    "ggd": ("inconnue", "indéterminée"),
    "obsica": ("Desconocida", "Sin dato"),
    "gcf": ("DESCONOCIDA", "NO CONSTA"),
}
_LINKED: dict[str, _W] = {
    "sfa": {"document_fraud": ("forgery of documents", "false documents"),
            "money_laundering": ("money laundering",),
            "corruption": ("bribery", "corruption"),
            "illicit_goods": ("drug trafficking", "smuggling of excise goods"),
            "cybercrime": ("cybercrime",), "terrorism": ("terrorism",)},
    "vlec": {"document_fraud": ("DOCUMENT_FRAUD",), "money_laundering": ("MONEY_LAUNDERING",),
             "corruption": ("CORRUPTION",), "illicit_goods": ("ILLICIT_GOODS", "DRUGS"),
             "cybercrime": ("CYBERCRIME",), "terrorism": ("TERRORISM",)},
    "ggd": {"document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
            "money_laundering": ("blanchiment", "blanchiment d'argent"),
            "corruption": ("corruption",),
            "illicit_goods": ("trafic de stupéfiants", "contrebande de tabac"),
            "cybercrime": ("cybercriminalité",), "terrorism": ("terrorisme",)},
    "obsica": {"document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
               "money_laundering": ("Lavado de activos", "Blanqueo de capitales"),
               "corruption": ("Cohecho", "Corrupción de funcionarios"),
               "illicit_goods": ("Narcotráfico", "Contrabando"),
               "cybercrime": ("Delitos informáticos",), "terrorism": ("Terrorismo",)},
    "gcf": {"document_fraud": ("FALSEDAD DOCUMENTAL",), "money_laundering": ("BLANQUEO",),
            "corruption": ("COHECHO",), "illicit_goods": ("TRÁFICO DE DROGAS", "CONTRABANDO"),
            "cybercrime": ("CIBERDELITO",), "terrorism": ("TERRORISMO",)},
}  # fmt: skip
_LINKED_SEP: _W = {
    "sfa": ("; ", ", "),
    "vlec": (";", ","),
    "ggd": (", ", " + "),
    "obsica": ("; ", ", "),
    "gcf": (" / ", ", "),
}
_LINKED_NONE: _W = {
    "sfa": ("", "", "none"),
    "vlec": ("",),
    "ggd": ("", "", "néant"),
    "obsica": ("", "", "Ninguno"),
    "gcf": ("", "", "NO"),
}
_TRANSIT_NONE: _W = {
    "sfa": ("", "direct"),
    "vlec": ("",),
    "ggd": ("", "direct"),
    "obsica": ("", "Ninguno", "Directo"),
    "gcf": ("", "DIRECTO", "NINGUNO"),
}
_TRANSIT_SEP: _W = {
    "sfa": (" - ", " – ", ", "),
    "vlec": (">", ";", ","),
    "ggd": (", ", " / ", " - "),
    "obsica": (" - ", ", "),
    "gcf": ("-", " / ", ", "),
}
_SFA_REMARKS: dict[str, tuple[str, ...]] = {
    "Cetingrad (BIH–HRV border)": (
        "Readmitted under the BiH-Croatia readmission agreement",
        "Group intercepted near Velika Kladuša",
        "Handed over at Maljevac border crossing",
        "",
    ),
    "Bajakovo (SRB–HRV border)": (
        "Intercepted near Bajakovo",
        "Handed over by Croatian police",
        "",
    ),
    "Lesbos": ("Information received via liaison officer", "Landing on Lesbos", ""),
    "Samos": ("Information received via liaison officer", ""),
    "Evros": ("Crossing of the Evros river", "Information received via liaison officer", ""),
}
_GCF_PLACES: dict[str, tuple[str, ...]] = {
    "Ceuta": ("CEUTA", "CEUTA (TARAJAL)", "CEUTA (BENZÚ)"),
    "Melilla": ("MELILLA", "MELILLA (BARRIO CHINO)"),
    "El Hierro": ("EL HIERRO", "LA RESTINGA (EL HIERRO)"),
    "Gran Canaria": ("GRAN CANARIA", "ARGUINEGUÍN (GRAN CANARIA)"),
    "Tenerife": ("TENERIFE", "LOS CRISTIANOS (TENERIFE)"),
    "Lanzarote": ("LANZAROTE", "ARRECIFE (LANZAROTE)"),
    "Almería": ("ALMERÍA", "CABO DE GATA (ALMERÍA)"),
    "Almería (El Ejido)": ("EL EJIDO (ALMERÍA)",),
    "Huelva": ("HUELVA", "LEPE (HUELVA)"),
}

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_EN_ORD = ("1st", "2nd", "3rd", "4th")
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
_ES_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ES_QUARTER_WORD = ("primer", "segundo", "tercer", "cuarto")
_FR_QUARTER = ("1er", "2e", "3e", "4e")
# (day, month) pairs no calendar has.
_IMPOSSIBLE = ((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))
_CESEDA_RECODIFIED = pd.Timestamp("2021-05-01")  # L622-1 became L823-1 on this day


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    """Draw one of ``(option, weight)`` pairs in proportion to its weight."""
    weights = np.array([w for _, w in options], dtype=float)
    return options[int(rng.choice(len(options), p=weights / weights.sum()))][0]


def _cell(src: Blind97Source, value: int | float | str) -> object:
    """Write a number as the file holds it: text in a CSV, the number elsewhere."""
    return str(value) if src.format == "csv" else value


def _blank(text: str) -> str | None:
    """Return None for an empty cell, the text otherwise."""
    return text or None


def _name(code: str, lang: str, rng: _Rng) -> str:
    """Return a country's name in ``lang`` (one of its usual spellings)."""
    names = _NAMES.get(code)
    if names is None:  # not in the truth's country list; pycountry's English name
        return code
    return choice(rng, names[_LANG[lang]])


def _demonym(code: str, lang: str, rng: _Rng) -> str:
    """Return a demonym in ``lang``, or the country's name if none is listed."""
    words = _DEMONYMS.get(code)
    if words is None:
        return _name(code, lang, rng)
    return choice(rng, words[_LANG[lang]])


def _alpha2(code: str, rng: _Rng) -> str:
    """ISO alpha-2 code, with the EU's ``EL`` (Greece) and ``UK`` now and then."""
    if code == "GRC" and rng.random() < 0.6:
        return "EL"
    if code == "GBR" and rng.random() < 0.6:
        return "UK"
    return iso_codes(code)[0]


def _garble(src: Blind97Source, text: str, rng: _Rng, rate: float) -> tuple[str, list[str]]:
    """Garble ``text`` as a UTF-8 paste read as cp1252, at ``rate``."""
    if rng.random() < rate:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            return bad, ["mojibake"]
    return text, []


def _dms(value: float) -> tuple[int, int, int, float]:
    """Degrees, minutes and whole seconds of ``abs(value)``; the signed value they give."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    mins, secs = divmod(rest, 60)
    back = deg + mins / 60 + secs / 3600
    return deg, mins, secs, back if value >= 0 else -back


def _partial(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[str, pd.Timestamp]:
    """Draw the precision of a written date; return it and the date it stands for."""
    r = rng.random() if partial_ok else 1.0
    if r < 0.045:
        return "month", pd.Timestamp(ts.year, ts.month, 1)
    if r < 0.075:
        return "quarter", pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)
    return "day", pd.Timestamp(ts.year, ts.month, ts.day)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _day_text(src: Blind97Source, ts: pd.Timestamp, rng: _Rng) -> tuple[object, list[str]]:
    """Write a full date the source's way; return (cell, tags)."""
    d, m, y = ts.day, ts.month, ts.year
    style = src.style
    if style == "sfa":
        kind = _weighted(
            rng, (("dots", 0.55), ("dot_end", 0.15), ("nopad", 0.1), ("roman", 0.1), ("iso", 0.1))
        )
        return {
            "dots": (f"{d:02d}.{m:02d}.{y}", []),
            "dot_end": (f"{d:02d}.{m:02d}.{y}.", ["date_trailing_dot"]),
            "nopad": (f"{d}.{m}.{y}", ["date_no_pad"]),
            "roman": (f"{d}.{_ROMAN[m - 1]}.{y}", ["roman_month"]),
            "iso": (f"{y}-{m:02d}-{d:02d}", ["iso_date"]),
        }[kind]
    if style == "vlec":
        kind = _weighted(rng, (("iso", 0.7), ("offset", 0.18), ("basic", 0.12)))
        if kind == "offset":
            hour, minute = int(rng.integers(6, 21)), int(rng.integers(60))
            zone = choice(rng, ("+02:00", "+03:00", "+01:00", "Z"))
            return f"{y}-{m:02d}-{d:02d}T{hour:02d}:{minute:02d}:00{zone}", ["iso_datetime"]
        if kind == "basic":
            return f"{y}{m:02d}{d:02d}", ["iso_basic"]
        return f"{y}-{m:02d}-{d:02d}", []
    if style == "ggd":
        kind = _weighted(
            rng,
            (("slash", 0.55), ("yy", 0.15), ("words", 0.12), ("weekday", 0.08), ("dots", 0.1)),
        )
        day = "1er" if d == 1 else str(d)
        return {
            "slash": (f"{d:02d}/{m:02d}/{y}", []),
            "yy": (f"{d:02d}/{m:02d}/{y % 100:02d}", ["two_digit_year"]),
            "words": (f"{day} {_FR_MONTHS[m - 1]} {y}", ["month_name"]),
            "weekday": (f"{_FR_DAYS[ts.day_of_week]} {day} {_FR_MONTHS[m - 1]} {y}", ["weekday"]),
            "dots": (f"{d:02d}.{m:02d}.{y}", []),
        }[kind]
    if style == "obsica":
        kind = _weighted(
            rng,
            (("excel", 0.6), ("serial", 0.15), ("slash", 0.13), ("words", 0.06), ("abbr", 0.06)),
        )
        if kind == "excel":
            return pd.Timestamp(y, m, d).to_pydatetime(), []
        if kind == "serial":
            serial = int((pd.Timestamp(y, m, d) - pd.Timestamp("1899-12-30")).days)
            return serial, ["excel_serial"]
        return {
            "slash": (f"{d:02d}/{m:02d}/{y}", ["date_as_text"]),
            "words": (f"{d} de {_ES_MONTHS[m - 1]} de {y}", ["date_as_text", "month_name"]),
            "abbr": (f"{d:02d}-{_ES_ABBR[m - 1]}-{y}", ["date_as_text", "month_name"]),
        }[kind]
    kind = _weighted(rng, (("slash", 0.6), ("dash", 0.15), ("yy", 0.15), ("nopad", 0.1)))
    return {
        "slash": (f"{d:02d}/{m:02d}/{y}", []),
        "dash": (f"{d:02d}-{m:02d}-{y}", []),
        "yy": (f"{d:02d}/{m:02d}/{y % 100:02d}", ["two_digit_year"]),
        "nopad": (f"{d}/{m}/{y}", ["date_no_pad"]),
    }[kind]


def _month_text(src: Blind97Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a month-only date the source's way."""
    m, y = ts.month, ts.year
    options = {
        "sfa": (f"{m:02d}.{y}", f"{MONTHS[m - 1]} {y}", f"{_ROMAN[m - 1]}.{y}"),
        "vlec": (f"{y}-{m:02d}",),
        "ggd": (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"),
        "obsica": (f"{_ES_MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{_ES_ABBR[m - 1]}-{y}"),
        "gcf": (f"{_ES_MONTHS[m - 1].upper()} {y}", f"{_ES_MONTHS[m - 1].upper()} DE {y}"),
    }[src.style]
    return choice(rng, options)


def _quarter_text(src: Blind97Source, ts: pd.Timestamp, rng: _Rng) -> str:
    """Write a quarter-only date the source's way."""
    q, y = (ts.month - 1) // 3 + 1, ts.year
    options = {
        "sfa": (f"Q{q} {y}", f"{_ROMAN[q - 1]} quarter {y}", f"{_EN_ORD[q - 1]} quarter {y}"),
        "vlec": (f"{y}-Q{q}",),
        "ggd": (
            f"{_FR_QUARTER[q - 1]} trimestre {y}",
            f"T{q} {y}",
            f"{_FR_QUARTER[q - 1]} trim. {y}",
        ),
        "obsica": (
            f"{_ROMAN[q - 1]} trimestre {y}",
            f"T{q}-{y}",
            f"{_ES_QUARTER_WORD[q - 1]} trimestre {y}",
        ),
        "gcf": (f"{q}T {y}", f"{q}{'ER' if q in (1, 3) else 'º'} TRIMESTRE {y}"),
    }[src.style]
    return choice(rng, options)


def _date(
    src: Blind97Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event's date: ``(cell, expected date, precision, tags)``."""
    precision, day = _partial(ts, rng, partial_ok)
    if precision == "month":
        return _month_text(src, ts, rng), day, precision, ["partial_month"]
    if precision == "quarter":
        return _quarter_text(src, ts, rng), day, precision, ["partial_quarter"]
    cell, tags = _day_text(src, ts, rng)
    return cell, day, precision, tags


def _bad_date(src: Blind97Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell that must be quarantined: missing, impossible or future."""
    y = ts.year
    if kind == "no_date":
        words = {"sfa": ("", "", "unknown"), "gcf": ("", "", "S/F")}.get(src.style, ("",))
        return _blank(choice(rng, words))
    if kind == "bad_date":
        pairs = list(_IMPOSSIBLE)
        if y % 4 != 0:
            pairs.append((29, 2))  # not a leap year
        d, m = pairs[int(rng.integers(len(pairs)))]
        return {
            "sfa": f"{d}.{m:02d}.{y}",
            "vlec": f"{y}-{m:02d}-{d:02d}",
            "ggd": f"{d}/{m:02d}/{y}",
            "obsica": f"{d}/{m:02d}/{y}",
            "gcf": f"{d}/{m:02d}/{y}",
        }[src.style]
    future = pd.Timestamp(y + 10, ts.month, min(ts.day, 28))  # a slip of the year digit
    if src.style == "obsica":
        return future.to_pydatetime()
    cell, _ = _day_text(src, future, rng)
    return cell


def _note_date(src: Blind97Source, last: pd.Timestamp) -> object:
    """Date written on the note row: the extraction date, a few days after the last row."""
    day = last + pd.Timedelta(days=4)
    if src.style == "obsica":
        return day.to_pydatetime()
    if src.style == "sfa":
        return day.strftime("%d.%m.%Y")
    if src.style == "vlec":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Fields
# --------------------------------------------------------------------------------------
def _crime(src: Blind97Source, ev: dict[str, object], ts: pd.Timestamp, rng: _Rng) -> _Out:
    """Name the offence as the source does; expect the truth's crime type."""
    crime = str(ev["crime_type"])
    words = _CRIME[src.style][crime]
    tags: list[str] = []
    if src.style == "obsica":
        law = _OBSICA_LAW.get((crime, str(ev["detection_country"])), ())
        if law and rng.random() < 0.5:
            words, tags = law, ["legal_article"]
    text = choice(rng, words)
    if "{ceseda}" in text:
        text = text.format(ceseda="L622-1" if ts < _CESEDA_RECODIFIED else "L823-1")
    if any(k in text for k in ("Art", "art", "ART", "CESEDA", "U.S.C.", "Ley")):
        tags = ["legal_article"]
    return text, crime, tags


def _exploitation(src: Blind97Source, ev: dict[str, object], rng: _Rng) -> _Out:
    """Write the form of exploitation; a smuggling row leaves it empty or "n/a"."""
    form = ev["exploitation"]
    if form is None:
        word = choice(rng, _EXPLOIT_NONE[src.style])
        return _blank(word), None, (["exploitation_na"] if word else [])
    return choice(rng, _EXPLOIT[src.style][str(form)]), str(form), []


def _count(src: Blind97Source, n: int, rng: _Rng) -> _Out:
    """Persons reported; a placeholder for 'not known' expects no count."""
    r = rng.random()
    if r < 0.02:
        if src.style == "vlec" and r < 0.01:
            return None, None, ["count_placeholder"]
        return choice(rng, _COUNT_UNKNOWN[src.style]), None, ["count_placeholder"]
    big = n >= 1000 and rng.random() < 0.65
    style = src.style
    if style == "sfa":
        return (f"{n:,}", n, ["thousands_sep"]) if big else (str(n), n, [])
    if style == "vlec":
        return (str(n), n, ["count_as_text"]) if rng.random() < 0.08 else (n, n, [])
    if style == "ggd":
        if big:
            sep = choice(rng, (" ", "\xa0"))
            return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands_sep"]
        if rng.random() < 0.05:
            return f"{n} pers.", n, ["count_unit"]
        return str(n), n, []
    if style == "obsica":
        if big:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands_sep", "count_as_text"]
        return (str(n), n, ["count_as_text"]) if rng.random() < 0.06 else (n, n, [])
    if big:
        return f"{n // 1000}.{n % 1000:03d}", n, ["thousands_sep"]
    return str(n), n, []


def _suspects(src: Blind97Source, k: int, rng: _Rng, blank: bool) -> _Out:
    """Suspects (facilitators, arrested); a zero word expects 0, 'unknown' nothing."""
    if blank:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.02:
        return choice(rng, _SUSPECTS_UNKNOWN[src.style]), None, ["suspects_placeholder"]
    if k == 0 and r < 0.35:
        return choice(rng, _SUSPECTS_ZERO[src.style]), 0, ["zero_word"]
    return _cell(src, k), k, []


def _gender(src: Blind97Source, g: str, rng: _Rng, blank: bool) -> _Out:
    """Sex of the persons; a blank cell expects ``unknown``."""
    if blank:
        return None, "unknown", ["blank_gender"]
    return choice(rng, _GENDER[src.style][g]), g, []


def _age(src: Blind97Source, a: str, rng: _Rng) -> _Out:
    """Age group; a 'not recorded' word expects ``unknown``."""
    if rng.random() < 0.015:
        return choice(rng, _NA_WORD[src.style]), "unknown", ["na_word"]
    return choice(rng, _AGE[src.style][a]), a, []


def _transport(src: Blind97Source, ev: dict[str, object], rng: _Rng) -> _Out:
    """Means of transport; a 'not recorded' word expects ``unknown``."""
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        return choice(rng, _NA_WORD[src.style]), "unknown", ["na_word"]
    words = _MODE[src.style][mode]
    if src.style == "gcf" and mode == "land" and ev["hotspot"] in ("Ceuta", "Melilla"):
        words = _GCF_LAND_ENCLAVE
    return choice(rng, words), mode, []


def _country(src: Blind97Source, code: str, rng: _Rng, role: str) -> tuple[str, list[str]]:
    """Write a country (``role``: nationality, origin, destination or detection)."""
    lang = src.language
    nat = role == "nationality"
    styles: tuple[tuple[str, float], ...]
    style = src.style
    if style == "sfa":
        styles = (
            (("name", 0.5), ("demonym", 0.25), ("alpha3", 0.15), ("local", 0.1))
            if nat
            else (("name", 0.85), ("alpha3", 0.1), ("alpha2", 0.05))
        )
    elif style == "vlec" and nat:
        styles = (("alpha3", 0.7), ("name", 0.3))
    elif style == "vlec":
        styles = (
            (("alpha2", 0.6), ("name", 0.4))
            if role == "origin"
            else (("alpha2", 0.8), ("name", 0.2))
        )
    elif style == "ggd":
        styles = (("demonym", 0.65), ("name", 0.35)) if nat else (("name", 0.95), ("alpha2", 0.05))
    elif style == "obsica":
        styles = (
            (("name", 0.55), ("demonym", 0.4), ("alpha3", 0.05))
            if nat
            else (("name", 0.93), ("alpha3", 0.07))
        )
    else:
        styles = (
            (("name", 0.45), ("plural", 0.4), ("alpha3", 0.15))
            if nat
            else (("name", 0.92), ("alpha3", 0.08))
        )
    kind = _weighted(rng, styles)
    tags: list[str] = []
    if kind == "alpha3":
        text, tags = code, ["iso3"]
    elif kind == "alpha2":
        text, tags = _alpha2(code, rng), ["iso2"]
    elif kind == "demonym":
        text, tags = _demonym(code, lang, rng), ["demonym"]
    elif kind == "local" and code in _BS_LOCAL:
        text, tags = _BS_LOCAL[code], ["local_spelling"]
    elif kind == "plural" and code in _ES_PLURAL:
        text, tags = _ES_PLURAL[code], ["demonym"]
    else:
        text = _name(code, lang, rng)
    if style == "gcf" and kind != "alpha2":
        text = text.upper()
    if style in ("ggd", "gcf") and kind not in ("alpha2", "alpha3"):
        text, more = _garble(src, text, rng, 0.04)
        tags += more
    if style == "sfa" and rng.random() < 0.03:
        text, tags = text.upper() + " ", [*tags, "case_space"]
    return text, tags


def _nationality(src: Blind97Source, code: str, rng: _Rng, blank: bool) -> _Out:
    """Citizenship; blank or 'unknown' expects nothing."""
    if blank:
        return None, None, ["blank_nationality"]
    if rng.random() < 0.008:
        word = choice(rng, _NAT_UNKNOWN[src.style])
        return word, None, ["blank_nationality", "nationality_placeholder"]
    text, tags = _country(src, code, rng, "nationality")
    return text, code, tags


def _place(src: Blind97Source, code: object, rng: _Rng, role: str) -> _Out:
    """Origin, destination or detection country (None stays empty)."""
    if code is None:
        return None, None, []
    text, tags = _country(src, str(code), rng, role)
    return text, str(code), tags


def _transit(src: Blind97Source, codes: object, rng: _Rng) -> _Out:
    """Transit countries in order, joined the source's way; none -> empty or 'direct'."""
    if codes is None:
        return _blank(choice(rng, _TRANSIT_NONE[src.style])), None, []
    parts = str(codes).split("|")
    sep = choice(rng, _TRANSIT_SEP[src.style])
    tags = ["transit_list"] if len(parts) > 1 else []
    if src.style == "vlec":
        return sep.join(_alpha2(c, rng) for c in parts), str(codes), [*tags, "iso2"]
    if src.style == "sfa" and rng.random() < 0.2:
        return "-".join(parts), str(codes), [*tags, "iso3"]
    names = [_name(c, src.language, rng) for c in parts]
    if src.style == "gcf":
        names = [n.upper() for n in names]
    if src.style == "obsica" and len(names) > 1 and rng.random() < 0.3:
        return ", ".join(names[:-1]) + " y " + names[-1], str(codes), tags
    return sep.join(names), str(codes), tags


def _linked(src: Blind97Source, offences: object, rng: _Rng) -> _Out:
    """Linked offences in the source's words; none -> empty or a 'none' word."""
    if offences is None:
        return _blank(choice(rng, _LINKED_NONE[src.style])), None, []
    parts = str(offences).split("|")
    words = [choice(rng, _LINKED[src.style][p]) for p in parts]
    return choice(rng, _LINKED_SEP[src.style]).join(words), str(offences), ["linked_words"]


def _coords(
    src: Blind97Source, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Location cells (``coordinates`` or ``lat``/``lon``), expected lat, lon and tags."""
    if blank:
        return {}, None, None, ["blank_coordinates"]
    r = rng.random()
    style = src.style
    if r < 0.03:
        return {}, None, None, ["coords_missing"]
    if r < 0.045 and style != "vlec":
        word = {
            "sfa": "no GPS fix",
            "ggd": "NC",
            "obsica": "sin coordenadas",
            "gcf": "SIN COORDENADAS",
        }[style]
        if style in ("sfa", "gcf"):
            return {"coordinates": word}, None, None, ["coords_placeholder"]
        return {"lat": word, "lon": word}, None, None, ["coords_placeholder"]
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    if style == "sfa":
        kind = _weighted(rng, (("dec", 0.6), ("hemi", 0.2), ("dms", 0.2)))
        if kind == "dec":
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), []
        if kind == "hemi":
            text = f"{ns}{abs(lat):.4f} {ew}{abs(lon):.4f}"
            return {"coordinates": text}, round(lat, 4), round(lon, 4), ["coords_hemisphere"]
        d1, m1, s1, la = _dms(lat)
        d2, m2, s2, lo = _dms(lon)
        text = f"{d1}°{m1:02d}'{s1:02d}\"{ns} {d2}°{m2:02d}'{s2:02d}\"{ew}"
        return {"coordinates": text}, la, lo, ["dms"]
    if style == "vlec":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if style == "ggd":
        if rng.random() < 0.8:
            cells: dict[str, object] = {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }
            return cells, round(lat, 5), round(lon, 5), ["decimal_comma"]
        d1, m1, s1, la = _dms(lat)
        d2, m2, s2, lo = _dms(lon)
        ouest = "E" if lon >= 0 else "O"  # French writes west as O (ouest)
        cells = {
            "lat": f"{d1}°{m1:02d}'{s1:02d}'' {ns}",
            "lon": f"{d2}°{m2:02d}'{s2:02d}'' {ouest}",
        }
        return cells, la, lo, ["dms"] + ([] if lon >= 0 else ["west_as_O"])
    if style == "obsica":
        if rng.random() < 0.1:
            cells = {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }
            return cells, round(lat, 5), round(lon, 5), ["decimal_comma"]
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if rng.random() < 0.2:
        text = f"{lat:.5f}, {lon:.5f}"
        return {"coordinates": text}, round(lat, 5), round(lon, 5), []
    d1, m1, s1, la = _dms(lat)
    d2, m2, s2, lo = _dms(lon)
    oeste = "E" if lon >= 0 else "O"  # Spanish writes west as O (oeste)
    if rng.random() < 0.7:
        text = f"{d1:02d}º{m1:02d}'{s1:02d}\"{ns} {d2:03d}º{m2:02d}'{s2:02d}\"{oeste}"
    else:
        text = f"{d1}º {m1:02d}' {s1:02d}'' {ns} / {d2}º {m2:02d}' {s2:02d}'' {oeste}"
    return (
        {"coordinates": text},
        la,
        lo,
        ["dms", "ordinal_degree"] + ([] if lon >= 0 else ["west_as_O"]),
    )


def _extra(src: Blind97Source, ev: dict[str, object], rng: _Rng) -> dict[str, object]:
    """Free-text columns no record field comes from (remarks, place)."""
    hotspot = str(ev["hotspot"])
    if src.style == "sfa":
        remarks = _SFA_REMARKS.get(hotspot, ("Information received via liaison officer", ""))
        return {"remarks": _blank(choice(rng, remarks))}
    if src.style == "gcf":
        places = _GCF_PLACES.get(hotspot, (hotspot.upper(),))
        return {"place": choice(rng, places)}
    return {}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind97Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags).

    Parameters
    ----------
    src : Blind97Source
        The source writing the row.
    ev : dict
        The true event (its date already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field a second report leaves blank (``nationality``, ``n_suspects``,
        ``coordinates``, ``gender``, ``detection_country``).

    Returns
    -------
    cells : dict
        Cells by canonical column (``coordinates`` for a one-column location).
    expected : dict
        Expected clean value of every record field.
    tags : list of str
        Messiness planted in the row.
    """
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def put(col: str, out: _Out) -> None:
        cell, value, more = out
        cells[col] = cell
        exp[col] = value
        tags.extend(more)

    date_cell, day, precision, more = _date(src, ts, rng, partial_ok)
    cells["event_date"] = date_cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tags.extend(more)
    put("crime_type", _crime(src, ev, ts, rng))
    put("exploitation", _exploitation(src, ev, rng))
    put("n_persons", _count(src, int(ev["n_persons"]), rng))  # type: ignore[call-overload]
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    put("n_suspects", _suspects(src, suspects, rng, forced_blank == "n_suspects"))
    put("gender", _gender(src, str(ev["gender"]), rng, forced_blank == "gender"))
    put("age_group", _age(src, str(ev["age_group"]), rng))
    nat = str(ev["nationality"])
    put("nationality", _nationality(src, nat, rng, forced_blank == "nationality"))
    put("origin_country", _place(src, ev["origin_country"], rng, "origin"))
    put("destination_country", _place(src, ev["destination_country"], rng, "destination"))
    if forced_blank == "detection_country":
        put("detection_country", (None, None, ["blank_detection_country"]))
    else:
        put("detection_country", _place(src, ev["detection_country"], rng, "detection"))
    put("transit_countries", _transit(src, ev["transit_countries"], rng))
    put("transport_mode", _transport(src, ev, rng))
    loc, lat, lon, more = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(loc)
    exp["lat"], exp["lon"] = lat, lon
    tags.extend(more)
    put("linked_offences", _linked(src, ev["linked_offences"], rng))
    cells.update(_extra(src, ev, rng))
    return cells, exp, tags


_EXAM: Examiner[Blind97Source] = Examiner(
    sources=BLIND97_SOURCES,
    primary={
        "HRV": _SFA.source,
        "GRC": _SFA.source,
        "FRA": _GGD.source,
        "PAN": _OBSICA.source,
        "USA": _OBSICA.source,
        "ESP": _GCF.source,
    },
    compilation=_VLEC.source,
    secondary={
        ("channel", "GBR"): _GGD.source,
        ("channel", "FRA"): _VLEC.source,
        ("wbal", "HRV"): _VLEC.source,
        ("emed", "GRC"): _VLEC.source,
        ("cmed", "ITA"): _GCF.source,
        ("thb_rou_esp", "ITA"): _GCF.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=9797,
    blank_share=0.35,
)


def make_blind97(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind97`` set's five submissions (files ``*_cu.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sfa_bih_cu.csv``, ``guam_vlec_cu.jsonl``, ``gendarmerie_nord_cu.csv``,
        ``obsica_sica_cu.xlsx`` and ``gc_fronteras_cu.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind97(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sfa_bih_cu.csv', 'guam_vlec_cu.jsonl', 'gendarmerie_nord_cu.csv',
     'obsica_sica_cu.xlsx', 'gc_fronteras_cu.csv']
    """
    return make_examined(_EXAM, truth, seed=seed)
