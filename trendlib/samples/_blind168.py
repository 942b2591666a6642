"""Examiner sample set ``blind168`` (files ``*_fn.*``), written without looking at the cleaner.

Five agencies of the Spanish-, French- and English-speaking anti-trafficking field.

The five sources and how each writes its export:

``rectp_trata_fn.xlsx``
    Red Española contra la Trata de Personas (RECTP), the Spanish network of NGOs and
    shelters that assist presumed victims of trafficking and the people arriving by boat on
    the southern coasts and in the Canary Islands. Spanish workbook kept by hand: real Excel
    dates and a few typed ``dd/mm/aaaa`` or ``mayo 2023``; nationality as an adjective that
    agrees with the victims' sex (``senegalesa``, ``marroquí``) or as a country, now and
    then only ``subsahariana`` (no country can be read: the truth leaves it blank); boats
    named ``patera``, ``cayuco``, ``neumática``, the Ceuta and Melilla fences ``salto de
    valla``; Spanish thousands (``1.250``); coordinates with decimal commas, often blank;
    ``s/d`` for what is not known. Primary for Spain.
``comision_trata_pa_fn.csv``
    Secretaría Técnica of Panama's Comisión Nacional contra la Trata de Personas, which
    compiles the Darién cases of the migration service, SENAFRONT and the public ministry.
    ``CSV (delimitado por comas)`` saved by Excel on Windows: cp1252, ``,``, CRLF; dates
    ``dd/mm/aaaa``, raw Excel serials from unformatted cells, ``Mayo 2023`` and
    ``II trimestre 2023``; nationalities as names, adjectives, ISO alpha-3 and ISO numeric
    codes of the migration database; mojibake (``PanamÃ¡``) in the cells pasted from UTF-8
    reports; US-style thousands (``1,250``); GPS in degrees, minutes and seconds. It sends
    some of its rows twice (exact repeats). Primary for Panama.
``care4calais_fn.csv``
    Care4Calais, the volunteer charity working in the camps of Calais and Dunkirk and with
    the people who reached the United Kingdom. Google Sheets export: UTF-8 without BOM,
    ``,``; British day-first dates (``17/05/2023``, ``17 May 2023``, ``17th May 2023``,
    ``May 2023``); demonyms (``Afghan``), sometimes only ``Kurdish`` (no country: blank in
    the truth); ``approx 40``; ``UASC`` for unaccompanied children; a ``lat, lon`` pair.
    No origin, destination, transit or linked-offence columns. Primary for France.
``eu_fra_bulletin_fn.jsonl``
    The EU Agency for Fundamental Rights' migration-bulletin desk, which compiles what the
    member states report on their external borders. English JSON lines; ISO alpha-2 codes
    in the EU's style (``EL`` for Greece, ``UK`` for the United Kingdom), a few names;
    ISO dates, ``2023-05`` and ``Q2 2023`` for items reported by month or quarter; null
    for what is not reported. The compilation: Italy, Greece, Croatia, Poland.
``meae_dgm_veille_fn.csv``
    Mission des migrations of the French foreign ministry (MEAE, Direction générale de la
    mondialisation): the posts' reports (London, Washington's consulates, Panama, Athens,
    Rome) in one sheet saved as Excel's ``Texte Unicode``: UTF-16 with BOM, tab-separated;
    French dates (``17/05/2023``, ``1er mai 2023``, ``mai 2023``, ``T2 2023``), nationality
    adjectives (``afghane``), ``aide à l'entrée irrégulière``, the London post's anglicism
    ``small boat``, French thousands (``1 250``) when a count reaches a thousand; no
    coordinates. Primary for the United Kingdom and the United States.
"""

from __future__ import annotations

