"""Examiner variant ``blind87``: five outlying-territory services (files ``*_ck.*``).

A held-out sample set written without looking at the cleaner. Five services of the
French overseas territories, of Spain's North-African city of Ceuta and of a British
Caribbean territory write the true events as they keep their own case tables; three
write in French, one in Spanish and one in English. The truth's detection countries are
fixed, so each service stands in for the way such a unit writes the events it is given;
the wording, not the geography, is what is being tested. A reader's guide:

``sr_guadeloupe_ck.csv`` — Gendarmerie de la Guadeloupe, Section de recherches de Pointe-à-Pitre
    French, cp1252, ``;``, CRLF (an export of the gendarmerie's drafting software, as
    opened and saved again in French Excel). First reports of events detected in France
    and Greece; second reports of Channel events detected in the UK, of Nigerian
    trafficking to Italy, of the Western Mediterranean and of Vietnamese trafficking to
    the UK. Headers in gendarmerie shorthand (``Nb ESI / victimes`` = migrants in an
    irregular situation or victims, ``Nb MEC`` = persons *mis en cause*, ``Maj./Min.``),
    plus an ``Unité`` column naming the investigating group. Dates day-first
    (``03/05/2022``, ``03/05/22``, ``03.05.2022``, ``03-05-2022``), in words with
    ``1er`` for the first of the month (``le 1er mai 2022``, ``3 févr. 2023``),
    month-only (``mai 2022``, ``courant mai 2022``, ``05/2022``) and quarter-only
    (``T2 2022``, ``1er trimestre 2022``). The offence is written as a *qualification*
    citing the law: ``L.622-1 CESEDA`` before 1 May 2021 and ``L.823-1 CESEDA`` after
    the code's recasting, ``art. 225-4-1 CP`` for trafficking. Nationalities as French
    adjectives (``érythréenne``), sometimes in capitals; detection country sometimes
    with the place (``Grèce – Lesbos``, ``France (Pas-de-Calais)``). Counts with a
    no-break space as thousands separator or with a unit (``12 ESI``);
    ``NC``/``inconnu`` for unknown counts, ``néant``/``aucun`` for no suspect.
    Coordinates in one cell in degrees, minutes and seconds with ``O`` (*ouest*) for
    western longitudes (``36°50'12.4"N 2°27'50.1"O``), or decimal degrees. Re-sends a
    few rows.
``comgend_reunion_ck.jsonl`` — Gendarmerie de La Réunion (COMGEND), watch cell
    The *cellule de veille migrations/traite*. French keys, UTF-8 JSON lines: an
    international watch digest compiled from partner messages. First reports of every
    event the other four do not cover (Poland, Croatia ...); second reports of
    Central-Mediterranean, Eastern-Mediterranean, Atlantic and Vietnam-UK events. Dates
    ISO (``2022-05-03``), ISO timestamps in Réunion time
    (``2022-05-03T14:20:00+04:00``), day-first text, compact ``20220503``, month-only
    ``2022-05`` and quarter-only ``2022-T2``/``T2-2022``. Enumerations in capitals
    (``AIDE_ENTREE_IRREG``, ``EXPL_SEXUELLE``) beside plain words; countries as ISO
    alpha-2/alpha-3 codes or French names, some with mojibake from the partner messages
    (``SÃ©nÃ©gal``); transit routes as ``TR>BG>RS``; counts as numbers or text;
    coordinates as numbers or text with a decimal comma.
``dtpn_nc_stpj_ck.csv`` — Police nationale de Nouvelle-Calédonie (DTPN), STPJ
    The *service territorial de police judiciaire*. French, UTF-16 (little-endian, with
    BOM), tab-delimited: Excel's "Unicode text" export. First reports of events detected
    in Italy; second reports of Western-Balkan, Belarus-Poland and Romania-Spain events.
    Dates day-first, Excel's ``j-mmm-aa`` (``3-mai-22``), long dates with the weekday
    (``mardi 3 mai 2022``), date and time (``03/05/2022 14:35``), month-only
    (``mai 2022``, ``05/2022``) and quarter-only (``T2 2022``, ``2e trim. 2022``).
    Counts with a narrow no-break space as thousands separator (``1 234``). Latitude and
    longitude in separate columns with a decimal comma; sea events in degrees and
    decimal minutes, as a maritime log writes them (``35°30,450' N`` /
    ``012°36,120' E``).
``gc_ceuta_ck.xlsx`` — Guardia Civil, Comandancia de Ceuta
    Spanish, XLSX. First reports of events detected in Spain and Panama; second reports
    of US-Mexico events and of Romanian trafficking detected in Italy. Dates as Excel
    dates, as bare Excel serial numbers (``44635``), as text day-first (``15/03/2022``,
    ``15-mar-2022``, ``15 de marzo de 2022``), month-only (``marzo 2022``, ``03/2022``)
    and quarter-only (``2º trimestre 2022``, ``2022T2``, ``II trimestre 2022``).
    Offences by article of the Código Penal (``art. 318 bis``, ``art. 177 bis``);
    ``Sexo (H/M)`` where ``M`` is *mujer* (female); ``NNA`` for children; ``s/d`` for
    unknown; counts as numbers or text with a dot as thousands separator. Coordinates in
    one cell in *grados, minutos, segundos* written with the ordinal sign ``º`` and
    ``O`` (*oeste*) for western longitudes (``35º53'21''N 5º18'45''O``), or decimal
    degrees. Re-sends a few rows.
``rvipf_cid_ck.csv`` — Royal Virgin Islands Police Force, CID (TIP/SOM desk)
    The Criminal Investigation Department. English, UTF-8 (no BOM), ``|``-delimited.
    First reports of events detected in the UK and the US; second reports of Channel
    events detected in France and of Darién events. The date header states
    ``dd/mm/yyyy``; dates also ``15 Mar 2022``, ``15-Mar-22``, ``15th March 2022``, ISO,
    month-only (``March 2022``) and quarter-only (``Q1 2022``, ``1st Qtr 2022``).
    Offences as ``TIP`` (trafficking in persons) and ``SOM`` (smuggling of migrants) or
    in words; ``Juvenile`` for children; ``N/K`` for not known; ``nil`` for no suspect;
    counts with a comma as thousands separator or ``pax``; coordinates in decimal
    degrees, signed or with a hemisphere letter (``31.3345N`` / ``110.9412W``).

Every source also writes a note row, a total row and (CSV) an empty row; a few dozen
rows have no date, an impossible date (``31/02/2022``), a mistyped future year
(``2202``), a negative count or a count in words (``plusieurs``, ``varios``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pycountry

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

__all__ = ["BLIND87_SOURCES", "Blind87Source", "make_blind87"]

_Rng = np.random.Generator
_Words = dict[str, tuple[str, ...]]  # a value -> the ways of writing it


@dataclass(frozen=True)
class Blind87Source(ExaminerSource):
    """A ``blind87`` source: the shared attributes plus the way it writes.

    Attributes
    ----------
    style : str
        Key of the source's writing habits in this module (``"sr971"``, ``"gend974"``,
        ``"stpj988"``, ``"gcceuta"``, ``"rvipf"``).
    partial_share : float
        Share of its (unpaired) rows that give only the month or the quarter.
    """

    style: str = ""
    partial_share: float = 0.05


# --------------------------------------------------------------------------------------
# Wording tables
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
_FR_MONTHS_ABBR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_ES_MONTHS_ABBR = (
    "ene",
    "feb",
    "mar",
    "abr",
    "may",
    "jun",
    "jul",
    "ago",
    "sep",
    "oct",
    "nov",
    "dic",
)
_ROMAN = ("I", "II", "III", "IV")
#: A mistyped year that lands in the future (digits swapped or slipped).
_FUTURE_YEAR = {2020: 2200, 2021: 2121, 2022: 2202, 2023: 2032, 2024: 2042}

#: Country names by language (several spellings where a clerk would use them).
_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "AFG": {"fr": ("Afghanistan",), "es": ("Afganistán",), "en": ("Afghanistan",)},
    "ALB": {"fr": ("Albanie",), "es": ("Albania",), "en": ("Albania",)},
    "AUT": {"fr": ("Autriche",), "es": ("Austria",), "en": ("Austria",)},
    "BGD": {"fr": ("Bangladesh",), "es": ("Bangladés", "Bangladesh"), "en": ("Bangladesh",)},
    "BGR": {"fr": ("Bulgarie",), "es": ("Bulgaria",), "en": ("Bulgaria",)},
    "BIH": {
        "fr": ("Bosnie-Herzégovine", "Bosnie"),
        "es": ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
        "en": ("Bosnia and Herzegovina", "Bosnia & Herzegovina", "BiH"),
    },
    "BLR": {"fr": ("Biélorussie", "Bélarus"), "es": ("Bielorrusia",), "en": ("Belarus",)},
    "CHN": {"fr": ("Chine",), "es": ("China",), "en": ("China", "PR China")},
    "CIV": {
        "fr": ("Côte d'Ivoire", "Côte-d'Ivoire"),
        "es": ("Costa de Marfil",),
        "en": ("Côte d'Ivoire", "Ivory Coast"),
    },
    "CMR": {"fr": ("Cameroun",), "es": ("Camerún",), "en": ("Cameroon",)},
    "COL": {"fr": ("Colombie",), "es": ("Colombia",), "en": ("Colombia",)},
    "DEU": {"fr": ("Allemagne",), "es": ("Alemania",), "en": ("Germany",)},
    "DZA": {"fr": ("Algérie",), "es": ("Argelia",), "en": ("Algeria",)},
    "ECU": {"fr": ("Équateur", "Equateur"), "es": ("Ecuador",), "en": ("Ecuador",)},
    "EGY": {"fr": ("Égypte", "Egypte"), "es": ("Egipto",), "en": ("Egypt",)},
    "ERI": {"fr": ("Érythrée", "Erythrée"), "es": ("Eritrea",), "en": ("Eritrea",)},
    "ESP": {"fr": ("Espagne",), "es": ("España",), "en": ("Spain",)},
    "FRA": {"fr": ("France",), "es": ("Francia",), "en": ("France",)},
    "GBR": {
        "fr": ("Royaume-Uni", "Grande-Bretagne"),
        "es": ("Reino Unido",),
        "en": ("United Kingdom", "UK", "Great Britain"),
    },
    "GIN": {
        "fr": ("Guinée", "Guinée-Conakry"),
        "es": ("Guinea", "Guinea Conakry"),
        "en": ("Guinea", "Guinea-Conakry"),
    },
    "GMB": {"fr": ("Gambie",), "es": ("Gambia",), "en": ("Gambia", "The Gambia")},
    "GRC": {"fr": ("Grèce",), "es": ("Grecia",), "en": ("Greece",)},
    "GTM": {"fr": ("Guatemala",), "es": ("Guatemala",), "en": ("Guatemala",)},
    "HND": {"fr": ("Honduras",), "es": ("Honduras",), "en": ("Honduras",)},
    "HRV": {"fr": ("Croatie",), "es": ("Croacia",), "en": ("Croatia",)},
    "HTI": {"fr": ("Haïti", "Haiti"), "es": ("Haití",), "en": ("Haiti",)},
    "HUN": {"fr": ("Hongrie",), "es": ("Hungría",), "en": ("Hungary",)},
    "IRN": {"fr": ("Iran",), "es": ("Irán",), "en": ("Iran",)},
    "IRQ": {"fr": ("Irak", "Iraq"), "es": ("Irak", "Iraq"), "en": ("Iraq",)},
    "ITA": {"fr": ("Italie",), "es": ("Italia",), "en": ("Italy",)},
    "LBY": {"fr": ("Libye",), "es": ("Libia",), "en": ("Libya",)},
    "MAR": {"fr": ("Maroc",), "es": ("Marruecos",), "en": ("Morocco",)},
    "MEX": {"fr": ("Mexique",), "es": ("México", "Méjico"), "en": ("Mexico",)},
    "MKD": {
        "fr": ("Macédoine du Nord",),
        "es": ("Macedonia del Norte",),
        "en": ("North Macedonia",),
    },
    "MLI": {"fr": ("Mali",), "es": ("Malí",), "en": ("Mali",)},
    "MRT": {"fr": ("Mauritanie",), "es": ("Mauritania",), "en": ("Mauritania",)},
    "NER": {"fr": ("Niger",), "es": ("Níger",), "en": ("Niger",)},
    "NGA": {"fr": ("Nigeria", "Nigéria"), "es": ("Nigeria",), "en": ("Nigeria",)},
    "PAK": {"fr": ("Pakistan",), "es": ("Pakistán",), "en": ("Pakistan",)},
    "PAN": {"fr": ("Panama",), "es": ("Panamá",), "en": ("Panama",)},
    "POL": {"fr": ("Pologne",), "es": ("Polonia",), "en": ("Poland",)},
    "ROU": {"fr": ("Roumanie",), "es": ("Rumanía", "Rumania"), "en": ("Romania",)},
    "RUS": {
        "fr": ("Russie", "Fédération de Russie"),
        "es": ("Rusia",),
        "en": ("Russia", "Russian Federation"),
    },
    "SEN": {"fr": ("Sénégal",), "es": ("Senegal",), "en": ("Senegal",)},
    "SRB": {"fr": ("Serbie",), "es": ("Serbia",), "en": ("Serbia",)},
    "SYR": {"fr": ("Syrie",), "es": ("Siria",), "en": ("Syria",)},
    "TUN": {"fr": ("Tunisie",), "es": ("Túnez",), "en": ("Tunisia",)},
    "TUR": {"fr": ("Turquie",), "es": ("Turquía",), "en": ("Turkey", "Türkiye")},
    "USA": {
        "fr": ("États-Unis", "Etats-Unis"),
        "es": ("Estados Unidos", "EE. UU."),
        "en": ("USA", "United States", "US"),
    },
    "VEN": {"fr": ("Venezuela",), "es": ("Venezuela",), "en": ("Venezuela",)},
    "VNM": {"fr": ("Viêt Nam", "Vietnam"), "es": ("Vietnam",), "en": ("Vietnam", "Viet Nam")},
    "YEM": {"fr": ("Yémen",), "es": ("Yemen",), "en": ("Yemen",)},
}

#: Nationality adjectives (masculine, feminine) by language.
_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "AFG": {"fr": ("afghan", "afghane"), "es": ("afgano", "afgana"), "en": ("Afghan",)},
    "ALB": {"fr": ("albanais", "albanaise"), "es": ("albanés", "albanesa"), "en": ("Albanian",)},
    "BGD": {"fr": ("bangladais", "bangladaise"), "es": ("bangladesí",), "en": ("Bangladeshi",)},
    "CHN": {"fr": ("chinois", "chinoise"), "es": ("chino", "china"), "en": ("Chinese",)},
    "CIV": {"fr": ("ivoirien", "ivoirienne"), "es": ("marfileño", "marfileña"), "en": ("Ivorian",)},
    "CMR": {
        "fr": ("camerounais", "camerounaise"),
        "es": ("camerunés", "camerunesa"),
        "en": ("Cameroonian",),
    },
    "COL": {
        "fr": ("colombien", "colombienne"),
        "es": ("colombiano", "colombiana"),
        "en": ("Colombian",),
    },
    "DZA": {"fr": ("algérien", "algérienne"), "es": ("argelino", "argelina"), "en": ("Algerian",)},
    "ECU": {
        "fr": ("équatorien", "équatorienne"),
        "es": ("ecuatoriano", "ecuatoriana"),
        "en": ("Ecuadorian",),
    },
    "EGY": {"fr": ("égyptien", "égyptienne"), "es": ("egipcio", "egipcia"), "en": ("Egyptian",)},
    "ERI": {"fr": ("érythréen", "érythréenne"), "es": ("eritreo", "eritrea"), "en": ("Eritrean",)},
    "GIN": {"fr": ("guinéen", "guinéenne"), "es": ("guineano", "guineana"), "en": ("Guinean",)},
    "GMB": {"fr": ("gambien", "gambienne"), "es": ("gambiano", "gambiana"), "en": ("Gambian",)},
    "GTM": {
        "fr": ("guatémaltèque",),
        "es": ("guatemalteco", "guatemalteca"),
        "en": ("Guatemalan",),
    },
    "HND": {
        "fr": ("hondurien", "hondurienne"),
        "es": ("hondureño", "hondureña"),
        "en": ("Honduran",),
    },
    "HTI": {"fr": ("haïtien", "haïtienne"), "es": ("haitiano", "haitiana"), "en": ("Haitian",)},
    "IRN": {"fr": ("iranien", "iranienne"), "es": ("iraní",), "en": ("Iranian",)},
    "IRQ": {"fr": ("irakien", "irakienne"), "es": ("iraquí",), "en": ("Iraqi",)},
    "MAR": {"fr": ("marocain", "marocaine"), "es": ("marroquí",), "en": ("Moroccan",)},
    "MEX": {"fr": ("mexicain", "mexicaine"), "es": ("mexicano", "mexicana"), "en": ("Mexican",)},
    "MLI": {"fr": ("malien", "malienne"), "es": ("maliense",), "en": ("Malian",)},
    "NGA": {"fr": ("nigérian", "nigériane"), "es": ("nigeriano", "nigeriana"), "en": ("Nigerian",)},
    "PAK": {"fr": ("pakistanais", "pakistanaise"), "es": ("pakistaní",), "en": ("Pakistani",)},
    "ROU": {"fr": ("roumain", "roumaine"), "es": ("rumano", "rumana"), "en": ("Romanian",)},
    "SEN": {
        "fr": ("sénégalais", "sénégalaise"),
        "es": ("senegalés", "senegalesa"),
        "en": ("Senegalese",),
    },
    "SYR": {"fr": ("syrien", "syrienne"), "es": ("sirio", "siria"), "en": ("Syrian",)},
    "TUN": {"fr": ("tunisien", "tunisienne"), "es": ("tunecino", "tunecina"), "en": ("Tunisian",)},
    "TUR": {"fr": ("turc", "turque"), "es": ("turco", "turca"), "en": ("Turkish",)},
    "VEN": {
        "fr": ("vénézuélien", "vénézuélienne"),
        "es": ("venezolano", "venezolana"),
        "en": ("Venezuelan",),
    },
    "VNM": {"fr": ("vietnamien", "vietnamienne"), "es": ("vietnamita",), "en": ("Vietnamese",)},
    "YEM": {"fr": ("yéménite",), "es": ("yemení",), "en": ("Yemeni",)},
}

#: French names of the truth's hotspots, for "country – place" detection cells.
_PLACES_FR = {
    "Calais": "Pas-de-Calais",
    "Dunkirk/Gravelines": "Nord",
    "Lesbos": "Lesbos",
    "Samos": "Samos",
    "Evros": "Évros",
    "Dover": "Douvres",
    "London": "Londres",
    "Glasgow": "Glasgow",
    "Birmingham": "Birmingham",
    "Lampedusa": "Lampedusa",
    "Palermo": "Palerme",
    "Torino": "Turin",
    "Castel Volturno": "Castel Volturno",
    "Almería": "Almería",
    "Ceuta": "Ceuta",
    "Melilla": "Melilla",
}

# Offence wording -----------------------------------------------------------------------
_CRIME_FR_SR: _Words = {
    "smuggling": (
        "Aide à l'entrée irrégulière ({ceseda} CESEDA)",
        "Aide à l'entrée et au séjour irréguliers d'étrangers",
        "AIDE ENTREE SEJOUR IRREGULIER",
        "Aide à l'entrée irrégulière en bande organisée",
        "Filière d'immigration irrégulière (passeurs)",
    ),
    "trafficking": (
        "Traite des êtres humains (art. 225-4-1 CP)",
        "TEH",
        "Traite d'êtres humains aggravée (225-4-2 CP)",
        "TRAITE DES ETRES HUMAINS",
    ),
    "both": (
        "TEH + aide à l'entrée irrégulière",
        "Traite des êtres humains (225-4-1 CP) et aide au séjour irrégulier ({ceseda} CESEDA)",
        "TEH / aide à l'ESI",
    ),
}
_CRIME_FR_974: _Words = {
    "smuggling": ("AIDE_ENTREE_IRREG", "trafic de migrants", "Aide à l'entrée irrégulière"),
    "trafficking": ("TEH", "traite des êtres humains", "TRAITE"),
    "both": ("TEH+AIDE_ENTREE_IRREG", "traite et trafic de migrants", "TEH / TRAFIC MIGRANTS"),
}
_CRIME_FR_988: _Words = {
    "smuggling": (
        "Trafic de migrants",
        "Aide à l'entrée irrégulière",
        "Aide à l'entrée, à la circulation ou au séjour irréguliers",
    ),
    "trafficking": ("Traite des êtres humains", "Traite d'êtres humains", "TEH"),
    "both": ("Traite + trafic de migrants", "TEH et aide à l'entrée irrégulière"),
}
_CRIME_ES: _Words = {
    "smuggling": (
        "Favorecimiento de la inmigración ilegal (art. 318 bis CP)",
        "Tráfico ilícito de migrantes",
        "Delito contra los derechos de los ciudadanos extranjeros (318 bis)",
        "Inmigración clandestina - 318 bis",
    ),
    "trafficking": (
        "Trata de seres humanos (art. 177 bis CP)",
        "TSH",
        "Trata de seres humanos",
    ),
    "both": (
        "Trata (177 bis) y tráfico de migrantes (318 bis)",
        "TSH + favorecimiento de la inmigración ilegal",
    ),
}
_CRIME_EN: _Words = {
    "smuggling": ("SOM", "Smuggling of migrants", "Migrant smuggling", "People smuggling"),
    "trafficking": ("TIP", "Trafficking in persons", "Human trafficking"),
    "both": ("TIP/SOM", "Trafficking & smuggling", "TIP + SOM"),
}
_EXPL: dict[str, _Words] = {
    "sr971": {
        "sexual": ("Exploitation sexuelle", "prostitution forcée", "sexuelle"),
        "forced_labour": ("Travail forcé", "exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "délinquance forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "autre forme d'exploitation"),
    },
    "gend974": {
        "sexual": ("EXPL_SEXUELLE", "exploitation sexuelle"),
        "forced_labour": ("TRAVAIL_FORCE", "travail forcé"),
        "forced_criminality": ("CRIMINALITE_FORCEE", "criminalité forcée"),
        "organ_removal": ("PRELEVEMENT_ORGANES",),
        "forced_marriage": ("MARIAGE_FORCE", "mariage forcé"),
        "other": ("AUTRE", "autre"),
    },
    "stpj988": {
        "sexual": ("Sexuelle", "Exploitation sexuelle"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Criminalité forcée",),
        "organ_removal": ("Organes (prélèvement)",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre",),
    },
    "gcceuta": {
        "sexual": ("Explotación sexual", "sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "explotación para actividades delictivas"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra", "otras formas"),
    },
    "rvipf": {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
}
#: Exploitation cell of a pure smuggling case.
_NO_EXPL = {
    "sr971": ("", "", "sans objet", "-"),
    "gend974": ("",),
    "stpj988": ("", "", "Sans objet"),
    "gcceuta": ("", "", "No procede"),
    "rvipf": ("", "", "N/A"),
}

_GENDER: dict[str, _Words] = {
    "sr971": {
        "male": ("Masculin", "H", "hommes", "masculin"),
        "female": ("Féminin", "F", "femmes", "féminin"),
        "mixed": ("Mixte", "H/F", "hommes et femmes"),
    },
    "gend974": {
        "male": ("H", "homme(s)", "MASCULIN"),
        "female": ("F", "femme(s)", "FEMININ"),
        "mixed": ("MIXTE", "mixte", "H+F"),
    },
    "stpj988": {
        "male": ("Hommes", "H"),
        "female": ("Femmes", "F"),
        "mixed": ("Mixte", "H+F"),
    },
    "gcceuta": {
        "male": ("H", "hombres", "varones"),
        "female": ("M", "mujeres", "Mujeres"),
        "mixed": ("H y M", "mixto", "ambos sexos"),
    },
    "rvipf": {
        "male": ("M", "Male"),
        "female": ("F", "Female"),
        "mixed": ("M/F", "Mixed", "Both"),
    },
}
_AGE: dict[str, _Words] = {
    "sr971": {
        "adult": ("Majeur(s)", "majeurs", "MAJ"),
        "child": ("Mineur(s)", "MNA", "mineurs"),
        "mixed": ("Majeurs et mineurs", "Mixte", "MAJ+MIN"),
    },
    "gend974": {
        "adult": ("majeur", "ADULTE"),
        "child": ("mineur", "MINEUR"),
        "mixed": ("mixte", "MIXTE"),
    },
    "stpj988": {
        "adult": ("Adultes", "Majeurs"),
        "child": ("Mineurs", "Enfants"),
        "mixed": ("Mixte", "Adultes + mineurs"),
    },
    "gcceuta": {
        "adult": ("Mayores", "Adultos", "mayores de edad"),
        "child": ("Menores", "NNA", "menores de edad"),
        "mixed": ("Mixto", "Mayores y menores"),
    },
    "rvipf": {
        "adult": ("Adult", "Adults"),
        "child": ("Juvenile", "Minor", "Juv"),
        "mixed": ("Both", "Adults & juveniles"),
    },
}
#: An age group or transport mode not given (read as ``unknown``).
_NA_WORD = {
    "sr971": ("non renseigné", "NR"),
    "gend974": ("NON_RENSEIGNE", "inconnu"),
    "stpj988": ("Non renseigné", "Sans objet"),
    "gcceuta": ("No consta", "s/d"),
    "rvipf": ("N/K", "N/A"),
}
_TRANSPORT: dict[str, _Words] = {
    "sr971": {
        "sea": ("Maritime", "small boat", "embarcation pneumatique", "voie maritime", "bateau"),
        "land": ("Terrestre", "poids lourd", "PL", "véhicule léger", "à pied", "voie routière"),
        "air": ("Aérien", "voie aérienne", "avion"),
    },
    "gend974": {
        "sea": ("MARITIME", "maritime", "embarcation"),
        "land": ("TERRESTRE", "terrestre", "routier"),
        "air": ("AERIEN", "aérien"),
    },
    "stpj988": {
        "sea": ("Maritime", "Embarcation", "Navire"),
        "land": ("Terrestre", "Route", "Camion", "À pied"),
        "air": ("Aérien", "Vol commercial"),
    },
    "gcceuta": {
        "sea": ("Marítimo", "patera", "cayuco", "embarcación neumática", "neumática"),
        "land": ("Terrestre", "a pie", "vehículo", "camión", "autobús"),
        "air": ("Aéreo", "vuelo comercial"),
    },
    "rvipf": {
        "sea": ("Sea", "Vessel", "Small boat", "Dinghy", "Go-fast"),
        "land": ("Land", "Vehicle", "HGV", "On foot", "Bus"),
        "air": ("Air", "Commercial flight", "Aircraft"),
    },
}
_OFFENCES: dict[str, _Words] = {
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents", "usage de faux (441-1 CP)"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment", "blanchiment (324-1 CP)"),
        "illicit_goods": ("contrebande", "marchandises prohibées"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    "en": {
        "document_fraud": ("Document fraud", "Forged documents"),
        "corruption": ("Corruption", "Bribery"),
        "money_laundering": ("Money laundering",),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
}
_OFFENCE_CODES_974 = {
    "document_fraud": "FRAUDE_DOC",
    "corruption": "CORRUPTION",
    "money_laundering": "BLANCHIMENT",
    "illicit_goods": "CONTREBANDE",
    "cybercrime": "CYBER",
    "terrorism": "TERRORISME",
}
_NO_OFFENCE = {
    "sr971": ("", "", "", "néant"),
    "gend974": ("",),
    "stpj988": ("", "", "Aucune"),
    "gcceuta": ("", "", "ninguno"),
    "rvipf": ("", "", "None", "nil"),
}
_NO_TRANSIT = {
    "sr971": ("", "", "néant", "direct"),
    "gend974": ("",),
    "stpj988": ("", "", "Aucun"),
    "gcceuta": ("", "", "directo", "ninguno"),
    "rvipf": ("", "", "Direct", "nil"),
}
#: A count of persons not known (the row stays a record with no count).
_COUNT_UNKNOWN = {
    "sr971": ("NC", "inconnu", "non déterminé"),
    "gend974": ("NC", "inconnu"),
    "stpj988": ("NC", "n.c.", "Inconnu"),
    "gcceuta": ("s/d", "desconocido", "N/D"),
    "rvipf": ("N/K", "Unk", "TBC"),
}
_SUSPECTS_UNKNOWN = {
    "sr971": ("NC", "inconnu"),
    "gend974": ("inconnu", "NC"),
    "stpj988": ("n.c.", "Inconnu"),
    "gcceuta": ("s/d", "desconocido"),
    "rvipf": ("N/K", "Unk"),
}
_ZERO_WORD = {
    "sr971": ("néant", "aucun", "Néant"),
    "gend974": ("aucun", "néant"),
    "stpj988": ("Aucun", "Néant"),
    "gcceuta": ("ninguno", "sin detenidos", "Ninguno"),
    "rvipf": ("nil", "None", "Nil"),
}
_NATIONALITY_UNKNOWN = {
    "sr971": ("inconnue", "indéterminée"),
    "gend974": ("INCONNUE", "inconnue"),
    "stpj988": ("Inconnue", "Non déterminée"),
    "gcceuta": ("desconocida", "No consta"),
    "rvipf": ("Unknown", "N/K"),
}
_COORDS_UNKNOWN = {
    "sr971": ("non relevé", "NR"),
    "gend974": ("inconnu",),
    "stpj988": ("Non relevé", "n.c."),
    "gcceuta": ("sin datos", "s/d"),
    "rvipf": ("N/K", "Not recorded"),
}
_UNITS_SR = ("SR PAP", "SR PAP / Gpe filières", "SR PAP / cellule TEH", "SR Pointe-à-Pitre")


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_SR971 = Blind87Source(
    source="sr_guadeloupe_ck",
    filename="sr_guadeloupe_ck.csv",
    ref="SR971/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° procédure",
        "unit": "Unité",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Finalité exploitation",
        "n_persons": "Nb ESI / victimes",
        "n_suspects": "Nb MEC",
        "gender": "Sexe",
        "age_group": "Maj./Min.",
        "nationality": "Nationalité",
        "origin_country": "Pays de provenance",
        "destination_country": "Destination déclarée",
        "detection_country": "Pays d'interpellation",
        "transit_countries": "Pays traversés",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS (DMS)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : extraction provisoire, chiffres non consolidés - diffusion restreinte",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "groupe"),
    repeats=True,
    style="sr971",
    partial_share=0.06,
)
_GEND974 = Blind87Source(
    source="comgend_reunion_ck",
    filename="comgend_reunion_ck.jsonl",
    ref="GEND974-VEILLE-{yy:02d}-{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "num_fiche",
        "event_date": "date_fait",
        "crime_type": "qualification",
        "exploitation": "finalite_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_auteurs",
        "gender": "sexe",
        "age_group": "tranche_age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_constat",
        "transit_countries": "pays_transit",
        "transport_mode": "vecteur",
        "lat": "lat_wgs84",
        "lon": "lon_wgs84",
        "linked_offences": "infractions_connexes",
    },
    note="Digest établi à partir des messages partenaires - DR (diffusion restreinte)",
    total="TOTAL DIGEST",
    bad_count=("plusieurs", "groupe"),
    repeats=False,
    style="gend974",
    partial_share=0.05,
)
_STPJ988 = Blind87Source(
    source="dtpn_nc_stpj_ck",
    filename="dtpn_nc_stpj_ck.csv",
    ref="STPJ-NC {seq:05d}/{yy:02d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "Réf. dossier",
        "event_date": "Date de constatation",
        "crime_type": "Nature de l'infraction",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nombre de personnes",
        "n_suspects": "Nombre d'auteurs",
        "gender": "Sexe",
        "age_group": "Tranche d'âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de constatation",
        "transit_countries": "Pays de transit",
        "transport_mode": "Vecteur",
        "lat": "Latitude (°)",
        "lon": "Longitude (°)",
        "linked_offences": "Infractions liées",
    },
    note="Données arrêtées en fin de mois, sous réserve de mise à jour",
    total="Total général",
    bad_count=("plusieurs", "nombreuses"),
    repeats=False,
    style="stpj988",
    partial_share=0.05,
)
_GCCEUTA = Blind87Source(
    source="gc_ceuta_ck",
    filename="gc_ceuta_ck.xlsx",
    ref="CE-{seq:04d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Atestado",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº detenidos",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de intervención",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (GMS)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación",
    total="TOTAL",
    bad_count=("varios", "numerosos", "un grupo"),
    repeats=True,
    style="gcceuta",
    partial_share=0.05,
)
_RVIPF = Blind87Source(
    source="rvipf_cid_ck",
    filename="rvipf_cid_ck.csv",
    ref="CID/{year}/{seq:04d}",
    format="csv",
    encoding="utf-8",
    delimiter="|",
    language="en",
    headers={
        "source_ref": "Occurrence No.",
        "event_date": "Date of Offence (dd/mm/yyyy)",
        "crime_type": "Offence",
        "exploitation": "Exploitation Type",
        "n_persons": "No. of Persons (PAX)",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex (M/F)",
        "age_group": "Adult/Juvenile",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country Detected",
        "transit_countries": "Transit Route",
        "transport_mode": "Conveyance",
        "lat": "Lat (DD)",
        "lon": "Long (DD)",
        "linked_offences": "Associated Offences",
    },
    note="NB: figures subject to revision - RESTRICTED",
    total="Grand Total",
    bad_count=("several", "multiple", "a group"),
    repeats=False,
    style="rvipf",
    partial_share=0.05,
)

#: The variant's five sources, in the order of the submissions.
BLIND87_SOURCES: tuple[Blind87Source, ...] = (_SR971, _GEND974, _STPJ988, _GCCEUTA, _RVIPF)

_PRIMARY = {
    "FRA": _SR971.source,
    "GRC": _SR971.source,
    "ITA": _STPJ988.source,
    "ESP": _GCCEUTA.source,
    "PAN": _GCCEUTA.source,
    "GBR": _RVIPF.source,
    "USA": _RVIPF.source,
}
_SECONDARY = {
    ("channel", "FRA"): _RVIPF.source,
    ("channel", "GBR"): _SR971.source,
    ("thb_nga_ita", "ITA"): _SR971.source,
    ("wmed", "ESP"): _SR971.source,
    ("thb_vnm_gbr", "GBR"): _GEND974.source,
    ("cmed", "ITA"): _GEND974.source,
    ("emed", "GRC"): _GEND974.source,
    ("watl", "ESP"): _GEND974.source,
    ("wbal", "HRV"): _STPJ988.source,
    ("blr_pol", "POL"): _STPJ988.source,
    ("thb_rou_esp", "ESP"): _STPJ988.source,
    ("thb_rou_esp", "ITA"): _GCCEUTA.source,
    ("us_mex", "USA"): _GCCEUTA.source,
    ("darien", "PAN"): _RVIPF.source,
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _fit(src: Blind87Source, text: str, fallback: str) -> str:
    return text if fits(text, src) else fallback


def _name(code: str, lang: str, rng: _Rng) -> str:
    names = _NAMES.get(code, {}).get(lang)
    if names:
        return choice(rng, names)
    country = pycountry.countries.get(alpha_3=code)
    return str(country.name) if country is not None and lang == "en" else code


def _demonym(code: str, lang: str, rng: _Rng) -> str:
    words = _DEMONYMS.get(code, {}).get(lang)
    return choice(rng, words) if words else _name(code, lang, rng)


def _garble(src: Blind87Source, text: str, rng: _Rng, tags: list[str], share: float) -> str:
    if rng.random() < share:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append("mojibake")
            return bad
    return text


def _country_cell(
    src: Blind87Source, code: str, rng: _Rng, tags: list[str], *, nationality: bool = False
) -> str:
    """One country (or nationality) as the source writes it."""
    style = src.style
    r = rng.random()
    if style == "sr971":
        if nationality and r < 0.7:
            text = _demonym(code, "fr", rng)
        else:
            text = _name(code, "fr", rng)
        if rng.random() < 0.15:
            text = text.upper()
            tags.append("upper_case")
        return _fit(src, text, code)
    if style == "gend974":
        if r < 0.3:
            tags.append("iso3")
            return code
        if r < 0.5:
            tags.append("iso2")
            return iso_codes(code)[0]
        text = _demonym(code, "fr", rng) if nationality and r < 0.75 else _name(code, "fr", rng)
        return _garble(src, text, rng, tags, 0.12)
    if style == "stpj988":
        if nationality and r < 0.55:
            return _demonym(code, "fr", rng).capitalize()
        return _name(code, "fr", rng)
    if style == "gcceuta":
        if nationality and r < 0.6:
            return _demonym(code, "es", rng)
        if r < 0.08:
            tags.append("upper_case")
            return _name(code, "es", rng).upper()
        return _name(code, "es", rng)
    # rvipf
    if nationality and r < 0.7:
        text = _demonym(code, "en", rng)
    elif r < 0.85:
        text = _name(code, "en", rng)
    else:
        tags.append("iso3")
        text = code
    return _garble(src, text, rng, tags, 0.08)


def _detection_cell(src: Blind87Source, ev: dict[str, object], rng: _Rng, tags: list[str]) -> str:
    code = str(ev["detection_country"])
    place = _PLACES_FR.get(str(ev.get("hotspot") or ""))
    if src.style == "sr971" and place is not None and rng.random() < 0.3:
        tags.append("place_in_country")
        name = _name(code, "fr", rng)
        text = f"{name} ({place})" if code == "FRA" else f"{name} – {place}"
        return _fit(src, text, f"{name} ({place})")
    return _country_cell(src, code, rng, tags)


def _transit_cell(src: Blind87Source, transit: object, rng: _Rng, tags: list[str]) -> str | None:
    if transit is None:
        word = choice(rng, _NO_TRANSIT[src.style])
        if word:
            tags.append("none_word")
        return word or None
    codes = str(transit).split("|")
    style = src.style
    if style == "gend974":
        if rng.random() < 0.5:
            tags.append("iso2")
            return ">".join(iso_codes(c)[0] for c in codes)
        return ", ".join(_name(c, "fr", rng) for c in codes)
    if style == "sr971":
        sep = choice(rng, (" - ", " / ", ", "))
        return _fit(src, sep.join(_name(c, "fr", rng) for c in codes), sep.join(codes))
    if style == "stpj988":
        return choice(rng, (" / ", " > ", ", ")).join(_name(c, "fr", rng) for c in codes)
    if style == "gcceuta":
        names = [_name(c, "es", rng) for c in codes]
        if len(names) > 1 and rng.random() < 0.5:
            tags.append("list_with_y")
            return ", ".join(names[:-1]) + " y " + names[-1]
        return choice(rng, (", ", " - ")).join(names)
    names = [_name(c, "en", rng) for c in codes]
    if rng.random() < 0.3:
        return "via " + ", ".join(names)
    return " > ".join(names)


def _offences_cell(src: Blind87Source, offences: object, rng: _Rng, tags: list[str]) -> str | None:
    if offences is None:
        word = choice(rng, _NO_OFFENCE[src.style])
        if word:
            tags.append("none_word")
        return word or None
    items = str(offences).split("|")
    if src.style == "gend974":
        if rng.random() < 0.6:
            return "+".join(_OFFENCE_CODES_974[i] for i in items)
        return ", ".join(choice(rng, _OFFENCES["fr"][i]) for i in items)
    words = [choice(rng, _OFFENCES[src.language][i]) for i in items]
    sep = {"sr971": " + ", "stpj988": " ; ", "gcceuta": ", ", "rvipf": "; "}[src.style]
    return sep.join(words)


def _crime_cell(src: Blind87Source, ev: dict[str, object], rng: _Rng) -> str:
    crime = str(ev["crime_type"])
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    style = src.style
    if style == "sr971":
        # the CESEDA was recast on 1 May 2021: L.622-1 became L.823-1
        ceseda = "L.622-1" if ts < pd.Timestamp("2021-05-01") else "L.823-1"
        return choice(rng, _CRIME_FR_SR[crime]).format(ceseda=ceseda)
    table = {
        "gend974": _CRIME_FR_974,
        "stpj988": _CRIME_FR_988,
        "gcceuta": _CRIME_ES,
        "rvipf": _CRIME_EN,
    }[style]
    return choice(rng, table[crime])


def _exploitation_cell(src: Blind87Source, ev: dict[str, object], rng: _Rng) -> str | None:
    form = ev["exploitation"]
    if form is None:
        return choice(rng, _NO_EXPL[src.style]) or None
    return choice(rng, _EXPL[src.style][str(form)])


def _thousands(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _count_cell(
    src: Blind87Source, ev: dict[str, object], rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return the count of persons as written, and the count an analyst reads."""
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    style = src.style
    if rng.random() < 0.03:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style]), None
    r = rng.random()
    if style == "sr971":
        if n >= 1000 and r < 0.7:
            tags.append("thousands_sep")
            return _thousands(n, choice(rng, ("\xa0", " "))), n
        if r < 0.12:
            tags.append("count_unit")
            unit = "ESI" if ev["crime_type"] == "smuggling" else "victime(s)"
            return f"{n} {unit}", n
        return str(n), n
    if style == "gend974":
        if n >= 1000 and r < 0.5:
            tags.append("thousands_sep")
            return _thousands(n, " "), n
        if r < 0.1:
            tags.append("count_as_text")
            return str(n), n
        return n, n
    if style == "stpj988":
        if n >= 1000 and r < 0.8:
            tags.append("thousands_sep")
            return _thousands(n, "\u202f"), n
        return str(n), n
    if style == "gcceuta":
        if n >= 1000 and r < 0.5:
            tags.append("thousands_sep")
            return _thousands(n, "."), n
        if r < 0.06:
            tags.append("count_unit")
            return f"{n} personas", n
        return n, n
    if n >= 1000 and r < 0.7:
        tags.append("thousands_sep")
        return _thousands(n, ","), n
    if r < 0.1:
        tags.append("count_unit")
        return f"{n} pax", n
    return str(n), n


