"""Examiner set ``blind93``: five Southern Cone, Interpol and French liaison files (``*_cq.*``).

A held-out sample set written without looking at the cleaner, to measure how well it reads
wording it was never tuned on. The five sources feed one analytic exchange on migrant
smuggling and trafficking in human beings; each sends the cases it holds, wherever they
were detected (the liaison digests of a regional bureau, a prosecutor's office, a drugs
directorate with a port nexus). Every written value is one a competent analyst reads
unambiguously; the truth records that reading.

Sources
-------
``gendarmeria_ar_cq.csv`` -- Gendarmería Nacional Argentina, Dirección de Inteligencia
    Criminal (enlace AMERIPOL), first reporter of the Darién (Panamá) events; walking
    the Darién is ``a pie (selva)`` or ``caminando``.
    Spanish (Rioplatense), cp1252, ``;``, CRLF line ends, headers such as ``N° Actuación``,
    ``Encuadre legal``, ``Cant. víctimas / migrantes``, ``Coord. GMS (WGS84)``. Dates
    day-first ``14/03/2022``, ``14/3/22``, ``14-mar-22``, ``14 de marzo de 2022``; month
    only ``marzo/2022``, ``03/2022``; quarters ``1er trim. 2022``, ``I Trimestre 2022``.
    Crime type as the legal framing: art. 145 bis/ter Código Penal and Ley 26.364
    (trata), art. 116/117 Ley 25.871 (tráfico ilegal de migrantes, also "tráfico de
    personas"). Coordinates in degrees, minutes and seconds with a decimal comma and the
    Spanish hemisphere letter ``O`` (oeste) for west, sometimes hemisphere first, a few
    in decimal degrees with decimal commas. Demonyms (gendered: ``VENEZOLANA``), counts
    with a ``.`` thousands separator, written-out numbers ``doce (12)``, ``s/d`` (sin
    datos) and ``N/C`` (no corresponde) placeholders, ``s/f`` (sin fecha) for no date.
    About one row in seven is all capitals (SIFCOP style). Re-sends some rows.
``dgrtid_uy_cq.xlsx`` -- Policía Nacional del Uruguay, Dirección General de Represión
    al Tráfico Ilícito de Drogas (cases with a port nexus), first reporter of the
    events detected in Spain. Spanish, XLSX. Real Excel dates mostly; some day numbers
    that lost their format (Excel serials), some typed text dates (``14/03/2022``,
    ``14-3-2022``); month ``setiembre 2022``, ``09/2022``; quarters ``3er. trimestre
    2022``, ``T3-2022``. Crime type by Ley 18.250 (art. 77 tráfico de personas =
    smuggling, art. 78 trata) and Ley 19.643. Suspects are ``Indagados``. Latitude and
    longitude in two numeric columns, some typed as text with a decimal comma. Country
    names (``Rep. Bolivariana de Venezuela``, ``EE.UU.``), some cells with UTF-8 read
    as cp1252 (``PanamÃ¡``) and stray spaces. Drug cases give ``estupefacientes`` as
    the linked offence.
``ufetesi_py_cq.csv`` -- Ministerio Público del Paraguay, Unidad Fiscal Especializada
    en la Lucha contra la Trata de Personas y Explotación Sexual de NNA (UFETESI),
    first reporter of the events detected in Italy. Spanish, UTF-16 with BOM,
    tab-delimited (Excel "Unicode text" export) under a ``.csv`` name. Headers
    ``Carpeta fiscal N°``, ``Hecho punible``, ``Imputados``. Dates ``14/03/2022``,
    ``14-03-2022``, ``14 de marzo de 2022``, ``en fecha 14/03/2022``; month
    ``Marzo/2022``, ``mes de marzo de 2022``; quarters ``1er. Trimestre/2022``. Crime
    type by Ley 4788/12 (trata) or "tráfico ilícito de migrantes". Nationality as ``de
    nacionalidad siria``; ``NNA`` for children; coordinates as copied from a map
    (``37.50213, 15.08712``) or with decimal commas (``37,50213 ; 15,08712``).
``rbba_interpol_cq.jsonl`` -- INTERPOL Regional Bureau for South America (Buenos
    Aires), weekly THB/SOM digest in English, first reporter of the US-Mexico border
    events. JSON lines, UTF-8, snake_case keys. Dates ISO ``2022-03-14``, ISO with a
    time ``2022-03-14T00:00:00Z``, ``14 MAR 2022``; month ``2022-03``, ``MAR 2022``;
    quarters ``2022-Q1``, ``Q1 2022``. Offence ``THB``, ``SOM``, ``THB / SOM``;
    countries as ISO alpha-2 codes, capitalised names or demonyms; counts as JSON
    numbers or strings (``1,250``); ``N/K`` placeholders; coordinates as two JSON
    numbers. A disclaimer line and a total line. Re-sends some lines (paging overlap).
``sccopol_fr_cq.csv`` -- Section centrale de coopération opérationnelle de police
    (SCCOPOL), French international police cooperation, compilation of the European
    partners' messages: first reporter of every other event (Greece, Croatia, Poland,
    United Kingdom, France). French, UTF-8 without BOM, ``|``-delimited (an export of a
    message register). Headers ``Réf. message``, ``Qualification pénale``, ``Nb mis en
    cause``, ``Pays de constatation``. Dates ``14/03/2022``, ``14 mars 2022``,
    ``lun. 14/03/2022``, ``14/03/22``; month ``mars 2022``; quarters ``T1 2022``,
    ``1er trimestre 2022``. Crime type ``TEH`` / traite des êtres humains (art. 225-4-1
    CP), aide à l'entrée et au séjour irréguliers (art. L. 823-1 CESEDA, ex-L. 622-1).
    Coordinates in degrees and decimal minutes (``50°57,812'N 001°35,104'E``, ``O`` or
    ``W`` for west). Counts with a narrow no-break space as thousands separator,
    ``néant`` for no suspect, ``NC`` / ``non renseigné`` placeholders, the demonym
    ``nigérian`` (Nigeria) beside ``Niger`` on the transit route.

Each event is first reported by the source of its detection country (the French
compilation for the rest); about 4 % are reported a second time by another source, dates
a day apart and written that source's way, some leaving one field blank. Every file has a
note row and a total row (CSV files also an empty row) and 1.5 % bad rows (no date,
impossible date, future date, negative or unreadable count).
"""

from __future__ import annotations

import datetime as dt
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

