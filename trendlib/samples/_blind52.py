"""Examiner variant ``blind52``: five Asian liaison desks (files ``*_bb.*``).

A reader's guide to the five submissions. Each is written by the liaison desk of an
Asian police or investigation agency that follows cases involving the routes to Europe
and North America; their wording is kept in this module (no table is shared with other
examiner sets). Every value written is one an analyst reads as one clean value; the
truth (:attr:`Submission.expected`) records that value.

``agregaduria_knpa_bb.csv`` — Korean National Police Agency, police attaché at the
    Embassy of the Republic of Korea in Mexico (Spanish). UTF-8 with BOM, ``|``
    delimiter. Dates in Korean order ``AAAA.MM.DD`` (``2023.05.17``, ``2023. 5. 17.``,
    sometimes ISO), partial ``2023.05`` and ``II trim. 2023``. The crime cites the law
    of the place (``art. 159 Ley de Migración`` — Mexican "tráfico de personas" is
    smuggling —, ``8 U.S.C. § 1324``, ``LGPSEDMTP``). Spanish country names, ``EUA`` /
    ``EE. UU.``, plural demonyms, ISO alpha-2 codes; ``NNA`` for minors; transport as
    ``tractocamión``, ``lancha``, ``a pie``; coordinates ``lat, long`` in one cell or in
    degrees-minutes-seconds; counts with ``.`` thousands and ``aprox.``; ``s/d``
    placeholders, ``ninguno`` for no arrest. Re-sends a few rows.
``police_cambodge_bb.csv`` — Cambodian National Police, anti-trafficking and juvenile
    protection department, liaison cell with France (French). cp1252, ``;``, CRLF.
    Dates ``17/05/2023``, ``le 17 mai 2023``, partial ``mai 2023`` and ``2e trimestre
    2023``. Qualifications with French or Italian articles (``art. 225-4-1 CP``,
    ``art. L.823-1 CESEDA``, ``art. 12 D.lgs. 286/98``), ``TEH``. French names and
    demonyms (feminine, plural), some mojibake (``SÃ©nÃ©gal``); ``MNA`` for minors;
    ``H``/``F``; separate latitude/longitude with a decimal comma (some in DMS);
    ``1 234`` with a no-break space; ``n.c.`` / ``ind.`` placeholders, ``néant``.
``rtp_atpd_bb.csv`` — Royal Thai Police, Anti-Trafficking in Persons Division, foreign
    liaison desk (English). UTF-16 (BOM), tab delimiter. Dates in the Buddhist Era, as
    the header says (``17/05/2566`` = 17 May 2023, ``17 May 2566``), partial ``May
    2566`` and ``Q2/2566``. Offences cite ``ATP Act B.E. 2551``, ``Immigration Act B.E.
    2522 s.64``, the UK ``Modern Slavery Act 2015 s.2`` and ``Immigration Act 1971
    s.25``. GPS in degrees-minutes-seconds with hemisphere letters; ``M/F`` for mixed;
    ``1,234``; ``TBC`` / ``N/K`` placeholders, ``nil``; an extra ``Status`` column.
``nbi_iacat_bb.xlsx`` — Philippine National Bureau of Investigation, Anti-Human
    Trafficking Division, for the IACAT (English). Real Excel dates, some text dates
    ``May 17, 2023`` / ``17-May-2023``, partial ``May 2023`` and ``2nd Qtr 2023``.
    ``Violation of RA 9208 as amended by RA 10364``; US spelling (``forced labor``),
    ``below 18``; numbers as spreadsheet numbers, ``TBD`` text in the count column;
    separate numeric ``Lat`` / ``Long``. Re-sends a few rows.
``npa_liaison_bb.jsonl`` — National Police Agency of Japan, international liaison desk
    in Madrid (English keys, camelCase export). Dates ``2023/05/17`` or ISO, partial
    ``2023/05`` and ``2023-Q2``; Spanish penal code articles (``Art. 177 bis``, ``Art.
    318 bis CP``); ISO alpha-3 nationalities, alpha-2 countries, transit codes joined by
    ``>``; ``juvenile`` for minors; ``patera`` / ``cayuco`` for boats; counts as JSON
    numbers, ``"unknown"`` as text; numeric ``lat`` / ``lng``.

Every source writes an empty row (CSV), a note row and a total row; bad rows (no date,
impossible or future date, negative or unreadable count) are written in the source's
own style.
"""

from __future__ import annotations

from collections.abc import Callable
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

__all__ = ["BLIND52_SOURCES", "make_blind52"]

_Rng = np.random.Generator
_Cell = object

# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_KNPA = ExaminerSource(
    source="agregaduria_knpa_bb",
    filename="agregaduria_knpa_bb.csv",
    ref="KNPA-MX-{year}-{seq:04d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter="|",
    language="es",
    headers={
        "source_ref": "N.º de control",
        "event_date": "Fecha del hecho (AAAA.MM.DD)",
        "crime_type": "Delito (fundamento legal)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Personas (migrantes/víctimas)",
        "n_suspects": "Detenidos / prob. responsables",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "transit_countries": "Países de tránsito",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transport_mode": "Medio de transporte",
        "coordinates": "Coordenadas (lat, long)",
        "linked_offences": "Delitos conexos",
    },
    note="Nota: información preliminar, sujeta a confirmación de la autoridad local",
    total="TOTAL",
    bad_count=("varios", "grupo numeroso", "??"),
    repeats=True,
)
_CNP = ExaminerSource(
    source="police_cambodge_bb",
    filename="police_cambodge_bb.csv",
    ref="{seq:03d}/DATJP/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° PV",
        "event_date": "Date des faits",
        "crime_type": "Qualification (texte visé)",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs / mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "transit_countries": "Pays de transit",
        "destination_country": "Destination finale",
        "detection_country": "Pays de constatation",
        "transport_mode": "Vecteur",
        "lat": "Latitude",
        "lon": "Longitude",
        "linked_offences": "Infractions connexes",
    },
    note="Données provisoires — extraction de la cellule de liaison, non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "?"),
    repeats=False,
)
_RTP = ExaminerSource(
    source="rtp_atpd_bb",
    filename="rtp_atpd_bb.csv",
    ref="ATPD-FL {seq:03d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="en",
    headers={
        "source_ref": "Case No.",
        "event_date": "Date of Incident (B.E.)",
        "crime_type": "Offence",
        "exploitation": "Type of Exploitation",
        "n_persons": "No. of Victims/Migrants",
        "n_suspects": "Arrested (persons)",
        "gender": "Gender",
        "age_group": "Adult/Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "transit_countries": "Transit Route",
        "destination_country": "Destination",
        "detection_country": "Country of Detection",
        "transport_mode": "Mode",
        "coordinates": "GPS (DMS)",
        "linked_offences": "Related Offences",
        "_status": "Status",
    },
    note="Remark: figures subject to verification by host-country authorities",
    total="Grand Total",
    bad_count=("several", "many", "a group"),
    repeats=False,
)
_NBI = ExaminerSource(
    source="nbi_iacat_bb",
    filename="nbi_iacat_bb.xlsx",
    ref="NBI-AHTRAD-{year}-{seq:05d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "IACAT Ref. No.",
        "event_date": "Date Intercepted",
        "crime_type": "Nature of Case",
        "exploitation": "Purpose of Exploitation",
        "n_persons": "No. of Persons",
        "n_suspects": "Suspects Arrested",
        "gender": "Sex",
        "age_group": "Age Bracket",
        "nationality": "Nationality",
        "origin_country": "Origin",
        "transit_countries": "Transit Points",
        "destination_country": "Destination Country",
        "detection_country": "Place of Interception (Country)",
        "transport_mode": "Means of Travel",
        "lat": "Lat",
        "lon": "Long",
        "linked_offences": "Other Offenses",
    },
    note="Note: consolidated from IACAT liaison desks; provisional",
    total="TOTAL",
    bad_count=("several", "plenty", "TBA - many"),
    repeats=True,
)
_NPA = ExaminerSource(
    source="npa_liaison_bb",
    filename="npa_liaison_bb.jsonl",
    ref="NPA-MAD-{yy:02d}-{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "caseNo",
        "event_date": "occurredOn",
        "crime_type": "offenceCategory",
        "exploitation": "exploitationType",
        "n_persons": "personsInvolved",
        "n_suspects": "suspectsArrested",
        "gender": "sex",
        "age_group": "ageCategory",
        "nationality": "nationality",
        "origin_country": "originCountry",
        "transit_countries": "transitRoute",
        "destination_country": "destinationCountry",
        "detection_country": "detectedIn",
        "transport_mode": "transportMeans",
        "lat": "lat",
        "lon": "lng",
        "linked_offences": "relatedOffences",
    },
    note="liaison desk digest - provisional data, not for dissemination",
    total="TOTAL",
    bad_count=("several", "multiple", "n persons"),
    repeats=False,
)

#: The five sources of the variant, in the order their submissions are returned.
BLIND52_SOURCES: tuple[ExaminerSource, ...] = (_KNPA, _CNP, _RTP, _NBI, _NPA)

