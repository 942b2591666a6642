"""Fifteenth examiner's held-out sample set (``blind15``, files ``*_q.*``).

Written by an examiner from their own knowledge of how these agencies write, without
looking at the cleaner's tables; the shared row-building machinery is
:mod:`trendlib.samples._examiner`. Five sources:

``pdi_chile_q.csv`` / Policía de Investigaciones de Chile (Jefatura Nacional de Migraciones
    y Policía Internacional, regional liaison desk): Spanish, latin-1, ``;`` delimiter,
    dates ``dd-mm-aaaa`` (some ``dd/mm/aaaa`` or ``17 de mayo de 2023``; partial dates
    ``mayo 2023`` or ``2° trimestre 2023``), offences with their Chilean Penal Code
    article (``art. 411 bis``, ``art. 411 quáter``), nationalities as demonyms
    (``venezolano``), Spanish country names, counts with ``.`` thousands, coordinates in
    two columns with a decimal comma or as degrees-minutes-seconds (``77°39'15" O``),
    ``s/i`` placeholders, ``ninguno`` for no suspect; reports Panama and the United States;
    re-sends some rows.
``psp_portugal_q.xlsx`` / Polícia de Segurança Pública (Portugal), English export:
    XLSX, real Excel dates with a few text dates (``17/05/2023``, ``May 2023``,
    ``Q2 2023``), offences with Portuguese legal references (``art. 160.º PC``,
    ``art. 183.º Law 23/2007``), English country names (``Viet Nam``), some ISO alpha-2
    codes, numeric counts and coordinates (a few with a decimal comma as text), ``tbc``
    placeholders; reports Spain and the Italian leg of two trafficking flows.
``sahil_guvenlik_q.csv`` / Turkish Coast Guard Command (Sahil Güvenlik Komutanlığı),
    English incident list: UTF-8 with BOM, ``,`` delimiter, dates ``dd.mm.yyyy``
    (``May 2023``, ``2023/Q2``), "irregular migrants" and "organizers", demonyms
    (``Afghan``), ``Türkiye``, Turkish Penal Code articles 79/80, positions in degrees
    and decimal minutes (``37°12.345'N 026°45.678'E``), ``nil`` for no organizer;
    reports Greece and some Central Mediterranean departures.
``osce_modele_q.csv`` / OSCE-style national reporting template, French version: cp1252,
    tab delimiter, dates ``jj/mm/aaaa`` or ``17 mai 2023`` (``mai 2023``,
    ``2e trimestre 2023``), French legal references (``art. 225-4-1 C. pén.``,
    ``art. L823-1 CESEDA``), French demonyms (``nigérien`` vs ``nigérian``), counts with
    a non-breaking-space thousands separator, coordinates ``50,95130 / 1,85870``,
    ``néant``/``aucun``; reports France and the United Kingdom; re-sends some rows.
``coe_greta_q.jsonl`` / Council of Europe GRETA-style country table, French keys: JSON
    lines, UTF-8, ISO dates (``2023-05``, ``T2 2023``), ISO alpha-3 codes with some French
    names (and mojibake), ``TEH`` abbreviations, transit routes ``TUR > BGR > SRB``;
    compiles every other detection country (Italy, Poland, Croatia, ...).

Every source plants its own bad rows (no date, impossible or future date, negative or
unreadable count), a note row, a total row (and an empty row in a CSV file), and
count placeholders that keep the event with no count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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

__all__ = ["BLIND15_SOURCES", "Blind15Source", "make_blind15"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind15Source(ExaminerSource):
    """A ``blind15`` source: the shared fields plus the key of its own wording.

    Attributes
    ----------
    key : str
        Which wording tables and cell styles the source uses (``"pdi"``, ``"psp"``,
        ``"tcg"``, ``"osce"``, ``"greta"``).
    """

    key: str = ""


# --------------------------------------------------------------------------------------
# Country names
# --------------------------------------------------------------------------------------
_ES_NAMES = {
    "AFG": "Afganistán", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladés",
    "BGR": "Bulgaria", "BIH": "Bosnia y Herzegovina", "BLR": "Bielorrusia", "CHN": "China",
    "CIV": "Costa de Marfil", "CMR": "Camerún", "COL": "Colombia", "DEU": "Alemania",
    "DZA": "Argelia", "ECU": "Ecuador", "EGY": "Egipto", "ERI": "Eritrea", "ESP": "España",
    "FRA": "Francia", "GBR": "Reino Unido", "GIN": "Guinea", "GMB": "Gambia",
    "GRC": "Grecia", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croacia",
    "HTI": "Haití", "HUN": "Hungría", "IRN": "Irán", "IRQ": "Irak", "ITA": "Italia",
    "LBY": "Libia", "MAR": "Marruecos", "MEX": "México", "MKD": "Macedonia del Norte",
    "MLI": "Malí", "MRT": "Mauritania", "NER": "Níger", "NGA": "Nigeria",
    "PAK": "Pakistán", "PAN": "Panamá", "POL": "Polonia", "ROU": "Rumania", "RUS": "Rusia",
    "SEN": "Senegal", "SRB": "Serbia", "SYR": "Siria", "TUN": "Túnez", "TUR": "Turquía",
    "USA": "Estados Unidos", "VEN": "Venezuela", "VNM": "Vietnam", "YEM": "Yemen",
}  # fmt: skip
_ES_DEMONYMS = {
    "AFG": "afgano", "CHN": "chino", "COL": "colombiano", "ECU": "ecuatoriano",
    "GTM": "guatemalteco", "HND": "hondureño", "HTI": "haitiano", "MEX": "mexicano",
    "VEN": "venezolano", "PAN": "panameño", "USA": "estadounidense",
}  # fmt: skip
_FR_NAMES = {
    "AFG": "Afghanistan", "ALB": "Albanie", "AUT": "Autriche", "BGD": "Bangladesh",
    "BGR": "Bulgarie", "BIH": "Bosnie-Herzégovine", "BLR": "Biélorussie", "CHN": "Chine",
    "CIV": "Côte d'Ivoire", "CMR": "Cameroun", "COL": "Colombie", "DEU": "Allemagne",
    "DZA": "Algérie", "ECU": "Équateur", "EGY": "Égypte", "ERI": "Érythrée",
    "ESP": "Espagne", "FRA": "France", "GBR": "Royaume-Uni", "GIN": "Guinée",
    "GMB": "Gambie", "GRC": "Grèce", "GTM": "Guatemala", "HND": "Honduras",
    "HRV": "Croatie", "HTI": "Haïti", "HUN": "Hongrie", "IRN": "Iran", "IRQ": "Irak",
    "ITA": "Italie", "LBY": "Libye", "MAR": "Maroc", "MEX": "Mexique",
    "MKD": "Macédoine du Nord", "MLI": "Mali", "MRT": "Mauritanie", "NER": "Niger",
    "NGA": "Nigeria", "PAK": "Pakistan", "PAN": "Panama", "POL": "Pologne",
    "ROU": "Roumanie", "RUS": "Russie", "SEN": "Sénégal", "SRB": "Serbie", "SYR": "Syrie",
    "TUN": "Tunisie", "TUR": "Turquie", "USA": "États-Unis", "VEN": "Venezuela",
    "VNM": "Viêt Nam", "YEM": "Yémen",
}  # fmt: skip
_FR_DEMONYMS = {
    "AFG": "afghan", "ALB": "albanais", "BGD": "bangladais", "CIV": "ivoirien",
    "EGY": "égyptien", "ERI": "érythréen", "GIN": "guinéen", "IRN": "iranien",
    "IRQ": "irakien", "NER": "nigérien", "NGA": "nigérian", "PAK": "pakistanais",
    "ROU": "roumain", "SYR": "syrien", "TUN": "tunisien", "VNM": "vietnamien",
    "YEM": "yéménite", "TUR": "turc", "MAR": "marocain", "SEN": "sénégalais",
}  # fmt: skip
_EN_NAMES = {
    "AFG": "Afghanistan", "ALB": "Albania", "AUT": "Austria", "BGD": "Bangladesh",
    "BGR": "Bulgaria", "BIH": "Bosnia and Herzegovina", "BLR": "Belarus", "CHN": "China",
    "CIV": "Côte d'Ivoire", "CMR": "Cameroon", "COL": "Colombia", "DEU": "Germany",
    "DZA": "Algeria", "ECU": "Ecuador", "EGY": "Egypt", "ERI": "Eritrea", "ESP": "Spain",
    "FRA": "France", "GBR": "United Kingdom", "GIN": "Guinea", "GMB": "The Gambia",
    "GRC": "Greece", "GTM": "Guatemala", "HND": "Honduras", "HRV": "Croatia",
    "HTI": "Haiti", "HUN": "Hungary", "IRN": "Iran", "IRQ": "Iraq", "ITA": "Italy",
    "LBY": "Libya", "MAR": "Morocco", "MEX": "Mexico", "MKD": "North Macedonia",
    "MLI": "Mali", "MRT": "Mauritania", "NER": "Niger", "NGA": "Nigeria",
    "PAK": "Pakistan", "PAN": "Panama", "POL": "Poland", "ROU": "Romania",
    "RUS": "Russia", "SEN": "Senegal", "SRB": "Serbia", "SYR": "Syria", "TUN": "Tunisia",
    "TUR": "Turkey", "USA": "United States", "VEN": "Venezuela", "VNM": "Vietnam",
    "YEM": "Yemen",
}  # fmt: skip
_EN_DEMONYMS = {
    "AFG": "Afghan", "CMR": "Cameroonian", "IRQ": "Iraqi", "PAK": "Pakistani",
    "SYR": "Syrian", "BGD": "Bangladeshi", "EGY": "Egyptian", "ERI": "Eritrean",
    "GIN": "Guinean", "NGA": "Nigerian", "TUN": "Tunisian", "CIV": "Ivorian",
    "ROU": "Romanian", "MAR": "Moroccan", "SEN": "Senegalese", "MLI": "Malian",
    "DZA": "Algerian", "GMB": "Gambian",
}  # fmt: skip
#: Per-source spellings that differ from the language's usual name.
_OWN_NAMES = {
    "psp": {"VNM": "Viet Nam", "CIV": "Ivory Coast", "GMB": "Gambia"},
    "tcg": {"TUR": "Türkiye", "SYR": "Syrian Arab Republic", "IRN": "Islamic Rep. of Iran"},
}
#: Realistic misspellings a clerk makes, by language.
_TYPOS = {
    "es": {"VEN": "Venezula", "AFG": "Afganistan", "COL": "Colonbia", "MEX": "Mejico"},
    "en": {"COL": "Columbia", "AFG": "Afganistan", "ERI": "Eritria", "MAR": "Marocco"},
    "fr": {"LBY": "Lybie", "ERI": "Erythrée", "AFG": "Afganistan", "SEN": "Senegal"},
}
_NAMES = {"es": _ES_NAMES, "fr": _FR_NAMES, "en": _EN_NAMES}
_DEMONYMS = {"es": _ES_DEMONYMS, "fr": _FR_DEMONYMS, "en": _EN_DEMONYMS}

# --------------------------------------------------------------------------------------
# Vocabulary words, by source
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_CRIME: dict[str, _Words] = {
    "pdi": {
        "trafficking": ("Trata de personas", "Trata de personas (art. 411 quáter CP)",
                        "TRATA DE PERSONAS"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes (art. 411 bis CP)",
                      "TRAFICO ILICITO DE MIGRANTES"),
        "both": ("Trata de personas y tráfico de migrantes", "Trata y tráfico (arts. 411 bis "
                 "y 411 quáter CP)"),
    },
    "psp": {
        "trafficking": ("Trafficking in human beings", "THB (art. 160.º PC)",
                        "Trafficking in persons"),
        "smuggling": ("Aiding illegal immigration (art. 183.º Law 23/2007)",
                      "Aiding illegal immigration", "Migrant smuggling"),
        "both": ("THB and aiding illegal immigration", "Trafficking + migrant smuggling"),
    },
    "tcg": {
        "trafficking": ("Human trafficking", "Human trafficking (TPC art. 80)"),
        "smuggling": ("Migrant smuggling", "Irregular migration / migrant smuggling",
                      "Smuggling of migrants (TPC art. 79)"),
        "both": ("Migrant smuggling and human trafficking", "Smuggling + trafficking (TPC 79/80)"),
    },
    "osce": {
        "trafficking": ("Traite des êtres humains", "Traite des êtres humains "
                        "(art. 225-4-1 C. pén.)", "TEH"),
        "smuggling": ("Trafic illicite de migrants", "Aide à l'entrée et au séjour irréguliers "
                      "(art. L823-1 CESEDA)", "Trafic de migrants"),
        "both": ("Traite et trafic de migrants", "TEH + aide à l'entrée irrégulière"),
    },
    "greta": {
        "trafficking": ("TEH", "traite des êtres humains"),
        "smuggling": ("trafic de migrants", "trafic illicite de migrants"),
        "both": ("TEH et trafic de migrants", "traite et trafic"),
    },
}  # fmt: skip
_EXPLOITATION: dict[str, _Words] = {
    "pdi": {
        "sexual": ("Explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
        "forced_criminality": ("Criminalidad forzada",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra forma de explotación",),
        "_na": ("No aplica", ""),
    },
    "psp": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
        "_na": ("-", ""),
    },
    "tcg": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labor",),
        "forced_criminality": ("Exploitation in criminal activities",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other forms",),
        "_na": ("N/A", ""),
    },
    "osce": {
        "sexual": ("Exploitation sexuelle", "Proxénétisme aggravé / exploitation sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre forme d'exploitation",),
        "_na": ("Sans objet", ""),
    },
    "greta": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("exploitation par le travail",),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autres formes",),
        "_na": ("",),
    },
}
_GENDER: dict[str, _Words] = {
    "pdi": {"female": ("Femenino", "Fem.", "Mujeres"), "male": ("Masculino", "Masc.", "Hombres"),
            "mixed": ("Ambos sexos", "Mixto", "H y M"), "_blank": ("", "No consta")},
    "psp": {"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Both sexes", "M/F"),
            "_blank": ("",)},
    "tcg": {"female": ("Women", "Female"), "male": ("Men", "Male"),
            "mixed": ("Men and women", "Mixed"), "_blank": ("",)},
    "osce": {"female": ("Femmes", "F", "Féminin"), "male": ("Hommes", "H", "Masculin"),
             "mixed": ("Mixte", "H/F"), "_blank": ("", "Non renseigné")},
    "greta": {"female": ("féminin",), "male": ("masculin",), "mixed": ("mixte",),
              "_blank": ("",)},
}  # fmt: skip
_AGE: dict[str, _Words] = {
    "pdi": {"adult": ("Adulto", "Adultos", "Mayor de edad"), "child": ("Menor de edad", "NNA"),
            "mixed": ("Adultos y menores", "Adultos y NNA"),
            "_na": ("No consta", "Sin información")},
    "psp": {"adult": ("Adult", "Adults"), "child": ("Minor", "Minors"),
            "mixed": ("Adults & minors",), "_na": ("Not known",)},
    "tcg": {"adult": ("Adult",), "child": ("Child", "Children"),
            "mixed": ("Adults and children",), "_na": ("Not recorded",)},
    "osce": {"adult": ("Majeur", "Majeurs"), "child": ("Mineur", "Mineurs", "MNA"),
             "mixed": ("Majeurs et mineurs",), "_na": ("Non renseigné", "Inconnu")},
    "greta": {"adult": ("adulte",), "child": ("enfant",), "mixed": ("adultes et enfants",),
              "_na": ("non communiqué",)},
}  # fmt: skip
_MODE: dict[str, _Words] = {
    "pdi": {"land": ("Terrestre", "A pie", "Vía terrestre"), "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo", "Vuelo comercial"), "_na": ("No consta",)},
    "psp": {"land": ("Land", "By road"), "sea": ("Sea", "Boat"), "air": ("Air", "Flight"),
            "_na": ("Not known",)},
    "tcg": {"land": ("Land",), "sea": ("Sea", "Sea (rubber boat)", "Sea (fishing boat)"),
            "air": ("Air",), "_na": ("Not recorded",)},
    "osce": {"land": ("Voie terrestre", "Terrestre", "Camion"),
             "sea": ("Voie maritime", "Maritime", "Embarcation"),
             "air": ("Voie aérienne", "Aérien"), "_na": ("Non renseigné",)},
    "greta": {"land": ("terrestre",), "sea": ("maritime",), "air": ("aérien",),
              "_na": ("non communiqué",)},
}  # fmt: skip
_OFFENCES: dict[str, _Words] = {
    "pdi": {"document_fraud": ("Falsificación de documentos",), "corruption": ("Cohecho",),
            "money_laundering": ("Lavado de activos",), "illicit_goods": ("Contrabando",),
            "cybercrime": ("Delito informático",), "terrorism": ("Terrorismo",),
            "_none": ("", "Ninguno", "Sin delitos conexos"), "_sep": (" / ",)},
    "psp": {"document_fraud": ("Document forgery",), "corruption": ("Corruption",),
            "money_laundering": ("Money laundering",), "illicit_goods": ("Contraband goods",),
            "cybercrime": ("Cybercrime",), "terrorism": ("Terrorism",),
            "_none": ("", "None"), "_sep": ("; ",)},
    "tcg": {"document_fraud": ("Forged documents",), "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",), "illicit_goods": ("Contraband",),
            "cybercrime": ("Cyber crime",), "terrorism": ("Terrorism",),
            "_none": ("", "Nil"), "_sep": (", ",)},
    "osce": {"document_fraud": ("Faux documents", "Fraude documentaire"),
             "corruption": ("Corruption",), "money_laundering": ("Blanchiment",),
             "illicit_goods": ("Contrebande",), "cybercrime": ("Cybercriminalité",),
             "terrorism": ("Terrorisme",), "_none": ("", "Néant"), "_sep": (" + ",)},
    "greta": {"document_fraud": ("fraude documentaire",), "corruption": ("corruption",),
              "money_laundering": ("blanchiment de capitaux",),
              "illicit_goods": ("trafic de biens illicites",),
              "cybercrime": ("cybercriminalité",), "terrorism": ("terrorisme",),
              "_none": ("", "aucune"), "_sep": (", ",)},
}  # fmt: skip
#: Words for a count that is not known yet (the event stays, with no count).
_COUNT_PLACEHOLDER = {
    "pdi": ("s/i", "por determinar"),
    "psp": ("tbc", "unknown"),
    "tcg": ("not known", "TBC"),
    "osce": ("inconnu", "à préciser"),
    "greta": ("non communiqué",),
}
#: Words for no suspect at all.
_ZERO = {
    "pdi": ("ninguno", "sin detenidos"),
    "psp": ("none",),
    "tcg": ("nil", "none"),
    "osce": ("aucun", "néant"),
    "greta": ("aucun",),
}
_NO_TRANSIT = {
    "pdi": ("Directo", "Sin tránsito", ""),
    "psp": ("None", "Direct", ""),
    "tcg": ("Direct", ""),
    "osce": ("Aucun", "Sans transit", ""),
    "greta": ("", "aucun"),
}
_TRANSIT_SEP = {"pdi": " - ", "psp": ", ", "tcg": " / ", "osce": ", ", "greta": " > "}
_COORD_PLACEHOLDER = {
    "pdi": "s/i",
    "psp": "n/a",
    "tcg": "position not reported",
    "osce": "non géolocalisé",
    "greta": "non communiqué",
}
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
#: The five sources of the ``blind15`` set, in the order of the submissions.
BLIND15_SOURCES: tuple[Blind15Source, ...] = (
    Blind15Source(
        key="pdi",
        source="pdi_chile_q",
        filename="pdi_chile_q.csv",
        ref="PDI-JENAMIG-{year}-{seq:05d}",
        format="csv",
        encoding="latin-1",
        delimiter=";",
        language="es",
        headers={
            "source_ref": "N° Parte",
            "event_date": "Fecha del procedimiento",
            "crime_type": "Delito",
            "exploitation": "Finalidad de explotación",
            "n_persons": "N° víctimas / migrantes",
            "n_suspects": "N° imputados",
            "gender": "Sexo",
            "age_group": "Rango etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País del procedimiento",
            "transport_mode": "Medio de desplazamiento",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares, sujetas a validación por JENAMIG",
        total="TOTAL GENERAL",
        bad_count=("varios", "numerosos"),
        repeats=True,
    ),
    Blind15Source(
        key="psp",
        source="psp_portugal_q",
        filename="psp_portugal_q.xlsx",
        ref="{seq:06d}/{yy:02d}.0PBLSB",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "NUIPC",
            "event_date": "Date of occurrence",
            "crime_type": "Crime (legal basis)",
            "exploitation": "Purpose of exploitation",
            "n_persons": "No. of victims / migrants",
            "n_suspects": "No. of defendants",
            "gender": "Sex",
            "age_group": "Age bracket",
            "nationality": "Citizenship",
            "origin_country": "Country of origin",
            "transit_countries": "Countries of transit",
            "destination_country": "Intended destination",
            "detection_country": "Country of occurrence",
            "transport_mode": "Means of transport",
            "lat": "GPS lat",
            "lon": "GPS long",
            "linked_offences": "Related crimes",
        },
        note="Provisional data - extracted from SEI, subject to revision",
        total="Total",
        bad_count=("several", "dozens"),
        repeats=False,
    ),
    Blind15Source(
        key="tcg",
        source="sahil_guvenlik_q",
        filename="sahil_guvenlik_q.csv",
        ref="SGK-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident No",
            "event_date": "Incident date",
            "crime_type": "Offence",
            "exploitation": "Type of exploitation",
            "n_persons": "Irregular migrants apprehended",
            "n_suspects": "Organizers apprehended",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Country of departure",
            "transit_countries": "Transit",
            "destination_country": "Destination",
            "detection_country": "Country of apprehension",
            "transport_mode": "Mode",
            "coordinates": "Position",
            "linked_offences": "Other offences",
        },
        note="Figures are provisional. Source: SGK Operations Centre",
        total="TOTAL",
        bad_count=("many", "a large group"),
        repeats=False,
    ),
    Blind15Source(
        key="osce",
        source="osce_modele_q",
        filename="osce_modele_q.csv",
        ref="FR-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "N° de dossier",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de victimes / personnes",
            "n_suspects": "Nombre de mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur / mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transport_mode": "Mode de transport",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données provisoires, modèle de rapport OSCE complété par le point focal",
        total="Total général",
        bad_count=("plusieurs", "une dizaine environ"),
        repeats=True,
    ),
    Blind15Source(
        key="greta",
        source="coe_greta_q",
        filename="coe_greta_q.jsonl",
        ref="GRETA/{year}/{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="fr",
        headers={
            "source_ref": "identifiant",
            "event_date": "date_constat",
            "crime_type": "infraction",
            "exploitation": "forme_exploitation",
            "n_persons": "nb_personnes",
            "n_suspects": "nb_auteurs_presumes",
            "gender": "sexe",
            "age_group": "age",
            "nationality": "nationalite",
            "origin_country": "pays_origine",
            "transit_countries": "itineraire_transit",
            "destination_country": "pays_destination",
            "detection_country": "pays_detection",
            "transport_mode": "mode_transport",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "infractions_liees",
        },
        note="Remarque : tableau provisoire, à valider par le rapporteur national",
        total="TOTAL",
        bad_count=("plusieurs",),
        repeats=False,
    ),
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: Blind15Source, code: str, rng: _Rng, *, nationality: bool) -> tuple[str, str]:
    """Return (cell, tag) for one country; the tag is "" when nothing is planted."""
    lang = src.language
    names = {**_NAMES[lang], **_OWN_NAMES.get(src.key, {})}
    demonyms = _DEMONYMS[lang]
    r = rng.random()
    if src.key == "greta":
        text = code if r < 0.8 else names[code]
    elif nationality and code in demonyms and src.key in ("pdi", "tcg", "osce") and r < 0.6:
        text = demonyms[code]
    elif src.key == "psp" and r > 0.8:
        text = iso_codes(code)[0]
    elif src.key == "pdi" and r > 0.93:
        text = code
    else:
        text = names[code]
    s = rng.random()
    if s < 0.025 and code in _TYPOS[lang] and text == names[code]:
        return _TYPOS[lang][code], "typo"
    if s > 0.96 and src.key in ("tcg", "greta", "osce"):
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    if s > 0.95 and src.key in ("pdi", "osce"):
        return text.upper(), "upper"
    return text, ""


def _date(src: Blind15Source, ts: pd.Timestamp, prec: str, rng: _Rng) -> object:
    """Return the date cell of a day, month or quarter as the source writes it."""
    q = (ts.month - 1) // 3 + 1
    r = rng.random()
    if src.key == "pdi":
        if prec == "month":
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}" if r < 0.6 else ts.strftime("%m-%Y")
        if prec == "quarter":
            return f"{q}° trimestre {ts.year}"
        if r < 0.7:
            return ts.strftime("%d-%m-%Y")
        if r < 0.9:
            return ts.strftime("%d/%m/%Y")
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    if src.key == "psp":
        if prec == "month":
            return f"{_EN_MONTHS[ts.month - 1]} {ts.year}"
        if prec == "quarter":
            return f"Q{q} {ts.year}"
        if r < 0.8:
            return datetime(ts.year, ts.month, ts.day)
        return ts.strftime("%d/%m/%Y") if r < 0.93 else ts.strftime("%Y-%m-%d")
    if src.key == "tcg":
        if prec == "month":
            return f"{_EN_MONTHS[ts.month - 1][:3]} {ts.year}" if r < 0.5 else ts.strftime("%m.%Y")
        if prec == "quarter":
            return f"{ts.year}/Q{q}"
        return ts.strftime("%d.%m.%Y")
    if src.key == "osce":
        if prec == "month":
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}"
        if prec == "quarter":
            return f"{q}e trimestre {ts.year}" if q > 1 else f"1er trimestre {ts.year}"
        if r < 0.82:
            return ts.strftime("%d/%m/%Y")
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    if prec == "month":
        return ts.strftime("%Y-%m")
    if prec == "quarter":
        return f"T{q} {ts.year}"
    return ts.strftime("%Y-%m-%d")


def _bad_date(src: Blind15Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        words = {"pdi": ("", "s/f"), "osce": ("", "date inconnue")}.get(src.key, ("",))
        word = choice(rng, words)
        return word or None
    if kind == "bad_date":
        day = {"pdi": f"30-02-{ts.year}", "psp": f"31/02/{ts.year}", "tcg": f"29.02.{ts.year}",
               "osce": f"31/04/{ts.year}", "greta": f"{ts.year}-02-30"}  # fmt: skip
        return day[src.key]
    future = ts.replace(year=ts.year + 10)  # 2023 keyed as 2033
    if src.key == "psp":
        return datetime(future.year, future.month, future.day)
    return _date(src, future, "day", rng)


def _note_date(src: Blind15Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (its extraction date)."""
    day = last + pd.Timedelta(days=12)
    fmt = {"pdi": "%d-%m-%Y", "psp": "%d/%m/%Y", "tcg": "%d.%m.%Y", "osce": "%d/%m/%Y",
           "greta": "%Y-%m-%d"}  # fmt: skip
    return day.strftime(fmt[src.key])


