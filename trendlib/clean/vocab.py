"""Map EN/FR/ES wording of categorical fields to the words of :mod:`trendlib.schema`.

Each distinct value is folded (:func:`trendlib._text.fold`: lower case, no accents,
single spaces) and looked up in an exact table; what the table does not hold is
read by whole-word keywords. Keywords never guess between crime types: the French
*trafic illicite de migrants* and the Spanish *tráfico (ilícito) de migrantes* are
smuggling, *traite* / *trata* are trafficking, and a bare *trafic* / *tráfico* or
*tráfico de personas* (used for both crimes depending on the country) is ambiguous,
hence ``unknown`` and flagged.

Rules (for the audit): ``vocab.exact`` (table), ``vocab.keyword`` (whole-word keywords),
``vocab.missing`` (missing, blank or an explicit "unknown"), ``vocab.ambiguous`` and
``vocab.unrecognised`` (both ``unknown`` with ``invalid=True``). For linked offences:
``offences.keyword``, ``offences.none``, ``offences.partial`` (some parts unread,
flagged) and ``offences.unrecognised``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Final

import numpy as np
import pandas as pd

from trendlib._text import fold
from trendlib.clean._unique import MISSING_WORDS as _MISSING_WORDS
from trendlib.clean._unique import Parsed, map_unique
from trendlib.errors import ParameterError, short_list
from trendlib.schema import LINKED_OFFENCES, UNKNOWN, VOCABULARIES

__all__ = ["header_code", "header_legend", "parse_linked_offences", "parse_vocab"]

_UniqueFunc = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]
_AMBIGUOUS: Final = "<ambiguous>"  # table entry: the wording names more than one category

# Exact tables: folded wording -> schema word. Exact entries win over keywords.
_EXACT: Final[dict[str, dict[str, str]]] = {
    "crime_type": {
        "thb": "trafficking",
        "tip": "trafficking",
        "teh": "trafficking",
        "tsh": "trafficking",
        "trafficking": "trafficking",
        "som": "smuggling",
        "ms": "smuggling",  # Europol / EMPACT: migrant smuggling
        "smuggling": "smuggling",
        "passeurs": "smuggling",
        "passeur": "smuggling",
        "both": "both",
        "les deux": "both",
        "ambos": "both",
        "thb and som": "both",
        "thb som": "both",
        "trafic": _AMBIGUOUS,
        "trafico": _AMBIGUOUS,
        "trafico de personas": _AMBIGUOUS,
        "trafico de seres humanos": _AMBIGUOUS,
        "trafic de personnes": _AMBIGUOUS,
        "trafic humain": _AMBIGUOUS,
        "tsh tim": "both",
        "tim": "smuggling",  # Latin-American abbreviation of tráfico ilícito de migrantes
    },
    "exploitation": {
        "se": "sexual",  # sexual exploitation, as Italian and EU desks abbreviate it
        "other": "other",
        "others": "other",
        "autre": "other",
        "autres": "other",
        "otra": "other",
        "otras": "other",
        "otro": "other",
        "otros": "other",
        "other forms of exploitation": "other",
        "autres formes dexploitation": "other",
        "otras formas de explotacion": "other",
    },
    "gender": {
        "f": "female",
        "m": "male",  # English "male"; Spanish H/M (hombre/mujer): see _hombre_mujer
        "h": "male",  # French "homme"
        "v": "male",  # Spanish "varón"
        "fm": "mixed",
        "mf": "mixed",
        # both letters of a pair, whichever language codes it: M/V (man / vrouw, or
        # mujer / varón), M/W (männlich / weiblich), H/M (hombre / mujer)
        "m v": "mixed",
        "v m": "mixed",
        "m w": "mixed",
        "w m": "mixed",
        "h m": "mixed",
        "m h": "mixed",
        "w": "female",  # German "weiblich"
        # Croatian, Serbian, Slovene: M / Ž (muško / žensko), "M+Ž" both
        "m z": "mixed",
        "z m": "mixed",
        # Polish: M / K (mężczyzna / kobieta), "M+K" both
        "m k": "mixed",
        "k m": "mixed",
        "vrouw": "female",  # Dutch
        "weiblich": "female",  # German
        "mannlich": "male",
        "f m": "mixed",
        "m f": "mixed",
        "h f": "mixed",
        "f h": "mixed",
        "both": "mixed",
        "mixed": "mixed",
        "mixte": "mixed",
        "mixto": "mixed",
        "mixta": "mixed",
        "total": "mixed",
        "all": "mixed",
        "other": UNKNOWN,
        "autre": UNKNOWN,
        "otro": UNKNOWN,
        # HTCDS "Non-Conforming"; non-binary, diverse and "X" are no sex we record
        "x": UNKNOWN,
        "u": UNKNOWN,  # US forms: M / F / U (unknown)
        "non conforming": UNKNOWN,
        "non binary": UNKNOWN,
        "nonbinary": UNKNOWN,
        "non binaire": UNKNOWN,
        "no binario": UNKNOWN,
        "no binaria": UNKNOWN,
        "diverse": UNKNOWN,
        "intersex": UNKNOWN,
        "intersexe": UNKNOWN,
        "intersexual": UNKNOWN,
    },
    "age_group": {
        # US forms' one-letter codes beside "Adult/Juv": A (adult), J (juvenile)
        "a": "adult",
        "j": "child",
        "a j": "mixed",
        "j a": "mixed",
        "both": "mixed",
        "mixed": "mixed",
        "mixte": "mixed",
        "mixto": "mixed",
        "total": "mixed",
        "all": "mixed",
        "all ages": "mixed",
    },
    "transport_mode": {},
}

# Goods that are trafficked: "drug trafficking", "trafficking in arms" are not THB.
_GOODS: Final = (
    "drug", "drugs", "narcotics", "arms", "weapons", "firearms", "weapon", "firearm", "cocaine",
    "heroin", "cannabis", "wildlife", "ivory", "organ", "organs", "tobacco", "cigarette",
    "cigarettes", "vehicle", "vehicles", "car", "cars", "goods", "antiquities", "timber",
    "fuel", "oil", "gold", "counterfeit", "stolen", "cultural", "waste", "fish",
)  # fmt: skip
_NOT_GOODS_BEFORE: Final = "".join(f"(?<!{w} )" for w in _GOODS)
_NOT_GOODS_AFTER: Final = r"(?! (?:in|of) (?:" + "|".join(_GOODS) + r")\b)"
# The same in French and Spanish: a "trafic" / "tráfico" of these is not of persons.
_GOODS_FR_ES: Final = (
    r"(?:drogues?|drogas?|stupefiants|estupefacientes|armes|armas|narcoticos|marchandises"
    r"|mercancias|bienes|biens)"
)

# --- National legal references on THB and SoM ----------------------------------------
# Case files often name the crime by the provision charged: "u/s 3 PSMA 2018", "Art. 188A
# C.P.", "§ 96 AufenthG". Patterns are on folded text (trendlib._text.fold): "Art. 188-A
# C.P." -> "art 188 a c p", "§§ 232-233a StGB" -> "232 233a stgb", "Ley N° 26.364" ->
# "ley n 26 364", "s.25 IA 1971" -> "s 25 ia 1971". A text citing a trafficking and a
# smuggling provision is "both" (see _COMBINED). To add a country, add rows to
# _LEGAL_REFERENCES and a positive and a negative case to tests/clean/test_vocab.py.
#
# A bare article number means different things in different codes, so numbers are read
# only beside the marker of their code or act (_cited: "C.P.", "COIP", "StGB", "TCK",
# "loi du 15 décembre 1980", "Ley 25.871", "Immigration Act 1971"). Collisions checked:
# - Spain's Código Penal has art. 153 (domestic violence) and art. 188 (prostitution of
#   minors), written "C.P." as Peru's 153 (trata) and Colombia's 188 (tráfico de
#   migrantes). Spain's own THB / SoM articles (177 bis, 318 bis) mark a Spanish column,
#   where bare 153 / 188 are left unread (see _spanish_code). Spain has no lettered
#   articles (188A, 153-A, 303-A), so those are read in any column. A lone "Art. 188 C.P."
#   in a Spanish file that never cites 177 bis / 318 bis still reads smuggling: accepted,
#   as art. 188 of Spain's code is rarely the crime type of a THB / SoM case.
#   A bare 188 is read even when 188A is in the same text ("Arts. 188 y 188A C.P." charges
#   both crimes: "both"); "188A" / "188-A" is never read as 188 (see _BARE).
# - Argentina's Código Penal art. 153 (correspondence) and 145 bis (trata; Spain: abortion)
#   are not read; Argentina is read by its laws' numbers (Ley 26.364, Ley 25.871).
# - Chile's 411 bis / 411 quáter and Peru's 303-A exist in no other code listed here;
#   Chile's 411 ter (entry for prostitution) and 411 quinquies (association for either
#   crime), Colombia's 188B (aggravation of 188 and 188A) and 188C/D are not read.
# - Austria's StGB § 232 is counterfeiting money (its trafficking is § 104a): "§ 232 StGB"
#   reads German trafficking; files in EN/FR/ES rarely cite Austrian law. AufenthG,
#   COIP, TCK and the Belgian law of 15 December 1980 name one country each; AufenthG
#   § 95 (the foreigner's own unlawful entry or stay) is not smuggling and is not read.
# - Spain's bare "177 bis" / "318 bis" need no marker (kept as they were); Chile's
#   Código Penal also has a 318 bis (spreading a pathogen, 2020), unlikely as a crime type.
# - Morocco's "loi 02-03" / "loi 27-14" are read only when no further number follows (a
#   date "02-03-2010" is not a law); Algeria's loi 02-03 (2002) amended its constitution.

# The words that may stand between an article number and its code's marker: numbers
# and letters ("Arts. 188 y 188A", "§ 96 Abs. 2 Nr. 1"), connectives, article and
# paragraph words, Latin suffixes ("Arts. 411 bis y 411 quáter").
_GLUE: Final = (
    r" (?:\d+[a-z]?|[a-z]|et|and|ou|or|to|al|de|del|du|des|of|the|la|le|el|en|inc|incisos?"
    r"|num|numeral|numerales|abs|nr|satz|ff|par|parr|parrafos?|paragraphes?|alineas?"
    r"|apartados?|apdo|arts?|articles?|articulos?|artikel|madde|maddesi|ss|sec|sections?"
    r"|no|nro|bis|ter|quater|quinquies|sexies"
    r"|let|lett|lit)"  # Swiss "art. 116 al. 3 let. a LEtr" (alinéa, lettre)
)
# The letter of a lettered article ("188-A" -> "188 a"), not the "c" of "C.P." / "C. Pen."
_LETTER: Final = r" ?[a-d]\b(?! p\b| pen(?:al)?\b)"
# A bare number, not the first part of a lettered or Latin-suffixed article: "188" but
# not "188 A" ("188-A") or "188 bis"; "188 y 188A" and "188 C.P." are still 188.
_BARE: Final = rf"\b(?!{_LETTER}| ?(?:bis|ter|quater|quinquies|sexies)\b)"
_LAW_NO: Final = r"(?:n |no |nro |n o |num |numero )?"  # "Ley N° 26.364", "loi n° 27-14"
# Código Penal / Code pénal as written in the files: "C.P.", "CP", "C. Penal", "Cód. Penal"
# (not "C.P.P.", the code of criminal procedure)
_CP: Final = r"c ?p(?! p\b)|c ?pen(?:al)?|cod(?:e|igo)? pen(?:al)?"


def _cited(articles: str, code: str) -> str:
    """Pattern: one of ``articles`` beside ``code``, in either order, a few glue words apart.

    "Art. 188A C.P.", "C.P. art. 188A", "Arts. 188 y 188A del Código Penal".
    """
    arts, code = rf"\b(?:{articles})\b", rf"\b(?:{code})\b"
    glue = rf"(?:{_GLUE}){{0,5}}"
    return rf"{arts}{glue} {code}|{code}{glue} {arts}"


# Colombia's art. 188 and Peru's art. 153 share their number with Spain's Código Penal
# (see above and _spanish_code).
_CO_188: Final = _cited(r"188" + _BARE, _CP + r"|ley 599(?: de 2000)?")
_PE_153: Final = _cited(r"153" + _BARE + r"|153 ?a", _CP)

_HTESA: Final = r"human trafficking and exploitation (?:scotland )?act"

# Croatia's Criminal Code: "KZ" (not "KZ BiH", Bosnia's), "Kazneni zakon"
_HR_CODE: Final = r"kz(?! ?bih)|kazneni zakon|croatian (?:criminal|penal) code"

# Slovakia's Criminal Code: "Act 300/2005 Coll.", "Trestný zákon", "TZ"
_SK_CODE: Final = r"(?:act )?(?:no )?300 2005(?: coll| z ?z)?|trestn\w* zakon\w*|tz"

# the Criminal Code of Bosnia and Herzegovina: "CC BiH", "KZ BiH", "KZBiH"
_BIH_CODE: Final = r"(?:cc|kz|criminal code) bih|kzbih"

# Texas Penal Code as cited: "PC", "TPC", "Penal Code", "Tex. Penal Code", "Tex. Pen. Code"
_TX_PC: Final = r"t?pc|(?:tex(?:as)? )?pen(?:al)? code"

# (country, crime, pattern on folded text); crime is "trafficking" or "smuggling".
_LEGAL_REFERENCES: Final[tuple[tuple[str, str, str], ...]] = (
    # Spain, Código Penal: art. 177 bis (trata de seres humanos); art. 318 bis, title XV
    # bis "delitos contra los derechos de los ciudadanos extranjeros" (smuggling)
    ("ES", "trafficking", r"177 ?bis"),
    ("ES", "smuggling", r"318 ?bis|derechos de los ciudadanos extranjeros"),
    # France: Code pénal art. 225-4-1 (traite); CESEDA L622-1, since 2021 L823-1 (aide à
    # l'entrée, à la circulation et au séjour irréguliers)
    ("FR", "trafficking", r"225 4 1"),
    ("FR", "smuggling", r"l ?622 [1-5]|l ?823 [1-3]"),  # with the aggravated forms
    # Italy: codice penale art. 600 (slavery), 601 (trafficking); Testo unico
    # sull'immigrazione (D.Lgs. 286/1998) art. 12 (smuggling)
    ("IT", "trafficking", r"60[01] c ?p\b"),
    (
        "IT",
        "smuggling",
        r"12 (?:tui|t ?u ?imm\w*|d ?lgs 286)|d ?lgs 286 1998|testo unico (?:sull )?immigrazione",
    ),
    # United States: TVPA; 18 U.S.C. ch. 77, §§ 1581-1594 (peonage, slavery, trafficking
    # in persons); 8 U.S.C. 1324 (= INA § 274: bringing in and harboring aliens) and 1327
    # (aiding the entry of inadmissible aliens)
    (
        "US",
        "trafficking",
        r"tvpa|18 u ?s ?c ?(?:158[1-9]|159[0-4]|ch(?:apter)? 77\b)"
        r"|(?<!ley )(?<!law )(?<!loi )(?<!art )\b18 (?:158[1-9]|159[0-4])\b",
    ),
    # (courts' docket systems write the title and section with a colon: "8:1324(a)",
    # "18:1591", folded "8 1324 a", "18 1591")
    ("US", "smuggling", r"8 u ?s ?c ?132[47]|ina (?:s |sec |section )?274|^8 132[47]\b"),
    # United Kingdom: Modern Slavery Act 2015 ss. 1, 2, 4 ("Modern Slavery Act" is read
    # by its words); Immigration Act 1971 s. 25-25B (assisting unlawful immigration)
    # (prosecutors also write the acts short: "IA71 s25", "MSA15 s2")
    (
        "UK",
        "trafficking",
        r"msa 2015|msa ?15 s ?[124]\b|"
        + _cited(r"(?:s|ss|sec|sections?) ?[124]", r"msa(?: ?(?:20)?15)?"),
    ),
    # Scotland: Human Trafficking and Exploitation (Scotland) Act 2015, "HTE(S)A 2015"
    # (folded "hte s a 2015"), s. 1 human trafficking, s. 4 slavery and forced labour
    ("UK", "trafficking", r"\bhte ?s ?a(?: ?(?:20)?15)?\b|" + _HTESA),
    (
        "UK",
        "smuggling",
        # "IA s.25", "s.25 IA" without the year (a UK force's shorthand)
        r"\bia ?71 s ?25\b|\bia s ?25\b|\bs ?25 ia\b|"
        + _cited(r"(?:s|ss|sec|sections?) ?25 ?[abc]?", r"(?:immigration act|ia) 1971|ia ?71"),
    ),
    # Pakistan (FIA): Prevention of Trafficking in Persons Act 2018 (PTPA), Prevention of
    # Smuggling of Migrants Act 2018 (PSMA), cited "u/s 3 PTPA r/w 3 PSMA 2018"
    ("PK", "trafficking", r"ptpa"),
    ("PK", "smuggling", r"psma"),
    # Nigeria (NAPTIP): Trafficking in Persons (Prohibition) Enforcement and Administration
    # Act 2015 (TIPPEA), earlier Law Enforcement and Administration Act 2003 (TIPPLEAA)
    ("NG", "trafficking", r"tippl?eaa?"),
    # Bangladesh: Prevention and Suppression of Human Trafficking Act 2012 (PSHTA)
    ("BD", "trafficking", r"pshta"),
    # Colombia, Código Penal (Ley 599 de 2000): art. 188A trata de personas, art. 188
    # tráfico de migrantes
    ("CO", "trafficking", _cited(r"188 ?a", _CP + r"|ley 599(?: de 2000)?")),
    ("CO", "smuggling", _CO_188),
    # Peru, Código Penal: art. 153 trata de personas, 153-A its aggravated forms; art.
    # 303-A tráfico ilícito de migrantes, 303-B its aggravated forms
    ("PE", "trafficking", _PE_153),
    ("PE", "smuggling", _cited(r"303 ?[ab]", _CP)),
    # Ecuador, Código Orgánico Integral Penal (COIP): arts. 91-92 trata de personas,
    # art. 213 tráfico ilícito de migrantes
    ("EC", "trafficking", _cited(r"9[12]" + _BARE, r"coip|codigo organico integral penal")),
    ("EC", "smuggling", _cited(r"213" + _BARE, r"coip|codigo organico integral penal")),
    # Chile, Código Penal (Ley 20.507): art. 411 quáter trata de personas, art. 411 bis
    # tráfico de migrantes; the lettered articles are Chile's alone, so an article
    # number with its letter needs no code ("Art. 411 bis", as Chile's agencies write)
    ("CL", "trafficking", _cited(r"411 ?quater", _CP) + r"|\bart 411 ?quater\b"),
    ("CL", "smuggling", _cited(r"411 ?bis", _CP) + r"|\bart 411 ?bis\b"),
    # Argentina: Ley 26.364 (trata, amended by Ley 26.842); Ley de Migraciones 25.871
    # arts. 116-121 (tráfico ilegal de personas: smuggling); the rest of that law is
    # migration law, not crime
    ("AR", "trafficking", rf"ley {_LAW_NO}26 ?(?:364|842)"),
    ("AR", "smuggling", _cited(r"11[6-9]|12[01]", rf"ley {_LAW_NO}25 ?871")),
    # Morocco: loi 27-14 (traite des êtres humains, 2016); loi 02-03 (entrée et séjour
    # des étrangers, émigration et immigration irrégulières: the passeur's offences)
    ("MA", "trafficking", rf"loi {_LAW_NO}27 14(?! \d)"),
    ("MA", "smuggling", rf"loi {_LAW_NO}02 03(?! \d)"),
    # Sri Lanka: Penal Code s. 360C (trafficking); Immigrants and Emigrants Act s. 45C
    # (organising or helping illegal emigration or immigration: smuggling)
    ("LK", "trafficking", _cited(r"360 ?c", r"pc|penal code")),
    ("LK", "smuggling", _cited(r"45 ?c", r"i ?e act|immigrants and emigrants act")),
    # Austria: StGB § 104a (Menschenhandel); Fremdenpolizeigesetz (FPG) § 114 (Schlepperei,
    # smuggling). Germany's § 104a StGB is about offences against foreign states, not a
    # crime type of these files
    ("AT", "trafficking", _cited(r"104 ?a", r"stgb")),
    ("AT", "smuggling", _cited(r"114", r"fpg|fremdenpolizeigesetz")),
    # Germany: StGB §§ 232-233a (Menschenhandel, Zwangsprostitution, Zwangsarbeit,
    # Ausbeutung); AufenthG §§ 96-97 (Einschleusen von Ausländern)
    ("DE", "trafficking", _cited(r"232 ?[ab]?|233 ?a?", r"stgb")),
    ("DE", "smuggling", _cited(r"9[67]" + _BARE, r"aufenthg|aufenthaltsgesetz")),
    # Belgium: Code pénal / Strafwetboek art. 433quinquies (traite); loi du 15 décembre
    # 1980 sur les étrangers art. 77bis ("trafic d'êtres humains": smuggling)
    ("BE", "trafficking", _cited(r"433 ?quinquies", _CP + r"|sw|strafwetboek")),
    (
        "BE",
        "smuggling",
        _cited(
            r"77 ?bis",
            r"(?:loi|wet|law|l)(?: du| van| of)? 15 (?:decembre|december|12) 1980"
            r"|loi (?:sur les|relative aux) etrangers|vreemdelingenwet",
        ),
    ),
    # Turkey, Türk Ceza Kanunu: art. 79 göçmen kaçakçılığı (smuggling), art. 80 insan
    # ticareti (trafficking)
    ("TR", "trafficking", _cited(r"80" + _BARE, r"tck|turk ceza kanunu")),
    ("TR", "smuggling", _cited(r"79" + _BARE, r"tck|turk ceza kanunu")),
    # Ireland: Criminal Law (Human Trafficking) Act 2008 (CLHT); Illegal Immigrants
    # (Trafficking) Act 2000 s. 2 (smuggling, despite its name)
    ("IE", "trafficking", r"clht act|criminal law human trafficking act"),
    ("IE", "smuggling", r"illegal immigrants trafficking act"),
    # Canada: Criminal Code ss. 279.01-279.03 (traite / trafficking in persons); IRPA / LIPR
    # (Immigration and Refugee Protection Act) ss. 117-118 (organising illegal entry,
    # trafficking across the border: the passeur's offences)
    # (Criminal Code 279.01-279.04, 279.011 for children; also cited "CC 279.01")
    ("CA", "trafficking", _cited(r"279 0?1?[1-4]", r"c ?cr|code criminel|criminal code|ccc|cc")),
    ("CA", "smuggling", _cited(r"117" + _BARE, r"lipr|irpa")),
    ("CA", "trafficking", _cited(r"118" + _BARE, r"lipr|irpa")),
    # European Union: Directive 2011/36/EU (trafficking in human beings); the Facilitators
    # Package, Directive 2002/90/EC and Framework Decision 2002/946/JHA (facilitation of
    # unauthorised entry, transit and residence), cited beside "Dir." / "EU" / "EC" / "JHA"
    ("EU", "trafficking", _cited(r"2011 36", r"dir|directive|directiva|eu|ue")),
    (
        "EU",
        "smuggling",
        _cited(r"2002 90|2002 946", r"dir|directive|directiva|ec|ce|jha|jai|fd|framework decision"),
    ),
    # Switzerland: Code pénal / StGB art. 182 (traite); LEI / LEtr / AIG (loi fédérale sur
    # les étrangers et l'intégration) art. 116 (encouraging illegal entry or stay). Only
    # "CP" for 182: Germany's § 182 StGB is the sexual abuse of youths; Spain's art. 182 CP
    # is kept apart with 153 / 188 (see _spanish_code)
    ("CH", "trafficking", _cited(r"182" + _BARE, r"cp|code penal suisse|cp ch|scc")),
    ("CH", "smuggling", _cited(r"116", r"lei|letr|aig|aug|loi (?:federale )?sur les etrangers")),
    # Australia: Criminal Code Act 1995 Div 270-271 (slavery, servitude, trafficking in
    # persons); Migration Act 1958 s 233A-233C (people smuggling)
    ("AU", "trafficking", r"div(?:ision)? 27[01]\b"),
    # Criminal Code Div 73 (people smuggling offences)
    ("AU", "smuggling", r"div(?:ision)? 73\b"),
    # Greece: Law 4251/2014 (immigration code) arts. 29-30 (smuggling of migrants: "N."
    # for nomos, "L." for law); Penal Code art. 323A trafficking in human beings
    ("GR", "smuggling", _cited(r"29|30", r"[nl] ?4251(?: (?:20)?14)?|law 4251(?: (?:20)?14)?")),
    ("GR", "trafficking", _cited(r"323 ?a", r"pc|pk|penal code")),
    ("AU", "smuggling", _cited(r"(?:s ?|ss |sec |section )?233 ?[abc]?", r"migration act")),
    # Panama, Código Penal: arts. 456-A to 456-E trata de personas (Ley 79 de 2011); arts.
    # 456-F to 456-H tráfico ilícito de migrantes (Ley 36 de 2013; 456-G the false travel
    # documents that make it possible). No other code listed here has a 456 with letters
    ("PA", "trafficking", _cited(r"456 ?[a-e](?! p\b| pen(?:al)?\b)", _CP)),
    ("PA", "smuggling", _cited(r"456 ?[f-h](?! p\b| pen(?:al)?\b)", _CP)),
    # Texas, Penal Code (a US state's law, cited beside the federal one): ch. 20A, § 20A.02
    # trafficking of persons and § 20A.03 continuous trafficking; § 20.05 smuggling of
    # persons and § 20.06 continuous smuggling. Section numbers with a dot, not a date
    # ("PC 20.05.2021")
    ("US-TX", "trafficking", _cited(r"20 ?a 0[23](?! \d)", _TX_PC)),
    ("US-TX", "smuggling", _cited(r"20 0[56](?! \d)", _TX_PC)),
    # Finland, Rikoslaki (RL; Strafflagen, StrL): ch. 25 s. 3-3a ihmiskauppa (trafficking);
    # ch. 17 s. 8-9 laittoman maahantulon järjestäminen (arranging illegal immigration),
    # cited "RL 17:8" (folded "rl 17 8") or "RL 17 luku 8 §"
    ("FI", "trafficking", r"\b(?:rl|rikoslaki|strl|strafflagen) 25 (?:luku |kap )?3 ?a?\b"),
    ("FI", "smuggling", r"\b(?:rl|rikoslaki|strl|strafflagen) 17 (?:luku |kap )?[89]\b"),
    # Sweden: Brottsbalken (BrB) ch. 4 s. 1a människohandel; Utlänningslagen (UtlL, the
    # Aliens Act) ch. 20 s. 8-10 människosmuggling and organising it: "BrB 4:1a", "4 kap.
    # 1 a § brottsbalken", "UtlL 20:8", "Aliens Act ch. 20 s. 8"
    ("SE", "trafficking", _cited(r"(?:ch |kap )?4 (?:kap |s )?1 ?a", r"brb|brottsbalken")),
    (
        "SE",
        "smuggling",
        _cited(r"(?:ch |kap )?20 (?:kap |s )?(?:8|9|10)", r"utll|utlanningslagen|aliens act"),
    ),
    # Latvia, Krimināllikums (KL; "Criminal Law", CL): s. 154.1 human trafficking; s. 285
    # illegal conveyance of persons across the state border (smuggling)
    ("LV", "trafficking", _cited(r"154 1", r"kl|cl|criminal law|kriminallikums")),
    ("LV", "smuggling", _cited(r"285(?! \d)", r"kl|cl|criminal law|kriminallikums")),
    # Hungary, Büntető Törvénykönyv (Btk.): § 192 emberkereskedelem (trafficking), § 353
    # embercsempészés (smuggling), cited "Btk. 353. §"
    ("HU", "trafficking", _cited(r"192", r"btk")),
    ("HU", "smuggling", _cited(r"353", r"btk")),
    # Czechia, trestní zákoník (TZ): § 168 obchodování s lidmi; § 340 organising and
    # enabling illegal border crossing (smuggling). Slovakia's code is also "TZ", with other
    # numbers (§ 179, § 355), not read
    ("CZ", "trafficking", _cited(r"168", r"tz|trestni zakonik")),
    ("CZ", "smuggling", _cited(r"340", r"tz|trestni zakonik")),
    # Croatia, Kazneni zakon (KZ): art. 106 trafficking in human beings, art. 326 illegal
    # entry, movement and stay (smuggling); "Art. 326 KZ", "čl. 106 KZ"
    ("HR", "trafficking", _cited(r"106", _HR_CODE)),
    ("HR", "smuggling", _cited(r"326", _HR_CODE)),
    # Slovakia, Trestný zákon (Act No. 300/2005 Coll.): § 179 trafficking in human beings,
    # § 355 smuggling of migrants (prevádzačstvo); "§ 355 Act 300/2005 Coll.", "§ 179 TZ"
    ("SK", "trafficking", _cited(r"179", _SK_CODE)),
    ("SK", "smuggling", _cited(r"355", _SK_CODE)),
    # Bosnia and Herzegovina, Criminal Code of BiH (CC BiH / KZ BiH): art. 186 trafficking
    # in persons, 186a organised trafficking; art. 189 smuggling of persons, 189a
    # organised smuggling
    ("BA", "trafficking", _cited(r"186 ?a?", _BIH_CODE)),
    ("BA", "smuggling", _cited(r"189 ?a?", _BIH_CODE)),
    # Moldova, Codul penal (CP RM): art. 165 trafic de fiinţe umane (trafficking); art.
    # 362¹ organizarea migraţiei ilegale (smuggling), folded "3621"
    ("MD", "trafficking", _cited(r"165", r"cp rm|cod penal rm|codul penal")),
    ("MD", "smuggling", _cited(r"362 ?1", r"cp rm|cod penal rm|codul penal")),
    # Serbia, Krivični zakonik (KZ; "CC RS"): art. 350 paras. 2-4 enabling illegal crossing
    # of the border and smuggling of persons (para. 1 is the crossing itself, the migrant's
    # act); art. 388 trafficking in human beings. Read beside "KZ" / "CC RS"
    (
        "RS",
        "smuggling",
        _cited(
            r"350 (?:st |stav |para |paragraph |par )?[2-4]", r"kz(?: rs)?|cc rs|krivicni zakonik"
        ),
    ),
    ("RS", "trafficking", _cited(r"388", r"kz(?: rs)?|cc rs|krivicni zakonik")),
    # Ukraine, Criminal Code (CCU / KKU): art. 149 trafficking in human beings; art. 332
    # illegal transfer of persons across the state border (smuggling)
    ("UA", "trafficking", _cited(r"149", r"ccu|kku|criminal code of ukraine")),
    ("UA", "smuggling", _cited(r"332", r"ccu|kku|criminal code of ukraine")),
    # Malaysia, Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007
    # (ATIPSOM): ss. 12-14 trafficking in persons (of adults, by threat or force, of
    # children); ss. 26A-26H smuggling of migrants. The act's name alone names both crimes
    ("MY", "trafficking", _cited(r"1[234]" + _BARE, r"atipsom|atipsoma|atip")),
    ("MY", "smuggling", _cited(r"26 ?[a-h]", r"atipsom|atipsoma")),
    # Viet Nam, Bộ luật Hình sự (BLHS, Penal Code 2015): arts. 150-151 mua bán người
    # (trafficking in persons, and of those under 16); arts. 348-349 organising illegal
    # exit, entry or stay abroad (smuggling); read beside "BLHS" or "Penal Code 2015"
    ("VN", "trafficking", _cited(r"15[01]", r"blhs|bo luat hinh su|(?:penal code|pc) 2015")),
    ("VN", "smuggling", _cited(r"34[89]", r"blhs|bo luat hinh su|(?:penal code|pc) 2015")),
    # Mexico: Ley de Migración art. 159 (tráfico de personas: smuggling); the general law
    # on trafficking (LGPSEDMTP, "Ley General para Prevenir, Sancionar y Erradicar los
    # Delitos en Materia de Trata de Personas") arts. 10-31
    ("MX", "smuggling", _cited(r"159", r"lm|ley de migracion")),
    ("MX", "trafficking", r"lgpsedmtp|ley general (?:\w+ ){0,6}trata de personas"),
    # Costa Rica: Ley General de Migración y Extranjería (LGME) art. 249 (tráfico ilícito
    # de migrantes); Código Penal art. 172 (trata de personas), which Spain's code has too
    # (see _spanish_code)
    ("CR", "smuggling", _cited(r"249", r"lgme|ley general de migracion y extranjeria")),
    ("CR", "trafficking", _cited(r"172" + _BARE, _CP)),
    # Estonia, Karistusseadustik (KarS, the Penal Code): § 133 inimkaubandus (trafficking),
    # § 133¹ supporting it (folded "133 1"), § 175 trafficking in minors; § 259 conveying
    # aliens illegally across the state border (smuggling). Germany's StGB § 259 is
    # receiving stolen goods: read beside "KarS" only
    ("EE", "trafficking", _cited(r"133(?: ?1)?|175", r"kars|karistusseadustik")),
    ("EE", "smuggling", _cited(r"259", r"kars|karistusseadustik")),
    # Albania, Kodi Penal (KP; "CC RA" in English): art. 110/a trafficking in adults, art.
    # 128/b trafficking in minors; art. 298 assisting illegal border crossing (smuggling)
    (
        "AL",
        "trafficking",
        _cited(r"110 ?a|128 ?b", r"kp|cc ra|kodi penal|criminal code of albania"),
    ),
    ("AL", "smuggling", _cited(r"298", r"kp|cc ra|kodi penal|criminal code of albania")),
    # New Zealand, Crimes Act 1961: s 98C smuggling migrants; s 98D trafficking in persons,
    # s 98AA dealing in persons under 18 (for sexual exploitation, labour...), cited
    # "s98C Crimes Act 1961" (folded "s98c crimes act 1961") or "Crimes Act s. 98D"
    ("NZ", "smuggling", _cited(r"(?:s ?)?98 ?c", r"crimes act(?: 1961)?")),
    ("NZ", "trafficking", _cited(r"(?:s ?)?98 ?(?:d|aa)", r"crimes act(?: 1961)?")),
    # Poland, Kodeks karny (k.k.; "CC" / "PC" in English glosses): art. 189a handel ludźmi
    # (trafficking); art. 264 § 2-3 organising illegal border crossing, art. 264a helping a
    # foreigner stay unlawfully (smuggling). 264 § 1 (crossing oneself) is the migrant's act,
    # but files cite § 3 with the number: "art. 264 § 3 k.k."
    (
        "PL",
        "trafficking",
        _cited(r"189 ?a", r"k ?k|kodeks karny|(?:cc|pc|criminal code|penal code)(?! bih)"),
    ),
    (
        "PL",
        "smuggling",
        _cited(
            r"264 (?:(?:par|paragraph|ust) )?[23]|264 ?a", r"k ?k|kodeks karny|cc|pc|criminal code"
        ),
    ),
    # Lithuania, Baudžiamasis kodeksas (BK; "CC" in English glosses): art. 147 prekyba
    # žmonėmis (trafficking), 157 buying or selling a child; art. 292 illegal transportation
    # of persons across the state border (smuggling)
    ("LT", "trafficking", _cited(r"147|157", r"bk|baudziamasis kodeksas|cc|criminal code")),
    ("LT", "smuggling", _cited(r"292", r"bk|baudziamasis kodeksas|cc|criminal code")),
)


def _cites_law(crime: str) -> str:
    """Join the legal references of :data:`_LEGAL_REFERENCES` for ``crime`` in one pattern."""
    return "|".join(f"(?:{pat})" for _, found, pat in _LEGAL_REFERENCES if found == crime)


# Whole-word keyword patterns (on folded text) per field and word. When several words
# match, :data:`_COMBINED` says what the combination means; otherwise it is ambiguous.
# Spain, Código Penal art. 177 bis, paragraph 1, then the letter of the purpose:
# "177 bis 1.b)", "Art. 177 bis.1.c) CP", "177 bis apdo. 1 b)" (folded).
_ES_177_1: Final = r"177 bis (?:1 |ap(?:do|artado)? 1 |(?:num|numero) 1 )?(?:letra )?"

_KEYWORDS: Final[dict[str, dict[str, str]]] = {
    "crime_type": {
        "trafficking": (
            # "drug trafficking", "trafficking in arms" are not trafficking in human beings:
            # see _NOT_GOODS_BEFORE / _NOT_GOODS_AFTER above.
            _NOT_GOODS_BEFORE
            # Ireland's "Illegal Immigrants (Trafficking) Act 2000" is its smuggling law
            + r"(?<!immigrants )(?:trafficking|trafficked)"
            + _NOT_GOODS_AFTER
            + r"|thb|tip|teh|tsh|tdp|tp|ht|msht|traite|trata|human trafficking|modern slavery"
            # tdp: trata de personas / traite des personnes; ht: human trafficking. "MS" alone is
            # never trafficking: migrant smuggling for Europol (below), not the UK's modern
            # slavery (but see "OIC" below)
            # Belgium: "trafic d'êtres humains" beside art. 77bis (loi du 15/12/1980) is
            # that law's smuggling; "traite" is its trafficking
            r"|trafic (?:detres|des etres|de personnes) humains(?! (?:\w+ ){0,2}77 ?bis)"
            r"|esclavage|esclavitud|slavery|reduction en esclavage|servitude|servidumbre"
            r"|(?:forced|compulsory) labou?r|travail force|trabajos? forz(?:os|ad)[oa]s?"
            r"|exploitation|explotacion|exploited|exploite|explotad[oa]s?"
            r"|(?:forced|mendicite|mendicidad) (?:begging|forcee|forzada)|forced begging"
            r"|peonage"
            # UK casework: "Potential VoT" (a potential victim of trafficking, PVoT)
            r"|p?vot|potential vot"
            # UK: a referral to the National Referral Mechanism, the modern-slavery one
            # ("s25 facilitation + NRM referral")
            r"|nrm|nrm referral"
            # Italian liaison wording: "tratta (di persone)", "riduzione in schiavitù"
            r"|tratta|riduzione in schiavitu"
            r"|menschenhandel"  # German, in Austrian, German and Swiss liaison exports
            r"|insan ticareti"  # Turkish (TCK art. 80), in Turkish liaison exports
            # the crime's name in Nordic, Baltic, Dutch, Polish and South Slavic liaison
            # exports: ihmiskauppa (fi), människohandel (sv), menneskehandel (da, no),
            # inimkaubandus (et), cilvēku tirdzniecība (lv), prekyba žmonėmis (lt),
            # mensenhandel (nl), handel ludźmi (pl), trgovina ljudima (hr, sr, bs)
            r"|ihmiskaup\w*|manniskohandel\w*|menneskehandel\w*|inimkaubandus\w*"
            r"|cilveku tirdzniecib\w*|prekyb\w* zmonemis|mensenhandel|handel ludzmi"
            r"|emberkereskedelem\w*|obchodovani s lidmi|obchodovanie s ludmi"
            r"|trgovin\w* ljudima"
            r"|msht"  # UK: modern slavery and human trafficking
            # ... but beside the UK's "OIC" (organised immigration crime, its smuggling)
            # "MS" is the UK's modern slavery: a list of two offences names two offences
            r"|ms(?= (?:and |& )?oic\b)|(?<=\boic )ms|(?<=\boic and )ms"
            # ... as beside a smuggling word ("MS + people smuggling": migrant smuggling
            # would say it twice); beside "HT" it is not ("HT/MS" of an FIU, of
            # Bangladesh's CID: trafficking and migrant smuggling)
            r"|ms(?= (?:and |& )?(?:people |human |migrant )?smuggling\b)"
            r"|(?<=smuggling )ms|(?<=smuggling and )ms"
            # ... and "MS" with a form of exploitation after it ("MS - labour", "MS -
            # criminal") or its "indicators" (the NRM's "MS indicators"): the UK's modern
            # slavery, not migrant smuggling
            r"|ms(?= (?:labou?r|sexual|sex|criminal|crim|domestic|indicators?)\b)"
            # Portuguese (Portugal's CP art. 160.º, Brazil's art. 149-A), in lusophone
            # desks' exports: "tráfico de pessoas" (Spanish "tráfico de personas" is left
            # ambiguous), "exploração", "trabalho forçado / escravo", "escravatura"
            r"|trafico de pessoas|exploracao|trabalho (?:forcado|escravo)|escravatura|escravidao"
            # debt bondage and UK "county lines" (children made to carry drugs) are
            # exploitation of persons whatever the file calls them
            r"|debt bondage|bonded labou?r|servitude pour dettes?|servidumbre por deudas?"
            r"|county lines?|" + _cites_law("trafficking")  # national laws: see _LEGAL_REFERENCES
        ),
        "smuggling": (
            r"smuggling|smuggled|smugglers?|som|passeurs?|facilitation|facilitators?"
            r"|trafic (?:illicite )?de migrants|trafic illicite(?! (?:de |d )?"
            + _GOODS_FR_ES
            + r")"
            r"|traf(?:ico)? (?:ilicito )?de migrantes"
            r"|traf(?:ico)? ilicito(?! (?:de )?" + _GOODS_FR_ES + r")"  # "Tráf. ilícito"
            # US "HS" (human smuggling, beside "HT"); UK "OIC" (organised immigration crime)
            r"|hs|oic|organi[sz]ed immigration crime"
            # US Spanish-language media's calque of "human smuggling"
            r"|contrabando (?:de personas|humano)"
            # a social service's "pago a pasador" (the persons paid a smuggler)
            r"|pagos? (?:a|al) (?:un )?(?:pasador|coyote|pollero)e?s?"
            r"|paiements? (?:a|au|d un) passeurs?"
            r"|paid (?:a )?smugglers?|payment to (?:a )?smugglers?"
            # French: help to an "ESI" (étranger en situation irrégulière)
            r"|aide (?:a l ?|aux )esi"
            # German words in liaison exports: Schlepperei, Schleusung, Einschleusen
            r"|schlepperei|schleppung|schleusung|einschleusen|schleuser"
            r"|gocmen kacakciligi"  # Turkish (TCK art. 79)
            # and in Nordic, Baltic, Dutch, Polish and South Slavic ones: laittoman
            # maahantulon järjestäminen / ihmissalakuljetus (fi), människosmuggling (sv),
            # menneskesmugling (da, no), cilvēku kontrabanda (lv), mensensmokkel (nl),
            # przemyt ludzi / migrantów (pl), krijumčarenje ljudi / migranata (hr, sr, bs)
            r"|laittoman maahantulon jarjestami\w*|ihmissalakuljet\w*|manniskosmuggl\w*"
            r"|menneskesmugl\w*|cilveku kontrabanda|mensensmokkel|przemyt (?:ludzi|migrantow)"
            r"|krijumcarenje (?:ljudi|migranata|osoba)|embercsempesz\w*"
            # Spanish "facilitación de(l) ingreso / entrada / cruce irregular"
            r"|facilitacion (?:\w+ ){0,2}(?:ingreso|entrada|inmigracion|cruce|paso|estancia"
            r"|permanencia|transito)"
            # "illegal conveyance (of persons) across the state border" (Latvian law)
            r"|(?:illegal|unlawful|irregular)"
            r" (?:conveyance|transfer|transport|transportation|movement)"
            r"(?: of (?:persons|people|migrants|foreigners))? across (?:the )?(?:state )?borders?"
            # "tráfico ilegal de migrantes", "trafic clandestin d'immigrés", "contrabando de
            # migrantes", "passage illégal de migrants": a traffic/passage word + migrants
            r"|(?:trafic|trafico|traffic|traffico|contrabando|contrebande|passage|introduction"
            r"|introduccion|transport|transporte|acheminement|convoyage)"
            r" (?:\w+ ){0,2}(?:de |d|of |di )?(?:migrants?|migrantes|inmigrantes|immigres"
            r"|immigrants?|clandestins?|indocumentados|sans papiers|extranjeros|etrangers"
            r"|personas migrantes|migranti|clandestini)"  # Italian "traffico di migranti"
            # workers brought in irregularly (a labour inspection's, a social audit's finding)
            r"|introduits? (?:irregulierement|illegalement|clandestinement)"
            r"|introducid[oa]s? (?:irregularmente|ilegalmente|clandestinamente)"
            # a "passage" is made by a passeur; an irregular crossing alone is the migrant's act
            r"|passages? (?:illegale?s?|clandestins?|irregulier?e?s?)"
            r"|(?:illegal|irregular|unauthori[sz]ed|unlawful|clandestine) (?:immigration|entry"
            r"|migration|emigration)|l?entree (?:irreguliere|illegale|clandestine)"
            r"|aide (?:a )?(?:l ?|la )?(?:entree|sejour|circulation|transit)|aide au sejour"
            r"|aides? (?:au|aux) passages?"  # "aide au passage" (of the border)
            r"|filieres? (?:de |du )?passages?"  # French police: a smuggling ring
            # the Maghreb's "harga" / "harraga" (burning the border: the crossing by sea);
            # an organised one is the organisers' act
            r"|(?:harga|harraga|hrig)s? organisee?s?|organisation (?:de (?:la )?)?(?:harga|harraga)"
            r"|facilitated (?:illegal |irregular )?(?:entry|entries|crossings?|migration)"
            # ... and written after: "Small boat crossing (facilitated)" (a lifeboat log)
            r"|(?:entry|entries|crossings?|arrivals?) facilitated"
            # "organisation d'émigration clandestine" (Senegal's law 2005-06) folds to "demigration"
            r"|[dl]?(?:im|e)?migration (?:irreguliere|clandestine|illegale)"
            # organising a clandestine crossing (Tunisia's law 2004-6): the passeur's act
            r"|(?:organi[sz]\w*|facilitat\w*|aide|ayuda) (?:\w+ ){0,3}(?:franchissement|passage"
            r"|cruce|paso)s? (?:\w+ ){0,1}(?:clandestins?|illegale?s?|illicites?|ilicit[oa]s?"
            r"|irregulier|irreguliere"
            r"|irregular(?:es)?|ilegal(?:es)?|clandestinos?)"
            r"|(?:inmigracion|emigracion) (?:ilegal|irregular|clandestina)|favorecimiento"
            # "entrada irregular" as English "irregular entry", French "entrée irrégulière";
            # Mexico's "internación ilegal (de migrantes)" (entering the country unlawfully)
            r"|entradas? (?:ilegal|irregular|clandestina)(?:es)?"
            r"|internacion(?:es)? (?:ilegal|irregular|clandestina)(?:es)?"
            # Portuguese: "auxílio à imigração ilegal" (Portugal), "promoção de migração
            # ilegal" (Brazil, art. 232-A)
            r"|(?:i|e)?migracao (?:ilegal|irregular|clandestina)"
            # "organising illegal border crossing", "organising illegal crossing of the state
            # border" (the passeur's act; an illegal crossing alone is the migrant's)
            r"|organi[sz]\w* (?:\w+ ){0,2}(?:illegal|irregular|unlawful|clandestine)"
            r" (?:\w+ ){0,2}crossings?"
            # "assisting / facilitation of illegal border crossing", "illegal crossing
            # facilitation" (Albania's art. 298): the helper's act, not the crossing itself
            r"|(?:assist\w*|help\w*|aid\w*|facilitat\w*|enabl\w*) (?:\w+ ){0,2}(?:illegal"
            r"|irregular|unlawful|clandestine) (?:\w+ ){0,2}crossings?"
            r"|(?:illegal|irregular|unlawful|clandestine) (?:\w+ ){0,2}crossings? (?:\w+ )?"
            r"(?:facilitation|assistance|organi[sz]ation)"
            # "organisation d'entrée illégale" (Canada's LIPR s. 117), "organised illegal entry"
            r"|organi[sz]\w* (?:\w+ ){0,2}d?(?:entree|entrada|entry) (?:illegale?|irreguliere"
            r"|clandestine|ilegal|irregular|illegal|unlawful)"
            r"|ayuda a la (?:entrada|inmigracion)"
            # "organising illegal exit/entry", "organising others to flee abroad illegally"
            # (Viet Nam's Penal Code arts. 348-349: the organiser's offence)
            r"|organi[sz]\w* (?:\w+ ){0,2}(?:illegal|irregular|unlawful|clandestine)"
            r" (?:exit|departure|emigration|entry|stay)"
            r"|organi[sz]\w* (?:\w+ ){0,4}(?:abroad|out of the country) illegally"
            r"|coyotaje|coyoterismo|coyotes?|polleros?|pollero|coyote"
            # Central America's "tráfico ilegal / ilícito de personas" (El Salvador's Código
            # Penal art. 367-A): the qualified phrase is smuggling ("trata" is trafficking);
            # "Tráf." as forms abbreviate it
            r"|traf(?:ico)? (?:ilegal|ilicito) de (?:personas|migrantes)"
            # the Dominican Republic's "viajes ilegales": clandestine boat trips organised
            # for pay (the organisers' and captains' offence, Ley 137-03)
            r"|viajes? (?:ilegal(?:es)?|clandestinos?)"
            # French police: AESI, aide à l'entrée et au séjour irréguliers (CESEDA L823-1)
            r"|aesi|aide a l ?entree et au sejour"
            # ... "aide à l'entrée, à la circulation et au séjour irréguliers" (CESEDA
            # L823-1's full words), "aide à l'ECSI" as the customs and police write it
            r"|(?:l ?)?ecsi|aide a l ?entree a la circulation et au sejour"
            r"|aei"  # aide à l'entrée irrégulière, as some French desks abbreviate it
            # Italian: "favoreggiamento dell'immigrazione clandestina" (TUI art. 12)
            r"|favoreggiamento (?:\w+ ){0,2}\w*(?:immigrazione|emigrazione)"  # "dell'" folds on
            r"|people smuggling|human smuggling|migrant smuggling|tim"
            r"|fii"  # facilitation of illegal immigration (UK, Europol)
            # Europol / EMPACT crime areas "THB" and "MS" (migrant smuggling); not the
            # MS-13 gang
            r"|ms(?! ?13\b)(?! (?:labou?r|sexual|sex|criminal|crim|domestic|indicators?)\b)"
            r"(?<!smuggling ms)(?<!smuggling and ms)"
            r"(?! (?:and |& )?(?:people |human |migrant )?smuggling\b)"
            # French police: a "filière" (network) of immigration or of passeurs
            r"|filieres? (?:d ?|de )?(?:l ?)?(?:im|e)?migrations?|filieres? (?:de )?passeurs?"
            # "illegal transfer of persons across the border" (Bulgarian Criminal Code)
            r"|(?:illegal|unlawful|clandestine|irregular) (?:transfer|transport|movement"
            r"|conveyance|crossing|smuggling) of (?:persons|people|migrants|foreigners|aliens)"
            r"|harbou?ring (?:of )?(?:illegal|irregular|unlawful) (?:immigrants|migrants)"
            # US 8 U.S.C. 1324: bringing in, transporting, harboring aliens
            r"|(?:bringing in|harbou?ring|transporting|smuggling|encouraging|inducing)"
            r"(?: \w+){0,3} aliens?|alien smuggling"
            r"|(?:illegal )?aliens? (?:harbou?ring|transporting|transportation|smuggling)"
            # docket charge texts: "TRANSPORTATION OF ILLEGAL ALIENS", "BRING IN AND HARBOR
            # ALIENS"
            r"|transportation of (?:illegal |undocumented )?aliens?"
            r"|(?:bring|harbou?r|transport|smuggle)(?: (?:in|and|or|\w+)){0,3} aliens?"
            # UK: organised immigration crime (NCA, Home Office), clandestine entrants
            r"|organi[sz]ed immigration crimes?|oic|clandestine entrants?|clandestines|"
            # ... and where they were found: "Clandestine in vehicle", "clandestines on board"
            r"clandestines? (?:in|on|aboard|inside|found|hidden|concealed)\b|"
            # persons hidden in a load or a vehicle: "Personas ocultas en la carga",
            # "Migrants dissimulés dans la remorque", "Hidden in lorry" (not "Drugs
            # concealed in vehicle": persons, or nothing, before the hiding word)
            r"(?:(?:personas?|migrantes?|personnes?|migrants?|people|persons?|individus"
            r"|individuos|occupants?|ocupantes?) |^)"
            r"(?:hidden|concealed|ocult[oa]s?|escondid[oa]s?|dissimule(?:e|s|es)?"
            r"|cache(?:e|s|es)?) (?:in|inside|en|dans)|"
            # stowaways found aboard (a ferry line's, a port's, a haulier's log): persons
            # carried into the country hidden, as "clandestine entrants" are
            # (the persons, "clandestins"; a "franchissement clandestin" is a crossing with
            # no smuggler named, a "travail clandestin" undeclared work)
            r"stowaways?|stow aways?|clandestins|passagers? clandestins?|polizon(?:es)?|"
            # an advert offering a crossing (an advertising regulator's or a platform's
            # "Small boat crossing offer", "offre de passage", "oferta de cruce")
            r"(?:crossing|passage) offers?|offers? (?:of )?(?:a )?(?:crossing|passage)s?|"
            # French "passage" in a crime's column: the facilitated crossing ("aide au
            # passage", "passage / traite"), as French NGOs and police write it
            r"(?:aide au |aide a |tentative de )?passages?"
            r"(?! (?:de |du |des )?(?:frontiere|col|pont|port)s?\b)|"
            r"offres? de (?:passage|traversee)s?|ofertas? de (?:cruce|paso)s?|"
            + _cites_law("smuggling")  # national laws: see _LEGAL_REFERENCES
        ),
        # "traite et trafic", "trata de personas y tráfico": both crimes named, the second
        # bare (a bare "trafic" / "tráfico" joined to a trafficking term is the other crime)
        "both": (
            r"both|les deux|ambos|ambas|mixte|mixto|mixta"
            r"|(?:traite|trata|thb|teh|tsh|trafficking)(?: \w+){0,4}?"
            r" (?:(?:et|y|e|and|ou|o|or) )?(?:(?:de|du|le|el|la|del) )?(?:trafic|trafico)"
            r"(?! (?:de |d|of )?(?:drogues?|stupefiants|armes|drogas|armas|estupefacientes))"
            # Italian: "tratta e favoreggiamento" (trafficking and aiding illegal entry)
            r"|tratta (?:di persone |di esseri umani )?e favoreggiamento"
            r"(?! (?:\w+ ){0,2}(?:prostituzione|latitanza))"
        ),
    },
    # Spain's Código Penal art. 177 bis 1 lists the purposes of trafficking by letter
    # (_ES_177_1): a) forced labour or services, slavery, servitude, begging; b) sexual
    # exploitation; c) criminal activities; d) organ removal; e) forced marriage.
    "exploitation": {
        "sexual": (
            rf"{_ES_177_1}b\b|"  # Spain, Código Penal art. 177 bis 1 b)
            r"sexual|sexuelle?s?|sex|sexo|prostitution|prostitucion|prostituee?s?|prostitutas?"
            r"|cybersex\w*"  # online sexual exploitation ("cybersex den", Philippines)
            # German, in Austrian, German and Swiss liaison exports
            r"|sexuelle ausbeutung|zwangsprostitution|ausbeutung der prostitution"
            r"|pornograph\w*|pornografia|proxenet\w*|pimping|escort|racolage|sexuales"
            r"|cse|csec"  # (commercial) sexual exploitation (of children)
            # Central America's "ESC" / "ESCNNA" (explotación sexual comercial de niños,
            # niñas y adolescentes)
            r"|esc|escnna|esci"
            r"|sfruttamento sessuale|prostituzione"  # Italian
            r"|sexual servitude|servitude sexuelle|servidumbre sexual"  # Australia: Div 270
        ),
        "forced_labour": (
            rf"{_ES_177_1}a\b|"  # Spain, Código Penal art. 177 bis 1 a)
            r"labou?r|travail|travaux|trabajo|trabajos|laboral|(?<!sexual )servitude(?! sexuelle)"
            r"|trabalho|trabalhos|escravo|escrava|servidao"  # Portuguese
            r"|lab"  # a code list's four-letter codes: LAB, SEX, CRIM, FMAR, OTH
            r"|arbeitsausbeutung|ausbeutung der arbeitskraft|zwangsarbeit"  # German
            r"|servidumbre(?! sexual)|domestic"
            # Italian: "sfruttamento lavorativo", "caporalato" (gangmaster labour)
            r"|sfruttamento lavorativo|caporalato|lavoro forzato"
            # Belgian law's "exploitation économique": of work
            r"|(?:exploitation|explotacion) economique|explotacion economica"
            r"|economic exploitation|work exploitation|exploitation (?:at|through|of) work"
            r"|domestique|domestica|bondage|esclavage|esclavitud|forced work"
            # slavery, but the UK's "modern slavery" is the umbrella term: with another
            # form after it ("Modern slavery - sexual exploitation") that form is the one
            r"|(?<!modern )slavery|modern slavery(?! (?:sexual|sex|criminal|crim)\b)"
            r"|travail dissimule|agricult\w*|construction|construccion|fishing|peche"
            r"|pesca|mining|mineria|manufactur\w*|textiles?|hostelerie|hosteleria|hospitality"
            r"|conditions (?:de travail|dhebergement) contraires|esclav\w*|slaves?"
            r"|servile(?! marriages?)"  # a "servile marriage" is a forced one (1956 convention)
            r"|peonage|peonaje|debt bondage|bonded labou?r|nail (?:bars?|salons?)|ongleries?"
            r"|(?:hand )?car wash(?:es)?|lavados? de (?:autos|coches)|lavage auto"
        ),
        "forced_criminality": (
            rf"{_ES_177_1}c\b|"  # Spain, Código Penal art. 177 bis 1 c)
            r"criminality|criminal|criminalite|criminel(?:le)?s?|criminales|begging|mendicite|mendicidad|mendiants?"
            r"|delictivas?|delictivos?|crimes?|delitos?|delits?|criminalidad|delincuencia"
            # "obligación de delinquir", "obligados a delinquir", "délinquance forcée"
            r"|delinqu\w*|crimen(?:es)?|d?infractions?|illicit activit(?:y|ies)"
            r"|illegal activit(?:y|ies)"  # "forced to commit illegal activity"
            r"|(?:forced|made|compelled|coerced) to commit (?:\w+ )?(?:offen[cs]es|crimes?)"
            r"|cce"  # UK safeguarding: child criminal exploitation (beside "CSE")
            # drug running under coercion ("forced to carry drugs", UK county lines)
            r"|(?:forced|made|compelled|coerced) to (?:carry|sell|deal|move|run) drugs"
            r"|activites? illicites?|actividad(?:es)? ilicitas?"
            r"|pickpocket\w*|theft|thefts|stealing|shoplifting|vols? a la tire"
            # cannabis grown under coercion (UK and French cases of Vietnamese minors)
            r"|cannabis (?:farms?|factory|factories|cultivation|grows?)"
            r"|cultures? de cannabis|cultivos? de (?:cannabis|marihuana)"
            r"|hurtos?|robos?|cannabis (?:cultivation|farming)"
            # Mexico's "reclutamiento forzado" by criminal groups (lookouts, couriers,
            # gunmen); by armed groups or the military it is child soldiering ("other")
            r"|reclutamiento(?! (?:\w+ ){0,5}(?:militar\w*|armad[oa]s?|soldad[oa]s?|guerrill\w*"
            r"|paramilitar\w*|insurgent\w*))"
            r"|drug (?:dealing|couriers?|mules?|smuggling|trafficking|running)"
            r"|trafic de stupefiants|narcomenudeo|mules?|mulas?|county lines?|crim"
            # made to sell drugs: "obligé de vendre de la drogue", "vender drogas"
            r"|(?:vente|vendre|vendent|revente|venta|vender|venden|selling|sell) (?:de )?(?:la )?"
            r"(?:drogues?|drogas?|drugs|stupefiants|estupefacientes)"
        ),
        "organ_removal": (  # "dorganes": fold drops apostrophes
            rf"{_ES_177_1}d\b|"  # Spain, Código Penal art. 177 bis 1 d)
            r"organs?|d?organes?|organos?|prelevement|extraccion|harvesting|tissus?|tejidos?"
        ),
        "forced_marriage": (
            rf"{_ES_177_1}e\b|"  # Spain, Código Penal art. 177 bis 1 e)
            r"marriages?|mariages?|matrimonios?|child brides?|epouses?|esposas?|union forzada"
            r"|servile marriages?|mariages? servile?s?|matrimonios? servil(?:es)?"
            r"|unions? forcees?|fmar"
        ),
        "other": (
            r"other|autres?|otras?|otros?|adoption|adopcion|surrogacy|gestation pour autrui"
            r"|gestacion subrogada|vientres? de alquiler|child soldiers?|enfants? soldats?"
            r"|ninos? soldados?|forced military|reclutamiento|recrutement|military|militaire"
            r"|militar|mixed|mixte|mixta|multiples?|several|plusieurs|varias|oth"
            r"|altr[oaie]"  # Italian
        ),
    },
    "gender": {
        "female": (
            r"f|fem|females?|woman|women|girls?|femmes?|filles?|mujer|mujeres|ninas?"
            r"|femenin[oa]s?|feminine?s?|feminin|fille|dames?|senoras?|chicas?|muchachas?"
            r"|feminin[oa]s?|mulher|mulheres|meninas?"  # Portuguese
            r"|donn[ae]|femmin[ae]"  # Italian
            # Croatian, Serbian, Slovene, Czech: "Ž" (žensko, žena), folded to "z"
            r"|z|zensk[aoei]|zena|zene"
            r"|kobiet[ay]?"  # Polish
            r"|dona|dones"  # Catalan (Catalonia's police and prisons)
        ),
        "male": (
            r"m|h|v|masc|males?|man|men|boys?|hommes?|garcons?|hombres?|ninos?|varon|varones"
            r"|masculin[oa]?s?|masculine?s?|chicos?|muchachos?|senores?"
            r"|homem|homens|meninos?"  # Portuguese
            r"|uomini|uomo|maschi|maschio"  # Italian
            r"|mezczyzn[aiy]?"  # Polish
            r"|musk[oi]|muskarac|muskarci"  # Croatian, Serbian: "muško", "muškarci"
            r"|home|homes"  # Catalan
        ),
        "mixed": (
            r"mixed|mixte|mixtes|mixto|mixtos|mixta|both|ambos|ambas|les deux|deux sexes"
            r"|both sexes|all sexes|tous sexes|todos los sexos|grupo mixto|groupe mixte|mix"
            r"|mist[oai]"  # Italian
        ),
    },
    "age_group": {
        "child": (
            # "Juv." (juvenile) as US / Canadian forms write it: "Adult/Juv" is both groups
            r"child|children|minors?|kids?|juveniles?|juvenil|juvs?|min|girls?|boys?|infants?"
            r"|adolescents?"
            r"|teens?|teenagers?|youths?|mineur[e]?s?|enfants?|filles?|garcons?|menor|menores"
            r"|ninos?|ninas?|adolescentes?|under 18s?|u18s?|u 18s?|nnas?|mnas?|mie|mena|menas"
            # Italy's MSNA (minori stranieri non accompagnati), Switzerland's RMNA
            # (requérant mineur non accompagné)
            r"|msnas?|rmnas?"
            r"|below 18|less than 18|17 (?:and|or) (?:under|below|younger)|under ?age"
            r"|uascs?|uams?|nnyas?"  # Argentina: niñas, niños y adolescentes
            r"|pmes?"  # Costa Rica: persona menor de edad
            r"|bebes?|babies|baby|nourrissons?|lactantes?|ninez|infancia|jeunes? mineurs?"
            # Colombia's stages of the life cycle ("ciclo vital"): primera infancia,
            # infancia, adolescencia (12-17); adultez (29-59) and vejez (60+) below
            r"|adolescencias?"
            # a sports federation's youth categories: under-13 ... under-18 ("U17"),
            # Spain's "infantil" / "cadete" (under 14 / 16)
            r"|u ?(?:1[0-8]|[6-9])s?|cadetes?|infantil(?:es)?"
            # a social audit's "young workers" (of working age, under 18: ILO)
            r"|young workers?|jeunes travailleu(?:r|rs|se|ses)|trabajador(?:es|as?)? jovenes"
            r"|criancas?"  # Portuguese
            r"|minori|minorenni|minorenne|bambini"  # Italian
            r"|unaccompanied|non accompagnes?|no acompanados?|separated children|uacs?"
            r"|ucs?"  # US CBP: "UC" / "UCs", unaccompanied children (as "UAC")
            # Eurostat / SDMX age codes: "Y_LT18" (less than 18 years; folded "y lt18")
            r"|y lt ?1[0-8]"
            r"|chd|inf|um|umnr"  # airlines' passenger types: child, infant, unaccompanied
        ),
        "adult": (
            r"adults?|adultes?|adult[oa]s?|majeur[e]?s?|mayores de edad|mayor de edad|mayor(?:es)?"
            r"|maj"  # French forms: "maj." / "min.", "maj.+min."
            r"|adt"  # airlines' passenger type: adult
            r"|adulti|maggiorenn[ei]"  # Italian
            r"|adultez|vejez"  # Colombia's life-cycle stages (see "adolescencia" above)
            r"|grown ups?|elderly|personnes agees|ancian[oa]s?|over 18|18 and over"
            r"|of full age|full age|of age"
            r"|18 (?:and|or) (?:above|older)|above 18|18 years and (?:over|above|older)"
            r"|18 (?:above|over|older)"  # "18 & above", "18+ over" folded
            # US CBP's demographics: "SA" single adults (beside UAC, FMUA)
            r"|sa|single adults?"
            r"|y ge ?18"  # Eurostat / SDMX: "Y_GE18", 18 years or over
            r"|seniors?"  # a sports federation's adult category ("Seniors", "sénior")
        ),
        "mixed": (
            r"mixed|mixte|mixtes|mixto|mixta|both|ambos|ambas|les deux|all ages|tous ages"
            r"|family units?|fmua|unidad(?:es)? familiar(?:es)?|grupos? familiar(?:es)?"
            r"|famil(?:y|ies) with (?:children|kids|minors)|familles? avec enfants?"
            r"|familias? con (?:ninos|hijos|menores)"
            r"|familles?"
            # a family travelling together: adults with their children
            r"|famil(?:y|ies)|familias?|grupos? familiares?"
            # a group "of whom minors": adults with some minors among them
            r"|mist[oai]"  # Italian
            # both sides of the age of majority: "Under & over 18", "over/under 18"
            r"|(?:under|over|below|above) (?:and |or )?(?:over|under|above|below) 18"
            r"|dont (?:des |quelques |plusieurs |\d+ )?mineurs?"
            r"|incl(?:uding|uded)? (?:some )?(?:minors|children)"  # "incl. minors"
            # a group "with children": adults travelling with them
            r"|with (?:some )?(?:minors|children|kids)|avec (?:des )?(?:enfants|mineurs)"
            r"|incluidos menores|entre ellos menores|con menores"
            r"|incluye(?:n)? (?:a )?(?:menores|ninos|ninas)"  # "incluye menores"
        ),
    },
    "transport_mode": {
        "sea": (
            r"sea|maritime|maritim[oa]s?|marine|marin[oa]|boats?|ships?|vessels?|mer|mar"
            r"|skiffs?"  # small open boats (Caribbean, Central America)
            r"|peneros?"  # Venezuela's "peñero": an open wooden fishing boat
            r"|sbs?"  # the Channel's "SB" (small boat), as UK and French logs abbreviate it
            r"|bateaux?|navires?|barques?"
            # fishing vessels: "Fishing trawler", "chalutier", "arrastrero", "pesquero"
            r"|trawlers?|chalutiers?|arrastreros?|pesqueros?|fishing (?:boats?|vessels?)"
            r"|embarcations?|embarcacion|embarcaciones|barcos?|pateras?|cayucos?|zodiacs?"
            r"|dinghy|dinghies|rubber boat|ferry|ferries|lanchas?|yachts?|sailing|sailboats?"
            r"|neumaticas?|semirigidas?|semi rigides?|gomones?|balsas?|botes?|barcas?|barcazas?"
            r"|buques?|veleros?|voiliers?|pirogues?|canots?|vedettes?|hors bords?|go fasts?"
            r"|jet skis?|motos? de agua|motos? nautiques?|speed ?boats?|inflatables?|rhibs?|ribs?"
            r"|small crafts?"  # port state control's "Small craft"
            r"|motos? acuaticas?|scooters? des mers|motomarines?|jetskis?|water ?scooters?"
            r"|pesqueros?|chalutiers?|fishing boats?|cruceros?|cruise|kayaks?|nautique|nautico"
            r"|naval|navale|ocean|oceano|mediterranee|mediterraneo|canal|detroit|estrecho"
            r"|crossing by sea|par mer|por mar|via maritima|voie maritime|yolas?|pangas?"
            r"|chalupas?|rafts?|pneumatiques?"  # French "un pneumatique": a rubber boat
            r"|piraguas?"  # Spanish for the West African pirogue
            r"|embarcac(?:ao|oes)|navios?"  # Portuguese
            # the Strait of Gibraltar's "toy" boats (small inflatables sold as toys)
            r"|toys?|toy boats?|bateaux? jouets?|barcas? de juguete"
            r"|kwassa(?: kwassa)?s?"  # the Comoros-Mayotte crossing's boats
            r"|narcolanchas?|sloops?"  # drug runners' speedboats; a sailing sloop
            # the dhows of the Red Sea and Gulf of Aden crossings (French "boutre", Arabic
            # "sambouk") and the Nile / Mediterranean felucca
            r"|dhows?|boutres?|sambou?ks?|sambuks?|felouques?|feluccas?|falucas?"
            r"|taxi boats?|taxis? bateaux?|bateaux? taxis?"
            r"|sievs?"  # Australia: suspected illegal entry vessel
            r"|livestock carriers?"  # a ship type (the road's are lorries, trucks, trailers)
            # Italian desks' boats: "barchino" (a small iron boat from Tunisia), "gommone"
            # (rubber dinghy), "peschereccio" (fishing boat), "imbarcazione", "veliero"
            r"|barchin[oi]|gommon[ei]|pescherecci?o?|motopesca|imbarcazion[ei]|velier[oi]"
            r"|via mare"
            r"|barcon[ei]"  # a large wooden boat
            # swimming round the breakwater (Ceuta's Tarajal beach): "a nado", "à la nage"
            r"|a nado|nadando|swimming|swam|swimmers?|a la nage|nageurs?"
        ),
        "land": (
            r"land|terre|terrestre|terrestres|routiers?|routieres?|hgvs?|trucks?|lorry|lorries"
            r"|cars?|vans?|bus|buses|coachs?|coaches|train|trains|rail|railway|walking"
            # on foot, but not a ferry's foot passenger (one without a vehicle aboard)
            r"|foot(?! passengers?)"
            r"|turismos?"  # Spain: a "turismo" is a passenger car
            r"|eurotunnel|le shuttle"  # the Channel Tunnel's car and lorry shuttle
            r"|lkws?|pkws?|lastwagen|kleinbus(?:se)?"  # German: lorry, car, minibus
            r"|kamion|kamiony?|kamionem"  # Croatian, Serbian, Polish, Czech: lorry
            r"|vehicular|vehiculaire"  # "vía vehicular": by road vehicle
            r"|ground|by ground|ground transport"  # US military and police logs' "Ground"
            r"|navettes? (?:fret|camions?|poids lourds?|passagers?|tourisme)"  # its shuttles
            r"|eurostar|thalys"  # the trains through the tunnel and to Brussels
            r"|camions?|voitures?|pied|camion|camiones|coches?|pie|tren|trenes|vehicles?"
            # "route" is the road, but a "sea route" / "route maritime" is the sea's
            r"|vehicules?|vehiculos?|road|roads|par route|carretera|por carretera"
            r"|(?<!sea )(?<!air )(?<!maritime )route(?! (?:maritime|aerienne))"
            r"|taxis?(?! boats?| bateaux?)|motorbikes?|autobus|autobuses|autocars?"
            r"|omnibus|omnibuses"
            # the EU's "green border": the land border away from crossing points
            r"|green border|frontiere verte|frontera verde"
            r"|autocares?|minibus|microbus|poids lourds?|fourgons?|fourgonnettes?|camionnettes?"
            r"|furgonetas?|furgon|furgones|trailers?|trailer|remolques?|semirremolques?"
            # a pick-up truck, not a pick-up at an airport ("Air (airport pick-up)")
            r"|semi remorques?|remorques?|tractomulas?|(?<!airport )pick ?ups?|4x4|todoterrenos?"
            r"|autos?"
            r"|automoviles?|automovil|carros?|motos?(?! (?:de agua|nautiques?|acuaticas?))"
            r"|motocicletas?"
            r"|camiao|camioes|caminhao|caminhoes|autocarros?|onibus"  # Portuguese
            r"|via terra|autocarr[oi]|furgon[ei]"  # Italian
            r"|camionetas?"  # a pickup or van (Mexico, Central America)
            r"|trochas?"  # an informal path across a land border (Colombia, Venezuela)
            # Mexican trucking: a dry van or reefer trailer ("caja seca", "caja refrigerada"),
            # a rigid truck ("tortón", "rabón"); French hauliers' "ensemble routier"
            r"|cajas? (?:secas?|refrigeradas?)|tortons?|rabon(?:es)?|ensembles? routiers?"
            r"|tolvas?"  # a freight train's hopper car, which migrants ride in Mexico
            r"|bicicletas?|velos?"
            r"|bicycles?|bikes?|ferroviaire|ferroviario|ferrocarril|tramway|caminando|a pie"
            r"|walk(?:ed|s)?"  # "walked (desert)", "walked across"
            r"|a pied|marche|hiking|randonnee|par la route|por carretera|carretera|autopista"
            r"|autoroute|highway|motorway|colectivos?|combis?|vtc|lorries|van|via terrestre"
            # a ride-share platform's trips: "Covoiturage", "Viaje compartido", "Carpool"
            r"|covoiturages?|viajes? compartidos?|car ?pool(?:ing)?|ride ?shar(?:e|ing)"
            r"|car ?shar(?:e|ing)|lift ?shar(?:e|ing)"
            r"|voie terrestre|frontera terrestre|land border|tractocamion\w*|mototaxis?"
            r"|caminatas?|pedestrians?|peaton(?:es)?|pietons?|tunnels?|tunel(?:es)?"
            r"|overland|por tierra|par terre|veh"  # "PASSENGER VEH"
            # freight trains: US railroad police "BOXCAR", "INTERMODAL CONTAINER", Mexico's
            # "La Bestia", French "wagon", Spanish "vagón"
            r"|boxcars?|freight (?:cars?|trains?)|rail ?cars?|hopper cars?|intermodal"
            r"|la bestia|tren de carga|trenes de carga|wagons?|vagon(?:es)?"
            # animal transport by road: a "horsebox", a French "bétaillère" (cattle truck)
            r"|horse ?box(?:es)?|betailleres?"
            # a caravan (a towed home; Central America's "caravana" of migrants walks) and a
            # travelling fair's road convoy ("convoi forain")
            r"|caravan(?:e|a)?s?|convois? forains?"
            # lorry bodies: a "curtain-sider" / "tautliner" (French "savoyarde"), a flatbed
            r"|curtain ?siders?|tautliners?|savoyardes?|flatbeds?(?: trucks?| trailers?)?"
            # road tankers: a "milk tanker", a "camión cisterna" / "camion-citerne" (not a
            # "buque cisterna", a ship), Mexico's "pipa"; a "tanker" alone may be a ship
            r"|(?:milk|road|fuel|water) tankers?|tankers? (?:lorry|lorries|trucks?)"
            r"|(?<!buque )(?<!barco )cisternas?|(?<!navire )(?<!bateau )citernes?|pipas?"
            # a land border crossing point: "paso fronterizo", "Paso del Tarajal", "Paso de
            # Beni Enzar" (Ceuta and Melilla), "border crossing point", "BCP"
            r"|paso fronterizo|paso (?:de|del) \w+|border crossing points?|bcps?"
            # the land border itself: Spain's Interior Ministry counts Ceuta's and
            # Melilla's land entries by "perímetro fronterizo"; "border perimeter"
            r"|perimetros? fronterizos?|perimetres? frontaliers?|border perimeters?"
            # vehicle abbreviations: US "POV" (privately owned vehicle); French police "VL"
            # (véhicule léger), "VUL" (véhicule utilitaire léger), "VP" (véhicule
            # particulier), "PL" (poids lourd; Poland's code in a country column, not in
            # this one); UK "LGV" (light goods vehicle), "SUV"
            r"|povs?|vls?|vuls?|vps?|pl|lgvs?|suvs?"
            # over a border fence or wall (Ceuta and Melilla: "salto de la valla"): the
            # fence words alone, and Spanish "cerca" (also "near") or "barrière" (also a
            # toll gate) after a jump / climb word
            r"|fences?|walls?|clotures?|grillages?|murs?|barbeles?|fil barbele|barbed wire"
            r"|vallas?|alambradas?|muros?|concertinas?|alambres? de puas"
            r"|(?:jump\w*|climb\w*|scal(?:e|es|ed|ing)|salt(?:o|os|ar|ando)|escalad[ao]s?"
            r"|escalamientos?|escalar|trepar|escalader|sauts?|sauter|franchissements?|franchir)"
            r" (?:\w+ ){0,3}(?:barrieres?|barriers?|cercas?)"
        ),
        "air": (
            r"air|plane|planes|airplane|aircraft|flights?|airports?|aeroports?|avion|avions"
            r"|aerien|aerienne|aeriens|aviones|aereo|aerea|aereos|aereas|aeropuertos?|vuelos?"
            r"|airlines?|aerolineas?|compagnies? aeriennes?|aeronefs?|avionetas?|jets?(?! skis?)"
            r"|helicopters?|helicopteres?|helicopteros?|par avion|por avion|via aerea"
            r"|voie aerienne|aeroplanes?|airliners?|vol[oi]|aere[oi]"  # Italian "volo", "aereo"
            # French "vol" is a flight ("vol régulier", "vol charter"; as theft, "vol" is
            # read in the exploitation field only, as "vol à la tire")
            r"|vols?"
        ),
    },
}

# What a combination of matched words means, per field (other combinations: ambiguous).
_COMBINED: Final[dict[str, dict[frozenset[str], str]]] = {
    "crime_type": {
        frozenset({"trafficking", "smuggling"}): "both",
        frozenset({"trafficking", "both"}): "both",
        frozenset({"smuggling", "both"}): "both",
        frozenset({"trafficking", "smuggling", "both"}): "both",
    },
    "exploitation": {},
    "gender": {
        frozenset({"female", "male"}): "mixed",
        frozenset({"female", "mixed"}): "mixed",
        frozenset({"male", "mixed"}): "mixed",
        frozenset({"female", "male", "mixed"}): "mixed",
    },
    "age_group": {
        frozenset({"child", "adult"}): "mixed",
        frozenset({"child", "mixed"}): "mixed",
        frozenset({"adult", "mixed"}): "mixed",
        frozenset({"child", "adult", "mixed"}): "mixed",
    },
    "transport_mode": {},
}

# Ages written as numbers: "0-17", "0 to 17 years", "<18", "18+", "18 years or over", "25".
# "-18" (moins de 18 ans) and "+18" (18 and over), as French and Spanish forms abbreviate
_AGE_UNDER: Final = re.compile(r"^\s*(?:<|-|under|below|less than|moins de|menos de)\s*(\d{1,3})")
_AGE_OVER: Final = re.compile(
    r"^\s*(?:(?:>=?|≥|\+|over|above|plus de|mas de|más de)\s*(\d{1,3})"
    r"|(\d{1,3})\s*(?:\+|plus\b|(?:years? )?(?:or|and) (?:over|older|more)|ans (?:et|ou) plus"
    # "18 y más", catalogues in capitals without accents "18 Y MAS", "18 años o más"
    r"|(?:años )?[yo] m[aá]s\b|(?:años )?y mayores))"
)
_AGE_RANGE: Final = re.compile(r"^\s*(\d{1,3})\s*(?:-|–|to|a|à|al)\s*(\d{1,3})\b")
_AGE_SINGLE: Final = re.compile(r"^\s*(\d{1,3})\s*(?:years?|yrs?|ans|años)?\s*$")


def _compile(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {word: re.compile(rf"\b(?:{pat})\b") for word, pat in patterns.items()}


_KEYWORD_RE: Final = {field: _compile(p) for field, p in _KEYWORDS.items()}


def _check_field(field: str) -> None:
    if field not in VOCABULARIES:
        raise ParameterError(
            f"expected field to be one of {short_list(VOCABULARIES)}, but found {field!r}; "
            "pass the name of a vocabulary column of the record frame."
        )


def _keyword_words(folded: pd.Series, field: str) -> pd.Series:
    """Return, per folded value, the schema word its keywords name (or ambiguous / NA)."""
    hits = pd.DataFrame(
        {word: folded.str.contains(pat, regex=True) for word, pat in _KEYWORD_RE[field].items()},
        index=folded.index,
    )
    if field == "exploitation" and "other" in hits:
        # "sexual and other forms": the specific form wins over "other".
        specific = hits.drop(columns="other").any(axis=1)
        hits["other"] &= ~specific
    n_hits = hits.sum(axis=1)
    out = pd.Series(pd.NA, index=folded.index, dtype="object")
    single = n_hits == 1
    out[single] = hits[single].idxmax(axis=1)
    several = n_hits > 1
    if several.any():
        names = pd.Series("", index=folded.index, dtype="object")
        for word in hits.columns:
            names = names + np.where(hits[word], word + " ", "")
        combined = _COMBINED[field]
        out[several] = names[several].map(  # unique values only
            lambda found: combined.get(frozenset(found.split()), _AMBIGUOUS)
        )
    return out


# Spanish forms abbreviate the age classes "May." (mayores de edad) and "Men." (menores):
# with their dot only ("men" alone is English for male adults).
_AGE_ABBREVIATION: Final = re.compile(r"(?i)\b(may|men)\.(?=\W|$)")


def _age_word(m: re.Match[str]) -> str:
    return "mayores" if m.group(1).lower() == "may" else "menores"


def _age_from_numbers(text: pd.Series, *, singles: bool = True) -> pd.Series:
    """Read age groups written as numbers ("0-17", "<18", "18+", "35") on lower-case text.

    Survey-tool choice names join the words with underscores ("18_plus", "under_18").
    Without ``singles`` a bare number ("35") reads as nothing.
    """
    text = text.str.replace("_", " ", regex=False)
    out = pd.Series(pd.NA, index=text.index, dtype="object")
    under = text.str.extract(_AGE_UNDER)[0].astype("float64")
    out[under <= 18] = "child"
    over = text.str.extract(_AGE_OVER).astype("float64").max(axis=1)
    out[out.isna() & (over >= 17)] = "adult"
    rng = text.str.extract(_AGE_RANGE).astype("float64")
    lo, hi = rng[0], rng[1]
    out[out.isna() & (hi < 18)] = "child"
    out[out.isna() & (lo >= 18)] = "adult"
    out[out.isna() & (lo < 18) & (hi >= 18)] = "mixed"
    if singles:
        single = text.str.extract(_AGE_SINGLE)[0].astype("float64")
        out[out.isna() & (single < 18)] = "child"
        out[out.isna() & (single >= 18)] = "adult"
    # both groups ticked: "18+ / <18", "<18 | 18+" (a form's two boxes); each half an age
    # mark or a range, not a bare number ("19/05/2023" is a date)
    two = text.str.contains(r"[/|]", regex=True).fillna(False)
    if two.any() and singles:
        halves = text[two].str.split(r"\s*[/|]\s*", regex=True).explode()
        read = _age_from_numbers(
            pd.Series(halves.to_numpy(dtype=object), dtype="object"), singles=False
        )
        said = pd.Series(read.to_numpy(dtype=object)).groupby(halves.index.to_numpy())
        both = said.agg(lambda g: {"child", "adult"} <= set(g.dropna()))
        out[both.index[both.to_numpy(dtype=bool)]] = "mixed"
    return out


# Words naming the field itself: "sexe inconnu", "edad desconocida", "unknown mode" are
# unknown words once the field's name is dropped.
_FIELD_NOUNS: Final = frozenset(
    "sex sexe sexo gender genre genero age edad mode modo medio moyen means transport "
    "transporte type tipo crime delito infraction offence offense exploitation explotacion "
    "forme forma form category categorie categoria group groupe grupo de du del of la el".split()
)


def _says_missing(text: pd.Series, folded: pd.Series) -> pd.Series:
    """Flag unknown-like values.

    A missing word, alone or beside the field's own name ("Sexe inconnu", "Edad: se
    desconoce"), or several of them ("Not specified/Unknown").
    """
    missing = folded.isin(_MISSING_WORDS)
    rest = folded.str.split().map(lambda ws: " ".join(w for w in ws if w not in _FIELD_NOUNS))
    missing |= rest.isin(_MISSING_WORDS) & rest.ne("")
    parts = text.str.split(r"\s*[/|;]\s*", regex=True)
    several = parts.map(len).gt(1)
    if several.any():
        all_missing = parts[several].map(
            lambda ps: all(fold(p) in _MISSING_WORDS for p in ps)  # unique values only
        )
        missing |= all_missing.reindex(text.index, fill_value=False).astype(bool)
    return missing


# Trafficking named "trata" / "traite" (and their abbreviations); "tráfico" / "trafic".
_TRATA: Final = re.compile(r"\b(?:trata|traite|teh|tsh|tdp|tratta)\b")
# The ambiguous phrases whose meaning a file may tell in another of its texts.
_TRAFICO_PHRASE: Final = (
    r"\b(trafico de personas|trafic de personnes|trafico humano|trafic humain)\b"
)
_TRAFICO: Final = re.compile(
    r"\b(?:trafic(?:o|os|s)?|traffico)\b"  # and Italian "traffico"
    r"(?! (?:illicite |ilicito |ilegal )?(?:de |d |of )?" + _GOODS_FR_ES + r")"
)


# Spain's Código Penal, by its THB / SoM articles; Colombia's and Peru's, by their
# lettered articles (Spain's code has none) and Colombia's code's law number.
_SPAIN_CP: Final = re.compile(r"\b(?:177 ?bis|318 ?bis)\b")
_NOT_SPAIN_CP: Final = re.compile(
    rf"\b(?:188{_LETTER}|153 ?a\b|303 ?[ab]\b|ley 599\b|lei\b|letr\b|aig\b)"  # Swiss LEI
)
# Spain's articles cited as a foreign country's, in a file of another: "art. 318 bis CP (ES)",
# "177 bis Code pénal espagnol"
_SPAIN_NAMED: Final = re.compile(
    r"\b(?:c ?p|c ?pen(?:al)?|code penal|codigo penal) (?:es|esp)\b|\b(?:es|esp)$"
    r"|\b(?:espagne|espana|spain|spanish|espagnol|espanol|espanola)\b"
)
_SPAIN_TOO: Final = re.compile(r"\b(?:153|172|182|188)" + _BARE)  # articles Spain's code has too


def _spanish_code(folded: pd.Series) -> pd.Series:
    """Drop bare arts. 153 / 188 from a column that cites Spain's Código Penal.

    "188 C.P." is Colombia's tráfico de migrantes and "153 C.P." Peru's trata de
    personas, but Spain's arts. 188 (prostitution of minors) and 153 (domestic
    violence). In a column (one file's distinct values) that cites Spain's 177 bis or
    318 bis, they are Spain's and left unread, except in a text that cites a Colombian
    or Peruvian lettered article as well ("Arts. 188 y 188A C.P.").
    """
    cites_spain = folded.str.contains(_SPAIN_CP)
    if not cites_spain.any():
        return folded
    spain = ~folded.str.contains(_NOT_SPAIN_CP)
    named = folded.str.contains(_SPAIN_NAMED)
    if not (cites_spain & ~named).any():
        # every Spanish citation says it is Spain's: the file's own code is another
        # country's ("art. 318 bis CP (ES)" beside "art. 182 CP" in a Swiss file)
        spain &= named
    out = folded.copy()
    out[spain] = [" ".join(_SPAIN_TOO.sub("", t).split()) for t in folded[spain]]
    return out


# Portuguese "tráfico de pessoas" (Portugal's CP art. 160.º, Brazil's art. 149-A) is
# trafficking, also in a Spanish column that writes trafficking "trata"
_PESSOAS: Final = r"\btrafico de pessoas\b"


def _other_crime(folded: pd.Series, value: pd.Series, rule: pd.Series) -> None:
    """In a column that writes trafficking "trata" / "traite", "tráfico" is smuggling.

    Spanish and French law name trafficking *trata* / *traite* and smuggling *tráfico
    (ilícito de migrantes)* / *trafic (de migrants)*; Mexico's "tráfico de personas" and
    Belgium's "trafic d'êtres humains" (art. 77bis) are smuggling. Alone, such wording is
    ambiguous (Spanish media say "tráfico de personas" for trafficking); beside *trata*
    in the same column (one file's distinct values), it is the other crime, and a text
    naming both ("Tráfico de personas / trata de personas") names both crimes. Rule
    ``vocab.other_crime``; ``value`` and ``rule`` are changed in place.
    """
    # "Tráfico de personas" beside "Tráfico de personas (art. 159 Ley de Migración)": the
    # file says which crime it means by the phrase (Mexico's law: smuggling)
    phrase = folded.str.extract(_TRAFICO_PHRASE, expand=False)
    told = phrase.notna() & value.isin(["smuggling", "trafficking"]).fillna(False)
    if told.any():
        # the phrase's one meaning in the file (a phrase read two ways tells nothing)
        said = value[told].astype(str).groupby(phrase[told])
        meaning = said.first()[said.nunique() == 1]
        read = phrase.map(meaning)
        fill = read.notna() & (value.isna() | value.eq(_AMBIGUOUS).fillna(False))
        value[fill] = read[fill]
        rule[fill] = "vocab.other_crime"
    named = folded.str.contains(_TRATA) & value.eq("trafficking").fillna(False)
    if not named.any():
        return
    other = folded.str.contains(_TRAFICO) & ~folded.str.contains(_TRATA)
    other &= ~folded.str.contains(_PESSOAS)  # Portuguese: trafficking whatever is beside
    other &= value.isna() | value.isin(["trafficking", _AMBIGUOUS])
    value[other] = "smuggling"
    rule[other] = "vocab.other_crime"
    # "both" because its "trafic" was read as trafficking beside a smuggling word of
    # another language ("Mensensmokkel / trafic d'êtres humains"): read with that
    # "trafic" as what the column means by it
    mixed = folded.str.contains(_TRAFICO) & ~folded.str.contains(_TRATA) & value.eq("both")
    if mixed.any():
        again = _keyword_words(
            folded[mixed].str.replace(_TRAFICO, "smuggling", regex=True), "crime_type"
        )
        alone = again.eq("smuggling").fillna(False)
        value[alone[alone].index] = "smuggling"
        rule[alone[alone].index] = "vocab.other_crime"
    # both words in one text name both crimes ("Tráfico de personas / trata de personas")
    both = folded.str.contains(_TRAFICO) & folded.str.contains(_TRATA)
    both &= value.isin(["trafficking", _AMBIGUOUS]).fillna(False)
    value[both] = "both"
    rule[both] = "vocab.other_crime"


def _hombre_mujer(folded: pd.Series, lang: str | None) -> bool:
    """Tell whether a gender column codes sex as Spanish H/M (hombre/mujer) or V/M.

    Spanish forms write ``H`` (hombre) or ``V`` (varón) beside ``M`` (mujer); English
    and French write ``M``/``F`` and ``H``/``F``. So ``M`` is female when the column
    has ``H`` or ``V`` but no ``F``, in a file not known to be English.
    """
    # the letters as values or as words of values ("H y M": hombres y mujeres)
    codes = set(folded) | {w for text in folded for w in str(text).split()}
    return lang != "en" and "m" in codes and bool(codes & {"h", "v"}) and "f" not in codes


# "(MS)" after a trafficking or slavery word glosses it (UK desks: "Suspected trafficking
# (MS)", "Modern slavery (MS)"): the UK's modern slavery, not Europol's migrant smuggling,
# which "MS" alone or listed beside trafficking ("THB / MS") stays. Read before folding
# drops the brackets.
_MS_GLOSS: Final = re.compile(r"(?i)\b(traffick\w*|slavery)\s*\(\s*ms\s*\)")
# ... and after a smuggling word it glosses that ("People smuggling (MS)"): one offence
_MS_SMUGGLING_GLOSS: Final = re.compile(r"(?i)\b(smuggl\w*)\s*\(\s*ms\s*\)")

# A column that spells out the UK's "modern slavery" and never migrant smuggling in words
# uses "MS" for modern slavery wherever it stands ("MS", "MS/HT", "Facilitation & MS" of
# the UK's taskforces, inspectorates and Home Office partners: blind169, blind239, blind357,
# blind412 ...); elsewhere "MS" is Europol's migrant smuggling ("MS" and "HT/MS" of an FIU
# and of Bangladesh's CID beside "Migrant Smuggling": blind10, blind163, blind33). A column
# that spells out both keeps "MS" for migrant smuggling but for the UK's acronym MSHT
# written "MS/HT" (a drinks group's security desk, blind429). Read on the column's folded
# values.
_MS_WORD: Final = re.compile(r"\bms\b(?! ?13\b)")
_MSHT: Final = re.compile(r"\bms(?= ?ht\b)")
_MIGRANT_SMUGGLING_WORDS: Final = re.compile(
    r"\bmigrant smuggling\b|\bsmuggling of migrants\b|\btrafic (?:illicite )?de migrants\b"
    r"|\btrafico (?:ilicito )?de migrantes\b"
)


def _modern_slavery_ms(folded: pd.Series) -> re.Pattern[str] | None:
    """Return which "MS" of a crime-type column are the UK's modern slavery, if any."""
    if not (
        folded.str.contains(r"\bmodern slavery\b").any() and folded.str.contains(_MS_WORD).any()
    ):
        return None
    return _MSHT if folded.str.contains(_MIGRANT_SMUGGLING_WORDS).any() else _MS_WORD


# An enumeration's name in camel case, as a database or an API exports it
# ("MigrantSmuggling", "HumanTrafficking;MigrantSmuggling", "DocumentFraud"): words apart.
_CAMEL: Final = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _vocab_uniques(
    field: str,
    lang: str | None = None,
    legend: Mapping[str, str] | None = None,
    code: str | None = None,
) -> _UniqueFunc:
    words = frozenset(VOCABULARIES[field])

    def func(uniq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        text = pd.Series(uniq, dtype="object").astype(str)
        spelt = text.str.replace(_CAMEL, " ", regex=True)
        if field == "crime_type":
            spelt = spelt.str.replace(_MS_GLOSS, r"\1 (modern slavery)", regex=True)
            spelt = spelt.str.replace(_MS_SMUGGLING_GLOSS, r"\1", regex=True)
        if field == "age_group":  # "May." / "Men.": the abbreviations, before folding
            spelt = text.str.replace(_AGE_ABBREVIATION, _age_word, regex=True)
        # an abbreviation with a dot after each letter ("T.I.M.", "T.d.P."): its letters
        spelt = spelt.str.replace(_DOTTED_ABBREVIATION, _undotted, regex=True)
        folded = pd.Series([fold(t) for t in spelt], dtype="object")  # unique values only
        if field == "crime_type" and (ms := _modern_slavery_ms(folded)) is not None:
            folded = folded.str.replace(ms, "modern slavery", regex=True)
        exact = _EXACT[field]
        keyed = folded  # the text the keywords read
        if field == "gender" and _hombre_mujer(folded, lang):
            exact = {**exact, "m": "female"}
            keyed = folded.str.replace(r"\bm\b", "mujer", regex=True)  # "H y M"
        if field == "crime_type":
            keyed = _spanish_code(folded)  # Spain's arts. 153 / 188 are not Peru's / Colombia's
        value = pd.Series(pd.NA, index=text.index, dtype="object")
        rule = pd.Series(pd.NA, index=text.index, dtype="object")

        def claim(mask: pd.Series, found: pd.Series | str, name: str) -> None:
            mask = mask & value.isna()
            value[mask] = found[mask] if isinstance(found, pd.Series) else found
            rule[mask] = name

        claim(_says_missing(text, folded), UNKNOWN, "vocab.missing")
        if legend:
            claim(
                pd.Series(True, index=text.index), _by_legend(folded, legend), "vocab.header_legend"
            )
        as_word = folded.str.replace(" ", "_")
        claim(as_word.isin(words), as_word, "vocab.exact")
        claim(folded.isin(exact.keys()), folded.map(exact), "vocab.exact")
        if field == "age_group":
            everything = pd.Series(True, index=text.index)
            claim(everything, _age_from_numbers(text.str.lower()), "vocab.age_number")
        if field == "gender":  # "15M / 54F": a head count by sex
            counts = _head_counts(folded, m_female=exact.get("m") == "female")
            claim(pd.Series(True, index=text.index), counts, "vocab.head_count")
        claim(pd.Series(True, index=text.index), _keyword_words(keyed, field), "vocab.keyword")
        if field == "crime_type":
            _other_crime(folded, value, rule)
            if code and fold(code):
                # "§ 259" under "Offence (KarS)": a bare article, of the code the header names
                bare = folded.str.fullmatch(_BARE_ARTICLE) & folded.str.contains(r"\d")
                cited = _keyword_words(fold(code) + " " + keyed, field)
                claim(bare, cited, "vocab.header_code")
            # "§ 259" beside "KarS § 259 (illegal conveyance of aliens)": the file says
            # what its articles are
            learned = _file_articles(folded, value, text)
            both = (learned == "both").fillna(False) & value.isin(["trafficking", "smuggling"])
            value[both], rule[both] = "both", "vocab.file_article"
            claim(pd.Series(True, index=text.index), learned, "vocab.file_article")

        ambiguous = (value == _AMBIGUOUS).fillna(False)
        rule[ambiguous] = "vocab.ambiguous"
        unread = value.isna()
        rule[unread] = "vocab.unrecognised"
        invalid = ambiguous | unread
        value[invalid] = UNKNOWN
        return value.to_numpy(), rule.to_numpy(), invalid.to_numpy(dtype=bool)

    return func


# Letter codes a header spells out: "(M=man, V=vrouw)", "(H: hombre / M: mujer)".
_LEGEND_PAIR: Final = re.compile(r"(?<![^\W\d_])([^\W\d_])\s*[=:]\s*([^\W\d_][^\W\d]*)")


def header_legend(header: str, *, field: str = "gender") -> dict[str, str]:
    """Return the letter codes a header spells out, as the field's words.

    Parameters
    ----------
    header : str
        A column header as written in the file, e.g. ``"Sex (M=man, V=vrouw)"``.
    field : str, default="gender"
        The vocabulary the spelt-out words are read in.

    Returns
    -------
    dict
        Lower-case letter -> the field's word, for the pairs whose word names one
        category; empty when the header spells out none.

    Examples
    --------
    >>> header_legend("Sexo (H: hombre / M: mujer)")
    {'h': 'male', 'm': 'female'}
    >>> header_legend("Sex")
    {}
    """
    _check_field(field)
    pairs = _LEGEND_PAIR.findall(str(header))
    if not pairs:
        return {}
    read = parse_vocab(pd.Series([word for _, word in pairs]), field=field)
    return {
        letter.casefold(): str(value)
        for (letter, _), value, bad in zip(pairs, read.values, read.invalid, strict=True)
        if not bad and value not in (UNKNOWN, "mixed")
    }


# A remark in brackets in a header: "(KarS)", "(CC RA)", "(Crimes Act 1961)".
_HEADER_REMARK: Final = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def header_code(header: str) -> str | None:
    """Return the remarks in brackets of a crime-type header: the code it may name.

    Estonian, Albanian or New Zealand desks write the article alone in the cell ("§
    259", "s98C") and name the code once, in the header ("Paragrahv / Offence (KarS)").
    :func:`parse_vocab` reads a cell no rule reads on its own as a citation of that
    code; a remark that names no code ("(as charged)") then reads nothing more.

    Parameters
    ----------
    header : str
        A column header as written in the file.

    Returns
    -------
    str or None
        The bracketed remarks, joined by a space; None when the header has none.

    Examples
    --------
    >>> header_code("Paragrahv / Offence (KarS)")
    'KarS'
    >>> header_code("Offence") is None
    True
    """
    remarks = [r.strip() for r in _HEADER_REMARK.findall(str(header)) if fold(r)]
    return " ".join(remarks) or None


# An article cited without its code (folded): "§ 259" ("259"), "art. 110/a" ("art 110 a"),
# "s98C" ("s98c"), "§ 133, § 259": numbers, article words, letters and connectives only.
_BARE_ARTICLE: Final = (
    r"(?:(?:s?\d+[a-z]{0,2}|[a-z]|arts?|articles?|articulos?|artikel|sec|sections?|ss|par|paras?"
    r"|paragraphs?|paragrahv|bis|ter|and|et|y|e|or|ou|o|no|nr)(?: |$))+"
)


# An article number in a crime-type text (folded): "259", "110 a" ("110/a"), "98c" in
# "s98c", "177 bis"; not a year ("Law 82/2016", "Crimes Act 1961").
_ARTICLE_NO: Final = re.compile(
    r"(?<![a-z0-9])s?(?!(?:19|20)\d\d\b)"
    r"(\d{1,4}(?:-\d{1,4})*(?: ?[a-d]\b| bis\b| ter\b|[a-z]{1,2}\b)?)"
)
# A section numbered by its title or chapter, its numbers joined by hyphens as written:
# Arizona's "13-2319", France's "225-4-1" (folded "13 2319", "225 4 1"). It is one article
# ("13-2319"), not the articles 13 and 2319; "§ 133, § 259" (folded "133 259") stays two.
_HYPHENATED: Final = re.compile(r"(?<![^\W_])\d{1,4}(?:[-\u2010\u2011]\d{1,4})+(?![^\W_])")
# What may stand beside the numbers in a text read by the file's own articles: article
# words and connectives (_BARE_ARTICLE) and at most three short words (a code's
# abbreviation: "CC", "KP", "Crimes Act").
_SHORT_WORD: Final = re.compile(r"[a-z]{1,6}")


def _joined_runs(folded: str, written: str) -> str:
    """Join in ``folded`` the numbers ``written`` joins with hyphens ("13 2319" -> "13-2319")."""
    for run in _HYPHENATED.findall(written):
        parts = re.split(r"[-\u2010\u2011]", run)
        folded = re.sub(rf"(?<![a-z0-9]){' '.join(parts)}(?![a-z0-9])", "-".join(parts), folded)
    return folded


# A paragraph, sub-paragraph or letter of an article ("Art. 326 para. 1 CC", "§ 96 Abs.
# 2", "art. 318 bis apartado 1"): part of the article cited, not another article.
_SUBPART: Final = re.compile(
    r"\b(?:paras?|paragraphs?|parr?|parrafos?|alineas?|apartados?|apdo|incisos?|stavak|st"
    r"|abs|satz|ust|pkt|lit|letra|letter|items?|points?|punto|sub"
    r"|parts?|dalis|partie|parte)"  # "Art. 292 part 2": Lithuanian "dalis", Ukrainian "ч."
    r" \d{1,3}[a-z]?\b"
)


def _article_numbers(folded: str, written: str = "") -> frozenset[str]:
    """Return the article numbers a folded crime-type text cites ("110 a" -> "110a").

    Numbers the text as ``written`` joins with hyphens are one article: "ARS 13-2319"
    (folded "ars 13 2319") cites "13-2319". A paragraph's number is no article: "Art.
    326 para. 1 CC" cites "326".
    """
    joined = _SUBPART.sub(" ", _joined_runs(folded, written))
    return frozenset(m.replace(" ", "") for m in _ARTICLE_NO.findall(joined))


# Two or more letters, each followed by a dot ("T.I.M.", "T.d.P.", "S.O.M."), not inside
# a word: written without the dots, as the keywords know them ("TIM", "TdP").
_DOTTED_ABBREVIATION: Final = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]\.){2,})(?![^\W\d_])")


