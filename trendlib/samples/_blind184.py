"""Examiner sample set ``blind184`` (files ``*_gd.*``): Central America's southern land borders.

Five agencies never used before in this project, as they would really send their exports:

``pastoral_neily_gd.xlsx``
    Pastoral Social-Cáritas of the Diocese of Ciudad Neily (Costa Rica), the church network
    that receives migrants at Paso Canoas after the Darién crossing. Spanish; a volunteers'
    Excel workbook: real Excel dates with some typed as text, testimonies dated to the month
    only, nationalities as demonyms (feminine for women), ``NNA`` for minors, counts as
    numbers or "4 personas", no coordinates (a place name only). Reports the events detected
    in Panama.
``tciu_honduras_gd.csv``
    Transnational Criminal Investigative Unit of the Honduran National Police (a vetted unit
    mentored by U.S. Homeland Security Investigations). An English case-tracker template
    filled in by Honduran officers: UTF-8 with BOM, ``,``, U.S. month-first dates throughout,
    U.S. Border Patrol words (``Alien Smuggling``, ``UAC``, ``FMUA``, ``Single Adult``),
    upper-case country names and ISO alpha-2 codes, a few Spanish words slipped in, one
    "Lat, Long" cell. Reports the events detected in the United States, and again some in
    Panama.
``asi_sanjose_gd.csv``
    Attaché de sécurité intérieure of the French embassy in San José (regional remit over
    Central America), relaying French and cross-Channel detections to partners. French,
    cp1252, ``;``, CRLF: French legal wording (``AESI``, ``TEH``), ``1er mai 2023``,
    ``T2 2023``, ``néant`` for no transit, ``MNA`` for minors, "small boat", decimal commas,
    narrow no-break thousands, a restricted-distribution note row.
``msp_cr_dai_gd.csv``
    Dirección de Asuntos Internacionales of Costa Rica's Ministerio de Seguridad Pública, the
    desk that receives the Spanish and Italian liaison bulletins. Excel "Texto Unicode"
    export: UTF-16 with BOM, tab-delimited; Costa Rican legal wording (``TdP``, ``TIM``,
    ``PME``, ``legitimación de capitales``), day-first dates mixed with Excel serials pasted
    from a general-format column, Roman-numeral quarters (``II trimestre 2023``), coordinates
    in degrees-minutes-seconds with ``O`` for west.
``flacso_cr_gd.jsonl``
    Migration observatory of FLACSO Costa Rica, compiling press and open-source reports of
    every other event (the compilation). JSON lines from its database: snake-case codes,
    ISO dates (a batch with slashes), ISO alpha-3 detection countries, UN M49 numeric origin
    and destination codes, plural Spanish demonyms for nationality with mojibake in an
    imported batch, geocoded coordinates with three decimals, ``null`` for what it does not
    know.

Where a cell is unreadable or says "not known", the truth expects nothing (or ``unknown``)
and the row's messiness tags say so; a cell that an analyst can read (a demonym, an M49
code, a Roman-numeral quarter, a DMS coordinate, a month-first date in a month-first file)
expects the true value.
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["EXAMINER", "SOURCES", "make_blind184"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_PASTORAL = ExaminerSource(
    source="pastoral_neily",
    filename="pastoral_neily_gd.xlsx",
    ref="PMH-CN-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° boleta",
        "event_date": "Fecha del hecho",
        "place": "Lugar del hecho",
        "detection_country": "País del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas atendidas",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de paso)",
        "destination_country": "Destino declarado",
        "transport_mode": "Medio de desplazamiento",
        "n_suspects": "Coyotes / tratantes señalados",
        "linked_offences": "Otros delitos sufridos",
    },
    note="Nota: datos recogidos en la atención humanitaria, cifras preliminares",
    total="TOTAL ATENDIDOS",
    bad_count=("varios", "muchos", "un grupo"),
    repeats=True,
)
_TCIU = ExaminerSource(
    source="tciu_honduras",
    filename="tciu_honduras_gd.csv",
    ref="TCIU-HN-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "TCIU Case #",
        "event_date": "Date of Apprehension",
        "place": "Sector / AOR",
        "crime_type": "Offense",
        "exploitation": "Trafficking Type",
        "n_persons": "# Aliens/Victims",
        "n_suspects": "# Smugglers (Coyotes)",
        "gender": "Sex",
        "age_group": "Demographic",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Final Destination",
        "detection_country": "Apprehension Country",
        "transport_mode": "Conveyance",
        "coordinates": "Lat, Long",
        "linked_offences": "Related Charges",
    },
    note="LAW ENFORCEMENT SENSITIVE - data shared with HSI Tegucigalpa, subject to change",
    total="TOTAL",
    bad_count=("several", "multiple", "a group"),
    repeats=True,
)
_ASI = ExaminerSource(
    source="asi_sanjose",
    filename="asi_sanjose_gd.csv",
    ref="ASI-SJO/{year}/{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb migrants / victimes",
        "n_suspects": "Nb passeurs / mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transport_mode": "Mode opératoire",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Diffusion restreinte – données transmises à titre indicatif par le SSI",
    total="TOTAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
)
_MSP = ExaminerSource(
    source="msp_cr_dai",
    filename="msp_cr_dai_gd.csv",
    ref="DAI-{seq:04d}-{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Consecutivo",
        "event_date": "Fecha",
        "detection_country": "País donde se detecta",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Personas detenidas",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "transport_mode": "Vía",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: boletines de oficiales de enlace; información sujeta a verificación",
    total="Total general",
    bad_count=("varios", "múltiples"),
    repeats=False,
)
_FLACSO = ExaminerSource(
    source="flacso_cr",
    filename="flacso_cr_gd.jsonl",
    ref="OBS-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "id_caso",
        "event_date": "fecha_evento",
        "crime_type": "tipo_delito",
        "exploitation": "finalidad_explotacion",
        "n_persons": "personas",
        "n_suspects": "presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_edad",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen_m49",
        "destination_country": "pais_destino_m49",
        "detection_country": "pais_deteccion",
        "transit_countries": "paises_transito",
        "transport_mode": "medio",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("decenas", "cientos"),
    repeats=False,
)

#: The variant's sources, in the order their submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (_PASTORAL, _TCIU, _ASI, _MSP, _FLACSO)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
# iso3 -> Spanish demonym (masculine singular, feminine singular, masculine plural)
_ES_DEMONYM: dict[str, tuple[str, str, str]] = {
    "AFG": ("afgano", "afgana", "afganos"),
    "ALB": ("albanés", "albanesa", "albaneses"),
    "BGD": ("bangladesí", "bangladesí", "bangladesíes"),
    "CHN": ("chino", "china", "chinos"),
    "CIV": ("marfileño", "marfileña", "marfileños"),
    "CMR": ("camerunés", "camerunesa", "cameruneses"),
    "COL": ("colombiano", "colombiana", "colombianos"),
    "DZA": ("argelino", "argelina", "argelinos"),
    "ECU": ("ecuatoriano", "ecuatoriana", "ecuatorianos"),
    "EGY": ("egipcio", "egipcia", "egipcios"),
    "ERI": ("eritreo", "eritrea", "eritreos"),
    "GIN": ("guineano", "guineana", "guineanos"),
    "GMB": ("gambiano", "gambiana", "gambianos"),
    "GTM": ("guatemalteco", "guatemalteca", "guatemaltecos"),
    "HND": ("hondureño", "hondureña", "hondureños"),
    "HTI": ("haitiano", "haitiana", "haitianos"),
    "IRN": ("iraní", "iraní", "iraníes"),
    "IRQ": ("iraquí", "iraquí", "iraquíes"),
    "MAR": ("marroquí", "marroquí", "marroquíes"),
    "MEX": ("mexicano", "mexicana", "mexicanos"),
    "MLI": ("maliense", "maliense", "malienses"),
    "NGA": ("nigeriano", "nigeriana", "nigerianos"),
    "PAK": ("pakistaní", "pakistaní", "pakistaníes"),
    "ROU": ("rumano", "rumana", "rumanos"),
    "SEN": ("senegalés", "senegalesa", "senegaleses"),
    "SYR": ("sirio", "siria", "sirios"),
    "TUN": ("tunecino", "tunecina", "tunecinos"),
    "TUR": ("turco", "turca", "turcos"),
    "VEN": ("venezolano", "venezolana", "venezolanos"),
    "VNM": ("vietnamita", "vietnamita", "vietnamitas"),
    "YEM": ("yemení", "yemení", "yemeníes"),
}
# iso3 -> French nationality adjective ("nationalité afghane")
_FR_DEMONYM: dict[str, str] = {
    "AFG": "afghane",
    "ALB": "albanaise",
    "BGD": "bangladaise",
    "CHN": "chinoise",
    "CIV": "ivoirienne",
    "CMR": "camerounaise",
    "COL": "colombienne",
    "DZA": "algérienne",
    "ECU": "équatorienne",
    "EGY": "égyptienne",
    "ERI": "érythréenne",
    "GIN": "guinéenne",
    "GMB": "gambienne",
    "GTM": "guatémaltèque",
    "HND": "hondurienne",
    "HTI": "haïtienne",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "MAR": "marocaine",
    "MEX": "mexicaine",
    "MLI": "malienne",
    "NGA": "nigériane",
    "PAK": "pakistanaise",
    "ROU": "roumaine",
    "SEN": "sénégalaise",
    "SYR": "syrienne",
    "TUN": "tunisienne",
    "TUR": "turque",
    "VEN": "vénézuélienne",
    "VNM": "vietnamienne",
    "YEM": "yéménite",
}
# Spanish short forms used in Central America
_ES_ALIAS = {"USA": ("EEUU", "EE.UU.", "USA"), "MEX": ("Méx.",)}
_FR_ALIAS = {"USA": ("USA",), "GBR": ("UK",)}
_ROMAN = ("I", "II", "III", "IV")
_PLAIN = str.maketrans("áéíóúÁÉÍÓÚñÑüÜ", "aeiouAEIOUnNuU")
_SPANISH_OF = {"USA": "Estados Unidos", "MEX": "México", "PAN": "Panamá", "GTM": "Guatemala"}


@dataclass(frozen=True)
class _Words:
    """One agency's words for the vocabulary fields and its "not known" cells."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]  # written on a smuggling row
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, dict[str, tuple[str, ...]]]  # mode -> corridor ("*": any) -> words
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    na_words: tuple[str, ...]  # age group / transport mode not known
    no_gender: tuple[str | None, ...]
    no_nationality: tuple[str | None, ...]
    count_unknown: tuple[object, ...]
    suspects_unknown: tuple[object, ...]
    zero_words: tuple[str, ...]
    direct: tuple[str | None, ...]  # transit cell of a direct route


