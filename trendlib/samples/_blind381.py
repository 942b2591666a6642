"""Examiner sample set ``blind381`` (files ``*_ns.*``): trade-union migrant-worker desks.

Five sources that trendlib's cleaner has never seen, each writing the way a real
workers' organisation of its country keeps its case log:

``gmb_migrant_helpline``
    GMB Union's migrant workers' helpline (United Kingdom): a CRM export saved by Excel
    as CSV (cp1252, commas, CRLF). English; nationalities as demonyms ("Vietnamese"),
    sometimes an ethnicity instead ("Kurdish", which names no country); the place where
    the worker was identified as "England" or "Scotland"; UK day-first dates, some with
    the CRM's time; no coordinates; a free-text "Sector" column.
``cfdt_hdf_migrants``
    CFDT Hauts-de-France, permanence « travailleurs migrants » (Calais, Dunkerque): a
    French Excel CSV (UTF-8 with BOM, semicolons). French words, "Angleterre" for the
    United Kingdom, "1er mai 2023", "mai 2023" and "T2 2023" for approximate dates,
    decimal commas in the coordinates, "0" / "0" for an unknown place.
``uso_atencion_migrantes``
    USO (Unión Sindical Obrera), servicio de atención a trabajadores migrantes (Huelva,
    Almería, Canarias, Ceuta, Melilla): Excel's "Texto Unicode" export (UTF-16 with BOM,
    tabs). Spanish; sex as "H"/"M" (hombre/mujer) under a header that says so; accents
    often dropped; "1.200" for thousands; coordinates pasted from a map as one
    "lat, lon" cell.
``conato_pa_migrantes``
    CONATO (Consejo Nacional de Trabajadores Organizados, Panamá), mesa de trabajadores
    migrantes: an XLSX workbook. Real Excel dates, some date serials and text dates,
    "mayo de 2023"; "NNA" for minors; coordinates as numbers or as degrees, minutes and
    seconds with "O" (oeste) for west; a share of rows pasted from a partner's CSV read
    in the wrong encoding ("PanamÃ¡").
``glj_ilrf_casefile``
    Global Labor Justice–International Labor Rights Forum (Washington): the compiled
    case file of partner unions and workers' centres, as JSON lines. English with the
    partners' own words kept ("caporalato"); the country of the incident as a UN M49
    numeric code; ISO dates, US long dates, months and quarters.

The truth says what a careful analyst reads from each cell: an ethnicity, an "unknown"
word, a blank or a placeholder point expects nothing (or ``unknown`` in a vocabulary
column), every other cell its event's value. Rows are routed by detection country; the
compilation reports what no national desk does (Italy, Greece, Croatia, Poland, the
United States).
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
    make_examined,
    mojibake,
)
from trendlib.samples._messy import Submission

__all__ = ["BLIND381", "SOURCES", "Blind381Source", "make_blind381"]

_Rng = np.random.Generator
_MONTHS_FR = (
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
_MONTHS_ES = (
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
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")
#: Date styles that give only a month or a quarter.
_PARTIAL = {
    "month_iso": "month",
    "month_fr": "month",
    "month_es": "month",
    "quarter_en": "quarter",
    "quarter_fr": "quarter",
}

# --------------------------------------------------------------------------------------
# Countries: this set's own wording (names, demonyms, aliases, typos)
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (English, French, Spanish) name, UN M49 numeric code.
_NAMES: dict[str, tuple[str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "004"),
    "ALB": ("Albania", "Albanie", "Albania", "008"),
    "AUT": ("Austria", "Autriche", "Austria", "040"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "050"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "100"),
    "BIH": ("Bosnia and Herzegovina", "Bosnie-Herzégovine", "Bosnia y Herzegovina", "070"),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "112"),
    "CHN": ("China", "Chine", "China", "156"),
    "CIV": ("Côte d'Ivoire", "Côte d'Ivoire", "Costa de Marfil", "384"),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "120"),
    "COL": ("Colombia", "Colombie", "Colombia", "170"),
    "DEU": ("Germany", "Allemagne", "Alemania", "276"),
    "DZA": ("Algeria", "Algérie", "Argelia", "012"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "218"),
    "EGY": ("Egypt", "Égypte", "Egipto", "818"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "232"),
    "ESP": ("Spain", "Espagne", "España", "724"),
    "FRA": ("France", "France", "Francia", "250"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "826"),
    "GIN": ("Guinea", "Guinée", "Guinea", "324"),
    "GMB": ("Gambia", "Gambie", "Gambia", "270"),
    "GRC": ("Greece", "Grèce", "Grecia", "300"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "320"),
    "HND": ("Honduras", "Honduras", "Honduras", "340"),
    "HRV": ("Croatia", "Croatie", "Croacia", "191"),
    "HTI": ("Haiti", "Haïti", "Haití", "332"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "348"),
    "IRN": ("Iran", "Iran", "Irán", "364"),
    "IRQ": ("Iraq", "Irak", "Irak", "368"),
    "ITA": ("Italy", "Italie", "Italia", "380"),
    "LBY": ("Libya", "Libye", "Libia", "434"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "504"),
    "MEX": ("Mexico", "Mexique", "México", "484"),
    "MKD": ("North Macedonia", "Macédoine du Nord", "Macedonia del Norte", "807"),
    "MLI": ("Mali", "Mali", "Malí", "466"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "478"),
    "NER": ("Niger", "Niger", "Níger", "562"),
    "NGA": ("Nigeria", "Nigeria", "Nigeria", "566"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "586"),
    "PAN": ("Panama", "Panama", "Panamá", "591"),
    "POL": ("Poland", "Pologne", "Polonia", "616"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "642"),
    "RUS": ("Russia", "Russie", "Rusia", "643"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "686"),
    "SRB": ("Serbia", "Serbie", "Serbia", "688"),
    "SYR": ("Syria", "Syrie", "Siria", "760"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "788"),
    "TUR": ("Turkey", "Turquie", "Turquía", "792"),
    "USA": ("United States", "États-Unis", "Estados Unidos", "840"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "862"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam", "704"),
    "YEM": ("Yemen", "Yémen", "Yemen", "887"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: Nationality words: ISO alpha-3 -> (English, French, Spanish) demonym.
_DEMONYMS: dict[str, tuple[str, str, str]] = {
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

#: Other names a desk uses for a country, by language.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "GBR": ("UK", "Great Britain"),
        "USA": ("USA", "US"),
        "VNM": ("Viet Nam",),
        "TUR": ("Türkiye",),
        "CIV": ("Ivory Coast",),
        "SYR": ("Syrian Arab Republic",),
        "RUS": ("Russian Federation",),
        "GMB": ("The Gambia",),
        "BIH": ("Bosnia",),
        "CHN": ("PRC",),
    },
    "fr": {
        "GBR": ("Angleterre", "UK"),
        "USA": ("USA",),
        "VNM": ("Vietnam",),
        "DEU": ("RFA",),
    },
    "es": {
        "USA": ("EE.UU.", "EEUU"),
        "GIN": ("Guinea Conakry",),
        "ROU": ("Rumania",),
        "CHN": ("República Popular China",),
        "GBR": ("Gran Bretaña",),
    },
}

#: Small misspellings a clerk makes, by language (each reads as one country only).
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ALB": "Albaina",
        "ERI": "Eritria",
        "VNM": "Veitnam",
        "PAK": "Pakisthan",
        "EGY": "Egpyt",
        "BGD": "Bangaldesh",
        "MAR": "Morrocco",
        "MEX": "Mexcio",
        "GTM": "Guatamala",
        "VEN": "Venezuala",
        "ECU": "Equador",
        "TUN": "Tunisa",
        "SYR": "Syira",
        "DEU": "Germnay",
    },
    "fr": {"AFG": "Afganistan", "IRQ": "Irack", "VNM": "Vietman", "ERI": "Erithrée"},
    "es": {
        "MAR": "Marrueco",
        "SEN": "Seneagal",
        "VEN": "Venezuea",
        "ECU": "Ecudor",
        "ROU": "Rumaina",
        "DZA": "Argleia",
    },
}

#: Where GMB's helpline writes the part of the United Kingdom instead of the country.
_UK_NATION = {"London": "England", "Birmingham": "England", "Dover": "England"}
_UK_NATION_DEFAULT = "Scotland"  # Glasgow, the only other GBR hotspot


def _strip_accents(text: str) -> str:
    """Drop the accents of ``text`` (``Panamá`` -> ``Panama``), as a hurried clerk does."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# The sources
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Blind381Source(ExaminerSource):
    """A source of the ``blind381`` set: the shared fields plus this desk's wording.

    Attributes
    ----------
    dates : tuple of (str, float)
        Date styles and their weights; the first is the desk's usual style.
    crime : dict
        Crime type -> the desk's words for it.
    exploitation : dict
        Form of exploitation -> the desk's words for it.
    gender, age, transport : dict
        Vocabulary word -> the desk's words for it.
    offences : dict
        Linked offence -> the desk's words for it.
    unknown : tuple of str
        Words written when a vocabulary value or a country is not known.
    not_applicable : tuple of str
        What the exploitation cell of a pure smuggling case holds (``""``: blank).
    count_unknown : tuple of str
        Count cells saying the number is not known (``""``: blank).
    zero : tuple of str
        Words for no suspect at all.
    number_words : tuple of str
        The desk's words for one to ten.
    thousands : str
        Thousands separator of written counts (``""``: none).
    transit_sep : str
        Separator of the transit countries, in order of passage.
    direct : str
        What a direct route's transit cell holds (``""``: blank).
    offence_sep : str
        Separator of linked offences.
    nat_styles, place_styles : tuple of (str, float)
        How nationality and other country cells are written, with weights.
    coords : str
        ``"none"``, ``"fr_columns"``, ``"map_pair"``, ``"xlsx_dms"`` or ``"json"``.
    mojibake_rate : float
        Share of rows pasted from a file read in the wrong encoding.
    sector : dict
        Form of exploitation (``"smuggling"`` for none) -> sector words of the free-text
        sector column, if the desk has one.
    """

    dates: tuple[tuple[str, float], ...]
    crime: dict[str, tuple[str, ...]]
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    offences: dict[str, tuple[str, ...]]
    unknown: tuple[str, ...]
    not_applicable: tuple[str, ...]
    count_unknown: tuple[str, ...]
    zero: tuple[str, ...]
    number_words: tuple[str, ...]
    thousands: str
    transit_sep: str
    direct: str
    offence_sep: str
    nat_styles: tuple[tuple[str, float], ...]
    place_styles: tuple[tuple[str, float], ...]
    coords: str
    mojibake_rate: float
    sector: dict[str, tuple[str, ...]] | None


