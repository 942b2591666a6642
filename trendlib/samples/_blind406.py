"""Examiner sample set ``blind406`` (files ``*_or.*``): private security control rooms.

Five sources that the cleaner has never seen, written independently of it: the
incident desks of private security companies, which find people hidden on guarded
sites (lorry parks, logistics platforms, farms, building sites), exploited workers and
guards, and pass what they log to the authorities.

``corps_security_control_or.csv``
    Corps Security (United Kingdom), the control room of a manned-guarding and
    keyholding company (Dover lorry parks, vacant buildings in London, Birmingham and
    Glasgow). English, UTF-8 with BOM, ``,``. Day-first dates, often with the time
    logged; demonyms for nationalities ("Afghan", "Eritrean"); "Clandestine entrants"
    for smuggling; counts in words for a few persons, "nil" suspects; one GPS cell
    "lat, long"; routes joined by ``" > "``.
``fiducial_securite_pc_or.csv``
    Fiducial Sécurité (France), the PC sécurité of its Côte d'Opale sites (Calais and
    Dunkerque truck parks and logistics platforms). French, cp1252, ``;``, CRLF.
    Main-courante dates ``17/05/2023``, ``17/05/23`` or ``17/05/2023 à 03h40``;
    country names often in capitals without accents; feminine nationality adjectives
    ("afghane"); decimal commas in separate latitude and longitude columns; counts
    with a space as thousands separator; "néant" for no suspect.
``trablisa_cra_or.xlsx``
    Trablisa (Spain), the central receptora de alarmas of a company founded in the
    Canary Islands (Canarias, Ceuta, Melilla, Almería, Huelva). Spanish workbook with
    real Excel date-times and numbers, some dates typed as text; "V"/"M" for
    varón/mujer, "MENA" for unaccompanied minors; "patera", "cayuco"; rows imported
    from the alarm software as mojibake (``EspaÃ±a``).
``capasep_novedades_or.csv``
    Cámara Panameña de Seguridad Privada (Panama), the chamber's consolidated
    "novedades" of its member agencies' posts in Darién. Spanish, UTF-16 with BOM,
    tab-delimited (Excel's "Unicode text"); dates day-first, a few as Excel serials
    and a few as month only ("mayo 2023") or ``17-may-2023``; "M"/"F" for
    masculino/femenino, "NNA" for children; plural nationality adjectives
    ("venezolanos"); coordinates as degrees, minutes and seconds.
``atalian_group_security_or.jsonl``
    Atalian group security desk (compilation), in English: the incidents its country
    subsidiaries send to the group (Italy, Greece, Croatia, Poland, United States, and
    a few already reported by the sources above). JSON lines, UTF-8; ISO dates, some
    month-only ("2023-05") or quarter-only ("Q2 2023"); countries as ISO alpha-3,
    alpha-2 or numeric codes as each subsidiary's system writes them; transit codes
    joined by ``","``.

Every written cell's meaning is in the truth: a placeholder count ("not known",
"NC", "S/D") expects no count, a blank gender ``unknown``, a "not known" age group or
transport mode ``unknown``, a non-number count ("several") or an unreadable, missing or
future date quarantines the row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND406", "SOURCES", "make_blind406"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_CORPS = "corps_security_control"
_FIDUCIAL = "fiducial_securite_pc"
_TRABLISA = "trablisa_cra"
_CAPASEP = "capasep_novedades"
_ATALIAN = "atalian_group_security"


@dataclass(frozen=True)
class _Source(ExaminerSource):
    """A source of this set; ``style`` names its way of writing a cell."""

    style: str


SOURCES: tuple[_Source, ...] = (
    _Source(
        source=_CORPS,
        filename=f"{_CORPS}_or.csv",
        ref="CS/{yy:02d}/{seq:05d}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="en",
        headers={
            "source_ref": "Incident No.",
            "event_date": "Date/Time of Occurrence",
            "crime_type": "Incident Category",
            "exploitation": "Exploitation Type (MSHT only)",
            "n_persons": "No. of Persons Found",
            "n_suspects": "Suspects / Drivers Detained",
            "gender": "Sex",
            "age_group": "Adult / Minor",
            "nationality": "Nationality (as stated)",
            "origin_country": "Country of Origin",
            "destination_country": "Intended Destination",
            "detection_country": "Site Country",
            "transit_countries": "Route Travelled",
            "transport_mode": "Method of Concealment / Travel",
            "coordinates": "Site GPS (lat, long)",
            "linked_offences": "Other Offences Noted",
        },
        note="Note: provisional log extract - subject to police confirmation",
        total="TOTAL PERSONS FOUND",
        bad_count=("several", "multiple", "a few"),
        repeats=True,
        style="corps",
    ),
    _Source(
        source=_FIDUCIAL,
        filename=f"{_FIDUCIAL}_or.csv",
        ref="MC-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° main courante",
            "event_date": "Date des faits",
            "crime_type": "Nature des faits",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nb de personnes découvertes",
            "n_suspects": "Nb de passeurs / auteurs signalés",
            "gender": "Sexe",
            "age_group": "Majeurs / mineurs",
            "nationality": "Nationalité déclarée",
            "origin_country": "Pays d'origine",
            "destination_country": "Destination déclarée",
            "detection_country": "Pays du site",
            "transit_countries": "Pays traversés",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "linked_offences": "Infractions connexes",
        },
        note="NB : extraction main courante PC, données non consolidées",
        total="TOTAL",
        bad_count=("plusieurs", "voir rapport", "groupe"),
        repeats=False,
        style="fiducial",
    ),
    _Source(
        source=_TRABLISA,
        filename=f"{_TRABLISA}_or.xlsx",
        ref="CRA{yy:02d}-{seq:05d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="es",
        headers={
            "source_ref": "Nº Incidencia",
            "event_date": "Fecha/Hora",
            "crime_type": "Tipo de hecho",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "n_suspects": "Nº presuntos autores",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "destination_country": "País de destino",
            "detection_country": "País",
            "transit_countries": "Países de tránsito",
            "transport_mode": "Medio",
            "lat": "Latitud",
            "lon": "Longitud",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales de la CRA, pendientes de validar",
        total="TOTAL",
        bad_count=("varios", "ver parte", "grupo"),
        repeats=False,
        style="trablisa",
    ),
    _Source(
        source=_CAPASEP,
        filename=f"{_CAPASEP}_or.csv",
        ref="NOV-{year}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="es",
        headers={
            "source_ref": "No. Novedad",
            "event_date": "Fecha",
            "crime_type": "Tipo de novedad",
            "exploitation": "Tipo de explotación",
            "n_persons": "Cantidad de personas",
            "n_suspects": "Presuntos guías / coyotes",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de procedencia",
            "destination_country": "Destino",
            "detection_country": "País",
            "transit_countries": "Ruta (países)",
            "transport_mode": "Medio de desplazamiento",
            "coordinates": "Coordenadas del puesto",
            "linked_offences": "Otros delitos",
        },
        note="Nota: consolidado sujeto a verificación de las agencias",
        total="TOTAL GENERAL",
        bad_count=("varios", "un grupo", "muchos"),
        repeats=False,
        style="capasep",
    ),
    _Source(
        source=_ATALIAN,
        filename=f"{_ATALIAN}_or.jsonl",
        ref="ATL-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_id",
            "event_date": "reported_on",
            "crime_type": "category",
            "exploitation": "exploitation_type",
            "n_persons": "persons_involved",
            "n_suspects": "suspects",
            "gender": "sex",
            "age_group": "age_band",
            "nationality": "nationality",
            "origin_country": "origin",
            "destination_country": "destination",
            "detection_country": "country",
            "transit_countries": "transit",
            "transport_mode": "transport",
            "lat": "lat",
            "lon": "lon",
            "linked_offences": "related_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("several", "group", "multiple"),
        repeats=False,
        style="atalian",
    ),
)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
#: Canonical word -> how each style writes it, per vocabulary column.
_VOCAB: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {
    "corps": {
        "crime_type": {
            "smuggling": (
                "Clandestine entrants",
                "Clandestines found in vehicle",
                "People smuggling",
            ),
            "trafficking": ("Modern slavery", "MSHT", "Human trafficking"),
            "both": ("MSHT + people smuggling", "Modern slavery / clandestine entrants"),
        },
        "exploitation": {
            "sexual": ("Sexual exploitation", "Sexual"),
            "forced_labour": ("Labour exploitation", "Forced labour"),
            "forced_criminality": ("Criminal exploitation", "Criminal exploitation (cannabis)"),
            "organ_removal": ("Organ harvesting",),
            "forced_marriage": ("Forced marriage",),
            "other": ("Other",),
        },
        "gender": {
            "male": ("M", "Male", "Males"),
            "female": ("F", "Female", "Females"),
            "mixed": ("Mixed", "M & F", "Male/Female"),
        },
        "age_group": {
            "adult": ("Adult", "Adults", "18+"),
            "child": ("Minor", "Under 18", "Minor (UASC)"),
            "mixed": ("Adults & minors", "Mixed ages"),
        },
        "transport_mode": {
            "sea": ("Small boat", "RHIB / dinghy", "Boat"),
            "land": ("Lorry", "HGV trailer", "Vehicle", "On foot"),
            "air": ("Flight", "Air"),
        },
        "linked_offences": {
            "document_fraud": ("False documents", "Forged ID"),
            "corruption": ("Bribery",),
            "money_laundering": ("Money laundering",),
            "illicit_goods": ("Drugs", "Cannabis"),
            "cybercrime": ("Cyber / online",),
            "terrorism": ("Terrorism",),
        },
    },
    "fiducial": {
        "crime_type": {
            "smuggling": (
                "Aide à l'entrée irrégulière",
                "Trafic de migrants",
                "Migrants dissimulés (passeurs)",
            ),
            "trafficking": ("Traite des êtres humains", "TEH"),
            "both": ("TEH + aide au passage", "Traite et trafic de migrants"),
        },
        "exploitation": {
            "sexual": ("Exploitation sexuelle", "Proxénétisme"),
            "forced_labour": ("Travail forcé", "Exploitation par le travail"),
            "forced_criminality": ("Contrainte à commettre des délits",),
            "organ_removal": ("Prélèvement d'organes",),
            "forced_marriage": ("Mariage forcé",),
            "other": ("Autre",),
        },
        "gender": {
            "male": ("H", "Hommes", "Masculin"),
            "female": ("F", "Femmes", "Féminin"),
            "mixed": ("H/F", "Mixte"),
        },
        "age_group": {
            "adult": ("Majeurs", "Majeur"),
            "child": ("Mineurs", "MNA"),
            "mixed": ("Majeurs et mineurs", "Mixte"),
        },
        "transport_mode": {
            "sea": ("Small boat", "Embarcation pneumatique", "Bateau"),
            "land": ("Poids lourd", "Camion", "Ensemble routier", "À pied"),
            "air": ("Aérien", "Avion"),
        },
        "linked_offences": {
            "document_fraud": ("Faux documents", "Fraude documentaire"),
            "corruption": ("Corruption",),
            "money_laundering": ("Blanchiment",),
            "illicit_goods": ("Stupéfiants",),
            "cybercrime": ("Cybercriminalité",),
            "terrorism": ("Terrorisme",),
        },
    },
    "trablisa": {
        "crime_type": {
            "smuggling": (
                "Favorecimiento inmigración ilegal",
                "Tráfico de migrantes",
                "Inmigración irregular (318 bis)",
            ),
            "trafficking": ("Trata de seres humanos", "Trata (177 bis)"),
            "both": ("Trata y favorecimiento", "177 bis + 318 bis"),
        },
        "exploitation": {
            "sexual": ("Explotación sexual", "Sexual"),
            "forced_labour": ("Explotación laboral", "Laboral"),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otras",),
        },
        "gender": {
            "male": ("V", "Varón", "Varones"),
            "female": ("M", "Mujer", "Mujeres"),
            "mixed": ("Ambos sexos", "V y M"),
        },
        "age_group": {
            "adult": ("Mayores de edad", "Adultos"),
            "child": ("Menores", "MENA"),
            "mixed": ("Adultos y menores",),
        },
        "transport_mode": {
            "sea": ("Patera", "Cayuco", "Neumática"),
            "land": ("A pie", "Oculto en vehículo", "Camión", "Autobús"),
            "air": ("Avión", "Vía aérea"),
        },
        "linked_offences": {
            "document_fraud": ("Falsedad documental",),
            "corruption": ("Cohecho",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Tráfico de drogas", "Contrabando"),
            "cybercrime": ("Ciberdelito",),
            "terrorism": ("Terrorismo",),
        },
    },
    "capasep": {
        "crime_type": {
            "smuggling": ("Tráfico ilícito de migrantes", "Tráfico de migrantes"),
            "trafficking": ("Trata de personas",),
            "both": ("Trata y tráfico de migrantes",),
        },
        "exploitation": {
            "sexual": ("Sexual",),
            "forced_labour": ("Laboral",),
            "forced_criminality": ("Actividades delictivas",),
            "organ_removal": ("Extracción de órganos",),
            "forced_marriage": ("Matrimonio forzado",),
            "other": ("Otra",),
        },
        "gender": {
            "male": ("M", "Masculino", "Masc."),
            "female": ("F", "Femenino", "Fem."),
            "mixed": ("Mixto", "M y F"),
        },
        "age_group": {
            "adult": ("Adultos", "Adulto"),
            "child": ("NNA", "Menores"),
            "mixed": ("Adultos y NNA", "Mixto"),
        },
        "transport_mode": {
            "sea": ("Lancha", "Marítimo"),
            "land": ("A pie", "Terrestre", "A pie (selva)"),
            "air": ("Aéreo",),
        },
        "linked_offences": {
            "document_fraud": ("Documentos falsos",),
            "corruption": ("Corrupción",),
            "money_laundering": ("Blanqueo de capitales",),
            "illicit_goods": ("Droga", "Contrabando"),
            "cybercrime": ("Delito informático",),
            "terrorism": ("Terrorismo",),
        },
    },
    "atalian": {
        "crime_type": {
            "smuggling": ("Migrant smuggling", "People smuggling", "Smuggling"),
            "trafficking": ("Human trafficking", "THB"),
            "both": ("Trafficking & smuggling", "THB/SOM"),
        },
        "exploitation": {
            "sexual": ("sexual",),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality", "criminal"),
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
            "child": ("minor", "child"),
            "mixed": ("mixed", "adults+minors"),
        },
        "transport_mode": {
            "sea": ("sea", "boat"),
            "land": ("land", "truck", "on foot"),
            "air": ("air", "plane"),
        },
        "linked_offences": {
            "document_fraud": ("document fraud",),
            "corruption": ("corruption",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("illicit goods", "drugs"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
    },
}

#: Smuggling as a guard logs it where the words depend on what was found: people hidden
#: in a lorry are "clandestine entrants" to a UK desk, a small boat is not.
_SMUGGLING_BY_MODE: dict[tuple[str, str], tuple[str, ...]] = {
    ("corps", "land"): ("Clandestine entrants", "Clandestines found in vehicle"),
    ("corps", "sea"): ("People smuggling", "Facilitation (small boat)"),
    ("fiducial", "land"): ("Migrants dissimulés (passeurs)", "Aide à l'entrée irrégulière"),
    ("fiducial", "sea"): ("Trafic de migrants", "Départ small boat (passeurs)"),
}
#: What each style writes for "not applicable" (exploitation of a smuggling row).
_NOT_APPLICABLE = {
    "corps": ("N/A", None),
    "fiducial": ("sans objet", None),
    "trablisa": ("No aplica", None),
    "capasep": ("N/A", None),
    "atalian": (None,),
}
#: Words for "not known" (age group, transport mode, nationality, gender).
_UNKNOWN = {
    "corps": ("N/K", "Not known"),
    "fiducial": ("inconnu", "NC"),
    "trablisa": ("No consta", "S/D"),
    "capasep": ("N/D", "No indica"),
    "atalian": ("unknown", "n/a"),
}
#: Count placeholders ("not known"), which leave a record without a count.
_COUNT_UNKNOWN = {
    "corps": ("not known", "TBC", "N/K"),
    "fiducial": ("NC", "inconnu"),
    "trablisa": ("S/D", "sin determinar"),
    "capasep": ("por determinar", "N/D"),
    "atalian": ("unknown",),
}
#: Words for "no suspect".
_ZERO = {
    "corps": ("nil", "none", "Nil"),
    "fiducial": ("néant", "aucun"),
    "trablisa": ("ninguno",),
    "capasep": ("ninguno", "no hay"),
    "atalian": ("none",),
}
#: What each style writes for a direct journey (no transit country).
_DIRECT = {
    "corps": (None, "Direct"),
    "fiducial": (None, "direct"),
    "trablisa": (None, "Directo"),
    "capasep": (None, "Directo"),
    "atalian": (None,),
}
#: What each style writes when no other offence is noted.
_NO_OFFENCE = {
    "corps": (None, "None"),
    "fiducial": (None,),
    "trablisa": (None, "Ninguno"),
    "capasep": (None,),
    "atalian": (None,),
}
_TRANSIT_SEP = {"corps": " > ", "fiducial": " - ", "trablisa": "-", "capasep": " / "}
_OFFENCE_SEP = {"corps": "; ", "fiducial": " / ", "trablisa": ", ", "capasep": ", "}
_EN_NUMBERS = ("zero", "one", "two", "three", "four", "five")
_FR_NUMBERS = ("zéro", "un", "deux", "trois", "quatre", "cinq")
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
_ES_MONTHS_SHORT = tuple(m[:3] for m in _ES_MONTHS)
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

#: Nationality adjectives: English (UK control room), French (feminine, "nationalité"),
#: Spanish singular (Spain) and plural (Panama, where a group is reported).
_DEMONYM_EN = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
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
_DEMONYM_ES = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
}
_DEMONYM_PA = {
    "VEN": "venezolanos",
    "ECU": "ecuatorianos",
    "HTI": "haitianos",
    "COL": "colombianos",
    "CHN": "chinos",
}
#: Names an agency uses besides the standard one.
_ALIAS: dict[str, dict[str, tuple[str, ...]]] = {
    "corps": {"GBR": ("UK", "U.K."), "VNM": ("Vietnam",), "TUR": ("Turkey",)},
    "fiducial": {"GBR": ("Angleterre", "Grande-Bretagne"), "VNM": ("Vietnam",)},
    "trablisa": {"CIV": ("Costa Marfil",), "GIN": ("Guinea Conakry",)},
    "capasep": {"USA": ("EE.UU.", "EEUU", "USA"), "CHN": ("Rep. Popular China",)},
    "atalian": {},
}
#: Slips of the keyboard seen in the agencies' own cells (readable to an analyst).
_TYPO = {
    "en": {"Afghanistan": "Afganistan", "Eritrea": "Eritria", "Albania": "Albanai"},
    "fr": {"Afghanistan": "Afganistan", "Érythrée": "Erythree", "Albanie": "Albannie"},
    "es": {"Marruecos": "Maruecos", "Argelia": "Algelia", "Senegal": "Senegual"},
    "pa": {"Venezuela": "Venezula", "Ecuador": "Equador", "Colombia": "Columbia"},
}
_ACCENTS = str.maketrans("ÉÈÊËÀÂÎÏÔÛÙÇ", "EEEEAAIIOUUC")


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _name(iso: str, lang: str) -> str:
    """Return the standard name of a country in a language."""
    return str(COUNTRIES[iso][{"en": 1, "fr": 2, "es": 3}[lang]])


def _country(style: str, iso: str, column: str, ev: dict[str, object], rng: _Rng) -> str:
    """Write a country the way ``style`` does.

    Parameters
    ----------
    style : str
        The source's style.
    iso : str
        ISO alpha-3 code of the country.
    column : str
        Canonical column (nationality columns may take adjectives).
    ev : dict
        The event (the UK desk names the nation of a Scottish site).
    rng : numpy.random.Generator
        Generator of the draws.

    Returns
    -------
    str
        The cell.

    Examples
    --------
    >>> _country("corps", "GBR", "detection_country", {"hotspot": "Glasgow"},
    ...          np.random.default_rng(0))
    'Scotland'
    """
    r = float(rng.random())
    if style == "corps":
        if column == "detection_country" and iso == "GBR":
            return "Scotland" if ev.get("hotspot") == "Glasgow" else choice(rng, ("UK", "England"))
        if column == "nationality" and iso in _DEMONYM_EN and r < 0.55:
            return _DEMONYM_EN[iso] if r > 0.05 else _DEMONYM_EN[iso].upper()
        text = _name(iso, "en")
        if iso in _ALIAS[style] and r < 0.7:
            return choice(rng, _ALIAS[style][iso])
        if r > 0.93:
            return _TYPO["en"].get(text, text)
        if r > 0.88:
            return f" {text} "
        return text.upper() if r > 0.8 else text
    if style == "fiducial":
        if column == "nationality" and iso in _DEMONYM_FR and r < 0.5:
            word = _DEMONYM_FR[iso]
            return word.capitalize() if r < 0.35 else word
        text = _name(iso, "fr")
        if iso in _ALIAS[style] and r < 0.25:
            return choice(rng, _ALIAS[style][iso])
        if r > 0.94:
            return _TYPO["fr"].get(text, text)
        if r > 0.55:  # the main courante writes names in capitals, often unaccented
            upper = text.upper()
            return upper.translate(_ACCENTS) if r > 0.75 else upper
        return text
    if style == "trablisa":
        if column == "nationality" and iso in _DEMONYM_ES and r < 0.45:
            return _DEMONYM_ES[iso] if r < 0.3 else _DEMONYM_ES[iso].upper()
        text = _name(iso, "es")
        if iso in _ALIAS[style] and r < 0.4:
            return choice(rng, _ALIAS[style][iso])
        if r > 0.94:
            return _TYPO["es"].get(text, text)
        return text.upper() if r > 0.75 else text
    if style == "capasep":
        if column == "nationality" and iso in _DEMONYM_PA and r < 0.6:
            word = _DEMONYM_PA[iso]
            return word.capitalize() if r < 0.3 else word
        text = _name(iso, "es")
        if iso in _ALIAS[style] and r < 0.75:
            return choice(rng, _ALIAS[style][iso])
        if r > 0.94:
            return _TYPO["pa"].get(text, text)
        return text.upper() if r > 0.85 else text
    # atalian: each subsidiary's system writes its own codes
    alpha2, numeric = iso_codes(iso)
    if column == "detection_country":
        return alpha2 if r < 0.7 else iso
    if r < 0.55:
        return iso
    if r < 0.8:
        return alpha2
    if r < 0.88 and column == "nationality":
        return numeric
    return _name(iso, "en")


def _vocab(style: str, column: str, word: str, rng: _Rng) -> str:
    return choice(rng, _VOCAB[style][column][word])


def _pick_none(rng: _Rng, options: tuple[str | None, ...]) -> str | None:
    return options[int(rng.integers(len(options)))]


def _date(
    src: _Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, tags: list[str]
) -> tuple[object, pd.Timestamp, str]:
    """Write the event date; return (cell, expected date, precision)."""
    r = float(rng.random())
    day = ts.normalize()
    hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
    if src.style == "corps":
        if r < 0.5:
            return ts.strftime("%d/%m/%Y"), day, "day"
        if r < 0.85:
            tags.append("date_time")
            return f"{ts.strftime('%d/%m/%Y')} {hour:02d}:{minute:02d}", day, "day"
        tags.append("long_date")
        return f"{ts.day} {_EN_MONTHS[ts.month - 1]} {ts.year}", day, "day"
    if src.style == "fiducial":
        if r < 0.65:
            return ts.strftime("%d/%m/%Y"), day, "day"
        if r < 0.85:
            tags.append("two_digit_year")
            return ts.strftime("%d/%m/%y"), day, "day"
        tags.append("date_time")
        return f"{ts.strftime('%d/%m/%Y')} à {hour:02d}h{minute:02d}", day, "day"
    if src.style == "trablisa":
        if r < 0.88:
            tags.append("excel_date")
            stamp = dt.datetime(ts.year, ts.month, ts.day, hour, minute)
            return stamp, day, "day"
        tags.append("text_date")
        return ts.strftime("%d/%m/%Y"), day, "day"
    if src.style == "capasep":
        if partial_ok and r < 0.07:
            tags.append("month_only")
            month = ts.to_period("M").start_time
            return f"{_ES_MONTHS[ts.month - 1]} {ts.year}", month, "month"
        if r < 0.2:
            tags.append("excel_serial")
            return str((day - pd.Timestamp("1899-12-30")).days), day, "day"
        if r < 0.3:
            tags.append("long_date")
            return f"{ts.day:02d}-{_ES_MONTHS_SHORT[ts.month - 1]}-{ts.year}", day, "day"
        return ts.strftime("%d/%m/%Y"), day, "day"
    # atalian
    if partial_ok and r < 0.1:
        tags.append("month_only")
        return ts.strftime("%Y-%m"), ts.to_period("M").start_time, "month"
    if partial_ok and r < 0.17:
        tags.append("quarter_only")
        return f"Q{ts.quarter} {ts.year}", ts.to_period("Q").start_time, "quarter"
    if r > 0.9:
        tags.append("date_time")
        return f"{ts.strftime('%Y-%m-%d')} {hour:02d}:{minute:02d}", day, "day"
    return ts.strftime("%Y-%m-%d"), day, "day"


def _count(src: _Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the number of persons; return (cell, expected count)."""
    r = float(rng.random())
    style = src.style
    if r < 0.025:
        tags.append("count_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style]), None
    if style == "corps":
        if n <= 5 and r < 0.2:
            tags.append("count_word")
            word = _EN_NUMBERS[n]
            return (word.capitalize() if r < 0.1 else word), n
        return (f"{n:,}" if n >= 1000 else str(n)), n
    if style == "fiducial":
        if n <= 5 and r < 0.1:
            tags.append("count_word")
            return _FR_NUMBERS[n], n
        if n >= 1000:
            tags.append("thousands")
            return f"{n:,}".replace(",", " "), n
        return str(n), n
    if style == "trablisa":
        return n, n  # a number cell
    if style == "capasep":
        if n >= 1000:
            tags.append("thousands")
            return f"{n:,}", n
        return str(n), n
    return (str(n) if r > 0.9 else n), n


def _suspects(src: _Source, n: int, rng: _Rng, tags: list[str]) -> tuple[object, int | None]:
    """Write the number of suspects; return (cell, expected count)."""
    r = float(rng.random())
    style = src.style
    if r < 0.03:
        tags.append("suspects_placeholder")
        return choice(rng, _COUNT_UNKNOWN[style]), None
    if n == 0 and r < 0.45:
        word = choice(rng, _ZERO[style])
        if word != "0":
            tags.append("zero_word")
        return word, 0
    if src.format == "csv":
        return str(n), n
    return n, n


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes, seconds of a coordinate; return (text, value it denotes)."""
    sign = 1.0 if value >= 0 else -1.0
    tenths = round(abs(value) * 36000)  # tenths of a second
    deg, rest = divmod(tenths, 36000)
    minutes, sec10 = divmod(rest, 600)
    text = f"{deg}°{minutes:02d}'{sec10 // 10:02d}.{sec10 % 10}\"{pos if sign > 0 else neg}"
    return text, sign * tenths / 36000


def _coords(
    src: _Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[_Cells, float | None, float | None]:
    """Write the place; return (cells, expected lat, expected lon)."""
    r = float(rng.random())
    style = src.style
    if r < 0.04:
        tags.append("coords_missing")
        return {}, None, None
    if style == "corps":
        if r < 0.06:
            tags.append("coords_placeholder")
            return {"coordinates": "N/K"}, None, None
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, round(lat, 5), round(lon, 5)
    if style == "fiducial":
        tags.append("decimal_comma")
        digits = 5 if r < 0.7 else 4
        la, lo = round(lat, digits), round(lon, digits)
        lat_text = f"{la:.{digits}f}".replace(".", ",")
        lon_text = f"{lo:.{digits}f}".replace(".", ",")
        return {"lat": lat_text, "lon": lon_text}, la, lo
    if style == "trablisa":
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)
    if style == "capasep":
        tags.append("dms")
        lat_text, la = _dms(lat, "N", "S")
        lon_text, lo = _dms(lon, "E", "W")
        return {"coordinates": f"{lat_text} {lon_text}"}, round(la, 6), round(lo, 6)
    return {"lat": round(lat, 5), "lon": round(lon, 5)}, round(lat, 5), round(lon, 5)


#: Tags that describe a cell's writing, by the field a second report may leave blank.
_TAGS_OF: dict[str, tuple[str, ...]] = {
    "n_suspects": ("zero_word", "suspects_placeholder"),
    "coordinates": ("coords_missing", "coords_placeholder", "decimal_comma", "dms"),
}


def _codes(text: object) -> list[str]:
    return [c for c in str(text).split("|") if c] if text is not None else []


def _render(
    src: _Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[_Cells, _Cells, list[str]]:
    """Write one event as ``src`` does: (cells by canonical column, expected, tags).

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> from trendlib.samples._examiner import events
    >>> ev = events(make_truth(seed=3, n_events=50))[0]
    >>> cells, exp, tags = _render(SOURCES[4], ev, np.random.default_rng(1),
    ...                            partial_ok=False, forced_blank="gender")
    >>> cells["gender"] is None, exp["gender"], "blank_gender" in tags
    (True, 'unknown', True)
    """
    style = src.style
    tags: list[str] = []
    cells: _Cells = {}
    exp: _Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"] = _date(
        src, ts, rng, partial_ok, tags
    )
    crime = str(ev["crime_type"])
    by_mode = _SMUGGLING_BY_MODE.get((style, str(ev["transport_mode"])))
    if crime == "smuggling" and by_mode is not None:  # the words follow what was found
        cells["crime_type"] = choice(rng, by_mode)
    else:
        cells["crime_type"] = _vocab(style, "crime_type", crime, rng)
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    if expl is None:
        cells["exploitation"] = _pick_none(rng, _NOT_APPLICABLE[style])
        exp["exploitation"] = None
    else:
        cells["exploitation"] = _vocab(style, "exploitation", str(expl), rng)
        exp["exploitation"] = str(expl)
    persons, suspects = int(str(ev["n_persons"])), int(str(ev["n_suspects"]))
    cells["n_persons"], exp["n_persons"] = _count(src, persons, rng, tags)
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, suspects, rng, tags)

    gender = str(ev["gender"])
    cells["gender"], exp["gender"] = _vocab(style, "gender", gender, rng), gender
    if forced_blank is None and rng.random() < 0.02:
        tags += ["blank_gender", "unknown_word"]
        cells["gender"], exp["gender"] = choice(rng, _UNKNOWN[style]), "unknown"
    for col in ("age_group", "transport_mode"):
        word = str(ev[col])
        if rng.random() < 0.02:
            tags.append("na_word")
            cells[col], exp[col] = choice(rng, _UNKNOWN[style]), "unknown"
        else:
            cells[col], exp[col] = _vocab(style, col, word, rng), word

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        cells[col] = None if iso is None else _country(style, str(iso), col, ev, rng)
        exp[col] = iso
    if forced_blank is None and rng.random() < 0.015:
        tags += ["blank_nationality", "unknown_word"]
        cells["nationality"], exp["nationality"] = choice(rng, _UNKNOWN[style]), None

    transit = _codes(ev["transit_countries"])
    if not transit:
        cells["transit_countries"] = _pick_none(rng, _DIRECT[style])
    elif style == "atalian":
        short = rng.random() < 0.4
        cells["transit_countries"] = ",".join(iso_codes(c)[0] if short else c for c in transit)
    else:
        names = [_country(style, c, "transit_countries", ev, rng).strip() for c in transit]
        cells["transit_countries"] = _TRANSIT_SEP[style].join(names)
    exp["transit_countries"] = ev["transit_countries"]

    place, exp["lat"], exp["lon"] = _coords(
        src, float(str(ev["lat"])), float(str(ev["lon"])), rng, tags
    )
    cells.update(place)

    offences = _codes(ev["linked_offences"])
    if not offences:
        cells["linked_offences"] = _pick_none(rng, _NO_OFFENCE[style])
    else:
        words = [_vocab(style, "linked_offences", o, rng) for o in offences]
        cells["linked_offences"] = _OFFENCE_SEP.get(style, ", ").join(words)
    exp["linked_offences"] = ev["linked_offences"]

    if forced_blank is not None:  # the cell is left empty: no tag of what it said remains
        gone = _TAGS_OF.get(forced_blank, ())
        tags[:] = [t for t in tags if t not in gone]
        tags.append(f"blank_{forced_blank}")
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                cells.pop(key, None)
            exp["lat"] = exp["lon"] = None
        elif forced_blank == "gender":
            cells["gender"], exp["gender"] = None, "unknown"
        else:
            cells[forced_blank], exp[forced_blank] = None, None

    if style == "trablisa" and rng.random() < 0.12:  # rows imported from the alarm software
        garbled = False
        for key, value in cells.items():
            if isinstance(value, str):
                bad = mojibake(value)
                if bad is not None:
                    cells[key], garbled = bad, True
        if garbled:
            tags.append("mojibake")
    for key, value in cells.items():  # a cp1252 file cannot hold every character
        if isinstance(value, str) and not fits(value, src):
            cells[key] = value.encode(src.encoding, "replace").decode(src.encoding)
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# Bad rows and notes
# --------------------------------------------------------------------------------------
def _future_year(year: int) -> int:
    """Return a year mistyped into the future: last two digits swapped, or a century on."""
    text = str(year)
    swapped = int(text[:2] + text[3] + text[2])
    return swapped if swapped > 2030 else year + 100


def _bad_date(src: _Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine (``no_date``, ``bad_date``, ``future_date``).

    Examples
    --------
    >>> _bad_date(SOURCES[1], pd.Timestamp("2023-05-17"), "future_date",
    ...           np.random.default_rng(0))
    '17/05/2032'
    """
    if kind == "no_date":
        return None
    if kind == "future_date":
        later = ts.replace(year=_future_year(ts.year), day=min(ts.day, 28))
        if src.style == "trablisa":
            return dt.datetime(later.year, later.month, later.day, 10, 0)
        if src.style == "atalian":
            return later.strftime("%Y-%m-%d")
        return later.strftime("%d/%m/%Y")
    options = {
        "corps": (f"31/02/{ts.year}", "TBC", f"{ts.day:02d}/13/{ts.year}"),
        "fiducial": (f"30/02/{ts.year}", f"00/{ts.month:02d}/{ts.year}", "??/??/????"),
        "trablisa": (f"31/02/{ts.year}", f"{ts.day:02d}/{ts.month:02d}/20"),
        "capasep": (f"31/04/{ts.year}", "pendiente", f"{ts.day:02d}/00/{ts.year}"),
        "atalian": (f"{ts.year}-02-30", f"{ts.year}-13-{ts.day:02d}"),
    }
    return choice(rng, options[src.style])


def _note_date(src: _Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the extraction date)."""
    if src.style == "trablisa":
        return dt.datetime(last.year, last.month, last.day)
    if src.style == "atalian":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


#: The set: who reports what first, who reports it again.
BLIND406: Examiner[_Source] = Examiner(
    sources=SOURCES,
    primary={"GBR": _CORPS, "FRA": _FIDUCIAL, "ESP": _TRABLISA, "PAN": _CAPASEP},
    compilation=_ATALIAN,
    secondary={
        # a Calais truck park's PC learns the lorry it let out was found at Dover
        ("channel", "GBR"): _FIDUCIAL,
        # the group desk hears again of what its French, British and Spanish units saw
        ("channel", "FRA"): _ATALIAN,
        ("thb_vnm_gbr", "GBR"): _ATALIAN,
        ("wmed", "ESP"): _ATALIAN,
        ("watl", "ESP"): _ATALIAN,
        ("thb_rou_esp", "ESP"): _ATALIAN,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=406,
    blank_share=0.3,
)


def make_blind406(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five private security sources of ``blind406``.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``corps_security_control_or.csv``, ``fiducial_securite_pc_or.csv``,
        ``trablisa_cra_or.xlsx``, ``capasep_novedades_or.csv`` and
        ``atalian_group_security_or.jsonl``, each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind406(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['corps_security_control_or.csv', 'fiducial_securite_pc_or.csv',
     'trablisa_cra_or.xlsx', 'capasep_novedades_or.csv',
     'atalian_group_security_or.jsonl']
    >>> [s.encoding for s in subs]
    ['utf-8-sig', 'cp1252', 'utf-8', 'utf-16', 'utf-8']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(BLIND406, truth, seed=seed)
