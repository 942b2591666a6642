"""Models: exact toy cases, vectorised = per-series, intervals, fallbacks."""

from __future__ import annotations

import numpy as np
import pytest

from trendlib.errors import NotFittedError, ParameterError
from trendlib.forecast.models import (
    ETS,
    TSB,
    AutoModel,
    Combination,
    Croston,
    Naive,
    SeasonalNaive,
    Theta,
    count_intervals,
    make_model,
)

ALL = [
    Naive(),
    SeasonalNaive(4),
    ETS(4),
    ETS(4, log=True),
    Theta(4),
    Croston(),
    TSB(),
    Combination(season_length=4),
    AutoModel(4),
]


def test_combination_is_the_average() -> None:
    y = np.array([2.0, 5.0, 3.0, 6.0, 4.0, 7.0])
    combo = Combination([Naive(), SeasonalNaive(2)]).fit(y).predict(3)["mean"]
    assert combo.tolist() == [(7 + 4) / 2, (7 + 7) / 2, (7 + 4) / 2]


def test_naive_exact() -> None:
    out = Naive().fit([1.0, 4.0, 2.0, np.nan]).predict(3, level=[80])
    assert out["mean"].tolist() == [2.0, 2.0, 2.0]  # last *observed* value
    assert np.all(np.diff(out["hi-80"]) >= 0)  # uncertainty grows with the horizon


def test_seasonal_naive_exact_and_fallback() -> None:
    y = [1.0, 2, 3, 4, 5, 6, 7, 8]
    assert SeasonalNaive(4).fit(y).predict(6)["mean"].tolist() == [5, 6, 7, 8, 5, 6]
    # last season partly unreported -> value one season earlier
    y2 = [1.0, 2, 3, 4, 5, np.nan, 7, 8]
    assert SeasonalNaive(4).fit(y2).predict(2)["mean"].tolist() == [5, 2]
    # shorter than a season -> last value
    assert SeasonalNaive(12).fit([3.0, 4.0]).predict(2)["mean"].tolist() == [4.0, 4.0]


def test_croston_hand_computed() -> None:
    # sizes 3, 5, 2 -> 3 -> 3.2 -> 3.08 ; intervals 2, 3, 2 -> 2 -> 2.1 -> 2.09
    out = Croston(alpha=0.1).fit([0, 3, 0, 0, 5, 0, 2]).predict(2)
    assert out["mean"] == pytest.approx([3.08 / 2.09] * 2)


def test_tsb_decays_after_silence() -> None:
    active = TSB().fit([0, 3, 0, 2, 0, 4, 0, 3]).predict(1)["mean"][0]
    quiet = TSB().fit([0, 3, 0, 2, 0, 4, 0, 3] + [0] * 12).predict(1)["mean"][0]
    assert quiet < active


@pytest.mark.parametrize("model", ALL, ids=lambda m: m.alias)
def test_vectorised_equals_per_series(model: object) -> None:
    rng = np.random.default_rng(1)
    y = rng.poisson(lam=np.linspace(5, 30, 3)[:, None] * (1 + 0.5 * np.sin(np.arange(40) / 2)))
    y = y.astype(float)
    y[0, :5] = np.nan  # a later start
    many = model.fit(y).predict(5, level=[80])  # type: ignore[attr-defined]
    for i in range(3) if not isinstance(model, AutoModel) else []:
        one = model.fit(y[i]).predict(5, level=[80])  # type: ignore[attr-defined]
        assert np.allclose(one["mean"], many["mean"][i])


@pytest.mark.parametrize("model", ALL, ids=lambda m: m.alias)
def test_never_negative_and_ordered(model: object) -> None:
    y = np.array(
        [[0, 1, 0, 0, 2, 0, 1, 0, 0, 0, 3, 0, 0, 1, 0, 0], [50, 40, 30, 20, 10, 5, 2, 1] * 2]
    )
    out = model.fit(y.astype(float)).predict(6, level=[80, 95])  # type: ignore[attr-defined]
    assert not any(np.isnan(v).any() for v in out.values())
    assert (out["mean"] >= 0).all()
    assert (out["lo-95"] >= 0).all()
    assert (out["lo-95"] <= out["lo-80"]).all()
    assert (out["hi-80"] <= out["hi-95"]).all()
    assert (out["lo-80"] <= out["mean"] + 1).all()
    assert (out["hi-80"] >= out["mean"] - 1).all()
    for k in ("lo-80", "hi-95"):  # whole numbers
        assert np.allclose(out[k], np.round(out[k]))


