r"""The 108th examiner's held-out sample set (variant ``"blind108"``, files ``*_df.*``).

Five agencies, chosen independently of the cleaner, write the same true events their own
way. Three are Italian and Maltese services sending English and French exports to their
partners; two write in Spanish. A reader's guide to each file:

``questura_agrigento_df.csv``
    Questura di Agrigento, Ufficio Immigrazione (Lampedusa landings and the province's
    trafficking cases), as a French-language extract sent to the French liaison officer.
    French, **cp1252**, ``;``, CRLF. Bilingual Italian/French headers (``Data / Date de
    l'événement``, ``Nb pers. (migrants / victimes)``). Dates mostly ``dd/mm/yyyy``, some
    Italian ``dd.mm.yyyy``, two-digit years, French month names (``1er mars 2022``), a few
    Italian ones (``12 marzo 2022``), month-only (``mars 2022``, ``03/2022``) and quarter
    (``1er trim. 2022``) dates. Crime type as Italian law (``art. 12 D.Lgs. 286/98``,
    ``art. 12 T.U.I.`` alone, ``art. 600/601 c.p.``, Italian words such as
    ``favoreggiamento dell'immigrazione clandestina``); French law (``art. L823-1
    CESEDA``, ``art. 225-4-1 C. pén.``) on its follow-ups of Channel cases in France.
    Nationalities as French demonyms agreeing with the group's sex (``tunisienne``),
    French or Italian country names (``Egitto``), ISO codes; ``caporalato`` for labour
    exploitation, ``barchino``/``gommone`` for boats; counts with a space or an Italian
    dot as thousands separator or a ``pers.`` suffix, ``n.c.``/``inconnu`` for unknown,
    ``néant``/``aucun`` for no suspect, ``2 (scafisti)``; positions in degrees, minutes and
    seconds (``35°30'12"N 12°36'05"E``, seconds also as ``''``) or a decimal pair;
    ``n.d.`` for no position. Sex as ``M``/``H``/``F``/``H/F``/``mixte``; ``MNA`` for
    unaccompanied minors.

``polfrontiera_brindisi_df.jsonl``
    Polizia di Frontiera, Settore Polizia di Frontiera di Brindisi: cases of the
    Eastern-Mediterranean and Balkan routes exchanged in English with Greek, Croatian and
    Polish partners. JSON lines written as **pure ASCII** (non-ASCII as ``\uXXXX``
    escapes), camelCase keys, counts and coordinates as JSON numbers (a few counts as
    text ``"1,204"``), ``null`` for missing. Dates ISO (``2022-03-12``, with
    ``T00:00:00``), compact ``20220312``, dotted ``12.03.2022``, month ``2022-03`` and
    quarter ``2022-Q1``. Offences as the partners' law (Greek L.4251/2014 art. 29 and PC
    art. 323A, Croatian CC art. 326 and 106, Polish CC art. 264 § 3 and 189a) or
    ``SoM``/``THB``; exploitation also as system codes (``LABOUR``); nationalities mostly
    ISO alpha-2/alpha-3 codes; transit routes as ``TR > BG > RS``; ``UAM`` for
    unaccompanied minors.

``malta_immigration_police_df.xlsx``
    Malta Police Force, Immigration Police: register of cases exchanged with EU partners
    (Channel, Poland) and of Central-Mediterranean cases first handled by Italy.
    English, XLSX. Dates as real Excel dates, bare Excel serial numbers, text
    ``12/03/2022``, ``12th March 2022``, ``12-Mar-22``, month ``March 2022``, quarter
    ``Q1 2022``. Offences by Maltese law (``Art. 248A Cap. 9``) or the partner's (``s.25
    Immigration Act 1971``, ``s.2 Modern Slavery Act 2015``, Polish ``Art. 264 §3``);
    ``Nil`` for no suspect, ``TBC``/``unk``/``not known`` for unknown counts; positions
    in degrees and decimal minutes (``35°52.30'N 014°31.20'E``, ``N35 52.30 E014
    31.20``); ``N/A``/``Not stated`` for unknown age or travel mode. Re-sends some rows.

``jsp_andalucia_oriental_df.csv``
    Policía Nacional, Jefatura Superior de Policía de Andalucía Oriental: register of
    police reports (*atestados*) on irregular arrivals and trafficking, with its Italian
    follow-ups of a Romanian network. Spanish, **UTF-16** (Excel "Unicode text" export,
    with BOM), **tab**. Dates ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd/mm/yy``, ``12 de marzo
    de 2022``, ``12-mar-22``, month ``marzo de 2022``/``03/2022``, quarter ``1.er
    trimestre de 2022``. Crime type as ``art. 318 bis CP`` / ``art. 177 bis CP`` (alone or
    with words), ``TSH``; demonyms agreeing in gender (``rumana``), ``Guinea Conakry``;
    ``patera``, ``cayuco`` (Canaries), ``salto de valla`` (Ceuta, Melilla); ``MENA`` for
    unaccompanied minors; counts with ``.`` thousands; ``s/d`` or ``desconocido`` for
    unknown, ``ninguno``/``sin detenidos`` for none; latitude and longitude in two
    columns with a decimal comma or as ``36º 50' 17'' N`` / ``2º 27' 35'' O`` (ordinal
    sign, ``O`` for west); ``No consta`` for unknown age or means.

``clacip_enlace_df.csv``
    Comunidad Latinoamericana y del Caribe de Inteligencia Policial (CLACIP), liaison
    digest of the Darién and US south-west border. Spanish, **UTF-8** without BOM,
    ``|``, UPPER-CASE system export with some accents dropped and some mojibake
    (``MÃ‰XICO``). Dates ``dd/mm/yyyy``, ISO, Oracle-like ``12-MAR-2022`` with Spanish
    month abbreviations (``ENE``, ``ABR``, ``AGO``, ``DIC``), ``dd/mm/yyyy 00:00``, month
    ``03/2022``/``MARZO 2022``, quarter in Roman numerals (``II TRIMESTRE 2022``); ``S/F``
    for no date. Crime type ``TIM`` (tráfico ilícito de migrantes), ``TdP`` (trata de
    personas) or US law (``8 USC 1324``, ``18 USC 1591``, ``18 USC 1589``); ``NNA`` for
    minors; ``LAVADO DE ACTIVOS`` for money laundering; counts with ``,`` thousands and
    ``S/D`` for unknown; coordinates as a decimal pair or degrees-minutes-seconds with
    ``O`` (oeste) for west. Re-sends some rows.

Every source writes a note row and a total row (the CSVs also an empty row); bad rows
have no date (or ``S/F``), an impossible date (29 February 2022, 31 April), a year typed
with two digits swapped (``2202``), a negative count or a count such as ``plusieurs``.
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

__all__ = ["BLIND108_SOURCES", "make_blind108"]

_Rng = np.random.Generator
_Cell = object


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A blind108 source: the shared fields plus the name of its voice (way of writing)."""

    voice: str = ""


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_QUESTURA = _Source(
    source="questura_agrigento_df",
    filename="questura_agrigento_df.csv",
    ref="RGNR {seq}/{year}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° R.G.N.R.",
        "event_date": "Data / Date de l'événement",
        "crime_type": "Qualification (réf. loi)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb pers. (migrants / victimes)",
        "n_suspects": "Interpellés (scafisti / mis en cause)",
        "gender": "Sexe",
        "age_group": "Majeurs / Mineurs",
        "nationality": "Nazionalità / Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Position (lat. / long.)",
        "linked_offences": "Infractions connexes",
    },
    note="N.B. : données provisoires – sbarchi en cours de validation (Ufficio Immigrazione)",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=False,
    voice="questura",
)
_BRINDISI = _Source(
    source="polfrontiera_brindisi_df",
    filename="polfrontiera_brindisi_df.jsonl",
    ref="BR-PF/{year}/{seq:05d}",
    format="jsonl",
    encoding="ascii",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseRef",
        "event_date": "eventDate",
        "crime_type": "offenceType",
        "exploitation": "exploitationForm",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectsArrested",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationality",
        "origin_country": "countryOfOrigin",
        "destination_country": "intendedDestination",
        "detection_country": "countryOfDetection",
        "transit_countries": "transitRoute",
        "transport_mode": "meansOfTransport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "relatedOffences",
    },
    note="NOTE – extract generated for partner exchange; provisional data",
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    voice="brindisi",
)
_MALTA = _Source(
    source="malta_immigration_police_df",
    filename="malta_immigration_police_df.xlsx",
    ref="IMM/{yy:02d}/{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of Apprehension / Landing",
        "crime_type": "Offence (Cap. / Art.)",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Persons",
        "n_suspects": "No. of Suspects Arrested",
        "gender": "Gender",
        "age_group": "Adult / Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Final Destination",
        "detection_country": "Country of Detection",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "coordinates": "Position (Lat / Long, DDM)",
        "linked_offences": "Related Offences",
    },
    note="Note: figures provisional, subject to revision by Immigration Police HQ",
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=True,
    voice="malta",
)
_JSP = _Source(
    source="jsp_andalucia_oriental_df",
    filename="jsp_andalucia_oriental_df.csv",
    ref="{seq:05d}/{yy:02d}-JSAO",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha hechos (dd/mm/aaaa)",
        "crime_type": "Tipo delictivo (CP)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos / investigados",
        "gender": "Sexo",
        "age_group": "Edad (mayor / menor)",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos conexos",
    },
    note="Nota: datos provisionales sujetos a revisión – JSP Andalucía Oriental",
    total="TOTAL GENERAL",
    bad_count=("varios", "numerosos"),
    repeats=False,
    voice="jsp",
)
_CLACIP = _Source(
    source="clacip_enlace_df",
    filename="clacip_enlace_df.csv",
    ref="CLACIP-{year}-{seq:06d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "ID_REGISTRO",
        "event_date": "FECHA_EVENTO",
        "crime_type": "DELITO",
        "exploitation": "FIN_EXPLOTACION",
        "n_persons": "CANT_PERSONAS",
        "n_suspects": "CANT_APREHENDIDOS",
        "gender": "SEXO",
        "age_group": "GRUPO_ETARIO",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS_ORIGEN",
        "destination_country": "PAIS_DESTINO",
        "detection_country": "PAIS_DETECCION",
        "transit_countries": "PAISES_TRANSITO",
        "transport_mode": "MEDIO_TRANSPORTE",
        "coordinates": "COORDENADAS",
        "linked_offences": "DELITOS_CONEXOS",
    },
    note="NOTA: INFORMACIÓN PRELIMINAR SUJETA A VALIDACIÓN POR LOS PUNTOS FOCALES",
    total="TOTAL PERSONAS",
    bad_count=("VARIOS", "DECENAS", "GRUPO"),
    repeats=True,
    voice="clacip",
)

