"""Examiner variant ``blind71``: five foreign liaison desks (files ``*_bu.*``).

A reader's guide to the five sources. Every cell is one a competent analyst reads
unambiguously; the expected clean values are recorded row by row.

``mps_enlace_buenosaires_bu.csv`` -- Chinese Ministry of Public Security liaison officer
    at the embassy in Buenos Aires (source ``mps_liaison_bue``). Spanish, UTF-16 with a
    tab delimiter (an Excel "Unicode text" export). Bilingual Chinese/Spanish headers
    (``日期 Fecha``). Dates ``2023/05/17``, ``2023年5月17日``, ``17/05/2023``, ``2023.05.17``;
    month-only ``2023年5月`` and ``mayo 2023``, quarters ``2.º trim. 2023``. Crime type with
    Argentine legal references (Ley 26.364, art. 117 Ley 25.871); nationality as ISO
    alpha-2 codes or Spanish names; coordinates as one cell ``lat, lon`` with decimal
    points; counts ``1.234``; placeholders ``s/d``, ``不详``.

``jandarma_irtibat_madrid_bu.xlsx`` -- Turkish Gendarmerie (Jandarma) liaison office at the
    embassy in Madrid (source ``jandarma_liaison_mad``). Spanish workbook; dates as native
    Excel dates, raw Excel serial numbers, or text ``17.05.2023``; month ``05.2023``,
    ``mayo de 2023``; quarters ``T2/2023``. Crime type quoting the Turkish Penal Code
    (``TCK m.79`` smuggling, ``TCK m.80`` trafficking) and Spanish words; exploitation in
    its own column; countries as Spanish names or demonyms; separate lat/lon columns with
    decimal commas (text) or numbers; re-sends some rows.

``mwo_rome_bu.csv`` -- Philippine Migrant Workers Office (ex-POLO) in Rome (source
    ``mwo_rome``). English, UTF-8 with BOM, comma delimiter, quoted cells. Dates
    ``May 17, 2023``, ``17 May 2023``, ``5/17/2023`` (month first, only with a day over
    12), ISO; month ``May 2023``; quarters ``Q2 2023``. Crime type citing RA 9208 as
    amended by RA 10364; exploitation in one cell with the crime (``TIP - domestic
    servitude``); counts ``1,234``, ``N/A``; coordinates in degrees-minutes-seconds.

``attache_irak_paris_bu.csv`` -- Iraqi Ministry of Interior police attaché in Paris
    (source ``attache_irak_paris``). French, cp1252, semicolon delimiter. Dates
    ``17/05/2023``, ``17 mai 2023``, ``17-05-23``; month ``mai 2023``; quarters
    ``2e trimestre 2023``. Crime type citing CESEDA L823-1, code pénal 225-4-1 and the
    Iraqi law n° 28 of 2012; counts ``1 234`` (no-break space); placeholders ``n.c.``,
    ``néant`` for no suspect; a few country names in mojibake (``SÃ©nÃ©gal``);
    coordinates ``N 36,1234 / O 5,4567`` style with decimal commas. Compiles every event
    the other desks do not report first.

``india_mha_mexico_bu.jsonl`` -- Indian embassy liaison desk (MHA) in Mexico City
    (source ``india_liaison_mex``). English JSON lines, some counts as strings. Dates
    ``17-05-2023`` (day first), ``17th May 2023``, ``2023-05-17T00:00:00``; month
    ``May-2023``; quarters ``Apr-Jun 2023``. Crime type ``S.370 IPC`` / ``BNS s.143``
    (trafficking) and ``smuggling of migrants``; counts ``1,234``; placeholders ``NA``,
    ``nil`` for no suspect; coordinates as ``"19.4326N, 99.1332W"``.
"""

from __future__ import annotations

import datetime as dt

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

__all__ = ["BLIND71_SOURCES", "make_blind71"]

_Rng = np.random.Generator