# --------------------------------------------------------------------------------------
# Country wording: code -> (English, French, Spanish) names; demonyms likewise
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
    "ROU": ("Romania", "Roumanie", "Rumania"),
    "RUS": ("Russia", "Russie", "Rusia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Syria", "Syrie", "Siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez"),
    "TUR": ("Türkiye", "Turquie", "Turquía"),
    "USA": ("United States", "États-Unis", "Estados Unidos"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
#: Other ways each desk writes a few countries.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "USA": ("USA", "U.S.A.", "United States of America"),
        "GBR": ("UK", "U.K.", "Great Britain"),
        "TUR": ("Turkey",),
        "VNM": ("Vietnam",),
        "CIV": ("Ivory Coast",),
        "IRN": ("Iran (Islamic Republic of)",),
        "SYR": ("Syrian Arab Republic",),
        "DEU": ("Fed. Rep. of Germany",),
    },
    "fr": {
        "USA": ("USA", "Etats-Unis"),
        "GBR": ("Royaume Uni", "Grande-Bretagne"),
        "DEU": ("RFA",),
        "VNM": ("Vietnam",),
        "ESP": ("Espagne (continent)",),
    },
    "es": {
        "USA": ("EUA", "EE. UU.", "EE.UU.", "Estados Unidos de América"),
        "GBR": ("Gran Bretaña",),
        "MEX": ("Mexico",),
        "PAN": ("Rep. de Panamá",),
        "VEN": ("Venezuela (Rep. Bolivariana de)",),
    },
}
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
_LANG = {"en": 0, "fr": 1, "es": 2}


def _name(code: str, lang: str, rng: _Rng, *, alias: float = 0.25) -> str:
    """Return a country's name in ``lang`` (sometimes a desk's other spelling)."""
    names = _NAMES.get(code)
    if names is None:  # a country outside the tables: its ISO code reads unambiguously
        return code
    other = _ALIASES[lang].get(code, ())
    if other and rng.random() < alias:
        return choice(rng, other)
    return names[_LANG[lang]]


def _fr_plural(word: str) -> str:
    if word.endswith(("s", "x")):
        return word
    return word[:-1] + "aux" if word.endswith("al") else word + "s"


def _fr_feminine(word: str) -> str:
    if word == "turc":
        return "turque"
    if word.endswith("e"):
        return word
    if word.endswith("en"):
        return word + "ne"
    return word + "e"


def _es_plural(word: str) -> str:
    accents = str.maketrans("áéíóú", "aeiou")
    if word.endswith("í"):
        return word + "es"
    if word[-1] in "aeo":
        return word + "s"
    return word.translate(accents) + "es"


def _es_feminine(word: str) -> str:
    if word.endswith("o"):
        return word[:-1] + "a"
    if word.endswith(("és", "án")):
        accents = str.maketrans("áéíóú", "aeiou")
        return word.translate(accents) + "a"
    return word


# --------------------------------------------------------------------------------------
# Per-source wording
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Wording:
    """How one desk writes its words (everything but dates, counts and coordinates)."""

    crime: Callable[[str, str, _Rng], str]  # (crime_type, detection country, rng)
    exploitation: dict[str, tuple[str, ...]]
    gender: dict[str, tuple[str, ...]]
    age: dict[str, tuple[str, ...]]
    transport: dict[str, tuple[str, ...]]
    na_words: tuple[str, ...]
    count_placeholders: tuple[str, ...]
    suspect_placeholders: tuple[str, ...]
    zero_words: tuple[str, ...]
    offences: dict[str, tuple[str, ...]]
    offence_join: tuple[str, ...]
    transit_join: tuple[str, ...]
    coord_placeholders: tuple[str, ...]


def _knpa_crime(crime: str, where: str, rng: _Rng) -> str:
    if crime == "smuggling":
        if where == "USA":
            return choice(rng, ("Tráfico de extranjeros (8 U.S.C. § 1324)", "Alien smuggling"))
        return choice(
            rng,
            (
                "Tráfico ilícito de migrantes",
                "Tráfico de personas (art. 159 Ley de Migración)",
                "tráfico ilícito de migrantes",
                "Tráfico de indocumentados",
            ),
        )
    if crime == "trafficking":
        if where == "USA":
            return choice(rng, ("Trata de personas (TVPA, 22 U.S.C. § 7102)", "Trata"))
        return choice(rng, ("Trata de personas", "Trata de personas (LGPSEDMTP, art. 10)", "TRATA"))
    return choice(
        rng,
        (
            "Trata de personas y tráfico ilícito de migrantes",
            "Trata + tráfico de migrantes",
            "Art. 10 LGPSEDMTP y art. 159 LM (trata y tráfico)",
        ),
    )


def _cnp_crime(crime: str, where: str, rng: _Rng) -> str:
    if crime == "smuggling":
        if where == "ITA":
            return choice(
                rng,
                (
                    "Aide à l'immigration clandestine (art. 12 D.lgs. 286/98)",
                    "Favoreggiamento immigrazione clandestina (art. 12 TUI)",
                ),
            )
        return choice(
            rng,
            (
                "Aide à l'entrée et au séjour irréguliers (art. L.823-1 CESEDA)",
                "Aide à l'entrée irrégulière",
                "Trafic illicite de migrants",
                "Aide à l'entrée irrégulière d'étrangers en bande organisée",
            ),
        )
    if crime == "trafficking":
        if where == "ITA":
            return choice(rng, ("Traite des personnes (art. 601 c.p. italien)", "TEH"))
        return choice(
            rng,
            (
                "Traite des êtres humains (art. 225-4-1 CP)",
                "TEH",
                "Traite des êtres humains",
            ),
        )
    return choice(
        rng,
        (
            "TEH + aide à l'entrée irrégulière",
            "Traite des êtres humains et trafic de migrants",
            "Art. 225-4-1 CP / L.823-1 CESEDA",
        ),
    )


