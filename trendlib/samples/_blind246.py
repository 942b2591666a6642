"""Examiner sample set ``blind246`` (files ``*_in.*``): civil-status registrars and their desks.

Five agencies that meet trafficking and smuggling cases through civil status (sham
marriages, false paternity recognitions, late birth registrations used for residence)
send the events they have linked to a detection:

``dgsjfp_registro_civil_in.xlsx``
    Spain, Dirección General de Seguridad Jurídica y Fe Pública (Registro Civil,
    anti-fraud desk): Spanish, an Excel sheet; real Excel dates, some dates typed as text
    or pasted as bare serial numbers; country names in capitals as the registry keeps
    them (a few without the Ñ), nationalities as adjectives; penal-code article numbers
    in the offence column; coordinates as numbers.
``dacs_etat_civil_in.csv``
    France, Ministère de la Justice, Direction des affaires civiles et du sceau (bureau
    of civil status, reports sent up by the parquets): French, cp1252, ``;``; dates
    ``17/05/2023`` or ``mai 2023``; "Angleterre" for the United Kingdom; counts with a
    (no-break) space as thousands separator; decimal commas in two coordinate columns.
``gro_section24_in.csv``
    United Kingdom, General Register Office (section 24 referrals of registrars):
    English, an Excel "Unicode text" export (UTF-16 with BOM, tab); dates
    ``17 May 2023`` or ``17/05/2023``; routes written ``China > Russia > Poland``.
``te_registro_civil_pa_in.csv``
    Panama, Tribunal Electoral, Dirección Nacional de Registro Civil (registration posts
    at the migrant reception stations of Darién): Spanish, UTF-8, ``,``; dates
    ``17/05/2023`` or ``2023/05/17``; some names garbled by a double UTF-8 export
    (``PanamÃ¡``); "NNA" for children; coordinates as one ``lat, lon`` cell; some rows
    sent twice.
``ciec_veille_in.jsonl``
    Commission internationale de l'état civil (Strasbourg), its watch of members' civil
    status fraud cases linked to migration: French keys and coded values, ISO alpha-3
    codes, the detection country as a UN M49 (ISO numeric) code, transit countries as a
    JSON list, dates ISO, ``2023-05`` or ``T2 2023``; the compilation (every detection
    country without a primary source); some rows sent twice.

Every cell is written as the agency writes it and the truth expects what a careful
analyst reads from it; unreadable cells are planted as bad rows, blanks or "unknown" on
purpose and tagged in ``messiness``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "Agency", "make_blind246"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

_MONTHS_ES = (
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
_MONTHS_FR = (
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
_MONTHS_EN = (
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


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One ``blind246`` agency: the shared fields plus its own words.

    Attributes
    ----------
    crime : dict
        Canonical crime type -> the agency's wordings.
    exploitation : dict
        Canonical exploitation form -> the agency's wordings.
    not_applicable : str or None
        What it writes as exploitation of a pure smuggling case (None: a blank).
    gender : dict
        Canonical gender -> wordings (first for one person, second for several).
    age : dict
        Canonical age group -> wordings.
    age_unknown : str
        Its word for an age group it does not know.
    transport : dict
        Canonical transport mode -> wordings.
    offences : dict
        Canonical linked offence -> its wording.
    offence_sep : str
        Separator of linked offences.
    transit_sep : str
        Separator of transit countries.
    count_unknown : str
        Its word for a count it does not know.
    zero_word : str or None
        Its word for no suspect (None: it writes ``0``).
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    not_applicable: str | None
    gender: dict[str, tuple[str, str]]
    age: dict[str, tuple[str, ...]]
    age_unknown: str
    transport: dict[str, tuple[str, ...]]
    offences: dict[str, str]
    offence_sep: str
    transit_sep: str
    count_unknown: str
    zero_word: str | None


# --------------------------------------------------------------------------------------
# Nationalities as adjectives (how registrars write them)
# --------------------------------------------------------------------------------------
# iso3: (English, French feminine "nationalité ...", Spanish feminine "nacionalidad ...")
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_DEMONYM_COL = {"en": 0, "fr": 1, "es": 2}
#: The United States as Panama's registrars write it.
_USA_ES = ("EE.UU.", "EEUU", "Estados Unidos", "Estados Unidos de América")


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _demonym(iso: str, lang: str) -> str:
    row = _DEMONYMS.get(iso)
    return row[_DEMONYM_COL[lang]] if row else _name(iso, lang)


def _strip_accents(text: str) -> str:
    """``ESPAÑA`` -> ``ESPANA``: what an old registry terminal keeps of a name."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(c for c in nfkd if not unicodedata.combining(c))