@pytest.mark.parametrize("model", ALL, ids=lambda m: m.alias)
def test_all_zero_gives_zero(model: object) -> None:
    out = model.fit(np.zeros(30)).predict(3, level=[95])  # type: ignore[attr-defined]
    assert out["mean"].tolist() == [0, 0, 0]
    assert out["hi-95"].tolist() == [0, 0, 0]


@pytest.mark.parametrize("model", ALL, ids=lambda m: m.alias)
def test_too_short_falls_back_not_nan(model: object) -> None:
    out = model.fit([4.0, 6.0]).predict(2, level=[80])  # type: ignore[attr-defined]
    assert not np.isnan(out["mean"]).any()


def test_ets_tracks_trend_and_season() -> None:
    t = np.arange(48)
    y = 100 + 2 * t + 20 * np.sin(2 * np.pi * t / 12)
    fc = ETS(12).fit(y).predict(12)["mean"]
    truth = 100 + 2 * (48 + np.arange(12)) + 20 * np.sin(2 * np.pi * (48 + np.arange(12)) / 12)
    assert np.max(np.abs(fc - truth)) < 10


def test_count_intervals_small_counts_are_poisson_like() -> None:
    out = count_intervals(np.array([0.5]), np.array([0.1]), [95])
    assert out["lo-95"][0] == 0
    assert out["hi-95"][0] >= 1
    big = count_intervals(np.array([1000.0]), np.array([100.0]), [95])
    assert 780 < big["lo-95"][0] < 820
    assert 1180 < big["hi-95"][0] < 1220


def test_errors() -> None:
    with pytest.raises(NotFittedError):
        Naive().predict(2)
    with pytest.raises(ParameterError):
        Naive().fit([1.0, -1.0])
    with pytest.raises(ParameterError):
        Naive().fit([1.0, 2.0]).predict(0)
    with pytest.raises(ParameterError):
        Naive().fit([1.0, 2.0]).predict(2, level=[120])
    with pytest.raises(ParameterError):
        make_model("prophet")
    with pytest.raises(ParameterError):
        Croston(alpha=0)
    assert make_model("theta", season_length=4).season_length == 4


def test_auto_chooses_the_better_model() -> None:
    rng = np.random.default_rng(0)
    t = np.arange(72)
    seasonal = rng.poisson(50 + 30 * np.sin(2 * np.pi * t / 12)).astype(float)
    auto = AutoModel(12, candidates=[Naive(), ETS(12, log=True)], margin=0.0).fit(seasonal)
    auto.predict(6)
    assert auto.chosen_[0] == "ETS-log"


def test_conformal_factor_finite_sample_quantile() -> None:
    from trendlib.forecast.models import conformal_factor

    scores = np.repeat(np.arange(1, 11) / 10, 3)  # 0.1 x3, 0.2 x3, ..., 1.0 x3 (n = 30)
    # ceil((30 + 1) * 0.8) = 25th smallest = 0.9 (the plain 80 % quantile would be 0.8)
    assert conformal_factor(scores, 80) == pytest.approx(0.9 / 1.2815516, rel=1e-6)
    # ceil(31 * 0.95) = 30th = the largest, 1.0
    assert conformal_factor(scores, 95) == pytest.approx(1.0 / 1.959964, rel=1e-6)
    # ceil(31 * 0.99) = 31 > n: the largest score is used
    assert conformal_factor(scores, 99) == pytest.approx(1.0 / 2.5758293, rel=1e-6)
    assert conformal_factor(scores[:29], 80) == 1.0  # too few errors: the model's own spread
    assert conformal_factor(np.full(40, 1e-6), 80) == 0.1  # clipped below
    assert conformal_factor(np.full(40, 100.0), 80) == 10.0  # and above


