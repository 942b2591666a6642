"""The twenty-first examiner's held-out sample set (variant ``blind21``, files ``*_w.*``).

Five agencies of Central Africa, the Southern Cone, English-speaking West Africa and the
Eastern Mediterranean, each relaying through its liaison officers and attachés the events
detected in Europe and the Americas that concern its nationals or its routes. They write
the same true events as :func:`trendlib.samples.make_truth` draws them, each in its own
way; every row is described in the submission's ``expected`` frame. A reader's guide:

``dgsn_cameroun_w.csv`` — Cameroon, Délégation Générale à la Sûreté Nationale, Direction
    de la Police Judiciaire (liaison sheets from the internal-security attachés in Italy).
    French, cp1252, ``;``, CRLF. Bilingual French / English headers, as Cameroon's official
    forms are (``Date des faits / Date of facts``). Dates day-first ``14/03/2022``,
    ``14/03/22``, ``14.03.2022``, ``14 mars 2022`` (``1er mars 2022`` on the first),
    ``lundi 14 mars 2022``; partial ``mars 2022``, ``03/2022``, ``1er trimestre 2022``,
    ``T2 2022``. Offences as ``Traite des êtres humains``, ``TEH``, ``Trafic illicite de
    migrants (art. 12 D.Lgs. 286/98)``, ``TEH / TIM`` (the Italian articles relayed).
    Counts ``1 250`` (space or no-break space), ``12 pers.``, placeholders ``N.D.``,
    ``inconnu``; suspects ``néant``, ``aucun``, ``?``. Sex ``H``, ``M``, ``F``, ``H/F``;
    age ``majeurs``, ``MNA``, ``non renseigné``. French country names and feminine or
    masculine demonyms (``nigériane``), now and then an ISO alpha-3 code or a mojibake
    (``Ã‰rythrÃ©e``) merged from a UTF-8 sheet. One ``Coordonnées GPS (lat / long)``
    column in degrees-minutes-seconds with a decimal comma (``36°30'12,4"N 12°36'05,1"E``),
    GPS degrees and decimal minutes (``N 36°30.207' E 12°36.085'``) or decimal commas
    (``36,50344 / 12,60142``), ``N/D`` when unknown. An ``Observations`` column; an empty
    row, an ``NB :`` note row and a ``TOTAL GÉNÉRAL`` row.

``dnm_argentina_w.xlsx`` — Argentina, Dirección Nacional de Migraciones (reports from its
    migration attachés and regional liaison on the Darién and the Mexico–US border).
    Spanish, XLSX. References are GDE file numbers (``EX-2022-00000012-APN-DNM#MI``).
    Dates as real Excel dates, Excel serial numbers (``44634``) pasted as values, text
    ``14/03/2022``, ``14-mar-2022``, ``14 de marzo de 2022``; partial ``marzo 2022``,
    ``03-2022``, ``1er trimestre 2022``, ``II trimestre 2022``. Offences with Argentine
    legal references (``Trata de personas (art. 145 bis CP)``, ``Tráfico ilegal de
    migrantes (art. 116 Ley 25.871)``). Counts as numbers, ``1.250`` as text (thousands
    dot), ``s/d`` or an empty cell when unknown. Sex ``Masc.``, ``Varón``, ``Fem.``,
    ``Ambos``; age ``NNyA`` for children, ``s/d``. Latitude and longitude as numbers with
    six decimals or as text with a decimal comma. Re-sent rows at the end of the sheet; a
    ``Nota:`` row and a ``Total general`` row.

``pnp_paraguay_w.csv`` — Paraguay, Policía Nacional, Departamento contra la Trata de
    Personas (through its police attaché in Madrid: events detected in Spain). Spanish,
    UTF-16 with BOM, tab-delimited (Excel's "Unicode text"). Country names and most words
    typed in capitals, accents often dropped (``MEXICO``, ``HAITI``); ``setiembre``
    spelt the Paraguayan way. Dates ``14/03/2022``, ``14/03/22``, ``14-03-2022``,
    ``14-set-2022``, ``14 de setiembre de 2022``; partial ``SETIEMBRE/2022``, ``03/2022``,
    ``I Trim. 2022``, ``2do. trimestre 2022``. Offences with the Spanish Código Penal
    articles (``art. 318 bis CP``, ``art. 177 bis CP``, ``TSH``). Counts ``1.250``,
    ``12 personas``, ``S/D``; suspects ``NINGUNO``. One ``Coordenadas (lat; long)`` column
    with decimal commas (``28,12345; -15,43210``) or pasted from a map
    (``28.12345, -15.43210``). An empty row, an ``Obs.:`` note row and a ``TOTAL`` row.

``gis_ghana_w.csv`` — Ghana Immigration Service, Anti-Human Smuggling and Trafficking in
    Persons Unit (through its liaison at the High Commission in London: events on both
    sides of the Channel). English, UTF-8 with BOM, ``,``. Dates ``14/03/2022``,
    ``14-03-2022``, ``14th March, 2022``, ``14-Mar-22``, ``14 Mar 2022``; partial
    ``March, 2022``, ``Mar-2022``, ``Q1 2022``, ``2nd Quarter 2022``. Offences with
    ``(Act 694)``, ``(s.25 Immigration Act 1971)``, ``(MSA 2015 s.2)``, ``TIP/SOM``.
    Counts ``1,250``, placeholders ``Unknown``, ``TBC``, ``N/K``; suspects ``Nil``,
    ``None``. Latitude and longitude in two columns, now and then with a hemisphere
    letter (``1.2345W``), ``N/A`` when unknown. A ``Remarks`` column; re-sent rows; an
    empty row, an ``N.B.`` note row and a ``GRAND TOTAL`` row.

``gs_lebanon_w.jsonl`` — Lebanon, General Directorate of General Security (case
    management export: the Eastern Mediterranean and what its liaison network relays from
    the Balkans and Poland). English snake_case keys, UTF-8. Dates ISO ``2022-03-14``,
    ``2022-03-14T09:30:00``, ``2022/03/14``, day-first ``14/03/2022`` (days above 12);
    partial ``2022-03``, ``2022-Q1``. Countries as ISO alpha-2 or alpha-3 codes, names
    (``Syrian Arab Republic``, ``Türkiye``), demonyms, now and then an ISO numeric code
    (``760``). Transit countries and related offences as JSON arrays. Upper-case
    enumerations (``FORCED_LABOUR``, ``MIXED``, ``BOAT``). Counts as numbers, ``null`` or
    ``"unknown"`` when not known. ``gps_lat_lon`` as ``"lat,lon"`` text. A ``TOTAL`` line.

Every source leaves the exploitation cell empty or writes its "not applicable" word
(``sans objet``, ``no corresponde``, ``N/A``) on smuggling rows, writes ``direct`` or
nothing when there was no transit country, and now and then an "unknown" word for the age
group or the transport mode (tag ``na_word``). The ``messiness`` tags name what each row
plants: ``partial_month``, ``partial_quarter``, ``excel_serial``, ``month_name``,
``two_digit_year``, ``ordinal_date``, ``weekday_date``, ``timestamp``, ``legal_ref``,
``demonym``, ``iso2``, ``iso3``, ``iso_numeric``, ``typo``, ``mojibake``, ``no_accent``,
``thousands_sep``, ``count_unit``, ``count_placeholder``, ``suspects_placeholder``,
``zero_word``, ``dms``, ``ddm``, ``decimal_comma``, ``maps_paste``,
``hemisphere_letter``, ``coords_placeholder``, ``coords_missing`` and the shared
``blank_<field>``, ``bad_row``, ``garbage_row`` and ``exact_repeat``.
"""

