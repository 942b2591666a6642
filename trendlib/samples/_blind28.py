"""The twenty-eighth examiner's held-out sample set (variant ``blind28``, files ``*_ad.*``).

Five agencies not used by earlier sets, written as they write their case files. Each
row's expected clean values are exactly what the written cells say; the shared row
machinery (:mod:`._examiner`) chooses the rows, the duplicates and the bad rows.

Reader's guide
--------------
``mrcc_rome`` (``mrcc_rome_sar_ad.xlsx``, English, XLSX)
    Italian MRCC Rome's English SAR log; first reports every event detected in Italy.
    Date as a real Excel datetime, a military date-time group (``141230Z MAR 22``) or
    ``14/03/2022``; ``POB`` counts with thousands commas; positions in degrees and
    decimal minutes (``34°52.31'N 012°41.70'E``); crime type with Italian legal
    references (``Art. 12 D.Lgs. 286/98``, ``Art. 601 c.p.``); ``NIL`` facilitators.
``uscg_d7`` (``uscg_d7_interdictions_ad.jsonl``, English, JSON lines)
    US Coast Guard District 7 interdiction feed; first reports events detected in the
    USA. ISO date-times with a UTC offset (daytime, so the day is the same in UTC),
    ``Mar 14, 2022`` or ``14MAR2022``; ``CY2022 Q1`` quarters (calendar, not fiscal);
    countries as names, demonyms, ISO alpha-3 or alpha-2 codes; US Code citations;
    latitude/longitude as signed numbers or as ``106.4863W`` text; ``UNK`` counts.
``cnltp_senegal`` (``cnltp_senegal_ad.csv``, French, cp1252, ``;``)
    Senegal's Cellule nationale de lutte contre la traite des personnes, reporting
    through liaison officers the events detected in Spain. ``14/03/2022`` or
    ``14 mars 2022``; ``1er trimestre 2022``; nationalities as feminine adjectives
    (``guinéenne``, ``nigérienne`` = Niger, ``nigériane`` = Nigeria), a few garbled
    (``sÃ©nÃ©galaise``); Loi n° 2005-06 references; ``pirogue``; DMS positions with
    ``O`` for west (``N 28°06'12" / O 15°24'30"``); counts like ``1 250`` (no-break
    space) or ``23 pers.``; ``néant`` suspects; re-sent rows.
``anltp_niger`` (``anltp_niger_ad.csv``, French, UTF-8 with BOM, ``,``)
    Niger's Agence nationale de lutte contre la traite des personnes et le trafic
    illicite de migrants (ANLTP/TIM): the compilation of every other event (Greece,
    UK, Croatia, France, Poland). ISO dates, ``14-03-2022`` or French dates with the
    weekday (``lundi 14 mars 2022``); ``03/2022`` months and ``T3-2022`` quarters;
    Ordonnance 2010-86 / Loi 2015-36 references; latitude and longitude in separate
    columns with decimal commas (quoted cells); ``n.c.`` counts.
``pn_nicaragua`` (``policia_nicaragua_ad.csv``, Spanish, latin-1, tab)
    Nicaragua's Policía Nacional (Dirección de Auxilio Judicial), reporting the Darién
    events detected in Panama. ``14/03/2022``, ``14-mar-2022`` or ``14 de marzo de
    2022``; ``II trimestre 2022``; Ley 896 and art. 318 CP; ``NNA`` for minors;
    ``EE. UU.``; coordinates as ``8.17373, -77.70284`` or Google-style DMS; ``s/d``
    counts and ``ninguno`` suspects; re-sent rows.
"""

from __future__ import annotations

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

__all__ = ["BLIND28_SOURCES", "Blind28Source", "make_blind28"]

_Rng = np.random.Generator


@dataclass(frozen=True)
class Blind28Source(ExaminerSource):
    """A ``blind28`` source: the shared fields plus the key of its writing style.

    Attributes
    ----------
    key : str
        Short name of the writing style (``mrcc``, ``uscg``, ``cnltp``, ``anltp``, ``pn``).
    """

    key: str = ""


_COLS = (
    "source_ref",
    "event_date",
    "crime_type",
    "exploitation",
    "n_persons",
    "n_suspects",
    "gender",
    "age_group",
    "nationality",
    "origin_country",
    "destination_country",
    "transit_countries",
    "detection_country",
    "transport_mode",
)


def _h(*names: str, coords: tuple[tuple[str, str], ...]) -> dict[str, str]:
    out = dict(zip((*_COLS, "linked_offences"), names, strict=True))
    out.update(dict(coords))
    return out


