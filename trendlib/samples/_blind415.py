"""Examiner sample set ``blind415`` (files ``*_pa.*``): five sugar-sector desks.

Five agencies of the sugar trade, each writing in its own working language and with
its own export tool, report the true events of :func:`trendlib.samples.make_truth`:

``tereos_vigilance_pa.csv``
    Tereos, direction Sûreté & Conformité sociale (sucreries of the Nord, Picardie and
    Pas-de-Calais): lorries leaving the sugar sites and the Calais/Dunkirk terminals,
    seasonal beet-campaign workers. French, cp1252, ``;``, CRLF, day-first dates,
    decimal commas, French country names (some garbled by a UTF-8 export reopened in
    cp1252), ``Angleterre`` for the United Kingdom. Primary for France.
``acor_cumplimiento_pa.xlsx``
    ACOR (Sociedad Cooperativa General Agropecuaria, Olmedo, Valladolid), Unidad de
    Cumplimiento Normativo: seasonal recruitment in Andalucía, Canarias and the Ceuta
    and Melilla crossings. Spanish workbook; real Excel dates, some typed as text;
    nationalities as demonyms (``marroquí``); one ``lat, lon`` cell. Primary for Spain.
``tate_lyle_ethical_trade_pa.csv``
    Tate & Lyle Sugars (Thames Refinery), Ethical Trade & Security: modern-slavery
    cases in UK sites and supply chain, clandestine entrants found in hauliers'
    trailers at Dover. English, UTF-8 with BOM, ``,``, ``17 May 2023`` dates,
    ``Q2 2023`` quarters, ``>``-joined routes. Re-sent with exact repeats. Primary for
    the United Kingdom.
``calesa_cumplimiento_pa.csv``
    Compañía Azucarera La Estrella (Grupo Calesa, Ingenio Santa Rosa, Coclé), Oficina
    de Cumplimiento y Seguridad: migrant flows through Darién where the zafra hires
    cane cutters. Spanish, Excel "Unicode text" export (UTF-16 with BOM, tab
    delimited), Excel serial dates mixed with ``17/05/2023``, ``II trimestre 2023``,
    ``M``/``F`` for masculino/femenino, ``NNA`` for minors. Re-sent with exact
    repeats. Primary for Panama.
``asr_group_security_digest_pa.jsonl``
    ASR Group (parent of Tate & Lyle Sugars, Domino and Florida Crystals), Global
    Security Operations Centre incident digest: every other event (Italy, Greece,
    Croatia, Poland, the US-Mexico border). English JSON lines from its platform: ISO
    dates, ISO alpha-2 codes, routes and linked offences as JSON arrays, US wording
    (``labor trafficking``, ``UAC``). The compilation source.

The truth of every row says what a careful analyst reads in it: a ``N/C`` or
``no consta`` cell is expected empty (``unknown`` in a vocabulary column), a garbled
but readable country name is expected as that country, a vague count (``plusieurs``,
``varios``, ``several``) quarantines its row.
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

__all__ = ["SOURCES", "PaSource", "make_blind415"]

_Rng = np.random.Generator

# iso3: (English, French, Spanish, Spanish demonym)
_COUNTRY: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "afgano"),
    "ALB": ("Albania", "Albanie", "Albania", "albanés"),
    "AUT": ("Austria", "Autriche", "Austria", "austriaco"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "búlgaro"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "bosnio"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "bielorruso"),
    "CHN": ("China", "Chine", "China", "chino"),
    "CIV": ("Côte d'Ivoire", "Côte d’Ivoire", "Costa de Marfil", "marfileño"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "camerunés"),
    "COL": ("Colombia", "Colombie", "Colombia", "colombiano"),
    "DEU": ("Germany", "Allemagne", "Alemania", "alemán"),
    "DZA": ("Algeria", "Algérie", "Argelia", "argelino"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "ecuatoriano"),
    "EGY": ("Egypt", "Égypte", "Egipto", "egipcio"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "eritreo"),
    "ESP": ("Spain", "Espagne", "España", "español"),
    "FRA": ("France", "France", "Francia", "francés"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "británico"),
    "GIN": ("Guinea", "Guinée", "Guinea", "guineano"),
    "GMB": ("Gambia", "Gambie", "Gambia", "gambiano"),
    "GRC": ("Greece", "Grèce", "Grecia", "griego"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "guatemalteco"),
    "HND": ("Honduras", "Honduras", "Honduras", "hondureño"),
    "HRV": ("Croatia", "Croatie", "Croacia", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "haitiano"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "húngaro"),
    "IRN": ("Iran", "Iran", "Irán", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "italiano"),
    "LBY": ("Libya", "Libye", "Libia", "libio"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "mexicano"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "macedonio"),
    "MLI": ("Mali", "Mali", "Malí", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "mauritano"),
    "NER": ("Niger", "Niger", "Níger", "nigerino"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "nigeriano"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "panameño"),
    "POL": ("Poland", "Pologne", "Polonia", "polaco"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "rumano"),
    "RUS": ("Russia", "Russie", "Rusia", "ruso"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "senegalés"),
    "SRB": ("Serbia", "Serbie", "Serbia", "serbio"),
    "SYR": ("Syria", "Syrie", "Siria", "sirio"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "tunecino"),
    "TUR": ("Turkey", "Turquie", "Turquía", "turco"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "estadounidense"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "venezolano"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "yemení"),
}
_LANG_POS = {"en": 0, "fr": 1, "es": 2}
#: Names each language also uses for a country (an analyst of that language reads them).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "RUS": ("Russian Federation",),
        "BIH": ("Bosnia",),
        "SYR": ("Syrian Arab Republic",),
    },
    "fr": {
        "GBR": ("Angleterre", "Grande-Bretagne", "UK"),
        "VNM": ("Vietnam",),
        "USA": ("USA",),
        "IRQ": ("Iraq",),
        "CIV": ("Côte-d'Ivoire",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "ROU": ("Rumania",),
        "GBR": ("UK",),
        "BIH": ("Bosnia",),
    },
}
#: Feminine demonyms (Panamanian forms agree with "nacionalidad").
_FEMININE = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}

#: Each agency's words: column -> canonical value -> written variants (first = usual).
_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "tereos": {
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "traite (TEH)"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "AESI",
                "aide au passage (passeurs)",
            ),
            "both": ("TEH + AESI", "Traite et aide au séjour irrégulier"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "proxénétisme"),
            "forced_labour": ("travail forcé", "servitude pour dettes", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre forme",),
        },
        "gender": {
            "male": ("H", "Hommes", "masculin"),
            "female": ("F", "Femmes", "féminin"),
            "mixed": ("H/F", "mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "Majeur(s)"),
            "child": ("mineurs", "MNA", "mineur(s)"),
            "mixed": ("majeurs + mineurs", "mixte (majeurs/mineurs)"),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation légère", "maritime (ferry)"),
            "land": ("PL (remorque)", "poids lourd", "VL", "routier"),
            "air": ("aérien", "avion"),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants", "contrebande"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    "acor": {
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "trata"),
            "smuggling": (
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
                "inmigración irregular (tráfico)",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH + tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzoso", "explotación laboral", "servidumbre por deudas"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras finalidades",),
        },
        "gender": {
            "male": ("hombres", "varones"),
            "female": ("mujeres",),
            "mixed": ("ambos sexos", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("mayores de edad", "adultos"),
            "child": ("menores", "menores de edad", "MENA"),
            "mixed": ("adultos y menores",),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("terrestre", "vehículo", "autobús", "furgoneta"),
            "air": ("vía aérea", "avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    "tate_lyle": {
        "crime_type": {
            "trafficking": ("Modern slavery", "MS - trafficking", "Human trafficking"),
            "smuggling": ("Clandestine entrants", "Facilitation (people smuggling)"),
            "both": ("Modern slavery & facilitation", "MS + smuggling"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Debt bondage", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Mixed", "M & F"),
        },
        "age_group": {
            "adult": ("Adult", "Adults"),
            "child": ("Minor", "Under 18"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB", "Ferry"),
            "land": ("HGV", "Lorry (trailer)", "Van", "Coach"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud", "False ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Illicit goods"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    "calesa": {
        "crime_type": {
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata de personas y tráfico de migrantes", "Trata/tráfico"),
        },
        "exploitation": {
            "sexual": ("explotación sexual comercial", "explotación sexual"),
            "forced_labour": ("trabajos forzados", "servidumbre por deudas"),
            "forced_criminality": ("actividades delictivas forzadas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio servil",),
            "other": ("otra modalidad",),
        },
        "gender": {
            "male": ("M", "Masculino"),
            "female": ("F", "Femenino"),
            "mixed": ("Mixto", "M y F"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("NNA", "menores de edad"),
            "mixed": ("adultos y NNA", "familias con NNA"),
        },
        "transport_mode": {
            "sea": ("lancha", "marítimo"),
            "land": ("a pie (selva)", "terrestre", "a pie"),
            "air": ("aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("corrupción de servidores públicos",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("narcotráfico", "contrabando"),
            "cybercrime": ("delitos informáticos",),
            "terrorism": ("terrorismo",),
        },
    },
    "asr": {
        "crime_type": {
            "trafficking": ("human_trafficking",),
            "smuggling": ("human_smuggling",),
            "both": ("trafficking_and_smuggling",),
        },
        "exploitation": {
            "sexual": ("sex_trafficking",),
            "forced_labour": ("labor_trafficking",),
            "forced_criminality": ("forced_criminality",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("male", "M"),
            "female": ("female", "F"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "adult": ("adult",),
            "child": ("minor",),
            "mixed": ("adult+minor", "mixed"),
        },
        "transport_mode": {
            "sea": ("maritime", "vessel"),
            "land": ("land", "vehicle", "on_foot"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document_fraud",),
            "corruption": ("bribery_corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("narcotics",),
            "cybercrime": ("cyber",),
            "terrorism": ("terrorism",),
        },
    },
}
#: Words an agency writes when it does not know a value.
_UNKNOWN: dict[str, tuple[str, ...]] = {
    "tereos": ("N/C", "inconnu", "non renseigné"),
    "acor": ("no consta", "s/d"),
    "tate_lyle": ("n/k", "Unknown", "not known"),
    "calesa": ("N/D", "no determinado"),
    "asr": ("unknown",),
}
#: Vague counts a careful analyst cannot read as a number (the row is quarantined).
_VAGUE = {
    "tereos": ("plusieurs", "une dizaine", "nombreux"),
    "acor": ("varios", "decenas"),
    "tate_lyle": ("several", "a number of", "multiple"),
    "calesa": ("varios", "grupo numeroso"),
    "asr": ("multiple", "several"),
}
#: The word for "no one" in a count of suspects.
_ZERO = {
    "tereos": ("aucun", "néant"),
    "acor": ("ninguno",),
    "tate_lyle": ("Nil", "none"),
    "calesa": ("ninguno",),
}
#: The word an agency writes when no offence is linked, or the route is direct.
_NONE_OFFENCE = {"tereos": "Néant", "tate_lyle": "None", "acor": "", "calesa": "", "asr": ""}
_DIRECT = {"tereos": "direct", "tate_lyle": "Direct", "acor": "directo", "calesa": "", "asr": ""}
#: How the Spanish desk writes a land crossing at Ceuta or Melilla.
_CEUTA_MELILLA = ("salto de valla", "a pie (perímetro fronterizo)", "vehículo (doble fondo)")
_EN_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
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
_ROMAN = ("I", "II", "III", "IV")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class PaSource(ExaminerSource):
    """A source of the ``blind415`` set: the shared fields plus its writer's key.

    Attributes
    ----------
    style : str
        Key of the agency's wording in this module's tables (``"tereos"``, ``"acor"``,
        ``"tate_lyle"``, ``"calesa"`` or ``"asr"``).
    """

    style: str


#: The five sources, in the order :func:`make_blind415` returns them.
SOURCES: tuple[PaSource, ...] = (
    PaSource(
        source="tereos_vigilance_pa",
        filename="tereos_vigilance_pa.csv",
        ref="VIG-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date constat",
            "detection_country": "Pays du constat",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes concernées",
            "gender": "Sexe",
            "age_group": "Majeurs/mineurs",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays de transit",
            "destination_country": "Destination déclarée",
            "transport_mode": "Moyen de transport",
            "n_suspects": "Nb mis en cause",
            "linked_offences": "Infractions connexes",
            "lat": "Latitude",
            "lon": "Longitude",
        },
        note="Extraction outil signalements – données provisoires, non consolidées",
        total="TOTAL",
        bad_count=_VAGUE["tereos"],
        repeats=False,
        style="tereos",
    ),
    PaSource(
        source="acor_cumplimiento_pa",
        filename="acor_cumplimiento_pa.xlsx",
        ref="CC-{year}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº expediente",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº víctimas / migrantes",
            "n_suspects": "Nº investigados",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "coordinates": "Coordenadas (lat, lon)",
            "transport_mode": "Medio empleado",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales pendientes de validación por el Comité de Cumplimiento",
        total="TOTAL",
        bad_count=_VAGUE["acor"],
        repeats=False,
        style="acor",
    ),
    PaSource(
        source="tate_lyle_ethical_trade_pa",
        filename="tate_lyle_ethical_trade_pa.csv",
        ref="TLS-ET-{yy:02d}-{seq:03d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Case ref",
            "event_date": "Date identified",
            "crime_type": "Case category",
            "exploitation": "Exploitation type",
            "n_persons": "No. of persons",
            "gender": "Sex",
            "age_group": "Adult/Minor",
            "nationality": "Nationality",
            "origin_country": "Country of origin",
            "transit_countries": "Route (transit)",
            "destination_country": "Intended destination",
            "detection_country": "Country identified",
            "transport_mode": "Conveyance",
            "n_suspects": "Suspected perpetrators",
            "linked_offences": "Associated offences",
            "lat": "Lat",
            "lon": "Long",
        },
        note="Note: provisional figures - not for onward disclosure",
        total="Total",
        bad_count=_VAGUE["tate_lyle"],
        repeats=True,
        style="tate_lyle",
    ),
    PaSource(
        source="calesa_cumplimiento_pa",
        filename="calesa_cumplimiento_pa.csv",
        ref="ISR-SEG-{yy:02d}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. reporte",
            "event_date": "Fecha",
            "detection_country": "País",
            "lat": "Latitud",
            "lon": "Longitud",
            "crime_type": "Tipo de caso",
            "exploitation": "Modalidad de explotación",
            "n_persons": "Cant. personas",
            "gender": "Sexo",
            "age_group": "Grupo etario",
            "nationality": "Nacionalidad",
            "origin_country": "País de procedencia",
            "transit_countries": "Ruta (países de tránsito)",
            "destination_country": "Destino",
            "transport_mode": "Medio de transporte",
            "n_suspects": "Cant. sospechosos",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: cifras preliminares sujetas a verificación",
        total="TOTAL GENERAL",
        bad_count=_VAGUE["calesa"],
        repeats=True,
        style="calesa",
    ),
    PaSource(
        source="asr_group_security_digest_pa",
        filename="asr_group_security_digest_pa.jsonl",
        ref="GSOC-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "event_date",
            "detection_country": "country",
            "lat": "latitude",
            "lon": "longitude",
            "crime_type": "category",
            "exploitation": "exploitation_type",
            "n_persons": "persons_involved",
            "n_suspects": "suspects_detained",
            "gender": "sex",
            "age_group": "age_group",
            "nationality": "nationality",
            "origin_country": "origin_country",
            "transit_countries": "transit_countries",
            "destination_country": "destination",
            "transport_mode": "transport_mode",
            "linked_offences": "linked_offences",
        },
        note=None,
        total="DIGEST TOTAL",
        bad_count=_VAGUE["asr"],
        repeats=False,
        style="asr",
    ),
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _typo(text: str, rng: _Rng) -> str | None:
    """Swap two inner letters of a long name (a short one would become another word)."""
    if len(text) < 7 or not text.isalpha():
        return None
    i = int(rng.integers(2, len(text) - 2))
    if text[i] == text[i + 1]:
        return None
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _country(src: PaSource, code: str, rng: _Rng, *, demonym: bool = False) -> tuple[str, str]:
    """Write one country as the agency does; return (cell, messiness tag or "")."""
    lang = src.language
    names = _COUNTRY[code]
    name = names[_LANG_POS[lang]]
    if demonym:
        name = _FEMININE.get(code, names[3]) if src.style == "calesa" else names[3]
    alpha2, _ = iso_codes(code)
    draw = float(rng.random())
    aliases = () if demonym else _ALIASES[lang].get(code, ())
    if src.style == "asr":
        if draw < 0.75:
            return alpha2, "iso2"
        if draw < 0.85:
            return code, "iso3"
        if aliases and draw < 0.88:
            return choice(rng, aliases), "alias"
        return names[0], ""
    out, tag = name, ""
    if src.style == "tereos" and draw < 0.07:
        garbled = mojibake(name)
        if garbled is not None:
            out, tag = garbled, "mojibake"
    elif draw < 0.12:
        out, tag = name.upper(), "upper"
    elif draw < 0.16:
        typo = _typo(name, rng)
        if typo is not None:
            out, tag = typo, "typo"
    elif draw < 0.22 and aliases:
        out, tag = choice(rng, aliases), "alias"
    elif draw < 0.25 and src.style == "tate_lyle":
        out, tag = code, "iso3"
    elif draw < 0.25 and src.style in ("acor", "tereos") and not demonym:
        out, tag = alpha2, "iso2"
    elif draw < 0.28:
        out, tag = f" {name} ", "spaces"
    return (out if fits(out, src) else name), tag


def _word(src: PaSource, column: str, value: str, rng: _Rng) -> str:
    """One of the agency's words for a canonical value (the usual one most often)."""
    words = _WORDS[src.style][column][value]
    return words[0] if rng.random() < 0.6 else choice(rng, words)