def _suspects_cell(
    src: Blind87Source, ev: dict[str, object], rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSPECTS_UNKNOWN[src.style]), None
    if k == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO_WORD[src.style]), 0
    if src.format == "csv":
        return str(k), k
    return k, k


def _date_of(ts: pd.Timestamp, prec: str) -> pd.Timestamp:
    if prec == "month":
        return ts.to_period("M").start_time
    if prec == "quarter":
        return ts.to_period("Q").start_time
    return ts


def _fr_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


def _en_day(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _month_text(src: Blind87Source, ts: pd.Timestamp, rng: _Rng) -> str:
    y, m = ts.year, ts.month
    style = src.style
    if style == "sr971":
        return choice(
            rng, (f"{_FR_MONTHS[m - 1]} {y}", f"courant {_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}")
        )
    if style == "gend974":
        return f"{y}-{m:02d}"
    if style == "stpj988":
        return choice(rng, (f"{_FR_MONTHS[m - 1]} {y}", f"{m:02d}/{y}"))
    if style == "gcceuta":
        return choice(
            rng, (f"{_ES_MONTHS[m - 1]} {y}", f"{_ES_MONTHS[m - 1]} de {y}", f"{m:02d}/{y}")
        )
    return choice(rng, (f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]}-{y}"))


def _quarter_text(src: Blind87Source, ts: pd.Timestamp, rng: _Rng) -> str:
    y, q = ts.year, ts.quarter
    style = src.style
    if style == "sr971":
        return choice(rng, (f"T{q} {y}", f"{'1er' if q == 1 else f'{q}e'} trimestre {y}"))
    if style == "gend974":
        return choice(rng, (f"{y}-T{q}", f"T{q}-{y}"))
    if style == "stpj988":
        return choice(rng, (f"T{q} {y}", f"{'1er' if q == 1 else f'{q}e'} trim. {y}"))
    if style == "gcceuta":
        return choice(rng, (f"{q}º trimestre {y}", f"{y}T{q}", f"{_ROMAN[q - 1]} trimestre {y}"))
    return choice(rng, (f"Q{q} {y}", f"Q{q}/{y}", f"{_en_day(q)} Qtr {y}"))


def _day_text(src: Blind87Source, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    style = src.style
    if style == "sr971":
        if r < 0.58:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.68:
            tags.append("two_digit_year")
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if r < 0.78:
            tags.append("date_words")
            return f"le {_fr_day(d)} {_FR_MONTHS[m - 1]} {y}"
        if r < 0.88:
            tags.append("date_words")
            return f"{_fr_day(d)} {_FR_MONTHS_ABBR[m - 1]} {y}"
        if r < 0.94:
            return f"{d:02d}.{m:02d}.{y}"
        return f"{d:02d}-{m:02d}-{y}"
    if style == "gend974":
        if r < 0.55:
            return f"{y}-{m:02d}-{d:02d}"
        if r < 0.7:
            tags.append("timestamp_tz")
            hh = int(rng.integers(6, 21))
            mm = int(rng.integers(0, 60))
            return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+04:00"
        if r < 0.88:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.94:
            tags.append("compact_date")
            return f"{y}{m:02d}{d:02d}"
        return f"{d:02d}-{m:02d}-{y}"
    if style == "stpj988":
        if r < 0.58:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.73:
            tags.append("date_words")
            return f"{d}-{_FR_MONTHS_ABBR[m - 1]}-{y % 100:02d}"
        if r < 0.83:
            tags.append("date_words")
            return f"{_FR_DAYS[ts.weekday()]} {d} {_FR_MONTHS[m - 1]} {y}"
        if r < 0.93:
            tags.append("two_digit_year")
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        tags.append("date_time")
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}"
    if style == "gcceuta":
        if r < 0.55:
            tags.append("excel_date")
            return ts.to_pydatetime()
        if r < 0.67:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days)
        if r < 0.8:
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.9:
            tags.append("date_words")
            return f"{d:02d}-{_ES_MONTHS_ABBR[m - 1]}-{y}"
        tags.append("date_words")
        return f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    if r < 0.5:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.65:
        tags.append("date_words")
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    if r < 0.75:
        tags.append("date_words")
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}"
    if r < 0.85:
        tags.append("date_words")
        return f"{_en_day(d)} {MONTHS[m - 1]} {y}"
    if r < 0.95:
        tags.append("two_digit_year")
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    return f"{y}-{m:02d}-{d:02d}"