BLIND28_SOURCES: tuple[Blind28Source, ...] = (
    Blind28Source(
        "mrcc_rome",
        "mrcc_rome_sar_ad.xlsx",
        "MRCC-{year}-SAR-{seq:04d}",
        "xlsx",
        "utf-8",
        None,
        "en",
        _h(
            "SAR case no.",
            "DTG (UTC)",
            "Offence (Italian law ref.)",
            "Exploitation type",
            "POB / persons involved",
            "Suspected facilitators/skippers",
            "Sex",
            "Age",
            "Nationality (declared)",
            "Country of departure/origin",
            "Intended destination",
            "Transit",
            "Country of detection",
            "Craft / means",
            "Related offences",
            coords=(("coordinates", "Position (lat/long, DDM)"),),
        ),
        "MRCC Rome SAR log - figures provisional, UNCLASSIFIED",
        "TOTAL",
        ("several", "#VALUE!", "see SITREP"),
        False,
        "mrcc",
    ),
    Blind28Source(
        "uscg_d7",
        "uscg_d7_interdictions_ad.jsonl",
        "D7-{yy:02d}-{seq:05d}",
        "jsonl",
        "utf-8",
        None,
        "en",
        _h(
            "case_no",
            "dtg_local",
            "case_type",
            "exploitation_type",
            "persons_interdicted",
            "smugglers_detained",
            "sex",
            "age_category",
            "nationality",
            "country_of_origin",
            "intended_destination",
            "transit_route",
            "apprehension_country",
            "conveyance",
            "associated_offenses",
            coords=(("lat", "latitude"), ("lon", "longitude")),
        ),
        "D7 weekly roll-up; counts subject to change",
        "TOTAL",
        ("multiple", "TBD by sector", "see narrative"),
        False,
        "uscg",
    ),
    Blind28Source(
        "cnltp_senegal",
        "cnltp_senegal_ad.csv",
        "CNLTP/{seq:04d}/{year}",
        "csv",
        "cp1252",
        ";",
        "fr",
        _h(
            "N° dossier",
            "Date des faits",
            "Infraction (Loi 2005-06)",
            "Forme d'exploitation",
            "Nbre victimes/migrants",
            "Nbre mis en cause",
            "Sexe",
            "Âge",
            "Nationalité",
            "Pays d'origine",
            "Pays de destination",
            "Pays de transit",
            "Pays de constat",
            "Moyen de transport",
            "Infractions connexes",
            coords=(("coordinates", "Coordonnées GPS (N / O)"),),
        ),
        "Données provisoires transmises par l'officier de liaison – à consolider",
        "Total général",
        ("plusieurs", "voir PV", "#VALEUR!"),
        True,
        "cnltp",
    ),
    Blind28Source(
        "anltp_niger",
        "anltp_niger_ad.csv",
        "ANLTP-TIM/{year}/{seq:03d}",
        "csv",
        "utf-8-sig",
        ",",
        "fr",
        _h(
            "Réf.",
            "Date",
            "Qualification",
            "Type d'exploitation",
            "Effectif (pers.)",
            "Présumés auteurs",
            "Genre",
            "Tranche d'âge",
            "Nationalité",
            "Provenance",
            "Destination finale",
            "Itinéraire (transit)",
            "Pays d'interception",
            "Mode de déplacement",
            "Autres infractions",
            coords=(("lat", "Latitude (DD)"), ("lon", "Longitude (DD)")),
        ),
        "NB : compilation ANLTP/TIM à partir des signalements des partenaires",
        "TOTAL",
        ("plusieurs", "à vérifier!!", "nombreux"),
        False,
        "anltp",
    ),
    Blind28Source(
        "pn_nicaragua",
        "policia_nicaragua_ad.csv",
        "DAJ-{seq:05d}-{yy:02d}",
        "csv",
        "latin-1",
        "\t",
        "es",
        _h(
            "No. expediente",
            "Fecha del hecho",
            "Delito",
            "Fin de explotación",
            "Cant. personas",
            "Detenidos (presuntos)",
            "Sexo",
            "Grupo etario",
            "Nacionalidad",
            "País de origen",
            "País de destino",
            "Países de tránsito",
            "País donde se detectó",
            "Medio de transporte",
            "Delitos conexos",
            coords=(("coordinates", "Coordenadas (Lat, Long)"),),
        ),
        "Nota: cifras preliminares sujetas a revisión",
        "TOTAL GENERAL",
        ("varios", "#¡VALOR!", "ver informe"),
        True,
        "pn",
    ),
)

