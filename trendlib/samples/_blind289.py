"""Examiner sample set ``blind289`` (files ``*_ke.*``): transplant authorities' registers.

Five organ-donation and transplant bodies keep registers of suspected trafficking for the
removal of organs and of the smuggled donors or recipients linked to it, beside the other
trafficking and smuggling referrals their hospital coordinators pass on. Each writes them
in its own working language, file format and legal wording:

``ont_trasplantes_ke.xlsx``
    Spain's Organización Nacional de Trasplantes: an Excel register in Spanish; real Excel
    dates with a few typed ones (``17/05/2023``, ``mayo 2023``, ``2º trimestre 2023``),
    offences named by their article of the Código Penal (177 bis, 318 bis), Spanish
    demonyms, ``Patera``/``Cayuco``/``Salto de valla``, ``Ninguno`` for no suspect,
    coordinates as numbers (a few typed with a decimal comma) and the notifying hospital.
``abm_biovigilance_ke.csv``
    France's Agence de la biomédecine: cp1252, ``;``, CRLF, French; ``17/05/2023`` (a few
    ``17 mai 2023``, ``mai 2023``, ``T2 2023``), the Code pénal and CESEDA wording,
    feminine nationality adjectives (``afghane``), ``Angleterre``, ``F/M``, ``aucun``,
    ``NC``, coordinates in degrees, minutes and seconds.
``nhsbt_ods_ke.csv``
    NHS Blood and Transplant: UTF-16 tab-separated text (Excel's "Unicode text"),
    English; ``17 May 2023`` or ``17/05/2023``, ``May 2023``, ``Q2 2023``; NRM categories
    (``Labour``, ``Criminal``), MSHT/OIC, demonyms, ``England``/``Scotland``, routes
    joined by ``>``, ``Direct``, small counts in words, ``None identified``.
``cenatra_sirnt_ke.jsonl``
    Mexico's Centro Nacional de Trasplantes (SIRNT export): JSON lines with Spanish
    snake-case keys; ISO dates and date-times, ``2023-05`` for a month; Mexican legal
    wording (``Tráfico de personas (art. 159 Ley de Migración)``, ``NNA``,
    ``probables responsables``, ``Operaciones con recursos de procedencia ilícita``),
    ``EUA``, transit countries as a JSON array, nulls; some records sent twice.
``edqm_cdpto_ke.csv``
    The Council of Europe's EDQM compilation of national contact points' returns (Italy,
    Greece, Croatia, Poland, and Spain's second reports): UTF-8 with BOM, ``,``, English
    with national names (``Polska``, ``Hrvatska``), ISO alpha-2/alpha-3/numeric codes,
    mojibake from the national files, ISO, dotted and Excel-serial dates, ``Q2 2023``,
    ``nil``, ``"lat, lon"`` points and ``0, 0`` for an unknown place.

The truth expects what a careful analyst reads from each cell: a month or quarter as
its first day with that precision, a "not known" word as unknown (vocabulary) or
nothing (count, country, place), a word for no suspect as 0, an unreadable count or an
impossible or future date as a row to quarantine.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["AGENCIES", "EXAMINER", "Agency", "make_blind289"]

_Rng = np.random.Generator
_LANG = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One transplant authority of the set: the shared fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the agency's words for it (the first is the usual one).
        ``mode`` may also be keyed ``"<mode>@<hotspot>"`` or ``"<mode>@<corridor>"``.
    not_applicable : str or None
        Written in the exploitation cell of a smuggling row (None: left empty).
    unknown : str or None
        The agency's word for "not known" (None: it leaves the cell empty).
    count_unknown : str or None
        Written in a count cell when the number is not known (None: left empty).
    zero : str or None
        The agency's word for "no suspect" (None: it writes 0).
    transit_sep : str or None
        Separator of transit countries (None: a JSON array).
    offence_sep : str
        Separator of linked offences.
    styles : mapping
        Country style -> weight (``name``, ``upper``, ``lower``, ``spaced``, ``plain``,
        ``iso2``, ``iso3``, ``numeric``, ``alias``, ``typo``, ``demonym``, ``native``,
        ``mojibake``).
    demonyms, natives : mapping
        ISO alpha-3 -> the agency's demonym (nationality column) or a country's own
        name (detection column).
    dates : str
        Key of the agency's date writer.
    partial : tuple of float
        Shares of month-only and quarter-only dates among rows that may have them.
    coords : str
        Key of the agency's coordinate writer.
    notifiers : mapping
        Hotspot (or ``"*"``) -> the notifying centre written in the agency's extra column.
    """

    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    not_applicable: str | None
    unknown: str | None
    count_unknown: str | None
    zero: str | None
    transit_sep: str | None
    offence_sep: str
    styles: Mapping[str, float]
    demonyms: Mapping[str, str]
    natives: Mapping[str, str]
    dates: str
    partial: tuple[float, float]
    coords: str
    notifiers: Mapping[str, str]


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
ONT = Agency(
    source="ont_trasplantes_ke",
    filename="ont_trasplantes_ke.xlsx",
    ref="ONT-TR-{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº comunicación",
        "event_date": "Fecha detección",
        "notifier": "Centro notificante",
        "detection_country": "País detección",
        "crime_type": "Tipo penal",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Países tránsito",
        "destination_country": "País destino",
        "transport_mode": "Medio",
        "n_suspects": "Nº investigados",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por la ONT",
    total="TOTAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    crime={
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Trata de seres humanos"),
        "smuggling": (
            "Inmigración clandestina (art. 318 bis CP)",
            "Contra los derechos de los ciudadanos extranjeros",
        ),
        "both": ("Trata + 318 bis CP", "Trata (177 bis) e inmigración clandestina (318 bis)"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Realización de actividades delictivas",),
        "organ_removal": ("Extracción de órganos corporales",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    gender={"female": ("Mujer",), "male": ("Hombre",), "mixed": ("Ambos sexos", "Mixto")},
    age={
        "adult": ("Mayor de edad", "Adultos"),
        "child": ("Menor de edad", "Menores"),
        "mixed": ("Mayores y menores",),
    },
    mode={
        "sea": ("Embarcación",),
        "sea@wmed": ("Patera", "Embarcación"),
        "sea@watl": ("Cayuco", "Embarcación"),
        "land": ("Terrestre", "Vehículo"),
        "land@Ceuta": ("Salto de valla", "Terrestre"),
        "land@Melilla": ("Salto de valla", "Terrestre"),
        "air": ("Aérea", "Avión"),
    },
    offences={
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contra la salud pública",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    not_applicable="No procede",
    unknown="No consta",
    count_unknown="Sin determinar",
    zero="Ninguno",
    transit_sep=" - ",
    offence_sep="; ",
    styles={
        "name": 0.62,
        "upper": 0.1,
        "iso2": 0.08,
        "typo": 0.04,
        "demonym": 0.12,
        "spaced": 0.04,
    },
    demonyms={
        "MAR": "marroquí",
        "DZA": "argelino",
        "GIN": "guineano",
        "MLI": "maliense",
        "SEN": "senegalés",
        "GMB": "gambiano",
        "CIV": "marfileño",
        "ROU": "rumano",
    },
    natives={},
    dates="ont",
    partial=(0.06, 0.02),
    coords="ont",
    notifiers={
        "Ceuta": "Hospital Universitario de Ceuta",
        "Melilla": "Hospital Comarcal de Melilla",
        "Almería": "H.U. Torrecárdenas (Almería)",
        "Gran Canaria": "H.U. de Gran Canaria Dr. Negrín",
        "Tenerife": "H.U. Nuestra Señora de Candelaria",
        "El Hierro": "Hospital Insular Nuestra Señora de los Reyes",
        "Lanzarote": "H.U. Doctor José Molina Orosa",
        "Huelva": "H.U. Juan Ramón Jiménez (Huelva)",
        "Almería (El Ejido)": "Hospital de Poniente (El Ejido)",
        "*": "Centro Nazionale Trapianti (vía ONT)",
    },
)

ABM = Agency(
    source="abm_biovigilance_ke",
    filename="abm_biovigilance_ke.csv",
    ref="SIG-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° signalement",
        "event_date": "Date de constatation",
        "notifier": "Établissement déclarant",
        "crime_type": "Qualification",
        "exploitation": "Finalité d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeur/mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires – extraction du registre de biovigilance",
    total="TOTAL",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=True,
    crime={
        "trafficking": ("Traite des êtres humains", "TEH (art. 225-4-1 CP)"),
        "smuggling": (
            "Aide à l'entrée irrégulière (art. L.823-1 CESEDA)",
            "Aide à l'entrée et au séjour irréguliers",
        ),
        "both": ("TEH + aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("Exploitation sexuelle",),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits",),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    gender={"female": ("F", "Féminin"), "male": ("M", "Masculin"), "mixed": ("Mixte", "F/M")},
    age={
        "adult": ("Majeur", "Majeurs"),
        "child": ("Mineur", "Mineurs"),
        "mixed": ("Majeurs et mineurs",),
    },
    mode={
        "sea": ("Small boat", "Embarcation"),
        "land": ("Poids lourd", "Voie routière"),
        "air": ("Voie aérienne",),
    },
    offences={
        "document_fraud": ("Faux et usage de faux",),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment",),
        "illicit_goods": ("Trafic de stupéfiants",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    not_applicable="Sans objet",
    unknown="Non renseigné",
    count_unknown="NC",
    zero="aucun",
    transit_sep=", ",
    offence_sep=" / ",
    styles={
        "name": 0.55,
        "upper": 0.14,
        "lower": 0.03,
        "iso3": 0.08,
        "typo": 0.04,
        "demonym": 0.16,
    },
    demonyms={
        "AFG": "afghane",
        "IRN": "iranienne",
        "IRQ": "irakienne",
        "ALB": "albanaise",
        "ERI": "érythréenne",
        "SYR": "syrienne",
        "VNM": "vietnamienne",
        "NGA": "nigériane",
        "MAR": "marocaine",
        "DZA": "algérienne",
        "GIN": "guinéenne",
        "MLI": "malienne",
        "ROU": "roumaine",
    },
    natives={},
    dates="abm",
    partial=(0.05, 0.03),
    coords="dms",
    notifiers={
        "Calais": "CH de Calais – coordination PMO",
        "Dunkirk/Gravelines": "CH de Dunkerque – coordination PMO",
        "*": "Pôle international ABM (via autorité partenaire)",
    },
)

NHSBT = Agency(
    source="nhsbt_ods_ke",
    filename="nhsbt_ods_ke.csv",
    ref="ODT-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Referral ID",
        "event_date": "Date identified",
        "crime_type": "Concern type",
        "exploitation": "Exploitation type (NRM)",
        "n_persons": "No. of people",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (transit)",
        "destination_country": "Destination",
        "detection_country": "Country identified",
        "transport_mode": "Mode of travel",
        "n_suspects": "Suspected perpetrators",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Linked offences",
    },
    note="Report generated from ODT Hub referrals log - OFFICIAL-SENSITIVE",
    total="Grand Total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
    crime={
        "trafficking": ("Modern slavery / human trafficking", "MSHT"),
        "smuggling": ("Organised immigration crime", "OIC (facilitation)"),
        "both": ("MSHT and OIC",),
    },
    exploitation={
        "sexual": ("Sexual",),
        "forced_labour": ("Labour",),
        "forced_criminality": ("Criminal",),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    gender={"female": ("Female", "F"), "male": ("Male", "M"), "mixed": ("Mixed",)},
    age={"adult": ("Adult",), "child": ("Child", "Under 18"), "mixed": ("Adults and children",)},
    mode={"sea": ("Small boat", "Boat"), "land": ("Lorry/HGV", "Road"), "air": ("Flight",)},
    offences={
        "document_fraud": ("Document fraud",),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs",),
        "cybercrime": ("Cyber-enabled crime",),
        "terrorism": ("Terrorism",),
    },
    not_applicable="N/A",
    unknown="Not known",
    count_unknown="Not known",
    zero="None identified",
    transit_sep=" > ",
    offence_sep=", ",
    styles={"name": 0.6, "upper": 0.04, "iso2": 0.05, "alias": 0.08, "typo": 0.03, "demonym": 0.2},
    demonyms={
        "AFG": "Afghan",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "ALB": "Albanian",
        "ERI": "Eritrean",
        "SYR": "Syrian",
        "VNM": "Vietnamese",
        "CHN": "Chinese",
    },
    natives={},
    dates="nhsbt",
    partial=(0.06, 0.05),
    coords="nhsbt",
    notifiers={},
)

CENATRA = Agency(
    source="cenatra_sirnt_ke",
    filename="cenatra_sirnt_ke.jsonl",
    ref="CENATRA/UV/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "folio",
        "event_date": "fecha_evento",
        "crime_type": "tipo_delito",
        "exploitation": "modalidad_explotacion",
        "n_persons": "numero_personas",
        "n_suspects": "probables_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_asociados",
    },
    note=None,
    total="TOTAL",
    bad_count=("NaN", "undefined"),
    repeats=True,
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": (
            "Tráfico de personas (art. 159 Ley de Migración)",
            "Tráfico ilícito de migrantes",
        ),
        "both": ("Trata y tráfico de personas",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajos o servicios forzados",),
        "forced_criminality": ("Utilización de personas en actividades delictivas",),
        "organ_removal": ("Extracción de órganos, tejidos o sus componentes",),
        "forced_marriage": ("Matrimonio forzoso o servil",),
        "other": ("Otra",),
    },
    gender={"female": ("Mujer",), "male": ("Hombre",), "mixed": ("Mixto", "Hombres y mujeres")},
    age={
        "adult": ("Adultos", "Adulto"),
        "child": ("NNA", "Menor de edad"),
        "mixed": ("Adultos y NNA",),
    },
    mode={
        "land": ("Terrestre", "Tractocamión", "A pie"),
        "land@darien": ("A pie", "Terrestre"),
        "sea": ("Marítimo",),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("Uso de documento falso",),
        "corruption": ("Cohecho",),
        "money_laundering": ("Operaciones con recursos de procedencia ilícita",),
        "illicit_goods": ("Contra la salud",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    not_applicable=None,
    unknown="Sin dato",
    count_unknown=None,
    zero=None,
    transit_sep=None,
    offence_sep=", ",
    styles={"name": 0.58, "plain": 0.1, "iso3": 0.12, "upper": 0.06, "typo": 0.04, "demonym": 0.1},
    demonyms={
        "MEX": "mexicana",
        "GTM": "guatemalteca",
        "HND": "hondureña",
        "VEN": "venezolana",
        "ECU": "ecuatoriana",
        "HTI": "haitiana",
        "COL": "colombiana",
        "CHN": "china",
    },
    natives={},
    dates="cenatra",
    partial=(0.07, 0.0),
    coords="cenatra",
    notifiers={},
)

EDQM = Agency(
    source="edqm_cdpto_ke",
    filename="edqm_cdpto_ke.csv",
    ref="NCP-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case no.",
        "detection_country": "Country of detection",
        "event_date": "Date of detection",
        "crime_type": "Offence",
        "exploitation": "Purpose of exploitation",
        "n_persons": "Persons concerned",
        "n_suspects": "Alleged offenders",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Transit countries",
        "destination_country": "Country of destination",
        "transport_mode": "Means of transport",
        "coordinates": "GPS",
        "linked_offences": "Related offences",
    },
    note="Compiled from national contact point returns; figures provisional",
    total="Total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=False,
    crime={
        "trafficking": ("Trafficking in human beings", "THB"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants"),
        "both": ("THB and migrant smuggling",),
    },
    exploitation={
        "sexual": ("sexual exploitation",),
        "forced_labour": ("forced labour or services",),
        "forced_criminality": ("exploitation of criminal activities",),
        "organ_removal": ("removal of organs",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={"female": ("female",), "male": ("male",), "mixed": ("both sexes", "mixed")},
    age={
        "adult": ("adult(s)", "adults"),
        "child": ("minor(s)", "children"),
        "mixed": ("adults and minors",),
    },
    mode={"sea": ("sea", "boat"), "land": ("land", "vehicle", "on foot"), "air": ("air",)},
    offences={
        "document_fraud": ("forgery of documents",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    not_applicable="not applicable",
    unknown="not specified",
    count_unknown="not available",
    zero="nil",
    transit_sep="; ",
    offence_sep="; ",
    styles={
        "name": 0.44,
        "iso2": 0.14,
        "iso3": 0.12,
        "numeric": 0.07,
        "mojibake": 0.08,
        "native": 0.08,
        "typo": 0.03,
        "upper": 0.04,
    },
    demonyms={},
    natives={"ITA": "Italia", "HRV": "Hrvatska", "POL": "Polska", "GRC": "Hellas", "ESP": "España"},
    dates="edqm",
    partial=(0.08, 0.04),
    coords="edqm",
    notifiers={},
)

#: The set's agencies, in the order :func:`make_blind289` returns their submissions.
AGENCIES: tuple[Agency, ...] = (ONT, ABM, NHSBT, CENATRA, EDQM)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _swap(text: str, rng: _Rng) -> str:
    """Swap two neighbouring inner letters: a clerk's slip (``Marruecos`` -> ``Marreucos``)."""
    if len(text) < 6 or not text.isalpha():
        return text
    i = int(rng.integers(1, len(text) - 2))
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _country(
    src: Agency, iso: str, col: str, rng: _Rng, *, styles: Mapping[str, float] | None = None
) -> tuple[str, str | None]:
    """Write one country the agency's way; return (cell, messiness tag or None)."""
    row = COUNTRIES[iso]
    name = str(row[_LANG[src.language]])
    weights = styles if styles is not None else src.styles
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    style = keys[int(rng.choice(len(keys), p=w / w.sum()))]
    out: str | None = None
    if style == "upper":
        out = name.upper()
    elif style == "lower":
        out = name.lower()
    elif style == "spaced":
        out = f" {name}  "
    elif style == "plain":
        out = _strip_accents(name) if _strip_accents(name) != name else None
    elif style == "iso2":
        out = iso_codes(iso)[0]
    elif style == "iso3":
        out = iso
    elif style == "numeric":
        out = iso_codes(iso)[1]
    elif style == "alias":
        out = row[4][0] if row[4] else None
    elif style == "typo":
        slip = _swap(name, rng)
        out = slip if slip != name else None
    elif style == "demonym" and col == "nationality":
        out = src.demonyms.get(iso)
    elif style == "native" and col == "detection_country":
        out = src.natives.get(iso)
    elif style == "mojibake":
        out = mojibake(name)
    if out is None or not _fits(out, src):
        return name, None
    return out, f"country_{style}"


def _fits(text: str, src: Agency) -> bool:
    if src.format != "csv":
        return True
    try:
        text.encode(src.encoding)
    except UnicodeEncodeError:
        return False
    return True


def _words(table: Mapping[str, tuple[str, ...]], key: str, rng: _Rng) -> str:
    return choice(rng, table[key])


_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_UK_NATION = {"Glasgow": "Scotland"}
_QUARTER_ES = {1: "1er", 2: "2º", 3: "3er", 4: "4º"}


def _day_cell(src: Agency, ts: pd.Timestamp, rng: _Rng) -> tuple[object, str]:
    """Write a full date the agency's way; return (cell, messiness tag)."""
    style = src.dates
    if style == "ont":
        if rng.random() < 0.85:
            return ts.to_pydatetime(), "excel_date"
        return ts.strftime("%d/%m/%Y"), "text_date"
    if style == "abm":
        if rng.random() < 0.9:
            return ts.strftime("%d/%m/%Y"), "day_first"
        return f"{ts.day} {_MONTHS['fr'][ts.month - 1]} {ts.year}", "long_date"
    if style == "nhsbt":
        if rng.random() < 0.55:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "long_date"
        return ts.strftime("%d/%m/%Y"), "day_first"
    if style == "cenatra":
        if rng.random() < 0.7:
            return ts.strftime("%Y-%m-%d"), "iso_date"
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00", "iso_datetime"
    u = rng.random()  # edqm: national returns pasted together
    if u < 0.55:
        return ts.strftime("%Y-%m-%d"), "iso_date"
    if u < 0.85:
        return ts.strftime("%d.%m.%Y"), "dotted_date"
    return str((ts - _EXCEL_EPOCH).days), "excel_serial"


def _partial_cell(src: Agency, ts: pd.Timestamp, precision: str) -> str:
    """Write a month-only or quarter-only date the agency's way."""
    q = (ts.month - 1) // 3 + 1
    if precision == "month":
        if src.dates == "ont":
            return f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
        if src.dates == "abm":
            return f"{_MONTHS['fr'][ts.month - 1]} {ts.year}"
        if src.dates == "cenatra":
            return ts.strftime("%Y-%m")
        return f"{MONTHS[ts.month - 1]} {ts.year}"
    if src.dates == "ont":
        return f"{_QUARTER_ES[q]} trimestre {ts.year}"
    if src.dates == "abm":
        return f"T{q} {ts.year}"
    return f"Q{q} {ts.year}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Return (cell, expected date, precision, tag) of an event's date."""
    u = rng.random()
    month_share, quarter_share = src.partial
    if partial_ok and u < month_share:
        return _partial_cell(src, ts, "month"), ts.to_period("M").start_time, "month", "month_only"
    if partial_ok and u < month_share + quarter_share:
        start = ts.to_period("Q").start_time
        return _partial_cell(src, ts, "quarter"), start, "quarter", "quarter_only"
    cell, tag = _day_cell(src, ts, rng)
    return cell, ts.normalize(), "day", tag


def _impossible(src: Agency, ts: pd.Timestamp) -> str:
    """Return a day that does not exist in the event's month, in the agency's order."""
    day = 30 if ts.month == 2 else 31 if ts.month in (4, 6, 9, 11) else 32
    if src.dates in ("cenatra", "edqm"):
        return f"{ts.year}-{ts.month:02d}-{day:02d}"
    if src.dates == "nhsbt":
        return f"{day} {MONTHS[ts.month - 1]} {ts.year}"
    return f"{day:02d}/{ts.month:02d}/{ts.year}"


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: empty, impossible or ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return _impossible(src, ts)
    ahead = ts + pd.DateOffset(years=10)  # a slip of one digit: 2023 -> 2033
    return _day_cell(src, pd.Timestamp(ahead), rng)[0]


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the extraction date of the note row, a few days after the last event."""
    day = last + pd.Timedelta(days=5)
    if src.dates == "ont":
        return day.to_pydatetime()
    if src.dates in ("abm", "nhsbt"):
        return day.strftime("%d/%m/%Y")
    return day.strftime("%Y-%m-%d")


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons(src: Agency, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Return (cell, expected count) of the number of persons."""
    if rng.random() < 0.02:
        tags.append("count_placeholder")
        return src.count_unknown, None
    numeric = src.format != "csv"
    sep = {"ont": ".", "abm": "\u00a0", "nhsbt": ",", "edqm": " "}.get(src.dates)
    if n >= 1000 and sep is not None and rng.random() < 0.6:
        tags.append("thousands_sep")
        return _thousands(n, sep), n
    if src.dates == "nhsbt" and n <= 9 and rng.random() < 0.08:
        tags.append("count_word")
        word = _EN_NUMBERS[n - 1]
        return word.capitalize() if rng.random() < 0.5 else word, n
    return (n if numeric else str(n)), n


def _suspects(
    src: Agency, n: int, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the number of suspects."""
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    u = rng.random()
    if u < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if u < 0.05 and src.unknown is not None:
        tags.append("suspects_placeholder")
        return src.unknown, None
    if n == 0 and src.zero is not None and rng.random() < 0.55:
        tags.append("zero_word")
        return src.zero, 0
    return (n if src.format != "csv" else str(n)), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds; return (text, the value it reads as)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    read = deg + minutes / 60 + sec10 / 36000
    return text, read if value >= 0 else -read


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon) of the place of detection."""
    style = src.coords
    if style == "edqm" and rng.random() < 0.03:
        tags.append("coords_placeholder")
        return {"coordinates": "0, 0"}, None, None
    if style == "dms":
        tags.append("coords_dms")
        (text_lat, read_lat), (text_lon, read_lon) = _dms(lat, "N", "S"), _dms(lon, "E", "W")
        return {"coordinates": f"{text_lat} {text_lon}"}, read_lat, read_lon
    if style == "edqm":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if style == "nhsbt":
        exp_lat, exp_lon = round(lat, 4), round(lon, 4)
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, exp_lat, exp_lon
    if style == "ont" and rng.random() < 0.1:
        tags.append("decimal_comma")
        cells: dict[str, object] = {
            "lat": f"{lat:.5f}".replace(".", ","),
            "lon": f"{lon:.5f}".replace(".", ","),
        }
        return cells, lat, lon
    return {"lat": float(lat), "lon": float(lon)}, lat, lon


def _places(src: Agency, codes: list[str], rng: _Rng, tags: list[str]) -> object:
    """Write the ordered transit countries with the agency's separator (or a JSON array)."""
    plain = {k: v for k, v in src.styles.items() if k not in ("demonym", "native", "spaced")}
    names = []
    for code in codes:
        text, tag = _country(src, code, "transit_countries", rng, styles=plain)
        names.append(text)
        if tag is not None:
            tags.append(f"transit_{tag}")
    if src.transit_sep is None:
        tags.append("transit_json_array")
        return names
    return src.transit_sep.join(names)


# --------------------------------------------------------------------------------------
# One event as an agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does; return (cells, expected, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], tag = _date(
        src, ts, rng, partial_ok
    )
    tags.append(tag)
    hotspot = str(ev["hotspot"])
    corridor = str(ev["corridor"])
    if "notifier" in src.headers:
        cells["notifier"] = src.notifiers.get(hotspot, src.notifiers["*"])

    crime = str(ev["crime_type"])
    cells["crime_type"] = _words(src.crime, crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = src.not_applicable
        exp["exploitation"] = None
    elif src.unknown is not None and rng.random() < 0.02:
        cells["exploitation"] = src.unknown
        exp["exploitation"] = "unknown"
        tags.append("exploitation_unknown")
    else:
        cells["exploitation"] = _words(src.exploitation, str(expl), rng)
        exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        blank=forced_blank == "n_suspects",
    )

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        unknown_word = forced_blank != "gender" and src.unknown is not None and rng.random() < 0.5
        cells["gender"] = src.unknown if unknown_word else None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _words(src.gender, gender, rng)
        exp["gender"] = gender
    for col, table in (("age_group", src.age), ("transport_mode", src.mode)):
        value = str(ev[col])
        if src.unknown is not None and rng.random() < 0.02:
            cells[col] = src.unknown
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            key = next(
                (k for k in (f"{value}@{hotspot}", f"{value}@{corridor}") if k in table), value
            )
            cells[col] = _words(table, key, rng)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = str(ev[col])
        blank = forced_blank == col or (col == "nationality" and rng.random() < 0.03)
        if blank:
            cells[col] = None
            exp[col] = None
            tags.append(f"blank_{col}")
            continue
        exp[col] = iso
        if src is NHSBT and iso == "GBR" and rng.random() < 0.35:
            nation = _UK_NATION.get(hotspot, "England") if col == "detection_country" else "UK"
            cells[col] = nation
            tags.append("uk_nation")
            continue
        if src is ABM and iso == "GBR" and col == "destination_country" and rng.random() < 0.2:
            cells[col] = "Angleterre"
            tags.append("uk_nation")
            continue
        if src is CENATRA and iso == "USA" and rng.random() < 0.2:
            cells[col] = choice(rng, ("EUA", "EE. UU."))
            tags.append("country_alias")
            continue
        cells[col], country_tag = _country(src, iso, col, rng)
        if country_tag is not None:
            tags.append(country_tag)

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        if src is NHSBT and rng.random() < 0.3:
            cells["transit_countries"] = "Direct"
            tags.append("transit_direct_word")
        else:
            cells["transit_countries"] = [] if src.transit_sep is None else None
    else:
        cells["transit_countries"] = _places(src, str(transit).split("|"), rng, tags)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or rng.random() < 0.05:
        tags.append("blank_coordinates" if forced_blank == "coordinates" else "coords_missing")
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = _coords(src, lat, lon, rng, tags)
        cells.update(place)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    if offences is not None:
        words = [_words(src.offences, o, rng) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    for col in list(cells):
        cell = cells[col]
        if isinstance(cell, str) and not _fits(cell, src):  # e.g. a name cp1252 lacks
            cells[col] = _strip_accents(cell)
    return cells, exp, tags


#: The set: who first reports which detection country, who may report it a second time.
EXAMINER: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ESP": ONT.source,
        "FRA": ABM.source,
        "GBR": NHSBT.source,
        "USA": CENATRA.source,
        "PAN": CENATRA.source,
    },
    compilation=EDQM.source,
    secondary={
        ("channel", "FRA"): NHSBT.source,
        ("channel", "GBR"): ABM.source,
        ("thb_vnm_gbr", "GBR"): ABM.source,
        ("thb_nga_ita", "ITA"): ABM.source,
        ("thb_rou_esp", "ITA"): ONT.source,
        ("thb_rou_esp", "ESP"): EDQM.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=289,
    blank_share=0.35,
)


def make_blind289(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five transplant authorities of ``blind289`` would.

    Spain's ONT (XLSX), France's Agence de la biomédecine (cp1252 CSV, ``;``), NHS Blood
    and Transplant (UTF-16 tab-separated), Mexico's CENATRA (JSON lines) and the Council
    of Europe's EDQM compilation (UTF-8 with BOM, ``,``); see the module docstring for
    each one's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        One per agency of :data:`AGENCIES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind289(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ont_trasplantes_ke.xlsx', 'abm_biovigilance_ke.csv', 'nhsbt_ods_ke.csv',
     'cenatra_sirnt_ke.jsonl', 'edqm_cdpto_ke.csv']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° signalement', 'Date de constatation', 'Établissement déclarant']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
