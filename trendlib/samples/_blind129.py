"""Examiner variant ``blind129``: five Horn-of-Africa and Nile-route desks (files ``*_ea.*``).

Five agencies of the Horn of Africa, the Nile and Red Sea routes send what they hold on
the events the truth draws, each in its own working language and export tool:

``sudan_ncb_khartoum`` (``sudan_ncb_khartoum_ea.xlsx``)
    Sudan Police Force, Interpol National Central Bureau Khartoum, anti-trafficking and
    smuggling desk. English register of the Combating of Human Trafficking Act; real
    Excel dates beside typed ones, demonyms for nationality ("Eritrean"), "Nil" accused,
    GPS as one "lat, long" cell, transit countries joined by `` - ``. Reports the events
    detected in Italy (Sudan-Libya-Central Mediterranean crossings).
``somalia_cid_hts`` (``somalia_cid_hts_ea.csv``)
    Somali Police Force, Criminal Investigation Department, human trafficking and
    smuggling unit (Mogadishu). Saved from Excel as "Unicode Text": UTF-16 with BOM,
    tab-delimited. "17 May 2023" dates, counts in words for small groups, "1,204",
    country names often in capitals. Reports the events detected in Greece, Croatia and
    Poland (Somali nationals on the Turkey, Balkan and Belarus routes), re-sends a few rows.
``bcn_djibouti`` (``bcn_djibouti_ea.csv``)
    Police nationale de Djibouti, Bureau central national Interpol. French, cp1252, ``;``;
    "17/05/2023" and "17 mai 2023", "T2 2023" quarters, "1 204" counts, "néant" suspects,
    GPS "50,9512 / 1,8534", some rows pasted from a UTF-8 extraction (mojibake). Reports
    the events detected in France (Horn nationals at the Channel), re-sends a few rows.
``egipto_agregaduria_madrid`` (``egipto_agregaduria_madrid_ea.csv``)
    Interior attaché's office of the Embassy of Egypt in Madrid. Spanish with English
    words slipped in by the attaché, UTF-8 with BOM, ``;``; Excel serial numbers where the
    date format was lost, "1.204", decimal commas. Reports the events detected in Spain.
``igad_ssp_toc`` (``igad_ssp_toc_ea.jsonl``)
    IGAD Security Sector Program, transnational organised crime pillar: the regional
    compilation of member-state returns, JSON lines. ISO alpha-3 (sometimes alpha-2)
    nationalities, UN M49 numeric codes for the detecting country, ISO dates or only
    "2023-05" / "Q2 2023". Reports every event no other desk reports.

Second reports (cross-source duplicates) come from the compilation (Central Mediterranean,
Channel, Aegean and Belarus events), from the Djiboutian desk (Dover landings) and from the
Somali CID (Darién crossings). The truth expects what a careful analyst reads in each cell.
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
    iso_codes,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["AGENCIES", "BLIND129", "Agency", "make_blind129"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries as these desks write them
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish, English demonym)
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian"),
    "CHN": ("China", "Chine", "China", "Chinese"),
    "CIV": ("Cote d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Ivorian"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean"),
    "ESP": ("Spain", "Espagne", "España", "Spanish"),
    "FRA": ("France", "France", "Francia", "French"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean"),
    "GMB": ("Gambia", "Gambie", "Gambia", "Gambian"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi"),
    "ITA": ("Italy", "Italie", "Italia", "Italian"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedonian"),
    "MLI": ("Mali", "Mali", "Malí", "Malian"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian"),
    "TUR": ("Turkey", "Turquie", "Turquía", "Turkish"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "American"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "Vietnamese"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni"),
}
_LANG_COL = {"en": 0, "fr": 1, "es": 2}
# Other names in use for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "CIV": ("Ivory Coast",),
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "U.S.A."),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "GIN": ("Guinea Conakry",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "MKD": ("Macedonia",),
        "ROU": ("Rumania",),
        "CMR": ("Cameroun",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne", "Angleterre"),
        "USA": ("USA",),
        "GIN": ("Guinée-Conakry",),
        "VNM": ("Vietnam",),
        "BLR": ("Bélarus",),
        "TUR": ("Türkiye",),
    },
    "es": {
        "GBR": ("Gran Bretaña",),
        "USA": ("EE. UU.", "EEUU"),
        "TUR": ("Türkiye",),
        "GIN": ("Guinea Conakry",),
    },
}
# Slips of the keyboard seen in these desks' files, by language (readable as the country).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "ERI": "Eritria",
        "LBY": "Lybia",
        "EGY": "Egpyt",
        "AFG": "Afganistan",
        "BGD": "Bangaldesh",
        "TUN": "Tunisa",
        "PAK": "Pakisthan",
        "SYR": "Syira",
        "ITA": "Itlay",
        "GRC": "Greace",
        "TUR": "Turky",
        "VEN": "Venezuala",
        "ALB": "Albenia",
        "DZA": "Algiria",
        "MAR": "Morroco",
        "BGR": "Bulgeria",
        "SRB": "Serbai",
    },
    "fr": {
        "LBY": "Lybie",
        "AFG": "Afganistan",
        "ERI": "Erythrée",
        "GBR": "Royaume Uni",
        "USA": "Etats-Unis",
        "EGY": "Egypte",
        "TUN": "Tunisi",
        "DEU": "Allemagne.",
    },
    "es": {
        "MAR": "Marrueco",
        "DZA": "Argelía",
        "SEN": "Senegál",
        "ROU": "Rumania",
        "MLI": "Mali",
        "GIN": "Guniea",
        "CIV": "Costa Marfil",
    },
}
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _strip_accents(text: str) -> str:
    """Return ``text`` without its accents, as typed on a keyboard without them."""
    parts = unicodedata.normalize("NFKD", text)
    return "".join(c for c in parts if not unicodedata.combining(c))


def _draw(rng: _Rng, probs: dict[str, float]) -> str:
    """Draw one key of ``probs`` with its weight."""
    keys = list(probs)
    w = np.array(list(probs.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _country(code: str, lang: str, style: str, rng: _Rng, tags: list[str]) -> str:
    """Write one ISO alpha-3 country the way ``style`` says; record the style's tag."""
    name = _NAMES[code][_LANG_COL[lang]]
    if style == "upper":
        tags.append("upper")
        return name.upper()
    if style == "lower":
        tags.append("lower")
        return name.lower()
    if style == "iso3":
        tags.append("iso3")
        return code
    if style == "iso2":
        tags.append("iso2")
        return iso_codes(code)[0]
    if style == "m49":
        tags.append("m49")
        return iso_codes(code)[1]
    if style == "demonym":
        tags.append("demonym")
        return _NAMES[code][3]
    if style == "english":  # a liaison officer's own second language
        tags.append("mixed_language")
        return _NAMES[code][0]
    if style == "alias" and code in _ALIASES[lang]:
        tags.append("alias")
        return choice(rng, _ALIASES[lang][code])
    if style == "typo" and code in _TYPOS[lang]:
        tags.append("typo")
        return _TYPOS[lang][code]
    if style == "no_accent" and _strip_accents(name) != name:
        tags.append("no_accent")
        return _strip_accents(name)
    if style == "padded":
        tags.append("spacing")
        return f" {name}  "
    return name


