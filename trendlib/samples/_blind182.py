"""Examiner set ``blind182`` (files ``*_gb.*``): East African desks and their partners.

Five sources that work on the Horn and East Africa's routes towards Europe and beyond,
each reporting the events of the truth in its own way:

``knps_london_gb.csv``
    Kenya National Police Service, Police Liaison Office at the Kenya High Commission in
    London: UK detections (Channel, Viet Nam-UK exploitation) written as a Kenyan
    occurrence-book extract. English, UTF-8 with BOM, ``,``; ``LDN/OB/012/2023``
    references, ``17/05/2023`` and ``17th May 2023`` dates, nationalities as demonyms in
    any case, counts as ``two (2)`` and ``1,250``, ``Nil`` suspects, ``TBC`` counts,
    transit lists joined by ``" / "``, one ``GPS Coordinates`` column ``lat, lon``.
``ssi_djibouti_gb.xlsx``
    Service de sécurité intérieure of the French embassy in Djibouti (French-speaking
    partner of the Horn): French detections on the Channel coast as a follow-up workbook.
    French; real Excel dates beside typed ``17/05/2023`` cells and General-formatted
    serials, ``mai 2023`` and ``T2 2023`` partial dates, feminine nationality adjectives,
    ``aucun`` suspects, ``NC`` counts, numeric or decimal-comma coordinates.
``agregaduria_interior_nairobi_gb.csv``
    Spain's Interior attaché (Agregaduría de Interior) in Nairobi: Spanish detections
    (Canaries, Ceuta, Melilla, Almería, Huelva) shared with East African partners.
    Spanish, cp1252, ``;``; ``17/05/23`` and ``17/05/2023`` dates, ``2023T2`` quarters,
    ``1.250`` counts, ``ninguno`` suspects, decimal-comma coordinates and mojibake
    (``MalÃ­``) in cells pasted from a UTF-8 feed.
``esperto_addis_abeba_gb.csv``
    The Italian Interior Ministry's security expert at the embassy in Addis Ababa:
    Italian landings and exploitation cases, in English with Italian words (country
    names, offences under Italian law, ``n.d.``), exported by Excel as Unicode text
    (UTF-16, tab); ``17.05.2023`` dates, ``1.250`` counts and positions in degrees and
    decimal minutes (``35°30.12'N 012°36.45'E``).
``ncb_nairobi_gb.jsonl``
    INTERPOL National Central Bureau Nairobi (DCI Kenya), a digest of case messages
    received from other bureaux: every event no liaison desk reports (Greece, Croatia,
    Poland, Panama, United States) plus second reports of Italian and Spanish cases.
    English, JSON lines, ISO alpha-2 codes (some alpha-3, some numeric), ISO dates and
    timestamps, upper-case vocabulary.

Cells a careful analyst cannot read are planted on purpose and the truth says so: an
unknown count expects no count, an unknown sex ``unknown``, an unknown place nothing.
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
    fits,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["AGENCIES", "EXAMINER", "Agency", "Wording", "make_blind182"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

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

# iso3 -> (English, French, Spanish, Italian) names, as these desks write them.
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghanistan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgaria"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnia ed Erzegovina",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Bielorussia"),
    "CHN": ("China", "Chine", "China", "Cina"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Costa d'Avorio"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Camerun"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Germania"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algeria"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egitto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spagna"),
    "FRA": ("France", "France", "Francia", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "Regno Unito"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croazia"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haiti"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Ungheria"),
    "IRN": ("Iran", "Iran", "Irán", "Iran"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraq"),
    "ITA": ("Italy", "Italie", "Italia", "Italia"),
    "LBY": ("Libya", "Libye", "Libia", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Marocco"),
    "MEX": ("Mexico", "Mexique", "México", "Messico"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonia del Nord"),
    "MLI": ("Mali", "Mali", "Malí", "Mali"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger", "Niger"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistan"),
    "PAN": ("Panama", "Panama", "Panamá", "Panama"),
    "POL": ("Poland", "Pologne", "Polonia", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romania"),
    "RUS": ("Russia", "Russie", "Rusia", "Russia"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisia"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turchia"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "Stati Uniti"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemen"),
}

# iso3 -> (English, French (feminine, as after "nationalité"), Spanish) nationality words.
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgano"),
    "ALB": ("Albanian", "albanaise", "albanés"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "chino"),
    "CIV": ("Ivorian", "ivoirienne", "marfileño"),
    "CMR": ("Cameroonian", "camerounaise", "camerunés"),
    "COL": ("Colombian", "colombienne", "colombiano"),
    "DZA": ("Algerian", "algérienne", "argelino"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptienne", "egipcio"),
    "ERI": ("Eritrean", "érythréenne", "eritreo"),
    "GIN": ("Guinean", "guinéenne", "guineano"),
    "GMB": ("Gambian", "gambienne", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurienne", "hondureño"),
    "HTI": ("Haitian", "haïtienne", "haitiano"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicano"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriano"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumano"),
    "SEN": ("Senegalese", "sénégalaise", "senegalés"),
    "SYR": ("Syrian", "syrienne", "sirio"),
    "TUN": ("Tunisian", "tunisienne", "tunecino"),
    "TUR": ("Turkish", "turque", "turco"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolano"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

# Other names these desks use for a country (a careful analyst knows them).
_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K.", "Great Britain"),
    "USA": ("USA", "U.S.A."),
    "CIV": ("Ivory Coast",),
    "VNM": ("Viet Nam",),
    "TUR": ("Türkiye",),
    "RUS": ("Russian Federation",),
    "SYR": ("Syrian Arab Republic",),
    "IRN": ("Islamic Republic of Iran",),
    "BIH": ("Bosnia",),
    "GMB": ("The Gambia",),
}

# Small slips of the keyboard, by language (name or nationality word -> as typed).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "Eritrea": "Eritria",
        "Eritrean": "Eritrian",
        "Afghanistan": "Afganistan",
        "Vietnamese": "Vietnamise",
        "Albanian": "Albanain",
        "Vietnam": "Vietnan",
        "Tunisia": "Tunisa",
        "Bangladeshi": "Bangladeshie",
        "Pakistani": "Pakistany",
        "Egyptian": "Egyptain",
    },
    "fr": {
        "érythréenne": "erythreenne",
        "Érythrée": "Erythrée",
        "afghane": "afgane",
        "Afghanistan": "Afganistan",
        "irakienne": "iraquienne",
        "vietnamienne": "vietnamiene",
    },
    "es": {
        "Marruecos": "Marrueco",
        "marroquí": "marroqui",
        "Senegal": "Senegall",
        "senegalés": "senegales",
        "Mauritania": "Mauritana",
        "Argelia": "Algelia",
        "maliense": "malienese",
    },
}


@dataclass(frozen=True)
class Wording:
    """How one agency writes the values of its rows.

    Attributes
    ----------
    lang : str
        ``"en"``, ``"fr"`` or ``"es"``: the column of :data:`_NAMES` and of the typos.
    italian : float
        Share of place names written in Italian (the Italian desk only).
    nat_style, place_style : mapping
        Way of writing a nationality / another country -> weight.
    transit_sep : str
        Separator of the transit list.
    direct : tuple of str
        Words for "no transit" (expected: no transit country).
    crime, expl, gender, age, transport, offences : mapping
        Design word -> the agency's words (first = the usual one).
    offence_sep : str
        Separator of the linked offences.
    unknown : tuple of str
        Words for an unknown value (sex, nationality, place).
    na_words : tuple of str
        Words for "not known" in age and transport columns.
    count_unknown : tuple of str
        Count cells saying the count is not known (record kept, no count).
    zero : tuple of str
        Words for no suspect.
    """

    lang: str
    italian: float
    nat_style: Mapping[str, float]
    place_style: Mapping[str, float]
    transit_sep: str
    direct: tuple[str, ...]
    crime: Mapping[str, tuple[str, ...]]
    expl: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    unknown: tuple[str, ...]
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A source of this set: the shared fields plus its :class:`Wording`.

    Attributes
    ----------
    wording : Wording
        How the agency writes its values.
    """

    wording: Wording


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_KNPS = Agency(
    source="knps_london",
    filename="knps_london_gb.csv",
    ref="LDN/OB/{seq:03d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "OB No.",
        "event_date": "Date of Incident",
        "crime_type": "Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interception",
        "transport_mode": "Mode of Travel",
        "coordinates": "GPS Coordinates",
        "linked_offences": "Other Offences",
    },
    note="NB: Figures provisional pending verification by DCI Headquarters",
    total="TOTAL",
    bad_count=("several", "a number of", "many"),
    repeats=True,
    wording=Wording(
        lang="en",
        italian=0.0,
        nat_style={"demonym": 0.62, "upper": 0.2, "name": 0.1, "typo": 0.05, "iso2": 0.03},
        place_style={"name": 0.72, "upper": 0.12, "alias": 0.1, "typo": 0.04, "iso2": 0.02},
        transit_sep=" / ",
        direct=("Direct", "direct"),
        crime={
            "trafficking": ("Trafficking in Persons", "TIP", "Human Trafficking"),
            "smuggling": ("Smuggling of Migrants", "SOM", "Migrant Smuggling"),
            "both": ("TIP & SOM", "Trafficking and Smuggling"),
        },
        expl={
            "sexual": ("Sexual exploitation", "Commercial sexual exploitation"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={
            "female": ("Female", "F", "Females"),
            "male": ("Male", "M", "Males"),
            "mixed": ("Mixed", "Male & Female", "M/F"),
        },
        age={
            "child": ("Minor", "Child", "Minors"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults & Minors", "Mixed"),
        },
        transport={
            "sea": ("Sea", "Small boat", "Boat"),
            "land": ("Road", "Lorry", "Motor vehicle"),
            "air": ("Air", "Flight"),
        },
        offences={
            "document_fraud": ("Forgery of documents", "Fraudulent travel documents"),
            "corruption": ("Bribery", "Corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        unknown=("Not known", "N/K", "Unknown"),
        na_words=("N/A", "Not known"),
        count_unknown=("TBC", "N/K", "Not known"),
        zero=("Nil", "NIL"),
    ),
)

_SSI = Agency(
    source="ssi_djibouti",
    filename="ssi_djibouti_gb.xlsx",
    ref="SSI-DJ/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
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
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Vecteur",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : données provisoires, non consolidées (sources DCPAF / OCRIEST)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    wording=Wording(
        lang="fr",
        italian=0.0,
        nat_style={"demonym": 0.6, "name": 0.2, "iso3": 0.1, "upper": 0.06, "typo": 0.04},
        place_style={"name": 0.78, "upper": 0.1, "iso3": 0.08, "typo": 0.04},
        transit_sep=", ",
        direct=("direct", "aucun"),
        crime={
            "trafficking": ("Traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "Aide à l'entrée et au séjour irréguliers",
                "trafic de migrants",
                "filière d'immigration irrégulière",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        expl={
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        gender={
            "female": ("Femmes", "F", "féminin"),
            "male": ("Hommes", "H", "masculin"),
            "mixed": ("Mixte", "H/F"),
        },
        age={
            "child": ("Mineurs", "mineur(s)"),
            "adult": ("Majeurs", "majeur(s)"),
            "mixed": ("Majeurs et mineurs", "mixte"),
        },
        transport={
            "sea": ("maritime", "small boat", "embarcation"),
            "land": ("routier", "poids lourd", "camion"),
            "air": ("aérien", "avion"),
        },
        offences={
            "document_fraud": ("fraude documentaire", "faux documents"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=" / ",
        unknown=("NC", "inconnu", "non renseigné"),
        na_words=("NC", "non renseigné"),
        count_unknown=("NC", "non communiqué", "inconnu"),
        zero=("aucun", "néant"),
    ),
)

_AGI = Agency(
    source="agregaduria_interior_nairobi",
    filename="agregaduria_interior_nairobi_gb.csv",
    ref="AGI-NBO/{seq:04d}/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha hechos",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº víctimas/migrantes",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales facilitados por la CGEF, pendientes de depuración",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=True,
    wording=Wording(
        lang="es",
        italian=0.0,
        nat_style={"demonym": 0.5, "name": 0.3, "upper": 0.08, "mojibake": 0.07, "typo": 0.05},
        place_style={"name": 0.74, "upper": 0.1, "mojibake": 0.08, "typo": 0.04, "iso2": 0.04},
        transit_sep=" - ",
        direct=("directo", "Directo"),
        crime={
            "trafficking": ("Trata de seres humanos", "TSH", "Trata (art. 177 bis CP)"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Inmigración ilegal (art. 318 bis CP)",
                "Tráfico de migrantes",
            ),
            "both": ("TSH + 318 bis", "Trata y favorecimiento inmigración ilegal"),
        },
        expl={
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        gender={
            "female": ("Mujer", "Mujeres", "Femenino"),
            "male": ("Varón", "Hombres", "Masculino"),
            "mixed": ("Ambos", "Mixto", "Hombres y mujeres"),
        },
        age={
            "child": ("Menor", "Menores"),
            "adult": ("Mayor de edad", "Adultos"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        transport={
            "sea": ("marítimo", "patera", "cayuco"),
            "land": ("terrestre", "vehículo"),
            "air": ("aéreo", "avión"),
        },
        offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=", ",
        unknown=("s/d", "desconocido", "sin datos"),
        na_words=("s/d", "sin datos"),
        count_unknown=("s/d", "sin determinar"),
        zero=("ninguno", "ninguno/a"),
    ),
)

_ESPERTO = Agency(
    source="esperto_addis_abeba",
    filename="esperto_addis_abeba_gb.csv",
    ref="ADD/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Prot. n.",
        "event_date": "Event date",
        "crime_type": "Offence",
        "exploitation": "Exploitation",
        "n_persons": "Persons (migrants/victims)",
        "n_suspects": "Arrested (fermati)",
        "gender": "Gender",
        "age_group": "Adults/Minors",
        "nationality": "Declared nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit",
        "destination_country": "Final destination (declared)",
        "detection_country": "Country of detection",
        "transport_mode": "Means",
        "coordinates": "Position",
        "linked_offences": "Related offences",
    },
    note="N.B. provisional data - source: Dipartimento P.S., Direzione Centrale Immigrazione",
    total="TOTALE",
    bad_count=("several", "diversi"),
    repeats=False,
    wording=Wording(
        lang="en",
        italian=0.2,
        nat_style={"demonym": 0.55, "name": 0.3, "upper": 0.08, "iso2": 0.04, "typo": 0.03},
        place_style={"name": 0.8, "upper": 0.08, "iso2": 0.07, "typo": 0.05},
        transit_sep=" > ",
        direct=("direct", "none"),
        crime={
            "trafficking": ("Trafficking (art. 601 c.p.)", "Human trafficking", "Tratta"),
            "smuggling": (
                "Smuggling (art. 12 TUI)",
                "Aiding illegal immigration",
                "Favoreggiamento immigrazione clandestina",
            ),
            "both": (
                "Trafficking + smuggling (artt. 601 c.p. / 12 TUI)",
                "Tratta e favoreggiamento",
            ),
        },
        expl={
            "sexual": ("Sexual exploitation", "sfruttamento sessuale"),
            "forced_labour": ("Labour exploitation (caporalato)", "Forced labour"),
            "forced_criminality": ("Forced criminality",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={
            "female": ("Female", "F", "donne"),
            "male": ("Male", "M", "uomini"),
            "mixed": ("Mixed", "M/F"),
        },
        age={
            "child": ("Minors", "minori"),
            "adult": ("Adults", "adulti"),
            "mixed": ("Adults + minors", "Mixed"),
        },
        transport={
            "sea": ("Sea (landing)", "Sea", "Boat"),
            "land": ("Land", "Road"),
            "air": ("Air", "Flight"),
        },
        offences={
            "document_fraud": ("Document fraud (falso documentale)", "Document fraud"),
            "corruption": ("Corruption",),
            "money_laundering": ("Money laundering (riciclaggio)", "Money laundering"),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        offence_sep=" + ",
        unknown=("n.d.", "unknown"),
        na_words=("n.d.",),
        count_unknown=("n.d.", "unknown"),
        zero=("none", "nessuno"),
    ),
)

_NCB = Agency(
    source="ncb_nairobi",
    filename="ncb_nairobi_gb.jsonl",
    ref="KE-NCB/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "msg_ref",
        "event_date": "offence_date",
        "crime_type": "offence_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "destination",
        "detection_country": "locus_country",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "associated_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several"),
    repeats=False,
    wording=Wording(
        lang="en",
        italian=0.0,
        nat_style={"iso2": 0.8, "iso3": 0.08, "numeric": 0.07, "name": 0.05},
        place_style={"iso2": 0.86, "iso3": 0.09, "name": 0.05},
        transit_sep=",",
        direct=("DIRECT",),
        crime={
            "trafficking": ("THB", "TRAFFICKING IN HUMAN BEINGS"),
            "smuggling": ("SOM", "PEOPLE SMUGGLING"),
            "both": ("THB/SOM",),
        },
        expl={
            "sexual": ("SEXUAL",),
            "forced_labour": ("LABOUR",),
            "forced_criminality": ("FORCED CRIMINALITY",),
            "organ_removal": ("ORGAN REMOVAL",),
            "forced_marriage": ("FORCED MARRIAGE",),
            "other": ("OTHER",),
        },
        gender={"female": ("F", "FEMALE"), "male": ("M", "MALE"), "mixed": ("MIXED", "M+F")},
        age={"child": ("CHILD", "MINOR"), "adult": ("ADULT",), "mixed": ("MIXED",)},
        transport={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
        offences={
            "document_fraud": ("DOCUMENT FRAUD",),
            "corruption": ("CORRUPTION",),
            "money_laundering": ("MONEY LAUNDERING",),
            "illicit_goods": ("DRUG TRAFFICKING",),
            "cybercrime": ("CYBERCRIME",),
            "terrorism": ("TERRORISM",),
        },
        offence_sep=", ",
        unknown=("UNKNOWN", "UNK"),
        na_words=("UNKNOWN",),
        count_unknown=("UNKNOWN",),
        zero=(),
    ),
)

#: The five sources, in the order :func:`make_blind182` returns them.
AGENCIES: tuple[Agency, ...] = (_KNPS, _SSI, _AGI, _ESPERTO, _NCB)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Return the usual word (first) about two times in three, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _country(
    src: Agency,
    iso: str,
    rng: _Rng,
    *,
    nationality: bool,
    style: str | None = None,
    italian: bool | None = None,
) -> tuple[str, str | None]:
    """Write one country as the agency does; return (cell, messiness tag kind or None).

    ``style`` and ``italian`` fix the way of writing (the same for every country of a
    transit list); by default they are drawn for this cell.
    """
    w = src.wording
    if style is None:
        style = _pick(rng, w.nat_style if nationality else w.place_style)
    if italian is None:
        italian = bool(w.italian) and rng.random() < w.italian
    lang = w.lang
    base = _NAMES[iso][3 if italian else {"en": 0, "fr": 1, "es": 2}[lang]]
    if nationality and iso in _DEMONYMS and style in ("demonym", "upper", "typo", "mojibake"):
        if style == "demonym" or rng.random() < 0.8:
            base = _DEMONYMS[iso][{"en": 0, "fr": 1, "es": 2}[lang]]
    if style == "iso2":
        return iso_codes(iso)[0], "iso2"
    if style == "iso3":
        return iso, "iso3"
    if style == "numeric":
        return iso_codes(iso)[1], "numeric"
    if style == "alias" and iso in _ALIASES:
        return choice(rng, _ALIASES[iso]), "alias"
    if style == "upper":
        return base.upper(), "case"
    if style == "typo" and base in _TYPOS[lang]:
        return _TYPOS[lang][base], "typo"
    if style == "mojibake":
        garbled = mojibake(base)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    return base, None


_NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
)


def _count(src: Agency, n: int, rng: _Rng, col: str) -> tuple[object, list[str]]:
    """Write a count (persons or suspects) in the agency's style."""
    tags: list[str] = []
    name = src.source
    if name == "knps_london":
        if 1 <= n <= 12 and rng.random() < 0.25:
            return f"{_NUMBER_WORDS[n]} ({n})", [f"count_words:{col}"]
        if n >= 1000:
            return f"{n:,}", [f"thousands:{col}"]
        return str(n), tags
    if name == "ssi_djibouti":
        if n >= 1000 and rng.random() < 0.4:
            return f"{n // 1000}\u00a0{n % 1000:03d}", [f"thousands:{col}"]
        return n, tags
    if name in ("agregaduria_interior_nairobi", "esperto_addis_abeba"):
        if n >= 1000 and rng.random() < 0.7:
            return f"{n // 1000}.{n % 1000:03d}", [f"thousands:{col}"]
        return str(n), tags
    return n, tags  # ncb_nairobi: JSON numbers


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date; return (cell, expected date, precision)."""
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    r = rng.random()
    m = ts.month - 1
    name = src.source
    if name == "knps_london":
        if partial_ok and r < 0.03:
            return f"{MONTHS[m]} {ts.year}", month_start, "month"
        s = rng.random()
        if s < 0.7:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if s < 0.9:
            day = ts.day
            suffix = (
                "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            )
            return f"{day}{suffix} {MONTHS[m]} {ts.year}", ts, "day"
        return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day"
    if name == "ssi_djibouti":
        if partial_ok and r < 0.03:
            return f"{_MONTHS_FR[m]} {ts.year}", month_start, "month"
        if partial_ok and r < 0.06:
            return f"T{ts.quarter} {ts.year}", quarter_start, "quarter"
        s = rng.random()
        if s < 0.72:
            return ts.to_pydatetime(), ts, "day"
        if s < 0.9:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return int((ts.normalize() - _EXCEL_EPOCH).days), ts, "day"
    if name == "agregaduria_interior_nairobi":
        if partial_ok and r < 0.03:
            return f"{_MONTHS_ES[m]} {ts.year}", month_start, "month"
        if partial_ok and r < 0.05:
            return f"{ts.year}T{ts.quarter}", quarter_start, "quarter"
        fmt = "%d/%m/%Y" if rng.random() < 0.8 else "%d/%m/%y"
        return ts.strftime(fmt), ts, "day"
    if name == "esperto_addis_abeba":
        if partial_ok and r < 0.03:
            return ts.strftime("%m/%Y"), month_start, "month"
        fmt = "%d.%m.%Y" if rng.random() < 0.6 else "%d/%m/%Y"
        return ts.strftime(fmt), ts, "day"
    # ncb_nairobi
    if partial_ok and r < 0.05:
        return ts.strftime("%Y-%m"), month_start, "month"
    if partial_ok and r < 0.08:
        return f"{ts.year}-Q{ts.quarter}", quarter_start, "quarter"
    s = rng.random()
    if s < 0.6:
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if s < 0.85:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hh:02d}:{mm:02d}:00Z", ts, "day"
    return ts.strftime("%Y/%m/%d"), ts, "day"


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (``35°30.12'N``) and the value it reads as."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{deg:0{width}d}°{minutes:05.2f}'{hemi}"
    read = deg + minutes / 60
    return text, round(read if value >= 0 else -read, 6)


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, *, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place; return (cells, expected lat, expected lon, tags)."""
    name = src.source
    pair = "coordinates" in src.headers
    if blank:
        cells: dict[str, object] = {"coordinates": None} if pair else {"lat": None, "lon": None}
        return cells, None, None, ["blank_coordinates"]
    r = rng.random()
    missing = {"knps_london": 0.05, "ssi_djibouti": 0.07, "agregaduria_interior_nairobi": 0.06}
    if r < missing.get(name, 0.05 if name == "esperto_addis_abeba" else 0.1):
        if name == "knps_london" and rng.random() < 0.5:
            return {"coordinates": "N/A"}, None, None, ["coords_placeholder"]
        cells = {"coordinates": None} if pair else {"lat": None, "lon": None}
        return cells, None, None, ["coords_missing"]
    if name == "knps_london":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, []
    if name == "esperto_addis_abeba":
        t_lat, la = _ddm(lat, "N", "S", 2)
        t_lon, lo = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo, ["coords_ddm"]
    if name == "ssi_djibouti":
        la, lo = round(lat, 5), round(lon, 5)
        if rng.random() < 0.2:
            text = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
            return dict(text), la, lo, ["coords_comma"]
        return {"lat": la, "lon": lo}, la, lo, []
    if name == "agregaduria_interior_nairobi":
        la, lo = round(lat, 5), round(lon, 5)
        cells = {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}
        return cells, la, lo, ["coords_comma"]
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, []


def _maybe_case(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    r = rng.random()
    if r < rate / 2:
        return text.upper(), True
    if r < rate:
        return f" {text}  ", True
    return text, False


def render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does.

    Parameters
    ----------
    src : Agency
        The source.
    ev : dict
        The true event (``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter.
    forced_blank : str or None
        Field this (second) report leaves blank.

    Returns
    -------
    cells : dict
        Cells by canonical column.
    expected : dict
        The values a careful analyst reads from the cells.
    tags : list of str
        Messiness tags of the row.
    """
    w = src.wording
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ncb = src.source == "ncb_nairobi"
    case_rate = 0.0 if ncb else 0.06

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok=partial_ok
    )
    if exp["date_precision"] != "day":
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    text, changed = _maybe_case(_word(rng, w.crime[crime]), rng, case_rate)
    cells["crime_type"], exp["crime_type"] = text, crime
    if changed:
        tags.append("case:crime_type")

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = None, None
    elif rng.random() < 0.05:
        cells["exploitation"] = None if rng.random() < 0.5 else choice(rng, w.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"], exp["exploitation"] = _word(rng, w.expl[str(expl)]), expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"], exp["n_persons"] = choice(rng, w.count_unknown), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], more = _count(src, persons, rng, "n_persons")
        exp["n_persons"] = persons
        tags += more

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects" or (not ncb and r < 0.03):
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.count_unknown), None
        tags.append("suspects_placeholder")
    elif suspects == 0 and w.zero and rng.random() < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, w.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], more = _count(src, suspects, rng, "n_suspects")
        exp["n_suspects"] = suspects
        tags += more

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.04:
        cells["gender"] = None if forced_blank == "gender" else choice(rng, w.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        text, changed = _maybe_case(_word(rng, w.gender[gender]), rng, case_rate)
        cells["gender"], exp["gender"] = text, gender
        if changed:
            tags.append("case:gender")

    for col, table in (("age_group", w.age), ("transport_mode", w.transport)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col], exp[col] = choice(rng, w.na_words), "unknown"
            tags.append(f"na_word:{col}")
        else:
            text, changed = _maybe_case(_word(rng, table[value]), rng, case_rate)
            cells[col], exp[col] = text, value
            if changed:
                tags.append(f"case:{col}")

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col != "detection_country" and rng.random() < 0.025:
            cells[col], exp[col] = choice(rng, w.unknown), None
            tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
            continue
        text, kind = _country(src, str(iso), rng, nationality=col == "nationality")
        cells[col], exp[col] = text, iso
        if kind is not None:
            tags.append(f"{kind}:{col}")

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, w.direct) if rng.random() < 0.3 else None
        exp["transit_countries"] = None
    else:
        parts = []
        style = _pick(rng, w.place_style)  # one way of writing for the whole list
        italian = bool(w.italian) and rng.random() < w.italian
        for iso in str(transit).split("|"):
            text, kind = _country(src, iso, rng, nationality=False, style=style, italian=italian)
            parts.append(text)
            if kind in ("typo", "mojibake"):
                tags.append("typo:transit_countries")
        cells["transit_countries"], exp["transit_countries"] = w.transit_sep.join(parts), transit

    place, exp["lat"], exp["lon"], more = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        blank=forced_blank == "coordinates",
    )
    cells.update(place)
    tags += more

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [_word(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = w.offence_sep.join(words)
    exp["linked_offences"] = offences
    return cells, exp, tags


def bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row (``no_date``, ``bad_date`` or ``future_date``).

    Parameters
    ----------
    src : Agency
        The source.
    ts : Timestamp
        The true date.
    kind : str
        Kind of bad row.
    rng : numpy.random.Generator
        Generator of the choice of an impossible date.

    Returns
    -------
    object
        None (no date), an impossible date, or the date keyed a century late.

    Examples
    --------
    >>> bad_date(AGENCIES[0], pd.Timestamp("2023-05-17"), "future_date", np.random.default_rng(0))
    '17/05/2123'
    """
    if kind == "no_date":
        return None
    if kind == "future_date":  # one digit keyed wrong: 2023 -> 2123
        late = ts.replace(year=ts.year + 100)
        if src.format == "xlsx":
            return late.to_pydatetime()
        if src.source == "esperto_addis_abeba":
            return late.strftime("%d.%m.%Y")
        if src.format == "jsonl":
            return late.strftime("%Y-%m-%d")
        return late.strftime("%d/%m/%Y")
    if src.format == "jsonl":
        return choice(rng, (f"{ts.year}-02-31", f"{ts.year}-13-{ts.day:02d}"))
    sep = "." if src.source == "esperto_addis_abeba" else "/"
    return choice(rng, (f"31{sep}02{sep}{ts.year}", f"{ts.day:02d}{sep}13{sep}{ts.year}"))


def note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the date of the note row (the date of the extract: the last row's day).

    Parameters
    ----------
    src : Agency
        The source.
    last : Timestamp
        Date of the source's last row.

    Returns
    -------
    object
        The date, as the source writes a day.

    Examples
    --------
    >>> note_date(AGENCIES[3], pd.Timestamp("2023-12-30"))
    '30.12.2023'
    """
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == "esperto_addis_abeba":
        return last.strftime("%d.%m.%Y")
    if src.format == "jsonl":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: Which source first reports an event of each detection country; the NCB digest the rest.
_PRIMARY: dict[str, str] = {
    "GBR": "knps_london",
    "FRA": "ssi_djibouti",
    "ESP": "agregaduria_interior_nairobi",
    "ITA": "esperto_addis_abeba",
}
#: Which source may report an event a second time.
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): "knps_london",
    ("channel", "GBR"): "ssi_djibouti",
    ("thb_vnm_gbr", "GBR"): "ssi_djibouti",
    ("cmed", "ITA"): "ncb_nairobi",
    ("thb_nga_ita", "ITA"): "ncb_nairobi",
    ("thb_rou_esp", "ITA"): "agregaduria_interior_nairobi",
    ("thb_rou_esp", "ESP"): "esperto_addis_abeba",
    ("watl", "ESP"): "ncb_nairobi",
    ("wmed", "ESP"): "ncb_nairobi",
}

#: The variant as the shared machinery reads it.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary=_PRIMARY,
    compilation="ncb_nairobi",
    secondary=_SECONDARY,
    render=render,
    bad_date=bad_date,
    note_date=note_date,
    salt=182,
    blank_share=0.3,
)


def make_blind182(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind182`` submissions (files ``*_gb.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``knps_london_gb.csv``, ``ssi_djibouti_gb.xlsx``,
        ``agregaduria_interior_nairobi_gb.csv``, ``esperto_addis_abeba_gb.csv`` and
        ``ncb_nairobi_gb.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind182(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['knps_london_gb.csv', 'ssi_djibouti_gb.xlsx', 'agregaduria_interior_nairobi_gb.csv',
     'esperto_addis_abeba_gb.csv', 'ncb_nairobi_gb.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº Atestado', 'Fecha hechos', 'Tipología delictiva']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
