"""Discriminators read off the document: allOf hierarchies and the tag each schema is chosen by.

Two shapes name a schema by a property's value (OpenAPI's ``discriminator``):

- a ``oneOf`` / ``anyOf`` with a discriminator: each variant is chosen by its tag;
- a discriminator on a *base* schema that others extend with ``allOf: [{$ref: Base}, ...]``
  (inheritance): a value of the base is one of its subtypes, chosen by the tag.

In both, the tag of a target is its ``mapping`` key, or (implicitly) its component name. Lowering
types the targets' tag property as a ``Literal`` of their tags and the example sampler writes the
tag into example values, so both read it from here and cannot disagree. Pure functions of the
document: nothing is reported (lowering does that).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.spec.pointer import escape, unescape

COMPONENT_PREFIX = "#/components/schemas/"
# Keys whose values are data, not schemas: a payload example may well contain "discriminator".
_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})
_MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class Hierarchy:
    """A base schema with a discriminator and the schemas that extend it through ``allOf``."""

    base: str  # the base's ``$ref``
    property: str  # the discriminator's property (wire name)
    # (tag, target $ref): the explicit mapping first, then each subtype the mapping leaves out,
    # under its component name
    mapping: tuple[tuple[str, str], ...]
    subtypes: tuple[str, ...]  # every schema deriving from the base (also transitively), in document order
    # The base declares the discriminator (False: it inherits it from a base of its own, as
    # ``Puppy: allOf[Dog]`` with ``Dog: allOf[Animal]``, and is itself a tagged subtype).
    root: bool = True


def mapping_ref(ref: str) -> str:
    """A mapping value as a ``$ref``: a bare name means a component schema."""
    return ref if ref.startswith("#") else COMPONENT_PREFIX + escape(ref)


def component_name(ref: str) -> str:
    """The last token of ``ref``, unescaped: what an implicit mapping calls the schema."""
    return unescape(ref.rsplit("/", 1)[-1])


def _explicit(discriminator: dict[str, Any]) -> list[tuple[str, str]]:
    mapping = discriminator.get("mapping")
    if not isinstance(mapping, dict):
        return []
    return [(str(value), mapping_ref(ref)) for value, ref in mapping.items() if isinstance(ref, str)]


def _with_implicit(pairs: list[tuple[str, str]], refs: list[str]) -> tuple[tuple[str, str], ...]:
    """``pairs`` and, for each of ``refs`` no pair targets, (its component name, it) unless that
    name is already a tag."""
    out = list(pairs)
    for ref in refs:
        value = component_name(ref)
        if all(r != ref for _, r in out) and all(v != value for v, _ in out):
            out.append((value, ref))
    return tuple(out)


def union_mapping(schema: dict[str, Any], key: str) -> tuple[tuple[str, str], ...]:
    """(tag, target $ref) of a ``oneOf`` / ``anyOf`` (``key``) with a discriminator: the explicit
    mapping, then the ``$ref`` variants it leaves out under their component names."""
    disc = schema.get("discriminator")
    if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
        return ()
    variants = schema.get(key)
    refs = [v["$ref"] for v in variants if isinstance(v, dict) and isinstance(v.get("$ref"), str)] \
        if isinstance(variants, list) else []
    return _with_implicit(_explicit(disc), refs)


def _union_key(schema: dict[str, Any]) -> str:
    return next((k for k in ("oneOf", "anyOf") if isinstance(schema.get(k), list)), "")


def _allof_refs(schema: Any) -> list[str]:
    parts = schema.get("allOf") if isinstance(schema, dict) else None
    if not isinstance(parts, list):
        return []
    return [p["$ref"] for p in parts if isinstance(p, dict) and isinstance(p.get("$ref"), str)]


def hierarchies(data: Any) -> dict[str, Hierarchy]:
    """Every component schema that has a discriminator (and is no ``oneOf`` / ``anyOf``) and is
    extended through ``allOf`` by at least one other component, by its ``$ref``; and every subtype
    of one that is extended in turn (with the root's property and the part of its mapping that
    targets the subtype's own descendants)."""
    schemas = data.get("components", {}).get("schemas") if isinstance(data, dict) else None
    if not isinstance(schemas, dict):
        return {}
    refs = {COMPONENT_PREFIX + escape(str(key)): schema for key, schema in schemas.items()}
    parents = {ref: _allof_refs(schema) for ref, schema in refs.items()}

    def derives_from(ref: str, base: str) -> bool:
        frontier, seen = list(parents.get(ref, ())), {ref}
        for _ in range(_MAX_DEPTH):
            if base in frontier:
                return True
            seen.update(frontier)
            frontier = [p for f in frontier for p in parents.get(f, ()) if p not in seen]
            if not frontier:
                return False
        return False

    found: dict[str, Hierarchy] = {}
    for base, schema in refs.items():
        disc = schema.get("discriminator") if isinstance(schema, dict) else None
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str) or _union_key(schema):
            continue
        subtypes = tuple(ref for ref in refs if ref != base and derives_from(ref, base))
        if not subtypes:
            continue
        root = Hierarchy(base=base, property=disc["propertyName"],
                         mapping=_with_implicit(_explicit(disc), list(subtypes)), subtypes=subtypes)
        found[base] = root
        for middle in subtypes:
            below = tuple(ref for ref in subtypes if ref != middle and derives_from(ref, middle))
            if below and middle not in found:
                found[middle] = Hierarchy(base=middle, property=root.property, subtypes=below, root=False,
                                          mapping=tuple((v, r) for v, r in root.mapping if r in below))
    return found


