"""Examiner sample set ``blind190`` (files ``*_gj.*``): immigration-detention screening.

Five sources new to trendlib, all working inside or beside immigration detention and
removal centres. Each logs the interception or detection a detainee went through and what
the detainee said about the smugglers or exploiters, in its own language and tools:

``pueblos_unidos_cie`` (XLSX, Spanish)
    Pueblos Unidos (Servicio Jesuita a Migrantes, Madrid), visits to the CIEs (centros de
    internamiento de extranjeros) and its anti-trafficking outreach: real Excel dates with
    some typed as text and a few month-only recollections ("mayo de 2023"), nationalities
    as demonyms ("marroquí", "senegalesa"), "Guinea Conakry", "no procede", "no consta",
    counts typed "12 personas" or "1.250", route lists joined by " - ".
``cimade_cra`` (CSV, cp1252, ``;``, French)
    La Cimade, legal aid in the CRAs (centres de rétention administrative): day-first dates
    (four- and two-digit years, a few Excel serials that lost their format, "17 mai 2023"),
    rows that went through a UTF-8/cp1252 mix-up (mojibake), accents dropped, "Angleterre"
    for the United Kingdom, "NC" (non communiqué), "aucun", route lists joined by " / ",
    CRLF line ends; some rows re-sent at the end of the export.
``bid_uk_detention`` (XLSX, English)
    Bail for Immigration Detainees, casework log across the UK's IRCs: real Excel dates
    with some typed "17 May 2023" or "17/05/2023" and month-only recollections, demonyms
    ("Afghan", "Iraqi Kurdish"), "England"/"Scotland"/"UK" for the place of encounter,
    "age disputed", "n/k", "none", route lists joined by " > ".
``firrp_az`` (CSV, UTF-16 with BOM, tab, English with Spanish words)
    Florence Immigrant & Refugee Rights Project (Arizona), screening of ICE detainees for
    trafficking (T visa): Excel's "Unicode text" export, US month-first dates (``5/7/2023``),
    ISO alpha-2 codes and Spanish country names beside English ones, "UAC", "Family unit",
    "coyote", "unk".
``gdp_geneva`` (JSON lines, UTF-8, English)
    Global Detention Project (Geneva), a compilation of what detention monitors report
    (Italy's CPRs, Greek and Polish pre-removal centres, Croatia's Ježevo, Panama's
    reception stations) and a second report of some events the others give: ISO dates,
    months ("2023-05") and quarters ("2023-Q2") of quarterly monitoring reports, ISO alpha-3
    codes, transit and offences as JSON lists, geocoded coordinates; some records re-sent.

The truth says what a careful analyst reads from each cell: a demonym, an alias, an ISO
code, a typo or a mojibake name is the country; "England" or "Scotland" as the place of
encounter is the United Kingdom; "no procede" / "sans objet" / "N/A" exploitation on a
smuggling row is no exploitation; "no consta", "NC", "n/k", "unk", "age disputed" and "not
reported" are unknown; a count written "s/d", "NC", "not known", "unk" or "unknown" is no
count (the record stays); "ninguno", "aucun", "none" suspects are zero; "varios",
"plusieurs", "several", "dozens" persons cannot be read as a number (a bad row). None of
the detention sources records coordinates (only the compilation geocodes its events).
"""

from __future__ import annotations

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

