"""The ninth examiner's blind sample set (files ``*_k.*``), written without the cleaner.

Five agencies none of the earlier sets used, each in its own words:

``cyp_police_k.csv``
    Cyprus Police, Office for Combating Trafficking in Human Beings together with the
    Aliens and Immigration Unit: English, UTF-8 with BOM, ``,``, day-first dates,
    one ``GPS (lat, long)`` column, re-submitted (some rows sent twice).
``pn_mali_k.csv``
    Police nationale du Mali, Direction de la police des frontières (liaison cell on
    Malian nationals met abroad): French, latin-1, ``;``, decimal commas,
    ``1er mai 2023`` style dates, ``T2 2023`` quarters.
``pnc_sv_k.xlsx``
    Policía Nacional Civil de El Salvador, División de Fronteras: Spanish XLSX with real
    Excel dates, raw Excel serials and typed dates, ``O`` (oeste) hemispheres and
    longitude/latitude swapped by hand on some US rows.
``dgm_rd_k.csv``
    Dirección General de Migración / Policía Nacional de la República Dominicana,
    trafficking and smuggling desk: Spanish, cp1252, ``|`` delimited, ``2023/05/17``
    and ``17 de mayo de 2023`` dates, Spanish thousands dots, one ``Coordenadas`` column.
``hotline_k.jsonl``
    An NGO anti-trafficking hotline's case export: JSON lines, snake_case keys,
    month-first US dates and UTC timestamps, ISO alpha-2 country codes.

Every cell is drawn from the tables below (the examiner's wording, not the cleaner's);
the shared machinery of :mod:`._examiner` decides which source reports which event,
which rows are duplicates or bad, and writes the truth rows.
"""

from __future__ import annotations

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

