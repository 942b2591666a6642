"""Examiner sample set ``blind156`` (files ``*_fb.*``): the Channel seen from Kent and Brussels.

Five agencies that never wrote a sample set before, each in its own words:

``ie_ice_gb_fb.xlsx``
    UK Home Office Immigration Enforcement, Immigration Compliance and Enforcement (ICE)
    teams: the encounters log of the teams in Kent, London, the Midlands and Scotland
    (English; real Excel dates, a few typed as text; "OIC" / "MSHT" categories, "UASC"
    for unaccompanied children, "Nil" arrests, nationality as Home Office three-letter
    codes or demonyms, "England" / "Scotland" as the country, routes joined by ``>``).
``bxlrefugees_fb.jsonl``
    Plateforme Citoyenne de Soutien aux Réfugiés (BXLRefugees), Brussels-North hub and
    Porte d'Ulysse shelter: testimonies of attempts at the French coast and of arrivals in
    England, a KoboToolbox export (French keys, counts as text, Kobo geopoints
    ``"lat lon altitude accuracy"``, "Angleterre" for the United Kingdom, "small boat").
``consejeria_interior_bruselas_fb.csv``
    Consejería de Interior of Spain's Permanent Representation to the EU in Brussels:
    Spanish national figures and items relayed from the liaison network in Panama and
    Italy, saved from Excel as "Texto Unicode" (UTF-16, tab-delimited; day-first dates,
    a few Excel serials, ``mayo de 2023`` and ``T2 2023``; thousands with a dot, decimal
    commas; "Art. 318 bis CP", "MENA", "salto de valla").
``reuters_migration_fb.csv``
    Reuters' migration data desk in London, the compilation of what no other source
    reports (Italy, Panama, the United States) and second reports (UTF-8 with BOM, ``,``;
    "May 17, 2023", numbers under ten spelled out, "Britain", "U.S.", demonyms,
    dateline coordinates to two decimals, "Europe" as a destination).
``fedasil_fb.csv``
    Fedasil (Belgian reception agency), trafficking and smuggling indications noted at
    the arrival centre in Brussels, about the applicants' interception in Greece, Croatia
    and Poland (French, cp1252, ``;``; Belgian legal wording where "trafic d'êtres
    humains" is smuggling and "exploitation économique" labour exploitation; quarters
    "T2 2023"; names garbled by a UTF-8 paste, ``GrÃ¨ce``).

The truth says what a careful analyst reads from each cell: a demonym, an alias or a
small typo is the country; "England", "Scotland", "Britain" and "Angleterre" are the
United Kingdom; "UASC", "MENA" and "MNA" are children; a month or a quarter is the start
of that period; "N/K", "no consta", "ne sait pas" are no value (kept rows); "Europe" as
a destination is no country; a count of "plusieurs" or "#VALUE!" is unreadable (quarantine).
"""

from __future__ import annotations

from typing import Final

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

__all__ = ["SOURCES", "make_blind156"]

_Rng = np.random.Generator

_ICE = "ie_ice_gb_fb"
_BXL = "bxlrefugees_fb"
_CONS = "consejeria_interior_bruselas_fb"
_RTR = "reuters_migration_fb"
_FED = "fedasil_fb"

