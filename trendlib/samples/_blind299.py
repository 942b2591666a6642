"""Examiner variant ``blind299``: pawnbrokers' and bullion dealers' AML desks (``*_ko.*``).

Five reporting desks that never wrote to trendlib before, each writing the way its own
compliance tooling exports:

``credit_municipal_paris`` (``credit_municipal_paris_ko.csv``)
    Crédit Municipal de Paris, its LCB-FT compliance desk (the declarations it sends to
    TRACFIN on pledges linked to trafficking or smuggling cases). French, cp1252, ``;``,
    CRLF. French legal wording (``Aide à l'entrée/séjour irréguliers``, ``Proxénétisme
    aggravé``), day-first dates with a few month-only ones (``mars 2022``), country names
    with or without accents, upper case, ISO alpha-2 codes, and names pasted from a UTF-8
    tool (mojibake: ``AlgÃ©rie``). Counts such as ``1 250`` or ``deux``; ``aucun`` suspect.
``montepiedad_caixabank`` (``montepiedad_caixabank_ko.xlsx``)
    Monte de Piedad de CaixaBank, its anti-money-laundering unit. Spanish. Real Excel dates
    and a few typed ones, penal-code articles as crime type (``Art. 318 bis CP``), Spanish
    sex letters (``H`` = hombre, ``M`` = mujer), nationality as a demonym agreeing with the
    sex (``marroquí``, ``rumana``), boat words (``patera``, ``cayuco``, ``salto de valla``),
    coordinates as numbers or as text with a decimal comma.
``ht_pawnbrokers_mlro`` (``ht_pawnbrokers_mlro_ko.csv``)
    H&T Pawnbrokers' MLRO desk (suspicious activity reports). English, an Excel "Unicode
    text" export: UTF-16 with BOM, tab-delimited. UK wording (``Modern Slavery``,
    ``Organised Immigration Crime``, ``HGV``, ``Nil`` suspects, ``n/k``), ``17 May 2023``
    and ``17/05/2023`` dates, demonyms (``Eritrean``), routes written ``Germany > France``.
``ssnf_panama`` (``ssnf_panama_ko.csv``)
    Panama's Superintendencia de Sujetos No Financieros, its desk for pawnshops (casas de
    empeño). Spanish, UTF-8 with BOM, ``,``. ``NNA`` for minors, ``Trata de personas``,
    dates day-first or as Excel serial numbers, counts ``1,250``, coordinates as a
    ``lat, lon`` pair or in degrees, minutes and seconds.
``lbma_responsible_sourcing`` (``lbma_responsible_sourcing_ko.jsonl``)
    The London Bullion Market Association's responsible-sourcing incident register, the
    compilation: every event no primary desk reports. English snake_case codes, ISO
    alpha-3 nationality and origin, alpha-2 destination, UN M49 numeric detection country,
    transit countries and related offences as JSON arrays, ISO dates (some month or
    quarter only), and ``0.0, 0.0`` written when the place is not known.

Every cell is written so that a careful analyst reads one value from it; where the agency
writes a word meaning "not known", the truth expects nothing (or ``unknown``) and the row's
``messiness`` tags say so.
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND299_SOURCES", "KoSource", "make_blind299"]

_Rng = np.random.Generator
Words = Mapping[str, tuple[str, ...]]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_DAY_STYLES = frozenset(
    {"dmy", "dmy2", "dmy_dash", "iso", "iso_z", "long_en", "long_es", "excel", "serial"}
)
_MONTH_STYLES = frozenset({"month_fr", "month_es", "month_en", "month_iso"})
_QUARTER_STYLES = frozenset({"quarter_fr", "quarter_es", "quarter_en", "quarter_iso"})

#: Nationality demonyms, English.
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
#: Nationality demonyms, Spanish (masculine, feminine). Guinea is left out on purpose:
#: in Spain "guineano" is read as Equatorial Guinea as often as Guinea-Conakry.
_DEMONYM_ES: dict[str, tuple[str, str]] = {
    "AFG": ("afgano", "afgana"),
    "ALB": ("albanés", "albanesa"),
    "BGD": ("bangladesí", "bangladesí"),
    "CHN": ("chino", "china"),
    "CIV": ("marfileño", "marfileña"),
    "CMR": ("camerunés", "camerunesa"),
    "COL": ("colombiano", "colombiana"),
    "DZA": ("argelino", "argelina"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "EGY": ("egipcio", "egipcia"),
    "ERI": ("eritreo", "eritrea"),
    "GMB": ("gambiano", "gambiana"),
    "GTM": ("guatemalteco", "guatemalteca"),
    "HND": ("hondureño", "hondureña"),
    "HTI": ("haitiano", "haitiana"),
    "IRN": ("iraní", "iraní"),
    "IRQ": ("iraquí", "iraquí"),
    "MAR": ("marroquí", "marroquí"),
    "MEX": ("mexicano", "mexicana"),
    "MLI": ("maliense", "maliense"),
    "NGA": ("nigeriano", "nigeriana"),
    "PAK": ("pakistaní", "pakistaní"),
    "ROU": ("rumano", "rumana"),
    "SEN": ("senegalés", "senegalesa"),
    "SYR": ("sirio", "siria"),
    "TUN": ("tunecino", "tunecina"),
    "TUR": ("turco", "turca"),
    "VEN": ("venezolano", "venezolana"),
    "VNM": ("vietnamita", "vietnamita"),
    "YEM": ("yemení", "yemení"),
}
#: Other names a desk uses for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "CIV": ("Ivory Coast",),
        "VNM": ("Vietnam",),
        "TUR": ("Turkey",),
        "RUS": ("Russian Federation",),
        "MKD": ("Macedonia",),
        "BIH": ("Bosnia",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "GIN": ("Guinée-Conakry",),
        "BIH": ("Bosnie",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "GIN": ("Guinea Conakry",),
        "VNM": ("Viet Nam",),
        "BIH": ("Bosnia",),
        "MKD": ("Macedonia",),
    },
}
_FR_THOUSANDS = (" ", "\u00a0")  # a space, or the no-break space French Excel writes
_WORD_COUNTS = {
    "fr": ("un", "deux", "trois", "quatre", "cinq"),
    "en": ("one", "two", "three", "four", "five"),
}


@dataclass(frozen=True)
class KoSource(ExaminerSource):
    """A desk of the ``blind299`` set: the shared fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : mapping
        Canonical word -> the desk's words for it (first = the usual one). The
        exploitation table may hold ``"unknown"`` (a word meaning "not stated") and
        ``"none"`` (what it writes for a pure smuggling case; ``""`` = a blank cell).
    unknown : tuple of str
        Words the desk writes for a value it does not know (sex, age, transport,
        nationality).
    dates : mapping
        Date style -> weight (styles of :func:`_date_cell`).
    countries : mapping
        Country style -> weight (``name``, ``upper``, ``noaccent``, ``iso2``, ``iso3``,
        ``alias``, ``typo``, ``mojibake``).
    demonym : float
        Share of nationality cells written as a demonym.
    transit_sep, offence_sep : tuple of str
        Separators of the desk's lists.
    count_placeholder, suspects_placeholder, zero_words : tuple of str
        Words for "count not known" and for "no suspect".
    coords : str
        ``"none"``, ``"xlsx"`` (numbers, some text with a decimal comma), ``"pair"``
        (``lat, lon`` or degrees-minutes-seconds) or ``"api"`` (JSON numbers).
    """

    crime: Words
    exploitation: Words
    gender: Words
    age: Words
    transport: Words
    offences: Words
    unknown: tuple[str, ...]
    dates: Mapping[str, float]
    countries: Mapping[str, float]
    demonym: float
    transit_sep: tuple[str, ...]
    offence_sep: tuple[str, ...]
    count_placeholder: tuple[str, ...]
    suspects_placeholder: tuple[str, ...]
    zero_words: tuple[str, ...]
    coords: str


_PARIS = KoSource(
    source="credit_municipal_paris",
    filename="credit_municipal_paris_ko.csv",
    ref="LCB-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° déclaration",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction registre LCB-FT — données provisoires, non consolidées",
    total="TOTAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=False,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": (
            "Aide à l'entrée/séjour irréguliers",
            "Trafic de migrants",
            "Aide à l'entrée irrégulière",
        ),
        "both": ("TEH + aide au séjour irrégulier", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle", "Proxénétisme aggravé"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre forme",),
        "unknown": ("Non précisée", "NC"),
        "none": ("", "", "Sans objet"),
    },
    gender={
        "female": ("Femme", "F", "Femmes"),
        "male": ("Homme", "H", "Hommes"),
        "mixed": ("Mixte", "H/F"),
    },
    age={
        "child": ("Mineur", "Mineurs", "MNA"),
        "adult": ("Majeur", "Majeurs"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    transport={
        "sea": ("Maritime", "Small boat", "Embarcation"),
        "land": ("Terrestre", "Poids lourd", "Véhicule léger"),
        "air": ("Aérien", "Avion"),
    },
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment", "Blanchiment aggravé"),
        "illicit_goods": ("Stupéfiants", "Contrebande"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Financement du terrorisme",),
    },
    unknown=("NC", "Non renseigné", "inconnu"),
    dates={"dmy": 0.82, "dmy2": 0.08, "month_fr": 0.07, "quarter_fr": 0.03},
    countries={
        "name": 0.7,
        "upper": 0.08,
        "noaccent": 0.06,
        "iso2": 0.05,
        "mojibake": 0.07,
        "typo": 0.04,
    },
    demonym=0.0,
    transit_sep=(", ", " / "),
    offence_sep=(" + ", ", "),
    count_placeholder=("NC", "inconnu", "non communiqué"),
    suspects_placeholder=("NC", "inconnu"),
    zero_words=("aucun", "néant"),
    coords="none",
)

_CAIXA = KoSource(
    source="montepiedad_caixabank",
    filename="montepiedad_caixabank_ko.xlsx",
    ref="MP{year}{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº comunicación",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología",
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
    note="Datos provisionales - pendiente de validación por el Órgano de Control Interno",
    total="TOTAL",
    bad_count=("varios", "numerosos", "decenas"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Art. 177 bis CP"),
        "smuggling": (
            "Favorecimiento de la inmigración ilegal",
            "Tráfico ilícito de migrantes",
            "Art. 318 bis CP",
        ),
        "both": ("Trata y tráfico de migrantes", "TSH + art. 318 bis"),
    },
    exploitation={
        "sexual": ("Explotación sexual", "Prostitución coactiva"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
        "unknown": ("Sin especificar",),
        "none": ("", "No procede"),
    },
    gender={
        "female": ("Mujer", "M", "Mujeres"),
        "male": ("Hombre", "H", "Hombres"),
        "mixed": ("Ambos", "H/M", "Mixto"),
    },
    age={
        "child": ("Menor", "Menores", "MENA"),
        "adult": ("Adulto", "Mayor de edad", "Adultos"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    transport={
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Vehículo", "Autocar"),
        "air": ("Aéreo", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública", "Contrabando"),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Financiación del terrorismo",),
    },
    unknown=("Sin dato", "Desconocido", "s/d"),
    dates={
        "excel": 0.72,
        "dmy": 0.12,
        "long_es": 0.06,
        "month_es": 0.07,
        "quarter_es": 0.03,
    },
    countries={
        "name": 0.76,
        "upper": 0.06,
        "noaccent": 0.06,
        "iso3": 0.05,
        "alias": 0.04,
        "typo": 0.03,
    },
    demonym=0.6,
    transit_sep=(" - ", "; "),
    offence_sep=("; ", " y "),
    count_placeholder=("s/d", "desconocido"),
    suspects_placeholder=("sin determinar", "s/d"),
    zero_words=("ninguno", "sin investigados"),
    coords="xlsx",
)

_HT = KoSource(
    source="ht_pawnbrokers_mlro",
    filename="ht_pawnbrokers_mlro_ko.csv",
    ref="HT/SAR/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "SAR Ref",
        "event_date": "Date of Incident",
        "crime_type": "Offence Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Victims/Migrants",
        "n_suspects": "No. Suspects",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Encountered",
        "transit_countries": "Route (transit)",
        "transport_mode": "Method of Travel",
        "linked_offences": "Associated Offences",
    },
    note="Data correct as at extraction - subject to change",
    total="Total",
    bad_count=("several", "multiple", "a number"),
    repeats=True,
    crime={
        "trafficking": ("Modern Slavery", "MSHT", "Human Trafficking"),
        "smuggling": ("Organised Immigration Crime", "OIC", "People Smuggling"),
        "both": ("MSHT / OIC", "Modern Slavery & OIC"),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Domestic servitude"),
        "forced_criminality": ("Criminal", "Criminal exploitation", "Cannabis cultivation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "unknown": ("Not known",),
        "none": ("", "N/A"),
    },
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Minor", "Under 18", "U18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    transport={
        "sea": ("Small boat", "RHIB", "Sea"),
        "land": ("HGV", "Lorry", "Car", "Land"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering", "ML"),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber-enabled crime",),
        "terrorism": ("Terrorist financing",),
    },
    unknown=("Not recorded", "n/k", "Unknown"),
    dates={"long_en": 0.5, "dmy": 0.4, "month_en": 0.07, "quarter_en": 0.03},
    countries={
        "name": 0.78,
        "alias": 0.08,
        "iso3": 0.04,
        "iso2": 0.03,
        "upper": 0.04,
        "typo": 0.03,
    },
    demonym=0.65,
    transit_sep=(" > ",),
    offence_sep=("; ",),
    count_placeholder=("n/k", "TBC"),
    suspects_placeholder=("n/k", "TBC"),
    zero_words=("Nil",),
    coords="none",
)

_SSNF = KoSource(
    source="ssnf_panama",
    filename="ssnf_panama_ko.csv",
    ref="SSNF-CE-{seq:05d}-{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código de reporte",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos relacionados",
    },
    note="Nota: información preliminar remitida por las casas de empeño supervisadas",
    total="TOTAL GENERAL",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual comercial", "Explotación sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otro",),
        "unknown": ("No especificado",),
        "none": ("", "N/A"),
    },
    gender={
        "female": ("Femenino", "Fem."),
        "male": ("Masculino", "Masc."),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Adultos"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Caminando (selva)"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Financiamiento del terrorismo",),
    },
    unknown=("S/D", "No indica", "Desconocido"),
    dates={"dmy": 0.68, "serial": 0.15, "dmy_dash": 0.1, "month_es": 0.07},
    countries={"name": 0.78, "upper": 0.08, "noaccent": 0.06, "iso3": 0.04, "typo": 0.04},
    demonym=0.4,
    transit_sep=(" - ", ", "),
    offence_sep=(", ",),
    count_placeholder=("S/D", "por determinar"),
    suspects_placeholder=("S/D", "por determinar"),
    zero_words=("ninguno",),
    coords="pair",
)

_LBMA = KoSource(
    source="lbma_responsible_sourcing",
    filename="lbma_responsible_sourcing_ko.jsonl",
    ref="RSI-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality_iso3",
        "origin_country": "origin_iso3",
        "destination_country": "destination_iso2",
        "detection_country": "country_m49",
        "transit_countries": "transit_iso3",
        "transport_mode": "mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("many", "multiple"),
    repeats=False,
    crime={
        "trafficking": ("human_trafficking",),
        "smuggling": ("migrant_smuggling",),
        "both": ("trafficking_and_smuggling",),
    },
    exploitation={
        "sexual": ("sexual_exploitation",),
        "forced_labour": ("forced_labour",),
        "forced_criminality": ("forced_criminality",),
        "organ_removal": ("organ_removal",),
        "forced_marriage": ("forced_marriage",),
        "other": ("other",),
        "unknown": ("unspecified",),
        "none": ("",),
    },
    gender={"female": ("F",), "male": ("M",), "mixed": ("MIXED",)},
    age={"child": ("MINOR",), "adult": ("ADULT",), "mixed": ("MIXED",)},
    transport={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    offences={
        "document_fraud": ("document_fraud",),
        "corruption": ("bribery",),
        "money_laundering": ("money_laundering",),
        "illicit_goods": ("narcotics",),
        "cybercrime": ("cyber",),
        "terrorism": ("terrorist_financing",),
    },
    unknown=("UNKNOWN",),
    dates={"iso": 0.8, "iso_z": 0.08, "month_iso": 0.08, "quarter_iso": 0.04},
    countries={"iso3": 1.0},
    demonym=0.0,
    transit_sep=("",),
    offence_sep=("",),
    count_placeholder=("unknown",),
    suspects_placeholder=(),
    zero_words=(),
    coords="api",
)

#: The five desks, in the order their submissions are returned.
BLIND299_SOURCES: tuple[KoSource, ...] = (_PARIS, _CAIXA, _HT, _SSNF, _LBMA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    """Return ``text`` without its accents (``Algérie`` -> ``Algerie``)."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("’", "'")