__all__ = ["BLIND9_SOURCES", "Blind9Source", "make_blind9"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind9Source(ExaminerSource):
    """A blind9 source: the shared fields plus its house style.

    Attributes
    ----------
    dayfirst : bool
        Whether its all-number dates put the day first.
    transit_seps : tuple of str
        Separators it uses between transit countries.
    offence_sep : str
        Separator between linked offences.
    coord_style : str
        ``"gps_en"``, ``"split_fr"``, ``"xlsx"``, ``"coord_es"`` or ``"json"``.
    code_share : float
        Share of country cells written as codes (ISO alpha-2/alpha-3/numeric).
    """

    dayfirst: bool
    transit_seps: tuple[str, ...]
    offence_sep: str
    coord_style: str
    code_share: float


_HEAD_CY = {
    "source_ref": "Police Case No.",
    "event_date": "Date Detected",
    "crime_type": "Offence Category",
    "exploitation": "Type of Exploitation",
    "n_persons": "No. of Victims/Migrants",
    "n_suspects": "No. of Suspects Arrested",
    "gender": "Sex",
    "age_group": "Adult/Minor",
    "nationality": "Citizenship",
    "origin_country": "Country of Origin",
    "destination_country": "Intended Destination",
    "detection_country": "Country of Detection",
    "transit_countries": "Transit Route",
    "transport_mode": "Means of Travel",
    "coordinates": "GPS (lat, long)",
    "linked_offences": "Associated Offences",
}
_HEAD_ML = {
    "source_ref": "N° PV",
    "event_date": "Date des faits",
    "crime_type": "Nature de l'infraction",
    "exploitation": "Forme d'exploitation",
    "n_persons": "Nbre victimes/migrants",
    "n_suspects": "Nbre mis en cause",
    "gender": "Sexe",
    "age_group": "Majeur / Mineur",
    "nationality": "Nationalité",
    "origin_country": "Pays d'origine",
    "destination_country": "Pays de destination",
    "detection_country": "Pays d'interpellation",
    "transit_countries": "Pays de transit",
    "transport_mode": "Moyen de transport",
    "lat": "Latitude",
    "lon": "Longitude",
    "linked_offences": "Infractions connexes",
}
_HEAD_SV = {
    "source_ref": "N° Expediente",
    "event_date": "Fecha del hecho",
    "crime_type": "Delito",
    "exploitation": "Finalidad de explotación",
    "n_persons": "Cant. víctimas / migrantes",
    "n_suspects": "Cant. detenidos",
    "gender": "Sexo",
    "age_group": "Rango etario",
    "nationality": "Nacionalidad",
    "origin_country": "País de origen",
    "destination_country": "País destino",
    "detection_country": "País de detección",
    "transit_countries": "Países de tránsito",
    "transport_mode": "Medio de transporte",
    "lat": "Latitud",
    "lon": "Longitud",
    "linked_offences": "Delitos conexos",
}
_HEAD_DR = {
    "source_ref": "No. de Caso",
    "event_date": "Fecha de intercepción",
    "crime_type": "Tipo penal",
    "exploitation": "Tipo de explotación",
    "n_persons": "Total personas",
    "n_suspects": "Imputados",
    "gender": "Género",
    "age_group": "Grupo de edad",
    "nationality": "Nacionalidad",
    "origin_country": "País de origen",
    "destination_country": "Destino final",
    "detection_country": "País donde se detectó",
    "transit_countries": "Ruta (países de tránsito)",
    "transport_mode": "Vía de viaje",
    "coordinates": "Coordenadas GPS",
    "linked_offences": "Otros delitos asociados",
}
_HEAD_HL = {
    "source_ref": "report_id",
    "event_date": "incident_date",
    "crime_type": "case_type",
    "exploitation": "exploitation_type",
    "n_persons": "persons_involved",
    "n_suspects": "alleged_perpetrators",
    "gender": "victim_gender",
    "age_group": "victim_age_category",
    "nationality": "victim_nationality",
    "origin_country": "country_of_origin",
    "destination_country": "destination_country",
    "detection_country": "location_country",
    "transit_countries": "transit_path",
    "transport_mode": "travel_mode",
    "lat": "geo_lat",
    "lon": "geo_lng",
    "linked_offences": "related_crimes",
}

BLIND9_SOURCES_T: tuple[Blind9Source, ...] = (
    Blind9Source(
        "cyp_police_k", "cyp_police_k.csv", "CY/{year}/{seq:05d}", "csv", "utf-8-sig", ",",
        "en", _HEAD_CY, "Provisional figures - subject to revision (OCTHB)", "TOTAL",
        ("several", "many", "a group"), True,
        dayfirst=True, transit_seps=(", ", " > ", " - ", "/"), offence_sep=", ",
        coord_style="gps_en", code_share=0.12,
    ),
    Blind9Source(
        "pn_mali_k", "pn_mali_k.csv", "PV n° {seq:04d}/{year}/DPF", "csv", "latin-1", ";",
        "fr", _HEAD_ML, "NB : données provisoires, arrêtées à la date d'extraction",
        "Total général", ("plusieurs", "beaucoup", "xx"), False,
        dayfirst=True, transit_seps=(" - ", ", ", " / ", "; "), offence_sep=" + ",
        coord_style="split_fr", code_share=0.08,
    ),
    Blind9Source(
        "pnc_sv_k", "pnc_sv_k.xlsx", "DF-{seq:05d}-{yy:02d}", "xlsx", "utf-8", None,
        "es", _HEAD_SV, "Nota: cifras preliminares sujetas a validación", "TOTAL GENERAL",
        ("varios", "muchos", "grupo"), False,
        dayfirst=True, transit_seps=(", ", " - ", " / ", " → "), offence_sep="; ",
        coord_style="xlsx", code_share=0.1,
    ),
    Blind9Source(
        "dgm_rd_k", "dgm_rd_k.csv", "TT-{year}-{seq:04d}", "csv", "cp1252", "|",
        "es", _HEAD_DR, "Fuente: DGM / Dpto. Trata y Tráfico. Datos preliminares", "Total",
        ("numerosos", "varios", "abc"), False,
        dayfirst=True, transit_seps=(", ", " - ", " > ", " / "), offence_sep=", ",
        coord_style="coord_es", code_share=0.1,
    ),
    Blind9Source(
        "hotline_k", "hotline_k.jsonl", "HL{yy:02d}{seq:06d}", "jsonl", "utf-8", None,
        "en", _HEAD_HL, None, "TOTAL", ("multiple", "many", "a few"), False,
        dayfirst=False, transit_seps=(" → ", " > ", ", ", "|"), offence_sep="; ",
        coord_style="json", code_share=0.45,
    ),
)  # fmt: skip
#: Source names of the blind9 submissions, in the order they are returned.
BLIND9_SOURCES: tuple[str, ...] = tuple(s.source for s in BLIND9_SOURCES_T)

# --------------------------------------------------------------------------------------
# Countries: (English, French, Spanish) names, nationality adjectives (m, f) by language
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
    "NGA": ("Nigeria", "Nigeria", "Nigeria"),
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
# Adjectives: English; French masculine, feminine; Spanish masculine, feminine.
_ADJ: dict[str, tuple[str, str, str, str, str]] = {
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
_ALIASES: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "U.K.", "Great Britain", "Grande-Bretagne", "Gran Bretaña"),
    "USA": ("USA", "U.S.", "United States of America", "EE.UU.", "EEUU", "Etats-Unis"),
    "CIV": ("Ivory Coast", "Cote d'Ivoire", "Côte-d'Ivoire"),
    "TUR": ("Türkiye", "Turkiye", "Republic of Türkiye"),
    "IRN": ("Iran, Islamic Republic of", "Islamic Republic of Iran", "République islamique d'Iran"),
    "SYR": ("Syrian Arab Republic", "République arabe syrienne", "República Árabe Siria"),
    "VNM": ("Viet Nam", "Vietnam (Socialist Rep.)"),
    "RUS": ("Russian Federation", "Fédération de Russie", "Federación de Rusia"),
    "BLR": ("Republic of Belarus", "Bélarus", "Belarús"),
    "MKD": ("FYROM", "N. Macedonia", "Republic of North Macedonia"),
    "BIH": ("Bosnia-Herzegovina", "Bosnia & Herzegovina", "BiH"),
    "GMB": ("The Gambia", "Gambia, The"),
    "GIN": ("Guinea-Conakry", "Guinée Conakry", "Guinée-Conakry"),
    "VEN": ("Venezuela (Bolivarian Republic of)", "República Bolivariana de Venezuela"),
    "LBY": ("State of Libya", "Libyan Arab Jamahiriya"),
    "EGY": ("Arab Republic of Egypt", "République arabe d'Égypte"),
    "CHN": ("People's Republic of China", "PRC", "República Popular China"),
    "DEU": ("Federal Republic of Germany", "Deutschland", "RFA"),
    "ESP": ("Kingdom of Spain", "Reino de España"),
    "MAR": ("Kingdom of Morocco", "Royaume du Maroc", "Reino de Marruecos"),
    "PAK": ("Islamic Republic of Pakistan",),
    "MEX": ("Estados Unidos Mexicanos", "United Mexican States"),
    "HRV": ("Hrvatska", "Republic of Croatia"),
    "GRC": ("Hellas", "Hellenic Republic"),
    "ITA": ("Italian Republic", "Repubblica Italiana"),
}
_TYPOS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afganistan", "Afghanisatn"),
    "BGD": ("Bangaldesh", "Bangladesch"),
    "CMR": ("Camerron",),
    "COL": ("Colmbia", "Colombai"),
    "DZA": ("Algria", "Algéire"),
    "ECU": ("Equador", "Ecudor"),
    "EGY": ("Egpyt", "Egyte"),
    "ERI": ("Eritera", "Eritreia"),
    "GIN": ("Guniea", "Guinnée"),
    "GTM": ("Guatamala", "Guatemal"),
    "HND": ("Hondruas", "Hondura"),
    "IRQ": ("Iarq", "Irqa"),
    "MAR": ("Morroco", "Marroc", "Marueccos"),
    "MEX": ("Mexcio", "Mexiqe"),
    "MLI": ("Malli",),
    "NGA": ("Nigria", "Nigerai"),
    "PAK": ("Pakisatn", "Pakistn"),
    "SEN": ("Senagal", "Sénégl"),
    "SYR": ("Syira", "Sryia"),
    "TUN": ("Tunesia", "Tunisa", "Túnes"),
    "VEN": ("Venezuala", "Venezula"),
    "VNM": ("Vietman", "Veitnam"),
    "ITA": ("Itlay", "Itallie"),
    "ESP": ("Spian", "Espgne"),
    "GRC": ("Greeece", "Gréce"),
    "PAN": ("Panma",),
    "USA": ("Untied States",),
    "HRV": ("Croatai", "Croatiea"),
    "POL": ("Polnad", "Pologen"),
    "FRA": ("Frnace",),
    "GBR": ("United Kingdon", "Royaume Unni"),
}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _fit(src: Blind9Source, text: str, fallback: str) -> str:
    return text if fits(text, src) else fallback


