"""Map EN/FR/ES wording of categorical fields to the words of :mod:`trendlib.schema`.

Each distinct value is folded (:func:`trendlib._text.fold`: lower case, no accents,
single spaces) and looked up in an exact table; what the table does not hold is
read by whole-word keywords. Keywords never guess between crime types: the French
*trafic illicite de migrants* and the Spanish *tráfico (ilícito) de migrantes* are
smuggling, *traite* / *trata* are trafficking, and a bare *trafic* / *tráfico* or
*tráfico de personas* (used for both crimes depending on the country) is ambiguous,
hence ``unknown`` and flagged.

Rules (for the audit): ``vocab.exact`` (table), ``vocab.keyword`` (whole-word keywords),
``vocab.missing`` (missing, blank or an explicit "unknown"), ``vocab.ambiguous`` and
``vocab.unrecognised`` (both ``unknown`` with ``invalid=True``). For linked offences:
``offences.keyword``, ``offences.none``, ``offences.partial`` (some parts unread,
flagged) and ``offences.unrecognised``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import numpy as np
import pandas as pd

from trendlib._text import fold
from trendlib.clean._unique import MISSING_WORDS as _MISSING_WORDS
from trendlib.clean._unique import Parsed, map_unique
from trendlib.errors import ParameterError, short_list
from trendlib.schema import LINKED_OFFENCES, UNKNOWN, VOCABULARIES

__all__ = ["parse_linked_offences", "parse_vocab"]

_UniqueFunc = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray, np.ndarray]]
_AMBIGUOUS: Final = "<ambiguous>"  # table entry: the wording names more than one category

# Exact tables: folded wording -> schema word. Exact entries win over keywords.
_EXACT: Final[dict[str, dict[str, str]]] = {
    "crime_type": {
        "thb": "trafficking",
        "tip": "trafficking",
        "teh": "trafficking",
        "tsh": "trafficking",
        "trafficking": "trafficking",
        "som": "smuggling",
        "ms": "smuggling",  # Europol / EMPACT: migrant smuggling
        "smuggling": "smuggling",
        "passeurs": "smuggling",
        "passeur": "smuggling",
        "both": "both",
        "les deux": "both",
        "ambos": "both",
        "thb and som": "both",
        "thb som": "both",
        "trafic": _AMBIGUOUS,
        "trafico": _AMBIGUOUS,
        "trafico de personas": _AMBIGUOUS,
        "trafico de seres humanos": _AMBIGUOUS,
        "trafic de personnes": _AMBIGUOUS,
        "trafic humain": _AMBIGUOUS,
        "tsh tim": "both",
        "tim": "smuggling",  # Latin-American abbreviation of tráfico ilícito de migrantes
    },
    "exploitation": {
        "se": "sexual",  # sexual exploitation, as Italian and EU desks abbreviate it
        "other": "other",
        "others": "other",
        "autre": "other",
        "autres": "other",
        "otra": "other",
        "otras": "other",
        "otro": "other",
        "otros": "other",
        "other forms of exploitation": "other",
        "autres formes dexploitation": "other",
        "otras formas de explotacion": "other",
    },
    "gender": {
        "f": "female",
        "m": "male",  # English "male"; Spanish H/M (hombre/mujer): see _hombre_mujer
        "h": "male",  # French "homme"
        "v": "male",  # Spanish "varón"
        "fm": "mixed",
        "mf": "mixed",
        "f m": "mixed",
        "m f": "mixed",
        "h f": "mixed",
        "f h": "mixed",
        "both": "mixed",
        "mixed": "mixed",
        "mixte": "mixed",
        "mixto": "mixed",
        "mixta": "mixed",
        "total": "mixed",
        "all": "mixed",
        "other": UNKNOWN,
        "autre": UNKNOWN,
        "otro": UNKNOWN,
        # HTCDS "Non-Conforming"; non-binary, diverse and "X" are no sex we record
        "x": UNKNOWN,
        "u": UNKNOWN,  # US forms: M / F / U (unknown)
        "non conforming": UNKNOWN,
        "non binary": UNKNOWN,
        "nonbinary": UNKNOWN,
        "non binaire": UNKNOWN,
        "no binario": UNKNOWN,
        "no binaria": UNKNOWN,
        "diverse": UNKNOWN,
        "intersex": UNKNOWN,
        "intersexe": UNKNOWN,
        "intersexual": UNKNOWN,
    },
    "age_group": {
        "both": "mixed",
        "mixed": "mixed",
        "mixte": "mixed",
        "mixto": "mixed",
        "total": "mixed",
        "all": "mixed",
        "all ages": "mixed",
    },
    "transport_mode": {},
}

# Goods that are trafficked: "drug trafficking", "trafficking in arms" are not THB.
_GOODS: Final = (
    "drug", "drugs", "narcotics", "arms", "weapons", "firearms", "weapon", "firearm", "cocaine",
    "heroin", "cannabis", "wildlife", "ivory", "organ", "organs", "tobacco", "cigarette",
    "cigarettes", "vehicle", "vehicles", "car", "cars", "goods", "antiquities", "timber",
    "fuel", "oil", "gold", "counterfeit", "stolen", "cultural", "waste", "fish",
)  # fmt: skip
_NOT_GOODS_BEFORE: Final = "".join(f"(?<!{w} )" for w in _GOODS)
_NOT_GOODS_AFTER: Final = r"(?! (?:in|of) (?:" + "|".join(_GOODS) + r")\b)"

# Whole-word keyword patterns (on folded text) per field and word. When several words
# match, :data:`_COMBINED` says what the combination means; otherwise it is ambiguous.
_KEYWORDS: Final[dict[str, dict[str, str]]] = {
    "crime_type": {
        "trafficking": (
            # "drug trafficking", "trafficking in arms" are not trafficking in human beings:
            # see _NOT_GOODS_BEFORE / _NOT_GOODS_AFTER above.
            _NOT_GOODS_BEFORE
            + r"(?:trafficking|trafficked)"
            + _NOT_GOODS_AFTER
            + r"|thb|tip|teh|tsh|tdp|traite|trata|human trafficking|modern slavery"  # tdp: trata
            # de personas / traite des personnes
            r"|trafic (?:detres|des etres|de personnes) humains"
            r"|esclavage|esclavitud|slavery|reduction en esclavage|servitude|servidumbre"
            r"|(?:forced|compulsory) labou?r|travail force|trabajos? forz(?:os|ad)[oa]s?"
            r"|exploitation|explotacion|exploited|exploite|explotad[oa]s?"
            r"|(?:forced|mendicite|mendicidad) (?:begging|forcee|forzada)|forced begging"
            r"|peonage|tvpa|18 u ?s ?c ?(?:1581|1584|1589|1590|1591)"  # US law
            r"|msht"  # UK: modern slavery and human trafficking
            # debt bondage and UK "county lines" (children made to carry drugs) are
            # exploitation of persons whatever the file calls them
            r"|debt bondage|bonded labou?r|servitude pour dettes?|servidumbre por deudas?"
            r"|county lines?"
            r"|225 4 1|177 bis"  # French Code penal / Spanish Codigo Penal articles on THB
            r"|60[01] c ?p\b"  # Italian codice penale: slavery (600), trafficking (601)
        ),
        "smuggling": (
            r"smuggling|smuggled|smugglers?|som|passeurs?|facilitation|facilitators?"
            r"|trafic (?:illicite )?de migrants|trafic illicite"
            r"|trafico (?:ilicito )?de migrantes|trafico ilicito"
            # "tráfico ilegal de migrantes", "trafic clandestin d'immigrés", "contrabando de
            # migrantes", "passage illégal de migrants": a traffic/passage word + migrants
            r"|(?:trafic|trafico|traffic|contrabando|contrebande|passage|introduction"
            r"|introduccion|transport|transporte|acheminement|convoyage)"
            r" (?:\w+ ){0,2}(?:de |d|of )?(?:migrants?|migrantes|inmigrantes|immigres|immigrants?"
            r"|clandestins?|indocumentados|sans papiers|extranjeros|etrangers|personas migrantes)"
            # a "passage" is made by a passeur; an irregular crossing alone is the migrant's act
            r"|passages? (?:illegale?s?|clandestins?|irregulier?e?s?)"
            r"|(?:illegal|irregular|unauthori[sz]ed|unlawful|clandestine) (?:immigration|entry"
            r"|migration|emigration)|l?entree (?:irreguliere|illegale|clandestine)"
            r"|aide (?:a )?(?:l ?|la )?(?:entree|sejour|circulation|transit)|aide au sejour"
            # "organisation d'émigration clandestine" (Senegal's law 2005-06) folds to "demigration"
            r"|[dl]?(?:im|e)migration (?:irreguliere|clandestine|illegale)"
            # organising a clandestine crossing (Tunisia's law 2004-6): the passeur's act
            r"|(?:organi[sz]\w*|facilitat\w*|aide|ayuda) (?:\w+ ){0,3}(?:franchissement|passage"
            r"|cruce|paso)s? (?:\w+ ){0,1}(?:clandestins?|illegale?s?|irregulier|irreguliere"
            r"|irregular(?:es)?|ilegal(?:es)?|clandestinos?)"
            r"|(?:inmigracion|emigracion) (?:ilegal|irregular|clandestina)|favorecimiento"
            r"|ayuda a la (?:entrada|inmigracion)"
            r"|derechos de los ciudadanos extranjeros|318 bis|l ?622 1|l ?823 1"
            # Italian Testo unico sull'immigrazione (D.Lgs. 286/1998), art. 12
            r"|12 (?:tui|t ?u ?imm\w*|d ?lgs 286)|d ?lgs 286 1998"
            r"|testo unico (?:sull )?immigrazione"
            r"|coyotaje|coyotes?|polleros?|pollero|coyote"
            r"|people smuggling|human smuggling|migrant smuggling|tim"
            r"|fii"  # facilitation of illegal immigration (UK, Europol)
            # Europol / EMPACT crime areas "THB" and "MS" (migrant smuggling); not the
            # MS-13 gang
            r"|ms(?! ?13\b)"
            # French police: a "filière" (network) of immigration or of passeurs
            r"|filieres? (?:d ?|de )?(?:l ?)?(?:im|e)?migrations?|filieres? (?:de )?passeurs?"
            # "illegal transfer of persons across the border" (Bulgarian Criminal Code)
            r"|(?:illegal|unlawful|clandestine|irregular) (?:transfer|transport|movement"
            r"|conveyance|crossing|smuggling) of (?:persons|people|migrants|foreigners|aliens)"
            r"|harbou?ring (?:of )?(?:illegal|irregular|unlawful) (?:immigrants|migrants)"
            # US 8 U.S.C. 1324: bringing in, transporting, harboring aliens
            r"|(?:bringing in|harbou?ring|transporting|smuggling|encouraging|inducing)"
            r"(?: \w+){0,3} aliens?|8 u ?s ?c ?1324|alien smuggling"
            r"|(?:illegal )?aliens? (?:harbou?ring|transporting|transportation|smuggling)"
            # UK: organised immigration crime (NCA, Home Office), clandestine entrants
            r"|organi[sz]ed immigration crimes?|oic|clandestine entrants?|clandestines"
        ),
        # "traite et trafic", "trata de personas y tráfico": both crimes named, the second
        # bare (a bare "trafic" / "tráfico" joined to a trafficking term is the other crime)
        "both": (
            r"both|les deux|ambos|ambas|mixte|mixto|mixta"
            r"|(?:traite|trata|thb|teh|tsh|trafficking)(?: \w+){0,4}?"
            r" (?:(?:et|y|e|and|ou|o|or) )?(?:(?:de|du|le|el|la|del) )?(?:trafic|trafico)"
            r"(?! (?:de |d|of )?(?:drogues?|stupefiants|armes|drogas|armas|estupefacientes))"
        ),
    },
    "exploitation": {
        "sexual": (
            r"sexual|sexuelle?s?|sex|sexo|prostitution|prostitucion|prostituee?s?|prostitutas?"
            r"|pornograph\w*|pornografia|proxenet\w*|pimping|escort|racolage|sexuales"
            r"|cse|csec"  # (commercial) sexual exploitation (of children)
        ),
        "forced_labour": (
            r"labou?r|travail|trabajo|trabajos|laboral|servitude|servidumbre|domestic"
            # Belgian law's "exploitation économique": of work
            r"|(?:exploitation|explotacion) economique|explotacion economica"
            r"|economic exploitation"
            r"|domestique|domestica|bondage|esclavage|esclavitud|slavery|forced work"
            r"|travail dissimule|agricult\w*|construction|construccion|fishing|peche"
            r"|pesca|mining|mineria|manufactur\w*|textiles?|hostelerie|hosteleria|hospitality"
            r"|conditions (?:de travail|dhebergement) contraires|servile|esclav\w*|slaves?"
            r"|peonage|peonaje|debt bondage|bonded labou?r|nail (?:bars?|salons?)|ongleries?"
            r"|(?:hand )?car wash(?:es)?|lavados? de (?:autos|coches)|lavage auto"
        ),
        "forced_criminality": (
            r"criminality|criminal|criminalite|criminel(?:le)?s?|criminales|begging|mendicite|mendicidad|mendiants?"
            r"|delictivas?|delictivos?|crimes?|delitos?|delits?|criminalidad|delincuencia"
            # "obligación de delinquir", "obligados a delinquir", "délinquance forcée"
            r"|delinqu\w*|crimen(?:es)?|d?infractions?|illicit activit(?:y|ies)"
            r"|activites? illicites?|actividad(?:es)? ilicitas?"
            r"|pickpocket\w*|theft|thefts|stealing|shoplifting|vols? a la tire"
            r"|hurtos?|robos?|cannabis (?:cultivation|farming)|drug (?:dealing|couriers?|mules?)"
            r"|trafic de stupefiants|narcomenudeo|mules?|mulas?|county lines?"
        ),
        "organ_removal": (  # "dorganes": fold drops apostrophes
            r"organs?|d?organes?|organos?|prelevement|extraccion|harvesting|tissus?|tejidos?"
        ),
        "forced_marriage": (
            r"marriages?|mariages?|matrimonios?|child brides?|epouses?|esposas?|union forzada"
            r"|unions? forcees?"
        ),
        "other": (
            r"other|autres?|otras?|otros?|adoption|adopcion|surrogacy|gestation pour autrui"
            r"|gestacion subrogada|vientres? de alquiler|child soldiers?|enfants? soldats?"
            r"|ninos? soldados?|forced military|reclutamiento|recrutement|military|militaire"
            r"|militar|mixed|mixte|mixta|multiples?|several|plusieurs|varias"
        ),
    },
    "gender": {
        "female": (
            r"f|fem|females?|woman|women|girls?|femmes?|filles?|mujer|mujeres|ninas?"
            r"|femenin[oa]s?|feminine?s?|feminin|fille|dames?|senoras?|chicas?|muchachas?"
        ),
        "male": (
            r"m|h|v|masc|males?|man|men|boys?|hommes?|garcons?|hombres?|ninos?|varon|varones"
            r"|masculin[oa]?s?|masculine?s?|chicos?|muchachos?|senores?"
        ),
        "mixed": (
            r"mixed|mixte|mixtes|mixto|mixtos|mixta|both|ambos|ambas|les deux|deux sexes"
            r"|both sexes|all sexes|tous sexes|todos los sexos|grupo mixto|groupe mixte"
        ),
    },
    "age_group": {
        "child": (
            r"child|children|minors?|kids?|juveniles?|girls?|boys?|infants?|adolescents?"
            r"|teens?|teenagers?|youths?|mineur[e]?s?|enfants?|filles?|garcons?|menor|menores"
            r"|ninos?|ninas?|adolescentes?|under 18|u18|u 18|nna|mna|mie|mena|menas|uasc|uam"
            r"|bebes?|babies|baby|nourrissons?|lactantes?|ninez|infancia|jeunes? mineurs?"
            r"|unaccompanied|non accompagnes?|no acompanados?|separated children|uacs?"
        ),
        "adult": (
            r"adults?|adultes?|adult[oa]s?|majeur[e]?s?|mayores de edad|mayor de edad|mayores?"
            r"|grown ups?|elderly|personnes agees|ancian[oa]s?|over 18|18 and over"
        ),
        "mixed": (
            r"mixed|mixte|mixtes|mixto|mixta|both|ambos|ambas|les deux|all ages|tous ages"
            r"|family units?|fmua|unidad(?:es)? familiar(?:es)?|grupos? familiar(?:es)?"
            r"|familles?"
        ),
    },
    "transport_mode": {
        "sea": (
            r"sea|maritime|maritim[oa]s?|marine|marin[oa]|boats?|ships?|vessels?|mer|mar"
            r"|bateaux?|navires?|barques?"
            r"|embarcations?|embarcacion|embarcaciones|barcos?|pateras?|cayucos?|zodiacs?"
            r"|dinghy|dinghies|rubber boat|ferry|ferries|lanchas?|yachts?|sailing|sailboats?"
            r"|neumaticas?|semirigidas?|semi rigides?|gomones?|balsas?|botes?|barcas?|barcazas?"
            r"|buques?|veleros?|voiliers?|pirogues?|canots?|vedettes?|hors bords?|go fasts?"
            r"|jet skis?|motos? de agua|motos? nautiques?|speed ?boats?|inflatables?|rhibs?"
            r"|pesqueros?|chalutiers?|fishing boats?|cruceros?|cruise|kayaks?|nautique|nautico"
            r"|naval|navale|ocean|oceano|mediterranee|mediterraneo|canal|detroit|estrecho"
            r"|crossing by sea|par mer|por mar|via maritima|voie maritime|yolas?|pangas?"
            r"|chalupas?|rafts?"
        ),
        "land": (
            r"land|terre|terrestre|terrestres|routiers?|routieres?|hgvs?|trucks?|lorry|lorries"
            r"|cars?|vans?|bus|buses|coachs?|coaches|train|trains|rail|railway|foot|walking"
            r"|camions?|voitures?|pied|camion|camiones|coches?|pie|tren|trenes|vehicles?"
            # "route" is the road, but a "sea route" / "route maritime" is the sea's
            r"|vehicules?|vehiculos?|road|roads|par route|carretera|por carretera"
            r"|(?<!sea )(?<!air )(?<!maritime )route(?! (?:maritime|aerienne))"
            r"|taxis?|motorbikes?|autobus|autobuses|autocars?"
            r"|autocares?|minibus|microbus|poids lourds?|fourgons?|fourgonnettes?|camionnettes?"
            r"|furgonetas?|furgon|furgones|trailers?|trailer|remolques?|semirremolques?"
            r"|semi remorques?|remorques?|tractomulas?|pick ?ups?|4x4|todoterrenos?|autos?"
            r"|automoviles?|automovil|carros?|motos?(?! (?:de agua|nautiques?))|motocicletas?"
            r"|bicicletas?|velos?"
            r"|bicycles?|bikes?|ferroviaire|ferroviario|ferrocarril|tramway|caminando|a pie"
            r"|a pied|marche|hiking|randonnee|par la route|por carretera|carretera|autopista"
            r"|autoroute|highway|motorway|colectivos?|combis?|vtc|lorries|van|via terrestre"
            r"|voie terrestre|frontera terrestre|land border|tractocamion\w*|mototaxis?"
            r"|caminatas?|pedestrians?|peaton(?:es)?|pietons?|tunnels?|tunel(?:es)?"
            r"|overland|por tierra|par terre"
        ),
        "air": (
            r"air|plane|planes|airplane|aircraft|flights?|airports?|aeroports?|avion|avions"
            r"|aerien|aerienne|aeriens|aviones|aereo|aerea|aereos|aereas|aeropuertos?|vuelos?"
            r"|airlines?|aerolineas?|compagnies? aeriennes?|aeronefs?|avionetas?|jets?(?! skis?)"
            r"|helicopters?|helicopteres?|helicopteros?|par avion|por avion|via aerea"
            r"|voie aerienne|vols? (?:commercial|commerciaux|international|internationaux)"
        ),
    },
}

# What a combination of matched words means, per field (other combinations: ambiguous).
_COMBINED: Final[dict[str, dict[frozenset[str], str]]] = {
    "crime_type": {
        frozenset({"trafficking", "smuggling"}): "both",
        frozenset({"trafficking", "both"}): "both",
        frozenset({"smuggling", "both"}): "both",
        frozenset({"trafficking", "smuggling", "both"}): "both",
    },
    "exploitation": {},
    "gender": {
        frozenset({"female", "male"}): "mixed",
        frozenset({"female", "mixed"}): "mixed",
        frozenset({"male", "mixed"}): "mixed",
        frozenset({"female", "male", "mixed"}): "mixed",
    },
    "age_group": {
        frozenset({"child", "adult"}): "mixed",
        frozenset({"child", "mixed"}): "mixed",
        frozenset({"adult", "mixed"}): "mixed",
        frozenset({"child", "adult", "mixed"}): "mixed",
    },
    "transport_mode": {},
}

# Ages written as numbers: "0-17", "0 to 17 years", "<18", "18+", "18 years or over", "25".
_AGE_UNDER: Final = re.compile(r"^\s*(?:<|under|below|less than|moins de|menos de)\s*(\d{1,3})")
_AGE_OVER: Final = re.compile(
    r"^\s*(?:(?:>=?|≥|over|above|plus de|mas de|más de)\s*(\d{1,3})"
    r"|(\d{1,3})\s*(?:\+|(?:years? )?(?:or|and) (?:over|older|more)|ans et plus|(?:años )?y más))"
)
_AGE_RANGE: Final = re.compile(r"^\s*(\d{1,3})\s*(?:-|–|to|a|à|al)\s*(\d{1,3})\b")
_AGE_SINGLE: Final = re.compile(r"^\s*(\d{1,3})\s*(?:years?|yrs?|ans|años)?\s*$")


def _compile(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {word: re.compile(rf"\b(?:{pat})\b") for word, pat in patterns.items()}


_KEYWORD_RE: Final = {field: _compile(p) for field, p in _KEYWORDS.items()}


def _check_field(field: str) -> None:
    if field not in VOCABULARIES:
        raise ParameterError(
            f"expected field to be one of {short_list(VOCABULARIES)}, but found {field!r}; "
            "pass the name of a vocabulary column of the record frame."
        )


def _keyword_words(folded: pd.Series, field: str) -> pd.Series:
    """Return, per folded value, the schema word its keywords name (or ambiguous / NA)."""
    hits = pd.DataFrame(
        {word: folded.str.contains(pat, regex=True) for word, pat in _KEYWORD_RE[field].items()},
        index=folded.index,
    )
    if field == "exploitation" and "other" in hits:
        # "sexual and other forms": the specific form wins over "other".
        specific = hits.drop(columns="other").any(axis=1)
        hits["other"] &= ~specific
    n_hits = hits.sum(axis=1)
    out = pd.Series(pd.NA, index=folded.index, dtype="object")
    single = n_hits == 1
    out[single] = hits[single].idxmax(axis=1)
    several = n_hits > 1
    if several.any():
        names = pd.Series("", index=folded.index, dtype="object")
        for word in hits.columns:
            names = names + np.where(hits[word], word + " ", "")
        combined = _COMBINED[field]
        out[several] = names[several].map(  # unique values only
            lambda found: combined.get(frozenset(found.split()), _AMBIGUOUS)
        )
    return out


def _age_from_numbers(text: pd.Series) -> pd.Series:
    """Read age groups written as numbers ("0-17", "<18", "18+", "35") on lower-case text."""
    out = pd.Series(pd.NA, index=text.index, dtype="object")
    under = text.str.extract(_AGE_UNDER)[0].astype("float64")
    out[under <= 18] = "child"
    over = text.str.extract(_AGE_OVER).astype("float64").max(axis=1)
    out[out.isna() & (over >= 17)] = "adult"
    rng = text.str.extract(_AGE_RANGE).astype("float64")
    lo, hi = rng[0], rng[1]
    out[out.isna() & (hi < 18)] = "child"
    out[out.isna() & (lo >= 18)] = "adult"
    out[out.isna() & (lo < 18) & (hi >= 18)] = "mixed"
    single = text.str.extract(_AGE_SINGLE)[0].astype("float64")
    out[out.isna() & (single < 18)] = "child"
    out[out.isna() & (single >= 18)] = "adult"
    return out


# Words naming the field itself: "sexe inconnu", "edad desconocida", "unknown mode" are
# unknown words once the field's name is dropped.
_FIELD_NOUNS: Final = frozenset(
    "sex sexe sexo gender genre genero age edad mode modo medio moyen means transport "
    "transporte type tipo crime delito infraction offence offense exploitation explotacion "
    "forme forma form category categorie categoria group groupe grupo de du del of la el".split()
)


def _says_missing(text: pd.Series, folded: pd.Series) -> pd.Series:
    """Flag unknown-like values.

    A missing word, alone or beside the field's own name ("Sexe inconnu", "Edad: se
    desconoce"), or several of them ("Not specified/Unknown").
    """
    missing = folded.isin(_MISSING_WORDS)
    rest = folded.str.split().map(lambda ws: " ".join(w for w in ws if w not in _FIELD_NOUNS))
    missing |= rest.isin(_MISSING_WORDS) & rest.ne("")
    parts = text.str.split(r"\s*[/|;]\s*", regex=True)
    several = parts.map(len).gt(1)
    if several.any():
        all_missing = parts[several].map(
            lambda ps: all(fold(p) in _MISSING_WORDS for p in ps)  # unique values only
        )
        missing |= all_missing.reindex(text.index, fill_value=False).astype(bool)
    return missing


# Trafficking named "trata" / "traite" (and their abbreviations); "tráfico" / "trafic".
_TRATA: Final = re.compile(r"\b(?:trata|traite|teh|tsh|tdp)\b")
_TRAFICO: Final = re.compile(r"\btrafic(?:o|os|s)?\b")


def _other_crime(folded: pd.Series, value: pd.Series, rule: pd.Series) -> None:
    """In a column that writes trafficking "trata" / "traite", "tráfico" is smuggling.

    Spanish and French law name trafficking *trata* / *traite* and smuggling *tráfico
    (ilícito de migrantes)* / *trafic (de migrants)*; Mexico's "tráfico de personas" and
    Belgium's "trafic d'êtres humains" (art. 77bis) are smuggling. Alone, such wording is
    ambiguous (Spanish media say "tráfico de personas" for trafficking); beside *trata*
    in the same column (one file's distinct values), it is the other crime. Rule
    ``vocab.other_crime``; ``value`` and ``rule`` are changed in place.
    """
    named = folded.str.contains(_TRATA) & value.eq("trafficking").fillna(False)
    if not named.any():
        return
    other = folded.str.contains(_TRAFICO) & ~folded.str.contains(_TRATA)
    other &= value.isna() | value.isin(["trafficking", _AMBIGUOUS])
    value[other] = "smuggling"
    rule[other] = "vocab.other_crime"


def _hombre_mujer(folded: pd.Series, lang: str | None) -> bool:
    """Tell whether a gender column codes sex as Spanish H/M (hombre/mujer) or V/M.

    Spanish forms write ``H`` (hombre) or ``V`` (varón) beside ``M`` (mujer); English
    and French write ``M``/``F`` and ``H``/``F``. So ``M`` is female when the column
    has ``H`` or ``V`` but no ``F``, in a file not known to be English.
    """
    # the letters as values or as words of values ("H y M": hombres y mujeres)
    codes = set(folded) | {w for text in folded for w in str(text).split()}
    return lang != "en" and "m" in codes and bool(codes & {"h", "v"}) and "f" not in codes


def _vocab_uniques(field: str, lang: str | None = None) -> _UniqueFunc:
    words = frozenset(VOCABULARIES[field])

    def func(uniq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        text = pd.Series(uniq, dtype="object").astype(str)
        folded = pd.Series([fold(t) for t in text], dtype="object")  # unique values only
        exact = _EXACT[field]
        keyed = folded  # the text the keywords read
        if field == "gender" and _hombre_mujer(folded, lang):
            exact = {**exact, "m": "female"}
            keyed = folded.str.replace(r"\bm\b", "mujer", regex=True)  # "H y M"
        value = pd.Series(pd.NA, index=text.index, dtype="object")
        rule = pd.Series(pd.NA, index=text.index, dtype="object")

        def claim(mask: pd.Series, found: pd.Series | str, name: str) -> None:
            mask = mask & value.isna()
            value[mask] = found[mask] if isinstance(found, pd.Series) else found
            rule[mask] = name

        claim(_says_missing(text, folded), UNKNOWN, "vocab.missing")
        as_word = folded.str.replace(" ", "_")
        claim(as_word.isin(words), as_word, "vocab.exact")
        claim(folded.isin(exact.keys()), folded.map(exact), "vocab.exact")
        if field == "age_group":
            everything = pd.Series(True, index=text.index)
            claim(everything, _age_from_numbers(text.str.lower()), "vocab.age_number")
        claim(pd.Series(True, index=text.index), _keyword_words(keyed, field), "vocab.keyword")
        if field == "crime_type":
            _other_crime(folded, value, rule)

        ambiguous = (value == _AMBIGUOUS).fillna(False)
        rule[ambiguous] = "vocab.ambiguous"
        unread = value.isna()
        rule[unread] = "vocab.unrecognised"
        invalid = ambiguous | unread
        value[invalid] = UNKNOWN
        return value.to_numpy(), rule.to_numpy(), invalid.to_numpy(dtype=bool)

    return func


def parse_vocab(raw: pd.Series, *, field: str, lang: str | None = None) -> Parsed:
    """Map EN/FR/ES wording of one vocabulary column to the schema's words.

    Parameters
    ----------
    raw : Series
        Raw text of the column. Not modified.
    field : str
        One of :data:`trendlib.schema.VOCABULARIES`: ``crime_type``, ``exploitation``,
        ``gender``, ``age_group``, ``transport_mode``.
    lang : {"fr", "es", "en"}, optional
        Language of the file (see :func:`trendlib.clean._unique.guess_language`). Gender
        ``M`` is *mujer* (female) when the column codes sex as ``H``/``M`` or ``V``/``M``
        (no ``F``) and the file is not English.

    Returns
    -------
    Parsed
        ``values`` is a category with the field's words as categories. Missing, blank
        and "unknown"-like values become ``unknown`` (rule ``vocab.missing``); text that
        names no category, or more than one where they cannot combine, becomes
        ``unknown`` with ``invalid=True`` (``vocab.unrecognised`` / ``vocab.ambiguous``).

    Raises
    ------
    ParameterError
        If ``field`` is not a vocabulary column.

    Notes
    -----
    Gender ``M`` is read as male (English), ``H`` (French *homme*, Spanish *hombre*) and
    ``V`` (Spanish *varón*) as male, ``F`` as female; in a column coded ``H``/``M``
    without ``F``, ``M`` is *mujer*. *Girl* / *fille* / *niña* is female for gender and
    child for the age group. Gender and age ``Total`` (as in UNODC tables) is ``mixed``.

    Examples
    --------
    >>> raw = pd.Series(["Traite des êtres humains", "trafic illicite de migrants",
    ...                  "THB and SoM", "tráfico de personas", None])
    >>> p = parse_vocab(raw, field="crime_type")
    >>> p.values.tolist()
    ['trafficking', 'smuggling', 'both', 'unknown', 'unknown']
    >>> p.rule.tolist()
    ['vocab.keyword', 'vocab.keyword', 'vocab.exact', 'vocab.ambiguous', 'vocab.missing']
    >>> p.invalid.tolist()
    [False, False, False, True, False]
    >>> parse_vocab(pd.Series(["Femmes", "niño", "F+M"]), field="gender").values.tolist()
    ['female', 'male', 'mixed']
    >>> parse_vocab(pd.Series(["H", "M", "M"]), field="gender").values.tolist()  # hombre/mujer
    ['male', 'female', 'female']
    """
    _check_field(field)
    parsed = map_unique(raw, _vocab_uniques(field, lang))
    missing = raw.isna().to_numpy()
    values = parsed.values.where(~missing, UNKNOWN)
    dtype = pd.CategoricalDtype(list(VOCABULARIES[field]))
    return Parsed(
        values=values.astype(dtype),
        rule=parsed.rule.mask(missing, "vocab.missing"),
        invalid=parsed.invalid,
    )


_OFFENCE_KEYWORDS: Final[dict[str, str]] = {
    "document_fraud": (
        r"documents?|documentaire|documental|documentos?|forg(?:ed|ery|eries)|falsif\w*"
        r"|faux papiers|counterfeit documents?|(?:fake|false|forged) (?:ids?|passports?|visas?)"
        r"|passports?|passeports?|pasaportes?|identity fraud|usurpation d ?identite"
        # French Code penal "faux et usage de faux"; identity theft and impostors
        r"|faux|usage de faux|falsos?|falsas?|fraude (?:identitaire|aux visas|de visados)"
        r"|identity theft|usurpacion de identidad|suplantacion de identidad|impostors?"
        r"|imposteurs?|look ?alike|visa fraud|visas? (?:frauduleux|falsos)|fake ids?"
    ),
    "corruption": (
        r"corrupt\w*|corrupcion|brib\w*|pots de vin|soborno\w*|cohecho|trafic d ?influence"
        r"|trafico de influencias|prevarica\w*|concussion|kickbacks?|coimas?|mordidas?"
        r"|malversa\w*|abuse of (?:office|power)|abus de (?:fonction|pouvoir)"
    ),
    "money_laundering": (
        r"money laundering|laundering|blanchiment|blanqueo|lavado de (?:dinero|activos)"
        r"|lavado|illicit financial flows?|flux financiers illicites|flujos financieros ilicitos"
        r"|hawala|underground banking|money mules?|mules? financieres?|mulas? financieras?"
        r"|capitales ilicitos|fonds illicites|illicit funds"
        # Europol / EMPACT crime area "criminal finances, money laundering" ("ML")
        r"|criminal finances?|finances criminelles|finanzas criminales|ml"
    ),
    "illicit_goods": (
        r"drugs?|narcotics?|stupefiants?|drogues?|drogas?|weapons?|firearms?|arms|d?armes?"
        r"|armas|cocaine|cocaina|cannabis|heroin|heroine|heroina|contraband|contrebande"
        r"|contrabando|illicit goods|tobacco|cigarettes"
        r"|(?:goods|merchandise|marchandises|mercancias) (?:illicit|illicites?|ilicitas?)"
        # "illicit trafficking in goods", "trafic de marchandises": a traffic in goods
        r"|(?:trafficking|traffic|trafic|trafico) (?:\w+ ){0,1}(?:in |of |de |d )?(?:goods"
        r"|merchandise|marchandises|mercancias)"
        # "illicit commodities" (UK), "prohibited goods", "marchandises prohibées",
        # "mercancía de contrabando": a banned/illicit word + a goods word, in any order
        r"|(?:illicit|illegal|prohibited|restricted|banned|smuggled|contraband)"
        r" (?:commodit(?:y|ies)|goods|items|articles|products|merchandise|substances?)"
        r"|(?:marchandises?|biens|produits|articles|objets|mercancias?|bienes|productos"
        r"|articulos|objetos) (?:illicites?|prohibee?s?|illegaux|illegales?|interdits?"
        r"|ilicit[oa]s?|prohibid[oa]s?|ilegales?|de contrebande|de contrabando)"
        r"|commodit(?:y|ies) (?:smuggling|trafficking)"
        r"|narco\w*|estupefacientes|hashish|haschich|hachis|marihuana|marijuana|methamphetamine"
        r"|munitions?|municiones|ammunition|explosi(?:ves?|fs?|vos?)|contrefacons?"
        r"|counterfeit (?:goods|products|medicines|cigarettes)|tabac|tabaco|cigarrillos"
        r"|wildlife|especes protegees|especies protegidas|ivory|ivoire|marfil"
        r"|(?:stolen|voles|robados) (?:vehicles|cars)|vehicules voles|vehiculos robados"
        r"|biens culturels|bienes culturales|cultural goods|trafic darmes|trafico de armas"
        r"|ketamine|mdma|amphetamines?|anfetaminas?|ecstasy|extasis|fentanyl|opioids?|opiates?"
        r"|crack|captagon|tramadol|controlled (?:drugs|substances?)|class [abc] drugs?"
        r"|narcotiques|psychotropes?|psicotropicos?|knives|bladed articles?|couteaux|machetes?"
        r"|pistols?|pistolets?|pistolas?|guns?|handguns?|rifles?|fusils?|fusiles|armas de fuego"
        r"|excise goods|alcohol|alcool|stolen goods|biens voles|objetos robados"
        r"|endangered species|animal trafficking|trafico de especies"
    ),
    "cybercrime": (
        r"cyber\w*|ciber\w*|online|en ligne|en linea|internet|hacking|phishing"
        r"|computer crime|delitos informaticos|dark ?web|dark ?net|reseaux sociaux"
        r"|redes sociales|social media|sextor\w*|piratage|hameconnage|ransomware|malware"
        r"|csam|pedopornographie|child sexual abuse material|pornografia infantil"
        r"|informatique|informatica|numerique"
    ),
    "terrorism": r"terror\w*|radicali\w*|jihad\w*|djihad\w*|yihad\w*|daesh|isis|extremis\w*",
}
_OFFENCE_RE: Final = _compile(_OFFENCE_KEYWORDS)
_OFFENCE_SPLIT: Final = r"\s*[|,;/+]\s*|\s+(?:and|et|y|e)\s+"
_NO_OFFENCE: Final = frozenset(
    {"none", "no", "non", "aucun", "aucune", "ninguno", "ninguna", "nil"}
)


def _offences_uniques(uniq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    text = pd.Series(uniq, dtype="object").astype(str)
    parts = text.str.split(_OFFENCE_SPLIT, regex=True).explode()
    parts = parts[parts.str.strip() != ""]
    folded = pd.Series([fold(t) for t in parts], index=parts.index, dtype="object")
    none_word = folded.isin(_NO_OFFENCE | _MISSING_WORDS)
    hits = pd.DataFrame(
        {name: folded.str.contains(pat, regex=True) for name, pat in _OFFENCE_RE.items()},
        index=folded.index,
    )
    unread = ~hits.any(axis=1) & ~none_word
    per_value = hits.groupby(level=0).any().reindex(text.index, fill_value=False)
    any_unread = unread.groupby(level=0).any().reindex(text.index, fill_value=False)
    names = sorted(LINKED_OFFENCES)
    joined = pd.Series("", index=text.index, dtype="object")
    for name in names:
        joined = joined + np.where(per_value[name], name + "|", "")
    joined = joined.str.rstrip("|")
    found = joined != ""
    rule = np.select(
        [found & ~any_unread, found & any_unread, ~found & any_unread],
        ["offences.keyword", "offences.partial", "offences.unrecognised"],
        default="offences.none",
    ).astype(object)
    values = joined.where(found, None).to_numpy(dtype=object)
    return values, rule, any_unread.to_numpy(dtype=bool)


def parse_linked_offences(raw: pd.Series) -> Parsed:
    """Read ``|``/``,``/``;``-joined linked offences written in EN/FR/ES.

    Parameters
    ----------
    raw : Series
        Raw text, e.g. ``"fraude documentaire; blanchiment"``. Not modified.

    Returns
    -------
    Parsed
        ``values`` (string): the recognised offences of
        :data:`trendlib.schema.LINKED_OFFENCES`, unique, sorted and joined by ``|``;
        missing when none is named (blank, "none", "aucune", "ninguna"). ``invalid`` is
        True when a part names no known offence (rule ``offences.partial`` when other
        parts were read, ``offences.unrecognised`` when none was).

    Examples
    --------
    >>> raw = pd.Series(["Fraude documentaire; blanchiment", "corrupción|armas",
    ...                  "forged passports, bribery, forged visas", "aucune", "tax evasion"])
    >>> p = parse_linked_offences(raw)
    >>> p.values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['document_fraud|money_laundering', 'corruption|illicit_goods',
     'corruption|document_fraud', <NA>, <NA>]
    >>> p.rule.tolist()  # doctest: +NORMALIZE_WHITESPACE
    ['offences.keyword', 'offences.keyword', 'offences.keyword', 'offences.none',
     'offences.unrecognised']
    >>> p.invalid.tolist()
    [False, False, False, False, True]
    """
    return map_unique(raw, _offences_uniques, dtype="string")
