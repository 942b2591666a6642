"""Examiner sample set ``blind130`` (files ``*_eb.*``): NGOs and a think tank on the routes.

Five sources the project never used, each writing the way its own tools and staff do:

``mediterranean_hope_eb.jsonl``
    Mediterranean Hope, the refugee and migrant programme of the Federation of Protestant
    Churches in Italy (observatory on Lampedusa, house in Scicli near Pozzallo, labour desk
    for farm workers in Rosarno). English JSON lines from its case database: ISO dates (a
    few with the time, monthly entries of the labour desk as ``2023-05``), demonyms for
    nationality, the intended destination as the UN M49 numeric code of the form's pick
    list, GPS as one ``"lat, lon"`` string, ``"unknown"`` counts.
``savethechildren_es_eb.xlsx``
    Save the Children Spain, its teams at the points of arrival (Frontera Sur, Ceuta,
    Melilla, Canarias) and its child-protection caseload. Spanish workbook: real Excel
    dates and a few typed ones (day first), quarters ``T2 2023`` for exploitation cases
    known only by quarter, ``NNA`` (niños, niñas y adolescentes) for children, boat words
    (patera, cayuco, neumática), Spanish country names with a few pasted from a UTF-8 file
    read as cp1252 (``RumanÃ­a``), ``s/d`` counts, the Excel error ``#¡VALOR!``.
``gcr_greece_eb.csv``
    Greek Council for Refugees, legal aid on Lesbos, Samos and in Evros. English, saved by
    Excel as "Unicode Text" (UTF-16 with BOM, tab-separated) and renamed ``.csv``: day-first
    dates (``17/05/2023``, a few ``05/2023``), demonyms or proGres ISO3 codes for
    nationality, routes as ``Iran > Turkey``, ``M``/``F``/``M/F``, ``UAM`` for unaccompanied
    minors, coordinates in degrees, minutes and seconds.
``wola_border_eb.csv``
    WOLA (Washington Office on Latin America) border-update tracker of the Darién and the
    US–Mexico border. English, UTF-8 with BOM, ``,``: US month-first dates (``05/17/2023``,
    ``May 17, 2023``, ``May 2023``), thousands with commas, ``U.S.``, ``UAC``, press words
    for unreadable counts (``dozens``).
``fidh_migrations_eb.csv``
    FIDH (Fédération internationale pour les droits humains), migrants' rights desk: the
    compilation of what no primary source reports (Channel, Croatia, Poland, United
    Kingdom) and a second report of some events of the others. French, cp1252, ``;``:
    ``17/05/2023``, ``17 mai 2023``, ``mai 2023``, ``T2 2023``; counts with a no-break space
    or in words (``trois``); ``small boat`` as the Calais press writes it; no coordinates.

Each row's truth is what a careful analyst reads from its cells: a count cell meaning "not
known" keeps the record with no count, a word that is no number (``dozens``) quarantines
it; an unknown gender is ``unknown``; a missing or unknown place gives no coordinates.
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

__all__ = ["BLIND130", "SOURCES", "make_blind130"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# iso3 -> (English, French, Spanish, English demonym)
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian"),
    "CHN": ("China", "Chine", "China", "Chinese"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Ivorian"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean"),
    "ESP": ("Spain", "Espagne", "España", "Spanish"),
    "FRA": ("France", "France", "Francia", "French"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi"),
    "ITA": ("Italy", "Italie", "Italia", "Italian"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonian"),
    "MLI": ("Mali", "Mali", "Malí", "Malian"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
# Other names a writer of that language uses for the same country.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "TUR": ("Türkiye",),
        "USA": ("U.S.", "USA", "US"),
        "GBR": ("UK",),
        "VNM": ("Viet Nam",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
        "IRN": ("Islamic Republic of Iran",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "BLR": ("Bélarus",),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
    },
    "es": {
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "CIV": ("Côte d'Ivoire",),
    },
}
# Small slips of the keyboard a careful reader still reads.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "BGD": "Bangaldesh",
        "VEN": "Venezuala",
        "GTM": "Guatamala",
        "ECU": "Equador",
        "COL": "Columbia",
        "PAK": "Pakisatn",
        "TUN": "Tunesia",
    },
    "fr": {"AFG": "Afganistan", "ERI": "Erythrée", "IRQ": "Iraq", "ALB": "Albanine"},
    "es": {"MAR": "Marruceos", "DZA": "Argelía", "SEN": "Senagal", "GMB": "Gamiba"},
}

_WORD_NUMBERS_FR = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit")


@dataclass(frozen=True)
class _Words:
    """One source's words for the record's vocabularies and its placeholders."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    sea: tuple[str, ...]
    land: tuple[str, ...]
    air: tuple[str, ...]
    offences: dict[str, tuple[str, ...]]
    offence_sep: tuple[str, ...]
    transit_sep: str
    direct: str | None  # written for a direct route (None: empty cell)
    unknown: tuple[str, ...]  # a category or country not known
    count_unknown: tuple[str, ...]  # a count not known
    zero: tuple[str, ...]  # no suspect
    no_expl: str | None  # exploitation cell of a smuggling row


