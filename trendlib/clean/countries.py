"""Read country names, codes and nationalities into ISO 3166-1 alpha-3 codes.

Records name countries in many ways: ``"Nigeria"``, ``"NGA"``, ``"NG"``, ``"566"``,
``"Nigéria"``, ``"nigeriana"``, ``"Nigeira"``, ``"Libya - Tunisia"``. The cleaners
here turn them into the alpha-3 codes of the record frame (DESIGN.md §3).

Sources, in the order they are tried for each distinct value:

1. words that mean *unknown*, *mixed* or *stateless* (rule ``country.unknown_word``),
   world regions (``"Africa"``, ``"Maghreb"``: ``country.region``) and the few bare
   words that name two countries (``"Congolese"``, ``"Korea"``: ``country.ambiguous``),
   and words for "the same as before" (``"ídem"``: ``country.ditto``);
2. pycountry's names, official names and common names in English, and their
   French and Spanish translations shipped with pycountry (iso-codes' gettext
   catalogues): ``country.name_en`` / ``country.name_fr`` / ``country.name_es``;
3. curated aliases (``"UK"``, ``"Ivory Coast"``, ``"DRC"``, ``"Kosovo"``: ``country.alias``);
4. nationality adjectives (``country.demonym``);
5. ISO codes: alpha-3, alpha-2, numeric (``country.iso3`` / ``country.iso2`` / ``country.numeric``),
   and the IOC's and FIFA's codes that are no ISO code, in capitals (``"GER"``, ``"CRO"``:
   ``country.sports_code``, :mod:`trendlib.clean._sports`);
6. the same names with their words reordered, filler words dropped and abbreviations
   spelt out (``"Republic of Korea"``, ``"The Netherlands"``, ``"Egypt, Arab Rep."``);
7. several countries in a single-country field (``"Egypt, Sudan"``: NA, ``country.multiple``);
8. small typos, with rapidfuzz, and letters lost to U+FFFD (``"Panam\ufffd"``):
   ``country.fuzzy``, see :func:`parse_country`.

Names a liaison desk leaves in its own language (``"Polska"``, ``"Rosja"``, ``"Niemcy"``)
are read after these, from pycountry's other translations and the Unicode CLDR's short
territory names through Babel (``country.endonym``); so are names in other scripts
(``"Ελλάδα"``, ``"Россия"``), from CLDR's names in the languages that write them.

Kosovo has no ISO 3166-1 code; trendlib uses ``XKX``, the user-assigned code used by
the European Commission, Frontex, IOM and the World Bank.
"""

from __future__ import annotations

import functools
import gettext
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd
import pycountry
from rapidfuzz import process
from rapidfuzz.distance import OSA

from trendlib._cache import cached_json
from trendlib._text import fold, repair_text
from trendlib.clean._sports import sports_codes
from trendlib.clean._towns import town_country
from trendlib.clean._unique import MISSING_WORDS, Parsed, map_unique
from trendlib.errors import ParameterError

__all__ = [
    "DEFAULT_THRESHOLD",
    "KOSOVO",
    "country_name",
    "parse_country",
    "parse_country_list",
    "to_iso3",
]

#: Default minimum similarity of a fuzzy match (see :func:`parse_country`).
DEFAULT_THRESHOLD = 0.85
#: Code used for Kosovo (user-assigned; EU, Frontex, IOM, World Bank).
KOSOVO = "XKX"

# A fuzzy match is kept only if no other country scores within this margin of it.
_FUZZY_MARGIN = 0.1
# Values longer than this (without spaces) are sentences, not misspelt names.
_FUZZY_MAX_LEN = 40
# Longest run of list tokens tried as one name ("Saint Helena, Ascension and Tristan da Cunha").
_MAX_SPAN = 5
_LANGS = ("en", "fr", "es")

# Pseudo-codes of the lookup table (never returned as values).
_UNKNOWN = "?unknown"
_AMBIGUOUS = "?ambiguous"
_REGION = "?region"
_DITTO = "?ditto"
_PSEUDO_RULES = {
    _DITTO: "country.ditto",
    _UNKNOWN: "country.unknown_word",
    _AMBIGUOUS: "country.ambiguous",
    _REGION: "country.region",
}

# --------------------------------------------------------------------------------------
# Hand-written tables. Everything here is what no maintained library provides:
# pycountry has no nationality adjectives, no colloquial names ("UK", "Ivory Coast",
# "DRC") and no Kosovo. Keys are folded with trendlib._text.fold, so case, accents,
# punctuation and spacing do not matter ("Côte d'Ivoire" == "COTE D IVOIRE").
# --------------------------------------------------------------------------------------

_UNKNOWN_WORDS = (
    # English
    "unknown", "unk", "unkn", "not known", "nk", "n k", "na", "n a", "none", "nil", "null", "nan",
    "missing", "unspecified", "not specified", "not stated", "not available", "no information",
    "no data", "undetermined", "mixed", "mixed unknown", "multiple", "several", "various",
    "stateless", "other", "others", "tbd", "tbc", "xx", "xxx", "xxa", "xxb", "xxc", "xxz", "zzz",
    # codes Frontex/IOM-GDI use: STL stateless, OOO other, OOS other or not specified
    "stl", "ooo", "oos",
    # French
    "inconnu", "inconnue", "inconnus", "inconnues", "non connu", "non specifie", "non precise",
    "non renseigne", "nd", "n d", "mixte", "mixtes", "multiples", "divers", "diverses",
    "plusieurs", "apatride", "apatrides", "sans nationalite", "indetermine", "indeterminee",
    "autre", "autres",
    # Spanish
    "desconocido", "desconocida", "desconocidos", "desconocidas", "no consta", "no especificado",
    "no especificada", "sin datos", "sin dato", "sin informacion", "sin determinar",
    "no determinado", "no determinada", "no determinadas", "no registra", "mixto", "mixta",
    "mixtos", "varios", "varias", "apatrida", "apatridas", "sin nacionalidad", "indeterminado",
    "indeterminada", "otro", "otros", "otra", "otras",
    # Catalan
    "desconegut", "desconeguda", "desconeguts", "desconegudes",
    # no country in between: a direct journey (transit lists)
    "direct", "direct flight", "direct route", "non stop", "nonstop", "directe", "vol direct",
    "sans escale", "directo", "directa", "vuelo directo", "sin escala", "sin escalas",
)  # fmt: skip
# A value of several words whose first word is one of these is unknown too
# ("Unknown (Sub-Saharan Africa)", "No determinada", "Other Asia").
_UNKNOWN_LEADS = frozenset(
    "unknown inconnu inconnue desconocido desconocida mixed mixte mixto mixta other others "
    "autre autres otro otros otra otras stateless apatride apatrida not non no sin sans".split()
)

# "The same as the column before" ("Nacionalidad: Colombia, Origen: ídem"): no country by
# itself; :func:`trendlib.clean_records` takes the row's country of the column before.
# Not "do" or "id" (the Dominican Republic's and Indonesia's alpha-2 codes).
_DITTO_WORDS = (
    "idem", "ibidem", "ibid", "ditto", "same", "same as above", "same as nationality",
    "meme", "le meme", "la meme", "idem nationalite", "igual", "lo mismo", "el mismo",
    "la misma", "mismo", "misma", "idem nacionalidad",
)  # fmt: skip

# Bare words that name two countries equally often: never guessed.
_AMBIGUOUS_WORDS = (
    "congolese", "congolais", "congolaise", "congolaises", "congoleno", "congolena",
    "congolenos", "congolenas", "korea", "coree", "corea", "korean", "koreans", "coreen",
    "coreenne", "coreens", "coreano", "coreana", "coreanos", "dominican", "dominicans",
    "guinea guinea", "virgin islands", "samoan", "samoans",
)  # fmt: skip

# World regions and groups of countries: read, but not one country.
_REGION_WORDS = (
    "Africa", "Afrique", "África", "Asia", "Asie", "Europe", "Europa", "America", "Americas",
    "Amérique", "Amériques", "América", "Américas", "Oceania", "Océanie", "Middle East",
    "Moyen-Orient", "Proche-Orient", "Oriente Medio", "Medio Oriente", "Oriente Próximo",
    "Sub-Saharan Africa", "Subsaharan Africa", "Afrique subsaharienne", "África subsahariana",
    "West Africa", "Western Africa", "Afrique de l'Ouest", "África Occidental", "East Africa",
    "Eastern Africa", "Afrique de l'Est", "África Oriental", "North Africa", "Northern Africa",
    "Afrique du Nord", "Norte de África", "África del Norte", "Central Africa", "Middle Africa",
    "Afrique centrale", "África Central", "Southern Africa", "Afrique australe", "África Austral",
    "Horn of Africa", "Corne de l'Afrique", "Cuerno de África", "Maghreb", "Magreb", "Sahel",
    "Balkans", "Western Balkans", "Balcanes", "Caribbean", "Caraïbes", "Caribe",
    "Central America", "Amérique centrale", "Centroamérica", "América Central",
    "South America", "Amérique du Sud", "Sudamérica", "América del Sur", "Latin America",
    "Amérique latine", "Latinoamérica", "América Latina", "North America", "Northern America",
    "Amérique du Nord", "Norteamérica", "América del Norte", "Eastern Europe", "Europe de l'Est",
    "Europa del Este", "Europa Oriental", "Western Europe", "Southern Europe", "Northern Europe",
    "South Asia", "Southern Asia", "South-East Asia", "Southeast Asia", "South-eastern Asia",
    "Asie du Sud-Est", "Sudeste Asiático", "Central Asia", "Asie centrale", "Asia Central",
    "East Asia", "Eastern Asia", "Western Asia", "EU", "European Union", "Union européenne",
    "Unión Europea", "UE", "Schengen", "EEA", "European Economic Area", "EU-27", "EU-28",
    "Kurdistan", "Kurdistán",
)  # fmt: skip