# --------------------------------------------------------------------------------------
# Countries: the examiner's own wording (not the cleaner's tables)
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
_NAMES: Final[dict[str, tuple[str, str, str]]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Costa de Marfil"),
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
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Turkey", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Vietnam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG: Final = {"en": 0, "fr": 1, "es": 2}

# Nationality adjectives (masculine singular in French and Spanish).
_DEMONYMS: Final[dict[str, tuple[str, str, str]]] = {
    "AFG": ("Afghan", "afghan", "afgano"),
    "ALB": ("Albanian", "albanais", "albanés"),
    "BGD": ("Bangladeshi", "bangladais", "bangladesí"),
    "CHN": ("Chinese", "chinois", "chino"),
    "CIV": ("Ivorian", "ivoirien", "marfileño"),
    "CMR": ("Cameroonian", "camerounais", "camerunés"),
    "COL": ("Colombian", "colombien", "colombiano"),
    "DZA": ("Algerian", "algérien", "argelino"),
    "ECU": ("Ecuadorian", "équatorien", "ecuatoriano"),
    "EGY": ("Egyptian", "égyptien", "egipcio"),
    "ERI": ("Eritrean", "érythréen", "eritreo"),
    "GIN": ("Guinean", "guinéen", "guineano"),
    "GMB": ("Gambian", "gambien", "gambiano"),
    "GTM": ("Guatemalan", "guatémaltèque", "guatemalteco"),
    "HND": ("Honduran", "hondurien", "hondureño"),
    "HTI": ("Haitian", "haïtien", "haitiano"),
    "IRN": ("Iranian", "iranien", "iraní"),
    "IRQ": ("Iraqi", "irakien", "iraquí"),
    "MAR": ("Moroccan", "marocain", "marroquí"),
    "MEX": ("Mexican", "mexicain", "mexicano"),
    "MLI": ("Malian", "malien", "maliense"),
    "NGA": ("Nigerian", "nigérian", "nigeriano"),
    "PAK": ("Pakistani", "pakistanais", "pakistaní"),
    "ROU": ("Romanian", "roumain", "rumano"),
    "SEN": ("Senegalese", "sénégalais", "senegalés"),
    "SYR": ("Syrian", "syrien", "sirio"),
    "TUN": ("Tunisian", "tunisien", "tunecino"),
    "TUR": ("Turkish", "turc", "turco"),
    "VEN": ("Venezuelan", "vénézuélien", "venezolano"),
    "VNM": ("Vietnamese", "vietnamien", "vietnamita"),
    "YEM": ("Yemeni", "yéménite", "yemení"),
}

# Common other names, as each language's writers use them.
_ALIASES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "GBR": ("UK", "Britain"),
        "USA": ("U.S.", "USA"),
        "TUR": ("Türkiye",),
        "VNM": ("Viet Nam",),
        "CIV": ("Cote d'Ivoire",),
        "GIN": ("Guinea-Conakry",),
        "SYR": ("Syrian Arab Republic",),
        "IRN": ("Islamic Republic of Iran",),
        "RUS": ("Russian Federation",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK"),
        "GIN": ("Guinée-Conakry",),
        "VNM": ("Viêt Nam",),
        "BLR": ("Bélarus",),
        "USA": ("USA",),
    },
    "es": {
        "USA": ("EE. UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "CIV": ("Côte d'Ivoire",),
        "GBR": ("Inglaterra",),
    },
}

# Small slips of the keyboard, one per country the sources write often.
_TYPOS: Final[dict[str, tuple[str, str, str]]] = {
    "AFG": ("Afghanistna", "Afghanistant", "Afganistan"),
    "ERI": ("Eritria", "Erythrée", "Eritera"),
    "IRQ": ("Irq", "Irack", "Iraq"),
    "IRN": ("Iram", "Irann", "Iran"),
    "SYR": ("Syira", "Syire", "Sirya"),
    "ALB": ("Albainia", "Albanei", "Albnia"),
    "VNM": ("Veitnam", "Vietnan", "Vietman"),
    "MAR": ("Morrocco", "Marroc", "Marruceos"),
    "SEN": ("Sengal", "Sénagal", "Senegla"),
    "TUN": ("Tunsia", "Tunisei", "Tunez"),
    "VEN": ("Venezuala", "Venezuella", "Venezula"),
    "PAK": ("Pakisatn", "Pakistn", "Pakistam"),
    "NGA": ("Nigera", "Nigéira", "Nigeira"),
    "MLI": ("Malli", "Malli", "Malli"),
    "DZA": ("Algeira", "Algérei", "Argeila"),
    "ROU": ("Romaina", "Roumanei", "Rumaina"),
}


def _name(code: str, lang: str) -> str:
    return _NAMES[code][_LANG[lang]]


def _country(
    rng: _Rng, code: str, lang: str, weights: dict[str, float], col: str, tags: list[str]
) -> str:
    """Write one ISO3 code the way a source does; tag any form but the plain name."""
    styles = [s for s in weights if _country_form(code, lang, s, rng) is not None]
    w = np.array([weights[s] for s in styles], dtype=float)
    style = styles[int(rng.choice(len(styles), p=w / w.sum()))]
    text = _country_form(code, lang, style, rng)
    assert text is not None  # the style was kept because it has a form
    if style != "name":
        tags.append(f"{style}:{col}")
    return text


def _country_form(code: str, lang: str, style: str, rng: _Rng) -> str | None:
    name = _name(code, lang)
    if style == "name":
        return name
    if style == "upper":
        return name.upper()
    if style == "lower":
        return name.lower()
    if style == "iso3":
        return code
    if style == "iso2":
        return iso_codes(code)[0]
    if style == "demonym":
        dem = _DEMONYMS.get(code)
        return dem[_LANG[lang]] if dem else None
    if style == "demonym_upper":
        dem = _DEMONYMS.get(code)
        return dem[_LANG[lang]].upper() if dem else None
    if style == "alias":
        aliases = _ALIASES[lang].get(code)
        return aliases[0] if aliases else None
    if style == "typo":
        typo = _TYPOS.get(code)
        return typo[_LANG[lang]] if typo and typo[_LANG[lang]] != name else None
    if style == "mojibake":
        return mojibake(name)
    raise ValueError(style)


def _plural_en(demonym: str) -> str:
    """English plural of a demonym (``Afghan`` -> ``Afghans``; ``Chinese`` unchanged)."""
    return demonym if demonym.endswith("ese") else demonym + "s"


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MONTHS_FR: Final = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_MONTHS_ES: Final = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_MONTHS_EN: Final = (
    "January February March April May June July August September October November December"
).split()
_EPOCH: Final = pd.Timestamp("1899-12-30")


def _pick_style(rng: _Rng, weights: dict[str, float], partial_ok: bool) -> str:
    keys = [k for k in weights if partial_ok or not k.startswith(("month", "quarter"))]
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _write_date(style: str, ts: pd.Timestamp, exp: dict[str, object], tags: list[str]) -> object:
    """Write ``ts`` in one of the sources' styles; set the expected date and precision."""
    d, m, y = ts.day, ts.month, ts.year
    exp["event_date"] = ts.normalize()
    exp["date_precision"] = "day"
    if style.startswith("month"):
        exp["event_date"] = pd.Timestamp(year=y, month=m, day=1)
        exp["date_precision"] = "month"
        tags.append("partial_date")
    elif style.startswith("quarter"):
        exp["event_date"] = pd.Timestamp(year=y, month=3 * ((m - 1) // 3) + 1, day=1)
        exp["date_precision"] = "quarter"
        tags.append("partial_date")
    q = (m - 1) // 3 + 1
    forms: dict[str, object] = {
        "excel": ts.normalize().to_pydatetime(),
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "dmy_dash": f"{d:02d}-{m:02d}-{y}",
        "dmy_dot": f"{d:02d}.{m:02d}.{y}",
        "dmy_short": f"{d:02d}/{m:02d}/{y % 100:02d}",
        "d_mon_y": f"{d:02d}-{_MONTHS_EN[m - 1][:3]}-{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "serial": str((ts.normalize() - _EPOCH).days),
        "mdy_long": f"{_MONTHS_EN[m - 1]} {d}, {y}",
        "dmy_long": f"{d} {_MONTHS_EN[m - 1]} {y}",
        "month_fr": f"{_MONTHS_FR[m - 1]} {y}",
        "month_es": f"{_MONTHS_ES[m - 1]} de {y}",
        "month_en": f"{_MONTHS_EN[m - 1]} {y}",
        "month_num": f"{m:02d}/{y}",
        "quarter_t": f"T{q} {y}",
        "quarter_fr": f"{q}e trim. {y}" if q > 1 else f"1er trim. {y}",
        "quarter_en": f"Q{q} {y}",
    }
    if style == "serial":
        tags.append("serial_date")
    elif style == "excel":
        tags.append("excel_date")
    elif style == "dmy_short":
        tags.append("two_digit_year")
    return forms[style]


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
def _src(
    source: str,
    ext: str,
    ref: str,
    encoding: str,
    delimiter: str | None,
    language: str,
    headers: dict[str, str],
    note: str | None,
    total: str,
    bad_count: tuple[str, ...],
    repeats: bool,
) -> ExaminerSource:
    return ExaminerSource(
        source=source,
        filename=f"{source}.{ext}",
        ref=ref,
        format=ext,
        encoding=encoding,
        delimiter=delimiter,
        language=language,
        headers=headers,
        note=note,
        total=total,
        bad_count=bad_count,
        repeats=repeats,
    )


#: The five sources of the set, in the order :func:`make_blind156` returns them.
SOURCES: Final[tuple[ExaminerSource, ...]] = (
    _src(
        _ICE,
        "xlsx",
        "ICE/{yy:02d}/{seq:05d}",
        "utf-8",
        None,
        "en",
        {
            "source_ref": "Encounter Ref",
            "event_date": "Encounter Date",
            "crime_type": "Crime Category",
            "exploitation": "Exploitation Type",
            "n_persons": "No. Encountered",
            "n_suspects": "Arrests",
            "gender": "Sex",
            "age_group": "Age Category",
            "nationality": "Nationality",
            "detection_country": "Country",
            "transit_countries": "Reported Route",
            "transport_mode": "Method of Entry",
            "linked_offences": "Associated Offences",
        },
        "OFFICIAL-SENSITIVE. Extract from Atlas, figures provisional and subject to change",
        "TOTAL",
        ("#VALUE!", "see narrative"),
        True,
    ),
    _src(
        _BXL,
        "jsonl",
        "PC-{yy:02d}-{seq:04d}",
        "utf-8",
        None,
        "fr",
        {
            "source_ref": "code_fiche",
            "event_date": "date_evenement",
            "crime_type": "type_situation",
            "exploitation": "type_exploitation",
            "n_persons": "nb_personnes",
            "n_suspects": "passeurs_arretes",
            "gender": "genre",
            "age_group": "age",
            "nationality": "nationalite",
            "origin_country": "pays_origine",
            "destination_country": "destination",
            "detection_country": "pays_evenement",
            "transit_countries": "itineraire",
            "transport_mode": "moyen",
            "coordinates": "gps",
        },
        None,
        "total",
        ("plusieurs", "beaucoup"),
        False,
    ),
    _src(
        _CONS,
        "csv",
        "CIB-{year}/{seq:04d}",
        "utf-16",
        "\t",
        "es",
        {
            "source_ref": "Nº Reg.",
            "event_date": "Fecha hechos",
            "crime_type": "Tipología",
            "exploitation": "Finalidad explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Detenidos",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País origen",
            "destination_country": "País destino",
            "detection_country": "País detección",
            "transit_countries": "Tránsito",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        "Nota: datos provisionales, sujetos a revisión",
        "TOTAL GENERAL",
        ("varios", "#¡VALOR!"),
        False,
    ),
    _src(
        _RTR,
        "csv",
        "RTR-MIG-{year}-{seq:04d}",
        "utf-8-sig",
        ",",
        "en",
        {
            "source_ref": "Story ref",
            "event_date": "Date",
            "crime_type": "Type",
            "exploitation": "Exploitation",
            "n_persons": "People",
            "n_suspects": "Arrests",
            "gender": "Sex",
            "age_group": "Age",
            "nationality": "Nationality",
            "origin_country": "Origin",
            "destination_country": "Destination",
            "detection_country": "Country",
            "transit_countries": "Transit",
            "transport_mode": "Mode",
            "lat": "Lat",
            "lon": "Long",
            "linked_offences": "Related offences",
        },
        None,
        "Total",
        ("dozens", "several"),
        False,
    ),
    _src(
        _FED,
        "csv",
        "FED/{year}/{seq:05d}",
        "cp1252",
        ";",
        "fr",
        {
            "source_ref": "N° dossier",
            "event_date": "Date des faits",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de personnes",
            "n_suspects": "Passeurs identifiés",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "destination_country": "Pays de destination",
            "detection_country": "Pays d'interception",
            "transit_countries": "Pays de transit",
            "transport_mode": "Mode de transport",
        },
        "Remarque : données issues des entretiens d'accueil, non vérifiées",
        "Total général",
        ("plusieurs", "#VALEUR!"),
        True,
    ),
)
_BY_NAME: Final = {s.source: s for s in SOURCES}

_PRIMARY: Final = {
    "GBR": _ICE,
    "FRA": _BXL,
    "ESP": _CONS,
    "GRC": _FED,
    "HRV": _FED,
    "POL": _FED,
}
_SECONDARY: Final = {
    ("channel", "FRA"): _RTR,
    ("channel", "GBR"): _BXL,
    ("thb_vnm_gbr", "GBR"): _RTR,
    ("cmed", "ITA"): _FED,
    ("thb_nga_ita", "ITA"): _FED,
    ("emed", "GRC"): _RTR,
    ("wbal", "HRV"): _RTR,
    ("blr_pol", "POL"): _RTR,
    ("watl", "ESP"): _RTR,
    ("wmed", "ESP"): _FED,
    ("thb_rou_esp", "ITA"): _CONS,
    ("thb_rou_esp", "ESP"): _RTR,
    ("darien", "PAN"): _CONS,
}

# --------------------------------------------------------------------------------------
# Each agency's words
# --------------------------------------------------------------------------------------
_Words = dict[str, tuple[str, ...]]

_CRIME: Final[dict[str, _Words]] = {
    _ICE: {
        "smuggling": ("OIC - Facilitation", "Facilitation (s.25 IA 1971)", "People smuggling"),
        "trafficking": ("MSHT", "Modern Slavery (MSA 2015)", "Human trafficking"),
        "both": ("OIC / MSHT", "Facilitation & Modern Slavery"),
    },
    _BXL: {
        "smuggling": ("tentative de passage", "passage"),
        "trafficking": ("traite", "exploitation / traite"),
        "both": ("passage + traite",),
    },
    _CONS: {
        "smuggling": (
            "Favorecimiento inmigración irregular",
            "Tráfico ilícito de migrantes",
            "Art. 318 bis CP",
        ),
        "trafficking": ("Trata de seres humanos", "TSH", "Art. 177 bis CP"),
        "both": ("TSH y tráfico de migrantes",),
    },
    _RTR: {
        "smuggling": ("people smuggling", "migrant smuggling", "smuggling"),
        "trafficking": ("human trafficking", "trafficking"),
        "both": ("trafficking/smuggling", "smuggling and trafficking"),
    },
    _FED: {
        "smuggling": ("trafic de migrants", "trafic d'êtres humains", "trafic (art. 77bis)"),
        "trafficking": ("traite des êtres humains", "TEH"),
        "both": ("traite + trafic", "TEH et trafic"),
    },
}
_EXPLOITATION: Final[dict[str, _Words]] = {
    _ICE: {
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Labour"),
        "forced_criminality": ("Criminal exploitation", "Criminal"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _BXL: {
        "sexual": ("sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé",),
        "forced_criminality": ("criminalité forcée", "obligé de vendre de la drogue"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    _CONS: {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("explotación laboral", "laboral"),
        "forced_criminality": ("actividades delictivas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras",),
    },
    _RTR: {
        "sexual": ("sex trafficking", "forced prostitution"),
        "forced_labour": ("forced labour", "forced labor"),
        "forced_criminality": ("forced criminality", "forced to commit crimes"),
        "organ_removal": ("organ trafficking",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    _FED: {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("exploitation économique", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
}
_GENDER: Final[dict[str, _Words]] = {
    _ICE: {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M & F")},
    _BXL: {"male": ("hommes",), "female": ("femmes",), "mixed": ("mixte", "hommes et femmes")},
    _CONS: {
        "male": ("hombres", "varones"),
        "female": ("mujeres",),
        "mixed": ("mixto", "ambos sexos"),
    },
    _RTR: {"male": ("men", "male"), "female": ("women", "female"), "mixed": ("men and women",)},
    _FED: {"male": ("masculin", "H"), "female": ("féminin", "F"), "mixed": ("mixte",)},
}
_AGE: Final[dict[str, _Words]] = {
    _ICE: {"adult": ("Adult",), "child": ("Minor", "UASC", "Child"), "mixed": ("Adults & minors",)},
    _BXL: {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("adultes et mineurs", "mixte"),
    },
    _CONS: {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA"),
        "mixed": ("adultos y menores", "mixto"),
    },
    _RTR: {
        "adult": ("adults",),
        "child": ("minors", "children"),
        "mixed": ("adults and children",),
    },
    _FED: {"adult": ("majeur", "adultes"), "child": ("mineur", "MENA"), "mixed": ("mixte",)},
}
_MODE: Final[dict[str, _Words]] = {
    _ICE: {
        "sea": ("Small boat", "Small boat (RHIB)"),
        "land": ("Clandestine - HGV", "Lorry", "Concealed in vehicle"),
        "air": ("Air", "Flight"),
    },
    _BXL: {"sea": ("small boat", "bateau", "zodiac"), "land": ("camion", "poids lourd")},
    _CONS: {
        "sea": ("patera", "cayuco", "embarcación neumática"),
        "land": ("vía terrestre", "camión", "vehículo"),
        "air": ("vía aérea", "vuelo"),
    },
    _RTR: {
        "sea": ("boat", "dinghy"),
        "land": ("overland", "on foot", "truck"),
        "air": ("air", "plane"),
    },
    _FED: {
        "sea": ("voie maritime", "bateau", "canot"),
        "land": ("voie terrestre", "à pied", "camion"),
        "air": ("voie aérienne", "avion"),
    },
}
_OFFENCES: Final[dict[str, _Words]] = {
    _ICE: {
        "document_fraud": ("Document fraud", "False documents (IDA 2010)"),
        "corruption": ("Bribery",),
        "money_laundering": ("Money laundering (POCA)",),
        "illicit_goods": ("Cannabis cultivation", "Drugs"),
        "cybercrime": ("Cyber-enabled",),
        "terrorism": ("Terrorism",),
    },
    _CONS: {
        "document_fraud": ("falsedad documental",),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelincuencia",),
        "terrorism": ("terrorismo",),
    },
    _RTR: {
        "document_fraud": ("document fraud", "forged passports"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
#: Cells that say "not known" (the record is kept, the value is missing).
_NOT_KNOWN: Final[dict[str, tuple[str, ...]]] = {
    _ICE: ("N/K", "Not known"),
    _BXL: ("ne sait pas", "inconnu"),
    _CONS: ("no consta", "s/d"),
    _RTR: ("not given", "unknown"),
    _FED: ("inconnu", "NC"),
}
_ZERO: Final = {_ICE: "Nil", _BXL: "aucun", _CONS: "ninguno", _RTR: "none", _FED: "aucun"}
_SMALL_EN: Final = "one two three four five six seven eight nine".split()
_THOUSANDS: Final = {_CONS: (".",), _RTR: (",",), _FED: (" ", "\u00a0")}

_DATES: Final[dict[str, dict[str, float]]] = {
    _ICE: {"excel": 0.8, "dmy": 0.15, "d_mon_y": 0.05},
    _BXL: {"iso": 0.72, "dmy": 0.16, "month_fr": 0.12},
    _CONS: {
        "dmy": 0.56,
        "dmy_dash": 0.1,
        "serial": 0.1,
        "month_es": 0.14,
        "quarter_t": 0.1,
    },
    _RTR: {
        "mdy_long": 0.5,
        "dmy_long": 0.25,
        "iso": 0.07,
        "month_en": 0.13,
        "quarter_en": 0.05,
    },
    _FED: {
        "dmy": 0.6,
        "dmy_short": 0.1,
        "dmy_dot": 0.05,
        "month_num": 0.1,
        "quarter_t": 0.08,
        "quarter_fr": 0.07,
    },
}
_NAT_STYLE: Final[dict[str, dict[str, float]]] = {
    _ICE: {"iso3": 0.45, "demonym_upper": 0.2, "demonym": 0.12, "name": 0.18, "typo": 0.05},
    _BXL: {"name": 0.55, "demonym": 0.3, "lower": 0.1, "typo": 0.05},
    _CONS: {"name": 0.5, "demonym": 0.25, "upper": 0.1, "iso2": 0.1, "typo": 0.05},
    _RTR: {"demonym": 0.65, "name": 0.3, "typo": 0.05},
    _FED: {"name": 0.55, "demonym": 0.25, "upper": 0.1, "typo": 0.05, "mojibake": 0.05},
}
_PLACE_STYLE: Final[dict[str, dict[str, float]]] = {
    _ICE: {"name": 0.6, "iso3": 0.3, "typo": 0.05, "alias": 0.05},
    _BXL: {"name": 0.85, "alias": 0.1, "typo": 0.05},
    _CONS: {"name": 0.7, "upper": 0.12, "iso2": 0.1, "alias": 0.03, "typo": 0.05},
    _RTR: {"name": 0.85, "alias": 0.1, "typo": 0.05},
    _FED: {"name": 0.75, "upper": 0.08, "mojibake": 0.12, "typo": 0.05},
}
_TRANSIT_SEP: Final = {
    _ICE: (" > ",),
    _BXL: (" - ", ", ", " -> "),
    _CONS: (" - ", " / "),
    _RTR: (", ",),
    _FED: (" / ", ", "),
}


# --------------------------------------------------------------------------------------
# Writing one row
# --------------------------------------------------------------------------------------
class _Row:
    """Cells, expected values and tags of one row, filled column by column."""

    def __init__(self, src: ExaminerSource, ev: dict[str, object], rng: _Rng) -> None:
        self.src = src
        self.name = src.source
        self.lang = src.language
        self.ev = ev
        self.rng = rng
        self.cells: dict[str, object] = {}
        self.tags: list[str] = []
        self.exp: dict[str, object] = {
            "event_date": None,
            "date_precision": None,
            "crime_type": ev["crime_type"],
            "exploitation": ev["exploitation"],
            "n_persons": ev["n_persons"],
            "n_suspects": ev["n_suspects"],
            "gender": ev["gender"],
            "age_group": ev["age_group"],
            "nationality": ev["nationality"],
            "origin_country": ev["origin_country"],
            "destination_country": ev["destination_country"],
            "detection_country": ev["detection_country"],
            "transit_countries": ev["transit_countries"],
            "transport_mode": ev["transport_mode"],
            "lat": ev["lat"],
            "lon": ev["lon"],
            "linked_offences": ev["linked_offences"],
        }

    def roll(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def word(self, words: _Words, key: str) -> str:
        forms = words[key]
        return forms[0] if self.roll(0.6) else choice(self.rng, forms)

    def fr_garble(self, text: str, col: str, rate: float) -> str:
        """Fedasil's cells pasted from a UTF-8 export: some accented words garbled."""
        if self.name != _FED or not self.roll(rate):
            return text
        bad = mojibake(text)
        if bad is None:
            return text
        self.tags.append(f"mojibake:{col}")
        return bad

    def case(self, text: str, col: str, rate: float = 0.05) -> str:
        if not self.roll(rate):
            return text
        k = int(self.rng.integers(3))
        out = text.upper() if k == 0 else text.lower() if k == 1 else f" {text}  "
        if out != text:
            self.tags.append(f"case:{col}")
        return out

    # ---- columns --------------------------------------------------------------------
    def date(self, partial_ok: bool) -> None:
        ts = pd.Timestamp(self.ev["event_date"])  # type: ignore[arg-type]
        style = _pick_style(self.rng, _DATES[self.name], partial_ok)
        self.cells["event_date"] = _write_date(style, ts, self.exp, self.tags)

    def crime(self) -> None:
        crime = str(self.ev["crime_type"])
        text = self.word(_CRIME[self.name], crime)
        self.cells["crime_type"] = self.case(self.fr_garble(text, "crime_type", 0.1), "crime_type")

    def exploitation(self) -> None:
        expl = self.ev["exploitation"]
        if expl is None:  # smuggling: nothing to exploit
            if self.name == _ICE and self.roll(0.5):
                self.cells["exploitation"] = "N/A"
            elif self.name == _CONS and self.roll(0.3):
                self.cells["exploitation"] = "no procede"
            return
        if self.roll(0.03):
            self.cells["exploitation"] = choice(self.rng, _NOT_KNOWN[self.name])
            self.exp["exploitation"] = "unknown"
            self.tags.append("unknown:exploitation")
            return
        text = self.word(_EXPLOITATION[self.name], str(expl))
        self.cells["exploitation"] = self.case(
            self.fr_garble(text, "exploitation", 0.1), "exploitation"
        )

    def _number(self, n: int, col: str) -> object:
        name = self.name
        if name == _ICE:
            return n
        if name == _RTR and 1 <= n <= 9 and self.roll(0.7):
            self.tags.append(f"count_word:{col}")
            return _SMALL_EN[n - 1]
        if n >= 1000 and name in _THOUSANDS and self.roll(0.7):
            self.tags.append(f"thousands:{col}")
            sep = choice(self.rng, _THOUSANDS[name])
            return f"{n // 1000}{sep}{n % 1000:03d}"
        return str(n)

    def persons(self) -> None:
        n = int(self.ev["n_persons"])  # type: ignore[call-overload]
        if self.roll(0.02):
            self.cells["n_persons"] = choice(self.rng, _NOT_KNOWN[self.name])
            self.exp["n_persons"] = None
            self.tags.append("count_placeholder")
            return
        self.cells["n_persons"] = self._number(n, "n_persons")

    def suspects(self, forced: bool, unknown_rate: float = 0.03) -> None:
        n = int(self.ev["n_suspects"])  # type: ignore[call-overload]
        if forced:
            self.exp["n_suspects"] = None
            self.tags.append("blank_n_suspects")
            return
        if self.roll(unknown_rate):
            self.cells["n_suspects"] = choice(self.rng, _NOT_KNOWN[self.name])
            self.exp["n_suspects"] = None
            self.tags.append("suspects_placeholder")
            return
        if n == 0 and self.roll(0.45):
            self.cells["n_suspects"] = _ZERO[self.name]
            self.tags.append("zero_word")
            return
        self.cells["n_suspects"] = self._number(n, "n_suspects")

    def gender(self, forced: bool) -> None:
        if forced or self.roll(0.03):
            if not forced and self.roll(0.5):
                self.cells["gender"] = choice(self.rng, _NOT_KNOWN[self.name])
            self.exp["gender"] = "unknown"
            self.tags.append("blank_gender")
            return
        text = self.word(_GENDER[self.name], str(self.ev["gender"]))
        self.cells["gender"] = self.case(text, "gender")

    def _na_word(self, col: str) -> bool:
        if not self.roll(0.02):
            return False
        self.cells[col] = choice(self.rng, _NOT_KNOWN[self.name])
        self.exp[col] = "unknown"
        self.tags.append("na_word")
        return True

    def age(self) -> None:
        if self._na_word("age_group"):
            return
        text = self.word(_AGE[self.name], str(self.ev["age_group"]))
        self.cells["age_group"] = self.case(text, "age_group")

    def mode(self) -> None:
        if self._na_word("transport_mode"):
            return
        mode = str(self.ev["transport_mode"])
        hotspot = str(self.ev.get("hotspot") or "")
        if self.name == _CONS and mode == "land" and hotspot in ("Ceuta", "Melilla"):
            text = choice(self.rng, ("salto de valla", "vía terrestre", "paso fronterizo"))
        elif self.name == _CONS and mode == "sea" and hotspot in ("Ceuta", "Melilla"):
            text = choice(self.rng, ("embarcación neumática", "moto de agua", "patera"))
        else:
            text = self.word(_MODE[self.name], mode)
        self.cells["transport_mode"] = self.case(
            self.fr_garble(text, "transport_mode", 0.1), "transport_mode"
        )

    def nationality(self, forced: bool) -> None:
        code = self.ev["nationality"]
        if forced or self.roll(0.02):
            if not forced:
                self.cells["nationality"] = choice(self.rng, _NOT_KNOWN[self.name])
            self.exp["nationality"] = None
            self.tags.append("blank_nationality")
            return
        text = _country(
            self.rng, str(code), self.lang, _NAT_STYLE[self.name], "nationality", self.tags
        )
        n = self.ev["n_persons"]
        if self.name == _RTR and "demonym:nationality" in self.tags and n != 1:
            text = _plural_en(text)
        self.cells["nationality"] = self.case(text, "nationality")

    def place(self, col: str, unknown_rate: float = 0.02) -> None:
        code = self.ev[col]
        if code is None:
            return
        if self.roll(unknown_rate):
            self.cells[col] = choice(self.rng, _NOT_KNOWN[self.name])
            self.exp[col] = None
            self.tags.append(f"unknown:{col}")
            return
        text = _country(self.rng, str(code), self.lang, _PLACE_STYLE[self.name], col, self.tags)
        self.cells[col] = self.case(text, col)

    def detection(self, forced: bool) -> None:
        code = str(self.ev["detection_country"])
        if forced:
            self.exp["detection_country"] = None
            self.tags.append("blank_detection_country")
            return
        name = self.name
        hotspot = str(self.ev.get("hotspot") or "")
        if name == _ICE:
            if self.roll(0.3):
                text = "Scotland" if hotspot == "Glasgow" else "England"
                self.tags.append("constituent:detection_country")
            else:
                text = choice(self.rng, ("UK", "UK", "United Kingdom", "GB"))
                self.tags.append("alias:detection_country")
            self.cells["detection_country"] = text
            return
        if name == _RTR and code in ("GBR", "USA") and self.roll(0.6):
            self.cells["detection_country"] = "Britain" if code == "GBR" else "U.S."
            self.tags.append("alias:detection_country")
            return
        if name == _BXL and code == "GBR" and self.roll(0.6):
            self.cells["detection_country"] = "Angleterre"
            self.tags.append("alias:detection_country")
            return
        self.place("detection_country", unknown_rate=0.0)

    def destination(self) -> None:
        code = self.ev["destination_country"]
        europe = ("DEU", "AUT", "ITA", "FRA", "ESP", "GRC", "POL")
        if self.name == _RTR and code in europe and self.roll(0.06):
            self.cells["destination_country"] = "Europe"
            self.exp["destination_country"] = None
            self.tags.append("vague:destination_country")
            return
        if self.name == _BXL and code == "GBR" and self.roll(0.5):
            self.cells["destination_country"] = "Angleterre"
            self.tags.append("alias:destination_country")
            return
        self.place("destination_country")

    def transit(self) -> None:
        value = self.ev["transit_countries"]
        if value is None:
            return
        if self.roll(0.02):
            self.cells["transit_countries"] = choice(self.rng, _NOT_KNOWN[self.name])
            self.exp["transit_countries"] = None
            self.tags.append("unknown:transit_countries")
            return
        codes = str(value).split("|")
        iso = self.name == _ICE and self.roll(0.3)
        parts = []
        for c in codes:
            if iso:
                parts.append(c)
            else:
                text = _name(c, self.lang)
                parts.append(self.fr_garble(text, "transit_countries", 0.1))
        text = choice(self.rng, _TRANSIT_SEP[self.name]).join(parts)
        if self.name == _ICE and self.roll(0.15):
            text = "via " + text
            self.tags.append("via:transit_countries")
        self.cells["transit_countries"] = text

    def offences(self) -> None:
        value = self.ev["linked_offences"]
        if value is None:
            return
        words = [self.word(_OFFENCES[self.name], k) for k in str(value).split("|")]
        sep = {_ICE: "; ", _CONS: ", ", _RTR: "; "}[self.name]
        self.cells["linked_offences"] = sep.join(words)

    def no_coordinates(self, forced: bool) -> None:
        self.exp["lat"] = self.exp["lon"] = None
        self.tags.append("blank_coordinates" if forced else "coords_missing")

    def coordinates(self, forced: bool) -> None:
        if forced or self.roll(0.06):
            self.no_coordinates(forced)
            return
        lat = float(self.ev["lat"])  # type: ignore[arg-type]
        lon = float(self.ev["lon"])  # type: ignore[arg-type]
        if self.name == _BXL:  # KoboToolbox geopoint: latitude longitude altitude accuracy
            acc = choice(self.rng, ("5.0", "12.0", "20.0", "35.0"))
            self.cells["coordinates"] = f"{lat:.6f} {lon:.6f} 0.0 {acc}"
        elif self.name == _CONS:
            self.cells["lat"] = f"{lat:.5f}".replace(".", ",")
            self.cells["lon"] = f"{lon:.5f}".replace(".", ",")
            self.tags.append("decimal_comma")
        else:  # Reuters: the dateline's place, to two decimals
            self.cells["lat"] = f"{lat:.2f}"
            self.cells["lon"] = f"{lon:.2f}"
            self.exp["lat"], self.exp["lon"] = round(lat, 2), round(lon, 2)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one event the way ``src`` does: (cells, expected values, tags)."""
    row = _Row(src, ev, rng)
    has = set(src.headers)
    row.date(partial_ok)
    row.crime()
    row.exploitation()
    row.persons()
    row.suspects(forced_blank == "n_suspects", unknown_rate=0.08 if src.source == _BXL else 0.03)
    row.gender(forced_blank == "gender")
    row.age()
    row.nationality(forced_blank == "nationality")
    for col in ("origin_country", "destination_country"):
        if col not in has:
            row.exp[col] = None
        elif col == "destination_country":
            row.destination()
        else:
            row.place(col)
    row.detection(forced_blank == "detection_country")
    row.transit()
    row.mode()
    if "coordinates" in has or "lat" in has:
        row.coordinates(forced_blank == "coordinates")
    else:
        row.no_coordinates(forced_blank == "coordinates")
    if "linked_offences" in has:
        row.offences()
    else:
        row.exp["linked_offences"] = None
    return row.cells, row.exp, row.tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: none, an impossible day or a decade ahead."""
    if kind == "no_date":
        return None
    y, m, d = ts.year, ts.month, ts.day
    if kind == "bad_date":
        return {
            _ICE: f"30/02/{y}",
            _BXL: f"{y}-02-30",
            _CONS: f"31/02/{y}",
            _RTR: f"February 30, {y}",
            _FED: f"31/02/{y}",
        }[src.source]
    future = pd.Timestamp(year=y + 10, month=m, day=min(d, 28))
    if src.source == _ICE:
        return future.to_pydatetime()
    if src.source == _BXL:
        return future.strftime("%Y-%m-%d")
    if src.source == _RTR:
        return f"{_MONTHS_EN[m - 1]} {future.day}, {y + 10}"
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the source's note row (its extraction date)."""
    day = last.normalize() + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


_EXAMINER: Final = Examiner(
    sources=SOURCES,
    primary=_PRIMARY,
    compilation=_RTR,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=156_0156,
    blank_share=0.35,
)


def make_blind156(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind156`` set: five agencies of Kent and Brussels.

    The UK Immigration Enforcement ICE teams report the events detected in the United
    Kingdom (XLSX, English); the Brussels refugee-support platform those on the French
    coast and a second report of some arrivals in England (JSON lines, French); Spain's
    interior counsellor in Brussels the Spanish events and second reports from Italy and
    Panama (UTF-16 tab-separated text, Spanish); Fedasil those in Greece, Croatia and Poland
    and second reports from Italy and Spain (cp1252 ``;`` CSV, French, some names
    garbled); Reuters' migration desk every other event and second reports of the rest
    (UTF-8 CSV with BOM, English).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed, same cells.

    Returns
    -------
    list of Submission
        One per agency, in the order of :data:`SOURCES`, with the expected reading of
        every written row.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind156(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['ie_ice_gb_fb.xlsx', 'bxlrefugees_fb.jsonl', 'consejeria_interior_bruselas_fb.csv',
     'reuters_migration_fb.csv', 'fedasil_fb.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8', 'utf-16', 'utf-8-sig', 'cp1252']
    >>> subs[4].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Qualification']
    >>> all(len(s.expected) > 0 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
