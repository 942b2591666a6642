"""Examiner variant ``blind386``: letting and estate agents' compliance desks (files ``*_nx.*``).

Five sources that see trafficking and smuggling through rented housing: the tenants,
lodgers and "occupants" of a property let, sub-let or sold under suspicious terms, as
logged by the right-to-rent and anti-money-laundering desks of property professionals.

``propertymark_rtr_nx.xlsx``
    Propertymark's compliance desk (UK letting and estate agents' professional body):
    member agents' right-to-rent and modern-slavery referrals, an Excel log kept by hand.
    English; real Excel dates beside dates typed as text; nationality often written as a
    demonym ("Vietnamese"); the country as the UK nation ("England", "Scotland").
``fnaim_lcbft_nx.csv``
    The LCB-FT (anti-money-laundering) cell of the FNAIM, France's federation of estate
    agents: suspicious lettings (marchands de sommeil, people housed for smugglers) that
    members declared to Tracfin. French, cp1252, ``;``, CRLF; day-first dates, decimal
    commas, nationality as an adjective ("afghane"), "Angleterre" for the United Kingdom.
``cgcapi_prevencion_nx.csv``
    The prevention unit of the Consejo General de los Colegios Oficiales de Agentes de la
    Propiedad Inmobiliaria (Spain): tenancies flagged by member agents and the police
    reports behind them. Spanish, UTF-16 tab-separated text (Excel's "Texto Unicode"),
    Spanish offence names ("Art. 318 bis CP"), ``.`` thousands, transit as ``A - B``.
``acobir_cumplimiento_nx.csv``
    The compliance officers' desk of ACOBIR, Panama's association of real-estate brokers
    and developers: suspicious-operation reports on rooms and lots let to migrant
    smugglers near the Darién. Spanish, UTF-8, ``,``; day-first dates and Excel serials,
    US-style ``,`` thousands, "NNA" for minors, coordinates as a pair or in degrees,
    minutes and seconds; rows pasted from an older system are mojibake.
``rics_regulation_nx.jsonl``
    RICS Regulation (the worldwide chartered surveyors' body): member firms' reports
    from every other country, one JSON object a line. English snake-case codes, ISO
    alpha-3, alpha-2 and numeric country codes beside UN country names, ISO dates,
    months and quarters; a page of the export sent twice (exact repeats).
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["SOURCES", "Agency", "make_blind386"]

_Rng = np.random.Generator

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

# iso3 -> (English, French, Spanish): the names these desks write.
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
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Nationality written as the agency's adjective (only the unambiguous ones).
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    "fr": {  # "nationalité : afghane" (the adjective agrees with the feminine noun)
        "AFG": "afghane",
        "ALB": "albanaise",
        "DZA": "algérienne",
        "ERI": "érythréenne",
        "GIN": "guinéenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "MAR": "marocaine",
        "MLI": "malienne",
        "NGA": "nigériane",  # of Nigeria (Niger's would be "nigérienne")
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "es": {  # "nacionalidad: marroquí"
        "CHN": "china",
        "CIV": "marfileña",
        "COL": "colombiana",
        "DZA": "argelina",
        "ECU": "ecuatoriana",
        "GMB": "gambiana",
        "HTI": "haitiana",
        "MAR": "marroquí",
        "MLI": "maliense",
        "ROU": "rumana",
        "SEN": "senegalesa",
        "VEN": "venezolana",
    },
}

_NUMBERS = {
    "en": ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "fr": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
}
_MONTHLY = ("month_en", "month_fr", "month_es", "month_num", "month_iso")
_QUARTERLY = ("quarter_iso",)


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """How one of the five desks writes its cells (on top of :class:`ExaminerSource`).

    Attributes
    ----------
    dates : mapping
        Date style -> weight. Day styles: ``excel`` (a real Excel date), ``dmy``
        (``17/05/2023``), ``dmy2`` (``17/05/23``), ``dmy_dash`` (``17-05-2023``),
        ``long_en`` / ``long_fr`` / ``long_es`` (``17 May 2023``, ``17 mai 2023``,
        ``17 de mayo de 2023``), ``iso``, ``iso_z`` (``2023-05-17T14:20:00Z``),
        ``serial`` (Excel serial as text). Month styles: ``month_en`` / ``month_fr`` /
        ``month_es`` (``May 2023``), ``month_num`` (``05/2023``), ``month_iso``
        (``2023-05``); quarter style ``quarter_iso`` (``2023-Q2``).
    countries : mapping
        Country style -> weight: ``name``, ``upper``, ``iso2``, ``iso3``, ``numeric``,
        ``alias`` (a form of :attr:`aliases`), ``demonym`` (nationality only), ``typo``.
    aliases : mapping
        ISO alpha-3 -> other names the desk writes for that country.
    words : mapping
        Column -> canonical value -> the desk's words for it.
    unknown : tuple of str
        Words the desk writes for "not known" (``None`` = a blank cell).
    no_count : tuple of str
        Words in a count cell meaning the count is not known.
    zero : tuple of str
        Words for "no suspect".
    not_applicable : tuple of str or None
        Exploitation cells of a pure smuggling row.
    transit_sep : str
        Separator of the transit countries (in travel order).
    offence_sep : str
        Separator of the linked offences.
    thousands : str
        Thousands separator of a large count written as text (``""``: none).
    count_words : float
        Share of small counts (2-10) written in words.
    mojibake_rows : float
        Share of rows whose text was pasted through a wrong code page.
    """

    dates: Mapping[str, float]
    countries: Mapping[str, float]
    aliases: Mapping[str, tuple[str, ...]]
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: tuple[str | None, ...]
    no_count: tuple[str | None, ...]
    zero: tuple[str, ...]
    not_applicable: tuple[str | None, ...]
    transit_sep: str
    offence_sep: str
    thousands: str
    count_words: float
    mojibake_rows: float


_EXPL_EN = {
    "sexual": ("Sexual exploitation", "Sexual"),
    "forced_labour": ("Labour exploitation", "Forced labour"),
    "forced_criminality": (
        "Criminal exploitation",
        "Criminal exploitation (cannabis cultivation)",
    ),
    "organ_removal": ("Organ harvesting",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}

PROPERTYMARK = Agency(
    source="propertymark_rtr",
    filename="propertymark_rtr_nx.xlsx",
    ref="PM/RTR/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Referral ref",
        "event_date": "Date concern raised",
        "crime_type": "Concern category",
        "exploitation": "Exploitation type",
        "n_persons": "Occupants affected",
        "n_suspects": "Persons of interest",
        "gender": "Sex of occupants",
        "age_group": "Age band",
        "nationality": "Occupant nationality",
        "detection_country": "Country",
        "linked_offences": "Other offences noted",
    },
    note="Note: referrals as logged by member agents - not verified by Propertymark",
    total="Total",
    bad_count=("several", "multiple", "a number of"),
    repeats=False,
    dates={"excel": 0.66, "dmy": 0.14, "long_en": 0.1, "month_en": 0.1},
    countries={"name": 0.45, "demonym": 0.4, "upper": 0.07, "typo": 0.04, "alias": 0.04},
    aliases={"GBR": ("UK", "GB", "United Kingdom"), "VNM": ("Viet Nam",)},
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("Facilitation of illegal entry", "People smuggling"),
            "both": ("Modern slavery + facilitation", "Trafficking & smuggling"),
        },
        "exploitation": _EXPL_EN,
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Males & females"),
        },
        "age_group": {
            "child": ("Under 18", "Minor", "Child"),
            "adult": ("Adult", "Adults", "18+"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis cultivation"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=(None, "Not known", "Not recorded", "unknown"),
    no_count=("not known", "TBC", "unknown"),
    zero=("None", "nil", "none identified"),
    not_applicable=(None, None, "N/A"),
    transit_sep="",
    offence_sep="; ",
    thousands=",",
    count_words=0.05,
    mojibake_rows=0.0,
)

FNAIM = Agency(
    source="fnaim_lcbft",
    filename="fnaim_lcbft_nx.csv",
    ref="LCB-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification retenue",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb occupants",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="NB : données déclaratives des agences adhérentes, non vérifiées",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    dates={"dmy": 0.76, "dmy2": 0.08, "long_fr": 0.06, "month_fr": 0.1},
    countries={"name": 0.5, "demonym": 0.3, "upper": 0.1, "typo": 0.04, "alias": 0.06},
    aliases={
        "GBR": ("Angleterre", "UK", "Angleterre"),
        "NGA": ("Nigéria",),
        "VNM": ("Vietnam",),
        "FRA": ("FR",),
    },
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide au séjour irrégulier",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide au séjour irrégulier", "traite et aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("F", "femmes", "féminin"),
            "male": ("H", "hommes", "masculin"),
            "mixed": ("mixte", "H/F", "hommes et femmes"),
        },
        "age_group": {
            "child": ("mineur", "mineurs"),
            "adult": ("majeur", "majeurs"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=(None, "NC", "non déterminé", "inconnu"),
    no_count=("NC", "non communiqué"),
    zero=("aucun", "néant"),
    not_applicable=(None, "sans objet", "sans objet"),
    transit_sep="",
    offence_sep=" / ",
    thousands="\u00a0",
    count_words=0.05,
    mojibake_rows=0.0,
)

CGCAPI = Agency(
    source="cgcapi_prevencion",
    filename="cgcapi_prevencion_nx.csv",
    ref="OCP-API/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas alojadas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "detection_country": "País de detección",
        "transport_mode": "Medio de entrada",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos comunicados por los colegios territoriales, pendientes de verificar",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    dates={"dmy": 0.7, "dmy_dash": 0.1, "long_es": 0.1, "month_es": 0.05, "month_num": 0.05},
    countries={"name": 0.55, "demonym": 0.25, "upper": 0.08, "typo": 0.04, "alias": 0.08},
    aliases={
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "ESP": ("ES",),
        "MAR": ("MARRUECOS",),
        "CIV": ("C. de Marfil",),
    },
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata (art. 177 bis CP)"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Art. 318 bis CP",
                "Inmigración clandestina",
            ),
            "both": ("Trata + 318 bis", "Trata e inmigración ilegal"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Varones"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores", "Menor de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación"),
            "land": ("terrestre", "vehículo", "a pie"),
            "air": ("avión", "vuelo regular"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=(None, "s/d", "desconocido", "sin determinar"),
    no_count=("s/d", "sin determinar"),
    zero=("ninguno", "0 (ninguno)"),
    not_applicable=(None, "no procede"),
    transit_sep=" - ",
    offence_sep=", ",
    thousands=".",
    count_words=0.04,
    mojibake_rows=0.0,
)

ACOBIR = Agency(
    source="acobir_cumplimiento",
    filename="acobir_cumplimiento_nx.csv",
    ref="ACOBIR-ROS-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de reporte",
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
        "detection_country": "País del hecho",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos precedentes o conexos",
    },
    note="Nota: información preliminar, sujeta a verificación por el oficial de cumplimiento",
    total="Total general",
    bad_count=("varios", "muchos"),
    repeats=True,
    dates={"dmy": 0.62, "serial": 0.28, "month_es": 0.1},
    countries={"name": 0.55, "demonym": 0.2, "upper": 0.1, "iso3": 0.05, "alias": 0.1},
    aliases={
        "USA": ("EE.UU.", "EEUU", "USA", "Estados Unidos de América"),
        "PAN": ("PANAMÁ", "Rep. de Panamá"),
        "MEX": ("México",),
    },
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otros fines",),
        },
        "gender": {
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Ambos"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("terrestre", "a pie", "caminando (selva)"),
            "sea": ("marítimo", "lancha"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico",),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    unknown=(None, "N/D", "por determinar"),
    no_count=("N/D", "por determinar"),
    zero=("ninguno", "ninguno"),
    not_applicable=(None, "N/A"),
    transit_sep=", ",
    offence_sep=" / ",
    thousands=",",
    count_words=0.0,
    mojibake_rows=0.12,
)

RICS = Agency(
    source="rics_regulation",
    filename="rics_regulation_nx.jsonl",
    ref="RICS-REG-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "report_id",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "persons_of_interest",
        "gender": "sex",
        "age_group": "age_band",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country",
        "transit_countries": "route_via",
        "transport_mode": "mode_of_travel",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=True,
    dates={"iso": 0.6, "iso_z": 0.15, "month_iso": 0.12, "quarter_iso": 0.13},
    countries={"iso3": 0.45, "iso2": 0.2, "name": 0.15, "alias": 0.12, "numeric": 0.08},
    aliases={
        "IRN": ("Iran (Islamic Republic of)",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "GBR": ("United Kingdom of Great Britain and Northern Ireland",),
        "USA": ("United States of America",),
        "VEN": ("Venezuela (Bolivarian Republic of)",),
        "MKD": ("North Macedonia",),
        "CIV": ("Côte d'Ivoire",),
        "BLR": ("Belarus",),
    },
    words={
        "crime_type": {
            "trafficking": ("human_trafficking", "modern_slavery"),
            "smuggling": ("migrant_smuggling",),
            "both": ("trafficking_and_smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("criminal",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document_fraud",),
            "corruption": ("bribery_corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cyber",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=(None, "not_stated"),
    no_count=(None,),
    zero=(),
    not_applicable=(None,),
    transit_sep=" > ",
    offence_sep=", ",
    thousands="",
    count_words=0.0,
    mojibake_rows=0.0,
)

#: The five sources, in the order :func:`make_blind386` returns them.
SOURCES: tuple[Agency, ...] = (PROPERTYMARK, FNAIM, CGCAPI, ACOBIR, RICS)

_PRIMARY = {
    "GBR": PROPERTYMARK.source,
    "FRA": FNAIM.source,
    "ESP": CGCAPI.source,
    "PAN": ACOBIR.source,
}
_SECONDARY = {
    ("channel", "FRA"): PROPERTYMARK.source,  # the flat the crossing was staged from
    ("channel", "GBR"): FNAIM.source,
    ("thb_vnm_gbr", "GBR"): RICS.source,
    ("wmed", "ESP"): FNAIM.source,
    ("thb_nga_ita", "ITA"): FNAIM.source,
    ("thb_rou_esp", "ESP"): RICS.source,
    ("thb_rou_esp", "ITA"): CGCAPI.source,
    ("darien", "PAN"): RICS.source,
}

_UNKNOWN_RATE = 0.04  # share of a column's cells left blank or written "not known"
_CASE_RATE = 0.05  # share of word cells with odd case or spacing


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _safe(src: Agency, text: str, plain: str) -> str:
    """Return ``text`` if the source's file can hold it, else ``plain``."""
    if src.format != "csv":
        return text
    try:
        text.encode(src.encoding)
    except UnicodeEncodeError:
        return plain
    return text


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (``Afghainstan``)."""
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _noise(text: str, rng: _Rng) -> str:
    kind = int(rng.integers(4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    if kind == 2:
        return f" {text}  "
    return f"{text} "


def _country(
    src: Agency, iso: str, col: str, rng: _Rng, tags: list[str], *, hotspot: str = ""
) -> str:
    """Write one country the desk's way; tag what a reader must know to read it."""
    lang = _LANG[src.language]
    name = _NAMES[iso][lang]
    weights = np.array(list(src.countries.values()), dtype=float)
    style = str(list(src.countries)[int(rng.choice(len(weights), p=weights / weights.sum()))])
    if style == "numeric" and col == "transit_countries":
        style = "iso3"  # the route field lists letter codes and names only
    if src.source == PROPERTYMARK.source and col == "detection_country" and iso == "GBR":
        # the desk writes the UK nation the property is in
        nation = "Scotland" if hotspot.startswith("Glasgow") else "England"
        text = choice(rng, (nation, nation, "UK", "United Kingdom"))
        if text == nation:
            tags.append(f"uk_nation:{col}")
        return text
    demonyms = _DEMONYMS[src.language]
    if style == "demonym" and col == "nationality" and iso in demonyms:
        tags.append(f"demonym:{col}")
        return demonyms[iso]
    if style == "alias" and iso in src.aliases:
        tags.append(f"alias:{col}")
        return _safe(src, choice(rng, src.aliases[iso]), name)
    if style == "iso3":
        tags.append(f"iso3:{col}")
        return iso
    if style == "iso2":
        tags.append(f"iso2:{col}")
        return iso_codes(iso)[0]
    if style == "numeric":
        tags.append(f"numeric:{col}")
        return iso_codes(iso)[1]
    if style == "upper":
        return name.upper()
    if style == "typo" and col != "detection_country" and _typo(name) != name:
        tags.append(f"typo:{col}")
        return _typo(name)
    return name