from __future__ import annotations

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

__all__ = ["BLIND21_SOURCES", "Blind21Source", "make_blind21"]

_Rng = np.random.Generator
Cells = dict[str, object]


@dataclass(frozen=True)
class Blind21Source(ExaminerSource):
    """A ``blind21`` source: the shared fields plus the agency's style key and name.

    Attributes
    ----------
    key : str
        Short id of the agency's way of writing (``"cm"``, ``"ar"``, ``"py"``, ``"gh"``,
        ``"lb"``).
    agency : str
        The agency's full name.
    """

    key: str
    agency: str


# --------------------------------------------------------------------------------------
# The five sources
# --------------------------------------------------------------------------------------
_CM = Blind21Source(
    source="dgsn_cameroun_w",
    filename="dgsn_cameroun_w.csv",
    ref="{seq:04d}/FL/DGSN/DPJ/{yy:02d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° Fiche / Ref. No.",
        "event_date": "Date des faits / Date of facts",
        "crime_type": "Qualification / Offence",
        "exploitation": "Finalité de l'exploitation",
        "n_persons": "Nbre de victimes ou migrants (pers.)",
        "n_suspects": "Nbre de mis en cause / Suspects",
        "gender": "Sexe / Sex",
        "age_group": "Majeur / Mineur",
        "nationality": "Nationalité / Nationality",
        "origin_country": "Pays d'origine",
        "destination_country": "Pays de destination finale",
        "detection_country": "Pays d'interpellation",
        "transit_countries": "Itinéraire (pays de transit)",
        "transport_mode": "Moyen de transport",
        "coordinates": "Coordonnées GPS (lat / long)",
        "linked_offences": "Infractions connexes",
        "remarks": "Observations",
    },
    note="NB : données provisoires transmises par les ASI, sous réserve de recoupement",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "qqs dizaines"),
    repeats=False,
    key="cm",
    agency="Délégation Générale à la Sûreté Nationale (Cameroun), Direction de la "
    "Police Judiciaire",
)
_AR = Blind21Source(
    source="dnm_argentina_w",
    filename="dnm_argentina_w.xlsx",
    ref="EX-{year}-{seq:08d}-APN-DNM#MI",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "N° Expediente (GDE)",
        "event_date": "Fecha del hecho",
        "crime_type": "Delito (encuadre legal)",
        "exploitation": "Finalidad de explotación",
        "n_persons": "Cant. de personas (víctimas / migrantes)",
        "n_suspects": "Cant. de imputados",
        "gender": "Sexo",
        "age_group": "Mayor / Menor de edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de origen",
        "destination_country": "País de destino",
        "detection_country": "País donde se detectó",
        "transit_countries": "Países de tránsito",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud (grados decimales)",
        "lon": "Longitud (grados decimales)",
        "linked_offences": "Delitos conexos",
        "remarks": "Observaciones",
    },
    note="Nota: datos sujetos a revisión por la Dirección de Información Migratoria",
    total="Total general",
    bad_count=("varios", "numerosos"),
    repeats=True,
    key="ar",
    agency="Dirección Nacional de Migraciones (Argentina)",
)
_PY = Blind21Source(
    source="pnp_paraguay_w",
    filename="pnp_paraguay_w.csv",
    ref="Leg. {seq:04d}/{year}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "Nro. Legajo",
        "event_date": "Fecha Interv.",
        "crime_type": "Hecho punible",
        "exploitation": "Tipo de explotación",
        "n_persons": "Nro. personas",
        "n_suspects": "Nro. detenidos",
        "gender": "Género",
        "age_group": "Edad (mayor/menor)",
        "nationality": "Nacionalidad",
        "origin_country": "Procedencia",
        "destination_country": "Destino final",
        "detection_country": "País de intervención",
        "transit_countries": "Ruta (países de tránsito)",
        "transport_mode": "Medio utilizado",
        "coordinates": "Coordenadas (lat; long)",
        "linked_offences": "Delitos conexos",
    },
    note="Obs.: datos preliminares, sujetos a verificación por la agregaduría",
    total="TOTAL",
    bad_count=("VARIOS", "VARIAS", "NUMEROSAS"),
    repeats=False,
    key="py",
    agency="Policía Nacional del Paraguay, Departamento contra la Trata de Personas",
)
_GH = Blind21Source(
    source="gis_ghana_w",
    filename="gis_ghana_w.csv",
    ref="GIS/AHSTU/{seq:03d}/{yy:02d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Ref. No.",
        "event_date": "Date of Interception (DD/MM/YYYY)",
        "crime_type": "Offence Type",
        "exploitation": "Form of Exploitation",
        "n_persons": "No. of Victims / Smuggled Migrants",
        "n_suspects": "No. of Suspects",
        "gender": "Sex (M/F)",
        "age_group": "Adult / Minor",
        "nationality": "Nationality",
        "origin_country": "Country of Origin",
        "destination_country": "Intended Destination",
        "detection_country": "Country of Interception",
        "transit_countries": "Transit Countries",
        "transport_mode": "Mode of Transport",
        "lat": "Lat.",
        "lon": "Long.",
        "linked_offences": "Associated Offences",
        "remarks": "Remarks",
    },
    note="N.B. Figures are provisional pending validation by the AHSTU desk",
    total="GRAND TOTAL",
    bad_count=("several", "many", "numerous"),
    repeats=True,
    key="gh",
    agency="Ghana Immigration Service, Anti-Human Smuggling and Trafficking in Persons Unit",
)
_LB = Blind21Source(
    source="gs_lebanon_w",
    filename="gs_lebanon_w.jsonl",
    ref="GS/{year}/{seq:05d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "case_ref",
        "event_date": "incident_date",
        "crime_type": "offence_category",
        "exploitation": "exploitation_type",
        "n_persons": "persons_involved",
        "n_suspects": "suspects_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_origin",
        "destination_country": "destination",
        "detection_country": "detected_in",
        "transit_countries": "transit_route",
        "transport_mode": "conveyance",
        "coordinates": "gps_lat_lon",
        "linked_offences": "related_offences",
    },
    note=None,
    total="TOTAL",
    bad_count=("several", "multiple"),
    repeats=False,
    key="lb",
    agency="General Directorate of General Security (Lebanon)",
)

#: The variant's sources, in the order of the submissions.
BLIND21_SOURCES: tuple[Blind21Source, ...] = (_CM, _AR, _PY, _GH, _LB)

_PRIMARY = {
    "ITA": _CM.source,
    "PAN": _AR.source,
    "USA": _AR.source,
    "ESP": _PY.source,
    "GBR": _GH.source,
    "FRA": _GH.source,
    "GRC": _LB.source,
}
_SECONDARY = {
    ("cmed", "ITA"): _LB.source,
    ("thb_nga_ita", "ITA"): _GH.source,
    ("thb_rou_esp", "ITA"): _PY.source,
    ("darien", "PAN"): _PY.source,
    ("us_mex", "USA"): _PY.source,
    ("watl", "ESP"): _CM.source,
    ("wmed", "ESP"): _AR.source,
    ("thb_rou_esp", "ESP"): _AR.source,
    ("channel", "FRA"): _CM.source,
    ("channel", "GBR"): _CM.source,
    ("thb_vnm_gbr", "GBR"): _LB.source,
    ("emed", "GRC"): _GH.source,
    ("wbal", "HRV"): _CM.source,
    ("blr_pol", "POL"): _GH.source,
}