# --------------------------------------------------------------------------------------
# The agencies
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One desk of the ``blind129`` set: the shared source fields plus its own wording.

    Attributes
    ----------
    crime, exploitation, gender, age, transport, offences : dict
        Canonical word -> the words the desk writes for it.
    smuggling_expl : tuple of str or None
        What the desk writes as the form of exploitation of a pure smuggling case.
    na_words : tuple of str
        "Not stated" words written for an unknown age group or transport mode.
    count_unknown : tuple of str
        Words written when the number of persons is not known.
    zero_words : tuple of str
        Words written for no suspect.
    no_transit : tuple of str or None
        What is written when the route had no transit country.
    transit_sep, offence_sep : str
        Separators of the transit countries and of the linked offences.
    dates : dict
        Date style -> weight, for a full date.
    partial : dict
        Partial date style (``"month"``, ``"quarter"``) -> probability of a row.
    nationality, place, detection : dict
        Country style -> weight, for nationality, other countries and the detecting one.
    """

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    smuggling_expl: tuple[str | None, ...]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    na_words: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    no_transit: tuple[str | None, ...]
    transit_sep: str
    offence_sep: str
    dates: dict[str, float]
    partial: dict[str, float]
    nationality: dict[str, float]
    place: dict[str, float]
    detection: dict[str, float]


_EN_EXPL = {
    "sexual": ("Sexual Exploitation", "Sexual exploitation", "Prostitution"),
    "forced_labour": ("Forced Labour", "Labour Exploitation", "Forced labour"),
    "forced_criminality": ("Forced Criminal Activities", "Forced criminality"),
    "organ_removal": ("Organ Removal", "Removal of organs"),
    "forced_marriage": ("Forced Marriage",),
    "other": ("Other", "Other forms"),
}

SUDAN = Agency(
    source="sudan_ncb_khartoum",
    filename="sudan_ncb_khartoum_ea.xlsx",
    ref="NCB-KRT/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Ref. No.",
        "event_date": "Date of Incident",
        "crime_type": "Type of Crime",
        "exploitation": "Purpose of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Accused",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "coordinates": "GPS (Lat, Long)",
        "linked_offences": "Related Offences",
    },
    note="Prepared by NCB Khartoum (AHT Desk). Figures subject to verification.",
    total="GRAND TOTAL",
    bad_count=("several", "a group", "many"),
    repeats=False,
    crime={
        "trafficking": ("Human Trafficking", "Trafficking in Persons", "TIP"),
        "smuggling": ("Smuggling of Migrants", "Migrant Smuggling"),
        "both": ("Trafficking & Smuggling", "Trafficking and Smuggling"),
    },
    exploitation=_EN_EXPL,
    smuggling_expl=("N/A", None, None),
    gender={
        "male": ("Male", "Males", "M"),
        "female": ("Female", "Females", "F"),
        "mixed": ("Male & Female", "Mixed"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "Child"),
        "mixed": ("Adults & Minors", "Mixed"),
    },
    transport={
        "sea": ("By Sea", "Boat", "Sea"),
        "land": ("By Land", "Vehicle", "Overland"),
        "air": ("By Air", "Flight"),
    },
    offences={
        "document_fraud": ("Forgery of Documents", "Forged Documents"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money Laundering",),
        "illicit_goods": ("Drugs", "Contraband"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    na_words=("Not stated", "N/A"),
    count_unknown=("Not known", "Unknown"),
    zero_words=("Nil",),
    no_transit=(None, None, "Direct"),
    transit_sep=" - ",
    offence_sep=", ",
    dates={"excel": 0.72, "dmy": 0.18, "d-Mon-Y": 0.10},
    partial={"month": 0.04},
    nationality={"demonym": 0.55, "name": 0.3, "typo": 0.05, "upper": 0.05, "alias": 0.05},
    place={"name": 0.8, "upper": 0.08, "typo": 0.06, "alias": 0.06},
    detection={"name": 0.9, "upper": 0.1},
)

SOMALIA = Agency(
    source="somalia_cid_hts",
    filename="somalia_cid_hts_ea.csv",
    ref="SPF/CID/HTS/{seq:03d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of Interception",
        "crime_type": "Offence Type",
        "exploitation": "Type of Exploitation",
        "n_persons": "Persons",
        "n_suspects": "Suspects Arrested",
        "gender": "Gender",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination",
        "detection_country": "Intercepted In",
        "transit_countries": "Transit Route",
        "transport_mode": "Means of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Other Offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "a boatload", "many"),
    repeats=True,
    crime={
        "trafficking": ("Human trafficking", "Trafficking"),
        "smuggling": ("Human smuggling", "Smuggling"),
        "both": ("Trafficking and smuggling",),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    smuggling_expl=(None, "Not applicable"),
    gender={
        "male": ("Male", "Men"),
        "female": ("Female", "Women"),
        "mixed": ("Male and female", "Mixed"),
    },
    age={
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Under 18"),
        "mixed": ("Adult and minor", "Mixed ages"),
    },
    transport={
        "sea": ("Boat", "Sea"),
        "land": ("Road", "Vehicle", "On foot"),
        "air": ("Flight", "Air"),
    },
    offences={
        "document_fraud": ("Fake documents", "Document fraud"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Drugs", "Contraband goods"),
        "cybercrime": ("Cyber crime",),
        "terrorism": ("Terrorism",),
    },
    na_words=("Not recorded",),
    count_unknown=("Unknown",),
    zero_words=("nil",),
    no_transit=(None,),
    transit_sep=", ",
    offence_sep="; ",
    dates={"d Month Y": 0.6, "dmy": 0.4},
    partial={},
    nationality={"name": 0.45, "demonym": 0.3, "upper": 0.2, "typo": 0.05},
    place={"name": 0.7, "upper": 0.22, "typo": 0.05, "alias": 0.03},
    detection={"name": 0.65, "upper": 0.35},
)

DJIBOUTI = Agency(
    source="bcn_djibouti",
    filename="bcn_djibouti_ea.csv",
    ref="BCN-DJ/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Nature de l'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interpellation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS (lat / long)",
        "linked_offences": "Infractions connexes",
    },
    note="Source : BCN Djibouti - extraction provisoire, données à consolider",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=True,
    crime={
        "trafficking": ("traite des personnes", "Traite des personnes", "TDP"),
        "smuggling": ("trafic illicite de migrants", "trafic de migrants"),
        "both": ("traite et trafic de migrants", "TDP / trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    smuggling_expl=("sans objet", None),
    gender={
        "male": ("masculin", "hommes"),
        "female": ("féminin", "femmes"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adulte"),
        "child": ("mineurs", "mineur"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    transport={
        "sea": ("maritime", "embarcation", "bateau pneumatique"),
        "land": ("terrestre", "camion", "voie routière"),
        "air": ("aérien", "avion"),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    na_words=("non renseigné",),
    count_unknown=("N/C", "inconnu"),
    zero_words=("néant",),
    no_transit=(None, "aucun"),
    transit_sep=", ",
    offence_sep=" + ",
    dates={"dmy": 0.75, "dmy2": 0.1, "d mois Y": 0.15},
    partial={"quarter": 0.04, "month": 0.03},
    nationality={"name": 0.75, "upper": 0.1, "no_accent": 0.07, "iso2": 0.04, "typo": 0.04},
    place={"name": 0.78, "upper": 0.08, "no_accent": 0.07, "typo": 0.04, "alias": 0.03},
    detection={"name": 0.85, "upper": 0.1, "iso2": 0.05},
)

EGYPT = Agency(
    source="egipto_agregaduria_madrid",
    filename="egipto_agregaduria_madrid_ea.csv",
    ref="AGR-EG/{seq:04d}/{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Ref.",
        "event_date": "Fecha",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "Procedencia",
        "destination_country": "Destino",
        "detection_country": "País de detección",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de confirmación",
    total="TOTAL",
    bad_count=("varios", "numerosos", "grupo"),
    repeats=False,
    crime={
        "trafficking": ("trata de seres humanos", "trata", "Human trafficking"),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes", "Smuggling"),
        "both": ("trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual", "Sexual exploitation"),
        "forced_labour": ("explotación laboral", "trabajos forzados"),
        "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otra", "otras formas"),
    },
    smuggling_expl=("-", None, None),
    gender={
        "male": ("hombres", "varón"),
        "female": ("mujeres", "mujer"),
        "mixed": ("mixto", "ambos sexos"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "menor"),
        "mixed": ("adultos y menores", "mixto"),
    },
    transport={
        "sea": ("marítimo", "patera", "cayuco"),
        "land": ("terrestre", "a pie", "vehículo"),
        "air": ("aéreo", "avión"),
    },
    offences={
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas", "contrabando"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    na_words=("s/d",),
    count_unknown=("s/d", "desconocido"),
    zero_words=("ninguno",),
    no_transit=(None, "directo"),
    transit_sep=" / ",
    offence_sep=", ",
    dates={"dmy": 0.7, "d-m-Y": 0.15, "serial": 0.15},
    partial={"month": 0.03},
    nationality={"name": 0.7, "upper": 0.08, "iso3": 0.1, "english": 0.08, "typo": 0.04},
    place={"name": 0.78, "iso3": 0.08, "english": 0.06, "typo": 0.04, "padded": 0.04},
    detection={"name": 0.8, "iso3": 0.15, "upper": 0.05},
)

IGAD = Agency(
    source="igad_ssp_toc",
    filename="igad_ssp_toc_ea.jsonl",
    ref="IGAD-TOC-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident_ref",
        "event_date": "incident_date",
        "crime_type": "crime_category",
        "exploitation": "exploitation_form",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_cohort",
        "nationality": "nationality_iso",
        "origin_country": "origin",
        "destination_country": "destination",
        "detection_country": "reporting_state_m49",
        "transit_countries": "transit_route",
        "transport_mode": "transport",
        "coordinates": "coordinates",
        "linked_offences": "linked_crimes",
    },
    note="Compiled from IGAD Member State returns - provisional, not for citation",
    total="TOTAL",
    bad_count=("several", "tbc - large group"),
    repeats=False,
    crime={
        "trafficking": ("TIP", "trafficking in persons"),
        "smuggling": ("smuggling of migrants", "migrant smuggling"),
        "both": ("TIP/SOM", "trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("sexual",),
        "forced_labour": ("forced labour", "labour"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    smuggling_expl=(None,),
    gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
    age={"adult": ("adult",), "child": ("minor", "child"), "mixed": ("mixed",)},
    transport={"sea": ("sea", "boat"), "land": ("land", "overland"), "air": ("air",)},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    na_words=("n/a",),
    count_unknown=("unknown",),
    zero_words=(),
    no_transit=(None,),
    transit_sep=" > ",
    offence_sep="; ",
    dates={"iso": 1.0},
    partial={"month": 0.12, "quarter": 0.08},
    nationality={"iso3": 0.85, "iso2": 0.15},
    place={"iso3": 1.0},
    detection={"m49": 1.0},
)

# Words of the attaché's own working language slipped into a Spanish file.
_ENGLISH_WORDS: dict[str, set[object]] = {
    EGYPT.source: {"Human trafficking", "Smuggling", "Sexual exploitation"},
}

#: The five desks, in the order their submissions are returned.
AGENCIES: tuple[Agency, ...] = (SUDAN, SOMALIA, DJIBOUTI, EGYPT, IGAD)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
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
    ),
    "fr": (
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
    ),
    "es": (
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
    ),
}


def _date_cell(src: Agency, ts: pd.Timestamp, style: str) -> object:
    """Write a full date in one of the desk's styles (day first in every file)."""
    if style == "excel":
        return ts.to_pydatetime()
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "d-m-Y":
        return ts.strftime("%d-%m-%Y")
    if style == "d-Mon-Y":
        return f"{ts.day:02d}-{_MONTHS['en'][ts.month - 1][:3]}-{ts.year}"
    if style == "d Month Y":
        return f"{ts.day} {_MONTHS['en'][ts.month - 1]} {ts.year}"
    if style == "d mois Y":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS['fr'][ts.month - 1]} {ts.year}"
    if style == "serial":
        return str((ts.normalize() - pd.Timestamp("1899-12-30")).days)
    return ts.strftime("%Y-%m-%d")  # "iso"


