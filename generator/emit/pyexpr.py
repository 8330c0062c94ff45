"""Python source for type expressions: annotations, decode and encode expressions.

The templates never decide how a value is (de)serialised: each field arrives with ready-made
expressions built here from its ``TypeExpr``. Decoders are inline expressions (no reflection at
run time); only unions fall back to runtime helpers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator import ir
from generator.emit.pysource import literal

_PRIM_ANNOTATION = {
    "null": "None", "str": "str", "int": "int", "float": "float", "bool": "bool", "bytes": "bytes",
    "date": "_dt.date", "datetime": "_dt.datetime", "time": "_dt.time", "uuid": "_uuid.UUID",
    "decimal": "_decimal.Decimal", "binary": "_rt.FileInput",
}
_PRIM_MODULE = {"date": "_dt", "datetime": "_dt", "time": "_dt", "uuid": "_uuid", "decimal": "_decimal"}


@dataclass(slots=True)
class Needs:
    """What a generated module must import, collected while its expressions are built."""

    enum_bases: dict[str, str] = field(default_factory=dict)  # enum name -> "str" | "int"
    modules: set[str] = field(default_factory=set)  # "_dt", "_uuid", "_decimal", "_t"
    models: set[str] = field(default_factory=set)
    enums: set[str] = field(default_factory=set)
    # False where values are known to have their JSON types (testing.py's sampled arguments):
    # decoders then only convert, and a value that needs no conversion is used as it is.
    checks: bool = True
    # Set in a model module (``own`` is its model): decoders reach every other model through the
    # models package (``_m.Name``), whose ``__getattr__`` imports it on first use, so importing a
    # model loads no model it does not decode yet. ``lazy_used``: some expression did.
    lazy: bool = False
    own: str = ""
    lazy_used: bool = False


def _model(name: str, needs: Needs) -> str:
    """The expression naming model ``name`` at run time (its decoder is ``….from_dict``)."""
    needs.models.add(name)
    if needs.lazy and name != needs.own:
        needs.lazy_used = True
        return f"_m.{name}"
    return name


def annotation(t: ir.TypeExpr, needs: Needs) -> str:
    match t:
        case ir.Primitive(kind=kind):
            if kind in _PRIM_MODULE:
                needs.modules.add(_PRIM_MODULE[kind])
            return _PRIM_ANNOTATION[kind]
        case ir.ListOf(item=item):
            return f"list[{annotation(item, needs)}]"
        case ir.TupleOf(items=items, rest=rest):
            parts = [annotation(item, needs) for item in items]
            if rest is not None:
                parts.append(f"*tuple[{annotation(rest, needs)}, ...]")
            return f"tuple[{', '.join(parts)}]" if parts else "tuple[()]"
        case ir.MapOf(value=value):
            return f"dict[str, {annotation(value, needs)}]"
        case ir.ModelRef(name=name):
            needs.models.add(name)
            return name
        case ir.EnumRef(name=name):
            needs.enums.add(name)
            return name  # open enums: an unknown value is a member made on demand (runtime _enums)
        case ir.AliasRef(name=name):
            return name
        case ir.UnionOf(variants=variants):
            return " | ".join(_dedupe(annotation(v, needs) for v in variants))
        case ir.LiteralOf(values=values):
            needs.modules.add("_t")
            return "_t.Literal[" + ", ".join(literal(v) for v in values) + "]"
        case ir.AnyType():
            needs.modules.add("_t")
            return "_t.Any"
        case ir.Nullable(inner=inner):
            return f"{annotation(inner, needs)} | None"
    raise AssertionError(t)


def split_union(annotation_text: str) -> list[str]:
    """The members of ``A | list[B | C] | D`` at bracket depth 0 (never inside ``[...]``).

    Quoted text is skipped: a ``Literal`` value from the spec may itself contain ``]`` or ``|``.
    """
    pieces: list[str] = []
    depth = start = 0
    quote = ""
    index = 0
    while index < len(annotation_text):
        ch = annotation_text[index]
        if quote:
            if ch == "\\":
                index += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(annotation_text[start:index].strip())
            start = index + 1
        index += 1
    pieces.append(annotation_text[start:].strip())
    return pieces


def _dedupe(parts: object) -> list[str]:
    out: list[str] = []
    for part in parts:  # type: ignore[attr-defined]
        for piece in split_union(str(part)):
            if piece not in out:
                out.append(piece)
    if "None" in out:  # keep None last, as people write it
        out.remove("None")
        out.append("None")
    return out


def field_annotation(f: ir.Field, needs: Needs) -> str:
    """A model field's annotation: ``T | Unset`` when the constructor may omit it (``f.optional``)."""
    return annotation(f.type, needs) + (" | Unset" if f.optional else "")


