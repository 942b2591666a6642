"""Examiner sample set ``blind275`` (files ``*_jq.*``): border-town business networks.

Five sources that no other sample set uses, all of them business bodies of border towns
that log the migrant groups and smuggling incidents their members meet (lorries broken
into at Calais, jet-skis beached at Ceuta, groups walking past shops in Nogales,
migrants buying food in Metetí), plus the European chambers' association that compiles
its members' logs:

``cci_littoral_hdf_jq.csv``
    CCI Littoral Hauts-de-France, the Calais/Dunkirk/Boulogne chamber's business-security
    desk (hauliers, port and retail members). French, cp1252, ``;``, CRLF; day-first
    dates (some with the time of the finding, some month only); nationalities as French
    demonyms ("afghane", "Érythréens", "kurde" when only the ethnicity is known);
    "Angleterre" for the United Kingdom; decimal-comma coordinates in two columns; some
    cells garbled by a UTF-8 paste (``Ã©``). Reports the events found in France, and
    again some Channel events found at Dover that its hauliers told it about.
``camara_comercio_es_jq.xlsx``
    Cámara de Comercio de España, the shared log of the chambers of Ceuta, Melilla,
    Almería, Huelva and the Canary Islands. Spanish workbook; real Excel dates, a few
    day-first text dates, a few General-formatted Excel serials and month-only dates;
    Spanish names and demonyms ("marroquí", "subsaharianos" when no country is said);
    "H"/"M" for hombre/mujer; "patera", "cayuco", "salto de valla", "MENA"; numbers as
    numbers, a few large counts typed as text with a ``.`` thousands separator;
    coordinates as numbers or decimal-comma text. Reports the events found in Spain.
``border_trade_alliance_jq.csv``
    Border Trade Alliance, the cross-border trade and retail association of the US
    ports of entry (El Paso, Nogales, the Rio Grande Valley). English (US), UTF-8 with
    BOM, ``,``; month-first dates ("5/17/2023", "May 17, 2023"); US border wording
    ("Alien smuggling", "UAC", "Family units", "OTM" for a non-Mexican of unsaid
    country); Google-Maps coordinate pairs; re-sends some rows. Reports the events
    found in the United States.
``cciap_panama_jq.csv``
    Cámara de Comercio, Industrias y Agricultura de Panamá, its security committee's log
    of the Darién merchants' reports. Spanish, UTF-16 with BOM, tab-delimited (Excel's
    "Unicode text" export); day-first dates without zero padding, long Spanish dates,
    quarters in Roman numerals ("II trimestre 2023"); upper-case country names without
    accents, "NNA" for children, "M"/"F" for masculino/femenino, "extracontinental"
    when only the continent is known; GPS degrees-minutes-seconds. Reports the events
    found in Panama.
``eurochambres_jq.jsonl``
    Eurochambres, the association of European chambers of commerce, compiling its
    members' incident logs. English JSON lines, ISO dates, months ("2023-05") and
    quarters ("2023-Q2"); ISO alpha-2 codes the EU way ("EL" for Greece, "UK" for the
    United Kingdom), transit codes joined by ``;``; a member's own French or Spanish
    words kept on some rows; a few names garbled by a UTF-8 round trip; re-sends some
    rows. Reports every event no other source reports (Italy, Greece, Croatia, Poland,
    the United Kingdom) and again some Channel and Spanish events its members sent.

What a careful analyst reads is the truth: a demonym is the country, "subsaharianos",
"OTM", "kurde", "magrebí" or "extracontinental" name no country (no nationality
expected), a placeholder count ("n.c.", "s/d", "TBD") keeps the row with no count, a
vague count ("plusieurs", "varios", "several") is unreadable (``bad_count``), degrees
-minutes-seconds give the point they spell, a swapped pair ("-110.9, 31.3") the point
it obviously means.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from trendlib.samples._examiner import (
    Examiner,
    ExaminerSource,
    choice,
    fits,
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND275", "SOURCES", "make_blind275"]

_Rng = np.random.Generator

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
_ROMAN = ("I", "II", "III", "IV")
_LANG_COL = {"en": 1, "fr": 2, "es": 3}
#: ISO alpha-2 codes as EU bodies write them (Eurostat's "EL" and "UK").
_EU_CODES = {"GRC": "EL", "GBR": "UK"}


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
CCI = ExaminerSource(
    source="cci_littoral_hdf",
    filename="cci_littoral_hdf_jq.csv",
    ref="CCI-{yy:02d}-{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date du constat",
        "detection_country": "Pays",
        "crime_type": "Nature des faits",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb migrants",
        "n_suspects": "Nb passeurs interpellés",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Destination déclarée",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données déclaratives des entreprises adhérentes – non vérifiées par les services",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "une quinzaine", "groupe"),
    repeats=False,
)
CAMARA = ExaminerSource(
    source="camara_comercio_es",
    filename="camara_comercio_es_jq.xlsx",
    ref="{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº registro",
        "event_date": "Fecha incidente",
        "detection_country": "País",
        "crime_type": "Tipología",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Organizadores detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Países de tránsito",
        "destination_country": "Destino final",
        "transport_mode": "Medio",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: Cámaras de Ceuta, Melilla, Almería, Huelva y Canarias. Datos provisionales",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso", "decenas"),
    repeats=False,
)
BTA = ExaminerSource(
    source="border_trade_alliance",
    filename="border_trade_alliance_jq.csv",
    ref="BTA{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident #",
        "event_date": "Date",
        "detection_country": "Country",
        "crime_type": "Offense type",
        "exploitation": "Exploitation type",
        "n_persons": "# of migrants",
        "n_suspects": "# smugglers/guides",
        "gender": "Gender",
        "age_group": "Age group",
        "nationality": "Citizenship",
        "origin_country": "Country of origin",
        "transit_countries": "Countries transited",
        "destination_country": "Final destination",
        "transport_mode": "Conveyance",
        "coordinates": "GPS",
        "linked_offences": "Related offenses",
    },
    note="Compiled from member reports - not verified by CBP",
    total="Grand Total",
    bad_count=("several", "large group", "multiple"),
    repeats=True,
)
CCIAP = ExaminerSource(
    source="cciap_panama",
    filename="cciap_panama_jq.csv",
    ref="CCIAP-SEG-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Código",
        "event_date": "Fecha",
        "detection_country": "País de detección",
        "crime_type": "Delito",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de migrantes",
        "n_suspects": "Cantidad de guías/coyotes",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Ruta (tránsito)",
        "destination_country": "Destino",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Fuente: Comisión de Seguridad CCIAP / comerciantes de Metetí y Yaviza",
    total="Total general",
    bad_count=("varios", "grupo grande", "muchos"),
    repeats=False,
)
EURO = ExaminerSource(
    source="eurochambres",
    filename="eurochambres_jq.jsonl",
    ref="EC/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "detection_country": "incident_country",
        "crime_type": "offence",
        "exploitation": "exploitation_form",
        "n_persons": "persons_involved",
        "n_suspects": "suspects",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "origin",
        "transit_countries": "transit",
        "destination_country": "destination",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "numerous", "dozens"),
    repeats=True,
)
#: The five sources, in the order of :func:`make_blind275`'s submissions.
SOURCES: tuple[ExaminerSource, ...] = (CCI, CAMARA, BTA, CCIAP, EURO)


# --------------------------------------------------------------------------------------
# Each agency's words
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one agency words its cells (vocabularies, countries, placeholders)."""

    lang: str
    crime: Mapping[str, tuple[str, ...]]
    exploitation: Mapping[str, tuple[str, ...]]
    no_exploitation: tuple[str | None, ...]  # written for a smuggling row
    gender: Mapping[str, tuple[str, ...]]
    age: Mapping[str, tuple[str, ...]]
    transport: Mapping[str, tuple[str, ...]]  # "hotspot:mode", "corridor:mode" or "mode"
    offences: Mapping[str, tuple[str, ...]]
    offence_sep: str
    transit_sep: str
    unknown: tuple[str | None, ...]  # a field not known
    persons_unknown: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    small: tuple[str, ...]  # one, two, three
    demonyms: Mapping[str, tuple[str, ...]]
    demonym_rate: float
    vague: Mapping[str, tuple[tuple[str, ...], float]]  # iso3 -> (words, rate)
    country_forms: Mapping[str, float]
    special: Mapping[str, tuple[str, ...]]
    direct: tuple[str, ...] = ()  # written for a direct route (no transit)
    eu_codes: bool = False
    mojibake_rate: float = 0.0
    typo_rate: float = 0.03
    case_rate: float = 0.05


