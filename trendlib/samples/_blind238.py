"""Examiner variant ``blind238``: five maritime and port-side agencies (files ``*_if.*``).

Written without reading the cleaner. The five agencies are administrations that meet
smuggled migrants and exploited crews at sea, in ports and at the edges of their remit,
each writing its export the way its own tools do:

``dirm_memn`` (``dirm_memn_if.csv``)
    France, Direction interrégionale de la mer Manche Est–Mer du Nord (Affaires
    maritimes: ship-safety centres and coastal units of Boulogne, Calais and
    Dunkerque). French, cp1252, ``;``, CRLF. Day-first dates (``17/05/2023``, a few
    ``17/05/23`` and ``17 mai 2023``), nationalities as French adjectives agreeing with
    *nationalité* (``AFGHANE``), positions in degrees and decimal minutes with a decimal
    comma (``50°57,3'N 001°51,0'E``), counts with a no-break space between thousands,
    ``aucun`` for no suspect, ``n.c.`` (non communiqué) for a count not given.
``sgp_inspeccion_pesquera`` (``sgp_inspeccion_pesquera_if.xlsx``)
    Spain, Secretaría General de Pesca (MAPA), Subdirección General de Control e
    Inspección: fisheries inspectors' acts. Spanish workbook. Real Excel dates, a few
    dates typed as text (``17/05/2023``, ``mayo 2023``, ``05/2023``) or left as serial
    numbers; nationalities as ISO alpha-3 codes (the fisheries habit), names or
    adjectives (``senegalesa``); transit ports as ISO alpha-3 codes joined by ``-``;
    latitude and longitude as numbers or as text with a decimal comma; ``s/d`` for an
    unknown count, ``ninguno`` for no suspect; a vessel column.
``paris_mou`` (``paris_mou_if.csv``)
    Paris Memorandum of Understanding on Port State Control, Secretariat (The Hague):
    crew-welfare and smuggling referrals of its member Authorities in Italy, Greece,
    Croatia and Poland. English, saved from Excel as Unicode text: UTF-16 with BOM, tab
    delimited. Day-first dates (``17/05/2023``, ``17 May 2023``), English names, ISO
    alpha-2 codes and common aliases (``Turkey``, ``Ivory Coast``), routes in ISO
    alpha-2 joined by ``" > "``, thousands with a comma, small counts in words, ``none``
    for no suspect; a ship-name column.
``amp_panama`` (``amp_panama_if.csv``)
    Panama, Autoridad Marítima de Panamá (Dirección General de Puertos, Darién
    stations of La Palma and Puerto Quimba). Spanish, UTF-8 with BOM, ``,``. Day-first
    dates, Excel serial numbers where a column lost its format, and ``########`` where
    Excel printed a too-narrow date; Spanish names, some garbled by a cp1252 round trip
    (``PanamÃ¡``), official aliases (``Rep. Bolivariana de Venezuela``, ``EE.UU.``);
    ``NNA`` for children; coordinates as one "lat, lon" cell or in degrees, minutes and
    seconds.
``imo_gisis`` (``imo_gisis_if.jsonl``, the compilation)
    International Maritime Organization, GISIS module on unsafe mixed migration by sea
    (Member State reports, MSC.1/Circ.896): every event no other source reports first.
    English JSON lines. ISO dates, month-only (``2023-05``) and quarter-only
    (``Q2 2023``) dates, United Nations country names (``Iran (Islamic Republic of)``)
    or ISO alpha-3 codes, ``nil`` for no suspect, counts as numbers.

Every source has a note or a total row (and a CSV an empty row) where it would; the
French and Panamanian files are re-sent with a few exact repeats; the compilation
repeats some of the events first reported by the French, Spanish and Paris MoU files,
and the French file some of the British ones. The truth expects what a careful analyst
reads in each cell: an unknown word is an unknown, a placeholder count no count, a
half-known date the start of its month or quarter, a position the point it writes.
"""

