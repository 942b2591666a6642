"""Examiner sample set ``blind259`` (files ``*_ja.*``): shelters on the migrant route and churches.

Five reporters that write the true events the way their own registers do, never looking
at the cleaner:

``albergue_belen_tapachula_ja.csv``
    Casa del Migrante "Albergue Belén" of the Scalabrinian missionaries in Tapachula
    (Chiapas, Mexico). Its arrival register notes, from the guests' testimony, the group
    with which they were detected crossing the Darién (Panama). Spanish (Mexico), cp1252,
    ``,`` delimiter (an Excel export on a Mexican Windows), day-first dates with a few
    Excel serials and months only ("05/2023", "mayo de 2023"), nationalities written as
    demonyms ("venezolana"), ``H``/``M`` for hombre/mujer (the CURP habit), "NNA" for
    minors, "tráfico de personas" (Mexican law's word for smuggling), "EUA" for the United
    States, thousands with a comma, the place as text and no coordinates; some country
    names arrive garbled (mojibake) from the shelter's web intake form. Primary for Panama.
``franciscan_network_migration_ja.xlsx``
    Franciscan Network on Migration (Red Franciscana para Migrantes), US–Mexico border
    desk: intake log of the comedores and respite houses, where released or expelled
    guests say where and when the Border Patrol stopped them. English with Spanish words
    ("coyote"), real Excel dates and US month-first text dates, ISO alpha-2 citizenship
    (as on DHS paperwork), "UAC" and "Family unit", Border Patrol sectors as places, no
    coordinates. Primary for the United States; may report a Darién crossing a second time.
``pastorale_migrants_arras_ja.csv``
    Diocèse d'Arras, service de la pastorale des migrants: the coastal watch ("veille du
    littoral") of departures and interceptions between Calais and Dunkirk. French, UTF-8
    with BOM, ``;`` delimiter, "17/05/2023", "1er mai 2023" or "mai 2023", counts such as
    "12 pers.", "MNA", "Kurde irakien", "Angleterre" for the United Kingdom, decimal-comma
    coordinates and no country column (everything is on the French coast). Primary for
    France.
``caritas_espanola_migraciones_ja.csv``
    Cáritas Española, programa de migraciones: cases sent by the diocesan Cáritas
    (Canarias, Tenerife, Cádiz y Ceuta, Málaga-Melilla, Almería, Huelva). Spanish (Spain),
    UTF-16 tab-separated text (Excel's "Texto Unicode"), "2023/05/17" dates and quarters
    ("T2 2023", "2º trim. 2023"), "patera"/"cayuco", thousands with a dot, decimal-comma
    coordinates. Primary for Spain; may report again the Romanian victims followed into
    Italy.
``ccme_brussels_ja.jsonl``
    Churches' Commission for Migrants in Europe (Brussels): the compilation of incidents
    sent by member churches (Italy, Greece, Croatia, Poland, Britain). English keys, ISO
    alpha-3 codes, ISO dates, months ("2023-05") and quarters ("2023-Q2"), transit as a
    JSON array. Reports every event no primary source does, and some Channel and Western
    Mediterranean events a second time.

Each reporter writes a few rows it cannot read itself (no date, impossible or mistyped
future year, negative or wordy count), a note and a total; the Tapachula register and
the Brussels compilation re-send some rows.
"""

from __future__ import annotations

from typing import cast

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["SOURCES", "make_blind259"]

_Rng = np.random.Generator
_Weights = tuple[tuple[str, float], ...]

_BELEN = "albergue_belen_tapachula_ja"
_FNM = "franciscan_network_migration_ja"
_ARRAS = "pastorale_migrants_arras_ja"
_CARITAS = "caritas_espanola_migraciones_ja"
_CCME = "ccme_brussels_ja"

