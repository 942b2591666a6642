"""Entity resolution: which rows of a frame describe the same person (or phone, or car).

:func:`resolve_entities` is a small probabilistic record-linkage engine in the
Fellegi-Sunter tradition, built on rapidfuzz and numpy:

1. **Normalise** each field by its kind (``name``, ``date``, ``id``, ``phone``, ``email``,
   ``address``, ``code``, ``text``), on unique values.
2. **Block**: candidate pairs are the pairs of rows sharing at least one blocking key:
   the exact normalised value of every date, id, phone and email field; the date with
   day and month sorted (catches swapped day/month); every code field (e.g. postcode)
   with at least sqrt(n) distinct values, joined with the initial of the first name
   field; for names, either the name and the Soundex codes of its tokens (one name
   field) or given name + surname initial, surname + given-name initial and both Soundex
   codes (two name fields). Blocks larger than ``max_block_size`` rows are skipped (a
   common surname would otherwise compare everybody with everybody).
3. **Compare**: per field and pair, a similarity from :func:`rapidfuzz.process.cpdist`
   (Jaro-Winkler for names; normalised Levenshtein for dates, ids, codes, phones and
   emails; token-sort ratio for addresses and text), cut into comparison levels:
   ``0`` missing on either side, ``1`` disagree, ``2`` weak, ``3`` strong agreement,
   ``4`` exact (thresholds in :data:`COMPARISONS`).
4. **Score**: the Fellegi-Sunter match weight ``log2(m/u)`` summed over fields, where
   ``u`` (level frequencies among non-matches) is measured on random row pairs and ``m``
   (level frequencies among matches) and the match prior are fitted by EM on the
   candidate pairs; missing fields weigh 0. Prior frequencies per kind
   (:data:`PRIOR_M`, :data:`PRIOR_U`) enter as pseudo-counts, so small frames still get
   sensible weights. The weight becomes a match probability.
5. **Cluster**: pairs with probability >= ``threshold`` are linked; connected components
   of three or more rows are re-clustered by average linkage on all their pairs
   (cut at the same probability), so one weak link cannot chain two people together.

Entity ids are ``"E-"`` plus 10 hex characters of a BLAKE2b hash of the smallest index
label (as text) in the entity: stable for the same rows, whatever their order.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler, Levenshtein
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from trendlib._text import fold
from trendlib.errors import DataContractError, ParameterError, short_list
from trendlib.links.normalise import fast_fold, name_key, normalise_emails, normalise_phones

__all__ = [
    "COMPARISONS",
    "FIELD_KINDS",
    "PRIOR_M",
    "PRIOR_U",
    "MatchModel",
    "infer_fields",
    "resolve_entities",
    "score_pairs",
]

#: Field kinds understood by :func:`resolve_entities`.
FIELD_KINDS: Final = ("name", "date", "id", "phone", "email", "address", "code", "text")

#: Per kind: the rapidfuzz scorer and the (strong, weak) similarity thresholds that cut it
#: into comparison levels 3 (>= strong) and 2 (>= weak); exact equality is level 4.
COMPARISONS: Final[dict[str, tuple[str, float, float]]] = {
    "name": ("jaro_winkler", 0.94, 0.85),
    "date": ("levenshtein", 0.87, 0.74),
    "id": ("levenshtein", 0.85, 0.70),
    "phone": ("levenshtein", 0.90, 0.80),
    "email": ("levenshtein", 0.90, 0.80),
    "address": ("token_sort", 0.90, 0.75),
    "code": ("levenshtein", 0.74, 0.50),
    "text": ("token_sort", 0.90, 0.75),
}

_SCORERS: Final[dict[str, Any]] = {
    "jaro_winkler": JaroWinkler.normalized_similarity,
    "levenshtein": Levenshtein.normalized_similarity,
    "token_sort": fuzz.token_sort_ratio,
}
_N_LEVELS: Final = 5  # 0 missing, 1 disagree, 2 weak, 3 strong, 4 exact

_SKIP_COLUMNS: Final = frozenset(
    {"record id", "rec id", "source", "source ref", "source file", "source row", "id", "index"}
)
# (kind, pattern on the folded column name), first match wins.
_NAME_RULES: Final = (
    ("email", r"\b(e ?mail|mail|courriel|correo)\b"),
    ("phone", r"phone|\btel\b|telephone|mobile|msisdn|\bcell|\bgsm\b|telefono"),
    ("date", r"\bdob\b|birth|\bdate\b|\bborn\b|fecha|naissance|\bdate"),
    (
        "code",
        r"post ?code|\bzip\b|\bcap\b|street (number|no)|house (number|no)|\bstate\b"
        r"|country|nationality|gender|\bsex\b|\bcode\b",
    ),
    ("address", r"address|\baddr|street|suburb|\bcity\b|\btown\b|locality|village|\broad\b"),
    ("name", r"name|surname|given|forename|\bfirst\b|\blast\b|\bnom\b|prenom|apellido"),
    (
        "id",
        r"\bid\b|passport|document|\bdoc\b|\bssn\b|soc sec|iban|account|licen[cs]e|"
        r"\bnumber\b|\bno\b|plate",
    ),
)


def infer_fields(frame: pd.DataFrame) -> dict[str, str]:
    """Guess each column's field kind from its name.

    Parameters
    ----------
    frame : DataFrame
        The frame to resolve. Columns whose names match no rule (and id-like columns such
        as ``record_id``) are left out.

    Returns
    -------
    dict of str to str
        Column -> kind, in column order.

    Examples
    --------
    >>> cols = ["rec_id", "given_name", "surname", "street_number", "address_1", "suburb",
    ...         "postcode", "state", "date_of_birth", "soc_sec_id", "Phone", "E-mail", "notes"]
    >>> infer_fields(pd.DataFrame(columns=cols))  # doctest: +NORMALIZE_WHITESPACE
    {'given_name': 'name', 'surname': 'name', 'street_number': 'code', 'address_1': 'address',
     'suburb': 'address', 'postcode': 'code', 'state': 'code', 'date_of_birth': 'date',
     'soc_sec_id': 'id', 'Phone': 'phone', 'E-mail': 'email'}
    """
    out: dict[str, str] = {}
    for col in frame.columns:
        key = fold(str(col))
        if key in _SKIP_COLUMNS:
            continue
        for kind, pattern in _NAME_RULES:
            if re.search(pattern, key):
                out[str(col)] = kind
                break
    return out


# ---------------------------------------------------------------------------------------
# normalising fields
# ---------------------------------------------------------------------------------------

_NON_ALNUM_UPPER = re.compile(r"[^0-9A-Z]+")
_NON_DIGIT = re.compile(r"[^0-9]+")


def _by_unique(values: pd.Series, func: Any) -> np.ndarray:
    codes, uniques = pd.factorize(values.astype("object"), use_na_sentinel=True)
    mapped = [func(str(u)) for u in uniques]
    out = np.array([m if m else None for m in mapped] + [None], dtype=object)
    return out[codes]


def _date_key(text: str) -> str:
    digits = _NON_DIGIT.sub("", text)
    return digits if len(digits) >= 4 else fast_fold(text)


def _normalise_field(values: pd.Series, kind: str) -> np.ndarray:
    """Return an object array of normalised strings (None = missing)."""
    if kind == "date" and pd.api.types.is_datetime64_any_dtype(values):
        text = values.dt.strftime("%Y%m%d")
        return np.asarray(text.astype("object").where(text.notna(), None), dtype=object)
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        num = pd.to_numeric(values, errors="coerce")
        integral = bool((num.dropna() % 1 == 0).all())
        values = (num.astype("Int64") if integral else num).astype("string")
    values = values.astype("object")
    if kind == "name":
        return _by_unique(values, name_key)
    if kind == "date":
        return _by_unique(values, _date_key)
    if kind in ("id", "code"):
        return _by_unique(values, lambda s: _NON_ALNUM_UPPER.sub("", s.upper()))
    if kind == "phone":
        norm = normalise_phones(values)["normalised"]
        return np.asarray(norm.astype("object").where(norm.notna(), None), dtype=object)
    if kind == "email":
        norm = normalise_emails(values)["normalised"]
        return np.asarray(norm.astype("object").where(norm.notna(), None), dtype=object)
    return _by_unique(values, fast_fold)


# Soundex (Russell & Odell): no maintained library in trendlib's dependencies offers it
# (jellyfish would add a dependency for twenty lines), so it is written out here.
_SOUNDEX = str.maketrans("bfpvcgjkqsxzdtlmnr", "111122222222334556")


def _soundex(text: str) -> str:
    word = re.sub(r"[^a-z]", "", text)
    if not word:
        return ""
    coded = word.translate(_SOUNDEX)
    out = [word[0]]
    last = coded[0]
    for ch, c in zip(word[1:], coded[1:], strict=True):
        if c.isdigit() and c != last:
            out.append(c)
        if ch not in "hw":
            last = c
    return ("".join(out) + "000")[:4]


# ---------------------------------------------------------------------------------------
# blocking and comparing
# ---------------------------------------------------------------------------------------


def _token_soundex(text: str) -> str:
    return " ".join(_soundex(t) for t in text.split())


def _block_keys(norm: dict[str, np.ndarray], fields: dict[str, str]) -> list[np.ndarray]:
    """Blocking keys, one object array per key (None = no key for that row)."""
    keys: list[np.ndarray] = []
    names = [c for c, k in fields.items() if k == "name"]
    name_vals = {c: pd.Series(norm[c], dtype="object") for c in names}
    sounds = {
        c: pd.Series(_by_unique(v, _token_soundex), dtype="object") for c, v in name_vals.items()
    }
    initial = name_vals[names[0]].str[:1] if names else None
    if len(names) == 1:
        # One name field (full names): the exact key and the Soundex of its tokens.
        keys += [name_vals[names[0]].to_numpy(), sounds[names[0]].to_numpy()]
    elif len(names) >= 2:
        # Given name + surname: each exact with the other's initial, and both Soundex codes.
        a, b = names[:2]
        keys += [
            (name_vals[a] + "\x1f" + name_vals[b].str[:1]).to_numpy(),
            (name_vals[b] + "\x1f" + name_vals[a].str[:1]).to_numpy(),
            (sounds[a] + "\x1f" + sounds[b]).to_numpy(),
        ]
    for col, kind in fields.items():
        vals = pd.Series(norm[col], dtype="object")
        if kind in ("date", "id", "phone", "email"):
            keys.append(vals.to_numpy())
        if kind == "date":
            # The date with day and month in sorted order: a swap gives the same key.
            swapped = pd.Series(None, index=vals.index, dtype="object")
            eight = vals[vals.str.len() == 8]
            mm, dd = eight.str[4:6], eight.str[6:8]
            swapped[eight.index] = (eight.str[:4] + mm.where(mm < dd, dd)) + mm.where(mm >= dd, dd)
            keys.append(swapped.to_numpy())
        # A code with few distinct values (state, gender) would make huge blocks.
        present = int(vals.notna().sum())
        if kind == "code" and initial is not None and vals.nunique() ** 2 >= present:
            keys.append((vals + "\x1f" + initial).to_numpy())
    return keys


def _candidate_pairs(keys: list[np.ndarray], n: int, max_block_size: int) -> np.ndarray:
    """Return the unique pairs (i < j) of row positions sharing a key, shape (k, 2)."""
    codes_all = []
    for key in keys:
        s = pd.Series(key, dtype="object")
        codes, _ = pd.factorize(s, use_na_sentinel=True)
        pos = np.flatnonzero(codes >= 0)
        if len(pos) < 2:
            continue
        codes = codes[pos]
        sizes = np.bincount(codes)
        keep = sizes[codes] <= max_block_size
        pos, codes = pos[keep], codes[keep]
        order = np.argsort(codes, kind="stable")
        pos, codes = pos[order], codes[order]
        sizes = np.bincount(codes)
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        # Pair each row with every later row of its block (vectorised over all blocks).
        within = np.arange(len(pos)) - starts[codes]
        remaining = sizes[codes] - within - 1
        total = int(remaining.sum())
        if total == 0:
            continue
        left_idx = np.repeat(np.arange(len(pos)), remaining)
        offsets = np.arange(total) - np.repeat(np.cumsum(remaining) - remaining, remaining)
        right_idx = left_idx + 1 + offsets
        a, b = pos[left_idx], pos[right_idx]
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        codes_all.append(lo.astype(np.int64) * n + hi)
    if not codes_all:
        return np.empty((0, 2), dtype=np.int64)
    flat = np.unique(np.concatenate(codes_all))
    return np.column_stack([flat // n, flat % n])


def _encode(norm: dict[str, np.ndarray]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Factorize each field once: integer codes per row (-1 missing) and the unique values."""
    out = {}
    for col, vals in norm.items():
        codes, uniques = pd.factorize(pd.Series(vals, dtype="object"), use_na_sentinel=True)
        out[col] = (codes.astype(np.int64), np.asarray(uniques, dtype=object))
    return out


