"""Examiner variant ``blind303`` (files ``*_ks.*``): waste operators' compliance desks.

Five compliance teams of the waste-management sector report the people they find
exploited on sorting lines and the migrants they find hidden in waste loads, each in
its own export:

``biffa_ks.csv``
    Biffa (United Kingdom), the SHEQ / modern-slavery incident log: English, UTF-8
    with BOM, ``,``. Day-first dates (some with a time, some ``17 May 2023``), month
    only for modern-slavery referrals; nationalities as demonyms (``Albanian``);
    ``Nil`` suspects; routes ``Germany > France``; one ``Location (Lat, Long)`` cell.
``paprec_ks.csv``
    Paprec Group (France), the security directorate's register of reports: French,
    cp1252, ``;``, CRLF. ``dd/mm/yyyy`` and ``dd/mm/yy`` dates, ``mai 2023`` for
    late trafficking reports; gendered French nationality adjectives
    (``afghane``); ``Angleterre`` for the United Kingdom; ``NC`` and ``Néant``;
    decimal commas; thousands with a (no-break) space.
``fcc_medio_ambiente_ks.xlsx``
    FCC Medio Ambiente (Spain), the compliance office's incident workbook: Spanish.
    Excel date cells, a few typed ``dd/mm/yyyy`` texts and bare Excel serials,
    ``T2 2023`` or ``mayo de 2023`` for trafficking cases; ``Guinea Conakry``,
    ``MENA``, ``Patera`` and ``Cayuco``, ``Polizones`` for migrants hidden in a lorry,
    ``Directo`` for no transit; numeric counts and coordinates (a few typed with a
    decimal comma). Re-sent rows at the end.
``aaud_ks.csv``
    Autoridad de Aseo Urbano y Domiciliario (Panamá), its compliance office: Spanish
    of Panama, UTF-8, ``,``. Day-first dates and a few Excel serials as text;
    ``NNA`` for children, ``EE.UU.``, thousands with ``,``; GPS positions in decimal
    degrees or degrees-minutes-seconds; a batch of rows imported through the wrong
    code page (mojibake).
``veolia_vigilance_ks.jsonl``
    Veolia group, the duty-of-vigilance alert platform compiling its subsidiaries'
    alerts (Italy, Greece, Croatia, Poland, United States ...): English keys, values
    in English with French words of the head office; ISO codes (alpha-3
    nationality, alpha-2 and a few numeric site countries, ``XXX`` unspecified),
    ISO dates and timestamps, months and quarters of quarterly vigilance reports;
    transit countries and linked offences as JSON arrays. Re-sent lines at the end.

Examples
--------
>>> from trendlib.samples import make_truth
>>> subs = make_blind303(make_truth(seed=1, n_events=300), seed=1)
>>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
['biffa_ks.csv', 'paprec_ks.csv', 'fcc_medio_ambiente_ks.xlsx', 'aaud_ks.csv',
 'veolia_vigilance_ks.jsonl']
>>> all(len(s.frame) > 0 for s in subs)
True
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["EXAMINER", "SOURCES", "make_blind303"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class KsSource(ExaminerSource):
    """A source of ``blind303``: the shared description plus the agency's own words.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the words the agency writes for it.
    not_applicable : tuple of str
        What it writes in the exploitation cell of a pure smuggling case.
    unknown : tuple of str
        What it writes for a country (or sex) it does not know.
    na : tuple of str
        What it writes for an age group or transport mode not recorded.
    count_unknown : tuple of str
        What it writes for a count it does not know.
    zero : tuple of str
        Words for "no suspect".
    transit_seps, offence_seps : tuple of str
        Separators of its transit-country and linked-offence lists.
    """

    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    not_applicable: tuple[str, ...]
    unknown: tuple[str, ...]
    na: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    transit_seps: tuple[str, ...]
    offence_seps: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country words (this examiner's own table)
# --------------------------------------------------------------------------------------
#: iso3 -> (English, French, Spanish) as the desks write them.
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
    "USA": ("USA", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Other names the desks use for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "USA": ("United States", "US"),
        "CIV": ("Côte d'Ivoire",),
        "IRN": ("Iran (Islamic Republic of)",),
        "MKD": ("Macedonia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "VNM": ("Viêt Nam",),
        "USA": ("USA",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "GBR": ("Inglaterra",),
        "CIV": ("Côte d'Ivoire",),
    },
}

#: Nationality adjectives (masculine, feminine), by language.
_DEMONYMS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "AFG": ("Afghan", "Afghan"),
        "IRN": ("Iranian", "Iranian"),
        "IRQ": ("Iraqi", "Iraqi"),
        "ALB": ("Albanian", "Albanian"),
        "ERI": ("Eritrean", "Eritrean"),
        "SYR": ("Syrian", "Syrian"),
        "VNM": ("Vietnamese", "Vietnamese"),
    },
    "fr": {
        "AFG": ("afghan", "afghane"),
        "IRN": ("iranien", "iranienne"),
        "IRQ": ("irakien", "irakienne"),
        "ALB": ("albanais", "albanaise"),
        "ERI": ("érythréen", "érythréenne"),
        "SYR": ("syrien", "syrienne"),
        "VNM": ("vietnamien", "vietnamienne"),
    },
    "es": {
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
    },
}

#: Slips of the keyboard seen in the desks' country cells, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanistam",
        "ERI": "Eritria",
        "VNM": "Veitnam",
        "ALB": "Albainia",
        "IRN": "Irna",
        "SYR": "Syira",
        "DEU": "Germnay",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "ALB": "Albannie",
        "SYR": "Syire",
        "GBR": "Royaume Uni",
        "DEU": "Allemagen",
    },
    "es": {
        "MAR": "Marruceos",
        "SEN": "Senegall",
        "GIN": "Guinea Konakry",
        "CIV": "Costa Marfil",
        "VEN": "Venezuala",
        "COL": "Colonbia",
        "ECU": "Equador",
        "ROU": "Rumania",
        "DZA": "Algelia",
    },
}

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
_EPOCH = pd.Timestamp("1899-12-30")
_SMALL_EN = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")

#: Veolia's business units, by the country of the site.
_BUSINESS_UNIT = {
    "ITA": "Veolia Italia",
    "GRC": "Zone Europe du Sud",
    "HRV": "Central & Eastern Europe",
    "POL": "Veolia Polska",
    "USA": "Veolia North America",
    "GBR": "Veolia UK & Ireland",
    "ESP": "Veolia España",
    "FRA": "Veolia RVD France",
    "PAN": "Zone Amérique latine",
}

#: Site names the desks give to the truth's hotspots (else the hotspot's own name).
_SITES: dict[str, dict[str, str]] = {
    "biffa": {
        "Dover": "Dover - Eastern Docks",
        "London": "London depot",
        "Birmingham": "Birmingham depot",
        "Glasgow": "Glasgow depot",
        "Calais": "Calais (FR)",
        "Dunkirk/Gravelines": "Dunkirk (FR)",
    },
    "paprec": {"Calais": "Calais", "Dunkirk/Gravelines": "Dunkerque - Gravelines"},
    "fcc_medio_ambiente": {
        "Almería (El Ejido)": "El Ejido (Almería)",
        "Gran Canaria": "Las Palmas de Gran Canaria",
    },
    "aaud": {
        "Darién gap": "Tapón del Darién",
        "Bajo Chiquito": "Bajo Chiquito, Darién",
        "Lajas Blancas": "ERM Lajas Blancas",
    },
}

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_BIFFA = KsSource(
    source="biffa",
    filename="biffa_ks.csv",
    ref="SHEQ-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident No.",
        "event_date": "Date of Incident",
        "site": "Biffa Site / Depot",
        "crime_type": "Incident Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons Found",
        "n_suspects": "No. of Suspected Facilitators",
        "gender": "Gender",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Found",
        "transit_countries": "Route (Countries Transited)",
        "transport_mode": "Method of Travel",
        "coordinates": "Location (Lat, Long)",
        "linked_offences": "Associated Offences",
    },
    note="Extract from Biffa SHEQ incident system - OFFICIAL-SENSITIVE - not for onward disclosure",
    total="TOTAL",
    bad_count=("Several", "Multiple", "Group"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery", "MSHT", "Modern Slavery / Human Trafficking"),
        "smuggling": ("Clandestine entrants", "Clandestine entry", "Organised immigration crime"),
        "both": ("MSHT & clandestine entry", "Modern slavery + clandestines"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "child": ("Child", "Under 18", "Minor"),
        "adult": ("Adult", "18+"),
        "mixed": ("Mixed", "Adults & children"),
    },
    transport={
        "sea": ("Small boat", "Boat", "Vessel"),
        "land": ("HGV", "Lorry", "Refuse vehicle", "On foot", "Car"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("False documents", "Forged ID"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    not_applicable=("", "N/A"),
    unknown=("Not known", "Unknown", "NK"),
    na=("Not recorded", "N/K", ""),
    count_unknown=("Not known", "NK"),
    zero=("Nil", "None"),
    transit_seps=(" > ", " - "),
    offence_seps=("; ", ", "),
)

_PAPREC = KsSource(
    source="paprec",
    filename="paprec_ks.csv",
    ref="SIG-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de signalement",
        "event_date": "Date des faits",
        "site": "Site Paprec",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de découverte",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction du registre des signalements - Direction Sûreté Groupe - diffusion restreinte",
    total="Total général",
    bad_count=("Plusieurs", "Groupe", "Nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Exploitation / traite"),
        "smuggling": ("Aide à l'entrée irrégulière", "Trafic de migrants", "Passage clandestin"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={
        "female": ("F", "Femme(s)"),
        "male": ("H", "Homme(s)"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "child": ("Mineur", "MNA", "Mineurs"),
        "adult": ("Majeur", "Majeurs", "Adulte"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    transport={
        "sea": ("Small boat", "Embarcation", "Bateau"),
        "land": ("Poids lourd", "Camion", "Camion benne", "À pied", "Véhicule léger"),
        "air": ("Avion", "Aérien"),
    },
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Stupéfiants", "Contrebande"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    not_applicable=("", "Sans objet"),
    unknown=("Inconnue", "NC", "Non déterminée"),
    na=("NC", ""),
    count_unknown=("NC", "Inconnu"),
    zero=("Aucun", "Néant"),
    transit_seps=(", ", " / "),
    offence_seps=(", ", " + "),
)

_FCC = KsSource(
    source="fcc_medio_ambiente",
    filename="fcc_medio_ambiente_ks.xlsx",
    ref="EXP-{seq:04d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha del suceso",
        "site": "Centro de trabajo / Contrata",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del suceso",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Datos provisionales - Cumplimiento Normativo FCC Medio Ambiente",
    total="TOTAL",
    bad_count=("Varios", "Grupo", "Numerosos"),
    repeats=True,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": ("Favorecimiento de la inmigración irregular", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes", "TSH + inmigración irregular"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "female": ("Mujer", "Femenino"),
        "male": ("Hombre", "Varón", "Masculino"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "child": ("Menor", "Menores", "MENA"),
        "adult": ("Adulto", "Mayor de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    transport={
        "sea": ("Embarcación", "Neumática"),
        "land": ("Oculto en camión", "Vehículo", "A pie", "Camión de recogida"),
        "air": ("Avión", "Aéreo"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando", "Tráfico de drogas"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    not_applicable=("", "No aplica"),
    unknown=("Desconocida", "s/d"),
    na=("s/d", ""),
    count_unknown=("s/d", "Sin determinar"),
    zero=("Ninguno", "Sin detenidos"),
    transit_seps=(" - ", ", "),
    offence_seps=(", ", " / "),
)

_AAUD = KsSource(
    source="aaud",
    filename="aaud_ks.csv",
    ref="AAUD-OC-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de Caso",
        "event_date": "Fecha",
        "site": "Lugar del Hallazgo",
        "crime_type": "Tipo de Caso",
        "exploitation": "Tipo de Explotación",
        "n_persons": "Cantidad de Personas",
        "n_suspects": "Cantidad de Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo Etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de Procedencia",
        "destination_country": "País de Destino",
        "detection_country": "País",
        "transit_countries": "Ruta (Países de Tránsito)",
        "transport_mode": "Medio de Transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos Conexos",
    },
    note="Fuente: Oficina de Cumplimiento AAUD - cifras preliminares",
    total="Total",
    bad_count=("Varios", "Grupo", "Numerosos"),
    repeats=False,
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata de personas y tráfico de migrantes", "Trata / Tráfico"),
    },
    exploitation={
        "sexual": ("Explotación sexual comercial", "Explotación sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Femenino", "F"),
        "male": ("Masculino", "M"),
        "mixed": ("Mixto", "F/M"),
    },
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Adultos"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Marítima", "Lancha"),
        "land": ("Terrestre", "A pie", "Caminando", "Bus"),
        "air": ("Aérea", "Avión"),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    not_applicable=("", "No aplica", "N/A"),
    unknown=("Sin dato", "No determinada"),
    na=("Sin dato", ""),
    count_unknown=("Sin dato", "Por determinar"),
    zero=("Ninguno", "Sin aprehendidos"),
    transit_seps=(" - ", " / "),
    offence_seps=("; ", ", "),
)

_VEOLIA = KsSource(
    source="veolia_vigilance",
    filename="veolia_vigilance_ks.jsonl",
    ref="VIG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "alert_id",
        "event_date": "occurred_on",
        "site": "business_unit",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "detection_country": "site_country",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "plusieurs", "multiple"),
    repeats=True,
    crime={
        "trafficking": ("Human trafficking", "Trafficking in persons", "Traite des êtres humains"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "Trafic de migrants"),
        "both": ("Trafficking & smuggling", "THB / SoM"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Exploitation sexuelle"),
        "forced_labour": ("Forced labour", "Travail forcé"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("female", "F"),
        "male": ("male", "M"),
        "mixed": ("mixed",),
    },
    age={
        "child": ("minor", "under 18"),
        "adult": ("adult",),
        "mixed": ("mixed",),
    },
    transport={
        "sea": ("sea", "boat"),
        "land": ("road", "truck", "land"),
        "air": ("air",),
    },
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Corruption / bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    not_applicable=("",),
    unknown=("", "unknown", "XXX"),
    na=("", "unknown"),
    count_unknown=("", "unknown"),
    zero=(),
    transit_seps=(),
    offence_seps=(),
)

#: The variant's sources, in the order of the submissions.
SOURCES: tuple[KsSource, ...] = (_BIFFA, _PAPREC, _FCC, _AAUD, _VEOLIA)


# --------------------------------------------------------------------------------------
# Writing one cell
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


#: Styles of a country cell: (nationality, other country columns, detection country).
_COUNTRY_STYLES: dict[str, tuple[dict[str, float], dict[str, float], dict[str, float]]] = {
    "biffa": (
        {"name": 55, "demonym": 30, "alias": 5, "iso2": 3, "typo": 3, "upper": 4},
        {"name": 85, "alias": 8, "typo": 3, "upper": 4},
        {"name": 70, "alias": 25, "iso2": 5},
    ),
    "paprec": (
        {"demonym": 50, "name": 40, "typo": 5, "upper": 5},
        {"name": 78, "alias": 14, "typo": 4, "upper": 4},
        {"name": 95, "upper": 5},
    ),
    "fcc_medio_ambiente": (
        {"demonym": 45, "name": 44, "alias": 4, "typo": 4, "upper": 3},
        {"name": 86, "alias": 6, "typo": 4, "upper": 4},
        {"name": 97, "upper": 3},
    ),
    "aaud": (
        {"demonym": 40, "name": 50, "typo": 5, "upper": 5},
        {"name": 84, "alias": 10, "typo": 3, "upper": 3},
        {"name": 90, "upper": 10},
    ),
    "veolia_vigilance": (
        {"iso3": 85, "name": 15},
        {"name": 65, "iso3": 30, "alias": 5},
        {"iso2": 85, "numeric": 5, "name": 10},
    ),
}


def _country(
    src: KsSource, iso: str, rng: _Rng, which: int, *, female: bool = False
) -> tuple[str, str | None]:
    """Write one country cell; return (text, style tag or None when it is the plain name)."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    style = _pick(rng, _COUNTRY_STYLES[src.source][which])
    if style == "demonym" and iso in _DEMONYMS[lang]:
        masc, fem = _DEMONYMS[lang][iso]
        return (fem if female else masc), "demonym"
    if style == "alias" and iso in _ALIASES[lang]:
        return choice(rng, _ALIASES[lang][iso]), "alias"
    if style == "typo" and iso in _TYPOS[lang]:
        return _TYPOS[lang][iso], "typo"
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "upper":
        return name.upper(), "case"
    return name, None