__all__ = ["BLIND93_SOURCES", "Blind93Source", "make_blind93"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind93Source(ExaminerSource):
    """A source of the ``blind93`` set: the shared description plus its way of writing.

    Attributes
    ----------
    style : str
        Which agency's way of writing a row: ``"gna"`` (Argentina), ``"uy"`` (Uruguay),
        ``"py"`` (Paraguay), ``"rb"`` (INTERPOL Buenos Aires) or ``"fr"`` (SCCOPOL).
    """

    style: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_GNA = Blind93Source(
    source="gendarmeria_ar",
    filename="gendarmeria_ar_cq.csv",
    ref="DICRI-{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "N° Actuación",
        "event_date": "Fecha hecho (dd/mm/aaaa)",
        "crime_type": "Encuadre legal",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. víctimas / migrantes",
        "n_suspects": "Cant. detenidos",
        "gender": "Sexo",
        "age_group": "Mayor/Menor",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "destination_country": "País destino final",
        "detection_country": "País del procedimiento",
        "transit_countries": "Países de tránsito (ruta)",
        "transport_mode": "Modalidad de traslado",
        "coordinates": "Coord. GMS (WGS84)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a confirmación judicial (fuente: partes DICRI)",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos", "VARIOS", "un grupo"),
    repeats=True,
    style="gna",
)
_UY = Blind93Source(
    source="dgrtid_uy",
    filename="dgrtid_uy_cq.xlsx",
    ref="SGSP {seq:06d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Novedad SGSP",
        "event_date": "Fecha",
        "crime_type": "Delito (norma)",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas (total)",
        "n_suspects": "Indagados",
        "gender": "Sexo víctimas",
        "age_group": "Edad",
        "nationality": "Nacionalidad predominante",
        "origin_country": "Procedencia",
        "destination_country": "Destino",
        "detection_country": "País de intervención",
        "transit_countries": "Escalas / tránsito",
        "transport_mode": "Medio",
        "lat": "Lat. (decimal)",
        "lon": "Long. (decimal)",
        "linked_offences": "Delitos asociados",
    },
    note="Datos provisorios - DGRTID Dpto. Inteligencia, extracción SGSP",
    total="Total",
    bad_count=("varios", "múltiples", "decenas"),
    repeats=False,
    style="uy",
)
_PY = Blind93Source(
    source="ufetesi_py",
    filename="ufetesi_py_cq.csv",
    ref="UFETESI-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Carpeta fiscal N°",
        "event_date": "Fecha del hecho",
        "crime_type": "Hecho punible",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de víctimas/personas",
        "n_suspects": "Imputados",
        "gender": "Sexo",
        "age_group": "Edad (adulto/NNA)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Vía de traslado",
        "coordinates": "Georreferencia (lat, long)",
        "linked_offences": "Otros hechos punibles",
    },
    note="Obs.: datos extraídos del sistema de gestión fiscal, sujetos a actualización",
    total="TOTAL",
    bad_count=("varias", "numerosas", "varios"),
    repeats=False,
    style="py",
)
_RB = Blind93Source(
    source="rbba_interpol",
    filename="rbba_interpol_cq.jsonl",
    ref="RBBA/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "date_of_event",
        "crime_type": "offence",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_arrested",
        "gender": "victims_sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country_of_detection",
        "transit_countries": "transit_route",
        "transport_mode": "means_of_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_crimes",
    },
    note="DISCLAIMER: provisional data, no onward dissemination without originator consent",
    total="TOTAL",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
    style="rb",
)
_FR = Blind93Source(
    source="sccopol_fr",
    filename="sccopol_fr_cq.csv",
    ref="SCCOPOL/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="fr",
    headers={
        "source_ref": "Réf. message",
        "event_date": "Date des faits",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes (victimes/migrants)",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "coordinates": "Position (deg. min. déc.)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, diffusion restreinte aux services destinataires",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "un groupe"),
    repeats=False,
    style="fr",
)

#: The five sources of the set, in the order of the submissions.
BLIND93_SOURCES: tuple[Blind93Source, ...] = (_GNA, _UY, _PY, _RB, _FR)

_PRIMARY = {
    "PAN": "gendarmeria_ar",
    "ESP": "dgrtid_uy",
    "ITA": "ufetesi_py",
    "USA": "rbba_interpol",
}
_COMPILATION = "sccopol_fr"
_SECONDARY = {
    ("darien", "PAN"): "rbba_interpol",
    ("us_mex", "USA"): "gendarmeria_ar",
    ("watl", "ESP"): "sccopol_fr",
    ("wmed", "ESP"): "ufetesi_py",
    ("thb_rou_esp", "ESP"): "ufetesi_py",
    ("thb_rou_esp", "ITA"): "dgrtid_uy",
    ("cmed", "ITA"): "sccopol_fr",
    ("thb_nga_ita", "ITA"): "dgrtid_uy",
    ("emed", "GRC"): "rbba_interpol",
    ("channel", "FRA"): "rbba_interpol",
    ("channel", "GBR"): "rbba_interpol",
    ("thb_vnm_gbr", "GBR"): "ufetesi_py",
    ("wbal", "HRV"): "dgrtid_uy",
    ("blr_pol", "POL"): "gendarmeria_ar",
}

# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
#: Spanish country names (the first is the usual one).
_ES_COUNTRY: dict[str, tuple[str, ...]] = {
    "VEN": ("Venezuela", "Rep. Bolivariana de Venezuela", "República Bolivariana de Venezuela"),
    "SYR": ("Siria", "Rep. Árabe Siria"),
    "AFG": ("Afganistán",),
    "MEX": ("México", "Estados Unidos Mexicanos"),
    "ECU": ("Ecuador",),
    "MAR": ("Marruecos",),
    "IRQ": ("Irak", "Iraq"),
    "GIN": ("Guinea", "Guinea Conakry", "Rep. de Guinea"),
    "TUN": ("Túnez",),
    "MLI": ("Malí", "Mali"),
    "PAK": ("Pakistán",),
    "SEN": ("Senegal",),
    "DZA": ("Argelia",),
    "NGA": ("Nigeria",),
    "VNM": ("Vietnam", "Viet Nam"),
    "ROU": ("Rumania", "Rumanía"),
    "EGY": ("Egipto",),
    "BGD": ("Bangladés", "Bangladesh"),
    "COL": ("Colombia",),
    "CIV": ("Costa de Marfil", "Côte d'Ivoire"),
    "ERI": ("Eritrea",),
    "HND": ("Honduras",),
    "HTI": ("Haití",),
    "GTM": ("Guatemala",),
    "IRN": ("Irán", "Rep. Islámica de Irán"),
    "CHN": ("China", "Rep. Popular China"),
    "GMB": ("Gambia",),
    "ALB": ("Albania",),
    "YEM": ("Yemen",),
    "TUR": ("Turquía",),
    "CMR": ("Camerún",),
    "USA": ("Estados Unidos", "EE.UU.", "EEUU", "Estados Unidos de América"),
    "DEU": ("Alemania",),
    "ESP": ("España",),
    "ITA": ("Italia",),
    "GBR": ("Reino Unido", "Gran Bretaña"),
    "FRA": ("Francia",),
    "GRC": ("Grecia",),
    "AUT": ("Austria",),
    "POL": ("Polonia",),
    "PAN": ("Panamá", "Rep. de Panamá"),
    "HRV": ("Croacia",),
    "LBY": ("Libia",),
    "MRT": ("Mauritania",),
    "BGR": ("Bulgaria",),
    "SRB": ("Serbia",),
    "BIH": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
    "BLR": ("Bielorrusia", "Belarús"),
    "NER": ("Níger",),
    "RUS": ("Rusia", "Federación de Rusia"),
    "HUN": ("Hungría",),
    "MKD": ("Macedonia del Norte",),
}
#: Spanish demonyms: (masculine, feminine).
_ES_DEMONYM: dict[str, tuple[str, str]] = {
    "VEN": ("venezolano", "venezolana"),
    "SYR": ("sirio", "siria"),
    "AFG": ("afgano", "afgana"),
    "MEX": ("mexicano", "mexicana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "MAR": ("marroquí", "marroquí"),
    "IRQ": ("iraquí", "iraquí"),
    "GIN": ("guineano", "guineana"),
    "TUN": ("tunecino", "tunecina"),
    "MLI": ("maliense", "maliense"),
    "PAK": ("pakistaní", "pakistaní"),
    "SEN": ("senegalés", "senegalesa"),
    "DZA": ("argelino", "argelina"),
    "NGA": ("nigeriano", "nigeriana"),
    "VNM": ("vietnamita", "vietnamita"),
    "ROU": ("rumano", "rumana"),
    "EGY": ("egipcio", "egipcia"),
    "BGD": ("bangladesí", "bangladesí"),
    "COL": ("colombiano", "colombiana"),
    "CIV": ("marfileño", "marfileña"),
    "ERI": ("eritreo", "eritrea"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "IRN": ("iraní", "iraní"),
    "CHN": ("chino", "china"),
    "GMB": ("gambiano", "gambiana"),
    "ALB": ("albanés", "albanesa"),
    "YEM": ("yemení", "yemení"),
    "TUR": ("turco", "turca"),
    "CMR": ("camerunés", "camerunesa"),
}
#: French country names.
_FR_COUNTRY: dict[str, tuple[str, ...]] = {
    "VEN": ("Venezuela",),
    "SYR": ("Syrie",),
    "AFG": ("Afghanistan",),
    "MEX": ("Mexique",),
    "ECU": ("Équateur",),
    "MAR": ("Maroc",),
    "IRQ": ("Irak",),
    "GIN": ("Guinée", "Guinée-Conakry"),
    "TUN": ("Tunisie",),
    "MLI": ("Mali",),
    "PAK": ("Pakistan",),
    "SEN": ("Sénégal",),
    "DZA": ("Algérie",),
    "NGA": ("Nigeria",),
    "VNM": ("Viêt Nam", "Vietnam"),
    "ROU": ("Roumanie",),
    "EGY": ("Égypte",),
    "BGD": ("Bangladesh",),
    "COL": ("Colombie",),
    "CIV": ("Côte d'Ivoire",),
    "ERI": ("Érythrée",),
    "HND": ("Honduras",),
    "HTI": ("Haïti",),
    "GTM": ("Guatemala",),
    "IRN": ("Iran",),
    "CHN": ("Chine",),
    "GMB": ("Gambie",),
    "ALB": ("Albanie",),
    "YEM": ("Yémen",),
    "TUR": ("Turquie",),
    "CMR": ("Cameroun",),
    "USA": ("États-Unis",),
    "DEU": ("Allemagne",),
    "ESP": ("Espagne",),
    "ITA": ("Italie",),
    "GBR": ("Royaume-Uni", "Grande-Bretagne"),
    "FRA": ("France",),
    "GRC": ("Grèce",),
    "AUT": ("Autriche",),
    "POL": ("Pologne",),
    "PAN": ("Panama",),
    "HRV": ("Croatie",),
    "LBY": ("Libye",),
    "MRT": ("Mauritanie",),
    "BGR": ("Bulgarie",),
    "SRB": ("Serbie",),
    "BIH": ("Bosnie-Herzégovine",),
    "BLR": ("Biélorussie", "Bélarus"),
    "NER": ("Niger",),
    "RUS": ("Russie",),
    "HUN": ("Hongrie",),
    "MKD": ("Macédoine du Nord",),
}
#: French demonyms: (masculine, feminine).
_FR_DEMONYM: dict[str, tuple[str, str]] = {
    "VEN": ("vénézuélien", "vénézuélienne"),
    "SYR": ("syrien", "syrienne"),
    "AFG": ("afghan", "afghane"),
    "MEX": ("mexicain", "mexicaine"),
    "ECU": ("équatorien", "équatorienne"),
    "MAR": ("marocain", "marocaine"),
    "IRQ": ("irakien", "irakienne"),
    "GIN": ("guinéen", "guinéenne"),
    "TUN": ("tunisien", "tunisienne"),
    "MLI": ("malien", "malienne"),
    "PAK": ("pakistanais", "pakistanaise"),
    "SEN": ("sénégalais", "sénégalaise"),
    "DZA": ("algérien", "algérienne"),
    "NGA": ("nigérian", "nigériane"),
    "VNM": ("vietnamien", "vietnamienne"),
    "ROU": ("roumain", "roumaine"),
    "EGY": ("égyptien", "égyptienne"),
    "BGD": ("bangladais", "bangladaise"),
    "COL": ("colombien", "colombienne"),
    "CIV": ("ivoirien", "ivoirienne"),
    "ERI": ("érythréen", "érythréenne"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "IRN": ("iranien", "iranienne"),
    "CHN": ("chinois", "chinoise"),
    "GMB": ("gambien", "gambienne"),
    "ALB": ("albanais", "albanaise"),
    "YEM": ("yéménite", "yéménite"),
    "TUR": ("turc", "turque"),
    "CMR": ("camerounais", "camerounaise"),
}
#: English country names.
_EN_COUNTRY: dict[str, tuple[str, ...]] = {
    "VEN": ("Venezuela",),
    "SYR": ("Syria", "Syrian Arab Republic"),
    "AFG": ("Afghanistan",),
    "MEX": ("Mexico",),
    "ECU": ("Ecuador",),
    "MAR": ("Morocco",),
    "IRQ": ("Iraq",),
    "GIN": ("Guinea", "Guinea-Conakry"),
    "TUN": ("Tunisia",),
    "MLI": ("Mali",),
    "PAK": ("Pakistan",),
    "SEN": ("Senegal",),
    "DZA": ("Algeria",),
    "NGA": ("Nigeria",),
    "VNM": ("Viet Nam", "Vietnam"),
    "ROU": ("Romania",),
    "EGY": ("Egypt",),
    "BGD": ("Bangladesh",),
    "COL": ("Colombia",),
    "CIV": ("Côte d'Ivoire", "Ivory Coast"),
    "ERI": ("Eritrea",),
    "HND": ("Honduras",),
    "HTI": ("Haiti",),
    "GTM": ("Guatemala",),
    "IRN": ("Iran", "Iran (Islamic Republic of)"),
    "CHN": ("China",),
    "GMB": ("Gambia", "The Gambia"),
    "ALB": ("Albania",),
    "YEM": ("Yemen",),
    "TUR": ("Türkiye", "Turkey"),
    "CMR": ("Cameroon",),
    "USA": ("United States", "USA", "U.S."),
    "DEU": ("Germany",),
    "ESP": ("Spain",),
    "ITA": ("Italy",),
    "GBR": ("United Kingdom", "UK"),
    "FRA": ("France",),
    "GRC": ("Greece",),
    "AUT": ("Austria",),
    "POL": ("Poland",),
    "PAN": ("Panama",),
    "HRV": ("Croatia",),
    "LBY": ("Libya",),
    "MRT": ("Mauritania",),
    "BGR": ("Bulgaria",),
    "SRB": ("Serbia",),
    "BIH": ("Bosnia and Herzegovina",),
    "BLR": ("Belarus",),
    "NER": ("Niger",),
    "RUS": ("Russia", "Russian Federation"),
    "HUN": ("Hungary",),
    "MKD": ("North Macedonia",),
}
#: English demonyms.
_EN_DEMONYM: dict[str, str] = {
    "VEN": "Venezuelan",
    "SYR": "Syrian",
    "AFG": "Afghan",
    "MEX": "Mexican",
    "ECU": "Ecuadorian",
    "MAR": "Moroccan",
    "IRQ": "Iraqi",
    "GIN": "Guinean",
    "TUN": "Tunisian",
    "MLI": "Malian",
    "PAK": "Pakistani",
    "SEN": "Senegalese",
    "DZA": "Algerian",
    "NGA": "Nigerian",
    "VNM": "Vietnamese",
    "ROU": "Romanian",
    "EGY": "Egyptian",
    "BGD": "Bangladeshi",
    "COL": "Colombian",
    "CIV": "Ivorian",
    "ERI": "Eritrean",
    "HND": "Honduran",
    "HTI": "Haitian",
    "GTM": "Guatemalan",
    "IRN": "Iranian",
    "CHN": "Chinese",
    "GMB": "Gambian",
    "ALB": "Albanian",
    "YEM": "Yemeni",
    "TUR": "Turkish",
    "CMR": "Cameroonian",
}
_COUNTRY = {"es": _ES_COUNTRY, "fr": _FR_COUNTRY, "en": _EN_COUNTRY}

# --------------------------------------------------------------------------------------
# Wording: crime type, exploitation, linked offences
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "gna": {
        "trafficking": (
            "Trata de personas (art. 145 bis CP)",
            "Trata de personas - Ley 26.364",
            "Art. 145 ter C.P. (trata agravada)",
            "Infr. Ley 26.364 (mod. Ley 26.842) - trata",
            "Trata de personas",
        ),
        "smuggling": (
            "Tráfico ilegal de migrantes (art. 116 Ley 25.871)",
            "Tráfico ilegal de personas (arts. 116/117 Ley 25.871)",
            "Infr. Ley 25.871 - tráfico ilegal de migrantes",
            "Tráfico de migrantes",
            "Art. 116 L. 25.871 (tráfico ilegal)",
        ),
        "both": (
            "Trata y tráfico (art. 145 bis CP / art. 116 Ley 25.871)",
            "Trata de personas + tráfico ilegal de migrantes",
            "Arts. 145 bis CP y 116 Ley 25.871 (trata y tráfico)",
        ),
    },
    "uy": {
        "trafficking": (
            "Trata de personas (art. 78 Ley 18.250)",
            "Trata de personas - Ley 19.643",
            "Trata de personas",
        ),
        "smuggling": (
            "Tráfico de personas (art. 77 Ley 18.250)",
            "Tráfico ilícito de migrantes",
            "Art. 77 Ley 18.250 - tráfico de personas",
        ),
        "both": (
            "Tráfico y trata de personas (arts. 77 y 78 Ley 18.250)",
            "Trata / tráfico de personas (Ley 19.643 y art. 77 Ley 18.250)",
        ),
    },
    "py": {
        "trafficking": (
            "Trata de personas (Ley N° 4788/12)",
            "Trata de personas",
            "Ley 4788/12 - Integral contra la trata de personas",
        ),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Facilitación de ingreso ilegal (tráfico ilícito de migrantes)",
        ),
        "both": (
            "Trata de personas y tráfico ilícito de migrantes",
            "Trata (Ley 4788/12) / tráfico de migrantes",
        ),
    },
    "rb": {
        "trafficking": ("THB", "Trafficking in human beings", "Human trafficking", "TIP"),
        "smuggling": ("SOM", "Migrant smuggling", "People smuggling", "Smuggling of migrants"),
        "both": ("THB / SOM", "THB and migrant smuggling", "SOM + THB"),
    },
    "fr": {
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "Traite des êtres humains",
            "TEH - art. 225-4-1 du code pénal",
        ),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L. 823-1 CESEDA)",
            "Aide à l'entrée irrégulière d'étrangers (ex-art. L. 622-1 CESEDA)",
            "Trafic de migrants / aide à l'entrée irrégulière",
            "Aide à l'entrée, à la circulation et au séjour irréguliers en bande organisée",
        ),
        "both": (
            "TEH + aide à l'entrée et au séjour irréguliers",
            "Traite des êtres humains et trafic de migrants",
            "Art. 225-4-1 CP et art. L. 823-1 CESEDA (traite + aide à l'entrée)",
        ),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("explotación sexual", "sexual", "fines de explotación sexual"),
        "forced_labour": ("explotación laboral", "trabajo forzoso", "servidumbre laboral"),
        "forced_criminality": ("comisión forzada de delitos", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra", "otras formas de explotación", "otros fines"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autres formes"),
    },
    "en": {
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("forced labour", "labour exploitation", "labor exploitation"),
        "forced_criminality": ("forced criminality", "criminal exploitation"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other", "other forms"),
    },
}
#: What a source writes as the exploitation of a pure smuggling case (read as nothing).
_NO_EXPLOIT: dict[str, tuple[str | None, ...]] = {
    "gna": (None, None, "N/C", "-"),
    "uy": (None, None, "No corresponde"),
    "py": (None, "no aplica", None),
    "rb": (None, "N/A", None),
    "fr": (None, "sans objet", "-"),
}
_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "document_fraud": (
            "falsificación de documentos",
            "uso de documento falso",
            "documentación apócrifa",
        ),
        "corruption": ("cohecho", "corrupción de funcionario público"),
        "money_laundering": ("lavado de activos", "lavado de dinero"),
        "illicit_goods": ("contrabando", "estupefacientes"),
        "cybercrime": ("ciberdelito", "delito informático"),
        "terrorism": ("terrorismo",),
    },
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("trafic de stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_NO_OFFENCE: dict[str, tuple[str | None, ...]] = {
    "gna": (None, None, "-", "no"),
    "uy": (None, None, None, "Ninguno"),
    "py": (None, None, "ninguno"),
    "rb": (None, None, "none"),
    "fr": (None, None, "néant"),
}

