"""Examiner sample set ``blind260`` (files ``*_jb.*``): five labour-world desks.

Five agencies that meet trafficked and smuggled persons as *workers*, each keeping its
own case log and sending it in its own working language and tool:

``soc_sat_almeria`` (Spain; Spanish; CSV, cp1252, ``;``)
    The migrants' secretariat of the Andalusian farmworkers' union SOC-SAT in Almería,
    which logs the workers it assists in the greenhouses of Almería and the berry fields
    of Huelva, and the arrivals (pateras, cayucos, the Ceuta and Melilla fences) it
    follows with its partner unions. Day-first dates (``17/05/2023``, some ``17/05/23``,
    a few months only: ``mayo 2023``), Spanish country names (some upper case, without
    accents, ISO alpha-2), ``.`` thousands, ``H``/``M`` for *hombre*/*mujer*, ``MENA``
    for unaccompanied minors, latitude and longitude in two columns with decimal commas.
``ugtt_migrations`` (Italy; French; UTF-16 tab-separated "texte Unicode" from Excel)
    The migration department of the Tunisian General Labour Union (UGTT), which follows
    Tunisian and other Maghreb workers landing in Italy (Lampedusa, Pozzallo, Crotone)
    and exploited in Italian agriculture. Day-first dates, some quarters (``T2 2023``)
    and months (``mai 2023``); French country names, some garbled (``Ã‰gypte``, an
    earlier import read UTF-8 as cp1252) or without accents, ``RCI`` for Côte d'Ivoire;
    counts with narrow no-break spaces; degrees-minutes-seconds coordinates.
``atleu_london`` (United Kingdom; English; XLSX)
    The Anti Trafficking and Labour Exploitation Unit, a London legal charity whose case
    spreadsheet logs the clients referred to it (Vietnamese workers in nail bars and
    cannabis farms; people who crossed the Channel). Real Excel dates, some typed as text
    (``17 May 2023``, ``17/05/2023``, ``May 2023``); "Modern slavery" for trafficking;
    "Age disputed"; routes written ``China > Russia > Poland``; a "lat, long" text cell.
``icm_bwi_panama`` (Panama, United States; Spanish; CSV, UTF-8 with BOM, ``,``)
    The Latin-American regional office of the Building and Wood Workers' International
    (ICM/BWI) in Panama City, whose migrant-worker desk logs the crossings of the Darién
    and of the US-Mexico border its affiliates report. ISO and ``2023/05/17`` dates and
    Excel serial numbers (a date column formatted as a number), ``EE. UU.``, ``NNA``
    (children and adolescents), ``coyotaje``, ``,`` thousands, decimal points.
``ilo_roas_beirut`` (compilation; English; JSON lines, UTF-8)
    The ILO Regional Office for Arab States in Beirut, whose labour-migration unit
    tracks the onward movement of workers from its region (Syrians, Iraqis, Yemenis)
    and compiles what the desks above do not report: Greece, Croatia, Poland, France.
    ISO alpha-3 codes, UN names (``Syrian Arab Republic``) and M49 numeric codes; ISO
    dates with months (``2023-05``) and quarters (``Q2 2023``); JSON numbers and arrays.

Cross-source duplicates: UGTT and the ILO office report some Italian landings twice,
ATLEU some Channel crossings seen from France, SOC-SAT some Romanian workers in Italy,
UGTT some Maghreb arrivals in Almería and Ceuta.

What a careful analyst cannot read is planted on purpose and said so in the truth: a
"not known" count (``s/d``, ``Not known``, ``N/D``, a JSON ``null``) keeps the record
with no count; "age disputed" or ``s/d`` in the age or transport column reads
``unknown``; an impossible date (``30/02/2023``), a date ten years ahead (a mistyped
year), a missing date, a negative count or a count in words such as ``varios`` is a row
to quarantine.
"""

from __future__ import annotations

import unicodedata
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

__all__ = ["AGENCIES", "BLIND260", "Agency", "make_blind260"]

