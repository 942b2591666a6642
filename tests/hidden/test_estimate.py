import numpy as np
import pandas as pd
import pytest

from trendlib.errors import DataContractError, EstimationError, ParameterError
from trendlib.hidden import capture_table, estimate_hidden


def test_two_lists_is_lincoln_petersen():
    # n1 = 80, n2 = 60, overlap m = 20 -> N = n1 * n2 / m = 240
    t = pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "count": [60, 40, 20]})
    r = estimate_hidden(t)
    assert r.estimate == pytest.approx(240.0, rel=1e-6)
    assert r.observed == 120
    assert r.hidden == pytest.approx(120.0, rel=1e-6)
    assert r.ci_low < 240 < r.ci_high
    assert r.terms == ()


def test_three_independent_lists_recover_the_truth():
    # expected cell counts of three independent lists with capture probs .5 .4 .3, N = 10_000
    p = np.array([0.5, 0.4, 0.3])
    rows = []
    for a in (0, 1):
        for b in (0, 1):
            for c in (0, 1):
                if a + b + c:
                    probs = np.where([a, b, c], p, 1 - p)
                    rows.append({"A": a, "B": b, "C": c, "count": round(10_000 * probs.prod())})
    r = estimate_hidden(pd.DataFrame(rows))
    assert r.estimate == pytest.approx(10_000, rel=0.01)


def test_input_not_modified_and_missing_rows_count_zero():
    t = pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "C": [0, 0, 1], "count": [50, 40, 10]})
    before = t.copy()
    estimate_hidden(t)
    pd.testing.assert_frame_equal(t, before)


def test_bootstrap_is_deterministic_with_seed():
    t = pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "count": [60, 40, 20]})
    a = estimate_hidden(t, ci_method="bootstrap", n_boot=100, random_state=1)
    b = estimate_hidden(t, ci_method="bootstrap", n_boot=100, random_state=1)
    assert (a.ci_low, a.ci_high) == (b.ci_low, b.ci_high)
    assert a.ci_low < a.estimate < a.ci_high


@pytest.mark.parametrize(
    ("table", "error", "match"),
    [
        (pd.DataFrame({"A": [1, 0], "B": [0, 1], "n": [3, 4]}), DataContractError, "no 'count'"),
        (pd.DataFrame({"A": [1, 2], "B": [0, 1], "count": [3, 4]}), DataContractError, "0/1"),
        (pd.DataFrame({"A": [1], "count": [3]}), EstimationError, "at least two lists"),
        (
            pd.DataFrame({"A": [1, 0], "B": [0, 1], "count": [3, 4]}),
            EstimationError,
            "no two lists",
        ),
        (
            pd.DataFrame({"A": [1, 0], "B": [0, 1], "count": [3, -4]}),
            DataContractError,
            "non-negative",
        ),
    ],
)
def test_bad_tables_say_why_no_estimate_exists(table, error, match):
    with pytest.raises(error, match=match):
        estimate_hidden(table)


def test_bad_parameters():
    t = pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "count": [60, 40, 20]})
    with pytest.raises(ParameterError):
        estimate_hidden(t, level=95)
    with pytest.raises(ParameterError):
        estimate_hidden(t, ci_method="jackknife")


def test_capture_table_from_linked_records():
    records = pd.DataFrame(
        {
            "record_id": ["a", "b", "c", "d", "e"],
            "source": ["police", "ngo", "ngo", "police", "hotline"],
            "is_duplicate_of": [pd.NA, "a", pd.NA, pd.NA, "a"],
        }
    )
    t = capture_table(records)
    assert list(t.columns) == ["hotline", "ngo", "police", "count"]
    as_dict = {tuple(r[:3]): r[3] for r in t.itertuples(index=False)}
    assert as_dict == {(0, 0, 1): 1, (0, 1, 0): 1, (1, 1, 1): 1}


def test_capture_table_with_entity_ids_and_errors():
    records = pd.DataFrame(
        {"record_id": ["a", "b", "c"], "source": ["P", "N", "N"], "person": ["x", "x", "y"]}
    )
    t = capture_table(records, entity="person")
    assert t["count"].sum() == 2
    with pytest.raises(EstimationError, match="at least 2 lists"):
        capture_table(records.assign(source="P"))
    with pytest.raises(DataContractError, match="agency"):
        capture_table(records, by="agency")


# ------------------------------------------------------------------ real tables


@pytest.mark.realdata
def test_uk_five_lists_reproduces_silverman(real_data):
    t = pd.read_csv(real_data / "mse_trafficking" / "UKdat_5.csv")
    r = estimate_hidden(t)
    # published rerun of Silverman's method: 11,313 (95 % CI 9,889-13,063)
    assert r.estimate == pytest.approx(11_313, rel=0.03)
    assert r.ci_low == pytest.approx(9_889, rel=0.03)
    assert r.ci_high == pytest.approx(13_063, rel=0.03)


@pytest.mark.realdata
def test_uk_six_lists_inside_home_office_range(real_data):
    r = estimate_hidden(pd.read_csv(real_data / "mse_trafficking" / "UKdat.csv"))
    assert 10_000 <= r.estimate <= 13_000
