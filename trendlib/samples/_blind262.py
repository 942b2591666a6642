"""Examiner sample set ``blind262`` (files ``*_jd.*``): ferry and rail security desks.

Five transport-security desks of the Mediterranean and Channel corridors, none used by
another sample set, each writing the way its own tools and staff do:

``grimaldi_cso_jd.xlsx``
    Grimaldi Group, Company Security Office (Naples): the ISPS security officer's log of
    stowaways, migrants rescued by its ships and suspected trafficking on board, English,
    Excel. Real Excel dates with a few typed ``17.05.2023`` texts and a few bare serials,
    ISO alpha-2 codes as on a passenger manifest, positions in degrees and decimal
    minutes (``35°30.1'N 012°36.2'E``, "In port" when found alongside), counts now and
    then as ``3 pax``, "nil" facilitators, "UAM" for unaccompanied minors. Primary for
    Italy.
``dfds_france_surete_jd.csv``
    DFDS Seaways France, service sûreté of the Calais and Dunkirk terminals, French,
    cp1252, ``;``. Day-first dates (some two-digit years, some with the time),
    nationalities as French adjectives agreed with the sex (``afghane``, ``irakien``),
    "kurde" where only the ethnicity was declared, "Angleterre" for the United Kingdom,
    "PL" (poids lourd) for a lorry, "H/F", "MNA", "néant" suspects, decimal-comma
    coordinates (a few swapped). Primary for France, second reporter of Dover landings.
``eurostar_security_jd.jsonl``
    Eurostar International, Security & Resilience (London), English, JSON lines from the
    incident platform: ISO date-times, UK words ("Clandestine entrant", "Modern slavery
    concern", "Cannabis cultivation", "Nail bar"), demonyms, "Not recorded", a
    ``"lat, lon"`` string. Primary for the United Kingdom, second reporter of Calais.
``renfe_seguridad_jd.csv``
    Renfe, Dirección de Seguridad, Spanish, UTF-8 with BOM, ``,``: day-first dates (a few
    ``17 de mayo de 2023``), gendered demonyms (``senegalesa``), "subsahariano" where no
    nationality was established, mojibake from a double-encoded feed (``RumanÃ­a``),
    thousands with ``.``, small counts in words, "s/d", "MENA", "Cayuco", "Salto de
    valla", Google-Maps ``"lat, lon"`` pairs. Primary for Spain.
``uic_surete_jd.csv``
    UIC (International Union of Railways), Security Division (Paris), French, Excel's
    "Unicode text" export (UTF-16, tab): a compilation of member railways' reports and
    open sources, so dates are days, months (``mai 2023``, ``05/2023``) or quarters
    (``T2 2023``); ISO alpha-3 codes (a few ISO numeric), counts with narrow no-break
    spaces. It reports every event no primary source reports (Greece, Croatia, Poland,
    Panama, United States) and repeats some Italian, Spanish and British ones.

The truth expects what a careful analyst reads from each cell: a vague or missing
nationality ("kurde", "subsahariano") is no nationality, a count placeholder ("s/d",
"N/C", "TBC", "not known") is no count, a zero word ("nil", "néant", "ninguno",
"aucun", "none") is zero suspects, a position "In port" is no position, a swapped pair
of coordinates is read back in place, positions in degrees and minutes are read as
decimal degrees.
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
from trendlib.samples._render import _MONTHS
from trendlib.samples._tables import COUNTRIES

__all__ = ["BLIND262", "SOURCES", "make_blind262"]

_Rng = np.random.Generator

_GRIMALDI = "grimaldi_cso"
_DFDS = "dfds_france_surete"
_EUROSTAR = "eurostar_security"
_RENFE = "renfe_seguridad"
_UIC = "uic_surete"

_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass(frozen=True)
class Blind262Source(ExaminerSource):
    """A source of ``blind262``: the shared fields plus how it writes positions.

    Attributes
    ----------
    coords : str
        ``"dm"`` (one cell, degrees and decimal minutes), ``"cols_comma"`` (two cells,
        decimal comma), ``"cols_dot"`` (two cells, decimal point) or ``"pair"`` (one
        ``"lat, lon"`` cell).
    """

    coords: str


SOURCES: tuple[Blind262Source, ...] = (
    Blind262Source(
        source=_GRIMALDI,
        filename="grimaldi_cso_jd.xlsx",
        ref="GL/SEC/{yy:02d}/{seq:04d}",
        format="xlsx",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "Incident No.",
            "event_date": "Date of discovery",
            "detection_country": "Port State",
            "coordinates": "Position (lat/long)",
            "crime_type": "Case type",
            "exploitation": "THB indicators (exploitation)",
            "n_persons": "No. of persons",
            "gender": "Sex",
            "age_group": "Adult / Minor",
            "nationality": "Nationality (declared)",
            "origin_country": "Country of origin",
            "transit_countries": "Declared route",
            "destination_country": "Intended destination",
            "transport_mode": "Mode of travel",
            "n_suspects": "Facilitators detained",
            "linked_offences": "Other offences",
        },
        note="Note: log compiled by the CSO office, figures provisional pending masters' reports",
        total="TOTAL",
        bad_count=("several", "a group", "30-40"),
        repeats=False,
        coords="dm",
    ),
    Blind262Source(
        source=_DFDS,
        filename="dfds_france_surete_jd.csv",
        ref="SUR-{year}-{seq:04d}",
        format="csv",
        encoding="cp1252",
        delimiter=";",
        language="fr",
        headers={
            "source_ref": "N° fiche",
            "event_date": "Date du constat",
            "detection_country": "Pays du constat",
            "crime_type": "Qualification",
            "exploitation": "Forme d'exploitation",
            "n_persons": "Nombre de personnes",
            "gender": "Sexe",
            "age_group": "Majeurs/mineurs",
            "nationality": "Nationalité déclarée",
            "origin_country": "Pays d'origine",
            "transit_countries": "Itinéraire (pays traversés)",
            "destination_country": "Destination déclarée",
            "transport_mode": "Moyen de transport",
            "lat": "Latitude",
            "lon": "Longitude",
            "n_suspects": "Passeurs interpellés",
            "linked_offences": "Infractions associées",
        },
        note="NB : fiches en attente de validation par le responsable sûreté",
        total="Total général",
        bad_count=("plusieurs", "10 à 15", "nombreux"),
        repeats=True,
        coords="cols_comma",
    ),
    Blind262Source(
        source=_EUROSTAR,
        filename="eurostar_security_jd.jsonl",
        ref="SEC-{year}-{seq:05d}",
        format="jsonl",
        encoding="utf-8",
        delimiter=None,
        language="en",
        headers={
            "source_ref": "incident_ref",
            "event_date": "date_time_occurred",
            "detection_country": "country_of_incident",
            "crime_type": "incident_category",
            "exploitation": "exploitation_type",
            "n_persons": "persons_involved",
            "gender": "persons_gender",
            "age_group": "persons_age",
            "nationality": "nationality",
            "origin_country": "country_of_origin",
            "transit_countries": "route_countries",
            "destination_country": "final_destination",
            "transport_mode": "mode_of_travel",
            "coordinates": "location_latlong",
            "n_suspects": "arrests",
            "linked_offences": "associated_offences",
        },
        note=None,
        total="TOTAL",
        bad_count=("multiple", "group"),
        repeats=False,
        coords="pair",
    ),
    Blind262Source(
        source=_RENFE,
        filename="renfe_seguridad_jd.csv",
        ref="{seq:05d}/{year}",
        format="csv",
        encoding="utf-8-sig",
        delimiter=",",
        language="es",
        headers={
            "source_ref": "Nº incidencia",
            "event_date": "Fecha del hecho",
            "detection_country": "País",
            "crime_type": "Tipología",
            "exploitation": "Finalidad de explotación",
            "n_persons": "Nº personas",
            "gender": "Sexo",
            "age_group": "Edad",
            "nationality": "Nacionalidad",
            "origin_country": "País de origen",
            "transit_countries": "Países de tránsito",
            "destination_country": "País de destino",
            "transport_mode": "Medio",
            "coordinates": "Coordenadas",
            "n_suspects": "Detenidos",
            "linked_offences": "Delitos conexos",
        },
        note="Nota: datos provisionales pendientes de validación por el Centro de Seguridad",
        total="TOTAL GENERAL",
        bad_count=("varios", "numerosos", "15-20"),
        repeats=True,
        coords="pair",
    ),
    Blind262Source(
        source=_UIC,
        filename="uic_surete_jd.csv",
        ref="UIC-SU-{year}-{seq:04d}",
        format="csv",
        encoding="utf-16",
        delimiter="\t",
        language="fr",
        headers={
            "source_ref": "Réf. UIC",
            "event_date": "Date / période",
            "detection_country": "Pays (code ISO)",
            "crime_type": "Qualification",
            "exploitation": "Type d'exploitation",
            "n_persons": "Personnes concernées",
            "gender": "Sexe",
            "age_group": "Âge",
            "nationality": "Nationalité",
            "origin_country": "Pays d'origine",
            "transit_countries": "Transit",
            "destination_country": "Pays de destination",
            "transport_mode": "Mode",
            "lat": "Lat.",
            "lon": "Long.",
            "n_suspects": "Auteurs interpellés",
            "linked_offences": "Infractions connexes",
        },
        note=(
            "N.B. : compilation des signalements des entreprises membres et de sources "
            "ouvertes ; données non consolidées"
        ),
        total="TOTAL",
        bad_count=("plusieurs", "nombreux", "des dizaines"),
        repeats=False,
        coords="cols_dot",
    ),
)

# --------------------------------------------------------------------------------------
# Words of each desk
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    _GRIMALDI: {
        "smuggling": ("Stowaways", "Stowaway", "Migrant smuggling", "Migrants (smuggling)"),
        "trafficking": ("Suspected THB", "Human trafficking", "Trafficking (suspected)"),
        "both": ("Smuggling + THB indicators", "Stowaways / THB"),
    },
    _DFDS: {
        "smuggling": ("Passagers clandestins", "Clandestins", "Aide à l'entrée irrégulière"),
        "trafficking": ("Suspicion de traite", "Traite des êtres humains", "TEH"),
        "both": ("Clandestins + suspicion TEH", "Trafic et traite"),
    },
    _EUROSTAR: {
        "smuggling": (
            "Clandestine entrant",
            "Immigration facilitation",
            "Organised immigration crime",
        ),
        "trafficking": ("Modern slavery concern", "Modern slavery / human trafficking", "MSHT"),
        "both": ("Facilitation + modern slavery", "OIC and MSHT"),
    },
    _RENFE: {
        "smuggling": (
            "Favorecimiento inmigración irregular",
            "Tráfico ilícito de migrantes",
            "Inmigración clandestina",
        ),
        "trafficking": ("Trata de seres humanos", "TSH", "Posible víctima de trata"),
        "both": ("Trata y tráfico", "TSH + favorecimiento"),
    },
    _UIC: {
        "smuggling": (
            "Trafic de migrants",
            "Filière d'immigration irrégulière",
            "Aide à l'entrée, à la circulation ou au séjour irréguliers",
        ),
        "trafficking": ("Traite des êtres humains", "TEH", "Traite (présomption)"),
        "both": ("Traite + trafic", "TEH / trafic de migrants"),
    },
}

_EXPL_EN = {
    "sexual": ("Sexual exploitation", "Sexual"),
    "forced_labour": ("Labour exploitation", "Forced labour"),
    "forced_criminality": ("Forced criminality", "Criminal exploitation"),
    "organ_removal": ("Organ removal",),
    "forced_marriage": ("Forced marriage",),
    "other": ("Other",),
}
_EXPL_FR = {
    "sexual": ("exploitation sexuelle", "prostitution"),
    "forced_labour": ("exploitation par le travail", "travail forcé"),
    "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
    "organ_removal": ("prélèvement d'organes",),
    "forced_marriage": ("mariage forcé",),
    "other": ("autre",),
}
_EXPLOITATION: dict[str, dict[str, tuple[str, ...]]] = {
    _GRIMALDI: _EXPL_EN,
    _DFDS: _EXPL_FR,
    _EUROSTAR: {
        "sexual": ("Sexual", "Sexual exploitation"),
        "forced_labour": ("Labour", "Labour exploitation", "Nail bar"),
        "forced_criminality": ("Criminal", "Criminal exploitation", "Cannabis cultivation"),
        "organ_removal": ("Organ harvesting",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other",),
    },
    _RENFE: {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Laboral"),
        "forced_criminality": ("Actividades delictivas", "Criminalidad forzada"),
        "organ_removal": ("Extracción de órganos",),
        "forced_marriage": ("Matrimonio forzado",),
        "other": ("Otras finalidades",),
    },
    _UIC: _EXPL_FR,
}
#: Written in the exploitation cell of a pure smuggling case ("" = left empty).
_NOT_APPLICABLE = {
    _GRIMALDI: ("", "", "N/A"),
    _DFDS: ("", "", "sans objet"),
    _EUROSTAR: ("", "", "N/A"),
    _RENFE: ("", "", "No procede"),
    _UIC: ("", "", "-"),
}
#: What the desk writes when a value is not known ("" = left empty).
_UNKNOWN = {
    _GRIMALDI: ("", "Unknown", "not known"),
    _DFDS: ("", "N/C", "inconnu"),
    _EUROSTAR: ("", "Not recorded", "Unknown"),
    _RENFE: ("", "s/d", "Desconocido"),
    _UIC: ("", "N/C", "non renseigné"),
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    _GRIMALDI: {"male": ("M", "Male"), "female": ("F", "Female"), "mixed": ("M & F", "Mixed")},
    _DFDS: {
        "male": ("H", "hommes", "masculin"),
        "female": ("F", "femmes", "féminin"),
        "mixed": ("H/F", "mixte"),
    },
    _EUROSTAR: {"male": ("Male",), "female": ("Female",), "mixed": ("Mixed", "Male & female")},
    _RENFE: {
        "male": ("Varones", "Hombres", "Masculino"),
        "female": ("Mujeres", "Femenino"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    _UIC: {"male": ("masculin", "H"), "female": ("féminin", "F"), "mixed": ("mixte", "H et F")},
}

_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    _GRIMALDI: {
        "child": ("Minor", "UAM", "Minors"),
        "adult": ("Adult", "Adults"),
        "mixed": ("Adults & minors", "Mixed"),
    },
    _DFDS: {
        "child": ("mineur(s)", "MNA", "mineurs"),
        "adult": ("majeur(s)", "majeurs"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    _EUROSTAR: {
        "child": ("Child", "U18"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adult & child", "Mixed ages"),
    },
    _RENFE: {
        "child": ("Menores", "MENA", "Menor de edad"),
        "adult": ("Adultos", "Mayores de edad"),
        "mixed": ("Adultos y menores", "Mixto"),
    },
    _UIC: {
        "child": ("mineurs", "enfants"),
        "adult": ("adultes", "majeurs"),
        "mixed": ("adultes et mineurs", "mixte"),
    },
}

_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    _GRIMALDI: {
        "sea": ("Sea", "By sea"),
        "land": ("Land", "Overland", "Road"),
        "air": ("Air", "By air"),
    },
    _DFDS: {
        "sea": ("small boat", "embarcation", "maritime"),
        "land": ("PL", "poids lourd", "camion", "routier"),
        "air": ("aérien", "avion"),
    },
    _EUROSTAR: {
        "sea": ("Small boat", "Sea"),
        "land": ("Rail", "Road (HGV)", "Lorry"),
        "air": ("Air", "Flight"),
    },
    _RENFE: {
        "sea": ("Marítimo", "Embarcación"),
        "land": ("Terrestre", "Autobús", "Tren"),
        "air": ("Avión", "Aéreo"),
    },
    _UIC: {
        "sea": ("maritime", "bateau"),
        "land": ("ferroviaire", "train de marchandises", "routier", "à pied"),
        "air": ("aérien",),
    },
}
#: Renfe's words for how a group came, by corridor or hotspot (a cayuco on the Atlantic).
_RENFE_SEA = {"watl": ("Cayuco", "Cayuco", "Marítimo"), "wmed": ("Patera", "Neumática")}
_RENFE_FENCE = ("Salto de valla", "Salto de valla", "Terrestre")
#: UIC's words for a land crossing, by corridor.
_UIC_LAND = {
    "darien": ("à pied", "à pied", "routier"),
    "us_mex": ("train de marchandises", "routier", "à pied"),
    "wbal": ("ferroviaire", "train de marchandises", "à pied", "routier"),
    "blr_pol": ("à pied", "routier"),
    "emed": ("à pied", "ferroviaire", "routier"),
}

_OFF_EN = {
    "document_fraud": ("false documents", "document fraud", "forged passport"),
    "corruption": ("corruption", "bribery"),
    "money_laundering": ("money laundering",),
    "illicit_goods": ("drugs", "contraband"),
    "cybercrime": ("cybercrime",),
    "terrorism": ("terrorism",),
}
_OFF_FR = {
    "document_fraud": ("faux documents", "fraude documentaire", "usage de faux"),
    "corruption": ("corruption",),
    "money_laundering": ("blanchiment",),
    "illicit_goods": ("stupéfiants", "contrebande"),
    "cybercrime": ("cybercriminalité",),
    "terrorism": ("terrorisme",),
}
_OFF_ES = {
    "document_fraud": ("falsedad documental", "documentación falsa"),
    "corruption": ("cohecho", "corrupción"),
    "money_laundering": ("blanqueo de capitales", "blanqueo"),
    "illicit_goods": ("tráfico de drogas", "contrabando"),
    "cybercrime": ("ciberdelincuencia",),
    "terrorism": ("terrorismo",),
}
_OFFENCES = {_GRIMALDI: _OFF_EN, _DFDS: _OFF_FR, _EUROSTAR: _OFF_EN, _RENFE: _OFF_ES, _UIC: _OFF_FR}
_OFFENCE_SEP = {_GRIMALDI: "; ", _DFDS: ", ", _EUROSTAR: "; ", _RENFE: " / ", _UIC: " + "}

#: French adjectives of nationality (masculine, feminine).
_ADJ_FR: dict[str, tuple[str, str]] = {
    "AFG": ("afghan", "afghane"),
    "IRN": ("iranien", "iranienne"),
    "IRQ": ("irakien", "irakienne"),
    "ALB": ("albanais", "albanaise"),
    "ERI": ("érythréen", "érythréenne"),
    "SYR": ("syrien", "syrienne"),
    "VNM": ("vietnamien", "vietnamienne"),
}
#: English demonyms.
_ADJ_EN: dict[str, str] = {
    "AFG": "Afghan",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ALB": "Albanian",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
}
#: Spanish gentilicios (masculine, feminine).
_ADJ_ES: dict[str, tuple[str, str]] = {
    "MAR": ("marroquí", "marroquí"),
    "DZA": ("argelino", "argelina"),
    "GIN": ("guineano", "guineana"),
    "MLI": ("maliense", "maliense"),
    "SEN": ("senegalés", "senegalesa"),
    "GMB": ("gambiano", "gambiana"),
    "CIV": ("marfileño", "marfileña"),
    "ROU": ("rumano", "rumana"),
}
#: Nationals Renfe's staff may log only as "subsahariano" (no nationality established).
_SUBSAHARAN = ("SEN", "MLI", "GIN", "GMB", "CIV")
_ES_NUM = ("", "", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")
_FR_NUM = ("", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
_BAD_DAYS = ((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11))


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _noise(text: str, rng: _Rng, rate: float = 0.04) -> tuple[str, bool]:
    """Change the case or spacing of a word now and then (codes of 3 letters are kept)."""
    if len(text) <= 3 or rng.random() >= rate:
        return text, False
    kind = int(rng.integers(3))
    out = text.upper() if kind == 0 else text.lower() if kind == 1 else f" {text}  "
    return out, out != text


def _gendered(iso: str, table: dict[str, tuple[str, str]], female: bool) -> str | None:
    pair = table.get(iso)
    if pair is None:
        return None
    return pair[1] if female else pair[0]


def _swap(text: str) -> str:
    """Swap two letters in the middle of a name of 6+ letters (a keying slip)."""
    if len(text) < 6:
        return text
    i = len(text) // 2
    a, b = text[i - 1], text[i]
    if not (a.isalpha() and b.isalpha()) or a == b:
        return text
    return text[: i - 1] + b + a + text[i + 1 :]


def _country_name(src: Blind262Source, iso: str) -> str:
    row = COUNTRIES[iso]
    return str(row[{"en": 1, "fr": 2, "es": 3}[src.language]])


def _country(
    src: Blind262Source, iso: str, col: str, rng: _Rng, *, female: bool = False
) -> tuple[str | None, list[str]]:
    """Write one country cell the desk's way; return (cell, tags).

    A cell returned as ``None`` with a ``blank_nationality`` tag means the desk wrote
    something no analyst can turn into a country (ethnicity, region).
    """
    row = COUNTRIES[iso]
    iso2 = str(row[0])
    name = _country_name(src, iso)
    aliases = tuple(str(a) for a in row[4])
    tags: list[str] = []
    r = rng.random()
    text: str
    s = src.source
    if s == _GRIMALDI:
        if col in ("nationality", "detection_country", "transit_countries"):
            if col == "nationality" and r >= 0.65:
                text = name if r < 0.9 else name.upper()
            elif col == "detection_country" and r >= 0.9:
                text = name
            else:
                text, tags = iso2, [f"iso2:{col}"]
        elif r < 0.06 and aliases:
            text, tags = aliases[0], [f"alias:{col}"]
        elif r < 0.1:
            text, tags = str(row[5]), [f"typo:{col}"]
        else:
            text = name
    elif s == _DFDS:
        if col == "nationality":
            adj = _gendered(iso, _ADJ_FR, female)
            if adj is not None and iso in ("IRQ", "IRN") and r < 0.12:
                return "kurde", ["blank_nationality", "ethnicity_only"]
            if adj is not None and r < 0.75:
                text = adj.upper() if r < 0.2 else adj
                tags = ["demonym:nationality"]
            else:
                text = name
        elif iso == "GBR" and col in ("destination_country", "detection_country"):
            text = choice(rng, ("Royaume-Uni", "Angleterre", "UK", "GB"))
            tags = [] if text == "Royaume-Uni" else [f"alias:{col}"]
        elif col == "detection_country":
            text = name.upper() if r < 0.3 else name
        else:
            text = name
    elif s == _EUROSTAR:
        if col == "nationality":
            adj = _ADJ_EN.get(iso)
            if adj is not None and r < 0.5:
                text, tags = adj, ["demonym:nationality"]
            elif r < 0.9:
                text = name
            else:
                text, tags = iso, ["iso3:nationality"]
        elif col == "detection_country":
            text = iso2 if r < 0.5 else name
            tags = ["iso2:detection_country"] if r < 0.5 else []
        elif iso == "GBR":
            text = choice(rng, ("UK", "United Kingdom", "GB"))
            tags = [] if text == "United Kingdom" else [f"alias:{col}"]
        elif aliases and r < 0.15:
            text, tags = aliases[0], [f"alias:{col}"]
        else:
            text = name
    elif s == _RENFE:
        if col == "nationality":
            if iso in _SUBSAHARAN and r < 0.06:
                word = "subsahariana" if female else "subsahariano"
                return word, ["blank_nationality", "region_only"]
            adj = _gendered(iso, _ADJ_ES, female)
            if adj is not None and r < 0.55:
                text, tags = adj, ["demonym:nationality"]
            else:
                text = name.upper() if r < 0.85 else name
        elif col == "detection_country":
            text = choice(rng, ("España", "ESPAÑA", "ES"))
            tags = ["iso2:detection_country"] if text == "ES" else []
        else:
            text = name
        if rng.random() < 0.05:
            garbled = mojibake(text)
            if garbled is not None:
                text, tags = garbled, [*tags, f"mojibake:{col}"]
    else:  # UIC
        if col == "detection_country":
            if r < 0.12:
                text, tags = iso_codes(iso)[1], ["iso_numeric:detection_country"]
            else:
                text, tags = iso, ["iso3:detection_country"]
        elif col == "transit_countries":
            text = iso
        elif r < 0.3:
            text, tags = iso, [f"iso3:{col}"]
        elif r < 0.35 and _swap(name) != name:
            text, tags = _swap(name), [f"typo:{col}"]
        else:
            text = name
    if not fits(text, src):  # cp1252 holds every name written here; a guard all the same
        text = iso
    if col != "transit_countries":
        text, changed = _noise(text, rng)
        if changed:
            tags.append(f"case:{col}")
    return text, tags


def _transit(src: Blind262Source, value: object, rng: _Rng) -> tuple[object, object, list[str]]:
    """Write a ``|``-joined transit list in order with the desk's separator."""
    if value is None:
        return None, None, []
    if rng.random() < 0.02:
        return None, None, ["empty:transit_countries"]
    sep = {_GRIMALDI: " > ", _DFDS: " / ", _EUROSTAR: ", ", _RENFE: " - ", _UIC: "-"}
    parts: list[str] = []
    tags: list[str] = []
    for iso in str(value).split("|"):
        text, t = _country(src, iso, "transit_countries", rng)
        parts.append(str(text))
        tags += [x for x in t if x not in tags]
    return sep[src.source].join(parts), value, tags


