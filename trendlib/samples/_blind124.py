"""The examiner's held-out sample set ``blind124`` (files ``*_dv.*``).

Five agencies of the Benelux and western Germany, each writing the true events its own
way, none of them used in another sample set:

``mik_zeebrugge`` (``mik_zeebrugge_dv.csv``)
    The Belgian Maritime Information Crosspoint (MIK, Zeebrugge), the coast-guard
    structure that follows small boats in the southern North Sea and the Channel. An
    English watch log exported as UTF-8 with BOM, ``,``: naval date-time groups
    (``170430Z MAY 23``), positions in degrees and decimal minutes, ``POB`` counts,
    ``NIL`` for no facilitator held, nationalities as capitalised demonyms.
``zka_zvb_madrid`` (``zka_zvb_madrid_dv.xlsx``)
    The Zollkriminalamt's (Cologne) customs liaison officer at the German embassy in
    Madrid, forwarding Spanish detections in Spanish with German words of his own (``Az.``,
    ``k.A.``, ``Schleusung``, ``Marokko``): Excel dates, German ``17.05.2023`` typed as
    text and a few bare Excel serials, ``1.250`` thousands.
``cgra_cedoca`` (``cgra_cedoca_dv.csv``)
    The documentation centre (CEDOCA) of the Belgian Commissariat général aux réfugiés et
    aux apatrides, tabulating incidents from open sources for its COI notes on Greece,
    Italy and the routes into Europe. French, cp1252, ``;``, CRLF: day-first dates,
    ``mai 2023`` and ``T2 2023``, decimal commas, country names pasted from UTF-8 pages
    (mojibake ``GrÃ¨ce``), ``MENA`` and ``exploitation économique``.
``pro_asyl`` (``pro_asyl_dv.csv``)
    PRO ASYL (Frankfurt am Main), documenting border incidents on the Balkan and
    Belarus routes in English for its partners. Excel's "Unicode text" export: UTF-16
    with BOM, tab-delimited; ``17 May 2023`` dates, small counts in words, routes joined
    by arrows, GPS pairs, local country names (``Hrvatska``, ``Polska``).
``clingendael_cru`` (``clingendael_cru_dv.jsonl``)
    The Clingendael Institute's (The Hague) Conflict Research Unit incident tracker, the
    compilation: every event no other source reports (United Kingdom, Panama, United
    States). JSON lines, UTF-8; ISO dates, months and quarters; ISO alpha-3 and alpha-2
    codes, UN M49 numeric origins, transit countries as JSON arrays. Its paginated
    export re-sends a few records (exact repeats).

What a careful analyst cannot read from a cell is planted on purpose and said so in the
truth: a count written ``several`` or ``mehrere`` is a bad row; ``UNK`` or ``k.A.`` leave
the count (or the field) empty; a dash in an optional column means nothing was given.
"""

from __future__ import annotations

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

