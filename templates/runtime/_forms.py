"""Request bodies that are not JSON: form-urlencoded, multipart, binary.

A generated function encodes its body model with ``to_dict`` first (wire names, plain values, files
left as they are); these helpers then write it as the media type and the ``encoding`` object of the
API description say:

- ``application/x-www-form-urlencoded``: scalars as ``key=value``; arrays repeat the key (``form``,
  explode, as Twilio expects); objects in the bracket form (``address[city]=X``, arrays indexed
  ``items[0][price]=1``), as Stripe documents; an ``encoding`` entry's ``style``/``explode``
  (``deepObject``, ``form``, ``spaceDelimited``, ``pipeDelimited``) or ``contentType`` wins.
- ``multipart/form-data``: one part per property, one per array item; files (``File``, bytes, file
  objects, paths) as file parts; objects as JSON parts; an ``encoding`` entry's ``contentType`` and
  fixed ``headers`` are written on the part.
"""

from __future__ import annotations

import dataclasses
import json
import secrets
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any, cast

from ._files import as_file, is_file
from ._params import deep_pairs, scalar


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Encoding:
    """One property's entry of the request body's ``encoding`` object."""

    style: str | None = None
    explode: bool | None = None
    allow_reserved: bool = False
    content_type: str | None = None
    headers: tuple[tuple[str, str], ...] = ()


_NO_ENCODING = Encoding()
_DELIMITERS = {"spaceDelimited": " ", "pipeDelimited": "|"}


def _is_json(media: str | None) -> bool:
    if not media:
        return False
    main = media.split(";")[0].strip().lower()
    return main == "application/json" or main.endswith("+json")


def _concrete(media: str | None) -> str | None:
    """The first media type of a ``contentType`` list that names one type (no wildcard)."""
    for candidate in (media or "").split(","):
        candidate = candidate.strip()
        if candidate and "*" not in candidate:
            return candidate
    return None


def _json_text(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# -- application/x-www-form-urlencoded --------------------------------------------------------
def form_pairs(
    body: Mapping[str, Any], encoding: Mapping[str, Encoding] | None = None
) -> list[tuple[str, str]]:
    """The (key, text) pairs of a urlencoded body, before percent-encoding."""
    pairs: list[tuple[str, str]] = []
    for key, value in body.items():
        enc = (encoding or {}).get(key, _NO_ENCODING)
        if enc.content_type and enc.style is None:
            text = _json_text(value) if _is_json(enc.content_type) else scalar(value)
            pairs.append((key, text))
            continue
        style = enc.style or "form"
        explode = enc.explode if enc.explode is not None else style == "form"
        if isinstance(value, Mapping):
            if style == "form" and explode and enc.style is not None:
                pairs.extend(
                    (str(k), scalar(v)) for k, v in cast("Mapping[object, object]", value).items()
                )
            elif style == "form" and not explode:
                entries = cast("Mapping[object, object]", value).items()
                pairs.append((key, ",".join(f"{k},{scalar(v)}" for k, v in entries)))
            else:
                pairs.extend(deep_pairs(key, value))
        elif isinstance(value, (list, tuple)):
            items = list(cast("Sequence[Any]", value))
            if style == "deepObject" or any(isinstance(v, (Mapping, list)) for v in items):
                pairs.extend(deep_pairs(key, items))
            elif explode:
                pairs.extend((key, scalar(v)) for v in items)
            elif items:
                pairs.append((key, _DELIMITERS.get(style, ",").join(scalar(v) for v in items)))
        elif is_file(value) and not isinstance(value, (bytes, bytearray)):
            raise TypeError(f"form field {key!r}: a urlencoded body cannot carry a file")
        else:
            pairs.append((key, scalar(value)))
    return pairs


def form_fields(
    body: Mapping[str, Any] | None, encoding: Mapping[str, Encoding] | None = None
) -> dict[str, Any]:
    """RequestParts keywords for an ``application/x-www-form-urlencoded`` body."""
    if body is None:
        return {}
    reserved = {k for k, e in (encoding or {}).items() if e.allow_reserved}
    chunks: list[str] = []
    for key, text in form_pairs(body, encoding):
        safe = ":/?@!$'()*,;[]" if key.split("[", 1)[0] in reserved else ""
        chunks.append(urllib.parse.quote_plus(key) + "=" + urllib.parse.quote_plus(text, safe=safe))
    return {
        "content": "&".join(chunks).encode("ascii"),
        "content_type": "application/x-www-form-urlencoded",
    }


# -- multipart/form-data ----------------------------------------------------------------------
def _quote(name: str) -> str:
    # As browsers do (WHATWG): names and filenames cannot break out of the quoted header value.
    return name.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


def _header_text(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


def _part(key: str, item: Any, enc: Encoding) -> tuple[list[str], bytes]:
    """The header lines after Content-Disposition, and the payload, of one part."""
    declared = _concrete(enc.content_type)
    disposition = f'Content-Disposition: form-data; name="{_quote(key)}"'
    if is_file(item):
        file = as_file(item)
        filename = file.filename or key
        media = file.content_type or declared or file.media_type()
        lines = [
            f'{disposition}; filename="{_quote(filename)}"',
            f"Content-Type: {_header_text(media)}",
        ]
        return lines, file.read()
    if isinstance(item, (Mapping, list)) or _is_json(declared):
        return [disposition, f"Content-Type: {_header_text(declared or 'application/json')}"], (
            _json_text(item).encode("utf-8")
        )
    lines = [disposition]
    if declared and declared.lower() != "text/plain":
        lines.append(f"Content-Type: {_header_text(declared)}")
    return lines, scalar(item).encode("utf-8")


def multipart_fields(
    body: Mapping[str, Any] | None, encoding: Mapping[str, Encoding] | None = None
) -> dict[str, Any]:
    """RequestParts keywords for a ``multipart/form-data`` body, encoded here (not via httpx
    ``files=``) so that a body without files is multipart too and part headers are exact."""
    if body is None:
        return {}
    boundary = secrets.token_hex(16)
    chunks: list[bytes] = []
    for key, value in body.items():
        enc = (encoding or {}).get(key, _NO_ENCODING)
        items: list[Any] = (
            list(cast("Sequence[object]", value)) if isinstance(value, (list, tuple)) else [value]
        )
        for item in items:  # an array is one part per item (none when it is empty)
            lines, payload = _part(key, item, enc)
            lines += [f"{_header_text(n)}: {_header_text(v)}" for n, v in enc.headers]
            head = f"--{boundary}\r\n" + "\r\n".join(lines) + "\r\n\r\n"
            chunks.append(head.encode("utf-8") + payload + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode("ascii"))
    return {
        "content": b"".join(chunks),
        "content_type": f"multipart/form-data; boundary={boundary}",
    }


# -- binary -----------------------------------------------------------------------------------
def binary_fields(body: Any, media_type: str) -> dict[str, Any]:
    """RequestParts keywords for a binary body (``application/octet-stream``, ``image/*``...).

    The declared media type is sent when it names one type; for a range (``image/*``, ``*/*``) the
    file's own type (given, or guessed from its name) is.
    """
    if body is None:
        return {}
    file = as_file(body)
    declared = _concrete(media_type)
    # A range (image/*) and nothing known about the file: the range itself, which a server that
    # sniffs the content accepts, rather than a type outside it.
    fallback = media_type.split(",")[0].strip() if media_type.strip() != "*/*" else None
    media = file.content_type or declared or file.media_type(fallback or "application/octet-stream")
    return {"content": file.read(), "content_type": media}
