"""Examiner sample set ``blind214`` (files ``*_hh.*``): five protection and liaison desks.

A held-out set written without looking at the cleaner. It leans to the bodies that see
the rarer forms of exploitation (forced and servile marriage, illegal adoption and sale
of children, exploitative surrogacy) beside trafficking and smuggling, each writing its
export the way its own tool and working language do:

``oar_trata_es_hh.xlsx``
    Spain's Oficina de Asilo y Refugio (Ministerio del Interior), the asylum office's
    trafficking desk, which screens every arrival and border application for
    trafficking indicators (forced marriage is a common ground of the women's claims).
    Spanish, an Excel workbook kept by hand: real Excel dates, a few typed as text
    ``dd/mm/yyyy`` and a few left as serial numbers; the Criminal Code's articles as
    crime types (177 bis, 318 bis); countries in capitals, sometimes as the demonym
    (``MARROQUÍ``); coordinates typed as text with a decimal comma; boat words
    (patera, cayuco, neumática); ``#¡VALOR!`` in a broken count cell.
``refugee_council_uk_hh.csv``
    The Refugee Council (UK), casework of people met after small-boat arrivals at Dover
    and of survivors of modern slavery. English, UTF-8 with BOM, comma. Dates
    ``17 May 2023`` or ``17/05/2023`` (month only for a disclosure of an old event);
    nationalities as demonyms (``Afghan``, ``Vietnamese``); ``England``/``Scotland`` for
    the place; ``UASC`` for an unaccompanied child; ``approx. 45`` people; routes
    joined by ``>``; one ``lat, long`` cell.
``dif_pfpnna_mx_hh.csv``
    Mexico's Sistema Nacional DIF, Procuraduría Federal de Protección de Niñas, Niños y
    Adolescentes (the central adoption authority), log of the families and children
    met through its border modules after detection in the United States. Spanish,
    cp1252, comma, capitals without accents as in Mexican open data; its own mojibake
    (``MÃ‰XICO``, ``HONDUREÃ‘A``); ``TRAFICO DE PERSONAS`` (Mexican word for smuggling);
    the Ley General's forms (``ADOPCION ILEGAL``, ``MATRIMONIO FORZOSO O SERVIL``);
    ``NNA``; ``H``/``M`` (hombre/mujer); dates with the es-MX ``12:00:00 a. m.`` time;
    ``0``/``0`` when no place was taken; re-sent rows.
``bcn_dakar_hh.jsonl``
    Senegal's Interpol National Central Bureau (BCN Dakar), register of the diffusions
    it receives on cases linked to West African networks. French keys, UTF-8, JSON
    lines; ISO alpha-2 codes as Interpol writes them; the transit route as a JSON list;
    positions in degrees and decimal minutes as the coast guards send them; ISO dates.
``iss_sg_geneve_hh.csv``
    International Social Service, General Secretariat in Geneva (Service social
    international), compilation of the cases its branches and partners send
    (cross-border child protection, intercountry adoption, surrogacy, family law).
    French, UTF-16 tab-separated (Excel's "Texte Unicode"), Swiss dates ``17.05.2023``,
    a month (``mai 2023``) or a quarter (``T2 2023``) when a partner sends only that,
    ``1'250`` with the Swiss apostrophe, partners' ISO alpha-3 codes, re-sent rows.

Every cell is written from the true event; the truth expects what a careful analyst
reads from it: a placeholder word is no value, a serial number is a date, a demonym is
its country, a rare form the design does not name is ``other``.
"""

from __future__ import annotations

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
from trendlib.schema import EVENT_FIELDS

__all__ = ["EXAMINER", "SOURCES", "make_blind214"]

_Rng = np.random.Generator
_Cells = dict[str, object]

# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------
#: ISO alpha-3 -> (Spanish, French, English) names, as the desks write them.
_NAMES: dict[str, tuple[str, str, str]] = {
    "AFG": ("Afganistán", "Afghanistan", "Afghanistan"),
    "ALB": ("Albania", "Albanie", "Albania"),
    "AUT": ("Austria", "Autriche", "Austria"),
    "BGD": ("Bangladés", "Bangladesh", "Bangladesh"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria"),
    "BIH": ("Bosnia y Herzegovina", "Bosnie-Herzégovine", "Bosnia and Herzegovina"),
    "BLR": ("Bielorrusia", "Biélorussie", "Belarus"),
    "CHN": ("China", "Chine", "China"),
    "CIV": ("Costa de Marfil", "Côte d'Ivoire", "Ivory Coast"),
    "CMR": ("Camerún", "Cameroun", "Cameroon"),
    "COL": ("Colombia", "Colombie", "Colombia"),
    "DEU": ("Alemania", "Allemagne", "Germany"),
    "DZA": ("Argelia", "Algérie", "Algeria"),
    "ECU": ("Ecuador", "Équateur", "Ecuador"),
    "EGY": ("Egipto", "Égypte", "Egypt"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea"),
    "ESP": ("España", "Espagne", "Spain"),
    "FRA": ("Francia", "France", "France"),
    "GBR": ("Reino Unido", "Royaume-Uni", "United Kingdom"),
    "GIN": ("Guinea Conakry", "Guinée", "Guinea"),
    "GMB": ("Gambia", "Gambie", "The Gambia"),
    "GRC": ("Grecia", "Grèce", "Greece"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala"),
    "HND": ("Honduras", "Honduras", "Honduras"),
    "HRV": ("Croacia", "Croatie", "Croatia"),
    "HTI": ("Haití", "Haïti", "Haiti"),
    "HUN": ("Hungría", "Hongrie", "Hungary"),
    "IRN": ("Irán", "Iran", "Iran"),
    "IRQ": ("Irak", "Irak", "Iraq"),
    "ITA": ("Italia", "Italie", "Italy"),
    "LBY": ("Libia", "Libye", "Libya"),
    "MAR": ("Marruecos", "Maroc", "Morocco"),
    "MEX": ("México", "Mexique", "Mexico"),
    "MKD": ("Macedonia del Norte", "Macédoine du Nord", "North Macedonia"),
    "MLI": ("Malí", "Mali", "Mali"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania"),
    "NER": ("Níger", "Niger", "Niger"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria"),
    "PAK": ("Pakistán", "Pakistan", "Pakistan"),
    "PAN": ("Panamá", "Panama", "Panama"),
    "POL": ("Polonia", "Pologne", "Poland"),
    "ROU": ("Rumanía", "Roumanie", "Romania"),
    "RUS": ("Rusia", "Russie", "Russia"),
    "SEN": ("Senegal", "Sénégal", "Senegal"),
    "SRB": ("Serbia", "Serbie", "Serbia"),
    "SYR": ("Siria", "Syrie", "Syria"),
    "TUN": ("Túnez", "Tunisie", "Tunisia"),
    "TUR": ("Turquía", "Turquie", "Turkey"),
    "USA": ("Estados Unidos", "États-Unis", "United States"),
    "VEN": ("Venezuela", "Venezuela", "Venezuela"),
    "VNM": ("Vietnam", "Viêt Nam", "Vietnam"),
    "YEM": ("Yemen", "Yémen", "Yemen"),
}
#: Spanish nationality adjectives (feminine, agreeing with "nacionalidad").
_DEMONYM_ES: dict[str, str] = {
    "MAR": "marroquí",
    "DZA": "argelina",
    "GIN": "guineana",
    "MLI": "maliense",
    "SEN": "senegalesa",
    "GMB": "gambiana",
    "CIV": "marfileña",
    "ROU": "rumana",
    "MEX": "mexicana",
    "GTM": "guatemalteca",
    "HND": "hondureña",
    "VEN": "venezolana",
    "ECU": "ecuatoriana",
    "COL": "colombiana",
}
#: English demonyms, as UK caseworkers record a nationality.
_DEMONYM_EN: dict[str, str] = {
    "AFG": "Afghan",
    "ALB": "Albanian",
    "IRN": "Iranian",
    "IRQ": "Iraqi",
    "ERI": "Eritrean",
    "SYR": "Syrian",
    "VNM": "Vietnamese",
    "CHN": "Chinese",
    "DEU": "German",
    "FRA": "French",
}
#: French typing slips seen in the partners' sheets (accents dropped, a letter doubled).
_TYPO_FR: dict[str, str] = {
    "AFG": "Afghanisthan",
    "ERI": "Erythrée",
    "GRC": "Grece",
    "SYR": "Syrie ",
    "VEN": "Vénézuéla",
    "IRQ": "Iraq",
    "PAK": "Pakistan.",
    "TUR": "Turquié",
    "ECU": "Equateur",
    "HTI": "Haiti",
    "POL": "Polgne",
    "BLR": "Bielorussie",
}
#: The place of a hotspot as the Spanish asylum office writes its border post.
_PUESTO: dict[str, str] = {
    "Ceuta": "Ceuta (Tarajal)",
    "Melilla": "Melilla (Beni Enzar)",
    "Almería": "Almería (puerto)",
    "Gran Canaria": "Las Palmas (Arguineguín)",
    "Tenerife": "S.C. Tenerife (Los Cristianos)",
    "El Hierro": "El Hierro (La Restinga)",
    "Lanzarote": "Lanzarote (Arrecife)",
    "Huelva": "Huelva",
    "Almería (El Ejido)": "Almería (El Ejido)",
}
#: US place -> Mexican state of the DIF module that met the family.
_ENTIDAD: dict[str, str] = {
    "Nogales (Sonora/Arizona)": "SONORA",
    "Sasabe": "SONORA",
    "El Paso": "CHIHUAHUA",
    "Rio Grande Valley": "TAMAULIPAS",
}
#: Detection country -> the ISS branch or partner that sent the case.
_PARTNER: dict[str, str] = {
    "FRA": "SSI France",
    "GRC": "Partenaire Grèce",
    "HRV": "Partenaire Croatie",
    "POL": "SSI Pologne",
    "PAN": "Partenaire Panama",
    "ITA": "SSI Italie",
    "ESP": "SSI Espagne",
    "GBR": "CFAB (Royaume-Uni)",
    "USA": "ISS-USA",
}
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
_MONTHS_EN = (
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

# Vocabulary words of each desk: canonical word -> written forms (first = the usual one).
_Words = dict[str, tuple[str, ...]]

_OAR: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("Trata de seres humanos (art. 177 bis CP)", "TSH", "Trata"),
        "smuggling": (
            "Inmigración clandestina (art. 318 bis CP)",
            "Favorecimiento inmigración irregular",
            "318 bis",
        ),
        "both": ("Trata + 318 bis", "TSH e inmigración clandestina"),
    },
    "exploitation": {
        "sexual": ("Explotación sexual", "Sexual"),
        "forced_labour": ("Explotación laboral", "Trabajos forzados"),
        "forced_criminality": ("Actividades delictivas", "Comisión de delitos"),
        "forced_marriage": ("Matrimonio forzado", "Matrimonio forzado/servil"),
        "other": ("Otras finalidades", "Otra"),
    },
    "gender": {
        "female": ("Mujer", "Mujeres"),
        "male": ("Hombre", "Varones"),
        "mixed": ("Ambos sexos", "Mixto"),
    },
    "age_group": {
        "child": ("Menor", "MENA", "Menores"),
        "adult": ("Mayor de edad", "Adultos"),
        "mixed": ("Adultos y menores",),
    },
}
_OAR_MODES: _Words = {
    "sea": ("Patera", "Neumática", "Embarcación"),
    "sea_watl": ("Cayuco", "Cayuco", "Embarcación"),
    "land": ("Terrestre", "Salto de valla", "Oculto en vehículo"),
    "land_thb": ("Autobús", "Vehículo particular", "Terrestre"),
    "air": ("Aérea", "Vuelo", "Avión"),
}
_OAR_OFFENCES = {
    "document_fraud": "Falsedad documental",
    "corruption": "Cohecho",
    "money_laundering": "Blanqueo de capitales",
    "illicit_goods": "Contra la salud pública (drogas)",
    "cybercrime": "Delitos informáticos",
    "terrorism": "Terrorismo",
}
_RC: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("Modern slavery", "Human trafficking", "Trafficking (MS)"),
        "smuggling": ("Facilitated entry", "Smuggling", "People smuggling"),
        "both": ("Smuggled & trafficked", "Smuggling and modern slavery"),
    },
    "exploitation": {
        "sexual": ("Sexual exploitation",),
        "forced_labour": ("Labour exploitation", "Forced labour"),
        "forced_criminality": ("Criminal exploitation",),
        "forced_marriage": ("Forced marriage",),
        "other": ("Other", "Other (see notes)"),
    },
    "gender": {
        "female": ("Female", "All female"),
        "male": ("Male", "All male"),
        "mixed": ("Mixed", "Male & female"),
    },
    "age_group": {
        "child": ("Under 18", "Child", "UASC"),
        "adult": ("Adult", "18+"),
        "mixed": ("Adults & children", "Family group"),
    },
}
_RC_MODES: _Words = {
    "sea": ("Small boat", "Small boat", "Dinghy"),
    "land": ("Lorry", "HGV", "Car"),
    "air": ("Flight", "Plane"),
}
_RC_OFFENCES = {
    "document_fraud": "False documents",
    "corruption": "Bribery",
    "money_laundering": "Money laundering",
    "illicit_goods": "Cannabis cultivation",
    "cybercrime": "Cybercrime",
    "terrorism": "Terrorism",
}
_DIF: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("TRATA DE PERSONAS",),
        "smuggling": (
            "TRAFICO DE PERSONAS",
            "TRAFICO DE PERSONAS (ART. 159 LM)",
            "TRAFICO DE INDOCUMENTADOS",
        ),
        "both": ("TRATA Y TRAFICO DE PERSONAS",),
    },
    "exploitation": {
        "sexual": ("EXPLOTACION SEXUAL",),
        "forced_labour": ("TRABAJO FORZADO", "TRABAJOS O SERVICIOS FORZADOS"),
        "forced_criminality": ("UTILIZACION EN ACTIVIDADES DELICTIVAS",),
        "forced_marriage": ("MATRIMONIO FORZOSO O SERVIL",),
        "other": ("ADOPCION ILEGAL", "OTRA"),
    },
    "gender": {
        "female": ("MUJER", "MUJER", "M"),
        "male": ("HOMBRE", "HOMBRE", "H"),
        "mixed": ("AMBOS", "MIXTO"),
    },
    "age_group": {
        "child": ("NNA", "NNA NO ACOMPAÑADO", "MENOR DE EDAD"),
        "adult": ("ADULTO", "MAYOR DE EDAD"),
        "mixed": ("NNA Y ADULTOS", "FAMILIA"),
    },
}
_DIF_MODES: _Words = {
    "land": ("TERRESTRE", "A PIE", "VEHICULO PARTICULAR", "TRACTOCAMION"),
    "sea": ("MARITIMO", "EMBARCACION"),
    "air": ("AEREO",),
}
_DIF_OFFENCES = {
    "document_fraud": "FALSIFICACION DE DOCUMENTOS",
    "corruption": "COHECHO",
    "money_laundering": "OPERACIONES CON RECURSOS DE PROCEDENCIA ILICITA",
    "illicit_goods": "CONTRA LA SALUD",
    "cybercrime": "DELITOS INFORMATICOS",
    "terrorism": "TERRORISMO",
}
_BCN: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("Traite des personnes",),
        "smuggling": ("Trafic illicite de migrants",),
        "both": ("Traite des personnes et trafic illicite de migrants",),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle", "exploitation de la prostitution d'autrui"),
        "forced_labour": ("travail forcé",),
        "forced_criminality": ("contrainte à commettre des délits",),
        "forced_marriage": ("mariage forcé",),
        "other": ("autre forme d'exploitation",),
    },
    "gender": {"female": ("F",), "male": ("M",), "mixed": ("M/F",)},
    "age_group": {
        "child": ("mineur(s)",),
        "adult": ("majeur(s)",),
        "mixed": ("majeurs et mineurs",),
    },
}
_BCN_MODES: _Words = {
    "sea": ("voie maritime", "embarcation de fortune"),
    "sea_watl": ("pirogue", "voie maritime"),
    "land": ("voie terrestre",),
    "air": ("voie aérienne",),
}
_BCN_OFFENCES = {
    "document_fraud": "faux documents",
    "corruption": "corruption",
    "money_laundering": "blanchiment",
    "illicit_goods": "stupéfiants",
    "cybercrime": "cybercriminalité",
    "terrorism": "terrorisme",
}
_ISS: dict[str, _Words] = {
    "crime_type": {
        "trafficking": ("Traite des êtres humains", "TEH"),
        "smuggling": ("Trafic de migrants", "Passage clandestin (passeurs)"),
        "both": ("TEH et trafic de migrants",),
    },
    "exploitation": {
        "sexual": ("exploitation sexuelle",),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("activités criminelles forcées",),
        "forced_marriage": ("mariage forcé ou servile",),
        "other": (
            "adoption illégale",
            "vente d'enfants",
            "gestation pour autrui (exploitation)",
            "autre",
        ),
    },
    "gender": {
        "female": ("femmes", "F"),
        "male": ("hommes", "H"),
        "mixed": ("mixte",),
    },
    "age_group": {
        "child": ("mineur(s)", "MNA", "enfant(s)"),
        "adult": ("adulte(s)",),
        "mixed": ("famille(s)", "adultes et mineurs"),
    },
}
_ISS_MODES: _Words = {
    "sea": ("mer", "embarcation"),
    "land": ("terre", "à pied", "camion"),
    "air": ("avion",),
}
_ISS_OFFENCES = {
    "document_fraud": "faux documents",
    "corruption": "corruption",
    "money_laundering": "blanchiment d'argent",
    "illicit_goods": "stupéfiants",
    "cybercrime": "cybercriminalité",
    "terrorism": "terrorisme",
}