_WORDS: dict[str, _Words] = {
    "pastoral_neily": _Words(
        crime={
            "trafficking": ("Trata de personas", "TdP", "trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "TIM", "tráfico de migrantes"),
            "both": ("Trata y TIM", "TdP + TIM"),
        },
        exploitation={
            "sexual": ("explotación sexual", "explotación sexual comercial"),
            "forced_labour": ("trabajo forzoso", "explotación laboral"),
            "forced_criminality": ("obligados a delinquir", "actividades delictivas"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado", "unión forzada"),
            "other": ("otra",),
        },
        no_exploitation=(None, None, "No aplica"),
        gender={
            "female": ("Mujeres", "Mujer"),
            "male": ("Hombres", "Hombre", "Varones"),
            "mixed": ("Mixto", "Hombres y mujeres"),
        },
        age={
            "child": ("NNA", "Menores", "Menor no acompañado"),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y NNA", "Adultos con NNA"),
        },
        transport={
            "land": {"darien": ("A pie (selva)", "Caminando", "A pie"), "*": ("Terrestre",)},
            "sea": {"*": ("Lancha", "Marítimo")},
            "air": {"*": ("Aéreo", "Avión")},
        },
        offences={
            "document_fraud": ("documentos falsos",),
            "corruption": ("soborno a autoridades",),
            "money_laundering": ("lavado de dinero",),
            "illicit_goods": ("trasiego de drogas", "drogas"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=", ",
        na_words=("S/D", "No sabe"),
        no_gender=(None, "S/D"),
        no_nationality=("Sin documentos", "S/D"),
        count_unknown=("sin dato", "S/D"),
        suspects_unknown=("no sabe", "S/D"),
        zero_words=("ninguno", "Ninguno"),
        direct=(None, "Directo"),
    ),
    "tciu_honduras": _Words(
        crime={
            "smuggling": (
                "Alien Smuggling",
                "Human Smuggling",
                "8 USC 1324",
                "Tráfico de migrantes",
            ),
            "trafficking": ("Human Trafficking", "HT", "Trata de personas"),
            "both": ("Smuggling/Trafficking", "HS/HT"),
        },
        exploitation={
            "sexual": ("Sex Trafficking", "Commercial sex"),
            "forced_labour": ("Labor Trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        no_exploitation=("N/A", None),
        gender={
            "male": ("M", "Male", "Masculino"),
            "female": ("F", "Female", "Femenino"),
            "mixed": ("M/F", "Mixed"),
        },
        age={
            "adult": ("Single Adult", "Adult", "SA"),
            "child": ("UAC", "Minor", "Juvenile"),
            "mixed": ("FMUA", "Family Unit", "Adults/Minors"),
        },
        transport={
            "land": {
                "us_mex": ("On foot", "Load vehicle", "Tractor-trailer", "Foot"),
                "*": ("On foot", "Foot", "Bus"),
            },
            "sea": {"*": ("Maritime", "Panga")},
            "air": {"*": ("Commercial flight", "Air")},
        },
        offences={
            "document_fraud": ("Document fraud", "Fraudulent docs"),
            "corruption": ("Bribery", "Public corruption"),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Narcotics", "Drug smuggling"),
            "cybercrime": ("Cyber",),
            "terrorism": ("Terrorism",),
        },
        offence_sep="; ",
        na_words=("N/A", "UNK"),
        no_gender=(None, "UNK"),
        no_nationality=("UNK", "Unknown"),
        count_unknown=("UNK", "Unknown"),
        suspects_unknown=("UNK", "TBD"),
        zero_words=("None", "NONE"),
        direct=(None, "Direct"),
    ),
    "asi_sanjose": _Words(
        crime={
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "AESI",
                "filière d'immigration irrégulière",
                "trafic de migrants",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH / AESI", "traite et aide à l'entrée irrégulière"),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme aggravé"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        no_exploitation=("sans objet", None),
        gender={
            "female": ("femmes", "F"),
            "male": ("hommes", "H"),
            "mixed": ("mixte", "H/F"),
        },
        age={
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("majeurs et mineurs", "majeurs + mineurs"),
        },
        transport={
            "sea": {"channel": ("small boat", "embarcation"), "*": ("maritime", "ferry")},
            "land": {"channel": ("poids lourd", "véhicule"), "*": ("routier", "à pied")},
            "air": {"*": ("aérien", "voie aérienne")},
        },
        offences={
            "document_fraud": ("fraude documentaire", "faux papiers"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=", ",
        na_words=("N.C.", "non renseigné"),
        no_gender=(None, "N.C."),
        no_nationality=("N.C.", "indéterminée"),
        count_unknown=("N.C.", "inconnu"),
        suspects_unknown=("N.C.", "en cours"),
        zero_words=("aucun", "néant"),
        direct=("néant", None),
    ),
    "msp_cr_dai": _Words(
        crime={
            "trafficking": ("Trata de personas", "TdP"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico ilícito de personas migrantes"),
            "both": ("Trata de personas y tráfico ilícito de migrantes", "TdP/TIM"),
        },
        exploitation={
            "sexual": ("Explotación sexual comercial", "ESC", "Explotación sexual"),
            "forced_labour": ("Trabajos o servicios forzados", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas forzadas",),
            "organ_removal": ("Extracción ilícita de órganos",),
            "forced_marriage": ("Matrimonio servil", "Matrimonio forzado"),
            "other": ("Otra",),
        },
        no_exploitation=("No aplica", None),
        gender={
            "male": ("Masculino", "Hombres"),
            "female": ("Femenino", "Mujeres"),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        age={
            "adult": ("Personas adultas", "Adultos"),
            "child": ("PME", "Personas menores de edad"),
            "mixed": ("Adultos y PME", "Mixto"),
        },
        transport={
            "sea": {
                "watl": ("Cayuco", "Marítima"),
                "wmed": ("Patera", "Marítima"),
                "*": ("Marítima", "Embarcación"),
            },
            "land": {"*": ("Terrestre", "Vehículo")},
            "air": {"*": ("Aérea", "Vía aérea")},
        },
        offences={
            "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
            "corruption": ("Cohecho", "Corrupción"),
            "money_laundering": ("Legitimación de capitales",),
            "illicit_goods": ("Infracción a la Ley de Psicotrópicos", "Narcotráfico"),
            "cybercrime": ("Delitos informáticos",),
            "terrorism": ("Terrorismo",),
        },
        offence_sep="; ",
        na_words=("Sin información", "No aplica"),
        no_gender=(None, "Sin información"),
        no_nationality=("Sin información", "Indocumentado"),
        count_unknown=("N/D", "Sin información"),
        suspects_unknown=("Sin información", "N/D"),
        zero_words=("Ninguna", "ninguno"),
        direct=("Directo", None),
    ),
    "flacso_cr": _Words(
        crime={
            "smuggling": ("trafico_migrantes",),
            "trafficking": ("trata_personas",),
            "both": ("trata_y_trafico",),
        },
        exploitation={
            "sexual": ("explotacion_sexual",),
            "forced_labour": ("trabajo_forzoso",),
            "forced_criminality": ("actividades_delictivas",),
            "organ_removal": ("extraccion_organos",),
            "forced_marriage": ("matrimonio_forzado",),
            "other": ("otra",),
        },
        no_exploitation=(None,),
        gender={"male": ("hombres",), "female": ("mujeres",), "mixed": ("mixto",)},
        age={"adult": ("adultos",), "child": ("nna",), "mixed": ("mixto",)},
        transport={
            "sea": {"*": ("maritimo",)},
            "land": {"*": ("terrestre",)},
            "air": {"*": ("aereo",)},
        },
        offences={
            "document_fraud": ("falsificacion_documental",),
            "corruption": ("corrupcion",),
            "money_laundering": ("lavado_activos",),
            "illicit_goods": ("drogas",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_sep=",",
        na_words=("sin_dato",),
        no_gender=(None, "sin_dato"),
        no_nationality=(None, "sin_dato"),
        count_unknown=(None, "s.d."),
        suspects_unknown=(None,),
        zero_words=(),
        direct=(None,),
    ),
}

# Places: the truth's hotspot -> what the agency writes in its place column.
_PASTORAL_PLACE = {
    "Darién gap": ("Selva del Darién", "Tapón del Darién", "Darién"),
    "Bajo Chiquito": ("Bajo Chiquito",),
    "Lajas Blancas": ("ERM Lajas Blancas", "Lajas Blancas"),
}
_TCIU_PLACE = {
    "Nogales (Sonora/Arizona)": ("Tucson Sector (Nogales)",),
    "Sasabe": ("Tucson Sector (Sasabe)",),
    "El Paso": ("El Paso Sector",),
    "Rio Grande Valley": ("RGV Sector", "Rio Grande Valley Sector"),
    "Darién gap": ("Darien, PA",),
    "Bajo Chiquito": ("Bajo Chiquito, Darien",),
    "Lajas Blancas": ("Lajas Blancas, Darien",),
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _text(ev: dict[str, object], key: str) -> str | None:
    value = ev.get(key)
    return None if value is None else str(value)


def _num(ev: dict[str, object], key: str) -> int | None:
    value = ev.get(key)
    return None if value is None else int(value)  # type: ignore[call-overload]


def _pick(rng: _Rng, options: tuple[object, ...]) -> object:
    return options[int(rng.integers(len(options)))]


def _swap_letters(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a typing slip).

    Examples
    --------
    >>> _swap_letters("Venezuela"), _swap_letters("Mali")
    ('Venzeuela', 'Mali')
    """
    i = len(text) // 2
    if len(text) < 6 or not (text[i - 1].isalpha() and text[i].isalpha()):
        return text
    if text[i - 1] == text[i]:
        return text
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _name(iso: str, lang: str) -> str:
    row = COUNTRIES.get(iso)
    if row is None:  # every code of the truth is in the table; keep the code otherwise
        return iso
    return str(row[{"en": 1, "fr": 2, "es": 3}[lang]])


def _m49(iso: str) -> str:
    """UN M49 / ISO numeric code of a country, three digits.

    Examples
    --------
    >>> _m49("AFG"), _m49("GRC")
    ('004', '300')
    """
    return iso_codes(iso)[1].zfill(3)


def _country(
    src: ExaminerSource, iso: str, col: str, rng: _Rng, *, female: bool
) -> tuple[str, list[str]]:
    """Write one country the agency's way; return (cell, tags)."""
    lang = src.language
    name = _name(iso, lang)
    r = rng.random()
    who = src.source
    if who == "pastoral_neily":
        if col == "nationality" and iso in _ES_DEMONYM and r < 0.65:
            masc, fem, _ = _ES_DEMONYM[iso]
            word = fem if female else masc
            return (word.capitalize() if rng.random() < 0.5 else word), [f"demonym:{col}"]
        if iso in _ES_ALIAS and r < 0.3:
            return choice(rng, _ES_ALIAS[iso]), [f"alias:{col}"]
        if r < 0.75:
            return name, []
        if r < 0.86:
            plain = name.translate(_PLAIN)
            return plain, ([f"no_accent:{col}"] if plain != name else [])
        if r < 0.96:
            return name.upper(), [f"case:{col}"]
        typo = _swap_letters(name)
        return typo, ([f"typo:{col}"] if typo != name else [])
    if who == "tciu_honduras":
        en = _name(iso, "en")
        if r < 0.04 and iso in _SPANISH_OF:
            return _SPANISH_OF[iso], [f"spanish:{col}"]
        if r < 0.55:
            return en.upper(), [f"case:{col}"]
        if r < 0.75:
            return en, []
        if r < 0.95:
            return iso_codes(iso)[0], [f"iso2:{col}"]
        typo = str(COUNTRIES[iso][5]) if iso in COUNTRIES else en
        return typo.upper(), [f"typo:{col}"]
    if who == "asi_sanjose":
        if col == "nationality" and iso in _FR_DEMONYM and r < 0.3:
            word = _FR_DEMONYM[iso]
            if fits(word, src):
                return word, [f"demonym:{col}"]
        if iso == "GBR" and col == "destination_country" and r < 0.3:
            return "Angleterre", [f"alias:{col}"]  # where the migrants say they are going
        if iso in _FR_ALIAS and r < 0.3:
            return choice(rng, _FR_ALIAS[iso]), [f"alias:{col}"]
        if r < 0.78:
            return name, []
        if r < 0.88:
            return name.upper(), [f"case:{col}"]
        if r < 0.97:
            return iso, [f"iso3:{col}"]
        typo = _swap_letters(name)
        return typo, ([f"typo:{col}"] if typo != name else [])
    if who == "msp_cr_dai":
        if iso in _ES_ALIAS and r < 0.2:
            return choice(rng, _ES_ALIAS[iso]), [f"alias:{col}"]
        if r < 0.7:
            return name, []
        if r < 0.85:
            return iso, [f"iso3:{col}"]
        if r < 0.92:
            plain = name.translate(_PLAIN)
            return plain, ([f"no_accent:{col}"] if plain != name else [])
        if r < 0.97:
            return name.lower(), [f"case:{col}"]
        typo = _swap_letters(name)
        return typo, ([f"typo:{col}"] if typo != name else [])
    # flacso_cr: a database with codes; nationality as the press writes it
    if col == "nationality":
        word = _ES_DEMONYM[iso][2] if iso in _ES_DEMONYM else name.lower()
        garbled = mojibake(word) if r < 0.12 else None
        if garbled is not None:
            return garbled, [f"mojibake:{col}", f"demonym:{col}"]
        return word, [f"demonym:{col}"]
    if col in ("origin_country", "destination_country"):
        return _m49(iso), [f"m49:{col}"]
    return iso, [f"iso3:{col}"]


def _transit(
    src: ExaminerSource, value: str | None, rng: _Rng, words: _Words
) -> tuple[object, list[str]]:
    """Write an ordered transit list with the agency's separator."""
    if value is None:
        cell = _pick(rng, tuple(words.direct))
        return cell, (["direct_word"] if cell is not None else [])
    codes = value.split("|")
    who = src.source
    tags: list[str] = []
    if who == "tciu_honduras":
        as_iso2 = rng.random() < 0.5
        parts = [iso_codes(c)[0] if as_iso2 else _name(c, "en").upper() for c in codes]
        return " > ".join(parts), (["iso2:transit_countries"] if as_iso2 else [])
    if who == "flacso_cr":
        return ", ".join(codes), ["iso3:transit_countries"]
    lang = src.language
    sep = {"pastoral_neily": " - ", "asi_sanjose": " / ", "msp_cr_dai": ", "}[who]
    parts = []
    for c in codes:
        name = _name(c, lang)
        if who == "msp_cr_dai" and rng.random() < 0.1:
            parts.append(c)
            tags.append("iso3:transit_countries")
        elif who == "pastoral_neily" and rng.random() < 0.15:
            parts.append(name.translate(_PLAIN))
        else:
            parts.append(name)
    return sep.join(parts), sorted(set(tags))


def _word(rng: _Rng, table: dict[str, tuple[str, ...]], value: str, *, usual: float = 0.6) -> str:
    """Return the usual word most of the time, another of the agency's words otherwise."""
    forms = table[value]
    if len(forms) == 1 or rng.random() < usual:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _spacing(rng: _Rng, text: str, col: str, rate: float) -> tuple[str, list[str]]:
    """Clerks' stray case and spaces, on ``rate`` of the cells."""
    if rng.random() >= rate:
        return text, []
    k = int(rng.integers(3))
    out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
    return out, ([f"case:{col}"] if out != text else [])


# ----- dates ---------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


_DateCell = tuple[object, pd.Timestamp, str, list[str]]


def _date(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    """Write the event date the agency's way; return (cell, expected day, precision, tags)."""
    r = rng.random()
    month_es = _MONTHS["es"][ts.month - 1]
    who = src.source
    if who == "pastoral_neily":
        if partial_ok and r < 0.07:  # a testimony dated to the month
            text = (
                f"{month_es.capitalize()} {ts.year}"
                if rng.random() < 0.5
                else (f"{month_es} de {ts.year}")
            )
            return text, _month_start(ts), "month", ["partial_date"]
        if r < 0.2:  # typed as text by a volunteer
            return ts.strftime("%d/%m/%Y"), ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", []
    if who == "tciu_honduras":
        if partial_ok and r < 0.04:
            return (
                f"{_MONTHS['en'][ts.month - 1]} {ts.year}",
                _month_start(ts),
                "month",
                ["partial_date"],
            )
        if partial_ok and r < 0.07:
            return f"Q{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
        if r < 0.17:
            return ts.strftime("%m/%d/%y"), ts, "day", ["month_first", "short_year"]
        return ts.strftime("%m/%d/%Y"), ts, "day", ["month_first"]
    if who == "asi_sanjose":
        month_fr = _MONTHS["fr"][ts.month - 1]
        if partial_ok and r < 0.06:
            return f"{month_fr} {ts.year}", _month_start(ts), "month", ["partial_date"]
        if partial_ok and r < 0.10:
            return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", ["partial_date"]
        if r < 0.25:
            day = "1er" if ts.day == 1 else str(ts.day)
            return f"{day} {month_fr} {ts.year}", ts, "day", ["long_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if who == "msp_cr_dai":
        if partial_ok and r < 0.05:
            return (
                f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}",
                _quarter_start(ts),
                "quarter",
                ["partial_date", "roman_quarter"],
            )
        if partial_ok and r < 0.09:
            return f"{month_es} {ts.year}", _month_start(ts), "month", ["partial_date"]
        if r < 0.4:  # pasted from a general-format Excel column
            serial = (ts - pd.Timestamp("1899-12-30")).days
            return str(serial), ts, "day", ["serial_date"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # flacso_cr
    if partial_ok and r < 0.07:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", ["partial_date"]
    if partial_ok and r < 0.11:
        return f"{ts.year}-T{ts.quarter}", _quarter_start(ts), "quarter", ["partial_date"]
    if r < 0.17:  # an imported batch with slashes
        return ts.strftime("%Y/%m/%d"), ts, "day", ["slash_date"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row to quarantine: missing, impossible or in the future.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> _bad_date(_TCIU, pd.Timestamp("2023-02-10"), "bad_date", rng)
    '02/30/2023'
    >>> _bad_date(_MSP, pd.Timestamp("2023-02-10"), "future_date", rng)
    '10/02/2033'
    """
    who = src.source
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if who == "tciu_honduras":
            return f"02/30/{ts.year}"
        if who == "flacso_cr":
            return f"{ts.year}-02-30"
        if who == "msp_cr_dai":
            return f"31/06/{ts.year}"
        if who == "asi_sanjose":
            return f"30/02/{ts.year}"
        return f"31/02/{ts.year}"  # typed as text in the workbook
    future = ts.replace(year=ts.year + 10)  # a slip of the decade on the keyboard
    if who == "pastoral_neily":
        return future.to_pydatetime()
    if who == "tciu_honduras":
        return future.strftime("%m/%d/%Y")
    if who == "flacso_cr":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date a clerk writes on the note row: the day of the extraction."""
    day = last + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    if src.source == "tciu_honduras":
        return day.strftime("%m/%d/%Y")
    return day.strftime("%d/%m/%Y")


# ----- counts --------------------------------------------------------------------------
def _persons(src: ExaminerSource, n: int, rng: _Rng, words: _Words) -> tuple[object, list[str]]:
    """Write the count of persons; return (cell, tags). A "not known" cell expects nothing."""
    r = rng.random()
    who = src.source
    if r < 0.025:
        return _pick(rng, words.count_unknown), ["count_placeholder"]
    if who == "pastoral_neily":
        if r < 0.09 and n < 1000:
            return f"{n} personas" if n > 1 else "1 persona", ["count_text"]
        return n, []
    if who == "flacso_cr":
        return n, []
    if n >= 1000:
        sep = {"tciu_honduras": ",", "asi_sanjose": choice(rng, ("\u00a0", " ")), "msp_cr_dai": "."}
        return f"{n // 1000}{sep[who]}{n % 1000:03d}", ["thousands:n_persons"]
    return str(n), []


def _suspects(
    src: ExaminerSource, n: int | None, rng: _Rng, words: _Words
) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects; return (cell, expected, tags)."""
    numeric = src.format != "csv"
    if n is None:
        return None, None, ["blank_n_suspects"]
    r = rng.random()
    if r < 0.04:
        return _pick(rng, words.suspects_unknown), None, ["suspects_placeholder"]
    if n == 0 and words.zero_words and r < 0.5:
        return choice(rng, words.zero_words), 0, ["zero_word"]
    return (n if numeric else str(n)), n, []


# ----- coordinates ---------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> str:
    """Degrees, minutes and seconds (one decimal) with a hemisphere letter.

    Examples
    --------
    >>> print(_dms(36.83, "N", "S"), _dms(-2.46, "E", "O"))
    36°49'48.0"N 2°27'36.0"O
    """
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{hemi}"


def _coordinates(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[_Cells, float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, expected lon, tags)."""
    who = src.source
    if who == "pastoral_neily":  # a place name only
        return {}, None, None, ["coords_missing"]
    if blank:
        return {}, None, None, ["blank_coordinates"]
    r = rng.random()
    if who == "tciu_honduras":
        if r < 0.03:
            return {}, None, None, ["coords_missing"]
        if r < 0.05:
            return {"coordinates": "N/A"}, None, None, ["coords_placeholder"]
        if r < 0.08 and abs(lon) > 90:  # longitude first: plainly not a latitude
            return {"coordinates": f"{lon:.5f}, {lat:.5f}"}, lat, lon, ["coords_swapped"]
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon, []
    if who == "asi_sanjose":
        if r < 0.05:
            return {}, None, None, ["coords_missing"]
        return (
            {"lat": f"{lat:.4f}".replace(".", ","), "lon": f"{lon:.4f}".replace(".", ",")},
            lat,
            lon,
            ["decimal_comma"],
        )
    if who == "msp_cr_dai":
        if r < 0.05:
            return {}, None, None, ["coords_missing"]
        if r < 0.07:
            return {"coordinates": "No disponible"}, None, None, ["coords_placeholder"]
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'O')}"}, lat, lon, ["dms"]
    if r < 0.08:  # flacso_cr: not geocoded
        return {}, None, None, ["coords_missing"]
    return {"lat": round(lat, 3), "lon": round(lon, 3)}, lat, lon, []


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    words = _WORDS[src.source]
    csv = src.format == "csv"
    cells: _Cells = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    text, t = _spacing(rng, _word(rng, words.crime, crime), "crime_type", 0.04)
    cells["crime_type"], exp["crime_type"] = text, crime
    tags += t

    expl = _text(ev, "exploitation")
    if expl is None:
        cells["exploitation"] = _pick(rng, words.no_exploitation)
    else:
        cells["exploitation"] = _word(rng, words.exploitation, expl)
    exp["exploitation"] = expl

    n = _num(ev, "n_persons") or 0
    cells["n_persons"], t = _persons(src, n, rng, words)
    exp["n_persons"] = None if "count_placeholder" in t else n
    tags += t

    sus = _num(ev, "n_suspects")
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"], t = None, None, ["blank_n_suspects"]
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, sus, rng, words)
    tags += t

    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.03:
        cells["gender"] = None if forced_blank == "gender" else _pick(rng, words.no_gender)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        text, t = _spacing(rng, _word(rng, words.gender, gender), "gender", 0.04)
        cells["gender"], exp["gender"] = text, gender
        tags += t

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, words.na_words), "unknown"
        tags.append("na_word:age_group")
    else:
        cells["age_group"], exp["age_group"] = _word(rng, words.age, age), age

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, words.na_words), "unknown"
        tags.append("na_word:transport_mode")
    else:
        by_corridor = words.transport[mode]
        options = by_corridor.get(str(ev["corridor"]), by_corridor["*"])
        cells["transport_mode"], exp["transport_mode"] = choice(rng, options), mode

    female = gender == "female"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = _text(ev, col)
        blank_word = col == "nationality" and rng.random() < 0.02
        if iso is None or forced_blank == col or blank_word:
            if col == "nationality" and blank_word and forced_blank != col:
                cells[col] = _pick(rng, words.no_nationality)
            else:
                cells[col] = None
            exp[col] = None
            if iso is not None:
                tags.append(f"blank_{col}")
            continue
        text, t = _country(src, iso, col, rng, female=female)
        if not fits(text, src):  # the file's encoding cannot hold it: the plain name
            text, t = _name(iso, src.language).translate(_PLAIN), [f"no_accent:{col}"]
        cells[col], exp[col] = text, iso
        tags += t

    cells["transit_countries"], t = _transit(src, _text(ev, "transit_countries"), rng, words)
    exp["transit_countries"] = _text(ev, "transit_countries")
    tags += t

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    coords, exp["lat"], exp["lon"], t = _coordinates(
        src, lat, lon, rng, blank=forced_blank == "coordinates"
    )
    cells.update(coords)
    tags += t

    offences = _text(ev, "linked_offences")
    if offences is None:
        cells["linked_offences"] = None
    else:
        cells["linked_offences"] = words.offence_sep.join(
            _word(rng, words.offences, o) for o in offences.split("|")
        )
    exp["linked_offences"] = offences

    hotspot = str(ev.get("hotspot") or "")
    if src.source == "pastoral_neily":
        cells["place"] = choice(rng, _PASTORAL_PLACE.get(hotspot, (hotspot,)))
    elif src.source == "tciu_honduras":
        cells["place"] = choice(rng, _TCIU_PLACE.get(hotspot, (hotspot,)))

    if csv:  # a CSV cell is text
        for key, value in cells.items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                cells[key] = str(value)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_SECONDARY: dict[tuple[str, str], str] = {
    ("darien", "PAN"): "tciu_honduras",
    ("us_mex", "USA"): "flacso_cr",
    ("channel", "FRA"): "flacso_cr",
    ("channel", "GBR"): "flacso_cr",
    ("thb_vnm_gbr", "GBR"): "flacso_cr",
    ("cmed", "ITA"): "asi_sanjose",
    ("thb_nga_ita", "ITA"): "asi_sanjose",
    ("thb_rou_esp", "ITA"): "asi_sanjose",
    ("wmed", "ESP"): "asi_sanjose",
    ("watl", "ESP"): "flacso_cr",
    ("thb_rou_esp", "ESP"): "flacso_cr",
    ("emed", "GRC"): "msp_cr_dai",
    ("wbal", "HRV"): "asi_sanjose",
    ("blr_pol", "POL"): "msp_cr_dai",
}

#: The variant: its sources, who first reports which detection country, who reports an
#: event a second time, and how a cell is written.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={
        "PAN": "pastoral_neily",
        "USA": "tciu_honduras",
        "FRA": "asi_sanjose",
        "GBR": "asi_sanjose",
        "ESP": "msp_cr_dai",
        "ITA": "msp_cr_dai",
    },
    compilation="flacso_cr",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=184,
    blank_share=0.35,
)


def make_blind184(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind184`` agencies would send them.

    Events detected in Panama are first reported by the Ciudad Neily church network
    (Paso Canoas), those detected in the United States by the Honduran TCIU, those in
    France and the United Kingdom by the French security attaché in San José, those in
    Spain and Italy by the international desk of Costa Rica's security ministry, and every
    other one by the FLACSO Costa Rica observatory (the compilation). About 4 % of the
    events are reported a second time by another of them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``pastoral_neily_gd.xlsx``, ``tciu_honduras_gd.csv``, ``asi_sanjose_gd.csv``,
        ``msp_cr_dai_gd.csv`` and ``flacso_cr_gd.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind184(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pastoral_neily_gd.xlsx', 'tciu_honduras_gd.csv', 'asi_sanjose_gd.csv',
     'msp_cr_dai_gd.csv', 'flacso_cr_gd.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8-sig', 'cp1252', 'utf-16', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
