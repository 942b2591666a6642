"""The twenty-fifth examiner's blind sample set (variant ``blind25``, files ``*_aa.*``).

Five agencies from the Maghreb, the Sahel coast, the Caribbean, the Andes and Southern
Africa report the events, the far-away ones through their liaison officers. A reader's
guide to the files:

``sngc_garde_cotes_dz_aa.csv`` — Algerian Service National des Garde-Côtes (SNGC)
    French, cp1252, ``;``, CRLF. Reports the events detected in Italy and France (liaison
    with the Italian and French coast guards). Headers in the Algerian administrative
    style (``N° PV``, ``Date interception (jj/mm/aaaa)``, ``Nbre migrants``). Dates
    ``14/03/2022``, ``14-03-2022`` or ``14 mars 2022``; a few rows give only the month
    (``mars 2022``). The offence cites the Penal Code as amended by Law 09-01
    (``art. 303 bis 30 CP`` smuggling, ``art. 303 bis 4 CP`` trafficking) or Law 23-04.
    Nationalities as French demonyms, singular or plural, some mojibake (``MalÃ©``-style:
    UTF-8 text pasted into a cp1252 sheet), a few letter swaps. Counts with a no-break
    space as thousands separator; ``néant`` for no suspect, ``n.c.`` / ``inconnu`` for
    an unknown count. One position cell in degrees-minutes-seconds
    (``37°05'12"N 008°15'30"E``), ``non relevée`` when not taken.
``garde_cotes_mauritanie_aa.xlsx`` — Garde-Côtes Mauritaniennes (GCM)
    French, XLSX, bilingual French/Arabic headers. Reports the events detected in Spain
    (Canaries and Alboran routes, through the Spanish liaison in Nouadhibou). Dates as
    Excel dates, bare Excel serial numbers or ``14/03/2022`` text; a few only the month
    (``mars 2022``) or the quarter (``1er trimestre 2022``). Values mostly in capitals
    (``SÉNÉGAL`` for the nationality, country names not demonyms, sometimes ISO alpha-2);
    offences under Law 2010-021 (smuggling) and Law 2020-017 (trafficking); gender
    ``H`` / ``F`` / ``H/F``. Latitude and longitude in two columns in degrees and decimal
    minutes with a decimal comma (``27°45,32' N``, ``017°56,21' W``), ``—`` if unknown.
    Counts sometimes floats (``45.0``). No transit and no linked-offence columns.
``tgf_minint_cu_aa.jsonl`` — Cuban Tropas Guardafronteras (MININT)
    Spanish, UTF-8 JSON lines. Reports the events detected in the United States (and a
    second time some Darién crossings). Keys in Spanish with spaces. Dates
    ``14/03/2022``, ISO ``2022-03-14`` or ``14 de marzo de 2022``; some only
    ``marzo de 2022``. Counts as JSON numbers or strings (``"1.250"``, ``"s/d"``),
    coordinates as numbers or strings with a decimal comma. ``EE.UU.`` for the United
    States. Gender ``Masc.`` / ``Fem.`` / ``Mixto``. No linked-offence column.
``felcc_trata_trafico_bo_aa.csv`` — Bolivian FELCC, División Trata y Tráfico de Personas
    Spanish, latin-1, tab. Reports the Darién events (Interpol La Paz liaison) and a second
    time some US-Mexico events. Dates ``dd/mm/aa`` (two-digit year, as its header says),
    ``14/03/2022`` or ``14-mar-2022``; some only ``marzo/2022`` or a quarter
    (``2do trimestre 2022``). Offences under Law 263 and the Penal Code (``Art. 281 bis``
    trafficking, ``Art. 321 bis`` smuggling). ``NNA`` (niños, niñas y adolescentes) for
    minors; ``a pie`` (on foot) for land crossings; demonyms masculine, feminine or
    plural; ``legitimación de ganancias ilícitas`` for money laundering. Counts with a
    dot thousands separator, ``S/D`` unknown, ``ninguno`` for no suspect. One position
    cell ``8,06730 N / 77,56772 O`` or ``8.06730, -77.56772``. Re-sends some rows.
``saps_dpci_liaison_za_aa.csv`` — South African Police Service, DPCI (Hawks) liaison desk
    English, UTF-8 with BOM, ``,``. Reports every other event (Greece, Croatia, Poland,
    the United Kingdom) from Interpol NCB Pretoria digests, and a second time some
    Atlantic and Central Mediterranean events. Dates ``2022/03/14`` (South African
    year-first), ``14 March 2022`` or ``14 Mar 2022``; some ``March 2022`` or
    ``Q3 2022``. Offences under the Prevention and Combating of Trafficking in Persons
    Act 7 of 2013 (PACOTIP) and s49 of the Immigration Act 13 of 2002. Nationalities as
    English demonyms or ISO alpha-3 codes, transit as ``TUR>BGR>SRB``; ``Nil`` suspects,
    ``TBC`` unknown count, ``n/a`` age or transport; counts ``1,250`` or ``1 250``;
    position ``39.22073, 26.29033`` or ``39.22073N 26.29033E``. Re-sends some rows.

Each file has a note row and a total row (the CSVs also an empty row), and the bad rows
of the shared machinery (:mod:`trendlib.samples._examiner`).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
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

__all__ = ["BLIND25_SOURCES", "Blind25Source", "make_blind25"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind25Source(ExaminerSource):
    """A source of the ``blind25`` set: the shared fields plus a style key.

    Attributes
    ----------
    key : str
        Short name of the agency's writing style (``sngc``, ``gcm``, ``tgf``, ``felcc``,
        ``saps``).
    """

    key: str = ""


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_COUNTRY_TABLE = """
AFG|Afghanistan|afghan|Afganistán|afgano|Afghanistan|Afghan
ALB|Albanie|albanais|Albania|albanés|Albania|Albanian
BGD|Bangladesh|bangladais|Bangladés|bangladesí|Bangladesh|Bangladeshi
CHN|Chine|chinois|China|chino|China|Chinese
CIV|Côte d'Ivoire|ivoirien|Costa de Marfil|marfileño|Côte d'Ivoire|Ivorian
CMR|Cameroun|camerounais|Camerún|camerunés|Cameroon|Cameroonian
COL|Colombie|colombien|Colombia|colombiano|Colombia|Colombian
DZA|Algérie|algérien|Argelia|argelino|Algeria|Algerian
ECU|Équateur|équatorien|Ecuador|ecuatoriano|Ecuador|Ecuadorian
EGY|Égypte|égyptien|Egipto|egipcio|Egypt|Egyptian
ERI|Érythrée|érythréen|Eritrea|eritreo|Eritrea|Eritrean
GIN|Guinée|guinéen|Guinea|guineano|Guinea|Guinean
GMB|Gambie|gambien|Gambia|gambiano|The Gambia|Gambian
GTM|Guatemala|guatémaltèque|Guatemala|guatemalteco|Guatemala|Guatemalan
HND|Honduras|hondurien|Honduras|hondureño|Honduras|Honduran
HTI|Haïti|haïtien|Haití|haitiano|Haiti|Haitian
IRN|Iran|iranien|Irán|iraní|Iran|Iranian
IRQ|Irak|irakien|Irak|iraquí|Iraq|Iraqi
MAR|Maroc|marocain|Marruecos|marroquí|Morocco|Moroccan
MEX|Mexique|mexicain|México|mexicano|Mexico|Mexican
MLI|Mali|malien|Malí|maliense|Mali|Malian
NGA|Nigeria|nigérian|Nigeria|nigeriano|Nigeria|Nigerian
PAK|Pakistan|pakistanais|Pakistán|pakistaní|Pakistan|Pakistani
ROU|Roumanie|roumain|Rumania|rumano|Romania|Romanian
SEN|Sénégal|sénégalais|Senegal|senegalés|Senegal|Senegalese
SYR|Syrie|syrien|Siria|sirio|Syria|Syrian
TUN|Tunisie|tunisien|Túnez|tunecino|Tunisia|Tunisian
TUR|Turquie|turc|Turquía|turco|Turkey|Turkish
VEN|Venezuela|vénézuélien|Venezuela|venezolano|Venezuela|Venezuelan
VNM|Viêt Nam|vietnamien|Vietnam|vietnamita|Vietnam|Vietnamese
YEM|Yémen|yéménite|Yemen|yemení|Yemen|Yemeni
AUT|Autriche|-|Austria|-|Austria|-
DEU|Allemagne|-|Alemania|-|Germany|-
ESP|Espagne|-|España|-|Spain|-
FRA|France|-|Francia|-|France|-
GBR|Royaume-Uni|-|Reino Unido|-|United Kingdom|-
GRC|Grèce|-|Grecia|-|Greece|-
ITA|Italie|-|Italia|-|Italy|-
POL|Pologne|-|Polonia|-|Poland|-
USA|États-Unis|-|Estados Unidos|-|United States|-
PAN|Panama|-|Panamá|-|Panama|-
HRV|Croatie|-|Croacia|-|Croatia|-
BLR|Biélorussie|-|Bielorrusia|-|Belarus|-
RUS|Russie|-|Rusia|-|Russia|-
HUN|Hongrie|-|Hungría|-|Hungary|-
SRB|Serbie|-|Serbia|-|Serbia|-
BIH|Bosnie-Herzégovine|-|Bosnia y Herzegovina|-|Bosnia and Herzegovina|-
MKD|Macédoine du Nord|-|Macedonia del Norte|-|North Macedonia|-
BGR|Bulgarie|-|Bulgaria|-|Bulgaria|-
LBY|Libye|-|Libia|-|Libya|-
MRT|Mauritanie|-|Mauritania|-|Mauritania|-
NER|Niger|-|Níger|-|Niger|-
"""


def _parse_countries() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    names: dict[str, dict[str, str]] = {"fr": {}, "es": {}, "en": {}}
    demonyms: dict[str, dict[str, str]] = {"fr": {}, "es": {}, "en": {}}
    for line in _COUNTRY_TABLE.strip().splitlines():
        code, frn, frd, esn, esd, enn, end = line.split("|")
        for lang, name, dem in (("fr", frn, frd), ("es", esn, esd), ("en", enn, end)):
            names[lang][code] = name
            if dem != "-":
                demonyms[lang][code] = dem
    return names, demonyms


_NAMES, _DEMONYMS = _parse_countries()
#: Other names the agencies use for a country, by language.
_ALT_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("fr", "USA"): ("USA", "Etats-Unis"),
    ("fr", "GBR"): ("Grande-Bretagne", "R-U"),
    ("fr", "CIV"): ("Cote d'Ivoire", "RCI"),
    ("es", "USA"): ("EE.UU.", "EE. UU.", "EEUU"),
    ("es", "GBR"): ("Inglaterra",),
    ("es", "PAN"): ("Panama", "Rep. de Panamá"),
    ("en", "GBR"): ("UK", "U.K."),
    ("en", "USA"): ("USA", "US"),
    ("en", "TUR"): ("Türkiye",),
}

_FR_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_ES_MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip

#: Offence wording by agency, with its legal references.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "sngc": {
        "smuggling": (
            "Trafic illicite de migrants (art. 303 bis 30 CP)",
            "Trafic de migrants – art. 303 bis 30 et s. CP",
            "Trafic illicite de migrants",
            "Organisation de traversées clandestines (trafic de migrants)",
        ),
        "trafficking": (
            "Traite des personnes (art. 303 bis 4 CP)",
            "Traite des personnes – loi 23-04",
            "Traite d'êtres humains",
        ),
        "both": (
            "Traite des personnes + trafic illicite de migrants",
            "Art. 303 bis 4 et 303 bis 30 CP (traite et trafic de migrants)",
        ),
    },
    "gcm": {
        "smuggling": (
            "TRAFIC ILLICITE DE MIGRANTS (LOI 2010-021)",
            "Trafic de migrants – loi n°2010-021",
            "TRAFIC DE MIGRANTS",
        ),
        "trafficking": (
            "TRAITE DES PERSONNES (LOI 2020-017)",
            "Traite des personnes – loi n°2020-017",
        ),
        "both": (
            "TRAITE (LOI 2020-017) ET TRAFIC DE MIGRANTS (LOI 2010-021)",
            "Traite des personnes et trafic de migrants",
        ),
    },
    "tgf": {
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Salida ilegal organizada (tráfico de migrantes)",
            "Tráfico de migrantes por mar",
        ),
        "trafficking": ("Trata de personas", "Trata de personas con fines de explotación"),
        "both": ("Trata de personas y tráfico de migrantes", "Trata y tráfico de migrantes"),
    },
    "felcc": {
        "smuggling": (
            "Tráfico de migrantes (Art. 321 bis CP)",
            "Tráfico ilícito de migrantes - Ley 263",
            "Art. 321 bis - tráfico de migrantes",
        ),
        "trafficking": (
            "Trata de personas (Art. 281 bis CP)",
            "Trata de personas - Ley 263",
            "Art. 281 bis - trata",
        ),
        "both": (
            "Trata y tráfico (Arts. 281 bis y 321 bis CP)",
            "Trata de personas y tráfico de migrantes",
        ),
    },
    "saps": {
        "smuggling": (
            "People smuggling (Immigration Act 13/2002 s49)",
            "Smuggling of migrants",
            "Migrant smuggling - s49 Immigration Act",
        ),
        "trafficking": (
            "TIP (PACOTIP s4)",
            "Trafficking in persons - Act 7 of 2013",
            "Human trafficking",
        ),
        "both": (
            "TIP & smuggling (PACOTIP s4 / Immigration Act s49)",
            "Human trafficking and people smuggling",
        ),
    },
}

_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme",),
        "unknown": ("non déterminée",),
    },
    "es": {
        "sexual": ("explotación sexual", "explotación sexual comercial"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "other": ("otra",),
        "unknown": ("no determinada",),
    },
    "en": {
        "sexual": ("sexual exploitation", "commercial sexual exploitation"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
        "unknown": ("undetermined",),
    },
}
_EXPL_NA = {"fr": "sans objet", "es": "no aplica", "en": "N/A"}

_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("faux et usage de faux", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment d'argent", "blanchiment"),
        "illicit_goods": ("contrebande",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsificación documental", "uso de instrumento falsificado"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("legitimación de ganancias ilícitas", "lavado de activos"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    "en": {
        "document_fraud": ("fraudulent documents", "document fraud"),
        "corruption": ("corruption", "bribery of officials"),
        "money_laundering": ("money laundering", "POCA money laundering"),
        "illicit_goods": ("contraband",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "sngc": {
        "female": ("Femmes", "F", "féminin"),
        "male": ("Hommes", "H", "masculin"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    "gcm": {"female": ("F", "FEMMES"), "male": ("H", "HOMMES"), "mixed": ("H/F", "MIXTE")},
    "tgf": {
        "female": ("Fem.", "Femenino"),
        "male": ("Masc.", "Masculino"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    "felcc": {
        "female": ("Mujeres", "femenino"),
        "male": ("Varones", "masculino", "Hombres"),
        "mixed": ("Ambos sexos", "mixto"),
    },
    "saps": {"female": ("F", "Female", "Women"), "male": ("M", "Male", "Men"), "mixed": ("Mixed",)},
}

_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "child": ("Mineurs", "mineur(s)", "enfants"),
        "adult": ("Majeurs", "Adultes"),
        "mixed": ("Majeurs et mineurs", "Adultes + mineurs"),
        "unknown": ("non renseigné", "NR"),
    },
    "es": {
        "child": ("NNA", "Menores de edad", "menores"),
        "adult": ("Mayores de edad", "Adultos"),
        "mixed": ("Adultos y NNA", "Mayores y menores"),
        "unknown": ("no consta", "S/D"),
    },
    "en": {
        "child": ("Minor(s)", "Children", "Juveniles"),
        "adult": ("Adult", "Adults"),
        "mixed": ("Adults & minors", "Mixed ages"),
        "unknown": ("n/a", "not stated"),
    },
}

_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "sngc": {
        "sea": ("Embarcation pneumatique", "Boti (embarcation artisanale)", "Voie maritime"),
        "land": ("Voie terrestre", "Camion", "Véhicule léger"),
        "air": ("Voie aérienne", "Vol commercial"),
        "unknown": ("non renseigné",),
    },
    "gcm": {
        "sea": ("PIROGUE", "Pirogue motorisée", "EMBARCATION", "Voie maritime"),
        "land": ("VOIE TERRESTRE", "Véhicule 4x4"),
        "air": ("VOIE AÉRIENNE", "Avion"),
        "unknown": ("NR",),
    },
    "tgf": {
        "sea": ("Embarcación rústica", "Lancha rápida", "Balsa", "Marítima"),
        "land": ("Terrestre", "Vía terrestre", "Camión"),
        "air": ("Aérea", "Vuelo comercial"),
        "unknown": ("no consta",),
    },
    "felcc": {
        "sea": ("marítimo", "embarcación", "lancha"),
        "land": ("terrestre", "a pie", "bus interprovincial", "camión"),
        "air": ("aéreo", "vuelo comercial"),
        "unknown": ("no aplica",),
    },
    "saps": {
        "sea": ("Sea", "Boat", "RHIB", "Vessel"),
        "land": ("Road", "Truck", "On foot", "Lorry"),
        "air": ("Air", "Commercial flight"),
        "unknown": ("n/a",),
    },
}

_COUNT_PLACEHOLDER = {"sngc": ("n.c.", "inconnu"), "gcm": ("NC", "inconnu"),
                      "tgf": ("s/d", "sin dato"), "felcc": ("S/D", "sin dato"),
                      "saps": ("TBC", "unknown")}  # fmt: skip
_ZERO_WORD = {"sngc": ("néant", "aucun"), "gcm": ("NÉANT",), "tgf": ("ninguno",),
              "felcc": ("ninguno", "ninguna"), "saps": ("Nil", "none")}  # fmt: skip
_NO_DATE_WORD = {"fr": "date inconnue", "es": "s/f", "en": "not recorded"}
_SEPARATORS = {"sngc": " + ", "felcc": "; ", "saps": ", ", "tgf": ", ", "gcm": ", "}


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_SNGC = Blind25Source(
    source="sngc_dz",
    filename="sngc_garde_cotes_dz_aa.csv",
    ref="{seq:04d}/SNGC/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date interception (jj/mm/aaaa)",
        "crime_type": "Qualification pénale",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nbre migrants",
        "n_suspects": "Nbre passeurs arrêtés",
        "nationality": "Nationalité",
        "gender": "Sexe",
        "age_group": "Majeurs/Mineurs",
        "origin_country": "Pays de départ",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination visée",
        "detection_country": "Pays du constat",
        "transport_mode": "Moyen utilisé",
        "coordinates": "Position (DMS)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : chiffres provisoires – à confirmer par le Commandement des Forces Navales",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
    key="sngc",
)
_GCM = Blind25Source(
    source="gcm_mr",
    filename="garde_cotes_mauritanie_aa.xlsx",
    ref="GCM-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "Réf. / المرجع",
        "event_date": "Date / التاريخ",
        "detection_country": "Pays d'interception / بلد الاعتراض",
        "lat": "Latitude",
        "lon": "Longitude",
        "transport_mode": "Embarcation / Moyen",
        "n_persons": "Nb personnes / العدد",
        "gender": "Sexe (H/F)",
        "age_group": "Âge",
        "nationality": "Nationalité / الجنسية",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "crime_type": "Infraction",
        "exploitation": "Exploitation",
        "n_suspects": "Nb passeurs",
    },
    note="Source : Garde-Côtes Mauritaniennes, Direction des Opérations – Nouadhibou",
    total="TOTAL",
    bad_count=("PLUSIEURS", "nombreux"),
    repeats=False,
    key="gcm",
)
_TGF = Blind25Source(
    source="tgf_cu",
    filename="tgf_minint_cu_aa.jsonl",
    ref="TGF-{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. expediente",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipificación",
        "exploitation": "Fin de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Organizadores detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Ciudadanía",
        "origin_country": "País de procedencia",
        "transit_countries": "Tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio empleado",
        "lat": "Latitud",
        "lon": "Longitud",
    },
    note="Nota: datos preliminares sujetos a verificación por la Jefatura TGF",
    total="TOTAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    key="tgf",
)
_FELCC = Blind25Source(
    source="felcc_bo",
    filename="felcc_trata_trafico_bo_aa.csv",
    ref="FELCC-LPZ-{seq:04d}/{year}",
    format="csv",
    encoding="latin-1",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Caso N°",
        "event_date": "Fecha (dd/mm/aa)",
        "crime_type": "Delito",
        "exploitation": "Finalidad",
        "n_persons": "Víctimas / migrantes",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "place": "Lugar del hecho",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: incluye casos remitidos por la OCN Interpol La Paz",
    total="TOTAL GESTIÓN",
    bad_count=("varios", "numerosos"),
    repeats=True,
    key="felcc",
)
_SAPS = Blind25Source(
    source="saps_za",
    filename="saps_dpci_liaison_za_aa.csv",
    ref="DPCI {seq:04d}/{year}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "CAS / Ref No",
        "event_date": "Date of incident",
        "detection_country": "Country (detected)",
        "place": "Location",
        "crime_type": "Offence",
        "exploitation": "Purpose of exploitation",
        "n_persons": "No. of victims/migrants",
        "n_suspects": "Suspects arrested",
        "gender": "Sex",
        "age_group": "Age category",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Transit (ISO)",
        "destination_country": "Intended destination",
        "transport_mode": "Mode of transport",
        "coordinates": "GPS (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Note: figures provisional, subject to verification by Interpol NCB Pretoria",
    total="GRAND TOTAL",
    bad_count=("several", "numerous"),
    repeats=True,
    key="saps",
)

#: The five sources of the ``blind25`` set, in the order their submissions are returned.
BLIND25_SOURCES: tuple[Blind25Source, ...] = (_SNGC, _GCM, _TGF, _FELCC, _SAPS)

_PRIMARY = {"ITA": "sngc_dz", "FRA": "sngc_dz", "ESP": "gcm_mr", "USA": "tgf_cu", "PAN": "felcc_bo"}
_SECONDARY = {
    ("wmed", "ESP"): "sngc_dz",
    ("watl", "ESP"): "saps_za",
    ("cmed", "ITA"): "saps_za",
    ("darien", "PAN"): "tgf_cu",
    ("us_mex", "USA"): "felcc_bo",
    ("channel", "FRA"): "saps_za",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _fold(text: str, src: ExaminerSource) -> str:
    """Return ``text``, its accents stripped if the file's encoding cannot hold it."""
    if fits(text, src):
        return text
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain


def _swap(text: str, rng: _Rng) -> str:
    """Swap two neighbouring inner letters (a typing slip)."""
    i = int(rng.integers(2, len(text) - 3))
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _country(src: Blind25Source, code: str, rng: _Rng, tags: list[str], tag: str) -> str:
    """Write a country as the agency does."""
    lang = src.language
    name = _NAMES[lang].get(code)
    if name is None:  # a country outside the table: its ISO code
        return code
    r = rng.random()
    alts = _ALT_NAMES.get((lang, code))
    if alts and r < 0.3:
        name = choice(rng, alts)
        tags.append(f"{tag}_alias")
    elif src.key == "gcm" and r < 0.15:
        name = iso_codes(code)[0]
        tags.append(f"{tag}_alpha2")
    elif src.key == "saps" and r < 0.2:
        name = code
        tags.append(f"{tag}_alpha3")
    if src.key == "gcm" and len(name) > 2 and rng.random() < 0.7:
        name = name.upper()
    return _fold(name, src)


def _inflect_es(dem: str, rng: _Rng) -> str:
    r = rng.random()
    if dem.endswith("o"):
        return dem if r < 0.5 else (dem[:-1] + "a" if r < 0.75 else dem + "s")
    if dem.endswith("és"):
        stem = dem[:-2]
        return dem if r < 0.5 else (stem + "esa" if r < 0.75 else stem + "eses")
    if dem.endswith("í"):
        return dem if r < 0.7 else dem + "es"
    return dem if r < 0.7 else dem + "s"


