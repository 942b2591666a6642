"""Examiner's held-out sample set ``blind360`` (files ``*_mx.*``): prison intelligence units.

Five units that watch smuggling and trafficking networks run or recruited from inside
prisons send what they hold on the detections those networks are tied to, each the way
its own system exports it:

``bop_sis_mx.csv``
    United States Federal Bureau of Prisons, Special Investigative Services (SIS)
    referrals: UTF-8, comma, US English. Month-first dates (``05/17/2023``, some
    unpadded), periods by federal fiscal year (``FY2023 Q3`` = April to June 2023),
    offence and exploitation by statute (``8 USC 1324``, ``18 USC 1591``), upper-case
    country names, ``Juvenile``/``UAC`` for minors, a ``lat, long`` pair.
``inpec_dip_mx.xlsx``
    Colombia's Instituto Nacional Penitenciario y Carcelario, prison intelligence
    (Dirección de Inteligencia Penitenciaria), on the Darién networks run from the
    Urabá and Bogotá prisons: Spanish (Colombia). Real Excel dates beside typed ones and
    a few bare serials, ``II trimestre de 2023``, articles 188/188A of the Colombian
    penal code, nationalities as adjectives (``venezolana``), ``NNA`` for minors,
    degrees-minutes-seconds with ``O`` or ``W`` for west.
``smprav_cat_mx.jsonl``
    Catalonia's prison administration (Secretaria de Mesures Penals, Reinserció i
    Atenció a la Víctima), information and security area: JSON lines from its case
    system, Spanish keys and values with a few Catalan words left in. ISO dates (some
    with a time), articles 177 bis / 318 bis of the Spanish penal code, ``H``/``M``
    (hombre/mujer) for sex, nationality as ISO alpha-3, numeric code, adjective or name,
    transit countries and linked offences as JSON arrays, the place as WKT
    ``POINT (lon lat)``.
``dgepi_be_mx.csv``
    Belgium's prison administration (SPF Justice, Direction générale des
    Établissements pénitentiaires), intelligence cell: cp1252, semicolon, CRLF, Belgian
    French. Belgian law's words (``trafic d'êtres humains`` = smuggling, ``traite des
    êtres humains`` = trafficking, ``exploitation économique``), ``MENA`` for
    unaccompanied minors, counts of suspects in words (``septante``), decimal commas,
    ``Angleterre`` for the United Kingdom, a few rows garbled by a paste from a UTF-8 file.
``icpa_digest_mx.csv``
    The International Corrections and Prisons Association's digest of its members'
    returns (the compilation source: every detection country the four units above do
    not cover): UTF-16 with a byte-order mark, tab-delimited (Excel's "Unicode text"),
    British English, day-first dates, ``>``-joined routes, hemisphere-letter coordinates.

What a careful analyst would read is what the truth expects: a count that says "not
known" is kept with no count, an unreadable one is quarantined; an "unknown" word gives
``unknown`` (or nothing for a country); a fiscal quarter its calendar quarter; a WKT point
its latitude from the second number.
"""

from __future__ import annotations

import unicodedata
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "fiscal_quarter", "french_number", "make_blind360"]

_Rng = np.random.Generator
_Cell = object
_Exp = dict[str, object]
_Words = dict[str, tuple[str, ...]]

