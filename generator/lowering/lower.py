"""Lowering: validated OpenAPI document → IR (``ir.Api``) plus diagnostics.

Every naming and ordering decision is made here, once, for the whole API: component schemas claim
their names first, inline schemas then get names derived from where they sit (so adding an
unrelated schema elsewhere does not rename them), and every collision is settled by a suffix in
document order. Nothing here raises for a bad spec: problems become diagnostics.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from generator import ir
from generator.config import ClientConfig
from generator.diagnostics import Diagnostic, escape_pointer_part
from generator.emit.pysource import NotALiteral, literal
from generator.naming import NameTable, module_name, pascal, snake, upper_snake
from generator.spec.loader import Document
from generator.spec.validate import resolve_pointer

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT_METHODS = frozenset({"get", "put", "delete", "options", "head", "trace"})
# Names a generated endpoint function uses for its own keyword arguments.
# Attributes of the runtime's APIResponse that a declared response header must not shadow.
RESERVED_HEADER_ATTRS = frozenset({"http_response", "parsed", "status_code", "headers", "of"})
RESERVED_PARAMS = frozenset({"client", "body", "extra_headers", "extra_query", "timeout", "max_retries"})
# Field names that would shadow names used in annotations inside the model class, or its API.
RESERVED_FIELDS = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "object", "type",
     "to_dict", "from_dict", "additional_properties"}
) | frozenset({"classmethod", "staticmethod", "property"})  # decorators the class body may use
# Class names the package itself uses at the top level or that would read badly.
RESERVED_CLASSES = frozenset({"Client", "AsyncClient", "Any", "Literal", "Unset", "UNSET", "Response"})
# ``annotations``: every module starts with ``from __future__ import annotations``, so a module-level
# function or submodule of that name would rebind it (mypy: "already defined").
FUTURE_NAMES = frozenset({"annotations"})
RESERVED_GROUPS = frozenset({"init", "main"}) | FUTURE_NAMES
# Type checkers take integer literals in ``Literal[...]`` only within a signed 64-bit magnitude.
_LITERAL_INT_MAX = 2**63 - 1


def _literal_ok(value: object) -> bool:
    return not isinstance(value, int) or isinstance(value, bool) or abs(value) <= _LITERAL_INT_MAX
OPERATION_SUFFIXES = ("", "_async", "_with_response", "_with_response_async")

SchemaKind = Literal["model", "enum", "other"]

_VERSION_SEGMENT = re.compile(r"(?i)v?\d+(?:[._]\d+)*(?:alpha\d*|beta\d*)?|api|apis|rest")


def path_group(path: str) -> str:
    """The group of an untagged operation: its path's first literal, non-version segment.

    ``/v1/customers/{id}`` → ``customers``; ``/api/v2/pets`` → ``pets``; ``/`` or ``/{id}`` → ``""``
    (the ``default`` group). A segment with no letters or digits counts as no segment.
    """
    for segment in path.split("/"):
        if not segment or "{" in segment or _VERSION_SEGMENT.fullmatch(segment):
            continue
        if any(ch.isalnum() for ch in segment):
            return segment
    return ""


def _schema_kind(schema: Any) -> SchemaKind:
    """What a (non-$ref) schema becomes; must agree with ``_Lowerer._schema_type``."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return "other"
    if "const" in schema:
        return "other"
    if isinstance(schema.get("enum"), list):
        values = [v for v in schema["enum"] if v is not None]
        if values and (all(isinstance(v, str) for v in values)
                       or all(isinstance(v, int) and not isinstance(v, bool) for v in values)):
            return "enum"
        return "other"
    if isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list):
        return "other"
    if isinstance(schema.get("allOf"), list):
        return "model" if _allof_is_model(schema) else "other"
    if _primary_type(schema) == "object" and isinstance(schema.get("properties"), dict) and schema["properties"]:
        return "model"
    return "other"


