"""Poisson log-linear models of capture-history tables (private).

The table is completed to all ``2**k - 1`` observable capture histories
(unobserved ones with count 0); the all-zero history is the dark figure the
model extrapolates to: ``exp(intercept)``.
"""

from __future__ import annotations

import itertools
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy.optimize import linprog
from statsmodels.tools.sm_exceptions import PerfectSeparationWarning, SingularMatrixWarning

__all__ = ["Design", "complete_table", "dark_figure_identifiable", "fit_poisson"]

Pair = tuple[int, int]


def complete_table(table: pd.DataFrame, lists: list[str]) -> pd.DataFrame:
    """All ``2**k - 1`` observable histories with their counts (0 where absent)."""
    patterns = np.array(list(itertools.product((0, 1), repeat=len(lists)))[1:], dtype=np.int8)
    full = pd.DataFrame(patterns, columns=lists)
    counts = table.groupby(lists, as_index=False)["count"].sum()
    counts[lists] = counts[lists].astype(np.int8)
    full = full.merge(counts, on=lists, how="left")
    full["count"] = full["count"].fillna(0).astype(float)
    return full


@dataclass(frozen=True)
class Design:
    """Design matrix of a log-linear model: intercept, main effects, chosen pairs."""

    cells: np.ndarray  # (n_cells, k) 0/1 histories
    pairs: tuple[Pair, ...]

    @property
    def matrix(self) -> np.ndarray:
        cols = [np.ones(len(self.cells)), *self.cells.T.astype(float)]
        cols += [self.cells[:, i].astype(float) * self.cells[:, j] for i, j in self.pairs]
        return np.column_stack(cols)


def fit_poisson(
    y: np.ndarray,
    design: Design,
    *,
    offset: np.ndarray | None = None,
    drop_intercept: bool = False,
) -> Any:
    """Fit the Poisson GLM (statsmodels); raise FloatingPointError if it does not converge.

    With ``drop_intercept`` the intercept column is left out (it is held in ``offset``),
    as the profile likelihood of the dark figure needs.
    """
    matrix = design.matrix[:, 1:] if drop_intercept else design.matrix
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PerfectSeparationWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", SingularMatrixWarning)
        model = sm.GLM(y, matrix, family=sm.families.Poisson(), offset=offset)
        result = model.fit(maxiter=200)
    if not result.converged or not np.all(np.isfinite(result.params)):
        raise FloatingPointError("log-linear fit did not converge")
    return result


def dark_figure_identifiable(y: np.ndarray, design: Design) -> tuple[bool, bool]:
    """Whether the MLE exists, and whether the dark figure is identifiable.

    Uses the linear-programming conditions of Chan, Silverman & Vincent (2021,
    JCGS, "Multiple systems estimation for sparse capture data"): the MLE fails to
    exist when some direction ``d`` has ``X d = 0`` on the cells with positive counts
    and ``X d <= 0`` on the empty cells, not all zero; the dark-figure estimate is
    then undefined if such a direction can move the intercept. Written here because
    the condition is specific to these models (SparseMSE implements it in R only).

    Returns
    -------
    (exists, identifiable) : tuple of bool
    """
    x = design.matrix
    pos, zero = y > 0, y <= 0
    p = x.shape[1]
    bounds = [(-1.0, 1.0)] * p
    a_eq = x[pos] if pos.any() else None
    b_eq = np.zeros(int(pos.sum())) if pos.any() else None
    a_ub = x[zero] if zero.any() else None
    b_ub = np.zeros(int(zero.sum())) if zero.any() else None
    exists = True
    if zero.any():
        # maximise the total "escape" -sum(X d) over the empty cells
        res = linprog(
            c=x[zero].sum(axis=0), A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds
        )
        exists = not (res.status == 0 and -res.fun > 1e-9)
    identifiable = True
    for sign in (1.0, -1.0):
        c = np.zeros(p)
        c[0] = -sign  # maximise sign * d0
        res = linprog(c=c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds)
        if res.status == 0 and -res.fun > 1e-9:
            identifiable = False
    return exists, identifiable