def _levels(
    coded: dict[str, tuple[np.ndarray, np.ndarray]], fields: dict[str, str], pairs: np.ndarray
) -> np.ndarray:
    """Comparison levels (0..4) of each pair and field, shape (k, n_fields), int8.

    Equal codes are exact matches without comparing; the other pairs are reduced to their
    distinct (value, value) combinations, which rapidfuzz scores once each.
    """
    out = np.zeros((len(pairs), len(fields)), dtype=np.int8)
    for f, (col, kind) in enumerate(fields.items()):
        codes, uniques = coded[col]
        ca, cb = codes[pairs[:, 0]], codes[pairs[:, 1]]
        present = (ca >= 0) & (cb >= 0)
        exact = present & (ca == cb)
        out[exact, f] = 4
        other = np.flatnonzero(present & ~exact)
        if len(other) == 0:
            continue
        lo = np.minimum(ca[other], cb[other])
        hi = np.maximum(ca[other], cb[other])
        combos, inverse = np.unique(lo * len(uniques) + hi, return_inverse=True)
        ua, ub = uniques[combos // len(uniques)], uniques[combos % len(uniques)]
        scorer_name, strong, weak = COMPARISONS[kind]
        sim = process.cpdist(list(ua), list(ub), scorer=_SCORERS[scorer_name], dtype=np.float32)
        sim = np.asarray(sim, dtype=np.float64)
        if scorer_name == "token_sort":
            sim = sim / 100.0
        level = 1 + (sim >= weak).astype(np.int8) + (sim >= strong).astype(np.int8)
        if kind == "date":
            # A day/month swap (01/02 for 02/01) is a strong agreement, not a disagreement.
            sa, sb = pd.Series(ua, dtype="object"), pd.Series(ub, dtype="object")
            flipped = sa.str[:4] + sa.str[6:8] + sa.str[4:6]
            swapped = ((sa.str.len() == 8) & (flipped == sb)).to_numpy(dtype=bool)
            level = np.where(swapped, np.maximum(level, 3), level)
        out[other, f] = level[inverse.ravel()]
    return out


@dataclass(frozen=True)
class MatchModel:
    """A fitted Fellegi-Sunter model.

    Attributes
    ----------
    fields : dict of str to str
        Column -> kind, in the order of the arrays' rows.
    m : ndarray, shape (n_fields, 5)
        P(level | match); column 0 (missing) is unused.
    u : ndarray, shape (n_fields, 5)
        P(level | non-match), measured on random pairs.
    prior : float
        Share of matches among the candidate pairs.
    """

    fields: dict[str, str]
    m: np.ndarray
    u: np.ndarray
    prior: float

    def weights(self) -> pd.DataFrame:
        """Return the match weight ``log2(m/u)`` per field and level (the score's parts).

        Returns
        -------
        DataFrame
            One row per field, columns ``disagree``, ``weak``, ``strong``, ``exact``.
        """
        w = np.log2(self.m[:, 1:] / self.u[:, 1:])
        return pd.DataFrame(
            w, index=list(self.fields), columns=["disagree", "weak", "strong", "exact"]
        )

    def log_odds(self, levels: np.ndarray) -> np.ndarray:
        """Return the posterior log-odds (natural log) of a match for each pair's levels."""
        w = np.log(self.m) - np.log(self.u)
        w[:, 0] = 0.0
        total = np.full(len(levels), np.log(self.prior) - np.log1p(-self.prior))
        for f in range(levels.shape[1]):
            total += w[f, levels[:, f]]
        return total

    def probability(self, levels: np.ndarray) -> np.ndarray:
        """Return the posterior match probability for each pair's levels."""
        return 1.0 / (1.0 + np.exp(-np.clip(self.log_odds(levels), -50, 50)))


#: Prior level frequencies (disagree, weak, strong, exact) among matches (m) and non-matches
#: (u) per kind. They act as pseudo-counts (``_M_WEIGHT`` and ``_U_WEIGHT`` pairs) so that
#: small frames, where EM has little to learn from, get sensible weights; on large frames
#: the data dominate.
PRIOR_M: Final[dict[str, tuple[float, float, float, float]]] = {
    "name": (0.05, 0.05, 0.10, 0.80),
    "date": (0.02, 0.04, 0.09, 0.85),
    "id": (0.01, 0.04, 0.10, 0.85),
    "phone": (0.01, 0.04, 0.10, 0.85),
    "email": (0.01, 0.04, 0.10, 0.85),
    "address": (0.05, 0.05, 0.10, 0.80),
    "code": (0.05, 0.05, 0.10, 0.80),
    "text": (0.05, 0.05, 0.10, 0.80),
}
PRIOR_U: Final[dict[str, tuple[float, float, float, float]]] = {
    "name": (0.90, 0.06, 0.035, 0.005),
    "date": (0.97, 0.025, 0.0045, 0.0005),
    "id": (0.995, 0.004, 0.00099, 0.00001),
    "phone": (0.995, 0.004, 0.00099, 0.00001),
    "email": (0.995, 0.004, 0.00099, 0.00001),
    "address": (0.90, 0.07, 0.02, 0.01),
    "code": (0.80, 0.10, 0.05, 0.05),
    "text": (0.90, 0.07, 0.02, 0.01),
}
_M_WEIGHT: Final = 100.0
_U_WEIGHT: Final = 200.0


def _fit(levels: np.ndarray, random_levels: np.ndarray, fields: dict[str, str]) -> MatchModel:
    kinds = list(fields.values())
    n_fields = levels.shape[1]
    m0 = np.array([[1.0, *PRIOR_M[k]] for k in kinds])
    u0 = np.array([[1.0, *PRIOR_U[k]] for k in kinds])
    u = np.ones((n_fields, _N_LEVELS))
    for f in range(n_fields):
        counts = np.bincount(random_levels[:, f], minlength=_N_LEVELS).astype(float)
        counts[1:] += _U_WEIGHT * u0[f, 1:]
        u[f, 1:] = counts[1:] / counts[1:].sum()
    model = MatchModel(fields=fields, m=m0, u=u, prior=0.1)
    for _ in range(100):
        g = model.probability(levels)
        new_m = np.ones((n_fields, _N_LEVELS))
        for f in range(n_fields):
            counts = np.bincount(levels[:, f], weights=g, minlength=_N_LEVELS).astype(float)
            counts[1:] = counts[1:] + _M_WEIGHT * m0[f, 1:]
            new_m[f, 1:] = counts[1:] / counts[1:].sum()
        # Beta(1, 9) prior on the share of matches among candidates.
        new_prior = float(np.clip((g.sum() + 1.0) / (len(g) + 10.0), 1e-6, 1 - 1e-6))
        done = np.abs(new_m - model.m).max() < 1e-5 and abs(new_prior - model.prior) < 1e-7
        model = MatchModel(fields=fields, m=new_m, u=u, prior=new_prior)
        if done:
            break
    return model


def _check(frame: Any, fields: Mapping[str, str] | None) -> dict[str, str]:
    if not isinstance(frame, pd.DataFrame):
        raise DataContractError(
            "expected a pandas DataFrame of people (or other entities), got "
            f"{type(frame).__name__}."
        )
    if fields is None:
        chosen = infer_fields(frame)
        if not chosen:
            raise DataContractError(
                "could not infer any field kind from the columns "
                f"{short_list(list(frame.columns))}; pass fields="
                "{'column': 'name' | 'date' | 'id' | ...}."
            )
        return chosen
    if not isinstance(fields, Mapping):
        raise ParameterError(f"fields must map column -> kind, got {type(fields).__name__}.")
    bad = {c: k for c, k in fields.items() if k not in FIELD_KINDS}
    if bad:
        raise ParameterError(f"unknown field kind(s) in fields={bad!r}; use one of {FIELD_KINDS}.")
    missing = [c for c in fields if c not in frame.columns]
    if missing:
        raise DataContractError(
            f"fields names column(s) {short_list(missing)} that the frame lacks; columns present: "
            f"{short_list(list(frame.columns))}."
        )
    if not fields:
        raise ParameterError("fields is empty; name at least one column to compare.")
    return dict(fields)


def _prepare(
    frame: pd.DataFrame,
    fields: dict[str, str],
    *,
    max_block_size: int,
    n_random_pairs: int,
    random_state: int,
) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], np.ndarray, np.ndarray, MatchModel]:
    norm = {c: _normalise_field(frame[c], k) for c, k in fields.items()}
    n = len(frame)
    pairs = _candidate_pairs(_block_keys(norm, fields), n, max_block_size)
    coded = _encode(norm)
    levels = _levels(coded, fields, pairs)
    if n * (n - 1) // 2 <= n_random_pairs:
        # Small frame: every pair (exact, and independent of the row order).
        a, b = np.triu_indices(n, k=1)
    else:
        rng = np.random.default_rng(random_state)
        a = rng.integers(0, n, size=n_random_pairs)
        b = (a + rng.integers(1, n, size=n_random_pairs)) % n
    random_pairs = np.column_stack([a, b])
    model = _fit(levels, _levels(coded, fields, random_pairs), fields)
    return coded, pairs, levels, model


