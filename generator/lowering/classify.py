"""What a (non-``$ref``) schema is, read off its keywords alone: a model, an enum or something else;
its JSON types and nullability. Pure functions of the schema, shared by the schema pass."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from generator.spec.nullability import admits_null, constrains_type

__all__ = ["JSON_TYPES", "admits_null", "allof_primitive", "constrains_type", "is_null_type", "json_types",
           "primary_type", "schema_kind"]

SchemaKind = Literal["model", "enum", "other"]
# Follows a schema's ``$ref`` chain to the schema it names (None when missing or cyclic).
Resolve = Callable[[Any], Any]
_MAX_DEPTH = 32
_PRIMITIVE_TYPES = frozenset({"string", "integer", "number", "boolean", "array"})
_OBJECT_KEYWORDS = ("properties", "additionalProperties", "patternProperties", "required", "discriminator",
                    "minProperties", "maxProperties", "oneOf", "anyOf")
JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


ANNOTATIONS = frozenset({"nullable", "description", "title", "example", "examples", "deprecated", "readOnly",
                         "writeOnly", "externalDocs", "$comment", "xml"})


def schema_kind(schema: Any, resolve: Resolve | None = None, names: list[str] | None = None) -> SchemaKind:
    """What a (non-$ref) schema becomes; must agree with ``SchemaPass.schema_type``. ``names``:
    the schema's ``json_types`` names, when the caller has them already."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return "other"
    if "const" in schema:
        return "other"
    if isinstance(schema.get("enum"), list):
        values = [v for v in schema["enum"] if v is not None]
        # Strings, integers, numbers, or a mix of them: an (open) enum. Booleans are not.
        if values and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in values):
            return "enum"
        return "other"
    if isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list):
        return "other"
    if isinstance(schema.get("allOf"), list):
        return "model" if allof_is_model(schema, resolve) else "other"
    if primary_type(schema, names) == "object" and isinstance(schema.get("properties"), dict) and schema["properties"]:
        return "model"
    return "other"


def allof_parts(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The parts of an ``allOf`` that carry a type (not those that only annotate, e.g. nullable)."""
    return [p for p in schema["allOf"] if isinstance(p, dict) and (_constraining_keys(p) or not p)]


def _constraining_keys(part: dict[str, Any]) -> set[str]:
    """The keys of an ``allOf`` part that say something about values: not annotations, not
    ``x-`` extensions (Box adds ``{"x-box-example-key": ...}`` parts beside a oneOf)."""
    return {k for k in part.keys() - ANNOTATIONS if not (isinstance(k, str) and k.startswith("x-"))}


def allof_is_model(schema: dict[str, Any], resolve: Resolve | None = None) -> bool:
    if resolve is not None and allof_primitive(schema, resolve):
        return False
    parts = allof_parts(schema)
    own_props = isinstance(schema.get("properties"), dict) and bool(schema["properties"])
    return len(parts) > 1 or own_props


def json_types(schema: dict[str, Any]) -> tuple[list[str], bool]:
    """The schema's JSON type names other than ``null``, and whether it says it admits null."""
    raw = schema.get("type")
    if isinstance(raw, str):  # the common case first: lowering asks this of every schema
        says_null = raw == "null"
        names = [] if says_null else [raw]
    elif isinstance(raw, list):
        named = [t for t in raw if isinstance(t, str)]
        says_null = "null" in named
        names = [t for t in named if t != "null"]
    else:
        says_null = False
        names = []
    return names, says_null or _marked_nullable(schema)


def _marked_nullable(schema: dict[str, Any]) -> bool:
    """Null admitted by a keyword other than ``type``: ``nullable``, an allOf part, ``null`` in enum."""
    if schema.get("nullable") is True or schema.get("x-nullable") is True:
        return True
    if "allOf" in schema and allof_says_nullable(schema):
        return True
    enum = schema.get("enum")
    return isinstance(enum, list) and None in enum and len(enum) > 1


def is_null_type(schema: dict[str, Any]) -> bool:
    """``type: "null"``, ``type: ["null"]``, ``enum: [null]`` or ``const: null``: only null."""
    raw = schema.get("type")
    if raw == "null" or raw == ["null"]:
        return True
    if "const" in schema:
        return schema["const"] is None
    return schema.get("enum") == [None]


def allof_says_nullable(schema: dict[str, Any]) -> bool:
    """``allOf: [{$ref: X}, {nullable: true}]`` (Box): a part that only adds ``nullable``."""
    parts = schema.get("allOf")
    return isinstance(parts, list) and any(
        isinstance(p, dict) and p.get("nullable") is True and not (p.keys() - ANNOTATIONS) for p in parts)


def primary_type(schema: dict[str, Any], names: list[str] | None = None) -> str:
    """The one JSON type a schema has, or "". ``names``: its ``json_types`` names, when known."""
    if names is None:
        names, _ = json_types(schema)
    if len(names) == 1:
        return names[0]
    if not names:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
    return ""



def allof_primitive(schema: dict[str, Any], resolve: Resolve, depth: int = 0) -> str:
    """The JSON type (``string``, ``integer``, ...) an ``allOf`` of primitive schemas has, or ``""``
    when a part may be an object (or the parts disagree). ``allOf: [{$ref: Id}, {maxLength: 10}]``
    is a string, not an empty object model."""
    found = ""
    own = {k: v for k, v in schema.items() if k != "allOf"}
    for part in [own, *schema["allOf"]]:
        part = resolve(part)
        if not isinstance(part, dict) or depth > _MAX_DEPTH or any(k in part for k in _OBJECT_KEYWORDS):
            return ""
        names, _ = json_types(part)
        if isinstance(part.get("allOf"), list):
            inner = allof_primitive(part, resolve, depth + 1)
            if not inner:
                return ""
            names = [inner, *names]
        for name in names:
            if name not in _PRIMITIVE_TYPES or (found and found != name):
                return ""
            found = name
    return found