_BOP = "bop_sis_mx"
_INPEC = "inpec_dip_mx"
_CAT = "smprav_cat_mx"
_EPI = "dgepi_be_mx"
_ICPA = "icpa_digest_mx"

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
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_BOP,
        filename=f"{_BOP}.csv",
        ref="SIS-{year}-{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "SIS Referral No.",
            "event_date": "Incident Date",
            "establishment": "Institution",
            "crime_type": "Offense Category",
            "exploitation": "Trafficking Type",
            "n_persons": "No. of Aliens/Victims",
            "n_suspects": "No. of Subjects",
            "nationality": "Country of Citizenship",
            "gender": "Sex",
            "age_group": "Age Category",
            "origin_country": "Country of Origin",
            "transit_countries": "Transit Countries",
            "destination_country": "Intended Destination",
            "detection_country": "Country of Encounter",
            "transport_mode": "Conveyance",
            "coordinates": "Lat/Long",
            "linked_offences": "Related Offenses",
        },
        note=(
            "Note: SIS referrals compiled by the Intelligence Section; quarters are federal "
            "fiscal year (Oct-Sep). LAW ENFORCEMENT SENSITIVE"
        ),
        total="TOTAL",
        bad_count=("Several", "See narrative", "Multiple"),
        repeats=False,
    ),
    ExaminerSource(
        source=_INPEC,
        filename=f"{_INPEC}.xlsx",
        ref="{seq:04d}-DIP-{year}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Radicado",
            "event_date": "Fecha del hecho",
            "establishment": "Establecimiento de reclusión",
            "crime_type": "Delito",
            "exploitation": "Finalidad de explotación",
            "n_persons": "N° víctimas / migrantes",
            "n_suspects": "N° indiciados",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País del hallazgo",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: información de inteligencia sujeta a verificación - uso exclusivo",
        total="TOTAL GENERAL",
        bad_count=("varios", "ver informe", "#¡VALOR!"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CAT,
        filename=f"{_CAT}.jsonl",
        ref="SIPC/{year}/{seq:06d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "expediente",
            "event_date": "fecha_hecho",
            "establishment": "centro_penitenciario",
            "crime_type": "tipologia_delictiva",
            "exploitation": "tipo_explotacion",
            "n_persons": "num_victimas_migrantes",
            "n_suspects": "num_investigados",
            "gender": "sexo",
            "age_group": "franja_edad",
            "nationality": "nacionalidad",
            "origin_country": "pais_origen",
            "destination_country": "pais_destino",
            "detection_country": "pais_deteccion",
            "transit_countries": "paises_transito",
            "transport_mode": "medio_transporte",
            "coordinates": "geometria",
            "linked_offences": "delitos_conexos",
        },
        note=None,
        total="TOTAL",
        bad_count=("varios", "ver atestado", "numerosos"),
        repeats=False,
    ),
    ExaminerSource(
        source=_EPI,
        filename=f"{_EPI}.csv",
        ref="RP/{yy:02d}/{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date des faits",
            "establishment": "Établissement",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nbre victimes / migrants",
            "n_suspects": "Nbre suspects",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Pays de destination",
            "detection_country": "Pays d'interception",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="Remarque : extraction de la banque de données Renseignement - diffusion restreinte",
        total="Total",
        bad_count=("plusieurs", "voir PV", "#VALEUR!"),
        repeats=True,
    ),
    ExaminerSource(
        source=_ICPA,
        filename=f"{_ICPA}.csv",
        ref="ICPA-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="en",
        headers={
            "source_ref": "Digest ref",
            "establishment": "Reporting member",
            "event_date": "Date of event",
            "crime_type": "Offence type",
            "exploitation": "Exploitation",
            "n_persons": "Persons (victims/migrants)",
            "n_suspects": "Suspects",
            "gender": "Gender",
            "age_group": "Age band",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "transit_countries": "Route (transit)",
            "destination_country": "Destination",
            "detection_country": "Country of detection",
            "transport_mode": "Mode",
            "coordinates": "Location (lat/long)",
            "linked_offences": "Linked offences",
        },
        note="Note: compiled from members' returns; figures provisional, not for onward release",
        total="Total",
        bad_count=("several", "see annex", "#VALUE!"),
        repeats=True,
    ),
)


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """One unit's words for the vocabulary fields (first word = the usual one)."""

    crime: _Words
    exploitation: _Words
    not_applicable: tuple[str | None, ...]  # exploitation cell of a smuggling row
    gender: _Words
    age: _Words
    transport: _Words
    offences: _Words
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    no_transit: tuple[str | None, ...]


