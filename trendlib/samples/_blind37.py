"""The ``blind37`` examiner set: five more agencies, files ``*_am.*``.

A held-out set written without looking at the cleaner, to measure how it copes with
wording it was never tuned on. The rows come from :mod:`trendlib.samples._examiner`;
this module only says how each agency writes a cell. A reader's guide to the files:

``itss_am.csv`` -- Spain's labour inspectorate (Inspección de Trabajo y Seguridad Social,
    its special directorate's joint operations with the police). Spanish, cp1252 with
    CRLF line ends, ``;``. Reference numbers are service orders (``OS-22/000123``).
    Dates are day-first: ``07/01/2022``, two-digit years ``7/1/22``, Spanish month
    abbreviations ``7-ene-2022`` and long dates ``7 de enero de 2022``; partial dates
    ``enero 2022``, ``ene-2022``, ``01/2022`` and quarters ``1T 2022`` / ``1er trimestre
    2022``. The crime is a Penal Code article (``art. 177 bis CP`` trafficking,
    ``art. 318 bis CP`` smuggling) or its name, or the acronym ``TSH``. Sex is written
    ``H``/``M`` (hombre/mujer, the header says so) or in words. Nationalities are Spanish
    demonyms (``marroquí``, ``nigerina`` for Niger, ``nigeriana`` for Nigeria), some in
    capitals, a few garbled as UTF-8 read as cp1252 (``panameÃ±a``). Counts use ``.`` as
    the thousand separator (``1.234``); ``S/D`` / ``desconocido`` for an unknown count;
    ``ninguno`` / ``sin detenidos`` for no suspect. Latitude and longitude sit in two
    columns with a decimal comma (``28,12345``). Transit countries are joined by `` - ``.
    A provisional-data note row, a ``TOTAL GENERAL`` row, an empty row, and the file is
    re-sent with a few rows repeated.
``spvm_am.csv`` -- Montréal police (SPVM), its exploitation / border-integrity liaison
    desk. Québec French, UTF-16 (with BOM), tab-delimited (Excel's "Unicode text").
    Bilingual headers (``No dossier / File no.``). Dates are mostly ISO (``2022-03-15``,
    the Québec standard, as the header ``(AAAA-MM-JJ)`` says), also ``2022/03/15`` and
    ``15 mars 2022``; partial ``mars 2022`` / ``2022-03``; quarters ``T1 2022`` /
    ``1er trimestre 2022``. The crime cites the Criminal Code (``art. 279.01 C.cr.``
    trafficking) or IRPA (``LIPR art. 117`` people smuggling, ``LIPR art. 118``
    trafficking), or words (``passage de clandestins``). ``s.o.`` (sans objet) for a mode
    or age that does not apply, ``n.d.`` / ``inconnu`` for an unknown count, ``aucun`` for
    no suspect. Counts with a (no-break) space as thousand separator (``1 234``).
    Citizenship as a French country name or demonym (``Nigéria``, ``nigérien`` for
    Niger). Coordinates in one cell, either decimal commas split by ``;``
    (``48,85661; 2,35222``) or degrees-minutes-seconds (``50°57'12.3"N 1°51'30.0"E``).
    No origin-transit chain: only provenance and destination. Empty row, note row,
    ``Total`` row.
``uae_moi_am.xlsx`` -- UAE Ministry of Interior, human-trafficking crimes control liaison
    register. English with Arabic beside each header (``Incident Date / تاريخ الواقعة``).
    Dates are real Excel dates, bare Excel serial numbers (a column that lost its
    format), or text ``15-Mar-2022`` / ``15/03/2022`` (day-first); partial ``Mar-2022``
    and ``Q1 2022``. Offence cites Federal Law No. 51 of 2006 (trafficking) or says
    ``Migrant smuggling``. Gulf usage for nationalities (``Afghani``, ``Syrian Arab
    Republic``); ``Domestic servitude`` for forced labour. Counts are numbers, sometimes
    text with a comma (``1,250``); ``N/K`` / ``TBC`` placeholders; ``Nil`` for no accused.
    Latitude and longitude as numbers. Note row, ``Grand Total`` row; re-sent rows.
``nepal_ahtb_am.jsonl`` -- Nepal Police Anti-Human Trafficking Bureau, its foreign-desk
    case feed. English JSON lines, UTF-8 (non-ASCII kept), snake-case keys. Dates ISO,
    ``15 Mar 2022`` or ``15/03/2022`` (day-first); partial ``2022-03`` / ``March 2022``,
    quarters ``2022-Q1``. Offence per the Human Trafficking and Transportation (Control)
    Act 2064 (``HTTCA 2064 s.3``) or ``Human smuggling``. Counts are JSON numbers or text
    (``"1,250"``, ``"unknown"``). Nationality as English names, demonyms or ISO alpha-2
    codes (``SY``). ``gps`` is one string, ``27.71720, 85.32400`` or hemisphere letters
    (``N8.95520 W77.72048``). Note and ``TOTAL`` rows.
``lk_cid_am.csv`` -- Sri Lanka CID, Human Trafficking, Smuggling Investigation and
    Maritime Crimes Investigation Division (HTSIMCID), liaison returns. English, UTF-8
    with BOM, ``|``-delimited. Dates in the Sri Lankan government style ``2022.03.15``
    (year first), also ``15.03.2022`` and ``15th March 2022``; partial ``March 2022``,
    quarters ``1st Quarter 2022``. Offence cites Penal Code s.360C (trafficking) or
    Immigrants and Emigrants Act s.45C (smuggling of migrants). ``Nil`` for no suspect,
    ``N/K`` / ``Not known`` for unknown counts; thousand commas. Position in the maritime
    degrees-and-decimal-minutes style (``08°57.312'N 077°43.229'W``) or decimal degrees
    with hemisphere letters. Empty row, note row, ``TOTAL`` row. The compilation source:
    it reports every event no other source takes first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["BLIND37_SOURCES", "make_blind37"]

_Rng = np.random.Generator
#: (cell, expected day, precision, tag) of a written date.
_Date = tuple[object, pd.Timestamp, str, str]

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_ITSS = ExaminerSource(
    source="itss_am",
    filename="itss_am.csv",
    ref="OS-{yy:02d}/{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Orden de Servicio",
        "event_date": "Fecha actuación",
        "crime_type": "Tipificación (CP)",
        "exploitation": "Finalidad explotación",
        "n_persons": "Nº personas afectadas",
        "n_suspects": "Nº investigados/detenidos",
        "gender": "Sexo (H/M)",
        "age_group": "Edad (may./men.)",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Países tránsito",
        "destination_country": "País destino",
        "detection_country": "País actuación",
        "transport_mode": "Medio transporte",
        "lat": "Latitud (º)",
        "lon": "Longitud (º)",
        "linked_offences": "Otros delitos conexos",
    },
    note="Fuente: ITSS - Dirección Especial. Datos provisionales, sujetos a revisión.",
    total="TOTAL GENERAL",
    bad_count=("varios", "ver anexo", "#¡VALOR!"),
    repeats=True,
)
_SPVM = ExaminerSource(
    source="spvm_am",
    filename="spvm_am.csv",
    ref="SPVM-{year}-{seq:05d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "No dossier / File no.",
        "event_date": "Date de l'événement (AAAA-MM-JJ)",
        "crime_type": "Infraction (C.cr. / LIPR)",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nbre de personnes / No. of persons",
        "n_suspects": "Nbre de suspects",
        "gender": "Sexe",
        "age_group": "Groupe d'âge",
        "nationality": "Citoyenneté",
        "origin_country": "Pays de provenance",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interception",
        "transport_mode": "Mode de transport",
        "coordinates": "Coordonnées GPS (lat, long)",
        "linked_offences": "Infractions connexes",
    },
    note="Données extraites du module de renseignement - usage policier seulement",
    total="Total",
    bad_count=("plusieurs", "voir rapport", "#VALEUR!"),
    repeats=False,
)
_UAE = ExaminerSource(
    source="uae_moi_am",
    filename="uae_moi_am.xlsx",
    ref="HT/{year}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case No. / رقم القضية",
        "event_date": "Incident Date / تاريخ الواقعة",
        "crime_type": "Offence / الجريمة",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "No. of Accused / عدد المتهمين",
        "gender": "Gender / الجنس",
        "age_group": "Age Category",
        "nationality": "Nationality / الجنسية",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit",
        "destination_country": "Destination",
        "detection_country": "Country of Detection",
        "transport_mode": "Means of Transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Linked Offences",
    },
    note="Prepared by HTCC Dept. - figures provisional, not for publication",
    total="Grand Total",
    bad_count=("several", "see attached", "#VALUE!"),
    repeats=True,
)
_AHTB = ExaminerSource(
    source="nepal_ahtb_am",
    filename="nepal_ahtb_am.jsonl",
    ref="AHTB-{yy:02d}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_no",
        "event_date": "date_of_incident",
        "crime_type": "offence",
        "exploitation": "purpose_of_exploitation",
        "n_persons": "victims_total",
        "n_suspects": "accused_arrested",
        "gender": "sex",
        "age_group": "age",
        "nationality": "nationality",
        "origin_country": "origin",
        "transit_countries": "via",
        "destination_country": "destination",
        "detection_country": "place_country",
        "transport_mode": "mode",
        "coordinates": "gps",
        "linked_offences": "other_offences",
    },
    note="feed generated by AHTB foreign desk; figures subject to verification",
    total="TOTAL",
    bad_count=("many", "see FIR", "approx. forty"),
    repeats=False,
)
_CID = ExaminerSource(
    source="lk_cid_am",
    filename="lk_cid_am.csv",
    ref="CID/HTS/{seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "Ref. No.",
        "event_date": "Date of Detection",
        "crime_type": "Offence / Law",
        "exploitation": "Nature of Exploitation",
        "n_persons": "No. of Victims / Migrants",
        "n_suspects": "No. of Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Category",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Country/ies",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Detection",
        "transport_mode": "Mode of Travel",
        "coordinates": "Position (Lat/Long)",
        "linked_offences": "Other Offences",
    },
    note="HTSIMCID returns - compiled for liaison purposes only",
    total="TOTAL",
    bad_count=("See B-report", "several", "#VALUE!"),
    repeats=False,
)

#: The five sources, in the order :func:`make_blind37` returns them.
BLIND37_SOURCES: tuple[ExaminerSource, ...] = (_ITSS, _SPVM, _UAE, _AHTB, _CID)

_PRIMARY = {
    "ESP": "itss_am",
    "FRA": "spvm_am",
    "HRV": "spvm_am",
    "POL": "spvm_am",
    "ITA": "uae_moi_am",
    "GRC": "uae_moi_am",
    "GBR": "nepal_ahtb_am",
    "USA": "nepal_ahtb_am",
}
_SECONDARY = {
    ("wmed", "ESP"): "uae_moi_am",
    ("watl", "ESP"): "lk_cid_am",
    ("thb_rou_esp", "ESP"): "spvm_am",
    ("thb_rou_esp", "ITA"): "itss_am",
    ("cmed", "ITA"): "lk_cid_am",
    ("thb_nga_ita", "ITA"): "spvm_am",
    ("emed", "GRC"): "nepal_ahtb_am",
    ("channel", "FRA"): "nepal_ahtb_am",
    ("channel", "GBR"): "spvm_am",
    ("thb_vnm_gbr", "GBR"): "uae_moi_am",
    ("us_mex", "USA"): "lk_cid_am",
    ("darien", "PAN"): "itss_am",
    ("wbal", "HRV"): "uae_moi_am",
    ("blr_pol", "POL"): "nepal_ahtb_am",
}

# --------------------------------------------------------------------------------------
# Countries: code -> Spanish name, Spanish demonym, French name, French demonym,
# English name, English demonym
# --------------------------------------------------------------------------------------
_COUNTRY_ROWS = """
AFG|Afganistán|afgana|Afghanistan|afghan|Afghanistan|Afghan
ALB|Albania|albanesa|Albanie|albanais|Albania|Albanian
AUT|Austria|austriaca|Autriche|autrichien|Austria|Austrian
BGD|Bangladés|bangladesí|Bangladesh|bangladais|Bangladesh|Bangladeshi
BGR|Bulgaria|búlgara|Bulgarie|bulgare|Bulgaria|Bulgarian
BIH|Bosnia y Herzegovina|bosnia|Bosnie-Herzégovine|bosnien|Bosnia and Herzegovina|Bosnian
BLR|Bielorrusia|bielorrusa|Biélorussie|biélorusse|Belarus|Belarusian
CHN|China|china|Chine|chinois|China|Chinese
CIV|Costa de Marfil|marfileña|Côte d'Ivoire|ivoirien|Côte d'Ivoire|Ivorian
CMR|Camerún|camerunesa|Cameroun|camerounais|Cameroon|Cameroonian
COL|Colombia|colombiana|Colombie|colombien|Colombia|Colombian
DEU|Alemania|alemana|Allemagne|allemand|Germany|German
DZA|Argelia|argelina|Algérie|algérien|Algeria|Algerian
ECU|Ecuador|ecuatoriana|Équateur|équatorien|Ecuador|Ecuadorian
EGY|Egipto|egipcia|Égypte|égyptien|Egypt|Egyptian
ERI|Eritrea|eritrea|Érythrée|érythréen|Eritrea|Eritrean
ESP|España|española|Espagne|espagnol|Spain|Spanish
FRA|Francia|francesa|France|français|France|French
GBR|Reino Unido|británica|Royaume-Uni|britannique|United Kingdom|British
GIN|Guinea Conakry|guineana|Guinée|guinéen|Guinea|Guinean
GMB|Gambia|gambiana|Gambie|gambien|Gambia|Gambian
GRC|Grecia|griega|Grèce|grec|Greece|Greek
GTM|Guatemala|guatemalteca|Guatemala|guatémaltèque|Guatemala|Guatemalan
HND|Honduras|hondureña|Honduras|hondurien|Honduras|Honduran
HRV|Croacia|croata|Croatie|croate|Croatia|Croatian
HTI|Haití|haitiana|Haïti|haïtien|Haiti|Haitian
HUN|Hungría|húngara|Hongrie|hongrois|Hungary|Hungarian
IRN|Irán|iraní|Iran|iranien|Iran|Iranian
IRQ|Irak|iraquí|Irak|irakien|Iraq|Iraqi
ITA|Italia|italiana|Italie|italien|Italy|Italian
LBY|Libia|libia|Libye|libyen|Libya|Libyan
MAR|Marruecos|marroquí|Maroc|marocain|Morocco|Moroccan
MEX|México|mexicana|Mexique|mexicain|Mexico|Mexican
MKD|Macedonia del Norte|macedonia|Macédoine du Nord|macédonien|North Macedonia|Macedonian
MLI|Malí|maliense|Mali|malien|Mali|Malian
MRT|Mauritania|mauritana|Mauritanie|mauritanien|Mauritania|Mauritanian
NER|Níger|nigerina|Niger|nigérien|Niger|Nigerien
NGA|Nigeria|nigeriana|Nigéria|nigérian|Nigeria|Nigerian
PAK|Pakistán|pakistaní|Pakistan|pakistanais|Pakistan|Pakistani
PAN|Panamá|panameña|Panama|panaméen|Panama|Panamanian
POL|Polonia|polaca|Pologne|polonais|Poland|Polish
ROU|Rumanía|rumana|Roumanie|roumain|Romania|Romanian
RUS|Rusia|rusa|Russie|russe|Russia|Russian
SEN|Senegal|senegalesa|Sénégal|sénégalais|Senegal|Senegalese
SRB|Serbia|serbia|Serbie|serbe|Serbia|Serbian
SYR|Siria|siria|Syrie|syrien|Syria|Syrian
TUN|Túnez|tunecina|Tunisie|tunisien|Tunisia|Tunisian
TUR|Turquía|turca|Turquie|turc|Türkiye|Turkish
USA|Estados Unidos|estadounidense|États-Unis|américain|United States|American
VEN|Venezuela|venezolana|Venezuela|vénézuélien|Venezuela|Venezuelan
VNM|Vietnam|vietnamita|Viet Nam|vietnamien|Viet Nam|Vietnamese
YEM|Yemen|yemení|Yémen|yéménite|Yemen|Yemeni
"""
_COUNTRIES: dict[str, tuple[str, ...]] = {
    line.split("|")[0]: tuple(line.split("|")[1:]) for line in _COUNTRY_ROWS.strip().splitlines()
}
#: Gulf usage in the UAE register, for a few nationalities.
_GULF_NATIONALITY = {
    "AFG": "Afghani",
    "SYR": "Syrian Arab Republic",
    "IRN": "Iranian",
    "EGY": "Egyptian",
    "VNM": "Vietnamese",
    "USA": "U.S.",
    "GBR": "British (UK)",
    "CIV": "Ivory Coast",
}
_LANG_COL = {"es": 0, "fr": 2, "en": 4}


def _name(code: str, lang: str) -> str:
    """Country name of ``code`` in ``lang`` (the code itself when not tabled)."""
    row = _COUNTRIES.get(code)
    return row[_LANG_COL[lang]] if row else code


def _demonym(code: str, lang: str) -> str:
    """Demonym of ``code`` in ``lang`` (the country name when not tabled)."""
    row = _COUNTRIES.get(code)
    return row[_LANG_COL[lang] + 1] if row else code


# --------------------------------------------------------------------------------------
# Wording of values
# --------------------------------------------------------------------------------------
_ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_ES_ABBR = "ene feb mar abr may jun jul ago sep oct nov dic".split()
_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_EN_ABBR = [m[:3] for m in _EN_MONTHS]


@dataclass(frozen=True)
class _Words:
    """How one agency writes the vocabulary columns and its placeholders."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    mode: dict[str, tuple[str, ...]]
    na_word: tuple[str, ...]
    offences: dict[str, str]
    offence_sep: str
    no_offence: tuple[str, ...]
    count_unknown: tuple[str, ...]
    suspects_zero: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    nat_unknown: tuple[str, ...]
    gender_unknown: tuple[str, ...]
    coords_unknown: tuple[str, ...]