def _country(
    src: Blind9Source,
    code: str,
    rng: _Rng,
    tags: list[str],
    *,
    adjective: bool = False,
    female: bool = False,
) -> str:
    """Write one country the source's way (names, codes, aliases, typos, mojibake)."""
    lang = _LANG[src.language]
    name = _NAMES[code][lang] if code in _NAMES else code
    r = float(rng.random())
    if r < src.code_share:
        a2, num = iso_codes(code)
        k = float(rng.random())
        if src.coord_style == "json" and k < 0.8:  # the hotline platform stores alpha-2
            tags.append("country_iso2")
            return a2 if rng.random() < 0.9 else a2.lower()
        if k < 0.45:
            tags.append("country_iso3")
            return code
        if k < 0.8:
            tags.append("country_iso2")
            return a2
        tags.append("country_numeric")
        return num
    r = float(rng.random())
    if adjective and code in _ADJ and r < 0.18:
        adj = _ADJ[code]
        word = adj[0] if lang == 0 else adj[2 * lang - 1 + int(female)]
        tags.append("nationality_adjective")
        return _fit(src, word.capitalize() if rng.random() < 0.6 else word, name)
    if r < 0.26:
        other = int(rng.choice([i for i in range(3) if i != lang]))
        alt = _NAMES[code][other] if code in _NAMES else code
        if alt != name and fits(alt, src):
            tags.append("country_other_language")
            return alt
    elif r < 0.34 and code in _ALIASES:
        alias = choice(rng, _ALIASES[code])
        if fits(alias, src):
            tags.append("country_alias")
            return alias
    elif r < 0.40 and code in _TYPOS and _TYPOS[code]:
        tags.append("country_typo")
        return _fit(src, choice(rng, _TYPOS[code]), name)
    elif r < 0.46:
        tags.append("case_space")
        styled = name.upper() if rng.random() < 0.6 else name.lower()
        return f"  {styled} " if rng.random() < 0.5 else f"{styled}  "
    elif r < 0.51 and _strip_accents(name) != name:
        tags.append("no_accent")
        return _strip_accents(name)
    elif r < 0.56:
        garbled = mojibake(name)
        if garbled is not None and fits(garbled, src):
            tags.append("mojibake")
            return garbled
    return name


