"""Examiner sample set ``blind393`` (files ``*_oe.*``): road operators and a border desk.

Five sources the cleaner has never seen, leaning on the people who find migrants on roads:
motorway traffic officers, a state road directorate's traffic centre, border inspectors of
commercial vehicles, a public-works road office on the Darién highway, and the safety and
security digest of the European toll-road operators' association.

``national_highways_roc``
    National Highways (England), Regional Operations Centre incident log. CSV, UTF-8 with
    BOM, comma; English. Day-first date and time (``17/05/2023 14:32``), demonyms for
    nationality (``Afghan``, ``Iraqi Kurd``), ``UASC`` for children, counts sometimes in
    words, ``Route Travelled`` joined by ``" > "``.
``dir_nord_cigt``
    Direction interdépartementale des routes Nord, traffic centre (CIGT) day book for the
    A16/A25 around Calais and Dunkirk. CSV, cp1252, semicolon, CRLF; French. ``dd/mm/yyyy``
    with an optional ``14h32`` time, ``H/F`` for a mixed group, ``MNA`` for children,
    ``PL`` (poids lourd) for lorries, decimal commas in the coordinates.
``fmcsa_border_inspections``
    FMCSA Southern Service Center, border inspection findings on commercial vehicles at the
    south-west ports. JSON lines, UTF-8; English. ISO date-times, ISO alpha-2 country codes,
    ``UAC`` for children, ``"lat,lon"`` in one string, ``null`` for an unknown arrest count.
``mop_darien``
    Ministerio de Obras Públicas de Panamá, Dirección Regional de Darién, road-safety
    reports on the Interamericana. XLSX; Spanish. Real Excel dates, a few typed as text or
    left as serial numbers, ``NNA`` for children, demonyms (``venezolanos``), coordinates in
    degrees, minutes and seconds.
``asecap_secwg``
    ASECAP safety and security working group, cross-border incident digest compiled from
    member operators and national feeds (the compilation: every event no other source
    reports). CSV, UTF-16 (Excel "Unicode text"), tab; English. ``17 May 2023``, ``May
    2023``, ``Q2 2023``; ISO alpha-3 codes; member names re-keyed from Spanish exports
    garbled into mojibake (``TÃºnez``).

The truth expects what a careful analyst reads from each cell: a count placeholder or an
unreadable word expects no value, a ``n/a`` age or mode expects ``unknown``, a date given to
the month or quarter expects the period's first day, and coordinates expect the value
written (degrees-minutes-seconds converted).
"""

from __future__ import annotations

from collections.abc import Mapping
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

__all__ = ["SOURCES", "Agency", "make_blind393"]

_Rng = np.random.Generator
_Words = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Agency(ExaminerSource):
    """One source of the set: what the shared machinery reads plus the agency's wording.

    Attributes
    ----------
    style : str
        Key of the agency's way of writing dates, countries and coordinates.
    crime, exploitation, gender, age, mode, offences : mapping
        Canonical word -> the agency's words for it.
    offence_sep : str
        Separator of several linked offences.
    transit_sep : str
        Separator of the transit countries, in travel order.
    count_unknown : tuple of str
        Count cells meaning "not known" (the record is kept with no count).
    zero_words : tuple of str
        Words for no suspect.
    suspects_unknown : tuple of str
        Suspect cells meaning "not known".
    na_words : tuple of str
        "Not applicable / not recorded" words of the age group and the transport mode.
    """

    style: str
    crime: _Words
    exploitation: _Words
    gender: _Words
    age: _Words
    mode: _Words
    offences: _Words
    offence_sep: str
    transit_sep: str
    count_unknown: tuple[str, ...]
    zero_words: tuple[str, ...]
    suspects_unknown: tuple[str, ...]
    na_words: tuple[str, ...]