#: The variant's sources, in the order their submissions are returned.
BLIND108_SOURCES: tuple[_Source, ...] = (_QUESTURA, _BRINDISI, _MALTA, _JSP, _CLACIP)

_PRIMARY = {
    "ITA": _QUESTURA.source,
    "GRC": _BRINDISI.source,
    "HRV": _BRINDISI.source,
    "ESP": _JSP.source,
    "PAN": _CLACIP.source,
    "USA": _CLACIP.source,
}
_SECONDARY = {
    ("cmed", "ITA"): _MALTA.source,
    ("thb_nga_ita", "ITA"): _MALTA.source,
    ("emed", "GRC"): _MALTA.source,
    ("wbal", "HRV"): _MALTA.source,
    ("channel", "FRA"): _QUESTURA.source,
    ("blr_pol", "POL"): _BRINDISI.source,
    ("thb_rou_esp", "ITA"): _JSP.source,
}

# --------------------------------------------------------------------------------------
# Country wording
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English name, demonym).
_EN: dict[str, tuple[str, str]] = {
    "AFG": ("Afghanistan", "Afghan"),
    "ALB": ("Albania", "Albanian"),
    "AUT": ("Austria", "Austrian"),
    "BGD": ("Bangladesh", "Bangladeshi"),
    "BGR": ("Bulgaria", "Bulgarian"),
    "BIH": ("Bosnia and Herzegovina", "Bosnian"),
    "BLR": ("Belarus", "Belarusian"),
    "CHN": ("China", "Chinese"),
    "CIV": ("Côte d'Ivoire", "Ivorian"),
    "CMR": ("Cameroon", "Cameroonian"),
    "COL": ("Colombia", "Colombian"),
    "DEU": ("Germany", "German"),
    "DZA": ("Algeria", "Algerian"),
    "ECU": ("Ecuador", "Ecuadorian"),
    "EGY": ("Egypt", "Egyptian"),
    "ERI": ("Eritrea", "Eritrean"),
    "ESP": ("Spain", "Spanish"),
    "FRA": ("France", "French"),
    "GBR": ("United Kingdom", "British"),
    "GIN": ("Guinea", "Guinean"),
    "GMB": ("The Gambia", "Gambian"),
    "GRC": ("Greece", "Greek"),
    "GTM": ("Guatemala", "Guatemalan"),
    "HND": ("Honduras", "Honduran"),
    "HRV": ("Croatia", "Croatian"),
    "HTI": ("Haiti", "Haitian"),
    "HUN": ("Hungary", "Hungarian"),
    "IRN": ("Iran", "Iranian"),
    "IRQ": ("Iraq", "Iraqi"),
    "ITA": ("Italy", "Italian"),
    "LBY": ("Libya", "Libyan"),
    "MAR": ("Morocco", "Moroccan"),
    "MEX": ("Mexico", "Mexican"),
    "MKD": ("North Macedonia", "Macedonian"),
    "MLI": ("Mali", "Malian"),
    "MRT": ("Mauritania", "Mauritanian"),
    "NER": ("Niger", "Nigerien"),
    "NGA": ("Nigeria", "Nigerian"),
    "PAK": ("Pakistan", "Pakistani"),
    "PAN": ("Panama", "Panamanian"),
    "POL": ("Poland", "Polish"),
    "ROU": ("Romania", "Romanian"),
    "RUS": ("Russia", "Russian"),
    "SEN": ("Senegal", "Senegalese"),
    "SRB": ("Serbia", "Serbian"),
    "SYR": ("Syria", "Syrian"),
    "TUN": ("Tunisia", "Tunisian"),
    "TUR": ("Türkiye", "Turkish"),
    "USA": ("United States", "American"),
    "VEN": ("Venezuela", "Venezuelan"),
    "VNM": ("Vietnam", "Vietnamese"),
    "YEM": ("Yemen", "Yemeni"),
}
#: Other English names some clerks write.
_EN_ALT: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K."),
    "USA": ("USA", "U.S."),
    "CIV": ("Ivory Coast",),
    "TUR": ("Turkey",),
    "GIN": ("Guinea (Conakry)",),
    "GMB": ("Gambia",),
    "SYR": ("Syrian Arab Republic",),
}
#: ISO alpha-3 -> (French name, masculine demonym, feminine demonym).
_FR: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghanistan", "afghan", "afghane"),
    "ALB": ("Albanie", "albanais", "albanaise"),
    "AUT": ("Autriche", "autrichien", "autrichienne"),
    "BGD": ("Bangladesh", "bangladais", "bangladaise"),
    "BGR": ("Bulgarie", "bulgare", "bulgare"),
    "BIH": ("Bosnie-Herzégovine", "bosnien", "bosnienne"),
    "BLR": ("Biélorussie", "biélorusse", "biélorusse"),
    "CHN": ("Chine", "chinois", "chinoise"),
    "CIV": ("Côte d'Ivoire", "ivoirien", "ivoirienne"),
    "CMR": ("Cameroun", "camerounais", "camerounaise"),
    "COL": ("Colombie", "colombien", "colombienne"),
    "DEU": ("Allemagne", "allemand", "allemande"),
    "DZA": ("Algérie", "algérien", "algérienne"),
    "ECU": ("Équateur", "équatorien", "équatorienne"),
    "EGY": ("Égypte", "égyptien", "égyptienne"),
    "ERI": ("Érythrée", "érythréen", "érythréenne"),
    "ESP": ("Espagne", "espagnol", "espagnole"),
    "FRA": ("France", "français", "française"),
    "GBR": ("Royaume-Uni", "britannique", "britannique"),
    "GIN": ("Guinée", "guinéen", "guinéenne"),
    "GMB": ("Gambie", "gambien", "gambienne"),
    "GRC": ("Grèce", "grec", "grecque"),
    "GTM": ("Guatemala", "guatémaltèque", "guatémaltèque"),
    "HND": ("Honduras", "hondurien", "hondurienne"),
    "HRV": ("Croatie", "croate", "croate"),
    "HTI": ("Haïti", "haïtien", "haïtienne"),
    "HUN": ("Hongrie", "hongrois", "hongroise"),
    "IRN": ("Iran", "iranien", "iranienne"),
    "IRQ": ("Irak", "irakien", "irakienne"),
    "ITA": ("Italie", "italien", "italienne"),
    "LBY": ("Libye", "libyen", "libyenne"),
    "MAR": ("Maroc", "marocain", "marocaine"),
    "MEX": ("Mexique", "mexicain", "mexicaine"),
    "MKD": ("Macédoine du Nord", "macédonien", "macédonienne"),
    "MLI": ("Mali", "malien", "malienne"),
    "MRT": ("Mauritanie", "mauritanien", "mauritanienne"),
    "NER": ("Niger", "nigérien", "nigérienne"),
    "NGA": ("Nigeria", "nigérian", "nigériane"),
    "PAK": ("Pakistan", "pakistanais", "pakistanaise"),
    "PAN": ("Panama", "panaméen", "panaméenne"),
    "POL": ("Pologne", "polonais", "polonaise"),
    "ROU": ("Roumanie", "roumain", "roumaine"),
    "RUS": ("Russie", "russe", "russe"),
    "SEN": ("Sénégal", "sénégalais", "sénégalaise"),
    "SRB": ("Serbie", "serbe", "serbe"),
    "SYR": ("Syrie", "syrien", "syrienne"),
    "TUN": ("Tunisie", "tunisien", "tunisienne"),
    "TUR": ("Turquie", "turc", "turque"),
    "USA": ("États-Unis", "américain", "américaine"),
    "VEN": ("Venezuela", "vénézuélien", "vénézuélienne"),
    "VNM": ("Viêt Nam", "vietnamien", "vietnamienne"),
    "YEM": ("Yémen", "yéménite", "yéménite"),
}
#: Italian country names the Agrigento clerks leave untranslated.
_IT: dict[str, str] = {
    "AFG": "Afghanistan",
    "ALB": "Albania",
    "BGD": "Bangladesh",
    "CIV": "Costa d'Avorio",
    "CMR": "Camerun",
    "DEU": "Germania",
    "DZA": "Algeria",
    "EGY": "Egitto",
    "ERI": "Eritrea",
    "FRA": "Francia",
    "GBR": "Regno Unito",
    "GIN": "Guinea",
    "GMB": "Gambia",
    "ITA": "Italia",
    "LBY": "Libia",
    "MAR": "Marocco",
    "MLI": "Mali",
    "NER": "Niger",
    "NGA": "Nigeria",
    "PAK": "Pakistan",
    "ROU": "Romania",
    "SEN": "Senegal",
    "SYR": "Siria",
    "TUN": "Tunisia",
}
#: ISO alpha-3 -> (Spanish name, masculine demonym, feminine demonym).
_ES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afganistán", "afgano", "afgana"),
    "ALB": ("Albania", "albanés", "albanesa"),
    "AUT": ("Austria", "austriaco", "austriaca"),
    "BGD": ("Bangladés", "bangladesí", "bangladesí"),
    "BGR": ("Bulgaria", "búlgaro", "búlgara"),
    "BIH": ("Bosnia y Herzegovina", "bosnio", "bosnia"),
    "BLR": ("Bielorrusia", "bielorruso", "bielorrusa"),
    "CHN": ("China", "chino", "china"),
    "CIV": ("Costa de Marfil", "marfileño", "marfileña"),
    "CMR": ("Camerún", "camerunés", "camerunesa"),
    "COL": ("Colombia", "colombiano", "colombiana"),
    "DEU": ("Alemania", "alemán", "alemana"),
    "DZA": ("Argelia", "argelino", "argelina"),
    "ECU": ("Ecuador", "ecuatoriano", "ecuatoriana"),
    "EGY": ("Egipto", "egipcio", "egipcia"),
    "ERI": ("Eritrea", "eritreo", "eritrea"),
    "ESP": ("España", "español", "española"),
    "FRA": ("Francia", "francés", "francesa"),
    "GBR": ("Reino Unido", "británico", "británica"),
    "GIN": ("Guinea Conakry", "guineano (Conakry)", "guineana (Conakry)"),
    "GMB": ("Gambia", "gambiano", "gambiana"),
    "GRC": ("Grecia", "griego", "griega"),
    "GTM": ("Guatemala", "guatemalteco", "guatemalteca"),
    "HND": ("Honduras", "hondureño", "hondureña"),
    "HRV": ("Croacia", "croata", "croata"),
    "HTI": ("Haití", "haitiano", "haitiana"),
    "HUN": ("Hungría", "húngaro", "húngara"),
    "IRN": ("Irán", "iraní", "iraní"),
    "IRQ": ("Irak", "iraquí", "iraquí"),
    "ITA": ("Italia", "italiano", "italiana"),
    "LBY": ("Libia", "libio", "libia"),
    "MAR": ("Marruecos", "marroquí", "marroquí"),
    "MEX": ("México", "mexicano", "mexicana"),
    "MKD": ("Macedonia del Norte", "macedonio", "macedonia"),
    "MLI": ("Malí", "maliense", "maliense"),
    "MRT": ("Mauritania", "mauritano", "mauritana"),
    "NER": ("Níger", "nigerino", "nigerina"),
    "NGA": ("Nigeria", "nigeriano", "nigeriana"),
    "PAK": ("Pakistán", "pakistaní", "pakistaní"),
    "PAN": ("Panamá", "panameño", "panameña"),
    "POL": ("Polonia", "polaco", "polaca"),
    "ROU": ("Rumanía", "rumano", "rumana"),
    "RUS": ("Rusia", "ruso", "rusa"),
    "SEN": ("Senegal", "senegalés", "senegalesa"),
    "SRB": ("Serbia", "serbio", "serbia"),
    "SYR": ("Siria", "sirio", "siria"),
    "TUN": ("Túnez", "tunecino", "tunecina"),
    "TUR": ("Turquía", "turco", "turca"),
    "USA": ("Estados Unidos", "estadounidense", "estadounidense"),
    "VEN": ("Venezuela", "venezolano", "venezolana"),
    "VNM": ("Vietnam", "vietnamita", "vietnamita"),
    "YEM": ("Yemen", "yemení", "yemení"),
}
_ES_ALT: dict[str, tuple[str, ...]] = {
    "USA": ("EE. UU.", "EE.UU.", "EEUU"),
    "GBR": ("R. Unido",),
    "GIN": ("Guinea-Conakry",),
}
_FR_ALT: dict[str, tuple[str, ...]] = {
    "GBR": ("Angleterre", "R.-U."),
    "USA": ("USA",),
}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _sex_form(gender: object) -> int:
    """Index of the demonym agreeing with the group: 1 masculine, 2 feminine."""
    return 2 if gender == "female" else 1