def _date(
    src: Blind262Source, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[object, pd.Timestamp, str, list[str]]:
    """Write the event date; return (cell, expected date, precision, tags)."""
    s = src.source
    r = rng.random()
    day = ts.normalize()
    hour, minute = 6 + int(rng.integers(16)), int(rng.integers(60))
    if s == _GRIMALDI:
        if r < 0.06:
            return int((day - _EXCEL_EPOCH).days), day, "day", ["excel_serial"]
        if r < 0.13:
            return day.strftime("%d.%m.%Y"), day, "day", ["date_as_text"]
        return day.to_pydatetime(), day, "day", []
    if s == _DFDS:
        if r < 0.8:
            return day.strftime("%d/%m/%Y"), day, "day", []
        if r < 0.92:
            return day.strftime("%d/%m/%y"), day, "day", ["two_digit_year"]
        return day.strftime("%d/%m/%Y") + f" {hour:02d}:{minute:02d}", day, "day", ["time"]
    if s == _EUROSTAR:
        if r < 0.75:
            stamp = day.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}:00Z"
            return stamp, day, "day", ["time"]
        return day.strftime("%Y-%m-%d"), day, "day", []
    if s == _RENFE:
        if r < 0.85:
            return day.strftime("%d/%m/%Y"), day, "day", []
        if r < 0.93:
            return day.strftime("%d-%m-%Y"), day, "day", []
        month = _MONTHS["es"][day.month - 1]
        return f"{day.day} de {month} de {day.year}", day, "day", ["long_date"]
    # UIC: a compilation; what open sources give is often only the month or the quarter
    month_fr = _MONTHS["fr"][day.month - 1]
    if partial_ok and r < 0.3:
        start = day.to_period("M").start_time
        if r < 0.12:
            return f"{month_fr} {day.year}", start, "month", ["partial_date"]
        if r < 0.2:
            return day.strftime("%m/%Y"), start, "month", ["partial_date"]
        q = day.to_period("Q").start_time
        return f"T{day.quarter} {day.year}", q, "quarter", ["partial_date"]
    if r < 0.9:
        return day.strftime("%d/%m/%Y"), day, "day", []
    return f"{day.day} {month_fr} {day.year}", day, "day", ["long_date"]


