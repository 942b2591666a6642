"""The ``blind3`` sample variant: a third examiner's held-out set, written blind.

Written by an examiner who never read the cleaner's header, country or vocabulary tables
nor the wordings of the earlier variants, to measure the cleaner on wording it was not
tuned on. Five agencies not used by the other variants report the true events of
:func:`trendlib.samples.make_truth`, each in its own way and only within what the
cleaner promises to handle (headers in English, French or Spanish; any delimiter;
UTF-8, UTF-8 with BOM or cp1252; XLSX; JSON lines; country names, codes, aliases,
demonyms, typos and mojibake; the promised date styles; spaced numbers and decimal
commas; swapped coordinates).

Sources
-------
``police_federale_be_e.csv``
    Belgian Federal Police (French), cp1252, ``;``: events detected in France and the
    United Kingdom (Channel coast). Day-first ``dd/mm/yyyy`` dates, a few quarters
    (``T2 2023``), French country names and demonyms, decimal-comma coordinates, some
    swapped, transit lists joined by ``-``, ``,`` or ``/``.
``sef_pt_e.csv``
    A Portuguese SEF liaison officer writing in English, UTF-8 with BOM, ``,``: events
    detected in Spain. ``17 May 2023`` and ISO dates, a few ``Q2 2023`` quarters, English
    names, demonyms and aliases, transit lists joined by ``>``, ``→`` or ``,``.
``garde_nationale_tn_e.jsonl``
    Tunisian National Guard (French), JSON lines with snake_case French keys: events
    detected in Italy. ISO and ``2023/05/17`` dates, some month-only (``2023-05``),
    numbers and coordinates partly as text (thin spaces, decimal commas), mojibake.
``pnc_gt_e.csv``
    Guatemalan National Civil Police (Spanish), UTF-8, tab-delimited: events detected in
    Panama and the United States. Day-first dates and Excel serials, a few ``T3 2022``
    quarters, Spanish names and demonyms, one ``"lat, lon"`` coordinates column (some
    swapped).
``gdf_it_e.xlsx``
    An Italian Guardia di Finanza liaison compilation in English (XLSX): everything
    detected elsewhere (Greece, Croatia, Poland), plus second reports of Channel, Spanish
    and Italian events; real Excel dates and ``2023/05/17`` text, ISO alpha-3 and numeric
    codes, decimal-comma coordinate text; the file repeats some of its own rows.

About :data:`~trendlib.samples.DUPLICATE_RATE` of the events are reported a second
time by another source (date +-1 day, a third of them with one field left blank), and
:data:`~trendlib.samples.BAD_RATE` become rows to quarantine (every reason of
:data:`trendlib.schema.QUARANTINE_REASONS`: empty row, note, TOTAL, no date, impossible
date, future date, negative count, unreadable count). Every written row is described in
:attr:`~trendlib.samples.Submission.expected`.
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

__all__ = ["BLIND3_SOURCES", "make_blind3"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Countries: (English, French, Spanish) names, written by the examiner
# --------------------------------------------------------------------------------------
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil"),
    "CMR": ("Cameroon", "Cameroun", "Camerún"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Germany", "Allemagne", "Alemania"),
    "DZA": ("Algeria", "Algérie", "Argelia"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egypt", "Égypte", "Egipto"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("Spain", "Espagne", "España"),
    "FRA": ("France", "France", "Francia"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "Gambia"),
    "GRC": ("Greece", "Grèce", "Grecia"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croatia", "Croatie", "Croacia"),
    "HTI": ("Haiti", "Haïti", "Haití"),
    "HUN": ("Hungary", "Hongrie", "Hungría"),
    "IRN": ("Iran", "Iran", "Irán"),
    "IRQ": ("Iraq", "Irak", "Irak"),
    "ITA": ("Italy", "Italie", "Italia"),
    "LBY": ("Libya", "Libye", "Libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos"),
    "MEX": ("Mexico", "Mexique", "México"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte"),
    "MLI": ("Mali", "Mali", "Malí"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Niger", "Niger", "Níger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán"),
    "PAN": ("Panama", "Panama", "Panamá"),
    "POL": ("Poland", "Pologne", "Polonia"),
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
#: Common aliases by language (a careful analyst reads each one without doubt).
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain", "Britain"),
        "USA": ("US", "U.S.A."),
        "CIV": ("Ivory Coast",),
        "TUR": ("Türkiye",),
        "RUS": ("Russian Federation",),
        "SYR": ("Syrian Arab Republic",),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnia",),
        "IRN": ("Islamic Republic of Iran",),
    },
    "fr": {
        "GBR": ("Grande-Bretagne",),
        "USA": ("USA", "Etats Unis d'Amérique"),
        "RUS": ("Fédération de Russie",),
        "BIH": ("Bosnie",),
        "BLR": ("Bélarus",),
        "VNM": ("Viêt Nam",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "EE. UU."),
        "GBR": ("Gran Bretaña",),
        "CIV": ("Côte d'Ivoire",),
        "TUR": ("Turquia",),
        "BLR": ("Belarús",),
    },
}
#: Nationality words (demonyms), masculine singular, by language.
_DEMONYMS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afghan",
        "ALB": "Albanian",
        "BGD": "Bangladeshi",
        "CHN": "Chinese",
        "CIV": "Ivorian",
        "CMR": "Cameroonian",
        "COL": "Colombian",
        "DZA": "Algerian",
        "ECU": "Ecuadorian",
        "EGY": "Egyptian",
        "ERI": "Eritrean",
        "GIN": "Guinean",
        "GMB": "Gambian",
        "GTM": "Guatemalan",
        "HND": "Honduran",
        "HTI": "Haitian",
        "IRN": "Iranian",
        "IRQ": "Iraqi",
        "MAR": "Moroccan",
        "MEX": "Mexican",
        "MLI": "Malian",
        "NGA": "Nigerian",
        "PAK": "Pakistani",
        "ROU": "Romanian",
        "SEN": "Senegalese",
        "SYR": "Syrian",
        "TUN": "Tunisian",
        "TUR": "Turkish",
        "VEN": "Venezuelan",
        "VNM": "Vietnamese",
        "YEM": "Yemeni",
    },
    "fr": {
        "AFG": "afghan",
        "ALB": "albanais",
        "BGD": "bangladais",
        "CHN": "chinois",
        "CIV": "ivoirien",
        "CMR": "camerounais",
        "COL": "colombien",
        "DZA": "algérien",
        "ECU": "équatorien",
        "EGY": "égyptien",
        "ERI": "érythréen",
        "GIN": "guinéen",
        "GMB": "gambien",
        "GTM": "guatémaltèque",
        "HND": "hondurien",
        "HTI": "haïtien",
        "IRN": "iranien",
        "IRQ": "irakien",
        "MAR": "marocain",
        "MEX": "mexicain",
        "MLI": "malien",
        "NGA": "nigérian",
        "PAK": "pakistanais",
        "ROU": "roumain",
        "SEN": "sénégalais",
        "SYR": "syrien",
        "TUN": "tunisien",
        "TUR": "turc",
        "VEN": "vénézuélien",
        "VNM": "vietnamien",
        "YEM": "yéménite",
    },
    "es": {
        "AFG": "afgano",
        "ALB": "albanés",
        "BGD": "bangladesí",
        "CHN": "chino",
        "CIV": "marfileño",
        "CMR": "camerunés",
        "COL": "colombiano",
        "DZA": "argelino",
        "ECU": "ecuatoriano",
        "EGY": "egipcio",
        "ERI": "eritreo",
        "GIN": "guineano",
        "GMB": "gambiano",
        "GTM": "guatemalteco",
        "HND": "hondureño",
        "HTI": "haitiano",
        "IRN": "iraní",
        "IRQ": "iraquí",
        "MAR": "marroquí",
        "MEX": "mexicano",
        "MLI": "maliense",
        "NGA": "nigeriano",
        "PAK": "pakistaní",
        "ROU": "rumano",
        "SEN": "senegalés",
        "SYR": "sirio",
        "TUN": "tunecino",
        "TUR": "turco",
        "VEN": "venezolano",
        "VNM": "vietnamita",
        "YEM": "yemení",
    },
}
#: Names close to another country's name: never given a typo (no doubt allowed).
_NO_TYPO = {"NGA", "NER", "GIN", "GMB", "AUT", "DZA", "IRN", "IRQ", "MLI", "SRB", "SYR"}

_FIELDS_VOCAB = ("crime_type", "exploitation", "gender", "age_group", "transport_mode")


def _typo(text: str, rng: _Rng) -> str | None:
    """Swap two adjacent letters inside a long word (never the first two letters)."""
    letters = [
        i
        for i in range(2, len(text) - 2)
        if text[i - 1].isalpha() and text[i].islower() and text[i + 1].islower()
    ]
    if len(text) < 8 or not letters:
        return None
    i = int(rng.choice(letters))
    if text[i] == text[i + 1]:
        return None
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source(ExaminerSource):
    """One agency of the variant: the shared fields and its own wording."""

    words: dict[str, dict[str, tuple[str, ...]]]  # field -> truth value -> wordings
    unknown: tuple[str, ...]  # written for an unknown category ("unknown")
    not_applicable: tuple[str, ...]  # exploitation cell of smuggling rows
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    transit_seps: tuple[str, ...]
    country_style: dict[str, float]  # name, alpha2, alpha3, numeric, alias, demonym
    nationality_demonym: float  # share of nationality cells written as a demonym


_BE = _Source(
    source="police_federale_be_e",
    filename="police_federale_be_e.csv",
    ref="BR.{yy:02d}.L1.{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "Numéro de PV",
        "event_date": "Date d'interception",
        "crime_type": "Nature de l'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes (victimes ou migrants)",
        "n_suspects": "Nombre d'auteurs présumés",
        "gender": "Sexe des personnes",
        "age_group": "Catégorie d'âge",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination finale",
        "detection_country": "Pays d'interception",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude (WGS84)",
        "lon": "Longitude (WGS84)",
        "linked_offences": "Infractions connexes",
    },
    words={
        "crime_type": {
            "trafficking": ("Traite des êtres humains", "TEH", "traite des etres humains"),
            "smuggling": ("Trafic de migrants", "Aide à l'entrée irrégulière de migrants"),
            "both": ("TEH et trafic de migrants", "Traite + trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Exploitation de la prostitution"),
            "forced_labour": ("Exploitation par le travail", "Travail forcé"),
            "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre forme d'exploitation", "Autre"),
        },
        "gender": {
            "female": ("Féminin", "Femmes"),
            "male": ("Masculin", "Hommes"),
            "mixed": ("Mixte", "Hommes et femmes"),
        },
        "age_group": {
            "child": ("Mineurs", "Mineur"),
            "adult": ("Majeurs", "Majeur"),
            "mixed": ("Majeurs et mineurs",),
        },
        "transport_mode": {
            "sea": ("Maritime", "Embarcation pneumatique"),
            "land": ("Terrestre", "Camion", "Voiture"),
            "air": ("Aérien", "Avion"),
        },
    },
    unknown=("Inconnu", "Non précisé", "n.d."),
    not_applicable=("", "", "Sans objet"),
    offences={
        "document_fraud": ("Faux documents", "Fraude documentaire"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment d'argent",),
        "illicit_goods": ("Contrebande de marchandises",),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    offence_sep=", ",
    transit_seps=(" - ", ", ", " / "),
    country_style={"name": 0.8, "alpha2": 0.04, "alpha3": 0.1, "alias": 0.06},
    nationality_demonym=0.35,
    note="Remarque : données provisoires, à confirmer par le parquet",
    total="Total général",
    bad_count=("plusieurs", "une dizaine"),
    repeats=False,
)

_SEF = _Source(
    source="sef_pt_e",
    filename="sef_pt_e.csv",
    ref="SEF/LO-MAD/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "SEF case no.",
        "event_date": "Date of interception",
        "crime_type": "Offence category",
        "exploitation": "Exploitation type",
        "n_persons": "No. of persons",
        "n_suspects": "Number of suspects identified",
        "gender": "Sex",
        "age_group": "Age bracket",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination country",
        "detection_country": "Detected in (country)",
        "transit_countries": "Transit route",
        "transport_mode": "Means of transport",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Associated offences",
    },
    words={
        "crime_type": {
            "trafficking": ("Human trafficking", "Trafficking in persons"),
            "smuggling": ("Migrant smuggling", "Facilitation of illegal immigration"),
            "both": ("Trafficking and smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Forced prostitution"),
            "forced_labour": ("Labour exploitation", "Forced labor"),
            "forced_criminality": ("Forced criminality", "Forced criminal activity"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "female": ("Female", "Women"),
            "male": ("Male", "Men"),
            "mixed": ("Mixed", "Both sexes"),
        },
        "age_group": {
            "child": ("Minor", "Under 18"),
            "adult": ("Adult", "Adults"),
            "mixed": ("Adults and minors",),
        },
        "transport_mode": {
            "sea": ("By sea", "Boat"),
            "land": ("Overland", "By road"),
            "air": ("By air", "Flight"),
        },
    },
    unknown=("Unknown", "Not recorded"),
    not_applicable=("", "", "N/A"),
    offences={
        "document_fraud": ("Forged documents", "Document fraud"),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep="; ",
    transit_seps=(" > ", " → ", ", "),
    country_style={"name": 0.78, "alpha2": 0.04, "alpha3": 0.1, "alias": 0.08},
    nationality_demonym=0.5,
    note="Note: figures subject to revision",
    total="TOTAL",
    bad_count=("several", "a few dozen"),
    repeats=False,
)

_TN = _Source(
    source="garde_nationale_tn_e",
    filename="garde_nationale_tn_e.jsonl",
    ref="GN-TN-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "num_dossier",
        "event_date": "date_interception",
        "crime_type": "type_infraction",
        "exploitation": "forme_exploitation",
        "n_persons": "nombre_personnes",
        "n_suspects": "nombre_suspects",
        "gender": "sexe",
        "age_group": "tranche_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_interception",
        "transit_countries": "pays_transit",
        "transport_mode": "mode_transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "infractions_liees",
    },
    words={
        "crime_type": {
            "trafficking": ("traite des personnes", "traite"),
            "smuggling": ("trafic illicite de migrants", "trafic de migrants"),
            "both": ("traite et trafic illicite de migrants",),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "servitude domestique"),
            "forced_criminality": ("exploitation dans des activités criminelles",),
            "organ_removal": ("trafic d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autres formes",),
        },
        "gender": {
            "female": ("femme", "femmes"),
            "male": ("homme", "hommes"),
            "mixed": ("mixte",),
        },
        "age_group": {
            "child": ("enfant", "enfants"),
            "adult": ("adulte", "adultes"),
            "mixed": ("adultes et enfants",),
        },
        "transport_mode": {
            "sea": ("mer", "voie maritime"),
            "land": ("terre", "voie terrestre"),
            "air": ("voie aérienne",),
        },
    },
    unknown=("inconnu", "non déterminé"),
    not_applicable=("", "néant"),
    offences={
        "document_fraud": ("falsification de documents",),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" | ",
    transit_seps=(", ", "; ", " | "),
    country_style={"name": 0.7, "alpha3": 0.18, "numeric": 0.06, "alias": 0.06},
    nationality_demonym=0.2,
    note=None,
    total="TOTAL",
    bad_count=("plusieurs",),
    repeats=False,
)

_PNC = _Source(
    source="pnc_gt_e",
    filename="pnc_gt_e.csv",
    ref="PNC-DIPAFRONT-{seq:05d}-{year}",
    format="csv",
    encoding="utf-8",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "No. de expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito",
        "exploitation": "Tipo de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Número de sospechosos",
        "gender": "Sexo",
        "age_group": "Rango de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de intercepción",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas GPS",
        "linked_offences": "Delitos conexos",
    },
    words={
        "crime_type": {
            "trafficking": ("Trata de personas", "Trata"),
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Trabajos forzados", "Explotación laboral"),
            "forced_criminality": ("Explotación en actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "female": ("Femenino", "Mujeres"),
            "male": ("Masculino", "Hombres"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        "age_group": {
            "child": ("Menores de edad",),
            "adult": ("Adultos", "Mayores de edad"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Marítimo", "Lancha"),
            "land": ("Terrestre", "A pie", "Autobús"),
            "air": ("Aéreo",),
        },
    },
    unknown=("Desconocido", "Sin dato"),
    not_applicable=("", "No aplica"),
    offences={
        "document_fraud": ("Falsificación de documentos",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Lavado de dinero",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delito informático",),
        "terrorism": ("Terrorismo",),
    },
    offence_sep=" / ",
    transit_seps=(" - ", ", ", " > "),
    country_style={"name": 0.8, "alpha2": 0.05, "alpha3": 0.08, "alias": 0.07},
    nationality_demonym=0.4,
    note="Observación: datos preliminares sujetos a verificación",
    total="TOTAL GENERAL",
    bad_count=("varios", "decenas"),
    repeats=False,
)

_GDF = _Source(
    source="gdf_it_e",
    filename="gdf_it_e.xlsx",
    ref="GDF/SCICO/{year}/{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "GdF ref.",
        "event_date": "Event date",
        "crime_type": "Type of crime",
        "exploitation": "Form of exploitation",
        "n_persons": "Victims/migrants (no.)",
        "n_suspects": "Suspects (no.)",
        "gender": "Gender",
        "age_group": "Age category",
        "nationality": "Nationality (main)",
        "origin_country": "Country of origin",
        "destination_country": "Country of destination",
        "detection_country": "Country of detection",
        "transit_countries": "Countries transited",
        "transport_mode": "Transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related crimes",
    },
    words={
        "crime_type": {
            "trafficking": ("Trafficking in human beings", "THB"),
            "smuggling": ("Smuggling of migrants", "People smuggling"),
            "both": ("THB and migrant smuggling",),
        },
        "exploitation": {
            "sexual": ("Sexual",),
            "forced_labour": ("Labour",),
            "forced_criminality": ("Forced criminal activities",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other forms",),
        },
        "gender": {
            "female": ("Females", "F"),
            "male": ("Males", "M"),
            "mixed": ("Male and female",),
        },
        "age_group": {
            "child": ("Minors",),
            "adult": ("Adults",),
            "mixed": ("Adults & minors",),
        },
        "transport_mode": {
            "sea": ("Sea", "Rubber dinghy", "Vessel"),
            "land": ("Land", "Truck", "Car"),
            "air": ("Air", "Commercial flight"),
        },
    },
    unknown=("n/k", "Unknown"),
    not_applicable=("", "n/a"),
    offences={
        "document_fraud": ("False documents",),
        "corruption": ("Corruption",),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Illicit goods",),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    offence_sep=" + ",
    transit_seps=("|", "/", ";"),
    country_style={"alpha3": 0.6, "name": 0.25, "alpha2": 0.05, "numeric": 0.05, "alias": 0.05},
    nationality_demonym=0.0,
    note="Compiled from partner returns; figures provisional",
    total="Total",
    bad_count=("several", "tbc"),
    repeats=True,
)

_BY_SOURCE = {s.source: s for s in (_BE, _SEF, _TN, _PNC, _GDF)}
#: The five sources of the variant, in the order :func:`make_blind3` returns them.
BLIND3_SOURCES: tuple[str, ...] = tuple(_BY_SOURCE)
#: Which source first reports an event, by its detection country (else the compilation).
_PRIMARY = {
    "FRA": "police_federale_be_e",
    "GBR": "police_federale_be_e",
    "ESP": "sef_pt_e",
    "ITA": "garde_nationale_tn_e",
    "PAN": "pnc_gt_e",
    "USA": "pnc_gt_e",
}
_COMPILATION = "gdf_it_e"
#: Which source may report it a second time, by (corridor, detection country).
_SECONDARY: dict[tuple[str, str], str] = {
    ("channel", "FRA"): "gdf_it_e",
    ("channel", "GBR"): "gdf_it_e",
    ("thb_vnm_gbr", "GBR"): "gdf_it_e",
    ("wmed", "ESP"): "gdf_it_e",
    ("watl", "ESP"): "gdf_it_e",
    ("thb_rou_esp", "ESP"): "gdf_it_e",
    ("thb_rou_esp", "ITA"): "sef_pt_e",
    ("cmed", "ITA"): "gdf_it_e",
    ("thb_nga_ita", "ITA"): "gdf_it_e",
    ("wbal", "HRV"): "garde_nationale_tn_e",
}
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _case(text: str, rng: _Rng) -> str:
    """Vary case and spacing now and then, as clerks do."""
    u = rng.random()
    if u < 0.06:
        return text.upper()
    if u < 0.1:
        return text.lower()
    if u < 0.13:
        return f"  {text} "
    return text


def _country(
    src: _Source, code: str, rng: _Rng, tags: list[str], *, nationality: bool = False
) -> str:
    lang = src.language
    name = _NAMES[code][_LANG[lang]]
    if nationality and code in _DEMONYMS[lang] and rng.random() < src.nationality_demonym:
        tags.append("demonym")
        return _case(_DEMONYMS[lang][code], rng)
    styles = list(src.country_style)
    probs = np.array([src.country_style[s] for s in styles])
    style = styles[int(rng.choice(len(styles), p=probs / probs.sum()))]
    alpha2, numeric = iso_codes(code)
    if style == "alpha2":
        tags.append("iso2")
        return alpha2 if rng.random() < 0.8 else alpha2.lower()
    if style == "alpha3":
        return code if rng.random() < 0.9 else code.lower()
    if style == "numeric":
        tags.append("iso_numeric")
        return numeric
    if style == "alias" and code in _ALIASES[lang]:
        tags.append("alias")
        return _case(choice(rng, _ALIASES[lang][code]), rng)
    u = rng.random()
    if u < 0.05 and code not in _NO_TYPO:
        typo = _typo(name, rng)
        if typo is not None:
            tags.append("typo")
            return typo
    if u > 0.93 and src.format != "xlsx":
        moj = mojibake(name)
        if moj is not None and fits(moj, src):
            tags.append("mojibake")
            return moj
    return _case(name, rng)


def _word(
    src: _Source, field: str, value: str | None, rng: _Rng, tags: list[str]
) -> tuple[str | None, str | None]:
    """Return (cell, expected) for a vocabulary field."""
    if field == "exploitation" and value is None:  # pure smuggling: NA whatever is written
        return choice(rng, src.not_applicable) or None, None
    u = rng.random()
    if u < 0.025:
        tags.append(f"{field}_blank")
        return None, "unknown"
    if u < 0.045:
        tags.append(f"{field}_unknown_word")
        return _case(choice(rng, src.unknown), rng), "unknown"
    return _case(choice(rng, src.words[field][str(value)]), rng), value


def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) written the source's way."""
    q = (ts.month - 1) // 3 + 1
    quarter_start = pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)
    month_start = pd.Timestamp(year=ts.year, month=ts.month, day=1)
    partial = partial_ok and rng.random() < 0.05
    dmy = f"{ts.day:02d}/{ts.month:02d}/{ts.year}"
    u = rng.random()
    if src.source == "police_federale_be_e":
        if partial:
            tags.append("quarter_only")
            return f"T{q} {ts.year}", quarter_start, "quarter"
        return dmy, ts, "day"
    if src.source == "sef_pt_e":
        if partial:
            tags.append("quarter_only")
            return f"Q{q} {ts.year}", quarter_start, "quarter"
        if u < 0.7:
            tags.append("date_words")
            return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day"
        return ts.strftime("%Y-%m-%d"), ts, "day"
    if src.source == "garde_nationale_tn_e":
        if partial:
            tags.append("month_only")
            return ts.strftime("%Y-%m"), month_start, "month"
        if u < 0.6:
            return ts.strftime("%Y-%m-%d"), ts, "day"
        return ts.strftime("%Y/%m/%d"), ts, "day"
    if src.source == "pnc_gt_e":
        if partial:
            tags.append("quarter_only")
            return f"T{q} {ts.year}", quarter_start, "quarter"
        if u < 0.2:
            tags.append("excel_serial")
            return str((ts - _EXCEL_EPOCH).days), ts, "day"
        return dmy, ts, "day"
    if partial:  # gdf_it_e
        tags.append("month_only")
        return ts.strftime("%Y-%m"), month_start, "month"
    if u < 0.8:
        return ts.to_pydatetime(), ts, "day"
    return ts.strftime("%Y/%m/%d"), ts, "day"