# --------------------------------------------------------------------------------------
# Wording: countries
# --------------------------------------------------------------------------------------
# code -> (French names, Spanish names, English names)
_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("Afghanistan",), ("Afganistán",), ("Afghanistan",)),
    "ALB": (("Albanie",), ("Albania",), ("Albania",)),
    "AUT": (("Autriche",), ("Austria",), ("Austria",)),
    "BGD": (("Bangladesh",), ("Bangladés", "Bangladesh"), ("Bangladesh",)),
    "BGR": (("Bulgarie",), ("Bulgaria",), ("Bulgaria",)),
    "BIH": (
        ("Bosnie-Herzégovine",),
        ("Bosnia y Herzegovina", "Bosnia-Herzegovina"),
        ("Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    ),
    "BLR": (("Biélorussie", "Bélarus"), ("Bielorrusia", "Belarús"), ("Belarus",)),
    "CHN": (("Chine",), ("China",), ("China",)),
    "CIV": (("Côte d'Ivoire",), ("Costa de Marfil",), ("Côte d'Ivoire", "Ivory Coast")),
    "CMR": (("Cameroun",), ("Camerún",), ("Cameroon",)),
    "COL": (("Colombie",), ("Colombia",), ("Colombia",)),
    "DEU": (("Allemagne",), ("Alemania",), ("Germany",)),
    "DZA": (("Algérie",), ("Argelia",), ("Algeria",)),
    "ECU": (("Équateur",), ("Ecuador",), ("Ecuador",)),
    "EGY": (("Égypte",), ("Egipto",), ("Egypt",)),
    "ERI": (("Érythrée",), ("Eritrea",), ("Eritrea",)),
    "ESP": (("Espagne",), ("España",), ("Spain",)),
    "FRA": (("France",), ("Francia",), ("France",)),
    "GBR": (("Royaume-Uni", "Grande-Bretagne"), ("Reino Unido",), ("United Kingdom", "UK")),
    "GIN": (
        ("Guinée", "Guinée Conakry"),
        ("Guinea", "Guinea Conakry"),
        ("Guinea", "Guinea-Conakry"),
    ),
    "GMB": (("Gambie",), ("Gambia",), ("The Gambia", "Gambia")),
    "GRC": (("Grèce",), ("Grecia",), ("Greece",)),
    "GTM": (("Guatemala",), ("Guatemala",), ("Guatemala",)),
    "HND": (("Honduras",), ("Honduras",), ("Honduras",)),
    "HRV": (("Croatie",), ("Croacia",), ("Croatia",)),
    "HTI": (("Haïti",), ("Haití",), ("Haiti",)),
    "HUN": (("Hongrie",), ("Hungría",), ("Hungary",)),
    "IRN": (("Iran",), ("Irán",), ("Iran",)),
    "IRQ": (("Irak",), ("Irak", "Iraq"), ("Iraq",)),
    "ITA": (("Italie",), ("Italia",), ("Italy",)),
    "LBY": (("Libye",), ("Libia",), ("Libya",)),
    "MAR": (("Maroc",), ("Marruecos",), ("Morocco",)),
    "MEX": (("Mexique",), ("México",), ("Mexico",)),
    "MKD": (("Macédoine du Nord",), ("Macedonia del Norte",), ("North Macedonia",)),
    "MLI": (("Mali",), ("Malí",), ("Mali",)),
    "MRT": (("Mauritanie",), ("Mauritania",), ("Mauritania",)),
    "NER": (("Niger",), ("Níger",), ("Niger",)),
    "NGA": (("Nigeria", "Nigéria"), ("Nigeria",), ("Nigeria",)),
    "PAK": (("Pakistan",), ("Pakistán",), ("Pakistan",)),
    "PAN": (("Panama",), ("Panamá",), ("Panama",)),
    "POL": (("Pologne",), ("Polonia",), ("Poland",)),
    "ROU": (("Roumanie",), ("Rumania", "Rumanía"), ("Romania",)),
    "RUS": (("Russie", "Fédération de Russie"), ("Rusia",), ("Russia", "Russian Federation")),
    "SEN": (("Sénégal",), ("Senegal",), ("Senegal",)),
    "SRB": (("Serbie",), ("Serbia",), ("Serbia",)),
    "SYR": (("Syrie",), ("Siria",), ("Syria", "Syrian Arab Republic")),
    "TUN": (("Tunisie",), ("Túnez",), ("Tunisia",)),
    "TUR": (("Turquie",), ("Turquía",), ("Turkey", "Türkiye")),
    "USA": (("États-Unis", "USA"), ("Estados Unidos", "EE.UU.", "EEUU"), ("USA", "United States")),
    "VEN": (("Venezuela",), ("Venezuela",), ("Venezuela",)),
    "VNM": (("Viêt Nam", "Vietnam"), ("Vietnam",), ("Vietnam", "Viet Nam")),
    "YEM": (("Yémen",), ("Yemen",), ("Yemen",)),
}
# code -> (French demonyms, Spanish demonyms, English demonyms), for nationality cells
_DEMONYMS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "AFG": (("afghane", "afghan"), ("afgana", "afgano"), ("Afghan",)),
    "ALB": (("albanaise", "albanais"), ("albanesa", "albanés"), ("Albanian",)),
    "BGD": (("bangladaise", "bangladais"), ("bangladesí",), ("Bangladeshi",)),
    "CHN": (("chinoise", "chinois"), ("china", "chino"), ("Chinese",)),
    "CIV": (("ivoirienne", "ivoirien"), ("marfileña", "marfileño"), ("Ivorian",)),
    "CMR": (("camerounaise", "camerounais"), ("camerunesa", "camerunés"), ("Cameroonian",)),
    "COL": (("colombienne", "colombien"), ("colombiana", "colombiano"), ("Colombian",)),
    "DZA": (("algérienne", "algérien"), ("argelina", "argelino"), ("Algerian",)),
    "ECU": (("équatorienne", "équatorien"), ("ecuatoriana", "ecuatoriano"), ("Ecuadorian",)),
    "EGY": (("égyptienne", "égyptien"), ("egipcia", "egipcio"), ("Egyptian",)),
    "ERI": (("érythréenne", "érythréen"), ("eritrea", "eritreo"), ("Eritrean",)),
    "GIN": (("guinéenne", "guinéen"), ("guineana", "guineano"), ("Guinean",)),
    "GMB": (("gambienne", "gambien"), ("gambiana", "gambiano"), ("Gambian",)),
    "GTM": (("guatémaltèque",), ("guatemalteca", "guatemalteco"), ("Guatemalan",)),
    "HND": (("hondurienne", "hondurien"), ("hondureña", "hondureño"), ("Honduran",)),
    "HTI": (("haïtienne", "haïtien"), ("haitiana", "haitiano"), ("Haitian",)),
    "IRN": (("iranienne", "iranien"), ("iraní",), ("Iranian",)),
    "IRQ": (("irakienne", "irakien"), ("iraquí",), ("Iraqi",)),
    "MAR": (("marocaine", "marocain"), ("marroquí",), ("Moroccan",)),
    "MEX": (("mexicaine", "mexicain"), ("mexicana", "mexicano"), ("Mexican",)),
    "MLI": (("malienne", "malien"), ("maliense",), ("Malian",)),
    "NGA": (("nigériane", "nigérian"), ("nigeriana", "nigeriano"), ("Nigerian",)),
    "PAK": (("pakistanaise", "pakistanais"), ("pakistaní",), ("Pakistani",)),
    "ROU": (("roumaine", "roumain"), ("rumana", "rumano"), ("Romanian",)),
    "SEN": (("sénégalaise", "sénégalais"), ("senegalesa", "senegalés"), ("Senegalese",)),
    "SYR": (("syrienne", "syrien"), ("siria", "sirio"), ("Syrian",)),
    "TUN": (("tunisienne", "tunisien"), ("tunecina", "tunecino"), ("Tunisian",)),
    "TUR": (("turque",), ("turca", "turco"), ("Turkish",)),
    "VEN": (("vénézuélienne", "vénézuélien"), ("venezolana", "venezolano"), ("Venezuelan",)),
    "VNM": (("vietnamienne", "vietnamien"), ("vietnamita",), ("Vietnamese",)),
    "YEM": (("yéménite",), ("yemení",), ("Yemeni",)),
}
# Misspellings a clerk makes and any reader corrects at sight.
_TYPOS: dict[str, dict[str, str]] = {
    "fr": {"ERI": "Erythrée", "EGY": "Egypte", "GIN": "Guinnée", "ECU": "Equateur"},
    "es": {"AFG": "Afganistan", "ERI": "Eritréa", "BGD": "Banglades", "MAR": "Marrueco"},
    "en": {"AFG": "Afganistan", "ERI": "Eritria", "VNM": "Veitnam", "BGD": "Bangaldesh"},
}
_LANG = {"fr": 0, "es": 1, "en": 2}

