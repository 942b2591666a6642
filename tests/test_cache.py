"""Lookup tables kept on disk between processes (trendlib._cache)."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from trendlib import _cache
from trendlib._cache import cached_json
from trendlib.clean import countries, geo


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TRENDLIB_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(table):
    calls = []

    def build():
        calls.append(1)
        return table

    return build, calls


def test_first_call_builds_and_writes_later_calls_read(folder):
    build, calls = _counting({"polska": "POL", "pairs": [["a", 1.5]]})
    first = cached_json("t", build, packages=["pycountry"])
    second = cached_json("t", build, packages=["pycountry"])
    assert first == second == {"polska": "POL", "pairs": [["a", 1.5]]}
    assert len(calls) == 1
    (written,) = folder.glob("t-*.json")
    assert json.loads(written.read_text(encoding="utf-8")) == first
    assert not list(folder.glob(".t-*"))  # no temporary file left


def test_tuples_come_back_as_lists_on_both_paths(folder):
    build, _ = _counting([("NGA", 1.0)])
    assert cached_json("t", build) == [["NGA", 1.0]]  # built now
    assert cached_json("t", build) == [["NGA", 1.0]]  # read back


def test_cache_off_builds_every_time(monkeypatch, tmp_path):
    monkeypatch.setenv("TRENDLIB_CACHE_DIR", "off")
    build, calls = _counting({"a": "b"})
    cached_json("t", build)
    cached_json("t", build)
    assert len(calls) == 2
    assert not any(tmp_path.iterdir())


def test_a_changed_source_builds_again_and_drops_the_old_file(folder, monkeypatch):
    build, calls = _counting({"a": "b"})
    cached_json("t", build, sources=["trendlib._cache"])
    (old,) = folder.glob("t-*.json")
    # another source text (as after an upgrade of trendlib's module) gives another key
    monkeypatch.setattr(_cache, "_key", lambda name, packages, sources: "otherkey")
    cached_json("t", build, sources=["trendlib._cache"])
    assert len(calls) == 2
    assert [p.name for p in folder.glob("t-*.json")] == ["t-otherkey.json"]
    assert not old.exists()


def test_key_follows_package_versions_and_module_source():
    base = _cache._key("t", ["pycountry"], ["trendlib._cache"])
    assert base == _cache._key("t", ["pycountry"], ["trendlib._cache"])
    assert base != _cache._key("t", ["countryinfo"], ["trendlib._cache"])
    assert base != _cache._key("t", ["pycountry"], ["trendlib.config"])
    assert base != _cache._key("u", ["pycountry"], ["trendlib._cache"])


def test_corrupt_file_is_rebuilt(folder):
    build, calls = _counting({"a": "b"})
    cached_json("t", build)
    (path,) = folder.glob("t-*.json")
    path.write_text('{"a": "tru', encoding="utf-8")  # cut short
    assert cached_json("t", build) == {"a": "b"}
    assert len(calls) == 2
    assert json.loads(path.read_text(encoding="utf-8")) == {"a": "b"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_unwritable_folder_still_gives_the_table(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    monkeypatch.setenv("TRENDLIB_CACHE_DIR", str(locked / "cache"))
    build, calls = _counting({"a": "b"})
    try:
        assert cached_json("t", build) == {"a": "b"}
        assert cached_json("t", build) == {"a": "b"}
    finally:
        locked.chmod(0o700)
    assert len(calls) == 2


def test_folder_that_is_a_file_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("TRENDLIB_CACHE_DIR", str(blocker))
    build, calls = _counting({"a": "b"})
    assert cached_json("t", build) == {"a": "b"}
    assert len(calls) == 1


def test_cached_endonyms_are_the_built_ones(folder):
    countries._endonyms.cache_clear()
    try:
        from_disk = (countries._endonyms(), countries._endonyms.cache_clear())[0]
        again = countries._endonyms()  # read back from the file this time
    finally:
        countries._endonyms.cache_clear()
    built = countries._build_endonyms()
    assert from_disk == again == built
    assert built["polska"] == "POL"
    assert list(folder.glob("endonyms-*.json"))


def test_cached_country_boxes_are_the_built_ones(folder):
    geo._country_boxes.cache_clear()
    try:
        isos, boxes, first = geo._country_boxes()
        geo._country_boxes.cache_clear()
        isos2, boxes2, first2 = geo._country_boxes()  # from the file
    finally:
        geo._country_boxes.cache_clear()
    assert isos.equals(isos2)
    np.testing.assert_array_equal(boxes, boxes2)  # floats survive JSON exactly
    np.testing.assert_array_equal(first, first2)
    rows = geo._box_rows()
    assert {tuple(r) for r in rows} == {
        (iso, *boxes[k]) for i, iso in enumerate(isos) for k in range(first[i], first[i + 1])
    }
