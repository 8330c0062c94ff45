"""Deterministic JSON values built from OpenAPI schemas, for spec-driven behaviour tests."""

from __future__ import annotations

from typing import Any

FIXED = {
    "uuid": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    "date-time": "2026-04-15T12:00:00Z",
    "date": "2026-04-15",
    "email": "someone@example.com",
    "uri": "https://example.com/x",
}


def resolve(doc: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        assert seen < 50, "reference cycle"
    return node


def sample(doc: dict[str, Any], schema: Any, *, full: bool, depth: int = 0) -> Any:
    """A value valid for ``schema``: every property when ``full``, only the required ones otherwise."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(doc, schema[key][0], full=full, depth=depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(doc, part, full=full, depth=depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", []))
        return {
            name: sample(doc, prop, full=full, depth=depth + 1)
            for name, prop in schema.get("properties", {}).items()
            if full or name in required
        }
    if kind == "array":
        return [sample(doc, schema.get("items", {}), full=full, depth=depth + 1)]
    if kind == "string":
        return FIXED.get(schema.get("format", ""), "text")
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return float(max(schema.get("minimum", 1.5), 1.5))
    if kind == "boolean":
        return True
    return {"free": "form"}
