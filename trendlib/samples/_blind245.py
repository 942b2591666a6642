"""Examiner sample set ``blind245``: five social-security and tax-fraud desks (``*_im.*``).

Five agencies that meet trafficking and smuggling cases through undeclared and forced
work, benefit fraud and the money behind the crossings, each writing its own export:

``urssaf_lcti_im.csv``
    URSSAF, lutte contre le travail illégal (France). French, cp1252, ``;``, CRLF; day-first
    dates (``17/05/2023``, sometimes ``17/05/23``), a month as ``mai 2023`` or a quarter as
    ``T2 2023``; nationality mostly as a French adjective agreeing with the sex
    (``érythréenne``); text copied from a UTF-8 web form shows mojibake (``sÃ©jour irrÃ©gulier``);
    coordinates in two columns with decimal commas; thousands with a (no-break) space;
    its own offences (``travail dissimulé``) beside the linked ones.
``tgss_fraude_im.xlsx``
    Tesorería General de la Seguridad Social, control del fraude (Spain). Spanish; real
    Excel dates, some raw serial numbers and hand-typed ``17/05/2023``, a contribution
    month ``05/2023`` or an INE-style quarter ``2023T2``; nationality from the legacy
    affiliation file in capitals without accents (``MARRUECOS``); ``No consta`` for what
    is not known; Spanish legal wording (``318 bis``, ``contra la salud pública``); no
    coordinates, a ``Dirección Provincial`` column instead.
``inps_vigilanza_im.csv``
    INPS, vigilanza ispettiva (Italy), an English template for EU partners saved from
    Excel as "Unicode text": UTF-16 with BOM, tab-delimited; day-first dates
    (``17/05/2023``, ``17.05.2023``), ``05/2023``, ``Q2 2023``; countries as English
    names, ISO alpha-2 codes or with a slipped letter; thousands with a dot
    (``1.250``); transit countries joined by ``" > "``; one ``lat, long`` cell.
``dwp_cfcd_im.xlsx``
    DWP Counter Fraud, Compliance and Debt, serious and organised crime (UK). English;
    Excel dates, ``17 May 2023`` or ``17/05/2023`` typed as text, ``May 2023``; UK terms
    (``Modern Slavery``, ``Organised Immigration Crime``, ``Nil``); nationality as a
    demonym (``Vietnamese``); ``Benefit fraud`` among the offences; no coordinates.
``fatf_cases_im.jsonl``
    FATF secretariat case compilation (what no desk above reports). English keys,
    ISO alpha-3 codes (some names or ISO numeric codes as delegations sent them),
    ISO dates, ``2023-05`` and ``2023-Q2``, transit routes as ``TUR-BGR-SRB``,
    coordinates rounded to three decimals, ``null`` where a delegation gave nothing.

Every cell's expected value is what a careful analyst reads from it: an ``NC`` /
``No consta`` / ``n.k.`` / ``Not known`` count is no count (the record is kept), a
``plusieurs`` / ``varios`` / ``several`` count is not a number (quarantined), a
"not known" word in a vocabulary column is ``unknown`` and in a country column no
country, a smuggling case's ``sans objet`` exploitation is no exploitation, words of
the agency's own offences outside the design's list are dropped.
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["make_blind245"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A ``blind245`` source: the shared fields plus its own wording.

    Attributes
    ----------
    style : str
        Which way it writes dates, countries, counts and places (its short name).
    words : mapping
        Column -> canonical word -> the agency's words for it.
    unknown : tuple of str
        What its clerks write when a value is not known.
    not_applicable : tuple of str
        The exploitation cell of a smuggling case (``""`` = left blank).
    zero : tuple of str
        Zero suspects written as a word.
    placeholder : tuple of str
        A count that is not known.
    offence_sep, transit_sep : str
        Separators of the linked offences and of the transit countries.
    own_offences : tuple of str
        The agency's own offences, outside the design's list of linked offences.
    """

    style: str
    words: _Words
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    zero: tuple[str, ...]
    placeholder: tuple[str, ...]
    offence_sep: str
    transit_sep: str
    own_offences: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_FR_ADJ: dict[str, tuple[str, str]] = {  # iso3 -> (masculine, feminine)
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
    "GTM": ("guatémaltèque", "guatémaltèque"),
    "HND": ("hondurien", "hondurienne"),
    "HTI": ("haïtien", "haïtienne"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "MAR": ("marocain", "marocaine"),
    "MEX": ("mexicain", "mexicaine"),
    "MLI": ("malien", "malienne"),
    "NGA": ("nigérian", "nigériane"),
    "PAK": ("pakistanais", "pakistanaise"),
    "ROU": ("roumain", "roumaine"),
    "SEN": ("sénégalais", "sénégalaise"),
    "SYR": ("syrien", "syrienne"),
    "TUN": ("tunisien", "tunisienne"),
    "TUR": ("turc", "turque"),
    "VEN": ("vénézuélien", "vénézuélienne"),
    "VNM": ("vietnamien", "vietnamienne"),
    "YEM": ("yéménite", "yéménite"),
}
_EN_DEMONYM: dict[str, str] = {
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
#: The short names a UK caseworker types.
_EN_ALIAS: dict[str, str] = {
    "GBR": "UK",
    "USA": "USA",
    "TUR": "Turkey",
    "VNM": "Vietnam",
    "CIV": "Ivory Coast",
    "SYR": "Syria",
    "RUS": "Russia",
    "MKD": "Macedonia",
    "BIH": "Bosnia",
}
#: TGSS provincial offices of the hotspots it reports.
_TGSS_DP: dict[str, str] = {
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
    "Almería": "Almería",
    "Almería (El Ejido)": "Almería",
    "Gran Canaria": "Las Palmas",
    "Lanzarote": "Las Palmas",
    "Tenerife": "S.C. Tenerife",
    "El Hierro": "S.C. Tenerife",
    "Huelva": "Huelva",
}

_URSSAF_WORDS: _Words = {
    "crime_type": {
        "trafficking": (
            "Traite des êtres humains",
            "TEH",
            "traite des êtres humains (art. 225-4-1 CP)",
        ),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "aide au séjour irrégulier",
            "Aide à l'entrée irrégulière (L.823-1 CESEDA)",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et aide au séjour irrégulier"),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": (
            "exploitation par le travail",
            "conditions de travail indignes",
            "travail forcé",
        ),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {
        "female": ("F", "femme"),
        "male": ("H", "homme"),
        "mixed": ("H/F", "mixte"),
    },
    "age_group": {
        "child": ("mineur", "mineurs"),
        "adult": ("majeur", "majeurs"),
        "mixed": ("majeurs et mineurs",),
    },
    "transport_mode": {
        "sea": ("embarcation", "voie maritime"),
        "land": ("voie terrestre", "poids lourd", "véhicule léger"),
        "air": ("voie aérienne", "avion"),
    },
    "linked_offences": {
        "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_TGSS_WORDS: _Words = {
    "crime_type": {
        "trafficking": (
            "Trata de seres humanos",
            "Trata de seres humanos (art. 177 bis CP)",
            "TSH",
        ),
        "smuggling": (
            "Inmigración clandestina (art. 318 bis CP)",
            "Favorecimiento de la inmigración irregular",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata + inmigración clandestina", "TSH y 318 bis"),
    },
    "exploitation": {
        "sexual": ("Sexual", "Explotación sexual"),
        "forced_labour": ("Laboral", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "gender": {
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Hombres"),
        "mixed": ("Ambos", "Ambos sexos"),
    },
    "age_group": {
        "child": ("Menor de edad", "Menores"),
        "adult": ("Mayor de edad", "Adultos"),
        "mixed": ("Mayores y menores",),
    },
    "transport_mode": {
        "sea": ("Embarcación",),
        "land": ("Terrestre", "Vehículo"),
        "air": ("Aéreo", "Avión"),
    },
    "linked_offences": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
}
_INPS_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Trafficking in human beings", "THB"),
        "smuggling": ("Smuggling of migrants", "Aiding illegal immigration"),
        "both": ("THB and smuggling of migrants",),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "female": ("F",),
        "male": ("M",),
        "mixed": ("M/F", "M+F"),
    },
    "age_group": {
        "child": ("minor", "minors"),
        "adult": ("adult", "adults"),
        "mixed": ("adults and minors",),
    },
    "transport_mode": {
        "sea": ("by sea", "boat"),
        "land": ("by land", "truck"),
        "air": ("by air", "flight"),
    },
    "linked_offences": {
        "document_fraud": ("document forgery", "false documents"),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_DWP_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("Modern Slavery", "Human Trafficking"),
        "smuggling": ("Organised Immigration Crime", "OIC", "People Smuggling"),
        "both": ("Modern Slavery / OIC", "Human Trafficking & People Smuggling"),
    },
    "exploitation": {
        "sexual": ("Sexual Exploitation",),
        "forced_labour": ("Labour Exploitation",),
        "forced_criminality": ("Criminal Exploitation",),
        "organ_removal": ("Organ Harvesting",),
        "forced_marriage": ("Forced Marriage",),
        "other": ("Other",),
    },
    "gender": {
        "female": ("Female",),
        "male": ("Male",),
        "mixed": ("Mixed",),
    },
    "age_group": {
        "child": ("Child (under 18)", "Under 18"),
        "adult": ("Adult (18+)", "18+"),
        "mixed": ("Adults & children",),
    },
    "transport_mode": {
        "sea": ("Sea",),
        "land": ("Lorry / HGV", "Land"),
        "air": ("Air",),
    },
    "linked_offences": {
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
}
_FATF_WORDS: _Words = {
    "crime_type": {
        "trafficking": ("human trafficking", "trafficking in persons"),
        "smuggling": ("migrant smuggling",),
        "both": ("human trafficking and migrant smuggling",),
    },
    "exploitation": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour",),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
    "age_group": {"child": ("minor",), "adult": ("adult",), "mixed": ("mixed",)},
    "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
    "linked_offences": {
        "document_fraud": ("document forgery",),
        "corruption": ("corruption and bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit trafficking in narcotic drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}

_URSSAF = _Source(
    source="urssaf_lcti_im",
    filename="urssaf_lcti_im.csv",
    ref="LCTI-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date du contrôle",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb salariés / victimes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du contrôle",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode d'acheminement",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions relevées",
    },
    note="Données provisoires - extraction LCTI hors dossiers en cours d'instruction",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=True,
    style="urssaf",
    words=_URSSAF_WORDS,
    unknown=("NR", "non renseigné"),
    not_applicable=("", "sans objet"),
    zero=("aucun", "néant"),
    placeholder=("NC", "non communiqué"),
    offence_sep=", ",
    transit_sep=" / ",
    own_offences=("travail dissimulé", "emploi d'étranger sans titre"),
)
_TGSS = _Source(
    source="tgss_fraude_im",
    filename="tgss_fraude_im.xlsx",
    ref="{year}/{seq:06d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha actuación",
        "provincial_office": "Dirección Provincial",
        "crime_type": "Tipo delictivo",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País de la actuación",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de entrada",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de validación por la Dirección Provincial",
    total="TOTAL GENERAL",
    bad_count=("varios", "varias personas"),
    repeats=False,
    style="tgss",
    words=_TGSS_WORDS,
    unknown=("No consta",),
    not_applicable=("No procede", ""),
    zero=("Ninguno",),
    placeholder=("No consta", "s/d"),
    offence_sep=" / ",
    transit_sep=", ",
    own_offences=("Contra los derechos de los trabajadores", "Defraudación a la Seguridad Social"),
)
_INPS = _Source(
    source="inps_vigilanza_im",
    filename="inps_vigilanza_im.csv",
    ref="INPS/VIG/{year}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of detection",
        "crime_type": "Offence",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age (adult/minor)",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit countries",
        "transport_mode": "Means of transport",
        "coordinates": "Coordinates (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Note: provisional figures, INPS Direzione centrale vigilanza",
    total="Total",
    bad_count=("several", "many"),
    repeats=False,
    style="inps",
    words=_INPS_WORDS,
    unknown=("n.k.",),
    not_applicable=("n.a.", ""),
    zero=("none",),
    placeholder=("n.k.",),
    offence_sep="; ",
    transit_sep=" > ",
    own_offences=("undeclared work", "social security fraud"),
)
_DWP = _Source(
    source="dwp_cfcd_im",
    filename="dwp_cfcd_im.xlsx",
    ref="FRM{yy:02d}{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "FRAIMS Ref",
        "event_date": "Date Identified",
        "crime_type": "Crime Category",
        "exploitation": "Exploitation Type",
        "n_persons": "No. Individuals",
        "n_suspects": "No. Suspects",
        "gender": "Sex",
        "age_group": "Age Band",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Identified In",
        "transit_countries": "Route (Transit Countries)",
        "transport_mode": "Mode of Entry",
        "linked_offences": "Associated Offending",
    },
    note="OFFICIAL-SENSITIVE: management information, not National Statistics",
    total="Grand Total",
    bad_count=("multiple", "various"),
    repeats=True,
    style="dwp",
    words=_DWP_WORDS,
    unknown=("Not recorded", "Not known"),
    not_applicable=("N/A", ""),
    zero=("Nil",),
    placeholder=("Not known",),
    offence_sep=", ",
    transit_sep=", ",
    own_offences=("Benefit fraud",),
)
_FATF = _Source(
    source="fatf_cases_im",
    filename="fatf_cases_im.jsonl",
    ref="FATF-{year}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "detection_date",
        "crime_type": "predicate_offence",
        "exploitation": "exploitation_purpose",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_identified",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "country_of_destination",
        "detection_country": "jurisdiction_of_detection",
        "transit_countries": "transit_route",
        "transport_mode": "transport_mode",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL (all cases)",
    bad_count=("several", "dozens"),
    repeats=False,
    style="fatf",
    words=_FATF_WORDS,
    unknown=("not specified",),
    not_applicable=("",),
    zero=(),
    placeholder=(),
    offence_sep="; ",
    transit_sep="-",
    own_offences=(),
)
_SOURCES = (_URSSAF, _TGSS, _INPS, _DWP, _FATF)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _num(src: _Source, value: int) -> object:
    """Return a count as the file holds it: text in a CSV file, a number elsewhere."""
    return str(value) if src.format == "csv" else int(value)


def _plain(text: str) -> str:
    """Text without its accents (what a legacy mainframe keeps)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slip(text: str, rng: _Rng) -> str | None:
    """Two neighbouring letters swapped inside a long name, or None if none fits."""
    if len(text) < 7 or not text.isalpha():
        return None
    i = int(rng.integers(1, len(text) - 2))
    if text[i] == text[i + 1]:
        return None
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _garble(src: _Source, text: str, rng: _Rng, tags: list[str], rate: float) -> str:
    """URSSAF's text copied from its UTF-8 web form: sometimes mojibake."""
    if src.style != "urssaf" or rng.random() >= rate:
        return text
    bad = mojibake(text)
    if bad is None or not fits(bad, src):
        return text
    tags.append("mojibake")
    return bad


def _country(
    src: _Source, code: str, rng: _Rng, tags: list[str], *, nationality: bool, female: bool
) -> str:
    """One country cell in the source's way."""
    _, en, fr, es, _, _ = COUNTRIES[code]
    r = rng.random()
    if src.style == "urssaf":
        if nationality and code in _FR_ADJ and r < 0.65:
            word = _FR_ADJ[code][1 if female else 0]
            text = word.capitalize() if rng.random() < 0.5 else word
            tags.append("nationality_adjective")
        elif r > 0.94:
            text = fr.upper()
            tags.append("upper")
        else:
            text = fr
        return _garble(src, text, rng, tags, 0.1)
    if src.style == "tgss":
        if nationality:  # the affiliation file: capitals, no accents
            tags.append("upper")
            return _plain(es).upper()
        return es
    if src.style == "inps":
        if r < 0.25:
            tags.append("iso2")
            return iso_codes(code)[0]
        if r < 0.33:
            slipped = _slip(en, rng)
            if slipped is not None:
                tags.append("typo")
                return slipped
        return en
    if src.style == "dwp":
        if nationality and code in _EN_DEMONYM and r < 0.85:
            tags.append("demonym")
            return _EN_DEMONYM[code]
        if code in _EN_ALIAS and r < 0.9:
            tags.append("alias")
            return _EN_ALIAS[code]
        return en
    # fatf: codes as the secretariat keys them, names or M49 numbers as delegations sent
    if r < 0.8:
        tags.append("iso3")
        return code
    if r < 0.95:
        return en
    tags.append("iso_numeric")
    return iso_codes(code)[1]


def _transit(src: _Source, codes: list[str], rng: _Rng, tags: list[str]) -> str:
    """Return the transit countries, in order, joined by the source's separator."""
    if src.style == "inps":  # one habit per list: names or ISO alpha-2 codes
        if rng.random() < 0.25:
            tags.append("iso2")
            return src.transit_sep.join(iso_codes(c)[0] for c in codes)
        return src.transit_sep.join(COUNTRIES[c][1] for c in codes)
    if src.style == "fatf":
        tags.append("iso3")
        return src.transit_sep.join(codes)
    parts = [_country(src, c, rng, tags, nationality=False, female=False) for c in codes]
    return src.transit_sep.join(parts)


def _word(src: _Source, column: str, canonical: str, rng: _Rng, tags: list[str]) -> str:
    """Return a vocabulary word, now and then in another case or with stray spaces."""
    text = choice(rng, src.words[column][canonical])
    if rng.random() < 0.05 and src.style != "fatf":
        move = choice(rng, ("upper", "lower", "pad"))
        tags.append("case_spacing")
        if move == "upper":
            return text.upper()
        if move == "lower":
            return text.lower()
        return f" {text}  "
    if column in ("crime_type", "exploitation"):
        return _garble(src, text, rng, tags, 0.08)
    return text


def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return the date cell, its expected day and its precision."""
    r = rng.random()
    month_rate, quarter_rate = {
        "urssaf": (0.04, 0.02),
        "tgss": (0.05, 0.03),
        "inps": (0.04, 0.03),
        "dwp": (0.05, 0.0),
        "fatf": (0.08, 0.05),
    }[src.style]
    y, m, q = ts.year, ts.month, ts.quarter
    if partial_ok and r < month_rate:
        tags.append("date_month")
        text = {
            "urssaf": f"{_FR_MONTHS[m - 1]} {y}",
            "tgss": f"{m:02d}/{y}",
            "inps": f"{m:02d}/{y}",
            "dwp": f"{MONTHS[m - 1]} {y}",
            "fatf": f"{y}-{m:02d}",
        }[src.style]
        return text, ts.to_period("M").start_time, "month"
    if partial_ok and r < month_rate + quarter_rate:
        tags.append("date_quarter")
        text = {
            "urssaf": f"T{q} {y}",
            "tgss": f"{y}T{q}",
            "inps": f"Q{q} {y}",
            "fatf": f"{y}-Q{q}",
        }[src.style]
        return text, ts.to_period("Q").start_time, "quarter"
    day = ts.normalize()
    s = rng.random()
    cell: object
    if src.style == "urssaf":
        if s < 0.1:
            tags.append("two_digit_year")
            cell = day.strftime("%d/%m/%y")
        else:
            cell = day.strftime("%d/%m/%Y")
    elif src.style == "tgss":
        if s < 0.7:
            cell = day.to_pydatetime()
        elif s < 0.8:
            tags.append("excel_serial")
            cell = int((day - _EXCEL_EPOCH).days)
        else:
            tags.append("date_text")
            cell = day.strftime("%d/%m/%Y")
    elif src.style == "inps":
        cell = day.strftime("%d.%m.%Y" if s < 0.15 else "%d/%m/%Y")
    elif src.style == "dwp":
        if s < 0.75:
            cell = day.to_pydatetime()
        elif s < 0.9:
            tags.append("date_text")
            cell = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        else:
            tags.append("date_text")
            cell = day.strftime("%d/%m/%Y")
    else:
        cell = day.strftime("%Y-%m-%d")
    return cell, day, "day"


def _persons(src: _Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return the count of persons and its expected value."""
    r = rng.random()
    if r < 0.03:
        if src.placeholder:
            tags.append("count_placeholder")
            return choice(rng, src.placeholder), None
        tags.append("count_null")
        return None, None
    seps = {"urssaf": ("\u00a0", " "), "tgss": (".",), "inps": (".",), "dwp": (",",)}
    if n >= 1000 and r < 0.75 and src.style in seps:
        tags.append("thousands")
        head, tail = divmod(n, 1000)
        return f"{head}{choice(rng, seps[src.style])}{tail:03d}", n
    return _num(src, n), n


def _suspects(
    src: _Source, k: int, rng: _Rng, tags: list[str], forced_blank: str | None
) -> tuple[object, int | None]:
    """Return the count of suspects and its expected value."""
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        return (choice(rng, src.placeholder) if src.placeholder else None), None
    if k == 0 and src.zero and r < 0.45:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    return _num(src, k), k


def _place(
    src: _Source, lat: float, lon: float, rng: _Rng, tags: list[str], forced_blank: str | None
) -> tuple[dict[str, object], float | None, float | None]:
    """Return the coordinate cells and the expected latitude and longitude."""
    if src.style in ("tgss", "dwp"):  # an address is kept, not a point
        tags.append("no_coordinates")
        return {}, None, None
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        return {}, None, None
    r = rng.random()
    if src.style == "urssaf":
        if r < 0.05:
            tags.append("coords_missing")
            return {}, None, None
        la, lo = f"{lat:.4f}", f"{lon:.4f}"
        tags.append("decimal_comma")
        return {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")}, float(la), float(lo)
    if src.style == "inps":
        if r < 0.05:
            tags.append("coords_placeholder")
            return {"coordinates": "n.a."}, None, None
        la, lo = f"{lat:.5f}", f"{lon:.5f}"
        return {"coordinates": f"{la}, {lo}"}, float(la), float(lo)
    if r < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    return {"lat": round(lat, 3), "lon": round(lon, 3)}, round(lat, 3), round(lon, 3)


def _offences(
    src: _Source, truth: str | None, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> str | None:
    """Return the linked offences in the source's words, its own offences beside them."""
    names = truth.split("|") if truth else []
    parts = [choice(rng, src.words["linked_offences"][n]) for n in names]
    labour = ev["crime_type"] != "smuggling" and ev["exploitation"] == "forced_labour"
    if src.own_offences and (labour or src.style == "dwp") and rng.random() < 0.5:
        tags.append("own_offence")
        parts.insert(int(rng.integers(len(parts) + 1)), choice(rng, src.own_offences))
    return src.offence_sep.join(parts) if parts else None


def _transport(src: _Source, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Return the transport word; sea crossings in the words of the route."""
    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    if mode == "sea" and src.style == "tgss" and corridor in ("watl", "wmed"):
        return choice(rng, ("Cayuco", "Embarcación") if corridor == "watl" else ("Patera",))
    if mode == "sea" and src.style == "dwp" and corridor == "channel":
        return "Small boat"
    return _word(src, "transport_mode", mode, rng, tags)


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
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
    if crime == "smuggling":
        cells["exploitation"] = choice(rng, src.not_applicable) or None
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, src.unknown)
        exp["exploitation"] = "unknown"
        tags.append("exploitation_unknown")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(ev["exploitation"]), rng, tags)
        exp["exploitation"] = ev["exploitation"]

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        forced_blank,
    )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.03:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags.append("gender_unknown")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng, tags), gender
    if rng.random() < 0.03:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
        tags.append("age_unknown")
    else:
        age = str(ev["age_group"])
        cells["age_group"], exp["age_group"] = _word(src, "age_group", age, rng, tags), age

    female = cells["gender"] is not None and gender == "female"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, src.unknown), None
        tags.append("nationality_unknown")
    else:
        cells["nationality"] = _country(src, nat, rng, tags, nationality=True, female=female)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = _country(src, code, rng, tags, nationality=False, female=False)
        exp[col] = code
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, det, rng, tags, nationality=False, female=False)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit:
        cells["transit_countries"] = _transit(src, str(transit).split("|"), rng, tags)
        exp["transit_countries"] = transit
    else:
        cells["transit_countries"], exp["transit_countries"] = None, None

    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
        tags.append("transport_unknown")
    else:
        cells["transport_mode"] = _transport(src, ev, rng, tags)
        exp["transport_mode"] = ev["transport_mode"]

    place, exp["lat"], exp["lon"] = _place(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        forced_blank,
    )
    cells.update(place)
    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(src, str(offences) if offences else None, ev, rng, tags)
    exp["linked_offences"] = offences or None
    if src.style == "tgss":
        cells["provincial_office"] = _TGSS_DP.get(str(ev["hotspot"]), "Servicios Centrales")
    return cells, exp, tags


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell giving no date, an impossible one or one in the future."""
    if kind == "no_date":
        return None
    y, d = ts.year, ts.day
    if kind == "bad_date":
        if src.style == "fatf":
            return choice(rng, (f"{y}-02-30", f"{y}-13-{d:02d}"))
        if src.style == "dwp":
            return choice(rng, (f"31 February {y}", f"30/02/{y}"))
        return choice(rng, (f"30/02/{y}", f"31/04/{y}", f"{d:02d}/13/{y}"))
    future = ts.normalize().replace(year=y + 10)  # a slipped key: 2023 -> 2033
    if src.format == "xlsx":
        return future.to_pydatetime()
    if src.style == "fatf":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its extraction)."""
    day = last.normalize() + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


_EXAMINER: Examiner[_Source] = Examiner(
    sources=_SOURCES,
    primary={
        "FRA": _URSSAF.source,
        "ESP": _TGSS.source,
        "ITA": _INPS.source,
        "GBR": _DWP.source,
    },
    compilation=_FATF.source,
    secondary={
        # Romanian workers posted between Spain and Italy: both institutions hold the case
        ("thb_rou_esp", "ESP"): _INPS.source,
        ("thb_rou_esp", "ITA"): _TGSS.source,
        # the money behind crossings and exploitation, sent to the FATF as case studies
        ("cmed", "ITA"): _FATF.source,
        ("thb_nga_ita", "ITA"): _FATF.source,
        ("thb_vnm_gbr", "GBR"): _FATF.source,
        ("channel", "FRA"): _FATF.source,
        ("channel", "GBR"): _FATF.source,
        ("watl", "ESP"): _FATF.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=245,
    blank_share=0.3,
)


def make_blind245(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind245`` set's five submissions (``*_im.*``).

    URSSAF (French CSV, cp1252, ``;``), TGSS (Spanish XLSX), INPS (English, UTF-16
    tab-delimited text), DWP (English XLSX) and the FATF secretariat's case compilation
    (English JSON lines); see the module's docstring for each one's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind245(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['urssaf_lcti_im.csv', 'tgss_fraude_im.xlsx', 'inps_vigilanza_im.csv',
     'dwp_cfcd_im.xlsx', 'fatf_cases_im.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[0].frame.columns[:3].tolist()
    ['N° dossier', 'Date du contrôle', 'Qualification pénale']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
