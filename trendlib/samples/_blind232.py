"""Examiner variant ``blind232``: five postal and parcel security desks (files ``*_hz.*``).

Postal operators and their security departments see the paper trail of smuggling and
trafficking networks: forged passports and residence cards sent by post, parcels of cash or
phones for facilitators, labels paid from the same accounts. Each desk files the events
it links to such items in its own export, with the operator's own words:

``laposte_surete_hz.csv``
    La Poste, Direction de la Sûreté du Groupe (France): French, cp1252, ``;``, CRLF.
    Day-first dates (``17/05/2023``, a few ``17/05/23``), months (``mai 2023``,
    ``05/2023``) and quarters (``T2 2023``); country names in French, in capitals, ISO
    alpha-2 or passport (MRZ) alpha-3 codes, ``RCI`` and ``Angleterre``; GPS as
    ``50,95123 / 1,84731`` or in degrees, minutes and seconds; the S10 number of the
    postal item; counts such as ``12 pers.`` and ``1 250``; ``aucun`` suspect.
``royal_mail_security_hz.xlsx``
    Royal Mail Group Security (United Kingdom): English, Excel. Real Excel dates, some
    typed as text (``17/05/2023``, ``17 May 2023``) or pasted as serial numbers;
    nationalities as demonyms (``Vietnamese``), UK Home Office wording (``Organised
    immigration crime``, ``Modern slavery``, ``HGV``), ``Nil`` suspects, numeric latitude
    and longitude.
``correos_seguridad_hz.csv``
    Correos, Dirección de Seguridad Corporativa (Spain): Spanish, UTF-8 with BOM, ``,``;
    decimal commas (quoted), ``1.250``, Spanish names and demonyms, capitals without
    accents, ``no consta``, ``MENA``, ``patera``/``cayuco``; rows carried over from an
    older system arrive as mojibake (``TÃºnez``).
``uspis_cii_hz.csv``
    US Postal Inspection Service, Contraband Interdiction and Investigations: English,
    UTF-16 with tabs (Excel's "Unicode Text"), all capitals, month-first dates
    (``05/17/2023``), ``ALIEN SMUGGLING``, ``JUVENILE``/``UAC``, ``UNK``, coordinates as
    ``31.34120, -110.94010`` or ``31.3412N 110.9401W``.
``upu_psg_hz.jsonl``
    Universal Postal Union, Postal Security Group (the compilation of what other
    designated operators report: Italy, Greece, Croatia, Poland, Panama): JSON lines,
    ISO alpha-2 codes (some alpha-3 or numeric), transit and offences as JSON arrays, ISO
    dates (some with a time), ``2023-05`` and ``2023-Q2``.

Where a cell cannot be read (a count written as ``plusieurs``, a date ``31/04/2023``)
the row is planted as a bad row; where it says "not known" (``N/C``, ``no consta``,
``UNK``) the truth expects nothing (counts, countries, places) or ``unknown``
(categories), and says so in the row's messiness tags.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

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

__all__ = ["BLIND232", "SOURCES", "PostalSource", "make_blind232"]

_Rng = np.random.Generator
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
# Countries, as the desks write them
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish)
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Nationality adjectives a desk writes in place of the country's name.
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CHN": "Chinese",
        "COL": "Colombian",
        "DZA": "Algerian",
        "ECU": "Ecuadorian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "HTI": "Haitian",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MAR": "Moroccan",
        "MEX": "Mexican",
        "NGA": "Nigerian",
        "PAK": "Pakistani",
        "ROU": "Romanian",
        "SEN": "Senegalese",
        "SYR": "Syrian",
        "TUN": "Tunisian",
        "VEN": "Venezuelan",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
    "es": {
        "CIV": "marfileño",
        "DZA": "argelino",
        "GMB": "gambiano",
        "MAR": "marroquí",
        "MLI": "maliense",
        "NGA": "nigeriano",
        "ROU": "rumano",
        "SEN": "senegalés",
    },
}

#: Other names a desk uses for a country (all read as that country by an analyst).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain", "U.K."),
        "USA": ("USA", "U.S."),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "MKD": ("Macedonia",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne"),
        "CIV": ("RCI",),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "GIN": ("Guinée Conakry",),
        "BIH": ("Bosnie",),
        "MKD": ("Macédoine",),
    },
    "es": {
        "GBR": ("Gran Bretaña", "Inglaterra"),
        "USA": ("EE.UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "VNM": ("Viet Nam",),
        "MKD": ("Macedonia",),
    },
}

#: Slips of the keyboard a reader still recognises.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ALB": "Albaina",
        "ERI": "Eritria",
        "VNM": "Veitnam",
        "SYR": "Syira",
        "GTM": "Guatamala",
        "HND": "Hondruas",
        "VEN": "Venezuala",
        "MEX": "Mexcio",
        "ECU": "Equador",
    },
    "fr": {
        "AFG": "Afghanisthan",
        "ERI": "Erytrhée",
        "ALB": "Albannie",
        "IRQ": "Irack",
        "SYR": "Syrei",
        "TUR": "Turqie",
    },
    "es": {
        "MAR": "Marrucos",
        "DZA": "Argelía",
        "SEN": "Senagal",
        "GMB": "Gambía",
        "CIV": "Costa de Marfíl",
        "GIN": "Guniea",
    },
}


def _plain_upper(text: str) -> str:
    """Return capitals without accents, as an old case system stores names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PostalSource(ExaminerSource):
    """A postal security desk: the shared fields plus its own words.

    Attributes
    ----------
    style : str
        How it writes dates, counts and places: ``"laposte"``, ``"royalmail"``,
        ``"correos"``, ``"uspis"`` or ``"upu"``.
    crime : dict
        Canonical crime type -> the desk's words.
    exploitation : dict
        Canonical form of exploitation -> the desk's words.
    gender, age, mode : dict
        Canonical gender, age group, transport mode -> the desk's words for a group.
    one : dict
        Canonical gender or age group -> the desk's word for one person.
    offences : dict
        Canonical linked offence -> the desk's words.
    offence_sep, transit_sep : str
        Separators of the offences and of the transit countries.
    not_applicable : tuple of str
        What it writes as the form of exploitation of a smuggling case (``None``: blank).
    unknown_category : tuple of str
        Its words for a gender, age group or transport mode that is not known.
    unknown_country : tuple of str
        Its words for a nationality that is not known.
    unknown_count : tuple of str
        Its words for a count that is not known.
    zero_words : tuple of str
        Its words for no suspect at all.
    direct_words : tuple of str
        Its words for "no transit country".
    none_words : tuple of str
        Its words for "no linked offence".
    nationality_styles, place_styles : dict
        Style -> weight of the country cells (``name``, ``upper``, ``plain_upper``,
        ``iso2``, ``iso3``, ``numeric``, ``demonym``, ``alias``, ``typo``).
    mojibake_rate : float
        Share of rows carried over from an older system as mojibake.
    operators : dict
        Detection country -> the designated postal operator that reported it (UPU only).
    posts : tuple of str
        ISO alpha-2 codes of the countries its seized items were posted from.
    """

    style: str = ""
    crime: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exploitation: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gender: dict[str, tuple[str, ...]] = field(default_factory=dict)
    age: dict[str, tuple[str, ...]] = field(default_factory=dict)
    mode: dict[str, tuple[str, ...]] = field(default_factory=dict)
    one: dict[str, tuple[str, ...]] = field(default_factory=dict)
    offences: dict[str, tuple[str, ...]] = field(default_factory=dict)
    offence_sep: str = ", "
    transit_sep: str = ", "
    not_applicable: tuple[str | None, ...] = (None,)
    unknown_category: tuple[str | None, ...] = ("unknown",)
    unknown_country: tuple[str | None, ...] = ("unknown",)
    unknown_count: tuple[str | None, ...] = ("unknown",)
    zero_words: tuple[str, ...] = ()
    direct_words: tuple[str, ...] = ()
    none_words: tuple[str, ...] = ()
    nationality_styles: dict[str, float] = field(default_factory=dict)
    place_styles: dict[str, float] = field(default_factory=dict)
    mojibake_rate: float = 0.0
    operators: dict[str, str] = field(default_factory=dict)
    posts: tuple[str, ...] = ()