def _count(src: _Source, value: int, rng: _Rng, tags: list[str]) -> object:
    if src.format == "xlsx":
        return int(value)
    if value >= 1000 and src.source != "sef_pt_e":
        sep = " " if src.encoding == "cp1252" else choice(rng, (" ", "\u2009"))
        tags.append("spaced_number")
        return f"{value // 1000}{sep}{value % 1000:03d}"
    if src.format == "jsonl":
        return int(value) if rng.random() < 0.7 else str(value)
    return str(value)


def _coord(src: _Source, value: float, rng: _Rng) -> tuple[object, float]:
    """Return (cell, expected) for one coordinate written the source's way."""
    if src.source == "police_federale_be_e":
        text = f"{value:.4f}"
        return text.replace(".", ","), float(text)
    if src.source == "sef_pt_e":
        return f"{value:.5f}", round(value, 5)
    text = f"{value:.5f}"
    if rng.random() < 0.15:  # text with a decimal comma in JSON and Excel
        return text.replace(".", ","), float(text)
    return float(text), float(text)


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Return (cells by canonical column, expected clean values, messiness tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp_date, exp["date_precision"] = _date(src, ts, rng, partial_ok, tags)
    exp["event_date"] = exp_date
    crime = str(ev["crime_type"])
    if crime != "smuggling" and rng.random() < 0.02:  # the exploitation still says it
        cells["crime_type"], exp["crime_type"] = None, "unknown"
        tags.append("crime_type_blank")
    else:
        cells["crime_type"] = _case(choice(rng, src.words["crime_type"][crime]), rng)
        exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"], exp["exploitation"] = _word(
        src, "exploitation", None if expl is None else str(expl), rng, tags
    )
    for field in ("gender", "age_group", "transport_mode"):
        if field == forced_blank:
            cells[field], exp[field] = None, "unknown"
            tags.append("dup_blank")
            continue
        cells[field], exp[field] = _word(src, field, str(ev[field]), rng, tags)
    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(src, persons, rng, tags), persons
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects" or rng.random() < 0.03:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_suspects")
    else:
        cells["n_suspects"] = int(suspects) if src.format == "xlsx" else str(suspects)
        exp["n_suspects"] = suspects
    for field in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[field]
        if code is None or field == forced_blank:
            cells[field], exp[field] = None, None
            if field == forced_blank:
                tags.append("dup_blank")
            continue
        u = rng.random()
        if field != "detection_country" and u < 0.02:
            cells[field], exp[field] = None, None
            tags.append("blank_country")
        elif field != "detection_country" and u < 0.03:
            cells[field], exp[field] = choice(rng, src.unknown), None
            tags.append("unknown_country")
        else:
            cells[field] = _country(src, str(code), rng, tags, nationality=field == "nationality")
            exp[field] = code
    transit = ev["transit_countries"]
    if transit is None or rng.random() < 0.02:
        cells["transit_countries"], exp["transit_countries"] = None, None
    else:
        sep = choice(rng, src.transit_seps)
        parts = [_country(src, c, rng, tags) for c in str(transit).split("|")]
        cells["transit_countries"], exp["transit_countries"] = sep.join(parts), transit
    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"], exp["linked_offences"] = None, None
    else:
        names = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(names)
        exp["linked_offences"] = offences
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates" or rng.random() < 0.03:
        exp["lat"], exp["lon"] = None, None
        cells["lat"] = cells["lon"] = cells["coordinates"] = None
        tags.append("blank_coordinates")
    else:
        # Swapped only where the row names the country of detection (no doubt left).
        swap = cells["detection_country"] is not None and rng.random() < 0.03
        if swap:
            tags.append("swapped_coordinates")
        if src.source == "pnc_gt_e":
            a, b = f"{lat:.5f}", f"{lon:.5f}"
            cells["coordinates"] = f"{b}, {a}" if swap else f"{a}, {b}"
            exp["lat"], exp["lon"] = float(a), float(b)
        else:
            lat_cell, exp["lat"] = _coord(src, lat, rng)
            lon_cell, exp["lon"] = _coord(src, lon, rng)
            cells["lat"], cells["lon"] = (lon_cell, lat_cell) if swap else (lat_cell, lon_cell)
    return cells, exp, tags


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src.source == "sef_pt_e":
            return choice(rng, (f"30 February {ts.year}", f"{ts.year}-02-31"))
        if src.source in ("garde_nationale_tn_e", "gdf_it_e"):
            return choice(rng, (f"{ts.year}-02-30", f"{ts.year}/13/05"))
        return choice(rng, (f"31/02/{ts.year}", f"30/02/{ts.year}"))
    future = ts.replace(year=ts.year + 20)
    if src.source == "sef_pt_e":
        return f"{future.day} {MONTHS[future.month - 1]} {future.year}"
    if src.source == "garde_nationale_tn_e":
        return future.strftime("%Y-%m-%d")
    if src.source == "gdf_it_e":
        return future.to_pydatetime()
    return f"{future.day:02d}/{future.month:02d}/{future.year}"


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.source == "sef_pt_e":
        return last.strftime("%Y-%m-%d")
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER = Examiner(
    sources=tuple(_BY_SOURCE.values()),
    primary=_PRIMARY,
    compilation=_COMPILATION,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=47,
    blank_share=0.33,
)


def make_blind3(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind3`` variant's five submissions (module notes).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND3_SOURCES`, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind3(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['police_federale_be_e.csv', 'sef_pt_e.csv', 'garde_nationale_tn_e.jsonl',
     'pnc_gt_e.csv', 'gdf_it_e.xlsx']
    >>> subs[0].frame.columns[:3].tolist()
    ['Numéro de PV', "Date d'interception", "Nature de l'infraction"]
    """
    return make_examined(_EXAMINER, truth, seed=seed)
