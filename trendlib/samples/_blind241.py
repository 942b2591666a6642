"""Examiner sample set ``blind241`` (files ``*_ii.*``): church and union funders' partner logs.

Five agencies never used before in this project. Four are European church or union
development agencies whose funding reports carry an annex of the incidents their partner
legal-advice clinics and shelters documented (Darién, the Mexico–Guatemala border at
Tapachula, Tenosique, Ciudad Hidalgo and Tecún Umán, Calais, Andalusia and the Canaries); the
fifth is the Brussels alliance that pools its members' partner reports:

``manos_unidas_ii.xlsx``
    Manos Unidas (Madrid, Spanish Catholic NGO), *anexo de incidencias de socios locales* of
    its Darién and northern-route projects. Spanish, Excel: real date cells with some dates
    typed as text, Latin American wording (``Trata de personas``, ``TIM``, ``NNA``,
    ``lavado de activos``), nationalities as plural demonyms (``venezolanos``), counts as
    numbers or ``s/d``, ``1.250`` typed as text, GPS in two number columns.
``cafod_ii.csv``
    CAFOD (London, Catholic aid agency), partner incident log of its Mesoamerica migration
    programme (shelters and legal clinics receiving deportees and people in transit).
    English, UTF-8 with BOM, ``,``: UK day-first dates (``17/05/2023``, ``17 May 2023``,
    ``May 2023``), demonyms (``Venezuelan``), ``US``/``USA``, routes joined by ``>``, one
    ``lat, long`` cell (some in degrees, minutes and seconds), ``n/k``, ``none``, a few
    counts in words.
``ccfd_terre_solidaire_ii.csv``
    CCFD-Terre Solidaire (Paris, French Catholic NGO), *suivi des partenaires* of its
    migrations programme (Calais and Dunkirk associations). French, cp1252, ``;``:
    ``17/05/2023``, ``17/05/23``, ``mai 2023``, ``T2 2023``; ``NC``, ``aucun``; decimal
    commas; ``1 250``; ``Angleterre`` for the United Kingdom; feminine nationality adjectives
    (``afghane``); rows pasted from partners' UTF-8 files show mojibake.
``aesco_ii.csv``
    AESCO (Madrid; América, España, Solidaridad y Cooperación, founded by the USO union),
    cases of its migrants' legal-advice offices in Andalusia and the Canaries. Spanish,
    UTF-16 tab-separated (Excel's "Texto Unicode" export): Spanish legal wording
    (``favorecimiento de la inmigración irregular``, ``TSH``, ``MENA``, ``Varones``,
    ``salto de valla``), ``17/05/2023`` and ``17/05/23``, ``1.250``, decimal commas.
``cidse_ii.jsonl``
    CIDSE (Brussels, alliance of Catholic development agencies), migration working group's
    pooled incident database (a KoboToolbox form) exported as JSON lines: group/field keys,
    choice slugs (``both``, ``labour``, ``adults_and_minors``), multiple choices joined by
    spaces, ISO codes (alpha-3, alpha-2 and numeric), Kobo geopoints ``"lat lon alt acc"``,
    ISO dates with some month or quarter dates and Excel serials from imported member sheets.
    It is the compilation source: it reports the events no member's own annex covers.

The truth expects what a careful analyst reads from each cell: a count written ``s/d``,
``n/k`` or ``NC`` keeps the record with no count, while ``varios`` or ``plusieurs`` is an
unreadable count (quarantined); ``ninguno``/``none``/``aucun`` suspects are 0; a blank or
"not known" gender is ``unknown``; an age or means of travel written "not recorded" is
``unknown``; a nationality written "unknown" is missing; ``s/f`` (*sin fecha*) is no date.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

__all__ = ["AGENCIES", "make_blind241"]

_Rng = np.random.Generator

# --------------------------------------------------------------------------------------
# Country names as these agencies write them (hand-written, independent of the cleaner)
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
    "GIN": ("Guinea", "Guinée", "Guinea"),
    "GMB": ("The Gambia", "Gambie", "Gambia"),
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


@dataclass(frozen=True)
class _Words:
    """One agency's wording and writing habits (what :class:`ExaminerSource` does not hold).

    Each vocabulary maps a design word to the agency's spellings, the usual one first.
    """

    aliases: Mapping[str, tuple[str, ...]]  # iso3 -> other names the agency uses
    demonyms: Mapping[str, str]  # iso3 -> nationality adjective (nationality column only)
    typos: Mapping[str, str]  # iso3 -> a small slip of the pen
    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    not_trafficking: tuple[str | None, ...]  # exploitation cell of a smuggling row
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    mode: Mapping[str, tuple[str, ...]]
    offences: Mapping[str, tuple[str, ...]]
    offence_seps: tuple[str, ...]
    transit_seps: tuple[str, ...]
    unknown_nationality: tuple[str | None, ...]
    unknown_gender: tuple[str | None, ...]
    not_recorded: tuple[str | None, ...]  # age group or means of travel not written down
    count_unknown: tuple[str, ...]  # "not known" in a count cell (record kept, no count)
    zero: tuple[str, ...]  # "none" in the suspects cell
    demonym_rate: float
    typo_rate: float
    case_rate: float


# --------------------------------------------------------------------------------------
# The five agencies
# --------------------------------------------------------------------------------------
_MANOS = ExaminerSource(
    source="manos_unidas",
    filename="manos_unidas_ii.xlsx",
    ref="MU-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha del hecho",
        "detection_country": "País donde ocurre",
        "crime_type": "Tipo de caso",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas afectadas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (países de tránsito)",
        "destination_country": "Destino declarado",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos asociados",
    },
    note="Fuente: fichas de seguimiento de socios locales. Datos provisionales, fecha de corte",
    total="TOTAL",
    bad_count=("varios", "grupo familiar", "un grupo"),
    repeats=False,
)
_CAFOD = ExaminerSource(
    source="cafod",
    filename="cafod_ii.csv",
    ref="CAF-{yy:02d}-{seq:03d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident ref",
        "event_date": "Date of incident",
        "crime_type": "Incident type",
        "exploitation": "Form of exploitation",
        "n_persons": "People affected",
        "n_suspects": "Alleged perpetrators",
        "gender": "Sex",
        "age_group": "Age group",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Country of incident",
        "transit_countries": "Countries transited",
        "transport_mode": "Means of travel",
        "coordinates": "GPS (lat, long)",
        "linked_offences": "Related offences",
    },
    note="Compiled by the Latin America team from partner reports - figures not verified",
    total="Total",
    bad_count=("several", "a group", "family group"),
    repeats=True,
)
_CCFD = ExaminerSource(
    source="ccfd_terre_solidaire",
    filename="ccfd_terre_solidaire_ii.csv",
    ref="CCFD-{year}-{seq:03d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "detection_country": "Pays des faits",
        "crime_type": "Qualification",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes concernées",
        "n_suspects": "Nb auteurs présumés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination",
        "transport_mode": "Mode de passage",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Infractions associées",
    },
    note="Données transmises par les partenaires, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "un groupe", "nombreux"),
    repeats=False,
)
_AESCO = ExaminerSource(
    source="aesco",
    filename="aesco_ii.csv",
    ref="EXP {seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Expediente",
        "event_date": "Fecha",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Víctimas / personas",
        "n_suspects": "Nº autores",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País origen",
        "transit_countries": "Tránsito",
        "destination_country": "País destino",
        "detection_country": "País detección",
        "transport_mode": "Vía de entrada",
        "lat": "Lat",
        "lon": "Lon",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: casos atendidos en las oficinas de asesoría jurídica. Datos provisionales",
    total="TOTAL CASOS",
    bad_count=("varios", "grupo", "bastantes"),
    repeats=False,
)
_CIDSE = ExaminerSource(
    source="cidse",
    filename="cidse_ii.jsonl",
    ref="MWG-{year}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "incident/ref",
        "event_date": "incident/date",
        "crime_type": "incident/type",
        "exploitation": "incident/exploitation",
        "detection_country": "incident/country",
        "coordinates": "incident/location",
        "n_persons": "people/total",
        "n_suspects": "people/perpetrators",
        "gender": "people/sex",
        "age_group": "people/age",
        "nationality": "people/nationality",
        "origin_country": "route/origin",
        "transit_countries": "route/transit",
        "destination_country": "route/destination",
        "transport_mode": "route/means",
        "linked_offences": "incident/related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "many"),
    repeats=True,
)

#: The five agencies of the set, in the order of the submissions.
AGENCIES: tuple[ExaminerSource, ...] = (_MANOS, _CAFOD, _CCFD, _AESCO, _CIDSE)

_ES_CRIME_LATAM = {
    "smuggling": ("Tráfico ilícito de migrantes", "TIM", "Tráfico de migrantes"),
    "trafficking": ("Trata de personas", "Trata"),
    "both": ("Trata y tráfico", "TIM y trata de personas"),
}
_ES_EXPL = {
    "sexual": ("Explotación sexual", "Sexual"),
    "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
    "forced_criminality": ("Actividades delictivas forzadas", "Reclutamiento para delinquir"),
    "organ_removal": ("Extracción de órganos",),
    "forced_marriage": ("Matrimonio forzado", "Unión forzada"),
    "other": ("Otra",),
}

_WORDS: dict[str, _Words] = {
    "manos_unidas": _Words(
        aliases={
            "USA": ("EE.UU.", "EEUU", "Estados Unidos de América"),
            "PAN": ("PANAMÁ", "Panama"),
            "MEX": ("Mexico",),
        },
        demonyms={
            "VEN": "venezolanos",
            "ECU": "ecuatorianos",
            "HTI": "haitianos",
            "COL": "colombianos",
            "CHN": "chinos",
            "MEX": "mexicanos",
            "GTM": "guatemaltecos",
            "HND": "hondureños",
        },
        typos={"VEN": "Venezula", "ECU": "Ecuardor", "GTM": "Guatemla", "HND": "Hondura"},
        crime=_ES_CRIME_LATAM,
        exploitation=_ES_EXPL,
        not_trafficking=(None, "No aplica"),
        gender={
            "male": ("Hombres", "Masculino", "H"),
            "female": ("Mujeres", "Femenino"),
            "mixed": ("Mixto", "Hombres y mujeres", "Ambos sexos"),
        },
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("NNA", "Menores de edad", "Niñas, niños y adolescentes"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        mode={
            "land": ("A pie", "Terrestre", "Caminando", "Autobús"),
            "sea": ("Lancha", "Marítimo"),
            "air": ("Aéreo", "Avión"),
        },
        offences={
            "document_fraud": ("falsificación de documentos",),
            "corruption": ("cohecho", "corrupción de funcionarios"),
            "money_laundering": ("lavado de activos",),
            "illicit_goods": ("contrabando", "narcotráfico"),
            "cybercrime": ("delito informático",),
            "terrorism": ("terrorismo",),
        },
        offence_seps=(", ", " y "),
        transit_seps=(" - ",),
        unknown_nationality=("Sin dato", "desconocida"),
        unknown_gender=("Sin dato",),
        not_recorded=("No consta",),
        count_unknown=("s/d", "Sin dato"),
        zero=("ninguno", "Ninguno"),
        demonym_rate=0.35,
        typo_rate=0.03,
        case_rate=0.04,
    ),
    "cafod": _Words(
        aliases={
            "USA": ("US", "USA", "United States of America"),
            "GBR": ("UK",),
            "CIV": ("Ivory Coast",),
            "VNM": ("Viet Nam",),
        },
        demonyms={
            "VEN": "Venezuelan",
            "ECU": "Ecuadorian",
            "HTI": "Haitian",
            "COL": "Colombian",
            "CHN": "Chinese",
            "MEX": "Mexican",
            "GTM": "Guatemalan",
            "HND": "Honduran",
        },
        typos={"VEN": "Venezuala", "ECU": "Equador", "COL": "Columbia", "GTM": "Guatamala"},
        crime={
            "smuggling": ("Smuggling", "People smuggling"),
            "trafficking": ("Trafficking", "Human trafficking"),
            "both": ("Trafficking & smuggling", "Smuggling/trafficking"),
        },
        exploitation={
            "sexual": ("Sexual exploitation",),
            "forced_labour": ("Forced labour", "Labour exploitation"),
            "forced_criminality": ("Criminal exploitation", "Forced criminality"),
            "organ_removal": ("Organ removal",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        not_trafficking=(None, "N/A"),
        gender={
            "male": ("Male", "M", "Men"),
            "female": ("Female", "F", "Women"),
            "mixed": ("Mixed", "M/F", "Men and women"),
        },
        age={
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Child", "Children", "Minors"),
            "mixed": ("Mixed", "Adults and children", "Families with children"),
        },
        mode={
            "land": ("On foot", "Overland", "Bus", "Vehicle"),
            "sea": ("Boat",),
            "air": ("Flight",),
        },
        offences={
            "document_fraud": ("false documents", "document fraud"),
            "corruption": ("bribery", "corruption of officials"),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug smuggling", "contraband"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_seps=("; ",),
        transit_seps=(" > ",),
        unknown_nationality=("Unknown", "not known"),
        unknown_gender=("not recorded",),
        not_recorded=("not recorded", "N/A"),
        count_unknown=("n/k", "not known"),
        zero=("none", "None"),
        demonym_rate=0.4,
        typo_rate=0.03,
        case_rate=0.04,
    ),
    "ccfd_terre_solidaire": _Words(
        aliases={
            "GBR": ("Angleterre", "UK", "Royaume Uni"),
            "USA": ("USA",),
            "VNM": ("Vietnam",),
        },
        demonyms={
            "AFG": "afghane",
            "IRN": "iranienne",
            "IRQ": "irakienne",
            "ALB": "albanaise",
            "ERI": "érythréenne",
            "SYR": "syrienne",
            "VNM": "vietnamienne",
        },
        typos={"AFG": "Afghanstan", "ERI": "Erythrée", "ALB": "Albannie", "IRQ": "Irack"},
        crime={
            "smuggling": ("Trafic de migrants", "Aide au passage", "Passage clandestin"),
            "trafficking": ("Traite des êtres humains", "TEH", "Traite"),
            "both": ("Traite et trafic", "TEH + trafic"),
        },
        exploitation={
            "sexual": ("Exploitation sexuelle", "Prostitution forcée"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits", "Délinquance forcée"),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        not_trafficking=(None, "sans objet"),
        gender={
            "male": ("Hommes", "H", "Masculin"),
            "female": ("Femmes", "F"),
            "mixed": ("Mixte", "H/F", "Hommes et femmes"),
        },
        age={
            "adult": ("Majeurs", "Adultes"),
            "child": ("Mineurs", "MNA"),
            "mixed": ("Mixte", "Majeurs et mineurs", "Familles avec enfants"),
        },
        mode={
            "sea": ("small boat", "embarcation", "bateau pneumatique"),
            "land": ("camion", "poids lourd", "à pied"),
            "air": ("avion",),
        },
        offences={
            "document_fraud": ("faux documents", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment",),
            "illicit_goods": ("stupéfiants",),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme",),
        },
        offence_seps=(" + ", ", "),
        transit_seps=(", ", " / "),
        unknown_nationality=("inconnue", "NC"),
        unknown_gender=("non renseigné",),
        not_recorded=("non renseigné",),
        count_unknown=("NC", "inconnu"),
        zero=("aucun", "Aucun"),
        demonym_rate=0.3,
        typo_rate=0.03,
        case_rate=0.05,
    ),
    "aesco": _Words(
        aliases={
            "GIN": ("Guinea Conakry", "Guinea-Conakry"),
            "ROU": ("Rumania",),
            "GBR": ("R. Unido",),
            "GMB": ("Gambia",),
        },
        demonyms={
            "MAR": "marroquí",
            "DZA": "argelino",
            "GIN": "guineano",
            "MLI": "maliense",
            "SEN": "senegalés",
            "GMB": "gambiano",
            "CIV": "marfileño",
            "ROU": "rumano",
        },
        typos={"MAR": "Marrueco", "DZA": "Argleia", "SEN": "Senegall", "MRT": "Mauritana"},
        crime={
            "smuggling": (
                "Favorecimiento de la inmigración irregular",
                "Art. 318 bis CP",
                "Tráfico de migrantes",
            ),
            "trafficking": ("Trata de seres humanos", "TSH"),
            "both": ("TSH y 318 bis", "Trata y favorecimiento"),
        },
        exploitation={
            "sexual": ("Explotación sexual",),
            "forced_labour": ("Explotación laboral", "Trabajos forzados"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        not_trafficking=(None,),
        gender={
            "male": ("Varones", "Varón", "Hombres"),
            "female": ("Mujeres", "Mujer"),
            "mixed": ("Mixto", "Varones y mujeres"),
        },
        age={
            "adult": ("Adultos", "Mayores de edad"),
            "child": ("Menores", "MENA"),
            "mixed": ("Adultos y menores", "Mixto"),
        },
        mode={
            "sea": ("Patera", "Cayuco", "Neumática", "Marítima"),
            "land": ("Terrestre", "Autobús", "Vehículo"),
            "air": ("Aeropuerto", "Aérea"),
        },
        offences={
            "document_fraud": ("falsedad documental",),
            "corruption": ("cohecho",),
            "money_laundering": ("blanqueo de capitales",),
            "illicit_goods": ("contra la salud pública", "contrabando"),
            "cybercrime": ("ciberdelito",),
            "terrorism": ("terrorismo",),
        },
        offence_seps=(", ", " / "),
        transit_seps=(", ",),
        unknown_nationality=("desconocida", "s/d"),
        unknown_gender=("s/d",),
        not_recorded=("s/d",),
        count_unknown=("s/d",),
        zero=("ninguno",),
        demonym_rate=0.3,
        typo_rate=0.03,
        case_rate=0.05,
    ),
    "cidse": _Words(
        aliases={},
        demonyms={},
        typos={},
        crime={
            "smuggling": ("smuggling",),
            "trafficking": ("trafficking",),
            "both": ("both",),
        },
        exploitation={
            "sexual": ("sexual",),
            "forced_labour": ("labour",),
            "forced_criminality": ("criminal_activities",),
            "organ_removal": ("organ_removal",),
            "forced_marriage": ("forced_marriage",),
            "other": ("other",),
        },
        not_trafficking=(None,),
        gender={"male": ("men",), "female": ("women",), "mixed": ("mixed_group",)},
        age={
            "adult": ("adults_only",),
            "child": ("minors_only",),
            "mixed": ("adults_and_minors",),
        },
        mode={
            "sea": ("boat",),
            "land": ("on_foot", "land_vehicle"),
            "air": ("flight",),
        },
        offences={
            "document_fraud": ("document_fraud",),
            "corruption": ("bribery_corruption",),
            "money_laundering": ("money_laundering",),
            "illicit_goods": ("drugs_contraband",),
            "cybercrime": ("cyber",),
            "terrorism": ("terrorism",),
        },
        offence_seps=(" ",),
        transit_seps=(" ",),
        unknown_nationality=(None,),
        unknown_gender=(None,),
        not_recorded=(None,),
        count_unknown=(),
        zero=(),
        demonym_rate=0.0,
        typo_rate=0.0,
        case_rate=0.0,
    ),
}

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
_EPOCH = pd.Timestamp("1899-12-30")  # day 0 of Excel's date serials
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# A date cell: (cell, expected day, precision, tag or "").
_DateCell = tuple[object, pd.Timestamp, str, str]


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=3 * (ts.quarter - 1) + 1, day=1)


def _date_manos(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.06:  # "mayo 2023": the partner only gave the month
        word = _MESES[ts.month - 1].capitalize() if r < 0.03 else _MESES[ts.month - 1]
        return f"{word} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.22:  # typed by hand in a text cell
        return ts.strftime("%d/%m/%Y"), ts, "day", "text_date"
    return ts.to_pydatetime(), ts, "day", ""


def _date_cafod(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.07:
        return f"{MONTHS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.42:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", ts, "day", "long_date"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _date_ccfd(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.06:  # from a partner's quarterly narrative report
        return f"T{ts.quarter} {ts.year}", _quarter_start(ts), "quarter", "partial_date"
    if partial_ok and r < 0.11:
        return f"{_MOIS[ts.month - 1]} {ts.year}", _month_start(ts), "month", "partial_date"
    if r < 0.25:
        return ts.strftime("%d/%m/%y"), ts, "day", "short_year"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _date_aesco(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    if rng.random() < 0.25:
        return ts.strftime("%d/%m/%y"), ts, "day", "short_year"
    return ts.strftime("%d/%m/%Y"), ts, "day", ""


def _date_cidse(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> _DateCell:
    r = rng.random()
    if partial_ok and r < 0.05:  # a member's quarterly return
        return f"{ts.year}-Q{ts.quarter}", _quarter_start(ts), "quarter", "partial_date"
    if partial_ok and r < 0.10:
        return ts.strftime("%Y-%m"), _month_start(ts), "month", "partial_date"
    return ts.strftime("%Y-%m-%d"), ts, "day", ""


_DATES: dict[str, Callable[[pd.Timestamp, _Rng, bool], _DateCell]] = {
    "manos_unidas": _date_manos,
    "cafod": _date_cafod,
    "ccfd_terre_solidaire": _date_ccfd,
    "aesco": _date_aesco,
    "cidse": _date_cidse,
}


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date cell of a bad row the way the agency gets it wrong."""
    if kind == "no_date":
        if src.source == "manos_unidas" and rng.random() < 0.5:
            return "s/f"  # "sin fecha": the partner wrote that it has no date
        return None
    # a day the month does not have
    day = 31 if ts.month in (4, 6, 9, 11) else 30 if ts.month == 2 else 32
    if kind == "bad_date":
        if src.source == "cidse":
            return f"{ts.year}-{ts.month:02d}-{day}"
        if src.source == "cafod" and rng.random() < 0.5:
            return f"{day} {MONTHS[ts.month - 1]} {ts.year}"
        return f"{day}/{ts.month:02d}/{ts.year}"
    # future_date: the decade typed wrong (2022 -> 2032)
    future = ts.replace(year=ts.year + 10)
    if src.source == "manos_unidas":
        return future.to_pydatetime()
    if src.source == "cidse":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date on the agency's note row (the data's cut-off day)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.language == "en":
        return f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    return last.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------------------