def _count(src: Blind15Source, n: int) -> object:
    """Return a readable count in the source's number style."""
    if src.format == "xlsx":
        return n if n < 1000 else f"{n:,}"
    if src.format == "jsonl":
        return n
    if n < 1000:
        return str(n)
    if src.key == "pdi":
        return f"{n:,}".replace(",", ".")
    if src.key == "osce":
        return f"{n:,}".replace(",", "\xa0")
    return f"{n:,}"


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, whole seconds and hemisphere; return (text, value written)."""
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    sign = 1.0 if value >= 0 else -1.0
    return f"{d}°{m:02d}'{s:02d}\" {pos if value >= 0 else neg}", sign * total / 3600


def _dm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (nautical style); return (text, value written)."""
    thousandths = round(abs(value) * 60_000)
    d, rest = divmod(thousandths, 60_000)
    sign = 1.0 if value >= 0 else -1.0
    hemi = pos if value >= 0 else neg
    return f"{d:0{width}d}°{rest / 1000:06.3f}'{hemi}", sign * thousandths / 60_000


def _coords(
    src: Blind15Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Return (cells, expected lat, expected lon, tag) of a detection point."""
    r = rng.random()
    combined = "coordinates" in src.headers
    if r < 0.03:
        cells: dict[str, object] = {"coordinates": None} if combined else {"lat": None, "lon": None}
        return cells, None, None, "coords_missing"
    if r < 0.05 and src.format != "jsonl":
        word = _COORD_PLACEHOLDER[src.key]
        cells = {"coordinates": word} if combined else {"lat": word, "lon": word}
        return cells, None, None, "coords_placeholder"
    s = rng.random()
    if src.key == "pdi":
        if s < 0.12:
            lat_t, lat_v = _dms(lat, "N", "S")
            lon_t, lon_v = _dms(lon, "E", "O")
            return {"lat": lat_t, "lon": lon_t}, lat_v, lon_v, "coords_dms"
        la, lo = round(lat, 4), round(lon, 4)
        return ({"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
                la, lo, "decimal_comma")  # fmt: skip
    if src.key == "psp":
        la, lo = round(lat, 5), round(lon, 5)
        if s < 0.1:
            return ({"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                    la, lo, "decimal_comma")  # fmt: skip
        return {"lat": la, "lon": lo}, la, lo, ""
    if src.key == "tcg":
        if s < 0.8:
            lat_t, lat_v = _dm(lat, "N", "S", 2)
            lon_t, lon_v = _dm(lon, "E", "W", 3)
            return {"coordinates": f"{lat_t} {lon_t}"}, lat_v, lon_v, "coords_dm"
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, ""
    if src.key == "osce":
        la, lo = round(lat, 5), round(lon, 5)
        text = f"{la:.5f} / {lo:.5f}".replace(".", ",")
        return {"coordinates": text}, la, lo, "decimal_comma"
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo, ""


def _word(table: dict[str, _Words], src: Blind15Source, value: str, rng: _Rng) -> str:
    return choice(rng, table[src.key][value])


def _render(
    src: Blind15Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date: mostly the day; some first reports give only the month or the quarter
    prec = "day"
    if partial_ok:
        r = rng.random()
        prec = "month" if r < 0.035 else "quarter" if r < 0.05 else "day"
    cells["event_date"] = _date(src, ts, prec, rng)
    if prec == "day":
        exp["event_date"] = ts.normalize()
    else:
        exp["event_date"] = ts.to_period("M" if prec == "month" else "Q").start_time
        tags.append(f"partial_{prec}")
    exp["date_precision"] = prec

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(_CRIME, src, crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = choice(rng, _EXPLOITATION[src.key]["_na"])
        cells["exploitation"] = na or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(_EXPLOITATION, src, str(expl), rng)
        exp["exploitation"] = str(expl)

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDER[src.key])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n)
        exp["n_persons"] = n
        if n >= 1000:
            tags.append("thousands")
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp["n_suspects"] = k
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif k == 0 and rng.random() < 0.35:
        cells["n_suspects"] = choice(rng, _ZERO[src.key])
        tags.append("zero_word")
    elif rng.random() < 0.01:
        cells["n_suspects"] = choice(rng, _COUNT_PLACEHOLDER[src.key])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    else:
        cells["n_suspects"] = _count(src, k)

    # people
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = choice(rng, _GENDER[src.key]["_blank"]) or None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(_GENDER, src, gender, rng)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.015:
        cells["age_group"] = _word(_AGE, src, "_na", rng)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _word(_AGE, src, age, rng)
        exp["age_group"] = age

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col or code is None:
            cells[col] = None
            exp[col] = None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        text, tag = _country(src, str(code), rng, nationality=col == "nationality")
        cells[col] = text
        exp[col] = str(code)
        if tag:
            tags.append(tag)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, _NO_TRANSIT[src.key]) or None
        exp["transit_countries"] = None
    else:
        parts = []
        for code in str(transit).split("|"):
            text, tag = _country(src, code, rng, nationality=False)
            parts.append(text)
            if tag:
                tags.append(tag)
        cells["transit_countries"] = _TRANSIT_SEP[src.key].join(parts)
        exp["transit_countries"] = str(transit)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"] = _word(_MODE, src, "_na", rng)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _word(_MODE, src, mode, rng)
        exp["transport_mode"] = mode

    # place
    if forced_blank == "coordinates":
        if "coordinates" in src.headers:
            cells["coordinates"] = None
        else:
            cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        coord_cells, la, lo, tag = _coords(src, lat, lon, rng)
        cells.update(coord_cells)
        exp["lat"], exp["lon"] = la, lo
        if tag:
            tags.append(tag)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, _OFFENCES[src.key]["_none"]) or None
        exp["linked_offences"] = None
    else:
        sep = _OFFENCES[src.key]["_sep"][0]
        words = [_word(_OFFENCES, src, o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = sep.join(words)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


_EXAMINER: Examiner[Blind15Source] = Examiner(
    sources=BLIND15_SOURCES,
    primary={
        "PAN": "pdi_chile_q",
        "USA": "pdi_chile_q",
        "ESP": "psp_portugal_q",
        "GRC": "sahil_guvenlik_q",
        "FRA": "osce_modele_q",
        "GBR": "osce_modele_q",
    },
    compilation="coe_greta_q",
    secondary={
        ("emed", "GRC"): "coe_greta_q",
        ("channel", "FRA"): "coe_greta_q",
        ("channel", "GBR"): "coe_greta_q",
        ("thb_vnm_gbr", "GBR"): "coe_greta_q",
        ("thb_rou_esp", "ESP"): "coe_greta_q",
        ("wmed", "ESP"): "coe_greta_q",
        ("watl", "ESP"): "coe_greta_q",
        ("cmed", "ITA"): "sahil_guvenlik_q",
        ("thb_rou_esp", "ITA"): "psp_portugal_q",
        ("thb_nga_ita", "ITA"): "psp_portugal_q",
        ("wbal", "HRV"): "osce_modele_q",
        ("darien", "PAN"): "coe_greta_q",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=1515,
    blank_share=0.3,
)


def make_blind15(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind15`` submissions (files ``*_q.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pdi_chile_q.csv``, ``psp_portugal_q.xlsx``, ``sahil_guvenlik_q.csv``,
        ``osce_modele_q.csv`` and ``coe_greta_q.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind15(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pdi_chile_q.csv', 'psp_portugal_q.xlsx', 'sahil_guvenlik_q.csv',
     'osce_modele_q.csv', 'coe_greta_q.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