def _undotted(m: re.Match[str]) -> str:
    return m.group(1).replace(".", "")


def _file_articles(folded: pd.Series, value: pd.Series, written: pd.Series) -> pd.Series:
    """Read unread citations by the articles the same column reads elsewhere.

    A desk writes "KarS § 259 (illegal conveyance of aliens)" in one row and "§ 259" in
    the next; "Assisting illegal border crossing (art. 298 CC)" beside "Art. 298 CC".
    An article number that the column's read texts citing one article (one file's
    distinct values) cite for one crime only names that crime in the texts no rule
    read, when those cite nothing but such articles (and article words or a code's
    short name). A read text citing several such articles, of both crimes, is "both"
    (the caller overrides its reading). NA elsewhere.
    """
    out = pd.Series(pd.NA, index=folded.index, dtype="object")
    read = value.isin(["trafficking", "smuggling"]).fillna(False)
    unread = value.isna()
    if not read.any() or not unread.any():
        return out
    crimes: dict[str, set[str]] = {}
    for text, as_written, crime in zip(
        folded[read], written[read], value[read], strict=True
    ):  # distinct values only
        cited = _article_numbers(str(text), str(as_written))
        if len(cited) == 1:  # "Arts. 177 bis y 188": which of the two named the crime?
            crimes.setdefault(next(iter(cited)), set()).add(str(crime))
    known = {number: found.pop() for number, found in crimes.items() if len(found) == 1}
    # a text read as one crime by its words that also cites the other crime's article:
    # "13-2319 / ARS 13-1307 – Sex Trafficking" charges both
    for i in np.flatnonzero(read.to_numpy(dtype=bool)):
        numbers = _article_numbers(str(folded.iloc[i]), str(written.iloc[i]))
        if len(numbers) > 1 and numbers <= known.keys():
            if {known[n] for n in numbers} == {"trafficking", "smuggling"}:
                out.iloc[int(i)] = "both"
    at = np.flatnonzero(unread.to_numpy(dtype=bool))
    for i, text, as_written in zip(at, folded[unread], written[unread], strict=True):
        numbers = _article_numbers(str(text), str(as_written))
        if not numbers or not numbers <= known.keys():
            continue
        rest = _ARTICLE_NO.sub(" ", _SUBPART.sub(" ", _joined_runs(str(text), str(as_written))))
        words = [w for w in rest.split() if not re.fullmatch(_BARE_ARTICLE, w + " ")]
        if len(words) > 3 or not all(_SHORT_WORD.fullmatch(w) for w in words):
            continue
        said = {known[number] for number in numbers}
        out.iloc[int(i)] = said.pop() if len(said) == 1 else "both"
    return out


