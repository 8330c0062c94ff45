"""Parameter serialisation exactly as OpenAPI defines it (``style`` / ``explode``), and path safety.

Every value is first reduced to plain data (``encode_value``: models by their wire names, enums by
value, dates as ISO text), then written in the parameter's style. The reference is the table of
examples in the OpenAPI specification (``color`` = ``blue`` / ``[blue, black, brown]`` /
``{R: 100, G: 200, B: 150}``); the unit tests check every cell of it.

Query and path text is percent-encoded here, not by httpx, so that the delimiters a style adds
(``,`` ``|`` ``[`` ``]`` ``;`` ``=``) stay literal while the same characters inside values do not.
"""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, cast

from ._serde import encode_value
from ._types import Unset

T = TypeVar("T")

# RFC 3986 reserved characters that ``allowReserved`` lets through; ``#``, ``&``, ``=`` and ``+``
# stay encoded because they would end or split the query (OpenAPI 3.1.1, "allowReserved").
_RESERVED_KEPT = ":/?[]@!$'()*,;"
_PERCENT_TRIPLE = re.compile(r"(%[0-9A-Fa-f]{2})")
# RFC 6265 cookie-octets other than "%": sent as they are; everything else is percent-encoded.
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"
_DELIMITERS = {"spaceDelimited": "%20", "pipeDelimited": "|"}


@dataclasses.dataclass(frozen=True, slots=True)
class Styled:
    """A parameter value whose API description asks for a non-default serialisation.

    Generated code wraps a value only when its style, explode or allowReserved differ from the
    defaults of its location (``form``/explode for query and cookie, ``simple`` for path and header).
    """

    value: Any
    style: str
    explode: bool
    allow_reserved: bool = False


def is_unset(value: Any) -> bool:
    """Whether a parameter was left out (``UNSET``, styled or not)."""
    return isinstance(value, Unset) or (
        isinstance(value, Styled) and isinstance(value.value, Unset)
    )


def scalar(value: Any) -> str:
    """The text of one plain value (``true``/``false`` for booleans, empty for null)."""
    value = encode_value(value, request=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (Mapping, list)):
        import json

        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _plain(value: Any) -> Any:
    return encode_value(value, request=True)


def _is_array(value: Any) -> bool:
    return isinstance(value, (list, tuple))


def _entries(value: Mapping[object, object]) -> list[tuple[str, str]]:
    return [(str(k), scalar(v)) for k, v in value.items()]


def quote(text: str, allow_reserved: bool = False) -> str:
    """Percent-encode query or path text; with ``allow_reserved``, RFC 3986 reserved characters
    and existing percent-encoded triples pass through unchanged."""
    if not allow_reserved:
        return urllib.parse.quote(text, safe="")
    pieces = _PERCENT_TRIPLE.split(text)
    return "".join(
        piece if index % 2 else urllib.parse.quote(piece, safe=_RESERVED_KEPT)
        for index, piece in enumerate(pieces)
    )


def _unwrap(value: Any, style: str, explode: bool) -> tuple[Any, str, bool, bool]:
    if isinstance(value, Styled):
        return value.value, value.style, value.explode, value.allow_reserved
    return value, style, explode, False


# -- query ------------------------------------------------------------------------------------
def query_pairs(name: str, value: Any, style: str = "form", explode: bool = True) -> list[str]:
    """``name=value`` items (already percent-encoded) of one query parameter; none when unset."""
    value, style, explode, reserved = _unwrap(value, style, explode)
    if isinstance(value, Unset):
        return []
    value = _plain(value)

    def q(text: str) -> str:
        return quote(text, reserved)

    key = quote(name)
    if style == "deepObject" and isinstance(value, (Mapping, list, tuple)):
        return [f"{path}={q(text)}" for path, text in _deep(key, value)]
    if isinstance(value, Mapping):
        entries = _entries(cast("Mapping[object, object]", value))
        if explode:
            return [f"{quote(k)}={q(v)}" for k, v in entries]
        separator = _DELIMITERS.get(style, ",")
        return [f"{key}=" + separator.join(f"{q(k)}{separator}{q(v)}" for k, v in entries)]
    if _is_array(value):
        items = [scalar(v) for v in cast("Sequence[Any]", value)]
        if explode:
            return [f"{key}={q(item)}" for item in items]
        if not items:
            return []
        return [f"{key}=" + _DELIMITERS.get(style, ",").join(q(item) for item in items)]
    return [f"{key}={q(scalar(value))}"]


def _deep(prefix: str, value: Any) -> list[tuple[str, str]]:
    """``deepObject`` (and bracket form) pairs: ``name[key][sub]``, arrays indexed ``name[0]``."""
    out: list[tuple[str, str]] = []
    if isinstance(value, Mapping):
        for k, v in cast("Mapping[object, object]", value).items():
            out.extend(_deep(f"{prefix}[{quote(str(k))}]", v))
    elif _is_array(value):
        for index, v in enumerate(cast("Sequence[Any]", value)):
            out.extend(_deep(f"{prefix}[{index}]", v))
    else:
        out.append((prefix, scalar(value)))
    return out