def _date_cell(
    src: Blind87Source, ts: pd.Timestamp, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, pd.Timestamp, str]:
    """Return the date as written, the date an analyst reads and its precision."""
    if partial_ok and rng.random() < src.partial_share:
        if rng.random() < 0.65:
            tags.append("partial_month")
            return _month_text(src, ts, rng), _date_of(ts, "month"), "month"
        tags.append("partial_quarter")
        return _quarter_text(src, ts, rng), _date_of(ts, "quarter"), "quarter"
    return _day_text(src, ts, rng, tags), ts, "day"


def _dms(value: float, pos: str, neg: str, *, deg: str, sec: str, width: int) -> tuple[str, float]:
    """Degrees, minutes and seconds (a tenth of a second), and the value they denote."""
    a = abs(value)
    tenths = round(a * 36000)  # whole tenths of a second
    d, rest = divmod(tenths, 36000)
    m, s10 = divmod(rest, 600)
    text = f"{d:0{width}d}{deg}{m:02d}'{s10 // 10:02d}.{s10 % 10}{sec}{pos if value >= 0 else neg}"
    parsed = (d + m / 60 + s10 / 36000) * (1 if value >= 0 else -1)
    return text, round(parsed, 7)


def _dms_whole(value: float, pos: str, neg: str, *, deg: str, sep: str) -> tuple[str, float]:
    """Degrees, minutes and whole seconds (Spanish style), and the value they denote."""
    a = abs(value)
    secs = round(a * 3600)
    d, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    text = f"{d}{deg}{sep}{m:02d}'{sep}{s:02d}''{sep}{pos if value >= 0 else neg}"
    parsed = (d + m / 60 + s / 3600) * (1 if value >= 0 else -1)
    return text, round(parsed, 7)


