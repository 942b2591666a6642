"""Examiner sample set ``blind216`` (files ``*_hj.*``): forensic and medico-legal institutes.

Five institutes that identify dead and missing migrants keep case registers that also say
which smuggling or trafficking event a case belongs to. Each writes its register its own way:

``pcome_ubc_hj.csv``
    Pima County Office of the Medical Examiner (Tucson, Arizona), its "undocumented border
    crosser" register: English, UTF-8 with BOM, ``,``; US month-first dates (``5/7/2023``,
    ``May 7, 2023``); demonyms (``Mexican``); ``UNK`` counts; ``N/A`` trafficking type for
    smuggling cases; federal statute in the circumstance (``8 USC 1324``); decimal degrees.
    Reports the events detected in the United States.
``imelcf_pa_hj.xlsx``
    Instituto de Medicina Legal y Ciencias Forenses de Panamá (Darién agency): Spanish, real
    Excel dates, day-first text dates and Excel serial numbers; ``NNA`` for minors; ``s/d``
    (sin dato); demonyms (``venezolana``); coordinates in one cell, degrees-minutes-seconds
    or decimal. Reports the events detected in Panama.
``intcf_es_hj.csv``
    Instituto Nacional de Toxicología y Ciencias Forenses (Spain), its register of migrants'
    remains sent for DNA identification: Spanish, cp1252, ``;``; the judicial offence as it
    is written on the court's request (``art. 318 bis CP`` = smuggling, ``art. 177 bis CP``
    = trafficking); ``Varón``; ``MENA``; ``cayuco``, ``patera``, ``salto de valla``;
    ``subsahariana`` for an unknown nationality; ``1.250`` thousands; decimal-comma
    coordinates; mojibake where the register took rows from a UTF-8 export. Reports the
    events detected in Spain.
``iml_chu_lille_hj.csv``
    Institut de médecine légale du CHU de Lille, its register of deaths on the Channel
    coast: French, UTF-16 (Excel's "texte Unicode"), tab-delimited; ``aide à l'entrée et au
    séjour irréguliers`` (smuggling) and ``TEH``; demonyms in the feminine (``afghane``);
    ``MNA``; ``Angleterre``; ``NC`` (non communiqué); coordinates as a pair, decimal or
    degrees-decimal-minutes. Reports the events detected in France.
``icmp_idms_hj.jsonl``
    International Commission on Missing Persons (The Hague), its data-management system's
    export: English keys, ISO alpha-3 codes, UN country names and ISO numeric codes;
    transit as a JSON list; ISO dates, some month- or quarter-only. Compiles every other
    event (Italy, Greece, Croatia, Poland, United Kingdom) and reports again some of the
    partner institutes' Spanish, French and Panamanian cases (cross-source duplicates).

Where a cell does not say a value (``Undetermined`` sex, ``No consta`` age, ``sin
coordenadas``, an unknown nationality), the truth expects nothing (or ``unknown`` in a
vocabulary column), as a careful analyst would read it; the row's messiness tags say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

__all__ = ["SOURCES", "make_blind216"]

_Rng = np.random.Generator
_Cells = dict[str, object]
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

# --------------------------------------------------------------------------------------
# Wording shared by the institutes: country names, demonyms, typos
# --------------------------------------------------------------------------------------
# iso3: (English, French, Spanish)
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
    "GIN": ("Guinea", "Guinée", "Guinea Conakry"),
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
    "ROU": ("Romania", "Roumanie", "Rumanía"),
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
# The UN's names, as an international database holds them.
_UN_NAMES = {
    "IRN": "Iran (Islamic Republic of)",
    "SYR": "Syrian Arab Republic",
    "VEN": "Venezuela (Bolivarian Republic of)",
    "GBR": "United Kingdom of Great Britain and Northern Ireland",
    "VNM": "Viet Nam",
    "TUR": "Türkiye",
    "RUS": "Russian Federation",
    "USA": "United States of America",
}
# Demonyms: English (US forms), Spanish (masculine, feminine), French (feminine, agreeing
# with "nationalité").
_DEMONYM_EN = {
    "MEX": "Mexican",
    "GTM": "Guatemalan",
    "HND": "Honduran",
    "VEN": "Venezuelan",
    "ECU": "Ecuadorian",
}
_DEMONYM_ES = {
    "VEN": ("venezolano", "venezolana"),
    "ECU": ("ecuatoriano", "ecuatoriana"),
    "HTI": ("haitiano", "haitiana"),
    "COL": ("colombiano", "colombiana"),
    "CHN": ("chino", "china"),
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
_DEMONYM_FR = {
    "AFG": "afghane",
    "IRN": "iranienne",
    "IRQ": "irakienne",
    "ALB": "albanaise",
    "ERI": "érythréenne",
    "SYR": "syrienne",
    "VNM": "vietnamienne",
}
# Slips of the keyboard, by language.
_TYPOS = {
    "en": {
        "MEX": "Mexcio",
        "GTM": "Guatamala",
        "HND": "Hondruas",
        "VEN": "Venezula",
        "ECU": "Equador",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Ecudor",
        "HTI": "Hatí",
        "COL": "Colonbia",
        "MAR": "Marrucos",
        "SEN": "Senegl",
        "MLI": "Mallí",
        "GMB": "Ganbia",
        "DZA": "Argelía",
        "ROU": "Rumaní",
    },
    "fr": {
        "AFG": "Afganistan",
        "IRN": "Irn",
        "ALB": "Albani",
        "ERI": "Erythée",
        "SYR": "Syire",
        "IRQ": "Irakk",
    },
}
_SUB_SAHARAN = ("SEN", "MLI", "GIN", "GMB", "CIV", "CMR", "NGA")


def _name(iso: str, lang: str) -> str:
    return _NAMES[iso][_LANG[lang]]


def _weighted(rng: _Rng, options: dict[str, float]) -> str:
    """Draw a key of ``options`` with its weight."""
    keys = list(options)
    w = np.array(list(options.values()), dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _case(text: str, rng: _Rng, tags: list[str], *, upper: float = 0.08) -> str:
    """Now and then write a name in capitals, lower case or padded with spaces."""
    r = rng.random()
    if r < upper:
        tags.append("case_upper")
        return text.upper()
    if r < upper + 0.03:
        tags.append("case_lower")
        return text.lower()
    if r < upper + 0.06:
        tags.append("padded")
        return f" {text}  "
    return text


@dataclass(frozen=True)
class _Words:
    """An institute's words for the vocabulary fields (canonical value -> its words)."""

    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    sex_undetermined: str
    age: dict[str, tuple[str, ...]]
    age_unknown: str
    offences: dict[str, tuple[str, ...]]
    offence_sep: str
    statute: dict[str, tuple[str, ...]] = field(default_factory=dict)  # cited offences


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
PCOME = ExaminerSource(
    source="pcome_ubc",
    filename="pcome_ubc_hj.csv",
    ref="ML{yy:02d}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "ML Number",
        "event_date": "Reporting Date",
        "crime_type": "Circumstance",
        "exploitation": "Trafficking Type",
        "n_persons": "Number of Persons",
        "n_suspects": "Suspects Apprehended",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Destination",
        "detection_country": "Recovery Country",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Travel",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Related Offenses",
    },
    note="Data current as of report date; open cases subject to change",
    total="Total",
    bad_count=("multiple", "several"),
    repeats=True,
)
IMELCF = ExaminerSource(
    source="imelcf_pa",
    filename="imelcf_pa_hj.xlsx",
    ref="DRN-{seq:04d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N.º de caso",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito investigado",
        "exploitation": "Fin de explotación",
        "n_persons": "Personas",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País",
        "transit_countries": "Tránsito",
        "transport_mode": "Medio",
        "coordinates": "Coordenadas",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: IMELCF, Agencia de Darién. Cifras preliminares",
    total="TOTAL",
    bad_count=("varios", "restos de varias personas"),
    repeats=False,
)
INTCF = ExaminerSource(
    source="intcf_es",
    filename="intcf_es_hj.csv",
    ref="INTCF/{year}/{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="es",
    headers={
        "source_ref": "Nº Registro",
        "event_date": "Fecha hallazgo",
        "crime_type": "Procedimiento (delito)",
        "exploitation": "Finalidad",
        "n_persons": "Nº personas",
        "n_suspects": "Detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "destination_country": "Destino",
        "detection_country": "País hallazgo",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: datos provisionales, pendientes de identificación genética",
    total="TOTAL",
    bad_count=("varios", "múltiples"),
    repeats=False,
)
IML_LILLE = ExaminerSource(
    source="iml_chu_lille",
    filename="iml_chu_lille_hj.csv",
    ref="TH{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date de découverte",
        "crime_type": "Qualification (réquisition)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb personnes",
        "n_suspects": "Nb mis en cause",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Destination",
        "detection_country": "Pays de découverte",
        "transit_countries": "Pays de transit",
        "transport_mode": "Mode de passage",
        "coordinates": "Coordonnées GPS",
        "linked_offences": "Infractions connexes",
    },
    note="Source : registre IML, données provisoires",
    total="Total",
    bad_count=("plusieurs", "nombreux"),
    repeats=False,
)
ICMP = ExaminerSource(
    source="icmp_idms",
    filename="icmp_idms_hj.jsonl",
    ref="ICMP-MP-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "context",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "facilitators",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "intended_destination",
        "detection_country": "country_of_incident",
        "transit_countries": "transit_route",
        "transport_mode": "mode",
        "lat": "lat",
        "lon": "lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=True,
)
#: The set's five sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (PCOME, IMELCF, INTCF, IML_LILLE, ICMP)

