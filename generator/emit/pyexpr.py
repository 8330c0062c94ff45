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
    "str": "str", "int": "int", "float": "float", "bool": "bool", "bytes": "bytes",
    "date": "_dt.date", "datetime": "_dt.datetime", "time": "_dt.time", "uuid": "_uuid.UUID",
    "decimal": "_decimal.Decimal", "binary": "bytes",
}
_PRIM_MODULE = {"date": "_dt", "datetime": "_dt", "time": "_dt", "uuid": "_uuid", "decimal": "_decimal"}


@dataclass(slots=True)
class Needs:
    """What a generated module must import, collected while its expressions are built."""

    enum_bases: dict[str, str] = field(default_factory=dict)  # enum name -> "str" | "int"
    modules: set[str] = field(default_factory=set)  # "_dt", "_uuid", "_decimal", "_t"
    models: set[str] = field(default_factory=set)
    enums: set[str] = field(default_factory=set)


def annotation(t: ir.TypeExpr, needs: Needs) -> str:
    match t:
        case ir.Primitive(kind=kind):
            if kind in _PRIM_MODULE:
                needs.modules.add(_PRIM_MODULE[kind])
            return _PRIM_ANNOTATION[kind]
        case ir.ListOf(item=item):
            return f"list[{annotation(item, needs)}]"
        case ir.MapOf(value=value):
            return f"dict[str, {annotation(value, needs)}]"
        case ir.ModelRef(name=name):
            needs.models.add(name)
            return name
        case ir.EnumRef(name=name):
            needs.enums.add(name)
            return f"{name} | {_enum_raw_type(t, needs)}"
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
        else:
            ann = {"none": "None", "text": "str", "bytes": "bytes"}.get(r.result, "None")
        for member in split_union(ann):
            if member not in parts:
                parts.append(member)
    if "None" in parts and parts != ["None"]:
        parts = [m for m in parts if m != "None"] + ["None"]
    return " | ".join(parts)


def _enum_raw_type(t: ir.EnumRef, needs: Needs) -> str:
    return needs.enum_bases.get(t.name, "str")


def _var(depth: int) -> str:
    return f"_v{depth}"


def decode(t: ir.TypeExpr, src: str, needs: Needs, depth: int = 0) -> str:
    """An expression that turns the JSON value ``src`` into the Python value of type ``t``."""
    if src in ("[]", "{}", "None") and isinstance(t, (ir.ListOf, ir.MapOf, ir.Nullable)):
        return src  # a literal sample value (testing.py): nothing to convert, nothing to infer
    match t:
        case ir.Primitive(kind=kind):
            return _decode_primitive(kind, src, needs)
        case ir.ListOf(item=item):
            v = _var(depth)
            inner = decode(item, v, needs, depth + 1)
            return src if inner == v else f"[{inner} for {v} in {src}]"
        case ir.MapOf(value=value):
            v = _var(depth)
            inner = decode(value, v, needs, depth + 1)
            return src if inner == v else f"{{_k{depth}: {inner} for _k{depth}, {v} in {src}.items()}}"
        case ir.ModelRef(name=name):
            needs.models.add(name)
            return f"{name}.from_dict({src})"
        case ir.EnumRef(name=name):
            needs.enums.add(name)
            helper = "open_int_enum" if needs.enum_bases.get(name) == "int" else "open_str_enum"
            return f"_rt.{helper}({name}, {src})"
        case ir.UnionOf(variants=variants, discriminator=disc):
            return _decode_union(variants, disc, src, needs, depth)
        case ir.LiteralOf(values=values):
            return f"_rt.literal_value({src}, ({''.join(literal(v) + ', ' for v in values)}))"
        case ir.AnyType() | ir.AliasRef():
            return src
        case ir.Nullable(inner=inner):
            inner_src = decode(inner, src, needs, depth)
            if inner_src == src:
                return src
            constant = _constant(src)
            if constant is not _NOT_CONSTANT:  # a literal (example values): decide here, not at run time
                return "None" if constant is None else inner_src
            return f"None if {src} is None else {inner_src}"
    raise AssertionError(t)


_NOT_CONSTANT = object()


def _constant(src: str) -> object:
    """The value of ``src`` when it is a Python literal, else ``_NOT_CONSTANT``."""
    try:
        return ast.literal_eval(src)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return _NOT_CONSTANT


def _decode_primitive(kind: str, src: str, needs: Needs) -> str:
    match kind:
        case "float":
            return f"float({src})"
        case "bytes":
            return f"_rt.b64decode({src})"
        case "date":
            needs.modules.add("_dt")
            return f"_dt.date.fromisoformat({src})"
        case "time":
            needs.modules.add("_dt")
            return f"_dt.time.fromisoformat({src})"
        case "datetime":
            return f"_rt.parse_datetime({src})"
        case "uuid":
            needs.modules.add("_uuid")
            return f"_uuid.UUID({src})"
        case "decimal":
            needs.modules.add("_decimal")
            return f"_decimal.Decimal(str({src}))"
    return src


