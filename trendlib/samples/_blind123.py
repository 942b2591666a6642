"""Examiner sample set ``blind123`` (files ``*_du.*``): air hubs, liaison desks, compilations.

Five sources that never appeared in the project's other sample sets, written the way
each really keeps its records, with the air-route and document-fraud desks that see
the truth's corridors from the hubs they sit in:

``egm_gkitm_du.jsonl``
    Türkiye, Turkish National Police (Emniyet Genel Müdürlüğü), Department of
    Combating Migrant Smuggling and Human Trafficking (GKİTM), liaison desk at
    Istanbul Airport: the exchange export of interceptions of groups that travelled
    through Türkiye or the Istanbul hub and were stopped in Greece, Croatia and
    Poland. English keys, JSON lines in UTF-8. Most rows come from the desk's web
    system, which upper-cases text under the Turkish locale (``SYRİA``,
    ``AFGHANİSTAN``, ``MİGRANT SMUGGLİNG (TCK 79)``); rows typed in by hand from a
    partner's e-mail are in ordinary case. Offences carry their Turkish Penal Code
    article; dates are ``dd.mm.yyyy`` or system timestamps with the +03:00 offset;
    the export repeats a few lines (pagination overlap) and ends with a total.
``caat_aibd_du.csv``
    Senegal, Cellule Aéroportuaire Anti-Trafic (the AIRCOP joint airport interdiction
    task force) of Blaise Diagne airport, Dakar: its register of partner
    notifications on the Atlantic and Western Mediterranean arrivals in Spain of
    groups linked to West African departures. French, cp1252, ``;``, CRLF (Excel for
    Windows). Nationalities as French adjectives (``malienne``), ``néant`` for no
    suspect, ``ND`` for a count not determined, counts written ``01``, ``1 250``,
    coordinates with decimal commas, ``pirogue`` for the boats, the landing place in
    brackets after the country, and cells pasted from UTF-8 e-mails left garbled.
``mire_panama_du.csv``
    Panama, Ministry of Foreign Affairs (MIRE), migration desk that relays the Darién
    figures of the border and migration services to partner states. Spanish; Excel's
    "Unicode text" export: UTF-16 with BOM, tab-delimited. ``NNA`` for children,
    nationalities as Spanish adjectives or passport (ICAO) codes, ``1,250`` thousands
    as Panama writes them, Excel serial numbers where a date cell lost its format.
``stc_italia_du.xlsx``
    Italy, Save the Children Italia field teams (landings at Lampedusa, Pozzallo,
    Crotone; anti-trafficking outreach at Castel Volturno, Latina, Turin, Palermo):
    the English monitoring sheet shared with partners. Real Excel dates, some dates
    typed as text or pasted as serial numbers, ``UASC`` for unaccompanied children,
    English demonyms (``Tunisian``), GPS positions as one ``lat, long`` cell
    (sometimes in degrees, minutes and seconds), ``tbc`` for a count to be confirmed.
``g7_rlg_mesg_du.csv``
    G7 Roma-Lyon Group, Migration Experts Sub-Group: the presidency's compilation of
    the members' case submissions (France, the United Kingdom, the United States,
    and cases that members investigate although the detection took place elsewhere).
    English, UTF-8 with BOM, ``,``. Countries as the members sent them (ISO alpha-3,
    alpha-2, ``UK``, and the UN M49 numeric codes of one member's statistics export),
    ISO dates, partial dates by month or quarter, ``nil`` arrests.
    It is the compilation source, and the second reporter of the events it shares
    with the other four.
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["BLIND123", "SOURCES", "Desk", "make_blind123"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Countries: ISO alpha-3 -> (English, French, Spanish) names
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Common English aliases (what a member state or an NGO writes instead of the ISO name).
_ALIASES: dict[str, tuple[str, ...]] = {
    "CIV": ("Ivory Coast",),
    "GBR": ("UK", "Great Britain"),
    "USA": ("USA", "U.S."),
    "VNM": ("Vietnam",),
    "TUR": ("Turkey",),
    "RUS": ("Russian Federation",),
    "SYR": ("Syrian Arab Republic",),
    "IRN": ("Iran (Islamic Republic of)",),
    "GIN": ("Guinea-Conakry",),
    "BIH": ("Bosnia",),
}

#: Nationality adjectives: English; French and Spanish in the feminine ("nationalité
#: malienne", "nacionalidad venezolana"), as the registers of Dakar and Panama write them.
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
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
    },
    "fr": {
        "SEN": "sénégalaise",
        "MLI": "malienne",
        "MAR": "marocaine",
        "GMB": "gambienne",
        "GIN": "guinéenne",
        "CIV": "ivoirienne",
        "DZA": "algérienne",
        "ROU": "roumaine",
    },
    "es": {
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
}

_MONTHS = {
    "en": (
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
    ),
    "fr": (
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
    ),
    "es": (
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
    ),
}


def _tr_upper(text: str) -> str:
    """Upper-case as a program running under the Turkish locale does (``i`` -> ``İ``)."""
    return text.replace("i", "İ").upper()


def _typo(text: str) -> str | None:
    """Swap two letters in the middle of a name of 7+ letters (``Mauirtanie``)."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A source of ``blind123``: the shared fields plus the agency's own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical value -> the words the agency writes (first = the usual one). ``mode``
        is keyed ``"<mode>"`` or ``"<mode>:<corridor>"`` for a corridor's own word.
    unknown : tuple of str
        What the agency writes when a category or a country is not known.
    not_applicable : tuple of str
        What it writes as the form of exploitation of a pure smuggling case (or blank).
    offence_sep, transit_sep : str
        Separators of the linked offences and of the ordered transit countries.
    dates : mapping
        Date style -> weight (see :func:`_date_cell`); partial styles only where the
        report may give a month or a quarter.
    country_styles, nationality_styles, detection_styles, transit_styles : mapping
        Style -> weight for the countries (see :func:`_country_cell`).
    coords : str
        ``"numbers"`` (two number cells), ``"comma"`` (two text cells, decimal comma),
        ``"dot"`` (two text cells), ``"pair"`` (one ``lat, long`` cell) or ``"none"``.
    coords_missing : float
        Share of rows without a position.
    coords_placeholder : str or None
        Word written instead of a position that is not known.
    count_placeholder, suspects_zero, suspects_unknown : str or None
        Words for a count of persons not known, for no suspect, for suspects not known.
    thousands : str or None
        Thousands separator of counts >= 1000 in a text file.
    pad : bool
        Whether counts below ten are written ``01``, ``02``.
    noise : float
        Share of text cells with odd case or spacing.
    system_upper : float
        Share of rows upper-cased by a Turkish-locale system.
    numeric_rows : float
        Share of rows whose countries a member sent as UN M49 / ISO numeric codes.
    direct : str or None
        Word written for a direct route (no transit country).
    place_detail : float
        Share of detection cells followed by the landing place in brackets.
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    offence_sep: tuple[str, ...]
    transit_sep: str
    dates: Mapping[str, float]
    country_styles: Mapping[str, float]
    nationality_styles: Mapping[str, float]
    detection_styles: Mapping[str, float]
    transit_styles: Mapping[str, float]
    coords: str
    coords_missing: float
    coords_placeholder: str | None
    count_placeholder: str | None
    suspects_zero: str | None
    suspects_unknown: str | None
    thousands: str | None
    pad: bool
    noise: float
    system_upper: float
    numeric_rows: float
    direct: str | None
    place_detail: float