def _word(src: Agency, col: str, value: str, rng: _Rng, tags: list[str]) -> str:
    forms = src.words[col][value]
    text = forms[0] if rng.random() < 0.6 else choice(rng, forms)
    if rng.random() < _CASE_RATE and src.format != "jsonl":
        tags.append(f"case:{col}")
        return _noise(text, rng)
    return text


def _unknown(src: Agency, col: str, rng: _Rng, tags: list[str]) -> str | None:
    word = src.unknown[int(rng.integers(len(src.unknown)))]
    tags.append(f"{'blank' if word is None else 'unknown'}:{col}")
    return word


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event's date."""
    styles = list(src.dates)
    w = np.array([src.dates[s] for s in styles], dtype=float)
    if not partial_ok:
        w = np.where(np.isin(styles, (*_MONTHLY, *_QUARTERLY)), 0.0, w)
    style = styles[int(rng.choice(len(styles), p=w / w.sum()))]
    m = ts.month - 1
    if style in _MONTHLY:
        tags.append("partial_date")
        cells = {
            "month_en": f"{MONTHS[m]} {ts.year}",
            "month_fr": f"{_MONTHS_FR[m]} {ts.year}",
            "month_es": f"{_MONTHS_ES[m]} de {ts.year}",
            "month_num": f"{ts.month:02d}/{ts.year}",
            "month_iso": f"{ts.year}-{ts.month:02d}",
        }
        return cells[style], ts.to_period("M").start_time, "month"
    if style in _QUARTERLY:
        tags.append("partial_date")
        return f"{ts.year}-Q{ts.quarter}", ts.to_period("Q").start_time, "quarter"
    if style == "excel":
        return ts.to_pydatetime(), ts, "day"
    if style == "serial":
        tags.append("excel_serial")
        return str((ts - pd.Timestamp("1899-12-30")).days), ts, "day"
    if style == "iso_z":
        hour, minute = 6 + int(rng.integers(14)), int(rng.integers(60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z", ts, "day"
    if style.startswith("long_"):
        tags.append("long_date")
        if style == "long_en":
            return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day"
        if style == "long_fr":
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {_MONTHS_FR[m]} {ts.year}", ts, "day"
        return f"{ts.day} de {_MONTHS_ES[m]} de {ts.year}", ts, "day"
    fmt = {"dmy": "%d/%m/%Y", "dmy2": "%d/%m/%y", "dmy_dash": "%d-%m-%Y", "iso": "%Y-%m-%d"}
    return ts.strftime(fmt[style]), ts, "day"


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the desk's way (numbers in XLSX and JSON)."""
    if 2 <= n <= 10 and rng.random() < src.count_words:
        tags.append("count_word")
        return _NUMBERS[src.language][n - 2]
    if n >= 1000 and src.thousands:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}"
    if src.source == FNAIM.source and rng.random() < 0.05:
        tags.append("count_unit")
        return f"{n} pers."
    return n if src.format != "csv" else str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{hemi}"


def _dms_value(value: float) -> float:
    total = round(abs(value) * 36000)
    return float(np.sign(value)) * total / 36000


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return (cells, expected lat, expected lon)."""
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    if blank:
        tags.append("blank_coordinates")
        return dict.fromkeys(keys), None, None
    r = rng.random()
    if r < 0.08:
        if src.source == ACOBIR.source:
            tags.append("coords_placeholder")
            return {"coordinates": "N/D"}, None, None
        tags.append("coords_missing")
        return dict.fromkeys(keys), None, None
    if src.source == ACOBIR.source:
        if r < 0.22:
            tags.append("coords_dms")
            text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            return {"coordinates": text}, _dms_value(lat), _dms_value(lon)
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src.source == FNAIM.source:
        tags.append("decimal_comma")
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    has = set(src.headers)
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng, tags)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: no form of exploitation
        cells["exploitation"] = src.not_applicable[int(rng.integers(len(src.not_applicable)))]
        exp["exploitation"] = None
    elif rng.random() < _UNKNOWN_RATE:
        cells["exploitation"] = _unknown(src, "exploitation", rng, tags)
        exp["exploitation"] = "unknown"
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng, tags)
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        word = src.no_count[int(rng.integers(len(src.no_count)))]
        cells["n_persons"] = word
        tags.append("count_placeholder")
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n

    sus = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or sus is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.04:
        word = src.unknown[int(rng.integers(len(src.unknown)))]
        cells["n_suspects"], exp["n_suspects"] = word, None
        tags.append("suspects_placeholder")
    elif int(sus) == 0 and src.zero and r < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        k = int(sus)  # type: ignore[call-overload]
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    for col in ("gender", "age_group", "transport_mode"):
        value = str(ev[col])
        if col not in has:
            exp[col] = "unknown"
        elif col == "gender" and forced_blank == "gender":
            cells[col], exp[col] = None, "unknown"
            tags.append("blank_gender")
        elif rng.random() < _UNKNOWN_RATE:
            cells[col], exp[col] = _unknown(src, col, rng, tags), "unknown"
        else:
            cells[col], exp[col] = _word(src, col, value, rng, tags), value

    hotspot = str(ev.get("hotspot") or "")
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if col not in has or iso is None:
            exp[col] = None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col != "detection_country" and rng.random() < _UNKNOWN_RATE:
            cells[col], exp[col] = _unknown(src, col, rng, tags), None
        else:
            text = _country(src, str(iso), col, rng, tags, hotspot=hotspot)
            if rng.random() < _CASE_RATE and src.format != "jsonl":
                text = _noise(text, rng)
                tags.append(f"case:{col}")
            cells[col], exp[col] = text, iso

    transit = ev["transit_countries"]
    if "transit_countries" in has and transit is not None:
        parts = [_country(src, p, "transit_countries", rng, tags) for p in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = transit
    else:
        exp["transit_countries"] = None

    if "coordinates" in has or "lat" in has:
        place, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
            forced_blank == "coordinates",
        )
        cells.update(place)
    else:
        exp["lat"] = exp["lon"] = None

    offences = ev["linked_offences"]
    if offences is not None:
        words = [_word(src, "linked_offences", o, rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(w.strip() for w in words)
    exp["linked_offences"] = offences

    if src.mojibake_rows and rng.random() < src.mojibake_rows:
        for col, cell in list(cells.items()):  # a row pasted through the wrong code page
            if col in ("source_ref", "event_date", "n_persons", "n_suspects"):
                continue
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with a year ten years on (a mistyped decade: 2023 -> 2033)."""
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return pd.Timestamp(year=ts.year + 10, month=ts.month, day=day)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell that must be quarantined, written in the desk's style."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        future = _future(ts)
        if src.format == "xlsx":
            return future.to_pydatetime()
        if src.format == "jsonl":
            return future.strftime("%Y-%m-%d")
        return future.strftime("%d/%m/%Y")
    if src.format == "jsonl":
        return f"{ts.year}-02-30"
    if src.source == CGCAPI.source:
        return f"31/06/{ts.year}"
    if src.source == ACOBIR.source:
        return f"31/04/{ts.year}"
    return f"30/02/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row (the day of the extract)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=RICS.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=386_386,
    blank_share=0.35,
)


def make_blind386(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five property desks of ``blind386`` would.

    Events detected in the United Kingdom go to Propertymark, in France to the FNAIM,
    in Spain to the CGCAPI and in Panama to ACOBIR; RICS Regulation compiles the rest
    (Italy, Greece, Croatia, Poland, the United States). About 4 % of the events are
    reported again by a second desk (Channel cases on both sides, Romanian and
    Vietnamese exploitation cases, the Darién), with a date a day off at most.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``propertymark_rtr_nx.xlsx``, ``fnaim_lcbft_nx.csv`` (cp1252, ``;``),
        ``cgcapi_prevencion_nx.csv`` (UTF-16, tab), ``acobir_cumplimiento_nx.csv``
        (UTF-8, ``,``) and ``rics_regulation_nx.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind386(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['propertymark_rtr_nx.xlsx', 'fnaim_lcbft_nx.csv', 'cgcapi_prevencion_nx.csv',
     'acobir_cumplimiento_nx.csv', 'rics_regulation_nx.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification retenue']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
