"""Determinism as a tested guarantee: the same bytes across runs, PYTHONHASHSEED values, working
directories, and whatever black/ruff configuration happens to surround the output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.pipeline import build
from tests.fixtures.helpers import ROOT, contents, mini_config

SPEC = ROOT / "specs" / "reflexdb.yaml"
HOSTILE = """
[tool.black]
line-length = 20
skip-string-normalization = true

[tool.ruff]
line-length = 20
[tool.ruff.format]
quote-style = "single"
"""


def _run(cwd: Path, output: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "generator", "generate", str(SPEC), "--output", str(output),
                    "--package", "reflexdb_client", "-q"], cwd=cwd, env=env, check=True)


def test_identical_across_hash_seeds_cwd_and_ambient_config(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile"
    (hostile / "nested").mkdir(parents=True)
    (hostile / "pyproject.toml").write_text(HOSTILE, encoding="utf-8")
    (hostile / "nested" / "pyproject.toml").write_text(HOSTILE, encoding="utf-8")
    first, second = hostile / "nested" / "out", tmp_path / "plain" / "out"
    _run(hostile / "nested", first, "1")
    _run(ROOT, second, "4242")
    a, b = contents(first), contents(second)
    assert sorted(a) == sorted(b)
    assert a == b
    expected = build(mini_config(Path("unused")).__class__(spec=SPEC, output=first, package="reflexdb_client")).files
    assert {k: v for k, v in a.items()} == expected


def test_two_in_process_builds_are_identical(tmp_path: Path) -> None:
    # Two folders of one name: README.md's install line names the output folder.
    assert build(mini_config(tmp_path / "a" / "out")).files == build(mini_config(tmp_path / "b" / "out")).files