_HEADERS_TNP = {
    "source_ref": "case_no",
    "event_date": "incident_date",
    "crime_type": "offence",
    "exploitation": "exploitation_type",
    "n_persons": "irregular_migrants",
    "n_suspects": "organisers_detained",
    "gender": "sex",
    "age_group": "age_category",
    "nationality": "nationality",
    "origin_country": "country_of_origin",
    "destination_country": "intended_destination",
    "detection_country": "apprehending_country",
    "transit_countries": "route",
    "transport_mode": "mode_of_travel",
    "lat": "latitude",
    "lon": "longitude",
    "linked_offences": "related_offences",
}

TNP = Desk(
    source="egm_gkitm_du",
    filename="egm_gkitm_du.jsonl",
    ref="IST-GKT/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_HEADERS_TNP,
    note=None,
    total="GENEL TOPLAM / GRAND TOTAL",
    bad_count=("SEVERAL", "GROUP"),
    repeats=True,
    crime={
        "smuggling": ("Migrant smuggling (TCK 79)", "Migrant smuggling"),
        "trafficking": ("Human trafficking (TCK 80)", "Human trafficking"),
        "both": (
            "Migrant smuggling (TCK 79) + Human trafficking (TCK 80)",
            "Migrant smuggling / Human trafficking",
        ),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Forced prostitution"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male",), "female": ("Female",), "mixed": ("Mixed", "Male+Female")},
    age={"adult": ("Adult",), "child": ("Minor",), "mixed": ("Adult+Minor",)},
    mode={"land": ("Land",), "sea": ("Sea",), "air": ("Air",)},
    offences={
        "document_fraud": ("Forgery of official documents (TCK 204)",),
        "corruption": ("Bribery (TCK 252)",),
        "money_laundering": ("Laundering of proceeds of crime (TCK 282)",),
        "illicit_goods": ("Drug trafficking (TCK 188)",),
        "cybercrime": ("Cybercrime (TCK 243)",),
        "terrorism": ("Terrorism (TMK 3713)",),
    },
    unknown=("Unknown", "Not recorded"),
    not_applicable=(),
    offence_sep=(", ",),
    transit_sep=" - ",
    dates={"dmy_dot": 0.8, "iso_tz": 0.15, "month_en_upper": 0.05},
    country_styles={"name": 0.95, "alias": 0.05},
    nationality_styles={"name": 0.88, "iso2": 0.12},
    detection_styles={"name": 1.0},
    transit_styles={"name": 1.0},
    coords="numbers",
    coords_missing=0.08,
    coords_placeholder=None,
    count_placeholder=None,
    suspects_zero=None,
    suspects_unknown=None,
    thousands=None,
    pad=False,
    noise=0.0,
    system_upper=0.7,
    numeric_rows=0.0,
    direct=None,
    place_detail=0.0,
)