#: The five reporters, in the order their submissions are returned.
SOURCES: tuple[ExaminerSource, ...] = (
    ExaminerSource(
        source=_BELEN,
        filename=f"{_BELEN}.csv",
        ref="AB-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Folio",
            "event_date": "Fecha del hecho",
            "crime_type": "Tipo de delito",
            "exploitation": "Fin de explotación",
            "n_persons": "No. personas del grupo",
            "n_suspects": "Guías / polleros",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "Destino",
            "detection_country": "País del hecho",
            "place": "Lugar del hecho",
            "transport_mode": "Medio",
            "linked_offences": "Otros delitos",
            "notes": "Observaciones",
        },
        note="Nota: fechas según testimonio de las personas albergadas, datos preliminares",
        total="TOTAL",
        bad_count=("varios", "un grupo", "muchos"),
        repeats=True,
    ),
    ExaminerSource(
        source=_FNM,
        filename=f"{_FNM}.xlsx",
        ref="FNM-{yy:02d}-{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Case ID",
            "event_date": "Incident date",
            "crime_type": "Incident type",
            "exploitation": "Exploitation",
            "n_persons": "# in group",
            "n_suspects": "# smugglers",
            "gender": "Sex",
            "age_group": "Age category",
            "nationality": "Citizenship",
            "origin_country": "Country of origin",
            "destination_country": "Intended destination",
            "detection_country": "Country of incident",
            "place": "Location / BP sector",
            "transit_countries": "Countries crossed",
            "transport_mode": "Mode",
            "linked_offences": "Related offenses",
        },
        note="Note: intake data self-reported by guests, not verified",
        total="Total",
        bad_count=("several", "a group", "lots"),
        repeats=False,
    ),
    ExaminerSource(
        source=_ARRAS,
        filename=f"{_ARRAS}.csv",
        ref="PM62-{year}-{seq:03d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date des faits",
            "place": "Lieu",
            "crime_type": "Nature",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb personnes",
            "n_suspects": "Nb passeurs",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité(s)",
            "origin_country": "Pays d'origine",
            "transit_countries": "Pays traversés",
            "destination_country": "Destination",
            "transport_mode": "Moyen",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions associées",
        },
        note="NB : relevé hebdomadaire de la veille du littoral, données non consolidées",
        total="TOTAL GÉNÉRAL",
        bad_count=("plusieurs", "un groupe", "nombreux"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CARITAS,
        filename=f"{_CARITAS}.csv",
        ref="CE/{seq:05d}/{year}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "Id caso",
            "event_date": "Fecha",
            "diocese": "Cáritas diocesana",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo",
            "age_group": "Grupo de edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "detection_country": "País de detección",
            "transport_mode": "Medio de transporte",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales remitidos por las Cáritas diocesanas",
        total="Total general",
        bad_count=("varios", "grupo numeroso"),
        repeats=False,
    ),
    ExaminerSource(
        source=_CCME,
        filename=f"{_CCME}.jsonl",
        ref="CCME/{year}/{seq:04d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "ref",
            "member": "reporting_member",
            "event_date": "date",
            "crime_type": "category",
            "exploitation": "exploitation",
            "n_persons": "persons",
            "n_suspects": "facilitators",
            "gender": "sex",
            "age_group": "age",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "incident_country",
            "place": "location",
            "transit_countries": "transit",
            "transport_mode": "mode",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "dozens"),
        repeats=True,
    ),
)

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
_MESES = (
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
_MOIS = (
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

#: source -> column -> canonical word -> the agency's words (first = the usual one).
_WORDS: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    _BELEN: {
        "crime_type": {
            "smuggling": (
                "tráfico de personas",
                "Tráfico de personas",
                "tráfico ilícito de migrantes",
                "coyotaje",
            ),
            "trafficking": ("trata de personas", "Trata"),
            "both": ("trata y tráfico", "tráfico con fines de trata"),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("trabajo forzado", "explotación laboral"),
            "forced_criminality": ("obligado a delinquir",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra",),
        },
        "gender": {
            "male": ("Hombres", "hombres", "H"),
            "female": ("Mujeres", "mujeres", "M"),
            "mixed": ("Mixto", "hombres y mujeres"),
        },
        "age_group": {
            "adult": ("Adultos", "mayores de edad"),
            "child": ("NNA", "menores"),
            "mixed": ("familias con NNA", "adultos y menores"),
        },
        "transport_mode": {
            "land": ("a pie", "caminando", "terrestre"),
            "sea": ("lancha",),
            "air": ("avión",),
        },
        "linked_offences": {
            "illicit_goods": ("drogas", "narcomenudeo"),
            "document_fraud": ("documentos falsos",),
            "corruption": ("soborno a autoridades", "cohecho"),
            "money_laundering": ("lavado de dinero",),
            "cybercrime": ("fraude en línea",),
            "terrorism": ("terrorismo",),
        },
    },
    _FNM: {
        "crime_type": {
            "smuggling": ("Smuggling", "Human smuggling", "Smuggled (paid coyote)"),
            "trafficking": ("Trafficking", "Human trafficking", "Trafficking - T visa referral"),
            "both": ("Smuggling/Trafficking", "Smuggling + trafficking"),
        },
        "exploitation": {
            "sexual": ("Sex trafficking", "Sexual"),
            "forced_labour": ("Labor trafficking", "Forced labor"),
            "forced_criminality": ("Forced criminal activity", "Forced to carry drugs"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("M", "Male"),
            "female": ("F", "Female"),
            "mixed": ("Mixed", "Mixed group"),
        },
        "age_group": {
            "adult": ("Single adults", "Adult"),
            "child": ("UAC", "Minor"),
            "mixed": ("Family unit", "Adults w/ minors"),
        },
        "transport_mode": {
            "land": ("On foot", "Walked", "Vehicle", "Land"),
            "sea": ("Boat",),
            "air": ("Air",),
        },
        "linked_offences": {
            "illicit_goods": ("drugs", "narcotics"),
            "document_fraud": ("fraudulent documents",),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "cybercrime": ("online fraud",),
            "terrorism": ("terrorism",),
        },
    },
    _ARRAS: {
        "crime_type": {
            "smuggling": (
                "trafic de migrants",
                "passage organisé (passeurs)",
                "filière de passage",
            ),
            "trafficking": ("traite des êtres humains", "TEH", "traite"),
            "both": ("traite et trafic", "passage + exploitation (traite)"),
        },
        "exploitation": {
            "sexual": ("exploitation sexuelle",),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": ("contrainte à commettre des délits",),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre",),
        },
        "gender": {
            "male": ("hommes", "H"),
            "female": ("femmes", "F"),
            "mixed": ("mixte", "hommes et femmes"),
        },
        "age_group": {
            "adult": ("majeurs", "adultes"),
            "child": ("mineurs", "MNA"),
            "mixed": ("familles", "adultes et enfants"),
        },
        "transport_mode": {
            "sea": ("small boat", "bateau pneumatique", "embarcation"),
            "land": ("camion", "poids lourd"),
            "air": ("avion",),
        },
        "linked_offences": {
            "document_fraud": ("faux papiers", "fraude documentaire"),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "corruption": ("corruption",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
    },
    _CARITAS: {
        "crime_type": {
            "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes"),
            "trafficking": ("trata de seres humanos", "TSH", "trata"),
            "both": ("trata y tráfico",),
        },
        "exploitation": {
            "sexual": ("explotación sexual",),
            "forced_labour": ("explotación laboral",),
            "forced_criminality": ("actividades delictivas",),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otras",),
        },
        "gender": {
            "male": ("hombres", "varones"),
            "female": ("mujeres",),
            "mixed": ("mixto", "ambos sexos"),
        },
        "age_group": {
            "adult": ("adultos", "mayores de edad"),
            "child": ("menores", "menores no acompañados"),
            "mixed": ("adultos y menores", "mixto"),
        },
        "transport_mode": {
            "sea": ("patera", "cayuco", "neumática", "embarcación"),
            "land": ("terrestre", "furgoneta", "autobús"),
            "air": ("avión", "aéreo"),
        },
        "linked_offences": {
            "document_fraud": ("falsedad documental",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("drogas",),
            "corruption": ("cohecho",),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
    },
    _CCME: {
        "crime_type": {
            "smuggling": ("smuggling", "migrant smuggling", "SoM"),
            "trafficking": ("trafficking", "THB"),
            "both": ("THB/SoM", "smuggling and trafficking"),
        },
        "exploitation": {
            "sexual": ("sexual", "sexual exploitation"),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        "gender": {
            "male": ("male", "M"),
            "female": ("female", "F"),
            "mixed": ("mixed",),
        },
        "age_group": {
            "adult": ("adult", "adults"),
            "child": ("child", "minor"),
            "mixed": ("mixed", "adults+minors"),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "lorry", "on foot"),
            "air": ("air", "flight"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drugs", "illicit goods"),
            "corruption": ("corruption",),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}

#: source -> words for "not known" (a blank cell is written as None instead).
_UNKNOWN: dict[str, tuple[str, ...]] = {
    _BELEN: ("s/d", "no sabe", "se desconoce"),
    _FNM: ("unk", "unknown", "UNK"),
    _ARRAS: ("N.C.", "inconnu", "non renseigné"),
    _CARITAS: ("no consta", "sin datos"),
    _CCME: ("unknown", "n/k"),
}
#: source -> what the row says for the exploitation of a pure smuggling case (or blank).
_NOT_APPLICABLE: dict[str, str] = {
    _BELEN: "no aplica",
    _FNM: "N/A",
    _ARRAS: "sans objet",
    _CARITAS: "no procede",
    _CCME: "n/a",
}
#: source -> words for zero suspects.
_ZERO: dict[str, tuple[str, ...]] = {
    _BELEN: ("ninguno", "sin guía"),
    _FNM: ("none", "0 (none)"),
    _ARRAS: ("aucun",),
    _CARITAS: ("ninguno",),
    _CCME: ("none",),
}
#: source -> separator of linked offences.
_OFFENCE_SEP = {_BELEN: ", ", _FNM: "; ", _ARRAS: " + ", _CARITAS: " / ", _CCME: "; "}
#: source -> separator of transit countries (the compilation writes a JSON array).
_TRANSIT_SEP = {_BELEN: " - ", _FNM: " > ", _ARRAS: ", ", _CARITAS: " / "}

_DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "VEN": ("venezolana", "venezolano"),
        "ECU": ("ecuatoriana", "ecuatoriano"),
        "HTI": ("haitiana", "haitiano"),
        "COL": ("colombiana", "colombiano"),
        "CHN": ("china", "chino"),
        "MEX": ("mexicana", "mexicano"),
        "GTM": ("guatemalteca",),
        "HND": ("hondureña", "hondureño"),
        "MAR": ("marroquí",),
        "DZA": ("argelina", "argelino"),
        "MLI": ("maliense",),
        "SEN": ("senegalesa", "senegalés"),
        "GMB": ("gambiana",),
        "CIV": ("marfileña",),
        "ROU": ("rumana", "rumano"),
    },
    "en": {
        "MEX": ("Mexican",),
        "GTM": ("Guatemalan",),
        "HND": ("Honduran",),
        "VEN": ("Venezuelan",),
        "ECU": ("Ecuadorian",),
        "HTI": ("Haitian",),
        "COL": ("Colombian",),
        "CHN": ("Chinese",),
    },
    "fr": {
        "AFG": ("afghane", "Afghans"),
        "IRN": ("iranienne", "Iraniens"),
        "IRQ": ("irakienne", "Kurde irakien", "Kurdes irakiens"),
        "ALB": ("albanaise", "Albanais"),
        "ERI": ("érythréenne", "Érythréens"),
        "SYR": ("syrienne", "Syriens"),
        "VNM": ("vietnamienne", "Vietnamiens"),
    },
}
#: Local names a careful reader knows: language -> ISO3 -> names.
_LOCAL: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {"USA": ("EUA", "EE.UU.", "USA"), "MEX": ("Mexico",), "GIN": ("Guinea Conakry",)},
    "en": {"USA": ("US", "USA", "U.S."), "MEX": ("MX",)},
    "fr": {"GBR": ("Angleterre", "UK", "Angleterre")},
}
_LANG_COL = {"en": 1, "fr": 2, "es": 3}

#: source -> column group ("nat", "country") -> style weights.
_COUNTRY_STYLE: dict[str, dict[str, _Weights]] = {
    _BELEN: {
        "nat": (
            ("demonym", 0.6),
            ("name", 0.25),
            ("upper", 0.05),
            ("mojibake", 0.05),
            ("typo", 0.05),
        ),
        "country": (
            ("name", 0.62),
            ("local", 0.15),
            ("upper", 0.08),
            ("mojibake", 0.08),
            ("typo", 0.04),
            ("lower", 0.03),
        ),
    },
    _FNM: {
        "nat": (("iso2", 0.45), ("name", 0.3), ("demonym", 0.15), ("typo", 0.05), ("upper", 0.05)),
        "country": (("name", 0.6), ("local", 0.25), ("iso2", 0.1), ("typo", 0.05)),
    },
    _ARRAS: {
        "nat": (("demonym", 0.5), ("name", 0.4), ("lower", 0.05), ("typo", 0.05)),
        "country": (("name", 0.7), ("local", 0.2), ("lower", 0.05), ("typo", 0.05)),
    },
    _CARITAS: {
        "nat": (("name", 0.45), ("demonym", 0.2), ("iso3", 0.15), ("upper", 0.15), ("typo", 0.05)),
        "country": (("name", 0.6), ("iso3", 0.15), ("upper", 0.2), ("typo", 0.05)),
    },
    _CCME: {
        "nat": (("iso3", 0.65), ("name", 0.2), ("alias", 0.1), ("iso2", 0.05)),
        "country": (("iso3", 0.6), ("name", 0.25), ("alias", 0.05), ("iso2", 0.1)),
    },
}

#: source -> date style weights (partial styles are used only when a row may be partial).
_DATE_STYLE: dict[str, _Weights] = {
    _BELEN: (
        ("dmy", 0.72),
        ("dmy2", 0.08),
        ("serial", 0.05),
        ("month_slash", 0.08),
        ("month_es", 0.07),
    ),
    _FNM: (("excel", 0.65), ("mdy", 0.28), ("month_en", 0.07)),
    _ARRAS: (("dmy", 0.6), ("long_fr", 0.32), ("month_fr", 0.08)),
    _CARITAS: (
        ("ymd_slash", 0.8),
        ("quarter_es", 0.08),
        ("quarter_es2", 0.04),
        ("month_es_short", 0.08),
    ),
    _CCME: (
        ("iso", 0.74),
        ("long_en", 0.12),
        ("month_iso", 0.08),
        ("quarter_iso", 0.06),
    ),
}
_DAY_STYLE = {_BELEN: "dmy", _FNM: "excel", _ARRAS: "dmy", _CARITAS: "ymd_slash", _CCME: "iso"}
_MONTH_STYLES = ("month_slash", "month_es", "month_en", "month_fr", "month_es_short", "month_iso")
_QUARTER_STYLES = ("quarter_es", "quarter_es2", "quarter_iso")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

#: source -> hotspot of the truth -> how the agency names the place.
_PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    _BELEN: {
        "Darién gap": ("Selva del Darién", "selva del Darién"),
        "Bajo Chiquito": ("Bajo Chiquito, Darién",),
        "Lajas Blancas": ("Lajas Blancas (ERM)", "ERM Lajas Blancas"),
    },
    _FNM: {
        "Nogales (Sonora/Arizona)": ("Tucson Sector - Nogales, AZ",),
        "Sasabe": ("Tucson Sector - Sasabe, AZ",),
        "El Paso": ("El Paso Sector", "El Paso, TX"),
        "Rio Grande Valley": ("RGV Sector (McAllen, TX)", "Rio Grande Valley"),
        "Darién gap": ("Darien jungle, Panama",),
        "Bajo Chiquito": ("Bajo Chiquito, Panama",),
        "Lajas Blancas": ("Lajas Blancas camp, Panama",),
    },
    _ARRAS: {
        "Calais": ("Calais", "Sangatte", "Blériot-Plage", "Calais - plage"),
        "Dunkirk/Gravelines": ("Gravelines", "Loon-Plage", "Dunkerque"),
    },
    _CCME: {"Dunkirk/Gravelines": ("Gravelines",)},
}
_DIOCESE: dict[str, str] = {
    "Ceuta": "Cáritas Cádiz y Ceuta",
    "Melilla": "Cáritas Málaga (Melilla)",
    "Almería": "Cáritas Almería",
    "Almería (El Ejido)": "Cáritas Almería (El Ejido)",
    "Gran Canaria": "Cáritas Canarias",
    "Lanzarote": "Cáritas Canarias (Lanzarote)",
    "Tenerife": "Cáritas Tenerife",
    "El Hierro": "Cáritas Tenerife (El Hierro)",
    "Huelva": "Cáritas Huelva",
    "Latina (Agro Pontino)": "Caritas Italiana (Latina)",
}
_MEMBERS: dict[str, str] = {
    "ITA": "FCEI (Federation of Protestant Churches in Italy)",
    "GRC": "Greek Evangelical Church",
    "HRV": "Evangelical Church in the Republic of Croatia",
    "POL": "Diakonia Polska",
    "GBR": "CTBI",
    "FRA": "Fédération protestante de France",
    "ESP": "Iglesia Evangélica Española",
}
_BELEN_NOTES = (
    "refiere asalto en la selva",
    "cruzó con guía contratado en Necoclí",
    "viajaba con su grupo familiar",
    "canalizado a COMAR",
    "refiere pago al guía",
)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, table: _Weights) -> str:
    """Draw a key of ``table`` with its weight."""
    w = np.array([p for _, p in table], dtype=float)
    return table[int(rng.choice(len(table), p=w / w.sum()))][0]


def _word(src: ExaminerSource, column: str, value: str, rng: _Rng) -> str:
    """Return the agency's word for a canonical value (the usual word 65 % of the time)."""
    forms = _WORDS[src.source][column][value]
    if len(forms) == 1 or rng.random() < 0.65:
        return forms[0]
    return choice(rng, forms[1:])


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of six letters or more (a typing slip)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _country(
    src: ExaminerSource,
    iso: str,
    col: str,
    group: str,
    rng: _Rng,
    style: str | None = None,
) -> tuple[str, list[str]]:
    """Write one ISO3 country the agency's way (``style`` drawn if None); return text, tags."""
    lang = src.language
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[lang]])
    if style is None:
        style = _weighted(rng, _COUNTRY_STYLE[src.source][group])
    text: str | None = None
    if style == "demonym":
        forms = _DEMONYMS[lang].get(iso)
        text = choice(rng, forms) if forms else None
    elif style == "local":
        forms = _LOCAL[lang].get(iso)
        text = choice(rng, forms) if forms else None
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "iso2":
        text = iso_codes(iso)[0]
    elif style == "iso3":
        text = iso
    elif style == "alias":
        text = row[4][0] if row[4] else None
    elif style == "typo":
        swapped = _swap(name)
        text = swapped if swapped != name else None
    elif style == "mojibake":
        text = mojibake(name)
    if text is None or not fits(text, src):
        return name, []
    return text, [f"{style}:{col}"]


def _transit(src: ExaminerSource, value: object, rng: _Rng) -> tuple[object, list[str]]:
    """Write an ordered ``A|B`` transit list with the agency's separator (or as an array)."""
    if value is None:
        return None, []
    codes = str(value).split("|")
    if src.source == _CCME:
        return list(codes), ["transit_array"]
    parts: list[str] = []
    tags: list[str] = []
    style = _weighted(rng, _COUNTRY_STYLE[src.source]["country"])  # one hand per list
    for code in codes:
        text, t = _country(src, code, "transit_countries", "country", rng, style)
        parts.append(text)
        tags += t
    return _TRANSIT_SEP[src.source].join(parts), sorted(set(tags))


def _offences(src: ExaminerSource, value: object, rng: _Rng) -> str | None:
    """Write ``a|b`` linked offences in the agency's words and separator."""
    if value is None:
        return None
    words = [_word(src, "linked_offences", v, rng) for v in str(value).split("|")]
    return _OFFENCE_SEP[src.source].join(words)


def _thousands(src: ExaminerSource, n: int) -> str:
    """Write a count of 1,000 or more with the agency's thousands separator."""
    hi, lo = divmod(n, 1000)
    sep = {_BELEN: ",", _ARRAS: "\u00a0", _CARITAS: "."}.get(src.source, "")
    return f"{hi}{sep}{lo:03d}"


def _count(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, list[str]]:
    """Write a number of persons the agency's way."""
    if src.format in ("xlsx", "jsonl"):
        return n, []
    if n >= 1000 and rng.random() < 0.75:
        return _thousands(src, n), ["thousands:n_persons"]
    if src.source == _ARRAS and rng.random() < 0.25:
        return f"{n} pers.", ["unit_word:n_persons"]
    return str(n), []


def _number(src: ExaminerSource, n: int) -> object:
    """Write a plain count (a number in a spreadsheet or JSON, text in a CSV)."""
    return n if src.format in ("xlsx", "jsonl") else str(n)


def _date_text(src: ExaminerSource, ts: pd.Timestamp, style: str) -> object:
    """Write a date in one of the agency's styles."""
    m = ts.month - 1
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "serial":
        return str((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "month_slash":
        return f"{ts.month:02d}/{ts.year}"
    if style == "month_es":
        return f"{_MESES[m]} de {ts.year}"
    if style == "month_es_short":
        return f"{_MESES[m]} {ts.year}"
    if style == "excel":
        return ts.normalize().to_pydatetime()
    if style == "mdy":
        return ts.strftime("%m/%d/%Y")
    if style == "month_en":
        return f"{MONTHS[m][:3]} {ts.year}"
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MOIS[m]} {ts.year}"
    if style == "month_fr":
        return f"{_MOIS[m]} {ts.year}"
    if style == "ymd_slash":
        return ts.strftime("%Y/%m/%d")
    if style == "quarter_es":
        return f"T{ts.quarter} {ts.year}"
    if style == "quarter_es2":
        return f"{ts.quarter}º trim. {ts.year}"
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "long_en":
        return f"{ts.day} {MONTHS[m]} {ts.year}"
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    return f"{ts.year}-Q{ts.quarter}"  # quarter_iso


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    style = _weighted(rng, _DATE_STYLE[src.source])
    partial = style in _MONTH_STYLES or style in _QUARTER_STYLES
    if partial and not partial_ok:
        style, partial = _DAY_STYLE[src.source], False
    cell = _date_text(src, ts, style)
    tags = [f"date_{style}"]
    if style in _MONTH_STYLES:
        return cell, ts.to_period("M").start_time, "month", [*tags, "partial_date"]
    if style in _QUARTER_STYLES:
        return cell, ts.to_period("Q").start_time, "quarter", [*tags, "partial_date"]
    return cell, ts.normalize(), "day", tags


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, blank: bool
) -> tuple[dict[str, object], float | None, float | None, list[str]]:
    """Write the place of detection; return (cells, expected lat, expected lon, tags)."""
    if "lat" not in src.headers:
        return {}, None, None, ["coords_missing"]
    gone = {_ARRAS: 0.1, _CARITAS: 0.2, _CCME: 0.05}[src.source]
    if blank or rng.random() < gone:
        return {"lat": None, "lon": None}, None, None, ["coords_missing"]
    digits = 4 if src.source == _CARITAS else 5
    w_lat, w_lon = round(lat, digits), round(lon, digits)
    if src.format == "jsonl":
        return {"lat": w_lat, "lon": w_lon}, w_lat, w_lon, []
    cells: dict[str, object] = {
        "lat": f"{w_lat:.{digits}f}".replace(".", ","),
        "lon": f"{w_lon:.{digits}f}".replace(".", ","),
    }
    return cells, w_lat, w_lon, ["decimal_comma:coordinates"]


def _unknown(src: ExaminerSource, rng: _Rng) -> str | None:
    """Return a blank cell, or the agency's word for 'not known'."""
    return None if rng.random() < 0.4 else choice(rng, _UNKNOWN[src.source])


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    s = src.source
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(cast(pd.Timestamp, ev["event_date"]))

    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, "crime_type", crime, rng)
    exp["crime_type"] = crime

    if crime == "smuggling":  # no exploitation: blank, or the agency's "not applicable"
        cells["exploitation"] = _NOT_APPLICABLE[s] if rng.random() < 0.2 else None
        exp["exploitation"] = None
    elif ev["exploitation"] is None or rng.random() < 0.05:
        cells["exploitation"] = _unknown(src, rng)
        exp["exploitation"] = "unknown"
        tags.append("unknown_exploitation")
    else:
        cells["exploitation"] = _word(src, "exploitation", str(ev["exploitation"]), rng)
        exp["exploitation"] = str(ev["exploitation"])

    n = int(cast(int, ev["n_persons"]))
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _UNKNOWN[s])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], t = _count(src, n, rng)
        exp["n_persons"] = n
        tags += t

    k = None if ev["n_suspects"] is None else int(cast(int, ev["n_suspects"]))
    r = rng.random()
    if forced_blank == "n_suspects" or k is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif r < 0.03:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _UNKNOWN[s]), None
        tags.append("suspects_placeholder")
    elif k == 0 and r < 0.5:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, _ZERO[s]), 0
        tags.append("zero_word")
    else:
        cells["n_suspects"], exp["n_suspects"] = _number(src, k), k

    if forced_blank == "gender" or rng.random() < 0.025:
        cells["gender"], exp["gender"] = _unknown(src, rng), "unknown"
        tags.append("blank_gender")
    else:
        gender = str(ev["gender"])
        cells["gender"], exp["gender"] = _word(src, "gender", gender, rng), gender
        if cells["gender"] in ("H", "M", "F"):
            tags.append("letter:gender")

    for col in ("age_group", "transport_mode"):
        if rng.random() < 0.02:
            cells[col], exp[col] = _unknown(src, rng), "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col], exp[col] = _word(src, col, str(ev[col]), rng), str(ev[col])

    if forced_blank == "nationality" or ev["nationality"] is None or rng.random() < 0.02:
        cells["nationality"], exp["nationality"] = _unknown(src, rng), None
        tags.append("blank_nationality")
    else:
        iso = str(ev["nationality"])
        cells["nationality"], t = _country(src, iso, "nationality", "nat", rng)
        exp["nationality"] = iso
        tags += t

    for col in ("origin_country", "destination_country"):
        if ev[col] is None:
            cells[col], exp[col] = None, None
            continue
        iso = str(ev[col])
        cells[col], t = _country(src, iso, col, "country", rng)
        exp[col] = iso
        tags += t

    det = str(ev["detection_country"])
    if "detection_country" not in src.headers:  # the coastal watch writes no country
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    elif forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"], t = _country(src, det, "detection_country", "country", rng)
        exp["detection_country"] = det
        tags += t

    cells["transit_countries"], t = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags += t

    blank_coords = forced_blank == "coordinates"
    if blank_coords:
        tags.append("blank_coordinates")
    c_cells, exp["lat"], exp["lon"], t = _coords(
        src,
        float(cast(float, ev["lat"])),
        float(cast(float, ev["lon"])),
        rng,
        blank_coords,
    )
    cells.update(c_cells)
    tags += t

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    hotspot = str(ev["hotspot"])
    if "place" in src.headers:
        names = _PLACES.get(s, {}).get(hotspot, (hotspot,))
        place = choice(rng, names)
        if s == _BELEN and rng.random() < 0.1:
            garbled = mojibake(place)
            if garbled is not None and fits(garbled, src):
                place = garbled
                tags.append("mojibake:place")
        cells["place"] = place
    if "diocese" in src.headers:
        cells["diocese"] = _DIOCESE.get(hotspot, "Cáritas Española")
    if "member" in src.headers:
        cells["member"] = _MEMBERS.get(det, "CCME secretariat")
    if "notes" in src.headers:
        cells["notes"] = choice(rng, _BELEN_NOTES) if rng.random() < 0.12 else None
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: blank, impossible or a mistyped future year."""
    s = src.source
    if kind == "no_date":
        return "s/f" if s == _BELEN and rng.random() < 0.3 else None
    if kind == "bad_date":
        day = choice(rng, ("30", "31"))
        return {
            _BELEN: f"{day}/02/{ts.year}",
            _FNM: f"02/{day}/{ts.year}",
            _ARRAS: f"{day}/02/{ts.year}",
            _CARITAS: f"{ts.year}/02/{day}",
            _CCME: f"{ts.year}-02-{day}",
        }[s]
    day_of = ts.normalize()
    leap = day_of.month == 2 and day_of.day == 29
    future = day_of.replace(year=ts.year + 10, day=28 if leap else day_of.day)  # 2023 -> 2033
    return _date_text(src, future, _DAY_STYLE[s])


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Date written on the source's note row: its last day, in its usual style."""
    return _date_text(src, last, _DAY_STYLE[src.source])


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"PAN": _BELEN, "USA": _FNM, "FRA": _ARRAS, "ESP": _CARITAS},
    compilation=_CCME,
    secondary={
        ("darien", "PAN"): _FNM,
        ("channel", "FRA"): _CCME,
        ("wmed", "ESP"): _CCME,
        ("thb_rou_esp", "ITA"): _CARITAS,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=259_259,
    blank_share=0.3,
)


def make_blind259(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind259`` submissions (files ``*_ja.*``).

    A Scalabrinian shelter in Tapachula (Darién crossings, Spanish CSV in cp1252), the
    Franciscan Network on Migration's border desk (United States, English XLSX), the
    Diocese of Arras's coastal watch (France, French CSV, UTF-8 with BOM), Cáritas
    Española (Spain, Spanish UTF-16 tab-separated text) and the Churches' Commission for
    Migrants in Europe (every other event, English JSON lines). See the module docstring
    for each one's habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed give the same submissions.

    Returns
    -------
    list of Submission
        The five submissions, in the order of :data:`SOURCES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind259(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['albergue_belen_tapachula_ja.csv', 'franciscan_network_migration_ja.xlsx',
     'pastorale_migrants_arras_ja.csv', 'caritas_espanola_migraciones_ja.csv',
     'ccme_brussels_ja.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[2].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Lieu']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