# A head count by sex: "15M / 54F", "3 H / 4 M", "10m+2f" (folded: "15m 54f", "3 h 4 m"),
# or the letter first, as a label: "H : 0 / F : 10" (folded "h 0 f 10").
_HEAD_COUNT: Final = re.compile(r"(\d+) ?([a-z]) (\d+) ?([a-z])")
_HEAD_COUNT_LABELLED: Final = re.compile(r"([a-z]) ?(\d+) ([a-z]) ?(\d+)")
# The letters of a head count and the sex each stands for, by the pair written: M is
# male beside F (English) and female (mujer) beside H or V (Spanish); Dutch M/V (man,
# vrouw) and Spanish V/M (varón, mujer) disagree, so a pair of them tells only that
# both sexes were counted.
_HEAD_LETTERS: Final[dict[frozenset[str], dict[str, str]]] = {
    frozenset("mf"): {"m": "male", "f": "female"},
    frozenset("hf"): {"h": "male", "f": "female"},
    frozenset("hm"): {"h": "male", "m": "female"},
    frozenset("vf"): {"v": "male", "f": "female"},
    frozenset("mv"): {},
}


# One sex counted alone: "10M", "27F", "3 H" (folded "10m", "27f", "3 h").
_HEAD_COUNT_ONE: Final = re.compile(r"(\d+) ?([mfhv])")