def _ddm(value: float, pos: str, neg: str, *, width: int) -> tuple[str, float]:
    """Degrees and decimal minutes with a decimal comma (maritime style)."""
    a = abs(value)
    thou = round(a * 60000)  # thousandths of a minute
    d, rest = divmod(thou, 60000)
    text = f"{d:0{width}d}°{rest // 1000:02d},{rest % 1000:03d}' {pos if value >= 0 else neg}"
    parsed = (d + rest / 60000) * (1 if value >= 0 else -1)
    return text, round(parsed, 7)


def _coords(
    src: Blind87Source, ev: dict[str, object], rng: _Rng, tags: list[str], blank: bool
) -> tuple[dict[str, object], float | None, float | None]:
    """Coordinate cells (``coordinates`` or ``lat``/``lon``) and the point they give."""
    combined = "coordinates" in src.headers
    style = src.style
    lat_v, lon_v = ev["lat"], ev["lon"]
    if blank or lat_v is None or lon_v is None:
        if blank:
            tags.append("blank_coordinates")
        else:
            tags.append("coords_missing")
        return ({"coordinates": None} if combined else {"lat": None, "lon": None}), None, None
    r = rng.random()
    if r < 0.02:
        tags.append("coords_missing")
        return ({"coordinates": None} if combined else {"lat": None, "lon": None}), None, None
    if r < 0.04:
        tags.append("coords_placeholder")
        word = choice(rng, _COORDS_UNKNOWN[style])
        return ({"coordinates": word} if combined else {"lat": word, "lon": word}), None, None
    lat, lon = float(lat_v), float(lon_v)  # type: ignore[arg-type]
    r = rng.random()
    if style == "sr971":
        if r < 0.65:
            tags.append("coords_dms")
            sec = choice(rng, ('"', "''"))
            lat_t, lat_p = _dms(lat, "N", "S", deg="°", sec=sec, width=2)
            lon_t, lon_p = _dms(lon, "E", "O", deg="°", sec=sec, width=1)
            return {"coordinates": f"{lat_t} {lon_t}"}, lat_p, lon_p
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    if style == "gend974":
        la, lo = round(lat, 5), round(lon, 5)
        if r < 0.2:
            tags.append("decimal_comma")
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
            )
        return {"lat": la, "lon": lo}, la, lo
    if style == "stpj988":
        if ev["transport_mode"] == "sea" and r < 0.6:
            tags.append("coords_ddm")
            lat_t, lat_p = _ddm(lat, "N", "S", width=2)
            lon_t, lon_p = _ddm(lon, "E", "W", width=3)
            return {"lat": lat_t, "lon": lon_t}, lat_p, lon_p
        tags.append("decimal_comma")
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}, la, lo
    if style == "gcceuta":
        if r < 0.6:
            tags.append("coords_dms")
            sep = choice(rng, ("", " "))
            lat_t, lat_p = _dms_whole(lat, "N", "S", deg="º", sep=sep)
            lon_t, lon_p = _dms_whole(lon, "E", "O", deg="º", sep=sep)
            return {"coordinates": f"{lat_t}{choice(rng, (' ', ', '))}{lon_t}"}, lat_p, lon_p
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f} / {lo:.5f}"}, la, lo
    la, lo = round(lat, 4), round(lon, 4)
    if r < 0.35:
        tags.append("coords_hemisphere")
        lat_t = f"{abs(la):.4f}{'N' if la >= 0 else 'S'}"
        lon_t = f"{abs(lo):.4f}{'E' if lo >= 0 else 'W'}"
        return {"lat": lat_t, "lon": lon_t}, la, lo
    return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo


def _render(
    src: Blind87Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    tags: list[str] = []
    style = src.style
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    if "unit" in src.headers:
        cells["unit"] = _fit(src, choice(rng, _UNITS_SR), "SR PAP")
    date_cell, day, precision = _date_cell(src, ts, rng, tags, partial_ok=partial_ok)
    cells["event_date"] = date_cell
    cells["crime_type"] = _crime_cell(src, ev, rng)
    cells["exploitation"] = _exploitation_cell(src, ev, rng)
    count_cell, n_persons = _count_cell(src, ev, rng, tags)
    cells["n_persons"] = count_cell
    sus_cell, n_suspects = _suspects_cell(src, ev, rng, tags, forced_blank == "n_suspects")
    cells["n_suspects"] = sus_cell

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], gender = None, "unknown"
    else:
        cells["gender"] = choice(rng, _GENDER[style][gender])

    age = str(ev["age_group"])
    if rng.random() < 0.012:
        tags.append("na_word")
        cells["age_group"], age = choice(rng, _NA_WORD[style]), "unknown"
    else:
        cells["age_group"] = choice(rng, _AGE[style][age])

    nationality: object = ev["nationality"]
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], nationality = None, None
    elif rng.random() < 0.012:
        tags.append("blank_nationality")
        cells["nationality"], nationality = choice(rng, _NATIONALITY_UNKNOWN[style]), None
    else:
        cells["nationality"] = _country_cell(src, str(nationality), rng, tags, nationality=True)
    cells["origin_country"] = _country_cell(src, str(ev["origin_country"]), rng, tags)
    cells["destination_country"] = _country_cell(src, str(ev["destination_country"]), rng, tags)

    detection: object = ev["detection_country"]
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], detection = None, None
    else:
        cells["detection_country"] = _detection_cell(src, ev, rng, tags)
    cells["transit_countries"] = _transit_cell(src, ev["transit_countries"], rng, tags)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.01:
        tags.append("na_word")
        cells["transport_mode"], mode = choice(rng, _NA_WORD[style]), "unknown"
    else:
        cells["transport_mode"] = _fit(src, choice(rng, _TRANSPORT[style][mode]), mode)

    coord_cells, lat, lon = _coords(src, ev, rng, tags, forced_blank == "coordinates")
    cells.update(coord_cells)
    cells["linked_offences"] = _offences_cell(src, ev["linked_offences"], rng, tags)

    for key, value in list(cells.items()):  # every cell must fit the file's encoding
        if isinstance(value, str) and not fits(value, src):
            raise ValueError(f"{src.filename}: cell {key}={value!r} does not fit {src.encoding}")

    expected: dict[str, object] = {
        "event_date": day,
        "date_precision": precision,
        "crime_type": ev["crime_type"],
        "exploitation": ev["exploitation"],
        "n_persons": n_persons,
        "n_suspects": n_suspects,
        "gender": gender,
        "age_group": age,
        "nationality": nationality,
        "origin_country": ev["origin_country"],
        "destination_country": ev["destination_country"],
        "detection_country": detection,
        "transit_countries": ev["transit_countries"],
        "transport_mode": mode,
        "lat": lat,
        "lon": lon,
        "linked_offences": ev["linked_offences"],
    }
    return cells, expected, tags