def _rtp_crime(crime: str, where: str, rng: _Rng) -> str:
    if crime == "smuggling":
        if where == "GBR":
            return choice(
                rng,
                (
                    "Assisting unlawful immigration (Immigration Act 1971 s.25)",
                    "Facilitation - s.25 IA 1971",
                ),
            )
        return choice(
            rng,
            (
                "Migrant smuggling",
                "Smuggling of migrants",
                "Assisting illegal entry (Immigration Act B.E. 2522 s.64)",
            ),
        )
    if crime == "trafficking":
        if where == "GBR":
            return choice(rng, ("Human trafficking (Modern Slavery Act 2015 s.2)", "MSA s.2"))
        return choice(
            rng,
            (
                "Human Trafficking (ATP Act B.E. 2551 s.6)",
                "TIP",
                "Trafficking in persons",
            ),
        )
    return choice(
        rng, ("TIP / migrant smuggling", "Trafficking in persons and smuggling of migrants")
    )


def _nbi_crime(crime: str, where: str, rng: _Rng) -> str:
    if crime == "smuggling":
        if where == "GRC":
            return choice(rng, ("Migrant smuggling (Greek Law 4251/2014)", "Migrant Smuggling"))
        return choice(
            rng, ("Migrant Smuggling", "Smuggling of Migrants", "Facilitation of illegal entry")
        )
    if crime == "trafficking":
        return choice(
            rng,
            (
                "Violation of RA 9208 as amended by RA 10364 (Trafficking in Persons)",
                "Trafficking in Persons",
                "TIP (RA 9208, as amended)",
                "Qualified Trafficking in Persons",
            ),
        )
    return choice(rng, ("TIP and Migrant Smuggling", "Trafficking in Persons / Smuggling"))


def _npa_crime(crime: str, where: str, rng: _Rng) -> str:
    if crime == "smuggling":
        return choice(
            rng,
            (
                "Smuggling of migrants",
                "Offence against the rights of foreign citizens (Art. 318 bis CP)",
                "SOM (Art. 318 bis)",
            ),
        )
    if crime == "trafficking":
        return choice(
            rng, ("Trafficking in human beings (Art. 177 bis CP)", "THB", "Human trafficking")
        )
    return choice(rng, ("THB + SOM", "Art. 177 bis and 318 bis CP (THB and smuggling)"))