def _count(src: Blind262Source, n: int, rng: _Rng) -> tuple[object, object, list[str]]:
    """Write the count of persons; return (cell, expected, tags)."""
    s = src.source
    r = rng.random()
    if r < 0.012:
        word = {
            _GRIMALDI: "TBC",
            _DFDS: "N/C",
            _EUROSTAR: "not known",
            _RENFE: "s/d",
            _UIC: "N/C",
        }[s]
        return word, None, ["count_placeholder"]
    if s == _GRIMALDI:
        if r < 0.07:
            return f"{n} pax", n, ["count_unit"]
        return n, n, []
    if s == _EUROSTAR:
        return (str(n), n, ["count_as_text"]) if r < 0.1 else (n, n, [])
    if s in (_DFDS, _RENFE) and 2 <= n <= 10 and r < 0.15:
        words = _FR_NUM if s == _DFDS else _ES_NUM
        return words[n], n, ["count_word"]
    if n >= 1000 and r < 0.85:
        if s == _RENFE:
            sep = "."
        elif s == _UIC:
            sep = choice(rng, ("\u202f", "\u00a0", " "))
        else:
            sep = " "
        return f"{n // 1000}{sep}{n % 1000:03d}", n, ["thousands:n_persons"]
    return str(n), n, []


def _suspects(src: Blind262Source, k: object, rng: _Rng) -> tuple[object, object, list[str]]:
    """Write the count of suspects; return (cell, expected, tags)."""
    if k is None:
        return None, None, ["blank_n_suspects"]
    s = src.source
    n = int(k)  # type: ignore[call-overload]
    r = rng.random()
    if r < 0.04:
        return None, None, ["blank_n_suspects"]
    if r < 0.06 and s in (_DFDS, _UIC, _RENFE):
        return ("N/C" if s != _RENFE else "s/d"), None, ["suspects_placeholder"]
    if n == 0 and rng.random() < 0.5:
        word = {
            _GRIMALDI: "nil",
            _DFDS: "néant",
            _EUROSTAR: "none",
            _RENFE: choice(rng, ("ninguno", "sin detenidos")),
            _UIC: "aucun",
        }[s]
        return word, 0, ["zero_word"]
    if src.format == "csv":
        return str(n), n, []
    return n, n, []