__all__ = ["BLIND190", "SOURCES", "make_blind190"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
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
_Places = dict[str, tuple[str, tuple[str, ...]]]

# --------------------------------------------------------------------------------------
# Country wording: ISO alpha-3 -> (English, French, Spanish)
# --------------------------------------------------------------------------------------
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
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

# Small typos the agencies' staff make, by language (only where they stay readable).
_TYPOS: dict[str, dict[str, str]] = {
    "es": {
        "MAR": "Marrueco",
        "DZA": "Argelía",
        "GMB": "Ganbia",
        "SEN": "Senegall",
        "CIV": "Costa de Marfíl",
        "MRT": "Mauritána",
        "ROU": "Rumania",
        "GIN": "Guinea Conakri",
    },
    "fr": {
        "AFG": "Afganistan",
        "ERI": "Erythree",
        "IRQ": "Iraq",
        "DZA": "Algerie",
        "MAR": "Marroc",
        "SYR": "Syrie ",
        "VNM": "Vietnam",
        "ALB": "Albannie",
    },
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albnia",
        "SYR": "Syira",
        "VNM": "Veitnam",
        "IRQ": "Irak",
    },
}
# Spanish demonyms (masculine, feminine), as a CIE visitor writes a detainee's nationality.
_DEMONYM_ES: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
    "MRT": ("mauritano", "mauritana"),
}
# English demonyms, as a UK caseworker writes a client's nationality.
_DEMONYM_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",),
    "IRN": ("Iranian",),
    "IRQ": ("Iraqi", "Iraqi Kurdish"),
    "ALB": ("Albanian",),
    "ERI": ("Eritrean",),
    "SYR": ("Syrian",),
    "VNM": ("Vietnamese",),
    "CHN": ("Chinese",),
}


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÉÈÊéèêëàâäîïôöûüùçñ’", "EEEeeeeaaaiioouuucn'")
    return text.translate(table)


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Source190(ExaminerSource):
    """A ``blind190`` source: the shared fields plus its own wording.

    Attributes
    ----------
    crime : dict
        Crime type -> the words the agency writes for it.
    exploitation : dict
        Form of exploitation -> words.
    no_exploitation : str or None
        What a pure smuggling row holds in the exploitation column (None: left blank).
    undetermined : str
        The word for a form of exploitation not yet established (expected ``unknown``).
    gender : dict
        Gender -> words.
    age : dict
        Age group -> words.
    age_na : tuple of str
        Words for an age group not known (expected ``unknown``).
    mode : dict
        ``"corridor:mode"`` or ``"mode"`` -> words.
    mode_na : str
        Word for a transport mode not known.
    offences : dict
        Linked offence -> words.
    offence_sep : str
        Separator of linked offences (``"list"``: a JSON list).
    transit_sep : str
        Separator of transit countries (``"list"``: a JSON list).
    direct : str or None
        What the transit column says for a direct journey (None: blank).
    zero : str
        Word for no suspect.
    placeholder : str
        Word for a count not known.
    country_na : str
        Word for a nationality not known.
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: str | None
    undetermined: str
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    age_na: tuple[str, ...]
    mode: dict[str, tuple[str, ...]]
    mode_na: str
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    direct: str | None
    zero: str
    placeholder: str
    country_na: str


PU = Source190(
    source="pueblos_unidos_cie",
    filename="pueblos_unidos_cie_gj.xlsx",
    ref="PU-{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "centre": "Centro / ámbito",
        "event_date": "Fecha llegada / interceptación",
        "place": "Lugar",
        "nationality": "Nacionalidad",
        "gender": "Sexo",
        "age_group": "Edad",
        "n_persons": "Nº personas (embarcación / grupo)",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de explotación",
        "n_suspects": "Nº pasadores / captadores",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino declarado",
        "detection_country": "País de interceptación",
        "transport_mode": "Medio",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de revisión por el equipo de visitas CIE",
    total="TOTAL",
    bad_count=("varios", "muchos", "grupo numeroso"),
    repeats=False,
    crime={
        "smuggling": ("tráfico de migrantes", "TIM", "favorecimiento de la inmigración irregular"),
        "trafficking": ("indicios de trata", "TSH", "posible víctima de trata"),
        "both": ("tráfico con indicios de trata", "trata y tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral (campo)"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    no_exploitation="no procede",
    undetermined="por determinar",
    gender={
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "familias con menores"),
    },
    age_na=("no consta",),
    mode={
        "watl:sea": ("cayuco", "cayuco", "neumática"),
        "wmed:sea": ("patera", "neumática", "embarcación"),
        "wmed:land": ("salto de valla", "oculto en vehículo", "a pie"),
        "land": ("autobús", "furgoneta", "por carretera"),
        "air": ("avión", "vía aérea"),
        "sea": ("embarcación",),
    },
    mode_na="no consta",
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" - ",
    direct="directo",
    zero="ninguno",
    placeholder="s/d",
    country_na="no consta",
)

CIMADE = Source190(
    source="cimade_cra",
    filename="cimade_cra_gj.csv",
    ref="CRA-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "centre": "CRA",
        "event_date": "Date interpellation",
        "place": "Lieu d'interpellation",
        "detection_country": "Pays d'interpellation",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "gender": "Sexe",
        "age_group": "Âge",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb passeurs",
        "crime_type": "Repérage",
        "exploitation": "Forme d'exploitation",
        "transport_mode": "Mode de passage",
        "linked_offences": "Autres infractions",
    },
    note="Données provisoires - extraction pôle rétention, ne pas diffuser",
    total="Total général",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=True,
    crime={
        "smuggling": ("trafic de migrants", "passeur", "aide à l'entrée irrégulière"),
        "trafficking": ("indices de traite", "TEH", "victime présumée de traite"),
        "both": ("trafic + indices de traite", "traite et trafic"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation="sans objet",
    undetermined="à déterminer",
    gender={
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "familles avec enfants"),
    },
    age_na=("NC",),
    mode={
        "channel:sea": ("small boat", "embarcation", "bateau pneumatique"),
        "channel:land": ("camion", "poids lourd", "dissimulé dans un camion"),
        "wmed:sea": ("embarcation", "patera"),
        "wmed:land": ("voie terrestre", "à pied"),
        "sea": ("embarcation",),
        "land": ("voie terrestre",),
        "air": ("avion",),
    },
    mode_na="NC",
    offences={
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=", ",
    transit_sep=" / ",
    direct=None,
    zero="aucun",
    placeholder="NC",
    country_na="NC",
)

BID = Source190(
    source="bid_uk_detention",
    filename="bid_uk_detention_gj.xlsx",
    ref="BID/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "BID case no.",
        "centre": "IRC",
        "event_date": "Date of arrest / encounter",
        "place": "Place encountered",
        "detection_country": "Country encountered",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "gender": "Sex",
        "age_group": "Age",
        "n_persons": "No. in group",
        "n_suspects": "Facilitators named",
        "crime_type": "Concern",
        "exploitation": "Exploitation type",
        "transit_countries": "Route (countries)",
        "destination_country": "Intended destination",
        "transport_mode": "Mode of entry",
        "linked_offences": "Other offences",
    },
    note="Note: figures provisional - NRM outcomes pending for several clients",
    total="Total",
    bad_count=("several", "a group", "many"),
    repeats=False,
    crime={
        "smuggling": ("Smuggled (paid agent)", "Facilitated entry", "smuggling"),
        "trafficking": ("Trafficking indicators - NRM referral", "Potential VoT", "Modern slavery"),
        "both": ("Smuggled + trafficking indicators", "smuggling/trafficking"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "sexual"),
        "forced_labour": ("Labour exploitation", "forced labour"),
        "forced_criminality": ("Criminal exploitation", "forced cannabis cultivation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation="N/A",
    undetermined="tbc",
    gender={
        "male": ("Male", "M", "men"),
        "female": ("Female", "F", "women"),
        "mixed": ("Mixed", "men and women"),
    },
    age={
        "adult": ("Adult", "18+"),
        "child": ("Minor", "U18", "Child"),
        "mixed": ("Adults + minors", "Families"),
    },
    age_na=("n/k",),
    mode={
        "channel:sea": ("Small boat", "dinghy", "RHIB"),
        "channel:land": ("Lorry", "HGV", "concealed in lorry"),
        "thb_vnm_gbr:land": ("Lorry", "concealed in vehicle", "HGV"),
        "air": ("Flight", "plane"),
        "sea": ("boat",),
        "land": ("Lorry",),
    },
    mode_na="n/k",
    offences={
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "cannabis production"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    direct=None,
    zero="none",
    placeholder="not known",
    country_na="n/k",
)

FIRRP = Source190(
    source="firrp_az",
    filename="firrp_az_gj.csv",
    ref="FL-{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "centre": "Facility",
        "event_date": "Apprehension Date",
        "place": "Apprehension Location",
        "detection_country": "Country of Apprehension",
        "nationality": "Country of Citizenship",
        "origin_country": "Country of Birth",
        "gender": "Sex",
        "age_group": "Age Group",
        "n_persons": "# in Group",
        "n_suspects": "# Smugglers/Guides",
        "crime_type": "Screening Result",
        "exploitation": "Type of Exploitation",
        "transit_countries": "Transit Countries",
        "destination_country": "Intended Destination",
        "transport_mode": "Entry Mode",
        "linked_offences": "Related Charges",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "group", "varios"),
    repeats=False,
    crime={
        "smuggling": ("Smuggled (coyote)", "smuggling", "pollero/coyote"),
        "trafficking": ("Trafficking - T visa screen", "TVPA indicators", "trafficking"),
        "both": ("Smuggled + trafficking indicators", "smuggling & trafficking"),
    },
    exploitation={
        "sexual": ("sex trafficking", "sexual"),
        "forced_labour": ("labor trafficking", "forced labor"),
        "forced_criminality": ("forced to carry drugs (mochilero)", "forced criminal activity"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=None,
    undetermined="pending",
    gender={
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("Mixed", "male & female"),
    },
    age={
        "adult": ("Adult", "Single adults"),
        "child": ("UAC", "Minor"),
        "mixed": ("Family unit", "adults w/ children"),
    },
    age_na=("unk",),
    mode={"land": ("on foot", "vehicle", "tractor-trailer", "on foot (EWI)")},
    mode_na="unk",
    offences={
        "document_fraud": ("false docs",),
        "corruption": ("bribery of official",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug smuggling", "narcotics"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=" / ",
    transit_sep=", ",
    direct=None,
    zero="none",
    placeholder="unk",
    country_na="unk",
)

GDP = Source190(
    source="gdp_geneva",
    filename="gdp_geneva_gj.jsonl",
    ref="GDP-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "gdp_id",
        "event_date": "incident_date",
        "detection_country": "country",
        "centre": "facility",
        "reported_by": "reported_by",
        "crime_type": "offence_category",
        "exploitation": "exploitation_form",
        "n_persons": "people_involved",
        "n_suspects": "alleged_smugglers",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "travel_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="total",
    bad_count=("several", "dozens", "a large group"),
    repeats=True,
    crime={
        "smuggling": ("migrant smuggling",),
        "trafficking": ("trafficking in persons", "human trafficking"),
        "both": ("smuggling and trafficking",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=None,
    undetermined="not reported",
    gender={"male": ("male", "men"), "female": ("female", "women"), "mixed": ("mixed",)},
    age={
        "adult": ("adults",),
        "child": ("children", "minors"),
        "mixed": ("adults and children",),
    },
    age_na=("not reported",),
    mode={"sea": ("sea", "boat"), "land": ("land",), "air": ("air",)},
    mode_na="not reported",
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="list",
    transit_sep="list",
    direct=None,
    zero="0",
    placeholder="unknown",
    country_na="unknown",
)

#: The five sources, in the order :func:`make_blind190` returns them.
SOURCES: tuple[Source190, ...] = (PU, CIMADE, BID, FIRRP, GDP)

# --------------------------------------------------------------------------------------
# Places and centres, by hotspot of the truth
# --------------------------------------------------------------------------------------
_PU_PLACE: _Places = {
    "Ceuta": ("Ceuta", ("CIE Algeciras", "CIE Tarifa")),
    "Melilla": ("Melilla", ("CIE Aluche (Madrid)",)),
    "Almería": ("Almería", ("CIE Sangonera (Murcia)", "CIE Aluche (Madrid)")),
    "Gran Canaria": ("Arguineguín (Gran Canaria)", ("CIE Barranco Seco",)),
    "Tenerife": ("Los Cristianos (Tenerife)", ("CIE Hoya Fría",)),
    "El Hierro": ("La Restinga (El Hierro)", ("CIE Hoya Fría",)),
    "Lanzarote": ("Arrecife (Lanzarote)", ("CIE Barranco Seco",)),
    "Huelva": ("Huelva (campaña fresa)", ("Programa trata - Huelva",)),
    "Almería (El Ejido)": ("El Ejido (Almería)", ("Programa trata - Almería",)),
}
_CIMADE_PLACE: _Places = {
    "Calais": ("Calais", ("CRA Mesnil-Amelot", "CRA Rennes-Saint-Jacques", "CRA Metz-Queuleu")),
    "Dunkirk/Gravelines": (
        "Gravelines",
        ("CRA Mesnil-Amelot", "CRA Rennes-Saint-Jacques", "CRA Rouen-Oissel"),
    ),
    "Ceuta": ("Ceuta (Espagne)", ("CRA Hendaye", "CRA Toulouse-Cornebarrieu")),
    "Melilla": ("Melilla (Espagne)", ("CRA Perpignan", "CRA Toulouse-Cornebarrieu")),
    "Almería": ("Almería (Espagne)", ("CRA Perpignan", "CRA Sète", "CRA Nîmes")),
}
_BID_PLACE: _Places = {
    "Dover": ("Dover (Western Jet Foil)", ("Brook House", "Tinsley House")),
    "London": ("London", ("Harmondsworth", "Colnbrook")),
    "Birmingham": ("Birmingham", ("Colnbrook", "Derwentside")),
    "Glasgow": ("Glasgow", ("Dungavel",)),
}
_FIRRP_PLACE: _Places = {
    "Nogales (Sonora/Arizona)": ("Nogales, AZ", ("Eloy DC", "Florence SPC")),
    "Sasabe": ("Sasabe, AZ", ("Eloy DC", "La Palma CC")),
    "El Paso": ("El Paso, TX", ("Otero County PC", "Eloy DC")),
    "Rio Grande Valley": ("RGV, TX", ("La Palma CC", "Florence SPC")),
}
_GDP_FACILITY = {
    "Lampedusa": ("Lampedusa hotspot", "Garante nazionale"),
    "Pozzallo": ("Pozzallo hotspot", "Garante nazionale"),
    "Crotone": ("CPR Bari-Palese", "Garante nazionale"),
    "Castel Volturno": ("CPR Ponte Galeria (Rome)", "Garante nazionale"),
    "Torino": ("CPR Torino", "Garante nazionale"),
    "Palermo": ("CPR Trapani-Milo", "Garante nazionale"),
    "Latina (Agro Pontino)": (None, "media report"),
    "Lesbos": ("Lesvos CCAC / PRODEC", "Greek Ombudsman"),
    "Samos": ("Samos CCAC", "Greek Ombudsman"),
    "Evros": ("Fylakio PRODEC", "Greek Ombudsman"),
    "Cetingrad (BIH–HRV border)": ("Ježevo reception centre for foreigners", "Ombudsperson HR"),
    "Bajakovo (SRB–HRV border)": ("Tovarnik transit centre", "Ombudsperson HR"),
    "Kuźnica": ("Guarded centre for foreigners, Białystok", "HFHR"),
    "Białowieża": ("Guarded centre for foreigners, Wędrzyn", "HFHR"),
    "Michałowo": ("Guarded centre for foreigners, Krosno Odrzańskie", "HFHR"),
    "Darién gap": ("ERM San Vicente", "Defensoría del Pueblo (PA)"),
    "Bajo Chiquito": ("ERM Lajas Blancas", "Defensoría del Pueblo (PA)"),
    "Lajas Blancas": ("ERM Lajas Blancas", "Defensoría del Pueblo (PA)"),
    "Gran Canaria": ("CIE Barranco Seco", "NGO report (ES)"),
    "Tenerife": ("CIE Hoya Fría", "NGO report (ES)"),
    "El Hierro": ("CIE Hoya Fría", "NGO report (ES)"),
    "Lanzarote": ("CIE Barranco Seco", "NGO report (ES)"),
    "Huelva": (None, "NGO report (ES)"),
    "Almería (El Ejido)": (None, "NGO report (ES)"),
    "Dover": ("Brook House IRC", "HM Inspectorate of Prisons"),
    "London": ("Harmondsworth IRC", "HM Inspectorate of Prisons"),
    "Birmingham": ("Colnbrook IRC", "HM Inspectorate of Prisons"),
    "Glasgow": ("Dungavel IRC", "HM Inspectorate of Prisons"),
    "Calais": ("CRA Coquelles", "CGLPL"),
    "Dunkirk/Gravelines": ("CRA Coquelles", "CGLPL"),
    "Nogales (Sonora/Arizona)": ("Eloy Detention Center", "DHS OIG"),
    "Sasabe": ("Eloy Detention Center", "DHS OIG"),
    "El Paso": ("Otero County Processing Center", "DHS OIG"),
    "Rio Grande Valley": ("Port Isabel Service Processing Center", "DHS OIG"),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _count(value: int, src: Source190) -> object:
    """Return a plain count as the file holds it (a number in XLSX and JSON lines)."""
    return str(value) if src.format == "csv" else value


def _word(src: Source190, table: dict[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    words = table[key]
    return words[0] if rng.random() < 0.6 or len(words) == 1 else choice(rng, words[1:])


def _date_cell(
    src: Source190, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str | None]:
    """Write a day as the source does: (cell, expected day, precision, tag)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    if src is PU:
        if partial_ok and r < 0.07:
            return f"{_MONTHS_ES[ts.month - 1]} de {ts.year}", month, "month", "partial_date"
        if r < 0.2:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        return ts.to_pydatetime(), ts, "day", None
    if src is CIMADE:
        if r < 0.06:
            serial = str((ts - _EXCEL_EPOCH).days)
            return serial, ts, "day", "excel_serial"
        if r < 0.14:
            return ts.strftime("%d/%m/%y"), ts, "day", "short_year"
        if r < 0.17:
            return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day", "long_date"
        return ts.strftime("%d/%m/%Y"), ts, "day", None
    if src is BID:
        if partial_ok and r < 0.06:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", "partial_date"
        if r < 0.16:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "date_text"
        if r < 0.24:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        return ts.to_pydatetime(), ts, "day", None
    if src is FIRRP:
        if r < 0.1:
            return ts.strftime("%m/%d/%Y"), ts, "day", "us_date"
        return f"{ts.month}/{ts.day}/{ts.year}", ts, "day", "us_date"
    # GDP: ISO days, months and quarters of the monitoring reports it compiles
    if partial_ok and r < 0.09:
        return ts.strftime("%Y-%m"), month, "month", "partial_date"
    if partial_ok and r < 0.15:
        quarter = ts.to_period("Q").start_time
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter", "partial_date"
    if r < 0.19:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
    return ts.strftime("%Y-%m-%d"), ts, "day", None


