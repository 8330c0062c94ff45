"""Whether a schema accepts ``null`` and whether it limits a value's JSON type: questions about a
schema that the lowering (nullability of types) and the example sampler (is ``null`` a valid
example?) must answer the same way, so they live here, below both."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Follows a schema's ``$ref`` chain to the schema it names (None when missing or cyclic).
Resolve = Callable[[Any], Any]
_MAX_DEPTH = 32
_ANNOTATIONS = frozenset({"nullable", "description", "title", "example", "examples", "deprecated"})


def _says_nullable(schema: dict[str, Any]) -> bool:
    """``allOf: [{$ref: X}, {nullable: true}]`` (Box): a part that only adds ``nullable``."""
    parts = schema.get("allOf")
    return isinstance(parts, list) and any(
        isinstance(p, dict) and p.get("nullable") is True and not (p.keys() - _ANNOTATIONS) for p in parts)


def constrains_type(schema: Any, resolve: Resolve, depth: int = 0) -> bool:
    """Whether ``schema`` limits the JSON type of a value (``properties`` alone does not: it
    ignores what is not an object)."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return False
    if any(k in schema for k in ("type", "enum", "const", "oneOf", "anyOf")):
        return True
    parts = schema.get("allOf")
    return isinstance(parts, list) and any(constrains_type(p, resolve, depth + 1) for p in parts)


def admits_null(schema: Any, resolve: Resolve, depth: int = 0) -> bool:
    """Whether ``schema`` accepts ``null``, however it is said and however deeply wrapped: 3.0
    ``nullable``, a 3.1 type list or ``type: "null"``, ``null`` in ``enum``, a nullable variant of
    ``oneOf``/``anyOf``, a ``$ref`` to a nullable schema, or an ``allOf`` whose every part that
    limits the type accepts null (or that has a part adding only ``nullable: true``, Box's idiom)."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return False
    kind = schema.get("type")
    if schema.get("nullable") is True or schema.get("x-nullable") is True or kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and any(admits_null(p, resolve, depth + 1) for p in schema[key]):
            return True
    parts = schema.get("allOf")
    if not isinstance(parts, list) or kind is not None or "enum" in schema or "const" in schema:
        return False
    if _says_nullable(schema):
        return True
    typed = [p for p in parts if constrains_type(p, resolve, depth + 1)]
    return bool(typed) and all(admits_null(p, resolve, depth + 1) for p in typed)
