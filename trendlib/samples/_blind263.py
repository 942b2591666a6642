"""Examiner variant ``blind263``: court-case trackers of five university law clinics.

Five university legal clinics and law-school observatories compile court decisions on
trafficking in human beings and the smuggling of migrants, each from the judgments,
sentencing remarks and press of its own region and in its own working language
(files ``*_je.*``):

``cjjs_uv``
    Clínica Jurídica per la Justícia Social, Universitat de València: Spanish
    judgments (Audiencias Provinciales) under arts. 177 bis (trata) and 318 bis
    (inmigración clandestina) of the Código Penal. XLSX typed by students: real Excel
    dates, a few dates typed as text or left as serial numbers, "mayo de 2023" when
    the judgment only gives the month, counts as numbers or "tres (3)".
``clinique_sciencespo``
    Clinique de l'École de droit de Sciences Po: French decisions on the Channel
    (TJ Boulogne-sur-Mer, TJ Dunkerque), Excel CSV in cp1252 with ``;``, decimal
    commas, "courant mai 2023", a few rows garbled by a paste from a UTF-8 e-mail.
``essex_hrc_clinic``
    Human Rights Centre Clinic, University of Essex: UK modern-slavery and s.25
    facilitation cases, Excel "CSV UTF-8" (BOM, ``,``), "17 May 2023", "Q2 2023",
    nationalities as demonyms, routes joined by ``>``.
``uniandes_clinica_migrantes``
    Clínica Jurídica para Migrantes, Universidad de los Andes: Panamanian cases of
    the Darién route, Google-Sheets CSV (UTF-8, ``,``), "NNA" for children,
    "1.250" with a thousands dot, coordinates as one "lat, lon" cell.
``lyon3_veille_jurisprudence``
    Clinique juridique de l'Université Jean Moulin Lyon 3, comparative case-law watch
    (JSON lines, French keys): every other case (Italy, Greece, Croatia, Poland,
    United States), detection countries as Eurostat two-letter codes (``EL`` for
    Greece, ``UK``), transit and destination as ISO alpha-3 codes.

The shared machinery (:mod:`trendlib.samples._examiner`) chooses which clinic reports
which event, the duplicates and the bad rows; this module says how each clinic writes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pandas as pd

from trendlib.samples._examiner import Examiner, ExaminerSource, choice, make_examined, mojibake
from trendlib.samples._messy import Submission

__all__ = ["CLINICS", "EXAMINER", "ClinicSource", "make_blind263"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class ClinicSource(ExaminerSource):
    """A clinic's file: the shared source fields plus its writing style.

    Attributes
    ----------
    style : str
        Key of the clinic's way of writing cells (``"uv"``, ``"spo"``, ``"essex"``,
        ``"andes"`` or ``"lyon"``).
    """

    style: str


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish, English demonym, French demonym, Spanish demonym)
_NAMES: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afghane", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanaise", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "autrichienne", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladaise", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "bulgare", "búlgara"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnienne",
        "bosnia",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "biélorusse", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "Chinese", "chinoise", "china"),
    "CIV": (
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "Costa de Marfil",
        "Ivorian",
        "ivoirienne",
        "marfileña",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombienne", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "allemande", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "érythréenne", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "espagnole", "española"),
    "FRA": ("France", "France", "Francia", "French", "française", "francesa"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "britannique", "británica"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambienne", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "grecque", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondurienne", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croate", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haïtienne", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "hongroise", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "irakienne", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italienne", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libyenne", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicaine", "mexicana"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macédonienne",
        "macedonia",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "malienne", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritanienne", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigérienne", "nigerina"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistanaise", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panaméenne", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polonaise", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "roumaine", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "russe", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "sénégalaise", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbe", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "syrienne", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turque", "turca"),
    "USA": (
        "United States",
        "États-Unis",
        "Estados Unidos",
        "American",
        "américaine",
        "estadounidense",
    ),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yéménite", "yemení"),
}
_LANG_POS = {"en": 0, "fr": 1, "es": 2}
# Other names each clinic uses for a country, beside the usual one.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "uv": {"GIN": ("Guinea Conakry",), "USA": ("EE. UU.",), "ROU": ("Rumania",)},
    "spo": {"GIN": ("Guinée-Conakry",), "VNM": ("Vietnam",), "GBR": ("Angleterre",)},
    "essex": {
        "GBR": ("UK",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "USA": ("USA",),
    },
    "andes": {"USA": ("EE.UU.", "EEUU"), "VEN": ("Rep. Bolivariana de Venezuela",)},
    "lyon": {},
}
# Countries whose names are left untouched by typos: one letter off reads as another one.
_NO_TYPO = frozenset({"NGA", "NER", "IRN", "IRQ", "AUT", "GIN", "GMB", "MLI", "SRB", "SYR"})
# Eurostat two-letter codes (Greece EL, United Kingdom UK), as EU-funded projects write.
_EUROSTAT = {"GRC": "EL", "GBR": "UK"}
_ISO2 = {
    "ITA": "IT",
    "HRV": "HR",
    "POL": "PL",
    "USA": "US",
    "ESP": "ES",
    "FRA": "FR",
    "PAN": "PA",
    "DEU": "DE",
    "AUT": "AT",
}

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
_NUM_ES = (
    "cero",
    "una",
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
)

# style -> column -> canonical word -> the clinic's words (first = the usual one)
_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "uv": {
        "crime_type": {
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "art. 177 bis CP",
                "trata de seres humanos",
            ),
            "smuggling": (
                "Contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                "art. 318 bis CP",
                "favorecimiento de la inmigración clandestina (318 bis)",
            ),
            "both": ("arts. 177 bis y 318 bis CP", "trata de seres humanos y 318 bis CP"),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual (prostitución)"),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("realización de actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras finalidades",),
        },
        "gender": {
            "female": ("mujeres", "femenino"),
            "male": ("varones", "hombres"),
            "mixed": ("ambos sexos", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("menores de edad", "menores"),
            "adult": ("mayores de edad", "adultos"),
            "mixed": ("mayores y menores de edad",),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación neumática", "vía marítima"),
            "land": ("terrestre", "autobús", "vehículo (doble fondo)", "a pie"),
            "air": ("vía aérea", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contra la salud pública (tráfico de drogas)",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    "spo": {
        "crime_type": {
            "trafficking": (
                "traite des êtres humains (art. 225-4-1 C. pén.)",
                "TEH",
                "traite des êtres humains",
            ),
            "smuggling": (
                "aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
                "aide à l'entrée et au séjour irréguliers en bande organisée",
                "aide au séjour irrégulier",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et aide au séjour irrégulier"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "conditions de travail indignes"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F", "féminin"),
            "male": ("hommes", "H", "masculin"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineurs", "mineur(s)"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("poids lourd", "camion", "véhicule léger"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux et usage de faux", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("trafic de stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "essex": {
        "crime_type": {
            "trafficking": (
                "Human trafficking (MSA 2015 s.2)",
                "Modern slavery",
                "MSA 2015 s.2",
            ),
            "smuggling": (
                "Assisting unlawful immigration (IA 1971 s.25)",
                "s.25 facilitation",
                "Facilitation (Immigration Act 1971 s.25)",
            ),
            "both": ("MSA s.2 and IA 1971 s.25", "Trafficking + s.25 facilitation"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("F", "Female"),
            "male": ("M", "Male"),
            "mixed": ("Mixed", "M & F"),
        },
        "age_group": {
            "child": ("Child", "Minor (U18)"),
            "adult": ("Adult",),
            "mixed": ("Adults & children",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Dinghy", "Small boat (RHIB)"),
            "land": ("Lorry", "HGV", "Vehicle"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("false ID documents (IDA 2010)", "false documents"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering (POCA 2002)",),
            "illicit_goods": ("cannabis production", "drug supply"),
            "cybercrime": ("computer misuse",),
            "terrorism": ("terrorism offences",),
        },
    },
    "andes": {
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("Femenino", "mujeres"),
            "male": ("Masculino", "hombres"),
            "mixed": ("Mixto", "hombres y mujeres"),
        },
        "age_group": {
            "child": ("NNA", "menores de edad"),
            "adult": ("adultos", "mayores de edad"),
            "mixed": ("adultos y NNA",),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("terrestre", "a pie (selva)", "caminando"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    "lyon": {
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": ("trafic illicite de migrants",),
            "both": ("traite + trafic illicite de migrants",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé",),
            "forced_criminality": ("criminalité forcée",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte",),
        },
        "age_group": {
            "child": ("mineurs",),
            "adult": ("majeurs",),
            "mixed": ("mixte",),
        },
        "transport_mode": {
            "sea": ("mer", "maritime"),
            "land": ("terre", "terrestre"),
            "air": ("air", "aérien"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire",),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
}
# What each clinic writes when a value is not given in the decision.
_NOT_KNOWN = {
    "uv": ("no consta",),
    "spo": ("NC", "non précisé"),
    "essex": ("not stated", "not recorded"),
    "andes": ("sin dato", "N/D"),
    "lyon": ("inconnu",),
}
# A pure smuggling case has no form of exploitation: the clinic's "not applicable".
_NOT_APPLICABLE = {"uv": "no aplica", "spo": "sans objet", "essex": "N/A", "andes": None}
_ZERO = {"uv": "ninguno", "spo": "aucun", "essex": "nil", "andes": "ninguno"}
_JOIN = {"uv": ", ", "spo": ", ", "essex": "; ", "andes": " / ", "lyon": "; "}
_TRANSIT_SEP = {"uv": ", ", "spo": " / ", "essex": " > ", "andes": " - ", "lyon": ", "}

# Court of a hotspot, as each clinic writes it (the clinics note where the case was heard).
_COURTS: dict[str, dict[str, str]] = {
    "uv": {
        "Ceuta": "AP Cádiz, Secc. 6ª (Ceuta)",
        "Melilla": "AP Málaga, Secc. 7ª (Melilla)",
        "Almería": "AP Almería, Secc. 2ª",
        "Almería (El Ejido)": "AP Almería, Secc. 3ª",
        "Huelva": "AP Huelva, Secc. 3ª",
        "Gran Canaria": "AP Las Palmas, Secc. 1ª",
        "Lanzarote": "AP Las Palmas, Secc. 6ª (Arrecife)",
        "Tenerife": "AP Santa Cruz de Tenerife, Secc. 2ª",
        "El Hierro": "AP Santa Cruz de Tenerife, Secc. 5ª",
        "Latina (Agro Pontino)": "Tribunale di Latina",
    },
    "spo": {
        "Calais": "TJ Boulogne-sur-Mer",
        "Dunkirk/Gravelines": "TJ Dunkerque",
        "Dover": "Canterbury Crown Court",
        "London": "Southwark Crown Court",
        "Birmingham": "Birmingham Crown Court",
        "Glasgow": "High Court of Justiciary (Glasgow)",
        "Castel Volturno": "Tribunale di Santa Maria Capua Vetere",
        "Torino": "Tribunale di Torino",
        "Palermo": "Tribunale di Palermo",
    },
    "essex": {
        "Dover": "Canterbury Crown Court",
        "London": "Southwark Crown Court",
        "Birmingham": "Birmingham Crown Court",
        "Glasgow": "High Court of Justiciary, Glasgow",
        "Calais": "Tribunal judiciaire de Boulogne-sur-Mer",
        "Dunkirk/Gravelines": "Tribunal judiciaire de Dunkerque",
    },
}


# --------------------------------------------------------------------------------------
# The five clinics
# --------------------------------------------------------------------------------------
_UV = ClinicSource(
    source="cjjs_uv",
    filename="cjjs_uv_je.xlsx",
    ref="SAP {seq}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Ref. sentencia",
        "court": "Órgano judicial",
        "event_date": "Fecha de los hechos",
        "crime_type": "Delito",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Nº acusados",
        "gender": "Sexo víctimas",
        "age_group": "Edad víctimas",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de los hechos",
        "transport_mode": "Medio de entrada",
        "linked_offences": "Otros delitos",
    },
    note="Nota: sentencias extraídas de CENDOJ; incluye sentencias no firmes",
    total="TOTAL",
    bad_count=("varias", "un grupo", "decenas"),
    repeats=False,
    style="uv",
)
_SPO = ClinicSource(
    source="clinique_sciencespo",
    filename="clinique_sciencespo_je.csv",
    ref="{yy:02d}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° RG",
        "court": "Juridiction",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / migrants",
        "n_suspects": "Nb prévenus",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination",
        "detection_country": "Pays d'interpellation",
        "transport_mode": "Mode de passage",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Source : Judilibre et greffes - relevé non exhaustif",
    total="Total général",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    style="spo",
)
_ESSEX = ClinicSource(
    source="essex_hrc_clinic",
    filename="essex_hrc_clinic_je.csv",
    ref="EHRC-{year}-{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "court": "Court",
        "event_date": "Date of offence",
        "crime_type": "Offence",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of victims/migrants",
        "n_suspects": "No. of defendants",
        "gender": "Victim sex",
        "age_group": "Victim age",
        "nationality": "Victim nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "transport_mode": "Method of entry",
        "linked_offences": "Other charges",
    },
    note="Note: compiled from sentencing remarks and press reports; not official statistics",
    total="Total",
    bad_count=("several", "multiple"),
    repeats=False,
    style="essex",
)
_ANDES = ClinicSource(
    source="uniandes_clinica_migrantes",
    filename="uniandes_clinica_migrantes_je.csv",
    ref="CJM-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Radicado",
        "event_date": "Fecha hechos",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Nº migrantes/víctimas",
        "n_suspects": "Nº procesados",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (tránsito)",
        "destination_country": "Destino",
        "detection_country": "País de interceptación",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas (lat, lon)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: expedientes del Órgano Judicial de Panamá y prensa; corte provisional",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=True,
    style="andes",
)
_LYON = ClinicSource(
    source="lyon3_veille_jurisprudence",
    filename="lyon3_veille_jurisprudence_je.jsonl",
    ref="LY3-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "id_decision",
        "event_date": "date_faits",
        "crime_type": "qualification",
        "exploitation": "exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_mis_en_cause",
        "gender": "sexe",
        "age_group": "age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "transit_countries": "pays_transit",
        "destination_country": "pays_destination",
        "detection_country": "pays_detection",
        "transport_mode": "mode_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "des dizaines"),
    repeats=False,
    style="lyon",
)

#: The five clinics, in the order :func:`make_blind263` returns their submissions.
CLINICS: tuple[ClinicSource, ...] = (_UV, _SPO, _ESSEX, _ANDES, _LYON)

_FIELDS = (
    "event_date",
    "date_precision",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
    "lat",
    "lon",
    "linked_offences",
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typo(text: str) -> str:
    """Drop one letter in the middle of a long name (``Marruecos`` -> ``Marrecos``)."""
    i = len(text) // 2
    return text[:i] + text[i + 1 :] if text[i].isalpha() and text[i - 1] != text[i] else text


def _country(
    src: ClinicSource, iso: str, rng: _Rng, tags: list[str], *, demonym: bool = False
) -> str:
    """Write one country as the clinic does (name, alias, demonym, case, typo, spacing)."""
    st = src.style
    names = _NAMES[iso]
    pos = _LANG_POS[src.language]
    text = names[pos + 3] if demonym else names[pos]
    aliases = _ALIASES[st].get(iso, ())
    r = rng.random()
    if not demonym and aliases and r < 0.3:
        text = choice(rng, aliases)
        tags.append("alias")
        r = 1.0
    if st == "essex" and demonym and r < 0.06:
        text = text.upper()
        tags.append("case")
    elif st in ("uv", "spo", "andes") and r < 0.07:
        text = text.upper()
        tags.append("case")
    elif st == "uv" and r < 0.10 and _strip_accents(text) != text:
        text = _strip_accents(text)
        tags.append("no_accents")
    elif st in ("uv", "essex", "andes") and r < 0.13 and len(text) >= 7 and iso not in _NO_TYPO:
        typo = _typo(text)
        if typo != text:
            text = typo
            tags.append("typo")
    elif st in ("uv", "andes") and r < 0.16:
        text = f" {text}  "
        tags.append("spacing")
    return text


def _word(src: ClinicSource, column: str, value: str, rng: _Rng) -> str:
    forms = _WORDS[src.style][column][value]
    return forms[0] if len(forms) == 1 or rng.random() < 0.6 else choice(rng, forms[1:])


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _date_cell(
    src: ClinicSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date; return (cell, expected date, precision)."""
    st = src.style
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    m = ts.month - 1
    if partial_ok and r < 0.05 and st != "andes":
        tags.append("month_only")
        cell = {
            "uv": f"{_MONTHS_ES[m]} de {ts.year}",
            "spo": f"courant {_MONTHS_FR[m]} {ts.year}"
            if rng.random() < 0.5
            else f"{_MONTHS_FR[m]} {ts.year}",
            "essex": f"{_MONTHS_EN[m]} {ts.year}",
            "lyon": ts.strftime("%Y-%m"),
        }[st]
        return cell, month_start, "month"
    if partial_ok and r < 0.08 and st in ("essex", "lyon"):
        tags.append("quarter_only")
        cell = f"Q{ts.quarter} {ts.year}" if st == "essex" else f"T{ts.quarter} {ts.year}"
        return cell, quarter_start, "quarter"
    if partial_ok and r < 0.04 and st == "andes":
        tags.append("month_only")
        return f"{_MONTHS_ES[m]} {ts.year}", month_start, "month"
    day = ts.normalize()
    r = rng.random()
    if st == "uv":
        if r < 0.75:
            tags.append("excel_date")
            return day.to_pydatetime(), day, "day"
        if r < 0.9:
            tags.append("text_date")
            return day.strftime("%d/%m/%Y"), day, "day"
        tags.append("excel_serial")
        return _excel_serial(day), day, "day"
    if st == "spo":
        return day.strftime("%d/%m/%Y"), day, "day"
    if st == "essex":
        if r < 0.85:
            return f"{day.day} {_MONTHS_EN[m]} {day.year}", day, "day"
        return day.strftime("%d/%m/%Y"), day, "day"
    if st == "andes":
        if r < 0.88:
            return day.strftime("%d/%m/%Y"), day, "day"
        tags.append("month_word")
        return f"{day.day:02d}-{_MONTHS_ES[m][:3]}-{day.year}", day, "day"
    return day.strftime("%Y-%m-%d"), day, "day"