def result_annotation(op: ir.Operation, needs: Needs) -> str:
    """What an endpoint function returns: its success results as one union, ``None`` last."""
    parts: list[str] = []
    for r in op.successes:
        if r.result == "json" and r.type is not None:
            ann = annotation(r.type, needs)
        elif r.result == "events" and r.type is not None:
            ann = f"_rt.EventStream[{event_annotation(r.type, needs)}]"
        else:
            ann = {"none": "None", "text": "str", "bytes": "bytes"}.get(r.result, "None")
        for member in split_union(ann):
            if member not in parts:
                parts.append(member)
    if "None" in parts and parts != ["None"]:
        parts = [m for m in parts if m != "None"] + ["None"]
    return " | ".join(parts)


def event_annotation(t: ir.TypeExpr, needs: Needs) -> str:
    """The type of one server-sent event's data: text, or the decoded JSON value."""
    return "str" if t == ir.Primitive(kind="str") else annotation(t, needs)


def _var(depth: int) -> str:
    return f"_v{depth}"


# Scalars: (checking decoder, converting decoder or None when the JSON value is the Python value).
_PRIM_DECODERS: dict[str, tuple[str, str | None]] = {
    "str": ("_rt.string", None), "int": ("_rt.integer", None), "bool": ("_rt.boolean", None),
    "null": ("_rt.null_value", None), "float": ("_rt.number", "_rt.number"),
    "bytes": ("_rt.b64decode", "_rt.b64decode"), "date": ("_rt.parse_date", "_rt.parse_date"),
    "time": ("_rt.parse_time", "_rt.parse_time"), "datetime": ("_rt.parse_datetime", "_rt.parse_datetime"),
    "uuid": ("_rt.parse_uuid", "_rt.parse_uuid"), "decimal": ("_rt.parse_decimal", "_rt.parse_decimal"),
    "binary": ("_rt.binary_value", "_rt.binary_value"),
}
_ENUM_DECODERS = {"str": "_rt.str_enum", "int": "_rt.int_enum", "value": "_rt.value_enum"}

Parts = tuple[str, tuple[str, ...]]


