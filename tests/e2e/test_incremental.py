"""A regeneration after an edit, with every cache warm, writes what a cold run of the edited spec writes.

The caches a regeneration leans on (rendered files and api.md sections keyed by IR-node digests,
formatted texts, black's layouts, the validation answer reused across prose edits, the no-op
record) each claim to change time, never bytes. Here a corpus spec is edited step by step (prose
in and out of arrays, a default response, an enum value, a new property, a revert) and regenerated
into one folder with one cache; after each step the folder, and the diagnostics, must equal a cold
generation of the same text into a fresh folder with an empty cache.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.config import ClientConfig
from generator.pipeline import generate
from tests.e2e.test_semantic_agreement import CORPUS
from tests.fixtures.helpers import contents

Edit = Callable[[dict[str, Any]], bool]  # changes the document in place; False when it found nothing to edit


def _operations(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in doc.get("paths", {}).values():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch") and isinstance(op, dict):
                yield op


def _operation_text(doc: dict[str, Any]) -> bool:
    for op in _operations(doc):
        op["description"] = "Edited. " + str(op.get("description", ""))
        return True
    return False


def _parameter_text(doc: dict[str, Any]) -> bool:
    """The last parameter's description: below an array (``parameters``), where texts are compared."""
    params = [p for op in _operations(doc) for p in op.get("parameters", []) if isinstance(p, dict) and "name" in p]
    if not params:
        return False
    params[-1]["description"] = "A parameter, described anew."
    return True


def _response_text(doc: dict[str, Any]) -> bool:
    """A ``default`` response's description if there is one (a status code, not a schema default)."""
    responses = [r for op in _operations(doc) for r in op.get("responses", {}).items() if isinstance(r[1], dict)]
    for code, response in sorted(responses, key=lambda r: r[0] != "default"):
        if "description" in response:
            response["description"] = f"Edited {code} response."
            return True
    return False


def _enum_value(doc: dict[str, Any]) -> bool:
    for schema in doc.get("components", {}).get("schemas", {}).values():
        for prop in schema.get("properties", {}).values() if isinstance(schema, dict) else ():
            if isinstance(prop, dict) and isinstance(prop.get("enum"), list) and \
                    all(isinstance(v, str) for v in prop["enum"]):
                prop["enum"].append("added_by_the_test")
                return True
    return False


def _new_property(doc: dict[str, Any]) -> bool:
    for schema in doc.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
            schema["properties"]["addedByTheTest"] = {"type": "integer", "description": "A new property."}
            return True
    return False


EDITS: list[tuple[str, Edit]] = [("operation text", _operation_text), ("parameter text", _parameter_text),
                                 ("response text", _response_text), ("enum value", _enum_value),
                                 ("new property", _new_property)]
SPECS = ["twilio-video_v1.json", "opc-baseline_openapi_3.0.json", "pagerduty-scim-openapiv3.json"]


def _run(spec: Path, output: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, bytes], list[Any]]:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(cache))
    result = generate(ClientConfig(spec=spec, output=output, package="edited_client"), force=True)
    assert result.ok, [d.message for d in result.diagnostics]
    return contents(output), [d.as_json() for d in result.diagnostics]


@pytest.mark.slow
@pytest.mark.skipif(CORPUS is None, reason="the shared corpus is not on this machine")
@pytest.mark.parametrize("name", SPECS)
def test_each_edit_regenerates_as_a_cold_run_would(name: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert CORPUS is not None
    original = json.loads((CORPUS / name).read_text(encoding="utf-8"))
    spec = tmp_path / "spec" / name  # one path for both sides: files say which spec they come from
    spec.parent.mkdir()
    doc = copy.deepcopy(original)
    steps = [("as it is", doc)]
    for label, edit in EDITS:
        doc = copy.deepcopy(doc)
        if edit(doc):
            steps.append((label, doc))
    steps.append(("reverted", original))
    assert len(steps) >= 5, "the spec offers too little to edit"
    for i, (label, step) in enumerate(steps):
        spec.write_text(json.dumps(step, indent=1), encoding="utf-8")
        warm = _run(spec, tmp_path / "warm" / "out", tmp_path / "warm-cache", monkeypatch)
        cold = _run(spec, tmp_path / f"cold-{i}" / "out", tmp_path / f"cold-cache-{i}", monkeypatch)
        assert warm[1] == cold[1], label
        assert warm[0].keys() == cold[0].keys(), label
        differing = sorted(path for path in warm[0] if warm[0][path] != cold[0][path])
        assert differing == [], label
