"""Examiner sample set ``blind138`` (files ``*_ej.*``): five North American desks.

Five agencies of Canada and the northern United States that follow trafficking and
migrant smuggling abroad write the true events their own way:

``trac_syracuse_ej.csv``
    TRAC Immigration (Syracuse University, New York): event-level table built from
    Border Patrol and EOUSA records of the US–Mexico border. English, UTF-8 without
    BOM, ``,``; US month-first dates (``05/17/2023``, a few with a time), CBP-style
    upper-case country names, ``M``/``F``/``M/F``, ``Juvenile``/``UAC``/``Family Unit``,
    ``UNK`` for a count not known, thousands with ``,``.
``pfca_panama_ej.xlsx``
    Global Affairs Canada, Programa de Fortalecimiento de Capacidades Anticrimen
    (ACCBP), Panama project office: Darién crossings and, second-hand, the Mexican
    border. Spanish; Excel dates with a few typed ``dd/mm/aaaa`` or month-only cells,
    nationality as a demonym (``venezolana``), ``NNA`` for children, ``No aplica``
    exploitation on smuggling rows, GPS coordinates in degrees-minutes-seconds,
    Spanish thousands dot in typed counts.
``presse_canadienne_ej.jsonl``
    La Presse Canadienne (Montréal desk), wire items on the Channel, the United
    Kingdom and, second-hand, the rest of Europe. Québec French keys and values
    (``traite de personnes``, ``passage de clandestins``, ``Bélarus``, ``Angleterre``,
    ``recyclage des produits de la criminalité``), ISO dates (some with a UTC offset)
    or ``17 mai 2023``, ``n.d.`` for a count, transit countries as a JSON array.
``cisr_irb_recherche_ej.csv``
    Immigration and Refugee Board of Canada, Research Directorate: incidents on the
    Eastern Mediterranean, Balkan and Belarus–Poland routes. English (a few French
    country names from the bilingual desk), Excel "Unicode text": UTF-16 with BOM,
    tab-delimited; ``17 May 2023``, ``May 2023`` or ``Q2 2023``; one ``lat, long``
    column; ``Direct`` when no transit country.
``cipc_veille_ej.csv``
    Centre international pour la prévention de la criminalité (ICPC, Montréal),
    international press watch, the compilation source (Italy, Spain, and second
    reports of the Darién). French (Spanish crime words copied from Spanish-language
    items), cp1252, ``;``, CRLF; ``17/05/2023``, ``mai 2023`` or ``T2 2023``; decimal
    commas; ISO alpha-2 codes, mojibake (``SÃ©nÃ©gal``) and typos in country cells.

Every written cell is described in the truth (``expected``): a careful analyst's
reading of it, with ``unknown`` or a blank where the cell says "not known".
"""

from __future__ import annotations

from collections.abc import Mapping

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