# code -> (en name, fr name, es name, en demonym, fr demonym, es demonym)
_COUNTRIES: dict[str, tuple[str, str, str, str, str, str]] = {
    "AFG": ("Afghanistan", "Afghanistan", "Afganistán", "Afghan", "afghane", "afgana"),
    "ALB": ("Albania", "Albanie", "Albania", "Albanian", "albanaise", "albanesa"),
    "AUT": ("Austria", "Autriche", "Austria", "Austrian", "autrichienne", "austriaca"),
    "BGD": ("Bangladesh", "Bangladesh", "Bangladés", "Bangladeshi", "bangladaise", "bangladesí"),
    "BGR": ("Bulgaria", "Bulgarie", "Bulgaria", "Bulgarian", "bulgare", "búlgara"),
    "BIH": (
        "Bosnia and Herzegovina",
        "Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
        "Bosnian",
        "bosnienne",
        "bosnia",
    ),
    "BLR": ("Belarus", "Biélorussie", "Bielorrusia", "Belarusian", "biélorusse", "bielorrusa"),
    "CHN": ("China", "Chine", "China", "Chinese", "chinoise", "china"),
    "CIV": (
        "Ivory Coast",
        "Côte d'Ivoire",
        "Costa de Marfil",
        "Ivorian",
        "ivoirienne",
        "marfileña",
    ),
    "CMR": ("Cameroon", "Cameroun", "Camerún", "Cameroonian", "camerounaise", "camerunesa"),
    "COL": ("Colombia", "Colombie", "Colombia", "Colombian", "colombienne", "colombiana"),
    "DEU": ("Germany", "Allemagne", "Alemania", "German", "allemande", "alemana"),
    "DZA": ("Algeria", "Algérie", "Argelia", "Algerian", "algérienne", "argelina"),
    "ECU": ("Ecuador", "Équateur", "Ecuador", "Ecuadorian", "équatorienne", "ecuatoriana"),
    "EGY": ("Egypt", "Égypte", "Egipto", "Egyptian", "égyptienne", "egipcia"),
    "ERI": ("Eritrea", "Érythrée", "Eritrea", "Eritrean", "érythréenne", "eritrea"),
    "ESP": ("Spain", "Espagne", "España", "Spanish", "espagnole", "española"),
    "FRA": ("France", "France", "Francia", "French", "française", "francesa"),
    "GBR": ("United Kingdom", "Royaume-Uni", "Reino Unido", "British", "britannique", "británica"),
    "GIN": ("Guinea", "Guinée", "Guinea", "Guinean", "guinéenne", "guineana"),
    "GMB": ("The Gambia", "Gambie", "Gambia", "Gambian", "gambienne", "gambiana"),
    "GRC": ("Greece", "Grèce", "Grecia", "Greek", "grecque", "griega"),
    "GTM": ("Guatemala", "Guatemala", "Guatemala", "Guatemalan", "guatémaltèque", "guatemalteca"),
    "HND": ("Honduras", "Honduras", "Honduras", "Honduran", "hondurienne", "hondureña"),
    "HRV": ("Croatia", "Croatie", "Croacia", "Croatian", "croate", "croata"),
    "HTI": ("Haiti", "Haïti", "Haití", "Haitian", "haïtienne", "haitiana"),
    "HUN": ("Hungary", "Hongrie", "Hungría", "Hungarian", "hongroise", "húngara"),
    "IRN": ("Iran", "Iran", "Irán", "Iranian", "iranienne", "iraní"),
    "IRQ": ("Iraq", "Irak", "Irak", "Iraqi", "irakienne", "iraquí"),
    "ITA": ("Italy", "Italie", "Italia", "Italian", "italienne", "italiana"),
    "LBY": ("Libya", "Libye", "Libia", "Libyan", "libyenne", "libia"),
    "MAR": ("Morocco", "Maroc", "Marruecos", "Moroccan", "marocaine", "marroquí"),
    "MEX": ("Mexico", "Mexique", "México", "Mexican", "mexicaine", "mexicana"),
    "MKD": (
        "North Macedonia",
        "Macédoine du Nord",
        "Macedonia del Norte",
        "Macedonian",
        "macédonienne",
        "macedonia",
    ),
    "MLI": ("Mali", "Mali", "Malí", "Malian", "malienne", "maliense"),
    "MRT": ("Mauritania", "Mauritanie", "Mauritania", "Mauritanian", "mauritanienne", "mauritana"),
    "NER": ("Niger", "Niger", "Níger", "Nigerien", "nigérienne", "nigerina"),
    "NGA": ("Nigeria", "Nigéria", "Nigeria", "Nigerian", "nigériane", "nigeriana"),
    "PAK": ("Pakistan", "Pakistan", "Pakistán", "Pakistani", "pakistanaise", "pakistaní"),
    "PAN": ("Panama", "Panama", "Panamá", "Panamanian", "panaméenne", "panameña"),
    "POL": ("Poland", "Pologne", "Polonia", "Polish", "polonaise", "polaca"),
    "ROU": ("Romania", "Roumanie", "Rumanía", "Romanian", "roumaine", "rumana"),
    "RUS": ("Russia", "Russie", "Rusia", "Russian", "russe", "rusa"),
    "SEN": ("Senegal", "Sénégal", "Senegal", "Senegalese", "sénégalaise", "senegalesa"),
    "SRB": ("Serbia", "Serbie", "Serbia", "Serbian", "serbe", "serbia"),
    "SYR": ("Syria", "Syrie", "Siria", "Syrian", "syrienne", "siria"),
    "TUN": ("Tunisia", "Tunisie", "Túnez", "Tunisian", "tunisienne", "tunecina"),
    "TUR": ("Türkiye", "Turquie", "Turquía", "Turkish", "turque", "turca"),
    "USA": (
        "United States",
        "États-Unis",
        "Estados Unidos",
        "American",
        "américaine",
        "estadounidense",
    ),
    "VEN": ("Venezuela", "Venezuela", "Venezuela", "Venezuelan", "vénézuélienne", "venezolana"),
    "VNM": ("Viet Nam", "Viêt Nam", "Vietnam", "Vietnamese", "vietnamienne", "vietnamita"),
    "YEM": ("Yemen", "Yémen", "Yemen", "Yemeni", "yéménite", "yemení"),
}
_LANG_POS = {"en": 0, "fr": 1, "es": 2}

_MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
_MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
_EXCEL_EPOCH = pd.Timestamp("1899-12-30")


# --------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------
_CN = ExaminerSource(
    source="mps_liaison_bue",
    filename="mps_enlace_buenosaires_bu.csv",
    ref="公安部-BUE-{year}-{seq:04d}",
    format="csv",
    encoding="utf-16",
    delimiter="\t",
    language="es",
    headers={
        "source_ref": "编号 N° expediente",
        "event_date": "日期 Fecha",
        "crime_type": "案由 Delito / tipificación",
        "exploitation": "剥削形式 Finalidad de explotación",
        "n_persons": "人数 Nº personas",
        "n_suspects": "嫌疑人 Imputados",
        "gender": "性别 Sexo",
        "age_group": "年龄 Edad",
        "nationality": "国籍 Nacionalidad",
        "origin_country": "出发国 País de origen",
        "transit_countries": "过境 Tránsito",
        "destination_country": "目的国 Destino",
        "detection_country": "发现地 País de detección",
        "transport_mode": "交通方式 Medio",
        "coordinates": "坐标 Coordenadas (lat, lon)",
        "linked_offences": "关联罪行 Delitos conexos",
    },
    note="备注 Nota: datos provisionales remitidos por la Oficina de Enlace; sujetos a revisión",
    total="合计 TOTAL",
    bad_count=("若干", "varios", "???"),
    repeats=False,
)
_TR = ExaminerSource(
    source="jandarma_liaison_mad",
    filename="jandarma_irtibat_madrid_bu.xlsx",
    ref="JGK/MAD/{yy:02d}-{seq:03d}",
    format="xlsx",
    encoding="utf-8",
    delimiter=None,
    language="es",
    headers={
        "source_ref": "Ref. JGK",
        "event_date": "Fecha del hecho",
        "crime_type": "Tipo penal (TCK)",
        "exploitation": "Fin de explotación",
        "n_persons": "Nº migrantes/víctimas",
        "n_suspects": "Nº organizadores detenidos",
        "gender": "Sexo",
        "age_group": "Edad",
        "nationality": "Nacionalidad",
        "origin_country": "País de procedencia",
        "transit_countries": "Ruta (tránsito)",
        "destination_country": "País de destino final",
        "detection_country": "País de interceptación",
        "transport_mode": "Medio de transporte",
        "lat": "Latitud (º)",
        "lon": "Longitud (º)",
        "linked_offences": "Otros delitos",
    },
    note="Fuente: Jandarma Genel Komutanlığı - Agregaduría de Interior, Embajada de Turquía",
    total="TOPLAM / TOTAL",
    bad_count=("bilinmiyor (varios)", "numerosos", "—?"),
    repeats=True,
)
_PH = ExaminerSource(
    source="mwo_rome",
    filename="mwo_rome_bu.csv",
    ref="MWO-ROM-{year}-{seq:05d}",
    format="csv",
    encoding="utf-8-sig",
    delimiter=",",
    language="en",
    headers={
        "source_ref": "Case Control No.",
        "event_date": "Date of Incident",
        "crime_type": "Nature of Case (TIP / Smuggling)",
        "n_persons": "No. of Victims/Migrants (pax)",
        "n_suspects": "No. of Suspects/Recruiters",
        "gender": "Sex",
        "age_group": "Age Bracket",
        "nationality": "Citizenship",
        "origin_country": "Country of Departure",
        "transit_countries": "Transit Points",
        "destination_country": "Intended Destination",
        "detection_country": "Country Where Intercepted",
        "transport_mode": "Mode of Travel",
        "coordinates": "Location (DMS)",
        "linked_offences": "Related Offenses",
    },
    note="NOTE: Figures as reported by host-country authorities; subject to validation by DMW",
    total="GRAND TOTAL",
    bad_count=("several", "TBD", "?"),
    repeats=False,
)
_IQ = ExaminerSource(
    source="attache_irak_paris",
    filename="attache_irak_paris_bu.csv",
    ref="AIP/{year}/{seq:04d}",
    format="csv",
    encoding="cp1252",
    delimiter=";",
    language="fr",
    headers={
        "source_ref": "N° de fiche",
        "event_date": "Date des faits",
        "crime_type": "Qualification",
        "exploitation": "Forme d'exploitation",
        "n_persons": "Nb de personnes",
        "n_suspects": "Nb de mis en cause",
        "gender": "Sexe",
        "age_group": "Majeurs/mineurs",
        "nationality": "Nationalité",
        "origin_country": "Pays de départ",
        "transit_countries": "Pays de transit",
        "destination_country": "Pays de destination",
        "detection_country": "Pays d'interpellation",
        "transport_mode": "Vecteur",
        "coordinates": "Position (lat/long)",
        "linked_offences": "Infractions connexes",
    },
    note="NB : synthèse établie par l'attaché de police ; données non consolidées",
    total="TOTAL GÉNÉRAL",
    bad_count=("plusieurs", "nombreux", "x"),
    repeats=False,
)
_IN = ExaminerSource(
    source="india_liaison_mex",
    filename="india_mha_mexico_bu.jsonl",
    ref="EOI/MEX/MHA/{year}/{seq:03d}",
    format="jsonl",
    encoding="utf-8",
    delimiter=None,
    language="en",
    headers={
        "source_ref": "file_no",
        "event_date": "date_of_occurrence",
        "crime_type": "offence_head",
        "exploitation": "purpose_of_exploitation",
        "n_persons": "persons_involved",
        "n_suspects": "accused_arrested",
        "gender": "sex",
        "age_group": "age_category",
        "nationality": "nationality",
        "origin_country": "country_of_departure",
        "transit_countries": "transit_via",
        "destination_country": "destination",
        "detection_country": "place_of_detection_country",
        "transport_mode": "mode_of_conveyance",
        "coordinates": "geo_location",
        "linked_offences": "other_offences",
    },
    note="Compiled by Embassy of India, Mexico City (MHA liaison desk); for official use only",
    total="Total",
    bad_count=("many", "multiple", "not counted yet?"),
    repeats=False,
)

