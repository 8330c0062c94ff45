"""Structural ``$ref``s: every reference a real bundler accepts, made into what OpenAPI allows.

OpenAPI allows a Reference Object in some positions (a parameter, a response, a path item, a
schema...), but bundlers (json-schema-ref-parser behind swagger-cli and Redocly) follow a
``$ref`` anywhere, and multi-file specs rely on it: ``components: {parameters: {$ref: params.yaml}}``,
``paths: {$ref: paths.yaml}``, ``get: {$ref: operations.yaml#/getPet}``, ``responses: {$ref: ...}``.
This pass walks the document by OpenAPI's structure (root → paths → path items → operations →
responses → media types ..., schemas only as far as they reference other files) and

* replaces a ``$ref`` in a position that does not allow one with the value it names (siblings of
  the ``$ref`` win), so validation and lowering see an ordinary OpenAPI document;
* does the same for path items whose target is in another file (3.0 has no Components section
  for path items, so the validator would otherwise never see them);
* leaves every other ``$ref`` as it is, and records the referenced values that live in a bundled
  file (no validated position holds them) in ``Document.unplaced``, by Components section, so
  ``validate.validation_view`` can show them to the validator under reserved names.

A value moved this way is the same object as its source (nothing is copied); ``Document.origins``
maps the new position back to the source, so a diagnostic there names the file and line the value
was written in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.diagnostics import escape_pointer_part
from generator.spec import pointer as _pointer
from generator.spec.loader import BUNDLE_POINTER, Document

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PARAMETER = {"schema": "schema", "content": "map:mediaType", "examples": "map:example", "example": "value"}
# Kind → {field: kind of its value}. "map:K": a mapping whose (non ``x-``) entries are K;
# "list:K": a list of K; "value": an example value (any JSON).
_FIELDS: dict[str, dict[str, str]] = {
    "root": {"paths": "map:pathItem", "webhooks": "map:pathItem", "components": "components"},
    "components": {"schemas": "map:schema", "responses": "map:response", "parameters": "map:parameter",
                   "examples": "map:example", "requestBodies": "map:requestBody", "headers": "map:header",
                   "securitySchemes": "map:securityScheme", "links": "map:link", "callbacks": "map:callback",
                   "pathItems": "map:pathItem"},
    "pathItem": {"parameters": "list:parameter", **{m: "operation" for m in _METHODS}},
    "operation": {"parameters": "list:parameter", "requestBody": "requestBody", "responses": "map:response",
                  "callbacks": "map:callback"},
    "response": {"headers": "map:header", "content": "map:mediaType", "links": "map:link"},
    "mediaType": {"schema": "schema", "examples": "map:example", "example": "value", "encoding": "map:encoding"},
    "encoding": {"headers": "map:header"},
    "parameter": _PARAMETER,
    "header": _PARAMETER,
    "requestBody": {"content": "map:mediaType"},
    "example": {"value": "value"},
    "link": {},
    "securityScheme": {},
}
# Kinds a Reference Object may stand for, and the Components section that holds them.
_SECTION = {"schema": "schemas", "response": "responses", "parameter": "parameters", "example": "examples",
            "requestBody": "requestBodies", "header": "headers", "securityScheme": "securitySchemes",
            "link": "links", "callback": "callbacks", "pathItem": "pathItems"}
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems", "items")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
               "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema")
_BUNDLED = BUNDLE_POINTER + "/"
_MAX_CHAIN = 100
MAX_DEPTH = 200


def ref_holders(data: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (pointer, mapping) for every mapping with a ``$ref``; shared nodes are visited once."""
    stack: list[tuple[str, Any, int]] = [("", data, 0)]
    seen: set[int] = set()
    while stack:
        ptr, node, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise RecursionError(ptr)
        if isinstance(node, dict):
            if "$ref" in node:
                yield ptr, node
            items: Any = node.items()
        else:
            items = enumerate(node)
        for key, value in reversed(list(items)):
            if isinstance(value, (dict, list)):
                stack.append((f"{ptr}/{escape_pointer_part(key)}", value, depth + 1))


def _children(kind: str, node: Any, walk_schemas: bool) -> Iterator[tuple[str | int, str]]:
    """(key, kind) of each child of ``node``, a value of ``kind``."""
    if kind.startswith("map:") or kind == "callback":
        if isinstance(node, dict):
            child = kind[4:] if kind != "callback" else "pathItem"
            yield from ((k, child) for k in node if not str(k).startswith("x-"))
    elif kind.startswith("list:"):
        if isinstance(node, list):
            yield from ((i, kind[5:]) for i in range(len(node)))
    elif kind == "schema":
        if walk_schemas and isinstance(node, dict):
            yield from _schema_children(node)
    elif kind != "value" and isinstance(node, dict):
        yield from ((k, child) for k, child in _FIELDS[kind].items() if k in node)


def _schema_children(node: dict[str, Any]) -> Iterator[tuple[str | int, str]]:
    for key in _SCHEMA_ONE:
        if isinstance(node.get(key), dict):
            yield key, "schema"
    for key in _SCHEMA_MAPS:
        if isinstance(node.get(key), dict):
            yield key, "map:schema"
    for key in _SCHEMA_LISTS:
        if isinstance(node.get(key), list):
            yield key, "list:schema"