def _schemas_with_unions(data: Any) -> Iterator[tuple[dict[str, Any], str]]:
    """Every (schema, "oneOf" | "anyOf") in the document that has a discriminator."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    visited: set[int] = set()
    while stack:
        node, depth = stack.pop()
        if id(node) in visited or depth > 200:
            continue
        visited.add(id(node))
        if isinstance(node, dict):
            key = _union_key(node)
            if key and isinstance(node.get("discriminator"), dict):
                yield node, key
            stack.extend((v, depth + 1) for k, v in node.items()
                         if isinstance(v, (dict, list)) and k not in _DATA_KEYS and not str(k).startswith("x-"))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))


_LAST_TAGS: list[tuple[Any, dict[str, dict[str, tuple[str, ...]]]]] = []


def tags(data: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    """Target ``$ref`` → discriminator property → the tags that choose it, over every discriminator
    in the document. A hierarchy's base is left out: it is what an unknown tag decodes to, so its
    property stays a plain string.

    The answer for the last document asked about is kept: lowering and the example sampler both
    ask, after the repairs, and each walk covers the whole document. Read-only for callers.
    """
    if _LAST_TAGS and _LAST_TAGS[0][0] is data:
        return _LAST_TAGS[0][1]
    answer = _tags(data)
    _LAST_TAGS[:] = [(data, answer)]
    return answer


def _tags(data: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    found: dict[str, dict[str, list[str]]] = {}

    def add(ref: str, prop: str, value: str) -> None:
        values = found.setdefault(ref, {}).setdefault(prop, [])
        if value not in values:
            values.append(value)

    found_hierarchies = hierarchies(data)
    bases = {ref for ref, h in found_hierarchies.items() if h.root}
    for hierarchy in found_hierarchies.values():
        for value, ref in hierarchy.mapping:
            add(ref, hierarchy.property, value)
    for schema, key in _schemas_with_unions(data):
        prop = schema["discriminator"].get("propertyName")
        if isinstance(prop, str):
            for value, ref in union_mapping(schema, key):
                add(ref, prop, value)
    return {ref: {prop: tuple(values) for prop, values in props.items()}
            for ref, props in found.items() if ref not in bases}