def _head_counts(folded: pd.Series, *, m_female: bool = False) -> pd.Series:
    """Read head counts by sex ("15m 54f"): mixed when both are counted; NA elsewhere.

    One sex counted alone ("10M", "27F") is that sex when some were counted: M is male,
    or female (mujer) in a column that codes sex H/M (``m_female``); H and V are male.
    """
    read: list[object] = []
    for text in folded.tolist():  # distinct values only
        one = _HEAD_COUNT_ONE.fullmatch(str(text))
        if one is not None:
            letter = one.group(2)
            sex = "female" if letter == "f" or (letter == "m" and m_female) else "male"
            read.append(sex if int(one.group(1)) > 0 else pd.NA)
            continue
        m = _HEAD_COUNT.fullmatch(str(text))
        pairs = [m.group(1, 2), m.group(3, 4)] if m else []
        if m is None and (lab := _HEAD_COUNT_LABELLED.fullmatch(str(text))):
            pairs = [lab.group(2, 1), lab.group(4, 3)]  # (count, letter) as above
        sexes = _HEAD_LETTERS.get(frozenset(p[1] for p in pairs)) if pairs else None
        if not pairs or sexes is None or pairs[0][1] == pairs[1][1]:
            read.append(pd.NA)
            continue
        counted = [letter for n, letter in pairs if int(n) > 0]
        if len(counted) == 2:
            read.append("mixed")
        elif len(counted) == 1 and counted[0] in sexes:
            read.append(sexes[counted[0]])
        else:
            read.append(pd.NA)  # nobody counted, or a letter the pair leaves unclear
    return pd.Series(read, index=folded.index, dtype="object")


