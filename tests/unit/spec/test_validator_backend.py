"""openapi-spec-validator's backend is chosen by the generator, never by the environment, so the
same spec gives the same diagnostics everywhere; text the compiled backend cannot take still gets
validated (by the pure-Python one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "tests" / "errors" / "validation" / "spec.yaml"


def _validate(spec: Path, env: dict[str, str]) -> str:
    proc = subprocess.run([sys.executable, "-m", "generator", "validate", str(spec)], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, **env}, check=False)
    return proc.stdout + proc.stderr


@pytest.mark.slow
def test_the_environment_does_not_choose_the_backend() -> None:
    runs = {backend: _validate(SPEC, {"OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND": backend,
                                      "GENERATOR_CACHE_DIR": "off"})
            for backend in ("jsonschema", "jsonschema-rs", "auto")}
    assert len(set(runs.values())) == 1, runs
    assert "openapi-invalid" in runs["auto"]


@pytest.mark.slow
def test_a_lone_surrogate_is_validated_by_the_python_backend(tmp_path: Path) -> None:
    spec = {"openapi": "3.0.3", "info": {"title": "t\ud800", "version": "1"},
            "paths": {"/x": {"get": {"responses": {"200": {}}}}}}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")  # json escapes the surrogate as \\ud800
    out = _validate(path, {"GENERATOR_CACHE_DIR": "off"})
    assert "validator-failed" not in out
    assert "/paths/~1x/get/responses/200" in out  # the missing description is still found