def score_pairs(
    frame: pd.DataFrame,
    *,
    fields: Mapping[str, str] | None = None,
    max_block_size: int = 500,
    n_random_pairs: int = 20_000,
    random_state: int = 0,
) -> pd.DataFrame:
    """Score the candidate pairs of ``frame`` (blocking + comparison + Fellegi-Sunter EM).

    Parameters
    ----------
    frame : DataFrame
        One row per mention of an entity (a person in a case file, ...). Not modified.
    fields : mapping of str to str, optional
        Column -> kind (see :data:`FIELD_KINDS`); inferred by :func:`infer_fields` if omitted.
    max_block_size : int, default=500
        Blocks with more rows are skipped.
    n_random_pairs : int, default=20000
        Random row pairs used to measure the non-match level frequencies ``u`` (all
        pairs when the frame has fewer).
    random_state : int, default=0
        Seed of the random pairs.

    Returns
    -------
    DataFrame
        One row per candidate pair: ``left``, ``right`` (index labels, left first in row
        order), one level column per field (0 missing .. 4 exact), ``weight`` (log2
        likelihood ratio, without the prior) and ``probability`` (posterior). The fitted
        :class:`MatchModel` is in ``.attrs["model"]``.

    Examples
    --------
    >>> people = pd.DataFrame({"name": ["John Okafor", "OKAFOR John", "Mary Smith"],
    ...                        "dob": ["1980-01-02", "02/01/1980", "1975-05-05"]})
    >>> pairs = score_pairs(people, fields={"name": "name", "dob": "date"})
    >>> pairs[["left", "right", "name"]]
       left  right  name
    0     0      1     4
    """
    chosen = _check(frame, fields)
    _, pairs, levels, model = _prepare(
        frame,
        chosen,
        max_block_size=max_block_size,
        n_random_pairs=n_random_pairs,
        random_state=random_state,
    )
    labels = frame.index.to_numpy()
    out = pd.DataFrame({"left": labels[pairs[:, 0]], "right": labels[pairs[:, 1]]})
    for f, col in enumerate(chosen):
        out[col] = levels[:, f]
    log_odds = model.log_odds(levels)
    out["weight"] = (log_odds - (np.log(model.prior) - np.log1p(-model.prior))) / np.log(2)
    out["probability"] = model.probability(levels)
    out.attrs["model"] = model
    return out