from __future__ import annotations

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
from trendlib.samples._tables import COUNTRIES
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND238_SOURCES", "make_blind238"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

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


@dataclass(frozen=True)
class _Wording:
    """One agency's words for the vocabulary columns and its placeholders."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    not_applicable: tuple[str, ...]  # exploitation cell of a pure smuggling case
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    na_word: tuple[str, ...]  # age group or transport mode not established
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    unknown: tuple[str, ...]  # a country not known
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    direct: tuple[str, ...]  # transit cell of a direct journey ("" = blank)


_DIRM = _Wording(
    crime={
        "smuggling": (
            "aide à l'entrée irrégulière",
            "trafic de migrants",
            "Trafic de migrants (passeurs)",
        ),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite et trafic de migrants", "TEH + trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme d'exploitation",),
    },
    not_applicable=("", "", "sans objet"),
    gender={
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes"),
        "mixed": ("mixte", "H/F"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "mineurs non accompagnés"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    mode={
        "sea": ("embarcation", "small boat", "pneumatique", "embarcation pneumatique"),
        "land": ("poids lourd", "camion", "véhicule léger"),
        "air": ("avion", "voie aérienne"),
    },
    na_word=("non déterminé", "non précisé"),
    offences={
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    unknown=("inconnu", "non renseigné", "?"),
    count_unknown=("n.c.", "N.C."),
    zero=("aucun", "néant"),
    direct=("",),
)

_SGP = _Wording(
    crime={
        "smuggling": (
            "Inmigración clandestina",
            "Favorecimiento inmigración irregular",
            "Tráfico ilícito de migrantes",
        ),
        "trafficking": ("Trata de seres humanos", "Trata de seres humanos (art. 177 bis)"),
        "both": ("Trata + inmigración clandestina", "Trata y tráfico de migrantes"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas",),
    },
    not_applicable=("", "", "No procede"),
    gender={
        "male": ("Hombres", "Varones"),
        "female": ("Mujeres",),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    age={
        "adult": ("Mayores de edad", "Adultos"),
        "child": ("Menores", "Menores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    mode={
        "sea": ("Cayuco", "Patera", "Neumática", "Buque pesquero", "Marítimo"),
        "land": ("Terrestre", "Vehículo", "A pie", "Autobús"),
        "air": ("Aéreo", "Avión"),
    },
    na_word=("No consta",),
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("contrabando", "tráfico de drogas"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep="; ",
    unknown=("Desconocido", "No consta", "s/d"),
    count_unknown=("s/d", "S/D"),
    zero=("ninguno", "Ninguno"),
    direct=("", "Directo"),
)

_PMOU = _Wording(
    crime={
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "SOM"),
        "trafficking": ("Human trafficking", "THB", "Trafficking in persons"),
        "both": ("THB / smuggling", "Smuggling & trafficking"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=("", "", "N/A"),
    gender={
        "male": ("Male", "M"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "M/F"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "Under 18"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    mode={
        "sea": ("Vessel", "Small craft", "Sea"),
        "land": ("Road vehicle", "On foot", "Land", "Truck"),
        "air": ("Aircraft", "Air"),
    },
    na_word=("Not recorded",),
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("bribery", "corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("contraband", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    unknown=("Unknown", "not known"),
    count_unknown=("unknown", "not known"),
    zero=("none", "None"),
    direct=("", "direct"),
)

_AMP = _Wording(
    crime={
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "trafficking": ("Trata de personas",),
        "both": ("Trata de personas y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("Explotación sexual comercial", "Explotación sexual"),
        "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    not_applicable=("", "", "N/A"),
    gender={
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "land": ("Terrestre", "A pie", "Caminando"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    na_word=("Sin información",),
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción de servidores públicos",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("narcotráfico", "contrabando"),
        "cybercrime": ("delitos informáticos",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    unknown=("N/D", "Sin información", "desconocido"),
    count_unknown=("N/D",),
    zero=("Ninguno", "ninguno"),
    direct=("",),
)

_IMO = _Wording(
    crime={
        "smuggling": ("Smuggling of migrants", "Migrant smuggling"),
        "trafficking": ("Trafficking in persons", "Human trafficking"),
        "both": ("Smuggling and trafficking", "SOM/TIP"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Forced labour",),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Removal of organs",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    not_applicable=("", "", "Not applicable"),
    gender={
        "male": ("Male",),
        "female": ("Female",),
        "mixed": ("Mixed", "Male and female"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Child", "Children"),
        "mixed": ("Adults and children", "Mixed"),
    },
    mode={
        "sea": ("Sea", "Small boat", "Rubber dinghy"),
        "land": ("Land", "Overland", "Lorry"),
        "air": ("Air",),
    },
    na_word=("Not known",),
    offences={
        "document_fraud": ("fraudulent documents",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    unknown=("Unknown", "Not known"),
    count_unknown=("unknown",),
    zero=("nil", "Nil"),
    direct=("", "none"),
)

#: Nationality as a French clerk writes it: the adjective agreeing with *nationalité*.
_FR_ADJ = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
#: Nationality as a Spanish inspector writes it (agreeing with *nacionalidad*).
_ES_ADJ = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
#: Names the French maritime administration uses beside the ISO ones.
_FR_ALIAS = {"GBR": ("Angleterre", "Grande-Bretagne", "GB")}
#: English aliases in the Paris MoU file.
_EN_ALIAS = {
    "TUR": ("Turkey",),
    "CIV": ("Ivory Coast",),
    "SYR": ("Syria",),
    "MKD": ("Macedonia",),
    "RUS": ("Russia",),
    "BIH": ("Bosnia",),
    "IRN": ("Iran",),
    "VNM": ("Vietnam",),
}
#: Official aliases written by the Panamanian authority.
_PA_ALIAS = {
    "VEN": ("Rep. Bolivariana de Venezuela", "Venezuela (República Bolivariana de)"),
    "USA": ("EE.UU.", "Estados Unidos de América", "EEUU"),
    "CHN": ("República Popular China", "Rep. Popular China"),
    "HTI": ("República de Haití",),
    "PAN": ("República de Panamá",),
}
#: United Nations short names (IMO GISIS), where they differ from the plain English.
_UN_NAMES = {
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "USA": "United States of America",
    "IRN": "Iran (Islamic Republic of)",
    "SYR": "Syrian Arab Republic",
    "VNM": "Viet Nam",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "RUS": "Russian Federation",
    "TUR": "Türkiye",
    "CIV": "Côte d'Ivoire",
}

#: Vessel names of the Spanish inspection acts (fishing vessels, and the boats intercepted).
_SGP_VESSELS = (
    "NUEVO PEPITA AURORA",
    "PLAYA DE TAURITO",
    "MAR DE FORA",
    "VIRGEN DEL CARMEN",
    "ARNOMENDI",
    "TARIFA",
)
_PMOU_SHIPS = (
    "MSC ALTAIR",
    "SEA STAR I",
    "AGIOS NIKOLAOS",
    "PAGLIA",
    "ROSSA",
    "BALTIC TRADER",
    "KAPITAN KHLEBNIKOV",
)


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source(ExaminerSource):
    """An agency of this variant: the shared fields plus its wording."""

    wording: _Wording = _IMO


_DIRM_SRC = _Source(
    source="dirm_memn",
    filename="dirm_memn_if.csv",
    ref="MEMN-{year}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays du constat",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction provisoire, données non consolidées (DIRM MEMN)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une dizaine", "nombreux"),
    repeats=True,
    wording=_DIRM,
)

_SGP_SRC = _Source(
    source="sgp_inspeccion_pesquera",
    filename="sgp_inspeccion_pesquera_if.xlsx",
    ref="IP-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº acta",
        "event_date": "Fecha inspección",
        "vessel": "Buque / embarcación",
        "crime_type": "Infracción penal apreciada",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "Estado de la inspección",
        "transit_countries": "Escalas / tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales pendientes de validación por la SGCI",
    total="TOTAL",
    bad_count=("varios", "un grupo", "decenas"),
    repeats=False,
    wording=_SGP,
)

_PMOU_SRC = _Source(
    source="paris_mou",
    filename="paris_mou_if.csv",
    ref="PMOU/{yy:02d}/{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Referral no.",
        "event_date": "Date of inspection",
        "detection_country": "Port State",
        "vessel": "Ship name",
        "crime_type": "Referral category",
        "exploitation": "Type of exploitation",
        "n_persons": "Persons concerned",
        "n_suspects": "Suspects identified",
        "gender": "Gender",
        "age_group": "Age category",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "transit_countries": "Route (transit)",
        "transport_mode": "Conveyance",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "linked_offences": "Associated offences",
    },
    note="Note: figures provisional, subject to validation by the member Authorities",
    total="Total",
    bad_count=("several", "multiple", "a group"),
    repeats=False,
    wording=_PMOU,
)

_AMP_SRC = _Source(
    source="amp_panama",
    filename="amp_panama_if.csv",
    ref="AMP-DGPIMA-{seq:04d}-{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "No. de informe",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Cant. sospechosos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar sujeta a verificación",
    total="Total",
    bad_count=("varios", "grupo numeroso", "muchos"),
    repeats=True,
    wording=_AMP,
)

_IMO_SRC = _Source(
    source="imo_gisis",
    filename="imo_gisis_if.jsonl",
    ref="UMM/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_ref",
        "event_date": "date_of_incident",
        "detection_country": "reporting_state",
        "crime_type": "category",
        "exploitation": "form_of_exploitation",
        "n_persons": "persons_involved",
        "n_suspects": "suspected_smugglers",
        "gender": "sex",
        "age_group": "age_bracket",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "transit_countries": "transit_states",
        "transport_mode": "means_of_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL (all reporting States)",
    bad_count=("several", "numerous", "a number of"),
    repeats=False,
    wording=_IMO,
)

#: The five sources of the variant, in the order of the submissions.
BLIND238_SOURCES: tuple[ExaminerSource, ...] = (
    _DIRM_SRC,
    _SGP_SRC,
    _PMOU_SRC,
    _AMP_SRC,
    _IMO_SRC,
)


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _swap_typo(text: str) -> str | None:
    """Swap two letters in the middle of a name of 7+ letters (None if it cannot)."""
    if len(text) < 7:
        return None
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a.lower() == b.lower():
        return None
    return text[: i - 1] + b + a + text[i + 1 :]


def _case_space(text: str, rng: _Rng, tags: list[str], *, rate: float = 0.06) -> str:
    """Now and then write a word in capitals, in lower case or with stray spaces."""
    if not text:
        return text
    r = rng.random()
    if r < rate / 2:
        tags.append("case")
        return text.upper() if rng.random() < 0.6 else text.lower()
    if r < rate:
        tags.append("spacing")
        return choice(rng, (" ", "  ")) + text + choice(rng, ("", " ", "  "))
    return text


def _name(iso: str, lang: str) -> str:
    return str(COUNTRIES[iso][_LANG_COL[lang]])


def _country(src: _Source, iso: str, role: str, rng: _Rng, tags: list[str]) -> str:
    """Write one country as the agency does (``role``: nat, origin, dest, detect, transit)."""
    lang = src.language
    name = _name(iso, lang)
    r = rng.random()
    if src is _DIRM_SRC:
        if role == "nat" and iso in _FR_ADJ:
            adj = _FR_ADJ[iso]
            return adj.upper() if r < 0.55 else adj.capitalize() if r < 0.85 else adj
        if iso in _FR_ALIAS and role in ("dest", "detect") and r < 0.3:
            tags.append("alias")
            return choice(rng, _FR_ALIAS[iso])
        if r < 0.45:
            return name.upper()
        if r < 0.48 and _swap_typo(name):
            tags.append("typo")
            return str(_swap_typo(name))
        return _case_space(name, rng, tags)
    if src is _SGP_SRC:
        if role == "transit":
            return iso
        if role == "nat":
            if r < 0.6:
                return iso
            if r < 0.75 and iso in _ES_ADJ:
                tags.append("adjective")
                return _ES_ADJ[iso]
        if role == "detect" and r < 0.5:
            return iso
        if r > 0.97 and _swap_typo(name):
            tags.append("typo")
            return str(_swap_typo(name))
        return _case_space(name, rng, tags)
    if src is _PMOU_SRC:
        iso2 = iso_codes(iso)[0]
        if role == "transit":
            return iso2
        if role == "detect":
            return iso2 if r < 0.6 else name
        if r < 0.15:
            return iso2
        if r < 0.25 and iso in _EN_ALIAS:
            tags.append("alias")
            return choice(rng, _EN_ALIAS[iso])
        if 0.25 <= r < 0.27 and _swap_typo(name):
            tags.append("typo")
            return str(_swap_typo(name))
        return _case_space(name, rng, tags)
    if src is _AMP_SRC:
        if r < 0.2 and iso in _PA_ALIAS:
            tags.append("alias")
            name = choice(rng, _PA_ALIAS[iso])
        elif r < 0.3:
            name = name.upper()
        garbled = mojibake(name)
        if garbled is not None and rng.random() < 0.25:
            tags.append("mojibake")
            return garbled
        return _case_space(name, rng, tags, rate=0.04)
    # the compilation (IMO GISIS): United Nations names or ISO alpha-3 codes
    if r < 0.25:
        return iso
    return _UN_NAMES.get(iso, _name(iso, "en"))


def _transit(src: _Source, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    """Write the transit countries in order, with the agency's separator."""
    raw = ev["transit_countries"]
    if raw is None:
        return choice(rng, src.wording.direct)
    codes = str(raw).split("|")
    parts = [_country(src, c, "transit", rng, tags) for c in codes]
    sep = {
        "dirm_memn": ", ",
        "sgp_inspeccion_pesquera": "-",
        "paris_mou": " > ",
        "amp_panama": " - ",
        "imo_gisis": "; ",
    }[src.source]
    if len(parts) > 1:
        tags.append("transit_list")
    return sep.join(parts)


