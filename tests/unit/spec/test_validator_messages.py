"""Validator findings read as a person would act on them (issue 16): a 3.1 document without
paths, components or webhooks says which keys it needs, at line 1, instead of quoting the whole
document back with no location; in both validator backends."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.config import ClientConfig
from generator.spec import validate
from generator.spec.bundle import load


@pytest.mark.parametrize("compiled", [True, False])
def test_a_3_1_document_describing_nothing(tmp_path: Path, compiled: bool) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({"openapi": "3.1.0", "info": {"title": "A", "version": "1"}}))
    doc = load(spec, ClientConfig(spec=spec, output=tmp_path / "out", package="p").limits)
    (finding,) = validate._check_schema(doc, compiled=compiled)
    assert finding.severity == "warning" and (finding.line, finding.pointer) == (1, "")
    assert "needs at least one of components, paths, webhooks" in finding.message
    assert '"info"' not in finding.message  # the document is not quoted back


@pytest.mark.parametrize("compiled", [True, False])
def test_a_bad_default_refused_by_a_referenced_schema_is_located_at_the_default(tmp_path: Path,
                                                                               compiled: bool) -> None:
    """``allOf: [{$ref: GoodEnum}]`` beside ``default: x``: the validator's error names GoodEnum (the
    schema that refused ``x``), which holds no default; the finding goes to the default itself."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({
        "openapi": "3.1.0", "info": {"title": "A", "version": "1"}, "paths": {},
        "components": {"schemas": {
            "GoodEnum": {"type": "string", "enum": ["a", "b"]},
            "Overridden": {"properties": {"bad": {"allOf": [{"$ref": "#/components/schemas/GoodEnum"}],
                                                  "default": "x"}}},
            "Own": {"type": "string", "enum": ["a"], "default": "z"},
        }},
    }, sort_keys=False))
    doc = load(spec, ClientConfig(spec=spec, output=tmp_path / "out", package="p").limits)
    found = {f.pointer: f for f in validate._check_schema(doc, compiled=compiled)}
    assert set(found) == {"/components/schemas/Overridden/properties/bad/default",
                          "/components/schemas/Own/default"}
    assert "'x' is not one of ['a', 'b']" in found["/components/schemas/Overridden/properties/bad/default"].message
    lines = spec.read_text().splitlines()
    expected = next(i for i, line in enumerate(lines, 1) if line.strip() == "default: x")
    assert found["/components/schemas/Overridden/properties/bad/default"].line == expected