_MH = _Words(
    crime={
        "trafficking": ("Trafficking in human beings", "THB", "Trafficking"),
        "smuggling": ("Smuggling of migrants", "SoM", "Smuggling"),
        "both": ("Trafficking and smuggling", "THB/SoM"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "sexual exploitation"),
        "forced_labour": ("Labour exploitation (caporalato)", "Labour exploitation"),
        "forced_criminality": ("Forced criminal activities",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Women", "Female"),
        "male": ("Men", "Male"),
        "mixed": ("Men and women", "Mixed"),
    },
    age={
        "child": ("Minors", "UASC"),
        "adult": ("Adults",),
        "mixed": ("Adults and minors", "Mixed ages"),
    },
    sea=("Boat", "Sea arrival", "Metal boat", "Rubber boat"),
    land=("Overland", "By road"),
    air=("Flight", "By air"),
    offences={
        "document_fraud": ("forged documents", "document fraud"),
        "money_laundering": ("money laundering",),
        "cybercrime": ("cybercrime",),
        "corruption": ("corruption",),
        "illicit_goods": ("drug trafficking",),
        "terrorism": ("terrorism",),
    },
    offence_sep=("; ",),
    transit_sep=", ",
    direct="direct",
    unknown=("unknown", "not known"),
    count_unknown=("unknown",),
    zero=("none",),
    no_expl=None,
)
_STC = _Words(
    crime={
        "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
        "smuggling": ("Tráfico ilícito de migrantes", "TIM", "Tráfico de migrantes"),
        "both": ("Trata y tráfico", "TSH + TIM"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Laboral (campo)"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={
        "female": ("Mujeres", "Femenino"),
        "male": ("Hombres", "Masculino"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "child": ("NNA", "Menores", "NNA no acompañados"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    sea=("Patera", "Neumática", "Marítimo"),
    land=("Terrestre", "Furgoneta", "Autobús"),
    air=("Avión", "Aéreo"),
    offences={
        "document_fraud": ("Falsedad documental",),
        "money_laundering": ("Blanqueo de capitales", "Blanqueo"),
        "cybercrime": ("Ciberdelito",),
        "corruption": ("Cohecho",),
        "illicit_goods": ("Tráfico de drogas",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=(", ", " y "),
    transit_sep=" - ",
    direct=None,
    unknown=("Desconocido", "s/d", "No consta"),
    count_unknown=("s/d", "desconocido"),
    zero=("ninguno", "0"),
    no_expl=None,
)
_GCR = _Words(
    crime={
        "trafficking": ("Trafficking", "THB"),
        "smuggling": ("Smuggling", "Migrant smuggling"),
        "both": ("Smuggling & trafficking",),
    },
    exploitation={
        "sexual": ("Sexual",),
        "forced_labour": ("Labour", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("F",), "male": ("M",), "mixed": ("M/F", "Mixed")},
    age={
        "child": ("Minor", "UAM"),
        "adult": ("Adult",),
        "mixed": ("Adults & minors",),
    },
    sea=("Dinghy", "Boat", "Sea"),
    land=("Land", "On foot"),
    air=("Air",),
    offences={
        "document_fraud": ("document fraud", "forgery"),
        "money_laundering": ("money laundering",),
        "cybercrime": ("cybercrime",),
        "corruption": ("corruption",),
        "illicit_goods": ("drugs",),
        "terrorism": ("terrorism",),
    },
    offence_sep=(", ",),
    transit_sep=" > ",
    direct=None,
    unknown=("n/k", "unknown"),
    count_unknown=("n/k", "unknown"),
    zero=("none", "0"),
    no_expl="N/A",
)
_WOLA = _Words(
    crime={
        "trafficking": ("Human trafficking", "Trafficking"),
        "smuggling": ("Migrant smuggling", "Smuggling"),
        "both": ("Smuggling/trafficking",),
    },
    exploitation={
        "sexual": ("Sex trafficking", "Sexual exploitation"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={
        "female": ("Women", "Female"),
        "male": ("Men", "Male"),
        "mixed": ("Mixed", "Men & women"),
    },
    age={
        "child": ("Minors", "UAC", "Children"),
        "adult": ("Adults",),
        "mixed": ("Adults & children",),
    },
    sea=("Boat",),
    land=("On foot", "Land", "Vehicle", "Tractor-trailer"),
    air=("Air",),
    offences={
        "document_fraud": ("document fraud",),
        "money_laundering": ("money laundering",),
        "cybercrime": ("cybercrime",),
        "corruption": ("bribery",),
        "illicit_goods": ("drug smuggling", "contraband"),
        "terrorism": ("terrorism",),
    },
    offence_sep=(", ", "; "),
    transit_sep=", ",
    direct=None,
    unknown=("unknown", "N/A"),
    count_unknown=("not reported", "unknown"),
    zero=("none", "0"),
    no_expl=None,
)
_FIDH = _Words(
    crime={
        "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
        "smuggling": ("Trafic de migrants", "Aide à l'entrée irrégulière"),
        "both": ("Traite et trafic",),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Exploitation par le travail", "Travail forcé"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={
        "female": ("Femmes",),
        "male": ("Hommes",),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    age={
        "child": ("Mineurs", "MNA"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs",),
    },
    sea=("Small boat", "Embarcation", "Maritime"),
    land=("Voie terrestre", "Camion", "Poids lourd"),
    air=("Voie aérienne", "Avion"),
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "money_laundering": ("Blanchiment",),
        "cybercrime": ("Cybercriminalité",),
        "corruption": ("Corruption",),
        "illicit_goods": ("Stupéfiants",),
        "terrorism": ("Terrorisme",),
    },
    offence_sep=(", ", " / "),
    transit_sep=", ",
    direct=None,
    unknown=("inconnu", "NC"),
    count_unknown=("NC", "inconnu"),
    zero=("aucun", "0"),
    no_expl=None,
)

SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source="mediterranean_hope",
        filename="mediterranean_hope_eb.jsonl",
        ref="MH-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "date_of_event",
            "crime_type": "case_category",
            "exploitation": "exploitation_type",
            "n_persons": "people_involved",
            "n_suspects": "alleged_facilitators",
            "gender": "sex",
            "age_group": "age_bracket",
            "nationality": "main_nationality",
            "origin_country": "country_of_origin",
            "transit_countries": "transit_route",
            "destination_country": "intended_destination",
            "detection_country": "country",
            "transport_mode": "arrival_mode",
            "coordinates": "gps",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "many"),
        repeats=False,
    ),
    ExaminerSource(
        source="savethechildren_es",
        filename="savethechildren_es_eb.xlsx",
        ref="STC-FS/{year}/{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº caso",
            "event_date": "Fecha llegada / detección",
            "detection_country": "País de detección",
            "crime_type": "Tipología delictiva",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio",
            "n_suspects": "Nº presuntos autores",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Datos provisionales, pendientes de validación por la coordinación Frontera Sur",
        total="TOTAL GENERAL",
        bad_count=("varios", "#¡VALOR!"),
        repeats=True,
    ),
    ExaminerSource(
        source="gcr_greece",
        filename="gcr_greece_eb.csv",
        ref="GCR/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "GCR file no.",
            "event_date": "Date of incident",
            "detection_country": "Country",
            "coordinates": "Coordinates",
            "crime_type": "Offence",
            "exploitation": "Type of exploitation",
            "n_persons": "No. of persons",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route",
            "destination_country": "Final destination",
            "transport_mode": "Means",
            "n_suspects": "No. of smugglers/traffickers",
            "linked_offences": "Other offences",
        },
        note="Note: figures provisional, pending verification by the legal unit",
        total="Total",
        bad_count=("several", "a group"),
        repeats=False,
    ),
    ExaminerSource(
        source="wola_border",
        filename="wola_border_eb.csv",
        ref="WBU-{year}-{seq:04d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "ID",
            "event_date": "Date",
            "detection_country": "Country",
            "crime_type": "Type",
            "exploitation": "Exploitation",
            "n_persons": "Migrants",
            "n_suspects": "Suspects",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "transit_countries": "Transit",
            "destination_country": "Destination",
            "gender": "Sex",
            "age_group": "Age group",
            "transport_mode": "Mode",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Related crimes",
        },
        note="Source: CBP, SENAFRONT, Migración Panamá and press; compiled by WOLA",
        total="Total",
        bad_count=("dozens", "hundreds"),
        repeats=True,
    ),
    ExaminerSource(
        source="fidh_migrations",
        filename="fidh_migrations_eb.csv",
        ref="FIDH-MIG-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "Réf.",
            "event_date": "Date des faits",
            "detection_country": "Pays",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de personnes",
            "n_suspects": "Nb de mis en cause",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "transport_mode": "Mode de transport",
            "linked_offences": "Infractions connexes",
        },
        note="Note : données compilées à partir de sources ouvertes, non exhaustives",
        total="TOTAL",
        bad_count=("plusieurs dizaines", "nombreux"),
        repeats=False,
    ),
)
_WORDS = {
    "mediterranean_hope": _MH,
    "savethechildren_es": _STC,
    "gcr_greece": _GCR,
    "wola_border": _WOLA,
    "fidh_migrations": _FIDH,
}


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _country(src: ExaminerSource, iso: str, col: str, rng: _Rng, tags: list[str]) -> str:
    """Write one country as the source does; tag what a reader must undo."""
    lang = src.language
    name = _name(iso, lang)
    r = rng.random()
    s = src.source
    if s == "mediterranean_hope":
        if col == "destination_country":  # the form's pick list stores UN M49 codes
            return iso_codes(iso)[1]
        if col == "detection_country":
            return "IT" if r < 0.3 else name
        if col == "nationality":
            if r < 0.85:
                return _NAMES[iso][3]
            if r < 0.92 and iso in _ALIASES["en"]:
                tags.append(f"alias:{col}")
                return _ALIASES["en"][iso][0]
            return name
    elif s == "savethechildren_es":
        if r < 0.06:
            garbled = mojibake(name)
            if garbled is not None:
                tags.append(f"mojibake:{col}")
                return garbled
        if r < 0.14:
            return name.upper()
        if r < 0.19:
            tags.append(f"iso2:{col}")
            return iso_codes(iso)[0]
    elif s == "gcr_greece":
        if col == "nationality":
            if r < 0.25:  # proGres country codes
                tags.append(f"iso3:{col}")
                return iso
            return _NAMES[iso][3]
        if col == "detection_country":
            return choice(rng, ("Greece", "Greece", "GR", "Hellas"))
    elif s == "wola_border":
        if iso == "USA":
            return choice(rng, ("U.S.", "United States", "USA"))
        if iso == "MEX" and r < 0.3:
            return "México"
    else:  # fidh_migrations
        if r < 0.07:
            tags.append(f"iso3:{col}")
            return iso
        if r < 0.12:
            return name.upper()
    if r > 0.96 and iso in _TYPOS.get(lang, {}):
        tags.append(f"typo:{col}")
        return _TYPOS[lang][iso]
    if 0.9 < r <= 0.96 and iso in _ALIASES.get(lang, {}):
        tags.append(f"alias:{col}")
        return choice(rng, _ALIASES[lang][iso])
    return name


def _noise(text: str, rng: _Rng, tags: list[str], col: str) -> str:
    """Change the case or spacing of a few cells, as typists do."""
    r = rng.random()
    if r < 0.03:
        tags.append(f"case:{col}")
        return text.lower()
    if r < 0.05:
        tags.append(f"case:{col}")
        return f" {text}  "
    return text


# --------------------------------------------------------------------------------------
# Dates
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


def _date(
    src: ExaminerSource, ts: pd.Timestamp, ev: dict[str, object], rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event's date as the source writes it."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    s = src.source
    if s == "mediterranean_hope":
        labour = ev["exploitation"] == "forced_labour"
        if partial_ok and (r < 0.06 or (labour and r < 0.5)):  # the Rosarno desk's monthly log
            return ts.strftime("%Y-%m"), month, "month"
        if r > 0.88:
            return (
                ts.strftime("%Y-%m-%d") + f" {(ts.day * 7) % 24:02d}:{ts.day % 60:02d}",
                ts,
                "day",
            )
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if s == "savethechildren_es":
        thb = ev["crime_type"] != "smuggling"
        if partial_ok and thb and r < 0.35:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter"
        if r < 0.15:
            return ts.strftime("%d/%m/%Y"), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if s == "gcr_greece":
        if partial_ok and r < 0.05:
            return ts.strftime("%m/%Y"), month, "month"
        if r > 0.93:
            return ts.strftime("%d/%m/%y"), ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if s == "wola_border":
        if partial_ok and r < 0.08:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month"
        if r > 0.75:
            return f"{MONTHS[ts.month - 1]} {ts.day}, {ts.year}", ts, "day"
        return ts.strftime("%m/%d/%Y"), ts, "day"
    if partial_ok and r < 0.06:
        return f"T{ts.quarter} {ts.year}", quarter, "quarter"
    if partial_ok and r < 0.12:
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month"
    if r > 0.82:
        return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    return ts.strftime("%d/%m/%Y"), ts, "day"


def _write_day(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a full date in the source's usual style."""
    if src.source == "mediterranean_hope":
        return ts.strftime("%Y-%m-%d")
    if src.source == "savethechildren_es":
        return ts.to_pydatetime()
    if src.source == "wola_border":
        return ts.strftime("%m/%d/%Y")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Date cell of a row to quarantine: missing, impossible, or a year typed 203x."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # one key off: 2023 -> 2033
        return _write_day(src, ts.replace(year=ts.year + 10))
    day = choice(rng, ("30/02", "31/04", "31/06", "31/09"))
    d, m = day.split("/")
    if src.source == "mediterranean_hope":
        return f"{ts.year}-{m}-{d}"
    if src.source == "wola_border":
        return f"{m}/{d}/{ts.year}"
    return f"{d}/{m}/{ts.year}"  # typed as text in the workbook too


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the note row: the day of the extraction, after the last row."""
    return _write_day(src, last + pd.Timedelta(days=3))


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: ExaminerSource, n: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count the source's way."""
    s = src.source
    if s == "wola_border" and n >= 1000:
        tags.append(f"thousands:{col}")
        return f"{n:,}"
    if s == "fidh_migrations":
        if n >= 1000:
            tags.append(f"thousands:{col}")
            return f"{n // 1000}\u00a0{n % 1000:03d}"
        if 0 < n < len(_WORD_NUMBERS_FR) and rng.random() < 0.12:
            tags.append(f"count_word:{col}")
            return _WORD_NUMBERS_FR[n]
    if src.format == "csv":
        return str(n)
    return n


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    v = abs(value)
    deg = int(v)
    minutes = int((v - deg) * 60)
    seconds = (v - deg - minutes / 60) * 3600
    if round(seconds, 1) >= 60:  # carry, so the cell never says 60"
        seconds = 0.0
        minutes += 1
    if minutes == 60:
        minutes = 0
        deg += 1
    return f"{deg}°{minutes:02d}'{seconds:04.1f}\"{hemi}"


def _place(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[_Cells, float | None, float | None]:
    """Write the place of detection; return cells and expected lat, lon."""
    s = src.source
    r = rng.random()
    if s == "fidh_migrations":
        tags.append("coords_missing")
        return {}, None, None
    if r < 0.05:
        tags.append("coords_missing")
        if s == "savethechildren_es":
            return {"lat": None, "lon": None}, None, None
        return {"lat": None, "lon": None, "coordinates": None}, None, None
    if s == "mediterranean_hope":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if s == "gcr_greece":
        cell = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        return {"coordinates": cell}, lat, lon
    if s == "savethechildren_es":
        if r < 0.2:  # typed as text, Spanish decimal comma
            tags.append("decimal_comma")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                lat,
                lon,
            )
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, round(lat, 4), round(lon, 4)


def _mode_word(src: ExaminerSource, words: _Words, mode: str, corridor: str, rng: _Rng) -> str:
    """Transport word: the boats and crossings each team knows by name."""
    if mode == "sea":
        if src.source == "savethechildren_es" and corridor == "watl":
            return choice(rng, ("Cayuco", "Cayuco", "Neumática"))
        return choice(rng, words.sea)
    if mode == "land":
        if src.source == "savethechildren_es" and corridor == "wmed":
            return choice(rng, ("Salto de valla", "Terrestre"))
        return choice(rng, words.land)
    return choice(rng, words.air)


def _first(rng: _Rng, options: tuple[str, ...]) -> str:
    """Pick the usual word 65 % of the time, another one otherwise."""
    if len(options) == 1 or rng.random() < 0.65:
        return options[0]
    return choice(rng, options[1:])


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    w = _WORDS[src.source]
    has = set(src.headers)
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    corridor = str(ev["corridor"])

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, ev, rng, partial_ok
    )
    if exp["date_precision"] != "day":
        tags.append("partial_date")

    crime = str(ev["crime_type"])
    cells["crime_type"] = _noise(_first(rng, w.crime[crime]), rng, tags, "crime_type")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = w.no_expl
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = None if rng.random() < 0.5 else choice(rng, w.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _first(rng, w.exploitation[str(expl)])
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        words = w.count_unknown
        cells["n_persons"] = (
            None if src.format == "jsonl" and rng.random() < 0.5 else choice(rng, words)
        )
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags, "n_persons")
        exp["n_persons"] = n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.03:
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.06:
        cells["n_suspects"] = choice(rng, w.unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.45:
        cells["n_suspects"] = choice(rng, w.zero)
        exp["n_suspects"] = 0
        if cells["n_suspects"] != "0":
            tags.append("zero_word")
    else:
        cells["n_suspects"] = _count(src, k, rng, tags, "n_suspects")
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if rng.random() < 0.03:
        cells["gender"] = None if rng.random() < 0.5 else choice(rng, w.unknown)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _noise(_first(rng, w.gender[gender]), rng, tags, "gender")
        exp["gender"] = gender

    age = str(ev["age_group"])
    if rng.random() < 0.03:
        cells["age_group"] = choice(rng, w.unknown)
        exp["age_group"] = "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"] = _noise(_first(rng, w.age[age]), rng, tags, "age_group")
        exp["age_group"] = age

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, w.unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word:transport_mode")
    else:
        cells["transport_mode"] = _mode_word(src, w, mode, corridor, rng)
        exp["transport_mode"] = mode

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        rate = {"nationality": 0.02, "origin_country": 0.03, "destination_country": 0.06}
        if iso is None or (col != "detection_country" and rng.random() < rate[col]):
            cells[col] = choice(rng, w.unknown) if rng.random() < 0.6 else None
            exp[col] = None
            tags.append("blank_nationality" if col == "nationality" else f"unknown:{col}")
            continue
        text = _country(src, str(iso), col, rng, tags)
        cells[col] = _noise(text, rng, tags, col) if not text.isdigit() else text
        exp[col] = iso

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = w.direct
        exp["transit_countries"] = None
    else:
        parts = [_country(src, c, "transit_countries", rng, tags) for c in str(transit).split("|")]
        cells["transit_countries"] = w.transit_sep.join(parts)
        exp["transit_countries"] = transit

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        sep = choice(rng, w.offence_sep)
        cells["linked_offences"] = sep.join(_first(rng, w.offences[o]) for o in str(off).split("|"))
    exp["linked_offences"] = off

    place, exp["lat"], exp["lon"] = _place(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
    )
    cells.update(place)

    if forced_blank is not None:  # the second report leaves this field out
        if forced_blank == "coordinates":
            for c in ("lat", "lon", "coordinates"):
                cells[c] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        gone = ("zero_word", "suspects_placeholder") if forced_blank == "n_suspects" else ()
        tags = [t for t in tags if t not in gone and not t.endswith(f":{forced_blank}")]
        tags.append(f"blank_{forced_blank}")

    # Columns the source does not keep give nothing; cells must fit the file's encoding.
    if "exploitation" not in has and exp["exploitation"] is not None:
        exp["exploitation"] = "unknown"
    for key, value in list(cells.items()):
        if isinstance(value, str) and not fits(value, src):
            cells[key] = value.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


#: The variant: five sources, routed by the country where the event was detected.
BLIND130: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "ITA": "mediterranean_hope",
        "ESP": "savethechildren_es",
        "GRC": "gcr_greece",
        "PAN": "wola_border",
        "USA": "wola_border",
    },
    compilation="fidh_migrations",
    secondary={
        ("cmed", "ITA"): "fidh_migrations",
        ("thb_nga_ita", "ITA"): "fidh_migrations",
        ("thb_rou_esp", "ITA"): "fidh_migrations",
        ("thb_rou_esp", "ESP"): "fidh_migrations",
        ("watl", "ESP"): "fidh_migrations",
        ("wmed", "ESP"): "fidh_migrations",
        ("emed", "GRC"): "fidh_migrations",
        ("darien", "PAN"): "fidh_migrations",
        ("us_mex", "USA"): "fidh_migrations",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=130,
    blank_share=0.35,
)


def make_blind130(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind130`` submissions (files ``*_eb.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``mediterranean_hope_eb.jsonl`` (English, UTF-8), ``savethechildren_es_eb.xlsx``
        (Spanish), ``gcr_greece_eb.csv`` (English, UTF-16, tab), ``wola_border_eb.csv``
        (English, UTF-8 with BOM, ``,``) and ``fidh_migrations_eb.csv`` (French, cp1252,
        ``;``), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind130(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['mediterranean_hope_eb.jsonl', 'savethechildren_es_eb.xlsx', 'gcr_greece_eb.csv',
     'wola_border_eb.csv', 'fidh_migrations_eb.csv']
    >>> subs[4].frame.columns[:3].tolist()
    ['Réf.', 'Date des faits', 'Pays']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND130, truth, seed=seed)