def _offences(src: _Source, ev: dict[str, object], rng: _Rng) -> str:
    raw = ev["linked_offences"]
    if raw is None:
        return ""
    words = [choice(rng, src.wording.offences[o]) for o in str(raw).split("|")]
    return src.wording.offence_sep.join(words)


_EN_SMALL = ("zero", "one", "two", "three")


def _persons(src: _Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of persons; return the cell and the count it says."""
    if rng.random() < 0.015:
        tags.append("count_placeholder")
        return choice(rng, src.wording.count_unknown), None
    if src is _DIRM_SRC:
        if n >= 1000:
            tags.append("thousands_sep")
            return f"{n:,}".replace(",", "\u00a0"), n
        return str(n), n
    if src is _SGP_SRC:
        if n >= 1000 and rng.random() < 0.5:
            tags.append("thousands_sep")
            return f"{n:,}".replace(",", "."), n
        return n, n
    if src is _PMOU_SRC:
        if n <= 3 and rng.random() < 0.25:
            tags.append("count_word")
            return _EN_SMALL[n], n
        if n >= 1000 and rng.random() < 0.7:
            tags.append("thousands_sep")
            return f"{n:,}", n
        return str(n), n
    if src is _AMP_SRC:
        if n >= 1000 and rng.random() < 0.6:
            tags.append("thousands_sep")
            return f"{n:,}", n
        return str(n), n
    return n, n


def _suspects(src: _Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the count of suspects; return the cell and the count it says."""
    if rng.random() < 0.02:
        tags.append("suspects_placeholder")
        return choice(rng, src.wording.unknown), None
    if n == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, src.wording.zero), 0
    if src.format == "csv":
        return str(n), n
    return n, n