# Colloquial names, former names, abbreviations and EU/ICAO codes -> ISO alpha-3.
_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": (
        "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
        "Northern Ireland", "United Kingdom of Great Britain & Northern Ireland", "GB",
        "Angleterre", "Grande-Bretagne", "Ecosse", "Pays de Galles", "Irlande du Nord",
        "Inglaterra", "Gran Bretaña", "Escocia", "Gales", "Irlanda del Norte",
        "R.-U.", "R.U.",  # Royaume-Uni / Reino Unido abbreviated ("RU" stays Russia)
        "R. Unido", "R. Uni",
        "Großbritannien",  # German "Great Britain" (CLDR's German name is the UK's)
    ),
    "USA": (
        "U.S.A.", "U.S.", "US of A", "EEUU", "EE.UU.", "EUA", "Etats-Unis d'Amerique",
        "É.-U.", "É.-U. A.", "E.-U.",  # Canadian French
        "CONUS",  # the continental United States (US military and coast guard)
    ),
    # République de Côte d'Ivoire; Costa de Marfil abbreviated; German, at liaison desks
    "CIV": ("Ivory Coast", "RCI", "C. de Marfil", "Elfenbeinküste"),
    # Republika Hrvatska, as Croatian police write their country; "CRO", the IOC's code,
    # as NGOs on the Balkan route write it (no ISO code of any country)
    "HRV": ("RH", "CRO"),
    # UN names before 2011 and since 2013, still in older files and code lists
    "LBY": ("Libyan Arab Jamahiriya", "State of Libya", "Jamahiriya arabe libyenne"),
    "TUR": ("Turkey", "Türkei", "Tyrkiet"),  # Danish: pycountry's catalogue lacks Türkiye
    # "RF" (Russian Federation), as Eastern European border guards abbreviate it; no
    # ISO 3166 code is "RF"
    "RUS": ("Russia", "Russie", "Rusia", "Fédération de Russie", "RF"),
    "COD": (
        "DR Congo", "D.R. Congo", "DRC", "D.R.C.", "RDC", "R.D.C.", "RD Congo", "R.D. Congo",
        "DR of Congo", "DR of the Congo", "Congo DR", "Congo RD", "Congo (DRC)", "Congo-Kinshasa",
        "Congo (Kinshasa)", "Congo, Dem. Rep.", "Congo Dem Rep", "Democratic Republic of Congo",
        "Zaire", "RD del Congo", "Congolese (DRC)", "Congolese DRC", "Congolese (DR)",
        "DR Congolese", "Congolais (RDC)", "congolais de RDC", "Kinshasa",
    ),
    "COG": (
        "Congo-Brazzaville", "Congo (Brazzaville)", "Republic of Congo", "Congo, Rep.",
        "Congo Rep", "Congo (Rep.)", "Congolese (Brazzaville)", "Congolais (Brazzaville)",
    ),
    "XKX": (
        "Kosovo", "Kosova", "Kosovo*", "KOS", "RKS", "XK", "Kosovo under UNSCR 1244",
        "Kosovo (UNSCR 1244/99)", "Kosovo UNSCR 1244/1999", "Kosovo (under UNSCR 1244)",
    ),
    "PSE": (
        "Palestine", "Palestina", "Palestinian Territories", "Palestinian Territory",
        "Occupied Palestinian Territory", "Occupied Palestinian Territories", "oPt",
        "Palestinian Authority", "Gaza", "Gaza Strip", "West Bank", "West Bank and Gaza",
        "Territoires palestiniens", "Territorio Palestino", "Territorios Palestinos",
    ),
    "MKD": (
        "Macedonia", "FYROM", "FYR Macedonia", "Former Yugoslav Republic of Macedonia",
        "The former Yugoslav Republic of Macedonia", "Macédoine", "Republic of Macedonia",
    ),
    "CZE": ("Czech Rep", "Czech Rep.", "Czech", "Tchequie", "Republique tcheque"),
    "MMR": ("Burma", "Myanmar (Burma)", "Myanmar/Burma"),
    "LAO": ("Lao PDR", "Lao"),
    "NLD": ("Holland", "Hollande", "Holanda", "Nederland", "The Netherlands", "Paises Bajos"),
    "VNM": ("Viet-Nam",),
    "VEN": ("Vzla", "Vzla."),  # Venezuela as Venezuelans and Colombians abbreviate it
    "GTM": ("Guate",),  # Guatemala as Central Americans and Mexicans shorten it
    "MDA": ("République de Moldavie",),
    "KOR": ("Korea, South", "Korea (South)", "ROK", "R.O.K."),
    "CHN": (
        "PRC", "P.R.C.", "P.R. China", "PR China", "Mainland China", "China (mainland)",
        "China, mainland", "China mainland", "RPC", "R.P.C.", "RP Chine", "Chine populaire",
        "Chine continentale", "China continental", "Republica Popular de China",
    ),
    "PRK": ("Korea, North", "Korea (North)", "DPRK", "D.P.R.K."),
    "CPV": ("Cape Verde", "Cap Vert"),
    "SWZ": ("Swaziland", "Suazilandia", "Eswatini (Swaziland)"),
    "TLS": ("East Timor", "Timor Este"),
    "ARE": ("UAE", "U.A.E.", "EAU", "E.A.U.", "Emirates", "Emirats arabes", "Emiratos"),
    "SAU": ("Saudi", "KSA", "Arabia Saudita", "Saudi-Arabia"),
    "BIH": ("Bosnia", "B&H", "BiH", "Bosnia-Herzegovina", "Bosnie", "Bosnia Herzegovina"),
    "CAF": ("CAR", "RCA", "Centrafrique", "Central Africa Republic"),
    "VAT": ("Vatican", "Vatican City", "Holy See", "Saint-Siege", "Santa Sede", "Vaticano"),
    "GRC": ("EL", "Hellas"),
    # République fédérale d'Allemagne, Bundesrepublik, Federal Republic ("FR Germany" is
    # not taken: a loose key ignores word order, and "Germany > FR" is a list of two)
    "DEU": ("Deutschland", "RFA", "BRD", "FRG", "F.R.G."),
    "BRN": ("Brunei",),
    "FSM": ("Micronesia",),
    "TWN": ("Chinese Taipei", "Taiwan, China", "China, Taiwan Province of China"),
    "GIN": ("Guinea Conakry", "Guinée Conakry", "Guinea-Conakry", "Guinée (Conakry)"),
    "GNB": ("Guinea Bissau", "Guinée Bissau", "Guinea-Bisau"),
    "GMB": ("The Gambia",),
    "BHS": ("The Bahamas",),
    "BLR": ("Byelorussia", "Belorussia", "Biélorussie"),
    "KGZ": ("Kirghizia", "Kirgizstan"),
    "SVK": ("Slovak Republic",),
    "IRN": ("Persia", "I.R. Iran", "IR Iran", "I.R. of Iran"),  # the Islamic Republic
    # "Bengali": how Libyan, Maltese and Italian registers name Bangladeshi nationals
    "BGD": ("Bengali", "Bengalis"),
    # République islamique de Mauritanie: West African administrations' usual short form
    "MRT": ("RIM", "R.I.M.", "R.I. Mauritania", "R.I. Mauritanie", "RI Mauritanie"),
    "TZA": ("Zanzibar",),
    # Iraqi as German, Dutch and Greek transliterations write it (a Greek rescue log)
    "IRQ": ("Iraki", "Irakees"),
    "HKG": ("Hong Kong SAR", "Hong Kong, China", "China, Hong Kong SAR"),
    "MAC": ("Macau", "Macao SAR", "China, Macao SAR"),
    # Parts of Spain where many sea and land crossings are detected.
    "ESP": ("Ceuta", "Melilla", "Canary Islands", "Canaries", "Islas Canarias", "Canarias",
            "Estado español",  # "the Spanish State", as Basque and Catalan networks write it
            # the Canary Islands' islands and province (landing places of the Atlantic
            # route: "La Restinga (El Hierro)", "Arguineguín (Las Palmas)")
            "Lanzarote", "Fuerteventura", "Gran Canaria", "Tenerife", "La Gomera", "El Hierro",
            "Las Palmas",
            "Iles Canaries", "Espana",
            # Ceuta and Melilla as Moroccan and Maghrebi NGOs write them
            "Sebta", "Mlilia", "Mellila"),
    "BEN": ("Benin Rep", "Rep. of Benin"),
    "BFA": ("Burkina",),
    "NER": ("Niger Rep", "Rep. of Niger"),
    "SSD": ("S. Sudan", "Sudan, South"),
    "ZAF": ("RSA",),
    "STP": ("Sao Tome", "São Tomé", "Sao Tome & Principe", "Santo Tome"),
    "VCT": ("St Vincent", "Saint Vincent", "St Vincent and the Grenadines", "San Vicente"),
    "KNA": ("St Kitts", "Saint Kitts", "St Kitts and Nevis", "St Kitts & Nevis", "San Cristobal"),
    "LCA": ("St Lucia", "St. Lucia"),
    "DOM": ("Dominican Rep", "Rep. Dominicana", "R. Dominicana", "Rep Dominicaine"),
    # Spanish names missing from pycountry's catalogue (it returns the English name)
    "DZA": ("Argelia",),
    "COM": ("Comoras",),
}  # fmt: skip