def decoder_parts(t: ir.TypeExpr, needs: Needs) -> Parts | None:
    """(callable, extra arguments) that decode a JSON value of ``t`` as ``callable(value, *args)``,
    refusing a value of the wrong type (``_rt.DecodeError`` with its path); None when the JSON
    value is used as it is (``Any``, or no checks wanted)."""
    match t:
        case ir.Primitive(kind=kind):
            checking, converting = _PRIM_DECODERS.get(kind, (None, None))
            chosen = checking if needs.checks else converting
            return None if chosen is None else (chosen, ())
        case ir.ModelRef(name=name):
            return f"{_model(name, needs)}.from_dict", ()
        case ir.EnumRef(name=name):
            needs.enums.add(name)
            return _ENUM_DECODERS[needs.enum_bases.get(name, "str")], (name,)
        case ir.ListOf(item=item) | ir.MapOf(value=item):
            inner = decoder_parts(item, needs)
            is_list = isinstance(t, ir.ListOf)
            if inner is None:
                if not needs.checks:
                    return None
                return ("_rt.json_array" if is_list else "_rt.json_object"), ()
            return ("_rt.list_of" if is_list else "_rt.map_of"), (inner[0], *inner[1])
        case ir.TupleOf(items=items, rest=rest):
            # Each position as ``(decoder, *args)``, as union variants are: no lambdas to type.
            prefix = tuple_source(_parts_tuple(item, needs) for item in items) if items else "()"
            tail = "None" if rest is None else _parts_tuple(rest, needs)
            return "_rt.tuple_of", (prefix, tail)
        case ir.UnionOf(variants=variants, discriminator=None) if (
            ir.Primitive(kind="str") in variants and len(variants) > 1
            and all(isinstance(v, ir.ModelRef) for v in variants if v != ir.Primitive(kind="str"))
        ):
            names = [v.name for v in variants if isinstance(v, ir.ModelRef)]
            return "_rt.str_or", tuple(f"{_model(name, needs)}.from_dict" for name in names)
        case ir.UnionOf(discriminator=ir.Discriminator(fallback=str(base)) as disc):
            mapping = _decoders_by_tag(disc, needs)
            return ("_rt.subtype_of",
                    (literal(disc.property_wire_name), f"{{{mapping}}}", f"{_model(base, needs)}.from_dict"))
        case ir.UnionOf(variants=variants, discriminator=disc):
            options = tuple_source(_variant(v, needs) for v in variants)
            if disc is not None and disc.mapping:
                mapping = _decoders_by_tag(disc, needs)
                return "_rt.tagged_of", (literal(disc.property_wire_name), f"{{{mapping}}}", options)
            return "_rt.union_of", (options,)
        case ir.LiteralOf(values=values):
            # One value: ``(v,)``, as black writes it; more keep their trailing comma (black then
            # puts one a line, as it always has here).
            allowed = f"({literal(values[0])},)" if len(values) == 1 else f"({''.join(literal(v) + ', ' for v in values)})"
            return "_rt.literal_value", (allowed,)
        case ir.Nullable(inner=item):
            inner = decoder_parts(item, needs)
            return None if inner is None else ("_rt.null", (inner[0], *inner[1]))
        case ir.AnyType() | ir.AliasRef():
            return None
    raise AssertionError(t)


def _decoders_by_tag(disc: ir.Discriminator, needs: Needs) -> str:
    """The items of the ``{tag: Model.from_dict}`` display of a discriminated union."""
    return ", ".join(f"{literal(value)}: {_model(model, needs)}.from_dict" for value, model in disc.mapping)


def _parts_tuple(t: ir.TypeExpr, needs: Needs) -> str:
    parts = decoder_parts(t, needs) or ("_rt.identity", ())
    return tuple_source((parts[0], *parts[1]))


def _variant(t: ir.TypeExpr, needs: Needs) -> str:
    """``(kind, decoder, *args)`` of a union variant: ``union_of`` checks the JSON kind first, so
    a string, integer or boolean variant needs no decoder of its own."""
    kind = json_kind(t, needs)
    if isinstance(t, ir.Primitive) and t.kind in ("str", "int", "bool", "null"):
        parts: Parts = ("_rt.identity", ())
    else:
        parts = decoder_parts(t, needs) or ("_rt.identity", ())
    return f"({', '.join((literal(kind), parts[0], *parts[1]))})"


def decode(t: ir.TypeExpr, src: str, needs: Needs, depth: int = 0) -> str:
    """An expression that turns the JSON value ``src`` into the Python value of type ``t``."""
    if src in ("[]", "{}", "None") and isinstance(t, (ir.ListOf, ir.MapOf, ir.Nullable)):
        return src  # a literal sample value (testing.py): nothing to convert, nothing to infer
    if isinstance(t, ir.Nullable):
        constant = _constant(src)
        if constant is not _NOT_CONSTANT:  # a literal (example values): decide here, not at run time
            return "None" if constant is None else decode(t.inner, src, needs, depth)
    parts = decoder_parts(t, needs)
    if parts is None:
        return src
    return f"{parts[0]}({', '.join((src, *parts[1]))})"