def _dms(value: float, hemis: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth (``77°29'55.7"W``) and what it says."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    mins, sec10 = divmod(rest, 600)
    text = f"{deg}°{mins:02d}'{sec10 / 10:04.1f}\"{hemis}"
    back = deg + mins / 60 + sec10 / 36000
    return text, round(back if value >= 0 else -back, 6)


def _dmm_fr(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma (``001°51,0'E``)."""
    tenths = round(abs(value) * 600)
    deg, m10 = divmod(tenths, 600)
    hemis = pos if value >= 0 else neg
    text = f"{deg:0{width}d}°{m10 // 10:02d},{m10 % 10}'{hemis}"
    back = deg + m10 / 600
    return text, round(back if value >= 0 else -back, 6)


def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng, tags: list[str], *, blank: bool
) -> tuple[_Cells, float | None, float | None]:
    """Write the location; return its cells and the point they give."""
    single = "coordinates" in src.headers
    empty: _Cells = {"coordinates": ""} if single else {"lat": None, "lon": None}
    if src.format == "csv" and not single:
        empty = {"lat": "", "lon": ""}
    if blank:
        tags.append("blank_coordinates")
        return empty, None, None
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return empty, None, None
    if r < 0.06 and src.format != "xlsx":
        tags.append("coords_placeholder")
        word = {
            "dirm_memn": "non relevée",
            "paris_mou": "n/a",
            "amp_panama": "N/D",
            "imo_gisis": "not reported",
        }[src.source]
        if single:
            return {"coordinates": word}, None, None
        return {"lat": word, "lon": word}, None, None
    if src is _DIRM_SRC:
        t_lat, e_lat = _dmm_fr(lat, "N", "S", 2)
        t_lon, e_lon = _dmm_fr(lon, "E", "W", 3)
        tags.append("coords_dmm")
        return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon
    if src is _AMP_SRC:
        if rng.random() < 0.25:
            t_lat, e_lat = _dms(lat, "N" if lat >= 0 else "S")
            t_lon, e_lon = _dms(lon, "E" if lon >= 0 else "W")
            tags.append("coords_dms")
            return {"coordinates": f"{t_lat} {t_lon}"}, e_lat, e_lon
        a, b = round(lat, 4), round(lon, 4)
        tags.append("coords_pair")
        return {"coordinates": f"{a:.4f}, {b:.4f}"}, a, b
    a, b = round(lat, 4), round(lon, 4)
    if src is _SGP_SRC:
        if rng.random() < 0.15:
            tags.append("decimal_comma")
            return {"lat": f"{a:.4f}".replace(".", ","), "lon": f"{b:.4f}".replace(".", ",")}, a, b
        return {"lat": a, "lon": b}, a, b
    if src is _PMOU_SRC:
        return {"lat": f"{a:.4f}", "lon": f"{b:.4f}"}, a, b
    return {"lat": a, "lon": b}, a, b


def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Write the date; return the cell, the date it gives and its precision."""
    r = rng.random()
    if src is _DIRM_SRC:
        if r < 0.08:
            tags.append("date_2digit_year")
            return ts.strftime("%d/%m/%y"), ts, "day"
        if r < 0.14:
            tags.append("date_words")
            return f"{ts.day} {_MONTHS_FR[ts.month - 1]} {ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src is _SGP_SRC:
        month_start = ts.to_period("M").start_time
        if partial_ok and r < 0.03:
            tags.append("date_month")
            return f"{_MONTHS_ES[ts.month - 1]} {ts.year}", month_start, "month"
        if partial_ok and r < 0.05:
            tags.append("date_month")
            return ts.strftime("%m/%Y"), month_start, "month"
        if r < 0.14:
            tags.append("date_text")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.19:
            tags.append("excel_serial")
            return int((ts - _EXCEL_EPOCH).days), ts, "day"
        return ts.to_pydatetime(), ts, "day"
    if src is _PMOU_SRC:
        if r < 0.3:
            tags.append("date_words")
            return f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if src is _AMP_SRC:
        if r < 0.15:
            tags.append("excel_serial")
            return str((ts - _EXCEL_EPOCH).days), ts, "day"
        if r < 0.25:
            tags.append("date_words")
            return f"{ts.day:02d}-{_MONTHS_ES[ts.month - 1][:3]}-{ts.year}", ts, "day"
        return ts.strftime("%d/%m/%Y"), ts, "day"
    if partial_ok and r < 0.08:
        tags.append("date_month")
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.14:
        tags.append("date_quarter")
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    return ts.strftime("%Y-%m-%d"), ts, "day"


# --------------------------------------------------------------------------------------
# The examiner's hooks
# --------------------------------------------------------------------------------------
def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    w = src.wording
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = dict.fromkeys(EVENT_FIELDS)
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, tags, partial_ok=partial_ok
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _case_space(choice(rng, w.crime[crime]), rng, tags, rate=0.04)
    exp["crime_type"] = crime
    if ev["exploitation"] is None:
        cells["exploitation"] = choice(rng, w.not_applicable)
    else:
        cells["exploitation"] = choice(rng, w.exploitation[str(ev["exploitation"])])
        exp["exploitation"] = ev["exploitation"]

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"] = "" if src.format == "csv" else None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            src,
            int(ev["n_suspects"]),  # type: ignore[call-overload]
            rng,
            tags,
        )

    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"] = ""
        exp["gender"] = "unknown"
    else:
        cells["gender"] = choice(rng, w.gender[str(ev["gender"])])
        exp["gender"] = ev["gender"]

    for col, table in (("age_group", w.age), ("transport_mode", w.mode)):
        if rng.random() < 0.015:
            tags.append("na_word")
            cells[col] = choice(rng, w.na_word)
            exp[col] = "unknown"
        else:
            cells[col] = _case_space(choice(rng, table[str(ev[col])]), rng, tags, rate=0.03)
            exp[col] = ev[col]

    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"] = ""
    else:
        cells["nationality"] = _country(src, str(ev["nationality"]), "nat", rng, tags)
        exp["nationality"] = ev["nationality"]
    if rng.random() < 0.03:
        tags.append("unknown_word")
        cells["origin_country"] = choice(rng, w.unknown)
    else:
        cells["origin_country"] = _country(src, str(ev["origin_country"]), "origin", rng, tags)
        exp["origin_country"] = ev["origin_country"]
    cells["destination_country"] = _country(src, str(ev["destination_country"]), "dest", rng, tags)
    exp["destination_country"] = ev["destination_country"]
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"] = ""
    else:
        cells["detection_country"] = _country(
            src, str(ev["detection_country"]), "detect", rng, tags
        )
        exp["detection_country"] = ev["detection_country"]
    cells["transit_countries"] = _transit(src, ev, rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    place, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        tags,
        blank=forced_blank == "coordinates",
    )
    cells.update(place)
    cells["linked_offences"] = _offences(src, ev, rng)
    exp["linked_offences"] = ev["linked_offences"]
    if "vessel" in src.headers:
        cells["vessel"] = _vessel(src, ev, str(cells["transport_mode"]), rng)
    if src.format != "csv":  # an empty text cell is a missing one in XLSX and JSON
        cells = {k: (None if v == "" else v) for k, v in cells.items()}
    return cells, exp, tags


def _vessel(src: _Source, ev: dict[str, object], mode: str, rng: _Rng) -> str:
    """Write the vessel cell of a maritime case (blank on land or in the air).

    A boat with no name is written as its kind (the transport cell's word), as the
    inspectors do; a named ship otherwise.
    """
    if ev["transport_mode"] != "sea":
        return ""
    if src is _SGP_SRC:
        kind = mode.strip().capitalize()
        if kind in ("Cayuco", "Patera", "Neumática"):
            return f"{kind} s/n"
        if kind == "Buque pesquero":
            return choice(rng, _SGP_VESSELS)
        if ev["corridor"] == "watl":
            return "Cayuco s/n"
        if ev["corridor"] == "wmed":
            return choice(rng, ("Patera s/n", "Neumática s/n"))
        return choice(rng, _SGP_VESSELS)
    if ev["corridor"] in ("cmed", "emed"):
        return choice(rng, ("unnamed craft", "rubber boat (no name)", "fishing boat (no name)"))
    return choice(rng, _PMOU_SHIPS)


def _fmt_day(src: _Source, ts: pd.Timestamp) -> object:
    """Write a plain date in the source's usual style."""
    if src.format == "xlsx":
        return ts.to_pydatetime()
    if src.format == "jsonl":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine."""
    if kind == "no_date":
        return "" if src.format == "csv" else None
    if kind == "future_date":  # a slip of the decade key
        later = ts.replace(day=min(ts.day, 28), year=ts.year + 10) if ts.month == 2 else ts
        return _fmt_day(src, later.replace(year=ts.year + 10))
    if src is _AMP_SRC and rng.random() < 0.5:
        return "########"  # Excel printed a date too wide for its column
    day = int(rng.integers(32, 40))
    if src.format == "jsonl":
        return f"{ts.year}-{ts.month:02d}-{day}"
    if src is _PMOU_SRC:
        return f"{ts.day:02d}/{ts.month + 12:02d}/{ts.year}"  # month 13 to 24
    return f"{day}/{ts.month:02d}/{ts.year}"


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Write the date of the source's note row: the day of its extraction."""
    return _fmt_day(src, last + pd.Timedelta(days=3))


_EXAMINER: Examiner[_Source] = Examiner(
    sources=(_DIRM_SRC, _SGP_SRC, _PMOU_SRC, _AMP_SRC, _IMO_SRC),
    primary={
        "FRA": "dirm_memn",
        "ESP": "sgp_inspeccion_pesquera",
        "ITA": "paris_mou",
        "GRC": "paris_mou",
        "HRV": "paris_mou",
        "POL": "paris_mou",
        "PAN": "amp_panama",
    },
    compilation="imo_gisis",
    secondary={
        ("channel", "FRA"): "imo_gisis",
        ("channel", "GBR"): "dirm_memn",
        ("thb_vnm_gbr", "GBR"): "dirm_memn",
        ("cmed", "ITA"): "imo_gisis",
        ("emed", "GRC"): "imo_gisis",
        ("watl", "ESP"): "imo_gisis",
        ("wmed", "ESP"): "imo_gisis",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=238_0238,
    blank_share=0.3,
)


def make_blind238(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of ``blind238`` would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``dirm_memn_if.csv`` (French, cp1252, ``;``),
        ``sgp_inspeccion_pesquera_if.xlsx`` (Spanish), ``paris_mou_if.csv`` (English,
        UTF-16, tab), ``amp_panama_if.csv`` (Spanish, UTF-8 with BOM, ``,``) and
        ``imo_gisis_if.jsonl`` (English, the compilation), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind238(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dirm_memn_if.csv', 'sgp_inspeccion_pesquera_if.xlsx', 'paris_mou_if.csv',
     'amp_panama_if.csv', 'imo_gisis_if.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-16', 'utf-8-sig', 'utf-8']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Qualification']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