def _typo(text: str) -> str | None:
    """Drop the letter in the middle of a long name (``Pakistan`` -> ``Pakitan``)."""
    if len(text) < 6:
        return None
    i = len(text) // 2
    if not text[i].isalpha() or text[i - 1] == text[i]:
        return None
    return text[:i] + text[i + 1 :]


def _fit(text: str, src: KoSource) -> str:
    """Return ``text``, or its accent-free form if the file's encoding cannot hold it."""
    return text if fits(text, src) else _strip_accents(text)


def _country(iso: str, src: KoSource, style: str) -> tuple[str, str]:
    """Write one ISO alpha-3 code in the desk's ``style``; return (cell, style used)."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[src.language]])
    out: str | None
    if style == "upper":
        out = name.upper()
    elif style == "noaccent":
        out = _strip_accents(name)
    elif style == "iso2":
        out = str(row[0])
    elif style == "iso3":
        out = iso
    elif style == "alias":
        aliases = _ALIASES[src.language].get(iso, ())
        out = aliases[0] if aliases else None
    elif style == "typo":
        out = _typo(name)
    elif style == "mojibake":
        out = mojibake(name)
    else:
        out = None
    if out is None or out == name or not fits(out, src):
        return _fit(name, src), "name"
    return out, style


def _date_cell(style: str, ts: pd.Timestamp) -> tuple[object, pd.Timestamp, str]:
    """Write a date in ``style``; return (cell, expected date, precision)."""
    m = ts.month - 1
    if style in _MONTH_STYLES:
        start = ts.to_period("M").start_time
        cells = {
            "month_fr": f"{_MONTHS_FR[m]} {ts.year}",
            "month_es": f"{_MONTHS_ES[m]} {ts.year}",
            "month_en": f"{MONTHS[m]} {ts.year}",
            "month_iso": ts.strftime("%Y-%m"),
        }
        return cells[style], start, "month"
    if style in _QUARTER_STYLES:
        start = ts.to_period("Q").start_time
        cells = {
            "quarter_fr": f"T{ts.quarter} {ts.year}",
            "quarter_es": f"{ts.quarter}T {ts.year}",
            "quarter_en": f"Q{ts.quarter} {ts.year}",
            "quarter_iso": f"{ts.year}-Q{ts.quarter}",
        }
        return cells[style], start, "quarter"
    cell: object
    if style == "excel":
        cell = ts.to_pydatetime()
    elif style == "serial":
        cell = str((ts.normalize() - _EXCEL_EPOCH).days)
    elif style == "long_en":
        cell = f"{ts.day} {MONTHS[m]} {ts.year}"
    elif style == "long_es":
        cell = f"{ts.day} de {_MONTHS_ES[m]} de {ts.year}"
    elif style == "dmy2":
        cell = ts.strftime("%d/%m/%y")
    elif style == "dmy_dash":
        cell = ts.strftime("%d-%m-%Y")
    elif style == "iso":
        cell = ts.strftime("%Y-%m-%d")
    elif style == "iso_z":
        cell = ts.strftime("%Y-%m-%dT00:00:00Z")
    else:  # "dmy"
        cell = ts.strftime("%d/%m/%Y")
    return cell, ts.normalize(), "day"


def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    """Draw a key of ``weights`` with its weight."""
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Pick the usual word two times in three, another variant otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return words[1 + int(rng.integers(len(words) - 1))]


def _noisy(text: str, src: KoSource, rng: _Rng, tags: list[str], col: str) -> str:
    """Change the case or spacing of a few typed cells (CSV desks only)."""
    if src.format != "csv" or not text or rng.random() >= 0.04:
        return text
    kind = int(rng.integers(3))
    tags.append(f"case:{col}")
    return text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "


def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds (``8°30'04.4"N``)."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round(((a - deg) * 60 - minutes) * 60, 1)
    if sec >= 60:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}"


def _count(src: KoSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    r = rng.random()
    if r < 0.02:
        tags.append("count_placeholder")
        return choice(rng, src.count_placeholder), None
    if src.language in _WORD_COUNTS and src.format == "csv" and n <= 5 and r < 0.06:
        tags.append("count_word")
        return _WORD_COUNTS[src.language][n - 1], n
    if n >= 1000:
        hi, lo = divmod(n, 1000)
        if src.source == "credit_municipal_paris":
            tags.append("thousands:n_persons")
            return f"{hi}{choice(rng, _FR_THOUSANDS)}{lo:03d}", n
        if src.source in ("ht_pawnbrokers_mlro", "ssnf_panama") and rng.random() < 0.75:
            tags.append("thousands:n_persons")
            return f"{hi},{lo:03d}", n
        if src.format == "xlsx" and rng.random() < 0.5:
            tags.append("thousands:n_persons")
            return f"{hi}.{lo:03d}", n
    if src.format == "csv":
        return str(n), n
    if src.format == "xlsx" and rng.random() < 0.04:
        tags.append("count_as_text")
        return str(n), n
    return n, n


def _suspects(
    src: KoSource, n: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Write the count of suspects; return (cell, expected count)."""
    if blank:  # tagged by the caller
        return None, None
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        if not src.suspects_placeholder:
            return None, None
        return choice(rng, src.suspects_placeholder), None
    if n == 0 and src.zero_words and r < 0.5:
        tags.append("zero_word")
        return choice(rng, src.zero_words), 0
    return (str(n) if src.format == "csv" else n), n


