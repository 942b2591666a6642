"""Small-cell suppression (trendlib.privacy.suppress_counts, format_count)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from trendlib.errors import ParameterError
from trendlib.privacy import SECONDARY_MARK, TOTAL_LABEL, format_count, suppress_counts


def test_primary_cells_show_the_threshold() -> None:
    s = suppress_counts(pd.Series({"a": 3.0, "b": 50.0, "c": 70.0, "d": 0.0}), threshold=5)
    col = s.display.columns[0]
    assert s.display.loc["a", col] == "<5"
    assert s.display.loc["d", col] == "<5"  # zero is below the threshold too
    assert s.display.loc[TOTAL_LABEL, col] == "123"
    assert np.isnan(s.values.loc["a", col])


def test_secondary_suppression_protects_a_lone_hidden_cell() -> None:
    s = suppress_counts(pd.Series({"a": 3.0, "b": 50.0, "c": 70.0}), threshold=5)
    col = s.display.columns[0]
    assert s.display.loc["b", col] == SECONDARY_MARK  # smallest other cell
    assert s.display.loc["c", col] == "70"


def test_hidden_cells_adding_up_to_a_small_count_are_protected() -> None:
    # a row "<5, <5, 1,625 | total 1,625" would show that both hidden cells are 0
    table = pd.DataFrame({"2021": [0, 30], "2022": [0, 40], "2023": [1625, 900]}, index=["a", "b"])
    s = suppress_counts(table, threshold=5)
    row = s.mask.loc["a"]
    hidden_sum = table.loc["a"][row[table.columns]].sum()
    assert hidden_sum >= 5


def test_threshold_is_configurable() -> None:
    s = suppress_counts(pd.DataFrame({"x": [7.0, 30.0], "y": [30.0, 30.0]}), threshold=10)
    assert s.display.iloc[0, 0] == "<10"
    assert s.threshold == 10


def test_without_totals_only_primary() -> None:
    s = suppress_counts(pd.Series({"a": 3.0, "b": 50.0}), totals=False)
    assert s.display.iloc[:, 0].tolist() == ["<5", "50"]


def test_input_is_not_modified() -> None:
    t = pd.DataFrame({"x": [1.0, 30.0]})
    before = t.copy()
    suppress_counts(t)
    pd.testing.assert_frame_equal(t, before)


@pytest.mark.parametrize("bad", [0, -1, 2.5, True, "5"])
def test_bad_threshold(bad: object) -> None:
    with pytest.raises(ParameterError):
        suppress_counts(pd.Series([1.0]), threshold=bad)  # type: ignore[arg-type]


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ParameterError, match="counts >= 0"):
        suppress_counts(pd.Series([-1.0, 4.0]))


def test_format_count() -> None:
    assert [format_count(v) for v in (0, 4, 5, 1234.0, None)] == ["<5", "<5", "5", "1,234", "n/a"]


@settings(max_examples=150, deadline=None)
@given(
    arrays(np.int64, st.tuples(st.integers(1, 6), st.integers(1, 5)), elements=st.integers(0, 40)),
    st.integers(1, 10),
)
def test_no_small_count_is_published_or_derivable(table: np.ndarray, threshold: int) -> None:
    frame = pd.DataFrame(table.astype(float))
    s = suppress_counts(frame, threshold=threshold)
    shown = s.values.to_numpy()
    # 1. no published cell (margins included) is below the threshold
    assert not (shown[~np.isnan(shown)] < threshold).any()
    # 2. no line (row or column, with its total) has exactly one hidden cell, so no hidden
    #    cell equals a published total minus published cells
    hidden = s.mask.to_numpy()
    for line in [*hidden, *hidden.T]:
        assert line.sum() != 1
    # 3. the hidden cells of a line never add up to less than the threshold, so the total
    #    minus the published cells cannot show that they are all small (e.g. both zero)
    values = np.vstack(
        [np.hstack([table, table.sum(1, keepdims=True)]), np.hstack([table.sum(0), table.sum()])]
    ).astype(float)
    n_rows, n_cols = table.shape
    for i in range(n_rows + 1):
        body = hidden[i, :n_cols]
        if body.any() and not hidden[i, n_cols]:  # a hidden total protects its line
            assert values[i, :n_cols][body].sum() >= threshold
    for j in range(n_cols + 1):
        body = hidden[:n_rows, j]
        if body.any() and not hidden[n_rows, j]:
            assert values[:n_rows, j][body].sum() >= threshold
    # 4. display text agrees with the mask
    text = s.display.to_numpy()
    assert ((text == f"<{threshold}") | (text == SECONDARY_MARK) == hidden).all()
