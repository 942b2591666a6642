"""Examiner sample set ``blind38``: five other agencies and NGOs, files ``*_an.*``.

A held-out set written without looking at the cleaner, from five reporting bodies that
no earlier examiner used. Each writes the same true events (:func:`make_truth`) its own
way; :mod:`trendlib.samples._examiner` decides who reports what. A reader's guide:

``dirctptim_pe_an.csv`` - Peru, Policía Nacional, Dirección contra la Trata de Personas y
    Tráfico Ilícito de Migrantes (DIRCTPTIM), liaison extract on Andean nationals seen on
    the Darién and US-Mexico routes. Spanish, latin-1, ``|``, LF line ends. UPPERCASE police
    style; dates ``15/03/2023``, ``15-MAR-2023`` (Peruvian abbreviations, ``SET`` for
    September), ``15.03.23``; partial ``MARZO 2023`` / ``I TRIM. 2023``. The offence cell
    carries the penal-code article (art. 153 trata, art. 303-A tráfico ilícito de
    migrantes) and the purpose of exploitation in one cell. Counts zero-padded or
    spelled as in a police report (``DOCE (12)``), ``S/D`` / ``NO PRECISA`` for unknown,
    ``NINGUNO`` for no detainee. Nationality as feminine demonyms (``VENEZOLANA``) or
    country names, accents often dropped. Latitude and longitude in two columns with a
    decimal comma; ``S/D`` when not georeferenced. Transit countries ``COLOMBIA -
    ECUADOR`` in route order.
``red_acogida_apramp_an.xlsx`` - a Spanish NGO shelter network (APRAMP-like) case log of
    persons it assisted. Spanish, XLSX. Dates as real Excel dates, bare Excel serial
    numbers (``44635``) or text (``12 de marzo de 2022``, ``12-mar-22``); partial
    ``marzo 2022`` / ``03/2022`` / ``1T 2022`` / ``primer trimestre 2022``. Offence with
    the Spanish penal-code article (177 bis trata, 318 bis favorecimiento de la
    inmigración irregular); exploitation in its own column (``No procede`` for
    smuggling). Counts as numbers, ``1.234`` text for thousands, ``desconocido`` for
    unknown; ``ninguno`` for no suspect. Arrival means as the NGO hears them (``Patera``,
    ``Cayuco``, ``Autobús``, ``Aérea (Barajas)``). No coordinates, no transit, no
    destination, no related offences.
``ecpat_signalements_an.csv`` - ECPAT France referral log (signalements). French, cp1252,
    ``;``, CRLF. Dates ``12/03/2022``, ``12 mars 2022``, ``12-mars-22``; partial ``mars
    2022`` / ``T1 2022`` / ``1er trim. 2022``. Offence ``TEH (art. 225-4-1 CP)`` or
    ``Aide à l'entrée et au séjour irréguliers (art. L823-1 CESEDA)``. Sex ``F`` / ``H``,
    ``MNA`` for an unaccompanied minor, demonyms (``ivoirienne``), some mojibake from a
    UTF-8 copy-paste (``SÃ©nÃ©gal``). Counts with a (no-break) space for thousands,
    ``NC`` for not communicated, ``aucun`` / ``néant`` for no suspect. Coordinates in
    degrees-minutes-seconds with ``O`` for west, or decimal commas ``50,9533 / 1,8508``;
    ``non géolocalisé`` when unknown.
``lastrada_ngo_an.csv`` - La Strada International NGO Platform case registry (Polish
    member as data steward). English with bilingual Polish/English headers, UTF-16 (BOM),
    tab-delimited. Dates ``12 Mar 2022``, ``2022-03-12``, ``12.03.2022``, ``12th March
    2022``; partial ``March 2022`` / ``03.2022`` / ``Q1 2022``. Offences cite the Polish
    criminal code (art. 189a THB, art. 264 par. 3 smuggling). ``n/k`` and ``unknown`` for
    unknown counts, ``none`` for no perpetrator, ``n/a`` where a category does not apply.
    Coordinates ``52.2297, 21.0122``. Re-sends some rows.
``sarpcco_rbh_digest_an.jsonl`` - SARPCCO / Interpol Regional Bureau Harare digest of
    notices on migrants and victims met abroad. English, UTF-8 JSON lines, one flat
    object per row. Dates ``2022/03/12`` (Southern African style), ``12/03/2022``,
    ``12 March 2022``, ISO; partial ``2022/03`` / ``March 2022`` / ``2022 Q1``. Offence
    ``TIP``, ``SOM``, ``TIP/SOM``; ISO alpha-2 codes for nationality and countries (or
    names); ``Nil`` for no accused, ``TBC`` for unknown counts; counts as JSON numbers or
    text; positions ``36.7123N 014.9876E`` (hemisphere letters). Re-sends some rows.

Every value written is one an analyst reads unambiguously; the expected clean value of
each row is recorded with it, with messiness tags naming what was done.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["BLIND38_SOURCES", "make_blind38"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
#: Spanish country names.
_ES: dict[str, str] = {
    "AFG": "Afganistán", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladés",
    "BGR": "Bulgaria", "BIH": "Bosnia y Herzegovina", "BLR": "Bielorrusia", "CHN": "China",
    "CIV": "Costa de Marfil", "CMR": "Camerún", "COL": "Colombia", "DEU": "Alemania",
    "DZA": "Argelia", "ECU": "Ecuador", "EGY": "Egipto", "ERI": "Eritrea", "ESP": "España",
    "FRA": "Francia", "GBR": "Reino Unido", "GIN": "Guinea Conakry", "GMB": "Gambia",
    "GRC": "Grecia", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croacia", "HTI": "Haití",
    "HUN": "Hungría", "IRN": "Irán", "IRQ": "Irak", "ITA": "Italia", "LBY": "Libia",
    "MAR": "Marruecos", "MEX": "México", "MKD": "Macedonia del Norte", "MLI": "Malí",
    "MRT": "Mauritania", "NER": "Níger", "NGA": "Nigeria", "PAK": "Pakistán", "PAN": "Panamá",
    "POL": "Polonia", "ROU": "Rumanía", "RUS": "Rusia", "SEN": "Senegal", "SRB": "Serbia",
    "SYR": "Siria", "TUN": "Túnez", "TUR": "Turquía", "USA": "Estados Unidos",
    "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
#: Other Spanish names a police or NGO file uses.
_ES_ALT: dict[str, tuple[str, ...]] = {
    "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
    "GBR": ("Reino Unido",),
    "GIN": ("Guinea Conakry", "Rep. de Guinea"),
    "BGD": ("Bangladesh",),
    "VNM": ("Viet Nam",),
    "ROU": ("Rumania",),
}
#: Spanish feminine demonyms (``nacionalidad venezolana``).
_ES_DEM_F: dict[str, str] = {
    "AFG": "afgana", "ALB": "albanesa", "BGD": "bangladesí", "CHN": "china",
    "CIV": "marfileña", "CMR": "camerunesa", "COL": "colombiana", "DZA": "argelina",
    "ECU": "ecuatoriana", "EGY": "egipcia", "ERI": "eritrea", "GIN": "guineana",
    "GMB": "gambiana", "GTM": "guatemalteca", "HND": "hondureña", "HTI": "haitiana",
    "IRN": "iraní", "IRQ": "iraquí", "MAR": "marroquí", "MEX": "mexicana", "MLI": "maliense",
    "NGA": "nigeriana", "PAK": "pakistaní", "ROU": "rumana", "SEN": "senegalesa",
    "SYR": "siria", "TUN": "tunecina", "TUR": "turca", "VEN": "venezolana",
    "VNM": "vietnamita", "YEM": "yemení",
}  # fmt: skip
#: French country names.
_FR: dict[str, str] = {
    "AFG": "Afghanistan", "ALB": "Albanie", "AUT": "Autriche", "BGD": "Bangladesh",
    "BGR": "Bulgarie", "BIH": "Bosnie-Herzégovine", "BLR": "Biélorussie", "CHN": "Chine",
    "CIV": "Côte d'Ivoire", "CMR": "Cameroun", "COL": "Colombie", "DEU": "Allemagne",
    "DZA": "Algérie", "ECU": "Équateur", "EGY": "Égypte", "ERI": "Érythrée", "ESP": "Espagne",
    "FRA": "France", "GBR": "Royaume-Uni", "GIN": "Guinée", "GMB": "Gambie", "GRC": "Grèce",
    "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croatie", "HTI": "Haïti", "HUN": "Hongrie",
    "IRN": "Iran", "IRQ": "Irak", "ITA": "Italie", "LBY": "Libye", "MAR": "Maroc",
    "MEX": "Mexique", "MKD": "Macédoine du Nord", "MLI": "Mali", "MRT": "Mauritanie",
    "NER": "Niger", "NGA": "Nigeria", "PAK": "Pakistan", "PAN": "Panama", "POL": "Pologne",
    "ROU": "Roumanie", "RUS": "Russie", "SEN": "Sénégal", "SRB": "Serbie", "SYR": "Syrie",
    "TUN": "Tunisie", "TUR": "Turquie", "USA": "États-Unis", "VEN": "Venezuela",
    "VNM": "Viêt Nam", "YEM": "Yémen",
}  # fmt: skip
#: French demonyms, masculine and feminine.
_FR_DEM: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"), "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"), "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"), "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"), "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"), "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"), "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"), "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"), "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"), "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"), "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"), "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"), "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"), "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"), "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"), "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}  # fmt: skip
#: English country names.
_EN: dict[str, str] = {
    "AFG": "Afghanistan", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladesh",
    "BGR": "Bulgaria", "BIH": "Bosnia and Herzegovina", "BLR": "Belarus", "CHN": "China",
    "CIV": "Côte d'Ivoire", "CMR": "Cameroon", "COL": "Colombia", "DEU": "Germany",
    "DZA": "Algeria", "ECU": "Ecuador", "EGY": "Egypt", "ERI": "Eritrea", "ESP": "Spain",
    "FRA": "France", "GBR": "United Kingdom", "GIN": "Guinea", "GMB": "The Gambia",
    "GRC": "Greece", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croatia", "HTI": "Haiti",
    "HUN": "Hungary", "IRN": "Iran", "IRQ": "Iraq", "ITA": "Italy", "LBY": "Libya",
    "MAR": "Morocco", "MEX": "Mexico", "MKD": "North Macedonia", "MLI": "Mali",
    "MRT": "Mauritania", "NER": "Niger", "NGA": "Nigeria", "PAK": "Pakistan", "PAN": "Panama",
    "POL": "Poland", "ROU": "Romania", "RUS": "Russia", "SEN": "Senegal", "SRB": "Serbia",
    "SYR": "Syria", "TUN": "Tunisia", "TUR": "Türkiye", "USA": "United States",
    "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
#: Other English names.
_EN_ALT: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "Great Britain"),
    "USA": ("USA", "U.S."),
    "CIV": ("Ivory Coast",),
    "TUR": ("Turkey",),
    "IRN": ("Iran (Islamic Republic of)",),
    "SYR": ("Syrian Arab Republic",),
    "VNM": ("Viet Nam",),
    "GMB": ("Gambia",),
}
#: English demonyms.
_EN_DEM: dict[str, str] = {
    "AFG": "Afghan", "ALB": "Albanian", "BGD": "Bangladeshi", "CHN": "Chinese",
    "CIV": "Ivorian", "CMR": "Cameroonian", "COL": "Colombian", "DZA": "Algerian",
    "ECU": "Ecuadorian", "EGY": "Egyptian", "ERI": "Eritrean", "GIN": "Guinean",
    "GMB": "Gambian", "GTM": "Guatemalan", "HND": "Honduran", "HTI": "Haitian",
    "IRN": "Iranian", "IRQ": "Iraqi", "MAR": "Moroccan", "MEX": "Mexican", "MLI": "Malian",
    "NGA": "Nigerian", "PAK": "Pakistani", "ROU": "Romanian", "SEN": "Senegalese",
    "SYR": "Syrian", "TUN": "Tunisian", "TUR": "Turkish", "VEN": "Venezuelan",
    "VNM": "Vietnamese", "YEM": "Yemeni",
}  # fmt: skip

_ACCENTS = str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUNaeiouun")


def _fallback(code: str) -> str:
    """Write a code missing from the tables as the ISO code itself."""
    return code


def _es_country(code: str, rng: _Rng) -> str:
    names = (_ES.get(code, _fallback(code)), *_ES_ALT.get(code, ()))
    return choice(rng, names)


def _en_country(code: str, rng: _Rng) -> str:
    names = (_EN.get(code, _fallback(code)), *_EN_ALT.get(code, ()))
    return choice(rng, names)


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_PE = ExaminerSource(
    source="dirctptim_pe_an",
    filename="dirctptim_pe_an.csv",
    ref="PARTE N° {seq:03d}-{year}-DIRNIC-PNP/DIRCTPTIM",
    format="csv",
    encoding="latin-1",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "N° PARTE / ATESTADO",
        "event_date": "FECHA HECHO (dd/mm/aaaa)",
        "crime_type": "DELITO / MODALIDAD (C.P.)",
        "n_persons": "N° AGRAVIADOS / MIGRANTES",
        "n_suspects": "N° DETENIDOS",
        "gender": "SEXO",
        "age_group": "EDAD (NNA / ADULTO)",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAÍS ORIGEN",
        "transit_countries": "PAÍSES DE TRÁNSITO",
        "destination_country": "PAÍS DESTINO",
        "detection_country": "PAÍS DE INTERVENCIÓN",
        "transport_mode": "MEDIO DE TRANSPORTE",
        "lat": "LATITUD (GD)",
        "lon": "LONGITUD (GD)",
        "linked_offences": "DELITOS CONEXOS",
    },
    note="FUENTE: DIRCTPTIM-PNP / SIDPOL. DATOS PRELIMINARES SUJETOS A VARIACIÓN",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "??", "XX"),
    repeats=False,
)
_NGO_ES = ExaminerSource(
    source="red_acogida_apramp_an",
    filename="red_acogida_apramp_an.xlsx",
    ref="EXP-{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Cód. expediente",
        "event_date": "Fecha detección / identificación",
        "crime_type": "Tipo penal (CP)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas atendidas",
        "n_suspects": "Nº presuntos tratantes / facilitadores",
        "gender": "Sexo",
        "age_group": "Edad (menor / adulta)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "detection_country": "País de detección",
        "transport_mode": "Medio de llegada",
    },
    note="Nota: registro interno de la red de acogida; datos anonimizados",
    total="Total casos",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
)
_ECPAT = ExaminerSource(
    source="ecpat_signalements_an",
    filename="ecpat_signalements_an.csv",
    ref="SIG-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification (art.)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / pers. concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe (F/H)",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de repérage",
        "transport_mode": "Mode de transport",
        "coordinates": "Coord. GPS (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : signalements reçus par le réseau ; extraction provisoire",
    total="TOTAL",
    bad_count=("#VALEUR!", "??"),
    repeats=False,
)
_LS = ExaminerSource(
    source="lastrada_ngo_an",
    filename="lastrada_ngo_an.csv",
    ref="LS/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Nr sprawy / Case no.",
        "event_date": "Data zdarzenia / Date of incident",
        "crime_type": "Rodzaj sprawy / Case type",
        "exploitation": "Forma wyzysku / Form of exploitation",
        "n_persons": "Liczba osób / Persons assisted (no.)",
        "n_suspects": "Sprawcy / Alleged perpetrators (no.)",
        "gender": "Płeć / Sex",
        "age_group": "Wiek / Age group",
        "nationality": "Obywatelstwo / Citizenship",
        "origin_country": "Kraj pochodzenia / Country of origin",
        "transit_countries": "Tranzyt / Transit",
        "destination_country": "Kraj docelowy / Destination",
        "detection_country": "Kraj identyfikacji / Country where identified",
        "transport_mode": "Środek transportu / Means of transport",
        "coordinates": "Lokalizacja / Location (lat, lon)",
        "linked_offences": "Przestępstwa powiązane / Related offences",
    },
    note="Note: cases entered by member organisations; figures not final",
    total="Grand total",
    bad_count=("#VALUE!", "???"),
    repeats=True,
)
_RBH = ExaminerSource(
    source="sarpcco_rbh_digest_an",
    filename="sarpcco_rbh_digest_an.jsonl",
    ref="RBH/SOM/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "notice_ref",
        "event_date": "date_of_incident",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "accused_arrested",
        "gender": "victim_sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "reporting_country",
        "transport_mode": "conveyance",
        "coordinates": "position",
        "linked_offences": "associated_crimes",
    },
    note="Digest compiled by RB Harare from member-country notices; not for onward release",
    total="TOTAL (all notices)",
    bad_count=("#VALUE!", "ERR"),
    repeats=True,
)

#: The five sources of the ``blind38`` set, in the order their submissions are returned.
BLIND38_SOURCES: tuple[ExaminerSource, ...] = (_PE, _NGO_ES, _ECPAT, _LS, _RBH)

_PRIMARY = {
    "PAN": _PE.source,
    "USA": _PE.source,
    "ESP": _NGO_ES.source,
    "FRA": _ECPAT.source,
    "POL": _LS.source,
    "HRV": _LS.source,
    "GRC": _LS.source,
    "GBR": _LS.source,
}
_SECONDARY = {
    ("darien", "PAN"): _RBH.source,
    ("us_mex", "USA"): _RBH.source,
    ("cmed", "ITA"): _ECPAT.source,
    ("thb_nga_ita", "ITA"): _LS.source,
    ("thb_rou_esp", "ITA"): _NGO_ES.source,
    ("channel", "FRA"): _LS.source,
    ("channel", "GBR"): _ECPAT.source,
    ("thb_vnm_gbr", "GBR"): _ECPAT.source,
    ("watl", "ESP"): _RBH.source,
    ("wmed", "ESP"): _ECPAT.source,
    ("thb_rou_esp", "ESP"): _LS.source,
    ("emed", "GRC"): _RBH.source,
    ("wbal", "HRV"): _RBH.source,
    ("blr_pol", "POL"): _RBH.source,
}

# --------------------------------------------------------------------------------------
# Value wording, by source
# --------------------------------------------------------------------------------------
_PE_MONTHS = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SET", "OCT", "NOV", "DIC")
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
_FR_ABBR = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
    "nov.", "déc.",
)  # fmt: skip
_ES_NUM = (
    "CERO", "UNO", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE", "DIEZ",
    "ONCE", "DOCE", "TRECE", "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO",
    "DIECINUEVE", "VEINTE",
)  # fmt: skip
_ROMAN = ("I", "II", "III", "IV")

_PE_EXPL = {
    "sexual": ("EXPLOTACIÓN SEXUAL", "FINES DE EXPLOTACIÓN SEXUAL"),
    "forced_labour": ("EXPLOTACIÓN LABORAL", "TRABAJO FORZOSO"),
    "forced_criminality": ("ACTIVIDADES DELICTIVAS", "COMISIÓN DE DELITOS"),
    "forced_marriage": ("MATRIMONIO FORZADO", "MATRIMONIO SERVIL"),
    "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
    "other": ("OTRAS FORMAS DE EXPLOTACIÓN",),
}
_NGO_EXPL = {
    "sexual": ("Explotación sexual", "Sexual (prostitución forzada)", "Sexual"),
    "forced_labour": ("Laboral", "Trabajos forzados", "Explotación laboral"),
    "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
    "forced_marriage": ("Matrimonio forzado",),
    "organ_removal": ("Extracción de órganos",),
    "other": ("Otras", "Otra finalidad"),
}
_FR_EXPL = {
    "sexual": ("exploitation sexuelle", "proxénétisme", "sexuelle"),
    "forced_labour": ("travail forcé", "exploitation par le travail"),
    "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
    "forced_marriage": ("mariage forcé",),
    "organ_removal": ("prélèvement d'organes",),
    "other": ("autre", "autre forme"),
}
_LS_EXPL = {
    "sexual": ("sexual exploitation", "sexual"),
    "forced_labour": ("forced labour", "labour exploitation"),
    "forced_criminality": ("forced criminality", "forced criminal activities"),
    "forced_marriage": ("forced marriage",),
    "organ_removal": ("organ removal",),
    "other": ("other",),
}
_RBH_EXPL = {
    "sexual": ("Sexual", "Sexual exploitation"),
    "forced_labour": ("Labour", "Forced labour"),
    "forced_criminality": ("Forced criminal activity",),
    "forced_marriage": ("Forced marriage",),
    "organ_removal": ("Removal of body parts",),
    "other": ("Other",),
}

_LINKED: dict[str, dict[str, tuple[str, ...]]] = {
    "pe": {
        "document_fraud": ("FALSIFICACIÓN DE DOCUMENTOS", "USO DE DOCUMENTO FALSO"),
        "corruption": ("COHECHO", "CORRUPCIÓN DE FUNCIONARIOS"),
        "money_laundering": ("LAVADO DE ACTIVOS",),
        "illicit_goods": ("CONTRABANDO",),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    },
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "ls": {
        "document_fraud": ("document fraud", "forged documents"),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("smuggling of goods", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "rbh": {
        "document_fraud": ("FRAUDULENT DOCUMENTS",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY LAUNDERING",),
        "illicit_goods": ("CONTRABAND",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
}
_LINK_SEP = {"pe": " / ", "fr": ", ", "ls": "; ", "rbh": ", "}


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
def _base(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    exp = {f: ev.get(f) for f in EVENT_FIELDS}
    exp["event_date"] = ts
    exp["date_precision"] = "day"
    return exp


def _precision(rng: _Rng, partial_ok: bool) -> str:
    if not partial_ok:
        return "day"
    u = rng.random()
    return "month" if u < 0.06 else "quarter" if u < 0.09 else "day"


def _period_start(ts: pd.Timestamp, prec: str) -> pd.Timestamp:
    if prec == "month":
        return pd.Timestamp(ts.year, ts.month, 1)
    if prec == "quarter":
        return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)
    return ts


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _linked(ev: dict[str, object], key: str, rng: _Rng) -> str | None:
    raw = ev.get("linked_offences")
    if not raw:
        return None
    words = [choice(rng, _LINKED[key][w]) for w in str(raw).split("|")]
    return _LINK_SEP[key].join(words)


def _blank(
    field: str,
    forced_blank: str | None,
    cells: _Cells,
    exp: dict[str, object],
    tags: list[str],
) -> bool:
    """Blank ``field`` if the second report leaves it out; tell whether it did."""
    if forced_blank != field:
        return False
    tags.append(f"blank_{field}")
    if field == "coordinates":
        exp["lat"] = exp["lon"] = None
    elif field == "gender":
        exp["gender"] = "unknown"
    else:
        exp[field] = None
    return True


def _suspects(
    n: object, rng: _Rng, zero: tuple[str, ...], unknown: tuple[str, ...], tags: list[str]
) -> tuple[object, object]:
    """(cell, expected) of a suspects count written as text."""
    if n is None:
        return None, None
    if rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, unknown), None
    if int(n) == 0 and rng.random() < 0.6:  # type: ignore[call-overload]
        tags.append("zero_word")
        return choice(rng, zero), 0
    return str(n), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees-minutes-seconds text of a coordinate and the value it reads as."""
    sign = 1 if value >= 0 else -1
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    text = f"{d}°{m:02d}'{s:02d}\"{pos if sign > 0 else neg}"
    return text, sign * total / 3600


