r"""Examiner sample set ``blind206`` (files ``*_gz.*``): five research event databases.

Five research projects and university observatories that code trafficking and smuggling
events from the press, court reports and official communiqués into their own databases,
each written the way such a team keeps its sheet or exports its base:

``rightslab_nott_gz.xlsx``
    Rights Lab (University of Nottingham), UK modern slavery and small-boat case log.
    English; Excel dates (a few typed as ``dd/mm/yyyy`` text, ``May 2023`` or ``Q2 2023``
    when only the month or quarter is known); nationalities as demonyms (``Vietnamese``);
    ``UK``, ``England`` or ``Scotland`` for the United Kingdom; routes joined by ``" > "``;
    ``None identified`` for no suspect; coordinates geocoded to three decimals.
``cemyri_ual_gz.csv``
    CEMyRI, Universidad de Almería, press-coded arrivals and trafficking cases in Spain.
    Spanish; cp1252, ``;`` delimiter, CRLF; ``dd/mm/yyyy`` (some unpadded),
    ``mayo 2023``, ``T2 2023``; ``1.250`` thousands; decimal commas; some cells pasted
    from UTF-8 web pages (mojibake); ``No procede`` for exploitation of smuggling cases;
    ``Salto de valla``, ``Cayuco``, ``Patera``; ``Contra la salud pública`` for drugs.
``icmigrations_gz.jsonl``
    Institut Convergences Migrations, Channel events database (PostGIS export).
    French keys and labels; JSON with ``\uXXXX`` escapes (ASCII file); ISO dates,
    ``2023-05`` and ``T2 2023``; transit countries as a JSON array; coordinates as WKT
    ``POINT(lon lat)``; ``MNA`` for unaccompanied minors; nulls for unknown counts.
``prami_ibero_gz.csv``
    Programa de Asuntos Migratorios (Universidad Iberoamericana, Mexico City), smuggling
    events in Panama and at the US-Mexico border. Mexican Spanish; Excel "Unicode text"
    export (UTF-16 with BOM, tab delimiter); ``17/05/2023`` and ``17-may-2023``;
    ``Tráfico de personas`` (the Mexican legal term for smuggling) beside ``Trata``;
    ``NNA`` for minors; ``EUA`` for the United States; feminine demonyms
    (``venezolana``); ``1,250`` thousands; ``lat, long`` pairs, a few swapped.
``eui_mpc_gz.csv``
    Migration Policy Centre (European University Institute), irregular-migration event
    dataset, the compilation of what no other source reports (Italy, Greece, Croatia,
    Poland). English; R ``write.csv``-style export (UTF-8, ``,``, ``NA`` for missing);
    ISO 3166 alpha-3 codes (a few alpha-2 or names); ISO dates, a few
    Excel serials left by a merged sheet, ``2023-05`` months; rows re-sent (exact
    repeats).

Every cell's expected clean value is what a careful analyst reads from it; cells that say
nothing (``NA``, ``s/d``, ``Not stated``) expect nothing or ``unknown``.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["AGENCIES", "BLIND206", "Agency", "make_blind206"]

_Rng = np.random.Generator
_Words = Mapping[str, Mapping[str, tuple[str, ...]]]

# iso3: (English, French, Spanish)
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("UK", "Royaume-Uni", "Reino Unido"),
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
    "USA": ("USA", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Nationality adjectives as each team writes them (English; French feminine, agreeing
#: with "nationalité"; Spanish masculine in Spain, feminine in Mexico).
_DEMONYMS: dict[str, dict[str, str]] = {
    "rightslab_nott": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "CHN": "Chinese",
        "ROU": "Romanian",
        "NGA": "Nigerian",
    },
    "icmigrations": {
        "AFG": "afghane",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
    },
    "cemyri_ual": {
        "MAR": "marroquí",
        "DZA": "argelino",
        "GIN": "guineano",
        "MLI": "maliense",
        "SEN": "senegalés",
        "GMB": "gambiano",
        "CIV": "marfileño",
        "ROU": "rumano",
        "NGA": "nigeriano",
    },
    "prami_ibero": {
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
    },
}

#: Small typing slips a reader still recognises, by language.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "ALB": "Albnia",
        "SYR": "Syira",
        "VNM": "Vietnan",
    },
    "es": {
        "MAR": "Marrueco",
        "SEN": "Senegall",
        "MRT": "Mauritana",
        "VEN": "Venezuala",
        "GTM": "Guatemla",
        "HND": "Hondura",
        "ECU": "Equador",
        "COL": "Columbia",
        "ROU": "Rumania",
    },
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """A research team's database, with its own words.

    Attributes
    ----------
    team : str
        Short key of the team (selects its date, country, count and place habits).
    words : mapping
        Column -> canonical word -> the team's spellings (first = the usual one).
    unknown : tuple of str
        What the team writes in a vocabulary or nationality cell it does not know
        (empty: it leaves the cell blank).
    no_count : tuple of str
        What it writes for a count it does not know.
    zero : tuple of str
        Words it may write for no suspect at all (empty: it writes ``0``).
    not_applicable : str or None
        Its exploitation cell for a pure smuggling event.
    missing : str or None
        What its export holds in an empty cell (R's ``"NA"``, or None).
    offence_sep : str
        Separator of its linked-offence lists.
    """

    team: str
    words: _Words
    unknown: tuple[str, ...]
    no_count: tuple[str, ...]
    zero: tuple[str, ...]
    not_applicable: str | None
    missing: str | None
    offence_sep: str


_FIELDS = (
    "source_ref",
    "event_date",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "detection_country",
    "transit_countries",
    "transport_mode",
)


def _headers(names: tuple[str, ...], place: tuple[str, ...], offences: str) -> dict[str, str]:
    heads = dict(zip(_FIELDS, names, strict=True))
    if len(place) == 1:
        heads["coordinates"] = place[0]
    else:
        heads["lat"], heads["lon"] = place
    heads["linked_offences"] = offences
    return heads


RIGHTSLAB = Agency(
    source="rightslab_nott_gz",
    filename="rightslab_nott_gz.xlsx",
    ref="RL-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers=_headers(
        (
            "Case ID",
            "Date of incident",
            "Offence category",
            "Exploitation type",
            "No. of potential victims / migrants",
            "No. of suspects",
            "Sex",
            "Age category",
            "Nationality",
            "Country of origin",
            "Intended destination",
            "Country where identified",
            "Route (transit countries)",
            "Mode of transport",
        ),
        ("Lat", "Long"),
        "Associated offences",
    ),
    note="Coded from open sources (press, CPS and court reports); figures as reported",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=False,
    team="rightslab",
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Modern slavery / human trafficking"),
            "smuggling": ("People smuggling", "Facilitation of illegal entry"),
            "both": ("Modern slavery + facilitation", "Both (MS & smuggling)"),
        },
        "exploitation": {
            "sexual": ("Sexual",),
            "forced_labour": ("Labour",),
            "forced_criminality": ("Criminal", "Criminal (cannabis cultivation)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "child": ("Child", "Minor (U18)"),
            "adult": ("Adult",),
            "mixed": ("Adults & children",),
        },
        "transport_mode": {
            "sea": ("Small boat", "Sea"),
            "land": ("Lorry", "HGV", "Car", "Land"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Bribery/corruption",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs (cannabis)", "Drug supply"),
            "cybercrime": ("Cyber-enabled offences",),
            "terrorism": ("Terrorism",),
        },
    },
    unknown=("Not stated", "Unknown"),
    no_count=("Not reported", "Not stated"),
    zero=("None identified",),
    not_applicable=None,
    missing=None,
    offence_sep="; ",
)

CEMYRI = Agency(
    source="cemyri_ual_gz",
    filename="cemyri_ual_gz.csv",
    ref="CEM-{year}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers=_headers(
        (
            "Nº registro",
            "Fecha del hecho",
            "Tipología",
            "Finalidad de la explotación",
            "Nº de personas",
            "Nº de detenidos/investigados",
            "Sexo",
            "Edad",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País de interceptación",
            "Países de tránsito",
            "Medio de transporte",
        ),
        ("Latitud", "Longitud"),
        "Otros delitos",
    ),
    note="Nota: datos provisionales; fuentes: prensa y notas del Ministerio del Interior",
    total="TOTAL",
    bad_count=("varios", "decenas"),
    repeats=False,
    team="cemyri",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "Trata"),
            "smuggling": (
                "Favorecimiento de la inmigración clandestina",
                "Tráfico ilícito de migrantes",
            ),
            "both": ("Trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras formas",),
        },
        "gender": {
            "female": ("Mujeres",),
            "male": ("Hombres", "Varones"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        "age_group": {
            "child": ("Menores",),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática", "Embarcación"),
            "land": ("Terrestre",),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Contra la salud pública", "Tráfico de drogas"),
            "cybercrime": ("Ciberdelincuencia",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Sin datos", "s/d"),
    no_count=("s/d", "Sin datos"),
    zero=("Ninguno",),
    not_applicable="No procede",
    missing=None,
    offence_sep=" / ",
)

ICM = Agency(
    source="icmigrations_gz",
    filename="icmigrations_gz.jsonl",
    ref="ICM-{year}-{seq:05d}",
    format="jsonl",
    encoding="ascii",
    delimiter=None,
    language="fr",
    headers=_headers(
        (
            "id_evenement",
            "date_evenement",
            "qualification",
            "type_exploitation",
            "nb_personnes",
            "nb_mis_en_cause",
            "sexe",
            "classe_age",
            "nationalite",
            "pays_origine",
            "pays_destination",
            "pays_constatation",
            "pays_transit",
            "mode_transport",
        ),
        ("coordonnees",),
        "infractions_connexes",
    ),
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    team="icm",
    words={
        "crime_type": {
            "trafficking": ("traite des êtres humains", "TEH"),
            "smuggling": ("aide à l'entrée irrégulière", "trafic de migrants"),
            "both": ("traite + trafic de migrants",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte",),
        },
        "age_group": {
            "child": ("mineurs", "MNA"),
            "adult": ("majeurs", "adultes"),
            "mixed": ("majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "maritime"),
            "land": ("poids lourd", "camion", "terrestre"),
            "air": ("aérien",),
        },
        "linked_offences": {
            "document_fraud": ("faux et usage de faux", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("trafic de stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    unknown=(),
    no_count=(),
    zero=(),
    not_applicable=None,
    missing=None,
    offence_sep=", ",
)

PRAMI = Agency(
    source="prami_ibero_gz",
    filename="prami_ibero_gz.csv",
    ref="PRAMI/{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers=_headers(
        (
            "Folio",
            "Fecha del evento",
            "Delito",
            "Tipo de explotación",
            "Número de personas migrantes",
            "Probables responsables",
            "Sexo",
            "Grupo de edad",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "País del evento",
            "Países de tránsito",
            "Medio de transporte",
        ),
        ("Coordenadas (lat, long)",),
        "Delitos asociados",
    ),
    note="Nota: información recopilada de medios y comunicados oficiales",
    total="Total general",
    bad_count=("varios", "decenas", "más de 20"),
    repeats=False,
    team="prami",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas",),
            "smuggling": ("Tráfico de personas", "Tráfico ilícito de migrantes"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo o servicios forzados",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzoso",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Mujeres",),
            "male": ("Hombres",),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        "age_group": {
            "child": ("NNA", "Menores de edad"),
            "adult": ("Adultos",),
            "mixed": ("Adultos y NNA", "Familias"),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
            "corruption": ("Cohecho",),
            "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("Delitos contra la salud",),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
    },
    unknown=("Sin dato", "N/D"),
    no_count=("Sin dato",),
    zero=("Ninguno",),
    not_applicable="No aplica",
    missing=None,
    offence_sep="; ",
)

EUI = Agency(
    source="eui_mpc_gz",
    filename="eui_mpc_gz.csv",
    ref="MPC{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers=_headers(
        (
            "event_id",
            "date",
            "crime",
            "exploitation_form",
            "n_people",
            "n_perpetrators",
            "sex",
            "age",
            "nationality_iso3",
            "origin_iso3",
            "destination_iso3",
            "country_iso3",
            "transit_iso3",
            "mode",
        ),
        ("latitude", "longitude"),
        "related_crimes",
    ),
    note="Note: dataset under revision (v0.9), do not cite",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=True,
    team="eui",
    words={
        "crime_type": {
            "trafficking": ("trafficking", "THB"),
            "smuggling": ("smuggling", "SoM"),
            "both": ("smuggling & trafficking",),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("criminal activities",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {"female": ("female",), "male": ("male",), "mixed": ("mixed",)},
        "age_group": {"child": ("minors",), "adult": ("adults",), "mixed": ("mixed",)},
        "transport_mode": {"sea": ("sea",), "land": ("land",), "air": ("air",)},
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    unknown=("NA",),
    no_count=("NA",),
    zero=(),
    not_applicable="NA",
    missing="NA",
    offence_sep="; ",
)

#: The five sources, in the order :func:`make_blind206` returns them.
AGENCIES: tuple[Agency, ...] = (RIGHTSLAB, CEMYRI, ICM, PRAMI, EUI)

_ES_MONTH_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)
_ES_MONTHS = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(src: Agency, col: str, value: str, rng: _Rng) -> str:
    """Return the team's word for a canonical value (the usual one 70 %, else a variant)."""
    forms = src.words[col][value]
    if len(forms) == 1 or rng.random() < 0.7:
        return forms[0]
    return choice(rng, forms[1:])


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write a date the team's way; return (cell, expected date, precision, tags)."""
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    m, q = ts.month - 1, ts.quarter
    team = src.team
    share_month = {"rightslab": 0.06, "cemyri": 0.05, "icm": 0.06, "prami": 0.05, "eui": 0.05}
    share_quarter = {"rightslab": 0.03, "cemyri": 0.03, "icm": 0.04, "prami": 0.0, "eui": 0.0}
    if partial_ok and r < share_month[team]:
        cell = {
            "rightslab": f"{_EN_MONTHS[m]} {ts.year}",
            "cemyri": f"{_ES_MONTHS[m]} {ts.year}",
            "icm": ts.strftime("%Y-%m"),
            "prami": f"{_ES_MONTHS[m]} de {ts.year}",
            "eui": ts.strftime("%Y-%m"),
        }[team]
        return cell, month_start, "month", ["partial_date:month"]
    if partial_ok and r < share_month[team] + share_quarter[team]:
        cell = f"Q{q} {ts.year}" if team == "rightslab" else f"T{q} {ts.year}"
        return cell, quarter_start, "quarter", ["partial_date:quarter"]
    tags: list[str] = []
    s = rng.random()
    if team == "rightslab":
        if s < 0.06:  # typed into the cell as text
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_text"]
        return ts.to_pydatetime(), ts, "day", tags
    if team == "cemyri":
        if s < 0.12:  # typed by hand, without the leading zeros
            return f"{ts.day}/{ts.month}/{ts.year}", ts, "day", ["date_unpadded"]
        return ts.strftime("%d/%m/%Y"), ts, "day", tags
    if team == "icm":
        return ts.strftime("%Y-%m-%d"), ts, "day", tags
    if team == "prami":
        if s < 0.3:
            return f"{ts.day:02d}-{_ES_MONTH_ABBR[m]}-{ts.year}", ts, "day", ["date_month_abbr"]
        return ts.strftime("%d/%m/%Y"), ts, "day", tags
    if s < 0.04:  # a merged sheet left Excel's day numbers
        return str((ts - _EXCEL_EPOCH).days), ts, "day", ["excel_serial"]
    return ts.strftime("%Y-%m-%d"), ts, "day", tags


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that cannot be used: none, impossible, or a slip into the future."""
    team = src.team
    if kind == "no_date":
        if team in ("cemyri", "prami") and rng.random() < 0.4:
            return "s/f"  # "sin fecha"
        return src.missing
    if kind == "bad_date":  # a day the month does not have
        day = 31 if ts.month in (4, 6, 9, 11) else 30 if ts.month == 2 else 32
        if team in ("icm", "eui"):
            return f"{ts.year}-{ts.month:02d}-{day}"
        return f"{day}/{ts.month:02d}/{ts.year}"
    try:  # the decade mistyped: 2023 -> 2033
        future = ts.replace(year=ts.year + 10)
    except ValueError:
        future = ts.replace(year=ts.year + 10, day=28)
    if team == "rightslab":
        return future.to_pydatetime()
    if team in ("icm", "eui"):
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date a team writes on its note row (the day of its last event)."""
    if src.team == "rightslab":
        return last.to_pydatetime()
    if src.team in ("icm", "eui"):
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


def _country(
    src: Agency, iso: str, col: str, rng: _Rng, ev: Mapping[str, object]
) -> tuple[str, list[str]]:
    """Write one country the team's way; return (cell, tags)."""
    team = src.team
    lang = _LANG[src.language]
    name = _NAMES[iso][lang]
    demonym = _DEMONYMS.get(src.source.removesuffix("_gz"), {}).get(iso)
    typo = _TYPOS.get(src.language, {}).get(iso)
    r = rng.random()
    if team == "eui":
        if r < 0.05:
            return iso_codes(iso)[0], [f"iso2:{col}"]
        if r < 0.09:
            return _NAMES[iso][0], [f"name:{col}"]
        return iso, []
    if col == "nationality" and demonym is not None:
        share = {"rightslab": 0.65, "icm": 0.3, "cemyri": 0.12, "prami": 0.5}[team]
        if r < share:
            return demonym, ["demonym:nationality"]
        r = rng.random()
    if team == "rightslab":
        if col == "detection_country" and iso == "GBR" and r < 0.2:
            where = "Scotland" if ev.get("hotspot") == "Glasgow" else "England"
            return where, ["alias:detection_country"]
        if iso == "GBR" and r < 0.35:
            return "United Kingdom", []
        if iso == "VNM" and r < 0.3:
            return "Viet Nam", ["alias:" + col]
        if typo and r > 0.96:
            return typo, ["typo:" + col]
        if r > 0.93:
            return name.lower(), ["case:" + col]
        return name, []
    if team == "cemyri":
        if r < 0.05 and (garbled := mojibake(name)) is not None:
            return garbled, ["mojibake:" + col]
        if iso == "GIN" and r < 0.4:
            return "Guinea Conakry", ["alias:" + col]
        if typo and r > 0.96:
            return typo, ["typo:" + col]
        if r > 0.88:
            return name.upper(), ["case:" + col]
        if r > 0.85:
            return f" {name} ", ["spacing:" + col]
        return name, []
    if team == "icm":
        if iso == "GBR" and r < 0.2:
            return "Grande-Bretagne", ["alias:" + col]
        if r > 0.95:
            return iso, ["iso3:" + col]
        return name, []
    # prami
    if iso == "USA":
        if r < 0.35:
            return "EUA", ["alias:" + col]
        if r < 0.5:
            return "EE.UU.", ["alias:" + col]
    if typo and r > 0.95:
        return typo, ["typo:" + col]
    if r > 0.88:
        return name.upper(), ["case:" + col]
    return name, []


def _transit(src: Agency, value: str | None, rng: _Rng) -> tuple[object, list[str]]:
    """Write the ordered transit countries the team's way."""
    if value is None:
        if src.team == "rightslab":
            return "Direct", ["direct_word"]
        return src.missing, []
    codes = value.split("|")
    team = src.team
    lang = _LANG[src.language]
    if team == "eui":
        return ";".join(codes), []
    names = [_NAMES[c][lang] for c in codes]
    if team == "icm":
        return names, ["transit_array"]
    sep = {"rightslab": " > ", "cemyri": ", ", "prami": " - "}[team]
    tags = []
    if team == "cemyri" and rng.random() < 0.1:
        names = [n.upper() for n in names]
        tags.append("case:transit_countries")
    return sep.join(names), tags


def _offences(src: Agency, value: str | None, rng: _Rng) -> object:
    """Write the linked offences in the team's words, in the truth's order."""
    if value is None:
        return src.missing
    words = [_word(src, "linked_offences", v, rng) for v in value.split("|")]
    return src.offence_sep.join(words)


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the persons count; return (cell, expected, tags)."""
    if src.team != "icm" and rng.random() < 0.015:
        return choice(rng, src.no_count), None, ["count_placeholder"]
    if src.team == "icm" and rng.random() < 0.015:
        return None, None, ["count_placeholder"]
    if src.format != "csv":
        return n, n, []
    if n >= 1000 and src.team in ("cemyri", "prami") and rng.random() < 0.7:
        sep = "." if src.team == "cemyri" else ","
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
    return str(n), n, []


def _suspects(src: Agency, n: int | None, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the suspects count; return (cell, expected, tags)."""
    if n is None or rng.random() < 0.05:
        if src.team == "icm":
            return None, None, ["suspects_placeholder"]
        return choice(rng, src.no_count), None, ["suspects_placeholder"]
    if n == 0 and src.zero and rng.random() < 0.35:
        return choice(rng, src.zero), 0, ["zero_word"]
    if src.format != "csv":
        return n, n, []
    return str(n), n, []


def _vocab(
    src: Agency, col: str, value: str, rng: _Rng, rate: float
) -> tuple[object, str, list[str]]:
    """Write a gender, age group or transport mode; ``rate`` of them left unknown."""
    if rng.random() < rate:
        cell: object = choice(rng, src.unknown) if src.unknown else None
        tag = "blank_gender" if col == "gender" else f"na_word:{col}"
        return cell, "unknown", [tag]
    return _word(src, col, value, rng), value, []


def _mode(src: Agency, ev: Mapping[str, object], rng: _Rng) -> tuple[object, str, list[str]]:
    """Write the transport mode; some teams name the crossing itself."""
    mode = str(ev["transport_mode"])
    hotspot = str(ev.get("hotspot") or "")
    corridor = str(ev.get("corridor") or "")
    cell, exp, tags = _vocab(src, "transport_mode", mode, rng, 0.02)
    if exp == "unknown":
        return cell, exp, tags
    r = rng.random()
    if src.team == "cemyri":
        if mode == "land" and hotspot in ("Ceuta", "Melilla"):
            if r < 0.5:
                return "Salto de valla", mode, ["crossing_word"]
            if r < 0.75:
                return "Oculto en vehículo", mode, ["crossing_word"]
        if mode == "land" and corridor == "thb_rou_esp" and r < 0.5:
            return choice(rng, ("Autobús", "Furgoneta")), mode, ["crossing_word"]
        if mode == "sea" and corridor == "watl" and r < 0.7:
            return "Cayuco", mode, ["crossing_word"]
    if src.team == "prami" and mode == "land":
        if corridor == "darien" and r < 0.4:
            return "A pie (selva)", mode, ["crossing_word"]
        if corridor == "us_mex" and r < 0.2:
            return "Tractocamión", mode, ["crossing_word"]
    return cell, exp, tags


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, expected lon, tags)."""
    team = src.team
    gone = {"rightslab": 0.1, "cemyri": 0.08, "icm": 0.05, "prami": 0.12, "eui": 0.05}[team]
    if blank or rng.random() < gone:
        tag = "blank_coordinates" if blank else "coords_missing"
        if "coordinates" in src.headers:
            return {"coordinates": src.missing}, None, None, [tag]
        return {"lat": src.missing, "lon": src.missing}, None, None, [tag]
    digits = {"rightslab": 3, "cemyri": 4, "icm": 5, "prami": 4, "eui": 5}[team]
    y, x = round(lat, digits), round(lon, digits)
    if team == "rightslab":
        return {"lat": y, "lon": x}, y, x, []
    if team == "cemyri":
        ys, xs = f"{y:.4f}".replace(".", ","), f"{x:.4f}".replace(".", ",")
        return {"lat": ys, "lon": xs}, y, x, ["decimal_comma:coordinates"]
    if team == "icm":
        return {"coordinates": f"POINT({x:.5f} {y:.5f})"}, y, x, ["coords_wkt"]
    if team == "prami":
        if rng.random() < 0.03:  # typed longitude first
            return {"coordinates": f"{x:.4f}, {y:.4f}"}, y, x, ["coords_swapped"]
        return {"coordinates": f"{y:.4f}, {x:.4f}"}, y, x, []
    return {"lat": f"{y:.5f}", "lon": f"{x:.5f}"}, y, x, []


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the team does: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"], t = _count(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    suspects = None if ev["n_suspects"] is None else int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = src.missing, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, suspects, rng)
        tags += t

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = src.missing, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"], t = _vocab(src, "gender", str(ev["gender"]), rng, 0.03)
        tags += t
    cells["age_group"], exp["age_group"], t = _vocab(
        src, "age_group", str(ev["age_group"]), rng, 0.03
    )
    tags += t

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = src.missing, None
            continue
        if forced_blank == col:
            cells[col], exp[col] = src.missing, None
            tags.append(f"blank_{col}")
            continue
        if col == "nationality" and rng.random() < 0.03:
            cells[col] = choice(rng, src.unknown) if src.unknown else None
            exp[col] = None
            tags.append("blank_nationality")
            continue
        cells[col], t = _country(src, str(iso), col, rng, ev)
        exp[col] = str(iso)
        tags += t

    transit = None if ev["transit_countries"] is None else str(ev["transit_countries"])
    cells["transit_countries"], t = _transit(src, transit, rng)
    exp["transit_countries"] = transit
    tags += t

    cells["transport_mode"], exp["transport_mode"], t = _mode(src, ev, rng)
    tags += t

    place, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
    )
    cells.update(place)
    tags += t

    offences = None if ev["linked_offences"] is None else str(ev["linked_offences"])
    cells["linked_offences"] = _offences(src, offences, rng)
    exp["linked_offences"] = offences
    return cells, exp, tags


#: The variant: who reports what first, who reports it again, and how each writes.
BLIND206: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "GBR": RIGHTSLAB.source,
        "ESP": CEMYRI.source,
        "FRA": ICM.source,
        "PAN": PRAMI.source,
        "USA": PRAMI.source,
    },
    compilation=EUI.source,
    secondary={
        ("channel", "FRA"): RIGHTSLAB.source,
        ("channel", "GBR"): ICM.source,
        ("thb_vnm_gbr", "GBR"): ICM.source,
        ("watl", "ESP"): EUI.source,
        ("wmed", "ESP"): EUI.source,
        ("thb_rou_esp", "ESP"): EUI.source,
        ("thb_rou_esp", "ITA"): CEMYRI.source,
        ("thb_nga_ita", "ITA"): CEMYRI.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=206,
    blank_share=0.3,
)


def make_blind206(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    r"""Write the true events as the five research databases of set ``blind206``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``rightslab_nott_gz.xlsx``, ``cemyri_ual_gz.csv``, ``icmigrations_gz.jsonl``,
        ``prami_ibero_gz.csv`` and ``eui_mpc_gz.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind206(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['rightslab_nott_gz.xlsx', 'cemyri_ual_gz.csv', 'icmigrations_gz.jsonl',
     'prami_ibero_gz.csv', 'eui_mpc_gz.csv']
    >>> [(s.encoding, s.delimiter) for s in subs][1:4]
    [('cp1252', ';'), ('ascii', None), ('utf-16', '\t')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del evento', 'Delito']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND206, truth, seed=seed)