# --------------------------------------------------------------------------------------
# Vocabularies, by language
# --------------------------------------------------------------------------------------
_Vocab = dict[str, dict[str, tuple[str, ...]]]
_CRIME: _Vocab = {
    "en": {
        "trafficking": ("THB", "Trafficking in persons", "Human trafficking", "TIP"),
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "SOM",
                      "Facilitation of illegal entry"),
        "both": ("THB & SOM", "Trafficking + smuggling", "Both (THB/SOM)"),
    },
    "fr": {
        "trafficking": ("Traite des êtres humains", "TEH", "Traite des personnes"),
        "smuggling": ("Trafic illicite de migrants", "Trafic de migrants",
                      "Aide à l'entrée irrégulière"),
        "both": ("TEH + trafic de migrants", "Traite et trafic de migrants"),
    },
    "es": {
        "trafficking": ("Trata de personas", "Trata", "Trata de personas (TdP)"),
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes",
                      "Tráfico ilícito de migrantes (TIM)"),
        "both": ("Trata y tráfico", "Trata + tráfico de migrantes"),
    },
}  # fmt: skip
_EXPLOIT: _Vocab = {
    "en": {
        "sexual": ("Sexual exploitation", "Sexual", "Commercial sexual exploitation"),
        "forced_labour": ("Labour exploitation", "Forced labour", "Forced labor"),
        "forced_criminality": ("Forced criminality", "Forced criminal activity"),
        "organ_removal": ("Organ removal", "Organ harvesting"),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other form"),
    },
    "fr": {
        "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
        "forced_labour": ("Travail forcé", "Exploitation par le travail"),
        "forced_criminality": ("Contrainte à commettre des délits", "Criminalité forcée"),
        "organ_removal": ("Prélèvement d'organes",),
        "forced_marriage": ("Mariage forcé",),
        "other": ("Autre", "Autres formes"),
    },
    "es": {
        "sexual": ("Explotación sexual", "Expl. sexual"),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio servil"),
        "other": ("Otra", "Otros fines"),
    },
}
_EXPLOIT_NA = {"en": ("N/A", "not applicable"), "fr": ("Sans objet", "N/A"),
               "es": ("No aplica", "N/A")}  # fmt: skip
_GENDER: _Vocab = {
    "en": {"female": ("F", "Female", "Women"), "male": ("M", "Male", "Men"),
           "mixed": ("Mixed", "M/F", "Both sexes")},
    "fr": {"female": ("F", "Féminin", "Femmes"), "male": ("H", "Masculin", "Hommes"),
           "mixed": ("Mixte", "H/F", "Hommes et femmes")},
    "es": {"female": ("Femenino", "Mujeres", "F"), "male": ("Masculino", "Hombres"),
           "mixed": ("Mixto", "Ambos sexos", "Hombres y mujeres")},
}  # fmt: skip
_AGE: _Vocab = {
    "en": {"child": ("Minor", "Child", "Minors", "U18"), "adult": ("Adult", "Adults", "18+"),
           "mixed": ("Mixed", "Adults & minors")},
    "fr": {"child": ("Mineur", "Mineurs", "Enfant"), "adult": ("Majeur", "Adulte", "Majeurs"),
           "mixed": ("Mixte", "Majeurs et mineurs")},
    "es": {"child": ("Menor de edad", "Menores", "NNA"),
           "adult": ("Adulto", "Mayor de edad", "Adultos"),
           "mixed": ("Mixto", "Adultos y menores")},
}  # fmt: skip
_AGE_NA = {"en": ("Not recorded", "N/K"), "fr": ("Non renseigné", "NR"),
           "es": ("No consta", "S/D")}  # fmt: skip
_MODE: _Vocab = {
    "en": {"sea": ("Sea", "Maritime", "Small boat", "By sea"),
           "land": ("Land", "Overland", "Road", "Lorry/HGV"), "air": ("Air", "Flight", "By air")},
    "fr": {"sea": ("Maritime", "Voie maritime", "Embarcation", "Pirogue"),
           "land": ("Terrestre", "Voie terrestre", "Route"),
           "air": ("Aérien", "Voie aérienne", "Avion")},
    "es": {"sea": ("Marítimo", "Vía marítima", "Embarcación", "Cayuco"),
           "land": ("Terrestre", "Vía terrestre", "A pie"),
           "air": ("Aéreo", "Vía aérea", "Avión")},
}  # fmt: skip
_MODE_NA = {"en": ("Not known", "N/K"), "fr": ("Inconnu", "Non précisé"),
            "es": ("Desconocido", "No especificado")}  # fmt: skip