# --------------------------------------------------------------------------------------
# Wording: people, transport, placeholders
# --------------------------------------------------------------------------------------
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "gna": {
        "male": ("Masculino", "masc.", "varones"),
        "female": ("Femenino", "fem.", "mujeres"),
        "mixed": ("Mixto", "ambos sexos", "varones y mujeres"),
    },
    "uy": {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Ambos", "Ambos sexos", "Mixto"),
    },
    "py": {
        "male": ("masculino", "hombres", "varones"),
        "female": ("femenino", "mujeres"),
        "mixed": ("mixto", "hombres y mujeres", "ambos sexos"),
    },
    "rb": {
        "male": ("M", "Male", "male"),
        "female": ("F", "Female", "female"),
        "mixed": ("Mixed", "M/F", "both sexes"),
    },
    "fr": {
        "male": ("H", "homme(s)", "masculin"),
        "female": ("F", "femme(s)", "féminin"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "gna": {
        "adult": ("Mayor", "mayores", "adultos"),
        "child": ("Menor", "menores", "NNA"),
        "mixed": ("mayores y menores", "Mixto", "adultos y NNA"),
    },
    "uy": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "py": {
        "adult": ("adulto", "adultos", "mayor de edad"),
        "child": ("NNA", "menor de edad", "adolescentes"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    "rb": {
        "adult": ("adult", "Adult", "adults"),
        "child": ("minor", "child", "UAM"),
        "mixed": ("mixed", "adults and minors"),
    },
    "fr": {
        "adult": ("majeur", "majeurs", "adulte"),
        "child": ("mineur", "mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
}
#: Plural words, not written for a single person.
_PLURAL = frozenset(
    {
        "mayores",
        "adultos",
        "menores",
        "Adultos",
        "Menores",
        "Mayores de edad",
        "Menores de edad",
        "adolescentes",
        "majeurs",
        "mineurs",
        "adults",
        "varones",
        "mujeres",
        "hombres",
        "Hombres",
        "Mujeres",
    }
)


def _for_one(words: tuple[str, ...], n: int) -> tuple[str, ...]:
    """Keep the singular words when the row is about one person."""
    if n != 1:
        return words
    kept = tuple(w for w in words if w not in _PLURAL)
    return kept or words


_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "gna": {
        "sea": ("marítimo", "embarcación", "gomón", "vía marítima"),
        "land": ("terrestre", "a pie", "ómnibus", "camión", "vehículo particular"),
        "air": ("aéreo", "vuelo comercial", "vía aérea"),
    },
    "uy": {
        "sea": ("Marítimo", "Embarcación", "Patera", "Cayuco"),
        "land": ("Terrestre", "Ómnibus", "Camión", "Vehículo"),
        "air": ("Aéreo", "Vuelo comercial"),
    },
    "py": {
        "sea": ("marítima", "embarcación", "vía marítima"),
        "land": ("terrestre", "vía terrestre", "bus", "automóvil"),
        "air": ("aérea", "vía aérea", "vuelo comercial"),
    },
    "rb": {
        "sea": ("sea", "boat", "maritime", "vessel"),
        "land": ("land", "on foot", "vehicle", "truck", "bus"),
        "air": ("air", "commercial flight", "by air"),
    },
    "fr": {
        "sea": ("maritime", "embarcation pneumatique", "small boat", "voie maritime", "bateau"),
        "land": ("terrestre", "poids lourd", "véhicule léger", "à pied", "train"),
        "air": ("aérien", "vol commercial", "voie aérienne"),
    },
}
#: Unknown-value words (gender, age group, transport, nationality).
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "gna": ("s/d", "S/D", "sin dato"),
    "uy": ("S/D", "Sin datos", "-"),
    "py": ("sin datos", "s/d", "no consta"),
    "rb": ("N/K", "unknown", "not recorded"),
    "fr": ("NC", "non renseigné", "inconnu"),
}
#: Count cells meaning "count not known" (the record keeps no count).
_COUNT_UNKNOWN: dict[str, tuple[str, ...]] = {
    "gna": ("s/d", "sin determinar"),
    "uy": ("S/D", "sin determinar"),
    "py": ("no determinado", "sin datos"),
    "rb": ("N/K", "unknown"),
    "fr": ("NC", "non déterminé"),
}
#: Suspect-count cells meaning "nobody".
_ZERO: dict[str, tuple[str, ...]] = {
    "gna": ("ninguno", "sin detenidos", "0 (cero)"),
    "uy": ("Ninguno", "Sin indagados"),
    "py": ("ninguno", "sin imputados"),
    "rb": ("none", "nil"),
    "fr": ("néant", "aucun"),
}
_ES_NUMBER = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
)

# --------------------------------------------------------------------------------------
# Wording: dates
# --------------------------------------------------------------------------------------
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
_FR_DAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_EN_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_ROMAN = ("I", "II", "III", "IV")
_ES_ORD = ("1er", "2do", "3er", "4to")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _es_month(month: int, rng: _Rng, *, rioplatense: bool) -> str:
    """Name a month in Spanish; the Southern Cone often writes ``setiembre``."""
    name = _ES_MONTHS[month - 1]
    if month == 9 and rioplatense and rng.random() < 0.6:
        return "setiembre"
    return name


def _precision(rng: _Rng, partial_ok: bool, p_month: float, p_quarter: float) -> str:
    r = rng.random()
    if not partial_ok:
        return "day"
    if r < p_month:
        return "month"
    if r < p_month + p_quarter:
        return "quarter"
    return "day"


def _start(ts: pd.Timestamp, precision: str) -> pd.Timestamp:
    if precision == "month":
        return pd.Timestamp(ts.year, ts.month, 1)
    if precision == "quarter":
        return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)
    return pd.Timestamp(ts.year, ts.month, ts.day)


def _date_gna(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    q = (ts.month - 1) // 3
    if prec == "month":
        return choice(
            rng,
            (
                f"{_es_month(ts.month, rng, rioplatense=True)}/{ts.year}",
                f"{ts.month:02d}/{ts.year}",
                f"{_es_month(ts.month, rng, rioplatense=True).capitalize()} {ts.year}",
            ),
        ), "date_month"
    if prec == "quarter":
        return choice(
            rng, (f"{_ES_ORD[q]} trim. {ts.year}", f"{_ROMAN[q]} Trimestre {ts.year}")
        ), "date_quarter"
    r = rng.random()
    if r < 0.55:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ""
    if r < 0.72:
        return f"{ts.day}/{ts.month}/{ts.year % 100:02d}", "date_short_year"
    if r < 0.88:
        mon = _es_month(ts.month, rng, rioplatense=True)[:3]
        return f"{ts.day}-{mon}-{ts.year % 100:02d}", "date_month_abbrev"
    mon = _es_month(ts.month, rng, rioplatense=True)
    return f"{ts.day} de {mon} de {ts.year}", "date_words"


def _date_uy(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    q = (ts.month - 1) // 3
    if prec == "month":
        return choice(
            rng,
            (
                f"{_es_month(ts.month, rng, rioplatense=True)} {ts.year}",
                f"{ts.month:02d}/{ts.year}",
            ),
        ), "date_month"
    if prec == "quarter":
        return choice(
            rng, (f"{_ES_ORD[q]}. trimestre {ts.year}", f"T{q + 1}-{ts.year}")
        ), "date_quarter"
    r = rng.random()
    if r < 0.78:
        return dt.datetime(ts.year, ts.month, ts.day), ""
    if r < 0.87:
        return int((ts - _EXCEL_EPOCH).days), "excel_serial"
    if r < 0.95:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", "date_text"
    return f"{ts.day}-{ts.month}-{ts.year}", "date_text"


def _date_py(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    q = (ts.month - 1) // 3
    mon = _es_month(ts.month, rng, rioplatense=True)
    if prec == "month":
        return choice(
            rng, (f"{mon.capitalize()}/{ts.year}", f"mes de {mon} de {ts.year}")
        ), "date_month"
    if prec == "quarter":
        return choice(
            rng, (f"{_ES_ORD[q]}. Trimestre/{ts.year}", f"{_ROMAN[q]} trimestre de {ts.year}")
        ), "date_quarter"
    r = rng.random()
    if r < 0.55:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ""
    if r < 0.7:
        return f"{ts.day:02d}-{ts.month:02d}-{ts.year}", "date_dash"
    if r < 0.88:
        return f"{ts.day} de {mon} de {ts.year}", "date_words"
    return f"en fecha {ts.day:02d}/{ts.month:02d}/{ts.year}", "date_prefix"


def _date_rb(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    q = (ts.month - 1) // 3
    if prec == "month":
        return choice(
            rng, (f"{ts.year}-{ts.month:02d}", f"{_EN_MON[ts.month - 1]} {ts.year}")
        ), "date_month"
    if prec == "quarter":
        return choice(rng, (f"{ts.year}-Q{q + 1}", f"Q{q + 1} {ts.year}")), "date_quarter"
    r = rng.random()
    if r < 0.6:
        return f"{ts.year}-{ts.month:02d}-{ts.day:02d}", ""
    if r < 0.8:
        return f"{ts.year}-{ts.month:02d}-{ts.day:02d}T00:00:00Z", "date_iso_time"
    return f"{ts.day:02d} {_EN_MON[ts.month - 1]} {ts.year}", "date_month_abbrev"


def _date_fr(ts: pd.Timestamp, prec: str, rng: _Rng) -> tuple[object, str]:
    q = (ts.month - 1) // 3
    mon = _FR_MONTHS[ts.month - 1]
    if prec == "month":
        return choice(rng, (f"{mon} {ts.year}", f"{ts.month:02d}/{ts.year}")), "date_month"
    if prec == "quarter":
        first = "1er" if q == 0 else f"{q + 1}e"
        return choice(rng, (f"T{q + 1} {ts.year}", f"{first} trimestre {ts.year}")), "date_quarter"
    r = rng.random()
    if r < 0.55:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}", ""
    if r < 0.75:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {mon} {ts.year}", "date_words"
    if r < 0.88:
        return f"{_FR_DAYS[ts.day_of_week]} {ts.day:02d}/{ts.month:02d}/{ts.year}", "date_weekday"
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}", "date_short_year"


_DATE = {"gna": _date_gna, "uy": _date_uy, "py": _date_py, "rb": _date_rb, "fr": _date_fr}
#: (share of month-only dates, share of quarter-only dates) of a first report.
_PARTIAL = {
    "gna": (0.04, 0.02),
    "uy": (0.03, 0.015),
    "py": (0.05, 0.02),
    "rb": (0.05, 0.03),
    "fr": (0.03, 0.02),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: Blind93Source, code: str, rng: _Rng) -> str:
    """Name a country as the source does (the usual name most of the time)."""
    if src.style == "rb":
        r = rng.random()
        if r < 0.35:
            return iso_codes(code)[0]
        name = _EN_COUNTRY.get(code, (code,))[0]
        return name.upper() if r < 0.6 else name
    names = _COUNTRY[src.language].get(code, (code,))
    if len(names) > 1 and rng.random() < 0.25:
        return choice(rng, names[1:])
    return names[0]


def _nationality(src: Blind93Source, code: str, female: bool, rng: _Rng) -> tuple[str, str]:
    """Write a nationality as the source does, with its messiness tag."""
    r = rng.random()
    if src.style == "gna":
        if r < 0.75:
            word = _ES_DEMONYM[code][1 if female else 0]
            return (word.upper() if rng.random() < 0.5 else word.capitalize()), "demonym"
        return _country(src, code, rng), ""
    if src.style == "uy":
        if r < 0.8:
            return _country(src, code, rng), ""
        return _ES_DEMONYM[code][1 if female else 0].capitalize(), "demonym"
    if src.style == "py":
        if r < 0.4:
            return f"de nacionalidad {_ES_DEMONYM[code][1]}", "demonym_phrase"
        if r < 0.75:
            return _ES_DEMONYM[code][1 if female else 0], "demonym"
        return _country(src, code, rng), ""
    if src.style == "rb":
        if r < 0.4:
            return iso_codes(code)[0], "iso2"
        if r < 0.7:
            return _EN_DEMONYM[code], "demonym"
        return _EN_COUNTRY[code][0].upper(), ""
    if r < 0.65:
        return _FR_DEMONYM[code][1 if female else 0], "demonym"
    return _country(src, code, rng), ""


def _join(parts: list[str], rng: _Rng, src: Blind93Source) -> str:
    if len(parts) == 1:
        return parts[0]
    if src.style == "gna":
        return choice(rng, (" - ", " / ", ", ")).join(parts)
    if src.style == "uy":
        return choice(rng, (" - ", ", ")).join(parts)
    if src.style == "py":
        if rng.random() < 0.5:
            return ", ".join(parts[:-1]) + " y " + parts[-1]
        return ", ".join(parts)
    if src.style == "rb":
        return choice(rng, (" > ", ", ", "-")).join(parts)
    if rng.random() < 0.4:
        return ", ".join(parts[:-1]) + " et " + parts[-1]
    return choice(rng, (" / ", ", ")).join(parts)


def _transit(src: Blind93Source, value: object, rng: _Rng) -> tuple[str | None, str]:
    if value is None:
        empty: dict[str, tuple[str | None, ...]] = {
            "gna": (None, "directo", "-"),
            "uy": (None, "Directo"),
            "py": (None, "ninguno"),
            "rb": (None, "direct", "none"),
            "fr": (None, "direct", "néant"),
        }
        return _choice_or_none(rng, empty[src.style]), ""
    codes = str(value).split("|")
    if src.style == "rb" and rng.random() < 0.5:
        return _join([iso_codes(c)[0] for c in codes], rng, src), "iso2"
    text = _join([_country(src, c, rng) for c in codes], rng, src)
    if src.style == "gna" and rng.random() < 0.15:
        return f"vía {text}", "transit_prefix"
    if src.style == "fr" and rng.random() < 0.15:
        return f"via {text}", "transit_prefix"
    return text, ""


def _choice_or_none(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    """Draw one of ``options`` (some of which may be None) uniformly."""
    return options[int(rng.integers(len(options)))]


def _offences(src: Blind93Source, value: object, rng: _Rng) -> str | None:
    if value is None:
        return _choice_or_none(rng, _NO_OFFENCE[src.style])
    words = [choice(rng, _OFFENCE[src.language][k]) for k in str(value).split("|")]
    if len(words) == 1:
        return words[0]
    sep = {"es": (", ", " y ", " + "), "fr": (", ", " + ", " et "), "en": (", ", "; ", " + ")}
    return choice(rng, sep[src.language]).join(words)


def _crime(src: Blind93Source, crime: str, exploitation: object, rng: _Rng) -> str:
    if src.style == "py" and crime == "trafficking" and rng.random() < 0.4:
        if exploitation == "sexual":
            return "Trata de personas con fines de explotación sexual (art. 5 Ley 4788/12)"
        if exploitation == "forced_labour":
            return "Trata de personas con fines de explotación laboral (art. 6 Ley 4788/12)"
    return choice(rng, _CRIME[src.style][crime])


def _count(src: Blind93Source, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count of persons as the source does (n >= 0), with its messiness tag."""
    r = rng.random()
    style = src.style
    if style == "gna":
        if n >= 1000:
            return (f"{n:,}".replace(",", ".") if r < 0.8 else str(n)), "thousands"
        if n <= 20 and r < 0.12:
            return f"{_ES_NUMBER[n]} ({n})", "number_words"
        if r < 0.2:
            return f"{n} personas" if n != 1 else "1 persona", "count_unit"
        return str(n), ""
    if style == "uy":
        if n >= 1000 and r < 0.4:
            return f"{n:,}".replace(",", "."), "thousands"
        if r < 0.05:
            return str(n), "count_text"
        return n, ""
    if style == "py":
        if n >= 1000:
            return f"{n:,}".replace(",", "."), "thousands"
        if n <= 20 and r < 0.1:
            return f"{n} ({_ES_NUMBER[n]})", "number_words"
        return str(n), ""
    if style == "rb":
        if n >= 1000 and r < 0.6:
            return f"{n:,}", "thousands"
        if r < 0.15:
            return str(n), "count_text"
        return n, ""
    if n >= 1000:
        sep = "\u202f" if r < 0.6 else " "
        return f"{n:,}".replace(",", sep), "thousands"
    if r < 0.1:
        return f"{n} pers.", "count_unit"
    return str(n), ""


def _suspects(src: Blind93Source, n: int, rng: _Rng) -> tuple[object, str]:
    r = rng.random()
    if n == 0 and r < 0.3:
        return choice(rng, _ZERO[src.style]), "zero_word"
    if src.style == "gna" and n > 0 and r > 0.85:
        return (f"{n} detenidos" if n > 1 else "1 detenido"), "count_unit"
    if src.style in ("uy", "rb") and r < 0.9:
        return n, ""
    return str(n), ""


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, *, decimals: int) -> tuple[int, int, float]:
    a = round(abs(value) * 3600, decimals)
    d = int(a // 3600)
    m = int((a - d * 3600) // 60)
    s = round(a - d * 3600 - m * 60, decimals)
    return d, m, s


def _coords_gna(lat: float, lon: float, rng: _Rng) -> tuple[str, float, float, str]:
    if rng.random() < 0.12:  # decimal degrees with decimal commas
        la, lo = round(lat, 5), round(lon, 5)
        return (
            f"{la:.5f}".replace(".", ",") + " / " + f"{lo:.5f}".replace(".", ","),
            la,
            lo,
            ("coords_decimal_comma"),
        )
    parts = []
    values = []
    for v, pos, neg in ((lat, "N", "S"), (lon, "E", "O")):
        d, m, s = _dms(v, decimals=1)
        hemi = pos if v >= 0 else neg
        text = f"{d}°{m:02d}'{s:04.1f}\"".replace(".", ",")
        parts.append((text, hemi))
        values.append((1 if v >= 0 else -1) * (d + m / 60 + s / 3600))
    if rng.random() < 0.3:
        cell = f"{parts[0][1]} {parts[0][0]} {parts[1][1]} {parts[1][0]}"
    else:
        cell = f"{parts[0][0]} {parts[0][1]} - {parts[1][0]} {parts[1][1]}"
    return cell, round(values[0], 6), round(values[1], 6), "coords_dms"


def _coords_py(lat: float, lon: float, rng: _Rng) -> tuple[str, float, float, str]:
    la, lo = round(lat, 5), round(lon, 5)
    if rng.random() < 0.6:
        return f"{la:.5f}, {lo:.5f}", la, lo, ""
    return (
        f"{la:.5f}".replace(".", ",") + " ; " + f"{lo:.5f}".replace(".", ","),
        la,
        lo,
        ("coords_decimal_comma"),
    )


def _coords_fr(lat: float, lon: float, rng: _Rng) -> tuple[str, float, float, str]:
    west = choice(rng, ("W", "W", "O"))
    comma = rng.random() < 0.7
    parts = []
    values = []
    for v, pos, neg, width in ((lat, "N", "S", 2), (lon, "E", west, 3)):
        minutes = round(abs(v) * 60, 3)
        d = int(minutes // 60)
        m = round(minutes - d * 60, 3)
        mtext = f"{m:06.3f}"
        if comma:
            mtext = mtext.replace(".", ",")
        parts.append((f"{d:0{width}d}°{mtext}'", pos if v >= 0 else neg))
        values.append((1 if v >= 0 else -1) * (d + m / 60))
    if comma:
        cell = f"{parts[0][0]}{parts[0][1]} {parts[1][0]}{parts[1][1]}"
    else:
        cell = f"{parts[0][1]} {parts[0][0]} / {parts[1][1]} {parts[1][0]}"
    return cell, round(values[0], 6), round(values[1], 6), "coords_dm"


# --------------------------------------------------------------------------------------
# The renderer
# --------------------------------------------------------------------------------------
def _render(
    src: Blind93Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    style = src.style
    lang = src.language
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(t: str) -> None:
        if t:
            tags.append(t)

    # date ------------------------------------------------------------------------------
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    p_month, p_quarter = _PARTIAL[style]
    prec = _precision(rng, partial_ok, p_month, p_quarter)
    cells["event_date"], t = _DATE[style](ts, prec, rng)
    tag(t)
    exp["event_date"] = _start(ts, prec)
    exp["date_precision"] = prec

    # crime type and exploitation ----------------------------------------------------------
    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    cells["crime_type"] = _crime(src, crime, expl, rng)
    exp["crime_type"] = crime
    if expl is None:
        cells["exploitation"] = _choice_or_none(rng, _NO_EXPLOIT[style])
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, _EXPLOIT[lang][str(expl)])
        exp["exploitation"] = str(expl)

    # counts -------------------------------------------------------------------------------
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[style])
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tag(t)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    elif rng.random() < 0.01:
        cells["n_suspects"] = choice(rng, _UNKNOWN[style])
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    else:
        cells["n_suspects"], t = _suspects(src, k, rng)
        exp["n_suspects"] = k
        tag(t)

    # people -------------------------------------------------------------------------------
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tag("blank_gender")
    elif rng.random() < 0.01:
        cells["gender"] = choice(rng, _UNKNOWN[style])
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        words = _GENDER[style][gender]
        if style == "gna" and n == 1:
            words = {"male": ("Masculino", "varón"), "female": ("Femenino", "mujer")}.get(
                gender, words
            )
        cells["gender"] = choice(rng, _for_one(words, n))
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.012:
        cells["age_group"] = choice(rng, _UNKNOWN[style])
        exp["age_group"] = "unknown"
        tag("na_word")
    else:
        cells["age_group"] = choice(rng, _for_one(_AGE[style][age], n))
        exp["age_group"] = age
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        cells["nationality"] = None
        exp["nationality"] = None
        tag("blank_nationality")
    elif rng.random() < 0.01:
        cells["nationality"] = choice(rng, _UNKNOWN[style])
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        cells["nationality"], t = _nationality(src, str(nat), gender == "female", rng)
        exp["nationality"] = str(nat)
        tag(t)

    # countries ----------------------------------------------------------------------------
    for col in ("origin_country", "destination_country"):
        value = ev[col]
        cells[col] = None if value is None else _country(src, str(value), rng)
        exp[col] = None if value is None else str(value)
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        cells["detection_country"] = None
        exp["detection_country"] = None
        tag("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, str(det), rng)
        exp["detection_country"] = str(det)
    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tag(t)

    # transport ----------------------------------------------------------------------------
    mode = str(ev["transport_mode"])
    if rng.random() < 0.012:
        cells["transport_mode"] = choice(rng, _UNKNOWN[style])
        exp["transport_mode"] = "unknown"
        tag("na_word")
    else:
        words = _TRANSPORT[style][mode]
        corridor = str(ev["corridor"])
        if style == "uy" and mode == "sea":  # a cayuco on the Atlantic, a patera elsewhere
            words = ("Marítimo", "Embarcación", "Cayuco" if corridor == "watl" else "Patera")
        elif style == "gna" and corridor == "darien":
            words = ("a pie", "terrestre", "a pie (selva)", "caminando")
        cells["transport_mode"] = choice(rng, words)
        exp["transport_mode"] = mode

    # coordinates --------------------------------------------------------------------------
    lat, lon = ev["lat"], ev["lon"]
    place: tuple[object, object, object, object] | None
    r = rng.random()
    if forced_blank == "coordinates" or lat is None or lon is None:
        place = None
        tag("blank_coordinates")
    elif r < 0.02:
        place = None
        tag("coords_missing")
    elif r < 0.03:
        word = choice(rng, _UNKNOWN[style])
        place = (word, word, None, None)
        tag("coords_placeholder")
    else:
        la, lo = float(lat), float(lon)  # type: ignore[arg-type]
        if style == "gna":
            text, ela, elo, t = _coords_gna(la, lo, rng)
            place = (text, None, ela, elo)
        elif style == "py":
            text, ela, elo, t = _coords_py(la, lo, rng)
            place = (text, None, ela, elo)
        elif style == "fr":
            text, ela, elo, t = _coords_fr(la, lo, rng)
            place = (text, None, ela, elo)
        elif style == "uy":
            ela, elo = round(la, 5), round(lo, 5)
            if rng.random() < 0.1:
                place = (f"{ela:.5f}".replace(".", ","), f"{elo:.5f}".replace(".", ","), ela, elo)
                t = "coords_decimal_comma"
            else:
                place = (ela, elo, ela, elo)
                t = ""
        else:
            ela, elo = round(la, 5), round(lo, 5)
            if rng.random() < 0.1:
                place = (f"{ela:.5f}", f"{elo:.5f}", ela, elo)
                t = "coords_text"
            else:
                place = (ela, elo, ela, elo)
                t = ""
        tag(t)
    if "coordinates" in src.headers:
        cells["coordinates"] = None if place is None else place[0]
    else:
        cells["lat"] = None if place is None else place[0]
        cells["lon"] = None if place is None else place[1]
    exp["lat"] = None if place is None else place[2]
    exp["lon"] = None if place is None else place[3]

    # linked offences ----------------------------------------------------------------------
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    # the source's own habits --------------------------------------------------------------
    if style == "gna" and rng.random() < 0.14:  # a unit typing in capitals
        cells = {k: (v.upper() if isinstance(v, str) else v) for k, v in cells.items()}
        tag("upper_case")
    if style == "uy":
        for key in ("nationality", "origin_country", "destination_country", "detection_country"):
            value = cells.get(key)
            if isinstance(value, str) and rng.random() < 0.05:
                garbled = mojibake(value)
                if garbled is not None:
                    cells[key] = garbled
                    tag("mojibake")
            elif isinstance(value, str) and rng.random() < 0.04:
                cells[key] = f" {value} " if rng.random() < 0.3 else f"{value} "
                tag("spaces")
    for key, value in cells.items():  # every cell must fit the file's encoding
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{src.filename}: {key} cell {value!r} does not fit {src.encoding}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and note dates
# --------------------------------------------------------------------------------------
_NO_DATE: dict[str, tuple[str | None, ...]] = {
    "gna": (None, None, None, "s/f"),
    "uy": (None, None, None, "S/F"),
    "py": (None, None, "sin fecha"),
    "rb": (None, None, "N/K"),
    "fr": (None, None, "date inconnue"),
}


def _safe_day(year: int, month: int, day: int) -> dt.datetime:
    try:
        return dt.datetime(year, month, day)
    except ValueError:  # 29 February of a year that has none
        return dt.datetime(year, month, 28)


def _bad_date(src: Blind93Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine (no date, impossible date, future date)."""
    style = src.style
    if kind == "no_date":
        return _choice_or_none(rng, _NO_DATE[style])
    if kind == "bad_date":
        if style == "rb":
            return choice(rng, (f"{ts.year}-02-30", f"{ts.year}-13-{ts.day:02d}"))
        return choice(
            rng,
            (
                f"31/02/{ts.year}",
                f"30/02/{ts.year}",
                f"{ts.day:02d}/13/{ts.year}",
                f"31/{'04' if ts.month < 6 else '11'}/{ts.year}",
            ),
        )
    # a future date: the year's middle digits swapped (2022 -> 2202) or ten years on
    year = int(f"{ts.year}"[0] + f"{ts.year}"[2] + f"{ts.year}"[1] + f"{ts.year}"[3])
    if year <= 2030:
        year = ts.year + 200
    if rng.random() < 0.3:
        year = ts.year + 10
    if style == "uy":
        return _safe_day(year, ts.month, ts.day)
    if style == "rb":
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: Blind93Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the day of its last case)."""
    if src.style == "uy":
        return dt.datetime(last.year, last.month, last.day)
    if src.style == "rb":
        return f"{last.year}-{last.month:02d}-{last.day:02d}"
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


_EXAMINER: Examiner[Blind93Source] = Examiner(
    sources=BLIND93_SOURCES,
    primary=_PRIMARY,
    compilation=_COMPILATION,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=9393,
    blank_share=0.35,
)


def make_blind93(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind93`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``gendarmeria_ar_cq.csv``, ``dgrtid_uy_cq.xlsx``, ``ufetesi_py_cq.csv``,
        ``rbba_interpol_cq.jsonl`` and ``sccopol_fr_cq.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind93(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gendarmeria_ar_cq.csv', 'dgrtid_uy_cq.xlsx', 'ufetesi_py_cq.csv',
     'rbba_interpol_cq.jsonl', 'sccopol_fr_cq.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