import datetime as dt
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
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["SOURCES", "Source168", "make_blind168"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Source168(ExaminerSource):
    """A source of ``blind168``: the shared fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the agency's way of writing cells (``"rectp"``, ``"cnctp"``, ``"c4c"``,
        ``"eufra"``, ``"meae"``).
    """

    style: str


RECTP = Source168(
    source="rectp_trata",
    filename="rectp_trata_fn.xlsx",
    ref="RECTP-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "place": "Lugar / municipio",
        "detection_country": "País de detección",
        "crime_type": "Tipología",
        "exploitation": "Fin de explotación",
        "n_persons": "Nº personas / víctimas",
        "n_suspects": "Presuntos tratantes / patrones",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales, pendientes de validación por las entidades de la Red",
    total="TOTAL",
    bad_count=("varias", "Varios", "muchas"),
    repeats=False,
    style="rectp",
)
CNCTP = Source168(
    source="comision_trata_pa",
    filename="comision_trata_pa_fn.csv",
    ref="ST-CNCTP-{seq:04d}-{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. Caso",
        "event_date": "Fecha del hecho",
        "place": "Lugar",
        "detection_country": "País",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de víctimas/migrantes",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (tránsito)",
        "destination_country": "Destino final",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas (GPS)",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: Secretaría Técnica CNCTP con datos de SNM, SENAFRONT y Ministerio Público",
    total="Total general",
    bad_count=("varios", "Varios", "grupo"),
    repeats=True,
    style="cnctp",
)
C4C = Source168(
    source="care4calais",
    filename="care4calais_fn.csv",
    ref="C4C/{yy:02d}/{seq:03d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Log ID",
        "event_date": "Date",
        "place": "Location",
        "detection_country": "Country",
        "crime_type": "Category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "n_suspects": "Arrests (per police)",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationalities",
        "transport_mode": "Means",
        "coordinates": "GPS",
    },
    note="Figures from volunteers' accounts - not verified",
    total="Total",
    bad_count=("several", "a few", "many"),
    repeats=False,
    style="c4c",
)
EUFRA = Source168(
    source="eu_fra_bulletin",
    filename="eu_fra_bulletin_fn.jsonl",
    ref="FRA-MIG-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "item_id",
        "event_date": "date_reported",
        "detection_country": "member_state",
        "crime_type": "category",
        "exploitation": "exploitation_form",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit",
        "destination_country": "intended_destination",
        "transport_mode": "mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens", "a group"),
    repeats=False,
    style="eufra",
)
MEAE = Source168(
    source="meae_dgm_veille",
    filename="meae_dgm_veille_fn.csv",
    ref="TD-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. TD",
        "event_date": "Date des faits",
        "post": "Poste",
        "place": "Lieu",
        "detection_country": "Pays",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Interpellations",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "transport_mode": "Mode",
        "linked_offences": "Infractions connexes",
    },
    note="Synthèse des remontées des postes - diffusion restreinte",
    total="Total",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    style="meae",
)
#: The five sources, in the order :func:`make_blind168` returns them.
SOURCES: tuple[Source168, ...] = (RECTP, CNCTP, C4C, EUFRA, MEAE)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_ROMAN = ("I", "II", "III", "IV")