# --------------------------------------------------------------------------------------
# Sources (``place`` is a desk's own column that no record field holds: its border post,
# Mexican state, sending bureau or partner)
# --------------------------------------------------------------------------------------
OAR = ExaminerSource(
    source="oar_trata_es_hh",
    filename="oar_trata_es_hh.xlsx",
    ref="{seq:05d}/{year}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Nº Expediente",
        "event_date": "Fecha detección",
        "place": "Puesto fronterizo / Provincia",
        "crime_type": "Tipología delictiva",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Nº personas",
        "n_suspects": "Nº investigados",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País detección",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio empleado",
        "lat": "Latitud",
        "lon": "Longitud",
        "linked_offences": "Otros delitos conexos",
    },
    note="Nota: datos provisionales, pendientes de validación por la Subdirección",
    total="TOTAL GENERAL",
    bad_count=("#¡VALOR!", "#REF!"),
    repeats=False,
)
RC = ExaminerSource(
    source="refugee_council_uk_hh",
    filename="refugee_council_uk_hh.csv",
    ref="RC-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case ID",
        "event_date": "Date of incident",
        "crime_type": "Presenting issue",
        "exploitation": "Exploitation type",
        "n_persons": "No. of people",
        "n_suspects": "No. of agents/facilitators",
        "gender": "Sex",
        "age_group": "Age band",
        "nationality": "Nationality",
        "origin_country": "Country of origin",
        "destination_country": "Intended destination",
        "detection_country": "Location (country)",
        "transit_countries": "Route (countries transited)",
        "transport_mode": "Mode of travel",
        "coordinates": "Location (lat, long)",
        "linked_offences": "Other concerns flagged",
    },
    note="Note: figures are provisional and subject to change",
    total="Total",
    bad_count=("#VALUE!", "see notes"),
    repeats=False,
)
DIF = ExaminerSource(
    source="dif_pfpnna_mx_hh",
    filename="dif_pfpnna_mx_hh.csv",
    ref="PFPNNA/{year}/{seq:06d}",
    format="csv",
    encoding="cp1252",
    delimiter=",",
    language="es",
    headers={
        "source_ref": "FOLIO",
        "event_date": "FECHA_EVENTO",
        "place": "ENTIDAD",
        "crime_type": "TIPO_DELITO",
        "exploitation": "FIN_EXPLOTACION",
        "n_persons": "NUM_PERSONAS",
        "n_suspects": "NUM_PROBABLES_RESPONSABLES",
        "gender": "SEXO",
        "age_group": "GRUPO_EDAD",
        "nationality": "NACIONALIDAD",
        "origin_country": "PAIS_ORIGEN",
        "destination_country": "PAIS_DESTINO",
        "detection_country": "PAIS_DETECCION",
        "transit_countries": "PAISES_TRANSITO",
        "transport_mode": "MEDIO_TRANSPORTE",
        "lat": "LATITUD",
        "lon": "LONGITUD",
        "linked_offences": "DELITOS_CONEXOS",
    },
    note="NOTA: INFORMACION PRELIMINAR SUJETA A CAMBIOS",
    total="TOTAL",
    bad_count=("#¡VALOR!", "ERROR"),
    repeats=True,
)
BCN = ExaminerSource(
    source="bcn_dakar_hh",
    filename="bcn_dakar_hh.jsonl",
    ref="BCN-DKR/{year}/{seq:04d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="fr",
    headers={
        "source_ref": "ref_diffusion",
        "event_date": "date_faits",
        "place": "bcn_emetteur",
        "crime_type": "qualification",
        "exploitation": "finalite_exploitation",
        "n_persons": "nb_personnes",
        "n_suspects": "nb_mis_en_cause",
        "gender": "sexe",
        "age_group": "age",
        "nationality": "nationalite",
        "origin_country": "pays_origine",
        "destination_country": "pays_destination",
        "detection_country": "pays_constatation",
        "transit_countries": "itineraire_transit",
        "transport_mode": "mode_transport",
        "coordinates": "position",
        "linked_offences": "infractions_connexes",
    },
    note="NB : extraction partielle, diffusions en cours de traitement",
    total="TOTAL",
    bad_count=("NaN", "cf. rapport"),
    repeats=False,
)
ISS = ExaminerSource(
    source="iss_sg_geneve_hh",
    filename="iss_sg_geneve_hh.csv",
    ref="SSI {yy:02d}.{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="fr",
    headers={
        "source_ref": "N° dossier",
        "event_date": "Date des faits",
        "crime_type": "Catégorie",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Personnes concernées",
        "n_suspects": "Auteurs présumés",
        "gender": "Genre",
        "age_group": "Âge",
        "nationality": "Nationalité",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination",
        "detection_country": "Pays du signalement",
        "transit_countries": "Pays de transit",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées",
        "linked_offences": "Infractions associées",
        "place": "Partenaire",
    },
    note="Remarque : chiffres provisoires, consolidés par le Secrétariat général",
    total="Total général",
    bad_count=("#VALEUR!", "voir dossier"),
    repeats=True,
)
#: The five sources, in the order of the submissions.
SOURCES: tuple[ExaminerSource, ...] = (OAR, RC, DIF, BCN, ISS)


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _pick(rng: _Rng, words: tuple[str, ...], usual: float = 0.6) -> str:
    """Return the usual word (first) most of the time, another form otherwise."""
    if len(words) == 1 or rng.random() < usual:
        return words[0]
    return choice(rng, words[1:])


