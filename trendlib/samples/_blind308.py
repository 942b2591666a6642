"""Examiner sample set ``blind308`` (files ``*_kx.*``): airline crews' trafficking reports.

Five airline anti-trafficking reporting programmes log passengers their cabin crew or
ground staff suspect of being trafficked or smuggled, each in its own tool and words:

``easyjet_cabin_crew_kx.csv``
    easyJet cabin crew safeguarding reports (UK, English): UTF-8 with BOM, ``,``; UK
    day-first dates, "17 May 2023" and "17-May-23"; crew jargon ("Pax", "Facilitation"),
    passport demonyms ("Afghan"), ISO alpha-2 codes, counts in words, the reporting app's
    geotag as one "lat, long" cell (``0.0, 0.0`` when the phone had no fix).
``air_france_pnc_kx.csv``
    Air France cabin crew (PNC) report sheets (French): cp1252, ``;``, CRLF; dd/mm/yyyy,
    "17 mai 2023", "mai 2023", "T2 2023"; passport ISO alpha-3 codes (APIS), "Angleterre"
    for the United Kingdom, "H"/"M"/"F" sexes, thousands with a (no-break) space, latitude
    and longitude with decimal commas.
``vueling_tcp_kx.csv``
    Vueling cabin crew (TCP) reports (Spanish), saved by Excel as "Unicode text": UTF-16,
    tab; dd/mm/yyyy, dd-mm-yyyy, Excel serial numbers, "mayo 2023"; names garbled by a
    UTF-8 -> cp1252 round trip upstream ("EspaÃ±a"); coordinates in degrees, minutes and
    seconds with Spanish hemispheres (2°27'36"O); thousands with ``.``.
``aeromexico_tierra_kx.jsonl``
    Aeroméxico ground-staff security reports (Mexican Spanish), the system's JSON export:
    ISO dates and timestamps, "2023-05" months; Mexican legal words ("probables
    responsables", "NNA" for minors, "operaciones con recursos de procedencia ilícita"),
    nationalities as feminine demonyms ("venezolana"), "EUA" for the United States, "H"/"M"
    (hombre/mujer) sexes, transit countries as a JSON array; pages of the export overlap
    (exact repeats).
``airline_ambassadors_kx.xlsx``
    Airline Ambassadors International (US NGO) compilation of partner airlines' reports
    (US English): real Excel dates and US month-first text dates, "Q3 2022" and "March
    2023" for reports known only to the month or quarter, "Labor trafficking", numeric
    latitude and longitude; reports what no airline's own file reports (Croatia, Poland)
    and second reports of the others' events; rows pasted twice.

Where a careful analyst cannot read a value, the truth expects nothing (a blank, or
``unknown`` for a vocabulary field) and the row's ``messiness`` tags say why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    MONTHS,
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["EXAMINER", "SOURCES", "Crew", "make_blind308"]

_Rng = np.random.Generator
Words = dict[str, tuple[str, ...]]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# iso3: (English, French, Spanish); hand-written so that the files do not move with
# pycountry's releases.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d’Ivoire", "Costa de Marfil"),
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}

_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S."),
        "CIV": ("Ivory Coast",),
        "TUR": ("Turkey",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "GMB": ("The Gambia",),
        "VNM": ("Viet Nam",),
        "IRN": ("Islamic Republic of Iran",),
        "DEU": ("Deutschland",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK"),
        "USA": ("USA",),
        "CIV": ("RCI",),
        "MKD": ("Macédoine",),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnie",),
        "BLR": ("Bélarus",),
    },
    "es": {
        "USA": ("EUA", "EE. UU.", "EEUU"),
        "GBR": ("Inglaterra",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "TUR": ("Turquia",),
        "VNM": ("Viet Nam",),
    },
}

# Nationality written as the passport's demonym.
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "PAK": "Pakistani",
        "CMR": "Cameroonian",
        "TUR": "Turkish",
        "MAR": "Moroccan",
        "YEM": "Yemeni",
        "NGA": "Nigerian",
        "ROU": "Romanian",
        "EGY": "Egyptian",
        "TUN": "Tunisian",
    },
    "es": {  # "nacionalidad venezolana": the adjective agrees with "nacionalidad"
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
    },
}

_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ES_NUMBERS = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")


@dataclass(frozen=True)
class Crew(ExaminerSource):
    """An airline reporting programme: the shared source fields and its own wording.

    Attributes
    ----------
    styles : tuple of (str, float)
        Ways of writing a country and their weights: ``name``, ``iso2``, ``iso3``,
        ``alias``, ``demonym`` (nationality only), ``typo``, ``upper``, ``lower``,
        ``mojibake``.
    crime, exploitation, gender, age, mode, offences : dict
        Design word -> the programme's words for it (the first is the usual one).
    not_applicable : tuple of str
        Exploitation cell of a smuggling report (``""``: left blank).
    not_known : tuple of str
        Exploitation cell when the crew could not tell the form of exploitation.
    offence_seps, transit_seps : tuple of str
        Separators of the linked offences and of the transit countries.
    direct : tuple of str
        Transit cell of a direct journey (``""``: left blank).
    number_words : tuple of str
        Counts one to ten in words (empty: never written in words).
    zero : tuple of str
        Words for no suspect.
    count_unknown : tuple of str
        Count cells saying the number is not known.
    na_word : tuple of str
        "Not recorded" words of the age group and transport mode cells.
    thousands : tuple of str
        Thousands separators of large counts.
    """

    styles: tuple[tuple[str, float], ...]
    crime: Words
    exploitation: Words
    not_applicable: tuple[str, ...]
    not_known: tuple[str, ...]
    gender: Words
    age: Words
    mode: Words
    offences: Words
    offence_seps: tuple[str, ...]
    transit_seps: tuple[str, ...]
    direct: tuple[str, ...]
    number_words: tuple[str, ...]
    zero: tuple[str, ...]
    count_unknown: tuple[str, ...]
    na_word: tuple[str, ...]
    thousands: tuple[str, ...]


_EZY = Crew(
    source="easyjet_cabin_crew",
    filename="easyjet_cabin_crew_kx.csv",
    ref="EZY-SG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Report No",
        "event_date": "Date of Flight",
        "flight": "Flight No",
        "detection_country": "Country Reported In",
        "crime_type": "Concern Type",
        "exploitation": "Exploitation Indicators",
        "n_persons": "No. of Pax of Concern",
        "n_suspects": "No. of Suspected Traffickers/Escorts",
        "gender": "Pax Sex",
        "age_group": "Pax Age Group",
        "nationality": "Pax Nationality (Passport)",
        "origin_country": "Journey Started In",
        "transit_countries": "Travelled Via",
        "destination_country": "Final Destination",
        "transport_mode": "Mode of Travel",
        "coordinates": "Location (Lat, Long)",
        "linked_offences": "Other Concerns",
    },
    note="Extract from Safeguarding Hub - crew reports not yet reviewed by Security",
    total="TOTAL",
    bad_count=("several", "a group", "multiple"),
    repeats=False,
    styles=(
        ("name", 0.55),
        ("demonym", 0.14),
        ("iso2", 0.1),
        ("alias", 0.09),
        ("upper", 0.05),
        ("typo", 0.04),
        ("lower", 0.03),
    ),
    crime={
        "trafficking": ("Suspected trafficking", "Human trafficking", "Modern slavery"),
        "smuggling": ("Suspected people smuggling", "People smuggling", "Facilitation"),
        "both": ("Trafficking and smuggling", "Smuggling + trafficking"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=("", "N/A"),
    not_known=("Not known", "Unclear"),
    gender={
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "M & F", "Both"),
    },
    age={
        "child": ("Minor", "Child", "U18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Mixed", "Adults & children"),
    },
    mode={
        "sea": ("Sea", "Small boat", "Boat"),
        "land": ("Land", "Lorry", "Coach", "On foot"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("False documents", "Fraudulent passport"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_seps=("; ", ", "),
    transit_seps=(" > ", ", "),
    direct=("", "Direct"),
    number_words=_EN_NUMBERS,
    zero=("None", "Nil"),
    count_unknown=("Not known", "TBC"),
    na_word=("N/A", "Not recorded"),
    thousands=(",",),
)

_AF = Crew(
    source="air_france_pnc",
    filename="air_france_pnc_kx.csv",
    ref="PNC{yy:02d}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du vol",
        "detection_country": "Pays du signalement",
        "crime_type": "Nature de la suspicion",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb passagers concernés",
        "n_suspects": "Nb accompagnateurs suspects",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité (passeport)",
        "origin_country": "Pays de provenance",
        "transit_countries": "Escales / pays de transit",
        "destination_country": "Destination finale déclarée",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction du fichier des signalements PNC - données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "groupe", "nombreux"),
    repeats=False,
    styles=(
        ("name", 0.52),
        ("iso3", 0.25),
        ("alias", 0.06),
        ("upper", 0.08),
        ("typo", 0.05),
        ("lower", 0.04),
    ),
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "suspicion de traite"),
        "smuggling": (
            "trafic de migrants",
            "aide à l'entrée irrégulière",
            "filière d'immigration irrégulière",
        ),
        "both": ("traite et trafic de migrants", "TEH + trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    not_applicable=("", "sans objet"),
    not_known=("indéterminée", "non précisée"),
    gender={
        "female": ("F", "femme", "femmes"),
        "male": ("H", "M", "homme", "hommes"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "child": ("mineur", "mineurs", "MNA"),
        "adult": ("majeur", "majeurs", "adulte"),
        "mixed": ("mixte", "majeurs et mineurs"),
    },
    mode={
        "sea": ("maritime", "bateau", "small boat"),
        "land": ("terrestre", "routier", "camion", "bus"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("fraude documentaire", "usage de faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_seps=(", ", " / ", " + "),
    transit_seps=(" - ", ", ", " / "),
    direct=("", "direct", "aucune"),
    number_words=(),
    zero=("aucun", "néant"),
    count_unknown=("inconnu", "non communiqué"),
    na_word=("non renseigné", "NR"),
    thousands=("\u00a0", " "),
)

_VY = Crew(
    source="vueling_tcp",
    filename="vueling_tcp_kx.csv",
    ref="VY/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº parte",
        "event_date": "Fecha del vuelo",
        "crime_type": "Tipo de sospecha",
        "exploitation": "Finalidad",
        "n_persons": "Nº pasajeros afectados",
        "n_suspects": "Nº acompañantes sospechosos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detecta",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Nota: partes pendientes de validación por Seguridad Corporativa",
    total="TOTAL",
    bad_count=("varios", "grupo", "numerosos"),
    repeats=False,
    styles=(
        ("name", 0.55),
        ("mojibake", 0.18),
        ("iso2", 0.1),
        ("upper", 0.06),
        ("typo", 0.05),
        ("alias", 0.03),
        ("lower", 0.03),
    ),
    crime={
        "trafficking": ("trata de seres humanos", "TSH", "sospecha de trata"),
        "smuggling": ("tráfico ilícito de migrantes", "favorecimiento inmigración ilegal"),
        "both": ("trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "delincuencia forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    not_applicable=("", "no procede"),
    not_known=("sin determinar",),
    gender={
        "female": ("mujer", "mujeres", "femenino"),
        "male": ("hombre", "hombres", "varón"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "child": ("menor", "menores", "menor de edad"),
        "adult": ("adulto", "adultos", "mayor de edad"),
        "mixed": ("mixto", "adultos y menores"),
    },
    mode={
        "sea": ("marítimo", "patera", "cayuco", "embarcación"),
        "land": ("terrestre", "autobús", "a pie"),
        "air": ("aéreo", "avión"),
    },
    offences={
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_seps=(" / ", ", ", " y "),
    transit_seps=(" / ", " - "),
    direct=("", "directo", "ninguno"),
    number_words=_ES_NUMBERS,
    zero=("ninguno", "cero"),
    count_unknown=("desconocido", "s/d"),
    na_word=("n/c", "no consta"),
    thousands=(".",),
)

_AM = Crew(
    source="aeromexico_tierra",
    filename="aeromexico_tierra_kx.jsonl",
    ref="AMSEG-{year}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "flight": "vuelo",
        "detection_country": "pais_deteccion",
        "crime_type": "tipo_caso",
        "exploitation": "tipo_explotacion",
        "n_persons": "num_personas",
        "n_suspects": "num_probables_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_relacionados",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=True,
    styles=(
        ("name", 0.5),
        ("demonym", 0.2),
        ("iso3", 0.1),
        ("alias", 0.1),
        ("upper", 0.1),
    ),
    crime={
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
        "both": ("trata de personas / tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajos forzados", "explotación laboral"),
        "forced_criminality": (
            "actividades delictivas",
            "reclutamiento por la delincuencia organizada",
        ),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otro",),
    },
    not_applicable=("",),
    not_known=("por determinar",),
    gender={
        "female": ("mujer", "mujeres", "M"),
        "male": ("hombre", "hombres", "H"),
        "mixed": ("mixto", "ambos"),
    },
    age={
        "child": ("NNA", "menor", "menores de edad"),
        "adult": ("adulto", "adultos", "mayor de edad"),
        "mixed": ("mixto", "adultos y NNA"),
    },
    mode={
        "land": ("terrestre", "autobús", "a pie", "vehículo"),
        "air": ("aéreo", "avión"),
        "sea": ("marítimo", "lancha"),
    },
    offences={
        "document_fraud": ("uso de documento falso", "falsificación de documentos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": (
            "operaciones con recursos de procedencia ilícita",
            "lavado de dinero",
        ),
        "illicit_goods": ("narcóticos", "contrabando"),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    offence_seps=(", ",),
    transit_seps=(),  # a JSON array
    direct=("",),
    number_words=(),
    zero=("ninguno",),
    count_unknown=("sin dato", "S/D"),
    na_word=("no aplica", "N/A"),
    thousands=(",",),
)

_AAI = Crew(
    source="airline_ambassadors",
    filename="airline_ambassadors_kx.xlsx",
    ref="AAI{yy:02d}.{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "AAI Ref #",
        "event_date": "Incident Date",
        "detection_country": "Country of Incident",
        "crime_type": "Incident Category",
        "exploitation": "Type of Exploitation",
        "n_persons": "# of Victims / Migrants",
        "n_suspects": "# of Suspects",
        "gender": "Gender",
        "age_group": "Adult / Minor",
        "nationality": "Citizenship",
        "origin_country": "Origin Country",
        "transit_countries": "Transit Countries",
        "destination_country": "Destination Country",
        "transport_mode": "Travel Mode",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Crimes",
    },
    note="Compiled from partner airline reports; not verified by law enforcement",
    total="Grand Total",
    bad_count=("multiple", "several", "many"),
    repeats=True,
    styles=(
        ("name", 0.6),
        ("alias", 0.15),
        ("iso3", 0.1),
        ("typo", 0.05),
        ("lower", 0.05),
        ("upper", 0.05),
    ),
    crime={
        "trafficking": ("Human Trafficking", "HT", "Suspected HT"),
        "smuggling": ("Human Smuggling", "Smuggling"),
        "both": ("HT / Smuggling", "Trafficking & Smuggling"),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Commercial sexual exploitation"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ trafficking", "Organ removal"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=("", "N/A"),
    not_known=("Unknown", "Unspecified"),
    gender={
        "female": ("Female", "F", "Women/girls"),
        "male": ("Male", "M", "Men/boys"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Minor", "Juvenile", "Child"),
        "adult": ("Adult",),
        "mixed": ("Adults & minors", "Mixed"),
    },
    mode={
        "land": ("Land", "Vehicle", "On foot", "Bus"),
        "air": ("Air", "Commercial flight"),
        "sea": ("Sea", "Boat", "Maritime"),
    },
    offences={
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug smuggling", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_seps=(", ", "; "),
    transit_seps=(", ", " -> "),
    direct=("", "None (direct)"),
    number_words=(),
    zero=("None", "none"),
    count_unknown=("unk", "Unknown"),
    na_word=("N/A", "Not reported"),
    thousands=(),
)

#: The five sources of the set, in the order the submissions are returned.
SOURCES: tuple[Crew, ...] = (_EZY, _AF, _VY, _AM, _AAI)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Pick the usual word 60 % of the time, one of the others otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _case(text: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Change the case or spacing of a few cells (the meaning stays)."""
    if rng.random() >= 0.04:
        return text
    kind = int(rng.integers(4))
    out = (text.upper(), text.lower(), f"  {text} ", f"{text}  ")[kind]
    if out != text:
        tags.append(f"case:{col}")
    return out