GMB = Blind381Source(
    source="gmb_migrant_helpline",
    filename="gmb_migrant_helpline_ns.csv",
    ref="MWH-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ref",
        "event_date": "Incident date",
        "crime_type": "Case type",
        "exploitation": "Type of exploitation",
        "sector": "Sector",
        "n_persons": "No. of workers affected",
        "n_suspects": "No. of perpetrators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "transit_countries": "Route (countries passed through)",
        "destination_country": "Intended destination",
        "detection_country": "Where identified",
        "transport_mode": "How they travelled",
        "linked_offences": "Other offences disclosed",
    },
    note="Exported from helpline CRM - figures provisional, not for circulation",
    total="TOTAL CASES",
    bad_count=("several", "a group", "see case notes"),
    repeats=True,
    dates=(("dmy", 0.6), ("long_en", 0.2), ("crm", 0.15), ("dmy2", 0.05)),
    crime={
        "trafficking": ("Modern slavery / trafficking", "Human trafficking", "Modern slavery"),
        "smuggling": ("People smuggling", "Smuggled (paid to cross)"),
        "both": ("Smuggled then exploited", "Trafficking and smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other exploitation",),
    },
    gender={
        "female": ("Female", "F", "Women"),
        "male": ("Male", "M", "Men"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "child": ("Under 18", "U18", "Minor"),
        "adult": ("18+", "Adult", "Over 18"),
        "mixed": ("Adults & under-18s", "Mixed ages"),
    },
    transport={
        "sea": ("Small boat", "Boat", "Dinghy"),
        "land": ("Lorry", "HGV", "Van", "Car"),
        "air": ("Flight", "Plane"),
    },
    offences={
        "document_fraud": ("false documents", "document fraud"),
        "corruption": ("bribery",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drugs", "cannabis cultivation"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("Not known", "Not stated", "n/k"),
    not_applicable=("N/A", ""),
    count_unknown=("not known", "n/k", ""),
    zero=("none", "nil"),
    number_words=(
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    ),
    thousands=",",
    transit_sep=" > ",
    direct="Direct",
    offence_sep="; ",
    nat_styles=(("demonym", 0.55), ("name", 0.25), ("alias", 0.05), ("typo", 0.05), ("upper", 0.1)),
    place_styles=(("name", 0.7), ("alias", 0.15), ("typo", 0.05), ("upper", 0.05), ("lower", 0.05)),
    coords="none",
    mojibake_rate=0.0,
    sector={
        "forced_labour": ("Nail bar", "Car wash", "Construction", "Agriculture", "Hospitality"),
        "sexual": ("Massage parlour", "Adult services"),
        "forced_criminality": ("Cannabis farm", "Shoplifting"),
        "forced_marriage": ("Domestic",),
        "other": ("Other",),
        "smuggling": ("Not yet working", "Food delivery", "Car wash", "Construction"),
    },
)

CFDT = Blind381Source(
    source="cfdt_hdf_migrants",
    filename="cfdt_hdf_migrants_ns.csv",
    ref="PTM-{yy:02d}/{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb d'auteurs présumés",
        "gender": "Sexe",
        "age_group": "Majeur / mineur",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays traversés",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du constat",
        "transport_mode": "Moyen de transport",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction permanence TM - données non consolidées",
    total="Total général",
    bad_count=("plusieurs", "un groupe", "voir PJ"),
    repeats=False,
    dates=(
        ("dmy", 0.62),
        ("long_fr", 0.15),
        ("dmy2", 0.1),
        ("month_fr", 0.07),
        ("quarter_fr", 0.06),
    ),
    crime={
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers",
            "Passage (aide à l'entrée irrégulière)",
        ),
        "both": ("TEH + aide à l'entrée irrégulière",),
    },
    exploitation={
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("exploitation par le travail", "travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "organ_removal": ("prélèvement d'organes",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme d'exploitation",),
    },
    gender={
        "female": ("Femme", "F", "Femmes"),
        "male": ("Homme", "H", "Hommes"),
        "mixed": ("Mixte", "Hommes et femmes"),
    },
    age={
        "child": ("Mineur", "MNA", "Mineurs"),
        "adult": ("Majeur", "Majeurs", "Adulte"),
        "mixed": ("Majeurs et mineurs", "Mixte"),
    },
    transport={
        "sea": ("small boat", "embarcation", "bateau pneumatique"),
        "land": ("camion", "poids lourd", "voiture"),
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
    unknown=("NR", "inconnu", "non renseigné"),
    not_applicable=("sans objet", ""),
    count_unknown=("nc", "inconnu", ""),
    zero=("aucun", "néant"),
    number_words=("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    thousands="\u00a0",
    transit_sep=" / ",
    direct="direct",
    offence_sep=" + ",
    nat_styles=(("demonym", 0.5), ("name", 0.35), ("typo", 0.05), ("upper", 0.1)),
    place_styles=(("name", 0.7), ("alias", 0.15), ("noaccent", 0.1), ("upper", 0.05)),
    coords="fr_columns",
    mojibake_rate=0.0,
    sector=None,
)

USO = Blind381Source(
    source="uso_atencion_migrantes",
    filename="uso_atencion_migrantes_ns.csv",
    ref="USO/SAM/{seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nº expediente",
        "event_date": "Fecha de los hechos",
        "crime_type": "Tipo de delito",
        "exploitation": "Tipo de explotación",
        "sector": "Sector de actividad",
        "n_persons": "Nº de trabajadores/as",
        "n_suspects": "Nº de presuntos autores",
        "gender": "Sexo (H/M)",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transport_mode": "Medio de llegada",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validar por la Secretaría Confederal",
    total="TOTAL",
    bad_count=("varios", "un grupo", "ver observaciones"),
    repeats=True,
    dates=(("dmy", 0.7), ("dmy_dash", 0.1), ("short_es", 0.1), ("dmy2", 0.1)),
    crime={
        "trafficking": ("Trata de seres humanos", "Trata"),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Favorecimiento de la inmigración clandestina",
        ),
        "both": ("Trata y tráfico",),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras formas de explotación",),
    },
    gender={
        "female": ("M", "Mujer", "Mujeres"),
        "male": ("H", "Hombre", "Hombres"),
        "mixed": ("H y M", "Ambos sexos"),
    },
    age={
        "child": ("Menor", "Menor de edad", "Menores"),
        "adult": ("Adulto", "Mayor de edad", "Adultos"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    transport={
        "sea": ("Patera", "Cayuco", "Neumática", "Embarcación"),
        "land": ("A pie", "Salto de valla", "Furgoneta", "Autobús", "Vehículo particular"),
        "air": ("Avión", "Vuelo"),
    },
    offences={
        "document_fraud": ("falsedad documental", "documentación falsa"),
        "corruption": ("cohecho",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("tráfico de drogas",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    unknown=("No consta", "S/D", "desconocido"),
    not_applicable=("No procede", ""),
    count_unknown=("s/d", "desconocido", ""),
    zero=("ninguno",),
    number_words=(
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
    ),
    thousands=".",
    transit_sep=" - ",
    direct="directo",
    offence_sep=" / ",
    nat_styles=(
        ("demonym", 0.45),
        ("name", 0.3),
        ("noaccent", 0.1),
        ("alias", 0.05),
        ("typo", 0.05),
        ("iso2", 0.05),
    ),
    place_styles=(
        ("name", 0.7),
        ("noaccent", 0.15),
        ("typo", 0.05),
        ("alias", 0.05),
        ("iso2", 0.05),
    ),
    coords="map_pair",
    mojibake_rate=0.0,
    sector={
        "forced_labour": (
            "Agricultura (frutos rojos)",
            "Invernaderos",
            "Hostelería",
            "Construcción",
            "Servicio doméstico",
        ),
        "sexual": ("Clubes / pisos",),
        "forced_criminality": ("Venta ambulante",),
        "forced_marriage": ("Ámbito familiar",),
        "other": ("Otros",),
        "smuggling": ("Sin empleo", "Agricultura", "Temporero/a"),
    },
)

CONATO = Blind381Source(
    source="conato_pa_migrantes",
    filename="conato_pa_migrantes_ns.xlsx",
    ref="CONATO-MTM-{year}-{seq:04d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "No. de caso",
        "event_date": "Fecha",
        "crime_type": "Tipo de caso",
        "exploitation": "Modalidad de explotación",
        "n_persons": "Cantidad de personas",
        "n_suspects": "Presuntos responsables",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos",
    },
    note="Nota: información suministrada por los sindicatos afiliados",
    total="Total de casos",
    bad_count=("varios", "grupo numeroso", "ver informe"),
    repeats=True,
    dates=(
        ("xl_date", 0.62),
        ("xl_datetime", 0.08),
        ("dmy", 0.12),
        ("xl_serial", 0.1),
        ("month_es", 0.08),
    ),
    crime={
        "trafficking": ("Trata de personas",),
        "smuggling": ("Tráfico de migrantes", "Tráfico ilícito de migrantes"),
        "both": ("Trata y tráfico", "Ambos (trata y tráfico)"),
    },
    exploitation={
        "sexual": ("Explotación sexual",),
        "forced_labour": ("Explotación laboral", "Trabajo forzoso"),
        "forced_criminality": ("Actividades delictivas forzadas",),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otra",),
    },
    gender={
        "female": ("Femenino", "Mujeres"),
        "male": ("Masculino", "Hombres"),
        "mixed": ("Mixto", "Ambos sexos"),
    },
    age={
        "child": ("NNA", "Menor de edad"),
        "adult": ("Adulto", "Adultos"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    transport={
        "sea": ("Lancha", "Embarcación"),
        "land": ("A pie", "Caminando", "Por trocha"),
        "air": ("Vía aérea",),
    },
    offences={
        "document_fraud": ("falsificación de documentos",),
        "corruption": ("corrupción",),
        "money_laundering": ("lavado de dinero", "blanqueo de capitales"),
        "illicit_goods": ("narcotráfico",),
        "cybercrime": ("delito cibernético",),
        "terrorism": ("terrorismo",),
    },
    unknown=("No indica", "s/d", "Desconocido"),
    not_applicable=("No aplica",),
    count_unknown=("s/d", "sin dato"),
    zero=("ninguno", "ninguno (0)"),
    number_words=(),
    thousands="",
    transit_sep=", ",
    direct="directo",
    offence_sep=", ",
    nat_styles=(("demonym", 0.4), ("name", 0.4), ("iso3", 0.1), ("upper", 0.1)),
    place_styles=(("name", 0.75), ("iso3", 0.1), ("upper", 0.1), ("noaccent", 0.05)),
    coords="xlsx_dms",
    mojibake_rate=0.08,
    sector=None,
)

GLJ = Blind381Source(
    source="glj_ilrf_casefile",
    filename="glj_ilrf_casefile_ns.jsonl",
    ref="GLJ{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_id",
        "event_date": "incident_date",
        "crime_type": "case_category",
        "exploitation": "exploitation_type",
        "n_persons": "workers_affected",
        "n_suspects": "alleged_perpetrators",
        "gender": "gender",
        "age_group": "age_group",
        "nationality": "nationality",
        "origin_country": "origin_country",
        "transit_countries": "transit_route",
        "destination_country": "destination_country",
        "detection_country": "incident_country_m49",
        "transport_mode": "transport",
        "lat": "latitude",
        "lon": "longitude",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "several", "see partner report"),
    repeats=False,
    dates=(
        ("iso", 0.6),
        ("iso_z", 0.1),
        ("us_long", 0.1),
        ("month_iso", 0.1),
        ("quarter_en", 0.1),
    ),
    crime={
        "trafficking": ("trafficking", "human trafficking"),
        "smuggling": ("smuggling", "migrant smuggling"),
        "both": ("trafficking & smuggling",),
    },
    exploitation={
        "sexual": ("sexual exploitation", "commercial sexual exploitation"),
        "forced_labour": ("forced labor", "labour exploitation (caporalato)"),
        "forced_criminality": ("forced criminality",),
        "organ_removal": ("organ removal",),
        "forced_marriage": ("forced marriage",),
        "other": ("other",),
    },
    gender={
        "female": ("female", "women"),
        "male": ("male", "men"),
        "mixed": ("mixed",),
    },
    age={
        "child": ("minor", "child"),
        "adult": ("adult",),
        "mixed": ("adults and minors", "mixed"),
    },
    transport={
        "sea": ("boat", "sea"),
        "land": ("land", "on foot", "truck"),
        "air": ("air", "flight"),
    },
    offences={
        "document_fraud": ("document fraud",),
        "corruption": ("corruption",),
        "money_laundering": ("money laundering",),
        "illicit_goods": ("drug trafficking",),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    unknown=("unknown", ""),
    not_applicable=("",),
    count_unknown=("unknown", ""),
    zero=("none",),
    number_words=(),
    thousands="",
    transit_sep=" > ",
    direct="",
    offence_sep=", ",
    nat_styles=(("name", 0.7), ("iso3", 0.2), ("alias", 0.05), ("typo", 0.05)),
    place_styles=(("name", 0.8), ("iso3", 0.1), ("alias", 0.1)),
    coords="json",
    mojibake_rate=0.0,
    sector=None,
)

#: The set's sources, in the order of the submissions.
SOURCES: tuple[Blind381Source, ...] = (GMB, CFDT, USO, CONATO, GLJ)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _weighted(rng: _Rng, options: tuple[tuple[str, float], ...]) -> str:
    w = np.array([p for _, p in options], dtype=float)
    return options[int(rng.choice(len(options), p=w / w.sum()))][0]


def _blank(word: str) -> str | None:
    return word if word else None


def _as_cell(src: Blind381Source, value: int | float) -> object:
    """Return a number as the file holds it: text in a CSV, a number elsewhere."""
    return str(value) if src.format == "csv" else value


def _date_text(style: str, ts: pd.Timestamp, rng: _Rng) -> object:
    m = ts.month - 1
    if style == "dmy":
        return ts.strftime("%d/%m/%Y")
    if style == "dmy2":
        return ts.strftime("%d/%m/%y")
    if style == "dmy_dash":
        return ts.strftime("%d-%m-%Y")
    if style == "long_en":
        return f"{ts.day} {MONTHS[m]} {ts.year}"
    if style == "long_fr":
        day = "1er" if ts.day == 1 else str(ts.day)
        return f"{day} {_MONTHS_FR[m]} {ts.year}"
    if style == "short_es":
        return f"{ts.day:02d}-{_MONTHS_ES[m][:3]}-{ts.year}"
    if style == "crm":
        hour, minute = int(rng.integers(7, 20)), int(rng.integers(60))
        return ts.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}"
    if style == "xl_date":
        return ts.normalize().to_pydatetime()
    if style == "xl_datetime":
        hours = pd.Timedelta(hours=int(rng.integers(6, 22)), minutes=int(rng.integers(60)))
        return (ts.normalize() + hours).to_pydatetime()
    if style == "xl_serial":
        return int((ts.normalize() - _EXCEL_EPOCH).days)
    if style == "iso":
        return ts.strftime("%Y-%m-%d")
    if style == "iso_z":
        return ts.strftime("%Y-%m-%d") + "T00:00:00.000Z"
    if style == "us_long":
        return f"{MONTHS[m]} {ts.day}, {ts.year}"
    if style == "month_iso":
        return ts.strftime("%Y-%m")
    if style == "month_fr":
        return f"{_MONTHS_FR[m]} {ts.year}"
    if style == "month_es":
        return f"{_MONTHS_ES[m]} de {ts.year}"
    if style == "quarter_en":
        return f"Q{ts.quarter} {ts.year}"
    if style == "quarter_fr":
        return f"T{ts.quarter} {ts.year}"
    raise ValueError(f"unknown date style {style!r}")  # a typo in this module's tables


def _date(
    src: Blind381Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    style = _weighted(rng, src.dates)
    if style in _PARTIAL and not partial_ok:
        style = src.dates[0][0]
    cell = _date_text(style, ts, rng)
    precision = _PARTIAL.get(style, "day")
    if precision == "month":
        tags.append("partial_date")
        return cell, ts.to_period("M").start_time, precision
    if precision == "quarter":
        tags.append("partial_date")
        return cell, ts.to_period("Q").start_time, precision
    if style in ("crm", "xl_datetime", "iso_z"):
        tags.append("date_with_time")
    elif style == "xl_serial":
        tags.append("excel_serial")
    elif style in ("long_en", "long_fr", "short_es", "us_long"):
        tags.append("month_name_date")
    elif style == "dmy2":
        tags.append("two_digit_year")
    return cell, ts.normalize(), "day"


def _bad_date(src: Blind381Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return a date cell no analyst can use: blank, impossible, or ten years ahead."""
    if kind == "no_date":
        return None
    main = src.dates[0][0]
    if kind == "future_date":
        return _date_text(main, ts + pd.DateOffset(years=10), rng)
    day, month = [(30, 2), (31, 4), (31, 6), (31, 9), (31, 11)][int(rng.integers(5))]
    if main in ("iso", "iso_z"):
        return f"{ts.year}-{month:02d}-{day:02d}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: Blind381Source, last: pd.Timestamp) -> object:
    """Return the extraction date of the note row, a few days after the last case."""
    day = last + pd.Timedelta(days=4)
    main = src.dates[0][0]
    if main in ("xl_date", "xl_datetime", "xl_serial"):
        return day.normalize().to_pydatetime()
    if main in ("iso", "iso_z"):
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


def _country(
    src: Blind381Source,
    iso: str,
    rng: _Rng,
    styles: tuple[tuple[str, float], ...],
    col: str,
    tags: list[str],
) -> str:
    """Write one country as the desk does; tag what is not its plain name."""
    lang = src.language
    name = _NAMES[iso][_LANG[lang]]
    style = _weighted(rng, styles)
    text = name
    if style == "demonym" and iso in _DEMONYMS:
        text = _DEMONYMS[iso][_LANG[lang]]
    elif style == "alias" and iso in _ALIASES[lang]:
        text = choice(rng, _ALIASES[lang][iso])
    elif style == "typo" and iso in _TYPOS[lang]:
        text = _TYPOS[lang][iso]
    elif style == "iso3":
        text = iso
    elif style == "iso2":
        text = _ISO2[iso]
    elif style == "upper":
        text = name.upper()
    elif style == "lower":
        text = name.lower()
    elif style == "noaccent":
        text = _strip_accents(name)
    if not fits(text, src):
        return name
    if text != name or style in ("iso3", "iso2"):
        tags.append(f"{style}:{col}")
    return text


_ISO2: dict[str, str] = {
    "AFG": "AF",
    "ALB": "AL",
    "AUT": "AT",
    "BGD": "BD",
    "BGR": "BG",
    "BIH": "BA",
    "BLR": "BY",
    "CHN": "CN",
    "CIV": "CI",
    "CMR": "CM",
    "COL": "CO",
    "DEU": "DE",
    "DZA": "DZ",
    "ECU": "EC",
    "EGY": "EG",
    "ERI": "ER",
    "ESP": "ES",
    "FRA": "FR",
    "GBR": "GB",
    "GIN": "GN",
    "GMB": "GM",
    "GRC": "GR",
    "GTM": "GT",
    "HND": "HN",
    "HRV": "HR",
    "HTI": "HT",
    "HUN": "HU",
    "IRN": "IR",
    "IRQ": "IQ",
    "ITA": "IT",
    "LBY": "LY",
    "MAR": "MA",
    "MEX": "MX",
    "MKD": "MK",
    "MLI": "ML",
    "MRT": "MR",
    "NER": "NE",
    "NGA": "NG",
    "PAK": "PK",
    "PAN": "PA",
    "POL": "PL",
    "ROU": "RO",
    "RUS": "RU",
    "SEN": "SN",
    "SRB": "RS",
    "SYR": "SY",
    "TUN": "TN",
    "TUR": "TR",
    "USA": "US",
    "VEN": "VE",
    "VNM": "VN",
    "YEM": "YE",
}


def _vocab(
    src: Blind381Source,
    words: dict[str, tuple[str, ...]],
    value: str,
    rng: _Rng,
) -> str:
    """Return the desk's word for ``value``: the usual one 60 % of the time, else a variant."""
    forms = words[value]
    if len(forms) == 1 or rng.random() < 0.6:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Write a coordinate as degrees, minutes and seconds; return it and its value."""
    tenths = round(abs(value) * 36000)  # tenths of an arc second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    sign = 1.0 if value >= 0 else -1.0
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\" {pos if value >= 0 else neg}"
    return text, sign * (deg + minutes / 60 + sec10 / 36000)


def _coords(
    src: Blind381Source,
    lat: float,
    lon: float,
    rng: _Rng,
    forced: bool,
    tags: list[str],
) -> tuple[dict[str, object], float | None, float | None]:
    """Write the place of detection; return the cells and the expected lat, lon."""
    if src.coords == "none":
        tags.append("coords_missing")
        if forced:
            tags.append("blank_coordinates")
        return {}, None, None
    keys = ("coordinates",) if src.coords == "map_pair" else ("lat", "lon")
    r = rng.random()
    if forced or r < 0.08:
        tags.append("blank_coordinates" if forced else "coords_missing")
        return dict.fromkeys(keys), None, None
    if r < 0.11 and src.coords in ("fr_columns", "xlsx_dms"):
        tags.append("coords_placeholder")
        zero: object = "0" if src.coords == "fr_columns" else 0
        return {"lat": zero, "lon": zero}, None, None
    if src.coords == "fr_columns":
        y, x = round(lat, 5), round(lon, 5)
        tags.append("decimal_comma:coordinates")
        return (
            {"lat": f"{y:.5f}".replace(".", ","), "lon": f"{x:.5f}".replace(".", ",")},
            y,
            x,
        )
    if src.coords == "map_pair":
        y, x = round(lat, 6), round(lon, 6)
        return {"coordinates": f"{y:.6f}, {x:.6f}"}, y, x
    if src.coords == "xlsx_dms" and rng.random() < 0.15:
        west = "O" if rng.random() < 0.6 else "W"
        t_lat, y = _dms(lat, "N", "S")
        t_lon, x = _dms(lon, "E", west)
        tags.append("dms:coordinates")
        return {"lat": t_lat, "lon": t_lon}, y, x
    digits = 5 if src.coords == "xlsx_dms" else 4
    y, x = round(lat, digits), round(lon, digits)
    return {"lat": y, "lon": x}, y, x


def _count(src: Blind381Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the number of persons; a "not known" word expects no count."""
    r = rng.random()
    if r < 0.025:
        tags.append("count_placeholder")
        return _blank(choice(rng, src.count_unknown)), None
    if src.number_words and 1 <= n <= 10 and r < 0.08:
        tags.append("count_word")
        return src.number_words[n - 1], n
    if src.thousands and n >= 1000 and rng.random() < 0.7:
        tags.append("thousands:n_persons")
        return f"{n // 1000}{src.thousands}{n % 1000:03d}", n
    return _as_cell(src, n), n


def _suspects(
    src: Blind381Source, k: int, rng: _Rng, forced: bool, tags: list[str]
) -> tuple[object, int | None]:
    """Write the number of suspects: blank, "not known", a word for none, or the number."""
    r = rng.random()
    if forced or r < 0.05:
        tags.append("blank_n_suspects")
        return None, None
    if r < 0.09:
        tags.append("suspects_placeholder")
        word = choice(rng, tuple(w for w in src.count_unknown if w))
        return word, None
    if k == 0 and rng.random() < 0.5:
        tags.append("zero_word")
        return choice(rng, src.zero), 0
    return _as_cell(src, k), k


def _vocab_or_unknown(
    src: Blind381Source,
    words: dict[str, tuple[str, ...]],
    value: str,
    rng: _Rng,
    tag: str,
    tags: list[str],
    *,
    forced: bool = False,
) -> tuple[str | None, str]:
    """Write a vocabulary value, or (5 %) a blank or a "not known" word -> ``unknown``."""
    r = rng.random()
    if forced or r < 0.03:
        tags.append(tag)
        return None, "unknown"
    if r < 0.05:
        tags.append(tag)
        return _blank(choice(rng, src.unknown)), "unknown"
    return _vocab(src, words, value, rng), value


def _render(
    src: Blind381Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event the way ``src`` writes it: (cells, expected values, tags)."""
    tags: list[str] = []
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )

    crime = str(ev["crime_type"])
    cells["crime_type"] = _vocab(src, src.crime, crime, rng)
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _blank(choice(rng, src.not_applicable))
        exp["exploitation"] = None
    else:
        r = rng.random()
        if r < 0.06:
            tags.append("unknown:exploitation")
            cells["exploitation"] = None if r < 0.03 else _blank(choice(rng, src.unknown))
            exp["exploitation"] = "unknown"
        else:
            cells["exploitation"] = _vocab(src, src.exploitation, str(expl), rng)
            exp["exploitation"] = str(expl)
    if src.sector is not None:  # free text, not a field of the record frame
        known = exp["exploitation"] if exp["exploitation"] != "unknown" else None
        key = str(known) if known is not None else ("smuggling" if expl is None else "")
        cells["sector"] = choice(rng, src.sector[key]) if key in src.sector else None

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"] = _count(src, persons, rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(
        src, suspects, rng, forced_blank == "n_suspects", tags
    )

    cells["gender"], exp["gender"] = _vocab_or_unknown(
        src,
        src.gender,
        str(ev["gender"]),
        rng,
        "blank_gender",
        tags,
        forced=forced_blank == "gender",
    )
    cells["age_group"], exp["age_group"] = _vocab_or_unknown(
        src, src.age, str(ev["age_group"]), rng, "na_word:age_group", tags
    )
    cells["transport_mode"], exp["transport_mode"] = _vocab_or_unknown(
        src, src.transport, str(ev["transport_mode"]), rng, "na_word:transport_mode", tags
    )

    nat = str(ev["nationality"])
    r = rng.random()
    if forced_blank == "nationality" or r < 0.02:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = None, None
    elif r < 0.04:
        tags.append("blank_nationality")
        cells["nationality"], exp["nationality"] = _blank(choice(rng, src.unknown)), None
    elif src.source == GMB.source and nat in ("IRQ", "IRN") and r < 0.16:
        # the helpline notes the caller's people, not a country: no nationality to read
        tags += ["blank_nationality", "ethnicity_word"]
        cells["nationality"], exp["nationality"] = "Kurdish", None
    else:
        cells["nationality"] = _country(src, nat, rng, src.nat_styles, "nationality", tags)
        exp["nationality"] = nat

    for col in ("origin_country", "destination_country"):
        iso = str(ev[col])
        r = rng.random()
        if r < 0.04:
            tags.append(f"blank_{col}")
            cells[col] = None if r < 0.02 else _blank(choice(rng, src.unknown))
            exp[col] = None
        else:
            cells[col] = _country(src, iso, rng, src.place_styles, col, tags)
            exp[col] = iso

    det = str(ev["detection_country"])
    if forced_blank == "detection_country":
        tags.append("blank_detection_country")
        cells["detection_country"], exp["detection_country"] = None, None
    else:
        exp["detection_country"] = det
        if src.source == GLJ.source:
            cells["detection_country"] = _NAMES[det][3]
            tags.append("m49:detection_country")
        elif src.source == GMB.source and det == "GBR" and rng.random() < 0.3:
            hotspot = str(ev["hotspot"])
            cells["detection_country"] = _UK_NATION.get(hotspot, _UK_NATION_DEFAULT)
            tags.append("uk_nation:detection_country")
        else:
            cells["detection_country"] = _country(
                src, det, rng, src.place_styles, "detection_country", tags
            )

    transit = ev["transit_countries"]
    exp["transit_countries"] = transit
    if transit is None:
        if src.direct and rng.random() < 0.5:
            tags.append("direct_word")
            cells["transit_countries"] = src.direct
        else:
            cells["transit_countries"] = None
    else:
        plain = (("name", 0.85), ("noaccent", 0.1), ("upper", 0.05))
        parts = [
            _country(src, iso, rng, plain, "transit_countries", tags)
            for iso in str(transit).split("|")
        ]
        cells["transit_countries"] = src.transit_sep.join(parts)

    offences = ev["linked_offences"]
    exp["linked_offences"] = offences
    cells["linked_offences"] = (
        None
        if offences is None
        else src.offence_sep.join(
            _vocab(src, src.offences, o, rng) for o in str(offences).split("|")
        )
    )

    coord_cells, exp["lat"], exp["lon"] = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
        forced_blank == "coordinates",
        tags,
    )
    cells.update(coord_cells)

    for col in ("gender", "age_group", "transport_mode", "nationality", "origin_country"):
        text = cells.get(col)
        if isinstance(text, str) and rng.random() < 0.04:  # stray spaces of a form
            cells[col] = f" {text}  "
            tags.append(f"spaces:{col}")

    if src.mojibake_rate and rng.random() < src.mojibake_rate:
        garbled = False
        for key, value in cells.items():
            if isinstance(value, str):
                bad = mojibake(value)
                if bad is not None:
                    cells[key] = bad
                    garbled = True
        if garbled:
            tags.append("mojibake")
    return cells, exp, tags


#: The variant: national desks for their own country, the compiled case file for the rest.
BLIND381: Examiner[Blind381Source] = Examiner(
    sources=SOURCES,
    primary={
        "GBR": GMB.source,
        "FRA": CFDT.source,
        "ESP": USO.source,
        "PAN": CONATO.source,
    },
    compilation=GLJ.source,
    secondary={
        ("channel", "FRA"): GMB.source,  # workers who crossed from Calais call the helpline
        ("darien", "PAN"): GLJ.source,  # partners in Panama send their cases to Washington
        ("thb_rou_esp", "ESP"): GLJ.source,
        ("thb_rou_esp", "ITA"): USO.source,  # the same gangs move workers Italy <-> Spain
        ("thb_vnm_gbr", "GBR"): GLJ.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=381,
    blank_share=0.4,
)


def make_blind381(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind381`` set of five union desks' submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed and truth -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`SOURCES`, in that order, with the expected row of
        each written row (records, cross-source duplicates, exact repeats, bad and
        garbage rows).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind381(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['gmb_migrant_helpline_ns.csv', 'cfdt_hdf_migrants_ns.csv',
     'uso_atencion_migrantes_ns.csv', 'conato_pa_migrantes_ns.xlsx',
     'glj_ilrf_casefile_ns.jsonl']
    >>> [s.encoding for s in subs]
    ['cp1252', 'utf-8-sig', 'utf-16', 'utf-8', 'utf-8']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND381, truth, seed=seed)
