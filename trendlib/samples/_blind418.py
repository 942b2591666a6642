"""Examiner sample set ``blind418``: short-let platforms' trust-and-safety desks (``*_pd.*``).

Five desks that see properties used as smugglers' safe houses or for exploitation and
send what they saw to an analysis unit, each in its own tool's export:

``booking_trust_safety`` (JSON lines, UTF-8, English)
    A global booking platform's Trust & Safety case tool. Snake-case category codes,
    ISO alpha-2 country codes (some English names typed into free-text fields), ISO
    dates and a few UTC timestamps, geocoded listing coordinates as JSON numbers, nulls
    for what the agent did not record. It re-sends some cases (exact repeats) and is the
    compilation source: it reports every event of a country no other desk covers (Italy,
    Greece, Croatia, Poland, the United States) and is the second reporter of a listing
    also let through another desk.
``passthekeys_safeguarding`` (CSV, UTF-8, ``,``, English)
    A UK short-let management company's safeguarding log, kept in a shared sheet: UK
    day-first dates (``17/05/2023``, ``17 May 2023``, ``17/05/23``), ``May 2023`` and
    ``Q2 2023`` for what is only known to the month or quarter, NRM-style wording
    (``Modern slavery``, ``Criminal exploitation``), nationalities as demonyms
    (``Vietnamese``), ``England``/``Scotland`` as the property's country, ``Nil`` for
    no suspect, ``Not known`` for what is not known, a ``lat, long`` pair and a total row.
``gites_de_france_signalements`` (CSV, cp1252, ``;``, French)
    A French holiday-cottage network's register of reports (signalements) on gîtes and
    meublés de tourisme of the Channel coast: ``jj/mm/aaaa`` dates, ``mai 2023`` and
    ``T2 2023``, CESEDA wording (``aide à l'entrée irrégulière``, ``passeurs``),
    nationalities as feminine adjectives (``afghane``), ``Angleterre`` as destination,
    ``aucun``/``néant`` for no suspect, ``NC`` for an unknown count, decimal commas and a
    non-breaking space as thousands separator; part of the register is sent twice (exact
    repeats).
``rentalia_seguridad`` (CSV, UTF-8 with BOM, ``;``, Spanish)
    A Spanish holiday-rental portal's security team (viviendas de uso turístico of the
    Canaries, Ceuta, Melilla, Almería, Huelva; a few Italian listings): ``dd/mm/aaaa`` and
    ``dd-mm-aaaa`` dates, ``05/2023`` and ``2T 2023``, Spanish legal wording
    (``Favorecimiento inmigración ilegal``, ``Finalidad de explotación``), ``.`` as
    thousands separator, ``Directo`` for a direct route, a Google-Maps ``lat,long`` pair;
    rows migrated from the portal's old back office carry UTF-8 text read as cp1252
    (mojibake: ``ExplotaciÃ³n``).
``compreoalquile_moderacion_pa`` (XLSX, Spanish of Panama)
    A Panamanian classifieds and rentals portal's moderation team (alquileres temporales
    in Darién): real Excel dates, some Excel serial numbers and ``dd/mm/aaaa`` text,
    ``mayo 2023`` for a month, ``Trata de personas``, ``NNA`` for children, feminine
    demonyms (``venezolana``), ``No indica`` for what is not known, numbers as numbers.

The truth expects what a careful analyst reads from each cell: a demonym is the country,
``England`` is the United Kingdom, ``Nil`` is zero, a month or quarter is the start of
that period with its precision, mojibake reads as the text it garbles, ``Not known`` and
``No indica`` are no value, an impossible date is a bad row.
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

__all__ = ["BLIND418", "SOURCES", "ShortLetSource", "make_blind418"]

_Rng = np.random.Generator

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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
_NAME_COL = {"en": 1, "fr": 2, "es": 3}

# Nationality adjectives as each desk writes them (a careful analyst reads the country).
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "CHN": "Chinese",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
    },
    "fr": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "es": {
        "CIV": "marfileña",
        "DZA": "argelina",
        "GIN": "guineana",
        "GMB": "gambiana",
        "MAR": "marroquí",
        "MLI": "maliense",
        "NGA": "nigeriana",
        "ROU": "rumana",
        "SEN": "senegalesa",
    },
    "es_pa": {
        "CHN": "china",
        "COL": "colombiana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "VEN": "venezolana",
    },
}
# Everyday English short names a UK office types.
_ALIASES_EN = {
    "GBR": "UK",
    "VNM": "Vietnam",
    "TUR": "Turkey",
    "USA": "USA",
    "CIV": "Ivory Coast",
    "MKD": "Macedonia",
    "BIH": "Bosnia",
}


@dataclass(frozen=True)
class ShortLetSource(ExaminerSource):
    """A short-let desk: what :class:`ExaminerSource` holds plus its own wording.

    Attributes
    ----------
    vocab : mapping
        Column -> design word -> the desk's words for it (first = the usual one).
    unknown : mapping
        Column -> the desk's words for "not known" (``""`` = the cell is left empty).
    not_applicable : str or None
        What the desk writes as exploitation of a pure smuggling case.
    zero : tuple of str
        Words for no suspect.
    count_unknown : tuple of str
        Words for a count that is not known (``""`` = the cell is left empty).
    country_styles : mapping
        Style -> weight: ``name``, ``upper``, ``iso2``, ``iso3``, ``demonym``
        (nationality only), ``alias``, ``typo``.
    demonyms : str
        Key of the demonym table (``"en"``, ``"fr"``, ``"es"``, ``"es_pa"``).
    transit_sep, offence_sep : str
        Separators of the transit-country and linked-offence lists.
    day_styles : mapping
        Day-date style -> weight.
    month_style, quarter_style : str or None
        How the desk writes a month-only or quarter-only date.
    partial_rates : tuple of float
        Shares of (month-only, quarter-only) dates among rows that may be partial.
    coord_style : str
        ``"numbers"`` (JSON/Excel numbers), ``"pair"`` (``lat, lon``), ``"pair_maps"``
        (``lat,lon`` with six decimals) or ``"split_comma"`` (decimal commas).
    thousands : str or None
        Thousands separator of a text count of 1,000 or more.
    mojibake_rate : float
        Share of rows whose accented text reads as UTF-8 misread as cp1252.
    case_rate : float
        Share of text cells typed in another case or with stray spaces.
    direct_word : str or None
        What the desk writes for a direct route (no transit country).
    """

    vocab: Mapping[str, Mapping[str, tuple[str, ...]]]
    unknown: Mapping[str, tuple[str, ...]]
    not_applicable: str | None
    zero: tuple[str, ...]
    count_unknown: tuple[str, ...]
    country_styles: Mapping[str, float]
    demonyms: str
    transit_sep: str
    offence_sep: str
    day_styles: Mapping[str, float]
    month_style: str | None
    quarter_style: str | None
    partial_rates: tuple[float, float]
    coord_style: str
    thousands: str | None
    mojibake_rate: float
    case_rate: float
    direct_word: str | None


_OFFENCES_EN_PTK = {
    "document_fraud": ("False ID docs", "Document fraud"),
    "corruption": ("Bribery",),
    "money_laundering": ("Money laundering",),
    "illicit_goods": ("Drugs", "Cannabis"),
    "cybercrime": ("Cyber crime",),
    "terrorism": ("Terrorism",),
}

BOOKING = ShortLetSource(
    source="booking_trust_safety",
    filename="booking_trust_safety_pd.jsonl",
    ref="TS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_count",
        "gender": "persons_gender",
        "age_group": "persons_age_band",
        "nationality": "persons_nationality",
        "origin_country": "origin_country",
        "destination_country": "destination_country",
        "detection_country": "listing_country",
        "transit_countries": "transit_countries",
        "transport_mode": "arrival_mode",
        "lat": "listing_lat",
        "lon": "listing_lng",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see_case_notes", "several"),
    repeats=True,
    vocab={
        "crime_type": {
            "trafficking": ("human_trafficking",),
            "smuggling": ("migrant_smuggling", "human_smuggling"),
            "both": ("trafficking_and_smuggling",),
        },
        "exploitation": {
            "sexual": ("sexual_exploitation",),
            "forced_labour": ("labour_exploitation", "forced_labour"),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {
            "adult": ("adults",),
            "child": ("minors",),
            "mixed": ("adults_and_minors",),
        },
        "transport_mode": {"sea": ("sea",), "land": ("road",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("fake_documents",),
            "corruption": ("bribery",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown={
        "exploitation": ("unspecified",),
        "gender": ("not_recorded", ""),
        "age_group": ("not_recorded", ""),
        "transport_mode": ("not_recorded",),
        "nationality": ("", "unknown"),
    },
    not_applicable=None,
    zero=(),
    count_unknown=("",),
    country_styles={"iso2": 0.85, "name": 0.15},
    demonyms="en",
    transit_sep=", ",
    offence_sep=";",
    day_styles={"iso": 0.85, "iso_z": 0.15},
    month_style="ym",
    quarter_style=None,
    partial_rates=(0.03, 0.0),
    coord_style="numbers",
    thousands=None,
    mojibake_rate=0.0,
    case_rate=0.0,
    direct_word=None,
)

PASSTHEKEYS = ShortLetSource(
    source="passthekeys_safeguarding",
    filename="passthekeys_safeguarding_pd.csv",
    ref="SG{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Safeguarding ref",
        "event_date": "Date of incident",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "n_suspects": "No. of suspects",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Destination",
        "detection_country": "Property country",
        "transit_countries": "Route (via)",
        "transport_mode": "How they travelled",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Other offences",
    },
    note="OFFICIAL-SENSITIVE: safeguarding log, do not forward outside the team",
    total="TOTAL",
    bad_count=("multiple", "see notes", "a few"),
    repeats=False,
    vocab={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "MSHT"),
            "smuggling": ("People smuggling", "Facilitation (illegal entry)"),
            "both": ("Smuggling & trafficking",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal - cannabis grow"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F", "Women"),
            "male": ("Male", "M", "Men"),
            "mixed": ("Mixed", "Men & women"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Child", "Under 18", "U18"),
            "mixed": ("Adults & children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "Car", "HGV", "Van"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": _OFFENCES_EN_PTK,
    },
    unknown={
        "exploitation": ("Not known", "TBC"),
        "gender": ("Not known", ""),
        "age_group": ("Not known", ""),
        "transport_mode": ("Not known", ""),
        "nationality": ("Not known", "Unknown", ""),
    },
    not_applicable="N/A",
    zero=("Nil", "None", "nil"),
    count_unknown=("Not known", "n/k"),
    country_styles={"name": 0.5, "demonym": 0.3, "alias": 0.1, "upper": 0.05, "typo": 0.05},
    demonyms="en",
    transit_sep=" > ",
    offence_sep="; ",
    day_styles={"dmy": 0.7, "long_en": 0.2, "dmy2": 0.1},
    month_style="month_en",
    quarter_style="q_en",
    partial_rates=(0.04, 0.02),
    coord_style="pair",
    thousands=",",
    mojibake_rate=0.0,
    case_rate=0.05,
    direct_word=None,
)

GITES = ShortLetSource(
    source="gites_de_france_signalements",
    filename="gites_de_france_signalements_pd.csv",
    ref="SIG-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date des faits",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du gîte",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires - extraction du fichier des signalements",
    total="Total général",
    bad_count=("plusieurs", "voir PV", "cf. main courante"),
    repeats=True,
    vocab={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": (
                "aide à l'entrée irrégulière",
                "passeurs",
                "filière d'immigration clandestine",
            ),
            "both": ("traite et aide à l'entrée irrégulière", "TEH + passeurs"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution forcée"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs",),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau"),
            "land": ("camion", "poids lourd", "voiture"),
            "air": ("avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown={
        "exploitation": ("non renseigné", "NR"),
        "gender": ("non renseigné", ""),
        "age_group": ("non renseigné", ""),
        "transport_mode": ("non renseigné",),
        "nationality": ("inconnue", "non renseignée", ""),
    },
    not_applicable=None,
    zero=("aucun", "néant"),
    count_unknown=("NC", "inconnu"),
    country_styles={"name": 0.55, "demonym": 0.3, "upper": 0.1, "iso3": 0.05},
    demonyms="fr",
    transit_sep=" / ",
    offence_sep=", ",
    day_styles={"dmy": 0.85, "long_fr": 0.15},
    month_style="month_fr",
    quarter_style="t_fr",
    partial_rates=(0.07, 0.05),  # reports made weeks after the stay: "mai 2023"
    coord_style="split_comma",
    thousands="\u00a0",
    mojibake_rate=0.0,
    case_rate=0.05,
    direct_word=None,
)

RENTALIA = ShortLetSource(
    source="rentalia_seguridad",
    filename="rentalia_seguridad_pd.csv",
    ref="INC{yy:02d}{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº incidencia",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de sospechosos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del alojamiento",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales pendientes de validar por Seguridad",
    total="TOTAL",
    bad_count=("varios", "ver atestado", "bastantes"),
    repeats=False,
    vocab={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata"),
            "smuggling": ("Tráfico de migrantes", "Favorecimiento inmigración ilegal"),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Explotación para actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujeres", "Mujer"),
            "male": ("Hombres", "Hombre"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "Menores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación"),
            "land": ("Vehículo", "A pie", "Autobús"),
            "air": ("Avión", "Vuelo"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown={
        "exploitation": ("Sin datos", "s/d"),
        "gender": ("Sin datos", ""),
        "age_group": ("Sin datos", ""),
        "transport_mode": ("Sin datos",),
        "nationality": ("Desconocida", "s/d", ""),
    },
    not_applicable="No aplica",
    zero=("ninguno", "0"),
    count_unknown=("s/d", "desconocido"),
    country_styles={"name": 0.6, "demonym": 0.25, "upper": 0.1, "typo": 0.05},
    demonyms="es",
    transit_sep=" - ",
    offence_sep=" / ",
    day_styles={"dmy": 0.75, "dmy_dash": 0.25},
    month_style="mm_yyyy",
    quarter_style="t_es",
    partial_rates=(0.04, 0.02),
    coord_style="pair_maps",
    thousands=".",
    mojibake_rate=0.1,
    case_rate=0.05,
    direct_word="Directo",
)

COMPREO = ShortLetSource(
    source="compreoalquile_moderacion_pa",
    filename="compreoalquile_moderacion_pa_pd.xlsx",
    ref="MOD-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Categoría del reporte",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cantidad de sospechosos",
        "gender": "Género",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País del inmueble",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de traslado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: casos remitidos al Ministerio Público, cifras preliminares",
    total="Total",
    bad_count=("varios", "grupo grande", "ver informe"),
    repeats=False,
    vocab={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Explotación sexual comercial"),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto",),
        },
        "age_group": {
            "adult": ("Adultos",),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Drogas", "Contrabando"),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown={
        "exploitation": ("No indica",),
        "gender": ("No indica", ""),
        "age_group": ("No indica", ""),
        "transport_mode": ("No indica",),
        "nationality": ("No indica", ""),
    },
    not_applicable=None,
    zero=("ninguno",),
    count_unknown=("No indica", "N/D"),
    country_styles={"name": 0.55, "demonym": 0.3, "upper": 0.1, "iso2": 0.05},
    demonyms="es_pa",
    transit_sep=", ",
    offence_sep="; ",
    day_styles={"excel": 0.75, "serial": 0.1, "dmy": 0.15},
    month_style="month_es",
    quarter_style=None,
    partial_rates=(0.03, 0.0),
    coord_style="numbers",
    thousands=None,
    mojibake_rate=0.0,
    case_rate=0.04,
    direct_word=None,
)

#: The five desks, in the order their submissions are returned.
SOURCES: tuple[ShortLetSource, ...] = (BOOKING, PASSTHEKEYS, GITES, RENTALIA, COMPREO)

# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
_TEXT_COLUMNS = (
    "crime_type",
    "exploitation",
    "gender",
    "age_group",
    "transport_mode",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "linked_offences",
)


def _draw(rng: _Rng, weights: Mapping[str, float]) -> str:
    """Draw a key of ``weights`` with its weight."""
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a typing slip)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _date_text(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    """Write ``ts`` in one of the desks' date styles."""
    m = ts.month - 1
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_z":  # a UTC timestamp of the case tool; the day is as written
        return (
            ts.strftime("%Y-%m-%d")
            + f"T{int(rng.integers(6, 22)):02d}:"
            + (f"{int(rng.integers(0, 60)):02d}:{int(rng.integers(0, 60)):02d}Z")
        )
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "long_en":
        return f"{ts.day} {_MONTHS_EN[m]} {ts.year}"
    if style == "long_fr":
        return f"{ts.day} {_MONTHS_FR[m]} {ts.year}"
    if style == "excel":
        return ts.to_pydatetime()
    if style == "serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "ym":
        return ts.strftime("%Y-%m")
    if style == "month_en":
        return f"{_MONTHS_EN[m]} {ts.year}"
    if style == "month_fr":
        return f"{_MONTHS_FR[m]} {ts.year}"
    if style == "month_es":
        return f"{_MONTHS_ES[m]} {ts.year}"
    if style == "mm_yyyy":
        return ts.strftime("%m/%Y")
    if style == "q_en":
        return f"Q{ts.quarter} {ts.year}"
    if style == "t_fr":
        return f"T{ts.quarter} {ts.year}"
    if style == "t_es":
        return f"{ts.quarter}T {ts.year}"
    raise ValueError(f"unknown date style {style!r}")  # pragma: no cover - a typo here


