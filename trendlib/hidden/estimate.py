"""Multiple systems estimation (MSE) of the number of hidden victims.

How the lists of different agencies overlap tells how many victims no list saw.
:func:`estimate_hidden` fits Poisson log-linear models to the capture-history
table and selects pairwise interactions stepwise as in Silverman's method
(Bales, Hesketh & Silverman 2015; the R package ``modslavmse``): start from the
main effects; at each step add the interaction that lowers the AIC most; stop
when no interaction lowers the AIC or the added one is not significant at
``p_threshold`` (0.02). Pairs of lists with no overlap at all are never
candidates (their interaction has no finite estimate; SparseMSE's rule), and
the chosen model is checked for existence and identifiability of the dark
figure. Confidence intervals by profile likelihood (as Rcapture reports them)
or by parametric bootstrap (optionally repeating the model selection).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from scipy import optimize, stats

from trendlib.errors import DataContractError, EstimationError, ParameterError, short_list
from trendlib.hidden._loglinear import Design, complete_table, dark_figure_identifiable, fit_poisson

__all__ = ["MSEResult", "estimate_hidden"]


@dataclass(frozen=True)
class MSEResult:
    """The estimate of the total population (seen + hidden) and how it was made.

    Attributes
    ----------
    estimate : float
        Estimated total number of victims (observed + dark figure).
    ci_low, ci_high : float
        Confidence interval of ``estimate`` at ``level``.
    observed : int
        Cases seen by at least one list.
    hidden : float
        Estimated dark figure (``estimate - observed``).
    level : float
        Confidence level of the interval, e.g. 0.95.
    ci_method : str
        ``"profile"`` or ``"bootstrap"``.
    lists : tuple of str
        The lists (columns) used.
    terms : tuple of str
        Model terms beyond the main effects, e.g. ``("LA:NG", "NG:GP")``.
    aic : float
        AIC of the chosen model.
    dropped_pairs : tuple of str
        Pairs never tried because the two lists share no case.
    mle_exists : bool
        False when some fitted cell counts of the chosen model tend to zero (the
        estimate is then the limit along that face, still identifiable).
    steps : DataFrame
        The stepwise path: term added, AIC, p-value, estimate after the step.
    """

    estimate: float
    ci_low: float
    ci_high: float
    observed: int
    hidden: float
    level: float
    ci_method: str
    lists: tuple[str, ...]
    terms: tuple[str, ...]
    aic: float
    dropped_pairs: tuple[str, ...] = ()
    mle_exists: bool = True
    steps: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    def to_frame(self) -> pd.DataFrame:
        """One-row summary frame (for reports)."""
        return pd.DataFrame(
            [
                {
                    "observed": self.observed,
                    "estimate": self.estimate,
                    "ci_low": self.ci_low,
                    "ci_high": self.ci_high,
                    "hidden": self.hidden,
                    "level": self.level,
                    "model": "main effects" + "".join(f" + {t}" for t in self.terms),
                    "ci_method": self.ci_method,
                }
            ]
        )


def _check_table(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    if not isinstance(table, pd.DataFrame):
        raise DataContractError(
            f"estimate_hidden expects a DataFrame with one 0/1 column per list and a 'count' "
            f"column, got {type(table).__name__}."
        )
    if "count" not in table.columns:
        raise DataContractError(
            f"the capture table has no 'count' column (columns: {short_list(list(table))}); add "
            "the number of cases seen on each combination of lists as 'count', or build the table "
            "with trendlib.capture_table(records)."
        )
    lists = [c for c in table.columns if c != "count"]
    if len(lists) < 2:
        raise EstimationError(
            f"MSE needs at least two lists; the table has {len(lists)} ({short_list(lists)}). "
            "With a single list nothing tells how many cases it missed."
        )
    flags = table[lists]
    bad = ~flags.isin([0, 1]).all(axis=0)
    if bad.any():
        col = str(bad[bad].index[0])
        vals = sorted(set(flags[col].dropna().tolist()) - {0, 1})
        raise DataContractError(
            f"column '{col}' of the capture table must hold 0/1 flags, found {short_list(vals)}; "
            "code presence on a list as 1 and absence as 0."
        )
    counts = pd.to_numeric(table["count"], errors="coerce")
    if counts.isna().any() or (counts < 0).any() or not np.allclose(counts, counts.round()):
        raise DataContractError(
            "'count' must hold non-negative whole numbers; fix or drop the rows at positions "
            f"{short_list(np.flatnonzero(counts.isna() | (counts < 0)).tolist())}."
        )
    out = table.assign(count=counts.astype(float))
    out = out[out[lists].sum(axis=1) > 0]  # the all-zero history is what we estimate
    return out, lists


def _pair_name(lists: list[str], pair: tuple[int, int]) -> str:
    return f"{lists[pair[0]]}:{lists[pair[1]]}"


def _select(
    y: np.ndarray, cells: np.ndarray, candidates: list[tuple[int, int]], p_threshold: float
) -> tuple[Design, Any, list[dict[str, object]]]:
    design = Design(cells, ())
    fit = fit_poisson(y, design)
    steps: list[dict[str, object]] = [
        {
            "term": "(main effects)",
            "aic": fit.aic,
            "p_value": np.nan,
            "estimate": y.sum() + np.exp(fit.params[0]),
        }
    ]
    remaining = list(candidates)
    while remaining:
        trials = []
        for pair in remaining:
            trial = Design(cells, (*design.pairs, pair))
            matrix = trial.matrix
            if np.linalg.matrix_rank(matrix) < matrix.shape[1]:
                continue  # saturated or aliased: the dark figure would not be identifiable
            try:
                trials.append((fit_poisson(y, trial).aic, pair, trial))
            except FloatingPointError:
                continue
        if not trials:
            break
        aic, pair, trial = min(trials, key=lambda t: t[0])
        if aic >= fit.aic:
            break
        new_fit = fit_poisson(y, trial)
        p_value = float(new_fit.pvalues[-1])
        if p_value > p_threshold:
            break
        design, fit = trial, new_fit
        remaining.remove(pair)
        steps.append(
            {
                "term": pair,
                "aic": aic,
                "p_value": p_value,
                "estimate": y.sum() + np.exp(fit.params[0]),
            }
        )
    return design, fit, steps


def _profile_ci(y: np.ndarray, design: Design, fit: Any, level: float) -> tuple[float, float]:
    """Profile-likelihood interval for the dark figure (intercept held fixed, others refit)."""
    b0 = float(fit.params[0])
    dev0 = float(fit.deviance)
    crit = stats.chi2.ppf(level, df=1)
    rest = Design(design.cells, design.pairs)

    def excess(b: float) -> float:
        res = fit_poisson(y, rest, offset=np.full(len(y), b), drop_intercept=True)
        return float(res.deviance) - dev0 - crit

    def root(direction: float) -> float:
        step = 0.05
        b = b0
        for _ in range(400):
            nxt = b + direction * step
            if excess(nxt) > 0:
                return float(optimize.brentq(excess, min(b, nxt), max(b, nxt), xtol=1e-6))
            b, step = nxt, step * 1.3
        return float(direction * np.inf)

    lo, hi = root(-1.0), root(1.0)
    return float(y.sum() + np.exp(lo)), float(y.sum() + np.exp(hi))


def estimate_hidden(
    table: pd.DataFrame,
    *,
    p_threshold: float = 0.02,
    level: float = 0.95,
    ci_method: str = "profile",
    n_boot: int = 500,
    reselect: bool = False,
    random_state: int | np.random.Generator | None = 0,
) -> MSEResult:
    """Estimate the total number of victims from overlapping lists (MSE).

    Parameters
    ----------
    table : DataFrame
        One 0/1 column per list and ``count``: the number of cases seen on exactly that
        combination of lists (combinations not given count 0). Not modified.
    p_threshold : float, default=0.02
        Significance an interaction must reach to enter the model (Silverman's method).
    level : float, default=0.95
        Confidence level.
    ci_method : {"profile", "bootstrap"}, default="profile"
        Profile likelihood of the chosen model (what Rcapture reports), or a parametric
        bootstrap: ``n_boot`` tables drawn from the fitted model, the model refitted on
        each, and the percentile interval of the totals (floored at the observed count).
    n_boot : int, default=500
        Bootstrap replicates.
    reselect : bool, default=False
        Repeat the stepwise selection on every bootstrap table, so the interval also
        carries model-selection uncertainty (slower: one selection per replicate).
    random_state : int or Generator, optional
        Seed of the bootstrap.

    Returns
    -------
    MSEResult
        Estimate, interval, model terms and the stepwise path.

    Raises
    ------
    DataContractError
        No ``count`` column, flags other than 0/1, negative or fractional counts.
    EstimationError
        A single list, lists that never overlap, or a model whose dark figure is not
        identifiable: no estimate exists.

    Examples
    --------
    >>> t = pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "count": [60, 40, 20]})
    >>> r = estimate_hidden(t)
    >>> round(r.estimate), r.observed, r.terms   # Lincoln-Petersen: 80 * 60 / 20 = 240
    (240, 120, ())
    """
    if not 0 < level < 1:
        raise ParameterError(f"level must be between 0 and 1 (e.g. 0.95), got {level}.")
    if ci_method not in ("profile", "bootstrap"):
        raise ParameterError(f"ci_method must be 'profile' or 'bootstrap', got {ci_method!r}.")
    clean, lists = _check_table(table)
    full = complete_table(clean, lists)
    cells = full[lists].to_numpy(np.int8)
    y = full["count"].to_numpy(float)
    observed = int(y.sum())
    if observed == 0:
        raise EstimationError("the capture table counts no case at all; nothing to estimate.")

    pairs = list(itertools.combinations(range(len(lists)), 2))
    overlap = {p: y[(cells[:, p[0]] == 1) & (cells[:, p[1]] == 1)].sum() for p in pairs}
    if all(v == 0 for v in overlap.values()):
        raise EstimationError(
            f"no two lists share a case ({short_list(lists)}): with disjoint lists the overlap "
            "that MSE extrapolates from is empty, so no estimate of the hidden number exists. "
            "Check that records were linked across lists (trendlib.resolve_entities)."
        )
    candidates = [p for p in pairs if overlap[p] > 0]
    dropped = tuple(_pair_name(lists, p) for p in pairs if overlap[p] == 0)

    design, fit, steps = _select(y, cells, candidates, p_threshold)
    mle_exists, identifiable = dark_figure_identifiable(y, design)
    if not identifiable:
        raise EstimationError(
            "the dark figure is not identifiable for this table and model (the maximum "
            "likelihood estimate does not exist in the direction of the all-zero history); "
            "merge sparse lists or drop the list that overlaps no other."
        )
    hidden = float(np.exp(fit.params[0]))
    estimate = observed + hidden
    if ci_method == "profile":
        lo, hi = _profile_ci(y, design, fit, level)
    else:
        lo, hi = _bootstrap_ci(
            y, cells, candidates, design, fit, p_threshold, level, n_boot, random_state, reselect
        )
    step_frame = pd.DataFrame(steps)
    step_frame["term"] = [
        t if isinstance(t, str) else _pair_name(lists, t) for t in step_frame["term"]
    ]
    return MSEResult(
        estimate=estimate,
        ci_low=lo,
        ci_high=hi,
        observed=observed,
        hidden=hidden,
        level=level,
        ci_method=ci_method,
        lists=tuple(lists),
        terms=tuple(_pair_name(lists, p) for p in design.pairs),
        aic=float(fit.aic),
        dropped_pairs=dropped,
        mle_exists=mle_exists,
        steps=step_frame,
    )


def _bootstrap_ci(
    y: np.ndarray,
    cells: np.ndarray,
    candidates: list[tuple[int, int]],
    design: Design,
    fit: Any,
    p_threshold: float,
    level: float,
    n_boot: int,
    random_state: int | np.random.Generator | None,
    reselect: bool,
) -> tuple[float, float]:
    """Percentile interval of ``observed + dark figure`` over parametric bootstrap tables.

    Each replicate draws every observable cell from Poisson(fitted mean), refits the
    chosen model (or repeats the whole selection when ``reselect``), and keeps the
    replicate's total. The interval is floored at the observed count.
    """
    rng = np.random.default_rng(random_state)
    mu = np.asarray(fit.fittedvalues, dtype=np.float64)
    totals = []
    for _ in range(n_boot):  # replicates, not records: each is one small GLM fit
        yb = rng.poisson(mu).astype(np.float64)
        try:
            if reselect:
                _, fb, _ = _select(yb, cells, candidates, p_threshold)
            else:
                fb = fit_poisson(yb, design)
        except FloatingPointError:
            continue
        totals.append(yb.sum() + np.exp(fb.params[0]))
    if len(totals) < max(20, n_boot // 2):
        raise EstimationError(
            "the bootstrap failed to refit most replicates; use ci_method='profile'."
        )
    alpha = (1 - level) / 2
    lo, hi = np.quantile(np.asarray(totals), [alpha, 1 - alpha])
    observed = float(y.sum())
    return max(float(lo), observed), max(float(hi), observed)