# Nationality adjectives (masculine singular) in English, French and Spanish, for the
# ~90 nationalities that matter most in THB/SoM data; "/" separates variants. No
# maintained library provides demonyms in French and Spanish, hence this table.
# Feminine and plural forms are derived by _fr_forms / _es_forms / _en_forms.
_DEMONYMS: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afghan/Afghani", "afghan", "afgano"),
    "ALB": ("Albanian", "albanais", "albanés"),
    "DZA": ("Algerian", "algérien", "argelino"),
    "AGO": ("Angolan", "angolais", "angoleño"),
    "GAB": ("Gabonese", "gabonais", "gabonés"),
    "ISL": ("Icelandic/Icelander", "islandais", "islandés"),
    "ARG": ("Argentinian/Argentine", "argentin", "argentino"),
    "ARM": ("Armenian", "arménien", "armenio"),
    "AZE": ("Azerbaijani/Azeri", "azerbaïdjanais", "azerbaiyano"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "BLR": ("Belarusian/Byelorussian", "biélorusse", "bielorruso"),
    "AUS": ("Australian", "australien", "australiano"),
    "AUT": ("Austrian", "autrichien", "austriaco"),
    "BEL": ("Belgian", "belge", "belga"),
    "BLZ": ("Belizean", "bélizien", "beliceño"),
    "BTN": ("Bhutanese", "bhoutanais", "butanés"),
    "CAN": ("Canadian", "canadien", "canadiense"),
    "HRV": ("Croatian/Croat", "croate", "croata"),
    "CYP": ("Cypriot", "chypriote", "chipriota"),
    "CZE": ("Czech", "tchèque", "checo"),
    "DNK": ("Danish/Dane", "danois", "danés"),
    "DJI": ("Djiboutian", "djiboutien", "yibutiano"),
    "EST": ("Estonian", "estonien", "estonio"),
    "FJI": ("Fijian", "fidjien", "fiyiano"),
    "FIN": ("Finnish/Finn", "finlandais", "finlandés"),
    "HUN": ("Hungarian", "hongrois", "húngaro"),
    "IRL": ("Irish", "irlandais", "irlandés"),
    "ISR": ("Israeli", "israélien", "israelí"),
    "JPN": ("Japanese", "japonais", "japonés"),
    "KWT": ("Kuwaiti", "koweïtien", "kuwaití"),
    "LAO": ("Laotian/Lao", "laotien", "laosiano"),
    "LVA": ("Latvian", "letton", "letón"),
    "LTU": ("Lithuanian", "lituanien", "lituano"),
    "LUX": ("Luxembourgish/Luxembourger", "luxembourgeois", "luxemburgués"),
    "MYS": ("Malaysian", "malaisien", "malasio"),
    "MLT": ("Maltese", "maltais", "maltés"),
    "NZL": ("New Zealander", "néo-zélandais", "neozelandés"),
    "NOR": ("Norwegian", "norvégien", "noruego"),
    "OMN": ("Omani", "omanais", "omaní"),
    "QAT": ("Qatari", "qatarien", "catarí/qatarí"),
    "SAU": ("Saudi Arabian", "saoudien", "saudí/saudita"),
    "SGP": ("Singaporean", "singapourien", "singapurense"),
    "SVK": ("Slovak/Slovakian", "slovaque", "eslovaco"),
    "SVN": ("Slovenian/Slovene", "slovène", "esloveno"),
    "KOR": ("South Korean", "sud-coréen", "surcoreano"),
    "PRK": ("North Korean", "nord-coréen", "norcoreano"),
    "SWE": ("Swedish/Swede", "suédois", "sueco"),
    "CHE": ("Swiss", "suisse", "suizo"),
    "TWN": ("Taiwanese", "taïwanais", "taiwanés"),
    "URY": ("Uruguayan", "uruguayen", "uruguayo"),
    "ARE": ("Emirati", "émirien", "emiratí"),
    "BEN": ("Beninese", "béninois", "beninés"),
    "BOL": ("Bolivian", "bolivien", "boliviano"),
    "BIH": ("Bosnian", "bosnien", "bosnio"),
    "BRA": ("Brazilian", "brésilien", "brasileño/brasilero"),
    "BGR": ("Bulgarian", "bulgare", "búlgaro"),
    "BFA": ("Burkinabe/Burkinabè", "burkinabé", "burkinés"),
    "BDI": ("Burundian", "burundais", "burundés"),
    "KHM": ("Cambodian", "cambodgien", "camboyano"),
    "CMR": ("Cameroonian", "camerounais", "camerunés"),
    "CAF": ("Central African", "centrafricain", "centroafricano"),
    "TCD": ("Chadian", "tchadien", "chadiano"),
    "CHL": ("Chilean", "chilien", "chileno"),
    "CHN": ("Chinese", "chinois", "chino"),
    "COL": ("Colombian", "colombien", "colombiano"),
    "COM": ("Comorian", "comorien", "comorense"),
    "CIV": ("Ivorian", "ivoirien", "marfileño/costamarfileño"),
    "CUB": ("Cuban", "cubain", "cubano"),
    "DOM": ("", "dominicain", "dominicano"),  # English "Dominican" is ambiguous (DMA)
    "ECU": ("Ecuadorian/Ecuadorean", "équatorien", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptien", "egipcio"),
    "SLV": ("Salvadoran/Salvadorean", "salvadorien", "salvadoreño"),
    "GNQ": ("Equatorial Guinean/Equatoguinean", "équato-guinéen", "ecuatoguineano"),
    "ERI": ("Eritrean", "érythréen", "eritreo"),
    "ETH": ("Ethiopian", "éthiopien", "etíope"),
    "FRA": ("French", "français", "francés"),
    "GMB": ("Gambian", "gambien", "gambiano"),
    "GEO": ("Georgian", "géorgien", "georgiano"),
    "DEU": ("German", "allemand", "alemán"),
    "GHA": ("Ghanaian", "ghanéen", "ghanés"),
    "GRC": ("Greek", "grec/grecque", "griego"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "GIN": ("Guinean", "guinéen", "guineano"),
    "GNB": ("Bissau-Guinean", "bissau-guinéen", "bisauguineano"),
    "HTI": ("Haitian", "haïtien", "haitiano"),
    "HND": ("Honduran", "hondurien", "hondureño"),
    "IND": ("Indian", "indien", "indio/hindú"),
    "IDN": ("Indonesian", "indonésien", "indonesio"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "IRQ": ("Iraqi", "irakien/iraquien", "iraquí"),
    "ITA": ("Italian", "italien", "italiano"),
    "JAM": ("Jamaican", "jamaïcain", "jamaicano"),
    "JOR": ("Jordanian", "jordanien", "jordano"),
    "KAZ": ("Kazakh/Kazakhstani", "kazakh", "kazajo"),
    "KEN": ("Kenyan", "kényan", "keniano"),
    "XKX": ("Kosovar/Kosovan", "kosovar", "kosovar"),
    "KGZ": ("Kyrgyz", "kirghize", "kirguís"),
    "LBN": ("Lebanese", "libanais", "libanés"),
    "LBR": ("Liberian", "libérien", "liberiano"),
    "LBY": ("Libyan", "libyen", "libio"),
    "MKD": ("Macedonian", "macédonien", "macedonio"),
    "MLI": ("Malian", "malien", "maliense"),
    "MRT": ("Mauritanian", "mauritanien", "mauritano"),
    "MEX": ("Mexican", "mexicain", "mexicano"),
    "MDA": ("Moldovan/Moldavian", "moldave", "moldavo"),
    "MNG": ("Mongolian", "mongol", "mongol"),
    "MNE": ("Montenegrin", "monténégrin", "montenegrino"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "MMR": ("Burmese", "birman", "birmano"),
    "NPL": ("Nepalese/Nepali", "népalais", "nepalí/nepalés"),
    "NLD": ("Dutch", "néerlandais", "neerlandés/holandés"),
    "NIC": ("Nicaraguan", "nicaraguayen", "nicaragüense"),
    "NER": ("Nigerien", "nigérien", "nigerino"),
    "NGA": ("Nigerian", "nigérian/nigériane", "nigeriano"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní/paquistaní"),
    "PSE": ("Palestinian", "palestinien", "palestino"),
    "PAN": ("Panamanian", "panaméen", "panameño"),
    "PRY": ("Paraguayan", "paraguayen", "paraguayo"),
    "PER": ("Peruvian", "péruvien", "peruano"),
    "PHL": ("Filipino/Philippine", "philippin", "filipino"),
    "POL": ("Polish", "polonais", "polaco"),
    "PRT": ("Portuguese", "portugais", "portugués"),
    "ROU": ("Romanian", "roumain", "rumano"),
    "RUS": ("Russian", "russe", "ruso"),
    "RWA": ("Rwandan", "rwandais", "ruandés"),
    "SEN": ("Senegalese", "sénégalais", "senegalés"),
    "SRB": ("Serbian/Serb", "serbe", "serbio"),
    "SLE": ("Sierra Leonean", "sierra-léonais/sierraléonais", "sierraleonés"),
    "SOM": ("Somali/Somalian", "somalien", "somalí"),
    "ZAF": ("South African", "sud-africain", "sudafricano"),
    "SSD": ("South Sudanese", "sud-soudanais", "sursudanés/sudsudanés"),
    "ESP": ("Spanish", "espagnol", "español"),
    "LKA": ("Sri Lankan", "sri-lankais", "esrilanqués/srilanqués/ceilanés"),
    "SDN": ("Sudanese", "soudanais", "sudanés"),
    "SYR": ("Syrian", "syrien", "sirio"),
    "TJK": ("Tajik/Tajiki", "tadjik", "tayiko"),
    "TZA": ("Tanzanian", "tanzanien", "tanzano"),
    "THA": ("Thai", "thaïlandais", "tailandés"),
    "TGO": ("Togolese", "togolais", "togolés"),
    "TUN": ("Tunisian", "tunisien", "tunecino"),
    "TUR": ("Turkish/Turk", "turc/turque", "turco"),
    "TKM": ("Turkmen", "turkmène", "turcomano/turkmeno"),
    "UGA": ("Ugandan", "ougandais", "ugandés"),
    "UKR": ("Ukrainian", "ukrainien", "ucraniano"),
    "GBR": ("British", "britannique", "británico"),
    "USA": ("American", "américain", "estadounidense/norteamericano"),
    "UZB": ("Uzbek", "ouzbek", "uzbeko"),
    "VEN": ("Venezuelan", "vénézuélien", "venezolano"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
    "ZMB": ("Zambian", "zambien", "zambiano"),
    "ZWE": ("Zimbabwean", "zimbabwéen", "zimbabuense"),
}

# Short names for labels where pycountry's name is long or inverted ("Congo, The ...").
_LABELS: dict[str, tuple[str, str, str]] = {
    "COD": ("DR Congo", "RD Congo", "RD Congo"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "PSE": ("Palestine", "Palestine", "Palestina"),
    "XKX": ("Kosovo", "Kosovo", "Kosovo"),
    "VGB": ("British Virgin Islands", "Îles Vierges britanniques", "Islas Vírgenes Británicas"),
    "VIR": ("US Virgin Islands", "Îles Vierges des États-Unis", "Islas Vírgenes de EE. UU."),
    "VAT": ("Holy See", "Saint-Siège", "Santa Sede"),
    "FSM": ("Micronesia", "Micronésie", "Micronesia"),
    "MDA": ("Moldova", "Moldavie", "Moldavia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
}

# Words dropped from a name before comparing word sets ("Republic of the Congo" ~ "Congo").
# "Vietnamese nationals", "ressortissant algérien", "de nacionalidad siria": the words
# around a nationality say nothing more.
_FILLER = frozenset(
    "the of and de du des la le les el los las del y e et nationals national citizens "
    "citizen ressortissants ressortissant ressortissante ressortissantes nacionales nacional "
    "ciudadanos ciudadano ciudadana ciudadanas nationality nationalite nacionalidad".split()
)
_ABBREVIATIONS = {
    "rep": "republic",
    "dem": "democratic",
    "fed": "federation",
    "federal": "federation",  # "Fed. Rep. of Germany": the Federal Republic's loose key
    # the same words in French and Spanish, so that "Rep. Bolivariana de Venezuela" and
    # "República Bolivariana de Venezuela" share a loose key
    "republica": "republic",
    "republique": "republic",
    "democratica": "democratic",
    "democratique": "democratic",
    "federacion": "federation",
    "rb": "bolivarian republic",
    "pdr": "peoples democratic republic",
    "st": "saint",
    "is": "islands",
}
# Separators of list items. Hyphens are separators too: "Guinea-Bissau" survives because
# runs of tokens are first tried as one name (see _parse_list).
_LIST_SEP = re.compile(
    # a mark, and the word that may follow it: "Turquie, puis Bulgarie", "Mali; then Niger"
    r"\s*(?:->|=>|-->|→|⇒|>|,|;|\||/|\\|\+|\n|\t|–|—|-)\s*"
    r"(?:(?:then|puis|ensuite|luego|despues|después|and|et|y)\s+)?"
    r"|\s+(?:to|and|et|y|e|&|then|puis|luego|hacia|vers)\s+"
    # the words of a route: "via Libya", "par la Libye", "por Guatemala", "through Niger"
    r"|(?:^|\s+)(?:via|vía|through|thru|par|por|en passant par|pasando por)\s+",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\d{1,3}(?:\.0*)?")
_VOWELS = re.compile(r"[aeiouy]+")

# Short placeholders that are also ISO 3166-1 alpha-2 codes. In a file written in
# French ("NC" non communiqué, "NR" non renseigné, "SO" sans objet) or Spanish ("NC" no
# consta, "SD" sin datos) they mean "not known", unless the column itself is written in
# alpha-2 codes (then "NC" is New Caledonia, "SD" Sudan, "SO" Somalia).
_LANG_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "fr": frozenset({"nc", "nr", "so"}),
    "es": frozenset({"nc", "sd"}),
}
# Share of a column's distinct values written as alpha-2 codes from which the column
# counts as written in codes.
_ISO2_STYLE = 0.5


@dataclass(frozen=True)
class _Table:
    """The lookup tables, built once by :func:`_table`."""

    cheap: dict[str, tuple[str, str]]  # casefolded text as written -> same as exact[fold(text)]
    exact: dict[str, tuple[str, str]]  # folded key -> (iso3 or pseudo-code, rule)
    loose: dict[str, tuple[str, str]]  # word-set key -> (iso3, rule); unambiguous only
    iso3: frozenset[str]
    iso2: dict[str, str]
    numeric: dict[int, str]
    choices: list[str]  # skeletons of the exact keys, for fuzzy matching
    choice_keys: list[str]  # the exact keys themselves (spaces dropped), same order
    choice_len: np.ndarray  # length of each choice's key without spaces
    choice_code: np.ndarray  # iso3 (or pseudo-code) of each choice
    choice_id: np.ndarray  # the same as integers, for fast comparison
    words: frozenset[str]  # every word of a key, filler word and abbreviation


def _loose_key(key: str) -> str:
    """Return ``key``'s words without filler words, sorted (word order and articles ignored).

    Abbreviations are spelt out, so World Bank style names ("Egypt, Arab Rep.",
    "Venezuela, RB", "Russian Fed.") meet pycountry's.
    """
    words = " ".join(_ABBREVIATIONS.get(w, w) for w in key.split()).split()
    return " ".join(sorted(w for w in words if w not in _FILLER))


def _skeleton(key: str) -> str:
    """Spelling skeleton for fuzzy matching: no spaces, y=i, ph=f, ck=k, no doubled letters.

    "ck" is an English spelling of the "k" of French and Spanish names ("Irack" for Irak);
    no country's name in the three languages writes "ck".
    """
    s = key.replace(" ", "").replace("ph", "f").replace("ck", "k").replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", s)


def _vowel_mask(skeleton: str) -> str:
    """Skeleton with each run of vowels as one ``*``: vowel slips vanish ("greace" ~ "grece")."""
    return _VOWELS.sub("*", skeleton)


def _split_variants(text: str) -> list[str]:
    return [v.strip() for v in text.split("/") if v.strip()]


def _en_forms(word: str) -> set[str]:
    forms = {word}
    if not word.endswith(("ese", "ss", "sh", "ch", "i")):
        forms.add(word + "s")
    if word.endswith("i"):  # Pakistani(s), Iraqi(s), Somali(s)
        forms.add(word + "s")
    return forms


def _fr_forms(word: str) -> set[str]:
    if word.endswith(("ien", "een", "en")):
        fem = word + "ne"
    elif word.endswith("e"):
        fem = word
    else:
        fem = word + "e"
    out = set()
    for w in (word, fem):
        out.add(w)
        out.add(w if w.endswith(("s", "x")) else w + "s")
    return out


def _es_forms(word: str) -> set[str]:
    if word.endswith("o"):
        stems = {word, word[:-1] + "a"}
        return stems | {s + "s" for s in stems}
    if word.endswith(("es", "an", "in", "on", "ol", "ar", "is")):  # senegales, aleman, espanol
        fem = word + "a"
        return {word, fem, word + "es", fem + "s"}
    if word.endswith("i"):  # marroqui(es), irani(es)
        return {word, word + "es", word + "s"}
    return {word, word + "s"}  # etiope, belga, vietnamita, estadounidense


def _catalogue(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])


@functools.cache
def _table() -> _Table:
    """Build the lookup tables (once per process, on first use)."""
    exact: dict[str, tuple[str, str]] = {}
    conflicts: set[str] = set()
    written: list[str] = []

    def add(text: str, code: str, rule: str) -> None:
        written.append(text)
        key = fold(text)
        if not key:
            return
        seen = exact.get(key)
        if seen is None:
            exact[key] = (code, rule)
        elif seen[0] != code and not seen[0].startswith("?"):
            conflicts.add(key)

    iso2_keys = {c.alpha_2.lower() for c in pycountry.countries}
    shared = sorted(w for w in MISSING_WORDS if w and w not in iso2_keys)
    for word in (*_UNKNOWN_WORDS, *shared):
        add(word, _UNKNOWN, "country.unknown_word")
    for word in _AMBIGUOUS_WORDS:
        add(word, _AMBIGUOUS, "country.ambiguous")
    for word in _DITTO_WORDS:
        add(word, _DITTO, "country.ditto")
    for word in _REGION_WORDS:
        add(word, _REGION, "country.region")
    countries = list(pycountry.countries)
    for lang in _LANGS:
        tr = _catalogue(lang).gettext
        for c in countries:
            for attr in ("name", "official_name", "common_name"):
                name = getattr(c, attr, None)
                if name:
                    add(tr(name), c.alpha_3, f"country.name_{lang}")
    for code in sorted(_ALIASES.keys() | _LABELS.keys()):
        for alias in (*_ALIASES.get(code, ()), *_LABELS.get(code, ())):
            add(alias, code, "country.alias")
    derive = {"en": _en_forms, "fr": _fr_forms, "es": _es_forms}
    for code, words in _DEMONYMS.items():
        for lang, text in zip(_LANGS, words, strict=True):
            for variant in _split_variants(text):
                for form in derive[lang](fold(variant)):
                    add(form, code, "country.demonym")
    for key in conflicts:  # a word that names two countries in different languages
        exact[key] = (_AMBIGUOUS, "country.ambiguous")

    loose: dict[str, tuple[str, str]] = {}
    loose_conflicts: set[str] = set()
    for key, (code, rule) in exact.items():
        if code.startswith("?"):
            continue
        lk = _loose_key(key)
        if not lk:  # "EL" (Greece's EU code) is all filler: no word left to compare
            continue
        if len(lk.replace(" ", "")) < 2:  # "U" of "U.S." says no country: "U" is unknown
            continue
        if lk in loose and loose[lk][0] != code:
            loose_conflicts.add(lk)
        loose.setdefault(lk, (code, rule))
    for lk in loose_conflicts:
        del loose[lk]

    iso3 = frozenset({c.alpha_3 for c in countries} | {KOSOVO})
    iso2 = {c.alpha_2: c.alpha_3 for c in countries}
    iso2["XK"] = KOSOVO
    numeric = {int(c.numeric): c.alpha_3 for c in countries}

    # Fast path: names as written (any case or spacing) skip folding and mojibake repair.
    cheap = {_cheap(t): exact[fold(t)] for t in written if fold(t) in exact}
    for code in iso3:
        cheap.setdefault(code.lower(), exact.get(code.lower(), (code, "country.iso3")))
    for a2, code in iso2.items():
        cheap.setdefault(a2.lower(), exact.get(a2.lower(), (code, "country.iso2")))

    # Every spelling is a choice, even where two share a skeleton ("greece", "grece"): the
    # distance as written needs each one ("Greese" is one slip from "Greece" only).
    choice = sorted({(_skeleton(k), k, exact[k][0]) for k in exact if len(k.replace(" ", "")) >= 4})
    keys = [key.replace(" ", "") for _, key, _ in choice]
    codes = [code for _, _, code in choice]
    return _Table(
        cheap=cheap,
        exact=exact,
        loose=loose,
        iso3=iso3,
        iso2=iso2,
        numeric=numeric,
        choices=[skel for skel, _, _ in choice],
        choice_keys=keys,
        choice_len=np.array([len(k) for k in keys], dtype=np.int64),
        choice_code=np.array(codes, dtype=object),
        choice_id=pd.factorize(pd.Series(codes, dtype=object))[0],
        words=frozenset(w for key in (*exact, *loose) for w in key.split())
        | _FILLER
        | frozenset(_ABBREVIATIONS),
    )


# --------------------------------------------------------------------------------------
# Resolution of distinct values
# --------------------------------------------------------------------------------------

# (code or None, rule or None). code None + rule None = not resolved (yet).
_Hit = tuple[str | None, str | None]


def _as_text(value: object) -> str:
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value)


def _cheap(text: str) -> str:
    return " ".join(text.casefold().split())


_fold = fold  # cached in trendlib._text, shared with the other cleaners


# "The same as ..." in words or abbreviated: "id." / "do." (not the alpha-2 codes "ID" /
# "DO" without their dot), "same as citizenship", "ídem nacionalidad", "igual que origen".
_DITTO_ABBREVIATIONS: Final = frozenset({"id.", "do.", "ib.", "ibid."})
_DITTO_LEAD: Final = re.compile(
    r"^(?:same as|same|idem|ibidem|ditto|igual (?:que|a)|lo mismo que|el mismo que"
    r"|la misma que|meme que|le meme que|la meme que|identique a) "
    # a pointer to the column: "As nationality", "see nationality", "comme nationalité"
    r"|^(?:as|as per|see|cf|voir|comme|como|ver|segun) (?:the |la |le )?(?:nationality"
    r"|nationalite|nacionalidad|citizenship|above|ci dessus|arriba)$"
)


def _resolve(text: str, table: _Table) -> _Hit:
    """Resolve one value without fuzzy matching; ``(None, None)`` when not resolved."""
    hit = table.cheap.get(_cheap(text))
    if hit is None:
        if text.strip().casefold() in _DITTO_ABBREVIATIONS:
            return (None, "country.ditto")
        key = _fold(text)
        if _DITTO_LEAD.match(key):
            return (None, "country.ditto")
        return _resolve_exact(text, key, table)
    code, rule = hit
    return (None, rule) if code.startswith("?") else hit


def _resolve_exact(text: str, key: str, table: _Table) -> _Hit:
    """Resolve one value (folded to ``key``) without fuzzy matching."""
    if not key:
        # A name in another script ("Ελλάδα", "Россия"), which folds to nothing
        code = _script_names().get(_script_key(text))
        if code is not None:
            return (code, "country.endonym")
        # Only punctuation ("-", "?", "..."): a placeholder for a missing value.
        return (None, "country.unknown_word")
    hit = table.exact.get(key)
    if hit is not None:
        code, rule = hit
        return (None, rule) if code.startswith("?") else hit
    words = key.split()
    if len(words) > 1 and words[0] in _UNKNOWN_LEADS:
        return (None, "country.unknown_word")
    if len(key) == 3 and key.isalpha() and key.upper() in table.iso3:
        return (key.upper(), "country.iso3")
    if len(key) == 2 and key.isalpha() and key.upper() in table.iso2:
        return (table.iso2[key.upper()], "country.iso2")
    stripped = text.strip()
    # a sports body's code, in capitals as they write it ("GER", "CRO", "GUA"); never an
    # ISO code, and in lower case it may be a word ("ban", "gui")
    if len(key) == 3 and stripped.isupper() and stripped.isalpha():
        sports = sports_codes().get(stripped)
        if sports is not None:
            return (sports, "country.sports_code")
    if key.isdigit() and not _NUMERIC.fullmatch(stripped):
        stripped = key  # a numeric code in quotes or brackets, as a JSON array writes it
    if _NUMERIC.fullmatch(stripped):
        by_number = table.numeric.get(int(float(stripped)))
        if by_number is not None:
            return (by_number, "country.numeric")
    loose = table.loose.get(_loose_key(key))
    if loose is not None:
        return loose
    return (None, None)


def _fuzzy(keys: list[str], threshold: float, table: _Table) -> list[_Hit]:
    """Match folded ``keys`` to the nearest known name, refusing near ties between countries.

    The score is ``1 - d / n``: ``d`` is the optimal-string-alignment distance between
    spelling skeletons (so "Lybia" ~ "Libya" and "Marocco" ~ "Morocco" cost little) and
    ``n`` the length of the longer skeleton, or the same on the names as written when
    that is closer ("Tuniie" for "Tunisie"). A match is kept when its score reaches
    ``threshold`` and no other country (or unknown word) scores within
    ``_FUZZY_MARGIN`` of it: this is what keeps Niger/Nigeria, Iran/Iraq,
    Austria/Australia, Mali/Malawi and Slovakia/Slovenia apart. A single slip (``d`` is
    1) in a name of four or more letters is kept too (unless ``threshold`` is 1) when no
    other country is one slip away ("Irna", "Paikstan").
    """
    out: list[_Hit] = [(None, None)] * len(keys)
    todo = [i for i, k in enumerate(keys) if 4 <= len(k.replace(" ", "")) <= _FUZZY_MAX_LEN]
    if not todo:
        return out
    queries = [_skeleton(keys[i]) for i in todo]
    plain = [keys[i].replace(" ", "") for i in todo]
    qlen = np.array([len(keys[i].replace(" ", "")) for i in todo], dtype=np.int64)
    qsk = np.array([len(q) for q in queries], dtype=np.int64)
    csk = np.array([len(c) for c in table.choices], dtype=np.int64)
    for start in range(0, len(todo), 512):
        chunk = slice(start, start + 512)
        dist = process.cdist(queries[chunk], table.choices, scorer=OSA.distance, dtype=np.int32)
        # The skeleton forgives doubled letters and y/i, ph/f; a slip that makes a double
        # letter ("Tuniie" for "Tunisie") is closer as written: take the better of the two.
        raw = process.cdist(plain[chunk], table.choice_keys, scorer=OSA.distance, dtype=np.int32)
        score = np.maximum(
            1.0 - dist / np.maximum(qsk[chunk, None], csk[None, :]),
            1.0 - raw / np.maximum(qlen[chunk, None], table.choice_len[None, :]),
        )
        dist = np.minimum(dist, raw)
        best = score.argmax(axis=1)
        top = score[np.arange(len(best)), best]
        best_id = table.choice_id[best]
        rival = np.where(table.choice_id[None, :] != best_id[:, None], score, -1.0).max(axis=1)
        # One slip (a letter swapped, dropped, doubled or replaced) in a name of four or
        # more letters is a typo whatever the name's length ("Spian", "Hati", "Irna"),
        # as long as no other country is as close (the margin below still applies).
        # Nor may another country be one slip away, as spelt or as skeleton ("Maawi" is
        # one slip from Malawi and, once "aa" collapses, from Mali: no match).
        # A letter too many is not read as a slip: "Lagos" is a city, not Laos.
        one_slip = (dist[np.arange(len(best)), best] <= 1) & (qlen[chunk] >= 4)
        # A vowel for a vowel is a slip even next to a doubled vowel that the skeleton
        # collapsed ("Greace" for "Greece", one letter longer than "Grece").
        longer = qlen[chunk] > table.choice_len[best]
        for row in np.flatnonzero(one_slip & longer):
            if _vowel_mask(queries[start + row]) == _vowel_mask(table.choices[best[row]]):
                longer[row] = False
        one_slip &= ~longer
        if one_slip.any():
            other = table.choice_id[None, :] != best_id[:, None]
            one_slip &= ~(other & ((dist <= 1) | (raw <= 1))).any(axis=1)
        keep = ((top >= threshold) & (rival <= top - _FUZZY_MARGIN)) | (one_slip & (threshold < 1))
        for row in np.flatnonzero(keep):
            code = str(table.choice_code[best[row]])
            out[todo[start + row]] = (
                (None, _PSEUDO_RULES[code]) if code in _PSEUDO_RULES else (code, "country.fuzzy")
            )
    return out


def _one_slip_from_other(key: str, code: str, table: _Table) -> bool:
    """Whether ``key`` is one slip from the EN/FR/ES name of another country than ``code``."""
    return bool(_codes_one_slip_away(key, table) - {code})


def _codes_one_slip_away(key: str, table: _Table) -> set[str]:
    """Return the countries whose EN/FR/ES names are one slip (or none) from ``key``."""
    found = process.extract(
        key.replace(" ", ""), table.choice_keys, scorer=OSA.distance, score_cutoff=1, limit=None
    )
    return {str(table.choice_code[at]) for _, _, at in found} - set(_PSEUDO_RULES)


def _replacement_char_match(text: str, table: _Table) -> _Hit:
    """Read text whose accented letters were lost to U+FFFD ("Panam\ufffd", "Espa\ufffda").

    Each U+FFFD stands for one lost character (or a lost apostrophe); the text is
    kept only if every known name it can spell belongs to the same country.
    """
    pattern = ".?".join(re.escape(fold(part)) for part in text.split("\ufffd"))
    rx = re.compile(pattern.replace(r"\ ", " "))
    codes = {code for key, (code, _) in table.exact.items() if rx.fullmatch(key)}
    if len(codes) == 1 and not (code := codes.pop()).startswith("?"):
        return (code, "country.fuzzy")
    return (None, None)


# A NUTS region code as Eurostat writes it (its country's two letters, then one to three
# characters with a digit): "ITG1" Sicily, "EL41" North Aegean, "ES70" Canarias, "PL84".
_NUTS: Final = re.compile(r"\s*([A-Z]{2})((?=[0-9A-Z]{0,2}[0-9])[0-9A-Z]{1,3})\s*")
# Eurostat's own two-letter codes where they differ from ISO 3166 (Greece, United Kingdom).
_EUROSTAT_CODES: Final = {"EL": "GRC", "UK": "GBR"}
# The countries NUTS covers: the EU, the United Kingdom (until 2020), EFTA and candidates.
_NUTS_COUNTRIES: Final = frozenset(
    "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK UK "
    "IS LI NO CH ME MK AL RS TR".split()
)


def _nuts_region(text: str, table: _Table) -> _Hit:
    """Read a NUTS region code ("ITG1", "EL41") as its country (rule ``country.nuts``)."""
    m = _NUTS.fullmatch(text)
    if m is None or m.group(1) not in _NUTS_COUNTRIES:
        return (None, None)
    code = _EUROSTAT_CODES.get(m.group(1)) or table.iso2.get(m.group(1))
    return (code, "country.nuts") if code is not None else (None, None)


def _approximate(
    texts: list[str], threshold: float, table: _Table, *, towns: str = "no"
) -> list[_Hit]:
    """Approximate matching of texts that exact lookup did not read.

    ``towns``: ``"first"`` reads a town's name before misspellings are looked for (a
    place column), ``"no"`` never (a person's country: "Mila" is Mali misspelt more
    likely than the Algerian town; the items of a list).
    """
    hits = [_replacement_char_match(t, table) if "\ufffd" in t else (None, None) for t in texts]
    for i, text in enumerate(texts):  # "ITG1", "EL41": a region of a country, by Eurostat
        if hits[i] == (None, None):
            hits[i] = _nuts_region(text, table)
    todo = [i for i, h in enumerate(hits) if h == (None, None)]
    # A name in the country's own language or a liaison desk's ("Frankrike", "Polska") is
    # read before a misspelt name is looked for: Swedish "Grekland" is Greece, not two
    # slips from Greenland. Not when the text is one slip from another country's English,
    # French or Spanish name: then it is more likely that name misspelt.
    for i in todo:
        key = _fold(texts[i])
        code = _endonyms().get(key)
        if code is not None and not _one_slip_from_other(key, code, table):
            hits[i] = (code, "country.endonym")
    todo = [i for i in todo if hits[i] == (None, None)]
    if towns == "first":  # "Almería" in a place column: the town, not "Algeria" misspelt
        for i in todo:
            hits[i] = _town(texts[i], table)
        todo = [i for i in todo if hits[i] == (None, None)]
    for i, hit in zip(todo, _fuzzy([_fold(texts[i]) for i in todo], threshold, table), strict=True):
        hits[i] = hit
    for i in todo:  # a name with a qualifier in brackets: "Vietnam (Socialist Rep.)"
        if hits[i] == (None, None):
            hits[i] = _bracketed(texts[i], table, threshold)
    for i in todo:  # a place with remarks, then its country: "Arguineguín (Las Palmas) (España)"
        m = _LAST_BRACKET.fullmatch(texts[i]) if hits[i] == (None, None) else None
        if m is not None and "(" in m.group(1):
            hits[i] = _place_then_country(m.group(1), m.group(2), table)
    for i in todo:  # a part of the country: "Interior US", "Southern Nigeria", "Mali nord"
        if hits[i] == (None, None):
            hits[i] = _qualified(texts[i], table)
    for i in todo:  # a people and its country: "kurde irakien", "Syrian Kurd", "Hazara afgano"
        if hits[i] == (None, None):
            hits[i] = _with_people(texts[i], table)
    for i in todo:  # a region across borders, in one country: "Iraqi Kurdistan"
        if hits[i] == (None, None):
            hits[i] = _in_region(texts[i], table)
    if threshold < 1:  # two letters swapped?
        for i in todo:
            if hits[i] == (None, None):
                hits[i] = _swapped_letters(_fold(texts[i]), table)
    return hits


def _town(text: str, table: _Table) -> _Hit:
    """Read a town as its country: "Huelva", "El Ejido (Almería)", "CLINT, TEXAS".

    The text, or a place and a remark in brackets or after a comma, of which one names a
    town or region and neither another country
    (:func:`trendlib.clean._towns.town_country`); (None, None) otherwise.
    """
    code = town_country(_fold(text))
    if code is not None:
        return (table.iso2.get(code), "country.town") if code in table.iso2 else (None, None)
    us = _US_PLACE.match(text)
    if us is not None and us.group("state") in _US_STATES:
        return (None, None)  # "ROMA, TX": a US town and state, read by the US rule
    # "El Ejido (Almería)", or a town and its region after a comma: "CLINT, TEXAS"
    m = _BRACKETED.fullmatch(text) or _PLACE_REGION.fullmatch(text)
    if m is None:
        return (None, None)
    place, container = m.group(1), m.group(2)
    exact = {p: _resolve(p, table)[0] for p in (place, container)}
    named = {c for c in exact.values() if c is not None and not c.startswith("?")}
    # the region or town that contains the place decides ("ROMA, TEXAS": Texas, not
    # Rome), then the place itself; never against a country named exactly
    for part in (container, place):
        if exact[part] is not None:
            continue
        town = town_country(_fold(part))
        code = table.iso2.get(town) if town is not None else None
        if code is not None and named <= {code}:
            return (code, "country.town")
    return (None, None)


# A name, then one remark in brackets, which may hold brackets of its own ("Italy (Latina
# (Agro Pontino))").
_BRACKETED: Final = re.compile(r"\s*([^()]+?)\s*\((.*)\)\s*")


def _bracketed(text: str, table: _Table, threshold: float = 1.0) -> _Hit:
    """Read the country named outside the brackets, unless the brackets name another.

    The name outside may be misspelt as any name may ("Espagen (Lanzarote)"): it is
    matched as :func:`_approximate` matches a whole text, below ``threshold`` 1.
    """
    m = _BRACKETED.fullmatch(text)
    if m is None:
        return (None, None)
    code, rule = _resolve(m.group(1), table)
    exact = code is not None
    if code is None and threshold < 1:
        key = _fold(m.group(1))
        code, rule = _fuzzy([key], threshold, table)[0]
        if code is None:
            code, rule = _swapped_letters(key, table)
    if code == "USA" and m.group(2).strip() in _US_STATES:
        return (code, rule)  # "E.U.A. (AZ)": a state of the country, not Azerbaijan
    inner = _resolve(m.group(2), table)[0] if m.group(2).strip() else None
    if code is not None and inner in (None, code):
        return (code, rule)
    if exact:
        return (None, None)  # two countries named: "Italia (Francia)"
    # A place, then its country in brackets ("Lampedusa (IT)", "Darién (Panamá)",
    # "Nogales, Arizona (Estados Unidos)"); the country named exactly in the brackets wins
    # over a place that only looks like a name ("Samos (Greece)" is not Samoa)
    return _place_then_country(m.group(1), m.group(2), table)


# A town and the number of its French département in brackets, as French police and
# courts write places: "GRAVELINES (59)", "Calais (62)", "Ajaccio (2A)", "Mamoudzou (976)".
_DEPARTEMENT: Final = re.compile(
    r"\s*[^\W\d_][^()\d]*\((?:0[1-9]|[1-8]\d|9[0-5]|2[ab]|97[1-6])\)\s*", re.IGNORECASE
)
# A place, a comma, then its region or its town ("CLINT, TEXAS", "Motril, Granada").
_PLACE_REGION: Final = re.compile(r"\s*([^,()]+?)\s*,\s*([^,()]+?)\s*")
# A text's last remark in brackets, after a place that has remarks of its own.
_LAST_BRACKET: Final = re.compile(r"\s*(.*\S)\s*\(([^()]+)\)\s*")


def _place_then_country(place: str, country: str, table: _Table) -> _Hit:
    """Read "<place> (<country>)" as the country, when the place names no other one."""
    state = country.strip()
    if state in _US_STATES:
        # "Nogales (AZ)" is Arizona; "Tanger (MA)" may be Morocco or Massachusetts
        return ("USA", "country.us_state") if state not in table.iso2 else (None, None)
    code = _resolve(country, table)[0]
    if code is None:
        return (None, None)
    # no other country named exactly among the place's parts ("Ceuta, España (Maroc)"); a
    # US state's code is the state's in the United States ("Nogales, AZ (EE. UU.)")
    parts = [p for p in _LIST_SEP.split(place) if not (code == "USA" and p.strip() in _US_STATES)]
    named = {h[0] for h in (_resolve(p, table) for p in parts) if h[0]}
    return (code, "country.with_place") if named <= {code} else (None, None)


# US states and DC as the Postal Service writes them: "Houston, TX" (or "Houston TX") is
# in the United States, though TX alone is no country and GA alone is Gabon.
_US_STATES: Final = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
_US_PLACE: Final = re.compile(
    r"^\s*(?P<town>[^\W\d_][\w .'-]*?)(?:,\s*|\s+)(?P<state>[A-Z]{2})\s*$"
)

# Words for a part of a country, before or after its name (folded).
_PART_WORDS: Final = (
    r"interior|inland|mainland|coastal|rural|north|northern|south|southern|east|eastern|west"
    r"|western|central|northeast|northwest|southeast|southwest|interieur|nord|sud|est|ouest"
    r"|centre|norte|sur|este|oeste|centro|occidental|oriental|septentrional|meridional"
    # its waters: "eaux françaises", "UK territorial waters", "aguas españolas"
    r"|waters|eaux|aguas|territorial|territoriales?|jurisdictional|juridictionnelles?"
    # the mainland beside its overseas parts: "France métropolitaine", "España peninsular"
    r"|metropolitaine|metropolitan|metropolitana|continentale|peninsular|peninsulaire"
)
_QUALIFIED: Final = re.compile(
    rf"^(?:(?:{_PART_WORDS})(?: (?:of|du|de|del|de la|of the))? )+(?P<a>.+)$"
    rf"|^(?P<b>.+?)(?: (?:{_PART_WORDS}))+$"
)
# Countries whose name with a compass word is another country or territory ("Sud Soudan",
# "North Cyprus", "South Korea" written loosely): never read through a part word.
_SPLIT_NAMES: Final = frozenset({"SDN", "SSD", "KOR", "PRK", "MKD", "CYP", "YEM", "TLS", "IRL"})


def _qualified(text: str, table: _Table) -> _Hit:
    """Read "Interior US" / "Southern Nigeria" / "Mali nord" as the country named."""
    m = _QUALIFIED.match(_fold(text))
    if m is None:
        return (None, None)
    code, _ = _resolve(m.group("a") or m.group("b"), table)
    if code is None or code in _SPLIT_NAMES:
        return (None, None)
    return (code, "country.part_of")


# Peoples that live across borders, named beside a nationality ("kurde irakien", "Iraqi
# Kurd", "kurdo sirio", "Afghan Hazara", "Tamil sri-lankais"): the nationality is the
# country's. Folded, in the three languages, singular and plural, both genders.
_PEOPLES: Final = (
    r"kurd|kurds|kurde|kurdes|kurdo|kurda|kurdos|kurdas|kurdish|arab|arabs|arabe|arabes"
    r"|berber|berbere|berberes|bereber|amazigh|tuareg|touareg|touaregs|pashtun|pachtoune"
    r"|pastun|hazara|hazaras|tamil|tamils|tamoul|tamoule|tamouls|baloch|baluch|rohingya"
    r"|rohingyas|yazidi|yezidi|yazidis|uyghur|ouighour|ouighoure|uigur|oromo|tigrayan"
    r"|tigreen|tigrino|amhara|fula|fulani|peul|peuls|peule|mandinka|soninke|wolof"
)
_WITH_PEOPLE: Final = re.compile(
    rf"^(?:ethnic |ethnique |etnia )?(?:{_PEOPLES}) (?P<a>.+)$|^(?P<b>.+) (?:{_PEOPLES})$"
)


def _with_people(text: str, table: _Table) -> _Hit:
    """Read "kurde irakien" / "Syrian Kurd" as the country named beside the people."""
    return _country_beside(_WITH_PEOPLE, text, table, "country.with_people")


def _country_beside(pattern: re.Pattern[str], text: str, table: _Table, rule: str) -> _Hit:
    """Read the country that ``pattern``'s group ``a`` or ``b`` names in folded ``text``."""
    m = pattern.match(_fold(text))
    if m is None:
        return (None, None)
    code, _ = _resolve(m.group("a") or m.group("b"), table)
    if code is None or code.startswith("?") or code in _PSEUDO_RULES:
        return (None, None)
    return (code, rule)


# Regions that lie across borders, named with the country of the part meant ("Iraqi
# Kurdistan", "Kurdistan Region of Iraq", "Kurdistan iraquien", "Kurdistán sirio",
# "Pakistani Balochistan"): that country. The region alone names no country.
_REGIONS_ACROSS: Final = (
    r"kurdistan|baluchistan|balochistan|beloutchistan|kashmir|cachemire|cachemira"
)
_IN_REGION: Final = re.compile(
    rf"^(?:{_REGIONS_ACROSS})(?: region)?(?: (?:of|de|du|del|de l))? (?P<a>.+)$"
    rf"|^(?:region (?:of |du |del |de )?)?(?P<b>.+) (?:{_REGIONS_ACROSS})$"
)


def _in_region(text: str, table: _Table) -> _Hit:
    """Read "Iraqi Kurdistan" / "Kurdistan Region of Iraq" as the country named with it."""
    return _country_beside(_IN_REGION, text, table, "country.part_of")


# Languages whose country names slip into files written in English, French or Spanish
# at European liaison desks ("Spagna", "Costa d'Avorio", "Espanha", "Spanien", Swedish
# "Frankrike", Finnish "Ranska", Polish "Niemcy"): read like endonyms, after the EN/FR/ES
# table. The EU's and its neighbours' languages in Latin script.
_EXCHANGE_LANGS: Final = (
    "it", "pt", "de", "nl", "sv", "da", "nb_NO", "fi", "pl", "cs", "sk", "sl", "hr", "ro",
    "hu", "lt", "lv", "et", "tr", "sq", "sr@latin", "bs",
    # and of embassies' and liaison desks' own staff in Latin script: Indonesian
    # ("Spanyol", "Prancis"), Vietnamese ("Ba Lan", "Trung Quốc")
    "id", "vi",
    # Spain's co-official languages, in which Catalan, Basque and Galician desks write a
    # Spanish file's countries ("Marroc", "Xina"; "Frantzia", "Maroko"; "Marrocos")
    "ca", "eu", "gl",
)  # fmt: skip


@functools.cache
def _endonyms() -> dict[str, str]:
    """Folded endonym -> ISO3 ("polska" -> POL, "hrvatska" -> HRV, "magyarorszag" -> HUN).

    Each country's names in its own languages (from ``countryinfo``) and in the
    :data:`_EXCHANGE_LANGS`, from pycountry's translations of the ISO names and from the
    Unicode CLDR's territory names (through Babel), which are the short names people
    write ("Rosja", "Russland", "Venäjä" where ISO has "Federacja Rosyjska"): all
    maintained; Latin script only, as other scripts fold to nothing. Needed only for text
    the EN/FR/ES table did not read; a key that table has, or that names two countries,
    is left out. Building it parses ~90 catalogues and CLDR locales (~1-3 s), so it is
    kept in the user's cache folder
    (:func:`trendlib._cache.cached_json`, keyed by the packages' versions and this
    module's source) and read back in ~10 ms by later processes.
    """
    table = cached_json(
        "endonyms",
        _build_endonyms,
        packages=("pycountry", "countryinfo", "babel"),
        sources=(__name__, "trendlib._text", "trendlib.clean._unique", "trendlib.clean._world"),
    )
    return {str(key): str(code) for key, code in table.items()}


def _build_endonyms() -> dict[str, str]:
    """Build :func:`_endonyms`' table from pycountry and countryinfo."""
    from trendlib.clean._world import country_infos  # the outlines' source, cached

    exact = _table().exact
    found: dict[str, set[str]] = {}
    catalogues: dict[str, gettext.NullTranslations | None] = {}
    cldr: dict[str, dict[str, str]] = {}
    for info in country_infos():
        iso = (info.get("ISO") or {}).get("alpha3")
        country = pycountry.countries.get(alpha_3=iso) if iso else None
        if country is None:
            continue
        for lang in dict.fromkeys([*(info.get("languages") or []), *_EXCHANGE_LANGS]):
            if lang not in catalogues:
                try:
                    catalogues[lang] = _catalogue(lang)
                except OSError:  # no pycountry translation in that language
                    catalogues[lang] = None
            if lang not in cldr:
                cldr[lang] = _cldr_territories(lang)
            tr = catalogues[lang]
            names = [
                tr.gettext(name)
                for attr in ("name", "official_name", "common_name")
                if tr is not None and (name := getattr(country, attr, None))
            ]
            names.append(cldr[lang].get(country.alpha_2, ""))
            for name in names:
                key = fold(name)
                if len(key) >= 4 and key not in exact:
                    found.setdefault(key, set()).add(country.alpha_3)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


# Languages written in a script other than Latin, whose CLDR territory names a desk may
# leave in a submission: Greek, the Cyrillic languages, Arabic, Persian, Urdu, Pashto,
# Hebrew, Georgian, Armenian, Amharic, Tigrinya, Chinese, Japanese, Korean, Thai, Hindi,
# Bengali, Nepali, Tamil.
_SCRIPT_LANGS: Final = (
    "el", "ru", "uk", "bg", "sr", "mk", "be", "ar", "fa", "ur", "ps", "he", "ka", "hy",
    "am", "ti", "zh", "zh_Hant", "ja", "ko", "th", "hi", "bn", "ne", "ta",
)  # fmt: skip


def _script_key(text: str) -> str:
    """Key of a name in any script: lower case, no accents or tone marks, single spaces.

    :func:`trendlib._text.fold` keeps Latin letters only; this keeps every letter
    ("ΕΛΛΆΔΑ" and "Ελλάδα" -> "ελλαδα").
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


@functools.cache
def _script_names() -> dict[str, str]:
    """Country names in scripts other than Latin (CLDR, through Babel) -> ISO3.

    Keys are :func:`_script_key` of the names; a key that names two countries is left
    out. Kept in the user's cache folder like :func:`_endonyms`.
    """
    table = cached_json(
        "script_names",
        _build_script_names,
        packages=("pycountry", "babel"),
        sources=(__name__,),
    )
    return {str(key): str(code) for key, code in table.items()}


def _build_script_names() -> dict[str, str]:
    """Build :func:`_script_names`' table from CLDR's territory names."""
    found: dict[str, set[str]] = {}
    for lang in _SCRIPT_LANGS:
        for alpha2, name in _cldr_territories(lang).items():
            country = pycountry.countries.get(alpha_2=alpha2)
            key = _script_key(name)
            if country is None or not key or key.isascii():
                continue
            found.setdefault(key, set()).add(country.alpha_3)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


def _cldr_territories(lang: str) -> dict[str, str]:
    """CLDR's territory names in ``lang`` by ISO alpha-2 code (empty when Babel lacks it)."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(lang.replace("@latin", "_Latn")).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {code: str(name) for code, name in names.items() if len(code) == 2 and code.isalpha()}


@functools.cache
def _anagram_index() -> dict[str, list[int]]:
    """Positions in the table's choices of the names of five letters or more, by letters."""
    index: dict[str, list[int]] = {}
    for i, key in enumerate(_table().choice_keys):
        if len(key) >= 5:
            index.setdefault("".join(sorted(key)), []).append(i)
    return index


def _swapped_letters(key: str, table: _Table) -> _Hit:
    """Read a name with two of its letters swapped ("Pamana", "Guatelama").

    The distance :func:`_fuzzy` uses counts a swap of letters that are not side by side
    as two slips, too many for a short name. Kept when every known name spelt with one
    such swap belongs to the same country (a real country, not a placeholder).
    """
    key = key.replace(" ", "")
    found = {
        str(table.choice_code[i])
        for i in _anagram_index().get("".join(sorted(key)), [])
        if sum(a != b for a, b in zip(key, table.choice_keys[i], strict=True)) == 2
    }
    if len(found) == 1:
        code = found.pop()
        if not code.startswith("?") and code not in _PSEUDO_RULES:
            return (code, "country.fuzzy")
    return (None, None)


def _tokens(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Split ``text`` at list separators; return the tokens and their spans in ``text``."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _LIST_SEP.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = max(pos, m.end())
    if pos < len(text):
        spans.append((pos, len(text)))
    spans = [(a, b) for a, b in spans if text[a:b].strip()]
    return [text[a:b] for a, b in spans], spans


@dataclass(frozen=True)
class _ListResult:
    codes: list[str]
    rules: list[str]
    n_unknown: int
    n_unresolved: int


def _may_be_name(toks: list[str], table: _Table) -> bool:
    """Tell whether a run of list items can be one name: every word is a word of a name.

    Folding is per word, so a run holding a word that no known name (nor filler or
    abbreviation) has cannot be looked up exactly or loosely: the costly fold of the
    run is skipped. Each item is folded once (cached).
    """
    # an item that folds to nothing (a name in another script: "Ελλάδα > Belarus") is
    # no part of a longer name
    folded = [_fold(tok) for tok in toks]
    return all(folded) and all(w in table.words for key in folded for w in key.split())


def _swallows_code(toks: list[str], table: _Table) -> bool:
    """Tell whether a run of list items reads as one name only by dropping a code.

    Filler words are dropped from names ("República de Colombia"), but an item of a
    list made only of a filler word that is also a code is a country: "Poland, DE" is
    Poland then Germany, not "Poland" with a stray "de". A run that is a name as
    written ("Trinité-et-Tobago") is kept.
    """
    if _fold(", ".join(toks)) in table.exact:
        return False
    for tok in toks:
        key = _fold(tok)
        if key and all(w in _FILLER for w in key.split()) and _resolve(tok, table)[0]:
            return True
    return False


# Alpha-3 codes with spaces between them, as survey tools export a multiple choice
# ("tur bgr srb"): a list when every word is a code; names keep their spaces.
_SPACED_CODES: Final = re.compile(r"\s*[A-Za-z]{3}(?:\s+[A-Za-z]{3})+\s*")
# Alpha-2 codes with spaces between (a survey tool's multiple choice: "TR BG RS BA"), in
# capitals: in lower case two-letter words are French and Spanish words ("de", "la", "et")
_SPACED_CODES2: Final = re.compile(r"\s*[A-Z]{2}(?:\s+[A-Z]{2})+\s*")


def _spaced_codes(text: str, table: _Table) -> str:
    """Return "tur|bgr|srb" for "tur bgr srb" (every word an alpha-3 code), else ``text``.

    Likewise "TR|BG|RS" for "TR BG RS" (every word an alpha-2 code, in capitals).
    """
    if _SPACED_CODES2.fullmatch(text):
        words = text.split()
        known = all(w in table.iso2 for w in words) and table.exact.get(_fold(text)) is None
        return "|".join(words) if known else text
    if not _SPACED_CODES.fullmatch(text):
        return text
    words = text.split()
    if not all(w.upper() in table.iso3 for w in words):
        return text
    if table.exact.get(_fold(text)) is not None:  # a name after all
        return text
    return "|".join(words)


def _spaced_names(text: str, table: _Table) -> str:
    """Return "ecuador|colombia" for "ecuador colombia" (every word a country), else ``text``.

    Survey tools (KoboToolbox, ODK) export a multiple choice as its choices' names with
    spaces between them, a name of several words joined by "_" ("ecuador colombia
    estados_unidos"). A text that is itself a name ("guinea bissau", "costa rica") stays.
    """
    words = text.split()
    if len(words) < 2 or not all(w.replace("_", "").isalpha() for w in words):
        return text
    if table.exact.get(_fold(text)) is not None:
        return text
    names = [w.replace("_", " ") for w in words]
    if not all(table.exact.get(_fold(name)) is not None for name in names):
        return text
    return "|".join(names)


def _parse_lists(
    texts: list[str], threshold: float, table: _Table, lang: str | None = None
) -> list[_ListResult]:
    """Split each text into countries, longest run of tokens first, keeping the order.

    With ``lang``, the language's short placeholders ("NC") are unknown words unless
    the items are mostly written as alpha-2 codes (see :func:`_language_placeholders`).
    """
    memo: dict[str, _Hit] = {}
    # Mojibake repaired once per text, not once per run of its items (ftfy is slow), and
    # before splitting: "Libye â†’ Italie" has its arrow back.
    texts = [t if t.isascii() else repair_text(t) for t in texts]
    texts = [_spaced_names(_spaced_codes(t, table), table) for t in texts]
    split = [_tokens(t) for t in texts]
    items = list(dict.fromkeys(tok for toks, _ in split for tok in toks))
    for i in _language_placeholders(items, lang, table):
        memo[items[i]] = (None, "country.unknown_word")
    # Exact resolution of every run of up to _MAX_SPAN tokens, then fuzzy for single tokens.
    singles: list[str] = []
    for text, (toks, spans) in zip(texts, split, strict=True):
        for i in range(len(toks)):
            for j in range(i, min(len(toks), i + _MAX_SPAN)):
                run = text[spans[i][0] : spans[j][1]]
                if run not in memo:
                    if j > i and not _may_be_name(toks[i : j + 1], table):
                        memo[run] = (None, None)  # a word no name has: skip folding the run
                        continue
                    memo[run] = _resolve(run, table)
                    swallows = j > i and memo[run][0] is not None
                    if swallows and _swallows_code(toks[i : j + 1], table):
                        memo[run] = (None, None)
                    if j == i and memo[run] == (None, None):
                        singles.append(run)
    singles = list(dict.fromkeys(singles))
    for run, hit in zip(singles, _approximate(singles, threshold, table), strict=True):
        memo[run] = hit

    results = []
    for text, (toks, spans) in zip(texts, split, strict=True):
        codes: list[str] = []
        rules: list[str] = []
        n_unknown = n_unresolved = 0
        i = 0
        while i < len(toks):
            for j in range(min(len(toks), i + _MAX_SPAN) - 1, i - 1, -1):
                code, rule = memo[text[spans[i][0] : spans[j][1]]]
                if code is not None or (j == i and rule is not None):
                    break
            if code is not None and rule is not None:
                if not codes or codes[-1] != code:
                    codes.append(code)
                    rules.append(rule)
            elif rule is not None and rule != "country.ambiguous":
                n_unknown += 1  # unknown word or world region: read, but no country
            else:
                n_unresolved += 1
            i = j + 1
        results.append(_ListResult(codes, rules, n_unknown, n_unresolved))
    return results


def _check_threshold(threshold: float) -> float:
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise ParameterError(
            f"threshold must be a number between 0 and 1, but got {threshold!r}; "
            f"use e.g. threshold={DEFAULT_THRESHOLD} (1.0 turns fuzzy matching off)."
        )
    if not 0 < threshold <= 1:
        raise ParameterError(
            f"threshold must lie in (0, 1], but got {threshold}; higher is stricter, "
            f"{DEFAULT_THRESHOLD} is the default and 1.0 turns fuzzy matching off."
        )
    return float(threshold)


def _countries_of(
    uniques: np.ndarray, threshold: float, *, places: bool = False
) -> tuple[list[_Hit], list[bool]]:
    table = _table()
    texts = [_as_text(u) for u in uniques]
    texts = [t if t.isascii() else repair_text(t) for t in texts]  # separators repaired too
    blank = [not t.strip() for t in texts]
    hits: list[_Hit] = [
        (None, None) if b else _resolve(t, table) for t, b in zip(texts, blank, strict=True)
    ]

    # Several countries in one field: not a single country, but not garbage either.
    placed: dict[int, str] = {}  # one country and other items that are not countries
    listy = [
        i
        for i, h in enumerate(hits)
        if h == (None, None) and not blank[i] and _LIST_SEP.search(texts[i])
    ]
    for i, res in zip(
        listy, _parse_lists([texts[i] for i in listy], threshold, table), strict=True
    ):
        if len(set(res.codes)) > 1 and "country.fuzzy" in res.rules:
            # "Samos, Greece": a place that only looks like a name (Samoa) beside a
            # country named exactly is a place in that country
            exact_only = _parse_lists([texts[i]], 1.0, table)[0]
            if len(set(exact_only.codes)) == 1 and exact_only.n_unresolved:
                res = exact_only
        if res.n_unresolved:
            # a name or an alpha-3 code ("Lampedusa, ITA"), not a two-letter code: after a
            # comma that is often a state ("Atlanta, GA"), a number a postcode
            named = not set(res.rules) & {"country.iso2", "country.numeric"}
            if len(set(res.codes)) == 1 and not res.n_unknown and named:
                placed[i] = res.codes[0]
            continue
        if len(set(res.codes)) == 1 and not res.n_unknown:
            hits[i] = (res.codes[0], res.rules[0])
        elif res.codes or res.n_unknown:
            hits[i] = (None, "country.multiple")

    todo = [i for i, h in enumerate(hits) if h == (None, None) and not blank[i]]
    approx = _approximate(
        [texts[i] for i in todo], threshold, table, towns="first" if places else "no"
    )
    for i, hit in zip(todo, approx, strict=True):
        us = _US_PLACE.match(texts[i]) if hit == (None, None) else None
        if (
            us is not None
            and us.group("state") in _US_STATES
            and _resolve(us.group("town"), table)[0] is None  # "Sudan SD": no town
        ):
            # "Atlanta, GA": a town, then its state, written as US forms write them (the
            # town is no country: "Italia, CA" was read above as a list of two)
            hit = ("USA", "country.us_state")
        if hit == (None, None) and i in placed:
            # "Panamá - Darién", "Lampedusa, Italia": a place in that country (unless the
            # whole text is a misspelt name: "Guinea-Bisau" was read above)
            hit = (placed[i], "country.with_place")
        hits[i] = hit if hit != (None, None) else (None, "country.unresolved")
    if threshold < 1:
        _slips_the_column_settles(texts, hits, table)
    invalid = [h[1] in ("country.unresolved", "country.ambiguous") for h in hits]
    return hits, invalid


def _slips_the_column_settles(texts: list[str], hits: list[_Hit], table: _Table) -> None:
    """Read a slip that is one letter from two countries as the one the column names.

    "Nigera" is one slip from Nigeria and from Niger, so :func:`_fuzzy` refuses it. In
    a column that names Nigeria elsewhere and never Niger, the writer meant Nigeria, as
    an analyst reading the file would take it (blind413's UK mushroom farm). Nothing is
    read when the column names both or neither. ``hits`` is updated in place.
    """
    named = {code for code, _ in hits if code is not None}
    for i, (_, rule) in enumerate(hits):
        key = _fold(texts[i]).replace(" ", "")
        if rule != "country.unresolved" or not 4 <= len(key) <= _FUZZY_MAX_LEN:
            continue
        codes = _codes_one_slip_away(key, table)
        meant = codes & named
        if len(codes) > 1 and len(meant) == 1:
            hits[i] = (meant.pop(), "country.fuzzy")


# Two-letter abbreviations of a country's name in French or Spanish that are another
# country's alpha-2 code: "RU" (Royaume-Uni, Reino Unido; Russia's code). Read so in a file
# of that language, unless the column is written in alpha-2 codes.
_LANG_ABBREVIATIONS: Final[dict[str, dict[str, str]]] = {
    "fr": {"ru": "GBR"},
    "es": {"ru": "GBR"},
}


def _language_abbreviations(texts: list[str], lang: str | None, table: _Table) -> dict[int, str]:
    """Positions of ``texts`` that abbreviate a country's name in ``lang`` -> its code."""
    words = _LANG_ABBREVIATIONS.get(lang or "", {})
    if not words:
        return {}
    keys = [t.strip().casefold() for t in texts]
    found = {i: words[k] for i, k in enumerate(keys) if k in words}
    if not found or _alpha2_column(keys, found.keys(), table):
        return {}  # a column of alpha-2 codes: "RU" is Russia
    return found


def _alpha2_column(keys: list[str], found: Iterable[int], table: _Table) -> bool:
    """Tell whether the column's other values (not at ``found``) are alpha-2 codes."""
    skip = set(found)
    others = [k for i, k in enumerate(keys) if i not in skip and k]
    codes = sum(len(k) == 2 and k.upper() in table.iso2 for k in others)
    return bool(others) and codes >= _ISO2_STYLE * len(others)


def _language_placeholders(texts: list[str], lang: str | None, table: _Table) -> set[int]:
    """Positions of ``texts`` that are placeholders of ``lang`` rather than alpha-2 codes."""
    words = _LANG_PLACEHOLDERS.get(lang or "", frozenset())
    if not words:
        return set()
    keys = [t.strip().casefold() for t in texts]
    found = {i for i, k in enumerate(keys) if k in words}
    if not found or _alpha2_column(keys, found, table):
        return set()  # a column of alpha-2 codes: "NC" is New Caledonia
    return found


def parse_country(
    raw: pd.Series,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    lang: str | None = None,
    places: bool = False,
) -> Parsed:
    """Read country names, codes and nationalities as ISO 3166-1 alpha-3 codes.

    Works on the distinct values of ``raw`` only, then maps the results back.

    Parameters
    ----------
    raw : Series
        Country names (English, French, Spanish; names, official names, common
        names, colloquial aliases), nationality adjectives, or ISO alpha-2, alpha-3
        or numeric codes, in any case, spacing or accents, possibly mojibake.
        Not modified.
    threshold : float, default=0.85
        Minimum similarity (``1 - edit distance / length``, on a spelling skeleton)
        for a misspelt name to be matched; a match is also refused when another
        country comes within 0.1 of it. ``1.0`` turns fuzzy matching off.
    lang : {"fr", "es", "en"}, optional
        Language of the file the column comes from (see
        :func:`trendlib.clean._unique.guess_language`). In French and Spanish files the
        short placeholders that are also alpha-2 codes ("NC" *non communiqué* / *no
        consta*, "NR" *non renseigné*, "SD" *sin datos*) are unknown words, unless the
        column is written in alpha-2 codes. By default they are alpha-2 codes.
    places : bool, default=False
        The column names where something happened (the detection country), so a text
        that names a town is read as the town's country *before* misspelt country names
        are looked for: "Almería" is Spain's town, not "Algeria" misspelt. Towns are
        GeoNames' of 15,000 people or more and ISO 3166-2 subdivisions, whose name
        points to one country (``country.town``; "El Ejido (Almería)" too). Other
        columns name persons' countries, where "Mila" is Mali misspelt: no towns there.

    Returns
    -------
    Parsed
        ``values``: alpha-3 codes (dtype ``string``; Kosovo is ``XKX``), NA when
        missing, unknown or unreadable. ``rule``: ``country.iso3``, ``country.iso2``,
        ``country.numeric``, ``country.name_en``, ``country.name_fr``,
        ``country.name_es``, ``country.alias``, ``country.demonym``,
        ``country.fuzzy``, ``country.unknown_word`` (unknown, mixed, stateless),
        ``country.region`` (a world region such as "West Africa"),
        ``country.multiple`` (several countries in one field), ``country.ambiguous``
        (e.g. "Congolese"), ``country.ditto`` ("ídem", "same": the country of the
        column before, which :func:`trendlib.clean_records` fills in), a country with a
        place (``country.with_place``: "Panamá - Darién") or a part of it
        (``country.part_of``: "Interior US"), a people beside it (``country.with_people``:
        "kurde irakien"), ``country.us_state`` ("Houston, TX"), a town
        (``country.town``: "Huelva") or ``country.unresolved``. ``invalid``: True
        for ``country.unresolved`` and ``country.ambiguous``.

    Raises
    ------
    ParameterError
        If ``threshold`` is not a number in (0, 1].

    See Also
    --------
    parse_country_list : ordered lists of countries (transit routes).

    Notes
    -----
    ``"NA"`` is read as *not available*, not as Namibia (write ``NAM`` or
    ``Namibia``). Bare words naming two countries (``"Congolese"``, ``"Korea"``,
    English ``"Dominican"``) are never guessed.

    Examples
    --------
    >>> raw = pd.Series(["Nigeria", "nigériane", "CÃ´te dâ€™Ivoire", "566", "Nigeira",
    ...                  "Inconnu", "Atlantis", None])
    >>> p = parse_country(raw)
    >>> p.values.tolist()
    ['NGA', 'NGA', 'CIV', 'NGA', 'NGA', <NA>, <NA>, <NA>]
    >>> p.rule.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['country.name_en', 'country.demonym', 'country.name_en', 'country.numeric',
     'country.fuzzy', 'country.unknown_word', 'country.unresolved', <NA>]
    >>> p.invalid.tolist()
    [False, False, False, False, False, False, True, False]

    "NC" in a French file is *non communiqué*, in an English one New Caledonia:

    >>> names = pd.Series(["Irak", "NC", "Syrie"])
    >>> parse_country(names, lang="fr").values.tolist(), parse_country(names).values.tolist()
    (['IRQ', <NA>, 'SYR'], ['IRQ', 'NCL', 'SYR'])
    """
    threshold = _check_threshold(threshold)

    def resolve(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        hits, invalid = _countries_of(uniques, threshold, places=places)
        texts = [_as_text(u) for u in uniques]
        for i in _language_placeholders(texts, lang, _table()):
            hits[i], invalid[i] = (None, "country.unknown_word"), False
        for i, code in _language_abbreviations(texts, lang, _table()).items():
            hits[i], invalid[i] = (code, "country.alias"), False  # "RU": Royaume-Uni
        if lang == "fr":  # "GRAVELINES (59)": a town and its département, in France
            for i, u in enumerate(uniques):
                if hits[i][1] == "country.unresolved" and _DEPARTEMENT.fullmatch(_as_text(u)):
                    hits[i], invalid[i] = ("FRA", "country.with_place"), False
        return (
            np.array([h[0] for h in hits], dtype=object),
            np.array([h[1] for h in hits], dtype=object),
            np.array(invalid, dtype=bool),
        )

    return map_unique(raw, resolve, dtype="string")


def parse_country_list(
    raw: pd.Series, *, threshold: float = DEFAULT_THRESHOLD, lang: str | None = None
) -> Parsed:
    """Read ordered lists of countries (transit routes) as ``|``-joined alpha-3 codes.

    Items may be separated by ``, ; | / > -> => →``, hyphens, or the words
    *to*, *and*, *et*, *y*. Names that contain a separator ("Guinea-Bissau",
    "Bosnia and Herzegovina", "Iran, Islamic Republic of") are kept whole: the
    longest run of items that names one country wins. Order is kept; a country
    repeated right after itself is kept once.

    Parameters
    ----------
    raw : Series
        Lists of countries, each item read as by :func:`parse_country`. Not modified.
    threshold : float, default=0.85
        Fuzzy-matching threshold of each item, as in :func:`parse_country`.
    lang : {"fr", "es", "en"}, optional
        Language of the file, as in :func:`parse_country` ("NC" is *non communiqué*
        in a French file unless the items are written as alpha-2 codes).

    Returns
    -------
    Parsed
        ``values``: e.g. ``"LBY|TUN"`` (dtype ``string``), NA when no item was read.
        ``rule``: ``country_list.parsed`` (every item read), ``country_list.fuzzy``
        (at least one item read by fuzzy matching), ``country_list.partial`` (some
        items dropped: unreadable or unknown), ``country_list.unknown_word`` (only
        unknown words) or ``country_list.unresolved`` (nothing readable).
        ``invalid``: True when no item could be read although some text was there.

    Raises
    ------
    ParameterError
        If ``threshold`` is not a number in (0, 1].

    Examples
    --------
    >>> raw = pd.Series(["Libye -> Tunisie", "Guinea-Bissau, Senegal", "Niger / Lybia / Libya",
    ...                  "Atlantis; Italy", "unknown", "Narnia"])
    >>> p = parse_country_list(raw)
    >>> p.values.tolist()
    ['LBY|TUN', 'GNB|SEN', 'NER|LBY', 'ITA', <NA>, <NA>]
    >>> p.rule.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['country_list.parsed', 'country_list.parsed', 'country_list.fuzzy',
     'country_list.partial', 'country_list.unknown_word', 'country_list.unresolved']
    >>> p.invalid.tolist()
    [False, False, False, False, False, True]
    """
    threshold = _check_threshold(threshold)

    def resolve(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        texts = [_as_text(u) for u in uniques]
        results = _parse_lists(texts, threshold, _table(), lang)
        values: list[str | None] = []
        rules: list[str | None] = []
        invalid: list[bool] = []
        for text, res in zip(texts, results, strict=True):
            if not text.strip():
                values.append(None)
                rules.append(None)
                invalid.append(False)
                continue
            values.append("|".join(res.codes) if res.codes else None)
            if res.codes and (res.n_unresolved or res.n_unknown):
                rule = "country_list.partial"
            elif res.codes:
                fuzzy = "country.fuzzy" in res.rules
                rule = "country_list.fuzzy" if fuzzy else "country_list.parsed"
            elif res.n_unresolved:
                rule = "country_list.unresolved"
            else:
                rule = "country_list.unknown_word"
            rules.append(rule)
            invalid.append(rule == "country_list.unresolved")
        return (
            np.array(values, dtype=object),
            np.array(rules, dtype=object),
            np.array(invalid, dtype=bool),
        )

    return map_unique(raw, resolve, dtype="string")


def to_iso3(value: object, *, threshold: float = DEFAULT_THRESHOLD) -> str | None:
    """Read one country name, code or nationality as an alpha-3 code.

    Parameters
    ----------
    value : str
        As for :func:`parse_country`.
    threshold : float, default=0.85
        Fuzzy-matching threshold, as for :func:`parse_country`.

    Returns
    -------
    str or None
        The alpha-3 code, or None when missing, unknown or unreadable.

    Examples
    --------
    >>> to_iso3("Royaume-Uni"), to_iso3("Marruecos"), to_iso3("Kosovo"), to_iso3("n/a")
    ('GBR', 'MAR', 'XKX', None)
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    out = parse_country(pd.Series([value], dtype=object), threshold=threshold).values.iloc[0]
    return None if pd.isna(out) else str(out)


def country_name(iso3: str, *, lang: str = "en") -> str:
    """Return a country's short common name, for labels.

    Parameters
    ----------
    iso3 : str
        ISO 3166-1 alpha-3 code (or ``XKX`` for Kosovo).
    lang : {"en", "fr", "es"}, default="en"
        Language of the name (pycountry's translations).

    Returns
    -------
    str
        E.g. "Türkiye", "Libya", "Syria", "DR Congo".

    Raises
    ------
    ParameterError
        If ``iso3`` is not a known code or ``lang`` not one of "en", "fr", "es".

    Examples
    --------
    >>> [country_name(c) for c in ["TUR", "LBY", "SYR", "COD", "IRN", "GBR"]]
    ['Türkiye', 'Libya', 'Syria', 'DR Congo', 'Iran', 'United Kingdom']
    >>> country_name("DEU", lang="fr"), country_name("MAR", lang="es")
    ('Allemagne', 'Marruecos')
    """
    if lang not in _LANGS:
        raise ParameterError(f"lang must be one of {list(_LANGS)}, but got {lang!r}.")
    name = _names(lang).get(str(iso3).strip().upper())
    if name is None:
        raise ParameterError(
            f"expected an ISO 3166-1 alpha-3 code such as 'NGA' (or 'XKX'), but got {iso3!r}; "
            "read names or other codes with trendlib.clean.countries.to_iso3 first."
        )
    return name


@functools.cache
def _names(lang: str) -> dict[str, str]:
    tr = _catalogue(lang).gettext
    idx = _LANGS.index(lang)
    table = _table()
    names = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        label = tr(name)
        short = label.split(", ")[0]  # "Iran, République islamique d'" -> "Iran"
        names[c.alpha_3] = short if _resolve(short, table)[0] == c.alpha_3 else label
    names.update({code: labels[idx] for code, labels in _LABELS.items()})
    return names
