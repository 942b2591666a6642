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
    },
    "exploitation": {
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
        "m": "male",  # English "male"; Spanish sources write V (varón) / M (mujer) rarely
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

# Whole-word keyword patterns (on folded text) per field and word. When several words
# match, :data:`_COMBINED` says what the combination means; otherwise it is ambiguous.
_KEYWORDS: Final[dict[str, dict[str, str]]] = {
    "crime_type": {
        "trafficking": (
            # "drug trafficking", "arms trafficking" are not trafficking in human beings
            r"(?<!drug )(?<!drugs )(?<!arms )(?<!weapons )(?<!firearms )(?:trafficking|trafficked)"
            r"|thb|tip|teh|traite|trata|human trafficking|modern slavery"
            r"|trafic (?:detres|des etres|de personnes) humains"
        ),
        "smuggling": (
            r"smuggling|smuggled|smugglers?|som|passeurs?|facilitation"
            r"|trafic (?:illicite )?de migrants|trafic illicite"
            r"|trafico (?:ilicito )?de migrantes|trafico ilicito"
            r"|(?:illegal|irregular) (?:immigration|entry)|l?entree irreguliere|aide au sejour"
            r"|immigration (?:irreguliere|clandestine)|inmigracion (?:ilegal|irregular)"
        ),
        # "traite et trafic", "trata y tráfico": both crimes named, the second bare
        "both": r"both|les deux|ambos|(?:traite|trata) (?:et|y|and|\+|/) (?:trafic|trafico)",
    },
    "exploitation": {
        "sexual": r"sexual|sexuelle?|sex|sexo|prostitution|prostitucion|pornograph\w*|pornografia",
        "forced_labour": (
            r"labou?r|travail|trabajo|trabajos|laboral|servitude|servidumbre|domestic"
            r"|domestique|domestica|bondage|esclavage|esclavitud|slavery"
        ),
        "forced_criminality": (
            r"criminality|criminal|criminalite|begging|mendicite|mendicidad"
            r"|delictivas?|delictivos?|crimes?|delitos|delits?|criminalidad"
        ),
        "organ_removal": r"organs?|d?organes?|organos?",  # "dorganes": fold drops apostrophes
        "forced_marriage": r"marriage|mariage|matrimonio|matrimonios",
        "other": r"other|autres?|otras?|otros?",
    },
    "gender": {
        "female": (
            r"f|females?|woman|women|girls?|femmes?|filles?|mujer|mujeres|ninas?"
            r"|femenin[oa]s?|feminine?s?"
        ),
        "male": (
            r"m|h|v|males?|man|men|boys?|hommes?|garcons?|hombres?|ninos?|varon|varones"
            r"|masculin[oa]?s?"
        ),
        "mixed": r"mixed|mixte|mixto|mixta|both",
    },
    "age_group": {
        "child": (
            r"child|children|minors?|kids?|juveniles?|girls?|boys?|infants?|adolescents?"
            r"|teens?|teenagers?|mineur[e]?s?|enfants?|filles?|garcons?|menor|menores"
            r"|ninos?|ninas?|adolescentes?|under 18|u18|u 18"
        ),
        "adult": r"adults?|adultes?|adult[oa]s?|majeur[e]?s?|mayores de edad|mayor de edad",
        "mixed": r"mixed|mixte|mixto|both",
    },
    "transport_mode": {
        "sea": (
            r"sea|maritime|maritimo|boats?|ships?|vessels?|mer|mar|bateaux?|navires?"
            r"|embarcations?|embarcacion|embarcaciones|barcos?|pateras?|cayucos?|zodiacs?"
            r"|dinghy|dinghies|rubber boat|ferry|ferries|lanchas?|yacht|sailing"
        ),
        "land": (
            r"land|terre|terrestre|routiers?|routieres?|hgvs?|truck|trucks|lorry|lorries|cars?|vans?|bus|buses|coach|train"
            r"|trains|rail|railway|foot|walking|camions?|voitures?|pied|camion|camiones"
            r"|coches?|pie|tren|vehicles?|vehicules?|vehiculos?|road|taxi|motorbike"
        ),
        "air": (
            r"air|plane|planes|airplane|aircraft|flights?|airports?|aeroports?|avion|avions"
            r"|aerien|aerienne|aviones|aereo|aerea|aeropuertos?|vuelos?"
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


def _vocab_uniques(field: str) -> _UniqueFunc:
    exact = _EXACT[field]
    words = frozenset(VOCABULARIES[field])

    def func(uniq: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        text = pd.Series(uniq, dtype="object").astype(str)
        folded = pd.Series([fold(t) for t in text], dtype="object")  # unique values only
        value = pd.Series(pd.NA, index=text.index, dtype="object")
        rule = pd.Series(pd.NA, index=text.index, dtype="object")

        def claim(mask: pd.Series, found: pd.Series | str, name: str) -> None:
            mask = mask & value.isna()
            value[mask] = found[mask] if isinstance(found, pd.Series) else found
            rule[mask] = name

        claim(folded.isin(_MISSING_WORDS), UNKNOWN, "vocab.missing")
        as_word = folded.str.replace(" ", "_")
        claim(as_word.isin(words), as_word, "vocab.exact")
        claim(folded.isin(exact.keys()), folded.map(exact), "vocab.exact")
        if field == "age_group":
            everything = pd.Series(True, index=text.index)
            claim(everything, _age_from_numbers(text.str.lower()), "vocab.age_number")
        claim(pd.Series(True, index=text.index), _keyword_words(folded, field), "vocab.keyword")

        ambiguous = (value == _AMBIGUOUS).fillna(False)
        rule[ambiguous] = "vocab.ambiguous"
        unread = value.isna()
        rule[unread] = "vocab.unrecognised"
        invalid = ambiguous | unread
        value[invalid] = UNKNOWN
        return value.to_numpy(), rule.to_numpy(), invalid.to_numpy(dtype=bool)

    return func


def parse_vocab(raw: pd.Series, *, field: str) -> Parsed:
    """Map EN/FR/ES wording of one vocabulary column to the schema's words.

    Parameters
    ----------
    raw : Series
        Raw text of the column. Not modified.
    field : str
        One of :data:`trendlib.schema.VOCABULARIES`: ``crime_type``, ``exploitation``,
        ``gender``, ``age_group``, ``transport_mode``.

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
    Gender ``M`` is read as male (English), ``H`` (French *homme*) and ``V`` (Spanish
    *varón*) as male, ``F`` as female. *Girl* / *fille* / *niña* is female for gender and
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
    """
    _check_field(field)
    parsed = map_unique(raw, _vocab_uniques(field))
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
        r"|passports?|passeports?|pasaportes?|identity fraud|usurpation didentite"
    ),
    "corruption": r"corrupt\w*|corrupcion|brib\w*|pots de vin|soborno\w*|cohecho",
    "money_laundering": (
        r"money laundering|laundering|blanchiment|blanqueo|lavado de (?:dinero|activos)"
        r"|illicit financial flows?|flux financiers illicites|flujos financieros ilicitos"
    ),
    "illicit_goods": (
        r"drugs?|narcotics?|stupefiants?|drogues?|drogas?|weapons?|firearms?|arms|d?armes?"
        r"|armas|cocaine|cocaina|cannabis|heroin|heroine|heroina|contraband|contrebande"
        r"|contrabando|illicit goods|tobacco|cigarettes"
        r"|(?:goods|merchandise|marchandises|mercancias) (?:illicit|illicites?|ilicitas?)"
    ),
    "cybercrime": (
        r"cyber\w*|ciber\w*|online|en ligne|en linea|internet|hacking|phishing"
        r"|computer crime|delitos informaticos"
    ),
    "terrorism": r"terror\w*",
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