_EN_OFFENCES = {
    "document_fraud": ("document fraud", "false documents"),
    "corruption": ("bribery", "corruption"),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drug smuggling", "narcotics"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}
_ES_OFFENCES = {
    "document_fraud": ("falsedad documental",),
    "corruption": ("cohecho",),
    "money_laundering": ("blanqueo de capitales",),
    "illicit_goods": ("contra la salud pública", "tráfico de drogas"),
    "cybercrime": ("ciberdelincuencia",),
    "terrorism": ("terrorismo",),
}
_ES_EXPLOITATION = {
    "sexual": ("explotación sexual",),
    "forced_labour": ("explotación laboral", "trabajos forzados"),
    "forced_criminality": ("actividades delictivas", "comisión de delitos"),
    "organ_removal": ("extracción de órganos",),
    "forced_marriage": ("matrimonio forzado",),
    "other": ("otra",),
}
_WORDS: dict[str, _Words] = {
    "pcome_ubc": _Words(
        crime={
            "smuggling": ("Alien smuggling", "Human smuggling", "Smuggling"),
            "trafficking": ("Human trafficking", "Trafficking"),
            "both": ("Smuggling/Trafficking", "Human smuggling & trafficking"),
        },
        exploitation={
            "sexual": ("Sex trafficking",),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity",),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        gender={"male": ("Male", "M"), "female": ("Female", "F"), "mixed": ("Mixed", "M/F")},
        sex_undetermined="Undetermined",
        age={
            "adult": ("Adult",),
            "child": ("Juvenile", "Minor", "UAC"),
            "mixed": ("Adult & juvenile", "Mixed"),
        },
        age_unknown="Undetermined",
        offences=_EN_OFFENCES,
        offence_sep="; ",
        statute={"smuggling": ("Alien smuggling (8 USC 1324)", "8 USC 1324 - smuggling")},
    ),
    "imelcf_pa": _Words(
        crime={
            "smuggling": ("Tráfico ilícito de migrantes", "tráfico de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata de personas y tráfico de migrantes",),
        },
        exploitation=_ES_EXPLOITATION,
        gender={
            "male": ("Masculino", "M"),
            "female": ("Femenino", "F"),
            "mixed": ("Mixto", "Ambos sexos"),
        },
        sex_undetermined="Indeterminado",
        age={
            "adult": ("Adulto", "Mayor de edad"),
            "child": ("NNA", "Menor de edad"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        age_unknown="Indeterminado",
        offences={**_ES_OFFENCES, "illicit_goods": ("tráfico de drogas", "contrabando")},
        offence_sep=", ",
    ),
    "intcf_es": _Words(
        crime={
            "smuggling": (
                "Contra los derechos de los ciudadanos extranjeros",
                "Inmigración clandestina",
                "Favorecimiento de la inmigración ilegal",
            ),
            "trafficking": ("Trata de seres humanos",),
            "both": ("Trata de seres humanos e inmigración ilegal",),
        },
        exploitation=_ES_EXPLOITATION,
        gender={
            "male": ("Varón", "Hombre"),
            "female": ("Mujer",),
            "mixed": ("Ambos sexos", "Mixto"),
        },
        sex_undetermined="Indeterminado",
        age={
            "adult": ("Adulto", "Mayor de edad"),
            "child": ("Menor", "MENA"),
            "mixed": ("Adultos y menores",),
        },
        age_unknown="No consta",
        offences=_ES_OFFENCES,
        offence_sep=" / ",
        statute={
            "smuggling": (
                "Contra los derechos de los ciudadanos extranjeros (art. 318 bis CP)",
                "Art. 318 bis CP",
            ),
            "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "Art. 177 bis CP"),
            "both": ("Arts. 177 bis y 318 bis CP",),
        },
    ),
    "iml_chu_lille": _Words(
        crime={
            "smuggling": (
                "aide à l'entrée et au séjour irréguliers",
                "aide à l'entrée irrégulière en bande organisée",
            ),
            "trafficking": ("traite des êtres humains", "TEH"),
            "both": ("TEH et aide à l'entrée irrégulière",),
        },
        exploitation={
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé",),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        gender={"male": ("masculin", "M"), "female": ("féminin", "F"), "mixed": ("mixte",)},
        sex_undetermined="indéterminé",
        age={
            "adult": ("majeur",),
            "child": ("mineur", "MNA"),
            "mixed": ("majeurs et mineurs",),
        },
        age_unknown="indéterminé",
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("trafic de stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_sep=" ; ",
        statute={
            "smuggling": ("aide à l'entrée irrégulière (art. L823-1 CESEDA)",),
            "trafficking": ("traite des êtres humains (art. 225-4-1 CP)",),
        },
    ),
    "icmp_idms": _Words(
        crime={
            "smuggling": ("migrant smuggling", "smuggling of migrants"),
            "trafficking": ("trafficking in persons", "human trafficking"),
            "both": ("smuggling/trafficking",),
        },
        exploitation={
            "sexual": ("sexual exploitation",),
            "forced_labour": ("forced labour",),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        gender={"male": ("male",), "female": ("female",), "mixed": ("mixed",)},
        sex_undetermined="undetermined",
        age={"adult": ("adult",), "child": ("minor", "child"), "mixed": ("mixed",)},
        age_unknown="undetermined",
        offences=_EN_OFFENCES,
        offence_sep="; ",
    ),
}


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(
    src: ExaminerSource, iso: str, role: str, female: bool, rng: _Rng, tags: list[str]
) -> object:
    """Write one country the institute's way (role: nationality, origin, ...)."""
    lang = src.language
    name = _name(iso, lang)
    if src.source == "icmp_idms":
        if role == "detection":
            kind = _weighted(rng, {"iso3": 0.75, "numeric": 0.1, "name": 0.15})
        elif role == "nationality":
            kind = _weighted(rng, {"iso3": 0.7, "un": 0.15, "name": 0.1, "iso2": 0.05})
        elif role == "origin":
            kind = _weighted(rng, {"iso3": 0.8, "un": 0.2})
        else:
            kind = "iso3"
        if kind == "iso3":
            return iso
        if kind == "numeric":
            tags.append("country_numeric")
            return iso_codes(iso)[1]
        if kind == "iso2":
            tags.append("country_iso2")
            return iso_codes(iso)[0]
        if kind == "un" and iso in _UN_NAMES:
            tags.append("country_un_name")
            return _UN_NAMES[iso]
        return name
    if role == "destination":
        if iso == "USA":
            options = {
                "en": ("USA", "United States", "U.S."),
                "es": ("Estados Unidos", "EE.UU.", "EEUU"),
                "fr": ("États-Unis",),
            }[lang]
            word = choice(rng, options)
            if word != name:
                tags.append("country_alias")
            return word
        if iso == "GBR" and lang == "fr":
            word = _weighted(rng, {"Royaume-Uni": 0.6, "Angleterre": 0.25, "UK": 0.15})
            if word != name:
                tags.append("country_alias")
            return word
    if role == "detection":
        options = {
            "pcome_ubc": ("USA", "United States", "US"),
            "imelcf_pa": ("Panamá", "PANAMÁ", "Panama", "Rep. de Panamá"),
            "intcf_es": ("España", "ESPAÑA", "España", "ES"),
            "iml_chu_lille": ("France", "France", "FRANCE", "FR"),
        }.get(src.source, (name,))
        word = choice(rng, options)
        if word != name:
            tags.append("country_variant")
        if src.source == "intcf_es" and rng.random() < 0.06:
            tags.append("mojibake")
            return mojibake(word) or word
        return word
    if role == "nationality":
        r = rng.random()
        if src.source == "pcome_ubc" and iso in _DEMONYM_EN and r < 0.45:
            tags.append("country_demonym")
            return _case(_DEMONYM_EN[iso], rng, tags, upper=0.05)
        if src.source in ("imelcf_pa", "intcf_es") and iso in _DEMONYM_ES:
            share = 0.35 if src.source == "imelcf_pa" else 0.12
            if r < share:
                tags.append("country_demonym")
                return _DEMONYM_ES[iso][1 if female else 0]
        if src.source == "iml_chu_lille" and iso in _DEMONYM_FR and r < 0.4:
            tags.append("country_demonym")
            return _case(_DEMONYM_FR[iso], rng, tags, upper=0.05)
        if src.source == "imelcf_pa" and rng.random() < 0.05:
            tags.append("country_iso2")
            return iso_codes(iso)[0]
    if role in ("nationality", "origin"):
        typo = _TYPOS[lang].get(iso)
        if typo is not None and rng.random() < 0.05:
            tags.append("country_typo")
            return typo
        if src.source == "intcf_es" and rng.random() < 0.08:
            garbled = mojibake(name)
            if garbled is not None and fits(garbled, src):
                tags.append("mojibake")
                return garbled
    return _case(name, rng, tags)


def _transit(src: ExaminerSource, codes: list[str], rng: _Rng, tags: list[str]) -> object:
    """Write the ordered transit countries with the institute's separator."""
    if not codes:
        if src.source == "intcf_es" and rng.random() < 0.3:
            tags.append("transit_direct_word")
            return "Ruta directa"
        return None
    if src.source == "icmp_idms":
        tags.append("transit_list")
        return list(codes)
    sep = {"pcome_ubc": ", ", "imelcf_pa": " - ", "intcf_es": ", ", "iml_chu_lille": " / "}
    names = [_name(c, src.language) for c in codes]
    if src.source == "pcome_ubc" and rng.random() < 0.3:
        return " > ".join(names)
    return sep[src.source].join(names)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


def _serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - _EXCEL_EPOCH).days)


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, expected precision)."""
    day = ts.normalize()
    month = day.to_period("M").start_time
    quarter = day.to_period("Q").start_time
    r = rng.random()
    if src.source == "pcome_ubc":
        if r < 0.7:
            tags.append("date_us")
            return f"{day.month}/{day.day}/{day.year}", day, "day"
        if r < 0.9:
            tags.append("date_us")
            return day.strftime("%m/%d/%Y"), day, "day"
        tags.append("date_long")
        return f"{_MONTHS_EN[day.month - 1]} {day.day}, {day.year}", day, "day"
    if src.source == "imelcf_pa":
        if r < 0.75:
            return day.to_pydatetime(), day, "day"
        if r < 0.9:
            tags.append("date_text")
            return day.strftime("%d/%m/%Y"), day, "day"
        tags.append("date_serial")
        return _serial(day), day, "day"
    if src.source == "intcf_es":
        if partial_ok and r < 0.04:
            tags.append("month_only")
            return f"{_MONTHS_ES[day.month - 1]} {day.year}", month, "month"
        if r < 0.78:
            return day.strftime("%d/%m/%Y"), day, "day"
        if r < 0.9:
            tags.append("date_short_year")
            return day.strftime("%d/%m/%y"), day, "day"
        tags.append("date_long")
        return f"{day.day} de {_MONTHS_ES[day.month - 1]} de {day.year}", day, "day"
    if src.source == "iml_chu_lille":
        if partial_ok and r < 0.03:
            tags.append("month_only")
            return f"{_MONTHS_FR[day.month - 1]} {day.year}", month, "month"
        if r < 0.78:
            return day.strftime("%d/%m/%Y"), day, "day"
        tags.append("date_long")
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {_MONTHS_FR[day.month - 1]} {day.year}", day, "day"
    # icmp_idms: ISO, month or quarter when the day of the disappearance is not known
    if partial_ok and r < 0.08:
        tags.append("month_only")
        return day.strftime("%Y-%m"), month, "month"
    if partial_ok and r < 0.13:
        tags.append("quarter_only")
        return f"{day.year}-Q{day.quarter}", quarter, "quarter"
    return day.strftime("%Y-%m-%d"), day, "day"


def _swap_year(year: int) -> str:
    """Type a year with its two middle digits swapped (2023 -> 2203)."""
    text = str(year)
    return text[0] + text[2] + text[1] + text[3]


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a missing, impossible or future date the institute's way."""
    if kind == "no_date":
        return None
    day = ts.normalize()
    if kind == "bad_date":
        if src.source == "pcome_ubc":
            return f"2/{choice(rng, ('30', '31'))}/{day.year}"
        if src.source == "icmp_idms":
            return f"{day.year}-02-30"
        if rng.random() < 0.5:
            return f"31/02/{day.year}"
        return f"{day.day:02d}/13/{day.year}"
    year = int(_swap_year(day.year))
    future = day.replace(year=year, day=min(day.day, 28))
    if src.source == "pcome_ubc":
        return f"{future.month}/{future.day}/{future.year}"
    if src.source == "imelcf_pa":
        return future.to_pydatetime()
    if src.source == "icmp_idms":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date written on the note row (the day of the extraction)."""
    day = (last + pd.Timedelta(days=5)).normalize()
    if src.source == "pcome_ubc":
        return f"{day.month}/{day.day}/{day.year}"
    if src.source == "imelcf_pa":
        return day.to_pydatetime()
    return day.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
_PLACEHOLDER = {
    "pcome_ubc": ("UNK", "Unknown"),
    "imelcf_pa": ("s/d",),
    "intcf_es": ("no consta", "desconocido"),
    "iml_chu_lille": ("NC", "inconnu"),
    "icmp_idms": ("unknown",),
}
_ZERO = {
    "pcome_ubc": "None",
    "imelcf_pa": "ninguno",
    "intcf_es": "ninguno",
    "iml_chu_lille": "aucun",
    "icmp_idms": "none",
}


def _persons(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    if rng.random() < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _PLACEHOLDER[src.source]), None
    if src.format in ("xlsx", "jsonl"):
        return n, n
    if n >= 1000:
        tags.append("thousands_sep")
        sep = {"pcome_ubc": ",", "intcf_es": ".", "iml_chu_lille": "\u202f"}[src.source]
        return f"{n // 1000}{sep}{n % 1000:03d}", n
    return str(n), n


def _suspects(src: ExaminerSource, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    r = rng.random()
    if src.source == "icmp_idms" and r < 0.03:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _PLACEHOLDER[src.source]), None
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return _ZERO[src.source], 0
    return (n if src.format != "csv" else str(n)), n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and seconds (to a tenth) and the value they say."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    said = (deg + minutes / 60 + sec10 / 36000) * (1 if value >= 0 else -1)
    return f"{deg}°{minutes:02d}'{sec10 / 10:04.1f}\"{hemi}", said


def _ddm(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees and decimal minutes (GPS style) and the value they say."""
    hemi = pos if value >= 0 else neg
    thousandths = round(abs(value) * 60000)
    deg, rest = divmod(thousandths, 60000)
    said = (deg + rest / 60000) * (1 if value >= 0 else -1)
    return f"{hemi} {deg}°{rest / 1000:06.3f}'", said


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[_Cells, float | None, float | None]:
    """Return (cells, expected lat, expected lon)."""
    r = rng.random()
    if src.source == "pcome_ubc":
        if r < 0.05:
            tags.append("coords_missing")
            return {}, None, None
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo
    if src.source == "intcf_es":
        if r < 0.05:
            tags.append("coords_missing")
            return {}, None, None
        tags.append("decimal_comma")
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": f"{la:.4f}".replace(".", ","), "lon": f"{lo:.4f}".replace(".", ",")}, la, lo
    if src.source == "icmp_idms":
        if r < 0.08:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        la, lo = round(lat, 4), round(lon, 4)
        return {"lat": la, "lon": lo}, la, lo
    if src.source == "imelcf_pa":
        if r < 0.06:
            tags.append("coords_placeholder")
            return {"coordinates": "sin coordenadas"}, None, None
        if r < 0.55:
            tags.append("coords_dms")
            a, la = _dms(lat, "N", "S")
            b, lo = _dms(lon, "E", "W")
            return {"coordinates": f"{a} {b}"}, la, lo
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
    # iml_chu_lille
    if r < 0.05:
        tags.append("coords_placeholder")
        return {"coordinates": "non relevées"}, None, None
    if r < 0.35:
        tags.append("coords_ddm")
        a, la = _ddm(lat, "N", "S")
        b, lo = _ddm(lon, "E", "W")
        return {"coordinates": f"{a} {b}"}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo


def _mode_words(src: ExaminerSource, corridor: str, mode: str) -> tuple[str, ...]:
    """Return the institute's words for how the persons travelled."""
    name = src.source
    if name == "pcome_ubc":
        return ("On foot", "Vehicle", "Land", "Tractor-trailer")
    if name == "imelcf_pa":
        return ("terrestre", "a pie", "caminando")
    if name == "intcf_es":
        if mode == "sea":
            if corridor == "watl":
                return ("cayuco", "embarcación", "neumática")
            return ("patera", "neumática", "embarcación")
        if mode == "air":
            return ("aéreo", "vuelo")
        if corridor == "wmed":
            return ("salto de valla", "bajos de camión", "terrestre")
        return ("terrestre", "autobús", "furgoneta")
    if name == "iml_chu_lille":
        if mode == "sea":
            return ("small boat", "embarcation pneumatique", "bateau")
        if mode == "air":
            return ("aérien",)
        return ("poids lourd", "camion", "voie terrestre")
    return {"sea": ("sea", "boat"), "land": ("land", "overland"), "air": ("air",)}[mode]


def _vocab(words: tuple[str, ...], rng: _Rng) -> str:
    """Pick the usual word most of the time, another one otherwise."""
    if len(words) == 1 or rng.random() < 0.65:
        return words[0]
    return choice(rng, words[1:])


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _as_int(value: object) -> int:
    """Return a count of the truth (a whole number) as an int."""
    if not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"expected a number in the truth, got {value!r}")
    return int(value)


def _as_float(value: object) -> float:
    """Return a coordinate of the truth as a float."""
    if not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"expected a number in the truth, got {value!r}")
    return float(value)


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one true event as the institute does: (cells, expected values, tags)."""
    words = _WORDS[src.source]
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    if crime in words.statute and rng.random() < 0.2:
        tags.append("statute_ref")
        cells["crime_type"] = choice(rng, words.statute[crime])
    else:
        cells["crime_type"] = _vocab(words.crime[crime], rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        if src.source == "pcome_ubc" and rng.random() < 0.5:
            tags.append("na_exploitation")
            cells["exploitation"] = "N/A"
        else:
            cells["exploitation"] = None
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _vocab(words.exploitation[str(expl)], rng)
        exp["exploitation"] = str(expl)

    cells["n_persons"], exp["n_persons"] = _persons(src, _as_int(ev["n_persons"]), rng, tags)
    if forced_blank == "n_suspects":
        tags.append("blank_n_suspects")
        cells["n_suspects"], exp["n_suspects"] = None, None
    else:
        cells["n_suspects"], exp["n_suspects"] = _suspects(
            src, _as_int(ev["n_suspects"]), rng, tags
        )

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"], exp["gender"] = None, "unknown"
    elif rng.random() < 0.03:
        tags += ["sex_undetermined", "blank_gender"]
        cells["gender"], exp["gender"] = words.sex_undetermined, "unknown"
    else:
        cells["gender"], exp["gender"] = _vocab(words.gender[gender], rng), gender
    age = str(ev["age_group"])
    if rng.random() < 0.03:
        tags.append("na_word")
        cells["age_group"], exp["age_group"] = words.age_unknown, "unknown"
    else:
        cells["age_group"], exp["age_group"] = _vocab(words.age[age], rng), age

    female = gender == "female"
    nat = str(ev["nationality"])
    if forced_blank == "nationality":
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif src.source != "icmp_idms" and rng.random() < 0.03:
        tags += ["nationality_unknown_word", "blank_nationality"]
        unknown = {
            "pcome_ubc": "Unknown",
            "imelcf_pa": "Indeterminada",
            "intcf_es": "subsahariana" if nat in _SUB_SAHARAN else "desconocida",
            "iml_chu_lille": "inconnue",
        }[src.source]
        cells["nationality"], exp["nationality"] = unknown, None
    else:
        cells["nationality"] = _country(src, nat, "nationality", female, rng, tags)
        exp["nationality"] = nat
    origin = str(ev["origin_country"])
    cells["origin_country"] = _country(src, origin, "origin", female, rng, tags)
    exp["origin_country"] = origin
    dest = str(ev["destination_country"])
    cells["destination_country"] = _country(src, dest, "destination", female, rng, tags)
    exp["destination_country"] = dest
    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        cells["detection_country"] = _country(src, det, "detection", female, rng, tags)
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    codes = str(transit).split("|") if transit is not None else []
    cells["transit_countries"] = _transit(src, codes, rng, tags)
    exp["transit_countries"] = transit

    mode = str(ev["transport_mode"])
    if src.source == "icmp_idms" and rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"], exp["transport_mode"] = "not recorded", "unknown"
    else:
        cells["transport_mode"] = _vocab(_mode_words(src, str(ev["corridor"]), mode), rng)
        exp["transport_mode"] = mode

    if forced_blank == "coordinates":
        tags.append("blank_coordinates")
        exp["lat"], exp["lon"] = None, None
    else:
        place, exp["lat"], exp["lon"] = _coords(
            src,
            _as_float(ev["lat"]),
            _as_float(ev["lon"]),
            rng,
            tags,
        )
        cells.update(place)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        parts = [_vocab(words.offences[o], rng) for o in str(offences).split("|")]
        cells["linked_offences"] = words.offence_sep.join(parts)
    exp["linked_offences"] = offences
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"USA": "pcome_ubc", "PAN": "imelcf_pa", "ESP": "intcf_es", "FRA": "iml_chu_lille"},
    compilation="icmp_idms",
    secondary={
        ("watl", "ESP"): "icmp_idms",
        ("wmed", "ESP"): "icmp_idms",
        ("thb_rou_esp", "ESP"): "icmp_idms",
        ("channel", "FRA"): "icmp_idms",
        ("darien", "PAN"): "icmp_idms",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=216,
    blank_share=0.3,
)


def make_blind216(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as five forensic and medico-legal institutes' registers.

    The Pima County medical examiner (United States), Panama's IMELCF, Spain's INTCF, the
    Lille medico-legal institute (France) and ICMP (every other detection country, plus
    second reports of partner institutes' cases). See the module docstring for each one's
    format, encoding, delimiter, language and habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind216(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['pcome_ubc_hj.csv', 'imelcf_pa_hj.xlsx', 'intcf_es_hj.csv', 'iml_chu_lille_hj.csv',
     'icmp_idms_hj.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'utf-8', 'cp1252', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['Nº Registro', 'Fecha hallazgo', 'Procedimiento (delito)']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