# --------------------------------------------------------------------------------------
# Wording
# --------------------------------------------------------------------------------------
_EN = """AFG Afghanistan Afghan;ALB Albania Albanian;AUT Austria Austrian;BGD Bangladesh
Bangladeshi;BGR Bulgaria Bulgarian;BIH Bosnia and Herzegovina Bosnian;BLR Belarus
Belarusian;CHN China Chinese;CIV Côte d'Ivoire Ivorian;CMR Cameroon Cameroonian;COL
Colombia Colombian;DEU Germany German;DZA Algeria Algerian;ECU Ecuador Ecuadorian;EGY
Egypt Egyptian;ERI Eritrea Eritrean;ESP Spain Spanish;FRA France French;GBR United
Kingdom British;GIN Guinea Guinean;GMB Gambia Gambian;GRC Greece Greek;GTM Guatemala
Guatemalan;HND Honduras Honduran;HRV Croatia Croatian;HTI Haiti Haitian;HUN Hungary
Hungarian;IRN Iran Iranian;IRQ Iraq Iraqi;ITA Italy Italian;LBY Libya Libyan;MAR Morocco
Moroccan;MEX Mexico Mexican;MKD North Macedonia Macedonian;MLI Mali Malian;MRT Mauritania
Mauritanian;NER Niger Nigerien;NGA Nigeria Nigerian;PAK Pakistan Pakistani;PAN Panama
Panamanian;POL Poland Polish;ROU Romania Romanian;RUS Russia Russian;SEN Senegal
Senegalese;SRB Serbia Serbian;SYR Syria Syrian;TUN Tunisia Tunisian;TUR Turkey Turkish;USA
United States American;VEN Venezuela Venezuelan;VNM Vietnam Vietnamese;YEM Yemen Yemeni"""
_FR = """AFG Afghanistan afghane;ALB Albanie albanaise;AUT Autriche autrichienne;BGD
Bangladesh bangladaise;BGR Bulgarie bulgare;BIH Bosnie-Herzégovine bosnienne;BLR
Biélorussie biélorusse;CHN Chine chinoise;CIV Côte d'Ivoire ivoirienne;CMR Cameroun
camerounaise;COL Colombie colombienne;DEU Allemagne allemande;DZA Algérie algérienne;ECU
Équateur équatorienne;EGY Égypte égyptienne;ERI Érythrée érythréenne;ESP Espagne
espagnole;FRA France française;GBR Royaume-Uni britannique;GIN Guinée guinéenne;GMB Gambie
gambienne;GRC Grèce grecque;GTM Guatemala guatémaltèque;HND Honduras hondurienne;HRV
Croatie croate;HTI Haïti haïtienne;HUN Hongrie hongroise;IRN Iran iranienne;IRQ Irak
irakienne;ITA Italie italienne;LBY Libye libyenne;MAR Maroc marocaine;MEX Mexique
mexicaine;MKD Macédoine du Nord macédonienne;MLI Mali malienne;MRT Mauritanie
mauritanienne;NER Niger nigérienne;NGA Nigeria nigériane;PAK Pakistan pakistanaise;PAN
Panama panaméenne;POL Pologne polonaise;ROU Roumanie roumaine;RUS Russie russe;SEN Sénégal
sénégalaise;SRB Serbie serbe;SYR Syrie syrienne;TUN Tunisie tunisienne;TUR Turquie
turque;USA États-Unis américaine;VEN Venezuela vénézuélienne;VNM Viêt Nam vietnamienne;YEM
Yémen yéménite"""
_ES = """AFG Afganistán afgano;ALB Albania albanés;AUT Austria austriaco;BGD Bangladés
bangladesí;BGR Bulgaria búlgaro;BIH Bosnia y Herzegovina bosnio;BLR Bielorrusia
bielorruso;CHN China chino;CIV Costa de Marfil marfileño;CMR Camerún camerunés;COL Colombia
colombiano;DEU Alemania alemán;DZA Argelia argelino;ECU Ecuador ecuatoriano;EGY Egipto
egipcio;ERI Eritrea eritreo;ESP España español;FRA Francia francés;GBR Reino Unido
británico;GIN Guinea guineano;GMB Gambia gambiano;GRC Grecia griego;GTM Guatemala
guatemalteco;HND Honduras hondureño;HRV Croacia croata;HTI Haití haitiano;HUN Hungría
húngaro;IRN Irán iraní;IRQ Irak iraquí;ITA Italia italiano;LBY Libia libio;MAR Marruecos
marroquí;MEX México mexicano;MKD Macedonia del Norte macedonio;MLI Malí maliense;MRT
Mauritania mauritano;NER Níger nigerino;NGA Nigeria nigeriano;PAK Pakistán pakistaní;PAN
Panamá panameño;POL Polonia polaco;ROU Rumania rumano;RUS Rusia ruso;SEN Senegal
senegalés;SRB Serbia serbio;SYR Siria sirio;TUN Túnez tunecino;TUR Turquía turco;USA
Estados Unidos estadounidense;VEN Venezuela venezolano;VNM Vietnam vietnamita;YEM Yemen
yemení"""


