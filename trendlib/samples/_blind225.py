"""Examiner sample set ``blind225``: five supply-chain and labour-rights desks (``*_hs.*``).

Five sources that watch forced labour and the migrant workers of garment, farm and
maquila supply chains, and that keep their own registers of the trafficking and
smuggling events they hear of (a worker hotline, two clean-clothes campaigns, a maquila
solidarity network and an allegations tracker), each writing the way its own tools do:

``unseen_helpline_hs.csv``
    Unseen UK, Modern Slavery & Exploitation Helpline: case export of its case
    management system. English, UTF-8 with BOM, ``,``. UK day-first dates
    (``17/05/2023``, ``17 May 2023``, ``17-May-23``); nationalities as demonyms
    (``Vietnamese``); the place as ``England``/``Scotland``/``UK``; the route joined by
    ``" > "``; the location as a ``lat, long`` pair or a Google Maps link. Re-sent rows.
``ethique_etiquette_hs.csv``
    Collectif Éthique sur l'étiquette (Roubaix): its watch register of cases in
    northern France. French, cp1252, ``;``, CRLF. ``17/05/2023``, ``1er mai 2023``, month
    (``mai 2023``) or quarter (``T2 2023``) when the partner only gave that; French names
    and (feminine) adjectives of nationality; the rows partners sent through a UTF-8
    web form come garbled (``Ã‰rythrÃ©e``, ``aide Ã  l'entrÃ©e``); latitude and longitude
    in two columns with decimal commas; ``1 250`` with a space.
``ropa_limpia_hs.xlsx``
    Campaña Ropa Limpia (SETEM Catalunya): shared workbook of the Spanish campaign.
    Spanish. Real Excel dates, some pasted as serial numbers or day-first text;
    ``Sexo (H/M/Mixto)``; country names in capitals as Spanish registries write them;
    coordinates as numbers or pasted text with decimal commas.
``maquila_solidarity_hs.csv``
    Red de Solidaridad de la Maquila (Maquila Solidarity Network, Mexico office):
    Excel "Unicode text" export, so UTF-16 with tabs. Mexican Spanish: ``EUA``,
    ``EE.UU.``, ``NNA`` (children), ``polleros``, feminine demonyms, ``1,250`` with a
    comma, coordinates as decimal pairs or degrees-minutes-seconds. Re-sent rows.
``bhrrc_tracker_hs.jsonl``
    Business & Human Rights Resource Centre: allegations tracker API, one JSON object
    per line. ISO dates, month (``2023-05``) or quarter (``Q2 2023``) when the
    allegation gives no day; nationality ISO alpha-3, country of the facts as UN M49
    numeric code, the route as ISO alpha-3 codes joined by ``-``. The compilation: it
    reports every event no other desk does.

Where a cell cannot be read by a careful analyst, the truth says so: a count written as
"not known" keeps the record with no count; a gender written as unknown is ``unknown``;
a "not applicable" age group or travel mode is ``unknown``; a missing location has no
coordinates.
"""

from __future__ import annotations

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

__all__ = ["EXAMINER", "SOURCES", "make_blind225"]

_Rng = np.random.Generator