_WORDING: dict[str, _Wording] = {
    _BOP: _Wording(
        crime={
            "smuggling": (
                "Alien Smuggling",
                "Alien Smuggling (8 USC 1324)",
                "8 U.S.C. 1324",
                "Bringing in and harboring aliens",
            ),
            "trafficking": (
                "Human Trafficking",
                "Trafficking in Persons",
                "Human Trafficking (18 USC Ch. 77)",
            ),
            "both": ("Alien Smuggling / Human Trafficking", "1324 + TIP"),
        },
        exploitation={
            "sexual": ("Sex Trafficking", "Sex trafficking (18 USC 1591)"),
            "forced_labour": ("Labor Trafficking", "Forced Labor (18 USC 1589)"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        not_applicable=(None, "N/A"),
        gender={"female": ("F", "Female"), "male": ("M", "Male"), "mixed": ("Mixed", "M/F")},
        age={
            "adult": ("Adult", "Adults"),
            "child": ("Juvenile", "Minor", "UAC"),
            "mixed": ("Adults & juveniles", "Mixed"),
        },
        transport={
            "land": ("Vehicle", "Tractor-trailer", "On foot", "Land", "Passenger vehicle"),
            "sea": ("Vessel", "Boat", "Maritime"),
            "air": ("Commercial air", "Aircraft"),
        },
        offences={
            "document_fraud": ("Document fraud", "Visa fraud (18 USC 1546)"),
            "corruption": ("Bribery", "Public corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics", "Drug trafficking"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        unknown=("Unknown", "UNK"),
        count_unknown=("UNK", "Unknown"),
        zero=("None identified",),
        no_transit=(None,),
    ),
    _INPEC: _Wording(
        crime={
            "smuggling": (
                "Tráfico de migrantes",
                "Tráfico de migrantes (art. 188 C.P.)",
                "TRÁFICO DE MIGRANTES",
            ),
            "trafficking": ("Trata de personas", "Trata de personas (art. 188A C.P.)"),
            "both": ("Trata de personas y tráfico de migrantes", "Arts. 188 y 188A C.P."),
        },
        exploitation={
            "sexual": ("Explotación sexual", "Explotación de la prostitución ajena"),
            "forced_labour": ("Trabajos forzados", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio servil",),
            "other": ("Otra",),
        },
        not_applicable=("No aplica", None),
        gender={
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        transport={
            "land": ("Terrestre", "A pie", "Terrestre (a pie)"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        offences={
            "document_fraud": ("Falsedad en documento público", "Falsedad documental"),
            "corruption": ("Cohecho", "Cohecho por dar u ofrecer"),
            "money_laundering": ("Lavado de activos",),
            "illicit_goods": ("Tráfico de estupefacientes", "Tráfico de estupefacientes (376)"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        unknown=("Sin información", "S.I."),
        count_unknown=("S.I.", "Sin dato"),
        zero=("Ninguno",),
        no_transit=("Directo", None),
    ),
    _CAT: _Wording(
        crime={
            "smuggling": (
                "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                "inmigración clandestina",
                "318 bis CP",
            ),
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "trata de seres humanos",
                "TSH",
            ),
            "both": ("177 bis y 318 bis CP", "trata de seres humanos e inmigración clandestina"),
        },
        exploitation={
            "sexual": ("sexual", "explotación sexual"),
            "forced_labour": ("laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        not_applicable=(None,),
        gender={
            "female": ("mujeres", "M", "M", "mujer", "dona"),
            "male": ("hombres", "H", "H", "hombre", "home"),
            "mixed": ("mixto", "H/M", "hombres y mujeres"),
        },
        age={
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "MENA", "menores de edad"),
            "mixed": ("adultos y menores", "mixta"),
        },
        transport={
            "land": ("terrestre", "vehículo", "camión", "a pie", "autobús"),
            "sea": ("marítimo", "patera", "cayuco", "neumática"),
            "air": ("aéreo", "avión"),
        },
        offences={
            "document_fraud": ("falsedad documental", "falsificación de documentos"),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contra la salud pública"),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
        unknown=("desconocido", "desconegut"),
        count_unknown=("s/d", "desconocido"),
        zero=("ninguno",),
        no_transit=(None,),
    ),
    _EPI: _Wording(
        crime={
            "smuggling": (
                "trafic d'êtres humains",
                "trafic d'êtres humains (art. 77bis loi 15/12/1980)",
                "trafic de migrants",
            ),
            "trafficking": (
                "traite des êtres humains",
                "TEH (art. 433quinquies C.P.)",
            ),
            "both": ("traite et trafic d'êtres humains", "TEH + trafic"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "exploitation de la prostitution"),
            "forced_labour": ("exploitation économique", "travail forcé"),
            "forced_criminality": ("contrainte à commettre un délit", "criminalité forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre", "autre forme d'exploitation"),
        },
        not_applicable=(None, "sans objet"),
        gender={
            "female": ("F", "féminin", "femmes"),
            "male": ("H", "masculin", "hommes"),
            "mixed": ("H/F", "mixte"),
        },
        age={
            "adult": ("majeurs", "majeur", "adultes"),
            "child": ("mineurs", "MENA", "mineur"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        transport={
            "land": ("camion", "poids lourd", "voiture", "à pied"),
            "sea": ("small boat", "bateau pneumatique", "embarcation"),
            "air": ("avion", "aérien"),
        },
        offences={
            "document_fraud": ("faux et usage de faux", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment d'argent"),
            "illicit_goods": ("stupéfiants", "trafic de stupéfiants"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        unknown=("inconnu", "N.C."),
        count_unknown=("inconnu", "N.C."),
        zero=("aucun", "néant"),
        no_transit=(None, "néant"),
    ),
    _ICPA: _Wording(
        crime={
            "smuggling": (
                "Migrant smuggling",
                "People smuggling",
                "Facilitation of illegal entry",
            ),
            "trafficking": ("Trafficking in human beings", "THB", "Human trafficking"),
            "both": ("THB & migrant smuggling", "Trafficking and smuggling"),
        },
        exploitation={
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Labour exploitation"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        not_applicable=("n/a", None),
        gender={
            "female": ("Female", "F", "All female"),
            "male": ("Male", "M", "All male"),
            "mixed": ("Mixed", "Male & female"),
        },
        age={
            "adult": ("Adult", "18+"),
            "child": ("Minor", "Under 18", "Child"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        transport={
            "land": ("Land", "Lorry", "HGV", "Vehicle", "On foot"),
            "sea": ("Sea", "Small boat", "Boat", "Dinghy"),
            "air": ("Air", "Flight"),
        },
        offences={
            "document_fraud": ("Document fraud", "False documents"),
            "corruption": ("Corruption", "Bribery"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
        unknown=("Not known", "n/k"),
        count_unknown=("n/k", "not known"),
        zero=("nil",),
        no_transit=(None, "direct"),
    ),
}

#: Prisons the units write in their establishment column (by detection country for the
#: digest, whose column names the reporting member instead).
_ESTABLISHMENTS: dict[str, tuple[str, ...]] = {
    _BOP: (
        "USP Tucson",
        "FCI Tucson",
        "FCI La Tuna",
        "FCI Big Spring",
        "FDC Houston",
        "FDC Miami",
        "MCC San Diego",
    ),
    _INPEC: (
        "EPMSC Apartadó",
        "EPMSC Turbo",
        "COMEB La Picota (Bogotá)",
        "EPAMS Girón",
        "EPC Valledupar",
        "EPMSC Cartagena",
    ),
    _CAT: (
        "CP Brians 1",
        "CP Brians 2",
        "CP Quatre Camins",
        "CP Lledoners",
        "CP Ponent",
        "CP Mas d'Enric",
        "CP Puig de les Basses",
    ),
    _EPI: (
        "Prison de Bruges",
        "Prison de Haren",
        "Prison de Lantin",
        "Prison d'Andenne",
        "Prison d'Ittre",
        "Prison de Jamioulx",
    ),
}
_MEMBER = {"GBR": "UK", "GRC": "EL"}  # the digest's member codes (EU style for Greece)

#: Nationality adjectives (feminine, as after "nacionalidad") of the Spanish sources.
_DEMONYM_ES = {
    "AFG": "afgana",
    "ALB": "albanesa",
    "BGD": "bangladesí",
    "CHN": "china",
    "CIV": "marfileña",
    "CMR": "camerunesa",
    "COL": "colombiana",
    "DZA": "argelina",
    "ECU": "ecuatoriana",
    "EGY": "egipcia",
    "ERI": "eritrea",
    "GIN": "guineana",
    "GMB": "gambiana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "HTI": "haitiana",
    "IRN": "iraní",
    "IRQ": "iraquí",
    "MAR": "marroquí",
    "MEX": "mexicana",
    "MLI": "maliense",
    "NGA": "nigeriana",
    "PAK": "pakistaní",
    "ROU": "rumana",
    "SEN": "senegalesa",
    "SYR": "siria",
    "TUN": "tunecina",
    "TUR": "turca",
    "VEN": "venezolana",
    "VNM": "vietnamita",
    "YEM": "yemení",
}
#: Catalan names the Catalan unit's clerks sometimes leave in.
_CATALAN = {
    "MAR": "Marroc",
    "DZA": "Algèria",
    "ESP": "Espanya",
    "FRA": "França",
    "ITA": "Itàlia",
    "GMB": "Gàmbia",
    "CIV": "Costa d'Ivori",
    "MRT": "Mauritània",
    "HUN": "Hongria",
    "AUT": "Àustria",
    "GIN": "Guinea",
    "SEN": "Senegal",
    "ROU": "Romania",
}
_ALIASES_ES = {"USA": ("EE. UU.", "EEUU"), "GBR": ("Gran Bretaña",)}
_ALIASES_FR = {"GBR": ("Angleterre", "Grande-Bretagne"), "VNM": ("Vietnam",), "USA": ("USA",)}
#: Belgian French number words (septante, nonante) for the counts a clerk spells out.
_FR_UNITS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
)
_FR_TENS = {
    2: "vingt",
    3: "trente",
    4: "quarante",
    5: "cinquante",
    6: "soixante",
    7: "septante",
    8: "quatre-vingt",
    9: "nonante",
}


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _usual(rng: _Rng, forms: tuple[str, ...], p: float = 0.6) -> str:
    """Draw the usual (first) form with probability ``p``, else one of the others."""
    if len(forms) == 1 or rng.random() < p:
        return forms[0]
    return choice(rng, forms[1:])


def _typo(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (a slip of the keyboard)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _no_accent(text: str) -> str:
    """Drop the accents, as a keyboard without them writes ``Panama`` for ``Panamá``."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def french_number(n: int) -> str:
    """Write ``0 <= n < 100`` in Belgian French words (``septante``, ``nonante``).

    Parameters
    ----------
    n : int
        A count below 100.

    Returns
    -------
    str
        The words.

    Examples
    --------
    >>> french_number(3), french_number(71), french_number(80), french_number(96)
    ('trois', 'septante et un', 'quatre-vingts', 'nonante-six')
    """
    if n < len(_FR_UNITS):
        return _FR_UNITS[n]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    tens, unit = divmod(n, 10)
    word = _FR_TENS[tens]
    if unit == 0:
        return word + ("s" if tens == 8 else "")
    if unit == 1 and tens != 8:
        return f"{word} et un"
    return f"{word}-{_FR_UNITS[unit]}"


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("M").start_time


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.to_period("Q").start_time


def fiscal_quarter(ts: pd.Timestamp) -> str:
    """Write the US federal fiscal quarter of a date (the fiscal year starts in October).

    Parameters
    ----------
    ts : Timestamp
        A date.

    Returns
    -------
    str
        ``FY<year> Q<n>``.

    Examples
    --------
    >>> fiscal_quarter(pd.Timestamp("2023-05-17")), fiscal_quarter(pd.Timestamp("2022-11-02"))
    ('FY2023 Q3', 'FY2023 Q1')
    """
    year = ts.year + 1 if ts.month >= 10 else ts.year
    return f"FY{year} Q{(ts.month - 10) % 12 // 3 + 1}"


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Mistype the decade of a date (2023 -> 2033): a date in the future."""
    try:
        return ts.replace(year=ts.year + 10)
    except ValueError:  # 29 February
        return ts.replace(year=ts.year + 10, day=28)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_DateOut = tuple[_Cell, pd.Timestamp, str, list[str]]


def _day_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> tuple[_Cell, list[str]]:
    """Write a full date the unit's way; return the cell and its tags."""
    r = rng.random()
    if src.source == _BOP:
        if r < 0.8:
            return ts.strftime("%m/%d/%Y"), ["us_date"]
        return f"{ts.month}/{ts.day}/{ts.year}", ["us_date", "unpadded_date"]
    if src.source == _INPEC:
        if r < 0.7:
            return ts.to_pydatetime(), ["excel_date"]
        if r < 0.93:
            return ts.strftime("%d/%m/%Y"), ["text_date"]
        return int((ts.normalize() - _EXCEL_EPOCH).days), ["excel_serial"]
    if src.source == _CAT:
        if r < 0.8:
            return ts.strftime("%Y-%m-%d"), ["iso_date"]
        hour, minute = int(rng.integers(6, 22)), int(rng.integers(0, 60))
        return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00", ["iso_datetime"]
    if src.source == _EPI:
        if r < 0.88:
            return ts.strftime("%d/%m/%Y"), ["day_first"]
        return ts.strftime("%d.%m.%Y"), ["day_first", "dotted_date"]
    # the digest
    if r < 0.45:
        return ts.strftime("%d/%m/%Y"), ["day_first"]
    if r < 0.75:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ["long_date"]
    if r < 0.87:
        return f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}", ["short_date"]
    return ts.strftime("%Y-%m-%d"), ["iso_date"]


def _month_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> str:
    m = ts.month - 1
    if src.source == _BOP:
        return f"{MONTHS[m]} {ts.year}" if rng.random() < 0.6 else ts.strftime("%m/%Y")
    if src.source == _INPEC:
        return f"{_MONTHS_ES[m]} de {ts.year}" if rng.random() < 0.6 else ts.strftime("%m/%Y")
    if src.source == _CAT:
        return ts.strftime("%Y-%m")
    if src.source == _EPI:
        return f"{_MONTHS_FR[m]} {ts.year}"
    return f"{MONTHS[m]} {ts.year}"


def _quarter_cell(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> tuple[str, str]:
    q = ts.quarter
    if src.source == _BOP:
        return fiscal_quarter(ts), "fiscal_quarter"
    if src.source == _INPEC:
        return f"{_ROMAN[q - 1]} trimestre de {ts.year}", "roman_quarter"
    if src.source == _CAT:
        return f"T{q} {ts.year}", "quarter_t"
    if src.source == _EPI:
        if rng.random() < 0.5:
            return f"T{q} {ts.year}", "quarter_t"
        return f"{q}{'er' if q == 1 else 'e'} trimestre {ts.year}", "quarter_words"
    return f"Q{q} {ts.year}", "quarter_q"


def _date(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateOut:
    """Date cell, expected date, precision and tags of one row."""
    r = rng.random()
    if partial_ok and r < 0.04:
        return _month_cell(src, ts, rng), _month_start(ts), "month", ["partial_date", "month"]
    if partial_ok and r < 0.065:
        cell, tag = _quarter_cell(src, ts, rng)
        return cell, _quarter_start(ts), "quarter", ["partial_date", tag]
    day, tags = _day_cell(src, ts, rng)
    return day, ts.normalize(), "day", tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        cell, _ = _day_cell(src, _future(ts), rng)
        return cell
    y = ts.year
    if src.source == _BOP:
        return choice(rng, (f"02/30/{y}", f"04/31/{y}", f"06/31/{y}"))
    if src.source == _CAT:
        return choice(rng, (f"{y}-02-30", f"{y}-04-31", f"{y}-09-31"))
    if src.source == _ICPA:
        return choice(rng, (f"30 February {y}", f"31/04/{y}", f"31/06/{y}"))
    return choice(rng, (f"31/02/{y}", f"30/02/{y}", f"31/04/{y}"))


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> _Cell:
    """Write the date of a unit's note row: the day of its last row, its own way."""
    if src.source == _BOP:
        return last.strftime("%m/%d/%Y")
    if src.source == _INPEC:
        return last.to_pydatetime()
    if src.source == _CAT:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(src: ExaminerSource, iso: str, rng: _Rng, col: str) -> tuple[str, list[str]]:
    """One country cell (a name, code, alias, adjective ...) and its tags."""
    iso2, en, fr, es, aliases, typo_en = COUNTRIES[iso]
    r = rng.random()
    if src.source == _BOP:
        if r < 0.45:
            return en.upper(), []
        if r < 0.75:
            return en, []
        if r < 0.83:
            return iso2, [f"iso2:{col}"]
        if r < 0.88:
            return iso, [f"iso3:{col}"]
        if r < 0.96:
            return (aliases[0].upper(), [f"alias:{col}"]) if aliases else (en.upper(), [])
        return typo_en, [f"typo:{col}"]
    if src.source in (_INPEC, _CAT):
        if col == "nationality" and iso in _DEMONYM_ES:
            adj = _DEMONYM_ES[iso]
            if src.source == _INPEC:
                if r < 0.4:
                    return adj, ["demonym:nationality"]
                if r < 0.55:
                    return adj.capitalize(), ["demonym:nationality"]
                if r < 0.65:
                    return adj.upper(), ["demonym:nationality"]
            else:
                if r < 0.45:
                    return iso, ["iso3:nationality"]
                if r < 0.8:
                    return adj, ["demonym:nationality"]
                if r < 0.88:
                    return iso_codes(iso)[1], ["iso_numeric:nationality"]
            return es, []
        if src.source == _INPEC:
            if r < 0.72:
                return es, []
            if r < 0.82:
                return es.upper(), []
            if r < 0.88 and _no_accent(es) != es:
                return _no_accent(es), [f"no_accent:{col}"]
            if r < 0.93 and iso in _ALIASES_ES:
                return choice(rng, _ALIASES_ES[iso]), [f"alias:{col}"]
            if r < 0.95:
                return es, []
            if r < 0.98:
                return iso2, [f"iso2:{col}"]
            return _typo(es), [f"typo:{col}"] if _typo(es) != es else []
        if r < 0.7:
            return es, []
        if r < 0.78 and iso in _CATALAN:
            return _CATALAN[iso], [f"catalan:{col}"]
        if r < 0.88:
            return iso2, [f"iso2:{col}"]
        if r < 0.97:
            return es.lower(), []
        return _typo(es), [f"typo:{col}"] if _typo(es) != es else []
    if src.source == _EPI:
        if r < 0.62:
            return fr, []
        if r < 0.72:
            return fr.upper(), []
        if r < 0.86:
            return iso2, [f"iso2:{col}"]
        if r < 0.94 and iso in _ALIASES_FR:
            return choice(rng, _ALIASES_FR[iso]), [f"alias:{col}"]
        if r < 0.97:
            return iso, [f"iso3:{col}"]
        return _typo(fr), [f"typo:{col}"] if _typo(fr) != fr else []
    # the digest
    if r < 0.5:
        return en, []
    if r < 0.75:
        return iso, [f"iso3:{col}"]
    if r < 0.8:
        return iso2, [f"iso2:{col}"]
    if r < 0.9 and aliases:
        return aliases[0], [f"alias:{col}"]
    if r < 0.97:
        return en.upper(), []
    return typo_en, [f"typo:{col}"]


def _transit(src: ExaminerSource, value: object, rng: _Rng) -> tuple[_Cell, list[str]]:
    """Write the transit countries in order, joined the unit's way (a JSON array for SIPC)."""
    words = _WORDING[src.source]
    if value is None:
        if src.source == _CAT:
            return [], []
        return words.no_transit[int(rng.integers(len(words.no_transit)))], []
    codes = str(value).split("|")
    tags: list[str] = []
    if src.source == _CAT and rng.random() < 0.6:
        return codes, ["iso3:transit_countries"]
    parts = []
    for code in codes:
        text, t = _country(src, code, rng, "transit_countries")
        parts.append(text)
        tags += t
    if src.source == _CAT:
        return parts, tags
    sep = {_BOP: ", ", _INPEC: " - ", _EPI: choice(rng, (" - ", ", ")), _ICPA: " > "}
    return sep[src.source].join(parts), tags


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: ExaminerSource, n: int, rng: _Rng, col: str) -> tuple[_Cell, list[str]]:
    """Write a known count the unit's way (thousands, words, text in a JSON)."""
    if n >= 1000:
        sep = {_BOP: ",", _INPEC: ".", _CAT: ".", _EPI: choice(rng, (" ", "\u00a0")), _ICPA: ","}
        if src.format == "csv" or rng.random() < 0.4:
            return f"{n // 1000}{sep[src.source]}{n % 1000:03d}", [f"thousands:{col}"]
        return n, []
    if src.source == _EPI and n < 100 and rng.random() < (0.12 if col == "n_suspects" else 0.03):
        return french_number(n), [f"count_word:{col}"]
    if src.format == "csv":
        return str(n), []
    if src.source == _CAT and rng.random() < 0.1:
        return str(n), [f"count_text:{col}"]
    return n, []


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (a tenth) of a coordinate, and the value they give."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec_tenths = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec_tenths / 10:04.1f}\"{pos if sign > 0 else neg}"
    return text, sign * tenths / 36000


def _place(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, _Cell], float | None, float | None, list[str]]:
    """Write the coordinate cells; return them, the expected latitude and longitude, tags."""
    key = "coordinates"
    r = rng.random()
    if r < 0.03:
        cells: dict[str, _Cell] = {"lat": None, "lon": None} if src.source == _EPI else {key: None}
        return cells, None, None, ["coords_missing"]
    if r < 0.04 and src.source in (_BOP, _CAT):
        text = "0, 0" if src.source == _BOP else "POINT EMPTY"
        return {key: text}, None, None, ["coords_placeholder"]
    if src.source == _BOP:
        return {key: f"{lat:.5f}, {lon:.5f}"}, lat, lon, ["coords_pair"]
    if src.source == _INPEC:
        if rng.random() < 0.75:
            west = "O" if rng.random() < 0.5 else "W"
            t_lat, v_lat = _dms(lat, "N", "S")
            t_lon, v_lon = _dms(lon, "E", west)
            return {key: f"{t_lat} {t_lon}"}, v_lat, v_lon, ["coords_dms"]
        text = f"{lat:.5f}; {lon:.5f}".replace(".", ",")
        return {key: text}, lat, lon, ["coords_decimal_comma"]
    if src.source == _CAT:
        return {key: f"POINT ({lon:.5f} {lat:.5f})"}, lat, lon, ["coords_wkt"]
    if src.source == _EPI:
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
            ["coords_decimal_comma"],
        )
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    if rng.random() < 0.6:
        return {key: f"{abs(lat):.5f} {ns}, {abs(lon):.5f} {ew}"}, lat, lon, ["coords_hemisphere"]
    v_lat, v_lon = round(lat, 4), round(lon, 4)
    text = f"{abs(v_lat):.4f}°{ns} {abs(v_lon):.4f}°{ew}"
    return {key: text}, v_lat, v_lon, ["coords_hemisphere"]


def _offences(src: ExaminerSource, value: object, rng: _Rng) -> _Cell:
    """Linked offences in the truth's order, the unit's words, joined its way."""
    if value is None:
        return [] if src.source == _CAT else None
    words = _WORDING[src.source].offences
    parts = [_usual(rng, words[o]) for o in str(value).split("|")]
    if src.source == _CAT:
        return parts
    if src.source == _INPEC and len(parts) > 1 and rng.random() < 0.5:
        return ", ".join(parts[:-1]) + " y " + parts[-1]
    sep = {_BOP: "; ", _INPEC: ", ", _EPI: choice(rng, (" / ", ", ")), _ICPA: "; "}
    return sep[src.source].join(parts)


def _noise(src: ExaminerSource, text: _Cell, rng: _Rng, col: str) -> tuple[_Cell, list[str]]:
    """Case or spacing slips of the hand-typed sheets (the meaning stays)."""
    if src.source not in (_EPI, _ICPA) or not isinstance(text, str) or rng.random() >= 0.04:
        return text, []
    kind = int(rng.integers(0, 3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    return out, ([f"case:{col}"] if out != text else [])


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
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the unit does: (cells, expected values, tags)."""
    w = _WORDING[src.source]
    cells: dict[str, object] = {}
    exp: _Exp = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    det = str(ev["detection_country"])
    if src.source == _ICPA:
        cells["establishment"] = _MEMBER.get(det, iso_codes(det)[0])
    else:
        cells["establishment"] = choice(rng, _ESTABLISHMENTS[src.source])

    crime = str(ev["crime_type"])
    cells["crime_type"] = _usual(rng, w.crime[crime])
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        na = w.not_applicable
        cells["exploitation"] = na[int(rng.integers(len(na)))]
        exp["exploitation"] = None
    elif rng.random() < 0.03:
        cells["exploitation"] = choice(rng, w.unknown)
        exp["exploitation"] = "unknown"
        tags.append("unknown_word:exploitation")
    else:
        cells["exploitation"] = _usual(rng, w.exploitation[str(expl)])
        exp["exploitation"] = str(expl)

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, w.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, persons, rng, "n_persons")
        exp["n_persons"] = persons
        tags += t

    suspects = ev["n_suspects"]
    r = rng.random()
    if forced_blank == "n_suspects" or suspects is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.02:
        cells["n_suspects"] = choice(rng, w.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(suspects) == 0 and r < 0.4:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, w.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], t = _count(src, int(suspects), rng, "n_suspects")  # type: ignore[call-overload]
        exp["n_suspects"] = int(suspects)  # type: ignore[call-overload]
        tags += t

    for col, table, compat in (
        ("gender", w.gender, "blank_gender"),
        ("age_group", w.age, "na_word"),
        ("transport_mode", w.transport, "na_word"),
    ):
        word = str(ev[col])
        if col == forced_blank:
            cells[col], exp[col] = None, "unknown"
            tags.append(f"blank_{col}")
        elif rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, w.unknown), "unknown"
            tags += [f"unknown_word:{col}", compat]
        else:
            forms = table[word]
            if src.source == _BOP and ev["corridor"] == "darien" and word == "land":
                forms = ("On foot", "Land")  # the jungle is crossed on foot
            cells[col] = _usual(rng, forms, 0.55)
            exp[col] = word
        cells[col], t = _noise(src, cells[col], rng, col)
        tags += t

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        value = ev[col]
        if col == forced_blank or value is None:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
            continue
        if col != "detection_country" and rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, w.unknown), None
            tags.append(f"unknown_word:{col}")
            if col == "nationality":
                tags.append("blank_nationality")
            continue
        cells[col], t = _country(src, str(value), rng, col)
        exp[col] = str(value)
        tags += t
        cells[col], t = _noise(src, cells[col], rng, col)
        tags += t

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: dict[str, _Cell] = (
            {"lat": None, "lon": None} if src.source == _EPI else {"coordinates": None}
        )
        e_lat: float | None = None
        e_lon: float | None = None
        tags.append("blank_coordinates")
    else:
        place, e_lat, e_lon, t = _place(src, lat, lon, rng)
        tags += t
    cells.update(place)
    exp["lat"], exp["lon"] = e_lat, e_lon

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]
    if src.source == _EPI and rng.random() < 0.05:  # a row pasted from a UTF-8 file
        for col, cell in cells.items():
            garbled = mojibake(cell) if isinstance(cell, str) else None
            if garbled is not None:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------
#: The examiner: who first reports each detection country, who may report it again.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"USA": _BOP, "PAN": _INPEC, "ESP": _CAT, "FRA": _EPI},
    compilation=_ICPA,
    secondary={
        ("darien", "PAN"): _BOP,  # Darién smugglers prosecuted in the US, held federally
        ("us_mex", "USA"): _ICPA,
        ("watl", "ESP"): _ICPA,
        ("thb_rou_esp", "ESP"): _ICPA,
        ("wmed", "ESP"): _EPI,  # Moroccan networks held in Belgian prisons
        ("channel", "FRA"): _ICPA,
        ("channel", "GBR"): _EPI,  # Channel networks tried in Bruges
        ("thb_vnm_gbr", "GBR"): _EPI,
        ("thb_nga_ita", "ITA"): _EPI,
        ("thb_rou_esp", "ITA"): _CAT,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=360,
    blank_share=0.3,
)


def make_blind360(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five prison intelligence units would send them.

    A US federal prison service (CSV, UTF-8, month-first dates, fiscal quarters), the
    Colombian prison service's intelligence (XLSX, Spanish), Catalonia's prison
    administration (JSON lines, Spanish with some Catalan), Belgium's prison
    administration (CSV, cp1252, semicolons, Belgian French) and an international prison
    association's digest of its members' returns (UTF-16 tab-separated text, English).
    See the module docstring for each unit's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per unit, in the order of :data:`SOURCES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` is not the output of ``make_truth``.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind360(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['bop_sis_mx.csv', 'inpec_dip_mx.xlsx', 'smprav_cat_mx.jsonl', 'dgepi_be_mx.csv',
     'icpa_digest_mx.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'utf-8', 'cp1252', 'utf-16']
    >>> subs[3].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Établissement']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(EXAMINER, truth, seed=seed)