_FR = _Wording(
    lang="fr",
    crime={
        "trafficking": ("traite des êtres humains", "TEH", "traite"),
        "smuggling": ("trafic de migrants", "aide à l'entrée irrégulière", "réseau de passeurs"),
        "both": ("traite + trafic de migrants", "TEH / passeurs"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "prostitution"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("délinquance forcée", "contrainte à commettre des délits"),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre",),
    },
    no_exploitation=(None, None, "sans objet", "s.o."),
    gender={
        "male": ("hommes", "H", "masculin"),
        "female": ("femmes", "F"),
        "mixed": ("mixte", "H/F", "hommes et femmes"),
    },
    age={
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA", "mineurs isolés"),
        "mixed": ("majeurs et mineurs", "familles", "mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "bateau pneumatique", "mer"),
        "land": ("PL", "poids lourd", "camion", "à pied"),
        "air": ("avion", "aérien"),
    },
    offences={
        "document_fraud": ("faux papiers", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    transit_sep=", ",
    unknown=(None, "n.c.", "inconnu", "?"),
    persons_unknown=("n.c.", "inconnu", "à préciser"),
    suspects_unknown=("n.c.", "inconnu"),
    zero=("aucun", "néant"),
    small=("un", "deux", "trois"),
    demonyms={
        "AFG": ("afghan", "afghane", "Afghans"),
        "IRN": ("iranien", "iranienne", "Iraniens"),
        "IRQ": ("irakien", "irakienne", "Irakiens"),
        "ALB": ("albanais", "albanaise", "Albanais"),
        "ERI": ("érythréen", "érythréenne", "Érythréens"),
        "SYR": ("syrien", "syrienne", "Syriens"),
        "VNM": ("vietnamien", "vietnamienne", "Vietnamiens"),
    },
    demonym_rate=0.45,
    vague={"IRQ": (("kurde", "Kurdes"), 0.12), "IRN": (("kurde", "Kurdes"), 0.08)},
    country_forms={"name": 0.78, "upper": 0.08, "iso2": 0.06, "special": 0.08},
    special={
        "GBR": ("Angleterre", "UK", "Grande-Bretagne", "Royaume Uni"),
        "FRA": ("FRANCE", "Fr."),
        "VNM": ("Vietnam",),
    },
    mojibake_rate=0.1,
)
_ES = _Wording(
    lang="es",
    crime={
        "trafficking": ("trata de seres humanos", "trata", "TSH"),
        "smuggling": (
            "tráfico ilícito de migrantes",
            "tráfico de inmigrantes",
            "favorecimiento de la inmigración irregular",
        ),
        "both": ("trata y tráfico", "trata + tráfico de inmigrantes"),
    },
    exploitation={
        "sexual": ("explotación sexual", "prostitución forzada"),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("delincuencia forzada", "actividades delictivas forzadas"),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado",),
        "other": ("otras", "otra"),
    },
    no_exploitation=(None, None, "no procede", "-"),
    gender={
        "male": ("hombres", "H", "varones"),
        "female": ("mujeres", "M", "mujer"),
        "mixed": ("mixto", "H y M", "ambos sexos"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "MENA", "menor no acompañado"),
        "mixed": ("mixto", "adultos y menores"),
    },
    transport={
        "Ceuta:sea": ("neumática", "a nado", "moto de agua", "patera"),
        "Ceuta:land": ("salto de valla", "vehículo (doble fondo)", "a pie"),
        "Melilla:land": ("salto de valla", "vehículo (doble fondo)", "a pie"),
        "wmed:sea": ("patera", "neumática", "moto de agua"),
        "watl:sea": ("cayuco", "patera", "neumática"),
        "wmed:land": ("vehículo (doble fondo)", "camión", "terrestre"),
        "sea": ("embarcación", "marítimo"),
        "land": ("autobús", "furgoneta", "terrestre"),
        "air": ("avión", "vuelo", "aeropuerto"),
    },
    offences={
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("blanqueo de capitales", "blanqueo"),
        "illicit_goods": ("hachís", "contrabando", "drogas"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=", ",
    transit_sep=" / ",
    unknown=(None, "s/d", "desconocido", "no consta"),
    persons_unknown=("s/d", "sin determinar", "no consta"),
    suspects_unknown=("s/d", "no consta"),
    zero=("ninguno", "sin detenidos"),
    small=("uno", "dos", "tres"),
    demonyms={
        "MAR": ("marroquí", "marroquíes"),
        "DZA": ("argelino", "argelinos"),
        "GIN": ("guineano", "guineanos"),
        "MLI": ("maliense", "malienses"),
        "SEN": ("senegalés", "senegaleses"),
        "GMB": ("gambiano", "gambianos"),
        "CIV": ("marfileño", "marfileños"),
        "ROU": ("rumano", "rumana", "rumanos"),
    },
    demonym_rate=0.35,
    vague={
        "SEN": (("subsahariano", "subsaharianos"), 0.1),
        "MLI": (("subsahariano", "subsaharianos"), 0.1),
        "GIN": (("subsahariano", "subsaharianos"), 0.1),
        "GMB": (("subsahariano", "subsaharianos"), 0.1),
        "CIV": (("subsahariano", "subsaharianos"), 0.1),
        "MAR": (("magrebí", "magrebíes"), 0.05),
        "DZA": (("magrebí", "magrebíes"), 0.05),
    },
    country_forms={"name": 0.7, "upper": 0.12, "plain": 0.08, "iso3": 0.05, "special": 0.05},
    special={
        "GIN": ("Guinea Conakry", "Guinea-Conakry"),
        "CIV": ("Côte d'Ivoire", "C. de Marfil"),
        "ROU": ("Rumania",),
        "ESP": ("ESPAÑA",),
    },
    direct=("directo", "sin tránsito"),
)
_US = _Wording(
    lang="en",
    crime={
        "trafficking": ("Human trafficking", "Trafficking", "TIP"),
        "smuggling": ("Human smuggling", "Alien smuggling", "Smuggling"),
        "both": ("Smuggling/Trafficking", "Human smuggling & trafficking"),
    },
    exploitation={
        "sexual": ("Commercial sex", "Sex trafficking", "Sexual"),
        "forced_labour": ("Labor trafficking", "Forced labor"),
        "forced_criminality": ("Forced criminal activity", "Forced criminality"),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None, None, "N/A"),
    gender={
        "male": ("Male", "M", "Males"),
        "female": ("Female", "F", "Females"),
        "mixed": ("Mixed", "M/F", "Male & female"),
    },
    age={
        "adult": ("Adults", "Single adults", "Adult"),
        "child": ("UAC", "Minors", "Juvenile"),
        "mixed": ("Family units", "Mixed", "Adults w/ minors"),
    },
    transport={
        "land": ("On foot", "Vehicle", "Tractor-trailer", "Pickup truck"),
        "sea": ("Boat",),
        "air": ("Air",),
    },
    offences={
        "document_fraud": ("fraudulent documents", "false IDs"),
        "corruption": ("bribery", "public corruption"),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("narcotics", "contraband"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    transit_sep=" > ",
    unknown=(None, "Unk", "Unknown", "N/A"),
    persons_unknown=("Unk", "TBD", "Unknown"),
    suspects_unknown=("Unk", "TBD"),
    zero=("none", "None"),
    small=("one", "two", "three"),
    demonyms={
        "MEX": ("Mexican", "Mexican nationals"),
        "GTM": ("Guatemalan", "Guatemalans"),
        "HND": ("Honduran", "Hondurans"),
        "VEN": ("Venezuelan", "Venezuelans"),
        "ECU": ("Ecuadorian", "Ecuadorians"),
    },
    demonym_rate=0.45,
    vague={
        "GTM": (("OTM",), 0.1),
        "HND": (("OTM",), 0.1),
        "VEN": (("OTM",), 0.1),
        "ECU": (("OTM",), 0.1),
    },
    country_forms={"name": 0.74, "iso2": 0.12, "special": 0.1, "upper": 0.04},
    special={"USA": ("USA", "U.S.", "US"), "MEX": ("Méx.", "MEX")},
)
_PA = _Wording(
    lang="es",
    crime={
        "trafficking": ("trata de personas", "trata"),
        "smuggling": ("tráfico ilícito de migrantes", "tráfico de migrantes", "coyotaje"),
        "both": ("trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual",),
        "forced_labour": ("explotación laboral", "trabajo forzoso"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "organ_removal": ("extracción de órganos",),
        "forced_marriage": ("matrimonio forzado", "unión forzada"),
        "other": ("otra",),
    },
    no_exploitation=(None, "N/A", "no aplica"),
    gender={
        "male": ("Masculino", "M", "hombres"),
        "female": ("Femenino", "F", "mujeres"),
        "mixed": ("Mixto", "M y F", "ambos"),
    },
    age={
        "adult": ("adultos", "mayores de edad"),
        "child": ("NNA", "menores", "niños"),
        "mixed": ("mixto", "adultos y NNA", "familias"),
    },
    transport={"land": ("a pie (selva)", "terrestre", "caminando", "a pie")},
    offences={
        "document_fraud": ("documentos falsos", "falsificación de documentos"),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=" - ",
    unknown=(None, "S/D", "no determinado", "N/D"),
    persons_unknown=("S/D", "por determinar"),
    suspects_unknown=("S/D", "N/D"),
    zero=("ninguno", "ninguna"),
    small=("uno", "dos", "tres"),
    demonyms={
        "VEN": ("venezolano", "venezolanos"),
        "ECU": ("ecuatoriano", "ecuatorianos"),
        "HTI": ("haitiano", "haitianos"),
        "COL": ("colombiano", "colombianos"),
        "CHN": ("chino", "chinos"),
    },
    demonym_rate=0.3,
    vague={"CHN": (("extracontinental", "extracontinentales"), 0.25)},
    country_forms={"upper_plain": 0.47, "name": 0.38, "iso3": 0.08, "special": 0.07},
    special={
        "USA": ("EE.UU.", "Estados Unidos", "EEUU"),
        "PAN": ("PANAMÁ", "PA"),
        "CHN": ("República Popular China",),
    },
)
_EU = _Wording(
    lang="en",
    crime={
        "trafficking": ("Trafficking in human beings", "THB"),
        "smuggling": ("Migrant smuggling", "SOM", "Facilitation of illegal immigration"),
        "both": ("THB and migrant smuggling", "THB/SOM"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "organ_removal": ("Organ removal",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    no_exploitation=(None,),
    gender={"male": ("Male", "male"), "female": ("Female", "female"), "mixed": ("Mixed", "mixed")},
    age={
        "adult": ("Adult", "adults"),
        "child": ("Minor", "minors", "UAM"),
        "mixed": ("Mixed", "adults & minors"),
    },
    transport={"sea": ("Sea", "boat"), "land": ("Land", "truck", "road"), "air": ("Air", "flight")},
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("illicit goods", "drugs"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    offence_sep=", ",
    transit_sep=";",
    unknown=(None, "n/a", "unknown"),
    persons_unknown=("n/a", "unknown"),
    suspects_unknown=("n/a",),
    zero=("none",),
    small=(),
    demonyms={},
    demonym_rate=0.0,
    vague={},
    country_forms={"iso2": 0.6, "name": 0.34, "special": 0.06},
    special={
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "GBR": ("United Kingdom", "Great Britain"),
        "CIV": ("Ivory Coast",),
        "MKD": ("N. Macedonia",),
        "SYR": ("Syria",),
    },
    eu_codes=True,
    mojibake_rate=0.08,
    typo_rate=0.0,
    case_rate=0.02,
)
_WORDING: dict[str, _Wording] = {
    CCI.source: _FR,
    CAMARA.source: _ES,
    BTA.source: _US,
    CCIAP.source: _PA,
    EURO.source: _EU,
}
#: A member chamber whose own words Eurochambres sometimes keeps, by detection country.
_MEMBER_WORDS = {"FRA": _FR, "ESP": _ES}


# --------------------------------------------------------------------------------------
# Small writers
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, weights: Mapping[str, float]) -> str:
    keys = list(weights)
    w = np.array([weights[k] for k in keys], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def _word(rng: _Rng, forms: tuple[str, ...]) -> str:
    """Return the usual word 60 % of the time, another of the agency's words otherwise."""
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return choice(rng, forms[1:])


def _maybe(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _plain(text: str) -> str:
    """``text`` without accents (``Malí`` -> ``Mali``)."""
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if unicodedata.category(c) != "Mn")


def _typo(text: str) -> str:
    """Swap two adjacent letters near the middle of a name of 6+ letters."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _noise(text: str, rng: _Rng, rate: float) -> tuple[str, bool]:
    """Change the case or spacing of a cell at ``rate`` (its meaning stays)."""
    if rng.random() >= rate:
        return text, False
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    return out, out != text


def _garble(
    w: _Wording, src: ExaminerSource, text: str, col: str, rng: _Rng, tags: list[str]
) -> str:
    """Garble a cell as a UTF-8 paste read as cp1252, at the agency's rate."""
    if w.mojibake_rate and rng.random() < w.mojibake_rate:
        bad = mojibake(text)
        if bad is not None and fits(bad, src):
            tags.append(f"mojibake:{col}")
            return bad
    return text


def _vocab(
    w: _Wording,
    src: ExaminerSource,
    forms: tuple[str, ...],
    col: str,
    rng: _Rng,
    tags: list[str],
) -> str:
    text = _word(rng, forms)
    text = _garble(w, src, text, col, rng, tags)
    text, changed = _noise(text, rng, w.case_rate)
    if changed:
        tags.append(f"case:{col}")
    return text


def _country(
    w: _Wording, src: ExaminerSource, iso: str, col: str, rng: _Rng, tags: list[str], form: str
) -> str:
    """Write one country the agency's way in ``form``; tag what a reader must undo."""
    row = COUNTRIES[iso]
    name = str(row[_LANG_COL[w.lang]])
    text, tag = name, ""
    if form == "upper":
        text, tag = name.upper(), "upper"
    elif form == "upper_plain":
        text, tag = _plain(name).upper(), "upper"
    elif form == "plain":
        text, tag = _plain(name), "no_accent"
    elif form == "iso2":
        text, tag = (_EU_CODES.get(iso, row[0]) if w.eu_codes else row[0]), "iso2"
        if w.eu_codes and iso in _EU_CODES:
            tag = "eu_code"
    elif form == "iso3":
        text, tag = iso, "iso3"
    elif form == "special" and iso in w.special:
        text, tag = choice(rng, w.special[iso]), "alias"
    if tag in ("", "upper", "no_accent") and w.typo_rate and rng.random() < w.typo_rate:
        typo = _typo(text)
        if typo != text:
            tags.append(f"typo:{col}")
            text = typo
    if not fits(text, src):
        text = _plain(name)
    if tag and text != name:
        tags.append(f"{tag}:{col}")
    if col != "transit_countries":
        text = _garble(w, src, text, col, rng, tags)
    return text


def _count(src: ExaminerSource, value: int, rng: _Rng, tags: list[str], col: str) -> object:
    """Write a count as the agency does (a number in a workbook or JSON, text in a CSV)."""
    if value >= 1000:
        hi, lo = divmod(value, 1000)
        if src is CCI:
            tags.append(f"thousands:{col}")
            return f"{hi}\u00a0{lo:03d}"
        if src in (BTA, CCIAP):
            tags.append(f"thousands:{col}")
            return f"{hi},{lo:03d}"
        if src is CAMARA and rng.random() < 0.5:
            tags.append(f"thousands:{col}")
            return f"{hi}.{lo:03d}"
    return value if src.format != "csv" else str(value)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _main_date(src: ExaminerSource, ts: pd.Timestamp) -> object:
    """Write a day the agency's usual way."""
    if src is CCI:
        return ts.strftime("%d/%m/%Y")
    if src is CAMARA:
        return ts.to_pydatetime()
    if src is BTA:
        return f"{ts.month}/{ts.day}/{ts.year}"
    if src is CCIAP:
        return f"{ts.day}/{ts.month}/{ts.year}"
    return ts.strftime("%Y-%m-%d")


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Return (cell, expected date, precision) of the event's date."""
    r = rng.random()
    month = ts.to_period("M").start_time
    quarter = ts.to_period("Q").start_time
    m = ts.month - 1
    if src is CCI:
        if partial_ok and r < 0.06:
            tags.append("partial_date")
            return f"{_FR_MONTHS[m]} {ts.year}", month, "month"
        if r < 0.16:
            hour, minute = int(rng.integers(24)), int(rng.integers(60))
            tags.append("date_time")
            return f"{ts:%d/%m/%Y} {hour:02d}:{minute:02d}", ts, "day"
        return _main_date(src, ts), ts, "day"
    if src is CAMARA:
        if partial_ok and r < 0.06:
            tags.append("partial_date")
            return f"{_ES_MONTHS[m]} {ts.year}", month, "month"
        if r < 0.18:
            tags.append("text_date")
            return ts.strftime("%d/%m/%Y"), ts, "day"
        if r < 0.24:
            tags.append("excel_serial")
            return int((ts - pd.Timestamp("1899-12-30")).days), ts, "day"
        return _main_date(src, ts), ts, "day"
    if src is BTA:
        if partial_ok and r < 0.05:
            tags.append("partial_date")
            return f"{_EN_MONTHS[m]} {ts.year}", month, "month"
        if r < 0.15:
            tags.append("long_date")
            return f"{_EN_MONTHS[m]} {ts.day}, {ts.year}", ts, "day"
        return _main_date(src, ts), ts, "day"
    if src is CCIAP:
        if partial_ok and r < 0.04:
            tags.append("partial_date")
            return f"{_ES_MONTHS[m]} {ts.year}", month, "month"
        if partial_ok and r < 0.08:
            tags.append("partial_date")
            return f"{_ROMAN[ts.quarter - 1]} trimestre {ts.year}", quarter, "quarter"
        if r < 0.28:
            tags.append("long_date")
            return f"{ts.day} de {_ES_MONTHS[m]} de {ts.year}", ts, "day"
        return _main_date(src, ts), ts, "day"
    if partial_ok and r < 0.1:
        tags.append("partial_date")
        return ts.strftime("%Y-%m"), month, "month"
    if partial_ok and r < 0.18:
        tags.append("partial_date")
        return f"{ts.year}-Q{ts.quarter}", quarter, "quarter"
    if r < 0.24:
        tags.append("dotted_date")
        return ts.strftime("%d.%m.%Y"), ts, "day"
    return _main_date(src, ts), ts, "day"


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no reader can use: none, impossible, or typed ten years ahead."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        if src is BTA:
            return f"2/30/{ts.year}"
        if src is CCIAP:
            return f"31/11/{ts.year}"
        if src is EURO:
            return f"{ts.year}-02-30"
        return f"{choice(rng, ('30', '31'))}/02/{ts.year}"
    day = min(ts.day, 28) if ts.month == 2 else ts.day
    return _main_date(src, pd.Timestamp(year=ts.year + 10, month=ts.month, day=day))


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Write the date of the note row: the day of the extraction."""
    return _main_date(src, last)


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Return degrees-minutes-seconds as a GPS unit shows them, and the value they spell."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minute, sec10 = divmod(rest, 600)
    text = f"{deg}°{minute:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{hemi}"
    spelled = deg + minute / 60 + sec10 / 36000
    return text, spelled if value >= 0 else -spelled


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[dict[str, object], float | None, float | None]:
    """Return (cells, expected lat, expected lon)."""
    r = rng.random()
    if src is CCI:
        if r < 0.06:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            round(lat, 5),
            round(lon, 5),
        )
    if src is CAMARA:
        if r < 0.05:
            tags.append("coords_missing")
            return {"lat": None, "lon": None}, None, None
        if r < 0.2:
            tags.append("coords_text")
            return (
                {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
                round(lat, 5),
                round(lon, 5),
            )
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
    if src is BTA:
        if r < 0.05:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        if r < 0.08:
            tags.append("coords_swapped")
            return {"coordinates": f"{lon:.5f}, {lat:.5f}"}, round(lat, 5), round(lon, 5)
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if src is CCIAP:
        if r < 0.04:
            tags.append("coords_missing")
            return {"coordinates": None}, None, None
        if r < 0.09:
            tags.append("coords_placeholder")
            return {"coordinates": choice(rng, ("S/D", "sin GPS"))}, None, None
        t_lat, v_lat = _dms(lat, "N", "S")
        t_lon, v_lon = _dms(lon, "E", "W")
        tags.append("coords_dms")
        return {"coordinates": f"{t_lat} {t_lon}"}, v_lat, v_lon
    if r < 0.06:
        tags.append("coords_missing")
        return {"lat": None, "lon": None}, None, None
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4)


# --------------------------------------------------------------------------------------
# One event as one agency writes it
# --------------------------------------------------------------------------------------
def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int:
    return int(float(str(value)))


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected clean values, tags)."""
    w = _WORDING[src.source]
    tags: list[str] = []
    det = str(ev["detection_country"])
    if src is EURO and det in _MEMBER_WORDS and rng.random() < 0.3:
        w = _MEMBER_WORDS[det]  # the member chamber's own words, kept as sent
        tags.append("member_wording")
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(str(ev["event_date"]))
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(w, src, w.crime[crime], "crime_type", rng, tags)
    exp["crime_type"] = crime
    expl = _str(ev["exploitation"])
    if expl is None:
        cells["exploitation"] = _maybe(rng, w.no_exploitation)
        exp["exploitation"] = None
    elif rng.random() < 0.06:
        cells["exploitation"] = _maybe(rng, w.unknown)
        exp["exploitation"] = "unknown"
        tags.append("blank_exploitation")
    else:
        cells["exploitation"] = _vocab(w, src, w.exploitation[expl], "exploitation", rng, tags)
        exp["exploitation"] = expl

    persons = _int(ev["n_persons"])
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, w.persons_unknown)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, persons, rng, tags, "n_persons")
        exp["n_persons"] = persons
    suspects = _int(ev["n_suspects"])
    r = rng.random()
    exp["n_suspects"] = suspects
    if r < 0.04:
        cells["n_suspects"] = choice(rng, w.suspects_unknown)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif suspects == 0 and r < 0.35:
        cells["n_suspects"] = choice(rng, w.zero)
        tags.append("zero_word")
    elif 1 <= suspects <= 3 and w.small and r < 0.14:
        cells["n_suspects"] = w.small[suspects - 1]
        tags.append("count_word")
    else:
        cells["n_suspects"] = _count(src, suspects, rng, tags, "n_suspects")

    for col, table in (("gender", w.gender), ("age_group", w.age)):
        value = str(ev[col])
        if rng.random() < 0.04:
            cells[col] = _maybe(rng, w.unknown)
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else "na_word;blank_age_group")
        else:
            word = _vocab(w, src, table[value], col, rng, tags)
            if w is _ES and col == "gender" and word.strip().upper() == "M":
                tags.append("gender_code")
            cells[col] = word
            exp[col] = value
    mode = str(ev["transport_mode"])
    if rng.random() < 0.03:
        cells["transport_mode"] = _maybe(rng, w.unknown)
        exp["transport_mode"] = "unknown"
        tags.append("na_word;blank_transport_mode")
    else:
        forms = (
            w.transport.get(f"{ev['hotspot']}:{mode}")
            or w.transport.get(f"{ev['corridor']}:{mode}")
            or w.transport[mode]
        )
        cells["transport_mode"] = _vocab(w, src, forms, "transport_mode", rng, tags)
        exp["transport_mode"] = mode

    # Countries: one way of writing them per row, as a clerk keeps to one habit.
    form = _pick(rng, w.country_forms)
    nat = str(ev["nationality"])
    r = rng.random()
    words, vague_rate = w.vague.get(nat, ((), 0.0))
    exp["nationality"] = nat
    if r < 0.03:
        cells["nationality"] = _maybe(rng, w.unknown)
        exp["nationality"] = None
        tags.append("blank_nationality")
    elif words and r < 0.03 + vague_rate:
        cells["nationality"] = choice(rng, words)
        exp["nationality"] = None
        tags.append("blank_nationality;vague_nationality")
    elif nat in w.demonyms and rng.random() < w.demonym_rate:
        text = choice(rng, w.demonyms[nat])
        cells["nationality"] = _garble(w, src, text, "nationality", rng, tags)
        tags.append("demonym:nationality")
    else:
        cells["nationality"] = _country(w, src, nat, "nationality", rng, tags, form)
    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        if rng.random() < 0.04:
            cells[col] = _maybe(rng, w.unknown)
            exp[col] = None
            tags.append(f"blank_{col}")
        else:
            cells[col] = _country(w, src, iso, col, rng, tags, form)
            exp[col] = iso
    cells["detection_country"] = _country(w, src, det, "detection_country", rng, tags, form)
    exp["detection_country"] = det
    transit = _str(ev["transit_countries"])
    if transit is None:
        cells["transit_countries"] = (
            choice(rng, w.direct) if w.direct and rng.random() < 0.3 else None
        )
    else:
        t_form = form if form != "special" else "name"
        parts = [
            _country(w, src, iso, "transit_countries", rng, tags, t_form)
            for iso in transit.split("|")
        ]
        cells["transit_countries"] = w.transit_sep.join(parts)
    exp["transit_countries"] = transit

    cell_xy, exp["lat"], exp["lon"] = _coords(
        src, float(str(ev["lat"])), float(str(ev["lon"])), rng, tags
    )
    cells.update(cell_xy)

    offences = _str(ev["linked_offences"])
    if offences is None:
        cells["linked_offences"] = None
    else:
        cells["linked_offences"] = w.offence_sep.join(
            _vocab(w, src, w.offences[o], "linked_offences", rng, tags) for o in offences.split("|")
        )
    exp["linked_offences"] = offences

    if forced_blank is not None:  # a second report that leaves one field out
        _blank(forced_blank, src, cells, exp, tags)
    return cells, exp, tags


def _blank(
    col: str,
    src: ExaminerSource,
    cells: dict[str, object],
    exp: dict[str, object],
    tags: list[str],
) -> None:
    """Leave ``col`` blank in a second report; expect nothing (``unknown`` for gender)."""
    drop: tuple[str, ...] = ()
    if col == "coordinates":
        for key in ("lat", "lon", "coordinates"):
            if key in cells:
                cells[key] = None
        exp["lat"] = exp["lon"] = None
        drop = ("coords_swapped", "coords_dms", "coords_text")
    else:
        cells[col] = None
        exp[col] = "unknown" if col == "gender" else None
        if col == "n_suspects":
            drop = ("zero_word", "count_word", "suspects_placeholder", "thousands:n_suspects")
        elif col == "nationality":
            drop = ("vague_nationality", "demonym:nationality")
    kept = [t for t in tags if t not in drop]
    tags[:] = [*kept, f"blank_{col}"]


#: The examiner variant ``blind275``.
BLIND275: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"FRA": CCI.source, "ESP": CAMARA.source, "USA": BTA.source, "PAN": CCIAP.source},
    compilation=EURO.source,
    secondary={
        ("channel", "FRA"): EURO.source,
        ("channel", "GBR"): CCI.source,
        ("wmed", "ESP"): EURO.source,
        ("watl", "ESP"): EURO.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=27_501,
    blank_share=0.3,
)


def make_blind275(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five border-town business sources of ``blind275``.

    Each event is first reported by the source of its detection country (France: CCI
    Littoral Hauts-de-France; Spain: Cámara de Comercio de España; United States: Border
    Trade Alliance; Panama: CCIAP), every other one by Eurochambres' compilation; some
    Channel and Spanish events are reported a second time (Eurochambres, or the Calais
    chamber for events found at Dover). See the module's docstring for each file's
    format, encoding, words and habits.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same truth and seed -> same submissions.

    Returns
    -------
    list of Submission
        ``cci_littoral_hdf_jq.csv``, ``camara_comercio_es_jq.xlsx``,
        ``border_trade_alliance_jq.csv``, ``cciap_panama_jq.csv`` and
        ``eurochambres_jq.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind275(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['cci_littoral_hdf_jq.csv', 'camara_comercio_es_jq.xlsx',
     'border_trade_alliance_jq.csv', 'cciap_panama_jq.csv', 'eurochambres_jq.jsonl']
    >>> subs[0].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Pays']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8', 'utf-8-sig', 'utf-16', 'utf-8']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND275, truth, seed=seed)
