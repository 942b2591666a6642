"""pandas' text hash on Arrow buffers: equal to pandas' own, bit for bit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trendlib.clean import _siphash
from trendlib.clean._siphash import PANDAS_HASH_KEY, combine_hashes, hash_text
from trendlib.clean.pipeline import _hash_key


def _pandas(texts: list[str], key: str = PANDAS_HASH_KEY) -> np.ndarray:
    values = np.array(texts, dtype=object)
    return pd.util.hash_array(values, hash_key=key, categorize=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=30))
def test_equal_to_pandas_on_any_text(texts: list[str]) -> None:
    assert (hash_text(pa.array(texts, type=pa.string())) == _pandas(texts)).all()


def test_every_length_around_the_eight_byte_words() -> None:
    # 0-25 bytes: no word, one word, a word and a tail, whole words only; UTF-8 of
    # two and three bytes across a word's end
    texts = ["x" * n for n in range(26)] + ["é" * n for n in range(1, 13)] + ["€☃" * 5]
    got = hash_text(pa.array(texts))
    assert (got == _pandas(texts)).all()
    assert len(set(got.tolist())) == len(texts)


def test_slices_chunks_large_strings_and_another_key() -> None:
    texts = [f"FR-{i:05d}-{'ñ' * (i % 7)}" for i in range(200)]
    arr = pa.array(texts)
    assert (hash_text(arr.slice(37, 100)) == _pandas(texts[37:137])).all()
    chunked = pa.chunked_array([arr.slice(0, 50), arr.slice(50)])
    assert (hash_text(chunked) == _pandas(texts)).all()
    assert (hash_text(arr.cast(pa.large_string())) == _pandas(texts)).all()
    key = "abcdefghijklmnop"
    assert (hash_text(arr, key=key) == _pandas(texts, key)).all()
    assert (hash_text(arr, key=key) != hash_text(arr)).all()
    assert hash_text(pa.array([], type=pa.string())).shape == (0,)


def test_many_rows_in_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_siphash, "_CHUNK", 64)
    texts = [str(i) * (i % 5) for i in range(1000)]
    assert (hash_text(pa.array(texts)) == _pandas(texts)).all()


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="without nulls"):
        hash_text(pa.array(["a", None]))
    with pytest.raises(ValueError, match="hashes strings"):
        hash_text(pa.array([1, 2]))
    with pytest.raises(ValueError, match="16 bytes"):
        hash_text(pa.array(["a"]), key="short")


@pytest.mark.parametrize("n_columns", [1, 2, 3])
def test_columns_combine_as_pandas_combines_them(n_columns: int) -> None:
    frame = pd.DataFrame(
        {f"c{i}": [f"{i}-{j}" for j in range(20)] for i in range(n_columns)}, dtype=object
    )
    hashes = [_pandas(frame[c].tolist()) for c in frame]
    want = pd.util.hash_pandas_object(frame, index=False, categorize=False).to_numpy()
    assert (combine_hashes(hashes) == want).all()


def test_record_id_hashes_are_pandas_own() -> None:
    # the ids of the records do not change: (source, source_ref, suffix) hashed as before
    refs = ["FR-1", "", "ES/2023/0042", "FR-1", "Réf. 7"]
    source = pd.Series(pd.Categorical(["fr", "fr", "es", "fr", "fr"]))
    nth = pd.Series(["", "", "", "1", ""], dtype="string")
    want = pd.util.hash_pandas_object(
        pd.DataFrame({"source": source, "source_ref": refs, "n": nth}),
        index=False,
        categorize=False,
    ).to_numpy()
    for dtype in ["string", "object"]:
        assert (_hash_key(source, pd.Series(refs, dtype=dtype), nth) == want).all()