def _m49(iso: str) -> str:
    """ISO 3166-1 numeric (UN M49) code of an alpha-3 code, as three digits."""
    country = pycountry.countries.get(alpha_3=iso)
    return str(country.numeric) if country is not None else iso


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_DGSJFP = Agency(
    source="dgsjfp_registro_civil",
    filename="dgsjfp_registro_civil_in.xlsx",
    ref="{year}/RC-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "procedure": "Trámite registral",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de entrada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, extracción DICIREG pendiente de depuración",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "varios", "numerosos"),
    repeats=False,
    crime={
        "trafficking": (
            "Trata de seres humanos (art. 177 bis CP)",
            "Trata de seres humanos",
            "TSH art. 177 bis",
        ),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
            "Inmigración clandestina (art. 318 bis CP)",
            "Tráfico ilegal de personas (318 bis)",
        ),
        "both": (
            "Trata y tráfico ilegal (arts. 177 bis y 318 bis CP)",
            "177 bis + 318 bis CP",
        ),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("realización de actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas de explotación",),
    },
    not_applicable=None,
    gender={
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres"),
        "mixed": ("Ambos sexos", "Ambos sexos"),
    },
    age={
        "adult": ("Mayor de edad", "Mayores de edad"),
        "child": ("Menor de edad", "Menores de edad"),
        "mixed": ("Mayores y menores de edad",),
    },
    age_unknown="No consta",
    transport={
        "sea": ("Embarcación", "Vía marítima"),
        "land": ("Terrestre", "Vía terrestre"),
        "air": ("Aérea", "Vuelo comercial"),
    },
    offences={
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "contra la salud pública",
        "cybercrime": "delitos informáticos",
        "terrorism": "terrorismo",
    },
    offence_sep=" / ",
    transit_sep=", ",
    count_unknown="sin determinar",
    zero_word="ninguno",
)