def _country(
    src: Source190, iso: str, rng: _Rng, *, col: str, ev: dict[str, object], names: bool = False
) -> tuple[str, str | None]:
    """Write one country as the source does: (cell, messiness tag or None).

    ``names`` tells the compilation's row was contributed with country names, not codes.
    """
    lang = src.language
    name = _name(iso, lang)
    r = rng.random()
    if src is PU:
        if col == "nationality" and iso in _DEMONYM_ES and r < 0.35:
            female = ev.get("gender") == "female"
            return _DEMONYM_ES[iso][1 if female else 0], f"demonym:{col}"
        if iso == "GIN" and r < 0.55:
            return "Guinea Conakry", f"alias:{col}"
        if r > 0.96 and iso in _TYPOS["es"]:
            return _TYPOS["es"][iso], f"typo:{col}"
        if r > 0.92:
            return name.upper(), f"case:{col}"
        return name, None
    if src is CIMADE:
        if iso == "GBR" and col == "destination_country" and r < 0.5:
            return choice(rng, ("Angleterre", "UK")), f"alias:{col}"
        if r > 0.95 and iso in _TYPOS["fr"]:
            return _TYPOS["fr"][iso], f"typo:{col}"
        if r > 0.88 and _strip_accents(name) != name:
            return _strip_accents(name), f"no_accent:{col}"
        if r > 0.84:
            return name.upper(), f"case:{col}"
        return name, None
    if src is BID:
        if col == "nationality" and iso in _DEMONYM_EN and r < 0.4:
            return choice(rng, _DEMONYM_EN[iso]), f"demonym:{col}"
        if iso == "GBR":
            if col == "detection_country":
                nation = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
                return (nation, f"uk_nation:{col}") if r < 0.4 else ("UK", f"alias:{col}")
            return ("UK", f"alias:{col}") if r < 0.7 else (name, None)
        if r > 0.96 and iso in _TYPOS["en"]:
            return _TYPOS["en"][iso], f"typo:{col}"
        return name, None
    if src is FIRRP:
        if r < 0.25:
            return iso_codes(iso)[0], f"iso2:{col}"
        if r < 0.45 and _name(iso, "es") != name:
            return _name(iso, "es"), f"spanish:{col}"
        if iso == "USA" and r < 0.7:
            return choice(rng, ("USA", "U.S.")), f"alias:{col}"
        return name, None
    # GDP: ISO alpha-3 codes, English names for the records some contributors sent
    return (name, None) if names else (iso, f"iso3:{col}")


