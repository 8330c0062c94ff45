"""The generator's opt-in contract tests (``--tests`` / ``tests = true``): generated, then run.

Each generated suite runs twice in a subprocess: offline through the generated FakeTransport, and
against Prism serving the same spec (through the suite's base-URL environment variable), so the
example arguments the generator builds are checked by an independent validator for two specs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import client_from_mapping
from generator.diagnostics import SpecError
from tests.contract.prism import ROOT, SPEC, Prism

pytestmark = pytest.mark.slow  # the generated tests against Prism: slow, out of `make quick`

PETS = Path(__file__).resolve().parent / "specs" / "pets.yaml"


def _generate(spec: Path, out: Path, package: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--output", str(out),
         "--package", package, "--tests", "-q"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (out / "tests").iterdir()) and (out / package / "testing.py").exists()


def _run(out: Path, env: dict[str, str] | None = None) -> int:
    """Run the generated suite; returns how many tests passed (and fails on any failure)."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "tests"],
        cwd=out, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(out), **(env or {})},
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    found = re.search(r"(\d+) passed", done.stdout)
    assert found, done.stdout
    assert "skipped" not in done.stdout
    return int(found.group(1))


def test_generated_tests_for_a_second_spec(tmp_path: Path) -> None:
    out = tmp_path / "pets"
    _generate(PETS, out, "pets_client")
    assert sorted(p.name for p in (out / "tests").iterdir()) == ["test_health.py", "test_pets.py"]
    offline = _run(out)
    with Prism(PETS, log=tmp_path / "prism.log") as prism:
        live = _run(out, {"PETS_CLIENT_TEST_BASE_URL": prism.url})
    # 5 operations × (sync, async) × (minimal, full)
    assert offline == live == 20


def test_generated_tests_for_reflexdb(tmp_path: Path, prism: Prism) -> None:
    out = tmp_path / "reflexdb"
    _generate(SPEC, out, "reflexdb_client")
    assert _run(out) == 60
    assert _run(out, {"REFLEXDB_CLIENT_TEST_BASE_URL": prism.url}) == 60


def test_tests_key_in_the_configuration(tmp_path: Path) -> None:
    base = {"spec": "s.yaml", "output": "out", "package": "p"}
    assert client_from_mapping(base, root=tmp_path, where="pyproject.toml").tests is False
    assert client_from_mapping({**base, "tests": True}, root=tmp_path, where="pyproject.toml").tests is True
    with pytest.raises(SpecError) as caught:
        client_from_mapping({**base, "tests": "yes"}, root=tmp_path, where="pyproject.toml")
    assert "tests must be true or false" in caught.value.diagnostics[0].message