# --------------------------------------------------------------------------------------
# Peru DIRCTPTIM
# --------------------------------------------------------------------------------------
def _pe_upper(text: str, rng: _Rng) -> str:
    up = text.upper()
    return up.translate(_ACCENTS) if rng.random() < 0.4 else up


def _pe_date(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> str:
    if prec == "month":
        tags.append("partial_month")
        if rng.random() < 0.5:
            return f"{_PE_MONTHS[ts.month - 1]}-{ts.year}"
        return f"{_ES_MONTHS[ts.month - 1].upper()} {ts.year}"
    if prec == "quarter":
        tags.append("partial_quarter")
        q = _quarter(ts)
        if rng.random() < 0.5:
            return f"{_ROMAN[q - 1]} TRIM. {ts.year}"
        return f"{q}{'ER' if q in (1, 3) else 'DO' if q == 2 else 'TO'} TRIMESTRE {ts.year}"
    u = rng.random()
    if u < 0.55:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if u < 0.85:
        tags.append("month_name")
        return f"{ts.day:02d}-{_PE_MONTHS[ts.month - 1]}-{ts.year}"
    tags.append("two_digit_year")
    return f"{ts.day:02d}.{ts.month:02d}.{ts.year % 100:02d}"


def _pe_crime(crime: str, expl: object, rng: _Rng, tags: list[str]) -> str:
    tags.append("legal_article")
    if crime == "smuggling":
        return choice(
            rng,
            (
                "TRÁFICO ILÍCITO DE MIGRANTES (ART. 303-A C.P.)",
                "TIM - ART. 303-A CP",
                "TRAFICO ILICITO DE MIGRANTES (303-A)",
            ),
        )
    purpose = choice(rng, _PE_EXPL[str(expl)])
    if crime == "trafficking":
        return choice(
            rng,
            (
                f"TRATA DE PERSONAS - {purpose} (ART. 153 C.P.)",
                f"TdP CON {purpose} - ART. 153 CP",
            ),
        )
    return choice(
        rng,
        (
            f"TRATA DE PERSONAS ({purpose}) Y TIM (ARTS. 153 Y 303-A C.P.)",
            f"TdP - {purpose} / TRÁFICO ILÍCITO DE MIGRANTES (153 Y 303-A CP)",
        ),
    )


def _pe_count(n: int, rng: _Rng, tags: list[str]) -> str:
    u = rng.random()
    if n <= 20 and u < 0.2:
        tags.append("count_words")
        return f"{_ES_NUM[n]} ({n:02d})"
    if u < 0.5:
        return f"{n:02d}"
    return str(n)


def _pe_nat(code: str, rng: _Rng, tags: list[str]) -> str:
    if code in _ES_DEM_F and rng.random() < 0.65:
        tags.append("demonym")
        return _pe_upper(_ES_DEM_F[code], rng)
    return _pe_upper(_es_country(code, rng), rng)


def _render_pe(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base(ev, ts)
    cells: _Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _pe_date(ts, prec, rng, tags)
    exp["event_date"], exp["date_precision"] = _period_start(ts, prec), prec
    cells["crime_type"] = _pe_crime(str(ev["crime_type"]), ev["exploitation"], rng, tags)
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("S/D", "NO PRECISA"))
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _pe_count(n, rng, tags)
    if not _blank("n_suspects", forced_blank, cells, exp, tags):
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            ev["n_suspects"], rng, ("NINGUNO", "SIN DETENIDOS"), ("NO PRECISA", "S/D"), tags
        )
    if not _blank("gender", forced_blank, cells, exp, tags):
        cells["gender"] = choice(
            rng,
            {
                "female": ("FEMENINO", "F", "MUJERES"),
                "male": ("MASCULINO", "VARONES", "MASC."),
                "mixed": ("AMBOS SEXOS", "MIXTO", "AMBOS"),
            }[str(ev["gender"])],
        )
    cells["age_group"] = choice(
        rng,
        {
            "child": ("NNA", "MENOR DE EDAD", "MENORES DE EDAD"),
            "adult": ("MAYOR DE EDAD", "ADULTO", "ADULTOS"),
            "mixed": ("NNA Y ADULTOS", "MIXTO (MENORES Y MAYORES)"),
        }[str(ev["age_group"])],
    )
    if not _blank("nationality", forced_blank, cells, exp, tags):
        cells["nationality"] = _pe_nat(str(ev["nationality"]), rng, tags)
    cells["origin_country"] = _pe_upper(_es_country(str(ev["origin_country"]), rng), rng)
    transit = ev.get("transit_countries")
    if transit:
        parts = [_pe_upper(_es_country(c, rng), rng) for c in str(transit).split("|")]
        cells["transit_countries"] = " - ".join(parts)
    else:
        cells["transit_countries"] = choice(rng, ("", "NINGUNO", "DIRECTO"))
        exp["transit_countries"] = None
    cells["destination_country"] = _pe_upper(_es_country(str(ev["destination_country"]), rng), rng)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        cells["detection_country"] = _pe_upper(_es_country(str(ev["detection_country"]), rng), rng)
    cells["transport_mode"] = choice(
        rng,
        {
            "sea": ("MARÍTIMO", "EMBARCACIÓN", "VIA MARITIMA"),
            "land": ("TERRESTRE", "A PIE (TROCHA)", "BUS INTERPROVINCIAL", "VIA TERRESTRE"),
            "air": ("AÉREO", "VUELO COMERCIAL", "VIA AEREA"),
        }[str(ev["transport_mode"])],
    )
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        if rng.random() < 0.05:
            tags.append("coords_placeholder")
            cells["lat"] = cells["lon"] = "S/D"
            exp["lat"] = exp["lon"] = None
        else:
            tags.append("decimal_comma")
            lat, lon = round(float(ev["lat"]), 5), round(float(ev["lon"]), 5)  # type: ignore[arg-type]
            cells["lat"] = f"{lat:.5f}".replace(".", ",")
            cells["lon"] = f"{lon:.5f}".replace(".", ",")
            exp["lat"], exp["lon"] = lat, lon
    cells["linked_offences"] = _linked(ev, "pe", rng)
    for key, value in list(cells.items()):
        if isinstance(value, str) and not fits(value, src):
            cells[key] = value.translate(_ACCENTS)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Spanish NGO shelter network (xlsx)