def _word(src: KsSource, table: _Words, value: str, rng: _Rng) -> str:
    """Usual word 65 % of the time, another of the agency's words otherwise."""
    words = table[value]
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _blank(text: str) -> str | None:
    return text if text else None


def _date(
    src: KsSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, thb: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = rng.random()
    # Late referrals of exploitation cases often give only the month (or quarter).
    partial = partial_ok and r < (0.25 if thb else 0.02)
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    s = src.source
    if s == "biffa":
        if partial:
            return f"{_MONTHS_EN[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.72:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        if r < 0.86:
            hh, mm = 6 + int(rng.integers(0, 14)), int(rng.integers(0, 60))
            return f"{ts.strftime('%d/%m/%Y')} {hh:02d}:{mm:02d}", ts, "day", ["datetime"]
        return f"{ts.day} {_MONTHS_EN[ts.month - 1][:3]} {ts.year}", ts, "day", ["month_word"]
    if s == "paprec":
        if partial:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.8:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
    if s == "fcc_medio_ambiente":
        if partial:
            if rng.random() < 0.5:
                return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
            return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}", month, "month", ["partial_date"]
        if r < 0.75:
            return ts.to_pydatetime(), ts, "day", []
        if r < 0.92:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_as_text"]
        return int((ts - _EPOCH).days), ts, "day", ["excel_serial"]
    if s == "aaud":
        if partial:
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.85:
            return ts.strftime("%d/%m/%Y"), ts, "day", []
        if r < 0.95:
            return str((ts - _EPOCH).days), ts, "day", ["excel_serial"]
        return ts.strftime("%d-%m-%Y"), ts, "day", []
    # veolia_vigilance: quarterly vigilance reports give a month or a quarter
    if partial_ok and r < 0.09:
        return ts.strftime("%Y-%m"), month, "month", ["partial_date"]
    if partial_ok and r < 0.13:
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter", ["partial_date"]
    if r < 0.7:
        return ts.strftime("%Y-%m-%d"), ts, "day", []
    hh, mm = 7 + int(rng.integers(0, 11)), int(rng.integers(0, 60))
    return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00Z", ts, "day", ["datetime"]