_WORDING: dict[str, _Wording] = {
    "agregaduria_knpa_bb": _Wording(
        crime=_knpa_crime,
        exploitation={
            "sexual": ("explotación sexual", "Sexual", "prostitución ajena"),
            "forced_labour": ("trabajos forzados", "explotación laboral"),
            "forced_criminality": ("obligar a cometer delitos", "actividades delictivas"),
            "organ_removal": ("extracción de órganos",),
            "forced_marriage": ("matrimonio forzado",),
            "other": ("otra", "otras formas"),
        },
        gender={
            "male": ("Hombres", "masculino", "H"),
            "female": ("Mujeres", "femenino", "mujer"),
            "mixed": ("Mixto", "Hombres y mujeres", "ambos sexos"),
        },
        age={
            "adult": ("adultos", "mayores de edad", "Adulto"),
            "child": ("menores", "NNA", "menor de edad"),
            "mixed": ("adultos y menores", "mixto", "adultos y NNA"),
        },
        transport={
            "land": ("terrestre", "tractocamión", "a pie", "autobús", "vía terrestre"),
            "sea": ("marítimo", "lancha", "embarcación", "vía marítima"),
            "air": ("aéreo", "vuelo comercial", "vía aérea"),
        },
        na_words=("no aplica", "N/A"),
        count_placeholders=("s/d", "por determinar", "sin dato"),
        suspect_placeholders=("s/d", "por confirmar"),
        zero_words=("ninguno", "sin detenidos", "0 (ninguno)"),
        offences={
            "document_fraud": ("falsificación de documentos", "uso de documento falso"),
            "corruption": ("cohecho", "corrupción de servidores públicos"),
            "money_laundering": (
                "operaciones con recursos de procedencia ilícita",
                "lavado de dinero",
            ),
            "illicit_goods": ("contrabando", "tráfico de estupefacientes"),
            "cybercrime": ("delitos informáticos", "ciberdelito"),
            "terrorism": ("terrorismo",),
        },
        offence_join=(", ", " / ", "; "),
        transit_join=(" - ", ", ", " > "),
        coord_placeholders=("s/d", "sin coordenadas"),
    ),
    "police_cambodge_bb": _Wording(
        crime=_cnp_crime,
        exploitation={
            "sexual": ("exploitation sexuelle", "proxénétisme", "sexuelle"),
            "forced_labour": ("travail forcé", "exploitation par le travail"),
            "forced_criminality": (
                "contrainte à commettre des délits",
                "délinquance forcée",
            ),
            "organ_removal": ("prélèvement d'organes",),
            "forced_marriage": ("mariage forcé",),
            "other": ("autre", "autres formes"),
        },
        gender={
            "male": ("hommes", "H", "masculin"),
            "female": ("femmes", "F", "féminin"),
            "mixed": ("mixte", "hommes et femmes", "H/F"),
        },
        age={
            "adult": ("majeurs", "adultes", "majeur"),
            "child": ("mineurs", "MNA", "mineur"),
            "mixed": ("majeurs et mineurs", "mixte"),
        },
        transport={
            "land": ("terrestre", "poids lourd", "voie routière", "camion"),
            "sea": ("maritime", "embarcation pneumatique", "small boat", "voie maritime"),
            "air": ("aérien", "vol commercial", "voie aérienne"),
        },
        na_words=("sans objet", "s.o."),
        count_placeholders=("n.c.", "inconnu", "non communiqué"),
        suspect_placeholders=("ind.", "indéterminé"),
        zero_words=("néant", "aucun"),
        offences={
            "document_fraud": ("faux et usage de faux", "fraude documentaire"),
            "corruption": ("corruption",),
            "money_laundering": ("blanchiment", "blanchiment d'argent"),
            "illicit_goods": ("contrebande", "trafic de stupéfiants"),
            "cybercrime": ("cybercriminalité",),
            "terrorism": ("terrorisme", "AMT"),
        },
        offence_join=(", ", " + ", " / "),
        transit_join=(", ", " / ", " - "),
        coord_placeholders=("n.c.", "inconnu"),
    ),
    "rtp_atpd_bb": _Wording(
        crime=_rtp_crime,
        exploitation={
            "sexual": ("sexual exploitation", "prostitution", "Sexual"),
            "forced_labour": ("forced labour", "labour exploitation"),
            "forced_criminality": (
                "forced criminality (cannabis cultivation)",
                "forced criminal activity",
            ),
            "organ_removal": ("organ removal",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        gender={
            "male": ("M", "male", "Male"),
            "female": ("F", "female", "Female"),
            "mixed": ("M/F", "both", "male & female"),
        },
        age={
            "adult": ("adult", "Adult", "over 18"),
            "child": ("minor", "under 18", "Minor"),
            "mixed": ("adult & minor", "both"),
        },
        transport={
            "land": ("land", "lorry", "by road", "truck"),
            "sea": ("sea", "small boat", "by sea", "boat"),
            "air": ("air", "by air", "flight"),
        },
        na_words=("N/A", "n/a"),
        count_placeholders=("TBC", "unk.", "unknown"),
        suspect_placeholders=("N/K", "TBC"),
        zero_words=("nil", "none"),
        offences={
            "document_fraud": ("document forgery", "use of forged passport"),
            "corruption": ("bribery", "corruption"),
            "money_laundering": ("money laundering", "AMLA offence"),
            "illicit_goods": ("drug offences", "contraband"),
            "cybercrime": ("computer crime", "online fraud"),
            "terrorism": ("terrorism",),
        },
        offence_join=(", ", "; ", " & "),
        transit_join=("-", " - ", ", "),
        coord_placeholders=("N/A", "not recorded"),
    ),
    "nbi_iacat_bb": _Wording(
        crime=_nbi_crime,
        exploitation={
            "sexual": ("sexual exploitation", "prostitution", "cybersex den"),
            "forced_labour": (
                "forced labor",
                "debt bondage",
                "labor exploitation",
            ),
            "forced_criminality": ("forced criminal activity", "forced to commit crimes"),
            "organ_removal": ("removal of organs",),
            "forced_marriage": ("forced marriage",),
            "other": ("others",),
        },
        gender={
            "male": ("Male", "male"),
            "female": ("Female", "female"),
            "mixed": ("Male & Female", "Mixed", "M and F"),
        },
        age={
            "adult": ("Adult", "18 and above"),
            "child": ("Minor", "below 18"),
            "mixed": ("Adult/Minor", "Adults and minors"),
        },
        transport={
            "land": ("land", "bus", "by land", "van"),
            "sea": ("by sea", "rubber boat", "fishing vessel", "sea"),
            "air": ("by air", "plane", "air"),
        },
        na_words=("N/A", "not applicable"),
        count_placeholders=("TBD", "to follow"),
        suspect_placeholders=("not indicated", "TBD"),
        zero_words=("None", "no arrest"),
        offences={
            "document_fraud": ("falsification of documents", "fake passports"),
            "corruption": ("graft and corruption", "bribery"),
            "money_laundering": ("money laundering (RA 9160)", "money laundering"),
            "illicit_goods": ("contraband", "illegal drugs (RA 9165)"),
            "cybercrime": ("cybercrime (RA 10175)", "online scam"),
            "terrorism": ("terrorism (RA 11479)",),
        },
        offence_join=("; ", ", "),
        transit_join=("; ", ", "),
        coord_placeholders=("N/A", "none"),
    ),
    "npa_liaison_bb": _Wording(
        crime=_npa_crime,
        exploitation={
            "sexual": ("sexual", "sexual exploitation"),
            "forced_labour": ("labour", "forced labour"),
            "forced_criminality": ("forced criminality",),
            "organ_removal": ("organ harvesting",),
            "forced_marriage": ("forced marriage",),
            "other": ("other",),
        },
        gender={
            "male": ("male", "men"),
            "female": ("female", "women"),
            "mixed": ("mixed", "men and women"),
        },
        age={
            "adult": ("adult",),
            "child": ("juvenile", "minor"),
            "mixed": ("adults and juveniles", "mixed"),
        },
        transport={
            "land": ("land", "vehicle", "road"),
            "sea": ("maritime", "patera", "cayuco", "sea"),
            "air": ("air", "airport"),
        },
        na_words=("n/a",),
        count_placeholders=("unknown", "under investigation"),
        suspect_placeholders=("unknown",),
        zero_words=("none", "zero"),
        offences={
            "document_fraud": ("document forgery", "false documents"),
            "corruption": ("bribery",),
            "money_laundering": ("money laundering",),
            "illicit_goods": ("drug trafficking", "smuggled goods"),
            "cybercrime": ("cybercrime",),
            "terrorism": ("terrorism",),
        },
        offence_join=("; ", ", "),
        transit_join=(">",),
        coord_placeholders=("unknown",),
    ),
}

# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------
_ES_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_ROMAN = ("I", "II", "III", "IV")
_FR_ORD = ("1er", "2e", "3e", "4e")
_EN_ORD = ("1st", "2nd", "3rd", "4th")


def _quarter(ts: pd.Timestamp) -> int:
    return (ts.month - 1) // 3 + 1


def _day_text(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng) -> _Cell:
    """Write a full date the source's way."""
    d, m, y = ts.day, ts.month, ts.year
    if src is _KNPA:
        return choice(
            rng,
            (f"{y}.{m:02d}.{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}. {m}. {d}.", ts.strftime("%F")),
        )
    if src is _CNP:
        return choice(
            rng,
            (f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"le {d} {_FR_MONTHS[m - 1]} {y}"),
        )
    if src is _RTP:
        be = y + 543
        return choice(
            rng, (f"{d:02d}/{m:02d}/{be}", f"{d:02d}/{m:02d}/{be}", f"{d} {_EN_MONTHS[m - 1]} {be}")
        )
    if src is _NBI:
        if rng.random() < 0.8:
            return ts.to_pydatetime()
        return choice(rng, (f"{_EN_MONTHS[m - 1]} {d}, {y}", ts.strftime("%d-%b-%Y")))
    return choice(rng, (f"{y}/{m:02d}/{d:02d}", ts.strftime("%F")))


def _partial_text(src: ExaminerSource, ts: pd.Timestamp, quarter: bool) -> str:
    """Write a month or a quarter the source's way."""
    m, y, q = ts.month, ts.year, _quarter(ts)
    if src is _KNPA:
        return f"{_ROMAN[q - 1]} trim. {y}" if quarter else f"{y}.{m:02d}"
    if src is _CNP:
        return f"{_FR_ORD[q - 1]} trimestre {y}" if quarter else f"{_FR_MONTHS[m - 1]} {y}"
    if src is _RTP:
        return f"Q{q}/{y + 543}" if quarter else f"{_EN_MONTHS[m - 1]} {y + 543}"
    if src is _NBI:
        return f"{_EN_ORD[q - 1]} Qtr {y}" if quarter else f"{_EN_MONTHS[m - 1]} {y}"
    return f"{y}-Q{q}" if quarter else f"{y}/{m:02d}"


def _date(
    src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, partial_ok: bool
) -> tuple[_Cell, pd.Timestamp, str, str | None]:
    """(cell, expected date, precision, tag)."""
    draw = rng.random()
    if partial_ok and draw < 0.05:
        return _partial_text(src, ts, False), ts.to_period("M").start_time, "month", "month_date"
    if partial_ok and draw < 0.08:
        start = ts.to_period("Q").start_time
        return _partial_text(src, ts, True), start, "quarter", "quarter_date"
    return _day_text(src, ts, rng), ts, "day", None


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> _Cell:
    """Write the date cell of a bad row."""
    if kind == "no_date":
        word = {
            "agregaduria_knpa_bb": "s/f",
            "police_cambodge_bb": "date inconnue",
            "rtp_atpd_bb": "N/A",
        }.get(src.source)
        return word if rng.random() < 0.5 else None
    y = ts.year
    if kind == "bad_date":
        if src is _KNPA:
            return f"{y}.02.30"
        if src is _CNP:
            return f"31/04/{y}"
        if src is _RTP:
            return f"30/02/{y + 543}"
        if src is _NBI:
            return f"February 30, {y}"
        return f"{y}/13/05"
    fut = ts.replace(year=y + 100)
    if src is _NBI:
        return fut.to_pydatetime()
    if src is _RTP:
        return f"{fut.day:02d}/{fut.month:02d}/{fut.year + 543}"
    return _day_text(src, fut, rng) if src is not _NPA else fut.strftime("%Y/%m/%d")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> _Cell:
    """Write the date of the note row: the day of the extraction (last row's date)."""
    if src is _KNPA:
        return last.strftime("%Y.%m.%d")
    if src is _CNP:
        return last.strftime("%d/%m/%Y")
    if src is _RTP:
        return f"{last.day:02d}/{last.month:02d}/{last.year + 543}"
    if src is _NBI:
        return last.to_pydatetime()
    return last.strftime("%Y/%m/%d")


# --------------------------------------------------------------------------------------
# Counts, coordinates, countries
# --------------------------------------------------------------------------------------
def _count(src: ExaminerSource, n: int, rng: _Rng) -> _Cell:
    """Write a person count the source's way (never a placeholder)."""
    if src.format in ("xlsx", "jsonl"):
        if src is _NBI and rng.random() < 0.05:
            return f"{n} pax"
        return n
    big = n >= 1000
    plain = rng.random() < 0.8  # most clerks write the bare number
    if src is _KNPA:
        if big:
            return f"{n:,}".replace(",", ".") if rng.random() < 0.7 else str(n)
        return str(n) if plain else choice(rng, (f"{n} personas", f"{n} personas", f"aprox. {n}"))
    if src is _CNP:
        if big:
            return f"{n:,}".replace(",", choice(rng, ("\xa0", " ")))
        return str(n) if plain else f"{n} pers."
    if big:
        return f"{n:,}"
    return str(n) if plain else f"{n} {'person' if n == 1 else 'persons'}"


def _dms(value: float, pos: str, neg: str) -> tuple[str, float]:
    """Degrees, minutes and tenths of seconds with a hemisphere letter; (text, value)."""
    sign = 1 if value >= 0 else -1
    tenths = round(abs(value) * 36000)
    deg, rest = divmod(tenths, 36000)
    mins, sec = divmod(rest, 600)
    text = f"{deg}°{mins:02d}'{sec / 10:04.1f}\"{pos if sign > 0 else neg}"
    return text, sign * tenths / 36000


def _coords(
    src: ExaminerSource, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, _Cell], float, float]:
    """Coordinate cells by canonical column, with the values they read as."""
    if src is _KNPA:
        if rng.random() < 0.3:
            la, lat_v = _dms(lat, "N", "S")
            lo, lon_v = _dms(lon, "E", "W")
            return {"coordinates": f"{la} {lo}"}, lat_v, lon_v
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}, lat, lon
    if src is _RTP:
        la, lat_v = _dms(lat, "N", "S")
        lo, lon_v = _dms(lon, "E", "W")
        return {"coordinates": choice(rng, (f"{la} {lo}", f"{la}, {lo}"))}, lat_v, lon_v
    if src is _CNP:
        if rng.random() < 0.15:
            la, lat_v = _dms(lat, "N", "S")
            lo, lon_v = _dms(lon, "E", "O")  # O = ouest
            return {"lat": la, "lon": lo}, lat_v, lon_v
        return (
            {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")},
            lat,
            lon,
        )
    if src is _NBI:
        return {"lat": round(lat, 5), "lon": round(lon, 5)}, lat, lon
    return {"lat": round(lat, 4), "lon": round(lon, 4)}, round(lat, 4), round(lon, 4)


def _nationality(src: ExaminerSource, code: str, rng: _Rng) -> str:
    lang = src.language
    demo = _DEMONYMS.get(code)
    draw = rng.random()
    if src is _NPA:
        if demo is not None and draw < 0.2:
            return demo[0]
        return code
    if demo is None or draw < 0.08:
        return iso_codes(code)[0] if src is _KNPA and demo is not None else code
    word = demo[_LANG[lang]]
    if lang == "fr":
        return choice(
            rng, (word, _fr_feminine(word), _fr_plural(word).capitalize(), word.capitalize())
        )
    if lang == "es":
        return choice(rng, (word, _es_plural(word), word.upper(), _es_feminine(word)))
    if src is _NBI:
        return choice(rng, (word, f"{word} national", word))
    return choice(rng, (word, word.upper(), word))


def _country(src: ExaminerSource, code: str, rng: _Rng) -> str:
    draw = rng.random()
    if src is _NPA:
        if draw < 0.6:
            return iso_codes(code)[0] if code in _NAMES else code
        return _name(code, "en", rng)
    if src is _KNPA and draw < 0.06 and code in _NAMES:
        return iso_codes(code)[0]
    text = _name(code, src.language, rng)
    if src is _CNP and draw > 0.96:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            return garbled
    return text.upper() if src is _RTP and draw > 0.9 else text


def _transit(src: ExaminerSource, path: str | None, rng: _Rng) -> str | None:
    if path is None:
        return None
    codes = path.split("|")
    wording = _WORDING[src.source]
    sep = choice(rng, wording.transit_join)
    if src is _NPA:
        return (
            sep.join(codes)
            if rng.random() < 0.7
            else " > ".join(_name(c, "en", rng) for c in codes)
        )
    names = [_name(c, src.language, rng, alias=0.0) for c in codes]
    if src is _RTP and rng.random() < 0.3:
        return "via " + ", ".join(names)
    return sep.join(names)


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
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
    cells: dict[str, object] = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    exp: dict[str, object] = {
        k: ev[k]
        for k in (
            "crime_type",
            "exploitation",
            "n_persons",
            "n_suspects",
            "gender",
            "age_group",
            "nationality",
            "origin_country",
            "destination_country",
            "detection_country",
            "transit_countries",
            "transport_mode",
            "lat",
            "lon",
            "linked_offences",
        )
    }
    cell, day, precision, tag = _date(src, ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    where = str(ev["detection_country"])
    cells["crime_type"] = w.crime(crime, where, rng)
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else choice(rng, w.exploitation[str(expl)])

    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.025:
        cells["n_persons"] = choice(rng, w.count_placeholders)
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _count(src, n, rng)
        if n >= 1000:
            tags.append("thousands")

    k = ev["n_suspects"]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = None
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif k is None or rng.random() < 0.03:
        cells["n_suspects"] = choice(rng, w.suspect_placeholders)
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(k) == 0 and rng.random() < 0.35:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, w.zero_words)
        tags.append("zero_word")
    else:
        cells["n_suspects"] = int(k) if src.format != "csv" else str(k)  # type: ignore[call-overload]

    if forced_blank == "gender":
        cells["gender"] = None
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, w.gender[str(ev["gender"])])

    if rng.random() < 0.02:
        cells["age_group"] = choice(rng, w.na_words)
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = choice(rng, w.age[str(ev["age_group"])])

    if forced_blank == "nationality":
        cells["nationality"] = None
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"] = _nationality(src, str(ev["nationality"]), rng)
    cells["origin_country"] = _country(src, str(ev["origin_country"]), rng)
    cells["destination_country"] = _country(src, str(ev["destination_country"]), rng)
    if forced_blank == "detection_country":
        cells["detection_country"] = None
        exp["detection_country"] = None
        tags.append("blank_detection_country")
    else:
        cells["detection_country"] = _country(src, where, rng)
    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng)  # type: ignore[arg-type]

    if rng.random() < 0.02 and "na_word" not in tags:
        cells["transport_mode"] = choice(rng, w.na_words)
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
    else:
        cells["transport_mode"] = choice(rng, w.transport[str(ev["transport_mode"])])

    draw = rng.random()
    if forced_blank == "coordinates":
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif draw < 0.03:
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif draw < 0.05:
        word = choice(rng, w.coord_placeholders)
        both = {"coordinates": word} if "coordinates" in src.headers else {"lat": word, "lon": word}
        cells.update(both)
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        coord, lat_v, lon_v = _coords(src, float(ev["lat"]), float(ev["lon"]), rng)  # type: ignore[arg-type]
        cells.update(coord)
        exp["lat"], exp["lon"] = lat_v, lon_v

    offences = ev["linked_offences"]
    if offences is not None:
        words = [choice(rng, w.offences[o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, w.offence_join).join(words)
    if "_status" in src.headers:
        cells["_status"] = choice(rng, ("under investigation", "prosecuted", "closed", "referred"))
    return cells, exp, tags


# --------------------------------------------------------------------------------------
# The variant
# --------------------------------------------------------------------------------------
_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND52_SOURCES,
    primary={
        "USA": _KNPA.source,
        "PAN": _KNPA.source,
        "FRA": _CNP.source,
        "ITA": _CNP.source,
        "GBR": _RTP.source,
        "POL": _RTP.source,
        "HRV": _RTP.source,
        "GRC": _NBI.source,
        "ESP": _NPA.source,
    },
    compilation=_NBI.source,
    secondary={
        ("channel", "FRA"): _RTP.source,
        ("channel", "GBR"): _CNP.source,
        ("thb_vnm_gbr", "GBR"): _CNP.source,
        ("cmed", "ITA"): _NBI.source,
        ("thb_nga_ita", "ITA"): _NPA.source,
        ("emed", "GRC"): _CNP.source,
        ("watl", "ESP"): _CNP.source,
        ("wmed", "ESP"): _NBI.source,
        ("thb_rou_esp", "ESP"): _CNP.source,
        ("darien", "PAN"): _NPA.source,
        ("us_mex", "USA"): _NBI.source,
        ("wbal", "HRV"): _NBI.source,
        ("blr_pol", "POL"): _NPA.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=52,
    blank_share=0.5,
)


def make_blind52(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five liaison desks of variant ``blind52`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND52_SOURCES`, in that order, with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind52(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['agregaduria_knpa_bb.csv', 'police_cambodge_bb.csv', 'rtp_atpd_bb.csv',
     'nbi_iacat_bb.xlsx', 'npa_liaison_bb.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