def _usual_day(src: ShortLetSource) -> str:
    """Return the desk's most frequent day-date style."""
    return max(src.day_styles, key=lambda k: src.day_styles[k])


def _date_cell(
    src: ShortLetSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Return (cell, expected date, precision, tags) of an event's date."""
    r = float(rng.random())
    month_rate, quarter_rate = src.partial_rates
    if partial_ok and src.month_style is not None and r < month_rate:
        start = ts.to_period("M").start_time
        return _date_text(src.month_style, ts, rng), start, "month", ["partial_date"]
    if partial_ok and src.quarter_style is not None and r < month_rate + quarter_rate:
        start = ts.to_period("Q").start_time
        return _date_text(src.quarter_style, ts, rng), start, "quarter", ["partial_date"]
    style = _draw(rng, src.day_styles)
    tags = [f"date_{style}"] if style != _usual_day(src) else []
    return _date_text(style, ts, rng), ts.normalize(), "day", tags


def _country(
    src: ShortLetSource, iso: str, col: str, rng: _Rng, *, style: str | None = None
) -> tuple[str, list[str]]:
    """Write one ISO alpha-3 code the desk's way; return (text, tags)."""
    row = COUNTRIES[iso]
    name = str(row[_NAME_COL[src.language]])
    style = style or _draw(rng, src.country_styles)
    if style == "demonym":
        demonym = _DEMONYMS[src.demonyms].get(iso)
        return (demonym, [f"demonym:{col}"]) if demonym else (name, [])
    if style == "iso2":
        return iso_codes(iso)[0], [f"iso2:{col}"]
    if style == "iso3":
        return iso, [f"iso3:{col}"]
    if style == "upper":
        return name.upper(), [f"case:{col}"]
    if style == "alias" and src.language == "en" and iso in _ALIASES_EN:
        return _ALIASES_EN[iso], [f"alias:{col}"]
    if style == "typo":
        typo = str(row[5]) if src.language == "en" else _swap(name)
        if typo != name and typo.strip(".") != name:
            return typo, [f"typo:{col}"]
    return name, []


def _word(src: ShortLetSource, col: str, value: str, rng: _Rng) -> tuple[str, list[str]]:
    """Return the desk's word for a design word (the usual one 65 % of the time)."""
    words = src.vocab[col][value]
    if len(words) == 1 or rng.random() < 0.65:
        return words[0], []
    return words[1 + int(rng.integers(len(words) - 1))], [f"variant:{col}"]


def _count(src: ShortLetSource, n: int, col: str, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count as a number (JSON, Excel) or as text with the desk's separator."""
    if src.format != "csv":
        return n, []
    if n >= 1000 and src.thousands is not None and rng.random() < 0.6:
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", [f"thousands:{col}"]
    return str(n), []


def _coords(src: ShortLetSource, lat: float, lon: float) -> tuple[dict[str, object], float, float]:
    """Write a point the desk's way; return (cells, expected lat, expected lon)."""
    if src.coord_style == "numbers":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
    if src.coord_style == "pair":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src.coord_style == "pair_maps":
        return {"coordinates": f"{lat:.6f},{lon:.6f}"}, round(lat, 6), round(lon, 6)
    cells: dict[str, object] = {
        "lat": f"{lat:.5f}".replace(".", ","),
        "lon": f"{lon:.5f}".replace(".", ","),
    }
    return cells, round(lat, 5), round(lon, 5)


def _noise(text: str, rng: _Rng) -> str:
    """Change the case or spacing of a cell (the meaning stays)."""
    kind = int(rng.integers(4))
    if kind == 0:
        return text.upper()
    if kind == 1:
        return text.lower()
    if kind == 2:
        return f" {text}"
    return f"{text}  "


def _detection(src: ShortLetSource, iso: str, hotspot: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write the property's country (a UK office names the nation of the address at times)."""
    if src is PASSTHEKEYS and iso == "GBR" and rng.random() < 0.25:
        nation = "Scotland" if hotspot == "Glasgow" else "England"
        return nation, ["nation:detection_country"]
    if src is GITES and iso == "FRA" and rng.random() < 0.1:
        return "FR", ["iso2:detection_country"]
    style = "iso2" if src is BOOKING else ("upper" if rng.random() < 0.1 else "name")
    if src is not BOOKING and style == "name" and src.language == "en" and rng.random() < 0.4:
        style = "alias"
    return _country(src, iso, "detection_country", rng, style=style)


def _destination(src: ShortLetSource, iso: str, rng: _Rng) -> tuple[str, list[str]]:
    """Where the persons were heading; in Calais the United Kingdom is ``Angleterre``."""
    if src is GITES and iso == "GBR" and rng.random() < 0.25:
        return "Angleterre", ["alias:destination_country"]
    style = "iso2" if src is BOOKING else None
    if style is None:
        style = "name" if rng.random() < 0.8 else _draw(rng, src.country_styles)
        style = "name" if style == "demonym" else style
    return _country(src, iso, "destination_country", rng, style=style)


def _render(
    src: ShortLetSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: ``(cells, expected, tags)``."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    legacy = bool(rng.random() < src.mojibake_rate)  # a row of the old back office

    ts = pd.Timestamp(str(ev["event_date"]))
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date_cell(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"], t = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    tags += t

    expl = ev["exploitation"]
    if expl is None:  # pure smuggling: nothing to say, or "not applicable"
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, src.unknown["exploitation"])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"], t = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)
        tags += t

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, src.count_unknown) or None
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n_persons, "n_persons", rng)
        exp["n_persons"] = n_persons
        tags += t

    n_suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        word = choice(rng, src.count_unknown)
        cells["n_suspects"], exp["n_suspects"] = (word or None), None
        tags.append("suspects_placeholder" if word else "blank_n_suspects")
    elif n_suspects == 0 and src.zero and r < 0.6:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.zero), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], t = _count(src, n_suspects, "n_suspects", rng)
        exp["n_suspects"] = n_suspects
        tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.04:
        word = "" if forced_blank == "gender" else choice(rng, src.unknown["gender"])
        cells["gender"], exp["gender"] = (word or None), "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], t = _word(src, "gender", gender, rng)
        exp["gender"] = gender
        tags += t

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.03:  # the desk did not record it
            cells[col] = choice(rng, src.unknown[col]) or None
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], t = _word(src, col, value, rng)
            exp[col] = value
            tags += t

    nat = str(ev["nationality"])
    if forced_blank == "nationality" or rng.random() < 0.04:
        word = "" if forced_blank == "nationality" else choice(rng, src.unknown["nationality"])
        cells["nationality"], exp["nationality"] = (word or None), None
        tags.append("blank_nationality")
    else:
        cells["nationality"], t = _country(src, nat, "nationality", rng)
        exp["nationality"] = nat
        tags += t

    origin = str(ev["origin_country"])
    style = _draw(rng, src.country_styles)
    cells["origin_country"], t = _country(
        src, origin, "origin_country", rng, style="name" if style == "demonym" else style
    )
    exp["origin_country"] = origin
    tags += t

    dest = str(ev["destination_country"])
    cells["destination_country"], t = _destination(src, dest, rng)
    exp["destination_country"] = dest
    tags += t

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t = _detection(src, det, str(ev["hotspot"]), rng)
        exp["detection_country"] = det
        tags += t

    transit = ev["transit_countries"]
    if transit is None:
        direct = src.direct_word is not None and rng.random() < 0.5
        cells["transit_countries"] = src.direct_word if direct else None
        exp["transit_countries"] = None
        tags += ["direct_word"] if direct else []
    else:
        parts = []
        list_style = _draw(rng, src.country_styles) if src is BOOKING else "name"
        for iso in str(transit).split("|"):  # one list is typed in one way, a slip aside
            style = list_style
            if src is not BOOKING and rng.random() < 0.08:
                style = choice(rng, ("typo", "upper"))
            text, t = _country(src, iso, "transit_countries", rng, style=style)
            parts.append(text)
            tags += t
        cells["transit_countries"] = src.transit_sep.join(parts)
        exp["transit_countries"] = str(transit)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.05:
        if src is PASSTHEKEYS:
            cells["coordinates"] = "n/k"
            tags.append("coords_placeholder")
        else:
            tags.append("coords_missing")
        exp["lat"] = exp["lon"] = None
    else:
        more, exp["lat"], exp["lon"] = _coords(src, lat, lon)
        cells.update(more)

    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        words = []
        for name in str(off).split("|"):
            word, t = _word(src, "linked_offences", name, rng)
            words.append(word)
            tags += t
        cells["linked_offences"] = src.offence_sep.join(words)
        exp["linked_offences"] = str(off)

    for col in _TEXT_COLUMNS:  # a clerk's case and spacing; the old back office's mojibake
        cell = cells.get(col)
        if not isinstance(cell, str) or len(cell) <= 3:  # codes keep their case
            continue
        text = cell
        if src.case_rate and rng.random() < src.case_rate:
            cells[col] = text = _noise(text, rng)
            tags.append(f"case:{col}")
        garbled = mojibake(text) if legacy else None
        if garbled is not None and fits(garbled, src):
            cells[col] = garbled
            tags.append(f"mojibake:{col}")
        elif not fits(text, src):  # pragma: no cover - every word above fits its encoding
            raise ValueError(f"{text!r} cannot be written in {src.encoding}")
    return cells, exp, tags