class _Placer:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.data = doc.data
        self.walk_schemas = bool(doc.parts)  # only bundled files can hold values no position validates
        self.seen: dict[str, set[int]] = {}
        self.unplaced: dict[str, list[str]] = {}
        self.moved: dict[str, str] = {}  # source pointer → the position it was first moved to

    def run(self) -> None:
        stack: list[tuple[Any, str, str]] = [(self.data, "root", "")]
        while stack:
            node, kind, ptr = stack.pop()
            for key, child_kind in _children(kind, node, self.walk_schemas):
                child = node[key]
                child_ptr = f"{ptr}/{escape_pointer_part(key)}"
                if isinstance(child, dict) and isinstance(child.get("$ref"), str):
                    found = self.reference(node, key, child, child_kind, child_ptr)
                    if found is None:
                        continue
                    child, child_ptr = found
                if not isinstance(child, (dict, list)):
                    continue
                # Ids by kind (sets of ints, not of tuples: those would make the garbage collector
                # walk the whole document again and again on large specs).
                seen = self.seen.get(child_kind)
                if seen is None:
                    seen = self.seen[child_kind] = set()
                if id(child) in seen:
                    continue
                seen.add(id(child))
                stack.append((child, child_kind, child_ptr))
        if self.moved:
            self.redirect()
        self.record_unplaced()

    def follow(self, holder: dict[str, Any]) -> tuple[Any, str] | None:
        """The value a chain of ``$ref``s ends at and its pointer; None when missing or cyclic."""
        node: Any = holder
        ptr = ""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in seen or len(seen) > _MAX_CHAIN:
                return None  # reported by validate.check_refs / check_ref_cycles
            seen.add(ref)
            try:
                ref = _pointer.canonical(self.data, ref)
            except KeyError:
                return None
            node["$ref"] = ref
            node = _pointer.resolve(self.data, ref)
            ptr = ref[1:]
        return node, ptr

    def reference(self, parent: Any, key: str | int, holder: dict[str, Any], kind: str,
                  ptr: str) -> tuple[Any, str] | None:
        """Handle the ``$ref`` at ``ptr``; returns what to walk in its place (None: nothing)."""
        found = self.follow(holder)
        if found is None:
            return None
        target, target_ptr = found
        bundled = target_ptr.startswith(_BUNDLED)
        if kind == "schema" or (kind in _SECTION and not (kind == "pathItem" and bundled)):
            if bundled:
                self.unplaced.setdefault(_SECTION[kind], []).append(target_ptr)
            return target, target_ptr  # walked where it is
        if not _fits(kind, target):
            return None  # the validator says what is wrong with the value
        siblings = {k: v for k, v in holder.items() if k != "$ref"}
        if siblings and isinstance(target, dict):
            value: Any = {**target, **siblings}
            for name in target:
                if name not in siblings:
                    self.move(f"{target_ptr}/{escape_pointer_part(name)}", f"{ptr}/{escape_pointer_part(name)}")
        else:
            value = target
            self.move(target_ptr, ptr)
        parent[key] = value
        return value, ptr

    def move(self, source: str, position: str) -> None:
        self.doc.origins[position] = source
        self.moved.setdefault(source, position)

    def moved_to(self, ptr: str) -> str:
        """Where the value at ``ptr`` (or the moved value holding it) was first moved to."""
        cut = len(ptr)
        while cut > 0:
            position = self.moved.get(ptr[:cut])
            if position is not None:
                return position + ptr[cut:]
            cut = ptr.rfind("/", 0, cut)
        return ptr

    def redirect(self) -> None:
        """Point references to a moved value's source at its new position, so that one value has
        one name (``components/schemas: {$ref: schemas.yaml}`` and ``schemas.yaml#/Pet`` are one
        model ``Pet``, not ``Pet`` and ``Pet2``)."""
        for _ptr, holder in ref_holders(self.data):
            ref = holder["$ref"]
            if isinstance(ref, str) and ref.startswith("#/"):
                new = self.moved_to(ref[1:])
                if new != ref[1:]:
                    holder["$ref"] = "#" + new

    def record_unplaced(self) -> None:
        components = self.data.get("components")
        for section, found in self.unplaced.items():
            pointers = [p for p in map(self.moved_to, found) if p.startswith(_BUNDLED)]
            taken = components.get(section) if isinstance(components, dict) else None
            names = set(taken) if isinstance(taken, dict) else set()
            entries = self.doc.unplaced.setdefault(section, {})
            for target_ptr in dict.fromkeys(pointers):
                n = len(entries) + 1
                while f"generator-file-{n}" in names:
                    n += 1
                name = f"generator-file-{n}"
                names.add(name)
                entries[name] = target_ptr
                self.doc.origins[f"/components/{section}/{name}"] = target_ptr


def _fits(kind: str, value: Any) -> bool:
    if kind == "value":
        return True
    if kind.startswith("list:"):
        return isinstance(value, list)
    return isinstance(value, dict)


def place(doc: Document) -> Document:
    """Resolve ``doc``'s structural ``$ref``s in place (see the module docstring)."""
    if isinstance(doc.data, dict):
        _Placer(doc).run()
    return doc