def _date(
    src: PaSource, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the event date; return (cell, expected day, precision, tag)."""
    draw = float(rng.random()) if partial_ok else 1.0
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    q = (ts.month - 1) // 3 + 1
    style = src.style
    if draw < 0.03:  # the quarter only
        cell = {
            "tereos": f"T{q} {ts.year}",
            "acor": f"{q}º trim. {ts.year}",
            "tate_lyle": f"Q{q} {ts.year}",
            "calesa": f"{_ROMAN[q - 1]} trimestre {ts.year}",
            "asr": f"{ts.year}-Q{q}",
        }[style]
        return cell, quarter_start, "quarter", "quarter_only"
    if draw < 0.09:  # the month only
        cell = {
            "tereos": f"{_FR_MONTHS[ts.month - 1]} {ts.year}",
            "acor": f"{_ES_MONTHS[ts.month - 1]} {ts.year}",
            "tate_lyle": f"{MONTHS[ts.month - 1]} {ts.year}",
            "calesa": f"{_ES_MONTHS[ts.month - 1]} {ts.year}",
            "asr": f"{ts.year}-{ts.month:02d}",
        }[style]
        return cell, month_start, "month", "month_only"
    pick = float(rng.random())
    if style == "tereos":
        if pick < 0.88:
            return ts.strftime("%d/%m/%Y"), ts, "day", ""
        return ts.strftime("%d/%m/%y"), ts, "day", "two_digit_year"
    if style == "acor":
        if pick < 0.8:
            return ts.to_pydatetime(), ts, "day", "excel_date"
        if pick < 0.95:
            return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
        return ts.strftime("%d-%m-%Y"), ts, "day", "text_date"
    if style == "tate_lyle":
        if pick < 0.6:
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
        if pick < 0.95:
            return ts.strftime("%d/%m/%Y"), ts, "day", ""
        short = f"{ts.day:02d}-{MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}"  # 07-May-23
        return short, ts, "day", "excel_text_date"
    if style == "calesa":
        if pick < 0.55:
            return str((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
        return ts.strftime("%d/%m/%Y"), ts, "day", ""
    if pick < 0.85:
        return ts.strftime("%Y-%m-%d"), ts, "day", ""
    stamp = ts + pd.Timedelta(minutes=int(rng.integers(6 * 60, 22 * 60)))
    return stamp.strftime("%Y-%m-%dT%H:%M:%S"), ts, "day", "iso_datetime"


def _count(src: PaSource, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write a count of persons; return (cell, expected count, tag)."""
    if rng.random() < 0.02:
        if src.style == "asr":
            return None, None, "count_placeholder"
        return choice(rng, _UNKNOWN[src.style]), None, "count_placeholder"
    if src.format != "csv":
        return n, n, ""
    if n >= 1000:
        sep = {"tereos": "\u00a0", "tate_lyle": ",", "calesa": ","}[src.style]
        return f"{n // 1000}{sep}{n % 1000:03d}", n, "thousands_sep"
    if src.style == "tate_lyle" and n <= 10 and rng.random() < 0.08:
        return _EN_WORDS[n - 1], n, "count_word"
    return str(n), n, ""


def _suspects(src: PaSource, n: int, rng: _Rng) -> tuple[object, int | None, str]:
    """Write a count of suspects; return (cell, expected count, tag)."""
    if rng.random() < 0.03:
        if src.style == "asr":
            return None, None, "suspects_placeholder"
        return choice(rng, _UNKNOWN[src.style]), None, "suspects_placeholder"
    if n == 0 and src.style in _ZERO and rng.random() < 0.3:
        return choice(rng, _ZERO[src.style]), 0, "zero_word"
    return (n if src.format != "csv" else str(n)), n, ""


def _coords(
    src: PaSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Write the place; return (cells, expected lat, expected lon, tag)."""
    style = src.style
    if rng.random() < {"tereos": 0.05, "acor": 0.06, "tate_lyle": 0.08}.get(style, 0.04):
        if style == "acor" and rng.random() < 0.5:
            return {"coordinates": "no consta"}, None, None, "coords_placeholder"
        if style == "acor":
            return {"coordinates": None}, None, None, "coords_missing"
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    if style == "tereos":
        la, lo = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if style == "acor":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, "coords_pair"
    if style == "tate_lyle":
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo, ""
    la, lo = round(lat, 5), round(lon, 5)
    if style == "calesa":
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, ""
    return {"lat": la, "lon": lo}, la, lo, ""


def _transit(src: PaSource, codes: str | None, rng: _Rng) -> tuple[object, list[str]]:
    """Write the ordered transit countries; return (cell, tags)."""
    if codes is None:
        word = _DIRECT[src.style]
        return (word or None), (["direct_word"] if word else [])
    parts = codes.split("|")
    if src.style == "asr":
        return [iso_codes(c)[0] for c in parts], ["json_list"]
    tags: list[str] = []
    written = []
    for code in parts:
        cell, tag = _country(src, code, rng)
        written.append(cell.strip())
        if tag and tag != "spaces":
            tags.append(tag)
    sep = {
        "tereos": (" - ", ", "),
        "acor": (" - ", ", "),
        "tate_lyle": (" > ",),
        "calesa": ("-", " / "),
    }[src.style]
    return choice(rng, sep).join(written), tags


def _offences(src: PaSource, names: str | None, rng: _Rng) -> tuple[object, str]:
    """Write the linked offences in the event's order; return (cell, tag)."""
    if names is None:
        word = _NONE_OFFENCE[src.style]
        return (word or None), ("none_word" if word else "")
    words = [_word(src, "linked_offences", n, rng) for n in names.split("|")]
    if src.style == "asr":
        return words, "json_list"
    sep = {"tereos": " + ", "acor": ", ", "tate_lyle": "; ", "calesa": " / "}[src.style]
    return sep.join(words), ""


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: PaSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    def tag(t: str) -> None:
        if t:
            tags.append(t)

    cells["event_date"], day, prec, t = _date(src, ts, rng, partial_ok=partial_ok)
    exp["event_date"], exp["date_precision"] = day, prec
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = "N/A" if src.style == "tate_lyle" else None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)

    n_persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], t = _count(src, n_persons, rng)
    tag(t)
    n_susp = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], t = _suspects(src, n_susp, rng)
        tag(t)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"], exp["gender"] = choice(rng, _UNKNOWN[src.style]), "unknown"
        tag("blank_gender_word")
    else:
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender

    for col in ("age_group", "transport_mode"):
        value = str(ev[col])
        if rng.random() < 0.015:
            cells[col], exp[col] = choice(rng, _UNKNOWN[src.style]), "unknown"
            tag("na_word")
        else:
            cells[col], exp[col] = _word(src, col, value, rng), value
            if src.style == "asr" and col == "age_group" and value == "child":
                if ev["corridor"] == "us_mex" and rng.random() < 0.5:
                    cells[col] = "UAC"  # unaccompanied alien children, US wording
                    tag("uac")
            if src.style == "acor" and col == "transport_mode" and value == "land":
                if ev["corridor"] == "wmed":  # the Ceuta and Melilla crossings
                    cells[col] = choice(rng, _CEUTA_MELILLA)

    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = None, None
        tag("blank_nationality")
    elif rng.random() < 0.015:
        cells["nationality"], exp["nationality"] = choice(rng, _UNKNOWN[src.style]), None
        tag("blank_nationality_word")
    else:
        as_demonym = src.style == "calesa" or (src.style == "acor" and rng.random() < 0.8)
        cells["nationality"], t = _country(src, nat, rng, demonym=as_demonym)
        exp["nationality"] = nat
        tag("demonym" if as_demonym else "")
        tag(t)

    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col], t = _country(src, code, rng)
        exp[col] = code
        tag(t)

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _country(src, det, rng)
        exp["detection_country"] = det
        tag(t)

    transit = ev["transit_countries"]
    cells["transit_countries"], more = _transit(src, None if transit is None else str(transit), rng)
    exp["transit_countries"] = transit
    tags.extend(more)

    offences = ev["linked_offences"]
    cells["linked_offences"], t = _offences(src, None if offences is None else str(offences), rng)
    exp["linked_offences"] = offences
    tag(t)

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        place: dict[str, object] = (
            {"coordinates": None} if "coordinates" in src.headers else {"lat": None, "lon": None}
        )
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], t = _coords(src, lat, lon, rng)
        tag(t)
    cells.update(place)
    if src.style == "tereos" and rng.random() < 0.12:
        # a row keyed in the web form (UTF-8) and pasted into the cp1252 workbook: every
        # accented word garbled, still readable; the counts are typed again by hand
        garbled = False
        for key in list(cells):
            cell = cells[key]
            skip = key in ("event_date", "n_persons", "n_suspects")
            if skip or not isinstance(cell, str) or "Ã" in cell:  # never garbled twice
                continue
            text = mojibake(cell)
            if text is not None and fits(text, src):
                cells[key], garbled = text, True
        if garbled:
            tag("mojibake_row")
    return cells, exp, tags