_OFFENCE: _Vocab = {
    "en": {"document_fraud": ("Document fraud", "False documents", "Forged ID"),
           "corruption": ("Corruption", "Bribery"),
           "money_laundering": ("Money laundering", "Laundering of proceeds"),
           "illicit_goods": ("Illicit goods", "Contraband"),
           "cybercrime": ("Cybercrime", "Cyber-enabled crime"), "terrorism": ("Terrorism",)},
    "fr": {"document_fraud": ("Fraude documentaire", "Faux documents"),
           "corruption": ("Corruption",),
           "money_laundering": ("Blanchiment", "Blanchiment d'argent"),
           "illicit_goods": ("Contrebande", "Marchandises illicites"),
           "cybercrime": ("Cybercriminalité",), "terrorism": ("Terrorisme",)},
    "es": {"document_fraud": ("Falsedad documental", "Documentos falsos"),
           "corruption": ("Corrupción", "Cohecho"),
           "money_laundering": ("Lavado de activos", "Blanqueo de capitales"),
           "illicit_goods": ("Contrabando", "Mercancías ilícitas"),
           "cybercrime": ("Ciberdelito", "Delito informático"), "terrorism": ("Terrorismo",)},
}  # fmt: skip
_NONE_OFFENCE = {"en": ("None", "Nil"), "fr": ("Aucune", "Néant"), "es": ("Ninguno", "Ninguna")}
_NONE_TRANSIT = {"en": ("None", "Direct (none)"), "fr": ("Aucun", "Néant"),
                 "es": ("Ninguno", "Sin tránsito")}  # fmt: skip
_COUNT_NA = {"en": ("unknown", "n/a", "TBC", "-", "N/K"),
             "fr": ("inconnu", "nc", "n.c.", "-", "ND"),
             "es": ("sin dato", "s/d", "N/D", "-", "desconocido")}  # fmt: skip
_COUNT_TEXT = {"en": ("{n} persons", "{n} pax"), "fr": ("{n} personnes", "{n} pers."),
               "es": ("{n} personas", "{n} migrantes")}  # fmt: skip
_ZERO = {"en": ("Nil", "None"), "fr": ("Néant", "Aucun"), "es": ("Ninguno", "Cero")}
_SUSP_NA = {"en": ("unknown", "N/K"), "fr": ("inconnu", "nc"), "es": ("s/d", "sin dato")}
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")  # fmt: skip
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _vocab(src: Blind9Source, table: _Vocab, word: str, rng: _Rng, tags: list[str]) -> str:
    """Write one vocabulary word the source's way (its words, sometimes another language's)."""
    lang = src.language
    r = float(rng.random())
    if r < 0.06:
        other = choice(rng, [x for x in ("en", "fr", "es") if x != lang])
        text = choice(rng, table[other][word])
        if fits(text, src):
            tags.append("vocab_other_language")
            return text
    text = choice(rng, table[lang][word])
    if r > 0.93:
        tags.append("vocab_case")
        return text.upper() if rng.random() < 0.5 else f" {text.lower()} "
    return text


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _day(src: Blind9Source, ts: pd.Timestamp, rng: _Rng, tags: list[str]) -> object:
    """Write a full date the source's way."""
    d, m, y = ts.day, ts.month, ts.year
    r = float(rng.random())
    name = src.source
    if name == "cyp_police_k":
        if r < 0.4:
            tags.append("date_dmy_slash")
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.5:
            tags.append("date_dmy_nopad")
            return f"{d}/{m}/{y}"
        if r < 0.6:
            tags.append("date_dmy_dot")
            return f"{d:02d}.{m:02d}.{y}"
        if r < 0.75:
            tags.append("date_abbr_en")
            return f"{d:02d}-{MONTHS[m - 1][:3]}-{y}"
        if r < 0.85:
            tags.append("date_long_en")
            return f"{d} {MONTHS[m - 1]} {y}"
        if r < 0.95:
            tags.append("date_iso")
            return ts.strftime("%Y-%m-%d")
        tags.append("date_short_year")
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if name == "pn_mali_k":
        if r < 0.45:
            tags.append("date_dmy_slash")
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.6:
            tags.append("date_dmy_dash")
            return f"{d:02d}-{m:02d}-{y}"
        if r < 0.75:
            tags.append("date_long_fr")
            return f"{'1er' if d == 1 else d} {_MONTHS_FR[m - 1]} {y}"
        if r < 0.85:
            tags.append("date_short_year")
            return f"{d:02d}/{m:02d}/{y % 100:02d}"
        if r < 0.95:
            tags.append("date_dmy_dot")
            return f"{d:02d}.{m:02d}.{y}"
        tags.append("date_iso")
        return ts.strftime("%Y-%m-%d")
    if name == "pnc_sv_k":
        if r < 0.5:
            tags.append("date_excel")
            return ts.normalize().to_pydatetime()
        if r < 0.55:
            tags.append("date_excel_time")
            hour = int(rng.integers(6, 22))
            return ts.normalize().replace(hour=hour, minute=int(rng.integers(60))).to_pydatetime()
        if r < 0.65:
            tags.append("date_serial")
            return _serial(ts)
        if r < 0.85:
            tags.append("date_dmy_slash")
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.95:
            tags.append("date_abbr_es")
            return f"{d:02d}-{_MONTHS_ES[m - 1][:3]}-{y}"
        tags.append("date_long_es")
        return f"{d} de {_MONTHS_ES[m - 1]} de {y}"
    if name == "dgm_rd_k":
        if r < 0.25:
            tags.append("date_ymd_slash")
            return f"{y}/{m:02d}/{d:02d}"
        if r < 0.6:
            tags.append("date_dmy_slash")
            return f"{d:02d}/{m:02d}/{y}"
        if r < 0.7:
            tags.append("date_dmy_dash")
            return f"{d:02d}-{m:02d}-{y}"
        if r < 0.8:
            tags.append("date_long_es")
            return f"{d} de {_MONTHS_ES[m - 1]} de {y}"
        if r < 0.9:
            tags.append("date_abbr_es")
            return f"{d:02d}-{_MONTHS_ES[m - 1][:3]}-{y}"
        if r < 0.95:
            tags.append("date_serial")
            return str(_serial(ts))
        tags.append("date_iso_time")
        return (
            f"{ts.strftime('%Y-%m-%d')} {int(rng.integers(0, 24)):02d}:{int(rng.integers(60)):02d}"
        )
    # the hotline: month first
    if r < 0.35:
        tags.append("date_mdy")
        return f"{m:02d}/{d:02d}/{y}"
    if r < 0.45:
        tags.append("date_mdy_nopad")
        return f"{m}/{d}/{y}"
    if r < 0.65:
        tags.append("date_iso_tz")
        hour, minute = int(rng.integers(10, 17)), int(rng.integers(60))
        return f"{ts.strftime('%Y-%m-%d')}T{hour:02d}:{minute:02d}:00Z"
    if r < 0.75:
        tags.append("date_iso")
        return ts.strftime("%Y-%m-%d")
    if r < 0.9:
        tags.append("date_long_us")
        return f"{MONTHS[m - 1]} {d}, {y}"
    tags.append("date_mdy_time")
    hour = int(rng.integers(1, 13))
    half = "AM" if rng.random() < 0.5 else "PM"
    return f"{m:02d}/{d:02d}/{y} {hour}:{int(rng.integers(60)):02d} {half}"


