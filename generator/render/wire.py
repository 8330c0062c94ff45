"""Source for the wire details of a call: styled parameters, body encodings, binary bodies.

The decisions are the IR's (``Parameter.style``, ``RequestBody.encoding``); this module only spells
them as the runtime's ``_rt.Styled`` / ``_rt.Encoding`` values, and leaves out whatever is a
location's default so that the common call stays short.
"""

from __future__ import annotations

from generator import ir
from generator.emit.pysource import literal

# OpenAPI's defaults per location: (style, explode).
_DEFAULTS = {"path": ("simple", False), "header": ("simple", False),
             "query": ("form", True), "cookie": ("form", True)}


def param_value(p: ir.Parameter) -> str:
    """The value a generated function hands to ``RequestParts`` for parameter ``p``."""
    if (p.style, p.explode) == _DEFAULTS[p.location] and not p.allow_reserved:
        return p.py_name
    args = [p.py_name, literal(p.style), str(p.explode)]
    if p.allow_reserved:
        args.append("True")
    return f"_rt.Styled({', '.join(args)})"


def encoding_source(body: ir.RequestBody) -> str | None:
    """The ``encoding`` mapping of a form or multipart body, or None when the spec gives none."""
    entries = encoding_entries(body)
    return "{" + ", ".join(entries) + "}" if entries else None


def encoding_entries(body: ir.RequestBody) -> list[str]:
    """The entries of ``encoding_source``'s mapping (``"name": _rt.Encoding(...)``)."""
    entries = []
    for enc in body.encoding:
        args = []
        if enc.style is not None:
            args.append(f"style={literal(enc.style)}")
        if enc.explode is not None:
            args.append(f"explode={enc.explode}")
        if enc.allow_reserved:
            args.append("allow_reserved=True")
        if enc.content_type is not None:
            args.append(f"content_type={literal(enc.content_type)}")
        if enc.headers:
            pairs = ", ".join(f"({literal(k)}, {literal(v)})" for k, v in enc.headers)
            args.append(f"headers=({pairs}{',' if len(enc.headers) == 1 else ''})")
        if args:
            entries.append(f"{literal(enc.property)}: _rt.Encoding({', '.join(args)})")
    return entries


def json_content_type(body: ir.RequestBody) -> str | None:
    """The Content-Type of a JSON body when it is not plain ``application/json`` (a vendor
    ``+json`` type is sent as declared; ``*/*`` as ``application/json``)."""
    main = body.media_type.split(";")[0].strip().lower()
    if main in ("application/json", "*/*") or not all(32 <= ord(c) < 127 for c in body.media_type):
        return None
    return body.media_type