def _bad_date(src: Blind87Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or future."""
    if kind == "no_date":
        return None
    y = ts.year
    if kind == "bad_date":
        day, month = choice(rng, ("31/02", "30/02", "31/04", "31/06", "31/09", "31/11")).split("/")
        if src.style == "gend974":
            return f"{y}-{month}-{day}"
        if src.style == "rvipf" and rng.random() < 0.4:
            return f"{_en_day(int(day))} {MONTHS[int(month) - 1]} {y}"
        if src.style == "gcceuta" and rng.random() < 0.4:
            return f"{day}-{_ES_MONTHS_ABBR[int(month) - 1]}-{y}"
        return f"{day}/{month}/{y}"
    # a mistyped year; 29 February becomes the 28th (the future year may not be leap)
    future = pd.Timestamp(
        _FUTURE_YEAR.get(y, y + 200), ts.month, min(ts.day, 28 if ts.month == 2 else 31)
    )
    if src.style == "gend974":
        return future.strftime("%Y-%m-%d")
    if src.style == "gcceuta":
        return future.to_pydatetime()
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind87Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (its last day)."""
    if src.style == "gend974":
        return last.strftime("%Y-%m-%d")
    if src.style == "gcceuta":
        return last.to_pydatetime()
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Blind87Source] = Examiner(
    sources=BLIND87_SOURCES,
    primary=_PRIMARY,
    compilation=_GEND974.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=8787,
    blank_share=0.35,
)


def make_blind87(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind87`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``sr_guadeloupe_ck.csv``, ``comgend_reunion_ck.jsonl``, ``dtpn_nc_stpj_ck.csv``,
        ``gc_ceuta_ck.xlsx`` and ``rvipf_cid_ck.csv``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind87(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['sr_guadeloupe_ck.csv', 'comgend_reunion_ck.jsonl', 'dtpn_nc_stpj_ck.csv',
     'gc_ceuta_ck.xlsx', 'rvipf_cid_ck.csv']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