# --------------------------------------------------------------------------------------
# One event as a desk writes it
# --------------------------------------------------------------------------------------
def _render(
    src: KoSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    ts = ev["event_date"]
    assert isinstance(ts, pd.Timestamp)  # build_source passes a Timestamp
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    api = src.format == "jsonl"
    if forced_blank:
        tags.append(f"blank_{forced_blank}")

    # Date
    styles = dict(src.dates)
    if not partial_ok:
        styles = {k: v for k, v in styles.items() if k in _DAY_STYLES}
    style = _draw(rng, styles)
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(style, ts)
    if style not in _DAY_STYLES:
        tags.append("partial_date")
    elif style in ("excel", "serial", "long_en", "long_es", "dmy2", "iso_z"):
        tags.append(f"date:{style}")

    # Crime type and form of exploitation
    crime = str(ev["crime_type"])
    exp["crime_type"] = crime
    cells["crime_type"] = _noisy(_fit(_word(rng, src.crime[crime]), src), src, rng, tags, "crime")
    expl = ev["exploitation"]
    if expl is None:
        word = choice(rng, src.exploitation["none"])
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.exploitation["unknown"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        text = _fit(_word(rng, src.exploitation[str(expl)]), src)
        cells["exploitation"] = _noisy(text, src, rng, tags, "exploitation")
        exp["exploitation"] = str(expl)

    # Counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(src, n, rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        blank=forced_blank == "n_suspects",
    )

    # Sex, age group, transport
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("blank_gender")
    else:
        words = src.gender[gender]
        plural = n > 1 and len(words) > 2 and gender != "mixed"
        text = words[2] if plural and rng.random() < 0.4 else _word(rng, words[:2])
        cells["gender"], exp["gender"] = _noisy(_fit(text, src), src, rng, tags, "gender"), gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word")
    else:
        text = _fit(_word(rng, src.age[age]), src)
        cells["age_group"], exp["age_group"] = _noisy(text, src, rng, tags, "age"), age
    mode = str(ev["transport_mode"])
    hotspot = str(ev.get("hotspot") or "")
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
        tags.append("na_word")
    else:
        text = _word(rng, src.transport[mode])
        if src.source == "montepiedad_caixabank" and rng.random() < 0.6:
            # the Spanish desk names the boat or the way in, as the police report does
            if mode == "land" and hotspot in ("Ceuta", "Melilla"):
                text = "Salto de valla"
            elif mode == "sea" and ev["corridor"] == "watl":
                text = "Cayuco"
            elif mode == "sea" and ev["corridor"] == "wmed":
                text = "Patera"
        cells["transport_mode"] = _noisy(_fit(text, src), src, rng, tags, "transport")
        exp["transport_mode"] = mode

    # Countries
    _countries(src, ev, rng, cells, exp, tags, forced_blank, gender)

    # Place
    _place(src, ev, rng, cells, exp, tags, blank=forced_blank == "coordinates")

    # Linked offences
    off = ev["linked_offences"]
    exp["linked_offences"] = off
    names = str(off).split("|") if off is not None else []
    if api:
        cells["linked_offences"] = [src.offences[o][0] for o in names]
    else:
        said = [_fit(_word(rng, src.offences[o]), src) for o in names]
        cells["linked_offences"] = choice(rng, src.offence_sep).join(said) if said else None
    return cells, exp, tags


def _countries(
    src: KoSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
    forced_blank: str | None,
    gender: str,
) -> None:
    """Write nationality, origin, destination, detection and transit countries."""
    api = src.format == "jsonl"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
    elif not api and rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("blank_nationality")
    else:
        exp["nationality"] = nat
        if api:
            cells["nationality"] = nat
        elif src.language == "en" and nat in _DEMONYM_EN and rng.random() < src.demonym:
            cells["nationality"] = _DEMONYM_EN[nat]
            tags.append("demonym:nationality")
        elif src.language == "es" and nat in _DEMONYM_ES and rng.random() < src.demonym:
            cells["nationality"] = _DEMONYM_ES[nat][1 if gender == "female" else 0]
            tags.append("demonym:nationality")
        else:
            text, used = _country(nat, src, _draw(rng, src.countries))
            if used != "name":
                tags.append(f"{used}:nationality")
            cells["nationality"] = _noisy(text, src, rng, tags, "nationality")

    for col in ("origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        exp[col] = iso
        if col == "detection_country" and forced_blank == "detection_country":
            cells[col], exp[col] = None, None
            continue
        if iso is None:
            cells[col] = None
        elif api:
            a2, num = iso_codes(str(iso))
            code = {"origin_country": str(iso), "destination_country": a2}
            cells[col] = code.get(col, num)
        else:
            text, used = _country(str(iso), src, _draw(rng, src.countries))
            if used != "name":
                tags.append(f"{used}:{col}")
            cells[col] = _noisy(text, src, rng, tags, col)

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    codes = str(transit).split("|") if transit is not None else []
    if api:
        cells["transit_countries"] = codes
    elif not codes:
        cells["transit_countries"] = None
    else:
        style = _draw(rng, src.countries)  # one list, one way of writing it
        parts = [_country(c, src, style) for c in codes]
        if any(used != "name" for _, used in parts):
            tags.append(f"{style}:transit_countries")
        cells["transit_countries"] = choice(rng, src.transit_sep).join(p for p, _ in parts)


def _place(
    src: KoSource,
    ev: dict[str, object],
    rng: _Rng,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
    *,
    blank: bool,
) -> None:
    """Write the place of detection in the desk's way (or nothing)."""
    lat = float(ev["lat"])  # type: ignore[arg-type]
    lon = float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"], exp["lon"] = lat, lon
    if src.coords == "none" or blank:
        exp["lat"] = exp["lon"] = None
        if src.coords == "none":
            tags.append("coords_missing")
        if src.coords == "pair":
            cells["coordinates"] = None
        elif src.coords != "none":
            cells["lat"] = cells["lon"] = None
        return
    r = rng.random()
    if src.coords == "api":
        if r < 0.025:
            cells["lat"], cells["lon"] = 0.0, 0.0  # the register's default for "not known"
            exp["lat"] = exp["lon"] = None
            tags.append("coords_placeholder")
        elif r < 0.055:
            cells["lat"] = cells["lon"] = None
            exp["lat"] = exp["lon"] = None
            tags.append("coords_missing")
        else:
            cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
    elif src.coords == "xlsx":
        if r < 0.04:
            cells["lat"] = cells["lon"] = None
            exp["lat"] = exp["lon"] = None
            tags.append("coords_missing")
        elif r < 0.2:
            cells["lat"] = f"{lat:.5f}".replace(".", ",")
            cells["lon"] = f"{lon:.5f}".replace(".", ",")
            tags.append("decimal_comma")
        else:
            cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
    else:  # "pair"
        if r < 0.04:
            cells["coordinates"] = None
            exp["lat"] = exp["lon"] = None
            tags.append("coords_missing")
        elif r < 0.22:
            cells["coordinates"] = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            tags.append("coords_dms")
        else:
            cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"


# --------------------------------------------------------------------------------------
# Bad dates and notes
# --------------------------------------------------------------------------------------
def _future_year(year: int) -> int:
    """Mistype a year into the future (``2023`` -> ``2032``, ``2021`` -> ``2121``)."""
    text = str(year)
    swapped = int(text[:2] + text[3] + text[2])
    return swapped if swapped > 2026 else year + 100


def _bad_date(src: KoSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        day = ts.replace(year=_future_year(ts.year), day=min(ts.day, 28))
        cell, _, _ = _date_cell(
            {"xlsx": "excel", "jsonl": "iso"}.get(src.format, _main_style(src)), day
        )
        return cell
    options = {
        "credit_municipal_paris": (
            f"31/02/{ts.year}",
            f"00/{ts.month:02d}/{ts.year}",
            "jj/mm/aaaa",
        ),
        "montepiedad_caixabank": (f"30/02/{ts.year}", f"32/{ts.month:02d}/{ts.year}"),
        "ht_pawnbrokers_mlro": (f"31 Feb {ts.year}", f"31/02/{ts.year}", "dd/mm/yyyy"),
        "ssnf_panama": (f"31/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}"),
        "lbma_responsible_sourcing": (f"{ts.year}-02-30", f"{ts.year}-13-{ts.day:02d}"),
    }
    return choice(rng, options[src.source])


def _main_style(src: KoSource) -> str:
    """Return the desk's usual date style."""
    return max(src.dates, key=lambda k: src.dates[k])


def _note_date(src: KoSource, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row: the day of the extraction."""
    day = last + pd.Timedelta(days=3)
    cell, _, _ = _date_cell(_main_style(src), day)
    return cell


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_PRIMARY = {
    "FRA": "credit_municipal_paris",
    "ESP": "montepiedad_caixabank",
    "GBR": "ht_pawnbrokers_mlro",
    "PAN": "ssnf_panama",
}
_SECONDARY = {
    # a crossing's fee or pledged jewellery seen on the other side of the Channel
    ("channel", "FRA"): "ht_pawnbrokers_mlro",
    ("channel", "GBR"): "credit_municipal_paris",
    # Vietnamese networks moving workers through Paris to the UK
    ("thb_vnm_gbr", "GBR"): "credit_municipal_paris",
    # migrants heading for France after landing in Spain
    ("wmed", "ESP"): "credit_municipal_paris",
    # Nigerian networks' money through Paris
    ("thb_nga_ita", "ITA"): "credit_municipal_paris",
    # Romanian networks pledging gold in Spain for victims held in Italy
    ("thb_rou_esp", "ITA"): "montepiedad_caixabank",
}

BLIND299 = Examiner(
    sources=BLIND299_SOURCES,
    primary=_PRIMARY,
    compilation="lbma_responsible_sourcing",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=29_901,
    blank_share=0.3,
)


def make_blind299(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind299`` submissions (files ``*_ko.*``).

    The desks of pawnbrokers and bullion dealers: Crédit Municipal de Paris (French CSV,
    cp1252, ``;``), Monte de Piedad de CaixaBank (Spanish XLSX), H&T Pawnbrokers' MLRO
    (English, UTF-16 tab-delimited CSV), Panama's Superintendencia de Sujetos No
    Financieros (Spanish CSV, UTF-8 with BOM, ``,``) and the LBMA responsible-sourcing
    register (English JSON lines, the compilation of every other event).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`BLIND299_SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind299(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['credit_municipal_paris_ko.csv', 'montepiedad_caixabank_ko.xlsx',
     'ht_pawnbrokers_mlro_ko.csv', 'ssnf_panama_ko.csv',
     'lbma_responsible_sourcing_ko.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° déclaration', 'Date des faits', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND299, truth, seed=seed)
