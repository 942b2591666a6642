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