# --------------------------------------------------------------------------------------
def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts - pd.Timestamp("1899-12-30")).days)


def _ngo_date(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> object:
    if prec == "month":
        tags.append("partial_month")
        if rng.random() < 0.5:
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}"
        return f"{ts.month:02d}/{ts.year}"
    if prec == "quarter":
        tags.append("partial_quarter")
        q = _quarter(ts)
        words = ("primer", "segundo", "tercer", "cuarto")
        if rng.random() < 0.5:
            return f"{q}T {ts.year}"
        return f"{words[q - 1]} trimestre {ts.year}"
    u = rng.random()
    if u < 0.5:
        return dt.datetime(ts.year, ts.month, ts.day)
    if u < 0.8:
        tags.append("excel_serial")
        return _excel_serial(ts)
    tags.append("month_name")
    if rng.random() < 0.5:
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    return f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}"


def _render_ngo(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = ["coords_missing"]
    exp = _base(ev, ts)
    exp["lat"] = exp["lon"] = None
    exp["transit_countries"] = exp["destination_country"] = exp["linked_offences"] = None
    cells: _Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _ngo_date(ts, prec, rng, tags)
    exp["event_date"], exp["date_precision"] = _period_start(ts, prec), prec
    crime = str(ev["crime_type"])
    tags.append("legal_article")
    cells["crime_type"] = choice(
        rng,
        {
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "TSH - 177 bis",
                "Trata (art. 177 bis)",
            ),
            "smuggling": (
                "Favorecimiento de la inmigración irregular (art. 318 bis CP)",
                "Tráfico ilícito de migrantes (318 bis)",
            ),
            "both": (
                "Trata y tráfico de migrantes (arts. 177 bis y 318 bis CP)",
                "TSH + 318 bis",
            ),
        }[crime],
    )
    if ev["exploitation"] is None:
        cells["exploitation"] = choice(rng, ("No procede", "—", ""))
    else:
        cells["exploitation"] = choice(rng, _NGO_EXPL[str(ev["exploitation"])])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("desconocido", "sin determinar"))
        exp["n_persons"] = None
    elif n >= 1000:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n // 1000}.{n % 1000:03d}"
    else:
        cells["n_persons"] = n if rng.random() < 0.9 else str(n)
    if not _blank("n_suspects", forced_blank, cells, exp, tags):
        text, value = _suspects(
            ev["n_suspects"], rng, ("ninguno", "ninguna persona"), ("se desconoce",), tags
        )
        cells["n_suspects"] = int(text) if isinstance(text, str) and text.isdigit() else text
        exp["n_suspects"] = value
    female = ev["gender"] == "female"
    if not _blank("gender", forced_blank, cells, exp, tags):
        cells["gender"] = choice(
            rng,
            {
                "female": ("Mujer", "Mujeres", "Femenino"),
                "male": ("Hombre", "Hombres", "Masculino"),
                "mixed": ("Mixto", "Mujeres y hombres"),
            }[str(ev["gender"])],
        )
    age = str(ev["age_group"])
    cells["age_group"] = choice(
        rng,
        {
            "child": ("Menor", "Menores", "Menor de edad"),
            "adult": ("Adulta" if female else "Adulto", "Mayor de edad", "Adultos/as"),
            "mixed": ("Mixto (adultas y menores)", "Menores y adultos"),
        }[age],
    )
    if not _blank("nationality", forced_blank, cells, exp, tags):
        code = str(ev["nationality"])
        if code in _ES_DEM_F and rng.random() < 0.4:
            tags.append("demonym")
            cells["nationality"] = _ES_DEM_F[code].capitalize()
        else:
            cells["nationality"] = _es_country(code, rng)
    cells["origin_country"] = _es_country(str(ev["origin_country"]), rng)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        cells["detection_country"] = _es_country(str(ev["detection_country"]), rng)
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, ("No consta", "No aplica"))
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = choice(
            rng,
            {
                "sea": ("Patera", "Cayuco", "Embarcación neumática", "Vía marítima"),
                "land": ("Terrestre", "Autobús", "Coche particular", "Por carretera"),
                "air": ("Aérea (Barajas)", "Avión", "Vía aérea"),
            }[mode],
        )
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# ECPAT France
# --------------------------------------------------------------------------------------
def _fr_date(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> str:
    if prec == "month":
        tags.append("partial_month")
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
    if prec == "quarter":
        tags.append("partial_quarter")
        q = _quarter(ts)
        if rng.random() < 0.5:
            return f"T{q} {ts.year}"
        return f"{q}{'er' if q == 1 else 'e'} trim. {ts.year}"
    u = rng.random()
    if u < 0.6:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    tags.append("month_name")
    if u < 0.85:
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    return f"{ts.day:02d}-{_FR_ABBR[ts.month - 1]}-{ts.year % 100:02d}"


def _fr_name(code: str, rng: _Rng, tags: list[str], src: ExaminerSource) -> str:
    name = _FR.get(code, _fallback(code))
    if rng.random() < 0.04:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return name


def _render_ecpat(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base(ev, ts)
    exp["origin_country"] = None
    cells: _Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _fr_date(ts, prec, rng, tags)
    exp["event_date"], exp["date_precision"] = _period_start(ts, prec), prec
    tags.append("legal_article")
    cells["crime_type"] = choice(
        rng,
        {
            "trafficking": ("TEH (art. 225-4-1 CP)", "Traite des êtres humains"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers (art. L823-1 CESEDA)",
                "Trafic de migrants",
                "Aide à l'entrée irrégulière (CESEDA)",
            ),
            "both": (
                "TEH + aide à l'entrée irrégulière",
                "Traite et trafic de migrants (225-4-1 CP / L823-1 CESEDA)",
            ),
        }[str(ev["crime_type"])],
    )
    if ev["exploitation"] is None:
        cells["exploitation"] = choice(rng, ("sans objet", "", "-"))
    else:
        cells["exploitation"] = choice(rng, _FR_EXPL[str(ev["exploitation"])])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("NC", "inconnu"))
        exp["n_persons"] = None
    elif n >= 1000:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n // 1000}{choice(rng, (' ', chr(0xA0)))}{n % 1000:03d}"
    else:
        cells["n_persons"] = str(n) if rng.random() < 0.85 else f"{n} pers."
    if not _blank("n_suspects", forced_blank, cells, exp, tags):
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            ev["n_suspects"], rng, ("aucun", "néant"), ("NC",), tags
        )
    female = ev["gender"] == "female"
    if not _blank("gender", forced_blank, cells, exp, tags):
        cells["gender"] = choice(
            rng,
            {
                "female": ("F", "Femmes", "féminin"),
                "male": ("H", "Hommes", "masculin"),
                "mixed": ("mixte", "F+H", "Hommes et femmes"),
            }[str(ev["gender"])],
        )
    cells["age_group"] = choice(
        rng,
        {
            "child": ("mineur(e)", "MNA", "mineurs"),
            "adult": ("majeure" if female else "majeur", "adulte(s)"),
            "mixed": ("mixte (majeurs + mineurs)", "majeurs et mineurs"),
        }[str(ev["age_group"])],
    )
    if not _blank("nationality", forced_blank, cells, exp, tags):
        code = str(ev["nationality"])
        if code in _FR_DEM and rng.random() < 0.5:
            tags.append("demonym")
            cells["nationality"] = _FR_DEM[code][1 if female else 0]
        else:
            cells["nationality"] = _fr_name(code, rng, tags, src)
    transit = ev.get("transit_countries")
    if transit:
        cells["transit_countries"] = ", ".join(
            _FR.get(c, _fallback(c)) for c in str(transit).split("|")
        )
    else:
        cells["transit_countries"] = ""
    cells["destination_country"] = _FR.get(str(ev["destination_country"]), "")
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        cells["detection_country"] = _fr_name(str(ev["detection_country"]), rng, tags, src)
    cells["transport_mode"] = choice(
        rng,
        {
            "sea": ("maritime", "small boat", "embarcation", "voie maritime"),
            "land": ("routière", "camion", "train", "à pied", "voie terrestre"),
            "air": ("aérienne", "avion"),
        }[str(ev["transport_mode"])],
    )
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        u = rng.random()
        if u < 0.05:
            tags.append("coords_placeholder")
            cells["coordinates"] = "non géolocalisé"
            exp["lat"] = exp["lon"] = None
        elif u < 0.55:
            tags.append("dms")
            lat_t, lat_v = _dms(lat, "N", "S")
            lon_t, lon_v = _dms(lon, "E", "O")
            cells["coordinates"] = f"{lat_t} {lon_t}"
            exp["lat"], exp["lon"] = lat_v, lon_v
        else:
            tags.append("decimal_comma")
            lat_v, lon_v = round(lat, 4), round(lon, 4)
            cells["coordinates"] = f"{lat_v:.4f} / {lon_v:.4f}".replace(".", ",")
            exp["lat"], exp["lon"] = lat_v, lon_v
    cells["linked_offences"] = _linked(ev, "fr", rng)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# La Strada International NGO Platform