def _cluster(
    n: int,
    coded: dict[str, tuple[np.ndarray, np.ndarray]],
    fields: dict[str, str],
    pairs: np.ndarray,
    prob: np.ndarray,
    model: MatchModel,
    threshold: float,
    max_recluster: int,
) -> np.ndarray:
    keep = prob >= threshold
    edges = pairs[keep]
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    n_comp, labels = connected_components(graph, directed=False)
    sizes = np.bincount(labels, minlength=n_comp)
    big = np.flatnonzero((sizes >= 3) & (sizes <= max_recluster))
    if len(big) == 0:
        return labels
    members = [np.flatnonzero(labels == c) for c in big] if len(big) < 50 else None
    if members is None:
        order = np.argsort(labels, kind="stable")
        starts = np.concatenate([[0], np.cumsum(sizes)])
        members = [order[starts[c] : starts[c + 1]] for c in big]
    # Score every pair inside each component at once, then cut each one by average linkage.
    all_pairs = []
    for mem in members:
        i, j = np.triu_indices(len(mem), k=1)
        all_pairs.append(np.column_stack([mem[i], mem[j]]))
    inner = np.concatenate(all_pairs)
    inner_prob = model.probability(_levels(coded, fields, inner))
    next_label = n_comp
    start = 0
    for mem in members:
        k = len(mem) * (len(mem) - 1) // 2
        dist = 1.0 - inner_prob[start : start + k]
        start += k
        sub = fcluster(linkage(dist, method="average"), t=1.0 - threshold, criterion="distance")
        labels[mem] = next_label + sub
        next_label += int(sub.max()) + 1
    return labels