def _by_legend(folded: pd.Series, legend: Mapping[str, str]) -> pd.Series:
    """Read values made only of a legend's letters ("v", "m v"); NA for the others."""
    read: list[object] = []
    for text in folded.tolist():  # distinct values only
        letters = str(text).split()
        found = {legend[letter] for letter in letters if letter in legend}
        known = bool(letters) and all(letter in legend for letter in letters)
        read.append((found.pop() if len(found) == 1 else "mixed") if known else pd.NA)
    return pd.Series(read, index=folded.index, dtype="object")


def parse_vocab(
    raw: pd.Series,
    *,
    field: str,
    lang: str | None = None,
    legend: Mapping[str, str] | None = None,
    code: str | None = None,
) -> Parsed:
    """Map EN/FR/ES wording of one vocabulary column to the schema's words.

    Parameters
    ----------
    raw : Series
        Raw text of the column. Not modified.
    field : str
        One of :data:`trendlib.schema.VOCABULARIES`: ``crime_type``, ``exploitation``,
        ``gender``, ``age_group``, ``transport_mode``.
    lang : {"fr", "es", "en"}, optional
        Language of the file (see :func:`trendlib.clean._unique.guess_language`). Gender
        ``M`` is *mujer* (female) when the column codes sex as ``H``/``M`` or ``V``/``M``
        (no ``F``) and the file is not English.
    legend : mapping, optional
        Letter codes the file's header spells out (:func:`header_legend`): a value made
        only of those letters ("V", "M/V") is read by them (rule ``vocab.header_legend``).
    code : str, optional
        Crime type only: the legal code the file's header names (:func:`header_code`:
        "KarS" in "Paragrahv / Offence (KarS)"). A text no rule reads on its own is
        read again as a citation of that code ("§ 259" as "KarS § 259"; rule
        ``vocab.header_code``).

    Returns
    -------
    Parsed
        ``values`` is a category with the field's words as categories. Missing, blank
        and "unknown"-like values become ``unknown`` (rule ``vocab.missing``); text that
        names no category, or more than one where they cannot combine, becomes
        ``unknown`` with ``invalid=True`` (``vocab.unrecognised`` / ``vocab.ambiguous``).

    Raises
    ------
    ParameterError
        If ``field`` is not a vocabulary column, or ``code`` is given for another field
        than ``crime_type``.

    Notes
    -----
    Gender ``M`` is read as male (English), ``H`` (French *homme*, Spanish *hombre*) and
    ``V`` (Spanish *varón*) as male, ``F`` as female; in a column coded ``H``/``M``
    without ``F``, ``M`` is *mujer*. *Girl* / *fille* / *niña* is female for gender and
    child for the age group. Gender and age ``Total`` (as in UNODC tables) is ``mixed``.

    Examples
    --------
    >>> raw = pd.Series(["Traite des êtres humains", "trafic illicite de migrants",
    ...                  "THB and SoM", "tráfico de personas", None])
    >>> p = parse_vocab(raw, field="crime_type")
    >>> p.values.tolist()  # beside "traite", "tráfico de personas" is the other crime
    ['trafficking', 'smuggling', 'both', 'smuggling', 'unknown']
    >>> p.rule.tolist()
    ['vocab.keyword', 'vocab.keyword', 'vocab.exact', 'vocab.other_crime', 'vocab.missing']
    >>> alone = parse_vocab(pd.Series(["tráfico de personas"]), field="crime_type")
    >>> alone.values.tolist(), alone.rule.tolist(), alone.invalid.tolist()
    (['unknown'], ['vocab.ambiguous'], [True])
    >>> laws = pd.Series(["u/s 3 PTPA r/w 3 PSMA 2018", "Art. 188A C.P.", "§ 96 AufenthG"])
    >>> parse_vocab(laws, field="crime_type").values.tolist()
    ['both', 'trafficking', 'smuggling']
    >>> parse_vocab(pd.Series(["Femmes", "niño", "F+M"]), field="gender").values.tolist()
    ['female', 'male', 'mixed']
    >>> parse_vocab(pd.Series(["H", "M", "M"]), field="gender").values.tolist()  # hombre/mujer
    ['male', 'female', 'female']

    A header that spells out its codes ("Sex (M=man, V=vrouw)") gives the letters'
    meaning, whatever the language would suggest:

    >>> codes = header_legend("Geslacht / Sex (M=man, V=vrouw)")
    >>> codes
    {'m': 'male', 'v': 'female'}
    >>> parse_vocab(pd.Series(["M", "V", "M/V"]), field="gender", legend=codes).values.tolist()
    ['male', 'female', 'mixed']

    A header that names the code its articles are of ("Offence (KarS)", Estonia's
    Penal Code) lets a bare article number be read:

    >>> bare = pd.Series(["§ 259", "§ 133"])
    >>> parse_vocab(bare, field="crime_type").values.tolist()
    ['unknown', 'unknown']
    >>> parse_vocab(bare, field="crime_type", code="KarS").values.tolist()
    ['smuggling', 'trafficking']
    """
    _check_field(field)
    if code is not None and field != "crime_type":
        raise ParameterError(
            f"code={code!r} names the legal code of crime-type articles, but field is "
            f"{field!r}; pass code= with field='crime_type' only."
        )
    parsed = map_unique(raw, _vocab_uniques(field, lang, legend, code))
    missing = raw.isna().to_numpy()
    values = parsed.values.where(~missing, UNKNOWN)
    dtype = pd.CategoricalDtype(list(VOCABULARIES[field]))
    return Parsed(
        values=values.astype(dtype),
        rule=parsed.rule.mask(missing, "vocab.missing"),
        invalid=parsed.invalid,
    )