# --------------------------------------------------------------------------------------
def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _ls_date(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> str:
    if prec == "month":
        tags.append("partial_month")
        if rng.random() < 0.5:
            return f"{MONTHS[ts.month - 1]} {ts.year}"
        return f"{ts.month:02d}.{ts.year}"
    if prec == "quarter":
        tags.append("partial_quarter")
        sep = choice(rng, (" ", "/"))
        return f"Q{_quarter(ts)}{sep}{ts.year}"
    u = rng.random()
    if u < 0.35:
        tags.append("month_name")
        return f"{ts.day} {MONTHS[ts.month - 1][:3]} {ts.year}"
    if u < 0.6:
        return ts.strftime("%Y-%m-%d")
    if u < 0.9:
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    tags.append("month_name")
    return f"{_ordinal(ts.day)} {MONTHS[ts.month - 1]} {ts.year}"


def _render_ls(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base(ev, ts)
    cells: _Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _ls_date(ts, prec, rng, tags)
    exp["event_date"], exp["date_precision"] = _period_start(ts, prec), prec
    crime = str(ev["crime_type"])
    if rng.random() < 0.5:
        tags.append("legal_article")
        cells["crime_type"] = {
            "trafficking": "THB (Art. 189a PL CC)",
            "smuggling": "Migrant smuggling (Art. 264 par. 3 PL CC)",
            "both": "THB + smuggling (Arts. 189a & 264 par. 3 PL CC)",
        }[crime]
    else:
        cells["crime_type"] = choice(
            rng,
            {
                "trafficking": ("THB", "Trafficking in human beings"),
                "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
                "both": ("THB & migrant smuggling", "Trafficking + smuggling"),
            }[crime],
        )
    if ev["exploitation"] is None:
        cells["exploitation"] = choice(rng, ("n/a", ""))
    else:
        cells["exploitation"] = choice(rng, _LS_EXPL[str(ev["exploitation"])])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("unknown", "n/k"))
        exp["n_persons"] = None
    elif n >= 1000:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n:,}"
    else:
        cells["n_persons"] = str(n)
    if not _blank("n_suspects", forced_blank, cells, exp, tags):
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            ev["n_suspects"], rng, ("none", "None identified"), ("unknown", "n/k"), tags
        )
    if not _blank("gender", forced_blank, cells, exp, tags):
        cells["gender"] = choice(
            rng,
            {
                "female": ("F", "Female", "female"),
                "male": ("M", "Male", "male"),
                "mixed": ("Mixed", "F+M", "male & female"),
            }[str(ev["gender"])],
        )
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"] = "n/a"
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = choice(
            rng,
            {
                "child": ("Minor", "<18", "child"),
                "adult": ("Adult", "18+", "adult"),
                "mixed": ("Adults & minors", "mixed"),
            }[str(ev["age_group"])],
        )
    if not _blank("nationality", forced_blank, cells, exp, tags):
        code = str(ev["nationality"])
        u = rng.random()
        if code in _EN_DEM and u < 0.35:
            tags.append("demonym")
            cells["nationality"] = _EN_DEM[code]
        elif u < 0.5:
            tags.append("iso3")
            cells["nationality"] = code
        else:
            cells["nationality"] = _en_country(code, rng)
    cells["origin_country"] = _en_country(str(ev["origin_country"]), rng)
    transit = ev.get("transit_countries")
    cells["transit_countries"] = (
        " > ".join(_EN.get(c, _fallback(c)) for c in str(transit).split("|")) if transit else ""
    )
    cells["destination_country"] = _en_country(str(ev["destination_country"]), rng)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        cells["detection_country"] = _en_country(str(ev["detection_country"]), rng)
    cells["transport_mode"] = choice(
        rng,
        {
            "sea": ("boat", "by sea", "dinghy"),
            "land": ("by road", "lorry", "car", "on foot", "train"),
            "air": ("flight", "by air", "plane"),
        }[str(ev["transport_mode"])],
    )
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        if rng.random() < 0.05:
            tags.append("coords_placeholder")
            cells["coordinates"] = choice(rng, ("n/a", "unknown"))
            exp["lat"] = exp["lon"] = None
        else:
            lat, lon = round(float(ev["lat"]), 4), round(float(ev["lon"]), 4)  # type: ignore[arg-type]
            cells["coordinates"] = f"{lat:.4f}, {lon:.4f}"
            exp["lat"], exp["lon"] = lat, lon
    cells["linked_offences"] = _linked(ev, "ls", rng)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# SARPCCO / Interpol RB Harare digest (jsonl)
