"""Examiner sample set ``blind141`` (files ``*_em.*``): desks of the Atlantic route.

Five agencies never used before in this project, all working from the Mauritanian and
Western Saharan departure coast (Nouadhibou, Nouakchott, Dakhla, Laâyoune) or on it:

``agregaduria_nuakchot_em.xlsx``
    Agregaduría de Interior, Embajada de España en Nuakchot (Spanish interior attaché).
    Spanish; Excel dates with a few typed ``dd/mm/aaaa`` texts; articles of the Spanish
    penal code for the offence (``art. 318 bis CP`` smuggling, ``art. 177 bis CP``
    trafficking); ``cayuco`` / ``neumática`` boats; ``MENA`` minors; coordinates as
    numbers, or in the maritime degrees-and-minutes style (``27º45,21'N``); counts above
    a thousand sometimes typed as text with a ``.`` separator. First reports Spain.
``croissant_rouge_ndb_em.csv``
    Croissant-Rouge mauritanien, comité régional de Dakhlet-Nouadhibou (restoring family
    links and migration desk). French, cp1252, ``;``; ``dd/mm/aaaa``, ``17 mai 2023`` and
    month-only dates (``mai 2023``); ``RIM`` for Mauritania; ``pirogue``; GPS pairs with
    decimal commas (``35,50124 / 12,60011``); many rows without GPS. First reports Italy.
``amdh_laayoune_em.csv``
    Association marocaine des droits humains, section de Laâyoune. French, UTF-8 with
    BOM, tab-delimited; country cells merged from a mis-decoded export (mojibake such as
    ``SÃ©nÃ©gal``) and ISO alpha-2 codes; ``dd-mm-aaaa`` and ISO dates, testimonies dated
    to the quarter (``T2 2023``); latitude and longitude with decimal commas. First
    reports France.
``eudel_nouakchott_em.jsonl``
    EU Delegation to Mauritania, migration and security desk (a compilation of partners'
    reports). English JSON lines; ISO alpha-3 and numeric codes (``"300"`` Greece),
    transit routes joined by ``>``; ISO dates, month-only (``2023-05``) and quarter
    (``Q2 2023``) dates; numbers as JSON numbers. Reports every event no other desk first
    reports (Greece, Croatia, Poland, Panama, United States).
``antislavery_intl_em.csv``
    Anti-Slavery International (London; Mauritania programme). English, UTF-8 with BOM,
    ``,``; UK day-first dates and ``17 May 2023``; ``1,203`` counts; modern-slavery
    wording. First reports the United Kingdom.

The expected values are what a careful analyst reads from each cell: a count written
``s/d`` or ``inconnu`` is no count, ``ninguno`` / ``aucun`` / ``none`` suspects is zero,
an age or transport written ``No consta`` / ``non précisé`` is ``unknown``; a month or a
quarter gives its first day.
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "Agency", "make_blind141"]

_Rng = np.random.Generator
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
_EN_MONTHS = (
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
_PARTIAL = ("month_fr", "month_en", "month_iso", "quarter_q", "quarter_t")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One desk of the set: the shared fields plus its own way of writing cells.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles and their weights (see :func:`_date_cell`).
    countries : tuple of (str, float)
        Country styles and their weights (``name``, ``plain`` (no accents), ``upper``,
        ``iso2``, ``iso3``, ``num``, ``alias``, ``typo``, ``moji``).
    transit_sep : str
        Separator of the transit countries.
    offence_sep : str
        Separator of the linked offences.
    coords : str
        ``"xlsx"``, ``"pair_comma"``, ``"cols_comma"``, ``"json"`` or ``"pair_dot"``.
    no_coords : float
        Share of rows without a location.
    words : mapping
        Column -> canonical word -> the desk's words for it.
    no_exploitation : tuple of str
        What the desk writes as form of exploitation on a smuggling row (``""``: blank).
    unknown_count : tuple of str
        Words for a count that is not known.
    zero_words : tuple of str
        Words for no suspect.
    na_words : tuple of str
        Words for an age group or transport that was not recorded.
    """

    dates: tuple[tuple[str, float], ...] = ()
    countries: tuple[tuple[str, float], ...] = ()
    transit_sep: str = ", "
    offence_sep: str = ", "
    coords: str = "json"
    no_coords: float = 0.05
    words: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None
    no_exploitation: tuple[str, ...] = ("",)
    unknown_count: tuple[str, ...] = ()
    zero_words: tuple[str, ...] = ()
    na_words: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "CIV": ("Costa de Marfil", "C. de Marfil"),
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "GMB": ("Gambia",),
        "USA": ("EE.UU.", "EEUU"),
        "GBR": ("Gran Bretaña",),
        "MAR": ("Reino de Marruecos",),
        "MRT": ("R.I. Mauritania",),
        "VNM": ("Vietnam",),
        "ROU": ("Rumania",),
    },
    "fr": {
        "CIV": ("Côte d'Ivoire", "RCI"),
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "GMB": ("Gambie",),
        "USA": ("USA",),
        "GBR": ("Grande-Bretagne",),
        "MRT": ("RIM",),
        "MAR": ("Royaume du Maroc",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrie",),
    },
    "en": {
        "CIV": ("Ivory Coast",),
        "GIN": ("Guinea-Conakry",),
        "GMB": ("The Gambia",),
        "GBR": ("UK",),
        "USA": ("USA", "US"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "IRN": ("Iran (Islamic Republic of)",),
    },
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_PLAIN = str.maketrans("áàâäéèêëíîïóôöúùûüçñÁÉÍÓÚÇ’", "aaaaeeeeiiiooouuuucnAEIOUC'")

_ES_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento inmigración irregular",
            "art. 318 bis CP",
        ),
        "trafficking": ("Trata de seres humanos", "TSH", "art. 177 bis CP"),
        "both": ("TSH + tráfico de migrantes", "Trata y tráfico"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas forzadas", "Mendicidad y hurtos"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras finalidades",),
    },
    "gender": {
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    "age_group": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("Menores", "MENA"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    "transport_mode": {
        "sea": ("Cayuco", "Neumática", "Embarcación", "Marítima"),
        "land": ("Terrestre", "Vehículo", "A pie"),
        "air": ("Aérea", "Vuelo comercial"),
    },
    "linked_offences": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
_FR_CRM_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("Trafic de migrants", "Migration irrégulière (passeur)"),
        "trafficking": ("Traite des personnes", "Traite"),
        "both": ("Traite + trafic", "Traite et trafic de migrants"),
    },
    "exploitation": {
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre forme",),
    },
    "gender": {
        "male": ("Hommes", "H"),
        "female": ("Femmes", "F"),
        "mixed": ("Hommes et femmes", "H/F"),
    },
    "age_group": {
        "adult": ("Adultes",),
        "child": ("Mineurs", "MNA"),
        "mixed": ("Adultes et mineurs",),
    },
    "transport_mode": {
        "sea": ("Pirogue", "Embarcation", "Zodiac"),
        "land": ("Voie terrestre", "Véhicule", "À pied"),
        "air": ("Avion",),
    },
    "linked_offences": {
        "document_fraud": ("faux documents",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_FR_AMDH_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("trafic illicite de migrants", "réseau de passeurs"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite et trafic",),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé",),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "gender": {
        "male": ("masculin", "hommes"),
        "female": ("féminin", "femmes"),
        "mixed": ("mixte",),
    },
    "age_group": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs",),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "transport_mode": {
        "sea": ("maritime", "embarcation pneumatique", "bateau"),
        "land": ("terrestre", "camion"),
        "air": ("aérien",),
    },
    "linked_offences": {
        "document_fraud": ("fraude documentaire",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent",),
        "illicit_goods": ("trafic de drogue",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_EN_EU_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("migrant smuggling", "SoM"),
        "trafficking": ("trafficking in human beings", "THB"),
        "both": ("THB/SoM",),
    },
    "exploitation": {
        "sexual": ("sexual exploitation",),
        "forced_labour": ("labour exploitation",),
        "forced_criminality": ("forced criminal activities",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    "gender": {"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    "age_group": {"adult": ("adult",), "child": ("minor",), "mixed": ("mixed",)},
    "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
    "linked_offences": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_EN_ASI_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "crime_type": {
        "smuggling": ("People smuggling", "Smuggling (facilitation)"),
        "trafficking": ("Modern slavery / human trafficking", "Human trafficking"),
        "both": ("Trafficking & smuggling",),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "gender": {
        "male": ("Male", "Men"),
        "female": ("Female", "Women"),
        "mixed": ("Mixed", "Men and women"),
    },
    "age_group": {
        "adult": ("Adult", "18+"),
        "child": ("Child", "Under 18"),
        "mixed": ("Adults and children",),
    },
    "transport_mode": {
        "sea": ("Boat", "Small boat"),
        "land": ("Road", "Lorry", "On foot"),
        "air": ("Flight", "Air"),
    },
    "linked_offences": {
        "document_fraud": ("false documents",),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs",),
        "cybercrime": ("online offences",),
        "terrorism": ("terrorism",),
    },
}

AGENCIES: tuple[Agency, ...] = (
    Agency(
        source="agregaduria_nuakchot_em",
        filename="agregaduria_nuakchot_em.xlsx",
        ref="AGI-NKC/{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Registro",
            "event_date": "Fecha llegada/interceptación",
            "place": "Lugar",
            "crime_type": "Tipología delictiva",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Detenidos (patrones/captadores)",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "Destino final",
            "detection_country": "País de detección",
            "transit_countries": "Tránsito",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Datos provisionales. Fuente: Delegaciones del Gobierno / CCRC, pendiente de validar",
        total="TOTAL",
        bad_count=("varios", "decenas"),
        repeats=True,
        dates=(("xl", 0.8), ("dmy", 0.2)),
        countries=(("name", 0.7), ("upper", 0.08), ("iso2", 0.06), ("alias", 0.1), ("typo", 0.06)),
        transit_sep=" - ",
        offence_sep=" / ",
        coords="xlsx",
        no_coords=0.04,
        words=_ES_WORDS,
        no_exploitation=("", "No procede"),
        unknown_count=("s/d", "No consta"),
        zero_words=("ninguno", "Sin detenidos"),
        na_words=("No consta",),
    ),
    Agency(
        source="croissant_rouge_ndb_em",
        filename="croissant_rouge_ndb_em.csv",
        ref="CRM-NDB-{yy:02d}-{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date de l'incident",
            "place": "Lieu",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs présumés",
            "gender": "Sexe",
            "age_group": "Tranche d'âge",
            "nationality": "Nationalité (majoritaire)",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination finale",
            "detection_country": "Pays de détection",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport",
            "coordinates": "Coordonnées GPS",
            "linked_offences": "Infractions connexes",
        },
        note="NB : données RLF non consolidées, à recouper avec la Croix-Rouge italienne",
        total="Total général",
        bad_count=("plusieurs", "nombreux"),
        repeats=False,
        dates=(("dmy", 0.75), ("long_fr", 0.15), ("month_fr", 0.1)),
        countries=(("name", 0.7), ("plain", 0.12), ("upper", 0.06), ("alias", 0.1), ("typo", 0.02)),
        transit_sep=" / ",
        offence_sep=" + ",
        coords="pair_comma",
        no_coords=0.2,
        words=_FR_CRM_WORDS,
        no_exploitation=("", "sans objet"),
        unknown_count=("inconnu", "n.c."),
        zero_words=("aucun", "néant"),
        na_words=("non précisé",),
    ),
    Agency(
        source="amdh_laayoune_em",
        filename="amdh_laayoune_em.csv",
        ref="AMDH-LYN {seq:03d}/{year}",
        format="csv",
        encoding="utf-8-sig",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "Réf.",
            "event_date": "Date",
            "crime_type": "Type de cas",
            "exploitation": "Exploitation",
            "n_persons": "Victimes / migrants",
            "n_suspects": "Auteurs présumés",
            "gender": "Genre",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Origine",
            "destination_country": "Destination",
            "detection_country": "Pays d'interception",
            "transit_countries": "Transit",
            "transport_mode": "Mode",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Autres infractions",
        },
        note="Remarque : témoignages recueillis par la section, non vérifiés",
        total="TOTAL",
        bad_count=("plusieurs", "des dizaines"),
        repeats=False,
        dates=(("dmy_dash", 0.6), ("iso", 0.3), ("quarter_t", 0.1)),
        countries=(("name", 0.55), ("moji", 0.2), ("iso2", 0.15), ("lower", 0.05), ("plain", 0.05)),
        transit_sep=" - ",
        offence_sep=", ",
        coords="cols_comma",
        no_coords=0.08,
        words=_FR_AMDH_WORDS,
        no_exploitation=("", "-"),
        unknown_count=("inconnu",),
        zero_words=("aucun",),
        na_words=("non précisé",),
    ),
    Agency(
        source="eudel_nouakchott_em",
        filename="eudel_nouakchott_em.jsonl",
        ref="EUDEL-MR-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "ref",
            "event_date": "incident_date",
            "crime_type": "offence",
            "exploitation": "exploitation_type",
            "n_persons": "persons",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "destination_country": "final_destination",
            "detection_country": "country_of_detection",
            "transit_countries": "transit_route",
            "transport_mode": "transport",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "other_offences",
        },
        note="Note: compiled from partner reports; figures subject to revision",
        total="Total",
        bad_count=("several", "multiple"),
        repeats=True,
        dates=(("iso", 0.75), ("long_en", 0.1), ("month_iso", 0.08), ("quarter_q", 0.07)),
        countries=(("iso3", 0.7), ("num", 0.12), ("name", 0.13), ("alias", 0.05)),
        transit_sep=" > ",
        offence_sep="; ",
        coords="json",
        no_coords=0.06,
        words=_EN_EU_WORDS,
        no_exploitation=("", "n/a"),
        unknown_count=("n/k",),
        zero_words=("none",),
        na_words=("not recorded",),
    ),
    Agency(
        source="antislavery_intl_em",
        filename="antislavery_intl_em.csv",
        ref="ASI-{year}-{seq:03d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Date identified",
            "crime_type": "Case type",
            "exploitation": "Type of exploitation",
            "n_persons": "No. of survivors / people moved",
            "n_suspects": "No. of perpetrators",
            "gender": "Gender",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "destination_country": "Destination country",
            "detection_country": "Country identified",
            "transit_countries": "Route (transit)",
            "transport_mode": "Means of travel",
            "coordinates": "Location (lat, long)",
            "linked_offences": "Related offences",
        },
        note="Note: partner data, shared under data-sharing agreement",
        total="TOTAL",
        bad_count=("several", "dozens"),
        repeats=False,
        dates=(("dmy", 0.6), ("long_en", 0.3), ("month_en", 0.1)),
        countries=(("name", 0.75), ("alias", 0.15), ("upper", 0.05), ("typo", 0.05)),
        transit_sep=" > ",
        offence_sep="; ",
        coords="pair_dot",
        no_coords=0.3,
        words=_EN_ASI_WORDS,
        no_exploitation=("", "N/A"),
        unknown_count=("unknown", "not known"),
        zero_words=("none",),
        na_words=("not recorded",),
    ),
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _typo(text: str, rng: _Rng) -> str:
    """Swap two neighbouring letters inside a long name (still readable)."""
    spots = [i for i in range(1, len(text) - 2) if text[i].isalpha() and text[i + 1].isalpha()]
    if len(text) < 6 or not spots:
        return text
    i = spots[int(rng.integers(len(spots)))]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _country(src: Agency, iso3: str, rng: _Rng, *, codes_ok: bool = True) -> str:
    """Write one country the desk's way."""
    row = COUNTRIES[iso3]
    name = str(row[_LANG_COL[src.language]])
    styles = [(s, w) for s, w in src.countries if codes_ok or s in ("name", "iso3", "alias")]
    keys = [s for s, _ in styles]
    weights = np.array([w for _, w in styles], dtype=float)
    style = keys[int(rng.choice(len(keys), p=weights / weights.sum()))]
    out = name
    if style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "plain":
        out = name.translate(_PLAIN)
    elif style == "iso2":
        out = iso_codes(iso3)[0]
    elif style == "iso3":
        out = iso3
    elif style == "num":
        out = iso_codes(iso3)[1]
    elif style == "alias":
        out = choice(rng, _ALIASES[src.language].get(iso3, (name,)))
    elif style == "typo":
        out = _typo(name, rng)
    elif style == "moji":
        out = mojibake(name) or name
    return out if fits(out, src) else iso3


def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    words = src.words or {}
    out = choice(rng, words[col][value])
    r = rng.random()
    if r < 0.03:
        out = out.upper()
    elif r < 0.05:
        out = f" {out} "
    return out


def _date_cell(src: Agency, ts: pd.Timestamp, style: str) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of a date in one style."""
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    if style == "xl":
        return ts.to_pydatetime(), ts, "day"
    if style == "dmy":
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y"), ts, "day"
    if style == "iso":
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    if style == "long_en":
        return f"{ts.day} {_EN_MONTHS[ts.month - 1]} {ts.year}", ts, "day"
    if style == "month_fr":
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
    if style == "month_en":
        return f"{_EN_MONTHS[ts.month - 1]} {ts.year}", month_start, "month"
    if style == "month_iso":
        return ts.strftime("%Y-%m"), month_start, "month"
    if style == "quarter_q":
        return f"Q{ts.quarter} {ts.year}", quarter_start, "quarter"
    return f"T{ts.quarter} {ts.year}", quarter_start, "quarter"  # quarter_t


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes, Spanish maritime style: ``27º45,21'N``."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = round((a - deg) * 60, 2)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    text = f"{deg:0{width}d}º{minutes:05.2f}'{hemi}".replace(".", ",")
    back = deg + minutes / 60
    return text, back if value >= 0 else -back


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float]:
    """Return (cells, expected lat, expected lon) of a location."""
    if src.coords == "xlsx":
        if rng.random() < 0.12:
            t_lat, e_lat = _ddm(lat, "N", "S", 2)
            t_lon, e_lon = _ddm(lon, "E", "W", 3)
            return {"lat": t_lat, "lon": t_lon}, e_lat, e_lon
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    if src.coords == "pair_comma":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f} / {lo:.5f}".replace(".", ",")}, la, lo
    if src.coords == "cols_comma":
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if src.coords == "pair_dot":
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo
    la, lo = round(lat, 5), round(lon, 5)  # json numbers
    return {"lat": la, "lon": lo}, la, lo


def _count(src: Agency, n: int, rng: _Rng) -> object:
    """Write a count of persons; large ones may carry the desk's thousands separator."""
    if n >= 1000 and rng.random() < 0.6:
        head, tail = divmod(n, 1000)
        if src.language == "es":
            return f"{head}.{tail:03d}"
        if src.language == "fr":
            return f"{head}{choice(rng, (' ', chr(160)))}{tail:03d}"
        if src.format == "csv":
            return f"{head},{tail:03d}"
    return n if src.format != "csv" else str(n)


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # date
    styles = [(s, w) for s, w in src.dates if partial_ok or s not in _PARTIAL]
    keys = [s for s, _ in styles]
    weights = np.array([w for _, w in styles], dtype=float)
    style = keys[int(rng.choice(len(keys), p=weights / weights.sum()))]
    cells["event_date"], day, prec = _date_cell(src, ts, style)
    exp["event_date"], exp["date_precision"] = day, prec
    if prec != "day":
        tags.append(f"partial_date_{prec}")
    if "place" in src.headers:
        cells["place"] = ev.get("hotspot")

    # vocabularies
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev.get("exploitation")
    if expl is None:
        word = choice(rng, src.no_exploitation)
        cells["exploitation"] = word or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)
    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if src.na_words and rng.random() < 0.02:
            cells[col] = choice(rng, src.na_words)
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            cells[col] = _word(src, col, value, rng)
            exp[col] = value
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = str(ev["gender"])

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.unknown_count and rng.random() < 0.015:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.unknown_count), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n, rng), n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.unknown_count), None
        tags.append("suspects_placeholder")
    elif k == 0 and src.zero_words and rng.random() < 0.3:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero_words), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = (k if src.format != "csv" else str(k)), k

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev.get(col)
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        cells[col] = _country(src, str(iso), rng)
        exp[col] = str(iso)
    transit = ev.get("transit_countries")
    if transit is None:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        parts = [_country(src, c, rng, codes_ok=False) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)
        if len(parts) > 1:
            tags.append("transit_list")
    offences = ev.get("linked_offences")
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        names = [_word(src, "linked_offences", o, rng).strip() for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(names)
        exp["linked_offences"] = str(offences)

    # location
    lat, lon = ev.get("lat"), ev.get("lon")
    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    elif lat is None or lon is None or rng.random() < src.no_coords:
        exp["lat"], exp["lon"] = None, None
        tags.append("coords_missing")
    else:
        place, exp["lat"], exp["lon"] = _coords(src, float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(place)
    return cells, exp, tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that must be quarantined, the desk's way."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.format == "jsonl" or src.source == "amdh_laayoune_em":
            return f"{ts.year}-02-{choice(rng, ('30', '31'))}"
        return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
    future = ts.replace(year=ts.year + 100)  # a year mistyped a century ahead
    style = "dmy" if src.format == "xlsx" else next(s for s, _ in src.dates if s not in _PARTIAL)
    return _date_cell(src, future, style)[0]


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the desk's note row (its last day, in its main style)."""
    return _date_cell(src, last, src.dates[0][0])[0]


_EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ESP": "agregaduria_nuakchot_em",
        "ITA": "croissant_rouge_ndb_em",
        "FRA": "amdh_laayoune_em",
        "GBR": "antislavery_intl_em",
    },
    compilation="eudel_nouakchott_em",
    secondary={
        ("watl", "ESP"): "croissant_rouge_ndb_em",
        ("wmed", "ESP"): "amdh_laayoune_em",
        ("thb_rou_esp", "ESP"): "antislavery_intl_em",
        ("cmed", "ITA"): "eudel_nouakchott_em",
        ("thb_nga_ita", "ITA"): "antislavery_intl_em",
        ("channel", "FRA"): "antislavery_intl_em",
        ("channel", "GBR"): "amdh_laayoune_em",
        ("thb_vnm_gbr", "GBR"): "eudel_nouakchott_em",
        ("emed", "GRC"): "croissant_rouge_ndb_em",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=141,
    blank_share=0.3,
)


def make_blind141(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five Atlantic-route desks of set ``blind141``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``agregaduria_nuakchot_em.xlsx``, ``croissant_rouge_ndb_em.csv``,
        ``amdh_laayoune_em.csv``, ``eudel_nouakchott_em.jsonl`` and
        ``antislavery_intl_em.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind141(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['agregaduria_nuakchot_em.xlsx', 'croissant_rouge_ndb_em.csv',
     'amdh_laayoune_em.csv', 'eudel_nouakchott_em.jsonl', 'antislavery_intl_em.csv']
    >>> [s.language for s in subs]
    ['es', 'fr', 'fr', 'en', 'en']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', "Date de l'incident", 'Lieu']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