_OFFENCE_KEYWORDS: Final[dict[str, str]] = {
    "document_fraud": (
        r"documents?|documentaire|documental|documentos?|forg(?:ed|ery|eries)|falsif\w*"
        r"|faux papiers|counterfeit documents?"
        # "fake ID", "Fake or altered ID" (a rental platform's policy list)
        r"|(?:fake|false|forged|altered)(?: (?:or|and) (?:fake|false|forged|altered))?"
        r" (?:ids?|passports?|visas?)"
        r"|(?:fake|false|forged|fraudulent|counterfeit) (?:papers|identity papers|id cards?)"
        r"|passports?|passeports?|pasaportes?|identity fraud|usurpation d ?identite"
        r"|id fraud|identity theft"  # a UK rail safeguarding return's "ID fraud"
        r"|fraudulent ids?|fraudulent identit(?:y|ies)"  # a US digest's "Fraudulent IDs"
        # French Code penal "faux et usage de faux"; identity theft and impostors
        r"|faux|usage de faux|falsos?|falsas?|fraude (?:identitaire|aux visas|de visados)"
        r"|urkundenfalschung|dokumentenfalschung|falschbeurkundung"  # German
        # Spanish and Latin American codes' "falsedad documental", "falsedad personal"
        # (Colombia, art. 296), "falsedad en documento público"
        r"|falsedad(?:es)?(?: documental(?:es)?| personal| en documentos?\w*(?: \w+)?)?"
        r"|fraude doc\w*"  # coded "FRAUDE_DOC" (fraude documentaire)
        r"|(?:fraudulent|false|fake|forged) docs?"  # "FRAUDULENT DOC"
        # a forged or fraudulently obtained driving licence ("Fraudulent driving licence",
        # "faux permis de conduire", "licencia de conducir falsa")
        r"|(?:fraudulent|false|fake|forged|counterfeit)"
        r" (?:driving |driver s |drivers )?licen[cs]es?"
        r"|permis (?:de conduire )?(?:frauduleux|falsifies?|contrefaits?)"
        r"|licencias? (?:de conducir )?(?:falsas?|fraudulentas?|apocrifas?)"
        # Río de la Plata "documentación apócrifa" (forged papers)
        r"|documentacion|apocrif[oa]s?"
        r"|identity theft|usurpacion de identidad|suplantacion de identidad|impostors?"
        r"|imposteurs?|look ?alike|visa fraud|visas? (?:frauduleux|falsos)|fake ids?"
        # "doc" / "docs" for documents: "doc fraud", "fake docs", "docs falsos", "faux docs"
        r"|docs? (?:fraud|forgery|falsos?|falsas?|falsifi\w*)|(?:fake|false|faux|falsos?) docs?"
        # Swiss Code pénal art. 251-252 (faux dans les titres / certificats); not "StGB":
        # Germany's § 251 StGB is robbery causing death
        r"|" + _cited(r"25[12]" + _BARE, r"cp")
    ),
    "corruption": (
        r"corrupt\w*|corrupcion|brib\w*|pots de vin|soborno\w*|cohecho|trafic d ?influence"
        r"|trafico de influencias|prevarica\w*|concussion|kickbacks?|coimas?|mordidas?"
        r"|malversa\w*|abuse of (?:office|power)|abus de (?:fonction|pouvoir)"
        r"|corruzione|concussione"  # Italian
        # "offering an undue benefit / advantage" (to an official: Ukraine's art. 369)
        r"|undue (?:benefit|advantage)s?"
        # Swiss Code pénal art. 322ter-322octies (corruption of officials)
        r"|" + _cited(r"322 ?(?:ter|quater|quinquies|sexies|septies|octies)", r"cp|stgb")
    ),
    "money_laundering": (
        r"money laundering|laundering|blanchiment|blanqueo|lavado de (?:dinero|activos)"
        # Costa Rica's, Venezuela's and Bolivia's "legitimación de capitales" ("de activos")
        r"|legitimacion de (?:capitales|activos|ganancias ilicitas)"
        r"|lavado|illicit financial flows?|flux financiers illicites|flujos financieros ilicitos"
        r"|hawala|underground banking|money mules?|mules? financieres?|mulas? financieras?"
        r"|hundi"  # South Asia's informal value transfer (hawala)
        r"|riciclaggio|autoriciclaggio"  # Italian (art. 648-bis c.p.)
        r"|geldwasche|geldwaesche"  # German
        # Mexico's Código Penal Federal art. 400 bis: "operaciones con recursos de
        # procedencia ilícita" (money laundering)
        r"|(?:operaciones con )?recursos de procedencia ilicita"
        r"|capitales ilicitos|fonds illicites|illicit funds"
        # Europol / EMPACT crime area "criminal finances, money laundering" ("ML")
        r"|criminal finances?|finances criminelles|finanzas criminales|ml"
        r"|aml|amla"  # anti-money laundering (the offence under an AML law or act)
        # Canada's "recyclage des produits de la criminalité"; Swiss CP art. 305bis
        r"|recyclage des produits|produits de la criminalite|"
        + _cited(r"305 ?bis", r"cp|stgb")
        # Central and Eastern European codes: "legalisation of proceeds of crime" (Czech
        # legalizace výnosů z trestné činnosti, § 216 TZ)
        + r"|legali[sz]ation of (?:the )?proceeds|legalizace vynosu"
        + r"|dealing in (?:the )?proceeds of crime"  # Australia's Criminal Code Div 400
        + r"|illicit financ\w*"  # US agencies' "illicit finance"
        # UK: the Proceeds of Crime Act 2002 (its money-laundering offences, ss. 327-329)
        + r"|poca(?: 2002)?|proceeds of crime act"
    ),
    "illicit_goods": (
        r"drugs?|narcotics?|stupefiants?|drogues?|drogas?|weapons?|firearms?|arms|d?armes?"
        r"|armas|cocaine|cocaina|cannabis|heroin|heroine|heroina|contraband|contrebande"
        r"|contrabando|illicit goods|tobacco|cigarettes?"
        # Ecuador's and Colombia's "tráfico de sustancias (sujetas a fiscalización)": drugs
        r"|trafico de sustancias|sustancias (?:sujetas a fiscalizacion|estupefacientes)"
        # Spain's "delitos contra la salud pública" (Código Penal arts. 368 ff.): drugs
        r"|contra la salud(?: publica)?"  # Mexico's "delitos contra la salud": drugs
        r"|tid"  # Peru's "TID" (tráfico ilícito de drogas), beside "TIM" and "TdP"
        # UK: "possession with intent to supply" (Misuse of Drugs Act 1971)
        r"|intent to supply|misuse of drugs act|mda 1971"
        r"|(?:goods|merchandise|marchandises|mercancias) (?:illicit|illicites?|ilicitas?)"
        # "illicit trafficking in goods", "trafic de marchandises", "smuggling of goods": a
        # traffic in goods (smuggling alone is of migrants)
        r"|(?:trafficking|traffic|trafic|trafico|smuggling|contrebande|contrabando)"
        r" (?:\w+ ){0,1}(?:in |of |de |d )?(?:goods|merchandise|marchandises|mercancias)"
        r"|goods (?:smuggling|trafficking)"
        # "illicit commodities" (UK), "prohibited goods", "marchandises prohibées",
        # "mercancía de contrabando": a banned/illicit word + a goods word, in any order
        r"|(?:illicit|illegal|prohibited|restricted|banned|smuggled|contraband)"
        r" (?:commodit(?:y|ies)|goods|items|articles|products|merchandise|substances?"
        r"|cargo(?:es)?)"  # a maritime security desk's "Illicit Cargo"
        r"|(?:marchandises?|biens|produits|articles|objets|mercancias?|bienes|productos"
        r"|articulos|objetos) (?:illicites?|prohibee?s?|illegaux|illegales?|interdits?"
        r"|ilicit[oa]s?|prohibid[oa]s?|ilegales?|de contrebande|de contrabando)"
        r"|commodit(?:y|ies) (?:smuggling|trafficking)"
        r"|narco\w*|estupefacientes|hashish|haschich|hachis|marihuana|marijuana|methamphetamine"
        r"|munitions?|municiones|ammunition|explosi(?:ves?|fs?|vos?)|contrefacons?"
        r"|counterfeit (?:goods|products|medicines|cigarettes)|tabac|tabaco|cigarrillos"
        r"|wildlife|especes protegees|especies protegidas|ivory|ivoire|marfil"
        r"|(?:stolen|voles|robados) (?:vehicles|cars)|vehicules voles|vehiculos robados"
        r"|biens culturels|bienes culturales|cultural goods|trafic darmes|trafico de armas"
        r"|ketamine|mdma|amphetamines?|anfetaminas?|ecstasy|extasis|fentanyl|opioids?|opiates?"
        r"|crack|captagon|tramadol|controlled (?:drugs|substances?)|class [abc] drugs?"
        r"|narcotiques|psychotropes?|psicotropicos?|knives|bladed articles?|couteaux|machetes?"
        r"|pistols?|pistolets?|pistolas?|guns?|handguns?|rifles?|fusils?|fusiles|armas de fuego"
        r"|excise goods|alcohol|alcool|stolen goods|biens voles|objetos robados"
        r"|endangered species|animal trafficking|trafico de especies"
    ),
    "cybercrime": (
        r"cyber\w*|ciber\w*|online|en ligne|en linea|internet|hacking|phishing"
        r"|computer crimes?|computer misuse|delitos informaticos|dark ?web|dark ?net"
        r"|reseaux sociaux"
        r"|redes sociales|social media|sextor\w*|piratage|hameconnage|ransomware|malware"
        r"|csam|pedopornographie|child sexual abuse material|pornografia infantil"
        r"|informatique|informatic[ao]s?|numerique"  # "delito informático"
    ),
    "terrorism": r"terror\w*|radicali\w*|jihad\w*|djihad\w*|yihad\w*|daesh|isis|extremis\w*",
}
_OFFENCE_RE: Final = _compile(_OFFENCE_KEYWORDS)
_OFFENCE_SPLIT: Final = r"\s*[|,;/+]\s*|\s+(?:and|et|y|e)\s+"
_NO_OFFENCE: Final = frozenset(
    {"none", "no", "non", "aucun", "aucune", "ninguno", "ninguna", "nil"}
)


