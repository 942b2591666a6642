"""Examiner sample set ``blind254`` (files ``*_iv.*``): five entertainment-sector desks.

Five agencies that had not written a sample set before, each writing the way its own
tools export. The set leans to the night-time economy and the touring trade: the two
regulators of door and venue security, Spain's inspectors of public shows, an NGO's
field survey and a touring circus's security desk.

``sia_intel_uk``
    UK Security Industry Authority, Intelligence (licenses door supervisors of clubs
    and venues and the guards of the Dover port; shares modern-slavery and
    facilitation intelligence). English, XLSX from its case system: real Excel dates
    (a few typed as ``17 May 2023``, ``May 2023``, ``Q2 2023``), nationalities as
    demonyms (``Afghan``, ``Vietnamese``), routes joined by ``" > "``, counts as
    numbers (a large one typed ``1,250``), ``Nil`` for no suspect.
``cnaps_dt_nord``
    CNAPS, délégation territoriale Nord (French regulator of private security: venue
    door staff, guards of the Calais and Dunkirk ports and the Channel Tunnel
    terminal). French, CSV in cp1252 with ``;`` and CRLF: ``17/05/2023`` (a few
    ``mai 2023``, ``T2 2023``), French names (``Angleterre`` for the United Kingdom,
    some without accents or in capitals), counts ``1 250``, ``aucun``, ``deux``,
    coordinates in degrees, minutes and seconds (``50°57'04.4"N 1°51'00.4"E``).
``inspeccion_espectaculos_and``
    Junta de Andalucía, Servicio de Inspección de Espectáculos Públicos (inspects
    night clubs, shows and venues; passes indications of trafficking to the police).
    Spanish, Excel's "Unicode text" export: UTF-16 with BOM, tab-delimited. Offences
    by article of the Penal Code (``art. 318 bis CP`` smuggling, ``art. 177 bis CP``
    trafficking), ``17/05/2023`` (a few ``mayo 2023``, ``2º trimestre 2023``),
    nationalities as names or adjectives (``marroquí``), ``1.250``, coordinates with a
    decimal comma.
``pro_ninos_darien``
    Fundación Pro Niños de Darién (NGO in Metetí surveying migrants leaving the jungle).
    Spanish, KoboToolbox CSV export in UTF-8 with ``,``: ISO dates, GPS as a Kobo
    geopoint (``lat lon altitude accuracy``), ``EE.UU.`` for the United States,
    ``ns/nr`` when the interviewee did not say, and an older batch pasted back with
    mojibake (``HaitÃ­``). No column of linked offences.
``cirque_soleil_surete``
    Cirque du Soleil, sûreté mondiale (Montréal desk following incidents on the
    touring routes: border crossings and stowaways). Québec French, JSON lines from its
    feed: ISO dates and date-times, months (``2023-05``) and ``T2 2023``, the country of
    the incident as ISO alpha-2, transit countries as an array of alpha-2 codes,
    nationalities as French names or alpha-3 codes. It reports every event the others
    do not, and re-sends a few items.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind254"]

_Rng = np.random.Generator

# iso3 -> (English, French, Spanish) as these desks write them
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# English nationality adjectives, as UK case systems record nationality
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CHN": "Chinese",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "COL": "Colombian",
    "DZA": "Algerian",
    "ECU": "Ecuadorian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "HTI": "Haitian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MEX": "Mexican",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VEN": "Venezuelan",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
# Spanish nationality adjectives a Spanish inspector types for the usual nationalities
_DEMONYM_ES: dict[str, str] = {
    "MAR": "marroquí",
    "DZA": "argelino",
    "SEN": "senegalés",
    "ROU": "rumano",
    "MLI": "maliense",
    "GMB": "gambiano",
    "CIV": "marfileño",
}
# small slips of typing, one per name the desks type often
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "IRQ": "Irag",
        "ALB": "Albnia",
        "VNM": "Veitnam",
    },
    "fr": {
        "AFG": "Afghanistant",
        "ERI": "Erythrée",
        "ALB": "Albannie",
        "IRQ": "Iraq",
        "SYR": "Syrie.",
        "VNM": "Vietnam",
    },
}
_NUMBER_WORDS_FR = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six"}
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
_ORDINAL_ES = {1: "1º", 2: "2º", 3: "3º", 4: "4º"}

_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One desk of the set: the shared fields plus its own words.

    Attributes
    ----------
    crime : dict
        Canonical crime type -> the desk's words for it.
    exploitation : dict
        Canonical form of exploitation -> the desk's words (plus ``"unknown"``).
    gender, age, transport : dict
        Canonical value -> the desk's words; key ``"unknown"`` for "not known".
    offences : dict
        Canonical linked offence -> the desk's word.
    offence_sep : str
        Separator of linked offences in one cell.
    transit_sep : str
        Separator of transit countries (``""``: a JSON array of alpha-2 codes).
    zero : tuple of str
        Words for "no suspect".
    placeholder : tuple of str
        Words for a count nobody knows.
    unknown : tuple of str
        Words for an unknown country.
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    transport: dict[str, _Words]
    offences: dict[str, str]
    offence_sep: str
    transit_sep: str
    zero: tuple[str, ...]
    placeholder: tuple[str, ...]
    unknown: tuple[str, ...]


SIA = Agency(
    source="sia_intel_uk",
    filename="sia_intel_uk_iv.xlsx",
    ref="SIA-INT-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "SIA Case No.",
        "event_date": "Date of Incident",
        "crime_type": "Offence Type",
        "exploitation": "Exploitation Category",
        "n_persons": "No. Potential Victims / Migrants",
        "n_suspects": "No. Suspects Identified",
        "gender": "Gender",
        "age_group": "Adult / Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Encountered",
        "transit_countries": "Transit Route",
        "transport_mode": "Method of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offending",
    },
    note="OFFICIAL-SENSITIVE - provisional figures, SIA case management extract",
    total="Grand Total",
    bad_count=("Multiple", "see narrative"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery / human trafficking", "Modern Slavery", "MSHT"),
        "smuggling": ("Facilitation (s.25 Immigration Act)", "Facilitation", "People smuggling"),
        "both": ("MSHT & facilitation", "Modern slavery + facilitation"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not known", "TBC"),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
        "unknown": ("Not recorded", "Unknown"),
    },
    age={
        "adult": ("Adult", "18+"),
        "child": ("Minor", "U18"),
        "mixed": ("Adults & minors", "Mixed"),
        "unknown": ("Not known", "N/A"),
    },
    transport={
        "sea": {"*": ("Small boat", "Maritime")},
        "land": {"*": ("Vehicle", "HGV (clandestine)", "On foot")},
        "air": {"*": ("Air", "Flight")},
        "unknown": {"*": ("Not known",)},
    },
    offences={
        "document_fraud": "Document fraud",
        "corruption": "Bribery",
        "money_laundering": "Money laundering",
        "illicit_goods": "Drugs",
        "cybercrime": "Cyber-enabled",
        "terrorism": "Terrorism",
    },
    offence_sep="; ",
    transit_sep=" > ",
    zero=("Nil", "None"),
    placeholder=("Not known", "TBC"),
    unknown=("Not known", "Unknown"),
)

CNAPS = Agency(
    source="cnaps_dt_nord",
    filename="cnaps_dt_nord_iv.csv",
    ref="DTN/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Document de travail - diffusion restreinte - données provisoires",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine"),
    repeats=True,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Aide à l'entrée et au séjour irréguliers", "Aide à l'entrée irrégulière"),
        "both": ("TEH + aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("NC", "à déterminer"),
    },
    gender={
        "female": ("Femmes", "F"),
        "male": ("Hommes", "H"),
        "mixed": ("Mixte", "Hommes et femmes"),
        "unknown": ("NC", "non renseigné"),
    },
    age={
        "adult": ("Majeurs", "majeur"),
        "child": ("Mineurs", "mineur"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
        "unknown": ("NC", "non renseigné"),
    },
    transport={
        "sea": {"*": ("Small boat", "Maritime", "embarcation")},
        "land": {"*": ("Poids lourd", "Routier", "Véhicule léger")},
        "air": {"*": ("Aérien",)},
        "unknown": {"*": ("NC",)},
    },
    offences={
        "document_fraud": "faux documents",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    offence_sep=", ",
    transit_sep=" - ",
    zero=("aucun", "néant"),
    placeholder=("non déterminé", "NC"),
    unknown=("NC", "inconnu"),
)

ANDALUCIA = Agency(
    source="inspeccion_espectaculos_and",
    filename="inspeccion_espectaculos_and_iv.csv",
    ref="IEP-{seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Acta",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo penal (indicios)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales. Fuente: actas de inspección de espectáculos públicos",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "art. 177 bis CP"),
        "smuggling": (
            "Favorecimiento inmigración irregular (art. 318 bis CP)",
            "art. 318 bis CP",
        ),
        "both": ("art. 177 bis + 318 bis CP",),
    },
    exploitation={
        "sexual": ("explotación sexual", "prostitución coactiva"),
        "forced_labour": ("explotación laboral",),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
        "unknown": ("s/d", "sin determinar"),
    },
    gender={
        "female": ("Mujeres", "Mujer"),
        "male": ("Varones", "Hombres"),
        "mixed": ("Ambos sexos",),
        "unknown": ("s/d",),
    },
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores",),
        "unknown": ("s/d",),
    },
    transport={
        "sea": {"watl": ("Cayuco", "Embarcación"), "*": ("Patera", "Embarcación", "Marítimo")},
        "land": {
            "valla": ("Salto de valla", "Terrestre"),
            "wmed": ("Vehículo (ocultos)", "Terrestre"),
            "*": ("Autobús", "Terrestre", "Furgoneta"),
        },
        "air": {"*": ("Avión", "Aéreo")},
        "unknown": {"*": ("s/d",)},
    },
    offences={
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "tráfico de drogas",
        "cybercrime": "delito informático",
        "terrorism": "terrorismo",
    },
    offence_sep=" / ",
    transit_sep=" / ",
    zero=("ninguno", "ninguna"),
    placeholder=("sin determinar", "s/d"),
    unknown=("s/d", "desconocido"),
)

PRO_NINOS = Agency(
    source="pro_ninos_darien",
    filename="pro_ninos_darien_iv.csv",
    ref="FPND-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código de caso",
        "event_date": "Fecha del registro",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Número de personas en el grupo",
        "n_suspects": "Número de guías o coyotes",
        "gender": "Sexo del grupo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad principal",
        "origin_country": "País de origen",
        "destination_country": "País de destino declarado",
        "detection_country": "País donde se registra",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Ubicación GPS",
    },
    note=None,
    total="Total",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso",),
        "forced_criminality": ("Reclutamiento para actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
        "unknown": ("ns/nr",),
    },
    gender={
        "female": ("Femenino",),
        "male": ("Masculino",),
        "mixed": ("Mixto",),
        "unknown": ("ns/nr",),
    },
    age={
        "adult": ("Adultos",),
        "child": ("NNA (niñas, niños y adolescentes)", "NNA"),
        "mixed": ("Adultos con NNA",),
        "unknown": ("ns/nr",),
    },
    transport={
        "sea": {"*": ("Lancha",)},
        "land": {"*": ("A pie (selva)", "Caminando")},
        "air": {"*": ("Avión",)},
        "unknown": {"*": ("ns/nr",)},
    },
    offences={},
    offence_sep=", ",
    transit_sep=", ",
    zero=("0",),
    placeholder=("ns/nr",),
    unknown=("ns/nr",),
)

CIRQUE = Agency(
    source="cirque_soleil_surete",
    filename="cirque_soleil_surete_iv.jsonl",
    ref="CDS-SEC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "id_incident",
        "event_date": "date_incident",
        "crime_type": "categorie",
        "exploitation": "type_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_suspects",
        "gender": "sexe",
        "age_group": "groupe_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_incident",
        "transit_countries": "pays_transit",
        "transport_mode": "mode_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "infractions_liees",
    },
    note=None,
    total="Total de la période",
    bad_count=("plusieurs", "des dizaines"),
    repeats=True,
    crime={
        "trafficking": ("traite de personnes",),
        "smuggling": ("passage de clandestins", "introduction clandestine de migrants"),
        "both": ("traite et passage de clandestins",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé",),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
        "unknown": ("inconnu",),
    },
    gender={
        "female": ("femmes", "F"),
        "male": ("hommes", "H"),
        "mixed": ("mixte",),
        "unknown": ("inconnu",),
    },
    age={
        "adult": ("adultes",),
        "child": ("mineurs",),
        "mixed": ("mixte",),
        "unknown": ("inconnu",),
    },
    transport={
        "sea": {"*": ("maritime",)},
        "land": {"*": ("terrestre",)},
        "air": {"*": ("aérien",)},
        "unknown": {"*": ("inconnu",)},
    },
    offences={
        "document_fraud": "fraude documentaire",
        "corruption": "corruption",
        "money_laundering": "blanchiment d'argent",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
    offence_sep="; ",
    transit_sep="",
    zero=("0",),
    placeholder=(),
    unknown=("inconnu",),
)

#: The five desks, in the order of the submissions.
AGENCIES: tuple[Agency, ...] = (SIA, CNAPS, ANDALUCIA, PRO_NINOS, CIRQUE)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _hit(rng: _Rng, p: float) -> bool:
    return bool(rng.random() < p)


def _plain(text: str) -> str:
    """Drop the accents, as a clerk typing on a keyboard without them does."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _fit(src: Agency, text: str) -> str:
    return text if fits(text, src) else _plain(text)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event date."""
    r = rng.random() if partial_ok else 1.0
    month, quarter = ts.to_period("M").start_time, ts.to_period("Q").start_time
    m, q, y = ts.month - 1, ts.quarter, ts.year
    if src is SIA:
        if r < 0.05:
            tags.append("partial_date")
            return f"{_MONTHS_EN[m]} {y}", month, "month"
        if r < 0.08:
            tags.append("partial_date")
            return f"Q{q} {y}", quarter, "quarter"
        if _hit(rng, 0.12):
            tags.append("text_date")
            return f"{ts.day} {_MONTHS_EN[m]} {y}", ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if src is CNAPS:
        if r < 0.05:
            tags.append("partial_date")
            return f"{_MONTHS_FR[m]} {y}", month, "month"
        if r < 0.09:
            tags.append("partial_date")
            return f"T{q} {y}", quarter, "quarter"
        if _hit(rng, 0.06):
            tags.append("short_year")
            return ts.strftime("%d/%m/%y"), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src is ANDALUCIA:
        if r < 0.05:
            tags.append("partial_date")
            return f"{_MONTHS_ES[m]} {y}", month, "month"
        if r < 0.09:
            tags.append("partial_date")
            return f"{_ORDINAL_ES[q]} trimestre {y}", quarter, "quarter"
        if _hit(rng, 0.1):
            tags.append("unpadded_date")
            return f"{ts.day}/{ts.month}/{y}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src is PRO_NINOS:  # a Kobo date question: always the day
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if r < 0.06:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), month, "month"
    if r < 0.08:
        tags.append("partial_date")
        return f"T{q} {y}", quarter, "quarter"
    if _hit(rng, 0.3):
        tags.append("datetime")
        hour, minute = 6 + int(rng.integers(12)), int(rng.integers(60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00", ts, "day"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no careful reader can take: none, 29 February, a slip of ten years."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = 30 if ts.is_leap_year else 29  # 29 February of a common year
        if src.format == "jsonl" or src is PRO_NINOS:
            return f"{ts.year}-02-{day}"
        return f"{day}/02/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # typed 2033 for 2023
    if src is SIA:
        return future.to_pydatetime()
    if src.format == "jsonl" or src is PRO_NINOS:
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Date of the extract written on the note row (the day after the last event)."""
    day = last + pd.Timedelta(days=1)
    return day.to_pydatetime() if src.format == "xlsx" else day.strftime("%d/%m/%Y")