__all__ = ["BLIND138", "SOURCES", "make_blind138"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_TRAC = ExaminerSource(
    source="trac_syracuse",
    filename="trac_syracuse_ej.csv",
    ref="T{yy:02d}-{seq:06d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Record ID",
        "event_date": "Apprehension Date",
        "sector": "Border Patrol Sector",
        "crime_type": "Offense Category",
        "exploitation": "Trafficking Type",
        "n_persons": "Number of Persons",
        "n_suspects": "Defendants Charged",
        "gender": "Gender",
        "age_group": "Age Group",
        "nationality": "Citizenship",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Apprehension Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Entry",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Charges",
    },
    note="Note: TRAC analysis of CBP/EOUSA records, FY figures provisional",
    total="TOTAL",
    bad_count=("MULTIPLE", "SEVERAL"),
    repeats=False,
)
_PFCA = ExaminerSource(
    source="pfca_panama",
    filename="pfca_panama_ej.xlsx",
    ref="PFCA-PA-{yy:02d}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de caso",
        "event_date": "Fecha del evento",
        "place": "Lugar / comunidad",
        "crime_type": "Tipo de delito",
        "exploitation": "Forma de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos facilitadores",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de desplazamiento",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos preliminares, sujetos a validación por las autoridades panameñas",
    total="TOTAL GENERAL",
    bad_count=("varios", "grupo numeroso"),
    repeats=True,
)
_PC = ExaminerSource(
    source="presse_canadienne",
    filename="presse_canadienne_ej.jsonl",
    ref="PC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "id_depeche",
        "event_date": "date_evenement",
        "place": "lieu",
        "crime_type": "infraction",
        "exploitation": "forme_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_suspects",
        "gender": "sexe",
        "age_group": "groupe_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "transit_countries": "pays_transit",
        "destination_country": "pays_destination",
        "detection_country": "pays_interception",
        "transport_mode": "moyen_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "infractions_connexes",
    },
    note=None,
    total="TOTAL",
    bad_count=("plusieurs", "des dizaines"),
    repeats=False,
)
_IRB = ExaminerSource(
    source="cisr_irb_recherche",
    filename="cisr_irb_recherche_ej.csv",
    ref="ZZZ{year}{seq:04d}.E",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "RIR / Incident No.",
        "event_date": "Date of incident",
        "crime_type": "Offence",
        "exploitation": "Form of exploitation",
        "n_persons": "Persons involved",
        "n_suspects": "Alleged facilitators",
        "gender": "Sex",
        "age_group": "Age",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Countries transited",
        "destination_country": "Intended destination",
        "detection_country": "Country where intercepted",
        "transport_mode": "Means of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Note: compiled from open sources; see the RIR for citations",
    total="Total",
    bad_count=("several", "dozens"),
    repeats=False,
)
_CIPC = ExaminerSource(
    source="cipc_veille",
    filename="cipc_veille_ej.csv",
    ref="CIPC/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "No fiche",
        "event_date": "Date de l'événement",
        "crime_type": "Type d'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre de suspects",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de détection",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "media": "Média",
    },
    note="Remarque : données de veille, non validées par les autorités",
    total="TOTAL",
    bad_count=("plusieurs", "une centaine"),
    repeats=True,
)

#: The five sources of the set, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (_TRAC, _PFCA, _PC, _IRB, _CIPC)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_EN = {k: v[1] for k, v in COUNTRIES.items()}
_FR = {k: v[2] for k, v in COUNTRIES.items()}
_ES = {k: v[3] for k, v in COUNTRIES.items()}
#: CBP / TRAC spelling (upper case, long forms).
_CBP = {
    "MEX": "MEXICO",
    "GTM": "GUATEMALA",
    "HND": "HONDURAS",
    "VEN": "VENEZUELA",
    "ECU": "ECUADOR",
    "USA": "UNITED STATES",
}
#: Québec / Government of Canada French names where they differ from France's.
_QC = {**_FR, "BLR": "Bélarus", "VNM": "Vietnam", "NGA": "Nigeria", "CIV": "Côte d'Ivoire"}
#: Spanish demonyms (feminine, agreeing with "nacionalidad").
_DEMONYM = {
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
}
#: English names the IRB desk also uses.
_IRB_ALIAS = {
    "TUR": "Turkey",
    "SYR": "Syrian Arab Republic",
    "RUS": "Russian Federation",
    "VNM": "Vietnam",
    "GBR": "UK",
    "BIH": "Bosnia-Herzegovina",
    "IRN": "Islamic Republic of Iran",
    "CIV": "Ivory Coast",
}
_NO_TYPO = frozenset({"NER", "NGA", "GIN", "GMB", "MLI", "IRN", "IRQ", "USA", "GBR"})