# --------------------------------------------------------------------------------------
# Country names of the set (English, French, Spanish)
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
    "ROU": ("Romania", "Roumanie", "Rumanía"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
_LANG = {"en": 0, "fr": 1, "es": 2}

#: What UK traffic officers write in the nationality column.
_DEMONYMS_EN: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan", "Afghan", "Afghani"),
    "ALB": ("Albanian",),
    "ERI": ("Eritrean",),
    "IRN": ("Iranian", "Iranian", "Iranian Kurd"),
    "IRQ": ("Iraqi", "Iraqi", "Iraqi Kurd"),
    "SYR": ("Syrian",),
    "VNM": ("Vietnamese",),
}
#: What Panamanian road staff write for a group's nationality.
_DEMONYMS_ES: dict[str, tuple[str, ...]] = {
    "VEN": ("venezolanos", "venezolana", "Venezolanos"),
    "ECU": ("ecuatorianos", "ecuatoriana"),
    "HTI": ("haitianos", "haitiana"),
    "COL": ("colombianos", "colombiana"),
    "CHN": ("chinos", "china"),
}
#: Aliases a careful analyst reads without doubt.
_ALIASES_EN: dict[str, tuple[str, ...]] = {
    "GBR": ("UK", "Great Britain"),
    "USA": ("USA",),
    "TUR": ("Turkey",),
    "CIV": ("Ivory Coast",),
    "GMB": ("The Gambia",),
    "RUS": ("Russian Federation",),
    "BIH": ("Bosnia",),
    "MKD": ("Macedonia",),
    "SYR": ("Syrian Arab Republic",),
}
#: Small typing slips (one letter), each still one country only.
_TYPOS: dict[str, dict[str, str]] = {
    "en": {
        "AFG": "Afganistan",
        "ERI": "Eritria",
        "SYR": "Syira",
        "PAK": "Pakistn",
        "MAR": "Morrocco",
        "TUN": "Tunisa",
        "EGY": "Egpyt",
        "BGD": "Bangaldesh",
        "DEU": "Germnay",
        "ITA": "Itlay",
        "NGA": "Nigerai",
        "SEN": "Sengal",
    },
    "fr": {
        "ERI": "Erythree",
        "AFG": "Afganistan",
        "DEU": "Allemangne",
        "ALB": "Albani",
        "SYR": "Syire",
        "GBR": "Royaume Uni",
        "VNM": "Viet-Nam",
    },
    "es": {
        "VEN": "Venezula",
        "ECU": "Equador",
        "HTI": "Haiti",
        "COL": "Colonbia",
        "USA": "Estados Unidoss",
        "MEX": "Mexico",
    },
}
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
_NUMBER_WORDS_EN = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


def _name(iso3: str, lang: str) -> str:
    """Return the set's name of a country in ``lang`` (pycountry's English name if absent)."""
    names = _NAMES.get(iso3)
    if names is not None:
        return names[_LANG[lang]]
    country = pycountry.countries.get(alpha_3=iso3)
    return str(country.name) if country is not None else iso3


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_EN_OFFENCES: dict[str, tuple[str, ...]] = {
    "document_fraud": ("False documents", "Document fraud", "Forged ID"),
    "corruption": ("Bribery", "Corruption"),
    "money_laundering": ("Money laundering", "Cash seizure (POCA)"),
    "illicit_goods": ("Drugs", "Cannabis", "Illicit goods"),
    "cybercrime": ("Cyber-enabled",),
    "terrorism": ("Terrorism (s.7 referral)",),
}

