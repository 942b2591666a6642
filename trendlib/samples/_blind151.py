"""Examiner sample set ``blind151`` (files ``*_ew.*``): five desks around southern Italy.

Written by an examiner who never saw the cleaner, on the shared machinery of
:mod:`trendlib.samples._examiner`. Each source writes the way that desk really exports:

``procura_catania_ew.xlsx``
    Procura della Repubblica di Catania, anti-mafia district directorate (DDA),
    international-cooperation desk. English sheet for foreign partners, but the legal
    basis is the Italian article (``art. 12 TUI`` = smuggling, ``art. 601 c.p.`` =
    trafficking), boats are *barchino* / *gommone*, related offences are Italian
    articles, some country names stay Italian (``Egitto``, ``Costa d'Avorio``) and the
    nationality is a demonym (``Tunisian``). Real Excel dates, a few typed
    ``dd/mm/yyyy`` texts and ``June 2022`` months; no coordinates (a case register keeps
    places, not positions). Reference numbers are RGNR numbers. Primary for Italy.
``euaa_ops_ew.jsonl``
    EU Agency for Asylum operational data desk (hotspot teams at Lampedusa, Pozzallo,
    Crotone; Lesbos, Samos, Evros; the Canaries). JSON lines, ISO dates (``2023-05`` when
    only the month is logged), countries as EU two-letter codes (``EL`` = Greece, ``UK``
    = United Kingdom), routes as ``TR > BG > RS``, minors as ``UAM``. Primary for Greece;
    second reports of Central Mediterranean landings in Italy and Atlantic landings.
``andalucia_acoge_ew.csv``
    Federación Andalucía Acoge (Almería, Huelva, Ceuta, Melilla, Canarias teams).
    Google Sheets export: UTF-8, comma, Spanish words, Spanish criminal-code articles
    (``art. 177 bis CP`` trata, ``art. 318 bis CP`` tráfico), demonyms (``marroquí``),
    ``1.250`` thousands, positions pasted from Google Maps (``36.83123, -2.45678``).
    Primary for Spain.
``iila_seguridad_ew.xlsx``
    Organización Internacional Ítalo-Latino Americana (IILA, Rome), security programme
    desk compiling its Latin American counterparts' cases (Darién, US–Mexico border).
    Spanish; each counterpart codes countries its own way (names, ISO alpha-3, ISO
    numeric); Latin American legal words (``NNA``, ``lavado de activos``, ``matrimonio
    servil``); Excel dates, a few lost-format serial numbers and ``T2 2023`` quarters.
    Primary for Panama and the United States.
``ordre_malte_teh_ew.csv``
    Sovereign Order of Malta, ambassador's desk against trafficking in persons (Rome /
    Geneva), compiling what its national associations and relief corps report (CISOM
    medics on the Lampedusa patrol boats, Malteser teams, detention-centre assistance in
    France...). French, cp1252, semicolon, ``1 250`` counts, ``mai 2023`` and ``T2 2023``
    dates, positions in degrees-minutes-seconds, some country names garbled by a UTF-8
    paste (``SÃ©nÃ©gal``); the file was sent twice in part (exact repeats). The
    compilation: everything no primary desk reports, and second reports elsewhere.
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

__all__ = ["SOURCES", "make_blind151"]

_Rng = np.random.Generator
_Cells = dict[str, object]


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A ``blind151`` source: the shared fields plus the desk's own short name.

    Attributes
    ----------
    style : str
        Which writer of this module renders the desk's rows (``"procura"``,
        ``"euaa"``, ``"acoge"``, ``"iila"`` or ``"malte"``).
    """

    style: str = ""


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish, Italian) names, as these desks write them.
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghanistan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnia"),
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
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigeria"),
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
_LANG = {"en": 0, "fr": 1, "es": 2, "it": 3}
# Nationalities written as demonyms (the desks' usual habit); others fall back to names.
_DEMONYM_EN = {
    "TUN": "Tunisian",
    "EGY": "Egyptian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "GIN": "Guinean",
    "SYR": "Syrian",
    "ERI": "Eritrean",
    "PAK": "Pakistani",
    "NGA": "Nigerian",
    "ROU": "Romanian",
}
_DEMONYM_ES = {
    "MAR": "marroquí",
    "DZA": "argelino",
    "GIN": "guineano",
    "MLI": "maliense",
    "SEN": "senegalés",
    "GMB": "gambiano",
    "CIV": "marfileño",
    "ROU": "rumano",
    "VEN": "venezolano",
    "ECU": "ecuatoriano",
    "HTI": "haitiano",
    "COL": "colombiano",
    "CHN": "chino",
    "MEX": "mexicano",
    "GTM": "guatemalteco",
    "HND": "hondureño",
}
# EU institutional two-letter codes differ from ISO for two countries.
_EU_CODE = {"GRC": "EL", "GBR": "UK"}

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "procura": {
        "smuggling": (
            "Art. 12 D.Lgs. 286/98 (smuggling of migrants)",
            "art. 12 TUI",
            "Smuggling - art. 12 T.U. Immigrazione",
        ),
        "trafficking": (
            "Art. 601 c.p. (trafficking in persons)",
            "artt. 600-601 c.p.",
            "Trafficking (art. 601 c.p.)",
        ),
        "both": ("artt. 12 TUI + 601 c.p.", "Smuggling and trafficking (art. 12 TUI, 601 c.p.)"),
    },
    "euaa": {
        "smuggling": ("Suspected migrant smuggling",),
        "trafficking": ("Potential VoT (THB)",),
        "both": ("THB indicators + smuggling",),
    },
    "acoge": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento inmigración irregular (art. 318 bis CP)",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata"),
        "both": ("Trata y tráfico",),
    },
    "iila": {
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    "malte": {
        "smuggling": ("Trafic illicite de migrants", "Aide à l'entrée irrégulière"),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH et trafic de migrants", "Traite + trafic"),
    },
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "procura": {
        "sexual": ("sexual exploitation (prostitution)", "sfruttamento sessuale"),
        "forced_labour": ("labour exploitation", "sfruttamento lavorativo (caporalato)"),
        "forced_criminality": ("forced criminal activities",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
    "euaa": {
        "sexual": ("sexual",),
        "forced_labour": ("labour",),
        "forced_criminality": ("forced criminality",),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
    "acoge": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral",),
        "forced_criminality": ("Actividades delictivas",),
        "forced_marriage": ("Matrimonio forzado",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras",),
    },
    "iila": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos forzados",),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "forced_marriage": ("Matrimonio servil",),
        "organ_removal": ("Extracción de órganos",),
        "other": ("Otras formas",),
    },
    "malte": {
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé",),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "forced_marriage": ("Mariage forcé",),
        "organ_removal": ("Prélèvement d'organes",),
        "other": ("Autre",),
    },
}
# What a smuggling row writes in the exploitation column (not applicable).
_NO_EXPLOITATION: dict[str, tuple[str | None, ...]] = {
    "procura": (None, None, "n/a"),
    "euaa": (None,),
    "acoge": (None, None, "No procede"),
    "iila": (None, None, "No aplica"),
    "malte": (None, None, "Sans objet"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "procura": {"male": ("M", "male"), "female": ("F", "female"), "mixed": ("M/F", "mixed")},
    "euaa": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    "acoge": {"male": ("Hombres", "H"), "female": ("Mujeres",), "mixed": ("Mixto", "H y M")},
    "iila": {"male": ("Masculino",), "female": ("Femenino",), "mixed": ("Mixto",)},
    "malte": {"male": ("Hommes", "H"), "female": ("Femmes", "F"), "mixed": ("Mixte",)},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "procura": {
        "adult": ("adults",),
        "child": ("minors", "MSNA (unaccompanied minors)"),
        "mixed": ("adults + minors",),
    },
    "euaa": {"adult": ("adult",), "child": ("minor", "UAM"), "mixed": ("adults and minors",)},
    "acoge": {
        "adult": ("Adultos",),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores",),
    },
    "iila": {
        "adult": ("Adultos",),
        "child": ("NNA", "Niños, niñas y adolescentes"),
        "mixed": ("Adultos y NNA",),
    },
    "malte": {
        "adult": ("Majeurs", "Adultes"),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Majeurs et mineurs",),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "procura": {
        "sea": ("sea", "barchino", "gommone (dinghy)", "peschereccio (fishing boat)"),
        "land": ("land", "lorry"),
        "air": ("air", "flight"),
    },
    "euaa": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
    "acoge": {
        "sea": ("Patera", "Neumática", "Cayuco", "Marítimo"),
        "land": ("Terrestre", "A pie (valla)", "Vehículo (doble fondo)"),
        "air": ("Aéreo", "Avión"),
    },
    "iila": {
        "sea": ("Marítimo", "Lancha"),
        "land": ("Terrestre", "A pie", "Bus"),
        "air": ("Aéreo",),
    },
    "malte": {
        "sea": ("Maritime", "Small boat", "Embarcation"),
        "land": ("Terrestre", "Poids lourd"),
        "air": ("Aérien",),
    },
}
_OFFENCES: dict[str, dict[str, str]] = {
    "procura": {
        "document_fraud": "falso documentale (art. 497-bis c.p.)",
        "corruption": "corruzione (art. 319 c.p.)",
        "money_laundering": "riciclaggio (art. 648-bis c.p.)",
        "illicit_goods": "stupefacenti (DPR 309/90)",
        "cybercrime": "accesso abusivo a sistema informatico",
        "terrorism": "terrorismo (art. 270-bis c.p.)",
    },
    "euaa": {
        "document_fraud": "document fraud",
        "corruption": "corruption",
        "money_laundering": "money laundering",
        "illicit_goods": "drugs",
        "cybercrime": "cybercrime",
        "terrorism": "terrorism",
    },
    "acoge": {
        "document_fraud": "falsedad documental",
        "corruption": "cohecho",
        "money_laundering": "blanqueo de capitales",
        "illicit_goods": "tráfico de drogas",
        "cybercrime": "ciberdelito",
        "terrorism": "terrorismo",
    },
    "iila": {
        "document_fraud": "falsificación de documentos",
        "corruption": "corrupción",
        "money_laundering": "lavado de activos",
        "illicit_goods": "narcotráfico",
        "cybercrime": "delitos informáticos",
        "terrorism": "terrorismo",
    },
    "malte": {
        "document_fraud": "fraude documentaire",
        "corruption": "corruption",
        "money_laundering": "blanchiment",
        "illicit_goods": "stupéfiants",
        "cybercrime": "cybercriminalité",
        "terrorism": "terrorisme",
    },
}
_OFFENCE_SEP = {"procura": "; ", "euaa": ", ", "acoge": " / ", "iila": "; ", "malte": " + "}
_NO_OFFENCE: dict[str, tuple[str | None, ...]] = {
    "procura": (None,),
    "euaa": (None,),
    "acoge": (None,),
    "iila": (None, "Ninguno"),
    "malte": (None, "Néant"),
}
_TRANSIT_SEP = {"procura": " - ", "euaa": " > ", "acoge": ", ", "iila": " - ", "malte": ", "}
_NO_TRANSIT: dict[str, tuple[str | None, ...]] = {
    "procura": (None, "direct"),
    "euaa": (None,),
    "acoge": (None, "Directo"),
    "iila": (None,),
    "malte": (None, "Direct"),
}
# Words for "not known" (gender, age group, transport, counts) and "none" (suspects).
_UNKNOWN = {
    "procura": ("n.d.",),
    "euaa": ("unknown",),
    "acoge": ("s/d", "Desconocido"),
    "iila": ("Sin información", "S/I"),
    "malte": ("N.C.", "inconnu"),
}
_NA_WORD = {
    "procura": ("n.d.",),
    "euaa": ("n/a",),
    "acoge": ("s/d",),
    "iila": ("No aplica", "Sin información"),
    "malte": ("N.C.",),
}
_NONE_WORD: dict[str, tuple[str, ...]] = {
    "procura": ("none",),
    "euaa": (),
    "acoge": ("ninguno", "Ninguno"),
    "iila": ("Ninguno",),
    "malte": ("aucun", "néant"),
}
_FR_NUMBERS = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq"}
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
PROCURA = Desk(
    source="procura_catania",
    filename="procura_catania_ew.xlsx",
    ref="{seq:04d}/{year} RGNR mod.21",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "RGNR no.",
        "event_date": "Date of facts",
        "crime_type": "Offence (legal basis)",
        "exploitation": "Purpose of exploitation",
        "n_persons": "Persons involved (migrants/victims)",
        "n_suspects": "Suspects (indagati)",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Final destination",
        "detection_country": "Country where detected",
        "transit_countries": "Transit countries",
        "transport_mode": "Means of transport",
        "linked_offences": "Connected offences",
    },
    note="Note: extracted from the SICP register; data subject to verification",
    total="TOTALE",
    bad_count=("several", "vari", "da quantificare"),
    repeats=False,
    style="procura",
)
EUAA = Desk(
    source="euaa_ops",
    filename="euaa_ops_ew.jsonl",
    ref="EUAA-OPS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "arrival_or_detection_date",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "facilitators_identified",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "member_state",
        "transit_countries": "route_countries",
        "transport_mode": "entry_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_crimes",
    },
    note=None,
    total="TOTAL",
    bad_count=("TBC", "several"),
    repeats=False,
    style="euaa",
)
ACOGE = Desk(
    source="andalucia_acoge",
    filename="andalucia_acoge_ew.csv",
    ref="AA-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha llegada/detección",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino previsto",
        "detection_country": "País",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas (Google Maps)",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de revisar con los equipos de zona",
    total="TOTAL",
    bad_count=("varios", "un grupo"),
    repeats=True,
    style="acoge",
)
IILA = Desk(
    source="iila_seguridad",
    filename="iila_seguridad_ew.xlsx",
    ref="IILA-SEG-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos tratantes/traficantes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Ruta (tránsito)",
        "transport_mode": "Modalidad de desplazamiento",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información remitida por las contrapartes nacionales; cifras preliminares",
    total="Total general",
    bad_count=("varios", "grupo numeroso"),
    repeats=False,
    style="iila",
)
MALTE = Desk(
    source="ordre_malte_teh",
    filename="ordre_malte_teh_ew.csv",
    ref="OSM-TEH/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Auteurs présumés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées",
        "linked_offences": "Infractions connexes",
    },
    note="NB : compilation provisoire des signalements des associations nationales",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    style="malte",
)
#: The five sources of the set, in the order :func:`make_blind151` returns them.
SOURCES: tuple[Desk, ...] = (PROCURA, EUAA, ACOGE, IILA, MALTE)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _typo(name: str) -> str:
    """Swap two letters in the second half of a name (a slip of the keyboard)."""
    if len(name) < 6:
        return name
    i = len(name) // 2 + 1
    a, b = name[i - 1], name[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return name
    return name[: i - 1] + b + a + name[i + 1 :]


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _country(src: Desk, iso: str, rng: _Rng, role: str, row_style: str) -> tuple[str, list[str]]:
    """Write one country as the desk does; ``role`` is ``nationality`` or another column."""
    r = rng.random()
    style = src.style
    if style == "procura":
        if role == "detection":
            return ("Italy", []) if r < 0.7 else ("Italia", ["italian_name"])
        if role == "nationality" and iso in _DEMONYM_EN and r < 0.6:
            return _DEMONYM_EN[iso], ["demonym"]
        if r < 0.8:
            return _name(iso, "en"), []
        return _name(iso, "it"), ["italian_name"]
    if style == "euaa":
        code = _EU_CODE.get(iso) or iso_codes(iso)[0]
        return code, ["eu_code" if iso in _EU_CODE else "iso2"]
    if style == "acoge":
        if role == "nationality" and iso in _DEMONYM_ES and r < 0.6:
            word = _DEMONYM_ES[iso]
            return (word.capitalize(), ["demonym"]) if rng.random() < 0.5 else (word, ["demonym"])
        name = _name(iso, "es")
        if r < 0.8:
            return name, []
        if r < 0.91:
            return name.upper(), ["upper"]
        if r < 0.97:
            return f" {name}  ", ["spacing"]
        typo = _typo(name)
        return typo, ["typo"] if typo != name else []
    if style == "iila":
        if row_style == "iso3":
            return iso, ["iso3"]
        if row_style == "numeric":
            return iso_codes(iso)[1], ["iso_numeric"]
        if role == "nationality" and iso in _DEMONYM_ES and r < 0.5:
            return _DEMONYM_ES[iso].capitalize(), ["demonym"]
        return _name(iso, "es"), []
    # malte: French names, a UTF-8 paste garbled here and there
    name = _name(iso, "fr")
    if r < 0.1:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, ["mojibake"]
        return name, []
    if r < 0.18:
        return iso_codes(iso)[0], ["iso2"]
    if r < 0.26:
        return name.upper(), ["upper"]
    if r < 0.29:
        typo = _typo(name)
        return typo, ["typo"] if typo != name else []
    return name, []


def _countries(
    src: Desk, ev: dict[str, object], rng: _Rng, forced_blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    """Write nationality, origin, destination, detection and transit countries."""
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []
    row_style = "name"
    if src.style == "iila":  # each counterpart codes its countries its own way
        r = rng.random()
        row_style = "iso3" if r < 0.3 else ("numeric" if r < 0.42 else "name")
    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        iso = ev[col]
        if iso is None or forced_blank == col:
            cells[col] = None
            exp[col] = None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        text, t = _country(src, str(iso), rng, role, row_style)
        cells[col] = text
        exp[col] = iso
        tags += [f"{col}:{x}" for x in t]
    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:  # a direct route: blank, or the desk's word for it
        cells["transit_countries"] = _none_word(_NO_TRANSIT[src.style], rng)
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, rng, "transit", row_style)
            parts.append(text.strip())
            tags += [f"transit:{x}" for x in t if x != "spacing"]
        cells["transit_countries"] = _TRANSIT_SEP[src.style].join(parts)
    return cells, exp, tags


def _date(
    src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date as the desk does: (cell, expected day, precision, tags)."""
    r = rng.random()
    month_start = ts.to_period("M").to_timestamp()
    quarter_start = ts.to_period("Q").to_timestamp()
    q = (ts.month - 1) // 3 + 1
    style = src.style
    if style == "procura":
        if partial_ok and r < 0.06:
            return f"{_MONTHS['en'][ts.month - 1]} {ts.year}", month_start, "month", ["month_only"]
        if r < 0.22:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if style == "euaa":
        if partial_ok and r < 0.08:
            return ts.strftime("%Y-%m"), month_start, "month", ["month_only"]
        return ts.strftime("%Y-%m-%d"), ts, "day", ["iso_date"]
    if style == "acoge":
        if partial_ok and r < 0.05:
            return f"{_MONTHS['es'][ts.month - 1]} {ts.year}", month_start, "month", ["month_only"]
        if r < 0.35:  # the sheet's d/m/yyyy format without padding
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day", ["short_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", ["dmy_date"]
    if style == "iila":
        if partial_ok and r < 0.06:
            text = f"T{q} {ts.year}" if rng.random() < 0.6 else f"{q}º trimestre {ts.year}"
            return text, quarter_start, "quarter", ["quarter_only"]
        if r < 0.14:
            return int((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
        if r < 0.34:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    # malte
    if partial_ok and r < 0.05:
        return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}", month_start, "month", ["month_only"]
    if partial_ok and r < 0.09:
        return f"T{q} {ts.year}", quarter_start, "quarter", ["quarter_only"]
    if r < 0.3:
        return f"{ts.day} {_MONTHS['fr'][ts.month - 1]} {ts.year}", ts, "day", ["long_date"]
    return ts.strftime("%d/%m/%Y"), ts, "day", ["dmy_date"]


def _persons(src: Desk, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons: (cell, expected count, tags)."""
    r = rng.random()
    style = src.style
    if r < 0.02:
        return choice(rng, _UNKNOWN[style]), None, ["count_placeholder"]
    if style in ("procura", "iila", "euaa"):
        return n, n, []
    if style == "acoge":
        if n >= 1000:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands_sep"]
        return str(n), n, []
    # malte
    if n >= 1000:
        sep = "\u00a0" if rng.random() < 0.5 else " "
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands_sep"]
    if n in _FR_NUMBERS and r < 0.25:
        return _FR_NUMBERS[n], n, ["count_word"]
    return str(n), n, []


def _suspects(
    src: Desk, n: object, rng: _Rng, forced_blank: str | None
) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects: (cell, expected count, tags)."""
    if n is None or forced_blank == "n_suspects":
        return None, None, (["blank_n_suspects"] if forced_blank == "n_suspects" else [])
    k = int(n)  # type: ignore[call-overload]
    r = rng.random()
    style = src.style
    if r < 0.03:
        if style == "euaa":
            return None, None, ["suspects_placeholder"]
        return choice(rng, _UNKNOWN[style]), None, ["suspects_placeholder"]
    if k == 0 and _NONE_WORD[style] and r < 0.5:
        return choice(rng, _NONE_WORD[style]), 0, ["zero_word"]
    if src.format == "csv":
        return str(k), k, []
    return k, k, []


def _word(
    src: Desk, col: str, value: object, table: dict[str, tuple[str, ...]], rng: _Rng
) -> tuple[object, object, list[str]]:
    """Write a gender, age group or transport word; the 'not known' word now and then."""
    if rng.random() < 0.02 or value is None or str(value) not in table:
        tag = "blank_gender" if col == "gender" else "na_word"
        pool = _UNKNOWN[src.style] if col == "gender" else _NA_WORD[src.style]
        cell: object = choice(rng, pool) if rng.random() < 0.7 else None
        return cell, "unknown", [tag]
    return choice(rng, table[str(value)]), value, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds text of a coordinate and the value it reads as."""
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    hemi = pos if value >= 0 else neg
    read = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return f"{d}°{m:02d}'{s:02d}\"{hemi}", round(read, 6)


def _coordinates(
    src: Desk, lat: object, lon: object, rng: _Rng, forced_blank: str | None
) -> tuple[_Cells, _Cells, list[str]]:
    """Write the position of detection: (cells, expected lat/lon, tags)."""
    style = src.style
    if style == "procura":  # a case register keeps no positions
        return {}, {"lat": None, "lon": None}, ["coords_missing"]
    keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
    blank = dict.fromkeys(keys)
    if forced_blank == "coordinates":
        return blank, {"lat": None, "lon": None}, ["blank_coordinates"]
    if lat is None or lon is None:
        return blank, {"lat": None, "lon": None}, ["coords_missing"]
    y, x = float(lat), float(lon)  # type: ignore[arg-type]
    r = rng.random()
    if style == "euaa":
        if r < 0.05:
            return blank, {"lat": None, "lon": None}, ["coords_missing"]
        ya, xa = round(y, 4), round(x, 4)
        return {"lat": ya, "lon": xa}, {"lat": ya, "lon": xa}, ["coords_decimal"]
    if style == "acoge":
        if r < 0.25:  # not every arrival gets a pin
            return blank, {"lat": None, "lon": None}, ["coords_missing"]
        ya, xa = round(y, 5), round(x, 5)
        return {"coordinates": f"{ya:.5f}, {xa:.5f}"}, {"lat": ya, "lon": xa}, ["coords_paste"]
    if style == "iila":
        if r < 0.08:
            return blank, {"lat": None, "lon": None}, ["coords_missing"]
        ya, xa = round(y, 4), round(x, 4)
        if r < 0.2:  # pasted as text with the Spanish decimal comma
            cells: _Cells = {
                "lat": f"{ya:.4f}".replace(".", ","),
                "lon": f"{xa:.4f}".replace(".", ","),
            }
            return cells, {"lat": ya, "lon": xa}, ["coords_decimal_comma"]
        return {"lat": ya, "lon": xa}, {"lat": ya, "lon": xa}, ["coords_decimal"]
    # malte
    if r < 0.15:
        return blank, {"lat": None, "lon": None}, ["coords_missing"]
    if r < 0.4:
        ya, xa = round(y, 4), round(x, 4)
        text = f"{ya:.4f} ; {xa:.4f}".replace(".", ",")
        return {"coordinates": text}, {"lat": ya, "lon": xa}, ["coords_decimal_comma"]
    ty, ry = _dms(y, "N", "S")
    tx, rx = _dms(x, "E", "O")  # French: O for ouest
    return {"coordinates": f"{ty} {tx}"}, {"lat": ry, "lon": rx}, ["coords_dms"]


def _none_word(words: tuple[str | None, ...], rng: _Rng) -> str | None:
    """Blank mostly; else one of the desk's words for 'none' (``words`` may hold None)."""
    said = [w for w in words if w]
    if not said or rng.random() < 0.7:
        return None
    return choice(rng, said)


def _offences(src: Desk, value: object, rng: _Rng) -> object:
    """Write the linked offences in the desk's words and separator, in order."""
    if value is None:
        return _none_word(_NO_OFFENCE[src.style], rng)
    words = _OFFENCES[src.style]
    return _OFFENCE_SEP[src.style].join(words[o] for o in str(value).split("|"))


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as the desk does: (cells, expected values, messiness tags)."""
    style = src.style
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[style][crime])
    exp["crime_type"] = crime
    if style == "procura":
        tags.append("legal_article")

    expl = ev["exploitation"]
    exp["exploitation"] = expl
    if expl is None:
        cells["exploitation"] = _none_word(_NO_EXPLOITATION[style], rng)
    else:
        cells["exploitation"] = choice(rng, _EXPLOITATION[style][str(expl)])

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _persons(src, n, rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, ev["n_suspects"], rng, forced_blank)
    tags += t

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"], t = _word(src, "gender", ev["gender"], _GENDER[style], rng)
        tags += t
    cells["age_group"], exp["age_group"], t = _word(
        src, "age_group", ev["age_group"], _AGE[style], rng
    )
    tags += t
    cells["transport_mode"], exp["transport_mode"], t = _word(
        src, "transport_mode", ev["transport_mode"], _TRANSPORT[style], rng
    )
    tags += t

    c, e, t = _countries(src, ev, rng, forced_blank)
    cells.update(c)
    exp.update(e)
    tags += t

    c, e, t = _coordinates(src, ev["lat"], ev["lon"], rng, forced_blank)
    cells.update(c)
    exp.update(e)
    tags += t

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    return cells, exp, tags


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        if src.style == "acoge" and rng.random() < 0.5:
            return "s/f"  # sin fecha
        return None
    if kind == "bad_date":
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09")).split("/")
        if src.style == "euaa":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    # future: the year typed with two digits swapped (2023 -> 2203)
    digits = str(ts.year)
    year = int(digits[0] + digits[2] + digits[1] + digits[3])
    if year <= 2030:
        year = ts.year + 1000
    future = pd.Timestamp(year=year, month=ts.month, day=min(ts.day, 28))
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.style == "euaa":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Write the date of the desk's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


EXAMINER: Examiner[Desk] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": PROCURA.source,
        "GRC": EUAA.source,
        "ESP": ACOGE.source,
        "PAN": IILA.source,
        "USA": IILA.source,
    },
    compilation=MALTE.source,
    secondary={
        ("cmed", "ITA"): EUAA.source,
        ("watl", "ESP"): EUAA.source,
        ("thb_nga_ita", "ITA"): MALTE.source,
        ("thb_rou_esp", "ITA"): MALTE.source,
        ("wmed", "ESP"): MALTE.source,
        ("emed", "GRC"): MALTE.source,
        ("darien", "PAN"): MALTE.source,
        ("us_mex", "USA"): MALTE.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=151,
    blank_share=0.3,
)


def make_blind151(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind151`` desks would (files ``*_ew.*``).

    The Catania prosecutors' desk reports what is detected in Italy, the EUAA
    operational desk what is detected in Greece, Andalucía Acoge what is detected in
    Spain, the IILA security desk what is detected in Panama and the United States, and
    the Order of Malta's anti-trafficking desk compiles everything else (Croatia,
    Poland, France, the United Kingdom). About 4 % of the events are reported a second
    time (EUAA for Central Mediterranean and Atlantic landings, the Order of Malta for
    several other corridors), dates a day apart; some rows are bad (no, impossible or
    mistyped future date, negative or unreadable count); the Andalucía Acoge and Order
    of Malta files hold a few exact repeats.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        The five submissions, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind151(make_truth(seed=5, n_events=300), seed=5)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['procura_catania_ew.xlsx', 'euaa_ops_ew.jsonl', 'andalucia_acoge_ew.csv',
     'iila_seguridad_ew.xlsx', 'ordre_malte_teh_ew.csv']
    >>> subs[0].frame.columns[:3].tolist()
    ['RGNR no.', 'Date of facts', 'Offence (legal basis)']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'utf-8', 'utf-8', 'cp1252']
    >>> all(len(s.expected) > 3 for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