def _table(text: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for item in " ".join(text.split()).split(";"):
        code, rest = item.strip().split(" ", 1)
        name, demonym = rest.rsplit(" ", 1)
        out[code] = (name, demonym)
    return out


#: Language -> ISO alpha-3 -> (country name, demonym).
_COUNTRIES: dict[str, dict[str, tuple[str, str]]] = {
    "en": _table(_EN),
    "fr": _table(_FR),
    "es": _table(_ES),
}
#: Other names a source uses for a country, by source key.
_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "mrcc": {"GBR": ("UK",), "GIN": ("Guinea (Conakry)",), "CIV": ("Ivory Coast",)},
    "uscg": {"USA": ("U.S.", "CONUS (U.S.)"), "MEX": ("United Mexican States",)},
    "cnltp": {
        "ESP": ("ESPAGNE", "Royaume d'Espagne"),
        "GIN": ("Guinée Conakry",),
        "GMB": ("Gambie (The)",),
    },
    "anltp": {"GBR": ("Grande-Bretagne",), "USA": ("USA",)},
    "pn": {"USA": ("EE. UU.", "EEUU"), "PAN": ("Panamá (Darién)",)},
}

#: Crime type -> wordings, by source key.
_CRIME: dict[str, dict[str, tuple[str, ...]]] = {
    "mrcc": {
        "smuggling": (
            "Migrant smuggling (Art. 12 D.Lgs. 286/98)",
            "Facilitation of illegal immigration",
            "Smuggling of migrants",
            "Art. 12 TUI - smuggling",
        ),
        "trafficking": (
            "THB (Art. 601 c.p.)",
            "Trafficking in human beings",
            "Human trafficking - Art. 601 c.p.",
        ),
        "both": ("Smuggling + THB (Art. 12 TUI / Art. 601 c.p.)", "THB and migrant smuggling"),
    },
    "uscg": {
        "smuggling": ("Alien smuggling (8 USC 1324)", "ALIEN SMUGGLING", "Human smuggling"),
        "trafficking": (
            "Human trafficking (18 USC 1590)",
            "TIP - 18 U.S.C. 1591",
            "Trafficking in persons",
        ),
        "both": ("Smuggling/Trafficking (8 USC 1324; 18 USC 1590)", "Smuggling & TIP"),
    },
    "cnltp": {
        "smuggling": (
            "Trafic illicite de migrants (art. 4 loi 2005-06)",
            "Trafic de migrants",
            "TIM",
        ),
        "trafficking": ("Traite des personnes (art. 1 loi 2005-06)", "Traite de personnes", "TDP"),
        "both": ("Traite + trafic de migrants", "TDP et TIM (loi 2005-06)"),
    },
    "anltp": {
        "smuggling": (
            "Trafic illicite de migrants (Loi 2015-36)",
            "trafic de migrants",
            "TIM - loi n°2015-36",
        ),
        "trafficking": (
            "Traite des personnes (Ord. 2010-86)",
            "traite de personnes",
            "TP - ordonnance 2010-86",
        ),
        "both": ("TP + TIM", "Traite des personnes et trafic illicite de migrants"),
    },
    "pn": {
        "smuggling": (
            "Tráfico ilícito de migrantes (art. 318 CP)",
            "Tráfico de migrantes",
            "tráfico ilícito de migrantes",
        ),
        "trafficking": (
            "Trata de personas (Ley 896)",
            "TRATA DE PERSONAS",
            "Trata de personas (Ley 896, art. 7)",
        ),
        "both": ("Trata y tráfico de migrantes", "Trata de personas / tráfico de migrantes"),
    },
}
_EXPLOIT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "sexual": ("sexual exploitation", "sexual"),
        "forced_labour": ("forced labour", "labour exploitation"),
        "forced_criminality": ("forced criminality", "forced criminal activities"),
        "forced_marriage": ("forced marriage",),
        "organ_removal": ("organ removal",),
        "other": ("other",),
    },
    "fr": {
        "sexual": ("exploitation sexuelle", "prostitution forcée"),
        "forced_labour": ("travail forcé", "exploitation par le travail"),
        "forced_criminality": ("criminalité forcée", "contrainte à commettre des délits"),
        "forced_marriage": ("mariage forcé",),
        "organ_removal": ("prélèvement d'organes",),
        "other": ("autre",),
    },
    "es": {
        "sexual": ("explotación sexual", "sexual"),
        "forced_labour": ("trabajo forzoso", "explotación laboral"),
        "forced_criminality": ("actividades delictivas forzadas", "criminalidad forzada"),
        "forced_marriage": ("matrimonio forzado",),
        "organ_removal": ("extracción de órganos",),
        "other": ("otra",),
    },
}
_GENDER: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "male": ("M", "Male", "males"),
        "female": ("F", "Female", "females"),
        "mixed": ("Mixed", "M/F", "males & females"),
    },
    "fr": {
        "male": ("Hommes", "H", "masculin"),
        "female": ("Femmes", "F", "féminin"),
        "mixed": ("Mixte", "H/F", "hommes et femmes"),
    },
    "es": {
        "male": ("Masculino", "Hombres", "M"),
        "female": ("Femenino", "Mujeres", "F"),
        "mixed": ("Mixto", "Hombres y mujeres", "M/F"),
    },
}
_AGE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "adult": ("Adults", "adult", "18+"),
        "child": ("Minors", "UAM", "under 18"),
        "mixed": ("Adults & minors", "mixed", "adults + minors"),
    },
    "fr": {
        "adult": ("Majeurs", "adultes"),
        "child": ("Mineurs", "enfants", "MNA"),
        "mixed": ("Majeurs et mineurs", "mixte", "adultes + enfants"),
    },
    "es": {
        "adult": ("Adultos", "mayores de edad"),
        "child": ("NNA", "Menores", "menores de edad"),
        "mixed": ("Mixto (adultos y NNA)", "adultos y menores"),
    },
}
_MODE: dict[str, dict[str, tuple[str, ...]]] = {
    "mrcc": {
        "sea": (
            "rubber boat",
            "wooden boat",
            "fishing vessel",
            "sailing boat",
            "iron boat (barchino)",
        ),
        "land": ("by road", "land - truck", "overland"),
        "air": ("flight", "air (FCO)", "by air"),
    },
    "uscg": {
        "sea": ("Maritime - go-fast", "rustic vessel", "MARITIME", "makeshift raft"),
        "land": ("Land - POE", "LAND (vehicle)", "on foot (land border)", "tractor-trailer"),
        "air": ("commercial air", "AIR", "aircraft"),
    },
    "cnltp": {
        "sea": ("pirogue", "embarcation de fortune", "voie maritime", "cayuco"),
        "land": ("voie terrestre", "camion", "minibus"),
        "air": ("voie aérienne", "avion"),
    },
    "anltp": {
        "sea": ("maritime", "canot pneumatique", "bateau"),
        "land": ("terrestre", "véhicule 4x4", "à pied", "camion"),
        "air": ("aérien", "vol commercial"),
    },
    "pn": {
        "sea": ("lancha", "marítima", "embarcación"),
        "land": ("terrestre", "a pie (trocha)", "bus interlocal", "furgón"),
        "air": ("aérea", "vuelo comercial"),
    },
}
_OFFENCE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "document_fraud": ("document fraud", "false documents"),
        "corruption": ("corruption", "bribery"),
        "money_laundering": ("money laundering", "AML"),
        "illicit_goods": ("contraband", "illicit goods"),
        "cybercrime": ("cybercrime",),
        "terrorism": ("terrorism",),
    },
    "fr": {
        "document_fraud": ("fraude documentaire", "faux documents"),
        "corruption": ("corruption",),
        "money_laundering": ("blanchiment de capitaux", "blanchiment"),
        "illicit_goods": ("contrebande", "marchandises illicites"),
        "cybercrime": ("cybercriminalité",),
        "terrorism": ("terrorisme",),
    },
    "es": {
        "document_fraud": ("falsedad documental", "documentos falsos"),
        "corruption": ("cohecho", "corrupción"),
        "money_laundering": ("lavado de activos", "lavado de dinero"),
        "illicit_goods": ("contrabando",),
        "cybercrime": ("ciberdelito",),
        "terrorism": ("terrorismo",),
    },
}
#: Per source key: count placeholders, zero-suspect words, "not known" (na) words,
#: coordinate placeholders, transit and offence joiners.
_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "mrcc": {
        "count": ("UNK", "N/K"),
        "zero": ("NIL", "none"),
        "na": ("N/A", "not known"),
        "coords": ("N/A", "not reported"),
        "join": (" - ", ", ", "/"),
    },
    "uscg": {
        "count": ("UNK", "unknown"),
        "zero": ("none", "NONE"),
        "na": ("UNK", "N/A"),
        "coords": ("UNK", "not recorded"),
        "join": ("; ", ", ", " > "),
    },
    "cnltp": {
        "count": ("n.c.", "inconnu"),
        "zero": ("néant", "aucun"),
        "na": ("non précisé", "n.p."),
        "coords": ("non communiquées", "néant"),
        "join": (", ", " - ", " / "),
    },
    "anltp": {
        "count": ("n.c.", "non déterminé"),
        "zero": ("aucun", "néant"),
        "na": ("indéterminé", "n.d."),
        "coords": ("n.c.", "non disponible"),
        "join": (" – ", ", ", " > "),
    },
    "pn": {
        "count": ("s/d", "sin dato", "desconocido"),
        "zero": ("ninguno", "0 (cero)"),
        "na": ("n/d", "no determinado"),
        "coords": ("s/c", "sin coordenadas"),
        "join": (", ", " - ", " / "),
    },
}
_MONTHS = {
    "fr": (
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
    ),
    "es": (
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
    ),
}
_EN_MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_ROMAN = ("I", "II", "III", "IV")
_EN_NAMES = tuple(pd.Timestamp(2021, i, 1).month_name() for i in range(1, 13))