_LAPOSTE = PostalSource(
    source="laposte_surete",
    filename="laposte_surete_hz.csv",
    ref="SUR-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "item": "N° envoi",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions associées",
    },
    note="Extraction BO Sûreté Groupe - données provisoires - diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=True,
    style="laposte",
    crime={
        "smuggling": (
            "aide à l'entrée irrégulière",
            "aide à l'entrée et au séjour irréguliers",
            "filière d'immigration irrégulière",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "traite et aide au séjour irrégulier"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme d'exploitation",),
    },
    gender={
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs",),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    one={"male": ("homme", "H"), "female": ("femme", "F"), "adult": ("majeur",)},
    mode={
        "sea": ("small boat", "embarcation", "maritime"),
        "land": ("poids lourd", "routier", "à pied"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire", "faux passeports"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" / ",
    transit_sep=", ",
    not_applicable=(None, None, "sans objet"),
    unknown_category=("inconnu", "non précisé"),
    unknown_country=("inconnue", "N/C"),
    unknown_count=("N/C", "non communiqué"),
    zero_words=("aucun", "néant"),
    direct_words=("aucun", "direct"),
    none_words=("néant",),
    nationality_styles={
        "name": 0.66,
        "upper": 0.12,
        "iso2": 0.05,
        "iso3": 0.08,
        "alias": 0.03,
        "typo": 0.04,
        "spacing": 0.02,
    },
    place_styles={"name": 0.8, "upper": 0.1, "alias": 0.05, "typo": 0.03, "spacing": 0.02},
    posts=("FR", "FR", "GB", "DE", "BE", "TR", "MA"),
)

_ROYAL_MAIL = PostalSource(
    source="royal_mail_security",
    filename="royal_mail_security_hz.xlsx",
    ref="RMS/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case Ref",
        "item": "Item Barcode",
        "event_date": "Date of Incident",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspects Identified",
        "gender": "Sex",
        "age_group": "Adult/Child",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Detected",
        "transit_countries": "Route (Transit)",
        "transport_mode": "Method of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="OFFICIAL-SENSITIVE: provisional figures, subject to change",
    total="Grand Total",
    bad_count=("several", "multiple", "various"),
    repeats=False,
    style="royalmail",
    crime={
        "smuggling": ("Organised immigration crime", "People smuggling", "OIC"),
        "trafficking": ("Modern slavery", "Human trafficking"),
        "both": ("OIC / Modern slavery", "People smuggling and trafficking"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed",)},
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Child", "U18"),
        "mixed": ("Adults & children", "Mixed"),
    },
    mode={
        "sea": ("Small boat", "Sea"),
        "land": ("HGV", "Lorry", "Vehicle", "On foot"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("Document fraud", "False passports"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=", ",
    transit_sep=" > ",
    not_applicable=(None, "N/A"),
    unknown_category=("Not recorded", "Not known"),
    unknown_country=("Not known", "N/K"),
    unknown_count=("Not known", "N/K"),
    zero_words=("Nil",),
    direct_words=("Direct",),
    none_words=(),
    nationality_styles={"demonym": 0.5, "name": 0.3, "iso3": 0.1, "alias": 0.05, "typo": 0.05},
    place_styles={"name": 0.85, "alias": 0.12, "typo": 0.03},
    posts=("GB", "GB", "FR", "DE", "BE", "NL", "VN", "CN"),
)

_CORREOS = PostalSource(
    source="correos_seguridad",
    filename="correos_seguridad_hz.csv",
    ref="CS-{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
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
    note="Nota: datos provisionales pendientes de validación por Seguridad Corporativa",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=False,
    style="correos",
    crime={
        "smuggling": (
            "Inmigración ilegal",
            "Favorecimiento de la inmigración ilegal",
            "Tráfico de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "TSH"),
        "both": ("Trata + inmigración ilegal", "Trata y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    gender={
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "ambos sexos"),
    },
    age={
        "adult": ("adultos",),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores",),
    },
    one={
        "male": ("varón", "hombre"),
        "female": ("mujer",),
        "adult": ("adulto",),
        "child": ("menor", "MENA"),
    },
    mode={
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("vehículo", "camión", "a pie"),
        "air": ("vía aérea", "avión"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep="; ",
    transit_sep=" - ",
    not_applicable=(None, "no procede"),
    unknown_category=("no consta",),
    unknown_country=("no consta", "desconocida"),
    unknown_count=("s/d", "sin datos"),
    zero_words=("ninguno",),
    direct_words=("directo",),
    none_words=(),
    nationality_styles={
        "name": 0.5,
        "plain_upper": 0.18,
        "demonym": 0.14,
        "iso3": 0.08,
        "alias": 0.03,
        "typo": 0.04,
        "spacing": 0.03,
    },
    place_styles={"name": 0.7, "plain_upper": 0.18, "alias": 0.05, "typo": 0.04, "spacing": 0.03},
    mojibake_rate=0.08,
)

_USPIS = PostalSource(
    source="uspis_cii",
    filename="uspis_cii_hz.csv",
    ref="CII-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "CASE NUMBER",
        "event_date": "INCIDENT DATE",
        "crime_type": "VIOLATION",
        "exploitation": "TRAFFICKING TYPE",
        "n_persons": "NUMBER OF INDIVIDUALS",
        "n_suspects": "SUSPECTS",
        "gender": "SEX",
        "age_group": "AGE CATEGORY",
        "nationality": "CITIZENSHIP",
        "origin_country": "COUNTRY OF ORIGIN",
        "destination_country": "DESTINATION COUNTRY",
        "detection_country": "COUNTRY OF INCIDENT",
        "transit_countries": "TRANSIT COUNTRIES",
        "transport_mode": "CONVEYANCE",
        "coordinates": "LAT/LONG",
        "linked_offences": "RELATED VIOLATIONS",
    },
    note="LAW ENFORCEMENT SENSITIVE - FOR OFFICIAL USE ONLY",
    total="TOTAL",
    bad_count=("MULTIPLE", "SEVERAL", "NUMEROUS"),
    repeats=False,
    style="uspis",
    crime={
        "smuggling": ("ALIEN SMUGGLING", "HUMAN SMUGGLING"),
        "trafficking": ("HUMAN TRAFFICKING",),
        "both": ("HUMAN TRAFFICKING/ALIEN SMUGGLING",),
    },
    exploitation={
        "sexual": ("SEX TRAFFICKING",),
        "forced_labour": ("LABOR TRAFFICKING", "FORCED LABOR"),
        "forced_criminality": ("FORCED CRIMINAL ACTIVITY",),
        "organ_removal": ("ORGAN REMOVAL",),
        "forced_marriage": ("FORCED MARRIAGE",),
        "other": ("OTHER",),
    },
    gender={"male": ("MALE", "M"), "female": ("FEMALE", "F"), "mixed": ("MIXED",)},
    age={
        "adult": ("ADULT",),
        "child": ("JUVENILE", "UAC"),
        "mixed": ("ADULT/JUVENILE",),
    },
    mode={
        "land": ("FOOT", "VEHICLE", "TRACTOR-TRAILER"),
        "sea": ("VESSEL", "PANGA"),
        "air": ("COMMERCIAL AIR",),
    },
    offences={
        "document_fraud": ("DOCUMENT FRAUD",),
        "corruption": ("BRIBERY",),
        "money_laundering": ("MONEY LAUNDERING",),
        "illicit_goods": ("NARCOTICS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    offence_sep=" / ",
    transit_sep=", ",
    not_applicable=(None, "N/A"),
    unknown_category=("UNK",),
    unknown_country=("UNK",),
    unknown_count=("UNK",),
    zero_words=(),
    direct_words=("NONE",),
    none_words=(),
    nationality_styles={"upper": 0.68, "iso2": 0.14, "demonym": 0.12, "typo": 0.06},
    place_styles={"upper": 0.85, "iso2": 0.1, "alias": 0.05},
)

_UPU = PostalSource(
    source="upu_psg",
    filename="upu_psg_hz.jsonl",
    ref="PSG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_id",
        "operator": "reporting_operator",
        "event_date": "incident_date",
        "crime_type": "category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality_iso",
        "origin_country": "origin_country_iso",
        "destination_country": "destination_country_iso",
        "detection_country": "incident_country_iso",
        "transit_countries": "transit_iso",
        "transport_mode": "transport_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="SUMMARY",
    bad_count=("multiple", "several"),
    repeats=True,
    style="upu",
    crime={
        "smuggling": ("MIGRANT_SMUGGLING",),
        "trafficking": ("HUMAN_TRAFFICKING",),
        "both": ("TRAFFICKING_AND_SMUGGLING",),
    },
    exploitation={
        "sexual": ("SEXUAL_EXPLOITATION",),
        "forced_labour": ("FORCED_LABOUR",),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "other": ("OTHER",),
    },
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    mode={"sea": ("SEA",), "land": ("LAND",), "air": ("AIR",)},
    offences={
        "document_fraud": ("DOCUMENT_FRAUD",),
        "corruption": ("CORRUPTION",),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("ILLICIT_GOODS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    not_applicable=(None,),
    unknown_category=("unknown", None),
    unknown_country=(None,),
    unknown_count=(None,),
    nationality_styles={"iso2": 0.75, "iso3": 0.2, "numeric": 0.05},
    place_styles={"iso2": 0.9, "iso3": 0.1},
    operators={
        "ITA": "Poste Italiane",
        "GRC": "ELTA Hellenic Post",
        "HRV": "Hrvatska pošta",
        "POL": "Poczta Polska",
        "PAN": "Correos de Panamá",
        "ESP": "Correos",
        "GBR": "Royal Mail",
        "USA": "USPS",
        "FRA": "La Poste",
    },
)

#: The five desks, in the order of the submissions.
SOURCES: tuple[PostalSource, ...] = (_LAPOSTE, _ROYAL_MAIL, _CORREOS, _USPIS, _UPU)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return str(keys[int(rng.choice(len(keys), p=w / w.sum()))])


def _pick(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _country(src: PostalSource, code: str, rng: _Rng, style: str) -> tuple[str, str]:
    """Return one country as the desk writes it in ``style``: (text, tag)."""
    lang = src.language
    name = _NAMES[code][_LANG[lang]]
    if style == "demonym" and code in _DEMONYMS.get(lang, {}):
        text, tag = _DEMONYMS[lang][code], "demonym"
    elif style == "alias" and code in _ALIASES[lang]:
        text, tag = choice(rng, _ALIASES[lang][code]), "alias"
    elif style == "typo" and code in _TYPOS[lang]:
        text, tag = _TYPOS[lang][code], "typo"
    elif style == "iso2":
        text, tag = iso_codes(code)[0], "iso2"
    elif style == "iso3":
        text, tag = code, "iso3"
    elif style == "numeric":
        text, tag = iso_codes(code)[1], "iso_numeric"
    elif style == "upper":
        text, tag = name.upper(), "country_upper"
    elif style == "plain_upper":
        text, tag = _plain_upper(name), "country_upper"
    elif style == "spacing":
        text, tag = f"  {name.lower()} ", "spacing"
    else:
        text, tag = name, "country_name"
    if src.style == "uspis":  # the whole file is in capitals
        text = _plain_upper(text)
        if style == "typo":
            text = {"GTM": "GAUTEMALA", "HND": "HONDURS", "VEN": "VENZUELA"}.get(code, text)
    if not fits(text, src):
        text, tag = _plain_upper(name), "country_upper"
    return text, tag


def _date_text(src: PostalSource, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Return a full date in one of the desk's day formats: (cell, tag)."""
    style = src.style
    u = rng.random()
    if style == "laposte":
        return (
            (ts.strftime("%d/%m/%Y"), "date_dmy")
            if u < 0.9
            else (ts.strftime("%d/%m/%y"), "date_dmy2")
        )
    if style == "royalmail":
        if u < 0.74:
            return ts.to_pydatetime(), "excel_date"
        if u < 0.84:
            return ts.strftime("%d/%m/%Y"), "date_dmy"
        if u < 0.95:
            return f"{ts.day} {ts.strftime('%B %Y')}", "date_text"
        return int((ts - pd.Timestamp("1899-12-30")).days), "excel_serial"
    if style == "correos":
        return (
            (ts.strftime("%d/%m/%Y"), "date_dmy")
            if u < 0.8
            else (ts.strftime("%d-%m-%Y"), "date_dmy")
        )
    if style == "uspis":
        return (
            (ts.strftime("%m/%d/%Y"), "date_us")
            if u < 0.88
            else (ts.strftime("%Y-%m-%d"), "date_iso")
        )
    if u < 0.7:
        return ts.strftime("%Y-%m-%d"), "date_iso"
    clock = f"T{int(rng.integers(6, 22)):02d}:{int(rng.integers(60)):02d}:00"
    return ts.strftime("%Y-%m-%d") + clock, "datetime_iso"


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


def _partial(src: PostalSource, ts: pd.Timestamp, rng: _Rng, quarter: bool) -> str:
    """Return a month-only or quarter-only date, as the desk writes it."""
    y, m, q = ts.year, ts.month, (ts.month - 1) // 3 + 1
    style = src.style
    if style == "laposte":
        if quarter:
            return f"T{q} {y}"
        return f"{_FR_MONTHS[m - 1]} {y}" if rng.random() < 0.6 else f"{m:02d}/{y}"
    if style == "royalmail":
        return f"Q{q} {y}" if quarter else ts.strftime("%B %Y")
    if style == "correos":
        if quarter:
            return f"{q}º trimestre {y}"
        return f"{_ES_MONTHS[m - 1]} de {y}" if rng.random() < 0.5 else f"{_ES_MONTHS[m - 1]} {y}"
    if style == "uspis":
        return f"Q{q} {y}" if quarter else ts.strftime("%B %Y").upper()
    return f"{y}-Q{q}" if quarter else f"{y}-{m:02d}"


def _bad_date(src: PostalSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: blank, unreadable, or a decade ahead."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # the year typed a decade ahead
        ahead = pd.Timestamp(ts + pd.DateOffset(years=10))
        cell, _ = _date_text(src, ahead, rng)
        return ahead.strftime("%d/%m/%Y") if isinstance(cell, int) else cell
    y = ts.year
    short = int(rng.choice([4, 6, 9, 11]))  # months of 30 days: a 31st cannot be
    words = {  # a day or month that does not exist, in the desk's own layout
        "laposte": (f"31/{short:02d}/{y}", f"00/{ts.month:02d}/{y}", f"30/02/{y}"),
        "royalmail": (f"31/{short:02d}/{y}", f"30/02/{y}", f"00/{ts.month:02d}/{y}"),
        "correos": (f"30/02/{y}", f"31-{short:02d}-{y}", f"32/{ts.month:02d}/{y}"),
        "uspis": (f"02/30/{y}", f"{short:02d}/31/{y}", f"{ts.month:02d}/00/{y}"),
        "upu": (f"{y}-02-30", f"{y}-{ts.month:02d}-00", f"{y}-{short:02d}-31"),
    }[src.style]
    return choice(rng, words)


def _note_date(src: PostalSource, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row (the day of its extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.style == "royalmail":
        return day.to_pydatetime()
    if src.style == "uspis":
        return day.strftime("%m/%d/%Y")
    if src.style == "upu":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _number(src: PostalSource, n: int, rng: _Rng) -> tuple[object, str | None]:
    """Return a count as the desk writes it: (cell, tag or None)."""
    style = src.style
    if style in ("royalmail", "upu"):
        return n, None
    if n >= 1000:
        if style == "laposte":
            return f"{n:,}".replace(",", choice(rng, ("\u00a0", " "))), "thousands"
        if style == "correos":
            return f"{n:,}".replace(",", "."), "thousands"
        return f"{n:,}", "thousands"
    if style == "laposte" and rng.random() < 0.05:
        return f"{n} pers.", "count_words"
    return str(n), None


def _s10(rng: _Rng, country: str) -> str:
    """Return a UPU S10 item number (two letters, eight digits, check digit, country)."""
    digits = [int(d) for d in rng.integers(0, 10, size=8)]
    total = sum(d * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    prefix = choice(rng, ("CP", "EE", "RR", "LX", "UA", "CX"))
    return f"{prefix}{''.join(map(str, digits))}{check}{country}"


def _dms(value: float, pos: str, neg: str) -> str:
    """Return degrees, minutes and seconds (one decimal), hemisphere letter last."""
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    sec = round((v - deg - minutes / 60) * 3600, 1)
    if sec >= 60:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}"


def _coords(
    src: PostalSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], list[str]]:
    """Return the desk's coordinate cells (one column or two) and their tags."""
    style = src.style
    if style == "laposte":
        if rng.random() < 0.22:
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"}, ["dms"]
        text = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
        return {"coordinates": text}, ["decimal_comma"]
    if style == "uspis":
        if rng.random() < 0.25:
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            return {"coordinates": f"{abs(lat):.4f}{ns} {abs(lon):.4f}{ew}"}, ["hemisphere"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, []
    if style == "correos":
        return {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }, ["decimal_comma"]
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, []


def _no_coords(src: PostalSource, word: str | None) -> dict[str, object]:
    if "coordinates" in src.headers:
        return {"coordinates": word}
    return {"lat": word, "lon": None}


def _category(
    src: PostalSource, words: dict[str, tuple[str, ...]], canon: str, single: bool, rng: _Rng
) -> str:
    if single and canon in src.one:
        return choice(rng, src.one[canon])
    return choice(rng, words[canon])


def _render(
    src: PostalSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {f: ev.get(f) for f in _FIELDS}
    exp["event_date"] = ts
    exp["date_precision"] = "day"
    cells: dict[str, object] = {}
    tags: list[str] = []

    # date
    u = rng.random()
    share = 0.12 if src.style == "laposte" else 0.07  # the posting date is often vague
    if partial_ok and u < share:
        quarter = u < 0.4 * share
        cells["event_date"] = _partial(src, ts, rng, quarter)
        if quarter:
            exp["event_date"] = ts.to_period("Q").start_time
            exp["date_precision"] = "quarter"
            tags.append("quarter_only")
        else:
            exp["event_date"] = ts.to_period("M").start_time
            exp["date_precision"] = "month"
            tags.append("month_only")
    else:
        cells["event_date"], tag = _date_text(src, ts, rng)
        tags.append(tag)

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    if crime == "smuggling":
        cells["exploitation"] = _pick(rng, src.not_applicable)
        exp["exploitation"] = None
    else:
        cells["exploitation"] = choice(rng, src.exploitation[str(ev["exploitation"])])

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = _pick(rng, src.unknown_count)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], count_tag = _number(src, n, rng)
        if count_tag:
            tags.append(count_tag)
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.025:
        cells["n_suspects"] = _pick(rng, src.unknown_count)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and rng.random() < 0.45:
        cells["n_suspects"] = choice(rng, src.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"], _ = _number(src, k, rng)

    # gender, age group, transport mode
    single = n == 1
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.015:
        cells["gender"] = _pick(rng, src.unknown_category)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _category(src, src.gender, str(ev["gender"]), single, rng)
    for col, words in (("age_group", src.age), ("transport_mode", src.mode)):
        if rng.random() < 0.015:
            cells[col] = _pick(rng, src.unknown_category)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _category(src, words, str(ev[col]), single, rng)

    # countries
    nat_style = _weighted(rng, src.nationality_styles)
    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif rng.random() < 0.01:
        cells["nationality"] = _pick(rng, src.unknown_country)
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _country(src, str(ev["nationality"]), rng, nat_style)
        tags.append(tag)
    place_style = _weighted(rng, src.place_styles)
    for col in ("origin_country", "destination_country"):
        cells[col], tag = _country(src, str(ev[col]), rng, place_style)
        tags.append(tag)
    detection = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], tag = _country(src, detection, rng, place_style)
        tags.append(tag)

    # transit countries, in order
    transit = ev.get("transit_countries")
    if transit is None:
        if src.direct_words and rng.random() < 0.3:
            cells["transit_countries"] = choice(rng, src.direct_words)
            tags.append("direct_word")
        elif src.style == "upu":
            cells["transit_countries"] = []
        else:
            cells["transit_countries"] = None
    else:
        hops = [_country(src, c, rng, place_style)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = hops if src.style == "upu" else src.transit_sep.join(hops)
        tags.append("transit_list")

    # place of detection
    if forced_blank == "coordinates":
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.04:
        cells.update(_no_coords(src, None))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif src.style == "laposte" and rng.random() < 0.015:
        cells.update(_no_coords(src, "non géolocalisé"))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        coords, more = _coords(src, float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
        cells.update(coords)
        tags.extend(more)

    # linked offences, in the truth's order
    linked = ev.get("linked_offences")
    if linked is None:
        if src.none_words and rng.random() < 0.2:
            cells["linked_offences"] = choice(rng, src.none_words)
            tags.append("none_word")
        else:
            cells["linked_offences"] = [] if src.style == "upu" else None
    else:
        named = [choice(rng, src.offences[o]) for o in str(linked).split("|")]
        cells["linked_offences"] = named if src.style == "upu" else src.offence_sep.join(named)

    # desk-specific columns
    if "item" in src.headers:
        cells["item"] = _s10(rng, choice(rng, src.posts)) if rng.random() < 0.8 else None
    if "operator" in src.headers:
        cells["operator"] = src.operators.get(detection, "UPU International Bureau")

    # rows carried over from an older system arrive as mojibake
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        changed = False
        for col, value in cells.items():
            if isinstance(value, str) and col != "event_date":
                garbled = mojibake(value)
                if garbled is not None and fits(garbled, src):
                    cells[col] = garbled
                    changed = True
        if changed:
            tags.append("mojibake")
    if src.style == "uspis":  # everything in capitals
        for col, value in cells.items():
            if isinstance(value, str) and col != "event_date":
                cells[col] = value.upper()
    return cells, exp, list(dict.fromkeys(tags))


#: The variant: which desk first reports which detection country, and which repeats it.
BLIND232: Examiner[PostalSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "laposte_surete",
        "GBR": "royal_mail_security",
        "ESP": "correos_seguridad",
        "USA": "uspis_cii",
    },
    compilation="upu_psg",
    secondary={
        ("channel", "FRA"): "royal_mail_security",
        ("channel", "GBR"): "laposte_surete",
        ("thb_vnm_gbr", "GBR"): "upu_psg",
        ("wmed", "ESP"): "upu_psg",
        ("watl", "ESP"): "upu_psg",
        ("thb_rou_esp", "ESP"): "upu_psg",
        ("thb_rou_esp", "ITA"): "correos_seguridad",
        ("us_mex", "USA"): "upu_psg",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=232,
    blank_share=0.3,
)


def make_blind232(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five postal security desks would (files ``*_hz.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``laposte_surete_hz.csv`` (French, cp1252, ``;``),
        ``royal_mail_security_hz.xlsx`` (English),
        ``correos_seguridad_hz.csv`` (Spanish, UTF-8 with BOM, ``,``),
        ``uspis_cii_hz.csv`` (English, UTF-16, tab) and ``upu_psg_hz.jsonl`` (English
        keys, ISO codes), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind232(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['laposte_surete_hz.csv', 'royal_mail_security_hz.xlsx', 'correos_seguridad_hz.csv',
     'uspis_cii_hz.csv', 'upu_psg_hz.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° signalement', 'N° envoi', 'Date des faits']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND232, truth, seed=seed)