def deep_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    """Unencoded ``(name[key][sub], text)`` pairs, for form bodies in the bracket form."""

    def unquoted(prefix: str, value: Any) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        if isinstance(value, Mapping):
            for k, v in cast("Mapping[object, object]", value).items():
                out.extend(unquoted(f"{prefix}[{k}]", v))
        elif _is_array(value):
            for index, v in enumerate(cast("Sequence[Any]", value)):
                out.extend(unquoted(f"{prefix}[{index}]", v))
        else:
            out.append((prefix, scalar(value)))
        return out

    return unquoted(name, _plain(value))


# -- path -------------------------------------------------------------------------------------
def path_text(name: str, value: Any, style: str = "simple", explode: bool = False) -> str:
    """The percent-encoded text that replaces ``{name}`` in the path template.

    Values that would make httpx normalise the path (empty, ``.``, ``..``) are refused: the request
    would go to another resource.
    """
    value, style, explode, _ = _unwrap(value, style, explode)
    value = _plain(value)
    if isinstance(value, Mapping):
        entries = [
            (quote(k), quote(v)) for k, v in _entries(cast("Mapping[object, object]", value))
        ]
        items = [f"{k}={v}" for k, v in entries] if explode else [x for kv in entries for x in kv]
        text = _styled(name, style, explode, items, is_object=True)
    elif _is_array(value):
        items = [quote(scalar(v)) for v in cast("Sequence[Any]", value)]
        text = _styled(name, style, explode, items, is_object=False)
    else:
        text = _styled(name, style, False, [quote(scalar(value))], is_object=False)
    if text in ("", ".", "..") or (style != "simple" and text in (".", "..")):
        raise ValueError(
            f"path parameter {name!r} must not be {text!r}: it would change the request's path"
        )
    return text


def _styled(name: str, style: str, explode: bool, items: list[str], *, is_object: bool) -> str:
    if style == "label":
        return "." + ("." if explode else ",").join(items)
    if style == "matrix":
        key = quote(name)
        if not items:
            return f";{key}"
        if explode and is_object:
            return ";" + ";".join(items)
        if explode:
            return "".join(f";{key}={item}" for item in items)
        return f";{key}=" + ",".join(items)
    return ",".join(items)


def path_segment(name: str, value: Any) -> str:
    """A ``simple`` path parameter (the default style)."""
    return path_text(name, value)


# -- header and cookie ------------------------------------------------------------------------
def header_value(value: Any, explode: bool = False) -> str:
    """A header parameter in ``simple`` style (not percent-encoded: header text is not a URL)."""
    value, _, explode, _ = _unwrap(value, "simple", explode)
    value = _plain(value)
    if isinstance(value, Mapping):
        entries = _entries(cast("Mapping[object, object]", value))
        if explode:
            return ",".join(f"{k}={v}" for k, v in entries)
        return ",".join(x for kv in entries for x in kv)
    if _is_array(value):
        return ",".join(scalar(v) for v in cast("Sequence[Any]", value))
    text = scalar(value)
    if "\r" in text or "\n" in text:
        raise ValueError("a header value must not contain a line break")
    return text


def _cookie_quote(text: str) -> str:
    return urllib.parse.quote(text, safe=_COOKIE_SAFE)


def cookie_pairs(name: str, value: Any, explode: bool = True) -> list[tuple[str, str]]:
    """``(name, value)`` cookies of one cookie parameter in ``form`` style; none when unset."""
    value, _, explode, _ = _unwrap(value, "form", explode)
    if isinstance(value, Unset):
        return []
    value = _plain(value)
    if isinstance(value, Mapping):
        entries = _entries(cast("Mapping[object, object]", value))
        if explode:
            return [(k, _cookie_quote(v)) for k, v in entries]
        return [(name, ",".join(_cookie_quote(x) for kv in entries for x in kv))]
    if _is_array(value):
        items = [_cookie_quote(scalar(v)) for v in cast("Sequence[Any]", value)]
        if explode:
            return [(name, item) for item in items]
        return [(name, ",".join(items))]
    return [(name, _cookie_quote(scalar(value)))]


# -- response headers -------------------------------------------------------------------------
def parse_bool(text: str) -> bool:
    """A header's ``true`` / ``false``; anything else is refused rather than guessed."""
    lowered = text.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise ValueError(f"expected true or false, got {text[:40]!r}")


def parse_list(item: Callable[[str], T]) -> Callable[[str], list[T]]:
    """A comma-separated header (``simple`` style) into a list of ``item`` values."""

    def parse(text: str) -> list[T]:
        return [item(part.strip()) for part in text.split(",") if part.strip()]

    return parse