def test_choice_by_geometric_mean_of_window_ratios() -> None:
    from trendlib.forecast.models import _choose

    # per (candidate, window, series) errors; candidate 0 is the default
    err = np.array(
        [
            [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]],
            [[0.5, 0.7, 0.1], [2.0, 0.7, np.nan]],  # ratios: (0.5, 2) / (0.7, 0.7) / (0.1, -)
        ]
    )
    # series 0: geometric mean sqrt(0.5 * 2) = 1 -> default; series 1: 0.7 < 0.8 -> switch;
    # series 2: one scored window, ratio (0.1 + 0.01) / (1 + 0.01) -> switch
    assert _choose(err, 0.2).tolist() == [0, 1, 1]
    # the margin is strict: a ratio of exactly 0.8 keeps the default (floor 0.01 added)
    tie = np.array([[[1.0]], [[0.8 * 1.01 - 0.01]]])
    assert _choose(tie, 0.2).tolist() == [0]
    # a single surge window cannot decide alone: 10x better in the surge window, 3x worse
    # in the two others -> geometric mean (0.1 x 3 x 3) ** (1/3) = 0.97: keep the default
    # (the ratio of mean errors, (1 + 3 + 3) / (10 + 1 + 1) = 0.58, would have switched)
    surge = np.array([[[10.0], [1.0], [1.0]], [[1.0], [3.0], [3.0]]])
    assert _choose(surge, 0.2).tolist() == [0]


def test_auto_takes_seasonal_naive_on_one_season_of_history() -> None:
    # 20 months of an exact yearly pattern: too short for seasonal ETS or Theta (two
    # seasons), so only SeasonalNaive follows the season; the inner backtest finds it
    pattern = np.array([5.0, 7, 9, 11, 14, 20, 30, 28, 18, 10, 6, 4])
    y = np.tile(pattern, 2)[:20]
    auto = AutoModel(12).fit(y)
    out = auto.predict(3, level=[80])
    assert auto.chosen_[0] == "SeasonalNaive"
    assert out["mean"].tolist() == pattern[8:11].tolist()


def test_auto_series_that_stopped_reporting_is_not_nan() -> None:
    rng = np.random.default_rng(3)
    y = rng.poisson(20, size=(2, 40)).astype(float)
    y[0, -9:] = np.nan  # stopped reporting: no inner-backtest window can be scored
    y[1, 10:20] = np.nan  # a gap
    out = AutoModel(12).fit(y).predict(6, level=[80, 95])
    assert not any(np.isnan(v).any() for v in out.values())


def test_inner_backtest_stacking_equals_fitting_each_window() -> None:
    # AutoModel fits all inner windows at once, each history right-aligned in a stacked
    # array (left-padded with NaN); that must equal fitting each truncated history alone
    from trendlib.forecast.models import _fit_candidates

    rng = np.random.default_rng(5)
    t = np.arange(50)
    y = rng.poisson(30 + 15 * np.sin(2 * np.pi * t / 12), size=(3, 50)).astype(float)
    y[1, :8] = np.nan
    cands = AutoModel(12)._candidates()
    for c in (44, 38, 32):
        padded = np.full_like(y, np.nan)
        padded[:, 50 - c :] = y[:, :c]
        for alone, stacked in zip(
            _fit_candidates(cands, y[:, :c]), _fit_candidates(cands, padded), strict=True
        ):
            m1, s1 = alone._dist(6)
            m2, s2 = stacked._dist(6)
            assert np.allclose(m1, m2, atol=1e-9)
            assert np.allclose(s1, s2, atol=1e-9)


def test_count_intervals_per_series_factor_equals_one_call_each() -> None:
    mean, sd = np.array([[3.0, 4.0], [200.0, 210.0]]), np.array([[2.0, 2.5], [40.0, 45.0]])
    both = count_intervals(mean, sd, [80], inflation={80.0: np.array([[0.5], [2.0]])})
    for i, f in enumerate((0.5, 2.0)):
        one = count_intervals(mean[i : i + 1], sd[i : i + 1], [80], inflation={80.0: f})
        assert both["lo-80"][i].tolist() == one["lo-80"][0].tolist()
        assert both["hi-80"][i].tolist() == one["hi-80"][0].tolist()
