"""The pyarrow memory pool that reading and cleaning run with (trendlib._arrow)."""

from __future__ import annotations

import threading

import pandas as pd
import pyarrow as pa
import pytest

import trendlib as tl
from trendlib._arrow import arrow_pool
from trendlib.clean import pipeline
from trendlib.config import get_settings
from trendlib.errors import ParameterError


def _mimalloc_default() -> pa.MemoryPool:
    """Make mimalloc the process default (skip when this pyarrow has no mimalloc)."""
    try:
        pool = pa.mimalloc_memory_pool()
    except NotImplementedError:
        pytest.skip("pyarrow built without mimalloc")
    pa.set_memory_pool(pool)
    return pool


@pytest.fixture
def restore_pool():
    before = pa.default_memory_pool()
    yield
    pa.set_memory_pool(before)


def test_setting_defaults_to_system_and_follows_the_environment(monkeypatch):
    monkeypatch.delenv("TRENDLIB_ARROW_POOL", raising=False)
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    assert get_settings().arrow_pool == "system"
    # pyarrow's own variable set by the user: their choice is kept
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")
    assert get_settings().arrow_pool == "default"
    monkeypatch.setenv("TRENDLIB_ARROW_POOL", " Mimalloc ")
    assert get_settings().arrow_pool == "mimalloc"


def test_unknown_pool_is_a_parameter_error(monkeypatch):
    monkeypatch.setenv("TRENDLIB_ARROW_POOL", "tcmalloc")
    with pytest.raises(ParameterError, match=r"TRENDLIB_ARROW_POOL='tcmalloc'.*'system'"):
        get_settings()


def test_block_runs_with_system_pool_and_restores_it(monkeypatch, restore_pool):
    monkeypatch.delenv("TRENDLIB_ARROW_POOL", raising=False)
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    _mimalloc_default()
    with arrow_pool():
        assert pa.default_memory_pool().backend_name == "system"
        with arrow_pool():  # nested: the inner block neither switches nor restores
            assert pa.default_memory_pool().backend_name == "system"
        assert pa.default_memory_pool().backend_name == "system"
        kept = pa.array(["a", "b"])
    assert pa.default_memory_pool().backend_name == "mimalloc"
    assert kept.to_pylist() == ["a", "b"]  # made in the block, freed after it


def test_pool_restored_when_the_block_raises(monkeypatch, restore_pool):
    monkeypatch.delenv("TRENDLIB_ARROW_POOL", raising=False)
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    _mimalloc_default()
    with pytest.raises(RuntimeError, match="boom"), arrow_pool():
        raise RuntimeError("boom")
    assert pa.default_memory_pool().backend_name == "mimalloc"


def test_default_setting_leaves_the_pool_alone(monkeypatch, restore_pool):
    monkeypatch.setenv("TRENDLIB_ARROW_POOL", "default")
    _mimalloc_default()
    with arrow_pool():
        assert pa.default_memory_pool().backend_name == "mimalloc"


def test_two_threads_restore_the_callers_pool_once(monkeypatch, restore_pool):
    monkeypatch.delenv("TRENDLIB_ARROW_POOL", raising=False)
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    _mimalloc_default()
    inside, release = threading.Barrier(2), threading.Event()
    seen: list[str] = []

    def work() -> None:
        with arrow_pool():
            inside.wait()
            release.wait()
            seen.append(pa.default_memory_pool().backend_name)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    release.set()
    for t in threads:
        t.join()
    assert seen == ["system", "system"]
    assert pa.default_memory_pool().backend_name == "mimalloc"


def test_read_and_clean_run_under_the_pool(monkeypatch, restore_pool, tmp_path):
    monkeypatch.delenv("TRENDLIB_ARROW_POOL", raising=False)
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    _mimalloc_default()
    seen: list[str] = []
    prepare = pipeline._prepare

    def spy(raw: pd.DataFrame) -> pd.DataFrame:
        seen.append(pa.default_memory_pool().backend_name)
        return prepare(raw)

    monkeypatch.setattr(pipeline, "_prepare", spy)
    path = tmp_path / "x.csv"
    path.write_text("Fecha;Nacionalidad\n03/02/2021;Nigeria\n", encoding="utf-8")
    res = tl.clean_records(tl.read_records(path), today="2026-01-01")
    assert seen == ["system"]
    assert res.records["nationality"].tolist() == ["NGA"]
    assert len(res.audit) >= 1  # built after the call, under the pool again
    assert pa.default_memory_pool().backend_name == "mimalloc"