def _allof_parts(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The parts of an ``allOf`` that carry a type (not those that only annotate, e.g. nullable)."""
    return [p for p in schema["allOf"] if isinstance(p, dict) and (p.keys() - _ANNOTATIONS or not p)]


def _allof_is_model(schema: dict[str, Any]) -> bool:
    parts = _allof_parts(schema)
    own_props = isinstance(schema.get("properties"), dict) and bool(schema["properties"])
    return len(parts) > 1 or own_props


def _types(schema: dict[str, Any]) -> tuple[list[str], bool]:
    raw = schema.get("type")
    if isinstance(raw, list):
        names = [t for t in raw if isinstance(t, str)]
    elif isinstance(raw, str):
        names = [raw]
    else:
        names = []
    nullable = schema.get("nullable") is True or "null" in names or _allof_says_nullable(schema)
    return [t for t in names if t != "null"], nullable


_ANNOTATIONS = frozenset({"nullable", "description", "title", "example", "examples", "deprecated"})


def _allof_says_nullable(schema: dict[str, Any]) -> bool:
    """``allOf: [{$ref: X}, {nullable: true}]`` (Box): a part that only adds ``nullable``."""
    parts = schema.get("allOf")
    return isinstance(parts, list) and any(
        isinstance(p, dict) and p.get("nullable") is True and not (p.keys() - _ANNOTATIONS) for p in parts)


def _primary_type(schema: dict[str, Any]) -> str:
    names, _ = _types(schema)
    if len(names) == 1:
        return names[0]
    if not names:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
    return ""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


class _Lowerer:
    def __init__(self, doc: Document, config: ClientConfig) -> None:
        self.doc = doc
        self.data: dict[str, Any] = doc.data
        self.config = config
        self.diagnostics: list[Diagnostic] = []
        self.class_names = NameTable(RESERVED_CLASSES)
        self.module_names = NameTable(FUTURE_NAMES, casefold=True)
        self.decls: dict[str, ir.Model | ir.Enum | ir.Alias] = {}
        self.ref_names: dict[str, str] = {}
        self.ref_types: dict[str, ir.TypeExpr] = {}
        self.in_progress: set[str] = set()

    # -- diagnostics ---------------------------------------------------------------------------
    def warn(self, code: str, message: str, ptr: str) -> None:
        self.diagnostics.append(self.doc.diagnostic("warning", code, message, ptr))

    def error(self, code: str, message: str, ptr: str) -> None:
        self.diagnostics.append(self.doc.diagnostic("error", code, message, ptr))

    # -- schemas -------------------------------------------------------------------------------
    def resolve(self, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains (not schemas' own refs); returns the target and its pointer."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#"):
                self.error("ref-cycle", f"$ref {ref[:200]!r} refers to itself", ptr)
                return None, ptr
            seen.add(ref)
            try:
                node = resolve_pointer(self.data, ref)
            except KeyError:
                self.error("ref-missing", f"$ref target {ref[:200]!r} does not exist", ptr)
                return None, ptr
            ptr = ref[1:]
        return node, ptr

    def claim_class(self, hint: str) -> str:
        name = self.class_names.claim(pascal(hint))
        return name

    def add_decl(self, decl: ir.Model | ir.Enum | ir.Alias) -> None:
        self.decls[decl.name] = decl

    def name_components(self) -> None:
        schemas = self.data.get("components", {}).get("schemas", {})
        if not isinstance(schemas, dict):
            return
        for key in schemas:
            ref = "#/components/schemas/" + escape_pointer_part(key)
            self.ref_names[ref] = self.claim_class(str(key))

    def lower_components(self) -> None:
        for ref in list(self.ref_names):
            self.ref_type(ref, ref[1:])

    def ref_type(self, ref: str, ptr: str) -> ir.TypeExpr:
        if ref in self.ref_types:
            return self.ref_types[ref]
        try:
            target = resolve_pointer(self.data, ref)
        except KeyError:
            self.error("ref-missing", f"$ref target {ref[:200]!r} does not exist", ptr)
            return ir.AnyType()
        if ref in self.in_progress:
            name = self.ref_names.get(ref, "")
            kind = _schema_kind(target)
            nullable = isinstance(target, dict) and _types(target)[1]
            base: ir.TypeExpr
            if kind == "model" and name:
                base = ir.ModelRef(name=name)
            elif kind == "enum" and name:
                base = ir.EnumRef(name=name)
            else:
                self.warn("recursive-alias", f"schema {ref[:200]!r} refers to itself without an object "
                          "in between; typed as Any", ptr)
                return ir.AnyType()
            return ir.Nullable(inner=base) if nullable else base
        if ref not in self.ref_names:
            # A $ref to a schema that is not a component (e.g. a property of one): name it by path.
            self.ref_names[ref] = self.claim_class(ref.rsplit("/", 1)[-1])
        self.in_progress.add(ref)
        try:
            t = self.schema_type(target, self.ref_names[ref], ref[1:], own_name=True)
        finally:
            self.in_progress.discard(ref)
        name = self.ref_names[ref]
        if name not in self.decls and not isinstance(t, ir.AnyType) and isinstance(target, dict):
            self.add_decl(ir.Alias(name=name, module=self.module_names.claim(module_name(name)),
                                   pointer=ref[1:], description=_text(target.get("description")), type=t))
        self.ref_types[ref] = t
        return t

    def schema_type(self, schema: Any, hint: str, ptr: str, *, own_name: bool = False) -> ir.TypeExpr:
        """The type of ``schema``; object and enum schemas become declarations named from ``hint``."""
        if schema is True or schema is None or schema == {}:
            return ir.AnyType()
        if not isinstance(schema, dict):
            self.warn("schema-invalid", "schema is not an object; typed as Any", ptr)
            return ir.AnyType()
        if "$ref" in schema:
            ref = schema["$ref"]
            if not isinstance(ref, str):
                return ir.AnyType()
            t = self.ref_type(ref, ptr)
            if schema.get("nullable") is True and not isinstance(t, (ir.Nullable, ir.AnyType)):
                t = ir.Nullable(inner=t)
            return t
        _, nullable = _types(schema)
        t = self._schema_type_inner(schema, hint, ptr, own_name)
        if nullable and not isinstance(t, (ir.Nullable, ir.AnyType)):
            return ir.Nullable(inner=t)
        return t

    def _decl_name(self, hint: str, own_name: bool) -> str:
        return hint if own_name else self.claim_class(hint)

    def _schema_type_inner(self, schema: dict[str, Any], hint: str, ptr: str, own_name: bool) -> ir.TypeExpr:
        kind = _schema_kind(schema)
        if "const" in schema:
            value = schema["const"]
            if isinstance(value, (str, int, bool)):
                return ir.LiteralOf(values=(value,)) if _literal_ok(value) else ir.Primitive(kind="int")
            return ir.AnyType()
        if kind == "enum":
            return self.enum_type(schema, self._decl_name(hint, own_name), ptr)
        if isinstance(schema.get("enum"), list):
            values = tuple(v for v in schema["enum"] if v is not None)
            if values and all(isinstance(v, bool) for v in values):
                return ir.Primitive(kind="bool")
            if values and all(isinstance(v, (str, int, bool)) for v in values):
                if not all(_literal_ok(v) for v in values):
                    return ir.Primitive(kind="int") if all(isinstance(v, int) for v in values) else ir.AnyType()
                return ir.LiteralOf(values=values)
            return ir.AnyType()
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return self.union_type(schema, key, hint, ptr)
        if kind == "model":
            if isinstance(schema.get("allOf"), list):
                return self.allof_model(schema, self._decl_name(hint, own_name), ptr)
            return self.model(schema, self._decl_name(hint, own_name), ptr,
                              list(schema["properties"].items()), ptr + "/properties", schema.get("required"))
        if isinstance(schema.get("allOf"), list):
            parts = _allof_parts(schema)
            if len(parts) == 1:
                return self.schema_type(parts[0], hint, f"{ptr}/allOf/{schema['allOf'].index(parts[0])}")
            return ir.AnyType()
        names, _ = _types(schema)
        if len(names) > 1:
            return ir.UnionOf(variants=tuple(
                self.schema_type({**schema, "type": n}, hint, ptr) for n in names))
        primary = _primary_type(schema)
        if primary == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return ir.MapOf(value=self.schema_type(extra, hint + "Value", ptr + "/additionalProperties"))
            return ir.MapOf(value=ir.AnyType())
        if primary == "array":
            items = schema.get("items")
            return ir.ListOf(item=self.schema_type(items, hint + "Item", ptr + "/items"))
        if primary == "string":
            fmt = schema.get("format")
            return ir.Primitive(kind={
                "date-time": "datetime", "date": "date", "time": "time", "uuid": "uuid",
                "byte": "bytes", "binary": "binary", "decimal": "decimal",
            }.get(fmt if isinstance(fmt, str) else "", "str"))  # type: ignore[arg-type]
        if primary == "integer":
            return ir.Primitive(kind="int")
        if primary == "number":
            return ir.Primitive(kind="float")
        if primary == "boolean":
            return ir.Primitive(kind="bool")
        return ir.AnyType()

    def enum_type(self, schema: dict[str, Any], name: str, ptr: str) -> ir.TypeExpr:
        values = [v for v in schema["enum"] if v is not None]
        base: Literal["str", "int"] = "str" if isinstance(values[0], str) else "int"
        custom = schema.get("x-enum-varnames")
        custom_names = custom if isinstance(custom, list) and len(custom) == len(schema["enum"]) else None
        table = NameTable()
        members: list[ir.EnumMember] = []
        seen_values: set[str | int] = set()
        for index, value in enumerate(schema["enum"]):
            if value is None or value in seen_values:
                continue
            seen_values.add(value)
            if custom_names is not None and isinstance(custom_names[index], str):
                wanted = upper_snake(custom_names[index])
            elif isinstance(value, str):
                wanted = upper_snake(value, fallback="EMPTY" if value == "" else "VALUE")
            else:
                wanted = f"VALUE_{value}" if value >= 0 else f"VALUE_MINUS_{-value}"
            members.append(ir.EnumMember(py_name=table.claim(wanted), value=value, value_source=literal(value)))
        self.add_decl(ir.Enum(name=name, module=self.module_names.claim(module_name(name)), pointer=ptr,
                              description=_text(schema.get("description")) or _text(schema.get("title")),
                              base=base, members=tuple(members)))
        return ir.EnumRef(name=name)

    def union_type(self, schema: dict[str, Any], key: str, hint: str, ptr: str) -> ir.TypeExpr:
        variants: list[ir.TypeExpr] = []
        nullable = False
        for index, variant in enumerate(schema[key]):
            vptr = f"{ptr}/{key}/{index}"
            if isinstance(variant, dict) and _types(variant)[0] == [] and _types(variant)[1] \
                    and len(variant) == 1:
                nullable = True  # {type: "null"}
                continue
            title = variant.get("title") if isinstance(variant, dict) else None
            vhint = title if isinstance(title, str) and title else f"{hint}Option{index + 1}"
            t = self.schema_type(variant, vhint, vptr)
            if isinstance(t, ir.Nullable):
                nullable, t = True, t.inner
            if t not in variants:
                variants.append(t)
        if not variants:
            return ir.AnyType()
        if any(isinstance(v, ir.AnyType) for v in variants):
            result: ir.TypeExpr = ir.AnyType()
        elif len(variants) == 1:
            result = variants[0]
        else:
            result = ir.UnionOf(variants=tuple(variants), discriminator=self.discriminator(schema, key, ptr))
        return ir.Nullable(inner=result) if nullable and not isinstance(result, ir.AnyType) else result

    def discriminator(self, schema: dict[str, Any], key: str, ptr: str) -> ir.Discriminator | None:
        disc = schema.get("discriminator")
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            return None
        pairs: list[tuple[str, str]] = []
        mapping = disc.get("mapping")
        if isinstance(mapping, dict):
            for value, ref in mapping.items():
                if isinstance(ref, str):
                    full = ref if ref.startswith("#") else "#/components/schemas/" + ref
                    t = self.ref_type(full, ptr + "/discriminator/mapping")
                    if isinstance(t, ir.ModelRef):
                        pairs.append((str(value), t.name))
        for variant in schema[key]:
            if isinstance(variant, dict) and isinstance(variant.get("$ref"), str):
                ref = variant["$ref"]
                t = self.ref_type(ref, ptr)
                value = ref.rsplit("/", 1)[-1]
                if isinstance(t, ir.ModelRef) and all(v != value for v, _ in pairs) \
                        and all(m != t.name for _, m in pairs):
                    pairs.append((value, t.name))
        return ir.Discriminator(property_wire_name=disc["propertyName"], mapping=tuple(pairs))

    def allof_model(self, schema: dict[str, Any], name: str, ptr: str) -> ir.TypeExpr:
        properties: dict[str, tuple[Any, str]] = {}
        required: list[Any] = []
        description = _text(schema.get("description"))
        stack_guard: set[int] = set()

        def collect(part: Any, part_ptr: str) -> None:
            part, part_ptr = self.resolve(part, part_ptr)
            if not isinstance(part, dict) or id(part) in stack_guard:
                return
            stack_guard.add(id(part))
            for index, sub in enumerate(part.get("allOf") or ()):
                collect(sub, f"{part_ptr}/allOf/{index}")
            props = part.get("properties")
            if isinstance(props, dict):
                for key, value in props.items():
                    properties[str(key)] = (value, f"{part_ptr}/properties/{escape_pointer_part(key)}")
            if isinstance(part.get("required"), list):
                required.extend(part["required"])

        for index, part in enumerate(schema["allOf"]):
            collect(part, f"{ptr}/allOf/{index}")
        own = {k: v for k, v in schema.items() if k != "allOf"}
        collect(own, ptr)
        if not description:
            description = _text(schema.get("title"))
        return self.model({**schema, "description": description}, name, ptr,
                          [(k, v[0]) for k, v in properties.items()], ptr + "/properties", required,
                          prop_ptrs={k: v[1] for k, v in properties.items()})

    def model(self, schema: dict[str, Any], name: str, ptr: str, props: list[tuple[Any, Any]],
              props_ptr: str, required_raw: Any, prop_ptrs: Mapping[str, str] | None = None) -> ir.TypeExpr:
        module = self.module_names.claim(module_name(name))
        required = {r for r in required_raw if isinstance(r, str)} if isinstance(required_raw, list) else set()
        py_names = NameTable(RESERVED_FIELDS)
        fields: list[ir.Field] = []
        secret_names = set(self.config.secret_fields)
        # Register first so recursive references see a model.
        self.add_decl(ir.Model(name=name, module=module, pointer=ptr, description="", fields=(), additional=None))
        for wire, prop in props:
            wire = str(wire)
            fptr = (prop_ptrs or {}).get(wire) or f"{props_ptr}/{escape_pointer_part(wire)}"
            resolved, _ = self.resolve(prop, fptr)
            info = resolved if isinstance(resolved, dict) else {}
            t = self.schema_type(prop, name + pascal(wire, fallback="Field"), fptr)
            is_required = wire in required
            default = self.default_source(info.get("default", _MISSING), t, fptr + "/default")
            if isinstance(t, ir.LiteralOf) and len(t.values) == 1 and default is None:
                default = literal(t.values[0])  # a const needs no argument
            fields.append(ir.Field(
                wire_name=wire,
                py_name=py_names.claim(snake(wire, fallback="field", reserved=RESERVED_FIELDS)),
                type=t,
                required=is_required,
                description=_text(info.get("description")) or _text(info.get("title")),
                default_source=default if not is_required or isinstance(t, ir.LiteralOf) else None,
                read_only=info.get("readOnly") is True,
                write_only=info.get("writeOnly") is True,
                secret=(info.get("format") == "password" or info.get("writeOnly") is True
                        or wire in secret_names),
                deprecated=info.get("deprecated") is True,
            ))
        extra = schema.get("additionalProperties", True)
        additional: ir.TypeExpr | None
        if extra is False:
            additional = None
        elif isinstance(extra, dict) and extra:
            additional = self.schema_type(extra, name + "Value", ptr + "/additionalProperties")
        else:
            additional = ir.AnyType()
        self.add_decl(ir.Model(
            name=name, module=module, pointer=ptr,
            description=_text(schema.get("description")) or _text(schema.get("title")),
            fields=tuple(fields), additional=additional, deprecated=schema.get("deprecated") is True,
        ))
        return ir.ModelRef(name=name)

    def default_source(self, value: Any, t: ir.TypeExpr, ptr: str) -> str | None:
        if value is _MISSING:
            return None
        base = t.inner if isinstance(t, ir.Nullable) else t
        if value is None:
            return "None" if isinstance(t, ir.Nullable) else None
        ok = False
        match base:
            case ir.Primitive(kind="str"):
                ok = isinstance(value, str)
            case ir.Primitive(kind="int"):
                if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value) < 30:
                    self.warn("default-coerced", f"integer default is written as the string {value!r}; "
                              f"read as {int(value)}", ptr)
                    value = int(value)
                ok = isinstance(value, int) and not isinstance(value, bool)
            case ir.Primitive(kind="float"):
                ok = isinstance(value, (int, float)) and not isinstance(value, bool)
                value = float(value) if ok else value
            case ir.Primitive(kind="bool"):
                ok = isinstance(value, bool)
            case ir.LiteralOf(values=values):
                ok = value in values
            case ir.EnumRef(name=enum_name):
                decl = self.decls.get(enum_name)
                if isinstance(decl, ir.Enum):
                    for member in decl.members:
                        if member.value == value and type(member.value) is type(value):
                            return f"{enum_name}.{member.py_name}"
            case _:
                return None  # structured defaults are left to the server
        if not ok:
            self.warn("default-mismatch", f"default {str(value)[:80]!r} does not match the schema's type; "
                      "ignored", ptr)
            return None
        try:
            return literal(value)
        except NotALiteral as exc:
            self.warn("default-invalid", f"default cannot be represented: {exc}", ptr)
            return None

    # -- operations ----------------------------------------------------------------------------
    def security_schemes(self) -> tuple[ir.SecurityScheme, ...]:
        raw = self.data.get("components", {}).get("securitySchemes", {})
        if not isinstance(raw, dict):
            return ()
        schemes: list[ir.SecurityScheme] = []
        py_names = NameTable(RESERVED_PARAMS | {"base_url", "headers", "transport", "http_client",
                                                "follow_redirects"})
        prefix = upper_snake(self.config.package)
        first_token = True
        for key, scheme in raw.items():
            scheme, sptr = self.resolve(scheme, "/components/securitySchemes/" + escape_pointer_part(key))
            if not isinstance(scheme, dict):
                continue
            kind_raw = scheme.get("type")
            http_scheme = str(scheme.get("scheme", "")).lower()
            location: Literal["header", "query", "cookie"] = "header"
            param = "Authorization"
            if kind_raw == "http" and http_scheme == "basic":
                kind: Literal["bearer", "basic", "apiKey"] = "basic"
                wanted = "basic_auth"
            elif kind_raw in ("http", "oauth2", "openIdConnect"):
                kind = "bearer"
                wanted = "token" if first_token else snake(str(key)) + "_token"
            elif kind_raw == "apiKey" and scheme.get("in") in ("header", "query", "cookie") \
                    and isinstance(scheme.get("name"), str):
                kind = "apiKey"
                location = scheme["in"]
                param = scheme["name"]
                wanted = snake(str(key), fallback="api_key")
            else:
                self.warn("security-unsupported", f"security scheme {str(key)!r} of type {kind_raw!r} is not "
                          "supported; operations that need only it are sent without credentials", sptr)
                continue
            if kind == "bearer" and first_token:
                env = self.config.token_env or f"{prefix}_TOKEN"
                first_token = False
            else:
                env = f"{prefix}_{upper_snake(str(key))}"
            schemes.append(ir.SecurityScheme(
                key=str(key), kind=kind, location=location, param_name=param,
                py_name=py_names.claim(wanted), env_var=env, description=_text(scheme.get("description"))))
        return tuple(schemes)

    def security_of(self, requirements: Any, known: set[str], ptr: str) -> tuple[tuple[str, ...], ...]:
        if not isinstance(requirements, list):
            return ()
        alternatives: list[tuple[str, ...]] = []
        for req in requirements:
            if not isinstance(req, dict):
                continue
            names = tuple(str(k) for k in req)
            unknown = [n for n in names if n not in known]
            if unknown:
                self.warn("security-unknown", f"security requirement names unknown scheme(s) {unknown}", ptr)
                continue
            alternatives.append(names)
        # An empty requirement makes authentication optional; it stays in the IR (as ``()``) so the
        # client still sends credentials it has. Only an empty list means no authentication at all.
        return tuple(alternatives)

    def operations(self, schemes: tuple[ir.SecurityScheme, ...]) -> tuple[ir.Operation, ...]:
        paths = self.data.get("paths") or {}
        if not isinstance(paths, dict):
            return ()
        overrides = dict(self.config.operation_names)
        op_names = NameTable(RESERVED_PARAMS | FUTURE_NAMES)
        groups: dict[str, str] = {}
        group_names = NameTable(RESERVED_GROUPS, casefold=True)
        known = {s.key for s in schemes}
        global_security = self.data.get("security", [])
        result: list[ir.Operation] = []
        for path, item in paths.items():
            item_ptr = "/paths/" + escape_pointer_part(path)
            item, _ = self.resolve(item, item_ptr)
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                ptr = f"{item_ptr}/{method}"
                if op.get("callbacks"):
                    self.warn("callbacks-skipped", "callbacks are not generated", ptr + "/callbacks")
                op_id = op.get("operationId")
                override = overrides.pop(f"{method.upper()} {path}", None)
                if override:
                    wanted = snake(override)
                elif isinstance(op_id, str) and op_id:
                    wanted = snake(op_id, fallback="operation")
                else:
                    wanted = snake(method + " " + str(path).replace("{", " by ").replace("}", " "))
                    self.warn("operation-id-missing", f"{method.upper()} {path} has no operationId; "
                              f"named {wanted!r} (set operation_names in the configuration to choose)", ptr)
                py_name = self._claim_operation(op_names, wanted)
                tags = op.get("tags")
                # Untagged operations are grouped by path (/v1/customers/{id} → customers), so no
                # module holds a whole API; the key depends on the operation alone, so it is stable.
                segment = path_group(str(path))
                tag = str(tags[0]) if isinstance(tags, list) and tags else "\0" + segment if segment else "default"
                if tag not in groups:
                    groups[tag] = group_names.claim(module_name(tag.lstrip("\0")))
                security = self.security_of(op.get("security", global_security), known, ptr + "/security")
                result.append(self.operation(op, item, path, method, ptr, py_name, groups[tag], security))
        for key in overrides:
            self.warn("config-unused", f"operation_names entry {key!r} matches no operation", "")
        return tuple(result)

    @staticmethod
    def _claim_operation(table: NameTable, wanted: str) -> str:
        """Claim a name whose sync, async and raw-response variants are all still free."""
        n = 1
        while True:
            candidate = wanted if n == 1 else f"{wanted}_{n}"
            forms = [candidate + suffix for suffix in OPERATION_SUFFIXES]
            if not any(table.taken(f) for f in forms):
                for form in forms:
                    table.claim(form)
                return candidate
            n += 1

    def operation(self, op: dict[str, Any], item: dict[str, Any], path: str, method: str, ptr: str,
                  py_name: str, group: str, security: tuple[tuple[str, ...], ...]) -> ir.Operation:
        hint = pascal(py_name)
        params = self.parameters(op, item, ptr, hint)
        body = self.request_body(op.get("requestBody"), ptr + "/requestBody", hint)
        responses = self.responses(op.get("responses"), ptr + "/responses", hint)
        idempotent = method in IDEMPOTENT_METHODS or op.get("x-idempotent") is True
        return ir.Operation(
            py_name=py_name, operation_id=_text(op.get("operationId")), method=method.upper(), path=str(path),
            pointer=ptr, group=group, summary=_text(op.get("summary")), description=_text(op.get("description")),
            parameters=params, body=body, responses=responses, security=security, idempotent=idempotent,
            deprecated=op.get("deprecated") is True,
        )

    def parameters(self, op: dict[str, Any], item: dict[str, Any], ptr: str, hint: str) -> tuple[ir.Parameter, ...]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for owner, owner_ptr in ((item, ptr.rsplit("/", 1)[0]), (op, ptr)):
            raw = owner.get("parameters")
            if not isinstance(raw, list):
                continue
            for index, param in enumerate(raw):
                param, pptr = self.resolve(param, f"{owner_ptr}/parameters/{index}")
                if isinstance(param, dict) and isinstance(param.get("name"), str) \
                        and param.get("in") in ("path", "query", "header", "cookie"):
                    merged[(param["in"], param["name"])] = (param, pptr)
        names = NameTable(RESERVED_PARAMS)
        result: list[ir.Parameter] = []
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        for (location, wire), (param, pptr) in sorted(merged.items(), key=lambda kv: order[kv[0][0]]):
            if location == "header" and wire.lower() in ("accept", "content-type", "authorization"):
                continue  # set by the client itself
            schema = param.get("schema")
            content = param.get("content")
            if schema is None and isinstance(content, dict) and content:
                first = next(iter(content.values()))
                schema = first.get("schema") if isinstance(first, dict) else None
            t = self.schema_type(schema, hint + pascal(wire, fallback="Param"), pptr + "/schema")
            raw_style, raw_explode = param.get("style"), param.get("explode")
            style = raw_style if isinstance(raw_style, str) else (
                "form" if location in ("query", "cookie") else "simple")
            explode = raw_explode if isinstance(raw_explode, bool) else style == "form"
            required = location == "path" or param.get("required") is True
            info, _ = self.resolve(schema, pptr + "/schema")
            result.append(ir.Parameter(
                wire_name=wire, py_name=names.claim(snake(wire, fallback="param", reserved=RESERVED_PARAMS)),
                location=location,  # type: ignore[arg-type]
                type=t, required=required, description=_text(param.get("description")),
                style=style, explode=explode, deprecated=param.get("deprecated") is True,
                default_source=None if required or not isinstance(info, dict)
                else self.default_source(info.get("default", _MISSING), t, pptr + "/schema/default"),
            ))
        return tuple(result)

    @staticmethod
    def pick_media(content: dict[str, Any]) -> tuple[str, str] | None:
        ranked: list[tuple[int, str, str]] = []
        for media in content:
            m = str(media).split(";")[0].strip().lower()
            if m == "application/json":
                ranked.append((0, str(media), "json"))
            elif m.endswith(("+json", "/json")):
                ranked.append((1, str(media), "json"))
            elif m == "application/x-www-form-urlencoded":
                ranked.append((2, str(media), "form"))
            elif m == "multipart/form-data":
                ranked.append((3, str(media), "multipart"))
            elif m.startswith("text/"):
                ranked.append((4, str(media), "text"))
            else:
                ranked.append((5, str(media), "binary"))
        if not ranked:
            return None
        ranked.sort(key=lambda r: r[0])
        return ranked[0][1], ranked[0][2]

    def request_body(self, raw: Any, ptr: str, hint: str) -> ir.RequestBody | None:
        if raw is None:
            return None
        body, bptr = self.resolve(raw, ptr)
        if not isinstance(body, dict) or not isinstance(body.get("content"), dict):
            return None
        picked = self.pick_media(body["content"])
        if picked is None:
            return None
        media, kind = picked
        entry = body["content"][media]
        schema = entry.get("schema") if isinstance(entry, dict) else None
        mptr = f"{bptr}/content/{escape_pointer_part(media)}/schema"
        t: ir.TypeExpr
        if kind == "binary":
            t = ir.Primitive(kind="binary")
        elif kind == "text":
            t = ir.Primitive(kind="str")
        else:
            t = self.schema_type(schema, hint + "Body", mptr)
        return ir.RequestBody(media_type=media, kind=kind,  # type: ignore[arg-type]
                              type=t, required=body.get("required") is True,
                              description=_text(body.get("description")))

    def responses(self, raw: Any, ptr: str, hint: str) -> tuple[ir.Response, ...]:
        if not isinstance(raw, dict):
            return ()
        statuses = [str(k).upper() if str(k).lower() != "default" else "default" for k in raw]
        successes = [s for s in statuses if s.startswith("2")]
        result: list[ir.Response] = []
        for key, status in zip(raw, statuses):
            rptr = f"{ptr}/{escape_pointer_part(key)}"
            response, rptr = self.resolve(raw[key], rptr)
            if not isinstance(response, dict):
                continue
            is_success = status.startswith("2") or (status == "default" and not successes)
            if is_success:
                name = hint + "Response" + ("" if len(successes) <= 1 else status.replace("X", "xx"))
            else:
                name = hint + ("Error" if status == "default" else "Error" + status.replace("X", "xx"))
            content = response.get("content")
            picked = self.pick_media(content) if isinstance(content, dict) else None
            if picked is None:
                kind, media, t = "empty", "", None
            else:
                media, kind = picked
                entry = content[media] if isinstance(content, dict) else None
                schema = entry.get("schema") if isinstance(entry, dict) else None
                if kind in ("json", "form", "multipart"):
                    kind = "json"
                    t = self.schema_type(schema, name, f"{rptr}/content/{escape_pointer_part(media)}/schema")
                elif kind == "text":
                    t = ir.Primitive(kind="str")
                else:
                    t = ir.Primitive(kind="binary")
            result.append(ir.Response(status=status, description=_text(response.get("description")),
                                      media_type=media, kind=kind,  # type: ignore[arg-type]
                                      type=t, headers=self.response_headers(response, rptr, name)))
        return tuple(result)

    def response_headers(self, response: dict[str, Any], ptr: str, hint: str) -> tuple[ir.ResponseHeader, ...]:
        """Declared response headers, in spec order; names are attributes of a generated response class."""
        raw = response.get("headers")
        if not isinstance(raw, dict):
            return ()
        names = NameTable(RESERVED_HEADER_ATTRS)
        result: list[ir.ResponseHeader] = []
        for wire, header in raw.items():
            hptr = f"{ptr}/headers/{escape_pointer_part(str(wire))}"
            header, hptr = self.resolve(header, hptr)
            if not isinstance(header, dict) or str(wire).lower() == "content-type":
                continue  # OpenAPI: a Content-Type entry in headers is ignored
            t = self.schema_type(header.get("schema"), hint + pascal(str(wire), fallback="Header"),
                                 hptr + "/schema")
            result.append(ir.ResponseHeader(
                wire_name=str(wire), py_name=names.claim(snake(str(wire), fallback="header")), type=t,
                required=header.get("required") is True, description=_text(header.get("description"))))
        return tuple(result)

    # -- the whole API -------------------------------------------------------------------------
    def base_url(self) -> str:
        if self.config.base_url:
            return self.config.base_url
        servers = self.data.get("servers")
        if isinstance(servers, list) and servers and isinstance(servers[0], dict):
            url = servers[0].get("url")
            if isinstance(url, str):
                variables = servers[0].get("variables")
                if isinstance(variables, dict):
                    for var, spec in variables.items():
                        if isinstance(spec, dict) and "default" in spec:
                            url = url.replace("{" + str(var) + "}", str(spec["default"]))
                return url
        return ""

    def lower(self) -> ir.Api:
        raw_info = self.data.get("info")
        info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
        if self.data.get("webhooks"):
            self.warn("webhooks-skipped", "webhooks are not generated (a client does not receive them)",
                      "/webhooks")
        self.name_components()
        self.lower_components()
        schemes = self.security_schemes()
        operations = self.operations(schemes)
        decls = sorted(self.decls.values(), key=lambda d: d.name)
        return ir.Api(
            title=_text(info.get("title")) or "API",
            version=str(info.get("version", "")),
            description=_text(info.get("description")),
            base_url=self.base_url(),
            spec_name=self.doc.path.name,
            models=tuple(d for d in decls if isinstance(d, ir.Model)),
            enums=tuple(d for d in decls if isinstance(d, ir.Enum)),
            aliases=tuple(d for d in decls if isinstance(d, ir.Alias)),
            operations=operations,
            security_schemes=schemes,
        )


_MISSING: Any = object()


def lower(doc: Document, config: ClientConfig) -> tuple[ir.Api, list[Diagnostic]]:
    lowerer = _Lowerer(doc, config)
    api = lowerer.lower()
    return api, lowerer.diagnostics