def _fit(src: _Source, text: str, code: str) -> str:
    return text if fits(text, src) else code


def _country(
    src: _Source, code: str, role: str, rng: _Rng, tags: list[str], gender: object = None
) -> str:
    """Write one country the source's way; ``role`` is nat, origin, dest, detect or transit."""
    alpha2 = iso_codes(code)[0]
    u = float(rng.random())
    voice = src.voice
    if voice == "questura":
        return _fit(src, _country_questura(code, alpha2, role, u, rng, tags, gender), code)
    if voice in ("malta", "brindisi"):
        return _country_english(voice, code, alpha2, role, u, rng, tags)
    if voice == "jsp":
        return _country_jsp(code, role, u, rng, tags, gender)
    return _country_clacip(code, alpha2, role, u, rng, tags, gender)


def _country_questura(
    code: str, alpha2: str, role: str, u: float, rng: _Rng, tags: list[str], gender: object
) -> str:
    name, dem_m, dem_f = _FR.get(code, (code, code, code))
    if role == "detect":
        return choice(rng, (name, name.upper(), alpha2, _IT.get(code, name)))
    if role == "nat":
        if u < 0.45:
            tags.append("demonym")
            return dem_f if _sex_form(gender) == 2 else dem_m
        if u < 0.55 and code in _IT:
            tags.append("italian_word")
            return _IT[code]
        if u < 0.65:
            tags.append("iso_code")
            return code
        return name.upper() if u > 0.95 else name
    if u < 0.12 and code in _IT:
        tags.append("italian_word")
        return _IT[code]
    if u < 0.2:
        tags.append("iso_code")
        return alpha2
    if role == "dest" and code in _FR_ALT and u < 0.35:
        return choice(rng, _FR_ALT[code])
    return name.upper() if u > 0.95 else name


