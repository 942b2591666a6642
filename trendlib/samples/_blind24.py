"""Examiner set ``blind24``: five more agencies, files ``*_z.*``, written without the cleaner.

A held-out sample set written by an examiner from their own knowledge of how these
agencies keep their case files, to measure how the cleaner generalises to wording it was
not tuned on. The rows come from :mod:`trendlib.samples._examiner`; the wording, the way
each cell is written and the expected clean value of every cell live here.

Reader's guide to the five sources
----------------------------------
``sar_log_z.csv`` -- a Central Mediterranean search-and-rescue NGO's operations log
    English, UTF-8, ``,``. First reports of the events detected in Italy, second reports
    of Aegean (Greece) sea events. Dates as the bridge writes them: ``2023-03-12 04:35``
    (UTC), ``12/03/2023``, ``12 Mar 2023`` and the nautical date-time group
    ``120435Z MAR 23``; always a day. ``POB`` (persons on board) with ``1,234``
    thousands; ``unk`` / ``not counted`` when the count is not known. Facilitators
    identified as a number, ``none`` / ``nil`` or ``unk.``. Sex ``M``, ``F``, ``M/F``;
    age ``Adults``, ``Minors``, ``UASC`` (unaccompanied and separated children),
    ``Adults + minors``. Craft (``Rubber boat``, ``Wooden boat``, ``Iron boat``,
    ``Fibreglass boat`` ... = sea; ``Overland``; ``Flight``). Position in degrees and
    decimal minutes (``35°31.44'N 012°32.15'E`` or ``35 31.44N 012 32.15E``), blank or
    ``n/a`` when there was no position. Nationalities as English demonyms or names.
    Case type ``Smuggling``, ``SoM``, ``THB indicators``, ``THB + SoM``. A free-text
    ``Remarks`` column, a note row, a ``TOTAL POB`` row, re-sent rows.
``dcpaf_gn_z.csv`` -- Guinea's border police (DCPAF), liaison cases of West Africans
    detected in Spain. French, cp1252, ``;``, CRLF. ``N° PV`` (procès-verbal numbers
    ``PV n°0012/DCPAF/2023``). Dates ``12/03/2023``, ``12-03-2023``, ``12 mars 2023``,
    ``le 12/03/2023``; partial months ``mars 2023`` or ``03/2023``. Qualification in
    words (``Trafic illicite de migrants``, ``Organisation d'émigration clandestine``,
    ``Traite des personnes`` ...). ``Nbre victimes/migrants`` with ``1 234`` thousands,
    ``pers.`` suffixes, ``Inconnu`` / ``N.D.``; ``Nbre mis en cause`` with ``Néant``.
    Nationality as French demonyms, feminine when the persons are women
    (``Guinéenne``, ``Malienne``); ``RCI`` and ``Guinée-Conakry`` among the names.
    Transport ``Pirogue``, ``Voie terrestre``, ``Avion`` ...; latitude and longitude in
    two columns with decimal commas. An ``Observations`` column, a note, an empty row
    and a ``TOTAL GÉNÉRAL`` row.
``inm_hn_z.jsonl`` -- Honduras' Instituto Nacional de Migración, events of the Darién and
    the US-Mexico border (consular and liaison reports). Spanish, UTF-8 JSON lines with
    snake-case Spanish keys. Dates ``2023-03-12``, ``2023-03-12T00:00:00``,
    ``12/03/2023``, ``12 de marzo de 2023``; partial ``2023-03``, ``marzo 2023`` and
    quarters ``I trimestre 2023``, ``2do. trimestre 2023``. Counts as JSON numbers or
    text (``45 personas``, ``S/D``, ``Sin dato``), suspects ``ninguno``. ``NNA``
    (niños, niñas y adolescentes) for children. Nationality as Spanish demonyms (gender
    agreed) or ISO alpha-3 codes; ``EE.UU.`` for the United States; some mojibake
    (``MÃ©xico``). ``Tráfico ilícito de personas`` (the Honduran legal term for
    smuggling), ``Trata de personas (Decreto 59-2012)``. Latitude and longitude as
    numbers or text; ``S/D`` when unknown. No note row.
``police_fribourg_z.xlsx`` -- Swiss cantonal police of Fribourg (bilingual canton),
    liaison digest of events detected in France and Croatia. French values under
    bilingual French / German headers (``Date des faits / Tatdatum``). Real Excel
    dates, Excel serial numbers, ``12.03.2023`` text and partial ``03.2023``.
    Infractions as Swiss legal articles: ``Art. 116 LEI`` (smuggling), ``Art. 182 CP``
    (trafficking), both; linked offences as ``art. 251 CP`` (faux dans les titres),
    ``art. 305bis CP`` (blanchiment), ``art. 322ter CP`` (corruption) or in words.
    Counts as numbers or text with the Swiss apostrophe (``1'234``); ``aucun`` for no
    suspect. Nationality as ISO alpha-2 codes or French names. Coordinates in one cell,
    ``46.80650 / 7.16200`` or in degrees, minutes and seconds. A note and a total row.
``naatip_gm_z.csv`` -- The Gambia's National Agency Against Trafficking in Persons, a
    compilation of partner liaison reports (every event the others do not report first)
    and second reports of Atlantic, Central Mediterranean, Nigerian-trafficking and
    Channel events. English, UTF-16 (with BOM), tab-separated. Dates ``12/03/2023``,
    ``12th March 2023``, ``12-Mar-2023``, ``2023-03-12``; partial ``March 2023`` and
    quarters ``Q1 2023`` / ``1st Qtr 2023``. ``Trafficking in Persons (TIP Act 2007)``,
    ``Smuggling of Migrants``, ``TIP & SOM``. Counts with ``1,234`` thousands,
    ``Unknown`` / ``N/K``; suspects ``Nil``. Transit as ``Mali → Niger → Libya``. No
    coordinates. A note row, a ``GRAND TOTAL`` row and re-sent rows.

Every value written is one an analyst reads unambiguously; the expected clean value of
each row is recorded beside it, with messiness tags naming what was done to it.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["BLIND24_SOURCES", "make_blind24"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SAR = ExaminerSource(
    source="sar_log_z",
    filename="sar_log_z.csv",
    ref="{year}-SAR-{seq:03d}",
    format="csv",
    encoding="utf-8",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date/time (UTC)",
        "coordinates": "Position (DDM, WGS84)",
        "transport_mode": "Craft",
        "n_persons": "POB",
        "crime_type": "Case type",
        "exploitation": "THB indicators (form)",
        "n_suspects": "Facilitators ID'd",
        "gender": "Sex (M/F)",
        "age_group": "Age cat.",
        "nationality": "Main nationality",
        "origin_country": "Country of origin (declared)",
        "transit_countries": "Route (countries transited)",
        "destination_country": "Intended destination",
        "detection_country": "Place of safety / detected in",
        "remarks": "Remarks",
    },
    note="NB: positions from bridge log, times UTC; POB subject to confirmation ashore",
    total="TOTAL POB",
    bad_count=("several", "many", "dozens"),
    repeats=True,
)
_GN = ExaminerSource(
    source="dcpaf_gn_z",
    filename="dcpaf_gn_z.csv",
    ref="PV n°{seq:04d}/DCPAF/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre victimes/migrants",
        "n_suspects": "Nbre mis en cause",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interpellation",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
        "remarks": "Observations",
    },
    note="NB : données provisoires – ne pas diffuser hors service",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
)
_HN = ExaminerSource(
    source="inm_hn_z",
    filename="inm_hn_z.jsonl",
    ref="INM-DPM-{seq:05d}-{year}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "no_expediente",
        "event_date": "fecha_evento",
        "crime_type": "delito",
        "exploitation": "finalidad_explotacion",
        "n_persons": "cant_personas",
        "n_suspects": "presuntos_responsables",
        "gender": "sexo",
        "age_group": "grupo_etario",
        "nationality": "nacionalidad",
        "origin_country": "pais_origen",
        "transit_countries": "paises_transito",
        "destination_country": "pais_destino",
        "detection_country": "pais_deteccion",
        "transport_mode": "medio_transporte",
        "lat": "latitud",
        "lon": "longitud",
        "linked_offences": "delitos_conexos",
    },
    note=None,
    total="TOTAL",
    bad_count=("varios", "muchos"),
    repeats=False,
)
_FR = ExaminerSource(
    source="police_fribourg_z",
    filename="police_fribourg_z.xlsx",
    ref="FR-{yy:02d}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "N° affaire / Fall-Nr.",
        "event_date": "Date des faits / Tatdatum",
        "crime_type": "Infraction / Straftat",
        "exploitation": "But d'exploitation / Ausbeutungszweck",
        "n_persons": "Nombre de personnes / Anzahl Personen",
        "n_suspects": "Prévenus / Beschuldigte",
        "gender": "Sexe / Geschlecht",
        "age_group": "Âge / Alter",
        "nationality": "Nationalité / Staatsangehörigkeit",
        "origin_country": "Pays d'origine / Herkunftsland",
        "transit_countries": "Transit / Transit",
        "destination_country": "Destination / Zielland",
        "detection_country": "Pays de constatation / Feststellungsland",
        "transport_mode": "Moyen de transport / Transportmittel",
        "coordinates": "Coordonnées / Koordinaten (WGS84)",
        "linked_offences": "Infractions liées / Weitere Delikte",
    },
    note="Remarque / Bemerkung : chiffres provisoires, état de la saisie",
    total="Total / Gesamt",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
)
_GM = ExaminerSource(
    source="naatip_gm_z",
    filename="naatip_gm_z.csv",
    ref="NAATIP/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Ref. No.",
        "event_date": "Date of Incident",
        "crime_type": "Offence",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Gender",
        "age_group": "Age Bracket",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Countries",
        "destination_country": "Destination",
        "detection_country": "Country of Interception",
        "transport_mode": "Mode of Transport",
        "linked_offences": "Other Offences",
    },
    note="Compiled from partner liaison reports; figures provisional",
    total="GRAND TOTAL",
    bad_count=("several", "many", "a group"),
    repeats=True,
)

#: The five sources of the set, in the order of their submissions.
BLIND24_SOURCES: tuple[ExaminerSource, ...] = (_SAR, _GN, _HN, _FR, _GM)

_PRIMARY = {
    "ITA": _SAR.source,
    "ESP": _GN.source,
    "PAN": _HN.source,
    "USA": _HN.source,
    "FRA": _FR.source,
    "HRV": _FR.source,
}
_SECONDARY = {
    ("cmed", "ITA"): _GM.source,
    ("watl", "ESP"): _GM.source,
    ("thb_nga_ita", "ITA"): _GM.source,
    ("channel", "FRA"): _GM.source,
    ("channel", "GBR"): _FR.source,
    ("thb_rou_esp", "ESP"): _FR.source,
    ("emed", "GRC"): _SAR.source,
}

# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name.
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
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}
#: Other names clerks write, by language.
_ALT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "USA": ("USA", "U.S.", "United States of America"),
        "GBR": ("UK", "Great Britain"),
        "GMB": ("Gambia",),
        "CIV": ("Ivory Coast", "Cote d'Ivoire"),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "SYR": ("Syrian Arab Republic",),
        "BIH": ("Bosnia-Herzegovina",),
        "GIN": ("Guinea-Conakry",),
    },
    "fr": {
        "GIN": ("Guinée-Conakry", "Guinée Conakry"),
        "USA": ("USA", "Etats-Unis"),
        "GBR": ("Grande-Bretagne",),
        "CIV": ("RCI", "Cote d'Ivoire"),
        "VNM": ("Vietnam",),
        "BIH": ("Bosnie",),
        "MAR": ("Royaume du Maroc",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
        "MEX": ("Mexico",),
        "PAN": ("Panama", "Rep. de Panamá"),
        "GBR": ("Gran Bretaña",),
        "HTI": ("Haiti",),
        "CIV": ("Côte d'Ivoire",),
    },
}
#: ISO alpha-3 -> (English, French masc., French fem., Spanish masc., Spanish fem.).
_DEMONYMS: dict[str, tuple[str, str, str, str, str]] = {
    "AFG": ("Afghan", "afghan", "afghane", "afgano", "afgana"),
    "ALB": ("Albanian", "albanais", "albanaise", "albanés", "albanesa"),
    "BGD": ("Bangladeshi", "bangladais", "bangladaise", "bangladesí", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chinoise", "chino", "china"),
    "CIV": ("Ivorian", "ivoirien", "ivoirienne", "marfileño", "marfileña"),
    "CMR": ("Cameroonian", "camerounais", "camerounaise", "camerunés", "camerunesa"),
    "COL": ("Colombian", "colombien", "colombienne", "colombiano", "colombiana"),
    "DZA": ("Algerian", "algérien", "algérienne", "argelino", "argelina"),
    "ECU": ("Ecuadorian", "équatorien", "équatorienne", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egyptian", "égyptien", "égyptienne", "egipcio", "egipcia"),
    "ERI": ("Eritrean", "érythréen", "érythréenne", "eritreo", "eritrea"),
    "GIN": ("Guinean", "guinéen", "guinéenne", "guineano", "guineana"),
    "GMB": ("Gambian", "gambien", "gambienne", "gambiano", "gambiana"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatémaltèque", "guatemalteco", "guatemalteca"),
    "HND": ("Honduran", "hondurien", "hondurienne", "hondureño", "hondureña"),
    "HTI": ("Haitian", "haïtien", "haïtienne", "haitiano", "haitiana"),
    "IRN": ("Iranian", "iranien", "iranienne", "iraní", "iraní"),
    "IRQ": ("Iraqi", "irakien", "irakienne", "iraquí", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marocaine", "marroquí", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicaine", "mexicano", "mexicana"),
    "MLI": ("Malian", "malien", "malienne", "maliense", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigériane", "nigeriano", "nigeriana"),
    "PAK": ("Pakistani", "pakistanais", "pakistanaise", "pakistaní", "pakistaní"),
    "ROU": ("Romanian", "roumain", "roumaine", "rumano", "rumana"),
    "SEN": ("Senegalese", "sénégalais", "sénégalaise", "senegalés", "senegalesa"),
    "SYR": ("Syrian", "syrien", "syrienne", "sirio", "siria"),
    "TUN": ("Tunisian", "tunisien", "tunisienne", "tunecino", "tunecina"),
    "TUR": ("Turkish", "turc", "turque", "turco", "turca"),
    "VEN": ("Venezuelan", "vénézuélien", "vénézuélienne", "venezolano", "venezolana"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamienne", "vietnamita", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yéménite", "yemení", "yemení"),
}

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

# --------------------------------------------------------------------------------------
# Wording: values, by source
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _SAR.source: {
        "smuggling": ("Smuggling", "SoM", "Migrant smuggling", "Distress / smuggling"),
        "trafficking": ("THB indicators", "Suspected THB", "Trafficking (THB)"),
        "both": ("THB + SoM", "Smuggling & THB indicators"),
    },
    _GN.source: {
        "smuggling": (
            "Trafic illicite de migrants",
            "Trafic de migrants",
            "Organisation d'émigration clandestine",
        ),
        "trafficking": ("Traite des personnes", "Traite des êtres humains"),
        "both": (
            "Traite des personnes et trafic illicite de migrants",
            "Traite + trafic de migrants",
        ),
    },
    _HN.source: {
        "smuggling": ("Tráfico ilícito de personas", "Tráfico de migrantes", "TRÁFICO ILÍCITO"),
        "trafficking": ("Trata de personas", "Trata de personas (Decreto 59-2012)"),
        "both": ("Trata y tráfico", "Trata de personas / Tráfico ilícito de personas"),
    },
    _FR.source: {
        "smuggling": (
            "Art. 116 LEI",
            "art. 116 al. 3 LEI",
            "Incitation à l'entrée illégale (art. 116 LEI)",
        ),
        "trafficking": ("Art. 182 CP", "Traite d'êtres humains (art. 182 CP)"),
        "both": ("Art. 182 CP / art. 116 LEI", "art. 182 CP + art. 116 LEI"),
    },
    _GM.source: {
        "smuggling": ("Smuggling of Migrants", "SOM", "Migrant Smuggling"),
        "trafficking": ("Trafficking in Persons (TIP Act 2007)", "TIP", "Human Trafficking"),
        "both": ("TIP & SOM", "Trafficking/Smuggling"),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation"),
        "forced_criminality": ("Forced criminality", "Forced criminal activities"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other form"),
    },
    "fr": {
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "Autre forme"),
    },
    "es": {
        "sexual": ("Explotación sexual", "Explotación sexual comercial"),
        "forced_labour": ("Trabajos forzados", "Explotación laboral"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra", "Otras formas"),
    },
}
_NO_EXPLOIT = {
    _SAR.source: ("", "", "n/a"),
    _GN.source: ("", "Sans objet", ""),
    _HN.source: ("", "No aplica"),
    _FR.source: ("", "", "—"),
    _GM.source: ("", "N/A", "Not applicable"),
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _SAR.source: {"male": ("M", "M"), "female": ("F",), "mixed": ("M/F", "M+F")},
    _GN.source: {
        "male": ("Masculin", "Hommes", "H"),
        "female": ("Féminin", "Femmes", "F"),
        "mixed": ("Mixte", "H/F", "Hommes et femmes"),
    },
    _HN.source: {
        "male": ("Masculino", "Hombres", "HOMBRE"),
        "female": ("Femenino", "Mujeres", "MUJER"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    _FR.source: {
        "male": ("masculin", "hommes"),
        "female": ("féminin", "femmes"),
        "mixed": ("mixte", "hommes et femmes"),
    },
    _GM.source: {
        "male": ("Male", "Males"),
        "female": ("Female", "Females"),
        "mixed": ("Mixed", "Male & Female"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _SAR.source: {
        "adult": ("Adults", "Adult", "18+"),
        "child": ("Minors", "UASC", "Children"),
        "mixed": ("Adults + minors", "Mixed (incl. minors)"),
        "na": ("n/k", "unknown"),
    },
    _GN.source: {
        "adult": ("Majeurs", "Adultes", "Majeur(e)s"),
        "child": ("Mineurs", "Mineurs non accompagnés", "Mineur(e)s"),
        "mixed": ("Majeurs et mineurs", "Mixte (majeurs/mineurs)"),
        "na": ("Non précisé", "Indéterminé"),
    },
    _HN.source: {
        "adult": ("Adultos", "Mayores de edad"),
        "child": ("NNA", "Menores de edad", "Niños, niñas y adolescentes"),
        "mixed": ("Adultos y NNA", "Mixto"),
        "na": ("S/D", "Sin dato"),
    },
    _FR.source: {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA (mineurs non accompagnés)"),
        "mixed": ("majeurs et mineurs", "mixte"),
        "na": ("inconnu", "non précisé"),
    },
    _GM.source: {
        "adult": ("Adult", "Adults (18+)"),
        "child": ("Child", "Children (under 18)", "Minor"),
        "mixed": ("Adults & Children", "Mixed"),
        "na": ("N/K", "Not known"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    _SAR.source: {
        "sea": ("Rubber boat", "Wooden boat", "Iron boat", "Fibreglass boat", "Sailing boat"),
        "land": ("Overland", "Land (no craft)"),
        "air": ("Flight", "Air"),
        "na": ("unknown",),
    },
    _GN.source: {
        "sea": ("Pirogue", "Voie maritime", "Embarcation (pirogue)", "Cayuco"),
        "land": ("Voie terrestre", "Véhicule", "Camion"),
        "air": ("Voie aérienne", "Avion"),
        "na": ("Indéterminé",),
    },
    _HN.source: {
        "sea": ("Marítimo", "Lancha", "Embarcación"),
        "land": ("Terrestre", "Autobús", "A pie"),
        "air": ("Aéreo", "Vuelo comercial"),
        "na": ("S/D",),
    },
    _FR.source: {
        "sea": ("bateau", "voie maritime"),
        "land": ("route", "train", "voiture", "poids lourd"),
        "air": ("avion", "voie aérienne"),
        "na": ("inconnu",),
    },
    _GM.source: {
        "sea": ("Sea (pirogue)", "Boat", "By sea"),
        "land": ("Road", "By road", "Overland"),
        "air": ("Air", "By air"),
        "na": ("N/K",),
    },
}
#: Sea craft outside the Atlantic route, for the sources whose sea words name a pirogue.
_OPEN_BOAT = {
    _GN.source: ("Voie maritime", "Embarcation de fortune", "Zodiac"),
    _GM.source: ("By sea", "Boat", "Dinghy"),
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    _GN.source: {
        "document_fraud": ("Faux et usage de faux", "Faux documents"),
        "corruption": ("Corruption",),
        "money_laundering": ("Blanchiment de capitaux", "Blanchiment"),
        "illicit_goods": ("Contrebande", "Marchandises illicites"),
        "cybercrime": ("Cybercriminalité",),
        "terrorism": ("Terrorisme",),
    },
    _HN.source: {
        "document_fraud": ("Falsificación de documentos", "Uso de documento falso"),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Lavado de activos",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Delitos informáticos",),
        "terrorism": ("Terrorismo",),
    },
    _FR.source: {
        "document_fraud": ("art. 251 CP", "faux dans les titres"),
        "corruption": ("art. 322ter CP", "corruption"),
        "money_laundering": ("art. 305bis CP", "blanchiment d'argent"),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    _GM.source: {
        "document_fraud": ("Document fraud", "Forged documents"),
        "corruption": ("Corruption", "Bribery"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_OFFENCE_SEP = {_GN.source: ", ", _HN.source: "; ", _FR.source: ", ", _GM.source: " / "}
_NO_TRANSIT = {
    _SAR.source: ("", "Direct"),
    _GN.source: ("", "Néant"),
    _HN.source: ("", "Ninguno"),
    _FR.source: ("", "—"),
    _GM.source: ("", "None"),
}
_COUNT_PLACEHOLDER = {
    _SAR.source: ("unk", "not counted"),
    _GN.source: ("Inconnu", "N.D."),
    _HN.source: ("S/D", "Sin dato"),
    _FR.source: ("inconnu", "n.c."),
    _GM.source: ("Unknown", "N/K"),
}
_ZERO_WORD = {
    _SAR.source: ("none", "nil"),
    _GN.source: ("Néant", "Aucun"),
    _HN.source: ("ninguno", "Ninguno"),
    _FR.source: ("aucun", "aucun prévenu"),
    _GM.source: ("Nil", "None"),
}
_SUSPECT_PLACEHOLDER = {
    _SAR.source: ("unk.",),
    _GN.source: ("Inconnu",),
    _HN.source: ("S/D",),
    _FR.source: ("inconnu",),
    _GM.source: ("N/K",),
}
_NO_DATE = {
    _SAR.source: ("n/k",),
    _GN.source: ("inconnue",),
    _HN.source: ("S/F", "sin fecha"),
    _FR.source: ("inconnue",),
    _GM.source: ("N/K",),
}
_REMARKS = {
    _SAR.source: (
        "",
        "",
        "Disembarked at port of safety",
        "Transshipped to CG patrol vessel",
        "Medevac requested",
        "Boat marked and left adrift",
    ),
    _GN.source: (
        "",
        "",
        "Dossier transmis au Procureur",
        "Enquête en cours",
        "Victimes prises en charge",
    ),
}
_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _fit(text: str, src: ExaminerSource, fallback: str) -> str:
    return text if fits(text, src) else fallback


def _name(code: str, lang: str) -> str:
    names = _NAMES.get(code)
    return names[_LANG[lang]] if names else code


def _country(src: ExaminerSource, code: str, rng: _Rng, tags: list[str]) -> str:
    """Name a country the source's way (name, other name, ISO code, case)."""
    lang = src.language
    base = _name(code, lang)
    r = rng.random()
    alts = _ALT[lang].get(code, ())
    if src is _FR and r < 0.35:
        tags.append("iso2")
        return iso_codes(code)[0]
    if src is _HN and r < 0.2:
        tags.append("iso3")
        return code
    if alts and r < 0.55:
        tags.append("alt_name")
        return _fit(choice(rng, alts), src, base)
    if r > 0.93:
        tags.append("upper_case")
        return base.upper()
    if src is _HN and r > 0.88:
        bad = mojibake(base)
        if bad is not None:
            tags.append("mojibake")
            return bad
    return base