__all__ = ["BLIND124", "make_blind124"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
# iso3 -> (English, French, Spanish, German) names, written by hand for this set.
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghanistan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanien"),
    "AUT": ("Austria", "Autriche", "Austria", "Österreich"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladesch"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarien"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnien und Herzegowina",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarus"),
    "CHN": ("China", "Chine", "China", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Elfenbeinküste"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Kamerun"),
    "COL": ("Colombia", "Colombie", "Colombia", "Kolumbien"),
    "DEU": ("Germany", "Allemagne", "Alemania", "Deutschland"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerien"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Ägypten"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanien"),
    "FRA": ("France", "France", "Francia", "Frankreich"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "Vereinigtes Königreich"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia", "Griechenland"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Kroatien"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haiti"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Ungarn"),
    "IRN": ("Iran", "Iran", "Irán", "Iran"),
    "IRQ": ("Iraq", "Irak", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia", "Italien"),
    "LBY": ("Libya", "Libye", "Libia", "Libyen"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Marokko"),
    "MEX": ("Mexico", "Mexique", "México", "Mexiko"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Nordmazedonien"),
    "MLI": ("Mali", "Mali", "Malí", "Mali"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauretanien"),
    "NER": ("Niger", "Niger", "Níger", "Niger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistan"),
    "PAN": ("Panama", "Panama", "Panamá", "Panama"),
    "POL": ("Poland", "Pologne", "Polonia", "Polen"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Rumänien"),
    "RUS": ("Russia", "Russie", "Rusia", "Russland"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbien"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrien"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunesien"),
    "TUR": ("Türkiye", "Turquie", "Turquía", "Türkei"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "USA"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Jemen"),
}
_COL = {"en": 0, "fr": 1, "es": 2, "de": 3}

# English nationality adjectives, as a watch log or a testimony writes them.
_DEMONYMS: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CMR": "Cameroonian",
    "CIV": "Ivorian",
    "DZA": "Algerian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "GMB": "Gambian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "MLI": "Malian",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "SEN": "Senegalese",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
# Names in everyday English use beside the official ones.
_ALIASES_EN: dict[str, str] = {
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "BIH": "Bosnia",
    "MKD": "Macedonia",
    "GBR": "UK",
    "USA": "USA",
    "VNM": "Viet Nam",
}
# Names of the detection countries in their own language (a testimony's place names).
_LOCAL: dict[str, str] = {"HRV": "Hrvatska", "POL": "Polska", "GRC": "Hellas", "ITA": "Italia"}

_MON_EN = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTHS_EN = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_EN_NUMBERS = (
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

# canonical word -> the agency's words, per source (first = the usual one)
_Words = dict[str, tuple[str, ...]]
_CRIME: dict[str, _Words] = {
    "mik_zeebrugge": {
        "smuggling": ("MIGRANT SMUGGLING", "FACILITATION"),
        "trafficking": ("SUSPECTED THB", "THB"),
        "both": ("SMUGGLING + THB",),
    },
    "zka_zvb_madrid": {
        "smuggling": (
            "tráfico ilícito de migrantes",
            "favorecimiento de la inmigración irregular",
            "Schleusung",
        ),
        "trafficking": ("trata de seres humanos", "TSH", "Menschenhandel"),
        "both": ("trata y tráfico de migrantes", "TSH + Schleusung"),
    },
    "cgra_cedoca": {
        "smuggling": ("trafic de migrants", "trafic illicite de migrants", "passeurs"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite et trafic de migrants", "TEH + trafic"),
    },
    "pro_asyl": {
        "smuggling": ("smuggling", "people smuggling"),
        "trafficking": ("human trafficking", "trafficking"),
        "both": ("smuggling and trafficking",),
    },
    "clingendael_cru": {
        "smuggling": ("migrant smuggling",),
        "trafficking": ("human trafficking",),
        "both": ("smuggling + trafficking",),
    },
}
_EXPLOITATION: dict[str, _Words] = {
    "zka_zvb_madrid": {
        "sexual": ("explotación sexual", "sexuelle Ausbeutung"),
        "forced_labour": ("explotación laboral", "Arbeitsausbeutung"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras formas",),
    },
    "cgra_cedoca": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("exploitation économique", "travail forcé"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
    "pro_asyl": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation", "forced labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "clingendael_cru": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation",),
        "forced_criminality": ("criminal exploitation",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
}
_GENDER: dict[str, _Words] = {
    "mik_zeebrugge": {"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("MIXED",)},
    "zka_zvb_madrid": {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "hombres y mujeres"),
    },
    "cgra_cedoca": {
        "male": ("hommes", "H"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "pro_asyl": {
        "male": ("men", "male"),
        "female": ("women", "female"),
        "mixed": ("mixed", "men and women"),
    },
    "clingendael_cru": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
}
_AGE: dict[str, _Words] = {
    "mik_zeebrugge": {
        "adult": ("ADULTS",),
        "child": ("MINORS", "UAM"),
        "mixed": ("ADULTS + MINORS", "FAMILIES"),
    },
    "zka_zvb_madrid": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores",),
    },
    "cgra_cedoca": {
        "adult": ("adultes", "majeurs"),
        "child": ("mineurs", "MENA"),
        "mixed": ("adultes et mineurs", "familles avec enfants"),
    },
    "pro_asyl": {
        "adult": ("adults",),
        "child": ("minors", "unaccompanied minors"),
        "mixed": ("adults and minors", "families with children"),
    },
    "clingendael_cru": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
}
_MODE: dict[str, _Words] = {
    "mik_zeebrugge": {
        "sea": ("SMALL BOAT", "RHIB", "DINGHY"),
        "land": ("LORRY", "HGV"),
        "air": ("FLIGHT",),
    },
    "zka_zvb_madrid": {
        "sea": ("patera", "cayuco", "neumática", "embarcación"),
        "land": ("terrestre", "vehículo", "autobús"),
        "air": ("avión", "vía aérea"),
    },
    "cgra_cedoca": {
        "sea": ("embarcation", "bateau pneumatique", "voie maritime"),
        "land": ("voie terrestre", "à pied", "camion"),
        "air": ("avion", "voie aérienne"),
    },
    "pro_asyl": {
        "sea": ("boat", "dinghy", "by sea"),
        "land": ("on foot", "car", "van", "truck"),
        "air": ("flight",),
    },
    "clingendael_cru": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
}
_OFFENCES: dict[str, _Words] = {
    "mik_zeebrugge": {
        "document_fraud": ("FALSE DOCS",),
        "corruption": ("BRIBERY",),
        "money_laundering": ("MONEY LAUNDERING",),
        "illicit_goods": ("DRUGS",),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
    "zka_zvb_madrid": {
        "document_fraud": ("falsedad documental", "Urkundenfälschung"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales", "Geldwäsche"),
        "illicit_goods": ("hachís", "tabaco de contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "cgra_cedoca": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "pro_asyl": {
        "document_fraud": ("forged documents",),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "clingendael_cru": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFFENCE_SEP = {
    "mik_zeebrugge": " / ",
    "zka_zvb_madrid": "; ",
    "cgra_cedoca": " / ",
    "pro_asyl": "; ",
    "clingendael_cru": "; ",
}

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
_MIK = ExaminerSource(
    source="mik_zeebrugge",
    filename="mik_zeebrugge_dv.csv",
    ref="MIK/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "MIK Ref",
        "event_date": "DTG (Z)",
        "crime_type": "Incident type",
        "coordinates": "Position",
        "detection_country": "Coastal State",
        "n_persons": "POB",
        "gender": "Sex",
        "age_group": "Age cat.",
        "nationality": "Nationality (majority)",
        "destination_country": "Intended dest.",
        "transport_mode": "Conveyance",
        "n_suspects": "Facilitators held",
        "linked_offences": "Other offences",
    },
    note=None,
    total="TOTAL POB",
    bad_count=("MULTIPLE", "SEVERAL"),
    repeats=False,
)
_ZVB = ExaminerSource(
    source="zka_zvb_madrid",
    filename="zka_zvb_madrid_dv.xlsx",
    ref="ZVB-MAD {seq:03d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Az.",
        "event_date": "Fecha",
        "detection_country": "País detección",
        "crime_type": "Delito",
        "exploitation": "Finalidad",
        "n_persons": "Personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Tránsito",
        "destination_country": "Destino",
        "transport_mode": "Medio",
        "lat": "Lat",
        "lon": "Lon",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: datos GC/CNP facilitados al ZVB, sin verificar",
    total="SUMA",
    bad_count=("varios", "mehrere"),
    repeats=False,
)
_CEDOCA = ExaminerSource(
    source="cgra_cedoca",
    filename="cgra_cedoca_dv.csv",
    ref="CEDOCA/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Réf. COI",
        "event_date": "Date de l'incident",
        "detection_country": "Pays de l'incident",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Passeurs / auteurs",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination présumée",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Note : relevé CEDOCA établi sur sources ouvertes, chiffres non vérifiés",
    total="Total",
    bad_count=("plusieurs", "des dizaines"),
    repeats=False,
)
_PRO_ASYL = ExaminerSource(
    source="pro_asyl",
    filename="pro_asyl_dv.csv",
    ref="PA-{year}-{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of incident",
        "detection_country": "Country of incident",
        "coordinates": "GPS",
        "crime_type": "Type",
        "exploitation": "Exploitation",
        "n_persons": "Group size",
        "n_suspects": "Smugglers involved",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationalities",
        "origin_country": "Country of origin",
        "transit_countries": "Route",
        "destination_country": "Intended destination",
        "transport_mode": "Means",
        "linked_offences": "Other issues",
    },
    note="Note: testimonies collected by partners, not independently verified",
    total="Total",
    bad_count=("several", "a large group"),
    repeats=False,
)
_CRU = ExaminerSource(
    source="clingendael_cru",
    filename="clingendael_cru_dv.jsonl",
    ref="CRU-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "id",
        "event_date": "date",
        "crime_type": "category",
        "exploitation": "exploitation",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality_iso3",
        "origin_country": "origin_m49",
        "transit_countries": "transit_iso3",
        "destination_country": "destination_iso3",
        "detection_country": "country_iso2",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens"),
    repeats=True,
)
_SOURCES = (_MIK, _ZVB, _CEDOCA, _PRO_ASYL, _CRU)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _int(value: object) -> int | None:
    """Return a count of the truth as an int (None if missing)."""
    if value is None:
        return None
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if np.isnan(value) else int(value)
    return int(str(value))


def _float(value: object) -> float | None:
    """Return a coordinate of the truth as a float (None if missing)."""
    if value is None:
        return None
    out = float(str(value))
    return None if np.isnan(out) else out


def _text(value: object) -> str | None:
    """Return a text value of the truth (None if missing)."""
    return None if value is None else str(value)


def _name(iso3: str, lang: str) -> str:
    """Return the country's name in ``lang`` (``en``, ``fr``, ``es`` or ``de``)."""
    return _NAMES[iso3][_COL[lang]]


def _typo(text: str) -> str | None:
    """Swap two letters in the middle of a long name (``Senegal`` -> ``Seengal``)."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _spacing(text: str, rng: _Rng) -> str:
    """Upper-case, lower-case or pad a cell, as hand-typed cells are."""
    k = int(rng.integers(4))
    if k == 0:
        return text.upper()
    if k == 1:
        return text.lower()
    return f" {text}" if k == 2 else f"{text}  "


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Pick the usual word 60 % of the time, another of ``words`` otherwise."""
    if len(words) == 1 or rng.random() < 0.6:
        return words[0]
    return choice(rng, words[1:])


def _offences(src: str, value: str | None, rng: _Rng) -> str | None:
    """Write ``a|b`` linked offences in the source's words, in the same order."""
    if value is None:
        return None
    words = _OFFENCES[src]
    return _OFFENCE_SEP[src].join(_word(rng, words[o]) for o in value.split("|"))


def _ddm(lat: float, lon: float) -> str:
    """Write a position in degrees and decimal minutes (``50°57.31'N 001°51.07'E``)."""

    def part(value: float, width: int, pos: str, neg: str) -> str:
        hemi = pos if value >= 0 else neg
        deg = int(abs(value))
        minutes = round((abs(value) - deg) * 60, 2)
        if minutes >= 60:
            deg, minutes = deg + 1, minutes - 60
        return f"{deg:0{width}d}°{minutes:05.2f}'{hemi}"

    return f"{part(lat, 2, 'N', 'S')} {part(lon, 3, 'E', 'W')}"


def _comma(value: float, decimals: int) -> str:
    """Write a decimal number with a decimal comma."""
    return f"{value:.{decimals}f}".replace(".", ",")


def _thousands(n: int, sep: str) -> str:
    """Write ``n`` with a thousands separator (``1.250``)."""
    return f"{n:,}".replace(",", sep)


# --------------------------------------------------------------------------------------
# The agencies' rows
# --------------------------------------------------------------------------------------
_Row = tuple[dict[str, object], dict[str, object], list[str]]


def _expected(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    """Return the event's values, as a careful analyst reads them from a complete row."""
    return {
        "event_date": ts,
        "date_precision": "day",
        "crime_type": _text(ev["crime_type"]),
        "exploitation": _text(ev["exploitation"]),
        "n_persons": _int(ev["n_persons"]),
        "n_suspects": _int(ev["n_suspects"]),
        "gender": _text(ev["gender"]),
        "age_group": _text(ev["age_group"]),
        "nationality": _text(ev["nationality"]),
        "origin_country": _text(ev["origin_country"]),
        "destination_country": _text(ev["destination_country"]),
        "detection_country": _text(ev["detection_country"]),
        "transit_countries": _text(ev["transit_countries"]),
        "transport_mode": _text(ev["transport_mode"]),
        "lat": _float(ev["lat"]),
        "lon": _float(ev["lon"]),
        "linked_offences": _text(ev["linked_offences"]),
    }


def _vocab(
    src: str, table: dict[str, _Words], col: str, exp: dict[str, object], rng: _Rng
) -> str | None:
    """Write a vocabulary value of ``exp`` in the source's words."""
    value = exp[col]
    if value is None:
        return None
    return _word(rng, table[src][str(value)])


def _mik(ev: dict[str, object], ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Row:
    """Write a row of the MIK watch log: DTG, DDM positions, POB, demonyms, upper case."""
    src = "mik_zeebrugge"
    exp = _expected(ev, ts)
    tags: list[str] = ["dtg_date"]
    cells: dict[str, object] = {}
    hour, minute = int(rng.integers(1, 22)), int(rng.integers(0, 60))
    cells["event_date"] = f"{ts.day:02d}{hour:02d}{minute:02d}Z {_MON_EN[ts.month - 1]} {ts:%y}"
    cells["crime_type"] = _vocab(src, _CRIME, "crime_type", exp, rng)
    # no exploitation column: a trafficking row's form is unknown
    crime = exp["crime_type"]
    exp["exploitation"] = "unknown" if crime in ("trafficking", "both") else None
    exp["origin_country"] = exp["transit_countries"] = None  # no such columns
    lat, lon = exp["lat"], exp["lon"]
    r = rng.random()
    if lat is None or lon is None or r < 0.03:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.07:
        cells["coordinates"] = "N/K"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells["coordinates"] = _ddm(float(lat), float(lon))  # type: ignore[arg-type]
        tags.append("ddm_coords")
    det = str(exp["detection_country"])
    cells["detection_country"] = "UK" if det == "GBR" else iso_codes(det)[0]
    tags.append("iso2:detection_country")
    n = _int(ev["n_persons"])
    if rng.random() < 0.03:
        cells["n_persons"] = "UNK"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev["n_suspects"])
    if rng.random() < 0.04:
        cells["n_suspects"] = "UNK"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0:
        cells["n_suspects"] = "NIL"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = _vocab(src, _GENDER, "gender", exp, rng)
    if rng.random() < 0.03:
        cells["age_group"] = "N/K"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab(src, _AGE, "age_group", exp, rng)
    nat = str(exp["nationality"])
    r = rng.random()
    if r < 0.03:
        cells["nationality"] = "N/K"
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif r < 0.12:
        cells["nationality"] = nat
        tags.append("iso3:nationality")
    elif nat in _DEMONYMS:
        cells["nationality"] = _DEMONYMS[nat].upper()
        tags.append("demonym:nationality")
    else:
        cells["nationality"] = _name(nat, "en").upper()
    dest = str(exp["destination_country"])
    cells["destination_country"] = "UK" if dest == "GBR" else _name(dest, "en").upper()
    cells["transport_mode"] = _vocab(src, _MODE, "transport_mode", exp, rng)
    off = _offences(src, _text(exp["linked_offences"]), rng)
    cells["linked_offences"] = off
    return cells, exp, tags


def _zvb(ev: dict[str, object], ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Row:
    """Write a row of the customs liaison officer's workbook (Spanish, some German)."""
    src = "zka_zvb_madrid"
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}
    r = rng.random()
    if r < 0.65:
        cells["event_date"] = ts.to_pydatetime()
    elif r < 0.88:
        cells["event_date"] = f"{ts:%d.%m.%Y}"
        tags.append("text_date")
    else:
        cells["event_date"] = int((ts - _EXCEL_EPOCH).days)
        tags.append("excel_serial")
    det = str(exp["detection_country"])
    r = rng.random()
    if r < 0.8:
        cells["detection_country"] = _name(det, "es")
    elif r < 0.9:
        cells["detection_country"] = iso_codes(det)[0]
        tags.append("iso2:detection_country")
    else:
        cells["detection_country"] = _name(det, "de")
        tags.append("german:detection_country")
    cells["crime_type"] = _vocab(src, _CRIME, "crime_type", exp, rng)
    if exp["exploitation"] is not None and rng.random() < 0.05:
        cells["exploitation"] = "k.A."
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _vocab(src, _EXPLOITATION, "exploitation", exp, rng)
    n = _int(ev["n_persons"]) or 0
    if rng.random() < 0.03:
        cells["n_persons"] = "k.A."
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000 and rng.random() < 0.5:
        cells["n_persons"] = _thousands(n, ".")
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = n
    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.04:
        cells["n_suspects"] = "k.A."
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"] = choice(rng, ("ninguno", "keine"))
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k
    cells["gender"] = _vocab(src, _GENDER, "gender", exp, rng)
    if rng.random() < 0.03:
        cells["age_group"] = "k.A."
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab(src, _AGE, "age_group", exp, rng)
    for col in ("nationality", "origin_country"):
        iso = str(exp[col])
        r = rng.random()
        if r < 0.03:
            cells[col] = "k.A."
            exp[col] = None
            tags.append(f"blank_{col}")
        elif r < 0.18:
            cells[col] = _name(iso, "de")
            tags.append(f"german:{col}")
        elif r < 0.23 and _typo(_name(iso, "es")) is not None:
            cells[col] = _typo(_name(iso, "es"))
            tags.append(f"typo:{col}")
        elif r < 0.27:
            cells[col] = _spacing(_name(iso, "es"), rng)
            tags.append(f"case:{col}")
        else:
            cells[col] = _name(iso, "es")
    transit = _text(exp["transit_countries"])
    cells["transit_countries"] = (
        None if transit is None else " - ".join(_name(c, "es") for c in transit.split("|"))
    )
    cells["destination_country"] = _name(str(exp["destination_country"]), "es")
    cells["transport_mode"] = _vocab(src, _MODE, "transport_mode", exp, rng)
    lat, lon = exp["lat"], exp["lon"]
    r = rng.random()
    if lat is None or lon is None or r < 0.04:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.2:
        cells["lat"] = _comma(float(lat), 5)  # type: ignore[arg-type]
        cells["lon"] = _comma(float(lon), 5)  # type: ignore[arg-type]
        tags.append("comma_decimal")
    else:
        cells["lat"], cells["lon"] = lat, lon
    cells["linked_offences"] = _offences(src, _text(exp["linked_offences"]), rng)
    return cells, exp, tags


def _french(iso: str, col: str, rng: _Rng, tags: list[str], *, plain: float = 0.8) -> str:
    """Write a country as CEDOCA does: French name, pasted mojibake, typo, code or case."""
    name = _name(iso, "fr")
    r = rng.random()
    if r < plain:
        return name
    garbled = mojibake(name)
    if r < plain + 0.08 and garbled is not None:
        tags.append(f"mojibake:{col}")
        return garbled
    typo = _typo(name)
    if r < plain + 0.12 and typo is not None:
        tags.append(f"typo:{col}")
        return typo
    if r < plain + 0.15:
        tags.append(f"iso3:{col}")
        return iso
    tags.append(f"case:{col}")
    return _spacing(name, rng)


def _cedoca(ev: dict[str, object], ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Row:
    """CEDOCA's open-source incident table: French, day-first, partial dates."""
    src = "cgra_cedoca"
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}
    r = rng.random()
    if partial_ok and r < 0.1:
        cells["event_date"] = f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("partial_date")
    elif partial_ok and r < 0.17:
        cells["event_date"] = f"T{ts.quarter} {ts.year}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("partial_date")
    elif r < 0.85:
        cells["event_date"] = f"{ts:%d/%m/%Y}"
    else:
        cells["event_date"] = f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}"
        tags.append("long_date")
    cells["detection_country"] = _french(
        str(exp["detection_country"]), "detection_country", rng, tags, plain=0.9
    )
    cells["crime_type"] = _vocab(src, _CRIME, "crime_type", exp, rng)
    if exp["exploitation"] is not None and rng.random() < 0.05:
        cells["exploitation"] = "non précisé"
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _vocab(src, _EXPLOITATION, "exploitation", exp, rng)
    n = _int(ev["n_persons"]) or 0
    if rng.random() < 0.03:
        cells["n_persons"] = "inconnu"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, choice(rng, (" ", "\u00a0")))
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.04:
        cells["n_suspects"] = choice(rng, ("?", "non précisé"))
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.6:
        cells["n_suspects"] = "aucun"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = _vocab(src, _GENDER, "gender", exp, rng)
    if rng.random() < 0.03:
        cells["age_group"] = "non précisé"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab(src, _AGE, "age_group", exp, rng)
    if rng.random() < 0.03:
        cells["nationality"] = "inconnue"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _french(str(exp["nationality"]), "nationality", rng, tags)
    cells["origin_country"] = _french(str(exp["origin_country"]), "origin_country", rng, tags)
    transit = _text(exp["transit_countries"])
    cells["transit_countries"] = (
        None if transit is None else ", ".join(_name(c, "fr") for c in transit.split("|"))
    )
    cells["destination_country"] = _name(str(exp["destination_country"]), "fr")
    if rng.random() < 0.03:
        cells["transport_mode"] = "non précisé"
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _vocab(src, _MODE, "transport_mode", exp, rng)
    lat, lon = exp["lat"], exp["lon"]
    if lat is None or lon is None or rng.random() < 0.06:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"] = _comma(float(lat), 4)  # type: ignore[arg-type]
        cells["lon"] = _comma(float(lon), 4)  # type: ignore[arg-type]
        tags.append("comma_decimal")
    cells["linked_offences"] = _offences(src, _text(exp["linked_offences"]), rng)
    return cells, exp, tags


def _english(iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Write a country as a PRO ASYL testimony does: name, adjective, alias or typo."""
    name = _name(iso, "en")
    r = rng.random()
    if r < 0.15 and iso in _DEMONYMS and col == "nationality":
        tags.append(f"demonym:{col}")
        return _DEMONYMS[iso]
    if r < 0.22 and iso in _ALIASES_EN:
        tags.append(f"alias:{col}")
        return _ALIASES_EN[iso]
    typo = _typo(name)
    if r < 0.26 and typo is not None:
        tags.append(f"typo:{col}")
        return typo
    if r < 0.3:
        tags.append(f"case:{col}")
        return _spacing(name, rng)
    return name


def _pro_asyl(ev: dict[str, object], ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Row:
    """PRO ASYL's incident list: English, long dates, words for small groups."""
    src = "pro_asyl"
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}
    r = rng.random()
    if partial_ok and r < 0.1:
        cells["event_date"] = f"{_MONTHS_EN[ts.month - 1]} {ts.year}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("partial_date")
    elif r < 0.85:
        cells["event_date"] = f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
        tags.append("long_date")
    else:
        cells["event_date"] = f"{ts:%d.%m.%Y}"
    det = str(exp["detection_country"])
    if det in _LOCAL and rng.random() < 0.25:
        cells["detection_country"] = _LOCAL[det]
        tags.append("local_name:detection_country")
    else:
        cells["detection_country"] = _name(det, "en")
    lat, lon = exp["lat"], exp["lon"]
    if lat is None or lon is None or rng.random() < 0.08:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["coordinates"] = f"{lat:.5f}, {lon:.5f}"
        tags.append("coords_pair")
    cells["crime_type"] = _vocab(src, _CRIME, "crime_type", exp, rng)
    if exp["exploitation"] is not None and rng.random() < 0.05:
        cells["exploitation"] = "unclear"
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _vocab(src, _EXPLOITATION, "exploitation", exp, rng)
    n = _int(ev["n_persons"]) or 0
    r = rng.random()
    if r < 0.03:
        cells["n_persons"] = "unknown"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n < len(_EN_NUMBERS) and r < 0.2:
        cells["n_persons"] = _EN_NUMBERS[n]
        tags.append("count_word")
    elif n >= 1000:
        cells["n_persons"] = _thousands(n, ",")
        tags.append("thousands:n_persons")
    else:
        cells["n_persons"] = str(n)
    k = _int(ev["n_suspects"])
    r = rng.random()
    if r < 0.04:
        cells["n_suspects"] = "unknown"
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.55:
        cells["n_suspects"] = "none"
        tags.append("zero_word")
    else:
        cells["n_suspects"] = str(k)
    cells["gender"] = _vocab(src, _GENDER, "gender", exp, rng)
    if rng.random() < 0.03:
        cells["age_group"] = "unclear"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab(src, _AGE, "age_group", exp, rng)
    cells["nationality"] = _english(str(exp["nationality"]), "nationality", rng, tags)
    cells["origin_country"] = _english(str(exp["origin_country"]), "origin_country", rng, tags)
    transit = _text(exp["transit_countries"])
    cells["transit_countries"] = (
        None
        if transit is None
        else " → ".join(_ALIASES_EN.get(c, _name(c, "en")) for c in transit.split("|"))
    )
    cells["destination_country"] = _name(str(exp["destination_country"]), "en")
    cells["transport_mode"] = _vocab(src, _MODE, "transport_mode", exp, rng)
    cells["linked_offences"] = _offences(src, _text(exp["linked_offences"]), rng)
    return cells, exp, tags


def _cru(ev: dict[str, object], ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Row:
    """Write a record of the tracker: codes, ISO dates, months and quarters."""
    src = "clingendael_cru"
    exp = _expected(ev, ts)
    tags: list[str] = []
    cells: dict[str, object] = {}
    r = rng.random()
    if partial_ok and r < 0.1:
        cells["event_date"] = f"{ts:%Y-%m}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("partial_date")
    elif partial_ok and r < 0.16:
        cells["event_date"] = f"{ts.year}-Q{ts.quarter}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("partial_date")
    else:
        cells["event_date"] = f"{ts:%Y-%m-%d}"
    cells["crime_type"] = _vocab(src, _CRIME, "crime_type", exp, rng)
    if exp["exploitation"] is not None and rng.random() < 0.05:
        cells["exploitation"] = "unknown"
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _vocab(src, _EXPLOITATION, "exploitation", exp, rng)
    if rng.random() < 0.03:
        cells["n_persons"] = "unknown"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _int(ev["n_persons"])
    if rng.random() < 0.04:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"] = _int(ev["n_suspects"])
    cells["gender"] = exp["gender"]
    if rng.random() < 0.03:
        cells["age_group"] = "unknown"
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _vocab(src, _AGE, "age_group", exp, rng)
    if rng.random() < 0.03:
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = exp["nationality"]
    cells["origin_country"] = iso_codes(str(exp["origin_country"]))[1]
    tags.append("numeric:origin_country")
    transit = _text(exp["transit_countries"])
    cells["transit_countries"] = None if transit is None else transit.split("|")
    cells["destination_country"] = exp["destination_country"]
    cells["detection_country"] = iso_codes(str(exp["detection_country"]))[0]
    cells["transport_mode"] = exp["transport_mode"]
    lat, lon = exp["lat"], exp["lon"]
    if lat is None or lon is None or rng.random() < 0.05:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"], cells["lon"] = lat, lon
    cells["linked_offences"] = _offences(src, _text(exp["linked_offences"]), rng)
    return cells, exp, tags


_WRITERS = {
    "mik_zeebrugge": _mik,
    "zka_zvb_madrid": _zvb,
    "cgra_cedoca": _cedoca,
    "pro_asyl": _pro_asyl,
    "clingendael_cru": _cru,
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells, exp, tags = _WRITERS[src.source](ev, ts, rng, partial_ok)
    if forced_blank is not None:  # a second report that leaves one field out
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                if key in src.headers:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        tags.append(f"blank_{forced_blank}")
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    day = 30 + int(rng.integers(2))  # 30 or 31 February
    if kind == "bad_date":
        return {
            "mik_zeebrugge": f"{day}{int(rng.integers(1, 22)):02d}00Z FEB {ts:%y}",
            "zka_zvb_madrid": f"{day}.02.{ts.year}",
            "cgra_cedoca": f"{day}/02/{ts.year}",
            "pro_asyl": f"{day} February {ts.year}",
            "clingendael_cru": f"{ts.year}-02-{day}",
        }[src.source]
    leap_day = ts.month == 2 and ts.day == 29
    fut = (ts.replace(day=28) if leap_day else ts).replace(year=ts.year + 10)
    return {
        "mik_zeebrugge": f"{fut.day:02d}1200Z {_MON_EN[fut.month - 1]} {fut:%y}",
        "zka_zvb_madrid": f"{fut:%d.%m.%Y}",
        "cgra_cedoca": f"{fut:%d/%m/%Y}",
        "pro_asyl": f"{fut.day} {_MONTHS_EN[fut.month - 1]} {fut.year}",
        "clingendael_cru": f"{fut:%Y-%m-%d}",
    }[src.source]


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date a clerk writes on the note row: the day of the file's last row."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == "pro_asyl":
        return f"{last.day} {_MONTHS_EN[last.month - 1]} {last.year}"
    return f"{last:%d/%m/%Y}"


#: The ``blind124`` examiner: its five sources and who reports what.
BLIND124: Examiner[ExaminerSource] = Examiner(
    sources=_SOURCES,
    primary={
        "FRA": "mik_zeebrugge",
        "ESP": "zka_zvb_madrid",
        "GRC": "cgra_cedoca",
        "ITA": "cgra_cedoca",
        "HRV": "pro_asyl",
        "POL": "pro_asyl",
    },
    compilation="clingendael_cru",
    secondary={
        ("channel", "GBR"): "mik_zeebrugge",
        ("channel", "FRA"): "clingendael_cru",
        ("cmed", "ITA"): "pro_asyl",
        ("emed", "GRC"): "pro_asyl",
        ("thb_nga_ita", "ITA"): "clingendael_cru",
        ("wbal", "HRV"): "cgra_cedoca",
        ("blr_pol", "POL"): "cgra_cedoca",
        ("watl", "ESP"): "cgra_cedoca",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=124,
    blank_share=0.35,
)


def make_blind124(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind124`` agencies would send them.

    The Belgian MIK (English CSV, UTF-8 with BOM), the customs liaison officer in Madrid
    (Spanish XLSX with German words), CEDOCA (French CSV, cp1252, ``;``), PRO ASYL
    (English, UTF-16 tab-delimited) and the Clingendael tracker (JSON lines, the
    compilation). Each event is first reported by the agency of its detection country
    (the tracker for the others); about 4 % are reported again by a second agency; bad
    rows, a note, a total and an empty CSV row are planted and described in the truth.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per agency, with its expected rows (``expected``).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind124(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['mik_zeebrugge_dv.csv', 'zka_zvb_madrid_dv.xlsx', 'cgra_cedoca_dv.csv',
     'pro_asyl_dv.csv', 'clingendael_cru_dv.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-16', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[0].frame.columns[:3].tolist()
    ['MIK Ref', 'DTG (Z)', 'Incident type']
    """
    return make_examined(BLIND124, truth, seed=seed)