# --------------------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------------------
def _country(src: Blind28Source, code: str | None, rng: _Rng, *, demonym: bool) -> str:
    if code is None:
        return ""
    names = _COUNTRIES[src.language].get(code)
    if names is None:  # a country the tables do not know: its ISO code
        return code
    options = [names[1] if demonym else names[0]]
    options += list(_ALIASES.get(src.key, {}).get(code, ())) if not demonym else []
    if src.key == "uscg":
        options += [code, iso_codes(code)[0]] if not demonym else [code]
    if src.key == "pn" and demonym:
        options.append(names[1].upper())
    if src.key == "cnltp" and demonym:
        options.append(names[1].capitalize())
    text = choice(rng, options)
    return text if fits(text, src) else code


def _date(src: Blind28Source, ts: pd.Timestamp, rng: _Rng) -> object:
    d, m, y = ts.day, ts.month, ts.year
    k = int(rng.integers(3))
    if src.key == "mrcc":
        hour, minute = int(rng.integers(0, 24)), int(rng.integers(0, 60))
        if k == 0:
            return ts.to_pydatetime().replace(hour=hour, minute=minute)
        if k == 1:
            return f"{d:02d}{hour:02d}{minute:02d}Z {_EN_MON[m - 1]} {y % 100:02d}"
        return f"{d:02d}/{m:02d}/{y}"
    if src.key == "uscg":
        if k == 0:
            hour = int(rng.integers(6, 18))
            return f"{y}-{m:02d}-{d:02d}T{hour:02d}:{int(rng.integers(60)):02d}:00-05:00"
        if k == 1:
            return f"{_EN_MON[m - 1].capitalize()} {d}, {y}"
        return f"{d:02d}{_EN_MON[m - 1]}{y}"
    if src.key == "cnltp":
        if k == 2:
            return f"{'1er' if d == 1 else d} {_MONTHS['fr'][m - 1]} {y}"
        return f"{d:02d}/{m:02d}/{y}"
    if src.key == "anltp":
        if k == 0:
            return f"{y}-{m:02d}-{d:02d}"
        if k == 1:
            return f"{d:02d}-{m:02d}-{y}"
        day = "1er" if d == 1 else str(d)
        return f"{_FR_DAYS[ts.day_of_week]} {day} {_MONTHS['fr'][m - 1]} {y}"
    if k == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 1:
        return f"{d:02d}-{_MONTHS['es'][m - 1][:3]}-{y}"
    return f"{d} de {_MONTHS['es'][m - 1]} de {y}"


