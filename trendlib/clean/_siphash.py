"""pandas' hash of text, computed on the Arrow buffers with numpy.

Record ids are pandas' ``hash_pandas_object`` of (source, source_ref, suffix): SipHash-2-4
of each text's UTF-8 bytes under pandas' fixed key, then pandas' bit mixing, then its
tuple combination of the columns (:func:`trendlib.clean.pipeline._hash_key`). pandas
computes the SipHash on Python ``str`` objects: a million references must first become a
million Python strings (~0.1 s), and the hashing holds the GIL throughout (~0.1 s), while
the cleaning steps run beside it in other threads and wait for the GIL. No maintained
library hashes Arrow strings with pandas' function (pyarrow's hash kernels are internal
and another function; xxhash and the like would change every id), so this module does it
by hand: the same SipHash-2-4 (Aumasson and Bernstein 2012) over the bytes of the Arrow
buffers, 8 bytes of every text at a time, in numpy, which releases the GIL. The values
are pandas' own, bit for bit (the tests compare them on random Unicode), so record ids do
not change.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pyarrow as pa

__all__ = ["PANDAS_HASH_KEY", "combine_hashes", "hash_text"]

#: The key pandas hashes objects with (``pandas.core.util.hashing._default_hash_key``).
PANDAS_HASH_KEY: Final = "0123456789123456"

_U64 = np.uint64
# Texts hashed per numpy pass: the few arrays of a pass stay in the CPU's cache and the
# memory they need is reused, not touched fresh for a million rows at a time.
_CHUNK: Final = 1 << 16
_LANES: Final = np.arange(8)


def _rotl(x: np.ndarray, r: int, tmp: np.ndarray) -> None:
    """Rotate each uint64 of ``x`` left by ``r`` bits, in place."""
    np.right_shift(x, _U64(64 - r), out=tmp)
    np.left_shift(x, _U64(r), out=x)
    np.bitwise_or(x, tmp, out=x)


def _sip_rounds(v: tuple[np.ndarray, ...], n: int, tmp: np.ndarray) -> None:
    """Apply ``n`` SipRounds to the state ``v`` (four uint64 arrays), in place."""
    v0, v1, v2, v3 = v
    for _ in range(n):
        v0 += v1
        _rotl(v1, 13, tmp)
        v1 ^= v0
        _rotl(v0, 32, tmp)
        v2 += v3
        _rotl(v3, 16, tmp)
        v3 ^= v2
        v0 += v3
        _rotl(v3, 21, tmp)
        v3 ^= v0
        v2 += v1
        _rotl(v1, 17, tmp)
        v1 ^= v2
        _rotl(v2, 32, tmp)


def _siphash24(
    data: np.ndarray, start: np.ndarray, length: np.ndarray, k0: np.uint64, k1: np.uint64
) -> np.ndarray:
    """SipHash-2-4 of the texts at ``data[start:start + length]``.

    ``data`` has at least 8 bytes after the last text, so every 8-byte read stays in it.
    """
    n = len(start)
    state: tuple[np.ndarray, ...] = (
        np.full(n, k0 ^ _U64(0x736F6D6570736575)),
        np.full(n, k1 ^ _U64(0x646F72616E646F6D)),
        np.full(n, k0 ^ _U64(0x6C7967656E657261)),
        np.full(n, k1 ^ _U64(0x7465646279746573)),
    )
    tmp = np.empty(n, dtype=np.uint64)
    blocks = length // 8
    for i in range(int(blocks.max()) if n else 0):
        # the i-th 8-byte word of the texts that have one, little-endian
        rows = np.flatnonzero(blocks > i)
        word = data[(start[rows] + 8 * i)[:, None] + _LANES].view("<u8").ravel()
        if len(rows) == n:
            part, part_tmp = state, tmp
        else:
            part, part_tmp = tuple(v[rows] for v in state), tmp[: len(rows)]
        part[3][:] ^= word
        _sip_rounds(part, 2, part_tmp)
        part[0][:] ^= word
        if part is not state:
            for v, p in zip(state, part, strict=True):
                v[rows] = p
    # the last word: the 0-7 bytes left, and the length's low byte at the top
    left = length - 8 * blocks
    tail = data[(start + 8 * blocks)[:, None] + _LANES]
    tail[_LANES[None, :] >= left[:, None]] = 0
    last = tail.view("<u8").ravel() | (length.astype(np.uint64) << _U64(56))
    state[3][:] ^= last
    _sip_rounds(state, 2, tmp)
    state[0][:] ^= last
    state[2][:] ^= _U64(0xFF)
    _sip_rounds(state, 4, tmp)
    return state[0] ^ state[1] ^ state[2] ^ state[3]


def hash_text(text: pa.Array | pa.ChunkedArray, *, key: str = PANDAS_HASH_KEY) -> np.ndarray:
    """Hash each text as ``pandas.util.hash_array(values, categorize=False)`` does.

    Parameters
    ----------
    text : pyarrow.Array or pyarrow.ChunkedArray
        Strings (``string`` or ``large_string``) with no nulls.
    key : str, default ``PANDAS_HASH_KEY``
        16 ASCII characters, as pandas' ``hash_key``.

    Returns
    -------
    numpy.ndarray of uint64
        One hash per text, equal to pandas'.

    Raises
    ------
    ValueError
        If ``text`` holds nulls (pandas hashes a missing value otherwise) or is not text.

    Examples
    --------
    >>> import pandas as pd
    >>> texts = ["FR-2023-0001", "", "Côte d'Ivoire"]
    >>> got = hash_text(pa.array(texts))
    >>> bool((got == pd.util.hash_array(pd.array(texts, dtype=object).to_numpy(),
    ...                                 categorize=False)).all())
    True
    """
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks() if text.num_chunks else pa.array([], type=text.type)
    if text.type not in (pa.string(), pa.large_string()):
        raise ValueError(f"hash_text hashes strings, not {text.type}")
    if text.null_count:
        raise ValueError("hash_text hashes texts without nulls: fill them first")
    key_bytes = key.encode("utf8")
    if len(key_bytes) != 16:
        raise ValueError(f"key must be 16 bytes, not {len(key_bytes)}")
    k0, k1 = np.frombuffer(key_bytes, dtype="<u8")
    n = len(text)
    out = np.empty(n, dtype=np.uint64)
    if n == 0:
        return out
    _, offsets_buf, data_buf = text.buffers()
    offset_type = np.int64 if text.type == pa.large_string() else np.int32
    offsets = np.frombuffer(offsets_buf, dtype=offset_type)[text.offset : text.offset + n + 1]
    offsets = offsets.astype(np.int64)
    used = (
        np.frombuffer(data_buf, dtype=np.uint8)[offsets[0] : offsets[-1]]
        if data_buf is not None
        else np.zeros(0, np.uint8)
    )
    data = np.concatenate([used, np.zeros(8, dtype=np.uint8)])
    starts = offsets[:-1] - offsets[0]
    lengths = np.diff(offsets)
    for at in range(0, n, _CHUNK):
        part = slice(at, at + _CHUNK)
        out[part] = _siphash24(data, starts[part], lengths[part], k0, k1)
    # pandas' mixing of the 64-bit hashes (``_hash_ndarray``)
    out ^= out >> _U64(30)
    out *= _U64(0xBF58476D1CE4E5B9)
    out ^= out >> _U64(27)
    out *= _U64(0x94D049BB133111EB)
    out ^= out >> _U64(31)
    return out


def combine_hashes(columns: list[np.ndarray]) -> np.ndarray:
    """Combine per-column hashes into row hashes as ``pandas.util.hash_pandas_object``.

    pandas' ``combine_hash_arrays`` (CPython's tuple hash), which pandas does not export.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"a": ["x", "y"], "b": ["1", "2"]}, dtype=object)
    >>> cols = [pd.util.hash_array(frame[c].to_numpy(), categorize=False) for c in frame]
    >>> bool((combine_hashes(cols) == pd.util.hash_pandas_object(frame, index=False)).all())
    True
    """
    n = len(columns)
    out = np.full(len(columns[0]), 0x345678, dtype=np.uint64)
    mult = _U64(1000003)
    for i, hashed in enumerate(columns):
        out ^= hashed
        out *= mult
        mult += _U64(82520 + 2 * (n - i))
    out += _U64(97531)
    return out
