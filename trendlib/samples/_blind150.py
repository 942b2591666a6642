"""Examiner sample set ``blind150`` (files ``*_ev.*``): Gulf labour-migration desks.

Five agencies that follow labour migration to and from the Gulf states, each writing
the detections it receives from its host country's partners in its own working
language and with its own office tools:

``pk_cwa_athens_ev.csv``
    Pakistan, Ministry of Overseas Pakistanis and Human Resource Development,
    Community Welfare Attaché at the Embassy in Athens (Greece and the Western Balkans
    desk). English, Windows "CSV" from Excel (cp1252, ``,``, CRLF). Day-first dates
    (``17/05/2023``, ``17-May-2023``, a few ``May-2023``), demonyms in the nationality
    column, routes joined by `` - ``, "Nil" and "N/K", South Asian office counts
    (``04 (Four)``), coordinates as ``lat, lon``.
``ote_attaches_sociaux_ev.xlsx``
    Tunisia, Office des Tunisiens à l'Étranger, network of social attachés in Italy and
    France. French, Excel workbook: real Excel dates, a few typed ``17/05/2023``,
    lost-format serial numbers, ``mai 2023`` and ``T2 2023``; French country names
    (some without accents, some ISO alpha-3), transit lists joined by `` / ``,
    "néant" and "n.c.", latitude and longitude in two columns (numbers, or text with a
    decimal comma), counts typed as ``1 234``.
``bh_moi_attache_ldn_ev.csv``
    Bahrain, Ministry of Interior, Office of the Police Attaché at the Embassy in
    London. English with UK Home Office wording (OIC, MSHT, UASC, small boat, HGV),
    saved by Excel as "Unicode Text" (UTF-16 with BOM, tab-delimited). Dates
    ``17 May 2023`` or ``17/05/2023`` and a few quarters (``Q2 2023``); country names,
    alpha-3 codes, upper-case names and aliases; routes joined by `` > ``; coordinates in
    degrees, minutes and seconds.
``dxb_police_enlace_mad_ev.csv``
    United Arab Emirates, Dubai Police General Headquarters, international liaison office
    in Madrid for Spain and Ibero-America. Spanish, as its locally engaged staff write it
    (Spanish penal-code wording: ``art. 318 bis``, ``TSH``, ``MENA``, ``patera``,
    ``cayuco``, ``salto de valla``); UTF-8 with BOM, ``;``; demonyms (``marroquí``),
    thousands with a dot, coordinates with decimal commas ``36,8301 / -2,4601``, and a
    batch of rows pasted from a mis-decoded export (mojibake).
``qa_nccht_ev.jsonl``
    Qatar, National Committee for Combating Human Trafficking (Ministry of Labour),
    international cooperation feed: the compilation of partners' notifications that
    no desk above reports (Poland, the United States), and second reports of many
    others. English labels from the case system, ISO alpha-3 codes (a few alpha-2 codes
    and names from partners' imports; ``XXX`` for an
    unspecified nationality, as in ICAO travel documents), ISO dates and local
    timestamps, ``2023-05`` and ``2023-Q2``, ``POINT (lon lat)`` locations.

Every written cell is read back by a careful analyst into the expected values of
``truth_rows.csv``; unreadable cells are planted as bad rows, blanks or ``unknown`` on
purpose and tagged in ``messiness``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

__all__ = ["BLIND150", "Agency", "make_blind150"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Wording shared by the agencies
# --------------------------------------------------------------------------------------
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
_NUMBER_WORDS = (
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
    "Twenty",
)

# iso3 -> (English, French, Spanish, English demonym, Spanish demonym)
_COUNTRY: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "búlgara"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnia",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "Chinese", "china"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Ivorian", "marfileña"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "española"),
    "FRA": ("France", "France", "Francia", "French", "francesa"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "británica"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guineana"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicana"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macedonia",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigerina"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunecina"),
    "TUR": ("Türkiye", "Turquie", "Turquía", "Turkish", "turca"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American", "estadounidense"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "venezolana"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yemení"),
}
_LANG_INDEX = {"en": 0, "fr": 1, "es": 2}


def _names(lang: str, **override: str) -> dict[str, str]:
    """Country names of one language, with the agency's own usual names."""
    names = {iso: row[_LANG_INDEX[lang]] for iso, row in _COUNTRY.items()}
    names.update(override)
    return names