#: The variant's sources, in the order of their submissions.
BLIND71_SOURCES: tuple[ExaminerSource, ...] = (_CN, _TR, _PH, _IQ, _IN)


# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "mps_liaison_bue": {
        "smuggling": (
            "Tráfico ilícito de migrantes (art. 117 Ley 25.871)",
            "偷渡 / tráfico de migrantes",
            "tráfico ilícito de migrantes",
            "Ley 25.871 art. 116 - tráfico de personas migrantes",
        ),
        "trafficking": (
            "Trata de personas (Ley 26.364)",
            "拐卖人口 / trata de personas",
            "trata de personas",
        ),
        "both": (
            "Trata de personas y tráfico de migrantes",
            "Ley 26.364 + Ley 25.871 art. 117 (trata y tráfico)",
        ),
    },
    "jandarma_liaison_mad": {
        "smuggling": (
            "TCK m.79 - tráfico de migrantes",
            "Göçmen kaçakçılığı (TCK 79)",
            "Tráfico ilícito de migrantes",
            "art. 79 TCK (kaçakçılık)",
        ),
        "trafficking": (
            "TCK m.80 - trata de seres humanos",
            "İnsan ticareti (TCK 80)",
            "Trata de seres humanos",
        ),
        "both": ("TCK m.79 + m.80", "Trata y tráfico (TCK 79/80)"),
    },
    "mwo_rome": {
        "smuggling": ("Migrant smuggling", "Smuggling of migrants", "Human smuggling"),
        "trafficking": (
            "TIP (RA 9208 as amended by RA 10364)",
            "Trafficking in persons",
            "Human trafficking",
        ),
        "both": ("TIP and migrant smuggling", "Trafficking + smuggling (RA 10364)"),
    },
    "attache_irak_paris": {
        "smuggling": (
            "Aide à l'entrée et au séjour irréguliers (art. L823-1 CESEDA)",
            "Trafic de migrants",
            "aide à l'entrée irrégulière / passeurs",
            "Trafic illicite de migrants",
        ),
        "trafficking": (
            "Traite des êtres humains (art. 225-4-1 CP)",
            "TEH",
            "Traite des personnes (loi irakienne n° 28 de 2012)",
        ),
        "both": ("TEH + aide à l'entrée irrégulière", "Traite et trafic de migrants"),
    },
    "india_liaison_mex": {
        "smuggling": ("Smuggling of migrants", "Migrant smuggling", "human smuggling"),
        "trafficking": (
            "S.370 IPC (trafficking of persons)",
            "BNS s.143 - trafficking",
            "Human trafficking",
        ),
        "both": ("Trafficking (S.370 IPC) and migrant smuggling", "trafficking + smuggling"),
    },
}