def _bad_date(src: PaSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    style = src.style
    if kind == "bad_date":
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if style == "tate_lyle":
            return f"{day} {MONTHS[int(month) - 1]} {ts.year}"
        if style == "asr":
            return f"{ts.year}-{month}-{day}"
        return f"{day}/{month}/{ts.year}"
    # future: the year's tens digit mistyped (2023 -> 2033)
    later = ts.replace(year=ts.year + 10)
    if style == "acor":
        return later.to_pydatetime()
    if style == "tate_lyle":
        return f"{later.day} {MONTHS[later.month - 1]} {later.year}"
    if style == "asr":
        return later.strftime("%Y-%m-%d")
    return later.strftime("%d/%m/%Y")


def _note_date(src: PaSource, last: pd.Timestamp) -> object:
    """Write the date a clerk puts on the note row: the extraction's last day."""
    if src.style == "acor":
        return last.to_pydatetime()
    if src.style == "tate_lyle":
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[PaSource] = Examiner(
    sources=SOURCES,
    primary={
        "FRA": "tereos_vigilance_pa",
        "ESP": "acor_cumplimiento_pa",
        "GBR": "tate_lyle_ethical_trade_pa",
        "PAN": "calesa_cumplimiento_pa",
    },
    compilation="asr_group_security_digest_pa",
    secondary={
        ("channel", "FRA"): "tate_lyle_ethical_trade_pa",
        ("channel", "GBR"): "tereos_vigilance_pa",
        ("thb_vnm_gbr", "GBR"): "asr_group_security_digest_pa",
        ("thb_rou_esp", "ESP"): "asr_group_security_digest_pa",
        ("thb_rou_esp", "ITA"): "acor_cumplimiento_pa",
        ("watl", "ESP"): "asr_group_security_digest_pa",
        ("darien", "PAN"): "asr_group_security_digest_pa",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=41_5415,
    blank_share=0.3,
)


def make_blind415(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five sugar-sector desks of ``blind415`` report them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        ``tereos_vigilance_pa.csv`` (French, cp1252, ``;``),
        ``acor_cumplimiento_pa.xlsx`` (Spanish), ``tate_lyle_ethical_trade_pa.csv``
        (English, UTF-8 with BOM, ``,``), ``calesa_cumplimiento_pa.csv`` (Spanish,
        UTF-16, tab) and ``asr_group_security_digest_pa.jsonl`` (English, the
        compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind415(make_truth(seed=4, n_events=300), seed=4)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['tereos_vigilance_pa.csv', 'acor_cumplimiento_pa.xlsx',
     'tate_lyle_ethical_trade_pa.csv', 'calesa_cumplimiento_pa.csv',
     'asr_group_security_digest_pa.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date constat', 'Pays du constat']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