def _split(value: object) -> list[str]:
    return [] if value is None else str(value).split("|")


def _excel_serial(ts: pd.Timestamp) -> int:
    return int((ts.normalize() - pd.Timestamp("1899-12-30")).days)


def _future(ts: pd.Timestamp) -> pd.Timestamp:
    """Return the day with two digits of its year swapped (2023 -> 2203): the future."""
    text = str(ts.year)
    year = int(text[0] + text[2] + text[1] + text[3])
    if year <= ts.year:  # e.g. 2011: no swap gives the future; a slip of the century
        year = ts.year + 200
    return ts.replace(year=year, day=min(ts.day, 28))


def _oar_country(iso: str, rng: _Rng, *, demonym: bool) -> tuple[str, str | None]:
    name = _NAMES[iso][0]
    if demonym and iso in _DEMONYM_ES and rng.random() < 0.3:
        return _DEMONYM_ES[iso].upper(), "demonym"
    return name.upper(), None


def _rc_country(iso: str, rng: _Rng, *, demonym: bool) -> tuple[str, str | None]:
    if demonym and iso in _DEMONYM_EN and rng.random() < 0.7:
        return _DEMONYM_EN[iso], "demonym"
    name = _NAMES[iso][2]
    if iso == "VNM" and rng.random() < 0.3:
        return "Viet Nam", None
    if iso == "GBR" and rng.random() < 0.5:
        return "UK", "alias"
    return name, None