def _country_english(
    voice: str, code: str, alpha2: str, role: str, u: float, rng: _Rng, tags: list[str]
) -> str:
    name, dem = _EN.get(code, (code, code))
    if voice == "brindisi":  # a case-management system: mostly ISO codes
        if u < 0.45:
            tags.append("iso_code")
            return alpha2
        if u < 0.6:
            tags.append("iso_code")
            return code
    elif u > 0.9:
        tags.append("iso_code")
        return code
    if role == "nat" and u < 0.75:
        tags.append("demonym")
        return dem.upper() if u > 0.7 else dem
    if code in _EN_ALT and u < 0.85:
        return choice(rng, _EN_ALT[code])
    return name


def _country_jsp(code: str, role: str, u: float, rng: _Rng, tags: list[str], gender: object) -> str:
    name, dem_m, dem_f = _ES.get(code, (code, code, code))
    if role == "nat" and u < 0.55:
        tags.append("demonym")
        return dem_f if _sex_form(gender) == 2 else dem_m
    if code in _ES_ALT and u < 0.7:
        return choice(rng, _ES_ALT[code])
    if u > 0.95:
        tags.append("iso_code")
        return code
    return name.upper() if u > 0.88 else name


def _country_clacip(
    code: str, alpha2: str, role: str, u: float, rng: _Rng, tags: list[str], gender: object
) -> str:
    """Upper-case system text, accents sometimes dropped, some mojibake."""
    name, dem_m, dem_f = _ES.get(code, (code, code, code))
    if u > 0.93:
        tags.append("iso_code")
        return alpha2
    text = name
    if role == "nat" and u < 0.35:
        tags.append("demonym")
        text = dem_f if _sex_form(gender) == 2 else dem_m
    elif code in _ES_ALT and u < 0.5:
        text = choice(rng, _ES_ALT[code])
    v = float(rng.random())
    if v < 0.06:
        garbled = mojibake(text.upper())
        if garbled is not None:
            tags.append("mojibake")
            return garbled
    if v < 0.4:
        text = _strip_accents(text)
    return text.upper()