CAAT = Desk(
    source="caat_aibd_du",
    filename="caat_aibd_du.csv",
    ref="{seq:04d}/CAAT/AIBD/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre migrants/victimes",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination finale",
        "detection_country": "Lieu d'interception",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="NB : tableau établi à partir des signalements des partenaires — données provisoires",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une vingtaine", "groupe"),
    repeats=False,
    crime={
        "smuggling": ("Trafic illicite de migrants", "trafic de migrants"),
        "trafficking": ("Traite des personnes", "traite de personnes"),
        "both": (
            "Traite des personnes et trafic illicite de migrants",
            "Traite / trafic de migrants",
        ),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("délinquance forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    gender={
        "male": ("Masculin", "M"),
        "female": ("Féminin", "F"),
        "mixed": ("Mixte", "M/F"),
    },
    age={
        "adult": ("Majeurs", "majeur"),
        "child": ("Mineurs", "mineur(s)"),
        "mixed": ("Majeurs et mineurs", "mixte"),
    },
    mode={
        "sea:watl": ("pirogue", "voie maritime"),
        "sea": ("embarcation", "voie maritime", "zodiac"),
        "land:fence": ("franchissement du grillage", "voie terrestre"),
        "land": ("voie terrestre",),
        "air": ("voie aérienne", "avion"),
    },
    offences={
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment de capitaux",),
        "illicit_goods": ("trafic de drogue", "marchandises prohibées"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    unknown=("ND", "non renseigné", "inconnu"),
    not_applicable=("sans objet",),
    offence_sep=(" ; ", " / "),
    transit_sep=" - ",
    dates={"dmy_slash": 0.85, "long_fr": 0.08, "month_fr": 0.07},
    country_styles={"name": 0.9, "typo": 0.03, "mojibake": 0.07},
    nationality_styles={"demonym": 0.6, "name": 0.3, "typo": 0.03, "mojibake": 0.07},
    detection_styles={"name": 0.95, "mojibake": 0.05},
    transit_styles={"name": 0.93, "mojibake": 0.07},
    coords="comma",
    coords_missing=0.35,
    coords_placeholder=None,
    count_placeholder="ND",
    suspects_zero="néant",
    suspects_unknown="ND",
    thousands="\u00a0",
    pad=True,
    noise=0.04,
    system_upper=0.0,
    numeric_rows=0.0,
    direct=None,
    place_detail=0.4,
)

MIRE = Desk(
    source="mire_panama_du",
    filename="mire_panama_du.csv",
    ref="DPE-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. Registro",
        "event_date": "Fecha",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cant. personas",
        "n_suspects": "Cant. presuntos traficantes/tratantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares sujetas a verificación por SNM y SENAFRONT",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas y tráfico ilícito de migrantes", "Trata y tráfico"),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra",),
    },
    gender={
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "adult": ("Adultos",),
        "child": ("NNA", "Menores de edad (NNA)"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={"land": ("Terrestre", "A pie (selva)"), "sea": ("Marítimo",), "air": ("Aéreo",)},
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos", "cohecho"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    unknown=("s/d", "N/D", "desconocido"),
    not_applicable=("no aplica",),
    offence_sep=("; ",),
    transit_sep=", ",
    dates={"dmy_slash": 0.8, "serial": 0.1, "month_es": 0.1},
    country_styles={"name": 0.9, "upper": 0.05, "typo": 0.05},
    nationality_styles={"name": 0.55, "demonym": 0.3, "iso3": 0.1, "typo": 0.05},
    detection_styles={"name": 0.8, "upper": 0.2},
    transit_styles={"name": 0.95, "typo": 0.05},
    coords="dot",
    coords_missing=0.05,
    coords_placeholder="N/D",
    count_placeholder="por determinar",
    suspects_zero="ninguno",
    suspects_unknown="s/d",
    thousands=",",
    pad=False,
    noise=0.04,
    system_upper=0.0,
    numeric_rows=0.0,
    direct=None,
    place_detail=0.0,
)

STC = Desk(
    source="stc_italia_du",
    filename="stc_italia_du.xlsx",
    ref="SCI-FS-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date",
        "crime_type": "Case type",
        "exploitation": "Exploitation",
        "n_persons": "No. of people",
        "n_suspects": "Suspected smugglers/traffickers arrested",
        "gender": "Gender",
        "age_group": "Age group",
        "nationality": "Nationality (main group)",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country",
        "transit_countries": "Transit countries",
        "transport_mode": "Means of travel",
        "coordinates": "GPS (lat, long)",
        "linked_offences": "Related crimes",
    },
    note="Provisional data - SC Italy field teams, southern border and anti-trafficking outreach",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=False,
    crime={
        "smuggling": ("Smuggling", "Smuggled migrants (landing)"),
        "trafficking": ("Trafficking", "Trafficking (identified victim)"),
        "both": ("Trafficking & smuggling",),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour exploitation", "Forced labour (agriculture)"),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")},
    age={
        "adult": ("Adults",),
        "child": ("Minors (UASC)", "Children"),
        "mixed": ("Adults and minors", "Mixed (incl. UASC)"),
    },
    mode={
        "sea:cmed": ("Sea (boat landing)", "Sea", "Boat"),
        "sea": ("Sea", "Boat"),
        "land": ("Land", "Car/bus"),
        "air": ("Air", "Flight"),
    },
    offences={
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("unknown", "n/k"),
    not_applicable=("n/a",),
    offence_sep=("; ",),
    transit_sep=" > ",
    dates={"xl_dt": 0.8, "dmy_slash": 0.1, "serial_int": 0.05, "month_en": 0.05},
    country_styles={"name": 0.95, "typo": 0.02, "alias": 0.03},
    nationality_styles={"name": 0.6, "demonym": 0.25, "iso3": 0.1, "alias": 0.05},
    detection_styles={"name": 0.85, "iso3": 0.15},
    transit_styles={"name": 1.0},
    coords="pair",
    coords_missing=0.1,
    coords_placeholder=None,
    count_placeholder="tbc",
    suspects_zero="none",
    suspects_unknown="n/k",
    thousands=None,
    pad=False,
    noise=0.03,
    system_upper=0.0,
    numeric_rows=0.0,
    direct="direct",
    place_detail=0.0,
)

G7 = Desk(
    source="g7_rlg_mesg_du",
    filename="g7_rlg_mesg_du.csv",
    ref="RLG-MESG/{year}/{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Ref.",
        "event_date": "Date of detection",
        "crime_type": "Offence category",
        "exploitation": "Form of exploitation",
        "n_persons": "Persons (victims/migrants)",
        "n_suspects": "Arrests",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit",
        "transport_mode": "Mode",
        "linked_offences": "Nexus offences",
    },
    note="Compiled by the MESG Presidency from member submissions - not for onward dissemination",
    total="TOTAL",
    bad_count=("multiple", "see narrative"),
    repeats=True,
    crime={
        "smuggling": ("Migrant smuggling", "SoM"),
        "trafficking": ("Trafficking in human beings", "THB"),
        "both": ("THB / SoM", "Migrant smuggling and THB"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality", "Criminal exploitation"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"male": ("Male",), "female": ("Female",), "mixed": ("Mixed",)},
    age={"adult": ("Adult",), "child": ("Minor", "Child"), "mixed": ("Mixed",)},
    mode={
        "sea:channel": ("Small boat", "Sea"),
        "land:channel": ("HGV (clandestine entry)", "Land"),
        "sea": ("Sea",),
        "land": ("Land",),
        "air": ("Air",),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods (drugs/firearms)",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("not known", "Unknown"),
    not_applicable=(),
    offence_sep=("; ",),
    transit_sep="; ",
    dates={"iso": 0.7, "long_en": 0.15, "month_iso": 0.08, "quarter": 0.07},
    country_styles={"iso3": 0.6, "name": 0.25, "iso2": 0.08, "alias": 0.07},
    nationality_styles={"iso3": 0.55, "name": 0.25, "iso2": 0.08, "alias": 0.05, "demonym": 0.07},
    detection_styles={"iso3": 0.6, "name": 0.2, "iso2": 0.1, "alias": 0.1},
    transit_styles={"iso3": 0.8, "name": 0.2},
    coords="none",
    coords_missing=1.0,
    coords_placeholder=None,
    count_placeholder="not provided",
    suspects_zero="nil",
    suspects_unknown="not known",
    thousands=",",
    pad=False,
    noise=0.02,
    system_upper=0.0,
    numeric_rows=0.04,
    direct=None,
    place_detail=0.0,
)

SOURCES: tuple[Desk, ...] = (TNP, CAAT, MIRE, STC, G7)

_PRIMARY = {
    "GRC": TNP.source,
    "HRV": TNP.source,
    "POL": TNP.source,
    "ESP": CAAT.source,
    "PAN": MIRE.source,
    "ITA": STC.source,
}
# The G7 members re-report cases they investigate although the detection took place in
# another state (a German case on the Balkan route, an Italian case on a landing, a
# French case on the Canary route, a US case on the Darién).
_SECONDARY = {
    ("emed", "GRC"): G7.source,
    ("wbal", "HRV"): G7.source,
    ("blr_pol", "POL"): G7.source,
    ("watl", "ESP"): G7.source,
    ("wmed", "ESP"): G7.source,
    ("thb_rou_esp", "ESP"): G7.source,
    ("thb_rou_esp", "ITA"): G7.source,
    ("cmed", "ITA"): G7.source,
    ("thb_nga_ita", "ITA"): G7.source,
    ("darien", "PAN"): G7.source,
}
# Landing places a Dakar notification names after the country.
_FENCES = ("Ceuta", "Melilla")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(
    src: Desk, words: tuple[str, ...], rng: _Rng, upper: bool, tags: list[str], col: str
) -> str:
    """One of ``words`` (the usual one 60 %), in the row's case, with the agency's noise."""
    text = words[0] if len(words) == 1 or rng.random() < 0.6 else choice(rng, words[1:])
    return _finish(src, text, rng, upper, tags, col)


def _finish(src: Desk, text: str, rng: _Rng, upper: bool, tags: list[str], col: str) -> str:
    if upper:
        return _tr_upper(text)
    if src.noise and rng.random() < src.noise:
        kind = int(rng.integers(4))
        text = (
            text.upper()
            if kind == 0
            else text.lower()
            if kind == 1
            else f" {text}  "
            if kind == 2
            else f"{text} "
        )
        tags.append(f"case:{col}")
    return text


def _country_cell(
    src: Desk,
    iso: str,
    styles: Mapping[str, float],
    rng: _Rng,
    upper: bool,
    tags: list[str],
    col: str,
    numeric: bool = False,
) -> str:
    """Write one country the agency's way; tag what a reader must see through."""
    name = _NAMES[iso][_LANG[src.language]]
    style = _weighted(rng, styles)
    if numeric:
        tags.append(f"numeric:{col}")
        return iso_codes(iso)[1]
    text = name
    if style == "iso3":
        text = iso
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "upper":
        text = name.upper()
    elif style == "alias" and iso in _ALIASES:
        text = choice(rng, _ALIASES[iso])
    elif style == "demonym" and iso in _DEMONYMS[src.language]:
        text = _DEMONYMS[src.language][iso]
        if src.language != "en" and rng.random() < 0.5:
            text = text.capitalize()
    elif style == "typo":
        text = _typo(name) or name
    elif style == "mojibake":
        garbled = mojibake(_DEMONYMS[src.language].get(iso, name) if col == "nationality" else name)
        text = garbled if garbled is not None and fits(garbled, src) else name
    if text != name and style in ("iso3", "iso2", "alias", "demonym", "typo", "mojibake"):
        tags.append(f"{style}:{col}")
    if style in ("iso3", "iso2"):
        return text
    return _finish(src, text, rng, upper, tags, col)


def _date_cell(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date in one of the agency's styles; return (cell, day, precision)."""
    styles = {
        k: w for k, w in src.dates.items() if partial_ok or not k.startswith(("month", "quarter"))
    }
    style = _weighted(rng, styles)
    month_start = ts.to_period("M").start_time
    m = ts.month - 1
    if style == "dmy_slash":
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if style == "dmy_dot":
        return ts.strftime("%d.%m.%Y"), ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "iso_tz":  # the desk's system stamps the local time, 06:00-21:59 (+03:00)
        tags.append("timestamp")
        clock = f"{6 + int(rng.integers(16)):02d}:{int(rng.integers(60)):02d}:00"
        return f"{ts:%Y-%m-%d}T{clock}+03:00", ts, "day"
    if style == "long_fr":
        return f"{ts.day} {_MONTHS['fr'][m]} {ts.year}", ts, "day"
    if style == "long_en":
        return f"{ts.day} {_MONTHS['en'][m]} {ts.year}", ts, "day"
    if style in ("serial", "serial_int"):
        tags.append("excel_serial")
        serial = int((ts - _EXCEL_EPOCH).days)
        return (serial if style == "serial_int" else str(serial)), ts, "day"
    if style == "xl_dt":
        return ts.to_pydatetime(), ts, "day"
    tags.append("partial_date")
    if style == "quarter":
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), month_start, "month"
    if style == "month_en_upper":
        return f"{_MONTHS['en'][m].upper()} {ts.year}", month_start, "month"
    if style == "month_en":
        return f"{_MONTHS['en'][m]} {ts.year}", month_start, "month"
    lang = "fr" if style == "month_fr" else "es"
    return f"{_MONTHS[lang][m]} {ts.year}", month_start, "month"


def _count_cell(src: Desk, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    if src.format != "csv":
        return n
    if n >= 1000 and src.thousands is not None and rng.random() < 0.8:
        sep = src.thousands if src.language != "fr" or rng.random() < 0.5 else " "
        tags.append(f"thousands:{col}")
        return f"{n // 1000}{sep}{n % 1000:03d}"
    if src.pad and n < 10 and rng.random() < 0.4:
        tags.append(f"zero_padded:{col}")
        return f"{n:02d}"
    return str(n)


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    seconds = (a - deg - minutes / 60) * 3600
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


def _coord_cells(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the position; return (cells, expected lat, expected lon)."""
    if src.coords == "none":
        tags.append("blank_coordinates" if blank else "coords_missing")
        return {}, None, None
    keys = ("coordinates",) if src.coords == "pair" else ("lat", "lon")
    if blank or rng.random() < src.coords_missing:
        tags.append("blank_coordinates" if blank else "coords_missing")
        return dict.fromkeys(keys), None, None
    if src.coords_placeholder is not None and rng.random() < 0.05:
        tags.append("coords_placeholder")
        return dict.fromkeys(keys, src.coords_placeholder), None, None
    if src.coords == "numbers":
        return {"lat": lat, "lon": lon}, lat, lon
    if src.coords == "pair":
        if rng.random() < 0.06:
            tags.append("coords_dms")
            text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        else:
            text = f"{lat:.5f}, {lon:.5f}"
        return {"coordinates": text}, lat, lon
    t_lat, t_lon = f"{lat:.5f}", f"{lon:.5f}"
    if src.coords == "comma":
        t_lat, t_lon = t_lat.replace(".", ","), t_lon.replace(".", ",")
        tags.append("decimal_comma")
    return {"lat": t_lat, "lon": t_lon}, lat, lon


# --------------------------------------------------------------------------------------
# One event as one source writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Return (cells by canonical column, expected clean values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    upper = src.system_upper > 0 and rng.random() < src.system_upper
    if upper:
        tags.append("turkish_upper")
    numeric = src.numeric_rows > 0 and rng.random() < src.numeric_rows
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date_cell(
        src, ts, rng, partial_ok, tags
    )
    corridor = str(ev["corridor"])

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, src.crime[crime], rng, upper, tags, "crime_type")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:  # a pure smuggling case: no form of exploitation
        exp["exploitation"] = None
        if src.not_applicable and rng.random() < 0.3:
            cells["exploitation"] = choice(rng, src.not_applicable)
            tags.append("not_applicable:exploitation")
        else:
            cells["exploitation"] = None
    elif rng.random() < 0.03:
        exp["exploitation"] = "unknown"
        cells["exploitation"] = _finish(
            src, choice(rng, src.unknown), rng, upper, tags, "exploitation"
        )
        tags.append("unknown:exploitation")
    else:
        exp["exploitation"] = str(expl)
        cells["exploitation"] = _word(
            src, src.exploitation[str(expl)], rng, upper, tags, "exploitation"
        )

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.count_placeholder is not None and rng.random() < 0.012:
        cells["n_persons"], exp["n_persons"] = src.count_placeholder, None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count_cell(src, n, rng, tags, "n_persons"), n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif src.suspects_unknown is not None and r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = src.suspects_unknown, None
        tags.append("suspects_placeholder")
    elif k == 0 and src.suspects_zero is not None and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = src.suspects_zero, 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _count_cell(src, k, rng, tags, "n_suspects"), k

    gender = str(ev["gender"])
    r = rng.random()
    if forced_blank == "gender" or r < 0.02:
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif r < 0.04:
        cells["gender"] = _finish(src, choice(rng, src.unknown), rng, upper, tags, "gender")
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, src.gender[gender], rng, upper, tags, "gender")
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"] = _finish(src, choice(rng, src.unknown), rng, upper, tags, "age_group")
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _word(src, src.age[age], rng, upper, tags, "age_group")
        exp["age_group"] = age

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality" or r < 0.015:
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif r < 0.03:
        cells["nationality"] = _finish(
            src, choice(rng, src.unknown), rng, upper, tags, "nationality"
        )
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country_cell(
            src, nat, src.nationality_styles, rng, upper, tags, "nationality", numeric
        )
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = None, None
            tags.append(f"empty:{col}")
        else:
            cells[col] = _country_cell(src, iso, src.country_styles, rng, upper, tags, col, numeric)
            exp[col] = iso

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        text = _country_cell(
            src, det, src.detection_styles, rng, upper, tags, "detection_country", numeric
        )
        hotspot = str(ev["hotspot"])
        if src.place_detail and rng.random() < src.place_detail:
            place = hotspot.split(" (")[0]
            text = f"{text} ({place})"
            tags.append("place_detail")
        cells["detection_country"], exp["detection_country"] = text, det

    transit = ev["transit_countries"]
    if transit is None:
        exp["transit_countries"] = None
        cells["transit_countries"] = None
        if src.direct is not None and rng.random() < 0.3:
            cells["transit_countries"] = src.direct
            tags.append("direct_word")
    else:
        parts = [
            _country_cell(
                src, p, src.transit_styles, rng, upper, tags, "transit_countries", numeric
            )
            for p in str(transit).split("|")
        ]
        cells["transit_countries"] = src.transit_sep.join(p.strip() for p in parts)
        exp["transit_countries"] = str(transit)

    mode = str(ev["transport_mode"])
    key = f"{mode}:{corridor}"
    if mode == "land" and str(ev["hotspot"]) in _FENCES:
        key = "land:fence"
    words = src.mode.get(key, src.mode[mode])
    if rng.random() < 0.02:
        cells["transport_mode"] = _finish(
            src, choice(rng, src.unknown), rng, upper, tags, "transport_mode"
        )
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"] = _word(src, words, rng, upper, tags, "transport_mode")
        exp["transport_mode"] = mode

    coords, exp["lat"], exp["lon"] = _coord_cells(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank == "coordinates",
    )
    cells.update(coords)

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        sep = choice(rng, src.offence_sep)
        words_off = [
            _word(src, src.offences[o], rng, upper, tags, "linked_offences")
            for o in str(off).split("|")
        ]
        cells["linked_offences"] = sep.join(w.strip() for w in words_off)
        exp["linked_offences"] = str(off)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad dates and note rows, each in the agency's style
# --------------------------------------------------------------------------------------
def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":  # a day the month does not have
        day, month = (30, 2) if rng.random() < 0.5 else (31, int(choice(rng, ("4", "6", "9"))))
        if src.source == G7.source:
            return f"{ts.year}-{month:02d}-{day:02d}"
        if src.source == TNP.source:
            return f"{day:02d}.{month:02d}.{ts.year}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    # future_date: a slip of the keyboard in the year (2023 typed 2123, or 2033 in Excel)
    if src.source == STC.source:
        return ts.replace(year=ts.year + 10).to_pydatetime()
    future = ts.replace(year=ts.year + 100)
    if src.source == G7.source:
        return future.strftime("%Y-%m-%d")
    if src.source == TNP.source:
        return future.strftime("%d.%m.%Y")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the source's note row (the date of its last case)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == G7.source:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


BLIND123: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=G7.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=123_417,
    blank_share=0.35,
)


def make_blind123(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind123`` submissions (files ``*_du.*``).

    Greek, Croatian and Polish detections come from the Turkish National Police desk
    at Istanbul Airport, Spanish ones from the Dakar airport anti-trafficking cell,
    Panamanian ones from Panama's foreign ministry, Italian ones from Save the
    Children Italia; the G7 Roma-Lyon Group compilation gives the rest (France, the
    United Kingdom, the United States) and reports again a share of the others'
    events. Bad rows, note and total rows, exact repeats and the expected clean value
    of every cell follow :func:`trendlib.samples._examiner.make_examined`.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``egm_gkitm_du.jsonl``, ``caat_aibd_du.csv``, ``mire_panama_du.csv``,
        ``stc_italia_du.xlsx`` and ``g7_rlg_mesg_du.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind123(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['egm_gkitm_du.jsonl', 'caat_aibd_du.csv', 'mire_panama_du.csv',
     'stc_italia_du.xlsx', 'g7_rlg_mesg_du.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8-sig']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date des faits', 'Qualification']
    """
    return make_examined(BLIND123, truth, seed=seed)
