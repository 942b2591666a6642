"""Examiner variant ``blind256``: five health-sector sources (files ``*_ix.*``).

Hospital safeguarding leads and hospital social workers see trafficked and smuggled
people as patients, and keep their own registers of them. This set writes the true events
the way five such registers would:

``nhse_safeguarding_ix.csv``
    NHS England safeguarding: the modern slavery and human trafficking (MSHT) returns of
    the trusts' safeguarding leads, exported from Excel as "CSV UTF-8" (UTF-8 with BOM,
    ``,``). English; dates ``dd/mm/yyyy`` with a few typed "17 May 2023" or two-digit
    years; nationalities as demonyms ("Albanian"); the country identified as the UK
    nation ("England", "Scotland"); no coordinates (a patient record has none).
``ch_dunkerque_pass_ix.csv``
    The PASS (permanence d'accès aux soins de santé) of the Centre hospitalier de
    Dunkerque, a French Excel sheet saved as CSV (cp1252, ``;``, CRLF). French; gendered
    demonyms ("érythréenne"), names in capitals without accents ("ERYTHREE"), a few cells
    pasted from the UTF-8 patient record (mojibake), counts with a space before the
    thousands, SMUR coordinates with decimal commas.
``aetsys_trabajo_social_ix.xlsx``
    The register of cases kept by the Spanish association of health social work (AETSYS)
    from hospital trabajo social units. Spanish workbook; real Excel dates, a few typed
    dates, date serials and month-only dates; "Varón"/"Mujer"; coordinates pasted from a
    map as ``"28.1023, -15.4123"``; "Directo" when a route has no transit country.
``hst_trabajo_social_ix.csv``
    The social-work department of the Hospital Santo Tomás (Panama City), which receives
    the Darién patients; Excel's "Unicode text" export (UTF-16 with BOM, tab). Spanish;
    dates ``dd/mm/yyyy`` and ``17-may-2023``; "s/f" when no date; "NNA" for minors;
    thousands with commas.
``heal_trafficking_ix.jsonl``
    The case digest of HEAL Trafficking, the network of health professionals against
    trafficking, compiled from its members' reports (the US border, Italy, Greece,
    Croatia, Poland, and again some cases the four registers above also hold). English
    JSON lines; ISO dates and midnight timestamps, month or quarter only when the member
    gave no day; ISO alpha-2 country codes ("UK" for the United Kingdom in some
    entries), transit countries and co-occurring crimes as JSON arrays; pages of the
    export overlap (exact repeats).

The shared machinery (:mod:`trendlib.samples._examiner`) chooses which source reports
which event, the duplicates and the bad rows; this module only says how each register
writes a cell, and what a careful analyst reads from it.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["SOURCES", "WardSource", "make_blind256"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]


@dataclass(frozen=True)
class WardSource(ExaminerSource):
    """A health-sector source: the shared description plus the register's style.

    Attributes
    ----------
    style : str
        Key of the register's writing habits in this module (``"nhse"``, ``"pass"``,
        ``"aetsys"``, ``"hst"`` or ``"heal"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Country names, written by hand (the registers' own spellings, not a library's)
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
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
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
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
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
# iso3: (English, French masculine, French feminine, Spanish masculine, Spanish feminine)
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
}
# Misspellings a clerk makes of the values each register writes most often.
_TYPOS: dict[str, dict[str, str]] = {
    "nhse": {
        "Albanian": "Albanain",
        "Vietnamese": "Vietnamise",
        "Eritrean": "Eritrian",
        "Afghan": "Afgan",
        "Afghanistan": "Afganistan",
        "Vietnam": "Veitnam",
        "Iranian": "Iranain",
    },
    "pass": {
        "érythréen": "érithréen",
        "érythréenne": "érithréenne",
        "afghan": "afgan",
        "Afghanistan": "Afganistan",
        "Érythrée": "Erythrée",
        "irakien": "irakein",
    },
    "aetsys": {
        "marroquí": "marroqui",
        "senegalés": "senegales",
        "Marruecos": "Marrueco",
        "Senegal": "Senegl",
        "maliense": "malience",
        "Argelia": "Algelia",
        "rumana": "rrumana",
    },
    "hst": {
        "venezolano": "venesolano",
        "venezolana": "venesolana",
        "Venezuela": "Venezula",
        "ecuatoriano": "equatoriano",
        "Ecuador": "Equador",
        "haitiano": "haitano",
    },
    "heal": {},
}

