"""How requests and responses go on the wire: media-type choice, body ``encoding``, binary schemas.

Kept apart from ``lower.py`` (which walks the document) because these are the rules a reader checks
against the OpenAPI specification's serialisation sections, and they are easier to check together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator import ir

Resolve = Callable[[Any, str], tuple[Any, str]]

# (rank, kind) by main media type; lower rank wins: JSON first, as the generated models are JSON.


def _rank(main: str) -> tuple[int, str]:
    if main == "application/json":
        return 0, "json"
    if main.endswith(("+json", "/json")):
        return 1, "json"
    if main == "*/*":  # "anything": JSON is what the models are
        return 2, "json"
    if main == "application/x-www-form-urlencoded":
        return 3, "form"
    if main == "multipart/form-data":
        return 4, "multipart"
    if main == "text/event-stream":  # a stream of events (see lowering/streams.py)
        return 5, "events"
    if main.startswith("text/"):
        return 5, "text"
    return 6, "binary"


def media_kind(media: str) -> tuple[int, str]:
    """(rank, body kind) of one media type of a ``content`` map."""
    return _rank(media.split(";")[0].strip().lower())


def pick_media(content: dict[str, Any]) -> tuple[str, str] | None:
    """The media type a client sends (or asks for by default), with its body kind."""
    ranked = sorted(((media_kind(str(m)), str(m)) for m in content), key=lambda r: r[0][0])
    if not ranked:
        return None
    (_, kind), media = ranked[0]
    return media, kind


def pick_request_media(content: dict[str, Any], resolve: Resolve, ptr: str) -> tuple[str, str] | None:
    """Like ``pick_media``, but a multipart (or form) alternative that carries a file wins over
    JSON: JSON cannot send the file the operation exists to upload."""
    picked = pick_media(content)
    if picked is None or picked[1] != "json":
        return picked
    for media, entry in content.items():
        if media_kind(str(media))[1] == "multipart" and isinstance(entry, dict) \
                and carries_file(entry.get("schema"), resolve, ptr, 0):
            return str(media), "multipart"
    return picked


def is_binary_string(schema: dict[str, Any]) -> bool:
    """A string schema that holds raw bytes: 3.0 ``format: binary`` or 3.1 ``contentMediaType``
    without ``contentEncoding`` (with ``contentEncoding: base64`` it is base64 text)."""
    if schema.get("format") == "binary":
        return True
    return isinstance(schema.get("contentMediaType"), str) and "contentEncoding" not in schema


def carries_file(schema: Any, resolve: Resolve, ptr: str, depth: int) -> bool:
    """Whether a body schema has a binary property (directly, in an array, or via allOf)."""
    schema, ptr = resolve(schema, ptr)
    if not isinstance(schema, dict) or depth > 8:
        return False
    if is_binary_string(schema):
        return True
    items = schema.get("items")
    if items is not None and carries_file(items, resolve, ptr + "/items", depth + 1):
        return True
    props = schema.get("properties")
    if isinstance(props, dict) and any(
        carries_file(p, resolve, ptr, depth + 1) for p in props.values()
    ):
        return True
    parts = schema.get("allOf")
    return isinstance(parts, list) and any(carries_file(p, resolve, ptr, depth + 1) for p in parts)


def only_value(schema: dict[str, Any], missing: Any) -> Any:
    """The one value a schema allows (``const`` or a one-value ``enum``), else ``missing``."""
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1:
        return enum[0]
    return missing


def _fixed_value(schema: Any) -> str | None:
    if not isinstance(schema, dict):
        return None
    for value in (schema.get("const"), schema.get("default")):
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return str(value)
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], (str, int)):
        return str(enum[0])
    return None


def _header_safe(text: str) -> bool:
    return all(32 <= ord(c) < 127 for c in text)


def body_encoding(entry: Any, resolve: Resolve, ptr: str) -> tuple[ir.PropertyEncoding, ...]:
    """The ``encoding`` object of a form or multipart media type, in spec order.

    Spec text bound for HTTP headers (content types, part header values) is kept only when it is
    printable ASCII; part headers are kept only when the spec fixes their value.
    """
    raw = entry.get("encoding") if isinstance(entry, dict) else None
    if not isinstance(raw, dict):
        return ()
    out: list[ir.PropertyEncoding] = []
    for name, enc in raw.items():
        if not isinstance(enc, dict):
            continue
        content_type = enc.get("contentType")
        headers: list[tuple[str, str]] = []
        if isinstance(enc.get("headers"), dict):
            for header, spec in enc["headers"].items():
                spec, _ = resolve(spec, ptr)
                value = _fixed_value(spec.get("schema")) if isinstance(spec, dict) else None
                if value is not None and str(header).lower() != "content-type" \
                        and _header_safe(str(header)) and _header_safe(value) and ":" not in str(header):
                    headers.append((str(header), value))
        style = enc.get("style")
        out.append(ir.PropertyEncoding(
            property=str(name),
            style=style if style in ("form", "spaceDelimited", "pipeDelimited", "deepObject") else None,
            explode=enc.get("explode") if isinstance(enc.get("explode"), bool) else None,
            allow_reserved=enc.get("allowReserved") is True,
            content_type=content_type if isinstance(content_type, str) and _header_safe(content_type)
            else None,
            headers=tuple(headers),
        ))
    return tuple(out)
