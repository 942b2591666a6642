"""Examiner sample set ``blind345`` (files ``*_mi.*``): education and child-protection desks.

Five agencies that safeguard children in school systems and child casework, each writing
its export its own way, in its own working language:

``ofsted_notifications_mi.csv``
    Ofsted (England), serious-incident notifications from children's homes and supported
    accommodation about trafficked or smuggled young people. English, UTF-8 with BOM,
    ``,``; UK day-first dates (``17/05/2023``, ``17 May 2023``, ``May 2023``); nationality
    as a demonym (``Afghan``, ``Eritrean``); "UK", "England" or "Scotland" where the young
    person was identified; no coordinates; counts with ``,`` thousands, ``approx.``;
    ``UASC`` for an unaccompanied child; some notifications re-sent (exact repeats).
``men_cmva_mi.csv``
    French Ministry of Education, *cellule ministérielle de veille et d'alerte* (alerts
    escalated by the rectorats and school heads). French, cp1252, ``;``, CRLF; dates
    ``17/05/2023`` (some with the time), ``mai 2023``, ``T2 2023``; country names in
    French, some in unaccented capitals (``ERYTHREE``); ``MNA`` for an unaccompanied minor;
    decimal-comma coordinates; ``1 234`` counts; ``aucun`` / ``néant`` for no suspect.
``mefpd_proteccion_alumnado_mi.xlsx``
    Spain's Ministry of Education (school protection unit compiling the autonomous
    communities' *inspección educativa* and absenteeism commissions). Spanish, XLSX with
    real Excel dates, a few typed dates and Excel serial numbers; nationality as
    ``"504 - MARRUECOS"`` (ISO numeric code and name); ``MENA``; ``No procede`` for the
    exploitation of a smuggling case; some coordinates typed as text with a decimal comma.
``sep_probem_mi.csv``
    Mexico's SEP, *Programa Binacional de Educación Migrante* (PROBEM), liaison with US
    school districts. Spanish (Mexico), UTF-16 with BOM, tab-delimited (Excel's "Texto
    Unicode"); dates ``17/05/2023`` and ``17/MAY/2023``; sex as CURP writes it (``H`` =
    hombre, ``M`` = mujer, header ``Sexo (H/M)``); ``NNA`` for children; nationality as a
    demonym (``hondureña``); ``EUA`` for the United States; "tráfico de personas" in the
    Mexican sense (smuggling); "delitos contra la salud" (drug offences); mojibake
    (``MÃ©xico``) where a UTF-8 web form was pasted; ``lat, long`` pairs.
``kind_casework_mi.jsonl``
    Kids in Need of Defense (KIND), case-management export (compilation of what no
    primary desk reports: Italy, Greece, Croatia, Poland, Panama). English (US), JSON
    lines, ISO alpha-2 codes, ISO dates with partial ``2023-05`` and ``Q2 2023``, US
    wording (``sex trafficking``, ``labor trafficking``, ``UC``).

Every cell is written from the true event, and the expected value is what a careful
analyst reads from that cell: a word meaning "not known" expects nothing (or ``unknown``
for a vocabulary), a partial date the first day of its month or quarter, written
coordinates their written (rounded) value.
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

__all__ = ["SOURCES", "Agency", "make_blind345"]

_Rng = np.random.Generator
_EPOCH = pd.Timestamp("1899-12-30")

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
_MONTHS_MX = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")

# iso3: (English, French, Spanish, English demonym)
_COUNTRY: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian"),
    "CHN": ("China", "Chine", "China", "Chinese"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "Ivorian"),
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
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "Nigerian"),
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
#: Other English names an English-speaking clerk writes.
_EN_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "United Kingdom"),
    "CIV": ("Ivory Coast",),
    "TUR": ("Türkiye",),
    "VNM": ("Viet Nam",),
    "GMB": ("The Gambia",),
    "USA": ("USA",),
}
#: Mexican forms write nationality as a (feminine) demonym: "Nacionalidad: mexicana".
_MX_DEMONYM: dict[str, str] = {
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "HTI": "haitiana",
    "COL": "colombiana",
    "CHN": "china",
}
#: Mexican ways of writing a few countries.
_MX_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("EUA", "E.U.A.", "Estados Unidos de América", "Estados Unidos"),
    "MEX": ("México",),
}


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """An agency of the ``blind345`` set: the shared fields plus its own wording.

    Attributes
    ----------
    style : str
        Which of the set's writers draws its dates, counts, countries and coordinates
        (``"ofsted"``, ``"cmva"``, ``"mefpd"``, ``"probem"``, ``"kind"``).
    words : mapping
        Vocabulary column -> canonical word -> the agency's wordings (first = usual one).
    expl_na : tuple of str
        What it writes as the exploitation of a pure smuggling case (``""`` = blank).
    unknown : tuple of str
        Its words for "not known" (sex, age, transport, nationality).
    count_unknown : tuple of str
        Its count cells meaning "number not known".
    zero : tuple of str
        Its words for "no suspect".
    no_offence : tuple of str
        What it writes when there is no other offence (``""`` = blank).
    direct : tuple of str
        What it writes when the journey had no transit country (``""`` = blank).
    transit_sep : str
        Separator of its transit-country lists.
    offence_sep : str
        Separator of its linked-offence lists.
    """

    style: str
    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    expl_na: tuple[str, ...]
    unknown: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    no_offence: tuple[str, ...]
    direct: tuple[str, ...]
    transit_sep: str
    offence_sep: str


_OFSTED = Agency(
    source="ofsted_notifications",
    filename="ofsted_notifications_mi.csv",
    ref="SIN-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Notification ID",
        "event_date": "Date of incident",
        "crime_type": "Concern type",
        "exploitation": "Type of exploitation",
        "n_persons": "No. of persons involved",
        "n_suspects": "No. of alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Countries travelled through",
        "destination_country": "Intended destination",
        "detection_country": "Country where identified",
        "transport_mode": "Means of travel",
        "linked_offences": "Other concerns",
    },
    note=(
        "Extracted from the Ofsted notifications system - provisional management "
        "information, not official statistics"
    ),
    total="Total",
    bad_count=("#VALUE!", "#REF!"),
    repeats=True,
    style="ofsted",
    words={
        "crime_type": {
            "trafficking": ("Trafficking", "Modern slavery", "Human trafficking"),
            "smuggling": ("People smuggling", "Smuggling", "Facilitated illegal entry"),
            "both": ("Trafficking and smuggling", "Smuggling and trafficking"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Child sexual exploitation (CSE)"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "F"),
            "male": ("Male", "M"),
            "mixed": ("Mixed", "Male and female"),
        },
        "age_group": {
            "child": ("Under 18", "Child", "UASC"),
            "adult": ("18+", "Adult"),
            "mixed": ("Mixed ages", "Adults and children"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Boat"),
            "land": ("Lorry", "HGV", "Car"),
            "air": ("Air", "Flight"),
        },
        "linked_offences": {
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    expl_na=("", "", "N/A"),
    unknown=("Not known", "Not recorded"),
    count_unknown=("Not known", "N/K", "TBC"),
    zero=("None identified", "Nil"),
    no_offence=("", "", "None"),
    direct=("", "", "Direct"),
    transit_sep=", ",
    offence_sep="; ",
)

_CMVA = Agency(
    source="men_cmva",
    filename="men_cmva_mi.csv",
    ref="CMVA{yy:02d}-{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb d'auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "transit_countries": "Pays de transit",
        "detection_country": "Pays de constatation",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions associées",
    },
    note="Extraction CMVA - données provisoires, diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("#VALEUR!", "#REF!"),
    repeats=False,
    style="cmva",
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "traite"),
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Filière de passage",
            ),
            "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle", "prostitution"),
            "forced_labour": ("exploitation par le travail", "travail forcé"),
            "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "female": ("Féminin", "F"),
            "male": ("Masculin", "M"),
            "mixed": ("Mixte",),
        },
        "age_group": {
            "child": ("mineur", "mineurs", "MNA"),
            "adult": ("majeur", "majeurs"),
            "mixed": ("majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("small boat", "embarcation", "bateau"),
            "land": ("camion", "poids lourd", "véhicule léger", "à pied"),
            "air": ("avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    expl_na=("", "", "sans objet"),
    unknown=("non renseigné", "inconnu"),
    count_unknown=("inconnu", "NC", "?"),
    zero=("aucun", "néant"),
    no_offence=("",),
    direct=("", "", "aucun"),
    transit_sep=", ",
    offence_sep=", ",
)

_MEFPD = Agency(
    source="mefpd_proteccion_alumnado",
    filename="mefpd_proteccion_alumnado_mi.xlsx",
    ref="{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de detección",
        "crime_type": "Tipología",
        "exploitation": "Finalidad de la explotación",
        "n_persons": "Nº de personas",
        "n_suspects": "Nº de presuntos autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad (cód. ISO - país)",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Datos provisionales remitidos por las consejerías de educación; pendientes de validar",
    total="TOTAL",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=False,
    style="mefpd",
    words={
        "crime_type": {
            "trafficking": ("Trata de seres humanos", "TSH", "Trata"),
            "smuggling": (
                "Tráfico ilícito de migrantes",
                "Favorecimiento de la inmigración irregular",
            ),
            "both": ("Trata y tráfico de migrantes", "TSH y tráfico ilícito"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Realización de actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "female": ("Mujer", "Mujeres"),
            "male": ("Hombre", "Hombres"),
            "mixed": ("Ambos sexos",),
        },
        "age_group": {
            "child": ("Menor de edad", "Menor", "MENA"),
            "adult": ("Mayor de edad", "Adulto"),
            "mixed": ("Menores y adultos",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Embarcación neumática"),
            "land": ("Terrestre", "Vehículo", "A pie"),
            "air": ("Aéreo", "Avión"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("tráfico de drogas",),
            "cybercrime": ("ciberdelincuencia",),
            "terrorism": ("terrorismo",),
        },
    },
    expl_na=("No procede",),
    unknown=("No consta",),
    count_unknown=("No consta", "s/d"),
    zero=("Ninguno",),
    no_offence=("", "", "Ninguno"),
    direct=("", "", "Directo"),
    transit_sep=" - ",
    offence_sep=" / ",
)

_PROBEM = Agency(
    source="sep_probem",
    filename="sep_probem_mi.csv",
    ref="PROBEM-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Folio",
        "event_date": "Fecha del evento",
        "crime_type": "Tipo de delito",
        "exploitation": "Fin de explotación",
        "n_persons": "Núm. de personas",
        "n_suspects": "Probables responsables",
        "gender": "Sexo (H/M)",
        "age_group": "Grupo de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos asociados",
    },
    note="Información preliminar, sujeta a validación por la Coordinación Nacional PROBEM",
    total="Total general",
    bad_count=("#¡VALOR!", "#¡REF!"),
    repeats=True,
    style="probem",
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "TRATA DE PERSONAS"),
            "smuggling": ("Tráfico de personas", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de personas",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajo forzado", "Explotación laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Tráfico de órganos",),
            "forced_marriage": ("Matrimonio forzoso",),
            "other": ("Otro",),
        },
        "gender": {
            "female": ("M",),
            "male": ("H",),
            "mixed": ("H y M", "Ambos"),
        },
        "age_group": {
            "child": ("NNA", "NNA no acompañado"),
            "adult": ("Adulto", "Adultos"),
            "mixed": ("NNA y adultos",),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("Terrestre", "Tráiler", "A pie", "Autobús"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("falsificación de documentos", "uso de documento falso"),
            "corruption": ("cohecho",),
            "money_laundering": ("operaciones con recursos de procedencia ilícita",),
            "illicit_goods": ("delitos contra la salud",),
            "cybercrime": ("delitos cibernéticos",),
            "terrorism": ("terrorismo",),
        },
    },
    expl_na=("N/A", "", ""),
    unknown=("S/D", "Se desconoce"),
    count_unknown=("S/D", "N/D", "Se desconoce"),
    zero=("Ninguno", "NINGUNO"),
    no_offence=("", "", "Ninguno"),
    direct=("", "", "Directo"),
    transit_sep=" / ",
    offence_sep="; ",
)

_KIND = Agency(
    source="kind_casework",
    filename="kind_casework_mi.jsonl",
    ref="KIND-{yy:02d}{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "identified_on",
        "crime_type": "case_type",
        "exploitation": "exploitation_type",
        "n_persons": "persons",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "transit_countries": "transit_route",
        "destination_country": "intended_destination",
        "detection_country": "country_identified",
        "transport_mode": "travel_mode",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "related_offenses",
    },
    note=None,
    total="TOTAL",
    bad_count=("#Error!",),
    repeats=False,
    style="kind",
    words={
        "crime_type": {
            "trafficking": ("Trafficking", "Human trafficking"),
            "smuggling": ("Smuggling", "Migrant smuggling"),
            "both": ("Smuggling & trafficking", "Trafficking + smuggling"),
        },
        "exploitation": {
            "sexual": ("sex trafficking",),
            "forced_labour": ("labor trafficking",),
            "forced_criminality": ("forced criminal activity",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "female": ("F", "female"),
            "male": ("M", "male"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "child": ("minor", "UC"),
            "adult": ("adult",),
            "mixed": ("mixed",),
        },
        "transport_mode": {
            "sea": ("boat", "sea"),
            "land": ("overland", "on foot", "bus"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
    expl_na=("",),
    unknown=("unknown",),
    count_unknown=("unknown",),
    zero=("none",),
    no_offence=("",),
    direct=("",),
    transit_sep=" > ",
    offence_sep=", ",
)

#: The five agencies of the set, in the order of the submissions.
SOURCES: tuple[Agency, ...] = (_OFSTED, _CMVA, _MEFPD, _PROBEM, _KIND)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Pick the usual wording (first form) 65 % of the time, another form otherwise."""
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _int(value: object) -> int:
    return int(str(value))