_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "trac_syracuse": {
        "smuggling": ("Alien Smuggling", "ALIEN SMUGGLING", "Alien Smuggling (8 USC 1324)"),
        "trafficking": ("Human Trafficking", "HUMAN TRAFFICKING"),
        "both": ("Alien Smuggling / Human Trafficking", "Smuggling & Trafficking"),
    },
    "pfca_panama": {
        "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes", "TIM"),
        "trafficking": ("Trata de personas", "trata de personas"),
        "both": ("Trata de personas y tráfico de migrantes", "Trata y tráfico"),
    },
    "presse_canadienne": {
        "smuggling": ("passage de clandestins", "trafic de migrants", "réseau de passeurs"),
        "trafficking": ("traite de personnes", "traite de personnes"),
        "both": ("traite de personnes et passage de clandestins",),
    },
    "cisr_irb_recherche": {
        "smuggling": ("Human smuggling", "Migrant smuggling", "Smuggling"),
        "trafficking": ("Human trafficking", "Trafficking in persons"),
        "both": ("Smuggling and trafficking", "Human smuggling / trafficking"),
    },
    "cipc_veille": {
        "smuggling": ("trafic illicite de migrants", "trafic de migrants", "TIM"),
        "trafficking": ("traite de personnes", "traite des personnes"),
        "both": ("traite et trafic", "traite de personnes / trafic de migrants"),
    },
}
#: Crime words of the Spanish-language items the ICPC watch copies (Darién).
_CIPC_ES_CRIME = {
    "smuggling": ("tráfico ilícito de migrantes",),
    "trafficking": ("trata de personas",),
    "both": ("trata y tráfico",),
}
_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "trac_syracuse": {
        "sexual": ("Sex trafficking", "Commercial sex"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "pfca_panama": {
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio o unión forzada",),
        "other": ("Otra",),
    },
    "presse_canadienne": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    "cisr_irb_recherche": {
        "sexual": ("Sexual exploitation", "Sex trafficking"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "cipc_veille": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("activités criminelles forcées",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
    },
}
#: What the source writes in the exploitation cell of a smuggling row.
_EXPL_NONE = {
    "trac_syracuse": (None,),
    "pfca_panama": ("No aplica", "No aplica", None),
    "presse_canadienne": (None,),
    "cisr_irb_recherche": (None, "N/A"),
    "cipc_veille": (None, "sans objet"),
}
#: What the source writes when the form of exploitation is not known.
_EXPL_UNKNOWN = {
    "trac_syracuse": ("Unknown",),
    "pfca_panama": ("Sin determinar", "s/d"),
    "presse_canadienne": ("non précisée",),
    "cisr_irb_recherche": ("Not specified",),
    "cipc_veille": ("non précisée", "N/C"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "trac_syracuse": {"male": ("M",), "female": ("F",), "mixed": ("M/F",)},
    "pfca_panama": {
        "male": ("Masculino", "Hombres"),
        "female": ("Femenino", "Mujeres"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    "presse_canadienne": {
        "male": ("hommes",),
        "female": ("femmes",),
        "mixed": ("mixte", "hommes et femmes"),
    },
    "cisr_irb_recherche": {
        "male": ("Male", "Men"),
        "female": ("Female", "Women"),
        "mixed": ("Mixed", "Men and women"),
    },
    "cipc_veille": {
        "male": ("H", "masculin"),
        "female": ("F", "féminin"),
        "mixed": ("mixte", "H/F"),
    },
}
#: One person: the singular words.
_GENDER_ONE = {
    "presse_canadienne": {"male": "homme", "female": "femme"},
    "pfca_panama": {"male": "Hombre", "female": "Mujer"},
}
_GENDER_UNKNOWN = {
    "trac_syracuse": ("U",),
    "pfca_panama": ("s/d",),
    "presse_canadienne": ("non précisé",),
    "cisr_irb_recherche": ("Not stated",),
    "cipc_veille": ("N/C",),
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "trac_syracuse": {
        "adult": ("Adult",),
        "child": ("Juvenile", "UAC"),
        "mixed": ("Family Unit", "Adult/Juvenile"),
    },
    "pfca_panama": {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    "presse_canadienne": {
        "adult": ("adultes",),
        "child": ("mineurs", "enfants"),
        "mixed": ("adultes et mineurs", "adultes et enfants"),
    },
    "cisr_irb_recherche": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Unaccompanied minors"),
        "mixed": ("Adults and minors", "Mixed"),
    },
    "cipc_veille": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs",),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
}
_AGE_UNKNOWN = {
    "trac_syracuse": ("UNK",),
    "pfca_panama": ("s/d", "Sin dato"),
    "presse_canadienne": ("non précisé",),
    "cisr_irb_recherche": ("Not stated",),
    "cipc_veille": ("N/C", "inconnu"),
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "trac_syracuse": {
        "land": ("On foot", "Vehicle", "Tractor-trailer"),
        "sea": ("Maritime",),
        "air": ("Air",),
    },
    "pfca_panama": {
        "land": ("A pie", "Terrestre", "Caminando por la selva"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    "presse_canadienne": {
        "sea": ("embarcation de fortune", "petit bateau", "bateau pneumatique"),
        "land": ("camion", "poids lourd", "à pied"),
        "air": ("avion", "vol commercial"),
    },
    "cisr_irb_recherche": {
        "sea": ("Sea", "Boat", "Dinghy"),
        "land": ("Land", "Truck", "On foot"),
        "air": ("Air", "Flight"),
    },
    "cipc_veille": {
        "sea": ("maritime", "embarcation", "patera", "cayuco"),
        "land": ("terrestre", "camion", "à pied"),
        "air": ("aérien", "avion"),
    },
}
#: Spanish boat words the ICPC watch keeps for arrivals in Spain only.
_SPANISH_BOATS = frozenset({"patera", "cayuco"})
_MODE_UNKNOWN = {
    "trac_syracuse": ("UNK",),
    "pfca_panama": ("s/d",),
    "presse_canadienne": ("non précisé",),
    "cisr_irb_recherche": ("Not stated",),
    "cipc_veille": ("N/C",),
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "trac_syracuse": {
        "document_fraud": ("Visa/document fraud", "False documents"),
        "corruption": ("Bribery of public official",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drug smuggling", "Narcotics"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "pfca_panama": {
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Corrupción", "Cohecho"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Narcotráfico", "Contrabando"),
        "cybercrime": ("Ciberdelito",),
        "terrorism": ("Terrorismo",),
    },
    "presse_canadienne": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": (
            "recyclage des produits de la criminalité",
            "blanchiment d'argent",
        ),
        "illicit_goods": ("stupéfiants",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "cisr_irb_recherche": {
        "document_fraud": ("Document fraud", "Fraudulent documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Laundering proceeds of crime", "Money laundering"),
        "illicit_goods": ("Drug trafficking", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "cipc_veille": {
        "document_fraud": ("fraude documentaire", "faux papiers"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
}
_OFFENCE_SEP = {
    "trac_syracuse": "; ",
    "pfca_panama": ", ",
    "presse_canadienne": ", ",
    "cisr_irb_recherche": "; ",
    "cipc_veille": " / ",
}
_TRANSIT_SEP = {
    "trac_syracuse": ", ",
    "pfca_panama": " - ",
    "cisr_irb_recherche": "; ",
    "cipc_veille": " / ",
}
#: A count (or suspects count) not known.
_COUNT_UNKNOWN = {
    "trac_syracuse": ("UNK",),
    "pfca_panama": ("s/d", "Sin dato"),
    "presse_canadienne": ("n.d.",),
    "cisr_irb_recherche": ("Not stated", "Unknown"),
    "cipc_veille": ("N/C", "inconnu"),
}
_ZERO = {
    "trac_syracuse": ("None", "NONE"),
    "pfca_panama": ("ninguno", "Ninguno"),
    "presse_canadienne": ("aucun",),
    "cisr_irb_recherche": ("none", "None reported"),
    "cipc_veille": ("aucun", "néant"),
}
_SECTOR = {
    "Nogales (Sonora/Arizona)": "Tucson",
    "Sasabe": "Tucson",
    "El Paso": "El Paso",
    "Rio Grande Valley": "Rio Grande Valley",
}
_LUGAR = {
    "Darién gap": "Tapón del Darién",
    "Bajo Chiquito": "Bajo Chiquito",
    "Lajas Blancas": "Lajas Blancas",
    "Nogales (Sonora/Arizona)": "Nogales, Arizona",
    "Sasabe": "Sasabe, Arizona",
    "El Paso": "El Paso, Texas",
    "Rio Grande Valley": "Valle del Río Grande, Texas",
}
_LIEU = {
    "Dunkirk/Gravelines": "Gravelines",
    "Dover": "Douvres",
    "London": "Londres",
    "Evros": "Évros",
    "Cetingrad (BIH–HRV border)": "Cetingrad",
    "Bajakovo (SRB–HRV border)": "Bajakovo",
    "Gran Canaria": "Grande Canarie",
    "Almería (El Ejido)": "El Ejido",
    "Latina (Agro Pontino)": "Latina",
}
_MEDIA = {
    "ITA": ("ANSA", "Agence France-Presse", "La Repubblica"),
    "ESP": ("EFE", "Europa Press", "El País"),
    "PAN": ("La Prensa (Panamá)", "EFE", "TVN Noticias"),
}
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _typo(text: str, rng: _Rng) -> str:
    """Swap two neighbouring inner letters (``Croatie`` -> ``Croaite``)."""
    spots = [i for i in range(1, len(text) - 2) if text[i].isalpha() and text[i + 1].isalpha()]
    spots = [i for i in spots if text[i] != text[i + 1]]
    if not spots:
        return text
    i = spots[int(rng.integers(len(spots)))]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _country(src: ExaminerSource, iso: str, col: str, rng: _Rng) -> tuple[str, list[str]]:
    """Write one country the source's way; return (cell, tags)."""
    name = src.source
    r = float(rng.random())
    tag = f"{{}}:{col}"
    if name == "trac_syracuse":
        if col == "detection_country":
            return choice(rng, ("UNITED STATES", "USA", "US")), []
        text = _CBP.get(iso, _EN[iso].upper())
        if r < 0.03 and iso not in _NO_TYPO:
            return _typo(text, rng), [tag.format("typo")]
        return text, []
    if name == "pfca_panama":
        if col == "nationality" and iso in _DEMONYM:
            word = _DEMONYM[iso]
            return (word.capitalize() if r < 0.5 else word), [tag.format("demonym")]
        if col == "destination_country" and iso == "USA" and r < 0.4:
            return choice(rng, ("EE.UU.", "EEUU")), [tag.format("alias")]
        if r < 0.06:
            return iso, [tag.format("iso3")]
        return _ES[iso], []
    if name == "presse_canadienne":
        if iso == "GBR" and col in ("destination_country", "detection_country") and r < 0.25:
            return "Angleterre", [tag.format("alias")]
        return _QC[iso], []
    if name == "cisr_irb_recherche":
        if r < 0.06:  # a francophone analyst of the bilingual desk
            return _FR[iso], [tag.format("french")]
        if r < 0.16 and iso in _IRB_ALIAS:
            return _IRB_ALIAS[iso], [tag.format("alias")]
        if r < 0.18 and iso not in _NO_TYPO:
            return COUNTRIES[iso][5], [tag.format("typo")]
        return _EN[iso], []
    # cipc_veille
    text = _FR[iso]
    if r < 0.07:
        return iso_codes(iso)[0], [tag.format("iso2")]
    if r < 0.15:
        garbled = mojibake(text)
        if garbled is not None:
            return garbled, [tag.format("mojibake")]
    if r < 0.18 and iso not in _NO_TYPO:
        return _typo(text, rng), [tag.format("typo")]
    if r < 0.22:
        return text.upper(), [tag.format("case")]
    if r < 0.25:
        return f"{text} ", [tag.format("space")]
    return text, []


def _long_date(src: ExaminerSource, ts: pd.Timestamp) -> str:
    if src.language == "fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
    if src.language == "es":
        return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    name = src.source
    r = float(rng.random())
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    if name == "trac_syracuse":
        if r < 0.15:  # the CBP timestamp kept
            stamp = f"{ts.day_of_year % 24:02d}:{(ts.day * 7) % 60:02d}"
            return f"{ts:%m/%d/%Y} {stamp}", ts, "day", ["us_date", "datetime"]
        return f"{ts:%m/%d/%Y}", ts, "day", ["us_date"]
    if name == "pfca_panama":
        if partial_ok and r < 0.03:
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.18:
            return f"{ts:%d/%m/%Y}", ts, "day", ["text_date"]
        return ts.to_pydatetime(), ts, "day", ["excel_date"]
    if name == "presse_canadienne":
        if partial_ok and r < 0.03:
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if r < 0.2:
            return _long_date(src, ts), ts, "day", ["long_date"]
        if r < 0.35:
            hour = 6 + ts.day_of_year % 15
            return f"{ts:%Y-%m-%d}T{hour:02d}:{ts.day % 60:02d}:00-04:00", ts, "day", ["tz"]
        return f"{ts:%Y-%m-%d}", ts, "day", []
    if name == "cisr_irb_recherche":
        if partial_ok and r < 0.06:
            return f"{MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
        if partial_ok and r < 0.1:
            return f"Q{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
        return _long_date(src, ts), ts, "day", ["long_date"]
    # cipc_veille
    if partial_ok and r < 0.03:
        return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", month, "month", ["partial_date"]
    if partial_ok and r < 0.06:
        return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["partial_date"]
    if r < 0.12:
        return f"{ts:%d-%m-%Y}", ts, "day", []
    return f"{ts:%d/%m/%Y}", ts, "day", []


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date a careful analyst cannot use: none, impossible or in the future."""
    if kind == "no_date":
        return None
    name = src.source
    if kind == "bad_date":
        return {
            "trac_syracuse": f"02/30/{ts.year}",
            "pfca_panama": f"31/02/{ts.year}",
            "presse_canadienne": f"{ts.year}-02-30",
            "cisr_irb_recherche": f"30 February {ts.year}",
            "cipc_veille": f"31/02/{ts.year}",
        }[name]
    future = ts.replace(year=ts.year + 10)  # a 2 typed as a 3
    if name == "pfca_panama":
        return future.to_pydatetime()
    cell, _, _, _ = _date(src, future, rng, False)
    return cell


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    return {
        "trac_syracuse": f"{day:%m/%d/%Y}",
        "pfca_panama": day.to_pydatetime(),
        "presse_canadienne": f"{day:%Y-%m-%d}",
        "cisr_irb_recherche": _long_date(src, day),
        "cipc_veille": f"{day:%d/%m/%Y}",
    }[src.source]


def _count(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a count of persons; return (cell, tags)."""
    name = src.source
    if n >= 1000:
        if name == "trac_syracuse" or (name == "cisr_irb_recherche" and rng.random() < 0.7):
            return f"{n:,}", ["thousands:n_persons"]
        if name == "cipc_veille":
            sep = choice(rng, (" ", "\u00a0"))
            return f"{n // 1000}{sep}{n % 1000:03d}", ["thousands:n_persons"]
        if name == "pfca_panama" and rng.random() < 0.4:
            return f"{n // 1000}.{n % 1000:03d}", ["thousands:n_persons"]
    if src.format == "csv":
        return str(n), []
    return n, []


def _dms(value: float, pos: str, neg: str) -> str:
    total = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(total, 36000)
    minutes, tenths = divmod(rest, 600)
    return f"{deg}°{minutes:02d}'{tenths / 10:04.1f}\"{pos if value >= 0 else neg}"


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[_Cells, float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, lon, tags)."""
    name = src.source
    r = float(rng.random())
    if r < 0.04:  # not recorded
        word = {"pfca_panama": "s/d", "cisr_irb_recherche": "n/a"}.get(name)
        if word is not None and r < 0.02:
            cell: _Cells = {"coordinates": word}
            return cell, None, None, ["coords_placeholder"]
        return {}, None, None, ["coords_missing"]
    if name == "trac_syracuse":
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, round(lat, 4), round(lon, 4), []
    if name == "pfca_panama":
        if r < 0.25:  # pasted from a map application
            cell = {"coordinates": f"{lat:.5f}, {lon:.5f}"}
            return cell, round(lat, 5), round(lon, 5), []
        text = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
        return {"coordinates": text}, lat, lon, ["dms_coordinates"]
    if name == "presse_canadienne":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if name == "cisr_irb_recherche":
        return {"coordinates": f"{lat:.4f}, {lon:.4f}"}, round(lat, 4), round(lon, 4), []
    comma: _Cells = {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    return comma, round(lat, 5), round(lon, 5), ["decimal_comma"]


def _words(src: ExaminerSource, codes: str, rng: _Rng) -> str:
    """Write ``|``-joined linked offences with the source's words and separator."""
    table = _OFFENCES[src.source]
    return _OFFENCE_SEP[src.source].join(choice(rng, table[c]) for c in codes.split("|"))


def _transit(src: ExaminerSource, codes: str | None, rng: _Rng) -> tuple[object, list[str]]:
    """Write the transit countries in order; return (cell, tags)."""
    name = src.source
    if codes is None:
        if name == "cisr_irb_recherche" and rng.random() < 0.5:
            return "Direct", ["transit_none_word"]
        if name == "cipc_veille" and rng.random() < 0.3:
            return "aucun", ["transit_none_word"]
        return None, []
    tags: list[str] = []
    parts: list[str] = []
    for iso in codes.split("|"):
        text, t = _country(src, iso, "transit_countries", rng)
        parts.append(text.strip())
        tags += t
    if name == "presse_canadienne":
        return parts, ["json_list"]
    return _TRANSIT_SEP[name].join(parts), tags


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, tags)."""
    name = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: _Cells = {}
    exp: _Cells = {}
    tags: list[str] = []

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    words = _CRIME[name][crime]
    if name == "cipc_veille" and ev["detection_country"] == "PAN" and rng.random() < 0.5:
        words = _CIPC_ES_CRIME[crime]
        tags.append("spanish_words")
    cells["crime_type"] = choice(rng, words)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        none = _EXPL_NONE[name]
        cells["exploitation"] = none[int(rng.integers(len(none)))]
        exp["exploitation"] = None if crime == "smuggling" else "unknown"
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, _EXPL_UNKNOWN[name])
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = choice(rng, _EXPL[name][str(expl)])
        exp["exploitation"] = str(expl)

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.012:
        cells["n_persons"] = choice(rng, _COUNT_UNKNOWN[name])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tags += t

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = float(rng.random())
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.02:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _COUNT_UNKNOWN[name]), None
        tags.append("suspects_placeholder")
    elif r < 0.05 and name in ("presse_canadienne", "cisr_irb_recherche", "cipc_veille"):
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif k == 0 and r < 0.45:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _ZERO[name]), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)
        exp["n_suspects"] = k

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    elif rng.random() < 0.02:
        cells["gender"] = choice(rng, _GENDER_UNKNOWN[name])
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        one = _GENDER_ONE.get(name, {})
        if n == 1 and gender in one:
            cells["gender"] = one[gender]
        else:
            cells["gender"] = choice(rng, _GENDER[name][gender])
        exp["gender"] = gender

    for col, table, unknown in (
        ("age_group", _AGE, _AGE_UNKNOWN),
        ("transport_mode", _MODE, _MODE_UNKNOWN),
    ):
        value = str(ev[col])
        if rng.random() < 0.025:
            cells[col] = choice(rng, unknown[name])
            exp[col] = "unknown"
            tags.append("na_word")
        else:
            options = table[name][value]
            if name == "cipc_veille" and ev["detection_country"] != "ESP":
                options = tuple(w for w in options if w not in _SPANISH_BOATS)
            cells[col] = choice(rng, options)
            exp[col] = value

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        r = float(rng.random())
        if iso is None:
            cells[col], exp[col] = None, None
        elif forced_blank == col:
            cells[col], exp[col] = None, None
            tags.append(f"blank_{col}")
        elif col in ("nationality", "origin_country") and r < 0.025:
            word = _COUNT_UNKNOWN[name][0] if r < 0.012 else None
            cells[col], exp[col] = word, None
            tags.append(f"blank_{col}")
        else:
            cells[col], t = _country(src, str(iso), col, rng)
            exp[col] = iso
            tags += t

    transit = ev["transit_countries"]
    cells["transit_countries"], t = _transit(src, None if transit is None else str(transit), rng)
    exp["transit_countries"] = transit
    tags += t

    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        where, exp["lat"], exp["lon"], t = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(where)
        tags += t

    offences = ev["linked_offences"]
    cells["linked_offences"] = None if offences is None else _words(src, str(offences), rng)
    exp["linked_offences"] = offences

    hotspot = str(ev["hotspot"])
    if name == "trac_syracuse":
        cells["sector"] = _SECTOR.get(hotspot, hotspot)
    elif name == "pfca_panama":
        cells["place"] = _LUGAR.get(hotspot, hotspot)
    elif name == "presse_canadienne":
        cells["place"] = _LIEU.get(hotspot, hotspot)
    elif name == "cipc_veille":
        cells["media"] = choice(rng, _MEDIA.get(str(ev["detection_country"]), ("AFP",)))
    return cells, exp, tags


#: Detection country -> the agency that first reports its events.
_PRIMARY: Mapping[str, str] = {
    "USA": "trac_syracuse",
    "PAN": "pfca_panama",
    "FRA": "presse_canadienne",
    "GBR": "presse_canadienne",
    "GRC": "cisr_irb_recherche",
    "HRV": "cisr_irb_recherche",
    "POL": "cisr_irb_recherche",
}
#: (corridor, detection country) -> the agency that may report the event a second time.
_SECONDARY: Mapping[tuple[str, str], str] = {
    ("us_mex", "USA"): "pfca_panama",
    ("darien", "PAN"): "cipc_veille",
    ("channel", "FRA"): "cisr_irb_recherche",
    ("channel", "GBR"): "cisr_irb_recherche",
    ("thb_vnm_gbr", "GBR"): "cisr_irb_recherche",
    ("cmed", "ITA"): "cisr_irb_recherche",
    ("thb_nga_ita", "ITA"): "cisr_irb_recherche",
    ("emed", "GRC"): "presse_canadienne",
    ("wbal", "HRV"): "presse_canadienne",
    ("blr_pol", "POL"): "presse_canadienne",
    ("watl", "ESP"): "presse_canadienne",
    ("wmed", "ESP"): "presse_canadienne",
    ("thb_rou_esp", "ESP"): "presse_canadienne",
    ("thb_rou_esp", "ITA"): "presse_canadienne",
}

#: The variant: sources, routing and the way each agency writes a cell.
BLIND138: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation="cipc_veille",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=138,
    blank_share=0.35,
)


def make_blind138(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five North American desks of ``blind138`` would.

    TRAC Immigration (Syracuse, US–Mexico border, English CSV), Global Affairs
    Canada's anti-crime programme in Panama (Darién, Spanish XLSX), La Presse
    Canadienne (Channel and United Kingdom, Québec French JSON lines), the IRB
    Research Directorate (Eastern Mediterranean, Balkans, Belarus–Poland; English
    UTF-16 tab-delimited text) and the ICPC press watch in Montréal (every other
    event, French cp1252 CSV). About 4 % of the events are reported a second time by
    another desk, a few rows are re-sent unchanged, and bad rows of every quarantine
    reason are planted; the truth says what a careful analyst reads from each cell.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``trac_syracuse_ej.csv``, ``pfca_panama_ej.xlsx``,
        ``presse_canadienne_ej.jsonl``, ``cisr_irb_recherche_ej.csv`` and
        ``cipc_veille_ej.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind138(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['trac_syracuse_ej.csv', 'pfca_panama_ej.xlsx', 'presse_canadienne_ej.jsonl',
     'cisr_irb_recherche_ej.csv', 'cipc_veille_ej.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'utf-8', 'utf-16', 'cp1252']
    >>> subs[0].frame.columns[:3].tolist()
    ['Record ID', 'Apprehension Date', 'Border Patrol Sector']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND138, truth, seed=seed)