NH = Agency(
    source="national_highways_roc",
    filename="national_highways_roc_oe.csv",
    ref="NH{year}/{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Incident Ref",
        "event_date": "Date/Time Reported",
        "crime_type": "Incident Category",
        "exploitation": "MS Exploitation Type",
        "n_persons": "No. Persons Found",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Group",
        "nationality": "Nationality (stated)",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country",
        "transit_countries": "Route Travelled",
        "transport_mode": "Vehicle / Conveyance",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Associated Offences",
    },
    note="Note: extract from ROC incident log - provisional, subject to NTIS reconciliation",
    total="TOTAL",
    bad_count=("several", "see log narrative", "multiple - TBC"),
    repeats=True,
    style="nh",
    crime={
        "smuggling": (
            "Facilitation (s.25)",
            "People smuggling",
            "Clandestine entrants - facilitation",
        ),
        "trafficking": ("Modern slavery / trafficking", "Suspected trafficking (MS)"),
        "both": ("Clandestines + MS indicators", "Facilitation & trafficking"),
    },
    exploitation={
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation"),
        "forced_criminality": ("Criminal", "Criminal exploitation (cannabis farm)"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ harvesting",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "M", "Male"),
        "female": ("Female", "F"),
        "mixed": ("Mixed", "Male & female"),
    },
    age={
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "UASC", "Under 18"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    mode={
        "land": ("HGV", "HGV trailer", "Lorry", "Van (LGV)", "Car", "Coach"),
        "sea": ("Small boat", "Small boat", "RHIB"),
        "air": ("Flight", "Air arrival"),
    },
    offences=_EN_OFFENCES,
    offence_sep="; ",
    transit_sep=" > ",
    count_unknown=("TBC", "Unknown"),
    zero_words=("None", "Nil"),
    suspects_unknown=("n/k", "TBC"),
    na_words=("Not recorded", "N/R"),
)

DIRN = Agency(
    source="dir_nord_cigt",
    filename="dir_nord_cigt_oe.csv",
    ref="MC-{year}-{seq:05d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° main courante",
        "event_date": "Date et heure",
        "crime_type": "Nature de l'événement",
        "exploitation": "Type d'exploitation",
        "n_persons": "Nb personnes découvertes",
        "n_suspects": "Nb interpellés",
        "gender": "Sexe",
        "age_group": "Âge",
        "nationality": "Nationalité déclarée",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays de découverte",
        "transit_countries": "Pays traversés",
        "transport_mode": "Véhicule / moyen",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Extraction main courante CIGT – données provisoires, non consolidées",
    total="Total général",
    bad_count=("plusieurs", "voir PV", "non compté"),
    repeats=False,
    style="dirn",
    crime={
        "smuggling": (
            "Aide à l'entrée irrégulière",
            "Trafic de migrants",
            "Filière de passage (aide à l'entrée irrégulière)",
        ),
        "trafficking": ("Traite des êtres humains", "TEH"),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    exploitation={
        "sexual": ("exploitation sexuelle", "proxénétisme"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    gender={
        "male": ("H", "Hommes", "masculin"),
        "female": ("F", "Femmes", "féminin"),
        "mixed": ("H/F", "Mixte", "hommes et femmes"),
    },
    age={
        "adult": ("Majeurs", "Majeur", "adultes"),
        "child": ("Mineurs", "MNA", "mineur"),
        "mixed": ("Majeurs + mineurs", "Mixte"),
    },
    mode={
        "land": ("PL", "PL (semi-remorque)", "VL", "Camionnette", "Autocar"),
        "sea": ("Embarcation (small boat)", "Small boat", "Bateau"),
        "air": ("Avion",),
    },
    offences={
        "document_fraud": ("faux documents", "fraude documentaire"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("stupéfiants", "contrebande"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    offence_sep=" + ",
    transit_sep=" / ",
    count_unknown=("NC", "non renseigné"),
    zero_words=("aucun", "néant"),
    suspects_unknown=("NC", "?"),
    na_words=("sans objet", "NR"),
)

FMCSA = Agency(
    source="fmcsa_border_inspections",
    filename="fmcsa_border_inspections_oe.jsonl",
    ref="SSC-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "report_number",
        "event_date": "event_datetime",
        "crime_type": "violation_type",
        "exploitation": "trafficking_type",
        "n_persons": "persons_found",
        "n_suspects": "drivers_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "citizenship",
        "origin_country": "country_of_origin",
        "destination_country": "destination_country",
        "detection_country": "location_country",
        "transit_countries": "transit_countries",
        "transport_mode": "conveyance",
        "coordinates": "gps",
        "linked_offences": "related_charges",
    },
    note=None,
    total="TOTAL",
    bad_count=("multiple", "see narrative"),
    repeats=False,
    style="fmcsa",
    crime={
        "smuggling": ("Alien smuggling", "Human smuggling", "Alien smuggling (8 USC 1324)"),
        "trafficking": ("Human trafficking",),
        "both": ("Human trafficking / smuggling",),
    },
    exploitation={
        "sexual": ("Sex trafficking",),
        "forced_labour": ("Labor trafficking",),
        "forced_criminality": ("Compelled criminal activity",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    gender={"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("Mixed", "M/F")},
    age={
        "adult": ("Adult", "ADULT"),
        "child": ("Juvenile", "UAC"),
        "mixed": ("Adults and juveniles", "Family units"),
    },
    mode={
        "land": ("Tractor-trailer", "Box truck", "Passenger vehicle", "Pickup", "Pedestrian"),
        "sea": ("Vessel",),
        "air": ("Aircraft",),
    },
    offences={
        "document_fraud": ("fraudulent documents", "false claim to citizenship"),
        "corruption": ("bribery of public official",),
        "money_laundering": ("bulk cash smuggling", "money laundering"),
        "illicit_goods": ("narcotics", "controlled substances"),
        "cybercrime": ("computer crime",),
        "terrorism": ("terrorism",),
    },
    offence_sep="; ",
    transit_sep=", ",
    count_unknown=("UNK",),
    zero_words=(),
    suspects_unknown=(),
    na_words=("N/A",),
)

MOP = Agency(
    source="mop_darien",
    filename="mop_darien_oe.xlsx",
    ref="DRD-{seq:04d}-{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° de informe",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo de caso",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cantidad de migrantes",
        "n_suspects": "Aprehendidos",
        "gender": "Sexo",
        "age_group": "Grupo etario",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País de detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: cifras preliminares, sujetas a verificación con SNM y SENAFRONT",
    total="TOTAL GENERAL",
    bad_count=("varios", "ver informe", "grupo numeroso"),
    repeats=False,
    style="mop",
    crime={
        "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes", "TIM"),
        "trafficking": ("Trata de personas", "Trata"),
        "both": ("Trata y tráfico de migrantes",),
    },
    exploitation={
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas",),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra",),
    },
    gender={
        "male": ("Masculino", "Hombres", "Masc."),
        "female": ("Femenino", "Mujeres", "Fem."),
        "mixed": ("Mixto", "Hombres y mujeres"),
    },
    age={
        "adult": ("Adultos", "Adulto", "Mayores de edad"),
        "child": ("NNA", "Menores", "Menor de edad"),
        "mixed": ("Adultos y NNA", "Mixto"),
    },
    mode={
        "land": ("Terrestre", "A pie", "Bus", "Camión", "Vehículo particular"),
        "sea": ("Marítimo", "Lancha"),
        "air": ("Aéreo",),
    },
    offences={
        "document_fraud": ("falsificación de documentos", "documentos falsos"),
        "corruption": ("corrupción",),
        "money_laundering": ("blanqueo de capitales",),
        "illicit_goods": ("drogas", "contrabando"),
        "cybercrime": ("delito informático",),
        "terrorism": ("terrorismo",),
    },
    offence_sep=" / ",
    transit_sep=", ",
    count_unknown=("s/d", "por determinar"),
    zero_words=("ninguno", "0 (ninguno)"),
    suspects_unknown=("s/d",),
    na_words=("no aplica", "N/A"),
)

ASECAP = Agency(
    source="asecap_secwg",
    filename="asecap_secwg_oe.csv",
    ref="ASC/{year}/{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Digest ref",
        "event_date": "Date",
        "crime_type": "Incident type",
        "exploitation": "Exploitation",
        "n_persons": "Persons",
        "n_suspects": "Suspects",
        "gender": "Gender",
        "age_group": "Age",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "destination_country": "Destination",
        "detection_country": "Country of detection",
        "transit_countries": "Transit",
        "transport_mode": "Mode",
        "lat": "Lat",
        "lon": "Lon",
        "linked_offences": "Linked offences",
    },
    note="Compiled from member reports and national feeds; figures not validated",
    total="Grand total",
    bad_count=("several", "dozens", "large group"),
    repeats=True,
    style="asecap",
    crime={
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "SoM"),
        "trafficking": ("Human trafficking", "THB"),
        "both": ("THB and smuggling", "Trafficking + smuggling"),
    },
    exploitation={
        "sexual": ("Sexual exploitation", "Sexual"),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Forced criminality",),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal",),
        "other": ("Other",),
    },
    gender={
        "male": ("Male", "Men"),
        "female": ("Female", "Women"),
        "mixed": ("Mixed", "Men and women"),
    },
    age={
        "adult": ("Adults", "Adult"),
        "child": ("Minors", "UAM"),
        "mixed": ("Adults + minors", "Mixed"),
    },
    mode={
        "land": ("Truck", "Lorry", "Car", "On foot", "Van"),
        "sea": ("Boat", "Dinghy", "Sea crossing", "Fishing vessel"),
        "air": ("Air", "Flight"),
    },
    offences=_EN_OFFENCES,
    offence_sep=", ",
    transit_sep="-",
    count_unknown=("n/k", "unknown"),
    zero_words=("nil", "none"),
    suspects_unknown=("n/k",),
    na_words=("n/a",),
)

#: The set's sources, in the order the submissions are returned.
SOURCES: tuple[Agency, ...] = (NH, DIRN, FMCSA, MOP, ASECAP)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
def _clock(rng: _Rng) -> tuple[int, int]:
    return int(rng.integers(0, 24)), int(rng.integers(0, 60))


def _write_date(
    src: Agency, ts: pd.Timestamp, rng: _Rng, *, partial_ok: bool
) -> tuple[object, str, pd.Timestamp, str]:
    """Return (cell, precision, expected date, tag) of an event date as ``src`` writes it."""
    u = float(rng.random())
    month_start = ts.to_period("M").start_time
    if src.style == "nh":
        if u < 0.8:
            h, m = _clock(rng)
            return f"{ts:%d/%m/%Y} {h:02d}:{m:02d}", "day", ts, "date_dmy_time"
        return f"{ts:%d/%m/%Y}", "day", ts, "date_dmy"
    if src.style == "dirn":
        if u < 0.6:
            return f"{ts:%d/%m/%Y}", "day", ts, "date_dmy"
        h, m = _clock(rng)
        if u < 0.85:
            return f"{ts:%d/%m/%Y} {h:02d}:{m:02d}", "day", ts, "date_dmy_time"
        return f"{ts:%d/%m/%Y} à {h:02d}h{m:02d}", "day", ts, "date_french_time"
    if src.style == "fmcsa":
        if partial_ok and u < 0.05:
            return f"{ts:%Y-%m}", "month", month_start, "date_month"
        if u < 0.75:
            h, m = _clock(rng)
            return f"{ts:%Y-%m-%d}T{h:02d}:{m:02d}:00", "day", ts, "date_iso_time"
        return f"{ts:%Y-%m-%d}", "day", ts, "date_iso"
    if src.style == "mop":
        if partial_ok and u < 0.06:
            text = f"{_MONTHS_ES[ts.month - 1]} {ts.year}"
            return text, "month", month_start, "date_month"
        if u < 0.75:
            return ts.to_pydatetime(), "day", ts, "excel_date"
        if u < 0.9:
            return f"{ts:%d/%m/%Y}", "day", ts, "date_dmy_text"
        return int((ts - _EXCEL_EPOCH).days), "day", ts, "excel_serial"
    # asecap: a digest of member reports, some only to the month or quarter
    if partial_ok and u < 0.1:
        return f"{MONTHS[ts.month - 1]} {ts.year}", "month", month_start, "date_month"
    if partial_ok and u < 0.16:
        quarter = ts.to_period("Q")
        return f"Q{quarter.quarter} {ts.year}", "quarter", quarter.start_time, "date_quarter"
    if u < 0.75:
        return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}", "day", ts, "date_long"
    return f"{ts:%Y/%m/%d}", "day", ts, "date_ymd_slash"


def _plain_date(src: Agency, ts: pd.Timestamp) -> object:
    """Write a whole date as the source usually does (note rows)."""
    if src.style in ("nh", "dirn"):
        return f"{ts:%d/%m/%Y}"
    if src.style == "fmcsa":
        return f"{ts:%Y-%m-%d}"
    if src.style == "mop":
        return ts.to_pydatetime()
    return f"{ts.day} {MONTHS[ts.month - 1]} {ts.year}"


_IMPOSSIBLE_DAYS = ((2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31))


def _bad_date(src: Agency, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write a date no careful analyst can use: blank, impossible, or the year typed ten on."""
    if kind == "no_date":
        return None
    if kind == "future_date":  # one key off: 2023 typed 2033
        return _plain_date(src, ts.replace(year=ts.year + 10))
    month, day = _IMPOSSIBLE_DAYS[int(rng.integers(len(_IMPOSSIBLE_DAYS)))]
    if src.style == "fmcsa":
        return f"{ts.year}-{month:02d}-{day:02d}"
    if src.style == "asecap":
        return f"{day} {MONTHS[month - 1]} {ts.year}"
    return f"{day:02d}/{month:02d}/{ts.year}"


def _note_date(src: Agency, last: pd.Timestamp) -> object:
    return _plain_date(src, last)


# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------
def _country(src: Agency, iso3: str, column: str, rng: _Rng) -> tuple[str, str]:
    """Return (cell, tag) of one country as ``src`` writes it in ``column``."""
    u = float(rng.random())
    lang = src.language
    name = _name(iso3, lang)
    typo = _TYPOS[lang].get(iso3)
    if src.style == "nh":
        if column == "nationality" and iso3 in _DEMONYMS_EN and u < 0.75:
            return choice(rng, _DEMONYMS_EN[iso3]), "country_demonym"
        if iso3 in _ALIASES_EN and u < 0.5:
            return choice(rng, _ALIASES_EN[iso3]), "country_alias"
        if typo and u > 0.95:
            return typo, "country_typo"
        return (name.upper(), "country_upper") if u > 0.9 else (name, "country_name")
    if src.style == "dirn":
        if u < 0.2:
            return name.upper(), "country_upper"
        if typo and u > 0.94:
            return typo, "country_typo"
        if u > 0.9:
            return iso_codes(iso3)[0], "country_iso2"
        return name, "country_name"
    if src.style == "fmcsa":
        if u < 0.8:
            return iso_codes(iso3)[0], "country_iso2"
        return _name(iso3, "en").upper(), "country_upper"
    if src.style == "mop":
        if column == "nationality" and iso3 in _DEMONYMS_ES and u < 0.35:
            return choice(rng, _DEMONYMS_ES[iso3]), "country_demonym"
        if iso3 == "USA" and u < 0.4:
            return choice(rng, ("EE.UU.", "EEUU", "USA")), "country_alias"
        if u < 0.55:
            return name.upper(), "country_upper"
        if u < 0.65:
            return iso3, "country_iso3"
        if typo and u > 0.95:
            return typo, "country_typo"
        return name, "country_name"
    # asecap: English names, ISO alpha-3 codes, aliases, and Spanish members' names garbled
    if u < 0.22:
        return iso3, "country_iso3"
    if u < 0.32:
        garbled = mojibake(_name(iso3, "es"))
        if garbled is not None:
            return garbled, "mojibake"
    if iso3 in _ALIASES_EN and u < 0.45:
        return choice(rng, _ALIASES_EN[iso3]), "country_alias"
    if typo and u > 0.975:
        return typo, "country_typo"
    if u > 0.955:
        return f"  {name.lower()} ", "country_case_space"
    return name, "country_name"


def _transit(src: Agency, value: object, rng: _Rng) -> tuple[str | None, list[str]]:
    if value is None:
        return None, []
    parts = []
    tags = []
    for iso3 in str(value).split("|"):
        cell, tag = _country(src, iso3, "transit_countries", rng)
        parts.append(cell.strip())
        tags.append(tag)
    return src.transit_sep.join(parts), sorted(set(tags) - {"country_name"})


# --------------------------------------------------------------------------------------
# Counts and places
# --------------------------------------------------------------------------------------
def _count(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    """Return (cell, expected count, tag) of a count of persons."""
    u = float(rng.random())
    if u < 0.015:
        return choice(rng, src.count_unknown), None, "count_placeholder"
    if src.style == "nh":
        if n <= len(_NUMBER_WORDS_EN) and u < 0.12:
            return _NUMBER_WORDS_EN[n - 1], n, "count_words"
        if n >= 1000:
            return f"{n:,}", n, "count_thousands"
        return str(n), n, None
    if src.style == "dirn":
        if n >= 1000:
            return f"{n:,}".replace(",", "\u00a0"), n, "count_thousands"
        return str(n), n, None
    if src.style == "fmcsa":
        return (str(n), n, "count_text") if u < 0.1 else (n, n, None)
    if src.style == "mop":
        if u < 0.08:
            return f"{n} migrantes", n, "count_with_unit"
        return n, n, None
    if n >= 1000:
        return f"{n:,}", n, "count_thousands"
    return str(n), n, None


def _suspects(src: Agency, n: int, rng: _Rng) -> tuple[object, int | None, str | None]:
    u = float(rng.random())
    if src.style == "fmcsa":  # an unknown count is a JSON null
        if u < 0.04:
            return None, None, "suspects_placeholder"
        return n, n, None
    if src.suspects_unknown and u < 0.04:
        return choice(rng, src.suspects_unknown), None, "suspects_placeholder"
    if n == 0 and src.zero_words and u < 0.45:
        return choice(rng, src.zero_words), 0, "zero_word"
    if src.format == "xlsx":
        return n, n, None
    return str(n), n, None


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds (to a tenth) and the value they denote."""
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    minutes, sec = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec / 10:04.1f}\"{pos if value >= 0 else neg}"
    back = (deg + minutes / 60 + sec / 36000) * (1 if value >= 0 else -1)
    return text, back


def _coords(
    src: Agency, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float | None, float | None, str | None]:
    """Return (cells, expected lat, expected lon, tag) of a place."""
    u = float(rng.random())
    if u < 0.03:
        if src.style == "asecap":
            return {"lat": "n/a", "lon": "n/a"}, None, None, "coords_placeholder"
        return {}, None, None, "coords_missing"
    if src.style == "nh":
        la, lo = round(lat, 5), round(lon, 5)
        return {"lat": f"{la:.5f}", "lon": f"{lo:.5f}"}, la, lo, None
    if src.style == "dirn":
        la, lo = round(lat, 5), round(lon, 5)
        cells: dict[str, object] = {
            "lat": f"{la:.5f}".replace(".", ","),
            "lon": f"{lo:.5f}".replace(".", ","),
        }
        return cells, la, lo, "coords_comma"
    if src.style == "fmcsa":
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f},{lo:.5f}"}, la, lo, "coords_pair"
    if src.style == "mop":
        if u < 0.8:
            lat_text, la = _dms(lat, "N", "S")
            lon_text, lo = _dms(lon, "E", "W")
            return {"coordinates": f"{lat_text} {lon_text}"}, la, lo, "coords_dms"
        la, lo = round(lat, 5), round(lon, 5)
        return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo, "coords_pair"
    la, lo = round(lat, 4), round(lon, 4)
    return {"lat": f"{la:.4f}", "lon": f"{lo:.4f}"}, la, lo, None


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _render(
    src: Agency,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cell, precision, day, tag = _write_date(src, ts, rng, partial_ok=partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    tags.append(tag)

    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, src.crime[crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else choice(rng, src.exploitation[str(expl)])
    exp["exploitation"] = expl

    persons = int(ev["n_persons"])  # type: ignore[call-overload]
    cells["n_persons"], exp["n_persons"], count_tag = _count(src, persons, rng)
    if count_tag:
        tags.append(count_tag)

    suspects = int(ev["n_suspects"])  # type: ignore[call-overload]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = None, None
        tags.append("blank_n_suspects")
    else:
        cells["n_suspects"], exp["n_suspects"], sus_tag = _suspects(src, suspects, rng)
        if sus_tag:
            tags.append(sus_tag)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = None, "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"], exp["gender"] = choice(rng, src.gender[gender]), gender

    age = str(ev["age_group"])
    if rng.random() < 0.02:
        cells["age_group"], exp["age_group"] = choice(rng, src.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["age_group"], exp["age_group"] = choice(rng, src.age[age]), age

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso3 = ev[col]
        if forced_blank == col or iso3 is None:
            cells[col], exp[col] = None, None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        text, ctag = _country(src, str(iso3), col, rng)
        if not fits(text, src):  # never in this set's encodings, kept for safety
            text, ctag = str(iso3), "country_iso3"
        cells[col], exp[col] = text, iso3
        if ctag != "country_name":
            tags.append(ctag)

    cells["transit_countries"], transit_tags = _transit(src, ev["transit_countries"], rng)
    exp["transit_countries"] = ev["transit_countries"]
    tags.extend(f"transit_{t}" for t in transit_tags)

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02 and "na_word" not in tags:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.na_words), "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"], exp["transport_mode"] = choice(rng, src.mode[mode]), mode

    if forced_blank == "coordinates":
        exp["lat"], exp["lon"] = None, None
        tags.append("blank_coordinates")
    else:
        place, exp["lat"], exp["lon"], place_tag = _coords(
            src,
            float(ev["lat"]),  # type: ignore[arg-type]
            float(ev["lon"]),  # type: ignore[arg-type]
            rng,
        )
        cells.update(place)
        if place_tag:
            tags.append(place_tag)

    offences = ev["linked_offences"]
    if offences is None:
        cells["linked_offences"] = None
    else:
        words = [choice(rng, src.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = src.offence_sep.join(words)
    exp["linked_offences"] = offences
    return cells, exp, tags


#: The variant: who reports what first, who reports it again, and how each writes.
BLIND393: Examiner[Agency] = Examiner(
    sources=SOURCES,
    primary={"GBR": NH.source, "FRA": DIRN.source, "USA": FMCSA.source, "PAN": MOP.source},
    compilation=ASECAP.source,
    secondary={
        ("channel", "GBR"): DIRN.source,  # lorry checked out of Dunkirk, found at Dover
        ("channel", "FRA"): ASECAP.source,  # relayed by the French member operators
        ("thb_vnm_gbr", "GBR"): ASECAP.source,  # relayed by the UK member
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=393,
    blank_share=0.3,
)


def make_blind393(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind393`` submissions (files ``*_oe.*``).

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; the same seed gives the same submissions.

    Returns
    -------
    list of Submission
        National Highways (CSV, UTF-8 with BOM), DIR Nord (CSV, cp1252, ``;``), FMCSA
        (JSON lines), MOP Darién (XLSX) and the ASECAP digest (CSV, UTF-16, tab), each
        with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind393(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['national_highways_roc_oe.csv', 'dir_nord_cigt_oe.csv',
     'fmcsa_border_inspections_oe.jsonl', 'mop_darien_oe.xlsx', 'asecap_secwg_oe.csv']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-8', 'utf-16']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    >>> subs[1].frame.columns[:3].tolist()
    ['N° main courante', 'Date et heure', "Nature de l'événement"]
    """
    return make_examined(BLIND393, truth, seed=seed)