def _partial_cell(src: Agency, ts: pd.Timestamp, kind: str) -> str:
    """Write only the month or the quarter of a date, as the desk does."""
    q = (ts.month - 1) // 3 + 1
    if kind == "quarter":
        return f"T{q} {ts.year}" if src.language == "fr" else f"Q{q} {ts.year}"
    if src.source == IGAD.source:
        return ts.strftime("%Y-%m")
    if src.language == "fr":
        return ts.strftime("%m/%Y")
    if src.language == "es":
        return f"{_MONTHS['es'][ts.month - 1]} {ts.year}"
    return f"{_MONTHS['en'][ts.month - 1]} {ts.year}"


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of an event's date."""
    if partial_ok:
        r = rng.random()
        for kind, p in src.partial.items():
            if r < p:
                tags.append(f"partial_{kind}")
                start = ts.to_period("Q" if kind == "quarter" else "M").start_time
                return _partial_cell(src, ts, kind), start, kind
            r -= p
    style = _draw(rng, src.dates)
    if style in ("excel", "serial"):
        tags.append(f"{style}_date")
    elif style not in ("dmy", "iso"):
        tags.append("date_text")
    return _date_cell(src, ts, style), ts.normalize(), "day"


def _count(src: Agency, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a number of persons the desk's way."""
    if src.source == SUDAN.source:
        if n < 10 and rng.random() < 0.1:
            tags.append("padded_count")
            return f"{n:02d}"
        return n
    if src.source == IGAD.source:
        return n
    if n >= 1000:
        tags.append("thousands")
        head, tail = divmod(n, 1000)
        sep = {"en": ",", "fr": choice(rng, ("\u00a0", " ")), "es": "."}[src.language]
        return f"{head}{sep}{tail:03d}"
    if src.source == SOMALIA.source and 1 <= n <= 10 and rng.random() < 0.2:
        tags.append("count_word")
        return _NUMBER_WORDS[n - 1]
    return str(n)


def _word(rng: _Rng, table: dict[str, tuple[str, ...]], key: str, case_noise: bool) -> str:
    """Draw the desk's word for ``key``, now and then in capitals (a clerk's habit)."""
    word = choice(rng, table[key])
    if case_noise and rng.random() < 0.04:
        return word.upper()
    return word


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    noisy = src.format == "csv"  # typed by hand; the database export and the register are not
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    word = _word(rng, src.crime, crime, noisy)
    cells["crime_type"], exp["crime_type"] = word, crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, [w or "" for w in src.smuggling_expl]) or None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, src.exploitation, str(expl), noisy)
        exp["exploitation"] = expl
    if {cells["crime_type"], cells["exploitation"]} & _ENGLISH_WORDS.get(src.source, set()):
        tags.append("mixed_language")

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if partial_ok and rng.random() < 0.02:
        tags.append("count_placeholder")
        cells["n_persons"], exp["n_persons"] = choice(rng, src.count_unknown), None
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n, rng, tags), n

    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    r = rng.random()
    exp["n_suspects"] = k
    if partial_ok and r < 0.025:
        tags.append("suspects_placeholder")
        cells["n_suspects"], exp["n_suspects"] = choice(rng, src.count_unknown), None
    elif partial_ok and r < 0.045 and src.source == SOMALIA.source:
        tags.append("blank_n_suspects")  # the column left empty: not known
        cells["n_suspects"], exp["n_suspects"] = None, None
    elif k == 0 and src.zero_words and rng.random() < 0.45:
        tags.append("zero_word")
        cells["n_suspects"] = choice(rng, src.zero_words)
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)

    gender = str(ev["gender"])
    cells["gender"], exp["gender"] = _word(rng, src.gender, gender, noisy), gender
    for col, table in (("age_group", src.age), ("transport_mode", src.transport)):
        value = str(ev[col])
        if partial_ok and rng.random() < 0.015:
            tags.append("na_word")
            cells[col], exp[col] = choice(rng, src.na_words), "unknown"
        else:
            cells[col], exp[col] = _word(rng, table, value, noisy), value

    lang = src.language
    nat = str(ev["nationality"])
    cells["nationality"] = _country(nat, lang, _draw(rng, src.nationality), rng, tags)
    exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = str(ev[col])
        cells[col] = _country(code, lang, _draw(rng, src.place), rng, tags)
        exp[col] = code
    det = str(ev["detection_country"])
    cells["detection_country"] = _country(det, lang, _draw(rng, src.detection), rng, tags)
    exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = choice(rng, [w or "" for w in src.no_transit]) or None
        if cells["transit_countries"] is not None:
            tags.append("no_transit_word")
    else:
        style = _draw(rng, src.place)
        style = style if style in ("iso3", "upper", "name") else "name"
        parts = [_country(c, lang, style, rng, tags) for c in str(transit).split("|")]
        cells["transit_countries"] = src.transit_sep.join(parts)
    exp["transit_countries"] = transit

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    _place(src, lat, lon, rng, partial_ok, cells, exp, tags)
    if forced_blank is not None:
        _blank(src, forced_blank, cells, exp, tags)
    if src.source == DJIBOUTI.source and rng.random() < 0.12:
        _paste_from_utf8(cells, tags)
    return cells, exp, tags