def _typo(name: str) -> str | None:
    """Swap two letters in the middle of a long one-word name; None if not possible."""
    if len(name) < 7 or " " in name:
        return None
    i = len(name) // 2
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return name[: i - 1] + b + a + name[i + 1 :]


def _country(src: Crew, code: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Write one ISO alpha-3 code as the source writes a country (tags what shows)."""
    lang = src.language
    name = _NAMES[code][{"en": 0, "fr": 1, "es": 2}[lang]]
    keys = [k for k, _ in src.styles]
    weights = np.array([w for _, w in src.styles])
    style = keys[int(rng.choice(len(keys), p=weights / weights.sum()))]
    text: str | None = None
    if style == "iso2":
        text = iso_codes(code)[0]
    elif style == "iso3":
        text = code
    elif style == "alias" and code in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][code])
    elif style == "demonym" and col == "nationality":
        text = _DEMONYMS.get(lang, {}).get(code)
    elif style == "typo":
        text = _typo(name)
    elif style == "mojibake":
        text = mojibake(name)
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    if text is None or text == name:
        return _case(name, rng, tags, col)
    tags.append(f"{style}:{col}")
    return text


def _vocab(src: Crew, words: tuple[str, ...], rng: _Rng, tags: list[str], col: str) -> str:
    """Write a vocabulary word; the Vueling tool garbles some accented words."""
    text = _case(_word(rng, words), rng, tags, col)
    if src.source == "vueling_tcp" and rng.random() < 0.15:
        garbled = mojibake(text)
        if garbled is not None:
            tags.append(f"mojibake:{col}")
            return garbled
    return text


def _blank(text: str) -> str | None:
    return text or None


# --------------------------------------------------------------------------------------
# Dates: (cell, expected day, precision, tag)
# --------------------------------------------------------------------------------------
_DateCell = tuple[object, pd.Timestamp, str, str | None]


def _month(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, ts.month, 1)


def _quarter(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * (ts.quarter - 1) + 1, 1)


def _date_ezy(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", "partial_date"
    if r < 0.72:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if r < 0.9:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
    return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}", ts, "day", "short_date"


def _date_af(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", "partial_date"
    if partial_ok and r < 0.08:
        return f"T{ts.quarter} {ts.year}", _quarter(ts), "quarter", "partial_date"
    if r < 0.8:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if r < 0.93:
        return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
    return ts.strftime("%d/%m/%y"), ts, "day", "short_date"


def _date_vy(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:
        return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", "partial_date"
    if r < 0.7:
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if r < 0.86:
        return ts.strftime("%d-%m-%Y"), ts, "day", None
    return str((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"


def _date_am(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:
        return ts.strftime("%Y-%m"), _month(ts), "month", "partial_date"
    if r < 0.62:
        return ts.strftime("%Y-%m-%d"), ts, "day", None
    hour, minute = int(rng.integers(5, 24)), int(rng.integers(60))
    return f"{ts:%Y-%m-%d}T{hour:02d}:{minute:02d}:00", ts, "day", "timestamp"


def _date_aai(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.04:
        return f"Q{ts.quarter} {ts.year}", _quarter(ts), "quarter", "partial_date"
    if partial_ok and r < 0.08:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month(ts), "month", "partial_date"
    if r < 0.78:
        return ts.to_pydatetime(), ts, "day", None
    if r < 0.9:
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", "us_date"
    return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day", "long_date"


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateCell]] = {
    "easyjet_cabin_crew": _date_ezy,
    "air_france_pnc": _date_af,
    "vueling_tcp": _date_vy,
    "aeromexico_tierra": _date_am,
    "airline_ambassadors": _date_aai,
}


def _bad_date(src: Crew, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date cell the row must be quarantined for, in the source's style."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "future_date":  # a slip of the decade
        later = pd.Timestamp(ts + pd.DateOffset(years=10))  # 29 Feb -> 28 Feb
        if src.format == "xlsx":
            return later.to_pydatetime()
        if src.format == "jsonl":
            return later.strftime("%Y-%m-%d")
        return later.strftime("%d/%m/%Y")
    if src.source == "aeromexico_tierra":
        return f"{y}-02-30"
    if src.source == "airline_ambassadors":
        return f"2/30/{y}"
    if src.source == "vueling_tcp" and y % 4:
        return f"29/02/{y}"
    return choice(rng, (f"31/02/{y}", f"31/04/{y}", f"31/06/{y}"))


def _note_date(src: Crew, last: pd.Timestamp) -> object:
    """Date written on the note row: the extraction day after the last report."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts, places
# --------------------------------------------------------------------------------------
def _persons(src: Crew, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    r = rng.random()
    if r < 0.015:
        tags.append("count_placeholder")
        return choice(rng, src.count_unknown), None
    if src.number_words and 1 <= n <= 10 and r < 0.1:
        tags.append("count_word")
        return src.number_words[n - 1], n
    if n >= 1000 and src.thousands and r < 0.75:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}", n
    if src.format == "csv" or (src.format == "jsonl" and r > 0.9):
        return str(n), n
    return n, n


def _suspects(
    src: Crew, s: int, rng: _Rng, tags: list[str], forced: str | None
) -> tuple[object, int | None]:
    r = rng.random()
    if forced == "n_suspects" or r < 0.025:  # left blank: none, or not known?
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.045:
        tags.append("suspects_placeholder")
        return choice(rng, src.count_unknown), None
    if s == 0 and r < 0.5:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    return (str(s) if src.format == "csv" else s), s


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds with a hemisphere letter; and the value it reads as."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    sign = 1 if value >= 0 else -1
    return f"{deg}°{minutes:02d}'{seconds:02d}\"{pos if value >= 0 else neg}", sign * round(
        total / 3600, 6
    )


def _place(
    src: Crew, lat: float, lon: float, rng: _Rng, tags: list[str], forced: str | None
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells of the source; and the point they read as (None if none)."""
    r = rng.random()
    if forced == "coordinates":
        tags.append("blank_coordinates")
        return {}, None, None
    if r < 0.045:
        tags.append("coords_missing")
        return {}, None, None
    if src.source == "easyjet_cabin_crew":
        if r < 0.06:  # the phone had no fix: the app writes the null point
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("0.0, 0.0", "0, 0"))}, None, None
        dec = 4 if r < 0.4 else 5
        la, lo = round(lat, dec), round(lon, dec)
        return {"coordinates": f"{la:.{dec}f}, {lo:.{dec}f}"}, la, lo
    if src.source == "vueling_tcp":
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", "O")
        tags.append("coords_dms")
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    if src.source == "air_france_pnc":
        tags.append("decimal_comma")
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    return {"lat": la, "lon": lo}, la, lo


def _flight(src: Crew, rng: _Rng) -> str:
    if src.source == "easyjet_cabin_crew":
        return f"{choice(rng, ('EZY', 'U2 '))}{int(rng.integers(1000, 9000))}"
    return f"AM{int(rng.integers(10, 800)):04d}"


# --------------------------------------------------------------------------------------
# One event as one source writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Crew,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: ``(cells, expected values, tags)``."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _DATES[src.source](
        ts, rng, partial_ok
    )
    if tag:
        tags.append(tag)
    if "flight" in src.headers:
        cells["flight"] = _flight(src, rng)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, src.crime[crime], rng, tags, "crime_type")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _blank(choice(rng, src.not_applicable))
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.not_known)
        exp["exploitation"] = "unknown"
        tags.append("exploitation_not_known")
    else:
        cells["exploitation"] = _vocab(src, src.exploitation[str(expl)], rng, tags, "exploitation")
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _persons(src, n, rng, tags)
    s = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, s, rng, tags, forced_blank)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.025:
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"] = _vocab(src, src.gender[gender], rng, tags, "gender")
        exp["gender"] = gender

    for col, table in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if rng.random() < 0.02:
            tags.append("na_word")
            cells[col], exp[col] = choice(rng, src.na_word), "unknown"
        else:
            cells[col] = _vocab(src, table[value], rng, tags, col)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = str(ev[col])
        blank = forced_blank == col or (col == "nationality" and rng.random() < 0.02)
        if blank:
            tags.append(f"blank_{col}")
            cells[col], exp[col] = None, None
        else:
            cells[col] = _country(src, code, rng, tags, col)
            exp[col] = code

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        word = choice(rng, src.direct)
        if word:
            tags.append("direct_word")
        cells["transit_countries"] = _blank(word)
    else:
        names = [_country(src, c, rng, tags, "transit_countries") for c in str(transit).split("|")]
        if src.format == "jsonl":
            cells["transit_countries"] = names  # a JSON array
        else:
            cells["transit_countries"] = choice(rng, src.transit_seps).join(names)

    place, exp["lat"], exp["lon"] = _place(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank,
    )
    cells.update(place)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is None:
        cells["linked_offences"] = None
    else:
        parts = [
            _vocab(src, src.offences[o], rng, tags, "linked_offences")
            for o in str(offences).split("|")
        ]
        cells["linked_offences"] = choice(rng, src.offence_seps).join(parts)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: Who reports what: each airline its own countries, the compilation the rest.
EXAMINER: Examiner[Crew] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "easyjet_cabin_crew",
        "GRC": "easyjet_cabin_crew",
        "FRA": "air_france_pnc",
        "ITA": "air_france_pnc",
        "ESP": "vueling_tcp",
        "USA": "aeromexico_tierra",
        "PAN": "aeromexico_tierra",
    },
    compilation="airline_ambassadors",
    secondary={
        ("channel", "FRA"): "easyjet_cabin_crew",
        ("channel", "GBR"): "air_france_pnc",
        ("thb_vnm_gbr", "GBR"): "airline_ambassadors",
        ("emed", "GRC"): "airline_ambassadors",
        ("cmed", "ITA"): "airline_ambassadors",
        ("thb_nga_ita", "ITA"): "vueling_tcp",
        ("thb_rou_esp", "ITA"): "vueling_tcp",
        ("thb_rou_esp", "ESP"): "air_france_pnc",
        ("wmed", "ESP"): "air_france_pnc",
        ("watl", "ESP"): "airline_ambassadors",
        ("wbal", "HRV"): "easyjet_cabin_crew",
        ("blr_pol", "POL"): "easyjet_cabin_crew",
        ("darien", "PAN"): "airline_ambassadors",
        ("us_mex", "USA"): "airline_ambassadors",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=308,
    blank_share=0.3,
)


def make_blind308(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five airline programmes of ``blind308`` write them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``easyjet_cabin_crew_kx.csv``, ``air_france_pnc_kx.csv``, ``vueling_tcp_kx.csv``,
        ``aeromexico_tierra_kx.jsonl`` and ``airline_ambassadors_kx.xlsx``, each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind308(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['easyjet_cabin_crew_kx.csv', 'air_france_pnc_kx.csv', 'vueling_tcp_kx.csv',
     'aeromexico_tierra_kx.jsonl', 'airline_ambassadors_kx.xlsx']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date du vol', 'Pays du signalement']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
