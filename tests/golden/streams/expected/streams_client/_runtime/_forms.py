"""Request bodies that are not JSON: ``application/x-www-form-urlencoded`` and ``multipart/form-data``.

A generated function encodes its body model with ``to_dict`` first; these helpers then split the
result into what httpx expects. Binary fields arrive as ``bytes`` (or a ``(filename, bytes,
content_type)`` tuple) and become file parts; structured values are sent as JSON text, as the
OpenAPI default ``contentType`` for object properties says.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from typing import Any, cast

from ._params import scalar


def _text(value: Any) -> str:
    if isinstance(value, (Mapping, list, tuple)):
        return json.dumps(value, separators=(",", ":"))
    return scalar(value)


def _file(value: object, default_name: str) -> tuple[str, bytes, str] | None:
    """(filename, content, media type) when ``value`` is a file part, else None."""
    if isinstance(value, (bytes, bytearray)):
        return default_name, bytes(value), "application/octet-stream"
    if isinstance(value, tuple):
        parts = cast("tuple[object, ...]", value)
        if len(parts) in (2, 3) and isinstance(parts[1], (bytes, bytearray)):
            media = str(parts[2]) if len(parts) == 3 else "application/octet-stream"
            return str(parts[0]), bytes(parts[1]), media
    return None


def form_fields(body: Mapping[str, Any] | None) -> dict[str, Any]:
    """RequestParts keywords for a urlencoded body; arrays repeat the key (style form, explode)."""
    if body is None:
        return {}
    data: dict[str, Any] = {}
    for key, value in body.items():
        if isinstance(value, list):
            data[key] = [_text(v) for v in cast("list[object]", value)]
        else:
            data[key] = _text(value)
    return {"data": data, "content_type": "application/x-www-form-urlencoded"}


def _quote(name: str) -> str:
    # As browsers do (WHATWG): names and filenames cannot break out of the quoted header value.
    return name.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


def multipart_fields(body: Mapping[str, Any] | None) -> dict[str, Any]:
    """RequestParts keywords for a multipart body: file parts and text parts, encoded here.

    Encoding it here (not via httpx ``files=``) keeps a body without files multipart too.
    """
    if body is None:
        return {}
    boundary = secrets.token_hex(16)
    chunks: list[bytes] = []
    for key, value in body.items():
        items: list[object] = [value]
        if isinstance(value, list):
            listed = cast("list[object]", value)
            if all(_file(v, key) is not None for v in listed):
                items = listed  # an array of files: one part each (none when empty)
        for item in items:
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote(key)}"'
            file = _file(item, key)
            if file is not None:
                filename, payload, media = file
                head += f'; filename="{_quote(filename)}"\r\nContent-Type: {_quote(media)}'
            else:
                payload = _text(item).encode("utf-8")
            chunks.append(head.encode("utf-8") + b"\r\n\r\n" + payload + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return {
        "content": b"".join(chunks),
        "content_type": f"multipart/form-data; boundary={boundary}",
    }
