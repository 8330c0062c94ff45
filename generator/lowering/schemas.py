"""The schema pass: component and inline schemas become IR types and declarations.

Component schemas claim their names first (``name_components``), inline schemas then get names
derived from where they sit (so adding an unrelated schema elsewhere does not rename them), and
every collision is settled by a suffix in document order. Nothing here raises for a bad spec:
problems become diagnostics.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Literal

from generator import ir
from generator.emit.pysource import NotALiteral, literal
from generator.lowering import wire as _wire
from generator.lowering.classify import (
    JSON_TYPES,
    admits_null,
    allof_parts,
    allof_primitive,
    is_null_type,
    json_types,
    primary_type,
    schema_kind,
)
from generator.lowering.context import (
    FUTURE_NAMES,
    MISSING,
    RESERVED_CLASSES,
    RESERVED_FIELDS,
    Context,
    Pass,
    literal_ok,
    text,
)
from generator.lowering.derive import field_init
from generator.naming import NameTable, module_name, pascal, snake, upper_snake
from generator.spec import discriminators
from generator.spec.pointer import escape as escape_pointer_part
from generator.spec.pointer import resolve_pointer


class SchemaPass(Pass):
    """Schemas → types; object and enum schemas become ``ir.Model`` / ``ir.Enum`` / ``ir.Alias``."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.class_names = NameTable(RESERVED_CLASSES)
        self.module_names = NameTable(FUTURE_NAMES, casefold=True)
        self.decls: dict[str, ir.Model | ir.Enum | ir.Alias] = {}
        self.ref_names: dict[str, str] = {}
        self.ref_types: dict[str, ir.TypeExpr] = {}
        self.in_progress: set[str] = set()
        # allOf inheritance: base $ref → its hierarchy; every subtype is a model, even one that only
        # extends the base (``allOf: [{$ref: Animal}]``), since its tag tells it apart.
        self.hierarchies = discriminators.hierarchies(self.data)
        self.subtypes = {ref for h in self.hierarchies.values() for ref in h.subtypes}
        self.polymorphic_types: dict[str, ir.TypeExpr] = {}
        # Property wire name → (its class-name part, its snake_case field name), for this run:
        # the same few property names (id, object, metadata, ...) recur across a spec's models.
        self.property_names: dict[str, tuple[str, str]] = {}
        # An enum's values (see ``_members_key``) → its members, for this run: specs repeat inline
        # enums (Stripe's spec has 618 enum lists, 202 of them distinct).
        self.enum_members: dict[tuple[tuple[type, Any], ...], tuple[ir.EnumMember, ...]] = {}

    def run(self) -> None:
        """Name every component schema, then lower each (inline schemas are named as met)."""
        self.name_components()
        self.lower_components()

    def quiet(self, schema: Any) -> Any:
        """``schema`` with its ``$ref`` chain followed, reporting nothing (None when broken):
        for questions about a schema's shape; ``resolve`` reports the broken references."""
        for _ in range(64):
            if not isinstance(schema, dict) or not isinstance(schema.get("$ref"), str):
                return schema
            try:
                schema = resolve_pointer(self.data, schema["$ref"])
            except KeyError:
                return None
        return None

    def nullable(self, schema: dict[str, Any]) -> bool:
        return self._nullable(schema, json_types(schema)[1])

    def _nullable(self, schema: dict[str, Any], says_null: bool) -> bool:
        """Whether ``schema`` admits null, given what its ``json_types`` say (``says_null``)."""
        return says_null or ("allOf" in schema and admits_null(schema, self.quiet))

    def property_name(self, wire: str) -> tuple[str, str]:
        """The names made from property ``wire``: its part of a class name, and its field name."""
        names = self.property_names.get(wire)
        if names is None:
            names = self.property_names[wire] = (
                pascal(wire, fallback="Field"), snake(wire, fallback="field", reserved=RESERVED_FIELDS))
        return names

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
            kind = "model" if ref in self.subtypes else schema_kind(target, self.quiet)
            nullable = isinstance(target, dict) and self.nullable(target)
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
            self.ref_names[ref] = self.claim_class(self.ctx.doc.name_hint(ref[1:]))
        self.in_progress.add(ref)
        try:
            t = self.schema_type(target, self.ref_names[ref], ref[1:], own_name=True)
        finally:
            self.in_progress.discard(ref)
        name = self.ref_names[ref]
        if name not in self.decls and not isinstance(t, ir.AnyType) and isinstance(target, dict):
            self.add_decl(ir.Alias(name=name, module=self.module_names.claim(module_name(name)),
                                   pointer=ref[1:], description=text(target.get("description")), type=t))
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
            t = self.polymorphic(ref, self.ref_type(ref, ptr), ptr)
            if schema.get("nullable") is True and not isinstance(t, (ir.Nullable, ir.AnyType)):
                t = ir.Nullable(inner=t)
            return t
        if is_null_type(schema):
            return ir.Primitive(kind="null")
        # Classified once here, not again by each question below (lowering asks it of every schema).
        names, says_null = json_types(schema)
        nullable = self._nullable(schema, says_null)
        t = self._schema_type_inner(schema, hint, ptr, own_name, names)
        if nullable and not isinstance(t, (ir.Nullable, ir.AnyType)) and t != ir.Primitive(kind="null"):
            return ir.Nullable(inner=t)
        return t

    def _decl_name(self, hint: str, own_name: bool) -> str:
        return hint if own_name else self.claim_class(hint)

    def _schema_type_inner(self, schema: dict[str, Any], hint: str, ptr: str, own_name: bool,
                           names: list[str] | None = None) -> ir.TypeExpr:
        """``schema_type`` below nullability; ``names``: the schema's ``json_types`` names, when known."""
        if names is None:
            names, _ = json_types(schema)
        kind = schema_kind(schema, self.quiet, names)
        if "const" in schema:
            value = schema["const"]
            if isinstance(value, (str, int, bool)):
                return ir.LiteralOf(values=(value,)) if literal_ok(value) else ir.Primitive(kind="int")
            if isinstance(value, float):  # typing.Literal takes no floats: the type, checked as such
                return ir.Primitive(kind="float")
            return ir.AnyType()
        self.check_type_names(schema, ptr)
        if kind == "enum":
            return self.enum_type(schema, self._decl_name(hint, own_name), ptr)
        if isinstance(schema.get("enum"), list):
            values = tuple(v for v in schema["enum"] if v is not None)
            if values and all(isinstance(v, bool) for v in values):
                return ir.Primitive(kind="bool")
            if values and all(isinstance(v, (str, int, bool)) for v in values):
                if not all(literal_ok(v) for v in values):
                    return ir.Primitive(kind="int") if all(isinstance(v, int) for v in values) else ir.AnyType()
                return ir.LiteralOf(values=values)
            return ir.AnyType()
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list):
                return self.union_type(schema, key, hint, ptr)
        if own_name and isinstance(schema.get("allOf"), list) and "#" + ptr in self.subtypes:
            return self.allof_model(schema, hint, ptr)
        if kind == "model":
            if isinstance(schema.get("allOf"), list):
                return self.allof_model(schema, self._decl_name(hint, own_name), ptr)
            return self.model(schema, self._decl_name(hint, own_name), ptr,
                              list(schema["properties"].items()), ptr + "/properties", schema.get("required"))
        if isinstance(schema.get("allOf"), list):
            primitive = allof_primitive(schema, self.quiet)
            if primitive:
                return self.primitive_allof(schema, primitive, hint, ptr)
            parts = allof_parts(schema)
            if len(parts) == 1:
                return self.schema_type(parts[0], hint, f"{ptr}/allOf/{schema['allOf'].index(parts[0])}")
            return ir.AnyType()
        if len(names) > 1:
            return ir.UnionOf(variants=tuple(
                self.schema_type({**schema, "type": n}, hint, ptr) for n in names))
        primary = primary_type(schema, names)
        if primary == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return ir.MapOf(value=self.schema_type(extra, hint + "Value", ptr + "/additionalProperties"))
            return ir.MapOf(value=ir.AnyType())
        if primary == "array":
            return self.array_type(schema, hint, ptr)
        if primary == "string":
            if _wire.is_binary_string(schema):
                return ir.Primitive(kind="binary")
            if schema.get("contentEncoding") == "base64":
                return ir.Primitive(kind="bytes")
            return self.string_type(schema)
        if primary == "integer":
            return ir.Primitive(kind="int")
        if primary == "number":
            return ir.Primitive(kind="float")
        if primary == "boolean":
            return ir.Primitive(kind="bool")
        return ir.AnyType()

    def primitive_allof(self, schema: dict[str, Any], primitive: str, hint: str, ptr: str) -> ir.TypeExpr:
        """``allOf`` of primitive schemas: the type they share (a part's enum, format or items
        decide the Python type; the other keywords only constrain values)."""
        merged: dict[str, Any] = {"type": primitive}
        for index, part in enumerate(schema["allOf"]):
            resolved = self.quiet(part)
            if not isinstance(resolved, dict):
                continue
            if isinstance(resolved.get("enum"), list) or isinstance(resolved.get("allOf"), list) \
                    or (primitive == "array" and "items" in resolved):
                t = self.schema_type(part, hint, f"{ptr}/allOf/{index}")
                return t.inner if isinstance(t, ir.Nullable) else t
            if isinstance(resolved.get("format"), str):
                merged["format"] = resolved["format"]
        if isinstance(schema.get("format"), str):
            merged["format"] = schema["format"]
        return self._schema_type_inner(merged, hint, ptr, own_name=False)

    def check_type_names(self, schema: dict[str, Any], ptr: str) -> None:
        raw = schema.get("type")
        names = raw if isinstance(raw, list) else [raw] if raw is not None else []
        for index, name in enumerate(names):
            if not isinstance(name, str) or name not in JSON_TYPES:
                where = f"{ptr}/type" + (f"/{index}" if isinstance(raw, list) else "")
                shown = repr(name)[:60]
                hint = next((t for t in sorted(JSON_TYPES) if isinstance(name, str)
                             and name.lower().startswith(t[:3])), "")
                self.warn("type-unknown", f"type {shown} is not a JSON Schema type (one of "
                          f"{', '.join(sorted(JSON_TYPES))})" + (f"; did you mean {hint!r}?" if hint else "")
                          + " Values of this schema are typed as Any", where)

    def array_type(self, schema: dict[str, Any], hint: str, ptr: str) -> ir.TypeExpr:
        """``items`` → a list; ``prefixItems`` → a tuple (``items`` types the rest; ``false``: no more)."""
        items = schema.get("items", MISSING)
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):
            members = tuple(self.schema_type(p, f"{hint}Item{i + 1}", f"{ptr}/prefixItems/{i}")
                            for i, p in enumerate(prefix))
            rest: ir.TypeExpr | None
            if items is False:
                rest = None
            elif items is MISSING:
                rest = ir.AnyType()
            else:
                rest = self.schema_type(items, hint + "Item", ptr + "/items")
            return ir.TupleOf(items=members, rest=rest)
        if items is MISSING and str(self.data.get("openapi", "")).startswith("3.0"):
            self.warn("array-items-missing", "an array schema without `items` (OpenAPI 3.0 requires it); "
                      "its items are typed as Any. Add `items: {}` to say so, or give the item schema", ptr)
        return ir.ListOf(item=self.schema_type(None if items is MISSING else items, hint + "Item", ptr + "/items"))

    @staticmethod
    def string_type(schema: dict[str, Any]) -> ir.TypeExpr:
        """By ``format``; 3.1's ``contentEncoding: base64`` is bytes (decoded). A
        ``contentMediaType`` alone says what the text holds: in a JSON document it stays a string."""
        fmt = schema.get("format")
        kind = {
            "date-time": "datetime", "date": "date", "time": "time", "uuid": "uuid",
            "byte": "bytes", "binary": "binary", "decimal": "decimal",
        }.get(fmt if isinstance(fmt, str) else "", "str")
        encoding = schema.get("contentEncoding")
        if kind == "str" and isinstance(encoding, str) and encoding.lower() == "base64":
            kind = "bytes"
        return ir.Primitive(kind=kind)  # type: ignore[arg-type]

    def enum_type(self, schema: dict[str, Any], name: str, ptr: str) -> ir.TypeExpr:
        values = [v for v in schema["enum"] if v is not None]
        base: Literal["str", "int", "value"]
        if all(isinstance(v, str) for v in values):
            base = "str"
        elif all(isinstance(v, int) for v in values):
            base = "int"
        else:
            base = "value"  # numbers, or a mix of strings and numbers
        custom = schema.get("x-enum-varnames")
        custom_names = custom if isinstance(custom, list) and len(custom) == len(schema["enum"]) else None
        key = _members_key(schema["enum"]) if custom_names is None else None
        members = self.enum_members.get(key) if key is not None else None
        if members is None:
            members = _enum_members(schema["enum"], custom_names)
            if key is not None:
                self.enum_members[key] = members
        self.add_decl(ir.Enum(name=name, module=self.module_names.claim(module_name(name)), pointer=ptr,
                              description=text(schema.get("description")) or text(schema.get("title")),
                              base=base, members=members))
        return ir.EnumRef(name=name)

    def union_type(self, schema: dict[str, Any], key: str, hint: str, ptr: str) -> ir.TypeExpr:
        variants: list[ir.TypeExpr] = []
        nullable = False
        for index, variant in enumerate(schema[key]):
            vptr = f"{ptr}/{key}/{index}"
            if isinstance(variant, dict) and json_types(variant)[0] == [] and json_types(variant)[1] \
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
        return ir.Discriminator(property_wire_name=disc["propertyName"],
                                mapping=self.tag_models(discriminators.union_mapping(schema, key),
                                                        ptr + "/discriminator/mapping"))

    def tag_models(self, pairs: tuple[tuple[str, str], ...], ptr: str) -> tuple[tuple[str, str], ...]:
        """(tag, model name) of the (tag, $ref) pairs whose target is a model (one name once)."""
        out: list[tuple[str, str]] = []
        for value, ref in pairs:
            t = self.ref_type(ref, ptr)
            if isinstance(t, ir.ModelRef) and all(m != t.name for _, m in out):
                out.append((value, t.name))
        return tuple(out)

    def polymorphic(self, ref: str, t: ir.TypeExpr, ptr: str) -> ir.TypeExpr:
        """A value of an allOf hierarchy's base (``t``) is one of its subtypes, chosen by the tag:
        the union of the subtype models and, last, the base (what an unknown tag decodes to)."""
        hierarchy = self.hierarchies.get(ref)
        if hierarchy is None or not isinstance(t, ir.ModelRef):
            return t
        if ref in self.polymorphic_types:
            return self.polymorphic_types[ref]
        mapping = tuple((v, m) for v, m in self.tag_models(hierarchy.mapping, ptr) if m != t.name)
        variants: list[ir.TypeExpr] = []
        for name in (*(m for _, m in mapping), t.name):
            if ir.ModelRef(name=name) not in variants:
                variants.append(ir.ModelRef(name=name))
        result: ir.TypeExpr = t if len(variants) == 1 else ir.UnionOf(
            variants=tuple(variants),
            discriminator=ir.Discriminator(property_wire_name=hierarchy.property, mapping=mapping, fallback=t.name))
        self.polymorphic_types[ref] = result
        return result

    def tag_fields(self) -> None:
        """Each discriminator target's tag property becomes a ``Literal`` of its tags, required and
        set on construction (to its first tag), so callers never write it and type checkers narrow
        a union by it. Run once every union is lowered (operations' inline ones too)."""
        for ref, props in discriminators.tags(self.data).items():
            name = self.ref_names.get(ref)
            decl = self.decls.get(name) if name else None
            if isinstance(decl, ir.Model) and any(f.wire_name in props for f in decl.fields):
                self.decls[decl.name] = dataclasses.replace(
                    decl, fields=tuple(_tagged(f, props.get(f.wire_name, ())) for f in decl.fields))

    def allof_model(self, schema: dict[str, Any], name: str, ptr: str) -> ir.TypeExpr:
        properties: dict[str, tuple[Any, str]] = {}
        required: list[Any] = []
        description = text(schema.get("description"))
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
            description = text(schema.get("title"))
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
            class_part, field_name = self.property_name(wire)
            t = self.schema_type(prop, name + class_part, fptr)
            is_required = wire in required
            default = self.default_source(info.get("default", MISSING), t, fptr + "/default")
            if isinstance(t, ir.LiteralOf) and len(t.values) == 1 and default is None:
                default = literal(t.values[0])  # a const needs no argument
            if is_required and not isinstance(t, ir.LiteralOf):
                default = None
            read_only = info.get("readOnly") is True
            write_only = info.get("writeOnly") is True
            optional, init_default = field_init(required=is_required, read_only=read_only, write_only=write_only,
                                                field_type=t, default_source=default)
            fields.append(ir.Field(
                wire_name=wire,
                py_name=py_names.claim(field_name),
                type=t,
                required=is_required,
                description=text(info.get("description")) or text(info.get("title")),
                default_source=default,
                read_only=read_only,
                write_only=write_only,
                secret=(info.get("format") == "password" or write_only or wire in secret_names),
                deprecated=info.get("deprecated") is True,
                optional=optional,
                init_default=init_default,
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
            description=text(schema.get("description")) or text(schema.get("title")),
            fields=tuple(fields), additional=additional, deprecated=schema.get("deprecated") is True,
        ))
        return ir.ModelRef(name=name)

    def default_source(self, value: Any, t: ir.TypeExpr, ptr: str) -> str | None:
        if value is MISSING:
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