def _demonyms(lang: str) -> dict[str, str]:
    col = 3 if lang == "en" else 4
    return {iso: row[col] for iso, row in _COUNTRY.items()}


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
Weights = tuple[tuple[str, float], ...]
Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True, kw_only=True)
class Agency(ExaminerSource):
    """One agency of the set: what the shared machinery reads, plus its wording.

    Attributes
    ----------
    names : dict
        ISO alpha-3 -> the country name the agency usually writes.
    demonyms : dict
        ISO alpha-3 -> the nationality adjective it writes in the nationality column.
    aliases : dict
        ISO alpha-3 -> another name it sometimes writes.
    typos : dict
        ISO alpha-3 -> a misspelling its clerks make.
    country_styles : tuple of (str, float)
        Weights of ``name``, ``upper``, ``iso3``, ``iso2``, ``alias``, ``typo``,
        and ``demonym`` (nationality only).
    date_styles : tuple of (str, float)
        Weights of the date styles; the first is the day style used when a row must be
        dated to the day. Partial styles start with ``month`` or ``quarter``.
    vocab : dict
        Column -> canonical word -> the agency's words.
    places : dict
        ``"mode@hotspot"`` -> words for the transport mode at that place.
    unknown : dict
        Column kind -> words written when the value is not known (``country``;
        ``place`` for origin and destination when they differ; ``gender``; ``vocab``
        for age group and transport mode; ``n_suspects``; ``n_persons``).
    zero_words : tuple of str
        Words written for no suspect.
    direct : tuple of str
        Words written in the transit column for a direct route.
    no_offence : tuple of str
        Words written in the linked-offences column when there is none.
    na_exploitation : str or None
        What the exploitation column says on a pure smuggling row.
    transit_sep, offence_sep : str
        Separators of the transit and linked-offence lists.
    coords : str
        ``pair4`` (``lat, lon``), ``xlsx`` (two columns), ``dms``, ``slash_comma``
        (``lat / lon`` with decimal commas) or ``wkt`` (``POINT (lon lat)``).
    coords_placeholder : str or None
        What it writes when the place is not known.
    thousands : tuple of str
        Thousands separators of counts of 1,000 or more.
    count_words : bool
        Whether small counts are written ``04 (Four)``.
    mojibake_rate, case_rate, unknown_rate : float
        Shares of rows pasted mis-decoded, of cells with odd case or spacing, and of
        cells holding an "unknown" word.
    """

    names: dict[str, str]
    demonyms: dict[str, str]
    aliases: dict[str, str]
    typos: dict[str, str]
    country_styles: Weights
    date_styles: Weights
    vocab: dict[str, Words]
    places: Words = field(default_factory=dict)
    unknown: Words
    zero_words: tuple[str, ...]
    direct: tuple[str, ...]
    no_offence: tuple[str, ...]
    na_exploitation: str | None
    transit_sep: str
    offence_sep: str
    coords: str
    coords_placeholder: str | None
    thousands: tuple[str, ...]
    count_words: bool = False
    mojibake_rate: float = 0.0
    case_rate: float = 0.04
    unknown_rate: float = 0.02


