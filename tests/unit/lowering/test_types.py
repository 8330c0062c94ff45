"""Issue 16: the 3.1 and 3.0 types lowered as the spec means them (tiny specs, one construct each).

Translated in spirit from openapi-python-client's functional tests (test_arrays, test_enums_and_consts);
where we differ it is by design (docs/schemas.md): prefixItems are tuples, not lists of a union, and
enums are open (an unknown value is a member made on demand) instead of refused.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator import ir
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic
from generator.lowering.lower import lower
from generator.spec.bundle import load


def _lower(tmp_path: Path, props: dict[str, Any], *, version: str = "3.1.0",
           schemas: dict[str, Any] | None = None) -> tuple[ir.Api, list[Diagnostic]]:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({
        "openapi": version, "info": {"title": "T", "version": "1"}, "paths": {},
        "components": {"schemas": {**(schemas or {}), "M": {"type": "object", "properties": props}}},
    }))
    config = ClientConfig(spec=spec, output=tmp_path / "out", package="pkg")
    api, diagnostics = lower(load(spec, config.limits), config)
    return api, list(diagnostics)


def _type(tmp_path: Path, schema: dict[str, Any], **kw: Any) -> ir.TypeExpr:
    api, _ = _lower(tmp_path, {"p": schema}, **kw)
    model = next(m for m in api.models if m.name == "M")
    return model.fields[0].type


def test_prefix_items_are_a_tuple_with_items_as_the_rest(tmp_path: Path) -> None:
    s, f = ir.Primitive(kind="str"), ir.Primitive(kind="float")
    assert _type(tmp_path, {"type": "array", "prefixItems": [{"type": "string"}, {"type": "string"}],
                            "items": {"type": "number"}}) == ir.TupleOf(items=(s, s), rest=f)
    assert _type(tmp_path, {"type": "array", "prefixItems": [{"type": "string"}], "items": False}) == \
        ir.TupleOf(items=(s,), rest=None)
    assert _type(tmp_path, {"type": "array", "prefixItems": [{"type": "string"}]}) == \
        ir.TupleOf(items=(s,), rest=ir.AnyType())


def test_number_and_mixed_enums_are_enums(tmp_path: Path) -> None:
    api, diagnostics = _lower(tmp_path, {"r": {"$ref": "#/components/schemas/R"}, "x": {"$ref": "#/components/schemas/X"}},
                              schemas={"R": {"type": "number", "enum": [1.4, 1.5]}, "X": {"enum": ["a", 1, 2.5]}})
    enums = {e.name: e for e in api.enums}
    assert enums["R"].base == "value" and [m.value for m in enums["R"].members] == [1.4, 1.5]
    assert [m.py_name for m in enums["R"].members] == ["VALUE_1_4", "VALUE_1_5"]
    assert enums["X"].base == "value" and [m.value for m in enums["X"].members] == ["a", 1, 2.5]
    assert not [d for d in diagnostics if d.severity == "warning" and "enum" in d.message]


def test_null_types(tmp_path: Path) -> None:
    null = ir.Primitive(kind="null")
    assert _type(tmp_path, {"type": "null"}) == null
    assert _type(tmp_path, {"enum": [None]}) == null
    assert _type(tmp_path, {"const": None}) == null
    assert isinstance(_type(tmp_path, {"type": "string", "enum": ["a", None]}), ir.Nullable)


def test_const_x_nullable_and_content_encoding(tmp_path: Path) -> None:
    assert _type(tmp_path, {"const": "Ernest"}) == ir.LiteralOf(values=("Ernest",))
    assert _type(tmp_path, {"const": 30}) == ir.LiteralOf(values=(30,))
    assert _type(tmp_path, {"const": 3.14}) == ir.Primitive(kind="float")
    assert _type(tmp_path, {"type": "string", "x-nullable": True}, version="3.0.3") == \
        ir.Nullable(inner=ir.Primitive(kind="str"))
    assert _type(tmp_path, {"type": "string", "contentEncoding": "base64"}) == ir.Primitive(kind="bytes")
    # 3.1's idiom for raw bytes (issue 20): a media type without an encoding is a binary string.
    assert _type(tmp_path, {"type": "string", "contentMediaType": "image/png"}) == ir.Primitive(kind="binary")


def test_array_without_items_warns_in_3_0_with_its_location(tmp_path: Path) -> None:
    _, diagnostics = _lower(tmp_path, {"tags": {"type": "array"}}, version="3.0.3")
    warning = next(d for d in diagnostics if d.code == "array-items-missing")
    assert warning.pointer == "/components/schemas/M/properties/tags" and warning.line > 0
    assert "items" in warning.message
    _, diagnostics = _lower(tmp_path, {"tags": {"type": "array"}})
    assert not [d for d in diagnostics if d.code == "array-items-missing"]  # 3.1: items are optional


def test_unknown_type_is_a_located_warning_with_a_fix(tmp_path: Path) -> None:
    _, diagnostics = _lower(tmp_path, {"w": {"type": "objekt"}})
    warning = next(d for d in diagnostics if d.code == "type-unknown")
    assert warning.pointer == "/components/schemas/M/properties/w/type"
    assert "'objekt'" in warning.message and "did you mean 'object'" in warning.message


def test_validator_errors_inside_schemas_get_absolute_pointers_and_lines(tmp_path: Path) -> None:
    from generator.spec.validate import validate

    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                    "    M:\n      type: object\n      properties:\n        n: {type: integer, minimum: zero}\n")
    problems = validate(load(spec, ClientConfig(spec=spec, output=tmp_path, package="p").limits))
    problem = next(d for d in problems if d.code == "openapi-invalid")
    assert problem.pointer == "/components/schemas/M/properties/n/minimum"
    assert problem.line == 9 and "'zero'" in problem.message
