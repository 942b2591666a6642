"""Examiner sample set ``blind304`` (files ``*_kt.*``): labour-court registries and unions.

Five sources that record the claims of trafficked and smuggled workers, each with the
facts of the case (when and where the workers were first encountered, how they came,
who exploited or moved them), written by an examiner who never saw the cleaner:

``employment_tribunals_gb_kt.csv``
    Employment Tribunals (England & Wales and Scotland), an extract of the tribunal's
    case register with the facts pleaded in the ET1/ET3 forms. English, UTF-8 with a
    BOM, comma-separated. Case numbers ``22xxxxx/2023``; dates ``7 March 2022`` or
    ``07/03/2022``, a few ``March 2022``; nationality as a demonym (``Vietnamese``),
    "England"/"Scotland" for the country encountered; Modern Slavery Act / Immigration
    Act wording for the offence; counts with thousands commas, "Not known", "None".
    Re-sent rows (exact repeats). No coordinates.
``cph_calais_kt.csv``
    Conseil de prud'hommes de Calais, a Portalis extract of the claims of workers
    met on the Channel coast. French, cp1252, ``;``, CRLF. RG numbers ``F 23/00012``;
    dates ``17/05/2023`` (some ``17/05/23``), a few ``mai 2023`` or ``T2 2023``;
    nationality as a French adjective agreeing with the claimants' sex
    (``érythréenne``), some in capitals or with stray spaces; counts with a
    (no-break) space as thousands separator, ``n.c.``, ``aucun``. No coordinates.
``juzgados_social_es_kt.xlsx``
    Juzgados de lo Social (Spain), the common registry's export from Minerva of the
    claims where a police report (atestado) describes trafficking or smuggling.
    Spanish. Real Excel dates, some typed as text (``17/05/2023``, ``17-05-2023``),
    ``mayo 2023``/``05/2023`` and ``2.º trimestre 2023``; country names often in
    capitals and, in some cells, mojibake from a UTF-8 list pasted as cp1252
    (``TÃºNEZ``); Criminal Code articles (177 bis, 318 bis); coordinates from the
    atestado in DMS or with decimal commas.
``csa_tuca_migrantes_kt.jsonl``
    Confederación Sindical de Trabajadores/as de las Américas, migrant-workers desk:
    a shared sheet of cases filled by affiliates in Panama and the United States,
    exported to JSON lines. Spanish keys; dates ``2023/05/17``, some left as sheet
    serial numbers (``45063``), a few ``2023/05`` and ``T2-2023``; countries as ISO
    alpha-3 codes from a drop-down, Spanish names or alpha-2 codes; transit countries
    as a JSON array in route order; ``s/d`` for "no data"; ``latitud``/``longitud``.
``unionmigrantnet_kt.csv``
    UnionMigrantNet (ETUC's network of union contact points for migrant workers), a
    compilation of the cases its Italian, Greek, Croatian and Polish contact points
    logged. English, UTF-16 tab-separated ("Unicode text" saved from a spreadsheet).
    Dates ISO or ``17.05.2023``, some ``2023-05`` and ``Q2 2023``; English country
    names or alpha-2 codes, transit joined by ``>``. Re-sent rows (exact repeats).

Every row is rendered from a true event by :func:`_render`; the expected values are
what a careful analyst reads in the cells (a blank or a "not known" word expects
nothing or ``unknown``; a partial date the start of its month or quarter).
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND304", "SOURCES", "KtSource", "Wording", "make_blind304"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Country wording (hand-written: the set must not depend on the cleaner's tables)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
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
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
#: Other names an English-speaking clerk writes.
_ALIASES_EN: dict[str, tuple[str, ...]] = {
    "GBR": ("UK",),
    "USA": ("USA", "US"),
    "VNM": ("Viet Nam",),
    "TUR": ("Türkiye",),
    "CIV": ("Ivory Coast",),
    "MKD": ("Macedonia",),
    "RUS": ("Russian Federation",),
    "BIH": ("Bosnia",),
}
#: Other names a Spanish-speaking union desk writes.
_ALIASES_ES: dict[str, tuple[str, ...]] = {"USA": ("EE. UU.", "EEUU")}
#: Small slips of the keyboard, one per language (only where the name stays readable).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghanisatn",
        "ERI": "Eritera",
        "VNM": "Veitnam",
        "ALB": "Albainia",
        "PAK": "Pakistna",
        "ITA": "Itayl",
        "GRC": "Grece",
        "POL": "Polland",
        "TUN": "Tunsia",
        "EGY": "Egpyt",
        "BGD": "Bangaldesh",
        "DEU": "Gemany",
        "FRA": "Farnce",
        "SYR": "Syrai",
    },
    "fr": {
        "AFG": "Afganistan",
        "ALB": "Albannie",
        "DEU": "Allemange",
        "GBR": "Royaume Uni",
        "ITA": "Itallie",
        "ERI": "Erythree",
    },
    "es": {
        "MAR": "Marrueccos",
        "SEN": "Seneggal",
        "GMB": "Ganbia",
        "ESP": "Espña",
        "FRA": "Fancia",
        "ITA": "Itaila",
        "ROU": "Rumaníia",
        "DZA": "Argleia",
    },
}
#: Nationality adjectives in English.
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
    "GIN": "Guinean",
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
#: Nationality adjectives in French (masculine, feminine).
_DEMONYM_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "ALB": ("albanais", "albanaise"),
    "BGD": ("bangladais", "bangladaise"),
    "CHN": ("chinois", "chinoise"),
    "CIV": ("ivoirien", "ivoirienne"),
    "CMR": ("camerounais", "camerounaise"),
    "COL": ("colombien", "colombienne"),
    "DZA": ("algérien", "algérienne"),
    "ECU": ("équatorien", "équatorienne"),
    "EGY": ("égyptien", "égyptienne"),
    "ERI": ("érythréen", "érythréenne"),
    "GIN": ("guinéen", "guinéenne"),
    "GMB": ("gambien", "gambienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2}
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
_ORDINAL_ES = ("1.er", "2.º", "3.er", "4.º")

_Words = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Wording:
    """One agency's words for the vocabulary fields and its count conventions.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : dict
        Design word -> the agency's words for it (one is drawn per cell).
    no_exploitation : tuple of str or None
        What the agency writes in the exploitation cell of a pure smuggling case
        (``None`` = a blank cell).
    not_recorded : tuple of str
        Its "not recorded / not applicable" words for age group and transport mode.
    count_unknown : str
        Its "not known" word in a count cell.
    zero : str
        Its word for "no suspect".
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit countries.
    """

    crime: _Words
    exploitation: _Words
    no_exploitation: tuple[str | None, ...]
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    not_recorded: tuple[str, ...]
    count_unknown: str
    zero: str
    offence_sep: str
    transit_sep: str


@dataclass(frozen=True)
class KtSource(ExaminerSource):
    """A source of the ``blind304`` set: the shared fields plus the agency's wording.

    Attributes
    ----------
    wording : Wording
        The agency's words (see :class:`Wording`).
    """

    wording: Wording


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_ET = "employment_tribunals_gb"
_CPH = "cph_calais"
_JS = "juzgados_social_es"
_CSA = "csa_tuca_migrantes"
_UMN = "unionmigrantnet"

_ET_WORDS = Wording(
    crime={
        "trafficking": ("Human trafficking (MSA 2015 s.2)", "Trafficking"),
        "smuggling": ("Facilitation (IA 1971 s.25)", "People smuggling"),
        "both": ("Trafficking and smuggling", "s.2 MSA 2015 / s.25 IA 1971"),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, None, "N/A"),
    gender={
        "female": ("Female", "F"),
        "male": ("Male", "M"),
        "mixed": ("Mixed", "Male and female"),
    },
    age={
        "child": ("Under 18", "Minor"),
        "adult": ("Adult", "Over 18"),
        "mixed": ("Adults and minors", "Mixed ages"),
    },
    transport={
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry", "HGV", "Car", "On foot", "Coach"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("false documents", "document fraud"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    not_recorded=("Not recorded", "Not stated"),
    count_unknown="Not known",
    zero="None",
    offence_sep="; ",
    transit_sep=", ",
)
_CPH_WORDS = Wording(
    crime={
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": ("aide à l'entrée et au séjour irréguliers", "aide au séjour irrégulier"),
        "both": ("TEH et aide au séjour irrégulier", "traite + aide à l'entrée irrégulière"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=(None, None, "sans objet"),
    gender={
        "female": ("F", "féminin", "femmes"),
        "male": ("H", "masculin", "hommes"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "child": ("mineur", "mineurs", "mineur non accompagné"),
        "adult": ("majeur", "majeurs"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "bateau"),
        "land": ("camion", "poids lourd", "véhicule léger", "à pied"),
        "air": ("avion", "voie aérienne"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    not_recorded=("non renseigné",),
    count_unknown="n.c.",
    zero="aucun",
    offence_sep=" / ",
    transit_sep=" - ",
)
_JS_WORDS = Wording(
    crime={
        "trafficking": ("trata de seres humanos (art. 177 bis CP)", "trata de seres humanos"),
        "smuggling": (
            "contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "favorecimiento de la inmigración ilegal",
        ),
        "both": ("arts. 177 bis y 318 bis CP", "trata y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra",),
    },
    no_exploitation=(None, None, "no procede"),
    gender={
        "female": ("mujer", "mujeres"),
        "male": ("varón", "hombres"),
        "mixed": ("ambos sexos", "mixto"),
    },
    age={
        "child": ("menor", "menores de edad"),
        "adult": ("mayor de edad", "adulto"),
        "mixed": ("mayores y menores",),
    },
    transport={
        "sea": ("patera", "cayuco", "embarcación neumática", "marítimo"),
        "land": ("vehículo", "camión", "a pie", "terrestre"),
        "air": ("avión", "aéreo"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    not_recorded=("no consta",),
    count_unknown="no consta",
    zero="ninguno",
    offence_sep=", ",
    transit_sep=" / ",
)
_CSA_WORDS = Wording(
    crime={
        "trafficking": ("trata de personas",),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
        "both": ("trata y tráfico",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas", "reclutamiento para delinquir"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra",),
    },
    no_exploitation=(None,),
    gender={
        "female": ("mujer", "femenino"),
        "male": ("hombre", "masculino"),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    age={
        "child": ("NNA", "menor de edad"),
        "adult": ("adulto", "adultos"),
        "mixed": ("adultos y NNA", "mixto"),
    },
    transport={
        "sea": ("lancha", "marítimo"),
        "land": ("a pie", "terrestre", "autobús", "camión"),
        "air": ("aéreo", "avión"),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("lavado de activos",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    not_recorded=("s/d",),
    count_unknown="s/d",
    zero="ninguno",
    offence_sep="; ",
    transit_sep="",  # transit countries are a JSON array
)
_UMN_WORDS = Wording(
    crime={
        "trafficking": ("trafficking in human beings", "THB"),
        "smuggling": ("migrant smuggling", "smuggling"),
        "both": ("THB and smuggling", "trafficking + smuggling"),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    no_exploitation=(None, "n/a"),
    gender={"female": ("female", "women"), "male": ("male", "men"), "mixed": ("mixed",)},
    age={
        "child": ("minor", "child"),
        "adult": ("adult",),
        "mixed": ("adults and minors", "mixed"),
    },
    transport={
        "sea": ("sea", "boat", "dinghy"),
        "land": ("land", "on foot", "car", "truck"),
        "air": ("air", "plane"),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    not_recorded=("n/a", "not known"),
    count_unknown="unknown",
    zero="none",
    offence_sep=", ",
    transit_sep=" > ",
)

#: The set's sources, in the order :func:`make_blind304` returns them.
SOURCES: tuple[KtSource, ...] = (
    KtSource(
        source=_ET,
        filename=f"{_ET}_kt.csv",
        ref="22{seq:05d}/{year}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case Number",
            "event_date": "Date encountered by authorities",
            "crime_type": "Offence context",
            "exploitation": "Exploitation type (NRM category)",
            "n_persons": "No. of claimants",
            "n_suspects": "No. of alleged perpetrators",
            "gender": "Claimant sex",
            "age_group": "Age band",
            "nationality": "Nationality (lead claimant)",
            "origin_country": "Country of origin",
            "transit_countries": "Countries transited",
            "destination_country": "Intended destination",
            "detection_country": "Country encountered",
            "transport_mode": "Mode of arrival",
            "linked_offences": "Related offences",
        },
        note="Note: extract from the ET case management system; figures provisional",
        total="Total claimants",
        bad_count=("several", "multiple", "a number of"),
        repeats=True,
        wording=_ET_WORDS,
    ),
    KtSource(
        source=_CPH,
        filename=f"{_CPH}_kt.csv",
        ref="F {yy:02d}/{seq:05d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° RG",
            "event_date": "Date des faits (constatation)",
            "crime_type": "Qualification pénale associée",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de salariés demandeurs",
            "n_suspects": "Nb de mis en cause",
            "gender": "Sexe des demandeurs",
            "age_group": "Majorité",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays traversés",
            "transport_mode": "Moyen de transport",
            "linked_offences": "Infractions connexes",
        },
        note="Source : extraction Portalis, données provisoires",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "nombreux", "un groupe"),
        repeats=False,
        wording=_CPH_WORDS,
    ),
    KtSource(
        source=_JS,
        filename=f"{_JS}_kt.xlsx",
        ref="{seq:04d}/{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "N.º autos",
            "event_date": "Fecha de los hechos (atestado)",
            "detection_country": "País de detección",
            "crime_type": "Delito conexo",
            "exploitation": "Tipo de explotación",
            "n_persons": "N.º trabajadores demandantes",
            "n_suspects": "N.º investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de llegada",
            "coordinates": "Coordenadas (atestado)",
            "linked_offences": "Otros delitos",
        },
        note="Nota: datos extraídos de Minerva, provisionales",
        total="Total",
        bad_count=("varios", "numerosos", "un grupo"),
        repeats=False,
        wording=_JS_WORDS,
    ),
    KtSource(
        source=_CSA,
        filename=f"{_CSA}_kt.jsonl",
        ref="CSA-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "id_caso",
            "event_date": "fecha_deteccion",
            "crime_type": "tipo_delito",
            "exploitation": "forma_explotacion",
            "n_persons": "personas_afectadas",
            "n_suspects": "presuntos_responsables",
            "gender": "sexo",
            "age_group": "grupo_etario",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "detection_country": "pais_deteccion",
            "transit_countries": "paises_transito",
            "transport_mode": "medio_transporte",
            "lat": "latitud",
            "lon": "longitud",
            "linked_offences": "delitos_conexos",
        },
        note=None,
        total="TOTAL",
        bad_count=("varios", "muchos", "grupo grande"),
        repeats=False,
        wording=_CSA_WORDS,
    ),
    KtSource(
        source=_UMN,
        filename=f"{_UMN}_kt.csv",
        ref="UMN/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Case ID",
            "detection_country": "Country",
            "event_date": "Date of detection",
            "crime_type": "Case type",
            "exploitation": "Form of exploitation",
            "n_persons": "Workers concerned",
            "n_suspects": "Suspects",
            "gender": "Sex",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "destination_country": "Destination",
            "transit_countries": "Route (transit)",
            "transport_mode": "Means of travel",
            "linked_offences": "Other offences",
        },
        note="Note: compiled from affiliates' contact points; not exhaustive",
        total="Grand total",
        bad_count=("several", "many", "a group"),
        repeats=True,
        wording=_UMN_WORDS,
    ),
)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * ((ts.month - 1) // 3) + 1, day=1)


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


_DateOut = tuple[object, pd.Timestamp, str]


def _date(
    src: KtSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> _DateOut:
    """Write the event's day as the source does: (cell, expected day, precision)."""
    r = float(rng.random())
    s = src.source
    # Partial dates: the claimant or the affiliate remembered only the month or quarter.
    month_rate, quarter_rate = {
        _ET: (0.05, 0.0),
        _CPH: (0.03, 0.02),
        _JS: (0.03, 0.02),
        _CSA: (0.04, 0.02),
        _UMN: (0.04, 0.04),
    }[s]
    if partial_ok and r < month_rate:
        tags.append("month_only")
        cell = {
            _ET: f"{MONTHS[ts.month - 1]} {ts.year}",
            _CPH: f"{_MONTHS_FR[ts.month - 1]} {ts.year}",
            _JS: choice(
                rng, (f"{_MONTHS_ES[ts.month - 1]} {ts.year}", f"{ts.month:02d}/{ts.year}")
            ),
            _CSA: f"{ts.year}/{ts.month:02d}",
            _UMN: f"{ts.year}-{ts.month:02d}",
        }[s]
        return cell, _month_start(ts), "month"
    if partial_ok and r < month_rate + quarter_rate:
        tags.append("quarter_only")
        q = _quarter(ts)
        cell = {
            _CPH: choice(
                rng, (f"T{q} {ts.year}", f"{q}{'er' if q == 1 else 'e'} trimestre {ts.year}")
            ),
            _JS: f"{_ORDINAL_ES[q - 1]} trimestre {ts.year}",
            _CSA: f"T{q}-{ts.year}",
            _UMN: f"Q{q} {ts.year}",
        }[s]
        return cell, _quarter_start(ts), "quarter"
    r = float(rng.random())
    day = ts.normalize()
    if s == _ET:
        if r < 0.7:
            tags.append("date_long")
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", day, "day"
        tags.append("date_dmy")
        return ts.strftime("%d/%m/%Y"), day, "day"
    if s == _CPH:
        if r < 0.88:
            tags.append("date_dmy")
            return ts.strftime("%d/%m/%Y"), day, "day"
        tags.append("date_dmy_short_year")
        return ts.strftime("%d/%m/%y"), day, "day"
    if s == _JS:
        if r < 0.78:
            tags.append("excel_date")
            return day.to_pydatetime(), day, "day"
        if r < 0.95:
            tags.append("date_text_dmy")
            return ts.strftime("%d/%m/%Y"), day, "day"
        tags.append("date_text_dashes")
        return ts.strftime("%d-%m-%Y"), day, "day"
    if s == _CSA:
        if r < 0.7:
            tags.append("date_ymd_slashes")
            return ts.strftime("%Y/%m/%d"), day, "day"
        tags.append("excel_serial")
        return _serial(ts), day, "day"
    if r < 0.8:
        tags.append("date_iso")
        return ts.strftime("%Y-%m-%d"), day, "day"
    tags.append("date_dotted")
    return ts.strftime("%d.%m.%Y"), day, "day"


