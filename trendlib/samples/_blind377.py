"""Examiner set ``blind377``: airport retail concessions' security desks (files ``*_no.*``).

Five desks that guard airport shops, lounges and their staff, and that log the trafficked
and smuggled people their staff, travellers or partner police bring to their attention:

``wdf_uk_safeguarding_no.csv``
    World Duty Free UK (Avolta UK), safeguarding and loss-prevention referral log: English,
    UTF-8 with BOM, ``,``; day-first dates (``07/03/2022``, ``7 March 2022``), nationalities
    as demonyms (``Iraqi``, ``Eritrian``), ``Nil`` suspects, coordinates as one
    ``lat, long`` cell, routes joined by ``>``, ``#VALUE!`` where a formula broke.
``lagardere_tr_surete_no.csv``
    Lagardère Travel Retail France, direction sûreté (Calais, Dunkerque, the Channel ports):
    French, cp1252, ``;``, CRLF; ``dd/mm/yyyy`` or ``dd/mm/yy``, ``mars 2022`` and
    ``T1 2022`` when only the month or quarter is known; decimal commas; a batch of rows
    imported from a UTF-8 tool and saved again (mojibake ``Ã‰rythrÃ©e``).
``aena_concesiones_seguridad_no.xlsx``
    Aena, división de seguridad, concesiones comerciales (Madrid-Barajas, Gran Canaria):
    Spanish workbook; real date cells, some day-first text dates and some bare serials,
    ``marzo 2022``; gentilicios (``marroquí``, ``senegalesa``); ``Cayuco``, ``Patera``,
    ``Moto de agua``; counts ``1.250`` typed as text.
``attenza_duty_free_pa_no.csv``
    Attenza Duty Free (Tocumen, Panamá), oficial de cumplimiento: Spanish, UTF-16 (Excel's
    "Texto Unicode") with tabs; month-first dates as the header says (``03/17/2022``),
    ``1,250`` with a thousands comma, small counts in words (``doce``), ``ninguno``.
``avolta_group_security_no.jsonl``
    Avolta AG group security (Basel), the compilation feed of every other country: JSON
    lines, English keys, ISO dates and date-times (``2022-Q1`` when only the quarter is
    known), ISO alpha-2 country codes, transit and offences as JSON arrays, ``0, 0`` when
    the site had no position; the feed replays a few incidents.

Each cell expects what a careful analyst reads in it: a word for "not known" expects
nothing (or ``unknown`` in a vocabulary column), an impossible or future date or a broken
count puts the row in quarantine.
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
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["EXAMINER", "SOURCES", "make_blind377"]

_Rng = np.random.Generator
_Opt = tuple[str | None, ...]

# --------------------------------------------------------------------------------------
# Countries: iso3 -> (English, French, Spanish, ISO alpha-2)
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "AF"),
    "ALB": ("Albania", "Albanie", "Albania", "AL"),
    "AUT": ("Austria", "Autriche", "Austria", "AT"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "BD"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "BG"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "BA"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "BY"),
    "CHN": ("China", "Chine", "China", "CN"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil", "CI"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "CM"),
    "COL": ("Colombia", "Colombie", "Colombia", "CO"),
    "DEU": ("Germany", "Allemagne", "Alemania", "DE"),
    "DZA": ("Algeria", "Algérie", "Argelia", "DZ"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "EC"),
    "EGY": ("Egypt", "Égypte", "Egipto", "EG"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "ER"),
    "ESP": ("Spain", "Espagne", "España", "ES"),
    "FRA": ("France", "France", "Francia", "FR"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "GB"),
    "GIN": ("Guinea", "Guinée", "Guinea", "GN"),
    "GMB": ("The Gambia", "Gambie", "Gambia", "GM"),
    "GRC": ("Greece", "Grèce", "Grecia", "GR"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "GT"),
    "HND": ("Honduras", "Honduras", "Honduras", "HN"),
    "HRV": ("Croatia", "Croatie", "Croacia", "HR"),
    "HTI": ("Haiti", "Haïti", "Haití", "HT"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "HU"),
    "IRN": ("Iran", "Iran", "Irán", "IR"),
    "IRQ": ("Iraq", "Irak", "Irak", "IQ"),
    "ITA": ("Italy", "Italie", "Italia", "IT"),
    "LBY": ("Libya", "Libye", "Libia", "LY"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "MA"),
    "MEX": ("Mexico", "Mexique", "México", "MX"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "MK"),
    "MLI": ("Mali", "Mali", "Malí", "ML"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "MR"),
    "NER": ("Niger", "Niger", "Níger", "NE"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "NG"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "PK"),
    "PAN": ("Panama", "Panama", "Panamá", "PA"),
    "POL": ("Poland", "Pologne", "Polonia", "PL"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "RO"),
    "RUS": ("Russia", "Russie", "Rusia", "RU"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "SN"),
    "SRB": ("Serbia", "Serbie", "Serbia", "RS"),
    "SYR": ("Syria", "Syrie", "Siria", "SY"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "TN"),
    "TUR": ("Turkey", "Turquie", "Turquía", "TR"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "US"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "VE"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "VN"),
    "YEM": ("Yemen", "Yémen", "Yemen", "YE"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Nationality adjectives: iso3 -> (English, French m., French f., Spanish m., Spanish f.)
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
}

# Slips of the keyboard each desk makes (one or two letters; each reads as one country).
_UK_TYPOS = {
    "AFG": "Afgan",
    "ERI": "Eritrian",
    "IRQ": "Iraqui",
    "IRN": "Iranain",
    "ALB": "Albainian",
    "SYR": "Syrain",
    "VNM": "Vietnamise",
}
_AENA_TYPOS = {
    "MAR": "Marruceos",
    "DZA": "Argeria",
    "SEN": "Senagal",
    "GIN": "Giunea",
    "GMB": "Gamiba",
    "MLI": "Mallí",
    "CIV": "Costa de Marfi",
    "ROU": "Rumaina",
}
_ATZ_TYPOS = {"VEN": "Venezula", "ECU": "Ecudor", "HTI": "Haity", "COL": "Colomiba", "CHN": "Chnia"}

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
_NUMBERS_ES = (
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
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
)

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
WDF = ExaminerSource(
    source="wdf_uk_safeguarding",
    filename="wdf_uk_safeguarding_no.csv",
    ref="WDF-SG-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Referral Ref",
        "event_date": "Date of Incident",
        "crime_type": "Concern Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Individuals",
        "n_suspects": "Suspected Exploiters/Facilitators",
        "gender": "Sex",
        "age_group": "Age Range",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country",
        "transit_countries": "Route Travelled",
        "transport_mode": "Mode of Travel",
        "coordinates": "Location (Lat, Long)",
        "linked_offences": "Associated Offences",
    },
    note="OFFICIAL-SENSITIVE - extract of the safeguarding referral log, not for onward sharing",
    total="TOTAL",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
)
LTR = ExaminerSource(
    source="lagardere_tr_surete",
    filename="lagardere_tr_surete_no.csv",
    ref="LTR-SUR-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays traversés",
        "transport_mode": "Mode de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction du registre des signalements sûreté - diffusion restreinte",
    total="Total général",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=False,
)
AENA = ExaminerSource(
    source="aena_concesiones_seguridad",
    filename="aena_concesiones_seguridad_no.xlsx",
    ref="CC-SEG/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad",
        "n_persons": "Nº víctimas / migrantes",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales - extracción del registro de incidencias de concesiones",
    total="TOTAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
)
ATZ = ExaminerSource(
    source="attenza_duty_free_pa",
    filename="attenza_duty_free_pa_no.csv",
    ref="ATZ-{yy:02d}{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de reporte",
        "event_date": "Fecha (mm/dd/aaaa)",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos tratantes/traficantes",
        "gender": "Sexo",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del hecho",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Reporte generado por la Oficialía de Cumplimiento - uso interno",
    total="Total",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=True,
)
AVOLTA = ExaminerSource(
    source="avolta_group_security",
    filename="avolta_group_security_no.jsonl",
    ref="GSC-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incidentRef",
        "event_date": "occurredOn",
        "crime_type": "category",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectsIdentified",
        "gender": "sex",
        "age_group": "ageBand",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "intendedDestination",
        "detection_country": "countryCode",
        "transit_countries": "transitCountries",
        "transport_mode": "travelMode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="BATCH TOTAL",
    bad_count=("#VALUE!", "see attachment"),
    repeats=True,
)
#: The set's sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (WDF, LTR, AENA, ATZ, AVOLTA)


# --------------------------------------------------------------------------------------
# Wording of the vocabularies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one desk words its vocabulary cells (first variant = the usual one)."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    expl_none: _Opt  # smuggling rows: exploitation does not apply
    expl_unknown: _Opt  # trafficking rows whose form is not (yet) known
    gender: dict[str, tuple[str, ...]]
    gender_unknown: _Opt
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]  # "mode" or "mode@corridor"
    na: _Opt  # age group or transport not recorded
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    nat_unknown: _Opt
    case_rate: float


_WORDING: dict[str, _Wording] = {
    "wdf_uk_safeguarding": _Wording(
        crime={
            "trafficking": ("Modern Slavery", "Human Trafficking", "MSHT"),
            "smuggling": ("People Smuggling", "Facilitation (illegal entry)"),
            "both": ("Modern Slavery / Smuggling", "MSHT & facilitation"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Labour", "Domestic servitude"),
            "forced_criminality": ("Criminal exploitation", "Cannabis cultivation", "Criminal"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        expl_none=("N/A", None),
        expl_unknown=("Not yet determined", None),
        gender={
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Males & females"),
        },
        gender_unknown=("Not recorded", None),
        age={
            "child": ("Child (U18)", "Under 18", "Minor"),
            "adult": ("Adult", "18+"),
            "mixed": ("Adults & children", "Mixed ages"),
        },
        transport={
            "sea": ("Small boat", "RHIB", "Ferry"),
            "sea@thb_vnm_gbr": ("Ferry", "Boat"),
            "land": ("HGV", "Lorry", "Car"),
            "land@thb_vnm_gbr": ("Road", "Coach", "Car"),
            "air": ("Air", "Flight"),
        },
        na=("Not recorded", None),
        offences={
            "document_fraud": ("Document fraud", "False ID docs"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cyber-enabled crime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        transit_sep=" > ",
        nat_unknown=("Not known", None),
        case_rate=0.04,
    ),
    "lagardere_tr_surete": _Wording(
        crime={
            "trafficking": ("Traite des êtres humains", "TEH"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Filière de passeurs",
            ),
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
        expl_none=("Sans objet", None),
        expl_unknown=("À déterminer",),
        gender={
            "female": ("Femmes", "F"),
            "male": ("Hommes", "H"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        gender_unknown=("NR", None),
        age={
            "child": ("Mineurs", "MNA"),
            "adult": ("Majeurs", "Majeur"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        transport={
            "sea": ("Small boat", "Embarcation", "Voie maritime"),
            "land": ("Poids lourd", "PL", "Véhicule léger"),
            "air": ("Aérien", "Avion"),
        },
        na=("NR", None),
        offences={
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
        offence_sep=" + ",
        transit_sep=", ",
        nat_unknown=("Inconnue", None),
        case_rate=0.04,
    ),
    "aena_concesiones_seguridad": _Wording(
        crime={
            "trafficking": ("Trata de seres humanos", "TSH"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata + favorecimiento inmigración ilegal",),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Servidumbre"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        expl_none=("No procede", None),
        expl_unknown=("Pendiente", None),
        gender={
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        gender_unknown=(None,),
        age={
            "child": ("Menor", "MENA"),
            "adult": ("Adulto", "Adultos"),
            "mixed": ("Adultos y menores",),
        },
        transport={
            "sea": ("Embarcación", "Neumática"),
            "sea@watl": ("Cayuco", "Neumática", "Embarcación"),
            "sea@wmed": ("Patera", "Neumática", "Moto de agua"),
            "land": ("Terrestre", "Vehículo", "A pie"),
            "land@wmed": ("Salto de valla", "A pie", "Oculto en vehículo"),
            "air": ("Vía aérea", "Vuelo comercial"),
        },
        na=("Sin determinar", None),
        offences={
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep=", ",
        transit_sep=" - ",
        nat_unknown=("Desconocida", None),
        case_rate=0.0,
    ),
    "attenza_duty_free_pa": _Wording(
        crime={
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        expl_none=(None, "N/A"),
        expl_unknown=("Por determinar",),
        gender={
            "female": ("Femenino", "FEM"),
            "male": ("Masculino", "MASC"),
            "mixed": ("Mixto",),
        },
        gender_unknown=("N/D",),
        age={
            "child": ("Menores", "NNA"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Adultos y menores"),
        },
        transport={
            "land": ("Terrestre", "A pie (selva)", "Caminando", "Bus"),
            "sea": ("Lancha",),
            "air": ("Aéreo",),
        },
        na=("N/D",),
        offences={
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contrabando", "Drogas"),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep="; ",
        transit_sep=" / ",
        nat_unknown=("N/D", None),
        case_rate=0.05,
    ),
    "avolta_group_security": _Wording(
        crime={
            "trafficking": ("Human trafficking", "THB"),
            "smuggling": ("Migrant smuggling", "SOM"),
            "both": ("THB/SOM", "Trafficking + smuggling"),
        },
        exploitation={
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("forced criminality", "criminal"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        expl_none=(None,),
        expl_unknown=("unknown", None),
        gender={"female": ("female", "F"), "male": ("male", "M"), "mixed": ("mixed",)},
        gender_unknown=(None, "unknown"),
        age={"child": ("minor",), "adult": ("adult",), "mixed": ("adult+minor", "mixed")},
        transport={
            "sea": ("sea", "boat"),
            "land": ("land", "road"),
            "air": ("air", "flight"),
        },
        na=(None, "unknown"),
        offences={
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_sep="",
        transit_sep="",
        nat_unknown=(None,),
        case_rate=0.0,
    ),
}


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, options: tuple[str, ...]) -> str:
    """Pick the usual word 65 % of the time, another variant otherwise."""
    r = float(rng.random())
    if r < 0.65 or len(options) == 1:
        return options[0]
    return options[1 + min(int((r - 0.65) / 0.35 * (len(options) - 1)), len(options) - 2)]


def _opt(rng: _Rng, options: _Opt) -> str | None:
    """Pick one of ``options``, which may hold ``None`` (a blank cell)."""
    return options[int(rng.integers(len(options)))]


def _int(value: object) -> int:
    """Return a count of the truth (a Python or numpy integer) as an int."""
    return int(str(value))


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _demonym(iso: str, lang: str, female: bool) -> str | None:
    row = _DEMONYMS.get(iso)
    if row is None:
        return None
    if lang == "en":
        return row[0]
    base = 1 if lang == "fr" else 3
    return row[base + (1 if female else 0)]


def _noise(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a cell (the meaning stays)."""
    kind = int(rng.integers(4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    if kind == 2:
        return f" {text}"
    return f"{text}  "


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateOut = tuple[object, pd.Timestamp, str, list[str]]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


def _date_wdf(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = float(rng.random())
    if partial_ok and r < 0.03:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", ["partial_date"]
    if r < 0.25:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_ltr(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = float(rng.random())
    if partial_ok and r < 0.025:
        text = f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
        return text, _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.045:
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.2:
        return ts.strftime("%d/%m/%y"), ts, "day", ["two_digit_year"]
    return ts.strftime("%d/%m/%Y"), ts, "day", []


def _date_aena(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = float(rng.random())
    if partial_ok and r < 0.03:
        text = f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
        return text, _month_start(ts), "month", ["partial_date"]
    if r < 0.09:
        return _serial(ts), ts, "day", ["excel_serial"]
    if r < 0.2:
        return ts.strftime("%d/%m/%Y"), ts, "day", ["date_text"]
    return ts.to_pydatetime(), ts, "day", []


def _date_atz(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = float(rng.random())
    if partial_ok and r < 0.03:
        return ts.strftime("%m/%Y"), _month_start(ts), "month", ["partial_date"]
    return ts.strftime("%m/%d/%Y"), ts, "day", ["month_first"]


def _date_avolta(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    r = float(rng.random())
    if partial_ok and r < 0.02:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.04:
        return f"{ts.year}-Q{ts.quarter}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.45:
        hour = 6 + int(rng.integers(14))
        minute = int(rng.integers(60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z", ts, "day", ["datetime"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateOut]] = {
    WDF.source: _date_wdf,
    LTR.source: _date_ltr,
    AENA.source: _date_aena,
    ATZ.source: _date_atz,
    AVOLTA.source: _date_avolta,
}


def _day_cell(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a full date the way the desk writes its usual one."""
    if src is AENA:
        return ts.to_pydatetime()
    if src is ATZ:
        return ts.strftime("%m/%d/%Y")
    if src is AVOLTA:
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no analyst can use: missing, impossible, or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        return _day_cell(src, ts + pd.DateOffset(years=10))
    if src is ATZ:
        return f"02/30/{ts.year}"
    if src is AVOLTA:
        return f"{ts.year}-02-30"
    day_month = choice(rng, ("30/02", "31/04", "31/06", "31/09", "31/11"))
    return f"{day_month}/{ts.year}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the day the extract was run, some days after its last row."""
    return _day_cell(src, last + pd.Timedelta(days=9))


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country_wdf(iso: str, col: str, female: bool, rng: _Rng) -> tuple[str, list[str]]:
    r = float(rng.random())
    if col == "nationality":
        dem = _demonym(iso, "en", female) or _name(iso, "en")
        if iso == "IRQ" and r < 0.1:
            return "Iraqi Kurd", ["alias:nationality"]
        if r < 0.7:
            return dem, ["demonym:nationality"]
        if r < 0.9:
            return _name(iso, "en"), []
        if r < 0.95 and iso in _UK_TYPOS:
            return _UK_TYPOS[iso], ["typo:nationality"]
        return dem.upper(), ["demonym:nationality"]
    if iso == "GBR" and col in ("destination_country", "detection_country"):
        if r < 0.55:
            return "UK", [f"alias:{col}"]
        return ("United Kingdom", []) if r < 0.9 else ("GB", [f"iso2:{col}"])
    return _name(iso, "en"), []


def _country_ltr(iso: str, col: str, female: bool, rng: _Rng) -> tuple[str, list[str]]:
    r = float(rng.random())
    name = _name(iso, "fr")
    if col == "nationality":
        if r < 0.6:
            return name, []
        if r < 0.75:
            return name.upper(), []
        if r < 0.87:
            return iso, ["iso3:nationality"]
        dem = _demonym(iso, "fr", female)
        return (dem, ["demonym:nationality"]) if dem else (name, [])
    if iso == "GBR" and col == "destination_country":
        if r < 0.6:
            return name, []
        return ("Angleterre", [f"alias:{col}"]) if r < 0.9 else ("GB", [f"iso2:{col}"])
    if col == "detection_country" and r < 0.15:
        return (name.upper(), []) if r < 0.1 else (_NAMES[iso][3], [f"iso2:{col}"])
    return (name.upper(), []) if r < 0.1 else (name, [])


def _country_aena(iso: str, col: str, female: bool, rng: _Rng) -> tuple[str, list[str]]:
    r = float(rng.random())
    name = _name(iso, "es")
    if col == "nationality":
        dem = _demonym(iso, "es", female)
        if r < 0.5 and dem:
            return dem, ["demonym:nationality"]
        if r < 0.53 and iso == "GIN":
            return "Guinea Conakry", ["alias:nationality"]
        if r < 0.55 and iso == "ROU":
            return "Rumania", ["alias:nationality"]
        if r < 0.88:
            return name, []
        if r < 0.95:
            return name.upper(), []
        return (_AENA_TYPOS[iso], ["typo:nationality"]) if iso in _AENA_TYPOS else (name, [])
    if col == "origin_country" and r < 0.05 and iso in _AENA_TYPOS:
        return _AENA_TYPOS[iso], [f"typo:{col}"]
    if col == "detection_country" and r < 0.2:
        return (name.upper(), []) if r < 0.15 else (_NAMES[iso][3], [f"iso2:{col}"])
    return name, []


def _country_atz(iso: str, col: str, female: bool, rng: _Rng) -> tuple[str, list[str]]:
    r = float(rng.random())
    name = _name(iso, "es")
    if col == "nationality":
        if r < 0.55:
            return name.upper(), []
        dem = _demonym(iso, "es", female)
        if r < 0.8 and dem:
            return dem, ["demonym:nationality"]
        if r < 0.95 or iso not in _ATZ_TYPOS:
            return name, []
        return _ATZ_TYPOS[iso], ["typo:nationality"]
    if iso == "USA":
        options = ("ESTADOS UNIDOS", "EE.UU.", "EEUU", "Estados Unidos")
        text = options[0 if r < 0.4 else 1 if r < 0.7 else 2 if r < 0.85 else 3]
        return text, ([] if text.lower() == name.lower() else [f"alias:{col}"])
    if iso == "PAN":
        return ("PANAMÁ" if r < 0.5 else "PANAMA" if r < 0.8 else "Panamá"), []
    return (name.upper(), []) if r < 0.6 else (name, [])


def _country_avolta(iso: str, col: str, female: bool, rng: _Rng) -> tuple[str, list[str]]:
    r = float(rng.random())
    if col == "nationality":
        if r < 0.45:
            return iso, ["iso3:nationality"]
        if r < 0.9:
            return _name(iso, "en"), []
        return _NAMES[iso][3], ["iso2:nationality"]
    if col == "origin_country" and r < 0.4:
        return _name(iso, "en"), []
    if col == "detection_country" and iso == "USA" and r < 0.5:
        return iso, [f"iso3:{col}"]
    return _NAMES[iso][3], [f"iso2:{col}"]


_COUNTRY: dict[str, Callable[[str, str, bool, _Rng], tuple[str, list[str]]]] = {
    WDF.source: _country_wdf,
    LTR.source: _country_ltr,
    AENA.source: _country_aena,
    ATZ.source: _country_atz,
    AVOLTA.source: _country_avolta,
}


def _transit(src: ExaminerSource, codes: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write the ordered transit countries the desk's way (a JSON array in the feed)."""
    parts = codes.split("|")
    if src is AVOLTA:
        return [_NAMES[p][3] for p in parts], []
    lang = src.language
    names = [_name(p, lang) for p in parts]
    if src is ATZ and rng.random() < 0.6:
        names = [n.upper() for n in names]
    return _WORDING[src.source].transit_sep.join(names), []


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    r = float(rng.random())
    if src is WDF:
        return ("Not known", None, ["count_placeholder"]) if r < 0.015 else (str(n), n, [])
    if src is LTR:
        if r < 0.01:
            return "NC", None, ["count_placeholder"]
        if n >= 1000:
            return f"{n // 1000}\u00a0{n % 1000:03d}", n, ["thousands:n_persons"]
        return str(n), n, []
    if src is AENA:
        if r < 0.01:
            return None, None, ["count_placeholder"]
        if n >= 1000 and r < 0.45:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands:n_persons"]
        return n, n, []
    if src is ATZ:
        if n >= 1000:
            return f"{n:,}", n, ["thousands:n_persons"]
        if n <= 20 and r < 0.06:
            return _NUMBERS_ES[n], n, ["count_word"]
        return str(n), n, []
    return (None, None, ["count_placeholder"]) if r < 0.01 else (n, n, [])


def _suspects(src: ExaminerSource, s: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    r = float(rng.random())
    if src is WDF:
        if r < 0.04:
            return "Not known", None, ["suspects_placeholder"]
        if s == 0 and r < 0.4:
            return ("Nil" if r < 0.3 else "None identified"), 0, ["zero_word"]
        return str(s), s, []
    if src is LTR:
        if r < 0.04:
            return "non renseigné", None, ["suspects_placeholder"]
        if s == 0 and r < 0.35:
            return ("aucun" if r < 0.25 else "néant"), 0, ["zero_word"]
        return str(s), s, []
    if src is ATZ:
        if r < 0.04:
            return "s/d", None, ["suspects_placeholder"]
        if s == 0 and r < 0.3:
            return "ninguno", 0, ["zero_word"]
        return str(s), s, []
    if r < 0.05:  # the workbook and the feed leave it empty
        return None, None, ["blank_n_suspects"]
    return s, s, []


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    r = float(rng.random())
    pair = "coordinates" in src.headers
    if r < 0.05:
        cells: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
        return cells, None, None, ["coords_missing"]
    if src is AVOLTA and r < 0.065:  # the site had no GPS fix: the form's zeros
        return {"lat": 0.0, "lon": 0.0}, None, None, ["coords_placeholder"]
    digits = 4 if src is ATZ else 5
    y, x = round(lat, digits), round(lon, digits)
    if pair:
        return {"coordinates": f"{y:.{digits}f}, {x:.{digits}f}"}, y, x, []
    if src is LTR:
        text = (f"{y:.5f}".replace(".", ","), f"{x:.5f}".replace(".", ","))
        return {"lat": text[0], "lon": text[1]}, y, x, ["decimal_comma"]
    return {"lat": y, "lon": x}, y, x, []


def _offences(src: ExaminerSource, codes: str | None, rng: _Rng) -> object:
    words = _WORDING[src.source].offences
    parts = [_word(rng, words[c]) for c in codes.split("|")] if codes else []
    if src is AVOLTA:
        return parts
    return _WORDING[src.source].offence_sep.join(parts) if parts else None


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
_NOISY = (
    "crime_type",
    "gender",
    "age_group",
    "transport_mode",
    "nationality",
    "origin_country",
    "destination_country",
)
_GARBLED = ("crime_type", "exploitation", "nationality", "origin_country", "transit_countries")


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _WORDING[src.source]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])
    female = ev["gender"] == "female"

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _DATES[src.source](
        ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, w.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: the form does not apply
        cells["exploitation"] = _opt(rng, w.expl_none)
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = _opt(rng, w.expl_unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, w.exploitation[str(expl)])
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"], t = _persons(src, _int(ev["n_persons"]), rng)
    tags += t
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, _int(ev["n_suspects"]), rng)
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else _opt(rng, w.gender_unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(rng, w.gender[gender])
        exp["gender"] = gender
    for col, table in (("age_group", w.age), ("transport_mode", w.transport)):
        value = str(ev[col])
        if rng.random() < 0.02:
            cells[col] = _opt(rng, w.na)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            options = table.get(f"{value}@{corridor}", table[value])
            cells[col] = _word(rng, options)
            exp[col] = value

    write_country = _COUNTRY[src.source]
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col == "nationality" and rng.random() < 0.02:
            cells[col], exp[col] = _opt(rng, w.nat_unknown), None
            tags.append("blank_nationality")
        else:
            cells[col], t = write_country(iso, col, female, rng)
            exp[col] = iso
            tags += t
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = [] if src is AVOLTA else None
    else:
        cells["transit_countries"], t = _transit(src, str(transit), rng)
        tags += t
    exp["transit_countries"] = transit

    if forced_blank == "coordinates":
        cells.update({"coordinates": None} if "coordinates" in src.headers else {})
        cells.update({"lat": None, "lon": None} if "lat" in src.headers else {})
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        lat, lon = float(str(ev["lat"])), float(str(ev["lon"]))
        coords, exp["lat"], exp["lon"], t = _coords(src, lat, lon, rng)
        cells.update(coords)
        tags += t
    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, str(offences) if offences else None, rng)
    exp["linked_offences"] = offences

    if w.case_rate:
        for col in _NOISY:
            text = cells.get(col)
            if isinstance(text, str) and rng.random() < w.case_rate:
                noisy = _noise(text, rng)
                if noisy != text:
                    cells[col] = noisy
                    tags.append(f"case:{col}")
    if src is LTR and rng.random() < 0.08:  # rows keyed into a UTF-8 tool, read back as cp1252
        for col in _GARBLED:
            text = cells.get(col)
            garbled = mojibake(text) if isinstance(text, str) else None
            if garbled is not None and fits(garbled, src):
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
#: Who reports what: the desk of the detection country first; the group feed gets the rest.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": WDF.source,
        "FRA": LTR.source,
        "ESP": AENA.source,
        "PAN": ATZ.source,
    },
    compilation=AVOLTA.source,
    secondary={
        ("channel", "FRA"): WDF.source,
        ("channel", "GBR"): LTR.source,
        ("thb_vnm_gbr", "GBR"): AVOLTA.source,
        ("wmed", "ESP"): AVOLTA.source,
        ("watl", "ESP"): AVOLTA.source,
        ("thb_rou_esp", "ESP"): AVOLTA.source,
        ("darien", "PAN"): AVOLTA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=377,
    blank_share=0.35,
)


def make_blind377(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five airport-retail desks of set ``blind377`` would.

    The desk of an event's detection country reports it first (UK: World Duty Free UK,
    France: Lagardère Travel Retail, Spain: Aena concessions, Panama: Attenza Duty Free);
    Avolta's group security feed reports every other country and reports again some
    Spanish, British and Panamanian events; the two Channel desks report some of each
    other's crossings. Files are ``*_no.csv``, ``*_no.xlsx`` and ``*_no.jsonl``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        One per desk, in the order of :data:`SOURCES`, each with the expected clean
        value of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind377(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['wdf_uk_safeguarding_no.csv', 'lagardere_tr_surete_no.csv',
     'aena_concesiones_seguridad_no.xlsx', 'attenza_duty_free_pa_no.csv',
     'avolta_group_security_no.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[1]
    'Fecha (mm/dd/aaaa)'
    >>> all((s.expected["event_id"].notna() | s.expected["messiness"].eq("garbage_row")).all()
    ...     for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