_DACS = Agency(
    source="dacs_etat_civil",
    filename="dacs_etat_civil_in.csv",
    ref="BDPF-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "procedure": "Acte d'état civil concerné",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - tableau des remontées des parquets, non consolidé",
    total="Total",
    bad_count=("plusieurs", "nombreux", "cf. PV"),
    repeats=False,
    crime={
        "trafficking": (
            "Traite des êtres humains",
            "TEH (art. 225-4-1 CP)",
            "Traite des êtres humains aggravée",
        ),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Aide à l'entrée irrégulière (art. L. 823-1 CESEDA)",
            "Aide à l'ESI en bande organisée",
        ),
        "both": ("TEH et aide à l'entrée irrégulière", "Traite + aide à l'ESI"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "conditions de travail indignes"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    not_applicable="sans objet",
    gender={
        "female": ("F", "Féminin"),
        "male": ("M", "Masculin"),
        "mixed": ("F/M", "mixte"),
    },
    age={
        "adult": ("majeur(s)",),
        "child": ("mineur(s)",),
        "mixed": ("majeurs et mineurs",),
    },
    age_unknown="NR",
    transport={
        "sea": ("embarcation de fortune", "voie maritime"),
        "land": ("poids lourd", "véhicule léger", "voie terrestre"),
        "air": ("voie aérienne", "avion"),
    },
    offences={
        "document_fraud": "faux et usage de faux",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "trafic de stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    offence_sep=", ",
    transit_sep=" / ",
    count_unknown="NC",
    zero_word="aucun",
)

_GRO = Agency(
    source="gro_section24",
    filename="gro_section24_in.csv",
    ref="S24/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Referral ref",
        "event_date": "Date identified",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of individuals",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country identified in",
        "transit_countries": "Route (transit)",
        "transport_mode": "Method of entry",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated offences",
    },
    note="Figures are provisional and subject to change",
    total="Grand total",
    bad_count=("several", "multiple", "see attached"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "Human trafficking (MSA 2015 s.2)"),
        "smuggling": (
            "Facilitation (s.25 IA 1971)",
            "Organised immigration crime",
            "People smuggling",
        ),
        "both": ("Modern slavery and facilitation", "MS / OIC"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable="N/A",
    gender={
        "female": ("Female", "Female"),
        "male": ("Male", "Male"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "adult": ("Adult (18+)", "Adult"),
        "child": ("Child (under 18)", "Child"),
        "mixed": ("Adults and children",),
    },
    age_unknown="Not known",
    transport={
        "sea": ("Sea", "Boat"),
        "land": ("HGV", "Lorry", "Car", "Coach"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": "Document fraud",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cybercrime",
        "terrorism": "Terrorism",
    },
    offence_sep="; ",
    transit_sep=" > ",
    count_unknown="not known",
    zero_word="none",
)

_TE = Agency(
    source="te_registro_civil_pa",
    filename="te_registro_civil_pa_in.csv",
    ref="TE-DNRC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos facilitadores",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino final",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos asociados",
    },
    note="Nota: cifras preliminares sujetas a revisión",
    total="TOTAL",
    bad_count=("varios", "numerosas", "ver informe"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico ilícito de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra",),
    },
    not_applicable="No aplica",
    gender={
        "female": ("Femenino", "Femenino"),
        "male": ("Masculino", "Masculino"),
        "mixed": ("Mixto", "Ambos"),
    },
    age={
        "adult": ("Adulto", "Adultos"),
        "child": ("Menor de edad", "NNA"),
        "mixed": ("Adultos y NNA",),
    },
    age_unknown="S/D",
    transport={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Caminando (selva)"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": "Falsificación de documentos",
        "corruption": "Corrupción de servidores públicos",
        "money_laundering": "Blanqueo de capitales",
        "illicit_goods": "Narcotráfico",
        "cybercrime": "Delitos informáticos",
        "terrorism": "Terrorismo",
    },
    offence_sep=", ",
    transit_sep=" - ",
    count_unknown="por determinar",
    zero_word="ninguno",
)

_CIEC = Agency(
    source="ciec_veille",
    filename="ciec_veille_in.jsonl",
    ref="CIEC-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "reference",
        "event_date": "date_evenement",
        "crime_type": "type_infraction",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_suspects",
        "gender": "sexe",
        "age_group": "tranche_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_detection_m49",
        "transit_countries": "pays_transit",
        "transport_mode": "mode_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "infractions_liees",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    crime={
        "trafficking": ("traite_etres_humains",),
        "smuggling": ("trafic_illicite_migrants",),
        "both": ("traite_et_trafic",),
    },
    exploitation={
        "sexual": ("exploitation_sexuelle",),
        "forced_labour": ("travail_force",),
        "forced_criminality": ("criminalite_forcee",),
        "organ_removal": ("prelevement_organes",),
        "forced_marriage": ("mariage_force",),
        "other": ("autre",),
    },
    not_applicable=None,
    gender={"female": ("F", "F"), "male": ("M", "M"), "mixed": ("mixte", "mixte")},
    age={"adult": ("majeur",), "child": ("mineur",), "mixed": ("mixte",)},
    age_unknown="inconnu",
    transport={"sea": ("maritime",), "land": ("terrestre",), "air": ("aerien",)},
    offences={
        "document_fraud": "fraude_documentaire",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "biens_illicites",
        "cybercrime": "cybercriminalite",
        "terrorism": "terrorisme",
    },
    offence_sep=";",
    transit_sep="",
    count_unknown="inconnu",
    zero_word=None,
)

#: The five agencies of the set, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_DGSJFP, _DACS, _GRO, _TE, _CIEC)

# What each registry links the event to (the civil-status act behind the referral).
_PROCEDURES: dict[str, tuple[str, ...]] = {
    "dgsjfp_registro_civil": (
        "Expediente previo matrimonial",
        "Inscripción de matrimonio celebrado en el extranjero",
        "Reconocimiento de filiación no matrimonial",
        "Inscripción de nacimiento fuera de plazo",
        "Certificado de capacidad matrimonial",
    ),
    "dacs_etat_civil": (
        "mariage (opposition art. 175-2 C. civ.)",
        "reconnaissance de paternité",
        "transcription d'acte de mariage étranger",
        "déclaration de naissance",
        "néant",
    ),
}

# Boats as each agency names them on the routes it knows (else its plain word for sea).
_SEA_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("dgsjfp_registro_civil", "watl"): ("Cayuco", "Embarcación"),
    ("dgsjfp_registro_civil", "wmed"): ("Patera", "Neumática", "Embarcación"),
    ("dacs_etat_civil", "channel"): ("small boat", "taxi-boat", "embarcation de fortune"),
    ("gro_section24", "channel"): ("Small boat", "RHIB"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _date_cell(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date the agency's way; return (cell, expected day, precision, tags)."""
    r = rng.random()
    day = ts.normalize()
    month_start = day.to_period("M").start_time
    if src.source == "dgsjfp_registro_civil":
        if r < 0.76:
            return day.to_pydatetime(), day, "day", []
        if r < 0.9:
            return day.strftime("%d/%m/%Y"), day, "day", ["date_text"]
        return int((day - _EXCEL_EPOCH).days), day, "day", ["excel_serial"]
    if src.source == "dacs_etat_civil":
        if partial_ok and r < 0.08:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.14:
            return day.strftime("%d/%m/%y"), day, "day", ["two_digit_year"]
        return day.strftime("%d/%m/%Y"), day, "day", []
    if src.source == "gro_section24":
        if partial_ok and r < 0.05:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month_start, "month", ["partial_date"]
        if r < 0.55:
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", day, "day", ["long_date"]
        return day.strftime("%d/%m/%Y"), day, "day", []
    if src.source == "te_registro_civil_pa":
        if r < 0.25:
            return day.strftime("%Y/%m/%d"), day, "day", ["ymd_slash"]
        return day.strftime("%d/%m/%Y"), day, "day", []
    # ciec_veille
    if partial_ok and r < 0.1:
        return day.strftime("%Y-%m"), month_start, "month", ["partial_date"]
    if partial_ok and r < 0.17:
        q_start = day.to_period("Q").start_time
        return f"T{ts.quarter} {ts.year}", q_start, "quarter", ["partial_date", "quarter"]
    return day.strftime("%Y-%m-%d"), day, "day", []


def _country_cell(src: Agency, iso: str, rng: _Rng, col: str) -> tuple[object, list[str]]:
    """Write one country (of ``col``) the agency's way; return (cell, tags)."""
    r = rng.random()
    lang = src.language
    if src.source == "ciec_veille":
        if col == "detection_country":
            return _m49(iso), ["m49_code"]
        return iso, ["iso3"]
    if src.source == "dgsjfp_registro_civil":
        if col == "nationality" and r < 0.7:
            return _demonym(iso, lang), ["demonym"]
        name = _name(iso, lang).upper()
        if rng.random() < 0.12 and _strip_accents(name) != name:
            return _strip_accents(name), ["no_accent"]
        return name, ["upper"]
    if src.source == "dacs_etat_civil":
        if col == "nationality" and r < 0.8:
            return _demonym(iso, lang), ["demonym"]
        if iso == "GBR" and r < 0.45:
            return choice(rng, ("Angleterre", "Grande-Bretagne", "R.-U.")), ["alias"]
        name = _name(iso, lang)
        if rng.random() < 0.06 and _strip_accents(name) != name:
            return _strip_accents(name), ["no_accent"]
        return name, []
    if src.source == "gro_section24":
        if col == "nationality" and r < 0.65:
            return _demonym(iso, lang), ["demonym"]
        if iso == "GBR" and r < 0.6:
            return choice(rng, ("UK", "United Kingdom", "U.K.")), ["alias"]
        if iso == "USA" and r < 0.5:
            return "USA", ["alias"]
        if rng.random() < 0.04:
            return str(COUNTRIES[iso][5]), ["typo"]
        return _name(iso, lang), []
    # te_registro_civil_pa
    if col == "nationality" and r < 0.85:
        return _demonym(iso, lang), ["demonym"]
    name = _USA_ES[int(rng.integers(len(_USA_ES)))] if iso == "USA" else _name(iso, lang)
    garbled = mojibake(name) if rng.random() < 0.15 else None
    if garbled is not None:
        return garbled, ["mojibake"]
    return name, []


def _count_cell(src: Agency, n: int) -> tuple[object, list[str]]:
    if src.format == "xlsx":
        return n, []
    if n >= 1000 and src.format == "csv":
        sep = {"dacs_etat_civil": "\u00a0", "gro_section24": ",", "te_registro_civil_pa": ","}
        return f"{n // 1000}{sep[src.source]}{n % 1000:03d}", ["thousands"]
    return (str(n) if src.format == "csv" else n), []


def _coord_cells(
    src: Agency, lat: float, lon: float, rng: _Rng, missing: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    if missing:
        return {}, None, None, ["coords_missing"]
    la, lo = round(lat, 5), round(lon, 5)
    if src.format in ("xlsx", "jsonl"):
        return {"lat": la, "lon": lo}, la, lo, []
    if src.source == "dacs_etat_civil":
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, ["decimal_comma"]
    if src.source == "te_registro_civil_pa":
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ["coord_pair"]
    return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, []


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    csv = src.format == "csv"

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += t
    if "procedure" in src.headers:
        cells["procedure"] = choice(rng, _PROCEDURES[src.source])

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
        if src.not_applicable is not None:
            tags.append("expl_not_applicable")
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    # counts
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = src.count_unknown, None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count_cell(src, n_persons)
        exp["n_persons"] = n_persons
        tags += t
    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif partial_ok and rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = src.count_unknown, None
        tags.append("suspects_placeholder")
    elif n_suspects == 0 and src.zero_word is not None and rng.random() < 0.35:
        cells["n_suspects"], exp["n_suspects"] = src.zero_word, 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(n_suspects) if csv else n_suspects
        exp["n_suspects"] = n_suspects

    # gender and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = src.gender[gender][0 if n_persons == 1 else 1]
        exp["gender"] = gender
    age = str(ev["age_group"])
    if partial_ok and rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = src.age_unknown, "unknown"
        tags.append("na_word")
    else:
        words = src.age[age]
        cells["age_group"] = words[0] if n_persons == 1 else words[-1]
        exp["age_group"] = age

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col], t = _country_cell(src, str(iso), rng, col)
        exp[col] = str(iso)
        tags += [f"{k}:{col}" for k in t]
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = str(transit).split("|")
        if src.source == "ciec_veille":
            cells["transit_countries"] = parts
            tags.append("transit_list")
        else:
            written = [_country_cell(src, p, rng, "transit_countries") for p in parts]
            cells["transit_countries"] = src.transit_sep.join(str(w) for w, _ in written)
            seen = sorted({k for _, t in written for k in t})
            tags += [f"{k}:transit_countries" for k in seen]
        exp["transit_countries"] = str(transit)

    # transport
    mode = str(ev["transport_mode"])
    if partial_ok and rng.random() < 0.02:
        unknown = {"es": "No consta", "fr": "inconnu", "en": "Not known"}[src.language]
        if src.source == "te_registro_civil_pa":
            unknown = "S/D"
        cells["transport_mode"], exp["transport_mode"] = unknown, "unknown"
        tags.append("na_word")
    else:
        words = src.transport[mode]
        if mode == "sea":
            words = _SEA_WORDS.get((src.source, str(ev["corridor"])), words)
        cells["transport_mode"] = choice(rng, words)
        exp["transport_mode"] = mode

    # coordinates
    missing = forced_blank == "coordinates" or rng.random() < 0.04
    coords, exp["lat"], exp["lon"], t = _coord_cells(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        missing,
    )
    if forced_blank == "coordinates":
        t = ["blank_coordinates"]
    cells.update(coords)
    tags += t

    # linked offences, in the order the case file lists them
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        names = [src.offences[o] for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(names)
        exp["linked_offences"] = str(offences)

    # a few clerks' spacing and case slips in the wording cells
    if csv and rng.random() < 0.05:
        col = choice(rng, ("crime_type", "gender", "transport_mode"))
        value = cells[col]
        if isinstance(value, str):
            cells[col] = value.upper() if rng.random() < 0.5 else f" {value}  "
            tags.append(f"case:{col}")
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible, or its year typed 10 later."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        year = ts.year
        if src.source == "gro_section24":
            return f"30 February {year}"
        if src.source == "ciec_veille":
            return f"{year}-02-30"
        if src.source == "te_registro_civil_pa":
            return f"31/04/{year}"
        return f"31/02/{year}"
    future = ts.normalize().replace(year=ts.year + 10)  # 2023 keyed as 2033
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.source == "gro_section24":
        return f"{future.day} {_MONTHS_EN[future.month - 1]} {future.year}"
    if src.source == "ciec_veille":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the agency's note row (its last day)."""
    day = last.normalize()
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "gro_section24":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    if src.source == "ciec_veille":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "ESP": "dgsjfp_registro_civil",
        "FRA": "dacs_etat_civil",
        "GBR": "gro_section24",
        "PAN": "te_registro_civil_pa",
    },
    compilation="ciec_veille",
    secondary={
        ("channel", "FRA"): "gro_section24",
        ("channel", "GBR"): "dacs_etat_civil",
        ("thb_vnm_gbr", "GBR"): "dacs_etat_civil",
        ("wmed", "ESP"): "dacs_etat_civil",
        ("cmed", "ITA"): "dacs_etat_civil",
        ("watl", "ESP"): "ciec_veille",
        ("thb_rou_esp", "ESP"): "ciec_veille",
        ("thb_rou_esp", "ITA"): "dgsjfp_registro_civil",
        ("thb_nga_ita", "ITA"): "dgsjfp_registro_civil",
        ("darien", "PAN"): "ciec_veille",
        ("us_mex", "USA"): "te_registro_civil_pa",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=246,
    blank_share=0.3,
)


def make_blind246(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind246`` set: five civil-status agencies.

    Spain's Registro Civil anti-fraud desk (XLSX, Spanish), the French Chancellery's
    civil-status bureau (CSV cp1252 ``;``, French), the UK General Register Office
    (UTF-16 tab-separated text, English), Panama's Registro Civil (CSV UTF-8 ``,``,
    Spanish, some mojibake) and the CIEC watch (JSON lines, French keys, codes), the
    compilation. See the module docstring for each agency's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per agency of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind246(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dgsjfp_registro_civil_in.xlsx', 'dacs_etat_civil_in.csv', 'gro_section24_in.csv',
     'te_registro_civil_pa_in.csv', 'ciec_veille_in.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', "Acte d'état civil concerné"]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