def _vocab(
    src: Blind262Source, table: dict[str, tuple[str, ...]], value: str, col: str, rng: _Rng
) -> tuple[str, list[str]]:
    text, changed = _noise(choice(rng, table[value]), rng)
    return text, ([f"case:{col}"] if changed else [])


def _dm(value: float, pos: str, neg: str, width: int) -> str:
    """Write decimal degrees as degrees and decimal minutes (``035°30.1'N``)."""
    hemi = pos if value >= 0 else neg
    tenths = round(abs(value) * 600)  # tenths of a minute
    deg, rest = divmod(tenths, 600)
    return f"{deg:0{width}d}°{rest // 10:02d}.{rest % 10}'{hemi}"


def _from_dm(deg_min: str) -> float:
    """Read back what :func:`_dm` wrote (as a careful analyst converts it)."""
    deg, rest = deg_min.split("°")
    minutes = float(rest[:-2])
    sign = -1.0 if rest[-1] in "SW" else 1.0
    return round(sign * (int(deg) + minutes / 60), 6)


def _coords(
    src: Blind262Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], object, object, list[str]]:
    """Write the position; return (cells, expected lat, expected lon, tags)."""
    r = rng.random()
    s = src.source
    gone = {_GRIMALDI: 0.06, _DFDS: 0.08, _EUROSTAR: 0.12, _RENFE: 0.08, _UIC: 0.15}[s]
    keys = ("coordinates",) if src.coords in ("dm", "pair") else ("lat", "lon")
    if r < gone:
        return dict.fromkeys(keys), None, None, ["coords_missing"]
    if s == _GRIMALDI:
        if r < gone + 0.05:
            return (
                {"coordinates": choice(rng, ("In port", "Alongside"))},
                None,
                None,
                ["coords_placeholder"],
            )
        a, b = _dm(lat, "N", "S", 2), _dm(lon, "E", "W", 3)
        return {"coordinates": f"{a} {b}"}, _from_dm(a), _from_dm(b), ["coords_dm"]
    if s == _DFDS:
        la, lo = f"{lat:.5f}", f"{lon:.5f}"
        tags: list[str] = []
        if r > 0.985:  # typed into the wrong columns
            la, lo, tags = lo, la, ["coords_swapped"]
        cells: dict[str, object] = {"lat": la.replace(".", ","), "lon": lo.replace(".", ",")}
        return cells, round(lat, 5), round(lon, 5), [*tags, "decimal_comma"]
    if s == _UIC:
        return {"lat": f"{lat:.4f}", "lon": f"{lon:.4f}"}, round(lat, 4), round(lon, 4), []
    sep = ", " if s == _RENFE else choice(rng, (", ", ","))
    return {"coordinates": f"{lat:.5f}{sep}{lon:.5f}"}, round(lat, 5), round(lon, 5), []