def _main_style(src: KtSource, ts: pd.Timestamp) -> object:
    """Write a day in the source's commonest style."""
    s = src.source
    if s == _ET:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    if s == _CPH:
        return ts.strftime("%d/%m/%Y")
    if s == _JS:
        return ts.normalize().to_pydatetime()
    if s == _CSA:
        return ts.strftime("%Y/%m/%d")
    return ts.strftime("%Y-%m-%d")


def _bad_date(src: KtSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or a decade ahead."""
    s = src.source
    if kind == "no_date":
        if s == _JS:
            return choice(rng, ("s/f", "-")) if rng.random() < 0.5 else None  # sin fecha
        return None
    if kind == "bad_date":
        return {
            _ET: choice(rng, (f"31 February {ts.year}", f"30/02/{ts.year}")),
            _CPH: choice(rng, (f"30/02/{ts.year}", f"{ts.day:02d}/13/{ts.year}")),
            _JS: f"31/02/{ts.year}",
            _CSA: f"{ts.year}/02/30",
            _UMN: choice(rng, (f"{ts.year}-02-30", f"{ts.year}-13-{ts.day:02d}")),
        }[s]
    # future_date: the decade mistyped (2023 -> 2033)
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return _main_style(src, pd.Timestamp(year=ts.year + 10, month=ts.month, day=day))


def _note_date(src: KtSource, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the extract, two weeks after the last case."""
    return _main_style(src, last + pd.Timedelta(days=14))


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _name(src: KtSource, code: str) -> str:
    return _NAMES[code][_LANG_COL[src.language]]


def _country_style(src: KtSource, rng: _Rng, column: str) -> str:
    """Draw how one country cell of the source is written."""
    r = float(rng.random())
    s = src.source
    if s == _ET:
        if column == "nationality":
            return "demonym" if r < 0.85 else ("typo" if r < 0.88 else "name")
        return "typo" if r < 0.03 else ("alias" if r < 0.2 else "name")
    if s == _CPH:
        if column == "nationality":
            return "demonym_upper" if r < 0.1 else ("demonym" if r < 0.85 else "name")
        if r < 0.1:
            return "upper"
        return "typo" if r < 0.13 else ("spaces" if r < 0.17 else "name")
    if s == _JS:
        if r < 0.08:
            return "mojibake"
        if r < 0.11:
            return "typo"
        return "upper" if r < 0.55 else "name"
    if s == _CSA:
        if r < 0.55:
            return "iso3"
        return "iso2" if r < 0.65 else ("alias" if r < 0.7 else "name")
    if r < 0.35:
        return "iso2"
    return "typo" if r < 0.4 else "name"


def _country(src: KtSource, code: str, style: str, tags: list[str], *, female: bool = False) -> str:
    """Write one country in the drawn style (falling back to its name); tag the style."""
    lang = src.language
    name = _name(src, code)
    out = name
    used = "country_name"
    if style == "demonym" and lang == "en" and code in _DEMONYM_EN:
        out, used = _DEMONYM_EN[code], "demonym"
    elif style.startswith("demonym") and lang == "fr" and code in _DEMONYM_FR:
        out, used = _DEMONYM_FR[code][1 if female else 0], "demonym"
        if style == "demonym_upper":
            out, used = out.upper(), "demonym;upper"
    elif style == "typo" and code in _TYPOS[lang]:
        out, used = _TYPOS[lang][code], "typo"
    elif style == "upper":
        out, used = name.upper(), "upper"
    elif style == "spaces":
        out, used = f" {name}  ", "spaces"
    elif style == "mojibake":
        garbled = mojibake(name.upper())
        if garbled is not None:
            out, used = garbled, "mojibake"
        else:
            out, used = name.upper(), "upper"
    elif style == "iso3":
        out, used = code, "iso3"
    elif style == "iso2":
        out, used = iso_codes(code)[0], "iso2"
    tags.extend(t for t in used.split(";") if t not in tags)
    return out


def _alias_choice(src: KtSource, code: str, rng: _Rng) -> str | None:
    table = _ALIASES_EN if src.language == "en" else _ALIASES_ES
    return choice(rng, table[code]) if code in table else None


def _country_cell(
    src: KtSource, code: str, rng: _Rng, tags: list[str], column: str, *, female: bool = False
) -> str:
    style = _country_style(src, rng, column)
    if style == "alias":
        alias = _alias_choice(src, code, rng)
        if alias is not None:
            if "alias" not in tags:
                tags.append("alias")
            return alias
        style = "name"
    return _country(src, code, style, tags, female=female)


def _detection_cell(src: KtSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Write the country encountered (the ET may name England or Scotland)."""
    code = str(ev["detection_country"])
    if src.source == _ET and code == "GBR" and rng.random() < 0.3:
        tags.append("constituent_country")
        return "Scotland" if str(ev.get("hotspot")) == "Glasgow" else "England"
    return _country_cell(src, code, rng, tags, "detection_country")


def _transit_cell(src: KtSource, transit: object, rng: _Rng, tags: list[str]) -> object:
    """Write the transit countries in route order, joined the source's way (JSON: a list)."""
    if transit is None:
        return [] if src.source == _CSA else None
    codes = str(transit).split("|")
    style = _country_style(src, rng, "transit_countries")
    if style == "alias":
        style = "name"
    tags.append("transit_list")
    if src.source == _CSA:
        return [_country(src, c, style, tags) for c in codes]
    return src.wording.transit_sep.join(_country(src, c, style, tags) for c in codes)


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count_cell(src: KtSource, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons the source's way (numbers stay numbers in XLSX and JSON)."""
    s = src.source
    if n >= 1000:
        if s == _ET and rng.random() < 0.8:
            tags.append("thousands")
            return f"{n:,}"
        if s == _CPH and rng.random() < 0.8:
            tags.append("thousands")
            return f"{n:,}".replace(",", choice(rng, ("\u00a0", " ")))
        if s == _JS and rng.random() < 0.3:
            tags.append("thousands")
            return f"{n:,}".replace(",", ".")
        if s == _UMN and rng.random() < 0.5:
            tags.append("thousands")
            return f"{n:,}"
    if s == _JS and n > 1 and rng.random() < 0.04:
        tags.append("count_with_word")
        return f"{n} trabajadores"
    if src.format == "csv":
        return str(n)
    return n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth; returns (text, the value it denotes)."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    sign = 1.0 if value >= 0 else -1.0
    text = f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{pos if value >= 0 else neg}"
    return text, round(sign * (deg + minutes / 60 + sec10 / 36000), 7)


def _coordinates_js(
    lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[object, float | None, float | None]:
    """Write the atestado's place: DMS (Guardia Civil) or decimal commas (Policía Nacional)."""
    r = float(rng.random())
    if r < 0.04:
        tags.append("coords_placeholder")
        return "sin coordenadas", None, None
    if r < 0.08:
        tags.append("coords_missing")
        return None, None, None
    if r < 0.6:
        tags.append("coords_dms")
        lat_text, lat_val = _dms(lat, "N", "S")
        lon_text, lon_val = _dms(lon, "E", "W")
        return f"{lat_text} {lon_text}", lat_val, lon_val
    tags.append("coords_decimal_comma")
    text = f"{lat:.5f} / {lon:.5f}".replace(".", ",")
    return text, round(lat, 5), round(lon, 5)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _word(src: KtSource, words: tuple[str, ...], rng: _Rng, tags: list[str]) -> str:
    out = choice(rng, words)
    if src.source == _JS and rng.random() < 0.02:
        garbled = mojibake(out)
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    return out


def _render(
    src: KtSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does; return (cells, expected values, tags)."""
    w = src.wording
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, w.crime[crime], rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = w.no_exploitation[int(rng.integers(len(w.no_exploitation)))]
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, w.exploitation[str(expl)], rng, tags)
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = w.count_unknown, None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count_cell(src, n, rng, tags), n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects" or (forced_blank is None and rng.random() < 0.01):
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = w.count_unknown, None
        tags.append("suspects_placeholder")
    elif k == 0 and rng.random() < 0.5:
        cells["n_suspects"], exp["n_suspects"] = w.zero, 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k) if src.format == "csv" else k
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, w.gender[gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, w.not_recorded), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, w.age[age]), age

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or (forced_blank is None and rng.random() < 0.01):
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    else:
        female = gender == "female"
        cells["nationality"] = _country_cell(src, nat, rng, tags, "nationality", female=female)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col], exp[col] = _country_cell(src, code, rng, tags, col), code
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _detection_cell(src, ev, rng, tags)
        exp["detection_country"] = str(ev["detection_country"])
    cells["transit_countries"] = _transit_cell(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.not_recorded), "unknown"
        if "na_word" not in tags:
            tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, w.transport[mode]), mode

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    exp["lat"] = exp["lon"] = None
    if forced_blank == "coordinates" and ("coordinates" in src.headers or "lat" in src.headers):
        tags.append("blank_coordinates")
    elif "coordinates" in src.headers:
        cells["coordinates"], exp["lat"], exp["lon"] = _coordinates_js(lat, lon, rng, tags)
    elif "lat" in src.headers:
        if rng.random() < 0.03:
            tags.append("coords_missing")
        else:
            cells["lat"], cells["lon"] = round(lat, 5), round(lon, 5)
            exp["lat"], exp["lon"] = round(lat, 5), round(lon, 5)
            tags.append("coords_decimal")
    else:
        tags.append("coords_missing")  # a court register holds no coordinates

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        parts = [_word(src, w.offences[o], rng, tags) for o in str(offences).split("|")]
        cells["linked_offences"] = w.offence_sep.join(parts)
        if len(parts) > 1:
            tags.append("offence_list")
    exp["linked_offences"] = offences
    return cells, exp, tags


#: The variant: its sources, who reports what, and how a cell is written.
BLIND304: Examiner[KtSource] = Examiner(
    sources=SOURCES,
    primary={"GBR": _ET, "FRA": _CPH, "ESP": _JS, "USA": _CSA, "PAN": _CSA},
    compilation=_UMN,
    secondary={
        # a worker met at Calais who later claims in Britain, and the reverse
        ("channel", "FRA"): _ET,
        ("channel", "GBR"): _CPH,
        ("thb_vnm_gbr", "GBR"): _UMN,
        # seasonal workers who move between Spain, Italy and France
        ("thb_rou_esp", "ESP"): _UMN,
        ("thb_rou_esp", "ITA"): _JS,
        ("thb_nga_ita", "ITA"): _JS,
        # landed in Spain, met again in Calais on the way to Britain; Spanish union
        # centres log their cases with UnionMigrantNet
        ("wmed", "ESP"): _CPH,
        ("watl", "ESP"): _UMN,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=304_2601,
    blank_share=0.4,
)


def make_blind304(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind304`` set's five submissions (files ``*_kt.*``).

    Labour-court registries and union desks that record the claims of trafficked and
    smuggled workers with the facts of each case: the Employment Tribunals of Great
    Britain (English CSV, UTF-8 with BOM), the Conseil de prud'hommes de Calais (French
    CSV, cp1252, ``;``), Spain's Juzgados de lo Social (Spanish XLSX), the CSA-TUCA
    migrant-workers desk (Spanish JSON lines) and UnionMigrantNet's compilation of the
    Italian, Greek, Croatian and Polish contact points (English, UTF-16, tab-separated).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind304(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['employment_tribunals_gb_kt.csv', 'cph_calais_kt.csv', 'juzgados_social_es_kt.xlsx',
     'csa_tuca_migrantes_kt.jsonl', 'unionmigrantnet_kt.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° RG', 'Date des faits (constatation)', 'Qualification pénale associée']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND304, truth, seed=seed)