_NOT_CONSTANT = object()


def _constant(src: str) -> object:
    """The value of ``src`` when it is a Python literal, else ``_NOT_CONSTANT``."""
    try:
        return ast.literal_eval(src)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return _NOT_CONSTANT


def json_kind(t: ir.TypeExpr, needs: Needs) -> str:
    """The JSON type a value of ``t`` arrives as; used to pick union variants by shape."""
    match t:
        case ir.Primitive(kind="null"):
            return "null"
        case ir.Primitive(kind=kind):
            return {"int": "int", "float": "number", "bool": "bool"}.get(kind, "str")
        case ir.ListOf() | ir.TupleOf():
            return "array"
        case ir.MapOf() | ir.ModelRef():
            return "object"
        case ir.EnumRef(name=name):
            base = needs.enum_bases.get(name)
            return "int" if base == "int" else "any" if base == "value" else "str"
        case ir.Nullable():
            return "null"
    return "any"


def decoder_callable(t: ir.TypeExpr, needs: Needs, depth: int = 0) -> str:
    """A callable (JSON value → Python value) for ``t``."""
    parts = decoder_parts(t, needs)
    if parts is None:
        return "_rt.identity"
    if not parts[1]:
        return parts[0]
    v = _var(depth)
    return f"lambda {v}: {parts[0]}({', '.join((v, *parts[1]))})"


def encode(t: ir.TypeExpr, src: str, needs: Needs, depth: int = 0, request: str = "") -> str:
    """An expression that turns the Python value ``src`` of type ``t`` into a JSON value.

    ``request`` is the expression passed on as ``to_dict(request=...)`` (read-only fields are left
    out of request bodies); empty means the default.
    """
    match t:
        case ir.Primitive(kind=kind):
            match kind:
                case "bytes":
                    return f"_rt.b64encode({src})"
                case "datetime":
                    return f"_rt.format_datetime({src})"
                case "date" | "time":
                    return f"{src}.isoformat()"
                case "uuid" | "decimal":
                    return f"str({src})"
            return src
        case ir.ListOf(item=item):
            v = _var(depth)
            inner = encode(item, v, needs, depth + 1, request)
            return src if inner == v else f"[{inner} for {v} in {src}]"
        case ir.TupleOf(items=items, rest=rest):
            v = _var(depth)
            members = (*items, *([] if rest is None else [rest]))
            plain = all(encode(item, v, needs, depth + 1, request) == v for item in members)
            if plain:
                return f"list({src})"
            return f"_rt.encode_value({src}, request={request})" if request else f"_rt.encode_value({src})"
        case ir.MapOf(value=value):
            v = _var(depth)
            inner = encode(value, v, needs, depth + 1, request)
            return src if inner == v else f"{{_k{depth}: {inner} for _k{depth}, {v} in {src}.items()}}"
        case ir.ModelRef():
            return f"{src}.to_dict(request={request})" if request else f"{src}.to_dict()"
        case ir.EnumRef():
            return f"_rt.enum_value({src})"
        case ir.UnionOf():
            return f"_rt.encode_value({src}, request={request})" if request else f"_rt.encode_value({src})"
        case ir.LiteralOf() | ir.AnyType() | ir.AliasRef():
            return src
        case ir.Nullable(inner=inner):
            inner_src = encode(inner, src, needs, depth, request)
            return src if inner_src == src else f"None if {src} is None else {inner_src}"
    raise AssertionError(t)


def tuple_source(items: Iterable[str]) -> str:
    """A tuple display; the trailing comma only where Python needs it, since black would read a
    "magic" trailing comma as a request to put every item on its own line."""
    parts = list(items)
    return f"({parts[0]},)" if len(parts) == 1 else "(" + ", ".join(parts) + ")"