def _strip_accents(text: str) -> str:
    table = str.maketrans("ÁÉÍÓÚÜáéíóúü", "AEIOUUaeiouu")
    return text.translate(table)


def _dif_country(
    iso: str, rng: _Rng, src: ExaminerSource, *, demonym: bool
) -> tuple[str, list[str]]:
    tags: list[str] = []
    if iso == "USA":
        return choice(rng, ("ESTADOS UNIDOS DE AMERICA", "EUA", "EE.UU.")), ["alias"]
    if demonym and iso in _DEMONYM_ES and rng.random() < 0.5:
        text = _DEMONYM_ES[iso].upper()
        tags.append("demonym")
    else:
        text = _NAMES[iso][0].upper()
    if rng.random() < 0.6:
        text = _strip_accents(text)  # Ñ stays: the keyboard has it
    elif rng.random() < 0.4:
        garbled = mojibake(text)
        if garbled is not None and fits(garbled, src):
            text = garbled
            tags.append("mojibake")
    return text, tags


def _bcn_country(iso: str, rng: _Rng) -> tuple[str, str]:
    if rng.random() < 0.7:
        return iso_codes(iso)[0], "iso2"
    return _NAMES[iso][1], "name"


def _iss_country(iso: str, rng: _Rng) -> tuple[str, str | None]:
    r = rng.random()
    if r < 0.2:
        return iso, "iso3"
    if r < 0.25 and iso in _TYPO_FR:
        return _TYPO_FR[iso], "typo"
    if r < 0.3:
        return _NAMES[iso][1].lower(), "lower"
    return _NAMES[iso][1], None