_EXPL: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sexual": ("explotación sexual", "prostitución forzada", "sexual"),
        "forced_labour": ("explotación laboral", "trabajos forzados", "servidumbre laboral"),
        "forced_criminality": ("actividades delictivas forzadas", "delincuencia forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otras formas", "otra finalidad"),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "proxénétisme / prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("contrainte à commettre des délits", "délinquance forcée"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre", "autre forme d'exploitation"),
    },
    "en": {
        "sexual": ("sexual exploitation", "prostitution"),
        "forced_labour": ("forced labour", "forced labor", "domestic servitude"),
        "forced_criminality": ("forced criminality", "forced criminal activities"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other exploitation", "others"),
    },
}

_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "male": ("hombres", "varones", "masculino"),
        "female": ("mujeres", "femenino"),
        "mixed": ("mixto", "hombres y mujeres", "ambos sexos"),
    },
    "fr": {
        "male": ("hommes", "masculin", "H"),
        "female": ("femmes", "féminin", "F"),
        "mixed": ("mixte", "hommes et femmes", "H/F"),
    },
    "en": {
        "male": ("male", "M", "males"),
        "female": ("female", "F", "females"),
        "mixed": ("mixed", "both sexes", "M/F"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "adult": ("adultos", "mayores de edad"),
        "child": ("menores", "NNA (niños, niñas y adolescentes)", "menores de edad"),
        "mixed": ("adultos y menores", "mixto"),
    },
    "fr": {
        "adult": ("majeurs", "adultes"),
        "child": ("mineurs", "MNA"),
        "mixed": ("majeurs et mineurs", "mixte"),
    },
    "en": {
        "adult": ("adult", "18 and above", "adults"),
        "child": ("minor", "minors (below 18)", "children"),
        "mixed": ("adults & minors", "mixed ages"),
    },
}
_TRANSPORT: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "sea": ("marítimo", "embarcación", "patera", "cayuco", "lancha neumática"),
        "land": ("terrestre", "camión", "a pie", "autobús", "vehículo particular"),
        "air": ("aéreo", "vuelo comercial", "avión"),
    },
    "fr": {
        "sea": ("maritime", "embarcation", "small boat", "voie maritime"),
        "land": ("terrestre", "poids lourd", "à pied", "véhicule léger"),
        "air": ("aérien", "vol commercial"),
    },
    "en": {
        "sea": ("sea", "boat", "by sea (vessel)", "dinghy"),
        "land": ("land", "truck", "on foot", "overland (bus)"),
        "air": ("air", "commercial flight", "by air"),
    },
}
_OFFENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "document_fraud": ("falsificación documental", "documentos falsos"),
        "money_laundering": ("blanqueo de capitales", "lavado de activos"),
        "illicit_goods": ("contrabando",),
        "corruption": ("cohecho", "corrupción"),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
    "fr": {
        "document_fraud": ("faux documents", "fraude documentaire"),
        "money_laundering": ("blanchiment",),
        "illicit_goods": ("contrebande",),
        "corruption": ("corruption",),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "en": {
        "document_fraud": ("document fraud", "fake passports"),
        "money_laundering": ("money laundering", "hawala / money laundering"),
        "illicit_goods": ("contraband",),
        "corruption": ("bribery", "corruption"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
}
_OFF_SEP = {
    "mps_liaison_bue": (" / ", "; "),
    "jandarma_liaison_mad": (", ", " y "),
    "mwo_rome": ("; ", " & "),
    "attache_irak_paris": (", ", " + "),
    "india_liaison_mex": (", ", " / "),
}
_TRANSIT_SEP = {
    "mps_liaison_bue": (" - ", " → "),
    "jandarma_liaison_mad": (" > ", ", "),
    "mwo_rome": (" - ", " / "),
    "attache_irak_paris": (", ", " puis "),
    "india_liaison_mex": (" -> ", ", "),
}
_COUNT_PH = {
    "mps_liaison_bue": ("s/d", "不详", "desconocido"),
    "jandarma_liaison_mad": ("s/d", "desconocido", "sin determinar"),
    "mwo_rome": ("N/A", "unknown", "not available"),
    "attache_irak_paris": ("n.c.", "inconnu", "non communiqué"),
    "india_liaison_mex": ("NA", "not known", "unknown"),
}
_ZERO = {
    "mps_liaison_bue": ("ninguno", "无", "sin detenidos"),
    "jandarma_liaison_mad": ("ninguno", "sin detenidos", "yok"),
    "mwo_rome": ("none", "nil", "no arrest"),
    "attache_irak_paris": ("néant", "aucun"),
    "india_liaison_mex": ("nil", "none"),
}
_COORD_PH = {
    "mps_liaison_bue": "s/d",
    "jandarma_liaison_mad": "s/d",
    "mwo_rome": "N/A",
    "attache_irak_paris": "n.c.",
    "india_liaison_mex": "NA",
}


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: ExaminerSource, code: str, rng: _Rng, *, demonym: bool) -> tuple[str, list[str]]:
    names = _COUNTRIES[code]
    pos = _LANG_POS[src.language]
    r = rng.random()
    tags: list[str] = []
    if src.source == "mps_liaison_bue" and r < 0.35:
        out = iso_codes(code)[0]
        tags.append("iso2")
    elif src.source == "india_liaison_mex" and r < 0.2:
        out = code
        tags.append("iso3")
    elif demonym and r < 0.6:
        out = names[3 + pos]
        tags.append("demonym")
    else:
        out = names[pos]
        if src.source in ("jandarma_liaison_mad", "attache_irak_paris") and rng.random() < 0.3:
            out = out.upper()
    if src.source == "attache_irak_paris" and rng.random() < 0.06:
        garbled = mojibake(out)
        if garbled is not None and fits(garbled, src):
            out = garbled
            tags.append("mojibake")
    if not fits(out, src):
        out = names[pos]
    return out, tags


def _number(src: ExaminerSource, n: int, rng: _Rng) -> object:
    if src.format in ("xlsx", "jsonl") and rng.random() < 0.6:
        return int(n)
    if n >= 1000:
        if src.language == "es":
            return f"{n:,}".replace(",", ".")
        if src.language == "fr":
            return f"{n:,}".replace(",", "\u00a0")
        return f"{n:,}"
    if src.source == "mwo_rome" and rng.random() < 0.15:
        return f"{n} pax"
    if src.source == "mps_liaison_bue" and rng.random() < 0.15:
        return f"{n}人"
    return str(n)


def _date(src: ExaminerSource, ts: pd.Timestamp, rng: _Rng, prec: str) -> object:
    d, m, y = ts.day, ts.month, ts.year
    q = (m - 1) // 3 + 1
    s = src.source
    if prec == "quarter":
        return {
            "mps_liaison_bue": f"{q}.º trim. {y}",
            "jandarma_liaison_mad": f"T{q}/{y}",
            "mwo_rome": f"Q{q} {y}",
            "attache_irak_paris": f"{q}{'er' if q == 1 else 'e'} trimestre {y}",
            "india_liaison_mex": (f"{_MONTHS_EN[3 * q - 3][:3]}-{_MONTHS_EN[3 * q - 1][:3]} {y}"),
        }[s]
    if prec == "month":
        opts = {
            "mps_liaison_bue": (f"{y}年{m}月", f"{_MONTHS_ES[m - 1]} {y}"),
            "jandarma_liaison_mad": (f"{m:02d}.{y}", f"{_MONTHS_ES[m - 1]} de {y}"),
            "mwo_rome": (f"{_MONTHS_EN[m - 1]} {y}", f"{_MONTHS_EN[m - 1][:3]}. {y}"),
            "attache_irak_paris": (f"{_MONTHS_FR[m - 1]} {y}", f"{_MONTHS_FR[m - 1].upper()} {y}"),
            "india_liaison_mex": (f"{_MONTHS_EN[m - 1][:3]}-{y}", f"{_MONTHS_EN[m - 1]}, {y}"),
        }[s]
        return choice(rng, opts)
    if s == "mps_liaison_bue":
        return choice(
            rng,
            (
                f"{y}/{m:02d}/{d:02d}",
                f"{y}年{m}月{d}日",
                f"{d:02d}/{m:02d}/{y}",
                f"{y}.{m:02d}.{d:02d}",
            ),
        )
    if s == "jandarma_liaison_mad":
        r = rng.random()
        if r < 0.4:
            return dt.datetime(y, m, d)
        if r < 0.7:
            return int((ts.normalize() - _EXCEL_EPOCH).days)
        return f"{d:02d}.{m:02d}.{y}"
    if s == "mwo_rome":
        opts2 = [
            f"{_MONTHS_EN[m - 1]} {d}, {y}",
            f"{d} {_MONTHS_EN[m - 1]} {y}",
            ts.strftime("%Y-%m-%d"),
        ]
        if d > 12:
            opts2.append(f"{m}/{d}/{y}")
        return choice(rng, opts2)
    if s == "attache_irak_paris":
        day = "1er" if d == 1 else str(d)
        return choice(
            rng,
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{day} {_MONTHS_FR[m - 1]} {y}",
                f"{d:02d}-{m:02d}-{y % 100:02d}",
            ),
        )
    suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return choice(
        rng,
        (
            f"{d:02d}-{m:02d}-{y}",
            f"{d}{suffix} {_MONTHS_EN[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}T00:00:00",
        ),
    )