# -- compact model fields ----------------------------------------------------------------------
# Model modules call small runtime helpers (``_rt.opt``, ``_rt.present``, ...) instead of spelling
# out a conditional per field: far fewer tokens for black to format, and still no reflection.


@dataclass(frozen=True, slots=True)
class Call:
    """``func(arg, ...)``, kept in parts so the renderer can lay it out as black would."""

    func: str
    args: tuple[str, ...]

    def source(self) -> str:
        return f"{self.func}({', '.join(self.args)})"


def split_args(text: str) -> list[str] | None:
    """Split ``a, (b, c), d`` at top-level commas (never inside brackets or quotes)."""
    parts: list[str] = []
    depth = start = 0
    quote = ""
    index = 0
    while index < len(text):
        ch = text[index]
        if quote:
            if ch == "\\":
                index += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
        index += 1
    parts.append(text[start:].strip())
    return parts if depth == 0 and all(parts) else None


def field_decode(t: ir.TypeExpr, wire: str, optional: bool, needs: Needs) -> Call | str:
    """How ``from_dict`` reads one field (``wire`` is the key's literal) through its local ``take``
    (``dict.pop`` on a copy, so that what is left over is the additional properties; or
    ``dict.get``). Optional fields go through a runtime helper that passes ``UNSET`` (absent) and
    ``None`` (null) through; a value refused is located by ``from_dict``'s one ``except``."""
    nullable = isinstance(t, ir.Nullable)
    inner = t.inner if isinstance(t, ir.Nullable) else t
    src = f"take({wire})"
    parts = decoder_parts(inner, needs)
    if parts is None:
        return f"take({wire}, UNSET)" if optional else src
    func, args = parts
    if optional:
        return Call("_rt.opt_null" if nullable else "_rt.opt", ("take", wire, func, *args))
    if nullable:
        return Call("_rt.null", (src, func, *args))
    return Call(func, (src, *args))


_SCALAR_ENCODERS = {"uuid": "str", "decimal": "str", "date": "_dt.date.isoformat", "time": "_dt.time.isoformat",
                    "bytes": "_rt.b64encode"}


def field_encode(t: ir.TypeExpr, src: str, optional: bool, needs: Needs) -> Call | str:
    """How ``to_dict`` writes one field: ``UNSET`` must come out as ``UNSET`` (``_rt.present``
    drops it), ``None`` as ``None``."""
    plain = encode(t, src, needs, request="request")
    if plain == src:
        return src
    inner = t.inner if isinstance(t, ir.Nullable) else t
    direct = not optional and inner is t
    match inner:
        case ir.ModelRef():
            return Call(f"{src}.to_dict", ("request=request",)) if direct else Call("_rt.model_json", (src, "request"))
        case ir.EnumRef():
            return Call("_rt.enum_value" if direct else "_rt.enum_json", (src,))
        case ir.ListOf(item=ir.ModelRef()):
            return Call("_rt.models_json", (src, "request"))
        case ir.ListOf(item=ir.EnumRef()):
            return Call("_rt.enums_json", (src,))
        case ir.Primitive(kind="datetime") if not direct:
            return Call("_rt.datetime_json", (src,))
        case ir.Primitive(kind=kind) if not direct and kind in _SCALAR_ENCODERS:
            if kind in ("date", "time"):
                needs.modules.add("_dt")
            return Call("_rt.json_of", (src, _SCALAR_ENCODERS[kind]))
        case ir.Primitive() if direct:
            match plain:
                case _ if plain == f"str({src})":
                    return Call("str", (src,))
                case _ if plain == f"{src}.isoformat()":
                    return Call(f"{src}.isoformat", ())
                case _ if plain.startswith("_rt.") and plain.endswith(f"({src})"):
                    return Call(plain[: -len(src) - 2], (src,))
    return Call("_rt.json_value", (src, "request"))