def _nationality(src: Blind25Source, code: str, rng: _Rng, tags: list[str]) -> str:
    """Write a nationality: demonym, country name or code, by agency."""
    lang = src.language
    dem = _DEMONYMS[lang].get(code)
    if src.key == "gcm" or dem is None:
        return _country(src, code, rng, tags, "nationality")
    if src.key == "saps" and rng.random() < 0.25:
        tags.append("nationality_alpha3")
        return code
    if lang == "fr":
        word = dem if rng.random() < 0.5 else (dem if dem.endswith(("s", "x")) else dem + "s")
        word = word.capitalize()
        garbled = mojibake(word)
        if garbled is not None and src.key == "sngc" and rng.random() < 0.12:
            tags.append("mojibake")
            word = garbled
        elif len(word) >= 8 and rng.random() < 0.04:
            tags.append("typo")
            word = _swap(word, rng)
    elif lang == "es":
        word = _inflect_es(dem, rng)
        if src.key == "tgf" and rng.random() < 0.3:
            word = word.capitalize()
    else:
        word = dem
    return _fold(word, src)


def _dms(value: float, pos: str, neg: str, width: int) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 3600)
    d, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{d:0{width}d}°{m:02d}'{s:02d}\"{hemi}"


def _ddm(value: float, pos: str, neg: str, width: int) -> str:
    hemi = pos if value >= 0 else neg
    total = round(abs(value) * 6000)  # hundredths of a minute
    d, rest = divmod(total, 6000)
    minutes = f"{rest / 100:05.2f}".replace(".", ",")
    return f"{d:0{width}d}°{minutes}' {hemi}"