def _dms(v: float, pos: str, neg: str) -> str:
    h = pos if v >= 0 else neg
    a = abs(v)
    deg = int(a)
    mins = int((a - deg) * 60)
    sec = (a - deg - mins / 60) * 3600
    return f"{deg}°{mins:02d}'{sec:04.1f}\"{h}"


def _coords(src: ExaminerSource, lat: float, lon: float, rng: _Rng) -> dict[str, object]:
    s = src.source
    if s == "jandarma_liaison_mad":
        if rng.random() < 0.5:
            return {"lat": round(lat, 5), "lon": round(lon, 5)}
        return {"lat": f"{lat:.5f}".replace(".", ","), "lon": f"{lon:.5f}".replace(".", ",")}
    if s == "mps_liaison_bue":
        return {"coordinates": f"{lat:.5f}, {lon:.5f}"}
    if s == "mwo_rome":
        return {"coordinates": f"{_dms(lat, 'N', 'S')} {_dms(lon, 'E', 'W')}"}
    if s == "attache_irak_paris":
        ns = "N" if lat >= 0 else "S"
        eo = "E" if lon >= 0 else "O"
        la = f"{abs(lat):.4f}".replace(".", ",")
        lo = f"{abs(lon):.4f}".replace(".", ",")
        return {"coordinates": f"{ns} {la} / {eo} {lo}"}
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return {"coordinates": f"{abs(lat):.4f}{ns}, {abs(lon):.4f}{ew}"}