def _transit(
    src: Source190, value: str | None, rng: _Rng, ev: dict[str, object], names: bool
) -> tuple[object, list[str]]:
    if value is None:
        return src.direct, []
    cells: list[str] = []
    tags: list[str] = []
    for iso in value.split("|"):
        cell, tag = _country(src, iso, rng, col="transit_countries", ev=ev, names=names)
        cells.append(cell)
        if tag is not None:
            tags.append(tag)
    if src.transit_sep == "list":
        return cells, sorted(set(tags))
    return src.transit_sep.join(cells), sorted(set(tags))


def _offences(src: Source190, value: str | None, rng: _Rng) -> object:
    if value is None:
        return None
    words = [_word(src, src.offences, k, rng) for k in value.split("|")]
    return words if src.offence_sep == "list" else src.offence_sep.join(words)


def _mode(src: Source190, corridor: str, mode: str, rng: _Rng) -> str:
    words = src.mode.get(f"{corridor}:{mode}") or src.mode[mode]
    return choice(rng, words)


def _place(src: Source190, hotspot: str, rng: _Rng) -> tuple[str | None, str | None]:
    table: dict[str, _Places] = {
        PU.source: _PU_PLACE,
        CIMADE.source: _CIMADE_PLACE,
        BID.source: _BID_PLACE,
    }
    table[FIRRP.source] = _FIRRP_PLACE
    place, centres = table[src.source].get(hotspot, (hotspot, ("",)))
    return place, (choice(rng, centres) or None)