# --------------------------------------------------------------------------------------
# Wording: values
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "cm": {
        "trafficking": (
            "Traite des êtres humains",
            "Traite des personnes",
            "TEH",
            "Traite des êtres humains (art. 601 CP italien)",
            "traite des personnes",
        ),
        "smuggling": (
            "Trafic illicite de migrants",
            "Trafic de migrants",
            "Trafic illicite de migrants (art. 12 D.Lgs. 286/98)",
            "Aide à l'entrée irrégulière",
            "TIM",
            "trafic illicite de migrants",
        ),
        "both": (
            "Traite + trafic illicite de migrants",
            "TEH / TIM",
            "Traite des personnes et trafic de migrants",
        ),
    },
    "ar": {
        "trafficking": (
            "Trata de personas",
            "Trata de personas (art. 145 bis CP)",
            "Trata (Ley 26.364, mod. Ley 26.842)",
            "trata de personas",
        ),
        "smuggling": (
            "Tráfico ilícito de migrantes",
            "Tráfico ilegal de migrantes (art. 116 Ley 25.871)",
            "Tráfico de migrantes",
            "tráfico ilícito de migrantes",
        ),
        "both": (
            "Trata y tráfico ilícito de migrantes",
            "Trata de personas / tráfico de migrantes",
            "Arts. 145 bis CP y 116 Ley 25.871 (trata y tráfico)",
        ),
    },
    "py": {
        "trafficking": (
            "TRATA DE SERES HUMANOS (ART. 177 BIS CP)",
            "TRATA DE PERSONAS",
            "TSH",
            "Trata de seres humanos",
        ),
        "smuggling": (
            "INMIGRACION CLANDESTINA (ART. 318 BIS CP)",
            "TRAFICO ILICITO DE MIGRANTES",
            "Favorecimiento de la inmigración ilegal",
            "Tráfico de migrantes (art. 318 bis)",
        ),
        "both": (
            "TRATA (177 BIS) Y TRAFICO DE MIGRANTES (318 BIS)",
            "Trata y tráfico ilícito de migrantes",
        ),
    },
    "gh": {
        "trafficking": (
            "Human Trafficking",
            "Human Trafficking (Act 694)",
            "Trafficking in Persons",
            "Human trafficking (MSA 2015 s.2)",
            "TIP",
        ),
        "smuggling": (
            "Migrant Smuggling",
            "Smuggling of Migrants",
            "Facilitation of unlawful immigration (s.25 Immigration Act 1971)",
            "Migrant smuggling",
        ),
        "both": (
            "Human Trafficking & Migrant Smuggling",
            "TIP/SOM",
            "Trafficking and smuggling of migrants",
        ),
    },
    "lb": {
        "trafficking": (
            "TRAFFICKING_IN_PERSONS",
            "Trafficking in persons (Law 164/2011)",
            "Human trafficking",
        ),
        "smuggling": (
            "MIGRANT_SMUGGLING",
            "Smuggling of migrants",
            "Migrant smuggling",
        ),
        "both": (
            "TRAFFICKING_AND_SMUGGLING",
            "Trafficking in persons + migrant smuggling",
        ),
    },
}
_LEGAL = ("art", "Art", "ART", "Act", "s.2", "s.25", "Law", "Ley")