def _coordinates(
    src: Blind25Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], bool]:
    """Cells of a position; the flag says whether the position is written."""
    key = src.key
    r = rng.random()
    if r < 0.04:
        tags.append("coords_missing")
        return {}, False
    if r < 0.07:
        tags.append("coords_placeholder")
        word = {"sngc": "non relevée", "gcm": "—", "tgf": "no consta", "felcc": "S/D"}
        if key in ("gcm", "tgf"):
            return {"lat": word[key], "lon": word[key]}, False
        return {"coordinates": word.get(key, "not captured")}, False
    if key == "sngc":
        tags.append("coords_dms")
        return {"coordinates": f"{_dms(lat, 'N', 'S', 2)} {_dms(lon, 'E', 'W', 3)}"}, True
    if key == "gcm":
        tags.append("coords_ddm")
        return {"lat": _ddm(lat, "N", "S", 2), "lon": _ddm(lon, "E", "W", 3)}, True
    if key == "tgf":
        if rng.random() < 0.3:
            tags.append("coords_decimal_comma")
            return {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }, True
        return {"lat": lat, "lon": lon}, True
    if key == "felcc":
        if rng.random() < 0.6:
            tags.append("coords_hemisphere")
            la = f"{abs(lat):.5f}".replace(".", ",") + (" N" if lat >= 0 else " S")
            lo = f"{abs(lon):.5f}".replace(".", ",") + (" E" if lon >= 0 else " O")
            return {"coordinates": f"{la} / {lo}"}, True
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, True
    if rng.random() < 0.4:
        tags.append("coords_hemisphere")
        la = f"{abs(lat):.5f}{'N' if lat >= 0 else 'S'}"
        lo = f"{abs(lon):.5f}{'E' if lon >= 0 else 'W'}"
        return {"coordinates": f"{la} {lo}"}, True
    return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, True