def _country(src: Agency, iso: str, col: str, rng: _Rng, tags: list[str], *, batch: bool) -> str:
    """Write one country as the desk does; ``batch``: the NGO's mojibake batch."""
    name = _NAMES[iso][_LANG[src.language]]
    if src is SIA:
        if col == "nationality" and iso in _DEMONYM_EN and not _hit(rng, 0.12):
            tags.append("demonym:nationality")
            return _DEMONYM_EN[iso]
        if iso == "GBR" and not _hit(rng, 0.3):
            tags.append(f"alias:{col}")
            return "UK"
        if iso == "VNM" and _hit(rng, 0.3):
            return "Viet Nam"
        if iso in _TYPOS["en"] and _hit(rng, 0.04):
            tags.append(f"typo:{col}")
            return _TYPOS["en"][iso]
        return name
    if src is CNAPS:
        if iso == "GBR" and col == "destination_country" and _hit(rng, 0.5):
            tags.append(f"alias:{col}")
            return "Angleterre"
        if iso in _TYPOS["fr"] and _hit(rng, 0.04):
            tags.append(f"typo:{col}")
            return _TYPOS["fr"][iso]
        r = rng.random()
        if r < 0.1:
            tags.append(f"case:{col}")
            return name.upper()
        if r < 0.18 and _plain(name) != name:
            tags.append(f"no_accent:{col}")
            return _plain(name)
        return name
    if src is ANDALUCIA:
        if col == "nationality" and iso in _DEMONYM_ES and _hit(rng, 0.3):
            tags.append("demonym:nationality")
            return _DEMONYM_ES[iso]
        if iso == "GIN" and _hit(rng, 0.5):
            tags.append(f"alias:{col}")
            return "Guinea Conakry"
        if col == "detection_country" and _hit(rng, 0.1):
            tags.append("iso3:detection_country")
            return iso
        if _hit(rng, 0.06):
            tags.append(f"case:{col}")
            return name.upper()
        return name
    if src is PRO_NINOS:
        if iso == "USA":
            text = choice(rng, ("EE.UU.", "EE.UU.", "Estados Unidos", "EEUU", "USA"))
            if text != name:
                tags.append(f"alias:{col}")
            return text
        if batch:
            garbled = mojibake(name)
            if garbled is not None:
                tags.append(f"mojibake:{col}")
                return garbled
        return name
    # Cirque du Soleil's feed: alpha-2 for the place of the incident, names or alpha-3
    if col == "detection_country":
        tags.append("iso2:detection_country")
        return iso_codes(iso)[0]
    if col == "nationality" and _hit(rng, 0.4):
        tags.append("iso3:nationality")
        return iso
    if iso == "USA" and _hit(rng, 0.3):
        tags.append(f"alias:{col}")
        return "É.-U."
    return name