def _offences_uniques(uniq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    text = pd.Series(uniq, dtype="object").astype(str)
    spaced = text.str.replace(_CAMEL, " ", regex=True)
    parts = spaced.str.split(_OFFENCE_SPLIT, regex=True).explode()
    parts = parts[parts.str.strip() != ""]
    folded = pd.Series([fold(t) for t in parts], index=parts.index, dtype="object")
    none_word = folded.isin(_NO_OFFENCE | _MISSING_WORDS)
    hits = pd.DataFrame(
        {name: folded.str.contains(pat, regex=True) for name, pat in _OFFENCE_RE.items()},
        index=folded.index,
    )
    unread = ~hits.any(axis=1) & ~none_word
    per_value = hits.groupby(level=0).any().reindex(text.index, fill_value=False)
    any_unread = unread.groupby(level=0).any().reindex(text.index, fill_value=False)
    names = sorted(LINKED_OFFENCES)
    joined = pd.Series("", index=text.index, dtype="object")
    for name in names:
        joined = joined + np.where(per_value[name], name + "|", "")
    joined = joined.str.rstrip("|")
    found = joined != ""
    rule = np.select(
        [found & ~any_unread, found & any_unread, ~found & any_unread],
        ["offences.keyword", "offences.partial", "offences.unrecognised"],
        default="offences.none",
    ).astype(object)
    values = joined.where(found, None).to_numpy(dtype=object)
    return values, rule, any_unread.to_numpy(dtype=bool)


def parse_linked_offences(raw: pd.Series) -> Parsed:
    """Read ``|``/``,``/``;``-joined linked offences written in EN/FR/ES.

    Parameters
    ----------
    raw : Series
        Raw text, e.g. ``"fraude documentaire; blanchiment"``. Not modified.

    Returns
    -------
    Parsed
        ``values`` (string): the recognised offences of
        :data:`trendlib.schema.LINKED_OFFENCES`, unique, sorted and joined by ``|``;
        missing when none is named (blank, "none", "aucune", "ninguna"). ``invalid`` is
        True when a part names no known offence (rule ``offences.partial`` when other
        parts were read, ``offences.unrecognised`` when none was).

    Examples
    --------
    >>> raw = pd.Series(["Fraude documentaire; blanchiment", "corrupción|armas",
    ...                  "forged passports, bribery, forged visas", "aucune", "tax evasion"])
    >>> p = parse_linked_offences(raw)
    >>> p.values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['document_fraud|money_laundering', 'corruption|illicit_goods',
     'corruption|document_fraud', <NA>, <NA>]
    >>> p.rule.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['offences.keyword', 'offences.keyword', 'offences.keyword', 'offences.none',
     'offences.unrecognised']
    >>> p.invalid.tolist()
    [False, False, False, False, True]
    """
    return map_unique(raw, _offences_uniques, dtype="string")
