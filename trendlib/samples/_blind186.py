"""Examiner sample set ``blind186`` (files ``*_gf.*``): five desks of a Central European lens.

Five agencies never used before in the project write the true events their own way:

``mswia_thb_gf.csv``
    Poland, Ministry of the Interior and Administration (MSWiA), Department of Analyses
    and Migration Policy, Unit for Combating Trafficking in Human Beings: the case sheet it
    compiles from Border Guard and Police files for partners, in English. Excel "CSV UTF-8"
    in a Polish locale: UTF-8 with BOM, ``;``. Offences by Polish Criminal Code article
    (art. 189a trafficking, art. 264 par. 3 organising illegal crossing), dates
    ``17.05.2023`` (sometimes ``17.05.2023 r.``), months ``05.2023``, quarters with Roman
    numerals (``II quarter 2023``), sex ``M`` / ``F`` / ``M/F``, citizenship as English names
    or ISO alpha-2 codes with a few Polish names left in (``Jemen``, ``Niemcy``), transit
    routes joined by ``" - "``, one ``GPS`` cell ``"53.51234, 23.65432"``. First reporter
    of the events detected in Poland; reports again the Vietnamese cases that crossed
    Poland on their way to the United Kingdom.
``kgp_lo_london_gf.xlsx``
    Polish National Police (KGP, Bureau of International Police Cooperation) liaison
    officer at the Polish embassy in London: a workbook kept from UK partners' referrals,
    in English with UK wording (``MSHT``, ``OIC``, ``Facilitation (s.25 IA 1971)``),
    nationalities as demonyms (``Vietnamese``, ``Eritrean``), ``England`` / ``Scotland``
    for the place of detection, real Excel dates, routes joined by ``" > "``; a few Polish
    ``b.d.`` (no data) cells. First reporter of the events detected in the United Kingdom;
    reports again the French-side Channel events.
``pzsr_attache_paris_gf.csv``
    Slovak Police Force attaché at the Slovak embassy in Paris (the Vietnamese community
    of Slovakia and Czechia moves on to Calais): a French table saved as Excel "Unicode
    text" (UTF-16 with BOM, tab-separated), French legal wording (``aide à l'entrée
    irrégulière``, ``TEH``), French names and demonyms, ISO alpha-3 codes from French
    systems, some rows pasted from a UTF-8 export opened as ANSI (mojibake:
    ``Ã©rythrÃ©enne``), ``néant`` for no suspect, coordinates in degrees-minutes-seconds.
    First reporter of the events detected in France; reports again the Channel arrivals
    in Dover.
``onu_mujeres_darien_gf.csv``
    UN Women (ONU Mujeres) regional office for the Americas, Panama: its Darién tracker,
    in Spanish, saved from Spanish Excel (cp1252, ``;``): nationalities as Spanish
    demonyms (``venezolana``), ``NNA`` for children, ``1.250`` thousands, decimal-comma
    coordinates, dates ``17/05/2023`` with some Excel serial numbers pasted in
    (``45063``), ``s/d`` for no data, and some rows pasted twice. First reporter of the
    events detected in Panama.
``echo_ercc_flash_gf.jsonl``
    European Commission, DG ECHO Emergency Response Coordination Centre: its incident
    feed behind the Daily Flash, English keys, ISO alpha-3 codes, ISO dates (``2023-05``
    and ``2023-Q2`` when only the month or quarter is known), ``null`` for no data; the
    feed pages overlap, so some lines come twice. It reports every event no desk above
    reports first (the Mediterranean, the Western Balkans, the US-Mexico border) and
    reports again events on the Belarus-Poland border and in the Darién.

Where a cell says nothing a careful analyst could read (``no data``, ``n/k``, ``s/d``,
``NC``, an empty cell), the truth expects nothing (``unknown`` for a category); a count
in words (``several``) or an impossible date is a bad row, as in the shared machinery.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["SOURCES", "make_blind186"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A source of this set: the shared fields plus its wording.

    Attributes
    ----------
    words : dict
        Column -> canonical word -> the desk's ways of writing it (first = usual).
    na_word : str
        What the desk writes for "not known" in a category or a count.
    zero_word : str
        What the desk writes for "no suspect" now and then.
    """

    words: dict[str, dict[str, tuple[str, ...]]]
    na_word: str
    zero_word: str


# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish); the desks' own spellings, not the project's tables.
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
# Other names the desks use for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK",),
        "USA": ("USA", "US"),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
    "fr": {"GBR": ("Angleterre",), "BLR": ("Bélarus",), "VNM": ("Vietnam",)},
    "es": {"USA": ("EE.UU.", "EEUU"), "GBR": ("Inglaterra",)},
}
# Country names in Polish, left in the MSWiA sheet now and then.
_POLISH: dict[str, str] = {
    "AFG": "Afganistan",
    "IRQ": "Irak",
    "YEM": "Jemen",
    "BLR": "Białoruś",
    "RUS": "Rosja",
    "DEU": "Niemcy",
    "POL": "Polska",
    "VNM": "Wietnam",
    "CHN": "Chiny",
    "FRA": "Francja",
    "GBR": "Wielka Brytania",
}
# Nationality as a demonym: English, French (feminine: "nationalité ..."), Spanish
# (feminine: "nacionalidad ...").
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan", "afghane", "afgana"),
    "ALB": ("Albanian", "albanaise", "albanesa"),
    "BGD": ("Bangladeshi", "bangladaise", "bangladesí"),
    "CHN": ("Chinese", "chinoise", "china"),
    "CIV": ("Ivorian", "ivoirienne", "marfileña"),
    "CMR": ("Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombian", "colombienne", "colombiana"),
    "DZA": ("Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrean", "érythréenne", "eritrea"),
    "GIN": ("Guinean", "guinéenne", "guineana"),
    "GMB": ("Gambian", "gambienne", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduran", "hondurienne", "hondureña"),
    "HTI": ("Haitian", "haïtienne", "haitiana"),
    "IRN": ("Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraqi", "irakienne", "iraquí"),
    "MAR": ("Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexican", "mexicaine", "mexicana"),
    "MLI": ("Malian", "malienne", "maliense"),
    "NGA": ("Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistani", "pakistanaise", "pakistaní"),
    "ROU": ("Romanian", "roumaine", "rumana"),
    "SEN": ("Senegalese", "sénégalaise", "senegalesa"),
    "SYR": ("Syrian", "syrienne", "siria"),
    "TUN": ("Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Turkish", "turque", "turca"),
    "VEN": ("Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}
# Slips of the hand in the UN Women tracker (typed in the field).
_ES_TYPOS: dict[str, str] = {
    "VEN": "Venezula",
    "ECU": "Equador",
    "HTI": "Haiti",
    "COL": "Colobmia",
    "CHN": "Chna",
    "USA": "Estados Unido",
    "MEX": "Mexico",
}


# --------------------------------------------------------------------------------------
# The desks
# --------------------------------------------------------------------------------------
def _vocab(
    crime: dict[str, tuple[str, ...]],
    expl: dict[str, tuple[str, ...]],
    gender: dict[str, tuple[str, ...]],
    age: dict[str, tuple[str, ...]],
    mode: dict[str, tuple[str, ...]],
    offences: dict[str, tuple[str, ...]],
) -> dict[str, dict[str, tuple[str, ...]]]:
    return {
        "crime_type": crime,
        "exploitation": expl,
        "gender": gender,
        "age_group": age,
        "transport_mode": mode,
        "linked_offences": offences,
    }


_MSWIA = Desk(
    source="mswia_thb",
    filename="mswia_thb_gf.csv",
    ref="DAiPM-HL/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="en",
    headers={
        "source_ref": "Case no.",
        "event_date": "Date of detection",
        "crime_type": "Legal qualification",
        "exploitation": "Form of exploitation",
        "n_persons": "Number of persons",
        "n_suspects": "Number of suspects",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit countries",
        "transport_mode": "Mode of transport",
        "coordinates": "GPS",
        "linked_offences": "Related offences",
    },
    note="Source: Border Guard HQ and Police HQ case files; data provisional, as of",
    total="TOTAL",
    bad_count=("several", "a group"),
    repeats=False,
    words=_vocab(
        {
            "trafficking": ("Art. 189a PC (THB)", "art. 189a CC", "THB (art. 189a)"),
            "smuggling": (
                "Art. 264 §3 PC (organising illegal border crossing)",
                "art. 264 § 3 CC",
                "smuggling (art. 264 §3)",
            ),
            "both": ("Art. 189a + art. 264 §3 PC", "THB + smuggling (189a/264)"),
        },
        {
            "sexual": ("sexual exploitation", "prostitution"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminal activity", "forced criminality"),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        {"female": ("F", "female"), "male": ("M", "male"), "mixed": ("M/F", "mixed")},
        {
            "adult": ("adult", "adults"),
            "child": ("minor", "minors"),
            "mixed": ("adults and minors",),
        },
        {
            "land": ("land", "on foot", "car", "bus"),
            "sea": ("sea",),
            "air": ("air", "by air"),
        },
        {
            "document_fraud": ("forgery of documents", "document forgery"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    ),
    na_word="no data",
    zero_word="none",
)

_KGP = Desk(
    source="kgp_lo_london",
    filename="kgp_lo_london_gf.xlsx",
    ref="LO-LDN/{yy:02d}/{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "LO ref",
        "event_date": "Date",
        "crime_type": "Crime type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "Suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Location (country)",
        "transit_countries": "Route",
        "transport_mode": "Transport",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Linked offences",
    },
    note="Figures from UK partners (NCA/UKHTC) - not for onward dissemination",
    total="Total",
    bad_count=("multiple", "several"),
    repeats=False,
    words=_vocab(
        {
            "trafficking": ("MSHT", "Modern slavery", "Human trafficking (MSA 2015 s.2)"),
            "smuggling": ("OIC", "Organised immigration crime", "Facilitation (s.25 IA 1971)"),
            "both": ("MSHT/OIC", "MSHT + OIC"),
        },
        {
            "sexual": ("Sexual",),
            "forced_labour": ("Labour",),
            "forced_criminality": ("Criminal", "Criminal (cannabis cultivation)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        {"female": ("Female",), "male": ("Male",), "mixed": ("Mixed", "Male & female")},
        {"adult": ("Adult",), "child": ("Child", "U18"), "mixed": ("Adults & children",)},
        {
            "land": ("Lorry", "HGV", "Car", "Coach"),
            "sea": ("Small boat", "Boat"),
            "air": ("Flight", "Air"),
        },
        {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "cannabis"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    ),
    na_word="n/k",
    zero_word="nil",
)

_PZSR = Desk(
    source="pzsr_attache_paris",
    filename="pzsr_attache_paris_gf.csv",
    ref="SK-PAR/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. SK",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Source : partenaires français (PAF, OCRIEST) - données non consolidées au",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    words=_vocab(
        {
            "trafficking": (
                "traite des êtres humains",
                "TEH",
                "traite des êtres humains (art. 225-4-1 CP)",
            ),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "aide à l'entrée et au séjour irréguliers (art. L823-1 CESEDA)",
                "trafic de migrants",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "traite et trafic de migrants"),
        },
        {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        {
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        {
            "adult": ("majeurs",),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs",),
        },
        {
            "sea": ("small boat", "embarcation pneumatique", "bateau"),
            "land": ("poids lourd", "véhicule léger", "camion", "à pied"),
            "air": ("avion", "voie aérienne"),
        },
        {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    ),
    na_word="NC",
    zero_word="néant",
)

_ONUM = Desk(
    source="onu_mujeres_darien",
    filename="onu_mujeres_darien_gf.csv",
    ref="ONUM-DAR-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "N° de registro",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "N° de personas",
        "n_suspects": "N° de presuntos victimarios",
        "gender": "Sexo",
        "age_group": "Grupo etario",
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
    note="Nota: datos preliminares, sujetos a verificación - corte al",
    total="TOTAL",
    bad_count=("varios", "grupo grande"),
    repeats=True,
    words=_vocab(
        {
            "trafficking": ("Trata de personas", "trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
            "both": ("Trata y tráfico", "trata de personas / tráfico de migrantes"),
        },
        {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "unión forzada"),
            "other": ("otra forma",),
        },
        {
            "female": ("Mujeres", "Femenino"),
            "male": ("Hombres", "Masculino"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        {
            "adult": ("Adultos",),
            "child": ("NNA", "niñas, niños y adolescentes"),
            "mixed": ("Adultos y NNA",),
        },
        {
            "land": ("a pie", "terrestre", "a pie (selva)"),
            "sea": ("lancha", "marítimo"),
            "air": ("aéreo",),
        },
        {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción", "soborno"),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("narcotráfico", "drogas"),
            "cybercrime": ("delito cibernético",),
            "terrorism": ("terrorismo",),
        },
    ),
    na_word="s/d",
    zero_word="ninguno",
)

_ECHO = Desk(
    source="echo_ercc_flash",
    filename="echo_ercc_flash_gf.jsonl",
    ref="ERCC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "flash_id",
        "event_date": "event_date",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "country",
        "transit_countries": "transit",
        "transport_mode": "transport",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "linked_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens"),
    repeats=True,
    words=_vocab(
        {
            "trafficking": ("Trafficking in human beings", "THB"),
            "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
            "both": ("THB / migrant smuggling",),
        },
        {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("labour exploitation",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        {"female": ("F",), "male": ("M",), "mixed": ("mixed",)},
        {"adult": ("adults",), "child": ("minors", "UASC"), "mixed": ("adults and minors",)},
        {"sea": ("sea", "boat"), "land": ("land",), "air": ("air",)},
        {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    ),
    na_word="not specified",
    zero_word="0",
)

#: The set's five desks, in the order :func:`make_blind186` returns their submissions.
SOURCES: tuple[Desk, ...] = (_MSWIA, _KGP, _PZSR, _ONUM, _ECHO)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(
    src: Desk,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    demonym: bool = False,
    structured: bool = False,
) -> str:
    """Write one country as the desk does (a name, a code, an alias, a demonym).

    ``structured``: a place the feed tags with a code (country of detection, transit).
    """
    lang = _LANG[src.language]
    name = _NAMES[code][lang]
    u = rng.random()
    if src.source == "echo_ercc_flash":
        # the feed's place tags are ISO codes; people's countries are typed by the officer
        if structured or u < 0.35:
            return code
        if u < 0.42 and code in _ALIASES["en"]:
            tags.append("alias")
            return choice(rng, _ALIASES["en"][code])
        tags.append("name")
        return name
    if src.source == "mswia_thb":
        if u < 0.05 and code in _POLISH:
            tags.append("own_language")
            return _POLISH[code]
        if u < 0.3:
            tags.append("iso2")
            return iso_codes(code)[0]
        if u < 0.36 and code in _ALIASES["en"]:
            tags.append("alias")
            return choice(rng, _ALIASES["en"][code])
        return name
    if src.source == "kgp_lo_london":
        if demonym and code in _DEMONYMS and u < 0.85:
            tags.append("demonym")
            return _DEMONYMS[code][0]
        if u < 0.2 and code in _ALIASES["en"]:
            tags.append("alias")
            return choice(rng, _ALIASES["en"][code])
        return name
    if src.source == "pzsr_attache_paris":
        if u < 0.1:
            tags.append("iso3")
            return code
        out = name
        if demonym and code in _DEMONYMS and u < 0.5:
            tags.append("demonym")
            out = _DEMONYMS[code][1]
        elif u < 0.18 and code in _ALIASES["fr"]:
            tags.append("alias")
            out = choice(rng, _ALIASES["fr"][code])
        return out
    # the UN Women tracker, typed in the field
    out = name
    if demonym and code in _DEMONYMS and u < 0.7:
        tags.append("demonym")
        out = _DEMONYMS[code][2]
    elif u < 0.12 and code in _ALIASES["es"]:
        tags.append("alias")
        out = choice(rng, _ALIASES["es"][code])
    elif 0.12 <= u < 0.18 and code in _ES_TYPOS:
        tags.append("typo")
        out = _ES_TYPOS[code]
    v = rng.random()
    if v < 0.06:
        tags.append("case")
        out = out.upper()
    elif v < 0.1:
        tags.append("spacing")
        out = f" {out} "
    return out


def _word(src: Desk, col: str, value: str, rng: _Rng) -> str:
    return choice(rng, src.words[col][value])


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    u = rng.random() if partial_ok else 1.0
    months_en = (
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
    months_fr = (
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
    months_es = (
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
    month_start = ts.to_period("M").to_timestamp()
    quarter_start = ts.to_period("Q").to_timestamp()
    q = int(ts.quarter)
    if u < 0.05:
        tags.append("month_only")
        cells = {
            "mswia_thb": f"{ts.month:02d}.{ts.year}",
            "kgp_lo_london": f"{months_en[ts.month - 1]} {ts.year}",
            "pzsr_attache_paris": f"{months_fr[ts.month - 1]} {ts.year}",
            "onu_mujeres_darien": f"{months_es[ts.month - 1]} {ts.year}",
            "echo_ercc_flash": f"{ts.year}-{ts.month:02d}",
        }
        return cells[src.source], month_start, "month"
    if u < 0.08:
        tags.append("quarter_only")
        roman = ("I", "II", "III", "IV")[q - 1]
        cells = {
            "mswia_thb": f"{roman} quarter {ts.year}",
            "kgp_lo_london": f"Q{q} {ts.year}",
            "pzsr_attache_paris": f"T{q} {ts.year}",
            "onu_mujeres_darien": f"T{q}-{ts.year}",
            "echo_ercc_flash": f"{ts.year}-Q{q}",
        }
        return cells[src.source], quarter_start, "quarter"
    day = ts.normalize()
    v = rng.random()
    cell: object
    if src.source == "mswia_thb":
        cell = day.strftime("%d.%m.%Y")
        if v < 0.1:
            tags.append("date_suffix")
            cell = f"{cell} r."
    elif src.source == "kgp_lo_london":
        if v < 0.12:
            tags.append("text_date")
            cell = day.strftime("%d/%m/%Y")
        else:
            cell = day.to_pydatetime()
    elif src.source == "pzsr_attache_paris":
        cell = day.strftime("%d/%m/%Y")
    elif src.source == "onu_mujeres_darien":
        if v < 0.15:
            tags.append("excel_serial")
            cell = str((day - _EXCEL_EPOCH).days)
        else:
            cell = day.strftime("%d/%m/%Y")
    else:
        cell = day.strftime("%Y-%m-%d")
    return cell, day, "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no careful analyst can use: blank, impossible or years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        cells = {
            "mswia_thb": f"{day}.02.{ts.year}",
            "kgp_lo_london": f"{day}/02/{ts.year}",
            "pzsr_attache_paris": f"{day}/02/{ts.year}",
            "onu_mujeres_darien": choice(
                rng, (f"{day}/02/{ts.year}", f"xx/{ts.month:02d}/{ts.year}")
            ),
            "echo_ercc_flash": f"{ts.year}-02-{day}",
        }
        return cells[src.source]
    # future: the year typed ten years on (2021 -> 2031)
    later = ts.normalize() + pd.DateOffset(years=10)
    if src.source == "mswia_thb":
        return later.strftime("%d.%m.%Y")
    if src.source == "kgp_lo_london":
        return later.to_pydatetime()
    if src.source == "echo_ercc_flash":
        return later.strftime("%Y-%m-%d")
    return later.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row (the day of the extraction)."""
    day = last.normalize() + pd.Timedelta(days=3)
    if src.source == "mswia_thb":
        return day.strftime("%d.%m.%Y")
    if src.source == "kgp_lo_london":
        return day.to_pydatetime()
    if src.source == "echo_ercc_flash":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _count(src: Desk, n: int) -> object:
    """Return a count as the desk writes it (thousands grouped its way)."""
    if src.format != "csv":
        return n
    if n < 1000:
        return str(n)
    grouped = f"{n:,}"
    sep = {"mswia_thb": " ", "pzsr_attache_paris": "\u202f", "onu_mujeres_darien": "."}
    return grouped.replace(",", sep[src.source])


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Return degrees-minutes-seconds text and the value it denotes."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 1)
    if sec >= 60:
        sec = 0.0
        minutes += 1
    if minutes >= 60:
        minutes = 0
        deg += 1
    back = deg + minutes / 60 + sec / 3600
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{hemi}", (back if value >= 0 else -back)


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the coordinate cells and the expected (lat, lon)."""
    u = rng.random()
    if src.source == "mswia_thb":
        if u < 0.04:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if src.source == "pzsr_attache_paris":
        if u < 0.04:
            tags.append("coords_placeholder")
            return {"coordinates": src.na_word}, None, None
        t1, la = _dms(lat, "N", "S")
        t2, lo = _dms(lon, "E", "O")  # French: Ouest
        return {"coordinates": f"{t1} {t2}"}, round(la, 6), round(lo, 6)
    if u < 0.04:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    if src.source == "onu_mujeres_darien":
        la, lo = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma")
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
        )
    if src.source == "kgp_lo_london":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    return {"lat": la, "lon": lo}, la, lo


def _list_sep(src: Desk, col: str) -> str:
    if col == "transit_countries":
        return {
            "mswia_thb": " - ",
            "kgp_lo_london": " > ",
            "pzsr_attache_paris": ", ",
            "onu_mujeres_darien": ", ",
            "echo_ercc_flash": ";",
        }[src.source]
    return {
        "mswia_thb": ", ",
        "kgp_lo_london": "; ",
        "pzsr_attache_paris": " / ",
        "onu_mujeres_darien": ", ",
        "echo_ercc_flash": "; ",
    }[src.source]


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does; return (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    na = None if src.format == "jsonl" else src.na_word

    cell, day, prec = _date(src, ts, rng, partial_ok, tags)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = prec

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _word(src, "exploitation", str(expl), rng)
    exp["exploitation"] = expl

    # persons: a number, now and then "not known"
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        word = "b.d." if src.source == "kgp_lo_london" and rng.random() < 0.4 else src.na_word
        cells["n_persons"] = None if src.format == "jsonl" else word
        exp["n_persons"] = None
    else:
        cells["n_persons"] = _count(src, n)
        if n >= 1000 and src.format == "csv":
            tags.append("thousands")
        exp["n_persons"] = n

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    u = rng.random()
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"] = None
        exp["n_suspects"] = None
    elif u < 0.03:
        tags.append("suspects_placeholder")
        cells["n_suspects"] = na
        exp["n_suspects"] = None
    elif k == 0 and u < 0.35 and src.format != "jsonl":
        tags.append("zero_word")
        cells["n_suspects"] = src.zero_word
        exp["n_suspects"] = 0
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    # sex and age
    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _word(src, "gender", gender, rng)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"] = src.na_word
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = _word(src, "age_group", age, rng)
        exp["age_group"] = age

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"] = None
        exp["nationality"] = None
    elif rng.random() < 0.015:
        tags.append("blank_nationality")
        unknown = {
            "mswia_thb": "unknown",
            "kgp_lo_london": "n/k",
            "pzsr_attache_paris": "indéterminée",
            "onu_mujeres_darien": "sin dato",
            "echo_ercc_flash": None,
        }
        cells["nationality"] = unknown[src.source]
        exp["nationality"] = None
    else:
        cells["nationality"] = _country(src, nat, rng, tags, demonym=True)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = _country(src, code, rng, tags)
        exp[col] = code
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"] = None
        exp["detection_country"] = None
    elif src.source == "kgp_lo_london" and det == "GBR" and rng.random() < 0.15:
        tags.append("uk_nation")
        cells["detection_country"] = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
        exp["detection_country"] = det
    else:
        cells["detection_country"] = _country(src, det, rng, tags, structured=True)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        direct = src.source == "mswia_thb" and rng.random() < 0.5
        cells["transit_countries"] = "direct" if direct else None
        exp["transit_countries"] = None
    else:
        codes = str(transit).split("|")
        sep = _list_sep(src, "transit_countries")
        cells["transit_countries"] = sep.join(
            _country(src, c, rng, tags, structured=True) for c in codes
        )
        exp["transit_countries"] = str(transit)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        tags.append("na_word")
        cells["transport_mode"] = src.na_word
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = _word(src, "transport_mode", mode, rng)
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        if "coordinates" in src.headers:
            cells["coordinates"] = None
        else:
            cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
    else:
        coord_cells, la, lo = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(coord_cells)
        exp["lat"], exp["lon"] = la, lo

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        sep = _list_sep(src, "linked_offences")
        cells["linked_offences"] = sep.join(
            _word(src, "linked_offences", o, rng) for o in str(offences).split("|")
        )
    exp["linked_offences"] = offences
    if src.source == "pzsr_attache_paris" and rng.random() < 0.08:
        # a row pasted from a partner's UTF-8 export that the desk opened as ANSI
        garbled_any = False
        for col, value in cells.items():
            if col in ("event_date", "coordinates") or not isinstance(value, str):
                continue
            garbled = mojibake(value)
            if garbled is not None:
                cells[col] = garbled
                garbled_any = True
        if garbled_any:
            tags.append("mojibake")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "POL": "mswia_thb",
        "GBR": "kgp_lo_london",
        "FRA": "pzsr_attache_paris",
        "PAN": "onu_mujeres_darien",
    },
    compilation="echo_ercc_flash",
    secondary={
        ("thb_vnm_gbr", "GBR"): "mswia_thb",
        ("channel", "FRA"): "kgp_lo_london",
        ("channel", "GBR"): "pzsr_attache_paris",
        ("blr_pol", "POL"): "echo_ercc_flash",
        ("darien", "PAN"): "echo_ercc_flash",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=18_6186,
    blank_share=0.5,
)


def make_blind186(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five desks of the ``blind186`` set (files ``*_gf.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``mswia_thb_gf.csv`` (English, UTF-8 with BOM, ``;``), ``kgp_lo_london_gf.xlsx``
        (English), ``pzsr_attache_paris_gf.csv`` (French, UTF-16, tab),
        ``onu_mujeres_darien_gf.csv`` (Spanish, cp1252, ``;``) and
        ``echo_ercc_flash_gf.jsonl`` (English keys, ISO alpha-3 codes), each with its
        expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind186(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['mswia_thb_gf.csv', 'kgp_lo_london_gf.xlsx', 'pzsr_attache_paris_gf.csv',
     'onu_mujeres_darien_gf.csv', 'echo_ercc_flash_gf.jsonl']
    >>> subs[2].frame.columns[:3].tolist()
    ['Réf. SK', 'Date des faits', 'Qualification']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
