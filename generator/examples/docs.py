"""Example expressions for the generated docs (README): a Python expression of each type, built from the IR.

Used by the README (a runnable call per operation) and nothing else. Spec text reaches the output
only through ``literal()`` and names already made safe by ``naming``; recursion is cut by depth.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator import ir
from generator.emit.pysource import literal

_PRIMITIVES = {
    "str": ("'string'", ""), "int": ("0", ""), "float": ("0.0", ""), "bool": ("False", ""),
    "bytes": ("b'...'", ""), "binary": ("b'...'", ""), "null": ("None", ""),
    "date": ("datetime.date(2024, 1, 1)", "datetime"),
    "datetime": ("datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)", "datetime"),
    "time": ("datetime.time(12, 0)", "datetime"),
    "uuid": ("uuid.UUID(int=1)", "uuid"), "decimal": ("decimal.Decimal('0')", "decimal"),
}
_MAX_DEPTH = 4


@dataclass(slots=True)
class Examples:
    """Example expressions for one API; collects the imports the expressions need."""

    api: ir.Api
    modules: set[str] = field(default_factory=set)
    models: set[str] = field(default_factory=set)

    def value(self, t: ir.TypeExpr, depth: int = 0) -> str:
        match t:
            case ir.Primitive(kind=kind):
                source, module = _PRIMITIVES.get(kind, ("'string'", ""))
                if module:
                    self.modules.add(module)
                return source
            case ir.ListOf():
                return "[]"
            case ir.TupleOf(items=items):
                return "(" + "".join(self.value(item, depth + 1) + ", " for item in items).rstrip(" ") + ")"
            case ir.MapOf() | ir.AnyType():
                return "{}"
            case ir.Nullable():
                return "None"
            case ir.LiteralOf(values=values):
                return literal(values[0]) if values else "None"
            case ir.UnionOf(variants=variants):
                return self.value(variants[0], depth) if variants else "None"
            case ir.EnumRef(name=name):
                enum = self.api.index.get(name)  # the derived index: a scan per call was O(n²) in all
                if not isinstance(enum, ir.Enum) or not enum.members:
                    return "'value'"
                self.models.add(name)
                return f"{name}.{enum.members[0].py_name}"
            case ir.AliasRef(name=name):
                alias = self.api.index.get(name)
                return "None" if not isinstance(alias, ir.Alias) or depth > _MAX_DEPTH else \
                    self.value(alias.type, depth + 1)
            case ir.ModelRef(name=name):
                model = self.api.index.get(name)
                if not isinstance(model, ir.Model) or depth > _MAX_DEPTH:
                    return "None"
                self.models.add(name)
                args = ", ".join(f"{f.py_name}={self.value(f.type, depth + 1)}"
                                 for f in model.fields if f.required and f.default_source is None)
                return f"{name}({args})"

    def arguments(self, op: ir.Operation) -> str:
        """``name=value`` for every required argument of an endpoint function, in signature order."""
        parts = [f"{p.py_name}={self.value(p.type)}" for p in op.parameters if p.required]
        if op.body is not None and op.body.required:
            body = "b'...'" if op.body.kind == "binary" else self.value(op.body.type)
            parts.append(f"body={body}")
        return "".join(", " + p for p in parts)