def _blank(text: str) -> str | None:
    return text or None


def _plain(text: str) -> str:
    """Capitals without accents, as French administrative software writes names."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).upper()


def _swap(text: str) -> str:
    """Two letters in the middle of a long name swapped (``Nigeria`` -> ``Nigreia``)."""
    if len(text) < 7:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _country(
    src: Agency, iso: str, role: str, rng: _Rng, hotspot: str = ""
) -> tuple[str, list[str]]:
    """Write one country as the agency does; return (cell, tags)."""
    en, fr, es, demonym = _COUNTRY[iso]
    tags: list[str] = []
    r = rng.random()
    if src.style == "ofsted":
        if role == "detection" and iso == "GBR":
            if "Glasgow" in hotspot and r < 0.3:
                return "Scotland", ["country_nation"]
            if r < 0.15:
                return "England", ["country_nation"]
            return ("UK" if r < 0.6 else "United Kingdom"), []
        if role == "nationality" and r < 0.75:
            text, tags = demonym, ["demonym"]
        elif iso in _EN_ALIASES and rng.random() < 0.35:
            text, tags = choice(rng, _EN_ALIASES[iso]), ["alias"]
        else:
            text = en
        r2 = rng.random()
        if r2 < 0.02 and _swap(text) != text:
            text, tags = _swap(text), [*tags, "typo"]
        elif r2 < 0.05:
            text, tags = text.lower(), [*tags, "case"]
        elif r2 < 0.08:
            text, tags = text + " ", [*tags, "spacing"]
        return text, tags
    if src.style == "cmva":
        text = fr
        if r < 0.12:
            return _plain(fr), ["upper_unaccented"]
        if r < 0.14 and _swap(fr) != fr:
            return _swap(fr), ["typo"]
        if r < 0.16:
            return fr.lower(), ["case"]
        if r < 0.18:
            return "  " + fr, ["spacing"]
        return text, tags
    if src.style == "mefpd":
        if role == "nationality":
            numeric = iso_codes(iso)[1].zfill(3)
            return f"{numeric} - {es.upper()}", ["iso_numeric"]
        if r < 0.04:
            return es.upper(), ["case"]
        if r < 0.06 and _swap(es) != es:
            return _swap(es), ["typo"]
        return es, tags
    if src.style == "probem":
        if role == "nationality":
            text = _MX_DEMONYM.get(iso, es)
            tags = ["demonym"] if iso in _MX_DEMONYM else []
            text = text.upper() if r < 0.25 else text.capitalize()
        elif iso in _MX_NAMES:
            text = choice(rng, _MX_NAMES[iso])
            tags = ["alias"] if text != es else []
        else:
            text = es
        if rng.random() < 0.08:
            garbled = mojibake(text)
            if garbled is not None:
                text, tags = garbled, [*tags, "mojibake"]
        return text, tags
    # kind: ISO alpha-2 codes
    code = iso_codes(iso)[0]
    if iso == "GBR" and r < 0.5:
        return "UK", ["alias"]
    if r < 0.03:
        return code.lower(), ["iso2", "case"]
    return code, ["iso2"]


def _countries(src: Agency, value: object, rng: _Rng) -> tuple[str | None, str | None, list[str]]:
    """Write a ``|``-joined transit list in order; return (cell, expected, tags)."""
    if value is None:
        return _blank(choice(rng, src.direct)), None, []
    tags: list[str] = []
    parts = []
    for iso in str(value).split("|"):
        text, t = _country(src, iso, "transit", rng)
        parts.append(text.strip())
        tags += t
    return src.transit_sep.join(parts), str(value), sorted(set(tags))


def _offences(src: Agency, value: object, rng: _Rng) -> tuple[str | None, str | None]:
    if value is None:
        return _blank(choice(rng, src.no_offence)), None
    words = src.words["linked_offences"]
    return src.offence_sep.join(_word(rng, words[k]) for k in str(value).split("|")), str(value)


def _day_text(src: Agency, ts: pd.Timestamp) -> str:
    """Write a full date as text, the agency's usual way."""
    if src.style == "kind":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%d/%m/%Y")