def _partial(src: Blind28Source, ts: pd.Timestamp, quarter: bool) -> str:
    y, m, q = ts.year, ts.month, (ts.month - 1) // 3 + 1
    if quarter:
        return {
            "mrcc": f"Q{q} {y}",
            "uscg": f"CY{y} Q{q}",
            "cnltp": f"{'1er' if q == 1 else f'{q}e'} trimestre {y}",
            "anltp": f"T{q}-{y}",
            "pn": f"{_ROMAN[q - 1]} trimestre {y}",
        }[src.key]
    return {
        "mrcc": f"{_EN_MON[m - 1]} {y}",
        "uscg": f"{_EN_NAMES[m - 1]} {y}",
        "cnltp": f"{_MONTHS['fr'][m - 1]} {y}",
        "anltp": f"{m:02d}/{y}",
        "pn": f"{_MONTHS['es'][m - 1]} {y}",
    }[src.key]


def _count(src: Blind28Source, n: int, rng: _Rng) -> object:
    if src.format != "csv":
        if n >= 1000 and rng.random() < 0.5:
            return f"{n:,}"
        return int(n)
    if n >= 1000:
        return {
            "cnltp": f"{n // 1000}\u00a0{n % 1000:03d}",
            "anltp": f"{n // 1000} {n % 1000:03d}",
            "pn": f"{n:,}",
        }[src.key]
    r = rng.random()
    if src.key == "cnltp" and r < 0.15:
        return f"{n} pers."
    if src.key == "pn" and r < 0.1:
        return f"{n} personas"
    return str(n)


