"""Example expressions for the generated docs (README): Python source for a value of each type.

The values are the offline fake's (``Sampler.call_values``: the spec's own examples where they
are valid, else minimal values that satisfy the schema), so the README and ``testing.py`` show
the same call; this module only writes each JSON value as a Python expression of its declared IR
type (a model constructor, an enum member, a ``datetime``). Spec text reaches the output only
through ``literal()`` (``repr()``-built) and names already made safe by ``naming``; numbers in
constructor calls are ints parsed here. Recursion is cut by depth.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import decimal
import math
import uuid
from dataclasses import dataclass, field
from typing import Any

from generator import ir
from generator.emit.pysource import NotALiteral, literal
from generator.examples.sampler import Sampler

_MISSING: Any = object()  # no sampled value: the type's minimal one
_MAX_DEPTH = 8
# Fallback texts when a sampled value is missing or does not fit the type (the sampler's own).
_DEFAULT_DATE = datetime.date(2026, 1, 1)
_DEFAULT_DATETIME = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
_DEFAULT_TIME = datetime.time(12, 0)
_DEFAULT_UUID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _call(name: str, *args: int) -> str:
    return f"{name}({', '.join(str(a) for a in args)})"


def _tz_source(tz: datetime.tzinfo | None, when: datetime.datetime | None) -> str:
    """``tzinfo=...`` for a parsed offset ("" when naive)."""
    if tz is None:
        return ""
    offset = tz.utcoffset(when)
    if offset is None:
        return ""
    if offset == datetime.timedelta(0):
        return "tzinfo=datetime.UTC"
    return f"tzinfo=datetime.timezone(datetime.timedelta(seconds={int(offset.total_seconds())}))"


def datetime_source(value: datetime.datetime) -> str:
    parts = [str(value.year), str(value.month), str(value.day)]
    clock = [value.hour, value.minute, value.second, value.microsecond]
    while clock and clock[-1] == 0:
        clock.pop()
    parts += [str(c) for c in clock]
    tz = _tz_source(value.tzinfo, value)
    return f"datetime.datetime({', '.join(parts + ([tz] if tz else []))})"


def time_source(value: datetime.time) -> str:
    clock = [value.hour, value.minute, value.second, value.microsecond]
    while len(clock) > 1 and clock[-1] == 0:
        clock.pop()
    tz = _tz_source(value.tzinfo, None)
    return f"datetime.time({', '.join([str(c) for c in clock] + ([tz] if tz else []))})"


@dataclass(slots=True)
class Examples:
    """Example expressions for one API; collects the imports the expressions need."""

    api: ir.Api
    sampler: Sampler | None = None  # None: no spec document at hand, minimal values from the types
    modules: set[str] = field(default_factory=set)
    models: set[str] = field(default_factory=set)

    # -- arguments ------------------------------------------------------------------------------
    def arguments(self, op: ir.Operation) -> str:
        """``, name=value`` for every required argument of an endpoint function, in signature order:
        the values ``testing.example_arguments(name)`` gives, written as Python."""
        values = self.sampler.call_values(op, full=False) if self.sampler is not None else {}
        parts = [f"{p.py_name}={self.value(p.type, values.get(p.py_name, _MISSING))}"
                 for p in op.parameters if p.required or p.init_default is None]
        body = op.body
        if body is not None and (body.required or body.init_default is None):
            given = values.get("body", _MISSING)
            if body.kind == "binary":
                parts.append(f"body={literal(given if isinstance(given, bytes) else b'example')}")
            elif body.kind == "text":
                parts.append(f"body={literal(given if isinstance(given, str) else 'example')}")
            else:
                parts.append(f"body={self.value(body.type, given)}")
        return "".join(", " + p for p in parts)

    # -- values ---------------------------------------------------------------------------------
    def value(self, t: ir.TypeExpr, v: Any = _MISSING, depth: int = 0) -> str:
        """Python source of a value of type ``t``: the JSON value ``v`` when it fits, else a minimal one."""
        match t:
            case ir.Primitive(kind=kind):
                return self.primitive(kind, v)
            case ir.ListOf(item=item):
                if isinstance(v, list):
                    return "[" + ", ".join(self.value(item, x, depth + 1) for x in v) + "]"
                return "[]" if depth > _MAX_DEPTH else f"[{self.value(item, _MISSING, depth + 1)}]"
            case ir.TupleOf(items=items):
                positions = v if isinstance(v, list) and len(v) >= len(items) else [_MISSING] * len(items)
                inner = [self.value(item, x, depth + 1) for item, x in zip(items, positions)]
                return "(" + ", ".join(inner) + ("," if len(inner) == 1 else "") + ")"
            case ir.MapOf(value=value_type):
                if isinstance(v, dict) and all(isinstance(k, str) for k in v):
                    return "{" + ", ".join(f"{literal(k)}: {self.value(value_type, x, depth + 1)}"
                                           for k, x in v.items()) + "}"
                return "{}"
            case ir.AnyType():
                if v is _MISSING:
                    return "{}"
                try:
                    return literal(v)
                except NotALiteral:
                    return "{}"
            case ir.Nullable(inner=inner):
                return "None" if v is None or v is _MISSING else self.value(inner, v, depth)
            case ir.LiteralOf(values=values):
                same = [x for x in values if x == v and type(x) is type(v)]
                return literal(same[0]) if same else literal(values[0]) if values else "None"
            case ir.UnionOf(variants=variants):
                if not variants:
                    return "None"
                chosen = next((x for x in variants if v is not _MISSING and self.fits(x, v, depth)), variants[0])
                return self.value(chosen, v, depth)
            case ir.EnumRef(name=name):
                enum = self.api.index.get(name)  # the derived index: a scan per call was O(n²) in all
                if not isinstance(enum, ir.Enum) or not enum.members:
                    return literal(v) if isinstance(v, str) else "'value'"
                self.models.add(name)
                member = next((m for m in enum.members if m.value == v and type(m.value) is type(v)),
                              enum.members[0])
                return f"{name}.{member.py_name}"
            case ir.AliasRef(name=name):
                alias = self.api.index.get(name)
                return "None" if not isinstance(alias, ir.Alias) or depth > _MAX_DEPTH else \
                    self.value(alias.type, v, depth + 1)
            case ir.ModelRef(name=name):
                model = self.api.index.get(name)
                if not isinstance(model, ir.Model) or depth > _MAX_DEPTH:
                    return "None"
                self.models.add(name)
                props: dict[str, Any] = v if isinstance(v, dict) else {}
                args = [f"{f.py_name}={self.value(f.type, props.get(f.wire_name, _MISSING), depth + 1)}"
                        for f in model.fields if f.wire_name in props or f.init_default is None]
                return f"{name}({', '.join(args)})"
        raise AssertionError(t)

    def primitive(self, kind: str, v: Any) -> str:
        if kind == "str":
            return literal(v if isinstance(v, str) else "example")
        if kind == "int":
            return literal(v if isinstance(v, int) and not isinstance(v, bool) else 0)
        if kind == "float":
            return literal(float(v)) if _is_number(v) else "0.0"
        if kind == "bool":
            return literal(v if isinstance(v, bool) else False)
        if kind == "null":
            return "None"
        if kind == "bytes":
            if isinstance(v, str):
                try:
                    return literal(base64.b64decode(v, validate=True))
                except (binascii.Error, ValueError):
                    return literal(v.encode("utf-8", "replace"))
            return literal(b"example")
        if kind == "binary":
            return literal(v.encode("utf-8", "replace") if isinstance(v, str) else b"example")
        if kind in ("date", "datetime", "time"):
            self.modules.add("datetime")
            return self.temporal(kind, v)
        if kind == "uuid":
            self.modules.add("uuid")
            try:
                parsed = uuid.UUID(v) if isinstance(v, str) else _DEFAULT_UUID
            except ValueError:
                parsed = _DEFAULT_UUID
            return f"uuid.UUID({literal(str(parsed))})"
        if kind == "decimal":
            self.modules.add("decimal")
            text = str(v) if _is_number(v) or isinstance(v, str) else "0"
            try:
                valid = decimal.Decimal(text).is_finite()
            except decimal.InvalidOperation:
                valid = False
            return f"decimal.Decimal({literal(text if valid else '0')})"
        return literal(v if isinstance(v, str) else "example")

    @staticmethod
    def temporal(kind: str, v: Any) -> str:
        try:
            if kind == "date":
                d = datetime.date.fromisoformat(v) if isinstance(v, str) else _DEFAULT_DATE
                return _call("datetime.date", d.year, d.month, d.day)
            if kind == "datetime":
                return datetime_source(datetime.datetime.fromisoformat(v) if isinstance(v, str)
                                       else _DEFAULT_DATETIME)
            return time_source(datetime.time.fromisoformat(v) if isinstance(v, str) else _DEFAULT_TIME)
        except ValueError:
            return {"date": _call("datetime.date", 2026, 1, 1), "datetime": datetime_source(_DEFAULT_DATETIME),
                    "time": time_source(_DEFAULT_TIME)}[kind]

    # -- union variants -------------------------------------------------------------------------
    def fits(self, t: ir.TypeExpr, v: Any, depth: int = 0) -> bool:
        """Whether the JSON value ``v`` has the shape of ``t`` (to pick a union's variant)."""
        if depth > _MAX_DEPTH:
            return False
        match t:
            case ir.Primitive(kind=kind):
                if kind in ("str", "date", "datetime", "time", "uuid", "bytes", "binary"):
                    return isinstance(v, str)
                if kind == "int":
                    return isinstance(v, int) and not isinstance(v, bool)
                if kind in ("float", "decimal"):
                    return _is_number(v) or (kind == "decimal" and isinstance(v, str))
                if kind == "bool":
                    return isinstance(v, bool)
                return v is None
            case ir.ListOf() | ir.TupleOf():
                return isinstance(v, list)
            case ir.MapOf():
                return isinstance(v, dict)
            case ir.AnyType():
                return True
            case ir.Nullable(inner=inner):
                return v is None or self.fits(inner, v, depth)
            case ir.LiteralOf(values=values):
                return any(x == v and type(x) is type(v) for x in values)
            case ir.UnionOf(variants=variants):
                return any(self.fits(x, v, depth + 1) for x in variants)
            case ir.EnumRef(name=name):
                enum = self.api.index.get(name)
                return isinstance(enum, ir.Enum) and any(m.value == v and type(m.value) is type(v)
                                                         for m in enum.members)
            case ir.AliasRef(name=name):
                alias = self.api.index.get(name)
                return isinstance(alias, ir.Alias) and self.fits(alias.type, v, depth + 1)
            case ir.ModelRef(name=name):
                model = self.api.index.get(name)
                if not isinstance(model, ir.Model) or not isinstance(v, dict):
                    return False
                for f in model.fields:
                    if f.init_default is None and f.wire_name not in v:
                        return False
                    if isinstance(f.type, ir.LiteralOf) and f.wire_name in v and not self.fits(f.type, v[f.wire_name]):
                        return False  # a discriminator tag of another variant
                return model.additional is not None or set(v) <= {f.wire_name for f in model.fields}
        return False
