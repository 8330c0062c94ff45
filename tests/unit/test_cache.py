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