def _partial(
    src: Blind9Source, ts: pd.Timestamp, rng: _Rng, tags: list[str]
) -> tuple[str, pd.Timestamp, str]:
    """Write a month or quarter only; return (cell, first day, precision)."""
    m, y, q = ts.month, ts.year, (ts.month - 1) // 3 + 1
    lang = src.language
    if rng.random() < 0.6:
        tags.append("date_month")
        first = pd.Timestamp(year=y, month=m, day=1)
        if lang == "fr":
            text = choice(rng, (f"{_MONTHS_FR[m - 1]} {y}", f"{m:02d}/{y}"))
        elif lang == "es":
            text = choice(rng, (f"{_MONTHS_ES[m - 1]} {y}", f"{_MONTHS_ES[m - 1][:3]}-{y}"))
        else:
            text = choice(rng, (f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"))
        return text, first, "month"
    tags.append("date_quarter")
    first = pd.Timestamp(year=y, month=3 * q - 2, day=1)
    if lang == "en":
        text = choice(rng, (f"Q{q} {y}", f"{y}-Q{q}"))
    else:
        text = choice(rng, (f"T{q} {y}", f"T{q}-{y}"))
    return text, first, "quarter"


def _bad_date(src: Blind9Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a row with no, an impossible or a future date."""
    if kind == "no_date":
        return None if src.format != "csv" or rng.random() < 0.5 else ""
    y = ts.year
    if kind == "bad_date":
        day, month = choice(rng, ("31/04", "30/02", "31/06", "31/09", "31/11")).split("/")
        if src.source == "hotline_k":
            return f"{month}/{day}/{y}"
        if src.source == "dgm_rd_k" and rng.random() < 0.5:
            return f"{y}/{month}/{day}"
        return f"{day}/{month}/{y}"
    future = ts + pd.DateOffset(years=100 if rng.random() < 0.6 else 10)
    if src.format == "xlsx" and rng.random() < 0.5:
        return future.normalize().to_pydatetime()
    if src.source == "hotline_k":
        return future.strftime("%m/%d/%Y")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind9Source, last: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return last.normalize().to_pydatetime()
    if src.source == "hotline_k":
        return last.strftime("%m/%d/%Y")
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Numbers and places
# --------------------------------------------------------------------------------------
def _count(src: Blind9Source, n: int, rng: _Rng, tags: list[str], *, partial_ok: bool) -> object:
    """Write the persons cell: plain, grouped thousands, with a unit word, or not known."""
    lang = src.language
    if partial_ok and rng.random() < 0.035:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_NA[lang])
    if n >= 1000 and rng.random() < 0.75:
        tags.append("count_grouped")
        head, tail = divmod(n, 1000)
        if lang == "en":
            sep = choice(rng, (",", " "))
        elif lang == "fr":
            sep = choice(rng, (" ", "\u202f", "\xa0"))
        else:
            sep = choice(rng, (".", " "))
        text = f"{head}{sep}{tail:03d}"
        return _fit(src, text, f"{head} {tail:03d}")
    if rng.random() < 0.07:
        tags.append("count_text")
        return choice(rng, _COUNT_TEXT[lang]).format(n=n)
    if src.format in ("xlsx", "jsonl") and rng.random() < 0.8:
        return int(n)
    return str(n)


def _suspects(
    src: Blind9Source, k: int, rng: _Rng, tags: list[str], *, partial_ok: bool
) -> tuple[object, int | None]:
    lang = src.language
    if partial_ok and rng.random() < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _SUSP_NA[lang]), None
    if k == 0 and rng.random() < 0.35:
        tags.append("zero_word")
        return choice(rng, _ZERO[lang]), 0
    if src.format in ("xlsx", "jsonl") and rng.random() < 0.8:
        return int(k), k
    return str(k), k


def _dms(value: float, pos: str, neg: str) -> str:
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 2)
    if sec >= 60:
        minutes, sec = minutes + 1, 0.0
    if minutes >= 60:
        deg, minutes = deg + 1, 0
    return f"{deg}°{minutes:02d}'{sec:05.2f}\"{hemi}"


def _coords(
    src: Blind9Source,
    lat: float,
    lon: float,
    rng: _Rng,
    tags: list[str],
    *,
    partial_ok: bool,
    usa: bool,
) -> tuple[dict[str, object], bool]:
    """Coordinate cells the source's way; returns (cells, whether a point was given)."""
    style = src.coord_style
    lang = src.language
    if partial_ok and rng.random() < 0.04:
        tags.append("coords_placeholder")
        word = {"en": "N/K", "fr": "nc", "es": "s/d"}[lang]
        if style in ("gps_en", "coord_es"):
            return {"coordinates": word}, False
        return {"lat": word, "lon": word}, False
    r = float(rng.random())
    if style == "gps_en":
        if r < 0.6:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, True
        if r < 0.75:
            tags.append("coords_hemisphere")
            ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
            return {"coordinates": f"{ns}{abs(lat):.5f} {ew}{abs(lon):.5f}"}, True
        if r < 0.9:
            tags.append("coords_dms")
            return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, True
        return {"coordinates": f"{lat:.5f},{lon:.5f}"}, True
    if style == "split_fr":
        if r < 0.7:
            tags.append("decimal_comma")
            return {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }, True
        if r < 0.85:
            tags.append("coords_hemisphere")
            return {
                "lat": f"{abs(lat):.5f}".replace(".", ",") + (" N" if lat >= 0 else " S"),
                "lon": f"{abs(lon):.5f}".replace(".", ",") + (" E" if lon >= 0 else " O"),
            }, True
        return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, True
    if style == "xlsx":
        if usa and r < 0.3:
            tags.append("coords_swapped")  # the longitude typed in the latitude column
            return {"lat": float(lon), "lon": float(lat)}, True
        if r < 0.7:
            return {"lat": float(lat), "lon": float(lon)}, True
        if r < 0.85:
            tags.append("decimal_comma")
            return {
                "lat": f"{lat:.5f}".replace(".", ","),
                "lon": f"{lon:.5f}".replace(".", ","),
            }, True
        tags.append("coords_hemisphere")
        return {
            "lat": f"{abs(lat):.5f} " + ("N" if lat >= 0 else "S"),
            "lon": f"{abs(lon):.5f} " + ("E" if lon >= 0 else "O"),
        }, True
    if style == "coord_es":
        if usa and r < 0.25:
            tags.append("coords_swapped")
            return {"coordinates": f"{lon:.5f}, {lat:.5f}"}, True
        if r < 0.45:
            tags.append("decimal_comma")
            a, b = f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ",")
            return {"coordinates": f"{a}; {b}"}, True
        if r < 0.8:
            return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, True
        tags.append("coords_dms")
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}, True
    # json
    if r < 0.75:
        return {"lat": float(lat), "lon": float(lon)}, True
    return {"lat": f"{lat:.5f}", "lon": f"{lon:.5f}"}, True


def _transit(src: Blind9Source, value: str | None, rng: _Rng, tags: list[str]) -> object:
    lang = src.language
    if value is None:
        if rng.random() < 0.3:
            tags.append("transit_none_word")
            return _fit(src, choice(rng, _NONE_TRANSIT[lang]), "")
        return None
    codes = value.split("|")
    r = float(rng.random())
    if r < 0.15:
        tags.append("country_iso3")
        parts = list(codes)
    elif r < 0.25 or (src.coord_style == "json" and r < 0.6):
        tags.append("country_iso2")
        parts = [iso_codes(c)[0] for c in codes]
    else:
        parts = [_NAMES[c][_LANG[lang]] if c in _NAMES else c for c in codes]
    if len(parts) == 1:
        return parts[0]
    tags.append("transit_list")
    seps = [s for s in src.transit_seps if fits(s, src)]
    sep = choice(rng, seps)
    if sep.strip() == "-" and any("-" in p for p in parts):
        sep = ", "
    if sep.strip() == "/" and any("/" in p for p in parts):
        sep = ", "
    return sep.join(parts)


def _offences(src: Blind9Source, value: str | None, rng: _Rng, tags: list[str]) -> object:
    lang = src.language
    if value is None:
        if rng.random() < 0.25:
            tags.append("offence_none_word")
            return choice(rng, _NONE_OFFENCE[lang])
        return None
    words = [_vocab(src, _OFFENCE, w, rng, tags) for w in value.split("|")]
    return src.offence_sep.join(w.strip() for w in words)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Blind9Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    if partial_ok and rng.random() < 0.06:
        text, first, prec = _partial(src, ts, rng, tags)
        cells["event_date"], exp["event_date"], exp["date_precision"] = text, first, prec
    else:
        cells["event_date"] = _day(src, ts, rng, tags)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
    lang = src.language

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, _CRIME, crime, rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        exp["exploitation"] = None
        if rng.random() < 0.4:
            tags.append("exploitation_na")
            cells["exploitation"] = choice(rng, _EXPLOIT_NA[lang])
    else:
        cells["exploitation"] = _vocab(src, _EXPLOIT, str(expl), rng, tags)
        exp["exploitation"] = expl

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"] = _count(src, n, rng, tags, partial_ok=partial_ok)
    exp["n_persons"] = None if "count_placeholder" in tags else n
    k = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(src, k, rng, tags, partial_ok=partial_ok)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    else:
        cells["gender"] = _vocab(src, _GENDER, gender, rng, tags)
        exp["gender"] = gender
    age = str(ev["age_group"])
    if partial_ok and rng.random() < 0.03:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = choice(rng, _AGE_NA[lang]), "unknown"
    else:
        cells["age_group"], exp["age_group"] = _vocab(src, _AGE, age, rng, tags), age

    female = gender == "female"
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col or code is None:
            if forced_blank == col:
                tags.append(f"blank_{col}")
            cells[col], exp[col] = None, None
            continue
        cells[col] = _country(
            src, str(code), rng, tags, adjective=col == "nationality", female=female
        )
        exp[col] = code
    transit = ev["transit_countries"]
    cells["transit_countries"] = _transit(src, None if transit is None else str(transit), rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if partial_ok and rng.random() < 0.03:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = choice(rng, _MODE_NA[lang]), "unknown"
    else:
        cells["transport_mode"], exp["transport_mode"] = _vocab(src, _MODE, mode, rng, tags), mode

    lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    else:
        usa = ev["detection_country"] == "USA"
        place, given = _coords(src, lat, lon, rng, tags, partial_ok=partial_ok, usa=usa)
        cells.update(place)
        exp["lat"], exp["lon"] = (lat, lon) if given else (None, None)
    offences = ev["linked_offences"]
    cells["linked_offences"] = _offences(
        src, None if offences is None else str(offences), rng, tags
    )
    exp["linked_offences"] = offences
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_PRIMARY = {
    "GRC": "cyp_police_k",
    "HRV": "cyp_police_k",
    "POL": "cyp_police_k",
    "ITA": "pn_mali_k",
    "FRA": "pn_mali_k",
    "PAN": "pnc_sv_k",
    "USA": "pnc_sv_k",
    "ESP": "dgm_rd_k",
}
_SECONDARY = {
    ("channel", "FRA"): "hotline_k",
    ("channel", "GBR"): "pn_mali_k",
    ("cmed", "ITA"): "hotline_k",
    ("thb_nga_ita", "ITA"): "hotline_k",
    ("thb_rou_esp", "ITA"): "dgm_rd_k",
    ("thb_rou_esp", "ESP"): "cyp_police_k",
    ("thb_vnm_gbr", "GBR"): "cyp_police_k",
    ("darien", "PAN"): "dgm_rd_k",
    ("us_mex", "USA"): "dgm_rd_k",
    ("watl", "ESP"): "pn_mali_k",
    ("wmed", "ESP"): "pn_mali_k",
    ("emed", "GRC"): "hotline_k",
    ("wbal", "HRV"): "hotline_k",
    ("blr_pol", "POL"): "pn_mali_k",
}
_EXAMINER: Examiner[Blind9Source] = Examiner(
    sources=BLIND9_SOURCES_T,
    primary=_PRIMARY,
    compilation="hotline_k",
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=909,
    blank_share=0.35,
)


def make_blind9(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ninth examiner's five submissions (``*_k.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``cyp_police_k.csv``, ``pn_mali_k.csv``, ``pnc_sv_k.xlsx``, ``dgm_rd_k.csv`` and
        ``hotline_k.jsonl``, with their expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`~trendlib.samples.make_truth`'s output.
    """
    return make_examined(_EXAMINER, truth, seed=seed)
