"""Examiner sample set ``blind414`` (files ``*_oz.*``): poultry producers' security desks.

Five ethical-trade, social-compliance and plant-security teams of poultry and egg
companies keep registers of the trafficked workers, forced-labour cases and smuggled
migrants (found in their lorries, catching crews or labour providers' houses) that they
detect or are told of, and send them as they are:

``moypark_ethical_trade_oz.jsonl``
    Moy Park / Pilgrim's Europe ethical-trade team (Craigavon, Northern Ireland),
    English, UTF-8 JSON lines from its case-management tool. It logs the UK cases and,
    as the group's compilation, the member-federation and labour-provider alerts of
    Italy, Greece, Croatia and Poland. NRM-style exploitation words, nationalities as
    demonyms ("Vietnamese"), transit typed as ``Libya > Tunisia``, ISO dates (some with
    a UTC time, some month only), ``"none"``/``"not known"`` in the count fields,
    offences as a JSON list, re-pulled records (exact repeats).
``ldc_bretagne_conformite_oz.csv``
    LDC Bretagne's conformité sociale (Lanfains, Côtes-d'Armor), French, cp1252, ``;``,
    CRLF: migrants found in refrigerated trailers at Calais/Dunkerque; day-first dates
    (``17/05/2023``, ``17/05/23``), ``mai 2023`` and ``T2 2023``; decimal commas;
    ``1 250`` counts; ``NC``, ``aucun``; ``H/F``; French legal words
    (``aide à l'entrée irrégulière``, ``mis en cause``).
``padesa_cumplimiento_oz.csv``
    Grupo Padesa's compliance desk (Alzira, Valencia), Spanish, UTF-16 tab-separated
    text as Excel saves it ("Texto Unicode"): ``17/05/2023`` and ``17-may-23``,
    ``mayo 2023`` and ``2º trim. 2023``, ``1.250``, number words for small counts,
    Penal-Code words (``finalidad``, ``investigados``, ``contra la salud pública``),
    coordinates pasted from a map (``36.83123, -2.46123``).
``bachoco_seguridad_oz.csv``
    Bachoco's corporate security (Celaya, Guanajuato), Mexican Spanish, UTF-8, ``|``:
    upper case without accents from the legacy system, web-form cells with accents read
    back as mojibake; Mexican legal words (``TRAFICO DE PERSONAS`` is smuggling,
    ``PROBABLES RESPONSABLES``, ``OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA``),
    feminine demonyms (``GUATEMALTECA``), ``EUA``; ``0``/``0`` coordinates when the
    GPS gave none.
``melo_avicola_oz.xlsx``
    Grupo Melo's plant security (Panamá), Panamanian Spanish, Excel: real date cells,
    some typed dates and a few bare serials; ``NNA`` for minors; GPS coordinates in
    degrees-minutes-seconds with ``O`` for west; rows pasted twice (exact repeats).

The truth expects what a careful analyst reads from each cell: an "unknown" word gives
no value (or ``unknown`` for a vocabulary), a zero word 0, a placeholder point no
place; an unreadable date or count makes the row a bad row.
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
from trendlib.samples._tables import COUNTRIES

__all__ = ["DESKS", "Desk", "make_blind414"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Desk(ExaminerSource):
    """A poultry company's desk: the shared source fields plus its wording key.

    Attributes
    ----------
    key : str
        Which wording the desk uses: ``"uk"``, ``"fr"``, ``"es"``, ``"mx"`` or ``"pa"``.
    """

    key: str


_UK = "moypark_ethical_trade"
_FR = "ldc_bretagne_conformite"
_ES = "padesa_cumplimiento"
_MX = "bachoco_seguridad"
_PA = "melo_avicola"

#: The five desks, in the order of the submissions.
DESKS: tuple[Desk, ...] = (
    Desk(
        source=_UK,
        filename=f"{_UK}_oz.jsonl",
        ref="MP-ET-{year}-{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "case_id",
            "event_date": "incident_date",
            "crime_type": "concern_type",
            "exploitation": "exploitation_type",
            "n_persons": "potential_victims",
            "n_suspects": "suspected_perpetrators",
            "gender": "sex",
            "age_group": "age_band",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "destination_country": "intended_destination",
            "detection_country": "country_of_incident",
            "transit_countries": "route_via",
            "transport_mode": "transport",
            "lat": "latitude",
            "lon": "longitude",
            "linked_offences": "linked_offences",
            "_extra": "reported_via",
        },
        note=None,
        total="Total (all cases)",
        bad_count=("see narrative", "TBC - awaiting police figure", "#REF!"),
        repeats=True,
        key="uk",
    ),
    Desk(
        source=_FR,
        filename=f"{_FR}_oz.csv",
        ref="SIG-{yy:02d}-{seq:03d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° signalement",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes concernées",
            "n_suspects": "Nb mis en cause",
            "gender": "Sexe",
            "age_group": "Majeur/mineur",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays de constatation",
            "transit_countries": "Pays de transit",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
            "_extra": "Origine du signalement",
        },
        note="Extraction registre des signalements - diffusion restreinte",
        total="TOTAL",
        bad_count=("cf. PV", "#VALEUR!", "voir annexe"),
        repeats=False,
        key="fr",
    ),
    Desk(
        source=_ES,
        filename=f"{_ES}_oz.csv",
        ref="EXP {seq:03d}/{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha de los hechos",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº víctimas / migrantes",
            "n_suspects": "Nº investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio de transporte",
            "coordinates": "Coordenadas",
            "linked_offences": "Delitos conexos",
            "_extra": "Canal de entrada",
        },
        note="Datos provisionales - canal ético y Seguridad",
        total="Total general",
        bad_count=("#¡VALOR!", "ver atestado", "pendiente"),
        repeats=False,
        key="es",
    ),
    Desk(
        source=_MX,
        filename=f"{_MX}_oz.csv",
        ref="SEG{year}{seq:05d}",
        format="csv",
        encoding="utf-8",
        delimiter="|",
        language="es",
        headers={
            "source_ref": "FOLIO",
            "event_date": "FECHA_EVENTO",
            "crime_type": "TIPO_INCIDENTE",
            "exploitation": "FINALIDAD",
            "n_persons": "NUM_PERSONAS",
            "n_suspects": "PROBABLES_RESPONSABLES",
            "gender": "SEXO",
            "age_group": "EDAD",
            "nationality": "NACIONALIDAD",
            "origin_country": "PAIS_ORIGEN",
            "destination_country": "PAIS_DESTINO",
            "detection_country": "PAIS_EVENTO",
            "transit_countries": "PAISES_TRANSITO",
            "transport_mode": "MEDIO_TRANSPORTE",
            "lat": "LATITUD",
            "lon": "LONGITUD",
            "linked_offences": "DELITOS_RELACIONADOS",
            "_extra": "ESTATUS",
        },
        note="CORTE INFORMATIVO - USO INTERNO",
        total="TOTAL",
        bad_count=("VARIOS", "VER ACTA", "#VALUE!"),
        repeats=False,
        key="mx",
    ),
    Desk(
        source=_PA,
        filename=f"{_PA}_oz.xlsx",
        ref="GM-SEG-{year}-{seq:03d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "No. de caso",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipo de delito",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Presuntos responsables",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País del hecho",
            "transit_countries": "Tránsito",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
            "_extra": "Estado",
        },
        note="Nota: cifras preliminares, sujetas a verificación",
        total="Total",
        bad_count=("varios", "ver informe", "#¡VALOR!"),
        repeats=True,
        key="pa",
    ),
)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "trafficking": ("Modern slavery", "Human trafficking", "Modern slavery / trafficking"),
        "smuggling": ("People smuggling", "Facilitation of illegal entry"),
        "both": ("Trafficking & smuggling", "Smuggling + modern slavery"),
    },
    "fr": {
        "trafficking": ("traite des êtres humains", "TEH"),
        "smuggling": ("aide à l'entrée irrégulière", "aide à l'entrée et au séjour irréguliers"),
        "both": ("TEH + aide à l'entrée irrégulière",),
    },
    "es": {
        "trafficking": ("trata de seres humanos", "Trata de seres humanos (177 bis)"),
        "smuggling": ("inmigración clandestina", "tráfico ilícito de migrantes"),
        "both": ("trata e inmigración clandestina",),
    },
    "mx": {
        "trafficking": ("TRATA DE PERSONAS",),
        "smuggling": ("TRAFICO DE PERSONAS", "TRAFICO DE INDOCUMENTADOS"),
        "both": ("TRATA Y TRAFICO DE PERSONAS",),
    },
    "pa": {
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
        "both": ("Trata y tráfico de migrantes",),
    },
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "sexual": ("Sexual",),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "fr": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "es": {
        "sexual": ("sexual", "explotación sexual"),
        "forced_labour": ("laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    "mx": {
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJOS FORZADOS", "EXPLOTACION LABORAL"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "forced_marriage": ("MATRIMONIO FORZOSO",),
        "other": ("OTRA",),
    },
    "pa": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio servil",),
        "other": ("Otra",),
    },
}
#: What a desk writes in the exploitation cell of a pure smuggling case (nothing applies).
_EXPL_NA: dict[str, tuple[str | None, ...]] = {
    "uk": (None, None, "N/A"),
    "fr": (None, None, "sans objet"),
    "es": (None, "no procede"),
    "mx": ("NO APLICA",),
    "pa": (None,),
}
#: What a desk writes when the form of exploitation is not yet known.
_EXPL_UNKNOWN = {
    "uk": ("Not yet established", "Unknown"),
    "fr": ("à déterminer",),
    "es": ("sin determinar",),
    "mx": ("SIN DATO",),
    "pa": ("Por determinar",),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {"male": ("Male",), "female": ("Female",), "mixed": ("Mixed", "Male & female")},
    "fr": {"male": ("hommes", "H"), "female": ("femmes", "F"), "mixed": ("mixte", "H/F")},
    "es": {"male": ("hombres",), "female": ("mujeres",), "mixed": ("ambos sexos", "mixto")},
    "mx": {"male": ("HOMBRES",), "female": ("MUJERES",), "mixed": ("AMBOS",)},
    "pa": {"male": ("Masculino",), "female": ("Femenino",), "mixed": ("Mixto",)},
}
#: Singular words a desk writes for one person.
_GENDER_ONE = {
    "es": {"male": "hombre", "female": "mujer"},
    "fr": {"male": "homme", "female": "femme"},
    "mx": {"male": "HOMBRE", "female": "MUJER"},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "adult": ("Adult", "18+"),
        "child": ("Under 18", "Minor"),
        "mixed": ("Adults & minors",),
    },
    "fr": {"adult": ("majeurs",), "child": ("mineurs",), "mixed": ("majeurs et mineurs",)},
    "es": {
        "adult": ("mayores de edad",),
        "child": ("menores de edad",),
        "mixed": ("mayores y menores",),
    },
    "mx": {"adult": ("ADULTOS",), "child": ("MENORES", "NNA"), "mixed": ("ADULTOS Y MENORES",)},
    "pa": {"adult": ("Adultos",), "child": ("NNA",), "mixed": ("Adultos y NNA",)},
}
_AGE_ONE = {
    "fr": {"adult": "majeur", "child": "mineur"},
    "es": {"adult": "mayor de edad"},
    "mx": {"adult": "ADULTO", "child": "MENOR"},
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "sea": ("Small boat", "Boat"),
        "land": ("Lorry/HGV", "Road vehicle", "On foot"),
        "air": ("Flight",),
    },
    "fr": {
        "sea": ("small boat", "embarcation"),
        "land": ("poids lourd", "remorque frigorifique", "véhicule léger"),
        "air": ("voie aérienne",),
    },
    "es": {
        "sea": ("patera", "neumática", "embarcación"),
        "land": ("camión", "furgoneta", "terrestre"),
        "air": ("avión",),
    },
    "mx": {
        "sea": ("MARITIMO",),
        "land": ("TRACTOCAMION", "CAJA REFRIGERADA", "TERRESTRE", "A PIE"),
        "air": ("AEREO",),
    },
    "pa": {"sea": ("Lancha",), "land": ("Terrestre", "A pie"), "air": ("Aéreo",)},
}
#: Sea words of the Spanish desk by corridor (a cayuco on the Atlantic route).
_ES_SEA = {"watl": ("cayuco",), "wmed": ("patera", "neumática")}
_ON_FOOT = ("On foot", "A PIE", "A pie")
_VEHICLE_ONLY = ("channel", "thb_vnm_gbr", "thb_rou_esp", "thb_nga_ita")
_UNKNOWN = {
    "uk": ("Not known", "Unknown"),
    "fr": ("NC", "inconnu", "non renseigné"),
    "es": ("sin datos", "desconocido"),
    "mx": ("SIN DATO", "ND"),
    "pa": ("N/D", "Desconocido"),
}
_COUNT_UNKNOWN = {
    "uk": ("not known",),
    "fr": ("NC",),
    "es": ("s/d",),
    "mx": ("ND",),
    "pa": ("N/D",),
}
_ZERO = {
    "uk": ("none", "nil"),
    "fr": ("aucun", "néant"),
    "es": ("ninguno",),
    "mx": ("NINGUNO",),
    "pa": ("ninguno",),
}
_DIRECT = {"uk": "Direct", "fr": "direct", "es": "directo", "mx": "DIRECTO", "pa": "Directo"}
_TRANSIT_SEP = {"uk": " > ", "fr": " / ", "es": " - ", "mx": "-", "pa": ", "}
_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "uk": {
        "document_fraud": ("False documents", "Document fraud"),
        "corruption": ("Bribery/corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Illicit goods"),
        "cybercrime": ("Online/cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "mx": {
        "document_fraud": ("USO DE DOCUMENTO FALSO",),
        "corruption": ("COHECHO",),
        "money_laundering": ("OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA",),
        "illicit_goods": ("CONTRA LA SALUD", "NARCOTICOS"),
        "cybercrime": ("DELITOS INFORMATICOS",),
        "terrorism": ("TERRORISMO",),
    },
    "pa": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción de servidores públicos",),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Drogas",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
}
_OFFENCE_SEP = {"fr": " ; ", "es": ", ", "mx": " / ", "pa": "; "}
_EXTRA: dict[str, tuple[str, ...]] = {
    "uk": ("Site HR", "Labour provider audit", "Stronger Together alert", "Member federation"),
    "fr": ("audit social", "transporteur", "lanceur d'alerte", "gendarmerie"),
    "es": ("Canal ético", "Auditoría social", "Seguridad planta", "ETT"),
    "mx": ("CERRADO", "EN SEGUIMIENTO", "TURNADO A FGR"),
    "pa": ("Cerrado", "En seguimiento", "Remitido a autoridades"),
}

# Country names as each desk writes them (its own names first, the shared table after).
_UK_NAMES = {
    "CIV": "Ivory Coast",
    "TUR": "Turkey",
    "VNM": "Vietnam",
    "GMB": "The Gambia",
    "USA": "USA",
    "SYR": "Syria",
}
_UK_ALIAS = {"GBR": "UK", "BIH": "Bosnia", "MKD": "Macedonia", "DEU": "Germany"}
_UK_TYPO = {
    "AFG": "Afganistan",
    "ERI": "Eritria",
    "MAR": "Morrocco",
    "LBY": "Lybia",
    "BGD": "Bangaldesh",
    "PAK": "Pakisatn",
    "ALB": "Albnia",
    "TUN": "Tunisa",
}
_UK_DEMONYM = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "BGD": "Bangladeshi",
    "CIV": "Ivorian",
    "CMR": "Cameroonian",
    "EGY": "Egyptian",
    "ERI": "Eritrean",
    "GIN": "Guinean",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "MAR": "Moroccan",
    "NGA": "Nigerian",
    "PAK": "Pakistani",
    "ROU": "Romanian",
    "SYR": "Syrian",
    "TUN": "Tunisian",
    "TUR": "Turkish",
    "VNM": "Vietnamese",
    "YEM": "Yemeni",
}
_FR_PLAIN = {  # what a clerk types without accents
    "ERI": "Erythree",
    "DZA": "Algerie",
    "USA": "Etats-Unis",
    "GRC": "Grece",
    "EGY": "Egypte",
}
_FR_TYPO = {"AFG": "Afganistan", "LBY": "Lybie", "IRQ": "Iraq", "ALB": "Albanie ", "VNM": "Vietnam"}
_ES_TYPO = {"MAR": "Maruecos", "GMB": "Ganbia", "MRT": "Mauritana", "SEN": "Senegall"}
_ES_PLAIN = {"MLI": "Mali", "ROU": "Rumania", "CIV": "Costa de Marfil", "HUN": "Hungria"}
_ES_DEMONYM = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
_MX_DEMONYM = {
    "MEX": "MEXICANA",
    "GTM": "GUATEMALTECA",
    "HND": "HONDUREÑA",
    "VEN": "VENEZOLANA",
    "ECU": "ECUATORIANA",
    "COL": "COLOMBIANA",
    "HTI": "HAITIANA",
    "CHN": "CHINA",
}
_MX_USA = ("ESTADOS UNIDOS", "EUA", "E.U.A.")
_PA_NAMES = {"HTI": "Haiti", "CHN": "China", "USA": "Estados Unidos", "PAN": "Panamá"}

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


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÁÉÍÓÚÜáéíóúü", "AEIOUUaeiouu")
    return text.translate(table)


def _country(
    key: str, iso: str, rng: _Rng, tags: list[str], col: str, *, as_nationality: bool = False
) -> str:
    """Write an ISO alpha-3 code the way the desk does; tag what is not the plain name."""
    row = COUNTRIES[iso]
    r = rng.random()
    if key == "uk":
        if as_nationality and iso in _UK_DEMONYM and r < 0.8:
            return _UK_DEMONYM[iso]
        name = _UK_NAMES.get(iso, row[1])
        if r > 0.97 and iso in _UK_TYPO:
            tags.append(f"typo:{col}")
            return _UK_TYPO[iso]
        if r > 0.9 and iso in _UK_ALIAS:
            tags.append(f"alias:{col}")
            return _UK_ALIAS[iso]
        if 0.85 < r <= 0.9:
            tags.append(f"iso2:{col}")
            return iso_codes(iso)[0]
        return name
    if key == "fr":
        name = row[2]
        if r < 0.08:
            tags.append(f"iso2:{col}")
            return iso_codes(iso)[0]
        if r < 0.14 and iso in _FR_PLAIN:
            tags.append(f"accents:{col}")
            return _FR_PLAIN[iso]
        if r < 0.18 and iso in _FR_TYPO:
            tags.append(f"typo:{col}")
            return _FR_TYPO[iso]
        if r < 0.24:
            tags.append(f"case:{col}")
            return name.upper()
        return name
    if key == "es":
        if as_nationality and iso in _ES_DEMONYM and r < 0.3:
            return _ES_DEMONYM[iso]
        name = row[3]
        if r > 0.96 and iso in _ES_TYPO:
            tags.append(f"typo:{col}")
            return _ES_TYPO[iso]
        if r > 0.9 and iso in _ES_PLAIN:
            tags.append(f"accents:{col}")
            return _ES_PLAIN[iso]
        if r < 0.05:
            tags.append(f"iso3:{col}")
            return iso
        if r < 0.09:
            tags.append(f"case:{col}")
            return name.lower() + " "
        return name
    if key == "mx":
        if iso == "USA" and not as_nationality:
            return choice(rng, _MX_USA)
        proper = _MX_DEMONYM[iso].capitalize() if as_nationality and iso in _MX_DEMONYM else row[3]
        if r < 0.06 and mojibake(proper) is not None:  # typed in the web form, read back wrong
            tags.append(f"mojibake:{col}")
            return str(mojibake(proper))
        if as_nationality and iso in _MX_DEMONYM:
            word = _MX_DEMONYM[iso]
            return word.replace("Ñ", "N") if r > 0.7 else word
        return _strip_accents(row[3]).upper()
    # pa
    name = _PA_NAMES.get(iso, row[3])
    if r < 0.1:
        tags.append(f"iso3:{col}")
        return iso
    if r < 0.15:
        tags.append(f"case:{col}")
        return _strip_accents(name).upper()
    return name


def _date(src: Desk, ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> tuple[object, str]:
    """Write a date in the desk's style; return (cell, precision)."""
    r = rng.random()
    key = src.key
    q = (ts.month - 1) // 3 + 1
    if key == "uk":
        if partial_ok and r < 0.06:
            return ts.strftime("%Y-%m"), "month"
        if r < 0.2:
            hour = 6 + int(rng.integers(14))
            return ts.strftime("%Y-%m-%d") + f"T{hour:02d}:{int(rng.integers(60)):02d}:00Z", "day"
        return ts.strftime("%Y-%m-%d"), "day"
    if key == "fr":
        if partial_ok and r < 0.04:
            return f"{_MONTHS_FR[ts.month - 1]} {ts.year}", "month"
        if partial_ok and r < 0.08:
            return f"T{q} {ts.year}", "quarter"
        if r < 0.2:
            return ts.strftime("%d/%m/%y"), "day"
        return ts.strftime("%d/%m/%Y"), "day"
    if key == "es":
        if partial_ok and r < 0.03:
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", "month"
        if partial_ok and r < 0.06:
            return f"{q}º trim. {ts.year}", "quarter"
        if r < 0.22:
            return f"{ts.day:02d}-{_MONTHS_ES[ts.month - 1][:3]}-{ts.year % 100:02d}", "day"
        return ts.strftime("%d/%m/%Y"), "day"
    if key == "mx":
        if r < 0.3:
            return ts.strftime("%Y-%m-%d") + f" {6 + int(rng.integers(16)):02d}:00", "day"
        return ts.strftime("%d/%m/%Y"), "day"
    # pa: Excel date cells, some typed, a few bare serial numbers
    if r < 0.8:
        return ts.to_pydatetime(), "day"
    if r < 0.95:
        return ts.strftime("%d/%m/%Y"), "day"
    return int((ts.normalize() - _EXCEL_EPOCH).days), "day"