def _count(src: Blind25Source, n: int, rng: _Rng, tags: list[str]) -> object:
    """Write a count of persons as the agency does."""
    if n >= 1000:
        tags.append("thousands")
        head, tail = divmod(n, 1000)
        sep = {"sngc": "\xa0", "tgf": ".", "felcc": ".", "saps": choice(rng, (",", " "))}
        if src.key in sep:
            return f"{head}{sep[src.key]}{tail:03d}"
    if src.key == "gcm":
        return float(n) if rng.random() < 0.3 else n
    if src.key == "tgf":
        return str(n) if rng.random() < 0.2 else n
    return str(n)


def _date_text(key: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a whole date in one of the agency's styles."""
    r = rng.random()
    if key == "sngc":
        if r < 0.15:
            tags.append("date_month_name")
            return f"{ts.day} {_FR_MONTHS[ts.month - 1]} {ts.year}"
        return ts.strftime("%d-%m-%Y") if r < 0.3 else ts.strftime("%d/%m/%Y")
    if key == "gcm":
        if r < 0.45:
            return ts.to_pydatetime()
        if r < 0.8:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days)
        return ts.strftime("%d/%m/%Y")
    if key == "tgf":
        if r < 0.25:
            tags.append("date_iso")
            return ts.strftime("%Y-%m-%d")
        if r < 0.4:
            tags.append("date_month_name")
            return f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
        return ts.strftime("%d/%m/%Y")
    if key == "felcc":
        if r < 0.55:
            tags.append("date_two_digit_year")
            return ts.strftime("%d/%m/%y")
        if r < 0.7:
            tags.append("date_month_abbr")
            return f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year}"
        return ts.strftime("%d/%m/%Y")
    if r < 0.6:
        tags.append("date_year_first")
        return ts.strftime("%Y/%m/%d")
    if r < 0.8:
        tags.append("date_month_name")
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"
    tags.append("date_month_abbr")
    return f"{ts.day:02d} {MONTHS[ts.month - 1][:3]} {ts.year}"