_WORDS: dict[str, _Words] = {
    "itss_am": _Words(
        crime={
            "trafficking": (
                "Trata de seres humanos (art. 177 bis CP)",
                "art. 177 bis CP",
                "TSH",
                "Trata de seres humanos",
            ),
            "smuggling": (
                "Inmigración clandestina (art. 318 bis CP)",
                "art. 318 bis CP",
                "Favorecimiento de la inmigración ilegal",
                "Tráfico ilícito de migrantes",
            ),
            "both": (
                "arts. 177 bis y 318 bis CP",
                "Trata + inmigración clandestina",
                "TSH / tráfico de migrantes (177 bis y 318 bis)",
            ),
        },
        exploitation={
            "sexual": ("explotación sexual", "sexual", "EXPLOTACIÓN SEXUAL"),
            "forced_labour": ("explotación laboral", "laboral", "trabajos forzados"),
            "forced_criminality": ("actividades delictivas", "criminalidad forzada"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras finalidades", "otros fines"),
        },
        gender={
            "male": ("H", "Hombres", "varones"),
            "female": ("M", "Mujeres", "mujer"),
            "mixed": ("H y M", "Ambos sexos", "Mixto"),
        },
        age={
            "adult": ("may.", "Mayores de edad", "Adultos"),
            "child": ("men.", "Menores", "menores de edad"),
            "mixed": ("may. y men.", "Mixto (adultos y menores)"),
        },
        mode={
            "sea": ("Marítimo", "patera", "cayuco", "embarcación neumática"),
            "land": ("Terrestre", "por carretera", "vehículo (carretera)"),
            "air": ("Aéreo", "vía aérea", "vuelo comercial"),
        },
        na_word=("No aplica", "N/A"),
        offences={
            "document_fraud": "falsedad documental",
            "corruption": "cohecho",
            "money_laundering": "blanqueo de capitales",
            "illicit_goods": "contrabando",
            "cybercrime": "delitos informáticos",
            "terrorism": "terrorismo",
        },
        offence_sep=" / ",
        no_offence=("", "", "Ninguno"),
        count_unknown=("S/D", "desconocido", "sin determinar"),
        suspects_zero=("ninguno", "sin detenidos"),
        suspects_unknown=("no consta", "S/D"),
        nat_unknown=("desconocida", "sin determinar", "no consta"),
        gender_unknown=("no consta", "S/D"),
        coords_unknown=("s/d",),
    ),
    "spvm_am": _Words(
        crime={
            "trafficking": (
                "Traite de personnes (art. 279.01 C.cr.)",
                "279.01 C.cr.",
                "Traite de personnes - LIPR art. 118",
            ),
            "smuggling": (
                "Passage de clandestins (LIPR art. 117)",
                "LIPR 117 - organisation d'entrée illégale",
                "aide à l'immigration illégale",
            ),
            "both": (
                "Traite + passage de clandestins (279.01 C.cr. / 117 LIPR)",
                "traite de personnes et passage de clandestins",
            ),
        },
        exploitation={
            "sexual": ("exploitation sexuelle", "sexuelle"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre", "autres formes"),
        },
        gender={
            "male": ("H", "masculin", "hommes"),
            "female": ("F", "féminin", "femmes"),
            "mixed": ("mixte", "hommes et femmes", "H/F"),
        },
        age={
            "adult": ("majeur", "adultes", "majeurs"),
            "child": ("mineur", "mineurs", "enfants"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        mode={
            "sea": ("maritime", "embarcation", "voie maritime"),
            "land": ("terrestre", "routier", "par la route"),
            "air": ("aérien", "voie aérienne", "vol commercial"),
        },
        na_word=("s.o.", "sans objet"),
        offences={
            "document_fraud": "fraude documentaire",
            "corruption": "corruption",
            "money_laundering": "recyclage des produits de la criminalité",
            "illicit_goods": "contrebande",
            "cybercrime": "cybercriminalité",
            "terrorism": "terrorisme",
        },
        offence_sep=", ",
        no_offence=("", "aucune"),
        count_unknown=("n.d.", "inconnu", "ND"),
        suspects_zero=("aucun", "aucun suspect"),
        suspects_unknown=("inconnu", "n.d."),
        nat_unknown=("inconnue", "indéterminée"),
        gender_unknown=("inconnu", "n.d."),
        coords_unknown=("n.d.", "non disponible"),
    ),
    "uae_moi_am": _Words(
        crime={
            "trafficking": (
                "Human trafficking - Fed. Law 51/2006",
                "HT (FL No. 51 of 2006 as amended)",
                "Trafficking in persons",
            ),
            "smuggling": (
                "Migrant smuggling",
                "Smuggling of migrants",
                "Facilitating illegal entry",
            ),
            "both": ("HT & migrant smuggling", "Trafficking / smuggling (FL 51/2006)"),
        },
        exploitation={
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Forced labour", "Domestic servitude", "Labour exploitation"),
            "forced_criminality": ("Forced criminality", "Forced to commit crimes"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other", "Others"),
        },
        gender={
            "male": ("M", "Male", "Males"),
            "female": ("F", "Female", "Females"),
            "mixed": ("M/F", "Mixed", "Both"),
        },
        age={
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "Juvenile", "Minors"),
            "mixed": ("Adults & minors", "Mixed"),
        },
        mode={
            "sea": ("Sea", "Boat", "Maritime"),
            "land": ("Land", "Overland", "Road"),
            "air": ("Air", "Flight", "By air"),
        },
        na_word=("N/A", "Not applicable"),
        offences={
            "document_fraud": "Document forgery",
            "corruption": "Bribery",
            "money_laundering": "Money laundering",
            "illicit_goods": "Contraband",
            "cybercrime": "Cybercrime",
            "terrorism": "Terrorism",
        },
        offence_sep="; ",
        no_offence=("", "-"),
        count_unknown=("N/K", "Not known", "TBC"),
        suspects_zero=("Nil", "None"),
        suspects_unknown=("N/K", "TBC"),
        nat_unknown=("Unknown", "Not known", "N/K"),
        gender_unknown=("N/K", "Unknown"),
        coords_unknown=("N/K",),
    ),
    "nepal_ahtb_am": _Words(
        crime={
            "trafficking": (
                "HTTCA 2064 s.3 - human trafficking",
                "Human trafficking",
                "Trafficking in persons (HTTCA 2064)",
            ),
            "smuggling": ("Human smuggling", "Migrant smuggling", "Smuggling of migrants"),
            "both": ("Trafficking + smuggling", "Human trafficking and smuggling"),
        },
        exploitation={
            "sexual": ("sexual exploitation", "sexual"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": ("forced criminality", "forced criminal activity"),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        gender={
            "male": ("male", "M", "men"),
            "female": ("female", "F", "women"),
            "mixed": ("mixed", "both", "male+female"),
        },
        age={
            "adult": ("adult", "adults"),
            "child": ("child", "minor", "children"),
            "mixed": ("mixed", "adult+child"),
        },
        mode={
            "sea": ("sea", "by boat", "boat"),
            "land": ("land", "by road", "on foot"),
            "air": ("air", "by air", "flight"),
        },
        na_word=("n/a", "not applicable"),
        offences={
            "document_fraud": "document fraud",
            "corruption": "corruption",
            "money_laundering": "money laundering",
            "illicit_goods": "contraband",
            "cybercrime": "cyber crime",
            "terrorism": "terrorism",
        },
        offence_sep=", ",
        no_offence=("",),
        count_unknown=("unknown", "NK", "not known"),
        suspects_zero=("none", "nil"),
        suspects_unknown=("unknown", "absconding, number not known"),
        nat_unknown=("unknown", "not established"),
        gender_unknown=("unknown",),
        coords_unknown=("unknown", "not recorded"),
    ),
    "lk_cid_am": _Words(
        crime={
            "trafficking": (
                "Trafficking - Sec. 360C Penal Code",
                "360C PC",
                "Human trafficking",
            ),
            "smuggling": (
                "Smuggling of migrants - Sec. 45C I&E Act",
                "45C I&E Act",
                "Migrant smuggling",
            ),
            "both": ("360C PC & 45C I&E Act", "Trafficking & smuggling"),
        },
        exploitation={
            "sexual": ("Sexual", "Sexual exploitation"),
            "forced_labour": ("Labour", "Forced labour"),
            "forced_criminality": ("Forced criminal activities", "Forced criminality"),
            "organ_removal": ("Removal of organs",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={
            "male": ("Male", "M"),
            "female": ("Female", "F"),
            "mixed": ("Both sexes", "Mixed", "M & F"),
        },
        age={
            "adult": ("Adult", "Adults"),
            "child": ("Child", "Children"),
            "mixed": ("Adults & children", "Mixed"),
        },
        mode={
            "sea": ("Sea - boat", "Multi-day fishing trawler", "Sea"),
            "land": ("Land", "Road", "Land - lorry"),
            "air": ("Air", "Air - commercial flight"),
        },
        na_word=("N/A",),
        offences={
            "document_fraud": "Forged documents",
            "corruption": "Bribery",
            "money_laundering": "Money laundering",
            "illicit_goods": "Smuggling of goods",
            "cybercrime": "Computer crime",
            "terrorism": "Terrorism",
        },
        offence_sep=" & ",
        no_offence=("", "Nil"),
        count_unknown=("Not known", "N/K", "Unknown"),
        suspects_zero=("Nil", "None"),
        suspects_unknown=("N/K", "Not known"),
        nat_unknown=("Not known", "Unknown"),
        gender_unknown=("Not known",),
        coords_unknown=("N/K", "Not recorded"),
    ),
}


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _partial(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> str:
    """``"month"``, ``"quarter"`` or ``"day"``: how precisely a row gives its date."""
    r = rng.random()
    if partial_ok and r < 0.05:
        return "month"
    if partial_ok and r < 0.075:
        return "quarter"
    return "day"


def _start(ts: pd.Timestamp, prec: str) -> pd.Timestamp:
    freq = {"month": "M", "quarter": "Q"}[prec]
    return ts.to_period(freq).start_time


def _date_itss(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    prec = _partial(ts, rng, partial_ok)
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "month":
        cell = choice(rng, (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_ABBR[m - 1]}-{y}", f"{m:02d}/{y}"))
        return cell, _start(ts, prec), prec, "month_only"
    if prec == "quarter":
        cell = choice(rng, (f"{q}T {y}", f"{q}{'er' if q in (1, 3) else 'º'} trimestre {y}"))
        return cell, _start(ts, prec), prec, "quarter_only"
    r = rng.random()
    if r < 0.6:
        return f"{d:02d}/{m:02d}/{y}", ts, prec, ""
    if r < 0.72:
        return f"{d}/{m}/{y % 100:02d}", ts, prec, "two_digit_year"
    if r < 0.88:
        return f"{d}-{_ES_ABBR[m - 1]}-{y}", ts, prec, "month_name"
    return f"{d} de {_ES_MONTHS[m - 1]} de {y}", ts, prec, "month_name"


def _date_spvm(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    prec = _partial(ts, rng, partial_ok)
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "month":
        cell = choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{y}-{m:02d}"))
        return cell, _start(ts, prec), prec, "month_only"
    if prec == "quarter":
        cell = choice(rng, (f"T{q} {y}", f"{q}{'er' if q == 1 else 'e'} trimestre {y}"))
        return cell, _start(ts, prec), prec, "quarter_only"
    r = rng.random()
    if r < 0.65:
        return f"{y}-{m:02d}-{d:02d}", ts, prec, ""
    if r < 0.8:
        return f"{y}/{m:02d}/{d:02d}", ts, prec, "slash_iso"
    return f"{d} {_FR_MONTHS[m - 1]} {y}", ts, prec, "month_name"


def _date_uae(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    prec = _partial(ts, rng, partial_ok)
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "month":
        return f"{_EN_ABBR[m - 1]}-{y}", _start(ts, prec), prec, "month_only"
    if prec == "quarter":
        return f"Q{q} {y}", _start(ts, prec), prec, "quarter_only"
    r = rng.random()
    if r < 0.6:
        return datetime(y, m, d), ts, prec, ""
    if r < 0.8:
        serial = int((ts - pd.Timestamp("1899-12-30")).days)
        return serial, ts, prec, "excel_serial"
    if r < 0.9:
        return f"{d:02d}-{_EN_ABBR[m - 1]}-{y}", ts, prec, "month_name"
    return f"{d:02d}/{m:02d}/{y}", ts, prec, "text_date"


def _date_ahtb(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    prec = _partial(ts, rng, partial_ok)
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "month":
        cell = choice(rng, (f"{y}-{m:02d}", f"{_EN_MONTHS[m - 1]} {y}"))
        return cell, _start(ts, prec), prec, "month_only"
    if prec == "quarter":
        return f"{y}-Q{q}", _start(ts, prec), prec, "quarter_only"
    r = rng.random()
    if r < 0.5:
        return f"{y}-{m:02d}-{d:02d}", ts, prec, ""
    if r < 0.75:
        return f"{d} {_EN_ABBR[m - 1]} {y}", ts, prec, "month_name"
    return f"{d:02d}/{m:02d}/{y}", ts, prec, "day_first"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date_cid(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _Date:
    prec = _partial(ts, rng, partial_ok)
    y, m, d, q = ts.year, ts.month, ts.day, ts.quarter
    if prec == "month":
        return f"{_EN_MONTHS[m - 1]} {y}", _start(ts, prec), prec, "month_only"
    if prec == "quarter":
        cell = choice(rng, (f"{_ordinal(q)} Quarter {y}", f"Q{q}-{y}"))
        return cell, _start(ts, prec), prec, "quarter_only"
    r = rng.random()
    if r < 0.55:
        return f"{y}.{m:02d}.{d:02d}", ts, prec, "dotted_ymd"
    if r < 0.8:
        return f"{d:02d}.{m:02d}.{y}", ts, prec, "dotted_dmy"
    return f"{_ordinal(d)} {_EN_MONTHS[m - 1]} {y}", ts, prec, "month_name"


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _Date]] = {
    "itss_am": _date_itss,
    "spvm_am": _date_spvm,
    "uae_moi_am": _date_uae,
    "nepal_ahtb_am": _date_ahtb,
    "lk_cid_am": _date_cid,
}


def _day_cell(src: ExaminerSource, y: int, m: int, d: int) -> object:
    """Write a full date the source's plainest way (``d``/``m`` may be impossible)."""
    if src.source == "itss_am":
        return f"{d:02d}/{m:02d}/{y}"
    if src.source == "spvm_am":
        return f"{y}-{m:02d}-{d:02d}"
    if src.source == "uae_moi_am":
        return f"{d:02d}/{m:02d}/{y}"
    if src.source == "nepal_ahtb_am":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{y}.{m:02d}.{d:02d}"


_NO_DATE: dict[str, tuple[object, ...]] = {
    "itss_am": ("", "s/f"),
    "spvm_am": ("", "inconnue"),
    "uae_moi_am": (None, "N/A"),
    "nepal_ahtb_am": (None, ""),
    "lk_cid_am": ("", "Not recorded"),
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row to quarantine: blank, impossible or years ahead."""
    if kind == "no_date":
        return _NO_DATE[src.source][int(rng.integers(2))]
    if kind == "bad_date":
        r = int(rng.integers(3))
        if r == 0:
            return _day_cell(src, ts.year, 2, 30 + int(rng.integers(2)))
        if r == 1:
            return _day_cell(src, ts.year, 13 + int(rng.integers(3)), ts.day)
        return _day_cell(src, ts.year, ts.month, 32 + int(rng.integers(3)))
    future = ts + pd.DateOffset(years=6 + int(rng.integers(4)))
    if src.format == "xlsx":
        return datetime(future.year, future.month, future.day)
    return _day_cell(src, future.year, future.month, future.day)


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date on the source's note row: the day of its last row."""
    if src.format == "xlsx":
        return datetime(last.year, last.month, last.day)
    return _day_cell(src, last.year, last.month, last.day)


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: ExaminerSource, n: int, rng: _Rng) -> object:
    """Write a person count the source's way (its own thousand separator)."""
    if src.source == "itss_am":
        return f"{n:,}".replace(",", ".")
    if src.source == "spvm_am":
        sep = choice(rng, (" ", "\u00a0"))
        return f"{n:,}".replace(",", sep)
    if src.source == "lk_cid_am":
        return f"{n:,}"
    # uae (xlsx) and ahtb (jsonl): a number, now and then text with a comma
    if n >= 1000 and rng.random() < 0.5:
        return f"{n:,}"
    if rng.random() < 0.06:
        return str(n)
    return int(n)


def _suspects(src: ExaminerSource, n: int, rng: _Rng) -> object:
    if src.format == "csv":
        return str(n)
    return int(n)


def _ddm(value: float, pos: str, neg: str, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes (3 decimals), e.g. ``08°57.312'N``, and its value."""
    total = round(abs(value) * 60000)
    deg, thou = divmod(total, 60000)
    text = f"{deg:0{width}d}°{thou // 1000:02d}.{thou % 1000:03d}'{pos if value >= 0 else neg}"
    return text, round((1 if value >= 0 else -1) * total / 60000, 6)


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds to a tenth, e.g. ``50°57'12.3"N``, and its value."""
    total = round(abs(value) * 36000)
    deg, rem = divmod(total, 36000)
    mins, tenths = divmod(rem, 600)
    text = f"{deg}°{mins:02d}'{tenths // 10:02d}.{tenths % 10}\"{pos if value >= 0 else neg}"
    return text, round((1 if value >= 0 else -1) * total / 36000, 6)


def _hemi(value: float, pos: str, neg: str, *, before: bool) -> str:
    letter = pos if value >= 0 else neg
    num = f"{abs(value):.5f}"
    return f"{letter}{num}" if before else f"{num}{letter}"


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float, str]:
    """Location cells, the values they give and a tag."""
    lat5, lon5 = round(lat, 5), round(lon, 5)
    if src.source == "itss_am":
        return (
            {"lat": f"{lat5:.5f}".replace(".", ","), "lon": f"{lon5:.5f}".replace(".", ",")},
            lat5,
            lon5,
            "decimal_comma",
        )
    if src.source == "uae_moi_am":
        return {"lat": lat5, "lon": lon5}, lat5, lon5, ""
    if src.source == "spvm_am":
        if rng.random() < 0.6:
            text = f"{lat5:.5f}".replace(".", ",") + "; " + f"{lon5:.5f}".replace(".", ",")
            return {"coordinates": text}, lat5, lon5, "decimal_comma"
        la, lav = _dms(lat, "N", "S")
        lo, lov = _dms(lon, "E", "O" if rng.random() < 0.5 else "W")
        return {"coordinates": f"{la} {lo}"}, lav, lov, "coords_dms"
    if src.source == "nepal_ahtb_am":
        if rng.random() < 0.7:
            return {"coordinates": f"{lat5:.5f}, {lon5:.5f}"}, lat5, lon5, ""
        text = f"{_hemi(lat5, 'N', 'S', before=True)} {_hemi(lon5, 'E', 'W', before=True)}"
        return {"coordinates": text}, lat5, lon5, "coords_hemisphere"
    if rng.random() < 0.6:
        la, lav = _ddm(lat, "N", "S", 2)
        lo, lov = _ddm(lon, "E", "W", 3)
        return {"coordinates": f"{la} {lo}"}, lav, lov, "coords_ddm"
    text = f"{_hemi(lat5, 'N', 'S', before=False)}, {_hemi(lon5, 'E', 'W', before=False)}"
    return {"coordinates": text}, lat5, lon5, "coords_hemisphere"


def _country(src: ExaminerSource, code: str, rng: _Rng) -> tuple[str, str]:
    """Write a country name as the source does; return it and a tag."""
    lang = src.language
    if src.source == "nepal_ahtb_am" and rng.random() < 0.15:
        return iso_codes(code)[0], "iso2"
    text = _name(code, lang)
    if src.source == "itss_am" and rng.random() < 0.15:
        return text.upper(), "upper"
    return text, ""


def _nationality(src: ExaminerSource, code: str, rng: _Rng) -> tuple[str, str]:
    """Write a nationality as the source does; return it and a tag."""
    r = rng.random()
    if src.source == "itss_am":
        text = _demonym(code, "es") if r < 0.8 else _name(code, "es")
        if rng.random() < 0.2:
            return text.upper(), "upper"
        return text, ""
    if src.source == "spvm_am":
        return (_name(code, "fr"), "") if r < 0.7 else (_demonym(code, "fr"), "demonym")
    if src.source == "uae_moi_am":
        if code in _GULF_NATIONALITY and r < 0.6:
            return _GULF_NATIONALITY[code], "gulf_usage"
        return _demonym(code, "en"), "demonym"
    if src.source == "nepal_ahtb_am":
        if r < 0.2:
            return iso_codes(code)[0], "iso2"
        return (_name(code, "en"), "") if r < 0.6 else (_demonym(code, "en"), "demonym")
    return (_demonym(code, "en"), "demonym") if r < 0.7 else (_name(code, "en"), "")


_TRANSIT_SEP = {
    "itss_am": " - ",
    "uae_moi_am": ", ",
    "nepal_ahtb_am": " > ",
    "lk_cid_am": " / ",
}


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
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    words = _WORDS[src.source]
    blank: object = None if src.format in ("xlsx", "jsonl") else ""
    exp: dict[str, object] = {f: ev.get(f) for f in EVENT_FIELDS}
    cells: dict[str, object] = {}
    tags: list[str] = []

    def tag(t: str) -> None:
        if t:
            tags.append(t)

    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, day, prec, t = _DATES[src.source](ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = prec
    tag(t)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, words.crime[crime])
    expl = ev.get("exploitation")
    cells["exploitation"] = choice(rng, words.exploitation[str(expl)]) if expl else blank

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.015:
        cells["n_persons"] = choice(rng, words.count_unknown)
        exp["n_persons"] = None
        tag("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng)
        if n >= 1000:
            tag("thousands")

    # suspects
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = blank
        exp["n_suspects"] = None
        tag("blank_n_suspects")
    elif rng.random() < 0.03:
        cells["n_suspects"] = choice(rng, words.suspects_unknown)
        exp["n_suspects"] = None
        tag("suspects_placeholder")
    elif k == 0 and rng.random() < 0.4:
        cells["n_suspects"] = choice(rng, words.suspects_zero)
        tag("zero_word")
    else:
        cells["n_suspects"] = _suspects(src, k, rng)

    # gender, age, mode
    if forced_blank == "gender":
        cells["gender"] = blank
        exp["gender"] = "unknown"
        tag("blank_gender")
    elif rng.random() < 0.01:
        cells["gender"] = choice(rng, words.gender_unknown)
        exp["gender"] = "unknown"
        tag("blank_gender")
    else:
        cells["gender"] = choice(rng, words.gender[str(ev["gender"])])
    if rng.random() < 0.01:
        cells["age_group"] = choice(rng, words.na_word)
        exp["age_group"] = "unknown"
        tag("na_word")
    else:
        cells["age_group"] = choice(rng, words.age[str(ev["age_group"])])
    if rng.random() < 0.015:
        cells["transport_mode"] = choice(rng, words.na_word)
        exp["transport_mode"] = "unknown"
        tag("na_word")
    else:
        cells["transport_mode"] = choice(rng, words.mode[str(ev["transport_mode"])])

    # countries
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        cells["nationality"] = blank
        exp["nationality"] = None
        tag("blank_nationality")
    elif rng.random() < 0.015:
        cells["nationality"] = choice(rng, words.nat_unknown)
        exp["nationality"] = None
        tag("blank_nationality")
    else:
        text, t = _nationality(src, nat, rng)
        garbled = mojibake(text) if src.source == "itss_am" and rng.random() < 0.04 else None
        if garbled is not None and fits(garbled, src):
            text, t = garbled, "mojibake"
        cells["nationality"] = text
        tag(t)
    for col in ("origin_country", "destination_country"):
        code = ev.get(col)
        if code:
            cells[col], t = _country(src, str(code), rng)
            tag(t)
        else:
            cells[col] = blank
    if forced_blank == "detection_country":
        cells["detection_country"] = blank
        exp["detection_country"] = None
        tag("blank_detection_country")
    else:
        cells["detection_country"], t = _country(src, str(ev["detection_country"]), rng)
        tag(t)
    if src.source in _TRANSIT_SEP:
        transit = ev.get("transit_countries")
        if transit:
            names = [_country(src, c, rng)[0] for c in str(transit).split("|")]
            cells["transit_countries"] = _TRANSIT_SEP[src.source].join(names)
        else:
            cells["transit_countries"] = blank
    else:
        exp["transit_countries"] = None

    # location
    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    loc_cols = ("lat", "lon") if "lat" in src.headers else ("coordinates",)
    if forced_blank == "coordinates":
        cells.update(dict.fromkeys(loc_cols, blank))
        exp["lat"] = exp["lon"] = None
        tag("blank_coordinates")
    elif rng.random() < 0.03:
        if src.format == "xlsx" or rng.random() < 0.5:
            cells.update(dict.fromkeys(loc_cols, blank))
            tag("coords_missing")
        else:
            cells.update(dict.fromkeys(loc_cols, choice(rng, words.coords_unknown)))
            tag("coords_placeholder")
        exp["lat"] = exp["lon"] = None
    else:
        loc, exp["lat"], exp["lon"], t = _coords(src, lat, lon, rng)
        cells.update(loc)
        tag(t)

    # linked offences
    offences = ev.get("linked_offences")
    if offences:
        parts = [words.offences[o] for o in str(offences).split("|")]
        cells["linked_offences"] = words.offence_sep.join(parts)
    else:
        none_word = choice(rng, words.no_offence)
        cells["linked_offences"] = none_word if none_word else blank
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND37_SOURCES,
    primary=_PRIMARY,
    compilation="lk_cid_am",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=3737,
    blank_share=0.35,
)


def make_blind37(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind37`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``itss_am.csv``, ``spvm_am.csv``, ``uae_moi_am.xlsx``, ``nepal_ahtb_am.jsonl``
        and ``lk_cid_am.csv``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind37(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['itss_am.csv', 'spvm_am.csv', 'uae_moi_am.xlsx', 'nepal_ahtb_am.jsonl',
     'lk_cid_am.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