def _bad_date(src: Desk, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date that is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # year typed ten years on
        later = ts + pd.DateOffset(years=10)
        cell, _ = _date(src, pd.Timestamp(later), rng, False)
        return cell
    day = ts.days_in_month + 1  # a day the month does not have
    if src.key in ("uk", "mx"):
        return f"{ts.year}-{ts.month:02d}-{day:02d}"
    return f"{day:02d}/{ts.month:02d}/{ts.year}"


def _note_date(src: Desk, last: pd.Timestamp) -> object:
    """Date written on the desk's note row: the day of the extract."""
    day = last + pd.Timedelta(days=6)
    if src.key == "pa":
        return day.to_pydatetime()
    if src.key == "uk":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


_ES_WORDS = ("cero", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")


def _count(src: Desk, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons in the desk's style."""
    key = src.key
    if key in ("uk", "pa"):
        return n
    if n >= 1000:
        tags.append("thousands:n_persons")
        if key == "fr":
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}"
        if key == "es":
            return f"{n // 1000}.{n % 1000:03d}"
        return f"{n:,}"
    if key == "es" and 2 <= n <= 9 and rng.random() < 0.08:
        tags.append("number_word:n_persons")
        return _ES_WORDS[n]
    return str(n)


def _coords(
    src: Desk, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write a point; return (cells, expected lat, expected lon)."""
    key = src.key
    la, lo = round(lat, 5), round(lon, 5)
    if key == "uk":
        return {"lat": la, "lon": lo}, la, lo
    if key == "fr":
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
        )
    if key == "es":
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if key == "mx":
        if rng.random() < 0.04:  # the GPS gave nothing: the system writes zeros
            tags.append("coords_placeholder")
            return {"lat": "0", "lon": "0"}, None, None
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
    # pa: Excel numbers, or degrees-minutes-seconds from the handheld GPS
    if rng.random() < 0.12:
        tags.append("coords_dms")
        (t_lat, v_lat), (t_lon, v_lon) = _dms(lat, "N", "S"), _dms(lon, "E", "O")
        return {"lat": t_lat, "lon": t_lon}, v_lat, v_lon
    return {"lat": la, "lon": lo}, la, lo


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write degrees-minutes-seconds (tenths of a second); return text and its value."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if value >= 0 else neg}"
    read = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return text, read


def _word(rng: _Rng, words: tuple[str, ...]) -> str:
    """Pick the usual word two times in three, else another one."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


def _render(
    src: Desk,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the desk does: (cells, expected values, messiness tags)."""
    key = src.key
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    n = int(ev["n_persons"])  # type: ignore[call-overload]

    # date
    cells["event_date"], prec = _date(src, ts, rng, partial_ok)
    exp["date_precision"] = prec
    if prec == "month":
        exp["event_date"] = ts.to_period("M").start_time
        tags.append("partial_date")
    elif prec == "quarter":
        exp["event_date"] = ts.to_period("Q").start_time
        tags.append("partial_date")
    else:
        exp["event_date"] = ts.normalize()

    # crime type and form of exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, _CRIME[key][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _EXPL_NA[key][int(rng.integers(len(_EXPL_NA[key])))]
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = choice(rng, _EXPL_UNKNOWN[key])
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"] = _word(rng, _EXPL[key][str(expl)])
        exp["exploitation"] = expl

    # counts
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[key])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n
    sus = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _COUNT_UNKNOWN[key]), None
        tags.append("suspects_placeholder")
    elif sus == 0 and rng.random() < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _ZERO[key]), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = sus if key in ("uk", "pa") else str(sus)
        exp["n_suspects"] = sus

    # gender and age group
    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, _UNKNOWN[key]), "unknown"
        tags.append("blank_gender")
    else:
        one = _GENDER_ONE.get(key, {})
        cells["gender"] = (
            one[gender] if n == 1 and gender in one else _word(rng, _GENDER[key][gender])
        )
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, _UNKNOWN[key]), "unknown"
        tags.append("na_word")
    else:
        one = _AGE_ONE.get(key, {})
        cells["age_group"] = one[age] if n == 1 and age in one else _word(rng, _AGE[key][age])
        exp["age_group"] = age

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tags.append("blank_nationality")
    elif rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = choice(rng, _UNKNOWN[key]), None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(key, nat, rng, tags, "nationality", as_nationality=True)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        if rng.random() < 0.02:
            cells[col], exp[col] = choice(rng, _UNKNOWN[key]), None
            tags.append(f"unknown:{col}")
        else:
            cells[col], exp[col] = _country(key, iso, rng, tags, col), iso
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(key, det, rng, tags, "detection_country")
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = _DIRECT[key] if rng.random() < 0.3 else None
        exp["transit_countries"] = None
    else:
        parts = [_country(key, c, rng, tags, "transit_countries") for c in str(transit).split("|")]
        cells["transit_countries"] = _TRANSIT_SEP[key].join(p.strip() for p in parts)
        exp["transit_countries"] = transit

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _UNKNOWN[key]), "unknown"
        tags.append("na_word")
    else:
        words = _MODE[key][mode]
        corridor = str(ev["corridor"])
        if key == "es" and mode == "sea":
            words = _ES_SEA.get(corridor, words)
        elif mode == "land" and corridor in _VEHICLE_ONLY:  # nobody walks across the Channel
            words = tuple(w for w in words if w not in _ON_FOOT)
        elif key == "uk" and mode == "sea" and corridor != "channel":
            words = ("Boat",)
        cells["transport_mode"], exp["transport_mode"] = _word(rng, words), mode

    # place
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.05:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        place, exp["lat"], exp["lon"] = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
            tags,
        )
        cells.update(place)

    # linked offences
    off = ev["linked_offences"]
    exp["linked_offences"] = off
    if off is not None:
        words_off = [_word(rng, _OFFENCE[key][o]) for o in str(off).split("|")]
        cells["linked_offences"] = words_off if key == "uk" else _OFFENCE_SEP[key].join(words_off)

    cells["_extra"] = choice(rng, _EXTRA[key])
    for col, cell in cells.items():  # the cp1252 file cannot hold every character
        if isinstance(cell, str) and not fits(cell, src):
            cells[col] = cell.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


_PRIMARY = {"GBR": _UK, "FRA": _FR, "ESP": _ES, "USA": _MX, "PAN": _PA}
#: Second reports: lorries crossing the Channel are logged on both sides; the Spanish desk
#: hears of the Romanian labour providers' cases in Italy.
_SECONDARY = {
    ("channel", "FRA"): _UK,
    ("channel", "GBR"): _FR,
    ("thb_rou_esp", "ITA"): _ES,
}

_EXAMINER: Examiner[Desk] = Examiner(
    sources=DESKS,
    primary=_PRIMARY,
    compilation=_UK,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=414_041,
    blank_share=0.35,
)


def make_blind414(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five poultry desks of ``blind414`` send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed give the same submissions.

    Returns
    -------
    list of Submission
        The Moy Park JSON lines (UK cases and the group's compilation of Italian, Greek,
        Croatian and Polish alerts), LDC Bretagne's cp1252 CSV (France), Grupo Padesa's
        UTF-16 tab-separated text (Spain), Bachoco's pipe-separated UTF-8 CSV (United
        States border) and Grupo Melo's workbook (Panamá), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind414(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['moypark_ethical_trade_oz.jsonl', 'ldc_bretagne_conformite_oz.csv',
     'padesa_cumplimiento_oz.csv', 'bachoco_seguridad_oz.csv', 'melo_avicola_oz.xlsx']
    >>> [s.encoding for s in subs]
    ['utf-8', 'cp1252', 'utf-16', 'utf-8', 'utf-8']
    >>> subs[3].frame.columns[:3].tolist()
    ['FOLIO', 'FECHA_EVENTO', 'TIPO_INCIDENTE']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