_Rng = np.random.Generator
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One agency of the set: what the machinery reads, plus its own wording.

    Attributes
    ----------
    names : dict
        ISO alpha-3 -> the agency's usual name of the country (else the table's name in
        its language).
    aliases : dict
        ISO alpha-3 -> other names the agency's clerks write for the country.
    typos : dict
        ISO alpha-3 -> a misspelling its clerks make (never another country's name).
    codes : tuple of str
        Codes the agency writes instead of a name: ``"iso3"``, ``"iso2"``, ``"m49"``.
    mix : tuple of float
        Shares of name, code, alias, typo, case or accent change, mojibake.
    words : dict
        Column -> canonical value -> the agency's words, the usual one first.
    na_words : tuple of str
        What it writes for an age group or a transport mode it does not know.
    count_unknown : tuple of str
        What it writes for a count it does not know.
    zero_words : tuple of str
        What it writes for no suspect.
    transit_sep : str or None
        Separator of transit countries (None: a JSON array).
    offence_sep : str or None
        Separator of linked offences (None: a JSON array).
    """

    names: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    typos: dict[str, str]
    codes: tuple[str, ...]
    mix: tuple[float, float, float, float, float, float]
    words: dict[str, dict[str, tuple[str, ...]]]
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    transit_sep: str | None
    offence_sep: str | None


_LANG_COL = {"en": 1, "fr": 2, "es": 3}
_FR_QUARTER = "T"

# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
SAT = Agency(
    source="soc_sat_almeria",
    filename="soc_sat_almeria_jb.csv",
    ref="SAT-AL {seq:04d}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Forma de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº implicados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "Destino previsto",
        "detection_country": "País (lugar de atención)",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio de llegada",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales, pendientes de revisión por la Secretaría de Migraciones",
    total="TOTAL",
    bad_count=("varios", "un grupo", "bastantes"),
    repeats=False,
    names={"CIV": "Costa de Marfil", "ROU": "Rumanía", "GMB": "Gambia"},
    aliases={
        "GIN": ("Guinea Conakry",),
        "CIV": ("C. de Marfil",),
        "ROU": ("Rumania",),
        "GBR": ("Reino Unido",),
        "MAR": ("Marruecos ",),
    },
    typos={"MAR": "Marrucos", "SEN": "Senegall", "DZA": "Argleia", "ROU": "Rumaina"},
    codes=("iso2",),
    mix=(0.78, 0.05, 0.04, 0.03, 0.10, 0.0),
    words={
        "crime_type": {
            "trafficking": ("Trata", "Trata de seres humanos", "TSH"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento inmigración irregular",
                "Tráfico de migrantes",
            ),
            "both": ("Trata y tráfico", "Trata + tráfico"),
        },
        "exploitation": {
            "sexual": ("Sexual", "Explotación sexual"),
            "forced_labour": ("Laboral", "Explotación laboral", "Trabajo forzoso"),
            "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras", "Otra"),
        },
        "gender": {
            "male": ("Hombres", "H", "Varones"),
            "female": ("Mujeres", "M"),
            "mixed": ("Mixto", "Hombres y mujeres", "H/M"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad", "+18"),
            "child": ("Menores", "MENA", "Menor"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Patera", "Neumática", "Marítima"),
            "land": ("Terrestre", "Por carretera", "Autobús"),
            "air": ("Avión", "Aérea"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo",),
            "illicit_goods": ("Drogas",),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    na_words=("s/d", "Sin datos"),
    count_unknown=("s/d", "Sin datos"),
    zero_words=("Ninguno", "ninguno"),
    transit_sep=" - ",
    offence_sep=", ",
)

UGTT = Agency(
    source="ugtt_migrations",
    filename="ugtt_migrations_jb.csv",
    ref="UGTT/DM/{year}/{seq:03d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'affaire",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre d'intermédiaires",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'arrivée",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires – Département des relations internationales et des migrations",
    total="Total général",
    bad_count=("plusieurs", "des dizaines"),
    repeats=True,
    names={"CIV": "Côte d'Ivoire", "USA": "États-Unis"},
    aliases={"CIV": ("RCI",), "USA": ("USA",), "GBR": ("Grande-Bretagne",)},
    typos={"BGD": "Bangladech", "TUN": "Tunsie", "ERI": "Erythrée", "PAK": "Pakistant"},
    codes=("iso3",),
    mix=(0.70, 0.05, 0.03, 0.03, 0.09, 0.10),
    words={
        "crime_type": {
            "trafficking": ("Traite des personnes", "Traite"),
            "smuggling": (
                "Trafic illicite de migrants",
                "Trafic de migrants (harga)",
                "Aide au franchissement illégal des frontières",
            ),
            "both": ("Traite et trafic de migrants", "Traite + trafic"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle",),
            "forced_labour": ("Exploitation économique", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("Hommes", "H", "Masculin"),
            "female": ("Femmes", "F", "Féminin"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "adult": ("Adultes", "Majeurs"),
            "child": ("Mineurs", "Mineurs non accompagnés", "Enfants"),
            "mixed": ("Adultes et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Embarcation", "Voie maritime", "Bateau de pêche", "Barque"),
            "land": ("Voie terrestre", "Camion", "Route"),
            "air": ("Voie aérienne", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents",),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment d'argent",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    na_words=("Non précisé", "N.P."),
    count_unknown=("Non précisé", "inconnu"),
    zero_words=("Aucun", "aucun"),
    transit_sep=" / ",
    offence_sep=" + ",
)

ATLEU = Agency(
    source="atleu_london",
    filename="atleu_london_jb.xlsx",
    ref="ATLEU-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Client ref",
        "event_date": "Date identified",
        "crime_type": "Case type",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of people",
        "n_suspects": "No. of perpetrators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transit_countries": "Route (countries passed through)",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Extract from case management system – figures subject to change",
    total="Total",
    bad_count=("several", "a group"),
    repeats=False,
    names={"VNM": "Vietnam", "GBR": "UK", "TUR": "Turkey"},
    aliases={
        "GBR": ("United Kingdom", "England"),
        "VNM": ("Viet Nam",),
        "IRN": ("Iran",),
        "SYR": ("Syria",),
        "RUS": ("Russia",),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
    },
    typos={"VNM": "Veitnam", "ERI": "Eritria", "AFG": "Afganistan", "ALB": "Albnia"},
    codes=("iso3",),
    mix=(0.76, 0.06, 0.06, 0.04, 0.08, 0.0),
    words={
        "crime_type": {
            "trafficking": ("Modern slavery", "Human trafficking", "Trafficking"),
            "smuggling": ("Smuggling", "People smuggling", "Facilitation"),
            "both": ("Trafficking & smuggling", "Smuggled then trafficked"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("Male", "M", "Men"),
            "female": ("Female", "F", "Women"),
            "mixed": ("Mixed", "Male & female"),
        },
        "age_group": {
            "adult": ("Adult", "18+"),
            "child": ("Child", "Minor", "U18"),
            "mixed": ("Adults & children", "Mixed"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat", "Sea"),
            "land": ("Lorry", "HGV", "Car", "Land"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("Document fraud",),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs (cannabis)", "Drugs"),
            "cybercrime": ("Cybercrime",),
            "terrorism": ("Terrorism",),
        },
    },
    na_words=("Age disputed", "Not known"),
    count_unknown=("Not known", "TBC"),
    zero_words=("None", "Nil"),
    transit_sep=" > ",
    offence_sep="; ",
)

BWI = Agency(
    source="icm_bwi_panama",
    filename="icm_bwi_panama_jb.csv",
    ref="ICM-PA-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos tratantes / coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares de la oficina regional, sujetos a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo grande"),
    repeats=False,
    names={"USA": "EE. UU.", "HTI": "Haití", "MEX": "México"},
    aliases={
        "USA": ("Estados Unidos", "EEUU"),
        "VEN": ("Rep. Bolivariana de Venezuela",),
        "CHN": ("Rep. Popular China",),
        "MEX": ("Mexico",),
    },
    typos={"VEN": "Venezula", "ECU": "Equador", "HTI": "Hiati", "HND": "Hondura"},
    codes=("iso3",),
    mix=(0.74, 0.10, 0.05, 0.03, 0.08, 0.0),
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "Coyotaje"),
            "both": ("Trata y tráfico", "Tráfico y trata de personas"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzoso", "Explotación laboral"),
            "forced_criminality": ("Actividades ilícitas forzadas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("Masculino", "Hombres"),
            "female": ("Femenino", "Mujeres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "land": ("Terrestre", "A pie", "Autobús"),
            "sea": ("Marítimo", "Lancha"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Falsificación de documentos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Narcotráfico", "Contrabando"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    na_words=("N/D", "No disponible"),
    count_unknown=("N/D", "Por confirmar"),
    zero_words=("Ninguno",),
    transit_sep=", ",
    offence_sep=" / ",
)

ILO = Agency(
    source="ilo_roas_beirut",
    filename="ilo_roas_beirut_jb.jsonl",
    ref="ROAS-LM-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "incident_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country_of_incident",
        "transit_countries": "transit_route",
        "transport_mode": "mode_of_travel",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "associated_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "dozens"),
    repeats=False,
    names={
        "SYR": "Syrian Arab Republic",
        "IRN": "Iran (Islamic Republic of)",
        "TUR": "Türkiye",
        "VNM": "Viet Nam",
        "RUS": "Russian Federation",
        "GBR": "United Kingdom of Great Britain and Northern Ireland",
        "USA": "United States of America",
        "VEN": "Venezuela (Bolivarian Republic of)",
    },
    aliases={"SYR": ("Syria",), "IRN": ("Iran",), "GBR": ("United Kingdom",)},
    typos={},
    codes=("iso3", "iso3", "iso3", "iso3", "iso3", "iso3", "m49"),
    mix=(0.30, 0.62, 0.05, 0.0, 0.03, 0.0),
    words={
        "crime_type": {
            "trafficking": ("trafficking in persons", "TIP"),
            "smuggling": ("smuggling of migrants", "SOM"),
            "both": ("TIP/SOM", "trafficking and smuggling"),
        },
        "exploitation": {
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour",),
            "forced_criminality": ("forced criminal activities",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other forms",),
        },
        "gender": {
            "male": ("male", "M"),
            "female": ("female", "F"),
            "mixed": ("both sexes", "mixed"),
        },
        "age_group": {
            "adult": ("adults (18+)", "adult"),
            "child": ("children (<18)", "child"),
            "mixed": ("adults and children",),
        },
        "transport_mode": {
            "sea": ("sea", "maritime"),
            "land": ("land", "overland"),
            "air": ("air",),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    na_words=("not recorded",),
    count_unknown=(),
    zero_words=(),
    transit_sep=None,
    offence_sep=None,
)

#: The five agencies, in the order their submissions are returned.
AGENCIES: tuple[Agency, ...] = (SAT, UGTT, ATLEU, BWI, ILO)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    """Drop the accents of ``text`` (``Túnez`` -> ``Tunez``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name(src: Agency, iso: str) -> str:
    return src.names.get(iso) or str(COUNTRIES[iso][_LANG_COL[src.language]])


def _country(src: Agency, iso: str, rng: _Rng, *, plain: bool = False) -> tuple[str, str]:
    """Write one ISO alpha-3 code as the agency does; return (cell, tag or "")."""
    name = _name(src, iso)
    if plain:  # inside a list: name or code only
        if src.codes and rng.random() < src.mix[1]:
            return iso, "code"
        return name, ""
    kind = int(rng.choice(6, p=np.array(src.mix) / sum(src.mix)))
    if kind == 1 and src.codes:
        code = choice(rng, src.codes)
        alpha2, numeric = iso_codes(iso)
        return {"iso3": iso, "iso2": alpha2, "m49": numeric}[code], code
    if kind == 2 and iso in src.aliases:
        return choice(rng, src.aliases[iso]), "alias"
    if kind == 3 and iso in src.typos:
        return src.typos[iso], "typo"
    if kind == 4:
        forms = [name.upper(), name.lower(), f" {name}", _plain(name)]
        form = choice(rng, [f for f in forms if f != name] or [name.upper()])
        return form, "case_or_accent"
    if kind == 5:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            return garbled, "mojibake"
    return name, ""


def _word(src: Agency, column: str, value: str, rng: _Rng) -> tuple[str, str]:
    """Write a vocabulary value in the agency's words (usual word 70 %)."""
    words = src.words[column][value]
    if len(words) == 1 or rng.random() < 0.7:
        return words[0], ""
    return choice(rng, words[1:]), "word_variant"


def _thousands(n: int, src: Agency, rng: _Rng) -> tuple[str, str]:
    if n < 1000:
        return str(n), ""
    sep = {"es": ".", "fr": "\u202f", "en": ","}[src.language]
    if src.source == BWI.source:
        sep = ","  # Panama writes numbers the US way
    elif src.language == "fr" and rng.random() < 0.5:
        sep = " "
    return f"{n:,}".replace(",", sep), "thousands"


_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five")


def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count of persons; return (cell, tag)."""
    if src.format == "jsonl":
        return n, ""
    if src.format == "xlsx":
        if n <= 3 and rng.random() < 0.15:
            return _EN_NUMBERS[n], "count_word"
        return n, ""
    return _thousands(n, src, rng)


def _suspects(src: Agency, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count of suspects; zero sometimes as a word."""
    if n == 0 and src.zero_words and rng.random() < 0.5:
        return choice(rng, src.zero_words), "zero_word"
    if src.format in ("jsonl", "xlsx"):
        return n, ""
    return str(n), ""


def _join(items: list[str], sep: str | None) -> object:
    return list(items) if sep is None else sep.join(items)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _serial(ts: pd.Timestamp) -> str:
    return str((ts.normalize() - _EXCEL_EPOCH).days)


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, str]:
    """Write the event date; return (cell, expected day, precision, tag)."""
    r = rng.random()
    month_start = ts.to_period("M").start_time
    quarter_start = ts.to_period("Q").start_time
    partial = partial_ok and r < 0.04
    lang_months = _MONTHS[src.language]
    if src.source == SAT.source:
        if partial:
            return f"{lang_months[ts.month - 1]} {ts.year}", month_start, "month", "date_month"
        if r < 0.14:
            return ts.strftime("%d/%m/%y"), ts, "day", "date_two_digit_year"
        return ts.strftime("%d/%m/%Y"), ts, "day", ""
    if src.source == UGTT.source:
        if partial and r < 0.02:
            q = (ts.month - 1) // 3 + 1
            return f"{_FR_QUARTER}{q} {ts.year}", quarter_start, "quarter", "date_quarter"
        if partial:
            return f"{lang_months[ts.month - 1]} {ts.year}", month_start, "month", "date_month"
        return ts.strftime("%d/%m/%Y"), ts, "day", ""
    if src.source == ATLEU.source:
        if partial:
            return f"{ts.strftime('%B')} {ts.year}", month_start, "month", "date_month"
        if r < 0.16:
            return f"{ts.day} {ts.strftime('%B')} {ts.year}", ts, "day", "date_text"
        if r < 0.22:
            return ts.strftime("%d/%m/%Y"), ts, "day", "date_text"
        return ts.to_pydatetime(), ts, "day", ""
    if src.source == BWI.source:
        if partial:
            return ts.strftime("%Y-%m"), month_start, "month", "date_month"
        if r < 0.20:
            return _serial(ts), ts, "day", "date_serial"
        if r < 0.45:
            return ts.strftime("%Y/%m/%d"), ts, "day", "date_slash"
        return ts.strftime("%Y-%m-%d"), ts, "day", ""
    # ILO compilation
    if partial and r < 0.02:
        q = (ts.month - 1) // 3 + 1
        return f"Q{q} {ts.year}", quarter_start, "quarter", "date_quarter"
    if partial:
        return ts.strftime("%Y-%m"), month_start, "month", "date_month"
    return ts.strftime("%Y-%m-%d"), ts, "day", ""


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a bad row: missing, impossible, or ten years ahead (a typo)."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        ahead = ts.replace(year=ts.year + 10)
        if src.format == "xlsx":
            return ahead.to_pydatetime()
        if src.format == "jsonl" or src.source == BWI.source:
            return ahead.strftime("%Y-%m-%d")
        return ahead.strftime("%d/%m/%Y")
    y = ts.year
    return {
        SAT.source: f"30/02/{y}",
        UGTT.source: f"31/04/{y}",
        ATLEU.source: f"30/02/{y}",
        BWI.source: f"{y}-02-30",
        ILO.source: f"{y}-13-{ts.day:02d}",
    }[src.source]


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date written on the agency's note row: its last day."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == BWI.source:
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and whole seconds; return (text, the value it reads)."""
    total = round(abs(value) * 3600)
    deg, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    sign = 1.0 if value >= 0 else -1.0
    text = f"{deg}°{minutes:02d}'{seconds:02d}\"{pos if value >= 0 else neg}"
    return text, round(sign * total / 3600, 6)


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Write the place of detection; return (cells, expected lat, lon, tag)."""
    if rng.random() < 0.05:
        return {}, None, None, "coords_missing"
    if src.source == SAT.source:
        la, lo = round(lat, 4), round(lon, 4)
        cells: dict[str, object] = {
            "lat": f"{la:.4f}".replace(".", ","),
            "lon": f"{lo:.4f}".replace(".", ","),
        }
        return cells, la, lo, "decimal_comma"
    if src.source == UGTT.source:
        t_lat, la = _dms(lat, "N", "S")
        t_lon, lo = _dms(lon, "E", "O")  # ouest
        return {"coordinates": f"{t_lat} {t_lon}"}, la, lo, "dms"
    if src.source == ATLEU.source:
        la, lo = round(lat, 4), round(lon, 4)
        return {"coordinates": f"{la:.4f}, {lo:.4f}"}, la, lo, "coords_pair"
    if src.source == BWI.source:
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, ""
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": la, "lon": lo}, la, lo, ""


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
_SEA_WORDS = {"watl": ("Cayuco",), "cmed": ("Embarcation", "Barque", "Bateau de pêche")}


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []

    def tag(t: str) -> None:
        if t and t not in tags:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, precision, t = _date(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"], t = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime
    tag(t)
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = None
        exp["exploitation"] = None
    else:
        cells["exploitation"], t = _word(src, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)
        tag(t)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if src.count_unknown and rng.random() < 0.012:
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
        tag("count_placeholder")
    elif src.format == "jsonl" and rng.random() < 0.008:
        cells["n_persons"], exp["n_persons"] = None, None
        tag("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tag(t)

    sus = ev["n_suspects"]
    if forced_blank == "n_suspects" or sus is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tag("blank_n_suspects")
    else:
        cells["n_suspects"], t = _suspects(src, int(sus), rng)  # type: ignore[call-overload]
        exp["n_suspects"] = int(sus)  # type: ignore[call-overload]
        tag(t)

    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tag("blank_gender")
    else:
        cells["gender"], t = _word(src, "gender", str(ev["gender"]), rng)
        exp["gender"] = str(ev["gender"])
        tag(t)

    age = str(ev["age_group"])
    if src.source == ATLEU.source and age == "child" and rng.random() < 0.12:
        cells["age_group"], exp["age_group"] = "Age disputed", "unknown"
        tag("na_word")
    elif rng.random() < 0.01:
        cells["age_group"], exp["age_group"] = choice(rng, src.na_words), "unknown"
        tag("na_word")
    else:
        cells["age_group"], t = _word(src, "age_group", age, rng)
        exp["age_group"] = age
        tag(t)

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if forced_blank == col or iso is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tag(f"blank_{col}")
            continue
        cells[col], t = _country(src, str(iso), rng)
        exp[col] = str(iso)
        tag(t)

    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = (
            None if src.transit_sep is not None or rng.random() < 0.5 else []
        )
        exp["transit_countries"] = None
    else:
        parts = []
        for iso in str(transit).split("|"):
            text, t = _country(src, iso, rng, plain=True)
            parts.append(text)
            tag(t)
        cells["transit_countries"] = _join(parts, src.transit_sep)
        exp["transit_countries"] = str(transit)
        tag("transit_list")

    mode = str(ev["transport_mode"])
    corridor = str(ev["corridor"])
    if rng.random() < 0.01:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.na_words), "unknown"
        tag("na_word")
    else:
        if mode == "sea" and src.source == SAT.source and corridor == "watl":
            cells["transport_mode"], t = "Cayuco", "word_variant"
        elif mode == "sea" and src.source == UGTT.source and corridor in _SEA_WORDS:
            cells["transport_mode"], t = choice(rng, _SEA_WORDS[corridor]), ""
        elif mode == "land" and src.source == BWI.source and corridor == "darien":
            cells["transport_mode"], t = choice(rng, ("A pie", "Terrestre")), ""
        else:
            cells["transport_mode"], t = _word(src, "transport_mode", mode, rng)
        exp["transport_mode"] = mode
        tag(t)

    if forced_blank == "coordinates" or ev["lat"] is None:
        exp["lat"], exp["lon"] = None, None
        tag("blank_coordinates")
    else:
        coord_cells, la, lo, t = _coords(src, float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
        cells.update(coord_cells)
        exp["lat"], exp["lon"] = la, lo
        tag(t)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
        exp["linked_offences"] = None
    else:
        names = [_word(src, "linked_offences", o, rng)[0] for o in str(offences).split("|")]
        cells["linked_offences"] = _join(names, src.offence_sep)
        exp["linked_offences"] = str(offences)
    return cells, exp, tags


#: The examiner's set: agencies, routing and ways of writing.
BLIND260: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ESP": SAT.source,
        "ITA": UGTT.source,
        "GBR": ATLEU.source,
        "PAN": BWI.source,
        "USA": BWI.source,
    },
    compilation=ILO.source,
    secondary={
        ("cmed", "ITA"): ILO.source,
        ("channel", "FRA"): ATLEU.source,
        ("channel", "GBR"): ILO.source,
        ("wmed", "ESP"): UGTT.source,
        ("thb_rou_esp", "ITA"): SAT.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=260,
    blank_share=0.5,
)


def make_blind260(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five labour-world desks of set ``blind260`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``soc_sat_almeria_jb.csv`` (Spanish, cp1252, ``;``), ``ugtt_migrations_jb.csv``
        (French, UTF-16, tab), ``atleu_london_jb.xlsx`` (English),
        ``icm_bwi_panama_jb.csv`` (Spanish, UTF-8 with BOM, ``,``) and
        ``ilo_roas_beirut_jb.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind260(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['soc_sat_almeria_jb.csv', 'ugtt_migrations_jb.csv', 'atleu_london_jb.xlsx',
     'icm_bwi_panama_jb.csv', 'ilo_roas_beirut_jb.jsonl']
    >>> subs[1].encoding, subs[1].delimiter == chr(9)
    ('utf-16', True)
    >>> subs[0].frame.columns[:3].tolist()
    ['Nº Expediente', 'Fecha', 'Tipo de caso']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND260, truth, seed=seed)