# --------------------------------------------------------------------------------------
# Each register's words
# --------------------------------------------------------------------------------------
_NHSE: _Words = {
    "crime_type": {
        "trafficking": ("Modern slavery", "Human trafficking", "MSHT - trafficking"),
        "smuggling": ("People smuggling", "Smuggling (facilitated illegal entry)"),
        "both": ("Trafficking and smuggling", "Smuggled + trafficked"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "_none": ("", "", "N/A"),
    },
    "gender": {
        "female": ("Female", "Female", "F"),
        "male": ("Male", "Male", "M"),
        "mixed": ("Mixed group", "Male and female"),
        "unknown": ("", "Not known"),
    },
    "age_group": {
        "adult": ("Adult", "Adult", "18+"),
        "child": ("Child (under 18)", "Under 18"),
        "mixed": ("Adults and children", "Mixed ages"),
        "unknown": ("Not known",),
    },
    "transport_mode": {
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry/HGV", "Lorry", "Vehicle"),
        "air": ("Flight", "Air"),
        "unknown": ("Not known", "N/A"),
    },
    "linked_offences": {
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "placeholder": {"count": ("Not known", "Unknown"), "zero": ("None",)},
    "not_stated": {"nationality": ("Not stated", "Declined to say")},
}
_PASS: _Words = {
    "crime_type": {
        "trafficking": ("Traite des êtres humains", "TEH", "victime de traite"),
        "smuggling": ("Trafic de migrants (passeurs)", "trafic de migrants"),
        "both": ("Traite + trafic de migrants", "traite et trafic"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "_none": ("", "", "sans objet"),
    },
    "gender": {
        "female": ("F", "F", "femme"),
        "male": ("M", "M", "homme"),
        "mixed": ("mixte", "H/F"),
        "unknown": ("", "NR"),
    },
    "age_group": {
        "adult": ("majeur", "adulte"),
        "child": ("mineur", "MNA"),
        "mixed": ("majeurs + mineurs", "famille avec enfants"),
        "unknown": ("NR",),
    },
    "transport_mode": {
        "sea": ("small boat", "bateau", "embarcation"),
        "land": ("camion", "poids lourd", "voiture"),
        "air": ("avion",),
        "unknown": ("NR",),
    },
    "linked_offences": {
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "placeholder": {"count": ("NC", "inconnu"), "zero": ("aucun", "0 (aucun)")},
    "not_stated": {"nationality": ("non communiquée", "refuse de dire")},
}
_AETSYS: _Words = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
        "_none": ("", "No procede"),
    },
    "gender": {
        "female": ("Mujer",),
        "male": ("Varón", "Varón", "Hombre"),
        "mixed": ("Mixto", "Varones y mujeres"),
        "unknown": ("", "No consta"),
    },
    "age_group": {
        "adult": ("Adulto", "Mayor de edad"),
        "child": ("Menor", "Menor no acompañado"),
        "mixed": ("Adultos y menores",),
        "unknown": ("No consta",),
    },
    "transport_mode": {
        "sea": ("Patera", "Embarcación"),
        "land": ("Por carretera", "A pie", "Vehículo"),
        "air": ("Avión", "Vuelo"),
        "unknown": ("No consta",),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Tráfico de drogas",),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    "placeholder": {"count": ("Desconocido", "s/d"), "zero": ("Ninguno",)},
    "not_stated": {"nationality": ("No consta", "Indocumentado")},
}
# Words of the Spanish register that depend on the route (the boats of the Canaries route
# are cayucos; the Ceuta and Melilla crossings are on foot or swimming).
_AETSYS_MODE: dict[tuple[str, str], tuple[str, ...]] = {
    ("watl", "sea"): ("Cayuco", "Cayuco", "Embarcación"),
    ("wmed", "sea"): ("Patera", "Neumática", "Embarcación"),
    ("wmed", "land"): ("A pie (valla)", "Vehículo (doble fondo)", "A pie"),
    ("thb_rou_esp", "land"): ("Autobús", "Furgoneta", "Por carretera"),
}
_HST: _Words = {
    "crime_type": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otro",),
        "_none": ("", "No aplica"),
    },
    "gender": {
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto",),
        "unknown": ("", "N/D"),
    },
    "age_group": {
        "adult": ("Adulto", "Adultos"),
        "child": ("NNA", "Menor de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "unknown": ("N/D",),
    },
    "transport_mode": {
        "land": ("Terrestre (a pie por la selva)", "Caminando", "Terrestre"),
        "sea": ("Marítimo (lancha)",),
        "air": ("Aéreo",),
        "unknown": ("N/D",),
    },
    "linked_offences": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    "placeholder": {"count": ("N/D",), "zero": ("Ninguno",)},
    "not_stated": {"nationality": ("N/D", "Sin documentos")},
}
_HEAL: _Words = {
    "crime_type": {
        "trafficking": ("Human trafficking", "Trafficking"),
        "smuggling": ("Human smuggling", "Smuggling"),
        "both": ("Trafficking & smuggling", "Smuggling/trafficking"),
    },
    "exploitation": {
        "sexual": ("Sex trafficking", "Sexual exploitation"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "_none": ("",),
    },
    "gender": {
        "female": ("female",),
        "male": ("male",),
        "mixed": ("mixed",),
        "unknown": ("",),
    },
    "age_group": {
        "adult": ("adult",),
        "child": ("minor",),
        "mixed": ("adults & minors",),
        "unknown": ("unknown",),
    },
    "transport_mode": {
        "sea": ("maritime", "boat"),
        "land": ("land", "vehicle", "on foot"),
        "air": ("air", "commercial flight"),
        "unknown": ("unknown",),
    },
    "linked_offences": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "placeholder": {"count": ("unknown",), "zero": ("none",)},
    "not_stated": {"nationality": ("not disclosed",)},
}
_WORDS: dict[str, _Words] = {
    "nhse": _NHSE,
    "pass": _PASS,
    "aetsys": _AETSYS,
    "hst": _HST,
    "heal": _HEAL,
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_ES_MONTH_NAMES = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
NHSE = WardSource(
    source="nhse_safeguarding",
    filename="nhse_safeguarding_ix.csv",
    ref="MSHT-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date of incident",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of potential victims",
        "n_suspects": "No. of alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality (stated)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country identified",
        "transit_countries": "Countries travelled through",
        "transport_mode": "Mode of entry to UK",
        "linked_offences": "Other offences disclosed",
    },
    note="Provisional - trust returns not yet validated by the regional safeguarding team",
    total="Total",
    bad_count=("several", "multiple", "large group"),
    repeats=False,
    style="nhse",
)
PASS = WardSource(
    source="ch_dunkerque_pass",
    filename="ch_dunkerque_pass_ix.csv",
    ref="PASS-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier PASS",
        "event_date": "Date de prise en charge",
        "crime_type": "Situation repérée",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb d'auteurs / passeurs signalés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination souhaitée",
        "detection_country": "Pays de repérage",
        "transit_countries": "Parcours migratoire",
        "transport_mode": "Mode de passage",
        "lat": "Latitude (SMUR)",
        "lon": "Longitude (SMUR)",
        "linked_offences": "Autres faits signalés",
    },
    note="Données provisoires – extraction du tableau de suivi PASS",
    total="TOTAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    style="pass",
)
AETSYS = WardSource(
    source="aetsys_trabajo_social",
    filename="aetsys_trabajo_social_ix.xlsx",
    ref="{seq:04d}/{yy:02d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha de atención",
        "crime_type": "Tipo de situación",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas atendidas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad (grupo)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas (112)",
        "linked_offences": "Otros delitos asociados",
    },
    note="Datos provisionales: registro pendiente de revisión por las unidades",
    total="Total general",
    bad_count=("varios", "grupo", "muchos"),
    repeats=False,
    style="aetsys",
)
HST = WardSource(
    source="hst_trabajo_social",
    filename="hst_trabajo_social_ix.csv",
    ref="HST-TS-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha de ingreso",
        "crime_type": "Tipo de caso",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cant. presuntos traficantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de desplazamiento",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos sujetos a verificación",
    total="TOTAL",
    bad_count=("varios", "grupo familiar"),
    repeats=False,
    style="hst",
)
HEAL = WardSource(
    source="heal_trafficking",
    filename="heal_trafficking_ix.jsonl",
    ref="HT-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_type",
        "exploitation": "exploitation_type",
        "n_persons": "individuals",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "identified_in",
        "transit_countries": "transit",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "co_occurring_crimes",
    },
    note=None,
    total="_summary",
    bad_count=("multiple", "several", "a group"),
    repeats=True,
    style="heal",
)
#: The variant's sources, in the order of the submissions.
SOURCES: tuple[WardSource, ...] = (NHSE, PASS, AETSYS, HST, HEAL)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain_upper(text: str) -> str:
    """Capitals without accents, as French administrative forms write names."""
    bare = unicodedata.normalize("NFKD", text)
    return "".join(c for c in bare if not unicodedata.combining(c)).upper()


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG_INDEX[lang]]