def _dms(value: float, pos: str, neg: str, *, seconds: bool) -> tuple[str, float]:
    """Return the text of one coordinate and the value it says exactly."""
    hemi = pos if value >= 0 else neg
    a = abs(value)
    deg = int(a)
    if seconds:
        total = round((a - deg) * 3600, 1)
        if total >= 3600:
            deg, total = deg + 1, 0.0
        mins, secs = int(total // 60), total - 60 * int(total // 60)
        said = deg + mins / 60 + secs / 3600
        return f"{deg}°{mins:02d}'{secs:04.1f}\"", said if value >= 0 else -said
    mins_f = round((a - deg) * 60, 2)
    if mins_f >= 60:
        deg, mins_f = deg + 1, 0.0
    said = deg + mins_f / 60
    return f"{deg:0{3 if pos == 'E' else 2}d}°{mins_f:05.2f}'{hemi}", said if value >= 0 else -said


def _coords(
    src: Blind28Source, lat: float, lon: float, rng: _Rng
) -> tuple[dict[str, object], float, float]:
    if src.key == "mrcc":
        a, la = _dms(lat, "N", "S", seconds=False)
        b, lo = _dms(lon, "E", "W", seconds=False)
        return {"coordinates": f"{a} {b}" if rng.random() < 0.6 else f"{a} - {b}"}, la, lo
    if src.key == "cnltp":
        a, la = _dms(lat, "N", "S", seconds=True)
        b, lo = _dms(lon, "E", "O", seconds=True)
        return (
            {"coordinates": f"{'N' if lat >= 0 else 'S'} {a} / {'E' if lon >= 0 else 'O'} {b}"},
            la,
            lo,
        )
    if src.key == "pn":
        if rng.random() < 0.6:
            la, lo = round(lat, 5), round(lon, 5)
            return {"coordinates": f"{la:.5f}, {lo:.5f}"}, la, lo
        a, la = _dms(lat, "N", "S", seconds=True)
        b, lo = _dms(lon, "E", "W", seconds=True)
        hemi_a, hemi_b = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        return {"coordinates": f"{a}{hemi_a} {b}{hemi_b}"}, la, lo
    la, lo = round(lat, 5), round(lon, 5)
    if src.key == "anltp":
        return {"lat": f"{la:.5f}".replace(".", ","), "lon": f"{lo:.5f}".replace(".", ",")}, la, lo
    if rng.random() < 0.2:  # uscg: a text position with its hemisphere
        return (
            {
                "lat": f"{abs(la):.4f}{'N' if la >= 0 else 'S'}",
                "lon": f"{abs(lo):.4f}{'E' if lo >= 0 else 'W'}",
            },
            round(la, 4),
            round(lo, 4),
        )
    return {"lat": la, "lon": lo}, la, lo


def _render(
    src: Blind28Source,
    ev: dict[str, object],
    rng: _Rng,
    *,
    partial_ok: bool,
    forced_blank: str | None,
) -> tuple[dict[str, object], dict[str, object], list[str]]:
    """Write one true event as ``src`` does: (cells, expected values, messiness tags)."""
    tags: list[str] = []
    words = _WORDS[src.key]
    lang = src.language
    ts = pd.Timestamp(ev["event_date"])  # type: ignore[arg-type]
    cells: dict[str, object] = {}
    exp: dict[str, object] = {}
    r = rng.random()
    if partial_ok and r < 0.05:
        quarter = r < 0.015
        cells["event_date"] = _partial(src, ts, quarter)
        exp["event_date"] = ts.to_period("Q" if quarter else "M").start_time
        exp["date_precision"] = "quarter" if quarter else "month"
        tags.append("quarter_date" if quarter else "month_date")
    else:
        cells["event_date"] = _date(src, ts, rng)
        exp["event_date"], exp["date_precision"] = ts.normalize(), "day"
    crime = str(ev["crime_type"])
    cells["crime_type"] = choice(rng, _CRIME[src.key][crime])
    exp["crime_type"] = crime
    expl = ev["exploitation"]
    cells["exploitation"] = choice(rng, _EXPLOIT[lang][str(expl)]) if expl else ""
    exp["exploitation"] = expl
    n = int(ev["n_persons"])  # type: ignore[call-overload]
    if rng.random() < 0.02:
        cells["n_persons"], exp["n_persons"] = choice(rng, words["count"]), None
        tags.append("count_placeholder")
    else:
        cells["n_persons"], exp["n_persons"] = _count(src, n, rng), n
    sus = ev["n_suspects"]
    if forced_blank == "n_suspects":
        cells["n_suspects"], exp["n_suspects"] = "", None
        tags.append("blank_n_suspects")
    elif rng.random() < 0.02:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, words["count"]), None
        tags.append("suspects_placeholder")
    elif sus == 0 and rng.random() < 0.4:
        cells["n_suspects"], exp["n_suspects"] = choice(rng, words["zero"]), 0
        tags.append("zero_word")
    else:
        s = int(sus)  # type: ignore[call-overload]
        cells["n_suspects"] = s if src.format != "csv" else str(s)
        exp["n_suspects"] = s
    if forced_blank == "gender":
        cells["gender"], exp["gender"] = "", "unknown"
        tags.append("blank_gender")
    else:
        cells["gender"] = choice(rng, _GENDER[lang][str(ev["gender"])])
        exp["gender"] = ev["gender"]
    for col, table in (("age_group", _AGE[lang]), ("transport_mode", _MODE[src.key])):
        if rng.random() < 0.01:
            cells[col], exp[col] = choice(rng, words["na"]), "unknown"
            tags.append("na_word")
        else:
            cells[col], exp[col] = choice(rng, table[str(ev[col])]), ev[col]
    for col in ("nationality", "origin_country", "destination_country", "detection_country"):
        code = ev[col]
        if forced_blank == col:
            cells[col], exp[col] = "", None
            tags.append(f"blank_{col}")
            continue
        text = _country(src, None if code is None else str(code), rng, demonym=col == "nationality")
        garbled = mojibake(text) if src.key == "cnltp" and rng.random() < 0.04 else None
        if garbled is not None and fits(garbled, src):
            text = garbled
            tags.append("mojibake")
        cells[col], exp[col] = text, code
    transit = ev["transit_countries"]
    if transit:
        codes = str(transit).split("|")
        sep = choice(rng, words["join"])
        cells["transit_countries"] = sep.join(_country(src, c, rng, demonym=False) for c in codes)
    else:
        cells["transit_countries"] = choice(rng, ("", "-", "direct")) if src.key == "mrcc" else ""
    exp["transit_countries"] = transit
    offences = ev["linked_offences"]
    if offences:
        parts = [choice(rng, _OFFENCE[lang][o]) for o in str(offences).split("|")]
        cells["linked_offences"] = choice(rng, ("; ", " + ")).join(parts)
    else:
        cells["linked_offences"] = ""
    exp["linked_offences"] = offences
    lat, lon = ev["lat"], ev["lon"]
    coord_cols = ("lat", "lon") if "lat" in src.headers else ("coordinates",)
    if forced_blank == "coordinates" or lat is None or lon is None:
        cells.update(dict.fromkeys(coord_cols, ""))
        exp["lat"] = exp["lon"] = None
        tags.append("blank_coordinates")
    elif rng.random() < 0.02:
        word = choice(rng, words["coords"])
        cells.update(dict.fromkeys(coord_cols, word))
        exp["lat"] = exp["lon"] = None
        tags.append("coords_placeholder")
    else:
        written, la, lo = _coords(src, float(lat), float(lon), rng)  # type: ignore[arg-type]
        cells.update(written)
        exp["lat"], exp["lon"] = la, lo
    if src.format != "csv":  # a JSON feed or a sheet holds null, not an empty string
        cells = {k: (None if v == "" else v) for k, v in cells.items()}
    return cells, exp, tags