def _impossible_day(ts: pd.Timestamp, rng: _Rng) -> tuple[int, int, int]:
    """Return a day missing from the event's year (30 February, 31 April ...)."""
    month = int(choice(rng, ("2", "4", "6", "9", "11")))
    return ts.year, month, 30 if month == 2 else 31


def _future_year(year: int) -> int:
    """Return the year with its last two digits swapped, or ten years on (a future year)."""
    text = str(year)
    swapped = int(text[:2] + text[3] + text[2])
    return swapped if swapped > 2026 else year + 10


def _bad_date(src: ShortLetSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        year = _future_year(ts.year)
        day = min(ts.day, 28) if ts.month == 2 else ts.day
        return _date_text(_usual_day(src), pd.Timestamp(year, ts.month, day), rng)
    if src is BOOKING and rng.random() < 0.5:
        return "0000-00-00"
    y, m, d = _impossible_day(ts, rng)
    if src is BOOKING:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if src is RENTALIA and rng.random() < 0.3:
        return f"{d:02d}-{m:02d}-{y:04d}"
    return f"{d:02d}/{m:02d}/{y:04d}"


def _note_date(src: ShortLetSource, last: pd.Timestamp) -> object:
    """Return the note row's date: the export's last day, in the desk's style."""
    return _date_text(_usual_day(src), last, np.random.default_rng(0))


_PRIMARY = {
    "GBR": PASSTHEKEYS.source,
    "FRA": GITES.source,
    "ESP": RENTALIA.source,
    "PAN": COMPREO.source,
}
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "GBR"): BOOKING.source,
    ("thb_vnm_gbr", "GBR"): BOOKING.source,
    ("channel", "FRA"): BOOKING.source,
    ("wmed", "ESP"): BOOKING.source,
    ("watl", "ESP"): BOOKING.source,
    ("thb_rou_esp", "ESP"): BOOKING.source,
    ("darien", "PAN"): BOOKING.source,
    # the Spanish portal also lists Italian holiday flats of the Agro Pontino
    ("thb_rou_esp", "ITA"): RENTALIA.source,
}

#: The variant: its desks, who reports what first and second, and how they write.
BLIND418: Examiner[ShortLetSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=BOOKING.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=418,
    blank_share=0.3,
)


def make_blind418(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five short-let desks' submissions (files ``*_pd.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``booking_trust_safety_pd.jsonl``, ``passthekeys_safeguarding_pd.csv``,
        ``gites_de_france_signalements_pd.csv``, ``rentalia_seguridad_pd.csv`` and
        ``compreoalquile_moderacion_pa_pd.xlsx``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind418(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['booking_trust_safety_pd.jsonl', 'passthekeys_safeguarding_pd.csv',
     'gites_de_france_signalements_pd.csv', 'rentalia_seguridad_pd.csv',
     'compreoalquile_moderacion_pa_pd.xlsx']
    >>> [(s.format, s.encoding, s.delimiter) for s in subs[2:4]]
    [('csv', 'cp1252', ';'), ('csv', 'utf-8-sig', ';')]
    >>> all(len(s.frame) == len(s.expected) for s in subs)
    True
    >>> subs[2].frame.columns[1]
    'Date des faits'
    """
    return make_examined(BLIND418, truth, seed=seed)