# Words by column -> style -> canonical value -> written forms (first = the usual one).
# The key "" is what the agency writes when the value does not apply (pure smuggling).
_W = dict[str, tuple[str, ...]]
_CRIME: dict[str, _W] = {
    "rectp": {
        "trafficking": ("Trata de seres humanos", "Trata", "TSH"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico de migrantes",
            "Favorecimiento de la inmigración ilegal",
        ),
        "both": ("Trata y tráfico", "Trata + tráfico de migrantes"),
    },
    "cnctp": {
        "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico ilícito de migrantes",),
    },
    "c4c": {
        "trafficking": ("Trafficking", "Trafficking (suspected)"),
        "smuggling": ("Smuggling", "People smuggling"),
        "both": ("Smuggling + trafficking",),
    },
    "eufra": {
        "trafficking": ("trafficking in human beings", "THB"),
        "smuggling": ("migrant smuggling", "smuggling of migrants"),
        "both": ("THB and migrant smuggling",),
    },
    "meae": {
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants", "passeurs"),
        "both": ("TEH et trafic de migrants",),
    },
}
_EXPLOITATION: dict[str, _W] = {
    "rectp": {
        "sexual": ("Explotación sexual", "Sexual", "Prostitución coactiva"),
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
        "": ("No procede", "No procede", ""),
    },
    "cnctp": {
        "sexual": ("Explotación sexual", "Explotacion sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
        "other": ("Otra",),
        "": ("N/A", "No aplica"),
    },
    "c4c": {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Forced labour"),
        "forced_criminality": ("Forced criminality", "Criminal exploitation"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "": ("N/A", ""),
    },
    "eufra": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality", "exploitation of criminal activities"),
        "organ_removal": ("removal of organs",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "": ("",),
    },
    "meae": {
        "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "": ("sans objet", "s.o."),
    },
}
# gender: (one person, several persons) forms
_GENDER: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "rectp": {
        "female": (("Mujer", "Femenino"), ("Mujeres", "Femenino")),
        "male": (("Hombre", "Masculino"), ("Hombres", "Masculino")),
        "mixed": (("Mixto",), ("Mixto", "Ambos sexos", "Hombres y mujeres")),
    },
    "cnctp": {
        "female": (("Femenino",), ("Femenino", "Mujeres")),
        "male": (("Masculino",), ("Masculino", "Hombres")),
        "mixed": (("Mixto",), ("Mixto", "Ambos")),
    },
    "c4c": {
        "female": (("Female", "Woman"), ("Women", "Female")),
        "male": (("Male", "Man"), ("Men", "Male")),
        "mixed": (("Mixed",), ("Mixed", "Men & women")),
    },
    "eufra": {
        "female": (("female",), ("female",)),
        "male": (("male",), ("male",)),
        "mixed": (("mixed",), ("mixed",)),
    },
    "meae": {
        "female": (("femme", "féminin"), ("femmes", "féminin")),
        "male": (("homme", "masculin"), ("hommes", "masculin")),
        "mixed": (("mixte",), ("mixte", "H/F", "hommes et femmes")),
    },
}
_AGE: dict[str, _W] = {
    "rectp": {
        "adult": ("Mayor de edad", "Adultos"),
        "child": ("Menor de edad", "Menores"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "cnctp": {
        "adult": ("Adultos", "Adulto"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "c4c": {
        "adult": ("Adults", "Adult"),
        "child": ("Minors", "UASC", "Children"),
        "mixed": ("Adults + minors", "Mixed ages"),
    },
    "eufra": {
        "adult": ("adults",),
        "child": ("children",),
        "mixed": ("adults and children",),
    },
    "meae": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
}
_MODE: dict[str, _W] = {
    "rectp": {
        "sea": ("Patera", "Embarcación", "Neumática"),
        "land": ("Terrestre", "Por carretera", "En autobús"),
        "air": ("Aérea", "Avión"),
    },
    "cnctp": {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Por tierra (selva)"),
        "air": ("Aéreo",),
    },
    "c4c": {
        "sea": ("Small boat", "Dinghy", "Boat"),
        "land": ("Lorry", "HGV", "On foot", "Car"),
        "air": ("Flight",),
    },
    "eufra": {
        "sea": ("sea", "by sea"),
        "land": ("land", "overland"),
        "air": ("air",),
    },
    "meae": {
        "sea": ("maritime", "embarcation"),
        "land": ("terrestre", "camion", "à pied"),
        "air": ("aérien", "avion"),
    },
}
_OFFENCES: dict[str, _W] = {
    "rectp": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "cnctp": {
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos", "cohecho"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    "eufra": {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "meae": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("trafic de stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_OFFENCE_SEP = {"rectp": ", ", "cnctp": "; ", "eufra": "; ", "meae": " / "}
_TRANSIT_SEP = {"rectp": " - ", "cnctp": " / ", "eufra": ", ", "meae": ", "}
# What each agency writes for "not known" in a vocabulary cell and in a count cell.
_UNKNOWN = {"rectp": ("s/d",), "cnctp": ("S/D", "N/D"), "c4c": ("unknown", "n/k"), "meae": ("NC",)}
_COUNT_UNKNOWN = {
    "rectp": ("s/d",),
    "cnctp": ("S/D", "N/D"),
    "c4c": ("unknown", "n/k"),
    "meae": ("NC", "non communiqué"),
}
_ZERO = {"rectp": ("ninguno",), "cnctp": ("Ninguno",), "c4c": ("none",), "meae": ("aucune",)}

# Nationality adjectives: Spanish (masculine, feminine), French (feminine, as after
# "nationalité"), English.
_ADJ_ES: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
}
_ADJ_FR: dict[str, str] = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
    "MEX": "mexicaine",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "VEN": "vénézuélienne",
    "ECU": "équatorienne",
    "HTI": "haïtienne",
    "COL": "colombienne",
    "CHN": "chinoise",
    "PAK": "pakistanaise",
    "CMR": "camerounaise",
    "NGA": "nigériane",
}
_ADJ_EN: dict[str, str] = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
# Names each agency uses besides the plain one.
_VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "USA": ("EE. UU.", "EEUU", "EUA"),
        "GBR": ("Gran Bretaña",),
        "CHN": ("República Popular China",),
        "ESP": ("ESPAÑA",),
        "PAN": ("PANAMÁ", "Panama"),
    },
    "fr": {
        "USA": ("Etats-Unis", "USA"),
        "GBR": ("Grande-Bretagne", "R.-U."),
        "VNM": ("Vietnam",),
    },
    "en": {"GBR": ("UK", "England"), "FRA": ("FR",)},
}
# Member-state style of the EU: Greece is EL, the United Kingdom UK.
_EU_CODE = {"GRC": "EL", "GBR": "UK"}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
# French posts that report each detection country (by hotspot for the United States).
_POSTS = {"GBR": "Londres", "PAN": "Panama", "GRC": "Athènes", "ITA": "Rome", "ESP": "Madrid"}
_ARIZONA = ("Nogales (Sonora/Arizona)", "Sasabe")
# Tags planted in a field, dropped when a second report leaves the field blank.
_TAGS_OF = {
    "n_suspects": ("zero_word", "suspects_placeholder"),
    "coordinates": ("coords_missing", "decimal_comma", "dms"),
    "gender": ("blank_gender",),
}
# Places as each language writes them (the truth's hotspot names are English).
_PLACES: dict[str, dict[str, str]] = {
    "es": {
        "Darién gap": "Tapón del Darién",
        "Almería (El Ejido)": "El Ejido (Almería)",
        "Latina (Agro Pontino)": "Latina (Italia)",
    },
    "fr": {
        "Dover": "Douvres",
        "London": "Londres",
        "Glasgow": "Glasgow (Écosse)",
        "Darién gap": "Darién",
        "Nogales (Sonora/Arizona)": "Nogales (Arizona)",
        "Rio Grande Valley": "vallée du Rio Grande (Texas)",
        "El Paso": "El Paso (Texas)",
        "Sasabe": "Sasabe (Arizona)",
        "Lesbos": "Lesbos",
        "Evros": "Évros",
        "Castel Volturno": "Castel Volturno (Campanie)",
        "Torino": "Turin",
        "Palermo": "Palerme",
    },
    "en": {"Dunkirk/Gravelines": "Dunkirk (Grande-Synthe / Gravelines)"},
}
# West African nationalities a Spanish NGO may write only as "subsahariana".
_SUBSAHARAN = ("SEN", "MLI", "GIN", "GMB", "CIV")
# Nationalities a Calais volunteer may write only as "Kurdish".
_KURDISH = ("IRQ", "IRN", "SYR")


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(
    src: Source168,
    iso: str,
    rng: _Rng,
    tags: list[str],
    *,
    nationality: bool = False,
    female: bool = False,
) -> str:
    """Write one ISO alpha-3 country the way the source does; tag what it plants."""
    style, lang = src.style, src.language
    r = float(rng.random())
    if style == "eufra":
        if r < 0.85:
            return _EU_CODE.get(iso, str(COUNTRIES[iso][0]))
        tags.append("country_name")
        return _name(iso, "en")
    text = _name(iso, lang)
    if nationality and r < 0.5:
        if style == "rectp" and iso in _ADJ_ES:
            tags.append("demonym")
            return _ADJ_ES[iso][1 if female else 0]
        if style == "cnctp" and iso in _ADJ_ES:
            tags.append("demonym")
            return _ADJ_ES[iso][1 if female else 0].upper()
        if style == "meae" and iso in _ADJ_FR:
            tags.append("demonym")
            return _ADJ_FR[iso]
        if style == "c4c" and iso in _ADJ_EN:
            tags.append("demonym")
            return _ADJ_EN[iso]
    r2 = float(rng.random())
    if style == "cnctp" and nationality and r2 < 0.08:
        tags.append("iso_numeric")
        return iso_codes(iso)[1]
    if style == "cnctp" and r2 < 0.14:
        tags.append("iso3")
        return iso
    variants = _VARIANTS[lang].get(iso, ())
    if variants and r2 < 0.4:
        tags.append("alias")
        return choice(rng, variants)
    if r2 > 0.96:
        typo = _typo(text)
        if typo != text:
            tags.append("typo")
            return typo
    if r2 > 0.9:
        tags.append("case")
        return choice(rng, (text.upper(), text.lower(), f" {text}  "))
    return text


def _vocab(table: dict[str, _W], style: str, value: object, rng: _Rng, usual: float = 0.65) -> str:
    forms = table[style][str(value) if value is not None else ""]
    if len(forms) == 1 or rng.random() < usual:
        return forms[0]
    return choice(rng, forms[1:])


def _split(value: object) -> list[str]:
    return str(value).split("|") if value is not None else []


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _date(
    src: Source168, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the date; return (cell, expected date, precision)."""
    r = float(rng.random())
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3
    dmy = ts.strftime("%d/%m/%Y")
    if src.style == "rectp":
        if partial_ok and r > 0.93:
            tags.append("date_month")
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month, "month"
        if r < 0.72:
            tags.append("excel_date")
            return dt.datetime(ts.year, ts.month, ts.day), ts, "day"
        tags.append("date_text")
        return dmy, ts, "day"
    if src.style == "cnctp":
        if partial_ok and r > 0.94:
            tags.append("date_quarter")
            return f"{_ROMAN[q]} trimestre {ts.year}", quarter, "quarter"
        if partial_ok and r > 0.88:
            tags.append("date_month")
            return f"{_MONTHS_ES[ts.month - 1].capitalize()} {ts.year}", month, "month"
        if r < 0.25:
            tags.append("excel_serial")
            return str((ts - _EXCEL_EPOCH).days), ts, "day"
        return dmy, ts, "day"
    if src.style == "c4c":
        if partial_ok and r > 0.92:
            tags.append("date_month")
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month"
        if r < 0.5:
            return dmy, ts, "day"
        tags.append("date_long")
        if r < 0.6:
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
            return f"{ts.day}{suffix.get(ts.day, 'th')} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    if src.style == "eufra":
        if partial_ok and r > 0.88:
            tags.append("date_quarter")
            return f"Q{q + 1} {ts.year}", quarter, "quarter"
        if partial_ok and r > 0.76:
            tags.append("date_month")
            return ts.strftime("%Y-%m"), month, "month"
        return ts.strftime("%Y-%m-%d"), ts, "day"
    # meae
    if partial_ok and r > 0.92:
        tags.append("date_quarter")
        return f"T{q + 1} {ts.year}", quarter, "quarter"
    if partial_ok and r > 0.85:
        tags.append("date_month")
        return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month"
    if r < 0.7:
        return dmy, ts, "day"
    tags.append("date_long")
    day = "1er" if ts.day == 1 else str(ts.day)
    return f"{day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day"


def _bad_date(src: Source168, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # a slip of one digit in the year: 2023 -> 2033
        future = ts.replace(year=ts.year + 10)
        if src.style == "rectp":
            return dt.datetime(future.year, future.month, future.day)
        if src.style == "eufra":
            return future.strftime("%Y-%m-%d")
        return future.strftime("%d/%m/%Y")
    # a day the month does not have
    month = choice(rng, ("02", "04", "06", "09", "11"))
    day = "30" if month == "02" else "31"
    if src.style == "eufra":
        return f"{ts.year}-{month}-{day}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Source168, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last row)."""
    if src.style == "rectp":
        return dt.datetime(last.year, last.month, last.day)
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _thousands(src: Source168, n: int, rng: _Rng) -> str:
    plain = f"{n:,}"
    if src.style == "rectp":
        return plain.replace(",", ".")
    if src.style == "meae":
        return plain.replace(",", choice(rng, ("\u202f", "\u00a0", " ")))
    return plain


def _persons(
    src: Source168, n: int, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, int | None]:
    """Write the number of persons; return (cell, expected count)."""
    r = float(rng.random())
    if partial_ok and r < 0.025:
        tags.append("count_placeholder")
        if src.style == "eufra":
            return None, None
        return choice(rng, _COUNT_UNKNOWN[src.style]), None
    if n >= 1000 and (src.style != "eufra") and r < 0.75:
        tags.append("thousands")
        return _thousands(src, n, rng), n
    if src.style == "c4c" and n >= 10 and r > 0.85:
        tags.append("approx_count")
        return f"{choice(rng, ('approx ', 'approx. ', 'c.', '~'))}{n}", n
    if src.format == "csv":
        return str(n), n
    return int(n), n


def _suspects(
    src: Source168, n: int | None, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Write the number of suspects; return (cell, expected count)."""
    if n is None:
        return None, None
    r = float(rng.random())
    unknown_rate = {"rectp": 0.05, "cnctp": 0.03, "c4c": 0.15, "eufra": 0.05, "meae": 0.05}
    if r < unknown_rate[src.style]:
        tags.append("suspects_placeholder")
        if src.style == "eufra":
            return None, None
        return choice(rng, _UNKNOWN[src.style]), None
    if n == 0 and src.style != "eufra" and r > 0.6:
        tags.append("zero_word")
        return choice(rng, _ZERO[src.style]), 0
    if src.format == "csv":
        return str(n), n
    return int(n), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (one decimal) of a coordinate, and the value read back."""
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if value >= 0 else neg}"
    return text, back


def _coords(
    src: Source168, lat: float | None, lon: float | None, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    missing = {"rectp": 0.35, "cnctp": 0.25, "c4c": 0.5, "eufra": 0.1, "meae": 1.0}
    if lat is None or lon is None or rng.random() < missing[src.style]:
        tags.append("coords_missing")
        return {}, None, None
    if src.style == "rectp":
        la, lo = round(lat, 4), round(lon, 4)
        if rng.random() < 0.4:
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo
    if src.style == "cnctp":
        tags.append("dms")
        t_lat, b_lat = _dms(lat, "N", "S")
        t_lon, b_lon = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, b_lat, b_lon
    if src.style == "c4c":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    la, lo = round(lat, 3), round(lon, 3)
    return {"lat": la, "lon": lo}, la, lo


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _garble(src: Source168, text: object, rng: _Rng, tags: list[str]) -> object:
    """Panama's cells pasted from UTF-8 reports: some accented words come out as mojibake."""
    if src.style != "cnctp" or not isinstance(text, str) or rng.random() > 0.12:
        return text
    bad = mojibake(text)
    if bad is None or not fits(bad, src):
        return text
    tags.append("mojibake")
    return bad


def _render(
    src: Source168,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, messiness tags)."""
    style = src.style
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    cells: dict[str, object] = {}
    has = src.headers

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    hotspot = str(ev.get("hotspot") or "")
    det = str(ev["detection_country"])
    if "place" in has:
        cells["place"] = _PLACES.get(src.language, {}).get(hotspot, hotspot)
    if "post" in has:
        if det == "USA":
            cells["post"] = "CG Los Angeles" if hotspot in _ARIZONA else "CG Houston"
        else:
            cells["post"] = _POSTS.get(det, "Paris (administration centrale)")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(_CRIME, style, crime, rng)
    cells["exploitation"] = _vocab(_EXPLOITATION, style, ev.get("exploitation"), rng, 0.8)
    if style == "eufra" and cells["exploitation"] == "":
        cells["exploitation"] = None

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, partial_ok, tags)
    n_sus = ev.get("n_suspects")
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if n_sus is None else int(n_sus),  # type: ignore[call-overload]
        rng,
        tags,
    )

    gender = str(ev["gender"])
    unknown_rate = 0.0 if style == "eufra" else 0.02
    if rng.random() < unknown_rate:
        cells["gender"] = choice(rng, _UNKNOWN[style])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        single, several = _GENDER[style][gender]
        cells["gender"] = choice(rng, single if n == 1 else several)
    if rng.random() < (0.03 if style == "eufra" else 0.02):
        cells["age_group"] = None if style == "eufra" else choice(rng, _UNKNOWN[style])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab(_AGE, style, ev["age_group"], rng)

    female = gender == "female"
    nat = ev.get("nationality")
    if nat is not None:
        if style == "rectp" and nat in _SUBSAHARAN and rng.random() < 0.12:
            cells["nationality"] = choice(rng, ("subsahariana", "Subsahariano", "subsahariana"))
            exp["nationality"] = None
            tags.append("blank_nationality_subsaharan")
        elif style == "c4c" and nat in _KURDISH and rng.random() < 0.15:
            cells["nationality"] = "Kurdish"
            exp["nationality"] = None
            tags.append("blank_nationality_kurdish")
        else:
            cells["nationality"] = _country(
                src, str(nat), rng, tags, nationality=True, female=female
            )
    for col in ("origin_country", "destination_country"):
        value = ev.get(col)
        if col not in has:
            exp[col] = None
        elif value is not None:
            cells[col] = _country(src, str(value), rng, tags)
    cells["detection_country"] = _country(src, det, rng, tags)
    if "transit_countries" in has:
        parts = _split(ev.get("transit_countries"))
        if parts:
            cells["transit_countries"] = _TRANSIT_SEP[style].join(
                _country(src, p, rng, tags) for p in parts
            )
        elif style == "rectp" and rng.random() < 0.5:
            cells["transit_countries"] = "Directo"
    else:
        exp["transit_countries"] = None

    mode = str(ev["transport_mode"])
    if rng.random() < (0.0 if style == "eufra" else 0.02):
        cells["transport_mode"] = choice(rng, _UNKNOWN[style])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    elif style == "rectp" and mode == "land" and hotspot in ("Ceuta", "Melilla"):
        cells["transport_mode"] = choice(rng, ("Salto de valla", "Salto de valla", "Terrestre"))
    elif style == "rectp" and mode == "sea" and ev.get("corridor") == "watl":
        cells["transport_mode"] = choice(rng, ("Cayuco", "Cayuco", "Embarcación"))
    elif style == "meae" and mode == "sea" and det == "GBR":
        cells["transport_mode"] = choice(rng, ("small boat", "small boat", "embarcation"))
    else:
        cells["transport_mode"] = _vocab(_MODE, style, mode, rng)

    lat, lon = ev.get("lat"), ev.get("lon")
    coord_cells, exp["lat"], exp["lon"] = _coords(
        src,
        None if lat is None else float(lat),  # type: ignore[arg-type]
        None if lon is None else float(lon),  # type: ignore[arg-type]
        rng,
        tags,
    )
    cells.update(coord_cells)

    if "linked_offences" in has:
        offences = _split(ev.get("linked_offences"))
        if offences:
            cells["linked_offences"] = _OFFENCE_SEP[style].join(
                _vocab(_OFFENCES, style, o, rng) for o in offences
            )
    else:
        exp["linked_offences"] = None

    for col in (
        "nationality",
        "origin_country",
        "destination_country",
        "detection_country",
        "crime_type",
        "exploitation",
    ):
        cells[col] = _garble(src, cells.get(col), rng, tags)

    if forced_blank is not None:  # the second report leaves the field blank
        tags = [t for t in tags if t not in _TAGS_OF.get(forced_blank, ())]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                cells.pop(key, None)
            exp["lat"] = exp["lon"] = None
        else:
            cells.pop(forced_blank, None)
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[Source168] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": RECTP.source,
        "PAN": CNCTP.source,
        "FRA": C4C.source,
        "GBR": MEAE.source,
        "USA": MEAE.source,
    },
    compilation=EUFRA.source,
    secondary={
        ("wmed", "ESP"): EUFRA.source,
        ("watl", "ESP"): EUFRA.source,
        ("thb_rou_esp", "ESP"): EUFRA.source,
        ("channel", "FRA"): EUFRA.source,
        ("channel", "GBR"): C4C.source,
        ("darien", "PAN"): MEAE.source,
        ("emed", "GRC"): MEAE.source,
        ("thb_nga_ita", "ITA"): MEAE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=168,
    blank_share=0.3,
)


def make_blind168(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind168`` agencies would send them.

    Spain's events go to the Spanish anti-trafficking NGO network (RECTP), Panama's to
    the Panamanian anti-trafficking commission, France's to Care4Calais, the United
    Kingdom's and the United States' to the French foreign ministry's migration desk,
    and every other event to the EU Agency for Fundamental Rights' bulletin desk (the
    compilation). About 4 % of the events are reported a second time by another of them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind168(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rectp_trata_fn.xlsx', 'comision_trata_pa_fn.csv', 'care4calais_fn.csv',
     'eu_fra_bulletin_fn.jsonl', 'meae_dgm_veille_fn.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[4].frame.columns[:3].tolist()
    ['Réf. TD', 'Date des faits', 'Poste']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
