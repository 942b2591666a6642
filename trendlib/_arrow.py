"""The pyarrow memory pool trendlib's reading and cleaning run with.

pandas 3 keeps text in pyarrow arrays, so a clean of a million rows allocates and frees
gigabytes through pyarrow's default pool. pyarrow's bundled mimalloc hands freed pages
back to the kernel within milliseconds and takes new zeroed ones for the next array:
measured on a million-row file, ~3.2 s of system time in the clean against ~0.9 s with
the C library's allocator, which keeps them for reuse (``benchmarks/RESULTS.md``).
:func:`arrow_pool` switches the default pool for the length of one call and puts the
caller's back after; ``TRENDLIB_ARROW_POOL`` (:class:`trendlib.config.Settings`) chooses
another pool or none.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from trendlib.config import get_settings

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["arrow_pool", "arrow_text"]

# Calls that switch the pool: the outermost switches and restores (a clean_records inside
# a read, or two threads cleaning at once, restore the caller's pool once, at the end).
_LOCK = threading.Lock()
_DEPTH = [0]
_SAVED: list[Any] = []


@contextlib.contextmanager
def arrow_pool() -> Iterator[None]:
    """Run the block with the configured pyarrow memory pool as the default one.

    Nothing changes when the setting is ``"default"`` or pyarrow was built without the
    pool asked for. Arrays allocated inside keep their pool after the block, as every
    pyarrow buffer does.

    Examples
    --------
    >>> import pyarrow as pa
    >>> before = pa.default_memory_pool().backend_name
    >>> with arrow_pool():
    ...     _ = pa.array(["a", "b"])
    >>> pa.default_memory_pool().backend_name == before
    True
    """
    import pyarrow as pa

    name = get_settings().arrow_pool
    makers = {
        "system": pa.system_memory_pool,
        "jemalloc": pa.jemalloc_memory_pool,
        "mimalloc": pa.mimalloc_memory_pool,
    }
    with _LOCK:
        if _DEPTH[0] == 0:
            pool = None
            if name in makers:
                try:
                    pool = makers[name]()
                except NotImplementedError:  # this pyarrow was built without it
                    pool = None
            current = pa.default_memory_pool()
            _SAVED[:] = [current]
            if pool is not None and pool.backend_name != current.backend_name:
                pa.set_memory_pool(pool)
        _DEPTH[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _DEPTH[0] -= 1
            if _DEPTH[0] == 0:
                pa.set_memory_pool(_SAVED.pop())


def arrow_text(series: pd.Series) -> pa.Array | pa.ChunkedArray | None:
    """Return the pyarrow strings behind a text ``series`` (no copy); None for other dtypes.

    Parameters
    ----------
    series : pandas.Series
        Any Series; text stored by pyarrow (pandas' ``str`` / ``string[pyarrow]`` or an
        ``ArrowDtype`` of strings) gives its arrow array.

    Returns
    -------
    pyarrow.Array or pyarrow.ChunkedArray or None

    Examples
    --------
    >>> import pandas as pd
    >>> arrow_text(pd.Series(["a", "b"], dtype="string[pyarrow]")).to_pylist()
    ['a', 'b']
    >>> arrow_text(pd.Series([1, 2])) is None
    True
    """
    import pandas as pd
    import pyarrow as pa

    dtype = series.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        return pa.array(series.array)
    if isinstance(dtype, pd.ArrowDtype) and pa.types.is_string(dtype.pyarrow_dtype):
        return pa.array(series.array)
    return None