def _demonym(code: str, lang: str, female: bool) -> str | None:
    row = _DEMONYMS.get(code)
    if row is None:
        return None
    if lang == "en":
        return row[0]
    base = 1 if lang == "fr" else 3
    return row[base + int(female)]


def _garble(src: WardSource, text: str, rng: _Rng, tags: list[str], *, typo: float) -> str:
    """Apply the register's slips to a country cell: typos, capitals, mojibake."""
    wrong = _TYPOS[src.style].get(text)
    if wrong is not None and rng.random() < typo:
        tags.append("typo")
        return wrong
    if src.style == "pass":
        r = rng.random()
        if r < 0.04:
            bad = mojibake(text)
            if bad is not None and fits(bad, src):
                tags.append("mojibake")
                return bad
        elif r < 0.18:
            tags.append("caps_no_accents")
            return _plain_upper(text)
    if src.style == "nhse" and rng.random() < 0.03:
        tags.append("spacing")
        return f" {text} "
    if src.style == "heal" and rng.random() < 0.05:
        tags.append("case")
        return text.lower()
    return text


def _country(
    src: WardSource, code: str, rng: _Rng, tags: list[str], *, legacy: bool = False
) -> str:
    """Write an origin, destination or transit country as the register does.

    ``legacy`` marks a HEAL Trafficking entry keyed before the platform moved from
    ISO alpha-3 to alpha-2 codes.
    """
    if src.style == "heal":
        if legacy:
            tags.append("iso3")
            return code
        if code == "GBR" and rng.random() < 0.3:
            tags.append("uk_code")
            return "UK"
        tags.append("iso2")
        return iso_codes(code)[0]
    if src.style == "nhse" and code == "GBR":
        return "UK" if rng.random() < 0.5 else "United Kingdom"
    if src.style == "hst" and code == "USA" and rng.random() < 0.3:
        tags.append("alias")
        return "EE.UU."
    return _garble(src, _name(code, src.language), rng, tags, typo=0.03)