_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "sexual": ("exploitation sexuelle", "Exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail", "Travail forcé"),
        "forced_criminality": ("contrainte à commettre des délits", "criminalité forcée"),
        "other": ("autre", "autres formes d'exploitation"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "": ("", "sans objet", "S.O."),
    },
    "ar": {
        "sexual": ("explotación sexual", "Explotación sexual"),
        "forced_labour": ("explotación laboral", "trabajo forzoso", "Trabajos forzados"),
        "forced_criminality": ("obligación de cometer delitos", "actividades delictivas forzadas"),
        "other": ("otra finalidad", "otras"),
        "forced_marriage": ("matrimonio forzado", "matrimonio servil"),
        "organ_removal": ("extracción de órganos",),
        "": ("", "no corresponde", "N/C"),
    },
    "py": {
        "sexual": ("EXPLOTACION SEXUAL", "explotación sexual"),
        "forced_labour": ("EXPLOTACION LABORAL", "TRABAJO FORZOSO"),
        "forced_criminality": ("ACTIVIDADES DELICTIVAS FORZADAS",),
        "other": ("OTRA", "OTRAS FORMAS"),
        "forced_marriage": ("MATRIMONIO FORZADO",),
        "organ_removal": ("EXTRACCION DE ORGANOS",),
        "": ("", "N/A"),
    },
    "en": {
        "sexual": ("Sexual exploitation", "Commercial sexual exploitation", "Sexual"),
        "forced_labour": ("Forced labour", "Labour exploitation", "Forced Labour"),
        "forced_criminality": ("Criminal exploitation", "Forced criminality"),
        "other": ("Other", "Other forms"),
        "forced_marriage": ("Forced marriage",),
        "organ_removal": ("Organ removal", "Organ harvesting"),
        "": ("", "N/A"),
    },
    "lb": {
        "sexual": ("SEXUAL_EXPLOITATION", "Sexual exploitation"),
        "forced_labour": ("FORCED_LABOUR", "Forced labour"),
        "forced_criminality": ("FORCED_CRIMINALITY",),
        "other": ("OTHER",),
        "forced_marriage": ("FORCED_MARRIAGE",),
        "organ_removal": ("ORGAN_REMOVAL",),
        "": ("",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "cm": {
        "male": ("M", "H", "Masculin", "hommes"),
        "female": ("F", "Féminin", "femmes"),
        "mixed": ("H/F", "mixte", "hommes et femmes"),
    },
    "ar": {
        "male": ("Masc.", "Varón", "Masculino", "varones"),
        "female": ("Fem.", "Mujer", "Femenino", "mujeres"),
        "mixed": ("Ambos", "Mixto", "ambos sexos"),
    },
    "py": {
        "male": ("MASCULINO", "MASC.", "HOMBRES"),
        "female": ("FEMENINO", "FEM.", "MUJERES"),
        "mixed": ("MIXTO", "AMBOS SEXOS"),
    },
    "gh": {
        "male": ("M", "Male", "male"),
        "female": ("F", "Female", "female"),
        "mixed": ("M/F", "Mixed", "M & F"),
    },
    "lb": {"male": ("M", "MALE"), "female": ("F", "FEMALE"), "mixed": ("MIXED",)},
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "cm": {
        "adult": ("majeur", "majeurs", "adulte", "Majeur(s)"),
        "child": ("mineur", "mineurs", "MNA", "enfant(s)"),
        "mixed": ("majeurs et mineurs", "mixte", "adultes + mineurs"),
        "": ("non renseigné", "NR"),
    },
    "ar": {
        "adult": ("Mayor", "mayores", "Adulto/s"),
        "child": ("Menor", "menores", "NNyA"),
        "mixed": ("Mayores y menores", "mixto"),
        "": ("s/d", "sin dato"),
    },
    "py": {
        "adult": ("MAYOR", "ADULTO", "MAYORES"),
        "child": ("MENOR", "MENOR DE EDAD", "MENORES"),
        "mixed": ("MIXTO", "MAYORES Y MENORES"),
        "": ("SIN DATO", "S/D"),
    },
    "gh": {
        "adult": ("Adult", "Adults", "18+"),
        "child": ("Minor", "Child", "Under 18"),
        "mixed": ("Adults & minors", "Mixed"),
        "": ("Not stated", "N/K"),
    },
    "lb": {
        "adult": ("ADULT",),
        "child": ("MINOR", "CHILD"),
        "mixed": ("MIXED",),
        "": ("UNKNOWN",),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "cm": {
        "sea": ("voie maritime", "embarcation de fortune", "pirogue", "bateau pneumatique"),
        "land": ("voie terrestre", "camion", "autocar", "à pied", "véhicule léger"),
        "air": ("voie aérienne", "avion", "vol commercial"),
        "": ("indéterminé", "non précisé"),
    },
    "ar": {
        "sea": ("Marítimo", "embarcación", "lancha", "vía marítima"),
        "land": ("Terrestre", "ómnibus", "a pie", "camión", "vía terrestre"),
        "air": ("Aéreo", "vuelo comercial", "avión"),
        "": ("s/d", "sin especificar"),
    },
    "py": {
        "sea": ("MARITIMO", "EMBARCACION", "PATERA", "CAYUCO"),
        "land": ("TERRESTRE", "CAMION", "A PIE", "OMNIBUS"),
        "air": ("AEREO", "VUELO COMERCIAL"),
        "": ("SIN DATO",),
    },
    "gh": {
        "sea": ("Sea", "By sea", "Small boat", "Dinghy", "Boat"),
        "land": ("Land", "By road", "Lorry", "HGV", "Car", "On foot"),
        "air": ("Air", "By air", "Commercial flight"),
        "": ("Not stated", "N/K"),
    },
    "lb": {
        "sea": ("SEA", "BOAT", "VESSEL"),
        "land": ("LAND", "TRUCK", "CAR", "ON_FOOT"),
        "air": ("AIR", "FLIGHT"),
        "": ("UNKNOWN",),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "document_fraud": ("faux et usage de faux", "fraude documentaire", "faux documents"),
        "corruption": ("corruption", "corruption d'agent public"),
        "money_laundering": ("blanchiment de capitaux", "blanchiment"),
        "illicit_goods": ("contrebande", "trafic de marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsificación documental", "uso de documento falso"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de activos", "blanqueo de capitales"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("delitos informáticos", "ciberdelito"),
        "terrorism": ("terrorismo",),
    },
    "en": {
        "document_fraud": ("Document fraud", "Forged documents", "Fraudulent passports"),
        "corruption": ("Bribery", "Corruption"),
        "money_laundering": ("Money laundering", "Money Laundering"),
        "illicit_goods": ("Contraband", "Illicit goods"),
        "cybercrime": ("Cybercrime",),
        "terrorism": ("Terrorism",),
    },
    "lb": {
        "document_fraud": ("DOCUMENT_FRAUD", "forged documents"),
        "corruption": ("CORRUPTION", "bribery"),
        "money_laundering": ("MONEY_LAUNDERING",),
        "illicit_goods": ("CONTRABAND", "illicit goods"),
        "cybercrime": ("CYBERCRIME",),
        "terrorism": ("TERRORISM",),
    },
}
_NO_OFFENCE = {
    "cm": ("", "néant"),
    "ar": ("", "ninguno"),
    "py": ("", "NINGUNO"),
    "gh": ("", "None"),
}
_NO_TRANSIT = {
    "cm": ("", "direct"),
    "ar": ("", "directo"),
    "py": ("", "DIRECTO"),
    "gh": ("", "Direct"),
}
_REMARKS = {
    "cm": (
        "",
        "",
        "RAS",
        "Transmis par l'ASI",
        "Enquête en cours",
        "Dossier transmis au Parquet",
        "Victimes prises en charge",
    ),
    "ar": (
        "",
        "",
        "Informado por agregaduría",
        "Dato de enlace regional",
        "En trámite",
        "Causa judicializada",
    ),
    "gh": (
        "",
        "",
        "Liaison report",
        "Case under investigation",
        "Victims referred to shelter",
        "Suspects remanded",
    ),
}

# --------------------------------------------------------------------------------------
# Wording: dates
# --------------------------------------------------------------------------------------
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
_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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
_MESES_PY = tuple("setiembre" if m == "septiembre" else m for m in _MESES)
_MES_ABBR_AR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_MES_ABBR_PY = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "set", "oct", "nov", "dic")
_ROMAN = ("I", "II", "III", "IV")
_ORD_ES = ("1er", "2do", "3er", "4to")
_ORD_EN = ("1st", "2nd", "3rd", "4th")
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")

DateOut = tuple[object, pd.Timestamp, str, str]


def _month_start(ts: pd.Timestamp) -> pd.Timestamp:
    return pd.Timestamp(year=ts.year, month=ts.month, day=1)


def _quarter(ts: pd.Timestamp) -> tuple[int, pd.Timestamp]:
    q = (ts.month - 1) // 3 + 1
    return q, pd.Timestamp(year=ts.year, month=3 * q - 2, day=1)


def _ordinal_en(day: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}th" if 11 <= day % 100 <= 13 else f"{day}{suffix}"


def _partial(
    key: str, ts: pd.Timestamp, rng: _Rng, partial_ok: bool, *, month: float, quarter: float
) -> DateOut | None:
    """Return a month or quarter date cell (or None for a day), one draw always made."""
    r = rng.random()
    if not partial_ok or r >= month + quarter:
        return None
    y, m = ts.year, ts.month
    if r < month:
        opts: tuple[str, ...]
        if key == "cm":
            opts = (f"{_MOIS[m - 1]} {y}", f"{m:02d}/{y}", f"{_MOIS[m - 1].capitalize()} {y}")
        elif key == "ar":
            opts = (f"{_MESES[m - 1]} {y}", f"{_MESES[m - 1].capitalize()} {y}", f"{m:02d}-{y}")
        elif key == "py":
            opts = (f"{_MESES_PY[m - 1].upper()}/{y}", f"{m:02d}/{y}")
        elif key == "gh":
            opts = (f"{MONTHS[m - 1]}, {y}", f"{MONTHS[m - 1][:3]}-{y}", f"{MONTHS[m - 1]} {y}")
        else:
            opts = (f"{y}-{m:02d}",)
        return choice(rng, opts), _month_start(ts), "month", "partial_month"
    q, start = _quarter(ts)
    if key == "cm":
        nth = "1er" if q == 1 else f"{q}e"
        opts = (f"{nth} trimestre {y}", f"T{q} {y}")
    elif key == "ar":
        opts = (f"{_ORD_ES[q - 1]} trimestre {y}", f"{_ROMAN[q - 1]} trimestre {y}")
    elif key == "py":
        opts = (f"{_ROMAN[q - 1]} Trim. {y}", f"{_ORD_ES[q - 1]}. trimestre {y}")
    elif key == "gh":
        opts = (f"Q{q} {y}", f"{_ORD_EN[q - 1]} Quarter {y}")
    else:
        opts = (f"{y}-Q{q}",)
    return choice(rng, opts), start, "quarter", "partial_quarter"


def _date_cm(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    part = _partial("cm", ts, rng, partial_ok, month=0.05, quarter=0.025)
    if part is not None:
        return part
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if r < 0.55:
        return f"{d:02d}/{m:02d}/{y}", ts, "day", ""
    if r < 0.67:
        return f"{d:02d}/{m:02d}/{y % 100:02d}", ts, "day", "two_digit_year"
    if r < 0.75:
        return f"{d:02d}.{m:02d}.{y}", ts, "day", "dotted_date"
    day = "1er" if d == 1 else str(d)
    if r < 0.92:
        return f"{day} {_MOIS[m - 1]} {y}", ts, "day", "month_name"
    return f"{_JOURS[ts.weekday()]} {day} {_MOIS[m - 1]} {y}", ts, "day", "weekday_date"


def _date_ar(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    part = _partial("ar", ts, rng, partial_ok, month=0.05, quarter=0.02)
    if part is not None:
        return part
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if r < 0.58:
        return ts.to_pydatetime(), ts, "day", ""
    if r < 0.74:
        return int((ts - _EXCEL_EPOCH).days), ts, "day", "excel_serial"
    if r < 0.86:
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "text_date"
    if r < 0.93:
        return f"{d:02d}-{_MES_ABBR_AR[m - 1]}-{y}", ts, "day", "month_name"
    return f"{d} de {_MESES[m - 1]} de {y}", ts, "day", "month_name"


def _date_py(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    part = _partial("py", ts, rng, partial_ok, month=0.05, quarter=0.025)
    if part is not None:
        return part
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if r < 0.52:
        return f"{d:02d}/{m:02d}/{y}", ts, "day", ""
    if r < 0.67:
        return f"{d:02d}/{m:02d}/{y % 100:02d}", ts, "day", "two_digit_year"
    if r < 0.78:
        return f"{d:02d}-{m:02d}-{y}", ts, "day", ""
    if r < 0.89:
        return f"{d:02d}-{_MES_ABBR_PY[m - 1]}-{y}", ts, "day", "month_name"
    return f"{d} de {_MESES_PY[m - 1]} de {y}", ts, "day", "month_name"


def _date_gh(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    part = _partial("gh", ts, rng, partial_ok, month=0.05, quarter=0.025)
    if part is not None:
        return part
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if r < 0.5:
        return f"{d:02d}/{m:02d}/{y}", ts, "day", ""
    if r < 0.6:
        return f"{d:02d}-{m:02d}-{y}", ts, "day", ""
    if r < 0.8:
        return f"{_ordinal_en(d)} {MONTHS[m - 1]}, {y}", ts, "day", "ordinal_date"
    if r < 0.9:
        return f"{d:02d}-{MONTHS[m - 1][:3]}-{y % 100:02d}", ts, "day", "month_name"
    return f"{d} {MONTHS[m - 1][:3]} {y}", ts, "day", "month_name"


def _date_lb(ts: pd.Timestamp, rng: _Rng, partial_ok: bool) -> DateOut:
    part = _partial("lb", ts, rng, partial_ok, month=0.05, quarter=0.025)
    if part is not None:
        return part
    d, m, y = ts.day, ts.month, ts.year
    r = rng.random()
    if r < 0.68:
        return f"{y}-{m:02d}-{d:02d}", ts, "day", ""
    if r < 0.84:
        hh, mm = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00", ts, "day", "timestamp"
    if r < 0.93 and d > 12:  # day-first only where the day cannot be a month
        return f"{d:02d}/{m:02d}/{y}", ts, "day", "day_first"
    return f"{y}/{m:02d}/{d:02d}", ts, "day", ""


_DATES = {"cm": _date_cm, "ar": _date_ar, "py": _date_py, "gh": _date_gh, "lb": _date_lb}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _ok(src: Blind21Source, text: str, fallback: str) -> str:
    return text if fits(text, src) else fallback


def _country(
    src: Blind21Source, code: str, rng: _Rng, tags: list[str], *, demonym: bool = False
) -> str:
    """Write one country (a nationality when ``demonym``) the source's way."""
    key = src.key
    lang = _LANG[src.language]
    names = _NAMES[code][lang]
    plain = names[0]
    r = rng.random()
    if key == "lb":
        alpha2, numeric = iso_codes(code)
        if r < 0.35:
            tags.append("iso2")
            return alpha2
        if r < 0.6:
            tags.append("iso3")
            return code
        if demonym and r < 0.66:
            tags.append("iso_numeric")
            return numeric
        if demonym and code in _DEMONYMS and r < 0.85:
            tags.append("demonym")
            return choice(rng, _DEMONYMS[code][2])
        return choice(rng, names)
    if demonym and code in _DEMONYMS and r < 0.55:
        tags.append("demonym")
        text = choice(rng, _DEMONYMS[code][lang])
    elif r > 0.96 and code in _TYPOS[src.language]:
        tags.append("typo")
        text = _TYPOS[src.language][code]
    else:
        text = choice(rng, names)
    if key == "cm":
        s = rng.random()
        if s < 0.04:
            tags.append("iso3")
            return code
        if s < 0.09:
            garbled = mojibake(text)
            if garbled is not None and fits(garbled, src):
                tags.append("mojibake")
                return garbled
    if key == "py":  # typed in capitals, accents often dropped
        s = rng.random()
        if s < 0.7:
            upper = text.upper()
            if s < 0.45:
                stripped = _strip_accents(upper)
                if stripped != upper:
                    tags.append("no_accent")
                return stripped
            return upper
    if key == "gh" and rng.random() < 0.05:
        tags.append("upper")
        return text.upper()
    return _ok(src, text, plain)


def _strip_accents(text: str) -> str:
    return text.translate(str.maketrans("ÁÉÍÓÚÜÑáéíóúüñ", "AEIOUUNaeiouun"))


def _transit(src: Blind21Source, value: object, rng: _Rng, tags: list[str]) -> object:
    if value is None:
        if src.key == "lb":
            return []
        return choice(rng, _NO_TRANSIT[src.key])
    codes = str(value).split("|")
    if src.key == "lb":
        return [_country(src, c, rng, tags) for c in codes]
    seps = {"cm": (", ", " - ", " / "), "ar": (", ", " - ", " / "), "py": (" - ", ", ")}
    sep = choice(rng, seps.get(src.key, (", ", " / ", " - ")))
    return sep.join(_country(src, c, rng, tags) for c in codes)


def _offences(src: Blind21Source, value: object, rng: _Rng) -> object:
    table = _OFFENCES["lb" if src.key == "lb" else src.language]
    if value is None:
        if src.key == "lb":
            return []
        return choice(rng, _NO_OFFENCE[src.key])
    words = [choice(rng, table[v]) for v in str(value).split("|")]
    if src.key == "lb":
        return words
    return choice(rng, (" + ", ", ", " / ")).join(words)


def _vocab(table: dict[str, tuple[str, ...]], value: str, rng: _Rng, src: Blind21Source) -> str:
    return _ok(src, choice(rng, table[value]), table[value][0])


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _persons(
    src: Blind21Source, n: int, crime: str, rng: _Rng, tags: list[str]
) -> tuple[object, int | None]:
    """Return (cell, expected count) of the persons column."""
    key = src.key
    r = rng.random()
    if r < 0.03:
        tags.append("count_placeholder")
        words = {
            "cm": ("N.D.", "inconnu", "non déterminé"),
            "ar": ("s/d", "sin dato", ""),
            "py": ("S/D", "DESCONOCIDO"),
            "gh": ("Unknown", "TBC", "N/K"),
            "lb": ("", "unknown"),
        }[key]
        word = choice(rng, words)
        return (None if word == "" else word), None
    s = rng.random()
    if n >= 1000 and s < 0.6:
        tags.append("thousands_sep")
        sep = {"cm": choice(rng, (" ", "\u00a0")), "ar": ".", "py": ".", "gh": ",", "lb": ","}
        return _group(n, sep[key]), n
    if src.format != "csv":
        return n, n
    if s < 0.12 and key == "cm":
        tags.append("count_unit")
        unit = "victimes" if crime == "trafficking" else choice(rng, ("pers.", "personnes"))
        return f"{n} {unit}", n
    if s < 0.1 and key == "py":
        tags.append("count_unit")
        return f"{n} {choice(rng, ('PERSONAS', 'personas'))}", n
    return str(n), n


def _suspects(
    src: Blind21Source, n: int, rng: _Rng, tags: list[str], blank: bool
) -> tuple[object, int | None]:
    key = src.key
    if blank:
        tags.append("blank_n_suspects")
        return None, None
    r = rng.random()
    if r < 0.03:
        tags.append("suspects_placeholder")
        words = {
            "cm": ("?", "ND"),
            "ar": ("s/d",),
            "py": ("S/D", "SIN DATO"),
            "gh": ("Unknown", "N/K"),
            "lb": ("", "unknown"),
        }[key]
        word = choice(rng, words)
        return (None if word == "" else word), None
    if n == 0 and r < 0.45:
        zero = {
            "cm": ("néant", "aucun", "Néant"),
            "ar": ("ninguno", "sin imputados"),
            "py": ("NINGUNO", "ninguno"),
            "gh": ("Nil", "None", "NIL"),
            "lb": ("none",),
        }[key]
        tags.append("zero_word")
        return choice(rng, zero), 0
    if src.format != "csv":
        return n, n
    return str(n), n


# --------------------------------------------------------------------------------------
# Coordinates
# --------------------------------------------------------------------------------------
def _dms(value: float, pos: str, neg: str, comma: bool) -> tuple[str, float]:
    t = round(abs(value) * 36000)
    deg, rest = divmod(t, 36000)
    minutes, tenths = divmod(rest, 600)
    sec = f"{tenths // 10:02d}{',' if comma else '.'}{tenths % 10}"
    hemi = pos if value >= 0 else neg
    sign = 1.0 if value >= 0 else -1.0
    return f"{deg}°{minutes:02d}'{sec}\"{hemi}", sign * t / 36000


def _ddm(value: float, pos: str, neg: str) -> tuple[str, float]:
    t = round(abs(value) * 60000)
    deg, rest = divmod(t, 60000)
    hemi = pos if value >= 0 else neg
    sign = 1.0 if value >= 0 else -1.0
    return f"{hemi} {deg}°{rest // 1000:02d}.{rest % 1000:03d}'", sign * t / 60000


def _dec(value: float, places: int, comma: bool = False) -> tuple[str, float]:
    text = f"{value:.{places}f}"
    return (text.replace(".", ",") if comma else text), float(text)


def _coords(
    src: Blind21Source, lat: float, lon: float, rng: _Rng, tags: list[str]
) -> tuple[Cells, float, float]:
    """Return (cells of the coordinate column(s), expected lat, expected lon)."""
    key = src.key
    r = rng.random()
    if key == "cm":
        if r < 0.45:
            comma = rng.random() < 0.6
            a, la = _dms(lat, "N", "S", comma)
            b, lo = _dms(lon, "E", "W", comma)
            tags.append("dms")
            return {"coordinates": f"{a} {b}"}, la, lo
        if r < 0.65:
            a, la = _ddm(lat, "N", "S")
            b, lo = _ddm(lon, "E", "W")
            tags.append("ddm")
            return {"coordinates": f"{a} {b}"}, la, lo
        a, la = _dec(lat, 5, comma=True)
        b, lo = _dec(lon, 5, comma=True)
        tags.append("decimal_comma")
        return {"coordinates": f"{a} / {b}"}, la, lo
    if key == "ar":
        if r < 0.8:
            return {"lat": round(lat, 6), "lon": round(lon, 6)}, round(lat, 6), round(lon, 6)
        a, la = _dec(lat, 5, comma=True)
        b, lo = _dec(lon, 5, comma=True)
        tags.append("decimal_comma")
        return {"lat": a, "lon": b}, la, lo
    if key == "py":
        if r < 0.75:
            a, la = _dec(lat, 5, comma=True)
            b, lo = _dec(lon, 5, comma=True)
            tags.append("decimal_comma")
            return {"coordinates": f"{a}; {b}"}, la, lo
        a, la = _dec(lat, 5)
        b, lo = _dec(lon, 5)
        tags.append("maps_paste")
        return {"coordinates": f"{a}, {b}"}, la, lo
    if key == "gh":
        places = int(rng.integers(4, 6))
        a, la = _dec(lat, places)
        b, lo = _dec(lon, places)
        if r < 0.3:
            tags.append("hemisphere_letter")
            space = choice(rng, ("", " "))
            a = f"{a.lstrip('-')}{space}{'N' if lat >= 0 else 'S'}"
            b = f"{b.lstrip('-')}{space}{'E' if lon >= 0 else 'W'}"
        return {"lat": a, "lon": b}, la, lo
    a, la = _dec(lat, 5)
    b, lo = _dec(lon, 5)
    return {"coordinates": f"{a},{b}" if r < 0.75 else f"{a}, {b}"}, la, lo


_NO_COORDS = {"cm": "N/D", "ar": "s/d", "py": "SIN COORDENADAS", "gh": "N/A", "lb": None}


def _no_coords(src: Blind21Source, rng: _Rng, tags: list[str], forced: bool) -> Cells:
    two = "coordinates" not in src.headers
    word = _NO_COORDS[src.key]
    if forced:
        tags.append("blank_coordinates")
        word = None
    elif word is not None and rng.random() < 0.5:
        tags.append("coords_placeholder")
    else:
        tags.append("coords_missing")
        word = None
    return {"lat": word, "lon": word} if two else {"coordinates": word}


# --------------------------------------------------------------------------------------
# One row
# --------------------------------------------------------------------------------------
def _num(value: object) -> float:
    return float(value)  # type: ignore[arg-type]


def _render(
    src: Blind21Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[Cells, Cells, list[str]]:
    """Write one true event as the source does: (cells, expected values, tags)."""
    key = src.key
    lang_key = "lb" if key == "lb" else src.language
    tags: list[str] = []
    cells: Cells = {}
    exp: Cells = {}
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]

    cell, day, precision, tag = _DATES[key](ts, rng, partial_ok)
    cells["event_date"] = cell
    exp["event_date"] = day
    exp["date_precision"] = precision
    if tag:
        tags.append(tag)

    crime = str(ev["crime_type"])
    text = choice(rng, _CRIME[key][crime])
    cells["crime_type"] = _ok(src, text, _CRIME[key][crime][0])
    if any(w in text for w in _LEGAL):
        tags.append("legal_ref")
    exp["crime_type"] = crime

    expl = ev["exploitation"]
    table = _EXPLOIT["ar" if key == "ar" else ("py" if key == "py" else lang_key)]
    if expl is None:
        word = choice(rng, table[""])
        cells["exploitation"] = None if word == "" else word
    else:
        cells["exploitation"] = _vocab(table, str(expl), rng, src)
    exp["exploitation"] = expl

    n = int(_num(ev["n_persons"]))
    cells["n_persons"], exp["n_persons"] = _persons(src, n, crime, rng, tags)
    n_sus = int(_num(ev["n_suspects"]))
    blank = forced_blank == "n_suspects"
    cells["n_suspects"], exp["n_suspects"] = _suspects(src, n_sus, rng, tags, blank)

    gender = str(ev["gender"])
    if forced_blank == "gender":
        tags.append("blank_gender")
        cells["gender"] = None
        exp["gender"] = "unknown"
    else:
        cells["gender"] = _vocab(_GENDER[key], gender, rng, src)
        exp["gender"] = gender

    ages = _AGE[key]
    age = str(ev["age_group"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["age_group"] = choice(rng, ages[""])
        exp["age_group"] = "unknown"
    else:
        cells["age_group"] = _vocab(ages, age, rng, src)
        exp["age_group"] = age

    nat = ev["nationality"]
    if forced_blank == "nationality" or nat is None:
        if forced_blank == "nationality":
            tags.append("blank_nationality")
        cells["nationality"] = None
        exp["nationality"] = None
    else:
        cells["nationality"] = _country(src, str(nat), rng, tags, demonym=True)
        exp["nationality"] = nat
    for col in ("origin_country", "destination_country"):
        code = ev[col]
        cells[col] = None if code is None else _country(src, str(code), rng, tags)
        exp[col] = code
    det = ev["detection_country"]
    if forced_blank == "detection_country" or det is None:
        if forced_blank == "detection_country":
            tags.append("blank_detection_country")
        cells["detection_country"] = None
        exp["detection_country"] = None
    else:
        cells["detection_country"] = _country(src, str(det), rng, tags)
        exp["detection_country"] = det

    cells["transit_countries"] = _transit(src, ev["transit_countries"], rng, tags)
    exp["transit_countries"] = ev["transit_countries"]

    modes = _TRANSPORT[key]
    mode = str(ev["transport_mode"])
    if rng.random() < 0.02:
        tags.append("na_word")
        cells["transport_mode"] = choice(rng, modes[""])
        exp["transport_mode"] = "unknown"
    else:
        cells["transport_mode"] = _vocab(modes, mode, rng, src)
        exp["transport_mode"] = mode

    lat, lon = ev["lat"], ev["lon"]
    forced_xy = forced_blank == "coordinates"
    if forced_xy or lat is None or lon is None or rng.random() < 0.04:
        cells.update(_no_coords(src, rng, tags, forced_xy))
        exp["lat"] = exp["lon"] = None
    else:
        xy, exp["lat"], exp["lon"] = _coords(src, _num(lat), _num(lon), rng, tags)
        cells.update(xy)

    cells["linked_offences"] = _offences(src, ev["linked_offences"], rng)
    exp["linked_offences"] = ev["linked_offences"]

    if key in _REMARKS:
        remark = choice(rng, _REMARKS[key])
        cells["remarks"] = remark if remark or src.format == "csv" else None
    return cells, exp, list(dict.fromkeys(tags))


# --------------------------------------------------------------------------------------
# Bad dates and note dates
# --------------------------------------------------------------------------------------
def _swap_year(year: int) -> int:
    """2022 -> 2202: the last two digits typed the wrong way round (a future year)."""
    text = str(year)
    return int(text[:1] + text[2] + text[1] + text[3])


def _bad_date(src: Blind21Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    key = src.key
    d, m, y = ts.day, ts.month, ts.year
    if kind == "no_date":
        words = {
            "cm": (None, "s.d.", "non précisée"),
            "ar": (None, "s/d", "sin fecha"),
            "py": (None, "S/F", "SIN FECHA"),
            "gh": (None, "N/A", "Not recorded"),
            "lb": (None, ""),
        }[key]
        return words[int(rng.integers(len(words)))]
    if kind == "bad_date":
        opts = {
            "cm": (f"31/02/{y}", f"30 février {y}", f"31/04/{y}", f"31 juin {y}"),
            "ar": (f"31/02/{y}", f"30 de febrero de {y}", f"31/06/{y}"),
            "py": (f"31/02/{y}", f"31-06-{y}", f"30/02/{y % 100:02d}"),
            "gh": (f"31/02/{y}", f"30th February, {y}", f"31/09/{y}"),
            "lb": (f"{y}-02-30", f"{y}-02-31", f"{y}-04-31"),
        }[key]
        return choice(rng, opts)
    fy = _swap_year(y)
    if fy <= y:
        fy = y + 180
    future = pd.Timestamp(year=fy, month=m, day=min(d, 28))
    if key == "ar" and rng.random() < 0.5:
        return future.to_pydatetime()
    if key == "lb":
        return future.strftime("%Y-%m-%d")
    return future.strftime("%d/%m/%Y")


def _note_date(src: Blind21Source, last: pd.Timestamp) -> object:
    if src.key == "ar":
        return last.to_pydatetime()
    if src.key == "lb":
        return last.strftime("%Y-%m-%d")
    return last.strftime("%d/%m/%Y")


_EXAMINER: Examiner[Blind21Source] = Examiner(
    sources=BLIND21_SOURCES,
    primary=_PRIMARY,
    compilation=_LB.source,
    secondary=_SECONDARY,
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2121,
    blank_share=0.4,
)


def make_blind21(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind21`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        ``dgsn_cameroun_w.csv``, ``dnm_argentina_w.xlsx``, ``pnp_paraguay_w.csv``,
        ``gis_ghana_w.csv`` and ``gs_lebanon_w.jsonl``, each with its expected rows
        (see the module docstring).

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind21(make_truth(seed=1, n_events=200), seed=1)
    >>> [s.filename for s in subs]  # doctest: +NORMALIZE_WHITESPACE
    ['dgsn_cameroun_w.csv', 'dnm_argentina_w.xlsx', 'pnp_paraguay_w.csv',
     'gis_ghana_w.csv', 'gs_lebanon_w.jsonl']
    """
    return make_examined(_EXAMINER, truth, seed=seed)
