"""Property: any valid spec (random names, prose and shapes) generates a client that keeps its text as data.

For every generated spec: no error diagnostic and no exception; every module compiles with
warnings as errors; no call the spec could have injected (``__import__``/``exec``/``eval``/...)
exists in generated code; every description, enum string, property name and parameter name of the
spec is found intact among the string constants. In the long profile the full pipeline runs
(black included) and each client is imported in a fresh interpreter under the blocking audit hook.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from tests.fuzz import pipeline_probe
from tests.fuzz.conftest import FULL
from tests.fuzz.strategies import specs
from tests.security import harness

pytestmark = pytest.mark.slow  # fuzzing: slow, out of `make quick`


def _texts(node: Any, out: dict[str, set[str]], *, merged: bool = False) -> None:
    """Collect what must survive: wire names and string-enum values verbatim, and operation
    descriptions as docstrings. Inside ``allOf`` parts only property names are kept (the parts are
    merged into one model; their own enums are not generated)."""
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            out["exact"].update(props)
        enum = node.get("enum")
        if not merged and isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
            out["exact"].update(enum)
        if node.get("in") in ("query", "header", "cookie", "path") and isinstance(node.get("name"), str):
            out["exact"].add(node["name"])
        if node.get("summary") and isinstance(node.get("description"), str) and "responses" in node:
            out["prose"].add(node["description"])
        for key, value in node.items():
            _texts(value, out, merged=merged or key == "allOf")
    elif isinstance(node, list):
        for value in node:
            _texts(value, out, merged=merged)


def _reachable_components(spec: dict[str, Any]) -> dict[str, Any]:
    return spec.get("components", {}).get("schemas", {})


@given(specs())
def test_random_valid_spec_generates_safely(spec: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "spec.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        with harness.watch() as record:
            outcome = pipeline_probe.run(path, full=FULL)
        errors = [d.render() for d in outcome.diagnostics if d.severity == "error"]
        assert not errors, errors
        assert record.network == [] and record.processes == []
        assert harness.stray_writes(record.writes, Path(tmp) / "out") == []
        constants = pipeline_probe.compile_sources(outcome.sources)
        assert pipeline_probe.injected_calls(outcome.sources) == []
        wanted: dict[str, set[str]] = {"prose": set(), "exact": set()}
        _texts({"components": _reachable_components(spec), "paths": spec["paths"]}, wanted)
        for schema in _reachable_components(spec).values():  # a component object's prose is its docstring
            if schema.get("properties") and isinstance(schema.get("description"), str):
                wanted["prose"].add(schema["description"])
        missing_exact = sorted(t for t in wanted["exact"] if t not in constants)
        assert not missing_exact, ("wire names or enum values lost", missing_exact)
        # Compared word by word: docstrings are wrapped, and Python splits lines at U+2028 and
        # other separators that the spec's text keeps inside a line.
        docs = {harness.prose(harness.as_doc(c)) for c in constants} | {harness.prose(c) for c in constants}
        missing_prose = sorted(t for t in wanted["prose"] if harness.as_doc(t)
                               and not harness.contains(docs, harness.prose(harness.as_doc(t))))
        assert not missing_prose, ("descriptions lost", missing_prose)
        if FULL:
            out = Path(tmp) / "out"
            for rel, text in outcome.sources.items():
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                (out / rel).write_text(text, encoding="utf-8")
            result = harness.import_check(out, "fuzzed")
            assert result["errors"] == [] and result["hits"] == [] and result["violations"] == [], result