def _render(
    src: ExaminerSource,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    lang = src.language
    s = src.source
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    tags: list[str] = []
    exp: dict[str, object] = {}

    # date
    prec = "day"
    if partial_ok:
        r = rng.random()
        prec = "month" if r < 0.05 else ("quarter" if r < 0.07 else "day")
    cells["event_date"] = _date(src, ts, rng, prec)
    if prec == "day":
        exp["event_date"] = ts.normalize()
    elif prec == "month":
        exp["event_date"] = ts.to_period("M").start_time
        tags.append("partial_month")
    else:
        exp["event_date"] = ts.to_period("Q").start_time
        tags.append("partial_quarter")
    exp["date_precision"] = prec

    # crime type and exploitation
    crime = str(ev["crime_type"])
    expl = ev["exploitation"]
    ctext = choice(rng, _CRIME[s][crime])
    if expl is not None and crime != "smuggling":
        etext = choice(rng, _EXPL[lang][str(expl)])
        if "exploitation" in src.headers:
            cells["exploitation"] = etext
        else:
            ctext = f"{ctext} - {etext}"
            tags.append("crime_with_exploitation")
    cells["crime_type"] = ctext if fits(ctext, src) else _CRIME[s][crime][-1]
    exp["crime_type"] = crime
    exp["exploitation"] = expl if crime != "smuggling" else None

    # counts
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"] = choice(rng, _COUNT_PH[s])
        exp["n_persons"] = None
        tags.append("count_placeholder")
    else:
        cells["n_persons"] = _number(src, n, rng)
        exp["n_persons"] = n
        if n >= 1000:
            tags.append("thousands")
    k = ev["n_suspects"]
    if forced_blank == "n_suspects":
        cells["n_suspects"] = ""
        exp["n_suspects"] = None
        tags.append("blank_n_suspects")
    elif k is None:
        exp["n_suspects"] = None
    elif rng.random() < 0.03:
        cells["n_suspects"] = choice(rng, _COUNT_PH[s])
        exp["n_suspects"] = None
        tags.append("suspects_placeholder")
    elif int(k) == 0 and rng.random() < 0.5:  # type: ignore[call-overload]
        cells["n_suspects"] = choice(rng, _ZERO[s])
        exp["n_suspects"] = 0
        tags.append("zero_word")
    else:
        cells["n_suspects"] = _number(src, int(k), rng)  # type: ignore[call-overload]
        exp["n_suspects"] = int(k)  # type: ignore[call-overload]

    # gender, age
    if forced_blank == "gender":
        cells["gender"] = ""
        exp["gender"] = "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[lang][str(ev["gender"])])
        exp["gender"] = ev["gender"]
    cells["age_group"] = choice(rng, _AGE[lang][str(ev["age_group"])])
    exp["age_group"] = ev["age_group"]

    # countries
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col or code is None:
            cells[col] = ""
            exp[col] = None
            if forced_blank == col:
                tags.append(f"blank_{col}")
            continue
        text, t = _country(src, str(code), rng, demonym=col == "nationality")
        cells[col] = text
        exp[col] = code
        tags.extend(t)
    transit = ev["transit_countries"]
    if transit is None:
        cells["transit_countries"] = ""
    else:
        sep = choice(rng, _TRANSIT_SEP[s])
        parts = [_country(src, c, rng, demonym=False)[0] for c in str(transit).split("|")]
        cells["transit_countries"] = sep.join(parts)
    exp["transit_countries"] = transit

    # transport
    cells["transport_mode"] = choice(rng, _TRANSPORT[lang][str(ev["transport_mode"])])
    exp["transport_mode"] = ev["transport_mode"]

    # coordinates
    lat, lon = ev["lat"], ev["lon"]
    coord_cols = ["lat", "lon"] if "lat" in src.headers else ["coordinates"]
    r = rng.random()
    if forced_blank == "coordinates" or lat is None or lon is None:
        for c in coord_cols:
            cells[c] = ""
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif r < 0.03:
        for c in coord_cols:
            cells[c] = ""
        exp["lat"] = exp["lon"] = None
        tags.append("coords_missing")
    elif r < 0.05:
        for c in coord_cols:
            cells[c] = _COORD_PH[s]
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        cells.update(_coords(src, float(lat), float(lon), rng))  # type: ignore[arg-type]
        exp["lat"], exp["lon"] = float(lat), float(lon)  # type: ignore[arg-type]

    # linked offences
    off = ev["linked_offences"]
    if off is None:
        cells["linked_offences"] = ""
    else:
        sep = choice(rng, _OFF_SEP[s])
        cells["linked_offences"] = sep.join(
            choice(rng, _OFFENCES[lang][o]) for o in str(off).split("|")
        )
    exp["linked_offences"] = off

    if src.format != "csv":  # an empty text cell of a workbook or JSON line is no value
        cells = {c: (None if v == "" else v) for c, v in cells.items()}
    return cells, exp, tags


def _bad_date(src: ExaminerSource, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    if kind == "no_date":
        return {
            "mps_liaison_bue": choice(rng, ("", "s/f")),
            "jandarma_liaison_mad": None,
            "mwo_rome": choice(rng, ("", "no date")),
            "attache_irak_paris": choice(rng, ("", "date inconnue")),
            "india_liaison_mex": None,
        }[src.source]
    if kind == "bad_date":
        return {
            "mps_liaison_bue": f"{ts.year}/02/31",
            "jandarma_liaison_mad": f"31.02.{ts.year}",
            "mwo_rome": f"February 30, {ts.year}",
            "attache_irak_paris": f"32/{ts.month:02d}/{ts.year}",
            "india_liaison_mex": f"31-02-{ts.year}",
        }[src.source]
    future = ts.replace(year=2027 + int(rng.integers(0, 3)))
    return _date(src, future, rng, "day")


def _note_date(src: ExaminerSource, last: pd.Timestamp) -> object:
    if src.format == "xlsx":
        return dt.datetime(last.year, last.month, last.day)
    return _date(src, last, np.random.default_rng(0), "day")


_EXAMINER: Examiner[ExaminerSource] = Examiner(
    sources=BLIND71_SOURCES,
    primary={
        "PAN": "mps_liaison_bue",
        "USA": "india_liaison_mex",
        "ESP": "jandarma_liaison_mad",
        "GRC": "jandarma_liaison_mad",
        "ITA": "mwo_rome",
        "GBR": "attache_irak_paris",
        "FRA": "attache_irak_paris",
    },
    compilation="attache_irak_paris",
    secondary={
        ("darien", "PAN"): "india_liaison_mex",
        ("us_mex", "USA"): "mps_liaison_bue",
        ("cmed", "ITA"): "attache_irak_paris",
        ("thb_nga_ita", "ITA"): "attache_irak_paris",
        ("emed", "GRC"): "attache_irak_paris",
        ("watl", "ESP"): "mwo_rome",
        ("wmed", "ESP"): "attache_irak_paris",
        ("thb_rou_esp", "ESP"): "mwo_rome",
        ("channel", "GBR"): "jandarma_liaison_mad",
        ("channel", "FRA"): "mwo_rome",
        ("thb_vnm_gbr", "GBR"): "mwo_rome",
        ("wbal", "HRV"): "jandarma_liaison_mad",
        ("blr_pol", "POL"): "mwo_rome",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=71071,
    blank_share=0.3,
)


def make_blind71(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the five liaison desks of ``blind71`` would.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND71_SOURCES`, in that order.

    Raises
    ------
    DataContractError
        If ``truth`` lacks a column of :func:`trendlib.samples.make_truth`'s output.
    """
    return make_examined(_EXAMINER, truth, seed=seed)