def _bad_date(src: Blind28Source, ts: pd.Timestamp, kind: str, rng: _Rng) -> object:
    """Return the date cell of a bad row."""
    if kind == "no_date":
        return None if src.format != "csv" else ""
    if kind == "future_date":
        return _date(src, ts + pd.DateOffset(years=8), rng)
    return {
        "mrcc": "DTG TBC",
        "uscg": f"{ts.year}-{ts.month:02d}-3?",
        "cnltp": f"31/02/{ts.year}",
        "anltp": "en cours de vérification",
        "pn": f"??/{ts.month:02d}/{ts.year}",
    }[src.key]


def _note_date(src: Blind28Source, last: pd.Timestamp) -> object:
    """Return the date written on the source's note row (the day of its last row)."""
    if src.format == "xlsx":
        return last.to_pydatetime()
    if src.key == "uscg":
        return f"{last.year}-{last.month:02d}-{last.day:02d}"
    return f"{last.day:02d}/{last.month:02d}/{last.year}"


_EXAM: Examiner[Blind28Source] = Examiner(
    sources=BLIND28_SOURCES,
    primary={"ITA": "mrcc_rome", "USA": "uscg_d7", "ESP": "cnltp_senegal", "PAN": "pn_nicaragua"},
    compilation="anltp_niger",
    secondary={
        ("cmed", "ITA"): "anltp_niger",
        ("thb_nga_ita", "ITA"): "anltp_niger",
        ("watl", "ESP"): "anltp_niger",
        ("emed", "GRC"): "mrcc_rome",
        ("darien", "PAN"): "uscg_d7",
        ("us_mex", "USA"): "pn_nicaragua",
    },
    render=_render,
    bad_date=_bad_date,
    note_date=_note_date,
    salt=2828,
    blank_share=0.25,
)


def make_blind28(truth: pd.DataFrame, *, seed: int = 0) -> list[Submission]:
    """Write the true events as the ``blind28`` examiner's five submissions.

    Parameters
    ----------
    truth : DataFrame
        Output of :func:`trendlib.samples.make_truth`.
    seed : int, default=0
        Seed of the messiness.

    Returns
    -------
    list of Submission
        One per source of :data:`BLIND28_SOURCES`, in that order.

    Examples
    --------
    >>> from trendlib.samples import make_truth
    >>> subs = make_blind28(make_truth(seed=1, n_events=300), seed=1)
    >>> [s.filename.rsplit(".", 1)[1] for s in subs]
    ['xlsx', 'jsonl', 'csv', 'csv', 'csv']
    """
    return make_examined(_EXAM, truth, seed=seed)