def _demonym(src: ExaminerSource, code: str, gender: str, rng: _Rng, tags: list[str]) -> str:
    dem = _DEMONYMS.get(code)
    if dem is None or rng.random() < 0.3:
        return _country(src, code, rng, tags)
    tags.append("demonym")
    if src.language == "en":
        return dem[0]
    fem = gender == "female"
    if src.language == "fr":
        word = dem[2] if fem else dem[1]
        return word.capitalize() if src is _GN else word
    word = dem[4] if fem else dem[3]
    return word.upper() if rng.random() < 0.3 else word


def _nationality(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    code = str(ev["nationality"])
    if src is _FR and rng.random() < 0.5:
        tags.append("iso2")
        return iso_codes(code)[0]
    if src is _HN and rng.random() < 0.15:
        tags.append("iso3")
        return code
    return _demonym(src, code, str(ev["gender"]), rng, tags)


def _detection(src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    code = str(ev["detection_country"])
    text = _country(src, code, rng, tags)
    hotspot = str(ev.get("hotspot") or "")
    if hotspot and "(" not in text + hotspot and rng.random() < 0.35:
        sep = " – " if src is _SAR else " ("
        close = "" if src is _SAR else ")"
        with_place = f"{text}{sep}{hotspot}{close}"
        if fits(with_place, src):
            tags.append("with_place")
            return with_place
    return text


def _transit(src: ExaminerSource, value: object, rng: _Rng, tags: list[str]) -> str:
    if value is None:
        return choice(rng, _NO_TRANSIT[src.source])
    codes = str(value).split("|")
    if src is _FR:
        if rng.random() < 0.4:
            tags.append("iso3_list")
            return "-".join(codes)
        return ", ".join(_name(c, "fr") for c in codes)
    names = [_name(c, src.language) for c in codes]
    if src is _SAR:
        sep = " > " if rng.random() < 0.6 else " - "
        return ("via " if len(names) == 1 and rng.random() < 0.3 else "") + sep.join(names)
    if src is _GM:
        return _fit(" → ".join(names), src, " - ".join(names))
    if src is _GN:
        return ", ".join(names) if rng.random() < 0.6 else " / ".join(names)
    return ", ".join(names) if rng.random() < 0.5 else " - ".join(names)


def _offences(src: ExaminerSource, value: object, rng: _Rng) -> str | None:
    if value is None:
        return None if src.format != "csv" else ""
    table = _OFFENCES[src.source]
    return _OFFENCE_SEP[src.source].join(choice(rng, table[o]) for o in str(value).split("|"))


def _big(n: int, src: ExaminerSource) -> str:
    text = f"{n:,}"
    if src is _GN:
        return text.replace(",", " ")
    if src is _FR:
        return text.replace(",", "'")
    return text


def _persons(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write a count of persons; return (cell, expected)."""
    r = rng.random()
    if r < 0.04:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_PLACEHOLDER[src.source]), None
    if n >= 1000 and (src.format == "csv" or r < 0.5):
        tags.append("thousands_sep")
        return _big(n, src), n
    if src is _GN and r < 0.2:
        tags.append("unit_word")
        return f"{n} pers.", n
    if src is _HN and r < 0.15:
        tags.append("unit_word")
        return f"{n} persona{'s' if n != 1 else ''}", n
    if src.format == "csv":
        return str(n), n
    return n, n


def _suspects(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    r = rng.random()
    if n == 0 and r < 0.5:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORD[src.source]), 0
    if r > 0.96:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECT_PLACEHOLDER[src.source]), None
    return (str(n) if src.format == "csv" else n), n


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(ts.year, 3 * ((ts.month - 1) // 3) + 1, 1)


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write a date the source's way; return (cell, expected date, precision)."""
    r = rng.random()
    month = pd.Timestamp(ts.year, ts.month, 1)
    q = (ts.month - 1) // 3 + 1
    d, m, y = ts.day, ts.month, ts.year
    if src is _SAR:
        hh, mm = int(rng.integers(24)), int(rng.integers(60))
        if r < 0.35:
            return f"{ts:%Y-%m-%d} {hh:02d}:{mm:02d}", ts, "day"
        if r < 0.65:
            return f"{ts:%d/%m/%Y}", ts, "day"
        if r < 0.88:
            return f"{d} {MONTHS[m - 1][:3]} {y}", ts, "day"
        tags.append("dtg")
        return f"{d:02d}{hh:02d}{mm:02d}Z {MONTHS[m - 1][:3].upper()} {y % 100:02d}", ts, "day"
    if src is _GN:
        if partial_ok and r < 0.06:
            tags.append("partial_month")
            text = f"{_FR_MONTHS[m - 1]} {y}" if r < 0.04 else f"{m:02d}/{y}"
            return text, month, "month"
        if r < 0.6:
            return f"{ts:%d/%m/%Y}", ts, "day"
        if r < 0.75:
            return f"{ts:%d-%m-%Y}", ts, "day"
        if r < 0.9:
            tags.append("month_name")
            first = "1er" if d == 1 else str(d)
            return f"{first} {_FR_MONTHS[m - 1]} {y}", ts, "day"
        return f"le {ts:%d/%m/%Y}", ts, "day"
    if src is _HN:
        if partial_ok and r < 0.04:
            tags.append("partial_month")
            text = f"{y}-{m:02d}" if r < 0.02 else f"{_ES_MONTHS[m - 1]} {y}"
            return text, month, "month"
        if partial_ok and r < 0.07:
            tags.append("quarter")
            text = (
                f"{'I' * q if q < 4 else 'IV'} trimestre {y}"
                if r < 0.055
                else f"{('1er.', '2do.', '3er.', '4to.')[q - 1]} trimestre {y}"
            )
            return text, _quarter_start(ts), "quarter"
        if r < 0.45:
            return f"{ts:%Y-%m-%d}", ts, "day"
        if r < 0.6:
            return f"{ts:%Y-%m-%d}T00:00:00", ts, "day"
        if r < 0.85:
            return f"{ts:%d/%m/%Y}", ts, "day"
        tags.append("month_name")
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}", ts, "day"
    if src is _FR:
        if partial_ok and r < 0.05:
            tags.append("partial_month")
            return f"{m:02d}.{y}", month, "month"
        if r < 0.6:
            return dt.datetime(y, m, d), ts, "day"
        if r < 0.75:
            tags.append("excel_serial")
            return int((ts - _EPOCH).days), ts, "day"
        return f"{ts:%d.%m.%Y}", ts, "day"
    # the Gambian compilation
    if partial_ok and r < 0.05:
        tags.append("partial_month")
        return f"{MONTHS[m - 1]} {y}", month, "month"
    if partial_ok and r < 0.09:
        tags.append("quarter")
        text = f"Q{q} {y}" if r < 0.075 else f"{('1st', '2nd', '3rd', '4th')[q - 1]} Qtr {y}"
        return text, _quarter_start(ts), "quarter"
    if r < 0.5:
        return f"{ts:%d/%m/%Y}", ts, "day"
    if r < 0.7:
        tags.append("month_name")
        return f"{_ordinal(d)} {MONTHS[m - 1]} {y}", ts, "day"
    if r < 0.85:
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}", ts, "day"
    return f"{ts:%Y-%m-%d}", ts, "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine."""
    if kind == "no_date":
        if rng.random() < 0.7:
            return None
        return choice(rng, _NO_DATE[src.source])
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        if src is _FR:
            return f"{day}.02.{ts.year}"
        if src is _HN:
            return f"{ts.year}-02-{day}"
        if src is _SAR:
            return f"{ts.year}-13-{ts.day:02d} 12:00"
        return f"{day}/02/{ts.year}"
    future = ts.replace(year=ts.year + 10)
    if src is _FR:
        return future.to_pydatetime()
    if src is _HN:
        return f"{future:%Y-%m-%d}"
    return f"{future:%d/%m/%Y}"


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the source's note row."""
    if src is _FR:
        return last.to_pydatetime()
    if src is _HN:
        return f"{last:%Y-%m-%d}"
    return f"{last:%d/%m/%Y}"


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _ddm(value: float, pos: str, neg: str, width: int, spaced: bool) -> tuple[str, float]:
    total = round(abs(value) * 60, 2)
    deg = int(total // 60)
    mins = total - deg * 60
    hemi = pos if value >= 0 else neg
    sign = 1 if value >= 0 else -1
    if spaced:
        text = f"{deg:0{width}d} {mins:05.2f}{hemi}"
    else:
        text = f"{deg:0{width}d}°{mins:05.2f}'{hemi}"
    return text, sign * total / 60


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    total = round(abs(value) * 3600, 1)
    deg = int(total // 3600)
    mins = int((total - deg * 3600) // 60)
    secs = total - deg * 3600 - mins * 60
    hemi = pos if value >= 0 else neg
    sign = 1 if value >= 0 else -1
    return f"{deg}°{mins:02d}'{secs:04.1f}\"{hemi}", sign * total / 3600


def _coords(
    src: ExaminerSource, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the location; return (cells, expected lat, expected lon)."""
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    r = rng.random()
    blank: object = "" if src.format == "csv" else None
    if src is _GM:  # the compilation carries no coordinates
        tags.append("coords_missing")
        return {}, None, None
    if src is _SAR:
        if ev["transport_mode"] != "sea" and r < 0.7:
            tags.append("coords_missing")
            return {"coordinates": blank}, None, None
        if r > 0.97:
            tags.append("coords_placeholder")
            return {"coordinates": "n/a"}, None, None
        spaced = r < 0.25
        lat_text, elat = _ddm(lat, "N", "S", 2, spaced)
        lon_text, elon = _ddm(lon, "E", "W", 3, spaced)
        tags.append("ddm")
        return {"coordinates": f"{lat_text} {lon_text}"}, elat, elon
    if src is _GN:
        if r < 0.1:
            tags.append("coords_missing")
            return {"lat": blank, "lon": blank}, None, None
        tags.append("decimal_comma")
        la, lo = round(lat, 5), round(lon, 5)
        return (
            {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
            la,
            lo,
        )
    if src is _HN:
        if r < 0.06:
            tags.append("coords_placeholder")
            return {"lat": "S/D", "lon": "S/D"}, None, None
        if r < 0.12:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.3:
            tags.append("coords_text")
            return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
        return {"lat": la, "lon": lo}, la, lo
    # Fribourg: one cell
    if r < 0.05:
        tags.append("coords_placeholder")
        return {"coordinates": "n.d."}, None, None
    if r < 0.1:
        tags.append("coords_missing")
        return {"coordinates": None}, None, None
    if r < 0.3:
        tags.append("dms")
        lat_text, elat = _dms(lat, "N", "S")
        lon_text, elon = _dms(lon, "E", "O")
        return {"coordinates": f"{lat_text} {lon_text}"}, elat, elon
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f} / {lo:.5f}"}, la, lo


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
    """Write one true event as the source does: (cells, expected values, tags)."""
    tags: list[str] = []
    name = src.source
    blank: object = "" if src.format == "csv" else None
    ts = pd.Timestamp(ev["event_date"]).normalize()  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[name][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = choice(rng, _NO_EXPLOIT[name]) or blank
    else:
        cells["exploitation"] = choice(rng, _EXPLOIT[src.language][str(expl)])
    exp["exploitation"] = expl

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = blank, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, int(ev["n_suspects"]), rng, tags)  # type: ignore[call-overload]

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = blank, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, _GENDER[name][gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[name]["na"]), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, _AGE[name][age]), age

    if forced_blank == "nationality":
        cells["nationality"], exp["nationality"] = blank, None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, ev, rng, tags)
        exp["nationality"] = ev["nationality"]
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng, tags)
    exp["origin_country"] = ev["origin_country"]
    cells["destination_country"] = _country(src, str(ev["destination_country"]), rng, tags)
    exp["destination_country"] = ev["destination_country"]
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags) or blank
    exp["transit_countries"] = ev["transit_countries"]
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = blank, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _detection(src, ev, rng, tags)
        exp["detection_country"] = ev["detection_country"]

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"], exp["transport_mode"] = (
            choice(rng, _TRANSPORT[name]["na"]),
            ("unknown"),
        )
        tags.append("na_word")
    else:
        words = _TRANSPORT[name][mode]
        if mode == "sea" and ev["corridor"] != "watl" and name in _OPEN_BOAT:
            words = _OPEN_BOAT[name]  # a pirogue is an Atlantic craft
        cells["transport_mode"] = choice(rng, words)
        exp["transport_mode"] = mode

    if forced_blank == "coordinates" and src is not _GM:
        keys = ("coordinates",) if "coordinates" in src.headers else ("lat", "lon")
        cells.update(dict.fromkeys(keys, blank))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"] = _coords(src, ev, rng, tags)
        cells.update(place)

    if "linked_offences" in src.headers:
        cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
        exp["linked_offences"] = ev["linked_offences"]
    else:
        exp["linked_offences"] = None
    if name in _REMARKS:
        cells["remarks"] = choice(rng, _REMARKS[name])
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND24_SOURCES,
    primary=_PRIMARY,
    compilation=_GM.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2424,
    blank_share=0.3,
)


def make_blind24(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind24`` examiner set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``sar_log_z.csv``, ``dcpaf_gn_z.csv``, ``inm_hn_z.jsonl``,
        ``police_fribourg_z.xlsx`` and ``naatip_gm_z.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind24(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sar_log_z.csv', 'dcpaf_gn_z.csv', 'inm_hn_z.jsonl', 'police_fribourg_z.xlsx',
     'naatip_gm_z.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