def _partial(key: str, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> tuple[object, str] | None:
    """Write a month- or quarter-only date, or None (most rows give the day)."""
    r = rng.random()
    quarter = (ts.month - 1) // 3 + 1
    if r < 0.05:
        tags.append("partial_month")
        if key in ("sngc", "gcm"):
            return f"{_FR_MONTHS[ts.month - 1]} {ts.year}", "month"
        if key == "tgf":
            return f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", "month"
        if key == "felcc":
            return f"{_ES_MONTHS[ts.month - 1]}/{ts.year}", "month"
        return f"{MONTHS[ts.month - 1]} {ts.year}", "month"
    if r < 0.08 and key in ("gcm", "felcc", "saps"):
        tags.append("partial_quarter")
        if key == "gcm":
            return f"{'1er' if quarter == 1 else f'{quarter}e'} trimestre {ts.year}", "quarter"
        if key == "felcc":
            nth = {1: "1er", 2: "2do", 3: "3er", 4: "4to"}[quarter]
            return f"{nth} trimestre {ts.year}", "quarter"
        return (f"Q{quarter} {ts.year}" if rng.random() < 0.5 else f"{ts.year} Q{quarter}"), (
            "quarter"
        )
    return None


def _join(src: Blind25Source, words: list[str]) -> str:
    return _SEPARATORS[src.key].join(words)


def _render(
    src: Blind25Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    key, lang, cols = src.key, src.language, src.headers
    tags: list[str] = []
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {}

    # date
    part = _partial(key, ts, rng, tags) if partial_ok else None
    if part is None:
        cells["event_date"] = _date_text(key, ts, rng, tags)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
    else:
        cells["event_date"], prec = part
        period = "M" if prec == "month" else "Q"
        exp["event_date"] = ts.to_period(period).start_time
        exp["date_precision"] = prec

    # offence and exploitation
    crime = str(ev["crime_type"])
    cells["crime_type"] = _fold(choice(rng, _CRIME[key][crime]), src)
    exp["crime_type"] = crime
    expl = ev.get("exploitation")
    if expl is None:
        if crime == "smuggling" and rng.random() < 0.2:
            cells["exploitation"] = _EXPL_NA[lang]
            tags.append("expl_na")
        exp["exploitation"] = None
    else:
        word = choice(rng, _EXPLOITATION[lang][str(expl)])
        cells["exploitation"] = _fold(word.upper() if key == "gcm" else word, src)
        exp["exploitation"] = expl

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.03:
        cells["n_persons"] = choice(rng, _COUNT_PLACEHOLDER[key])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng, tags)
        exp["n_persons"] = n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    exp["n_suspects"] = k
    r = rng.random()
    if forced_blank == "n_suspects":
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif r < 0.02:
        cells["n_suspects"] = choice(rng, _COUNT_PLACEHOLDER[key])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.6:
        cells["n_suspects"] = choice(rng, _ZERO_WORD[key])
        tags.append("zero_word")
    else:
        cells["n_suspects"] = k if src.format != "csv" else str(k)

    # persons described
    gender = str(ev["gender"])
    if forced_blank == "gender":
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _fold(choice(rng, _GENDER[key][gender]), src)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, _AGE[lang]["unknown"])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        word = choice(rng, _AGE[lang][age])
        cells["age_group"] = word.upper() if key == "gcm" else word
        exp["age_group"] = age

    # countries
    nat = ev.get("nationality")
    exp["nationality"] = nat
    if forced_blank == "nationality":
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif nat is not None:
        cells["nationality"] = _nationality(src, str(nat), rng, tags)
    for col in ("origin_country", "destination_country"):
        code = ev.get(col)
        exp[col] = code
        if code is not None:
            cells[col] = _country(src, str(code), rng, tags, col.split("_")[0])
    det = ev.get("detection_country")
    exp["detection_country"] = det
    if forced_blank == "detection_country":
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    elif det is not None:
        cells["detection_country"] = _country(src, str(det), rng, tags, "detection")
    transit = ev.get("transit_countries")
    exp["transit_countries"] = None
    if "transit_countries" in cols and transit is not None:
        codes = str(transit).split("|")
        exp["transit_countries"] = transit
        if key == "saps":
            cells["transit_countries"] = ">".join(codes)
            tags.append("transit_iso")
        else:
            sep = {"sngc": " - ", "tgf": ", ", "felcc": " - "}[key]
            cells["transit_countries"] = _fold(sep.join(_NAMES[lang].get(c, c) for c in codes), src)
    if "place" in cols and ev.get("hotspot") is not None:
        cells["place"] = _fold(str(ev["hotspot"]), src)

    # transport
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, _TRANSPORT[key]["unknown"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = _fold(choice(rng, _TRANSPORT[key][mode]), src)
        exp["transport_mode"] = mode

    # position
    lat, lon = ev.get("lat"), ev.get("lon")
    exp["lat"] = exp["lon"] = None
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
    elif lat is not None and lon is not None:
        pos, written = _coordinates(src, float(lat), float(lon), rng, tags)  # type: ignore[arg-type]
        cells.update(pos)
        if written:
            exp["lat"], exp["lon"] = float(lat), float(lon)  # type: ignore[arg-type]

    # linked offences
    exp["linked_offences"] = None
    offences = ev.get("linked_offences")
    if "linked_offences" in cols and offences is not None:
        names = str(offences).split("|")
        words = [choice(rng, _OFFENCES[lang][o]) for o in names]
        cells["linked_offences"] = _fold(_join(src, words), src)
        exp["linked_offences"] = offences

    if src.format == "csv":  # every CSV cell is text
        cells = {c: (v if v is None or isinstance(v, str) else str(v)) for c, v in cells.items()}
    return cells, exp, tags


def _bad_date(src: Blind25Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row: missing, impossible or in the future."""
    if kind == "no_date":
        if src.format == "xlsx" or rng.random() < 0.6:
            return None
        return _NO_DATE_WORD[src.language]
    if kind == "bad_date":
        day, month = choice(rng, ("30/02", "31/04", "31/06", "32/01", "15/13")).split("/")
        if src.key == "saps":
            return f"{ts.year}/{month}/{day}"
        if src.key == "felcc":
            return f"{day}/{month}/{ts.year % 100:02d}"
        return f"{day}/{month}/{ts.year}"
    future = ts.replace(year=ts.year + 9) if not (ts.month == 2 and ts.day == 29) else ts
    if future.year == ts.year:
        future = pd.Timestamp(ts.year + 9, 3, 1)
    return _note_date(src, future)


def _note_date(src: Blind25Source, last: pd.Timestamp) -> object:
    """Return a date in the agency's main style (note rows and future dates)."""
    if src.key == "gcm":
        return dt.datetime(last.year, last.month, last.day)
    if src.key == "saps":
        return last.strftime("%Y/%m/%d")
    if src.key == "felcc":
        return last.strftime("%d/%m/%y")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Blind25Source] = Examiner(
    sources=BLIND25_SOURCES,
    primary=_PRIMARY,
    compilation="saps_za",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2525,
    blank_share=0.5,
)


def make_blind25(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind25`` set's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND25_SOURCES`, in that order, with its expected rows.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind25(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs][:2]
    ['sngc_garde_cotes_dz_aa.csv', 'garde_cotes_mauritanie_aa.xlsx']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
