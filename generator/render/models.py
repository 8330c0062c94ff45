"""models/: a module per model, enum and alias, and the package's lazy index of them."""

from __future__ import annotations

from typing import Any

from generator import ir
from generator.emit.pyexpr import (
    Call,
    annotation,
    decode,
    encode,
    field_annotation,
    field_decode,
    field_encode,
    tuple_source,
)
from generator.emit.pysource import doc_source, literal, triple_quoted_lines
from generator.naming import all_order
from generator.render.base import OutputFile, Renderer, deprecation_message, doc, imports, module_doc
from generator.render.layout import (
    alias_line,
    call_line,
    expr_source,
    field_line,
    import_line,
    rhs,
    wrap,
)


def model_file(renderer: Renderer, model: ir.Model) -> OutputFile:
    needs = renderer.needs()
    needs.lazy, needs.own = True, model.name
    fields: list[dict[str, Any]] = []
    # Any optional field: to_dict wraps its dict display in ``_rt.present(...)`` (one level deeper).
    any_optional = any(f.optional for f in model.fields)
    deprecated: list[str] = []
    for f in model.fields:
        ann = field_annotation(f, needs)
        optional = f.optional
        default = f.init_default
        if f.secret:
            default = "_dc.field(repr=False)" if default is None else f"_dc.field(default={default}, repr=False)"
        wire = literal(f.wire_name)
        description = f.description
        if f.deprecated:
            deprecated.append(f"({literal(f.py_name)}, {literal(deprecation_message(f'{model.name}.{f.py_name}', f.description))})")
            description = (description + "\n\n" if description else "") + ".. deprecated:: Deprecated in the API description."
        if f.default_source is not None:
            description = (description + "\n\n" if description else "") + f"Default: ``{doc_source(f.default_source)}``."
        decoded = field_decode(f.type, wire, optional, needs)
        encoded = field_encode(f.type, f"self.{f.py_name}", optional, needs)
        if f.read_only:  # never sent in a request body
            encoded = f"UNSET if request else {expr_source(encoded)}"
        fields.append({
            "doc": doc(description),
            "field_line": field_line(f.py_name, ann, default),
            "decode_line": call_line(f"{f.py_name}=", decoded, ",", 16),
            # A call is split in its brackets; a read-only field's conditional goes in parentheses
            # (black does that to a conditional dict value, and only to that).
            "encode_line": (call_line(f"{wire}: ", encoded, ",", 16 if any_optional else 12)
                            if isinstance(encoded, Call) or f.read_only else f"{wire}: {encoded},"),
            "runtime": "_rt." in expr_source(decoded) + expr_source(encoded) + (default or ""),
        })
    additional = None
    if model.additional is not None:
        value_ann = "_t.Any" if isinstance(model.additional, ir.AnyType) else annotation(model.additional, needs)
        value_decode = ("rest" if isinstance(model.additional, ir.AnyType)
                        else decode(ir.MapOf(value=model.additional), "rest", needs))
        value_encode = encode(model.additional, "_v", needs, depth=1, request="request")
        additional = {
            "annotation": "_rt.JSONObject" if value_ann == "_t.Any" else f"dict[str, {value_ann}]",
            # from_dict pops every known property off a copy: what is left is the rest.
            "decode": value_decode,
            "encode": "**self.additional_properties" if value_encode == "_v"
            else f"**{{_k: {value_encode} for _k, _v in self.additional_properties.items()}}",
        }
    if any(f.secret for f in model.fields):
        needs.modules.add("_dc")
    if needs.models - {model.name}:  # other models: imported for type checkers only (``_t.TYPE_CHECKING``)
        needs.modules.add("_t")
    top, names = imports(needs, own=model.name)
    context = {
        # UNSET and Unset are used on most lines of a model: imported by name (one token, not
        # three); lower.RESERVED_CLASSES keeps any schema from taking either name.
        "runtime_import": "from .._runtime import UNSET, Unset" if any_optional else "",
        "uses_unset": any_optional,
        "name": model.name,
        "class_line": wrap(f"class {model.name}(", ["_rt.BaseModel"], "):", 0),
        "doc": doc(model.description, f"{model.name} object."),
        "deprecated": model.deprecated,
        "fields": fields,
        "additional": additional,
        "deprecated_fields": call_line("", Call("_rt.warn_deprecated_fields", ("self", tuple_source(deprecated))), "", 12)
        if deprecated else "",
        "from_dict_def": wrap("def from_dict(", ["cls", "data: _rt.JSONMapping"],
                              f") -> {model.name}:", 4),
    }
    # Enums import nothing, so they are imported first (defaults need them at class creation).
    # Other models are reached at run time through the models package (``_m``), which imports
    # each on first use: type checkers read them from the ``TYPE_CHECKING`` imports.
    enum_names = [n for n in names if n in renderer.enum_bases]
    model_names = [n for n in names if n not in renderer.enum_bases]
    text = renderer.template("model.py.jinja", model=context, imports=top,
                         enum_imports=[renderer.model_import(n, ".") for n in enum_names],
                         lazy_import="from .. import models as _m" if needs.lazy_used else "",
                         type_imports=[renderer.type_import(n, ".") for n in model_names])
    return OutputFile(f"{renderer.package}/models/{model.module}.py", text, True)



def enum_file(renderer: Renderer, enum: ir.Enum) -> OutputFile:
    base = {"int": "_rt.OpenIntEnum", "value": "_rt.OpenEnum"}.get(enum.base, "_rt.OpenStrEnum")
    context = {
        "name": enum.name, "doc": doc(enum.description, f"{enum.name} values."),
        "class_line": wrap(f"class {enum.name}(", [base], "):", 0),
        "members": [{"name": m.py_name, "value": rhs(4 + len(m.py_name) + 3, m.value_source, 4)}
                    for m in enum.members],
    }
    text = renderer.template("enum.py.jinja", enum=context)
    return OutputFile(f"{renderer.package}/models/{enum.module}.py", text, True)



def alias_file(renderer: Renderer, alias: ir.Alias) -> OutputFile:
    needs = renderer.needs()
    needs.modules.add("_t")
    ann = annotation(alias.type, needs)
    top, names = imports(needs, own=alias.name)
    text = renderer.template("alias.py.jinja", name=alias.name, alias_line=alias_line(alias.name, ann), imports=top,
                         model_imports=[renderer.model_import(n, ".") for n in names],
                         doc=module_doc(alias.description, f"{alias.name} values."))
    return OutputFile(f"{renderer.package}/models/{alias.module}.py", text, True)



def models_init(renderer: Renderer) -> OutputFile:
    decls: list[ir.Model | ir.Enum | ir.Alias] = sorted(
        (*renderer.api.models, *renderer.api.enums, *renderer.api.aliases), key=lambda d: d.module)
    text = renderer.template("models_init.py.jinja",
                         # names in __all__ are re-exported for type checkers: no ``as`` needed
                         names=[{"name": d.name, "module": d.module,
                                 "line": import_line(f".{d.module}", d.name, 4)} for d in decls],
                         all_names=sorted((d.name for d in decls), key=all_order),
                         modules=_models_index(decls))
    return OutputFile(f"{renderer.package}/models/__init__.py", text, True)



def _models_index(decls: list[ir.Model | ir.Enum | ir.Alias]) -> str:
    """models/__init__.py's name → module table: a string literal of ``Name:module`` pairs, one a line.

    Names and modules are identifiers (naming.py), so neither holds the ``:`` or a whitespace separator.
    """
    return triple_quoted_lines(["", *(f"{d.name}:{d.module}" for d in decls), ""])


