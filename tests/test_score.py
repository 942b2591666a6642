"""The sample scorer's comparison of values (``trendlib.samples._score``)."""

from __future__ import annotations

import pandas as pd

from trendlib.samples._score import _norm

__all__: list[str] = []


def test_points_equal_but_for_float_noise_compare_equal() -> None:
    # 8°04'03" read as 8 + 4/60 + 3/3600 by one side and 8.0675 by the other
    got = _norm(pd.Series(["8.0675", "8.067499999999999", "-2.4275", "36.52"]), "lat")
    want = _norm(pd.Series([8.067499999999999, 8.0675, -2.4274999999999998, 36.5204]), "lat")
    assert got.tolist() == want.tolist()
    # a real difference at the third decimal still counts
    apart = _norm(pd.Series(["8.068", "8.067"]), "lat")
    assert apart[0] != apart[1]
    assert _norm(pd.Series([None, "x"]), "lat").isna().all()


def test_points_within_a_thousandth_of_a_degree_score_right() -> None:
    from trendlib.samples._score import _FLOAT_TOLERANCE

    # 35.47955 (the true point) written to the second of arc reads 35.47946: 35.480 vs 35.479
    want = float(_norm(pd.Series([35.47955]), "lat")[0])
    have = float(_norm(pd.Series([35.47946]), "lat")[0])
    assert abs(want - have) <= _FLOAT_TOLERANCE
    assert 0.002 > _FLOAT_TOLERANCE  # two thousandths apart is a miss