def resolve_entities(
    frame: pd.DataFrame,
    *,
    fields: Mapping[str, str] | None = None,
    threshold: float = 0.5,
    max_block_size: int = 500,
    max_recluster: int = 2000,
    n_random_pairs: int = 20_000,
    random_state: int = 0,
) -> pd.Series:
    """Give each row of ``frame`` the id of the entity (person, ...) it describes.

    Probabilistic record linkage: blocking, rapidfuzz comparisons, a Fellegi-Sunter model
    fitted by EM, and clustering that does not chain (see the module notes).

    Parameters
    ----------
    frame : DataFrame
        One row per mention (e.g. suspects listed in case files). Not modified.
    fields : mapping of str to str, optional
        Column -> kind: ``name``, ``date``, ``id``, ``phone``, ``email``, ``address``,
        ``code`` or ``text``. Inferred from the column names when omitted
        (:func:`infer_fields`).
    threshold : float, default=0.5
        Posterior match probability above which two rows are the same entity.
    max_block_size : int, default=500
        Blocking keys shared by more rows than this are skipped.
    max_recluster : int, default=2000
        Linked groups up to this size are re-clustered by average linkage on all their
        pairs; larger groups stay as linked (a warning sign worth looking at).
    n_random_pairs : int, default=20000
        Random pairs used to measure how often non-matches agree by chance (all pairs
        when the frame has fewer).
    random_state : int, default=0
        Seed of those random pairs.

    Returns
    -------
    Series of string
        Entity ids (``"E-"`` + 10 hex characters) aligned with ``frame.index``; rows of
        the same entity share an id.

    Raises
    ------
    DataContractError
        If ``frame`` is not a DataFrame or ``fields`` names columns it lacks.
    ParameterError
        If a kind or ``threshold`` is invalid.

    Examples
    --------
    >>> people = pd.DataFrame({
    ...     "name": ["John Okafor", "OKAFOR John", "Jon Okafor", "Mary Smith", "Mary Smith"],
    ...     "dob": ["1980-01-02", "1980-01-02", "1980-02-01", "1975-05-05", "1990-11-30"],
    ...     "passport": ["A123", "A 123", None, "B77", "C88"]})
    >>> ids = resolve_entities(people)
    >>> ids.nunique(), ids[0] == ids[1] == ids[2], ids[3] == ids[4]
    (3, True, False)
    """
    chosen = _check(frame, fields)
    if not isinstance(threshold, float | int) or not 0.0 < float(threshold) < 1.0:
        raise ParameterError(f"threshold must be a probability in (0, 1), got {threshold!r}.")
    n = len(frame)
    if n == 0:
        return pd.Series([], index=frame.index, dtype="string", name="entity_id")
    # Work in the order of the index labels, so the result does not depend on row order.
    perm = np.argsort(np.asarray(frame.index.astype(str), dtype=object), kind="stable")
    original = frame
    frame = frame.iloc[perm]
    coded, pairs, levels, model = _prepare(
        frame,
        chosen,
        max_block_size=max_block_size,
        n_random_pairs=n_random_pairs,
        random_state=random_state,
    )
    prob = model.probability(levels)
    labels = _cluster(n, coded, chosen, pairs, prob, model, float(threshold), max_recluster)
    ids_sorted = _cluster_ids(frame.index, labels)
    values = np.empty(n, dtype=object)
    values[perm] = ids_sorted
    ids = pd.Series(values, index=original.index, dtype="string")
    ids.name = "entity_id"
    return ids


def _cluster_ids(index: pd.Index, labels: np.ndarray) -> np.ndarray:
    """Per row, the hash id of the smallest index label (as text) of its cluster."""
    names = np.asarray(index.astype(str), dtype=object)
    order = np.argsort(names, kind="stable")
    first_of = pd.Series(order, index=labels[order])
    first_of = first_of[~first_of.index.duplicated()]
    smallest = names[first_of.reindex(labels).to_numpy()]
    return _by_unique(pd.Series(smallest, dtype="object"), _entity_hash)


def _entity_hash(label: str) -> str:
    return "E-" + hashlib.blake2b(label.encode("utf-8"), digest_size=5).hexdigest()