def _count(src: ClinicSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return (cell, expected count)."""
    st = src.style
    r = rng.random()
    if r < 0.02:
        tags.append("count_placeholder")
        return (None if st == "lyon" else choice(rng, _NOT_KNOWN[st])), None
    if st == "lyon":
        return n, n
    if st == "uv":
        if 1 < n < len(_NUM_ES) and r < 0.12:
            tags.append("count_word")
            return f"{_NUM_ES[n]} ({n})", n
        return n, n
    if n >= 1000:
        tags.append("thousands")
        sep = {"spo": "\u00a0", "essex": ",", "andes": "."}[st]
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    return str(n), n


def _suspects(src: ClinicSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of accused; return (cell, expected count)."""
    st = src.style
    r = rng.random()
    if r < 0.02:
        tags.append("suspects_placeholder")
        return (None if st == "lyon" else choice(rng, _NOT_KNOWN[st])), None
    if st == "lyon":
        return n, n
    if n == 0 and r < 0.4:
        tags.append("zero_word")
        word = _ZERO[st]
        if st == "essex" and rng.random() < 0.4:
            word = "none"
        return word, 0
    return (n if st == "uv" else str(n)), n


def _coords(
    src: ClinicSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    st = src.style
    if st in ("uv", "essex"):
        tags.append("coords_missing")
        return {}, None, None
    if rng.random() < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    lat4, lon4 = round(lat, 4), round(lon, 4)
    if st == "spo":
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat4:.4f}".replace(".", ","), "lon": f"{lon4:.4f}".replace(".", ",")},
            lat4,
            lon4,
        )
    if st == "andes":
        return {"coordinates": f"{lat4:.4f}, {lon4:.4f}"}, lat4, lon4
    return {"lat": lat4, "lon": lon4}, lat4, lon4