def _place(
    src: Agency,
    lat: float,
    lon: float,
    rng: _Rng,
    partial_ok: bool,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Write the place of detection the desk's way (one cell or two)."""
    decimals = 3 if src.source == IGAD.source else 4
    la, lo = round(lat, decimals), round(lon, decimals)
    exp["lat"], exp["lon"] = la, lo
    r = rng.random() if partial_ok else 1.0
    if "coordinates" in src.headers:
        if r < 0.04 and src.source != IGAD.source:
            tags.append("coords_missing")
            cells["coordinates"], exp["lat"], exp["lon"] = None, None, None
        elif src.language == "fr":
            cells["coordinates"] = f"{la:.4f} / {lo:.4f}".replace(".", ",")
            tags.append("decimal_comma")
        elif src.source == IGAD.source:
            cells["coordinates"] = f"{la:.3f},{lo:.3f}"
        else:
            cells["coordinates"] = f"{la:.4f}, {lo:.4f}"
        return
    if r < 0.03:
        word = "N/A" if src.language == "en" else "s/d"
        tags.append("coords_placeholder")
        cells["lat"], cells["lon"], exp["lat"], exp["lon"] = word, word, None, None
        return
    text_lat, text_lon = f"{la:.4f}", f"{lo:.4f}"
    if src.language == "es":
        tags.append("decimal_comma")
        text_lat, text_lon = text_lat.replace(".", ","), text_lon.replace(".", ",")
    cells["lat"], cells["lon"] = text_lat, text_lon


def _blank(
    src: Agency, field: str, cells: dict[str, object], exp: dict[str, object], tags: list[str]
) -> None:
    """Leave blank, in a second report, a field the first report gives."""
    tags.append(f"blank_{field}")
    if field == "coordinates":
        for col in ("coordinates", "lat", "lon"):
            if col in src.headers:
                cells[col] = None
        exp["lat"], exp["lon"] = None, None
    elif field == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells[field], exp[field] = None, None


def _paste_from_utf8(cells: dict[str, object], tags: list[str]) -> None:
    """Garble the accented text cells of a row pasted from a UTF-8 extraction."""
    changed = False
    for col, value in cells.items():
        if isinstance(value, str):
            garbled = mojibake(value)
            if garbled is not None:
                cells[col] = garbled
                changed = True
    if changed:
        tags.append("mojibake")


def _year_slip(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the date with two digits of its year swapped (2023 -> 2203), a future date."""
    text = str(ts.year)
    year = int(text[0] + text[2] + text[1] + text[3])
    try:
        return ts.replace(year=year)
    except ValueError:  # 29 February of a year that has none
        return ts.replace(year=year, day=28)


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row that must be quarantined (no, impossible or future date)."""
    if kind == "no_date":
        return None
    if kind == "future_date":
        slip = _year_slip(ts)
        style = "iso" if src.source == IGAD.source else _draw(rng, src.dates)
        return _date_cell(src, slip, style if style != "serial" else "dmy")
    month = choice(rng, ("02", "04", "06", "09", "11"))
    day = "30" if month == "02" and rng.random() < 0.5 else "31"
    if src.source == IGAD.source:
        return f"{ts.year}-{month}-{day}"
    if src.source == SOMALIA.source:
        return f"{day} {_MONTHS['en'][int(month) - 1]} {ts.year}"
    return f"{day}/{month}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Return the date of the extraction, written on the desk's note row."""
    day = last + pd.Timedelta(days=15)
    style = {"xlsx": "excel", "jsonl": "iso"}.get(src.format, "dmy")
    return _date_cell(src, day, style)


#: The ``blind129`` variant as the shared examiner machinery reads it.
BLIND129: Examiner[Agency] = Examiner(
    sources=AGENCIES,
    primary={
        "ITA": SUDAN.source,
        "GRC": SOMALIA.source,
        "HRV": SOMALIA.source,
        "POL": SOMALIA.source,
        "FRA": DJIBOUTI.source,
        "ESP": EGYPT.source,
    },
    compilation=IGAD.source,
    secondary={
        ("cmed", "ITA"): IGAD.source,
        ("channel", "FRA"): IGAD.source,
        ("emed", "GRC"): IGAD.source,
        ("blr_pol", "POL"): IGAD.source,
        ("channel", "GBR"): DJIBOUTI.source,
        ("darien", "PAN"): SOMALIA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=129,
    blank_share=0.3,
)


def make_blind129(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind129`` desks would send them.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sudan_ncb_khartoum_ea.xlsx`` (English), ``somalia_cid_hts_ea.csv`` (English,
        UTF-16, tab), ``bcn_djibouti_ea.csv`` (French, cp1252, ``;``),
        ``egipto_agregaduria_madrid_ea.csv`` (Spanish, UTF-8 with BOM, ``;``) and
        ``igad_ssp_toc_ea.jsonl`` (English), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind129(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sudan_ncb_khartoum_ea.xlsx', 'somalia_cid_hts_ea.csv', 'bcn_djibouti_ea.csv',
     'egipto_agregaduria_madrid_ea.csv', 'igad_ssp_toc_ea.jsonl']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', "Nature de l'infraction"]
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND129, truth, seed=seed)