def _dm(value: float, pos: str, neg: str, width: int) -> str:
    """Degrees and decimal minutes, as a coast guard writes a position."""
    hemi = pos if value >= 0 else neg
    minutes_total = round(abs(value) * 60, 3)
    deg = int(minutes_total // 60)
    minutes = minutes_total - deg * 60
    return f"{deg:0{width}d}°{minutes:06.3f}'{hemi}"


def _base(ev: dict[str, object], ts: pd.Timestamp) -> dict[str, object]:
    exp = {f: ev.get(f) for f in EVENT_FIELDS}
    exp["event_date"] = ts
    exp["date_precision"] = "day"
    return exp


def _count(value: object) -> int:
    return int(value)  # type: ignore[call-overload]


def _vocab_cells(
    words: dict[str, _Words],
    ev: dict[str, object],
    rng: _Rng,
    cells: _Cells,
    exp: dict[str, object],
    tags: list[str],
    unknown: str,
) -> None:
    """Crime type, exploitation, gender and age group in the desk's words."""
    cells["crime_type"] = _pick(rng, words["crime_type"][str(ev["crime_type"])])
    expl = ev["exploitation"]
    cells["exploitation"] = None if expl is None else _pick(rng, words["exploitation"][str(expl)])
    if rng.random() < 0.02:
        cells["gender"] = unknown
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = _pick(rng, words["gender"][str(ev["gender"])])
    age = str(ev["age_group"])
    forms = words["age_group"][age]
    if rng.random() < 0.02:
        cells["age_group"] = unknown
        exp["age_group"] = "unknown"
        tags.append("na_word")
    else:
        cells["age_group"] = _pick(rng, forms)


def _transport(
    words: _Words,
    ev: dict[str, object],
    rng: _Rng,
    exp: dict[str, object],
    tags: list[str],
    unknown: str,
    sea_key: str = "sea",
    land_key: str = "land",
) -> str:
    mode = str(ev["transport_mode"])
    if rng.random() < 0.015:
        exp["transport_mode"] = "unknown"
        tags.append("na_word")
        return unknown
    key = {"sea": sea_key, "land": land_key}.get(mode, mode)
    return _pick(rng, words[key], usual=0.5)


def _suspects(
    ev: dict[str, object],
    rng: _Rng,
    exp: dict[str, object],
    tags: list[str],
    *,
    zero: str,
    unknown: str,
    as_text: bool,
) -> object:
    n = _count(ev["n_suspects"])
    if rng.random() < 0.03:
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
        return unknown
    if n == 0 and rng.random() < 0.4:
        tags.append("zero_word")
        return zero
    return str(n) if as_text else n


# ----------------------------------------------------------------------- OAR (Spain)
def _oar(
    src: ExaminerSource,
    ev: dict[str, object],
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _base(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}
    r = rng.random()
    if r < 0.72:
        cells["event_date"] = ts.to_pydatetime()
        tags.append("excel_date")
    elif r < 0.92:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
        tags.append("text_date")
    else:
        cells["event_date"] = _excel_serial(ts)
        tags.append("excel_serial")
    cells["place"] = _PUESTO.get(str(ev["hotspot"]), str(ev["hotspot"]))
    _vocab_cells(_OAR, ev, rng, cells, exp, tags, "No consta")
    n = _count(ev["n_persons"])
    if rng.random() < 0.025:
        cells["n_persons"] = "Pendiente"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = n
    cells["n_suspects"] = _suspects(
        ev, rng, exp, tags, zero="Ninguno", unknown="No consta", as_text=False
    )
    nat = str(ev["nationality"])
    if rng.random() < 0.02:
        cells["nationality"] = "NO CONSTA"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _oar_country(nat, rng, demonym=True)
        if tag:
            tags.append(tag)
    cells["origin_country"] = _oar_country(str(ev["origin_country"]), rng, demonym=False)[0]
    cells["destination_country"] = _oar_country(str(ev["destination_country"]), rng, demonym=False)[
        0
    ]
    cells["detection_country"] = "ESPAÑA" if rng.random() < 0.8 else "España"
    transit = _split(ev["transit_countries"])
    if transit:
        cells["transit_countries"] = " - ".join(_NAMES[c][0].upper() for c in transit)
    else:
        cells["transit_countries"] = "Directo" if rng.random() < 0.5 else None
        tags.append("transit_direct")
    sea = "sea_watl" if ev["corridor"] == "watl" else "sea"
    land = "land_thb" if str(ev["corridor"]).startswith("thb") else "land"
    cells["transport_mode"] = _transport(_OAR_MODES, ev, rng, exp, tags, "No consta", sea, land)
    if rng.random() < 0.3:
        cells["lat"] = cells["lon"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["lat"] = f"{float(ev['lat']):.5f}".replace(".", ",")  # type: ignore[arg-type]
        cells["lon"] = f"{float(ev['lon']):.5f}".replace(".", ",")  # type: ignore[arg-type]
        tags.append("decimal_comma")
    offences = _split(ev["linked_offences"])
    cells["linked_offences"] = " / ".join(_OAR_OFFENCES[o] for o in offences) or None
    return cells, exp, tags


# ---------------------------------------------------------------- Refugee Council (UK)
def _rc(
    src: ExaminerSource,
    ev: dict[str, object],
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _base(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}
    r = rng.random()
    if partial_ok and r < 0.05:  # a survivor's disclosure of an old event: month only
        cells["event_date"] = f"{_MONTHS_EN[ts.month - 1]} {ts.year}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("month_only")
    elif r < 0.6:
        cells["event_date"] = f"{ts.day} {_MONTHS_EN[ts.month - 1]} {ts.year}"
        tags.append("long_date")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    _vocab_cells(_RC, ev, rng, cells, exp, tags, "Not recorded")
    n = _count(ev["n_persons"])
    r = rng.random()
    if r < 0.025:
        cells["n_persons"] = "Unknown"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif r < 0.07 and n >= 10:
        cells["n_persons"] = f"approx. {n}"
        tags.append("count_approx")
    else:
        cells["n_persons"] = f"{n:,}"
    cells["n_suspects"] = _suspects(
        ev, rng, exp, tags, zero="None identified", unknown="Not known", as_text=True
    )
    if rng.random() < 0.02:
        cells["nationality"] = "Not disclosed"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _rc_country(str(ev["nationality"]), rng, demonym=True)
        if tag:
            tags.append(tag)
    cells["origin_country"] = _rc_country(str(ev["origin_country"]), rng, demonym=False)[0]
    cells["destination_country"] = _rc_country(str(ev["destination_country"]), rng, demonym=False)[
        0
    ]
    det = str(ev["detection_country"])
    if det == "GBR" and rng.random() < 0.35:
        cells["detection_country"] = "Scotland" if ev["hotspot"] == "Glasgow" else "England"
        tags.append("home_nation")
    else:
        cells["detection_country"] = _rc_country(det, rng, demonym=False)[0]
    transit = _split(ev["transit_countries"])
    cells["transit_countries"] = " > ".join(_NAMES[c][2] for c in transit) or None
    cells["transport_mode"] = _transport(_RC_MODES, ev, rng, exp, tags, "Not recorded")
    if rng.random() < 0.25:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["coordinates"] = f"{float(ev['lat']):.5f}, {float(ev['lon']):.5f}"  # type: ignore[arg-type]
        tags.append("coords_pair")
    offences = _split(ev["linked_offences"])
    cells["linked_offences"] = "; ".join(_RC_OFFENCES[o] for o in offences) or None
    return cells, exp, tags


# ------------------------------------------------------------------ DIF (Mexico)
def _dif(
    src: ExaminerSource,
    ev: dict[str, object],
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _base(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}
    if rng.random() < 0.35:
        cells["event_date"] = ts.strftime("%d/%m/%Y") + " 12:00:00 a. m."
        tags.append("es_mx_datetime")
    else:
        cells["event_date"] = ts.strftime("%d/%m/%Y")
    cells["place"] = _ENTIDAD.get(str(ev["hotspot"]), "NO ESPECIFICADO")
    _vocab_cells(_DIF, ev, rng, cells, exp, tags, "NO ESPECIFICADO")
    if cells["gender"] in ("H", "M"):
        tags.append("sex_code_hm")
    n = _count(ev["n_persons"])
    if rng.random() < 0.03:
        cells["n_persons"] = "NO ESPECIFICADO"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = f"{n:,}"
    cells["n_suspects"] = _suspects(
        ev, rng, exp, tags, zero="NINGUNO", unknown="SIN DATO", as_text=True
    )
    if rng.random() < 0.02:
        cells["nationality"] = "NO ESPECIFICADO"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], more = _dif_country(str(ev["nationality"]), rng, src, demonym=True)
        tags += more
    for col in ("origin_country", "destination_country", "detection_country"):
        cells[col], more = _dif_country(str(ev[col]), rng, src, demonym=False)
        tags += more
    transit = _split(ev["transit_countries"])
    cells["transit_countries"] = (
        ", ".join(_dif_country(c, rng, src, demonym=False)[0] for c in transit) or None
    )
    cells["transport_mode"] = _transport(_DIF_MODES, ev, rng, exp, tags, "NO ESPECIFICADO")
    if rng.random() < 0.08:
        cells["lat"] = cells["lon"] = "0"
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells["lat"] = f"{float(ev['lat']):.6f}"  # type: ignore[arg-type]
        cells["lon"] = f"{float(ev['lon']):.6f}"  # type: ignore[arg-type]
    offences = _split(ev["linked_offences"])
    cells["linked_offences"] = "; ".join(_DIF_OFFENCES[o] for o in offences) or None
    tags = list(dict.fromkeys(tags))
    return cells, exp, tags


# --------------------------------------------------------------- BCN Dakar (Interpol)
def _bcn(
    src: ExaminerSource,
    ev: dict[str, object],
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _base(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}
    if rng.random() < 0.2:
        cells["event_date"] = ts.strftime("%Y-%m-%dT00:00:00Z")
        tags.append("iso_datetime")
    else:
        cells["event_date"] = ts.strftime("%Y-%m-%d")
    cells["place"] = {"ITA": "BCN Rome", "ESP": "BCN Madrid"}.get(
        str(ev["detection_country"]), "SG Lyon"
    )
    _vocab_cells(_BCN, ev, rng, cells, exp, tags, "ND")
    n = _count(ev["n_persons"])
    if rng.random() < 0.025:
        cells["n_persons"] = "NC"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = n
    cells["n_suspects"] = _suspects(ev, rng, exp, tags, zero="néant", unknown="NC", as_text=False)
    if rng.random() < 0.02:
        cells["nationality"] = "ND"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _bcn_country(str(ev["nationality"]), rng)
        tags.append(tag)
    for col in ("origin_country", "destination_country", "detection_country"):
        cells[col] = _bcn_country(str(ev[col]), rng)[0]
    transit = _split(ev["transit_countries"])
    cells["transit_countries"] = [iso_codes(c)[0] for c in transit] if transit else None
    sea = "sea_watl" if ev["corridor"] == "watl" else "sea"
    cells["transport_mode"] = _transport(_BCN_MODES, ev, rng, exp, tags, "ND", sea)
    if rng.random() < 0.15:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        lat, lon = float(ev["lat"]), float(ev["lon"])  # type: ignore[arg-type]
        cells["coordinates"] = f"{_dm(lat, 'N', 'S', 2)} {_dm(lon, 'E', 'W', 3)}"
        tags.append("deg_dec_minutes")
    offences = _split(ev["linked_offences"])
    cells["linked_offences"] = ", ".join(_BCN_OFFENCES[o] for o in offences) or None
    return cells, exp, tags


# ---------------------------------------------------------- ISS Geneva (compilation)
def _iss(
    src: ExaminerSource,
    ev: dict[str, object],
    ts: pd.Timestamp,
    rng: _Rng,
    partial_ok: bool,
) -> tuple[_Cells, dict[str, object], list[str]]:
    exp = _base(ev, ts)
    tags: list[str] = []
    cells: _Cells = {}
    r = rng.random()
    if partial_ok and r < 0.12:
        cells["event_date"] = f"{_MONTHS_FR[ts.month - 1]} {ts.year}"
        exp["event_date"] = ts.to_period("M").start_time
        exp["date_precision"] = "month"
        tags.append("month_only")
    elif partial_ok and r < 0.22:
        cells["event_date"] = f"T{ts.quarter} {ts.year}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("quarter_only")
    elif partial_ok and r < 0.25:
        first = "1er" if ts.quarter == 1 else f"{ts.quarter}e"
        cells["event_date"] = f"{first} trimestre {ts.year}"
        exp["event_date"] = ts.to_period("Q").start_time
        exp["date_precision"] = "quarter"
        tags.append("quarter_only")
    elif r < 0.37:
        cells["event_date"] = f"{ts.day}.{ts.month}.{ts.year}"
        tags.append("swiss_date_short")
    else:
        cells["event_date"] = ts.strftime("%d.%m.%Y")
        tags.append("swiss_date")
    cells["place"] = _PARTNER.get(str(ev["detection_country"]), "Autre partenaire")
    _vocab_cells(_ISS, ev, rng, cells, exp, tags, "non précisé")
    n = _count(ev["n_persons"])
    if rng.random() < 0.025:
        cells["n_persons"] = "inconnu"
        exp["n_persons"] = None
        tags.append("count_placeholder")
    elif n >= 1000:
        cells["n_persons"] = f"{n:,}".replace(",", "'")
        tags.append("swiss_thousands")
    else:
        cells["n_persons"] = str(n)
    cells["n_suspects"] = _suspects(ev, rng, exp, tags, zero="aucun", unknown="n.c.", as_text=True)
    if rng.random() < 0.02:
        cells["nationality"] = "non précisée"
        exp["nationality"] = None
        tags.append("blank_nationality")
    else:
        cells["nationality"], tag = _iss_country(str(ev["nationality"]), rng)
        if tag:
            tags.append(tag)
    for col in ("origin_country", "destination_country", "detection_country"):
        text, tag = _iss_country(str(ev[col]), rng)
        cells[col] = text
        if tag:
            tags.append(tag)
    transit = _split(ev["transit_countries"])
    cells["transit_countries"] = "; ".join(_iss_country(c, rng)[0] for c in transit) or None
    cells["transport_mode"] = _transport(_ISS_MODES, ev, rng, exp, tags, "non précisé")
    if rng.random() < 0.4:
        cells["coordinates"] = None
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    else:
        cells["coordinates"] = f"{float(ev['lat']):.5f}, {float(ev['lon']):.5f}"  # type: ignore[arg-type]
    offences = _split(ev["linked_offences"])
    cells["linked_offences"] = ", ".join(_ISS_OFFENCES[o] for o in offences) or None
    tags = list(dict.fromkeys(tags))
    return cells, exp, tags


_WRITERS = {OAR.source: _oar, RC.source: _rc, DIF.source: _dif, BCN.source: _bcn, ISS.source: _iss}
#: Tags a blanked field makes meaningless (a second report leaves the field empty).
_DROP_WITH = {
    "n_suspects": {"zero_word", "suspects_placeholder"},
    "nationality": {"demonym", "mojibake", "iso2", "name", "blank_nationality"},
    "coordinates": {
        "coords_missing",
        "coords_placeholder",
        "decimal_comma",
        "coords_pair",
        "deg_dec_minutes",
    },
    "gender": {"blank_gender", "sex_code_hm"},
    "detection_country": {"home_nation"},
}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does; return (cells, expected values, tags)."""
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells, exp, tags = _WRITERS[src.source](src, ev, ts, rng, partial_ok)
    if forced_blank is not None:  # the second report leaves this field empty
        drop = _DROP_WITH.get(forced_blank, set())
        tags = [t for t in tags if t not in drop]
        if forced_blank == "coordinates":
            for key in ("coordinates", "lat", "lon"):
                if key in src.headers:
                    cells[key] = None
            exp["lat"] = exp["lon"] = None
        else:
            cells[forced_blank] = None
            exp[forced_blank] = "unknown" if forced_blank == "gender" else None
        tags.append(f"blank_{forced_blank}")
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a row whose date is missing, impossible or in the future."""
    if kind == "no_date":
        return None
    if kind == "bad_date":
        return {
            OAR.source: f"30/02/{ts.year}",
            RC.source: f"31/02/{ts.year}",
            DIF.source: f"31/04/{ts.year}",
            BCN.source: f"{ts.year}-02-30",
            ISS.source: f"31.06.{ts.year}",
        }[src.source]
    day = _future(ts)
    return {
        OAR.source: day.to_pydatetime(),
        RC.source: f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}",
        DIF.source: day.strftime("%d/%m/%Y"),
        BCN.source: day.strftime("%Y-%m-%d"),
        ISS.source: day.strftime("%d.%m.%Y"),
    }[src.source]


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    """Return the date typed on the desk's note row (the day of the extraction)."""
    day = last + pd.Timedelta(days=3)
    return {
        OAR.source: day.to_pydatetime(),
        RC.source: day.strftime("%d/%m/%Y"),
        DIF.source: day.strftime("%d/%m/%Y"),
        BCN.source: day.strftime("%Y-%m-%d"),
        ISS.source: day.strftime("%d.%m.%Y"),
    }[src.source]


#: The variant: which desk first reports which event, and which reports it again.
EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=SOURCES,
    primary={"ESP": OAR.source, "GBR": RC.source, "USA": DIF.source, "ITA": BCN.source},
    compilation=ISS.source,
    secondary={
        ("watl", "ESP"): BCN.source,
        ("thb_rou_esp", "ESP"): ISS.source,
        ("thb_rou_esp", "ITA"): ISS.source,
        ("thb_nga_ita", "ITA"): ISS.source,
        ("cmed", "ITA"): ISS.source,
        ("channel", "FRA"): RC.source,
        ("channel", "GBR"): ISS.source,
        ("thb_vnm_gbr", "GBR"): ISS.source,
        ("us_mex", "USA"): ISS.source,
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=214_0088,
    blank_share=0.3,
)


def make_blind214(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind214`` set: five desks, files ``*_hh.*``.

    Spain's asylum office (OAR, XLSX, Spanish) first reports the events detected in
    Spain; the Refugee Council (CSV UTF-8 with BOM, English) those in the United
    Kingdom; Mexico's DIF child-protection authority (CSV cp1252, Spanish) those in the
    United States; BCN Dakar, Senegal's Interpol bureau (JSON lines, French), those in
    Italy; International Social Service in Geneva (CSV UTF-16 with tabs, French)
    compiles every other event. About 4 % of the events are reported a second time by
    another desk (dates a day apart, fields written its own way, sometimes one left
    blank); the DIF and ISS files re-send a few rows.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness; same seed -> same submissions.

    Returns
    -------
    list of Submission
        ``oar_trata_es_hh.xlsx``, ``refugee_council_uk_hh.csv``,
        ``dif_pfpnna_mx_hh.csv``, ``bcn_dakar_hh.jsonl`` and ``iss_sg_geneve_hh.csv``,
        each with its expected rows.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind214(make_truth(seed=3, n_events=300), seed=3)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['oar_trata_es_hh.xlsx', 'refugee_council_uk_hh.csv', 'dif_pfpnna_mx_hh.csv',
     'bcn_dakar_hh.jsonl', 'iss_sg_geneve_hh.csv']
    >>> [s.encoding for s in subs]
    ['utf-8', 'utf-8-sig', 'cp1252', 'utf-8', 'utf-16']
    >>> subs[4].frame.columns[:3].tolist()
    ['N° dossier', 'Date des faits', 'Catégorie']
    >>> all((s.expected["expected_status"] == "record").any() for s in subs)
    True
    """
    return make_examined(EXAMINER, truth, seed=seed)
