"""Does a spec's own example satisfy its schema? The check behind "use the example when it is valid".

Spec authors' examples are the best values for documentation and the offline fake, but real specs
carry stale ones (a field renamed since, ``example: null`` on a required object, an ID that breaks
its ``pattern``). A value a validating server would reject makes a generated test fail for a
reason that is not the client's, so the sampler uses an example only when this check passes.

The check covers what such servers check and what the sampler itself honours: ``type`` (3.0
``nullable`` and 3.1 type lists), ``enum``/``const``, ``required``, ``properties`` (and
``additionalProperties: false``), ``items``, string lengths and ``pattern``, numeric bounds,
array lengths and ``prefixItems``, and ``allOf``/``anyOf``/``oneOf`` (``oneOf`` read as "at least one", like the
client's decoder). ``$ref``s are followed through the sampler's resolver; anything not listed is
assumed to hold.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.examples.pattern import matches
from generator.spec.nullability import admits_null, constrains_type

Deref = Callable[[Any], Any]
_MAX_DEPTH = 32


def _type_ok(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool) or (isinstance(value, float) and value.is_integer())
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def nullable(schema: Any, deref: Deref) -> bool:
    """Whether ``schema`` admits ``null`` (the lowering's rule: nullability survives any wrapping)."""
    return admits_null(schema, deref)


def conforms(value: Any, schema: Any, deref: Deref, depth: int = 0, *, direction: str = "") -> bool:
    """Whether ``value`` satisfies ``schema`` (the subset in the module docstring). In a request a
    required ``readOnly`` property may be missing, in a response a required ``writeOnly`` one."""
    schema = deref(schema)
    if not isinstance(schema, dict) or depth > _MAX_DEPTH:
        return schema is not False
    if value is None:
        return admits_null(schema, deref) or not constrains_type(schema, deref)
    if "const" in schema and value != schema["const"]:
        return False
    if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
        return False
    kind = schema.get("type")
    kinds = [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    if kinds and not any(_type_ok(value, k) for k in kinds):
        return False
    if isinstance(value, str) and not _string_ok(value, schema):
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not _number_ok(value, schema):
        return False
    if isinstance(value, list) and not _array_ok(value, schema, deref, depth, direction):
        return False
    if isinstance(value, dict) and not _object_ok(value, schema, deref, depth, direction):
        return False
    parts = schema.get("allOf")
    if isinstance(parts, list) and not all(conforms(value, p, deref, depth + 1, direction=direction) for p in parts):
        return False
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options and not any(conforms(value, p, deref, depth + 1, direction=direction) for p in options):
            return False
    return True


def _string_ok(value: str, schema: dict[str, Any]) -> bool:
    low, high, pattern = schema.get("minLength"), schema.get("maxLength"), schema.get("pattern")
    if isinstance(low, int) and len(value) < low:
        return False
    if isinstance(high, int) and len(value) > high:
        return False
    return not isinstance(pattern, str) or matches(pattern, value)


def _number_ok(value: float, schema: dict[str, Any]) -> bool:
    low, high = schema.get("minimum"), schema.get("maximum")
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(low, (int, float)) and (value < low or (ex_low is True and value == low)):
        return False
    if isinstance(high, (int, float)) and (value > high or (ex_high is True and value == high)):
        return False
    if isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool) and value <= ex_low:
        return False
    return not (isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool) and value >= ex_high)


def _array_ok(value: list[Any], schema: dict[str, Any], deref: Deref, depth: int, direction: str) -> bool:
    low, high = schema.get("minItems"), schema.get("maxItems")
    if (isinstance(low, int) and len(value) < low) or (isinstance(high, int) and len(value) > high):
        return False
    prefix = schema.get("prefixItems")
    prefix = prefix if isinstance(prefix, list) else []  # 3.1: ``items`` covers what follows them
    if not all(conforms(v, p, deref, depth + 1, direction=direction) for v, p in zip(value, prefix)):
        return False
    items = schema.get("items")
    return not isinstance(items, dict) or all(
        conforms(v, items, deref, depth + 1, direction=direction) for v in value[len(prefix):])


def _object_ok(value: dict[str, Any], schema: dict[str, Any], deref: Deref, depth: int, direction: str) -> bool:
    props: dict[str, Any] = schema["properties"] if isinstance(schema.get("properties"), dict) else {}
    required = schema.get("required")
    hidden = {"request": "readOnly", "response": "writeOnly"}.get(direction, "")
    for name in required if isinstance(required, list) else ():
        if isinstance(name, str) and name not in value:
            raw = props.get(name)  # ``readOnly`` written beside a ``$ref`` counts too
            flagged = any(isinstance(p, dict) and p.get(hidden) is True for p in (raw, deref(raw)))
            if not (hidden and flagged):
                return False
    extra = schema.get("additionalProperties")
    for name, item in value.items():
        if name in props:
            if not conforms(item, props[name], deref, depth + 1, direction=direction):
                return False
        elif extra is False or (isinstance(extra, dict) and
                                not conforms(item, extra, deref, depth + 1, direction=direction)):
            return False
    return True