def _members_key(values: list[Any]) -> tuple[tuple[type, Any], ...] | None:
    """What an enum's members depend on (without ``x-enum-varnames``): its values and their types;
    None for floats, whose equal values may be written apart (``0.0``, ``-0.0``)."""
    if any(isinstance(v, float) for v in values):
        return None
    return tuple((type(v), v) for v in values)


def _enum_members(values: list[Any], custom_names: list[Any] | None) -> tuple[ir.EnumMember, ...]:
    """The members of an enum of ``values`` (None and repeats skipped), named by ``custom_names``
    (``x-enum-varnames``) where given, else from their values."""
    table = NameTable()
    members: list[ir.EnumMember] = []
    seen_values: set[tuple[type, str | int | float]] = set()
    for index, value in enumerate(values):
        if value is None or (type(value), value) in seen_values:
            continue
        seen_values.add((type(value), value))
        if custom_names is not None and isinstance(custom_names[index], str):
            wanted = upper_snake(custom_names[index])
        elif isinstance(value, str):
            wanted = upper_snake(value, fallback="EMPTY" if value == "" else "VALUE")
        else:
            digits = str(abs(value)).replace(".", "_").replace("-", "_").replace("+", "")
            wanted = upper_snake(f"VALUE_{digits}" if value >= 0 else f"VALUE_MINUS_{digits}")
        members.append(ir.EnumMember(py_name=table.claim(wanted), value=value, value_source=literal(value)))
    return tuple(members)


def _tagged(f: ir.Field, values: tuple[str, ...]) -> ir.Field:
    """``f`` as a discriminator tag with ``values``: a plain string property becomes ``Literal[...]``
    (a ``const``, an enum or a non-string keeps its type)."""
    if not values or f.type != ir.Primitive(kind="str"):
        return f
    return dataclasses.replace(f, type=ir.LiteralOf(values=values), required=True,
                               default_source=literal(values[0]))