_PK = Agency(
    source="pk_cwa_athens_ev",
    filename="pk_cwa_athens_ev.csv",
    ref="CWA-ATH/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Ref. No.",
        "event_date": "Date of Incident",
        "crime_type": "Nature of Case",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Agents/Facilitators",
        "gender": "Gender",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Route (Transit Countries)",
        "transport_mode": "Mode of Travel",
        "coordinates": "Location (Lat/Long)",
        "linked_offences": "Other Offences",
    },
    note="Note: compiled by CWA Athens from host-country data; figures are provisional",
    total="Grand Total",
    bad_count=("Many", "large group", "a few"),
    repeats=False,
    names=_names("en", TUR="Turkey", BIH="Bosnia", MKD="Macedonia"),
    demonyms=_demonyms("en"),
    aliases={"GBR": "UK", "SYR": "Syrian Arab Republic", "IRN": "Islamic Republic of Iran"},
    typos={
        "AFG": "Afganistan",
        "BGD": "Bangaldesh",
        "EGY": "Eygpt",
        "ERI": "Eriteria",
        "SYR": "Sryia",
        "CMR": "Camaroon",
        "IRQ": "Iraque",
        "TUR": "Turky",
        "DEU": "Germeny",
        "BGR": "Bulgeria",
        "GRC": "Greace",
        "MAR": "Marocco",
    },
    country_styles=(
        ("name", 0.5),
        ("demonym", 0.3),
        ("upper", 0.08),
        ("alias", 0.05),
        ("typo", 0.05),
    ),
    date_styles=(("dmy_slash", 0.74), ("d_mon_y", 0.2), ("month_en", 0.06)),
    vocab={
        "crime_type": {
            "smuggling": ("Human Smuggling", "Migrant Smuggling", "Human smuggling"),
            "trafficking": ("Human Trafficking", "Trafficking in Persons"),
            "both": ("Human Trafficking & Smuggling", "HT/HS"),
        },
        "exploitation": {
            "forced_labour": ("Forced Labour", "Bonded Labour"),
            "sexual": ("Sexual Exploitation", "Commercial Sexual Exploitation"),
            "forced_criminality": ("Forced Criminal Activity",),
            "organ_removal": ("Organ Removal",),
            "forced_marriage": ("Forced Marriage",),
            "other": ("Others",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Male & Female", "Mixed"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Juvenile"),
            "mixed": ("Adult & Minor", "Mixed"),
        },
        "transport_mode": {
            "sea": ("By Sea", "Boat"),
            "land": ("By Road", "By Land", "On Foot"),
            "air": ("By Air",),
        },
        "linked_offences": {
            "document_fraud": ("Forged documents", "Fake visa"),
            "corruption": ("Bribery",),
            "money_laundering": ("Hawala/money laundering", "Money laundering"),
            "illicit_goods": ("Narcotics",),
            "cybercrime": ("Cyber crime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "country": ("N/K", "Not known"),
        "gender": ("N/K",),
        "vocab": ("N/K", "Not known"),
        "n_suspects": ("N/K", "Under investigation"),
        "n_persons": ("N/K",),
    },
    zero_words=("Nil", "NIL"),
    direct=("Direct",),
    no_offence=("Nil",),
    na_exploitation="N/A",
    transit_sep=" - ",
    offence_sep=", ",
    coords="pair4",
    coords_placeholder="N/A",
    thousands=(",",),
    count_words=True,
)

_OTE = Agency(
    source="ote_attaches_sociaux_ev",
    filename="ote_attaches_sociaux_ev.xlsx",
    ref="OTE-AS-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date de l'interception",
        "crime_type": "Qualification des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Passeurs présumés",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires transmis par les attachés sociaux (Rome, Palerme, Paris)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=True,
    names=_names("fr"),
    demonyms=_names("fr"),
    aliases={"CIV": "Côte-d’Ivoire", "USA": "USA", "GBR": "Angleterre", "VNM": "Vietnam"},
    typos={
        "LBY": "Lybie",
        "ERI": "Erythrée",
        "EGY": "Egypte",
        "CIV": "Cote d'Ivoire",
        "GIN": "Guinnée",
        "DZA": "Algerie",
        "SEN": "Senegal",
        "SYR": "Syrié",
        "BGD": "Bengladesh",
        "ITA": "Itallie",
        "TUN": "Tunise",
    },
    country_styles=(("name", 0.74), ("upper", 0.1), ("iso3", 0.08), ("typo", 0.05)),
    date_styles=(
        ("excel", 0.8),
        ("dmy_slash", 0.08),
        ("serial", 0.04),
        ("month_fr", 0.05),
        ("quarter_fr", 0.03),
    ),
    vocab={
        "crime_type": {
            "smuggling": ("trafic illicite de migrants", "trafic de migrants"),
            "trafficking": ("traite des personnes", "traite des êtres humains"),
            "both": ("traite et trafic de migrants",),
        },
        "exploitation": {
            "forced_labour": ("travail forcé", "exploitation économique"),
            "sexual": ("exploitation sexuelle",),
            "forced_criminality": ("exploitation dans des activités criminelles",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "male": ("hommes", "masculin", "H"),
            "female": ("femmes", "féminin", "F"),
            "mixed": ("mixte", "H/F"),
        },
        "age_group": {
            "adult": ("adultes", "majeurs"),
            "child": ("mineurs", "enfants", "MNA"),
            "mixed": ("adultes et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("voie maritime", "embarcation", "mer"),
            "land": ("voie terrestre", "route"),
            "air": ("voie aérienne", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment d'argent",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    places={
        "sea@Lampedusa": ("embarcation", "voie maritime", "barque"),
        "land@Calais": ("camion", "poids lourd"),
        "land@Dunkirk/Gravelines": ("camion", "voie terrestre"),
        "sea@Calais": ("small boat", "embarcation pneumatique"),
        "sea@Dunkirk/Gravelines": ("small boat", "embarcation pneumatique"),
    },
    unknown={
        "country": ("indéterminé", "n.c."),
        "gender": ("non précisé",),
        "vocab": ("non précisé", "n.c."),
        "n_suspects": ("n.c.", "inconnu"),
        "n_persons": ("n.c.",),
    },
    zero_words=("néant", "0 (néant)"),
    direct=("direct", "aucun"),
    no_offence=("néant",),
    na_exploitation=None,
    transit_sep=" / ",
    offence_sep=" ; ",
    coords="xlsx",
    coords_placeholder=None,
    thousands=("\u00a0", " "),
)

_BH = Agency(
    source="bh_moi_attache_ldn_ev",
    filename="bh_moi_attache_ldn_ev.csv",
    ref="BH-LDN/{seq:03d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case Ref",
        "event_date": "Date of Detection",
        "crime_type": "Offence Category",
        "exploitation": "Exploitation Type",
        "n_persons": "Persons Involved",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Route",
        "transport_mode": "Method",
        "coordinates": "Location (DMS)",
        "linked_offences": "Associated Offences",
    },
    note="Source: UK partner agencies. OFFICIAL-SENSITIVE, not for onward disclosure",
    total="TOTAL",
    bad_count=("multiple", "dozens"),
    repeats=False,
    names=_names("en"),
    demonyms=_demonyms("en"),
    aliases={
        "GBR": "UK",
        "TUR": "Turkey",
        "VNM": "Viet Nam",
        "IRN": "Iran (Islamic Republic of)",
        "SYR": "Syrian Arab Republic",
        "CHN": "PRC",
    },
    typos={
        "AFG": "Afghanisatn",
        "ERI": "Eritera",
        "IRN": "Irann",
        "ALB": "Albenia",
        "VNM": "Veitnam",
        "FRA": "Frence",
        "DEU": "Germnay",
        "SYR": "Syira",
    },
    country_styles=(
        ("name", 0.58),
        ("iso3", 0.22),
        ("upper", 0.08),
        ("alias", 0.07),
        ("typo", 0.05),
    ),
    date_styles=(("d_month_y", 0.66), ("dmy_slash", 0.29), ("quarter_en", 0.05)),
    vocab={
        "crime_type": {
            "smuggling": ("OIC", "Organised Immigration Crime", "Facilitation"),
            "trafficking": ("MSHT", "Modern Slavery"),
            "both": ("OIC/MSHT", "OIC & Modern Slavery"),
        },
        "exploitation": {
            "forced_labour": ("Labour exploitation", "Labour"),
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_criminality": ("Criminal exploitation", "Criminal"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "Male/Female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "UASC", "Child"),
            "mixed": ("Mixed", "Adults & minors"),
        },
        "transport_mode": {
            "sea": ("Boat", "Maritime"),
            "land": ("Vehicle", "Road"),
            "air": ("Air", "Commercial flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs",),
            "cybercrime": ("Cyber-enabled crime",),
            "terrorism": ("Terrorism",),
        },
    },
    places={
        "sea@Dover": ("Small boat", "RHIB", "Small boat"),
        "land@Dover": ("HGV", "Lorry"),
        "sea@Calais": ("Small boat", "RHIB"),
        "sea@Dunkirk/Gravelines": ("Small boat",),
        "land@Calais": ("HGV", "Lorry"),
        "land@Dunkirk/Gravelines": ("HGV", "Lorry"),
    },
    unknown={
        "country": ("Not known", "Unknown"),
        "gender": ("Not recorded",),
        "vocab": ("Not known", "Not recorded"),
        "n_suspects": ("Not known",),
        "n_persons": ("Not known",),
    },
    zero_words=("None", "none"),
    direct=("Direct",),
    no_offence=(),
    na_exploitation=None,
    transit_sep=" > ",
    offence_sep="; ",
    coords="dms",
    coords_placeholder="Not recorded",
    thousands=(",",),
)

_DXB = Agency(
    source="dxb_police_enlace_mad_ev",
    filename="dxb_police_enlace_mad_ev.csv",
    ref="DXBP-MAD-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat / lon)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos facilitados por las autoridades del país de acogida, provisionales",
    total="TOTAL",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=True,
    names=_names("es"),
    demonyms=_demonyms("es"),
    aliases={
        "USA": "EE. UU.",
        "GBR": "Gran Bretaña",
        "GIN": "Guinea Conakry",
        "ROU": "Rumania",
        "CIV": "Costa Marfil",
    },
    typos={
        "MAR": "Marrruecos",
        "SEN": "Senega",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "COL": "Colonbia",
        "MRT": "Mauritana",
        "DZA": "Argélia",
        "GMB": "Ganbia",
    },
    country_styles=(
        ("name", 0.68),
        ("demonym", 0.16),
        ("upper", 0.06),
        ("alias", 0.05),
        ("typo", 0.05),
    ),
    date_styles=(("dmy_slash", 0.86), ("es_long", 0.09), ("month_es", 0.05)),
    vocab={
        "crime_type": {
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración clandestina",
                "Art. 318 bis CP",
            ),
            "trafficking": ("Trata de seres humanos", "TSH", "Art. 177 bis CP"),
            "both": ("Trata y tráfico de migrantes", "TSH + 318 bis"),
        },
        "exploitation": {
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "sexual": ("Explotación sexual",),
            "forced_criminality": ("Realización de actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("Hombres", "Varones", "Masculino"),
            "female": ("Mujeres", "Femenino"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "MENA"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Vía marítima", "Embarcación"),
            "land": ("Vía terrestre",),
            "air": ("Vía aérea", "Aeropuerto"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas",),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    places={
        "land@Ceuta": ("Salto de valla", "Vía terrestre", "Paso fronterizo"),
        "land@Melilla": ("Salto de valla", "Vía terrestre", "Paso fronterizo"),
        "sea@Ceuta": ("Patera", "Neumática", "Embarcación"),
        "sea@Melilla": ("Patera", "Neumática"),
        "sea@Almería": ("Patera", "Neumática"),
        "sea@Gran Canaria": ("Cayuco", "Neumática"),
        "sea@Tenerife": ("Cayuco",),
        "sea@El Hierro": ("Cayuco",),
        "sea@Lanzarote": ("Neumática", "Patera"),
        "land@Darién gap": ("A pie (selva del Darién)", "Vía terrestre"),
        "land@Bajo Chiquito": ("A pie", "Vía terrestre"),
        "land@Lajas Blancas": ("Autobús", "Vía terrestre"),
    },
    unknown={
        "country": ("Desconocida", "S/D"),
        "gender": ("S/D",),
        "vocab": ("Sin datos", "S/D"),
        "n_suspects": ("S/D",),
        "n_persons": ("S/D",),
    },
    zero_words=("Ninguno", "0 (ninguno)"),
    direct=("Directo",),
    no_offence=(),
    na_exploitation="No aplica",
    transit_sep=", ",
    offence_sep=" / ",
    coords="slash_comma",
    coords_placeholder=None,
    thousands=(".",),
    mojibake_rate=0.07,
)

_QA = Agency(
    source="qa_nccht_ev",
    filename="qa_nccht_ev.jsonl",
    ref="NCCHT-{year}-{seq:06d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseNumber",
        "event_date": "incidentDate",
        "crime_type": "offenceType",
        "exploitation": "exploitationForm",
        "n_persons": "personsCount",
        "n_suspects": "suspectsCount",
        "gender": "sex",
        "age_group": "ageGroup",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "countryOfDestination",
        "detection_country": "countryOfDetection",
        "transit_countries": "transitCountries",
        "transport_mode": "transportMode",
        "coordinates": "location",
        "linked_offences": "relatedOffences",
    },
    note=None,
    total="TOTAL",
    bad_count=("see narrative", "several"),
    repeats=True,
    names=_names("en"),
    demonyms=_demonyms("en"),
    aliases={"USA": "United States of America", "VNM": "Viet Nam", "TUR": "Turkey"},
    typos={},
    country_styles=(("iso3", 0.86), ("iso2", 0.06), ("name", 0.08)),
    date_styles=(
        ("iso", 0.8),
        ("iso_time", 0.1),
        ("month_iso", 0.06),
        ("quarter_iso", 0.04),
    ),
    vocab={
        "crime_type": {
            "smuggling": ("Smuggling of migrants",),
            "trafficking": ("Trafficking in persons",),
            "both": ("Trafficking in persons / Smuggling of migrants",),
        },
        "exploitation": {
            "forced_labour": ("Forced labour",),
            "sexual": ("Sexual exploitation",),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Removal of organs",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male",),
            "female": ("Female",),
            "mixed": ("Male and female",),
        },
        "age_group": {
            "adult": ("Adult",),
            "child": ("Child",),
            "mixed": ("Adults and children",),
        },
        "transport_mode": {"sea": ("Sea",), "land": ("Land",), "air": ("Air",)},
        "linked_offences": {
            "document_fraud": ("Forgery of documents",),
            "corruption": ("Bribery of officials",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drug trafficking",),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown={
        "country": ("XXX",),
        "place": (),
        "gender": (),
        "vocab": ("Unknown",),
        "n_suspects": (),
        "n_persons": (),
    },
    zero_words=(),
    direct=(),
    no_offence=(),
    na_exploitation=None,
    transit_sep=";",
    offence_sep=";",
    coords="wkt",
    coords_placeholder=None,
    thousands=(),
    case_rate=0.0,
)

SOURCES: tuple[Agency, ...] = (_PK, _OTE, _BH, _DXB, _QA)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Weights) -> str:
    keys = [k for k, _ in weights]
    w = np.array([v for _, v in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _date_cell(style: str, ts: pd.Timestamp, rng: _Rng) -> tuple[object, pd.Timestamp, str]:
    """Write ``ts`` in ``style``; return (cell, expected date, precision)."""
    m = ts.month - 1
    if style.startswith("month"):
        start = ts.to_period("M").start_time
        text = {
            "month_en": f"{MONTHS[m][:3]}-{ts.year}",
            "month_fr": f"{_FR_MONTHS[m]} {ts.year}",
            "month_es": f"{_ES_MONTHS[m]} de {ts.year}",
            "month_iso": f"{ts.year}-{ts.month:02d}",
        }[style]
        return text, start, "month"
    if style.startswith("quarter"):
        start = ts.to_period("Q").start_time
        text = {
            "quarter_en": f"Q{ts.quarter} {ts.year}",
            "quarter_fr": f"T{ts.quarter} {ts.year}",
            "quarter_iso": f"{ts.year}-Q{ts.quarter}",
        }[style]
        return text, start, "quarter"
    day = ts.normalize()
    cell: object
    if style == "dmy_slash":
        cell = day.strftime("%d/%m/%Y")
    elif style == "d_mon_y":
        cell = f"{day.day:02d}-{MONTHS[m][:3]}-{day.year}"
    elif style == "d_month_y":
        cell = f"{day.day} {MONTHS[m]} {day.year}"
    elif style == "es_long":
        cell = f"{day.day} de {_ES_MONTHS[m]} de {day.year}"
    elif style == "iso":
        cell = day.strftime("%Y-%m-%d")
    elif style == "iso_time":  # local time in Doha, during office hours
        hour, minute = int(rng.integers(6, 21)), int(rng.integers(0, 60))
        cell = f"{day.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00+03:00"
    elif style == "excel":
        cell = day.to_pydatetime()
    elif style == "serial":  # a date cell whose format was lost: the Excel serial number
        cell = int((day - _EXCEL_EPOCH).days)
    else:  # pragma: no cover - the styles are fixed above
        raise ValueError(f"unknown date style {style!r}")
    return cell, day, "day"


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.vocab[col][value])


def _country_cell(src: Agency, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    style = _weighted(rng, src.country_styles)
    name = src.names[iso]
    if style == "demonym":
        if col == "nationality":
            tags.append(f"demonym:{col}")
            return src.demonyms[iso]
        return name
    if style == "upper":
        tags.append(f"case:{col}")
        return name.upper()
    if style == "iso3":
        tags.append(f"iso3:{col}")
        return iso
    if style == "iso2":
        tags.append(f"iso2:{col}")
        return iso_codes(iso)[0]
    if style == "alias" and iso in src.aliases:
        tags.append(f"alias:{col}")
        return src.aliases[iso]
    if style == "typo" and iso in src.typos:
        tags.append(f"typo:{col}")
        return src.typos[iso]
    return name


def _transit_cell(src: Agency, transit: str, rng: _Rng, tags: list[str]) -> str:
    """Write a transit list in order, in one writing style for the whole list."""
    style = _weighted(rng, src.country_styles)
    parts = []
    for iso in transit.split("|"):
        if style == "iso3":
            parts.append(iso)
        elif style == "iso2":
            parts.append(iso_codes(iso)[0])
        elif style == "upper":
            parts.append(src.names[iso].upper())
        elif style == "alias" and iso in src.aliases:
            parts.append(src.aliases[iso])
        elif style == "typo" and iso in src.typos:
            parts.append(src.typos[iso])
            tags.append("typo:transit_countries")
        else:
            parts.append(src.names[iso])
    return src.transit_sep.join(parts)


def _count_cell(src: Agency, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    if n >= 1000 and src.thousands and rng.random() < 0.75:
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{choice(rng, src.thousands)}{n % 1000:03d}"
    if src.count_words and n <= 20 and rng.random() < 0.15:
        tags.append(f"count_word:{col}")
        return f"{n:02d} ({_NUMBER_WORDS[n]})"
    return n if src.format != "csv" else str(n)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    hemi = pos if value >= 0 else neg
    text = f"{deg}°{minutes:02d}'{sec // 10:02d}.{sec % 10}\"{hemi}"
    return text, (tenths / 36000) * (1 if value >= 0 else -1)


def _coords_cells(
    src: Agency, lat: float, lon: float
) -> tuple[dict[str, object], float | None, float | None]:
    """Cells of a known place; return (cells, expected lat, expected lon)."""
    if src.coords == "pair4":
        a, b = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{a:.4f}, {b:.4f}"}, a, b
    if src.coords == "slash_comma":
        a, b = round(lat, 4), round(lon, 4)
        text = f"{a:.4f} / {b:.4f}".replace(".", ",")
        return {"coordinates": text}, a, b
    if src.coords == "dms":
        t_lat, a = _dms(lat, "N", "S")
        t_lon, b = _dms(lon, "E", "W")
        return {"coordinates": f"{t_lat} {t_lon}"}, a, b
    if src.coords == "wkt":
        a, b = round(lat, 5), round(lon, 5)
        return {"coordinates": f"POINT ({b:.5f} {a:.5f})"}, a, b
    a, b = round(lat, 5), round(lon, 5)  # xlsx: two number cells
    return {"lat": a, "lon": b}, a, b


def _no_place(src: Agency) -> dict[str, object]:
    return {"lat": None, "lon": None} if src.coords == "xlsx" else {"coordinates": None}


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: ``(cells, expected, tags)``."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    unknown_p = src.unknown_rate

    # date
    style = _weighted(rng, src.date_styles)
    if not partial_ok and style.startswith(("month", "quarter")):
        style = src.date_styles[0][0]
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(style, ts, rng)
    if exp["date_precision"] != "day":
        tags.append("partial_date")
    if style == "serial":
        tags.append("excel_serial")

    # crime type and exploitation (always written)
    crime = str(ev["crime_type"])
    cells["crime_type"], exp["crime_type"] = _word(src, "crime_type", crime, rng), crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"], exp["exploitation"] = src.na_exploitation, None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    # counts
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.unknown["n_persons"] and rng.random() < 0.01:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.unknown["n_persons"]), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count_cell(src, persons, rng, tags, "n_persons")
        exp["n_persons"] = persons
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        if src.unknown["n_suspects"]:
            cells["n_suspects"] = choice(rng, src.unknown["n_suspects"])
            tags.append("suspects_placeholder")
        else:
            cells["n_suspects"] = None
            tags.append("blank_n_suspects")
        exp["n_suspects"] = None
    elif suspects == 0 and src.zero_words and rng.random() < 0.6:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count_cell(src, suspects, rng, tags, "n_suspects")
        exp["n_suspects"] = suspects

    # gender, age group, transport mode
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < unknown_p:
        words = src.unknown["gender"]
        cells["gender"] = choice(rng, words) if words else None
        exp["gender"] = "unknown"
        tags.extend(["blank_gender", "unknown:gender"])
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < unknown_p:
            cells[col], exp[col] = choice(rng, src.unknown["vocab"]), "unknown"
            tags.append(f"na_word:{col}")
            continue
        place = f"{value}@{ev['hotspot']}"
        if col == "transport_mode" and place in src.places:
            cells[col] = choice(rng, src.places[place])
            tags.append("place_word:transport_mode")
        else:
            cells[col] = _word(src, col, value, rng)
        exp[col] = value

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        if col != "detection_country" and rng.random() < unknown_p:
            words = src.unknown.get("place", src.unknown["country"])
            if col == "nationality":
                words = src.unknown["country"]
            cells[col], exp[col] = (choice(rng, words) if words else None), None
            tags.append(f"unknown:{col}")
            if col == "nationality":
                tags.append("blank_nationality")
            continue
        cells[col], exp[col] = _country_cell(src, str(iso), col, rng, tags), str(iso)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = (
            choice(rng, src.direct) if src.direct and rng.random() < 0.5 else None
        )
        exp["transit_countries"] = None
    else:
        cells["transit_countries"] = _transit_cell(src, str(transit), rng, tags)
        exp["transit_countries"] = str(transit)

    # place
    r = rng.random()
    if forced_blank == "coordinates":
        cells.update(_no_place(src))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.04:
        cells.update(_no_place(src))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.05 and src.coords_placeholder is not None:
        cells["coordinates"] = src.coords_placeholder
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        place_cells, exp["lat"], exp["lon"] = _coords_cells(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
        )
        if src.coords == "xlsx" and rng.random() < 0.2:  # typed as text, French locale
            place_cells = {k: f"{v:.5f}".replace(".", ",") for k, v in place_cells.items()}
            tags.append("decimal_comma:coordinates")
        cells.update(place_cells)

    # linked offences, in the truth's order
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = (
            choice(rng, src.no_offence) if src.no_offence and rng.random() < 0.3 else None
        )
        exp["linked_offences"] = None
    else:
        named = [_word(src, "linked_offences", o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(named)
        exp["linked_offences"] = str(offences)

    # odd case and spacing, then a batch pasted from a mis-decoded export
    text_cols = (
        "crime_type",
        "exploitation",
        "gender",
        "age_group",
        "transport_mode",
        "nationality",
        "origin_country",
        "destination_country",
        "transit_countries",
    )
    for col in text_cols:
        cell = cells.get(col)
        if isinstance(cell, str) and rng.random() < src.case_rate:
            kind = int(rng.integers(0, 3))
            cells[col] = cell.lower() if kind == 0 else f" {cell}" if kind == 1 else f"{cell}  "
            tags.append(f"case:{col}")
    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        for col in text_cols:
            cell = cells.get(col)
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    for col, cell in cells.items():  # every cell must fit the file's encoding
        if isinstance(cell, str) and not fits(cell, src):
            raise ValueError(f"{src.filename}: {cell!r} in {col} does not fit {src.encoding}")
    return cells, exp, sorted(set(tags), key=tags.index)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    style = src.date_styles[0][0]
    if kind == "bad_date":  # a day that does not exist, in the agency's day style
        day = 30 + int(rng.integers(0, 2))
        return {
            "dmy_slash": f"{day}/02/{ts.year}",
            "d_mon_y": f"{day}-Feb-{ts.year}",
            "d_month_y": f"{day} February {ts.year}",
            "excel": f"{day}/02/{ts.year}",
            "iso": f"{ts.year}-02-{day}",
        }[style]
    future = ts.replace(year=ts.year + 10)  # the decade digit mistyped
    return _date_cell(style, future, rng)[0]


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    return _date_cell(src.date_styles[0][0], last, np.random.default_rng(0))[0]


#: The variant: its sources, who reports what first, and who may report it again.
BLIND150: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GRC": _PK.source,
        "HRV": _PK.source,
        "ITA": _OTE.source,
        "FRA": _OTE.source,
        "GBR": _BH.source,
        "ESP": _DXB.source,
        "PAN": _DXB.source,
    },
    compilation=_QA.source,
    secondary={
        ("channel", "FRA"): _BH.source,
        ("channel", "GBR"): _OTE.source,
        ("cmed", "ITA"): _QA.source,
        ("thb_nga_ita", "ITA"): _QA.source,
        ("emed", "GRC"): _QA.source,
        ("wbal", "HRV"): _QA.source,
        ("wmed", "ESP"): _QA.source,
        ("watl", "ESP"): _QA.source,
        ("thb_rou_esp", "ESP"): _QA.source,
        ("thb_rou_esp", "ITA"): _DXB.source,
        ("darien", "PAN"): _QA.source,
        ("us_mex", "USA"): _DXB.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=150150,
    blank_share=0.3,
)


def make_blind150(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five submissions of the ``blind150`` set.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pk_cwa_athens_ev.csv`` (English, cp1252, ``,``),
        ``ote_attaches_sociaux_ev.xlsx`` (French), ``bh_moi_attache_ldn_ev.csv``
        (English, UTF-16, tab), ``dxb_police_enlace_mad_ev.csv`` (Spanish, UTF-8 with
        BOM, ``;``) and ``qa_nccht_ev.jsonl`` (English, the compilation), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind150(make_truth(seed=2, n_events=300), seed=2)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pk_cwa_athens_ev.csv', 'ote_attaches_sociaux_ev.xlsx', 'bh_moi_attache_ldn_ev.csv',
     'dxb_police_enlace_mad_ev.csv', 'qa_nccht_ev.jsonl']
    >>> subs[3].frame.columns[:3].tolist()
    ['Nº registro', 'Fecha del hecho', 'Tipología delictiva']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND150, truth, seed=seed)