# --------------------------------------------------------------------------------------
def _rbh_date(ts: pd.Timestamp, prec: str, rng: _Rng, tags: list[str]) -> str:
    if prec == "month":
        tags.append("partial_month")
        if rng.random() < 0.5:
            return f"{ts.year}/{ts.month:02d}"
        return f"{MONTHS[ts.month - 1]} {ts.year}"
    if prec == "quarter":
        tags.append("partial_quarter")
        return f"{ts.year} Q{_quarter(ts)}"
    u = rng.random()
    if u < 0.45:
        return f"{ts.year}/{ts.month:02d}/{ts.day:02d}"
    if u < 0.7:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if u < 0.85:
        tags.append("month_name")
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _rbh_country(code: str, rng: _Rng, tags: list[str]) -> str:
    if rng.random() < 0.6:
        tags.append("iso2")
        return iso_codes(code)[0]
    return _en_country(code, rng)


def _render_rbh(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    exp = _base(ev, ts)
    cells: _Cells = {}
    prec = _precision(rng, partial_ok)
    cells["event_date"] = _rbh_date(ts, prec, rng, tags)
    exp["event_date"], exp["date_precision"] = _period_start(ts, prec), prec
    cells["crime_type"] = choice(
        rng,
        {
            "trafficking": ("TIP", "Trafficking in Persons (TIP)"),
            "smuggling": ("SOM", "Smuggling of Migrants (SOM)"),
            "both": ("TIP/SOM", "TIP & SOM"),
        }[str(ev["crime_type"])],
    )
    exp_word = ev["exploitation"]
    cells["exploitation"] = None if exp_word is None else choice(rng, _RBH_EXPL[str(exp_word)])
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        cells["n_persons"] = choice(rng, ("TBC", "not stated"))
        exp["n_persons"] = None
    elif n >= 1000 and rng.random() < 0.5:
        tags.append("thousands_sep")
        cells["n_persons"] = f"{n // 1000} {n % 1000:03d}"
    else:
        cells["n_persons"] = n if rng.random() < 0.8 else str(n)
    if not _blank("n_suspects", forced_blank, cells, exp, tags):
        text, value = _suspects(ev["n_suspects"], rng, ("Nil", "NIL"), ("TBC",), tags)
        cells["n_suspects"] = int(text) if isinstance(text, str) and text.isdigit() else text
        exp["n_suspects"] = value
    if not _blank("gender", forced_blank, cells, exp, tags):
        cells["gender"] = choice(
            rng,
            {
                "female": ("Female", "F"),
                "male": ("Male", "M"),
                "mixed": ("Both", "Mixed"),
            }[str(ev["gender"])],
        )
    cells["age_group"] = choice(
        rng,
        {
            "child": ("Juvenile", "Minor"),
            "adult": ("Adult",),
            "mixed": ("Mixed", "Adults and juveniles"),
        }[str(ev["age_group"])],
    )
    if not _blank("nationality", forced_blank, cells, exp, tags):
        cells["nationality"] = _rbh_country(str(ev["nationality"]), rng, tags)
    cells["origin_country"] = _rbh_country(str(ev["origin_country"]), rng, tags)
    transit = ev.get("transit_countries")
    cells["transit_countries"] = (
        ">".join(iso_codes(c)[0] for c in str(transit).split("|")) if transit else None
    )
    cells["destination_country"] = _rbh_country(str(ev["destination_country"]), rng, tags)
    if not _blank("detection_country", forced_blank, cells, exp, tags):
        cells["detection_country"] = _rbh_country(str(ev["detection_country"]), rng, tags)
    cells["transport_mode"] = choice(
        rng,
        {
            "sea": ("SEA", "Vessel", "Boat"),
            "land": ("LAND", "Truck", "Road"),
            "air": ("AIR", "Aircraft"),
        }[str(ev["transport_mode"])],
    )
    if not _blank("coordinates", forced_blank, cells, exp, tags):
        if rng.random() < 0.04:
            tags.append("coords_placeholder")
            cells["coordinates"] = "NOT RECORDED"
            exp["lat"] = exp["lon"] = None
        else:
            tags.append("hemisphere")
            lat, lon = round(float(ev["lat"]), 4), round(float(ev["lon"]), 4)  # type: ignore[arg-type]
            ns = "N" if lat >= 0 else "S"
            ew = "E" if lon >= 0 else "W"
            cells["coordinates"] = f"{abs(lat):07.4f}{ns} {abs(lon):08.4f}{ew}"
            exp["lat"], exp["lon"] = lat, lon
    cells["linked_offences"] = _linked(ev, "rbh", rng)
    return cells, exp, tags


_RENDERERS = {
    _PE.source: _render_pe,
    _NGO_ES.source: _render_ngo,
    _ECPAT.source: _render_ecpat,
    _LS.source: _render_ls,
    _RBH.source: _render_rbh,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    return _RENDERERS[src.source](src, ev, rng, partial_ok=partial_ok, forced_blank=forced_blank)


# --------------------------------------------------------------------------------------
# Bad dates and note dates
# --------------------------------------------------------------------------------------
def _write_day(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a day the source's plainest way."""
    if src.source == _PE.source:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if src.source == _NGO_ES.source:
        return dt.datetime(ts.year, ts.month, ts.day)
    if src.source == _ECPAT.source:
        return f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    if src.source == _LS.source:
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year}"
    return f"{ts.year}/{ts.month:02d}/{ts.day:02d}"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: missing, impossible or future."""
    if kind == "no_date":
        words = {
            _PE.source: ("", "S/F"),
            _NGO_ES.source: (None, "s/f"),
            _ECPAT.source: ("", "date inconnue"),
            _LS.source: ("", "n/k"),
            _RBH.source: (None, "UNKNOWN"),
        }[src.source]
        value = words[int(rng.integers(len(words)))]
        return value
    if kind == "future_date":
        return _write_day(src, pd.Timestamp(int(rng.integers(2031, 2036)), ts.month, 1))
    # an impossible day: 30 or 31 February, 31 of a 30-day month, or month 13
    month = int(rng.integers(1, 13))
    day = {2: 30, 4: 31, 6: 31, 9: 31, 11: 31}.get(month, 0)
    y = ts.year
    if day == 0:
        day, month = ts.day, 13
    if src.source == _RBH.source:
        return f"{y}/{month:02d}/{day:02d}"
    if src.source == _LS.source:
        return f"{day:02d}.{month:02d}.{y}"
    return f"{day:02d}/{month:02d}/{y}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the source's note row: its extraction, after the last row."""
    return _write_day(src, last + pd.Timedelta(days=3))


_EXAMINER = Examiner(
    sources=BLIND38_SOURCES,
    primary=_PRIMARY,
    compilation=_RBH.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3838,
    blank_share=0.3,
)


def make_blind38(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind38`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        Peru DIRCTPTIM (CSV, latin-1, ``|``), a Spanish NGO shelter network (XLSX),
        ECPAT France (CSV, cp1252, ``;``), La Strada (CSV, UTF-16, tab) and the SARPCCO
        / RB Harare digest (JSONL), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind38(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dirctptim_pe_an.csv', 'red_acogida_apramp_an.xlsx', 'ecpat_signalements_an.csv',
     'lastrada_ngo_an.csv', 'sarpcco_rbh_digest_an.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