def _word(src: Agency, table: _Words, key: str, rng: _Rng, col: str, tags: list[str]) -> str:
    forms = table[key]
    text = forms[0] if len(forms) == 1 or _hit(rng, 0.65) else choice(rng, forms[1:])
    if src.format == "csv" and src is not PRO_NINOS and _hit(rng, 0.04):
        tags.append(f"case:{col}")
        text = choice(rng, (text.upper(), text.lower(), f" {text} "))
    return text


def _dms(value: float, pos: str, neg: str) -> str:
    tenths = round(abs(value) * 36000)  # tenths of a second of arc
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec // 10:02d}.{sec % 10}\"{pos if value >= 0 else neg}"


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the coordinate cells and the expected (lat, lon)."""
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    empty: dict[str, object] = dict.fromkeys(keys)
    if blank:
        tags.append("blank_coordinates")
        return empty, None, None
    r = rng.random()
    if src is CNAPS:
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"coordinates": "non géolocalisé"}, None, None
        if r < 0.08:
            tags.append("coords_missing")
            return empty, None, None
        tags.append("dms")
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
    if src is PRO_NINOS:
        if r < 0.08:
            tags.append("coords_missing")
            return empty, None, None
        alt = 20 + float(rng.random()) * 380
        acc = 3 + float(rng.random()) * 20
        tags.append("geopoint")
        return {"coordinates": f"{lat:.6f} {lon:.6f} {alt:.1f} {acc:.1f}"}, lat, lon
    if r < 0.05:
        tags.append("coords_missing")
        return empty, None, None
    if src is ANDALUCIA:
        tags.append("decimal_comma:coordinates")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def _persons(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    r = rng.random()
    if r < 0.02:
        tags.append("count_placeholder")
        if src is CIRQUE:
            return None, None
        return choice(rng, src.placeholder), None
    if n >= 1000 and src is not PRO_NINOS and src is not CIRQUE and _hit(rng, 0.8):
        tags.append("thousands:n_persons")
        sep = {"sia_intel_uk": ",", "inspeccion_espectaculos_and": "."}.get(
            src.source, choice(rng, ("\u00a0", " "))
        )
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    return (n if src.format != "csv" else str(n)), n


def _suspects(
    src: Agency, n: int | None, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    if n is None:
        return None, None
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.05 and src.placeholder:
        tags.append("suspects_placeholder")
        return choice(rng, src.placeholder), None
    if n == 0 and src.zero[0] != "0" and _hit(rng, 0.5):
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    if src is CNAPS and n in _NUMBER_WORDS_FR and _hit(rng, 0.06):
        tags.append("count_word:n_suspects")
        return _NUMBER_WORDS_FR[n], n
    return (n if src.format != "csv" else str(n)), n


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    batch = src is PRO_NINOS and _hit(rng, 0.12)  # rows of the re-imported old sheet
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime, crime, rng, "crime_type", tags)
    exp["crime_type"] = crime
    if "art." in str(cells["crime_type"]):
        tags.append("penal_code")

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the column is left empty
        cells["exploitation"], exp["exploitation"] = None, None
    elif _hit(rng, 0.04):
        tags.append("unknown:exploitation")
        cells["exploitation"] = _word(src, src.exploitation, "unknown", rng, "exploitation", tags)
        exp["exploitation"] = "unknown"
    else:
        cells["exploitation"] = _word(src, src.exploitation, str(expl), rng, "exploitation", tags)
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    n_susp = ev["n_suspects"]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        None if n_susp is None else int(n_susp),  # type: ignore[call-overload]
        rng,
        tags,
        forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender" or _hit(rng, 0.03):
        tags.append("blank_gender")
        cells["gender"] = (
            None
            if forced_blank == "gender" or _hit(rng, 0.5)
            else _word(src, src.gender, "unknown", rng, "gender", tags)
        )
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _word(src, src.gender, gender, rng, "gender", tags)
        exp["gender"] = gender

    age = str(ev["age_group"])
    if _hit(rng, 0.03):
        tags.append("na_word")
        cells["age_group"] = _word(src, src.age, "unknown", rng, "age_group", tags)
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = _word(src, src.age, age, rng, "age_group", tags)
        exp["age_group"] = age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        blank = forced_blank == col or (col == "nationality" and _hit(rng, 0.03))
        if blank:
            tags.append(f"blank_{col}")
            word = forced_blank != col and _hit(rng, 0.5)
            cells[col] = choice(rng, src.unknown) if word else None
            exp[col] = None
        elif col in ("origin_country", "destination_country") and _hit(rng, 0.03):
            tags.append(f"unknown:{col}")
            cells[col], exp[col] = choice(rng, src.unknown), None
        else:
            cells[col] = _fit(src, _country(src, str(iso), col, rng, tags, batch=batch))
            exp[col] = iso

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        codes = str(transit).split("|")
        if src is CIRQUE:
            cells["transit_countries"] = [iso_codes(c)[0] for c in codes]
            tags.append("iso2_array:transit_countries")
        else:
            names = [_country(src, c, "transit_countries", rng, tags, batch=batch) for c in codes]
            cells["transit_countries"] = _fit(src, src.transit_sep.join(names))
        exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    if str(ev.get("hotspot")) in ("Ceuta", "Melilla"):
        corridor = "valla"  # the land border of Ceuta and Melilla is a fence
    if _hit(rng, 0.03):
        tags.append("na_word")
        key, exp["transport_mode"] = "unknown", "unknown"
    else:
        key, exp["transport_mode"] = mode, mode
    forms = src.transport[key].get(corridor, src.transport[key]["*"])
    cells["transport_mode"] = _word(src, {key: forms}, key, rng, "transport_mode", tags)

    coords, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(coords)

    off = ev["linked_offences"]
    if "linked_offences" not in src.headers or off is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        cells["linked_offences"] = src.offence_sep.join(
            src.offences[o] for o in str(off).split("|")
        )
        exp["linked_offences"] = off

    if batch:  # the old sheet's accented words came back garbled
        for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode"):
            text = cells.get(col)
            garbled = mojibake(text) if isinstance(text, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    for col in list(cells):
        if col not in src.headers:
            del cells[col]
    return cells, exp, tags


#: The set: who first reports which detection country, who reports some events twice.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": SIA.source,
        "FRA": CNAPS.source,
        "ESP": ANDALUCIA.source,
        "PAN": PRO_NINOS.source,
    },
    compilation=CIRQUE.source,
    secondary={
        ("channel", "FRA"): SIA.source,
        ("channel", "GBR"): CNAPS.source,
        ("thb_vnm_gbr", "GBR"): CIRQUE.source,
        ("darien", "PAN"): CIRQUE.source,
        ("watl", "ESP"): CIRQUE.source,
        ("wmed", "ESP"): CIRQUE.source,
        ("thb_rou_esp", "ESP"): CIRQUE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=254_254,
    blank_share=0.3,
)


def make_blind254(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of the ``blind254`` set (files ``*_iv.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sia_intel_uk_iv.xlsx`` (English), ``cnaps_dt_nord_iv.csv`` (French, cp1252,
        ``;``), ``inspeccion_espectaculos_and_iv.csv`` (Spanish, UTF-16, tab),
        ``pro_ninos_darien_iv.csv`` (Spanish, UTF-8, ``,``) and
        ``cirque_soleil_surete_iv.jsonl`` (French), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind254(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sia_intel_uk_iv.xlsx', 'cnaps_dt_nord_iv.csv', 'inspeccion_espectaculos_and_iv.csv',
     'pro_ninos_darien_iv.csv', 'cirque_soleil_surete_iv.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
