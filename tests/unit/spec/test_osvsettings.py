"""generator/spec/osvsettings.py: the validators' settings read as their own pydantic-settings
classes read them, compared in fresh interpreters (the real modules and the stand-ins cannot both be
imported under one name in one process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.fixtures.helpers import ROOT

_PROBE = """
import json, sys, warnings
if sys.argv[1] == "ours":
    from generator.spec import osvsettings
    osvsettings.install()
from openapi_spec_validator import settings
from openapi_schema_validator import settings as schema_settings
import openapi_spec_validator, openapi_schema_validator._caches
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        s = settings.OpenAPISpecValidatorSettings()
        values = [s.resolved_cache_maxsize, s.schema_validator_backend, settings.get_resolved_cache_maxsize(),
                  settings.get_schema_validator_backend()]
        values.append(schema_settings.get_settings().compiled_validator_cache_max_size)
    except Exception as exc:
        values = [type(exc).__name__]
print(json.dumps({"values": values, "warnings": len(caught), "pydantic": "pydantic_settings" in sys.modules}))
"""

SET = [
    {"OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE": "12"},
    {"OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE": "lots"},
    {"openapi_spec_validator_resolved_cache_maxsize": ""},
    {"OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND": " JSONSchema-RS "},
    {"Openapi_Spec_Validator_Schema_Validator_Backend": "fast"},
    {"OPENAPI_SCHEMA_VALIDATOR_COMPILED_VALIDATOR_CACHE_MAX_SIZE": "3"},
    {"OPENAPI_SCHEMA_VALIDATOR_COMPILED_VALIDATOR_CACHE_MAX_SIZE": "-1"},
]


def _probe(which: str, env: dict[str, str]) -> dict[str, object]:
    base = {k: v for k, v in os.environ.items() if not k.lower().startswith(("openapi_spec_validator_",
                                                                          "openapi_schema_validator_"))}
    out = subprocess.run([sys.executable, "-c", _PROBE, which], env={**base, **env}, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_nothing_set_gives_the_defaults_without_pydantic() -> None:
    real, ours = _probe("real", {}), _probe("ours", {})
    assert ours["values"] == real["values"] == [128, "auto", 128, "auto", 128]
    assert ours["warnings"] == real["warnings"] == 0
    assert real["pydantic"] is True and ours["pydantic"] is False  # the point of the stand-in


@pytest.mark.parametrize("env", SET, ids=lambda env: ",".join(f"{k}={v!r}" for k, v in env.items()))
def test_anything_set_is_read_by_the_real_settings(env: dict[str, str]) -> None:
    real, ours = _probe("real", env), _probe("ours", env)
    assert ours == real
    assert ours["pydantic"] is True