def _transit(src: _Source, value: object, rng: _Rng, tags: list[str]) -> str | None:
    if value is None:
        if src.voice == "questura":
            return choice(rng, ("", "", "direct", "néant"))
        if src.voice == "jsp":
            return choice(rng, ("", "", "directo", "ninguno"))
        if src.voice == "clacip":
            return choice(rng, ("", "NINGUNO", "N/A"))
        if src.voice == "malta":
            return choice(rng, ("", "Direct", "None"))
        return None
    codes = str(value).split("|")
    seps = {
        "questura": (" - ", " / ", ", ", " > "),
        "brindisi": (" > ", "-", ", "),
        "malta": (", ", " / ", " - "),
        "jsp": (" - ", ", ", " / "),
        "clacip": ("-", " / ", ", ", " - "),
    }[src.voice]
    sep = choice(rng, seps)
    if src.voice == "brindisi" and rng.random() < 0.6:
        tags.append("iso_code")
        return sep.join(iso_codes(c)[0] for c in codes)
    parts = [_country(src, c, "transit", rng, tags) for c in codes]
    return sep.join(parts)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
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
_IT_MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
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
_EN_MONTHS = (
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
_ES_ABBR = ("ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC")
_ROMAN = ("I", "II", "III", "IV")
_MONTH_SHARE = 0.035
_QUARTER_SHARE = 0.015


def _ordinal(day: int) -> str:
    """English ordinal of a day of the month (``1st``, ``12th``, ``22nd``)."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _day_text(voice: str, ts: pd.Timestamp, style: str) -> str:
    """Return the day as the voice writes it in figures (bad, future and note dates)."""
    if voice == "brindisi":
        return f"{ts.year:04d}-{ts.month:02d}-{ts.day:02d}"
    if voice == "questura" and style == "dot":
        return f"{ts.day:02d}.{ts.month:02d}.{ts.year:04d}"
    return f"{ts.day:02d}/{ts.month:02d}/{ts.year:04d}"


def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[_Cell, pd.Timestamp, str]:
    """Return (cell, expected date, precision)."""
    voice = src.voice
    u = float(rng.random())
    q = (ts.month - 1) // 3 + 1
    if partial_ok and u < _QUARTER_SHARE:
        tags.append("partial_quarter")
        start = pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)
        text = {
            "questura": f"{'1er' if q == 1 else f'{q}e'} trim. {ts.year}",
            "brindisi": f"{ts.year}-Q{q}",
            "malta": f"Q{q} {ts.year}",
            "jsp": f"{q}.{'er' if q in (1, 3) else 'º'} trimestre de {ts.year}",
            "clacip": f"{_ROMAN[q - 1]} TRIMESTRE {ts.year}",
        }[voice]
        return text, start, "quarter"
    if partial_ok and u < _QUARTER_SHARE + _MONTH_SHARE:
        tags.append("partial_month")
        start = pd.Timestamp(year=ts.year, month=ts.month, day=1)
        numeric = f"{ts.month:02d}/{ts.year}"
        text = {
            "questura": choice(rng, (f"{_FR_MONTHS[ts.month - 1]} {ts.year}", numeric)),
            "brindisi": f"{ts.year}-{ts.month:02d}",
            "malta": choice(
                rng,
                (
                    f"{_EN_MONTHS[ts.month - 1]} {ts.year}",
                    f"{_EN_MONTHS[ts.month - 1][:3]}-{ts.year}",
                ),
            ),
            "jsp": choice(rng, (f"{_ES_MONTHS[ts.month - 1]} de {ts.year}", numeric)),
            "clacip": choice(rng, (numeric, f"{_ES_MONTHS[ts.month - 1].upper()} {ts.year}")),
        }[voice]
        return text, start, "month"
    day = pd.Timestamp(ts.year, ts.month, ts.day)
    v = float(rng.random())
    cell: _Cell
    if voice == "questura":
        if v < 0.55:
            cell = _day_text(voice, ts, "slash")
        elif v < 0.7:
            cell = _day_text(voice, ts, "dot")
            tags.append("dotted_date")
        elif v < 0.8:
            cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
            tags.append("two_digit_year")
        elif v < 0.94:
            d = "1er" if ts.day == 1 else str(ts.day)
            cell = f"{d} {_FR_MONTHS[ts.month - 1]} {ts.year}"
            tags.append("month_name")
        else:
            cell = f"{ts.day} {_IT_MONTHS[ts.month - 1]} {ts.year}"
            tags.append("month_name;italian_word")
    elif voice == "brindisi":
        if v < 0.6:
            cell = _day_text(voice, ts, "iso")
        elif v < 0.72:
            cell = f"{_day_text(voice, ts, 'iso')}T00:00:00"
        elif v < 0.86:
            cell = f"{ts.year:04d}{ts.month:02d}{ts.day:02d}"
            tags.append("compact_date")
        else:
            cell = f"{ts.day:02d}.{ts.month:02d}.{ts.year:04d}"
            tags.append("dotted_date")
    elif voice == "malta":
        if v < 0.6:
            cell = day.to_pydatetime()
        elif v < 0.75:
            cell = int((day - pd.Timestamp("1899-12-30")).days)
            tags.append("excel_serial")
        elif v < 0.85:
            cell = _day_text(voice, ts, "slash")
            tags.append("text_date")
        elif v < 0.93:
            cell = f"{_ordinal(ts.day)} {_EN_MONTHS[ts.month - 1]} {ts.year}"
            tags.append("month_name")
        else:
            cell = f"{ts.day:02d}-{_EN_MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}"
            tags.append("month_name;two_digit_year")
    elif voice == "jsp":
        if v < 0.55:
            cell = _day_text(voice, ts, "slash")
        elif v < 0.7:
            cell = f"{ts.day:02d}-{ts.month:02d}-{ts.year:04d}"
        elif v < 0.8:
            cell = f"{ts.day:02d}/{ts.month:02d}/{ts.year % 100:02d}"
            tags.append("two_digit_year")
        elif v < 0.92:
            cell = f"{ts.day} de {_ES_MONTHS[ts.month - 1]} de {ts.year}"
            tags.append("month_name")
        else:
            cell = f"{ts.day:02d}-{_ES_MONTHS[ts.month - 1][:3]}-{ts.year % 100:02d}"
            tags.append("month_name;two_digit_year")
    else:  # clacip
        if v < 0.5:
            cell = _day_text(voice, ts, "slash")
        elif v < 0.7:
            cell = f"{ts.year:04d}-{ts.month:02d}-{ts.day:02d}"
        elif v < 0.85:
            cell = f"{ts.day:02d}-{_ES_ABBR[ts.month - 1]}-{ts.year:04d}"
            tags.append("month_name")
        else:
            cell = f"{_day_text(voice, ts, 'slash')} 00:00"
            tags.append("date_time")
    return cell, day, "day"


_IMPOSSIBLE = ((29, 2), (30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))


def _swap_year(year: int) -> int:
    """Return the year typed with its two middle digits swapped (2021 -> 2201): future."""
    s = f"{year:04d}"
    return int(s[0] + s[2] + s[1] + s[3])


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
    voice = src.voice
    if kind == "no_date":
        if voice == "clacip":
            return choice(rng, ("", "S/F"))
        return None
    if kind == "bad_date":
        day, month = _IMPOSSIBLE[int(rng.integers(len(_IMPOSSIBLE)))]
        if voice == "brindisi":
            return f"{ts.year:04d}-{month:02d}-{day:02d}"
        if voice == "questura" and rng.random() < 0.3:
            return f"{day:02d}.{month:02d}.{ts.year:04d}"
        return f"{day:02d}/{month:02d}/{ts.year:04d}"
    future = pd.Timestamp(_swap_year(ts.year), ts.month, min(ts.day, 28))
    if voice == "malta":
        return future.to_pydatetime()
    return _day_text(voice, future, "slash")


def _note_date(src: _Source, last: pd.Timestamp) -> _Cell:
    when = last + pd.Timedelta(days=9)
    if src.voice == "malta":
        return when.to_pydatetime()
    return _day_text(src.voice, when, "slash")


# --------------------------------------------------------------------------------------
# Crime type and exploitation
# --------------------------------------------------------------------------------------
_CrimeTable = dict[str, tuple[str, ...]]
#: (voice, detection country or "*") -> crime type -> wordings; "!" marks article-only.
_CRIME: dict[tuple[str, str], _CrimeTable] = {
    ("questura", "ITA"): {
        "smuggling": (
            "Aide à l'immigration irrégulière (art. 12 D.Lgs. 286/98)",
            "!art. 12 T.U.I.",
            "favoreggiamento dell'immigrazione clandestina (art. 12 TUI)",
            "Aide à l'entrée irrégulière – art. 12 D.Lgs. 286/1998",
            "Passeurs (art. 12 c. 3 D.Lgs. 286/98)",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 601 c.p.)",
            "art. 601 c.p. (tratta di persone)",
            "Traite de personnes – art. 601 CP italien",
            "Réduction en esclavage et traite (art. 600-601 c.p.)",
        ),
        "both": (
            "!art. 12 TUI + art. 601 c.p.",
            "Traite (art. 601 c.p.) et aide à l'immigration irrégulière (art. 12 TUI)",
            "Aide à l'immigration irrégulière + traite des êtres humains",
        ),
    },
    ("questura", "*"): {
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L823-1 CESEDA)",
            "Aide à l'entrée irrégulière (CESEDA)",
        ),
        "trafficking": ("Traite des êtres humains (art. 225-4-1 C. pén.)",),
        "both": (
            "!art. L823-1 CESEDA + art. 225-4-1 C. pén.",
            "Traite et aide à l'entrée irrégulière",
        ),
    },
    ("malta", "GBR"): {
        "smuggling": (
            "Assisting unlawful immigration (s.25 IA 1971)",
            "!s.25 Immigration Act 1971",
        ),
        "trafficking": ("Human trafficking (s.2 MSA 2015)", "!s.2 Modern Slavery Act 2015"),
        "both": ("!s.25 IA 1971 & s.2 MSA 2015", "Smuggling + THB"),
    },
    ("malta", "POL"): {
        "smuggling": (
            "Organising illegal border crossing (Art. 264 §3 Polish CC)",
            "Migrant smuggling",
        ),
        "trafficking": ("THB (Art. 189a Polish CC)", "Trafficking in persons"),
        "both": ("Smuggling & THB (Art. 264 §3 / Art. 189a Polish CC)",),
    },
    ("malta", "*"): {
        "smuggling": (
            "Smuggling of migrants",
            "Migrant smuggling",
            "Facilitation of illegal entry (Art. 337A Cap. 9)",
            "SoM",
        ),
        "trafficking": (
            "Trafficking in persons",
            "THB",
            "Trafficking in persons (Art. 248A Cap. 9)",
        ),
        "both": ("Smuggling + THB", "Trafficking & smuggling", "SoM/THB"),
    },
    ("brindisi", "GRC"): {
        "smuggling": (
            "Migrant smuggling (L.4251/2014 art. 29 GR)",
            "Smuggling of migrants",
            "SOM",
        ),
        "trafficking": ("THB (art. 323A Greek PC)", "Trafficking in human beings"),
        "both": ("SOM/THB", "Smuggling & trafficking (art. 29 L.4251/2014; art. 323A PC)"),
    },
    ("brindisi", "HRV"): {
        "smuggling": ("Illegal entry facilitation (art. 326 HR CC)", "Migrant smuggling", "SOM"),
        "trafficking": ("THB (art. 106 HR CC)", "Trafficking in human beings"),
        "both": ("SOM/THB", "Smuggling + trafficking (art. 326 / art. 106 HR CC)"),
    },
    ("brindisi", "*"): {
        "smuggling": ("Organising illegal border crossing (art. 264 § 3 PL CC)", "SOM"),
        "trafficking": ("THB (art. 189a PL CC)", "THB"),
        "both": ("SOM/THB", "Smuggling + THB (art. 264 § 3 / art. 189a PL CC)"),
    },
    ("jsp", "ESP"): {
        "smuggling": (
            "Delito contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
            "!Art. 318 bis CP",
            "Favorecimiento de la inmigración ilegal",
            "Inmigración ilegal (318 bis)",
        ),
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "!Art. 177 bis CP", "TSH"),
        "both": (
            "!Arts. 177 bis y 318 bis CP",
            "TSH + favorecimiento de la inmigración ilegal",
            "Trata de seres humanos y delito contra los derechos de los ciudadanos extranjeros",
        ),
    },
    ("jsp", "*"): {
        "smuggling": ("Favorecimiento de la inmigración ilegal (art. 12 TUI italiano)",),
        "trafficking": ("Trata de seres humanos (art. 601 CP italiano)",),
        "both": ("Trata (art. 601 CP it.) e inmigración ilegal (art. 12 TUI)",),
    },
    ("clacip", "USA"): {
        "smuggling": (
            "8 U.S.C. 1324 (ALIEN SMUGGLING)",
            "!8 USC 1324",
            "TRÁFICO ILÍCITO DE MIGRANTES",
        ),
        "trafficking": ("TRATA DE PERSONAS", "TdP"),
        "both": ("TIM + TRATA DE PERSONAS", "TRÁFICO ILÍCITO DE MIGRANTES Y TRATA DE PERSONAS"),
    },
    ("clacip", "*"): {
        "smuggling": ("TRÁFICO ILÍCITO DE MIGRANTES", "TIM", "TRAFICO DE MIGRANTES"),
        "trafficking": ("TRATA DE PERSONAS", "TdP"),
        "both": ("TIM / TRATA DE PERSONAS", "TRATA DE PERSONAS Y TIM"),
    },
}
#: US statutes CLACIP quotes for trafficking, by form of exploitation.
_US_TRAFFICKING = {"sexual": "18 USC 1591", "forced_labour": "18 USC 1589"}


def _crime(src: _Source, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    crime = str(ev["crime_type"])
    det = str(ev["detection_country"])
    table = _CRIME.get((src.voice, det), _CRIME[(src.voice, "*")])
    if src.voice == "clacip" and det == "USA" and ev["exploitation"] in _US_TRAFFICKING:
        law = _US_TRAFFICKING[str(ev["exploitation"])]
        if crime == "trafficking" and rng.random() < 0.5:
            tags.append("article_only")
            return law
        if crime == "both" and rng.random() < 0.5:
            tags.append("article_only")
            return f"8 USC 1324 / {law}"
    text = choice(rng, table[crime])
    if text.startswith("!"):
        tags.append("article_only")
        text = text[1:]
    return text


_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    "questura": {
        "sexual": ("exploitation sexuelle", "prostitution forcée", "sfruttamento sessuale"),
        "forced_labour": (
            "exploitation par le travail",
            "travail forcé",
            "caporalato (travail forcé)",
        ),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "malta": {
        "sexual": ("Sexual exploitation", "Sexual", "Forced prostitution"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality", "Forced criminal activities"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    "brindisi": {
        "sexual": ("sexual exploitation", "SEXUAL"),
        "forced_labour": ("labour exploitation", "forced labour", "LABOUR"),
        "forced_criminality": ("forced criminality", "CRIMINALITY"),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other", "OTHER"),
    },
    "jsp": {
        "sexual": ("Explotación sexual", "Sexual", "Prostitución coactiva"),
        "forced_labour": ("Explotación laboral", "Laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras",),
    },
    "clacip": {
        "sexual": ("EXPLOTACIÓN SEXUAL", "SEXUAL"),
        "forced_labour": ("TRABAJO FORZOSO", "EXPLOTACIÓN LABORAL"),
        "forced_criminality": ("OBLIGACIÓN DE REALIZAR ACTIVIDADES DELICTIVAS",),
        "organ_removal": ("EXTRACCIÓN DE ÓRGANOS",),
        "forced_marriage": ("MATRIMONIO FORZADO", "MATRIMONIO SERVIL"),
        "other": ("OTRA", "OTROS FINES"),
    },
}
#: What a smuggling row holds in the exploitation column ("" = nothing).
_NO_EXPLOITATION: dict[str, tuple[str, ...]] = {
    "questura": ("", "", "s.o.", "—"),
    "malta": ("", "N/A", "-"),
    "brindisi": ("",),
    "jsp": ("", "", "No procede", "-"),
    "clacip": ("", "N/A", "NO APLICA"),
}

# --------------------------------------------------------------------------------------
# People, means of transport, related offences
# --------------------------------------------------------------------------------------
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "questura": {
        "male": ("M", "H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("mixte", "H/F", "M/F", "hommes et femmes"),
    },
    "malta": {
        "male": ("M", "Male", "Males"),
        "female": ("F", "Female", "Females"),
        "mixed": ("Mixed", "M/F", "M & F"),
    },
    "brindisi": {
        "male": ("male", "M"),
        "female": ("female", "F"),
        "mixed": ("mixed", "M+F"),
    },
    "jsp": {
        "male": ("Hombre", "Varón", "Hombres", "Masculino"),
        "female": ("Mujer", "Mujeres", "Femenino"),
        "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres"),
    },
    "clacip": {
        "male": ("MASCULINO", "HOMBRE", "HOMBRES"),
        "female": ("FEMENINO", "MUJER", "MUJERES"),
        "mixed": ("MIXTO", "AMBOS", "AMBOS SEXOS"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "questura": {
        "adult": ("majeur", "majeurs", "adultes"),
        "child": ("mineur", "mineurs", "MNA"),
        "mixed": ("mixte", "majeurs et mineurs", "adultes + mineurs"),
        "unknown": ("non renseigné", "inconnu"),
    },
    "malta": {
        "adult": ("Adult", "Adults"),
        "child": ("Minor", "Minors", "UAM"),
        "mixed": ("Mixed", "Adults & Minors"),
        "unknown": ("N/A", "Not stated"),
    },
    "brindisi": {
        "adult": ("adult", "ADULT"),
        "child": ("minor", "UAM"),
        "mixed": ("mixed", "adults+minors"),
        "unknown": ("n/a", "not recorded"),
    },
    "jsp": {
        "adult": ("Mayor de edad", "Adulto", "Adultos"),
        "child": ("Menor", "Menores", "MENA"),
        "mixed": ("Mixto", "Adultos y menores"),
        "unknown": ("No consta",),
    },
    "clacip": {
        "adult": ("ADULTO", "ADULTOS"),
        "child": ("MENOR", "NNA"),
        "mixed": ("MIXTO", "ADULTOS Y NNA"),
        "unknown": ("NO REGISTRA", "N/A"),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "questura": {
        "sea": ("maritime", "voie maritime", "embarcation"),
        "land": ("terrestre", "voie terrestre", "camion", "train", "à pied", "véhicule"),
        "air": ("aérien", "avion", "voie aérienne"),
        "unknown": ("non précisé",),
    },
    "malta": {
        "sea": ("Sea", "Boat", "Wooden boat", "Rubber dinghy", "Small boat"),
        "land": ("Land", "Lorry", "Car", "On foot", "Train", "Bus"),
        "air": ("Air", "Flight", "Commercial flight"),
        "unknown": ("N/A", "Not stated"),
    },
    "brindisi": {
        "sea": ("sea", "boat"),
        "land": ("land", "truck", "car", "on foot", "train"),
        "air": ("air", "flight"),
        "unknown": ("n/a",),
    },
    "jsp": {
        "sea": ("Patera", "Neumática", "Embarcación", "Marítimo"),
        "land": ("Terrestre", "A pie", "Vehículo (doble fondo)", "Autobús"),
        "air": ("Aéreo", "Vuelo comercial"),
        "unknown": ("No consta",),
    },
    "clacip": {
        "sea": ("MARÍTIMO", "LANCHA", "EMBARCACIÓN"),
        "land": ("TERRESTRE", "A PIE", "VEHÍCULO", "CAMIÓN", "AUTOBÚS"),
        "air": ("AÉREO", "VUELO"),
        "unknown": ("NO REGISTRA",),
    },
}
#: (voice, corridor, mode) -> the words a source keeps for one route's craft or crossing.
_MODE_ON_ROUTE: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("questura", "cmed", "sea"): (
        "maritime",
        "embarcation",
        "barchino",
        "barchino métallique",
        "gommone (pneumatique)",
        "sbarco autonomo (embarcation)",
    ),
    ("questura", "channel", "sea"): ("embarcation légère", "maritime", "bateau pneumatique"),
    ("brindisi", "emed", "sea"): ("sea", "boat", "rubber dinghy"),
    ("jsp", "watl", "sea"): ("Cayuco", "Neumática", "Embarcación", "Marítimo"),
    ("jsp", "wmed", "sea"): ("Patera", "Neumática", "Embarcación", "Marítimo"),
    ("jsp", "wmed", "land"): ("Salto de valla", "A pie", "Vehículo (doble fondo)", "Terrestre"),
    ("clacip", "darien", "land"): ("A PIE", "TERRESTRE", "A PIE (SELVA)"),
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "questura": {
        "document_fraud": (
            "faux documents",
            "falso documentale (art. 497-bis c.p.)",
            "usage de faux",
        ),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment d'argent"),
        "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "malta": {
        "document_fraud": ("Document fraud", "Forged documents", "False passports"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "brindisi": {
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "jsp": {
        "document_fraud": ("Falsedad documental",),
        "corruption": ("Cohecho", "Corrupción"),
        "money_laundering": ("Blanqueo de capitales",),
        "illicit_goods": ("Contrabando",),
        "cybercrime": ("Ciberdelincuencia",),
        "terrorism": ("Terrorismo",),
    },
    "clacip": {
        "document_fraud": ("FALSEDAD DOCUMENTAL", "FALSIFICACIÓN DE DOCUMENTOS"),
        "corruption": ("COHECHO", "CORRUPCIÓN"),
        "money_laundering": ("LAVADO DE ACTIVOS", "LAVADO DE DINERO"),
        "illicit_goods": ("CONTRABANDO",),
        "cybercrime": ("DELITOS INFORMÁTICOS",),
        "terrorism": ("TERRORISMO",),
    },
}
_OFFENCE_SEPS = {
    "questura": (", ", " + "),
    "malta": ("; ", " / "),
    "brindisi": (", ",),
    "jsp": (", ", " + "),
    "clacip": (" / ", "; "),
}
_NO_OFFENCE = {
    "questura": ("", "", "", "néant"),
    "malta": ("", "", "None"),
    "brindisi": ("",),
    "jsp": ("", "", "", "ninguno"),
    "clacip": ("", "", "NINGUNO"),
}

# --------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------
_COUNT_UNKNOWN = {
    "questura": ("n.c.", "inconnu", "n.d."),
    "malta": ("unk", "TBC", "not known"),
    "brindisi": ("unknown", "n/k"),
    "jsp": ("s/d", "desconocido", "sin determinar"),
    "clacip": ("S/D", "SIN DATO", "ND"),
}
_ZERO = {
    "questura": ("néant", "aucun"),
    "malta": ("Nil", "None"),
    "brindisi": ("none",),
    "jsp": ("ninguno", "sin detenidos"),
    "clacip": ("NINGUNO",),
}
_COUNT_SHARE = 0.02  # persons count written as "unknown"
_SUSPECT_UNKNOWN_SHARE = 0.03
_ZERO_WORD_SHARE = 0.35  # of the rows with no suspect


def _persons(src: _Source, n: int, rng: _Rng, tags: list[str]) -> tuple[_Cell, int | None]:
    voice = src.voice
    if rng.random() < _COUNT_SHARE:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[voice]), None
    big = n >= 1000
    if voice == "questura":
        if big:
            tags.append("thousands")
            head, tail = divmod(n, 1000)
            sep = choice(rng, (" ", "\xa0", "."))
            return f"{head}{sep}{tail:03d}", n
        if rng.random() < 0.08:
            tags.append("unit_suffix")
            return f"{n} pers.", n
        return str(n), n
    if voice == "malta":
        return n, n
    if voice == "brindisi":
        if big and rng.random() < 0.5:
            tags.append("thousands")
            return f"{n:,}", n
        return n, n
    if big:
        tags.append("thousands")
        return (f"{n:,}".replace(",", ".") if voice == "jsp" else f"{n:,}"), n
    return str(n), n


def _suspects(
    src: _Source, n: int, rng: _Rng, tags: list[str], *, at_sea: bool
) -> tuple[_Cell, int | None]:
    voice = src.voice
    if rng.random() < _SUSPECT_UNKNOWN_SHARE:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[voice]), None
    if n == 0 and rng.random() < _ZERO_WORD_SHARE:
        tags.append("zero_word")
        return choice(rng, _ZERO[voice]), 0
    if voice == "questura" and at_sea and n > 0 and rng.random() < 0.08:
        tags.append("annotated_count")
        return f"{n} (scafisti)", n
    if src.format == "csv":
        return str(n), n
    return n, n


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
_COORD_UNKNOWN = {
    "questura": ("n.d.",),
    "malta": ("N/K",),
    "brindisi": ("",),
    "jsp": ("s/d",),
    "clacip": ("S/D",),
}
_COORD_MISSING_SHARE = 0.04
_COORD_PLACEHOLDER_SHARE = 0.02


def _dms(value: float, decimals: int) -> tuple[int, int, float, float]:
    """Degrees, minutes, seconds of ``abs(value)`` (seconds rounded), and their value back."""
    a = abs(value)
    d = int(a)
    m = int((a - d) * 60)
    s = round(((a - d) * 60 - m) * 60, decimals)
    if s >= 60:
        s, m = 0.0, m + 1
    if m >= 60:
        m, d = 0, d + 1
    return d, m, s, d + m / 60 + s / 3600


def _ddm(value: float) -> tuple[int, float, float]:
    """Degrees and decimal minutes (two decimals) of ``abs(value)``, and their value back."""
    a = abs(value)
    d = int(a)
    m = round((a - d) * 60, 2)
    if m >= 60:
        m, d = 0.0, d + 1
    return d, m, d + m / 60


def _sec(s: float, decimals: int) -> str:
    return f"{round(s):02d}" if decimals == 0 else f"{s:04.1f}"


def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, _Cell], float, float]:
    """Cells of the position (``coordinates`` or ``lat``/``lon``) and the values they give."""
    voice = src.voice
    ns = "N" if lat >= 0 else "S"
    u = float(rng.random())
    if voice == "questura":
        if u < 0.7:
            dla, mla, sla, bla = _dms(lat, 0)
            dlo, mlo, slo, blo = _dms(lon, 0)
            mark = choice(rng, ('"', "''"))
            ew = "E" if lon >= 0 else "O"
            text = (
                f"{dla}°{mla:02d}'{_sec(sla, 0)}{mark}{ns} {dlo}°{mlo:02d}'{_sec(slo, 0)}{mark}{ew}"
            )
            tags.append("dms")
            return {"coordinates": text}, _signed(bla, lat), _signed(blo, lon)
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if voice == "malta":
        gla, nla, bla = _ddm(lat)
        glo, nlo, blo = _ddm(lon)
        ew = "E" if lon >= 0 else "W"
        if u < 0.65:
            text = f"{gla:02d}°{nla:05.2f}'{ns} {glo:03d}°{nlo:05.2f}'{ew}"
        else:
            text = f"{ns}{gla:02d} {nla:05.2f} {ew}{glo:03d} {nlo:05.2f}"
        tags.append("ddm")
        return {"coordinates": text}, _signed(bla, lat), _signed(blo, lon)
    if voice == "brindisi":
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": la, "lon": lo}, la, lo
    if voice == "jsp":
        if u < 0.75:
            la, lo = round(lat, 5), round(lon, 5)
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        dla, mla, sla, bla = _dms(lat, 0)
        dlo, mlo, slo, blo = _dms(lon, 0)
        ew = "E" if lon >= 0 else choice(rng, ("O", "W"))
        tags.append("dms")
        cells: dict[str, _Cell] = {
            "lat": f"{dla}º {mla:02d}' {_sec(sla, 0)}'' {ns}",
            "lon": f"{dlo}º {mlo:02d}' {_sec(slo, 0)}'' {ew}",
        }
        return cells, _signed(bla, lat), _signed(blo, lon)
    # clacip
    if u < 0.6:
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    dla, mla, sla, bla = _dms(lat, 1)
    dlo, mlo, slo, blo = _dms(lon, 1)
    ew = "E" if lon >= 0 else choice(rng, ("O", "W", "O"))
    tags.append("dms")
    text = f"{dla}°{mla:02d}'{_sec(sla, 1)}\"{ns} {dlo}°{mlo:02d}'{_sec(slo, 1)}\"{ew}"
    return {"coordinates": text}, _signed(bla, lat), _signed(blo, lon)


def _signed(back: float, value: float) -> float:
    return back if value >= 0 else -back


def _blank_coords(src: _Source) -> dict[str, _Cell]:
    return {"lat": None, "lon": None} if "lat" in src.headers else {"coordinates": None}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
_NA_SHARE = 0.02  # age group or means of transport written as "not stated"
#: Tags that describe how one field is written (dropped when a second report blanks it).
_TAGS_OF_FIELD: dict[str, tuple[str, ...]] = {
    "n_suspects": ("zero_word", "suspects_placeholder", "annotated_count"),
    "coordinates": ("dms", "ddm", "decimal_comma", "coords_missing", "coords_placeholder"),
}


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    voice = src.voice
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    cells["crime_type"] = _crime(src, ev, rng, tags)
    exp["crime_type"] = crime
    form = ev["exploitation"]
    if crime != "smuggling" and form is not None:
        cells["exploitation"] = choice(rng, _EXPLOITATION[voice][str(form)])
        exp["exploitation"] = str(form)
    else:
        cells["exploitation"] = choice(rng, _NO_EXPLOITATION[voice]) or None
        exp["exploitation"] = None

    cells["n_persons"], exp["n_persons"] = _persons(src, int(ev["n_persons"]), rng, tags)  # type: ignore[call-overload]
    at_sea = ev["transport_mode"] == "sea"
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src,
        int(ev["n_suspects"]),  # type: ignore[call-overload]
        rng,
        tags,
        at_sea=at_sea,
    )

    gender = str(ev["gender"])
    cells["gender"] = choice(rng, _GENDER[voice][gender])
    exp["gender"] = gender
    age = str(ev["age_group"])
    if rng.random() < _NA_SHARE:
        cells["age_group"] = choice(rng, _AGE[voice]["unknown"])
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, _AGE[voice][age])
        exp["age_group"] = age

    for col, role in (
        ("nationality", "nat"),
        ("origin_country", "origin"),
        ("destination_country", "dest"),
        ("detection_country", "detect"),
    ):
        code = ev[col]
        cells[col] = None if code is None else _country(src, str(code), role, rng, tags, gender)
        exp[col] = code
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags) or None
    exp["transit_countries"] = ev["transit_countries"]

    mode = str(ev["transport_mode"])
    if rng.random() < _NA_SHARE:
        cells["transport_mode"] = choice(rng, _MODE[voice]["unknown"])
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        craft = _MODE_ON_ROUTE.get((voice, str(ev["corridor"]), mode), _MODE[voice][mode])
        cells["transport_mode"] = choice(rng, craft)
        exp["transport_mode"] = mode

    lat, lon = ev["lat"], ev["lon"]
    w = float(rng.random())
    if lat is None or lon is None or w < _COORD_MISSING_SHARE:
        cells.update(_blank_coords(src))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif w < _COORD_MISSING_SHARE + _COORD_PLACEHOLDER_SHARE and voice != "brindisi":
        word = choice(rng, _COORD_UNKNOWN[voice])
        cells.update({k: word for k in _blank_coords(src)})
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        where, exp["lat"], exp["lon"] = _coords(src, float(lat), float(lon), rng, tags)  # type: ignore[arg-type]
        cells.update(where)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = choice(rng, _NO_OFFENCE[voice]) or None
    else:
        words = [choice(rng, _OFFENCES[voice][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, _OFFENCE_SEPS[voice]).join(words)
    exp["linked_offences"] = offences

    if forced_blank is not None:
        # the blanked cell no longer shows the quirks drawn for it
        gone = _TAGS_OF_FIELD.get(forced_blank, ())
        tags[:] = [t for t in tags if t not in gone]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            cells.update(_blank_coords(src))
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
    return cells, exp, list(dict.fromkeys(t for tag in tags for t in tag.split(";")))


_EXAMINER: Examiner[_Source] = Examiner(
    sources=BLIND108_SOURCES,
    primary=_PRIMARY,
    compilation=_MALTA.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=108_1081,
    blank_share=0.35,
)


def make_blind108(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the 108th examiner's five submissions (files ``*_df.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``questura_agrigento_df.csv`` (French, cp1252, ``;``),
        ``polfrontiera_brindisi_df.jsonl`` (English, ASCII-escaped JSON lines),
        ``malta_immigration_police_df.xlsx`` (English), ``jsp_andalucia_oriental_df.csv``
        (Spanish, UTF-16, tab) and ``clacip_enlace_df.csv`` (Spanish, UTF-8, ``|``),
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind108(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['questura_agrigento_df.csv', 'polfrontiera_brindisi_df.jsonl',
     'malta_immigration_police_df.xlsx', 'jsp_andalucia_oriental_df.csv',
     'clacip_enlace_df.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