def json_kind(t: ir.TypeExpr, needs: Needs) -> str:
    """The JSON type a value of ``t`` arrives as; used to pick union variants by shape."""
    match t:
        case ir.Primitive(kind=kind):
            return {"int": "int", "float": "number", "bool": "bool"}.get(kind, "str")
        case ir.ListOf():
            return "array"
        case ir.MapOf() | ir.ModelRef():
            return "object"
        case ir.EnumRef(name=name):
            return "int" if needs.enum_bases.get(name) == "int" else "str"
        case ir.Nullable():
            return "null"
    return "any"


def decoder_callable(t: ir.TypeExpr, needs: Needs, depth: int = 0) -> str:
    """A callable (JSON value → Python value) for ``t``."""
    if isinstance(t, ir.ModelRef):
        needs.models.add(t.name)
        return f"{t.name}.from_dict"
    v = _var(depth)
    body = decode(t, v, needs, depth + 1)
    return "_rt.identity" if body == v else f"lambda {v}: {body}"


def _decode_union(
    variants: tuple[ir.TypeExpr, ...], disc: ir.Discriminator | None, src: str, needs: Needs, depth: int
) -> str:
    options = tuple_source(
        f"({literal(json_kind(v, needs))}, {decoder_callable(v, needs, depth)})" for v in variants
    )
    if disc is not None and disc.mapping:
        for _, model in disc.mapping:
            needs.models.add(model)
        mapping = ", ".join(f"{literal(value)}: {model}.from_dict" for value, model in disc.mapping)
        return (f"_rt.decode_discriminated({src}, {literal(disc.property_wire_name)}, "
                f"{{{mapping}}}, {options})")
    return f"_rt.decode_union({src}, {options})"


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


def _decoder_parts(t: ir.TypeExpr, needs: Needs) -> tuple[str, tuple[str, ...]] | None:
    """(callable, extra arguments) that decode a JSON value of ``t`` as ``callable(value, *args)``;
    None for types that need no decoding or that have no such form (the caller falls back)."""
    match t:
        case ir.ModelRef(name=name):
            needs.models.add(name)
            return f"{name}.from_dict", ()
        case ir.EnumRef(name=name):
            needs.enums.add(name)
            return ("_rt.int_enum" if needs.enum_bases.get(name) == "int" else "_rt.str_enum"), (name,)
        case ir.UnionOf(variants=variants, discriminator=None) if (
            ir.Primitive(kind="str") in variants and len(variants) > 1
            and all(isinstance(v, ir.ModelRef) for v in variants if v != ir.Primitive(kind="str"))
        ):
            names = [v.name for v in variants if isinstance(v, ir.ModelRef)]
            needs.models.update(names)
            return "_rt.str_or", tuple(f"{name}.from_dict" for name in names)
        case ir.UnionOf(variants=variants, discriminator=disc):
            options: list[str] = []
            for v in variants:
                part = _decoder_parts(v, needs) or (decoder_callable(v, needs), ())
                options.append(f"({literal(json_kind(v, needs))}, {', '.join((part[0], *part[1]))})")
            if disc is not None and disc.mapping:
                needs.models.update(model for _, model in disc.mapping)
                mapping = ", ".join(f"{literal(value)}: {model}.from_dict" for value, model in disc.mapping)
                return "_rt.tagged_of", (literal(disc.property_wire_name), f"{{{mapping}}}", tuple_source(options))
            return "_rt.union_of", (tuple_source(options),)
        case ir.LiteralOf(values=values):
            return "_rt.literal_value", (f"({''.join(literal(v) + ', ' for v in values)})",)
        case ir.Primitive(kind="decimal"):
            return "_rt.parse_decimal", ()
        case ir.Primitive(kind=kind):
            body = _decode_primitive(kind, "_", needs)
            if body == "_" or not body.endswith("(_)"):
                return None
            return body[:-3], ()
        case ir.ListOf(item=item) | ir.MapOf(value=item):
            inner = _decoder_parts(item, needs)
            if inner is None:
                return None
            return ("_rt.list_of" if isinstance(t, ir.ListOf) else "_rt.map_of"), (inner[0], *inner[1])
        case ir.Nullable(inner=item):
            inner = _decoder_parts(item, needs)
            return None if inner is None else ("_rt.null", (inner[0], *inner[1]))
    return None


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


def field_decode(t: ir.TypeExpr, wire: str, optional: bool, needs: Needs, *, take: bool) -> Call | str:
    """How ``from_dict`` reads one field (``wire`` is the key's literal): a plain expression, or a
    helper call that passes ``UNSET`` (absent) and ``None`` (null) through.

    ``take``: read through the local ``take`` (``dict.pop`` on a copy, so that what is left over
    is the additional properties; or ``data.get``), else index ``data`` directly.
    """
    reader = "take" if take else "data"
    src = f"take({wire})" if take else f"data[{wire}]"
    nullable = isinstance(t, ir.Nullable)
    inner = t.inner if isinstance(t, ir.Nullable) else t
    plain = decode(t, src, needs)
    if plain == src:
        if not optional:
            return src
        return f"take({wire}, UNSET)" if take else f"data.get({wire}, UNSET)"
    parts = _decoder_parts(inner, needs)
    if parts is None:
        callable_ = decoder_callable(inner, needs)
        parts = (callable_, ())
        if not optional and not nullable:
            return plain  # reads ``src`` once: a list or map comprehension, or a conversion
    func, args = parts
    if optional:
        return Call("_rt.opt_null" if nullable else "_rt.opt", (reader if take else "data.get", wire, func, *args))
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
