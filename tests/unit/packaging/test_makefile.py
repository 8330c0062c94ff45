"""The Makefile on a fresh or an odd machine: a .venv made by another Python is rebuilt, and
`make test` says how to get Node and npm before anything else when they are missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.helpers import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def _copy(tmp_path: Path) -> Path:
    for name in ("Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy2(ROOT / name, tmp_path / name)
    return tmp_path


def _fake_venv(project: Path, version: str) -> Path:
    bin_dir = project / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.write_text(f"#!/bin/sh\necho {version}\n", encoding="utf-8")
    python.chmod(0o755)
    stamp = project / ".venv" / ".installed"
    stamp.touch()
    return stamp


def _make(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "--no-print-directory", "-n", *args], cwd=project, capture_output=True,
                          text=True, check=False, timeout=120, env=env)


def test_a_venv_of_another_python_is_recreated(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    stamp = _fake_venv(project, "3.9")
    dry = _make(project, "venv")
    assert not stamp.exists()  # the stale stamp is dropped, so the venv rule runs
    assert 'if [ -d .venv ] && [ "3.9" != "3.11" ]' in dry.stdout.replace("3.12", "3.11").replace("3.13", "3.11")
    assert "rm -rf .venv" in dry.stdout and "-m venv .venv" in dry.stdout


def test_a_venv_of_the_right_python_is_kept(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    want = subprocess.run(["python3", "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stamp = _fake_venv(project, want)
    dry = _make(project, "venv")
    assert stamp.exists() and "-m venv" not in dry.stdout


def test_make_test_names_node_and_npm_when_they_are_missing(tmp_path: Path) -> None:
    project = _copy(tmp_path)
    bare = tmp_path / "bin"
    bare.mkdir()
    for tool in ("sh", "python3", "find", "rm", "dirname"):
        found = shutil.which(tool)
        if found:
            os.symlink(found, bare / tool)
    env = {**os.environ, "PATH": str(bare)}
    proc = subprocess.run([shutil.which("make") or "make", "--no-print-directory", "node-check"], cwd=project,
                          capture_output=True, text=True, check=False, timeout=120, env=env)
    assert proc.returncode != 0
    assert "make test needs Node.js (18 or newer) and npm" in proc.stderr and "https://nodejs.org" in proc.stderr
    plan = subprocess.run([shutil.which("make") or "make", "--no-print-directory", "-n", "test"], cwd=project,
                          capture_output=True, text=True, check=False, timeout=120, env=env)
    assert plan.stdout.index("command -v node") < plan.stdout.index("-m venv")  # checked before anything runs