def _count(src: KsSource, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons the agency's way."""
    s = src.source
    r = rng.random()
    if s == "biffa":
        if n >= 1000 and r < 0.7:
            return f"{n:,}", ["thousands"]
        if 1 <= n <= 10 and r < 0.1:
            return _SMALL_EN[n - 1], ["count_word"]
        return str(n), []
    if s == "paprec":
        if n >= 1000 and r < 0.8:
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands"]
        if r < 0.06:
            return f"{n} pers.", ["count_unit"]
        return str(n), []
    if s == "fcc_medio_ambiente":
        if r < 0.04:
            return f"{n} personas", ["count_unit"]
        return n, []
    if s == "aaud":
        if n >= 1000 and r < 0.8:
            return f"{n:,}", ["thousands"]
        return str(n), []
    if r < 0.05:
        return str(n), ["count_as_text"]
    return n, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (tenths) of a coordinate; return (text, value read back)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    back = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}", round(back, 6)


def _coords(
    src: KsSource, lat: float, lon: float, rng: _Rng, forced: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, expected lon, tags)."""
    s = src.source
    pair = "coordinates" in src.headers
    r = rng.random()
    if forced or r < 0.04:
        tag = "blank_coordinates" if forced else "coords_missing"
        word = None
        if not forced and rng.random() < 0.5:
            word = {"biffa": "Not recorded", "paprec": "NC", "aaud": "Sin coordenadas"}.get(s)
            tag = "coords_placeholder" if word else tag
        cells: dict[str, object] = {"coordinates": word} if pair else {"lat": word, "lon": word}
        return cells, None, None, [tag]
    if s == "biffa":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), []
    if s == "paprec":
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            round(lat, 5),
            round(lon, 5),
            ["decimal_comma"],
        )
    if s == "fcc_medio_ambiente":
        if rng.random() < 0.1:
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                round(lat, 5),
                round(lon, 5),
                ["decimal_comma"],
            )
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if s == "aaud":
        if rng.random() < 0.3:
            t_lat, b_lat = _dms(lat, "N", "S")
            t_lon, b_lon = _dms(lon, "E", "W")
            return {"coordinates": f"{t_lat} {t_lon}"}, b_lat, b_lon, ["dms"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5), []
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4), []


def _case(text: str, rng: _Rng) -> str:
    k = int(rng.integers(0, 3))
    return text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "


def _render(
    src: KsSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    crime = str(ev["crime_type"])
    thb = crime in ("trafficking", "both")
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok=partial_ok, thb=thb
    )
    tags += t
    hotspot = str(ev["hotspot"])
    det = str(ev["detection_country"])
    if src.source == "veolia_vigilance":
        cells["site"] = _BUSINESS_UNIT.get(det)
    else:
        cells["site"] = _SITES.get(src.source, {}).get(hotspot, hotspot)

    cells["crime_type"] = _word(src, src.crime, crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _blank(choice(rng, src.not_applicable))
        exp["exploitation"] = None
    elif rng.random() < 0.06:
        cells["exploitation"] = _blank(choice(rng, src.na))
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(src, src.exploitation, str(expl), rng)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = _blank(choice(rng, src.count_unknown))
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tags += t

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"] = _blank(choice(rng, src.count_unknown))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero and r < 0.5:
        cells["n_suspects"] = choice(rng, src.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else _blank(choice(rng, src.na))
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, src.gender, gender, rng)
        exp["gender"] = gender

    for col, table in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        # a workplace-exploitation case often says nothing of the journey
        na_rate = 0.15 if (col == "transport_mode" and thb) else 0.03
        if rng.random() < na_rate:
            cells[col] = _blank(choice(rng, src.na))
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
            continue
        word = _word(src, table, value, rng)
        if src.source == "fcc_medio_ambiente" and value == "sea" and rng.random() < 0.6:
            word = "Cayuco" if ev["corridor"] == "watl" else "Patera"
        cells[col] = word
        exp[col] = value
    # FCC's crews log the migrants they find hidden in a lorry as stowaways.
    fcc = src.source == "fcc_medio_ambiente"
    if fcc and crime == "smuggling" and exp["transport_mode"] == "land" and rng.random() < 0.3:
        cells["crime_type"] = "Polizones"
        tags.append("stowaways")

    female = gender == "female"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.03:
        cells["nationality"] = _blank(choice(rng, src.unknown))
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], style = _country(src, nat, rng, 0, female=female)
        exp["nationality"] = nat
        tags += [f"{style}:nationality"] if style else []

    origin = str(ev["origin_country"])
    if rng.random() < 0.04:  # "XXX" is a nationality code only
        cells["origin_country"] = _blank(choice(rng, [w for w in src.unknown if w != "XXX"]))
        exp["origin_country"] = None
        tags.append("unknown:origin_country")
    else:
        cells["origin_country"], style = _country(src, origin, rng, 1)
        exp["origin_country"] = origin
        tags += [f"{style}:origin_country"] if style else []

    dest = str(ev["destination_country"])
    cells["destination_country"], style = _country(src, dest, rng, 1)
    exp["destination_country"] = dest
    tags += [f"{style}:destination_country"] if style else []

    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], style = _country(src, det, rng, 2)
        exp["detection_country"] = det
        tags += [f"{style}:detection_country"] if style else []

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        direct = src.source == "fcc_medio_ambiente" and rng.random() < 0.3
        cells["transit_countries"] = "Directo" if direct else None
        tags += ["transit_direct"] if direct else []
        if src.source == "veolia_vigilance":
            cells["transit_countries"] = []
    elif src.source == "veolia_vigilance":
        cells["transit_countries"] = [iso_codes(c)[0] for c in str(transit).split("|")]
    else:
        names = [_country(src, c, rng, 1)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = choice(rng, src.transit_seps).join(names)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    place, exp["lat"], exp["lon"], t = _coords(src, lat, lon, rng, forced_blank == "coordinates")
    cells.update(place)
    tags += t

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    words = [_word(src, src.offences, o, rng) for o in str(offences or "").split("|") if o]
    if src.source == "veolia_vigilance":
        cells["linked_offences"] = words
    else:
        cells["linked_offences"] = choice(rng, src.offence_seps).join(words) if words else None

    # A clerk's case and spacing slips in the word cells.
    for col in ("crime_type", "exploitation", "gender", "age_group", "transport_mode"):
        cell = cells.get(col)
        if isinstance(cell, str) and cell and rng.random() < 0.04:
            cells[col] = _case(cell, rng)
            tags.append(f"case:{col}")

    # AAUD: a batch of rows went through a wrong code page before the export.
    if src.source == "aaud" and rng.random() < 0.07:
        garbled = False
        for col, cell in list(cells.items()):
            if isinstance(cell, str):
                bad = mojibake(cell)
                if bad is not None and fits(bad, src):
                    cells[col] = bad
                    garbled = True
        tags += ["mojibake"] if garbled else []
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad rows and notes
# --------------------------------------------------------------------------------------
def _bad_date(src: KsSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "future_date":  # a slip of one key: 2023 -> 2033
        later = ts.replace(year=y + 10)
        if src.source == "fcc_medio_ambiente":
            return later.to_pydatetime()
        if src.source == "veolia_vigilance":
            return later.strftime("%Y-%m-%d")
        return later.strftime("%d/%m/%Y")
    words = {
        "biffa": (f"31/02/{y}", f"29/02/{y}", "TBC"),
        "paprec": (f"31/02/{y}", f"30/02/{y}", "en cours"),
        "fcc_medio_ambiente": (f"31/02/{y}", f"31/04/{y}", "pendiente"),
        "aaud": (f"31/02/{y}", f"30/02/{y}", "por confirmar"),
        "veolia_vigilance": (f"{y}-02-30", f"{y}-02-31", "TBD"),
    }
    return choice(rng, words[src.source])


def _note_date(src: KsSource, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the day of its last case)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


#: The variant: who reports what, and how each source writes.
EXAMINER: Examiner[KsSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": "biffa", "FRA": "paprec", "ESP": "fcc_medio_ambiente", "PAN": "aaud"},
    compilation="veolia_vigilance",
    secondary={
        ("channel", "FRA"): "biffa",
        ("channel", "GBR"): "veolia_vigilance",
        ("thb_vnm_gbr", "GBR"): "veolia_vigilance",
        ("wmed", "ESP"): "veolia_vigilance",
        ("watl", "ESP"): "veolia_vigilance",
        ("thb_rou_esp", "ESP"): "veolia_vigilance",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=303_0303,
    blank_share=0.3,
)


def make_blind303(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five waste-sector compliance desks of ``blind303``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``biffa_ks.csv`` (English, UTF-8 with BOM, ``,``), ``paprec_ks.csv`` (French,
        cp1252, ``;``), ``fcc_medio_ambiente_ks.xlsx`` (Spanish),
        ``aaud_ks.csv`` (Spanish of Panamá, UTF-8, ``,``) and
        ``veolia_vigilance_ks.jsonl`` (English keys, the compilation), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind303(make_truth(seed=2, n_events=300), seed=2)
    >>> [s.source for s in subs]
    ['biffa', 'paprec', 'fcc_medio_ambiente', 'aaud', 'veolia_vigilance']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° de signalement', 'Date des faits', 'Site Paprec']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