def _date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if src.style == "ofsted":
        if partial_ok and r < 0.035:
            return f"{MONTHS[m]} {ts.year}", month, "month", ["date_month"]
        if r < 0.17:
            return f"{ts.day} {MONTHS[m]} {ts.year}", ts, "day", ["date_long"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.style == "cmva":
        if partial_ok and r < 0.04:
            return f"{_MONTHS_FR[m]} {ts.year}", month, "month", ["date_month"]
        if partial_ok and r < 0.065:
            return f"T{ts.quarter} {ts.year}", quarter, "quarter", ["date_quarter"]
        if r < 0.2:
            hh, mm = int(rng.integers(7, 19)), int(rng.integers(0, 60))
            return f"{ts:%d/%m/%Y} {hh:02d}:{mm:02d}", ts, "day", ["datetime"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    if src.style == "mefpd":
        if partial_ok and r < 0.03:
            return f"{_MONTHS_ES[m]} de {ts.year}", month, "month", ["date_month"]
        if r < 0.08:
            return int((ts - _EPOCH).days), ts, "day", ["date_serial"]
        if r < 0.15:
            return ts.strftime("%d/%m/%Y"), ts, "day", ["date_text"]
        return ts.to_pydatetime(), ts, "day", []
    if src.style == "probem":
        if partial_ok and r < 0.03:
            return f"{_MONTHS_ES[m].upper()} {ts.year}", month, "month", ["date_month"]
        if r < 0.3:
            return f"{ts.day:02d}/{_MONTHS_MX[m]}/{ts.year}", ts, "day", ["date_abbr"]
        return ts.strftime("%d/%m/%Y"), ts, "day", []
    # kind
    if partial_ok and r < 0.03:
        return ts.strftime("%Y-%m"), month, "month", ["date_month"]
    if partial_ok and r < 0.05:
        return f"Q{ts.quarter} {ts.year}", quarter, "quarter", ["date_quarter"]
    if r < 0.12:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{ts:%Y-%m-%d}T{hh:02d}:{mm:02d}:00Z", ts, "day", ["iso_datetime"]
    return ts.strftime("%Y-%m-%d"), ts, "day", []


def _persons(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of persons; return (cell, expected, tags)."""
    r = rng.random()
    if r < 0.015:
        return choice(rng, src.count_unknown), None, ["count_placeholder"]
    numeric = src.format != "csv"
    if n >= 1000:
        if src.style in ("ofsted", "probem"):
            return f"{n:,}", n, ["thousands_sep"]
        if src.style == "cmva":
            sep = "\u00a0" if rng.random() < 0.5 else " "
            return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands_sep"]
        if src.style == "mefpd" and rng.random() < 0.4:
            return f"{n // 1000}.{n % 1000:03d}", n, ["thousands_sep"]
    if src.style == "ofsted" and n >= 5 and r < 0.03:
        return f"approx. {n}", n, ["count_approx"]
    if src.style == "cmva" and r < 0.045:
        return f"{n} pers.", n, ["count_unit"]
    if src.style == "probem" and r < 0.045:
        return f"{n} {'persona' if n == 1 else 'personas'}", n, ["count_unit"]
    return (n if numeric else str(n)), n, []


def _suspects(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, list[str]]:
    """Write the count of suspects; return (cell, expected, tags)."""
    r = rng.random()
    if r < 0.02:
        return choice(rng, src.count_unknown), None, ["suspects_placeholder"]
    if n == 0 and r < 0.4:
        return choice(rng, src.zero), 0, ["zero_word"]
    return (n if src.format != "csv" else str(n)), n, []


def _comma(lat: float, lon: float) -> tuple[dict[str, object], float, float, list[str]]:
    """Write a point with decimal commas and four decimals; expect what is written."""
    la, lo = f"{lat:.4f}", f"{lon:.4f}"
    cells: dict[str, object] = {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")}
    return cells, float(la), float(lo), ["decimal_comma"]


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place; return (cells, expected lat, expected lon, tags)."""
    r = rng.random()
    if src.style == "ofsted":  # a notification names a placement, not a point
        return {}, None, None, ["coords_missing"]
    if src.style == "cmva":
        if r < 0.04:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        return _comma(lat, lon)
    if src.style == "mefpd":
        if r < 0.05:
            return {"lat": None, "lon": None}, None, None, ["coords_missing"]
        if r < 0.12:
            return _comma(lat, lon)  # typed as text in a Spanish-locale sheet
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5), []
    if src.style == "probem":
        if r < 0.03:
            return {"coordinates": None}, None, None, ["coords_missing"]
        if r < 0.045:
            return {"coordinates": "0.00000, 0.00000"}, None, None, ["coords_placeholder"]
        la, lo = f"{lat:.5f}", f"{lon:.5f}"
        return {"coordinates": f"{la}, {lo}"}, float(la), float(lo), ["coords_pair"]
    if r < 0.03:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4), []


def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the agency does: (cells, expected values, tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    words = src.words

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(rng, words["crime_type"][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _blank(choice(rng, src.expl_na))
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _word(rng, words["exploitation"][str(expl)])
        exp["exploitation"] = str(expl)

    n_persons = _int(ev["n_persons"])
    cells["n_persons"], exp["n_persons"], t = _persons(src, n_persons, rng)
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, _int(ev["n_suspects"]), rng)
    tags += t

    gender = str(ev["gender"])
    if rng.random() < 0.015:
        cells["gender"], exp["gender"] = choice(rng, src.unknown), "unknown"
        tags += ["blank_gender", "unknown_word"]
    else:
        cells["gender"], exp["gender"] = _word(rng, words["gender"][gender]), gender

    age = str(ev["age_group"])
    child_forms = words["age_group"]["child"]
    if rng.random() < 0.015:
        cells["age_group"], exp["age_group"] = choice(rng, src.unknown), "unknown"
        tags += ["na_word"]
    elif age == "child" and n_persons > 1:
        # "UASC" / "MNA" / "MENA" / "UC" name one unaccompanied child: a group is "minors"
        plural = tuple(f for f in child_forms if f not in ("UASC", "MNA", "MENA", "UC"))
        cells["age_group"], exp["age_group"] = _word(rng, plural), age
    else:
        cells["age_group"], exp["age_group"] = _word(rng, words["age_group"][age]), age

    for col, role in (
        ("nationality", "nationality"),
        ("origin_country", "origin"),
        ("destination_country", "destination"),
        ("detection_country", "detection"),
    ):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col == "nationality" and rng.random() < 0.012:
            cells[col], exp[col] = choice(rng, src.unknown), None
            tags += ["blank_nationality", "unknown_word"]
            continue
        text, t = _country(src, str(iso), role, rng, str(ev.get("hotspot") or ""))
        cells[col], exp[col] = text, str(iso)
        tags += [f"{col}:{x}" for x in t]

    cells["transit_countries"], exp["transit_countries"], t = _countries(
        src, ev["transit_countries"], rng
    )
    tags += [f"transit:{x}" for x in t]

    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.unknown), "unknown"
        tags += ["na_word"]
    else:
        cells["transport_mode"] = _word(rng, words["transport_mode"][mode])
        exp["transport_mode"] = mode

    place, exp["lat"], exp["lon"], t = _coords(
        src, float(str(ev["lat"])), float(str(ev["lon"])), rng
    )
    cells.update(place)
    tags += t

    cells["linked_offences"], exp["linked_offences"] = _offences(src, ev["linked_offences"], rng)

    if forced_blank is not None:  # a second report leaves out one field the first gives
        if forced_blank == "coordinates":
            for key in ("lat", "lon", "coordinates"):
                if key in cells:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        gone = ("zero_word", "suspects_placeholder") if forced_blank == "n_suspects" else ()
        tags = [t for t in tags if t not in gone and not t.startswith(f"{forced_blank}:")]
        tags.append(f"blank_{forced_blank}")
    if src.format == "csv":  # a CSV holds text only
        cells = {k: (None if v is None else str(v)) for k, v in cells.items()}
    return cells, exp, tags


def _impossible(rng: _Rng) -> tuple[int, int]:
    """Draw a day no month has: 30 or 31 February, 31 April, June, September, November."""
    day, month = [(30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11)][int(rng.integers(6))]
    return day, month


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        day, month = _impossible(rng)
        if src.style == "kind":
            return f"{ts.year}-{month:02d}-{day:02d}"
        if src.style == "probem":
            return f"{day:02d}/{_MONTHS_MX[month - 1]}/{ts.year}"
        return f"{day:02d}/{month:02d}/{ts.year}"
    future = ts.replace(year=ts.year + 10)  # a slip of the year's digit: 2023 -> 2033
    if src.style == "mefpd":
        return future.to_pydatetime()
    return _day_text(src, future)


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    """Write the extraction date of the agency's note row."""
    day = last + pd.Timedelta(days=9)
    if src.style == "mefpd":
        return day.to_pydatetime()
    return _day_text(src, day)


_EXAMINER: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": "ofsted_notifications",
        "FRA": "men_cmva",
        "ESP": "mefpd_proteccion_alumnado",
        "USA": "sep_probem",
    },
    compilation="kind_casework",
    secondary={
        ("channel", "FRA"): "ofsted_notifications",
        ("cmed", "ITA"): "men_cmva",
        ("thb_nga_ita", "ITA"): "men_cmva",
        ("wmed", "ESP"): "men_cmva",
        ("us_mex", "USA"): "kind_casework",
        ("darien", "PAN"): "sep_probem",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=345,
    blank_share=0.3,
)


def make_blind345(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind345`` set's five submissions (files ``*_mi.*``).

    England's Ofsted reports the events detected in the United Kingdom, the French
    Ministry of Education's alert cell those in France, the Spanish Ministry of
    Education those in Spain, Mexico's PROBEM those in the United States, and KIND's
    casework export every other event (Italy, Greece, Croatia, Poland, Panama). About
    4 % of the events are reported a second time by another of them (Channel crossings
    seen from England, the Mediterranean arrivals met again in French schools, Darién
    crossers met by PROBEM, border cases followed by KIND).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same submissions.

    Returns
    -------
    list of Submission
        Ofsted (CSV), French Ministry of Education (CSV), Spanish Ministry of Education
        (XLSX), SEP PROBEM (CSV) and KIND (JSON lines), each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind345(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ofsted_notifications_mi.csv', 'men_cmva_mi.csv', 'mefpd_proteccion_alumnado_mi.xlsx',
     'sep_probem_mi.csv', 'kind_casework_mi.jsonl']
    >>> [(s.encoding, s.delimiter) for s in subs[:2]]
    [('utf-8-sig', ','), ('cp1252', ';')]
    >>> subs[3].frame.columns[:3].tolist()
    ['Folio', 'Fecha del evento', 'Tipo de delito']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