def _offences(src: Blind262Source, value: object, rng: _Rng) -> object:
    if value is None:
        return None
    words = _OFFENCES[src.source]
    return _OFFENCE_SEP[src.source].join(choice(rng, words[o]) for o in str(value).split("|"))


def _render(
    src: Blind262Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` writes it: (cells, expected values, tags)."""
    s = src.source
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    tags: list[str] = []
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells["event_date"], exp["event_date"], exp["date_precision"], t = _date(
        src, ts, rng, partial_ok
    )
    tags += t
    female = ev["gender"] == "female"

    crime = str(ev["crime_type"])
    cells["crime_type"], t = _vocab(src, _CRIME[s], crime, "crime_type", rng)
    exp["crime_type"] = crime
    tags += t

    expl = ev["exploitation"]
    if crime == "smuggling" or expl is None:
        cells["exploitation"] = choice(rng, _NOT_APPLICABLE[s]) or None
        exp["exploitation"] = None
    elif rng.random() < 0.05:
        cells["exploitation"] = choice(rng, _UNKNOWN[s]) or None
        exp["exploitation"] = "unknown"
        tags.append("unknown:exploitation")
    else:
        cells["exploitation"], t = _vocab(src, _EXPLOITATION[s], str(expl), "exploitation", rng)
        exp["exploitation"] = expl
        tags += t

    cells["n_persons"], exp["n_persons"], t = _count(src, int(ev["n_persons"]), rng)  # type: ignore[call-overload]
    tags += t
    cells["n_suspects"], exp["n_suspects"], t = _suspects(src, ev["n_suspects"], rng)
    tags += t

    for col, table in (("gender", _GENDER), ("age_group", _AGE)):
        value = str(ev[col])
        if rng.random() < 0.03:
            cells[col] = choice(rng, _UNKNOWN[s]) or None
            exp[col] = "unknown"
            tags.append("blank_gender" if col == "gender" else "na_word")
            continue
        cells[col], t = _vocab(src, table[s], value, col, rng)
        exp[col] = value
        tags += t

    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        iso = ev[col]
        if iso is None:
            cells[col], exp[col] = None, None
            continue
        if col in ("origin_country", "destination_country") and rng.random() < 0.03:
            cells[col] = choice(rng, _UNKNOWN[s]) or None
            exp[col] = None
            tags.append(f"empty:{col}")
            continue
        cells[col], t = _country(src, str(iso), col, rng, female=female)
        exp[col] = None if "blank_nationality" in t else iso
        tags += t

    cells["transit_countries"], exp["transit_countries"], t = _transit(
        src, ev["transit_countries"], rng
    )
    tags += t

    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        cells["transport_mode"] = choice(rng, _UNKNOWN[s]) or None
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        words = _MODE[s]
        corridor = str(ev["corridor"])
        if s == _RENFE and mode == "sea" and corridor in _RENFE_SEA:
            words = {**words, "sea": _RENFE_SEA[corridor]}
        elif s == _RENFE and mode == "land" and ev["hotspot"] in ("Ceuta", "Melilla"):
            words = {**words, "land": _RENFE_FENCE}
        elif s == _UIC and mode == "land" and corridor in _UIC_LAND:
            words = {**words, "land": _UIC_LAND[corridor]}
        cells["transport_mode"], t = _vocab(src, words, mode, "transport_mode", rng)
        exp["transport_mode"] = mode
        tags += t

    place, exp["lat"], exp["lon"], t = _coords(
        src,
        float(ev["lat"]),  # type: ignore[arg-type]
        float(ev["lon"]),  # type: ignore[arg-type]
        rng,
    )
    cells.update(place)
    tags += t

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    if forced_blank is not None:  # a second report that leaves one field out
        tags = [t for t in tags if not _about(t, forced_blank)]
        if forced_blank == "coordinates":
            cells.update(dict.fromkeys(place))
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        tags.append(f"blank_{forced_blank}")
    return cells, exp, tags


def _about(tag: str, field: str) -> bool:
    """Tell whether a messiness tag describes the cell of ``field``."""
    if field == "coordinates":
        return tag.startswith("coords_") or tag == "decimal_comma"
    if field == "n_suspects" and tag in ("zero_word", "suspects_placeholder"):
        return True
    if field == "nationality" and tag in ("ethnicity_only", "region_only"):
        return True
    return tag.endswith(f":{field}") or tag == f"blank_{field}"


def _bad_date(src: Blind262Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Write the date of a row to quarantine: none, impossible, or a year keyed wrong."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        d, m = _BAD_DAYS[int(rng.integers(len(_BAD_DAYS)))]
        if src.source == _GRIMALDI:
            return f"{d:02d}.{m:02d}.{ts.year}"
        if src.source == _EUROSTAR:
            return f"{ts.year}-{m:02d}-{d:02d}T10:00:00Z"
        return f"{d:02d}/{m:02d}/{ts.year}"
    year = 2030 + ts.year % 10  # a 3 keyed for the 2 of 202x
    try:
        future = ts.replace(year=year)
    except ValueError:  # 29 February
        future = ts.replace(year=year, day=28)
    if src.source == _GRIMALDI:
        return future.to_pydatetime()
    if src.source == _EUROSTAR:
        return future.strftime("%Y-%m-%d") + "T09:30:00Z"
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind262Source, last: pd.Timestamp) -> object:
    """Return the date of the desk's note row: its extraction, a few days after the last."""
    day = last.normalize() + pd.Timedelta(days=3)
    if src.format == "xlsx":
        return dt.datetime(day.year, day.month, day.day)
    if src.format == "jsonl":
        return day.strftime("%Y-%m-%d")
    return day.strftime("%d/%m/%Y")


#: The variant: who first reports which detection country, who reports it a second time.
BLIND262: Examiner[Blind262Source] = Examiner(
    sources=SOURCES,
    primary={"ITA": _GRIMALDI, "FRA": _DFDS, "GBR": _EUROSTAR, "ESP": _RENFE},
    compilation=_UIC,
    secondary={
        ("channel", "FRA"): _EUROSTAR,
        ("channel", "GBR"): _DFDS,
        ("thb_vnm_gbr", "GBR"): _UIC,
        ("cmed", "ITA"): _UIC,
        ("thb_nga_ita", "ITA"): _UIC,
        ("thb_rou_esp", "ITA"): _UIC,
        ("thb_rou_esp", "ESP"): _UIC,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=262,
    blank_share=0.3,
)


def make_blind262(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five ``blind262`` transport-security desks would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``grimaldi_cso_jd.xlsx`` (English), ``dfds_france_surete_jd.csv`` (French,
        cp1252, ``;``), ``eurostar_security_jd.jsonl`` (English), ``renfe_seguridad_jd.csv``
        (Spanish, UTF-8 with BOM, ``,``) and ``uic_surete_jd.csv`` (French, UTF-16, tab),
        each with the expected clean value of every row it writes.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind262(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['grimaldi_cso_jd.xlsx', 'dfds_france_surete_jd.csv', 'eurostar_security_jd.jsonl',
     'renfe_seguridad_jd.csv', 'uic_surete_jd.csv']
    >>> subs[1].frame.columns[:3].tolist()
    ['N° fiche', 'Date du constat', 'Pays du constat']
    >>> sorted(set().union(*(s.expected["expected_status"] for s in subs)))
    ['duplicate', 'quarantine', 'record']
    """
    return make_examined(BLIND262, truth, seed=seed)