# Counts and coordinates
# --------------------------------------------------------------------------------------
def _thousands(n: int, sep: str) -> str:
    return f"{n // 1000}{sep}{n % 1000:03d}"


def _persons(src: ExaminerSource, n: int, rng: _Rng) -> tuple[object, str]:
    """Write a count of persons; return (cell, tag)."""
    name = src.source
    if name == "manos_unidas":
        if n >= 1000 and rng.random() < 0.5:
            return _thousands(n, "."), "thousands:n_persons"
        return n, ""
    if name == "cidse":
        return n, ""
    if name == "cafod":
        if n >= 1000 and rng.random() < 0.6:
            return _thousands(n, ","), "thousands:n_persons"
        if n <= 10 and rng.random() < 0.05:
            return _NUMBER_WORDS[n - 1], "count_word"
        return str(n), ""
    if name == "ccfd_terre_solidaire":
        if n >= 1000 and rng.random() < 0.7:
            return _thousands(n, choice(rng, (" ", "\u00a0"))), "thousands:n_persons"
        return str(n), ""
    if n >= 1000 and rng.random() < 0.6:  # aesco
        return _thousands(n, "."), "thousands:n_persons"
    return str(n), ""


def _dms(value: float, pos: str, neg: str) -> str:
    a = abs(value)
    deg = int(a)
    minutes = int((a - deg) * 60)
    sec = round((a - deg - minutes / 60) * 3600, 1)
    if sec >= 60:  # rounding carried into the next minute
        sec -= 60
        minutes += 1
    return f"{deg}°{minutes:02d}'{sec:04.1f}\"{pos if value >= 0 else neg}"


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str]:
    """Write a location; return (cells, expected lat, expected lon, tag)."""
    name = src.source
    r = rng.random()
    la, lo = round(lat, 5), round(lon, 5)
    if name == "manos_unidas":
        if r < 0.04:
            return {"lat": None, "lon": None}, None, None, "coords_missing"
        if r < 0.14:  # typed as text in a Spanish-locale sheet
            return (
                {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")},
                la,
                lo,
                "decimal_comma",
            )
        return {"lat": la, "lon": lo}, la, lo, ""
    if name == "cafod":
        if r < 0.06:
            return {"coordinates": None}, None, None, "coords_missing"
        if r < 0.08:
            cell = choice(rng, ("n/k", "not known"))
            return {"coordinates": cell}, None, None, "coords_placeholder"
        if r < 0.2:  # copied from a phone's GPS app
            cell = f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"
            return {"coordinates": cell}, la, lo, "coords_dms"
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, ""
    if name == "cidse":
        if r < 0.08:
            return {"coordinates": None}, None, None, "coords_missing"
        alt = choice(rng, ("0", "0.0", "12.4", "31.0"))
        acc = choice(rng, ("0", "5.0", "4.8", "16.0"))
        return {"coordinates": f"{la} {lo} {alt} {acc}"}, la, lo, "geopoint"
    if r < (0.06 if name == "ccfd_terre_solidaire" else 0.08):
        return {"lat": None, "lon": None}, None, None, "coords_missing"
    digits = 4 if name == "aesco" else 5
    la, lo = round(lat, digits), round(lon, digits)
    return (
        {
            "lat": f"{la:.{digits}f}".replace(".", ","),
            "lon": f"{lo:.{digits}f}".replace(".", ","),
        },
        la,
        lo,
        "decimal_comma",
    )


# --------------------------------------------------------------------------------------
# Countries and words
# --------------------------------------------------------------------------------------
def _noisy_case(text: str, rate: float, rng: _Rng) -> tuple[str, bool]:
    if rate <= 0 or rng.random() >= rate:
        return text, False
    k = int(rng.integers(4))
    out = (
        text.upper()
        if k == 0
        else text.lower()
        if k == 1
        else f" {text}"
        if k == 2
        else f"{text}  "
    )
    return out, out != text


def _country(
    src: ExaminerSource, iso: str, column: str, rng: _Rng, tags: list[str], *, imported: bool
) -> str:
    """Write one country the agency's way (name, alias, demonym, typo or code)."""
    words = _WORDS[src.source]
    if src.source == "cidse":
        return _cidse_country(iso, column, tags, imported=imported)
    name = _NAMES[iso][_LANG[src.language]]
    r = rng.random()
    if column == "nationality" and iso in words.demonyms and r < words.demonym_rate:
        text = words.demonyms[iso]
        tags.append(f"demonym:{column}")
    elif iso in words.typos and r > 1 - words.typo_rate:
        text = words.typos[iso]
        tags.append(f"typo:{column}")
    elif iso in words.aliases and rng.random() < 0.5:
        text = choice(rng, words.aliases[iso])
        tags.append(f"alias:{column}")
    else:
        text = name
    text, changed = _noisy_case(text, words.case_rate, rng)
    if changed:
        tags.append(f"case:{column}")
    return text


def _cidse_country(iso: str, column: str, tags: list[str], *, imported: bool) -> str:
    """CIDSE's countries: the Kobo form's choice lists, or a member's imported sheet.

    The form lists the country of the incident by ISO alpha-2 code and the people's
    countries by alpha-3 code; a member's sheet imported into the database gives the
    country of the incident as a UN M49 numeric code and the others as English names.
    """
    alpha2, numeric = iso_codes(iso)
    if column == "detection_country":
        tags.append("iso_numeric:detection_country" if imported else "iso2:detection_country")
        return numeric if imported else alpha2
    if imported:
        tags.append(f"name:{column}")
        return _NAMES[iso][0]
    return iso


def _word(
    src: ExaminerSource,
    table: Mapping[str, tuple[str, ...]],
    key: str,
    column: str,
    rng: _Rng,
    tags: list[str],
) -> str:
    forms = table[key]
    text = forms[0] if rng.random() < 0.6 else choice(rng, forms)
    text, changed = _noisy_case(text, _WORDS[src.source].case_rate, rng)
    if changed:
        tags.append(f"case:{column}")
    return text


def _modes(src: ExaminerSource, ev: dict[str, object]) -> Mapping[str, tuple[str, ...]]:
    """Return the words of the means of travel the agency uses at this event's place."""
    words = _WORDS[src.source].mode
    if src.source != "aesco":
        return words
    # AESCO names the way in: a cayuco on the Atlantic, a patera in the Alborán Sea, the
    # fence at Ceuta and Melilla, the bus or the airport for the farm workers' journeys
    corridor, hotspot = str(ev["corridor"]), str(ev["hotspot"])
    sea = ("Cayuco" if corridor == "watl" else "Patera", "Neumática", "Marítima")
    fence = hotspot in ("Ceuta", "Melilla")
    land = ("Salto de valla", "Terrestre") if fence else ("Terrestre", "Autobús", "Vehículo")
    return {"sea": sea, "land": land, "air": words["air"]}


def _blank(options: tuple[str | None, ...], rng: _Rng) -> str | None:
    return options[int(rng.integers(len(options)))]


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    words = _WORDS[src.source]
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    # a row of a member's spreadsheet imported into CIDSE's database
    imported = src.source == "cidse" and rng.random() < 0.12
    if imported:  # the sheet's date column was formatted General: Excel day numbers
        serial: object = int((ts - _EPOCH).days)
        cell, day, precision, tag = serial, ts, "day", "member_import;excel_serial"
    else:
        cell, day, precision, tag = _DATES[src.source](ts, rng, partial_ok)
    cells["event_date"], exp["event_date"], exp["date_precision"] = cell, day, precision
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = _word(src, words.crime, crime, "crime_type", rng, tags)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:  # a smuggling event: nothing to say about exploitation
        cells["exploitation"] = _blank(words.not_trafficking, rng)
        exp["exploitation"] = None
    elif rng.random() < 0.04:
        cells["exploitation"] = None
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = _word(src, words.exploitation, str(expl), "exploitation", rng, tags)
        exp["exploitation"] = str(expl)

    # persons
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if words.count_unknown and rng.random() < 0.02:
        cells["n_persons"] = choice(rng, words.count_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], tag = _persons(src, n, rng)
        exp["n_persons"] = n
        if tag:
            tags.append(tag)

    # suspects
    k = ev["n_suspects"]
    numeric = src.format != "csv"
    r = rng.random()
    if forced_blank == "n_suspects" or k is None:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif words.count_unknown and r < 0.04:
        cells["n_suspects"] = choice(rng, words.count_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif src.source == "cidse" and r < 0.05:
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    elif int(k) == 0 and words.zero and r > 0.6:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, words.zero)
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        count = int(k)  # type: ignore[call-overload]
        cells["n_suspects"] = count if numeric else str(count)
        exp["n_suspects"] = count

    # gender
    gender = str(ev["gender"])
    if forced_blank == "gender" or rng.random() < 0.02:
        cells["gender"] = None if forced_blank == "gender" else _blank(words.unknown_gender, rng)
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _word(src, words.gender, gender, "gender", rng, tags)
        exp["gender"] = gender

    # age group and means of travel: sometimes "not recorded"
    for col, table in (("age_group", words.age), ("transport_mode", _modes(src, ev))):
        value = str(ev[col])
        if rng.random() < (0.025 if col == "age_group" else 0.012):
            cells[col] = _blank(words.not_recorded, rng)
            exp[col] = "unknown"
            tags.append(f"na_word:{col}")
        else:
            cells[col] = _word(src, table, value, col, rng, tags)
            exp[col] = value

    # countries
    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None or rng.random() < 0.02:
        cells["nationality"] = (
            None if forced_blank == "nationality" else _blank(words.unknown_nationality, rng)
        )
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _country(src, str(nat), "nationality", rng, tags, imported=imported)
        exp["nationality"] = str(nat)
    for col in ("origin_country", "destination_country"):
        iso = ev[col]
        cells[col] = (
            None if iso is None else _country(src, str(iso), col, rng, tags, imported=imported)
        )
        exp[col] = iso
    det = ev["detection_country"]
    if forced_blank == "detection_country":
        cells["detection_country"], exp["detection_country"] = None, None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(
            src, str(det), "detection_country", rng, tags, imported=imported
        )
        exp["detection_country"] = det
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = None
    else:
        parts = [
            _country(src, c, "transit_countries", rng, tags, imported=imported)
            for c in str(transit).split("|")
        ]
        seps = (", ",) if imported else words.transit_seps
        cells["transit_countries"] = choice(rng, seps).join(parts)
    exp["transit_countries"] = transit

    # place
    if forced_blank == "coordinates":
        if "coordinates" in src.headers:
            cells["coordinates"] = None
        else:
            cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        if imported and rng.random() < 0.9:  # the sheet's "lat, lon" column
            pair = f"{round(lat, 5)}, {round(lon, 5)}"
            place: dict[str, object] = {"coordinates": pair}
            la: float | None = round(lat, 5)
            lo: float | None = round(lon, 5)
            tag = "coords_pair"
        else:
            place, la, lo, tag = _coords(src, lat, lon, rng)
        cells.update(place)
        exp["lat"], exp["lon"] = la, lo
        if tag:
            tags.append(tag)

    # linked offences, in the agency's words and separator
    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = None
    else:
        names = [
            _word(src, words.offences, o, "linked_offences", rng, tags) for o in str(off).split("|")
        ]
        cells["linked_offences"] = choice(rng, words.offence_seps).join(names)
    exp["linked_offences"] = off

    if src.source == "ccfd_terre_solidaire" and rng.random() < 0.1:
        # a row pasted from a partner's UTF-8 file opened in a cp1252 Excel
        for col, cell_value in list(cells.items()):
            garbled = mojibake(cell_value) if isinstance(cell_value, str) else None
            text_cell = col not in ("event_date", "n_persons", "n_suspects", "lat", "lon")
            if garbled is not None and fits(garbled, src) and text_cell:
                cells[col] = garbled
                tags.append(f"mojibake:{col}")
    # every word above fits the agency's encoding (cp1252 holds the French ones)
    assert all(fits(c, src) for c in cells.values() if isinstance(c, str))
    return cells, exp, tags


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=AGENCIES,
    primary={
        "PAN": "manos_unidas",
        "USA": "cafod",
        "FRA": "ccfd_terre_solidaire",
        "ESP": "aesco",
    },
    compilation="cidse",
    secondary={
        ("darien", "PAN"): "cafod",  # Tapachula clinics hear of the Darién crossing
        ("us_mex", "USA"): "manos_unidas",  # Tecún Umán shelter receives the deportees
        ("channel", "FRA"): "cidse",  # CCFD's partner reports pooled in Brussels
        ("channel", "GBR"): "ccfd_terre_solidaire",  # Calais partners follow the crossings
        ("wmed", "ESP"): "cidse",
        ("watl", "ESP"): "cidse",
        ("thb_rou_esp", "ESP"): "cidse",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=241,
    blank_share=0.3,
)


def make_blind241(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five agencies of the ``blind241`` set (files ``*_ii.*``).

    Manos Unidas (Spanish XLSX) reports the events detected in Panama, CAFOD (English CSV,
    UTF-8 with BOM) those in the United States, CCFD-Terre Solidaire (French CSV, cp1252,
    ``;``) those in France, AESCO (Spanish CSV, UTF-16, tab) those in Spain, and CIDSE
    (English keys, JSON lines) every other event, as the compilation of its members'
    partner reports. Some events are reported a second time by another agency of the set
    (the Darién crossing by CAFOD's partners, a deportation by Manos Unidas' partner, a
    Channel crossing by both CCFD and CIDSE, an arrival in Spain by CIDSE); CAFOD and CIDSE
    re-send a few of their rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        Five submissions, in the order of :data:`AGENCIES`, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind241(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['manos_unidas_ii.xlsx', 'cafod_ii.csv', 'ccfd_terre_solidaire_ii.csv', 'aesco_ii.csv',
     'cidse_ii.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8-sig', 'cp1252', 'utf-16', 'utf-8']
    >>> subs[2].frame.columns[:3].tolist()
    ['N° fiche', 'Date des faits', 'Pays des faits']
    >>> all(len(s.frame) > 5 for s in subs)
    True
    """
    return make_examined(_EXAMINER, truth, seed=seed)