# iso3: (English, French, Spanish, English demonym, French demonym, Spanish demonym)
_COUNTRY: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afghan", "afgano"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanais", "albanés"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "autrichien", "austriaco"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladais", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "bulgare", "búlgaro"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnien",
        "bosnio",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "biélorusse", "bielorruso"),
    "CHN": ("China", "Chine", "China", "Chinese", "chinois", "chino"),
    "CIV": (
        "Côte d'Ivoire",
        "Côte d'Ivoire",
        "Costa de Marfil",
        "Ivorian",
        "ivoirien",
        "marfileño",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerounais", "camerunés"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombien", "colombiano"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "allemand", "alemán"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "algérien", "argelino"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "équatorien", "ecuatoriano"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "égyptien", "egipcio"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "érythréen", "eritreo"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "espagnol", "español"),
    "FRA": ("France", "France", "Francia", "French", "français", "francés"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "britannique", "británico"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guinéen", "guineano"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambien", "gambiano"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "grec", "griego"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondurien", "hondureño"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croate", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haïtien", "haitiano"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "hongrois", "húngaro"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iranien", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "irakien", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italien", "italiano"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libyen", "libio"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marocain", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicain", "mexicano"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macédonien",
        "macedonio",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "malien", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritanien", "mauritano"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigérien", "nigerino"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian", "nigérian", "nigeriano"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistanais", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panaméen", "panameño"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polonais", "polaco"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "roumain", "rumano"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "russe", "ruso"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "sénégalais", "senegalés"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbe", "serbio"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "syrien", "sirio"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunisien", "tunecino"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish", "turc", "turco"),
    "USA": (
        "United States",
        "États-Unis",
        "Estados Unidos",
        "American",
        "américain",
        "estadounidense",
    ),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "vénézuélien", "venezolano"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamien", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yéménite", "yemení"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
#: Other names an agency of that language uses for a country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "TUR": ("Türkiye",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA",),
        "CIV": ("Côte-d'Ivoire",),
        "VNM": ("Vietnam",),
    },
    "es": {
        "USA": ("EE.UU.", "EUA"),
        "GBR": ("Gran Bretaña",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
    },
}
_MOIS = (
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
_MESES = (
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
_MES_ABR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A source of ``blind225``: the shared fields plus the desk's own wording.

    Attributes
    ----------
    words : dict
        Canonical column -> canonical value -> the desk's words (first = usual one);
        ``"transport_mode:<corridor>"`` holds the words of that corridor's journeys.
    phrases : dict
        ``"unknown"`` (a value not known), ``"na"`` (not applicable), ``"zero"`` (no
        suspect), ``"count_unknown"`` (count not known), ``"suspects_unknown"`` and
        ``"numbers"`` (small counts in words, from one).
    transit_sep : str
        Separator of the transit countries.
    offence_sep : str
        Separator of the linked offences.
    direct : tuple of str
        What the desk writes when there is no transit country (besides a blank).
    """

    words: dict[str, dict[str, tuple[str, ...]]]
    phrases: dict[str, tuple[str, ...]]
    transit_sep: str
    offence_sep: str
    direct: tuple[str, ...]


# --------------------------------------------------------------------------------------
# The five desks
# --------------------------------------------------------------------------------------
_UNSEEN = Desk(
    source="unseen_helpline",
    filename="unseen_helpline_hs.csv",
    ref="MSH-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Date Reported",
        "crime_type": "Situation Type",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of PVs",
        "n_suspects": "No. of Exploiters",
        "gender": "PV Gender",
        "age_group": "PV Age",
        "nationality": "PV Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Location Country",
        "transit_countries": "Route via",
        "transport_mode": "Means of Travel",
        "coordinates": "Geo-location",
        "linked_offences": "Other Crimes Flagged",
    },
    note="Extract from helpline CMS - figures are provisional and subject to change",
    total="TOTAL",
    bad_count=("several", "multiple", "tbc"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Modern slavery / trafficking", "Trafficking"),
            "smuggling": ("Smuggling", "People smuggling"),
            "both": ("Smuggling & modern slavery", "Smuggled and exploited"),
        },
        "exploitation": {
            "forced_labour": ("Labour", "Labour exploitation", "Forced labour"),
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_criminality": ("Criminal", "Criminal exploitation", "Forced criminality"),
            "forced_marriage": ("Forced marriage",),
            "organ_removal": ("Organ harvesting",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "Child", "Under 18"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Sea"),
            "land": ("Lorry", "HGV", "Car", "On foot"),
            "air": ("Flight", "Air"),
        },
        "transport_mode:channel": {
            "sea": ("Small boat", "Dinghy", "Boat"),
            "land": ("Lorry", "HGV", "Car"),
            "air": ("Flight",),
        },
        "transport_mode:thb_vnm_gbr": {
            "sea": ("Boat", "Ferry"),
            "land": ("Lorry", "Car", "Van"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    phrases={
        "unknown": ("Not known", "Unknown", "n/k"),
        "na": ("N/A", "Not known"),
        "zero": ("None", "none identified"),
        "count_unknown": ("Not known", "n/k"),
        "suspects_unknown": ("Not known", "n/k", "?"),
        "numbers": ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    },
    transit_sep=" > ",
    offence_sep="; ",
    direct=("Direct",),
)
_ETHIQUE = Desk(
    source="ethique_etiquette",
    filename="ethique_etiquette_hs.csv",
    ref="ESE/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb victimes / personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays des faits",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction du tableau de veille - données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "nombreuses"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants"),
            "both": ("traite et trafic de migrants", "TEH + aide à l'entrée irrégulière"),
        },
        "exploitation": {
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "forced_marriage": ("mariage forcé",),
            "organ_removal": ("prélèvement d'organes",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F", "féminin"),
            "male": ("hommes", "H", "masculin"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "mineur(e)s", "MNA"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau"),
            "land": ("poids lourd", "camion", "véhicule", "à pied"),
            "air": ("avion", "voie aérienne"),
        },
        "transport_mode:channel": {
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("poids lourd", "camion", "véhicule"),
            "air": ("avion",),
        },
        "transport_mode:thb_nga_ita": {
            "sea": ("bateau", "embarcation"),
            "land": ("voie terrestre", "bus"),
            "air": ("avion", "voie aérienne"),
        },
        "linked_offences": {
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    phrases={
        "unknown": ("inconnu", "non renseigné", "N/C"),
        "na": ("sans objet", "non renseigné"),
        "zero": ("aucun", "néant"),
        "count_unknown": ("inconnu", "N/C"),
        "suspects_unknown": ("inconnu", "N/C", "?"),
        "numbers": ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    },
    transit_sep=" / ",
    offence_sep=", ",
    direct=("direct", "aucun"),
)
_ROPA = Desk(
    source="ropa_limpia",
    filename="ropa_limpia_hs.xlsx",
    ref="CRL-{year}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo (H/M/Mixto)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino",
        "detection_country": "País",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales facilitados por las organizaciones socias",
    total="TOTAL",
    bad_count=("varios", "varias", "un grupo"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("trata de seres humanos", "trata", "TSH"),
            "smuggling": ("tráfico de migrantes", "tráfico ilícito de migrantes"),
            "both": ("trata y tráfico", "trata + tráfico de migrantes"),
        },
        "exploitation": {
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "sexual": ("explotación sexual",),
            "forced_criminality": ("delincuencia forzada", "actividades delictivas forzadas"),
            "forced_marriage": ("matrimonio forzado",),
            "organ_removal": ("extracción de órganos",),
            "other": ("otras", "otra"),
        },
        "gender": {
            "female": ("M", "Mujer", "mujeres"),
            "male": ("H", "Hombre", "hombres"),
            "mixed": ("Mixto", "H y M"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "menores de edad"),
            "mixed": ("mixto", "adultos y menores"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "embarcación", "neumática"),
            "land": ("terrestre", "furgoneta", "autobús", "a pie"),
            "air": ("avión", "aéreo"),
        },
        "transport_mode:watl": {
            "sea": ("cayuco", "embarcación", "neumática"),
            "land": ("terrestre",),
            "air": ("avión",),
        },
        "transport_mode:wmed": {
            "sea": ("patera", "neumática", "embarcación"),
            "land": ("a pie", "salto de valla", "oculto en vehículo"),
            "air": ("avión",),
        },
        "transport_mode:thb_rou_esp": {
            "sea": ("barco",),
            "land": ("furgoneta", "autobús", "terrestre"),
            "air": ("avión", "vuelo low cost"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho", "corrupción"),
            "money_laundering": ("blanqueo de capitales", "blanqueo"),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    phrases={
        "unknown": ("desconocido", "s/d", "sin datos"),
        "na": ("s/d", "no consta"),
        "zero": ("ninguno", "0"),
        "count_unknown": ("s/d", "desconocido"),
        "suspects_unknown": ("s/d", "no consta"),
        "numbers": (),
    },
    transit_sep=", ",
    offence_sep=" / ",
    direct=("directo",),
)
_MAQUILA = Desk(
    source="maquila_solidarity",
    filename="maquila_solidarity_hs.csv",
    ref="RSM-MX-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de caso",
        "exploitation": "Tipo de explotación",
        "n_persons": "Personas afectadas",
        "n_suspects": "Polleros / tratantes (núm.)",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "Lugar de detección",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar, sujeta a verificación por las organizaciones aliadas",
    total="Total",
    bad_count=("varios", "un grupo", "muchos"),
    repeats=True,
    words={
        "crime_type": {
            "trafficking": ("trata de personas", "trata"),
            "smuggling": ("tráfico de migrantes", "tráfico de indocumentados"),
            "both": ("trata y tráfico", "tráfico y trata de personas"),
        },
        "exploitation": {
            "forced_labour": ("explotación laboral", "trabajo forzoso"),
            "sexual": ("explotación sexual",),
            "forced_criminality": ("actividades delictivas", "delincuencia forzada"),
            "forced_marriage": ("matrimonio forzado",),
            "organ_removal": ("extracción de órganos",),
            "other": ("otra",),
        },
        "gender": {
            "female": ("mujeres", "femenino", "mujer"),
            "male": ("hombres", "masculino", "hombre"),
            "mixed": ("mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("NNA", "menores"),
            "mixed": ("adultos y NNA", "mixto"),
        },
        "transport_mode": {
            "sea": ("lancha", "embarcación"),
            "land": ("a pie", "caminando", "tráiler", "autobús", "vehículo"),
            "air": ("avión", "vía aérea"),
        },
        "transport_mode:darien": {
            "sea": ("lancha",),
            "land": ("a pie", "caminando", "a pie (selva)"),
            "air": ("avión",),
        },
        "transport_mode:us_mex": {
            "sea": ("lancha",),
            "land": ("a pie", "vehículo", "tráiler", "autobús"),
            "air": ("avión",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos", "documentos falsos"),
            "corruption": ("corrupción", "cohecho"),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
    },
    phrases={
        "unknown": ("se desconoce", "N/D", "sin dato"),
        "na": ("no aplica", "se desconoce"),
        "zero": ("ninguno", "0"),
        "count_unknown": ("se desconoce", "N/D"),
        "suspects_unknown": ("se desconoce", "N/D"),
        "numbers": ("una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    },
    transit_sep=" - ",
    offence_sep=", ",
    direct=("ninguno",),
)
_BHRRC = Desk(
    source="bhrrc_tracker",
    filename="bhrrc_tracker_hs.jsonl",
    ref="BHRRC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "id",
        "event_date": "date",
        "crime_type": "allegation_type",
        "exploitation": "abuse_category",
        "n_persons": "people_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country_m49",
        "transit_countries": "transit",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_issues",
    },
    note=None,
    total="TOTAL",
    bad_count=("dozens", "several", "hundreds"),
    repeats=False,
    words={
        "crime_type": {
            "trafficking": ("human trafficking", "trafficking"),
            "smuggling": ("migrant smuggling", "smuggling"),
            "both": ("trafficking & smuggling",),
        },
        "exploitation": {
            "forced_labour": ("forced labour", "labour exploitation"),
            "sexual": ("sexual exploitation",),
            "forced_criminality": ("forced criminality",),
            "forced_marriage": ("forced marriage",),
            "organ_removal": ("organ removal",),
            "other": ("other",),
        },
        "gender": {
            "female": ("women",),
            "male": ("men",),
            "mixed": ("women and men", "mixed"),
        },
        "age_group": {
            "adult": ("adults",),
            "child": ("children",),
            "mixed": ("adults and children",),
        },
        "transport_mode": {
            "sea": ("sea",),
            "land": ("land",),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    phrases={
        "unknown": ("not stated", "unknown"),
        "na": ("not stated", "n/a"),
        "zero": ("none",),
        "count_unknown": ("not stated", "unknown"),
        "suspects_unknown": ("not stated", "unknown"),
        "numbers": (),
    },
    transit_sep="-",
    offence_sep="; ",
    direct=(),
)

#: The five sources, in the order of the submissions.
SOURCES: tuple[Desk, ...] = (_UNSEEN, _ETHIQUE, _ROPA, _MAQUILA, _BHRRC)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _draw(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _usual(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the first word 60 % of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _typo(text: str) -> str | None:
    """Two letters in the middle of a name of seven letters or more swapped."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _feminine(word: str, lang: str) -> str:
    """Feminine form of a French or Spanish demonym."""
    if lang == "fr":
        endings = (("ien", "ienne"), ("éen", "éenne"), ("grec", "grecque"), ("turc", "turque"))
        for end, fem in endings:
            if word.endswith(end):
                return word[: -len(end)] + fem
        return word if word.endswith("e") else word + "e"
    for end, fem in (("o", "a"), ("és", "esa"), ("án", "ana")):
        if word.endswith(end):
            return word[: -len(end)] + fem
    return word


def _country(
    src: Desk, code: str, style: str, tags: list[str], *, female: bool = False, col: str = ""
) -> str:
    """Write an ISO alpha-3 code the desk's way in ``style`` (falls back to the name)."""
    lang = src.language
    row = _COUNTRY[code]
    name = row[_LANG[lang]]
    out: str | None = None
    if style == "demonym":
        out = row[3 + _LANG[lang]]
        if female and lang != "en":
            out = _feminine(out, lang)
    elif style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "iso3":
        out = code
    elif style == "iso3_lower":
        out = code.lower()
    elif style == "iso2":
        out = iso_codes(code)[0]
    elif style == "alias":
        aliases = _ALIASES[lang].get(code)
        out = aliases[0] if aliases else None
    elif style == "typo":
        out = _typo(name)
    elif style == "spaced":
        out = f" {name} "
    if out is None:
        return name
    if style != "name":
        tags.append(f"{col}_{style}" if col else style)
    return out


def _pick_country(
    src: Desk,
    rng: _Rng,
    code: str,
    weights: dict[str, float],
    tags: list[str],
    *,
    female: bool = False,
    col: str,
) -> str:
    return _country(src, code, _draw(rng, weights), tags, female=female, col=col)


# How each desk writes nationality and the other countries.
_NAT_STYLE: dict[str, dict[str, float]] = {
    "unseen_helpline": {
        "demonym": 0.62,
        "name": 0.2,
        "alias": 0.05,
        "upper": 0.04,
        "typo": 0.03,
        "spaced": 0.03,
        "iso2": 0.03,
    },
    "ethique_etiquette": {
        "name": 0.45,
        "demonym": 0.33,
        "iso3": 0.05,
        "upper": 0.06,
        "typo": 0.04,
        "iso2": 0.05,
    },
    "ropa_limpia": {"upper": 0.35, "name": 0.37, "demonym": 0.2, "iso2": 0.04, "typo": 0.04},
    "maquila_solidarity": {
        "demonym": 0.55,
        "name": 0.28,
        "upper": 0.06,
        "iso3": 0.05,
        "typo": 0.03,
        "spaced": 0.03,
    },
    "bhrrc_tracker": {"iso3": 0.95, "iso3_lower": 0.05},
}
_OTHER_STYLE: dict[str, dict[str, float]] = {
    "unseen_helpline": {"name": 0.8, "alias": 0.1, "upper": 0.04, "typo": 0.03, "iso2": 0.03},
    "ethique_etiquette": {
        "name": 0.75,
        "upper": 0.06,
        "iso2": 0.1,
        "alias": 0.02,
        "typo": 0.02,
    },
    "ropa_limpia": {"upper": 0.4, "name": 0.5, "iso2": 0.05, "typo": 0.05},
    "maquila_solidarity": {"name": 0.75, "alias": 0.12, "upper": 0.06, "iso3": 0.04, "typo": 0.03},
    "bhrrc_tracker": {"name": 0.85, "alias": 0.1, "lower": 0.05},
}
_TRANSIT_STYLE: dict[str, dict[str, float]] = {
    "unseen_helpline": {"name": 0.9, "alias": 0.1},
    "ethique_etiquette": {"name": 0.85, "upper": 0.15},
    "ropa_limpia": {"name": 0.5, "upper": 0.5},
    "maquila_solidarity": {"name": 0.9, "upper": 0.1},
    "bhrrc_tracker": {"iso3": 1.0},
}


def _detection(src: Desk, ev: dict[str, object], rng: _Rng, tags: list[str]) -> object:
    """Return the country of the facts in the desk's words (often with the place)."""
    code = str(ev["detection_country"])
    hotspot = str(ev.get("hotspot") or "")
    name = src.source
    if name == "bhrrc_tracker":
        tags.append("detection_m49")
        return int(iso_codes(code)[1])  # UN M49 = ISO numeric
    if name == "unseen_helpline":
        if code == "GBR":
            if hotspot == "Glasgow":
                return "Scotland"
            return _draw(rng, {"England": 0.45, "UK": 0.3, "United Kingdom": 0.15, "GB": 0.1})
        return _pick_country(src, rng, code, {"name": 0.85, "iso2": 0.15}, tags, col="detection")
    if name == "ethique_etiquette":
        if code == "GBR":
            return _draw(rng, {"Royaume-Uni": 0.6, "Angleterre": 0.3, "GB": 0.1})
        return _pick_country(
            src, rng, code, {"name": 0.75, "upper": 0.15, "iso2": 0.1}, tags, col="detection"
        )
    if name == "ropa_limpia":
        if code == "ESP":
            if hotspot in ("Gran Canaria", "Tenerife", "El Hierro", "Lanzarote"):
                if rng.random() < 0.4:
                    return "España (Canarias)"
            elif hotspot in ("Ceuta", "Melilla") and rng.random() < 0.5:
                return f"{hotspot} (España)"
        return _pick_country(
            src, rng, code, {"upper": 0.45, "name": 0.45, "iso2": 0.1}, tags, col="detection"
        )
    # maquila_solidarity
    if code == "PAN":
        return _draw(rng, {"Panamá": 0.45, "PANAMÁ": 0.15, "Darién, Panamá": 0.3, "PA": 0.1})
    if code == "USA":
        state = "Texas" if hotspot in ("El Paso", "Rio Grande Valley") else "Arizona"
        return _draw(
            rng,
            {"Estados Unidos": 0.3, "EUA": 0.2, "EE.UU.": 0.2, f"{state}, EUA": 0.3},
        )
    return _pick_country(src, rng, code, {"name": 0.9, "upper": 0.1}, tags, col="detection")


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return the event date the desk's way: (cell, expected date, precision)."""
    name = src.source
    day, month, quarter = ts.day, ts.month, ts.quarter
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    r = rng.random()
    if name == "unseen_helpline":
        if r < 0.72:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.92:
            tags.append("date_long")
            return f"{day} {_MON[month - 1]} {ts.year}", ts, "day"
        tags.append("date_short")
        return f"{day:02d}-{_MON[month - 1]}-{ts.year % 100:02d}", ts, "day"
    if name == "ethique_etiquette":
        if partial_ok and r < 0.04:
            tags.append("date_month")
            return f"{_MOIS[month - 1]} {ts.year}", month_start, "month"
        if partial_ok and r < 0.08:
            tags.append("date_quarter")
            return f"T{quarter} {ts.year}", quarter_start, "quarter"
        if r < 0.9:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("date_long")
        first = "1er" if day == 1 else str(day)
        return f"{first} {_MOIS[month - 1]} {ts.year}", ts, "day"
    if name == "ropa_limpia":
        if partial_ok and r < 0.03:
            tags.append("date_month")
            return f"{_MESES[month - 1]} {ts.year}", month_start, "month"
        if r < 0.76:
            return ts.to_pydatetime(), ts, "day"
        if r < 0.88:
            tags.append("date_serial")
            return int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
        tags.append("date_text")
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if name == "maquila_solidarity":
        if partial_ok and r < 0.035:
            tags.append("date_month")
            return f"{_MESES[month - 1]} {ts.year}", month_start, "month"
        if r < 0.82:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        tags.append("date_short")
        return f"{day:02d}-{_MES_ABR[month - 1]}-{ts.year}", ts, "day"
    # bhrrc_tracker
    if partial_ok and r < 0.07:
        tags.append("date_month")
        return ts.strftime("%Y-%m"), month_start, "month"
    if partial_ok and r < 0.1:
        tags.append("date_quarter")
        return f"Q{quarter} {ts.year}", quarter_start, "quarter"
    return ts.strftime("%Y-%m-%d"), ts, "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: blank, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "future_date":
        later = ts.replace(year=y + 10)  # one wrong digit: 2023 -> 2033
        if src.format == "xlsx":
            return later.to_pydatetime()
        if src.format == "jsonl":
            return later.strftime("%Y-%m-%d")
        return later.strftime("%d/%m/%Y")
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    impossible = {
        "unseen_helpline": f"{30 if leap else 29}/02/{y}",
        "ethique_etiquette": f"31/04/{y}",
        "ropa_limpia": f"31/09/{y}",
        "maquila_solidarity": f"31/11/{y}",
        "bhrrc_tracker": f"{y}-02-30",
    }
    return impossible[src.source]


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Date of the extraction written on the note row."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


def _persons(src: Desk, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the count of persons as the desk writes it: (cell, expected count)."""
    w = src.phrases
    r = rng.random()
    if r < 0.012:
        tags.append("count_placeholder")
        if src.format == "jsonl" and rng.random() < 0.5:
            return None, None
        return choice(rng, w["count_unknown"]), None
    numbers = w["numbers"]
    if numbers and n <= len(numbers) and r < 0.05:
        tags.append("count_word")
        return numbers[n - 1], n
    if n >= 1000:
        if src.source == "ethique_etiquette":
            tags.append("thousands")
            return f"{n // 1000}{choice(rng, (' ', chr(0xA0)))}{n % 1000:03d}", n
        if src.source in ("unseen_helpline", "maquila_solidarity"):
            tags.append("thousands")
            return f"{n:,}", n
        if src.source == "ropa_limpia" and rng.random() < 0.4:
            tags.append("thousands")
            return f"{n:,}".replace(",", "."), n
    return (str(n) if src.format == "csv" else n), n


def _suspects(
    src: Desk, n: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Return the count of suspects: (cell, expected count)."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    w = src.phrases
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, w["suspects_unknown"]), None
    if n == 0 and r < 0.4:
        word = choice(rng, w["zero"])
        if word != "0":
            tags.append("zero_word")
        return word, 0
    return (str(n) if src.format == "csv" else n), n


def _vocab(
    src: Desk,
    col: str,
    value: str,
    rng: _Rng,
    tags: list[str],
    *,
    unknown_rate: float,
    unknown_tag: str,
    unknown_words: str = "unknown",
    corridor: str = "",
) -> tuple[str, str]:
    """Return a vocabulary word the desk's way: (cell, expected word)."""
    if rng.random() < unknown_rate:
        tags.append(unknown_tag)
        return choice(rng, src.phrases[unknown_words]), "unknown"
    words = src.words.get(f"{col}:{corridor}", src.words[col])[value]
    cell = _usual(rng, words)
    if src.format == "csv" and rng.random() < 0.04:
        tags.append("case")
        cell = cell.upper() if rng.random() < 0.5 else cell.lower()
    return cell, value


def _transit(src: Desk, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        if src.direct and rng.random() < 0.3:
            tags.append("transit_direct_word")
            return choice(rng, src.direct)
        return None
    codes = str(value).split("|")
    style = _draw(rng, _TRANSIT_STYLE[src.source])
    parts = [_country(src, c, style, tags, col="transit") for c in codes]
    return src.transit_sep.join(parts)


def _offences(src: Desk, value: object, rng: _Rng) -> str | None:
    if value is None:
        return None
    words = src.words["linked_offences"]
    return src.offence_sep.join(_usual(rng, words[o]) for o in str(value).split("|"))


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    seconds = (v - deg - minutes / 60) * 3600
    if round(seconds, 1) >= 60.0:  # carry, so that 59.96" never prints as 60.0"
        minutes, seconds = minutes + 1, 0.0
    if minutes == 60:
        deg, minutes = deg + 1, 0
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


def _coordinates(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the location cells of the desk: (cells, expected lat, expected lon)."""
    name = src.source
    missing_rate = {
        "unseen_helpline": 0.12,
        "ethique_etiquette": 0.05,
        "ropa_limpia": 0.05,
        "maquila_solidarity": 0.05,
        "bhrrc_tracker": 0.2,
    }[name]
    if blank:
        tags.append("blank_coordinates")
        return {}, None, None
    if rng.random() < missing_rate:
        tags.append("coords_missing")
        return {}, None, None
    r = rng.random()
    if name == "unseen_helpline":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.3:
            tags.append("coords_link")
            return {"coordinates": f"https://maps.google.com/?q={la:.5f},{lo:.5f}"}, la, lo
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if name == "ethique_etiquette":
        la, lo = round(lat, 4), round(lon, 4)
        tags.append("coords_decimal_comma")
        return (
            {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")},
            la,
            lo,
        )
    if name == "ropa_limpia":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.15:
            tags.append("coords_decimal_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo
    if name == "maquila_solidarity":
        if r < 0.4:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, lat, lon
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok, tags=tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _usual(rng, src.words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        if src.source == "ethique_etiquette" and rng.random() < 0.2:
            cells["exploitation"] = "sans objet"  # smuggling: no exploitation form
            tags.append("exploitation_sans_objet")
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _usual(rng, src.words["exploitation"][str(expl)])
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        blank=forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        exp["gender"] = "unknown"
    else:
        cells["gender"], exp["gender"] = _vocab(
            src, "gender", gender, rng, tags, unknown_rate=0.015, unknown_tag="blank_gender"
        )
    cells["age_group"], exp["age_group"] = _vocab(
        src,
        "age_group",
        str(ev["age_group"]),
        rng,
        tags,
        unknown_rate=0.015,
        unknown_tag="na_word",
        unknown_words="na",
    )

    female = gender == "female"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        exp["nationality"] = None
    elif rng.random() < 0.015:
        tags.extend(["blank_nationality", "unknown_word"])
        cells["nationality"] = choice(rng, src.phrases["unknown"])
        exp["nationality"] = None
    else:
        cells["nationality"] = _pick_country(
            src, rng, nat, _NAT_STYLE[src.source], tags, female=female, col="nationality"
        )
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = _pick_country(src, rng, code, _OTHER_STYLE[src.source], tags, col=col)
        exp[col] = code

    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        exp["detection_country"] = None
    else:
        cells["detection_country"] = _detection(src, ev, rng, tags)
        exp["detection_country"] = str(ev["detection_country"])

    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    cells["transport_mode"], exp["transport_mode"] = _vocab(
        src,
        "transport_mode",
        mode,
        rng,
        tags,
        unknown_rate=0.015,
        unknown_tag="na_word",
        unknown_words="na",
        corridor=str(ev["corridor"]),
    )

    place, exp["lat"], exp["lon"] = _coordinates(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(place)
    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    if src.source == "ethique_etiquette" and rng.random() < 0.1:
        _garble(src, cells, tags)
    return cells, exp, tags


def _garble(src: Desk, cells: dict[str, object], tags: list[str]) -> None:
    """Garble a row sent through the partners' web form (UTF-8 read as cp1252)."""
    for col, value in cells.items():
        if not isinstance(value, str):
            continue
        bad = mojibake(value)
        if bad is not None and fits(bad, src):
            cells[col] = bad
            tags.append(f"{col}_mojibake")
    tags.append("web_form_row")


#: The variant: who reports what first, and who may report it a second time.
EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "unseen_helpline",
        "FRA": "ethique_etiquette",
        "ESP": "ropa_limpia",
        "PAN": "maquila_solidarity",
        "USA": "maquila_solidarity",
    },
    compilation="bhrrc_tracker",
    secondary={
        ("channel", "FRA"): "unseen_helpline",
        ("channel", "GBR"): "ethique_etiquette",
        ("thb_vnm_gbr", "GBR"): "bhrrc_tracker",
        ("thb_rou_esp", "ESP"): "bhrrc_tracker",
        ("thb_rou_esp", "ITA"): "ropa_limpia",
        ("thb_nga_ita", "ITA"): "ethique_etiquette",
        ("darien", "PAN"): "bhrrc_tracker",
        ("us_mex", "USA"): "bhrrc_tracker",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=225,
    blank_share=0.3,
)


def make_blind225(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of the ``blind225`` set would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        ``unseen_helpline_hs.csv`` (English, UTF-8 with BOM, ``,``),
        ``ethique_etiquette_hs.csv`` (French, cp1252, ``;``),
        ``ropa_limpia_hs.xlsx`` (Spanish), ``maquila_solidarity_hs.csv`` (Mexican
        Spanish, UTF-16, tab) and ``bhrrc_tracker_hs.jsonl`` (English keys), each with
        its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind225(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['unseen_helpline_hs.csv', 'ethique_etiquette_hs.csv', 'ropa_limpia_hs.xlsx',
     'maquila_solidarity_hs.csv', 'bhrrc_tracker_hs.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs][:2]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del hecho', 'Tipo de caso']
    >>> all(len(s.frame) > 3 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