def _join_list(src: ClinicSource, parts: list[str], sep: str) -> str:
    if src.style == "uv" and len(parts) > 1:
        return ", ".join(parts[:-1]) + " y " + parts[-1]
    return sep.join(parts)


def _render(
    src: ClinicSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the clinic does: (cells, expected values, tags)."""
    st = src.style
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = dict.fromkeys(_FIELDS)
    ts = pd.Timestamp(str(ev["event_date"]))
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )
    court = _COURTS.get(st, {}).get(str(ev.get("hotspot")))
    if "court" in src.headers:
        cells["court"] = court

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        na = _NOT_APPLICABLE.get(st)
        cells["exploitation"] = na if na is not None and rng.random() < 0.3 else None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
    exp["exploitation"] = expl

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(src, n_persons, rng, tags)
    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_suspects, rng, tags)

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.01:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        word = _word(src, "gender", gender, rng)
        if st == "uv" and n_persons == 1 and gender in ("female", "male"):
            word = "mujer" if gender == "female" else "varón"
        cells["gender"], exp["gender"] = word, gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.012:
            cells[col] = None if st == "lyon" else choice(rng, _NOT_KNOWN[st])
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.01:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        demonym = {"essex": 0.85, "andes": 0.7, "lyon": 0.7}.get(st, 0.0) > rng.random()
        if demonym:
            tags.append("demonym")
        cells["nationality"] = _country(src, nat, rng, tags, demonym=demonym)
        exp["nationality"] = nat
    origin = str(ev["origin_country"])
    cells["origin_country"] = _country(src, origin, rng, tags)
    exp["origin_country"] = origin
    dest = str(ev["destination_country"])
    if st == "lyon":
        cells["destination_country"] = dest
        tags.append("iso3")
    else:
        cells["destination_country"] = _country(src, dest, rng, tags)
    exp["destination_country"] = dest

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        if st == "lyon":
            cells["detection_country"] = _EUROSTAT.get(det, _ISO2.get(det, det))
            tags.append("eurostat_code" if det in _EUROSTAT else "iso2")
        elif st == "essex" and det == "GBR" and ev.get("hotspot") == "Glasgow":
            cells["detection_country"] = "Scotland"
            tags.append("nation_of_uk")
        else:
            cells["detection_country"] = _country(src, det, rng, tags)
        exp["detection_country"] = det

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = "direct" if st == "essex" and rng.random() < 0.5 else None
    else:
        codes = str(transit).split("|")
        if st == "lyon":
            parts = codes
            tags.append("iso3")
        else:
            parts = [_country(src, c, rng, tags).strip() for c in codes]
        cells["transit_countries"] = _join_list(src, parts, _TRANSIT_SEP[st])
        tags.append("transit_list")
    exp["transit_countries"] = transit

    offences = ev["linked_offences"]
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = _join_list(src, words, _JOIN[st])
    exp["linked_offences"] = offences

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(place)
    if st == "spo" and rng.random() < 0.07:
        _garble(cells, tags)
    return cells, exp, tags


def _garble(cells: dict[str, object], tags: list[str]) -> None:
    """Garble a row pasted from a UTF-8 e-mail into the cp1252 sheet (``é`` -> ``Ã©``)."""
    hit = False
    for key, value in cells.items():
        garbled = mojibake(value) if isinstance(value, str) and key != "event_date" else None
        if garbled is not None:
            cells[key] = garbled
            hit = True
    if hit:
        tags.append("mojibake")


def _bad_date(src: ClinicSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that cannot be used: blank, impossible, or a typed year in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            "uv": f"30/02/{ts.year}",
            "spo": f"31/02/{ts.year}",
            "essex": f"31 February {ts.year}",
            "andes": f"31/04/{ts.year}",
            "lyon": f"{ts.year}-02-30",
        }[src.style]
    digits = str(ts.year)
    year = int(digits[0] + digits[2] + digits[1] + digits[3])  # 2023 typed as 2203
    if year <= 2100:
        year = ts.year + 200
    future = ts.normalize().replace(year=year)
    if src.style == "uv":
        return future.to_pydatetime()
    if src.style == "essex":
        return f"{future.day} {_MONTHS_EN[future.month - 1]} {future.year}"
    if src.style == "lyon":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ClinicSource, last: pd.Timestamp) -> object:
    """Write the date on the clinic's note row (the day of its last case)."""
    if src.style == "uv":
        return datetime(last.year, last.month, last.day)
    if src.style == "essex":
        return f"{last.day} {_MONTHS_EN[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


#: The variant: clinics, who first reports an event and who may report it again.
EXAMINER: Examiner[ClinicSource] = Examiner(
    sources=CLINICS,
    primary={
        "ESP": "cjjs_uv",
        "FRA": "clinique_sciencespo",
        "GBR": "essex_hrc_clinic",
        "PAN": "uniandes_clinica_migrantes",
    },
    compilation="lyon3_veille_jurisprudence",
    secondary={
        ("channel", "FRA"): "essex_hrc_clinic",
        ("channel", "GBR"): "clinique_sciencespo",
        ("thb_vnm_gbr", "GBR"): "clinique_sciencespo",
        ("thb_nga_ita", "ITA"): "clinique_sciencespo",
        ("thb_rou_esp", "ITA"): "cjjs_uv",
        ("thb_rou_esp", "ESP"): "lyon3_veille_jurisprudence",
        ("watl", "ESP"): "lyon3_veille_jurisprudence",
        ("darien", "PAN"): "lyon3_veille_jurisprudence",
        ("us_mex", "USA"): "uniandes_clinica_migrantes",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=263,
    blank_share=0.3,
)


def make_blind263(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five law clinics' court-case trackers.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``cjjs_uv_je.xlsx`` (Spanish), ``clinique_sciencespo_je.csv`` (French, cp1252,
        ``;``), ``essex_hrc_clinic_je.csv`` (English, UTF-8 with BOM, ``,``),
        ``uniandes_clinica_migrantes_je.csv`` (Spanish, UTF-8, ``,``) and
        ``lyon3_veille_jurisprudence_je.jsonl`` (French keys), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind263(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cjjs_uv_je.xlsx', 'clinique_sciencespo_je.csv', 'essex_hrc_clinic_je.csv',
     'uniandes_clinica_migrantes_je.csv', 'lyon3_veille_jurisprudence_je.jsonl']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° RG', 'Juridiction', 'Date des faits']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