def _mojibake_row(cells: dict[str, object], keys: tuple[str, ...], tags: list[str]) -> None:
    """Garble the accented cells of a row that went through a UTF-8 file read as cp1252."""
    for key in keys:
        value = cells.get(key)
        if isinstance(value, str):
            garbled = mojibake(value)
            if garbled is not None:
                cells[key] = garbled
                tags.append(f"mojibake:{key}")


def render(
    src: Source190,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as one ``blind190`` source does.

    Parameters
    ----------
    src : Source190
        The source.
    ev : dict
        The true event (``event_date`` already moved for a second report).
    rng : numpy.random.Generator
        Generator of the messiness.
    partial_ok : bool
        Whether the date may be written as a month or a quarter only.
    forced_blank : str or None
        Field a second report leaves blank (``nationality``, ``n_suspects``,
        ``coordinates``, ``gender`` or ``detection_country``).

    Returns
    -------
    cells : dict
        Cells by canonical column (plus the source's own ``centre``/``place`` columns).
    expected : dict
        What a careful analyst reads from the row.
    tags : list of str
        Messiness planted in the row.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> from trendlib.samples._examiner import events
    >>> ev = events(make_truth(seed=2, n_events=50))[0]
    >>> cells, exp, tags = render(GDP, ev, np.random.default_rng(0), partial_ok=False,
    ...                           forced_blank=None)
    >>> exp["crime_type"] == ev["crime_type"], exp["date_precision"]
    (True, 'day')
    """
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])
    hotspot = str(ev["hotspot"])
    crime = str(ev["crime_type"])
    expl = _text(ev, "exploitation")
    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    gender, age, mode = str(ev["gender"]), str(ev["age_group"]), str(ev["transport_mode"])
    tags: list[str] = []
    cells: dict[str, object] = {}

    date_cell, day, precision, date_tag = _date_cell(src, ts, rng, partial_ok)
    cells["event_date"] = date_cell
    if date_tag:
        tags.append(date_tag)
    exp: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": crime,
        "exploitation": expl,
        "n_persons": n_persons,
        "n_suspects": n_suspects,
        "gender": gender,
        "age_group": age,
        "nationality": _text(ev, "nationality"),
        "origin_country": _text(ev, "origin_country"),
        "destination_country": _text(ev, "destination_country"),
        "detection_country": _text(ev, "detection_country"),
        "transit_countries": _text(ev, "transit_countries"),
        "transport_mode": mode,
        "lat": None,
        "lon": None,
        "linked_offences": _text(ev, "linked_offences"),
    }

    # places and centres, in the detention sources' own columns
    if src is GDP:
        facility, reporter = _GDP_FACILITY.get(hotspot, (None, "media report"))
        cells["centre"], cells["reported_by"] = facility, reporter
    else:
        cells["place"], cells["centre"] = _place(src, hotspot, rng)

    cells["crime_type"] = _word(src, src.crime, crime, rng)
    if expl is None:
        cells["exploitation"] = src.no_exploitation
        if src.no_exploitation is not None:
            tags.append("na_exploitation")
    elif rng.random() < 0.05:
        cells["exploitation"] = src.undetermined
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _word(src, src.exploitation, expl, rng)

    # persons
    r = rng.random()
    if r < 0.025:
        cells["n_persons"] = src.placeholder
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif src is PU and r < 0.08:
        big = n_persons >= 1000
        cells["n_persons"] = (
            f"{n_persons // 1000}.{n_persons % 1000:03d}" if big else f"{n_persons} personas"
        )
        tags.append("thousands:n_persons" if big else "count_words")
    elif src is CIMADE and r < 0.07:
        cells["n_persons"] = f"{n_persons} pers."
        tags.append("count_words")
    elif src is GDP and n_persons >= 1000 and r < 0.6:
        cells["n_persons"] = f"{n_persons:,}"
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = _count(n_persons, src)
    # suspects
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = src.placeholder
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif n_suspects == 0 and src is not GDP and r < 0.6:
        cells["n_suspects"] = src.zero
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(n_suspects, src)

    # gender (singletons in the singular where the language has it)
    word = _word(src, src.gender, gender, rng)
    if src is PU and n_persons == 1 and gender in ("male", "female"):
        word = "hombre" if gender == "male" else "mujer"
    cells["gender"] = word
    # age group
    r = rng.random()
    if src is BID and age == "child" and r < 0.15:
        cells["age_group"] = "age disputed"
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    elif r < 0.04:
        cells["age_group"] = choice(rng, src.age_na)
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _word(src, src.age, age, rng)
    # transport mode
    if rng.random() < 0.03:
        cells["transport_mode"] = src.mode_na
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"] = _mode(src, corridor, mode, rng)

    # countries (the compilation's contributors send codes or names, row by row)
    names = src is GDP and rng.random() < 0.25
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = _text(ev, col)
        if iso is None:
            cells[col] = None
            continue
        if col == "nationality" and src is not GDP and rng.random() < 0.015:
            cells[col] = src.country_na
            exp[col] = None
            tags.append("blank_nationality")
            continue
        cell, tag = _country(src, iso, rng, col=col, ev=ev, names=names)
        cells[col] = cell
        if tag is not None:
            tags.append(tag)
    transit, ttags = _transit(src, _text(ev, "transit_countries"), rng, ev, names)
    cells["transit_countries"] = transit
    tags.extend(ttags)
    cells["linked_offences"] = _offences(src, _text(ev, "linked_offences"), rng)

    # coordinates: only the compilation geocodes its records
    if src is GDP:
        if rng.random() < 0.06:
            cells["lat"] = cells["lon"] = None
            tags.append("coords_missing")
        else:
            lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
            cells["lat"], cells["lon"] = round(lat, 4), round(lon, 4)
            exp["lat"], exp["lon"] = lat, lon
    else:
        tags.append("coords_missing")

    # a second report leaves one field blank
    if forced_blank == "coordinates":
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif forced_blank is not None:
        cells[forced_blank] = None
        exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        gone = {
            "n_suspects": ("zero_word", "suspects_placeholder"),
            "nationality": ("blank_nationality",),
        }.get(forced_blank, ())
        tags = [t for t in tags if t not in gone and not t.endswith(f":{forced_blank}")]
        tags.append(f"blank_{forced_blank}")

    # spelling noise of the clerks (not in the compilation's data feed)
    if src is CIMADE and rng.random() < 0.2:
        keys = ("nationality", "origin_country", "transit_countries", "destination_country")
        more = ("centre", "place", "exploitation", "crime_type", "transport_mode")
        _mojibake_row(cells, (*keys, *more), tags)
    if src is not GDP:
        for col in ("crime_type", "gender", "age_group", "transport_mode", "exploitation"):
            value = cells.get(col)
            if isinstance(value, str) and rng.random() < 0.04:
                cells[col] = value.upper() if rng.random() < 0.5 else f" {value}  "
                tags.append(f"case:{col}")
    for key, value in cells.items():  # a CSV's encoding must hold every cell
        if isinstance(value, str) and not fits(value, src):
            cells[key] = _strip_accents(value)
    return cells, exp, tags


def _bad_date(src: Source190, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day, month = (31, ts.month) if ts.month in (4, 6, 9, 11) else (30, 2)
        if src is FIRRP:
            return f"{month}/{day}/{ts.year}"
        if src is GDP:
            return f"{ts.year}-{month:02d}-{day:02d}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    future = ts.replace(day=min(ts.day, 28), year=ts.year + 10)  # 2023 typed 2033
    cell, _, _, _ = _date_cell(src, future, rng, False)
    return cell


def _note_date(src: Source190, last: pd.Timestamp) -> object:
    day = last + pd.Timedelta(days=6)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


#: The examiner's choices: who reports what first, and who a second time.
BLIND190: Examiner[Source190] = Examiner(
    sources=SOURCES,
    primary={"ESP": PU.source, "FRA": CIMADE.source, "GBR": BID.source, "USA": FIRRP.source},
    compilation=GDP.source,
    secondary={
        ("watl", "ESP"): GDP.source,
        ("thb_rou_esp", "ESP"): GDP.source,
        ("wmed", "ESP"): CIMADE.source,
        ("channel", "FRA"): GDP.source,
        ("channel", "GBR"): GDP.source,
        ("thb_vnm_gbr", "GBR"): GDP.source,
        ("us_mex", "USA"): GDP.source,
    },
    render=render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=190_190,
    blank_share=0.35,
)


def make_blind190(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind190`` detention-screening sources.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        Pueblos Unidos (XLSX), La Cimade (CSV), BID (XLSX), Florence Project (CSV) and
        the Global Detention Project (JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind190(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pueblos_unidos_cie_gj.xlsx', 'cimade_cra_gj.csv', 'bid_uk_detention_gj.xlsx',
     'firrp_az_gj.csv', 'gdp_geneva_gj.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> all(len(s.expected) > 5 for s in subs)
    True
    """
    return make_examined(BLIND190, truth, seed=seed)
