"""The cache folder's helpers: installed versions, read without importing importlib.metadata."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from generator import cache

LIBRARIES = ("black", "jinja2", "PyYAML", "openapi-spec-validator", "jsonschema-rs")


def test_installed_versions_are_importlib_metadatas() -> None:
    assert cache.installed_versions(LIBRARIES) == {name: metadata.version(name) for name in LIBRARIES}


def test_a_distribution_not_installed_is_left_out() -> None:
    assert cache.installed_versions(["no-such-distribution-here", "black"]) == {"black": metadata.version("black")}


def test_the_first_on_sys_path_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "black-0.0.1.dist-info").mkdir()
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert cache.installed_versions(["black"]) == {"black": "0.0.1"}


def test_the_no_op_path_does_not_import_importlib_metadata() -> None:
    code = ("import sys; from generator import fastpath; fastpath.code_digest(); "
            "print('importlib.metadata' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


BLOB = {"salt": "s", "entries": {"k": ["pkg/a.py", "x = 1\n", True, ["l1"]], "v": {"value": [1, 2.5, None]}}}


def test_a_blob_reads_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "index.bin"
    cache.write_blob_atomically(path, BLOB)
    assert cache.read_blob(path) == BLOB
    assert [p.name for p in path.parent.iterdir()] == ["index.bin"]  # no temporary file left


@pytest.mark.parametrize("damage", ["missing", "empty", "truncated", "flipped", "other-python", "header-only"])
def test_a_damaged_or_foreign_blob_reads_as_nothing(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "index.bin"
    cache.write_blob_atomically(path, BLOB)
    good = path.read_bytes()
    header = good[: good.index(b"\n") + 1]
    damaged = {
        "missing": None,
        "empty": b"",
        "truncated": good[:-5],
        "flipped": good[:-1] + bytes([good[-1] ^ 1]),
        "other-python": good.replace(sys.implementation.cache_tag.encode(), b"cpython-20", 1),
        "header-only": header,
    }[damage]
    if damaged is None:
        path.unlink()
    else:
        path.write_bytes(damaged)
    assert cache.read_blob(path) is None


def test_an_unwritable_blob_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache.write_blob_atomically(blocker / "index.bin", BLOB)  # no exception: the cache is optional
    assert cache.read_blob(blocker / "index.bin") is None
