"""Specs the fuzzers found crashing the generator, kept as regression cases (full pipeline, black included).

Each must now generate a client whose modules compile and import without side effects.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.security import harness

REGRESSIONS = sorted((Path(__file__).parent / "regressions").glob("*.json"))


@pytest.mark.parametrize("spec", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_regression_generates(tmp_path: Path, spec: Path) -> None:
    out = tmp_path / "out"
    run = harness.run_cli(["generate", str(spec), "--output", str(out), "--package", "reg"])
    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr
    harness.compile_all(out)
    result = harness.import_check(out, "reg")
    assert result["errors"] == [] and result["hits"] == [] and result["violations"] == [], result