def _nationality(src: WardSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    code = str(ev["nationality"])
    female = ev["gender"] == "female"
    share = {"nhse": 0.75, "pass": 0.7, "aetsys": 0.55, "hst": 0.7, "heal": 0.35}[src.style]
    word = _demonym(code, src.language, female) if rng.random() < share else None
    if word is None:
        word = _name(code, src.language)
    else:
        tags.append("demonym")
    return _garble(src, word, rng, tags, typo=0.05)


def _detection(
    src: WardSource, ev: dict[str, object], rng: _Rng, tags: list[str], *, legacy: bool
) -> str:
    code = str(ev["detection_country"])
    r = rng.random()
    if src.style == "nhse" and code == "GBR":
        if r < 0.7:
            tags.append("uk_nation")
            return "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
        return "UK" if r < 0.9 else "United Kingdom"
    if src.style == "pass" and code == "FRA":
        return "France" if r < 0.8 else "FRANCE"
    if src.style == "aetsys" and code == "ESP":
        return "España" if r < 0.85 else ("ESPAÑA" if r < 0.95 else "ES")
    if src.style == "hst" and code == "PAN":
        return "Panamá" if r < 0.7 else ("PANAMÁ" if r < 0.85 else "Rep. de Panamá")
    return _country(src, code, rng, tags, legacy=legacy)


def _transit(
    src: WardSource, value: object, rng: _Rng, tags: list[str], *, legacy: bool
) -> tuple[object, str | None]:
    """Return the transit cell and the countries it means (``|``-joined, or None)."""
    if value is None:
        if src.style == "heal":
            return [], None
        if src.style == "aetsys" and rng.random() < 0.4:
            tags.append("transit_direct")
            return "Directo", None
        return None, None
    codes = str(value).split("|")
    written = [_country(src, c, rng, tags, legacy=legacy) for c in codes]
    if len(codes) > 1:
        tags.append("transit_list")
    if src.style == "heal":
        return written, str(value)
    sep = {"nhse": ", ", "pass": " / ", "aetsys": " - ", "hst": ", "}[src.style]
    return sep.join(written), str(value)


def _offences(src: WardSource, value: object, rng: _Rng) -> object:
    if value is None:
        return [] if src.style == "heal" else None
    table = _WORDS[src.style]["linked_offences"]
    words = [choice(rng, table[o]) for o in str(value).split("|")]
    if src.style == "heal":
        return words
    sep = {"nhse": "; ", "pass": ", ", "aetsys": " / ", "hst": "; "}[src.style]
    return sep.join(words)


def _date(
    src: WardSource, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return the date cell, the date it means and its precision."""
    r = rng.random()
    if src.style == "nhse":
        if r < 0.84:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.94:
            tags.append("date_words")
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        tags.append("two_digit_year")
        return ts.strftime("%d/%m/%y"), ts, "day"
    if src.style == "pass":
        if r < 0.92:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("two_digit_year")
        return ts.strftime("%d/%m/%y"), ts, "day"
    if src.style == "aetsys":
        if partial_ok and r < 0.03:
            tags.append("month_only")
            month = ts.to_period("M").start_time
            return f"{_ES_MONTH_NAMES[ts.month - 1]} {ts.year}", month, "month"
        if r < 0.09:
            tags.append("date_text")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.14:
            tags.append("excel_serial")
            return int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if src.style == "hst":
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("month_abbrev")
        return f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1]}-{ts.year}", ts, "day"
    # heal: ISO dates, JavaScript timestamps, month or quarter when no day was given
    if partial_ok and r < 0.07:
        tags.append("month_only")
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.12:
        tags.append("quarter_only")
        return f"{ts.year}-Q{ts.quarter}", ts.to_period("Q").start_time, "quarter"
    if r < 0.32:
        tags.append("iso_timestamp")
        return ts.strftime("%Y-%m-%dT00:00:00.000Z"), ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _count(
    src: WardSource, n: int, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, int | None]:
    """Return the persons cell and the count it means."""
    words = _WORDS[src.style]["placeholder"]
    if partial_ok and rng.random() < 0.02:
        tags.append("count_placeholder")
        if src.style == "heal" and rng.random() < 0.5:
            return None, None
        return choice(rng, words["count"]), None
    if src.style in ("aetsys", "heal"):
        return n, n
    if n >= 1000:
        tags.append("thousands")
        if src.style == "pass":
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}", n
        return f"{n:,}", n
    if src.style == "pass" and rng.random() < 0.05:
        tags.append("count_text")
        return f"{n} pers.", n
    return str(n), n


def _suspects(
    src: WardSource, n: int, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, int | None]:
    words = _WORDS[src.style]["placeholder"]
    if partial_ok and rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, words["count"]), None
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return choice(rng, words["zero"]), 0
    return (n if src.style in ("aetsys", "heal") else str(n)), n


def _coordinates(
    src: WardSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the coordinate cells and the point they mean."""
    missing = {"nhse": 1.0, "pass": 0.15, "aetsys": 0.2, "hst": 0.25, "heal": 0.1}[src.style]
    if rng.random() < missing:
        tags.append("coords_missing")
        return {}, None, None
    lat = round(float(ev["lat"]), 4)  # type: ignore[arg-type]
    lon = round(float(ev["lon"]), 4)  # type: ignore[arg-type]
    if src.style == "pass":
        tags.append("decimal_comma")
        cells: dict[str, object] = {
            "lat": f"{lat:.4f}".replace(".", ","),
            "lon": f"{lon:.4f}".replace(".", ","),
        }
        return cells, lat, lon
    if src.style == "aetsys":
        tags.append("coords_pair")
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, lat, lon
    if src.style == "hst":
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, lat, lon
    return {"lat": lat, "lon": lon}, lat, lon


def _word(
    src: WardSource, column: str, value: str, rng: _Rng, corridor: str
) -> str:  # one vocabulary word
    if src.style == "aetsys" and column == "transport_mode":
        special = _AETSYS_MODE.get((corridor, value))
        if special is not None:
            return choice(rng, special)
    return choice(rng, _WORDS[src.style][column][value])


def _render(
    src: WardSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the register does: (cells, expected values, tags).

    Parameters
    ----------
    src : WardSource
        The register.
    ev : dict
        The true event (its ``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the row may leave out the day, the count or the nationality (False for
        both reports of a duplicated event).
    forced_blank : str or None
        Field a second report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column (``"coordinates"`` for a one-cell point).
    expected : dict
        What a careful analyst reads from the row, by record field.
    tags : list of str
        The messiness planted in the row.
    """
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    words = _WORDS[src.style]
    corridor = str(ev["corridor"])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, tags, partial_ok=partial_ok
    )
    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng, corridor), crime
    expl = ev["exploitation"]
    if expl is None:
        na = choice(rng, words["exploitation"]["_none"])
        cells["exploitation"] = na or None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, corridor)
    exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _count(
        src,
        int(ev["n_persons"]),  # type: ignore[call-overload]
        rng,
        tags,
        partial_ok=partial_ok,
    )
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            tags,
            partial_ok=partial_ok,
        )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        blank = choice(rng, words["gender"]["unknown"])
        cells["gender"], exp["gender"] = blank or None, "unknown"
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, corridor), gender
    age = str(ev["age_group"])
    cells["age_group"], exp["age_group"] = _word(src, "age_group", age, rng, corridor), age

    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif partial_ok and rng.random() < 0.02:
        tags.append("blank_nationality")  # the patient did not say
        cells["nationality"] = choice(rng, words["not_stated"]["nationality"])
        exp["nationality"] = None
    else:
        cells["nationality"] = _nationality(src, ev, rng, tags)
        exp["nationality"] = ev["nationality"]
    legacy = src.style == "heal" and rng.random() < 0.1
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, tags, legacy=legacy)
    exp["origin_country"] = ev["origin_country"]
    cells["destination_country"] = _country(
        src, str(ev["destination_country"]), rng, tags, legacy=legacy
    )
    exp["destination_country"] = ev["destination_country"]
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _detection(src, ev, rng, tags, legacy=legacy)
        exp["detection_country"] = ev["detection_country"]
    cells["transit_countries"], exp["transit_countries"] = _transit(
        src, ev["transit_countries"], rng, tags, legacy=legacy
    )

    mode = str(ev["transport_mode"])
    na_share = {"nhse": 0.03, "aetsys": 0.02}.get(src.style, 0.0)
    if rng.random() < na_share:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, words["transport_mode"]["unknown"])
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = _word(src, "transport_mode", mode, rng, corridor)
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = _coordinates(src, ev, rng, tags)
        cells.update(place)
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    return cells, exp, list(dict.fromkeys(tags))


def _swap_year(year: int) -> str:
    """Swap the middle digits of a year, a keying slip (2023 -> 2203)."""
    y = f"{year:04d}"
    return y[0] + y[2] + y[1] + y[3]


def _bad_date(src: WardSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return "s/f" if src.style == "hst" and rng.random() < 0.6 else None
    if kind == "bad_date":
        day, month = (30, 2) if rng.random() < 0.5 else (31, int(choice(rng, ("4", "6", "9"))))
        if src.style == "heal":
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    year = _swap_year(ts.year)
    if src.style == "heal":
        return f"{year}-{ts.month:02d}-{ts.day:02d}"
    return f"{ts.day:02d}/{ts.month:02d}/{year}"


def _note_date(src: WardSource, last: pd.Timestamp) -> object:
    """Write the date on the register's note row (the day of its last case)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


#: The variant: who reports what, and how.
EXAMINER: Examiner[WardSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": NHSE.source,
        "FRA": PASS.source,
        "ESP": AETSYS.source,
        "PAN": HST.source,
    },
    compilation=HEAL.source,
    secondary={
        # casualties of a Channel attempt seen again in a Kent emergency department
        ("channel", "FRA"): NHSE.source,
        # members of HEAL Trafficking send the network some of the cases they registered
        ("channel", "GBR"): HEAL.source,
        ("thb_vnm_gbr", "GBR"): HEAL.source,
        ("darien", "PAN"): HEAL.source,
        ("watl", "ESP"): HEAL.source,
        ("wmed", "ESP"): HEAL.source,
        ("thb_rou_esp", "ESP"): HEAL.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=256,
    blank_share=0.3,
)


def make_blind256(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five health-sector registers of ``blind256``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        ``nhse_safeguarding_ix.csv`` (English, UTF-8 with BOM, ``,``),
        ``ch_dunkerque_pass_ix.csv`` (French, cp1252, ``;``),
        ``aetsys_trabajo_social_ix.xlsx`` (Spanish workbook),
        ``hst_trabajo_social_ix.csv`` (Spanish, UTF-16, tab) and
        ``heal_trafficking_ix.jsonl`` (English JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind256(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['nhse_safeguarding_ix.csv', 'ch_dunkerque_pass_ix.csv',
     'aetsys_trabajo_social_ix.xlsx', 'hst_trabajo_social_ix.csv',
     'heal_trafficking_ix.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° dossier PASS', 'Date de prise en charge', 'Situation repérée']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
